//! Qualifiers: the words before or after a number that bound it (`more than`, `about`, `at
//! least`, `up to`, `nearly`, `or more`) and the range forms (`between X and Y`, `from X to
//! Y`, `X to Y`, `X-Y`).

use std::sync::LazyLock;

use super::numbers;
use super::tokens::{Token, TokenKind};
use crate::lang::FastMap;
use crate::model::Qualifier;

/// Phrases right before a number, lower case; the longest wins.
const BEFORE: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("slightly over", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("upward of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    // `turnout topped 70 percent`, `the toll has surpassed 90,000`: a verb of passing.
    ("topped", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    // `could grow beyond 200` (not before a year: `beyond 2014` is a time, see `before`).
    ("beyond", Qualifier::MoreThan),
    // `children under the age of 12`, `those older than 45`: a bound on an age.
    ("over the age of", Qualifier::MoreThan),
    ("above the age of", Qualifier::MoreThan),
    ("older than", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("not fewer than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    // `as little as ten years`, `as few as 20`, `as low as 24 percent` (and the slip `as low
    // 24 percent`): the low end that is reached, a lower bound.
    ("as little as", Qualifier::AtLeast),
    ("as few as", Qualifier::AtLeast),
    ("as low as", Qualifier::AtLeast),
    ("as low", Qualifier::AtLeast),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("under the age of", Qualifier::LessThan),
    ("below the age of", Qualifier::LessThan),
    ("under age", Qualifier::LessThan),
    ("younger than", Qualifier::LessThan),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as high as", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    // `the better part of two hours`: most of it, not more (en54).
    ("better part of", Qualifier::AtMost),
    ("best part of", Qualifier::AtMost),
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("approx", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("nigh on", Qualifier::Approx),
    // `perhaps six months`, `maybe 200`, `possibly 50`: a hedge makes an estimate.
    ("perhaps", Qualifier::Approx),
    ("maybe", Qualifier::Approx),
    ("possibly", Qualifier::Approx),
    // `something like 1,000 a month`, `in the neighborhood of $1.5 trillion`, `on the order
    // of 10 percent`: spoken hedges, an estimate.
    ("something like", Qualifier::Approx),
    ("in the neighborhood of", Qualifier::Approx),
    ("in the neighbourhood of", Qualifier::Approx),
    ("on the order of", Qualifier::Approx),
    ("in the region of", Qualifier::Approx),
];

/// Phrases right after a number and its noun.
const AFTER: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("or so", Qualifier::Approx),
    ("or fewer", Qualifier::AtMost),
    ("or less", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    // `guests 14 and older`, `those 65 and over`, `ages 3 and up`, `children 12 and under`:
    // an open end that takes the number in (not before a noun phrase or a number: `2008 and
    // over the course of 2009`, `and up to 82`; see `after`).
    ("and older", Qualifier::AtLeast),
    ("and over", Qualifier::AtLeast),
    ("and up", Qualifier::AtLeast),
    ("and above", Qualifier::AtLeast),
    ("and younger", Qualifier::AtMost),
    ("and under", Qualifier::AtMost),
    ("and below", Qualifier::AtMost),
];

/// A qualifier found: its first or last token and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub first: usize,
    pub last: usize,
    pub qualifier: Qualifier,
}

/// A phrase as its words, with its qualifier.
type Phrases = Vec<(Vec<&'static str>, Qualifier)>;

/// The phrases before a number by their last word, the phrases after it by their first.
static BEFORE_BY_LAST: LazyLock<FastMap<&'static str, Phrases>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, Phrases> = FastMap::default();
    for &(phrase, q) in BEFORE {
        let words: Vec<&str> = phrase.split(' ').collect();
        m.entry(words[words.len() - 1])
            .or_default()
            .push((words, q));
    }
    m
});
static AFTER_BY_FIRST: LazyLock<FastMap<&'static str, Phrases>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, Phrases> = FastMap::default();
    for &(phrase, q) in AFTER {
        let words: Vec<&str> = phrase.split(' ').collect();
        m.entry(words[0]).or_default().push((words, q));
    }
    m
});

fn words_match(tokens: &[Token<'_>], from: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        tokens
            .get(from + k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.lower == *w)
    })
}

