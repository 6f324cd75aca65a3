//! Numbers that are names, identifiers, ranks and editions (ar69, from hand judges of
//! random Arabic claims); every look is a fixed few tokens either side of the number:
//! - an identifier claims nothing ([`identifier`]): a resolution's number after a plural
//!   or dual of «resolution» and the whole list that follows (`القرارات 1696 و1737
//!   و1929`), or after `قرار` with the body that passed it or `رقم` between (`قرار الأمم
//!   المتحدة 2216`, `بالقرار الأممي 2216`, `قرارا دوليا رقمه 2216`); a standard's year
//!   after its number and a colon (`ISO27001:2013`, `ISO 9001:2008`); a label's number
//!   between slashes (`المادة / 17 /`);
//! - the article apart and digits after a noun of a series, a rank or a session
//!   ([`series_before_article`]: `الدورة الـ37`, `جلسته الـ57`, `لقبه الـ14`, `الندوة
//!   الـ12`, `عيد ميلاده الـ54`) rank it: an ordinal, not a bare number;
//! - an ordinal right after a foreign personal name of two words or more is a regnal or
//!   generational number, part of the name ([`name_ordinal`]: `ستافروس نياركوس الثالث`,
//!   `كارل جوستاف السادس عشر`), outside a sports sentence, where it would be a seed;
//! - a number word that is a name ([`name_number`]): after `بن`, `أبو` (`بن صفر`, `أبو
//!   اثنين`), the surname Stone (`روجر ستون`, `وأوضح ستون`), and Monday written apart
//!   (`يوم اثنين`, `كل يوم ال اثنين`).

use std::sync::LazyLock;

use super::tokens::{Token, TokenKind, punct, word};
use super::units::{self, Plurality};
use super::{Ctx, key_set, nothing_counted, numbers, ordinals, subject};
use crate::lang::KeySet;

