//! How isnad's language packs are scored against the peer test suites in `../shared/eval/peers/`
//! (see that folder's README for the fields). Shared by the harness (`benches/peers.rs`,
//! `cargo bench --bench peers`) and the regression test (`tests/cli/peers.rs`). Pure: cases
//! come in as `serde_json::Value`s and the listed differences as TSV text; nothing here reads
//! files or a clock.
//!
//! # Common ground
//!
//! * Every case runs `isnad::extract(text, lang, publication)`, with the language of the
//!   file (`duckling-ar-…` Arabic, `duckling-en-…` English). Numbers run with no
//!   publication date; dates run with the case's reference date as the publication date.
//! * Kind families: numbers are `number` or `count` (a count is a number with a counted
//!   noun); ordinals are `ordinal`; percents are `percent`; dates are `date`. Claims of other
//!   kinds are ignored by the Recognizers rules (a `money` claim in the NumberModel file is
//!   neither right nor wrong), but not by the Duckling numeral and ordinal rules.
//! * Numbers are equal within a relative tolerance of 1e-9 (Recognizers writes 1/3 as
//!   `0.333333333333333`).
//! * Dates are compared as the set of days they denote. A claim value `2013-02-12` denotes that
//!   day, `2013-02` the whole month, `2013` the whole year, an ISO interval `A/B` the days
//!   from the first of `A` to the last of `B`; a claim whose `low` and `high` are
//!   both dates also denotes the days from the first day of `low` to the last day of `high`.
//!   A date claim matches an expected date when either set equals the expected one exactly, so
//!   grain matters: `2013-02` does not match the day `2013-02-01`.
//! * Offsets: our `start..end` are chars, end exclusive. Recognizers' `Start..=End` (model
//!   specs) and `Start..Start+Length` (parser specs) are UTF-16 units, which equal chars here
//!   (every text is in the BMP). "Overlaps" means the two char ranges share a char; `-1`
//!   offsets are not checked.
//! * A case is passed, failed, or skipped (not scored); the score is passed / scored.
//!
//! # Rules, file by file
//!
//! **`duckling-ar-numeral`** (target 99%): every case is scored. It passes iff extraction
//! yields exactly one claim of any kind, that claim spans the whole text (leading and trailing
//! whitespace aside), its kind is `number` or `count`, and its value equals `expected`. This
//! is Duckling's own corpus test: the whole input is one numeral.
//!
//! **`duckling-ar-ordinal`** (target 100%): the same, with kind `ordinal`.
//!
//! **`duckling-ar-time`** (target 90%): publication date = the date part of `reference`
//! (2013-02-12, a Tuesday). Scored: the negative cases, and the `type: value` cases of grain
//! `day`, `week`, `month`, `quarter` or `year` (holidays included). Skipped: intervals and the
//! hour, minute and second grains (times of day are not news claims of kind `date`).
//! * Negative: passes iff there is no date claim at all.
//! * day / month / quarter / year: the expected timestamp truncated to its grain gives the
//!   expected days (one day, one month, three months, one year); passes iff some date claim
//!   matches them (see "Dates" above). Spans are not checked; other date claims in the text do
//!   not make the case fail.
//! * week: Duckling's weeks start on Monday; news in Arabic often counts weeks from Saturday
//!   or Sunday. With M the Monday Duckling gives, passes iff some date claim denotes a single
//!   day S, or the seven days S..S+6, where S is M, M-1 (Sunday) or M-2 (Saturday). The model
//!   has no week grain, so a week may be given by its first day or by `low`/`high`.
//!
//! **`duckling-en-time`** (target 85%): the day-grain `type: value` cases only (issue 6),
//! scored as `duckling-ar-time` scores a day; every other case (negatives, intervals, other
//! grains) is skipped. The reference is 2013-02-12, a Tuesday, except in `diffCorpus`
//! (2013-02-15).
//!
//! **`duckling-en-numeral`** (target 99%) and **`duckling-en-ordinal`** (target 100%): as
//! their Arabic files.
//!
//! **`recognizers-ar-number`**, **`recognizers-ar-ordinal`**, **`recognizers-ar-percent`**,
//! **`recognizers-en-number`**, **`recognizers-en-ordinal`**, **`recognizers-en-percent`**
//! (target 95% each): only cases with `resolution_checked`; the rest are skipped. Our claims
//! of the file's family (number: `number`/`count`; ordinal: `ordinal`; percent: `percent`)
//! are matched one to one, in order, against the expected results: an expected result is
//! matched by an unused family claim whose span overlaps `Start..=End` and whose value equals
//! the resolution value (`"20%"` counts as 20, `"1E-12"` as 1e-12). In the number file, an
//! expected number is also met by a `money` or `duration` claim over its span whose amount
//! equals it (`خمس الساعة`, PT0.2H: the number was read and bound to its unit). The case passes iff every
//! expected result is matched and no family claim is left over; so an empty `expected`
//! passes iff we produce no claim of the family.
//! * Relative ordinals (`TypeName` `ordinal.relative`, values like `end+0`, `current-1`:
//!   الأخير, التالي, السابق, قبل الأخير) are positions in a list, not quantities; a news claim
//!   extractor rightly says nothing about them. Such an expected result is met iff no ordinal
//!   claim overlaps its span, which is exactly what the file's
//!   `OrdinalModelSuppressExtendedTypes` cases expect of the same sentences.
//!
//! **`recognizers-ar-datetime-parser`** (target 90%): only `resolution_checked` cases of the
//! `DateParser` and `DatePeriodParser` specs whose every result has a `PastResolution` with
//! `date`, or with `startDate` and `endDate` (seasons such as الصيف have none and are
//! skipped, as are the time, duration and time-period specs). Publication date = the date part
//! of `reference`. News looks back, so the expected days come from `PastResolution`, not
//! `FutureResolution`: `date` is one day; `startDate..endDate` is the days from `startDate` to
//! the day before `endDate` (Recognizers' end is exclusive), which is a whole month for
//! `فبراير`, a whole quarter for `الربع الثالث`. Passes iff every expected result is matched
//! by a date claim that overlaps `Start..Start+Length` and matches its days (see "Dates").
//! `date` `0001-01-01` is Recognizers' mark for a date that does not exist (the fifth Sunday
//! of a month that has four); such a result is met iff no date claim overlaps its span.
//!
//! # Listed differences
//!
//! `news-semantics.tsv` (next to this file) lists cases where the right reading for news
//! differs from the peer's expected value, typically a bare weekday that Duckling resolves to
//! the next one and news to the most recent one. Columns: `file`, `text`, `their value`,
//! `our value`, `reason`. Values are written as the harness prints them on a failure's
//! `values` line: the expected values alone (`2013-02-18`, `week of 2013-02-04`, `0; 0`,
//! `nothing`), and the values of the claims the rule judged (`2013-02-11`, `180.25`,
//! `nothing`), `; `-separated. A failed case counts as "passed counting listed differences"
//! iff a row has its file, text and their value, and the values we produce are still exactly
//! the row's `our value`: a listing goes stale rather than hiding a different answer, while a
//! change of kind or bounds with the same value (`number` becoming `count`) keeps it. The
//! targets, and the floors of the regression test, apply to that count.