/// The qualifier ending right before token `i`.
pub fn before(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let mut best: Option<Found> = None;
    let last = i.checked_sub(1).map(|p| &tokens[p]).filter(|t| t.is_word());
    let phrases = last.and_then(|t| BEFORE_BY_LAST.get(t.lower.as_ref()));
    for (words, q) in phrases.into_iter().flatten() {
        let q = *q;
        let Some(from) = i.checked_sub(words.len()) else {
            continue;
        };
        if words_match(tokens, from, words) && best.is_none_or(|b| from < b.first) {
            best = Some(Found {
                first: from,
                last: i - 1,
                qualifier: q,
            });
        }
    }
    // `angry over several incidents`, `a dispute over two islands`, `handed over three
    // prisoners`: `over` after a word of feeling or conflict, or a verb whose particle it
    // is, is a preposition, not `more than`.
    if best.is_some_and(|b| b.first + 1 == i && tokens[b.first].is("over"))
        && i >= 2
        && tokens[i - 2].is_word()
        && over_is_preposition(tokens[i - 2].lower.as_ref())
    {
        best = None;
    }
    // `talking about 155 howitzers`: `about` names a topic (en60).
    if best.is_some_and(|b| b.first + 1 == i && super::en60::about_is_topic(tokens, b.first)) {
        best = None;
    }
    // `grow to near 800`, `reached near 1,000`: `near` after a verb of amount (or its `to`,
    // `at`) is `nearly`; so it is after `a` (`a near 20 percent rise`), `now` and `likely`
    // (`is now near $17 million`, `likely near 2,500`); elsewhere it names a place (`near
    // 10 Downing Street`, `is near two villages`), so not before a capitalized word either.
    if best.is_none()
        && i >= 2
        && tokens[i - 1].is("near")
        && tokens[i - 2].is_word()
        && matches!(
            tokens[i - 2].lower.as_ref(),
            "to" | "at"
                | "reach"
                | "reaches"
                | "reached"
                | "reaching"
                | "total"
                | "totals"
                | "totaled"
                | "totalled"
                | "totaling"
                | "totalling"
                | "hit"
                | "hits"
                | "hitting"
                | "numbering"
                | "a"
                | "now"
                | "likely"
        )
        && !tokens
            .get(i + 1)
            .is_some_and(|t| t.capitalized() && !t.text.chars().all(char::is_uppercase))
        // `the rebels are now near three towns`: after `now` and `likely`, a plural noun
        // right after the number makes `near` a place again.
        && !(matches!(tokens[i - 2].lower.as_ref(), "now" | "likely")
            && tokens.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && !t.capitalized()
                    && t.lower.ends_with('s')
                    && !matches!(
                        t.lower.as_ref(),
                        "percent" | "hundreds" | "thousands" | "millions" | "billions"
                    )
            }))
    {
        best = Some(Found {
            first: i - 1,
            last: i - 1,
            qualifier: Qualifier::Approx,
        });
    }
    // `beyond 2014`, `beyond 2020`: past a year is a time, not a number above it; and
    // `said little beyond a few releases`: before a vague amount, `beyond` is "besides".
    if best.is_some_and(|b| b.first + 1 == i && tokens[b.first].is("beyond"))
        && match tokens[i].kind {
            TokenKind::Digits => {
                tokens[i].text.len() == 4
                    && (1800..=2100).contains(&tokens[i].text.parse::<u32>().unwrap_or(0))
            }
            TokenKind::Word => {
                !numbers::is_number_word(&tokens[i])
                    || matches!(tokens[i].lower.as_ref(), "a" | "an" | "several" | "few")
            }
            _ => false,
        }
    {
        best = None;
    }
    // `approx.`: the abbreviation's full stop between it and the number.
    if best.is_none() && i >= 2 && tokens[i - 1].is_punct('.') && tokens[i - 2].is("approx") {
        best = Some(Found {
            first: i - 2,
            last: i - 1,
            qualifier: Qualifier::Approx,
        });
    }
    // `less than an average of four per day`, `more than a total of 90`: a qualifier of
    // two words or more before `an average of`, `a total of` bounds the number after it.
    if best.is_none()
        && i >= 3
        && tokens[i - 1].is("of")
        && matches!(tokens[i - 2].lower.as_ref(), "average" | "total")
        && matches!(tokens[i - 3].lower.as_ref(), "a" | "an")
        && let Some(q) = before(tokens, i - 3).filter(|q| q.last > q.first)
    {
        best = Some(Found { last: i - 1, ..q });
    }
    // `as little as zero`, `as few as 0`: none at all, no lower bound.
    if let Some(b) = best.as_mut()
        && b.qualifier == Qualifier::AtLeast
        && tokens[b.first].is("as")
        && (tokens[i].is("zero")
            || (tokens[i].text == "0"
                && !tokens
                    .get(i + 1)
                    .is_some_and(|t| t.glued && matches!(t.kind, TokenKind::Punct('.' | ',')))))
    {
        b.qualifier = Qualifier::Exact;
    }
    best
}

