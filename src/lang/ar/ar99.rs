//! Dates of the judged date sample (seed 9850) and their speech time (ar99).
//!
//! - A weekday after a future verb further than [`super::ar82::future_far`] reaches, across
//!   a comma or a bracket (`ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين`, `سينضم
//!   اللاعب الثاني (أفريقي) للمعسكر ربما يوم الأربعاء`), after `سيتم`/`ستتم` (`سيتم نقل
//!   الجرحى إلى الأردن لعلاجهم خلال يومي الاثنين`), or after a verb of intent (`الذي يعتزم
//!   تقديمه إلى مجلس المدينة يوم الاثنين`): the coming one, not the last ([`future_far`]).
//!   The day before the publication stays (copy written the day before it was dated).
//! - The writer's day: `اليوم الأربعاء` in an article dated Thursday, `أمس الثلاثاء` in one
//!   dated Thursday, `غدا "الأربعاء"` in one dated Thursday tell that the text was written a
//!   day or two before it was dated; the bare `اليوم`, `أمس`, `غدا`, `أول من أمس` of that
//!   text count from the same day (`أصدرت قيادة القوات المشتركة اليوم بياناً أوضحت فيه
//!   أنه في صباح اليوم الأربعاء`: Wednesday, not Thursday; `وعقد أمس لقاء …، فيما يعقد
//!   اليوم لقاء …، بينما سينطلق غدا "الأربعاء"`: Monday and Tuesday). Only when every
//!   relative day with a weekday in the article tells the same day, and one of them is in
//!   the claim's sentence or before it ([`writer_day`]).
//! - `وأصبحنا اليوم نقول بجواز دفع الزكاة`: the first person plural of becoming (`أصبحنا`,
//!   `بتنا`, `صرنا`, `أضحينا`) by `اليوم` makes it «nowadays», no date (a word added to
//!   [`super::today`]'s list of stative words).

use jiff::civil::{Date, Weekday};

use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Verbs of intent before a date (keys): what is planned is to come.
const INTENT: &[&str] = &["يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون"];

/// Whether key `w` is a verb of [`INTENT`] (after an optional `و`); also read by
/// [`super::ar112`].
pub(super) fn intent(w: &str) -> bool {
    INTENT.contains(&w.strip_prefix('و').unwrap_or(w))
}

/// Key `w` without a `و`/`ف` glued before a future `سـ` (`وسيتم` → `سيتم`).
pub(super) fn future_stem(w: &str) -> &str {
    ["و", "ف"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with('س')))
        .unwrap_or(w)
}

/// Whether the comma at token `k` opens a new clause: a `و`/`ف` word right after it.
pub(super) fn clause_comma(tk: &[Token<'_>], k: usize) -> bool {
    tk.get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.key.starts_with(['و', 'ف']))
}

