//! Importing: formats, idempotence, versions, metadata, database location.

use crate::{Work, fixtures};

#[test]
fn imports_the_fixture_articles_and_reimport_changes_nothing() {
    let w = Work::new();
    let articles = fixtures().join("articles");
    let first = w.run(&["import", articles.to_str().unwrap()]);
    assert_eq!(first.code, 0, "{}", first.all());
    assert!(
        first
            .stdout
            .starts_with("7 new, 0 updated, 0 unchanged, 0 failed; "),
        "{}",
        first.stdout
    );
    assert_eq!(first.stderr, "");
    let before = w.fingerprint();

    let again = w.run(&["import", articles.to_str().unwrap()]);
    assert_eq!(
        again.stdout,
        "0 new, 0 updated, 7 unchanged, 0 failed; 0 claims stored\n"
    );
    assert_eq!(
        w.fingerprint(),
        before,
        "an unchanged re-import must write nothing"
    );
}

#[test]
fn summary_counts_the_claims_the_store_holds() {
    let w = Work::new();
    let run = w.run(&["import", fixtures().join("articles").to_str().unwrap()]);
    let stored: u64 = run
        .stdout
        .trim_end()
        .rsplit("; ")
        .next()
        .unwrap()
        .trim_end_matches(" claims stored")
        .parse()
        .unwrap();
    let listed = w
        .run(&["claims", "--format", "jsonl"])
        .stdout
        .lines()
        .count() as u64;
    assert_eq!(stored, listed);
    assert!(
        stored > 20,
        "the fixtures have many numbers in digits: {stored}"
    );
}

