//! Dates of the judged Arabic samples (ar112): a month or weekday to come told far from
//! the verb that makes it future.
//!
//! - [`retune`] (`future_month`): `ديريك قال إن اعضاء اتحاده سيحتاجون الى وقت لدراسة
//!   برامج المرشحين بعد اغلاق باب الترشيح في اكتوبر` (published 2015-08-09), `من المرجح أن
//!   تعزز التوقعات برفع أسعار الفائدة الأمريكية في سبتمبر`, `مما سيشكل اختبارا قبيل
//!   الانتخابات الفعلية في أكتوبر`, `فإن عملية الاقتراع ستجرى على مرحلتين (الأسبوع الثاني
//!   من أكتوبر، والأسبوع الثالث من نوفمبر)`: a yearless Gregorian month (or a week or day
//!   of it) that a past bias put before the publication, a time (after `في`/`خلال`/`حتى`/
//!   `بحلول`, or opened by `مطلع`, `نهاية`, `الأسبوع` …) governed by a future-marked verb
//!   of its clause (`سـ`+imperfect, `سوف`, `سيتم`, `من المقرر/المرجح أن`+imperfect,
//!   `من المفترض أن`, `يعتزم`) up to twelve words before, is the coming one: 2015-10, not 2014-10. The reach
//!   of `dates::future_before` (three words) is kept for the near cases; this one crosses
//!   commas and brackets inside the clause. It stops at a relative (`التي تكبدها في مايو`),
//!   `كان`/`قد`, `منذ`, `بحسب`, a written year, a past modifier (`الماضي`) and the end of
//!   the clause; a verb told after `كان`/`قد`/`أنه`/`قال` is a story's future, not the
//!   publication's, and stays. `سيحتاجون` (a plural future verb) counts, `من المفترض أن
//!   تعقد` and `على أن تقام` too (not `كان من المفترض`); `خلال هذا الصيف سوف تقام … في شهر يونيو` (a frame
//!   of this season) and habits (`من كل عام`, `سنويا`) stay. A week of a month
//!   (`الأسبوع الثالث من نوفمبر`) moves to the same whole Sunday–Saturday week of the year
//!   after (2015-11-15/2015-11-21), as `dates::nth_week` counts them.
//! - [`future_governs`] serves weekdays too (hooked in `dates`' weekday chain): `على أن
//!   يتبعها في الأيام الثلاثة (الاثنين والثلاثاء والأربعاء) خوض ثلاثة مباريات` (Sunday
//!   2015-08-02: 08-03..08-05, not last week's), `ويعتزم مجلس إدارة الشركة استعراض نتائج
//!   الربع الثاني من العام يوم الأربعاء`, `على أن تعقد بعدها الجمعية العمومية … يوم
//!   (الأحد)`: brackets and twelve words crossed, where `dates::future_before` stops.
//! - [`opening_schedule`] (hooked in `dates`' weekday chain): `يدشن صاحب السمو الملكي الأمير
//!   فيصل بن خالد بن عبدالعزيز أمير منطقة عسير الثلاثاء المبنى الجديد` (Sunday
//!   2015-08-02), `ويبدأ يونايتد مشواره على أرضه أمام توتنهام هوتسبر يوم السبت`: a weekday
//!   in a sentence opened by an imperfect verb of a scheduled event
//!   ([`ar71`](super::ar71)'s stems), its subject and object between (up to sixteen
//!   words, farther than `ar71::present_schedule`'s four), is the coming one: 2015-08-04,
//!   not 2015-07-28. Not across a relative, `كان`/`قد`/`أمس`/`اليوم` or a `، و` clause;
//!   a perfect verb opening the sentence (`دشن`) keeps the last one. (Tried for months
//!   too, it moved `وتواجه … الاتفاق المبرم في 14 يوليو` and `ويقام … في شهر يناير أيضا
//!   منذ عام 2008`: months keep to future-marked verbs.)

use super::Ctx;
use super::ar93::{bounds, each_date, next_year};
use super::dates;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::weekdays::stop;
use crate::lang::Recognized;
use crate::model::Value;
use jiff::civil::{Date, Weekday};

/// Prepositions before a month that make it a time.
const PREPS: &[&str] = &["في", "وفي", "خلال", "حتي", "وحتي", "بحلول"];

/// Words that open a month claim as a time: a part of it, its week, its day.
const PARTS: &[&str] = &[
    "مطلع",
    "نهايه",
    "بدايه",
    "اواخر",
    "اوايل",
    "منتصف",
    "اواسط",
    "يوم",
    "الاسبوع",
    "والاسبوع",
];