/// A whole number in digits at token `k` (not a percent).
fn whole(tokens: &[Token<'_>], k: usize) -> Option<f64> {
    match tokens.get(k)?.kind {
        TokenKind::Number {
            percent: false,
            value,
        } if value.fract() == 0.0 && value >= 1.0 => Some(value),
        _ => None,
    }
}

/// «Resolution» (stems' keys): the singular, and the plural and dual that name a list.
const RESOLUTION_ONE: &[&str] = &["قرار", "قرارا"];
const RESOLUTIONS: &[&str] = &["قرارات", "قراري", "قرارين", "قراران"];

/// Words (keys) between «resolution» and its number: the body that passed it, `رقم`.
const RESOLUTION_FILLERS: &[&str] = &[
    "مجلس",
    "الأمن",
    "الدولي",
    "الدولية",
    "دوليا",
    "دولي",
    "الأممي",
    "الأممية",
    "أمميا",
    "أممي",
    "الأمم",
    "المتحدة",
    "رقم",
    "رقمه",
    "ذي",
    "ذو",
    "الرقم",
    "بالرقم",
    "أرقام",
];
static FILLER_KEYS: LazyLock<KeySet> = LazyLock::new(|| key_set(RESOLUTION_FILLERS));

/// A number at token `i` that identifies something (see the module's doc), and the token
/// after the identifier (or after the whole list of them).
pub(super) fn identifier(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let value = whole(tokens, i)?;
    resolution(ctx, i, value)
        .or_else(|| standard_year(tokens, i))
        .or_else(|| slashed_label(ctx, i))
}

fn resolution(ctx: &Ctx<'_, '_>, i: usize, value: f64) -> Option<usize> {
    let tokens = ctx.tokens;
    // Back over the fillers (three at most) to the word of «resolution».
    let mut k = i;
    let mut fillers = 0;
    let mut body = false;
    while fillers < 3
        && k >= 1
        && word(tokens, k - 1).is_some_and(|t| FILLER_KEYS.contains(t.key.as_str()))
    {
        k -= 1;
        fillers += 1;
        body |= !tokens[k].key.contains("رقم") && !matches!(tokens[k].key.as_str(), "ذي" | "ذو");
    }
    let head = word(tokens, k.checked_sub(1)?)?;
    let plural = head.stems().any(|(_, s)| RESOLUTIONS.contains(&s));
    let one = !plural && head.stems().any(|(_, s)| RESOLUTION_ONE.contains(&s));
    // A singular with nothing or `رقم` between is read in [`super::not_a_claim`]; here
    // only with the body that passed it (`قرار الأمم المتحدة 2216`, `قرارا دوليا رقمه`).
    if !(plural || one && body) {
        return None;
    }
    // (`صدر قرار 2015`, `قرارات 2014`: a year-shaped number is a resolution's only where
    // the sentence names the Security Council or the United Nations.)
    let year_shaped = (1900.0..=2035.0).contains(&value);
    if year_shaped
        && fillers == 0
        && !tokens
            .iter()
            .any(|w| matches!(w.key.as_str(), "مجلس" | "الامم" | "الامن"))
    {
        return None;
    }
    // (`قرار مجلس الأمن 2216 لعام 2015`: the year it was passed follows, a date.)
    let year_after = word(tokens, i + 1).is_some_and(|t| matches!(t.key.as_str(), "لعام" | "لسنه"))
        && whole(tokens, i + 2).is_some();
    if year_after {
        return Some(i + 1);
    }
    if !free_after(ctx, i + 1) {
        return None;
    }
    // The list after it: `و1737`, `، 1747`, `/2015`.
    let mut next = i + 1;
    loop {
        let mut j = next;
        if punct(tokens, j, &['/']) && whole(tokens, j + 1).is_some() && one {
            next = j + 2;
            continue;
        }
        if !plural {
            break;
        }
        if punct(tokens, j, &['،', ',']) {
            j += 1;
        }
        if word(tokens, j).is_some_and(|t| t.key == "و") {
            j += 1;
        }
        if j > next && whole(tokens, j).is_some() && free_after(ctx, j + 1) {
            next = j + 1;
        } else {
            break;
        }
    }
    Some(next)
}

/// Nothing counted from token `k` on (no unit, no currency, no scale word).
fn free_after(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    nothing_counted(ctx, k) && !ctx.tokens.get(k).is_some_and(numbers::is_multiplier)
}

/// `ISO27001:2013`, `ISO 9001:2008`: the year after a standard's number and a colon,
/// glued to it.
fn standard_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let colon = i.checked_sub(1)?;
    let number = colon.checked_sub(1)?;
    if !punct(tokens, colon, &[':'])
        || tokens[colon].start != tokens[number].end
        || tokens[colon].end != tokens[i].start
    {
        return None;
    }
    let latin_letters = |t: &Token<'_>| {
        t.kind == TokenKind::Latin && t.text.chars().any(|c| c.is_ascii_uppercase())
    };
    let n = &tokens[number];
    // `ISO27001` in one token, or the letters before the number (`ISO 9001`).
    let digits = n.text.chars().filter(char::is_ascii_digit).count();
    let named = matches!(n.kind, TokenKind::Latin | TokenKind::Number { .. })
        && digits >= 3
        && (latin_letters(n)
            || number
                .checked_sub(1)
                .is_some_and(|p| latin_letters(&tokens[p])));
    named.then_some(i + 1)
}

/// `المادة / 17 /`: a label's number between slashes.
fn slashed_label(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let slash = i.checked_sub(1)?;
    if !punct(tokens, slash, &['/']) {
        return None;
    }
    let label = word(tokens, slash.checked_sub(1)?)?;
    if !label.stems().any(|(_, s)| super::CODE_KEYS.contains(s)) {
        return None;
    }
    let close = usize::from(punct(tokens, i + 1, &['/']));
    free_after(ctx, i + 1 + close).then_some(i + 1 + close)
}

