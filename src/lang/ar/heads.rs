//! The counted noun of a bare number said elsewhere than right after it:
//! - before it, as the head of `عدد` (`ارتفع عدد القتلى إلى 45`, `بلغ عدد الضحايا 30`,
//!   `وصل عدد سكان المدينة إلى 5 ملايين`): what the number of is counted;
//! - after a partitive `من` whose plural the shape rules miss (`25 من قوات الصاعقة`,
//!   `ثلاثة من الأساتذة`, `قتل 3 من طاقمه`, `اثنين من كبار القادة`).
//!
//! Also one side of a score in figures after a verb of winning (`الفوز 2 1`, `فاز 3 0`,
//! `بنتيجة 2 مقابل 1`), which claims nothing.
//!
//! Every look is a fixed number of tokens either side of the number.

use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use super::units::{self, Plurality, UnitKind, UnitMatch};
use super::{Ctx, key_set, looks_plural, numbers, possessed_plural, sound_plural_noun};
use crate::lang::KeySet;

/// Broken plurals (and a few collective nouns) of people and things that news counts after
/// a partitive `من` or as the head of `عدد`, whose shape the general rules do not take
/// (four letters, or a final ta marbuta that singulars end in too).
const BROKEN_PLURALS: &[&str] = &[
    "قوات",
    "قادة",
    "زعماء",
    "سفراء",
    "علماء",
    "أساتذة",
    "طلبة",
    "قضاة",
    "رعاة",
    "دعاة",
    "حراس",
    "عمال",
    "ضباط",
    "أطباء",
    "وزراء",
    "أمراء",
    "شعراء",
    "خبراء",
    "نواب",
    "نشطاء",
    "رجال",
    "نساء",
    "شباب",
    "سكان",
    "ثوار",
    "طلاب",
    "طاقم",
    "مرضى",
    "أسرى",
    "جرحى",
    "قتلى",
    "موتى",
    "ضحايا",
    "رهائن",
    "أبناء",
    "أعضاء",
    "فقهاء",
    "وكلاء",
    "عملاء",
    "زملاء",
    "رفاق",
    "كوادر",
    "ركاب",
    "حجاج",
    "زوار",
    "تجار",
    "سجناء",
    "لاجئي",
];

static BROKEN_KEYS: LazyLock<KeySet> = LazyLock::new(|| key_set(BROKEN_PLURALS));

/// Whether `key` (without the article) is one of [`BROKEN_PLURALS`].
pub(super) fn broken_plural(key: &str) -> bool {
    BROKEN_KEYS.contains(key)
}

/// Elatives in construct before the counted noun: `اثنين من كبار القادة`, `ثلاثة من أبرز
/// قيادات`, `ثلاث من أهم مدارس`.
const ELATIVES: &[&str] = &[
    "كبار", "أبرز", "أهم", "أكبر", "أفضل", "أشهر", "أقدم", "أخطر", "أغنى", "أقوى", "أمهر",
];

static ELATIVE_KEYS: LazyLock<KeySet> = LazyLock::new(|| key_set(ELATIVES));

/// The word at token `k` as a plural count noun of the lexicon (`قوات`, `الجنود`), alone.
pub(super) fn listed_plural(ctx: &Ctx<'_, '_>, k: usize) -> Option<UnitMatch> {
    units::lookup(&ctx.keys[k..=k]).filter(|u| {
        u.kind == UnitKind::Count
            && !u.proclitic
            && u.words == 1
            && u.plurality == Plurality::Plural
    })
}

/// The plural of people or things at token `k` (with the article, in construct, or with a
/// possessive suffix): the lexicon's plural count unit, or the key of an unknown noun.
fn plural_at(ctx: &Ctx<'_, '_>, k: usize) -> Option<Result<UnitMatch, String>> {
    let t = ctx.tokens.get(k)?;
    if t.kind != TokenKind::Word || numbers::is_number_word(t) {
        return None;
    }
    if let Some(u) = listed_plural(ctx, k) {
        return Some(Ok(u));
    }
    let key = t.key.as_str();
    let stem = key.strip_prefix("ال").unwrap_or(key);
    if BROKEN_KEYS.contains(stem) {
        return Some(Err(stem.to_string()));
    }
    // `طاقمه`, `قادتها`: a listed plural with a possessive suffix.
    for suffix in ["هما", "هم", "هن", "ها", "ه"] {
        if let Some(bare) = key.strip_suffix(suffix) {
            let bare = bare
                .strip_suffix('ت')
                .map_or(bare.to_string(), |b| format!("{b}ه"));
            if BROKEN_KEYS.contains(bare.as_str()) {
                return Some(Err(bare));
            }
        }
    }
    None
}

