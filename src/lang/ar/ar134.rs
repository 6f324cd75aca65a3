//! Counted nouns and values of the judged Arabic samples 101–102 (ar134).
//!
//! - The number-adjective `واحد`/`واحدة` follows its noun and the noun's adjectives: `تحديد
//!   دائرة انتخابية واحدة لبقية الأمانات`, `يريد مدرسة ثانوية واحدة على الأقل في كل منطقة`,
//!   `اكتفى أمس بحصة تدريبية واحدة`. The tool read the adjective of relation (`انتخابية`,
//!   `ثانوية`) as the counted noun; the noun is the word before it (`دائرة`, `مدرسة` →
//!   school, `حصة`), over at most two such adjectives (`شخصية قانونية دولية واحدة`), and
//!   the span starts at it. A noun and adjective the lexicon knows as one unit count it
//!   (`ساعة دراسية واحدة` → credit hour). Before the feminine `واحدة` an unknown noun is
//!   feminine (`ة`) and indefinite, so a verb or preposition before the adjective leaves it
//!   the noun (`نجد شرعية واحدة`, `من زاوية واحدة`, `الكاتبة رواية واحدة`); before `واحد`
//!   only a noun of the lexicon is taken (`موسم رياضي واحد` → one season), as the tool took
//!   no claim there before. An adjective the lexicon knows (a demonym, `مدني` a civilian,
//!   `ثانية` a second) is the noun itself and stays. See [`noun_before_adjective`].
//! - A figure in digits, `ألف` and one to three digits without `و` is one number:
//!   `بسعة حمولة تبلغ 19 ألف 224 وحدة`. The tool read 19,000 and dropped the rest; it is
//!   19,224 units (in `numbers.rs`, where the words after a scale are read; `2 مليون 300
//!   ألف` and `19 ألفا و224` were read already). Only before a word that is no number. See
//!   [`thousands_remainder`].
//! - Spellings of units missing from the lexicon (in `units.rs`): `78 ميليمترا`
//!   (millimetre), `2500 هيكتار` (hectare), `8 آلاف كليوجرامات` (kilogram), `100 ميقاواط`
//!   (megawatt), `14 انشاً` (inch); and clear measures the lexicon lacked: `75 ملليجراما`
//!   (milligram), `330 مليلترا` (millilitre), `14 نانومتر`, `20 مايكرومتر`, `25 ياردة`,
//!   `300 رطل` (pound weight), `100 هرتز`, `200 أمبير`, `119 ديسيبل`.

use super::Ctx;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitMatch};

/// Whether `key` has the shape of an adjective of relation agreeing with the «one» at `i`:
/// `انتخابيه` before `واحدة`, `رياضي` before `واحد`.
fn nisba(key: &str, feminine: bool) -> bool {
    key.chars().count() >= 4
        && if feminine {
            key.ends_with("يه")
        } else {
            key.ends_with('ي')
        }
}

/// Whether token `p` may be the adjective of relation between a noun and the «one».
fn adjective(ctx: &Ctx<'_, '_>, p: usize, feminine: bool) -> bool {
    let t = &ctx.tokens[p];
    t.kind == TokenKind::Word
        && nisba(&t.key, feminine)
        && !t.stems().any(|(pre, _)| !pre.is_empty())
        && !super::subject::is_function_word(&t.key)
        && units::lookup(&ctx.keys[p..=p]).is_none()
}

