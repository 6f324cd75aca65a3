//! Cross-checking: which claims are about the same quantity, and how their values relate.
//!
//! [`run`] takes claims (stored ones and, for `isnad check PATH…`, new ones), matches them
//! ([`engine`]: blocks by kind, unit and role, an inverted index of subject terms weighted
//! by rarity, weighted similarity), gives every matched pair a verdict ([`verdict`]) and a
//! stable [`codes::Code`], checks claims against house facts ([`facts`]), and returns a
//! [`Report`]: findings grouped by quantity, in a stable order, each with a stable id for
//! baselines ([`baseline`]).

pub mod baseline;
pub mod codes;
pub mod concepts;
pub mod diff;
pub mod engine;
pub mod facts;
pub mod features;
pub mod lexicon;
pub mod value;
pub mod verdict;

use std::collections::BTreeMap;

use serde::Serialize;

pub use codes::{Code, Verdict};
pub use engine::Frequencies;

use crate::config::{CheckSettings, FailOn};
use crate::hash::hex_sha256;
use crate::lang::FastMap;
use crate::model::{Claim, Qualifier};

/// Who stands behind a claim, for speaker conflicts: a stored speaker, or the key of a
/// name in a new article that the store does not know.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpeakerKey {
    Stored(i64),
    New(String),
}

impl SpeakerKey {
    /// The term that stands for the speaker among subject terms.
    pub fn term(&self) -> String {
        match self {
            SpeakerKey::Stored(id) => format!("@{id}"),
            SpeakerKey::New(k) => format!("@{k}"),
        }
    }
}

/// Where a claim can be pointed at: its file, line and column (1-based).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: u64,
    pub column: u64,
}

/// A claim to check, with what the findings show about its article.
#[derive(Clone, Debug)]
pub struct Item {
    pub claim: Claim,
    pub speaker: Option<SpeakerKey>,
    /// Article publication date (`YYYY-MM-DD`).
    pub date: Option<String>,
    pub source: Option<String>,
    /// Not in the store: read from a path given to `isnad check`.
    pub new: bool,
    pub location: Option<Location>,
}

/// A quantity: claims that matched, directly or through each other.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    pub id: String,
    pub kind: crate::model::Kind,
    /// The unit as matched (`killed`, `number:injured`, `country`, `date`).
    pub unit: String,
    /// The subject terms most of its claims share.
    pub terms: Vec<String>,
}

/// A house fact that a claim contradicts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FactRef {
    pub name: String,
    pub value: String,
    pub file: String,
    pub line: u64,
}

/// Whether a baseline knew a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BaselineState {
    Known,
    New,
}

/// One verdict on two claims (or one claim and a fact).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: String,
    pub code: Code,
    pub verdict: Verdict,
    pub message: String,
    /// Index into [`Report::quantities`] (none for a fact finding).
    pub quantity: Option<usize>,
    pub similarity: Option<f64>,
    /// Indices into [`Report::items`].
    pub claims: Vec<usize>,
    pub fact: Option<FactRef>,
    pub failing: bool,
    pub baseline: Option<BaselineState>,
}

/// What a check found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub items: Vec<Item>,
    pub quantities: Vec<Quantity>,
    /// Findings to show, failing ones first, in a stable order.
    pub findings: Vec<Finding>,
    /// Baseline entries no finding matched any more.
    pub gone: Vec<baseline::Entry>,
    pub stats: Stats,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub claims: u64,
    pub checked: u64,
    pub pairs: u64,
    pub by_code: BTreeMap<String, u64>,
}

impl Report {
    pub fn failing(&self) -> usize {
        self.findings.iter().filter(|f| f.failing).count()
    }
}

/// How to run a check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub settings: CheckSettings,
    /// Also list agreeing and compatible pairs.
    pub all: bool,
    /// Only pairs that involve a new item (`isnad check PATH…`).
    pub only_new: bool,
    pub fail_on: FailOn,
}

/// The identity of a claim that survives re-imports: article, kind, unit, words, value.
pub fn claim_identity(c: &Claim) -> String {
    format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        c.article,
        c.kind,
        c.unit.as_deref().unwrap_or(""),
        c.text,
        c.value
    )
}

fn finding_id(code: Code, parts: &mut [String]) -> String {
    parts.sort();
    let text = format!("{}\u{1e}{}", code.as_str(), parts.join("\u{1e}"));
    format!("f-{}", &hex_sha256(text.as_bytes())[..16])
}

