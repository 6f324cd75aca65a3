//! Listings: articles, claims, speakers in every format, with filters.

use crate::{Work, fixtures};

fn imported() -> Work {
    let w = Work::new();
    let run = w.run(&["import", fixtures().join("articles").to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    w
}

/// The JSON field names of DESIGN.md's claim table, in its order.
const CLAIM_FIELDS: [&str; 16] = [
    "article",
    "start",
    "end",
    "text",
    "sentence",
    "kind",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "unit_text",
    "subject",
    "speaker",
    "speaker_mention",
    "lang",
];

#[test]
fn claims_json_has_the_design_fields_and_valid_offsets() {
    let w = imported();
    let json: serde_json::Value =
        serde_json::from_str(&w.run(&["claims", "--format", "json"]).stdout).unwrap();
    let claims = json.as_array().unwrap();
    assert!(!claims.is_empty());
    let mut bodies = std::collections::HashMap::new();
    for c in claims {
        let keys: Vec<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, CLAIM_FIELDS);
        let id = c["article"].as_str().unwrap().to_string();
        let body = bodies.entry(id.clone()).or_insert_with(|| {
            let a: serde_json::Value =
                serde_json::from_str(&w.run(&["articles", "show", &id, "--format", "json"]).stdout)
                    .unwrap();
            a["body"].as_str().unwrap().to_string()
        });
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        let span: String = body.chars().skip(s).take(e - s).collect();
        assert_eq!(span, c["text"].as_str().unwrap());
        assert!(c["sentence"].as_str().unwrap().contains(&span));
    }
}

#[test]
fn claims_are_ordered_by_article_then_position() {
    let w = imported();
    let lines = w.run(&["claims", "--format", "jsonl"]).stdout;
    let keys: Vec<(String, u64)> = lines
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["article"].as_str().unwrap().to_string(),
                v["start"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // Two runs print the same bytes.
    assert_eq!(lines, w.run(&["claims", "--format", "jsonl"]).stdout);
}

#[test]
fn filters_by_article_kind_unit_and_speaker() {
    let w = imported();
    let count = |args: &[&str]| {
        let mut all = vec!["claims", "--format", "jsonl"];
        all.extend_from_slice(args);
        let run = w.run(&all);
        assert_eq!(run.code, 0, "{}", run.all());
        run.stdout.lines().count()
    };
    let total = count(&[]);
    let rafidain = count(&["--article", "rafidain-2014-12-03-coalition"]);
    assert!(rafidain > 0 && rafidain < total);
    let percent = count(&["--kind", "percent"]);
    let numbers = count(&["--kind", "number"]);
    assert!(percent >= 1, "the fixtures have ٨٥٪ and 85 percent");
    assert!(percent + numbers <= total);
    assert_eq!(count(&["--unit", "no-such-unit"]), 0);
    assert_eq!(count(&["--speaker", "nobody at all"]), 0);
    assert_eq!(count(&["--limit", "3"]), 3);
    let run = w.run(&["claims", "--kind", "sorties"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown value 'sorties' (expected one of: count, number, ordinal, date, duration, percent, money)"), "{}", run.stderr);
}

#[test]
fn csv_has_a_header_and_quotes_fields() {
    let w = imported();
    let csv = w
        .run(&[
            "claims",
            "--format",
            "csv",
            "--article",
            "rafidain-2014-12-03-coalition",
        ])
        .stdout;
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), CLAIM_FIELDS.join(","));
    // Sentences hold commas (، and ,) and quotes: every row still has 16 fields.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.len() == 16 && &r[0] == "rafidain-2014-12-03-coalition")
    );
    let articles = w.run(&["articles", "--format", "csv"]).stdout;
    assert_eq!(articles.lines().count(), 8);
    assert!(articles.starts_with(
        "id,version,lang,date,source,title,url,content_hash,chars,claims,origin,imported_at\n"
    ));
    assert!(
        articles.contains(",2014-12-04T09:00:00Z\n"),
        "the pinned clock: {articles}"
    );
}

#[test]
fn tables_isolate_arabic_text_and_keep_columns_aligned() {
    let w = imported();
    let table = w.run(&["articles"]).stdout;
    assert!(
        table.contains("\u{2068}وكالة أنباء السنديان\u{2069}"),
        "{table}"
    );
    let widths: Vec<usize> = table
        .lines()
        .map(|l| {
            l.chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}' | '\u{200D}'))
                .count()
        })
        .collect();
    assert!(widths.iter().all(|&n| n == widths[0]), "{table}");
    assert_eq!(
        table.lines().count(),
        7 + 4,
        "7 rows, 3 border lines and a header"
    );
}

#[test]
fn empty_listings_say_so() {
    let w = Work::new();
    // The outlet's own voice only: no speaker.
    let p = w.write("plain.md", "---\nid: plain\n---\nقتل 12 شخصا في الحادث.\n");
    w.run(&["import", p.to_str().unwrap()]);
    assert_eq!(w.run(&["speakers"]).stdout, "no speakers\n");
    assert_eq!(w.run(&["speakers", "--format", "json"]).stdout, "[]\n");
    assert_eq!(
        w.run(&["speakers", "--format", "csv"]).stdout,
        "speaker,kind,article,claims,aliases\n"
    );
    assert_eq!(
        w.run(&["claims", "--article", "nope"]).stdout,
        "no claims\n"
    );
}

#[test]
fn show_prints_fields_text_and_claims() {
    let w = imported();
    let run = w.run(&["articles", "show", "atlantic-ledger-2014-12-03-coalition"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("           id: atlantic-ledger-2014-12-03-coalition\n      version: 1\n         lang: en\n         date: 2014-12-03\n"), "{}", run.stdout);
    let body_line = run.stdout.lines().find(|l| l.contains("62")).unwrap();
    assert!(
        !body_line.contains('│'),
        "the text is printed as text, not in the table"
    );
    assert!(
        run.stdout
            .contains("│ atlantic-ledger-2014-12-03-coalition")
    );
}

#[test]
fn show_json_has_one_claims_key_holding_the_claims() {
    let w = imported();
    let run = w.run(&[
        "articles",
        "show",
        "atlantic-ledger-2014-12-03-coalition",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout.matches("\"claims\":").count(),
        1,
        "{}",
        run.stdout
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(json["claims"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(json["body"].as_str().is_some_and(|b| b.contains("62")));
}

#[test]
fn claims_by_speaker_through_any_alias_and_spelling() {
    let w = imported();
    let speakers = |who: &str| -> Vec<(String, String)> {
        w.run(&["claims", "--speaker", who, "--format", "jsonl"])
            .stdout
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["speaker"].as_str().unwrap().to_string(),
                    v["text"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let kerry = speakers("جون كيري");
    assert!(kerry.len() >= 3, "{kerry:?}");
    assert!(kerry.iter().all(|(s, _)| s == "جون كيري"));
    // A surname, a title in the other spelling of الأميركي: the same speaker's claims.
    assert_eq!(speakers("كيري"), kerry);
    assert_eq!(speakers("الوزير الأمريكي"), kerry);
    // Kirby is not Kerry.
    assert!(speakers("كيربي").iter().all(|(s, _)| s == "جون كيربي"));
    let listed = w.run(&["speakers", "--format", "csv"]).stdout;
    assert!(listed.contains("\nجون كيري,person,"), "{listed}");
    assert!(
        listed.contains("\nبيان صدر عن الاجتماع,document,"),
        "{listed}"
    );
}
