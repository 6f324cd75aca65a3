//! Durations and counts of the judged Arabic audits (seed 9883) (ar126).
//!
//! - A comparative before a duration that the qualifier reader missed: the noun before
//!   `واحد` (`أكثر من عام واحد`, `أقل من ساعة واحدة`), an age compared with `أكبر من`/`أصغر
//!   من` (`لمن هم أكبر من ست سنوات`, `72% منه أكبر من 14 عاما وأصغر من 65 عاما`), a
//!   definite or prefixed `الأقل من` (`الفئة العمرية الأقل من 15 عاماً`, `للأقل من 30
//!   عاماً`) and `تحت` (`وفيات الأطفال تحت خمس سنوات`, `أعمارها تحت السنتين`). The tool gave
//!   an exact duration; it is now more than / less than it (at most / at least after a
//!   negation: `لم تكن تمنحهم أكثر من دقيقة واحدة`), the comparative in the span. A count
//!   whose noun comes first takes `أكثر من`/`أقل من` the same way (`لن يبقى لأكثر من ولاية
//!   واحدة`: at most one term). `أكبر خمس دول` (a superlative) and `تحت 37 درجة من الحرارة`
//!   (a count) stay. See [`comparative`].
//! - `حبة`/`قرص` «a piece, a tablet» read as pills whatever was counted: `أكثر من 700 حبة من
//!   فاكهة البطيخ`, `2000 حبة من جوز الهند`, `30 حبة دجاج`, `130 حبة عصير`, `6 أقراص` (disks),
//!   `أسعار الـ1000 حبه` (bricks). A pill needs a drug or a medicine in the sentence
//!   (`حبة من مادة الكبتاجون`, `ربع مليون حبة مخدرة`, `ابتلع 21 حبة، معظمها من المهدئات`);
//!   without one the unit is now the noun itself. See [`pill`].
//! - `ولاية` «a term of office» counted as a province: `لن يبقى لأكثر من ولاية واحدة من أربعة
//!   أعوام`, `بعد ولاية واحدة لاربع اعوام`, `تولت ولايتين رئاسيتين`. The unit is now `term`;
//!   `في أربع ولايات ومناطق` stays provinces. See [`term`].
//! - `العامين` «general» after a plural of office read as two years: `والمدراء العامين
//!   والمحافظين`, `بالمديرين العامين`, `بالمحامين العامين للشركات`. The tool gave a duration
//!   of two years; it now drops it. `خلال العامين الماضيين` stays. See [`general`].
//! - A duration range whose low end is a dual or a bare figure before `إلى`/`أو` and the
//!   high end's unit: `مرة كل سنتين إلى 3 سنوات`, `خلال العامين إلى الثلاثة أعوام المقبلة`,
//!   `تحتاج إلى عامين إلى اربعة أعوام`, `منذ 6 أو 7 أعوام`. The tool read two durations (the
//!   low one exact); it is now one range. A change `من 11 ساعة إلى 3 ساعات` stays two. See
//!   [`range`].

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::tokens::{Token, TokenKind, key_at, punct};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};
use crate::normalize::key;

/// Reads the comparatives before durations, drops `العامين` «general», joins the duration
/// ranges and gives pieces that are not pills their own noun (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    out.retain(|c| {
        let at = k;
        k += 1;
        at < from || !general(tokens, c)
    });
    range(ctx, out, from);
    for c in out.iter_mut().skip(from) {
        comparative(tokens, c);
        pill(ctx, c);
        term(tokens, c);
    }
}

