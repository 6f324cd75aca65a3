//! Dates of the judged Arabic samples 107–110 (ar145).
//!
//! - [`since_until`]: `تفرغ للعمل في صحيفة «الحياة» منذ فبراير (شباط) 2004، وحتى مارس
//!   (آذار) 2014`, `شهدتها مصر منذ أواخر عام 2010 وحتى يونيو (حزيران) 2013`: a month or
//!   year after `منذ`/`من` (a part word such as `أواخر` may stand between) and a date right
//!   after `حتى`/`إلى` (a comma may stand before `وحتى`) are one period, from the first day
//!   of the start to the last day of the end (2004-02-01/2014-03-31). The tool read the two
//!   ends apart (ar97 and ar93 join only two full days or two bare years). `الفترة` opens
//!   a period as `من` does (`خلال الفترة حزيران (يونيو) إلى تموز (يوليو) 2015`). Not a move from
//!   one date to another (`تأجيل … من … إلى …`).
//! - [`day_month_until`]: `تبدأ مرحلة تسجيل المرشحين يوم الأحد 15/11 وحتى 4/12/1436هـ`: a
//!   bare day/month right before `وحتى` and a full date opens the period the full date
//!   closes, in the full date's calendar and year (15/11/1436 = 2015-08-30, so
//!   2015-08-30/2015-09-17); the tool read the end alone.
//! - [`event_day`]: `استعداداً لخوض منافسات اليوم الرابع عشرة أغسطس` («the fourth day
//!   [of the tournament], ten August»): a masculine ordinal after `اليوم` then `عشرة` (the
//!   feminine cardinal, never the `عشر` of a compound ordinal) and a month: the day of the
//!   month is ten, the ordinal counts the event's days (2015-08-10, not 2015-08-14).
//! - Misspelt months (in [`super::dates`]'s table): `اعتمد في 10 يوينو 2015` (June),
//!   `نهاية فبرابر القادم`, `في ديسبمر`, `منذ نوفمير/ تشرين الثاني`, `في ستمبر أيلول`: no
//!   word of Arabic, each read as its month (the tool gave `10 يوينو` as a count of يوينو).
//! - [`not_yesterday`]: `الوحدة الوطنية السعودية، التي لم تقم أمس، بل منذ أن قام كيان
//!   الدولة`: a bare `أمس` after a verb negated by `لم` and before `بل` («not born
//!   yesterday, but since …») dates nothing: no claim.
//! - [`not_years`]: `ومستشارين ومديرين عامين`, `ومدراء عامين`, `والمدراء العامين`: `عامين`
//!   after a plural of office is the adjective «general» (directors-general), not two years:
//!   no claim.
//! - [`fuel_grade`]: `سعر اللتر من بنزين 95 أوكتين`, `نوع الوقود (بنزين 95، 91، ديزل)`: a
//!   petrol grade (91/95/98, octane) names a product: no claim.
//! - Not done: the Saturday weekly market report's `الأسبوع الماضي` (`جلسات الأسبوع الماضي:
//!   … بعد ارتداد جيد الأسبوع الماضي`, Al-Jazirah of Sat 2015-08-01), read as the week before
//!   the one just ended. The trading week ends on Thursday and the page comes out on
//!   Saturday, but the same words in Saturday news (`أعلنت الأسبوع الماضي`) mean the week
//!   before; no cue short of the page's own heading tells them apart, so it is left.

use super::ar93::{last_of, token_of};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Recognized, Value};
use jiff::civil::Date;

/// Re-reads the dates and drops the non-claims of `out[from..]` (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        // Only dates, durations, counts and numbers are read again (no token look-up else).
        if !matches!(
            out[k].kind,
            Kind::Date | Kind::Duration | Kind::Count | Kind::Number
        ) {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        let drop = match out[k].kind {
            Kind::Date => not_yesterday(tk, a, z),
            Kind::Duration => not_years(tk, a, z),
            Kind::Count | Kind::Number => fuel_grade(tk, &out[k], a),
            _ => false,
        };
        if drop {
            out.remove(k);
            continue;
        }
        if out[k].kind == Kind::Date {
            event_day(tk, &mut out[k], a, z);
            day_month_until(tk, &mut out[k], a, z);
            if k > from && since_until(tk, out, k, a) {
                continue;
            }
        }
        k += 1;
    }
}

