//! English non-claims of task en65: names after `9/11`, the tails of split figures, and
//! poll splits the tally rule did not read.
//!
//! - **A name after the date of the attacks** ([`sept11_name`]): `the 9/11 Commission`,
//!   `the National September 11 Memorial`, `the 9/11 Museum`, `a Sept. 11 memorial
//!   ceremony`: `9/11` or `September 11` before `commission`, `memorial` or `museum` names
//!   an institution or a monument, not a day (`the 9/11 attacks`, `the 9/11 hijackers`
//!   stay the date of the attacks).
//! - **The tail of a figure the number rules did not read** ([`split_tail`]): `a
//!   magnitude-7.8 earthquake` (the `7` is inside the word `magnitude-7`), `the
//!   1,000-to-2,000 range`, `the index declined to 16.082.25`: digits right after a point
//!   glued to a digit are a decimal's fraction, digits in a group of three right after a
//!   comma glued to a digit are a thousands group; neither is a number of its own. Three
//!   runs of digits joined by two points (`16.082.25`, an address, a version) are none,
//!   unless both after the first are groups of three (`1.200.000`, a European figure).
//! - **A poll's tie or three-way split** ([`poll_split`]): `a 43-43 percent split`, `an
//!   even 45-45 percent rating`, `Partisan divisions are 33-24-35 percent`: two equal
//!   figures joined by a dash (the tally rule reads only a larger first one) or three
//!   figures joined by dashes before `percent` split a poll; they are no range and no
//!   number.
//! - **A height in feet and inches** ([`feet_inches`]): `At 6-foot-3, he …`, `described as
//!   5-foot-9 and 160 pounds`: one digit of feet and the inches after, joined by dashes,
//!   describe a person's build; read as a whole number of feet the figure is wrong.
//!
//! Every look is a few tokens either side of the number.

use super::tokens::{Token, TokenKind};

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| t.lower.as_ref())
}

fn digits_glued(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Digits && t.glued)
}

fn punct_glued(tokens: &[Token<'_>], k: usize, c: char) -> bool {
    tokens.get(k).is_some_and(|t| t.glued && t.is_punct(c))
}

/// The phrases of this module at `i`: the token after the phrase.
pub(super) fn at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    match tokens.get(i)?.kind {
        TokenKind::Digits => sept11_name(tokens, i)
            .or_else(|| split_tail(tokens, i))
            .or_else(|| poll_split(tokens, i))
            .or_else(|| feet_inches(tokens, i)),
        TokenKind::Word => sept11_name(tokens, i),
        TokenKind::Punct(_) => None,
    }
}

/// `9/11` or `September 11` before a name of an institution or a monument at `i` (see the
/// module's notes): the token after the date.
fn sept11_name(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    let last = if t.text == "9" {
        (punct_glued(tokens, i + 1, '/') && digits_glued(tokens, i + 2))
            .then_some(i + 2)
            .filter(|&k| tokens[k].text == "11")?
    } else if matches!(t.lower.as_ref(), "september" | "sept") {
        let k = if punct_glued(tokens, i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        let d = tokens.get(k)?;
        if d.text != "11" || d.glued {
            return None;
        }
        // (`September 11th Memorial`)
        if tokens.get(k + 1).is_some_and(|n| n.glued && n.is("th")) {
            k + 1
        } else {
            k
        }
    } else {
        return None;
    };
    let next = tokens.get(last + 1)?;
    if next.glued {
        return None;
    }
    matches!(
        next.lower.as_ref(),
        "commission" | "commission's" | "commission’s" | "memorial" | "museum"
    )
    .then_some(last + 1)
}

/// Digits at `i` that are the fraction or a thousands group of a figure the number rules
/// did not read, or three runs joined by points (see the module's notes): the token after
/// them.
fn split_tail(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if i >= 2 && t.glued {
        let p = &tokens[i - 1];
        let ends_digit = tokens[i - 2]
            .text
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_digit);
        if p.glued && ends_digit && (p.is_punct('.') || (p.is_punct(',') && t.text.len() == 3)) {
            return Some(i + 1);
        }
    }
    // `16.082.25` (not `1.200.000`, groups of thousands with points, which the number
    // rules read)
    (punct_glued(tokens, i + 1, '.')
        && digits_glued(tokens, i + 2)
        && punct_glued(tokens, i + 3, '.')
        && digits_glued(tokens, i + 4)
        && (tokens[i + 2].text.len() != 3 || tokens[i + 4].text.len() != 3))
        .then_some(i + 5)
}

