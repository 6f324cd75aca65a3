//! Just enough astronomy for the Hindu calendar (`hindu.rs`), after Meeus, "Astronomical
//! Algorithms" (2nd ed.): the sun's apparent longitude (ch. 25, the low-accuracy method,
//! about 0.01°), the moon's longitude (ch. 47, the larger terms of the series, about
//! 0.02°), sunrise and sunset (ch. 15, one refinement), and the Lahiri ayanamsa as a
//! linear precession from its J2000 value, for sidereal longitudes. Times are Julian Days
//! (UT; the few seconds of ΔT are neglected, which moves a tithi by far less than the
//! series' own error).

use jiff::civil::Date;

/// India Standard Time, UT + 5:30, as a fraction of a day.
pub const IST: f64 = 5.5 / 24.0;
/// New Delhi, where the calendar's days are reckoned (latitude, east longitude).
const LAT: f64 = 28.6139;
const LON: f64 = 77.2090;
/// The sun's mean motion in longitude and the moon's mean motion away from it, in degrees a
/// day (for Newton steps).
const SUN_RATE: f64 = 0.985647;
const ELONGATION_RATE: f64 = 12.190749;

fn sin(deg: f64) -> f64 {
    deg.to_radians().sin()
}

fn cos(deg: f64) -> f64 {
    deg.to_radians().cos()
}

/// An angle in [0, 360).
pub fn norm(deg: f64) -> f64 {
    deg.rem_euclid(360.0)
}

/// An angle in [-180, 180).
fn wrap(deg: f64) -> f64 {
    norm(deg + 180.0) - 180.0
}

/// The Julian Day at 0h UT of `date`.
pub fn jd(date: Date) -> f64 {
    let days = Date::constant(1970, 1, 1)
        .until(date)
        .map_or(0, |span| span.get_days());
    2440587.5 + f64::from(days)
}

/// The UT calendar day that holds the moment `t` (add [`IST`] first for the Indian day).
pub fn date_of(t: f64) -> Option<Date> {
    let days = (t - 2440587.5).floor() as i64;
    use jiff::ToSpan;
    Date::constant(1970, 1, 1).checked_add(days.days()).ok()
}

fn centuries(t: f64) -> f64 {
    (t - 2451545.0) / 36525.0
}

/// The sun's apparent longitude, its mean longitude, and the obliquity, in degrees.
fn sun(t: f64) -> (f64, f64, f64) {
    let c = centuries(t);
    let l0 = 280.46646 + 36000.76983 * c + 0.0003032 * c * c;
    let m = 357.52911 + 35999.05029 * c - 0.0001537 * c * c;
    let center = (1.914602 - 0.004817 * c - 0.000014 * c * c) * sin(m)
        + (0.019993 - 0.000101 * c) * sin(2.0 * m)
        + 0.000289 * sin(3.0 * m);
    let omega = 125.04 - 1934.136 * c;
    let apparent = l0 + center - 0.00569 - 0.00478 * sin(omega);
    let obliquity = 23.439291 - 0.0130042 * c + 0.00256 * cos(omega);
    (norm(apparent), norm(l0), obliquity)
}

/// The sun's apparent (tropical) longitude at `t`, in degrees.
pub fn sun_longitude(t: f64) -> f64 {
    sun(t).0
}

/// The moon's (tropical) longitude at `t`, in degrees: Meeus table 47.A down to terms of
/// 0.002°, with the additive terms of Venus, Jupiter and the flattening.
pub fn moon_longitude(t: f64) -> f64 {
    let c = centuries(t);
    let lp = 218.3164477 + 481267.88123421 * c - 0.0015786 * c * c;
    let d = 297.8501921 + 445267.1114034 * c - 0.0018819 * c * c;
    let m = 357.5291092 + 35999.0502909 * c - 0.0001536 * c * c;
    let mp = 134.9633964 + 477198.8675055 * c + 0.0087414 * c * c;
    let f = 93.2720950 + 483202.0175233 * c - 0.0036539 * c * c;
    let e = 1.0 - 0.002516 * c - 0.0000074 * c * c;
    // (D, M, M', F, coefficient in 1e-6 degrees)
    const TERMS: [(f64, f64, f64, f64, f64); 34] = [
        (0.0, 0.0, 1.0, 0.0, 6288774.0),
        (2.0, 0.0, -1.0, 0.0, 1274027.0),
        (2.0, 0.0, 0.0, 0.0, 658314.0),
        (0.0, 0.0, 2.0, 0.0, 213618.0),
        (0.0, 1.0, 0.0, 0.0, -185116.0),
        (0.0, 0.0, 0.0, 2.0, -114332.0),
        (2.0, 0.0, -2.0, 0.0, 58793.0),
        (2.0, -1.0, -1.0, 0.0, 57066.0),
        (2.0, 0.0, 1.0, 0.0, 53322.0),
        (2.0, -1.0, 0.0, 0.0, 45758.0),
        (0.0, 1.0, -1.0, 0.0, -40923.0),
        (1.0, 0.0, 0.0, 0.0, -34720.0),
        (0.0, 1.0, 1.0, 0.0, -30383.0),
        (2.0, 0.0, 0.0, -2.0, 15327.0),
        (0.0, 0.0, 1.0, 2.0, -12528.0),
        (0.0, 0.0, 1.0, -2.0, 10980.0),
        (4.0, 0.0, -1.0, 0.0, 10675.0),
        (0.0, 0.0, 3.0, 0.0, 10034.0),
        (4.0, 0.0, -2.0, 0.0, 8548.0),
        (2.0, 1.0, -1.0, 0.0, -7888.0),
        (2.0, 1.0, 0.0, 0.0, -6766.0),
        (1.0, 0.0, -1.0, 0.0, -5163.0),
        (1.0, 1.0, 0.0, 0.0, 4987.0),
        (2.0, -1.0, 1.0, 0.0, 4036.0),
        (2.0, 0.0, 2.0, 0.0, 3994.0),
        (4.0, 0.0, 0.0, 0.0, 3861.0),
        (2.0, 0.0, -3.0, 0.0, 3665.0),
        (0.0, 1.0, -2.0, 0.0, -2689.0),
        (2.0, 0.0, -1.0, 2.0, -2602.0),
        (2.0, -1.0, -2.0, 0.0, 2390.0),
        (1.0, 0.0, 1.0, 0.0, -2348.0),
        (2.0, -2.0, 0.0, 0.0, 2236.0),
        (0.0, 1.0, 2.0, 0.0, -2120.0),
        (0.0, 2.0, 0.0, 0.0, -2069.0),
    ];
    let mut sum = 0.0;
    for (kd, km, kmp, kf, coeff) in TERMS {
        let eccentricity = match km.abs() as u8 {
            1 => e,
            2 => e * e,
            _ => 1.0,
        };
        sum += coeff * eccentricity * sin(kd * d + km * m + kmp * mp + kf * f);
    }
    let a1 = 119.75 + 131.849 * c;
    let a2 = 53.09 + 479264.290 * c;
    sum += 3958.0 * sin(a1) + 1962.0 * sin(lp - f) + 318.0 * sin(a2);
    // Nutation in longitude, as in the sun's apparent longitude.
    let omega = 125.04 - 1934.136 * c;
    norm(lp + sum / 1e6 - 0.00478 * sin(omega))
}