/// Nouns (stems' keys, after any proclitic) of a series, a rank or a session that the
/// article apart and digits after them rank (`الندوة الـ12`, `جلسته الـ57`).
const SERIES: &[&str] = &[
    "دورة",
    "نسخة",
    "بطولة",
    "ذكرى",
    "جولة",
    "أسبوع",
    "قمة",
    "اجتماع",
    "جلسة",
    "ندوة",
    "سباق",
    "شوط",
    "دوري",
    "لقب",
    "موسم",
    "حلقة",
    "مسابقة",
    "مرتبة",
    "مركز",
    "ملتقى",
    "مؤتمر",
    "منتدى",
    "مهرجان",
    "مخيم",
    "معرض",
    "ميلاد",
    "ولاية",
    "دفعة",
    "فوج",
    "طبعة",
    "إصدار",
    "محافظة",
    "فائز",
    "رئاسة",
    "سنوي",
    "شهري",
    "أسبوعي",
];
static SERIES_KEYS: LazyLock<KeySet> = LazyLock::new(|| key_set(SERIES));

/// Whether the word at token `k` is a noun of [`SERIES`] (with a proclitic, the article or
/// a possessive suffix: `والدورة`, `بدورتها`, `لقبه`).
fn series_noun(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    t.stems().any(|(_, s)| {
        SERIES_KEYS.contains(s) || {
            // A possessive suffix: `جلسته` → `جلسه`, `لقبه` → `لقب`, `دورتها` → `دوره`.
            ["ها", "هم", "ه"].iter().any(|suffix| {
                s.strip_suffix(suffix).is_some_and(|base| {
                    base.chars().count() >= 2
                        && (SERIES_KEYS.contains(base)
                            || base
                                .strip_suffix('ت')
                                .is_some_and(|b| SERIES_KEYS.contains(format!("{b}ه").as_str())))
                })
            })
        }
    })
}

