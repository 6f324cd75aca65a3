//! Whether a bare `today` dates an event of the publication day, or only means "nowadays".
//!
//! A bare `today` resolves to the publication day. That is right when it dates something
//! that happens on the day (`targets hit today`, `released today`, `will return home
//! today`, `He is scheduled to speak later today`, `Today is the 11th anniversary`), and
//! wrong when it stands for the present in general (`the threats we face today`, `Today, no
//! country has an embassy`, `whereas Iran today has 200 kg`), heads a section (`The
//! challenges today: east Asia`), cuts a span (`11 years ago today`), or sits in a
//! statement made on another day (`"… today," he said Wednesday` in a Friday paper). In a
//! judged sample of the English news half of the bare `today` claims were of the second
//! kind. The test here, [`dates_event`]:
//!
//! - keeps it when something pins it to the day: `earlier`/`later` before it, a clock time
//!   or a weekday beside it, `this morning` after it, `as of today`, `Today is …` naming
//!   the day, or a photo caption ending with it;
//! - drops it on a sure sign of the present in general: a heading `… today:`, `ago today`,
//!   `until today`, `says today` (looking back now), `Today,` followed by a stative verb;
//! - else keeps it only when the verb it goes with is an event's (in the past, of speech,
//!   of a plan, an infinitive, an `-ing` of an action) and nothing in the sentence compares
//!   the present with another time (`than`, `whereas`, `unlike`, `used to`, `in the past`,
//!   `once`, `then` before it, an earlier year);
//! - and drops it, whatever the above, inside a quotation whose speech verb is dated to
//!   another day than the publication (`he said Wednesday`, `she told reporters yesterday`).

use jiff::civil::{Date, Weekday};

use super::dates;
use super::lex;
use super::tokens::{Token, TokenKind};

/// What the verb a `today` goes with tells: an event of a day, or a state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    Event,
    State,
}

