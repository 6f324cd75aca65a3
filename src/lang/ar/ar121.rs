//! Non-claims of the judged Arabic samples 87–90 (ar121). Each rule looks at a fixed few
//! tokens around a claim; the claim is dropped:
//!
//! - «Yesterday» as a bygone era, not a day: the triplet `أمس واليوم وبكرة`, `الأمس واليوم
//!   والغد` (past, present and future), and a definite `الأمس` paired with `اليوم`: `بين
//!   الأمس واليوم`, `تاريخ البلدين في الأمس أو اليوم` (the dates of all its words are
//!   dropped; a bare `أمس واليوم`, yesterday and today, stays). A noun of identity before
//!   it: `اتحاد الأمس ووحدة الماضي`, `أعداء الأمس`, `حلفاء الأمس` (yesterday's union,
//!   enemies, allies; `لقاء الأمس`, `تدريب الأمس`, events of a day, stay). A habit in the
//!   past: `الذي كان يجمعهم بالأمس` (`كان` + an imperfect before `بالأمس`; `وكان إبرا قد
//!   أعلن بالامس` stays) ([`bygone`]).
//! - A recurring day of the month: `في تاريخ الـ28 من كل شهر` (the 28th of every month)
//!   is no claim (was a bare number 28) ([`every_month`]).
//! - `قطعة خبز لكامل اليوم`: «for the whole day», a length of time, dates no day (was
//!   today's date) ([`whole_day`]).
//! - `مشى بالليل والسِّبْت حافي`: `السِّبْت` with a kasra on its sin is tanned leather
//!   (sandals), not Saturday `السَّبت` (was a date) ([`leather`]).
//! - A told dream in a dream-interpretation column: after `حلمت أن`/`حلمت انني` (I dreamt
//!   that) or `رأيت في المنام أن`, the amounts, counts and ordinals are seen in the dream,
//!   not the world: `حلمت انه وصلني بريد فيه ثلاثة ظروف`, `رأيت في المنام ان امرأة …
//!   واعطيتها مبلغ 200 ريال`; dropped. What comes before the cue stays (`قبل 4 شهور حلمت
//!   انني …`: when the dream was), and so does `التي حلمت بأن تصبح أول أفغانية` (a wish,
//!   after a relative and `بأن`) ([`dream`]).

use super::Ctx;
use super::tokens::key_at as key;
use super::tokens::{Token, stems};
use crate::lang::Recognized;
use crate::model::Kind;

