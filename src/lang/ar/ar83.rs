//! Bare numbers that claim nothing, or that are read wrong (ar83, from a random audit of
//! Arabic numbers with no unit):
//! - `لا يختلف (عليها) اثنان` («no two disagree»), an idiom ([`idiom`]);
//! - a clock time before `بتوقيت` or `مساء`/`صباحا` ([`clock_time`]), a 2 restating the dual
//!   after it (`2 مليوني ريال`, [`restated_dual`]), a flight's, an ISO standard's or a
//!   model's number (`رحلتها 370`, `الأيزو 20000`, `آي 3`, [`named_id`]), a knockout
//!   round (`دور 32`, [`knockout_round`]), a cited page (`، ص 584`, [`page`]);
//! - a newspaper's issue number after `العدد` in a reference to what was published
//!   (`إشارة إلى ما نشر بالعدد 19049`, `صحيفة «عكاظ» بالعدد 5118`) ([`issue_number`]);
//! - a number glued to a slash with a number on its other side is half of a pair (a date
//!   `24/ 7`, a season `36 / 37`, a score `5 / .4`, a photo size `3/4`, a plot `193/3`): not
//!   a claim alone; but a fraction before a scale word is one amount (`1/2 مليون`, half a
//!   million) ([`retune`]);
//! - the wire's digit groups around `ر`, written right to left: `999 ر 999 ر 169` is
//!   169,999,999 and `56 ر 4 %` is 4.56% ([`wire_groups`]).

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::numbers::{Num, exact, plain};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct, word};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// A number at token `i` that claims nothing (see the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if tokens.get(i)?.number().is_some() {
        issue_number(ctx, i)
            .or_else(|| clock_time(tokens, i))
            .or_else(|| restated_dual(tokens, i))
            .or_else(|| named_id(ctx, i))
            .or_else(|| knockout_round(ctx, i))
            .or_else(|| page(tokens, i))
    } else {
        idiom(tokens, i).or_else(|| knockout_round(ctx, i))
    }
}

/// `(0630 بتوقيت جرينتش)`, `الـ7 من مساء اليوم`, `من 6 مساء الى 6 صباحا`: a whole number
/// in digits before `بتوقيت`, or up to 24 before `مساء`/`صباحا` (`من` may come between), is
/// a clock time.
fn clock_time(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let v = tokens
        .get(i)?
        .number()
        .filter(|v| v.fract() == 0.0 && *v >= 0.0)?;
    if !matches!(tokens[i].kind, TokenKind::Number { percent: false, .. }) {
        return None;
    }
    if matches!(key(tokens, i + 1), "بتوقيت" | "بالتوقيت") {
        return Some(i + 1);
    }
    let day_part =
        |k: &str| (k.starts_with("مساء") || k.starts_with("صباح")) && k.chars().count() <= 6;
    let at = if key(tokens, i + 1) == "من" {
        i + 2
    } else {
        i + 1
    };
    // `بدورتها الـ23 صباح الجمعة`: an ordinal after `الـ`, unless `من` follows (`الـ7 من مساء`).
    let ordinal = at == i + 1 && i > 0 && word(tokens, i - 1).is_some_and(|t| t.text == "الـ");
    (v <= 24.0 && !ordinal && day_part(key(tokens, at))).then_some(i + 1)
}

/// `(أمين الريحاني، ص 584)`, `"ج29: ص 553"`: a number after `ص` (page) that follows a
/// comma, a colon or a bracket is a page of a cited work.
fn page(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = word(tokens, i.checked_sub(1)?)?;
    let cited = p.text == "ص" && punct(tokens, i.checked_sub(2)?, &['،', ',', ':', '(']);
    cited.then_some(i + 1)
}

/// `برأسمال 2 مليوني ريال`: a 2 in digits before a dual scale word restates it; the dual
/// is the amount (`2 ملياري ريال` too).
fn restated_dual(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let two = tokens.get(i)?.number() == Some(2.0)
        && matches!(tokens[i].kind, TokenKind::Number { percent: false, .. });
    let dual = matches!(
        key(tokens, i + 1),
        "مليوني" | "مليونين" | "ملياري" | "مليارين" | "الفي" | "الفين"
    );
    (two && dual).then_some(i + 1)
}

