//! The Hindu, Sikh and Buddhist feasts that English news dates, computed from the sun and
//! moon (`astro.rs`) as the Indian almanacs reckon them.
//!
//! - A lunar month runs from new moon to new moon (amanta) and is named by the sidereal
//!   sign the sun stands in at its first new moon: in Meena (Pisces) the month is Chaitra,
//!   in Mesha Vaisakha, and so on. When two new moons fall in the same sign, the first
//!   month is the leap month (adhika masa) and no feast is kept in it.
//! - A tithi is a twelfth of the moon's 360° elongation from the sun: tithis 1–15 are the
//!   bright fortnight (15: full moon, purnima), 16–30 the dark one (30: new moon,
//!   amavasya). A feast keeps the civil day (IST) on which its tithi prevails at the hour
//!   of its rite: sunrise at New Delhi for most; sunset (pradosh) for Diwali, Dhanteras,
//!   Dussehra and Holika Dahan; midnight (nishita) for Janmashtami, Maha Shivaratri, Kali
//!   Chaudas and Karva Chauth (whose moonrise comes late in the evening). A tithi that
//!   spans no such hour (a kshaya tithi) keeps the day it begins on.
//! - Makar Sankranti is the day the sun enters sidereal Capricorn (the next day when it
//!   enters after sunset); the Pongal days hang on it. Onam is the day in the solar month
//!   Chingam (the sun in sidereal Leo) when the moon is in the nakshatra Shravana
//!   (Thiruvonam) six nazhika (2 h 24 min) after sunrise.

use jiff::ToSpan;
use jiff::civil::Date;

use super::astro::{self, IST};

/// The lunar months, amanta, from Chaitra.
const CHAITRA: u8 = 0;
const VAISAKHA: u8 = 1;
const ASHADHA: u8 = 3;
const SHRAVANA: u8 = 4;
const BHADRAPADA: u8 = 5;
const ASHVIN: u8 = 6;
const KARTIKA: u8 = 7;
const PAUSHA: u8 = 9;
const MAGHA: u8 = 10;
const PHALGUNA: u8 = 11;

/// The hour of the day at which a feast's tithi must prevail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Sunrise,
    Sunset,
    Midnight,
}

/// A feast and its rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HinduFeast {
    /// The tithi of a lunar month at an hour, and days after it.
    Lunar(u8, u8, At, i8),
    /// Days after Makar Sankranti.
    Sankranti(i8),
    /// Thiruvonam in Chingam.
    Onam,
}

pub const DIWALI: HinduFeast = HinduFeast::Lunar(ASHVIN, 30, At::Sunset, 0);
pub const DHANTERAS: HinduFeast = HinduFeast::Lunar(ASHVIN, 28, At::Sunset, 0);
pub const KALI_CHAUDAS: HinduFeast = HinduFeast::Lunar(ASHVIN, 29, At::Midnight, 0);
pub const BHAI_DOOJ: HinduFeast = HinduFeast::Lunar(KARTIKA, 2, At::Sunrise, 0);
pub const CHHATH: HinduFeast = HinduFeast::Lunar(KARTIKA, 6, At::Sunrise, 0);
pub const MAHA_SAPTAMI: HinduFeast = HinduFeast::Lunar(ASHVIN, 7, At::Sunrise, 0);
pub const DUSSEHRA: HinduFeast = HinduFeast::Lunar(ASHVIN, 10, At::Sunset, 0);
pub const VALMIKI_JAYANTI: HinduFeast = HinduFeast::Lunar(ASHVIN, 15, At::Sunrise, 0);
/// Kartika krishna chaturthi by the purnimanta reckoning of the north.
pub const KARVA_CHAUTH: HinduFeast = HinduFeast::Lunar(ASHVIN, 19, At::Midnight, 0);
pub const RATHA_YATRA: HinduFeast = HinduFeast::Lunar(ASHADHA, 2, At::Sunrise, 0);
pub const RAKSHA_BANDHAN: HinduFeast = HinduFeast::Lunar(SHRAVANA, 15, At::Sunrise, 0);
pub const JANMASHTAMI: HinduFeast = HinduFeast::Lunar(SHRAVANA, 23, At::Midnight, 0);
pub const GANESH_CHATURTHI: HinduFeast = HinduFeast::Lunar(BHADRAPADA, 4, At::Sunrise, 0);
pub const UGADI: HinduFeast = HinduFeast::Lunar(CHAITRA, 1, At::Sunrise, 0);
pub const RAMA_NAVAMI: HinduFeast = HinduFeast::Lunar(CHAITRA, 9, At::Sunrise, 0);
pub const MAHAVIR_JAYANTI: HinduFeast = HinduFeast::Lunar(CHAITRA, 13, At::Sunrise, 0);
pub const BUDDHA_PURNIMA: HinduFeast = HinduFeast::Lunar(VAISAKHA, 15, At::Sunrise, 0);
pub const GURU_GOBIND_SINGH_JAYANTI: HinduFeast = HinduFeast::Lunar(PAUSHA, 7, At::Sunrise, 0);
pub const VASANT_PANCHAMI: HinduFeast = HinduFeast::Lunar(MAGHA, 5, At::Sunrise, 0);
pub const GURU_RAVIDAS_JAYANTI: HinduFeast = HinduFeast::Lunar(MAGHA, 15, At::Sunrise, 0);
pub const MAHA_SHIVARATRI: HinduFeast = HinduFeast::Lunar(MAGHA, 29, At::Midnight, 0);
pub const HOLIKA_DAHAN: HinduFeast = HinduFeast::Lunar(PHALGUNA, 15, At::Sunset, 0);
pub const HOLI: HinduFeast = HinduFeast::Lunar(PHALGUNA, 15, At::Sunset, 1);

