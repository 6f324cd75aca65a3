//! More qualifiers and counted-noun checks (ar62): `تحت` «under» before a price, a
//! rate or an age (but not an age category, `منتخب … تحت 17 عاما`); `دون` before an
//! ordinal age (`الأطفال دون الخامسة`); the words a trailing `على الأقل` may reach
//! across; a word with a pronoun suffix after a definite number (`الدول الأعضاء الـ188
//! تلبيتها`), which is not its counted noun; a partitive after a number in brackets
//! (`( 2199 ) من المتقدمين`).

use std::sync::LazyLock;

use super::numbers;
use super::qualifiers::Found;
use super::tokens::{Token, TokenKind, word};
use crate::model::Qualifier;
use crate::normalize;

fn keys(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| normalize::key(w)).collect()
}

/// Stems of the words that make `تحت N` a category's label (an age group, a weight
/// class) rather than a bound: `منتخب … تحت 17 عاما`, `بطولة آسيا تحت 23 سنة`,
/// `لاعبي … تحت 20`, `وزن تحت 68 كجم`.
const CATEGORY: &[&str] = &[
    "منتخب",
    "المنتخب",
    "منتخبات",
    "فئة",
    "الفئة",
    "فئات",
    "بطولة",
    "البطولة",
    "بطولات",
    "كأس",
    "الكأس",
    "لاعب",
    "اللاعب",
    "لاعبي",
    "لاعبو",
    "لاعبين",
    "فريق",
    "الفريق",
    "ناشئين",
    "الناشئين",
    "الناشئون",
    "شباب",
    "الشباب",
    "تصفيات",
    "دوري",
    "الدوري",
    "مسابقة",
    "كرة",
    "الكرة",
    "وزن",
    "الوزن",
    "أوزان",
    "الأولمبي",
    "أولمبي",
    "بعثة",
    "مدرب",
    "قائد",
    "كابتن",
    "الاتحاد",
    "للتنس",
    "التنس",
    "دورة",
    "الدورة",
    "نجم",
    "ذهبية",
    "السوبر",
    "الملاعب",
    "ميدالية",
    "لقب",
    "نادي",
    "النادي",
];

static CATEGORY_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(CATEGORY));

/// Keys of the words of years after an age.
const YEAR_WORDS: &[&str] = &["عاما", "عام", "سنه", "سنوات", "اعوام", "سنين", "عاماً"];