/// The counted noun after a partitive `من` at token `j` (the word after `من`) that the
/// partitive rules left: a listed broken plural (`قوات`, `الأساتذة`, `طاقمه`), or any plural
/// after an elative in construct (`كبار القادة`, `أبرز قيادات`). The noun and its token.
pub(super) fn partitive(ctx: &Ctx<'_, '_>, j: usize) -> Option<(Result<UnitMatch, String>, usize)> {
    if let Some(found) = plural_at(ctx, j) {
        return Some((found, j));
    }
    let t = ctx.tokens.get(j)?;
    if t.kind != TokenKind::Word || !ELATIVE_KEYS.contains(t.key.as_str()) {
        return None;
    }
    let k = j + 1;
    if let Some(found) = plural_at(ctx, k) {
        return Some((found, k));
    }
    let next = ctx.tokens.get(k)?;
    let key = next.key.as_str();
    let stem = key.strip_prefix("ال").unwrap_or(key);
    (next.kind == TokenKind::Word && (sound_plural_noun(stem) || looks_plural(stem)))
        .then(|| (Err(stem.to_string()), k))
}

/// Verbs of reaching and changing between `عدد X` and its number (`عدد القتلى ارتفع إلى`).
const CHANGE_VERBS: &[&str] = &[
    "ارتفع",
    "وصل",
    "بلغ",
    "تجاوز",
    "زاد",
    "يبلغ",
    "يصل",
    "ليصل",
    "ليرتفع",
    "ليبلغ",
    "فاق",
    "يتجاوز",
    "يفوق",
    "تراجع",
    "انخفض",
    "قفز",
    "تخطى",
    "يقدر",
    "قدر",
    "يتراوح",
    "ناهز",
];

static CHANGE_KEYS: LazyLock<KeySet> = LazyLock::new(|| key_set(CHANGE_VERBS));

/// `ارتفع عدد القتلى إلى 45`, `بلغ عدد الضحايا 30`, `عدد سكان المدينة يبلغ 5 ملايين`: the
/// plural after `عدد` a few words before the number (which starts, with its qualifier, at
/// `first`) is what it counts. Between the plural and the number: at most a definite word
/// (an adjective or a genitive), a verb of change and `إلى`. The noun and its token.
pub(super) fn head_before(
    ctx: &Ctx<'_, '_>,
    first: usize,
    value: f64,
) -> Option<(Result<UnitMatch, String>, usize)> {
    let tokens = ctx.tokens;
    if value <= 0.0 || value.fract() != 0.0 {
        return None;
    }
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    let mut k = first.checked_sub(1)?;
    if word(k).is_some_and(|t| t.key == "الي") {
        k = k.checked_sub(1)?;
    }
    if word(k).is_some_and(|t| t.stems().any(|(_, s)| CHANGE_KEYS.contains(s))) {
        k = k.checked_sub(1)?;
    }
    // The plural right after `عدد`, or a definite word after it.
    for x in [k, k.checked_sub(1)?] {
        let Some(p) = x.checked_sub(1) else { break };
        let head = word(p).is_some_and(|t| t.stems().any(|(_, s)| s == "عدد"));
        if !head {
            continue;
        }
        if x != k
            && !word(k).is_some_and(|t| t.key.starts_with("ال") && !numbers::is_number_word(t))
        {
            return None;
        }
        if let Some(found) = plural_at(ctx, x) {
            return Some((found, x));
        }
        let t = word(x)?;
        if let Some(stem) = t.key.strip_prefix("ال")
            && (sound_plural_noun(stem) || looks_plural(stem))
        {
            return Some((Err(stem.to_string()), x));
        }
        if let Some(key) = possessed_plural(t) {
            return Some((super::plural_unit(key), x));
        }
        return None;
    }
    None
}

/// Score verbs and nouns besides [`super::SCORE_VERBS`]: `الفوز 2 1`, `بالخسارة 3 0`.
const SCORE_NOUNS: &[&str] = &["فوز", "خساره", "هزيمه", "تعادل"];

