//! The speaker registry: `speakers show | alias | merge`, conservative merging across
//! articles, and speakers files.

use serde_json::Value;

use crate::{Run, Work, fixtures};

fn fixture_articles() -> String {
    fixtures().join("articles").display().to_string()
}

fn speakers_file() -> String {
    fixtures().join("speakers.toml").display().to_string()
}

fn ok(run: Run) -> Run {
    assert_eq!(run.code, 0, "{}", run.all());
    run
}

/// The fixtures, plus x1 and x2: two later articles whose ministers are named only by
/// their title (and in x1 a bare surname), so nothing says who they are.
fn imported() -> Work {
    let w = Work::new();
    ok(w.run(&["import", &fixture_articles()]));
    w.write(
        "more/x1.md",
        "---\nid: x1\ndate: 2018-05-01\n---\nوقال الوزير الأميركي إن القوات نفذت 500 طلعة جوية.\n\nوقال كيري إن 12 دولة انضمت.\n",
    );
    w.write(
        "more/x2.md",
        "---\nid: x2\ndate: 2019-05-01\n---\nوقال الوزير الأمريكي إن 30 جنديا قتلوا.\n",
    );
    ok(w.run(&["import", "more"]));
    w
}

/// `claims --speaker WHO` as (article, text, speaker, speaker_mention).
fn claims_of(w: &Work, who: &str) -> Vec<(String, String, String, String)> {
    let run = ok(w.run(&["claims", "--speaker", who, "--format", "jsonl"]));
    run.stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (s("article"), s("text"), s("speaker"), s("speaker_mention"))
        })
        .collect()
}

/// Each command fails with exit code 2 and exactly its message, and changes nothing.
fn refused(w: &Work, cases: &[([&str; 4], &str)]) {
    let before = w.fingerprint();
    for (args, stderr) in cases {
        let run = w.run(args);
        assert_eq!(
            (run.code, run.stdout.as_str(), run.stderr.as_str()),
            (2, "", *stderr),
            "{args:?}"
        );
        assert_eq!(w.fingerprint(), before, "{args:?} changed nothing");
    }
}

/// `speakers --format csv` without the aliases column.
fn roster(w: &Work) -> Vec<String> {
    ok(w.run(&["speakers", "--format", "csv"]))
        .stdout
        .lines()
        .map(|l| l.splitn(5, ',').take(4).collect::<Vec<_>>().join(","))
        .collect()
}