/// Stems of nouns whose number right after is an identifier: a flight (`رحلتها 370`,
/// `الرحلة 1534`) or an ISO standard (`شهادة الأيزو 20000`).
const NAMED_BY_NUMBER: &[&str] = &["رحله", "الرحله", "رحلتها", "رحلته", "ايزو", "الايزو"];

/// `خلال رحلتها 370`, `الأيزو 20000`, `مروحية إم آي 17`: a number with nothing counted after it, right after a
/// noun of [`NAMED_BY_NUMBER`], identifies it.
fn named_id(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let p = word(tokens, i.checked_sub(1)?)?;
    // `آي` (the letter I, with madda; not `أي`) names a model: `آي 3`, `إم آي 17`.
    let letter = p.text == "آي";
    let named = letter || p.stems().any(|(_, s)| NAMED_BY_NUMBER.contains(&s));
    // `شارك في الرحلة ٢٣ يتيمًا`: a word other than a particle after it may be counted.
    let iso = key(tokens, i - 1).ends_with("ايزو");
    let particle = iso
        || letter
        || word(tokens, i + 1)
            .is_none_or(|t| matches!(t.key.as_str(), "من" | "قد" | "بعد" | "الي" | "في" | "علي"));
    (named && particle && super::ar78::free_after(ctx, i + 1)).then_some(i + 1)
}

/// `دور 32`, `الدور 64`, `دور الـ «16»`, `دور الستة عشر`: the number of a knockout round
/// (8, 16, 32, 64 or 128 after `دور`) names the round.
fn knockout_round(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let mut k = i.checked_sub(1)?;
    for _ in 0..2 {
        let skip = punct(tokens, k, &['«', '"', '('])
            || word(tokens, k).is_some_and(|t| matches!(t.text, "الـ" | "ال"));
        if !skip {
            break;
        }
        k = k.checked_sub(1)?;
    }
    if !matches!(key(tokens, k), "دور" | "الدور" | "لدور" | "بدور") {
        return None;
    }
    let n = ctx.number_at(i)?;
    (n.first == i && !n.percent && [8.0, 16.0, 32.0, 64.0, 128.0].contains(&n.value))
        .then_some(n.last + 1)
}

/// `لا يختلف اثنان`, `لا يختلف عليها اثنان`, `ولا يختلف فيه اثنان`: «two» after a negated
/// «disagree», with at most two words between, is the idiom «everyone agrees».
fn idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !matches!(key(tokens, i), "اثنان" | "اثنين") {
        return None;
    }
    // (ar103: `لا يشك اثنان`, `لا ينتطح فيها اثنان`, `لايختلف اثنان` with `لا` glued.)
    let verbs = |k: &str| {
        matches!(
            k,
            "يختلف"
                | "تختلف"
                | "يشك"
                | "ينتطح"
                | "يتناطح"
                | "يتجادل"
                | "يتنازع"
                | "يجادل"
        )
    };
    let verb = (1..=3).find(|&d| {
        i.checked_sub(d).is_some_and(|j| {
            let k = key(tokens, j);
            verbs(k)
                || ["لا", "ولا", "فلا"]
                    .iter()
                    .any(|n| k.strip_prefix(n).is_some_and(verbs))
        })
    })?;
    let glued = !verbs(key(tokens, i - verb));
    let negated = glued
        || i.checked_sub(verb + 1)
            .is_some_and(|j| matches!(key(tokens, j), "لا" | "ولا" | "فلا"));
    let words = (i + 1 - verb..i).all(|j| word(tokens, j).is_some());
    (negated && words).then_some(i + 1)
}

/// Stems of a publication or of publishing, before a newspaper's issue number.
const PUBLISHED: &[&str] = &[
    "نشر",
    "نشرت",
    "نشره",
    "المنشور",
    "صحيفه",
    "صحيفتكم",
    "صحيفتنا",
    "الصحيفه",
    "جريده",
    "الجريده",
    "جريدتكم",
    "مجله",
    "المجله",
    "الملحق",
];

