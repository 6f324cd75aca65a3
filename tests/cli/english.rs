//! The English fixtures' claims, each as `fixtures/README.md` lists it ("Claims in each
//! article", AL and M): text, kind, value, qualifier, unit, speaker and mention. One row a
//! claim (STYLE.md: table-driven); the golden snapshots hold the offsets.

use crate::{Work, fixtures};

/// (article, then per claim: text | kind | value | qualifier | unit | speaker | mention),
/// `-` for none.
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "atlantic-ledger-2014-12-03-coalition",
        &[
            "62 countries|count|62|exact|country|-|-",
            "on Wednesday|date|\"2014-12-03\"|exact|-|-|-",
            "four months|duration|\"P4M\"|exact|month|-|-",
            "five lines of effort|count|5|exact|axis|statement issued after the meeting|A statement issued after the meeting",
            "more than 1,000 sorties|count|1000|more_than|sortie|John Kerry|The secretary of state",
            "three years|duration|\"P3Y\"|exact|year|John Kerry|Kerry",
            "28 member states|count|28|exact|country|Oana Lungescu|NATO spokeswoman Oana Lungescu",
            "thousands of foreign fighters|count|2000|vague|foreign_fighter|-|-",
            "August 8|date|\"2014-08-08\"|exact|-|-|-",
            "September 23|date|\"2014-09-23\"|exact|-|-|-",
        ],
    ),
    (
        "meridian-2014-12-03-abadi-coalition",
        &[
            "on Wednesday|date|\"2014-12-03\"|exact|-|-|-",
            "about 10,000 foreign fighters|count|10000|approx|foreign_fighter|Haider al-Abadi|Iraqi Prime Minister Haider al-Abadi",
            "two months|duration|\"P2M\"|exact|month|Haider al-Abadi|Abadi",
            "1,050 sorties|count|1050|exact|sortie|U.S. Central Command|U.S. Central Command",
            "85 percent|percent|85|exact|-|Pentagon officials|Pentagon officials",
            "Aug. 8|date|\"2014-08-08\"|exact|-|-|-",
            "Sept. 22|date|\"2014-09-22\"|exact|-|-|-",
            "3,100 troops|count|3100|exact|soldier|-|-",
            "$500 million|money|500000000|exact|usd|State Department|The State Department",
            "about 2 million Iraqis|count|2000000|approx|person|United Nations|The United Nations",
        ],
    ),
];

fn render(c: &serde_json::Value) -> String {
    let s = |k: &str| c[k].as_str().unwrap_or("-").to_string();
    format!(
        "{}|{}|{}|{}|{}|{}|{}",
        s("text"),
        s("kind"),
        c["value"],
        s("qualifier"),
        s("unit"),
        s("speaker"),
        s("speaker_mention")
    )
}

#[test]
fn english_fixtures_give_every_listed_claim_with_its_speaker() {
    let w = Work::new();
    for (article, want) in EXPECTED {
        let path = fixtures().join(format!("articles/{article}.md"));
        let run = w.run(&["extract", "--format", "jsonl", path.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.all());
        let got: Vec<String> = run
            .stdout
            .lines()
            .map(|l| render(&serde_json::from_str(l).unwrap()))
            .collect();
        assert_eq!(got, *want, "{article}");
    }
}

/// The English line of `good.jsonl` (fixtures/README.md, "JSONL files"): the same claims as
/// its Arabic twin, with its speaker.
#[test]
fn english_book_fair_line() {
    let w = Work::new();
    let good = fixtures().join("good.jsonl");
    let run = w.run(&["extract", "--format", "jsonl", good.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    let got: Vec<String> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|c| c["lang"] == "en")
        .map(|c| render(&c))
        .collect();
    assert_eq!(
        got,
        [
            "on Thursday|date|\"2015-03-05\"|exact|-|-|-",
            "350 publishers|count|350|exact|publisher|-|-",
            "25 countries|count|25|exact|country|-|-",
            "ten days|duration|\"P10D\"|exact|day|Salma al-Rashid|Fair director Salma al-Rashid",
            "about 200,000 visitors|count|200000|approx|visitor|Salma al-Rashid|Fair director Salma al-Rashid",
        ]
    );
}

/// Speaker accuracy on the labeled English attribution set (`eval/attribution-en.tsv`: 60
/// claims of real news from 6 outlets, who says each) may not drop below its floor.
/// Measured 57/60 when the floor was set; issue 6 asks for 90 %.
const ATTRIBUTION_FLOOR: f64 = 0.90;

#[test]
fn english_speakers_on_the_labeled_set() {
    let tsv = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/attribution-en.tsv"),
    )
    .unwrap();
    let rows: Vec<Vec<&str>> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("article\t") && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), 60);
    let outlets: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[3]).collect();
    assert!(outlets.len() >= 6, "{outlets:?}");
    // Only the articles of the set, from the corpus.
    let ids: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0]).collect();
    let corpus = std::fs::read_to_string(crate::shared().join("corpus/en-news.jsonl")).unwrap();
    let lines: Vec<&str> = corpus
        .lines()
        .filter(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            ids.contains(v["id"].as_str().unwrap_or(""))
        })
        .collect();
    let w = Work::new();
    let input = w.write("set.jsonl", lines.join("\n") + "\n");
    let run = w.run(&["extract", "--format", "jsonl", input.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    let claims: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut right = 0;
    let mut wrong = Vec::new();
    for r in &rows {
        let (article, start, end, want) = (r[0], r[1], r[2], r[4]);
        // (The claim at the labeled span, else the one starting there whose span has
        // grown since: `Two` read on as `Two Iraqi foreign ministry officials`.)
        let at = |c: &&serde_json::Value, exact: bool| {
            c["article"] == article
                && c["start"].as_u64().map(|v| v.to_string()).as_deref() == Some(start)
                && (!exact || c["end"].as_u64().map(|v| v.to_string()).as_deref() == Some(end))
        };
        let got = claims
            .iter()
            .find(|c| at(c, true))
            .or_else(|| claims.iter().find(|c| at(c, false)))
            .map(|c| c["speaker"].as_str().unwrap_or("-").to_string())
            .unwrap_or_else(|| "no claim".to_string());
        if got == want {
            right += 1;
        } else {
            wrong.push(format!("{article} {start}-{end}: want {want}, got {got}"));
        }
    }
    let accuracy = right as f64 / rows.len() as f64;
    assert!(
        accuracy + 1e-9 >= ATTRIBUTION_FLOOR,
        "{right}/{} right, below {ATTRIBUTION_FLOOR}: {wrong:#?}",
        rows.len()
    );
}
