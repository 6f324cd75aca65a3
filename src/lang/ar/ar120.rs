//! Units, scales and non-claims of the judged Arabic samples 83–86 (ar120).
//!
//! - `من 3.5 ترليونات قدم مكعب`, `9.7 ترليونات دولار`: the plural `ترليونات` (spelled
//!   without ي) is a scale word like `تريليونات` (was taken as the counted noun: count 3.5);
//!   `ثلاثة أرباع مليار دولار`, `ثلاثة ونصف ترليون دولار`: a fraction read first is
//!   multiplied by the scale after it, money 7.5e8 and 3.5e12 USD (the fraction was a bare
//!   number of its own, and the scale another claim) (both in `numbers`).
//! - `تسع دقائق وثانيتين`: a duration and, after it, `و` and a dual of a smaller unit are
//!   one duration, PT9M2S (the dual was a claim PT2S of its own); `أكثر من سنة وشهرين`: a
//!   lone singular unit before `و` and a dual, more than P1Y2M (extends
//!   [`ar116`](super::ar116)'s `سنة وسبعة أشهر`) ([`retune`]).
//! - `وعشرون من كبرى البنوك`, `ثمان من أكثر المناطق تضررا`: a number, a partitive `من` and
//!   a superlative before a plural noun in the lexicon count that noun, count 20 bank, count
//!   8 region (was a bare number) ([`retune`]).
//! - `صَدَقَكُمُ اللّهُ وَعْدَهُ`, `مِّن بَعْدِهِ`: a claim (`عدة`, several) that starts inside a
//!   diacritised word after a supposed proclitic `وَ`/`بَ`, on a letter with a sukun, is
//!   part of another word (no word starts with a sukun); dropped. `وعدة دول` stays.
//! - `قرص "2 تي بي"`: `تي بي` (TB) is a terabyte, count 2 terabyte (was a bare number)
//!   (added to the lexicon of `units`).
//! - `…، السادس، إياك ونقل الأخبار السيئة`: a lone ordinal heading a clause (after a comma
//!   or a stop, maybe with `و`) with a comma right after it marks a point of a writer's list
//!   and ranks nothing; dropped. (`حل في المركز الثاني، وتلاه` stays.)
//! - `منذ عام 2003 إلى هذا اليوم`, `حتى هذا اليوم`: «to this day», up to now, dates no
//!   calendar day; dropped ([`retune`]).
//! - `قرأت في عدد الجزيرة 15636`: a named newspaper's issue number after `عدد` is a label,
//!   dropped (extends [`ar114`](super::ar114)'s `العدد (15612)`); `عدد الطلاب 1500` stays.
//! - `في نصف الكرة الشمالي`: the (northern) hemisphere, a fixed term, not half of
//!   anything; dropped ([`retune`]).

use super::Ctx;
use super::ar79::token_at;
use super::tokens::TokenKind;
use super::tokens::key_at as key;
use super::units::{self, Plurality, UnitKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        // `وَعْدَهُ`, `بَعْدَهُ`: a claim starting inside a word, after what was taken for a
        // proclitic, on a letter with a sukun (no word starts so): no word of its own.
        let inside = tokens
            .partition_point(|t| t.start <= c.byte_start)
            .checked_sub(1)
            .map(|t| &tokens[t])
            .filter(|t| t.start < c.byte_start && c.byte_start < t.end);
        if let Some(t) = inside
            && let Some(rest) = t.text.get(c.byte_start - t.start..)
            && rest.chars().nth(1) == Some('\u{652}')
        {
            out.remove(k);
            continue;
        }
        // `…، السادس، إياك ونقل الأخبار`, `و الثاني، افتقار المباني`: a lone ordinal at the
        // head of a clause with a comma after it marks a point of a writer's list.
        if c.kind == Kind::Ordinal
            && let Some(t) = tokens
                .partition_point(|t| t.start <= c.byte_start)
                .checked_sub(1)
            && tokens[t].end == c.byte_end
            && (tokens[t].key.starts_with("ال") || tokens[t].key.starts_with("وال"))
            && matches!(
                tokens[t].text.get(..c.byte_start - tokens[t].start),
                Some("" | "و")
            )
            && matches!(
                tokens.get(t + 1).map(|n| &n.kind),
                Some(TokenKind::Punct('،' | ','))
            )
            && t.checked_sub(1).is_some_and(|p| {
                matches!(
                    tokens[p].kind,
                    TokenKind::Punct('،' | ',' | '.' | '؛' | ':')
                )
            })
        {
            out.remove(k);
            continue;
        }
        // `ثمان من أكثر المناطق تضررا`, `وعشرون من كبرى البنوك`: a number, partitive `من`
        // and a superlative before a counted noun.
        if c.kind == Kind::Number
            && c.unit.is_none()
            && c.qualifier == Qualifier::Exact
            && let Value::Number(v) = c.value
            && v >= 2.0
            && v.fract() == 0.0
            && let Some(a) = tokens
                .partition_point(|t| t.start <= c.byte_start)
                .checked_sub(1)
            && let Some(z) = (a..tokens.len())
                .take_while(|&j| tokens[j].end <= c.byte_end)
                .last()
            && key(tokens, z + 1) == "من"
            && SUPERLATIVES.contains(&key(tokens, z + 2))
            && let Some(u) = units::lookup(ctx.keys_from(z + 3))
            && matches!(u.kind, UnitKind::Count)
            && u.plurality != Plurality::Singular
            && !u.proclitic
        {
            let end = tokens[z + 2 + u.words].end;
            let c = &mut out[k];
            c.kind = Kind::Count;
            c.unit = Some(u.concept.to_string());
            c.byte_end = end;
            k += 1;
            continue;
        }
        let Some(a) = token_at(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        // `إلى هذا اليوم`, `حتى هذا اليوم`: to this day.
        if c.kind == Kind::Date
            && key(tokens, a) == "هذا"
            && key(tokens, a + 1) == "اليوم"
            && c.byte_end == tokens[a + 1].end
            && a > 0
            && matches!(key(tokens, a - 1), "الي" | "حتي" | "والي" | "وحتي")
        {
            out.remove(k);
            continue;
        }
        // `في نصف الكرة الشمالي`: the hemisphere.
        if c.kind == Kind::Number
            && c.byte_end == tokens[a].end
            && matches!(key(tokens, a), "نصف" | "بنصف" | "لنصف" | "ونصف")
            && key(tokens, a + 1) == "الكره"
        {
            out.remove(k);
            continue;
        }
        // `تسع دقائق وثانيتين`: a duration, then `و` and a dual of a smaller unit.
        if k > from
            && c.kind == Kind::Duration
            && c.qualifier == Qualifier::Exact
            && c.byte_end == tokens[a].end
            && tokens[a].key.starts_with('و')
            && a > 0
            && out[k - 1].kind == Kind::Duration
            && out[k - 1].qualifier == Qualifier::Exact
            && out[k - 1].byte_end == tokens[a - 1].end
            && let (Value::Text(big), Value::Text(small)) = (&out[k - 1].value, &c.value)
            && let Some(iso) = crate::model::join_durations(big, small)
        {
            let end = c.byte_end;
            let prev = &mut out[k - 1];
            prev.value = Value::Text(iso.clone());
            prev.low = Some(Value::Text(iso.clone()));
            prev.high = Some(Value::Text(iso));
            prev.byte_end = end;
            out.remove(k);
            continue;
        }
        k += 1;
    }
}

