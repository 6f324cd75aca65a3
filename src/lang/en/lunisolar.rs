//! The lunisolar calendars behind feasts that English news dates: the Hebrew calendar
//! (computed, after Dershowitz and Reingold, "Calendrical Calculations") and the Chinese
//! New Year (a table: it rests on astronomical new moons, which this crate does not
//! compute).

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// A single-day feast of the Hebrew calendar, dated by its day (the feast begins at
/// sundown the evening before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HebrewFeast {
    /// 10 Tishri.
    YomKippur,
    /// 22 Tishri.
    SheminiAtzeret,
    /// 23 Tishri, outside Israel.
    SimchatTorah,
    /// 15 Shevat.
    TuBishvat,
    /// 14 Adar (Adar II in a leap year).
    Purim,
    /// 15 Adar (Adar II in a leap year).
    ShushanPurim,
    /// 27 Nisan, moved off Friday and Sunday.
    YomHashoah,
    /// 5 Iyyar, moved off Friday, Saturday and Monday.
    YomHaatzmaut,
    /// 18 Iyyar.
    LagBaomer,
    /// 9 Av, or 10 Av when the 9th is a Sabbath.
    TishaBav,
}

// Months are numbered from Nisan (1) as in the Bible; the year starts at Tishri (7).
const NISAN: u8 = 1;
const IYYAR: u8 = 2;
const AV: u8 = 5;
const TISHRI: u8 = 7;
const SHEVAT: u8 = 11;
const ADAR: u8 = 12;
const ADAR_II: u8 = 13;

/// Day 1 Tishri of year 1 as a fixed day (R.D., day 1 = 1 January of year 1).
const HEBREW_EPOCH: i64 = -1_373_427;
/// 1 January 1970 as a fixed day.
const RD_1970: i64 = 719_163;

fn is_leap(y: i64) -> bool {
    (7 * y + 1).rem_euclid(19) < 7
}

fn last_month(y: i64) -> u8 {
    if is_leap(y) { ADAR_II } else { ADAR }
}