/// A word after which `over` is a preposition or a particle (`angry over`, `a row over`,
/// `control over`, `turned over`), lower case.
fn over_is_preposition(w: &str) -> bool {
    matches!(
        w,
        "angry"
            | "anger"
            | "angered"
            | "upset"
            | "furious"
            | "fury"
            | "outrage"
            | "outraged"
            | "concern"
            | "concerns"
            | "concerned"
            | "worried"
            | "worries"
            | "worry"
            | "alarm"
            | "alarmed"
            | "frustration"
            | "frustrated"
            | "dispute"
            | "disputes"
            | "row"
            | "rows"
            | "clash"
            | "clashes"
            | "clashed"
            | "protest"
            | "protests"
            | "protested"
            | "debate"
            | "debates"
            | "fight"
            | "fights"
            | "feud"
            | "spat"
            | "quarrel"
            | "battle"
            | "battles"
            | "tension"
            | "tensions"
            | "controversy"
            | "uproar"
            | "furor"
            | "furore"
            | "standoff"
            | "rift"
            | "disagreement"
            | "disagreements"
            | "control"
            | "sovereignty"
            | "jurisdiction"
            | "authority"
            | "hand"
            | "hands"
            | "handed"
            | "handing"
            | "turn"
            | "turns"
            | "turned"
            | "turning"
    )
}

/// The qualifier starting at token `j`, after a number and its noun. `-plus` and `+`
/// glued to a figure (`100-plus`, `100+`) read as "at least".
pub fn after(tokens: &[Token<'_>], j: usize) -> Option<Found> {
    let t = tokens.get(j)?;
    // `a 61-seat-or-more majority`, `61-or-more seats`.
    if let Some((last, more)) = super::nouns::glued_or_more(tokens, j) {
        return Some(Found {
            first: j,
            last,
            qualifier: if more {
                Qualifier::AtLeast
            } else {
                Qualifier::AtMost
            },
        });
    }
    if t.glued && t.is_punct('+') {
        return Some(Found {
            first: j,
            last: j,
            qualifier: Qualifier::AtLeast,
        });
    }
    if t.glued && t.is_punct('-') && tokens.get(j + 1).is_some_and(|p| p.glued && p.is("plus")) {
        return Some(Found {
            first: j,
            last: j + 1,
            qualifier: Qualifier::AtLeast,
        });
    }
    let phrases = AFTER_BY_FIRST.get(t.lower.as_ref())?;
    let found = phrases.iter().find_map(|(words, q)| {
        words_match(tokens, j, words).then(|| Found {
            first: j,
            last: j + words.len() - 1,
            qualifier: *q,
        })
    })?;
    // `and over the course of`, `and up to 82`, `and under 30 percent`: an open end is
    // `and` with a preposition that leads on to a noun phrase or a number.
    let open_end = t.is("and")
        && !tokens
            .get(j + 1)
            .is_some_and(|w| w.is("older") || w.is("younger"));
    if open_end && tokens.get(found.last + 1).is_some_and(|n| leads_on(n)) {
        return None;
    }
    Some(found)
}

/// A token after `and over`, `and up`, `and under` that makes the second word a
/// preposition (`and over the course`, `and up to 82`), not an open end.
fn leads_on(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Digits)
        || (t.is_word()
            && (numbers::is_number_word(t)
                || matches!(
                    t.lower.as_ref(),
                    "the"
                        | "a"
                        | "an"
                        | "to"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "some"
                        | "several"
                        | "many"
                        | "about"
                        | "until"
                        | "through"
                        | "down"
                        | "running"
                ))
            && !t.capitalized())
}

