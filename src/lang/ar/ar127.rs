//! Dates of the judged Arabic samples 91–94 (ar127).
//!
//! - A relative day glued right before a written date: `وتاريخ التوزيع أمس 30 يونيو`,
//!   `اليوم الأربعاء الموافق 20 / 10 / 1436هـ`, `أمس الأحد (2 أغسطس آب`. The tool gave two
//!   claims, the relative day counted from the publication date (`أمس` the day before it,
//!   even where the written date says otherwise) and the written date; it now gives one,
//!   the written date over both spans. A relative day before a number that is no date
//!   (`أمس 19 غارة`) stays. See [`retune`].
//! - A month or day that points back to a year named before it: `في عام 2011. وقالت ناسداك
//!   في شباط (فبراير) من ذلك العام`, `في 29 أكتوبر (تشرين الأول) 1952 ... في 23 ديسمبر
//!   (كانون الأول) من العام ذاته`, `عام 1956 الذي أعلنه ... في 26 يوليو من ذلك العام`. The
//!   tool took the publication's year (a gloss in brackets, `ذلك`/`تلك`, or a year too far
//!   back hid the year the date reader looks for); it now takes the year of the last date
//!   claim before it (in the same sentence or the three before: `مايو من العام نفسه` after
//!   `يونيو الماضي` keeps 2015), and the span covers `من ذلك العام`. A date with its own
//!   year stays, and nothing changes when there is no date before or it spans two years.
//!   See [`same_year`].
//! - A Gregorian month name ending a quoted name of a few words: `لشركة «أوسكار مايو»`
//!   (Oscar Mayer), `مجموعة "ناهدات ديسمبر"`, `و«سيرة فبراير» للروائي`, `حيلة “كذبة إبريل”`.
//!   The tool read the month of the publication's year; it now drops the claim. A month in
//!   quotes after a word of time (`«حتى منتصف أغسطس»`), alone in its quotes or after
//!   `عقود` (`"عقود سبتمبر"`, a futures contract's month) stays. See [`quoted_name`].
//! - `الاثنين` meaning «the two» (`فيما رفض الاثنين الآخرين النقل`, `للجهة التي ترعى
//!   إرهابهما الاثنين`, `أن الاثنين عرفوا`): before `الآخرين`, after a noun with the
//!   pair's possessive `-هما` or before a plural verb, it is no Monday; the tool
//!   read the weekday, it now gives no claim (`weekdays::the_two`).
//! - A range of two dates after `بين` split by a comma: `تراوحت مدة أحقية تلك الأرباح بين
//!   25 يونيو الماضي، و20 أغسطس الحالي`. The tool read two dates; it now reads one span
//!   2015-06-25/2015-08-20 (`date_range` in the driver).

use super::Ctx;
use super::ar93::{bounds, last_of, text_date, token_of};
use super::dates;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};
use jiff::civil::Date;

/// Folds relative days into the written dates after them, gives dates the year they point
/// back to and drops months of quoted names, in the claims of `out[from..]`.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize, text: &str) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if out[k].kind != Kind::Date {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        if quoted_name(tk, a, z) {
            out.remove(k);
            continue;
        }
        if let Some(y) = out
            .get(k + 1)
            .and_then(|next| relative_before_written(tk, &out[k], a, z, next))
        {
            let start = out[k].byte_start;
            out.remove(k);
            out[k].byte_start = start;
            // `اليوم الأربعاء (5 أغسطس آب)`: the bracket opened between closes after.
            if (z + 1..y).any(|j| dates::is_punct(tk, j, &['(']))
                && dates::is_punct(tk, y + 1, &[')'])
            {
                out[k].byte_end = tk[y + 1].end;
            }
            continue;
        }
        same_year(ctx, text, out, k, z);
        k += 1;
    }
}

