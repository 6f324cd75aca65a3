//! Matching: which claims are about the same quantity.
//!
//! Claims are blocked by quantity (kind, unit, role, part-of) and, inside a block, paired
//! only through an inverted index of their subject terms and speaker, so the work grows
//! with the pairs that share a word, not with the square of the store. Each term weighs its
//! inverse document frequency over the store's subjects (rare words count more). Two
//! claims match when their weighted Dice similarity reaches the threshold, they are not
//! the same sentence, and two claims of one article match only when different speakers
//! give them. Between two articles a claim is matched only to its best counterpart (and
//! back), so that `12 … و3` in one article meets `10 … و3` in another number by number.

use std::collections::HashMap;

use super::features::{self, Context};
use super::value::{Interval, interval};
use super::{Item, SpeakerKey};
use crate::config::CheckSettings;
use crate::lang::FastMap;
use crate::model::Kind;

/// Postings longer than this are not followed to find candidates (the term still counts in
/// the similarity of pairs found through another term).
const MAX_POSTINGS: usize = 150;

/// How many of a claim's heaviest terms are followed to find candidates.
const PROBES: usize = 8;

/// The weight of a subject term that is not within eight words of the number.
const FAR: f32 = 0.7;

/// Document frequencies of subject terms (and speakers) over a store.
#[derive(Clone, Debug, Default)]
pub struct Frequencies {
    pub claims: u64,
    pub terms: FastMap<String, u32>,
}

impl Frequencies {
    /// Counts the terms of one claim's subject (and its speaker).
    pub fn add(&mut self, subject: Option<&str>, speaker: Option<&SpeakerKey>) {
        self.add_terms(subject, speaker);
    }

    /// Counts one claim's terms and returns its distinct subject terms.
    pub fn add_terms<'s>(
        &mut self,
        subject: Option<&'s str>,
        speaker: Option<&SpeakerKey>,
    ) -> Vec<&'s str> {
        self.claims += 1;
        let mut seen: Vec<&str> = subject_terms_str(subject).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in &seen {
            match self.terms.get_mut(*t) {
                Some(n) => *n += 1,
                None => {
                    self.terms.insert(t.to_string(), 1);
                }
            }
        }
        if let Some(s) = speaker {
            *self.terms.entry(s.term()).or_default() += 1;
        }
        seen
    }

    fn idf(&self, df: u32) -> f32 {
        (((self.claims + 1) as f64) / (f64::from(df) + 1.0)).ln() as f32
    }
}

/// Counts document frequencies over many stored subjects quickly: each distinct subject
/// token is mapped to its matching term once ([`subject_terms_str`]) and given a term id,
/// so that a claim costs one hash lookup per token. [`TermCounter::finish`] gives the same
/// [`Frequencies`] as [`Frequencies::add`] over the same claims.
#[derive(Default)]
pub struct TermCounter {
    claims: u64,
    /// Subject token (as stored, UTF-8) → term id.
    tokens: FastMap<Box<[u8]>, u32>,
    /// Matching term → term id.
    ids: FastMap<String, u32>,
    /// Term by id, and its document frequency.
    names: Vec<String>,
    df: Vec<u32>,
    speakers: FastMap<i64, u32>,
    seen: Vec<u32>,
}

