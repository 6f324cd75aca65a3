//! Counts and amounts of the judged Arabic samples 111–118 (ar151). All in [`retune`]; each
//! rule first tests the claim's own tokens (no sentence-wide scan).
//!
//! - The dual of a scale word in construct: `فقد اسقطت فنزويلا مليارا دولار من الديون`,
//!   `إنتاج سيارة روسية خارقة سعرها مليونا يورو`, `ويشارك في إخماده ألفا رجل إطفاء`. The tool
//!   read one billion (million, thousand); `مليارا`/`مليونا`/`ألفا` that opens the claim with a
//!   noun right after it (no `و`, no `من`) is the dual: 2e9 dollars, 2e6 euros, 2,000 men.
//!   The accusative singular stays: `بلغت مليارا و252 مليون درهم`, `صدت ألفا من هذه
//!   المحاولات`, and after a number (`5 مليارا`, `عشرين مليونا`: the claim starts with the
//!   number). See [`dual_scale`].
//! - An indefinite participle of movement after an index value: `بلغ مؤشر مديري المشتريات
//!   54.0 متخطيا القراءة الأولية`, `52.2 متراجعا قليلا`, `عند النقطة 8768.35 منخفضا`. The
//!   tool took the participle as the counted noun (count 54 `متخطي`); a figure with a
//!   decimal point followed by `متخطيا`, `متجاوزا`, `مرتفعا`, `منخفضا`, `متراجعا`,
//!   `مرتدا`, `مسجلا`… is now a bare number. A whole count stays (`1194 مسجلاً` are
//!   registered people, `468 متقدما` applicants). See [`participle`].
//! - A bracketed number then a partitive: `مجموعة مكونة من (4) من السفن الحديثة`. The tool
//!   kept the bare 4; the known counted noun after `) من` is now its unit (count 4 ship),
//!   as `153 من مواطنيها` is read. See [`bracket_partitive`].
//! - A calibre: `بقذائف الهاون 120 وصواريخ`, `تدمير ومدفع هاون عيار 160`, `مدفع 23 م.ط`,
//!   `بمدفعية من عيار 152 ملم`. A bare number or millimetres right after `الهاون`/`هاون`/
//!   `مدفع`/`عيار` names the weapon's type, no quantity: dropped. (`بالذهب عيار 18 قيراط`
//!   keeps its karat.) See [`calibre`].

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::numbers;
use super::tokens::{Token, TokenKind};
use super::units;
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Re-reads the sentence's claims from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &mut out[k];
        let Some(a) = token_of(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        if calibre(tokens, c, a) {
            out.remove(k);
            continue;
        }
        let z = last_token(tokens, a, c.byte_end);
        match c.kind {
            Kind::Money | Kind::Count if c.qualifier == Qualifier::Exact => {
                dual_scale(tokens, c, a);
                participle(tokens, c, a, z);
            }
            Kind::Number if c.unit.is_none() => bracket_partitive(tokens, c, a, z),
            _ => {}
        }
        k += 1;
    }
}

/// Scale words whose dual in construct is spelt like their accusative singular.
const SCALES: &[(&str, f64)] = &[
    ("مليارا", 1e9),
    ("مليونا", 1e6),
    ("ألفا", 1e3),
    ("الفا", 1e3),
];

/// `مليارا دولار`: a scale word opening the claim with its noun right after is a dual.
fn dual_scale(tokens: &[Token<'_>], c: &mut Recognized, a: usize) {
    let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| *w == tokens[a].text) else {
        return;
    };
    let Value::Number(v) = c.value else { return };
    if v != scale || tokens[a].start != c.byte_start {
        return;
    }
    let Some(next) = tokens.get(a + 1) else {
        return;
    };
    if next.kind != TokenKind::Word
        || next.text.starts_with('و')
        || matches!(next.text, "من" | "مِن")
        || numbers::is_number_word(next)
    {
        return;
    }
    if a > 0 && (tokens[a - 1].number().is_some() || numbers::is_number_word(&tokens[a - 1])) {
        return;
    }
    c.value = Value::Number(2.0 * v);
    c.low = Some(Value::Number(2.0 * v));
    c.high = Some(Value::Number(2.0 * v));
}

/// Participles of movement (unit keys without their tanween) never counted after an index.
const MOVING: &[&str] = &[
    "متخطي",
    "متجاوز",
    "مرتفع",
    "منخفض",
    "متراجع",
    "مرتد",
    "مسجل",
    "متقدم",
    "متاخر",
    "صاعد",
    "هابط",
    "مقترب",
    "متماسك",
];

