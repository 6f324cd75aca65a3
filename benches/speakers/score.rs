//! How isnad's speakers are scored against the hand-judged sample `eval/speakers-ar.tsv`
//! (its header says how the sample was drawn and judged). Shared by the harness
//! (`benches/speakers.rs`, `cargo bench --bench speakers`) and the regression test
//! (`tests/cli/speakers_eval.rs`).
//!
//! # Rules
//!
//! * Every labeled article is read from `../shared/corpus/ar-news.jsonl` (one pass over the
//!   file, keeping only the labeled ids) and runs `isnad::extract(body, Lang::Ar, date)`.
//! * The labeled claim is the claim with the row's `start..end` (characters of the body);
//!   failing that, the claim that overlaps it most (a change in how a claim's span is read is
//!   not a speaker error). A row with no overlapping claim is *lost*: the extractor no longer
//!   reads a claim there (often rightly: a time stamp, a misread word), so there is no speaker
//!   to judge; lost rows are counted apart, not scored (the regression test bounds them).
//! * An empty expected speaker is the outlet's own voice: right iff the claim has no speaker.
//! * Otherwise the claim's speaker (the canonical name) must name one of the row's
//!   alternatives (`a | b`). Names are compared word by word on [`isnad::normalize::key`]
//!   with quotes and brackets dropped (`الأميركي`/`الامريكي`, hamza, diacritics and
//!   `"صن"`/`«صن»` do not count). The forms:
//!   - *exact*: the same words (or the same letters once spaces are dropped: `عبدالله` and
//!     `عبد الله`);
//!   - *short*: the speaker's words are a run of the expected name's words that holds its
//!     first word, or its last word with no preposition before the run: `المرصد` for
//!     `المرصد السوري لحقوق الإنسان`, `المالكي` for `نوري المالكي`, but not `البيت الهلالي`
//!     for `مصادر قريبة من البيت الهلالي`. The article names the same speaker more briefly
//!     there, and the lead counts it right;
//!   - *long*: the expected name's words are a run of the speaker's: `الجيش الأوكراني` inside
//!     `الجيش الأوكراني في بيان`. Right as well.
//!
//!   Short and long forms are counted apart from exact ones so they stay visible.
//! * A row whose expected speaker is `EXCLUDE` is not scored.
//! * The score is right / scored, overall, per outlet, and for the held-out round alone.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;

use isnad::model::{Claim, Lang};
use isnad::normalize::key;

/// The sample, relative to the repository root.
pub const TSV: &str = "eval/speakers-ar.tsv";
/// The corpus, relative to the repository root.
pub const CORPUS: &str = "../shared/corpus/ar-news.jsonl";
/// The target, in percent.
pub const TARGET: f64 = 90.0;

/// One labeled claim.
#[derive(Clone, Debug)]
pub struct Row {
    pub line: usize,
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// Alternatives for the expected speaker; empty = the outlet's own voice.
    pub expected: Vec<String>,
    pub group: String,
    pub outlet: String,
    pub note: String,
}

impl Row {
    pub fn outlet_voice(&self) -> bool {
        self.expected.is_empty()
    }
}

/// How a row came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Outlet voice expected and found, or the exact name.
    Exact,
    /// A shorter form of the expected name.
    Short,
    /// A longer form holding the expected name.
    Long,
    /// Another speaker, a speaker where the outlet speaks, or none where someone speaks.
    Wrong,
    /// No claim overlaps the labeled span.
    Lost,
}

impl Verdict {
    pub fn right(self) -> bool {
        matches!(self, Verdict::Exact | Verdict::Short | Verdict::Long)
    }
}

#[derive(Clone, Debug)]
pub struct Case {
    pub row: Row,
    /// The claim found for the row: its span, text and speaker.
    pub got_span: Option<(usize, usize)>,
    pub got_text: String,
    pub got: Option<String>,
    pub mention: Option<String>,
    pub verdict: Verdict,
}

#[derive(Default, Clone, Copy, Debug)]
pub struct Tally {
    pub scored: usize,
    pub right: usize,
    pub short: usize,
    pub long: usize,
    pub lost: usize,
}

impl Tally {
    fn add(&mut self, v: Verdict) {
        if v == Verdict::Lost {
            self.lost += 1;
            return;
        }
        self.scored += 1;
        self.right += usize::from(v.right());
        self.short += usize::from(v == Verdict::Short);
        self.long += usize::from(v == Verdict::Long);
    }

    pub fn percent(&self) -> f64 {
        if self.scored == 0 {
            0.0
        } else {
            100.0 * self.right as f64 / self.scored as f64
        }
    }
}

pub struct Score {
    pub cases: Vec<Case>,
    pub excluded: usize,
    pub total: Tally,
    /// Rows that name a speaker, and rows in the outlet's voice.
    pub speakers: Tally,
    pub outlet_voice: Tally,
    pub by_outlet: BTreeMap<String, Tally>,
    /// Rows of the held-out round (groups `held-out…`), drawn after the fixes.
    pub held_out: Tally,
}

/// Reads the sample's rows (comments and the header line skipped); `EXCLUDE` rows are
/// returned apart.
pub fn parse_tsv(text: &str) -> Result<(Vec<Row>, usize), String> {
    let mut rows = Vec::new();
    let mut excluded = 0;
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = true;
            if !line.starts_with("article\t") {
                return Err(format!("line {}: expected the header line", i + 1));
            }
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            return Err(format!("line {}: {} fields, expected 8", i + 1, f.len()));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|e| format!("line {}: {s:?}: {e}", i + 1))
        };
        if f[4].trim() == "EXCLUDE" {
            excluded += 1;
            continue;
        }
        rows.push(Row {
            line: i + 1,
            article: f[0].to_string(),
            start: num(f[1])?,
            end: num(f[2])?,
            expected: f[4]
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            group: f[5].to_string(),
            outlet: f[6].to_string(),
            note: f.get(7).unwrap_or(&"").to_string(),
        });
    }
    Ok((rows, excluded))
}