/// `الفوز 2 1`, `فاز عليه 3 0`, `بنتيجة 2 مقابل 1`: two small numbers (0–20) side by side
/// or with `مقابل` between, a verb or noun of winning a few words before: the score of a
/// match. The token after the second number.
pub(super) fn spaced_score(
    tokens: &[Token<'_>],
    i: usize,
    side: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let small = |k: usize| side(k) && tokens[k].number().is_some_and(|v| v <= 20.0);
    if !small(i) {
        return None;
    }
    let second = if small(i + 1) {
        i + 1
    } else if tokens.get(i + 1).is_some_and(|t| t.key == "مقابل") && small(i + 2) {
        i + 2
    } else {
        return None;
    };
    // (Not a run of numbers: `2 1 3`.)
    if tokens
        .get(second + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Number { .. }))
    {
        return None;
    }
    let cue = (i.saturating_sub(4)..i).any(|k| {
        let t = &tokens[k];
        t.kind == TokenKind::Word
            && (t.key.ends_with("نتيجه")
                || t.stems()
                    .any(|(_, s)| super::SCORE_VERBS.contains(&s) || SCORE_NOUNS.contains(&s)))
    });
    cue.then_some(second + 1)
}

/// `(7) سبعة من رجال`, `تزن (681) ستمائة وواحد وثمانون جراما`: digits in round brackets
/// restated in words right after them, as official statements write a number twice. The
/// words carry the claim (with what they count); the digits are passed over. The token
/// after the closing bracket.
pub(super) fn restated(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let TokenKind::Number {
        value,
        percent: false,
    } = tokens.get(i)?.kind
    else {
        return None;
    };
    let bracket = |k: usize, c: char| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(p) if p == c))
    };
    if i == 0 || !bracket(i - 1, '(') || !bracket(i + 1, ')') {
        return None;
    }
    let words = numbers::parse_at(tokens, i + 2)?;
    (words.in_words
        && words.first == i + 2
        && !words.percent
        && !words.vague
        && words.value == value
        && tokens[i + 2].number().is_none())
    .then_some(i + 2)
}

/// Stems that, with a pronoun suffix (`معظمهم`, `إحداهم`), are no counted noun.
const SUFFIXED_STEMS: &[&str] = &["معظم", "احدا", "بعض", "جميع", "كل", "قول", "موقف", "اغلب"];

/// `إصاباتهم`, `جلستهم`, `حياتهم`, `معظمهم`: a feminine noun or a quantifier with a
/// pronoun suffix (`هم`, `هن`, `هما`), which a number before it does not count (`أسهم`,
/// `تهم` are plurals of their own).
pub(super) fn suffixed_noun(key: &str) -> bool {
    let Some(stem) = ["هما", "هم", "هن"].iter().find_map(|s| key.strip_suffix(s)) else {
        return false;
    };
    stem.chars().count() >= 3 && stem.ends_with('ت') || SUFFIXED_STEMS.contains(&stem)
}

/// `واحدا من بين كل أربعة أطفال`, `تسع هواتف من بين كل عشرة هواتف`: the number after
/// `من كل` or `من بين كل` is the denominator of a ratio whose first count stands before
/// it, not a count of its own. The token after it (with its noun read as part of it).
pub(super) fn ratio_denominator(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let key = |k: usize| tokens.get(k).map(|t| t.key.as_str());
    let kull = i.checked_sub(1)?;
    if key(kull) != Some("كل") {
        return None;
    }
    let min = if key(kull.checked_sub(1)?) == Some("من") {
        kull - 1
    } else if key(kull - 1) == Some("بين") && key(kull.checked_sub(2)?) == Some("من") {
        kull - 2
    } else {
        return None;
    };
    // The first count: a number or «one» (`واحدا`, `واحدة`) a word or two before `من`.
    let counted = (min.saturating_sub(2)..min).any(|k| {
        tokens[k].number().is_some()
            || numbers::is_number_word(&tokens[k])
            || tokens[k].stems().any(|(_, s)| s.starts_with("واحد"))
    });
    let n = numbers::parse_at(tokens, i)?;
    (counted && n.first == i && !n.percent).then_some(n.last + 1)
}
