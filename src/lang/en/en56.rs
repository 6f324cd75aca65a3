//! Counted nouns and non-claims (en56):
//!
//! - an ordinal naming a military unit is a name, not a rank: `the 5th fleet`, `the third
//!   armored cavalry regiment`, `the 10th coastal brigade`, `the 302nd mechanized Army
//!   brigade`, `the 50th Space Wing`, `the 82nd and 101st Airborne`, and the battalion's
//!   number before it (`1-244th Assault Helicopter Battalion`);
//! - a plural demonym of two words is people: `3,000 North Koreans`, `300 South Africans`
//!   (`person`, as `Syrians` is), not a `korean`;
//! - non-claims: `a couple in their 20s`, `a couple who …` (two people, one pair: no count);
//!   `from 45,000 feet` with a view or an idea in the clause (an idiom for a distant look);
//!   `One point I will add`, `one thing we know` (a presentational `one`, no count);
//! - nouns after a run of modifiers: a weekday and time-of-day words before the plural
//!   (`five Sunday morning talk shows`), a participle used as an adjective after a number
//!   that a preposition or a determiner opens (`in nine muted months`).
//!
//! Every look is bounded to a few tokens around the number.

use super::today::word;
use super::tokens::{Token, TokenKind};

/// Words that name a military formation: the head of a unit's name (a formation's own
/// word, or one that also stands for a soldier or a branch).
fn formation(w: &str) -> bool {
    strict_formation(w)
        || matches!(
            w,
            "wing"
                | "army"
                | "airborne"
                | "infantry"
                | "cavalry"
                | "marines"
                | "marine"
                | "armored"
                | "armoured"
                | "mechanized"
                | "rangers"
                | "army's"
                | "corps'"
        )
}

/// Heads that a word ordinal (`the third …`) names a unit by: a formation's own word, not
/// one that also stands for a soldier or a branch (`the first Army officer`, `the second
/// Marine killed`).
fn strict_formation(w: &str) -> bool {
    matches!(
        w,
        "regiment"
            | "regiments"
            | "division"
            | "brigade"
            | "battalion"
            | "squadron"
            | "fleet"
            | "corps"
            | "platoon"
            | "flotilla"
            | "regiment's"
            | "division's"
            | "brigade's"
            | "battalion's"
            | "fleet's"
            | "squadron's"
    )
}

/// Lower-case words that may stand between a unit's ordinal and its formation's word
/// (`armored cavalry`, `coastal`, `mechanized Army`).
fn unit_modifier(w: &str) -> bool {
    matches!(
        w,
        "armored"
            | "armoured"
            | "cavalry"
            | "mechanized"
            | "mechanised"
            | "motorized"
            | "infantry"
            | "airborne"
            | "coastal"
            | "assault"
            | "helicopter"
            | "space"
            | "air"
            | "naval"
            | "marine"
            | "mountain"
            | "special"
            | "tank"
            | "artillery"
            | "expeditionary"
            | "fighter"
            | "bomber"
            | "commando"
            | "rifle"
            | "combat"
            | "aviation"
            | "support"
            | "engineer"
            | "signal"
            | "military"
            | "parachute"
            | "tactical"
            | "airlift"
            | "light"
            | "guards"
            | "border"
            | "brigade"
            | "battalion"
    )
}

/// Whether the ordinal ending at token `last` names a military unit: up to four modifiers
/// (capitalized words, or lower-case words of a unit's name) and a formation's word after
/// it, or `and` and another such ordinal (`the 82nd and 101st Airborne`). A word ordinal
/// (`third`) needs a formation's own word (`regiment`, not `Army`).
pub fn unit_ordinal(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let figure = tokens
        .get(first)
        .is_some_and(|t| t.kind == TokenKind::Digits);
    let head = |w: &str| {
        if figure {
            formation(w)
        } else {
            strict_formation(w)
        }
    };
    // `the 82nd and 101st Airborne`: the first of two ordinals joined by `and`.
    if figure
        && tokens.get(last + 1).is_some_and(|t| t.is("and"))
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.kind == TokenKind::Digits)
        && tokens
            .get(last + 3)
            .is_some_and(|s| s.glued && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))
    {
        return unit_ordinal(tokens, last + 2, last + 3);
    }
    for k in last + 1..=last + 5 {
        let Some(t) = tokens.get(k).filter(|t| t.is_word() && !t.glued) else {
            return false;
        };
        let w = t.lower.as_ref();
        if head(w) {
            return true;
        }
        let capital = t.capitalized() && !super::lang_stopword(w);
        if k == last + 5 || !(capital || unit_modifier(w)) {
            return false;
        }
        // (`the 5th largest Army`: a superlative ranks.)
        if w.ends_with("est") {
            return false;
        }
    }
    false
}

/// `1-244th Assault Helicopter Battalion`: the battalion's number glued by a hyphen to the
/// unit's ordinal (a name): the token after the ordinal.
fn unit_prefix(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Digits || t.text.len() > 2 {
        return None;
    }
    tokens.get(i + 1).filter(|h| h.glued && h.is_punct('-'))?;
    tokens
        .get(i + 2)
        .filter(|d| d.glued && d.kind == TokenKind::Digits)?;
    tokens
        .get(i + 3)
        .filter(|s| s.glued && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))?;
    unit_ordinal(tokens, i + 2, i + 3).then_some(i + 1)
}

