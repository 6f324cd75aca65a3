//! Claim values as intervals on one line: numbers as they are, dates as day numbers,
//! durations as days, so that every kind compares the same way.

use crate::model::{Kind, Qualifier, Value};

/// A closed interval `[low, high]` with a point value inside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval {
            value: v,
            low: v,
            high: v,
        }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.low.max(other.low) <= self.high.min(other.high)
    }

    pub fn widen(&self, by: f64) -> Interval {
        Interval {
            value: self.value,
            low: self.low - by,
            high: self.high + by,
        }
    }
}

/// The interval a claim's words allow. Approximate values get `tolerance` either side;
/// `more than` and `at least` are open upwards, `less than` and `at most` downwards (their
/// bounds are taken as inclusive: outlets round, and `more than 60` next to `60` is not a
/// contradiction worth a failure); vague and range values keep their stored bounds.
/// `None` when the value cannot be read as a number, date or duration.
pub fn interval(
    kind: Kind,
    value: &Value,
    low: Option<&Value>,
    high: Option<&Value>,
    qualifier: Qualifier,
    tolerance: f64,
) -> Option<Interval> {
    if kind == Kind::Date {
        return date_interval(value, low, high, qualifier);
    }
    let v = scalar(kind, value)?;
    let bound = |b: Option<&Value>| b.and_then(|b| scalar(kind, b));
    Some(match qualifier {
        Qualifier::Exact => Interval::point(v),
        Qualifier::Approx => Interval {
            value: v,
            low: v - v.abs() * tolerance,
            high: v + v.abs() * tolerance,
        },
        Qualifier::MoreThan | Qualifier::AtLeast => Interval {
            value: v,
            low: v,
            high: f64::INFINITY,
        },
        Qualifier::LessThan | Qualifier::AtMost => Interval {
            value: v,
            low: f64::NEG_INFINITY,
            high: v,
        },
        Qualifier::Range | Qualifier::Vague => Interval {
            value: v,
            low: bound(low).unwrap_or(f64::NEG_INFINITY),
            high: bound(high).unwrap_or(f64::INFINITY),
        },
    })
}

fn scalar(kind: Kind, v: &Value) -> Option<f64> {
    match (kind, v) {
        (Kind::Duration, Value::Text(t)) => duration_days(t),
        (Kind::Date, Value::Text(t)) => date_bounds(t).map(|(lo, _)| lo),
        (_, Value::Number(n)) => Some(*n),
        _ => None,
    }
}

fn date_interval(
    value: &Value,
    low: Option<&Value>,
    high: Option<&Value>,
    qualifier: Qualifier,
) -> Option<Interval> {
    let Value::Text(t) = value else { return None };
    let (first, last) = match t.split_once('/') {
        Some((a, b)) => (date_bounds(a)?.0, date_bounds(b)?.1),
        None => date_bounds(t)?,
    };
    let text_bound = |b: Option<&Value>, end: bool| match b {
        Some(Value::Text(s)) => date_bounds(s).map(|(lo, hi)| if end { hi } else { lo }),
        _ => None,
    };
    let (low, high) = match qualifier {
        Qualifier::Exact => (first, last),
        Qualifier::MoreThan | Qualifier::AtLeast => (first, f64::INFINITY),
        Qualifier::LessThan | Qualifier::AtMost => (f64::NEG_INFINITY, last),
        _ => (
            text_bound(low, false).unwrap_or(first),
            text_bound(high, true).unwrap_or(last),
        ),
    };
    Some(Interval {
        value: first,
        low,
        high,
    })
}

/// First and last day (as day numbers) of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn date_bounds(s: &str) -> Option<(f64, f64)> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str| p.parse::<i64>().ok();
    match parts.as_slice() {
        [y, m, d] => {
            let day = days(num(y)?, num(m)?, num(d)?)?;
            Some((day as f64, day as f64))
        }
        [y, m] => {
            let (y, m) = (num(y)?, num(m)?);
            let first = days(y, m, 1)?;
            let next = if m == 12 {
                days(y + 1, 1, 1)?
            } else {
                days(y, m + 1, 1)?
            };
            Some((first as f64, (next - 1) as f64))
        }
        [y] => {
            let y = num(y)?;
            Some((days(y, 1, 1)? as f64, days(y, 12, 31)? as f64))
        }
        _ => None,
    }
}

