//! The language packs' scores on the peer suites (`../shared/eval/peers/`) may not drop.
//!
//! Each floor is the score measured when it was last raised (whole percent, rounded down),
//! counting the differences listed in `benches/peers/news-semantics.tsv`; the target
//! stands next to it. Raise a floor when a score rises; a drop is a regression to fix, or a
//! listed difference to update.
//! The rules are the doc comment of `benches/peers/rules.rs`; `cargo bench --bench peers`
//! prints the scores and every failure.

#[path = "../../benches/peers/rules.rs"]
mod rules;

const DUCKLING_NUMERAL: f64 = 99.0; // target 99%
const DUCKLING_ORDINAL: f64 = 100.0; // target 100%
const RECOGNIZERS_NUMBER: f64 = 95.0; // target 95%
const RECOGNIZERS_ORDINAL: f64 = 95.0; // target 95%
const RECOGNIZERS_PERCENT: f64 = 95.0; // target 95%
const DUCKLING_TIME: f64 = 90.0; // target 90%
const RECOGNIZERS_DATETIME_PARSER: f64 = 90.0; // target 90%
const DUCKLING_EN_NUMERAL: f64 = 99.0; // target 99% (measured 100%)
const DUCKLING_EN_ORDINAL: f64 = 100.0; // target 100%
const RECOGNIZERS_EN_NUMBER: f64 = 95.0; // target 95% (measured 98.3%)
const RECOGNIZERS_EN_ORDINAL: f64 = 95.0; // target 95% (measured 100%)
const RECOGNIZERS_EN_PERCENT: f64 = 95.0; // target 95% (measured 100%)
/// Above the target of 85% since the Hindu, Sikh and Buddhist feasts are computed from the
/// sun and moon (`src/lang/en/hindu.rs`); 9 of the 29 cases still missed are feasts counted
/// from now (`in five years`), without a year where Duckling reads ahead, or not a feast.
const DUCKLING_EN_TIME_DAYS: f64 = 85.0; // target 85% (measured 92.6%, 362 of 391)

fn assert_at_least(file: &str, floor: f64) {
    let suite = rules::suite(file);
    assert!(
        floor <= suite.target,
        "{file}: floor {floor}% is above the target"
    );
    let listed = rules::parse_listed(rules::NEWS_SEMANTICS_TSV).expect("news-semantics.tsv");
    let path = crate::shared().join(format!("eval/peers/{file}.jsonl"));
    let jsonl =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let score = rules::score(suite, &jsonl, &listed).unwrap_or_else(|e| panic!("{e}"));
    let got = score.percent_listed();
    if got + 1e-9 >= floor {
        return;
    }
    let mut why = String::new();
    for c in &score.cases {
        if c.outcome.verdict != rules::Verdict::Fail || c.differs_as_listed(&listed) {
            continue;
        }
        if let Some(i) = c.listed {
            why.push_str(&format!(
                "\n  line {}: listed in news-semantics.tsv as {:?}, we now produce {:?}",
                c.line, listed[i].ours, c.outcome.ours
            ));
        }
    }
    panic!(
        "{file}: {got:.1}% ({} of {} cases, counting listed differences) is below the floor \
         {floor}%; `cargo bench --bench peers -- --failures` lists the failures{why}",
        score.passed_listed, score.scored
    );
}

#[test]
fn duckling_ar_numeral() {
    assert_at_least("duckling-ar-numeral", DUCKLING_NUMERAL);
}

#[test]
fn duckling_ar_ordinal() {
    assert_at_least("duckling-ar-ordinal", DUCKLING_ORDINAL);
}

#[test]
fn recognizers_ar_number() {
    assert_at_least("recognizers-ar-number", RECOGNIZERS_NUMBER);
}

#[test]
fn recognizers_ar_ordinal() {
    assert_at_least("recognizers-ar-ordinal", RECOGNIZERS_ORDINAL);
}

#[test]
fn recognizers_ar_percent() {
    assert_at_least("recognizers-ar-percent", RECOGNIZERS_PERCENT);
}

#[test]
fn duckling_ar_time() {
    assert_at_least("duckling-ar-time", DUCKLING_TIME);
}

#[test]
fn recognizers_ar_datetime_parser() {
    assert_at_least(
        "recognizers-ar-datetime-parser",
        RECOGNIZERS_DATETIME_PARSER,
    );
}

#[test]
fn duckling_en_numeral() {
    assert_at_least("duckling-en-numeral", DUCKLING_EN_NUMERAL);
}

#[test]
fn duckling_en_ordinal() {
    assert_at_least("duckling-en-ordinal", DUCKLING_EN_ORDINAL);
}

