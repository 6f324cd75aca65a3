//! Ordinals that rank nothing (ar105, from the judged samples 75–78 and an audit of 200
//! random ordinal claims):
//!
//! - «First and basic», «first and foremost»: `هو الشرط الأول والأساسي`, `الحاجة الأولى
//!   والأساسية`, `نبع السعادة الأول والأهم`: `الأول`/`الأولى` right before an adjective of
//!   importance (`والأساسي`, `والأهم`, `والرئيسي`, `والأبرز`, `والأخطر`) means «foremost»,
//!   like [`ar100`](super::ar100)'s `الأول والأخير`; no claim (`المجمع الأول والأكبر في
//!   المنطقة`, first and largest, stays) ([`foremost`]).
//! - The writer's own division of an argument or a text, as [`ar100`](super::ar100)'s
//!   `السبب الثاني`: `هذا هو المشهد الثاني من النص الجاهلي` (a critic's scene of a poem),
//!   `والعامل الثاني جوي علوي`, `أما الدرس الثالث فهو …`, `وأما المعيار الثاني فهو …`, `أما
//!   الشرط الثاني فهو …`, `أما العنصر الثالث فهو …`, `أما الشق الأول فهو …`, `الحل الثاني`,
//!   `الاحتمال الثالث`, `السيناريو الثاني`, `الخيار الثاني`, `أما التحفظ الخامس فيتناول …`:
//!   no claim (`المعيار الأول من نوعه في العالم`, a first of its kind, stays; so do `المقطع
//!   الثاني` of a railway and `الخط الثاني` of a metro, which are not in the list)
//!   ([`discourse`]). So is `والسؤال الأول هو …`, `أما السؤال الثالث فكان …` ([`question`];
//!   a bare `السؤال` opening the sentence, `السؤال الثاني صعب`, a test's item, stays).
//! - `خط الدفاع الأول` (the first line of defence: diplomacy, the family, farm hygiene),
//!   `ينتقل إلى الخط الدفاعي الثاني` (a former CEO's role): a metaphor in every corpus hit;
//!   no claim ([`defence_line`]).
//! - The former and the latter without a second half: `وقد يكون الاول خطراً`, `حيث أن الأول
//!   يبقى أثره`, `لأن الأولى قد تودي إلى …`, `ولكن الأول سيأتي يوم …`, `نقول إن الأولى لها
//!   هوية`: a bare `الأول`/`الأولى`/`الثاني`/`الثانية` (no noun before it) as the subject
//!   after a complementizer (`أن`, `إن`, `لأن`, `لكن`, `كون`) or after `قد يكون` points back
//!   at one of two things just named; no claim. ([`ar81`](super::ar81) needs the `والثاني`
//!   half.) (`ينتظر أن يكون الأول من نوعه`, `أنه كان الأول على دفعته`: a first, a rank,
//!   stays) ([`former_latter`]).

use super::Ctx;
use super::ar100::{definite_head, definite_ordinal};
use super::tokens::key_at as key;
use super::tokens::{Token, stems};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after
/// it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let o = definite_ordinal(tokens, i)?;
    let p = i.wrapping_sub(1);
    let next = o.last + 1;
    let single = o.first == o.last;
    let hit = single && o.value == 1 && foremost(tokens, next)
        || discourse(tokens, p, next)
        || single && question(tokens, p)
        || defence_line(tokens, p)
        || single && o.value <= 2 && former_latter(tokens, i, p, next);
    hit.then_some(next)
}

