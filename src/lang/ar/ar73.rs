//! What a number counts, and how sure it is (ar73, from hand judgements of random Arabic
//! claims). Each look is a fixed few tokens around the number or between two claims:
//!
//! - Compound vague numerals: `بضع وعشرون مقالة`, `بضعة وعشرين` (23–29), `بضعة عشر
//!   إرهابيا` (13–19), `نيف وثلاثون` (31–39) are one vague number whose noun follows it
//!   ([`tens_after_few`], [`nif_before`], [`compound_few`]); read apart, `بضع` was a bare
//!   3–9 and the tens an exact count of the noun.
//! - Verbs taken for the counted noun: a bare number before a present-tense verb (`25 تمثل
//!   حوالي 50%`, `1000 تدفع`, `ثلاث تعتبر`), a past `تفعّل` (`85 تلقى`), a past `أفعل` ending
//!   in `ى` (`50 مليونا أوصى`), or a present verb with an object pronoun (`8 مليارات
//!   ينفذها`) counts nothing after it ([`verb_form`]); an age (`دون سن 25 تمثل`) then
//!   stays an age.
//! - Duals whose lexicon sense is wrong in context ([`retune`]): `كليتين`, `الكليتان` near
//!   a word of medicine (`مزروعتين`, `زرع`, `الكبد`, `غسيل`) are two kidneys, not colleges;
//!   `البيتين`, `فالبيتان` near a poet or a verse's half (`للشاعر`, `عجزي`) are verses.
//! - An elided noun in a parallel conjunct: in `57 اجتماعا عاديا و4 طارئا` the second
//!   number counts the first one's noun (`اجتماعا`), and `طارئا` is its adjective
//!   ([`retune`]).
//! - Converted sums in brackets take the qualifier of the sum they convert: `نحو 90 مليار
//!   يورو (98.9 مليار دولار)` is about 98.9 billion dollars, `أكثر من 40 مليون يورو (44.24
//!   مليون دولار)` more than that ([`conversions`]).

use super::Ctx;
use super::numbers::{self, Num};
use super::tokens::{Token, TokenKind, word};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Keys of the tens 20–90, both cases.
const TENS: &[(&str, f64)] = &[
    ("عشرون", 20.0),
    ("عشرين", 20.0),
    ("ثلاثون", 30.0),
    ("ثلاثين", 30.0),
    ("اربعون", 40.0),
    ("اربعين", 40.0),
    ("خمسون", 50.0),
    ("خمسين", 50.0),
    ("ستون", 60.0),
    ("ستين", 60.0),
    ("سبعون", 70.0),
    ("سبعين", 70.0),
    ("ثمانون", 80.0),
    ("ثمانين", 80.0),
    ("تسعون", 90.0),
    ("تسعين", 90.0),
];

