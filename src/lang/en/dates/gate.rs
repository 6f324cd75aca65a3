//! Whether a token can start a date at all, told from it and the few tokens after it
//! before the date parser is asked. Most `the`, `of`, `in`, `a` and most figures start
//! none, and each ask of [`Parser::read`] reads several of its branches (the named dates,
//! the holidays, the month after a preposition, `a week ago`) to turn them away.
//!
//! Each rule below follows the branches `read` takes for its token, and says "no date"
//! only where every one of them finds none: it saves work and changes no reading. The
//! month, weekday and holiday readers it asks are the parser's own.

use super::super::lex;
use super::super::numbers;
use super::super::tokens::{Token, TokenKind};
use super::{HOLIDAY_INDEX, MONTH_ABBREVIATIONS, MONTHS, Parser};

/// Whether [`Parser::at_word`] reads the word by name: each has a rule of its own below, or
/// is left to the parser.
fn named(w: &str) -> bool {
    matches!(
        w,
        "today"
            | "tonight"
            | "tomorrow"
            | "tomorrows"
            | "yesterday"
            | "the"
            | "last"
            | "this"
            | "past"
            | "previous"
            | "next"
            | "coming"
            | "on"
            | "until"
            | "till"
            | "by"
            | "early"
            | "mid"
            | "late"
            | "earlier"
            | "later"
            | "a"
            | "an"
            | "from"
            | "in"
            | "since"
            | "during"
            | "through"
            | "of"
            | "before"
            | "after"
    )
}

/// The months' names and abbreviations ([`super::super::lex::MONTH`]).
pub fn month_words() -> Vec<&'static str> {
    MONTHS
        .iter()
        .copied()
        .chain(MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .collect()
}

/// The first words of holidays' names that are a name alone ([`lex::HOLIDAY_ALONE`]).
pub fn holiday_alone_words() -> Vec<&'static str> {
    HOLIDAY_INDEX
        .iter()
        .filter(|(_, names)| names.iter().any(|(rest, _)| rest.is_empty()))
        .map(|(first, _)| *first)
        .collect()
}

/// The second words of holidays' names ([`lex::HOLIDAY_NEXT`]).
pub fn holiday_second_words() -> Vec<&'static str> {
    HOLIDAY_INDEX
        .values()
        .flatten()
        .filter_map(|(rest, _)| rest.first().copied())
        .collect()
}

/// The words after a count and its unit that make it a date ([`Parser::ago`]): `three
/// weeks ago`, `a year back`, `two days hence`, `a year from now`, `a month after Easter`.
fn ago_word(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.lower.as_ref(),
            "ago" | "back" | "hence" | "from" | "after" | "before"
        )
}

/// Whether a month's name or abbreviation is at `k` (as [`Parser::month`] reads one).
fn month_word(p: &Parser<'_, '_>, k: usize) -> bool {
    p.t(k)
        .is_some_and(|t| t.kind == TokenKind::Word && t.lex & lex::MONTH != 0)
}

/// Whether a holiday's name may start at `i` ([`Parser::holiday_name`], asked only where
/// the lexicon's bits leave it possible: its first word, and a name alone or its second
/// word after it).
fn holiday_at(p: &Parser<'_, '_>, t: &Token<'_>, i: usize) -> bool {
    if t.lex & lex::HOLIDAY == 0 {
        return false;
    }
    if t.lex & lex::HOLIDAY_ALONE == 0 {
        // The second word, after a full stop or hyphen glued to the first (`St.`, `al-`).
        let mut j = i + 1;
        if (p.punct(j, '.') || p.punct(j, '-')) && p.glued(j) {
            j += 1;
        }
        if !p
            .t(j)
            .is_some_and(|n| n.kind == TokenKind::Word && n.lex & lex::HOLIDAY_NEXT != 0)
        {
            return false;
        }
    }
    p.holiday_name(i).is_some()
}