/// `الأول والأساسي`, `الأولى والأساسية`, `الأول والأهم`: `الأول`/`الأولى` before an
/// adjective of importance joined by `و`.
fn foremost(tokens: &[Token<'_>], next: usize) -> bool {
    matches!(
        key(tokens, next),
        "والاساسي"
            | "والاساسيه"
            | "والاهم"
            | "والرييسي"
            | "والرييسيه"
            | "والرييس"
            | "والابرز"
            | "والاخطر"
    )
}

/// `المشهد الثاني`, `والعامل الثالث`, `أما الدرس الثاني`, `المعيار الثاني`, `الشرط
/// الأول`: an ordinal after a definite noun of the writer's own division (not before `من
/// نوعه`, a first of its kind).
fn discourse(tokens: &[Token<'_>], p: usize, next: usize) -> bool {
    const HEADS: &[&str] = &[
        "مشهد",
        "عامل",
        "درس",
        "معيار",
        "شرط",
        "عنصر",
        "شق",
        "حل",
        "احتمال",
        "سيناريو",
        "خيار",
        "تحفظ",
        // ar115: `والتفسير الأول برأيي هو الأرجح`, `مرادف للمصطلح الأول`.
        "تفسير",
        "مصطلح",
    ];
    definite_head(tokens, p, HEADS)
        && !(key(tokens, next) == "من" && key(tokens, next + 1).starts_with("نوع"))
}

/// `والسؤال الأول هو`, `أما السؤال الثالث فكان`, `إجابة السؤال الأول`: the writer's own
/// question, after `و` or some word; not a bare `السؤال` opening the sentence (`السؤال
/// الثاني صعب`, an item of a test).
fn question(tokens: &[Token<'_>], p: usize) -> bool {
    definite_head(tokens, p, &["سوال"]) && (p > 0 || key(tokens, p) != "السوال")
}

/// `خط الدفاع الأول`, `وخط الدفاع الأول`, `الخط الدفاعي الثاني`, `خطوط الدفاع الأولى`.
fn defence_line(tokens: &[Token<'_>], p: usize) -> bool {
    let line = |k: usize, definite: bool| {
        stems(key(tokens, k)).any(|(pre, s)| {
            matches!(s, "خط" | "خطوط")
                && if definite {
                    matches!(pre, "ال" | "وال" | "فال" | "بال" | "لل")
                } else {
                    matches!(pre, "" | "و" | "ف" | "ب" | "ل")
                }
        })
    };
    let q = p.wrapping_sub(1);
    match key(tokens, p) {
        "الدفاع" => line(q, false),
        "الدفاعي" | "الدفاعيه" => line(q, true),
        _ => false,
    }
}

/// `وقد يكون الاول خطراً`, `حيث أن الأول يبقى`, `لأن الأولى قد تودي`: a bare `الأول`,
/// `الأولى`, `الثاني`, `الثانية` (the plain article, no preposition) right after a
/// complementizer or `قد يكون`, not before a scope of a rank or `من نوعه`.
fn former_latter(tokens: &[Token<'_>], i: usize, p: usize, next: usize) -> bool {
    if !matches!(key(tokens, i), "الاول" | "الاولي" | "الثاني" | "الثانيه")
    {
        return false;
    }
    let before = key(tokens, p);
    let complementizer = matches!(before, "ان" | "وان" | "فان" | "لان" | "كون" | "لكن" | "ولكن");
    let may_be = matches!(before, "يكون" | "تكون")
        && matches!(key(tokens, p.wrapping_sub(1)), "قد" | "وقد" | "فقد");
    (complementizer || may_be)
        && !matches!(
            key(tokens, next),
            "من" | "في"
                | "علي"
                | "بين"
                | "ضمن"
                | "عالميا"
                | "عربيا"
                | "محليا"
                | "خليجيا"
                | "اقليميا"
                | "دوليا"
                | "بعد"
                | "له"
                | "لها"
        )
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        first_and_basic: "فالرفع من أداء حركة الناس اليومية في أعمالهم هو الشرط الأول والأساسي" => [];
        first_and_basic_fem: "حاجة الأسرة للفرح هي الحاجة الأولى والأساسية" => [];
        first_and_most_important: "وتيقن أنه نبع السعادة الأول والأهم في هذه الحياة" => [];
        first_and_largest_stays: "سيؤسس لمرحلة مهمة في إنشاء المجمع الأول والأكبر في المنطقة"
            => ["الأول|ordinal|1|1..1|exact|"];
        scene_of_poem: "إذن هذا هو المشهد الثاني من النص الجاهلي" => [];
        second_factor: "والعامل الثاني جوي علوي بهبوط التيارات الهوائية" => [];
        third_lesson: "أما الدرس الثالث فهو مراقبة أداء المجالس البلدية" => [];
        second_criterion: "وأما المعيار الثاني فهو تراجع في حجم عمليات الاستحواذ" => [];
        second_option: "أما الخيار الثاني فهو التمسك بالمجتمع" => [];
        first_explanation: "والتفسير الأول برأيي هو الأرجح.." => [];
        first_term: "لوجدنا أنه مرادف للمصطلح الأول أي الاستسلام." => [];
        fifth_reservation: "أما التحفظ الخامس فيتناول ما ستفعله إيران" => [];
        first_question: "والسؤال الاول هو: هل العالم الذي ارتكب الجريمة" => [];
        third_question: "أما السؤال الثالث فكان عن كيفية فهم الفراعنة" => [];
        test_question_stays: "السؤال الثاني صعب."
            => ["الثاني|ordinal|2|2..2|exact|"];
        standard_of_its_kind_stays: "وتعد شهادة الأيزو المعيار الأول من نوعه في العالم"
            => ["الأول|ordinal|1|1..1|exact|"];
        rail_segment_stays: "وأما المقطع الثاني الذي بوشر بتنفيذه في الشمال"
            => ["الثاني|ordinal|2|2..2|exact|"];
        defence_line: "والرئيس السابق لا يخرج من الشركة، بل ينتقل إلى الخط الدفاعي الثاني" => [];
        first_line_of_defence: "الدبلوماسية باعتبارها خط الدفاع الأول عن أمن تونس" => [];
        metro_line_stays: "أما الخط الثاني يمر عبر شارع التحلية"
            => ["الثاني|ordinal|2|2..2|exact|"];
        the_former: "فهم شركاء في هذا الجرم وقد يكون الاول خطراً" => [];
        former_after_that: "حيث أن الأول يبقى أثره في العمل حتى مع غيابه" => [];
        former_because: "لأن الأولى قد تودي إلى شيوع النزاعات" => [];
        first_of_kind_stays: "لنزل بيئي ينتظر أن يكون الأول من نوعه على مستوى المملكة"
            => ["الأول|ordinal|1|1..1|exact|"];
        first_in_class_stays: "على الرغم من أنه كان الأول على دفعته"
            => ["الأول|ordinal|1|1..1|exact|"];
    }
}