/// Whether a future verb stands at most eight words before the weekday at `i` in its
/// clause, a comma (not before `و`/`ف`, which starts a clause) or a bracket between
/// allowed, or a verb of intent (see the module's doc). Stops at the words of
/// [`super::ar82::BREAKS`].
pub(super) fn future_far(tk: &[Token<'_>], i: usize) -> bool {
    let mut words = 0;
    let mut crossed = false;
    for k in (i.saturating_sub(16)..i).rev() {
        let t = &tk[k];
        match t.kind {
            TokenKind::Word => {}
            TokenKind::Punct('،' | ',') => {
                // `…، وقتل …`: a new clause after the comma.
                if clause_comma(tk, k) {
                    return false;
                }
                crossed = true;
                continue;
            }
            TokenKind::Punct('(' | ')') => {
                crossed = true;
                continue;
            }
            _ => return false,
        }
        let w = t.key.as_str();
        if super::ar82::BREAKS.contains(&w) {
            return false;
        }
        let bare = future_stem(w);
        let short = matches!(bare, "سيتم" | "ستتم");
        let verb = super::ar82::future_verb(bare, t.text) || short;
        let intent = intent(w);
        if verb || intent {
            // What ar82 reads already, the same way: nothing new to say.
            if !crossed && !short && !intent && words <= 7 {
                return false;
            }
            let told = (k.saturating_sub(6)..k).any(|j| {
                matches!(
                    tk[j].key.as_str(),
                    "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد"
                )
            }) || k
                .checked_sub(1)
                .is_some_and(|j| matches!(tk[j].key.as_str(), "قال" | "وقال" | "قالت" | "وقالت"))
                || carried_on(tk, k);
            return !told;
        }
        words += 1;
        if words > 8 {
            return false;
        }
    }
    false
}

/// Verbs of reporting (keys without `و` and a feminine `ت`).
const REPORTING: &[&str] = &[
    "اكد", "قال", "اوضح", "اضاف", "ذكر", "بين", "اعلن", "افاد", "كشف", "صرح", "اشار", "لفت", "نوه",
];

/// `وأكد أنه سيراجعهم`, `وأشار إلى أنها ستعود`: a verb of reporting right before
/// `أنه`/`أنها` and the future verb at `k`, no speaker named, carries on a story told in
/// the past. With the speaker named (`وأضاف باسلمه أنه سيتم`, `أعلنت الأمم المتحدة، أنها
/// ستعقد`) it is fresh news.
fn carried_on(tk: &[Token<'_>], k: usize) -> bool {
    let key = |j: usize| tk.get(j).map_or("", |t| t.key.as_str());
    if k < 2 || !matches!(key(k - 1), "انه" | "انها" | "انهم" | "انهما") {
        return false;
    }
    let v = if key(k - 2) == "الي" && k >= 3 {
        k - 3
    } else {
        k - 2
    };
    let w = key(v);
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_suffix('ت').unwrap_or(w);
    REPORTING.contains(&w)
}

/// A relative day's words, folded: no diacritics, tatweel, brackets or quotes, and the
/// alifs with hamza plain.
fn fold(text: &str) -> Vec<String> {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' => s.push('ا'),
            'ة' => s.push('ه'),
            '(' | ')' | '"' | '«' | '»' | '“' | '”' | '،' | ',' => s.push(' '),
            _ => s.push(c),
        }
    }
    s.split_whitespace().map(str::to_owned).collect()
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "الاثنين" => Weekday::Monday,
        "الثلاثاء" => Weekday::Tuesday,
        "الاربعاء" => Weekday::Wednesday,
        "الخميس" => Weekday::Thursday,
        "الجمعه" => Weekday::Friday,
        "السبت" => Weekday::Saturday,
        "الاحد" => Weekday::Sunday,
        _ => return None,
    })
}

/// A relative day (`اليوم`, `أمس`, `يوم أمس`, `أول من أمس`, `أمس الأول`, `غدا`, `يوم غد`,
/// `بعد غد`), its offset from the day it counts from, and the weekday after it if any.
fn relative(text: &str) -> Option<(i64, Option<Weekday>)> {
    let mut w = fold(text);
    let wd = match w.last().map(|l| weekday(l)) {
        Some(Some(wd)) => {
            w.pop();
            Some(wd)
        }
        _ => None,
    };
    if w.first().is_some_and(|f| f == "يوم") {
        w.remove(0);
    }
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let offset = match w.as_slice() {
        ["اليوم"] => 0,
        ["امس"] => -1,
        ["اول", "من", "امس"] | ["امس", "الاول"] | ["اول", "امس"] => -2,
        ["غدا" | "غد"] => 1,
        ["بعد", "غد" | "غدا"] => 2,
        _ => return None,
    };
    Some((offset, wd))
}

/// The day of a claim whose value is one day.
fn day_of(c: &Recognized) -> Option<Date> {
    match &c.value {
        Value::Text(t) if t.len() == 10 => t.parse().ok(),
        _ => None,
    }
}

