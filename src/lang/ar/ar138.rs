//! Qualifiers and ranges of the judged Arabic samples 96–102 (ar138).
//!
//! - A negated verb of exceeding is a ceiling: `بأن ثمن الساعة الكورية لن يتعدى 300 دولار`
//!   was more than 300 (the phrase table knew `لا يتعدى`, `لم يتعد` but not `لن يتعدى`,
//!   `لم يتعدى`, `لن تزيد عن`, `لم يزد عن`); these are now in the table of
//!   [`super::qualifiers`] (and `لن يقل عن` is at least). The subject may stand between the
//!   verb and its preposition: `لا يزيد سعر الهاتف من طراز روك على 78 دولارا`, `لا تزيد فرص
//!   الواحد منهم في الفوز على 1%`, `لا يزيد هذا العدد غالباً عن 10`: an exact claim right
//!   after `على`/`عن`, with one to six plain words back to a negation (`لا`, `لم`, `لن`,
//!   `ألا`) and `يزيد`/`يتجاوز`, is at most (`لا يقل … عن` at least). Without a preposition
//!   ar96 reads up to three words of a subject with no preposition; here also up to six
//!   words, `في` and `من` among them: `لم تتجاوز المدن الرئيسية الثلاث الكبرى 11 ألف
//!   عملية`, `لا يتجاوز في الغالب 1000 ريال`. See [`negated_subject`].
//! - (ar140) The same negated verb before two figures joined by `أو` keeps the ceiling:
//!   `فبعد أن كانت لا تتجاوز 3% أو 4 %` was the range 3–4 and is now at most 4 (`لم يتجاوز
//!   عرضها المتر أو المترين`: at most two metres; `ولا يقل عدد الصفوف عن خمسة أو ستة صفوف`:
//!   at least five). See [`alternative`].
//! - A range whose low end is a bare singular unit noun (one of it): `فترة زمنية بحدود سنة
//!   إلى سنتين`, `من يوم إلى يومين`, `من ساعة إلى ثلاث ساعات`, `من اسبوع إلى عشرة ايام`. The
//!   tool gave the high end alone (exactly two years); it is now the range 1–2 years (as
//!   ar96 reads `سنة أو سنتين`). Not after a number or a fraction (`من 11 ساعة إلى ثلاث
//!   ساعات`, `ربع ساعة إلى نصف ساعة`), and only when the high end is more than one of the
//!   same unit. See [`bare_low`].
//! - `كانون ثان`, `تشرين ثان` (the second without its `ي`) are the months (in the two-word
//!   month table of [`super::dates`]), so `في الفترة من كانون ثان/يناير إلى حزيران/يونيو
//!   هذا العام` is the range of months January–June.

use super::Ctx;
use super::ar79::token_at;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Re-reads the qualifiers of the sentence's claims from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out.iter_mut().skip(from) {
        if matches!(c.kind, Kind::Date | Kind::Ordinal) {
            continue;
        }
        if c.qualifier == Qualifier::Range {
            alternative(tokens, c);
            continue;
        }
        if c.qualifier != Qualifier::Exact {
            continue;
        }
        let Some(a) = token_at(tokens, c.byte_start) else {
            continue;
        };
        if c.kind == Kind::Duration {
            bare_low(tokens, a, c);
        }
        if c.qualifier == Qualifier::Exact {
            negated_subject(tokens, a, c);
        }
    }
}

/// Negations (keys) before a verb of comparing.
const NEGATIONS: &[&str] = &[
    "لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن", "الا",
];

/// Verbs (keys) of exceeding with `على`/`عن` (and `يتجاوز … على`, as written).
const EXCEED_PREP: &[&str] = &["يزيد", "تزيد", "يزد", "تزد", "يتجاوز", "تتجاوز"];

/// Verbs (keys) of falling short with `عن`: a floor.
const SHORT_PREP: &[&str] = &["يقل", "تقل"];

/// Transitive verbs (keys) of exceeding.
const EXCEED: &[&str] = &[
    "يتجاوز",
    "تتجاوز",
    "يتعدي",
    "تتعدي",
    "يتخطي",
    "تتخطي",
    "يفوق",
    "تفوق",
];

/// Words (keys) that end a verb's subject: a conjunction, a relative, another comparison.
pub(super) const NOT_SUBJECT: &[&str] = &[
    "انه",
    "انها",
    "قال",
    "وقال",
    "كان",
    "وكان",
    "و",
    "او",
    "الا",
    "ان",
    "اذا",
    "لكن",
    "التي",
    "الذي",
    "الذين",
    "ما",
    "الي",
    "علي",
    "عن",
    "اكثر",
    "اقل",
    "بين",
    "حتي",
    "نحو",
    "حوالي",
];