/// `North Koreans`, `South Africans`, `Sri Lankans`, `New Zealanders`: two capitalized words
/// that name a people (a demonym of the entities' table ending in a plural): the index of
/// the second.
pub fn demonym_pair(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let a = tokens.get(at)?;
    let b = tokens.get(at + 1)?;
    if !(a.is_word() && b.is_word() && a.capitalized() && b.capitalized() && !b.glued) {
        return None;
    }
    if !(b.lower.ends_with("ans") || b.lower.ends_with("ers") || b.lower.ends_with("is"))
        || b.text.len() < 4
    {
        return None;
    }
    let e = crate::lang::entities::find_en(&[a.text, b.text])?;
    (e.words == 2).then_some(at + 1)
}

/// A number at `i` that makes no claim: the token after it.
pub fn not_a_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    couple_of_people(tokens, i)
        .or_else(|| distant_view(tokens, i))
        .or_else(|| presentational_one(tokens, i))
        .or_else(|| unit_prefix(tokens, i))
}

/// `a couple in their 20s`, `a couple who met`, `a couple from Ohio`: two people, a pair,
/// no count (not `a couple of days`, `a couple dozen`).
fn couple_of_people(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !(tokens.get(i)?.is("a") && word(tokens, i + 1) == "couple") {
        return None;
    }
    let next = word(tokens, i + 2);
    let people = matches!(next, "who" | "whose" | "married" | "living")
        || (next == "in" && matches!(word(tokens, i + 3), "their" | "his" | "her"))
        || (matches!(next, "from" | "with")
            && tokens
                .get(i + 3)
                .is_some_and(|t| t.capitalized() || matches!(t.lower.as_ref(), "two" | "young")))
        || (i > 0
            && matches!(
                tokens[i - 1].lower.as_ref(),
                "married" | "marry" | "elderly" | "young"
            ));
    people.then_some(i + 2)
}

/// `from 45,000 feet`, `at 30,000 feet` in a clause about a view, a look or an idea: an
/// idiom for a distant, general look (not `flying at 37,000 feet`, an altitude).
fn distant_view(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Digits || word(tokens, i.checked_sub(1)?) != "from" {
        return None;
    }
    let n = super::numbers::parse_at(tokens, i)?;
    if !(n.value >= 10_000.0 && n.value <= 60_000.0 && n.value % 5_000.0 == 0.0) {
        return None;
    }
    if !matches!(word(tokens, n.last + 1), "feet" | "foot") {
        return None;
    }
    let lo = i.saturating_sub(12);
    let hi = (n.last + 6).min(tokens.len());
    let window = || tokens[lo..hi].iter().map(|t| t.lower.as_ref());
    let figurative = window().any(|w| {
        matches!(
            w,
            "view"
                | "views"
                | "look"
                | "looks"
                | "looking"
                | "perspective"
                | "idea"
                | "vantage"
                | "overview"
                | "picture"
                | "glance"
                | "sense"
        )
    });
    let flying = window().any(|w| {
        matches!(
            w,
            "flying"
                | "flew"
                | "fly"
                | "altitude"
                | "plane"
                | "aircraft"
                | "jet"
                | "cruising"
                | "dropped"
                | "fell"
                | "jumped"
                | "descended"
                | "climbed"
        )
    });
    (figurative && !flying).then_some(n.last + 2)
}

/// `One point I will add`, `one thing we know`, `One question I have`: a presentational
/// `one` before a noun and the speaker's clause; it counts nothing.
fn presentational_one(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !tokens.get(i)?.is("one") {
        return None;
    }
    if i > 0 && (super::determiner(tokens[i - 1].lower.as_ref()) || tokens[i - 1].is("only")) {
        return None;
    }
    let mut k = i + 1;
    if word(tokens, k) == "more" {
        k += 1;
    }
    if !matches!(
        word(tokens, k),
        "thing" | "point" | "question" | "lesson" | "note" | "observation" | "caveat" | "word"
    ) {
        return None;
    }
    let speaker = tokens.get(k + 1).is_some_and(|t| {
        t.text == "I"
            || matches!(
                t.lower.as_ref(),
                "we" | "you" | "i'd" | "i'll" | "i'm" | "i've" | "we'd" | "we'll" | "we've"
            )
    });
    speaker.then_some(k + 1)
}

/// `five Sunday morning talk shows`, `two Sunday talk shows`: a weekday at `k` before up to
/// two lower-case modifiers and a lower-case plural is a modifier of that plural.
pub fn weekday_run(tokens: &[Token<'_>], k: usize) -> bool {
    let lower = |m: usize| {
        tokens.get(m).is_some_and(|t| {
            t.is_word()
                && !t.glued
                && t.text.bytes().all(|b| b.is_ascii_lowercase())
                && !super::lang_stopword(t.lower.as_ref())
        })
    };
    let plural = |m: usize| lower(m) && tokens[m].lower.ends_with('s');
    (1..=3).any(|n| (k + 1..k + n).all(lower) && plural(k + n))
}

/// `in nine muted months`, `after two wasted years`: a participle in `-ed` at `k`, right
/// after a number that a preposition or a determiner opens, modifies the noun after it (not
/// `12 remained months later`, a clause).
pub fn ed_adjective(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    if !(t.is_word()
        && !t.glued
        && t.text.len() >= 5
        && t.text.ends_with("ed")
        && !t.text.ends_with("eed")
        && t.text.bytes().all(|b| b.is_ascii_lowercase())
        && !super::numbers::is_number_word(t))
    {
        return false;
    }
    let Some(number) = k.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    if !super::is_number_token(number) {
        return false;
    }
    k.checked_sub(2).is_some_and(|p| {
        matches!(
            tokens[p].lower.as_ref(),
            "in" | "for"
                | "after"
                | "over"
                | "during"
                | "within"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "those"
                | "these"
                | "past"
                | "last"
        )
    })
}