/// The noun at token `q` before the adjective ending at token `p`, if it may be the
/// counted noun: a singular indefinite noun of the lexicon (with the adjective, a unit of
/// two words: `ساعة دراسية`), or before `واحدة` an unknown indefinite feminine noun, without
/// a proclitic but `ب`/`ل` (`بحصة تدريبية` counts `حصه`).
fn noun_at(
    ctx: &Ctx<'_, '_>,
    q: usize,
    p: usize,
    feminine: bool,
) -> Option<Result<UnitMatch, String>> {
    let t = &ctx.tokens[q];
    if t.kind != TokenKind::Word
        || t.key.chars().count() < 3
        || t.stems().any(|(pre, _)| pre.ends_with("ال"))
        || super::subject::is_function_word(&t.key)
        || super::numbers::is_number_word(t)
        || super::NOT_COUNTED_KEYS.contains(t.key.as_str())
    {
        return None;
    }
    if let Some(u) = units::lookup(&ctx.keys[q..=p]) {
        // `هدف إجرامي واحد`: an aim, not a goal of a match.
        return (!u.definite && u.plurality == units::Plurality::Singular && u.concept != "goal")
            .then_some(Ok(u));
    }
    if !feminine || !t.key.ends_with('ه') {
        return None;
    }
    // `بحصة تدريبية`: the preposition is no part of the noun; after another preposition
    // (`في بقعة طبغرافية`) the `ب` is the noun's own.
    let after_particle = q.checked_sub(1).is_some_and(|k| {
        matches!(
            ctx.tokens[k].key.as_str(),
            "في" | "من"
                | "علي"
                | "على"
                | "الي"
                | "إلى"
                | "عن"
                | "مع"
                | "عند"
                | "منذ"
                | "حتي"
        )
    });
    let key = match t.key.strip_prefix(['ب', 'ل']) {
        Some(rest) if rest.chars().count() >= 3 && !after_particle => rest,
        _ => t.key.as_str(),
    };
    (!key.starts_with('و') && !super::subject::is_function_word(key)).then(|| Err(key.to_string()))
}

/// `دائرة انتخابية واحدة`, `مدرسة ثانوية واحدة`, `موسم رياضي واحد`: the noun before the
/// adjective(s) of relation before the «one» at token `i`, and its token (see the module
/// doc). `None` when the word before the «one» is no such adjective or no noun precedes it.
pub(super) fn noun_before_adjective(
    ctx: &Ctx<'_, '_>,
    i: usize,
) -> Option<(Result<UnitMatch, String>, usize)> {
    let tokens = ctx.tokens;
    let feminine = match tokens[i].key.as_str() {
        "واحده" => true,
        "واحد" => false,
        _ => return None,
    };
    let p = i.checked_sub(1)?;
    if !adjective(ctx, p, feminine) {
        return None;
    }
    let q = p.checked_sub(1)?;
    // `شخصية قانونية دولية واحدة`: a second adjective before the first.
    if q > 0
        && adjective(ctx, q, feminine)
        && let Some(found) = noun_at(ctx, q - 1, q, feminine)
    {
        return Some((found, q - 1));
    }
    Some((noun_at(ctx, q, p, feminine)?, q))
}