/// `لا يزيد سعر الهاتف من طراز روك على 78 دولارا`, `لم تتجاوز المدن الرئيسية الثلاث الكبرى
/// 11 ألف عملية`: an exact claim at token `a` after a negated verb of exceeding, its subject
/// (up to six plain words) and its preposition when it takes one, is at most (`لا يقل … عن`:
/// at least).
pub(super) fn negated_subject(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    let Some(mut p) = a.checked_sub(1) else {
        return;
    };
    // (Not a digit glued to a word, `لا تتجاوز كلم٢ واحدا`: the square of a unit.)
    if tokens[p].end == tokens[a].start && tokens[p].kind == TokenKind::Word {
        return;
    }
    // (`لا تتعدى الـ 15`: the detached article.)
    if tokens[p].text == "ال" || tokens[p].text == "الـ" {
        let Some(q) = p.checked_sub(1) else { return };
        p = q;
    }
    let prep = matches!(key(tokens, p), "علي" | "عن");
    // The first word of the subject (or the verb) is before the preposition.
    let top = if prep { p } else { p + 1 };
    for gap in 0..=6 {
        let Some(verb) = top.checked_sub(gap + 1) else {
            return;
        };
        let w = key(tokens, verb);
        let floor = prep && key(tokens, p) == "عن" && SHORT_PREP.contains(&w);
        let exceed = if prep {
            EXCEED_PREP.contains(&w)
        } else {
            EXCEED.contains(&w)
        };
        if exceed || floor {
            let Some(neg) = verb.checked_sub(1) else {
                return;
            };
            if !NEGATIONS.contains(&key(tokens, neg)) {
                return;
            }
            if floor {
                c.qualifier = Qualifier::AtLeast;
                c.low = Some(c.value.clone());
                c.high = None;
            } else {
                c.qualifier = Qualifier::AtMost;
                c.low = None;
                c.high = Some(c.value.clone());
            }
            c.byte_start = tokens[neg].start;
            return;
        }
        // A word of the subject: a plain word, no number, no mark, no conjunction.
        if tokens[verb].kind != TokenKind::Word || w.is_empty() || NOT_SUBJECT.contains(&w) {
            return;
        }
    }
}

/// `لا تتجاوز 3% أو 4 %`: a range of two figures joined by `أو` (within its first three
/// tokens) after a negated verb of exceeding keeps the ceiling: at most the higher (`لا يقل
/// … عن 3 أو 4`: at least the lower).
fn alternative(tokens: &[Token<'_>], c: &mut Recognized) {
    let Some(a) = token_at(tokens, c.byte_start) else {
        return;
    };
    let or = (a + 1..tokens.len())
        .take(3)
        .take_while(|&j| tokens[j].end <= c.byte_end)
        .any(|j| key(tokens, j) == "او");
    if !or {
        return;
    }
    let mut probe = c.clone();
    probe.qualifier = Qualifier::Exact;
    negated_subject(tokens, a, &mut probe);
    let (value, low, high) = match probe.qualifier {
        Qualifier::AtMost => (c.high.clone(), None, c.high.clone()),
        Qualifier::AtLeast => (c.low.clone(), c.low.clone(), None),
        _ => return,
    };
    let Some(value) = value else { return };
    c.qualifier = probe.qualifier;
    c.value = value;
    c.low = low;
    c.high = high;
    c.byte_start = probe.byte_start;
}

/// Singular unit nouns (keys) and the duration of one of them.
const ONE: &[(&str, &str)] = &[
    ("سنه", "P1Y"),
    ("عام", "P1Y"),
    ("شهر", "P1M"),
    ("اسبوع", "P1W"),
    ("يوم", "P1D"),
    ("ساعه", "PT1H"),
    ("دقيقه", "PT1M"),
];

/// The number and the designator of a duration `P2Y`, `PT3H`.
fn parts(v: &str) -> Option<(f64, &str)> {
    let s = v.strip_prefix("PT").or_else(|| v.strip_prefix('P'))?;
    let d = s.find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))?;
    let n: f64 = s.get(..d)?.parse().ok()?;
    Some((n, s.get(d..)?))
}