/// The key of word token `j` without a leading `و`, `ل`, `ب` or `ف`, and the byte length
/// of what was stripped.
fn bare(tokens: &[Token<'_>], j: usize) -> (String, usize) {
    let k = key_at(tokens, j);
    for p in ["ول", "وب", "فل", "لل", "و", "ل", "ب", "ف"] {
        if let Some(rest) = k.strip_prefix(p)
            && rest.chars().count() >= 3
        {
            return (rest.to_string(), p.len());
        }
    }
    (k.to_string(), 0)
}

/// `أكثر من عام واحد`, `أكبر من ست سنوات`, `الأقل من 15 عاماً`, `تحت خمس سنوات`: the
/// comparative before an exact duration (or a count whose noun comes first) makes it more
/// or less than the figure.
fn comparative(tokens: &[Token<'_>], c: &mut Recognized) {
    if c.qualifier != Qualifier::Exact || !matches!(c.kind, Kind::Duration | Kind::Count) {
        return;
    }
    let Some(a) = token_of(tokens, c.byte_start) else {
        return;
    };
    if tokens[a].start != c.byte_start || a == 0 {
        return;
    }
    let duration = c.kind == Kind::Duration;
    if !duration && tokens[a].kind != TokenKind::Word {
        return;
    }
    let more = |w: &str| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        if w == key("أكثر") {
            Some(true)
        } else if w == key("أقل") {
            Some(false)
        } else if duration && w == key("أكبر") {
            Some(true)
        } else if duration && w == key("أصغر") {
            Some(false)
        } else {
            None
        }
    };
    let (w, more) = if key_at(tokens, a - 1) == "من" && a >= 2 {
        let (b, _) = bare(tokens, a - 2);
        match more(&b) {
            Some(m) => (a - 2, m),
            None => return,
        }
    } else if duration && key_at(tokens, a - 1) == key("تحت") {
        (a - 1, false)
    } else {
        return;
    };
    // (A negation anywhere in the clause before it: `لن يبقى على رأس السلطة لأكثر من`.)
    let negated = (w.saturating_sub(8)..w)
        .rev()
        .take_while(|&j| !punct(tokens, j, BREAK))
        .any(|j| {
            let k = key_at(tokens, j);
            matches!(
                k.strip_prefix('و').unwrap_or(k),
                "لا" | "لم" | "لن" | "ليس" | "ليست" | "غير"
            )
        });
    let q = match (more, negated) {
        (true, false) => Qualifier::MoreThan,
        (false, false) => Qualifier::LessThan,
        (true, true) => Qualifier::AtMost,
        (false, true) => Qualifier::AtLeast,
    };
    let v = c.value.clone();
    let (low, high) = match q {
        Qualifier::MoreThan | Qualifier::AtLeast => (Some(v), None),
        _ => (None, Some(v)),
    };
    let (_, strip) = bare(tokens, w);
    c.qualifier = q;
    c.low = low;
    c.high = high;
    c.byte_start = tokens[w].start + strip;
}

/// Marks that end a clause for the look back for a negation.
const BREAK: &[char] = &[
    '.', '،', ',', '؛', ';', '!', '?', '؟', '"', '«', '»', '(', ')',
];

/// Words that tell a pill or a tablet from a piece of anything else.
const DRUG: &[&str] = &[
    "مخدر",
    "مخدّر",
    "كبتاجون",
    "كبتاغون",
    "ملليجرام",
    "مللجرام",
    "مليجرام",
    "ملغ",
    "ملجم",
    "مهدئ",
    "مهدّئ",
    "دواء",
    "أدوية",
    "ادوية",
    "هيروين",
    "امفيتامين",
    "أمفيتامين",
    "بنادول",
    "مسكن",
    "مسكّن",
    "ترامادول",
    "الحمل",
    "جرعة",
    "تناول",
    "فيتامين",
    "حبوب",
    "علاج",
    "صيدل",
    "كوكايين",
    "دوائي",
    "عقار",
    "الفياجرا",
];

/// `700 حبة من فاكهة البطيخ`: a piece is a pill only near a drug or a medicine; otherwise
/// the unit is the counted noun.
fn pill(ctx: &Ctx<'_, '_>, c: &mut Recognized) {
    if c.kind != Kind::Count || c.unit.as_deref() != Some("pill") {
        return;
    }
    if DRUG.iter().any(|d| ctx.text.contains(d)) {
        return;
    }
    let tokens = ctx.tokens;
    let Some(a) = token_of(tokens, c.byte_start) else {
        return;
    };
    let z = last_token(tokens, a, c.byte_end);
    let Some(noun) = (a..=z)
        .rev()
        .find(|&j| {
            let k = key_at(tokens, j);
            k.contains("حب") || k.contains("قرص") || k.contains("قراص")
        })
        .map(|j| tokens[j].key.clone())
    else {
        return;
    };
    let noun = noun.strip_prefix("ال").map(str::to_string).unwrap_or(noun);
    c.unit = Some(noun);
}

/// `والمدراء العامين`, `بالمديرين العامين`: `العامين` after a definite plural of persons
/// is the adjective «general», not two years.
fn general(tokens: &[Token<'_>], c: &Recognized) -> bool {
    if c.kind != Kind::Duration {
        return false;
    }
    let Some(a) = token_of(tokens, c.byte_start) else {
        return false;
    };
    if last_token(tokens, a, c.byte_end) != a
        || !matches!(key_at(tokens, a), "العامين" | "العامون" | "العامان")
        || a == 0
    {
        return false;
    }
    let (p, _) = bare(tokens, a - 1);
    let Some(stem) = p.strip_prefix("ال") else {
        return false;
    };
    stem.chars().count() >= 4 && (stem.ends_with("ين") || stem.ends_with("ون"))
        || matches!(
            stem,
            "مدراء" | "امناء" | "وكلاء" | "رؤساء" | "روساء" | "قاده" | "سكرتيرين"
        )
}

/// `لأكثر من ولاية واحدة من أربعة أعوام`, `ولايتين رئاسيتين`: a `ولاية` of some years or
/// «presidential» is a term of office, not a province.
fn term(tokens: &[Token<'_>], c: &mut Recognized) {
    if c.kind != Kind::Count || c.unit.as_deref() != Some("province") {
        return;
    }
    let Some(a) = token_of(tokens, c.byte_start) else {
        return;
    };
    let z = last_token(tokens, a, c.byte_end);
    if !(a..=z).any(|j| key_at(tokens, j).contains("ولاي")) {
        return;
    }
    let next = key_at(tokens, z + 1);
    let years = |j: usize| {
        let (k, _) = bare(tokens, j);
        matches!(
            k.as_str(),
            "اعوام" | "سنوات" | "عام" | "سنه" | "عاما" | "سنين" | "عامين" | "سنتين"
        )
    };
    let of_years = (next == "من" || next.starts_with('ل')) && (z + 1..=z + 3).any(years);
    if next.starts_with(key("رئاسي").as_str()) || of_years {
        c.unit = Some("term".into());
    }
}

/// `P2Y` → (2, "Y", false); `PT3H` → (3, "H", true): a duration of one component.
fn simple(v: &Value) -> Option<(f64, char, bool)> {
    let Value::Text(t) = v else { return None };
    let (time, rest) = match t.strip_prefix("PT") {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('P')?),
    };
    let unit = rest.chars().last()?;
    let n: f64 = rest[..rest.len() - unit.len_utf8()].parse().ok()?;
    Some((n, unit, time))
}

/// `سنتين إلى 3 سنوات`, `6 أو 7 أعوام`: two exact durations of one unit joined by `إلى`
/// or `أو`, the low one first and not after `من`/`بين` (a change `من 11 ساعة إلى 3
/// ساعات`), are one range.
fn range(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let text = |a: usize, b: usize| {
        ctx.text
            .get(a.checked_sub(ctx.base)?..b.checked_sub(ctx.base)?)
            .map(str::trim)
    };
    let mut k = from;
    while k + 1 < out.len() {
        let (c, d) = (&out[k], &out[k + 1]);
        let joined = c.kind == Kind::Duration
            && d.kind == Kind::Duration
            && c.sentence == d.sentence
            && c.qualifier == Qualifier::Exact
            && d.qualifier == Qualifier::Exact
            && c.unit == d.unit
            && text(c.byte_end, d.byte_start)
                .is_some_and(|t| matches!(key(t).as_str(), "الي" | "او" | "إلى" | "أو" | "الى"));
        let ends = simple(&c.value).zip(simple(&d.value));
        let rising = ends.is_some_and(|((x, u, t), (y, v, s))| u == v && t == s && x < y);
        let after_from = token_of(tokens, c.byte_start).is_some_and(|a| {
            a > 0 && {
                let (p, _) = bare(tokens, a - 1);
                matches!(key_at(tokens, a - 1), "من" | "بين" | "مابين")
                    || matches!(p.as_str(), "من" | "بين")
            }
        });
        if joined && rising && !after_from {
            let high = out[k + 1].value.clone();
            let end = out[k + 1].byte_end;
            let c = &mut out[k];
            c.qualifier = Qualifier::Range;
            c.low = Some(c.value.clone());
            c.high = Some(high);
            c.byte_end = end;
            out.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        more_than_one_year: "ومر أكثر من عام واحد على إعلان نيويورك سيتي" =>
            ["أكثر من عام واحد|duration|P1Y|P1Y..|more_than|year"];
        older_than: "وافقت على استخدامه بداية لمن هم أكبر من ست سنوات" =>
            ["أكبر من ست سنوات|duration|P6Y|P6Y..|more_than|year"];
        less_than_age: "شكلت نسبة الذكور والإناث في الفئة العمرية الأقل من 15 عاماً 35% من إجمالي السكان" =>
            ["الأقل من 15 عاماً|duration|P15Y|..P15Y|less_than|year",
             "35%|percent|35|35..35|exact|"];
        under_age: "انخفضت وفيات الأطفال تحت خمس سنوات إلى ستة ملايين" =>
            ["تحت خمس سنوات|duration|P5Y|..P5Y|less_than|year",
             "ستة ملايين|number|6000000|6000000..6000000|exact|"];
        negated_more: "لم تكن تمنحهم أكثر من دقيقة واحدة" =>
            ["أكثر من دقيقة واحدة|duration|PT1M|..PT1M|at_most|minute"];
        negated_far: "متعهدا بأنه لن يبقى على رأس السلطة الكروية العليا لأكثر من ولاية واحدة من أربعة أعوام" =>
            ["أكثر من ولاية واحدة|count|1|..1|at_most|term",
             "أربعة أعوام|duration|P4Y|P4Y..P4Y|exact|year"];
        term_of_years: "وكان تشونغ قال انه سيرحل بعد ولاية واحدة لاربع اعوام" =>
            ["ولاية واحدة|count|1|1..1|exact|term", "اربع اعوام|duration|P4Y|P4Y..P4Y|exact|year"];
        presidential_terms: "ولم يعد ممكنا لكيرشنر الترشح بعد أن تولت ولايتين رئاسيتين متتاليتين" =>
            ["ولايتين|count|2|2..2|exact|term"];
        provinces_stay: "أعلنت الحكومة حالة الكارثة الطبيعية في أربع ولايات ومناطق" =>
            ["أربع ولايات ومناطق|count|4|4..4|exact|province+region"];
        tablet_dose_stays: "قرص واحد عشرين ملليجرام قبل النوم" =>
            ["قرص واحد|count|1|1..1|exact|pill", "عشرين ملليجرام|count|20|20..20|exact|milligram"];
        superlative_stays: "ستضع البلاد في مصاف أكبر خمس دول منتجة للطاقة" =>
            ["خمس دول|count|5|5..5|exact|country"];
        plain_duration_stays: "عرفته قبل خمسة وثلاثين عامًا" =>
            ["خمسة وثلاثين عامًا|duration|P35Y|P35Y..P35Y|exact|year"];
        melon_pieces: "ضبطت البلدية أكثر من 700 حبة من فاكهة البطيخ" =>
            ["أكثر من 700 حبة|count|700|700..|more_than|حبه"];
        drug_pills_stay: "عثر بحوزته على 1982 حبة من مادة الكبتاجون المحظورة" =>
            ["1982 حبة|count|1982|1982..1982|exact|pill"];
        general_managers: "والوزراء والنواب والمدراء العامين والمحافظين" => [];
        two_years_stay: "تطور في العامين الأخيرين إلى قصر المناسبة على النساء" =>
            ["العامين|duration|P2Y|P2Y..P2Y|exact|year"];
        dual_to_three: "تحدث الظاهرة مرة كل سنتين إلى 3 سنوات" =>
            ["سنتين إلى 3 سنوات|duration|P2Y|P2Y..P3Y|range|year"];
        or_range: "تحتاج إلى عامين إلى اربعة أعوام للبدء بالإنتاج" =>
            ["عامين إلى اربعة أعوام|duration|P2Y|P2Y..P4Y|range|year"];
        change_stays: "سيقلل ساعات الانتظار من 11 ساعة إلى 3 ساعات" =>
            ["11 ساعة|duration|PT11H|PT11H..PT11H|exact|hour",
             "3 ساعات|duration|PT3H|PT3H..PT3H|exact|hour"];
    }
}