#[test]
fn recognizers_en_number() {
    assert_at_least("recognizers-en-number", RECOGNIZERS_EN_NUMBER);
}

#[test]
fn recognizers_en_ordinal() {
    assert_at_least("recognizers-en-ordinal", RECOGNIZERS_EN_ORDINAL);
}

#[test]
fn recognizers_en_percent() {
    assert_at_least("recognizers-en-percent", RECOGNIZERS_EN_PERCENT);
}

#[test]
fn duckling_en_time_days() {
    assert_at_least("duckling-en-time", DUCKLING_EN_TIME_DAYS);
}

/// Every suite runs in the language its file names.
#[test]
fn suites_run_in_their_files_language() {
    use isnad::model::Lang;
    for s in rules::SUITES {
        let want = if s.file.contains("-en-") {
            Lang::En
        } else {
            Lang::Ar
        };
        assert_eq!(s.lang(), want, "{}", s.file);
    }
    assert!(
        rules::SUITES
            .iter()
            .filter(|s| s.lang() == Lang::En)
            .count()
            >= 6
    );
}

/// Every listed difference names a known file and gives its reason.
#[test]
fn listed_differences_are_well_formed() {
    let listed = rules::parse_listed(rules::NEWS_SEMANTICS_TSV).expect("news-semantics.tsv");
    for (i, l) in listed.iter().enumerate() {
        assert!(!l.reason.trim().is_empty(), "row {}: no reason", i + 2);
    }
}

/// The rules themselves, on made-up claims: the date rules can be checked before the pack
/// resolves dates.
mod rule_checks {
    use isnad::model::{Claim, Kind, Lang, Qualifier, Value as V};
    use jiff::civil::Date;
    use serde_json::{Value, json};

    use super::rules::{self, Rule, Verdict};

    fn claim(kind: Kind, value: V, span: (usize, usize)) -> Claim {
        Claim {
            article: String::new(),
            start: span.0,
            end: span.1,
            text: String::new(),
            sentence: "".into(),
            sentence_start: 0,
            sentence_end: 0,
            kind,
            value,
            low: None,
            high: None,
            qualifier: Qualifier::Exact,
            unit: None,
            unit_text: None,
            subject: None,
            speaker: None,
            speaker_mention: None,
            lang: Lang::Ar,
            speaker_kind: None,
        }
    }

    fn date(value: &str, span: (usize, usize)) -> Claim {
        claim(Kind::Date, V::Text(value.into()), span)
    }

    fn dates(value: &str, low: &str, high: &str) -> Claim {
        Claim {
            low: Some(V::Text(low.into())),
            high: Some(V::Text(high.into())),
            qualifier: Qualifier::Range,
            ..date(value, (0, 1))
        }
    }

    /// The verdict of `rule` on `case` when extraction yields `claims`, checking the
    /// publication date the rule passes.
    fn verdict(rule: Rule, case: &Value, publication: Option<&str>, claims: Vec<Claim>) -> bool {
        let want: Option<Date> = publication.map(|d| d.parse().unwrap());
        let out = rule.judge_with(case, &|_, p| {
            assert_eq!(p, want, "publication date");
            claims.clone()
        });
        match out.verdict {
            Verdict::Pass => true,
            Verdict::Fail => false,
            Verdict::Skip(why) => panic!("skipped: {why}"),
        }
    }

    fn duckling_time(grain: &str, value: &str) -> Value {
        json!({"text": "x", "negative": false, "reference": "2013-02-12T04:30:00.000-02:00",
               "expected": {"type": "value", "grain": grain,
                            "value": format!("{value}T00:00:00.000-02:00")}})
    }

    #[test]
    fn duckling_time_compares_days_at_the_expected_grain() {
        let t = |case: &Value, claims: Vec<Claim>| {
            verdict(Rule::DucklingTime, case, Some("2013-02-12"), claims)
        };
        let day = duckling_time("day", "2013-02-18");
        assert!(t(&day, vec![date("2013-02-18", (0, 1))]));
        assert!(!t(&day, vec![date("2013-02-11", (0, 1))]));
        assert!(!t(&day, vec![date("2013-02", (0, 1))]));
        assert!(!t(&day, vec![claim(Kind::Number, V::Number(18.0), (0, 1))]));
        let month = duckling_time("month", "2013-01-01");
        assert!(t(&month, vec![date("2013-01", (0, 1))]));
        assert!(t(
            &month,
            vec![dates("2013-01", "2013-01-01", "2013-01-31")]
        ));
        assert!(!t(&month, vec![date("2013-01-01", (0, 1))]));
        assert!(t(&month, vec![date("2013-01-01/2013-01-31", (0, 1))]));
        assert!(!t(&month, vec![date("2013-01-02/2013-01-31", (0, 1))]));
        let year = duckling_time("year", "2012-01-01");
        assert!(t(&year, vec![date("2012", (0, 1))]));
        let quarter = duckling_time("quarter", "2013-04-01");
        assert!(t(&quarter, vec![dates("2013-04", "2013-04", "2013-06")]));
        assert!(!t(&quarter, vec![date("2013-04", (0, 1))]));
    }