// The harness and the regression test each use part of this module.
#![allow(dead_code)]

use isnad::model::{Claim, Kind, Lang, Value as ClaimValue, format_number};
use jiff::ToSpan;
use jiff::civil::Date;
use serde_json::Value;

/// What the rules run on each case: (text, publication date) → claims.
pub type Extractor<'a> = dyn Fn(&str, Option<Date>) -> Vec<Claim> + 'a;

/// The peer suites' folder, relative to the crate root.
pub const PEERS_DIR: &str = "../shared/eval/peers";

/// The cases where news rightly differs from the peers, with reasons.
pub const NEWS_SEMANTICS_TSV: &str = include_str!("news-semantics.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    DucklingNumeral,
    DucklingOrdinal,
    DucklingTime,
    /// Duckling's time cases of day grain only (the English target).
    DucklingTimeDay,
    RecognizersNumber,
    RecognizersOrdinal,
    RecognizersPercent,
    RecognizersDateParser,
}

/// One peer file, the rule it is scored by, and the target in percent.
#[derive(Clone, Copy, Debug)]
pub struct Suite {
    pub file: &'static str,
    pub rule: Rule,
    pub target: f64,
}

pub const SUITES: [Suite; 13] = [
    Suite {
        file: "duckling-ar-numeral",
        rule: Rule::DucklingNumeral,
        target: 99.0,
    },
    Suite {
        file: "duckling-ar-ordinal",
        rule: Rule::DucklingOrdinal,
        target: 100.0,
    },
    Suite {
        file: "recognizers-ar-number",
        rule: Rule::RecognizersNumber,
        target: 95.0,
    },
    Suite {
        file: "recognizers-ar-ordinal",
        rule: Rule::RecognizersOrdinal,
        target: 95.0,
    },
    Suite {
        file: "recognizers-ar-percent",
        rule: Rule::RecognizersPercent,
        target: 95.0,
    },
    Suite {
        file: "duckling-ar-time",
        rule: Rule::DucklingTime,
        target: 90.0,
    },
    Suite {
        file: "recognizers-ar-datetime-parser",
        rule: Rule::RecognizersDateParser,
        target: 90.0,
    },
    Suite {
        file: "duckling-en-numeral",
        rule: Rule::DucklingNumeral,
        target: 99.0,
    },
    Suite {
        file: "duckling-en-ordinal",
        rule: Rule::DucklingOrdinal,
        target: 100.0,
    },
    Suite {
        file: "recognizers-en-number",
        rule: Rule::RecognizersNumber,
        target: 95.0,
    },
    Suite {
        file: "recognizers-en-ordinal",
        rule: Rule::RecognizersOrdinal,
        target: 95.0,
    },
    Suite {
        file: "recognizers-en-percent",
        rule: Rule::RecognizersPercent,
        target: 95.0,
    },
    Suite {
        file: "duckling-en-time",
        rule: Rule::DucklingTimeDay,
        target: 85.0,
    },
];

