//! Ranges of money, percents and durations that the reader of a quantity left as two
//! claims, or as its high end alone (ar102).
//!
//! After a range's opener (`بين`, `ما بين`, `مابين`, a form of `تراوح`, or `من` after
//! one), two quantities of one kind joined by `و`, `إلى`, `حتى` or a dash are one range,
//! low to high whichever comes first ([`retune`]):
//!
//! - `مرتفعة بين الـ2 و4%`, `ما بين 80، و90 في المئة`, `مابين 4.37% إلى 2.17%`: one
//!   percent range (was two exact percents).
//! - `تتراوح قيمتها مابين 200 ريال وحتى 1500 ريال`, `تذبذب بين مستوى 46.5 دولار و 49.5
//!   دولار`, `تتراوح أسعارها 30 و60 ريالا`, `تفاوتت أسعار المتر بين 800 إلى 160 ريالا`:
//!   one money range in the high end's currency (was two claims, or a bare number and an
//!   exact sum).
//! - `بفترة تتراوح من ستة أشهر إلى 12 شهرا`, `بين أعمار 19 و30 عاماً`, `بين 8 أشهر حتى
//!   78 عامًا`: one duration range (was two durations, or a bare number and one).
//! - `تراوح خلال 12 شهرا بين 39.80 ريالاً و70`, `بين 16.45 ريالا 16.70` (a stock's
//!   price band): a bare number after the sum is the high end in its currency (was a sum
//!   and a bare number).
//! - `لمدة تتراوح ما بين أسبوع إلى عشرة أيام`, `بين شهر إلى شهرين`, `ما بين عقد إلى
//!   عقدين`, `تراوح بين سنة و5 سنوات`, `ما بين الشهر والـ ٤٥ يومًا`: a unit's singular
//!   noun is one of it, the low end of the range (was the high end alone, exact).
//!
//! Not a range: `ارتفع من 11 إلى 3 ساعات` (a change: no opener), `بين 30 إلى 25 سنة` (a
//! high end first after a bare `بين` and `إلى`: a change), `بين 5 و 7 و 10 سنوات`
//! (a list of three), `بين 10 آلاف يورو في أدناها و288 ألف يورو` (words between the ends),
//! two sums in different currencies.

use super::Ctx;
use super::iso_duration;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let mut k = from;
    while k < out.len() {
        if k + 1 < out.len()
            && let Some(r) =
                pair(ctx, &out[k], &out[k + 1]).or_else(|| bare_high(ctx, &out[k], &out[k + 1]))
        {
            out[k] = r;
            out.remove(k + 1);
        } else if let Some(r) = unit_word_low(ctx, &out[k]) {
            out[k] = r;
        }
        k += 1;
    }
}

/// The first and last tokens of a claim.
fn span(tokens: &[Token<'_>], c: &Recognized) -> Option<(usize, usize)> {
    let a = tokens.partition_point(|t| t.end <= c.byte_start);
    let z = tokens
        .partition_point(|t| t.start < c.byte_end)
        .checked_sub(1)?;
    (a <= z && a < tokens.len()).then_some((a, z))
}

fn range_verb(k: &str) -> bool {
    k.contains("تراوح")
}

/// The byte a range starts at when an opener stands before token `a` (whose claim starts
/// at byte `own`): `بين`/`ما بين`/`مابين` (the range starts there), `من` after a form of
/// `تراوح` (there too), a form of `تراوح` with at most one word after it (at `own`). An
/// article (`الـ2`), a bracket, `عمر`/`سن`/`أعمار`/`مستوى` may stand between.
fn opener(tokens: &[Token<'_>], a: usize, own: usize) -> Option<usize> {
    let mut p = a;
    loop {
        let q = p.checked_sub(1)?;
        let skip = key(tokens, q) == "ال" || matches!(tokens[q].kind, TokenKind::Punct('(' | 'ـ'));
        if !skip {
            break;
        }
        p = q;
    }
    let q = p.checked_sub(1)?;
    if matches!(key(tokens, q), "عمر" | "سن" | "اعمار" | "مستوي" | "مستويات")
    {
        p = q;
    }
    let q = p.checked_sub(1)?;
    let k = key(tokens, q);
    match k {
        "بين" | "وبين" => {
            let ma = q.checked_sub(1).filter(|&m| key(tokens, m) == "ما");
            Some(tokens[ma.unwrap_or(q)].start)
        }
        "مابين" => Some(tokens[q].start),
        "من" => (q.saturating_sub(3)..q)
            .any(|j| range_verb(key(tokens, j)))
            .then_some(tokens[q].start),
        _ if range_verb(k) => Some(own),
        _ => (tokens[q].kind == TokenKind::Word
            && q.checked_sub(1).is_some_and(|v| range_verb(key(tokens, v))))
        .then_some(own),
    }
}

/// Whether the text between two ends joins them as a range's: `و`, `إلى`, `حتى`, a
/// dash, with a comma or an article; or nothing when the high end starts with `إلى`/`حتى`.
fn joined(ctx: &Ctx<'_, '_>, end: usize, start: usize, high: &Recognized) -> bool {
    let Some(between) = ctx.text.get(end - ctx.base..start - ctx.base) else {
        return false;
    };
    let s: String = between
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, 'ـ' | '،' | ',' | '(' | ')'))
        .collect();
    match s.as_str() {
        "و" | "إلى" | "الى" | "وإلى" | "والى" | "حتى" | "وحتى" | "-" | "–" | "وال" => {
            true
        }
        "" => ctx.text.get(high.byte_start - ctx.base..).is_some_and(|t| {
            ["إلى", "الى", "حتى", "وحتى"]
                .iter()
                .any(|w| t.starts_with(w))
        }),
        _ => false,
    }
}

