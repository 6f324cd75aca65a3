//! Counts, percents, money and durations of the judged class samples at 073dd05 (ar147).
//! All in [`retune`], over a sentence's claims (never a bare number, an ordinal or a date).
//!
//! - A clitic preposition left on the noun before a postposed `عدة`/`عديدة`: `يعد من سلسلة
//!   المعسكرات الناجحة لعوامل عدة`, `تقدم بشكاوى عدة`, `بصعوبات عديدة`, `للغات عدة`. The unit
//!   kept the preposition (`لعوامل`); it is now stripped (`عوامل`, `شكاوي`, `لغات`). Only `ل`
//!   and `ب` (a noun of `و`/`ف`/`ك` is too often whole: `وجهات`, `فوائد`, `كسور`), and not a
//!   noun that starts with them ([`CLITIC_KEEP`]: `لجان`, `بنوك`). See [`clitic`].
//! - A negated verb of exceeding before a range joined by `إلى`: `ارتفاعا محدودا لم يتجاوز 4
//!   إلى 16 نقطة`, `بفترة زمنية محددة لا تزيد على أربع إلى خمس ساعات`, `شروطها اليسيرة لا
//!   تتجاوز ثلاثة إلى أربعة شروط`. The range 4–16 is now at most 16, as ar140 made `لا
//!   تتجاوز 3% أو 4 %` at most 4 (with [`super::ar138::negated_subject`]). See [`ceiling`].
//! - A verb of exceeding, not negated, with its subject (up to six plain words, dashes
//!   allowed) before the figure: `حيث يتجاوز إنفاقها على الطعام مثلا 45%`, `بدأ الاستهلاك
//!   المحلي من النفط يتجاوز - أخيرا - الأربعة ملايين برميل`, `التي تتجاوز بحسب دراسات
//!   بحثية سابقة سبعة ملايين حساب`. The figure was exact; it is now more than it. Only
//!   `يتجاوز`/`يتخطى` (`تفوق عليه في سباق 100 متر` is «excelled»), and the subject stops at a
//!   number, a mark or a word of [`super::ar138::NOT_SUBJECT`] (`منهم`: `يتجاوز خمسة وثلاثين
//!   استشارياً منهم تسعة متحدثين` stays). See [`exceed_subject`].
//! - Not claims, dropped ([`drop`]):
//!   - `ما بين` before a single figure that ends its clause: `خسرت فيها العقود الآجلة للخام
//!     ما بين 76%.` (a range 6–7% whose dash was lost); `ما بين 112 ألف ريال (30 الف دولار)
//!     و167` stays ([`garbled_range`]);
//!   - certainty as a percent: `بأنهم على ثقة بنسبة 99% …، نحن نرغب في ثقة بنسبة 100%`
//!     (`ثقة`, `متأكد`, `واثق` before `بنسبة`) ([`certainty`]);
//!   - «any two»: `احتساب المسافة بين أي نقطتين على الخريطة`, `بين أي دولتين لهما وجهات
//!     نظر`, `إلى أي الفريقين تنتمي` (a dual after `أي` after a preposition; `بعد 48 ساعة أي
//!     يومين`, «that is», stays) ([`any_two`]);
//!   - a supposition: `لو فرضنا أن أحد الموظفين كانت أمواله في السنة الماضية مليار دينار،
//!     وأصبحت في هذه السنة خمسة مليارات من الدنانير` (a count or sum after `لو فرضنا`,
//!     `لنفترض`, `لو افترضنا`) ([`supposed`]);
//!   - a given name as the counted noun: `عبدالعزيز بوبي عشر محمد الرباط` (a garbled
//!     surname), `جدة 36 محمد الساعد`, `بعد عُشْرة عمر` ([`GIVEN_NAMES`]);
//!   - a title in plain brackets after a noun of a work: `كتاب أنيس منصور (حول العالم في
//!     200يوم)`, `فيلم «تويلف ييرز أسليف» (أو 12 عاماً من العبودية)`, as ar131 drops a quoted
//!     title; a bracket holding the figure alone stays (`فيلم قصير لا تتجاوز مدته
//!     (دقيقتين)`) ([`bracket_title`]).
//! - School subjects: `مواد`/`مادة` counted in a sentence of school (`الصف`, `دراسي`,
//!   `المنهج`, `الطلاب`, `البنات`, `اختبار`): `والبنات عشر مواد`, `ومجموع المواد 12 مادة
//!   للبنين والبنات` were articles of a law (`article`); the unit is now `ماده`. See
//!   [`subjects`].
//! - (In [`super::ar133`]) `قضية` is a court case near a legal word; the cue `تهم` (charges)
//!   matched the pronoun ending of `وترقيتهم`, so `وينتقد الكتاب قضيتين من قضايا التعليم
//!   الجامعي … وترقيتهم` stayed a court case; the cue is now `تهم` as a word (`بتهم`,
//!   `التهم`, `متهم`, `اتهام`), and it is issues.

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// The kinds this module reads.
fn ours(k: Kind) -> bool {
    matches!(
        k,
        Kind::Count | Kind::Percent | Kind::Money | Kind::Duration
    )
}

