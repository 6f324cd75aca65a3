//! Kinds and units of the judged Arabic samples 79–82 (ar111).
//!
//! - `أبرمت إدارة نادي الوحدة مساء أمس ثلاثة عقود احتراف مع لاعبين`, `أبرمت أمانة العاصمة
//!   المقدسة ثلاثة عقود جديدة لمشاريع`, `عقود استشارية من 5-6 عقود`, `عقدين استثماريين`:
//!   `عقود` in a contract's context (a contract noun after it: `احتراف`, `جديدة`,
//!   `لمشاريع`, `استشارية`, `استثمارية`, `بقيمة`; or a signing verb `أبرم`, `وقّع`,
//!   `توقيع`, `تعاقد` before it in the clause, no time preposition `على مدى`, `خلال`, `منذ`
//!   right before the figure) counts contracts: a count with unit `عقد`, no decades. (`على
//!   مدى ثلاثة عقود`, `أحداث وقعت على مدى العقدين الأخيرين` stay durations.)

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::key_at as key;
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out[from..].iter_mut() {
        if c.kind != Kind::Duration || c.unit.as_deref() != Some("decade") {
            continue;
        }
        let Some(a) = token_at(tokens, c.byte_start) else {
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if !contracts(tokens, a, z) {
            continue;
        }
        let (Some(v), low, high) = (
            decades(&c.value),
            c.low.as_ref().map(decades),
            c.high.as_ref().map(decades),
        ) else {
            continue;
        };
        if low == Some(None) || high == Some(None) {
            continue;
        }
        c.kind = Kind::Count;
        c.value = Value::Number(v);
        c.low = low.flatten().map(Value::Number);
        c.high = high.flatten().map(Value::Number);
        c.unit = Some("عقد".to_string());
    }
}

/// `P30Y` → 3 (decades).
fn decades(v: &Value) -> Option<f64> {
    super::ar98::years::<f64>(v).map(|y| y / 10.0)
}

/// A contract noun or adjective (keys, by prefix) right after `عقود`.
const AFTER: &[&str] = &[
    "احتراف",
    "جديده",
    "لمشاريع",
    "لمشروعات",
    "لمشروع",
    "استشاري",
    "استثماري",
    "بقيمه",
    "لتنفيذ",
    "توريد",
    "تشغيل",
];

/// Signing verbs (keys, by prefix) before the figure.
const VERBS: &[&str] = &[
    "ابرم",
    "وابرم",
    "يبرم",
    "تبرم",
    "توقيع",
    "بتوقيع",
    "وتوقيع",
    "تعاقد",
    "وتعاقد",
    "ترسيه",
];

/// Time prepositions that make the figure a span of time.
const TIME: &[&str] = &[
    "مدي",
    "خلال",
    "منذ",
    "قبل",
    "بعد",
    "لمده",
    "مده",
    "طوال",
    "طيله",
    "عن",
    "من",
    "لاكثر",
    "اكثر",
    "قرابه",
    "نحو",
    "حوالي",
];

/// Whether the decade claim on tokens `a..=z` counts contracts (see the module's doc).
fn contracts(tokens: &[super::tokens::Token<'_>], a: usize, z: usize) -> bool {
    let after = key(tokens, z + 1);
    if AFTER.iter().any(|p| after.starts_with(p)) {
        return true;
    }
    // `عقود استشارية من 5-6 عقود`: the contracts named just before.
    let named = (a.saturating_sub(4)..a).any(|j| {
        matches!(key(tokens, j), "عقود" | "العقود")
            && AFTER.iter().any(|p| key(tokens, j + 1).starts_with(p))
    });
    if named {
        return true;
    }
    if a == 0 || TIME.contains(&key(tokens, a - 1)) {
        return false;
    }
    (a.saturating_sub(10)..a).any(|j| {
        let k = key(tokens, j);
        VERBS.iter().any(|p| k.starts_with(p)) || matches!(k, "وقع" | "ووقع" | "يوقع" | "ستوقع")
    })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! {
        crate::model::Lang::Ar;
        professional_contracts: "أبرمت إدارة نادي الوحدة مساء أمس ثلاثة عقود احتراف مع لاعبين"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|", "ثلاثة عقود|count|3|3..3|exact|عقد"];
        new_contracts: "أبرمت أمانة العاصمة المقدسة ثلاثة عقود جديدة لمشاريع مختصة"
            => ["ثلاثة عقود|count|3|3..3|exact|عقد"];
        decades_stay: "وظل ميلانو جزءا محوريا على مدى ثلاثة عقود من الزمن"
            => ["ثلاثة عقود|duration|P30Y|P30Y..P30Y|exact|decade"];
        happened_over_decades: "حيث أدت أحداث وقعت على مدى العقدين الأخيرين"
            => ["العقدين|duration|P20Y|P20Y..P20Y|exact|decade"];
    }
}