/// `بحدود سنة إلى سنتين`, `من يوم إلى يومين`, `من ساعة إلى ثلاث ساعات`: an exact duration at
/// token `a` after `إلى`/`أو`/a dash and a bare singular unit noun is the range from one of
/// that unit.
fn bare_low(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    let Some(j) = a.checked_sub(1) else { return };
    let joined = matches!(key(tokens, j), "الي" | "او")
        || matches!(tokens[j].kind, TokenKind::Punct('-' | '–'));
    if !joined {
        return;
    }
    let Some(n) = j.checked_sub(1) else { return };
    let w = key(tokens, n);
    let w = w
        .strip_prefix('ل')
        .or_else(|| w.strip_prefix('ب'))
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(w);
    let Some(&(_, low)) = ONE.iter().find(|(k, _)| *k == w) else {
        return;
    };
    let Value::Text(high) = &c.value else { return };
    let (Some((hn, hd)), Some((_, ld))) = (parts(high), parts(low)) else {
        return;
    };
    // (The period of `P…` and of `PT…` differ: `PT1M` is a minute, `P1M` a month.)
    if high.starts_with("PT") != low.starts_with("PT") || (hd == ld && hn <= 1.0) {
        return;
    }
    // Not after a number, a fraction or another unit noun (`من 11 ساعة إلى`, `ربع ساعة`).
    let mut start = n;
    if let Some(b) = n.checked_sub(1) {
        let before = key(tokens, b);
        if tokens[b].number().is_some()
            || tokens[b].kind != TokenKind::Word && !matches!(tokens[b].kind, TokenKind::Punct(_))
            || matches!(
                before,
                "نصف" | "ربع" | "ثلث" | "ثلاثه" | "بضع" | "عده" | "كل" | "اخر" | "نفس"
            )
            || ONE.iter().any(|(k, _)| before.ends_with(k))
            || before.ends_with("اما")
        {
            return;
        }
        if before == "من" {
            start = b;
        }
    }
    c.qualifier = Qualifier::Range;
    c.value = Value::Text(low.to_string());
    c.low = Some(c.value.clone());
    c.byte_start = tokens[start].start;
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        will_not_exceed: "وأكد بأن ثمن الساعة الكورية لن يتعدى 300 دولار"
            => ["لن يتعدى 300 دولار|money|300|..300|at_most|usd"];
        did_not_exceed_an: "عدد المتقدمين لم يزد عن 99 شابا"
            => ["لم يزد عن 99 شابا|count|99|..99|at_most|person"];
        will_not_fall_short: "الإيرادات لن يقل عن 15 مليون ريال"
            => ["لن يقل عن 15 مليون ريال|money|15000000|15000000..|at_least|riyal"];
        subject_then_ala: "لا يزيد سعر الهاتف من طراز روك على 78 دولارا"
            => ["لا يزيد سعر الهاتف من طراز روك على 78 دولارا|money|78|..78|at_most|usd"];
        subject_then_an_floor: "أن لا تقل أطوالها عن 20 مترا"
            => ["لا تقل أطوالها عن 20 مترا|count|20|20..|at_least|meter"];
        subject_no_prep: "لم تتجاوز المدن الرئيسية الثلاث الكبرى 11 ألف عملية"
            => ["لم تتجاوز المدن الرئيسية الثلاث الكبرى 11 ألف عملية|count|11000|..11000|at_most|operation"];
        not_negated_stays: "يزيد سعر الهاتف من طراز روك على 78 دولارا"
            => ["78 دولارا|money|78|78..78|exact|usd"];
        glued_square_stays: "بمساحتها التي لا تتجاوز كلم٢ واحدا وسكانها"
            => ["٢|number|2|2..2|exact|"];
        in_columns: "لا تتعدى مساحته العمود في ستة سنتيمترات، وفي"
            => ["لا تتعدى مساحته العمود في ستة سنتيمترات|count|6|..6|at_most|centimeter"];
        conjunction_ends_subject: "لا يزيد السعر وقال إنه على 78 دولارا"
            => ["78 دولارا|money|78|78..78|exact|usd"];
        bare_year_to_dual: "فترة زمنية بحدود سنة إلى سنتين لإكمال"
            => ["سنة إلى سنتين|duration|P1Y|P1Y..P2Y|range|year"];
        bare_day_to_dual: "الإجازة الأسبوعية من يوم إلى يومين، بحسب"
            => ["من يوم إلى يومين|duration|P1D|P1D..P2D|range|day"];
        bare_hour_to_three: "الرحلة البرية من ساعة إلى ثلاث ساعات"
            => ["من ساعة إلى ثلاث ساعات|duration|PT1H|PT1H..PT3H|range|hour"];
        number_low_stays: "تقليص المدة من 11 ساعة الى ثلاث ساعات"
            => ["11 ساعة|duration|PT11H|PT11H..PT11H|exact|hour",
                "ثلاث ساعات|duration|PT3H|PT3H..PT3H|exact|hour"];
        fraction_low_stays: "حوالي ربع ساعة إلى نصف ساعة"
            => ["حوالي ربع ساعة|duration|PT0.25H|PT0.225H..PT0.275H|approx|hour",
                "نصف ساعة|duration|PT0.5H|PT0.5H..PT0.5H|exact|hour"];
        month_to_two_years: "ويعاقب الإدمان وتعاطي المخدرات من شهر إلى عامين، فلهذا"
            => ["من شهر إلى عامين|duration|P1M|P1M..P2Y|range|year"];
        month_without_ya: "ارتفعت في الفترة من كانون ثان/يناير إلى حزيران/يونيو هذا العام"
            => ["كانون ثان/يناير إلى حزيران/يونيو هذا العام|date|2015-01-01/2015-06-30|2015-01-01..2015-06-30|exact|"];
    }
}