/// Re-reads and drops the sentence's claims from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    // The sentence-wide scans run once, and only for a count or a sum.
    let mut supposition: Option<Option<usize>> = None;
    let mut school: Option<bool> = None;
    let mut k = from;
    while k < out.len() {
        let c = &mut out[k];
        if !ours(c.kind) {
            k += 1;
            continue;
        }
        let Some(a) = token_at(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if drop(tokens, c, a, z)
            || (matches!(c.kind, Kind::Count | Kind::Money)
                && supposition
                    .get_or_insert_with(|| supposed(ctx))
                    .is_some_and(|b| b < c.byte_start && !answered(tokens, b, a)))
        {
            out.remove(k);
            continue;
        }
        clitic(ctx, c);
        match c.qualifier {
            Qualifier::Range => ceiling(tokens, a, c),
            Qualifier::Exact => exceed_subject(tokens, a, c),
            _ => {}
        }
        if c.unit.as_deref() == Some("article") && subjects(ctx, c, &mut school) {
            c.unit = Some("ماده".to_string());
        }
        k += 1;
    }
}

/// Whether the claim at tokens `a..=z` is not a claim (see [`drop`]'s list in the module doc).
fn drop(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    (c.kind == Kind::Count && c.unit.as_deref().is_some_and(|u| GIVEN_NAMES.contains(&u)))
        || garbled_range(tokens, c, a, z)
        || (c.kind == Kind::Percent && certainty(tokens, a))
        || any_two(tokens, c, a, z)
        || bracket_title(tokens, a, z)
}

/// Given names (unit keys) that a count's noun is never.
const GIVEN_NAMES: &[&str] = &[
    "محمد",
    "احمد",
    "علي",
    "عمر",
    "عبدالله",
    "عبدالعزيز",
    "عبدالرحمن",
    "خالد",
    "فهد",
    "سعود",
    "فيصل",
    "ابراهيم",
];

/// Whether a token is one of the marks `marks`.
fn mark(tokens: &[Token<'_>], j: usize, marks: &[char]) -> bool {
    tokens
        .get(j)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(p) if marks.contains(&p)))
}

