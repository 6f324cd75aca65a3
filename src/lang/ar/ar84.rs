//! Alternatives between two definite numbers and watches counted as hours (ar84), for
//! [`super`].
//!
//! `في السنوات العشرين أو الثلاثين القادمة`, `خلال السنوات الأربع أو الخمس المقبلة`,
//! `السبع أو العشر دقائق`: two definite cardinals joined by `أو` that agree with one noun
//! (a definite plural before them, or a plural after them) are a range from the first to
//! the second, like `سبع أو ثماني سنوات`; only the first was read, as an exact count. See
//! [`alternative`].
//!
//! `باعت 1.146 مليون ساعة من الستانلس ستيل`, `6.8 مليون ساعة ذكية`: a `ساعة` that a
//! material, a make or «smart» describes is a watch, a count, not hours. See [`retune`].
//!
//! (The lexicon, `units.rs`, also reads the misspelt `كليو متر`, `كليومترات` and the
//! colloquial `كيلا` as kilometres: `بطول 72 كليو متر`, `يبعد حوالي 12 كيلا`.)

use super::{Ctx, Kind, Qualifier, Recognized, TokenKind, Value};
use super::{definite_plural, numbers, unit_claim, units};

/// Definite ten and tens (keys) and their values: `العشر`, `العشرين` … `التسعين`.
const DEFINITE_TENS: &[(&str, f64)] = &[
    ("العشر", 10.0),
    ("العشره", 10.0),
    ("العشرين", 20.0),
    ("الثلاثين", 30.0),
    ("الاربعين", 40.0),
    ("الخمسين", 50.0),
    ("الستين", 60.0),
    ("السبعين", 70.0),
    ("الثمانين", 80.0),
    ("التسعين", 90.0),
];

/// A definite cardinal at `i` (`الأربع`, `الخمسة عشر`, `الثلاثين`): its value and last token.
fn definite_number(ctx: &Ctx<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let t = ctx.tokens.get(i)?;
    if t.kind != TokenKind::Word || !t.key.starts_with("ال") {
        return None;
    }
    if let Some(&(_, v)) = DEFINITE_TENS.iter().find(|(k, _)| *k == t.key) {
        return Some((v, i));
    }
    numbers::definite_cardinal(ctx.tokens, i)
}

/// `السنوات العشرين أو الثلاثين`, `السبع أو العشر دقائق`: a range between two definite
/// cardinals joined by `أو`, the smaller first, counting a definite plural of the unit
/// lexicon right before them or a plural right after them. The first cardinal is at `i`;
/// the claim starts at the noun before it, or at `i`.
pub(super) fn alternative(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    // (Cheap first: a definite word followed by `أو`.)
    let t = ctx.tokens.get(i)?;
    if t.kind != TokenKind::Word || !t.key.starts_with("ال") {
        return None;
    }
    let (low, first_last) = definite_number(ctx, i)?;
    let or = ctx.tokens.get(first_last + 1)?;
    if or.kind != TokenKind::Word || or.key != "او" {
        return None;
    }
    let (high, last) = definite_number(ctx, first_last + 2)?;
    if high <= low {
        return None;
    }
    let before = i
        .checked_sub(1)
        .and_then(|p| definite_plural(&ctx.tokens[p]).map(|(u, start)| (p, u, start)));
    let (unit, unit_at, start, end, next) = if let Some((p, u, start)) = before {
        (u, p, start, ctx.tokens[last].end, last + 1)
    } else {
        let noun = ctx.tokens.get(last + 1)?;
        if noun.kind != TokenKind::Word {
            return None;
        }
        let u = units::lookup(&ctx.keys[last + 1..])?;
        if u.definite || u.proclitic || u.plurality != units::Plurality::Plural {
            return None;
        }
        let unit_last = last + u.words;
        let end = ctx.tokens.get(unit_last)?.end;
        (u, last + 1, t.start, end, unit_last + 1)
    };
    // (`السنوات العشرين أو الثلاثين القادمة`: the adjective after them is left out, as
    // after one definite tens word.)
    let (kind, value) = unit_claim(unit.kind, low);
    let (_, high_value) = unit_claim(unit.kind, high);
    let mut r = Recognized::exact(ctx.index, start, end, kind, value);
    r.high = Some(high_value);
    r.qualifier = Qualifier::Range;
    r.unit = Some(unit.concept.to_string());
    r.unit_text = Some(ctx.surface(unit_at, unit_at + unit.words - 1));
    r.subject = ctx.subject(i.min(unit_at), next - 1);
    Some((r, next))
}

