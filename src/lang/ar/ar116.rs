//! Counts, durations, money and percents: qualifiers and lists (ar116):
//! - Two numbers glued by `و` in a list or a range (`5000 و4800 و4400و4150 و3900 ريال`,
//!   `ما بين 12و14 ألف ريال`, `ما بين 18و25 عاماً`): both numbers are now read (the glued
//!   run was dropped whole as a code); see `digits::glued_and`, used by `digits::scan`. A glued
//!   `3و2%` (a mistyped decimal, the second number smaller) stays unread.
//! - An «exceed» verb whose subject holds `أحد`/`لأحد` «one of» before a definite noun
//!   (`حيث تجاوز عدد الأصوات لأحد المرشحين 18 ألف ناخب`): more than 18000 (the partitive
//!   `أحد` cut the subject as if it were a number); see [`one_of`], used by
//!   `qualifiers::verb_with_subject`.
//! - `أو أكبر`, `أو أصغر` after a quantity (`5.5 بوصات أو أكبر`): or larger (at least), or
//!   smaller (at most), added to the trailing phrases of [`super::qualifiers`].
//! - An age decade with an open end after it (`في العشرينات من العمر أو أصغر`, `في
//!   الأربعينات من العمر فما فوق`): at most 29 years, at least 40 years (was the closed
//!   range of the decade); see [`open_decade`], used by `age_decade`.
//! - A lone singular unit, then `و` and a duration in a smaller unit (`سنة وسبعة أشهر`,
//!   `ساعة و21 دقيقة`, `إلى أكثر من عام و4 أشهر`): one duration, P1Y7M, PT1H21M, more than
//!   P1Y4M (only the smaller part was read, P7M); an exceed or less phrase before the unit
//!   word qualifies the whole; see [`retune`].
//! - An open end (`أو أكثر`, `أو أقل`, `فأكثر`, …) after a quantity with a short gap: a
//!   `من`/`في` phrase of one word, a nisba adjective, a comma or a dash (`خمسة أكواب من
//!   القهوة أو أكثر`, `ثلاثة اجتماعات سنوية أو أكثر`, `نصف الساعة، أو أقل`, `سنتين ــ أو
//!   أكثر ــ`): at least / at most (was exact); not before `من` (`أو أقل من`, a comparison),
//!   nor `وأقل`/`وأكثر` after a gap (`800 ريال، وأقل سعر 400 ريال`: a new clause); see
//!   [`open_after_gap`].

use super::Ctx;
use super::ar93::token_of;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Singular unit words (keys, after an optional `ل`/`ب`) that stand for one of the unit.
const ONE_UNIT: &[(&str, &str, &str)] = &[
    ("سنه", "P1Y", "year"),
    ("عام", "P1Y", "year"),
    ("شهر", "P1M", "month"),
    ("يوم", "P1D", "day"),
    ("ساعه", "PT1H", "hour"),
    ("دقيقه", "PT1M", "minute"),
];

/// `سنة وسبعة أشهر`, `أكثر من عام و4 أشهر`: a duration claim after `و` and a lone singular
/// unit word (no claim of its own) takes the unit word in as one of that unit, and the
/// qualifier of an exceed/less phrase before it.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for j in from..out.len() {
        let c = &out[j];
        if c.kind != Kind::Duration || c.qualifier != Qualifier::Exact {
            continue;
        }
        let Value::Text(small) = &c.value else {
            continue;
        };
        let Some(a) = token_of(tokens, c.byte_start) else {
            continue;
        };
        let t = &tokens[a];
        // (`سنة وشهرين`: a dual's claim starts at its `و`, ar120.)
        let dual = t.start == c.byte_start && c.byte_end == t.end && t.key.chars().count() > 4;
        let u = if (t.start < c.byte_start || dual) && t.key.starts_with('و') {
            a.checked_sub(1)
        } else if t.start == c.byte_start
            && a > 0
            && tokens[a - 1].kind == TokenKind::Word
            && tokens[a - 1].key == "و"
        {
            a.checked_sub(2)
        } else {
            None
        };
        let Some(u) = u else {
            continue;
        };
        let w = &tokens[u];
        if w.kind != TokenKind::Word {
            continue;
        }
        let Some((clitic, one, unit)) = ["", "ل", "ب"].iter().find_map(|p| {
            let k = w.key.strip_prefix(p)?;
            ONE_UNIT
                .iter()
                .find(|(u, _, _)| *u == k)
                .map(|(_, one, unit)| (p.chars().count(), *one, *unit))
        }) else {
            continue;
        };
        // The unit word must not be a claim's (`35 سنة ولا يزيد على 48 سنة`).
        if out[from..]
            .iter()
            .any(|o| o.byte_start < w.end && o.byte_end > w.start)
        {
            continue;
        }
        let Some(iso) = crate::model::join_durations(one, small) else {
            continue;
        };
        let q = super::qualifiers::before(tokens, u).filter(|f| {
            matches!(
                f.qualifier,
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan | Qualifier::AtMost
            )
        });
        if q.is_none() && u > 0 && super::qualifiers::before(tokens, u).is_some() {
            // (An «about» before the unit: its bounds over two units are left unread.)
            continue;
        }
        let combined = Value::Text(iso);
        let c = &mut out[j];
        c.value = combined.clone();
        c.unit = Some(unit.to_string());
        c.byte_start = w.offset_after_key_chars(clitic);
        match q {
            Some(f) => {
                c.qualifier = f.qualifier;
                c.byte_start = f.start;
                if matches!(f.qualifier, Qualifier::MoreThan | Qualifier::AtLeast) {
                    c.low = Some(combined);
                    c.high = None;
                } else {
                    c.low = None;
                    c.high = Some(combined);
                }
            }
            None => {
                c.low = Some(combined.clone());
                c.high = Some(combined);
            }
        }
    }
}