impl Suite {
    /// The language of the file: the part after the source (`duckling-en-time` → English).
    pub fn lang(&self) -> Lang {
        match self.file.split('-').nth(1) {
            Some("en") => Lang::En,
            _ => Lang::Ar,
        }
    }
}

pub fn suite(file: &str) -> Suite {
    *SUITES
        .iter()
        .find(|s| s.file == file)
        .unwrap_or_else(|| panic!("no suite named {file}"))
}

impl Rule {
    /// A short name for the table.
    pub fn name(self) -> &'static str {
        match self {
            Rule::DucklingNumeral => "whole text = one number",
            Rule::DucklingOrdinal => "whole text = one ordinal",
            Rule::DucklingTime => "a date claim = value at grain",
            Rule::DucklingTimeDay => "a date claim = the day",
            Rule::RecognizersNumber => "numbers 1:1 by span+value",
            Rule::RecognizersOrdinal => "ordinals 1:1, relative = none",
            Rule::RecognizersPercent => "percents 1:1 by span+value",
            Rule::RecognizersDateParser => "date at span = past reading",
        }
    }

    fn family(self) -> &'static [Kind] {
        match self {
            Rule::DucklingNumeral | Rule::RecognizersNumber => &[Kind::Number, Kind::Count],
            Rule::DucklingOrdinal | Rule::RecognizersOrdinal => &[Kind::Ordinal],
            Rule::RecognizersPercent => &[Kind::Percent],
            Rule::DucklingTime | Rule::DucklingTimeDay | Rule::RecognizersDateParser => {
                &[Kind::Date]
            }
        }
    }

    /// Scores one case with `isnad::extract` on Arabic.
    pub fn judge(self, case: &Value) -> Outcome {
        self.judge_with(case, &|text, publication| {
            isnad::extract(text, Lang::Ar, publication)
        })
    }

    /// Scores one case with another extractor of (text, publication date); the rules' own
    /// tests feed it made-up claims.
    pub fn judge_with(self, case: &Value, extract: &Extractor<'_>) -> Outcome {
        let text = case["text"].as_str().unwrap_or_default();
        match self {
            Rule::DucklingNumeral | Rule::DucklingOrdinal => {
                self.duckling_whole(case, text, extract)
            }
            Rule::DucklingTime | Rule::DucklingTimeDay => self.duckling_time(case, text, extract),
            Rule::RecognizersNumber | Rule::RecognizersOrdinal | Rule::RecognizersPercent => {
                self.recognizers_model(case, text, extract)
            }
            Rule::RecognizersDateParser => self.recognizers_dates(case, text, extract),
        }
    }

    fn duckling_whole(self, case: &Value, text: &str, extract: &Extractor<'_>) -> Outcome {
        let Some(expected) = case["expected"].as_f64() else {
            return Outcome::skip("expected is not a number");
        };
        let claims = extract(text, None);
        let lead = text.chars().take_while(|c| c.is_whitespace()).count();
        let end = lead + text.trim().chars().count();
        let pass = match claims.as_slice() {
            [c] => {
                c.start == lead
                    && c.end == end
                    && self.family().contains(&c.kind)
                    && c.value
                        .as_number()
                        .is_some_and(|v| same_number(v, expected))
            }
            _ => false,
        };
        let all: Vec<&Claim> = claims.iter().collect();
        let theirs = format_number(expected);
        Outcome::new(pass, theirs.clone(), theirs, &all, &claims)
    }

    fn duckling_time(self, case: &Value, text: &str, extract: &Extractor<'_>) -> Outcome {
        let publication = reference_date(case);
        let expected = &case["expected"];
        if self == Rule::DucklingTimeDay
            && (case["negative"].as_bool() == Some(true)
                || expected["type"].as_str() != Some("value")
                || expected["grain"].as_str() != Some("day"))
        {
            return Outcome::skip("not of day grain");
        }
        if case["negative"].as_bool() == Some(true) {
            let claims = extract(text, publication);
            let dates = self.of_family(&claims);
            let none = "no date".to_string();
            return Outcome::new(dates.is_empty(), none.clone(), none, &dates, &claims);
        }
        if expected["type"].as_str() != Some("value") {
            return Outcome::skip("interval");
        }
        let grain = expected["grain"].as_str().unwrap_or_default();
        let Some(day) = expected["value"]
            .as_str()
            .and_then(|v| v.get(..10))
            .and_then(|v| v.parse::<Date>().ok())
        else {
            return Outcome::skip("no date in expected value");
        };
        let want = match grain {
            "day" => Want::Days(day, day),
            "month" => Want::Days(day.first_of_month(), day.last_of_month()),
            "quarter" => {
                let first = day.first_of_month();
                let last = first
                    .checked_add(2.months())
                    .map_or(Date::MAX, |d| d.last_of_month());
                Want::Days(first, last)
            }
            "year" => Want::Days(
                Date::new(day.year(), 1, 1).expect("valid"),
                Date::new(day.year(), 12, 31).expect("valid"),
            ),
            "week" => Want::Week(day),
            _ => return Outcome::skip("time of day"),
        };
        let claims = extract(text, publication);
        let dates = self.of_family(&claims);
        let pass = dates.iter().any(|c| want.met_by(c));
        Outcome::new(pass, want.to_string(), want.to_string(), &dates, &claims)
    }

    fn recognizers_model(self, case: &Value, text: &str, extract: &Extractor<'_>) -> Outcome {
        if case["resolution_checked"].as_bool() != Some(true) {
            return Outcome::skip("resolution not checked");
        }
        let Some(results) = case["expected"].as_array() else {
            return Outcome::skip("expected is not a list");
        };
        let claims = extract(text, None);
        let family = self.of_family(&claims);
        let mut used = vec![false; family.len()];
        let mut pass = true;
        let (mut wanted, mut values) = (Vec::new(), Vec::new());
        for r in results {
            let span = model_span(r);
            let value = r["Resolution"]["value"].as_str().unwrap_or_default();
            let shown = r["Text"].as_str().unwrap_or_default();
            wanted.push(format!("{value} «{shown}»"));
            values.push(value.to_string());
            if r["TypeName"].as_str() == Some("ordinal.relative") {
                // Not a quantity: met iff no ordinal claim overlaps it.
                pass &= !family.iter().any(|c| overlaps(c, span));
                continue;
            }
            let Some(number) = parse_resolution(value) else {
                pass = false;
                continue;
            };
            let found = family.iter().enumerate().position(|(i, c)| {
                !used[i]
                    && overlaps(c, span)
                    && c.value.as_number().is_some_and(|v| same_number(v, number))
            });
            match found {
                Some(i) => used[i] = true,
                // The number bound to its unit: `خمس الساعة` read as the duration PT0.2H.
                None if self == Rule::RecognizersNumber
                    && claims.iter().any(|c| {
                        matches!(c.kind, Kind::Duration | Kind::Money)
                            && overlaps(c, span)
                            && amount(c).is_some_and(|v| same_number(v, number))
                    }) => {}
                None => pass = false,
            }
        }
        // Family claims left over are wrong (those over a relative ordinal included).
        pass &= used.iter().all(|u| *u);
        let (wanted, values) = (join_or(&wanted, "nothing"), join_or(&values, "nothing"));
        Outcome::new(pass, wanted, values, &family, &claims)
    }

    fn recognizers_dates(self, case: &Value, text: &str, extract: &Extractor<'_>) -> Outcome {
        if case["resolution_checked"].as_bool() != Some(true) {
            return Outcome::skip("resolution not checked");
        }
        if !matches!(
            case["spec"].as_str(),
            Some("DateParser" | "DatePeriodParser")
        ) {
            return Outcome::skip("not a date spec");
        }
        let Some(results) = case["expected"].as_array().filter(|r| !r.is_empty()) else {
            return Outcome::skip("no result");
        };
        let mut wants = Vec::new();
        for r in results {
            let past = &r["Value"]["PastResolution"];
            let date = |k: &str| past[k].as_str().and_then(|s| s.parse::<Date>().ok());
            let want = if let Some(d) = date("date") {
                if d == Date::new(1, 1, 1).expect("valid") {
                    Want::Nothing
                } else {
                    Want::Days(d, d)
                }
            } else if let (Some(s), Some(e)) = (date("startDate"), date("endDate")) {
                match e.yesterday() {
                    Ok(last) if last >= s => Want::Days(s, last),
                    _ => return Outcome::skip("empty period"),
                }
            } else {
                return Outcome::skip("no date resolution");
            };
            let start = r["Start"].as_i64().unwrap_or(-1);
            let span = match (start, r["Length"].as_i64()) {
                (s, Some(l)) if s >= 0 => Some((s as usize, (s + l) as usize)),
                _ => None,
            };
            wants.push((want, span, r["Text"].as_str().unwrap_or_default()));
        }
        let claims = extract(text, reference_date(case));
        let dates = self.of_family(&claims);
        let pass = wants.iter().all(|(want, span, _)| {
            let here: Vec<&Claim> = dates
                .iter()
                .copied()
                .filter(|c| overlaps(c, *span))
                .collect();
            match want {
                Want::Nothing => here.is_empty(),
                _ => here.iter().any(|c| want.met_by(c)),
            }
        });
        let wanted: Vec<String> = wants
            .iter()
            .map(|(w, _, shown)| format!("{w} «{shown}»"))
            .collect();
        let values: Vec<String> = wants.iter().map(|(w, _, _)| w.to_string()).collect();
        Outcome::new(pass, wanted.join("; "), values.join("; "), &dates, &claims)
    }

    fn of_family(self, claims: &[Claim]) -> Vec<&Claim> {
        claims
            .iter()
            .filter(|c| self.family().contains(&c.kind))
            .collect()
    }
}