#[test]
fn show_finds_a_speaker_by_any_spelling_with_names_articles_and_claims() {
    let w = imported();
    let run = ok(w.run(&[
        "speakers",
        "show",
        "وزير الخارجية الامريكي جون كيري",
        "--format",
        "json",
    ]));
    let d: Value = serde_json::from_str(&run.stdout).unwrap();
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["name", "kind", "article", "names", "articles", "claims"]
    );
    assert_eq!(
        (d["name"].as_str(), d["kind"].as_str()),
        (Some("جون كيري"), Some("person"))
    );
    assert!(d["article"].is_null());
    let names: Vec<(&str, &str, u64)> = d["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["name"].as_str().unwrap(),
                n["origin"].as_str().unwrap(),
                n["claims"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(names[0].0, "جون كيري", "the canonical name comes first");
    assert!(names.contains(&("كيري", "mention", 1)), "{names:?}");
    assert!(
        names.contains(&("الوزير الأميركي", "mention", 1)),
        "{names:?}"
    );
    let claims = d["claims"].as_array().unwrap();
    assert!(claims.iter().all(|c| c["speaker"] == "جون كيري"));
    assert!(
        claims
            .iter()
            .all(|c| c["article"] != "x1" && c["article"] != "x2")
    );
    let per_article: Vec<(&str, u64)> = d["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["article"].as_str().unwrap(),
                a["claims"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = per_article.clone();
    sorted.sort();
    assert_eq!(per_article, sorted);
    assert_eq!(
        per_article.iter().map(|a| a.1).sum::<u64>(),
        claims.len() as u64
    );
    assert_eq!(claims.len(), claims_of(&w, "جون كيري").len());

    // The other formats: one line of JSON, the listing's CSV row, a table for people.
    let line = ok(w.run(&[
        "speakers",
        "show",
        "كيري@rafidain-2014-12-03-coalition",
        "--format",
        "jsonl",
    ]));
    assert_eq!(line.stdout.lines().count(), 1);
    assert_eq!(serde_json::from_str::<Value>(&line.stdout).unwrap(), d);
    let csv = ok(w.run(&["speakers", "show", "جون كيري", "--format", "csv"])).stdout;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("speaker,kind,article,claims,aliases"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with(&format!("جون كيري,person,,{},", claims.len())),
        "{csv}"
    );
    let table = ok(w.run(&["speakers", "show", "جون كيري"])).stdout;
    assert!(table.starts_with("      speaker: \u{2068}جون كيري\u{2069}\n         kind: person\n      article: (known across articles)\n"), "{table}");
    assert!(table.contains("┆ mention ┆"), "{table}");
}

#[test]
fn show_names_what_is_unknown_or_ambiguous_and_exits_2() {
    let w = imported();
    let run = w.run(&["speakers", "show", "الوزير الأميركي"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (
            2,
            "",
            "error: 'الوزير الأميركي' names 3 speakers: الوزير الأمريكي@x2, الوزير الأميركي@x1, جون كيري; give one of these names (NAME@ARTICLE is the speaker NAME in that article)\n"
        )
    );
    let run = w.run(&["speakers", "show", "جون كيربى تشي"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no speaker is named 'جون كيربى تشي' (`isnad speakers` lists them)\n"
    );
    // NAME@ARTICLE picks one, spelling-insensitively.
    let d: Value = serde_json::from_str(
        &ok(w.run(&["speakers", "show", "الوزير الاميركي@x2", "--format", "json"])).stdout,
    )
    .unwrap();
    assert_eq!(
        (d["name"].as_str(), d["article"].as_str()),
        (Some("الوزير الأمريكي"), Some("x2"))
    );
    assert_eq!(d["claims"][0]["text"], "30 جنديا");
    let run = Work::new().run(&["speakers", "show", "x"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: claims.db: no database here (import articles first, or give --db PATH)\n"
        )
    );
}

#[test]
fn titles_and_bare_surnames_are_kept_to_their_article() {
    let w = Work::new();
    ok(w.run(&["import", &fixture_articles()]));
    let kerry_before = claims_of(&w, "جون كيري");
    let w = imported();
    assert_eq!(claims_of(&w, "جون كيري"), kerry_before);
    let roster = roster(&w);
    for row in [
        "الوزير الأميركي,person,x1,1",
        "الوزير الأمريكي,person,x2,1",
        "كيري,person,x1,1",
        "جون كيري,person,,4",
        "بيان صدر عن الاجتماع,document,rafidain-2014-12-03-coalition,1",
    ] {
        assert!(roster.contains(&row.to_string()), "{row} in {roster:#?}");
    }
    // Searching is broader than identity: a surname finds every speaker it names.
    let by_surname = claims_of(&w, "كيري");
    assert_eq!(by_surname.len(), kerry_before.len() + 1);
    assert!(by_surname.contains(&("x1".into(), "12 دولة".into(), "كيري".into(), "كيري".into())));
    assert_eq!(
        claims_of(&w, "كيري@x1"),
        [("x1".into(), "12 دولة".into(), "كيري".into(), "كيري".into())]
    );
}

#[test]
fn alias_adds_a_name_everywhere_and_refuses_another_speakers_name() {
    let w = imported();
    let kerry = claims_of(&w, "جون كيري");
    // (`John Kerry` is the English articles' own speaker: see the speakers file test.)
    let run = ok(w.run(&["speakers", "alias", "جون كيري", "J. Kerry"]));
    assert_eq!(run.stdout, "'J. Kerry' is now a name of جون كيري\n");
    assert_eq!(claims_of(&w, "j. KERRY"), kerry);
    let run = ok(w.run(&[
        "speakers",
        "alias",
        "كيري@rafidain-2014-12-03-coalition",
        "J. KERRY",
    ]));
    assert_eq!(run.stdout, "'J. KERRY' is a name of جون كيري already\n");

    refused(
        &w,
        &[
            (
                ["speakers", "alias", "جون كيربي", "J. Kerry"],
                "error: 'J. Kerry' is a name of 'جون كيري' already; to make them one speaker: isnad speakers merge \"جون كيربي\" \"جون كيري\"\n",
            ),
            (
                ["speakers", "alias", "جون كيري", "كيري"],
                "error: 'كيري' is the speaker 'كيري@x1' in article x1; to make them one speaker: isnad speakers merge \"جون كيري\" \"كيري@x1\"\n",
            ),
            (
                ["speakers", "alias", "جون كيري", "الوزير الأمريكي"],
                "error: 'الوزير الأمريكي' is the speaker 'الوزير الأميركي@x1' in article x1 (and 1 more); to make them one speaker: isnad speakers merge \"جون كيري\" \"الوزير الأميركي@x1\"\n",
            ),
            (
                ["speakers", "alias", "nobody", "x"],
                "error: no speaker is named 'nobody' (`isnad speakers` lists them)\n",
            ),
            (
                ["speakers", "alias", "جون كيري", " \u{064E} "],
                "error: an alias cannot be empty\n",
            ),
        ],
    );
}

#[test]
fn an_alias_decides_later_imports() {
    let w = Work::new();
    ok(w.run(&["import", &fixture_articles()]));
    ok(w.run(&["speakers", "alias", "جون كيري", "كيري"]));
    w.write("x3.md", "---\nid: x3\n---\nوقال كيري إن 12 دولة انضمت.\n");
    ok(w.run(&["import", "x3.md"]));
    assert!(claims_of(&w, "جون كيري").contains(&(
        "x3".into(),
        "12 دولة".into(),
        "جون كيري".into(),
        "كيري".into()
    )));
    assert!(!roster(&w).iter().any(|r| r.starts_with("كيري,")));
}

#[test]
fn merge_folds_a_speaker_in_and_reimports_keep_it_folded() {
    let w = imported();
    let kerry = claims_of(&w, "جون كيري").len();
    refused(
        &w,
        &[
            (
                ["speakers", "merge", "جون كيري", "جون كيري"],
                "error: 'جون كيري' and 'جون كيري' are one speaker already ('جون كيري')\n",
            ),
            (
                ["speakers", "merge", "جون كيري", "كيري"],
                "error: 'كيري' names 2 speakers: جون كيري, كيري@x1; give one of these names (NAME@ARTICLE is the speaker NAME in that article)\n",
            ),
            (
                ["speakers", "merge", "nobody", "جون كيري"],
                "error: no speaker is named 'nobody' (`isnad speakers` lists them)\n",
            ),
            (
                ["speakers", "merge", "الوزير الأميركي@x1", "جون كيري"],
                "error: 'جون كيري' is known across articles and 'الوزير الأميركي@x1' only in article x1: fold it the other way, isnad speakers merge \"جون كيري\" \"الوزير الأميركي@x1\"\n",
            ),
        ],
    );

    let run = ok(w.run(&["speakers", "merge", "جون كيري", "الوزير الأمريكي@x1"]));
    assert_eq!(
        run.stdout,
        "merged الوزير الأميركي@x1 into جون كيري: 1 claims moved\n"
    );
    ok(w.run(&["speakers", "merge", "جون كيري", "كيري@x1"]));
    let x1 = [
        (
            "x1".to_string(),
            "500 طلعة جوية".to_string(),
            "جون كيري".to_string(),
            "الوزير الأميركي".to_string(),
        ),
        (
            "x1".to_string(),
            "12 دولة".to_string(),
            "جون كيري".to_string(),
            "كيري".to_string(),
        ),
    ];
    let all = claims_of(&w, "جون كيري");
    assert_eq!(all.len(), kerry + 2);
    assert!(x1.iter().all(|c| all.contains(c)), "{all:?}");
    assert!(
        !roster(&w).iter().any(|r| r.contains(",x1,")),
        "{:?}",
        roster(&w)
    );
    // x2's minister stays another speaker.
    assert!(roster(&w).contains(&"الوزير الأمريكي,person,x2,1".to_string()));

    // x1 changes: its claims are extracted and stored again, and stay Kerry's.
    w.write(
        "more/x1.md",
        "---\nid: x1\ndate: 2018-05-01\n---\nوقال الوزير الأميركي إن القوات نفذت 600 طلعة جوية.\n\nوقال كيري إن 12 دولة انضمت.\n",
    );
    let run = ok(w.run(&["import", "more"]));
    assert_eq!(
        run.stdout,
        "0 new, 1 updated, 1 unchanged, 0 failed; 2 claims stored\n"
    );
    let after: Vec<_> = claims_of(&w, "جون كيري")
        .into_iter()
        .filter(|c| c.0 == "x1")
        .collect();
    assert_eq!(
        after,
        [
            (
                "x1".to_string(),
                "600 طلعة جوية".to_string(),
                "جون كيري".to_string(),
                "الوزير الأميركي".to_string()
            ),
            x1[1].clone(),
        ]
    );
    assert!(!roster(&w).iter().any(|r| r.contains(",x1,")));
}

#[test]
fn a_speakers_file_joins_names_across_scripts_on_every_import() {
    let w = Work::new();
    let run = ok(w.run(&[
        "import",
        &fixture_articles(),
        "--speakers",
        &speakers_file(),
    ]));
    assert_eq!(
        run.stdout,
        format!(
            "speakers: 4 declared in {}; 0 stored speakers merged into them\n7 new, 0 updated, 0 unchanged, 0 failed; 60 claims stored\n",
            speakers_file()
        )
    );
    let plain = Work::new();
    ok(plain.run(&["import", &fixture_articles()]));
    // Without the file Kerry is two speakers, one a script; with it, one.
    let mut kerry = claims_of(&plain, "جون كيري");
    kerry.extend(claims_of(&plain, "John Kerry"));
    kerry.sort();
    assert_eq!(kerry.len(), 6);

    // `speaker` is the declared canonical name, `speaker_mention` the text as written.
    for who in ["John Kerry", "kerry", "كيري", "جون كيرى"] {
        let mut found = claims_of(&w, who);
        found.sort();
        assert_eq!(found.len(), kerry.len(), "{who}");
        for (c, k) in found.iter().zip(&kerry) {
            assert_eq!((&c.0, &c.1, &c.3), (&k.0, &k.1, &k.3), "{who}");
            assert_eq!(c.2, "John Kerry");
        }
    }
    let pentagon = claims_of(&w, "البنتاغون");
    assert_eq!(
        pentagon
            .iter()
            .map(|c| (c.2.as_str(), c.3.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Pentagon", "وزارة الدفاع الأميركية"),
            ("Pentagon", "مسؤولين في وزارة الدفاع الأميركية")
        ]
    );
    let roster_first = roster(&w);
    for row in [
        "John Kerry,person,,6",
        "Pentagon,organization,,2",
        "Haider al-Abadi,person,,4",
        "Didier Reynders,person,,2",
    ] {
        assert!(
            roster_first.contains(&row.to_string()),
            "{row} in {roster_first:#?}"
        );
    }
    assert!(!roster_first.iter().any(|r| r.starts_with("جون كيري,")));

    // Applying it again changes nothing.
    let before = w.fingerprint();
    let run = ok(w.run(&[
        "import",
        &fixture_articles(),
        "--speakers",
        &speakers_file(),
    ]));
    assert!(
        run.stdout
            .contains("; 0 stored speakers merged into them\n0 new, 0 updated, 7 unchanged")
    );
    assert_eq!(w.fingerprint(), before);

    // A file applied after the articles gives the same speakers as one applied before.
    let run = ok(plain.run(&[
        "import",
        &fixture_articles(),
        "--speakers",
        &speakers_file(),
    ]));
    assert!(
        run.stdout
            .contains("; 4 stored speakers merged into them\n"),
        "{}",
        run.stdout
    );
    assert_eq!(roster(&plain), roster_first);
}

#[test]
fn a_speakers_file_next_to_the_articles_or_in_the_working_directory_is_applied() {
    let article = "---\nid: x3\n---\nوقال كيري إن 12 دولة انضمت.\n";
    let declared = "same = [\"John Kerry = كيري\"]\n";
    let speaker_of = |w: &Work| claims_of(w, "كيري")[0].2.clone();

    // In the working directory.
    let w = Work::new();
    w.write("articles/x3.md", article);
    w.write("isnad-speakers.toml", declared);
    let run = ok(w.run(&["import", "articles"]));
    assert!(
        run.stdout
            .starts_with("speakers: 1 declared in isnad-speakers.toml;"),
        "{}",
        run.stdout
    );
    assert_eq!(speaker_of(&w), "John Kerry");

    // Beside the imported folder, and in it: both, each once.
    let w = Work::new();
    w.write("news/articles/x3.md", article);
    w.write("news/isnad-speakers.toml", declared);
    w.write(
        "news/articles/isnad-speakers.toml",
        "same = [\"Barack Obama = أوباما\"]\n",
    );
    let run = ok(w.run(&["import", "news/articles"]));
    assert!(
        run.stdout.starts_with(
            "speakers: 2 declared in news/articles/isnad-speakers.toml, news/isnad-speakers.toml;"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(speaker_of(&w), "John Kerry");

    // --speakers replaces the search; without any file, a bare surname stays in its article.
    let w = Work::new();
    w.write("x3.md", article);
    w.write("isnad-speakers.toml", declared);
    w.write("other.toml", "");
    let run = ok(w.run(&["import", "x3.md", "--speakers", "other.toml"]));
    assert!(
        run.stdout
            .starts_with("speakers: 0 declared in other.toml;")
    );
    assert_eq!(speaker_of(&w), "كيري");
    assert_eq!(roster(&w)[1], "كيري,person,x3,1");
}

#[test]
fn a_bad_speakers_file_names_file_and_line_and_changes_nothing() {
    let w = Work::new();
    ok(w.run(&["import", &fixture_articles()]));
    let before = w.fingerprint();
    for (text, message) in [
        (
            "[[speaker]]\nname = \"John Kerry\"\naliases = [\"كيري\"\n",
            "bad.toml:3: unclosed array, expected `]`",
        ),
        (
            "[[speaker]]\nname = \"A\"\nkind = \"pundit\"\n",
            "bad.toml:3: kind: unknown value 'pundit' (expected one of: person, organization, document, group, outlet)",
        ),
        (
            "same = [\n  \"John Kerry = كيري\",\n  \"Kerry Kennedy = كيرى\",\n]\n",
            "bad.toml:3: 'كيرى' cannot be a name of both 'Kerry Kennedy' and 'John Kerry' (declared at bad.toml:2); one name, one speaker",
        ),
        (
            "[[speaker]]\nname = \"A\"\nsame = [\"B = C\"]\n",
            "bad.toml:3: unknown field `same`, expected one of `name`, `kind`, `aliases` (`same = [...]` goes before the first [[speaker]])",
        ),
        (
            "\u{FF}\u{FE}",
            "bad.toml: not UTF-8 text: a speakers file is TOML",
        ),
    ] {
        let path = w.write("bad.toml", text.as_bytes());
        if text.starts_with('\u{FF}') {
            std::fs::write(&path, b"\xff\xfe").unwrap();
        }
        let run = w.run(&["import", &fixture_articles(), "--speakers", "bad.toml"]);
        assert_eq!(
            (run.code, run.stdout.as_str(), run.stderr.as_str()),
            (2, "", format!("error: {message}\n").as_str()),
            "{text}"
        );
        assert_eq!(w.fingerprint(), before, "{text}");
    }
    // A discovered file is checked the same way, and no database is created for nothing.
    let fresh = Work::new();
    fresh.write("isnad-speakers.toml", "same = [\"A = \"]\n");
    let run = fresh.run(&["import", &fixture_articles()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: isnad-speakers.toml:1: 'A = ': expected names"),
        "{}",
        run.stderr
    );
    assert_eq!(fresh.fingerprint(), "<no database>");
    let run = fresh.run(&["import", &fixture_articles(), "--speakers", "missing.toml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: missing.toml: "),
        "{}",
        run.stderr
    );
}

#[test]
fn a_speakers_file_folds_in_what_is_stored_but_keeps_corrections_for_one_article() {
    let w = imported();
    w.write(
        "more/x3.md",
        "---\nid: x3\n---\nوقال كيري إن 14 دولة انضمت.\n",
    );
    ok(w.run(&["import", "more"]));
    assert!(roster(&w).contains(&"كيري,person,x3,1".to_string()));
    // By hand: x1's كيري was Kirby; Kirby is also "Kerry" everywhere (a mistake).
    ok(w.run(&["speakers", "merge", "جون كيربي", "كيري@x1"]));
    ok(w.run(&["speakers", "alias", "جون كيربي", "Kerry"]));

    w.write(
        "speakers.toml",
        "same = [\"John Kerry = جون كيري = كيري = Kerry\"]\n",
    );
    let run = ok(w.run(&["import", "more", "--speakers", "speakers.toml"]));
    assert_eq!(
        run.stderr,
        "warning: speakers.toml:1: 'Kerry' was given by hand to 'جون كيربي'; the speakers file gives it to 'John Kerry'\n"
    );
    assert!(
        run.stdout.starts_with(
            "speakers: 1 declared in speakers.toml; 2 stored speakers merged into them\n"
        ),
        "{}",
        run.stdout
    );
    let speaker_in = |article: &str, text: &str| {
        claims_of(&w, "كيري")
            .into_iter()
            .chain(claims_of(&w, "جون كيربي"))
            .find(|c| c.0 == article && c.1 == text)
            .map(|c| c.2)
    };
    assert_eq!(speaker_in("x3", "14 دولة").as_deref(), Some("John Kerry"));
    assert_eq!(speaker_in("x1", "12 دولة").as_deref(), Some("جون كيربي"));
    assert_eq!(
        claims_of(&w, "Kerry")
            .iter()
            .filter(|c| c.2 != "John Kerry")
            .count(),
        0
    );
    assert!(
        !roster(&w)
            .iter()
            .any(|r| r.starts_with("كيري,") || r.starts_with("جون كيري,"))
    );
}

/// `speakers suggest` on the fixtures imported without the speakers file, plus an English
/// article quoting John Kirby: the three cross-script pairs come out best first, Kirby is
/// paired with no spelling of Kerry, and the printed command joins a pair.
#[test]
fn suggest_pairs_speakers_across_scripts_and_its_command_joins_them() {
    let w = Work::new();
    ok(w.run(&["import", &fixture_articles()]));
    w.write(
        "more/k.md",
        "---\nid: k1\ndate: 2014-12-05\nlang: en\n---\nPentagon spokesman John Kirby said 1,200 airstrikes had hit the group.\n",
    );
    ok(w.run(&["import", "more"]));
    assert!(
        roster(&w).iter().any(|r| r.starts_with("John Kirby,")),
        "{:?}",
        roster(&w)
    );
    let run = ok(w.run(&["speakers", "suggest", "--format", "json"]));
    let pairs: Vec<Value> = serde_json::from_str(&run.stdout).unwrap();
    let pair = |p: &Value| {
        (
            p["latin"].as_str().unwrap().to_string(),
            p["arabic"].as_str().unwrap().to_string(),
        )
    };
    let found: Vec<(String, String)> = pairs.iter().map(pair).collect();
    for (l, a) in [
        ("John Kerry", "جون كيري"),
        ("John Kirby", "جون كيربي"),
        ("Haider al-Abadi", "حيدر العبادي"),
        ("Oana Lungescu", "أوانا لونغيسكو"),
    ] {
        assert!(
            found.contains(&(l.into(), a.into())),
            "{l} / {a} in {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|(l, a)| (l == "John Kirby") != (a == "جون كيربي")),
        "{found:?}"
    );
    let scores: Vec<f64> = pairs.iter().map(|p| p["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|s| s[0] >= s[1]), "{scores:?}");
    // --limit and --min-score cut the same list.
    let top = ok(w.run(&["speakers", "suggest", "--format", "jsonl", "--limit", "1"]));
    assert_eq!(top.stdout.lines().count(), 1);
    let none = ok(w.run(&["speakers", "suggest", "--min-score", "1.01"]));
    assert_eq!(none.stdout, "no pairs to suggest\n");
    // Running the printed command joins the pair; it is then suggested no more.
    let kerry = pairs.iter().find(|p| p["latin"] == "John Kerry").unwrap();
    let command = kerry["command"].as_str().unwrap();
    assert_eq!(command, r#"isnad speakers merge "جون كيري" "John Kerry""#);
    ok(w.run(&["speakers", "merge", "جون كيري", "John Kerry"]));
    let after = ok(w.run(&["speakers", "show", "John Kerry", "--format", "json"]));
    let detail: Value = serde_json::from_str(&after.stdout).unwrap();
    assert_eq!(detail["name"], "جون كيري");
    assert_eq!(detail["claims"].as_array().unwrap().len(), 6);
    let again = ok(w.run(&["speakers", "suggest", "--format", "csv"]));
    assert!(!again.stdout.contains("John Kerry"), "{}", again.stdout);
    assert!(
        again
            .stdout
            .starts_with("score,latin,arabic,kind,command\n"),
        "{}",
        again.stdout
    );
}