/// The labeled articles' bodies and dates, read in one pass over the corpus.
pub fn load_articles(
    corpus: &Path,
    ids: &HashSet<&str>,
) -> Result<HashMap<String, (String, Option<jiff::civil::Date>)>, String> {
    let file = std::fs::File::open(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let mut out = HashMap::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.map_err(|e| format!("{}: {e}", corpus.display()))?;
        // `{"id": "snn-…", …`: look at the id before parsing the line.
        let Some(id) = line
            .get(..60)
            .unwrap_or(&line)
            .split('"')
            .nth(3)
            .filter(|id| ids.contains(id))
        else {
            continue;
        };
        let id = id.to_string();
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("{id}: {e}"))?;
        let body = v["body"].as_str().unwrap_or("").to_string();
        let date = v["date"]
            .as_str()
            .and_then(|d| isnad::ingest::parse_date(d).ok());
        out.insert(id, (body, date));
        if out.len() == ids.len() {
            break;
        }
    }
    Ok(out)
}

/// The words of a name as compared: keys without quotes, brackets and other punctuation.
fn words(name: &str) -> Vec<String> {
    key(name)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Where `part` sits as a run of words inside `whole`.
fn run_at(whole: &[String], part: &[String]) -> Option<usize> {
    if part.is_empty() || part.len() > whole.len() {
        return None;
    }
    (0..=whole.len() - part.len()).find(|&i| whole[i..i + part.len()] == *part)
}

/// How the speaker `got` names the expected `want`.
pub fn compare(want: &str, got: &str) -> Verdict {
    let (w, g) = (words(want), words(got));
    if w == g || (!w.is_empty() && w.concat() == g.concat()) {
        return Verdict::Exact;
    }
    // A tail run is a surname (`المالكي`), not what follows a preposition (`البيت الهلالي`
    // in `مصادر قريبة من البيت الهلالي`).
    let relation = |ws: &[String]| {
        ws.iter()
            .any(|x| matches!(x.as_str(), "من" | "في" | "لدي" | "عن" | "علي" | "الي"))
    };
    if let Some(i) = run_at(&w, &g)
        && (i == 0 || (i + g.len() == w.len() && !relation(&w[..i])))
    {
        return Verdict::Short;
    }
    if run_at(&g, &w).is_some() {
        return Verdict::Long;
    }
    Verdict::Wrong
}

/// The claim for a row: the one with its span, else the one overlapping it most.
fn find<'c>(claims: &'c [Claim], row: &Row) -> Option<&'c Claim> {
    if let Some(c) = claims
        .iter()
        .find(|c| c.start == row.start && c.end == row.end)
    {
        return Some(c);
    }
    claims
        .iter()
        .map(|c| (c, c.end.min(row.end).saturating_sub(c.start.max(row.start))))
        .filter(|(_, overlap)| *overlap > 0)
        .max_by_key(|(_, overlap)| *overlap)
        .map(|(c, _)| c)
}

/// Scores the sample: `repo` is the repository root (the corpus is read from beside it).
pub fn score(repo: &Path) -> Result<Score, String> {
    let tsv_path = repo.join(TSV);
    let text =
        std::fs::read_to_string(&tsv_path).map_err(|e| format!("{}: {e}", tsv_path.display()))?;
    let (rows, excluded) = parse_tsv(&text)?;
    let ids: HashSet<&str> = rows.iter().map(|r| r.article.as_str()).collect();
    let articles = load_articles(&repo.join(CORPUS), &ids)?;
    let mut claims: HashMap<String, Vec<Claim>> = HashMap::new();
    let mut cases = Vec::new();
    for row in rows {
        let (body, date) = articles
            .get(&row.article)
            .ok_or_else(|| format!("line {}: {} is not in the corpus", row.line, row.article))?;
        let found = claims
            .entry(row.article.clone())
            .or_insert_with(|| isnad::extract(body, Lang::Ar, *date));
        let claim = find(found, &row);
        let got = claim.and_then(|c| c.speaker.clone());
        let verdict = match (claim, &got) {
            (None, _) => Verdict::Lost,
            (Some(_), None) if row.outlet_voice() => Verdict::Exact,
            (Some(_), Some(g)) => row
                .expected
                .iter()
                .map(|w| compare(w, g))
                .min_by_key(|v| match v {
                    Verdict::Exact => 0,
                    Verdict::Short => 1,
                    Verdict::Long => 2,
                    _ => 3,
                })
                .unwrap_or(Verdict::Wrong),
            (Some(_), None) => Verdict::Wrong,
        };
        cases.push(Case {
            got_span: claim.map(|c| (c.start, c.end)),
            got_text: claim.map(|c| c.text.clone()).unwrap_or_default(),
            mention: claim.and_then(|c| c.speaker_mention.clone()),
            got,
            verdict,
            row,
        });
    }
    let mut score = Score {
        cases: Vec::new(),
        excluded,
        total: Tally::default(),
        speakers: Tally::default(),
        outlet_voice: Tally::default(),
        by_outlet: BTreeMap::new(),
        held_out: Tally::default(),
    };
    for c in &cases {
        score.total.add(c.verdict);
        if c.row.outlet_voice() {
            score.outlet_voice.add(c.verdict);
        } else {
            score.speakers.add(c.verdict);
        }
        score
            .by_outlet
            .entry(c.row.outlet.clone())
            .or_default()
            .add(c.verdict);
        if c.row.group.starts_with("held-out") {
            score.held_out.add(c.verdict);
        }
    }
    score.cases = cases;
    Ok(score)
}
