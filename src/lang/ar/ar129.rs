//! Counts, money and numbers of the judged Arabic samples 91–94 (ar129).
//!
//! - A dot grouping thousands in a measure written in brackets: `بلغ وزنها (17.800) كيلو
//!   جرام`, `بمساحة (5.210) م مربع`. The tool kept the decimal (17.8 kilograms) since a
//!   measure may have decimals (`2.125 كيلو غراماً`); a figure of one to three digits, a dot
//!   and three more, standing alone in its brackets (the Gulf style of official figures,
//!   `(750.000) م مربع` beside it) is now a whole number of thousands: 17,800 kilograms. An
//!   unbracketed `2.125 كيلو غراماً` stays 2.125. See [`bracketed`].
//! - A range written high end first, both figures sharing one scale word: `لبيع 55-50 ألف
//!   سيارة`. The tool read 55 to 50,000; it is now 50,000–55,000 cars, as `50-55 ألف سيارة`
//!   was. Only with a dash between and the two ends within twice of each other (`5-4 ألف` is
//!   4,000–5,000, `من 60 إلى 50 ألف` a fall, left alone). See [`reversed_scale`].
//! - `كيلو مترات مربعة` (the split plural, `مربعة` after): the tool gave kilometres and left
//!   `مربعة` out; it is now square kilometres up to `مربعة` (`units.rs`).
//! - A footnote mark in brackets glued to closing punctuation glued to a word: `في رجال
//!   ألمع)»!(3)`, `(ولعله تحريف للاسم)!»(11)`, `(أبو نقطة)(2)، حيث`. The tool gave the bare
//!   number; it now drops it, as it did `عبدالعزيز(4)`. A bracketed figure after a space
//!   (`و (6) فروع`) stays. See [`footnote`].
//! - A singular noun with `واحد`/`واحدة`, `أو` and the noun's dual that reads as no claim of
//!   its own: `حصة واحدة أو حصتين`, `في جلسة واحدة أو جلستين`. The tool gave exactly one; it
//!   is now the range one to two up to the dual. `حصة واحدة أو أكثر` stays one. See
//!   [`one_or_dual`].
//! - A threshold verb shared over a list of amounts that each name where they apply: `تزيد
//!   إجمالي أجرتها السنوية عن (300) ألف ريال في الأمانات، و (200) ألف ريال في البلديات …`.
//!   The tool made the first more than 300,000 and the others exact; each item after `، و`
//!   is now more than its amount too (also `يزيد … على`, `لا يقل/تقل … عن`: at least). Only
//!   when the head starts with the verb, the gap before each item is a `في`/`ب` phrase then
//!   `، و` (ten words at most), with no figure in it, and the item is of the head's kind
//!   and unit. A list after `أكثر من` (`أكثر من 1186 رحلة في اليوم الواحد، و49.5 رحلة`) is
//!   left alone. See [`threshold_list`].

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::numbers::Num;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Spreads a threshold over its list and widens `X واحدة أو Xين` (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    threshold_list(ctx, out, from);
    for c in out.iter_mut().skip(from) {
        one_or_dual(ctx.tokens, c);
    }
}