impl TermCounter {
    /// Counts one stored claim (its subject as stored: UTF-8 keys separated by single
    /// spaces); returns its distinct term ids (speaker not included).
    pub fn add(&mut self, subject: Option<&[u8]>, speaker: Option<i64>) -> &[u32] {
        self.claims += 1;
        self.seen.clear();
        if super::lexicon::user().is_some() {
            // A newsroom lexicon's forms may span tokens: no memo by token.
            let text = subject.map(String::from_utf8_lossy);
            for term in subject_terms_str(text.as_deref()) {
                let id = self.intern(term);
                self.seen.push(id);
            }
        } else {
            for tok in subject
                .unwrap_or_default()
                .split(|&b| b == b' ')
                .filter(|t| !t.is_empty())
            {
                let id = match self.tokens.get(tok) {
                    Some(&id) => id,
                    None => {
                        // Text is checked once per distinct token, not once per row.
                        let Ok(tok_str) = std::str::from_utf8(tok) else {
                            continue;
                        };
                        let id = self.intern(token_term(tok_str));
                        self.tokens.insert(tok.into(), id);
                        id
                    }
                };
                self.seen.push(id);
            }
        }
        self.seen.sort_unstable();
        self.seen.dedup();
        for &id in &self.seen {
            self.df[id as usize] += 1;
        }
        if let Some(s) = speaker {
            *self.speakers.entry(s).or_default() += 1;
        }
        &self.seen
    }

    /// The id of a matching term, given one if it has none.
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(term.to_string());
        self.df.push(0);
        self.ids.insert(term.to_string(), id);
        id
    }

    /// How many distinct terms have ids.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    pub fn finish(self) -> Frequencies {
        let mut terms: FastMap<String, u32> = FastMap::default();
        for (name, df) in self.names.into_iter().zip(self.df) {
            terms.insert(name, df);
        }
        for (s, n) in self.speakers {
            *terms.entry(SpeakerKey::Stored(s).term()).or_default() += n;
        }
        Frequencies {
            claims: self.claims,
            terms,
        }
    }
}

/// The matching terms of a stored subject (its words are normalized already: entity ids,
/// then content words as matching keys without their article).
pub fn subject_terms(subject: Option<&str>) -> impl Iterator<Item = String> + '_ {
    subject_terms_str(subject).map(str::to_string)
}

pub fn subject_terms_str(subject: Option<&str>) -> impl Iterator<Item = &str> + '_ {
    // Stored subjects are single-space separated keys; a newsroom lexicon's forms may span
    // several of them and are matched first.
    let tokens: Vec<&str> = subject
        .unwrap_or("")
        .split(' ')
        .filter(|t| !t.is_empty())
        .collect();
    let user = super::lexicon::user();
    let mut out: Vec<&str> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        match user.and_then(|lex| lex.find(&tokens[i..])) {
            Some((t, taken)) => {
                out.push(t);
                i += taken;
            }
            None => {
                out.push(token_term(tokens[i]));
                i += 1;
            }
        }
    }
    out.into_iter()
}

/// The matching term of one stored subject token: an entity id as it is, a word as its
/// concept or its matching form.
fn token_term(t: &str) -> &str {
    if features::is_entity(t) {
        t
    } else {
        let t = features::term_str(t);
        super::concepts::concept(t).unwrap_or(t)
    }
}

/// A claim ready for matching.
pub struct Prepared {
    pub block: Option<u32>,
    pub interval: Option<Interval>,
    /// (term id, weight), sorted by term id.
    pub terms: Vec<(u32, f32)>,
    /// Terms that index the claim: subject terms and speaker.
    pub keys: Vec<u32>,
    pub total: f32,
    pub relative: bool,
    pub cumulative: bool,
    pub article: u32,
    pub sentence: (u32, usize),
    /// The article's publication day (day number).
    pub day: Option<f64>,
}

/// Blocks, terms and intervals for every item.
pub struct Prepared2 {
    pub claims: Vec<Prepared>,
    pub blocks: Vec<String>,
    pub term_names: Vec<String>,
}

