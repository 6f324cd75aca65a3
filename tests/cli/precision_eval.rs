//! Precision on the hand-judged random samples (`eval/precision-{ar,en}-holdout*.tsv`,
//! issues 3 and 6) may not drop: of the claims judged right in the latest four fresh
//! samples of a language, today's extractor must still give enough with the same kind,
//! value, bounds, qualifier and unit. A judged claim that changed or vanished counts as
//! lost here: a change to it needs a new judgment (`scripts/sample-claims.py` keeps the
//! verdicts of unchanged rows), not a silent drop in precision.

use std::collections::{BTreeMap, BTreeSet};

use crate::Work;

/// The share of the latest four samples' 400 claims that must still be judged right.
/// English: issue 6's target (97.0% when set: 97, 94, 98, 99). Arabic: the latest four
/// (seeds 115–118) were drawn at 4e79133 in the fourteenth session and judged fresh at 95,
/// 98, 91, 94 (378/400); seeds 111–114, drawn with them, at 92, 97, 96, 96. Re-judged at
/// 4150e86 after ar150–ar151: 98, 99, 92, 96 (385/400). The floor is 94% of them, a guard against losing what was judged right; it is not issue 3's figure,
/// which is the first judgment of fresh samples.
const FLOOR_EN: f64 = 0.95;
const FLOOR_AR: f64 = 0.94;

/// The latest four samples of `lang`, by seed: their rows (11 columns each).
fn latest_samples(lang: &str) -> Vec<(String, Vec<Vec<String>>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let prefix = format!("precision-{lang}-holdout");
    let mut seeds: Vec<(u32, std::path::PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            let seed = name
                .strip_prefix(&prefix)?
                .strip_suffix(".tsv")?
                .parse()
                .ok()?;
            Some((seed, path))
        })
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 4, "fewer than four {lang} samples in eval/");
    seeds[seeds.len() - 4..]
        .iter()
        .map(|(_, path)| {
            let text = std::fs::read_to_string(path).unwrap();
            let rows: Vec<Vec<String>> = text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("article\t") && !l.is_empty())
                .map(|l| l.split('\t').map(str::to_string).collect())
                .collect();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert_eq!(rows.len(), 100, "{name}");
            for r in &rows {
                assert_eq!(r.len(), 11, "{name}: {r:?}");
                assert!(
                    r[9] == "ok" || r[9] == "wrong",
                    "{name}: unjudged row {r:?}"
                );
            }
            (name, rows)
        })
        .collect()
}

/// A field as `scripts/sample-claims.py` writes it: no `.0` on whole numbers, empty for null.
fn field(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// The share of the latest four samples' claims judged right that today's extractor still
/// gives unchanged, and the rows it lost.
fn kept(lang: &str) -> (usize, usize, Vec<String>) {
    let samples = latest_samples(lang);
    let ids: BTreeSet<&str> = samples
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| r[0].as_str()))
        .collect();
    // Only the sampled articles, from the corpus (its lines open with their id).
    let corpus =
        std::fs::read_to_string(crate::shared().join(format!("corpus/{lang}-news.jsonl"))).unwrap();
    let lines: Vec<&str> = corpus
        .lines()
        .filter(|l| {
            let id = l
                .strip_prefix("{\"id\": \"")
                .and_then(|rest| rest.split('"').next())
                .map(str::to_string)
                .unwrap_or_else(|| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    v["id"].as_str().unwrap_or("").to_string()
                });
            ids.contains(id.as_str())
        })
        .collect();
    assert_eq!(
        lines.len(),
        ids.len(),
        "every sampled article is in the corpus"
    );
    let w = Work::new();
    let input = w.write("sampled.jsonl", lines.join("\n") + "\n");
    let run = w.run(&["extract", "--format", "jsonl", input.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    let mut claims: BTreeMap<(String, String, String), Vec<String>> = BTreeMap::new();
    for line in run.stdout.lines() {
        let c: serde_json::Value = serde_json::from_str(line).unwrap();
        let key = (field(&c["article"]), field(&c["start"]), field(&c["end"]));
        let fields = ["kind", "value", "low", "high", "qualifier", "unit"];
        claims.insert(key, fields.iter().map(|f| field(&c[*f])).collect());
    }
    let (mut ok, mut still, mut lost) = (0, 0, Vec::new());
    for (name, rows) in &samples {
        for r in rows.iter().filter(|r| r[9] == "ok") {
            ok += 1;
            let key = (r[0].clone(), r[1].clone(), r[2].clone());
            match claims.get(&key) {
                Some(now) if now[..] == r[3..9] => still += 1,
                now => lost.push(format!("{name}: {:?} judged ok, now {now:?}", &r[..9])),
            }
        }
    }
    (ok, still, lost)
}

fn assert_floor(lang: &str, floor: f64) {
    let (ok, still, lost) = kept(lang);
    let share = still as f64 / 400.0;
    assert!(
        share >= floor,
        "{lang}: {still} of the latest four samples' 400 claims are still judged right \
         ({ok} were), {:.1}% < floor {:.0}%; changed or lost:\n{}",
        share * 100.0,
        floor * 100.0,
        lost.join("\n")
    );
}

#[test]
fn arabic_precision_on_the_judged_samples() {
    assert_floor("ar", FLOOR_AR);
}

#[test]
fn english_precision_on_the_judged_samples() {
    assert_floor("en", FLOOR_EN);
}

#[test]
fn fields_are_written_as_the_sampler_writes_them() {
    // The comparison itself: a whole float is written without `.0`, null as empty.
    assert_eq!(field(&serde_json::json!(16.0)), "16");
    assert_eq!(field(&serde_json::json!(0.75)), "0.75");
    assert_eq!(field(&serde_json::json!(null)), "");
    assert_eq!(field(&serde_json::json!("P25Y")), "P25Y");
}
