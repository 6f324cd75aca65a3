//! Units, kinds and qualifiers that hand judges found wrong (ar79). Each look is a fixed few
//! tokens around one claim, or two claims next to each other, within one sentence:
//!
//! - A bare `كيلو` is a kilometre on a road, a kilogram on a scale: the lexicon reads it as
//!   kilograms (about two thirds of the corpus's bare `كيلو`); near a word of distance
//!   (`بطول`, `مسافة`, `يبعد`, `على بعد`, `طريق`, another `كيلو متر`/`كم` in the sentence) or
//!   before a compass direction (`70 كيلو غرب`), and with no word of weight (`وزن`, `سعر`,
//!   `غرام`), it is kilometres ([`kilo`]).
//! - Words that are never a counted noun ([`never_unit`]): the conjunctions of time and
//!   place (`7ر57 مليون حينما تعاقدت`, `عندما`, `بينما`, `كلما`, `حيث`, `إذ`) and known
//!   indefinite adverbs in `-ا` (`تحديدا`, `تقريبا`, `أيضا`, `حاليا`, `سنويا`, `أولا`).
//! - An age set off by slashes (`لوبيتس 27/ عاما/`, `ولمدة / 17 / يوماً`): the number and the
//!   time noun after the slash are a duration, like any age ([`slashed_duration`]).
//! - `حتى عام (1442 أو 1443)`: two Hijri-looking years (1300–1499) after `عام` are the
//!   Gregorian days of both Hijri years, a date, not a number range ([`hijri_years`]).
//! - `تصل إلى 130000 ريال تقريبا`: a trailing `تقريبا` makes an upper bound approximate
//!   ([`approx_bound`]).
//! - `تراوحت بين عشرة أشهر و20 عاما`: two durations (or two amounts of one unit) joined by
//!   `و` after `بين` are one range, not two exact values ([`between`]).

use super::Ctx;
use super::hijri;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Conjunctions (keys) that begin a clause: never the noun a number counts.
const CONJUNCTIONS: &[&str] = &[
    "حينما",
    "عندما",
    "بينما",
    "لما",
    "كلما",
    "حيث",
    "حيثما",
    "اذ",
    "اذا",
    "طالما",
    "ريثما",
    "حين",
    "كيفما",
    "اينما",
    "متي",
    "فيما",
    "مثلما",
    // ar133: purpose, contrast and cause (`160 مليارا لكي تعيد`).
    "لكي",
    "كي",
    "لكن",
    "لكنه",
    "لكنها",
    "لان",
    "لانه",
    "لانها",
    "بشكل",
    "سواء",
    "عدم",
];

/// Indefinite adverbs in `-ا` (keys): how, when or how often, never a counted noun.
const ADVERBS: &[&str] = &[
    "تحديدا",
    "تقريبا",
    "فقط",
    "ايضا",
    "حاليا",
    "سنويا",
    "يوميا",
    "شهريا",
    "اسبوعيا",
    "مؤخرا",
    "موخرا",
    "فعلا",
    "تماما",
    "اساسا",
    "اجمالا",
    "اصلا",
    "غالبا",
    "دائما",
    "احيانا",
    "حتما",
    "قطعا",
    "عموما",
    "خصوصا",
    "اطلاقا",
    "ابدا",
    "جدا",
    "فورا",
    "مجددا",
    "اولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "اخيرا",
    "معا",
    "سويا",
    "تباعا",
    "سابقا",
    "لاحقا",
    "مسبقا",
    "تلقائيا",
    "رسميا",
    "نهائيا",
    "مبدئيا",
    "تدريجيا",
    "حصرا",
    "كذلك",
    "ايضاً",
    // `إلى 18 بدلاً من 21`: instead of (ar139).
    "بدلا",
];

/// Whether a word's key is never the noun a number counts: a conjunction or a known adverb.
pub(super) fn never_unit(key: &str) -> bool {
    CONJUNCTIONS.contains(&key) || ADVERBS.contains(&key)
}

/// Words (stems, after any proclitic) of distance near a bare `كيلو`.
const DISTANCE_CUES: &[&str] = &[
    "طول",
    "بطول",
    "مسافه",
    "يبعد",
    "تبعد",
    "يبعدان",
    "تبعدان",
    "طريق",
    "كيلومتر",
    "كيلومترات",
    "كيلومترا",
    "كم",
    "كلم",
    "مترا",
    "مترات",
    "سرعه",
    "مسار",
    "مسارات",
    "يمتد",
    "تمتد",
];

/// Compass directions (keys) right after a bare `كيلو`: `70 كيلو غرب الأفلاج`.
const COMPASS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالا",
    "جنوبا",
    "شرقا",
    "غربا",
];