/// The date of a one-day or one-month claim value.
fn text_date(v: &Value) -> Option<Date> {
    let Value::Text(s) = v else { return None };
    if s.contains('/') {
        return None;
    }
    s.parse().ok()
}

/// Makes claim `c` the period `lo..=hi`.
fn set_period(c: &mut Recognized, lo: Date, hi: Date) {
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
}

/// Part words that may stand between `منذ` and a month or year: `منذ أواخر عام 2010`.
const PARTS: &[&str] = &[
    "اواخر",
    "اوايل",
    "اواسط",
    "مطلع",
    "بدايه",
    "منتصف",
    "نهايه",
    "مستهل",
    "اول",
];

/// Whether a date claim's value is one period already, not a single day, month or year.
fn single(c: &Recognized) -> bool {
    c.kind == Kind::Date && matches!(&c.value, Value::Text(s) if !s.contains('/'))
}

/// `منذ فبراير (شباط) 2004، وحتى مارس (آذار) 2014`, `منذ أواخر عام 2010 وحتى يونيو
/// (حزيران) 2013`: claim `k` (first token `b`), a date right after `حتى`/`إلى`, and claim
/// `k - 1`, a month or year after `منذ`/`من`, become one period (at `k - 1`); true when
/// merged.
fn since_until(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, b: usize) -> bool {
    let (start, end) = (&out[k - 1], &out[k]);
    if !single(start) || !single(end) {
        return false;
    }
    // Two full days are ar97's; a month or a year must be one of the ends.
    let day = |c: &Recognized| matches!(&c.value, Value::Text(s) if s.len() == 10);
    if day(start) && day(end) {
        return false;
    }
    let Some(a) = token_of(tk, start.byte_start) else {
        return false;
    };
    let pz = last_of(tk, a, start.byte_end);
    let Some(h) = super::ar107::range_joiner(tk, pz) else {
        return false;
    };
    if b != h + 1 {
        return false;
    }
    let p = if a > 0 && PARTS.contains(&key(tk, a - 1)) {
        a - 1
    } else {
        a
    };
    let Some(o) = p.checked_sub(1) else {
        return false;
    };
    // `خلال الفترة حزيران (يونيو) إلى تموز (يوليو) 2015`: «the period» opens one too.
    if !matches!(
        key(tk, o),
        "منذ" | "ومنذ" | "من" | "ومن" | "الفتره" | "للفتره"
    ) {
        return false;
    }
    if (o.saturating_sub(6)..o).any(|m| {
        tk[m].kind == TokenKind::Word
            && tk[m]
                .stems()
                .any(|(_, s)| super::DATE_MOVE_STEMS.contains(&s))
    }) {
        return false;
    }
    let (Some(lo), Some(hi)) = (
        start.low.as_ref().and_then(text_date),
        end.high.as_ref().and_then(text_date),
    ) else {
        return false;
    };
    // `الفترة حزيران (يونيو) إلى تموز (يوليو) 2015`: a start month without its year takes
    // the end's (the year before if its month comes later).
    let bare = start
        .low
        .as_ref()
        .is_some_and(|_| matches!(&start.value, Value::Text(s) if s.len() == 7))
        && (a..=pz).all(|j| tk[j].number().is_none());
    let lo = if bare {
        let year = hi.year() - i16::from(lo.month() > hi.month());
        Date::new(year, lo.month(), 1).unwrap_or(lo)
    } else {
        lo
    };
    if lo >= hi || (hi - lo).get_days() > 150 * 366 {
        return false;
    }
    let second = out.remove(k);
    let c = &mut out[k - 1];
    c.byte_end = second.byte_end;
    set_period(c, lo, hi);
    true
}

/// The day and month of a bare `15/11` ending at token `j` (one token, or three with the
/// slash apart), and its first token.
fn day_month(tk: &[Token<'_>], j: usize) -> Option<(u8, u8, usize)> {
    let small = |t: &Token<'_>, max: f64| {
        t.number()
            .filter(|v| v.fract() == 0.0 && (1.0..=max).contains(v) && t.text.chars().count() <= 2)
            .map(|v| v as u8)
    };
    let t = tk.get(j)?;
    if let Some((d, m)) = t.text.split_once('/') {
        let d: u8 = d.trim().parse().ok()?;
        let m: u8 = m.trim().parse().ok()?;
        return ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m, j));
    }
    let m = small(t, 12.0)?;
    if j < 2 || !matches!(tk[j - 1].kind, TokenKind::Punct('/')) {
        return None;
    }
    let d = small(&tk[j - 2], 31.0)?;
    Some((d, m, j - 2))
}

