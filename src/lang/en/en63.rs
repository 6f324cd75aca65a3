//! English non-claims of task en63: page furniture, names and idioms holding a number, dates
//! of a hypothetical, and a doubled speaker name.
//!
//! - **A map's scale bar** ([`scale_bar`]): a graphic flattened into the text leaves `…
//!   Iraqi government 50 miles turkey 50 km Duhok …`: a distance in miles and one in
//!   kilometers side by side, with at most two words between them that are not English
//!   function words (no `or roughly`, no `and`), and no preposition or qualifier before the
//!   first. A conversion in a sentence has a parenthesis, `or`, `about` (`75 kilometers or
//!   roughly 47 miles`); two distances in the same unit are a sentence's (`260 miles and
//!   167 miles`).
//! - **A name holding a number and a unit** ([`unit_title`]): `the eponymous 26 Miles of
//!   Awesomeness feed`, `the 1967 Six Day War`, `"Two Days in June"`: a capitalized unit of
//!   measure or of time after a number, inside a sentence in lower case, followed by
//!   `of`/`in` and a capitalized word or by a capitalized noun, is a title. A title-case
//!   headline capitalizes on (`Funding Secured For 1,000 Miles Of Border Wall`): a
//!   capitalized word or a headline mark before the number keeps the claim.
//! - **Idioms with `one`** ([`one_idiom`]): `They are one plane ticket away from U.S.
//!   shores`, `one step away`, `one day at a time`: `one N away` (N no unit of distance or
//!   time: `one mile away`, `one hour away` measure) and `one N at a time` count nothing.
//! - **A relative date in a condition** ([`hypothetical`]): `If Assad goes next week, this
//!   is mass chaos`, `if Congress votes to kill the agreement next month`: a date counted
//!   from the publication (`next`, `this`, `coming`, `upcoming`, `tomorrow`) inside an
//!   `if`/`unless` clause dates what may happen, not what did. (`today` and `tonight` are
//!   left to the date rules' `hypothetical_day`, which keeps a condition of the day itself:
//!   `if you are worried about anyone there today`.) A clause mark or a relative word
//!   between the conjunction and the date leaves it (`if he read the report that was
//!   released this week`, `if the line he drew this week …`), and so do `as if`, `what
//!   if`, `see if`, `asked if`, and a deadline (`if no deal is reached by the end of this
//!   month`). Absolute dates and bare weekdays stay: they are mostly deadlines or past
//!   events (`if no deal is reached by Dec. 31`, `if it withdrew from lands captured in
//!   1967`).
//! - **A doubled name** ([`doubled`]): The Hill's hover card leaves `… to beat Trump Trump
//!   threatening …`: a run of name words with the same word twice in a row is no person's
//!   full name (the attribution reader does not register it).
//!
//! Every look is a few tokens either side of the number or the date.

use super::dates::DateMatch;
use super::tokens::{Token, TokenKind};

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| t.lower.as_ref())
}

fn mile_word(w: &str) -> bool {
    matches!(w, "mile" | "miles" | "mi")
}

fn km_word(w: &str) -> bool {
    matches!(
        w,
        "km" | "kms" | "kilometer" | "kilometers" | "kilometre" | "kilometres"
    )
}

/// Words that make a sentence of a pair of distances (a conjunction, a qualifier, a
/// preposition, a dimension), or a determiner.
fn function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "nor"
            | "but"
            | "to"
            | "from"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "about"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "some"
            | "over"
            | "under"
            | "than"
            | "more"
            | "less"
            | "within"
            | "the"
            | "a"
            | "an"
            | "is"
            | "was"
            | "are"
            | "were"
            | "high"
            | "wide"
            | "long"
            | "deep"
            | "away"
            | "across"
            | "apart"
            | "north"
            | "south"
            | "east"
            | "west"
            | "further"
            | "farther"
            | "another"
            | "then"
            | "also"
            | "just"
            | "only"
    )
}

/// The phrases of this module that hold a number and count nothing, at `i`: the token
/// after the phrase.
pub(super) fn not_a_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    scale_bar(tokens, i)
        .or_else(|| unit_title(tokens, i))
        .or_else(|| one_idiom(tokens, i))
}

/// A map's scale bar at `i` (`50 miles 50 km`, `50 miles turkey 50 km`): the token after
/// the second unit.
pub(super) fn scale_bar(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Digits
        || tokens
            .get(i + 1)
            .is_some_and(|p| p.is_punct('.') && p.glued)
    {
        return None;
    }
    if i > 0 && (function_word(tokens[i - 1].lower.as_ref()) || !tokens[i - 1].is_word()) {
        return None;
    }
    let u1 = word(tokens, i + 1);
    let first_mile = mile_word(u1);
    if !first_mile && !km_word(u1) {
        return None;
    }
    for gap in 0..=2 {
        let n = i + 2 + gap;
        // (The words between: words, none a function word.)
        if (i + 2..n).any(|k| {
            tokens
                .get(k)
                .is_none_or(|w| !w.is_word() || function_word(w.lower.as_ref()))
        }) {
            return None;
        }
        let d = tokens.get(n)?;
        if d.kind == TokenKind::Digits {
            let u2 = word(tokens, n + 1);
            let other = if first_mile {
                km_word(u2)
            } else {
                mile_word(u2)
            };
            return other.then_some(n + 2);
        }
    }
    None
}

/// Whether a unit concept is one of measure or of time (not a thing counted).
fn measure_or_time(u: &super::units::UnitMatch) -> bool {
    matches!(u.kind, super::units::UnitKind::Time { .. }) || super::units::is_measure(u.concept)
}