/// `إشارة إلى ما نشر بالعدد 19049`, `على صفحات جريدة الرياض في العدد 2300`, `في العدد 406
/// من جريدة`: a whole number after `العدد` with nothing counted after it (a noun with a proclitic may follow: `بعنوان`), in a reference to
/// a publication (a word of publishing within eight words before, or `من جريدة`, `بتاريخ`
/// right after), is the issue's number.
fn issue_number(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    if !matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0 && value >= 1.0)
    {
        return None;
    }
    if !matches!(
        key(tokens, i.checked_sub(1)?),
        "العدد" | "بالعدد" | "والعدد"
    ) {
        return None;
    }
    if !super::ar78::free_after(ctx, i + 1) {
        return None;
    }
    let published =
        |k: usize| word(tokens, k).is_some_and(|w| w.stems().any(|(_, s)| PUBLISHED.contains(&s)));
    let before = (i.saturating_sub(9)..i - 1).any(published);
    let after = key(tokens, i + 1) == "بتاريخ" || key(tokens, i + 1) == "من" && published(i + 2);
    (before || after).then_some(i + 1)
}

fn is_number(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.number().is_some())
}

/// A whole number from 1 to 10 at token `k`.
fn small_whole(tokens: &[Token<'_>], k: usize) -> Option<f64> {
    tokens
        .get(k)?
        .number()
        .filter(|v| v.fract() == 0.0 && (1.0..=10.0).contains(v))
}

/// A bare number (no unit) of this sentence's claims from `from` on next to a slash with a
/// number on its other side is half of a pair and claims nothing alone; a fraction of a
/// scale word (`1/2 مليون` → 500,000, `مبلغا وقدره 1/2 مليون ريال`) is one amount.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_at(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        if k + 1 < out.len() && fraction_of_scale(tokens, out, k, a, z) {
            out.remove(k);
            continue;
        }
        let bare = out[k].kind == Kind::Number && out[k].unit.is_none();
        let slash_after = punct(tokens, z + 1, &['/']) && is_number(tokens, z + 2);
        let slash_before = a >= 2 && punct(tokens, a - 1, &['/']) && is_number(tokens, a - 2);
        if bare && (slash_after || slash_before) {
            out.remove(k);
            continue;
        }
        k += 1;
    }
}

