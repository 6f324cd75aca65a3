//! Counted nouns, round 4 (ar94), for [`super`]:
//! - `أكثر من كيلو مترين`, `تغطي كيلو مترين مربعين`: the dual `مترين` after `كيلو` written
//!   apart is two kilometres (square kilometres), not two metres; the claim takes the
//!   `كيلو` and a qualifier before it. See [`kilo_dual`].
//! - `والمؤتمر 14 عقد من 5-7 ذي الحجة`: a bare `عقد` (no tanween) after a number and before
//!   a preposition is the verb «was held», not a contract or a decade: after a definite
//!   noun the number is that noun's label (the 14th conference) and claims nothing; after
//!   anything else it stands bare. See [`held`].
//! - `ابن العام ونصف العام`, `خلال العام ونصف العام الماضيين`: the definite noun of time
//!   before `ونصف` and the same noun is a year and a half, not half a year. See
//!   [`and_half_the`].
//! - `بئر عمقه ٢٥ م`, `يبلغ طولها ما يقارب 600 م`, `ارتفاعها 555 م`: a word of length with
//!   a possessive pronoun is a cue for a bare `م` (metres) like the word alone. See
//!   [`unpossessed`].
//! - `ميلان (6 القاب)`, `برصيد 4 القاب`: the broken plural `أفعال` of a root that starts
//!   with `ل`, written without its hamza (`القاب`, `العاب`, `الغام`), is no word with the
//!   article: it is what the number counts. See [`hamzaless_plural`].

use super::ar79::{last_token, token_at};
use super::qualifiers;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Qualifier, Recognized, Value, qualified_bounds};

/// Fixes the counts `out[from..]` of one sentence (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if out[k].kind == Kind::Duration {
            and_half_the(tokens, &mut out[k]);
        }
        if out[k].kind == Kind::Number && out[k].unit.is_none() {
            hamzaless_plural(tokens, &mut out[k]);
        }
        if out[k].kind != Kind::Count {
            k += 1;
            continue;
        }
        let Some(a) = token_at(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        kilo_dual(tokens, &mut out[k], a);
        match held(tokens, &out[k], a, z) {
            Some(true) => {
                out.remove(k);
                continue;
            }
            Some(false) => {
                let c = &mut out[k];
                c.kind = Kind::Number;
                c.unit = None;
                c.unit_text = None;
                c.byte_end = tokens[z - 1].end;
            }
            None => {}
        }
        k += 1;
    }
}

/// `كيلو مترين`, `أكثر من كيلو مترين`, `كيلو مترين مربعين`: an exact count of two metres
/// (square metres) that starts at the dual `مترين`/`متران` right after a `كيلو` written
/// apart is two kilometres (square kilometres), from the `كيلو` or the qualifier before it.
fn kilo_dual(tokens: &[Token<'_>], c: &mut Recognized, a: usize) {
    let unit = match c.unit.as_deref() {
        Some("meter") => "kilometer",
        Some("square_meter") => "square_kilometer",
        _ => return,
    };
    if c.qualifier != Qualifier::Exact
        || c.value != Value::Number(2.0)
        || !matches!(key(tokens, a), "مترين" | "متران")
        || a == 0
        || key(tokens, a - 1) != "كيلو"
    {
        return;
    }
    let kilo = a - 1;
    c.unit = Some(unit.to_string());
    c.byte_start = tokens[kilo].start;
    if let Some(q) = qualifiers::before(tokens, kilo) {
        let (low, high) = qualified_bounds(q.qualifier, 2.0);
        c.qualifier = q.qualifier;
        c.low = low.map(Value::Number);
        c.high = high.map(Value::Number);
        c.byte_start = q.start;
    }
}

/// `والمؤتمر 14 عقد من`, `المؤتمر 12 عقد في الفترة`: a count whose last word is a bare
/// `عقد` (written without tanween) right after its number, and before `من`, `في` or
/// `خلال`, is a number and the verb «was held». `Some(true)` when a definite noun stands
/// right before the number (a label: drop the claim), `Some(false)` when the number stands
/// bare.
fn held(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> Option<bool> {
    let verb = z > a
        && tokens[z].text == "عقد"
        && tokens[z - 1].number().is_some()
        && matches!(key(tokens, z + 1), "من" | "في" | "خلال");
    if !verb || c.qualifier != Qualifier::Exact {
        return None;
    }
    let definite = z - 1 == a
        && a > 0
        && tokens[a - 1].kind == TokenKind::Word
        && tokens[a - 1]
            .stems()
            .any(|(p, s)| (p == "ال" || p.ends_with("ال")) && s.chars().count() >= 3);
    Some(definite)
}

/// `طولها`, `عمقه` → `طول`, `عمق`: the stem without a possessive `ه`/`ها` when what is left
/// is in `stems`; the stem itself otherwise (`مسافه` stays), and when the word as written
/// ends in a ta marbuta (`بطولة`, a championship, is no `بطول` with a pronoun).
pub(super) fn unpossessed<'a>(stem: &'a str, text: &str, stems: &[&str]) -> &'a str {
    if !stem.ends_with('ه') && !stem.ends_with("ها") || text.ends_with('ة') {
        return stem;
    }
    [stem.strip_suffix("ها"), stem.strip_suffix('ه')]
        .into_iter()
        .flatten()
        .find(|b| stems.contains(b))
        .unwrap_or(stem)
}