/// Words (keys) right after `ساعة` that make it a watch: smart, metal, gold, Swiss,
/// luxury, hand, made (of).
const WATCH_WORDS: &[&str] = &[
    "ذكيه",
    "ذكيا",
    "معدنيه",
    "ذهبيه",
    "سويسريه",
    "فاخره",
    "يد",
    "مصنوعه",
];

/// Materials (keys) that `من` names after `ساعة`: `ساعة من الذهب`, `من الستانلس`.
const WATCH_MATERIALS: &[&str] = &["الذهب", "الستانلس", "الفضه", "البلاتين", "الماس"];

/// The number of hours in an ISO 8601 duration in hours (`PT1146000H`).
fn hours(v: &Option<Value>) -> Option<Option<Value>> {
    match v {
        None => Some(None),
        Some(Value::Text(s)) => {
            let n: f64 = s.strip_prefix("PT")?.strip_suffix('H')?.parse().ok()?;
            Some(Some(Value::Number(n)))
        }
        Some(Value::Number(_)) => None,
    }
}

/// The sentence's claims from `from` on: watches read as hours become counts of watches,
/// and two alternatives of one unit become a range (see [`alternatives`]).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    watches(ctx, out.get_mut(from..).unwrap_or_default());
    alternatives(ctx, out, from);
}

/// The number a claim's value gives: itself, or the amount of an ISO 8601 duration in one
/// designator (`P7Y` → 7, `PT48H` → 48).
fn amount(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Text(s) => {
            let s = s.strip_prefix('P')?;
            let s = s.strip_prefix('T').unwrap_or(s);
            s.get(..s.len().checked_sub(1)?)?.parse().ok()
        }
    }
}

/// `سبع سنوات أو ثماني سنوات`, `200 ريال او 500 ريال`, `31 أو 30 هدفا`, `نقطة واحدة أو
/// نقطتين`: two exact claims of one kind and unit, of different values, joined by `أو`
/// alone, are one range from the smaller to the larger, as when they share one noun (`سبع
/// أو ثماني سنوات`). Not percents (`بفائدة قدرها 0.875% أو 0.750%` gives the rates of two
/// bonds, one each), nor ordinals.
fn alternatives(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let mut k = from + 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let joined = a.kind == b.kind
            && matches!(
                a.kind,
                Kind::Count | Kind::Money | Kind::Duration | Kind::Number
            )
            && a.unit == b.unit
            && a.qualifier == Qualifier::Exact
            && b.qualifier == Qualifier::Exact
            && a.sentence == b.sentence
            && b.byte_start > a.byte_end
            && a.byte_end.checked_sub(ctx.base).is_some_and(|x| {
                ctx.text
                    .get(x..b.byte_start - ctx.base)
                    .is_some_and(|gap| matches!(gap.trim(), "أو" | "او"))
            });
        let values = amount(&a.value).zip(amount(&b.value));
        let Some((x, y)) = values.filter(|(x, y)| joined && x != y) else {
            k += 1;
            continue;
        };
        let (low, high) = if x < y {
            (a.value.clone(), b.value.clone())
        } else {
            (b.value.clone(), a.value.clone())
        };
        let end = b.byte_end;
        let b_unit_text = b.unit_text.clone();
        let first = &mut out[k - 1];
        first.byte_end = end;
        first.value = low.clone();
        first.low = Some(low);
        first.high = Some(high);
        first.qualifier = Qualifier::Range;
        if first.unit_text.is_none() {
            first.unit_text = b_unit_text;
        }
        out.remove(k);
    }
}