fn tens(key: &str) -> Option<f64> {
    TENS.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

/// The ten joined to `بضع`/`بضعة` at token `i`: `بضع وعشرون`, `بضعة و عشرين` (the tens, and
/// its token), or `بضعة عشر` (ten). The caller adds the few's 3–9.
pub(super) fn tens_after_few(tokens: &[Token<'_>], i: usize) -> Option<(usize, f64)> {
    let next = word(tokens, i + 1)?;
    match next.key.as_str() {
        "عشر" | "عشره" => Some((i + 1, 10.0)),
        "و" => Some((i + 2, tens(&word(tokens, i + 2)?.key)?)),
        k => Some((i + 1, tens(k.strip_prefix('و')?)?)),
    }
}

/// `نيف وثلاثون`, `نيف ومئة`: `نيف` («some») before `و` and a round number in words is that
/// number and some: 31–39, 101–199 (the step of the number's last digit that is not zero).
pub(super) fn nif_before(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    let t = word(tokens, i)?;
    if !t
        .stems()
        .any(|(p, s)| matches!(s, "نيف" | "نيفا") && p != "ال")
    {
        return None;
    }
    let j = match word(tokens, i + 1)? {
        n if n.key == "و" => i + 2,
        n if n.key.starts_with('و') => i + 1,
        _ => return None,
    };
    let m = numbers::parse_at(tokens, j)
        .filter(|m| m.first == j && m.in_words && !m.vague && !m.percent && m.value >= 10.0)?;
    let v = m.value;
    let step = if v % 10.0 != 0.0 {
        return None;
    } else if v % 100.0 != 0.0 {
        10.0
    } else {
        10f64.powi(v.log10().floor() as i32)
    };
    let start = t.start + t.text.len() - t.text.trim_start_matches(['و', 'ب', 'ل']).len();
    Some(Num {
        first: i,
        last: m.last,
        start,
        end: m.end,
        value: v + 1.0,
        low: v + 1.0,
        high: v + step - 1.0,
        vague: true,
        percent: false,
        in_words: true,
    })
}

/// Whether the vague number `n` is a compound of `بضع`/`نيف` and a ten (`بضع وعشرون`,
/// `بضعة عشر`), which counts an indefinite noun as a number does (`بضع وعشرون مقالة`),
/// unlike `عشرات` (`عشرات الناشطين`).
pub(super) fn compound_few(tokens: &[Token<'_>], n: &Num) -> bool {
    n.vague
        && n.last > n.first
        && n.high < 1000.0
        && word(tokens, n.first).is_some_and(|t| {
            t.stems()
                .any(|(_, s)| matches!(s, "بضع" | "بضعه" | "نيف" | "نيفا"))
        })
}

/// Letters a key may have between the radicals of a verb form: long vowels and the `ه` of
/// a pronoun or of a folded `ة`.
fn vowel(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة' | 'ء')
}

/// A key shaped as a verb of three consonant radicals with the prefix `p`: `تفعل`
/// (`تمثل`, `تدفع`, `تشمل`), or `تفتعل` (`تعتبر`, `تحتفظ`, `يشتبه`). Not `تفعّل` with
/// the last radical doubled (`تخصص`, a noun).
fn prefixed_radicals(key: &str, prefixes: &[char]) -> bool {
    let c: Vec<char> = key.chars().collect();
    if !c.first().is_some_and(|f| prefixes.contains(f)) {
        return false;
    }
    match c.len() {
        4 => c[1..].iter().all(|&x| !vowel(x)) && c[2] != c[3],
        // (`تعتبر`, `يشتبه`: the root's last letter may be `ه`.)
        5 => c[2] == 'ت' && !vowel(c[1]) && !vowel(c[3]) && c[4] != 'ا' && c[4] != 'و',
        _ => false,
    }
}

/// Whether the word `t` after a bare number is a verb, which the number does not count:
/// the present `تفعل`, `تفتعل`, `يفتعل` (`25 تمثل`, `ثلاث تعتبر`, `أربعة يشتبه`), the
/// past `تفعّل` and `أفعل` of a weak root, written with `ى` (`85 تلقى`, `مليونا أوصى`), or
/// the present with an object pronoun (`ينفذها`).
pub(super) fn verb_form(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let key = t.key.as_str();
    let text: String = t
        .text
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
        .collect();
    let n = key.chars().count();
    if prefixed_radicals(key, &['ت', 'ن']) || (n == 5 && prefixed_radicals(key, &['ي'])) {
        return true;
    }
    // `تلقى`, `تصدى`, `أوصى`, `أجرى`: four letters ending in alif maqsura (not `أنثى`).
    let c: Vec<char> = text.chars().collect();
    if c.len() == 4 && c[3] == 'ى' && (c[0] == 'ت' || c[0] == 'أ') && text != "أنثى" {
        return true;
    }
    // `ينفذها`, `تدفعه`: a present verb with an object pronoun.
    ["ها", "هم", "ه"].iter().any(|p| {
        text.strip_suffix(p)
            .is_some_and(|stem| prefixed_radicals(&crate::normalize::key(stem), &['ي', 'ت']))
    })
}

/// Words (keys, after any proclitic) of medicine near `كليتين`: kidneys, not colleges.
const KIDNEY_CUES: &[&str] = &[
    "مزروعتين",
    "مزروعه",
    "مزروعتان",
    "زرع",
    "زراعه",
    "كلي",
    "الكلي",
    "كلوي",
    "الكلوي",
    "كلويه",
    "الكبد",
    "كبد",
    "الطحال",
    "غسيل",
    "الغسيل",
    "الفشل",
    "فشل",
    "متبرع",
    "التبرع",
    "مريض",
    "المريض",
    "عمليه",
    "جراحه",
    "الجراحيه",
    "الامعاء",
    "الرئتين",
    "القلب",
    "الجسم",
];

/// Words of poetry (keys, after any proclitic) near `البيتين`: verses.
const VERSE_CUES: &[&str] = &[
    "شاعر",
    "الشاعر",
    "عجزي",
    "عجز",
    "شطر",
    "الشطر",
    "شطري",
    "قصيده",
];

/// The index of the token that starts at byte `b`.
fn token_at(tokens: &[Token<'_>], b: usize) -> Option<usize> {
    tokens.binary_search_by(|t| t.start.cmp(&b)).ok()
}

fn near(tokens: &[Token<'_>], a: usize, z: usize, span: usize, cues: &[&str]) -> bool {
    let lo = a.saturating_sub(span);
    let hi = (z + span + 1).min(tokens.len());
    (lo..hi)
        .filter(|&j| j < a || j > z)
        .any(|j| word(tokens, j).is_some_and(|w| w.stems().any(|(_, s)| cues.contains(&s))))
}

/// Fixes the claims `out` of one sentence: kidneys and verses among the duals, the elided
/// noun of a parallel conjunct.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized]) {
    let tokens = ctx.tokens;
    for k in 0..out.len() {
        let Some(a) = token_at(tokens, out[k].byte_start) else {
            continue;
        };
        let end = out[k].byte_end;
        let z = (a..tokens.len())
            .take_while(|&j| tokens[j].end <= end)
            .last()
            .unwrap_or(a);
        let c = &out[k];
        if c.kind != Kind::Count {
            continue;
        }
        let dual_key = word(tokens, a).map(|t| t.key.as_str()).unwrap_or("");
        let unit = c.unit.as_deref();
        if unit == Some("college")
            && a == z
            && (dual_key.ends_with("كليتين") || dual_key.ends_with("كليتان"))
            && near(tokens, a, z, 6, KIDNEY_CUES)
        {
            out[k].unit = Some("kidney".to_string());
        } else if unit == Some("house")
            && a == z
            && (dual_key.ends_with("بيتين") || dual_key.ends_with("بيتان"))
            && near(tokens, a, z, 6, VERSE_CUES)
        {
            out[k].unit = Some("verse".to_string());
        } else if k > 0
            && let Some(noun) = elided_noun(tokens, &out[k - 1], a, z)
        {
            out[k].unit = noun;
        }
    }
}

/// Whether a key (tanween alif dropped) has the shape of an adjective: `فاعل` (`طاري`,
/// `عاجل`) or a relative adjective `…ي` (`عادي`, `سنوي`).
fn adjective_shaped(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    (c.len() == 4 && c[1] == 'ا' && c[0] != 'ا') || (c.len() >= 4 && c.last() == Some(&'ي'))
}

/// `57 اجتماعا عاديا و4 طارئا`: the claim on tokens `a..=z` is `و`, a number and an
/// adjective in the accusative, right after the claim `prev` of a number, its noun and an
/// adjective of the same shape; the second number counts the first one's noun (its unit).
fn elided_noun(
    tokens: &[Token<'_>],
    prev: &Recognized,
    a: usize,
    z: usize,
) -> Option<Option<String>> {
    if prev.kind != Kind::Count || prev.unit.is_none() || z != a + 1 {
        return None;
    }
    let adj2 = word(tokens, z)?;
    if !adj2.text.trim_end_matches('\u{064B}').ends_with('ا') {
        return None;
    }
    let key2 = adj2.key.strip_suffix('ا')?;
    // The number after `و` (a clitic on digits is a token of its own).
    let wa = a.checked_sub(1).and_then(|w| word(tokens, w))?;
    if wa.key != "و" {
        return None;
    }
    let adj1_at = a.checked_sub(2)?;
    let adj1 = word(tokens, adj1_at)?;
    let key1 = adj1.key.strip_suffix('ا')?;
    let p = token_at(tokens, prev.byte_start)?;
    let prev_last = (p..tokens.len())
        .take_while(|&j| tokens[j].end <= prev.byte_end)
        .last()?;
    if prev_last + 1 != adj1_at || !adjective_shaped(key1) || !adjective_shaped(key2) {
        return None;
    }
    let noun = word(tokens, prev_last)?;
    (noun.key != adj2.key).then(|| prev.unit.clone())
}

/// Connectors between a sum and its conversion: `(`, `( أي`, `أي ما يعادل`, `، ما يعادل`.
fn conversion_gap(tokens: &[Token<'_>], last: usize, first: usize) -> bool {
    // Words by their key, marks by their text.
    let atoms: Vec<&str> = (last + 1..first)
        .map(|j| {
            tokens.get(j).map_or("", |t| {
                if t.kind == TokenKind::Word {
                    t.key.as_str()
                } else {
                    t.text
                }
            })
        })
        .collect();
    let atoms: Vec<&str> = atoms
        .into_iter()
        .map(|a| match a {
            "[" => "(",
            "," => "،",
            "تعادل" | "يوازي" | "توازي" | "يساوي" => "يعادل",
            "حوالي" => "نحو",
            a => a,
        })
        .collect();
    matches!(
        atoms[..],
        ["("]
            | ["(", "اي"]
            | ["(", "يعادل"]
            | ["(", "ما", "يعادل"]
            | ["اي", "ما", "يعادل"]
            | ["ما", "يعادل"]
            | ["،", "ما" | "اي", "يعادل"]
            | ["،", "اي", "ما", "يعادل"]
    )
}

/// Units of measure (lexicon names) that a count may be converted between.
const MEASURES: &[&str] = &[
    "meter",
    "kilometer",
    "centimeter",
    "millimeter",
    "mile",
    "nautical_mile",
    "foot",
    "inch",
    "kilogram",
    "gram",
    "ton",
    "pound",
    "ounce",
    "liter",
    "barrel",
    "cubic_meter",
    "cubic_foot",
    "square_meter",
    "square_kilometer",
    "hectare",
    "feddan",
    "dunam",
];

/// A unit a conversion may name: a currency of the lexicon (not an unknown noun such as
/// `تحديد` in `قرابة 400 صفحة (389 تحديدا)`), or a unit of measure.
fn convertible(kind: Kind, unit: Option<&str>) -> bool {
    unit.is_some_and(|u| match kind {
        Kind::Money => u.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
        _ => MEASURES.contains(&u),
    })
}

/// A sum converted right after it into another currency (or unit) takes its qualifier:
/// `نحو 90 مليار يورو (98.9 مليار دولار)`, `أكثر من 40 مليون يورو أي ما يعادل 44 مليون
/// دولار`. Only an exact conversion of a bounded or approximate sum, of the same kind and
/// another unit.
pub(super) fn conversions(tokens: &[Token<'_>], out: &mut [Recognized]) {
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let (prev, c) = (&before[k - 1], &mut rest[0]);
        if !matches!(c.kind, Kind::Money | Kind::Count)
            || c.kind != prev.kind
            || c.qualifier != Qualifier::Exact
            || !matches!(
                prev.qualifier,
                Qualifier::Approx
                    | Qualifier::MoreThan
                    | Qualifier::AtLeast
                    | Qualifier::LessThan
                    | Qualifier::AtMost
            )
            || prev.unit == c.unit
            || !convertible(c.kind, prev.unit.as_deref())
            || !convertible(c.kind, c.unit.as_deref())
        {
            continue;
        }
        let Some(v) = c.value.as_number() else {
            continue;
        };
        let Some(first) = token_at(tokens, c.byte_start) else {
            continue;
        };
        let Some(last) = tokens
            .iter()
            .rposition(|t| t.end <= prev.byte_end && t.start >= prev.byte_start)
        else {
            continue;
        };
        if last >= first || !conversion_gap(tokens, last, first) {
            continue;
        }
        let (low, high) = super::qualified_bounds(prev.qualifier, v);
        c.qualifier = prev.qualifier;
        c.low = low.map(Value::Number);
        c.high = high.map(Value::Number);
    }
}