/// Keys of the plurals `ألقاب`, `ألعاب`, `ألغام`, `ألوان`, `ألواح` (written `القاب` …).
const HAMZALESS: &[&str] = &["القاب", "العاب", "الغام", "الوان", "الواح"];

/// `(6 القاب)`: a bare number in digits (3 or more) right before a word of [`HAMZALESS`]
/// written without its hamza counts it, as it does the word written `ألقاب`.
fn hamzaless_plural(tokens: &[Token<'_>], c: &mut Recognized) {
    let Some(a) = token_at(tokens, c.byte_start) else {
        return;
    };
    let z = last_token(tokens, a, c.byte_end);
    let Some(n) = tokens[z].number() else {
        return;
    };
    let Some(noun) = tokens
        .get(z + 1)
        .filter(|t| t.kind == TokenKind::Word && t.text.starts_with("ال"))
    else {
        return;
    };
    if n < 3.0 || !HAMZALESS.contains(&noun.key.as_str()) {
        return;
    }
    c.kind = Kind::Count;
    c.unit = Some(noun.key.clone());
    c.unit_text = Some(noun.text.to_string());
    c.byte_end = noun.end;
}

/// `العام ونصف العام`, `لم يتعد العام ونصف العام`: a duration of half a unit read off `ونصف`
/// and a definite noun of time, right after the same noun, is one and a half: the claim
/// takes the first noun (and a qualifier before it).
fn and_half_the(tokens: &[Token<'_>], c: &mut Recognized) {
    // The claim starts after the `و` of `ونصف`.
    let b = c.byte_start;
    let j = tokens.partition_point(|t| t.end <= b);
    if !tokens
        .get(j)
        .is_some_and(|t| t.start <= b && t.key == "ونصف")
    {
        return;
    }
    let z = last_token(tokens, j, c.byte_end);
    let noun = key(tokens, j + 1);
    if j == 0
        || z != j + 1
        || c.qualifier != Qualifier::Exact
        || !noun.starts_with("ال")
        || key(tokens, j - 1) != noun
    {
        return;
    }
    let half = |v: &Option<Value>| matches!(v, Some(Value::Text(s)) if s.contains("0.5"));
    let Value::Text(v) = &c.value else {
        return;
    };
    if !v.contains("0.5") || !half(&c.low) || !half(&c.high) {
        return;
    }
    let one_and_a_half = |s: &str| Value::Text(s.replacen("0.5", "1.5", 1));
    let first = j - 1;
    c.value = one_and_a_half(v);
    c.byte_start = tokens[first].start;
    let whole = c.value.clone();
    c.low = Some(whole.clone());
    c.high = Some(whole);
    if let Some(q) = qualifiers::before(tokens, first).filter(|q| q.qualifier != Qualifier::Approx)
    {
        c.qualifier = q.qualifier;
        c.byte_start = q.start;
        match q.qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => c.high = None,
            Qualifier::LessThan | Qualifier::AtMost => c.low = None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar94_billion_dual: "وقالت الشركة إنها باعت أصولا بقيمة ملياري دولار منذ بداية العام"
            => ["ملياري دولار|money|2000000000|2000000000..2000000000|exact|usd"];
        ar94_billion_dual_restated: "من خلال طرح خاص داخل المملكة بقيمة 2 ملياري ريال."
            => ["ملياري ريال|money|2000000000|2000000000..2000000000|exact|riyal"];
        ar94_kilobit: "وخدمة الإنترنت بسرعة لا تقل عن 512 كيلوبت/ثانية وتمثل"
            => ["لا تقل عن 512 كيلوبت|count|512|512..|at_least|kilobit"];
        ar94_kilovolt: "عبر كابل بحري بجهد 230 كيلوفولت"
            => ["230 كيلوفولت|count|230|230..230|exact|kilovolt"];
        ar94_military_vehicles: "قوة مكونة من 4 آلاف مقاتل ونحو 400 آلية عسكرية"
            => ["4 آلاف مقاتل|count|4000|4000..4000|exact|fighter",
                "نحو 400 آلية عسكرية|count|400|360..440|approx|vehicle"];
        ar94_families: "وكان 20 شخصا يشكلون أربع عوائل قد لقوا حتفهم"
            => ["20 شخصا|count|20|20..20|exact|person", "أربع عوائل|count|4|4..4|exact|family"];
        ar94_kilo_metres_dual: "وتوغلهم أكثر من كيلو مترين في عمق القاعدة"
            => ["أكثر من كيلو مترين|count|2|2..|more_than|kilometer"];
        ar94_kilo_square_dual: "حقل الطاقة الشمسية الذي يغطي كيلو مترين مربعين."
            => ["كيلو مترين مربعين|count|2|2..2|exact|square_kilometer"];
        ar94_metres_dual_stay: "بعمق مترين في الأرض"
            => ["مترين|count|2|2..2|exact|meter"];
        ar94_conference_held: "والمؤتمر 14 عقد في مكة المكرمة بعنوان المجتمع" => [];
        ar94_year_and_a_half: "وكان الطفل علي ابن العام ونصف العام قتل حرقا"
            => ["العام ونصف العام|duration|P1.5Y|P1.5Y..P1.5Y|exact|year"];
        ar94_not_over_year_and_a_half: "احتراق طفل رضيع لم يتعد العام ونصف العام من عمره"
            => ["لم يتعد العام ونصف العام|duration|P1.5Y|..P1.5Y|at_most|year"];
        ar94_half_year_stays: "خلال نصف العام الماضي"
            => ["نصف العام|duration|P0.5Y|P0.5Y..P0.5Y|exact|year"];
        ar94_depth_metres: "سقوط مقيم داخل بئر يدوية عمقه ٢٥ م، ويصل ارتفاع منسوب المياه"
            => ["٢٥ م|count|25|25..25|exact|meter"];
        ar94_height_metres: "قاعة المشاهدة التي يبلغ ارتفاعها 555 م، علاوة على مطعم"
            => ["555 م|count|555|555..555|exact|meter"];
        ar94_championship_year: "وهي بطولة دوري 79م - نهائي كأس الملك"
            => ["79م|date|1979|1979-01-01..1979-12-31|exact|"];
        ar94_hamzaless_titles: "متفوقا على ميلان (6 القاب). وكان"
            => ["6 القاب|count|6|6..6|exact|القاب"];
        ar94_contracts_stay: "بمبيعات بواقع 1800 عقد منفذ."
            => ["1800 عقد|count|1800|1800..1800|exact|contract"];
    }
}
