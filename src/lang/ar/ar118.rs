//! Counted nouns that were money, a participle read as a dual, years BC read as spans
//! (audit of durations and counts, seeds 9874/9875). The first two fixes live in the
//! lexicons; the others are [`retune`].
//!
//! - The penny and the old German mark are money, not counted nouns: `مقابل 330 بنسا
//!   للسهم الواحد`, `تسعة بنسات`, `أوراق نقدية من فئة عشرة مليون مارك`, `ثلاثة مليارات
//!   مارك`. The tool counted `بنس`/`مارك` (kind count, unit `بنس`); it now gives money in
//!   `penny` and `mark` (`units.rs`).
//! - The spelling `ترليونات` (and the accusatives `تريليونا`, `ترليونا`) is the trillion
//!   scale, as `تريليونات` already was: `9.7 ترليونات دولار أمريكي` was a count of 9.7
//!   «ترليونات» and is now 9.7 trillion dollars (`numbers.rs`, and `ar79::SCALES` so that a
//!   bare `4.6 ترليونات` after a sum in dollars takes the dollar too).
//! - A bare indefinite `طالبين` is the active participle «asking for» (or the sound plural
//!   «students»), not the dual «two students»: `لجأوا إلى الملك عبدالعزيز طالبين عونه`,
//!   `يهيم الخطاب على بيته طالبين يد زوجته`, `رافضين الظل والراحة طالبين العمل`. The tool
//!   counted 2 students; it now drops the claim. The definite dual (`الطالبين`), a dual with
//!   its number (`طالبين اثنين`) and the feminine `طالبتين` stay counted.
//! - Years counted back from the era are a year BC, not a span: `يرجع تاريخها إلى حوالي
//!   10,000 سنة قبل الميلاد`, `على ضفاف البحر الأسود 4700 سنة قبل الميلاد`, `تؤرخ بسبعة آلاف
//!   سنة قبل الميلاد`. The tool gave a duration of 10,000 years; as for `عام 1258 قبل
//!   الميلاد` (a year the model cannot hold), there is now no claim. A span of years before
//!   some other event (`قبل ⟨40⟩ عاما`, `بعد مائة عام من الولايات المتحدة`) stays.
//! - `حتى` right after `أو` is «even», not «up to»: `لعام آخر … أو حتى لستة أشهر`, `في ٥٠
//!   عاماً أو حتى ١٠٠ عام`, `ست أو سبع أو ثماني أو حتى تسع سنوات`. The tool read a ceiling
//!   (at most six months); the figure is now exact, its span without `حتى`. A ceiling
//!   `حتى` with no `أو` before it (`عقوبة السجن حتى 24 عاما`) stays.

use super::Ctx;
use super::ar79::{last_token, token_at};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier};

/// Makes `أو حتى` «or even» exact, and drops the bare `طالبين` read as two students and
/// the years BC read as spans (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let start = from.min(out.len());
    for c in out[start..].iter_mut() {
        even_not_ceiling(tokens, c);
    }
    let mut k = from;
    out.retain(|c| {
        let at = k;
        k += 1;
        at < from || !(participle_dual(tokens, c) || years_before_christ(tokens, c))
    });
}

/// What makes a word of [`PARTICIPLES`] the participle rather than the dual.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// Bare and indefinite, always (`طالبين عونه`): here.
    Alone,
    /// A preposition after it (`مستندين إلى`, `مستندين لفتوى`): ar122.
    Preposition,
    /// A comma before it and `على` after (`، مركزين على`): ar122.
    CommaOn,
}

/// Active participles in `-ين` read as duals (keys, without a `و`/`ف`), each with the
/// context that makes it the participle.
pub(super) const PARTICIPLES: &[(&str, Cue)] = &[
    ("طالبين", Cue::Alone),
    ("مستندين", Cue::Preposition),
    ("مركزين", Cue::CommaOn),
];

/// The cue of key `k` (without a `و`/`ف`) if it is one of [`PARTICIPLES`].
pub(super) fn participle(k: &str) -> Option<Cue> {
    PARTICIPLES
        .iter()
        .find(|(w, _)| *w == k)
        .map(|(_, cue)| *cue)
}