/// Watches read as hours become counts of watches (see the module's documentation).
fn watches(ctx: &Ctx<'_, '_>, claims: &mut [Recognized]) {
    for c in claims.iter_mut() {
        if c.kind != Kind::Duration || c.unit.as_deref() != Some("hour") {
            continue;
        }
        let Some(at) = ctx.tokens.iter().position(|t| t.end == c.byte_end) else {
            continue;
        };
        let Some(next) = ctx.tokens.get(at + 1) else {
            continue;
        };
        let watch = next.kind == TokenKind::Word
            && (WATCH_WORDS.contains(&next.key.as_str())
                || next.key == "من"
                    && ctx
                        .tokens
                        .get(at + 2)
                        .is_some_and(|m| WATCH_MATERIALS.contains(&m.key.as_str())));
        if !watch {
            continue;
        }
        let (Some(Some(value)), Some(low), Some(high)) =
            (hours(&Some(c.value.clone())), hours(&c.low), hours(&c.high))
        else {
            continue;
        };
        c.kind = Kind::Count;
        c.value = value;
        c.low = low;
        c.high = high;
        c.unit = Some("watch".to_string());
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar84_definite_tens_or: "ستبقى المنطقة بحالة عدم استقرار في السنوات العشرين أو الثلاثين القادمة"
            => ["السنوات العشرين أو الثلاثين|duration|P20Y|P20Y..P30Y|range|year"];
        ar84_definite_units_or: "يرتفع العدد إلى خمسة آلاف خلال السنوات الأربع أو الخمس المقبلة"
            => ["خمسة آلاف|number|5000|5000..5000|exact|", "السنوات الأربع أو الخمس|duration|P4Y|P4Y..P5Y|range|year"];
        ar84_definite_or_noun_after: "تجد أن السبع أو العشر دقائق التي كتبها المسوقون"
            => ["السبع أو العشر دقائق|duration|PT7M|PT7M..PT10M|range|minute"];
        ar84_definite_or_descending: "في السنوات الثلاثين أو العشرين الماضية"
            => ["السنوات الثلاثين|duration|P30Y|P30Y..P30Y|exact|year"];
        ar84_one_definite_tens_stays: "تغيرت في السنوات الثلاثين الماضية"
            => ["السنوات الثلاثين|duration|P30Y|P30Y..P30Y|exact|year"];
        ar84_watches_material: "فيما باعت 1.146 مليون ساعة من الستانلس ستيل"
            => ["1.146 مليون ساعة|count|1146000|1146000..1146000|exact|watch"];
        ar84_watches_smart: "باعوا فقط 6.8 مليون ساعة ذكية في عام 2014"
            => ["6.8 مليون ساعة|count|6800000|6800000..6800000|exact|watch", "عام 2014|date|2014|2014-01-01..2014-12-31|exact|"];
        ar84_watches_approx: "باعت نحو 34.6 ألف ساعة مصنوعة من الذهب"
            => ["نحو 34.6 ألف ساعة|count|34600|31140..38060|approx|watch"];
        ar84_km_misspelt: "مرتبطة بالبحيرات المالحة بطول 72 كليو متر وذلك"
            => ["72 كليو متر|count|72|72..72|exact|kilometer"];
        ar84_km_misspelt_plural: "على مسافة 110 كليومترات من ساحل"
            => ["110 كليومترات|count|110|110..110|exact|kilometer"];
        ar84_km_colloquial: "كنا لا نبعد عنه إلا ستين كيلاً فقط"
            => ["ستين كيلاً|count|60|60..60|exact|kilometer"];
        ar84_km_colloquial_approx: "ويبعد الجبل عن المدينة حوالي 12 كيلا وسط واحة"
            => ["حوالي 12 كيلا|count|12|10.8..13.2|approx|kilometer"];
        ar84_agents_stay: "ورفض من وكيلين بطريقة لطيفة، وكيلان"
            => [];
        ar84_or_both_units: "أن سبع سنوات أو ثماني سنوات حل وسط محتمل"
            => ["سبع سنوات أو ثماني سنوات|duration|P7Y|P7Y..P8Y|range|year"];
        ar84_or_money: "واعطيتها مبلغ 200 ريال او 500 ريال وقالت"
            => ["200 ريال او 500 ريال|money|200|200..500|range|riyal"];
        ar84_or_descending: "يمكننا تحمل 31 أو 30 هدفا فقط"
            => ["31 أو 30 هدفا|count|30|30..31|range|goal"];
        ar84_or_percents_stay: "بفائدة قدرها 0.875% أو 0.750%"
            => ["0.875%|percent|0.875|0.875..0.875|exact|", "0.750%|percent|0.75|0.75..0.75|exact|"];
        ar84_or_same_value_stays: "بواقع 0.5 أو نصف دولار على كل برميل"
            => ["0.5|money|0.5|0.5..0.5|exact|usd", "نصف دولار|money|0.5|0.5..0.5|exact|usd"];
        ar84_hours_stay: "استمر الاجتماع 3 ساعات من النقاش"
            => ["3 ساعات|duration|PT3H|PT3H..PT3H|exact|hour"];
    }
}