/// Whether the number at token `first` stands alone in brackets: `(17.800)`, `( 5.210 )`.
pub(super) fn bracketed(tokens: &[Token<'_>], first: usize) -> bool {
    first > 0
        && matches!(tokens[first - 1].kind, TokenKind::Punct('('))
        && tokens
            .get(first + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
}

/// `55-50 ألف سيارة`: the low end `n` of a range written before the high end `m`, which
/// carries the scale `s`, is the larger once scaled, within twice of `m`, and a dash stands
/// between the two: the scale stands for both, high end first.
pub(super) fn reversed_scale(tokens: &[Token<'_>], n: &Num, m: &Num, s: f64) -> bool {
    let scaled = n.value * s;
    let dash = m.first == n.last + 2
        && matches!(tokens[n.last + 1].kind, TokenKind::Punct('-' | '–' | '—'));
    dash && scaled > m.value && scaled <= 2.0 * m.value
}

/// A footnote mark: digits (one or two) in brackets at token `i`, the `(` glued to closing
/// punctuation (`)`, `»`, `!`, `.`, `؟`, `"`) that is glued, mark by mark, to a word:
/// `ألمع)»!(3)`, `نقطة)(2)`.
pub(super) fn footnote(tokens: &[Token<'_>], i: usize) -> bool {
    let touching = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    if i < 3
        || tokens[i].text.chars().count() > 2
        || !matches!(tokens[i - 1].kind, TokenKind::Punct('('))
        || !tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
        || !touching(i - 1, i)
        || !touching(i - 2, i - 1)
    {
        return false;
    }
    let mut p = i - 2;
    let mut marks = 0;
    while matches!(
        tokens[p].kind,
        TokenKind::Punct(')' | '»' | '!' | '.' | '؟' | '?' | '"' | '”')
    ) {
        marks += 1;
        if p == 0 || !touching(p - 1, p) || marks > 3 {
            return false;
        }
        p -= 1;
    }
    marks > 0 && tokens[p].kind == TokenKind::Word
}

/// `حصة واحدة أو حصتين`: an exact count of one whose last word is `واحد`/`واحدة` after its
/// noun, followed by `أو` and the noun's dual (its stem, then `ين`/`ان`), is the range one to
/// two up to the dual.
fn one_or_dual(tokens: &[Token<'_>], c: &mut Recognized) {
    if c.kind != Kind::Count || c.qualifier != Qualifier::Exact || c.value != Value::Number(1.0) {
        return;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return;
    };
    let z = last_token(tokens, a, c.byte_end);
    if z == a || !matches!(key(tokens, z), "واحد" | "واحده" | "واحدا") {
        return;
    }
    if key(tokens, z + 1) != "او" {
        return;
    }
    let noun = key(tokens, z - 1);
    let stem = noun.strip_suffix('ه').unwrap_or(noun);
    let dual = key(tokens, z + 2);
    let rest = dual.strip_prefix(stem).unwrap_or("");
    if stem.chars().count() < 2 || !matches!(rest, "ين" | "ان" | "تين" | "تان") {
        return;
    }
    c.qualifier = Qualifier::Range;
    c.low = Some(Value::Number(1.0));
    c.high = Some(Value::Number(2.0));
    c.byte_end = tokens[z + 2].end;
}

/// The qualifier a threshold verb at the start of a claim gives: `تزيد`/`يزيد` more than,
/// `لا تقل`/`لا يقل` at least.
fn threshold(tokens: &[Token<'_>], a: usize) -> Option<Qualifier> {
    match key(tokens, a) {
        "تزيد" | "يزيد" => Some(Qualifier::MoreThan),
        "لا" | "ولا" if matches!(key(tokens, a + 1), "تقل" | "يقل") => {
            Some(Qualifier::AtLeast)
        }
        _ => None,
    }
}

/// `تزيد أجرتها عن (300) ألف ريال في الأمانات، و (200) ألف ريال في البلديات`: the items of a
/// list after a threshold verb, each after a `في`/`ب` phrase and `، و`, take its qualifier.
fn threshold_list(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    let text = |a: usize, b: usize| {
        ctx.text
            .get(a.checked_sub(ctx.base)?..b.checked_sub(ctx.base)?)
            .map(str::trim)
    };
    let mut k = from;
    while k < out.len() {
        let head = &out[k];
        let q = token_at(tokens, head.byte_start).and_then(|a| threshold(tokens, a));
        let Some(q) = q.filter(|&q| q == head.qualifier) else {
            k += 1;
            continue;
        };
        if !matches!(head.kind, Kind::Money | Kind::Count) {
            k += 1;
            continue;
        }
        let (kind, unit, sentence) = (head.kind, head.unit.clone(), head.sentence);
        let mut prev_end = head.byte_end;
        let mut j = k + 1;
        while j < out.len() {
            let c = &out[j];
            let gap = text(prev_end, c.byte_start).unwrap_or("");
            let words: Vec<&str> = gap.split_whitespace().collect();
            let phrase = words
                .first()
                .is_some_and(|w| *w == "في" || w.starts_with('ب'));
            let joined = gap
                .strip_suffix('و')
                .map(str::trim_end)
                .is_some_and(|g| g.ends_with('،') || g.ends_with(','));
            if c.kind != kind
                || c.unit != unit
                || c.qualifier != Qualifier::Exact
                || c.sentence != sentence
                || !phrase
                || !joined
                || words.len() > 10
                || gap.chars().any(|ch| ch.is_numeric())
            {
                break;
            }
            let Value::Number(v) = c.value else { break };
            let c = &mut out[j];
            c.qualifier = q;
            c.low = Some(Value::Number(v));
            c.high = None;
            prev_end = c.byte_end;
            j += 1;
        }
        k = j.max(k + 1);
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        bracketed_kilos: "بلغ وزنها (17.800) كيلو جرام، كانت مخبأة"
            => ["(17.800) كيلو جرام|count|17800|17800..17800|exact|kilogram"];
        bare_kilos_stay: "بلغ وزنها 2.125 كيلو جرام، كانت مخبأة"
            => ["2.125 كيلو جرام|count|2.125|2.125..2.125|exact|kilogram"];
        reversed_shared_scale: "وتخطط تسلا لبيع 55-50 ألف سيارة سنويا"
            => ["55-50 ألف سيارة|count|50000|50000..55000|range|vehicle"];
        ordered_shared_scale_stays: "وتخطط تسلا لبيع 50-55 ألف سيارة سنويا"
            => ["50-55 ألف سيارة|count|50000|50000..55000|range|vehicle"];
        split_square_km: "وتبلغ مساحتها نحو 103 كيلو مترات مربعة، وتستهدف"
            => ["نحو 103 كيلو مترات مربعة|count|103|92.7..113.3|approx|square_kilometer"];
        split_km_stays: "على بعد 20 كيلو مترات من المحافظة"
            => ["20 كيلو مترات|count|20|20..20|exact|kilometer"];
        footnote_after_marks: "في منطقة ما إلى الشمال (وهي «جبل صهيون» في رجال ألمع)»!(3)"
            => [];
        bracket_after_space_stays: "ويضم المشروع (6) فروع للبنات"
            => ["(6) فروع|count|6|6..6|exact|branch"];
        one_or_dual: "وصار نصيبها حصة واحدة أو حصتين على الأكثر"
            => ["حصة واحدة أو حصتين|count|1|1..2|range|حصه"];
        one_or_more_stays: "وصار نصيبها حصة واحدة أو أكثر"
            => ["حصة واحدة أو أكثر|count|1|1..|at_least|حصه"];
        threshold_over_list: "كل من استأجر عقارا تزيد أجرتها السنوية عن (300) ألف ريال في الأمانات، و (200) ألف ريال في البلديات ذات الفئة (ب) أو الفئة (جـ)، و (50) ألف ريال في غيرها"
            => ["تزيد أجرتها السنوية عن (300) ألف ريال|money|300000|300000..|more_than|riyal",
                "(200) ألف ريال|money|200000|200000..|more_than|riyal",
                "(50) ألف ريال|money|50000|50000..|more_than|riyal"];
        more_than_list_stays: "نفذت أكثر من 1186 رحلة في اليوم الواحد، و49 رحلة"
            => ["أكثر من 1186 رحلة|count|1186|1186..|more_than|flight",
                "49 رحلة|count|49|49..49|exact|flight"];
    }
}