/// A count whose whole span is the one word `طالبين` (`وطالبين`), a [`Cue::Alone`]
/// participle.
fn participle_dual(tokens: &[super::tokens::Token<'_>], c: &Recognized) -> bool {
    if c.kind != Kind::Count {
        return false;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return false;
    };
    let k = tokens[a].key.as_str();
    last_token(tokens, a, c.byte_end) == a
        && participle(k.strip_prefix('و').unwrap_or(k)) == Some(Cue::Alone)
}

/// `أو حتى ⟨figure⟩`: a ceiling read from «even» becomes the exact figure after `حتى`.
fn even_not_ceiling(tokens: &[super::tokens::Token<'_>], c: &mut Recognized) {
    if c.qualifier != Qualifier::AtMost {
        return;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return;
    };
    if tokens[a].key != "حتي"
        || a == 0
        || tokens[a - 1].key != "او"
        || tokens.get(a + 1).is_none_or(|t| t.start >= c.byte_end)
    {
        return;
    }
    c.byte_start = tokens[a + 1].start;
    c.qualifier = Qualifier::Exact;
    c.low = Some(c.value.clone());
    c.high = Some(c.value.clone());
}

/// A duration in years whose last word is followed by `قبل الميلاد` or `ق.م`.
fn years_before_christ(tokens: &[super::tokens::Token<'_>], c: &Recognized) -> bool {
    if c.kind != Kind::Duration || c.unit.as_deref() != Some("year") {
        return false;
    }
    // (By its last word: the first may carry a proclitic, `تؤرخ بسبعة آلاف سنة`.)
    tokens
        .iter()
        .position(|t| t.end == c.byte_end)
        .is_some_and(|z| super::weekdays::before_christ(tokens, z))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        pence: "وقد باعت الحكومة الحصة مقابل 330 بنسا للسهم الواحد"
            => ["330 بنسا|money|330|330..330|exact|penny"];
        pence_plural: "ارتفع السعر تسعة بنسات"
            => ["تسعة بنسات|money|9|9..9|exact|penny"];
        marks: "دفعت ألمانيا ثلاثة مليارات مارك"
            => ["ثلاثة مليارات مارك|money|3000000000|3000000000..3000000000|exact|mark"];
        mark_the_name_stays: "وقال مارك زوكربيرغ إن الشركة نمت"
            => [];
        trillions_spelt_without_ya: "بلغ نصيب الجهات الخارجية 9.7 ترليونات دولار أمريكي"
            => ["9.7 ترليونات دولار أمريكي|money|9700000000000|9700000000000..9700000000000|exact|usd"];
        trillions_with_ya_stay: "بلغ الدين 9.7 تريليونات دولار"
            => ["9.7 تريليونات دولار|money|9700000000000|9700000000000..9700000000000|exact|usd"];
        participle_asking: "لجأوا إلى الملك عبدالعزيز طالبين عونه" => [];
        participle_asking_work: "رافضين الظل والراحة طالبين العمل من أجل لقمة العيش" => [];
        definite_dual_stays: "وتم تكريم الطالبين الفائزين"
            => ["الطالبين|count|2|2..2|exact|student"];
        feminine_dual_stays: "وفازت طالبتين من المدرسة بالجائزة"
            => ["طالبتين|count|2|2..2|exact|student"];
        years_bc: "يرجع تاريخها إلى حوالي 10,000 سنة قبل الميلاد" => [];
        years_bc_short: "على ضفاف البحر الأسود 4700 سنة ق.م" => [];
        years_bc_proclitic: "حضارة العبيد التي تؤرخ بسبعة آلاف سنة قبل الميلاد" => [];
        or_even_months: "وتجديد عقده لعام آخر أو حتى لستة أشهر ليتمكن من خوض المونديال"
            => ["لستة أشهر|duration|P6M|P6M..P6M|exact|month"];
        up_to_stays: "يواجه عقوبة السجن حتى 24 عاما"
            => ["حتى 24 عاما|duration|P24Y|..P24Y|at_most|year"];
        years_ago_stay: "تمكنت المنظمة قبل أربعين عاما من اكتساب اعتراف"
            => ["أربعين عاما|duration|P40Y|P40Y..P40Y|exact|year"];
    }
}