/// Days since 1970-01-01 of a Gregorian date (`None` for a day that does not exist).
fn days(y: i64, m: i64, d: i64) -> Option<i64> {
    let date = jiff::civil::Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()?;
    let span = jiff::civil::date(1970, 1, 1).until(date).ok()?;
    Some(i64::from(span.get_days()))
}

/// An ISO 8601 duration (`P4M`, `P1Y6M`, `PT48H`, `P3.6M`) in days, months and years at
/// their mean lengths.
pub fn duration_days(s: &str) -> Option<f64> {
    // Days in each part of [`crate::model::DURATION_DESIGNATORS`].
    const DAYS: [f64; 7] = [
        365.2425,
        30.436_875,
        7.0,
        1.0,
        1.0 / 24.0,
        1.0 / 1440.0,
        1.0 / 86_400.0,
    ];
    let parts = crate::model::duration_parts(s)?;
    if parts.is_empty() {
        return None;
    }
    parts.into_iter().try_fold(0.0, |total, (rank, n)| {
        Some(total + n.parse::<f64>().ok()? * DAYS[usize::from(rank)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: f64) -> Value {
        Value::Number(v)
    }
    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn numbers_by_qualifier() {
        let i = |q, tol| interval(Kind::Count, &n(1000.0), None, None, q, tol).unwrap();
        assert_eq!(i(Qualifier::Exact, 0.1), Interval::point(1000.0));
        let approx = i(Qualifier::Approx, 0.1);
        assert!((approx.low - 900.0).abs() < 1e-9 && (approx.high - 1100.0).abs() < 1e-9);
        assert_eq!(i(Qualifier::MoreThan, 0.1).high, f64::INFINITY);
        let vague = interval(
            Kind::Count,
            &n(20.0),
            Some(&n(20.0)),
            Some(&n(99.0)),
            Qualifier::Vague,
            0.1,
        )
        .unwrap();
        assert_eq!((vague.low, vague.high), (20.0, 99.0));
    }

    #[test]
    fn dates_cover_their_grain() {
        let day = interval(
            Kind::Date,
            &t("2014-08-08"),
            None,
            None,
            Qualifier::Exact,
            0.1,
        )
        .unwrap();
        let month = interval(Kind::Date, &t("2014-08"), None, None, Qualifier::Exact, 0.1).unwrap();
        let other = interval(
            Kind::Date,
            &t("2014-08-07"),
            None,
            None,
            Qualifier::Exact,
            0.1,
        )
        .unwrap();
        assert!(month.overlaps(&day) && month.overlaps(&other));
        assert!(!day.overlaps(&other));
        assert_eq!(day.value - other.value, 1.0);
        assert_eq!(month.high - month.low, 30.0);
        assert_eq!(
            date_bounds("2014").unwrap().1 - date_bounds("2014").unwrap().0,
            364.0
        );
        assert_eq!(date_bounds("1970-01-01"), Some((0.0, 0.0)));
        let span = interval(
            Kind::Date,
            &t("2014-08-01/2014-09-30"),
            None,
            None,
            Qualifier::Exact,
            0.1,
        )
        .unwrap();
        assert!(span.overlaps(&day));
        assert_eq!(date_bounds("2014-13"), None);
    }

    #[test]
    fn durations_in_days() {
        assert!((duration_days("P4M").unwrap() - 121.7475).abs() < 1e-6);
        assert_eq!(duration_days("P2W"), Some(14.0));
        assert_eq!(duration_days("PT48H"), Some(2.0));
        assert!(duration_days("P3.6M").unwrap() < duration_days("P4M").unwrap());
        assert_eq!(duration_days("P"), None);
        assert_eq!(duration_days("4M"), None);
        assert_eq!(duration_days("P4X"), None);
        assert!((duration_days("P1Y6M").unwrap() - (365.2425 + 6.0 * 30.436_875)).abs() < 1e-6);
        assert!((duration_days("PT1M30S").unwrap() - 90.0 / 86_400.0).abs() < 1e-12);
    }
}