/// The verdict on one case, with what was expected and what we produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// The expected results, with their text where the peer gives one.
    pub expected: String,
    /// Our claims that the rule judged: kind, value, bounds, text.
    pub got: String,
    /// Our other claims in the text.
    pub other: String,
    /// The expected values alone, `;`-separated: `their value` in the listed differences.
    pub theirs: String,
    /// The values of the claims the rule judged, `;`-separated, or `nothing`: `our value` in
    /// the listed differences.
    pub ours: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    /// Not scored; the reason says why.
    Skip(&'static str),
}

impl Outcome {
    /// `looked_at`: the claims the rule judged (a subset of `all`).
    fn new(
        pass: bool,
        expected: String,
        theirs: String,
        looked_at: &[&Claim],
        all: &[Claim],
    ) -> Outcome {
        let got: Vec<String> = looked_at.iter().map(|c| render_claim(c)).collect();
        let ours: Vec<String> = looked_at.iter().map(|c| c.value.to_string()).collect();
        let other: Vec<String> = all
            .iter()
            .filter(|c| !looked_at.iter().any(|l| std::ptr::eq(*l, *c)))
            .map(render_claim)
            .collect();
        Outcome {
            verdict: if pass { Verdict::Pass } else { Verdict::Fail },
            expected,
            got: join_or(&got, "nothing"),
            other: other.join("; "),
            theirs,
            ours: join_or(&ours, "nothing"),
        }
    }