/// `يوم الأحد 15/11 وحتى 4/12/1436هـ`: claim `c` (tokens `a..=z`), a full day right after
/// `حتى`, opened by a bare day/month: becomes the period from that day, in the full date's
/// calendar and year.
fn day_month_until(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    let Some(hi) =
        text_date(&c.value).filter(|_| matches!(&c.value, Value::Text(s) if s.len() == 10))
    else {
        return;
    };
    if a < 3 || !matches!(key(tk, a - 1), "حتي" | "وحتي" | "الي" | "والي") {
        return;
    }
    // The end is written in figures with its year: `4/12/1436هـ`, `20/9/2015`.
    let year = (a..=z).find_map(|j| {
        let t = &tk[j];
        let v = t.number()?;
        (v.fract() == 0.0 && t.text.trim_end_matches(['ه', 'ـ']).chars().count() == 4)
            .then_some((v as i32, t.text.contains('ه')))
    });
    let Some((y, hijri_mark)) = year else { return };
    let Some((d1, m1, first)) = day_month(tk, a - 2) else {
        return;
    };
    // Opened by `من`, `يوم`, a weekday or `ابتداء`/`اعتبارا`: a period, not a list.
    let opened = first > 0
        && (matches!(
            key(tk, first - 1),
            "من" | "ومن" | "منذ" | "يوم" | "ابتداء" | "اعتبارا" | "بتاريخ"
        ) || super::dates::weekday_at(tk, first - 1).is_some());
    if !opened {
        return;
    }
    let lo = if hijri_mark || (1300..1500).contains(&y) {
        let (hy, hm, _) = super::hijri::from_gregorian(hi);
        let hy = hy - i32::from(m1 > hm);
        super::hijri::to_gregorian(hy, m1, d1)
    } else {
        let (m, d) = (i8::try_from(m1).ok(), i8::try_from(d1).ok());
        m.zip(d)
            .and_then(|(m, d)| Date::new(hi.year() - i16::from(m > hi.month()), m, d).ok())
    };
    let Some(lo) = lo else { return };
    if lo >= hi || (hi - lo).get_days() > 366 {
        return;
    }
    // `من يوم الاثنين 11/9 إلى الأحد 15/11/1436هـ`: 11 Ramadan was a Sunday, the day and
    // month may be swapped; a weekday that disagrees leaves the end alone.
    if let Some(wd) = first
        .checked_sub(1)
        .and_then(|w| super::dates::weekday_at(tk, w))
        && wd != lo.weekday()
    {
        return;
    }
    c.byte_start = tk[first].start;
    set_period(c, lo, hi);
}

/// Masculine ordinals of the first nine days: the first nine of ar93's day ordinals.
const ORDINALS: &[&str] = super::ar93::DAY_ORDINALS.split_at(9).0;

/// `منافسات اليوم الرابع عشرة أغسطس`: claim `c` (tokens `a..=z`) that starts `اليوم` + a
/// masculine ordinal + `عشرة` + a month is the tenth of the month (the ordinal counts the
/// event's days); the claim starts at `عشرة`.
fn event_day(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if z < a + 3 || key(tk, a) != "اليوم" || !ORDINALS.contains(&key(tk, a + 1)) {
        return;
    }
    if key(tk, a + 2) != "عشره" {
        return;
    }
    let Some(d) =
        text_date(&c.value).filter(|_| matches!(&c.value, Value::Text(s) if s.len() == 10))
    else {
        return;
    };
    let Ok(ten) = d.with().day(10).build() else {
        return;
    };
    c.byte_start = tk[a + 2].start;
    c.value = Value::Text(ten.to_string());
    c.low = Some(Value::Text(ten.to_string()));
    c.high = Some(Value::Text(ten.to_string()));
}

/// `التي لم تقم أمس، بل منذ …`: a bare `أمس` (token `a`) after a verb negated by `لم` and
/// before `بل` (a comma may stand between) is figurative.
fn not_yesterday(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z || a < 2 || key(tk, a) != "امس" {
        return false;
    }
    if !matches!(key(tk, a - 2), "لم" | "ولم") || tk[a - 1].kind != TokenKind::Word {
        return false;
    }
    let n = if matches!(
        tk.get(a + 1).map(|t| &t.kind),
        Some(TokenKind::Punct('،' | ','))
    ) {
        a + 2
    } else {
        a + 1
    };
    matches!(key(tk, n), "بل" | "وانما" | "انما")
}