/// A lunar month that is not a leap month: its name and the new moons that bound it.
struct Month {
    name: u8,
    start: f64,
    end: f64,
}

/// The lunar months that overlap Gregorian year `y` (from November of the year before to
/// February of the year after).
fn months(y: i16) -> Vec<Month> {
    let Some(from) = Date::new(y - 1, 11, 1).ok() else {
        return Vec::new();
    };
    let Some(to) = Date::new(y + 1, 2, 28).ok() else {
        return Vec::new();
    };
    let until = astro::jd(to);
    let mut moons = vec![astro::elongation_at(astro::jd(from), 0.0)];
    while let Some(&last) = moons.last().filter(|&&t| t < until) {
        moons.push(astro::elongation_at(last + 29.53, 0.0));
    }
    let sign = |t: f64| (astro::sidereal_sun(t) / 30.0).floor() as u8 % 12;
    moons
        .windows(3)
        .filter(|w| sign(w[0]) != sign(w[1]))
        .map(|w| Month {
            name: (sign(w[0]) + 1) % 12,
            start: w[0],
            end: w[1],
        })
        .collect()
}

fn add(d: Date, days: i8) -> Option<Date> {
    d.checked_add(i64::from(days).days()).ok()
}

/// The moment of the hour `at` on the Indian day `d`.
fn moment(d: Date, at: At) -> f64 {
    match at {
        At::Sunrise => astro::sun_event(d, true),
        At::Sunset => astro::sun_event(d, false),
        At::Midnight => astro::jd(d) - IST + 1.0,
    }
}

/// The day tithi `tithi` of `month` is kept, by the hour `at`.
fn tithi_day(month: &Month, tithi: u8, at: At) -> Option<Date> {
    let mean_day = 12.0 / 12.190749;
    let begin = if tithi == 1 {
        month.start
    } else {
        let k = f64::from(tithi - 1);
        astro::elongation_at(month.start + k * mean_day, k * 12.0)
    };
    let end = if tithi == 30 {
        month.end
    } else {
        let k = f64::from(tithi);
        astro::elongation_at(month.start + k * mean_day, k * 12.0)
    };
    let first = astro::date_of(begin + IST)?;
    let mut d = add(first, -1)?;
    let last = astro::date_of(end + IST)?;
    while d <= last {
        let t = moment(d, at);
        if (begin..end).contains(&t) {
            return Some(d);
        }
        d = add(d, 1)?;
    }
    Some(first)
}