/// Words that put the month back or tie it elsewhere.
const BACK: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "الفايت",
    "الحالي",
    "الجاري",
    "الماضيين",
    "السابق",
    "السابقه",
];

/// Words that end the reach of the future verb, besides [`super::ar82::BREAKS`] (whose
/// prepositions `بعد`, `عقب`, `اثر` before a noun are kept within the clause here).
const BREAKS: &[&str] = &[
    "بحسب", "حسب", "وفقا", "وفق", "طبقا", "منذ", "كما", "هذا", "هذه",
];

/// Rewrites the date claims of `out[from..]` (see the module's notes).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut [Recognized],
    from: usize,
    publication: Option<Date>,
) {
    let Some(p) = publication else {
        return;
    };
    let tk = ctx.tokens;
    each_date(tk, out, from, |c, a, z| future_month(tk, c, a, z, p));
}

/// `سيحتاجون … بعد اغلاق باب الترشيح في اكتوبر`: a bare month claim (tokens `a..=z`) read
/// in the past, governed by a future verb of its clause, moves a year on.
fn future_month(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize, p: Date) {
    if !(a..=z).any(|j| dates::gregorian_month(tk, j).is_some()) {
        return;
    }
    let year_digits = |j: usize| matches!(tk.get(j).map(|t| &t.kind), Some(TokenKind::Number { value, .. }) if *value >= 1000.0);
    if (a..=z + 2).any(year_digits) || (a..=z + 2).any(|j| BACK.contains(&key(tk, j))) {
        return;
    }
    let Some((lo, hi)) = bounds(c) else {
        return;
    };
    if hi >= p || lo.year() != hi.year() || lo.month() != hi.month() {
        return;
    }
    let lead = PARTS.contains(&key(tk, a)) || (a > 0 && PREPS.contains(&key(tk, a - 1)));
    // (`في مارس من كل عام`, `سنويا`: a habit, no date to move.)
    let habit = (z + 1..z + 4).any(|j| matches!(key(tk, j), "كل" | "سنويا"))
        || (a.saturating_sub(12)..a).any(|j| matches!(key(tk, j), "سنويا" | "عاده" | "كل"));
    if !lead || habit || !future_governs(tk, a) {
        return;
    }
    let Some(mut value) = next_year(&c.value) else {
        return;
    };
    let Ok(mut nlo) = lo.checked_add(jiff::Span::new().years(1)) else {
        return;
    };
    let nhi = if hi == hi.last_of_month() && lo.day() == 1 {
        nlo.last_of_month()
    } else if let Some((a, b)) = week_next_year(lo, hi) {
        // (A week of a month: the same whole Sunday–Saturday week of the year after.)
        value = Value::Text(format!("{a}/{b}"));
        nlo = a;
        b
    } else {
        match hi.checked_add(jiff::Span::new().years(1)) {
            Ok(d) => d,
            Err(_) => return,
        }
    };
    if nhi < p || (nlo - p).get_days() > 366 {
        return;
    }
    c.value = value;
    c.low = Some(Value::Text(nlo.to_string()));
    c.high = Some(Value::Text(nhi.to_string()));
}

/// A whole Sunday–Saturday week `lo..=hi` of a month (the nth of its month, as
/// `dates::nth_week` counts them) moved to the same week of that month a year later.
fn week_next_year(lo: Date, hi: Date) -> Option<(Date, Date)> {
    if lo.weekday() != Weekday::Sunday || (hi - lo).get_days() != 6 {
        return None;
    }
    let first = lo
        .first_of_month()
        .nth_weekday_of_month(1, Weekday::Sunday)
        .ok()?;
    let nth = (lo - first).get_days() / 7;
    let next = Date::new(lo.year() + 1, lo.month(), 1).ok()?;
    let sunday = next
        .nth_weekday_of_month(1, Weekday::Sunday)
        .ok()?
        .checked_add(jiff::Span::new().days(7 * i64::from(nth)))
        .ok()?;
    let saturday = sunday.checked_add(jiff::Span::new().days(6)).ok()?;
    (saturday <= next.last_of_month()).then_some((sunday, saturday))
}