/// Moves the bare relative days of an article to the writer's day its relative days with
/// a weekday tell (see the module's doc). `claims` are the article's, in order.
pub(super) fn writer_day(text: &str, claims: &mut [Recognized], reference: Option<Date>) {
    let Some(reference) = reference else {
        return;
    };
    // (claim index, sentence, byte, writer's day) of each relative day with a weekday.
    let mut anchors = Vec::new();
    let mut bare = Vec::new();
    for (k, c) in claims.iter().enumerate() {
        if c.kind != Kind::Date {
            continue;
        }
        let Some((offset, wd)) = text.get(c.byte_start..c.byte_end).and_then(relative) else {
            continue;
        };
        let Some(day) = day_of(c) else {
            continue;
        };
        let Ok(written) = day.checked_add(jiff::Span::new().days(-offset)) else {
            continue;
        };
        match wd {
            Some(wd) if day.weekday() == wd => anchors.push((c.sentence, c.byte_start, written)),
            Some(_) => {}
            None if written == reference => bare.push((k, offset)),
            None => {}
        }
    }
    let Some(&(_, _, first)) = anchors.first() else {
        return;
    };
    let back = (reference - first).get_days();
    if !(1..=2).contains(&back) || anchors.iter().any(|a| a.2 != first) {
        return;
    }
    for (k, offset) in bare {
        let c = &claims[k];
        if !anchors
            .iter()
            .any(|a| a.0 == c.sentence || a.1 < c.byte_start)
        {
            continue;
        }
        let Ok(day) = first.checked_add(jiff::Span::new().days(offset)) else {
            continue;
        };
        let v = Value::Text(day.to_string());
        let c = &mut claims[k];
        c.low = Some(v.clone());
        c.high = Some(v.clone());
        c.value = v;
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        // Publication 2014-12-03, a Wednesday.
        ar99_future_comma: "ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين في جنيف"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        ar99_future_bracket: "سينضم اللاعب (أفريقي) للمعسكر ربما يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        ar99_future_passive_far: "سيتم نقل الجرحى إلى الأردن لعلاجهم خلال يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        ar99_speaker_named: "وأضاف باسلمه أنه سيتم نقل الجرحى إلى الأردن لعلاجهم خلال يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        ar99_carried_on_stays: "وأضاف أنه سيتم نقل الجرحى إلى الأردن لعلاجهم خلال يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar99_intent: "الذي يعتزم تقديمه إلى مجلس المدينة يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        // A new clause after the comma, a past told, a relative clause: the last Monday.
        ar99_new_clause_stays: "ستعقد جولة جديدة من المحادثات، وقتل جندي يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar99_told_stays: "وكان قد قال إنه سيتم نقل الجرحى إلى الأردن خلال يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar99_yesterday_stays: "ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الثلاثاء في جنيف"
            => ["يوم الثلاثاء|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        // The writer's day: Tuesday, the day before the publication.
        ar99_writer_today: "أصدرت القيادة اليوم بياناً أوضحت فيه أنه في صباح اليوم الثلاثاء أجرت طائرة طلعة"
            => ["اليوم|date|2014-12-02|2014-12-02..2014-12-02|exact|", "اليوم الثلاثاء|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        ar99_writer_yesterday: "وقالت الشرطة أمس الاثنين إن مسلحين قتلوا. وأضافت الشرطة أمس أنها اعتقلت مشتبها."
            => ["أمس الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|", "أمس|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        // `أصبحنا اليوم`: «nowadays», as `أصبح اليوم` (see [`super::today`]).
        ar99_nowadays_we: "وأصبحنا اليوم نقول بجواز دفع الزكاة لمن هو أقل"
            => [];
        ar99_today_news_stays: "وأعلنا اليوم بدء دفع الزكاة لمن هو أقل"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        // The weekday names the publication day, or comes after the bare day in another
        // sentence, or two anchors disagree: the bare day stays.
        ar99_writer_same_day_stays: "أصدرت القيادة اليوم بياناً أوضحت فيه أنه في صباح اليوم الأربعاء أجرت طائرة طلعة"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|", "اليوم الأربعاء|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        ar99_writer_after_stays: "وأضافت الشرطة أمس أنها اعتقلت مشتبها. وقالت الشرطة أمس الاثنين إن مسلحين قتلوا."
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|", "أمس الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
    }
}