    #[test]
    fn the_english_time_rule_scores_days_only() {
        let day = duckling_time("day", "2013-02-18");
        let t = |claims| verdict(Rule::DucklingTimeDay, &day, Some("2013-02-12"), claims);
        assert!(t(vec![date("2013-02-18", (0, 1))]));
        assert!(!t(vec![date("2013-02-11", (0, 1))]));
        let skipped = |case: &Value| {
            matches!(
                Rule::DucklingTimeDay
                    .judge_with(case, &|_, _| vec![])
                    .verdict,
                Verdict::Skip(_)
            )
        };
        assert!(skipped(&duckling_time("month", "2013-01-01")));
        assert!(skipped(&duckling_time("hour", "2013-01-01")));
        assert!(skipped(
            &json!({"text": "x", "negative": true, "expected": null})
        ));
    }

    #[test]
    fn duckling_weeks_may_start_on_saturday_sunday_or_monday() {
        let t = |claims: Vec<Claim>| {
            let week = duckling_time("week", "2013-02-04");
            verdict(Rule::DucklingTime, &week, Some("2013-02-12"), claims)
        };
        assert!(t(vec![date("2013-02-04", (0, 1))]));
        assert!(t(vec![dates("2013-02-02", "2013-02-02", "2013-02-08")]));
        assert!(t(vec![dates("2013-02-03", "2013-02-03", "2013-02-09")]));
        assert!(!t(vec![dates("2013-02-05", "2013-02-05", "2013-02-11")]));
        assert!(!t(vec![dates("2013-02", "2013-02-04", "2013-02-12")]));
        assert!(!t(vec![date("2013-02", (0, 1))]));
    }

    #[test]
    fn duckling_negatives_allow_no_date() {
        let neg = json!({"text": "حب", "negative": true, "expected": null,
                         "reference": "2013-02-12T04:30:00.000-02:00"});
        let t = |claims| verdict(Rule::DucklingTime, &neg, Some("2013-02-12"), claims);
        assert!(t(vec![]));
        assert!(t(vec![claim(Kind::Number, V::Number(1.0), (0, 1))]));
        assert!(!t(vec![date("2013-02-12", (0, 1))]));
    }

    #[test]
    fn duckling_numerals_are_the_whole_text() {
        let case = json!({"text": " ٢٠ ", "expected": 20});
        let t = |claims| verdict(Rule::DucklingNumeral, &case, None, claims);
        assert!(t(vec![claim(Kind::Number, V::Number(20.0), (1, 3))]));
        assert!(t(vec![claim(Kind::Count, V::Number(20.0), (1, 3))]));
        assert!(!t(vec![claim(Kind::Number, V::Number(20.0), (1, 2))]));
        assert!(!t(vec![claim(Kind::Ordinal, V::Number(20.0), (1, 3))]));
        assert!(!t(vec![
            claim(Kind::Number, V::Number(20.0), (1, 3)),
            claim(Kind::Date, V::Text("2020".into()), (1, 3)),
        ]));
    }

    fn parser(spec: &str, start: i64, len: i64, past: Value) -> Value {
        json!({"text": "سأخرج فبراير", "spec": spec, "resolution_checked": true,
               "reference": "2016-11-07T00:00:00",
               "expected": [{"Start": start, "Length": len, "Text": "فبراير",
                             "Value": {"PastResolution": past}}]})
    }