/// The moon's elongation from the sun at `t`: 12° make a tithi.
pub fn elongation(t: f64) -> f64 {
    norm(moon_longitude(t) - sun_longitude(t))
}

/// The Lahiri ayanamsa: 23°51'11" at J2000, growing by the general precession.
fn ayanamsa(t: f64) -> f64 {
    23.853 + 50.2788 / 3600.0 * (t - 2451545.0) / 365.25
}

/// The sun's sidereal (Lahiri) longitude.
pub fn sidereal_sun(t: f64) -> f64 {
    norm(sun_longitude(t) - ayanamsa(t))
}

/// The moon's sidereal (Lahiri) longitude.
pub fn sidereal_moon(t: f64) -> f64 {
    norm(moon_longitude(t) - ayanamsa(t))
}

/// The moment near `guess` when the angle `f` reaches `target`, by Newton steps at the
/// angle's mean `rate` (degrees a day).
fn solve(guess: f64, target: f64, rate: f64, f: fn(f64) -> f64) -> f64 {
    let mut t = guess;
    for _ in 0..50 {
        let off = wrap(f(t) - target);
        t -= off / rate;
        if off.abs() < 1e-6 {
            break;
        }
    }
    t
}

/// The moment near `guess` (within half a lunation) when the elongation is `target`.
pub fn elongation_at(guess: f64, target: f64) -> f64 {
    solve(guess, target, ELONGATION_RATE, elongation)
}

/// The moment near `guess` (within half a year) when the sun's sidereal longitude is
/// `target`.
pub fn sidereal_sun_at(guess: f64, target: f64) -> f64 {
    solve(guess, target, SUN_RATE, sidereal_sun)
}

/// Sunrise (`rise`) or sunset at New Delhi on the Indian day `date`, as a Julian Day.
pub fn sun_event(date: Date, rise: bool) -> f64 {
    let base = jd(date);
    let sign = if rise { -1.0 } else { 1.0 };
    // 06:00 or 18:00 IST as a first guess, then refined twice.
    let mut t = base - IST + 0.5 + sign * 0.25;
    for _ in 0..2 {
        let (lambda, l0, eps) = sun(t);
        let decl = (sin(eps) * sin(lambda)).asin().to_degrees();
        let ra = norm((cos(eps) * sin(lambda)).atan2(cos(lambda)).to_degrees());
        let eot = wrap(l0 - 0.0057183 - ra);
        let cos_h = (sin(-0.8333) - sin(LAT) * sin(decl)) / (cos(LAT) * cos(decl));
        let h = cos_h.clamp(-1.0, 1.0).acos().to_degrees();
        let noon = base + 0.5 - LON / 360.0 - eot / 360.0;
        t = noon + sign * h / 360.0;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeus_examples() {
        // Example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895°.
        let t = 2448908.5;
        assert!(
            (sun_longitude(t) - 199.909).abs() < 0.01,
            "{}",
            sun_longitude(t)
        );
        // Example 47.a: 1992 April 12.0 TD, apparent longitude 133.167265°.
        let t = 2448724.5;
        assert!(
            (moon_longitude(t) - 133.167).abs() < 0.03,
            "{}",
            moon_longitude(t)
        );
    }

    #[test]
    fn new_moon() {
        // Example 49.a: the new moon of 1977 February 18, 3h37m TD.
        let t = elongation_at(2443192.0, 0.0);
        assert!((t - 2443192.651).abs() < 0.01, "{t}");
    }

    #[test]
    fn delhi_sunrise() {
        // 1 January 2020: sunrise at New Delhi 07:14 IST, sunset 17:35.
        let d = Date::constant(2020, 1, 1);
        let rise = (sun_event(d, true) - jd(d) + IST) * 24.0;
        let set = (sun_event(d, false) - jd(d) + IST) * 24.0;
        assert!((rise - (7.0 + 14.0 / 60.0)).abs() < 0.05, "{rise}");
        assert!((set - (17.0 + 35.0 / 60.0)).abs() < 0.05, "{set}");
    }
}
