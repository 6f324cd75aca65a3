//! ar64: digits before a scale word, a count before «last year», and «exceed» verbs a few
//! words before their number ([`quantity_head`], [`head_at`], [`before_bracket`]).
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
//! - A verb of exceeding or of being less, its subject, then the number: the subject may be
//!   headed by more quantity nouns, bare or with a pronoun (`عمره`, `درجة حرارة الجو`,
//!   `متوسط تكلفة إنتاجهم`, `العدد المصرح لها`), after `فيها`/`منه`, and hold an inner
//!   `على` (`عدد المتقدمين على البوابة 360 ألف`); `عن`/`على` may stand before an article
//!   or a bar noun (`لا يقل عددها عن الـ50`, `يقل كثيرا عن مستوى 50 نقطة`), and `يربو`
//!   takes `عن` like `يزيد`. None of it crosses a mark or another number.

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

/// Nouns that name a quantity, at the head of the subject of a verb of exceeding
/// (`تجاوز عدد الزوار`, `لا يقل العدد المصرح به عن`, `تتجاوز درجة حرارة الجو`), also with
/// a pronoun clitic (`عمره`, `قيمتها`, `أعدادهم`): the number after the subject is its value.
const HEADS: &[&str] = &[
    "عدد",
    "اعداد",
    "العدد",
    "حجم",
    "قيمه",
    "نسبه",
    "اجمالي",
    "مجموع",
    "عمر",
    "اعمار",
    "سعر",
    "كميه",
    "مساحه",
    "طول",
    "عمق",
    "وزن",
    "تكلفه",
    "كلفه",
    "متوسط",
    "معدل",
    "درجه",
    "درجات",
];

/// Whether `key` is a quantity noun of [`HEADS`], bare or with a pronoun clitic (the ta
/// marbuta is written `ت` before it: `قيمتها`).
pub(super) fn quantity_head(key: &str) -> bool {
    if HEADS.contains(&key) {
        return true;
    }
    ["هما", "هم", "هن", "ها", "ه"].iter().any(|p| {
        key.strip_suffix(p).is_some_and(|stem| {
            stem.chars().count() >= 3
                && (HEADS.contains(&stem)
                    || stem
                        .strip_suffix('ت')
                        .is_some_and(|s| HEADS.iter().any(|h| h.strip_suffix('ه') == Some(s))))
        })
    })
}

/// A quantity head at `k`, or after a pronoun-bearing preposition there
/// (`تخطى فيها سعر الصهريج 250 ريالا`, `لا يقل فيها عمق المياه عن 30 مترا`).
pub(super) fn head_at(tokens: &[Token<'_>], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).filter(|t| t.kind == TokenKind::Word);
    word(k).is_some_and(|t| quantity_head(&t.key))
        || word(k).is_some_and(|t| matches!(t.key.as_str(), "فيها" | "فيه" | "منها" | "منه"))
            && word(k + 1).is_some_and(|t| quantity_head(&t.key))
        || super::ar92::head_at(tokens, k)
}

/// A qualifier from `first` to `last` before the bracket that opens at `i - 1` on the number
/// at `i`: a short one (`تجاوزت ( 89% )`, `لا يتجاوز عددهم (300)`), or a verb and its
/// subject when the bracket closes right on the digits (`لا يتجاوز عدد الطلاب (300) طالب`).
/// A longer one before an amount in brackets with its words is a parenthesis on the subject
/// (`لا تتجاوز نسبة القروض على الأفراد (98.1 مليار ريال) نسبة 7.4 في المائة`).
pub(super) fn before_bracket(tokens: &[Token<'_>], first: usize, last: usize, i: usize) -> bool {
    last.saturating_sub(first) < 3
        || tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
}
