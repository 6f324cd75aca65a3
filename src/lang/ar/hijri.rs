//! The Hijri (Islamic lunar) calendar, in its arithmetic (tabular, civil) form.
//!
//! Twelve months of alternately 30 and 29 days (Muharram has 30), with a 30th day added to
//! Dhu al-Hijjah in 11 leap years of every 30 (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and
//! 29 of the cycle), counted from the civil epoch, Friday 16 July 622 (Julian) = 19 July 622
//! (proleptic Gregorian).
//!
//! **Tolerance.** Saudi news dates by the Umm al-Qura calendar, and other countries by the
//! sighting of the new moon; both can start a month a day (rarely two) before or after the
//! arithmetic calendar. A Hijri date converted here is therefore good to ±2 days (the tests
//! check known Umm al-Qura dates within that bound). When the text names the weekday as
//! well, [`nearest_weekday`] moves the date onto it, which removes the error in practice;
//! when the text gives the Gregorian equivalent too (`الموافق`), the caller uses that.

use jiff::civil::{Date, Weekday};

/// Julian Day Number of 1 Muharram 1 AH in the civil (Friday) epoch.
const EPOCH_JDN: i64 = 1_948_440;

/// Julian Day Number of 1970-01-01.
const UNIX_JDN: i64 = 2_440_588;

/// Whether Hijri year `year` has 355 days.
pub fn is_leap(year: i32) -> bool {
    (14 + 11 * i64::from(year)).rem_euclid(30) < 11
}

/// Days in Hijri month `month` (1–12) of `year`.
pub fn month_length(year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && is_leap(year)) {
        30
    } else {
        29
    }
}

/// Julian Day Number of a Hijri date (not validated).
fn to_jdn(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year);
    let m = i64::from(month);
    i64::from(day)
        + (59 * (m - 1) + 1) / 2
        + 354 * (y - 1)
        + (3 + 11 * y).div_euclid(30)
        + EPOCH_JDN
        - 1
}

/// The Gregorian date of a Hijri date, or `None` when the Hijri date does not exist (day 30
/// of a 29-day month) or falls outside the years jiff supports.
pub fn to_gregorian(year: i32, month: u8, day: u8) -> Option<Date> {
    if !(1..=12).contains(&month) || day == 0 || day > month_length(year, month) {
        return None;
    }
    if !(1..=10_000).contains(&year) {
        return None;
    }
    from_jdn(to_jdn(year, month, day))
}

/// The Hijri date (year, month, day) of a Gregorian date; years before 1 AH come out as 0
/// or negative.
pub fn from_gregorian(date: Date) -> (i32, u8, u8) {
    let jdn = jdn_of(date);
    let mut year = ((30 * (jdn - EPOCH_JDN) + 10_646).div_euclid(10_631)) as i32;
    while to_jdn(year + 1, 1, 1) <= jdn {
        year += 1;
    }
    while to_jdn(year, 1, 1) > jdn {
        year -= 1;
    }
    let mut month = 1u8;
    while month < 12 && to_jdn(year, month + 1, 1) <= jdn {
        month += 1;
    }
    let day = (jdn - to_jdn(year, month, 1) + 1) as u8;
    (year, month, day)
}

/// The date within two days of `date` that falls on `weekday`, the nearest one (earlier on
/// a tie), or `date` itself when none does (never: a window of five days holds each
/// weekday at most once, and the caller only asks when the text names the weekday).
pub fn nearest_weekday(date: Date, weekday: Weekday) -> Date {
    for delta in [0i64, -1, 1, -2, 2] {
        if let Some(d) = add_days(date, delta)
            && d.weekday() == weekday
        {
            return d;
        }
    }
    date
}

fn add_days(date: Date, days: i64) -> Option<Date> {
    from_jdn(jdn_of(date) + days)
}

/// Julian Day Number of a Gregorian date.
pub fn jdn_of(date: Date) -> i64 {
    days_from_civil(
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    ) + UNIX_JDN
}

