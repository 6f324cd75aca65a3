//! Bare numbers whose noun, unit or value was missed, second part of the class sample of
//! 200 bare numbers (ar148). All in [`retune`], over a sentence's claims of kind `number`
//! with no unit; each rule first tests the one token after the number.
//!
//! - A dual noun after the digit «2»: `2 ملعقتان كبيرتان من زيت الزيتون`. The tool kept
//!   the bare 2; a dual (`-ان`, `-تان`, `-تين`) right after «2» is the counted noun, now a
//!   count of the singular (`ملعقة`). Not a verb (`اثنان يمثلان`: only after the digit, and
//!   not a word starting with `ي`/`ت`), not a number word. See [`dual`].
//! - A Latin unit word after a number: `إلى نحو 15 microbars، لكن`. The tool kept the bare
//!   number; an all-lowercase Latin word of three letters or more after it is now its unit
//!   (lowercase). Names and codes in capitals (`20 YEA`, `100 MTB`, `2 Angry Birds`,
//!   `34400 Turkey`) stay, and so does a multiplier (`نحو 100.000 microbars مرة أقل`: times
//!   less). See [`latin_unit`].
//! - A participle of exceeding before a multiplier: `هبطت 4.41 ملايين برميل، متجاوزة ثلاثة
//!   أضعاف الانخفاض`: more than 3 (as `تجاوزت سبعة أضعاف` is read). See [`exceeding`].
//! - A hundred and a dual of a time unit: `الفترة الأكثر جفافًا منذ مائة وعامين`. The tool
//!   cut the number at `مائة`; it is now the duration P102Y (`وشهرين`, `ويومين`: months,
//!   days). See [`hundred_and_dual`].

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::numbers;
use super::tokens::{Token, TokenKind};
use super::units;
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Re-reads the sentence's bare numbers from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out.iter_mut().skip(from) {
        // The cheap test: a bare number.
        if c.sentence != ctx.index || c.kind != Kind::Number || c.unit.is_some() {
            continue;
        }
        let Value::Number(v) = c.value else { continue };
        let Some(a) = token_of(tokens, c.byte_start) else {
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        let Some(next) = tokens.get(z + 1) else {
            continue;
        };
        match next.kind {
            TokenKind::Latin => latin_unit(tokens, c, z),
            TokenKind::Word if v == 2.0 => dual(tokens, c, a, z),
            TokenKind::Word if v == 100.0 => hundred_and_dual(tokens, c, a, z),
            TokenKind::Word if next.key == crate::normalize::key("أضعاف") => {
                exceeding(tokens, c, a)
            }
            _ => {}
        }
    }
}

/// `2 ملعقتان كبيرتان`: a dual noun after the digit «2» is the counted noun.
fn dual(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if a != z
        || c.qualifier != Qualifier::Exact
        || !matches!(tokens[a].kind, TokenKind::Number { percent: false, .. })
    {
        return;
    }
    let Some(t) = tokens.get(z + 1) else { return };
    let text = t.text;
    let singular = if let Some(s) = text.strip_suffix("تان").or(text.strip_suffix("تين")) {
        format!("{s}ة")
    } else if let Some(s) = text.strip_suffix("ان") {
        s.to_string()
    } else {
        return;
    };
    if singular.chars().count() < 3
        || text.starts_with(['ي', 'ت'])
        || !text.chars().all(crate::lang::is_arabic_letter)
        || numbers::is_number_word(t)
    {
        return;
    }
    let key = crate::normalize::key(&singular);
    let unit = units::lookup(&[key.as_str()])
        .filter(|u| u.kind == units::UnitKind::Count && u.words == 1)
        .map_or(key, |u| u.concept.to_string());
    c.kind = Kind::Count;
    c.unit = Some(unit);
    c.unit_text = Some(text.to_string());
    c.byte_end = t.end;
}