/// Checks `items` (document frequencies from `freq`) against each other and `facts`.
pub fn run(
    items: Vec<Item>,
    freq: &Frequencies,
    facts: &[facts::Fact],
    options: &Options,
) -> Report {
    let settings = &options.settings;
    let clock = std::time::Instant::now();
    let timing = std::env::var_os("ISNAD_TIMING").is_some();
    let tick = |what: &str| {
        if timing {
            eprintln!("timing: {what} {:.3}s", clock.elapsed().as_secs_f64());
        }
    };
    let prep = engine::prepare(&items, freq, settings);
    tick("prepare");
    let focus: Option<Vec<bool>> = options
        .only_new
        .then(|| items.iter().map(|i| i.new).collect());
    let pairs = engine::pairs(&items, &prep, focus.as_deref(), settings);
    tick("pairs");
    let groups = engine::quantities(&items, &prep, &pairs, settings.threshold);
    tick("quantities");
    let dates: Vec<Option<f64>> = items
        .iter()
        .map(|i| {
            i.date
                .as_deref()
                .and_then(value::date_bounds)
                .map(|(d, _)| d)
        })
        .collect();
    // Per article and block: the claims (for the support and sum rules).
    let mut by_block: FastMap<(u32, u32), Vec<usize>> = FastMap::default();
    for (i, p) in prep.claims.iter().enumerate() {
        if let (Some(b), Some(_)) = (p.block, p.interval) {
            by_block.entry((p.article, b)).or_default().push(i);
        }
    }
    let side = |i: usize| {
        let p = &prep.claims[i];
        verdict::Side {
            interval: p.interval.expect("matched claims have intervals"),
            vague: items[i].claim.qualifier == Qualifier::Vague,
            date: dates[i],
            relative: p.relative,
            speaker: items[i].speaker.as_ref(),
            is_date: items[i].claim.kind == crate::model::Kind::Date,
        }
    };
    // Verdicts on the pairs that share a term and fell into one quantity.
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for (g, ms) in groups.iter().enumerate() {
        for &m in ms {
            group_of.insert(m, g);
        }
    }
    let mut judged: Vec<(usize, usize, Option<f32>, Code)> = Vec::new();
    for p in &pairs {
        let (a, b) = (p.a, p.b);
        if !group_of.contains_key(&a) || group_of.get(&a) != group_of.get(&b) {
            continue;
        }
        if prep.claims[a].interval.is_none() || prep.claims[b].interval.is_none() {
            continue;
        }
        let cumulative = prep.claims[a].cumulative;
        let Some(code) = verdict::verdict(
            &side(a),
            &side(b),
            cumulative,
            settings.relative_date_days as f64,
        ) else {
            continue;
        };
        let failing_kind = matches!(code.verdict(), Verdict::Conflict | Verdict::SpeakerConflict);
        if failing_kind && explained(&prep, &by_block, a, b) {
            continue;
        }
        judged.push((a, b, Some(p.similarity), code));
    }
    let report_pairs = pairs.len() as u64;
    let mut report = assemble(items, &prep, &groups, judged, options);
    report.stats.pairs = report_pairs;
    report.stats.checked = prep.claims.iter().filter(|c| c.block.is_some()).count() as u64;
    tick("verdicts");
    facts::check(&mut report, &prep, facts, options);
    sort_and_count(&mut report, options);
    report
}

/// Whether a conflict between `a` and `b` is explained by their articles: one article
/// also gives the other's value for the same quantity, one value is the sum of the
/// other sentence's values (`13` against `10 … و3`), or a sentence lists three values
/// or more of the quantity (`بطول 35 كيلومترا … 37 … 72`: which is which is guesswork).
fn explained(
    prep: &engine::Prepared2,
    by_block: &FastMap<(u32, u32), Vec<usize>>,
    a: usize,
    b: usize,
) -> bool {
    let claims = &prep.claims;
    let block = claims[a].block.expect("matched claims have blocks");
    let others = |x: usize| {
        by_block
            .get(&(claims[x].article, block))
            .cloned()
            .unwrap_or_default()
    };
    let iv = |x: usize| claims[x].interval.expect("interval");
    for (x, y) in [(a, b), (b, a)] {
        if others(x).iter().any(|&o| o != x && iv(o).overlaps(&iv(y))) {
            return true;
        }
        let sentence: Vec<usize> = others(x)
            .into_iter()
            .filter(|&o| claims[o].sentence == claims[x].sentence)
            .collect();
        if sentence.len() >= 3 {
            return true;
        }
        if sentence.len() > 1 {
            let sum: f64 = sentence.iter().map(|&o| iv(o).value).sum();
            if (sum - iv(y).value).abs() < 1e-9 {
                return true;
            }
        }
    }
    false
}