/// Drops the claims `out[from..]` of one sentence that are none (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    // A sentence without claims has nothing to drop (most sentences: the dream cue is not
    // looked for in them).
    if from >= out.len() {
        return;
    }
    let mut drop: Vec<(usize, usize)> = Vec::new();
    let dream_cue = (ctx.text.contains("حلمت") || ctx.text.contains("المنام"))
        .then(|| dream(tokens))
        .flatten();
    if let Some(cue) = dream_cue {
        drop.push((tokens[cue].end, usize::MAX));
    }
    for c in &out[from..] {
        let Some(first) = tokens
            .partition_point(|t| t.start <= c.byte_start)
            .checked_sub(1)
        else {
            continue;
        };
        let Some(last) = tokens
            .partition_point(|t| t.start < c.byte_end)
            .checked_sub(1)
        else {
            continue;
        };
        if c.kind == Kind::Date {
            if let Some(span) = bygone(tokens, first, last) {
                drop.push(span);
                continue;
            }
            if whole_day(tokens, first, last) || leather(tokens, first, last) {
                drop.push((tokens[first].start, tokens[last].end));
                continue;
            }
        }
        if matches!(c.kind, Kind::Number | Kind::Date) && every_month(tokens, last) {
            drop.push((tokens[first].start, tokens[last].end));
        }
    }
    if drop.is_empty() {
        return;
    }
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        if drop
            .iter()
            .any(|&(s, e)| s <= c.byte_start && c.byte_end <= e)
        {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `k`'s stem (with any proclitic) is one of `words`.
fn stem_is(tokens: &[Token<'_>], k: usize, words: &[&str]) -> bool {
    stems(key(tokens, k)).any(|(_, s)| words.contains(&s))
}

/// The definite `الأمس` with any proclitic (`بالأمس`, `في الأمس` is two tokens).
fn definite_yesterday(tokens: &[Token<'_>], k: usize) -> bool {
    let k = key(tokens, k);
    k == "الامس" || stems(k).any(|(p, s)| p.ends_with("ال") && s == "امس")
}

/// A date on «yesterday» as an era (see the module's doc): the byte span of the claims to
/// drop (the whole triplet or pair).
fn bygone(tokens: &[Token<'_>], first: usize, last: usize) -> Option<(usize, usize)> {
    // The claim may be any word of the triplet: find its `أمس`.
    let y = (first.saturating_sub(3)..=last)
        .rev()
        .find(|&k| stem_is(tokens, k, &["امس"]) || definite_yesterday(tokens, k))?;
    let definite = definite_yesterday(tokens, y);
    // `واليوم` or `أو اليوم` right after.
    let today = match key(tokens, y + 1) {
        "واليوم" => Some(y + 1),
        "او" if key(tokens, y + 2) == "اليوم" => Some(y + 2),
        _ => None,
    };
    if let Some(t) = today {
        let future = matches!(key(tokens, t + 1), "وبكره" | "والغد" | "وغدا" | "والمستقبل");
        if future || definite {
            let end = if future { t + 1 } else { t };
            return (first <= end).then(|| (tokens[y].start, tokens[end].end));
        }
    }
    if y != first || y != last || !definite {
        return None;
    }
    // `اتحاد الأمس`, `أعداء الأمس`: a noun of identity before it.
    const IDENTITY: &[&str] = &[
        "اتحاد",
        "اعداء",
        "حلفاء",
        "خصوم",
        "اصدقاء",
        "نجوم",
        "ابطال",
        "رفاق",
        "رفقاء",
        "فرقاء",
        "شركاء",
        "عمالقه",
    ];
    let noun = key(tokens, y) == "الامس" && stem_is(tokens, y.wrapping_sub(1), IDENTITY);
    // `كان يجمعهم بالأمس`: `كان` and an imperfect, a habit.
    let imperfect = key(tokens, y.wrapping_sub(1));
    let habit = key(tokens, y) == "بالامس"
        && imperfect.chars().count() >= 4
        && (imperfect.starts_with('ي') || imperfect.starts_with('ت'))
        && matches!(
            key(tokens, y.wrapping_sub(2)),
            "كان" | "كانت" | "كانوا" | "وكان" | "وكانت" | "وكانوا"
        );
    (noun || habit).then(|| (tokens[y].start, tokens[y].end))
}

/// The token ending a cue of a told dream (`حلمت أن`, `رأيت في المنام أن`), if any.
fn dream(tokens: &[Token<'_>]) -> Option<usize> {
    const THAT: &[&str] = &["ان", "انني", "اني", "انه", "انها", "اننا"];
    (0..tokens.len()).find(|&k| {
        let dreamt = matches!(key(tokens, k), "حلمت" | "وحلمت")
            && !matches!(key(tokens, k.wrapping_sub(1)), "التي" | "الذي");
        let saw = key(tokens, k) == "المنام"
            && key(tokens, k.wrapping_sub(1)) == "في"
            && matches!(key(tokens, k.wrapping_sub(2)), "رايت" | "ورايت");
        (dreamt || saw) && THAT.contains(&key(tokens, k + 1))
    })
}

/// `الـ28 من كل شهر`: a day followed by `من كل شهر`, a recurring day of the month.
fn every_month(tokens: &[Token<'_>], last: usize) -> bool {
    key(tokens, last + 1) == "من"
        && key(tokens, last + 2) == "كل"
        && key(tokens, last + 3) == "شهر"
        && tokens[last].text.chars().any(|c| c.is_ascii_digit())
}

/// `لكامل اليوم`, `طوال اليوم`: the whole day, a length of time.
fn whole_day(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && key(tokens, first) == "اليوم"
        && matches!(
            key(tokens, first.wrapping_sub(1)),
            "كامل" | "لكامل" | "بكامل" | "طوال" | "طيله"
        )
}

/// `والسِّبْت`: a sin with a kasra (Saturday has a fatha), tanned leather.
fn leather(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && stem_is(tokens, first, &["سبت"])
        && tokens[first]
            .text
            .split_once('س')
            .map(|(_, rest)| rest.trim_start_matches('\u{651}').starts_with('\u{650}'))
            .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        triplet: "والأبعاد الثلاثة لنظرة \"أمس واليوم وبكرة\" أدركت" => [];
        era_pair: "من يحاول الإساءة إلى تاريخ البلدين في الأمس أو اليوم بتفريق العهود"
            => ["البلدين|count|2|2..2|exact|country"];
        yesterday_today_stays: "يلتقي وزير الخارجية نظيريه في قطر أمس واليوم"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|",
                "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        union_of_yesterday: "الشباب اليوم هو اتحاد الأمس ووحدة الماضي"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        match_of_yesterday_stays: "لم يجد منتخبنا صعوبة تذكر في لقاء الأمس"
            => ["الأمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        habit_yesterday: "ورأت في سوق عكاظ الذي كان يجمعهم بالأمس كسوق لبضائعهم" => [];
        announced_yesterday_stays: "وكان إبرا قد أعلن بالامس أن المباراة ستقام"
            => ["الامس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        every_month: "لجنة شكلتها وزارة الطاقة في تاريخ الـ28 من كل شهر، لتحديد الأسعار" => [];
        day_of_month_stays: "اجتمعت اللجنة في تاريخ الـ28 من الشهر الماضي"
            => ["28 من الشهر الماضي|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        whole_day: "من أجل قطعة خبز لكامل اليوم" => [];
        today_stays: "من أجل قطعة خبز اليوم"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        dreamt: "حلمت انه وصلني بريد فيه ثلاثة ظروف مفتوحة وفيها مبلغ مالي" => [];
        seen_in_sleep: "رأيت في المنام ان امرأة في الشارع تتسول واعطيتها مبلغ 200 ريال" => [];
        when_dreamt_stays: "قبل 4 شهور حلمت انني واقفة مع ثلاثة شباب"
            => ["4 شهور|duration|P4M|P4M..P4M|exact|month"];
        wish_stays: "نيلوفار رحماني التي حلمت بأن تصبح أول أفغانية تقود طائرات"
            => ["أول|ordinal|1|1..1|exact|"];
        leather: "ياما مشى بالليل والسِّبْت حافي" => [];
        saturday_stays: "مشى بالليل يوم السَّبت"
            => ["يوم السَّبت|date|2014-11-29|2014-11-29..2014-11-29|exact|"];
    }
}