/// `54.0 متخطيا`: a decimal figure followed by a participle of movement is a bare number.
fn participle(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if c.kind != Kind::Count
        || z != a + 1
        || !c.unit.as_deref().is_some_and(|u| MOVING.contains(&u))
    {
        return;
    }
    if tokens[a].number().is_none() || !tokens[a].text.contains(['.', '٫']) {
        return;
    }
    c.kind = Kind::Number;
    c.unit = None;
    c.unit_text = None;
    c.byte_end = tokens[a].end;
}

/// `(4) من السفن`: the known counted noun of a partitive after a bracketed number.
fn bracket_partitive(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if a != z || a == 0 || tokens[a].number().is_none() {
        return;
    }
    if tokens[a - 1].kind != TokenKind::Punct('(')
        || tokens.get(a + 1).map(|t| &t.kind) != Some(&TokenKind::Punct(')'))
        || tokens.get(a + 2).map(|t| t.text) != Some("من")
    {
        return;
    }
    let Some(noun) = tokens.get(a + 3) else {
        return;
    };
    if noun.kind != TokenKind::Word || !noun.text.starts_with("ال") {
        return;
    }
    let Some(unit) = units::lookup(&[noun.key.as_str()])
        .filter(|u| u.kind == units::UnitKind::Count && u.words == 1)
    else {
        return;
    };
    c.kind = Kind::Count;
    c.unit = Some(unit.concept.to_string());
    c.unit_text = Some(noun.text.to_string());
    c.byte_end = noun.end;
}

/// Words a calibre follows (the weapon).
const WEAPONS: &[&str] = &["الهاون", "هاون", "مدفع", "ومدفع", "عيار"];

/// `بقذائف الهاون 120`: a bare number or millimetres right after a weapon is its calibre.
fn calibre(tokens: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if !(c.kind == Kind::Number && c.unit.is_none()
        || c.kind == Kind::Count && c.unit.as_deref() == Some("millimeter"))
    {
        return false;
    }
    a > 0
        && tokens[a].number().is_some()
        && tokens[a].start == c.byte_start
        && WEAPONS.contains(&tokens[a - 1].text)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        dual_billion: "فقد اسقطت فنزويلا مليارا دولار من الديون النفطية"
            => ["مليارا دولار|money|2000000000|2000000000..2000000000|exact|usd"];
        dual_million: "إنتاج سيارة روسية خارقة سعرها مليونا يورو"
            => ["مليونا يورو|money|2000000|2000000..2000000|exact|eur"];
        dual_thousand: "ويشارك في إخماده ألفا رجل إطفاء"
            => ["ألفا رجل|count|2000|2000..2000|exact|man"];
        singular_and_stays: "وبلغت قيمة الرهونات مليارا و252 مليون درهم منها"
            => ["مليارا و252 مليون درهم|money|1252000000|1252000000..1252000000|exact|dirham"];
        singular_partitive_stays: "ان قوات الامن في محيط النفق صدت الفا من هذه المحاولات"
            => ["الفا من هذه المحاولات|count|1000|1000..1000|exact|محاولات"];
        participle_after_index: "حيث بلغ مؤشر مديري المشتريات الذي يغطي القطاع 54.0 متخطيا القراءة الأولية"
            => ["54.0|number|54|54..54|exact|"];
        participle_falling: "وبلغ المؤشر الفرعي للإنتاج 52.2 متراجعا قليلا عن القراءة الأولية"
            => ["52.2|number|52.2|52.2..52.2|exact|"];
        registered_count_stays: "ارتفع عدد المتبرعين في محافظة القطيف إلى 1194 مسجلاً"
            => ["1194 مسجلاً|count|1194|1194..1194|exact|مسجل"];
        bracket_partitive_ship: "كنت من ضمن طاقم مجموعة مكونة من (4) من السفن الحديثة التابعة"
            => ["4) من السفن|count|4|4..4|exact|ship"];
        mortar_calibre: "ضحايا القصف بقذائف الهاون 120 وصواريخ الـC 5"
            => [];
        cannon_calibre: "وسيطرت المقاومة على دبابة ومدفع 23، حسبما أفادت المصادر."
            => [];
        calibre_mm: "استهدفوا بمدفعية من عيار 152 ملم منطقة ستانيستسا"
            => [];
        karat_stays: "تم طلاء الجهة الخلفية للهاتف بالذهب عيار 18 قيراط"
            => ["18 قيراط|count|18|18..18|exact|قيراط"];
    }
}
