//! Qualifiers and ranges the readers miss (ar96, from the judged samples 67–70):
//! - A percent sign typed before its digits (`أكثر من %70`, `نحو %40`, `إتمام % 75`): the
//!   number is a percent, as if the sign followed it (a right-to-left typing order). See
//!   [`leading_percent`], for the tokenizer.
//! - An adverb of degree between a comparison word and `من`: `أقل بكثير من 2 %`, `أكثر
//!   نسبيا من`: less, more than. See [`degree_comparison`].
//! - `تصل إلى 18.6% بحلول عام 2050`: a level reached by a target date is a forecast point,
//!   exact, not a cap. See [`reach_by`].
//! - A dual after `أو` and its singular: `لأسبوع أو أسبوعين`, `يوم أو يومين`: the range one
//!   to two. See [`or_dual`].
//! - Numbers quoted after `بين`: `ما بين " 32 و35 كيلوجراما"`, `بين «5 و7 و10 سنوات»`: a
//!   range from the first to the last (the range reader stops at the quote). See
//!   [`quoted_range`].
//! - A negated verb of exceeding over two numbers joined by `و`/`أو` (`لم تتجاوز الجمعيات
//!   800 جمعية خيرية و200 جمعية تعاونية`, `لا تزيد نسبتها عن 10% في أفريقيا و13%`): the
//!   second is at most too (not after a positive verb: `تجاوزت 437 مليون ريال و2,971 ريالا
//!   للمتر` gives the price of a metre, exact). See [`negated_pair`].
//! - A negated verb of exceeding and its subject right before the number (`لم تتجاوز
//!   الجمعيات لدينا 800 جمعية`, `ولا يزيد عمره 25 عامًا`): at most. See [`negated_head`].
//! - Thousands or millions of `ساعة` right after a word of selling (`باعت ما بين 3 و5
//!   ملايين ساعة`, `توقعات المبيعات بين 1.5 و3 ملايين ساعة`, `بيع أكثر من 2.18 مليون
//!   ساعة`): watches sold, a count, not hours. See [`sold_watches`].

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// For the tokenizer: a number in digits at byte `i` of `text` with no sign of its own,
/// right after a `%`/`٪` (one space between at most) that follows a space or the start and
/// is the last token of `out`: the byte where that sign starts.
pub(super) fn leading_percent(
    text: &str,
    out: &[Token<'_>],
    offset: usize,
    i: usize,
) -> Option<usize> {
    let sign = out.last()?;
    if !matches!(sign.kind, TokenKind::Punct('%' | '٪')) {
        return None;
    }
    let s = sign.start.checked_sub(offset)?;
    let between = text.get(s + sign.text.len()..i)?;
    if between.len() > 1 || between.bytes().any(|b| b != b' ') {
        return None;
    }
    // (The sign of a number before it, `40% 60`, is that number's.)
    let before = text.get(..s)?;
    if !(before.is_empty() || before.ends_with(' ')) {
        return None;
    }
    Some(s)
}

/// Fixes the qualifiers and ranges of this sentence's claims from `from` on (see the
/// module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_at(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        if out[k].qualifier == Qualifier::Exact {
            degree_comparison(tokens, a, &mut out[k]);
            negated_head(tokens, a, &mut out[k]);
            or_dual(tokens, a, z, &mut out[k]);
        } else if out[k].qualifier == Qualifier::AtMost {
            reach_by(tokens, a, z, &mut out[k]);
        }
        sold_watches(tokens, a, z, &mut out[k]);
        if k > from && out[k].qualifier == Qualifier::Exact {
            let (head, tail) = out.split_at_mut(k);
            negated_pair(tokens, &head[k - 1], a, &mut tail[0]);
        }
        if let Some(merged) = quoted_range(tokens, out, from, k, a) {
            k = merged;
        }
        k += 1;
    }
}

/// Adverbs of degree (keys) between a comparison word and `من`.
const DEGREE: &[&str] = &["بكثير", "كثيرا", "نسبيا", "قليلا", "بقليل"];