    fn skip(why: &'static str) -> Outcome {
        Outcome {
            verdict: Verdict::Skip(why),
            expected: String::new(),
            got: String::new(),
            other: String::new(),
            theirs: String::new(),
            ours: String::new(),
        }
    }
}

/// What a date rule expects.
enum Want {
    /// Exactly these days, first and last inclusive.
    Days(Date, Date),
    /// Duckling's week starting on this Monday (see the module doc).
    Week(Date),
    /// No date claim (an impossible date).
    Nothing,
}

impl Want {
    fn met_by(&self, c: &Claim) -> bool {
        let spans = claim_days(c);
        match *self {
            Want::Days(a, b) => spans.contains(&(a, b)),
            Want::Week(monday) => [2i64, 1, 0].iter().any(|back| {
                let start = add_days(monday, -back);
                spans.contains(&(start, start)) || spans.contains(&(start, add_days(start, 6)))
            }),
            Want::Nothing => false,
        }
    }
}

impl std::fmt::Display for Want {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Want::Days(a, b) => f.write_str(&render_days(a, b)),
            Want::Week(monday) => write!(f, "week of {monday}"),
            Want::Nothing => f.write_str("no date"),
        }
    }
}

/// The day sets a date claim denotes: its value's, and its `low`..`high`'s when both are dates.
fn claim_days(c: &Claim) -> Vec<(Date, Date)> {
    let mut out = Vec::new();
    let days = |v: &ClaimValue| match v {
        ClaimValue::Text(t) => iso_days(t),
        ClaimValue::Number(_) => None,
    };
    if let Some(d) = days(&c.value) {
        out.push(d);
    }
    if let (Some(Some((a, _))), Some(Some((_, b)))) =
        (c.low.as_ref().map(days), c.high.as_ref().map(days))
    {
        out.push((a, b));
    }
    out
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO 8601 interval of two of them (`A/B`) → its
/// first and last day.
fn iso_days(s: &str) -> Option<(Date, Date)> {
    if let Some((a, b)) = s.split_once('/') {
        return Some((iso_days(a)?.0, iso_days(b)?.1));
    }
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<i16>().ok();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let first = Date::new(num(y)?, i8::try_from(num(m)?).ok()?, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        [_, _, _] => {
            let d = s.parse::<Date>().ok()?;
            Some((d, d))
        }
        _ => None,
    }
}

/// Days as the model would write them: a day, a whole month, a whole year, or a range.
fn render_days(a: Date, b: Date) -> String {
    if a == b {
        a.to_string()
    } else if a.day() == 1 && b == a.last_of_month() {
        format!("{:04}-{:02}", a.year(), a.month())
    } else if (a.month(), a.day(), b.month(), b.day()) == (1, 1, 12, 31) && a.year() == b.year() {
        format!("{:04}", a.year())
    } else {
        format!("{a}..{b}")
    }
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(Date::MAX)
}

fn reference_date(case: &Value) -> Option<Date> {
    case["reference"]
        .as_str()
        .and_then(|r| r.get(..10))
        .and_then(|r| r.parse().ok())
}

/// A model spec result's `Start..=End` as a char range, or `None` when not checked.
fn model_span(r: &Value) -> Option<(usize, usize)> {
    match (r["Start"].as_i64(), r["End"].as_i64()) {
        (Some(s), Some(e)) if s >= 0 && e >= s => Some((s as usize, e as usize + 1)),
        _ => None,
    }
}

fn overlaps(c: &Claim, span: Option<(usize, usize)>) -> bool {
    span.is_none_or(|(s, e)| c.start < e && s < c.end)
}

/// `"16"`, `"1E-12"`, `"-5%"` → the number.
/// The amount of a money or duration claim: its number, or the number of an ISO 8601
/// duration with one designator (`PT0.2H` → 0.2).
fn amount(c: &Claim) -> Option<f64> {
    match &c.value {
        ClaimValue::Number(v) => Some(*v),
        ClaimValue::Text(t) => {
            let body = t.strip_prefix('P')?;
            let body = body.strip_prefix('T').unwrap_or(body);
            let digits = body.strip_suffix(|c: char| c.is_ascii_alphabetic())?;
            digits.parse().ok()
        }
    }
}

fn parse_resolution(v: &str) -> Option<f64> {
    v.trim().trim_end_matches('%').parse().ok()
}

fn same_number(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn render_claim(c: &Claim) -> String {
    let mut s = format!("{} {}", c.kind, c.value);
    if let (Some(lo), Some(hi)) = (&c.low, &c.high) {
        if (lo, hi) != (&c.value, &c.value) {
            s.push_str(&format!(" [{lo}..{hi}]"));
        }
    } else if let Some(lo) = &c.low {
        s.push_str(&format!(" [{lo}..]"));
    } else if let Some(hi) = &c.high {
        s.push_str(&format!(" [..{hi}]"));
    }
    s.push_str(&format!(" «{}»", c.text));
    s
}

fn join_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join("; ")
    }
}