/// `نحو 15 microbars`: an all-lowercase Latin word after a number is its unit.
fn latin_unit(tokens: &[Token<'_>], c: &mut Recognized, z: usize) {
    let Some(t) = tokens.get(z + 1) else { return };
    if t.text.len() < 3 || !t.text.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    // `نحو 100.000 microbars مرة أقل`: a multiplier (times less), not a measure.
    if tokens
        .get(z + 2)
        .is_some_and(|n| matches!(n.text, "مرة" | "مرات" | "ضعف" | "أضعاف"))
    {
        return;
    }
    if !matches!(tokens[z].kind, TokenKind::Number { percent: false, .. })
        && !numbers::is_number_word(&tokens[z])
    {
        return;
    }
    c.unit = Some(t.text.to_string());
    c.unit_text = Some(t.text.to_string());
    c.byte_end = t.end;
}

/// `متجاوزة ثلاثة أضعاف`: more than the multiple.
fn exceeding(tokens: &[Token<'_>], c: &mut Recognized, a: usize) {
    if c.qualifier != Qualifier::Exact {
        return;
    }
    let Some(p) = a.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return;
    };
    if !p.text.starts_with("متجاوز") && !p.text.starts_with("متخطي") {
        return;
    }
    c.qualifier = Qualifier::MoreThan;
    c.high = None;
    c.byte_start = p.start;
}

/// `منذ مائة وعامين`: a hundred and a dual of a time unit is a duration.
fn hundred_and_dual(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if a != z || c.qualifier != Qualifier::Exact || !matches!(tokens[a].kind, TokenKind::Word) {
        return;
    }
    let Some(t) = tokens.get(z + 1) else { return };
    let Some(dual) = t.text.strip_prefix('و') else {
        return;
    };
    let (unit, letter) = match dual {
        "عامين" | "سنتين" | "عامان" | "سنتان" => ("year", 'Y'),
        "شهرين" | "شهران" => ("month", 'M'),
        "يومين" | "يومان" => ("day", 'D'),
        _ => return,
    };
    let iso = format!("P102{letter}");
    c.kind = Kind::Duration;
    c.value = Value::Text(iso.clone());
    c.low = Some(Value::Text(iso.clone()));
    c.high = Some(Value::Text(iso));
    c.unit = Some(unit.to_string());
    c.unit_text = Some(dual.to_string());
    c.byte_end = t.end;
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        dual_after_two: "- 2 ملعقتان كبيرتان من زيت الزيتون."
            => ["2 ملعقتان|count|2|2..2|exact|ملعقه"];
        dual_verb_after_word_stays: "ولديه ستة أبناء، اثنان متزوجان ومستقلان"
            => ["ستة أبناء|count|6|6..6|exact|ابناء", "اثنان|number|2|2..2|exact|"];
        latin_unit: "يصل الضغط إلى نحو 15 microbars، لكن أوضحت القياسات"
            => ["نحو 15 microbars|number|15|13.5..16.5|approx|microbars"];
        latin_multiplier_stays: "حيث يبلغ الضغط نحو 100.000 microbars مرة أقل من الضغط"
            => ["نحو 100.000|number|100000|90000..110000|approx|"];
        latin_name_stays: "حققت اللعبة 2 Angry Birds الشهيرة رقما قياسيا"
            => ["2|number|2|2..2|exact|"];
        exceeding_multiple: "هبطت 4.41 ملايين برميل، متجاوزة ثلاثة أضعاف الانخفاض"
            => ["4.41 ملايين برميل|count|4410000|4410000..4410000|exact|barrel",
                "متجاوزة ثلاثة|number|3|3..|more_than|"];
        multiple_alone_stays: "بلغت قيمة الهدف نحو عشرة أضعاف أرباحها"
            => ["نحو عشرة|number|10|9..11|approx|"];
        hundred_and_two_years: "كانت الفترة الأكثر جفافًا منذ مائة وعامين."
            => ["مائة وعامين|duration|P102Y|P102Y..P102Y|exact|year"];
        hundred_alone_stays: "أعلن في الدقيقة مائة وثلاث من خطابه"
            => ["مائة وثلاث|number|103|103..103|exact|"];
    }
}
