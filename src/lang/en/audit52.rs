//! Numbers that are no quantity, found by an audit of 300 random claims of the whole
//! English corpus (en52): approximate years read as numbers, ranks (`the bureau's
//! number-two official`, `three- and four-star generals`), list points opening a sentence
//! with a comma (`Two, the borders …`), the pronoun `one` before `to` (`forbids one to
//! place`, `allow one to be built`), airliner models (`a 777`) and a percent that a
//! fraction takes (`one tenth of one percent`). Each reader looks at a few tokens around
//! the number and says where to resume (the token after what it covers).

use super::today::word;
use super::tokens::{Token, TokenKind};
use super::{numbers, units};

/// Where to resume when the number at token `i` is none of a claim.
pub fn not_a_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    approximate_year(tokens, i)
        .or_else(|| rank_number(tokens, i))
        .or_else(|| suspended_stars(tokens, i))
        .or_else(|| list_point(tokens, i))
        .or_else(|| pronoun_one_to(tokens, i))
        .or_else(|| airliner(tokens, i))
        .or_else(|| fraction_of_percent(tokens, i))
}

fn year_shaped(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Digits
        && t.text.len() == 4
        && (1940..=2040).contains(&t.text.parse::<u32>().unwrap_or(0))
}

/// `around 2013`, `from about 2005 to 2011`, `speculation about 2016`, `some 2016 GOP
/// hopefuls`, `roughly 2003`: a year after a hedge (or the preposition `about`) is a time,
/// not a number near it; the date reader leaves it, so it is no claim (not `about 2000
/// people`, `some 1950 troops`, `about 2000 of them`, nor `about 2000 to 3000`).
fn approximate_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if !year_shaped(t) || i == 0 {
        return None;
    }
    if !matches!(
        word(tokens, i - 1),
        "about" | "around" | "roughly" | "approximately" | "circa" | "some"
    ) {
        return None;
    }
    // (`it was all about 2020, to make sure …`, `What the book may tell us about 2016`: the
    // year a clause is about is a date, and the date reader keeps it.)
    if word(tokens, i - 1) == "about" && tokens.get(i + 1).is_none_or(|n| !n.is_word()) {
        return None;
    }
    if let Some(n) = tokens.get(i + 1) {
        if n.glued && !matches!(n.kind, TokenKind::Punct(')' | '.' | ',' | ';' | ':' | '?')) {
            return None;
        }
        if units::lookup(tokens, i + 1).is_some() || n.is("of") || n.is("percent") {
            return None;
        }
        // `about 2000 to 3000`: a range of numbers (`about 2005 to 2011` is one of years).
        if matches!(n.lower.as_ref(), "to" | "or" | "and" | "-" | "–")
            && tokens.get(i + 2).is_some_and(|m| {
                (m.kind == TokenKind::Digits || numbers::is_number_word(m)) && !year_shaped(m)
            })
        {
            return None;
        }
    }
    Some(i + 1)
}

/// A possessive word (`Korea's`, `bureau’s`) or a plural's bare apostrophe (`Sessions’`).
fn possessive(tokens: &[Token<'_>], k: usize) -> bool {
    let t = &tokens[k];
    (t.is_word() && (t.lower.ends_with("'s") || t.lower.ends_with("’s")))
        || ((t.is_punct('\'') || t.is_punct('’'))
            && t.glued
            && k >= 1
            && tokens[k - 1].is_word()
            && tokens[k - 1].lower.ends_with('s'))
}

/// `North Korea's number two official`, `the bureau’s number-two official`, `the
/// Senate's number two Republican`, `Sessions’ number two at the Justice Department`: a
/// rank after a possessive, not a count.
fn rank_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if !numbers::is_number_word(t) || tokens.get(i + 1).is_some_and(|n| n.is("of")) {
        return None;
    }
    let mut k = i.checked_sub(1)?;
    if tokens[k].is_punct('-') && t.glued {
        k = k.checked_sub(1)?;
    }
    if !tokens[k].is("number") {
        return None;
    }
    let p = k.checked_sub(1)?;
    let hyphen = k + 1 < i;
    (possessive(tokens, p)
        || (hyphen
            && matches!(
                word(tokens, p),
                "the" | "a" | "its" | "his" | "her" | "their"
            )))
    .then_some(i + 1)
}

fn number_token(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Digits || numbers::is_number_word(t)
}