/// A title holding a number and a capitalized unit at `i` (`26 Miles of Awesomeness`,
/// `Six Day War`): the token after the unit.
pub(super) fn unit_title(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if i == 0 {
        return None;
    }
    let number_word = t.is_word();
    if number_word && !(t.capitalized() && super::numbers::is_number_word(t)) {
        return None;
    }
    if !number_word && t.kind != TokenKind::Digits {
        return None;
    }
    let n = super::numbers::parse_at(tokens, i)?;
    let k = n.last + 1;
    let u = tokens.get(k)?;
    if !u.is_word()
        || u.glued
        || !u.capitalized()
        || !u.text.chars().skip(1).all(char::is_lowercase)
    {
        return None;
    }
    // (The unit table reads a capitalized `Miles` as a name: the word is asked in lower
    // case.)
    let measure = matches!(
        u.lower.as_ref(),
        "mile"
            | "miles"
            | "kilometer"
            | "kilometers"
            | "kilometre"
            | "kilometres"
            | "foot"
            | "feet"
            | "inch"
            | "inches"
            | "yard"
            | "yards"
            | "acre"
            | "acres"
            | "ton"
            | "tons"
            | "meter"
            | "meters"
            | "metre"
            | "metres"
            | "degree"
            | "degrees"
    );
    if !measure && !super::units::title_case_form(u) {
        return None;
    }
    // Not in a headline: the word before is in lower case, a figure or an opening quote.
    let p = &tokens[i - 1];
    let before_ok = (p.is_word() && !p.capitalized())
        || p.kind == TokenKind::Digits
        || matches!(p.kind, TokenKind::Punct('"' | '“' | '\'' | '‘' | '('));
    if !before_ok {
        return None;
    }
    let name_word = |j: usize, month: bool| {
        tokens.get(j).is_some_and(|w| {
            w.is_word()
                && w.capitalized()
                && w.text.len() > 1
                && if super::dates::month_or_weekday(w.lower.as_ref()) {
                    month
                } else {
                    w.lex & super::lex::STOP == 0
                }
        })
    };
    let a = tokens.get(k + 1)?;
    // (`Two Days in June`: a month after `in` is part of the title too.)
    // (The name after `of`/`in` is the title's too: `June` dates nothing.)
    if matches!(a.text, "of" | "in") && name_word(k + 2, true) {
        return Some(k + 3);
    }
    (name_word(k + 1, false) && !name_word(k + 2, false)).then_some(k + 1)
}

/// `one N away`, `one N at a time` at `i`: the token after the idiom.
pub(super) fn one_idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.text != "one" && t.text != "One" {
        return None;
    }
    for k in i + 2..=i + 4 {
        // (The words between are plain words in lower case.)
        let plain = (i + 1..k).all(|j| {
            tokens.get(j).is_some_and(|w| {
                w.is_word() && !w.capitalized() && !function_word(w.lower.as_ref())
            })
        });
        if !plain {
            return None;
        }
        let head = k - 1;
        if word(tokens, k) == "away" {
            // (`one mile away`, `one hour away`: a distance.)
            let measured = super::units::lookup(tokens, head).is_some_and(|u| measure_or_time(&u));
            return (!measured).then_some(k + 1);
        }
        if word(tokens, k) == "at" && word(tokens, k + 1) == "a" && word(tokens, k + 2) == "time" {
            return Some(k + 3);
        }
    }
    None
}

/// Whether a date counted from the publication stands in an `if`/`unless` clause.
pub(super) fn hypothetical(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    let relative = (d.first..=d.last).any(|k| {
        matches!(
            word(tokens, k),
            "next" | "this" | "coming" | "tomorrow" | "upcoming"
        )
    });
    // (`by this afternoon`, `by the end of this month`: a deadline is set, whatever
    // depends on it.)
    let deadline = |k: usize| matches!(word(tokens, k), "by" | "until" | "before");
    if !relative || (d.first.saturating_sub(4)..=d.first).any(deadline) {
        return false;
    }
    let from = d.first.saturating_sub(10);
    for k in (from..d.first).rev() {
        let t = &tokens[k];
        if !t.is_word() {
            if t.kind == TokenKind::Digits {
                continue;
            }
            return false;
        }
        match t.lower.as_ref() {
            "if" | "unless" => {
                let before = if k > 0 { word(tokens, k - 1) } else { "" };
                // (`as if`, `what if`; `see if`, `asked if`: a question about a fact.)
                // A pronoun after the clause's subject opens a relative clause (`if the
                // red line he drew today was …`): the date is of a fact.
                let relative_clause = (k + 2..d.first)
                    .any(|j| matches!(word(tokens, j), "he" | "she" | "they" | "we" | "i" | "you"));
                return !relative_clause
                    && !matches!(
                        before,
                        "as" | "what"
                            | "see"
                            | "seeing"
                            | "saw"
                            | "ask"
                            | "asks"
                            | "asked"
                            | "asking"
                            | "wonder"
                            | "wondered"
                            | "wondering"
                            | "know"
                            | "knew"
                            | "unclear"
                            | "clear"
                            | "sure"
                            | "check"
                            | "determine"
                            | "tell"
                    );
            }
            "who" | "whom" | "which" | "that" | "when" | "where" | "after" | "before" | "since"
            | "because" | "while" | "but" | "then" | "than" => return false,
            _ => {}
        }
    }
    false
}

/// Whether a run of name words has the same word twice in a row (`Trump Trump`).
pub(super) fn doubled(run: &[Token<'_>]) -> bool {
    run.windows(2)
        .any(|w| w[0].is_word() && w[0].capitalized() && w[0].text == w[1].text)
}