/// The gate of one sentence's tokens.
pub struct Gate<'a, 't> {
    p: Parser<'a, 't>,
    /// The last word of the sentence that may end a count back or forth ([`ago_word`]),
    /// found when first asked.
    last_ago: Option<Option<usize>>,
}

impl<'a, 't> Gate<'a, 't> {
    pub fn new(tokens: &'a [Token<'t>]) -> Self {
        Gate {
            // Only the readers of names are asked: they read the tokens alone.
            p: Parser::undated(tokens),
            last_ago: None,
        }
    }

    /// Whether an ago word stands at `k` or after it.
    fn ago_from(&mut self, k: usize) -> bool {
        let tokens = self.p.tokens;
        let last = *self
            .last_ago
            .get_or_insert_with(|| tokens.iter().rposition(ago_word));
        last.is_some_and(|l| l >= k)
    }

    /// Whether no date starts at token `i` (one the lexicon marks as a possible start).
    pub fn cannot_start(&mut self, i: usize) -> bool {
        let p = &self.p;
        let Some(t) = p.t(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Digits => {
                // `9/11`, `2015-03-03`, `12/25`, `31-Oct-74`: a separator after it.
                if p.t(i + 1)
                    .is_some_and(|n| matches!(n.kind, TokenKind::Punct('/' | '-' | '.')))
                {
                    return false;
                }
                // A day of the month (`8 August`, `14april`, `the 15th`): two digits at
                // most, from 1 to 31 or glued to a word.
                if t.text.len() <= 2
                    && (t.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
                        || p.t(i + 1).is_some_and(|n| n.glued && n.is_word()))
                {
                    return false;
                }
                // `300 years ago`: the count ends at `i` or after it, its unit follows.
                !self.ago_from(i + 2)
            }
            TokenKind::Word => {
                // A holiday's name (`New Year's Day`, `Christmas`) is left to the parser.
                if holiday_at(p, t, i) {
                    return false;
                }
                let w = t.lower.as_ref();
                match w {
                    // `the day before yesterday`, `the 15th`, `the third Sunday`, `the 4th
                    // of July`: only before `day`, digits or a number word.
                    "the" => {
                        p.word(i + 1) != "day"
                            && !p.t(i + 1).is_some_and(|n| {
                                n.kind == TokenKind::Digits || numbers::is_number_word(n)
                            })
                    }
                    // `a week ago`, `an hour back`, `a year from now`.
                    "a" | "an" => !p.t(i + 2).is_some_and(ago_word),
                    // A month after a preposition (`in August`), `from 23-26 May`, `by the
                    // 15th`. (Not `till`: no preposition of the month reader, it reads on.)
                    "in" | "of" | "during" | "through" | "since" | "before" | "after" | "from"
                    | "by" | "until" => {
                        let other = match w {
                            "from" => p.digits(i + 1).is_some(),
                            "by" | "until" => p.word(i + 1) == "the",
                            _ => false,
                        };
                        !other && !month_word(p, i + 1) && !numbers::is_number_word(t)
                    }
                    // `on Wednesday`, `on the 15th`, `On 24th`: a weekday, or a day (digits
                    // or an ordinal word) after it.
                    "on" => {
                        let k = if p.word(i + 1) == "the" { i + 2 } else { i + 1 };
                        p.t(i + 1).is_none_or(|n| n.lex & lex::WEEKDAY == 0)
                            && !p.t(k).is_some_and(|n| {
                                n.kind == TokenKind::Digits
                                    || numbers::is_number_word(n)
                                    || n.is("a")
                                    || n.is("an")
                            })
                    }
                    // Any other word: a date only as a number word, a weekday or a month.
                    // (The weekday reader turns away a word without the lexicon's bit.)
                    _ if !named(w) => {
                        !month_word(p, i)
                            && (t.lex & lex::WEEKDAY == 0 || p.weekday(i).is_none())
                            && !numbers::is_number_word(t)
                    }
                    _ => false,
                }
            }
            TokenKind::Punct(_) => false,
        }
    }
}
