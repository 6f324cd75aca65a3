//! Ordinals that rank nothing (ar100, from an audit of 300 random ordinal claims):
//!
//! - The writer's own list of reasons, matters, points or grievances: `السبب الثاني هو
//!   …`, `والأمر الثاني أنه …`, `أما النقطة الثالثة فتتعلق …`, `المسألة الثانية- في …`,
//!   `المعاناة الخامسة إعادة …` number the steps of an argument, nothing in the news
//!   (`النقطة الرابعة`, a district of Taiz, is a name); no claim ([`list_item`]). (`السبب
//!   الأول`, the main cause, is [`super`]'s idiom already; `المرحلة الثانية`, a stage of
//!   something real, stays.) So are `الجانب الأول`, `الجانب الثاني` (the first, second
//!   aspect of an argument; `الجانب الثاني من الحدود`, the other side) and `في الجهة
//!   الثانية` (on the other hand). Likewise a bare ordinal opening the sentence before a comma,
//!   the writer's «secondly»: `الثاني، أن الدورة ذاتها …`, `والثانية، صعوبة …`
//!   ([`enumerator`]; `الأولى على الدفعة`, first of the class, stays).
//! - `الحافز الأول والأخير`, `الكلمة الأولى والأخيرة`, `في الأول والأخير`: «first and
//!   last», the only or the decisive one, an idiom; no claim (`المرة الأولى والأخيرة`, a
//!   first time, stays) ([`first_and_last`]).
//! - `كان الأَولى أن …`, `كان من الأولى تسديد …`, `هل الأولى أن …`, `فأنت الأولى بأن …`:
//!   `أَوْلى`, «more fitting», no rank; no claim (`كانت الأولى من نوعها` stays)
//!   ([`more_fitting`]).
//! - `المسؤول المالي الأول` (the chief financial officer), `المسؤول التنفيذي الأول`, `الظفر
//!   بالموقع الأول` (the top post): the head of an office, an epithet; no claim (`الموقع
//!   الأول عالميا`, a rank in a table, stays); so are `القائد الأول للجماعة` (the top
//!   leader), `المسؤولية الأولى` (primary responsibility) and `الركيزة الأولى` (the main
//!   pillar), before a definite ordinal only (`تولى المسؤولية لأول مرة` is a first time)
//!   ([`top_post`]). With `زميل` added to [`super`]'s `RANKS_WITH_FIRST`: `زميل أول في معهد
//!   بروكينغز`, a senior fellow, a job grade like `باحث أول`.

use super::Ctx;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct, stems};