/// The Gregorian date of a Julian Day Number, `None` outside jiff's years (−9999..=9999).
pub fn from_jdn(jdn: i64) -> Option<Date> {
    let (y, m, d) = civil_from_days(jdn - UNIX_JDN);
    let y = i16::try_from(y).ok()?;
    Date::new(y, m as i8, d as i8).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the era-based algorithm of
/// H. Hinnant, "chrono-compatible low-level date algorithms").
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn epoch_is_19_july_622() {
        assert_eq!(to_gregorian(1, 1, 1), Some(date("0622-07-19")));
        assert_eq!(from_gregorian(date("0622-07-19")), (1, 1, 1));
    }

    #[test]
    fn gregorian_day_numbers_round_trip() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2014-12-03",
            "1900-03-01",
            "0001-01-01",
        ] {
            let d = date(s);
            assert_eq!(from_jdn(jdn_of(d)), Some(d), "{s}");
        }
        assert_eq!(jdn_of(date("2000-01-01")), 2_451_545);
    }

    #[test]
    fn leap_years_of_the_cycle() {
        let leap: Vec<i32> = (1..=30).filter(|&y| is_leap(y)).collect();
        assert_eq!(leap, [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
        assert_eq!(month_length(1436, 9), 30);
        assert_eq!(month_length(1436, 10), 29);
    }

    /// Known Umm al-Qura dates (the official Saudi calendar) against the arithmetic one:
    /// never more than two days apart.
    #[test]
    fn within_two_days_of_umm_al_qura() {
        let known = [
            ((1436, 1, 1), "2014-10-25"),
            ((1436, 9, 1), "2015-06-18"),
            ((1435, 10, 1), "2014-07-28"),
            ((1435, 12, 10), "2014-10-04"),
            ((1437, 9, 1), "2016-06-06"),
            ((1440, 1, 1), "2018-09-11"),
            ((1445, 9, 1), "2024-03-11"),
            ((1420, 1, 1), "1999-04-17"),
        ];
        for ((y, m, d), g) in known {
            let got = to_gregorian(y, m, d).unwrap();
            let off = (jdn_of(got) - jdn_of(date(g))).abs();
            assert!(off <= 2, "{y}-{m}-{d}: arithmetic {got}, Umm al-Qura {g}");
        }
        assert_eq!(to_gregorian(1436, 1, 1), Some(date("2014-10-25")));
        assert_eq!(to_gregorian(1436, 9, 1), Some(date("2015-06-18")));
    }

    #[test]
    fn round_trips_over_centuries() {
        let mut jdn = jdn_of(date("1800-01-01"));
        let end = jdn_of(date("2200-01-01"));
        while jdn < end {
            let g = from_jdn(jdn).unwrap();
            let (y, m, d) = from_gregorian(g);
            assert!((1..=12).contains(&m) && d >= 1 && d <= month_length(y, m));
            assert_eq!(to_gregorian(y, m, d), Some(g));
            jdn += 13;
        }
    }

    #[test]
    fn invalid_days_are_none() {
        assert_eq!(to_gregorian(1436, 2, 30), None);
        assert_eq!(to_gregorian(1436, 13, 1), None);
        assert_eq!(to_gregorian(1436, 1, 0), None);
        assert_eq!(to_gregorian(0, 1, 1), None);
        assert_eq!(to_gregorian(i32::MAX, 1, 1), None);
    }

    #[test]
    fn weekday_moves_onto_the_named_day() {
        // 2014-12-03 is a Wednesday.
        let d = date("2014-12-04");
        assert_eq!(nearest_weekday(d, Weekday::Wednesday), date("2014-12-03"));
        assert_eq!(nearest_weekday(d, Weekday::Thursday), d);
        assert_eq!(nearest_weekday(d, Weekday::Saturday), date("2014-12-06"));
    }
}
