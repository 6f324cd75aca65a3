//! The Arabic pack: numbers in digits and words with their qualifiers and counted nouns,
//! percents, money, ordinals, dates and durations.
//!
//! Each sentence is tokenized once; then, left to right, the longest reading at each token
//! wins: a number with its qualifier, range and counted noun, or a dual noun alone
//! (`شهرين`). Spans never overlap and never start or end inside a word (a proclitic such as
//! `و` or `ب` is left out of the span).

mod ar100;
mod ar101;
mod ar102;
mod ar103;
mod ar104;
mod ar105;
mod ar106;
mod ar107;
mod ar108;
mod ar109;
mod ar110;
mod ar111;
mod ar112;
mod ar113;
mod ar114;
mod ar115;
pub(crate) mod ar116;
mod ar117;
mod ar118;
mod ar119;
mod ar120;
mod ar121;
mod ar122;
mod ar123;
mod ar124;
mod ar125;
mod ar126;
mod ar127;
mod ar128;
mod ar129;
mod ar130;
mod ar131;
mod ar132;
mod ar133;
mod ar134;
mod ar135;
mod ar136;
mod ar137;
mod ar138;
mod ar139;
mod ar140;
mod ar141;
mod ar142;
mod ar143;
mod ar144;
mod ar145;
mod ar146;
mod ar147;
mod ar148;
mod ar149;
mod ar150;
mod ar151;
mod ar64;
mod ar65;
mod ar66;
mod ar67;
mod ar68;
mod ar69;
mod ar70;
mod ar71;
mod ar72;
mod ar73;
mod ar74;
mod ar75;
mod ar77;
mod ar78;
mod ar79;
mod ar81;
pub(crate) mod ar82;
mod ar83;
mod ar84;
mod ar85;
mod ar86;
mod ar87;
mod ar88;
mod ar89;
mod ar90;
mod ar91;
mod ar92;
mod ar93;
mod ar94;
mod ar95;
mod ar96;
mod ar97;
mod ar98;
mod ar99;
mod attribution;
mod audit63;
mod counts;
mod dates;
mod heads;
mod hijri;
mod labels;
mod names2;
mod numbers;
mod ordinals;
mod qualifiers;
mod quals2;
mod recurring;
mod speed31;
mod speed35;
mod subject;
mod today;
mod tokens;
mod units;
mod weekdays;
mod yearctx;

use std::sync::LazyLock;

use super::{Document, FastSet, LanguagePack, Recognized};
use crate::model::{Kind, Lang, Qualifier, SpeakerKind, Value};
use numbers::Num;
use qualifiers::RangeOpen;
use tokens::{Token, TokenKind};
use units::{UnitKind, UnitMatch};

pub struct Arabic;

/// How far `نحو`/`حوالي` reach either side of the value (DESIGN.md: `نحو 1000` → 900..1100).
pub const APPROX_TOLERANCE: f64 = 0.10;

/// The interval of an approximate number from `low` to `high`: [`APPROX_TOLERANCE`] beyond
/// each end, outward for negative numbers too (`نحو -1` is -1.1..-0.9).
pub fn approx_bounds(low: f64, high: f64) -> (f64, f64) {
    (
        tidy(low - low.abs() * APPROX_TOLERANCE),
        tidy(high + high.abs() * APPROX_TOLERANCE),
    )
}

/// The bounds of a single value `v` by its qualifier: an interval around it for «about»,
/// open above or below for «more/less than», the value itself otherwise.
pub fn qualified_bounds(qualifier: Qualifier, v: f64) -> (Option<f64>, Option<f64>) {
    match qualifier {
        Qualifier::Approx => {
            let (low, high) = approx_bounds(v, v);
            (Some(low), Some(high))
        }
        Qualifier::MoreThan | Qualifier::AtLeast => (Some(v), None),
        Qualifier::LessThan | Qualifier::AtMost => (None, Some(v)),
        _ => (Some(v), Some(v)),
    }
}

impl LanguagePack for Arabic {
    fn lang(&self) -> Lang {
        Lang::Ar
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Recognized>) {
        let tokens: Vec<Vec<Token<'_>>> = doc
            .sentences
            .iter()
            .map(|s| tokens::tokenize(s.text(doc.text), s.byte_start))
            .collect();
        let first_claim = out.len();
        // speed36: the keys and run ends of a sentence in buffers kept for the next one.
        let mut keys: Vec<&str> = Vec::new();
        let mut run_end: Vec<usize> = Vec::new();
        // ar124: the previous sentence's tokens, for a former or latter that points back.
        let all_tokens = &tokens;
        for ((index, sentence), tokens) in doc.sentences.iter().enumerate().zip(&tokens) {
            if style_sheet(sentence.text(doc.text)) {
                continue;
            }
            keys.clear();
            keys.extend(tokens.iter().map(|t| t.key.as_str()));
            run_ends(tokens, &mut run_end);
            let ctx = Ctx::new(
                sentence.text(doc.text),
                sentence.byte_start,
                index,
                tokens,
                &keys,
                &run_end,
            );
            let sentence_first = out.len();
            let mut i = 0;
            while i < ctx.tokens.len() {
                if let Some((r, next)) = age_decade(&ctx, i) {
                    out.push(r);
                    i = next;
                    continue;
                }
                if !may_start(&ctx.tokens[i]) {
                    i += 1;
                    continue;
                }
                if let Some(next) = not_a_date(&ctx, i)
                    .or_else(|| ar66::not_a_date(ctx.tokens, i, doc.publication_date))
                    .or_else(|| ar69::identifier(&ctx, i))
                    .or_else(|| ar89::not_dated(ctx.tokens, i, doc.publication_date))
                {
                    i = next;
                } else if let Some((r, next)) = date(&ctx, i, doc.publication_date) {
                    out.push(r);
                    i = next;
                } else if let Some(last) = doc
                    .publication_date
                    .is_none()
                    .then(|| dates::extent_at(ctx.tokens, i))
                    .flatten()
                {
                    // A date that cannot be resolved (no publication date): its words are
                    // not numbers or ordinals either.
                    i = last + 1;
                } else if let Some((r, next)) =
                    ar84::alternative(&ctx, i).or_else(|| definite_count(&ctx, i))
                {
                    out.push(r);
                    i = next;
                } else if let Some(next) = dual_pair(&ctx, i) {
                    i = next;
                } else if let Some(next) = not_a_claim(&ctx, i) {
                    i = next;
                } else if let Some((mut r, next)) = quantity(&ctx, i) {
                    let next = per_hour(&ctx, &mut r, next);
                    if let Some(prev) = out.last() {
                        shared_approx(doc.text, prev, &mut r);
                    }
                    shared_percent(doc.text, &mut out[first_claim..], &r);
                    shared_unit(doc.text, &mut out[first_claim..], &r);
                    chain_unit(&ctx, doc.text, &mut out[first_claim..], &r);
                    if let Some(prev) = out[first_claim..].last() {
                        elided_noun(&ctx, prev, &mut r, next);
                    }
                    if let Some(prev) = out[first_claim..].last_mut()
                        && (amount_across_comma(doc.text, prev, &r)
                            || compound_duration(doc.text, prev, &r))
                    {
                        i = next;
                        continue;
                    }
                    out.push(r);
                    i = next;
                } else if let Some((r, next)) = ordinal(&ctx, i) {
                    out.push(r);
                    i = next;
                } else if let Some((r, next)) = dual_noun(&ctx, i) {
                    out.push(r);
                    i = next;
                } else {
                    i += 1;
                }
            }
            // A percent in this sentence or the one before.
            let percent_near = out[first_claim..]
                .iter()
                .rev()
                .take_while(|c| c.sentence + 1 >= index)
                .any(|c| c.kind == Kind::Percent);
            ar65::retune(&ctx, out, sentence_first);
            ar73::retune(&ctx, &mut out[sentence_first..]);
            ar73::conversions(tokens, &mut out[sentence_first..]);
            ar70::rank_places(&ctx, &mut out[sentence_first..]);
            ar79::retune(&ctx, out, sentence_first);
            ar83::retune(&ctx, out, sentence_first);
            ar84::retune(&ctx, out, sentence_first);
            ar87::retune(&ctx, out, sentence_first);
            ar90::retune(&ctx, out, sentence_first);
            ar91::retune(&ctx, out, sentence_first);
            ar94::retune(&ctx, out, sentence_first);
            ar98::retune(&ctx, out, sentence_first);
            ar103::retune(&ctx, out, sentence_first);
            ar93::retune(&ctx, out, sentence_first, doc.publication_date);
            ar97::retune(&ctx, out, sentence_first, doc.publication_date);
            ar95::retune(&ctx, out, sentence_first, doc.publication_date);
            ar96::retune(&ctx, out, sentence_first);
            ar106::retune(&ctx, out, sentence_first);
            ar101::retune(&ctx, out, sentence_first);
            ar104::retune(&ctx, out, sentence_first, doc.publication_date);
            ar107::retune(&ctx, out, sentence_first, doc.publication_date);
            ar102::retune(&ctx, out, sentence_first);
            ar108::retune(&ctx, out, sentence_first);
            ar111::retune(&ctx, out, sentence_first);
            ar110::retune(&ctx, out, sentence_first);
            ar114::retune(&ctx, out, sentence_first);
            ar113::retune(&ctx, out, sentence_first);
            ar116::retune(&ctx, out, sentence_first);
            ar116::open_after_gap(&ctx, out, sentence_first);
            ar120::retune(&ctx, out, sentence_first);
            ar112::retune(&ctx, out, sentence_first, doc.publication_date);
            ar117::retune(&ctx, out, sentence_first, doc.publication_date);
            ar118::retune(&ctx, out, sentence_first);
            ar119::retune(&ctx, out, sentence_first);
            ar121::retune(&ctx, out, sentence_first);
            ar122::retune(&ctx, out, sentence_first);
            ar123::retune(&ctx, out, sentence_first, doc.publication_date);
            let prev_tokens = index.checked_sub(1).map(|p| all_tokens[p].as_slice());
            ar124::retune(&ctx, out, sentence_first, prev_tokens);
            ar125::retune(&ctx, out, sentence_first);
            ar128::retune(&ctx, out, sentence_first);
            ar126::retune(&ctx, out, sentence_first);
            ar129::retune(&ctx, out, sentence_first);
            ar133::retune(&ctx, out, sentence_first);
            ar138::retune(&ctx, out, sentence_first);
            ar135::retune(&ctx, out, sentence_first);
            ar139::retune(&ctx, out, sentence_first);
            ar127::retune(&ctx, out, sentence_first, doc.text);
            ar131::retune(&ctx, out, sentence_first);
            ar136::retune(&ctx, out, sentence_first, doc.text);
            ar132::retune(&ctx, out, sentence_first, doc.publication_date, doc.text);
            ar141::retune(&ctx, out, sentence_first);
            ar89::retune(&ctx, &mut out[sentence_first..], doc.publication_date);
            ar140::retune(&ctx, out, sentence_first);
            ar145::retune(&ctx, out, sentence_first);
            ar144::retune(&ctx, out, sentence_first);
            ar143::retune(&ctx, out, sentence_first);
            ar146::retune(&ctx, out, sentence_first, doc.publication_date, doc.text);
            ar147::retune(&ctx, out, sentence_first);
            ar148::retune(&ctx, out, sentence_first);
            ar151::retune(&ctx, out, sentence_first);
            ar150::retune(&ctx, out, sentence_first);
            rate_percent(&ctx, &mut out[sentence_first..], percent_near);
        }
        // `مقالات أخرى للكاتب` («other articles by the writer»): the footer of an opinion
        // column lists the titles of the writer's other columns, glued together (`دواعش إلا
        // ربع!`, `الوطنية والأممية 1- 2`); a title's number or ordinal claims nothing.
        // (The last such heading, in the second half of the text: never a sidebar's at the top.)
        // (Only the second half is searched: a heading there starts past its middle byte.)
        let half =
            (doc.text.len() / 2 + 1..=doc.text.len()).find(|&b| doc.text.is_char_boundary(b));
        if let Some(footer) = half.and_then(|h| doc.text[h..].rfind(OTHER_ARTICLES).map(|f| h + f))
        {
            let mut seen = 0;
            out.retain(|c| {
                seen += 1;
                seen <= first_claim || c.byte_start < footer
            });
        }
        ar99::writer_day(doc.text, &mut out[first_claim..], doc.publication_date);
        ar67::currency_by_country(&mut out[first_claim..], &tokens);
        // Who says what: stretches of reported speech with their speakers, in order (not
        // looked for in an article without claims: speed36).
        if out.len() > first_claim {
            let reported = attribution::attribute(doc.text, &doc.sentences, &tokens);
            attribute_claims(&mut out[first_claim..], &reported);
        }
        tokens::recycle(tokens);
    }
}

/// The heading of the list of a columnist's other columns at the end of a column.
const OTHER_ARTICLES: &str = "مقالات أخرى للكاتب";

/// Gives each claim the speaker of the reported stretch that contains it; a claim outside
/// every stretch is the outlet's own voice and keeps no speaker. Both lists are in order.
fn attribute_claims(claims: &mut [Recognized], reported: &[attribution::Reported]) {
    let mut k = 0;
    for c in claims.iter_mut() {
        while k < reported.len() && reported[k].end <= c.byte_start {
            k += 1;
        }
        let Some(r) = reported[k..]
            .iter()
            .take_while(|r| r.start <= c.byte_start)
            .find(|r| r.start <= c.byte_start && c.byte_end <= r.end)
        else {
            continue;
        };
        c.speaker = Some(r.speaker.name.clone());
        c.speaker_mention = (!r.speaker.mention.is_empty()).then(|| r.speaker.mention.clone());
        c.speaker_kind = Some(match r.speaker.kind {
            attribution::SpeakerKind::Person => SpeakerKind::Person,
            attribution::SpeakerKind::Organization => SpeakerKind::Organization,
            attribution::SpeakerKind::Document => SpeakerKind::Document,
            attribution::SpeakerKind::Group => SpeakerKind::Group,
        });
    }
}

/// One sentence being read: its tokens and where it sits in the document.
struct Ctx<'a, 't> {
    /// The sentence's text; token offsets are `base` + offsets into it.
    text: &'t str,
    base: usize,
    tokens: &'a [Token<'t>],
    /// Index of the sentence in the document.
    index: usize,
    /// The tokens' keys.
    keys: &'a [&'a str],
    /// For each token, the index after the run of words it starts (itself when not a word).
    run_end: &'a [usize],
    subjects: subject::Subjects<'a, 't>,
    /// speed32: the last number [`Ctx::number_at`] read, (token, reading): the label
    /// filters ([`labels::not_a_claim`]) and the quantity reader ask for the same one.
    number: std::cell::Cell<Option<(usize, Option<numbers::Num>)>>,
}

/// For each token, the index after the run of words it starts (itself when not a word),
/// into `run_end` (emptied first).
/// A `2` or `3` glued to a word ends the run with it (`م2`, `كم2`: square metres,
/// kilometres; `م3`: cubic metres).
fn run_ends(tokens: &[Token<'_>], run_end: &mut Vec<usize>) {
    run_end.clear();
    run_end.resize(tokens.len(), 0);
    let mut end = tokens.len();
    for (i, t) in tokens.iter().enumerate().rev() {
        let squared = t.kind == TokenKind::Latin
            && matches!(t.text, "2" | "3")
            && i > 0
            && tokens[i - 1].kind == TokenKind::Word
            && tokens[i - 1].end == t.start;
        if t.kind != TokenKind::Word && !squared {
            end = i;
        }
        run_end[i] = end;
    }
}

/// Whether the Arabic word `word` (as written, at least two letters) is a counted noun or
/// scale word that a number in digits may be typed against (`25عاما`, `11كم`, `8مليار`,
/// `300ألف`): the digits then read as a number with that word after it. A word with a
/// proclitic or the article is not (`٤من`, `5موبايلي`).
pub(crate) fn counted_after_digits(word: &str) -> bool {
    let key = crate::normalize::key(word);
    if key.chars().nth(1).is_none() {
        return false;
    }
    numbers::is_scale_key(&key)
        || units::lookup(&[key.as_str()]).is_some_and(|u| !u.proclitic && !u.definite)
}

/// Stems that can start a claim: number words and the first words of dates and ordinals.
static STARTS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| numbers::keys().chain(dates::start_keys()).collect());

/// Whether a claim can start at `t`: a number, or a word whose stem (with or without its
/// proclitics and article) can start one, or a possible dual noun (see [`dual_ending`]).
/// Most words are turned away here, before any recognizer runs.
fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Number { .. } => true,
        TokenKind::Latin => t
            .text
            .starts_with(|c: char| c.is_ascii_digit() || ('٠'..='۹').contains(&c)),
        TokenKind::Word => dual_ending(&t.key) || t.lex & lex::START != 0,
        TokenKind::Punct(_) => false,
    }
}

/// The word lists that are asked of nearly every word, as bits of [`Token::lex`]: the
/// tokenizer finds a word's bits once ([`lex_of`]), where each reader made hash look-ups
/// of every stem of its own.
pub(crate) mod lex {
    /// A stem, or a stem without its article, is in [`super::STARTS`] ([`super::may_start`]).
    pub const START: u8 = 1;
    /// A stem, or a stem without its article, can start a date (`dates::may_start`).
    pub const DATE_START: u8 = 2;
    /// A stem, without its article when it has one, is an ordinal's or a cardinal unit's
    /// (`ordinals::may_be_ordinal`).
    pub const ORDINAL: u8 = 4;
    /// A stem is a number word's (`numbers::word_at`).
    pub const NUMBER: u8 = 8;
}

/// Every key of the lists of [`lex`], with the bits of the lists it is in.
static LEX_KEYS: LazyLock<super::FastMap<&'static str, u8>> = LazyLock::new(|| {
    let mut m: super::FastMap<&'static str, u8> = super::FastMap::default();
    let lists: [(u8, Vec<&'static str>); 4] = [
        (lex::START, STARTS.iter().copied().collect()),
        (lex::DATE_START, dates::start_keys().collect()),
        (lex::ORDINAL, ordinals::ordinal_keys().collect()),
        (lex::NUMBER, numbers::keys().collect()),
    ];
    for (bit, keys) in lists {
        for k in keys {
            *m.entry(k).or_default() |= bit;
        }
    }
    m
});

/// The keys of [`LEX_KEYS`], asked of each stem of a word before the map (speed31).
static LEX_FILTER: LazyLock<super::KeyFilter> =
    LazyLock::new(|| super::KeyFilter::new(LEX_KEYS.keys().copied()));

/// The [`lex`] bits of a word's key. Each bit answers its reader's own test over the stems
/// ([`Token::stems`]); the endings filter turns most words away before any look-up.
#[inline]
pub(crate) fn lex_of(key: &str) -> u8 {
    if !may_end_a_start(key) {
        return 0;
    }
    lex_of_stems(key)
}

/// [`lex_of`] past its filter (out of line: most words stop at the filter, which the
/// tokenizer then asks without a call).
#[inline(never)]
fn lex_of_stems(key: &str) -> u8 {
    // Most stems are in none of the lists: the filter answers them without hashing.
    let (map, filter) = (&*LEX_KEYS, &*LEX_FILTER);
    let listed = |s: &str| {
        if filter.may_have(s) {
            map.get(s).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut bits = 0;
    for (_, s) in tokens::stems(key) {
        let bare = listed(s);
        let (after_article, definite) = match s.strip_prefix("ال") {
            Some(r) => (listed(r), true),
            None => (0, false),
        };
        bits |= (bare | after_article) & (lex::START | lex::DATE_START);
        bits |= (if definite { after_article } else { bare }) & lex::ORDINAL;
        bits |= bare & lex::NUMBER;
    }
    bits
}

/// How the keys of [`LEX_KEYS`] end, for [`may_end_a_start`]: the keys of two chars, and the
/// last three chars of the longer ones (as [`last_chars`] numbers them). `None` when some
/// key is shorter or has chars outside the Arabic block there.
struct StartEndings {
    /// The keys of two chars.
    two: Bits,
    /// The last three chars of the longer keys, sorted, and a bit for each under
    /// [`hash16`] that turns most other endings away before the search.
    three: Vec<u32>,
    three_hashed: Bits,
}

/// A set of 16-bit numbers, a bit each.
struct Bits(Vec<u64>);

impl Bits {
    fn new() -> Bits {
        Bits(vec![0; (1 << 16) / 64])
    }

    fn insert(&mut self, n: u16) {
        self.0[usize::from(n / 64)] |= 1 << (n % 64);
    }

    fn contains(&self, n: u16) -> bool {
        self.0[usize::from(n / 64)] & (1 << (n % 64)) != 0
    }
}

fn hash16(n: u32) -> u16 {
    (n.wrapping_mul(0x9E37_79B1) >> 16) as u16
}

static START_ENDINGS: LazyLock<Option<StartEndings>> = LazyLock::new(|| {
    let mut endings = StartEndings {
        two: Bits::new(),
        three: Vec::new(),
        three_hashed: Bits::new(),
    };
    for k in LEX_KEYS.keys() {
        match k.chars().count() {
            0 | 1 => return None,
            2 => endings.two.insert(u16::try_from(last_chars(k, 2)?).ok()?),
            _ => {
                let three = last_chars(k, 3)?;
                endings.three.push(three);
                endings.three_hashed.insert(hash16(three));
            }
        }
    }
    endings.three.sort_unstable();
    Some(endings)
});

/// The last `n` chars of `key` as one number, when each is a two-byte char of the Arabic
/// block (lead byte D8..DB, a byte that never occurs inside another char).
fn last_chars(key: &str, n: usize) -> Option<u32> {
    let bytes = key.as_bytes();
    let tail = bytes.get(bytes.len().checked_sub(2 * n)?..)?;
    tail.chunks_exact(2).try_fold(0, |acc, pair| {
        let (lead, next) = (pair[0], pair[1]);
        (0xD8..=0xDB)
            .contains(&lead)
            .then(|| acc << 8 | (u32::from(lead & 0x03) << 6) | u32::from(next & 0x3F))
    })
}

/// A quick test before the look-ups of [`lex_of`], false only when none of them can
/// succeed: each string looked up is a suffix of `key` (a stem, or a stem without its
/// article), so one of two chars is `key`'s last two, and a longer one ends with `key`'s
/// last three. (Two bit tests instead of up to a dozen hash look-ups; most words stop
/// here.)
#[inline]
fn may_end_a_start(key: &str) -> bool {
    let Some(endings) = START_ENDINGS.as_ref() else {
        return true;
    };
    if let Some(three) = last_chars(key, 3) {
        let two = (three & 0xFFFF) as u16;
        return endings.two.contains(two)
            || (endings.three_hashed.contains(hash16(three))
                && endings.three.binary_search(&three).is_ok());
    }
    match last_chars(key, 2) {
        Some(two) if key.len() == 4 => endings.two.contains(two as u16),
        // Nothing shorter than two chars is looked up.
        _ if key.chars().nth(1).is_none() => false,
        _ => true,
    }
}

/// Whether a key ends like a dual, `ان` or `ين`: the units table derives every dual it knows
/// from a singular by these endings.
fn dual_ending(key: &str) -> bool {
    key.ends_with("ين") || key.ends_with("ان")
}

impl<'a, 't> Ctx<'a, 't> {
    fn new(
        text: &'t str,
        base: usize,
        index: usize,
        tokens: &'a [Token<'t>],
        keys: &'a [&'a str],
        run_end: &'a [usize],
    ) -> Ctx<'a, 't> {
        Ctx {
            text,
            base,
            tokens,
            index,
            keys,
            run_end,
            subjects: subject::Subjects::new(tokens, keys, run_end, &numbers::is_number_word),
            number: std::cell::Cell::new(None),
        }
    }

    /// [`numbers::parse_at`] at token `i`, remembered for the next reader that asks.
    fn number_at(&self, i: usize) -> Option<numbers::Num> {
        if let Some((at, n)) = self.number.take()
            && at == i
        {
            self.number.set(Some((at, n.clone())));
            return n;
        }
        let n = numbers::parse_at(self.tokens, i);
        self.number.set(Some((i, n.clone())));
        n
    }

    /// The subject of the claim on tokens `first..=last`.
    fn subject(&self, first: usize, last: usize) -> Option<String> {
        self.subjects.subject(first, last)
    }

    /// The keys of up to four words from token `i`, for unit lookup.
    fn keys_from(&self, i: usize) -> &'a [&'a str] {
        let end = self.run_end.get(i).copied().unwrap_or(i).min(i + 4);
        &self.keys[i.min(end)..end]
    }

    /// The text of tokens `first..=last` as written.
    fn surface(&self, first: usize, last: usize) -> String {
        self.text[self.tokens[first].start - self.base..self.tokens[last].end - self.base]
            .to_string()
    }
}

/// `بالمئة`, `في المئة`, `بالمائة`, `في المائة` after a number: returns the last token.
fn percent_words(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let is_hundred = |k: &str| matches!(k, "الميه" | "المايه" | "المىه");
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    if matches!(t.key.as_str(), "بالميه" | "بالمايه") {
        return Some(i);
    }
    if t.key == "في" && tokens.get(i + 1).is_some_and(|n| is_hundred(&n.key)) {
        return Some(i + 1);
    }
    None
}

/// Words after which a number is an identifier, not a quantity (`الرقم العسكري 13598`,
/// `بالرمز 100`, `هاتف 920`).
const CODE_WORDS: &[&str] = &[
    "رقم",
    "الرقم",
    "رمز",
    "الرمز",
    "كود",
    "الكود",
    "هاتف",
    "الهاتف",
    "جوال",
    "الجوال",
    "تحويلة",
    "ص.ب",
    "صندوق",
    "المرسوم",
    "القرار",
    "القانون",
    "المادة",
    "مادة",
    "البند",
    "الفقرة",
    "فقرة",
    // `المواد 66، 67، و68`, `البنود 3 و4`, `الفصل 7 من الميثاق`; and see PLURAL_LABELS.
    "المادتين",
    "الآية",
    "الايه",
    "آية",
    "الآيتان",
    "الآيتين",
    "الآيات",
    "الحديث",
    "السورة",
    "الطريق",
    "طريق",
    "شارع",
    "الشارع",
    "مخرج",
    "المخرج",
    "بوابة",
    "البوابة",
    "صالة",
    "الصالة",
    "الفئة",
    "فئة",
    // A military unit's number: `اللواء 15`, `الفرقة 30`, `الفيلق 5`.
    "اللواء",
    "للواء",
    "الفرقة",
    "للفرقة",
    "الفيلق",
    "للفيلق",
];

/// Words of calling before a phone number in brackets: `مركز الاتصال لخدمة العملاء (19911)`
/// (stem keys: asked of every stem, so `الاتصال` and `للعملاء` too).
const CONTACT_WORDS: &[&str] = &["اتصال", "هاتف", "عملاء", "ساخن", "مجاني", "مجانيا", "رقم"];
static CONTACT_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(CONTACT_WORDS));

/// Nouns (stem keys) graded in stars: `فندق 5 نجوم`, `خدمة أربع نجوم`.
const STAR_GRADED: &[&str] = &[
    "فندق",
    "الفندق",
    "فنادق",
    "الفنادق",
    "حج",
    "الحج",
    "مستوي",
    "خدمه",
    "تصنيف",
    "التصنيف",
    "تقييم",
    "التقييم",
    "درجه",
    "منتجع",
    "منتجعات",
];

/// [`last_byte_set`] of [`STAR_GRADED`].
const STAR_GRADED_ENDINGS: u64 = last_byte_set(STAR_GRADED);

/// The low six bits of the last byte of each of `words`, as bits of a set: a stem (which
/// ends where its word's key ends) is one of the words only if its key's last byte is in it.
const fn last_byte_set(words: &[&str]) -> u64 {
    let (mut set, mut k) = (0, 0);
    while k < words.len() {
        let b = words[k].as_bytes();
        if !b.is_empty() {
            set |= 1 << (b[b.len() - 1] & 0x3F);
        }
        k += 1;
    }
    set
}

/// Whether the last byte of `key` is in `set` ([`last_byte_set`]).
/// Whether a stem of `t` (see [`Token::stems`]) is `stem`. A stem is a suffix of the key:
/// a key that ends otherwise is not peeled.
fn stem_is(t: &Token<'_>, stem: &str) -> bool {
    t.key.ends_with(stem) && t.stems().any(|(_, s)| s == stem)
}

fn last_byte_in(key: &str, set: u64) -> bool {
    key.as_bytes()
        .last()
        .is_some_and(|b| set & 1 << (b & 0x3F) != 0)
}

/// Whether a key is of a definite word: `إلى` (keyed `الي`), `التي`, `الذي` … begin with
/// the same letters and are none.
fn definite_key(key: &str) -> bool {
    key.starts_with("ال") && !ARTICLE_LOOKALIKES.contains(&key)
}

/// Function words whose keys begin like the article `ال` (`إلى`, `التي`, `الذي`, `إلا`, `الآن`).
const ARTICLE_LOOKALIKES: &[&str] = &[
    "الي",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللاتي",
    "اللواتي",
    "الا",
    "الان",
    "اليه",
    "اليها",
    "اليهم",
];

/// Words after which a bare four-digit number is a year (`في 1956`, `منذ بداية 2014`).
const YEAR_CUES: &[&str] = &[
    "في",
    "منذ",
    "حتى",
    "قبل",
    "بعد",
    "خلال",
    "بداية",
    "نهاية",
    "مطلع",
    "أواخر",
    "أوائل",
    "منتصف",
    "موسم",
    "لعام",
    "العام",
    "عامي",
    "سنة",
];

/// Label words that also stand before a count of what they name (`ومجموع المواد 12 مادة`,
/// `مضى على هذا الفصل 3 سنوات`: `الفصل` is also «dismissal», «semester»): identifiers
/// only when nothing counted follows. Keys.
const PLURAL_LABELS: &[&str] = &["المواد", "البنود", "الفقرات", "الفصل"];
static CODE_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| {
    let (a, b) = (key_set(CODE_WORDS), key_set(PLURAL_LABELS));
    a.iter().chain(b.iter()).cloned().collect()
});
static YEAR_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(YEAR_CUES));

/// Whether a sentence is style-sheet code leaked into the text (`ul { padding: 0; margin:
/// 0; }`): two CSS declarations (a Latin property, a colon, a short value without Arabic
/// and a semicolon), or one inside braces. Its numbers are no claims.
fn style_sheet(text: &str) -> bool {
    let mut declarations = 0;
    for (at, _) in text.match_indices(':') {
        let property = text[..at].trim_end();
        let name_len = property
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
            .count();
        let before = property[..property.len() - name_len].chars().next_back();
        if name_len < 3 || before.is_some_and(|c| c.is_alphanumeric()) || property.ends_with('-') {
            continue;
        }
        let value = &text[at + 1..];
        let Some(end) = value.find([';', '}']) else {
            continue;
        };
        let value = &value[..end];
        if value.trim().is_empty()
            || value.chars().count() > 60
            || value
                .chars()
                .any(|c| crate::lang::is_arabic_letter(c) || c == '\n')
        {
            continue;
        }
        declarations += 1;
    }
    declarations >= 2 || (declarations == 1 && text.contains('{') && text.contains('}'))
}

/// The keys of a word list, for lookups of tokens' keys.
fn key_set(words: &[&str]) -> super::KeySet {
    words.iter().map(|w| crate::normalize::key(w)).collect()
}

/// Whether nothing is counted from token `k` on: no unit of the lexicon and no currency
/// sign (a number with neither is a code, a version or a phone group, not a count).
fn nothing_counted(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    units::lookup(ctx.keys_from(k)).is_none() && currency_sign(ctx.tokens, k).is_none()
}

/// Whether token `k` is a group of one to three digits (a `%` may follow them).
fn spaced_group(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        matches!(t.kind, TokenKind::Number { .. }) && {
            let digits = t.text.chars().take_while(char::is_ascii_digit).count();
            (1..=3).contains(&digits)
                && t.text[digits..]
                    .chars()
                    .all(|c| matches!(c, '%' | '٪' | ' '))
        }
    })
}

/// Whether token `k` is a Latin comma with a space on at least one side (`216, 407`,
/// `407 ,814`, `430 , 72`), between two tokens.
fn spaced_comma(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0
        && matches!(tokens.get(k).map(|t| &t.kind), Some(TokenKind::Punct(',')))
        && tokens
            .get(k + 1)
            .is_some_and(|n| tokens[k - 1].end < tokens[k].start || tokens[k].end < n.start)
}

/// A number at token `i` that is not a claim, and the token after it: a list item's number
/// at the start of a line (`2 - ابتسم`), an identifier after `الرقم`, `الرمز`, `هاتف` …, or
/// the model number of `إف- 16`.
fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = &tokens[i];
    // `عام 1258 قبل الميلاد`: a year BC, which the model cannot hold.
    if t.number().is_some() && weekdays::before_christ(tokens, i) {
        return Some(i + 1);
    }
    if let Some(next) = score(tokens, i)
        .or_else(|| name_ordinal(tokens, i))
        .or_else(|| clock_ordinal(tokens, i))
        .or_else(|| labels::not_a_claim(ctx, i))
        .or_else(|| heads::restated(tokens, i))
        .or_else(|| heads::ratio_denominator(tokens, i))
        .or_else(|| ar65::not_a_claim(ctx, i))
        .or_else(|| ar68::dash_pair(ctx, i))
        .or_else(|| ar71::number_before_weekday(tokens, i))
        .or_else(|| ar69::name_ordinal(tokens, i))
        .or_else(|| ar69::name_number(ctx, i))
        .or_else(|| ar74::not_a_claim(ctx, i))
        .or_else(|| ar78::not_a_claim(ctx, i))
        .or_else(|| ar81::not_a_claim(ctx, i))
        .or_else(|| ar88::not_a_claim(ctx, i))
        .or_else(|| ar98::not_a_claim(ctx, i))
        .or_else(|| ar104::not_a_claim(ctx, i))
        .or_else(|| ar100::not_a_claim(ctx, i))
        .or_else(|| ar105::not_a_claim(ctx, i))
        .or_else(|| ar115::not_a_claim(ctx, i))
        .or_else(|| ar83::not_a_claim(ctx, i))
        .or_else(|| ar128::not_a_claim(ctx, i))
        .or_else(|| ar130::not_a_claim(ctx, i))
        .or_else(|| ar137::not_a_claim(ctx, i))
        .or_else(|| ar141::not_a_claim(ctx, i))
        .or_else(|| ar142::not_a_claim(ctx, i))
        .or_else(|| ar149::not_a_claim(ctx, i))
        .or_else(|| ar85::kuwait_index(ctx.tokens, i))
        .or_else(|| ar85::stray_dot(ctx, i))
    {
        return Some(next);
    }
    // `#ثمان_وأربعون_قانوناً`, `«مليون_وردة_للسيسي»`: a word or number glued to `_` or
    // after `#` is part of a hashtag, which names a tag and claims nothing; the whole tag is
    // passed over.
    let tag_mark = |k: usize, marks: &[char]| matches!(tokens[k].kind, TokenKind::Punct(c) if marks.contains(&c));
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    if i > 0 && tag_mark(i - 1, &['_', '#']) && glued(i - 1, i)
        || i + 1 < tokens.len() && tag_mark(i + 1, &['_']) && glued(i, i + 1)
    {
        let mut next = i + 1;
        while next + 1 < tokens.len()
            && tag_mark(next, &['_'])
            && glued(next - 1, next)
            && glued(next, next + 1)
            && !matches!(tokens[next + 1].kind, TokenKind::Punct(_))
        {
            next += 2;
        }
        return Some(next);
    }
    // `( 216, 407 ,814 ريال )`, `طوله 430 , 72 كلم`: groups of up to three digits split by
    // a Latin comma with a space beside it, in text whose direction was mangled. The order
    // of the groups cannot be trusted, so none of them is a claim: the run is passed over.
    if spaced_group(tokens, i) && spaced_comma(tokens, i + 1) && spaced_group(tokens, i + 2) {
        let mut next = i + 3;
        while spaced_comma(tokens, next) && spaced_group(tokens, next + 1) {
            next += 2;
        }
        return Some(next);
    }
    // `وقالت الخامسة عشرة:`, `الحادية عشرة: نقد`: a compound ordinal before a colon heads a
    // list item like a single one (see [`ordinal`]); its `عشرة` is no number either.
    if t.kind == TokenKind::Word
        && matches!(
            tokens.get(i + 2).map(|t| &t.kind),
            Some(TokenKind::Punct(':'))
        )
        && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        && ordinals::parse_at(tokens, i).is_some_and(|o| o.first == i && o.last == i + 1)
    {
        return Some(i + 2);
    }
    // `منذ خمس خمس سنوات`: a number word written twice is read once, the second time (not
    // a scale, which multiplies: `ألف ألف`, `مليار مليار`).
    if t.kind == TokenKind::Word
        && tokens.get(i + 1).is_some_and(|n| n.key == t.key)
        && numbers::is_number_word(t)
        && !numbers::is_multiplier(t)
    {
        return Some(i + 1);
    }
    // `بضع الوقت`, `بضع الخطأ`: `بضع` before a definite noun is no count (a typo of
    // `بعض` "some"; a count takes an indefinite plural: `بضع ساعات`).
    if matches!(t.key.as_str(), "بضع" | "بضعه")
        && tokens.get(i + 1).is_some_and(|n| {
            // `آلاف` is keyed `الاف`: a scale, not the article.
            n.kind == TokenKind::Word && n.key.starts_with("ال") && !numbers::is_number_word(n)
        })
    {
        return Some(i + 1);
    }
    // `فندق 5 نجوم`, `حج خمس نجوم`, `بمستوى أربع نجوم`: a grade, not a count of stars.
    if i > 0
        // (A number is digits or a word the tokenizer marked: `numbers::parse_at`.)
        && (t.number().is_some() || t.lex & lex::NUMBER != 0)
        && last_byte_in(&tokens[i - 1].key, STAR_GRADED_ENDINGS)
        && tokens[i - 1].stems().any(|(_, s)| STAR_GRADED.contains(&s))
        && let Some(n) = numbers::parse_at(tokens, i)
        && n.value <= 7.0
        && tokens
            .get(n.last + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "نجوم" | "نجمات"))
    {
        return Some(n.last + 2);
    }
    // `الرقم اثنين`, `القميص رقم تسعة`: a rank or identifier written in words, not a count
    // (but `رقم مليون رحلة` is "the figure of a million trips").
    if t.kind == TokenKind::Word
        && i > 0
        && matches!(tokens[i - 1].key.as_str(), "رقم" | "الرقم")
        && numbers::is_number_word(t)
        && let Some(n) = numbers::parse_at(tokens, i)
        && !n.vague
        && n.value < 100.0
    {
        return Some(n.last + 1);
    }
    // `ألف الكاتب كتبا`: the verb «authored», spelled like «thousand»; the number takes an
    // indefinite noun (`ألف كتاب`), never the definite subject of a verb.
    if t.key == "الف"
        && tokens.get(i + 1).is_some_and(|n| {
            // (The article as written: `إله` is keyed `اله` too.)
            n.kind == TokenKind::Word
                && n.text.starts_with("ال")
                && !ARTICLE_LOOKALIKES.contains(&n.key.as_str())
                && !numbers::is_number_word(n)
        })
        && (i == 0 || tokens[i - 1].number().is_none() && !numbers::is_number_word(&tokens[i - 1]))
    {
        return Some(i + 1);
    }
    // `ألف مبروك`, `ألف شكر`, `ألف سلامة`: «a thousand congratulations», a wish.
    // Also with a clitic (`وألف مبروك`, `فألف مبروك`), and `ألف مبارك` at the end of
    // the clause (before a word, `مبارك` may be a name).
    if matches!(t.key.as_str(), "الف" | "والف" | "فالف")
        && tokens.get(i + 1).is_some_and(|n| {
            matches!(n.key.as_str(), "مبروك" | "شكر" | "سلامه" | "تحيه" | "رحمه")
                || n.key == "مبارك" && tokens.get(i + 2).is_none_or(|m| m.kind != TokenKind::Word)
        })
    {
        return Some(i + 2);
    }
    // `ضميرا ميتا`, `ميتاً`: «dead», keyed like `مئتا` (two hundred), which is written with
    // its hamza.
    if ["ميتا", "ميتان", "ميتين"]
        .iter()
        .any(|e| t.key.ends_with(e))
        && t.stems()
            .any(|(_, s)| matches!(s, "ميتا" | "ميتان" | "ميتين"))
        && !t.text.contains(['ئ', 'ء'])
    {
        return Some(i + 1);
    }
    // `ولست أزعم`, `لست أدري`: `لست` (I am not), not `ست` (six) after `ل`; six for a noun
    // counted after it stays (`لست سنوات`).
    if matches!(t.key.as_str(), "لست" | "ولست" | "فلست")
        && units::lookup(ctx.keys_from(i + 1)).is_none()
        && tokens.get(i + 1).is_none_or(|n| !numbers::is_multiplier(n))
    {
        return Some(i + 1);
    }
    // `الصورة بألف كلمة`: a picture is worth a thousand words, a proverb.
    if t.key == "بالف" && tokens.get(i + 1).is_some_and(|n| n.key == "كلمه") {
        return Some(i + 2);
    }
    if let Some(next) = figure_of_speech(tokens, i) {
        return Some(next);
    }
    t.number()?;
    // `عرب 48`, `فلسطينيي 48`: the Arabs of the lands taken in 1948, a name; `موقع 24`: a
    // news site named by its number (`موقع` in construct, nothing counted after).
    if t.text.chars().all(|c| c.is_numeric())
        && i > 0
        && (t.number() == Some(48.0)
            && tokens[i - 1]
                .stems()
                .any(|(_, s)| matches!(s, "عرب" | "فلسطينيي" | "فلسطينيو" | "اراضي"))
            || tokens[i - 1].key.ends_with("موقع")
                && tokens[i - 1].stems().any(|(p, s)| s == "موقع" && !p.ends_with("ال")))
        && tokens.get(i + 1).is_none_or(|n| !numbers::is_multiplier(n))
        // (A definite adjective after it describes the name, `موقع 24 الإماراتي`.)
        && (nothing_counted(ctx, i + 1) || tokens.get(i + 1).is_some_and(|n| n.text.starts_with("ال")))
    {
        return Some(i + 1);
    }
    // `= 3=`, `(2)`, `-4-`: a section's number on a line of its own, no claim.
    if matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0)
        && t.text.chars().count() <= 2
        && tokens.len() > 1
        && tokens.iter().enumerate().all(|(k, o)| {
            k == i
                || matches!(
                    o.kind,
                    TokenKind::Punct('(' | ')' | '=' | '-' | '*' | '«' | '»' | '"' | '.' | '/')
                )
        })
    {
        return Some(i + 1);
    }
    // `عام 1395- 1975`, `عام 1343/ 1924`, `"1436 - 2015"`: a Hijri year and the Gregorian
    // year it falls in, one year in two calendars; the Gregorian year takes the date.
    if let TokenKind::Number {
        value: h,
        percent: false,
    } = t.kind
        && t.text.chars().count() == 4
        && (1300.0..=1500.0).contains(&h)
        && tokens
            .get(i + 1)
            .is_some_and(|d| matches!(d.kind, TokenKind::Punct('-' | '–' | '/')))
        && tokens.get(i + 2).is_some_and(|g| {
            g.text.chars().count() == 4
                && g.number()
                    .is_some_and(|g| (g - (h * 0.970_229 + 621.564)).abs() <= 1.5)
        })
    {
        return Some(i + 1);
    }
    // `1920 في 1080 بيكسل`: a screen's resolution, no year and no count.
    if t.number().is_some_and(|v| v >= 100.0)
        && tokens.get(i + 1).is_some_and(|w| w.key == "في")
        && tokens
            .get(i + 2)
            .and_then(Token::number)
            .is_some_and(|v| v >= 100.0)
        && tokens.get(i + 3).is_some_and(|u| {
            u.stems()
                .any(|(_, s)| matches!(s, "بكسل" | "بيكسل" | "بكسلات" | "بيكسلات"))
        })
    {
        return Some(i + 4);
    }
    // `إمداد غذائي سليم ٠`: the Arabic-Indic zero typed for a full stop after the last word.
    if t.text == "٠"
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i + 1..]
            .iter()
            .all(|o| matches!(o.kind, TokenKind::Punct(_)))
    {
        return Some(i + 1);
    }
    // `4-2-3-1`, `4-4-2`: a football formation, three or four single digits joined by dashes.
    {
        let mut k = i;
        let mut parts = 1;
        while tokens
            .get(k + 1)
            .is_some_and(|d| matches!(d.kind, TokenKind::Punct('-' | '–')))
            && tokens.get(k + 2).is_some_and(|n| {
                n.text.chars().count() == 1 && n.number().is_some_and(|v| (1.0..=6.0).contains(&v))
            })
        {
            k += 2;
            parts += 1;
        }
        if parts >= 3
            && t.text.chars().count() == 1
            && t.number().is_some_and(|v| (1.0..=6.0).contains(&v))
            && tokens
                .get(k + 1)
                .is_none_or(|d| !matches!(d.kind, TokenKind::Punct('-' | '–' | '/')))
        {
            return Some(k + 1);
        }
    }
    // `(5+1)`: the name of the group of powers, no count.
    if matches!(
        tokens.get(i + 1).map(|t| &t.kind),
        Some(TokenKind::Punct('+'))
    ) && tokens.get(i + 2).and_then(Token::number) == Some(1.0)
    {
        return Some(i + 3);
    }
    // `64/128 غيغابايت`, `32/64/128 غيغابايت`: sizes to choose from, not a fraction; the
    // last one takes the unit.
    if t.text.chars().all(|c| c.is_numeric()) {
        let mut k = i;
        while tokens
            .get(k + 1)
            .is_some_and(|d| matches!(d.kind, TokenKind::Punct('/')))
            && tokens.get(k + 2).is_some_and(|n| {
                n.text.chars().all(|c| c.is_numeric()) && n.number() > tokens[k].number()
            })
        {
            k += 2;
        }
        if k > i
            && t.number().is_some_and(|v| v >= 8.0)
            && units::lookup(ctx.keys_from(k + 1)).is_some_and(|u| {
                matches!(u.concept, "kilobyte" | "megabyte" | "gigabyte" | "terabyte")
            })
        {
            return Some(k);
        }
    }
    // `المرسوم السلطاني (6/96)`, `للمخطط 12/16`, `النووي (8/56)`, `الموسم 36/1437هـ`,
    // `تمويل 80/20`, `بجهد 380/230 كيلوفولت`: two whole numbers glued by a slash, the
    // second past a month's, are a reference, a volume and page, a season or a split — a
    // fraction is a share of a round whole (`77/100`, `45/50`), never more than it.
    if let Some(a) = t.number()
        && t.text.chars().all(|c| c.is_numeric())
        && matches!(
            tokens.get(i + 1).map(|n| &n.kind),
            Some(TokenKind::Punct('/'))
        )
        && tokens[i + 1].start == t.end
        && let Some(b) = tokens.get(i + 2).filter(|n| n.start == tokens[i + 1].end)
        && b.text.chars().all(|c| c.is_numeric())
        && let Some(d) = b.number()
        && d > 12.0
        && !((1300.0..=2100.0).contains(&a) && (1300.0..=2100.0).contains(&d))
        && !matches!(
            tokens.get(i + 3).map(|n| &n.kind),
            Some(TokenKind::Punct('/'))
        )
        && (a > d || d % 10.0 != 0.0)
    {
        // `1436/10/25-24`: a day after a dash glued to it belongs to the same reference.
        let glued = |k: usize| tokens.get(k).is_some_and(|n| n.start == tokens[k - 1].end);
        if matches!(
            tokens.get(i + 3).map(|n| &n.kind),
            Some(TokenKind::Punct('-'))
        ) && glued(i + 3)
            && glued(i + 4)
            && tokens[i + 4].number().is_some()
        {
            return Some(i + 5);
        }
        return Some(i + 3);
    }
    // `قطار القراءة "3"`: a number alone in quotes after a word is a label, not a
    // quantity (with a noun after the quote it counts: `"30" طالبا`).
    let quote = |k: usize| {
        matches!(
            tokens.get(k).map(|t| &t.kind),
            Some(TokenKind::Punct('"' | '“' | '”' | '«' | '»'))
        )
    };
    // Only before the end of the clause or a definite word (`«3» الذي يقام`): before an
    // indefinite word or a scale the number still counts (`«56» جنازة`, `“34” مليون`).
    // (Not after the article or a word that asks for a quantity: `الدول الـ «66»`,
    // `وعددهم «10».`, `يزيد عن "700".`)
    if i >= 2
        && quote(i - 1)
        && quote(i + 1)
        && tokens[i - 2].kind == TokenKind::Word
        && !matches!(
            tokens[i - 2].key.as_str(),
            "ال" | "الـ" | "بلغ" | "بلغت" | "نحو" | "حوالي"
        )
        && (!PREPOSITIONS.contains(&tokens[i - 2].key.as_str())
            // `حصة في "397"، التي كانت تسمى`: a relative clause after the quote describes
            // what the label names.
            || tokens[i + 2..]
                .iter()
                .take(2)
                .find(|n| !matches!(n.kind, TokenKind::Punct(',' | '،')))
                .is_some_and(|n| matches!(n.key.as_str(), "التي" | "الذي")))
        && !(i.saturating_sub(8)..i - 1).any(|k| {
            tokens[k].stems().any(|(_, s)| {
                s.starts_with("عدد") || s.starts_with("مجموع") || s.starts_with("بلغ")
            })
        })
        && matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0)
        && tokens.get(i + 2).is_none_or(|n| match n.kind {
            TokenKind::Punct(c) => matches!(c, '.' | ',' | '،' | '؛' | ':' | ')'),
            TokenKind::Word => n.key.starts_with("ال") && !numbers::is_number_word(n),
            _ => false,
        })
    {
        return Some(i + 2);
    }
    // `«الاقتصادية» 4- 8-2015`: a cited issue's date written `D- M-YYYY`; its day is no
    // number.
    if matches!(
        tokens.get(i + 1).map(|t| &t.kind),
        Some(TokenKind::Punct('-'))
    ) && tokens[i + 1].start == t.end
        && t.text.chars().count() <= 2
        && tokens.get(i + 2).is_some_and(|m| {
            m.text.chars().count() <= 2 && m.number().is_some_and(|v| (1.0..=12.0).contains(&v))
        })
        && matches!(
            tokens.get(i + 3).map(|t| &t.kind),
            Some(TokenKind::Punct('-'))
        )
        && tokens.get(i + 4).is_some_and(|y| {
            tokens[i + 3].end == y.start
                && y.text.chars().count() == 4
                && y.number().is_some_and(|v| (1900.0..=2100.0).contains(&v))
        })
    {
        return Some(i + 1);
    }
    // `الساعة 1431 بتوقيت غرينتش`, `الساعة 10 صباحا`: a time of day (`14:38` below).
    if i > 0
        && !matches!(
            tokens.get(i + 1).map(|n| &n.kind),
            Some(TokenKind::Punct(':' | '.'))
        )
        && (stem_is(&tokens[i - 1], "الساعه")
            // `الساعة الـ 12 ظهرا`, `وحتى الـ 10 مساء`: the article apart before the hour.
            || i >= 2
                && tokens[i - 1].key == "ال"
                && (stem_is(&tokens[i - 2], "الساعه")
                    || tokens
                        .get(i + 1)
                        .is_some_and(|n| PART_OF_DAY_ADVERB_KEYS.contains(n.key.as_str())))
            // `من الساعة 7.15 إلى 8.15 مساءً`: the end of a span of the clock too.
            || i >= 3
                && matches!(tokens[i - 1].key.as_str(), "الي" | "حتي" | "وحتي")
                && matches!(tokens[i - 2].kind, TokenKind::Number { .. })
                && stem_is(&tokens[i - 3], "الساعه")
            // `من 6 صباحا الى 12 ظهرا`, `من 5 إلى 9 مساء`: an hour with a part of the day
            // after it, or the start of a span whose end has one.
            || clock_adverb_at(tokens, i + 1)
            || tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.key.as_str(), "الي" | "حتي" | "وحتي"))
                && matches!(
                    tokens.get(i + 2).map(|n| &n.kind),
                    Some(TokenKind::Number { .. })
                )
                && clock_adverb_at(tokens, i + 3))
        && let TokenKind::Number {
            value,
            percent: false,
        } = t.kind
        && (value.fract() == 0.0
            && (value <= 24.0
                || t.text.chars().count() == 4 && value % 100.0 < 60.0 && value < 2400.0)
            // `الساعة 4.30 عصرا`: hours and minutes written with a dot.
            || value < 25.0
                && (value.fract() * 100.0).round() < 60.0
                && t
                    .text
                    .split_once(['.', ',', '٫'])
                    .is_some_and(|(_, m)| m.chars().count() == 2))
        // `أجر الساعة 12 دولارا` is an hourly wage.
        && nothing_counted(ctx, i + 1)
    {
        return Some(i + 1);
    }
    // `8 مارس من كل عام`: a recurring day, no claim (not 8 of March).
    if let Some(last) = dates::recurring_at(tokens, i) {
        return Some(last + 1);
    }
    if let Some(next) = numeric_date_run(tokens, i).or_else(|| joined_numbers(tokens, i)) {
        return Some(next);
    }
    let next_is = |cs: &[char]| matches!(tokens.get(i + 1).map(|n| &n.kind), Some(TokenKind::Punct(c)) if cs.contains(c));
    // `2 - ابتسم`, `3) ...`: a list item's number at the start of a line (but `10-12 طائرة`
    // there is a range); `1.` alone, an item whose text is the next sentence.
    // `7 ـ تعيين`: a tatweel for the dash; `ما يلي: 1 - تجديد`: after a colon too, with a
    // dash and a word (no `1: 2`), the number whole and small.
    let list_item = (i == 0
        && (next_is(&['-', '–', '.', ')']) || tokens.get(i + 1).is_some_and(dash))
        || i > 0
            && matches!(tokens[i - 1].kind, TokenKind::Punct(':'))
            && tokens.get(i + 1).is_some_and(dash)
            && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word)
            && t.number()
                .is_some_and(|v| v.fract() == 0.0 && (1.0..100.0).contains(&v)))
        && tokens.get(i + 2).is_none_or(|t| t.number().is_none());
    let prev_key = |k: usize| i.checked_sub(k).map(|p| tokens[p].key.as_str());
    // The code word, with a proclitic (`والرمز`), right before the number, before an
    // opening bracket, or before one adjective (`الرقم العسكري 13598`).
    // `فيه` ("in it") is keyed like `فئة` ("category", `فئة 500 ريال`): only the spelling
    // with hamza is the code word.
    let is_code_word = |k: usize| {
        i.checked_sub(k).is_some_and(|p| {
            tokens[p].kind == TokenKind::Word
                && (tokens[p].key != "فيه" || tokens[p].text.contains('ئ'))
                && tokens[p].stems().any(|(_, s)| CODE_KEYS.contains(s))
        })
    };
    let definite = |k: usize| {
        i.checked_sub(k)
            .is_some_and(|p| definite_key(&tokens[p].key))
    };
    // `الرقم الموحد: 920008554`: a colon may stand before the number.
    let colon = i >= 1 && matches!(tokens[i - 1].kind, TokenKind::Punct(':'));
    let open_bracket = i >= 1 && matches!(tokens[i - 1].kind, TokenKind::Punct('('));
    // `المركز رقم "311"`, `رقم «7»`: the identifier in quotes.
    let open_quote =
        i >= 1 && matches!(tokens[i - 1].kind, TokenKind::Punct('"' | '«' | '“' | '\''));
    // `رقم البلاغ (37698)`, `رقم الخدمة 5060`, `ورقم معاملة 37403`: `رقم` (indefinite, so
    // in construct) and the noun it numbers, maybe with a definite adjective (`رقم البلاغ
    // الآخر`), then the number (after a bracket or a colon too). Not `الرقم إلى 130`.
    let construct_code = {
        let w = if open_bracket || colon {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        let numbered = |k: usize| {
            let t = &tokens[k];
            t.kind == TokenKind::Word
                && !numbers::is_number_word(t)
                && !PREPOSITIONS.contains(&t.key.as_str())
                && !ARTICLE_LOOKALIKES.contains(&t.key.as_str())
                && !matches!(t.key.as_str(), "هو" | "هي" | "يبلغ" | "بلغ")
        };
        let raqm = |k: usize| matches!(tokens[k].key.as_str(), "رقم" | "ورقم" | "برقم" | "فرقم");
        w.is_some_and(|w| {
            w >= 1
                && numbered(w)
                && (raqm(w - 1)
                    || w >= 2 && definite_key(&tokens[w].key) && numbered(w - 1) && raqm(w - 2))
        })
    };
    // `قرار مجلس الأمن الدولي 2216`, `فقرار 2216`, `القرار الدولي ٢٢١٦`, `قرار مجلس الأمن
    // رقم 2216`: a resolution's number after `قرار` (with a proclitic too), with `مجلس
    // الأمن`, `الدولي` and `رقم` between.
    let resolution = matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0)
        && {
            let key = |k: usize| tokens[k].key.as_str();
            let mut k = i;
            if k >= 1 && key(k - 1) == "رقم" {
                k -= 1;
            }
            if k >= 1 && key(k - 1) == "الدولي" {
                k -= 1;
            }
            if k >= 2 && key(k - 1) == "الامن" && key(k - 2) == "مجلس" {
                k -= 2;
            }
            k < i
                && k >= 1
                && tokens[k - 1].kind == TokenKind::Word
                && (key(k - 1) == "قرار" || tokens[k - 1].stems().any(|(_, s)| s == "قرار"))
                || k == i
                    && i >= 1
                    && tokens[i - 1].kind == TokenKind::Word
                    && tokens[i - 1].stems().any(|(p, s)| s == "قرار" && p != "ال")
                    // (`صدر قرار 2015 بتخفيض الرسوم`: a number shaped like a year after
                    // a bare `قرار` is a resolution's only where the sentence names the
                    // Security Council or the United Nations.)
                    && (!matches!(t.kind, TokenKind::Number { value, .. } if (1900.0..=2035.0).contains(&value))
                        || tokens.iter().any(|w| matches!(w.key.as_str(), "مجلس" | "الامم")))
        }
        && nothing_counted(ctx, i + 1)
        // (`المخالفة للقرار 229 منشأة`: a noun after the number is what it counts.)
        && numbers::parse_at(tokens, i).is_some_and(|n| unknown_noun(tokens, &n, i + 1).is_none());
    let code = is_code_word(1)
        || construct_code
        || resolution
        || (is_code_word(2) && definite(1) && definite(2))
        || (colon && (is_code_word(2) || (is_code_word(3) && definite(2) && definite(3))))
        || ((open_bracket || open_quote) && is_code_word(2))
        // `تحت رقم: (929-/86)`: a colon and a bracket.
        || (open_bracket
            && i >= 2
            && matches!(tokens[i - 2].kind, TokenKind::Punct(':'))
            && is_code_word(3));
    // `انخفض الرقم إلى 222 مليار ريال`, `بلغ الرقم 300 ألف`: a figure in a scale is an
    // amount, not an identifier.
    let scaled = tokens.get(i + 1).is_some_and(|n| numbers::is_multiplier(n));
    // `[سورة النساء/ 72-73]`, `[الأنفال: 9]`: a verse cited after its surah's name and a
    // slash or a colon (the surah named by `سورة` a few words before, or the citation in
    // square brackets).
    let surah_citation = i >= 2 && matches!(tokens[i - 1].kind, TokenKind::Punct('/' | ':')) && {
        let words = (0..i - 1)
            .rev()
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            .take(4)
            .collect::<Vec<_>>();
        let surah = words.iter().any(|&k| tokens[k].key == "سوره");
        let bracketed = words
            .last()
            .is_some_and(|&k| k > 0 && matches!(tokens[k - 1].kind, TokenKind::Punct('[')))
            && tokens[i + 1..]
                .iter()
                .find(|t| {
                    t.number().is_none() && !matches!(t.kind, TokenKind::Punct('-' | '،' | ','))
                })
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(']')));
        !words.is_empty() && (surah || bracketed)
    }
        // `سورة النساء 102`, `سورة الصافات (171-172-173)`: the verse right after the
        // surah's name (not `سورة يس 3 مرات`).
        || {
            let name = if open_bracket { i.checked_sub(2) } else { i.checked_sub(1) };
            name.is_some_and(|p| {
                p >= 1
                    && tokens[p].kind == TokenKind::Word
                    && tokens[p - 1].kind == TokenKind::Word
                    && tokens[p - 1].key == "سوره"
            }) && nothing_counted(ctx, i + 1)
        };
    // `مركز الاتصال لخدمة العملاء (19911)`, `هاتف طوارئ حرس الحدود (994)`: a service's
    // phone number in brackets or quotes a few words after a word of calling (a noun after
    // the bracket still counts: `(158) مريضا`).
    if (open_bracket || open_quote)
        && t.text.chars().count() >= 3
        && matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0)
        && matches!(
            tokens.get(i + 1).map(|n| &n.kind),
            Some(TokenKind::Punct(')' | '"' | '»' | '”'))
        )
        && nothing_counted(ctx, i + 2)
        && (0..i - 1)
            .rev()
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            .take(5)
            .any(|k| tokens[k].stems().any(|(_, s)| CONTACT_KEYS.contains(s)))
    {
        return Some(i + 2);
    }
    // `بالغرفة 367`, `بغرفة (1-1)`: a room's number (not `حرارة الغرفة 25 درجة`).
    let room = {
        let is_room = |k: usize| {
            i.checked_sub(k)
                .is_some_and(|p| tokens[p].stems().any(|(_, s)| s == "غرفه"))
        };
        (is_room(1) || open_bracket && is_room(2)) && nothing_counted(ctx, i + 1)
    };
    let counted_label = i > 0
        && PLURAL_LABELS.contains(&tokens[i - 1].key.as_str())
        && !nothing_counted(ctx, i + 1);
    if (code && !scaled && !counted_label) || surah_citation || room {
        // `رقم (53 / 30)`, `القرار 2254/2015`: every part of the identifier.
        // `929-/86`: one or two marks between the parts.
        let joint = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('/' | '-')))
        };
        let mut next = i + 1;
        loop {
            let marks = if joint(next) && joint(next + 1) { 2 } else { 1 };
            if joint(next)
                && tokens
                    .get(next + marks)
                    .is_some_and(|t| t.number().is_some())
            {
                next += marks + 1;
            } else if let Some(item) = label_list_item(ctx, next) {
                // `المواد 66، 67، و68`: every number of a list of labels.
                next = item;
            } else {
                break;
            }
        }
        // `القانون رقم 40 لسنة 2015`, `القرار رقم (12) لعام 2014م`: the year after `لسنة`
        // is part of the identifier, not a date.
        let close = usize::from(
            tokens
                .get(next)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')'))),
        );
        if tokens
            .get(next + close)
            .is_some_and(|t| matches!(t.key.as_str(), "لسنه" | "لعام"))
            && year_after(tokens, next + close + 1)
        {
            next += close + 2;
            if tokens.get(next).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && matches!(t.key.as_str(), "م" | "ه" | "هـ")
                    && tokens[next - 1].end == t.start
            }) {
                next += 1;
            }
        }
        return Some(next);
    }
    // «حلا 19», «خليجي 24»: a number closing a name in quotes, after a word inside them.
    let quoted_name = i >= 2
        // (`“تيانهي 2″`: a double prime closes it too.)
        && next_is(&['»', '"', '”', '″'])
        && tokens[i - 1].kind == TokenKind::Word
        && (i.saturating_sub(4)..i - 1)
            .rev()
            .take_while(|&k| {
                matches!(
                    tokens[k].kind,
                    TokenKind::Word | TokenKind::Punct('«' | '"' | '“')
                )
            })
            .any(|k| matches!(tokens[k].kind, TokenKind::Punct('«' | '"' | '“')));
    let model = matches!(
        i.checked_sub(1).map(|p| &tokens[p].kind),
        Some(TokenKind::Punct('-'))
    ) && prev_key(2).is_some_and(|k| {
        matches!(k, "اف" | "ف" | "ميغ" | "سو" | "اس" | "مي" | "تو" | "ام" | "بي" | "تي")
    })
        // `بلوتونيوم - 210`, `جنيف - 3`, `جي – 10`, `تقييم- 1`, `F – 150`: a name, a dash,
        // then a whole number that counts nothing after it is a model, an isotope, a round
        // of talks or a test's code (not `(- 18 إلى - 20)` after a preposition, not a date
        // `23-7-1956`, not a year `سبتمبر - 2015`).
        || i >= 2
            && matches!(tokens[i - 1].kind, TokenKind::Punct('-' | '–'))
            && matches!(tokens[i - 2].kind, TokenKind::Word | TokenKind::Latin)
            // (`في 162 جيبا - 111 جيبا`: a noun counted by a number before it names
            // nothing.)
            && (i < 3 || tokens[i - 3].number().is_none())
            && tokens[i - 2].key.chars().any(char::is_alphabetic)
            && !numbers::is_number_word(&tokens[i - 2])
            && !PREPOSITIONS.contains(&tokens[i - 2].key.as_str())
            && !subject::is_function_word(&tokens[i - 2].key)
            && t.text.chars().all(|c| c.is_numeric())
            && t.number().is_some_and(|v| v < 1000.0)
            && !next_is(&['-', '–', '/', '%', '٪', '.', ':'])
            && tokens.get(i + 1).is_none_or(|n| !numbers::is_multiplier(n))
            && percent_words(tokens, i + 1).is_none()
            && nothing_counted(ctx, i + 1)
        // `إف 16`, `ميغ 29`: also written with a space.
        || i >= 1
            && tokens[i - 1].kind == TokenKind::Word
            && matches!(tokens[i - 1].key.as_str(), "اف" | "ميغ" | "ميج" | "سو")
        // `صواريخ فاتح 110`, `وشهاب 3`, `دبابات إم 1`, `قاذفات بي 52`: a missile's or a
        // weapon's name, or a Latin letter's (written with its hamza, so not `أم` the
        // mother), before a whole number that counts nothing after it.
        || i >= 1
            && tokens[i - 1].kind == TokenKind::Word
            && (tokens[i - 1].stems().any(|(_, s)| WEAPON_NAMES.contains(&s))
                || matches!(tokens[i - 1].text, "إم" | "إيه" | "بي" | "تي"))
            && t.number().is_some_and(|v| v.fract() == 0.0 && v < 1000.0)
            && !next_is(&['%', '٪', '/'])
            && units::lookup(ctx.keys_from(i + 1)).is_none()
        // `إيرباص إيه320`, `بي52`: a Latin letter's name written against the digits.
        || i >= 1
            && tokens[i - 1].kind == TokenKind::Word
            && tokens[i - 1].end == t.start
            && matches!(
                tokens[i - 1].key.as_str(),
                "ايه" | "اي" | "بي" | "سي" | "دي" | "اف" | "اس" | "ام" | "جي" | "كي" | "تي" | "اكس"
            );
    // `7 تعيين منصور بن صالح`: the number of an item in a list of decrees, at the start of
    // the sentence before a singular verbal noun of the pattern تفعيل (`تعيين`, `تكليف`,
    // `تمديد`); a counted noun after 3–10 is plural, after 11–99 takes tanween alif.
    let decree_item = i == 0
        && tokens.get(i + 1).is_some_and(|n| {
            let c: Vec<char> = n.key.chars().collect();
            n.kind == TokenKind::Word
                && c.len() == 5
                && c[0] == 'ت'
                && c[3] == 'ي'
                && units::lookup(&ctx.keys[i + 1..=i + 1]).is_none()
        });
    // `عبد اللطيف نصير (7) والكونغولي …`: the minute of a goal in brackets after the
    // scorer's name, in a sentence that speaks of scoring.
    let goal_minute = open_bracket
        && i >= 2
        && tokens[i - 2].kind == TokenKind::Word
        && !subject::is_function_word(&tokens[i - 2].key)
        && next_is(&[')'])
        && matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0 && (1.0..=120.0).contains(&value))
        && tokens.get(i + 2).is_none_or(|n| match n.kind {
            TokenKind::Punct(c) => matches!(c, '،' | ',' | '.' | '؛' | '(' | '-'),
            // `(7) والكونغولي`, but not `(50) وظيفة`.
            TokenKind::Word => n.key.starts_with('و') && units::lookup(&[n.key.as_str()]).is_none(),
            _ => false,
        })
        && tokens[..i].iter().any(|p| {
            p.kind == TokenKind::Word
                && p.stems()
                    .any(|(_, s)| GOAL_WORDS.contains(&s) || GOAL_WORDS.contains(&p.key.as_str()))
        });
    // `14:38`: a time of day.
    let touching = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    if next_is(&[':'])
        && touching(i, i + 1)
        && tokens.get(i + 2).is_some_and(|m| {
            m.number().is_some_and(|v| (0.0..60.0).contains(&v)) && m.text.chars().count() == 2
        })
        && touching(i + 1, i + 2)
        && t.number().is_some_and(|v| (0.0..=24.0).contains(&v))
    {
        // `09:28:54`: the seconds belong to the time too.
        let seconds = tokens
            .get(i + 3)
            .is_some_and(|c| matches!(c.kind, TokenKind::Punct(':')))
            && touching(i + 2, i + 3)
            && tokens.get(i + 4).is_some_and(|s| {
                s.number().is_some_and(|v| (0.0..60.0).contains(&v)) && s.text.chars().count() == 2
            })
            && touching(i + 3, i + 4);
        return Some(if seconds { i + 5 } else { i + 3 });
    }
    // A footnote mark glued to the word or full stop before it: `أخرى.5.`, `عبدالعزيز(4)`.
    // (Not to a preposition standing alone: `عددهم بـ(15) شخصا`.)
    let glued_after = |p: usize| {
        tokens[p].kind == TokenKind::Word
            && !matches!(tokens[p].key.as_str(), "ب" | "ل" | "ك" | "وب" | "ول" | "فب")
            && touching(p, p + 1)
            && matches!(tokens[p + 1].kind, TokenKind::Punct('.' | '('))
            && touching(p + 1, i)
    };
    let footnote = i >= 2
        && glued_after(i - 2)
        && t.text.chars().count() <= 2
        && matches!(
            (&tokens[i - 1].kind, tokens.get(i + 1).map(|n| &n.kind)),
            (TokenKind::Punct('.'), None | Some(TokenKind::Punct('.')))
                | (TokenKind::Punct('('), Some(TokenKind::Punct(')')))
        );
    // `(ص33)`: a page number glued to its letter.
    let page = i > 0 && tokens[i - 1].key == "ص" && touching(i - 1, i);
    // `0504666877`: a phone number (a leading zero and six digits or more).
    let phone = t.text.starts_with(['0', '٠'])
        && t.text.chars().count() >= 7
        && !t.text.contains(['.', ',']);
    // `: (1) هل توجد`: a list marker in brackets after a colon or at the start.
    // Also after the full stop or mark that ends the item before, when the sentence runs on
    // (`منه!(٣)‏الشباب`): a small number before a definite word or one that counts nothing.
    let bracket_marker = (i == 1
        || (i >= 2 && matches!(tokens[i - 2].kind, TokenKind::Punct(':')))
        || (i >= 2
            && matches!(
                tokens[i - 2].kind,
                TokenKind::Punct('.' | '!' | '؟' | '?' | '؛')
            )
            && t.text.chars().count() <= 2
            && tokens
                .get(i + 2)
                .is_some_and(|n| definite_key(&n.key) || nothing_counted(ctx, i + 2))))
        && matches!(tokens[i - 1].kind, TokenKind::Punct('('))
        && next_is(&[')'])
        && tokens.get(i + 2).is_some_and(|n| n.kind == TokenKind::Word);
    // `يورو ستوكس 50`: the number of an index's name; `فايننشال تايمز 100`, `إس آند بي
    // 500`, `داو جونز 30`: words that name an index only with that number.
    let index_name = i > 0
        && (tokens[i - 1].stems().any(|(_, s)| INDEX_KEYS.contains(&s))
            || INDEX_WITH_NUMBER.iter().any(|&(before, word, value)| {
                tokens[i - 1].key == word
                    && t.number() == Some(value)
                    && i.checked_sub(2)
                        .is_some_and(|p| tokens[p].stems().any(|(_, s)| before.contains(&s)))
            }));
    // (A name's number is a whole number, not an amount: `وتراجع نيكي 0.4 في المئة`,
    // `سهم بي.إم.دبليو 2.7 بالمئة`.)
    let whole = t.text.chars().all(|c| c.is_numeric())
        && !matches!(t.kind, TokenKind::Number { percent: true, .. })
        && !next_is(&['%', '٪'])
        && percent_words(tokens, i + 1).is_none();
    // `ويندوز 10`, `آيفون 6`, `غالاكسي إس 5`: a product's model number, also after a Latin
    // letter's name.
    let product = |p: usize| tokens[p].stems().any(|(_, s)| PRODUCT_KEYS.contains(&s));
    let index_name = (index_name && whole)
        || ((i > 0 && product(i - 1))
            || (i > 1 && whole && is_letter_name(&tokens[i - 1]) && product(i - 2)))
            // (A version is small: `للفيفا 209 اتحادات` counts.)
            && t.number().is_some_and(|v| v < 100.0)
            && units::lookup(ctx.keys_from(i + 1)).is_none();
    // `Windows 10`, `ISO 14000`, `USB 3.1`, `ProSiebenSat.1`: a number in digits right after
    // a word in Latin letters (also across a glued dot) is that name's model, version or
    // standard number, not a quantity, when nothing is counted after it (not `USD 500`,
    // a currency code before its amount).
    let latin_name = !scaled
        && t.text.chars().all(|c| c.is_numeric() || c == '.')
        && matches!(t.kind, TokenKind::Number { percent: false, .. })
        && !next_is(&['%', '٪'])
        && i > 0
        && {
            let glued_dot = i >= 2
                && matches!(tokens[i - 1].kind, TokenKind::Punct('.'))
                && touching(i - 2, i - 1)
                && touching(i - 1, i);
            let p = if glued_dot { i - 2 } else { i - 1 };
            tokens[p].kind == TokenKind::Latin
                && tokens[p].key.chars().any(|c| c.is_ascii_alphabetic())
                && !LATIN_CURRENCY_CODES.contains(&tokens[p].key.as_str())
        }
        && percent_words(tokens, i + 1).is_none()
        // (A year is a date, `IFA 2014`, Hijri too; `failure 43 مقابل 34 في المائة` a percent.)
        && !t.number().is_some_and(|v| {
            (1900.0..=2100.0).contains(&v)
                || t.text.chars().count() == 4 && (1300.0..=2100.0).contains(&v)
        })
        && tokens.get(i + 1).is_none_or(|n| n.key != "مقابل")
        && nothing_counted(ctx, i + 1);
    let latin = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|p| p.kind == TokenKind::Latin && p.text.chars().any(char::is_alphabetic))
    };
    // `Meshal.m.sud.1@gmail.com`, `ProSiebenSat.1`: a number glued to a Latin word (or to a
    // `.` or `_` glued to one) or to an `@` is part of an address or a name.
    let glued_mark = |k: usize| matches!(tokens[k].kind, TokenKind::Punct('.' | '_' | '@'));
    let address = i > 0
        && touching(i - 1, i)
        && (latin(i - 1) || i >= 2 && glued_mark(i - 1) && touching(i - 2, i - 1) && latin(i - 2))
        || tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, TokenKind::Punct('@')) && touching(i, i + 1));
    // `برنامج "اصنع مهارة في 30 يوماً"`, `حملة «100 يوم»`: a number inside a quoted title
    // after the word for a programme, an initiative, a campaign or a book names it.
    let quote = |k: usize, marks: &[char]| matches!(tokens[k].kind, TokenKind::Punct(c) if marks.contains(&c));
    let inside = |k: usize| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number { .. });
    let titled = (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| inside(k) || quote(k, &['"', '«', '“']))
        .find(|&k| quote(k, &['"', '«', '“']))
        .is_some_and(|open| {
            open > 0
                && tokens[open - 1]
                    .stems()
                    .any(|(_, s)| TITLE_HEADS.contains(&s))
        })
        && (i + 1..tokens.len().min(i + 6))
            .take_while(|&k| inside(k) || quote(k, &['"', '»', '”']))
            .any(|k| quote(k, &['"', '»', '”']));
    // `ام اتش 17`, `إم.إتش 370`: a code of Latin letters spelled in Arabic (a flight, a
    // model) before its number: two letter names or more, the last right before it.
    let letter_code = i >= 2
        && whole
        && is_letter_name(&tokens[i - 1])
        && (is_letter_name(&tokens[i - 2])
            || (i >= 3
                && matches!(tokens[i - 2].kind, TokenKind::Punct('.'))
                && is_letter_name(&tokens[i - 3])));
    // `(9) سورة الأنفال`, `255 سورة البقرة`: a verse number before the name of its surah
    // is a citation (a count of surahs is `30 سورة` with no name after it).
    // `(45-46) سورة الأنفال`, `(1-2) سورة الملك`: a range of verses too; `(7) سورة محمد`: in
    // brackets, a surah's name without the article (not `(30) سورة من القرآن`).
    let mut verse_end = i + 1;
    while tokens
        .get(verse_end)
        .is_some_and(|d| matches!(d.kind, TokenKind::Punct('-' | '–')))
        && tokens.get(verse_end + 1).is_some_and(|n| {
            matches!(n.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0)
        })
    {
        verse_end += 2;
    }
    let verse = {
        let close = usize::from(
            tokens
                .get(verse_end)
                .is_some_and(|n| matches!(n.kind, TokenKind::Punct(')'))),
        );
        let bracketed = close == 1 && open_bracket;
        tokens
            .get(verse_end + close)
            .is_some_and(|n| n.kind == TokenKind::Word && n.key == "سوره")
            && tokens.get(verse_end + close + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && (definite_key(&n.key)
                        || bracketed
                            && !subject::is_function_word(&n.key)
                            && !PREPOSITIONS.contains(&n.key.as_str())
                            && !numbers::is_number_word(n))
                    // `114 سورة القرآن` counts the Quran's surahs.
                    && !matches!(n.key.as_str(), "القران" | "الكريم")
            })
    };
    if verse {
        return Some(verse_end);
    }
    // `جنيف 2`, `جنيف3`, `مينسك 2`: a conference or accord numbered in its series (one digit:
    // `جنيف 25 شوال` is a date); `بوينغ 777`, `إيرباص 320`: an aircraft model (three
    // digits: `إيرباص 4.1 في المائة` is the maker's share price).
    let series_name = i > 0 && tokens[i - 1].kind == TokenKind::Word && {
        let digits = t.text.chars().count();
        let integer = t.text.chars().all(|c| c.is_numeric());
        let after = |keys: &[&str]| tokens[i - 1].stems().any(|(_, s)| keys.contains(&s));
        // `في جنيف 3 أيام`: a count in Geneva.
        let counted = tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && units::lookup(&[n.key.as_str()]).is_some()
        });
        integer
            && ((digits == 1 && after(SERIES_KEYS) && !counted)
                || (digits == 3 && after(AIRCRAFT_MAKER_KEYS)))
    };
    if let Some(next) = year_pair(tokens, i) {
        return Some(next);
    }
    let year_like = |n: &Token<'_>| {
        n.text.chars().count() == 4 && n.number().is_some_and(|v| (1300.0..=2100.0).contains(&v))
    };
    // `أرسل sms إلى 88548`: a short code; also `موبايلي, 738303`, `أرسل رسالة إلى 1234`:
    // a whole number of four to six digits a few words after a word of texting or a
    // carrier's name, with no noun counted after it.
    let sms = (1..=2).any(|k| {
        i.checked_sub(k)
            .is_some_and(|p| tokens[p].kind == TokenKind::Latin && tokens[p].key == "sms")
    }) || (whole
        && (4..=6).contains(&t.text.chars().count())
        && !year_like(t)
        && !scaled
        && nothing_counted(ctx, i + 1)
        && (i.saturating_sub(5)..i).any(|p| tokens[p].stems().any(|(_, s)| SMS_CUES.contains(&s))));
    // `ت 2216 665`: a phone number written in groups of digits; a whole number of two digits
    // or more right before another of three or more, with nothing between them.
    let group = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.text.chars().count() >= 3 && n.text.chars().all(|c| c.is_numeric()))
    };
    // (Not two years, `(1428 2007)`, nor a slip before a unit, `بين 150 300 ريال`.)
    if whole && t.text.chars().count() >= 2 && group(i + 1) {
        let mut k = i + 1;
        while group(k + 1) {
            k += 1;
        }
        if !(year_like(t) && year_like(&tokens[i + 1])) && nothing_counted(ctx, k + 1) {
            return Some(k + 1);
        }
    }
    // `1071926040`: a bare run of eight digits or more (a civil ID, a registration or phone
    // number) with no noun counted after it.
    let long_digits =
        whole && t.text.chars().count() >= 8 && !scaled && nothing_counted(ctx, i + 1);
    // `3 دي`, `4 جي`: 3D, 4G, a name (the Latin letter after the number).
    let letter_after = whole
        && t.number().is_some_and(|v| (2.0..=5.0).contains(&v))
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && matches!(n.key.as_str(), "دي" | "جي"));
    // `اتصل على 1909`, `الاتصال بالرقم 911`: the number to call.
    let call = whole
        && i >= 2
        && matches!(tokens[i - 1].key.as_str(), "علي" | "بالرقم" | "برقم")
        && tokens[i - 2]
            .stems()
            .any(|(_, s)| matches!(s, "اتصل" | "اتصال" | "الاتصال" | "اتصلوا" | "يتصل" | "تتصل"));
    // `في الدقيقتين 44 و48`: the second minute after the dual edition noun (the first is
    // its ordinal).
    let second_minute = whole && i >= 2 && {
        let and_word = tokens[i - 1].kind == TokenKind::Word
            && tokens[i - 1].key == "و"
            && tokens[i - 1].end == t.start;
        let p = if and_word { i - 2 } else { i - 1 };
        (and_word || t.text.starts_with('و'))
            && p >= 1
            && tokens[p].number().is_some()
            && tokens[p - 1].key == "الدقيقتين"
    };
    (list_item
        || second_minute
        || long_digits
        || letter_after
        || call
        || quoted_name
        || model
        || decree_item
        || goal_minute
        || footnote
        || ar129::footnote(tokens, i)
        || sms
        || index_name
        || latin_name
        || address
        || titled
        || letter_code
        || series_name
        || page
        || phone
        || bracket_marker)
        .then_some(i + 1)
}

/// `مجموعة 1+5`, `(90+3)`, `ترتيب المقاعد 5+2`, `(P5+1)`: numbers joined by `+` name a
/// group, a formation or an added minute, not a sum; `الأدوار 12-13-14-15`, `أرقامها
/// 73-75-88-95`: three numbers or more glued by dashes are labels, not a range. The token
/// after the run.
fn joined_numbers(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    t.number()?;
    let plus = |k: usize| matches!(tokens.get(k).map(|t| &t.kind), Some(TokenKind::Punct('+')));
    let numeric = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.number().is_some()
                || t.kind == TokenKind::Word
                    && t.text.chars().all(|c| c.is_ascii_alphanumeric())
                    && t.text.ends_with(|c: char| c.is_ascii_digit())
        })
    };
    if plus(i + 1) && numeric(i + 2) {
        return Some(i + 3);
    }
    if i >= 2 && plus(i - 1) && numeric(i - 2) {
        return Some(i + 1);
    }
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    let mut k = i;
    let mut nums = 1;
    while k + 2 < tokens.len()
        && matches!(tokens[k + 1].kind, TokenKind::Punct('-'))
        && glued(k, k + 1)
        && glued(k + 1, k + 2)
        && tokens[k + 2].number().is_some()
    {
        k += 2;
        nums += 1;
    }
    (nums >= 3).then_some(k + 1)
}

/// Keys after `نصف` that make it no half of a quantity: the idioms `نصف دينه` (marriage),
/// `نصف الكوب`, `نصف المشكلة`; a half of the pitch (a drill's ground, `نصف ملعب المنافس`);
/// the name `نصف القمر`; and `به`, `بها` after the verb `نَصِف` («we describe»).
const HALF_IDIOMS: &[&str] = &[
    "دينه",
    "دينهم",
    "دينها",
    "دينك",
    "ديني",
    "الكوب",
    "المشكله",
    "الملعب",
    "ملعب",
    "القمر",
    "به",
    "بها",
    "بهم",
];
static HALF_IDIOM_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(HALF_IDIOMS));

/// A number word in a figure of speech, and the token after it: `نصف` in [`HALF_IDIOMS`],
/// `صفر كبير` (a big zero), `ألف ألف حل` (a thousand thousand, before a noun that is no
/// unit: hyperbole).
fn figure_of_speech(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    let next = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    // (A stem is a suffix of the key: most words end otherwise, and are not peeled.)
    let is = |w: &str| t.key.ends_with(w) && t.stems().any(|(_, s)| s == w);
    if is("نصف") && HALF_IDIOM_KEYS.contains(next.key.as_str()) || is("صفر") && next.key == "كبير"
    {
        return Some(i + 1);
    }
    if is("الف")
        && next.key == "الف"
        && tokens
            .get(i + 2)
            .is_some_and(|w| w.kind == TokenKind::Word && !numbers::is_number_word(w))
        && units::lookup(&[tokens[i + 2].key.as_str()]).is_none()
    {
        return Some(i + 2);
    }
    None
}

/// `بتاريخ` before a day and month in digits (`بتاريخ 7 /10`); a weekday there is cue too
/// (`الأحد 16 /12`, asked of [`dates::weekday_at`]).
const DAY_MONTH_CUES: &[&str] = &["بتاريخ", "تاريخ"];

/// `من 2 ـ 4 / 6 / 1436هـ`, `17\10\1436ه`, `15/ 8 /2015`, `17-18/ 09/1436 هـ`: numbers
/// joined by `/`, `\` or dashes into a numeric date the date reader leaves (spaced, or
/// with a range of days), no quantity: three numbers or more with a slash among them and a
/// year at the end (four digits from 1300 to 2100, or an era letter after it); or a day
/// and month after `بتاريخ` or a weekday (`الأحد 16 /12`). The token where reading goes
/// on.
fn numeric_date_run(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // The value of a run of digits of any script (`١٤٣٦`).
    let value = |d: &str| {
        d.chars().try_fold(0.0, |v, c| {
            let digit = c.to_digit(10).or_else(|| {
                let u = u32::from(c);
                [0x0660, 0x06F0]
                    .into_iter()
                    .find(|z| (*z..*z + 10).contains(&u))
                    .map(|z| u - z)
            })?;
            Some(v * 10.0 + f64::from(digit))
        })
    };
    let parts = |t: &Token<'_>| t.text.split(['/', '\\']).count();
    let first = tokens.get(i)?;
    first.number()?;
    let mut nums = parts(first);
    let mut slash = nums > 1;
    let mut k = i;
    while let (Some(sep), Some(n)) = (tokens.get(k + 1), tokens.get(k + 2)) {
        let is_slash = matches!(sep.kind, TokenKind::Punct('/' | '\\'));
        if !(is_slash || dash(sep)) || n.number().is_none() || n.text.contains('.') {
            break;
        }
        slash |= is_slash || parts(n) > 1;
        nums += parts(n);
        k += 2;
    }
    if !slash || nums < 2 {
        return None;
    }
    let head = first.text.split(['/', '\\']).next().and_then(value);
    let last_text = tokens[k].text.rsplit(['/', '\\']).next().unwrap_or("");
    let last = value(last_text);
    let era = tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "ه" | "هـ" | "م"));
    let year = era
        || last_text.chars().count() == 4 && last.is_some_and(|v| (1300.0..=2100.0).contains(&v));
    let cued = nums == 2
        && i.checked_sub(1).is_some_and(|p| {
            tokens[p].stems().any(|(_, s)| DAY_MONTH_CUES.contains(&s))
                || dates::weekday_at(tokens, p).is_some()
        })
        && head.is_some_and(|v| (1.0..=31.0).contains(&v))
        && last.is_some_and(|v| (1.0..=12.0).contains(&v));
    if !(nums >= 3 && year || cued) {
        return None;
    }
    // `2 ـ 4 / 6 / 1436هـ`: a day before a dash starts a range of days; the date after it
    // is read on its own.
    if tokens.get(i + 1).is_some_and(dash) {
        return Some(i + 1);
    }
    Some(k + 1 + usize::from(era))
}

/// Currency codes in Latin letters (keys) that may stand before an amount (`USD 500`).
const LATIN_CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "sar", "aed", "kwd", "qar", "bhd", "omr", "egp", "jod", "chf", "jpy",
    "cny", "us", "rs", "sr", "dhs", "dh", "rm",
];

/// `، 67`, `، و68`, `و 68`, `، (5)` at token `k`, after the label of an article, clause or
/// verse: the next number of the list of labels, and the token after it. A whole number
/// with nothing counted after it (not `المادة 12، 30 شخصا`).
fn label_list_item(ctx: &Ctx<'_, '_>, k: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let mut j = k;
    if matches!(tokens.get(j)?.kind, TokenKind::Punct('،' | ',')) {
        j += 1;
    }
    if tokens.get(j)?.kind == TokenKind::Word && tokens[j].key == "و" {
        j += 1;
    }
    let open = matches!(tokens.get(j)?.kind, TokenKind::Punct('('));
    j += usize::from(open);
    let n = tokens.get(j)?;
    let close = open
        && tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')));
    (j > k
        && open == close
        && matches!(n.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0 && (1.0..1000.0).contains(&value))
        && !tokens.get(j + 1).is_some_and(numbers::is_multiplier)
        && nothing_counted(ctx, j + 1 + usize::from(close)))
    .then_some(j + 1 + usize::from(close))
}

/// Words (keys) of texting and carriers' names before a short code: send, message, SMS,
/// Mobily, Zain, STC.
const SMS_CUES: &[&str] = &["ارسل", "ارسال", "يرسل", "برساله", "رساله", "موبايلي", "زين"];

/// Words of scoring (keys): a sentence with one of them may give a goal's minute.
const GOAL_WORDS: &[&str] = &[
    "سجل",
    "سجلها",
    "احرز",
    "احرزها",
    "هدف",
    "الهدف",
    "هدفي",
    "اهداف",
    "الاهداف",
];

/// Verbs (keys) of a match result before its score: won, beat, defeated, lost, drew.
const SCORE_VERBS: &[&str] = &[
    "فاز",
    "فازت",
    "يفوز",
    "تفوز",
    "تغلب",
    "تغلبت",
    "يتغلب",
    "هزم",
    "هزمت",
    "يهزم",
    "خسر",
    "خسرت",
    "يخسر",
    "تخسر",
    "تعادل",
    "تعادلت",
    "يتعادل",
    "اكتسح",
    "اكتسحت",
    "سحق",
    "سحقت",
    // `الودي الذي كسبه فريقه 4 /1`: won.
    "كسب",
    "كسبت",
    "كسبه",
    "كسبها",
];

/// Words of a sentence about a match besides the verbs of its result ([`SCORE_VERBS`]):
/// result, set, half, game, loss, win, draw, goal,
/// point, basket, league, national team. Matched by stem, so `الشوط` and `بالخسارة` are
/// covered by `شوط` and `خسارة`.
const SPORT_CUES: &[&str] = &[
    "نتيجة",
    "نتيجتها",
    "شوط",
    "أشواط",
    "مباراة",
    "مباراتها",
    "خسارة",
    "فوز",
    "هدف",
    "أهداف",
    "هدفين",
    "نقطة",
    "سلة",
    "دوري",
    "منتخب",
    "منتخبنا",
    // `عقب فوزه 3 - 1`, `خلال تعادله 1 - 1`, `التي خسرها صفر-1`: a verb or noun of the
    // result with a pronoun after it (a stem is only stripped of proclitics).
    "فوزه",
    "فوزها",
    "فوزهم",
    "خسرها",
    "خسره",
    "خسارته",
    "خسارتها",
    "تعادله",
    "تعادلها",
    "تعادلهما",
    "مباراته",
    "مباراتين",
    "مباريات",
    // Title, championship, cup, penalty shoot-out: `على حساب مانشستر سيتي 3-0`,
    // `بركلات الترجيح 10-9`.
    "لقب",
    "لقبه",
    "بطولة",
    "كأس",
    "الترجيح",
];
/// The sport cues and the verbs of a match result.
static SPORT_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| {
    let (a, b) = (key_set(SPORT_CUES), key_set(SCORE_VERBS));
    a.iter().chain(b.iter()).cloned().collect()
});

/// `صفر- 4`, `7 - صفر`, `بنتيجة (0-4)`, `بنتيجة ٣/٦ - ٤/٦`: a match score, not a quantity.
/// Small whole numbers joined by `-` or `/`, with one side the word `صفر` (news writes a
/// nil score so, never a range) or after `نتيجة`. The token after the score when one
/// starts at `i`; a percent or a counted noun after the numbers makes them no score.
fn score(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let zero_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.key == "صفر")
    };
    let side = |k: usize| {
        zero_word(k)
            || tokens.get(k).is_some_and(|t| {
                matches!(t.kind, TokenKind::Number { percent: false, .. })
                    && t.number()
                        .is_some_and(|v| v.fract() == 0.0 && (0.0..100.0).contains(&v))
                    // `صفر-1`: digits after a dash glued to a word are no number token.
                    || t.kind == TokenKind::Latin
                        && k >= 2
                        && zero_word(k - 2)
                        && t.text.len() <= 2
                        && t.text.bytes().all(|b| b.is_ascii_digit())
            })
    };
    if !side(i) {
        return None;
    }
    // (`(2 ــ صفر)`: a dash of tatweel, a word with no letters, spaced from both sides;
    // not `18ـ19/ 10/ 1436هـ`, glued.)
    let joint = |k: usize| {
        matches!(
            tokens.get(k).map(|t| &t.kind),
            Some(TokenKind::Punct('-' | '–' | '/'))
        ) || tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.key.is_empty()
                && t.text.chars().all(|c| c == 'ـ')
                && k.checked_sub(1).is_some_and(|p| tokens[p].end < t.start)
                && tokens.get(k + 1).is_some_and(|n| t.end < n.start)
        })
    };
    let mut last = i;
    let mut nil = zero_word(i);
    while joint(last + 1) && side(last + 2) {
        nil |= zero_word(last + 2) && !matches!(tokens[last + 1].kind, TokenKind::Punct('/'));
        last += 2;
    }
    // `بنتيجة 3 صفر`, `بنتيجة 5 1`: the two sides with no mark between, right after
    // `نتيجة` or with a nil side (in a sentence about a match: see the cues below).
    let spaced = last == i
        && side(i + 1)
        && (zero_word(i)
            || zero_word(i + 1)
            || i.checked_sub(1)
                .is_some_and(|p| tokens[p].key.ends_with("نتيجه")));
    // `الفوز 2 1`, `فاز 3 0`, `بنتيجة 2 مقابل 1`: figures after a verb of winning (see
    // `heads::spaced_score`).
    let spaced_cued = (last == i && !spaced)
        .then(|| heads::spaced_score(tokens, i, &side))
        .flatten();
    if spaced {
        last = i + 1;
        nil = false;
    } else if let Some(k) = spaced_cued {
        return Some(k);
    }
    if last == i {
        return None;
    }
    nil |= !spaced && zero_word(i) && !matches!(tokens[i + 1].kind, TokenKind::Punct('/'));
    // `بنتيجة 2-1`, or a verb of winning, beating or drawing a few words before
    // (`تغلب عليه 2 - 1`, `فاز على الهلال 3-0`).
    let cue = (i.saturating_sub(4)..i).any(|k| tokens[k].key.ends_with("نتيجه"))
        || (i.saturating_sub(5)..i).any(|k| {
            tokens[k].kind == TokenKind::Word
                && tokens[k].stems().any(|(_, s)| SCORE_VERBS.contains(&s))
        });
    // A pair of small numbers in a sentence about a match (`انتهت لصالح الاخضر 42/ 36`
    // after `النتيجة`, `الشوط الأول 25-15`, `بالخسارة 2/0`), or in a table of results
    // after two teams' names and an `x` between them (`القادسية x الاتفاق 4-3`).
    let cue = cue
        || sport_sentence(tokens)
        || (i.saturating_sub(4)..i)
            .any(|k| tokens[k].kind == TokenKind::Latin && tokens[k].key == "x");
    // (`(18-25) دقيقة`: what the pair counts may follow its closing bracket; not a word
    // that `و` joins to the next clause, `(1-صفر) ومنتخب فيتنام`.)
    let bracket = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')));
    let after = last + 1 + usize::from(bracket);
    let counted_after = percent_words(tokens, after).is_some()
        || tokens
            .get(after)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('%' | '٪')))
        || tokens.get(after).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !(bracket && t.key.starts_with('و'))
                && units::lookup(&[t.key.as_str()]).is_some()
        })
        || (!nil && !bracket && counted_noun_after(tokens, last, after));
    ((nil || cue) && !counted_after).then_some(last + 1)
}

/// `18-22 مرة`: an indefinite noun right after a pair of numbers is what the range counts,
/// so the pair is no score. Not a word with a proclitic preposition (`4-3 بركلات الترجيح`)
/// or an object pronoun (`2-0 سجلهما`), which follow scores.
fn counted_noun_after(tokens: &[Token<'_>], last: usize, after: usize) -> bool {
    let Some(t) = tokens.get(after) else {
        return false;
    };
    t.kind == TokenKind::Word
        && !t.key.starts_with(['ب', 'ك', 'ل', 'ف'])
        && !["ها", "هما", "هم"].iter().any(|e| t.key.ends_with(e))
        && !dates::is_date_word(t)
        && numbers::parse_at(tokens, last)
            .is_some_and(|n| unknown_noun(tokens, &n, after).is_some())
}

/// Whether the sentence is about a match: one of its words is a sports cue (`مباراة`,
/// `الشوط`, `بالخسارة`).
pub(super) fn sport_sentence(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && t.stems().any(|(_, s)| SPORT_KEYS.contains(s)))
}

/// A dash between two numbers: a hyphen, an en or em dash, or a tatweel standing alone
/// (`2007 ــ 2010`, `2015ـ2025`), which Arabic typesetting uses as a long dash.
fn dash(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('-' | '–' | '—')) || qualifiers::tatweel(t)
}

/// A mark that chains one more number to a pair of them: `2014-2015-2016`, `26-4 -1437`.
fn chained(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('/')) || dash(t)
}

/// `1436/ 1437هـ`, `2015 - 2016`, and as often written right to left `2013/ 2012`,
/// `1437/1436`: a pair of consecutive years names a season or an academic or fiscal year,
/// not a quantity or a year. The token after the pair (and its era letter) when one starts
/// at `i`.
fn year_pair(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let year_of = |k: usize| {
        tokens.get(k).and_then(|t| {
            let v = t.number()?;
            (t.text.chars().count() == 4 && (1300.0..=2100.0).contains(&v)).then_some(v)
        })
    };
    let a = year_of(i)?;
    let b = year_of(i + 2)?;
    if !(matches!(tokens[i + 1].kind, TokenKind::Punct('/')) || dash(&tokens[i + 1]))
        || (a - b).abs() != 1.0
    {
        return None;
    }
    // `2016ــ2017- 2018`: a chain of them is one span of seasons.
    let mut last = i + 2;
    while tokens.get(last + 1).is_some_and(chained)
        && year_of(last + 2).is_some_and(|c| c - year_of(last).unwrap_or(c) == b - a)
    {
        last += 2;
    }
    let suffix = tokens.get(last + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && matches!(t.key.as_str(), "ه" | "هـ" | "م")
            && tokens[last].end == t.start
    });
    Some(if suffix { last + 2 } else { last + 1 })
}

/// Whether a year in digits is at token `k`: four digits from 1000 to 2200, or three or four
/// with the Hijri suffix (`1436هـ`).
fn year_after(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let Some(v) = t.number() else {
        return false;
    };
    let digits = t.text.chars().count();
    let hijri = tokens
        .get(k + 1)
        .is_some_and(|s| matches!(s.key.as_str(), "ه" | "هـ"));
    v.fract() == 0.0
        && (digits == 4 && (1000.0..=2200.0).contains(&v) || hijri && (3..=4).contains(&digits))
}

/// Four plain digits from 1900 to 2100.
fn year_shaped(tokens: &[Token<'_>], i: usize, n: &Num) -> bool {
    four_digits_from(tokens, i, n, 1900.0)
}

/// The number `n` at token `i` is four plain digits from `from` to 2100.
fn four_digits_from(tokens: &[Token<'_>], i: usize, n: &Num, from: f64) -> bool {
    let t = &tokens[i];
    n.last == i
        && !n.percent
        && t.text.chars().count() == 4
        && t.text.chars().all(|c| c.is_numeric())
        && (from..=2100.0).contains(&n.value)
}

/// `بين 1806 و1857`, `بين 1814 إلى 1864`: after an opener, two plain four-digit numbers
/// from 1500 (above every Hijri year of the news) to 2100, rising by at most 150 and with
/// no era letter after them, are years too (a range of a count has its noun after it).
fn older_years(tokens: &[Token<'_>], i: usize, n: &Num, m: &Num) -> bool {
    four_digits_from(tokens, i, n, 1500.0)
        && four_digits_from(tokens, m.first, m, 1500.0)
        && n.value < m.value
        && m.value - n.value <= 150.0
        && !tokens
            .get(m.last + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "ه" | "هـ"))
}

/// A year-shaped number right after a word that introduces a time (`في 2009`).
fn year_cued(tokens: &[Token<'_>], i: usize, n: &Num) -> bool {
    year_shaped(tokens, i, n)
        && i.checked_sub(1).map(|p| &tokens[p]).is_some_and(|p| {
            p.kind == TokenKind::Word
                && p.stems()
                    .any(|(_, s)| YEAR_KEYS.contains(s) || YEAR_KEYS.contains(&p.key))
        })
}

/// Whether the number `n` at token `i` is a year: four plain digits from 1900 to 2100 after
/// a word that introduces a time (`في 1956`), alone in brackets (`(1957)`), or anywhere in
/// running text (`مواليد 1986`, `كأس العالم 2018`, `عامي 2009 و2010`) unless a partitive
/// `من` makes it a count (`أعدم 2070 من مواطني نينوى`). Called only when no unit,
/// qualifier, percent or range is attached. In the first 2,000 corpus articles, 40 of 40
/// sampled bare numbers of this shape were years. The number alone is a number (`2000`).
fn is_year(tokens: &[Token<'_>], i: usize, n: &Num) -> bool {
    if !year_shaped(tokens, i, n) {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let cue = year_cued(tokens, i, n);
    let bracketed = matches!(prev.map(|p| &p.kind), Some(TokenKind::Punct('(')))
        && matches!(
            tokens.get(i + 1).map(|n| &n.kind),
            Some(TokenKind::Punct(')'))
        );
    let partitive = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.key == "من")
        && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word);
    cue || bracketed || (prev.is_some() && !partitive)
}

/// Count units that are measures and so may take a fraction.
const MEASURES: &[&str] = &[
    "point",
    "ton",
    "barrel",
    "kilometer",
    "square_kilometer",
    "meter",
    "square_meter",
    "cubic_meter",
    "centimeter",
    "millimeter",
    "micrometer",
    "nanometer",
    "yard",
    "mile",
    "nautical_mile",
    "foot",
    "cubic_foot",
    "inch",
    "hectare",
    "feddan",
    "dunam",
    "kilogram",
    "gram",
    "milligram",
    "pound_weight",
    "ounce",
    "liter",
    "milliliter",
    "megawatt",
    "gigawatt",
    "kilowatt",
    "megapixel",
    "megabit",
    "megavolt_ampere",
    "gigahertz",
    "megahertz",
    "btu",
    "degree",
    "degree_celsius",
    "light_year",
    "credit_hour",
];

/// Whether token `t` may stand between a counted noun and a qualifier after it: a
/// preposition of a partitive or place (`من`, `في`, `عن`), a definite word, or an
/// indefinite relative adjective (`حوثيا`, `فلسطينيين`, `إضافية`, `يوميا`). No number.
fn noun_modifier(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word || numbers::is_number_word(t) {
        return false;
    }
    let k = t.key.as_str();
    !k.chars().any(|c| c.is_numeric())
        && (matches!(k, "من" | "في" | "عن" | "اخرين" | "اخري" | "جدد" | "جديده")
            || k.starts_with("ال") && k.chars().count() > 3
            || ["يا", "يه", "يين", "يون", "يان", "يتين", "يتان"]
                .iter()
                .any(|e| k.ends_with(e) && k.chars().count() > e.chars().count() + 2))
}

/// `تقريبا`/`على الأقل`/`على الأكثر` after one to four [`noun_modifier`]s from token `i`.
fn qualifier_past_modifiers(tokens: &[Token<'_>], i: usize) -> Option<Qualifier> {
    for k in i..i + 5 {
        let t = tokens.get(k)?;
        if k > i
            && matches!(t.key.as_str(), "تقريبا" | "علي")
            && let Some(q) = qualifiers::after(tokens, k)
        {
            return Some(q.qualifier);
        }
        if !noun_modifier(t) && !quals2::trailing_gap(tokens, k, i) {
            return None;
        }
    }
    None
}

/// Fraction words (keys) that a proportion starts with (`ثلث الطلاب`, `ثلاثة أرباع`).
const FRACTION_KEYS: &[&str] = &["نصف", "ثلث", "ثلثي", "ثلثا", "ربع", "خمس", "عشر"];

/// Digits with one dot and exactly three digits after it (`58.047`, `1.077`), that the
/// digit scanner read as a decimal. `10.000` it read as ten thousand already (three zeros
/// are no decimal): that one is not scaled again.
fn dot_thousands(t: &Token<'_>) -> bool {
    let Some((int, frac)) = t.text.split_once('.') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_numeric());
    digits(int)
        && int.chars().count() <= 3
        && frac.chars().count() == 3
        && digits(frac)
        && t.number().is_some_and(|v| v.fract() != 0.0)
}

/// Nouns whose number is their rank in a series (normalized keys): `الدورة 37` is the 37th
/// session, `خليجي 22` the 22nd Gulf Cup.
const EDITION_KEYS: &[&str] = &[
    "الدوره",
    "دوره",
    "النسخه",
    "نسخه",
    "خليجي",
    "الجوله",
    "جوله",
    "المرحله",
    "الحلقه",
    "حلقه",
    "الطبعه",
    "طبعه",
    "بينالي",
    "الاصدار",
    "الموسم",
    "البطوله",
    "بطوله",
    "الدقيقه",
    // `في الدقيقتين 44 و48`: two goals' minutes.
    "الدقيقتين",
    // `تحتل المرتبة 136`, `المركز 5`: a place in a ranking.
    "المرتبه",
    "بالمرتبه",
    "المركز",
    "بالمركز",
    "الترتيب",
    // `في دورتها 31`, `خلال أسبوعها 134`: a series noun with a possessive pronoun.
    "دورته",
    "دورتها",
    "نسخته",
    "نسختها",
    "اسبوعه",
    "اسبوعها",
    "موسمه",
    "موسمها",
    "جولته",
    "جولتها",
    "حلقته",
    "حلقتها",
];

/// `ساعة ونصف`, `شهر ونصف`: a singular noun of time or count, then `ونصف` at token `i`:
/// one and a half of it, from the noun to the half.
fn noun_and_a_half(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = &ctx.tokens;
    if i == 0 || tokens[i].key != "ونصف" {
        return None;
    }
    let p = i - 1;
    // `لاجئ سوري ونصف مليون لاجئ`: a demonym is an adjective before `ونصف`, which starts
    // the next amount.
    let u = units::lookup(ctx.keys_from(p)).filter(|u| {
        u.words == 1
            && !u.definite
            && !u.proclitic
            && u.plurality == units::Plurality::Singular
            && u.concept != "person"
    })?;
    // After a number the noun was counted already (`ثلاث سنوات ونصف`).
    if p > 0 && (tokens[p - 1].number().is_some() || numbers::is_number_word(&tokens[p - 1])) {
        return None;
    }
    let last = and_a_half(ctx, i, u.concept)?;
    // `من متر إلى متر ونصف`: from one of the noun up to one and a half.
    let from_one = p >= 3
        && matches!(tokens[p - 1].key.as_str(), "الي" | "حتي")
        && tokens[p - 3].key == "من"
        && units::lookup(ctx.keys_from(p - 2)).is_some_and(|l| {
            l.words == 1
                && l.concept == u.concept
                && !l.definite
                && !l.proclitic
                && l.plurality == units::Plurality::Singular
        });
    let b = |v: f64| match u.kind {
        UnitKind::Time { designator, factor } => {
            Value::Text(iso_duration(v * f64::from(factor), designator))
        }
        _ => Value::Number(v),
    };
    let kind = match u.kind {
        UnitKind::Count => Kind::Count,
        UnitKind::Money => Kind::Money,
        UnitKind::Time { .. } => Kind::Duration,
    };
    // `نحو عام ونصف`, `منذ أكثر من عام ونصف`: a qualifier before the noun bounds it.
    let q = if from_one {
        None
    } else {
        qualifiers::before(tokens, p)
    };
    let start = if from_one {
        tokens[p - 3].start
    } else {
        q.as_ref().map_or(tokens[p].start, |q| q.start)
    };
    let value = if from_one { 1.0 } else { 1.5 };
    let mut r = Recognized::exact(ctx.index, start, tokens[last].end, kind, b(value));
    if from_one {
        r.low = Some(b(1.0));
        r.high = Some(b(1.5));
        r.qualifier = Qualifier::Range;
    } else if let Some(q) = q {
        let (low, high) = qualified_bounds(q.qualifier, 1.5);
        r.low = low.map(b);
        r.high = high.map(b);
        r.qualifier = q.qualifier;
    }
    r.unit = Some(u.concept.to_string());
    r.unit_text = Some(ctx.surface(p, p));
    r.subject = ctx.subject(if from_one { p - 3 } else { p }, last);
    Some((r, last + 1))
}

/// `ونصف` (or `و نصف`) at token `j` after a counted noun, with the noun again if it follows
/// (`ونصف العام`): the last token of the half.
fn and_a_half(ctx: &Ctx<'_, '_>, j: usize, concept: &str) -> Option<usize> {
    let tokens = &ctx.tokens;
    let t = tokens.get(j)?;
    let last = match t.key.as_str() {
        "ونصف" => j,
        "و" if tokens.get(j + 1).is_some_and(|n| n.key == "نصف") => j + 1,
        _ => return None,
    };
    // `عشر سنوات ونصف مليون درهم`: the half of a scale starts the next amount.
    if tokens.get(last + 1).is_some_and(numbers::is_multiplier) {
        return None;
    }
    match units::lookup(ctx.keys_from(last + 1)) {
        Some(u) if u.definite && u.concept == concept => Some(last + u.words),
        _ => Some(last),
    }
}

/// A code: a letter written against the digits at token `i`, glued (`الفئة أ2`) or with a
/// slash (`الأمر الملكي رقم أ/121`, `المرسوم الملكي رقم م/36`). The proclitics (`و`, `ف`,
/// `ب`, `ل`, `ك`) are no code letters: `و17`, `ب5`.
fn code_letter_before(tokens: &[Token<'_>], i: usize) -> bool {
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    let letter = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && tokens[k].key.chars().count() == 1
            // A base Arabic letter (a presentation form `ﻭ` is the proclitic too).
            && tokens[k]
                .key
                .chars()
                .all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            && !matches!(tokens[k].key.as_str(), "و" | "ف" | "ب" | "ل" | "ك")
    };
    if tokens[i].number().is_none() || i == 0 {
        return false;
    }
    let p = i - 1;
    if letter(p) && glued(p, i) {
        return true;
    }
    p >= 1
        && matches!(tokens[p].kind, TokenKind::Punct('/'))
        && glued(p, i)
        && glued(p - 1, p)
        && letter(p - 1)
}

/// Whether a festival's name stands right before the number at token `i`: `مهرجان`
/// without the article, then one to three words of its name (no number, no preposition
/// apart), then maybe the article written apart (`مهرجان أبها للتسوق الـ 17`).
fn festival_name_before(tokens: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    if k >= 1 && matches!(tokens[k - 1].key.as_str(), "ال" | "الـ") {
        k -= 1;
    }
    let name_word = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && t.number().is_none()
            && !numbers::is_number_word(t)
            && !PREPOSITIONS.contains(&t.key.as_str())
    };
    (1..=3).any(|words| {
        k > words
            && (k - words..k).all(|j| name_word(&tokens[j]))
            && tokens[k - words - 1]
                .stems()
                .any(|(p, s)| s == "مهرجان" && !p.ends_with("ال"))
    })
}

/// Whether an edition noun stands right before token `i`, or before a glued article
/// (`البطولة ال13`, `الدورة الـ51`).
fn edition_before(tokens: &[Token<'_>], i: usize) -> bool {
    let is_edition = |p: usize| {
        tokens[p].kind == TokenKind::Word && EDITION_KEYS.contains(&tokens[p].key.as_str())
    };
    let key = |k: usize| tokens.get(k).map(|t| t.key.as_str());
    // `المركز (93)`, `للعام الـ (13)`: the number in brackets.
    let bracketed = i >= 2
        && matches!(tokens[i - 1].kind, TokenKind::Punct('('))
        && matches!(
            tokens.get(i + 1).map(|t| &t.kind),
            Some(TokenKind::Punct(')'))
        );
    let i = if bracketed { i - 1 } else { i };
    // `للعام 17 على التوالي`: a series noun and its running count.
    let running = key(i + 1) == Some("علي") && key(i + 2) == Some("التوالي")
        || bracketed && key(i + 2) == Some("علي") && key(i + 3) == Some("التوالي");
    match i.checked_sub(1) {
        Some(p) if is_edition(p) => true,
        Some(p)
            if running
                && tokens[p].kind == TokenKind::Word
                && SERIES_BEFORE_ARTICLE.contains(&tokens[p].key.as_str()) =>
        {
            true
        }
        Some(p) if p > 0 && matches!(tokens[p].key.as_str(), "ال" | "الـ") => {
            // `البطولة العربية الـ 13`, `المخيم الكشفي العالمي الـ 23`: the series noun
            // before one or two adjectives; `في عامه الـ23`, `للمرة الـ 12`.
            let adjective = |k: usize| {
                tokens[k].kind == TokenKind::Word
                    && definite_key(&tokens[k].key)
                    && !numbers::is_number_word(&tokens[k])
            };
            let series = |k: usize| {
                is_edition(k)
                    || tokens[k].kind == TokenKind::Word
                        && SERIES_BEFORE_ARTICLE.contains(&tokens[k].key.as_str())
            };
            series(p - 1)
                || office_before(tokens, p)
                || ar69::series_before_article(tokens, p)
                || (p >= 2 && adjective(p - 1) && series(p - 2))
                || (p >= 3 && adjective(p - 1) && adjective(p - 2) && series(p - 3))
        }
        _ => false,
    }
}

/// Adverbs of a ranking's scope after a place in it (`والـ49 عالميًا`, `مصنف 14 عالميا`).
const RANK_SCOPES: &[&str] = &[
    "عالميا",
    "عربيا",
    "اسيويا",
    "قاريا",
    "محليا",
    "افريقيا",
    "اوروبيا",
    "خليجيا",
    "اقليميا",
];

/// Words of a ranking that give a place in it (normalized keys).
const RANK_WORDS: &[&str] = &[
    "المرتبه",
    "بالمرتبه",
    "مرتبه",
    "المركز",
    "بالمركز",
    "الترتيب",
    "مصنف",
    "المصنف",
    "تصنيف",
    "بتصنيف",
    "التصنيف",
];

/// `المرتبة الخامسة عربيًا والـ49 عالميًا`, `المصنف 24 عالميا`: a number in digits at `i`
/// before an adverb of scope, in a sentence that ranks (a ranking word up to twelve words
/// before), is a place: an ordinal.
fn ranked_in_scope(tokens: &[Token<'_>], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| RANK_SCOPES.contains(&t.key.as_str()))
        && (i.saturating_sub(12)..i).any(|p| {
            tokens[p].kind == TokenKind::Word && RANK_WORDS.contains(&tokens[p].key.as_str())
        })
}

/// Nouns numbered by the article apart and digits after them (`للمرة الـ 12`, `في عامه
/// الـ23`, `المؤتمر الدولي الـ 14`): the nth time, year of age, gathering.
const SERIES_BEFORE_ARTICLE: &[&str] = &[
    "المره",
    "للمره",
    "العام",
    "للعام",
    "عامه",
    "عامها",
    "القرن",
    "الذكري",
    "للذكري",
    "الموتمر",
    "المخيم",
    "المهرجان",
    // ar62: `كأس الخليج العربي الـ23`, `للبطولة العربية الـ13`: a cup, a tournament.
    "كاس",
    "لكاس",
    "بكاس",
    "للبطوله",
    // `الجامبوري الكشفي العالمي الـ23`, `الملتقى الدولي الـ5`: gatherings held in series.
    "الجامبوري",
    "الملتقي",
    "المنتدي",
    // `العضو الـ162`, `للأسبوع الـ22 على التوالي`, `للشهر الـ 27`: the nth member, week,
    // month of a run.
    "العضو",
    "الاسبوع",
    "للاسبوع",
    "الشهر",
    "للشهر",
    // (`دورته`, `نسختها`, `أسبوعها` …: in [`EDITION_KEYS`], which a series noun may be.)
];

/// Offices and ranks whose holder is numbered by the article and digits after them:
/// `وزير الدفاع الـ25`, `الرئيس الـ44`, `المركز الـ6` (the 25th, the 44th, sixth place).
const OFFICES: &[&str] = &[
    "وزير",
    "رئيس",
    "أمين",
    "سفير",
    "مدرب",
    "حاكم",
    "مستشار",
    "محافظ",
    "بابا",
    "مدير",
    "قائد",
    "ملك",
    "نائب",
    "مركز",
    "مرتبة",
];
static OFFICE_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(OFFICES));

/// Whether an office noun stands before the article apart at token `p`, or before one
/// definite word that completes it (`وزير الدفاع الـ25`).
fn office_before(tokens: &[Token<'_>], p: usize) -> bool {
    let office = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && tokens[k].stems().any(|(pre, s)| {
                matches!(pre, "" | "ال" | "و" | "وال" | "بال" | "لل" | "ل" | "ب")
                    && OFFICE_KEYS.contains(s)
            })
    };
    (p >= 1 && office(p - 1))
        || (p >= 2
            && tokens[p - 1].kind == TokenKind::Word
            && tokens[p - 1].key.starts_with("ال")
            && office(p - 2))
}

/// Names whose number is part of the name: indexes (`يورو ستوكس 50`, `فوتسي 100`).
const INDEX_KEYS: &[&str] = &[
    "ستوكس",
    "يوروفرست",
    "فوتسي",
    "داكس",
    "نيكاي",
    "نيكي",
    "يورب",
    "بورز",
    "كاك",
    "هانغ",
    "راسل",
    "ناسداك",
];

/// Words (stems' keys) for what a quoted title names: a programme, an initiative, a
/// campaign, a book, a slogan.
const TITLE_HEADS: &[&str] = &[
    "برنامج",
    "مبادره",
    "حمله",
    "كتاب",
    "بعنوان",
    "عنوان",
    "شعار",
];

/// Products whose number is a version, whole or not (`ويندوز 8.1`, `ايفون 6`).
const PRODUCT_KEYS: &[&str] = &[
    "ويندوز",
    "نيكسوس",
    "ايفون",
    "جالكسي",
    "جالاكسي",
    "غالاكسي",
    "نكسوس",
    "فورمولا",
    "بلايستيشن",
    "ستيشن",
    "فيفا",
    "ايباد",
    "اندرويد",
    "ابولو",
    "فون",
];

/// Index names whose last word is an index only before one number: (keys of the word
/// before it, key of the last word, the number): `فايننشال تايمز 100`, `إس آند بي 500`,
/// `داو جونز 30`, `إيجي إكس 30`.
const INDEX_WITH_NUMBER: &[(&[&str], &str, f64)] = &[
    (
        &["فايننشال", "فاينانشيال", "فاينانشال", "فايناشيال"],
        "تايمز",
        100.0,
    ),
    (&["اند", "واند"], "بي", 500.0),
    (&["داو"], "جونز", 30.0),
    (&["ايجي"], "اكس", 30.0),
    (&["ايجي"], "اكس", 70.0),
    (&["ايجي"], "اكس", 100.0),
];

/// Names (keys) of missiles and weapons that take a number: Fateh-110, Shahab-3,
/// Zelzal-2, Scud, Qaher, Sukhoi, MiG, Mil, Tupolev.
const WEAPON_NAMES: &[&str] = &[
    "فاتح",
    "شهاب",
    "زلزال",
    "سكود",
    "قاهر",
    "سو",
    "ميغ",
    "ميج",
    "مي",
    "تو",
];

/// Keys of the names of Latin letters spelled in Arabic (`إم`, `إتش`, `بي`), as in codes
/// (`ام اتش 17`). Not the letter names that are also common words (`في`, `أو`, `أن`, `أي`).
const LETTER_NAMES: &[&str] = &[
    "ايه",
    "اي",
    "بي",
    "سي",
    "دي",
    "اف",
    "جي",
    "اتش",
    "اش",
    "جيه",
    "كيه",
    "ال",
    "ام",
    "كيو",
    "ار",
    "اس",
    "تي",
    "يو",
    "دبليو",
    "اكس",
    "واي",
    "زد",
];

fn is_letter_name(t: &Token<'_>) -> bool {
    // `إل` is the letter L; `الـ` (keyed `ال` too, the tatweel dropped) is the article.
    t.kind == TokenKind::Word
        && LETTER_NAMES.contains(&t.key.as_str())
        // (`إي` is the letter E; `أي` is «any».)
        && (!matches!(t.key.as_str(), "ال" | "اي") || t.text.starts_with('إ'))
}

/// Places whose name with a one-digit number is a conference or accord of a series
/// (`جنيف 2`, `مينسك 2`, `أستانة 3`, `سوتشي 2`).
const SERIES_KEYS: &[&str] = &["جنيف", "مينسك", "استانه", "استانا", "سوتشي"];

/// Aircraft makers, whose name with a three-digit number is a model (`بوينغ 777`).
const AIRCRAFT_MAKER_KEYS: &[&str] = &[
    "بوينغ",
    "بوينج",
    "البوينغ",
    "البوينج",
    "ايرباص",
    "امبراير",
    "فانوم",
    "سيسنا",
];

/// The currency a sign at token `j` writes: `$`, `€`, `£`.
fn currency_sign(tokens: &[Token<'_>], j: usize) -> Option<&'static str> {
    match tokens.get(j)?.kind {
        TokenKind::Punct('$') => Some("usd"),
        TokenKind::Punct('€') => Some("eur"),
        TokenKind::Punct('£') => Some("gbp"),
        _ => None,
    }
}

/// `x` rounded to 12 significant digits: the bounds of an approximate value without the
/// float noise of the multiplication (54000, not 54000.00000000001). English uses it too.
pub fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(11 - x.abs().log10().floor() as i32);
    if !scale.is_finite() || scale == 0.0 {
        return x;
    }
    (x * scale).round() / scale
}

/// Words that follow a number without being what it counts: the time of day, and the
/// adjectives and particles the stop list of [`subject`] does not hold.
const NOT_COUNTED: &[&str] = &[
    "مثلا",
    // ar62: `خمسة آلاف حاليا`: «currently».
    "حاليا",
    "صباحا",
    "ظهرا",
    "عصرا",
    "مساء",
    "مساءا",
    "ليلا",
    "فجرا",
    "بتوقيت",
    "توقيت",
    "كبيره",
    "اخري",
    "اخر",
    "اخرين",
    "اخرون",
    "فاكثر",
    "فما",
    "فوق",
    "ضعف",
    "اضعاف",
    "مقابل",
    "منهم",
    "منهما",
    "منهن",
    "ممن",
    "لكل",
    "عالمي",
    "نهائي",
    "جاء",
    "مقارنه",
    "بواسطه",
    "داخل",
    "خارج",
    "زائد",
    "فضلا",
    "نظرا",
    "عالميا",
    "محليا",
    "عربيا",
    "دوليا",
    "سنويا",
    "يوميا",
    "شهريا",
    "اسبوعيا",
    "اجمالا",
    "مجددا",
    "مجموع",
    "اجمالي",
    "هجريه",
    "ميلاديه",
    "خاصه",
    "هائله",
    "عصر",
    "ظهر",
    "صباح",
    "فجر",
    "ليل",
    // `وصلت ثلاث قرب الرمادي`: a preposition of place or time is never the counted noun.
    "قرب",
    "بالقرب",
    "نحو",
    "حول",
    "عند",
    "قبل",
    "بعد",
    // `في الدقيقة 82 إثر إعاقة`, `توفي 280 بسبب سوء الظروف`, `المركز 565 ضمن`: a
    // preposition of cause, time or inclusion opens a phrase after the number; it is never
    // the counted noun (nor is `حين` or `طيلة` of the clause after it). (`إثر` is refused
    // only bare, in [`unknown_noun`]: the noun `أثر` takes tanween alif, `25 أثرا`.)
    "بسبب",
    "جراء",
    "عقب",
    "اثناء",
    "ضمن",
    "رغم",
    "برغم",
    "حين",
    "طيله",
    "طوال",
    "ازاء",
    "حيال",
    "تجاه",
    "بفعل",
    // `بلغ 1078 توفي منهم 472`: a verb of the next clause (a passive or intransitive
    // past of death and injury) is not what the number counts.
    "توفي",
    "لقي",
    "قتل",
    "اصيب",
    "استشهد",
    "عاد",
    // `سلم 33 أنفسهم`: reflexive pronouns.
    "انفسهم",
    "انفسهن",
    "انفسنا",
    "نفسه",
    "نفسها",
    // `الشعراء الخمسة والثلاثين جميعهم`: «all of them», `الآلاف المؤلفة`: «thousands upon
    // thousands».
    "جميعهم",
    "جميعها",
    "جميعهن",
    "كلهم",
    "كلها",
    "المؤلفة",
    "مؤلفة",
];

static NOT_COUNTED_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(NOT_COUNTED));

/// Nouns outside the unit lexicon whose first letter `و`, `ب`, `ك` or `ل` is a root letter,
/// not a proclitic: after a number they are its counted noun (`977 وصفة`, `4 وكالات`,
/// `87 كبسولة`, `18 كرتونا`), where `35 ألف وأعمال`, `20 بمدينة` are a conjunction and a
/// preposition.
const CLITIC_SHAPED_NOUNS: &[&str] = &[
    "وصفة",
    "وصفات",
    "وكالة",
    "وكالات",
    "وجهة",
    "وجهات",
    "ورقة",
    "ورقات",
    "وكيل",
    "وكيلة",
    "وكلاء",
    "وكيلات",
    "وفد",
    "وفود",
    "واقعة",
    "وقائع",
    "وسيلة",
    "وسائل",
    "واحة",
    "واحات",
    "وسيط",
    "وسطاء",
    "ولادة",
    "ولادات",
    "وديعة",
    "ودائع",
    "وصية",
    "وصايا",
    "وزارة",
    "وزارات",
    "وردية",
    "ورديات",
    "وسام",
    // Not `وجه`: after a number it is mostly the verb (`12 وجه الجيش اتهامات`).
    "وجوه",
    "ودية",
    "وديات",
    "وظيفة",
    "وظائف",
    "وجبة",
    "وجبات",
    "وثيقة",
    "وثائق",
    "ورشة",
    "ورش",
    "وردة",
    "ورود",
    "ولاية",
    "ولايات",
    "واجهة",
    "واجهات",
    "كبسولة",
    "كبسولات",
    "كرتون",
    "كرتونة",
    "كراتين",
    "بلاغ",
    "بلاغات",
    "لائحة",
    "لوائح",
    "بطانية",
    "بطانيات",
    "بطولة",
    "كاميرا",
    "كاميرات",
    "بلاطة",
    "كشاف",
    "كشافات",
    "بائع",
    "باعة",
    "كادر",
    "كوادر",
    "كراكة",
    "كنيسة",
    "كنائس",
    "كفيف",
    "بليونير",
    "بوابة",
    "بوابات",
    "كبينة",
    "بندقية",
    "بنادق",
    "بلدية",
    "بلديات",
    "بحار",
    "بحارة",
    "كرفان",
    "كوبون",
    "كوبونات",
    "كرسي",
    "كراسي",
    "لوحة",
    "كتيبة",
    "كتائب",
    "كلية",
    "بناية",
    "بنايات",
    "باخرة",
    "بواخر",
    "بعثة",
    "بيان",
    "بيانات",
    "بضاعة",
    "بوليصة",
    "لقاح",
    "لقاحات",
    "بالون",
    "بستان",
    "بساتين",
    "بقرة",
    "بقرات",
    "كيس",
    "لافتة",
    "لافتات",
];

static CLITIC_SHAPED_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(CLITIC_SHAPED_NOUNS));

/// Prepositions (keys) before which `عدة`, `بضعة` quantify the noun after them.
const PREPOSITIONS: &[&str] = &[
    "في", "من", "علي", "الي", "مع", "عبر", "خلال", "منذ", "بعد", "قبل", "ضمن", "بين", "عن",
];

/// An unknown counted noun at token `j` after the number `n`: an indefinite Arabic word
/// right after it that is no function word, number, verb form or time of day. Arabic puts
/// the counted noun after every cardinal but `واحد` and `اثنان` (which follow theirs), and
/// it is indefinite after a plain cardinal (`ستة اتحادات`, `عشرين تجمعا`). Returns the
/// normalized form, tanween alif dropped (`تجمعا` → `تجمع`).
fn unknown_noun(tokens: &[Token<'_>], n: &Num, j: usize) -> Option<String> {
    // `واحد`, `اثنان` and 1, 2 follow their noun; a number that may be a year takes none.
    // (From 1300 to 1899 only after a word of time, `عام 1436`: `الجلد 1500 جلدة`, `1876
    // تجمعا` count.)
    // (Not a second year, `بين 1854 و1863`; not an elative `أفعل`, `ميونخ 1860 أبرز`; the
    // cue may stand before a bracket, `عام (1442`.)
    let year_like = !n.in_words
        && n.value.fract() == 0.0
        && (1300.0..=2100.0).contains(&n.value)
        && (n.value >= 1900.0
            || j != n.last + 1
            || tokens
                .get(j)
                .is_some_and(|t| t.key.starts_with('ا') && t.key.chars().count() == 4)
            || {
                let mut p = n.first.checked_sub(1);
                if let Some(k) = p.filter(|&k| matches!(tokens[k].kind, TokenKind::Punct('('))) {
                    p = k.checked_sub(1);
                }
                p.is_some_and(|p| {
                    let p = &tokens[p];
                    p.kind == TokenKind::Word
                        && p.stems()
                            .any(|(_, s)| YEAR_KEYS.contains(s) || YEAR_KEYS.contains(&p.key))
                })
            })
        && !bounded_amount(tokens, n.first)
        && !after_number_of(tokens, n.first);
    let t = tokens.get(j)?;
    // `ضبط اثنين مطلوبين`: `اثنين` in words may stand before an indefinite sound plural.
    let two_before_plural = n.in_words
        && n.value == 2.0
        && n.first == n.last
        && matches!(tokens[n.first].key.as_str(), "اثنين" | "اثنان")
        && t.key.chars().count() >= 5
        && ["ين", "ون", "ات"].iter().any(|e| t.key.ends_with(e))
        && !t.key.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
        // (`مهاجمين اثنين صريحين`: after its noun `اثنين` is an adjective, and so is the
        // plural after it.)
        && n.first.checked_sub(1).is_none_or(|p| {
            let k = tokens[p].key.as_str();
            tokens[p].kind != TokenKind::Word || !["ين", "ان", "ات", "ون"].iter().any(|e| k.ends_with(e))
        });
    if n.percent || (!n.vague && !two_before_plural && (n.value <= 2.0 || year_like)) {
        return None;
    }
    // A vague quantity counts a definite plural (`عشرات الناشطين`), a number an indefinite
    // noun.
    // `عدة`, `بضعة` take an indefinite plural (`عدة تحديات`); after its noun `عدة` is an
    // adjective (`بتسميات عدة تدل`), so only a sound plural is taken after it.
    let stripped = n.vague && n.high > 10.0 && !ar73::compound_few(tokens, n);
    let (key, text) = if stripped {
        (
            t.key.strip_prefix("ال")?,
            t.text.strip_prefix("ال").unwrap_or(t.text),
        )
    } else {
        (t.key.as_str(), t.text)
    };
    // `عدة فوائد`, `عدة وسائل`, `عدة آلات`: a listed broken plural right after `عدة` is its
    // noun whatever its shape (see `ar101::several_noun`).
    if n.vague && n.high <= 10.0 && t.kind == TokenKind::Word && ar101::several_noun(&t.key) {
        return Some(t.key.clone());
    }
    // But with a preposition on it or before it, `عدة` stands before its noun, which may be
    // a broken plural (`بعدة خواتم`, `في عدة مدن`).
    let quantifier = n.vague
        && n.high <= 10.0
        && (tokens[n.first].start != n.start
            || n.first.checked_sub(1).is_some_and(|p| {
                tokens[p].kind == TokenKind::Word && PREPOSITIONS.contains(&tokens[p].key.as_str())
            }));
    // `تظهر عدة أفكار`: a broken plural right after `عدة` is its noun too, unless a plural
    // noun stands before `عدة` (which is then its adjective).
    // (`عدة أسئلة`, `عدة أنشطة`: the plural `أفعلة`, written with its ta marbuta, not a
    // verb with a pronoun `أهّلته`.)
    let afila = t.text.ends_with('ة')
        && key.starts_with('ا')
        && key.chars().count() == 5
        && key.chars().nth(3) != Some('ت');
    // `عدة لجان`, `عدة فصول`: a broken plural `فعال`, `فعول` whose first letter looks like a
    // proclitic.
    let short_broken = key.chars().count() == 4
        && matches!(key.chars().nth(2), Some('ا' | 'و'))
        && key.starts_with(['و', 'ف', 'ب', 'ل'])
        && !key.ends_with('ا')
        && key.chars().all(crate::lang::is_arabic_letter)
        && !subject::is_function_word(key)
        && !matches!(key, "بشان" | "بدون" | "لدون")
        // (Not after its noun: `مرات عدة بشأن`, `كسورا عدة بقاع`.)
        && n.first.checked_sub(1).is_none_or(|p| {
            let k = tokens[p].key.as_str();
            tokens[p].kind != TokenKind::Word
                || !(k.ends_with('ا') || ["ات", "ين", "ون"].iter().any(|e| k.ends_with(e)))
        });
    let broken_after_several = n.vague
        && n.high <= 10.0
        && (looks_plural(key) || afila || short_broken || ar101::short_plural(key))
        && n.first.checked_sub(1).is_none_or(|p| {
            tokens[p].kind != TokenKind::Word || !ar101::plural_before(&tokens[p].key)
        });
    if n.vague
        && n.high <= 10.0
        && !quantifier
        && !broken_after_several
        && !["ات", "ين", "ون"].iter().any(|e| key.ends_with(e))
    {
        return None;
    }
    // Nouns whose first letter is their own, not a proclitic (`977 وصفة`, `87 كبسولة`); every
    // one of them begins with such a letter.
    let clitic_shaped = key.starts_with(['و', 'ب', 'ك', 'ل']) && clitic_shaped_noun(key);
    if t.kind != TokenKind::Word
        || key.chars().count() < 3
        || !key.chars().all(crate::lang::is_arabic_letter)
        // The article, but not the hamza of a broken plural `أفعال` (`سبعة ألغام`).
        // (`عشرات الألغام`: the same after the article a vague number takes.)
        || (key.starts_with("ال") && !text.starts_with("أل"))
        // `لل` is a preposition and the article (`32 للفنون`).
        || key.starts_with("لل")
        // `و` after a number is the conjunction (`35 ألف وأعمال`); `ب`, `ك`, `ل` before a
        // long singular are prepositions (`بنسبة`, `كمتوسط`, `لحصوله`), unlike plurals
        // such as `بطولات`.
        || (key.starts_with('و') && !clitic_shaped)
        || (key.starts_with(['ب', 'ك', 'ل'])
            && key.chars().count() >= 5
            && !["ات", "ين", "ون"].iter().any(|e| key.ends_with(e))
            && !clitic_shaped)
        || subject::is_function_word(key)
        || numbers::is_number_word(t)
        // Verb forms: past plural (`قتلوا`), past feminine (`تحطمت`), present plural
        // (`يعملون`).
        || key.ends_with("وا")
        // (Not a noun in `وت`: `225 ألف روبوت`, `تابوت`.)
        || (key.ends_with('ت')
            && !key.ends_with("ات")
            && (!key.ends_with("وت") || key.starts_with('ي'))
            && key.chars().count() >= 4)
        || (key.starts_with(['ي', 'ت']) && key.ends_with("ون"))
        // The present `يفعل` (`يملك`, `يزرع`), not a noun such as `يتيم`, `يهود`.
        || imperfect_verb(key)
        || ar73::verb_form(t)
        || ar79::never_unit(key)
    {
        return None;
    }
    // A proclitic before a function word or the article: `وفي`, `بالاهتمام`, `ولأخيها`.
    if !clitic_shaped
        && t.stems().any(|(p, stem)| {
            !(p.is_empty() || stripped && p == "ال")
                && (stem.starts_with("ال")
                    || subject::is_function_word(stem)
                    || stem.ends_with("ها"))
        })
    {
        return None;
    }
    // `بينهم 150 إصاباتهم خطيرة`, `جلستهم`, `معظمهم`: a noun with a pronoun suffix is the
    // subject of the next clause, not what the number counts.
    if heads::suffixed_noun(key) {
        return None;
    }
    let key = match key.strip_suffix('ا') {
        Some(stem) if stem.chars().count() >= 3 && !ar98::own_alif(key) => stem,
        _ => key,
    };
    (!NOT_COUNTED_KEYS.contains(key)
        && !NOT_COUNTED_KEYS.contains(t.key.as_str())
        && t.key != "اثر")
        .then(|| key.to_string())
}

/// Whether a key without the article is a sound plural that may be counted (`منصات`,
/// `لاعبين`): four letters or more, no function word, no time of day.
fn sound_plural_noun(stem: &str) -> bool {
    stem.chars().count() >= 4
        && ["ين", "ون", "ات"].iter().any(|e| stem.ends_with(e))
        && !subject::is_function_word(stem)
        && !NOT_COUNTED_KEYS.contains(stem)
}

/// The lexicon's plural count unit for a one-word key, or the key as an unknown noun.
fn plural_unit(key: String) -> Result<units::UnitMatch, String> {
    units::lookup(&[key.as_str()])
        .filter(|u| {
            u.kind == UnitKind::Count
                && !u.proclitic
                && u.words == 1
                && u.plurality == units::Plurality::Plural
        })
        .ok_or(key)
}

/// A sound masculine plural in construct at token `j`, before the word it is in construct
/// with (`منسوبي قوات`, `مسلحي الحوثي`: `منسوبين` without its `ن`): the plural's key.
fn construct_plural(tokens: &[Token<'_>], j: usize) -> Option<String> {
    let t = tokens
        .get(j)
        .filter(|t| t.kind == TokenKind::Word && t.text.ends_with('ي'))?;
    let stem = t.key.strip_suffix('ي')?;
    // (`الآلاف من أهالي`: a broken plural keeps its `ي`.)
    if stem.ends_with("ال") {
        return looks_plural(&t.key).then(|| t.key.clone());
    }
    if stem.chars().count() < 4
        || !stem.chars().all(crate::lang::is_arabic_letter)
        || stem.starts_with("ال")
        || subject::is_function_word(&t.key)
        // (`70 من إجمالي`: a relative adjective.)
        || NOT_COUNTED_KEYS.contains(t.key.as_str())
        || !tokens
            .get(j + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && !numbers::is_number_word(n))
    {
        return None;
    }
    let plural = format!("{stem}ين");
    // (`5 من لاعبي الاتحاد`: a plural of the lexicon may begin like a proclitic.)
    let known = || {
        units::lookup(&[plural.as_str()]).is_some_and(|u| {
            u.kind == UnitKind::Count && !u.proclitic && u.plurality == units::Plurality::Plural
        })
    };
    ((looks_plural(&plural) || known()) && !NOT_COUNTED_KEYS.contains(plural.as_str()))
        .then_some(plural)
}

/// Whether a key (tanween alif allowed: `كرتونا`) is one of [`CLITIC_SHAPED_NOUNS`].
fn clitic_shaped_noun(key: &str) -> bool {
    CLITIC_SHAPED_KEYS.contains(key)
        || key
            .strip_suffix('ا')
            .is_some_and(|k| CLITIC_SHAPED_KEYS.contains(k))
}

/// Whether a key has the shape of the present tense `يفعل` (`يملك`, `يمثل`): `ي`, then
/// three consonants (`يتيم`, `يهود`, `يقوم` have a long vowel inside).
fn imperfect_verb(key: &str) -> bool {
    let mut c = key.chars();
    c.next() == Some('ي')
        && key.chars().count() == 4
        && c.all(|ch| !matches!(ch, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة'))
}

/// Whether the number at token `i` is bounded by an approximation or a comparison
/// (`نحو 1500 محاولة`, `أكثر من 1800 حالة`): an amount, never a year.
fn bounded_amount(tokens: &[Token<'_>], i: usize) -> bool {
    qualifiers::before(tokens, i).is_some_and(|f| {
        matches!(
            f.qualifier,
            Qualifier::Approx | Qualifier::MoreThan | Qualifier::LessThan
        )
    })
}

/// Whether «the number (of)» stands right before the number at token `i` (`يبلغ عددها 1677
/// منشأة`, `بعدد 1600 حافلة`): a count, never a year.
fn after_number_of(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        let t = &tokens[p];
        t.kind == TokenKind::Word
            && t.stems()
                .any(|(_, k)| matches!(k, "عدد" | "عدده" | "عددها" | "عددهم" | "عددهن" | "عددهما"))
    })
}

/// The noun right before the «one» at token `i` (`يوم واحد`, `دائرة واحدة`): a singular
/// indefinite noun of the lexicon (with or without a proclitic), or else a feminine noun
/// without proclitics before the feminine `واحدة`, which keeps its normalized form.
fn noun_before_one(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Result<UnitMatch, String>, usize)> {
    let p = i.checked_sub(1)?;
    let t = &ctx.tokens[p];
    if t.kind != TokenKind::Word || t.end == ctx.tokens[i].start {
        return None;
    }
    // ar134: `دائرة انتخابية واحدة`: the noun before the adjectives of relation.
    if let Some(found) = ar134::noun_before_adjective(ctx, i) {
        return Some(found);
    }
    noun_right_before_one(ctx, i, p).map(|found| (found, p))
}

/// [`noun_before_one`] for the word `p` right before the «one» at `i`.
fn noun_right_before_one(
    ctx: &Ctx<'_, '_>,
    i: usize,
    p: usize,
) -> Option<Result<UnitMatch, String>> {
    let t = &ctx.tokens[p];
    // A preposition or conjunction on the noun is part of the phrase: `بنقطة واحدة`,
    // `لموسم واحد`.
    if let Some(u) = units::lookup(&ctx.keys[p..=p]) {
        // `وروسيا واحدة من أربعة رعاة` (a country's name), `دينار بحريني واحد`, `شعب يمني
        // واحد`: before `واحد` a demonym is an adjective of the noun before it, or a name.
        if u.concept == "person" && (t.key.ends_with("يا") || t.key.ends_with('ي')) {
            return None;
        }
        return (!u.definite && u.plurality == units::Plurality::Singular).then_some(Ok(u));
    }
    let key = t.key.as_str();
    let feminine = ctx.tokens[i].key.ends_with('ه') && key.ends_with('ه');
    (feminine
        && key.chars().count() >= 3
        && !key.starts_with("ال")
        && !key.starts_with('و')
        && !subject::is_function_word(key)
        && !NOT_COUNTED_KEYS.contains(key)
        && !t
            .stems()
            .any(|(prefix, _)| !prefix.is_empty() && prefix != "ال"))
    .then(|| Err(key.to_string()))
}

/// The dual noun before the «two» at token `i` (`بمهاجمين اثنين`, `لاعبين اثنين`,
/// `متطرفين يهوديين اثنين`, over one adjective of relation): the unit (or the noun's key)
/// and the noun's token. Not before a partitive `من` (`اثنين من زملائه`, the number of
/// the noun after it), nor after `آخرين`, a definite word, a function word or a number.
fn noun_before_two(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Result<UnitMatch, String>, usize)> {
    let tokens = ctx.tokens;
    if !matches!(
        tokens[i].key.as_str(),
        "اثنين" | "اثنان" | "اثنتين" | "اثنتان"
    ) || tokens.get(i + 1).is_some_and(|t| t.key.starts_with("من"))
    {
        return None;
    }
    let dual = |p: usize| {
        let t = &tokens[p];
        t.kind == TokenKind::Word
            && t.end < tokens[p + 1].start
            && t.key.chars().count() >= 4
            && dual_ending(&t.key)
            && !t.stems().any(|(pre, _)| pre.ends_with("ال"))
            && !matches!(t.key.as_str(), "اخرين" | "اخران" | "الاخرين")
            && !subject::is_function_word(&t.key)
            && !numbers::is_number_word(t)
            && !NOT_COUNTED_KEYS.contains(t.key.as_str())
    };
    let mut p = i.checked_sub(1)?;
    if !dual(p) {
        return None;
    }
    // `متطرفين يهوديين اثنين`: an adjective of relation between the noun and the number.
    let nisba = |k: &str| k.ends_with("يين") || k.ends_with("يان") || k.ends_with("يتين");
    if nisba(&tokens[p].key) && p > 0 && dual(p - 1) {
        p -= 1;
    }
    if let Some(u) = units::lookup(&ctx.keys[p..=p]) {
        return (!u.definite && u.words == 1).then_some((Ok(u), p));
    }
    // `بمهاجمين`, `ومستوطنين`: a proclitic before a participle's `م`/`ت` is no part of
    // the noun (`لاعبين`, `باحثين` keep their first letter).
    let key = tokens[p].key.as_str();
    let key = match key.strip_prefix(['ب', 'و', 'ف', 'ل']) {
        Some(rest) if rest.starts_with(['م', 'ت']) && rest.chars().count() >= 5 => rest,
        _ => key,
    };
    Some((Err(key.to_string()), p))
}

/// Whether an indefinite word without proclitics has the shape of a plural noun: a sound
/// plural (`رسالات`), or a broken plural of the patterns `فعائل/مفاعل/فواعل` (`رسائل`,
/// `نماذج`, `عوامل`), `أفعال` (`ألوان`) or `فعول` (`شروط`).
fn looks_plural(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    let n = c.len();
    if key.starts_with("ال")
        || key.starts_with(['و', 'ف', 'ب', 'ل'])
        || key.ends_with('ا')
        || subject::is_function_word(key)
        || !c.iter().all(|&ch| crate::lang::is_arabic_letter(ch))
    {
        return false;
    }
    (n >= 5 && (key.ends_with("ات") || key.ends_with("ين")))
        || ((5..=6).contains(&n) && c[2] == 'ا')
        || (n == 5 && c[0] == 'ا' && c[3] == 'ا')
        || (n == 4 && c[2] == 'و')
}

/// The broken plural `فُعّال` of four letters, a long `ا` third (`سكان`, `ثوار`, `طلاب`,
/// `عمال`): also the shape of singulars (`نظام`, `كتاب`), so taken only where a count is
/// sure.
fn fuaal_plural(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    c.len() == 4 && c[2] == 'ا' && c.iter().all(|&ch| crate::lang::is_arabic_letter(ch))
}

/// A plural noun with a possessive suffix (`مواطنيها`, `مقاتليهم`, `أفرادها`), as the key
/// of the plural without it (`مواطنين`, `مقاتلين`, `افراد`); None for any other word (a
/// singular in `ة` before the suffix, `من بينهم`, `من إجماليها`).
fn possessed_plural(t: &Token<'_>) -> Option<String> {
    let stem = ["هما", "هم", "هن", "ها", "نا", "كم", "ه"]
        .iter()
        .find_map(|s| t.key.strip_suffix(s))?;
    if t.text.ends_with('ة')
        || stem.chars().count() < 4
        || NOT_COUNTED_KEYS.contains(stem)
        // (`محبيه`, `مؤيديه`: a sound plural of four letters before its `ين`.)
        || !(looks_plural(stem) || stem.ends_with('ي') && looks_plural(&format!("{stem}ن")))
        || stem.ends_with('ت') && !stem.ends_with("ات")
    {
        return None;
    }
    // `أعضائه`, `أبنائها`: the hamza of `أعضاء` is written on a ya before the suffix.
    if let Some(bare) = stem.strip_suffix("اي") {
        return Some(format!("{bare}اء"));
    }
    // The sound masculine plural loses its `ن` before the suffix.
    if stem.ends_with('ي') && !stem.ends_with("الي") {
        return Some(format!("{stem}ن"));
    }
    Some(stem.to_string())
}

/// The plural noun right before a postposed `عدة` (`من بلدان عدة`, `عوامل عدة`,
/// `لأسباب عدة`): `عدة` is then an adjective of that noun, which it counts. Returns the
/// unit (or the unknown noun's key) and the offset where the phrase starts, after any
/// proclitic on the noun.
fn noun_before_several(
    ctx: &Ctx<'_, '_>,
    i: usize,
) -> Option<(Result<UnitMatch, String>, usize, usize)> {
    let p = i.checked_sub(1)?;
    if ctx.tokens[p].kind != TokenKind::Word || ctx.tokens[i].key != "عده" {
        return None;
    }
    // `مسؤولون إسرائيليون عدة`, `مدنا أوروبية عدة`: an adjective of relation (`-يون`,
    // `-يين`, `-يات`, `-ية`)
    // between the noun and `عدة` describes the noun, which is what is counted.
    let nisba = |key: &str| {
        key.chars().count() >= 6 && ["يون", "يين", "يات", "يه"].iter().any(|e| key.ends_with(e))
    };
    if nisba(&ctx.tokens[p].key)
        && ctx.tokens[p].stems().all(|(_, s)| !s.starts_with("ال"))
        && let Some(q) = p.checked_sub(1)
        && ctx.tokens[q].kind == TokenKind::Word
        && !nisba(&ctx.tokens[q].key)
        && let Some((found, from)) = noun_at_several(ctx, i, q)
    {
        return Some((found, from, q));
    }
    noun_at_several(ctx, i, p).map(|(found, from)| (found, from, p))
}

/// The counted noun of the postposed `عدة` at `i` when it is the word at `p`.
fn noun_at_several(
    ctx: &Ctx<'_, '_>,
    i: usize,
    p: usize,
) -> Option<(Result<UnitMatch, String>, usize)> {
    let t = &ctx.tokens[p];
    // `لوجود عدة مواضيع`, `حولها عدة مرات`: before a plural noun `عدة` counts that noun.
    if ctx.tokens.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word
            && (units::lookup(&ctx.keys[i + 1..=i + 1]).is_some_and(|u| {
                !u.definite && !u.proclitic && u.plurality == units::Plurality::Plural
            }) || looks_plural(&n.key))
    }) {
        return None;
    }
    // A pronoun on the word before (`احتلالها عدة`, `أحدهما عدة`) or a function word
    // (`وهناك عدة`, `وعندما عدة`): no noun of `عدة`.
    if ["ها", "هما", "هم"].iter().any(|e| t.key.ends_with(e))
        || t.stems().any(|(_, s)| subject::is_function_word(s))
    {
        return None;
    }
    if let Some(u) = units::lookup(&ctx.keys[p..=p]) {
        if u.definite || u.plurality != units::Plurality::Plural {
            return None;
        }
        let clitic = if u.proclitic {
            t.stems()
                .find(|(pre, stem)| !pre.is_empty() && units::lookup(&[stem]).is_some())
                .map_or(0, |(pre, _)| pre.chars().count())
        } else {
            0
        };
        return Some((Ok(u), t.offset_after_key_chars(clitic)));
    }
    // An unknown noun: a plain word, or one with a preposition or conjunction but no
    // article (`لأسباب`, `وبأشكال`).
    // A proclitic is split off only before a plural's `أ`, `م` or `ت` (`لأسباب`,
    // `بمناسبات`, `بتسميات`), so that `بلدان`, `بيانات` stay whole.
    let (pre, stem) = t
        .stems()
        .find(|(pre, stem)| {
            pre.is_empty()
                || (!pre.ends_with("ال")
                    && stem.starts_with(['ا', 'م', 'ت'])
                    && stem.chars().count() >= 4)
        })
        .filter(|(_, stem)| stem.chars().count() >= 4 && !stem.starts_with("ال"))?;
    let ok = stem.chars().all(crate::lang::is_arabic_letter)
        && !subject::is_function_word(stem)
        && !numbers::is_number_word(t)
        && !NOT_COUNTED_KEYS.contains(stem)
        // Verb forms: `قتلوا`, `تحطمت`, `يعملون`, and a feminine singular noun (`مرة`
        // is in the lexicon) is no plural.
        // A plural: a sound plural's ending, or a long vowel inside a broken plural
        // (`عوامل`, `أسباب`, `مناطق`); a verb such as `تشمل` has none.
        && (["ات", "ين", "ون", "ان"].iter().any(|e| stem.ends_with(e))
            || stem.chars().skip(1).any(|c| matches!(c, 'ا' | 'و')))
        && !stem.ends_with("وا")
        && !stem.ends_with('ه')
        && (!stem.ends_with('ت') || stem.ends_with("ات"))
        && !(stem.starts_with(['ي', 'ت']) && stem.ends_with("ون"));
    // Tanween alif dropped: `أمورا عدة` → `امور`.
    let stem = match stem.strip_suffix('ا') {
        Some(s) if s.chars().count() >= 3 && !ar98::own_alif(stem) => s,
        _ => stem,
    };
    ok.then(|| {
        (
            Err(stem.to_string()),
            t.offset_after_key_chars(pre.chars().count()),
        )
    })
}

/// A number at token `i` with everything that bounds and names it.
fn quantity(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    quantity_at(ctx, i, false)
}

/// The second side of an area (see [`dimensions`]) read alone, with its unit.
fn quantity_side(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    quantity_at(ctx, i, true)
}

/// A quantity at token `i`; `side` when it is the second side of an area.
fn quantity_at(ctx: &Ctx<'_, '_>, i: usize, side: bool) -> Option<(Recognized, usize)> {
    if let Some(found) = noun_and_a_half(ctx, i) {
        return Some(found);
    }
    let tokens = ctx.tokens;
    if code_letter_before(tokens, i) {
        return None;
    }
    let n = ctx.number_at(i)?;
    // `مهرجان جدة 36`: an edition number (or the Hijri year cut to two digits) right after
    // a festival's name of one to three words, nothing counted (the noun without the
    // article: `المهرجان بنسبة 20` is a share): `مهرجان صيف ينبع 36`, `مهرجان أبها يجمعنا
    // 36`, `مهرجان العيد والصيف 36`, and what it is for, `مهرجان أبها للتسوق الـ 17`.
    if i >= 2
        && !n.in_words
        && n.first == n.last
        && n.value < 1000.0
        && festival_name_before(tokens, i)
        // (`بمهرجان أبها يجمعنا 3 مرات`, `بمشاركة 2 من الفنانين`: times and a partitive.)
        && tokens
            .get(n.last + 1)
            .is_none_or(|t| !matches!(t.key.as_str(), "من" | "مرات" | "مره"))
        && units::lookup(ctx.keys_from(n.last + 1)).is_none()
        && !matches!(
            tokens.get(n.last + 1).map(|t| &t.kind),
            Some(TokenKind::Punct('%' | '٪'))
        )
    {
        return None;
    }
    // `30 حالة لكل 100000 مواطن`: the number after «per» is the denominator of a rate,
    // not a count of its own.
    if i >= 1 && tokens[i - 1].key == "لكل" {
        return None;
    }
    // `واحدة من القضايا` (one of the issues), `في آن واحد` (at once): no quantity.
    if n.in_words && n.value == 1.0 && n.first == n.last {
        let next = |k: usize| tokens.get(n.last + k).map(|t| t.key.as_str());
        // «one of» before any word but `كل` or a number (`واحد من كل خمسة`, `واحد من مليون`
        // are ratios).
        // (`واحد من بين كل أربعة`: a ratio too.)
        let one_of = next(1) == Some("من")
            && tokens.get(n.last + 2).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.key != "كل"
                    && !(t.key == "بين" && next(3) == Some("كل"))
                    && !numbers::is_number_word(t)
            });
        // `واحد من ثلاثة مؤسسين`, `واحدة من مئات الملايين`: «one of» a number that is no
        // ratio (`واحد من مليون`); the claim is the number after `من`. (After its noun,
        // `مصاب واحد من الثلاثة`, the one counts.)
        let one_of_number = next(1) == Some("من")
            && next(2) != Some("كل")
            && tokens.get(n.last + 2).is_some()
            && noun_before_one(ctx, i).is_none()
            && numbers::ratio_after(tokens, &n).is_none();
        // (`أن واحدة من كل ثلاث`: «that», before a ratio.)
        let at_once = i > 0 && tokens[i - 1].key == "ان" && next(1) != Some("من");
        if one_of || one_of_number || at_once {
            return None;
        }
    }
    if !side && let Some(found) = dimensions(ctx, i, &n) {
        return found;
    }
    let n = numbers::ratio_after(tokens, &n).unwrap_or(n);
    let mut first = i;
    let mut last = n.last;
    let mut start = n.start;

    // `(1860 - 1865)`, `(1809-1865)`: two years in brackets after a name are a life or a
    // term, a span of time (a spaced dash joins them only here).
    let plain_year = |k: usize| {
        tokens.get(k).and_then(|t| {
            let v = t.number()?;
            (t.text.chars().count() == 4
                && t.text.chars().all(|c| c.is_numeric())
                && (1000.0..=2100.0).contains(&v))
            .then_some(v)
        })
    };
    let punct_at = |k: usize, cs: &[char]| dates::is_punct(tokens, k, cs);
    if i > 0
        && punct_at(i - 1, &['('])
        && punct_at(i + 1, &['-', '–', '—'])
        && punct_at(i + 3, &[')'])
        && let (Some(a), Some(b)) = (plain_year(i), plain_year(i + 2))
        && a < b
        && b - a <= 150.0
        // `(1500 - 2000) ريال` is an amount.
        && units::lookup(ctx.keys_from(i + 4)).is_none()
    {
        let (a, b) = (a as i16, b as i16);
        let value = format!("{a:04}-01-01/{b:04}-12-31");
        let r = years(ctx, (n.start, tokens[i + 2].end), value, (a, b), (i, i + 2));
        return Some((r, i + 3));
    }

    // A range: `بين 10 و20`, `من 5 إلى 7`, `10-12`.
    let open = qualifiers::range_open(tokens, i);
    let mut high_num: Option<Num> = None;
    // `بنتيجة (0-4)`: a score, not a range.
    // (`نتيجة الخزعة 3-4 أيام`: a unit after the pair makes it a range, the result of a test.)
    let score = (i.saturating_sub(4)..i).any(|k| tokens[k].key.ends_with("نتيجه"))
        && !(punct_at(i + 1, &['-', '–'])
            && tokens.get(i + 2).is_some_and(|t| t.number().is_some())
            && units::lookup(ctx.keys_from(i + 3)).is_some());
    // `من 400 مليار يوان في 2010 إلى 2.3 تريليون`: a year is no range's low bound.
    let year_low = year_cued(tokens, i, &n);
    // `ارتفعت الأصول من 2.7 إلى 3.1 تريليون دولار`: after a word of change, `من … إلى` is
    // where the quantity went from and to, two values and no range. The high end is read
    // on its own after this one; this one takes the scale, percent and unit written after
    // it (below).
    let change_to = match open {
        // (`خلال الفترة من 2001 إلى 2009`: a year is left to the span of years, and a
        // number shaped like one to the range: alone it would read as a year.)
        Some((RangeOpen::From, f, _))
            if !score && !year_low && !year_shaped(tokens, i, &n) && qualifier_free(tokens, i) =>
        {
            tokens
                .get(last + 1)
                .filter(|t| t.kind == TokenKind::Word && matches!(t.key.as_str(), "الي" | "حتي"))
                .and_then(|_| numbers::parse_at(tokens, last + 2))
                .filter(|m| m.value != n.value && change_governs(ctx, f, m))
        }
        _ => None,
    };
    if !score
        && !year_low
        && change_to.is_none()
        && let Some(j) = qualifiers::range_close(tokens, last + 1, open.map(|o| o.0))
        && let Some(m) = numbers::parse_at(tokens, j)
        // `ما بين 9.72% إلى 1.21%`, `بين 7 و 5`: after «between» the high end may come first
        // (after «from», or `بين … إلى`, a fall is a change, not a range).
        && (m.value > n.value
            || m.value < n.value
                && (matches!(open, Some((RangeOpen::Between, f, _))
                    if f + 2 == i || !matches!(tokens[last + 1].key.as_str(), "الي" | "حتي"))
                    // `لا تتجاوز 40 الى 35 مترا`: with no opener, two close numbers before a
                    // counted noun are a range even with the high end first.
                    || open.is_none()
                        && !n.percent
                        && !m.percent
                        && tokens[last + 1].key == "الي"
                        && n.value <= 2.0 * m.value
                        && units::lookup(ctx.keys_from(m.last + 1))
                            .is_some_and(|u| u.kind == UnitKind::Count && !u.proclitic)))
        // `من 8 إلى 23 سبتمبر`: the high end is the day of a date, not a count's bound.
        && dates::extent_at(tokens, j).is_none_or(|l| l <= m.last)
        // `18-21%`: the percent sign on the high end only stands for both.
        && (m.percent == n.percent || m.percent)
    {
        last = m.last;
        if let Some((_, f, s)) = open {
            first = f;
            start = s;
        }
        high_num = Some(m);
    }
    // `بين 3 و5 ملايين`, `من ثلاثة إلى خمسة آلاف`: the scale word after the high end
    // stands for the low end too, when the low end has none and stays the lower.
    let n = match (
        &high_num,
        numbers::trailing_scale(tokens, high_num.as_ref()),
    ) {
        (Some(m), Some(s))
            if !n.percent
                && !n.vague
                && !m.vague
                && n.value > 0.0
                && numbers::trailing_scale(tokens, Some(&n)).is_none()
                && (n.value * s <= m.value || ar129::reversed_scale(tokens, &n, m, s))
                // (`واحدة إلى 386 ألف تغريدة`: from one, not from a thousand.)
                && m.value <= 20.0 * n.value * s =>
        {
            Num {
                value: n.value * s,
                low: n.low * s,
                high: n.high * s,
                ..n
            }
        }
        _ => n,
    };
    // `من 2.7 إلى 3.1 تريليون دولار` after a change: the scale after the high end stands
    // for the low end too, when the low end has none and the two stay within twenty times
    // of each other. (When it does not apply, the low end takes no unit from the high.)
    let mut change_unit = change_to.is_some();
    let n = match (
        &change_to,
        numbers::trailing_scale(tokens, change_to.as_ref()),
    ) {
        (Some(m), Some(s)) => {
            change_unit = !n.percent
                && !n.vague
                && !m.vague
                && n.value > 0.0
                && numbers::trailing_scale(tokens, Some(&n)).is_none()
                && n.value * s <= 20.0 * m.value
                && m.value <= 20.0 * n.value * s;
            if change_unit {
                Num {
                    value: n.value * s,
                    low: n.low * s,
                    high: n.high * s,
                    ..n
                }
            } else {
                n
            }
        }
        _ => n,
    };
    // `سالب خمسة`, `ناقص 3`: a negative number in words.
    let mut sign = 1.0;
    if first == i
        && let Some(prev) = i.checked_sub(1).map(|p| &tokens[p])
        && prev.kind == TokenKind::Word
        && matches!(prev.key.as_str(), "سالب" | "ناقص")
    {
        sign = -1.0;
        first = i - 1;
        start = prev.start;
    }
    // `بالمائة 10`: the percent word written before the number.
    let mut percent_before = false;
    if first == i
        && let Some(prev) = i.checked_sub(1).map(|p| &tokens[p])
        && matches!(prev.key.as_str(), "بالميه" | "بالمايه")
    {
        percent_before = true;
        first = i - 1;
        start = prev.start;
    }
    let mut qualifier_before = None;
    // (A qualifier before an opening quote: the number's quotes are read below.)
    let mut quoted_qualifier = false;
    if high_num.is_none()
        && let Some(q) = qualifiers::before(tokens, first)
    {
        first = q.first;
        start = q.start;
        qualifier_before = Some(q.qualifier);
    } else if high_num.is_none()
        && first == i
        && i > 0
        && matches!(tokens[i - 1].kind, TokenKind::Punct('(' | '«' | '"' | '“'))
        && let Some(q) = qualifiers::before(tokens, i - 1)
            .filter(|q| ar64::before_bracket(tokens, q.first, q.last, i))
    {
        // `بنسبة تجاوزت ( 89% )`, `أكثر من «١١» ألف زنقة`
        first = q.first;
        start = q.start;
        qualifier_before = Some(q.qualifier);
        quoted_qualifier = !matches!(tokens[i - 1].kind, TokenKind::Punct('('));
        if matches!(tokens[i - 1].kind, TokenKind::Punct('('))
            && matches!(
                tokens.get(last + 1).map(|t| &t.kind),
                Some(TokenKind::Punct(')'))
            )
        {
            last += 1;
        }
    }

    // Percent words, then the counted noun.
    let mut percent = percent_before
        || n.percent
        || high_num.as_ref().is_some_and(|m| m.percent)
        // `ارتفع من 13 إلى 23 في المائة`: the percent of the high end of a change.
        || change_to
            .as_ref()
            .is_some_and(|m| m.percent || percent_words(tokens, m.last + 1).is_some());
    if !percent && let Some(p) = percent_words(tokens, last + 1) {
        percent = true;
        last = p;
    }
    if !percent && let Some(p) = ar70::bracketed_percent(tokens, i, last) {
        (percent, first, start, last) = (true, first.min(i - 1), start.min(tokens[i - 1].start), p);
    }
    // `(77 مقابل 65 في المائة)`: the percent after the second figure of a comparison
    // stands for the first too.
    if !percent
        && tokens.get(last + 1).is_some_and(|t| t.key == "مقابل")
        && let Some(TokenKind::Number { percent: p, .. }) = tokens.get(last + 2).map(|t| &t.kind)
        && (*p || percent_words(tokens, last + 3).is_some())
    {
        percent = true;
    }
    let mut unit: Option<(UnitMatch, usize)> = None;
    // `لمدة (21) يوماً`: a number in brackets still takes the noun after them; so does one
    // in quotes (`لـ"ثلاثين" طالبًا`).
    if !percent
        && (first == i || quoted_qualifier)
        && i > 0
        && matches!(tokens[i - 1].kind, TokenKind::Punct('(' | '«' | '"' | '“' | '”')) // ar85: ” 165 ”
        && matches!(
            tokens.get(last + 1).map(|t| &t.kind),
            Some(TokenKind::Punct(')' | '»' | '"' | '”' | '″'))
        )
        && (units::lookup(ctx.keys_from(last + 2)).is_some_and(|u| !u.proclitic)
            || unknown_noun(tokens, &n, last + 2).is_some()
            // ar62: `أسماء ( 2199 ) من المتقدمين`: a partitive after the bracket.
            || quals2::bracket_partitive(tokens, last + 1))
        // `"3" مرسماً`: three to ten count a plural; a singular with tanween after the
        // quote is another noun (here the object of the verb), not what is counted.
        && !((3.0..=10.0).contains(&n.value)
            && n.value.fract() == 0.0
            && tokens
                .get(last + 2)
                .is_some_and(|t| t.text.contains('\u{064B}')))
    {
        if !quoted_qualifier {
            first = i - 1;
            start = tokens[i - 1].start;
        }
        last += 1;
    }
    // The counted noun, from the lexicon; else an unknown noun keeps its normalized form.
    let mut noun: Option<(String, usize)> = None;
    // `في 2009 قدم دراسة`: after a time word, a year-like number is a year even when a
    // count noun (here the verb قدم, read as «foot») follows.
    let cued_year = high_num.is_none() && qualifier_before.is_none() && year_cued(tokens, i, &n);
    // `من المركز الـ 6 وحتى الـ 10`: a range of ranks counts no noun after it.
    let rank_range = high_num.is_some() && matches!(open, Some((RangeOpen::FromRank, ..)));
    if !percent
        && !rank_range
        && let Some(u) = units::lookup(ctx.keys_from(last + 1))
            .filter(|u| !(u.proclitic || cued_year && u.kind == UnitKind::Count))
            // `4352 مليونا عام 2014`: `عام` before a year says when, it counts nothing.
            .filter(|u| !(u.concept == "year" && year_after(tokens, last + 1 + u.words)))
            // ar64: `282 العام السابق`: a count against last year, not 282 years.
            .filter(|u| {
                !(u.concept == "year"
                    && tokens[i].number().is_some()
                    && ar64::year_phrase_after(tokens, last + 1))
            })
            // `مونديال 2018 روسيا`: a year before a country's name, not 2018 Russians.
            .filter(|u| {
                !(u.concept == "person"
                    && ctx.keys[last + 1].ends_with("يا")
                    && year_shaped(tokens, i, &n))
            })
            // `فايننشال تايمز 100 البريطاني`: a definite demonym after a number is an
            // adjective of what precedes, not the counted people.
            .filter(|u| {
                !(u.concept == "person" && u.definite && u.plurality != units::Plurality::Plural)
            })
    {
        let first_unit = last + 1;
        last += u.words;
        // `لدينا 31 عقداً`: `عقد` is also «contract»; more than ten of them are contracts,
        // not decades.
        // `بمساحة 35 مليون متر`: a bare metre after a word of area is a square metre.
        // (Not the first of a range after `بين`, whose second end has no cue of its own.)
        let u = if u.concept == "meter"
            && metres_cue(tokens, first, false) == Some("square_meter")
            && !first
                .checked_sub(1)
                .is_some_and(|p| matches!(tokens[p].key.as_str(), "بين" | "وبين"))
        {
            UnitMatch {
                concept: "square_meter",
                ..u
            }
        } else {
            u
        };
        let u = if u.concept == "decade" && n.value > 10.0 {
            UnitMatch {
                concept: "contract",
                kind: UnitKind::Count,
                ..u
            }
        } else {
            u
        };
        unit = Some((u, first_unit));
    } else if !percent
        && !rank_range
        && let Some(concept) = currency_sign(tokens, last + 1)
    {
        // `25$`, `10 €`: a currency sign after the number.
        let u = UnitMatch {
            concept,
            kind: UnitKind::Money,
            plurality: units::Plurality::Singular,
            words: 1,
            definite: false,
            proclitic: false,
        };
        last += 1;
        unit = Some((u, last));
    } else if !percent
        && !rank_range
        && let Some(concept) = metres_abbrev(tokens, first, last + 1)
    {
        // `على مسافة 1200 م`: `م` is metres after a word of length or a race, square
        // metres after a word of area.
        let u = UnitMatch {
            concept,
            kind: UnitKind::Count,
            plurality: units::Plurality::Singular,
            words: 1,
            definite: false,
            proclitic: false,
        };
        last += 1;
        unit = Some((u, last));
    } else if !percent
        && !rank_range
        && (high_num.is_some() || !is_year(tokens, i, &n) || bounded_amount(tokens, i))
        // ar133: after a range the noun agrees with its high end (`من 2 إلى 9 صكوك`); a
        // range of years (`بين 1854 و1863 طويلًا`) keeps its low end's reading.
        && let Some(key) = unknown_noun(
            tokens,
            high_num.as_ref().filter(|_| n.value < 1300.0).unwrap_or(&n),
            last + 1,
        )
    {
        last += 1;
        noun = Some((key, last));
    }
    // `قتل 15 من المسلحين`, `15 من تلك المليشيات`: the counted noun after a partitive من,
    // a definite plural (a demonstrative may stand between).
    // `11 آخرين من الحوثيين`: «others» may stand between the number and the partitive.
    let others = usize::from(
        tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "اخرين" | "اخرون" | "اخري" | "اخريات")),
    );
    // `ثمانية على الأقل من الأطفال`: so may a qualifier after the number, which then
    // qualifies the count.
    let qualifier_gap =
        (others == 0 && !percent && unit.is_none() && noun.is_none() && high_num.is_none())
            .then(|| qualifiers::after(tokens, last + 1))
            .flatten()
            // (`ثلاثة أو أكثر من عوامل الخطر`: `أو أكثر من` is left as it was read.)
            .filter(|q| {
                tokens.get(q.last + 1).is_some_and(|t| t.key == "من") && tokens[q.first].key != "او"
            });
    let gap = qualifier_gap.as_ref().map_or(others, |q| q.last - last);
    // `مئات الآلاف من السكان`, `أكثر من 30 من الثوار`: after a vague or qualified number,
    // which counts, the four-letter broken plural `فُعّال` is the counted noun too (after a
    // bare number it may be a singular: `المادة 35 من النظام`).
    let counting = n.vague || qualifier_before.is_some() || qualifier_gap.is_some();
    if !percent
        && unit.is_none()
        && noun.is_none()
        && high_num.is_none()
        && tokens.get(last + 1 + gap).is_some_and(|t| t.key == "من")
    {
        let mut j = last + 2 + gap;
        if tokens.get(j).is_some_and(|t| {
            ["هذه", "تلك", "هؤلاء", "أولئك"]
                .iter()
                .any(|w| crate::normalize::key(w) == t.key)
        }) {
            j += 1;
        }
        // `المليارات من اليورو`: after a vague scale, a currency in any number.
        if let Some(u) = units::lookup(ctx.keys_from(j)).filter(|u| {
            u.definite
                && !u.proclitic
                && (u.plurality == units::Plurality::Plural
                    || n.vague && n.value >= 1e6 && u.kind == UnitKind::Money)
        }) {
            last = j + u.words - 1;
            unit = Some((u, j));
        } else if let Some(t) = tokens.get(j)
            && t.kind == TokenKind::Word
            && let Some(stem) = t.key.strip_prefix("ال")
            && stem.chars().count() >= 4
            // `العشرات من الرسائل`: a sound plural, or a broken one (`الرسائل`, `الأطفال`),
            // not a number (`واحد من الثلاثة`), a feminine singular (`85 من المباراة`) or
            // a verbal noun `إفعال` (`54 من الإضراب`).
            && (["ين", "ون", "ات"].iter().any(|e| stem.ends_with(e))
                || (looks_plural(stem) || counting && fuaal_plural(stem))
                    && !stem.ends_with('ه')
                    && !t.text.contains("الإ")
                    && !numbers::is_number_word(t))
            && !subject::is_function_word(stem)
            && !NOT_COUNTED_KEYS.contains(stem)
        {
            last = j;
            noun = Some((stem.to_string(), j));
        } else if let Some(u) = units::lookup(ctx.keys_from(j)).filter(|u| {
            // Not a time (`ثلاثة من أشهر أفلامه`, of his most famous films).
            u.kind == UnitKind::Count
                && !u.definite
                && !u.proclitic
                && u.plurality == units::Plurality::Plural
        }) {
            // `7 من عناصر «داعش»`, `أربعة من عناصر الجيش`: an indefinite plural of the
            // lexicon, in construct with a name or a definite noun.
            last = j + u.words - 1;
            unit = Some((u, j));
        } else if let Some(t) = tokens.get(j)
            && t.kind == TokenKind::Word
            // (`ملايين من مناطقهم`: millions from, not of, their regions.)
            && !(n.vague && n.value >= 1e6)
            && let Some(key) = possessed_plural(t)
        {
            // `153 من مواطنيها`, `العشرات من مناهضيهم`: a plural with a possessive suffix.
            match plural_unit(key) {
                Ok(u) => unit = Some((u, j)),
                Err(k) => noun = Some((k, j)),
            }
            last = j;
        } else if let Some(t) = tokens.get(j)
            && t.text.contains('\u{064B}')
            && let Some(key) = unknown_noun(tokens, &n, j)
        {
            // `92 من متدرباً`: `من` takes no accusative with tanween; the noun after it is
            // the counted one (a stray `من`).
            last = j;
            noun = Some((key, j));
        } else if !is_year(tokens, i, &n)
            && let Some(plural) = construct_plural(tokens, j)
        {
            // `عشرة من منسوبي قوات الطوارئ`, `9 من مسلحي الحوثي`.
            match plural_unit(plural) {
                Ok(u) => unit = Some((u, j)),
                Err(k) => noun = Some((k, j)),
            }
            last = j;
        } else if tokens.get(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !numbers::is_number_word(t)
                && (t.key.starts_with("ال")
                    // `8 من أنصار بيت المقدس`, `العشرات من قيادات تنظيم داعش`: or with a
                    // name or an indefinite noun (no particle, no `جنوب أفريقيا`, no
                    // conjunction: `اثنتين من تبوك وتبين`), after a number without the
                    // article (`دور الـ32 من مسابقة كأس` ranks) and before no singular
                    // in `ة` (`الدقيقة 75 من مباراة`).
                    || t.key.chars().count() >= 3
                        && t.key.chars().all(crate::lang::is_arabic_letter)
                        && !t.key.starts_with(['و', 'ف'])
                        && !subject::is_function_word(&t.key)
                        && !tokens[j].key.ends_with('ه')
                        && !matches!(tokens[j].key.as_str(), "جنوب" | "شمال" | "شرق" | "غرب")
                        && !(i > 0 && matches!(tokens[i - 1].key.as_str(), "ال" | "الـ")))
        }) {
            // `أربعة من فواصل التمدد`: an unknown indefinite plural in construct with a
            // definite noun.
            if tokens[j].kind == TokenKind::Word
                && looks_plural(&tokens[j].key)
                && !NOT_COUNTED_KEYS.contains(tokens[j].key.as_str())
            {
                last = j;
                noun = Some((tokens[j].key.clone(), j));
            }
        }
        // `25 من قوات الصاعقة`, `ثلاثة من الأساتذة`, `اثنين من كبار القادة`.
        if unit.is_none()
            && noun.is_none()
            && !is_year(tokens, i, &n)
            && let Some((found, at)) = heads::partitive(ctx, j)
        {
            match found {
                Ok(u) => unit = Some((u, at)),
                Err(k) => noun = Some((k, at)),
            }
            last = at;
        }
    }
    // (The qualifier between the number and its partitive noun: read with the noun.)
    let qualifier_gap = qualifier_gap.filter(|_| unit.is_some() || noun.is_some());
    // `180 ألف «متهرب»`: the counted noun in quotes, one word between them.
    if !percent
        && unit.is_none()
        && noun.is_none()
        && high_num.is_none()
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('«' | '"' | '“')))
        && tokens
            .get(last + 3)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('»' | '"' | '”')))
        && !is_year(tokens, i, &n)
        // `حالة واحدة "سيدة"`: one and two follow their noun.
        && !(n.in_words && n.value <= 2.0)
    {
        let j = last + 2;
        if let Some(u) = units::lookup(&ctx.keys[j..=j]).filter(|u| !u.proclitic && !u.definite) {
            last = j + 1;
            unit = Some((u, j));
        } else if let Some(key) = unknown_noun(tokens, &n, j) {
            last = j + 1;
            noun = Some((key, j));
        }
    }
    // `298 و104 فرصة عمل`: two numbers in digits joined by `و` before one counted noun;
    // the first counts it too (its span stays the number).
    if !percent
        && unit.is_none()
        && noun.is_none()
        && high_num.is_none()
        && !n.in_words
        && !year_shaped(tokens, i, &n)
        && tokens.get(last + 1).is_some_and(|t| t.key == "و")
        && let Some(m) = numbers::parse_at(tokens, last + 2)
        && !m.in_words
        && !m.percent
        && !year_shaped(tokens, last + 2, &m)
        && let Some(u) =
            units::lookup(ctx.keys_from(m.last + 1)).filter(|u| !u.proclitic && !u.definite)
    {
        unit = Some((u, m.last + 1));
    }
    // `ارتفع عدد السفن من 49 إلى 97 سفينة`: the low end of a change counts the noun after
    // the high end (its span stays the number).
    if !percent
        && unit.is_none()
        && noun.is_none()
        && change_unit
        && let Some(m) = &change_to
        && let Some(u) =
            units::lookup(ctx.keys_from(m.last + 1)).filter(|u| !u.proclitic && !u.definite)
    {
        unit = Some((u, m.last + 1));
    }
    // `الدقائق ال3420`: a definite plural noun before the number, which takes the article
    // (the 3420 minutes). A definite word of the lexicon after it is then its adjective
    // (`الدول الـ15 الأعضاء`).
    // ar62: `الدول الأعضاء الـ188 تلبيتها`: a word with a pronoun after a definite number
    // is not what it counts.
    if let Some((_, j)) = &noun
        && *j > i
        && first == i
        && quals2::not_counted_after_definite(tokens, i, *j)
    {
        noun = None;
        last = n.last;
    }
    let definite_after = unit.as_ref().is_some_and(|(u, p)| u.definite && *p > i);
    if !percent
        && (unit.is_none() || definite_after)
        && noun.is_none()
        && first == i
        && !n.in_words
        && i >= 2
        && matches!(tokens[i - 1].key.as_str(), "ال" | "الـ")
        && tokens[i - 2].kind == TokenKind::Word
        // `ثمانية من العناصر ال54`: the noun is counted by the partitive before it.
        && (i < 3 || tokens[i - 3].key != "من")
    {
        let p = i - 2;
        if let Some(u) = units::lookup(&ctx.keys[p..=p]).filter(|u| {
            u.definite && !u.proclitic && u.words == 1 && u.plurality == units::Plurality::Plural
        }) {
            first = p;
            start = tokens[p].start;
            unit = Some((u, p));
        } else if unit.is_none()
            && let Some(stem) = tokens[p].key.strip_prefix("ال")
            && sound_plural_noun(stem)
        {
            first = p;
            start = tokens[p].start;
            noun = Some((stem.to_string(), p));
        }
    }
    // `الدول الخمس`, `قطاعات السوق الخمسة عشر`, `المنصات القائمة الستة والعشرين`: a
    // definite cardinal in words after a plural is its adjective; a definite adjective or
    // genitive may stand between them.
    if !percent
        && unit.is_none()
        && noun.is_none()
        && high_num.is_none()
        && first == i
        && n.in_words
        && !n.vague
        && n.value > 2.0
        && tokens[i].key.starts_with("ال")
    {
        let definite =
            |k: usize| tokens[k].kind == TokenKind::Word && tokens[k].key.starts_with("ال");
        let places = [
            i.checked_sub(1).filter(|&p| definite(p)),
            i.checked_sub(2).filter(|&p| definite(p + 1)),
        ];
        for p in places.into_iter().flatten() {
            if tokens[p].kind != TokenKind::Word {
                continue;
            }
            let adjacent = p + 1 == i;
            if let Some(u) = units::lookup(&ctx.keys[p..=p]).filter(|u| {
                !u.proclitic
                    && u.words == 1
                    && u.plurality == units::Plurality::Plural
                    && (u.definite || !adjacent)
            }) {
                first = p;
                start = tokens[p].start;
                unit = Some((u, p));
                break;
            }
            let key = tokens[p].key.as_str();
            let stem = key.strip_prefix("ال").unwrap_or(key);
            if !stem.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
                && stem.chars().all(crate::lang::is_arabic_letter)
                && (sound_plural_noun(stem) || heads::broken_plural(stem))
            {
                first = p;
                start = tokens[p].start;
                noun = Some((stem.to_string(), p));
                break;
            }
        }
    }
    // `بين خمسة آلاف دولار و24 ألف دولار`, `من 5 أشخاص إلى 1000 شخص`: a range whose bounds
    // both carry the unit. After a verb or noun of change, `من … إلى` is where a quantity
    // went from and to: two claims.
    if let (Some((u, _)), None, Some((o @ (RangeOpen::Between | RangeOpen::From), f, s))) =
        (&unit, &high_num, open)
        && (o == RangeOpen::Between || !change_before(tokens, f))
        && qualifier_free(tokens, i)
        && let Some(j) = qualifiers::range_close(tokens, last + 1, Some(o))
        && let Some(m) = numbers::parse_at(tokens, j)
        && m.value > n.value
        && let Some(u2) = units::lookup(ctx.keys_from(m.last + 1))
        && u2.concept == u.concept
    {
        last = m.last + u2.words;
        first = f;
        start = s;
        high_num = Some(m);
    }
    // `10 دولارات إلى 20 دولارا`, `4 سنوات الى 5 سنوات`: with no opener, two bounds of one
    // unit joined by `إلى` are a range when nothing before speaks of a change (`ارتفع 10
    // دولارات إلى 20 دولارا` rose by one to the other) and the high end stays within three
    // times the low one.
    if let (Some((u, _)), None, None) = (&unit, &high_num, open)
        && !n.percent
        && tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.key == "الي")
        && !change_before(tokens, i)
        && qualifier_free(tokens, i)
        && !(i > 0 && matches!(tokens[i - 1].key.as_str(), "بمقدار" | "بنسبه" | "بواقع"))
        && let Some(m) = numbers::parse_at(tokens, last + 2)
        && !m.percent
        && m.value > n.value
        && m.value <= 3.0 * n.value
        && let Some(u2) = units::lookup(ctx.keys_from(m.last + 1))
        && u2.concept == u.concept
        && !u2.proclitic
    {
        last = m.last + u2.words;
        high_num = Some(m);
    }
    // `بين خمس ذرات إلى ألف ذرة`: the same with a noun the lexicon does not know, in its
    // plural and its singular.
    if let (Some((key, _)), None, Some((o @ (RangeOpen::Between | RangeOpen::From), f, s))) =
        (&noun, &high_num, open)
        && (o == RangeOpen::Between || !change_before(tokens, f))
        && qualifier_free(tokens, i)
        && let Some(j) = qualifiers::range_close(tokens, last + 1, Some(o))
        && let Some(m) = numbers::parse_at(tokens, j)
        && m.value > n.value
        && let Some(key2) = unknown_noun(tokens, &m, m.last + 1)
        && same_noun(key, &key2)
    {
        // `ما بين 110 يوروات إلى 5000 يورو`: the lexicon knows the noun in the form after
        // the high end; that is the unit of both.
        if let Some(u2) = units::lookup(ctx.keys_from(m.last + 1)).filter(|u| !u.proclitic) {
            last = m.last + u2.words;
            unit = Some((u2, m.last + 1));
            noun = None;
        } else {
            last = m.last + 1;
        }
        first = f;
        start = s;
        high_num = Some(m);
    }
    // `من نصف متر إلى متر`: a fraction up to the bare unit noun, which is one of it.
    if let (Some((u, _)), None, Some((RangeOpen::From | RangeOpen::Between, f, s))) =
        (&unit, &high_num, open)
        && n.value < 1.0
        && let Some(j) = qualifiers::range_close(tokens, last + 1, open.map(|o| o.0))
        && let Some(u2) = units::lookup(ctx.keys_from(j)).filter(|u2| {
            u2.concept == u.concept
                && !u2.definite
                && !u2.proclitic
                && u2.plurality == units::Plurality::Singular
        })
        // `إلى متر واحد`, `إلى متر ونصف مليون`: the noun starts another amount; left alone.
        // `إلى متر ونصف`: one and a half of it.
        && let half = and_a_half(ctx, j + u2.words, u.concept)
        && (half.is_some()
            || !tokens.get(j + u2.words).is_some_and(|t| {
                t.key == "ونصف" || t.key == "واحد" || numbers::is_number_word(t)
            }))
    {
        let end_tok = half.unwrap_or(j + u2.words - 1);
        let high = if half.is_some() { 1.5 } else { 1.0 };
        last = end_tok;
        first = f;
        start = s;
        high_num = Some(Num {
            first: j,
            last: end_tok,
            start: tokens[j].start,
            end: tokens[end_tok].end,
            value: high,
            low: high,
            high,
            vague: false,
            percent: false,
            in_words: true,
        });
    }
    // `ثلاث سنوات ونصف`, `عامين ونصف العام`: and a half of the unit.
    let n = match &unit {
        Some((u, _)) if high_num.is_none() => match and_a_half(ctx, last + 1, u.concept) {
            Some(end) => {
                last = end;
                Num {
                    value: n.value + 0.5,
                    low: n.low + 0.5,
                    high: n.high + 0.5,
                    ..n
                }
            }
            None => n,
        },
        _ => n,
    };
    // `ثلث الطلاب تقريبا`, `ثلثي الأعضاء`, `أكثر من ثلث جلسات المجلس`: a fraction of a
    // plural of things that come whole is a proportion, a number; not a third of a student.
    // Measures keep their unit (`نصف متر`, `ثلث طن`), and so does a singular (`نصف ليلة`).
    if n.in_words
        && !n.vague
        && !percent
        && high_num.is_none()
        && n.value > 0.0
        && n.value < 1.0
        && tokens[n.first]
            .stems()
            .any(|(_, s)| FRACTION_KEYS.contains(&s))
    {
        let plural_count = matches!(&unit, Some((u, _)) if u.kind == UnitKind::Count
            && !MEASURES.contains(&u.concept)
            && u.plurality == units::Plurality::Plural);
        let definite_noun = matches!(&noun, Some((_, at)) if tokens[*at].key.starts_with("ال"));
        if plural_count || definite_noun {
            // As `ثلث السكان`: the fraction alone, but for a qualifier after the noun
            // (`نصف الأطباء تقريبا`).
            unit = None;
            noun = None;
            if qualifiers::after(tokens, last + 1).is_none() {
                last = n.last;
            }
        }
    }
    let mut qualifier_after = qualifier_gap.map(|q| q.qualifier);
    // `108 «شهداء» وأكثر من 217 جريحا`: «more than» before `من` bounds the next number.
    if qualifier_after.is_none()
        && let Some(q) = qualifiers::after(tokens, last + 1).filter(|q| {
            !(matches!(tokens[q.last].key.as_str(), "واكثر" | "واقل")
                && tokens.get(q.last + 1).is_some_and(|t| t.key == "من"))
        })
    {
        last = q.last;
        qualifier_after = Some(q.qualifier);
    }
    // `25 مقاتلا من المعارضة السورية على الأقل`, `13 مسلحا حوثيا على الأقل`, `ثلث
    // المشاركين في الاستطلاع تقريبا`: `تقريبا`/`على الأقل` after the noun's adjectives or
    // a phrase of `من`/`في` still qualifies the count; the span stays the count's.
    if qualifier_after.is_none()
        && qualifier_before.is_none()
        && high_num.is_none()
        && (unit.is_some()
            || noun.is_some()
            || percent
            || n.in_words && n.value < 1.0
            || tokens
                .get(last + 1)
                .is_some_and(quals2::is_pronoun_partitive))
        && let Some(q) = qualifier_past_modifiers(tokens, last + 1)
    {
        qualifier_after = Some(q);
    }
    let end = tokens[last].end;

    // `بين 1989 و2003`, `من 1990 إلى 2000`, `1989-2003`: a range of two years, with
    // nothing counted, is a span of time.
    if let Some(m) = &high_num
        && unit.is_none()
        && noun.is_none()
        && !percent
        && qualifier_after.is_none()
        && (year_shaped(tokens, i, &n) && year_shaped(tokens, m.first, m)
            || first != i && older_years(tokens, i, &n, m))
    {
        let (a, b) = (n.value as i16, m.value as i16);
        let value = format!("{a:04}-01-01/{b:04}-12-31");
        let r = years(ctx, (start, end), value, (a, b), (first, last));
        return Some((r, last + 1));
    }

    // `منذ عام 2004 وحتى 2014`: حتى before a year is «until», not «at most».
    if qualifier_before == Some(Qualifier::AtMost)
        && qualifier_after.is_none()
        && unit.is_none()
        && high_num.is_none()
        && tokens[first].stems().any(|(_, s)| s == "حتي")
        && year_shaped(tokens, i, &n)
    {
        qualifier_before = None;
        first = i;
        start = n.start;
    }
    // `دائرة واحدة`, `يوم واحد`: one follows its noun, as an adjective. A «one» with no noun
    // is no quantity (`بنتيجة واحد`, `كل واحد`) but in a sum (`خمسة زائد واحد`) or alone.
    if unit.is_none()
        && noun.is_none()
        && !percent
        && high_num.is_none()
        && first == i
        && n.in_words
        && n.value == 1.0
        && n.first == n.last
    {
        // ar62: `تحت مظلة واحدة`, `كفريق واحد`: an idiom of unity counts nothing.
        if quals2::one_idiom(tokens, i) {
            return None;
        }
        let mut p = i.saturating_sub(1);
        match noun_before_one(ctx, i) {
            Some((Ok(u), q)) => (unit, p) = (Some((u, q)), q),
            Some((Err(key), q)) => (noun, p) = (Some((key, q)), q),
            None if i > 0 && matches!(tokens[i - 1].key.as_str(), "زايد" | "ناقص") => {}
            // `واحد من ثلاثة`: one of a number, a ratio's first count.
            None if tokens.get(i + 1).is_some_and(|t| t.key == "من")
                && numbers::parse_at(tokens, i + 2).is_some() => {}
            // Standing alone (a list item, a heading), it is the number.
            None if tokens
                .iter()
                .enumerate()
                .all(|(k, t)| k == i || matches!(t.kind, TokenKind::Punct(_))) => {}
            None => return None,
        }
        // ar134: `تحت مظلة إدارية واحدة`: the idiom with an adjective.
        if p + 1 < i && quals2::one_idiom_noun(tokens, p) {
            return None;
        }
        if unit.is_some() || noun.is_some() {
            first = p;
            start = tokens[p].start;
        }
    }
    // `بمهاجمين اثنين`, `متطرفين يهوديين اثنين`: two follows its dual noun, as an
    // adjective, and counts it.
    if unit.is_none()
        && noun.is_none()
        && !percent
        && high_num.is_none()
        && first == i
        && n.in_words
        && n.value == 2.0
        && n.first == n.last
        && let Some((found, p)) = noun_before_two(ctx, i)
    {
        match found {
            Ok(u) => unit = Some((u, p)),
            Err(key) => noun = Some((key, p)),
        }
        first = p;
        start = tokens[p].start;
    }
    // `من بلدان عدة`: `عدة` after its plural noun counts it.
    if unit.is_none()
        && noun.is_none()
        && !percent
        && high_num.is_none()
        && first == i
        && n.vague
        && n.first == n.last
        && let Some((found, from, p)) = noun_before_several(ctx, i)
    {
        match found {
            Ok(u) => unit = Some((u, p)),
            Err(key) => noun = Some((key, p)),
        }
        first = p;
        start = from;
    }
    // Nothing but the number: no noun, no percent, no range, no qualifier.
    let plain = noun.is_none()
        && !percent
        && high_num.is_none()
        && qualifier_before.is_none()
        && qualifier_after.is_none();
    let bare = plain && unit.is_none();
    // `الدورة 37`, `خليجي 22`, `الجولة 5`: the number of an edition is an ordinal (also
    // before a definite noun, which it cannot count: `في الدقيقة 24 اللقاء`, «of» left out).
    if (plain && unit.as_ref().is_none_or(|(u, _)| u.definite)
        || ar87::minute_before(tokens, i)
            && !percent
            && high_num.is_none()
            && qualifier_before.is_none()
            && qualifier_after.is_none())
        && !n.in_words
        && n.first == n.last
        && n.value.fract() == 0.0
        && (1.0..1000.0).contains(&n.value)
        && (edition_before(tokens, i) || ranked_in_scope(tokens, i))
    {
        let mut r = Recognized::exact(
            ctx.index,
            n.start,
            n.end,
            Kind::Ordinal,
            Value::Number(n.value),
        );
        r.subject = ctx.subject(i, i);
        return Some((r, i + 1));
    }
    if bare && (is_year(tokens, i, &n) || ar85::old_year(tokens, i, &n)) {
        let year = n.value as i16;
        let r = years(
            ctx,
            (n.start, n.end),
            format!("{year:04}"),
            (year, year),
            (i, i),
        );
        return Some((r, i + 1));
    }
    // `وأصيب 47 آخرون`, `مقتل أربعة`: a casualty verb or verbal noun says what is counted.
    // (`لقي 4 مصرعهم`: the idiom's noun is no counted noun.)
    let idiom = noun
        .as_ref()
        .is_some_and(|(k, at)| *at == last && counts::death_idiom(k));
    if unit.is_none()
        && (noun.is_none() || idiom)
        && !percent
        && let Some(u) = counts::cued_unit(tokens, first, last - usize::from(idiom), n.value)
    {
        unit = Some(u);
        noun = None;
    }
    // `ارتفع عدد القتلى إلى 45`: the plural after `عدد` before the number.
    if unit.is_none()
        && noun.is_none()
        && !percent
        && high_num.is_none()
        && let Some((found, at)) = heads::head_before(ctx, first, n.value)
    {
        match found {
            Ok(u) => unit = Some((u, at)),
            Err(k) => noun = Some((k, at)),
        }
    }
    // ar68: an age (`سن 18`, `في الـ20 من عمره`), a plural before `الـN` (`قطاعات السوق ال15`).
    if unit.is_none()
        && noun.is_none()
        && !percent
        && let Some((found, at, bound)) = ar68::counted(ctx, first, &n, high_num.is_some())
    {
        qualifier_before = qualifier_before.or(bound);
        match found {
            Ok(u) => unit = Some((u, at)),
            Err(k) => noun = Some((k, at)),
        }
    }
    // `(58.047) قرض`: a dot before three digits in a count of things that come whole groups
    // thousands (Gulf style); measures keep their decimals (`2.125 كيلو غراماً`).
    // (`(17.800) كيلو جرام`: a measure's figure alone in brackets groups thousands too.)
    let discrete = match &unit {
        Some((u, _)) => {
            u.kind == UnitKind::Count
                && (!MEASURES.contains(&u.concept)
                    || ar129::bracketed(tokens, n.first)
                    || ar133::thousands_dot(tokens, n.first, u.concept))
        }
        None => noun.is_some(),
    };
    // `ميلا في الساعة -137 كيلومترا`: a dash before the number of a count that cannot be
    // negative (distances, people, things) is no minus sign; degrees, points, amounts and
    // percents may be.
    let signed_count = matches!(&unit, Some((u, _)) if u.kind == UnitKind::Count
        && !matches!(u.concept, "degree" | "degree_celsius" | "point"))
        || unit.is_none() && noun.is_some();
    let n = if n.value < 0.0 && signed_count && !percent && high_num.is_none() && sign > 0.0 {
        if start == tokens[i].start {
            start += tokens[i].text.chars().next().map_or(0, char::len_utf8);
        }
        Num {
            value: -n.value,
            low: -n.high,
            high: -n.low,
            ..n
        }
    } else {
        n
    };
    let n = if discrete
        && !percent
        && high_num.is_none()
        && dot_thousands(&tokens[n.first])
        && !ar64::scaled(tokens, n.first, n.last)
    {
        Num {
            value: n.value * 1000.0,
            low: n.low * 1000.0,
            high: n.high * 1000.0,
            ..n
        }
    } else {
        n
    };
    let kind = match &unit {
        _ if percent => Kind::Percent,
        Some((u, _)) => match u.kind {
            UnitKind::Count => Kind::Count,
            UnitKind::Money => Kind::Money,
            UnitKind::Time { .. } => Kind::Duration,
        },
        None if noun.is_some() => Kind::Count,
        None => Kind::Number,
    };
    let qualifier = if high_num.is_some() {
        Qualifier::Range
    } else if let Some(q) = qualifier_before.or(qualifier_after) {
        q
    } else if n.vague {
        Qualifier::Vague
    } else {
        Qualifier::Exact
    };
    let (low, high) = match (&high_num, qualifier) {
        (Some(m), _) => (Some(n.low.min(m.low)), Some(m.high.max(n.high))),
        (None, Qualifier::Approx) => {
            let (low, high) = approx_bounds(n.value, n.high);
            (Some(low), Some(high))
        }
        (None, Qualifier::MoreThan | Qualifier::AtLeast) => (Some(n.value), None),
        (None, Qualifier::LessThan | Qualifier::AtMost) => (None, Some(n.high)),
        (None, _) => (Some(n.low), Some(n.high)),
    };
    let time = unit.as_ref().and_then(|(u, _)| match u.kind {
        UnitKind::Time { designator, factor } => Some((designator, factor)),
        _ => None,
    });
    let (low, high) = if sign < 0.0 {
        (high.map(|h| -h), low.map(|l| -l))
    } else {
        (low, high)
    };
    let value_of = |v: f64| match time {
        Some((d, f)) => Value::Text(iso_duration(v * f64::from(f), d)),
        None => Value::Number(v),
    };
    let value = high_num.as_ref().map_or(n.value, |m| n.value.min(m.value));
    let mut r = Recognized::exact(ctx.index, start, end, kind, value_of(sign * value));
    r.low = low.map(value_of);
    r.high = high.map(value_of);
    r.qualifier = qualifier;
    if let Some((u, first_unit)) = &unit {
        r.unit = Some(u.concept.to_string());
        r.unit_text = Some(ctx.surface(*first_unit, first_unit + u.words - 1));
    } else if let Some((key, at)) = noun {
        r.unit = Some(key);
        r.unit_text = Some(ctx.surface(at, at));
    }
    r.subject = ctx.subject(first, last);
    Some((r, last + 1))
}

/// A date claim on the bytes `span` covering the years `from..=to` (`value` as stored), with
/// the subject of tokens `first..=last`.
fn years(
    ctx: &Ctx<'_, '_>,
    span: (usize, usize),
    value: String,
    (from, to): (i16, i16),
    (first, last): (usize, usize),
) -> Recognized {
    let mut r = Recognized::exact(ctx.index, span.0, span.1, Kind::Date, Value::Text(value));
    r.low = Some(Value::Text(format!("{from:04}-01-01")));
    r.high = Some(Value::Text(format!("{to:04}-12-31")));
    r.subject = ctx.subject(first, last);
    r
}

/// Whether a times sign is at token `k` (`×`, `*`, `x`).
fn times_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        matches!(t.kind, TokenKind::Punct('×' | '*')) || t.text == "x" || t.text == "X"
    })
}

/// `على مساحة (200×200 متر مربع)`, `مساحته حوالي ٢*١٢ مترا`, `3 × 4 أمتار`: the two sides of
/// an area. In metres (or the square metres a writer puts after both sides) they are one
/// area, their product in square metres, with the qualifier before the first side; in any
/// other unit, or with none, neither side is a claim (`Some(None)`). `None` when the number
/// `n` at token `i` is no side.
fn dimensions(ctx: &Ctx<'_, '_>, i: usize, n: &Num) -> Option<Option<(Recognized, usize)>> {
    let tokens = ctx.tokens;
    // The second side, when the first was no area: not a claim alone either.
    if i >= 2 && times_at(tokens, i - 1) && tokens[i - 2].number().is_some() {
        return Some(None);
    }
    if !times_at(tokens, n.last + 1) || n.percent {
        return None;
    }
    let j = n.last + 2;
    let m = numbers::parse_at(tokens, j)?;
    if m.first != j {
        return None;
    }
    // The second side with its unit, read as a quantity of its own (a bare side first, so
    // that it is not taken for the second side of this one).
    let (second, next) = quantity_side(ctx, j)?;
    let metres = matches!(second.unit.as_deref(), Some("meter" | "square_meter"));
    // (A qualifier after the second side bounds the area: `1×1 م2 تقريبا`.)
    let after = match second.qualifier {
        Qualifier::Exact => None,
        Qualifier::Approx | Qualifier::AtMost | Qualifier::AtLeast => Some(second.qualifier),
        _ => return Some(None),
    };
    if !metres || second.kind != Kind::Count {
        return Some(None);
    }
    let Value::Number(side) = second.value else {
        return Some(None);
    };
    let area = n.value * side;
    let found = qualifiers::before(tokens, i);
    let qualifier = found
        .as_ref()
        .map(|f| f.qualifier)
        .or(after)
        .unwrap_or(Qualifier::Exact);
    let (low, high) = qualified_bounds(qualifier, area);
    let mut r = second;
    r.byte_start = found.map_or(n.start, |f| f.start);
    r.value = Value::Number(area);
    r.low = low.map(Value::Number);
    r.high = high.map(Value::Number);
    r.qualifier = qualifier;
    r.unit = Some("square_meter".to_string());
    Some(Some((r, next)))
}

/// `خلال الأعوام 2014 – 2016`, `الخطة الخمسية 2015 - 2019`, `من 1431-1435هـ`, a life
/// `(1126 - 1198)` or `(1198 / 1126)`: two years in digits joined by a dash (by a slash only
/// inside brackets, where it is no Hijri/Gregorian pair `1343/ 1924`), two to 150 years
/// apart and with nothing counted after them, are one span of time, from the first day of
/// the first to the last day of the second. Hijri with the era letter after the second.
/// (Consecutive years are a season: see [`year_pair`].) An opener `من`, `بين`, `ما بين`
/// before them joins the span.
fn year_span(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    let a_at = match t.key.as_str() {
        _ if t.kind != TokenKind::Word => i,
        "من" | "ومن" | "بين" | "وبين" => i + 1,
        "ما" if tokens.get(i + 1).is_some_and(|n| n.key == "بين") => i + 2,
        _ => return None,
    };
    let digits = |k: usize| {
        tokens.get(k).and_then(|t| {
            let v = t.number()?;
            let n = t.text.chars().count();
            (t.text.chars().all(char::is_numeric) && v.fract() == 0.0).then_some((v as i32, n))
        })
    };
    let (a, an) = digits(a_at)?;
    let sep = tokens.get(a_at + 1)?;
    let slash = matches!(sep.kind, TokenKind::Punct('/'));
    if !(slash || dash(sep)) {
        return None;
    }
    let (b, bn) = digits(a_at + 2)?;
    let b_tok = &tokens[a_at + 2];
    let era = tokens
        .get(a_at + 3)
        .filter(|e| e.kind == TokenKind::Word && e.start == b_tok.end)
        .map(|e| e.key.as_str());
    let hijri = matches!(era, Some("ه" | "هـ"));
    let last = if hijri || era == Some("م") {
        a_at + 3
    } else {
        a_at + 2
    };
    let bracketed = a_at > 0
        && dates::is_punct(tokens, a_at - 1, &['(', '«', '"', '“'])
        && dates::is_punct(tokens, last + 1, &[')', '»', '"', '”', '″']);
    let (lo, hi) = (a.min(b), a.max(b));
    let shaped = if hijri {
        (3..=4).contains(&an) && (3..=4).contains(&bn) && hi <= 1500
    } else {
        an == 4 && bn == 4 && (1000..=2100).contains(&lo) && hi <= 2100
    };
    if !shaped
        || !(2..=150).contains(&(hi - lo))
        || (slash || a > b) && !bracketed
        // (Not inside a longer chain of numbers: `26-4 -1437`, `2014-2015-2016`.)
        || a_at > 0 && chained(&tokens[a_at - 1])
        || tokens.get(last + 1).is_some_and(chained)
    {
        return None;
    }
    // `ما بين 1300-1500 طالب`: a range of a count, not of years.
    if let Some(n) = tokens.get(last + 1)
        && (n.kind == TokenKind::Word && units::lookup(&[n.key.as_str()]).is_some()
            || matches!(n.kind, TokenKind::Punct('%' | '٪')))
    {
        return None;
    }
    let start = if a_at == i {
        t.start
    } else {
        // (After the `و` of `ومن`, `وبين`.)
        t.offset_after_key_chars(usize::from(t.key.starts_with('و')))
    };
    let (from, to) = if hijri {
        (
            hijri::to_gregorian(lo, 1, 1)?,
            hijri::to_gregorian(hi, 12, hijri::month_length(hi, 12))?,
        )
    } else {
        (
            jiff::civil::Date::new(i16::try_from(lo).ok()?, 1, 1).ok()?,
            jiff::civil::Date::new(i16::try_from(hi).ok()?, 12, 31).ok()?,
        )
    };
    let mut r = Recognized::exact(
        ctx.index,
        start,
        tokens[last].end,
        Kind::Date,
        Value::Text(format!("{from}/{to}")),
    );
    r.low = Some(Value::Text(from.to_string()));
    r.high = Some(Value::Text(to.to_string()));
    r.subject = ctx.subject(i, last);
    Some((r, last + 1))
}

/// `بين عامي 2013 و2014`, `ما بين العامين 2010 و2014`, `من عام 2013 إلى 2014`: two years
/// after «between» or «from» and the noun «year(s)» at token `i`, a span of time. (Without
/// the opener, `عامي 2013 و2014` are two years.)
fn year_span_named(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    // Read from the opener or from the noun, whichever a claim may start at.
    let opener_at = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "بين" | "وبين" | "من" | "ومن" | "منذ" | "ومنذ"
            )
        })
    };
    let i = if opener_at(i) { i + 1 } else { i };
    let noun = tokens.get(i)?;
    let opener = tokens.get(i.checked_sub(1)?)?;
    let between = matches!(opener.key.as_str(), "بين" | "وبين");
    // (`منذ عام 2004 وحتى 2014`: «since» opens a span as «from» does.)
    let from = matches!(opener.key.as_str(), "من" | "ومن" | "منذ" | "ومنذ");
    let dual = matches!(noun.key.as_str(), "عامي" | "سنتي" | "العامين" | "السنتين");
    let single = matches!(noun.key.as_str(), "عام" | "العام" | "سنه" | "السنه");
    if noun.kind != TokenKind::Word || !(between && (dual || single) || from && single) {
        return None;
    }
    let year = |k: usize| {
        tokens.get(k).and_then(|t| {
            let v = t.number()?;
            (t.text.chars().count() == 4
                && t.text.chars().all(char::is_numeric)
                && (1000.0..=2100.0).contains(&v))
            .then_some(v as i16)
        })
    };
    let a = year(i + 1)?;
    let close = tokens.get(i + 2)?;
    let mut j = match close.key.as_str() {
        "و" if between => i + 3,
        "الي" | "حتي" | "وحتي" | "والي" => i + 3,
        // (A dash is [`year_span`]'s, or a season's: `من عام 2014-2015`.)
        _ => return None,
    };
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.key.as_str(), "عام" | "العام" | "سنه" | "السنه"))
    {
        j += 1;
    }
    let b = year(j)?;
    if !(1..=150).contains(&(b - a)) {
        return None;
    }
    // `بين عامي 2013 و2014 مليار`: an amount, not years; nor a date that goes on
    // (`من عام 2013 إلى 2014 يونيو`), nor a year moved to another.
    let o = i - 1;
    let moved = (o.saturating_sub(6)..o).any(|m| {
        tokens[m].kind == TokenKind::Word
            && tokens[m].stems().any(|(_, s)| DATE_MOVE_STEMS.contains(&s))
    });
    if moved
        || dates::extent_at(tokens, j).is_some_and(|l| l > j)
        || tokens.get(j + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && units::lookup(&[n.key.as_str()]).is_some()
                || matches!(n.kind, TokenKind::Punct('%' | '٪' | '-' | '/'))
                || numbers::is_multiplier(n)
        })
    {
        return None;
    }
    let first =
        if between && o > 0 && tokens[o - 1].kind == TokenKind::Word && tokens[o - 1].key == "ما"
        {
            o - 1
        } else {
            o
        };
    let start = tokens[first]
        .offset_after_key_chars(usize::from(first == o && opener.key.starts_with('و')));
    let value = format!("{a:04}-01-01/{b:04}-12-31");
    let r = years(ctx, (start, tokens[j].end), value, (a, b), (first, j));
    Some((r, j + 1))
}

/// A date at token `i`: `8 أغسطس/آب الماضي`, `اليوم الأربعاء`, `3/12/2014`, `1436هـ`.
fn date(
    ctx: &Ctx<'_, '_>,
    i: usize,
    publication: Option<jiff::civil::Date>,
) -> Option<(Recognized, usize)> {
    if let Some(found) = ar75::school_year(ctx, i, publication)
        .or_else(|| year_span(ctx, i))
        .or_else(|| year_span_named(ctx, i))
        .or_else(|| ar70::short_year(ctx, i, publication))
    {
        return Some(found);
    }
    let mut d = dates::parse_at(ctx.tokens, i, publication)?;
    ar82::shared_year(ctx.tokens, &mut d, publication);
    if ar75::named_after(ctx.tokens, &d) {
        return None;
    }
    if let Some(found) = ar75::before_last(ctx, &d, publication) {
        return Some(found);
    }
    // A bare `اليوم` is the publication day only where it dates news (see [`today`]).
    if d.first == d.last
        && ctx.tokens[d.first].key.ends_with("اليوم")
        && !today::dates_news(ctx.tokens, d.first)
    {
        return None;
    }
    if d.first == d.last && ar82::figurative_yesterday(ctx.tokens, d.first) {
        return None;
    }
    // `عام 2013 - 2014`, `موسمي 2013/ 2012`: a season or fiscal year (see [`year_pair`]).
    if matches!(d.grain, dates::Grain::Year | dates::Grain::HijriYear)
        && year_pair(ctx.tokens, d.last).is_some()
    {
        return None;
    }
    if let Some(found) = date_range(ctx, i, publication, &d) {
        return Some(found);
    }
    let day = |d: jiff::civil::Date| Value::Text(d.to_string());
    let mut r = Recognized::exact(ctx.index, d.start, d.end, Kind::Date, Value::Text(d.iso()));
    if d.grain != dates::Grain::Day {
        // A month or year covers its days: a day inside it is compatible, not a conflict.
        r.low = Some(day(d.date));
        r.high = Some(day(d.last_day));
    }
    r.subject = ctx.subject(d.first, d.last);
    Some((r, d.last + 1))
}

/// Words that read as a date and are none here, and the token after them: the newspaper
/// `اليوم` (`لـ(اليوم)`, `صحيفة اليوم`), `الاثنين` as «the two» (`أن الاثنين معروفان`), and
/// weekdays of a weekly schedule (`يومي الجمعة والسبت`).
fn not_a_date(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let punct = |k: usize, cs: &[char]| matches!(tokens.get(k).map(|t| &t.kind), Some(TokenKind::Punct(c)) if cs.contains(c));
    let paper = |k: usize| {
        tokens[k]
            .stems()
            .any(|(_, s)| matches!(s, "صحيفه" | "جريده"))
    };
    if t.key.ends_with("اليوم") && t.stems().any(|(_, s)| s == "اليوم") {
        let quoted =
            i >= 2 && punct(i - 1, &['(', '«', '"', '“']) && punct(i + 1, &[')', '»', '"', '”']);
        let to_paper = quoted && (matches!(tokens[i - 2].key.as_str(), "ل" | "لـ") || paper(i - 2));
        if to_paper || (i >= 1 && paper(i - 1)) || (quoted && i >= 3 && paper(i - 3)) {
            return Some(i + 1);
        }
    }
    if dates::is_date_word(t) && in_quoted_name(tokens, i) {
        return Some(i + 1);
    }
    // `أن الاثنين معروفان`, `كلا الاثنين`: the two, before a dual predicate.
    if t.key == "الاثنين"
        && i >= 1
        && matches!(
            tokens[i - 1].key.as_str(),
            "ان" | "لان" | "بان" | "فان" | "وان" | "كلا" | "وكلا"
        )
        && tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && (n.key.chars().count() >= 5 && (n.key.ends_with("ان") || n.key.ends_with("ين"))
                    || matches!(n.key.as_str(), "معا" | "كلاهما"))
        })
    {
        return Some(i + 1);
    }
    // `من الأحد إلى الخميس` of opening hours: a weekly schedule.
    if let Some(next) = recurring::schedule_range(tokens, i) {
        return Some(next);
    }
    // `أيام الخميس والجمعة والسبت`, `يومي الجمعة والسبت من كل أسبوع`: days of a weekly
    // schedule (`يومي الأحد والاثنين` alone are mostly two days of this week).
    if i >= 1
        && matches!(tokens[i - 1].key.as_str(), "يومي" | "ايام" | "وايام")
        && dates::weekday_at(tokens, i).is_some()
    {
        let mut k = i;
        while tokens.get(k + 1).is_some_and(|n| n.key.starts_with('و'))
            && dates::weekday_at(tokens, k + 1).is_some()
        {
            k += 1;
        }
        let every = tokens.get(k + 1).is_some_and(|n| n.key == "من")
            && tokens.get(k + 2).is_some_and(|n| n.key == "كل");
        if k > i && (every || tokens[i - 1].key.ends_with("ايام")) {
            return Some(k + 1);
        }
    }
    None
}

/// Nouns that introduce a name in quotes or brackets (keys): a contest, programme,
/// campaign, festival, prize, slogan.
const NAME_NOUNS: &[&str] = &["مسابقه", "برنامج", "حمله", "مهرجان", "جايزه", "شعار"];

/// Whether token `i` is inside quotes or brackets opened within the six tokens before it,
/// right after a noun that introduces a name (`مسابقة «قارئ اليوم .. قائد الغد»`, `برنامج
/// (ضيوف السبت)`): its time words are part of the name, not dates.
fn in_quoted_name(tokens: &[Token<'_>], i: usize) -> bool {
    for k in (i.saturating_sub(6)..i).rev() {
        match tokens[k].kind {
            TokenKind::Punct('«' | '(' | '“' | '"') => {
                // (Indefinite, the head of a construct: `المسابقة (الأحد المقبل)` is a
                // date in brackets.)
                return k > 0
                    && tokens[k - 1]
                        .stems()
                        .any(|(p, s)| !p.ends_with("ال") && NAME_NOUNS.contains(&s));
            }
            TokenKind::Punct('»' | ')' | '”' | '،' | ',' | ':') => return false,
            _ => {}
        }
    }
    false
}

/// `15- 35 كم/ساعة`, `60 كيلومترا في الساعة`: a distance per hour is a speed. Moves a claim
/// in kilometres whose next token is `next` to the unit `kilometer_per_hour` over the
/// `/ساعة` or `في الساعة` after it; the token after the claim.
fn per_hour(ctx: &Ctx<'_, '_>, r: &mut Recognized, next: usize) -> usize {
    let tokens = ctx.tokens;
    if r.unit.as_deref() != Some("kilometer") {
        return next;
    }
    let slash = matches!(
        tokens.get(next).map(|t| &t.kind),
        Some(TokenKind::Punct('/'))
    ) && tokens
        .get(next + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "ساعه" | "س" | "الساعه"));
    let in_the_hour = tokens.get(next).is_some_and(|t| t.key == "في")
        && tokens.get(next + 1).is_some_and(|t| t.key == "الساعه");
    if !(slash || in_the_hour) {
        return next;
    }
    let last = &tokens[next + 1];
    r.unit = Some("kilometer_per_hour".to_string());
    if let Some(u) = r.unit_text.as_mut() {
        u.push_str(&ctx.text[tokens[next - 1].end - ctx.base..last.end - ctx.base]);
    }
    r.byte_end = last.end;
    next + 2
}

/// Words (stems) a few words before `من X إلى Y` that make it a move from one date to
/// another, not a span: postponed, brought forward, moved, changed.
const DATE_MOVE_STEMS: &[&str] = &[
    "تاجيل",
    "اجل",
    "تاجل",
    "اجلت",
    "تاجلت",
    "ارجا",
    "ارجات",
    "ارجاء",
    "تقديم",
    "قدم",
    "نقل",
    "تغيير",
    "تعديل",
    "تمديد",
    "مدد",
    "مددت",
    "تمدد",
];

/// `من 27 شوال الحالي إلى السادس من ذي القعدة المقبل`, `خلال الفترة من (سبتمبر- نوفمبر)`,
/// `بين الثاني عشر والخامس والعشرين من تموز`: two dates after `من` (closed by `إلى`,
/// `حتى` or a dash) or `بين` (closed by `و`) are one span, from the first day of the first
/// to the last day of the second. A second date without its year that would fall before
/// the first is taken a year later (`من ديسمبر إلى فبراير`). Not a move from one date to
/// another (`تأجيل الاجتماع من الأحد إلى الثلاثاء`).
fn date_range(
    ctx: &Ctx<'_, '_>,
    i: usize,
    publication: Option<jiff::civil::Date>,
    d: &dates::DateMatch,
) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    // `من (سبتمبر- نوفمبر)`: the opener may stand before a bracket, and before the article
    // written apart from a day (`من الـ30 من شوال وحتى الـ20 من ذي القعدة`).
    let paren = i > 0 && dates::is_punct(tokens, i - 1, &['(']);
    let article = |k: usize| word(k).is_some_and(|t| matches!(t.key.as_str(), "ال" | "الـ"));
    let o = if paren || i > 0 && article(i - 1) {
        i.checked_sub(2)?
    } else {
        i.checked_sub(1)?
    };
    if d.first != i {
        return None;
    }
    let opener = word(o)?;
    let between = matches!(opener.key.as_str(), "بين" | "وبين");
    // (`منذ عام 2004 وحتى 2014`, `المعلنة بتاريخ 4-9-1436ه إلى 15-9-1436ه`: «since» and
    // «dated» open a span as «from» does.)
    let from = matches!(
        opener.key.as_str(),
        "من" | "ومن" | "منذ" | "ومنذ" | "بتاريخ" | "وبتاريخ"
    );
    if !(between || from) {
        return None;
    }
    // `بين 25 يونيو الماضي، و20 أغسطس الحالي`: a comma may stand before `و` (ar127).
    let k = if between && dates::is_punct(tokens, d.last + 1, &['،', ',']) {
        d.last + 2
    } else {
        d.last + 1
    };
    let close = tokens.get(k)?;
    let word_close = close.kind == TokenKind::Word
        && (matches!(
            close.key.as_str(),
            "الي" | "حتي" | "وحتي" | "لغايه" | "ولغايه" | "والي"
        ) || between && close.key == "و");
    let j = if dates::is_punct(tokens, k, &['-', '–', '—']) || word_close {
        k + 1
    } else if between && close.kind == TokenKind::Word && close.key.starts_with('و') {
        k
    } else {
        return None;
    };
    let j = if article(j) { j + 1 } else { j };
    let d2 = dates::parse_at(tokens, j, publication)?;
    if d2.first != j
        || matches!(d.grain, dates::Grain::Year | dates::Grain::HijriYear)
        || matches!(d2.grain, dates::Grain::Year | dates::Grain::HijriYear)
    {
        return None;
    }
    let moved = (o.saturating_sub(6)..o).any(|m| {
        tokens[m].kind == TokenKind::Word
            && tokens[m].stems().any(|(_, s)| DATE_MOVE_STEMS.contains(&s))
    });
    if moved {
        return None;
    }
    let year = jiff::Span::new().years(1);
    // Two dates that both carry their year may lie years apart (`من أيلول 2006 إلى أيلول
    // 2010`); otherwise a span is a year or less.
    let both_explicit = d.explicit && d2.explicit;
    let fits = |lo: jiff::civil::Date, hi: jiff::civil::Date| {
        hi > lo && (hi - lo).get_days() <= if both_explicit { 150 * 366 } else { 400 }
    };
    let mut lo = d.date;
    let mut hi = d2.last_day;
    // `من السبت 7 ذي القعدة حتى يوم الإثنين`: a bare weekday at the end is the first one
    // after the first date.
    let bare_weekday = !d2.explicit
        && d2.grain == dates::Grain::Day
        && (d2.first..=d2.last).all(|k| tokens[k].number().is_none())
        && dates::weekday_at(tokens, d2.last).is_some();
    if let Some(wd) = dates::weekday_at(tokens, d2.last).filter(|_| bare_weekday) {
        let ahead =
            (wd.to_monday_zero_offset() - lo.weekday().to_monday_zero_offset()).rem_euclid(7);
        hi = lo
            .checked_add(jiff::Span::new().days(if ahead == 0 { 7 } else { ahead }))
            .ok()?;
    }
    if !fits(lo, hi) && !d2.explicit {
        // (Not past 300 days: `من السبت 7 ذي القعدة حتى يوم الإثنين` is no year long.)
        hi = hi.checked_add(year).ok()?;
        if !fits(lo, hi) || (hi - lo).get_days() > 300 {
            return None;
        }
    } else if !fits(lo, hi) && !d.explicit && d2.explicit {
        // `من 5 مارس حتى 10 مايو 2015`: the first takes the second's year.
        lo = lo.with().year(hi.year()).build().ok()?;
        if lo >= hi {
            lo = lo.checked_sub(year).ok()?;
        }
    }
    // `من 23 ديسمبر وحتى 5 يناير المقبل`: a first date without its year is the last one of
    // its name before the second.
    while !d.explicit
        && let Ok(later) = lo.checked_add(year)
        && later < hi
    {
        lo = later;
    }
    if !fits(lo, hi) {
        return None;
    }
    let (last, end) = (d2.last, d2.end);
    let day = |d: jiff::civil::Date| Value::Text(d.to_string());
    let mut r = Recognized::exact(
        ctx.index,
        d.start,
        end,
        Kind::Date,
        Value::Text(format!("{lo}/{hi}")),
    );
    r.low = Some(day(lo));
    r.high = Some(day(hi));
    r.subject = ctx.subject(d.first, last);
    Some((r, last + 1))
}

/// Stems of the words of length, height, depth and races before a number whose `م` is
/// metres (`على مسافة 1200 م`, `سباق 1500 م`, `ارتفاع 3000 م`), and of the strip a rule
/// measures out (`لكل شاطئ حرم (100م)`, `بارتداد 100م`).
const LENGTH_STEMS: &[&str] = &[
    "مسافه",
    "ارتفاع",
    "طول",
    "عمق",
    "اعماق",
    "عرض",
    "سباق",
    "متر",
    "مترا",
    "امتار",
    "ركض",
    "جري",
    "عدو",
    "مسافات",
    "مدي",
    "قطر",
    "علو",
    "سباقات",
    "مضمار",
    "قامه",
    "حرم",
    "ارتداد",
];

/// The stems of [`LENGTH_STEMS`] that also name something else (Qatar, a rise, a showing or
/// offer, an extent, a sanctuary, a race of a year): no cue before a number that could be a
/// year.
const AMBIGUOUS_LENGTH_STEMS: &[&str] = &["قطر", "ارتفاع", "عرض", "مدي", "حرم", "سباق", "سباقات"];

/// Stems of the words of area before a number whose `م` is square metres: a writer who
/// names the area drops the `2` (`تقدر مساحته بحوالي 4000م`).
const AREA_STEMS: &[&str] = &["مساحه", "مساحته", "مساحتها", "مساحات", "مسطح"];

/// What a bare `م` after the number at `first` measures: `meter` after a word of length or
/// a race up to three words before the number (`على مسافة 1200 م`, `بطول (1250م)`),
/// `square_meter` after a word of area (`بمساحة 4000م`), whichever is nearer; None with
/// no such word, or with `عام`/`سنة` right before the number (`عام 1200 م` is a year).
/// The dates ask it too: `على مسافة 1600م` is no year 1600. For a number that could be a
/// modern year (`year_like`: 1900–2100) only the words that cannot mean anything but a
/// length or an area count: `قطر 2022م` is Qatar's year, `ارتفاع الأسعار في 2008م` a rise,
/// `عرض في 1985م` a showing (see [`AMBIGUOUS_LENGTH_STEMS`]).
pub(crate) fn metres_cue(
    tokens: &[Token<'_>],
    first: usize,
    year_like: bool,
) -> Option<&'static str> {
    let year_word = first.checked_sub(1).is_some_and(|p| {
        tokens[p]
            .stems()
            .any(|(_, s)| matches!(s, "عام" | "سنه" | "العام" | "السنه"))
    });
    if year_word {
        return None;
    }
    // Back to the cue over words and an opening bracket only: a mark ends the phrase
    // (`(القواعد: عرض ودراسة) 1970م` is a book's year).
    for p in (first.saturating_sub(3)..first).rev() {
        match tokens[p].kind {
            TokenKind::Word => {}
            TokenKind::Punct('(' | '«') => continue,
            _ => return None,
        }
        let cue = tokens[p].stems().find_map(|(_, s)| {
            let s = ar94::unpossessed(speed35::trim_al(s), tokens[p].text, LENGTH_STEMS);
            if AREA_STEMS.contains(&s) {
                Some("square_meter")
            } else {
                (LENGTH_STEMS.contains(&s) && !(year_like && AMBIGUOUS_LENGTH_STEMS.contains(&s)))
                    .then_some("meter")
            }
        });
        if cue.is_some() {
            return cue;
        }
    }
    None
}

/// The unit of the word `م` at `k` (apart from the number, a word of its own) after the
/// number at `first`: see [`metres_cue`].
fn metres_abbrev(tokens: &[Token<'_>], first: usize, k: usize) -> Option<&'static str> {
    let m = tokens.get(k)?;
    if m.kind != TokenKind::Word || m.text != "م" {
        return None;
    }
    metres_cue(tokens, first, false)
}

/// `نحو 190 مليار يورو و65 مليار جنيه`: «about» before the first of two amounts of the same
/// kind joined by `و` covers the second too.
/// `70 و80 و90 بالمئة`, `20 و30 في المائة`: the bare numbers of a و-list before a percent
/// are percents too (up to 100: `تقل عن 5000 و3%` is a salary, then a rate).
fn shared_percent(text: &str, out: &mut [Recognized], r: &Recognized) {
    if r.kind != Kind::Percent {
        return;
    }
    let items = list_before(text, out, r, 100.0);
    let n = out.len();
    for prev in &mut out[n - items..] {
        prev.kind = Kind::Percent;
    }
}

/// How many bare numbers (each up to `max`) right before `r` in `out` make a list with
/// it that shares its noun or percent; 0 for none.
fn list_before(text: &str, out: &[Recognized], r: &Recognized, max: f64) -> usize {
    let Value::Number(mut next_value) = r.value else {
        return 0;
    };
    let mut next_start = r.byte_start;
    let mut items = 0;
    let mut commas = 0;
    for prev in out.iter().rev() {
        let Some(comma) = (prev.sentence == r.sentence
            && prev.kind == Kind::Number
            && prev.unit.is_none()
            && matches!(prev.value, Value::Number(v) if v <= max))
        .then(|| list_item(text, prev, next_start, next_value))
        .flatten() else {
            break;
        };
        items += 1;
        commas += usize::from(comma);
        next_start = prev.byte_start;
        if let Value::Number(v) = prev.value {
            next_value = v;
        }
    }
    if list_ok(text, out, items, commas, r) {
        items
    } else {
        0
    }
}

/// Whether `prev` is a bare exact number in digits standing in a list before the item at
/// byte `next_start` (value `next_value`): `Some(true)` when a bare comma joins them
/// (`6493، 6431 ريالا`, only between numbers of one magnitude), `Some(false)` for `و`.
fn list_item(text: &str, prev: &Recognized, next_start: usize, next_value: f64) -> Option<bool> {
    let gap = text.get(prev.byte_end..next_start).map(str::trim)?;
    let bare = text
        .get(prev.byte_start..prev.byte_end)
        .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_numeric() || c == '.'));
    let Value::Number(v) = prev.value else {
        return None;
    };
    if !bare || prev.qualifier != Qualifier::Exact {
        return None;
    }
    let similar = v > 0.0 && next_value > 0.0 && v * 10.0 > next_value && next_value * 10.0 > v;
    match gap {
        "و" | "، و" | ", و" | "،و" | ",و" => Some(false),
        "،" | "," if similar => Some(true),
        _ => None,
    }
}

/// Whether the last `items` claims of `out` before `r` make a list that shares its noun:
/// a bare comma writes decimals (`430 , 72 كلم`) and groups of thousands (`216, 407 ,814
/// ريال`) too, so a list joined by one needs three items at least, and not every item
/// after the first of exactly three digits.
fn list_ok(text: &str, out: &[Recognized], items: usize, commas: usize, r: &Recognized) -> bool {
    if items == 0 {
        return false;
    }
    if commas == 0 {
        return true;
    }
    let digits = |c: &Recognized| {
        text.get(c.byte_start..c.byte_end)
            .map_or(0, |t| t.chars().take_while(|ch| ch.is_numeric()).count())
    };
    let later = &out[out.len() - items + 1..];
    let groups = later
        .iter()
        .chain(std::iter::once(r))
        .all(|c| digits(c) == 3);
    items >= 2 && !groups
}

/// `بـ6493، 6431، 5893 ريالا`: a count or an amount in digits whose noun ends a list of
/// bare numbers gives that noun to each of them (when its value is the number written).
fn shared_unit(text: &str, out: &mut [Recognized], r: &Recognized) {
    let Value::Number(value) = r.value else {
        return;
    };
    let digits: String = text
        .get(r.byte_start..r.byte_end)
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    // A noun the lexicon does not know is shared only when it is a long word (`طابقا`,
    // `مراجعا`), not a particle or verb taken for one (`ضمن`, `يجب`).
    let short_unknown = r
        .unit
        .as_deref()
        .is_some_and(|u| !u.is_ascii() && u.chars().count() < 4);
    if !matches!(r.kind, Kind::Count | Kind::Money)
        || r.unit.is_none()
        || short_unknown
        || r.qualifier != Qualifier::Exact
        || digits.parse::<f64>().ok() != Some(value)
    {
        return;
    }
    let items = list_before(text, out, r, f64::INFINITY);
    let n = out.len();
    for prev in &mut out[n - items..] {
        prev.kind = r.kind;
        prev.unit.clone_from(&r.unit);
        prev.unit_text.clone_from(&r.unit_text);
    }
}

/// What joins two numbers that share the noun written after the last (`ست أو سبع أو ثماني
/// سنوات`, `73 مقابل 68 نقطة`): `Some(true)` for a bare comma, `Some(false)` for a word;
/// `إلى` only after `من` (`من 18 إلى 11 ساعة`, from one to the other).
fn chain_gap(ctx: &Ctx<'_, '_>, text: &str, prev: &Recognized, next_start: usize) -> Option<bool> {
    let gap = text.get(prev.byte_end..next_start).map(str::trim)?;
    match gap {
        "و" | "، و" | "،و" | ", و" | ",و" | "أو" | "او" | "، أو" | "، او" | "مقابل" => {
            Some(false)
        }
        "،" | "," => Some(true),
        "إلى" | "الى" => {
            let p = ctx.tokens.iter().position(|t| t.start == prev.byte_start)?;
            (p > 0 && matches!(ctx.tokens[p - 1].key.as_str(), "من" | "ومن")).then_some(false)
        }
        _ => None,
    }
}

/// Whether a scale word (`ألف`, `ملايين`) stands in the span of the claim `c`.
fn scaled(ctx: &Ctx<'_, '_>, c: &Recognized) -> bool {
    ctx.tokens
        .iter()
        .filter(|t| t.start >= c.byte_start && t.end <= c.byte_end)
        .any(numbers::is_multiplier)
}

/// The value of the scale word (`ألف`, `ملايين`) in the span of the claim `c`.
fn scale_in(ctx: &Ctx<'_, '_>, c: &Recognized) -> Option<f64> {
    ctx.tokens
        .iter()
        .filter(|t| t.start >= c.byte_start && t.end <= c.byte_end)
        .find_map(numbers::multiplier_value)
}

/// `مئة وستة عشر، ومئة وخمسة أشخاص`, `ست أو سبع أو ثماني سنوات`, `0.5 أو نصف دولار`, `73
/// مقابل 68 نقطة`, `بنحو 3.2 و0.4 في المائة`: bare numbers (digits or words, any qualifier
/// but «some») chained by `و`, `أو`, `مقابل` (or `من … إلى`) before a count, amount,
/// duration or percent share its noun and kind. Each item stays within fifty times the
/// next; a scale word on the last item only of a count or an amount is shared by the
/// bare items in digits below a thousand before it (`296 و83 و58 مليون دولار`: three
/// amounts in millions), one on an earlier item only (`3 آلاف، و500 شخص`) is left alone,
/// and a list joined by bare commas follows [`list_ok`].
fn chain_unit(ctx: &Ctx<'_, '_>, text: &str, out: &mut [Recognized], r: &Recognized) {
    let short_unknown = r
        .unit
        .as_deref()
        .is_some_and(|u| !u.is_ascii() && u.chars().count() < 4);
    if !matches!(
        r.kind,
        Kind::Count | Kind::Money | Kind::Duration | Kind::Percent
    ) || r.kind != Kind::Percent && r.unit.is_none()
        || short_unknown
        || r.qualifier == Qualifier::Range
        || r.sentence != ctx.index
    {
        return;
    }
    // The value written on the last item (a duration's is in its ISO text).
    let time = (r.kind == Kind::Duration)
        .then(|| {
            (0..ctx.tokens.len())
                .filter(|&k| ctx.tokens[k].start >= r.byte_start && ctx.tokens[k].end <= r.byte_end)
                .find_map(|k| {
                    units::lookup(ctx.keys_from(k)).and_then(|u| match u.kind {
                        UnitKind::Time { designator, factor }
                            if Some(u.concept) == r.unit.as_deref() =>
                        {
                            Some((designator, factor))
                        }
                        _ => None,
                    })
                })
        })
        .flatten();
    if r.kind == Kind::Duration && time.is_none() {
        return;
    }
    let written = |c: &Recognized| match (&c.value, time) {
        (Value::Number(v), _) => Some(*v),
        (Value::Text(iso), Some((_, f))) => iso
            .trim_start_matches(['P', 'T'])
            .trim_end_matches(char::is_alphabetic)
            .parse::<f64>()
            .ok()
            .map(|v| v / f64::from(f)),
        _ => None,
    };
    let Some(mut next_value) = written(r) else {
        return;
    };
    let r_scaled = scaled(ctx, r);
    let r_scale = (r_scaled && matches!(r.kind, Kind::Count | Kind::Money))
        .then(|| scale_in(ctx, r))
        .flatten();
    // The scale `prev` takes from the last item: a bare item ending in digits below a
    // thousand (`نحو 296`).
    let shared_scale = |prev: &Recognized| {
        r_scale.filter(|_| {
            !scaled(ctx, prev)
                && text
                    .get(prev.byte_start..prev.byte_end)
                    .and_then(|t| t.rsplit(char::is_whitespace).next())
                    .is_some_and(|t| t.chars().all(|c| c.is_numeric() || c == '.'))
                && matches!(prev.value, Value::Number(v) if v < 1000.0)
        })
    };
    let mut next_start = r.byte_start;
    let mut items = 0;
    let mut commas = 0;
    for prev in out.iter().rev() {
        let Value::Number(v) = prev.value else {
            break;
        };
        let share = shared_scale(prev);
        let v = share.map_or(v, |f| v * f);
        if prev.sentence != r.sentence
            || prev.kind != Kind::Number
            || prev.unit.is_some()
            || prev.qualifier == Qualifier::Vague
            // (`قياديين اثنين و15 عضوا`: one and two in words follow their own noun.)
            || v <= 2.0 && !text.get(prev.byte_start..prev.byte_end).is_some_and(|t| t.starts_with(|c: char| c.is_numeric()))
            || v <= 0.0
            || next_value <= 0.0
            || v * 50.0 <= next_value
            || next_value * 50.0 <= v
            || r.kind == Kind::Percent && v > 100.0
            // (`3 آلاف، و500 شخص` may be one number: a scale on one item alone.)
            || r_scaled != scaled(ctx, prev) && share.is_none()
        {
            break;
        }
        let Some(comma) = chain_gap(ctx, text, prev, next_start) else {
            break;
        };
        items += 1;
        commas += usize::from(comma);
        next_start = prev.byte_start;
        next_value = v;
    }
    if !list_ok(text, out, items, commas, r) {
        return;
    }
    let n = out.len();
    let value_of = |v: &Value| match (v, time) {
        (Value::Number(x), Some((d, f))) => Value::Text(iso_duration(x * f64::from(f), d)),
        _ => v.clone(),
    };
    for prev in &mut out[n - items..] {
        if let Some(f) = shared_scale(prev) {
            let bounds = prev.low.as_mut().into_iter().chain(prev.high.as_mut());
            for v in std::iter::once(&mut prev.value).chain(bounds) {
                if let Value::Number(x) = v {
                    *x *= f;
                }
            }
        }
        prev.kind = r.kind;
        prev.unit.clone_from(&r.unit);
        prev.unit_text.clone_from(&r.unit_text);
        prev.value = value_of(&prev.value);
        prev.low = prev.low.as_ref().map(value_of);
        prev.high = prev.high.as_ref().map(value_of);
    }
}

/// Prepositions (keys) after which a bare number has no noun of its own: `وثلاث قرب
/// الرمادي`.
const ELIDED_BEFORE: &[&str] = &[
    "قرب",
    "بالقرب",
    "في",
    "علي",
    "داخل",
    "خارج",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "عند",
    "حول",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// `خمس غارات قرب الموصل وثلاث قرب الرمادي`: a bare number after `و` whose counted noun
/// is elided before a preposition counts the noun of the count just before it in the
/// sentence. `next` is the token after `r`.
fn elided_noun(ctx: &Ctx<'_, '_>, prev: &Recognized, r: &mut Recognized, next: usize) {
    let tokens = ctx.tokens;
    if prev.sentence != r.sentence
        || prev.kind != Kind::Count
        || prev.unit.is_none()
        || r.kind != Kind::Number
        || r.unit.is_some()
        || r.qualifier != Qualifier::Exact
        // `بثماني مرات ونصف في`: a fraction adds to the count before it.
        || !matches!(r.value, Value::Number(v) if v >= 1.0 && v.fract() == 0.0)
        || !tokens
            .get(next)
            .is_some_and(|t| ELIDED_BEFORE.contains(&t.key.as_str()))
    {
        return;
    }
    // `وثلاث` (the conjunction on the number's token) or `و 3`.
    let Some(i) = tokens[..next]
        .iter()
        .rposition(|t| t.start <= r.byte_start && r.byte_start < t.end)
    else {
        return;
    };
    if !(tokens[i].text.starts_with('و') || i.checked_sub(1).is_some_and(|p| tokens[p].key == "و"))
    {
        return;
    }
    r.kind = Kind::Count;
    r.unit.clone_from(&prev.unit);
}

/// Keys of a rate or share: a bare number it goes to is a percent when the sentence
/// gives one (`6 في المائة ... وانخفضت هذه النسبة إلى 16`).
const RATE_KEYS: &[&str] = &["النسبه", "نسبه", "نسبتها", "نسبته", "المعدل", "معدلها"];

/// `بنسبة 0.38`, `نسبة نمو 2.3`: forms of «rate» that a bare number right after them (or
/// after one noun of what grows: `نسبة نمو`) is the percent of, with no percent near.
const RATE_OF_KEYS: &[&str] = &["نسبه", "بنسبه", "ونسبه", "وبنسبه"];

/// Bare numbers up to 100 a few words after a rate noun, in a sentence with a percent or
/// after one (`percent_near`), are percents too; so is a bare number right after `نسبة`
/// (see [`RATE_OF_KEYS`]) anywhere, unless a multiple (`بنسبة ثلاثة أضعاف`), a ratio
/// (`بنسبة 8 إلى واحد`, `بنسبة 1 من كل 4`, `01: 15`), a rate per mille (`في الألف`) or a
/// decimal's other half (`56 ر 4 %`) follows it.
fn rate_percent(ctx: &Ctx<'_, '_>, claims: &mut [Recognized], percent_near: bool) {
    let tokens = ctx.tokens;
    let rate_of = |k: usize| {
        tokens[k].kind == TokenKind::Word && RATE_OF_KEYS.contains(&tokens[k].key.as_str())
    };
    let no_percent_after = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Punct(':' | '/'))
                || matches!(
                    t.key.as_str(),
                    "ضعف" | "اضعاف" | "مره" | "مرات" | "ر" | "الي" | "مقابل" | "لكل"
                )
                // `بنسبة 1 من كل 4` is a ratio (`نسبة 1.6 من البث` a percent).
                || t.key == "من" && tokens.get(k + 1).is_some_and(|n| n.key == "كل")
                // `بنسبة 4 في الألف` is per mille.
                || t.key == "في"
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.key.as_str(), "الالف" | "الف"))
        })
    };
    for c in claims.iter_mut() {
        if c.kind != Kind::Number
            || c.unit.is_some()
            || !matches!(c.value, Value::Number(v) if v > 0.0 && v <= 100.0)
        {
            continue;
        }
        // Tokens are in text order: the first one ending after the claim's start.
        let i = tokens.partition_point(|t| t.end <= c.byte_start);
        if tokens.get(i).is_none_or(|t| t.start > c.byte_start) {
            continue;
        }
        let rate = percent_near
            && (i.saturating_sub(4)..i)
                .rev()
                .take_while(|&k| tokens[k].kind == TokenKind::Word)
                .any(|k| RATE_KEYS.contains(&tokens[k].key.as_str()));
        let last = tokens.partition_point(|t| t.end < c.byte_end);
        let rate_of = i > 0
            && last == i
            && tokens[i].number().is_some()
            && tokens.get(last).is_some_and(|t| t.end == c.byte_end)
            && (rate_of(i - 1) || i > 1 && tokens[i - 1].kind == TokenKind::Word && rate_of(i - 2))
            && !no_percent_after(last + 1);
        if rate || rate_of {
            c.kind = Kind::Percent;
        }
    }
}

/// `مليون و113 ألفا، و750 جنيها`: an amount in thousands, a comma and `و`, then money
/// under a thousand is one amount (1,113,750 pounds). Extends `prev` and says so.
fn amount_across_comma(text: &str, prev: &mut Recognized, r: &Recognized) -> bool {
    let gap = text.get(prev.byte_end..r.byte_start).map(str::trim);
    let prev_text = text.get(prev.byte_start..prev.byte_end).unwrap_or("");
    let scale_end = [
        "ألف",
        "ألفا",
        "آلاف",
        "مليون",
        "مليونا",
        "ملايين",
        "مليار",
        "مليارا",
    ]
    .iter()
    .any(|w| prev_text.ends_with(w));
    let (Value::Number(p), Value::Number(v)) = (&prev.value, &r.value) else {
        return false;
    };
    let digits: String = text
        .get(r.byte_start..r.byte_end)
        .unwrap_or("")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if prev.sentence != r.sentence
        || prev.kind != Kind::Number
        || prev.unit.is_some()
        || prev.qualifier != Qualifier::Exact
        || !scale_end
        || *p % 1000.0 != 0.0
        || r.kind != Kind::Money
        || r.qualifier != Qualifier::Exact
        || !(1.0..1000.0).contains(v)
        || digits.parse::<f64>().ok() != Some(*v)
        || !matches!(gap, Some("، و" | "،و" | ", و" | ",و"))
    {
        return false;
    }
    let total = p + v;
    prev.kind = r.kind;
    prev.value = Value::Number(total);
    prev.low = Some(Value::Number(total));
    prev.high = Some(Value::Number(total));
    prev.unit.clone_from(&r.unit);
    prev.unit_text.clone_from(&r.unit_text);
    prev.byte_end = r.byte_end;
    true
}

/// `دقيقة واحدة و53.48 ثانية`, `ساعتين و30 دقيقة`, `ثلاث سنوات وستة أشهر`: a duration, then
/// `و` and an exact duration in smaller units, is one duration (PT1M53.48S); `prev` takes
/// both (and keeps its qualifier: `لا تتجاوز دقيقتين و37 ثانية` is at most PT2M37S).
fn compound_duration(text: &str, prev: &mut Recognized, r: &Recognized) -> bool {
    let (Value::Text(a), Value::Text(b)) = (&prev.value, &r.value) else {
        return false;
    };
    if prev.sentence != r.sentence
        || prev.kind != Kind::Duration
        || r.kind != Kind::Duration
        || r.qualifier != Qualifier::Exact
        || text.get(prev.byte_end..r.byte_start).map(str::trim) != Some("و")
    {
        return false;
    }
    let Some(iso) = crate::model::join_durations(a, b) else {
        return false;
    };
    let combined = Value::Text(iso);
    match prev.qualifier {
        Qualifier::Exact => {
            prev.low = Some(combined.clone());
            prev.high = Some(combined.clone());
        }
        Qualifier::MoreThan | Qualifier::AtLeast if prev.high.is_none() => {
            prev.low = Some(combined.clone());
        }
        Qualifier::LessThan | Qualifier::AtMost if prev.low.is_none() => {
            prev.high = Some(combined.clone());
        }
        _ => return false,
    }
    prev.value = combined;
    prev.byte_end = r.byte_end;
    true
}

fn shared_approx(text: &str, prev: &Recognized, r: &mut Recognized) {
    let gap = text.get(prev.byte_end..r.byte_start).map(str::trim);
    // The qualifier stands before the first amount (`277 ألف ريال تقريبا و450 ريالا` is
    // about the first only); `نحو ألفي طالبة و79 طالبة` is one number written in two.
    let before = text
        .get(prev.byte_start..prev.byte_end)
        .is_some_and(|t| !t.starts_with(|c: char| c.is_numeric()) && !t.ends_with("تقريبا"));
    let (Value::Number(p), Value::Number(v)) = (&prev.value, &r.value) else {
        return;
    };
    if !before || prev.unit == r.unit && *v * 10.0 < *p {
        return;
    }
    if prev.sentence != r.sentence
        || prev.qualifier != Qualifier::Approx
        || r.qualifier != Qualifier::Exact
        || prev.kind != r.kind
        || !matches!(r.kind, Kind::Money | Kind::Count)
        || gap != Some("و")
    {
        return;
    }
    let Value::Number(v) = r.value else {
        return;
    };
    let (low, high) = approx_bounds(v, v);
    r.qualifier = Qualifier::Approx;
    r.low = Some(Value::Number(low));
    r.high = Some(Value::Number(high));
}

/// Adjectives (keys) that close `الأيام الأربعة الأولى`: first, last, past, coming.
const DEFINITE_COUNT_ENDS: &[&str] = &[
    "الاولي",
    "الاول",
    "الاوايل",
    "الاخيره",
    "الاخير",
    "الاواخر",
    "الماضيه",
    "الماضي",
    "المقبله",
    "القادمه",
    "المنصرمه",
    "الفايته",
];

/// The kind and value of `v` counted in a unit of kind `unit`: a count, an amount of
/// money, or an ISO 8601 duration.
fn unit_claim(unit: UnitKind, v: f64) -> (Kind, Value) {
    match unit {
        UnitKind::Count => (Kind::Count, Value::Number(v)),
        UnitKind::Money => (Kind::Money, Value::Number(v)),
        UnitKind::Time { designator, factor } => (
            Kind::Duration,
            Value::Text(iso_duration(v * f64::from(factor), designator)),
        ),
    }
}

/// `خلال الأيام الأربعة الأولى`, `في الأشهر الثلاثة الماضية`: a definite plural noun, the
/// definite cardinal that agrees with it and «first», «last», «past» or «coming» count the
/// noun like `أول أربعة أيام` (the ordinal after them is no claim). The cardinal is at `i`.
fn definite_count(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    if i == 0 || !t.key.starts_with("ال") {
        return None;
    }
    let (v, n_last) = numbers::definite_cardinal(tokens, i)?;
    let (u, start) = definite_plural(&tokens[i - 1])?;
    let end = tokens.get(n_last + 1)?;
    if end.kind != TokenKind::Word || !DEFINITE_COUNT_ENDS.contains(&end.key.as_str()) {
        return None;
    }
    let (kind, value) = unit_claim(u.kind, v);
    let mut r = Recognized::exact(ctx.index, start, end.end, kind, value);
    r.unit = Some(u.concept.to_string());
    r.unit_text = Some(ctx.surface(i - 1, i - 1));
    r.subject = ctx.subject(i - 1, n_last + 1);
    Some((r, n_last + 2))
}

/// A definite plural of the unit lexicon that a definite number after it counts, and where
/// its claim starts: after a one-letter proclitic (`والأيام`, `بالأشهر`).
fn definite_plural(noun: &Token) -> Option<(units::UnitMatch, usize)> {
    let u = units::lookup(&[noun.key.as_str()])?;
    if noun.kind != TokenKind::Word || !u.definite || u.plurality != units::Plurality::Plural {
        return None;
    }
    let clitic = !noun.key.starts_with("ال")
        && noun
            .key
            .char_indices()
            .nth(1)
            .is_some_and(|(b, _)| noun.key[b..].starts_with("ال"));
    Some((u, noun.offset_after_key_chars(usize::from(clitic))))
}

/// Singular heads of a title whose plural complement an ordinal after it does not count:
/// `رئيس الوزراء العشرين`, `مؤتمر الأحزاب الثلاثين`.
const RANKED_HEADS: &[&str] = &[
    "رئيس",
    "مؤتمر",
    "دورة",
    "بطولة",
    "معرض",
    "قائد",
    "مهرجان",
    "أمين",
    "وزير",
    "ملتقى",
    "منتدى",
];
static RANKED_HEAD_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(RANKED_HEADS));

/// `إحدى الدول العشرين`, `الولايات الخمسين`, `للشركات العشرين`: a tens word with the
/// article after a definite plural of the lexicon is its cardinal adjective (the twenty
/// countries); an ordinal would agree with a singular (`القرن العشرين`).
fn definite_tens_count(ctx: &Ctx<'_, '_>, o: &ordinals::Ordinal) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = &tokens[o.first];
    if o.first == 0
        || o.first != o.last
        || !(20..=90).contains(&o.value)
        || o.value % 10 != 0
        || !t.key.starts_with("ال")
    {
        return None;
    }
    // (`رئيس الوزراء العشرين`, `بطولة الأندية العشرين`: after a singular head the plural is
    // its complement, and the ordinal ranks the head — the twentieth prime minister.)
    if o.first >= 2
        && tokens[o.first - 2].kind == TokenKind::Word
        && tokens[o.first - 2]
            .stems()
            .any(|(_, s)| RANKED_HEAD_KEYS.contains(s))
    {
        return None;
    }
    let (u, start) = definite_plural(&tokens[o.first - 1])?;
    let v = f64::from(o.value);
    let (kind, value) = unit_claim(u.kind, v);
    let mut r = Recognized::exact(ctx.index, start, t.end, kind, value);
    r.unit = Some(u.concept.to_string());
    r.unit_text = Some(ctx.surface(o.first - 1, o.first - 1));
    r.subject = ctx.subject(o.first - 1, o.last);
    Some((r, o.last + 1))
}

/// Titles before a name that may end in a regnal number (keys).
const REGNAL_TITLES: &[&str] = &[
    "الملك",
    "الملكه",
    "البابا",
    "الامبراطور",
    "السلطان",
    "الشاه",
    "القيصر",
    "الامير",
];

/// Monarchs and popes named by a personal name and a regnal number without a title
/// (`مغرب محمد السادس`), with the regnal numbers they bear; none listed: any. Names that are
/// common in Arabic (`محمد`) are listed with their numbers only, so that `جاء محمد الثالث`
/// (Mohammed came third) stays an ordinal.
const REGNAL_NAMES: &[(&str, &[u32])] = &[
    ("محمد", &[5, 6]),
    ("الحسن", &[1, 2]),
    ("عبدالله", &[1, 2]),
    ("عبد الله", &[1, 2]),
    ("فيصل", &[1, 2]),
    ("فؤاد", &[1]),
    ("فاروق", &[1]),
    ("غازي", &[1]),
    ("خوان كارلوس", &[]),
    ("فيليب", &[]),
    ("إليزابيث", &[]),
    ("اليزابيث", &[]),
    ("بنديكت", &[]),
    ("بنديكتوس", &[]),
    ("يوحنا بولس", &[]),
    ("بولس", &[]),
    ("لويس", &[]),
    ("هنري", &[]),
    ("نابليون", &[]),
    ("فرنسيس", &[]),
    ("بيوس", &[]),
    ("ألفونسو", &[]),
    ("فيلهلم", &[]),
    ("رمسيس", &[]),
    ("أحمس", &[]),
    ("قسطنطين", &[]),
    ("تحتمس", &[]),
    ("أمنحتب", &[]),
    ("امنحتب", &[]),
    ("بطليموس", &[]),
    ("تشارلز", &[]),
    ("جورج", &[]),
    ("إدوارد", &[]),
    ("ادوارد", &[]),
    ("ريتشارد", &[]),
];

static REGNAL_NAME_KEYS: LazyLock<Vec<(Vec<String>, &'static [u32])>> = LazyLock::new(|| {
    REGNAL_NAMES
        .iter()
        .map(|(name, values)| {
            let words = name.split(' ').map(crate::normalize::key).collect();
            (words, *values)
        })
        .collect()
});

/// Whether the words right before token `first` are a monarch's name that takes `value`
/// as its regnal number (a proclitic may stand on the name: `لمحمد السادس`).
fn regnal_name_before(tokens: &[Token<'_>], first: usize, value: u32) -> bool {
    REGNAL_NAME_KEYS.iter().any(|(words, values)| {
        let n = words.len();
        (values.is_empty() || values.contains(&value))
            && first >= n
            && tokens[first - n..first]
                .iter()
                .zip(words)
                .enumerate()
                .all(|(k, (t, w))| {
                    t.kind == TokenKind::Word
                        && (t.key == *w
                            || k == 0
                                && t.key.ends_with(w.as_str())
                                && t.stems().any(|(p, s)| {
                                    s == w && matches!(p, "و" | "ل" | "ب" | "ف" | "ول" | "وب")
                                }))
                })
    })
}

/// Offices (keys) that take `الأول` as part of a title before the body they head:
/// `الرئيس الأول لمحكمة`, `النائب الأول لرئيس الوزراء`.
const TITLES_WITH_FIRST: &[&str] = &["رييس", "نايب", "وكيل", "سكرتير", "امين", "مساعد"];

/// Nouns (keys) before which `الأول` / `الأولى` is an idiom, not a rank: glance, cause,
/// option.
/// Also `من الطراز الأول` (first-class) and `المنظر الأول` (the chief ideologue).
const FIRST_IDIOM_HEADS: &[&str] = &[
    "المقام",
    "وهله",
    "الوهله",
    "السبب",
    "الخيار",
    "الطراز",
    "المنظر",
    "المشتبه",
    // (ar128) `الحنين الأول` (the primal longing), `المغذي الأول لقوى التطرف`, `الصانع
    // الأول للفكر`, `الحصن الأول للأبناء`, `الدافع الأول`: an epithet, no rank.
    "الحنين",
    "المغذي",
    "الصانع",
    "الحصن",
    "الدافع",
    // (ar130) `حيث النشأة الأولى` (the origin), `الانطباع الأول` (the first impression),
    // `التخيل الانطباعي الأول`: an epithet, no rank.
    "النشاه",
    "الانطباع",
    "الانطباعي",
];

/// Military ranks (keys) that take `أول` as part of the rank: `العريف أول`, `ملازم أول`.
/// Also job grades: `مهندس أول`, `صيدلي أول`, `باحث أول`, `نائب أول`.
const RANKS_WITH_FIRST: &[&str] = &[
    "عريف",
    "رقيب",
    "ملازم",
    "مساعد",
    "جندي",
    "وكيل",
    "مهندس",
    "صيدلي",
    "محاسب",
    "باحث",
    "نايب",
    "فريق",
    // (ar100) `زميل أول في معهد بروكينغز`: a senior fellow.
    "زميل",
];

/// Whether a negated «to be» ends at token `k` (`ليست`, `ليس`, `لم تكن`, `لن يكون`), after
/// up to two demonstratives or pronouns back from `k` (`ليست هذه هي`, `وهذه ليس`).
fn negated_at(tokens: &[Token<'_>], mut k: usize) -> bool {
    for _ in 0..3 {
        let key = tokens[k].key.as_str();
        if matches!(key, "ليست" | "ليس" | "وليست" | "وليس" | "فليست" | "فليس")
            || matches!(key, "تكن" | "يكن" | "تكون" | "يكون")
                && k >= 1
                && matches!(
                    tokens[k - 1].key.as_str(),
                    "لم" | "ولم" | "فلم" | "لن" | "ولن"
                )
            // `ولا تعد هذه المرة الأولى`, `لا يعد الأول من نوعه`: «is not counted».
            || matches!(key, "تعد" | "يعد" | "تعتبر" | "يعتبر")
                && k >= 1
                && matches!(tokens[k - 1].key.as_str(), "لا" | "ولا")
        {
            return true;
        }
        if k == 0 || !matches!(key, "هذه" | "هي" | "هذا" | "هو" | "ذلك" | "تلك") {
            return false;
        }
        k -= 1;
    }
    false
}

/// Stems near `في الدرجة الأولى` that make it a league's division (`الفريق في الدرجة
/// الأولى`, `البقاء في الدرجة الأولى`) or a seat's class (`مقعدا في الدرجة الأولى`), not
/// the adverb «primarily».
const LEAGUE_WORDS: &[&str] = &[
    "فريق",
    "دوري",
    "لاعب",
    "لاعبين",
    "موسم",
    "مباراة",
    "مباريات",
    "نادي",
    "أندية",
    "صعود",
    "هبوط",
    "جماهير",
    "جمهور",
    "مدرب",
    "يلعب",
    "تلعب",
    "بقاء",
    "كرة",
    "بطولة",
    "ممتاز",
    "مقعد",
    "مقعدا",
    "مقاعد",
    "تذكرة",
    "تذاكر",
    "رحلة",
    "رحلات",
    "طائرة",
    "طيران",
    "ركاب",
];
static LEAGUE_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(LEAGUE_WORDS));

/// Stems a few words before `الدرجة الأولى` that make it the name of a football league
/// (`فرق دوري جميل والدرجة الأولى`, `أندية الممتاز والدرجة الأولى`). (A team that plays `في
/// الدرجة الأولى` stays ranked: see `first_division_stays`.)
const LEAGUE_ONLY_WORDS: &[&str] = &["دوري", "الدوري", "أندية", "فرق"];
static LEAGUE_ONLY_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(LEAGUE_ONLY_WORDS));

/// Nouns before `الفريق الأول في …` that make it the senior squad (`صفوف الفريق الأول في
/// نانت`), not the first team in a field.
const SQUAD_WORDS: &[&str] = &[
    "صفوف",
    "معسكر",
    "لاعبي",
    "مباريات",
    "قائمة",
    "تدريبات",
    "مدرب",
    "منسوبي",
    "روزنامة",
    "تشكيلة",
    "لاعب",
];
static SQUAD_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(SQUAD_WORDS));

/// Ranks of people before `الصف`/`الخط` + ordinal that make it a tier of leaders or players
/// (`قيادات الصف الثاني`, `لاعبي الصف الثاني`), not a school grade or a row.
const TIER_WORDS: &[&str] = &[
    "قيادات",
    "زعامات",
    "قادة",
    "كوادر",
    "رجال",
    "رجل",
    "عناصر",
    "قياديي",
    "مسؤولي",
    "لاعبي",
    "نجوم",
    "مرشحي",
    "القيادات",
];
static TIER_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(TIER_WORDS));

/// A fixed phrase or a name an ordinal is part of, and the token after it (no claim):
/// `في الدرجة الأولى` (primarily, away from a league), `ساعات الصباح الأولى` (the early
/// morning), `السيدة الأولى` (the First Lady), `الدولة السعودية الثانية` (a historical
/// state), `المعلم الثاني` (al-Farabi's epithet), `صف ثان` (a second-string squad), and
/// `المعدة والاثني عشر` (the duodenum, a cardinal).
fn first_idiom(tokens: &[Token<'_>], o: &ordinals::Ordinal) -> Option<usize> {
    let i = o.first;
    let prev = |k: usize| i.checked_sub(k).map(|p| &tokens[p]);
    let prev_is = |k: usize, f: &dyn Fn(&str, &str) -> bool| {
        prev(k).is_some_and(|t| t.kind == TokenKind::Word && t.stems().any(|(p, s)| f(p, s)))
    };
    let key = tokens[i].key.as_str();
    let single = o.first == o.last;
    let definite_noun = |p: &str| matches!(p, "ال" | "وال" | "بال" | "لل" | "فال");
    let primarily = single
        && key == "الاولي"
        && prev_is(1, &|p, s| p == "ال" && s == "درجه")
        && prev(2).is_some_and(|t| matches!(t.key.as_str(), "في" | "وفي"))
        && !(i.saturating_sub(20)..(i + 14).min(tokens.len()))
            .any(|k| tokens[k].stems().any(|(_, s)| LEAGUE_KEYS.contains(s)));
    let early_hours = single
        && key == "الاولي"
        && prev(1).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "الفجر" | "الصباح" | "الصبح" | "النهار" | "الليل" | "المساء"
            )
        });
    let first_lady =
        single && key == "الاولي" && prev_is(1, &|p, s| definite_noun(p) && s == "سيده");
    let saudi_state = single
        && o.value <= 3
        && prev(1).is_some_and(|t| t.key == "السعوديه")
        && prev_is(2, &|p, s| definite_noun(p) && s == "دوله");
    let teacher = single
        && o.value <= 3
        && prev_is(1, &|p, s| definite_noun(p) && s == "معلم")
        && (o.value > 1
            || tokens
                .get(i + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || !t.key.starts_with('ل')));
    let second_string =
        single && o.value == 2 && !key.starts_with("ال") && prev(1).is_some_and(|t| t.key == "صف");
    let duodenum = o.value == 12
        && key.trim_start_matches('و').starts_with("الاثن")
        && (i.saturating_sub(3)..(o.last + 4).min(tokens.len())).any(|k| {
            tokens[k]
                .stems()
                .any(|(_, s)| matches!(s, "معده" | "كبد" | "امعاء" | "قرحه" | "بنكرياس"))
        });
    (primarily || early_hours || first_lady || saudi_state || teacher || second_string || duodenum)
        .then_some(o.last + 1)
}

/// A fraction of the hour at token `j` after a clock time (`والنصف`, `والربع`, `إلا ربعا`):
/// the token after it.
fn hour_fraction(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let fraction = |t: &Token<'_>| {
        t.stems().any(|(p, s)| {
            matches!(p, "و" | "")
                && matches!(
                    s,
                    "النصف"
                        | "الربع"
                        | "الثلث"
                        | "نصف"
                        | "ربع"
                        | "ربعا"
                        | "ثلث"
                        | "ثلثا"
                )
        })
    };
    if tokens
        .get(j)
        .is_some_and(|t| t.key.starts_with('و') && fraction(t))
    {
        Some(j + 1)
    } else if tokens.get(j).is_some_and(|t| t.key == "الا")
        && tokens.get(j + 1).is_some_and(fraction)
    {
        Some(j + 2)
    } else {
        None
    }
}

/// Whether the ordinal at token `i` (not the first) follows a preposition an hour takes
/// (`في`, `حتى`, `قبل` …) or `و` (`والخامسة`). (After a noun, `في نسخته التاسعة`, it
/// ranks the noun.)
fn hour_preposition(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i].key.starts_with("وال")
        || i > 0
            && matches!(
                tokens[i - 1].key.as_str(),
                "في" | "من"
                    | "حتي"
                    | "وحتي"
                    | "الي"
                    | "والي"
                    | "عند"
                    | "بعد"
                    | "قبل"
                    | "منذ"
                    | "تمام"
                    | "حوالي"
                    | "نحو"
                    | "قرابه"
                    | "لغايه"
                    | "ولغايه"
                    | "ابتداء"
                    | "اعتبارا"
            )
}

/// A clock time named by a feminine ordinal alone, and the token after it (no claim): with
/// a fraction of the hour (`الخامسة والنصف من مساء الجمعة`, `العاشرة والنصف`), after a
/// preposition before `غدا` or `بتوقيت` (`قبل الثانية عشرة غدا`), or after a preposition or
/// `و` a few words after another hour and its part of the day (`الخامسة عصرا للثانية،
/// والسابعة للمباراة`).
fn clock_ordinal(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !ordinals::may_be_ordinal(&tokens[i]) || !tokens[i].key.ends_with('ه') {
        return None;
    }
    let o = ordinals::parse_at(tokens, i)?;
    if !(1..=12).contains(&o.value) || o.cardinal {
        return None;
    }
    if let Some(next) = hour_fraction(tokens, o.last + 1) {
        return Some(next);
    }
    // `ثبتت الثالثة عصرا`: an hour before `عصرا`, `ظهرا` … (not `مساء`, which follows a
    // day's name as well: `في نسخته التاسعة مساء الأربعاء`).
    if o.value >= 2
        && tokens
            .get(o.last + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "عصرا" | "ظهرا" | "صباحا" | "فجرا" | "ليلا"))
    {
        return Some(o.last + 1);
    }
    if !hour_preposition(tokens, i) {
        return None;
    }
    // (`والثانية غدا بعنوان`: the second session tomorrow, after `و`.)
    if tokens
        .get(o.last + 1)
        .is_some_and(|t| t.key == "بتوقيت" || t.key == "غدا" && !tokens[i].key.starts_with('و'))
    {
        return Some(o.last + 1);
    }
    // (The hour before: a feminine ordinal, maybe a teen, then `عصرا`, `مساء` …)
    let hour_before = (i.saturating_sub(8).max(1)..i).any(|k| {
        PART_OF_DAY_ADVERB_KEYS.contains(tokens[k].key.as_str())
            && (k.saturating_sub(2)..k).any(|h| {
                tokens[h].key.ends_with('ه')
                    && ordinals::parse_at(tokens, h).is_some_and(|m| m.last == k - 1)
            })
    });
    hour_before.then_some(o.last + 1)
}

/// An ordinal at token `i` that is part of a name, and the token after it: a monarch's
/// regnal number after the name (`مغرب محمد السادس`, `بنديكت السادس عشر`), or the `أول`
/// of a rank (`العريف أول جمعة`, `ملازم أول`: corporal first class; but `كان الرقيب أول
/// من دخل`, the first to enter, is an ordinal).
fn name_ordinal(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i == 0 || tokens[i].kind != TokenKind::Word || tokens[i - 1].kind != TokenKind::Word {
        return None;
    }
    let o = ordinals::parse_at(tokens, i)?;
    let rank = o.first == o.last
        && tokens[i].key == "اول"
        && tokens[i - 1].stems().any(|(p, s)| {
            matches!(p, "" | "ال" | "وال" | "بال" | "لل" | "و") && RANKS_WITH_FIRST.contains(&s)
        })
        && tokens.get(i + 1).is_none_or(|t| t.key != "من");
    let after_noun = |noun: &str| {
        tokens[i - 1]
            .stems()
            .any(|(p, s)| matches!(p, "ال" | "وال" | "بال" | "لل") && s == noun)
    };
    // `دوري الدرجة الأولى`, `حروق من الدرجة الثالثة`: a league's division or a burn's
    // degree, a fixed term (but a seat `في الدرجة الأولى` is in first class).
    let before_degree = |k: usize| {
        i.checked_sub(k).is_some_and(|p| {
            tokens[p]
                .stems()
                .any(|(_, s)| matches!(s, "دوري" | "انديه" | "فرق" | "حروق" | "محاكم"))
        })
    };
    // (`فرق دوري جميل والدرجة الأولى`, `أندية الدوري الممتاز والدرجة الأولى`: a league's
    // or clubs' word up to four words before names the league too; not after `من`, where a
    // grade follows a player's injury or a burn: `تمزق من الدرجة الأولى`.)
    // (Asked only after `درجة`: four words' stems looked up at every ordinal otherwise.)
    let league_near = || {
        i >= 2
            && tokens[i - 2].key != "من"
            && (i.saturating_sub(5)..i - 1).any(|k| {
                tokens[k].kind == TokenKind::Word
                    && tokens[k].stems().any(|(_, s)| LEAGUE_ONLY_KEYS.contains(s))
            })
    };
    let division = o.first == o.last
        && o.value <= 4
        && after_noun("درجه")
        && (before_degree(2)
            || league_near()
            || (i >= 3 && tokens[i - 2].key == "من" && before_degree(3)));
    // `الفريق الأول` (the senior squad, or the rank of lieutenant general), but not the
    // first team to do something (`الفريق الأول الذي`, `الفريق الأول من نوعه`).
    // (Also with an adjective between: `الفريق الكروي الأول`.)
    // (`فريقها الأول`, `فريقه الأول`: with a possessive suffix too.)
    let senior = o.first == o.last
        && tokens[i].key == "الاول"
        && (after_noun("فريق")
            || tokens[i - 1].stems().any(|(p, s)| {
                matches!(p, "" | "و" | "ل" | "ب")
                    && matches!(s, "فريقه" | "فريقها" | "فريقهم" | "فريقنا")
            })
            || i >= 2
                && tokens[i - 1].key.starts_with("ال")
                && tokens[i - 1].key.ends_with('ي')
                && tokens[i - 2]
                    .stems()
                    .any(|(p, s)| matches!(p, "ال" | "وال" | "بال" | "لل") && s == "فريق"))
        && tokens.get(i + 1).is_none_or(|t| {
            !matches!(t.key.as_str(), "من" | "الذي" | "التي")
                // (`صفوف الفريق الأول في نانت`, `معسكر الفريق الأول في إيطاليا`, `الفريق
                // الكروي الأول في النادي`: the squad, with a squad noun before or `الكروي`;
                // `الفريق الأول في العالم` is a rank.)
                && (t.key != "في"
                    || i >= 2
                        && (tokens[i - 1].key == "الكروي"
                            || tokens[i - 1].key.ends_with("فريق")
                                && tokens[i - 2]
                                    .stems()
                                    .any(|(_, s)| SQUAD_KEYS.contains(s))))
        });
    // `فريق الهلال الأول لكرة القدم`, `بفريق الهلال الأول`, `فريق «الفيصلي» الأول`: a club's
    // name between `فريق` and «first».
    let club_senior = o.first == o.last
        && tokens[i].key == "الاول"
        && {
            let quoted = matches!(tokens[i - 1].kind, TokenKind::Punct(_));
            let name = if quoted {
                i.checked_sub(2)
            } else {
                Some(i - 1)
            };
            name.and_then(|n| n.checked_sub(if quoted { 2 } else { 1 }).map(|h| (n, h)))
                .is_some_and(|(n, h)| {
                    tokens[n].kind == TokenKind::Word
                        && tokens[h].stems().any(|(p, s)| {
                            matches!(p, "" | "و" | "ل" | "ب" | "وب" | "ول") && s == "فريق"
                        })
                })
        }
        && tokens
            .get(i + 1)
            .is_none_or(|t| !matches!(t.key.as_str(), "من" | "الذي" | "التي" | "في"));
    // `اللواء الخامس عشر`, `الفرقة الثانية`, `الفيلق الخامس`: a military unit's name.
    let unit_name = tokens[i - 1].stems().any(|(p, s)| {
        matches!(p, "ال" | "وال" | "بال" | "لل") && matches!(s, "لواء" | "فرقه" | "فيلق")
            // (`للواء`: `ل` on `اللواء`.)
            || p == "ل" && s == "لواء"
    });
    // `الساعة الحادية عشرة والنصف`, `الساعة الثانية عشرة إلا ربعا`: a time of day, with the
    // fraction of the hour after it.
    if tokens[i - 1].stems().any(|(_, s)| s == "الساعه") {
        let mut next = o.last + 1;
        if let Some(after) = hour_fraction(tokens, next) {
            next = after;
        } else if tokens.get(next).is_some_and(|t| t.key.starts_with('و'))
            && let Some(m) = numbers::parse_at(tokens, next)
            && tokens.get(m.last + 1).is_some_and(|t| {
                t.stems()
                    .any(|(_, s)| matches!(s, "دقيقه" | "دقايق" | "دقيقتين" | "دقيقتان"))
            })
        {
            // `الساعة الثانية عشرة وخمس وثلاثين دقيقة`: and the minutes.
            next = m.last + 2;
        } else if tokens.get(next).is_some_and(|t| t.key == "والدقيقه")
            && let Some(m) = ordinals::parse_at(tokens, next + 1)
        {
            // `الساعة الثانية عشرة والدقيقة الثامنة`.
            next = m.last + 1;
        }
        return Some(next);
    }
    // `حتى الثالثة عصرا`, `في التاسعة من مساء أمس`: an hour named by its ordinal and the
    // part of the day after it is a time of day.
    let part_of_day = |t: &Token<'_>| t.stems().any(|(_, s)| PART_OF_DAY_KEYS.contains(s));
    // (After a preposition: `في نسخته التاسعة مساء الأربعاء` is the ninth edition.)
    let after_preposition = hour_preposition(tokens, i);
    if (2..=12).contains(&o.value)
        && tokens[i].key.ends_with('ه')
        && after_preposition
        && (tokens.get(o.last + 1).is_some_and(part_of_day)
            || tokens.get(o.last + 1).is_some_and(|t| t.key == "من")
                && tokens.get(o.last + 2).is_some_and(part_of_day))
    {
        return Some(o.last + 1);
    }
    // `الأيام الأربعة الأولى`: «the first» after a definite number belongs to the count.
    if o.value == 1
        && o.first == o.last
        && tokens[i].key.starts_with("ال")
        && tokens[i - 1].key.starts_with("ال")
        && numbers::is_cardinal_word(&tokens[i - 1])
    {
        return Some(o.last + 1);
    }
    if let Some(next) = first_idiom(tokens, &o) {
        return Some(next);
    }
    // `شارع الأربعين` (Forty Street), `بالدرجة الأولى` (primarily), `شركات الصف الأول`
    // (blue chips, the front row): a name or an idiom.
    let street = tokens[i - 1]
        .stems()
        .any(|(_, s)| matches!(s, "شارع" | "الشارع"));
    // (`قيادات الخط الأول`, the front rank, too; `الخط الأول للمترو` is a line. Also the
    // second rank: `عناصر الصف الثاني`, `قيادات من الصف الثاني`, `إعداد الصف الثاني من
    // القيادات`; `طلاب الصف الثاني` is a school grade.)
    let tier = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.stems().any(|(_, s)| TIER_KEYS.contains(s)))
    };
    let front_rank = o.first == o.last
        && o.value <= 3
        && matches!(tokens[i - 1].key.as_str(), "الخط" | "الصف")
        && i >= 2
        && (tier(i - 2)
            || i >= 3 && tokens[i - 2].key == "من" && tier(i - 3)
            || tokens.get(i + 1).is_some_and(|t| t.key == "من") && tier(i + 2));
    // (`في أول الأمر`, `بدت أول الأمر`: «at first», an adverb, too.)
    let at_first = tokens[i].key == "اول" && tokens.get(i + 1).is_some_and(|t| t.key == "الامر");
    let idiom = o.value == 1
        && o.first == o.last
        && (tokens[i - 1].key == "بالدرجه" || tokens[i - 1].key == "الصف" || at_first);
    // `الشيخ تميم بن حمد آل ثاني`: the Al Thani family name.
    let family = tokens[i - 1].text == "آل";
    // `المنتخب الأول`, `المنتخب السعودي الأول`: the senior national team.
    let senior_national = o.first == o.last
        && tokens[i].key == "الاول"
        && (after_noun("منتخب")
            || (i >= 2
                && tokens[i - 1].key.starts_with("ال")
                && tokens[i - 1].key.ends_with('ي')
                && tokens[i - 2]
                    .stems()
                    .any(|(p, s)| matches!(p, "ال" | "وال" | "بال" | "لل") && s == "منتخب")));
    // `حكم مساعد ثان`, `مساعد أول`: an assistant's grade is part of the role.
    let assistant = o.first == o.last
        && o.value <= 2
        && tokens[i - 1]
            .stems()
            .any(|(p, s)| matches!(p, "" | "و" | "ال" | "وال") && s == "مساعد");
    // `ليست المرة الأولى`, `ليست هذه هي المرة الأولى`, `لم تكن المرة الأولى`, `ليست هذه أول
    // مرة`: «not the first time», an idiom that ranks nothing.
    let first_time = tokens[i].key == "الاولي" && tokens[i - 1].key == "المره" && i >= 2;
    let first_of_times =
        tokens[i].key == "اول" && tokens.get(i + 1).is_some_and(|t| t.key == "مره");
    let the_first = matches!(tokens[i].key.as_str(), "الاولي" | "الاول");
    let word = |k: usize| tokens[k].kind == TokenKind::Word && !numbers::is_number_word(&tokens[k]);
    let not_first_time = o.value == 1
        && o.first == o.last
        && (first_time && negated_at(tokens, i - 2)
            || first_of_times && negated_at(tokens, i - 1)
            // `ليس أول اتحاد`, `ليست أول جماعة`: «not the first union».
            || tokens[i].key == "اول"
                && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && negated_at(tokens, i - 1)
            // `ليست زيارتي الأولى`, `لم يكن هذا حوارنا الأول`: a noun with a suffix.
            || the_first && i >= 2 && word(i - 1) && negated_at(tokens, i - 2)
            // `ليست هذه الحادثة هي الأولى`, `لم يكن الفيلم الأميركي الأول`: a noun and its
            // pronoun or adjective.
            || the_first
                && i >= 3
                && word(i - 1)
                && word(i - 2)
                && (matches!(tokens[i - 1].key.as_str(), "هي" | "هو")
                    || tokens[i - 1].key.starts_with("ال") && tokens[i - 2].key.starts_with("ال"))
                && negated_at(tokens, i - 3)
            // `الشراكة ليست الأولى`, `وهذا ليس الأول`: «not the first», no rank either.
            || the_first && negated_at(tokens, i - 1)
            // `ليست الفكرة الأولى`: «not the first idea».
            || the_first
                && i >= 2
                && tokens[i - 1].key.starts_with("ال")
                && !numbers::is_number_word(&tokens[i - 1])
                && negated_at(tokens, i - 2));
    // `مرضى السكري النوع الأول`, `السكر من النوع الثاني`: the type of diabetes, a disease's
    // name.
    let diabetes = o.first == o.last
        && o.value <= 2
        && after_noun("نوع")
        && ((i.saturating_sub(7)..i - 1).any(|k| {
            tokens[k]
                .stems()
                .any(|(_, s)| matches!(s, "سكر" | "سكري" | "سكريي"))
        }) || tokens.get(i + 1).is_some_and(|t| t.key == "من")
            && tokens.get(i + 2).is_some_and(|t| {
                t.stems()
                    .any(|(_, s)| matches!(s, "سكر" | "سكري" | "سكريي"))
            }));
    // `على أعتاب الخمسين` (on the threshold of fifty): an age reached soon, not a rank.
    let threshold = o.first == o.last
        && o.value >= 20
        && o.value % 10 == 0
        && tokens[i - 1].stems().any(|(_, s)| s == "اعتاب");
    // `الرجل الثاني في الحزب`, `الرجل الأول للأمة`: the number-two man, a rank title.
    let number_two_man = o.first == o.last
        && o.value <= 2
        && after_noun("رجل")
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.key == "في" || t.key.starts_with("لل"));
    // `المتهم الثاني`, `المتهمة الأولى`: a defendant's label in a case, not a rank.
    let defendant = after_noun("متهم") || after_noun("متهمه");
    // `ميدان رابعة`, `رابعة العدوية`: a place named after Rabia al-Adawiyya.
    let rabaa = o.first == o.last
        && o.value == 4
        && tokens[i].stems().any(|(_, s)| s == "رابعه")
        && (tokens.get(i + 1).is_some_and(|t| t.key == "العدويه")
            || tokens[i - 1].stems().any(|(_, s)| s == "ميدان"));
    (rank
        || division
        || senior
        || club_senior
        || diabetes
        || front_rank
        || senior_national
        || not_first_time
        || threshold
        || assistant
        || number_two_man
        || defendant
        || rabaa
        || unit_name
        || street
        || idiom
        || family
        || regnal_name_before(tokens, i, o.value))
    .then_some(o.last + 1)
}

/// An ordinal at token `i`: `الثالث`, `الحادي والعشرين`, `للمرة الأولى`.
fn ordinal(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let o = ordinals::parse_at(ctx.tokens, i)?;
    // `مجموعة العشرين`, `مجموعة السبع`, `مجموعة الدول العشرين`: the name of a group of
    // states (G20, G7).
    let group = |k: usize| ctx.tokens[k].stems().any(|(_, s)| s == "مجموعه");
    if o.first > 0
        && (group(o.first - 1)
            || o.first > 1 && ctx.tokens[o.first - 1].key == "الدول" && group(o.first - 2))
        && numbers::is_number_word(&ctx.tokens[o.first])
    {
        return None;
    }
    if let Some(found) = definite_tens_count(ctx, &o) {
        return Some(found);
    }
    // `الملك عبدالله الثاني`, `البابا يوحنا بولس الثاني`, `عبدالله الثاني بن الحسين`: a regnal
    // number is part of a name.
    let title = (o.first.saturating_sub(4)..o.first)
        .rev()
        .take_while(|&k| ctx.tokens[k].kind == TokenKind::Word)
        .any(|k| {
            ctx.tokens[k]
                .stems()
                .any(|(_, s)| REGNAL_TITLES.contains(&s))
        });
    let son_of = ctx
        .tokens
        .get(o.last + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "بن" | "ابن"));
    if (title || son_of)
        && o.first > 0
        && ctx.tokens[o.first - 1].kind == TokenKind::Word
        && !ctx.tokens[o.first - 1].key.starts_with("ال")
    {
        return None;
    }

    // `الساعة الخامسة`: a time of day. (Also with a verb between: `الساعة قاربت السادسة`,
    // `والساعة تعلن الثانية`.)
    if o.first > 0 && ctx.tokens[o.first - 1].stems().any(|(_, s)| s == "الساعه")
        || o.first > 1
            && (1..=12).contains(&o.value)
            && ctx.tokens[o.first].key.ends_with('ه')
            && ctx.tokens[o.first - 1].kind == TokenKind::Word
            && !ctx.tokens[o.first - 1].key.starts_with("ال")
            && ctx.tokens[o.first - 2].stems().any(|(_, s)| s == "الساعه")
    {
        return None;
    }
    // `بجزء من الثانية`, `لأجزاء من الثانية`: the unit of time, not «the second».
    if o.value == 2
        && o.first == o.last
        && o.first > 1
        && ctx.tokens[o.first].key.ends_with('ه')
        && ctx.tokens[o.first - 1].key == "من"
        && ctx.tokens[o.first - 2]
            .stems()
            .any(|(_, s)| matches!(s, "جزء" | "جزءا" | "اجزاء" | "الاجزاء" | "اعشار" | "جزيء"))
    {
        return None;
    }
    if o.value == 2 && o.first == o.last && second_of_time(ctx.tokens, o.first) {
        return None;
    }
    if let Some(found) = age(ctx, &o) {
        return Some(found);
    }
    // `الجملة الثانية :`, `الأول: ضميره`: an ordinal heading a list item before a colon is
    // a list marker, no claim.
    if matches!(
        ctx.tokens.get(o.last + 1).map(|t| &t.kind),
        Some(TokenKind::Punct(':'))
    ) {
        return None;
    }
    let first_alone = o.value == 1 && o.first == o.last;
    // `رأسماله الأولي`, `التحقيق الأولي`: `الأولي` written with a dotted yā after a
    // masculine noun is the adjective «initial», not «the first» (`الأولى`); after a noun
    // in ة it is `الأولى` misspelt (`المرحلة الاولي`).
    if first_alone
        && o.first > 0
        && ctx.tokens[o.first].stems().any(|(_, s)| s == "الاولي")
        && ctx.tokens[o.first]
            .text
            .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c))
            .ends_with('ي')
        && !ctx.tokens[o.first - 1].text.ends_with('ة')
    {
        return None;
    }
    // `في المقام الأول`: «primarily», an idiom; `للوهلة الأولى` (at first glance), `السبب
    // الأول` (the main cause), `الخيار الأول` (the preferred option), `اسمه الأول` (its
    // original name).
    if first_alone
        && o.first > 0
        && (ctx.tokens[o.first - 1]
            .stems()
            .any(|(_, s)| FIRST_IDIOM_HEADS.contains(&s))
            || matches!(
                ctx.tokens[o.first - 1].key.as_str(),
                "اسمه" | "اسمها" | "واسمه" | "واسمها"
            ) && ctx.tokens[o.first].key.starts_with("ال"))
    {
        return None;
    }
    // `رجل الأمن الأول` (the foremost security man): an epithet after `رجل` and its
    // complement; `عمر ثانٍ` («a second life»), an idiom.
    if o.first == o.last
        && o.first >= 2
        && (first_alone
            && ctx.tokens[o.first].key.starts_with("ال")
            && ctx.tokens[o.first - 1].key.starts_with("ال")
            && ctx.tokens[o.first - 2]
                .stems()
                .any(|(p, s)| s == "رجل" && !p.ends_with("ال"))
            || o.value == 2 && ctx.tokens[o.first - 1].key == "عمر")
    {
        return None;
    }
    // `الأيام الأولى`, `التسعة أشهر الأولى`, `للأشهر الأولى`: «first» after a plural noun is
    // the early part of a stretch, no rank.
    if first_alone
        && o.first > 0
        && matches!(ctx.tokens[o.first].key.as_str(), "الاول" | "الاولي")
        && units::lookup(&ctx.keys[o.first - 1..o.first])
            .is_some_and(|u| u.plurality == units::Plurality::Plural)
        // (`قضية المسلمين الأولى`: a sound masculine plural takes `الأوائل`; the ordinal
        // goes with a noun before it.)
        && !["ين", "ون"].iter().any(|e| ctx.keys[o.first - 1].ends_with(e))
    {
        return None;
    }
    // `الأشهر الـ3 الأولى`, `الدقائق الـ45 الأولى`: «the first» after the article apart and
    // digits belongs to the count (as after `الأربعة`).
    if first_alone
        && o.first >= 2
        && ctx.tokens[o.first].key.starts_with("ال")
        && ctx.tokens[o.first - 1].number().is_some()
        && ctx.tokens[o.first - 2].key == "ال"
    {
        return None;
    }
    // `خياران لا ثالث لهما`: «there is no third», an idiom.
    if o.first == o.last
        && o.first > 0
        && ctx.tokens[o.first - 1].key == "لا"
        && ctx
            .tokens
            .get(o.last + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "لهما" | "له" | "لها" | "لهم"))
    {
        return None;
    }
    // `الحرب العالمية الثانية`, `الرايخ الثالث`, `الجمهورية الخامسة`: the name of a war, a
    // reich or a republic.
    if o.first == o.last && o.first > 0 {
        let prev = &ctx.tokens[o.first - 1];
        let world_war = prev.stems().any(|(_, s)| s == "العالميه")
            && o.first > 1
            && ctx.tokens[o.first - 2].stems().any(|(_, s)| s == "الحرب");
        if world_war
            || prev
                .stems()
                .any(|(_, s)| matches!(s, "الرايخ" | "الجمهوريه"))
        {
            return None;
        }
    }
    // `«رابعة العدوية»`, `ميدان «رابعة»`: a place named after Rabia al-Adawiyya (also in
    // quotes, which the name rule before a word does not see).
    if o.value == 4 && o.first == o.last && ctx.tokens[o.first].stems().any(|(_, s)| s == "رابعه")
    {
        let quote = |k: usize| {
            matches!(
                ctx.tokens.get(k).map(|t| &t.kind),
                Some(TokenKind::Punct('"' | '“' | '”' | '«' | '»'))
            )
        };
        let before = o.first.checked_sub(if o.first > 0 && quote(o.first - 1) {
            2
        } else {
            1
        });
        let square = before.is_some_and(|k| ctx.tokens[k].stems().any(|(_, s)| s == "ميدان"));
        if square
            || ctx
                .tokens
                .get(o.last + 1)
                .is_some_and(|t| t.key == "العدويه")
        {
            return None;
        }
    }
    // `مقارنة بالأولى` (compared with the first one): referential, no claim; `من الأولى
    // لنا أن`, `من الأولى أن`, `الأولى بنا` (it is more fitting): an idiom.
    if first_alone {
        let key = ctx.tokens[o.first].key.as_str();
        let next = ctx.tokens.get(o.last + 1);
        let referential = matches!(key, "بالاولي" | "بالاول")
            && next.is_none_or(|t| t.kind != TokenKind::Word || !t.key.starts_with("ال"));
        let fitting = key == "الاولي"
            && ((o.first > 0
                && ctx.tokens[o.first - 1].key == "من"
                && next.is_some_and(|t| {
                    matches!(
                        t.key.as_str(),
                        "ان" | "لنا" | "له" | "لها" | "لهم" | "لك" | "لي"
                    )
                }))
                || next.is_some_and(|t| {
                    matches!(t.key.as_str(), "بنا" | "به" | "بها" | "بهم" | "بك" | "بي")
                }));
        if referential || fitting {
            return None;
        }
    }
    // `خلال أول 72 ساعة`: «the first» before a number; the claim is the number after it.
    if first_alone
        && ctx.tokens[o.first].key == "اول"
        && ctx
            .tokens
            .get(o.last + 1)
            .is_some_and(|t| t.number().is_some() || numbers::is_number_word(t))
    {
        return None;
    }
    // `أول مباراتين`, `أول يومين`: «the first» before a dual noun; the claim is the count of
    // two the dual makes.
    if first_alone
        && ctx.tokens[o.first].key == "اول"
        && ctx.tokens.get(o.last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.key.starts_with("ال") && dual_ending(&t.key)
        })
        && units::lookup(ctx.keys_from(o.last + 1))
            .is_some_and(|u| u.plurality == units::Plurality::Dual && !u.proclitic)
    {
        return None;
    }
    // `أول نائبين`, `أول ألبومين`: also a dual noun the lexicon lacks, an indefinite word of
    // five letters or more in `ين` (not a broken plural `قوانين`, nor a plural in `يين`).
    if first_alone
        && ctx.tokens[o.first].key == "اول"
        && ctx.tokens.get(o.last + 1).is_some_and(|t| {
            let c: Vec<char> = t.key.chars().collect();
            t.kind == TokenKind::Word
                && !t.text.starts_with("ال")
                && c.len() >= 6
                && t.key.ends_with("ين")
                && !t.key.ends_with("يين")
                && !(c.len() == 6 && c[2] == 'ا' && c[4] == 'ي')
                && !numbers::is_number_word(t)
        })
        && units::lookup(ctx.keys_from(o.last + 1)).is_none()
    {
        return None;
    }
    // `الرئيس الأول لمحكمة الاستئناف`, `النائب الأول لرئيس الوزراء`: «first» in a title,
    // before the body the office heads.
    // (Also `النائب الثاني لرئيس الوزراء`, and `النائب الأول` alone: the deputy's rank.)
    if o.first == o.last
        && o.value <= 3
        && o.first > 0
        && ctx.tokens[o.first - 1]
            .stems()
            .any(|(_, s)| TITLES_WITH_FIRST.contains(&speed35::trim_al(s)))
        && (ctx
            .tokens
            .get(o.last + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.key.starts_with('ل'))
            || ctx.tokens[o.first - 1]
                .stems()
                .any(|(p, s)| matches!(p, "ال" | "وال") && s == "نايب"))
    {
        return None;
    }
    // `بلد التسعين مليونا`: a tens word with the article before a scale word is a cardinal
    // (the country of ninety million).
    if numbers::is_number_word(&ctx.tokens[o.first])
        && o.value >= 20
        && let Some(scale) = ctx.tokens.get(o.last + 1).and_then(numbers::scale_value)
    {
        let mut r = Recognized::exact(
            ctx.index,
            o.start,
            ctx.tokens[o.last + 1].end,
            Kind::Number,
            Value::Number(f64::from(o.value) * scale),
        );
        r.subject = ctx.subject(o.first, o.last + 1);
        return Some((r, o.last + 2));
    }
    // A cardinal with the article read as an ordinal form, before an indefinite counted
    // noun, is a cardinal: `الاثنا عشر شهرا` is twelve months. A true ordinal stays one
    // (`أول مشروع`, the first project; `ثالث يوم`, the third day).
    if numbers::is_number_word(&ctx.tokens[o.first])
        && let Some(u) = units::lookup(ctx.keys_from(o.last + 1))
        && !u.definite
        && !u.proclitic
        && u.plurality != units::Plurality::Dual
    {
        let v = f64::from(o.value);
        let last = o.last + u.words;
        let (kind, value) = unit_claim(u.kind, v);
        // `ما يفوق العشرين جريحا`: a qualifier before the definite cardinal bounds it.
        let q = qualifiers::before(ctx.tokens, o.first);
        let start = q.as_ref().map_or(o.start, |q| q.start);
        let mut r = Recognized::exact(ctx.index, start, ctx.tokens[last].end, kind, value);
        if let Some(q) = q {
            let b = |v: f64| match u.kind {
                UnitKind::Time { designator, factor } => {
                    Value::Text(iso_duration(v * f64::from(factor), designator))
                }
                _ => Value::Number(v),
            };
            let (low, high) = qualified_bounds(q.qualifier, v);
            r.low = low.map(b);
            r.high = high.map(b);
            r.qualifier = q.qualifier;
        }
        r.unit = Some(u.concept.to_string());
        r.unit_text = Some(ctx.surface(o.last + 1, last));
        r.subject = ctx.subject(o.first, last);
        return Some((r, last + 1));
    }
    // `قمة العشرين`, `شارع الستين`, `بعد الأربعين`: a tens word with no definite singular
    // head is a name's number or a cardinal, no rank; `تتم الخمسين من عمرها` is an age.
    if tens_without_head(ctx.tokens, &o) {
        let of_age = ctx.tokens.get(o.last + 1).is_some_and(|t| t.key == "من")
            && ctx
                .tokens
                .get(o.last + 2)
                .is_some_and(|t| t.stems().any(|(_, s)| s.starts_with("عمر")));
        return of_age
            .then(|| age_in_years(ctx, &o, qualifiers::before(ctx.tokens, o.first), o.last + 2));
    }
    if !o.cardinal {
        // `السنة الثانية أو الثالثة`, `كثانية أو ثالثة أو رابعة`, `من الأولى إلى الثالثة`:
        // alternatives or a span of ranks, one range.
        if let Some((low, start, high, last)) = ordinal_range(ctx, &o) {
            // (`من الثانية إلى الرابعة عصرا`: hours, no claim.)
            if ctx
                .tokens
                .get(last + 1)
                .is_some_and(|t| PART_OF_DAY_KEYS.contains(t.key.as_str()))
            {
                return None;
            }
            let n = |v: u32| Value::Number(f64::from(v));
            let end = ctx.tokens[last].end;
            let mut r = Recognized::exact(ctx.index, start, end, Kind::Ordinal, n(low));
            r.low = Some(n(low));
            r.high = Some(n(high));
            r.qualifier = Qualifier::Range;
            r.subject = ctx.subject(o.first, last);
            return Some((r, last + 1));
        }
        if another_in_chain(ctx.tokens, &o) {
            return None;
        }
    }
    // `الخمسة والثلاثين` with no noun after it: the number thirty-five.
    let kind = if o.cardinal {
        Kind::Number
    } else {
        Kind::Ordinal
    };
    let mut r = Recognized::exact(
        ctx.index,
        o.start,
        o.end,
        kind,
        Value::Number(f64::from(o.value)),
    );
    r.subject = ctx.subject(o.first, o.last);
    Some((r, o.last + 1))
}

/// Whether `o` is a tens word with the article (`العشرين`) that no definite singular noun
/// heads: an ordinal tens word agrees with one (`القرن العشرين`, `الذكرى الخمسين`, `دورته
/// الثلاثين`, `عند الدقيقة (الثلاثين)`). After an indefinite construct head it is a name's
/// number (`قمة العشرين`, `شارع الستين`, `لجنة الخمسين`), after a sound feminine plural a
/// count (`المنظمات العشرين`), after a verb or a preposition a cardinal or an age
/// (`تجاوزت الخمسين`, `في الثلاثين`). Joined by `و`, it goes with the word before
/// (`القرنين التاسع عشر والعشرين` stays; `شارع الأربعين والستين` does not).
fn tens_without_head(tokens: &[Token<'_>], o: &ordinals::Ordinal) -> bool {
    let t = &tokens[o.first];
    if o.first != o.last || o.cardinal || o.value < 20 || o.value % 10 != 0 {
        return false;
    }
    // (A tens word alone, a title's or a list's, is read as the ordinal it spells.)
    let Some(mut h) = o.first.checked_sub(1) else {
        return false;
    };
    let tens = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && t.stems().any(|(p, _)| p.ends_with("ال"))
            && ordinals::parse_at(std::slice::from_ref(t), 0)
                .is_some_and(|m| m.value >= 20 && m.value % 10 == 0)
    };
    // (`والعشرين`, `و العشرين`: the word before the `و`.)
    let joined = t.key.starts_with("وال") || tokens[h].key == "و";
    if tokens[h].key == "و" {
        let Some(k) = h.checked_sub(1) else {
            return true;
        };
        h = k;
    }
    if joined {
        if matches!(tokens[h].key.as_str(), "عشر" | "عشره")
            || !tens(&tokens[h]) && ordinals::may_be_ordinal(&tokens[h])
        {
            return false;
        }
        if !tens(&tokens[h]) {
            return true;
        }
        // (The tens word before: its own head decides.)
        let Some(k) = h.checked_sub(1) else {
            return true;
        };
        h = k;
    }
    // (`المادة (العشرين)`, `العدد «الثلاثون»`: a bracket or a quote between.)
    if matches!(tokens[h].kind, TokenKind::Punct('(' | '«' | '"' | '“')) {
        let Some(k) = h.checked_sub(1) else {
            return true;
        };
        h = k;
    }
    let head = &tokens[h];
    if head.kind != TokenKind::Word {
        return true;
    }
    let definite = head
        .stems()
        .any(|(p, s)| (p.ends_with("ال") || p.ends_with("لل")) && !s.ends_with("ات"));
    // (`دورته`, `عامه`, `ميلادها`, `جدك` …: a pronoun suffix makes it definite; `ة` is no
    // suffix: `قمة`.)
    let suffixed = ["ه", "ها", "هم", "هما", "نا", "ك"]
        .iter()
        .any(|e| head.text.ends_with(e))
        && head.text.chars().count() > 3;
    // (`يوم الثلاثين من شهر شوال`: a day of the month.)
    let day = head.stems().any(|(_, s)| s == "يوم");
    !(definite || suffixed || day)
}

/// Whether `ثانية` at `i` is the second of time in a rate: `1500 مرة في الثانية الواحدة`,
/// `عشرة غيغابايت في الثانية`, `72 كيلومتر في الثانية`, `كل ثانية`. Not `في الثانية عشرة`
/// (a clock, two words), `في الثانية من عمره`, `خسر في الثانية` (the second match).
fn second_of_time(tokens: &[Token<'_>], i: usize) -> bool {
    let key = tokens[i].key.as_str();
    let prev = i.checked_sub(1).map(|k| tokens[k].key.as_str());
    // `كل ثانية`, `لكل ثانية`: every second.
    if key == "ثانيه" && matches!(prev, Some("كل" | "لكل" | "بكل")) {
        return true;
    }
    // `في الثانية`, `بالثانية`.
    let glued = key == "بالثانيه";
    if !(glued || key == "الثانيه" && matches!(prev, Some("في" | "كل" | "لكل"))) {
        return false;
    }
    // `في الثانية الواحدة`, `بالثانية الواحدة`.
    if tokens
        .get(i + 1)
        .is_some_and(|n| n.key.starts_with("الواحد"))
    {
        return true;
    }
    // A rate word, indefinite, in the four words before `في`/`بال`: `مرة`, `عملية`, a unit
    // of data or of distance (`للمرة الأولى … وفي الثانية` is a rank).
    let at = if glued { i } else { i - 1 };
    (at.saturating_sub(4)..at).any(|k| {
        let key = tokens[k].key.as_str();
        key.contains("بايت")
            || matches!(
                key,
                "مره"
                    | "مرات"
                    | "عمليه"
                    | "عمليات"
                    | "كيلومتر"
                    | "كيلومترات"
                    | "كيلومترا"
                    | "متر"
                    | "مترا"
                    | "امتار"
                    | "كم"
                    | "ميل"
                    | "اميال"
                    | "لتر"
                    | "لترات"
                    | "اطار"
                    | "اطارات"
                    | "نبضه"
                    | "نبضات"
            )
    })
}

/// Ranks given as alternatives (`الثانية أو الثالثة`, `كثانية أو ثالثة أو رابعة`, where
/// the bare `ثانية` is not read alone) or as a span after `من` (`من الأولى إلى الثالثة`, not
/// after a word of change: `تراجع من الأول إلى الثالث` is a move): (low, start byte, high,
/// last token), the ranks rising.
fn ordinal_range(ctx: &Ctx<'_, '_>, o: &ordinals::Ordinal) -> Option<(u32, usize, u32, usize)> {
    let tokens = ctx.tokens;
    let (mut low, mut start) = (o.value, o.start);
    // `كثانية أو ثالثة`: the bare `ثانية` before `أو`.
    if o.value == 3
        && o.first >= 2
        && tokens[o.first - 1].key == "او"
        && let Some((p, _)) = tokens[o.first - 2]
            .stems()
            .find(|(p, s)| *s == "ثانيه" && matches!(*p, "" | "و" | "ك" | "ب" | "ل"))
    {
        low = 2;
        start = tokens[o.first - 2].offset_after_key_chars(p.chars().count());
    }
    let from = o.first >= 1
        && (tokens[o.first - 1].key == "من"
            || o.first >= 2
                && tokens[o.first - 1].key.starts_with("ال")
                && tokens[o.first - 2].key == "من")
        && !change_before(tokens, o.first)
        // (`نزل من الترتيب الثاني إلى الخامس`, `صعود نيشيكوري من المركز الرابع`: a move.)
        && !(o.first.saturating_sub(12)..o.first).any(|k| {
            tokens[k]
                .stems()
                .any(|(_, s)| matches!(s, "نزل" | "صعود" | "هبوط" | "تقدم" | "صعد"))
        });
    let (mut high, mut last) = (o.value, o.last);
    while let Some(conj) = tokens.get(last + 1) {
        let alternative = conj.key == "او";
        let span = from && high == o.value && matches!(conj.key.as_str(), "الي" | "حتي" | "لغايه");
        if !alternative && !span {
            break;
        }
        let Some(m) = ordinals::parse_at(tokens, last + 2) else {
            break;
        };
        // (`من الأول إلى الخامس من أغسطس`: days of a date.)
        if m.cardinal || m.value <= high || tokens.get(m.last + 1).is_some_and(|t| t.key == "من")
        {
            break;
        }
        (high, last) = (m.value, m.last);
        if span {
            break;
        }
    }
    (high > low).then_some((low, start, high, last))
}

/// An indefinite feminine ordinal joined by `و`, `أو` or `ولا` in a chain after «another»
/// or a bare `ثانية` a few words before (`وأخرى إلى يوسف، وثالثة إلى سويرد ورابعة`, `موجات
/// ثانية وثالثة ورابعة`): «a third one», no rank.
fn another_in_chain(tokens: &[Token<'_>], o: &ordinals::Ordinal) -> bool {
    let i = o.first;
    let t = &tokens[i];
    let indefinite_feminine = |t: &Token<'_>, stems: &dyn Fn(&str) -> bool| {
        t.stems()
            .any(|(p, s)| matches!(p, "" | "و" | "ف") && s.ends_with('ه') && stems(s))
    };
    let joined =
        t.key.starts_with('و') || i > 0 && matches!(tokens[i - 1].key.as_str(), "او" | "ولا");
    o.first == o.last
        && (3..=10).contains(&o.value)
        && !t.key.trim_start_matches('و').starts_with("ال")
        && t.key.ends_with('ه')
        && joined
        && (i.saturating_sub(15)..i).any(|k| {
            tokens[k]
                .stems()
                .any(|(p, s)| matches!(p, "" | "و" | "ف") && s == "اخري")
                || indefinite_feminine(&tokens[k], &|s| {
                    matches!(
                        s,
                        "ثانيه"
                            | "ثالثه"
                            | "رابعه"
                            | "خامسه"
                            | "سادسه"
                            | "سابعه"
                            | "ثامنه"
                            | "تاسعه"
                            | "عاشره"
                    )
                })
        })
}

/// No qualifier before token `i`: `أكثر من 11 مليار ريال إلى 162.6 مليار ريال` is «more
/// than» and a change, not a range from `من`.
fn qualifier_free(tokens: &[Token<'_>], i: usize) -> bool {
    qualifiers::before(tokens, i).is_none()
}

/// A word of change (`ارتفع`, `انخفاض`, `زيادة`, `نمت`), by its key: after it `من … إلى` is
/// where a quantity went from and to, not a range.
fn change_word(t: &Token<'_>) -> bool {
    const CHANGE: [&str; 25] = [
        "رتفع",
        "نخفض",
        "تراجع",
        "زاد",
        "زداد",
        "زياده",
        "تزايد",
        "تناقص",
        "هبط",
        "هبوط",
        "قفز",
        "صعد",
        "صعود",
        "نمو",
        "تقلص",
        "انكمش",
        "رفع",
        "خفض",
        "تحول",
        "انتقل",
        "تغير",
        "ضاعف",
        "قلص",
        // `تمديد`, `مددت` (ar119).
        "مدد",
        "تمديد",
    ];
    // Words that hold a root above and mean no change (`نموذج` holds `نمو`, `صعدة` `صعد`,
    // `المزاد` `زاد`).
    const NOT_CHANGE: &[&str] = &["نموذج", "صعده", "مزاد", "المدد"];
    const CHANGE_SETS: [u64; 25] = byte_sets(CHANGE);
    let key = t.key.as_str();
    // A word holds a root only if it holds each of the root's bytes: compare the sets of
    // bytes (by their low six bits) before searching.
    let bytes = byte_set(key);
    t.kind == TokenKind::Word
        && (CHANGE
            .iter()
            .zip(CHANGE_SETS)
            .any(|(c, set)| set & !bytes == 0 && key.contains(c))
            // `نما`, `ونمت في تايلاند من 30% إلى 47%`: the past of «grow», whole words
            // (`الدنمارك` holds `نما`).
            || matches!(key, "نما" | "ونما" | "فنما" | "نمت" | "ونمت" | "فنمت"))
        && !NOT_CHANGE.iter().any(|n| key.contains(n))
}

/// The low six bits of each byte of `s`, as bits of a set: a string holds another only if
/// its set holds the other's.
const fn byte_set(s: &str) -> u64 {
    let b = s.as_bytes();
    let (mut set, mut k) = (0, 0);
    while k < b.len() {
        set |= 1 << (b[k] & 0x3F);
        k += 1;
    }
    set
}

/// [`byte_set`] of each of `words`.
const fn byte_sets<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut sets = [0; N];
    let mut k = 0;
    while k < N {
        sets[k] = byte_set(words[k]);
        k += 1;
    }
    sets
}

/// Words of change in the twelve words before token `i`.
fn change_before(tokens: &[Token<'_>], i: usize) -> bool {
    (i.saturating_sub(12)..i).any(|k| change_word(&tokens[k]))
}

/// Whether a word of change governs the `من` at token `f` whose high end is `m`
/// (`ارتفعت قيمة موجودات المصارف من 2.7 إلى 3.1 تريليون دولار`, `رفعت الحكومة نسبته من
/// خمسة إلى عشرين بالمئة`): the word within eight words before it, in the same clause (no
/// punctuation between, no `يتراوح`/`تمتد` that makes a span of what follows). Not after
/// `بنسبة`, `بمقدار`, `قدرها`: `تراجعت الأسعار بنسبة من 20 إلى 30%` is a range of the
/// change itself. Not a height: `وارتفاع الموج من 1 إلى 2 متر`, `على ارتفاع من 125 إلى
/// 150 قدما` (`ارتفاع` is height as well as rise, and a height is in a length).
fn change_governs(ctx: &Ctx<'_, '_>, f: usize, m: &Num) -> bool {
    let tokens = ctx.tokens;
    const AMOUNT: &[&str] = &["بنسبه", "بمقدار", "قدرها", "قدره", "بواقع", "بحدود", "بين"];
    const SPAN: &[&str] = &[
        "تراوح",
        "يتراوح",
        "تتراوح",
        "يمتد",
        "تمتد",
        "الممتد",
        "الممتده",
    ];
    if f == 0 || AMOUNT.contains(&tokens[f - 1].key.as_str()) {
        return false;
    }
    let length = units::lookup(ctx.keys_from(m.last + 1)).is_some_and(|u| {
        matches!(
            u.concept,
            "meter" | "foot" | "kilometer" | "centimeter" | "mile"
        )
    });
    for k in (f.saturating_sub(8)..f).rev() {
        let t = &tokens[k];
        if matches!(t.kind, TokenKind::Punct(c) if c != '%') || SPAN.contains(&t.key.as_str()) {
            return false;
        }
        if change_word(t) {
            return !(length && t.key.contains("رتفاع"));
        }
    }
    false
}

/// Whether two keys of unknown nouns are one noun, in the plural or the singular
/// (`ذرات`/`ذره`): the same stem once a plural or feminine ending is dropped.
fn same_noun(a: &str, b: &str) -> bool {
    fn stem(k: &str) -> &str {
        ["ات", "ين", "ون", "ان", "ه", "ا"]
            .iter()
            .find_map(|e| k.strip_suffix(e))
            .unwrap_or(k)
    }
    let (sa, sb) = (stem(a), stem(b));
    sa.chars().count() >= 2 && sa == sb
}

/// An age given as a decade of life: `في العشرينات من عمره` (in his twenties) is 20 to 29
/// years, a range of durations. Only with `من عمره`/`من العمر` after it: `في التسعينات`
/// alone is a decade of the calendar.
fn age_decade(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    const DECADES: &[(&str, u32)] = &[
        ("العشرينات", 20),
        ("الثلاثينات", 30),
        ("الاربعينات", 40),
        ("الخمسينات", 50),
        ("الستينات", 60),
        ("السبعينات", 70),
        ("الثمانينات", 80),
        ("التسعينات", 90),
    ];
    let tokens = ctx.tokens;
    let t = &tokens[i];
    if t.kind != TokenKind::Word || !t.key.ends_with("ينات") {
        return None;
    }
    let (prefix, low) = DECADES
        .iter()
        .find_map(|&(d, v)| t.key.strip_suffix(d).map(|p| (p, v)))?;
    if !matches!(prefix, "" | "و" | "ب" | "ف") {
        return None;
    }
    let of_age = tokens.get(i + 1).is_some_and(|t| t.key == "من")
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.stems().any(|(_, s)| s.starts_with("عمر")));
    if !of_age {
        return None;
    }
    let last = i + 2;
    let y = |v: u32| Value::Text(iso_duration(f64::from(v), 'Y'));
    let start = t.offset_after_key_chars(prefix.chars().count());
    let mut r = Recognized::exact(ctx.index, start, tokens[last].end, Kind::Duration, y(low));
    r.low = Some(y(low));
    r.high = Some(y(low + 9));
    r.qualifier = Qualifier::Range;
    r.unit = Some("year".to_string());
    let last = ar116::open_decade(tokens, last, &mut r);
    r.subject = ctx.subject(i, last);
    Some((r, last + 1))
}

/// People whose age an ordinal after `في` gives: `طفل في الثانية عشرة`.
const AGE_PERSONS: &[&str] = &[
    "طفل",
    "طفلة",
    "فتاة",
    "فتى",
    "شاب",
    "شابة",
    "صبي",
    "صبية",
    "رجل",
    "امرأة",
    "سيدة",
    "مراهق",
    "مراهقة",
    "ابن",
    "ابنة",
    "ابنه",
    "ابنته",
    "ابنها",
    "ابنتها",
    "طالب",
    "طالبة",
    "غلام",
    "طفلا",
    "شابا",
    "هو",
    "هي",
];
static AGE_PERSON_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(AGE_PERSONS));

/// Verbs and nouns of reaching an age before an ordinal: `بلغ الأربعين من عمره`, `البالغ
/// السابعة والعشرين من العمر`, `يناهز الخامسة والستين عاما`.
const AGE_REACH: &[&str] = &[
    "بلغ",
    "وبلغ",
    "يبلغ",
    "سيبلغ",
    "تبلغ",
    "ستبلغ",
    "بلغت",
    "وبلغت",
    "البالغ",
    "البالغة",
    "بلوغ",
    "بلوغه",
    "بلوغها",
    "ناهز",
    "يناهز",
    "تناهز",
    "ناهزت",
];
static AGE_REACH_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(AGE_REACH));

/// The parts of the day after an hour: `الثالثة عصرا`, `التاسعة من مساء أمس`.
/// Parts of the day as adverbs after an hour (`10 صباحا`, `الـ 12 ظهرا`).
const PARTS_OF_DAY_ADVERBS: &[&str] = &["ظهرا", "صباحا", "مساء", "مساءا", "ليلا", "فجرا", "عصرا"];
const PARTS_OF_DAY: &[&str] = &["ظهر", "صباح", "ليل", "فجر", "عصر"];
static PART_OF_DAY_ADVERB_KEYS: LazyLock<super::KeySet> =
    LazyLock::new(|| key_set(PARTS_OF_DAY_ADVERBS));
/// A part of the day said as an adverb at `j` (`ظهرا`, `مساءً`) after an hour: not `مساء`
/// in construct with a day (`79 مساء الأربعاء`, `مساء أمس`), which follows an age or a
/// count as well.
fn clock_adverb_at(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| {
        PART_OF_DAY_ADVERB_KEYS.contains(t.key.as_str())
            && !(t.key.starts_with("مسا")
                && tokens.get(j + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && (n.key.starts_with("ال")
                            || matches!(n.key.as_str(), "امس" | "يوم" | "غد" | "اول"))
                }))
    })
}

/// [`PARTS_OF_DAY_ADVERBS`] and the bare nouns of [`PARTS_OF_DAY`].
static PART_OF_DAY_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| {
    let (a, b) = (key_set(PARTS_OF_DAY_ADVERBS), key_set(PARTS_OF_DAY));
    a.iter().chain(b.iter()).cloned().collect()
});

/// Times of day after an ordinal besides [`PART_OF_DAY_KEYS`]: `في الثانية عشرة بتوقيت مكة`,
/// `والنصف`, `إلا ربعا` — a clock time, not an age.
const DAY_TIMES: &[&str] = &["بعد", "والنصف", "والربع", "الا", "بتوقيت", "من"];
static DAY_TIME_KEYS: LazyLock<super::KeySet> = LazyLock::new(|| key_set(DAY_TIMES));

/// An age given by an ordinal after `في`: `طفل في الثانية عشرة`, `فتاة في السادسة عشرة من
/// عمرها` (twelve, sixteen years old). The claim is a duration in years, as `عمره 12 سنة`.
/// A clock time (`في الثانية عشرة ظهرا`) is left to the ordinal reading. An ordinal after
/// the noun «age» is one too, bounded by the word before (`دون سن الخامسة`, `تقل أعمارهم عن
/// الرابعة عشرة`, negated `ألا تقل …` at least): see `age_after_noun`.
fn age(ctx: &Ctx<'_, '_>, o: &ordinals::Ordinal) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let fi = o.first.checked_sub(1)?;
    if !(1..100).contains(&o.value) {
        return None;
    }
    // `من عمره`, `من عمرها`, `من العمر` after it.
    let of_age = tokens.get(o.last + 1).is_some_and(|t| t.key == "من")
        && tokens
            .get(o.last + 2)
            .is_some_and(|t| t.stems().any(|(_, s)| s.starts_with("عمر")));
    if let Some(found) = age_after_noun(ctx, o, fi, of_age) {
        return Some(found);
    }
    // ar62: `الأطفال دون الخامسة`, `لمن هم دون الثامنة عشرة`: below an age.
    if quals2::below_age(tokens, fi, o.first, o.value) {
        let years = tokens.get(o.last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && matches!(t.key.as_str(), "عاما" | "عام" | "سنه" | "سنوات" | "اعوام")
        });
        let last = if of_age {
            o.last + 2
        } else {
            o.last + usize::from(years)
        };
        let q = qualifiers::before(tokens, o.first).or(Some(qualifiers::Found {
            qualifier: Qualifier::LessThan,
            first: fi,
            last: fi,
            start: tokens[fi].offset_after_key_chars(usize::from(tokens[fi].key.starts_with('و'))),
            end: tokens[fi].end,
        }));
        return Some(age_in_years(ctx, o, q, last));
    }
    // `بلغ الأربعين من عمره`, `سيبلغ السبعين من العمر`, `عن عمر يناهز الخامسة والستين
    // عاما`, `ابن السابعة والثلاثين`: the age reached, or the son of an age (feminine, of
    // `سنة`, or a tens word; `ليبلغ ثالث نصف نهائي`, `الابن الثاني` stay ordinals).
    let definite = tokens[o.first]
        .key
        .trim_start_matches('و')
        .starts_with("ال");
    let age_form = tokens[o.first].key.ends_with('ه') || o.value >= 20 && o.value % 10 == 0;
    let years = tokens.get(o.last + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && matches!(t.key.as_str(), "عاما" | "عام" | "سنه" | "سنوات" | "اعوام")
    });
    // (A tens word alone after `تبلغ` may be a count: `تبلغ الخمسين درجة`.)
    let reached = AGE_REACH_KEYS.contains(tokens[fi].key.as_str())
        && definite
        && (of_age || years || tokens[o.first].key.ends_with('ه'));
    let son =
        matches!(tokens[fi].key.as_str(), "ابن" | "بنت" | "وابن" | "وبنت") && definite && age_form;
    if reached || son {
        let last = if of_age {
            o.last + 2
        } else {
            o.last + usize::from(years)
        };
        return Some(age_in_years(
            ctx,
            o,
            qualifiers::before(tokens, o.first),
            last,
        ));
    }
    // `لا يتجاوز العشرين من عمره`, `تجاوز الستين من العمر`: a qualifier bounds the age.
    if tokens[fi].key != "في" {
        let q = qualifiers::before(tokens, o.first).filter(|_| of_age)?;
        return Some(age_in_years(ctx, o, Some(q), o.last + 2));
    }
    let person = fi > 0
        && (fi.saturating_sub(2)..fi).any(|k| {
            tokens[k].kind == TokenKind::Word
                && tokens[k].stems().any(|(_, s)| AGE_PERSON_KEYS.contains(s))
        });
    // Ages are told in the feminine (of `سنة`): `الثانية عشرة`, `الخامسة`.
    let feminine = tokens[o.first].key.ends_with('ه');
    // (`من` only before a time of day, `الثانية عشرة من ظهر`: `فتاة في الثانية عشرة من
    // المياه` is an age, ar128.)
    let clock = tokens.get(o.last + 1).is_some_and(|t| {
        PART_OF_DAY_KEYS.contains(t.key.as_str())
            || DAY_TIME_KEYS.contains(t.key.as_str())
                && (t.key != "من"
                    || tokens.get(o.last + 2).is_some_and(|n| {
                        n.stems().any(|(_, s)| {
                            PART_OF_DAY_KEYS.contains(s)
                                || matches!(s, "مساء" | "ليله" | "سحر" | "ظهيره" | "امس")
                        })
                    }))
    });
    if !(of_age || person && feminine && !clock) {
        return None;
    }
    let last = if of_age { o.last + 2 } else { o.last };
    let v = f64::from(o.value);
    let mut r = Recognized::exact(
        ctx.index,
        o.start,
        tokens[last].end,
        Kind::Duration,
        Value::Text(iso_duration(v, 'Y')),
    );
    r.unit = Some("year".to_string());
    r.subject = ctx.subject(o.first, last);
    Some((r, last + 1))
}

/// The age of the ordinal `o` in years, through token `last`, bounded by the qualifier `q`
/// before it (whose start the claim then takes), and the token after it.
fn age_in_years(
    ctx: &Ctx<'_, '_>,
    o: &ordinals::Ordinal,
    q: Option<qualifiers::Found>,
    last: usize,
) -> (Recognized, usize) {
    let v = f64::from(o.value);
    let y = |v: f64| Value::Text(iso_duration(v, 'Y'));
    let start = q.as_ref().map_or(o.start, |q| q.start);
    let mut r = Recognized::exact(ctx.index, start, ctx.tokens[last].end, Kind::Duration, y(v));
    if let Some(q) = q {
        let (low, high) = qualified_bounds(q.qualifier, v);
        r.low = low.map(y);
        r.high = high.map(y);
        r.qualifier = q.qualifier;
    }
    r.unit = Some("year".to_string());
    r.subject = ctx.subject(o.first, last);
    (r, last + 1)
}

/// An ordinal after the noun «age» is an age in years: `الأطفال دون سن الخامسة` (under five),
/// `في سن الثالثة والعشرين`, `لم يتجاوزوا سن الثالثة عشرة`, `في عمر السادسة`, and after
/// «their ages are less than» (`تقل أعمارهم عن الرابعة عشرة`; negated, `ألا تقل`, at least).
/// `fi` is the token before the ordinal. (`عمر` is a name as well, `الملا عمر`: only after `في`, or with `ب`/`ل`.)
fn age_after_noun(
    ctx: &Ctx<'_, '_>,
    o: &ordinals::Ordinal,
    fi: usize,
    of_age: bool,
) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let key = tokens[fi].key.as_str();
    let age_noun = matches!(key, "سن" | "لسن" | "بسن" | "وسن" | "فسن" | "بعمر" | "لعمر")
        || key == "عمر" && fi > 0 && tokens[fi - 1].key == "في";
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    let (qualifier, start) = if age_noun {
        // `قبل سن`, `قبل بلوغها سن`, `بعد سن`: before or after an age.
        let mut k = fi;
        if k > 0 && word(k - 1).is_some_and(|t| t.stems().any(|(_, s)| s.starts_with("بلوغ"))) {
            k -= 1;
        }
        let side = k
            .checked_sub(1)
            .and_then(word)
            .and_then(|t| match t.key.as_str() {
                "قبل" | "تحت" => Some(Qualifier::LessThan),
                "بعد" => Some(Qualifier::MoreThan),
                _ => None,
            });
        if let Some(q) = side {
            (q, tokens[k - 1].start)
        } else if let Some(q) = qualifiers::before(tokens, fi) {
            (q.qualifier, q.start)
        } else {
            (Qualifier::Exact, tokens[fi].start)
        }
    } else {
        // `تقل أعمارهم عن`, `يزيد عمره على`.
        let about = matches!(key, "عن" | "علي")
            && fi >= 2
            && word(fi - 1).is_some_and(|t| {
                t.stems()
                    .any(|(_, s)| s.starts_with("اعمار") || s.starts_with("عمر"))
            });
        // (`ألا تقل أعمارهم عن الثامنة عشرة`: negated, the bound turns round — at least 18.)
        let negated = fi >= 3
            && word(fi - 3)
                .is_some_and(|t| matches!(t.key.as_str(), "لا" | "الا" | "ولا" | "والا" | "لم" | "لن"));
        let q = match (
            about,
            negated,
            word(fi.wrapping_sub(2)).map(|t| t.key.as_str()),
        ) {
            (true, false, Some("تقل" | "يقل")) => Qualifier::LessThan,
            (true, false, Some("تزيد" | "يزيد")) => Qualifier::MoreThan,
            (true, true, Some("تقل" | "يقل")) => Qualifier::AtLeast,
            (true, true, Some("تزيد" | "يزيد")) => Qualifier::AtMost,
            _ => return None,
        };
        (q, tokens[fi - 2 - usize::from(negated)].start)
    };
    // `دون سن الثلاثين عاما`: the word «years» after it is part of the age.
    let years = word(o.last + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "عاما" | "عام" | "سنه" | "سنوات" | "اعوام"));
    let last = if of_age {
        o.last + 2
    } else {
        o.last + usize::from(years)
    };
    let v = f64::from(o.value);
    let y = |v: f64| Value::Text(iso_duration(v, 'Y'));
    let mut r = Recognized::exact(ctx.index, start, tokens[last].end, Kind::Duration, y(v));
    if qualifier != Qualifier::Exact {
        let (low, high) = qualified_bounds(qualifier, v);
        r.low = low.map(y);
        r.high = high.map(y);
        r.qualifier = qualifier;
    }
    r.unit = Some("year".to_string());
    r.subject = ctx.subject(o.first, last);
    Some((r, last + 1))
}

/// A dual noun standing alone counts two: `دولتين`, `شهرين`.
/// `أعضاء الجهازين الإداري والفني`, `المنتخبين الأول والأولمبي`, `الفريقين الأول والثاني`:
/// a definite dual followed by two definite adjectives joined by `و` names two known
/// things, one each; no count and no ordinals. The token after the second adjective.
fn dual_pair(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if tokens[i].kind != TokenKind::Word || !dual_ending(&tokens[i].key) {
        return None;
    }
    if !speed35::pair_follows(tokens, i + 1) {
        return None;
    }
    // (`المنتخبين` is no unit of its own: any definite word in ين of some length.)
    let key = tokens[i].key.as_str();
    let unit_dual =
        units::lookup(&[key]).is_some_and(|u| u.plurality == units::Plurality::Dual && u.definite);
    let dual =
        unit_dual || key.starts_with("ال") && key.ends_with("ين") && key.chars().count() >= 7;
    // `في المركزين الثاني والثالث`, `المرتبتين الرابعة والخامسة`: ranks held stay ordinals.
    let stem = speed35::trim_al(key.trim_start_matches(['و', 'ف', 'ب', 'ل']));
    if !dual
        || ["مركز", "مرتبت", "منزلت"]
            .iter()
            .any(|r| stem.starts_with(r))
    {
        return None;
    }
    let adjective = |k: usize, stem: &str| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.number().is_none()
                && units::lookup(&[t.key.as_str()]).is_none()
        }) && dates::weekday_at(tokens, k).is_none()
            && stem.starts_with("ال")
            && stem.chars().count() >= 4
    };
    let a = i + 1;
    if !adjective(a, &tokens.get(a)?.key) {
        return None;
    }
    let (b, stem) = match tokens.get(a + 1) {
        Some(t) if t.kind == TokenKind::Word && t.key == "و" => {
            (a + 2, tokens.get(a + 2)?.key.as_str())
        }
        Some(t) if t.kind == TokenKind::Word && t.key.starts_with("وال") => {
            (a + 1, t.key.strip_prefix('و')?)
        }
        _ => return None,
    };
    // (Another noun with two ordinals is a ranking: `المشغلين الثاني والثالث`.)
    let ranked = ordinals::parse_at(tokens, a).is_some() && ordinals::parse_at(tokens, b).is_some();
    (adjective(b, stem) && (unit_dual || !ranked)).then_some(b + 1)
}

fn dual_noun(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    // Only a word with a dual ending can be a dual noun; most words are not looked up.
    if tokens[i].kind != TokenKind::Word || !dual_ending(&tokens[i].key) {
        return None;
    }
    let u = units::lookup(ctx.keys_from(i))?;
    // `قياديان باكستانيان`, `الحكمان التركيان`: a dual demonym agrees with the dual noun
    // before it (counted already), or names two people by their origin only.
    if u.concept == "person" && (tokens[i].key.ends_with("يان") || tokens[i].key.ends_with("يين"))
    {
        return None;
    }
    if u.plurality != units::Plurality::Dual
        || (u.proclitic && ar79::fa_after_preposition(tokens, i))
    {
        return None;
    }
    // `في الدقيقتين 44 و48`: the dual before numbers names two goals' minutes, it counts
    // nothing itself.
    if tokens[i].key == "الدقيقتين"
        && tokens
            .get(i + u.words)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number { percent: false, .. }))
    {
        return None;
    }
    // `حسين بن فردان`, `نوري أبو سهمين`: a dual-looking word after `بن`, `بنت`, `أبو`,
    // `آل` is a family name.
    if i > 0
        && matches!(
            tokens[i - 1].key.as_str(),
            "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "ال"
        )
        && tokens[i - 1].text != "ال"
    {
        return None;
    }
    // `حل الدولتين`, `بحل الدولتين`: the two-state solution, a fixed term that counts no
    // states.
    if i > 0 && tokens[i].key == "الدولتين" && tokens[i - 1].stems().any(|(_, s)| s == "حل")
    {
        return None;
    }
    let unit_last = i + u.words - 1;
    let mut last = unit_last;
    // `عامين ونصف`: two and a half.
    let mut v = 2.0;
    if let Some(end) = and_a_half(ctx, last + 1, u.concept) {
        v = 2.5;
        last = end;
    }
    // `شهرين أو ثلاثة`, `يومين أو ثلاثة أيام`: two or a few more, a range.
    // `بين كيلوجرامين وثلاثة كيلوجرامات`, `ما بين عامين وخمسة أعوام`, `من مترين إلى ثلاثة
    // أمتار`: after an opener the dual is the low end of a range (a noun after the high
    // end is the dual's own, or none).
    let or = v == 2.0 && tokens.get(last + 1).is_some_and(|t| t.key == "او");
    let open = (v == 2.0 && !or && !tokens[i].key.starts_with("ال"))
        .then(|| qualifiers::range_open(tokens, i))
        .flatten()
        .filter(|o| !matches!(o.0, RangeOpen::FromRank));
    let close = if or {
        Some(last + 2)
    } else {
        open.and_then(|o| qualifiers::range_close(tokens, last + 1, Some(o.0)))
            .filter(|_| tokens[last + 1].kind == TokenKind::Word)
    };
    let mut range_high = None;
    if let Some(j) = close
        && let Some(m) = numbers::parse_at(tokens, j)
        && !m.vague
        && !m.percent
        && (3.0..=if or { 10.0 } else { 1000.0 }).contains(&m.value)
        // (`من شهرين إلى 15 مايو`: a date, not a bound.)
        && dates::extent_at(tokens, j).is_none_or(|l| l <= m.last)
    {
        let noun = units::lookup(ctx.keys_from(m.last + 1));
        let same = noun
            .as_ref()
            .is_some_and(|u2| u2.concept == u.concept && !u2.proclitic);
        // (`بين دولتين و3 منظمات`: two things counted apart.)
        if or || same || noun.is_none() {
            last = m.last
                + if same {
                    noun.as_ref().map_or(0, |u2| u2.words)
                } else {
                    0
                };
            range_high = Some(m.value);
        }
    }
    // `نحو عامين`, `أكثر من شهرين`, `يومين على الأقل`.
    let (mut first, mut start) = (i, tokens[i].start);
    let mut qualifier = Qualifier::Exact;
    if range_high.is_some()
        && let Some((_, f, s)) = open
    {
        (first, start) = (f, s);
    }
    if range_high.is_some() {
        qualifier = Qualifier::Range;
    } else if let Some(q) = qualifiers::before(tokens, i) {
        (first, start, qualifier) = (q.first, q.start, q.qualifier);
    } else if let Some(q) = qualifiers::after(tokens, last + 1) {
        last = q.last;
        qualifier = q.qualifier;
    }
    let (low, high) = match qualifier {
        Qualifier::Range => (Some(v), range_high),
        q => qualified_bounds(q, v),
    };
    let (kind, value_of): (Kind, Box<dyn Fn(f64) -> Value>) = match u.kind {
        UnitKind::Count => (Kind::Count, Box::new(Value::Number)),
        UnitKind::Money => (Kind::Money, Box::new(Value::Number)),
        UnitKind::Time { designator, factor } => (
            Kind::Duration,
            Box::new(move |v| Value::Text(iso_duration(v * f64::from(factor), designator))),
        ),
    };
    let mut r = Recognized::exact(ctx.index, start, tokens[last].end, kind, value_of(v));
    r.low = low.map(&value_of);
    r.high = high.map(&value_of);
    r.qualifier = qualifier;
    r.unit = Some(u.concept.to_string());
    r.unit_text = Some(ctx.surface(i, unit_last));
    r.subject = ctx.subject(first, last);
    Some((r, last + 1))
}

/// An ISO 8601 duration: `P4M`, `P1.5Y`, `PT48H`, its number [`tidy`] (`P27.5Y`, not
/// `P27.500000000000004Y` from `ربع قرن` × 1.1).
pub fn iso_duration(value: f64, designator: char) -> String {
    let value = tidy(value);
    // Written by hand, not with `format!` (speed31).
    let mut out = String::with_capacity(16);
    let d = match designator {
        'h' => 'H',
        'm' => 'M',
        's' => 'S',
        d => d,
    };
    out.push('P');
    if matches!(designator, 'h' | 'm' | 's') {
        out.push('T');
    }
    speed31::push_number(&mut out, value);
    out.push(d);
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod start_tests {
    use super::*;

    #[test]
    fn the_endings_filter_is_on_and_lets_every_start_through() {
        assert!(
            START_ENDINGS.is_some(),
            "a key of STARTS is shorter than two chars or ends outside the Arabic block"
        );
        for k in STARTS.iter() {
            for word in [k.to_string(), format!("و{k}"), format!("بال{k}")] {
                assert!(may_end_a_start(&word), "{word}");
            }
        }
        assert!(!may_end_a_start("قالت"));
        assert!(!may_end_a_start("في"));
        assert!(!may_end_a_start("و"));
        assert!(!may_end_a_start(""));
        assert!(may_end_a_start("xy"));
    }

    /// What [`lex_of`] must answer: each reader's own test over the stems, as it was.
    fn naive_lex(key: &str) -> u8 {
        let has = |bit: u8, s: &str| LEX_KEYS.get(s).is_some_and(|b| b & bit != 0);
        let mut bits = 0;
        for (_, s) in tokens::stems(key) {
            for bit in [lex::START, lex::DATE_START] {
                if has(bit, s) || s.strip_prefix("ال").is_some_and(|r| has(bit, r)) {
                    bits |= bit;
                }
            }
            if has(lex::ORDINAL, s.strip_prefix("ال").unwrap_or(s)) {
                bits |= lex::ORDINAL;
            }
            if has(lex::NUMBER, s) {
                bits |= lex::NUMBER;
            }
        }
        bits
    }

    #[test]
    fn lex_bits_answer_each_readers_test() {
        assert!(LEX_KEYS.len() > 100, "lists look empty: {}", LEX_KEYS.len());
        let mut checked = 0;
        for k in LEX_KEYS.keys() {
            let short: String = k.chars().skip(1).collect();
            for base in [k.to_string(), format!("{k}ه"), short] {
                for p in [
                    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فبال",
                ] {
                    let w = format!("{p}{base}");
                    assert_eq!(lex_of(&w), naive_lex(&w), "{w}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000);
        assert_ne!(lex_of("والخامس") & lex::ORDINAL, 0);
        assert_eq!(lex_of("قالت"), 0);
    }
}