pub fn prepare(items: &[Item], freq: &Frequencies, settings: &CheckSettings) -> Prepared2 {
    let mut term_ids: FastMap<String, u32> = FastMap::default();
    let mut term_names: Vec<String> = Vec::new();
    let mut block_ids: FastMap<String, u32> = FastMap::default();
    let mut blocks: Vec<String> = Vec::new();
    let mut articles: FastMap<&str, u32> = FastMap::default();
    let intern = |t: String, ids: &mut FastMap<String, u32>, names: &mut Vec<String>| -> u32 {
        if let Some(&i) = ids.get(&t) {
            return i;
        }
        let i = names.len() as u32;
        names.push(t.clone());
        ids.insert(t, i);
        i
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let c = &item.claim;
        let n = articles.len() as u32;
        let article = *articles.entry(c.article.as_str()).or_insert(n);
        let span = (
            c.start.saturating_sub(c.sentence_start),
            c.end.saturating_sub(c.sentence_start),
        );
        let checked = settings.kinds.contains(&c.kind);
        let ctx = Context::new(
            if checked { &c.sentence } else { "" },
            if checked { span } else { (0, 0) },
        );
        let block = checked
            .then(|| features::block(c.kind, c.unit.as_deref(), &ctx))
            .flatten();
        let block_id = block.as_ref().map(|b| {
            let key = b.clone();
            match block_ids.get(&key) {
                Some(&i) => i,
                None => {
                    let i = blocks.len() as u32;
                    blocks.push(key.clone());
                    block_ids.insert(key, i);
                    i
                }
            }
        });
        let cumulative = block.as_deref().is_some_and(|b| {
            let base = b.trim_end_matches("+part");
            let unit = base.rsplit(':').next().unwrap_or(base);
            let head = base.split(':').next().unwrap_or(base);
            settings
                .cumulative
                .iter()
                .any(|u| u == unit || u == head || u == base)
        });
        // Near words weigh by distance; subject terms found farther off weigh FAR.
        let mut near: HashMap<String, f32> = HashMap::new();
        if block.is_some() {
            for (t, w) in ctx.window_terms() {
                let e = near.entry(t).or_insert(0.0);
                *e = e.max(w);
            }
        }
        let mut weights: HashMap<u32, f32> = HashMap::new();
        let mut keys = Vec::new();
        let subject = if block.is_some() {
            c.subject.as_deref()
        } else {
            None
        };
        for t in subject_terms(subject) {
            let Some(&df) = freq.terms.get(&t) else {
                continue;
            };
            let mult = near.remove(&t).unwrap_or(FAR);
            let w = freq.idf(df) * mult;
            let id = intern(t, &mut term_ids, &mut term_names);
            keys.push(id);
            let e = weights.entry(id).or_insert(0.0);
            *e = e.max(w);
        }
        for (t, mult) in near {
            let Some(&df) = freq.terms.get(&t) else {
                continue;
            };
            let w = freq.idf(df) * mult;
            let id = intern(t, &mut term_ids, &mut term_names);
            let e = weights.entry(id).or_insert(0.0);
            *e = e.max(w);
        }
        if let Some(s) = item.speaker.as_ref().filter(|_| block.is_some()) {
            let t = s.term();
            let df = freq.terms.get(&t).copied().unwrap_or(0);
            let w = freq.idf(df) * settings.speaker_weight as f32;
            let id = intern(t, &mut term_ids, &mut term_names);
            keys.push(id);
            weights.insert(id, w);
        }
        let mut terms: Vec<(u32, f32)> = weights.into_iter().filter(|(_, w)| *w > 0.0).collect();
        terms.sort_by_key(|(t, _)| *t);
        keys.sort();
        keys.dedup();
        let total = terms.iter().map(|(_, w)| w).sum();
        out.push(Prepared {
            block: block_id,
            interval: interval(
                c.kind,
                &c.value,
                c.low.as_ref(),
                c.high.as_ref(),
                c.qualifier,
                settings.approx_tolerance,
            ),
            terms,
            keys,
            total,
            relative: c.kind == Kind::Date && features::is_relative_date(&c.text),
            cumulative,
            article,
            sentence: (article, c.sentence_start),
            day: item
                .date
                .as_deref()
                .and_then(super::value::date_bounds)
                .map(|(d, _)| d),
        });
    }
    Prepared2 {
        claims: out,
        blocks,
        term_names,
    }
}