/// Whether the article apart at token `p` (`الـ` before the digits) follows a noun of
/// [`SERIES`], right before it or before one or two definite words that qualify it
/// (`المخيم الكشفي العالمي الـ23`, `جلسته العادية الـ58`); not after a genitive
/// (`اتهامات القتل الـ12` counts the charges). Not a day of the month (`اليوم الـ15
/// من شهر سبتمبر`).
pub(super) fn series_before_article(tokens: &[Token<'_>], p: usize) -> bool {
    let definite = |k: usize| {
        word(tokens, k).is_some_and(|t| {
            t.key.starts_with("ال") && !numbers::is_number_word(t) && !plural_looking(&t.key)
        })
    };
    let mut k = p;
    for _ in 0..3 {
        let Some(w) = k.checked_sub(1) else {
            return false;
        };
        let Some(t) = word(tokens, w) else {
            return false;
        };
        if series_noun(t) && !plural_looking(&t.key) {
            return true;
        }
        // (Only adjectives between: `ذكرى الضحايا الـ32` counts the victims.)
        if !definite(w) || !(t.key.ends_with('ي') || t.key.ends_with("يه")) {
            return false;
        }
        k = w;
    }
    false
}

/// A plural's look, after the article: sound plurals (`ات`, `ين`, `ون`) and the broken
/// plurals this reading meets (`الدول`, `الأسباب`).
fn plural_looking(key: &str) -> bool {
    let stem = key.strip_prefix("ال").unwrap_or(key);
    let n = stem.chars().count();
    n >= 4 && (stem.ends_with("ات") || stem.ends_with("ين") || stem.ends_with("ون"))
        || super::looks_plural(stem)
        || units::lookup(&[key]).is_some_and(|u| u.plurality == Plurality::Plural)
}

/// An ordinal at token `i` right after a foreign personal name of two words or more: a
/// regnal or generational number, part of the name; the token after it.
pub(super) fn name_ordinal(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = word(tokens, i)?;
    if !t.key.starts_with("ال") || i < 3 {
        return None;
    }
    let o = ordinals::parse_at(tokens, i)?;
    if o.first != i || o.cardinal || !(1..=30).contains(&o.value) {
        return None;
    }
    // Two name words before it, the first after a word (not a clause's start).
    let name = |k: usize| word(tokens, k).is_some_and(foreign_name_word);
    if !(name(i - 1) && name(i - 2)) || word(tokens, i - 3).is_none() {
        return None;
    }
    // (Not a seed or a place: `فاسيك بوسبيسيل الثاني 6 - 4`, `كارولين فوزنياكي الخامسة
    // عالميا`; nor `الأول من نوعه`.)
    let after = tokens.get(o.last + 1);
    if after.is_some_and(|a| {
        a.kind != TokenKind::Word && !matches!(a.kind, TokenKind::Punct('،' | ',' | '.' | '»'))
            || a.kind == TokenKind::Word
                && (super::RANK_SCOPES.contains(&a.key.as_str())
                    || matches!(a.key.as_str(), "من" | "في" | "علي" | "منذ" | "بين" | "عند"))
    }) || super::sport_sentence(tokens)
    {
        return None;
    }
    Some(o.last + 1)
}

/// Whether a word looks like part of a foreign personal name written in Arabic.
fn foreign_name_word(w: &Token<'_>) -> bool {
    let key = w.key.as_str();
    let n = key.chars().count();
    if n < 3 || key.starts_with("ال") || key.ends_with(['ه', 'ي', 'ا', 'ى']) {
        return false;
    }
    // (Not a short verb, `يعد`, `سيكون`, nor a proclitic on the article, `وباليد`.)
    if n <= 5 && key.starts_with(['ي', 'ت', 'ن', 'س', 'و', 'ف', 'ب', 'ل', 'ك']) {
        return false;
    }
    if w.stems()
        .any(|(p, s)| !p.is_empty() && (p.ends_with("ال") || s.starts_with("ال")))
    {
        return false;
    }
    // A foreign name's look: two long vowels or more after its first letter (`ستافروس`,
    // `نياركوس`), which Arabic nouns and verbs rarely have.
    let long_vowels = key
        .chars()
        .skip(1)
        .filter(|c| matches!(c, 'ا' | 'و' | 'ي'))
        .count();
    long_vowels >= 2
        && !["ين", "ون", "ات", "هم", "ها", "نا"]
            .iter()
            .any(|e| key.ends_with(e))
        && !subject::is_function_word(key)
        && !numbers::is_number_word(w)
        && units::lookup(&[key]).is_none()
        && w.text.chars().all(crate::lang::is_arabic_letter)
}

/// Words (keys) of a name's lineage before a number word that is the name: `بن صفر`,
/// `أبو اثنين`.
const LINEAGE: &[&str] = &["بن", "ابن", "ابو", "بنت"];

/// A number word at token `i` that is a name (see the module's doc), and the token after
/// it.
pub(super) fn name_number(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = word(tokens, i)?;
    if !numbers::is_number_word(t) {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|p| word(tokens, p));
    let next = tokens.get(i + 1);
    let counted_after = !nothing_counted(ctx, i + 1)
        || next.is_some_and(|n| {
            n.kind == TokenKind::Word
                // (`ستون مسيحيا`: a noun in the accusative after a ten is what it counts.)
                && (numbers::is_number_word(n)
                    || n.key.ends_with('ا') && n.key.chars().count() >= 4
                    || n.stems().any(|(_, s)| matches!(s, "من" | "منهم" | "منها" | "منهما")))
        });
    // `بن صفر`, `أبو اثنين`: a lineage.
    // (`وسامة ابن العشرين`: a definite number after `ابن` is an age.)
    if prev.is_some_and(|p| LINEAGE.contains(&p.key.as_str()))
        && !t.key.starts_with("ال")
        && !counted_after
    {
        return Some(i + 1);
    }
    // `يوم اثنين`, `كل يوم ال اثنين`: Monday.
    if t.key == "اثنين" {
        let day = |k: usize| word(tokens, k).is_some_and(|w| w.stems().any(|(_, s)| s == "يوم"));
        if i >= 1 && day(i - 1)
            || i >= 2 && prev.is_some_and(|p| matches!(p.key.as_str(), "ال" | "الـ")) && day(i - 2)
        {
            return Some(i + 1);
        }
    }
    // `روجر ستون`, `وأوضح ستون`: the surname Stone (sixty counts something after it, or
    // follows the hundreds: `وينحدر ستون منهم`, `مئة وستون`).
    if t.key == "ستون" && !counted_after {
        return Some(i + 1);
    }
    None
}
