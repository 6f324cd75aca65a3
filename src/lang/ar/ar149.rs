//! Ordinals that rank nothing, second part (ar149), from the class samples of ordinals O1 and
//! O2. Each rule looks at a fixed few tokens around the ordinal; no claim for any of them:
//!
//! - Distributive «another one»: `فهذه تشتهر …، والأخرى تعرض …، وهذه تخبئ …، وثالثة
//!   تغازل الشباب`, `رب عين بكت فرحا، وأخرى بكت ألما، وثالثة بكت حزنا، ورابعة بكت قهرا`,
//!   `فلسطينيين اثنين، استشهدا …، وثالث توفي بعد سنوات`: an indefinite `وثالث`/`ورابع`/
//!   `وخامس` (masculine or feminine, with `و`; bare `طريق ثالث`, `خطة ثالثة` stay) followed by a word
//!   that is no definite genitive and not after another ordinal (`حل ثالث ورابع` stays), when one
//!   of the 15 tokens before it is a demonstrative of a distributive series (`وهذه`, `فهذا`,
//!   `وذاك`…), `وأخرى`/`والأخرى` or the count `اثنين`/`اثنان`: it is one more of those, not
//!   the third of a ranked series. `وآخر` alone is not a cue: `اختبار لغة، وآخر في
//!   الأخلاقيات، وثالث في دراسة` enumerates kinds, as judges accepted `طرف ثالث`
//!   ([`distributive`]).
//! - Idioms: `مشكلات لا أول ولا آخر لها` (endless) and a columnist's own list opening the
//!   sentence, `وأول مؤشرات نجاح المشروع مبادرة المشرف`, or with a demonstrative anywhere,
//!   `وأول تلك التحديات عزوف الشباب` (`أول`/`أولى` + plural of signs, lessons, challenges,
//!   steps…) ([`idiom`]). `يعد أول خطوات التنظيم` inside a sentence stays.
//!
//! Left alone: «the former» (`بالمطار الأول` after two airports, `قبل عودة الأول` after
//! `مريض آخر`): no bounded cue was tried in time (see the branch's report); `أول أيام` is
//! nearly always a real first day of a named event (`أول أيام العيد`, `أول أيام مهرجان
//! العسل`), the one vague case found (`مع أول أيام عودة المطلقة`) is not worth a rule.

use super::Ctx;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    (distributive(tokens, i) || idiom(tokens, i)).then_some(i + 1)
}

/// Cues (keys) of a distributive series before `وثالثة`.
const SERIES: &[&str] = &[
    "وهذه",
    "فهذه",
    "وهذا",
    "فهذا",
    "وذاك",
    "فذاك",
    "وتلك",
    "واخري",
    "والاخري",
    "اثنين",
    "اثنان",
    "اثنتين",
    "اثنتان",
];

/// `وهذه تخبئ …، وثالثة تغازل`: see the module's doc.
fn distributive(tokens: &[Token<'_>], i: usize) -> bool {
    let w = key(tokens, i);
    let Some(w) = w.strip_prefix('و') else {
        return false;
    };
    if !matches!(
        w,
        "ثالث" | "ثالثه" | "رابع" | "رابعه" | "خامس" | "خامسه" | "سادس" | "سادسه"
    ) {
        return false;
    }
    // A word must follow (the verb of «another one»), not a genitive, and the ordinal must
    // not be coordinated with another (`حل ثالث ورابع`).
    let next_is_word = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !key(tokens, i + 1).starts_with("ال"));
    if !next_is_word
        || i.checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(ordinals::may_be_ordinal)
    {
        return false;
    }
    let from = i.saturating_sub(15);
    (from..i).any(|k| SERIES.contains(&key(tokens, k)))
}

/// Plurals (keys) of a columnist's own list after `أول`.
const LISTED: &[&str] = &[
    "موشرات",
    "الموشرات",
    "دروس",
    "الدروس",
    "تحديات",
    "التحديات",
    "خطوات",
    "الخطوات",
    "ثمار",
    "بوادر",
    "علامات",
    "العلامات",
];

/// `لا أول ولا آخر لها`, `وأول مؤشرات نجاح المشروع`, `وأول تلك التحديات`: see the module's
/// doc.
fn idiom(tokens: &[Token<'_>], i: usize) -> bool {
    let w = key(tokens, i);
    if w == "اول"
        && i.checked_sub(1).is_some_and(|p| key(tokens, p) == "لا")
        && key(tokens, i + 1) == "ولا"
        && key(tokens, i + 2).starts_with("اخر")
    {
        return true;
    }
    if !matches!(w, "اول" | "واول" | "فاول" | "اولي" | "واولي") {
        return false;
    }
    if matches!(key(tokens, i + 1), "تلك" | "هذه") {
        return LISTED.contains(&key(tokens, i + 2));
    }
    i == 0 && LISTED.contains(&key(tokens, i + 1))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        distributive_these: "فهذه تشتهر بعرض أجزاء من جسدها، والأخرى تعرض منطقة الصدر، وهذه تخبئ وجهها، وثالثة تغازل الشباب" => [];
        distributive_eyes: "رب عين بكت فرحا، وأخرى بكت ألما، وثالثة بكت حزنا، ورابعة بكت قهرا" => [];
        counted_after_two: "فان فلسطينيين اثنين، استشهدا نتيجة الاطعام القسري في الثمانينات، وثالث توفي بعد سنوات"
            => ["فلسطينيين اثنين|count|2|2..2|exact|person"];
        bare_fifth_stays: "رب عين بكت فرحا، وأخرى بكت ألما، وأعظمها خامسة بكت خشية الجبار"
            => ["خامسة|ordinal|5|5..5|exact|"];
        bare_third_stays: "وهذه فكرة غير منطقية، هناك طريق ثالث للتعاون البناء مع العالم"
            => ["ثالث|ordinal|3|3..3|exact|"];
        coordinated_stays: "وهذا هو السبب في أن الحاجة لا تزال ماسة إلى حل ثالث ورابع."
            => ["ثالث|ordinal|3|3..3|exact|", "رابع|ordinal|4|4..4|exact|"];
        enumerated_kinds_stay: "اختبار لغة إنجليزية، وآخر في الأخلاقيات، وثالث في دراسة وتحليل قضايا عملية"
            => ["ثالث|ordinal|3|3..3|exact|"];
        genitive_stays: "الذي يعتبر بالنسبة للمسلمين أولى القبلتين وثالث الحرمين الشريفين"
            => ["ثالث|ordinal|3|3..3|exact|"];
        endless: "والجفاف يسبب أنواعاً من الأمراض والمشكلات لا أول ولا آخر لها" => [];
        first_signs: "وأول مؤشرات نجاح المشروع مبادرة المشرف على التطوير بمد جسور تواصل" => [];
        first_of_those_challenges: "وأول تلك التحديات عزوف الشباب عن العمل في الزراعة" => [];
        first_steps_inside_stays: "أن قرار وزير الشؤون البلدية والقروية يعد أول خطوات التنظيم"
            => ["أول|ordinal|1|1..1|exact|"];
        first_day_of_eid_stays: "وأما البرنامج فتم تنفيذه صبيحة أول أيام العيد"
            => ["أول|ordinal|1|1..1|exact|"];
    }
}
