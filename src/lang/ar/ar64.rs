//! ar64: digits before a scale word, a count before «last year», and «exceed» verbs a few
//! words before their number.
//!
//! - Digits grouped by separators before `ألف`/`آلاف`/`مليون`/`مليار`
//!   ([`digits_before_scale`]): a whole amount of two groups of thousands or more restates its
//!   scale word (`19,985,139 مليون ريال`, `4.500.000 مليون نسمة`: the amount, not millions of
//!   it); a lone comma before three digits is a decimal comma before `ألف` and `مليار`
//!   (`17,106 آلاف وجبة` 17,106; `1,769 مليار دولار` 1.769 billion), and groups thousands
//!   before `مليون`, as accounts write millions (`1,596 مليون ريال`).
//! - A dot before three digits read as thousands in a count (`(58.047) قرض`) is not scaled
//!   again when a scale word follows (`(60.417) ألف رحلة` is 60,417, `1.742 مليون نسمة`
//!   1,742,000): [`scaled`].
//! - `282 العام السابق`, `الـ33 العام الماضي`: a number before `العام`/`السنة` and a word of
//!   last, this or next year counts something compared with that year; the year is no unit
//!   of it ([`year_phrase_after`]).

use std::sync::LazyLock;

use super::numbers;
use super::tokens::{Token, TokenKind};
use crate::normalize;

/// How digits written as `text` (read as `value`) combine with the scale word `s` after
/// them.
pub(super) enum Scaled {
    /// Multiply this by the scale.
    Base(f64),
    /// The whole amount: the scale word only restates it.
    Whole(f64),
}

/// See the module doc. `text` is the digit token's text.
pub(super) fn digits_before_scale(text: &str, value: f64, s: f64) -> Scaled {
    let seps: Vec<char> = text.chars().filter(|c| matches!(c, ',' | '.')).collect();
    if seps.is_empty()
        || text
            .chars()
            .any(|c| !(c.is_numeric() || c == ',' || c == '.'))
    {
        return Scaled::Base(value);
    }
    let groups: Vec<&str> = text.split([',', '.']).collect();
    let len = |g: &str| g.chars().count();
    let grouped = (1..=3).contains(&len(groups[0])) && groups[1..].iter().all(|g| len(g) == 3);
    if !grouped {
        return Scaled::Base(value);
    }
    if seps.len() >= 2 {
        let whole: String = groups
            .concat()
            .chars()
            .filter_map(|c| c.to_digit(10).and_then(|d| char::from_digit(d, 10)))
            .collect();
        return match whole.parse::<f64>() {
            Ok(w) if w >= 1_000_000.0 => Scaled::Whole(w),
            _ => Scaled::Base(value),
        };
    }
    // One comma before three digits, read by the scanner as a thousands group.
    if seps[0] == ',' && value >= 1000.0 && value.fract() == 0.0 && (s == 1e3 || s == 1e9) {
        return Scaled::Base(value / 1000.0);
    }
    Scaled::Base(value)
}

/// Whether the number from token `first` to `last` ends on a scale word after its digits
/// (`1.742 مليون`, `(60.417) ألف`).
pub(super) fn scaled(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    last > first
        && tokens
            .get(first + 1..=last)
            .is_some_and(|ts| ts.iter().any(numbers::is_multiplier))
}

/// `العام`/`السنة` at `k`, then a word of last, this or next year (`السابق`, `الماضي`,
/// `الماضية`, `الحالي`, `المقبل` …): the date phrase, not the unit of the number before.
pub(super) fn year_phrase_after(tokens: &[Token<'_>], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).filter(|t| t.kind == TokenKind::Word);
    let Some(noun) = word(k) else {
        return false;
    };
    let feminine = match noun.key.as_str() {
        "العام" => false,
        "السنه" => true,
        _ => return false,
    };
    word(k + 1).is_some_and(|t| {
        let stem = if feminine {
            t.key.strip_suffix('ه').unwrap_or("")
        } else {
            t.key.as_str()
        };
        YEAR_WORD_KEYS.iter().any(|w| w == stem)
    })
}

/// Words of last, this or next year after `العام` (masculine; `السنة` takes them with `ة`).
const YEAR_WORDS: &[&str] = &[
    "السابق",
    "الماضي",
    "المنصرم",
    "الفائت",
    "المنقضي",
    "الحالي",
    "الجاري",
    "المقبل",
    "القادم",
    "التالي",
];

static YEAR_WORD_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| YEAR_WORDS.iter().map(|w| normalize::key(w)).collect());