/// Whether token `k` is `أحد` «one of» (bare, or after `ل`/`ب`/`و`) before a definite
/// noun (`لأحد المرشحين`): a partitive inside a subject, not a number.
pub(super) fn one_of(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    matches!(t.key.as_str(), "احد" | "لاحد" | "باحد" | "واحد")
        && t.key != "واحد"
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.key.starts_with("ال"))
}

/// An age decade (`العشرينات من العمر`, a range ending on token `last`) followed by a
/// phrase that opens one end (`أو أصغر`, `أو أقل`: at most its last year; `أو أكبر`,
/// `أو أكثر`, `فما فوق`: at least its first): takes the phrase into the span and opens the
/// range. Returns the claim's last token.
pub(super) fn open_decade(tokens: &[Token<'_>], last: usize, r: &mut Recognized) -> usize {
    let Some(f) = super::qualifiers::after(tokens, last + 1) else {
        return last;
    };
    match f.qualifier {
        Qualifier::AtMost => {
            let Some(high) = r.high.clone() else {
                return last;
            };
            r.value = high;
            r.low = None;
        }
        Qualifier::AtLeast => r.high = None,
        _ => return last,
    }
    r.qualifier = f.qualifier;
    r.byte_end = f.end;
    f.last
}

/// Whether `t` is a gap mark between a quantity and its open end: a comma or a dash.
fn gap_mark(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('،' | ',' | '-' | '–' | '—' | 'ـ'))
        || t.kind == TokenKind::Word && !t.text.is_empty() && t.text.chars().all(|c| c == 'ـ')
}