/// One row of `news-semantics.tsv`.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub file: String,
    pub text: String,
    pub theirs: String,
    pub ours: String,
    pub reason: String,
}

/// Reads the listed differences: a header line, then tab-separated rows; `#` lines and blank
/// lines are ignored.
pub fn parse_listed(tsv: &str) -> Result<Vec<Listed>, String> {
    let mut rows = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [file, text, theirs, ours, reason] = f.as_slice() else {
            return Err(format!("line {}: {} fields, expected 5", n + 1, f.len()));
        };
        if !SUITES.iter().any(|s| s.file == *file) {
            return Err(format!("line {}: unknown file {file}", n + 1));
        }
        rows.push(Listed {
            file: file.to_string(),
            text: text.to_string(),
            theirs: theirs.to_string(),
            ours: ours.to_string(),
            reason: reason.to_string(),
        });
    }
    Ok(rows)
}

/// One case of a file, judged.
#[derive(Clone, Debug)]
pub struct Judged {
    /// 1-based line in the file.
    pub line: usize,
    pub text: String,
    pub outcome: Outcome,
    /// The listed difference this case matches, if any (by file, text and expected value).
    pub listed: Option<usize>,
}

impl Judged {
    /// Failed, but listed with exactly what we produce now.
    pub fn differs_as_listed(&self, listed: &[Listed]) -> bool {
        self.outcome.verdict == Verdict::Fail
            && self
                .listed
                .is_some_and(|i| listed[i].ours == self.outcome.ours)
    }
}

