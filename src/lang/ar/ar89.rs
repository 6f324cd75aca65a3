//! Arabic dates, round N (ar89): words that read as a date and tell of none, found in an
//! audit of dates (`mod.rs` asks [`not_dated`] before it reads a date).
//!
//! - A date of the calendar that recurs every year, with its cue before it in its clause
//!   (`في كل عام تنظم البلدة في 12 أغسطس`, `تمنح سنويا في الرابع من يناير`, `مؤتمرات سنوية
//!   كل فبراير`, `تسقط الأمطار عادة بين يونيو وسبتمبر`) or after the other end of its span
//!   (`ما بين 15 من شهر يونيو إلى نهاية اليوم الـ 15 من شهر سبتمبر من كل عام`, `يمتد من 25
//!   يوليو إلى غاية الثاني من سبتمبر من كل سنة`, `الأولى في 30 محرم والثانية في 30 رجب من
//!   كل عام`), further than `dates`' own `every_year` looks. Only a day or month without a
//!   year, a modifier (`الماضي`) or a weekday: `في 12 ديسمبر 2015م من كل سنة` is the first.
//! - The newspapers `عين اليوم` and `أخبار اليوم` (`أكد لـ”عين اليوم” مدير`).
//!
//! And [`retune`], once a sentence's claims are read: a bare weekday read as past after a
//! weekday of the coming days in its sentence is on or after that day, a schedule told in
//! order (`تغادر البعثة غدا الأحد إلى لندن، ويؤدي الفريق حصتي تدريب يومي الاثنين
//! والثلاثاء`, `من المنتظر أن يختتم مبارياته يوم الخميس ... قبل السفر صباح السبت`),
//! unless a word of the past stands between (`كان`, `أمس`, `قال`, a perfect verb of news).
//! And a month (or part of one) with no year read as past is the coming one after a plural
//! «coming» closing its pair (`سيزور المملكة خلال شهر سبتمبر أو أكتوبر المقبلين`, `بين شهري
//! ديسمبر ويناير المقبلين`) or after a postponement (`أو تأجيل إلى ديسمبر`).
//!
//! Each look is bounded: a cue is sought among the twelve tokens before and the sixteen
//! after, and only at a day number or a word a date may start with.

use jiff::civil::Date;

use super::dates::{self, Grain};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Recognized, ar79, recurring, weekdays};
use crate::model::{Kind, Value};

