//! The verdict on two claims about one quantity.

use super::codes::Code;
use super::value::Interval;

/// What the verdict needs to know about one claim.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub interval: Interval,
    pub vague: bool,
    /// The publication day (day number) of its article, when known.
    pub date: Option<f64>,
    /// A relative date (today, yesterday): compared with `relative_days` of slack.
    pub relative: bool,
    pub speaker: Option<&'a super::SpeakerKey>,
    pub is_date: bool,
}

/// The code of the pair `a`, `b` (claims of one quantity).
///
/// - the same value and bounds: agree;
/// - a cumulative count that is higher in the later article: evolving;
/// - overlapping intervals (a relative date with its slack; a vague value always): compatible;
/// - otherwise a conflict — a speaker conflict when one speaker gives both, a date
///   conflict of one day marked as possibly a time-zone difference, a cumulative count
///   that falls in a later article marked as such; `None` for dates that do not both
///   name a day (not compared).
pub fn verdict(a: &Side<'_>, b: &Side<'_>, cumulative: bool, relative_days: f64) -> Option<Code> {
    let (ia, ib) = (a.interval, b.interval);
    if ia == ib {
        return Some(Code::Agree);
    }
    let later = match (a.date, b.date) {
        (Some(da), Some(db)) if da < db => Some((a, b)),
        (Some(da), Some(db)) if db < da => Some((b, a)),
        _ => None,
    };
    if cumulative
        && let Some((early, late)) = later
        && late.interval.value > early.interval.value
    {
        return Some(Code::Evolving);
    }
    let slack = |s: &Side<'_>| {
        if s.relative {
            s.interval.widen(relative_days)
        } else {
            s.interval
        }
    };
    if slack(a).overlaps(&slack(b)) || a.vague || b.vague {
        return Some(Code::Compatible);
    }
    // Dates conflict only when both name a day: a relative date beyond its slack, or a
    // bare year or month, is more often another event than a contradiction.
    let day = |s: &Side<'_>| !s.relative && s.interval.low == s.interval.high;
    if a.is_date && !(day(a) && day(b)) {
        return None;
    }
    if let (Some(x), Some(y)) = (a.speaker, b.speaker)
        && x == y
    {
        return Some(Code::SpeakerConflict);
    }
    if a.is_date && (ia.value - ib.value).abs() == 1.0 {
        return Some(Code::DateOffByOne);
    }
    if cumulative && later.is_some() {
        return Some(Code::FallingCount);
    }
    Some(Code::Conflict)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(v: f64, lo: f64, hi: f64, date: Option<f64>) -> Side<'static> {
        Side {
            interval: Interval {
                value: v,
                low: lo,
                high: hi,
            },
            vague: false,
            date,
            relative: false,
            speaker: None,
            is_date: false,
        }
    }

    #[test]
    fn the_fixture_rules() {
        let p = |v| side(v, v, v, Some(0.0));
        // 62 vs 62; 62 vs >60; 40 vs 62
        assert_eq!(verdict(&p(62.0), &p(62.0), false, 1.0), Some(Code::Agree));
        assert_eq!(
            verdict(
                &p(62.0),
                &side(60.0, 60.0, f64::INFINITY, Some(0.0)),
                false,
                1.0
            ),
            Some(Code::Compatible)
        );
        assert_eq!(
            verdict(&p(40.0), &p(62.0), false, 1.0),
            Some(Code::Conflict)
        );
        // 1361 sorties on day 15 vs ≈1000 on day 0: evolving; falling: ISN004
        let late = side(1361.0, 1361.0, 1361.0, Some(15.0));
        let approx = side(1000.0, 900.0, 1100.0, Some(0.0));
        assert_eq!(verdict(&approx, &late, true, 1.0), Some(Code::Evolving));
        assert_eq!(verdict(&approx, &late, false, 1.0), Some(Code::Conflict));
        let early_high = side(1361.0, 1361.0, 1361.0, Some(0.0));
        let late_low = side(1000.0, 1000.0, 1000.0, Some(3.0));
        assert_eq!(
            verdict(&early_high, &late_low, true, 1.0),
            Some(Code::FallingCount)
        );
        // vague never conflicts
        let mut vague = side(2000.0, 2000.0, 9999.0, Some(0.0));
        vague.vague = true;
        assert_eq!(
            verdict(&vague, &p(15000.0), false, 1.0),
            Some(Code::Compatible)
        );
    }

    #[test]
    fn dates_and_speakers() {
        let mut a = side(10.0, 10.0, 10.0, None);
        let mut b = side(11.0, 11.0, 11.0, None);
        a.is_date = true;
        b.is_date = true;
        assert_eq!(verdict(&a, &b, false, 1.0), Some(Code::DateOffByOne));
        b.relative = true;
        assert_eq!(verdict(&a, &b, false, 1.0), Some(Code::Compatible));
        // A relative date beyond its slack, or a year, is not compared.
        let mut far = side(14.0, 14.0, 14.0, None);
        far.is_date = true;
        far.relative = true;
        assert_eq!(verdict(&a, &far, false, 1.0), None);
        let year = Side {
            interval: Interval {
                value: 0.0,
                low: 0.0,
                high: 364.0,
            },
            ..a
        };
        let other = Side {
            interval: Interval {
                value: 400.0,
                low: 400.0,
                high: 400.0,
            },
            ..a
        };
        assert_eq!(verdict(&year, &other, false, 1.0), None);
        let s = crate::check::SpeakerKey::Stored(7);
        let (mut x, mut y) = (side(5.0, 5.0, 5.0, None), side(9.0, 9.0, 9.0, None));
        x.speaker = Some(&s);
        y.speaker = Some(&s);
        assert_eq!(verdict(&x, &y, false, 1.0), Some(Code::SpeakerConflict));
    }
}
