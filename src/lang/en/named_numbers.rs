//! A capitalized number word inside a name: `the Uranium One deal`, `the Cuban Five`,
//! `the Nordstream Two project`. After `the` and one or two capitalized words, a
//! capitalized `One` … `Ten` in the middle of a sentence ends the name of a company, a
//! group or a project and counts nothing. (A number word that opens a sentence, or follows
//! a caption's place name with no `the` before it, `… in Brussels Two wounded women`, keeps
//! its claim.)

use super::tokens::{Token, TokenKind};

/// The number words a name ends with.
const NAME_NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A number word at `i` that ends a name after `the`: the token after it.
pub(super) fn name_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if i < 2 {
        return None;
    }
    if !(t.kind == TokenKind::Word && t.capitalized() && NAME_NUMBERS.contains(&t.lower.as_ref())) {
        return None;
    }
    // One or two capitalized words (not a month, a weekday or a function word) between
    // `the` and the number.
    let name_word = |k: usize| {
        tokens.get(k).is_some_and(|w| {
            w.capitalized()
                && w.text.len() > 1
                && !matches!(w.lower.as_ref(), "the" | "a" | "an" | "of" | "and" | "in")
                && !super::dates::month_or_weekday(w.lower.as_ref())
        })
    };
    let the = |k: usize| tokens.get(k).is_some_and(|w| w.lower == "the");
    // The word right before the number is no plural (`the Yazidis Two older men`: a
    // caption's title run into its text).
    if tokens[i - 1].text.ends_with('s') {
        return None;
    }
    let named = (i >= 2 && name_word(i - 1) && the(i - 2))
        || (i >= 3 && name_word(i - 1) && name_word(i - 2) && the(i - 3));
    named.then_some(i + 1)
}