/// A file's score.
#[derive(Clone, Debug)]
pub struct Score {
    pub suite: Suite,
    pub cases: Vec<Judged>,
    pub scored: usize,
    pub passed: usize,
    /// `passed` plus the failed cases that differ exactly as listed.
    pub passed_listed: usize,
}

impl Score {
    pub fn percent(&self) -> f64 {
        percent(self.passed, self.scored)
    }

    /// The score that the targets and floors apply to.
    pub fn percent_listed(&self) -> f64 {
        percent(self.passed_listed, self.scored)
    }
}

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

/// Scores a peer file's JSON Lines against its rule, with `isnad::extract` in the file's
/// language.
pub fn score(suite: Suite, jsonl: &str, listed: &[Listed]) -> Result<Score, String> {
    let lang = suite.lang();
    score_with(suite, jsonl, listed, &|text, publication| {
        isnad::extract(text, lang, publication)
    })
}

/// [`score`] with another extractor.
pub fn score_with(
    suite: Suite,
    jsonl: &str,
    listed: &[Listed],
    extract: &Extractor<'_>,
) -> Result<Score, String> {
    let mut cases = Vec::new();
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", suite.file, n + 1))?;
        let text = case["text"].as_str().unwrap_or_default().to_string();
        let outcome = suite.rule.judge_with(&case, extract);
        let listed = listed
            .iter()
            .position(|l| l.file == suite.file && l.text == text && l.theirs == outcome.theirs);
        cases.push(Judged {
            line: n + 1,
            text,
            outcome,
            listed,
        });
    }
    let scored = cases
        .iter()
        .filter(|c| !matches!(c.outcome.verdict, Verdict::Skip(_)))
        .count();
    let passed = cases
        .iter()
        .filter(|c| c.outcome.verdict == Verdict::Pass)
        .count();
    let passed_listed = passed + cases.iter().filter(|c| c.differs_as_listed(listed)).count();
    Ok(Score {
        suite,
        cases,
        scored,
        passed,
        passed_listed,
    })
}