/// Whether token `k`'s key is a definite noun (`ال`, `وال`, `بال`, `لل` … on it) whose bare
/// stem is one of `nouns`.
pub(super) fn definite_head(tokens: &[Token<'_>], k: usize, nouns: &[&str]) -> bool {
    stems(key(tokens, k)).any(|(p, s)| {
        matches!(
            p,
            "ال" | "وال" | "فال" | "بال" | "لل" | "ولل" | "فلل" | "وبال" | "فبال"
        ) && nouns.contains(&s)
    })
}

/// The ordinal that starts at token `i` when it is definite (`الثاني`, `والأولى`), not
/// part of a cardinal; the shared first step of this module's and
/// [`ar105`](super::ar105)'s rules.
pub(super) fn definite_ordinal(tokens: &[Token<'_>], i: usize) -> Option<ordinals::Ordinal> {
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    let k = key(tokens, i);
    if !(k.starts_with("ال") || k.starts_with("وال") || k.starts_with("فال")) {
        return None;
    }
    ordinals::parse_at(tokens, i).filter(|o| o.first == i && !o.cardinal)
}

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after
/// it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let o = definite_ordinal(tokens, i)?;
    let p = i.wrapping_sub(1);
    let single_first = o.value == 1 && o.first == o.last;
    let hit = list_item(tokens, p, o.last + 1)
        || enumerator(tokens, i, o.last + 1)
        || single_first
            && (first_and_last(tokens, p, o.last + 1)
                || more_fitting(tokens, i, p)
                || top_post(tokens, i, p));
    hit.then_some(o.last + 1)
}

/// `السبب الثاني`, `والأمر الثالث`, `أما النقطة الثالثة`, `بالمسألة الثالثة`, `المعاناة
/// السابعة`: an ordinal right after a definite noun of the writer's own list.
fn list_item(tokens: &[Token<'_>], p: usize, next: usize) -> bool {
    definite_head(tokens, p, &["سبب", "امر", "مساله", "معاناه", "جانب", "جهه"])
        // (`ليقدم النقطة الثالثة للأبيض`, `النقطة الثانية مع الخيال`: a point scored.)
        || definite_head(tokens, p, &["نقطه"])
            && !(key(tokens, next) == "مع" || key(tokens, next).starts_with("لل"))
}

/// `الثاني، أن الدورة ذاتها …`, `والثانية، صعوبة …`: a bare ordinal opening the sentence
/// before a comma, the writer's «secondly». (`الأولى على الدفعة`, not before a comma,
/// stays; so does `الأول: محمد`, before a colon, which may be a winner's place.)
fn enumerator(tokens: &[Token<'_>], i: usize, next: usize) -> bool {
    tokens[..i]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Punct(_)))
        && punct(tokens, next, &['،', ','])
}

/// `الحافز الأول والأخير`: `الأول`/`الأولى` right before `والأخير`/`والأخيرة`, but not
/// after `المرة` (`المرة الأولى والأخيرة`, a first time).
fn first_and_last(tokens: &[Token<'_>], p: usize, next: usize) -> bool {
    matches!(key(tokens, next), "والاخير" | "والاخيره")
        && !stems(key(tokens, p)).any(|(_, s)| matches!(s, "مره" | "المره"))
}

/// `كان الأولى أن`, `كان من الأولى`, `ومن الأولى أن`, `هل الأولى أن`, `فأنت الأولى بأن`:
/// `الأولى` (key `الاولي`) as «more fitting».
fn more_fitting(tokens: &[Token<'_>], i: usize, p: usize) -> bool {
    if !stems(key(tokens, i)).any(|(pre, s)| pre.ends_with("ال") && s == "اولي") {
        return false;
    }
    let kana = |k: &str| matches!(k, "كان" | "وكان" | "فكان" | "لكان");
    let prev = key(tokens, p);
    let next = key(tokens, i + 1);
    let that = matches!(next, "ان" | "بان");
    // A masculine `كان` before the feminine form: not «it was the first (one)»; `كان
    // الأولى من نوعها` is.
    kana(prev) && next != "من"
        || matches!(prev, "من" | "ومن" | "فمن")
            && (that || p.checked_sub(1).is_some_and(|q| kana(key(tokens, q))))
        || that && matches!(prev, "هل" | "اذ" | "انت" | "فانت" | "وانت")
}

/// `المسؤول المالي الأول`, `المسؤول التنفيذي الأول`, `بالموقع الأول` (not before a table's
/// scope: `الموقع الأول عالميا`, `في قائمة`).
fn top_post(tokens: &[Token<'_>], i: usize, p: usize) -> bool {
    if !stems(key(tokens, i)).any(|(pre, s)| pre.ends_with("ال") && matches!(s, "اول" | "اولي"))
    {
        return false;
    }
    // `القائد الأول للجماعة` (the top leader), `المسؤولية الأولى` (primary
    // responsibility), `الركيزة الأولى` (the main pillar). (Only before a definite
    // ordinal: `تولى المسؤولية لأول مرة` is a first time.)
    if definite_head(tokens, p, &["قايد", "مسووليه", "مسيوليه", "ركيزه"]) {
        return true;
    }
    let officer = |k: usize| definite_head(tokens, k, &["مسوول", "مسيول"]);
    let adjective = key(tokens, p);
    if officer(p)
        || adjective.starts_with("ال")
            && adjective.ends_with('ي')
            && p.checked_sub(1).is_some_and(officer)
    {
        return true;
    }
    definite_head(tokens, p, &["موقع"])
        && !matches!(
            key(tokens, i + 1),
            "في" | "بين"
                | "ضمن"
                | "من"
                | "علي"
                | "عالميا"
                | "عربيا"
                | "خليجيا"
                | "محليا"
                | "اقليميا"
                | "دوليا"
        )
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        second_reason: "السبب الثاني هو ارتفاع الأسعار" => [];
        third_point: "أما النقطة الثالثة فتتعلق بأسلوب التعامل مع برنامج الإنفاق العام." => [];
        second_matter: "والأمر الثاني أنه بين لنا الطريق" => [];
        third_issue: "وفي ما يتعلق بالمسألة الثالثة، أوضح الوزير" => [];
        seventh_grievance: "المعاناة السابعة تأسيس مرافئ للقوارب في مدينتي الخبر والدمام" => [];
        other_hand: "في الجهة الثانية، هناك «توري بيرش» أو «مايكل كورس»" => [];
        first_aspect: "الجانب الأول استخدام الأحكام الفقهية المقننة" => [];
        second_stage_stays: "أما المرحلة الثانية من المتحف فإنها تتضمن إنشاء مبنى"
            => ["الثانية|ordinal|2|2..2|exact|"];
        secondly: "الثاني، أن الدورة ذاتها مشغولة بعناية فائقة" => [];
        and_secondly: "والثانية، صعوبة تناسي العلاقات الماضية بين العاصمتين" => [];
        first_in_table_stays: "الأولى على الدفعة كانت الطالبة سارة"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_and_last: "تعد هي الحافز الأول والأخير لجميع الدلالين" => [];
        last_word: "حيث تكون للولايات المتحدة الكلمة الأولى والأخيرة" => [];
        first_and_last_time_stays: "ربما تكون هذه المرة الأولى والأخيرة التي يزورنا فيها"
            => ["الأولى|ordinal|1|1..1|exact|"];
        more_fitting: "حيث كان الأولى أن يتم دمج الجميع" => [];
        more_fitting_min: "وقد كان من الأولى تجنب مثل هذا الصراع" => [];
        more_fitting_question: "بالله عليكم هل الأولى أن يتم رفع الحظر" => [];
        first_of_its_kind_stays: "وكانت الأولى من نوعها في المنطقة"
            => ["الأولى|ordinal|1|1..1|exact|"];
        cfo: "أوضح لوكا مايستري، المسؤول المالي الأول لدى «آبل»، أن الساعة باعت" => [];
        top_post: "يضمن الظفر بالموقع الأول تمامًا" => [];
        top_rank_stays: "احتلت المملكة الموقع الأول عالميا"
            => ["الأول|ordinal|1|1..1|exact|"];
        top_leader: "حسان حطاب الذي يعد القائد الأول للجماعة" => [];
        primary_responsibility: "نحن نتحمل المسؤولية الأولى في هذا الموضوع" => [];
        main_pillar: "أن تدريب القادة هي الركيزة الأولى لإنجاح العملية" => [];
        senior_fellow: "يقول جيمس لويس، وهو زميل أول في مركز الدراسات" => [];
        first_time_in_charge_stays: "حينما تولى المسؤولية لأول مرة بداية من 2004"
            => ["أول|ordinal|1|1..1|exact|", "2004|date|2004|2004-01-01..2004-12-31|exact|"];
        point_scored_stays: "ليقدم النقطة الثالثة للأبيض"
            => ["الثالثة|ordinal|3|3..3|exact|"];
        first_colleague_stays: "وكان أول زميل يصل إلى المكتب"
            => ["أول|ordinal|1|1..1|exact|"];
    }
}