/// Weighted Dice similarity of two term vectors.
pub fn similarity(a: &Prepared, b: &Prepared) -> f32 {
    if a.total <= 0.0 || b.total <= 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0f32);
    while i < a.terms.len() && j < b.terms.len() {
        let (ta, wa) = a.terms[i];
        let (tb, wb) = b.terms[j];
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += wa.min(wb);
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared / (a.total + b.total)
}

/// A matched pair: indices into the items, `a < b`, and their similarity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
}

/// Candidate pairs among `items` (sharing an indexed term, in one block, published at most
/// `max_days_apart` apart) whose similarity reaches half the threshold; with `focus`, only
/// pairs that involve a focus item.
pub fn pairs(
    items: &[Item],
    prep: &Prepared2,
    focus: Option<&[bool]>,
    settings: &CheckSettings,
) -> Vec<Pair> {
    let floor = (settings.threshold / 2.0) as f32;
    let days = f64::from(settings.max_days_apart);
    let claims = &prep.claims;
    // Postings per block: term → items.
    let mut postings: FastMap<(u32, u32), Vec<u32>> = FastMap::default();
    for (i, c) in claims.iter().enumerate() {
        let Some(block) = c.block else { continue };
        for &k in &c.keys {
            postings.entry((block, k)).or_default().push(i as u32);
        }
    }
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(block) = c.block else { continue };
        if focus.is_some_and(|f| !f[i]) {
            continue;
        }
        seen.clear();
        // Prefix filtering: a pair worth comparing shares one of the heaviest terms.
        let mut probe: Vec<(u32, f32)> = c.terms.clone();
        probe.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for &(t, _) in probe.iter().take(PROBES) {
            let Some(list) = postings.get(&(block, t)) else {
                continue;
            };
            if list.len() > MAX_POSTINGS {
                continue;
            }
            seen.extend(list.iter().copied().filter(|&j| j as usize != i));
        }
        seen.sort_unstable();
        seen.dedup();
        for &j in &seen {
            let (a, b) = if (i as u32) < j {
                (i as u32, j)
            } else {
                (j, i as u32)
            };
            candidates.push((a, b));
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    if std::env::var_os("ISNAD_TIMING").is_some() {
        eprintln!("timing: {} candidate pairs", candidates.len());
    }
    let mut out = Vec::new();
    for (a, b) in candidates {
        let (a, b) = (a as usize, b as usize);
        if !comparable(items, claims, a, b) {
            continue;
        }
        if let (Some(da), Some(db)) = (claims[a].day, claims[b].day)
            && (da - db).abs() > days
        {
            continue;
        }
        let s = similarity(&claims[a], &claims[b]);
        if s >= floor && s > 0.0 {
            out.push(Pair {
                a,
                b,
                similarity: s,
            });
        }
    }
    out
}

/// Whether two claims may be about one quantity at all: not one sentence, and in one
/// article only when two different named speakers give them.
pub fn comparable(items: &[Item], claims: &[Prepared], a: usize, b: usize) -> bool {
    let (ca, cb) = (&claims[a], &claims[b]);
    if ca.sentence == cb.sentence {
        return false;
    }
    if ca.article == cb.article {
        return match (&items[a].speaker, &items[b].speaker) {
            (Some(x), Some(y)) => x != y,
            _ => false,
        };
    }
    true
}

/// Quantities: groups of claims built by average linkage. Pairs are taken from the most
/// similar down; two groups merge when the pair reaches `threshold` and the mean
/// similarity over all their cross pairs (unpaired ones count 0) does too, and when no
/// article would give the group two values under one speaker. So `28 دولة` joins the
/// other NATO count it resembles, not the coalition counts it shares one word with.
pub fn quantities(
    items: &[Item],
    prep: &Prepared2,
    pairs: &[Pair],
    threshold: f64,
) -> Vec<Vec<usize>> {
    let claims = &prep.claims;
    let mut order: Vec<&Pair> = pairs
        .iter()
        .filter(|p| f64::from(p.similarity) >= threshold)
        .collect();
    order.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    // Cluster of each claim, members and (article, speaker) keys of each cluster, and the
    // summed similarity between clusters.
    let mut cluster_of: FastMap<usize, usize> = FastMap::default();
    let mut members: FastMap<usize, Vec<usize>> = FastMap::default();
    let mut links: FastMap<usize, FastMap<usize, f32>> = FastMap::default();
    let key = |i: usize| (claims[i].article, items[i].speaker.clone());
    for p in pairs {
        for x in [p.a, p.b] {
            cluster_of.entry(x).or_insert(x);
            members.entry(x).or_insert_with(|| vec![x]);
        }
        *links.entry(p.a).or_default().entry(p.b).or_insert(0.0) += p.similarity;
        *links.entry(p.b).or_default().entry(p.a).or_insert(0.0) += p.similarity;
    }
    for p in order {
        let (ca, cb) = (cluster_of[&p.a], cluster_of[&p.b]);
        if ca == cb {
            continue;
        }
        let (ma, mb) = (&members[&ca], &members[&cb]);
        let sum = links
            .get(&ca)
            .and_then(|l| l.get(&cb))
            .copied()
            .unwrap_or(0.0);
        let mean = f64::from(sum) / (ma.len() * mb.len()) as f64;
        if mean < threshold {
            continue;
        }
        let clash = ma.iter().any(|&x| {
            mb.iter().any(|&y| {
                key(x) == key(y)
                    || (claims[x].article == claims[y].article && !comparable(items, claims, x, y))
            })
        });
        if clash {
            continue;
        }
        // Merge the smaller into the larger.
        let (keep, gone) = if ma.len() >= mb.len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let moved = members.remove(&gone).unwrap_or_default();
        for &m in &moved {
            cluster_of.insert(m, keep);
        }
        members.get_mut(&keep).expect("cluster").extend(moved);
        let gone_links = links.remove(&gone).unwrap_or_default();
        for (other, w) in gone_links {
            if other == keep {
                continue;
            }
            *links.entry(keep).or_default().entry(other).or_insert(0.0) += w;
            if let Some(l) = links.get_mut(&other) {
                l.remove(&gone);
                *l.entry(keep).or_insert(0.0) += w;
            }
        }
        if let Some(l) = links.get_mut(&keep) {
            l.remove(&gone);
        }
    }
    let mut out: Vec<Vec<usize>> = members
        .into_values()
        .filter(|m| m.len() > 1)
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_counter_counts_as_frequencies_do() {
        let claims: [(Option<&str>, Option<i64>); 5] = [
            (Some("coalition iraq الاجتماع اجتماعات"), Some(3)),
            (Some("iraq meeting مسوولون"), None), // stored subjects hold normalized keys
            (None, Some(3)),
            (Some("syria  officials"), Some(4)),
            (Some("coalition coalition"), None),
        ];
        let mut slow = Frequencies::default();
        let mut fast = TermCounter::default();
        for (subject, speaker) in claims {
            slow.add(subject, speaker.map(SpeakerKey::Stored).as_ref());
            fast.add(subject.map(str::as_bytes), speaker);
        }
        let fast = fast.finish();
        assert_eq!(fast.claims, slow.claims);
        let sorted = |f: &Frequencies| {
            let mut v: Vec<(String, u32)> = f.terms.iter().map(|(k, v)| (k.clone(), *v)).collect();
            v.sort();
            v
        };
        assert_eq!(sorted(&fast), sorted(&slow));
        // Spellings of one word, and the two languages, meet on one term.
        assert_eq!(slow.terms["~meeting"], 2);
        assert_eq!(slow.terms["~official"], 2);
        assert_eq!(slow.terms["@3"], 2);
    }
}