/// Days from the epoch to the molad of Tishri, put off by the first postponements.
fn elapsed_days(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The postponement that keeps years between 353 and 385 days long.
fn year_length_correction(y: i64) -> i64 {
    let (ny0, ny1, ny2) = (elapsed_days(y - 1), elapsed_days(y), elapsed_days(y + 1));
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

fn new_year(y: i64) -> i64 {
    HEBREW_EPOCH + elapsed_days(y) + year_length_correction(y)
}

fn month_length(m: u8, y: i64) -> i64 {
    let days = new_year(y + 1) - new_year(y);
    let short = matches!(m, 2 | 4 | 6 | 10 | 13)
        || (m == ADAR && !is_leap(y))
        || (m == 8 && days % 10 != 5)
        || (m == 9 && days % 10 == 3);
    if short { 29 } else { 30 }
}

/// The fixed day of Hebrew year `y`, month `m`, day `d`.
fn fixed(y: i64, m: u8, d: u8) -> i64 {
    let before: i64 = if m < TISHRI {
        (TISHRI..=last_month(y))
            .chain(NISAN..m)
            .map(|k| month_length(k, y))
            .sum()
    } else {
        (TISHRI..m).map(|k| month_length(k, y)).sum()
    };
    new_year(y) + before + i64::from(d) - 1
}

fn gregorian(rd: i64) -> Option<Date> {
    Date::constant(1970, 1, 1)
        .checked_add((rd - RD_1970).days())
        .ok()
}

impl HebrewFeast {
    /// The feast in Hebrew year `y`.
    fn in_hebrew_year(self, y: i64) -> Option<Date> {
        let adar = last_month(y);
        let (m, d) = match self {
            HebrewFeast::YomKippur => (TISHRI, 10),
            HebrewFeast::SheminiAtzeret => (TISHRI, 22),
            HebrewFeast::SimchatTorah => (TISHRI, 23),
            HebrewFeast::TuBishvat => (SHEVAT, 15),
            HebrewFeast::Purim => (adar, 14),
            HebrewFeast::ShushanPurim => (adar, 15),
            HebrewFeast::YomHashoah => (NISAN, 27),
            HebrewFeast::YomHaatzmaut => (IYYAR, 5),
            HebrewFeast::LagBaomer => (IYYAR, 18),
            HebrewFeast::TishaBav => (AV, 9),
        };
        let date = gregorian(fixed(y, m, d))?;
        let shift = match (self, date.weekday()) {
            (HebrewFeast::YomHashoah, Weekday::Friday) => -1,
            (HebrewFeast::YomHashoah, Weekday::Sunday) => 1,
            (HebrewFeast::YomHaatzmaut, Weekday::Friday) => -1,
            (HebrewFeast::YomHaatzmaut, Weekday::Saturday) => -2,
            (HebrewFeast::YomHaatzmaut, Weekday::Monday) => 1,
            (HebrewFeast::TishaBav, Weekday::Saturday) => 1,
            _ => 0,
        };
        date.checked_add(shift.days()).ok()
    }

    /// The feast in Gregorian year `y` (each falls once in a Gregorian year).
    pub fn on(self, y: i16) -> Option<Date> {
        let am = i64::from(y) + 3760;
        (am..=am + 1)
            .filter_map(|h| self.in_hebrew_year(h))
            .find(|d| d.year() == y)
    }
}

/// The first day of the Chinese year that starts in each Gregorian year from 1990, as
/// month × 100 + day (always in January or February).
const CHINESE_NEW_YEAR_FIRST: i16 = 1990;
const CHINESE_NEW_YEAR: [u16; 71] = [
    127, 215, 204, 123, 210, 131, 219, 207, 128, 216, 205, 124, 212, 201, 122, 209, 129, 218, 207,
    126, 214, 203, 123, 210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210, 129, 217, 206,
    126, 213, 203, 123, 211, 131, 219, 208, 128, 215, 204, 124, 212, 201, 122, 210, 130, 217, 206,
    126, 214, 202, 123, 211, 201, 219, 208, 128, 215, 204, 124, 212, 202,
];

/// The Chinese New Year in Gregorian year `y` (1990–2060).
pub fn chinese_new_year(y: i16) -> Option<Date> {
    let i = usize::try_from(y.checked_sub(CHINESE_NEW_YEAR_FIRST)?).ok()?;
    let &md = CHINESE_NEW_YEAR.get(i)?;
    Date::new(
        y,
        i8::try_from(md / 100).ok()?,
        i8::try_from(md % 100).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_feasts() {
        let cases = [
            (HebrewFeast::YomKippur, 2018, "2018-09-19"),
            (HebrewFeast::YomKippur, 2023, "2023-09-25"),
            (HebrewFeast::SheminiAtzeret, 2018, "2018-10-01"),
            (HebrewFeast::SimchatTorah, 2018, "2018-10-02"),
            (HebrewFeast::TuBishvat, 2018, "2018-01-31"),
            (HebrewFeast::Purim, 2013, "2013-02-24"),
            // A leap year: Purim is in Adar II.
            (HebrewFeast::Purim, 2014, "2014-03-16"),
            (HebrewFeast::ShushanPurim, 2013, "2013-02-25"),
            (HebrewFeast::YomHashoah, 2018, "2018-04-12"),
            (HebrewFeast::YomHaatzmaut, 2018, "2018-04-19"),
            (HebrewFeast::LagBaomer, 2017, "2017-05-14"),
            // 9 Av 5778 was a Sabbath: the fast moved to Sunday.
            (HebrewFeast::TishaBav, 2018, "2018-07-22"),
        ];
        for (feast, y, want) in cases {
            assert_eq!(
                feast.on(y).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{feast:?} {y}"
            );
        }
    }

    #[test]
    fn chinese_new_years() {
        assert_eq!(chinese_new_year(2014), Some(Date::constant(2014, 1, 31)));
        assert_eq!(chinese_new_year(2018), Some(Date::constant(2018, 2, 16)));
        assert_eq!(chinese_new_year(1989), None);
        assert_eq!(chinese_new_year(2061), None);
    }
}