/// `بين 5 و 7 و 10 سنوات`: a third item after the high end makes a list.
fn list_after(tokens: &[Token<'_>], z: usize) -> bool {
    let mut j = z + 1;
    if matches!(
        tokens.get(j).map(|t| &t.kind),
        Some(TokenKind::Punct('،' | ','))
    ) {
        j += 1;
    }
    key(tokens, j) == "و"
        && matches!(
            tokens.get(j + 1).map(|t| &t.kind),
            Some(TokenKind::Number { .. })
        )
}

/// An ISO duration's number, designator (`h`, `m`, `s` for time) and length in days.
fn iso(v: &Value) -> Option<(f64, char, f64)> {
    let Value::Text(t) = v else { return None };
    let rest = t.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let d = rest.chars().last()?;
    let n: f64 = rest[..rest.len() - d.len_utf8()].parse().ok()?;
    let (des, days) = match (time, d) {
        (false, 'D') => ('D', 1.0),
        (false, 'W') => ('W', 7.0),
        (false, 'M') => ('M', 30.0),
        (false, 'Y') => ('Y', 365.0),
        (true, 'H') => ('h', 1.0 / 24.0),
        (true, 'M') => ('m', 1.0 / 1440.0),
        (true, 'S') => ('s', 1.0 / 86400.0),
        _ => return None,
    };
    Some((n, des, n * days))
}

/// A claim's size for ordering its range's ends: the number, or a duration's days.
fn size(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Text(_) => iso(v).map(|(_, _, d)| d),
    }
}

/// The high end's own bound: its value, or the high of `حتى 1500 ريال`.
fn high_end(ctx: &Ctx<'_, '_>, c: &Recognized) -> Option<Value> {
    match c.qualifier {
        Qualifier::Exact => Some(c.value.clone()),
        Qualifier::AtMost => {
            let t = ctx.text.get(c.byte_start - ctx.base..)?;
            ["إلى", "الى", "حتى", "وحتى"]
                .iter()
                .any(|w| t.starts_with(w))
                .then(|| c.high.clone())
                .flatten()
        }
        _ => None,
    }
}

/// One range of two ends (see the module's doc), or `None`.
fn pair(ctx: &Ctx<'_, '_>, lo: &Recognized, hi: &Recognized) -> Option<Recognized> {
    let tokens = ctx.tokens;
    if !matches!(hi.kind, Kind::Money | Kind::Percent | Kind::Duration)
        || lo.qualifier != Qualifier::Exact
    {
        return None;
    }
    let bare = lo.kind == Kind::Number && lo.unit.is_none();
    if !(bare || lo.kind == hi.kind) {
        return None;
    }
    if hi.kind == Kind::Money && !bare && lo.unit != hi.unit {
        return None;
    }
    let high = high_end(ctx, hi)?;
    let (a1, _) = span(tokens, lo)?;
    let (a2, z2) = span(tokens, hi)?;
    let start = opener(tokens, a1, lo.byte_start)?;
    if !joined(ctx, lo.byte_end, hi.byte_start, hi) || list_after(tokens, z2) {
        return None;
    }
    let low = if bare {
        let Value::Number(v) = lo.value else {
            return None;
        };
        // `بين 2010 و2015 …`: a year is no bound of a sum.
        if (1900.0..=2100.0).contains(&v) && v.fract() == 0.0 {
            return None;
        }
        let n2 = (a2..=z2).find_map(|j| match tokens[j].kind {
            TokenKind::Number { value, .. } => Some(value),
            _ => None,
        })?;
        match &high {
            Value::Number(h) => {
                let scale = h / n2;
                if (scale - 1.0).abs() > 1e-9 && v >= n2 {
                    return None;
                }
                Value::Number(v * scale)
            }
            Value::Text(_) => {
                let (n, des, _) = iso(&high)?;
                Value::Text(iso_duration(v * n / n2, des))
            }
        }
    } else {
        lo.value.clone()
    };
    let (low, high) = if size(&low)? <= size(&high)? {
        (low, high)
    } else if falls_ok(ctx, start, lo.byte_end, hi.byte_start) {
        (high, low)
    } else {
        return None;
    };
    Some(ranged(hi, start, low, high))
}