/// `ما بين 76%.`: an exact figure in digits right after `ما بين` (or `مابين`), followed by
/// the end of the sentence or of a clause.
fn garbled_range(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.qualifier != Qualifier::Exact || tokens[a].number().is_none() {
        return false;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let between = match key(tokens, p) {
        "مابين" => true,
        "بين" => p.checked_sub(1).is_some_and(|q| key(tokens, q) == "ما"),
        _ => false,
    };
    between && (z + 1 >= tokens.len() || mark(tokens, z + 1, &['.', '،', ',', '؛', ';']))
}

/// Words (keys) of being sure, before `بنسبة N%`.
const SURE: &[&str] = &[
    "ثقه",
    "الثقه",
    "متاكد",
    "متاكده",
    "متاكدون",
    "متاكدين",
    "واثق",
    "واثقه",
    "واثقون",
    "واثقين",
];

/// `على ثقة بنسبة 99%`: a percent of being sure.
fn certainty(tokens: &[Token<'_>], a: usize) -> bool {
    a >= 2 && key(tokens, a - 1) == "بنسبه" && SURE.contains(&key(tokens, a - 2))
}

/// Prepositions (keys) before `أي` of «any two».
const ANY_BEFORE: &[&str] = &["بين", "الي", "في", "من", "علي", "عن"];

/// `بين أي نقطتين`: a dual word (a count of two in one word) after `أي` after a preposition.
fn any_two(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if a != z || tokens[a].kind != TokenKind::Word || c.value.as_number() != Some(2.0) {
        return false;
    }
    a >= 2 && key(tokens, a - 1) == "اي" && ANY_BEFORE.contains(&key(tokens, a - 2))
}

/// Phrases of a supposition: a count or sum after one is imagined.
const SUPPOSE: &[&str] = &["لو فرضنا", "لو افترضنا", "لنفترض", "لنفرض", "فلنفترض"];

/// The byte (in the document) where a supposition starts in the sentence, if any.
fn supposed(ctx: &Ctx<'_, '_>) -> Option<usize> {
    if !ctx.text.contains("فرض") && !ctx.text.contains("فترض") {
        return None;
    }
    SUPPOSE
        .iter()
        .filter_map(|s| ctx.text.find(s))
        .min()
        .map(|b| b + ctx.base)
}

/// Words (keys) that open the answer of a supposition: `ولو افترضنا بأن التاجر يحسب …
/// فليس من المعقول ان يتم اضافة 70 ريالا` (a real markup) is not imagined.
const ANSWER: &[&str] = &[
    "فليس",
    "فان",
    "فانه",
    "فانها",
    "فلا",
    "فقد",
    "فسوف",
    "فهذا",
    "فهو",
    "فهي",
    "فمن",
];

/// Whether a word opening the supposition's answer stands between byte `b` (the
/// supposition) and token `a` (the claim).
fn answered(tokens: &[Token<'_>], b: usize, a: usize) -> bool {
    let first = tokens.partition_point(|t| t.start < b);
    (first..a).any(|j| ANSWER.contains(&key(tokens, j)))
}

/// Words (keys) that open a bracket of a relative clause, not a title: `الرواية الإسلامية
/// الكلاسيكية (التي رفضها سائر المستشرقين خلال المائة والخمسين سنة الأخيرة)`.
const NOT_TITLE: &[&str] = &["التي", "الذي", "الذين", "وهي", "وهو", "اي", "مثل"];

/// `كتاب أنيس منصور (حول العالم في 200يوم)`: the claim inside plain brackets that open at
/// most eight tokens before it (no closing one between) and close at most eight after it,
/// holding a word besides the claim, with a noun of a work at most eight tokens before the
/// opening bracket.
fn bracket_title(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    let Some(open) = (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&j| !mark(tokens, j, &[')']))
        .find(|&j| mark(tokens, j, &['(']))
    else {
        return false;
    };
    let Some(close) = (z + 1..tokens.len().min(z + 9))
        .take_while(|&j| !mark(tokens, j, &['(']))
        .find(|&j| mark(tokens, j, &[')']))
    else {
        return false;
    };
    if NOT_TITLE.contains(&key(tokens, open + 1)) {
        return false;
    }
    let word = |j: &usize| tokens[*j].kind == TokenKind::Word;
    if !(open + 1..a).any(|j| word(&j)) && !(z + 1..close).any(|j| word(&j)) {
        return false;
    }
    (open.saturating_sub(8)..open).any(|j| WORKS.contains(&super::ar131::plain_key(&tokens[j])))
}

/// Nouns (keys) of a work whose title may follow in brackets.
const WORKS: &[&str] = &[
    "كتاب",
    "كتابه",
    "كتابها",
    "الكتاب",
    "روايه",
    "روايته",
    "الروايه",
    "فيلم",
    "فيلمه",
    "الفيلم",
    "مسلسل",
    "المسلسل",
    "ديوان",
    "ديوانه",
];

/// Nouns (unit keys) that begin with `ل` or `ب` of their own.
const CLITIC_KEEP: &[&str] = &[
    "لجان",
    "لقاءات",
    "لقاات",
    "لوحات",
    "لغات",
    "لحظات",
    "ليال",
    "ليالي",
    "بنوك",
    "بلدان",
    "بلاد",
    "بيوت",
    "برامج",
    "بحوث",
    "بطولات",
    "بنود",
    "بيانات",
    "بعثات",
    "بضايع",
    "بلديات",
    "بوابات",
    "براميل",
    "بدايل",
];

/// `لعوامل عدة`: strips a clitic `ل`/`ب` off the unit of a vague count ending in
/// `عدة`/`عديدة`.
fn clitic(ctx: &Ctx<'_, '_>, c: &mut Recognized) {
    if c.kind != Kind::Count || c.qualifier != Qualifier::Vague {
        return;
    }
    let Some(unit) = c.unit.as_deref() else {
        return;
    };
    let Some(rest) = unit.strip_prefix(['ل', 'ب']) else {
        return;
    };
    if rest.chars().count() < 3 || CLITIC_KEEP.contains(&unit) {
        return;
    }
    let text = ctx
        .text
        .get(c.byte_start.saturating_sub(ctx.base)..c.byte_end.saturating_sub(ctx.base))
        .unwrap_or("");
    if !(text.ends_with(" عدة") || text.ends_with(" عديدة")) {
        return;
    }
    let rest = rest.to_string();
    c.unit_text = c
        .unit_text
        .as_deref()
        .map(|t| t.strip_prefix(['ل', 'ب']).unwrap_or(t).to_string());
    c.unit = Some(rest);
}

/// `لم يتجاوز 4 إلى 16 نقطة`: a range joined by `إلى` (within its first three tokens) after
/// a negated verb of exceeding is at most its high end.
fn ceiling(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    let to = (a + 1..tokens.len())
        .take(3)
        .take_while(|&j| tokens[j].end <= c.byte_end)
        .any(|j| key(tokens, j) == "الي");
    if !to {
        return;
    }
    let mut probe = c.clone();
    probe.qualifier = Qualifier::Exact;
    super::ar138::negated_subject(tokens, a, &mut probe);
    if probe.qualifier != Qualifier::AtMost {
        return;
    }
    let Some(high) = c.high.clone() else { return };
    c.qualifier = Qualifier::AtMost;
    c.value = high.clone();
    c.low = None;
    c.high = Some(high);
    c.byte_start = probe.byte_start;
}

/// Verbs (keys) of exceeding that take their object with no preposition.
const EXCEED: &[&str] = &["يتجاوز", "تتجاوز", "يتخطي", "تتخطي"];

/// Negations (keys) before a verb.
const NEGATIONS: &[&str] = &[
    "لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن", "الا", "ما",
];

/// Words (keys) that end the subject of a verb of exceeding, besides
/// [`super::ar138::NOT_SUBJECT`] (but for `على`: `يتجاوز إنفاقها على الطعام مثلا 45%`).
const NOT_SUBJECT: &[&str] = &["منهم", "منها", "منه", "عليه", "عليها"];

/// `يتجاوز إنفاقها على الطعام مثلا 45%`: an exact count, percent or sum after a verb of
/// exceeding (not negated) and one to six plain words of its subject is more than it.
fn exceed_subject(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    if c.kind == Kind::Duration || !matches!(c.value, Value::Number(_)) {
        return;
    }
    let mut words = 0;
    let mut j = a;
    while let Some(p) = j.checked_sub(1) {
        j = p;
        let t = &tokens[p];
        if mark(tokens, p, &['-', '–', 'ـ']) {
            continue;
        }
        if t.kind != TokenKind::Word {
            return;
        }
        let w = key(tokens, p);
        if EXCEED.contains(&w) {
            if words == 0
                || p.checked_sub(1)
                    .is_some_and(|n| NEGATIONS.contains(&key(tokens, n)))
            {
                return;
            }
            c.qualifier = Qualifier::MoreThan;
            c.low = Some(c.value.clone());
            c.high = None;
            c.byte_start = t.start;
            return;
        }
        if w.is_empty()
            || (w != "علي" && super::ar138::NOT_SUBJECT.contains(&w))
            || NOT_SUBJECT.contains(&w)
            || words == 6
        {
            return;
        }
        words += 1;
    }
}

/// Words of school (raw) that make `مواد` school subjects.
const SCHOOL: &[&str] = &[
    "الصف",
    "دراسي",
    "المنهج",
    "المناهج",
    "الطلاب",
    "الطالبات",
    "البنات",
    "البنين",
    "اختبار",
];

/// `والبنات عشر مواد`: a count of `مواد`/`مادة` in a sentence of school.
fn subjects(ctx: &Ctx<'_, '_>, c: &Recognized, school: &mut Option<bool>) -> bool {
    let text = ctx
        .text
        .get(c.byte_start.saturating_sub(ctx.base)..c.byte_end.saturating_sub(ctx.base))
        .unwrap_or("");
    (text.contains("مواد") || text.contains("مادة") || text.contains("مادت"))
        && *school.get_or_insert_with(|| SCHOOL.iter().any(|w| ctx.text.contains(w)))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        clitic_lam: "يعد من سلسلة المعسكرات الناجحة لعوامل عدة ساهمت في انجاحه"
            => ["لعوامل عدة|count|3|3..10|vague|عوامل"];
        clitic_ba: "وتقدمت بشكاوى عدة وتم إحالتها للشؤون القانونية"
            => ["بشكاوى عدة|count|3|3..10|vague|شكاوي"];
        clitic_lam_article: "وكان بإمكاني أن أترجمها للغات عدة"
            => ["للغات عدة|count|3|3..10|vague|لغات"];
        ceiling_range: "تخلل ذلك ارتفاعا محدودا لم يتجاوز 4 إلى 16 نقطة، وكان بسبب الاتفاق"
            => ["لم يتجاوز 4 إلى 16 نقطة|count|16|..16|at_most|point"];
        ceiling_range_prep: "كان المريض مقيداً بفترة زمنية محددة لا تزيد على أربع إلى خمس ساعات كما"
            => ["لا تزيد على أربع إلى خمس ساعات|duration|PT5H|..PT5H|at_most|hour"];
        range_without_ceiling_stays: "بلغت حصيلته من 50 الى 60 ثلاجة تزن"
            => ["من 50 الى 60 ثلاجة|count|50|50..60|range|ثلاجه"];
        exceed_subject: "حيث يتجاوز إنفاقها على الطعام مثلا 45% من مجمل الدخل"
            => ["يتجاوز إنفاقها على الطعام مثلا 45%|percent|45|45..|more_than|"];
        exceed_subject_dashes: "بدأ الاستهلاك المحلي من النفط يتجاوز - أخيرا - الأربعة ملايين برميل يوميًا."
            => ["يتجاوز - أخيرا - الأربعة ملايين برميل|count|4000000|4000000..|more_than|barrel"];
        excel_stays: "تفوق عليه في سباق 100 متر بالدورة نفسها."
            => ["100 متر|count|100|100..100|exact|meter"];
        exceed_subject_stops: "يتجاوز خمسة وثلاثين استشارياً منهم تسعة متحدثين عالميين"
            => ["يتجاوز خمسة وثلاثين استشارياً|count|35|35..|more_than|استشاري",
                "تسعة متحدثين|count|9|9..9|exact|متحدثين"];
        garbled_range: "خسرت فيها العقود الآجلة للخام ما بين 76%."
            => [];
        between_range_stays: "يتراوح ما بين 112 ألف ريال و167 ألف ريال"
            => ["ما بين 112 ألف ريال و167 ألف ريال|money|112000|112000..167000|range|riyal"];
        certainty: "لا نرغب في أن يعد بعض المسؤولين بأنهم على ثقة بنسبة 99% بشأن ذلك"
            => [];
        any_two: "القدرة على احتساب المسافة بين أي نقطتين على الخريطة"
            => [];
        that_is_stays: "تركيز الإنسولين بعد 48 ساعة أي يومين يتناقص"
            => ["48 ساعة|duration|PT48H|PT48H..PT48H|exact|hour",
                "يومين|duration|P2D|P2D..P2D|exact|day"];
        supposition: "لو فرضنا أن أحد الموظفين كانت أمواله في السنة الماضية مليار دينار، وأصبحت خمسة مليارات من الدنانير"
            => ["السنة الماضية|date|2013|2013-01-01..2013-12-31|exact|"];
        supposition_answer_stays: "ولو افترضنا بأن التاجر يحسب غرام الذهب بمصنعيته فليس من المعقول ان يتم اضافة 70 ريالا لكل غرام"
            => ["70 ريالا|money|70|70..70|exact|riyal"];
        given_name: "فاز فيها الفنانون عبده عريشي والفنان عبدالعزيز بوبي عشر محمد الرباط والفنان فهد خليف."
            => [];
        bracket_title: "الطبعة التي لدي من كتاب أنيس منصور (حول العالم في 200يوم) كانت"
            => [];
        bracket_alone_stays: "لعمل فيلم قصير لا تتجاوز مدته (دقيقتين) والمشاركة به"
            => ["دقيقتين|duration|PT2M|PT2M..PT2M|exact|minute"];
        bracket_relative_stays: "الرواية الإسلامية الكلاسيكية (التي رفضها سائر المستشرقين خلال المائة والخمسين سنة الأخيرة) أنه"
            => ["المائة والخمسين سنة|duration|P150Y|P150Y..P150Y|exact|year"];
        school_subjects: "ومجموع المواد للصف الاول بنين وبنات 8 مواد والبنات عشر مواد."
            => ["الاول|ordinal|1|1..1|exact|", "8 مواد|count|8|8..8|exact|ماده", "عشر مواد|count|10|10..10|exact|ماده"];
        issues_pronoun_ending: "وينتقد الكتاب قضيتين من قضايا التعليم الجامعي لأن معايير تميز هؤلاء وترقيتهم تميل"
            => ["قضيتين|count|2|2..2|exact|issue"];
    }
}