/// `19 ألف 224 وحدة`: after `ألف` (token `k`, no group pending), one to three digits
/// without `و` before a word that is no number add to the thousands: the value of the
/// digits at `k + 1`.
pub(super) fn thousands_remainder(tokens: &[Token<'_>], k: usize) -> Option<f64> {
    let t = tokens.get(k + 1)?;
    let digits = t.text.chars().count();
    if !(1..=3).contains(&digits) || !t.text.chars().all(|c| c.is_numeric()) {
        return None;
    }
    let v = t.number()?;
    let after = tokens.get(k + 2)?;
    (v >= 1.0
        && after.kind == TokenKind::Word
        && !super::numbers::is_number_word(after)
        && super::numbers::scale_value(after).is_none())
    .then_some(v)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        electoral_district: "وتضمن القرار الوزاري تحديد دائرة انتخابية واحدة لبقية الأمانات والبلديات"
            => ["دائرة انتخابية واحدة|count|1|1..1|exact|دايره"];
        secondary_school: "بأنه يريد مدرسة ثانوية واحدة على الأقل في كل منطقة"
            => ["مدرسة ثانوية واحدة على الأقل|count|1|1..|at_least|school"];
        proclitic_noun: "واكتفى دا سيلفا بحصة تدريبية واحدة بدأت باجتماع مع اللاعبين"
            => ["بحصة تدريبية واحدة|count|1|1..1|exact|حصه"];
        own_ba_after_preposition: "متجاورة على نحو مدهش في بقعة طبغرافية واحدة."
            => ["بقعة طبغرافية واحدة|count|1|1..1|exact|بقعه"];
        two_adjectives: "والإعلان المشترك، مع شخصية قانونية دولية واحدة، وسيادة واحدة"
            => ["شخصية قانونية دولية واحدة|count|1|1..1|exact|شخصيه"];
        masculine_known_noun: "تعاقد معه بنظام الانتقال لمدة موسم رياضي واحد مع أفضلية التجديد"
            => ["موسم رياضي واحد|count|1|1..1|exact|season"];
        noun_of_two_words: "يدرس الطالب ساعة دراسية واحدة في الأسبوع"
            => ["ساعة دراسية واحدة|count|1|1..1|exact|credit_hour"];
        verb_before_stays: "في واقع الشرعيات الفلسطينية فإننا نجد شرعية واحدة محسومة"
            => ["شرعية واحدة|count|1|1..1|exact|شرعيه"];
        preposition_before_stays: "ينظر للموضوع من زاوية واحدة."
            => ["زاوية واحدة|count|1|1..1|exact|زاويه"];
        definite_before_stays: "الكاتب منها أو الكاتبة رواية واحدة لم يسبقها حضور أدبي"
            => ["رواية واحدة|count|1|1..1|exact|روايه"];
        known_adjective_stays: "وفي تعز المدينة قتل مدني واحد وأصيب أربعة آخرون"
            => ["مدني واحد|count|1|1..1|exact|civilian", "أربعة|count|4|4..4|exact|injured"];
        aim_not_goal: "يجتمعان على هدف إجرامي واحد وهو إثارة الفتنة"
            => [];
        idiom_with_adjective: "وضعهما تحت مظلة إدارية واحدة ولجت إلى نفق التناقض"
            => [];
        thousands_then_digits: "في سلسلة تضم 20 سفينة بسعة حمولة تبلغ 19 ألف 224 وحدة (تي إي يو)"
            => ["20 سفينة|count|20|20..20|exact|ship",
                "19 ألف 224 وحدة|count|19224|19224..19224|exact|unit"];
        thousands_and_digits_stay: "نقل 84 ألفا و938 رحلة خلال الشهر"
            => ["84 ألفا و938 رحلة|count|84938|84938..84938|exact|flight"];
        millions_then_thousands_stay: "بلغت 27 مليوناً 243 ألفاً و15 ريالا"
            => ["27 مليوناً 243 ألفاً و15 ريالا|money|27243015|27243015..27243015|exact|riyal"];
        millimetre_spelling: "ويبلغ معدل هطول الأمطار في الإمارات بحدود 78 ميليمترا في السنة"
            => ["78 ميليمترا|count|78|78..78|exact|millimeter"];
        hectare_spelling: "وغمرت المياه ما يقرب من 2500 هيكتار من الأراضي"
            => ["ما يقرب من 2500 هيكتار|count|2500|2250..2750|approx|hectare"];
        kilogram_misspelt: "ضبط و14 كليوجراماً من الهيروين"
            => ["14 كليوجراماً|count|14|14..14|exact|kilogram"];
        milligram: "كما تحتوي على 75 ملليجراما من فيتامين ج"
            => ["75 ملليجراما|count|75|75..75|exact|milligram"];
        pound_weight: "وأشار إلى أن هذا الهيكل يزن 102 رطل، وله الخواص نفسها"
            => ["102 رطل|count|102|102..102|exact|pound_weight"];
        megawatt_qaf: "مشروع إنارة منطقة مكة المكرمة، الذي سينتج 100 ميقاواط"
            => ["100 ميقاواط|count|100|100..100|exact|megawatt"];
        yard: "سجل الهدف من مسافة 25 ياردة."
            => ["25 ياردة|count|25|25..25|exact|yard"];
    }
}