/// `أقل بكثير من 2 %`: a comparison word, an adverb of [`DEGREE`] and `من` right before
/// the exact claim at token `a` make it less or more than its value.
fn degree_comparison(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    let Some(m) = a.checked_sub(3) else {
        return;
    };
    if key(tokens, a - 1) != "من" || !DEGREE.contains(&key(tokens, a - 2)) {
        return;
    }
    let q = match key(tokens, m).strip_prefix('و').unwrap_or(key(tokens, m)) {
        "اقل" | "ادني" => Qualifier::LessThan,
        "اكثر" | "اعلي" | "ازيد" => Qualifier::MoreThan,
        _ => return,
    };
    if matches!(c.kind, Kind::Date | Kind::Ordinal) {
        return;
    }
    c.qualifier = q;
    if q == Qualifier::LessThan {
        c.low = None;
        c.high = Some(c.value.clone());
    } else {
        c.low = Some(c.value.clone());
        c.high = None;
    }
    c.byte_start = tokens[m].start;
}

/// `وأن تصل إلى 18.6% بحلول عام 2050`: a cap read from «reach» (`تصل إلى`) with `بحلول`
/// (by) within three tokens after it is the level forecast for that date: exact.
fn reach_by(tokens: &[Token<'_>], a: usize, z: usize, c: &mut Recognized) {
    let verb = key(tokens, a);
    let bare = verb
        .strip_prefix('و')
        .or_else(|| verb.strip_prefix('ل'))
        .unwrap_or(verb);
    if !matches!(bare, "تصل" | "يصل") || key(tokens, a + 1) != "الي" {
        return;
    }
    if !(z + 1..z + 4).any(|j| key(tokens, j) == "بحلول") {
        return;
    }
    c.qualifier = Qualifier::Exact;
    c.low = Some(c.value.clone());
    c.high = Some(c.value.clone());
}

/// The value `v` whose number `old` becomes `new`: a plain number scaled, or a duration
/// (`P2W`, `PT5H`) whose number is `old`.
fn with_number(v: &Value, old: f64, new: f64) -> Option<Value> {
    match v {
        Value::Number(x) if old != 0.0 => Some(Value::Number(x / old * new)),
        Value::Number(_) => None,
        Value::Text(s) => {
            let head = if s.starts_with("PT") { 2 } else { 1 };
            if !s.starts_with('P') {
                return None;
            }
            let rest = s.get(head..)?;
            let digits = rest
                .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
                .filter(|&d| d > 0 && d + 1 == rest.len())?;
            let n: f64 = rest.get(..digits)?.parse().ok()?;
            if n != old {
                return None;
            }
            let new = if new.fract() == 0.0 {
                format!("{}", new as i64)
            } else {
                format!("{new}")
            };
            Some(Value::Text(format!(
                "{}{new}{}",
                &s[..head],
                &rest[digits..]
            )))
        }
    }
}

/// `لأسبوع أو أسبوعين`, `كل يوم أو يومين`, `سنة أو سنتين`: an exact duration of two read
/// from a single dual word after `أو` and a word with the dual's stem (its singular) is the
/// range from one to two.
fn or_dual(tokens: &[Token<'_>], a: usize, z: usize, c: &mut Recognized) {
    // (And a count, `شخص أو شخصان`, `مباراة أو مباراتين`: see ar106.)
    if !matches!(c.kind, Kind::Duration | Kind::Count)
        || a != z
        || a < 2
        || key(tokens, a - 1) != "او"
    {
        return;
    }
    let dual = key(tokens, a);
    if !(dual.ends_with("ين") || dual.ends_with("ان")) {
        return;
    }
    let one = key(tokens, a - 2);
    let one = one
        .strip_prefix('ل')
        .or_else(|| one.strip_prefix('ب'))
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(one);
    let stem = one
        .strip_suffix('ا')
        .or_else(|| one.strip_suffix('ه'))
        .unwrap_or(one);
    if stem.chars().count() < 2 || !dual.starts_with(stem) {
        return;
    }
    let Some(low) = with_number(&c.value, 2.0, 1.0) else {
        return;
    };
    c.qualifier = Qualifier::Range;
    c.value = low.clone();
    c.low = Some(low);
    c.byte_start = tokens[a - 2].start;
}

/// `لم تتجاوز الجمعيات 800 جمعية خيرية و200 جمعية تعاونية`: after an at-most claim that
/// starts with a negation (`لا تزيد على`, `لم تتجاوز`), the exact claim of the same kind at
/// token `a` joined to it by `و` or `أو` with at most three words between (and no other
/// mark than a comma) is at most too.
fn negated_pair(tokens: &[Token<'_>], prev: &Recognized, a: usize, c: &mut Recognized) {
    if prev.qualifier != Qualifier::AtMost || prev.kind != c.kind || c.kind == Kind::Date {
        return;
    }
    let Some(p) = token_at(tokens, prev.byte_start) else {
        return;
    };
    if !matches!(key(tokens, p), "لا" | "لم" | "ولا" | "ولم") {
        return;
    }
    let pz = last_token(tokens, p, prev.byte_end);
    let Some(join) = a.checked_sub(1) else {
        return;
    };
    if !matches!(key(tokens, join), "و" | "او") || join <= pz || join - pz > 4 {
        return;
    }
    let plain = (pz + 1..join).all(|j| {
        tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word || matches!(t.kind, TokenKind::Punct('،' | ','))
        })
    });
    if !plain {
        return;
    }
    c.qualifier = Qualifier::AtMost;
    c.low = None;
    c.high = Some(c.value.clone());
    c.byte_start = tokens[join].start;
}

/// Verbs of exceeding (keys) after a negation.
const EXCEED: &[&str] = &["تتجاوز", "يتجاوز", "تزيد", "يزيد", "تتعدي", "يتعدي"];

/// `لم تتجاوز الجمعيات لدينا 800 جمعية`, `ولا يزيد عمره 25 عامًا`: a negation, a verb of
/// [`EXCEED`] and one to three words of its subject (no preposition, no number) right
/// before the exact claim at token `a` make it at most (not an ordinal: `لم تتجاوز أعمارهم
/// السادسة عشرة`).
fn negated_head(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    // (Nor a digit glued to a word, `لا تتجاوز كلم٢ واحدا`: the square of a unit.)
    let glued = a
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .zip(tokens.get(a))
        .is_some_and(|(p, t)| p.end == t.start);
    if glued || matches!(c.kind, Kind::Date | Kind::Ordinal) {
        return;
    }
    for gap in 1..=3 {
        let Some(verb) = a.checked_sub(gap + 1) else {
            return;
        };
        let w = key(tokens, verb + 1);
        if w.is_empty()
            || matches!(
                w,
                "علي" | "عن" | "من" | "في" | "الي" | "او" | "و" | "ان" | "ما"
            )
        {
            return;
        }
        if !EXCEED.contains(&key(tokens, verb)) {
            continue;
        }
        let Some(neg) = verb.checked_sub(1) else {
            return;
        };
        if !matches!(
            key(tokens, neg),
            "لا" | "لم" | "لن" | "ولا" | "ولم" | "فلا" | "فلم"
        ) {
            return;
        }
        c.qualifier = Qualifier::AtMost;
        c.low = None;
        c.high = Some(c.value.clone());
        c.byte_start = tokens[neg].start;
        return;
    }
}

/// Words (keys, after `و`, `ف` or `ل`) of selling.
const SALE: &[&str] = &[
    "باع",
    "باعت",
    "باعوا",
    "بيع",
    "تبيع",
    "يبيع",
    "مبيعات",
    "المبيعات",
    "مبيعاتها",
];

/// The number of hours of a duration value `PT…H`.
fn hours(v: &Option<Value>) -> Option<Value> {
    match v.as_ref()? {
        Value::Text(s) => {
            let n: f64 = s.strip_prefix("PT")?.strip_suffix('H')?.parse().ok()?;
            Some(Value::Number(n))
        }
        Value::Number(_) => None,
    }
}

/// `باعت ما بين 3 و5 ملايين ساعة`: hours in thousands or millions (a scale word right
/// before `ساعة`) with a word of [`SALE`] in the three words before are watches sold.
fn sold_watches(tokens: &[Token<'_>], a: usize, z: usize, c: &mut Recognized) {
    if c.kind != Kind::Duration || c.unit.as_deref() != Some("hour") || z < 1 {
        return;
    }
    if !matches!(key(tokens, z - 1), "مليون" | "ملايين" | "الف" | "الاف") {
        return;
    }
    let sold = (a.saturating_sub(3)..a).any(|j| {
        let w = key(tokens, j);
        let bare = w
            .strip_prefix('و')
            .or_else(|| w.strip_prefix('ف'))
            .or_else(|| w.strip_prefix('ل'))
            .unwrap_or(w);
        SALE.contains(&w) || SALE.contains(&bare)
    });
    if !sold {
        return;
    }
    let Some(value) = hours(&Some(c.value.clone())) else {
        return;
    };
    c.kind = Kind::Count;
    c.value = value;
    c.low = hours(&c.low);
    c.high = hours(&c.high);
    c.unit = Some("watch".to_string());
}

const QUOTES: &[char] = &['"', '«', '»', '“', '”', '″'];

/// Skips a quote mark at `j` going back: the token before it, or `j`.
fn back_quote(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    if punct(tokens, j, QUOTES) {
        j.checked_sub(1)
    } else {
        Some(j)
    }
}

/// A claim that is one number in digits, with no unit or the unit `unit` (shared back
/// from the last number): its value.
fn bare_number(tokens: &[Token<'_>], c: &Recognized, unit: Option<&str>) -> Option<f64> {
    if c.unit.is_some() && c.unit.as_deref() != unit
        || matches!(c.kind, Kind::Date | Kind::Ordinal | Kind::Percent)
    {
        return None;
    }
    let a = token_at(tokens, c.byte_start)?;
    (tokens.get(a)?.end == c.byte_end).then_some(())?;
    match tokens[a].kind {
        TokenKind::Number {
            value,
            percent: false,
        } => Some(value),
        _ => None,
    }
}

/// `ما بين " 32 و35 كيلوجراما"`, `بين «1500» و«2000» حبة`, `بين «5 و7 و10 سنوات»`: bare
/// numbers in digits after `بين` and a quote, joined by `و`, and the claim at `k` (token
/// `a`) after them, are one range from the first to that claim; the claims before it are
/// dropped. Returns the merged claim's new index.
fn quoted_range(
    tokens: &[Token<'_>],
    out: &mut Vec<Recognized>,
    from: usize,
    k: usize,
    a: usize,
) -> Option<usize> {
    if !matches!(out[k].qualifier, Qualifier::Exact | Qualifier::Approx) {
        return None;
    }
    let last = tokens.get(a)?.number()?;
    // Back over `و` and the bare numbers before it, to `بين` and a quote.
    let mut first = k;
    let mut j = a;
    let mut quoted = false;
    loop {
        let w = back_quote(tokens, j.checked_sub(1)?)?;
        quoted |= w + 1 != j;
        if key(tokens, w) != "و" || first == from {
            break;
        }
        let prev = &out[first - 1];
        let p = token_at(tokens, prev.byte_start)?;
        let pz = last_token(tokens, p, prev.byte_end);
        // (A number, or a range `5 و7` read before the third, `و10 سنوات`.)
        let range = prev.qualifier == Qualifier::Range
            && prev.unit == out[k].unit
            && tokens[pz].number().is_some();
        if !range && bare_number(tokens, prev, out[k].unit.as_deref()).is_none()
            || back_quote(tokens, w.checked_sub(1)?)? != pz
        {
            return None;
        }
        first -= 1;
        j = p;
    }
    if first == k {
        return None;
    }
    let q = j.checked_sub(1)?;
    quoted |= punct(tokens, q, QUOTES);
    let b = back_quote(tokens, q)?;
    if !quoted || !matches!(key(tokens, b), "بين" | "مابين") {
        return None;
    }
    let low_n = tokens.get(j)?.number()?;
    if low_n >= last {
        return None;
    }
    let low = with_number(&out[k].value, last, low_n)?;
    let start = out[first].byte_start;
    let c = &mut out[k];
    c.high = Some(c.value.clone());
    c.value = low.clone();
    c.low = Some(low);
    c.qualifier = Qualifier::Range;
    c.byte_start = start;
    out.drain(first..k);
    Some(first)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        leading_percent: "التي تمثل أكثر من %70 من إجمالي موجوداتها" => ["أكثر من %70|percent|70|70..|more_than|"];
        leading_percent_space: "وجوب إتمام % 75 من الخطة" => ["% 75|percent|75|75..75|exact|"];
        trailing_percent_kept: "بنسبة 60% 40 منها" => ["60%|percent|60|60..60|exact|", "40|number|40|40..40|exact|"];
        much_less: "زادت أوزانهم بنسبة أقل بكثير من 2 %" => ["أقل بكثير من 2 %|percent|2|..2|less_than|"];
        reach_by_date: "وأن تصل إلى 18.6% بحلول عام 2050" => ["تصل إلى 18.6%|percent|18.6|18.6..18.6|exact|", "عام 2050|date|2050|2050-01-01..2050-12-31|exact|"];
        reach_cap: "بقدرة تصل إلى 40 ميجاوات" => ["تصل إلى 40 ميجاوات|count|40|..40|at_most|megawatt"];
        week_or_two: "وتجنب تحريك الرسغ لأسبوع أو أسبوعين" => ["لأسبوع أو أسبوعين|duration|P1W|P1W..P2W|range|week"];
        day_or_two: "كل يوم أو يومين" => ["يوم أو يومين|duration|P1D|P1D..P2D|range|day"];
        sold_watches: "توقعوا أن الشركة باعت ما بين 3 و5 ملايين ساعة" => ["ما بين 3 و5 ملايين ساعة|count|3000000|3000000..5000000|range|watch"];
        hours_kept: "عمل المتطوعون 3 ملايين ساعة" => ["3 ملايين ساعة|duration|PT3000000H|PT3000000H..PT3000000H|exact|hour"];
        negated_pair: "بينما لا تزيد نسبتها عن 10% في أفريقيا و13% في عالمنا العربي" => ["لا تزيد نسبتها عن 10%|percent|10|..10|at_most|", "و13%|percent|13|..13|at_most|"];
        negated_pair_or: "التي لا تتجاوز مساحتها 400 متر أو 500 متر" => ["لا تتجاوز مساحتها 400 متر|count|400|..400|at_most|meter", "أو 500 متر|count|500|..500|at_most|meter"];
        positive_pair_kept: "متوسط سعر تجاوز 1.5 مليون ريال للفيلا و2378 ريالا للمتر" => ["تجاوز 1.5 مليون ريال|money|1500000|1500000..|more_than|riyal", "2378 ريالا|money|2378|2378..2378|exact|riyal"];
        negated_head: "في حين لم تتجاوز الجمعيات لدينا 800 جمعية خيرية و200 جمعية تعاونية" => ["لم تتجاوز الجمعيات لدينا 800 جمعية|count|800|..800|at_most|جمعيه", "و200 جمعية|count|200|..200|at_most|جمعيه"];
        negated_head_age: "ولا يزيد عمره 25 عامًا" => ["ولا يزيد عمره 25 عامًا|duration|P25Y|..P25Y|at_most|year"];
        negated_head_glued_kept: "بمساحتها التي لا تتجاوز كلم٢ واحدا" => ["٢|number|2|2..2|exact|"];
        quoted_range: "تزن ما بين \" 32 و35 كيلوجراما\"" => ["32 و35 كيلوجراما|count|32|32..35|range|kilogram"];
        quoted_list_range: "بين «5 و7 و10 سنوات»" => ["5 و7 و10 سنوات|duration|P5Y|P5Y..P10Y|range|year"];
    }
}