/// `تراوح خلال 12 شهرا بين 39.80 ريالاً و70`, `بين 16.45 ريالا 16.70`: after `بين`, a bare
/// number greater than a sum right after it (by `و` or nothing) is the high end of the
/// sum's range, in its currency and scale.
fn bare_high(ctx: &Ctx<'_, '_>, lo: &Recognized, hi: &Recognized) -> Option<Recognized> {
    let tokens = ctx.tokens;
    if lo.kind != Kind::Money
        || lo.qualifier != Qualifier::Exact
        || hi.kind != Kind::Number
        || hi.unit.is_some()
        || hi.qualifier != Qualifier::Exact
    {
        return None;
    }
    let (Value::Number(l), Value::Number(h)) = (&lo.value, &hi.value) else {
        return None;
    };
    let (a1, z1) = span(tokens, lo)?;
    let (_, z2) = span(tokens, hi)?;
    let start = opener(tokens, a1, lo.byte_start)?;
    let own = ctx.text.get(start - ctx.base..lo.byte_start - ctx.base)?;
    if !(own.starts_with("بين") || own.starts_with("ما")) || list_after(tokens, z2) {
        return None;
    }
    let between = ctx
        .text
        .get(lo.byte_end - ctx.base..hi.byte_start - ctx.base)?;
    if !matches!(between.trim(), "" | "و") {
        return None;
    }
    let n1 = (a1..=z1).find_map(|j| match tokens[j].kind {
        TokenKind::Number { value, .. } => Some(value),
        _ => None,
    })?;
    let high = h * (l / n1);
    (high > *l)
        .then(|| ranged(lo, start, lo.value.clone(), Value::Number(high)))
        .map(|mut r| {
            r.byte_end = hi.byte_end;
            r
        })
}

/// `بين 30 إلى 25 سنة`: after a bare `بين`, a high end first joined by `إلى`/`حتى` is a
/// change, as the main reader has it; `ما بين`/`مابين`, a form of `تراوح`/`تفاوت` before
/// it, or `و` between make it a range (`تفاوتت أسعار المتر بين 800 إلى 160 ريالا`).
fn falls_ok(ctx: &Ctx<'_, '_>, start: usize, end: usize, high: usize) -> bool {
    let text = |a: usize, b: usize| ctx.text.get(a - ctx.base..b - ctx.base).unwrap_or("");
    let between = text(end, high);
    if !["إلى", "الى", "حتى"].iter().any(|w| between.contains(w)) {
        return true;
    }
    let own = text(start, end);
    if own.starts_with("ما") {
        return true;
    }
    let before = text(ctx.base, start);
    before
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| w.contains("تراوح") || w.contains("تفاوت"))
}

fn ranged(hi: &Recognized, start: usize, low: Value, high: Value) -> Recognized {
    let mut r = hi.clone();
    r.byte_start = start;
    r.value = low.clone();
    r.low = Some(low);
    r.high = Some(high);
    r.qualifier = Qualifier::Range;
    r
}

/// One of a unit of time, by its singular noun: `أسبوع` is `P1W`.
fn one_of(k: &str) -> Option<&'static str> {
    Some(match k.strip_prefix("ال").unwrap_or(k) {
        "يوم" => "P1D",
        "اسبوع" => "P1W",
        "شهر" => "P1M",
        "سنه" | "عام" => "P1Y",
        "عقد" => "P10Y",
        "ساعه" => "PT1H",
        "دقيقه" => "PT1M",
        _ => return None,
    })
}