#[test]
fn changed_text_becomes_a_new_version_and_keeps_the_old_one() {
    let w = Work::new();
    let path = w.write("note.md", "---\nid: n1\nlang: ar\n---\nقتل 12 شخصا.\n");
    assert_eq!(w.run(&["import", path.to_str().unwrap()]).code, 0);
    w.write(
        "note.md",
        "---\nid: n1\nlang: ar\n---\nقتل 15 شخصا و3 جرحى.\n",
    );
    let run = w.run(&["import", path.to_str().unwrap()]);
    assert_eq!(
        run.stdout,
        "0 new, 1 updated, 0 unchanged, 0 failed; 2 claims stored\n"
    );

    let shown: serde_json::Value = serde_json::from_str(
        &w.run(&["articles", "show", "n1", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(shown["version"], 2);
    let values: Vec<i64> = shown["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_i64().unwrap())
        .collect();
    assert_eq!(
        values,
        [15, 3],
        "only the current version's claims are listed"
    );

    let conn = rusqlite::Connection::open(w.db()).unwrap();
    let (version, body): (i64, String) = conn
        .query_row(
            "SELECT version, body FROM article_versions WHERE article_id = 'n1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((version, body.as_str()), (1, "قتل 12 شخصا.\n"));
}

#[test]
fn metadata_from_front_matter_flags_script_and_source_line() {
    let w = Work::new();
    let a = fixtures().join("articles");
    w.run(&["import", a.to_str().unwrap()]);
    let get = |id: &str| -> serde_json::Value {
        serde_json::from_str(&w.run(&["articles", "show", id, "--format", "json"]).stdout).unwrap()
    };
    // No lang and no date in its front matter: the script says Arabic, the date stays unknown.
    let levant = get("levant-daily-coalition-brussels");
    assert_eq!(levant["lang"], "ar");
    assert_eq!(levant["date"], serde_json::Value::Null);
    // No source in front matter: the closing `المصدر :` line fills it.
    assert_eq!(
        get("sindyan-2014-12-03-coalition")["source"],
        "وكالة أنباء السنديان"
    );
    assert_eq!(get("atlantic-ledger-2014-12-03-coalition")["lang"], "en");

    // Flags fill what a plain text file cannot say.
    let txt = w.write("brief.txt", "Coalition jets flew 1,050 sorties.");
    let run = w.run(&[
        "import",
        "--source",
        "Wire",
        "--date",
        "2014-12-05",
        "--title",
        "Brief",
        txt.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.all());
    let brief = get("brief");
    assert_eq!(
        (
            brief["source"].as_str(),
            brief["date"].as_str(),
            brief["title"].as_str(),
            brief["lang"].as_str()
        ),
        (Some("Wire"), Some("2014-12-05"), Some("Brief"), Some("en"))
    );
    assert_eq!(brief["origin"], txt.to_str().unwrap());
}

#[test]
fn jsonl_html_and_stdin() {
    let w = Work::new();
    let run = w.run(&["import", fixtures().join("good.jsonl").to_str().unwrap()]);
    assert_eq!(
        run.stdout,
        "3 new, 0 updated, 0 unchanged, 0 failed; 13 claims stored\n",
        "{}",
        run.all()
    );

    let html = fixtures().join("html/gulf-wire-brussels-page.html");
    assert_eq!(w.run(&["import", html.to_str().unwrap()]).code, 0);
    let page: serde_json::Value = serde_json::from_str(
        &w.run(&[
            "articles",
            "show",
            "gulf-wire-brussels-page",
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(page["title"], "وزراء التحالف يجتمعون في بروكسل");
    assert_eq!(page["source"], "Gulf Wire");
    assert_eq!(page["date"], "2014-12-03");
    assert_eq!(page["lang"], "ar");
    assert_eq!(
        page["url"],
        "https://example.org/gulf-wire/2014/12/03/brussels-page"
    );
    let body = page["body"].as_str().unwrap();
    assert!(
        body.contains("نفذت 1050 طلعة جوية منذ ٨ أغسطس/آب"),
        "{body}"
    );
    for dropped in [
        "trackingId",
        "99999",
        "الرئيسية",
        "اقرأ أيضا",
        "جميع الحقوق",
    ] {
        assert!(
            !body.contains(dropped),
            "{dropped} should be dropped from: {body}"
        );
    }
    let values: Vec<String> = page["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        values,
        [
            "أكثر من ستين دولة",
            "اليوم الأربعاء",
            "1050 طلعة جوية",
            "٨ أغسطس/آب الماضي"
        ]
    );

    // stdin: format sniffed, id from the hash of the text, so the same text is unchanged.
    let text = "قالت الأمم المتحدة إن 2000 شخص نزحوا.";
    let first = w.run_stdin(&["import", "--date", "2014-12-03", "-"], text);
    assert_eq!(
        first.stdout,
        "1 new, 0 updated, 0 unchanged, 0 failed; 1 claims stored\n",
        "{}",
        first.all()
    );
    let second = w.run_stdin(&["import", "--date", "2014-12-03", "-"], text);
    assert_eq!(
        second.stdout,
        "0 new, 0 updated, 1 unchanged, 0 failed; 0 claims stored\n"
    );
    // Without the date the metadata differ: the same id gets a new version.
    let third = w.run_stdin(&["import", "-"], text);
    assert_eq!(
        third.stdout,
        "0 new, 1 updated, 0 unchanged, 0 failed; 1 claims stored\n"
    );
    let named = w.run_stdin(
        &["import", "--id", "un-note", "-"],
        "---\ntitle: t\n---\nنزح 300 شخص.",
    );
    assert_eq!(named.code, 0, "{}", named.all());
    assert!(
        w.run(&["articles", "--format", "csv"])
            .stdout
            .contains("\nun-note,1,ar,")
    );
}

#[test]
fn id_flag_needs_a_single_article() {
    let w = Work::new();
    let run = w.run(&[
        "import",
        "--id",
        "x",
        fixtures().join("articles").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: --id names one article: give a single .txt, .md or .html file, or -\n"
    );
    assert!(!w.db().exists(), "nothing is created for a usage error");
}

#[test]
fn database_location_from_flag_and_environment() {
    let w = Work::new();
    let good = fixtures().join("good.jsonl");
    assert_eq!(
        w.run(&["--db", "a.db", "import", good.to_str().unwrap()])
            .code,
        0
    );
    assert!(w.path("a.db").exists() && !w.db().exists());
    let out = w
        .cmd()
        .env("ISNAD_DB", w.path("b.db"))
        .args(["import", good.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(w.path("b.db").exists());
    // The flag wins over the environment.
    let out = w
        .cmd()
        .env("ISNAD_DB", w.path("b.db"))
        .args(["--db", "c.db", "articles", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "c.db does not exist: {out:?}");
}

/// Regression: three imports creating one new database at once sometimes failed with
/// "database is locked" (2 runs in 40), because switching a new file to WAL mode needs an
/// exclusive lock and SQLite answers at once instead of waiting. Five rounds make a
/// recurrence likely to show.
#[test]
fn processes_importing_into_one_new_database_at_once() {
    for _ in 0..5 {
        let w = Work::new();
        let good = fixtures().join("good.jsonl");
        let articles = fixtures().join("articles");
        let spawn = |path: &std::path::Path| {
            w.cmd()
                .args(["import", path.to_str().unwrap()])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let children = [spawn(&articles), spawn(&good), spawn(&articles)];
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let listed = w.run(&["articles", "--format", "jsonl"]).stdout;
        assert_eq!(
            listed.lines().count(),
            10,
            "7 articles + 3 JSONL articles, none twice"
        );
    }
}