/// `خمسة أكواب من القهوة أو أكثر`, `ثلاثة اجتماعات سنوية أو أكثر`: an exact quantity, a
/// short gap (see the module doc) and an «or more»/«or less» phrase: at least / at most.
pub(super) fn open_after_gap(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out[from..].iter_mut() {
        if c.qualifier != Qualifier::Exact
            || !matches!(
                c.kind,
                Kind::Count | Kind::Duration | Kind::Money | Kind::Percent
            )
        {
            continue;
        }
        // The first token after the claim.
        let mut k = tokens.partition_point(|t| t.start < c.byte_end);
        let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
        let mut gap = false;
        while tokens.get(k).is_some_and(gap_mark) {
            k += 1;
            gap = true;
        }
        if !gap {
            if word(k).is_some_and(|t| matches!(t.key.as_str(), "من" | "في"))
                && word(k + 1).is_some_and(|t| t.key.starts_with("ال"))
            {
                k += 2;
            } else if word(k).is_some_and(|t| t.key.ends_with("يه") && t.number().is_none()) {
                k += 1;
            } else {
                continue;
            }
            while tokens.get(k).is_some_and(gap_mark) {
                k += 1;
            }
        }
        let Some(f) = super::qualifiers::after(tokens, k) else {
            continue;
        };
        // (`800 ريال، وأقل سعر 400 ريال`: after a gap, `وأقل`/`وأكثر` opens a new clause.)
        if !matches!(f.qualifier, Qualifier::AtLeast | Qualifier::AtMost)
            || tokens[f.first].key.starts_with('و')
            || word(f.last + 1).is_some_and(|t| t.key == "من")
        {
            continue;
        }
        c.qualifier = f.qualifier;
        if f.qualifier == Qualifier::AtLeast {
            c.high = None;
        } else {
            c.low = None;
        }
        c.byte_end = f.end;
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        glued_list: "وغير الشاملة بفئاتها 5000 و4400و4150 و3000 ريال." =>
            ["5000|money|5000|5000..5000|exact|riyal",
             "4400|money|4400|4400..4400|exact|riyal",
             "4150|money|4150|4150..4150|exact|riyal",
             "3000 ريال|money|3000|3000..3000|exact|riyal"];
        glued_range: "يتراوح ما بين 18و25 عاماً." =>
            ["ما بين 18و25 عاماً|duration|P18Y|P18Y..P25Y|range|year"];
        glued_decimal_not: "وارتفعت النسبة بـ 3و2% عن العام." => [];
        exceed_one_of: "حيث تجاوز عدد الأصوات لأحد المرشحين 18 ألف ناخب." =>
            ["تجاوز عدد الأصوات لأحد المرشحين 18 ألف ناخب|count|18000|18000..|more_than|voter"];
        exceed_number_word_not: "وتجاوز عدد الأصوات أحد عشر ألف صوت." =>
            ["تجاوز عدد الأصوات أحد عشر ألف صوت|count|11000|11000..|more_than|vote"];
        or_larger: "شاشة بحجم 5.5 بوصات أو أكبر." =>
            ["5.5 بوصات أو أكبر|count|5.5|5.5..|at_least|inch"];
        decade_or_younger: "النساء اللاتي استخدمن الحبوب في العشرينات من العمر أو أصغر." =>
            ["العشرينات من العمر أو أصغر|duration|P29Y|..P29Y|at_most|year"];
        decade_and_above: "ويشمل الفحص من هم في الأربعينات من العمر فما فوق." =>
            ["الأربعينات من العمر فما فوق|duration|P40Y|P40Y..|at_least|year"];
        decade_closed_still: "رجل في الثلاثينات من العمر أو امرأة." =>
            ["الثلاثينات من العمر|duration|P30Y|P30Y..P39Y|range|year"];
        one_year_and_months: "وتبلغ الطفلة من العمر سنة وسبعة أشهر." =>
            ["سنة وسبعة أشهر|duration|P1Y7M|P1Y7M..P1Y7M|exact|year"];
        more_than_year_and_months: "وتأجيل الموعد إلى أكثر من عام و4 أشهر من الآن." =>
            ["أكثر من عام و4 أشهر|duration|P1Y4M|P1Y4M..|more_than|year"];
        hour_and_minutes: "واحتاج اللاعب إلى ساعة و26 دقيقة للفوز." =>
            ["ساعة و26 دقيقة|duration|PT1H26M|PT1H26M..PT1H26M|exact|hour"];
        plural_units_not: "ما بين الأربع سنوات و12 سنة." =>
            ["12 سنة|duration|P12Y|P12Y..P12Y|exact|year"];
        years_claimed_not: "ألا يقل عمرها عن 20 سنة ولا يزيد على 35 سنة." =>
            ["ألا يقل عمرها عن 20 سنة|duration|P20Y|P20Y..|at_least|year",
             "لا يزيد على 35 سنة|duration|P35Y|..P35Y|at_most|year"];
        or_more_after_of: "تناولن خمسة أكواب من القهوة أو أكثر يوميا." =>
            ["خمسة أكواب من القهوة أو أكثر|count|5|5..|at_least|اكواب"];
        or_more_after_adjective: "ثلاثة اجتماعات سنوية أو أكثر يحصل منها العضو." =>
            ["ثلاثة اجتماعات سنوية أو أكثر|count|3|3..|at_least|meeting"];
        or_less_after_comma: "بعد نصف الساعة، أو أقل، تحدد الأسعار." =>
            ["نصف الساعة، أو أقل|duration|PT0.5H|..PT0.5H|at_most|hour"];
        or_less_than_not: "يقضي 3 ساعات في العمل أو أقل من ساعتين في النوم." =>
            ["3 ساعات|duration|PT3H|PT3H..PT3H|exact|hour",
             "أقل من ساعتين|duration|PT2H|..PT2H|less_than|hour"];
        new_clause_and_less_not: "أعلى سعر 800 ريال، وأقل سعر 400 ريال." =>
            ["800 ريال|money|800|800..800|exact|riyal", "400 ريال|money|400|400..400|exact|riyal"];
        or_more_still: "تناولن خمسة أكواب أو أكثر يوميا." =>
            ["خمسة أكواب أو أكثر|count|5|5..|at_least|اكواب"];
    }
}