/// Whether a word of [`CATEGORY`] (with a proclitic or not) stands up to twelve tokens
/// before token `p`, in the same sentence.
fn category_before(tokens: &[Token<'_>], p: usize) -> bool {
    let set = &*CATEGORY_KEYS;
    for k in (p.saturating_sub(12)..p).rev() {
        let t = &tokens[k];
        match t.kind {
            TokenKind::Punct('.' | '؛' | '!' | '؟' | '?' | '\n') => return false,
            TokenKind::Word if t.stems().any(|(_, s)| set.iter().any(|c| c == s)) => {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// `تحت ٦٠ دولارا`, `تحت 30 عاما`, `تحت الـ50 دولارا`: «under» right before a number in
/// digits (or a cardinal in words before a word of years, `تحت خمس سنوات`) at token `i`,
/// a bound, less than. Not an age group or a weight class (a word of [`CATEGORY`] a few
/// words before: `المنتخب السعودي للتنس تحت 14 سنة`, `وزن تحت 68 كجم`), and not `تحت`
/// with nothing numeric (`تحت راية واحدة`).
pub fn tahta(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let mut p = i.checked_sub(1)?;
    if matches!(tokens[p].key.as_str(), "ال" | "الـ") {
        p = p.checked_sub(1)?;
    }
    let t = word(tokens, p)?;
    if !matches!(t.key.as_str(), "تحت" | "وتحت") {
        return None;
    }
    let n = &tokens[i];
    let numeric = match n.kind {
        TokenKind::Number { .. } => true,
        TokenKind::Word => {
            numbers::is_number_word(n)
                && n.key != "واحده"
                && n.key != "واحد"
                && tokens[i + 1..]
                    .iter()
                    .take(3)
                    .any(|t| YEAR_WORDS.contains(&t.key.as_str()))
        }
        _ => false,
    };
    // (`تحت 37 درجة من الحرارة`: in the heat of, not below.)
    let degrees = tokens[i + 1..]
        .iter()
        .take(2)
        .any(|t| t.stems().any(|(_, s)| s.starts_with("درج")));
    if !numeric || degrees || category_before(tokens, p) {
        return None;
    }
    let clitic = usize::from(t.key.starts_with('و'));
    Some(Found {
        qualifier: Qualifier::LessThan,
        first: p,
        last: i - 1,
        start: t.offset_after_key_chars(clitic),
        end: tokens[i - 1].end,
    })
}

/// Nouns of people whose age `دون`/`تحت` and an ordinal may give: `الأطفال دون الخامسة`,
/// `طفل دون الثامنة`, `لمن هم دون الثامنة عشرة`.
const YOUNG: &[&str] = &[
    "طفل",
    "طفلة",
    "أطفال",
    "الطفل",
    "الطفلة",
    "الأطفال",
    "فتاة",
    "فتيات",
    "الفتيات",
    "قاصر",
    "قاصرين",
    "القاصرين",
    "صغار",
    "الصغار",
    "أولاد",
    "الأولاد",
    "بنات",
    "البنات",
    "أبناء",
    "الأبناء",
    "مراهقين",
    "المراهقين",
    "هم",
    "هن",
    "كان",
    "كانوا",
    "وهو",
    "وهي",
    "هو",
    "هي",
    "عمر",
    "أعمار",
    "أعمارهم",
];

static YOUNG_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(YOUNG));

/// `الأطفال دون الخامسة`, `لمن هم دون الثامنة عشرة`: `دون`/`تحت` (token `fi`) before a
/// definite feminine ordinal (or tens word) at `first`, a noun of young people or a
/// pronoun up to two words before: an age below that many years.
pub fn below_age(tokens: &[Token<'_>], fi: usize, first: usize, value: u32) -> bool {
    let Some(t) = word(tokens, fi) else {
        return false;
    };
    if !matches!(t.key.as_str(), "دون" | "ودون" | "تحت" | "وتحت") || !(2..=90).contains(&value)
    {
        return false;
    }
    let o = &tokens[first];
    let feminine =
        o.key.starts_with("ال") && (o.key.ends_with('ه') || value >= 20 && value % 10 == 0);
    if !feminine {
        return false;
    }
    let set = &*YOUNG_KEYS;
    (fi.saturating_sub(2)..fi).any(|k| {
        word(tokens, k).is_some_and(|w| w.stems().any(|(_, s)| set.iter().any(|y| y == s)))
    })
}

/// Words of a whole in construct before a definite noun (`من مجموع الاشتراكات`, `من
/// إجمالي السكان`) that a trailing `على الأقل` may reach across.
const WHOLE: &[&str] = &[
    "مجموع",
    "إجمالي",
    "اجمالي",
    "جملة",
    "عدد",
    "حجم",
    "قيمة",
    "كل",
    "جميع",
];

static WHOLE_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(WHOLE));

/// Whether token `k` (after the number and its noun, which end at `i - 1`) may stand
/// before a trailing `على الأقل`/`تقريبا` besides the modifiers [`super::noun_modifier`]
/// knows: a whole in construct after `من`/`في` (`30 % من مجموع الاشتراكات على الأقل`), a
/// partitive with a pronoun (`أربعة منهم على الأقل`), the closing quote of a quoted count
/// (`"ثلاثة طلبات" على الأقل`).
pub fn trailing_gap(tokens: &[Token<'_>], k: usize, i: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    match t.kind {
        TokenKind::Punct('"' | '»' | '”' | ')') => k == i,
        TokenKind::Word => {
            if is_pronoun_partitive(t) {
                return true;
            }
            k > i
                && matches!(tokens[k - 1].key.as_str(), "من" | "في")
                && WHOLE_KEYS.contains(&t.key)
                && word(tokens, k + 1).is_some_and(|n| n.key.starts_with("ال"))
        }
        _ => false,
    }
}

/// `منهم`, `منها`, `منهن`, `منهما`: a partitive with a pronoun.
pub fn is_pronoun_partitive(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && matches!(t.key.as_str(), "منهم" | "منها" | "منهن" | "منهما")
}

/// `الدول الأعضاء الـ188 تلبيتها`, `جميع قطاعاته الـ15 تصدرها`: a number at `i` with the
/// article apart before it, after a definite word (or a plural with a pronoun) — the
/// number is that noun's adjective — and a word at `j` after it that is not its counted
/// noun: one with an attached pronoun (`تلبيتها`, `دعمهم`), one with the preposition
/// `ل` in construct (`لكرة القدم`, `لمنتخبات الشباب`) or a feminine adjective
/// (`مستمرة`, `منخفضة`).
pub fn not_counted_after_definite(tokens: &[Token<'_>], i: usize, j: usize) -> bool {
    if i < 2 || !matches!(tokens[i - 1].key.as_str(), "ال" | "الـ") {
        return false;
    }
    let Some(head) = word(tokens, i - 2) else {
        return false;
    };
    let hk = head.key.as_str();
    let definite_head = head
        .stems()
        .any(|(p, s)| p.ends_with("ال") && s.chars().count() >= 3)
        || ["ه", "ها", "هم"].iter().any(|e| hk.ends_with(e)) && hk.chars().count() >= 5;
    if !definite_head {
        return false;
    }
    let Some(t) = word(tokens, j) else {
        return false;
    };
    let text = t
        .text
        .trim_end_matches(|c: char| matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'));
    let pronoun =
        ["ها", "هم", "هما", "هن"].iter().any(|e| text.ends_with(e)) && t.key.chars().count() >= 5;
    let lam_construct = t.key.starts_with('ل')
        && !t.key.starts_with("لل")
        && t.key.chars().count() >= 4
        && word(tokens, j + 1).is_some_and(|n| n.key.starts_with("ال"));
    let lam_period = matches!(t.key.as_str(), "لمده" | "لفتره");
    let adjective = text.ends_with('ة') && t.key.starts_with('م') && t.key.chars().count() >= 5;
    pronoun || lam_construct || lam_period || adjective
}

/// `أسماء ( 2199 ) من المتقدمين والمتقدمات`: after the closing bracket at `close`, a
/// partitive `من` and a definite plural (a sound plural or one of the lexicon).
pub fn bracket_partitive(tokens: &[Token<'_>], close: usize) -> bool {
    if tokens.get(close + 1).is_none_or(|t| t.key != "من") {
        return false;
    }
    let Some(t) = word(tokens, close + 2) else {
        return false;
    };
    let Some(stem) = t.key.strip_prefix("ال") else {
        return false;
    };
    stem.chars().count() >= 4
        && (["ين", "ون", "ات"].iter().any(|e| stem.ends_with(e))
            || super::units::lookup(&[t.key.as_str()]).is_some_and(|u| {
                u.definite && !u.proclitic && u.plurality == super::units::Plurality::Plural
            }))
}

/// Nouns with the preposition `ك` «as» before `واحد`/`واحدة`: `كفريق واحد`, `كأسرة واحدة`
/// (as one team, as one family) — a manner, not a count.
const AS_ONE: &[&str] = &[
    "كفريق",
    "كوحدة",
    "كأسرة",
    "كاسرة",
    "كعائلة",
    "كرجل",
    "كشخص",
    "ككتلة",
    "كجسد",
    "كيد",
    "كصف",
    "كشعب",
    "كدولة",
    "ككيان",
    "كبلد",
    "كأمة",
    "كمنظومة",
    "كجسم",
];

static AS_ONE_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(AS_ONE));

/// `تحت مظلة واحدة`, `تحت راية واحدة`, `على قلب رجل واحد`, `كفريق واحد`:
/// idioms of unity whose `واحد`/`واحدة` at token `i` (after its noun) counts nothing.
pub fn one_idiom(tokens: &[Token<'_>], i: usize) -> bool {
    if i == 0 || !matches!(tokens[i].key.as_str(), "واحد" | "واحده") {
        return false;
    }
    let Some(noun) = word(tokens, i - 1) else {
        return false;
    };
    if AS_ONE_KEYS.contains(&noun.key) {
        return true;
    }
    let before = i.checked_sub(2).and_then(|k| word(tokens, k));
    before.is_some_and(|b| matches!(b.key.as_str(), "تحت" | "وتحت" | "قلب"))
}

/// [`one_idiom`] with adjectives between the noun at token `q` and the «one» (ar134):
/// `تحت مظلة إدارية واحدة`, `كفريق عربي واحد`.
pub fn one_idiom_noun(tokens: &[Token<'_>], q: usize) -> bool {
    let Some(noun) = word(tokens, q) else {
        return false;
    };
    AS_ONE_KEYS.contains(&noun.key)
        || q.checked_sub(1)
            .and_then(|k| word(tokens, k))
            .is_some_and(|b| matches!(b.key.as_str(), "تحت" | "وتحت" | "قلب"))
}