/// Words (stems) of weight near a bare `كيلو`: it stays kilograms.
const WEIGHT_CUES: &[&str] = &[
    "وزن",
    "وزنه",
    "وزنها",
    "يزن",
    "تزن",
    "سعر",
    "اسعار",
    "الكيلو",
    "كيلوغرام",
    "كيلوجرام",
    "غرام",
    "جرام",
    "غراما",
    "جراما",
    "طن",
    "اطنان",
    "كميه",
    "كميات",
    "مصادره",
    "ضبط",
    "سعه",
];

/// The token whose text starts at byte `b`.
pub(super) fn token_at(tokens: &[Token<'_>], b: usize) -> Option<usize> {
    tokens.binary_search_by(|t| t.start.cmp(&b)).ok()
}

/// The last token of a claim that starts at token `a` and ends at byte `end`.
pub(super) fn last_token(tokens: &[Token<'_>], a: usize, end: usize) -> usize {
    (a..tokens.len())
        .take_while(|&j| tokens[j].end <= end)
        .last()
        .unwrap_or(a)
}

fn any_stem(tokens: &[Token<'_>], lo: usize, hi: usize, cues: &[&str]) -> bool {
    (lo..hi.min(tokens.len())).any(|j| {
        tokens[j].kind == TokenKind::Word && tokens[j].stems().any(|(_, s)| cues.contains(&s))
    })
}

/// `36 كيلو` near a word of distance and none of weight: kilometres.
fn kilo(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if c.unit.as_deref() != Some("kilogram")
        || c.unit_text.as_deref().map(str::trim) != Some("كيلو")
    {
        return;
    }
    // The `كيلو` itself: a qualifier may follow it in the claim (`120 كيلو تقريبا`).
    let Some(u) = (a..=z).rev().find(|&j| key(tokens, j) == "كيلو") else {
        return;
    };
    let (lo, hi) = (a.saturating_sub(12), z + 13);
    // `سعر الكيلو` or `كيلو طماطم`: weight; a cue word right after (`70 كيلو غرب`) or
    // within a dozen words of distance makes it kilometres.
    if any_stem(tokens, lo, hi, WEIGHT_CUES) {
        return;
    }
    let far = |j: usize| {
        matches!(key(tokens, j), "بعد") && matches!(key(tokens, j.wrapping_sub(1)), "علي")
    };
    let distance = any_stem(tokens, lo, hi, DISTANCE_CUES)
        || COMPASS.contains(&key(tokens, u + 1))
        || (lo..hi.min(tokens.len())).any(far)
        // `كيلو مترا` elsewhere in the sentence: the same road's length.
        || (lo..hi.min(tokens.len()))
            .any(|j| j != u && key(tokens, j) == "كيلو" && key(tokens, j + 1).starts_with("متر"));
    if distance {
        c.unit = Some("kilometer".to_string());
    }
}

/// Fixes the claims `out` of one sentence (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_at(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        kilo(tokens, &mut out[k], a, z);
        if out[k].qualifier == Qualifier::AtMost && key(tokens, z) == "تقريبا" {
            approx_bound(&mut out[k]);
        }
        slashed_duration(ctx, &mut out[k], a, z);
        hijri_years(tokens, &mut out[k], a);
        and_some(tokens, &mut out[k], z);
        if k > from {
            elided_currency(tokens, out, k, a, z);
        }
        if k > from && between(ctx, out, k) {
            continue;
        }
        k += 1;
    }
}

/// A trailing `تقريبا` after an upper bound (`تصل إلى 130000 ريال تقريبا`): about the value.
fn approx_bound(c: &mut Recognized) {
    match &c.value {
        Value::Number(v) => {
            let (low, high) = super::approx_bounds(*v, *v);
            c.low = Some(Value::Number(low));
            c.high = Some(Value::Number(high));
        }
        Value::Text(iso) => {
            let Some((v, d)) = single_duration(iso) else {
                return;
            };
            let (low, high) = super::approx_bounds(v, v);
            c.low = Some(Value::Text(super::iso_duration(low, d)));
            c.high = Some(Value::Text(super::iso_duration(high, d)));
        }
    }
    c.qualifier = Qualifier::Approx;
}

/// A duration of one part (`P6M`, `PT7H`): its number and [`super::iso_duration`]'s
/// designator (lower case for the time half).
fn single_duration(iso: &str) -> Option<(f64, char)> {
    let rest = iso.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let d = rest.chars().last()?;
    let n: f64 = rest.get(..rest.len() - d.len_utf8())?.parse().ok()?;
    if !n.is_finite() {
        return None;
    }
    if time {
        matches!(d, 'H' | 'M' | 'S').then_some((n, d.to_ascii_lowercase()))
    } else {
        matches!(d, 'Y' | 'M' | 'W' | 'D').then_some((n, d))
    }
}

/// A duration's length in days, roughly, to order two of them.
pub(super) fn days(iso: &str) -> Option<f64> {
    let (n, d) = single_duration(iso)?;
    let per = match d {
        'Y' => 365.0,
        'M' => 30.0,
        'W' => 7.0,
        'D' => 1.0,
        'h' => 1.0 / 24.0,
        'm' => 1.0 / 1440.0,
        _ => 1.0 / 86400.0,
    };
    Some(n * per)
}

/// `لوبيتس 27/ عاما/`, `ولمدة / 17 / يوماً`: a bare number, a slash and a time noun.
fn slashed_duration(ctx: &Ctx<'_, '_>, c: &mut Recognized, a: usize, z: usize) {
    let tokens = ctx.tokens;
    if c.kind != Kind::Number
        || c.qualifier != Qualifier::Exact
        || c.unit.is_some()
        || a != z
        || !matches!(tokens[a].kind, TokenKind::Number { percent: false, .. })
        || tokens
            .get(z + 1)
            .is_none_or(|t| t.kind != TokenKind::Punct('/'))
    {
        return;
    }
    let Some(v) = c.value.as_number() else {
        return;
    };
    if !(v > 0.0 && v < 1000.0) {
        return;
    }
    let Some(u) = units::lookup(ctx.keys_from(z + 2)) else {
        return;
    };
    let UnitKind::Time { designator, factor } = u.kind else {
        return;
    };
    if u.proclitic || u.definite {
        return;
    }
    let last = z + 1 + u.words;
    let Some(t) = tokens.get(last) else {
        return;
    };
    let iso = super::iso_duration(v * f64::from(factor), designator);
    c.kind = Kind::Duration;
    c.value = Value::Text(iso.clone());
    c.low = Some(Value::Text(iso.clone()));
    c.high = Some(Value::Text(iso));
    c.byte_end = t.end;
    c.unit = Some(u.concept.to_string());
    c.unit_text = Some(ctx.surface(z + 2, last));
}

/// `حتى عام (1442 أو 1443)`: two Hijri years after `عام`, the Gregorian days they cover.
fn hijri_years(tokens: &[Token<'_>], c: &mut Recognized, a: usize) {
    if !matches!(c.kind, Kind::Number | Kind::Count) || c.qualifier != Qualifier::Range {
        return;
    }
    let (Some(low), Some(high)) = (
        c.low.as_ref().and_then(Value::as_number),
        c.high.as_ref().and_then(Value::as_number),
    ) else {
        return;
    };
    if low.fract() != 0.0
        || high.fract() != 0.0
        || !(1300.0..=1499.0).contains(&low)
        || !(1.0..=3.0).contains(&(high - low))
        || !matches!(tokens[a].kind, TokenKind::Number { .. })
    {
        return;
    }
    // `عام`, `العام`, `لعام` right before, or before an opening bracket.
    let mut b = a;
    if b > 0 && matches!(tokens[b - 1].kind, TokenKind::Punct('(' | '[')) {
        b -= 1;
    }
    let year_word = b > 0
        && tokens[b - 1].kind == TokenKind::Word
        && tokens[b - 1]
            .stems()
            .any(|(_, s)| matches!(s, "عام" | "العام" | "عامي" | "سنه" | "السنه"));
    if !year_word {
        return;
    }
    let (low, high) = (low as i32, high as i32);
    let Some(first) = hijri::to_gregorian(low, 1, 1) else {
        return;
    };
    let Some(last) = hijri::to_gregorian(high + 1, 1, 1).and_then(|d| d.yesterday().ok()) else {
        return;
    };
    let (f, l) = (first.to_string(), last.to_string());
    c.kind = Kind::Date;
    c.value = Value::Text(format!("{f}/{l}"));
    c.low = Some(Value::Text(f));
    c.high = Some(Value::Text(l));
    c.qualifier = Qualifier::Exact;
    c.unit = None;
    c.unit_text = None;
}

/// `تراوحت بين عشرة أشهر و20 عاما`, `ما بين 200 ريال وحتى 1500 ريال`: claim `k` and the one
/// before it joined by `و` after `بين` are one range; true when they were merged (claim `k`
/// is gone).
fn between(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, k: usize) -> bool {
    let tokens = ctx.tokens;
    let (p, c) = (&out[k - 1], &out[k]);
    if p.kind != c.kind
        || p.sentence != c.sentence
        || p.qualifier != Qualifier::Exact
        || !matches!(c.qualifier, Qualifier::Exact | Qualifier::AtMost)
    {
        return false;
    }
    let same_unit = p.unit.is_some() && p.unit == c.unit;
    let ordered = match (p.kind, &p.value, &c.value) {
        (Kind::Duration, Value::Text(x), Value::Text(y)) => {
            days(x).zip(days(y)).is_some_and(|(x, y)| x < y)
        }
        (Kind::Count | Kind::Money, Value::Number(x), Value::Number(y)) => same_unit && x < y,
        _ => false,
    };
    if !ordered {
        return false;
    }
    let (Some(pa), Some(ca)) = (
        token_at(tokens, p.byte_start),
        token_at(tokens, c.byte_start),
    ) else {
        return false;
    };
    let pz = last_token(tokens, pa, p.byte_end);
    // Only `و` between them (a word of its own or glued to the second number).
    let gap_ok = match ca.checked_sub(pz + 1) {
        Some(0) => ctx
            .text
            .get(p.byte_end.saturating_sub(ctx.base)..c.byte_start.saturating_sub(ctx.base))
            .is_some_and(|g| g.trim() == "و"),
        Some(1) => key(tokens, pz + 1) == "و",
        _ => false,
    };
    // `بين`, `ما بين`, `مابين`, `لما بين` right before the first.
    let opener = pa.checked_sub(1).filter(|&j| {
        tokens[j].kind == TokenKind::Word
            && tokens[j].stems().any(|(_, s)| matches!(s, "بين" | "مابين"))
    });
    let Some(o) = opener else {
        return false;
    };
    if !gap_ok {
        return false;
    }
    // (`وبين`: the claim starts at `بين`, after the conjunction.)
    let text = tokens[o].text;
    let bayn = tokens[o].start
        + text
            .rfind("مابين")
            .or_else(|| text.rfind("بين"))
            .unwrap_or(0);
    let start = if o > 0 && matches!(key(tokens, o - 1), "ما" | "لما" | "فيما") {
        tokens[o - 1].start
    } else {
        bayn
    };
    let high = c.value.clone();
    let end = c.byte_end;
    let p = &mut out[k - 1];
    p.byte_start = start.min(p.byte_start);
    p.byte_end = end;
    p.low = Some(p.value.clone());
    p.high = Some(high);
    p.qualifier = Qualifier::Range;
    out.remove(k);
    true
}

/// `أربع سنوات ونيف`, `ثلاثة عقود ونيفا`: a duration and some more, more than it.
fn and_some(tokens: &[Token<'_>], c: &mut Recognized, z: usize) {
    let Some(t) = tokens.get(z + 1) else {
        return;
    };
    if c.kind != Kind::Duration
        || c.qualifier != Qualifier::Exact
        || t.kind != TokenKind::Word
        || !matches!(t.key.as_str(), "ونيف" | "ونيفا")
    {
        return;
    }
    c.qualifier = Qualifier::MoreThan;
    c.high = None;
    c.byte_end = t.end;
}

/// Scale words (keys) that end a bare amount: `7ر57 مليون`, `403 ملايين`, `20 ألف`.
const SCALES: &[&str] = &[
    "الف",
    "الاف",
    "مليون",
    "ملايين",
    "مليونا",
    "مليار",
    "مليارات",
    "مليارا",
    "ترليون",
    "تريليون",
    "ترليونات",
    "تريليونات",
];

/// `مقابل 44.5 مليون جنيه، فيما تكبدت خزينة يونايتد 57.7 مليون حينما`, `900 مليون ريال
/// مقارنة بربح 92 مليون`: a bare amount in thousands, millions or billions a few words after
/// an amount of money in the same sentence is in the same currency.
fn elided_currency(tokens: &[Token<'_>], out: &mut [Recognized], k: usize, a: usize, z: usize) {
    let (p, c) = (&out[k - 1], &out[k]);
    if c.kind != Kind::Number
        || c.unit.is_some()
        || p.kind != Kind::Money
        || p.unit.is_none()
        || p.sentence != c.sentence
        || matches!(c.qualifier, Qualifier::Vague)
        || !SCALES.contains(&key(tokens, z))
        || a == z
        // `ملايين من الناس`: a partitive counts something else.
        || key(tokens, z + 1) == "من"
    {
        return;
    }
    let Some(pz) = token_at(tokens, p.byte_start).map(|pa| last_token(tokens, pa, p.byte_end))
    else {
        return;
    };
    if a <= pz || a - pz > 10 {
        return;
    }
    let unit = p.unit.clone();
    let c = &mut out[k];
    c.kind = Kind::Money;
    c.unit = unit;
}

/// `على فلترين`: after a preposition, a word starting with `ف` is not the conjunction `ف`
/// and a dual unit (`لترين`); the word is a noun of its own (`فلتر`, a filter).
pub(super) fn fa_after_preposition(tokens: &[Token<'_>], i: usize) -> bool {
    let k = key(tokens, i);
    k.starts_with('ف')
        && !k.starts_with("فال")
        && i.checked_sub(1).is_some_and(|p| {
            matches!(
                key(tokens, p),
                "علي" | "في" | "من" | "الي" | "عن" | "مع" | "بين" | "عبر" | "حتي" | "لدي"
            )
        })
}