fn key<'a>(tk: &'a [Token<'_>], j: usize) -> &'a str {
    tk.get(j)
        .filter(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.key.as_str())
}

/// Whether the claim over tokens `a..=z` is a relative day (`أمس`, `اليوم الأربعاء`, `غداً
/// السبت`) with no number, and `next` is a written day-grain date right after it (only a
/// comma, a bracket, a dash or `الموافق` between) on the same weekday: the written date's
/// last token.
fn relative_before_written(
    tk: &[Token<'_>],
    c: &Recognized,
    a: usize,
    z: usize,
    next: &Recognized,
) -> Option<usize> {
    if next.kind != Kind::Date || next.sentence != c.sentence {
        return None;
    }
    let relative = (a..=z).any(|j| {
        let k = key(tk, j);
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(k, "امس" | "بالامس" | "اليوم" | "غدا")
    });
    if !relative || (a..=z).any(|j| tk[j].number().is_some()) {
        return None;
    }
    let b = token_of(tk, next.byte_start)?;
    let y = last_of(tk, b, next.byte_end);
    // The written date is a day with its number.
    let day_grain = matches!(&next.value, Value::Text(s) if s.len() == 10);
    if !day_grain || !(b..=y).any(|j| tk[j].number().is_some()) || b <= z {
        return None;
    }
    let glued = (z + 1..b).all(|j| match tk[j].kind {
        TokenKind::Punct(ch) => matches!(ch, '،' | ',' | '(' | '-' | '–'),
        TokenKind::Word => tk[j].key == "الموافق",
        _ => false,
    });
    // A weekday that is not the written date's (`مساء اليوم الخميس 15 / 10 / 1436`, the
    // Hijri day begun at sunset): the text is at odds with itself, both stay.
    let written = text_date(&next.value);
    let at_odds = (a..=z).any(|j| {
        dates::weekday_at(tk, j).is_some_and(|wd| written.is_none_or(|d| d.weekday() != wd))
    });
    (glued && !at_odds).then_some(y)
}

/// `من ذلك العام`, `من العام نفسه`, `في السنة ذاتها` … at `j`: its last token.
fn same_year_phrase(tk: &[Token<'_>], j: usize) -> Option<usize> {
    if !matches!(key(tk, j), "من" | "في" | "خلال") {
        return None;
    }
    let year = |k: &str| matches!(k, "العام" | "السنه");
    let (a, b) = (key(tk, j + 1), key(tk, j + 2));
    let that = matches!(a, "ذلك" | "تلك" | "ذات" | "نفس") && year(b);
    let same = year(a) && matches!(b, "نفسه" | "ذاته" | "نفسها" | "ذاتها");
    (that || same).then_some(j + 2)
}

/// A Gregorian month or day (`YYYY-MM`, `YYYY-MM-DD`) in year `y`: (value, low, high).
fn in_year(v: &str, y: i16) -> Option<(String, Date, Date)> {
    match v.len() {
        7 => {
            let m: i8 = v.get(5..7)?.parse().ok()?;
            let first = Date::new(y, m, 1).ok()?;
            Some((format!("{y:04}-{m:02}"), first, first.last_of_month()))
        }
        10 => {
            let m: i8 = v.get(5..7)?.parse().ok()?;
            let d: i8 = v.get(8..10)?.parse().ok()?;
            let day = Date::new(y, m, d).ok()?;
            Some((day.to_string(), day, day))
        }
        _ => None,
    }
}

/// Whether a claim's text writes a year in four digits.
fn writes_year(text: &str) -> bool {
    let mut run = 0;
    for ch in text.chars() {
        if ch.is_ascii_digit() || ('٠'..='٩').contains(&ch) {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The date claim `out[k]` (last token `z`) followed by `من ذلك العام` (a gloss in brackets
/// may stand between), without a year of its own: the year of the last date claim before
/// it, in this sentence or the three before (see the module doc).
fn same_year(ctx: &Ctx<'_, '_>, text: &str, out: &mut [Recognized], k: usize, z: usize) {
    let tk = ctx.tokens;
    let mut j = z + 1;
    if dates::is_punct(tk, j, &['(']) {
        let close = (j + 1..(j + 5).min(tk.len())).find(|&m| dates::is_punct(tk, m, &[')']));
        let Some(close) = close else {
            return;
        };
        if (j + 1..close).any(|m| tk[m].kind != TokenKind::Word) {
            return;
        }
        j = close + 1;
    }
    let Some(last) = same_year_phrase(tk, j) else {
        return;
    };
    let c = &out[k];
    let Value::Text(v) = &c.value else {
        return;
    };
    if claim_text(text, c).is_none_or(writes_year) {
        return;
    }
    // The last date claim before it, in this sentence or the three before.
    let Some(reference) = out[..k]
        .iter()
        .rev()
        .take_while(|p| p.sentence + 3 >= c.sentence)
        .find(|p| p.kind == Kind::Date && p.byte_end <= c.byte_start)
    else {
        return;
    };
    let Some(y) = one_year(reference) else {
        return;
    };
    let Some((value, low, high)) = in_year(v, y) else {
        return;
    };
    let end = tk[last].end;
    let c = &mut out[k];
    c.value = Value::Text(value);
    c.low = Some(Value::Text(low.to_string()));
    c.high = Some(Value::Text(high.to_string()));
    c.byte_end = end;
}

/// The one Gregorian year a date claim's interval lies in.
fn one_year(p: &Recognized) -> Option<i16> {
    let (lo, hi) = bounds(p)?;
    (lo.year() == hi.year()).then_some(lo.year())
}

/// A claim's text in the document's text.
fn claim_text<'t>(text: &'t str, c: &Recognized) -> Option<&'t str> {
    text.get(c.byte_start..c.byte_end)
}

/// Words that make a quoted month a time: a quote around a date is no name.
const TIME_WORDS: &[&str] = &[
    "شهر",
    "منتصف",
    "مطلع",
    "اوايل",
    "اواخر",
    "نهايه",
    "بدايه",
    "حتي",
    "في",
    "خلال",
    "منذ",
    "قبل",
    "بعد",
    "عقود",
    "عقد",
    "اول",
    "اخر",
];

/// Whether the claim over tokens `a..=z` is a Gregorian month name alone that ends a quoted
/// name of one to three words (`«أوسكار مايو»`, `"ناهدات ديسمبر"`).
fn quoted_name(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z || !dates::is_month_name(&tk[a]) {
        return false;
    }
    if !dates::is_punct(tk, z + 1, &['»', '"', '”']) {
        return false;
    }
    let mut words = 0;
    let mut p = a;
    loop {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
        match tk[p].kind {
            TokenKind::Punct('«' | '"' | '“') => break,
            TokenKind::Word => {
                let k = tk[p].key.as_str();
                if TIME_WORDS.contains(&k) || dates::is_month_name(&tk[p]) {
                    return false;
                }
                words += 1;
                if words > 3 {
                    return false;
                }
            }
            _ => return false,
        }
    }
    words >= 1
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        yesterday_written: "وكانت أحقية الأرباح لمساهمي الشركة، وتاريخ التوزيع أمس 30 يونيو"
            => ["أمس 30 يونيو|date|2014-06-30|2014-06-30..2014-06-30|exact|"];
        today_weekday_hijri: "توفي اليوم الأربعاء الموافق 11 / 2 / 1436هـ بمدينة جدة"
            => ["اليوم الأربعاء الموافق 11 / 2 / 1436هـ|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        weekday_at_odds_stays: "في تمام الساعة 23:03 من مساء اليوم الأربعاء 12 / 2 / 1436 تلقى المركز بلاغا"
            => ["اليوم الأربعاء|date|2014-12-03|2014-12-03..2014-12-03|exact|",
                "12 / 2 / 1436|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        bracket_closed: "ألغيت رحلات الطيران اليوم الأربعاء (3 ديسمبر كانون الأول) بسبب البركان"
            => ["اليوم الأربعاء (3 ديسمبر كانون الأول)|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        yesterday_count_stays: "ضبطت الجمارك السويسرية أمس 262 كيلوغراما من العاج"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|",
                "262 كيلوغراما|count|262|262..262|exact|kilogram"];
        that_year: "بعد اختراق بورصة ناسداك في عام 2011. وقالت ناسداك في شباط (فبراير) من ذلك العام إن أنظمتها اخترقت"
            => ["عام 2011|date|2011|2011-01-01..2011-12-31|exact|",
                "شباط (فبراير) من ذلك العام|date|2011-02|2011-02-01..2011-02-28|exact|"];
        same_year_gloss: "تم تنفيذ الخطة في 29 أكتوبر (تشرين الأول) 1952 حتى جلاء القوات عن المدينة في 23 ديسمبر (كانون الأول) من العام ذاته"
            => ["29 أكتوبر (تشرين الأول) 1952|date|1952-10-29|1952-10-29..1952-10-29|exact|",
                "23 ديسمبر (كانون الأول) من العام ذاته|date|1952-12-23|1952-12-23..1952-12-23|exact|"];
        same_year_relative: "وقالت الشركة في مايو الماضي إنها بدأت في فبراير من العام نفسه"
            => ["مايو الماضي|date|2014-05|2014-05-01..2014-05-31|exact|",
                "فبراير من العام نفسه|date|2014-02|2014-02-01..2014-02-28|exact|"];
        no_date_before_stays: "وقالت الشركة إنها بدأت في فبراير من العام نفسه"
            => ["فبراير|date|2014-02|2014-02-01..2014-02-28|exact|"];
        brand_month: "واستخدمت في ترويج لشركة «أوسكار مايو» للحوم" => [];
        quoted_time_stays: "وقالت إنها لا تتوقع قرارا «حتى أغسطس» المقبل"
            => ["أغسطس|date|2014-08|2014-08-01..2014-08-31|exact|"];
        other_two: "فيما رفض الاثنين الآخرين النقل لعدم حاجتهم" => [];
        their_two: "للجهة التي ترعى إرهابهما الاثنين كانت مبررا" => [];
        athens_monday_stays: "تفتح بورصة أثينا الاثنين بعد اغلاق استمر خمسة أسابيع"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|",
                "خمسة أسابيع|duration|P5W|P5W..P5W|exact|week"];
        monday_stays: "فيما رفض الوزير الاثنين النقل"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        comma_range: "تراوحت مدة أحقية تلك الأرباح بين 25 يونيو الماضي، و20 أغسطس الحالي"
            => ["25 يونيو الماضي، و20 أغسطس الحالي|date|2014-06-25/2014-08-20|2014-06-25..2014-08-20|exact|"];
        comma_list_stays: "عقد الاجتماع في 25 يونيو، و20 أغسطس"
            => ["25 يونيو|date|2014-06-25|2014-06-25..2014-06-25|exact|",
                "20 أغسطس|date|2014-08-20|2014-08-20..2014-08-20|exact|"];
    }
}