/// Plurals of office before `عامين` «general»: `ومديرين عامين`, `والمدراء العامين`.
const OFFICES: &[&str] = &[
    "مديرين",
    "ومديرين",
    "المديرين",
    "والمديرين",
    "بالمديرين",
    "مدراء",
    "ومدراء",
    "المدراء",
    "والمدراء",
    "بالمدراء",
    "امناء",
    "وامناء",
    "الامناء",
    "والامناء",
    "محامين",
    "المحامين",
    "بالمحامين",
    "مفتشين",
    "ومفتشين",
    "مراقبين",
    "ومراقبين",
];

/// `ومديرين عامين`: a bare `عامين` (token `a`) after a plural of office is «general».
fn not_years(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    a == z
        && a > 0
        && matches!(key(tk, a), "عامين" | "العامين")
        && OFFICES.contains(&key(tk, a - 1))
}

/// `بنزين 95 أوكتين`, `بنزين 95، 91`: claim `c` (first token `a`) a petrol grade.
fn fuel_grade(tk: &[Token<'_>], c: &Recognized, a: usize) -> bool {
    if c.unit.as_deref().is_some_and(|u| u.starts_with("اوكت")) {
        return true;
    }
    let grade = |j: usize| {
        tk.get(j)
            .and_then(Token::number)
            .is_some_and(|v| [91.0, 92.0, 95.0, 98.0].contains(&v))
    };
    if !grade(a) || a == 0 {
        return false;
    }
    let petrol = |j: usize| matches!(key(tk, j), "بنزين" | "البنزين" | "وبنزين");
    petrol(a - 1)
        || a >= 3
            && matches!(tk[a - 1].kind, TokenKind::Punct('،' | ','))
            && grade(a - 2)
            && petrol(a - 3)
}

#[cfg(test)]
mod tests {
    use crate::lang::table::claims_on;
    use crate::model::Lang;

    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        since_month_until_month: "ثم تفرغ للعمل في صحيفة «الحياة» اللندنية منذ فبراير (شباط) 2004، وحتى مارس (آذار) 2014، وساهم"
            => ["فبراير (شباط) 2004، وحتى مارس (آذار) 2014|date|2004-02-01/2014-03-31|2004-02-01..2014-03-31|exact|"];
        since_late_year_until_month: "بعد فترة عدم الاستقرار التي شهدتها مصر منذ أواخر عام 2010 وحتى يونيو (حزيران) 2013، كانت"
            => ["عام 2010 وحتى يونيو (حزيران) 2013|date|2010-01-01/2013-06-30|2010-01-01..2013-06-30|exact|"];
        from_month_until_year: "في صحيفة «الاقتصادية» من يوليو 2001 وحتى 2004، ثم تفرغ"
            => ["يوليو 2001 وحتى 2004|date|2001-07-01/2004-12-31|2001-07-01..2004-12-31|exact|"];
        from_month_comma_to_month: "خلال اليوبيل الذي قرره البابا فرنسيس من ديسمبر (كانون الاول) 2015، إلى نوفمبر (تشرين الثاني) 2016."
            => ["ديسمبر (كانون الاول) 2015، إلى نوفمبر (تشرين الثاني) 2016|date|2015-12-01/2016-11-30|2015-12-01..2016-11-30|exact|"];
        period_month_to_month: "تحقيق إنجاز غير مسبوق خلال الفترة حزيران (يونيو) إلى تموز (يوليو) 2015، والتي"
            => ["حزيران (يونيو) إلى تموز (يوليو) 2015|date|2015-06-01/2015-07-31|2015-06-01..2015-07-31|exact|"];
        moved_month_stays: "قررت المحكمة تأجيل الجلسة من مارس 2014 إلى يونيو 2014 للنطق بالحكم"
            => ["مارس 2014|date|2014-03|2014-03-01..2014-03-31|exact|",
                "يونيو 2014|date|2014-06|2014-06-01..2014-06-30|exact|"];
        month_alone_stays: "تفرغ للعمل منذ فبراير (شباط) 2004، وساهم ضمن فريق العمل"
            => ["فبراير (شباط) 2004|date|2004-02|2004-02-01..2004-02-29|exact|"];
        hijri_day_month_until: "تبدأ مرحلة تسجيل المرشحين للرجال والنساء يوم الأحد 15/11 وحتى 4/12/1436هـ، على أن"
            => ["15/11 وحتى 4/12/1436هـ|date|2015-08-30/2015-09-17|2015-08-30..2015-09-17|exact|"];
        hijri_weekday_disagrees_stays: "وتقام الحملة في الفترة من يوم الاثنين 11/9 إلى الأحد 15/11/1436هـ، وتشمل"
            => ["الأحد 15/11/1436هـ|date|2015-08-30|2015-08-30..2015-08-30|exact|"];
        hijri_year_turn: "وستكون فترة صدور الموافقة من 30/12 وحتى 2/1 / 1437, وأضاف"
            => ["30/12 وحتى 2/1 / 1437|date|2015-10-13/2015-10-15|2015-10-13..2015-10-15|exact|"];
        event_day_then_ten: "تخضع جميع المنتخبات للراحة في ثالث أيام البطولة استعداداً لخوض منافسات اليوم الرابع عشرة أغسطس 2015 بين"
            => ["ثالث|ordinal|3|3..3|exact|", "عشرة أغسطس 2015|date|2015-08-10|2015-08-10..2015-08-10|exact|"];
        fourteenth_stays: "تقام المباراة في اليوم الرابع عشر من أغسطس 2015 على ملعب"
            => ["الرابع عشر من أغسطس 2015|date|2015-08-14|2015-08-14..2015-08-14|exact|"];
        misspelt_june: "النظام الأساس الجديد الذي اعتمد في 10 يوينو 2015 من خلال"
            => ["10 يوينو 2015|date|2015-06-10|2015-06-10..2015-06-10|exact|"];
        misspelt_november: "مسجلا أدنى مستوى منذ نوفمير/ تشرين الثاني 2014، مما قد يدعم"
            => ["نوفمير/ تشرين الثاني 2014|date|2014-11|2014-11-01..2014-11-30|exact|"];
        not_born_yesterday: "فإنه لن يخترق الوحدة الوطنية السعودية، التي لم تقم أمس، بل منذ أن قام كيان الدولة السعودية."
            => [];
        yesterday_stays: "وبينت الوزارة أن الحالات لم تسجل أمس أي وفاة جديدة."
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        directors_general: "إبعاد جميع المناصب العليا من هيئات مستقلة ووكلاء وزارات ومستشارين ومديرين عامين عن المحاصصة"
            => [];
        directors_general_article: "تقليص الحمايات للوزراء والمدراء العامين في الدولة"
            => [];
        two_years_stays: "وتتراوح مدة السجن بين عامين وثلاثة أعوام"
            => ["بين عامين وثلاثة أعوام|duration|P2Y|P2Y..P3Y|range|year"];
        octane_grade: "إن سعر اللتر من بنزين 95 أوكتين سيرتفع 24 في المئة"
            => ["24 في المئة|percent|24|24..24|exact|"];
        petrol_grades_listed: "ونوع الوقود (بنزين 95، 91، ديزل)، بالإضافة إلى الشعار"
            => [];
        litres_of_petrol_stay: "واستهلكت السيارة 95 لترا من البنزين في الرحلة"
            => ["95 لترا|count|95|95..95|exact|liter"];
    }

    /// On the page's own day (Sat 2015-08-08) and the day after.
    #[test]
    fn yesterday_on_the_page() {
        let got = claims_on(
            Lang::Ar,
            "إجمالي أعداد الحالات المسجلة في المملكة منذ عام 2012 حتى امس بلغ 1068 حالة",
            (2015, 8, 8),
        );
        assert_eq!(
            got[0],
            "عام 2012 حتى امس|date|2012-01-01/2015-08-07|2012-01-01..2015-08-07|exact|"
        );
        let got = claims_on(
            Lang::Ar,
            "الوحدة الوطنية التي لم تقم أمس، بل منذ أن قام كيان الدولة.",
            (2015, 8, 8),
        );
        assert!(got.is_empty(), "{got:?}");
        let got = claims_on(Lang::Ar, "وعقدت اللجنة أمس، اجتماعها الأول.", (2015, 8, 8));
        assert_eq!(got[0], "أمس|date|2015-08-07|2015-08-07..2015-08-07|exact|");
    }
}