/// `three- and four-star generals`, `two- or three-star hotels`: the first number of a
/// suspended compound grades like the second (the stars are a rank or a rating).
fn suspended_stars(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !number_token(&tokens[i])
        || !tokens
            .get(i + 1)
            .is_some_and(|h| h.is_punct('-') && h.glued)
        || !matches!(word(tokens, i + 2), "and" | "or" | "to")
        || !tokens.get(i + 3).is_some_and(number_token)
    {
        return None;
    }
    let mut s = i + 4;
    if tokens.get(s).is_some_and(|h| h.is_punct('-')) {
        s += 1;
    }
    matches!(word(tokens, s), "star" | "stars").then_some(i + 2)
}

/// `Two, the borders of the alliance are now ill-defined.`, `Three, Iran can escalate …`:
/// a capitalized number word and a comma opening a sentence, before an article, a pronoun
/// or a name, number a point of an argument (not `Two, including a child, died`).
fn list_point(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i != 0 {
        return None;
    }
    let t = &tokens[0];
    if !matches!(
        t.text,
        "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
    ) || !tokens.get(1).is_some_and(|c| c.is_punct(','))
    {
        return None;
    }
    let n = tokens.get(2)?;
    let opens = matches!(
        n.lower.as_ref(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "it"
            | "we"
            | "they"
            | "he"
            | "she"
            | "i"
            | "you"
            | "if"
            | "as"
            | "in"
            | "despite"
    ) || (n.capitalized() && !numbers::is_number_word(n));
    (opens && n.is_word()).then_some(1)
}

/// `forbids one to place`, `allow one to be built`, `could Trump use one to build his
/// wall?`, `requires one to believe`: a lower-case `one` before `to` and a lower-case word
/// is the pronoun (not `one to three`, `one to one`, `one to Norway`, `from one to …`).
fn pronoun_one_to(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].text != "one" || !tokens.get(i + 1).is_some_and(|n| n.is("to")) {
        return None;
    }
    let v = tokens.get(i + 2)?;
    if !v.is_word() || v.capitalized() || numbers::is_number_word(v) || v.is("one") {
        return None;
    }
    // (`from one to another`: a range of places.)
    if i >= 1 && word(tokens, i - 1) == "from" {
        return None;
    }
    Some(i + 1)
}

/// `a 777`, `the modified 747`: a Boeing airliner's model, not a number (nor before
/// `jet`, `plane`, `aircraft`, `airliner`).
fn airliner(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let b = t.text.as_bytes();
    if t.kind != TokenKind::Digits
        || b.len() != 3
        || b[0] != b'7'
        || b[2] != b'7'
        || !(b'0'..=b'8').contains(&b[1])
        || tokens.get(i + 1).is_some_and(|n| n.glued && n.is_word())
    {
        return None;
    }
    let p = i.checked_sub(1)?;
    let before = tokens[p].is_word()
        && !tokens[p].capitalized()
        && matches!(
            tokens[p].lower.as_ref(),
            "a" | "the" | "modified" | "its" | "their" | "another"
        );
    let plane = matches!(
        word(tokens, i + 1),
        "jet" | "jets" | "plane" | "planes" | "aircraft" | "airliner" | "airliners" | "jetliner"
    );
    let counted = units::lookup(tokens, i + 1).is_some();
    (before && (plane || !counted)).then_some(i + 1)
}

/// `Obama's one tenth of one percent`, `a fraction of 1 percent`: the percent a fraction
/// takes is not its size; the whole is left (a reader of the fraction would be needed).
fn fraction_of_percent(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // (`one tenth of one percent`: from the fraction's own number.)
    if number_token(&tokens[i])
        && let Some(end) = tokens
            .get(i + 3)
            .filter(|_| word(tokens, i + 2) == "of")
            .and_then(|_| fraction_of_percent(tokens, i + 3))
    {
        return Some(end);
    }
    let t = &tokens[i];
    if !(t.text == "1" || t.is("one")) || i < 2 || !tokens[i - 1].is("of") {
        return None;
    }
    if !matches!(
        word(tokens, i - 2),
        "tenth"
            | "tenths"
            | "hundredth"
            | "hundredths"
            | "thousandth"
            | "half"
            | "quarter"
            | "third"
            | "fifth"
            | "fraction"
            | "sliver"
    ) {
        return None;
    }
    let n = tokens.get(i + 1)?;
    if n.is("percent") || n.is_punct('%') {
        Some(i + 2)
    } else if (n.is("per") && tokens.get(i + 2).is_some_and(|c| c.is("cent"))) || n.is("percentage")
    {
        Some(i + 3)
    } else {
        None
    }
}