/// `تتراوح ما بين أسبوع إلى عشرة أيام`: a unit's singular noun before a duration joined to
/// it is the range's low end (see the module's doc).
fn unit_word_low(ctx: &Ctx<'_, '_>, c: &Recognized) -> Option<Recognized> {
    let tokens = ctx.tokens;
    if c.kind != Kind::Duration {
        return None;
    }
    let high = high_end(ctx, c)?;
    let (a, z) = span(tokens, c)?;
    // The joining words before the duration (or in its own text, `حتى 3 أشهر`).
    let mut p = a;
    let mut joins =
        tokens[a].start < c.byte_start || ["الي", "حتي", "وحتي", "والي"].contains(&key(tokens, a));
    loop {
        let q = p.checked_sub(1)?;
        let join = matches!(
            key(tokens, q),
            "و" | "الي" | "والي" | "حتي" | "وحتي" | "وال"
        ) || matches!(tokens[q].kind, TokenKind::Punct('-' | '–' | 'ـ'));
        if !join {
            break;
        }
        joins = true;
        p = q;
    }
    let w = p.checked_sub(1)?;
    let low = Value::Text(one_of(key(tokens, w))?.to_string());
    if !joins || list_after(tokens, z) || size(&low)? >= size(&high)? {
        return None;
    }
    let start = opener(tokens, w, tokens[w].start)?;
    Some(ranged(c, start, low, high))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        percent_two_four: "وجاءت أسهم «الكابلات» مرتفعة بين الـ2 و4%."
            => ["بين الـ2 و4%|percent|2|2..4|range|"];
        percent_eighty_ninety: "نتوقع أن تبلغ الحصة السوقية ما بين 80، و90 في المئة من السوق العالمية"
            => ["ما بين 80، و90 في المئة|percent|80|80..90|range|"];
        percent_change_stays: "وارتفعت النسبة من 20% إلى 30% خلال العام"
            => ["20%|percent|20|20..20|exact|", "30%|percent|30|30..30|exact|"];
        money_until: "مشترياته التي تتراوح قيمتها مابين 200 ريال وحتى 1500 ريال، ولاقى العرض استحسانا"
            => ["مابين 200 ريال وحتى 1500 ريال|money|200|200..1500|range|riyal"];
        money_bare_low: "وتتراوح أسعارها 30 و60 ريالا، لافتا إلى أن العصير يأتي ثانيا"
            => ["30 و60 ريالا|money|30|30..60|range|riyal"];
        money_reversed: "إذ تفاوتت أسعار المتر بين 800 إلى 160 ريالا في الأحياء"
            => ["بين 800 إلى 160 ريالا|money|160|160..800|range|riyal"];
        price_bare_high: "بينما تراوح في 12 شهرا بين 39.80 ريالاً و70، وفي هذا ما يشير"
            => ["12 شهرا|duration|P12M|P12M..P12M|exact|month", "بين 39.80 ريالاً و70|money|39.8|39.8..70|range|riyal"];
        price_bare_lower_stays: "تراوح السهم بين 39.80 ريالاً و20، وفي هذا ما يشير"
            => ["39.80 ريالاً|money|39.8|39.8..39.8|exact|riyal", "20|number|20|20..20|exact|"];
        fall_after_between_stays: "بين 30 إلى 25 سنة"
            => ["30|number|30|30..30|exact|", "25 سنة|duration|P25Y|P25Y..P25Y|exact|year"];
        money_words_between_stay: "الرواتب تراوح بين 10 آلاف يورو في أدناها و288 ألف يورو في أعلاها"
            => ["10 آلاف يورو|money|10000|10000..10000|exact|eur", "288 ألف يورو|money|288000|288000..288000|exact|eur"];
        duration_months: "بعد رفع العقوبات بفترة تتراوح من ستة أشهر إلى 12 شهرا، سوف تضيف"
            => ["من ستة أشهر إلى 12 شهرا|duration|P6M|P6M..P12M|range|month"];
        duration_ages: "مشيراً إلى أن الشباب بين أعمار 19 و30 عاماً هم الأكثر"
            => ["بين أعمار 19 و30 عاماً|duration|P19Y|P19Y..P30Y|range|year"];
        // (ar108 then splits the list into three exact durations.)
        duration_list_stays: "وتراوحت آجال السندات بين 5 و 7 و 10 سنوات"
            => ["5|duration|P5Y|P5Y..P5Y|exact|year", "7|duration|P7Y|P7Y..P7Y|exact|year",
                "10 سنوات|duration|P10Y|P10Y..P10Y|exact|year"];
        week_to_ten_days: "وسيغيب عن الملاعب لمدة تتراوح ما بين أسبوع إلى عشرة أيام."
            => ["ما بين أسبوع إلى عشرة أيام|duration|P1W|P1W..P10D|range|day"];
        month_to_two: "وتختفي الأعراض عادة خلال مدة تتراوح بين شهر إلى شهرين"
            => ["بين شهر إلى شهرين|duration|P1M|P1M..P2M|range|month"];
        year_and_five: "مارسن أنشطتهن منذ فترات تراوح بين سنة و5 سنوات"
            => ["بين سنة و5 سنوات|duration|P1Y|P1Y..P5Y|range|year"];
        week_without_opener_stays: "وبعد أسبوع و3 أيام عاد الفريق"
            => ["3 أيام|duration|P3D|P3D..P3D|exact|day"];
    }
}