/// Makar Sankranti in year `y`.
fn makar_sankranti(y: i16) -> Option<Date> {
    let t = astro::sidereal_sun_at(astro::jd(Date::new(y, 1, 14).ok()?), 270.0);
    let d = astro::date_of(t + IST)?;
    if t > astro::sun_event(d, false) {
        add(d, 1)
    } else {
        Some(d)
    }
}

/// Onam in year `y`.
fn onam(y: i16) -> Option<Date> {
    let start = astro::sidereal_sun_at(astro::jd(Date::new(y, 8, 17).ok()?), 120.0);
    let end = astro::sidereal_sun_at(astro::jd(Date::new(y, 9, 17).ok()?), 150.0);
    let shravana = 280.0..(280.0 + 40.0 / 3.0);
    let mut d = astro::date_of(start + IST)?;
    while d <= astro::date_of(end + IST)? {
        // The star must hold six nazhika (2 h 24 min) after sunrise.
        let rise = astro::sun_event(d, true);
        let held = rise + 0.1;
        if (start..end).contains(&rise) && shravana.contains(&astro::sidereal_moon(held)) {
            return Some(d);
        }
        d = add(d, 1)?;
    }
    None
}

impl HinduFeast {
    /// The feast in Gregorian year `y` (the first, when a year holds two).
    pub fn on(self, y: i16) -> Option<Date> {
        if !(1900..=2100).contains(&y) {
            return None;
        }
        match self {
            HinduFeast::Sankranti(off) => add(makar_sankranti(y)?, off),
            HinduFeast::Onam => onam(y),
            HinduFeast::Lunar(name, tithi, at, off) => months(y)
                .iter()
                .filter(|m| m.name == name)
                .filter_map(|m| add(tithi_day(m, tithi, at)?, off))
                .filter(|d| d.year() == y)
                .min(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feasts() {
        let cases = [
            (DIWALI, 2017, "2017-10-19"),
            (DIWALI, 2019, "2019-10-27"),
            (DHANTERAS, 2017, "2017-10-17"),
            (DHANTERAS, 2019, "2019-10-25"),
            (KALI_CHAUDAS, 2019, "2019-10-26"),
            (BHAI_DOOJ, 2019, "2019-10-29"),
            (CHHATH, 2019, "2019-11-02"),
            (MAHA_SAPTAMI, 2021, "2021-10-12"),
            (DUSSEHRA, 2018, "2018-10-18"),
            (KARVA_CHAUTH, 2018, "2018-10-27"),
            (RATHA_YATRA, 2018, "2018-07-14"),
            (RAKSHA_BANDHAN, 2018, "2018-08-26"),
            (MAHAVIR_JAYANTI, 2020, "2020-04-06"),
            (MAHA_SHIVARATRI, 2020, "2020-02-21"),
            (VASANT_PANCHAMI, 2019, "2019-02-10"),
            (HinduFeast::Sankranti(0), 2018, "2018-01-14"),
            (HinduFeast::Sankranti(-1), 2018, "2018-01-13"),
            (HinduFeast::Sankranti(2), 2018, "2018-01-16"),
            (HinduFeast::Sankranti(0), 2019, "2019-01-15"),
            (HinduFeast::Onam, 2018, "2018-08-24"),
            (HOLIKA_DAHAN, 2019, "2019-03-20"),
            (HOLI, 2019, "2019-03-21"),
            (JANMASHTAMI, 2019, "2019-08-23"),
            (BUDDHA_PURNIMA, 2019, "2019-05-18"),
            (GURU_GOBIND_SINGH_JAYANTI, 2014, "2014-01-07"),
            (GURU_RAVIDAS_JAYANTI, 2018, "2018-01-31"),
            (GURU_RAVIDAS_JAYANTI, 2019, "2019-02-19"),
            (VALMIKI_JAYANTI, 2018, "2018-10-24"),
            (VALMIKI_JAYANTI, 2019, "2019-10-13"),
            (GANESH_CHATURTHI, 2019, "2019-09-02"),
            (RAMA_NAVAMI, 2020, "2020-04-02"),
            (UGADI, 2018, "2018-03-18"),
        ];
        let mut wrong = Vec::new();
        for (feast, y, want) in cases {
            let got = feast.on(y).map(|d| d.to_string());
            if got.as_deref() != Some(want) {
                wrong.push(format!("{feast:?} {y}: {got:?}, want {want}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