/// Keys of superlatives that pick out the best of a kind after a partitive `من`.
const SUPERLATIVES: &[&str] = &[
    "اكثر", "اكبر", "كبري", "ابرز", "اهم", "اشهر", "افضل", "اقوي", "اغني", "اقدم", "اعرق", "اخطر",
    "اجمل", "اسوا", "اسرع", "اطول", "اعلي",
];

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! {
        crate::model::Lang::Ar;
        trillions: "بلغ الاحتياطي من 3.5 ترليونات قدم مكعب" => [
            "3.5 ترليونات قدم مكعب|count|3500000000000|3500000000000..3500000000000|exact|cubic_foot"
        ];
        three_quarters: "يصرف منه ثلاثة أرباع مليار دولار." => [
            "ثلاثة أرباع مليار دولار|money|750000000|750000000..750000000|exact|usd"
        ];
        minutes_and_two_seconds: "بلغ زمن البقاء تحت الماء تسع دقائق وثانيتين." => [
            "تسع دقائق وثانيتين|duration|PT9M2S|PT9M2S..PT9M2S|exact|minute"
        ];
        year_and_two_months: "لنصبح بعد أكثر من سنة وشهرين من دون رئيس" => [
            "أكثر من سنة وشهرين|duration|P1Y2M|P1Y2M..|more_than|year"
        ];
        two_hours_apart: "ثماني ساعات نوم وساعتين للدراسة" => [
            "ثماني ساعات|duration|PT8H|PT8H..PT8H|exact|hour",
            "وساعتين|duration|PT2H|PT2H..PT2H|exact|hour"
        ];
        three_quarters_alone: "يصرف منه ثلاثة أرباع الميزانية." => [
            "ثلاثة أرباع|number|0.75|0.75..0.75|exact|"
        ];
        partitive: "وزع مساعدات على نحو 340 ألف شخص في ثمان من أكثر المناطق تضررا" => [
            "نحو 340 ألف شخص|count|340000|306000..374000|approx|person",
            "ثمان من أكثر المناطق|count|8|8..8|exact|region"
        ];
        partitive_other: "فاز ثمانية من المرشحين" => [
            "ثمانية من المرشحين|count|8|8..8|exact|candidate"
        ];
        sukun_inside: "صدقكم الله وَعْدَهُ إذ تحسونهم" => [];
        several_after_wa: "زار وعدة دول أخرى" => [
            "عدة دول|count|3|3..10|vague|country"
        ];
        terabytes: "أعلنت الشركة عن قرص سعته 2 تي بي للعمل" => [
            "2 تي بي|count|2|2..2|exact|terabyte"
        ];
        list_point: "ابتعد عن التكلف، السادس، إياك ونقل الأخبار السيئة" => [];
        second_place: "حل في المركز الثاني، وتلاه الفريق" => [
            "الثاني|ordinal|2|2..2|exact|"
        ];
        partitive_after_wa: "تسع جامعات، وعشرون من كبرى البنوك في العالم" => [
            "تسع جامعات|count|9|9..9|exact|university",
            "عشرون من كبرى البنوك|count|20|20..20|exact|bank"
        ];
        to_this_day: "إن المحافظة منذ عام 2003 إلى هذا اليوم لم تشهد أي تطور" => [
            "عام 2003|date|2003|2003-01-01..2003-12-31|exact|"
        ];
        this_day_stays: "وصل الوفد في هذا اليوم إلى المدينة" => [
            "هذا اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"
        ];
        paper_issue: "قرأت في عدد الجزيرة 15636 وفيه خبر" => [];
        count_stays: "قرأت في عدد الطلاب 15636 وفيه خبر" => [
            "15636|count|15636|15636..15636|exact|student"
        ];
        hemisphere: "أحد أسطع نجوم السماء في نصف الكرة الشمالي" => [];
        half_stays: "وصل نصف الفريق" => [
            "نصف الفريق|count|0.5|0.5..0.5|exact|team"
        ];
    }
}