/// Whether a future-marked verb governs the date that starts at token `a`: within twelve
/// words before it in its clause (commas not opening a `و`/`ف` clause and brackets
/// crossed), and not told after `كان`/`قد`/`أنه`/`قال`.
pub(super) fn future_governs(tk: &[Token<'_>], a: usize) -> bool {
    governs(tk, a, false)
}

/// [`future_governs`] for a weekday (ar119): a verb told right after `أنه`/`أنها`
/// governs it too (`وأشارت إلى أنها سوف تستأنف توليد الطاقة … يوم الجمعة`, published on a
/// Tuesday: the coming Friday): what a source says it will do on a weekday is within the
/// days around the publication, not a story's past future. `dates` asks it only of a
/// weekday three or more days back (`وأضاف أنه سيتم … خلال يوم الاثنين`, two days before
/// a Wednesday, carries on a story told earlier, as [`super::ar99`] reads it). (After `قال` a word in `ست`
/// is as often a name, `وقال ستاثاكيس … السبت`: still no future.)
pub(super) fn future_governs_weekday(tk: &[Token<'_>], a: usize) -> bool {
    governs(tk, a, true)
}

fn governs(tk: &[Token<'_>], a: usize, said: bool) -> bool {
    let mut words = 0;
    for k in (a.saturating_sub(20)..a).rev() {
        let t = &tk[k];
        match t.kind {
            TokenKind::Word => {}
            TokenKind::Punct('،' | ',') => {
                if super::ar99::clause_comma(tk, k) && !key(tk, k + 1).starts_with("والاسبوع")
                {
                    return false;
                }
                continue;
            }
            TokenKind::Punct('(' | ')') => continue,
            TokenKind::Punct(ch) if stop(ch) => return false,
            TokenKind::Number { value, .. } if value < 1000.0 => {
                words += 1;
                continue;
            }
            _ => return false,
        }
        let w = t.key.as_str();
        // (`من المفترض أن تعقد`: what is due, as `من المقرر أن`; not `كان من المفترض`.)
        let due = matches!(w, "ان" | "وان")
            && k >= 1
            && matches!(key(tk, k - 1), "المفترض" | "علي")
            && key(tk, k + 1).starts_with(['ي', 'ت'])
            && !(k.saturating_sub(6)..k)
                .any(|j| matches!(key(tk, j), "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد"));
        if super::ar86::cued_an(tk, k) || due {
            return true;
        }
        if BREAKS.contains(&w)
            || BACK.contains(&w)
            || (super::ar82::BREAKS.contains(&w) && !matches!(w, "بعد" | "عقب" | "اثر"))
        {
            return false;
        }
        let bare = super::ar99::future_stem(w);
        // (`سيحتاجون`: a plural future verb, long enough to be no noun in `ـون`.)
        let plural = bare.ends_with("ون")
            && bare.chars().count() >= 7
            && super::ar82::future_verb(&bare[..bare.len() - "ون".len()], t.text);
        let verb = super::ar82::future_verb(bare, t.text)
            || plural
            || matches!(bare, "سيتم" | "ستتم" | "سوف")
            || super::ar99::intent(w);
        if verb {
            let told = (k.saturating_sub(6)..k).any(|j| {
                matches!(
                    key(tk, j),
                    "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد" | "هذا" | "هذه"
                )
            }) || k.checked_sub(1).is_some_and(|j| {
                let k = key(tk, j);
                (!said && matches!(k, "انه" | "انها" | "انهم" | "انهما"))
                    || matches!(k, "قال" | "وقال" | "قالت" | "وقالت")
            });
            return !told;
        }
        words += 1;
        if words > 12 {
            return false;
        }
    }
    false
}

/// Whether the weekday at token `i` belongs to a sentence opened by an imperfect verb of a
/// scheduled event ([`super::ar71::schedule_verb`]), its subject and object between, as
/// far as sixteen words: `يدشن صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير
/// منطقة عسير الثلاثاء المبنى الجديد`, `ويبدأ يونايتد مشواره على أرضه أمام توتنهام
/// هوتسبر يوم السبت`: the news announces it, the weekday is the coming one. Not across a
/// relative, `كان`/`قد`/`أمس`/`اليوم` ([`super::ar82::BREAKS`]), a number, or a comma that
/// opens a `و`/`ف` clause.
pub(super) fn opening_schedule(tk: &[Token<'_>], i: usize) -> bool {
    let mut words = 0;
    let mut k = i;
    while k > 0 {
        k -= 1;
        let t = &tk[k];
        match t.kind {
            TokenKind::Word => {}
            TokenKind::Punct('(' | ')') => continue,
            TokenKind::Punct('،' | ',') => {
                if super::ar99::clause_comma(tk, k) {
                    return false;
                }
                continue;
            }
            _ => return false,
        }
        let w = t.key.as_str();
        if super::ar82::BREAKS.contains(&w) || BREAKS.contains(&w) {
            return false;
        }
        words += 1;
        if words > 16 {
            return false;
        }
        // The sentence's first word: the start of the text or after a full stop.
        let first = k == 0
            || matches!(tk[k - 1].kind, TokenKind::Punct(ch) if stop(ch) && ch != '،' && ch != ',');
        if first {
            return super::ar71::schedule_verb(tk, k);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar112_far_future_month: "وقال إن اعضاء اتحاده سيحتاجون الى وقت لدراسة برامج المرشحين بعد اغلاق باب الترشيح في اكتوبر"
            => ["اكتوبر|date|2015-10|2015-10-01..2015-10-31|exact|"];
        ar112_likely_an_month: "من المرجح أن تعزز التوقعات برفع أسعار الفائدة الأمريكية في سبتمبر"
            => ["سبتمبر|date|2015-09|2015-09-01..2015-09-30|exact|"];
        ar112_week_of_month: "فإن عملية الاقتراع ستجرى على مرحلتين (الأسبوع الثاني من أكتوبر، والأسبوع الثالث من نوفمبر)"
            => ["الأسبوع الثاني من أكتوبر|date|2015-10-11/2015-10-17|2015-10-11..2015-10-17|exact|", "الأسبوع الثالث من نوفمبر|date|2015-11-15/2015-11-21|2015-11-15..2015-11-21|exact|"];
        // (A relative clause of the past between: the month stays the last one.)
        ar112_relative_stays: "وستماثل خسارته موجة الخسائر الأسبوعية التي تكبدها في أكتوبر"
            => ["أكتوبر|date|2014-10|2014-10-01..2014-10-31|exact|"];
        // (No future verb: the past bias stands.)
        ar112_past_stays: "وقال إن اعضاء اتحاده احتاجوا الى وقت لدراسة برامج المرشحين بعد اغلاق باب الترشيح في اكتوبر"
            => ["اكتوبر|date|2014-10|2014-10-01..2014-10-31|exact|"];
        // (A future told after `كان`: the story's future.)
        ar112_this_summer_stays: "وخلال هذا الصيف سوف تقام أيضا عدة ماراثونات أوروبية أهمها في شهر أكتوبر"
            => ["عدة ماراثونات|count|3|3..10|vague|ماراثونات", "شهر أكتوبر|date|2014-10|2014-10-01..2014-10-31|exact|"];
        ar112_opening_schedule: "يدشن صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير الاثنين المبنى الجديد"
            => ["الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        // (A perfect verb opens the sentence: the last Tuesday.)
        ar112_opening_past_stays: "دشن صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير الاثنين المبنى الجديد"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        // (A relative between: its own verb dates the weekday.)
        ar112_opening_relative_stays: "يدشن صاحب السمو الملكي الأمير فيصل بن خالد المبنى الذي افتتح الاثنين"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar112_supposed_to: "حيث من المفترض أن تعقد أولى جلسات البرلمان في منتصف أكتوبر"
            => ["منتصف أكتوبر|date|2015-10-11/2015-10-20|2015-10-11..2015-10-20|exact|"];
        ar112_was_supposed_stays: "وكان من المفترض أن تعقد أولى جلسات البرلمان في منتصف أكتوبر"
            => ["منتصف أكتوبر|date|2014-10-11/2014-10-20|2014-10-11..2014-10-20|exact|"];
        // (A noun in `ـون` that begins like a future verb is none.)
        ar112_noun_un_stays: "وقال إن سياسيون كثيرون اعترضوا بعد اغلاق باب الترشيح في اكتوبر"
            => ["اكتوبر|date|2014-10|2014-10-01..2014-10-31|exact|"];
        ar112_weekday_ala_an_bracket: "على أن يتبعها في الأيام الثلاثة (الاثنين) خوض ثلاث مباريات"
            => ["الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|", "ثلاث مباريات|count|3|3..3|exact|match"];
        // (`على أن` before a noun: no schedule, the last Monday.)
        ar112_weekday_ala_an_noun_stays: "مشيرا إلى أن اللاعبين في الأيام الثلاثة (الاثنين) خاضوا ثلاث مباريات"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|", "ثلاث مباريات|count|3|3..3|exact|match"];
        ar112_told_stays: "وكان الوزير سيحتاج الى وقت لدراسة برامج المرشحين بعد اغلاق باب الترشيح في اكتوبر"
            => ["اكتوبر|date|2014-10|2014-10-01..2014-10-31|exact|"];
    }
}