/// Whether token `k` ends a clause for these looks: a full stop, a comma, `؛`, `!`, `?`.
fn clause_end(tk: &[Token<'_>], k: usize) -> bool {
    matches!(
        tk.get(k).map(|t| &t.kind),
        Some(TokenKind::Punct(
            '.' | '،' | ',' | '؛' | ';' | '!' | '?' | '؟'
        ))
    )
}

/// `كل عام`, `كل سنة`, `كل العام` at token `k`.
fn every_year_at(tk: &[Token<'_>], k: usize) -> bool {
    matches!(key(tk, k), "كل" | "وكل" | "راس") && matches!(key(tk, k + 1), "عام" | "سنه" | "العام")
}

/// A cue of a yearly habit in the clause before token `i`: `كل عام`, `سنويا` (with no
/// number before it: `نموا 5% سنويا في يونيو` is a growth rate), `عادة`, or `كل` right
/// before the date (`كل فبراير`).
fn cue_before(tk: &[Token<'_>], i: usize) -> bool {
    if i >= 1 && key(tk, i - 1) == "كل" {
        return true;
    }
    let from = i.saturating_sub(12);
    let mut k = i;
    while k > from {
        k -= 1;
        if clause_end(tk, k) {
            return false;
        }
        match key(tk, k) {
            "عاده" | "وعاده" => return true,
            "سنويا" => {
                return !(k.saturating_sub(6)..k)
                    .any(|j| tk[j].number().is_some() || clause_end(tk, j));
            }
            _ if every_year_at(tk, k) => return true,
            _ => {}
        }
    }
    false
}

/// Words that may stand between a date and `من كل عام` after it: the other end of a span
/// and its links (`إلى نهاية اليوم الـ 15 من شهر سبتمبر`, `والثانية في 30 رجب`, `وتنتهي في
/// آخر يونيو`).
fn span_word(k: &str) -> bool {
    matches!(
        k,
        "و" | "حتي"
            | "وحتي"
            | "الي"
            | "والي"
            | "غايه"
            | "لغايه"
            | "نهايه"
            | "بنهايه"
            | "لنهايه"
            | "ونهايه"
            | "اليوم"
            | "ال"
            | "من"
            | "شهر"
            | "في"
            | "اخر"
            | "واخر"
            | "تنتهي"
            | "وتنتهي"
            | "ينتهي"
            | "وينتهي"
            | "الثاني"
            | "الثانيه"
            | "والثانيه"
            | "والثاني"
    )
}

/// A cue of a yearly habit after the date that ends at `last`: `من كل عام` past the other
/// end of a span, within its clause; the token after the cue.
fn cue_after(tk: &[Token<'_>], last: usize) -> Option<usize> {
    for k in last + 1..last + 17 {
        let t = tk.get(k)?;
        if every_year_at(tk, k) {
            return Some(k + 2);
        }
        let ok = span_token(t);
        if !ok {
            return None;
        }
    }
    None
}

/// Whether token `t` can stand inside a span of days and months: a day number, a bracket,
/// dash or slash, a month or date word, or a span's link word.
fn span_token(t: &Token<'_>) -> bool {
    match &t.kind {
        TokenKind::Number { value, percent } => !percent && (1.0..=31.0).contains(value),
        TokenKind::Punct(c) => matches!(c, '(' | ')' | '-' | '/'),
        TokenKind::Word => span_word(&t.key) || dates::is_month_name(t) || dates::is_date_word(t),
        _ => false,
    }
}

/// The token after the other end of a span that ends its first at `last` (`منتصف شهر
/// يوليو وحتى نهاية شهر أغسطس`): months, day numbers, ordinals and their links.
fn span_end(tk: &[Token<'_>], last: usize) -> usize {
    let mut k = last + 1;
    while k < last + 12 {
        let Some(t) = tk.get(k) else { break };
        let ok = span_token(t);
        if !ok {
            break;
        }
        k += 1;
    }
    // Not past a trailing link (`في`, `من`, `و`) that the next words may need.
    while k > last + 1
        && tk.get(k - 1).is_some_and(|t| {
            t.kind == TokenKind::Word && span_word(&t.key) && !dates::is_month_name(t)
        })
    {
        k -= 1;
    }
    k
}

/// Modifiers and relative words that make a date one day or month, not a habit.
fn one_time(k: &str) -> bool {
    k.ends_with("ماضي")
        || k.ends_with("ماضيه")
        || k.ends_with("مقبل")
        || k.ends_with("مقبله")
        || k.ends_with("قادم")
        || k.ends_with("قادمه")
        || k.ends_with("جاري")
        || k.ends_with("حالي")
        || matches!(
            k,
            "امس" | "غدا" | "هذا" | "هذه" | "الشهر" | "الاسبوع" | "المنصرم" | "الفايت"
        )
}

/// Whether the date at `i` recurs every year by a cue around it: the token after it when
/// so (the date's words are no number or ordinal either).
fn yearly(tk: &[Token<'_>], i: usize, publication: Option<Date>) -> Option<usize> {
    let t = tk.get(i)?;
    let may = match t.kind {
        TokenKind::Number { value, percent } => !percent && (1.0..=31.0).contains(&value),
        TokenKind::Word => dates::is_date_word(t),
        _ => false,
    };
    if !may {
        return None;
    }
    let before = cue_before(tk, i);
    // The cheap look first: `كل` within the sixteen tokens after.
    if !before && !(i + 1..i + 18).any(|k| matches!(key(tk, k), "كل" | "وكل" | "راس")) {
        return None;
    }
    let d = dates::parse_at(tk, i, publication)?;
    if d.explicit
        || !matches!(
            d.grain,
            Grain::Day | Grain::Month | Grain::HijriMonth | Grain::Span
        )
    {
        return None;
    }
    let span = tk.get(d.first..=d.last)?;
    if !span.iter().any(dates::is_month_name)
        || span
            .iter()
            .any(|t| t.kind == TokenKind::Word && one_time(&t.key))
        || (d.first..=d.last).any(|k| dates::weekday_at(tk, k).is_some())
    {
        return None;
    }
    // After the cue, the other end of the span is no number, ordinal or date either.
    cue_after(tk, d.last).or(before.then(|| span_end(tk, d.last)))
}

/// The newspaper `عين اليوم`/`أخبار اليوم` at `i` (`اليوم` after `عين`, `لعين`, `أخبار`
/// and an opening quote at most).
fn paper(tk: &[Token<'_>], i: usize) -> Option<usize> {
    if key(tk, i) != "اليوم" || i == 0 {
        return None;
    }
    let k = if matches!(
        tk[i - 1].kind,
        TokenKind::Punct('"' | '“' | '”' | '«' | '(')
    ) {
        i.checked_sub(2)?
    } else {
        i - 1
    };
    matches!(
        key(tk, k),
        "عين" | "لعين" | "وعين" | "بعين" | "اخبار" | "لاخبار" | "باخبار"
    )
    .then_some(i + 1)
}

/// Whether the words at `i` read as a date and tell of none (see the module's notes): the
/// token after them when so.
pub(super) fn not_dated(tk: &[Token<'_>], i: usize, publication: Option<Date>) -> Option<usize> {
    paper(tk, i).or_else(|| yearly(tk, i, publication))
}

/// The day of a date claim read as one day (`2015-08-09`), or None.
fn day_of(c: &Recognized) -> Option<Date> {
    match (&c.kind, &c.value) {
        (Kind::Date, Value::Text(t)) if t.len() == 10 => t.parse().ok(),
        _ => None,
    }
}

/// Words between the coming day and the bare weekday that tell of the past or of another
/// time (keys without `و`/`ف` but for `وقد`).
fn breaks(k: &str) -> bool {
    let b = k
        .strip_prefix('و')
        .or_else(|| k.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k);
    // A perfect verb in `ا…ت` of the derived stems (`انطلقت`, `اختتمت`), not a noun with
    // the article (`الانتخابات`).
    let fem_perfect =
        b.starts_with('ا') && !b.starts_with("ال") && b.ends_with('ت') && b.chars().count() >= 5;
    matches!(
        b,
        "كان"
            | "كانت"
            | "كانوا"
            | "امس"
            | "اليوم"
            | "قد"
            | "وقد"
            | "بعدما"
            | "عندما"
            | "منذ"
    ) || fem_perfect
        || one_time(b)
        || recurring::PAST_VERBS.contains(&b)
}

/// See the module's notes: the claims of one sentence, `publication` the article's date.
pub(super) fn retune(ctx: &Ctx<'_, '_>, claims: &mut [Recognized], publication: Option<Date>) {
    let Some(publication) = publication else {
        return;
    };
    let tk = ctx.tokens;
    // The last day of the coming week read so far, and the token it ends at.
    let mut anchor: Option<(Date, usize)> = None;
    for c in claims.iter_mut() {
        coming_month(tk, c, publication);
        let Some(day) = day_of(c) else { continue };
        // The token the claim starts in (after a proclitic: `والأحد`).
        let Some(a) = tk
            .partition_point(|t| t.start <= c.byte_start)
            .checked_sub(1)
        else {
            continue;
        };
        let last = ar79::last_token(tk, a, c.byte_end);
        let weeks_ahead = day
            .since(publication)
            .ok()
            .is_some_and(|s| (1..=8).contains(&s.get_days()));
        // A bare weekday: `الاثنين`, `يوم الاثنين`.
        let bare = dates::weekday_at(tk, last).filter(|_| {
            last == a || (last == a + 1 && matches!(tk[a].key.as_str(), "يوم" | "ويوم"))
        });
        if let (Some(wd), Some((from, end))) = (bare, anchor)
            && day < publication
            && last >= end
            && a.saturating_sub(end) <= 40
            && !(end + 1..a).any(|k| {
                tk[k].kind == TokenKind::Word && breaks(&tk[k].key)
                    || weekdays::punct(tk, k).is_some_and(weekdays::stop)
            })
            && let Some(d) = recurring::on_or_after(from, wd)
        {
            c.value = Value::Text(d.to_string());
            c.low = Some(Value::Text(d.to_string()));
            c.high = Some(Value::Text(d.to_string()));
            anchor = Some((d, last));
            continue;
        }
        // A weekday of one word without the article is a name (`أحد رفيدة`), no anchor.
        let name = last == a && !tk[a].key.starts_with("ال") && !tk[a].key.starts_with("وال");
        anchor = (weeks_ahead && !name).then_some((day, last));
    }
}

/// `2014-10`, `2014-12-01`, `2014-12-01/2014-12-10` a year later, or None (a 29 February,
/// or no date of those shapes).
fn year_later(v: &Value) -> Option<Value> {
    let Value::Text(t) = v else { return None };
    let shift = |d: &str| -> Option<String> {
        let (y, rest) = (d.get(..4)?, d.get(4..)?);
        if rest == "-02-29" || !(rest.is_empty() || rest.starts_with('-')) {
            return None;
        }
        Some(format!("{}{rest}", y.parse::<i32>().ok()? + 1))
    };
    let out = match t.split_once('/') {
        Some((a, b)) => format!("{}/{}", shift(a)?, shift(b)?),
        None => shift(t)?,
    };
    Some(Value::Text(out))
}

/// A month name's claim with no year read before the publication month that the words
/// around it place ahead (see the module's notes): moved a year on.
fn coming_month(tk: &[Token<'_>], c: &mut Recognized, publication: Date) {
    let Value::Text(t) = &c.value else { return };
    if c.kind != Kind::Date || t.len() < 7 {
        return;
    }
    let (Ok(y), Ok(m)) = (t[..4].parse::<i16>(), t[5..7].parse::<i8>()) else {
        return;
    };
    // Only a month of the eleven before the publication's.
    let (vm, pm) = (
        i32::from(y) * 12 + i32::from(m),
        i32::from(publication.year()) * 12 + i32::from(publication.month()),
    );
    if !(pm - 12 < vm && vm < pm) {
        return;
    }
    let Some(a) = tk
        .partition_point(|t| t.start <= c.byte_start)
        .checked_sub(1)
    else {
        return;
    };
    let last = ar79::last_token(tk, a, c.byte_end);
    let span = &tk[a..=last];
    if !span.iter().any(dates::is_month_name)
        || span.iter().any(|t| {
            t.number().is_some_and(|v| v > 31.0)
                || (t.kind == TokenKind::Word && (one_time(&t.key) || t.key.contains("عام")))
        })
    {
        return;
    }
    // `سبتمبر أو أكتوبر المقبلين`: months, `و`/`أو` and glosses up to the plural.
    let mut plural = false;
    for k in last + 1..last + 8 {
        let Some(t) = tk.get(k) else { break };
        match &t.kind {
            TokenKind::Word
                if matches!(
                    t.key.as_str(),
                    "المقبلين" | "القادمين" | "المقبلتين" | "القادمتين"
                ) =>
            {
                plural = true;
                break;
            }
            TokenKind::Word if dates::is_month_name(t) || matches!(t.key.as_str(), "او" | "و") =>
                {}
            TokenKind::Punct('(' | ')' | '/' | '-') => {}
            _ => break,
        }
    }
    // `أو تأجيل إلى ديسمبر`: a postponement to the month.
    let put_off = a >= 2
        && matches!(key(tk, a - 1), "الي" | "حتي")
        && key(tk, a - 2).contains("تاجيل")
        // Not in a story of the past (`الذي كان لا يزال برئاسة برنانكي ... وتأجيلها حتى`).
        && !(a.saturating_sub(24)..a).any(|k| {
            matches!(key(tk, k), "كان" | "وكان" | "كانت" | "وكانت" | "حينها" | "الحين")
        });
    if (plural || put_off)
        && let (Some(v), Some(l), Some(h)) = (
            year_later(&c.value),
            c.low.as_ref().and_then(year_later),
            c.high.as_ref().and_then(year_later),
        )
    {
        c.value = v;
        c.low = Some(l);
        c.high = Some(h);
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar89_span_every_year: "وهو يمتد من 25 يوليو (تموز) إلى غاية الثاني من سبتمبر (أيلول) من كل سنة"
            => [];
        ar89_span_end_of_day: "خلال الفترة الواقعة ما بين 15 من شهر يونيو إلى نهاية اليوم الـ 15 من شهر سبتمبر من كل عام ميلادي"
            => [];
        ar89_two_dates_every_year: "خلال فترتين سنويا، الأولى في 30 محرم والثانية في 30 رجب من كل عام"
            => [];
        ar89_every_year_before: "في كل عام تنظم البلدة في 12 أغسطس (آب)، مهرجانا"
            => [];
        ar89_yearly_before: "على أن تمنح سنويا في الرابع من يناير، ذكرى رحيله"
            => [];
        ar89_every_month: "والتي تعقد بها مؤتمرات سنوية كل فبراير (شباط)."
            => [];
        ar89_usually: "وتسقط الأمطار الموسمية عادة في الهند بين يونيو وسبتمبر وهي حيوية للزراعة"
            => [];
        ar89_rate_stays: "وارتفع الإنتاج 5 في المائة سنويا في يونيو الماضي"
            => ["5 في المائة|percent|5|5..5|exact|", "يونيو الماضي|date|2014-06|2014-06-01..2014-06-30|exact|"];
        ar89_written_year_stays: "خلال الفترة من 12 ديسمبر 2015م من كل سنة ولمدة 10 أيام"
            => ["12 ديسمبر 2015م|date|2015-12-12|2015-12-12..2015-12-12|exact|", "10 أيام|duration|P10D|P10D..P10D|exact|day"];
        ar89_last_year_stays: "وتكرر ذلك كل عام وفي ديسمبر الماضي وقع الحادث"
            => ["ديسمبر الماضي|date|2013-12|2013-12-01..2013-12-31|exact|"];
        ar89_paper: "من جانبه أكد لـ”عين اليوم” مدير العلاقات العامة"
            => [];
        ar89_paper_news: "مقال نشره في (أخبار اليوم) بعنوان"
            => [];
        ar89_paper_quoted: "من جانبه أوضح لـ”عين اليوم” مدير مكتب العمل في محافظة الأفلاج"
            => [];
        ar89_paper_byline: "قاسم الزرعي - عين اليوم احتجزت الأمطار والسيول سكان المرتفعات"
            => [];
        ar89_list_after_tomorrow: "تغادر بعثة النصر غدا الخميس إلى لندن، ويؤدي الفريق هناك حصتي تدريب يومي السبت والأحد قبل أن يلتقي بغريمه"
            => ["غدا الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|", "السبت|date|2014-12-06|2014-12-06..2014-12-06|exact|", "الأحد|date|2014-12-07|2014-12-07..2014-12-07|exact|"];
        ar89_list_past_between_stays: "يصل الوفد غدا الخميس إلى لندن، وكان قد زار باريس الاثنين"
            => ["غدا الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|", "الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar89_list_perfect_between_stays: "ويعقد المجلس غدا اجتماعا للنظر في المطالب وانطلقت عصر الجمعة تظاهرات سلمية"
            => ["غدا|date|2014-12-04|2014-12-04..2014-12-04|exact|", "الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        ar89_months_coming_plural: "وأعلن أنه سيزور المملكة خلال شهر يناير أو فبراير المقبلين"
            => ["شهر يناير أو فبراير|date|2015-01-01/2015-02-28|2015-01-01..2015-02-28|exact|"];
        ar89_months_between_plural: "كان من المقرر أن تستضيف الكويت البطولة بين شهري أكتوبر ونوفمبر المقبلين"
            => ["أكتوبر ونوفمبر|date|2015-10-01/2015-11-30|2015-10-01..2015-11-30|exact|"];
        ar89_put_off: "والأسواق منقسمة بين زيادة في الفائدة الشهر القادم أو تأجيل إلى فبراير"
            => ["الشهر القادم|date|2015-01|2015-01-01..2015-01-31|exact|", "فبراير|date|2015-02|2015-02-01..2015-02-28|exact|"];
        ar89_put_off_told_stays: "لكن البنك الذي كان برئاسة برنانكي قرر تأجيلها حتى فبراير"
            => ["فبراير|date|2014-02|2014-02-01..2014-02-28|exact|"];
        ar89_usually_span: "وعادة ما يبدأ نزول الرطب في منتصف شهر يوليو وحتى نهاية شهر أغسطس, وخلال هذه الفترة"
            => [];
        ar89_today_stays: "وقال مدير الإدارة اليوم إن العمل مستمر"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    }
}