/// Whether the bare `today` at token `i` of a sentence (`tokens`, in the document `text`)
/// dates something of the publication day (see the module's doc).
pub(super) fn dates_event(
    text: &str,
    tokens: &[Token<'_>],
    i: usize,
    publication: Option<Date>,
) -> bool {
    let w = |k: usize| word(tokens, k);
    let quote = quotation(text, tokens[i].start);
    if let (Some(q), Some(p)) = (quote, publication)
        && other_day_speech(text, q, p)
    {
        return false;
    }
    // The first word of its sentence (after quotation marks).
    let initial = tokens[..i].iter().all(|t| !t.is_word());
    let prev = i.checked_sub(1).map_or("", w);
    let next = w(i + 1);
    // Pinned to the day.
    if matches!(prev, "earlier" | "later")
        || matches!(prev, "noon" | "midnight")
        || (matches!(prev, "of" | "as") && i >= 2 && matches!(w(i - 2), "as" | "soon"))
        || (next == "this" && matches!(w(i + 2), "morning" | "afternoon" | "evening" | "night"))
        || clock_time(tokens, i)
        || (tokens.get(i + 1).is_some_and(|t| t.is_punct('(')) && dates::is_weekday(w(i + 2)))
        || (initial && matches!(next, "is" | "marks" | "was"))
        || (quote.is_none() && caption_end(text, &tokens[i]))
    {
        return true;
    }
    // The present in general, or no date of the day.
    let heading = tokens.get(i + 1).is_some_and(|t| t.is_punct(':'))
        && tokens[..i].iter().filter(|t| t.is_word()).count() <= 3;
    let stative_after_comma = initial
        && tokens.get(i + 1).is_some_and(|t| t.is_punct(','))
        && (i + 2..(i + 8).min(tokens.len())).any(|k| verb_at(tokens, k) == Some(Verb::State));
    if heading
        || stative_after_comma
        || matches!(prev, "ago" | "until" | "till" | "to" | "says")
        || comparison(tokens, i, publication)
        || in_general(tokens, i)
    {
        return false;
    }
    // `Petraeus is today fielding questions`: the copula's `-ing` after it.
    if matches!(prev, "is" | "are" | "was" | "were") && next.len() > 4 && next.ends_with("ing") {
        return true;
    }
    governing_verb(tokens, i) == Some(Verb::Event)
}

/// `kids today`, `Americans today are suffering`, `leaders today should remember`, `Iran
/// today doesn't have nukes`, `the conditions of Syria today is a challenge`, `as we know
/// it today`, `persists today`, `what the phrase means today` (en49): the present in
/// general, said of a group, in a state, a duty or a wish, or with a verb that lasts.
fn in_general(tokens: &[Token<'_>], i: usize) -> bool {
    let w = |k: usize| word(tokens, k);
    let back = |n: usize| i.checked_sub(n).map_or("", w);
    let next = w(i + 1);
    // `as we know it today`, `as it stands today`, `as things are today`.
    let as_clause = (back(4) == "as"
        && matches!(back(2), "know" | "knew" | "see" | "understand")
        && matches!(back(1), "it" | "them"))
        || (back(3) == "as"
            && matches!(back(2), "it" | "they" | "things" | "we")
            && matches!(
                back(1),
                "stands" | "stand" | "is" | "are" | "exists" | "exist"
            ));
    // A group in general, before no verb of an event (`kids today`, `Americans today are`;
    // not `talking to the Iranian people today`, a group met on the day).
    let group_word = !matches!(back(2), "the" | "to" | "with" | "for")
        && back(3) != "the"
        && matches!(
            back(1),
            "kids"
                | "children"
                | "youth"
                | "teenagers"
                | "teens"
                | "americans"
                | "europeans"
                | "people"
                | "leaders"
                | "students"
                | "voters"
                | "politicians"
                | "consumers"
                | "families"
                | "workers"
                | "parents"
                | "millennials"
                | "society"
                | "politics"
        );
    let group = group_word && verb(tokens, i + 1) != Some(Verb::Event);
    // A duty, a wish or a state after it, said of a place or a group: `Moscow and
    // Washington today should`, `Iran today doesn't`, `Syria today is a challenge` (not
    // `Barr's statement today should end the debate`, `what has happened today is a`).
    let named = i
        .checked_sub(1)
        .is_some_and(|p| tokens[p].is_word() && tokens[p].capitalized())
        || group_word;
    let modal = named
        && matches!(
            next,
            "should"
                | "might"
                | "would"
                | "must"
                | "can"
                | "cannot"
                | "can't"
                | "can’t"
                | "doesn't"
                | "doesn’t"
                | "don't"
                | "don’t"
                | "isn't"
                | "isn’t"
                | "aren't"
                | "aren’t"
        );
    let copula = i
        .checked_sub(1)
        .is_some_and(|p| verb(tokens, p) != Some(Verb::Event))
        && matches!(next, "is" | "are")
        && matches!(
            w(i + 2),
            "a" | "an" | "this" | "no" | "much" | "far" | "very" | "more" | "less" | "so"
        );
    // A verb that lasts just before it: `persists today`, `what it means today`.
    let lasting = matches!(
        back(1),
        "persists" | "persist" | "endures" | "endure" | "lingers" | "prevails" | "means"
    );
    as_clause || group || modal || copula || lasting
}

/// The lower-case word at `k`, or "" (a mark, or past the end).
/// The lower-cased word at `k`, or "" (also for punctuation and figures).
pub(super) fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens
        .get(k)
        .filter(|t| t.is_word())
        .map_or("", |t| t.lower.as_ref())
}

/// The verb `today` at `i` goes with: the nearest verb before it in its clause (at most 12
/// words back, not across a comma, a colon, a dash, a bracket or a quotation mark), else
/// the first one after it in the sentence (at most 10 words on).
fn governing_verb(tokens: &[Token<'_>], i: usize) -> Option<Verb> {
    let mut words = 0;
    for k in (0..i).rev() {
        let t = &tokens[k];
        if let TokenKind::Punct(c) = t.kind {
            // `in Minsk, Belarus, today`: the commas of a place's name.
            let place = c == ','
                && k > 0
                && tokens[k - 1].capitalized()
                && (k + 1 == i || tokens[k + 1].capitalized());
            if !place && matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '—' | '–' | '(' | ')')
            {
                break;
            }
            continue;
        }
        if let Some(v) = verb_at(tokens, k) {
            return Some(v);
        }
        words += 1;
        if words == 12 {
            break;
        }
    }
    (i + 1..tokens.len())
        .filter(|&k| tokens[k].is_word())
        .take(10)
        .find_map(|k| verb_at(tokens, k))
}

/// What the word at `k` is as a verb, with what it says of the verb after it or before
/// it: `are meeting`, `is expected` (an auxiliary and an event: the event), `will do`, `to
/// be`, `'ll see` (a verb of state as a plan or an infinitive: an event).
fn verb_at(tokens: &[Token<'_>], k: usize) -> Option<Verb> {
    let v = verb(tokens, k)?;
    if v == Verb::Event {
        return Some(v);
    }
    let w = word(tokens, k);
    let before = k.checked_sub(1).map_or("", |p| word(tokens, p));
    if BASE_FORMS.contains(&w)
        && (matches!(before, "will" | "to" | "shall")
            || before.ends_with("'ll")
            || before.ends_with("’ll"))
    {
        return Some(Verb::Event);
    }
    let auxiliary = matches!(w, "is" | "are" | "am" | "was" | "were" | "be")
        || w.ends_with("'re")
        || w.ends_with("’re")
        || w.ends_with("'s")
        || w.ends_with("’s");
    if auxiliary {
        for n in k + 1..(k + 4).min(tokens.len()) {
            if !tokens.get(n).is_some_and(|t| t.is_word()) {
                break;
            }
            let x = word(tokens, n);
            if matches!(
                x,
                "expected" | "scheduled" | "set" | "due" | "going" | "slated"
            ) || (x.len() > 4 && x.ends_with("ing") && verb(tokens, n) == Some(Verb::Event))
            {
                return Some(Verb::Event);
            }
            if !x.ends_with("ly") && !matches!(x, "not" | "also" | "now" | "still" | "being") {
                break;
            }
        }
    }
    Some(v)
}

/// Verbs of state in their base form, which a plan or an infinitive makes an event (`we'll
/// do it today`, `to be in Paris today`).
const BASE_FORMS: &[&str] = &[
    "be", "have", "do", "see", "know", "face", "live", "hold", "stand", "feel", "look", "remain",
    "become", "account", "earn", "retain",
];

/// What the word at `k` is as a verb: an event's (`said`, `hit`, `will`, `to meet`,
/// `fighting`), a state's (`is`, `has`, `face`, `live`, `know`), or no verb known.
fn verb(tokens: &[Token<'_>], k: usize) -> Option<Verb> {
    let t = tokens.get(k).filter(|t| t.is_word())?;
    // (A name: `Ahmed`, `Reading`; the end of a compound: `Yemen-based`.)
    if (t.capitalized() && k > 0)
        || (t.glued && k > 0 && tokens[k - 1].is_punct('-') && tokens[k - 1].glued)
    {
        return None;
    }
    let w = t.lower.as_ref();
    // `didn't`, `won't`: an event; `isn't`, `don't`: a state.
    if let Some(stem) = w.strip_suffix("n't").or_else(|| w.strip_suffix("n’t")) {
        return match stem {
            "did" | "was" | "were" | "had" | "wo" | "has" | "have" => Some(Verb::Event),
            "is" | "are" | "do" | "does" | "ca" | "can" => Some(Verb::State),
            _ => None,
        };
    }
    // `it's`, `we're`, `they've`, `I'm`: a state; `we'll`: a plan.
    if let Some(p) = w.rfind(['\'', '’']) {
        let (stem, end) = (&w[..p], &w[p..]);
        let end = end.trim_start_matches(['\'', '’']);
        return match end {
            "ll" => Some(Verb::Event),
            "re" | "ve" | "m" => Some(Verb::State),
            "s" if matches!(
                stem,
                "it" | "he" | "she" | "that" | "there" | "here" | "what" | "who" | "where"
            ) =>
            {
                Some(Verb::State)
            }
            _ => None,
        };
    }
    if matches!(
        w,
        "will"
            | "shall"
            | "scheduled"
            | "expected"
            | "slated"
            | "set"
            | "plans"
            | "plan"
            | "planned"
            | "due"
            | "going"
            | "arrives"
            | "meets"
            | "heads"
            | "visits"
            | "opens"
            | "begins"
            | "starts"
            | "launches"
            | "hosts"
            | "votes"
            | "vote"
            | "return"
            | "returns"
            | "reports"
            | "tweets"
            | "notes"
            | "announces"
            | "was"
            | "were"
            | "had"
            | "did"
            | "been"
    ) {
        return Some(Verb::Event);
    }
    // `their lives`, `the face of`: a noun.
    let noun = k > 0
        && matches!(
            word(tokens, k - 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "our" | "its" | "my" | "your"
        );
    if !noun
        && matches!(
            w,
            "is" | "are"
                | "am"
                | "be"
                | "has"
                | "have"
                | "become"
                | "becomes"
                | "remain"
                | "remains"
                | "continue"
                | "continues"
                | "seem"
                | "seems"
                | "exist"
                | "exists"
                | "face"
                | "faces"
                | "facing"
                | "live"
                | "lives"
                | "living"
                | "know"
                | "knows"
                | "see"
                | "sees"
                | "do"
                | "does"
                | "account"
                | "accounts"
                | "hold"
                | "holds"
                | "earn"
                | "earns"
                | "retain"
                | "retains"
                | "reign"
                | "reigns"
                | "stand"
                | "stands"
                | "feel"
                | "feels"
                | "look"
                | "looks"
                | "looking"
                | "happening"
        )
    {
        return Some(Verb::State);
    }
    if t.lex & (lex::VERB | lex::REPORTING) != 0
        || dates::PAST_VERBS.contains(&w)
        || dates::PARTICIPLES.contains(&w)
        || dates::regular_past(w)
    {
        return Some(Verb::Event);
    }
    // An action going on: `fighting`, `meeting`, not a noun or preposition in `-ing`.
    if w.len() > 4
        && w.ends_with("ing")
        && !matches!(
            w,
            "during"
                | "morning"
                | "evening"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "building"
                | "ceiling"
                | "spring"
                | "string"
                | "being"
                | "thing"
                | "bring"
                | "swing"
                | "sting"
        )
    {
        return Some(Verb::Event);
    }
    // `go to the polls`, `goes to Paris`: a trip.
    if matches!(w, "go" | "goes") && word(tokens, k + 1) == "to" {
        return Some(Verb::Event);
    }
    // An infinitive: `to meet`, `to address` (not `to the`, `to Paris`).
    if k > 0 && word(tokens, k - 1) == "to" && t.lex & lex::STOP == 0 {
        return Some(Verb::Event);
    }
    None
}

/// Whether the words around `today` (twelve tokens each side) set the present against
/// another time: `than`, `whereas`, `unlike`, `compared`, `used to`, `in the past`, `once`
/// (not `once again`), `then` before `today` (not `since then`), or a year before the
/// publication's.
fn comparison(tokens: &[Token<'_>], i: usize, publication: Option<Date>) -> bool {
    let w = |k: usize| word(tokens, k);
    let near = i.saturating_sub(12)..(i + 13).min(tokens.len());
    tokens[near.clone()]
        .iter()
        .zip(near)
        .any(|(t, k)| match t.kind {
            TokenKind::Digits => {
                t.text.len() == 4
                    && publication.is_some_and(|p| {
                        t.text
                            .parse::<i16>()
                            .is_ok_and(|y| (1900..p.year()).contains(&y))
                    })
                    && !tokens.get(k + 1).is_some_and(|n| n.is_punct('%'))
            }
            TokenKind::Word => match w(k) {
                "than" | "whereas" | "unlike" | "compared" | "compare" | "comparison" => true,
                "used" => w(k + 1) == "to",
                "past" => k >= 2 && w(k - 1) == "the" && w(k - 2) == "in",
                "once" => !matches!(w(k + 1), "again" | "more") && (k == 0 || w(k - 1) != "at"),
                "then" => k < i && (k == 0 || w(k - 1) != "since"),
                _ => false,
            },
            TokenKind::Punct(_) => false,
        })
}

/// A clock time beside `today` at `i`: `before 8 a.m. today`, `at 2:10 pm ET today`,
/// `today at 3 p.m.`, `today at noon`.
fn clock_time(tokens: &[Token<'_>], i: usize) -> bool {
    let clock = |k: usize| {
        matches!(
            word(tokens, k),
            "am" | "pm" | "m" | "gmt" | "et" | "est" | "edt" | "utc" | "bst" | "o'clock"
        )
    };
    let digits_near = |k: usize| {
        (k.saturating_sub(4)..k).any(|j| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Digits))
    };
    (i.saturating_sub(4)..i).any(|k| clock(k) && digits_near(k))
        || (word(tokens, i + 1) == "at"
            && (matches!(word(tokens, i + 2), "noon" | "midnight")
                || tokens
                    .get(i + 2)
                    .is_some_and(|t| t.kind == TokenKind::Digits)))
}

/// How far from a `today`, in bytes, its quotation marks and speech verb are looked for.
const WINDOW: usize = 4096;

/// `at`, or the nearest char boundary before it.
fn back_to_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether the word ends its paragraph with no mark after it, outside quotations: a
/// photo's caption (`… near London Bridge station today`).
fn caption_end(text: &str, t: &Token<'_>) -> bool {
    text[t.end..]
        .chars()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}'))
        .is_none_or(|c| c == '\n' || c == '\r')
}

/// The byte of the quotation mark that opens the quotation `at` is in, inside its
/// paragraph, if it is in one.
fn quotation(text: &str, at: usize) -> Option<usize> {
    // (Within `WINDOW` bytes: a line of megabytes with a `today` every few words must not
    // be read back to its start at each one.)
    let floor = back_to_boundary(text, at.saturating_sub(WINDOW));
    let start = text[floor..at].rfind('\n').map_or(floor, |p| floor + p + 1);
    let mut open = None;
    for (p, c) in text[start..at].char_indices() {
        match c {
            '"' => {
                open = if open.is_some() {
                    None
                } else {
                    Some(start + p)
                }
            }
            '“' => open = Some(start + p),
            '”' => open = None,
            _ => {}
        }
    }
    open
}

/// Whether the speech verb of the quotation opened at byte `open` is dated to another day
/// than the publication `p`: `"…," he said Wednesday`, `she told reporters yesterday:
/// "…"`.
fn other_day_speech(text: &str, open: usize, p: Date) -> bool {
    let limit = back_to_boundary(text, (open + WINDOW).min(text.len()));
    let end = text[open..limit].find('\n').map_or(limit, |e| open + e);
    let mark = text[open..].chars().next().map_or(1, char::len_utf8);
    let close = text[open + mark..end]
        .find(['"', '”'])
        .map(|c| open + mark + c);
    let after = close.map(|c| {
        let from = c + text[c..].chars().next().map_or(1, char::len_utf8);
        let mut to = (from + 100).min(end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        &text[from..to]
    });
    let near = back_to_boundary(text, open.saturating_sub(100));
    let from = text[near..open].rfind('\n').map_or(near, |s| near + s + 1);
    let before = &text[from..open];
    after.is_some_and(|s| dated_speech(s, p, true)) || dated_speech(before, p, false)
}

/// Whether a snippet beside a quotation has a speech verb followed within six words by a
/// weekday other than the publication's, or `yesterday`: the words at the start of the
/// snippet after a quotation (`head`), at its end before one.
fn dated_speech(s: &str, p: Date, head: bool) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let range = if head {
        0..words.len().min(10)
    } else {
        words.len().saturating_sub(10)..words.len()
    };
    range.clone().any(|k| {
        let lower = words[k].to_ascii_lowercase();
        lex::of(&lower) & lex::VERB != 0
            && words[k + 1..(k + 7).min(range.end)].iter().any(|n| {
                let n = n.to_ascii_lowercase();
                n == "yesterday" || weekday(&n).is_some_and(|d| d != p.weekday())
            })
    })
}

/// The weekday a lower-case name names.
fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_are_looked_for_within_a_window() {
        let near = "\"We met them today";
        assert_eq!(quotation(near, near.len() - 5), Some(0));
        // A mark further back than the window (a line of megabytes) is not read back to.
        let far = format!("\"{}today", "a ".repeat(WINDOW));
        assert_eq!(quotation(&far, far.len() - 5), None);
        // A line break closes the paragraph the quotation was in.
        let broken = "\"We met\nthem today";
        assert_eq!(quotation(broken, broken.len() - 5), None);
    }
}