/// How a range opens before its first number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeOpen {
    Between,
    From,
}

/// `between` or `from` right before token `i`; also before an age (`between the ages of`,
/// `between ages`).
pub fn range_open(tokens: &[Token<'_>], i: usize) -> Option<(RangeOpen, usize)> {
    let p = i.checked_sub(1)?;
    let t = &tokens[p];
    let is = |k: Option<usize>, w: &str| k.and_then(|k| tokens.get(k)).is_some_and(|t| t.is(w));
    if t.is("of")
        && is(p.checked_sub(1), "ages")
        && is(p.checked_sub(2), "the")
        && is(p.checked_sub(3), "between")
    {
        return Some((RangeOpen::Between, p - 3));
    }
    if t.is("ages") && is(p.checked_sub(1), "between") {
        return Some((RangeOpen::Between, p - 1));
    }
    if t.is("between") {
        Some((RangeOpen::Between, p))
    } else if t.is("from") {
        Some((RangeOpen::From, p))
    } else {
        None
    }
}

/// The token where the second number of a range starts, after the first number ends at
/// token `last`: `and` after `between`, `to` after `from` or alone, a dash glued or spaced
/// (`10-12`, `10 – 12`).
pub fn range_close(tokens: &[Token<'_>], last: usize, open: Option<RangeOpen>) -> Option<usize> {
    let t = tokens.get(last + 1)?;
    let word = |w: &str| t.is(w);
    let dash = matches!(t.kind, TokenKind::Punct('-' | '–' | '—'));
    let ok = match open {
        // (`between 2,000 to 2,500`: spoken English closes `between` with `to` too.)
        Some(RangeOpen::Between) => word("and") || word("to"),
        Some(RangeOpen::From) => word("to") || dash,
        None => word("to") || (dash && (t.glued == tokens.get(last + 2).is_some_and(|n| n.glued))),
    };
    // The second number's token must exist: `20 to` may end a sentence.
    (ok && last + 2 < tokens.len()).then_some(last + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    #[test]
    fn qualifiers_before_and_after() {
        let cases: &[(&str, Option<Qualifier>)] = &[
            ("more than 1,000", Some(Qualifier::MoreThan)),
            ("about 10,000", Some(Qualifier::Approx)),
            ("at least 12", Some(Qualifier::AtLeast)),
            ("up to 50", Some(Qualifier::AtMost)),
            ("as many as 50", Some(Qualifier::AtMost)),
            ("fewer than 50", Some(Qualifier::LessThan)),
            ("nearly 40", Some(Qualifier::Approx)),
            ("an estimated 40", Some(Qualifier::Approx)),
            ("the 40", None),
        ];
        for (text, want) in cases {
            let tokens = tokenize(text, 0);
            let i = tokens
                .iter()
                .position(|t| t.kind == TokenKind::Digits)
                .unwrap();
            assert_eq!(before(&tokens, i).map(|f| f.qualifier), *want, "{text}");
        }
        let tokens = tokenize("12 people or more", 0);
        assert_eq!(
            after(&tokens, 2).map(|f| (f.qualifier, f.last)),
            Some((Qualifier::AtLeast, 3))
        );
        let tokens = tokenize("100-plus", 0);
        assert_eq!(
            after(&tokens, 1).map(|f| f.qualifier),
            Some(Qualifier::AtLeast)
        );
    }

    #[test]
    fn ranges() {
        let tokens = tokenize("between 10 and 20", 0);
        assert_eq!(range_open(&tokens, 1), Some((RangeOpen::Between, 0)));
        assert_eq!(range_close(&tokens, 1, Some(RangeOpen::Between)), Some(3));
        let tokens = tokenize("10-12", 0);
        assert_eq!(range_close(&tokens, 0, None), Some(2));
        let tokens = tokenize("10 -12", 0);
        assert_eq!(range_close(&tokens, 0, None), None);
    }
}