/// A tie `43-43` or a three-way split `33-24-35 percent` at `i` (see the module's notes):
/// the token after the last figure.
fn poll_split(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.text.len() > 3 || !punct_glued(tokens, i + 1, '-') || !digits_glued(tokens, i + 2) {
        return None;
    }
    let b = &tokens[i + 2];
    let runs_on = |k: usize| {
        tokens.get(k).is_some_and(|n| {
            n.glued && (matches!(n.kind, TokenKind::Digits | TokenKind::Word) || n.is_punct('-'))
        }) || (punct_glued(tokens, k, ',') || punct_glued(tokens, k, '.'))
            && digits_glued(tokens, k + 1)
    };
    if b.text == t.text && !runs_on(i + 3) {
        return Some(i + 3);
    }
    if b.text.len() <= 3
        && punct_glued(tokens, i + 3, '-')
        && digits_glued(tokens, i + 4)
        && tokens[i + 4].text.len() <= 3
        && !runs_on(i + 5)
        && (word(tokens, i + 5) == "percent" || punct_glued(tokens, i + 5, '%'))
    {
        return Some(i + 6);
    }
    None
}

/// A height in feet and inches, `6-foot-3`, at `i` (see the module's notes): the token after
/// the inches.
fn feet_inches(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens.get(i)?.text.len() != 1 || !punct_glued(tokens, i + 1, '-') {
        return None;
    }
    let u = tokens.get(i + 2).filter(|u| u.glued)?;
    if !matches!(u.lower.as_ref(), "foot" | "feet") || !punct_glued(tokens, i + 3, '-') {
        return None;
    }
    tokens.get(i + 4).filter(|d| {
        d.glued && d.kind == TokenKind::Digits && d.text.parse::<u8>().is_ok_and(|n| n < 12)
    })?;

    tokens
        .get(i + 5)
        .is_none_or(|n| !(n.glued && (n.is_word() || n.kind == TokenKind::Digits)))
        .then_some(i + 5)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::En;
        en65_commission: "The 9/11 Commission talked about it." => [];
        en65_memorial: "They gathered at the National September 11 Memorial in New York." => [];
        en65_sept_memorial: "He looked on during a Sept. 11 memorial ceremony." => [];
        en65_attacks_stay: "In the wake of the 9/11 attacks, he was questioned."
            => ["9/11|date|2001-09-11|2001-09-11..2001-09-11|exact|"];
        en65_magnitude: "Since the magnitude-7.8 earthquake hit, they have waited." => [];
        en65_thousands_tail: "It raised the number to the 1,000-to-2,000 range." => [];
        en65_dotted: "The index declined 0.6% to 16.082.25." => ["0.6%|percent|0.6|0.6..0.6|exact|"];
        en65_euro_groups_stay: "1.200.000 people fled."
            => ["1.200.000 people|count|1200000|1200000..1200000|exact|person"];
        en65_height: "At 6-foot-3, he was an intimidating presence." => [];
        en65_height_before_name: "The 6-foot-1 Obama is known to enjoy a daily workout." => [];
        en65_foot_stays: "They built a 10-foot wall." => ["10-foot|count|10|10..10|exact|foot"];
        en65_tie: "This compares to a 43-43 percent split on this measure." => [];
        en65_even: "Obama gets an even 45-45 percent rating." => [];
        en65_three_way: "Partisan divisions are 33-24-35 percent, he said." => [];
        en65_range_stays: "It cut emissions 80-95 percent."
            => ["80-95 percent|percent|80|80..95|range|"];
        en65_decimal_stays: "It fell 7.8 percent." => ["7.8 percent|percent|7.8|7.8..7.8|exact|"];
    }
}