    #[test]
    fn recognizers_dates_read_the_past_resolution_at_the_span() {
        let t = |case: &Value, claims| {
            verdict(
                Rule::RecognizersDateParser,
                case,
                Some("2016-11-07"),
                claims,
            )
        };
        let month = parser(
            "DatePeriodParser",
            6,
            6,
            json!({"startDate": "2016-02-01", "endDate": "2016-03-01"}),
        );
        assert!(t(&month, vec![date("2016-02", (6, 12))]));
        assert!(
            !t(&month, vec![date("2016-02", (0, 5))]),
            "outside the span"
        );
        assert!(!t(&month, vec![date("2016-02-01", (6, 12))]));
        let range = parser(
            "DatePeriodParser",
            6,
            6,
            json!({"startDate": "2016-01-12", "endDate": "2016-01-22"}),
        );
        let c = Claim {
            start: 6,
            end: 12,
            ..dates("2016-01-12", "2016-01-12", "2016-01-21")
        };
        assert!(t(&range, vec![c]));
        let day = parser("DateParser", 6, 6, json!({"date": "2016-10-15"}));
        assert!(t(&day, vec![date("2016-10-15", (8, 9))]));
        let impossible = parser("DateParser", 6, 6, json!({"date": "0001-01-01"}));
        assert!(t(&impossible, vec![]));
        assert!(!t(&impossible, vec![date("2017-10-01", (6, 12))]));
        let season = parser("DatePeriodParser", 6, 6, json!({}));
        let out = Rule::RecognizersDateParser.judge_with(&season, &|_, _| vec![]);
        assert!(matches!(out.verdict, Verdict::Skip(_)));
    }

    fn model(results: Value) -> Value {
        json!({"text": "أريد الكتاب الأخير.", "resolution_checked": true, "expected": results})
    }

    #[test]
    fn recognizers_models_match_one_to_one_and_ignore_relative_ordinals() {
        let relative = model(json!([{"Text": "الأخير", "TypeName": "ordinal.relative",
            "Resolution": {"value": "end+0"}, "Start": 12, "End": 17}]));
        let t = |case: &Value, rule, claims| verdict(rule, case, None, claims);
        assert!(t(&relative, Rule::RecognizersOrdinal, vec![]));
        let last = claim(Kind::Ordinal, V::Number(1.0), (12, 18));
        assert!(!t(&relative, Rule::RecognizersOrdinal, vec![last]));

        let none = model(json!([]));
        let money = claim(Kind::Money, V::Number(20.0), (0, 2));
        assert!(t(&none, Rule::RecognizersNumber, vec![money]));
        let count = claim(Kind::Count, V::Number(20.0), (0, 2));
        assert!(!t(&none, Rule::RecognizersNumber, vec![count]));

        let two = model(json!([
            {"Text": "صفر", "TypeName": "number", "Resolution": {"value": "0"}, "Start": 0, "End": 2},
            {"Text": "٠", "TypeName": "number", "Resolution": {"value": "0"}, "Start": 6, "End": 6}]));
        let zero = |s, e| claim(Kind::Number, V::Number(0.0), (s, e));
        assert!(t(
            &two,
            Rule::RecognizersNumber,
            vec![zero(0, 3), zero(6, 7)]
        ));
        assert!(!t(&two, Rule::RecognizersNumber, vec![zero(0, 3)]));
        assert!(!t(
            &two,
            Rule::RecognizersNumber,
            vec![zero(0, 3), zero(4, 5), zero(6, 7)]
        ));

        let minus = model(json!([{"Text": "x", "TypeName": "percentage",
            "Resolution": {"value": "-5%"}, "Start": 9, "End": 24}]));
        let p = claim(Kind::Percent, V::Number(-5.0), (9, 25));
        assert!(t(&minus, Rule::RecognizersPercent, vec![p]));
        let third = model(json!([{"Text": "x", "TypeName": "number",
            "Resolution": {"value": "0.333333333333333"}, "Start": 0, "End": 12}]));
        let n = claim(Kind::Number, V::Number(1.0 / 3.0), (0, 13));
        assert!(t(&third, Rule::RecognizersNumber, vec![n]));
    }

    #[test]
    fn listed_differences_count_only_while_our_values_are_unchanged() {
        let suite = rules::suite("duckling-ar-time");
        let jsonl = duckling_time("day", "2013-02-18").to_string();
        let listed = rules::parse_listed(
            "file\ttext\ttheir value\tour value\treason\n\
             duckling-ar-time\tx\t2013-02-18\t2013-02-11\tnews looks back\n",
        )
        .unwrap();
        let run = |value: &'static str| {
            let s = rules::score_with(suite, &jsonl, &listed, &|_, _| vec![date(value, (0, 1))])
                .unwrap();
            (s.scored, s.passed, s.passed_listed)
        };
        assert_eq!(run("2013-02-11"), (1, 0, 1));
        assert_eq!(
            run("2013-02-10"),
            (1, 0, 0),
            "stale: we now say something else"
        );
        assert_eq!(run("2013-02-18"), (1, 1, 1));
        assert!(rules::parse_listed("h\nduckling-ar-time\tx\t1\n").is_err());
        assert!(rules::parse_listed("h\nnope\tx\t1\t2\twhy\n").is_err());
    }
}