/// Claim `k` is the numerator `n` (tokens `a..=z`, one token) of `n/d`, and claim `k + 1`
/// is `d` times a scale (`1/2 مليون ريال`): claim `k + 1` becomes the fraction of the
/// scale, from claim `k`'s start.
fn fraction_of_scale(
    tokens: &[Token<'_>],
    out: &mut [Recognized],
    k: usize,
    a: usize,
    z: usize,
) -> bool {
    if a != z || out[k].kind != Kind::Number || !punct(tokens, z + 1, &['/']) {
        return false;
    }
    let (Some(n), Some(d)) = (small_whole(tokens, a), small_whole(tokens, z + 2)) else {
        return false;
    };
    let next = &out[k + 1];
    if n >= d || token_at(tokens, next.byte_start) != Some(z + 2) {
        return false;
    }
    let Value::Number(v) = next.value else {
        return false;
    };
    let scale = v / d;
    if ![1e3, 1e6, 1e9].contains(&scale) {
        return false;
    }
    let f = n / (d * d);
    let start = out[k].byte_start;
    let c = &mut out[k + 1];
    let times = |x: &mut Option<Value>| {
        if let Some(Value::Number(x)) = x {
            *x *= f;
        }
    };
    c.value = Value::Number(v * f);
    times(&mut c.low);
    times(&mut c.high);
    c.byte_start = start;
    true
}

/// `ر` between digit groups (a word of its own).
fn ra(tokens: &[Token<'_>], k: usize) -> bool {
    word(tokens, k).is_some_and(|t| t.text == "ر")
}

/// The wire's digit groups around a spaced `ر`, from token `i`, written right to left:
/// - three groups or more, all but the last of three digits (`999 ر 999 ر 169`): thousands,
///   the last group the highest (169,999,999);
/// - a decimal before a percent (`56 ر 4 %`): 4.56%.
///
/// None for any other writing (the plain decimal `4 ر 124` is read by the caller).
pub(super) fn wire_groups(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    if !ra(tokens, i + 1) || i > 0 && ra(tokens, i - 1) {
        return None;
    }
    let (first, first_digits) = plain(tokens, i)?;
    let mut num = if ra(tokens, i + 3) {
        if first_digits != 3 {
            return None;
        }
        let (mut value, mut mult, mut k) = (first, 1000.0, i + 2);
        loop {
            let (g, digits) = plain(tokens, k)?;
            value += g * mult;
            if !ra(tokens, k + 1) {
                if !(1..=3).contains(&digits) {
                    return None;
                }
                break;
            }
            if digits != 3 {
                return None;
            }
            mult *= 1000.0;
            k += 2;
        }
        exact(i, k, value)
    } else {
        let t = tokens.get(i + 2)?;
        let TokenKind::Number {
            value: int,
            percent: true,
        } = t.kind
        else {
            return None;
        };
        if int < 0.0 || int.fract() != 0.0 || !t.text.starts_with(|c: char| c.is_numeric()) {
            return None;
        }
        let digits = i32::try_from(first_digits).ok()?;
        let mut num = exact(
            i,
            i + 2,
            // One division, so that 4.56 reads as written (not 4 + 0.56).
            (int * 10f64.powi(digits) + first) / 10f64.powi(digits),
        );
        num.percent = true;
        num
    };
    num.start = tokens[i].start;
    num.end = tokens[num.last].end;
    Some(num)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar83_idiom: "القضية التي لا يختلف عليها اثنان في مشرق عالمنا" => [];
        ar83_idiom_bare: "لا يختلف اثنان على أن الفريق متميز" => [];
        ar83_two_kept: "قال اثنان من الشهود" => ["اثنان من الشهود|count|2|2..2|exact|شهود"];
        ar83_issue: "إشارة إلى ما نشر بالعدد 19049 بعنوان الأزمة" => [];
        ar83_issue_after: "مقالة في العدد 406 من جريدة أم القرى" => [];
        ar83_count_kept: "وبلغ العدد 431 متهما" => ["431 متهما|count|431|431..431|exact|suspect"];
        ar83_photo_size: "وصورة شمسية 3/4 أربع صور" => ["أربع صور|count|4|4..4|exact|صور"];
        ar83_shootout: "ليمنح فريقه الفوز 5 / .4" => [];
        ar83_half_million: "يمكن توزيع الـ 1/2 مليون على شخصين"
            => ["1/2 مليون|number|500000|500000..500000|exact|", "شخصين|count|2|2..2|exact|person"];
        ar83_wire_thousands: "تكلفة الأجزاء ( 999 ر 999 ر 169 ريالاً )"
            => ["999 ر 999 ر 169 ريالاً|money|169999999|169999999..169999999|exact|riyal"];
        ar83_gmt: "قبل الساعة الثامنة صباحا (0800 بتوقيت جرينتش)" => [];
        ar83_evening: "يلتقي الفريق في الـ7 من مساء، في الملعب" => [];
        ar83_mornings_kept: "ما يقرب من ثلاثين صباحًا قضيتها في المكتبة"
            => ["ما يقرب من ثلاثين|number|30|27..33|approx|"];
        ar83_dual_restated: "شركة برأسمال 2 مليوني ريال"
            => ["مليوني ريال|money|2000000|2000000..2000000|exact|riyal"];
        ar83_flight: "اختفت الطائرة خلال رحلتها 370 بعد أن انحرفت" => [];
        ar83_trip_count: "وقد شارك في الرحلة ٢٣ يتيمًا واربعة مشرفين"
            => ["٢٣ يتيمًا|count|23|23..23|exact|يتيم", "اربعة مشرفين|count|4|4..4|exact|مشرفين"];
        ar83_session_ordinal: "وانطلقت اجتماعات الهيئة بدورتها الـ23 صباح الجمعة"
            => ["23|ordinal|23|23..23|exact|", "الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        ar83_model_letter: "تمتلك 83 مروحية إم آي 17 للنقل الجوي"
            => ["83 مروحية|count|83|83..83|exact|helicopter"];
        ar83_iso: "حصلت الشركة على شهادة الأيزو 20000 المعتمدة" => [];
        ar83_round: "في دور 32 من بطولة كأس ولي العهد" => [];
        ar83_round_words: "تأهل إلى دور الستة عشر من البطولة" => [];
        ar83_page: "في هذه الصحيفة (العدد الماضي، ص 5، بعنوان: بناء القوة)" => [];
        ar83_wire_percent: "منخفضة بنسبة 56 ر 4 % مقارنة بآخر جلسة"
            => ["56 ر 4 %|percent|4.56|4.56..4.56|exact|"];
    }
}