/// Findings and quantities from the judged pairs.
fn assemble(
    items: Vec<Item>,
    prep: &engine::Prepared2,
    groups: &[Vec<usize>],
    judged: Vec<(usize, usize, Option<f32>, Code)>,
    options: &Options,
) -> Report {
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for (g, ms) in groups.iter().enumerate() {
        for &m in ms {
            group_of.insert(m, g);
        }
    }
    let shown: Vec<&(usize, usize, Option<f32>, Code)> = judged
        .iter()
        .filter(|(_, _, _, c)| options.all || c.reported())
        .collect();
    let mut quantity_of: FastMap<usize, usize> = FastMap::default();
    let mut quantities = Vec::new();
    for (a, _, _, _) in &shown {
        let g = group_of[a];
        if quantity_of.contains_key(&g) {
            continue;
        }
        let ms = &groups[g];
        let block = prep.claims[ms[0]]
            .block
            .map(|b| prep.blocks[b as usize].clone())
            .unwrap_or_default();
        // Terms shared by most members, by weight.
        let mut counts: FastMap<u32, (usize, f32)> = FastMap::default();
        for &m in ms {
            for &(t, w) in &prep.claims[m].terms {
                let e = counts.entry(t).or_insert((0, 0.0));
                e.0 += 1;
                e.1 = e.1.max(w);
            }
        }
        let mut shared: Vec<(u32, usize, f32)> = counts
            .into_iter()
            .filter(|(t, (n, _))| {
                *n * 2 > ms.len() && !prep.term_names[*t as usize].starts_with('@')
            })
            .map(|(t, (n, w))| (t, n, w))
            .collect();
        shared.sort_by(|x, y| {
            y.1.cmp(&x.1)
                .then(y.2.total_cmp(&x.2))
                .then(prep.term_names[x.0 as usize].cmp(&prep.term_names[y.0 as usize]))
        });
        let mut ids: Vec<String> = ms
            .iter()
            .map(|&m| claim_identity(&items[m].claim))
            .collect();
        ids.sort();
        quantities.push(Quantity {
            id: format!("q-{}", &hex_sha256(ids.join("\u{1e}").as_bytes())[..12]),
            kind: items[ms[0]].claim.kind,
            unit: block,
            terms: shared
                .iter()
                .take(5)
                .map(|(t, _, _)| prep.term_names[*t as usize].clone())
                .collect(),
        });
        quantity_of.insert(g, quantities.len() - 1);
    }
    let mut findings = Vec::new();
    for (a, b, sim, code) in shown {
        let q = quantity_of[&group_of[a]];
        let (a, b) = order_pair(&items, *a, *b);
        let mut parts = vec![
            claim_identity(&items[a].claim),
            claim_identity(&items[b].claim),
        ];
        findings.push(Finding {
            id: finding_id(*code, &mut parts),
            code: *code,
            verdict: code.verdict(),
            message: message(*code, &items[a], &items[b]),
            quantity: Some(q),
            similarity: sim.map(|s| (f64::from(s) * 1000.0).round() / 1000.0),
            claims: vec![a, b],
            fact: None,
            failing: code.fails(options.fail_on),
            baseline: None,
        });
    }
    Report {
        items,
        quantities,
        findings,
        gone: Vec::new(),
        stats: Stats::default(),
    }
}

/// Earlier article first (then by article id and position).
fn order_pair(items: &[Item], a: usize, b: usize) -> (usize, usize) {
    let key = |i: usize| {
        let c = &items[i].claim;
        (items[i].date.clone(), c.article.clone(), c.start)
    };
    if key(a) <= key(b) { (a, b) } else { (b, a) }
}

fn describe(item: &Item) -> String {
    let c = &item.claim;
    let who = c
        .speaker
        .as_deref()
        .or(item.source.as_deref())
        .unwrap_or(&c.article);
    format!("{} «{}» ({})", c.value, c.text, who)
}

fn message(code: Code, a: &Item, b: &Item) -> String {
    let (x, y) = (describe(a), describe(b));
    match code {
        Code::Conflict => format!("{x} conflicts with {y}"),
        Code::SpeakerConflict => format!(
            "{} gives two values: {} and {}",
            a.claim.speaker.as_deref().unwrap_or("one speaker"),
            x,
            y
        ),
        Code::DateOffByOne => {
            format!("{x} is one day from {y} (a time-zone difference?)")
        }
        Code::FallingCount => format!("cumulative count falls from {x} to {y}"),
        Code::Evolving => format!("cumulative count rises from {x} to {y}"),
        Code::Compatible => format!("{x} is compatible with {y}"),
        Code::Agree => format!("{x} agrees with {y}"),
        Code::Fact => format!("{x} contradicts a house fact"),
    }
}

fn sort_and_count(report: &mut Report, options: &Options) {
    let items = &report.items;
    let key = |f: &Finding| {
        let ids: Vec<(String, String, usize)> = f
            .claims
            .iter()
            .map(|&i| {
                let c = &items[i].claim;
                (c.article.clone(), c.text.clone(), c.start)
            })
            .collect();
        (!f.failing, f.verdict, f.code, f.quantity, ids, f.id.clone())
    };
    report.findings.sort_by_key(key);
    report.findings.dedup_by(|a, b| a.id == b.id);
    let mut by_code = BTreeMap::new();
    for f in &report.findings {
        *by_code.entry(f.code.as_str().to_string()).or_insert(0) += 1;
    }
    report.stats.by_code = by_code;
    report.stats.claims = report.items.len() as u64;
    let _ = options;
}
