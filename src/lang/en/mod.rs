//! The English pack: numbers in figures and words with their qualifiers, ranges and counted
//! nouns (mapped to the unit concepts the Arabic pack uses), percents, money, durations,
//! ordinals and dates.
//!
//! Each sentence is tokenized once; then, left to right, the longest reading at each token
//! wins: a date, or a number with its qualifier, range, currency and counted noun, or an
//! ordinal. Spans never overlap and never start or end inside a word.

mod astro;
mod attribution;
mod audit52;
mod bounds;
mod cues;
mod dates;
mod en53;
mod en54;
mod en55;
mod en56;
mod en57;
mod en58;
mod en59;
mod en60;
mod en61;
mod en62;
mod en63;
mod en64;
mod en65;
mod figurative;
mod figures;
mod furniture;
mod hindu;
mod idioms;
mod labels;
mod lunisolar;
mod named_numbers;
mod nouns;
mod nouns2;
mod numbers;
mod qualifiers;
mod subject;
mod today;
mod tokens;
mod units;
mod weekdays;
mod yearctx;
pub use units::plural_word;

use std::sync::LazyLock;

use super::{Document, FastSet, LanguagePack, Recognized};
use crate::lang::ar::{approx_bounds, iso_duration, tidy};
use crate::model::{Kind, Lang, Qualifier, SpeakerKind, Value};
use numbers::Num;
use tokens::{Gap, Token, TokenKind};
use units::UnitKind;

pub struct English;

/// Words ending in a full stop that do not end an English sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Sen",
    "Rep", "Gov", "Pres", "Rev", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp",
    "U.S", "U.S.C", "U.N", "U.K", "E.U", "A.D", "e.g", "i.e", "a.m", "p.m", "approx", "est", "Ft",
    "Mt",
];

impl LanguagePack for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn abbreviations(&self) -> &'static [&'static str] {
        ABBREVIATIONS
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Recognized>) {
        // The text with ASCII letters in lower case, at the same offsets: the lower-case
        // forms of capitalized words are borrowed from it.
        let lowered = doc.text.to_ascii_lowercase();
        // All the tokens of the document in one buffer (a token for every four bytes, as
        // [`tokens::tokenize`] reserves for a sentence), each sentence's a slice of it.
        let mut all: Vec<Token<'_>> = Vec::with_capacity(doc.text.len() / 4 + 1);
        let mut bounds: Vec<usize> = Vec::with_capacity(doc.sentences.len() + 1);
        bounds.push(0);
        for s in &doc.sentences {
            tokens::tokenize_lowered_into(
                &mut all,
                s.text(doc.text),
                s.text(&lowered),
                s.byte_start,
            );
            bounds.push(all.len());
        }
        let tokens: Vec<&[Token<'_>]> = bounds.windows(2).map(|w| &all[w[0]..w[1]]).collect();
        let same_day = dates::written_on_publication_day(&tokens, doc.publication_date);
        let early = weekdays::stamped_early(&tokens, doc.publication_date);
        let late = en64::stamped_late(&tokens, doc.publication_date);
        let first_claim = out.len();
        let anchors: Vec<Option<jiff::civil::Date>> = tokens
            .iter()
            .map(|t| dates::anchor_in(t, doc.publication_date))
            .collect();
        // The year of the story being told (see [`Narrative`]).
        let mut narrative: Option<Narrative> = None;
        // The last heading of a sequence of dated headings (see [`yearctx::heading`]).
        let mut heading: Option<yearctx::Heading> = None;
        let sentences = &tokens;
        for (index, tokens) in tokens.iter().enumerate() {
            let ctx = Ctx::new(doc.text, index, tokens);
            // The latest day named with its weekday in this sentence or the two before.
            let anchor = anchors[index.saturating_sub(2)..=index]
                .iter()
                .rev()
                .find_map(|a| *a);
            let mut i = 0;
            // The token after the last claim of the sentence.
            let mut free = 0;
            let sentence_claims = out.len();
            while i < ctx.tokens.len() {
                // `300 BC` (no claim), `AD 70`, `around 640 AD` (a year).
                if let Some((r, next)) = labels::era(&ctx, i) {
                    out.extend(r);
                    (i, free) = (next, next);
                    continue;
                }
                if !ctx.may_start(i) {
                    i += 1;
                    continue;
                }
                if let Some(next) = idioms::at(ctx.tokens, i).or_else(|| en65::at(ctx.tokens, i)) {
                    i = next;
                    continue;
                }
                // `fiscal 2019`: no calendar year (see [`yearctx::fiscal_year`]).
                if let Some(next) = yearctx::fiscal_year(ctx.tokens, i) {
                    (i, free) = (next, next);
                    continue;
                }
                if let Some((r, next)) = year_range(&ctx, i) {
                    narrative = Narrative::after(narrative, &r, doc.text);
                    out.push(r);
                    (i, free) = (next, next);
                    continue;
                }
                if let Some((mut r, next)) = ctx
                    .date_start(i)
                    .then(|| {
                        let story = narrative.and_then(|n| n.days_at(doc, index));
                        let previous = index.checked_sub(1).map_or(&[][..], |k| sentences[k]);
                        date(
                            &ctx,
                            i,
                            doc.publication_date,
                            (same_day, early, late),
                            anchor,
                            story,
                            previous,
                        )
                    })
                    .flatten()
                {
                    // (A date that names something, `the March 14 coalition`, is no
                    // claim, nor are its figures.)
                    if let Some(r) = &mut r {
                        yearctx::same_sentence(doc.text, ctx.tokens, r, doc.publication_date);
                        yearctx::heading(doc.text, r, &mut heading, doc.publication_date);
                        narrative = Narrative::after(narrative, r, doc.text);
                    }
                    out.extend(r);
                    (i, free) = (next, next);
                } else if let Some(last) = doc
                    .publication_date
                    .is_none()
                    .then(|| ctx.date_start(i).then(|| dates::extent_at(ctx.tokens, i)))
                    .flatten()
                    .flatten()
                {
                    // A date that cannot be resolved (no publication date): its words are
                    // not numbers or ordinals either, nor the last day of its range (`Sept.
                    // 2-3`).
                    i = last + 1;
                } else if !ctx.number_start(i) {
                    i += 1;
                } else if let Some(next) = not_a_claim(&ctx, i) {
                    i = past_figure(ctx.tokens, next);
                } else if let Some((r, next)) =
                    and_a_half(&ctx, i, free).or_else(|| quantity(&ctx, i))
                {
                    if !supposed(ctx.tokens, i) && !ticker_quote(ctx.tokens, i) {
                        if r.kind == Kind::Date {
                            narrative = Narrative::after(narrative, &r, doc.text);
                        }
                        out.push(r);
                    }
                    (i, free) = (next, next);
                } else if let Some((r, next)) = ordinal(&ctx, i) {
                    out.push(r);
                    (i, free) = (next, next);
                } else {
                    i += 1;
                }
            }
            bounds::apply(&ctx, out, sentence_claims);
        }
        let furniture = furniture::spans(doc.text);
        if !furniture.is_empty() {
            let tail: Vec<Recognized> = out.split_off(first_claim);
            out.extend(
                tail.into_iter()
                    .filter(|r| !furniture::inside(&furniture, r.byte_start, r.byte_end)),
            );
        }
        // Who says what: stretches of reported speech with their speakers, in order, read
        // up to the last claim (none for a document without claims).
        if let Some(until) = out[first_claim..].iter().map(|c| c.byte_start).max() {
            let spans: Vec<(usize, usize)> = doc
                .sentences
                .iter()
                .map(|s| (s.byte_start, s.byte_end))
                .collect();
            let reported = attribution::attribute(doc.text, &spans, &tokens, until);
            attribute_claims(&mut out[first_claim..], &reported);
        }
    }
}

/// The latest date of the text, when it names its year or takes it from the story: a day
/// and month without a year (`On August 18, …`) a few sentences after `On July 4, 2009,`
/// or `the 2009 election`, in the same paragraph, is read in that year when it falls
/// near the date (the reference date of a narrative, as temporal taggers keep it), while
/// no date of another year has come between.
#[derive(Clone, Copy)]
struct Narrative {
    /// The first and last day of the date.
    days: (jiff::civil::Date, jiff::civil::Date),
    /// The sentence of the date, and the byte after it.
    sentence: usize,
    end: usize,
}

/// How many sentences after its date a story's year holds, inside its paragraph.
const NARRATIVE_SENTENCES: usize = 8;

/// Words just before a date that make it a life's or an institution's date, or one counted
/// from (`since`), rather than the start of a story.
const ASIDE_WORDS: &[&str] = &[
    "born",
    "died",
    "founded",
    "established",
    "elected",
    "signed",
    "since",
    "anniversary",
];

/// How many bytes before a date [`ASIDE_WORDS`] are looked for.
const ASIDE_BYTES: usize = 60;

/// Whether one of [`ASIDE_WORDS`] (a whole word, any case) is in the few bytes before `at`,
/// inside its paragraph.
fn aside_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(ASIDE_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let before = before.rsplit('\n').next().unwrap_or(before);
    before
        .split(|c: char| !c.is_alphabetic())
        .any(|w| ASIDE_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// `The year is 2017.`, `In 2009, …` opening a sentence: a year alone that sets the time
/// of what follows (not `in 2009` inside a clause, nor `since 2014`), so the bare days
/// after it are read in it.
fn year_opens_story(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    // (`"In 2003, there were 164 centrifuges," Kerry said`: a year in a quotation tells
    // of the speaker's past, not of the story's; a monologue's `The year is …` sets it.)
    let rest = if let Some(b) = before.strip_suffix("The year is ") {
        after.starts_with('.').then_some(b)
    } else {
        before
            .strip_suffix("In ")
            .filter(|_| after.starts_with(',') && !quoted(text, start))
    };
    rest.is_some_and(|b| {
        let b = b.trim_end_matches(' ');
        b.is_empty() || b.ends_with(['.', '\n', '"', '“', '!', '?'])
    })
}

/// Whether `at` is inside a quotation opened earlier in its paragraph: after an odd number
/// of straight quotes, or more opening curly quotes than closing ones.
fn quoted(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let para = before.rsplit('\n').next().unwrap_or(before);
    let (mut straight, mut open) = (0usize, 0isize);
    for c in para.chars() {
        match c {
            '"' => straight += 1,
            '\u{201c}' => open += 1,
            '\u{201d}' => open -= 1,
            _ => {}
        }
    }
    straight % 2 == 1 || open > 0
}

impl Narrative {
    /// The state after the date claim `r`: its days when it names its year, or when it
    /// is in the story's years (a bare day read in them); none after a date of another
    /// year, or a range of years (`the 1950-53 war`).
    fn after(prev: Option<Narrative>, r: &Recognized, text: &str) -> Option<Narrative> {
        let day = |v: &Option<Value>| match v {
            Some(Value::Text(t)) => t.parse::<jiff::civil::Date>().ok(),
            _ => None,
        };
        let Value::Text(v) = &r.value else {
            return None;
        };
        let days = match (day(&r.low), day(&r.high)) {
            (Some(low), Some(high)) => (low, high),
            _ => {
                let d = v.parse::<jiff::civil::Date>().ok()?;
                (d, d)
            }
        };
        if days.0.year() != days.1.year() && days.1.month() != 1 {
            return None;
        }
        let year = days.0.year();
        // A year alone (`in 2009`, `the 2009 election`) dates no story (`since 2014`), but
        // one of the story's keeps it going from there.
        if days.0.month() == 1 && days.0.day() == 1 && days.1.month() == 12 && days.1.day() == 31 {
            if year_opens_story(text, r.byte_start, r.byte_end) {
                return Some(Narrative {
                    days,
                    sentence: r.sentence,
                    end: r.byte_end,
                });
            }
            return prev.filter(|n| n.days.0.year() == year).map(|n| Narrative {
                sentence: r.sentence,
                end: r.byte_end,
                ..n
            });
        }
        let span = &text[r.byte_start..r.byte_end];
        let named = span
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4 && w.parse::<i16>().ok() == Some(year));
        let story = prev.is_some_and(|n| (n.days.0.year()..=n.days.1.year() + 1).contains(&year));
        // A life's or an institution's date (`born on Oct. 1, 1950`, `founded in May 2001`),
        // or one quoted (`"We met on Oct. 3, 2013"`), tells no story the next dates follow.
        if named && !story && (aside_before(text, r.byte_start) || quoted(text, r.byte_start)) {
            return None;
        }
        (named || story).then_some(Narrative {
            days,
            sentence: r.sentence,
            end: r.byte_end,
        })
    }

    /// The story's days for a date in the sentence `index`: in the paragraph of its date,
    /// a few sentences after it, before the publication's year.
    fn days_at(
        self,
        doc: &Document<'_>,
        index: usize,
    ) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        let start = doc.sentences.get(index)?.byte_start.max(self.end);
        let near = index <= self.sentence + NARRATIVE_SENTENCES
            && !doc
                .text
                .get(self.end..start)
                .is_some_and(|s| s.contains('\n'));
        let before = doc
            .publication_date
            .is_some_and(|p| self.days.0.year() < p.year());
        (near && before).then_some(self.days)
    }
}

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
            .find(|r| c.byte_end <= r.end)
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

/// One sentence being read.
struct Ctx<'a, 't> {
    /// The document's text.
    text: &'a str,
    tokens: &'a [Token<'t>],
    /// Index of the sentence in the document.
    index: usize,
    /// For each token, whether a date can start there ([`DATE_START`]) and whether a number
    /// or ordinal can ([`NUMBER_START`]): one allocation for both.
    starts: Vec<u8>,
    /// The subjects of the sentence's claims.
    subjects: subject::Subjects<'a, 't>,
}

/// Words that can start a number or an ordinal, and words that can start a date.
static NUMBER_STARTS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| numbers::start_words().collect());
static DATE_STARTS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| dates::start_words().collect());
/// The word lists that are asked of nearly every word, in one map from a lower-case word to
/// the lists it is in: the tokenizer looks each word up once ([`Token::lex`]), where each
/// reader made a look-up of its own.
pub(crate) mod lex {
    use std::sync::LazyLock;

    use crate::lang::FastMap;

    /// Can start a number or an ordinal ([`super::NUMBER_STARTS`]).
    pub const NUMBER_START: u16 = 1;
    /// Can start a date ([`super::DATE_STARTS`]).
    pub const DATE_START: u16 = 2;
    /// A reporting verb (`said`, `told`).
    pub const VERB: u16 = 4;
    /// A reporting verb or participle (`saying`): kept out of subjects.
    pub const REPORTING: u16 = 8;
    /// A word of a title (`minister`, `spokesman`).
    pub const TITLE: u16 = 16;
    /// A head word of an organization (`ministry`, `army`).
    pub const ORG: u16 = 32;
    /// A function word, reporting verb or time word ([`super::subject::is_stopword`]).
    pub const STOP: u16 = 64;
    /// A number or ordinal word (`sixty`, `million`, `fifth`): [`super::numbers`]' own list.
    pub const NUMBER_WORD: u16 = 128;
    /// A number word of a set phrase (`at one point`): [`super::idioms`].
    pub const IDIOM_NUMBER: u16 = 256;
    /// The first word of a holiday's name (`christmas`, `eid`).
    pub const HOLIDAY: u16 = 512;
    /// A weekday's name or abbreviation, in lower case (`monday`, `thurs`).
    pub const WEEKDAY: u16 = 1024;
    /// The first token of an English form of the gazetteer, in lower case (`syria`, `the`,
    /// `u`): a word without it starts no entity ([`super::tokens::may_start_entity`]).
    pub const ENTITY: u16 = 2048;
    /// A month's name or abbreviation, in lower case (`august`, `sept`).
    pub const MONTH: u16 = 4096;
    /// The first word of a holiday's name that is a name alone (`christmas`, `easter`).
    pub const HOLIDAY_ALONE: u16 = 8192;
    /// The second word of a holiday's name (`year's` of `new year's day`, `ides` of `the
    /// ides of march`): a word [`HOLIDAY`] may start a name before only when one follows.
    pub const HOLIDAY_NEXT: u16 = 16384;
    /// A function word that opens a sentence or a headline and is no part of a name
    /// (`despite`, `considering`, `asked`): [`super::en61::not_name_word`].
    pub const NAME_STOP: u16 = 32768;

    /// The word lists, with a filter that rejects most words not in them before hashing:
    /// one bit for each (first byte, last byte, length) of a word in the map. Words of up
    /// to 16 bytes (nearly all) are kept in an open-addressed table of their bytes as two
    /// integers, compared without a call to `memcmp`; longer ones in `map`.
    struct Lexicon {
        map: FastMap<&'static str, u16>,
        filter: Box<[u64; FILTER_WORDS]>,
        slots: Box<[Slot]>,
        /// `slots.len() - 1` (a power of two less one).
        mask: usize,
        /// Whether a word that starts a date is not in its lower-case form ([`cased_date_start`]).
        cased_date_start: bool,
    }

    /// A word of [`Lexicon::slots`]: its bytes packed by [`packed`], its length (0 for an
    /// empty slot) and its lists.
    #[derive(Clone, Copy, Default)]
    struct Slot {
        key: [u64; 2],
        len: usize,
        bits: u16,
    }

    /// The bytes of a word of up to 16 bytes as two little-endian integers, zero-padded:
    /// read as two loads that overlap (no copy of a variable length, which is a call).
    #[inline]
    fn packed(w: &[u8]) -> Option<[u64; 2]> {
        let n = w.len();
        let u64_at = |i: usize| u64::from_le_bytes(w[i..i + 8].try_into().expect("eight bytes"));
        let u32_at = |i: usize| {
            u64::from(u32::from_le_bytes(
                w[i..i + 4].try_into().expect("four bytes"),
            ))
        };
        Some(match n {
            0 => [0, 0],
            1..=3 => {
                let b = |i: usize| u64::from(w[i]) << (8 * i);
                [b(0) | b(n / 2) | b(n - 1), 0]
            }
            4..=7 => [u32_at(0) | (u32_at(n - 4) << (8 * (n - 4))), 0],
            8 => [u64_at(0), 0],
            9..=16 => [u64_at(0), u64_at(n - 8) >> (8 * (16 - n))],
            _ => return None,
        })
    }

    /// The first slot to probe for a packed word.
    #[inline]
    fn slot_of(key: [u64; 2], len: usize, mask: usize) -> usize {
        let h = (key[0] ^ key[1].rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & mask
    }

    const FILTER_WORDS: usize = 1 << 11;

    /// The filter's bit for `w` (not empty): a multiplicative hash of its first two bytes,
    /// its last byte and its length, in 17 bits. Words that share a bit are told apart by
    /// the map.
    fn filter_bit(w: &[u8]) -> usize {
        let n = w.len();
        let key = u32::from(w[0])
            | u32::from(w.get(1).copied().unwrap_or(0)) << 8
            | u32::from(w[n - 1]) << 16
            | (n.min(255) as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> 15) as usize
    }

    /// Each list with its bit.
    fn lists() -> [(u16, Vec<&'static str>); 16] {
        [
            (NUMBER_START, super::NUMBER_STARTS.iter().copied().collect()),
            (DATE_START, super::DATE_STARTS.iter().copied().collect()),
            (VERB, super::attribution::verb_words()),
            (REPORTING, super::attribution::reporting_words()),
            (TITLE, super::attribution::title_words()),
            (ORG, super::attribution::org_words()),
            (STOP, super::subject::stop_words()),
            (NUMBER_WORD, super::numbers::number_words()),
            (IDIOM_NUMBER, super::idioms::number_words()),
            (HOLIDAY, super::dates::holiday_first_words()),
            (WEEKDAY, super::dates::weekday_words()),
            (ENTITY, crate::lang::entities::en_first_tokens()),
            (MONTH, super::dates::gate::month_words()),
            (HOLIDAY_ALONE, super::dates::gate::holiday_alone_words()),
            (HOLIDAY_NEXT, super::dates::gate::holiday_second_words()),
            (NAME_STOP, super::en61::function_words()),
        ]
    }

    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
        let mut m: FastMap<&'static str, u16> = FastMap::default();
        for (bit, words) in lists() {
            for w in words {
                *m.entry(w).or_default() |= bit;
            }
        }
        let cased_date_start = m
            .iter()
            .any(|(w, bits)| bits & DATE_START != 0 && w.to_lowercase().replace('’', "'") != *w);
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        for w in m.keys().filter(|w| !w.is_empty()) {
            let b = filter_bit(w.as_bytes());
            filter[b >> 6] |= 1 << (b & 63);
        }
        let size = (m.len() * 2).next_power_of_two().max(2);
        let mask = size - 1;
        let mut slots = vec![Slot::default(); size].into_boxed_slice();
        m.retain(|w, bits| {
            let Some(key) = packed(w.as_bytes()).filter(|_| !w.is_empty()) else {
                return true;
            };
            let mut i = slot_of(key, w.len(), mask);
            while slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                key,
                len: w.len(),
                bits: *bits,
            };
            false
        });
        Lexicon {
            map: m,
            filter,
            slots,
            mask,
            cased_date_start,
        }
    });

    /// Whether a word that starts a date is written otherwise than in lower case (with
    /// capitals or a typographic apostrophe): when none is, a word as written that differs
    /// from its lower-case form starts no date, and is not looked up.
    pub fn cased_date_start() -> bool {
        LEXICON.cased_date_start
    }

    /// The lists `w` (in lower case) is in. Always inlined: it runs once per word of the
    /// tokenizer, where a call costs as much as the probe; words over 16 bytes go to the
    /// out-of-line map look-up.
    #[inline(always)]
    pub fn of(w: &str) -> u16 {
        let lex = &*LEXICON;
        if !w.is_empty() {
            let b = filter_bit(w.as_bytes());
            if lex.filter[b >> 6] & 1 << (b & 63) == 0 {
                return 0;
            }
            if let Some(key) = packed(w.as_bytes()) {
                let mut i = slot_of(key, w.len(), lex.mask);
                loop {
                    let s = &lex.slots[i];
                    if s.len == 0 {
                        return 0;
                    }
                    if s.len == w.len() && s.key == key {
                        return s.bits;
                    }
                    i = (i + 1) & lex.mask;
                }
            }
        }
        of_long(lex, w)
    }

    /// [`of`] for the words the packed table does not hold (over 16 bytes, or empty).
    #[inline(never)]
    fn of_long(lex: &Lexicon, w: &str) -> u16 {
        lex.map.get(w).copied().unwrap_or(0)
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::collections::HashMap;

        /// The lists as a plain map: what [`of`] must answer.
        fn naive() -> HashMap<&'static str, u16> {
            let mut m = HashMap::new();
            for (bit, words) in lists() {
                for w in words {
                    *m.entry(w).or_insert(0) |= bit;
                }
            }
            m
        }

        #[test]
        fn every_listed_word_has_all_its_lists() {
            let m = naive();
            assert!(m.len() > 500, "lists look empty: {}", m.len());
            for (w, bits) in &m {
                assert_eq!(of(w), *bits, "{w:?}");
            }
        }

        #[test]
        fn words_off_the_lists_have_none() {
            let m = naive();
            // Near misses of every length: one byte changed at each end and in the
            // middle, one added, one dropped; the packed key and the long-word map must
            // tell them from the listed word.
            let mut probes: Vec<String> = Vec::new();
            for w in m.keys().filter(|w| !w.is_empty() && w.is_ascii()) {
                let b = w.as_bytes();
                for i in [0, b.len() / 2, b.len() - 1] {
                    let mut v = b.to_vec();
                    v[i] = if v[i] == b'q' { b'z' } else { b'q' };
                    probes.push(String::from_utf8(v).expect("ascii"));
                }
                probes.push(format!("{w}s"));
                probes.push(w[..w.len() - 1].to_string());
                probes.push(format!("x{w}"));
            }
            probes.push("a".repeat(17));
            probes.push("counterintelligences".to_string());
            let mut checked = 0;
            for p in probes.iter().filter(|p| !m.contains_key(p.as_str())) {
                assert_eq!(of(p), 0, "{p:?}");
                checked += 1;
            }
            assert!(checked > 1000, "{checked}");
        }
    }
}

/// Bits of [`Ctx::starts`].
const DATE_START: u8 = 1;
const NUMBER_START: u8 = 2;
/// A token that would start a date by its kind or lexicon bit, where [`dates::Gate`] finds
/// none can: a claim may still start there, not a date.
const NO_DATE: u8 = 4;

impl<'a, 't> Ctx<'a, 't> {
    fn new(text: &'a str, index: usize, tokens: &'a [Token<'t>]) -> Ctx<'a, 't> {
        let cased = lex::cased_date_start();
        let mut starts: Vec<u8> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Digits => DATE_START | NUMBER_START,
                TokenKind::Word => {
                    let w = t.lower.as_ref();
                    let number = t.lex & lex::NUMBER_START != 0;
                    // Number words start dates too (`third day of October`, `three weeks
                    // ago`). The word as written is looked up only when it is not the
                    // lower-case form already read. A word in lower case already borrows
                    // its own text as its lower-case form (the same pointer and length):
                    // that is told without comparing the bytes.
                    // A capitalized word differs in its first byte: no call to compare.
                    let same = std::ptr::eq(t.text, w)
                        || (t.text.as_bytes().first() == w.as_bytes().first() && t.text == w);
                    let date = number
                        || t.lex & lex::DATE_START != 0
                        || (!same && cased && lex::of(t.text) & lex::DATE_START != 0);
                    (u8::from(date) * DATE_START) | (u8::from(number) * NUMBER_START)
                }
                // A vulgar fraction: matched as chars, not searched for in a string (a
                // call for each mark).
                TokenKind::Punct(c) => {
                    u8::from(matches!(
                        c,
                        '½' | '⅓'
                            | '⅔'
                            | '¼'
                            | '¾'
                            | '⅕'
                            | '⅖'
                            | '⅗'
                            | '⅘'
                            | '⅙'
                            | '⅚'
                            | '⅛'
                            | '⅜'
                            | '⅝'
                            | '⅞'
                    )) * NUMBER_START
                }
            })
            .collect();
        // A token that starts no date here (`the` before a noun, `in` before no month, a
        // figure with no unit and `ago` after it) keeps a mark of its own: other readers
        // still start there, the date parser is not asked.
        let mut gate = dates::Gate::new(tokens);
        for (k, s) in starts.iter_mut().enumerate() {
            if *s & DATE_START != 0 && gate.cannot_start(k) {
                // A word that starts no number either is left to the set phrases alone,
                // and not even to them without a number word at or after it, or a hyphen
                // beside it ([`idioms::at`]): then nothing starts there.
                let t = &tokens[k];
                let idiom = t.lex & lex::IDIOM_NUMBER != 0
                    || (matches!(t.lower.as_ref(), "a" | "an")
                        && tokens
                            .get(k + 1)
                            .is_some_and(|n| n.lex & lex::IDIOM_NUMBER != 0))
                    || k.checked_sub(1)
                        .and_then(|j| tokens.get(j))
                        .is_some_and(|p| p.is_punct('-'))
                    || tokens.get(k + 1).is_some_and(|n| n.is_punct('-'));
                *s = if *s & NUMBER_START == 0 && t.kind == TokenKind::Word && !idiom {
                    0
                } else {
                    (*s & !DATE_START) | NO_DATE
                };
            }
        }
        unmark_links(tokens, &mut starts);
        Ctx {
            text,
            tokens,
            index,
            starts,
            subjects: subject::Subjects::new(text, tokens, &numbers::is_number_word),
        }
    }

    /// Whether a claim can start at token `i`: a date, a number or an ordinal.
    fn may_start(&self, i: usize) -> bool {
        self.starts[i] != 0
    }

    fn date_start(&self, i: usize) -> bool {
        self.starts[i] & DATE_START != 0
    }

    fn number_start(&self, i: usize) -> bool {
        self.starts[i] & NUMBER_START != 0
    }
}

/// A web address (`http://…`, `https://…`, `www.…`) runs on to the next space: the
/// figures in it (`/2015/11/`, `Screen-Shot-2015-11-17`) are a path, not claims. Nor is a
/// decade written `'90's` (as `'90s` already is not) the number 90.
fn unmark_links(tokens: &[Token<'_>], starts: &mut [u8]) {
    let quote = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| matches!(t.kind, TokenKind::Punct('\'' | '’' | '‘')))
    };
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.kind == TokenKind::Digits
            && t.text.len() == 2
            && t.text.ends_with('0')
            && t.glued
            && k > 0
            && quote(tokens.get(k - 1))
            && tokens.get(k + 1).is_some_and(|n| n.glued)
            && quote(tokens.get(k + 1))
            && tokens.get(k + 2).is_some_and(|n| n.glued && n.text == "s")
        {
            starts[k] = 0;
        }
        let link = t.kind == TokenKind::Word
            && match t.lower.as_ref() {
                "http" | "https" => {
                    tokens
                        .get(k + 1)
                        .is_some_and(|n| n.glued && n.is_punct(':'))
                        && tokens
                            .get(k + 2)
                            .is_some_and(|n| n.glued && n.is_punct('/'))
                }
                "www" => tokens
                    .get(k + 1)
                    .is_some_and(|n| n.glued && n.is_punct('.')),
                _ => false,
            };
        if !link {
            k += 1;
            continue;
        }
        starts[k] = 0;
        k += 1;
        while k < tokens.len() && tokens[k].glued {
            starts[k] = 0;
            k += 1;
        }
    }
}

/// Words before a figure that make it a name or a code (`Room 304`, `Flight 17`,
/// `Resolution 2170`, `No. 5`).
#[rustfmt::skip]
const CODE_WORDS: &[&str] = &[
    "no", "nos", "number", "room", "route", "highway", "interstate", "flight", "article",
    "section", "resolution", "chapter", "paragraph", "page", "pp", "vol", "volume", "episode",
    "apollo", "gate", "terminal", "platform", "channel", "suite", "unit", "ward", "block",
    "lot", "code", "model", "version", "mark", "mk", "tel", "phone", "fax", "ext", "box",
    "precinct", "district", "amendment", "proposition", "prop", "bill", "act", "item", "table",
    "figure", "fig", "appendix", "exhibit", "case", "docket", "window", "stage", "level",
    "grade", "row", "seat", "lane", "exit", "pier", "berth", "hangar", "bay", "building",
    "camp", "squad", "battalion", "brigade", "division", "regiment", "corps", "fleet", "boeing",
    "airbus", "embraer", "cessna", "sikorsky", "lockheed", "sukhoi", "tupolev", "ilyushin",
    "antonov", "gulfstream", "bombardier", "dassault", "beechcraft", "learjet", "suspect", "victim", "witness", "patient", "phase", "type",
    "category", "class", "zone", "sector", "squadron", "wing", "group", "force", "task",
    // Labels of a court filing or a memo: `Individual 1`, `Candidate 1`, `Person 1`.
    "individual", "candidate", "person", "company", "official", "subject",
];

static CODES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| CODE_WORDS.iter().copied().collect());

/// Words for a point of a list, before its number and a colon: `Step 2:`.
const LIST_POINTS: &[&str] = &[
    "Step", "Part", "Phase", "Chapter", "Point", "Tip", "Option", "Lesson", "Question", "Stage",
    "Reason", "Myth", "Fact", "Rule",
];

/// A number at token `i` that is not a claim, and the token after it: a time of day (`10:30`,
/// `10 a.m.`), a phone number (`650-650-6500`), a code after a capitalized code word
/// (`Room 304`, `No. 5`), an age (`a 35-year-old`).
/// `the Dow DJIA, -1.28% was …`, `the euro EURUSD, +0.05%`: a ticker's quote that a web
/// page inserts after a name (a symbol in capitals, a comma, a signed percentage) is no
/// claim.
fn ticker_quote(tokens: &[Token<'_>], i: usize) -> bool {
    let signed = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Punct('-' | '+' | '−'))
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.glued && n.kind == TokenKind::Digits)
        })
    };
    let sign = if signed(i) {
        i
    } else if i > 0 && signed(i - 1) {
        i - 1
    } else {
        return false;
    };
    let percent = (sign + 1..(sign + 6).min(tokens.len()))
        .any(|k| tokens[k].is_punct('%') && tokens[k].glued);
    sign >= 2
        && percent
        && tokens[sign - 1].is_punct(',')
        && tokens[sign - 2].kind == TokenKind::Word
        && (2..=6).contains(&tokens[sign - 2].text.len())
        && tokens[sign - 2]
            .text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// `If a dozen drones can do …`, `if half the country had not …`: a quantity opening a
/// clause that `if` opens is supposed, not told (not `if the two-year search is any guide`,
/// `if 20 people were killed, as reported`).
fn supposed(tokens: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if tokens[p].is("if") {
            let opens = p == 0
                || matches!(
                    tokens[p - 1].kind,
                    TokenKind::Punct(',' | ';' | ':' | '"' | '“' | '—' | '(')
                );
            let clause_end = (i..tokens.len())
                .find(|&j| tokens[j].is_punct(','))
                .unwrap_or(tokens.len());
            let told = tokens[i..clause_end]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "guide" | "reported" | "indication"))
                || tokens
                    .get(clause_end + 1..(clause_end + 3).min(tokens.len()))
                    .is_some_and(|w| w.iter().any(|t| t.is("reported")));
            return opens && !told;
        }
        if !matches!(
            tokens[p].lower.as_ref(),
            "a" | "an"
                | "the"
                | "only"
                | "just"
                | "even"
                | "all"
                | "some"
                | "another"
                | "almost"
                | "nearly"
        ) {
            return false;
        }
        k = p;
    }
    false
}

/// The token after the rest of a figure that a rule skipped from its first token: a
/// name's `Room 12,500` or `No. 1.5` is skipped whole, never read again from `500`.
fn past_figure(tokens: &[Token<'_>], mut i: usize) -> usize {
    while i > 0
        && tokens
            .get(i - 1)
            .is_some_and(|t| t.kind == TokenKind::Digits)
        && tokens
            .get(i)
            .is_some_and(|t| t.glued && (t.is_punct(',') || t.is_punct('.')))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
    {
        i += 2;
    }
    i
}

/// A small number of a countdown (`ten` … `one`, `10` … `1`).
fn countdown_step(t: &Token<'_>) -> Option<u32> {
    if t.kind == TokenKind::Digits {
        return t.text.parse().ok().filter(|v| (1..=10).contains(v));
    }
    let v = match t.lower.as_ref() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return None,
    };
    Some(v)
}

fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = &tokens[i];
    if let Some(end) = labels::label(tokens, i) {
        return Some(end);
    }
    if let Some(end) = audit52::not_a_claim(tokens, i) {
        return Some(end);
    }
    if let Some(end) = en54::not_a_claim(tokens, i) {
        return Some(end);
    }
    if let Some(end) = en56::not_a_claim(tokens, i) {
        return Some(end);
    }
    if let Some(end) = en60::document_number(tokens, i) {
        return Some(end);
    }
    if let Some(end) = en63::not_a_claim(tokens, i) {
        return Some(end);
    }
    if let Some(end) = en64::not_a_claim(tokens, i) {
        return Some(end);
    }
    if let Some(end) = named_numbers::name_number(tokens, i) {
        return Some(end);
    }
    // `Three: Yahoo News …`, `2: the …`, `Step 2: find …`: a number and a colon opening the
    // sentence, alone or after a word for a point of a list, mark that point (not `5:30`, a
    // time, nor `2:1`, nor a timeline's `1950: The war …`).
    // (`Claim 1:`, `Update 3:`: any capitalized word does so, unless it is a function or
    // date word, `May 5:`, or a qualifier, `About 5:`.)
    let point = |w: &Token<'_>| {
        LIST_POINTS.contains(&w.text)
            || (w.capitalized()
                && w.text.len() > 1
                && !lang_stopword(w.lower.as_ref())
                && !DATE_STARTS.contains(w.lower.as_ref())
                && !DATE_STARTS.contains(w.text)
                && qualifiers::before(tokens, 1).is_none())
    };
    if (i == 0 || (i == 1 && point(&tokens[0])))
        && ((t.kind == TokenKind::Digits && t.text.len() <= 2)
            || (numbers::is_number_word(t) && t.text.len() <= 6))
        && tokens
            .get(i + 1)
            .is_some_and(|c| c.is_punct(':') && c.glued)
        && tokens
            .get(i + 2)
            .is_some_and(|n| !n.glued && n.kind != TokenKind::Digits)
    {
        return Some(i + 2);
    }
    // `18 § 798`, `§ 1030(a)`: the numbers around a section sign label a statute's title
    // and section.
    if t.kind == TokenKind::Digits
        && ((i > 0 && tokens[i - 1].is_punct('§'))
            || tokens.get(i + 1).is_some_and(|s| s.is_punct('§')))
    {
        return Some(i + 1);
    }
    // `a better-than 50-50 chance`, `the split is close to 50-50`, `Zero - zero`, `a 2-2
    // draw`: a number paired with itself is even odds or a tied score, no quantity (not
    // before a unit: `5-5 percent`; nor a repetition after a long dash: `zero — zero`).
    if (t.kind == TokenKind::Digits || numbers::is_number_word(t))
        && tokens
            .get(i + 1)
            .is_some_and(|d| matches!(d.kind, TokenKind::Punct('-' | '–')))
        && tokens
            .get(i + 2)
            .is_some_and(|u| u.lower == t.lower && u.glued == tokens[i + 1].glued)
        && !tokens.get(i + 3).is_some_and(|n| {
            (n.glued && (n.is_word() || n.kind == TokenKind::Digits))
                || n.is_punct('%')
                || n.is("percent")
                || units::lookup(tokens, i + 3).is_some()
        })
    {
        return Some(i + 3);
    }
    // `Three.` alone, `2.` alone: the label of a point of a list, a sentence of its own.
    if i == 0
        && tokens.len() == 2
        && tokens[1].is_punct('.')
        && ((t.kind == TokenKind::Digits && t.text.len() <= 2)
            || (numbers::is_number_word(t) && t.text.len() <= 6))
    {
        return Some(2);
    }
    // `Guccifer 2.0`, `Web 2.0`, `Disinformation 2.0`: a version after a name is part of
    // the name (not `Brent 2.0 percent`).
    if i > 0
        && t.kind == TokenKind::Digits
        && t.text.len() == 1
        && tokens[i - 1].capitalized()
        && qualifiers::before(tokens, i).is_none()
        && tokens
            .get(i + 1)
            .is_some_and(|p| p.is_punct('.') && p.glued)
        && tokens.get(i + 2).is_some_and(|z| z.glued && z.text == "0")
        && !tokens.get(i + 3).is_some_and(|n| {
            n.glued
                || n.is_punct('%')
                || matches!(
                    n.lower.as_ref(),
                    "percent" | "per" | "million" | "billion" | "trillion" | "magnitude"
                )
        })
    {
        return Some(i + 3);
    }
    // `the number two House Democrat`, `the number one killer`: a rank, not a count.
    if i >= 2
        && tokens[i - 1].lower == "number"
        && matches!(
            tokens[i - 2].lower.as_ref(),
            "the" | "a" | "its" | "his" | "her" | "their"
        )
        && numbers::is_number_word(t)
        && tokens.get(i + 1).is_none_or(|n| n.lower != "of")
    {
        return Some(i + 1);
    }
    // `number two, why did they lie?`, `Scenario three: no agreement`, `has chosen option
    // three`, `part two of the report`: a small number word after a word for a point of a
    // list labels that point (not `who number five`, a verb; nor `took part one day`).
    if i >= 1
        && matches!(
            tokens[i - 1].lower.as_ref(),
            "number" | "option" | "scenario" | "part"
        )
        && matches!(
            t.lower.as_ref(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
        && !(i >= 2
            && (number_verb_before(tokens[i - 2].lower.as_ref())
                || matches!(
                    tokens[i - 2].lower.as_ref(),
                    "took" | "take" | "takes" | "taking" | "play" | "played"
                )))
        // `number` after a plural is the verb (`The dead number ten`, `Its members number
        // nine`, not `Point number two`), and `For its part` is an idiom (`For its part two
        // of the ministers resigned`).
        && !(i >= 2 && tokens[i - 1].lower == "number" && plural_subject(&tokens[i - 2]))
        && !(i >= 3
            && tokens[i - 1].lower == "part"
            && determiner(tokens[i - 2].lower.as_ref())
            && tokens[i - 3].lower == "for")
        && (tokens.get(i + 1).is_none_or(|n| {
            !n.is_word()
                || matches!(
                    n.lower.as_ref(),
                    "of" | "is" | "was" | "would" | "will" | "and" | "or" | "in" | "has" | "had"
                )
        })
            // (`number one on the facts, number two what's in the interest`: once `number
            // one` has opened a list, the next points are labels whatever follows them.)
            || (tokens[i - 1].lower == "number"
                && t.lower != "one"
                && (1..i - 1).any(|k| tokens[k - 1].lower == "number" && tokens[k].lower == "one")))
    {
        return Some(i + 1);
    }
    // `the retired four star general`, `a five-star hotel`: stars are a rank or a rating
    // before the word they grade (not `four stars on the flag`).
    if (t.kind == TokenKind::Digits || numbers::is_number_word(t))
        && let Some(s) = (i + 1..=i + 2).find(|&k| {
            tokens
                .get(k)
                .is_some_and(|w| matches!(w.lower.as_ref(), "star" | "stars"))
        })
        && (s == i + 1 || tokens[i + 1].is_punct('-'))
        && tokens.get(s + 1).is_some_and(|g| {
            matches!(
                g.lower.as_ref(),
                "general"
                    | "generals"
                    | "admiral"
                    | "admirals"
                    | "hotel"
                    | "hotels"
                    | "rating"
                    | "ratings"
                    | "review"
                    | "reviews"
                    | "chef"
                    | "restaurant"
                    | "resort"
            )
        })
    {
        return Some(s + 1);
    }
    // `One goal of the funding was …`, `One target of the posts was …`: `One` opening a
    // sentence before `<noun> of the …` and a copula presents one of several things; it
    // counts nothing (not `One member of the crew told …`, nor `… was killed`, where the
    // copula makes a passive: a count of one).
    let passive = |k: usize| {
        tokens.get(k + 1).is_some_and(|p| {
            p.lower.ends_with("ed")
                || matches!(
                    p.lower.as_ref(),
                    "shot"
                        | "hurt"
                        | "taken"
                        | "found"
                        | "held"
                        | "hit"
                        | "slain"
                        | "struck"
                        | "seen"
                        | "beaten"
                        | "caught"
                        | "sent"
                        | "lost"
                        | "left"
                        | "born"
                )
        })
    };
    if t.text == "One"
        && (i == 0 || matches!(tokens[i - 1].kind, TokenKind::Punct('"' | '“' | '(')))
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.capitalized())
        && tokens.get(i + 2).is_some_and(|t| t.is("of"))
        && tokens.get(i + 3).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "the" | "its" | "his" | "her" | "their" | "this" | "these" | "those" | "our"
            )
        })
        && tokens
            .iter()
            .enumerate()
            .skip(i + 4)
            .take(6)
            .any(|(k, t)| (t.is("was") || t.is("is")) && !passive(k))
    {
        return Some(i + 1);
    }
    // `the Group of Eight`, `Group of 20`, `the Gang of Eight`: a name.
    if i >= 2
        && tokens[i - 1].is("of")
        && matches!(tokens[i - 2].text, "Group" | "Gang")
        && let Some(n) = numbers::parse_at(tokens, i)
    {
        return Some(n.last + 1);
    }
    if page_stamp(ctx, i) {
        return Some(tokens.len());
    }
    // `One in every three months`, `1 in every 122 people`: a frequency, not a count of one.
    if tokens.get(i + 1).is_some_and(|n| n.is("in"))
        && tokens.get(i + 2).is_some_and(|n| n.is("every"))
        && (t.kind == TokenKind::Digits || numbers::is_number_word(t))
        && let Some(m) = numbers::parse_at(tokens, i + 3)
    {
        let noun = tokens
            .get(m.last + 1)
            .is_some_and(|n| n.is_word() && !lang_stopword(n.lower.as_ref()));
        return Some(m.last + 1 + usize::from(noun));
    }
    // `On pages two and three`, `(page 40)`, `chapter 3`, `paragraph 4`: a part of a text
    // named by its number (with the numbers joined to it), not a quantity.
    let numeral = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.kind == TokenKind::Digits || numbers::is_number_word(n))
    };
    if i >= 1
        && !(i >= 2 && tokens[i - 2].is_punct('-') && tokens[i - 1].glued)
        && matches!(
            tokens[i - 1].lower.as_ref(),
            "page"
                | "pages"
                | "chapter"
                | "chapters"
                | "paragraph"
                | "paragraphs"
                | "verse"
                | "verses"
                | "footnote"
                | "footnotes"
        )
        && numeral(i)
        && !tokens.get(i + 1).is_some_and(|n| {
            n.is_word() && (n.lower.ends_with('s') || units::lookup(tokens, i + 1).is_some())
        })
    {
        let mut end = i + 1;
        while tokens
            .get(end)
            .is_some_and(|c| matches!(c.lower.as_ref(), "and" | "or" | "to" | "through" | "-"))
            && numeral(end + 1)
        {
            end += 2;
        }
        return Some(end);
    }
    // `three, two, one`, `3, 2, 1`: a countdown counts nothing.
    if let Some(v) = countdown_step(t)
        && v >= 3
    {
        let mut k = i;
        let mut want = v;
        while want > 1
            && tokens.get(k + 1).is_some_and(|c| c.is_punct(','))
            && tokens
                .get(k + 2)
                .and_then(countdown_step)
                .is_some_and(|w| w == want - 1)
        {
            k += 2;
            want -= 1;
        }
        if k >= i + 4 {
            return Some(k + 1);
        }
    }
    if let Some(end) = negated_one(tokens, i) {
        return Some(end);
    }
    if let Some(end) = pronoun_one(tokens, i).or_else(|| named_number(tokens, i)) {
        return Some(end);
    }
    if let Some(end) = hedged_year(tokens, i) {
        return Some(end);
    }
    if let Some(end) = street_address(tokens, i) {
        return Some(end);
    }
    // `24 murders per 100,000 citizens`, `$23 to Democrats for every $1`: the figure after
    // `per` or `for every` is the rate's denominator, not a quantity told.
    let w = |k: Option<usize>| k.map_or("", |k| tokens[k].lower.as_ref());
    let mut p = i.checked_sub(1);
    if p.is_some_and(|p| matches!(tokens[p].kind, TokenKind::Punct('$' | '€' | '£'))) {
        p = p.and_then(|p| p.checked_sub(1));
    }
    if (t.kind == TokenKind::Digits || numbers::is_number_word(t))
        && (w(p) == "per" || (w(p) == "every" && w(p.and_then(|p| p.checked_sub(1))) == "for"))
    {
        return Some(i + 1);
    }
    if t.kind != TokenKind::Digits {
        return None;
    }
    // `38 North`, `38 North's analyst`: a figure before a capitalized point of the compass
    // (and no name after it) is a name.
    if tokens
        .get(i + 1)
        .is_some_and(|n| !n.glued && matches!(n.text, "North" | "North's" | "North’s" | "South"))
        && tokens
            .get(i + 2)
            .is_none_or(|n| !(n.is_word() && n.capitalized()))
    {
        return Some(i + 2);
    }
    // `Hagel's '08 speech`, `a green ’99 Honda`, `the Class of ‘17`: a year cut to two
    // figures after an apostrophe (not a count in single quotes: `'10 people'`).
    if t.glued
        && t.text.len() == 2
        && i >= 1
        && matches!(tokens[i - 1].kind, TokenKind::Punct('\'' | '’' | '‘'))
        && (i == 1 || !tokens[i - 1].glued)
        && (t.text.starts_with('0')
            || t.text.parse::<u8>().is_ok_and(|v| v >= 40)
            || (i >= 2 && tokens[i - 2].is("of")))
        && !(i + 1..(i + 9).min(tokens.len()))
            .any(|k| matches!(tokens[k].kind, TokenKind::Punct('\'' | '’')) && tokens[k].glued)
    {
        return Some(i + 1);
    }
    // `width="620"`, `height='349'`, `frameborder=0`: markup left in a body; an attribute's
    // value is no claim.
    let quoted = i >= 1 && (tokens[i - 1].is_punct('"') || tokens[i - 1].is_punct('\''));
    let eq = if quoted {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    if eq.is_some_and(|e| tokens[e].is_punct('=') && e >= 1 && tokens[e - 1].is_word()) && t.glued {
        return Some(i + 1);
    }
    // `1614 BST`, `(1114 EST)`: a clock time of four figures before a time zone.
    if t.text.len() == 4
        && t.text[..2].parse::<u32>().is_ok_and(|h| h <= 23)
        && t.text[2..].parse::<u32>().is_ok_and(|m| m <= 59)
        && tokens.get(i + 1).is_some_and(|z| {
            !z.glued
                && matches!(
                    z.text,
                    "GMT"
                        | "BST"
                        | "UTC"
                        | "EST"
                        | "EDT"
                        | "ET"
                        | "CST"
                        | "CDT"
                        | "CT"
                        | "MST"
                        | "MDT"
                        | "PST"
                        | "PDT"
                        | "PT"
                        | "AST"
                        | "CET"
                        | "CEST"
                        | "EET"
                        | "EEST"
                        | "IST"
                        | "MSK"
                        | "JST"
                        | "HKT"
                        | "SGT"
                        | "AEST"
                        | "AEDT"
                )
        })
    {
        return Some(i + 2);
    }
    // `three options: (1) convert, (2) pay …`, `both (1) cuts and (2) a shield`, `options:
    // 1) strikes; 2) diplomacy; or 3) sanctions`, `1) None of his lawyers`: a small figure
    // with a closing bracket glued to it (in brackets, or with no bracket open before it),
    // opening the sentence or a point after a colon, semicolon, dash, comma or conjunction,
    // marks a point of a list.
    let bracketed = i >= 1 && tokens[i - 1].is_punct('(');
    let open = if bracketed { i - 1 } else { i };
    if (t.kind == TokenKind::Digits || bracketed)
        && t.text.len() <= 2
        && tokens
            .get(i + 1)
            .is_some_and(|c| c.is_punct(')') && c.glued)
        && tokens.get(i + 2).is_some_and(|w| w.is_word() && !w.glued)
        && (open == 0
            || matches!(
                tokens[open - 1].kind,
                TokenKind::Punct(':' | ';' | ',' | '—' | '–')
            )
            || matches!(
                tokens[open - 1].lower.as_ref(),
                "and" | "or" | "both" | "either"
            ))
        && (bracketed
            || tokens[..i].iter().filter(|b| b.is_punct('(')).count()
                <= tokens[..i].iter().filter(|b| b.is_punct(')')).count())
    {
        return Some(i + 2);
    }
    // `4/ The ICA also lacked …`: a small figure and a glued slash opening the sentence
    // before a capital (or closing it) numbers a post of a thread (not `24/7`, `9/11`).
    if i == 0
        && t.kind == TokenKind::Digits
        && t.text.len() <= 2
        && tokens.get(1).is_some_and(|c| c.is_punct('/') && c.glued)
        && tokens.get(2).is_none_or(|n| {
            !n.glued && (n.capitalized() || (!n.is_word() && n.kind != TokenKind::Digits))
        })
    {
        return Some(2);
    }
    // `in 1054`, `since 1792`, `the 1807 Insurrection Act`, `the 1799 Logan Act`: four
    // plain digits from 1000 to 1899 after a word of time or `the`, or before a name or
    // `law`, count nothing: a year the date reader leaves (it reads 1900 to 2100).
    if t.text.len() == 4
        && (1000..=1899).contains(&t.text.parse::<u32>().unwrap_or(0))
        && !tokens.get(i + 1).is_some_and(|n| {
            n.glued && !matches!(n.kind, TokenKind::Punct(')' | '.' | ',' | ';' | ':'))
        })
        && !(tokens
            .get(i + 1)
            .is_some_and(|n| n.is_punct('.') || n.is_punct(','))
            && tokens.get(i + 2).is_some_and(|n| n.glued))
        && units::lookup(tokens, i + 1).is_none()
        && (i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_ref(),
                "in" | "since" | "of" | "from" | "until" | "before" | "after" | "circa" | "the"
            ) || tokens[p].is_punct('(')
                // (`from 1250 to 1517`, `in 1692 and 1701`: the second year of a pair.)
                || (matches!(tokens[p].lower.as_ref(), "to" | "and" | "-")
                    && p.checked_sub(1).is_some_and(|q| {
                        tokens[q].kind == TokenKind::Digits
                            && tokens[q].text.len() == 4
                            && tokens[q].text < "1900"
                    }))
        }) || tokens
            .get(i + 1)
            .is_some_and(|n| n.capitalized() || matches!(n.lower.as_ref(), "law" | "statute")))
    {
        return Some(i + 1);
    }
    // `42.` alone, a numbered list's item whose text follows in the next sentence.
    if i == 0
        && t.text.len() <= 3
        && tokens.len() == 2
        && (tokens[1].is_punct('.') || tokens[1].is_punct(')'))
    {
        return Some(2);
    }
    // `Fire Controlman 2nd Class`, `Petty Officer 3rd Class`: a rating's class is part of
    // the title.
    if tokens
        .get(i + 1)
        .is_some_and(|s| s.glued && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))
        && tokens.get(i + 2).is_some_and(|c| c.text == "Class")
    {
        return Some(i + 3);
    }
    // `2nd Lt. Roy Peles`, `1st Sgt.`, `2nd Lieutenant`: a military rank.
    if tokens
        .get(i + 1)
        .is_some_and(|s| s.glued && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))
        && tokens.get(i + 2).is_some_and(|c| {
            matches!(
                c.text,
                "Lt" | "Lieut" | "Lieutenant" | "Sgt" | "Sergeant" | "Pvt" | "Private" | "Cpl"
            )
        })
    {
        return Some(i + 3);
    }
    // `September 11, 2012.102 IC`: the footnote glued to a date's year.
    if i >= 2
        && t.glued
        && tokens[i - 1].is_punct('.')
        && tokens[i - 1].glued
        && tokens[i - 2].kind == TokenKind::Digits
        && tokens[i - 2].text.len() == 4
        && t.text.len() <= 3
        && !tokens.get(i + 1).is_some_and(|n| n.glued)
    {
        return Some(i + 1);
    }
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.glued);
    let punct = |k: usize, c: char| tokens.get(k).is_some_and(|t| t.is_punct(c));
    let digits = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Digits);
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_ref()).unwrap_or("");
    let before = |k: usize| i.checked_sub(k).map_or("", |p| tokens[p].lower.as_ref());
    // `the Novator 9M729`, `the 3M14 cruise missile`: figures glued to letters glued to
    // figures are a code (not `$9M`, `9M people`: nothing glued after the scale).
    if glued(i + 1)
        && tokens[i + 1].is_word()
        && digits(i + 2)
        && glued(i + 2)
        && !(i > 0 && t.glued && tokens[i - 1].is_word())
    {
        let mut end = i + 3;
        while tokens
            .get(end)
            .is_some_and(|t| t.glued && (t.is_word() || t.kind == TokenKind::Digits))
        {
            end += 1;
        }
        return Some(end);
    }
    // `At 00.01 tonight`, `from 07.30`: a figure of two with a leading zero, a point and
    // two figures is a clock time (a quantity writes `0.01`).
    if t.text.len() == 2
        && t.text.starts_with('0')
        && punct(i + 1, '.')
        && glued(i + 1)
        && digits(i + 2)
        && glued(i + 2)
        && tokens[i + 2].text.len() == 2
    {
        return Some(i + 3);
    }
    // `two cyberunits, known as 26165 and 74455`, `a unit dubbed 8200`: figures named by
    // a verb of naming, with no counted noun after them, are the names.
    if (before(1) == "as" && before(2) == "known")
        || matches!(
            before(1),
            "dubbed" | "designated" | "codenamed" | "code-named" | "nicknamed"
        )
    {
        let named = |k: usize| {
            digits(k)
                // (a glued comma closes the name: `known as 26165 and 74455,`)
                && (!glued(k + 1) || matches!(tokens[k + 1].kind, TokenKind::Punct(_)))
                && !matches!(word(k + 1), "of" | "percent" | "%")
                && units::lookup(tokens, k + 1).is_none()
                && !tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && units::singular(&n.lower).is_some())
        };
        if named(i) {
            let mut end = i + 1;
            while matches!(word(end), "and" | "or") && named(end + 1) {
                end += 2;
            }
            return Some(end);
        }
    }
    // `In Year 13, 14, 15`, `by Day 3`: a capitalized `Year`, `Day` or `Week` before a
    // small figure labels a step of a plan or a count of days, and so do the next figures
    // of the run (`13, 14, 15`: each one more). (Not `in 13 years`.)
    // (`D-Day 75th anniversary`: a glued `Day` is part of a name.)
    if i > 0
        && matches!(tokens[i - 1].text, "Year" | "Day" | "Week")
        && !tokens[i - 1].glued
        && t.text.len() <= 2
    {
        let mut end = i + 1;
        let mut v = word(i).parse::<u32>().unwrap_or(0);
        while (punct(end, ',') || matches!(word(end), "and" | "or" | "to"))
            && digits(end + 1)
            && word(end + 1).parse::<u32>().is_ok_and(|w| w == v + 1)
        {
            v += 1;
            end += 2;
        }
        return Some(end);
    }
    // `11 at night`, `7 in the morning`: an hour of the clock.
    if word(i).parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
        && ((word(i + 1) == "at" && word(i + 2) == "night")
            || (word(i + 1) == "in"
                && word(i + 2) == "the"
                && matches!(word(i + 3), "morning" | "evening" | "afternoon")))
        && !before(1).ends_with("ed")
    {
        return Some(i + 1);
    }
    // `Hide Caption 30 of 32 Photos:` (a slide show's counter), `Copyright © 2019`.
    let counter = |w: &str| matches!(w, "caption" | "image" | "photo" | "slide" | "picture");
    if counter(before(1))
        || (before(1) == "of" && counter(before(3)))
        || matches!(before(1), "copyright" | "©")
    {
        return Some(i + 1);
    }
    // `Getty Images 1 of 9 i View slideshow`: a slide show's counter before its button.
    let view = |k: usize| word(k) == "view" && matches!(word(k + 1), "slideshow" | "gallery");
    if word(i + 1) == "of" && digits(i + 2) && (view(i + 3) || (word(i + 3) == "i" && view(i + 4)))
    {
        return Some(i + 3);
    }
    if let Some(end) = phone_number(tokens, i) {
        return Some(end);
    }
    // `170.149.168.130`: an IP address, four numbers up to 255 joined by dots.
    let byte = |k: usize| {
        digits(k) && tokens[k].text.len() <= 3 && word(k).parse::<u16>().is_ok_and(|v| v <= 255)
    };
    if byte(i)
        && (1..=3).all(|g| {
            let k = i + 2 * g;
            punct(k - 1, '.') && glued(k - 1) && glued(k) && byte(k)
        })
        && !(punct(i + 7, '.') && glued(i + 7) && digits(i + 8) && glued(i + 8))
    {
        return Some(i + 7);
    }
    // `called 9-1-1`, `call 911`, `a 911 dispatcher`: the emergency number, not a claim.
    // (`9-1-1` spelled out digit by digit is always the number; a bare `911` only beside a
    // word of calling, or beside `on`, `since` or `attacks`, where it is the date of the
    // attacks, written with no slash: no quantity either way.)
    let digit = |k: usize, d: &str| digits(k) && glued(k) && word(k) == d;
    if t.text == "9"
        && punct(i + 1, '-')
        && glued(i + 1)
        && digit(i + 2, "1")
        && punct(i + 3, '-')
        && glued(i + 3)
        && digit(i + 4, "1")
    {
        return Some(i + 5);
    }
    if t.text == "911"
        && !(i > 0 && t.glued)
        && !(glued(i + 1) && digits(i + 2) && glued(i + 2))
        && (matches!(
            before(1),
            "call"
                | "called"
                | "calling"
                | "calls"
                | "dial"
                | "dialed"
                | "dialled"
                | "dialing"
                | "on"
                | "since"
        ) || matches!(
            word(i + 1),
            // (`attacked us on 911`, `since 911`, `the 911 hijackers`: the attacks of
            // September 11, 2001, no quantity either.)
            "attack"
                | "attacks"
                | "hijackers"
                | "commission"
                | "victims"
                | "families"
                | "terrorists"
                | "call"
                | "calls"
                | "caller"
                | "callers"
                | "dispatcher"
                | "dispatchers"
                | "operator"
                | "operators"
                | "center"
                | "centre"
                | "system"
                | "service"
                | "line"
                | "emergency"
        ))
    {
        return Some(i + 1);
    }
    // `"60 Minutes"`, `CBS's 60 Minutes interview`: a figure before a unit of time in
    // title case inside a sentence is a title (in quotes, or before words in lower case; a
    // headline capitalizes on: `40 Killed In Attack`).
    // (`the 2013 State of the Union`: a year.)
    let year_like =
        t.text.len() == 4 && (1900..=2100).contains(&t.text.parse::<u32>().unwrap_or(0));
    if i > 0
        && !year_like
        && tokens.get(i + 1).is_some_and(units::title_case_form)
        && !tokens[i + 1].glued
        && !tokens
            .get(i + 2)
            .is_some_and(|n| n.glued && n.is_punct('-'))
    {
        let quoted = matches!(tokens[i - 1].kind, TokenKind::Punct('"' | '“' | '\'' | '‘'));
        let lower_after = tokens.get(i + 2).is_none_or(|n| !n.capitalized());
        // (`Reports 2 Killed, 65 Wounded`, `Secures 34 Senators`: a headline.)
        let headline_before = tokens[i - 1].capitalized()
            || matches!(tokens[i - 1].kind, TokenKind::Punct(':' | '|' | '—'))
            || (tokens[i - 1].is_punct(',') && i >= 2 && tokens[i - 2].capitalized());
        if quoted || (lower_after && !headline_before) {
            return Some(i + 2);
        }
    }
    // `Rutherford, 25, who died`: an age after a name.
    if i >= 2
        && punct(i - 1, ',')
        && tokens[i - 2].capitalized()
        && t.text.len() <= 2
        && matches!(
            tokens.get(i + 1).map(|n| &n.kind),
            Some(TokenKind::Punct(',' | ')' | ';'))
        )
        // (not `Afghanistan, 4,000 miles`: a thousands group follows)
        && past_figure(tokens, i + 1) == i + 1
    {
        return Some(i + 1);
    }
    // `a 777 aircraft`, `an F-16`: a figure after the indefinite article is a model's name
    // (a year, a percent or a measure in a compound stays: `a 2012 report`, `a 10-year
    // plan`, `a 50 percent rise`).
    let scaled = matches!(
        word(i + 1),
        "percent" | "per" | "million" | "billion" | "trillion"
    );
    let year = t.text.len() == 4 && (1900..=2100).contains(&t.text.parse::<u32>().unwrap_or(0));
    if matches!(before(1), "a" | "an") && !glued(i + 1) && !scaled && !year {
        return Some(i + 1);
    }
    // `voted 10-7`, `a 11-10 majority`: a tally, the larger number first; `2008-2009`,
    // `2014-15`: a season or a fiscal year, not two years.
    let runs_on = tokens.get(i + 3).is_some_and(|n| {
        n.glued && (matches!(n.kind, TokenKind::Digits | TokenKind::Word) || n.is_punct('-'))
    }) || past_figure(tokens, i + 3) > i + 3;
    if punct(i + 1, '-') && glued(i + 1) && digits(i + 2) && glued(i + 2) && !runs_on {
        let a: u32 = t.text.parse().unwrap_or(0);
        let b: u32 = tokens[i + 2].text.parse().unwrap_or(0);
        let seasons = t.text.len() == 4
            && (1900..=2100).contains(&a)
            && (b == a + 1 || (tokens[i + 2].text.len() == 2 && b == (a + 1) % 100));
        if b < a && t.text.len() <= 3 || seasons {
            return Some(i + 3);
        }
    }
    // `(1) The Justice Department …`, `3) The efficacy of dialogue`: a list's number
    // opening a sentence.
    if (i == 1 && punct(0, '(') || i == 0) && punct(i + 1, ')') {
        return Some(i + 2);
    }
    // `191219055259724` alone on a line: twelve digits or more in one run with no word
    // after them (a scale, a noun) are a media or record id wherever they stand.
    if t.text.len() >= 12 && tokens.get(i + 1).is_none_or(|n| !n.is_word()) {
        return Some(i + 1);
    }
    // `media: 19075641`: seven digits or more in one run, not round, in running text are an
    // id, not a quantity (a quantity that large groups its digits, is round, `3000000`, or
    // is followed by its scale or noun).
    if t.text.len() >= 7
        && !t.text.ends_with("000")
        && tokens.iter().any(|w| w.is_word())
        && !tokens.get(i + 1).is_some_and(|n| n.is_word() && !n.glued)
        && !(punct(i + 1, '.') && glued(i + 1) && digits(i + 2))
    {
        return Some(i + 1);
    }
    // `Slideshow (2 Images)`
    if before(1) == "(" && matches!(before(2), "slideshow" | "gallery") {
        return Some(i + 1);
    }
    // `Inside the deal, part 2`, `identified as suspect 2`: a part of a series, a
    // suspect named by number.
    // (Not a clip's length after a title: `… the suspect 02:18`.)
    if !glued(i + 1)
        && ((before(1) == "part" && matches!(before(2), "," | ":"))
            || (before(1) == "suspect" && units::lookup(tokens, i + 1).is_none()))
    {
        return Some(i + 1);
    }
    // `quicklist: 6 title: …`: the number of an item of a page's list, before its field.
    if before(1) == ":" && before(2) == "quicklist" {
        return Some(i + 1);
    }
    // `24/7`, `24/7/365`: all the time.
    if t.text == "24"
        && punct(i + 1, '/')
        && glued(i + 1)
        && tokens.get(i + 2).is_some_and(|n| n.text == "7" && n.glued)
    {
        let mut end = i + 3;
        if punct(end, '/')
            && glued(end)
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.text == "365" && n.glued)
        {
            end += 2;
        }
        return Some(end);
    }
    // `P5+1`, `G7+2`: part of a name.
    if i >= 2 && t.glued && punct(i - 1, '+') && tokens[i - 1].glued {
        return Some(i + 1);
    }
    // `a .45-caliber handgun`, `9-mm`: a calibre names a weapon.
    let mut after = i + 1;
    while punct(after, '.') || digits(after) {
        if !glued(after) {
            break;
        }
        after += 1;
    }
    if punct(after, '-') && glued(after) && matches!(word(after + 1), "caliber" | "calibre" | "mm")
    {
        return Some(after + 2);
    }
    // `a 9mm handgun`, `153mm guns`, `a 9mm Glock`: the calibre glued on.
    if word(after) == "mm"
        && glued(after)
        && (tokens.get(after + 1).is_some_and(|t| t.capitalized())
            || matches!(
                word(after + 1),
                "gun"
                    | "guns"
                    | "handgun"
                    | "handguns"
                    | "pistol"
                    | "pistols"
                    | "rifle"
                    | "rifles"
                    | "ammunition"
                    | "round"
                    | "rounds"
                    | "shell"
                    | "shells"
                    | "mortar"
                    | "mortars"
                    | "howitzer"
                    | "howitzers"
                    | "cannon"
                    | "cannons"
                    | "artillery"
                    | "bullet"
                    | "bullets"
            ))
    {
        return Some(after + 1);
    }
    // `10:30`, `10:30:15`
    if punct(i + 1, ':') && glued(i + 1) && digits(i + 2) && glued(i + 2) {
        let mut k = i + 2;
        while punct(k + 1, ':') && glued(k + 1) && digits(k + 2) {
            k += 2;
        }
        return Some(after_meridiem(tokens, k));
    }
    // `10 a.m.`, `3pm`, `7 o'clock`
    if matches!(word(i + 1), "a" | "p") && punct(i + 2, '.') && matches!(word(i + 3), "m") {
        return Some(after_meridiem(tokens, i));
    }
    if matches!(word(i + 1), "am" | "pm" | "o'clock" | "gmt" | "utc" | "hrs" | "hours" if tokens[i+1].glued || word(i + 1) != "hours")
        && !(word(i + 1) == "am" && !tokens[i + 1].glued && tokens[i + 1].text == "am")
    {
        return Some(i + 2);
    }
    // `650-650-6500`, `650.650.6500`
    for sep in ['-', '.'] {
        if t.text.len() == 3
            && punct(i + 1, sep)
            && glued(i + 1)
            && digits(i + 2)
            && glued(i + 2)
            && punct(i + 3, sep)
            && glued(i + 3)
            && digits(i + 4)
            && glued(i + 4)
            && tokens[i + 4].text.len() == 4
        {
            return Some(i + 5);
        }
    }
    // A code word right before: `Room 304`, `No. 5`, `Resolution 2170`.
    if let Some(p) = i.checked_sub(1) {
        let before = if tokens[p].is_punct('.') && p > 0 {
            p - 1
        } else {
            p
        };
        let w = &tokens[before];
        // `a Bell 212 helicopter`: the maker's model before an aircraft (`Bell` is a name
        // too, so only there).
        let bell = w.text == "Bell"
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_ref(),
                    "helicopter" | "helicopters" | "chopper" | "choppers" | "aircraft"
                )
            });
        if bell {
            return Some(i + 1);
        }
        // (`Company 2-5`: the code runs on over a glued dash and figure.)
        let code_end = if punct(i + 1, '-') && glued(i + 1) && digits(i + 2) && glued(i + 2) {
            i + 3
        } else {
            i + 1
        };
        if w.is_word()
            && CODES.contains(w.lower.as_ref())
            && (w.capitalized()
                || matches!(w.lower.as_ref(), "no" | "nos" | "number")
                // `EgyptAir flight 804`, `return flight 85 departed`: a flight's number
                // (not `a flight 400 miles away`, `On the flight 12 of the passengers`).
                || (w.lower == "flight"
                    && !(before > 0 && determiner(tokens[before - 1].lower.as_ref()))
                    && word(i + 1) != "of"
                    && units::lookup(tokens, i + 1).is_none()
                    && !punct(i + 1, '%')
                    && !matches!(
                        word(i + 1),
                        "percent" | "thousand" | "million" | "billion" | "trillion"
                    )))
            // `Muslims, who number 200 million`, `they number 5,000`: the verb counts.
            && !(w.lower == "number"
                && before > 0
                && number_verb_before(tokens[before - 1].lower.as_ref()))
        {
            return Some(code_end);
        }
    }
    if let Some(end) = designated(tokens, i) {
        return Some(end);
    }
    // `a 35-year-old`: an age.
    if punct(i + 1, '-')
        && glued(i + 1)
        && matches!(word(i + 2), "year" | "month" | "week" | "day")
        && punct(i + 3, '-')
        && word(i + 4) == "old"
    {
        return Some(i + 5);
    }
    None
}

/// `10 Downing Street`, `480 Arsenal Street in Watertown`, `Seven Sisters Road`: a house
/// number (or a number word) before capitalized words and a street's word is part of an
/// address (not `5 Wall Street firms`, a count). The token after the number.
fn street_address(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if !(t.kind == TokenKind::Digits || (t.capitalized() && numbers::is_number_word(t)))
        || tokens.get(i + 1).is_some_and(|n| n.glued)
    {
        return None;
    }
    let street = (i + 2..(i + 5).min(tokens.len())).find(|&k| {
        matches!(
            tokens[k].text,
            "Street"
                | "St"
                | "Avenue"
                | "Ave"
                | "Road"
                | "Rd"
                | "Boulevard"
                | "Blvd"
                | "Drive"
                | "Lane"
                | "Place"
        )
    })?;
    let named = tokens[i + 1..street]
        .iter()
        .all(|n| n.is_word() && n.capitalized() && !n.glued);
    // (After the street: a full stop, a mark, a capital or a function word.)
    let mut after = street + 1;
    if tokens
        .get(after)
        .is_some_and(|n| n.is_punct('.') && n.glued)
    {
        after += 1;
    }
    let counted = tokens.get(after).is_some_and(|n| {
        n.is_word() && !n.capitalized() && !subject::is_stopword(n.lower.as_ref())
    });
    (named && !counted).then_some(i + 1)
}

/// `one in which the outcome …`, `the last one in May`, `a tough one to swallow`, `she's
/// one to watch`: the pronoun `one` stands for a thing named before (or for anyone); it
/// counts nothing (not `one to Norway and one to the UAE`, a count of one).
fn pronoun_one(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.text != "one" && t.text != "One" {
        return None;
    }
    let next = |k: usize| tokens.get(i + k).map_or("", |n| n.lower.as_ref());
    // (`an estimated one in five`, `the ratio is one to three`: a ratio or a range.)
    if matches!(next(1), "in" | "to" | "out")
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.kind == TokenKind::Digits || numbers::is_number_word(n))
    {
        return None;
    }
    if (next(1) == "in" && next(2) == "which") || next(1) == "where" {
        return Some(i + 1);
    }
    let p = i.checked_sub(1)?;
    // `the last one`, `a tough one`, `the existing one`: a determiner and a word that
    // describes the thing (not `the 101 one`, nor `the country one month before`).
    if p >= 1
        && nothing_counted_after(tokens, i)
        && tokens[p].is_word()
        && tokens[p]
            .text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-')
        && !numbers::is_number_word(&tokens[p])
        && determiner(tokens[p - 1].lower.as_ref())
        && next(1) != "of"
    {
        return Some(i + 1);
    }
    // `she's one to watch`, `is one to look out for`.
    let pw = tokens[p].lower.as_ref();
    if (matches!(pw, "is" | "was") || pw.ends_with("'s") || pw.ends_with("’s"))
        && next(1) == "to"
        && tokens
            .get(i + 2)
            .is_some_and(|v| v.is_word() && !v.capitalized())
        && !tokens.get(i + 3).is_some_and(|n| n.capitalized())
    {
        return Some(i + 1);
    }
    None
}

/// Words after which `number` is the verb (`who number 200 million`, `they number 5,000`).
fn number_verb_before(w: &str) -> bool {
    matches!(
        w,
        "who" | "which" | "that" | "they" | "we" | "now" | "still" | "together"
    )
}

/// Whether a word can be the plural subject of the verb `number` (`victims`, `the dead`).
fn plural_subject(t: &Token<'_>) -> bool {
    let w = t.lower.as_ref();
    t.is_word()
        && (matches!(
            w,
            "dead" | "wounded" | "injured" | "missing" | "people" | "children" | "men" | "women"
        ) || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !matches!(
                w,
                "this" | "thus" | "was" | "has" | "does" | "yes" | "its" | "his"
            )))
}

/// An article, a demonstrative or a possessive before a noun phrase.
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
    )
}

/// `Marine One`, `Air Force Two`, `SEAL Team Six`, `the Cuban Five`, `Article Five`, `Part
/// Two`, `BBC Two`: a number word written with a capital right after a capitalized word
/// inside the sentence is part of a name or a label (not a headline in title case, `Blast
/// Kills Two Soldiers`, where the next word is capitalized too).
fn named_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let p = i.checked_sub(1)?;
    if p == 0
        || !numbers::is_number_word(t)
        || t.text.len() > 6
        || t.lower.ends_with('s')
        || !t.capitalized()
        || !t.text.chars().skip(1).all(|c| c.is_ascii_lowercase())
        || !tokens[p].is_word()
        || !tokens[p].capitalized()
        || tokens[p].glued
        || !nothing_counted_after(tokens, i)
        || numbers::is_number_word(&tokens[p])
    {
        return None;
    }
    Some(i + 1)
}

/// Whether no noun follows the number at `i`: the sentence ends, a mark follows (not a
/// glued hyphen: `one-third`), or a word that opens no noun phrase (`Marine One to …`,
/// `Bomber Two had …`; not `Brussels Two wounded women`).
fn nothing_counted_after(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_none_or(|n| {
        if n.is_word() {
            matches!(
                n.lower.as_ref(),
                "to" | "in"
                    | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "that"
                    | "which"
                    | "who"
                    | "where"
                    | "had"
                    | "has"
                    | "have"
                    | "was"
                    | "is"
                    | "were"
                    | "from"
                    | "with"
                    | "by"
                    | "as"
                    | "and"
                    | "or"
            )
        } else {
            n.kind != TokenKind::Digits && !(n.glued && (n.is_punct('-') || n.is_punct('/')))
        }
    })
}

/// `since at least 2009`, `since around 1960`, `circa 1950`: a year hedged by a qualifier
/// after a word of time is a date the date reader leaves, no count.
fn hedged_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.kind != TokenKind::Digits
        || t.text.len() != 4
        || !(1800..=2100).contains(&t.text.parse::<u32>().unwrap_or(0))
        || tokens.get(i + 1).is_some_and(|n| {
            n.glued && !matches!(n.kind, TokenKind::Punct(')' | '.' | ',' | ';' | ':'))
        })
        || units::lookup(tokens, i + 1).is_some()
    {
        return None;
    }
    let q = qualifiers::before(tokens, i)?;
    let circa = tokens[q.first].is("circa");
    let timed = q.first.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].lower.as_ref(),
            "since" | "in" | "until" | "till" | "before" | "after" | "during"
        )
    });
    (circa || timed).then_some(i + 1)
}

/// `no single nation`, `didn't lose a single person`, `not for a single day`, `not one
/// vote`: a negated `single` or `one` says none; it counts nothing (the token after it).
fn negated_one(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let negation = |k: usize| {
        let w = tokens[k].lower.as_ref();
        matches!(w, "not" | "never" | "no" | "without" | "nor")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    };
    let t = &tokens[i];
    let p = i.checked_sub(1)?;
    let single = |k: usize| tokens.get(k).is_some_and(|t| t.is("single"));
    if t.is("one") && matches!(tokens[p].lower.as_ref(), "not" | "never") {
        return Some(i + 1 + usize::from(single(i + 1)));
    }
    if !t.is("single") {
        return None;
    }
    if tokens[p].is("no") {
        return Some(i + 1);
    }
    if !(tokens[p].is("a") || tokens[p].is("one")) {
        return None;
    }
    // (Not `wasn't only on a single soldier`, `not solely in response to a single event`,
    // `no longer a referendum on a single candidate`: the negation falls elsewhere.)
    let mut negated = false;
    for k in (p.saturating_sub(8)..p)
        .rev()
        .take_while(|&k| tokens[k].is_word())
    {
        if matches!(
            tokens[k].lower.as_ref(),
            "just" | "only" | "merely" | "simply" | "solely" | "exclusively" | "longer"
        ) {
            return None;
        }
        negated |= negation(k);
    }
    negated.then_some(i + 1)
}

/// `the 1950-53 Korean War`, `from 2008-10`, `the 1979–81 hostage crisis`, `the 2013-14
/// season`: a year, a dash and the last two figures of a later year of the same century
/// are the years from one to the other, not a year and a count of 53.
fn year_range(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = &tokens[i];
    if t.kind != TokenKind::Digits || t.text.len() != 4 {
        return None;
    }
    let a: i16 = t.text.parse().ok().filter(|a| (1000..=2100).contains(a))?;
    // (Not inside a code: `1-800-2008-10`, `A2008-10`.)
    if i > 0
        && t.glued
        && !matches!(
            tokens[i - 1].kind,
            TokenKind::Punct('(' | '"' | '“' | '\'' | '‘')
        )
    {
        return None;
    }
    tokens
        .get(i + 1)
        .filter(|d| d.glued && matches!(d.kind, TokenKind::Punct('-' | '–')))?;
    let e = tokens.get(i + 2).filter(|e| e.glued)?;
    // (`1977-1994`: the later year in full, not a clock's `1100-1400 hours`.)
    let end = match cues::full_year_end(a, e) {
        Some(b) if !cues::clock_after(tokens.get(i + 3).map_or("", |t| t.lower.as_ref())) => b,
        Some(_) => return None,
        None if e.kind == TokenKind::Digits && e.text.len() == 2 => {
            a - a % 100 + e.text.parse::<i16>().ok()?
        }
        None => return None,
    };
    // (Not a date `2008-10-05`, nor a code running on: `2008-10a`, `1950-53.5`.)
    let runs_on = tokens.get(i + 3).is_some_and(|n| {
        n.glued
            && (matches!(n.kind, TokenKind::Digits | TokenKind::Word)
                || (matches!(n.kind, TokenKind::Punct('-' | '–' | '/' | '.' | ','))
                    && tokens
                        .get(i + 4)
                        .is_some_and(|d| d.glued && d.kind == TokenKind::Digits)))
    });
    if end <= a || runs_on {
        return None;
    }
    let span = dates::DateMatch {
        first: i,
        last: i + 2,
        date: jiff::civil::Date::new(a, 1, 1).ok()?,
        last_day: jiff::civil::Date::new(end, 12, 31).ok()?,
        grain: dates::Grain::Span,
    };
    Some(date_claim(ctx, &span))
}

/// `7 years ago`, `Posted 3 hours ago` alone as one of the first sentences: the stamp a web
/// page shows of when a post went up, counted from the day it was crawled, not a date of the
/// article.
fn page_stamp(ctx: &Ctx<'_, '_>, i: usize) -> bool {
    let tokens = ctx.tokens;
    let s = usize::from(
        tokens
            .first()
            .is_some_and(|t| matches!(t.lower.as_ref(), "posted" | "updated" | "published")),
    );
    ctx.index <= 2
        && i == s
        && (tokens.len() == s + 3
            || (tokens.len() == s + 4 && tokens[s + 3].kind != TokenKind::Word))
        && tokens[s + 2].is("ago")
        && (tokens[s].kind == TokenKind::Digits || numbers::is_number_word(&tokens[s]))
        && matches!(
            tokens[s + 1].lower.as_ref().trim_end_matches('s'),
            "year" | "month" | "week" | "day" | "hour" | "minute"
        )
}

/// A figure right after a capitalized word inside the sentence is part of a name, not a
/// count (`Strike Fighter Squadron 81`, `Russia 24`, `Office 365`, `Guccifer 2.0`, `Bush
/// 43`, `"Area 51"`): the token after it. Not when the word opens the sentence or a clause
/// (`: Nearly 30 …`), is a qualifier, a possessive (`India's 540 million voters`), a
/// function or date word, or when the number is scaled, a year, a percent, or counts the
/// noun after it (`Falcon 9 rockets`).
fn designated(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let w = &tokens[p];
    let opens = p == 0
        || matches!(
            tokens[p - 1].kind,
            TokenKind::Punct('(' | ':' | '—' | '–' | '-' | '[')
        );
    let lower = w.lower.as_ref();
    // `(CVN 73)`, `— FRANCE 24`, `: NBC 4 New York`: a name in capitals is one after an
    // opening mark too (a word that opens a clause is only capitalized there).
    let acronym = p > 0 && w.text.len() > 1 && w.text.bytes().all(|b| b.is_ascii_uppercase());
    // `iPhone 5`, `eBay 2`: a product's name in camel case.
    let camel = product_name(w);
    if !(w.capitalized() || camel)
        || tokens[i].glued
        || (opens && !acronym)
        || lower.ends_with("'s")
        || lower.ends_with("’s")
        || lang_stopword(lower)
        || DATE_STARTS.contains(lower)
        || DATE_STARTS.contains(w.text)
        || ABBREVIATIONS.contains(&w.text)
        || lower == "mach"
        || qualifiers::before(tokens, i).is_some()
    {
        return None;
    }
    let n = numbers::parse_at(tokens, i)?;
    if tokens[n.last].kind != TokenKind::Digits
        || year_shaped(&n)
        || percent_after(tokens, n.last).is_some()
    {
        return None;
    }
    // (`Kills 5 Americans`: a headline's noun is capitalized; `30-day notice`, `12 times`.)
    let next = n.last + 1;
    // (`iPhone 6 Plus units`: a capitalized word after a product's number is its model.)
    let counts = tokens.get(next).is_some_and(|t| {
        !(camel && t.capitalized())
            && (t.is("times")
                || t.is_punct('-') && t.glued
                || t.is_word()
                    && (units::lookup(tokens, next).is_some()
                        || units::singular(&t.lower).is_some()
                        || units::singular_irregular(&t.lower).is_some()))
    }) && !labels::model_number(tokens, next, n.value);
    (!counts).then_some(next)
}

/// `iPhone`, `eBay`, `iPad`: a word in lower case up to a capital inside it, the shape of a
/// product's or a firm's name.
fn product_name(w: &Token<'_>) -> bool {
    let b = w.text.as_bytes();
    w.is_word()
        && b.len() > 2
        && b[0].is_ascii_lowercase()
        && b[1..].iter().any(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphabetic)
}

/// A telephone number starting at digits token `i`: groups of digits apart by single
/// spaces, hyphens or dots, 7 to 15 digits in at most six groups, after a `+` (`+44 20
/// 7946 0958`) or with a first group that opens with a zero (`0800 789 321`,
/// `020-7946-0958`); also three groups or more of eight digits or more that are no
/// thousands grouping (`555 1234 987`). The token after it.
fn phone_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // This runs at every figure: no allocation, and the scan stops at seven groups, which
    // no telephone number has (a run of hundreds of figures would be quadratic).
    let first = tokens[i].text;
    let (mut groups, mut digits, mut thousands) = (1, first.len(), first.len() <= 3);
    let mut k = i + 1;
    while groups <= 6 {
        let next = match tokens.get(k) {
            Some(t) if t.kind == TokenKind::Digits && t.gap == Gap::Space => Some((t, k + 1)),
            Some(t) if matches!(t.kind, TokenKind::Punct('-' | '.')) && t.glued => tokens
                .get(k + 1)
                .filter(|n| n.kind == TokenKind::Digits && n.glued)
                .map(|n| (n, k + 2)),
            _ => None,
        };
        let Some((group, after)) = next else {
            break;
        };
        groups += 1;
        digits += group.text.len();
        thousands &= group.text.len() == 3;
        k = after;
    }
    let plus = i > 0 && tokens[i - 1].is_punct('+') && tokens[i].glued;
    let zero = first.len() >= 2 && first.starts_with('0');
    // No telephone number has more than 15 digits (E.164).
    let shaped = (2..=6).contains(&groups) && (7..=15).contains(&digits);
    (shaped && (plus || zero || (groups >= 3 && digits >= 8 && !thousands))).then_some(k)
}

/// The token after a time's `a.m.`/`p.m.`/`am`/`pm` starting after token `k`.
fn after_meridiem(tokens: &[Token<'_>], k: usize) -> usize {
    let word = |j: usize| tokens.get(j).map(|t| t.lower.as_ref()).unwrap_or("");
    if matches!(word(k + 1), "a" | "p")
        && tokens.get(k + 2).is_some_and(|t| t.is_punct('.'))
        && word(k + 3) == "m"
    {
        let mut end = k + 4;
        if tokens.get(end).is_some_and(|t| t.is_punct('.') && t.glued) {
            end += 1;
        }
        return end;
    }
    if matches!(word(k + 1), "am" | "pm") {
        return k + 2;
    }
    k + 1
}

/// The currency written before token `i`: a sign (`$`, `US$`, `€`, `£`) or a code
/// (`USD 100`); its concept and first token.
fn currency_before(tokens: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    let p = i.checked_sub(1)?;
    let t = &tokens[p];
    let sign = match t.kind {
        TokenKind::Punct('$') => Some("usd"),
        TokenKind::Punct('€') => Some("eur"),
        TokenKind::Punct('£') => Some("gbp"),
        TokenKind::Punct('¥') => Some("jpy"),
        _ => None,
    };
    if let Some(mut concept) = sign {
        let mut first = p;
        // `US$`, `U.S.$`, `C$`, `A$`
        if p > 0 && t.glued {
            let w = &tokens[p - 1];
            match w.text {
                "US" | "USD" => first = p - 1,
                "C" | "CA" | "CAN" => (concept, first) = ("cad", p - 1),
                "A" | "AU" | "AUD" => (concept, first) = ("aud", p - 1),
                "HK" => (concept, first) = ("hkd", p - 1),
                "NZ" => (concept, first) = ("nzd", p - 1),
                _ => {}
            }
        }
        return Some((concept, first));
    }
    if t.is_word() && t.text.len() == 3 && t.text.chars().all(|c| c.is_ascii_uppercase()) {
        let concept = match t.text {
            "USD" => "usd",
            "EUR" => "eur",
            "GBP" => "gbp",
            "SAR" => "sar",
            "AED" => "aed",
            "QAR" => "qar",
            "KWD" => "kwd",
            "EGP" => "egp",
            "JOD" => "jod",
            "IQD" => "iqd",
            "SEK" => "sek",
            "CHF" => "chf",
            "JPY" => "jpy",
            "CNY" => "cny",
            "INR" => "inr",
            "TRY" => "try",
            _ => return None,
        };
        return Some((concept, p));
    }
    None
}

/// `%`, `percent`, `per cent`, `pct`, `percentage` after token `last`: the last token.
fn percent_after(tokens: &[Token<'_>], last: usize) -> Option<usize> {
    let t = tokens.get(last + 1)?;
    if t.is_punct('%') || (t.is_punct('％')) {
        return Some(last + 1);
    }
    match t.lower.as_ref() {
        "percent" | "percents" | "pct" | "percentage" => Some(last + 1),
        "per" if tokens.get(last + 2).is_some_and(|n| n.is("cent")) => Some(last + 2),
        _ => None,
    }
}

/// `percent of twenty`: the percent word written before its number.
fn percent_before(tokens: &[Token<'_>], first: usize) -> Option<usize> {
    if first < 2 || !tokens[first - 1].is("of") {
        return None;
    }
    let p = first - 2;
    match tokens[p].lower.as_ref() {
        "percent" | "percents" => (p == 0 || !is_number_token(&tokens[p - 1])).then_some(p),
        "cent" if p > 0 && tokens[p - 1].is("per") => {
            (p == 1 || !is_number_token(&tokens[p - 2])).then_some(p - 1)
        }
        _ => None,
    }
}

fn is_number_token(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Digits || numbers::is_number_word(t)
}

/// Words that may follow a number without being what it counts.
const NOT_COUNTED: &str = "says remains includes seems appears means goes comes makes takes gets
gives shows suggests needs wants continues others ones thousands millions billions hundreds dozens
percent times sometimes years days months weeks hours minutes seconds";

static NOT_COUNTED_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| NOT_COUNTED.split_whitespace().collect());

/// An unknown counted noun at token `j` after the number `n`: a lower-case plural word
/// (after any number but one English writes the plural), perhaps after an adjective of the
/// table. Returns the singular and the token of the noun.
/// Whether a lower-case word is a function word (no modifier of a counted noun).
fn lang_stopword(w: &str) -> bool {
    subject::is_stopword(w)
}

fn unknown_noun(tokens: &[Token<'_>], n: &Num, j: usize) -> Option<(String, usize)> {
    // (`one or more claims`: after `or more` English writes the plural.)
    // (`one or more of the following steps`: and so before the part of a whole.)
    let or_more = (j.saturating_sub(5)..j)
        .any(|k| tokens[k].is("or") && tokens.get(k + 1).is_some_and(|t| t.is("more")));
    if !n.vague && n.value == 1.0 && !or_more {
        return None;
    }
    // The noun: a plural in lower case, or capitalized after a modifier or alone when it
    // is no acronym (`198 Republicans`, `Brotherhood supporters`).
    let plural = |k: usize, capital_ok: bool| -> Option<String> {
        let t = tokens.get(k)?;
        // (`SEALs`, `NGOs`: an acronym's plural.)
        let acronym = t.text.len() >= 4
            && t.text.ends_with('s')
            && t.text[..t.text.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase());
        let shape = t.text.chars().all(|c| c.is_ascii_lowercase())
            || (capital_ok
                && (acronym
                    || t.capitalized() && t.text.chars().skip(1).all(|c| c.is_ascii_lowercase())));
        if t.kind != TokenKind::Word
            || (t.glued && !opens_quote(tokens, k))
            || !shape
            // (`five TV shows`, `five Sunday shows`: after a name the word is the noun.)
            || (NOT_COUNTED_SET.contains(t.lower.as_ref())
                && !(t.lower == "shows"
                    && k > j
                    && (tokens[k - 1].capitalized() || nouns::show_kind(&tokens[k - 1]))))
        {
            return None;
        }
        // (`personnel carriers`, `women soldiers`: the irregular plural modifies the next.)
        let before_plural = tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word() && units::singular(&n.lower).is_some());
        units::singular(t.lower.as_ref())
            // (`DNIs`: an acronym ending in a letter the rule of plurals reads otherwise.)
            .or_else(|| (acronym && capital_ok).then(|| t.lower[..t.lower.len() - 1].to_string()))
            .or_else(|| {
                (!before_plural)
                    .then(|| units::singular_irregular(&t.lower))
                    .flatten()
            })
    };
    // Up to two modifiers before it: `cell phones`, `senior posts`, `North Korean experts`,
    // `hacked Democratic emails`; words that only grade or point (`two most populous
    // countries`, `three other officials`, `five such crashes`) and modifiers written as one
    // word (`high-ranking`, `U.S.`) come free: `two U.S. law enforcement officials`.
    let mut k = j;
    let mut modifiers = 0;
    let mut crossed_and = false;
    let mut quoted = false;
    for _ in 0..6 {
        // `two "mystery bombers"`, `47 [Tomahawk cruise missiles]`, `14 "provocative"
        // attacks`: a quote or bracket opened before the noun or a modifier (a space before
        // it, a word touching it after) comes free, and so does its closing mark between
        // modifiers (touching the word before, a word after a space). (A quoted stop-word
        // is no modifier: `six Republican "yes" votes` stays a bare number.)
        while if quoted {
            closes_quote(tokens, k)
        } else {
            opens_quote(tokens, k + 1)
        } {
            quoted = !quoted;
            k += 1;
        }
        if k > j
            && let Some(u) = units::lookup(tokens, k).filter(|u| u.kind == UnitKind::Count)
        {
            // `theater nuclear weapons`: a noun of the table after modifiers it does not
            // know. (`two RD-180 rocket engines`: a singular one modifies the plural after
            // it; `SA-22A gun/missile systems`: nor is a singular glued to more the head.)
            let after = k + u.tokens;
            if !u.plural {
                if let Some(h) = units::lookup(tokens, after)
                    .filter(|h| h.kind == UnitKind::Count && h.plural && h.noun_from == 0)
                {
                    return Some((h.concept.to_string(), after + h.tokens - 1));
                }
                if let Some(head) =
                    plural(after, false).filter(|_| !lang_stopword(tokens[after].lower.as_ref()))
                {
                    return Some((head, after));
                }
                if tokens
                    .get(after)
                    .is_some_and(|t| t.glued && (t.is_word() || t.is_punct('/') || t.is_punct('-')))
                {
                    return None;
                }
            }
            // (`two nuclear weapons tests`: a plural modifier before the head.)
            if let Some(head) = attributive_plural(tokens, k, &u)
                .then(|| en54::head(tokens, after))
                .flatten()
            {
                return Some(head);
            }
            return Some((u.concept.to_string(), after - 1));
        }
        // `three kind of people`, `two type of attacks`: speech writes the singular of a
        // word for a sort before `of`; it is the counted noun (as `kinds` would be).
        if tokens.get(k).is_some_and(|t| {
            matches!(
                t.text,
                "kind" | "type" | "sort" | "category" | "form" | "class"
            )
        }) && tokens.get(k + 1).is_some_and(|t| t.is("of"))
            && n.value > 1.0
        {
            return Some((tokens[k].text.to_string(), k));
        }
        if let Some(singular) = plural(k, true) {
            if let Some(head) = en54::modifier_head(tokens, k) {
                return Some(head);
            }
            // `two Hamas members`: a capitalized name before a lower-case plural modifies it;
            // so does a series' name (`seven Lessons Learned reports`: the head is the last
            // noun).
            if tokens[k].capitalized() {
                let mut m = k + 1;
                while m < k + 3
                    && tokens.get(m).is_some_and(|t| t.capitalized())
                    && is_modifier(tokens, m)
                {
                    m += 1;
                }
                if let Some(head) = plural(m, false) {
                    return Some((head, m));
                }
            }
            return Some((singular, k));
        }
        if tokens.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "most"
                    | "least"
                    | "other"
                    | "such"
                    | "very"
                    | "previous"
                    | "additional"
                    | "former"
                    | "extra"
                    | "further"
            )
        }) && (is_modifier(tokens, k + 1) || compound_modifier(tokens, k + 1).is_some())
            || (nouns::free_adverb(tokens, j, k) && is_modifier(tokens, k + 1))
        {
            k += 1;
            continue;
        }
        // `nine great-grandchildren`, `two counter-protesters`: a compound that ends in a
        // plural is the noun unless a noun follows it.
        if let Some((head, at)) = hyphenated_plural(tokens, k)
            && units::lookup(tokens, at + 1).is_none()
            && plural(at + 1, false).is_none()
        {
            return Some((head, at));
        }
        if let Some(next) = compound_modifier(tokens, k)
            .or_else(|| (k == j).then(|| measure_modifier(tokens, k)).flatten())
        {
            k = next;
            // `U.S. and NATO troops`, `SU-24 and SU-25 jets`
            if and_modifier(tokens, k) {
                k += 1;
                crossed_and = true;
            }
            continue;
        }
        // (`two senior law enforcement sources`: nouns that modify the noun come free, as
        // they do before a noun of the table.)
        if units::noun_modifier(tokens, k) {
            k += 1;
            continue;
        }
        // (Three: `seven centrist Democratic freshmen lawmakers`; not after an `and` nor
        // after a verb's or an adverb's shape right after the number, where the words are
        // a clause: `thousands mourned and waved Palestinian flags`, `270 helped us
        // introduce metrics`, `1,700 currently host ROTC programs`.)
        let third = !crossed_and
            && tokens
                .get(j)
                .is_some_and(|t| !t.lower.ends_with("ed") && !t.lower.ends_with("ly"));
        if modifiers == 3 || (modifiers == 2 && !third) || !is_modifier(tokens, k) {
            return None;
        }
        modifiers += 1;
        k += 1;
        // `four suspected Al Qaeda militants`: a name of several words is one modifier (a
        // capitalized plural in it is the noun: `two Tea Party Republicans`).
        // (Only before a noun in lower case or of the table: not a title's words, `6 View
        // Slideshow Back Continue Share`.)
        // A name that ends in a noun of the table (`South Vietnamese`, `MIT Police`) is
        // the noun unless a noun follows (`three GOP House committee chairmen`).
        if tokens[k - 1].capitalized() {
            let counted = |m: usize| {
                tokens.get(m).is_some_and(|t| !t.capitalized())
                    && (units::lookup(tokens, m).is_some_and(|u| u.kind == UnitKind::Count)
                        || plural(m, false).is_some())
            };
            let mut m = k;
            // (`World War I veterans`: a roman numeral ends a name.)
            while m < k + 3
                && tokens.get(m).is_some_and(|t| t.capitalized())
                && (is_modifier(tokens, m)
                    || (m > k && matches!(tokens[m].text, "I" | "II" | "III")))
                && plural(m, true).is_none()
            {
                m += 1;
            }
            let lower = tokens
                .get(m)
                .is_some_and(|t| t.is_word() && !t.capitalized());
            let named_noun =
                units::lookup(tokens, m - 1).is_some_and(|u| u.kind == UnitKind::Count);
            if m > k && lower && (!named_noun || counted(m)) {
                k = m;
            }
        }
        // `Republican and Democratic lawmakers` (not `… craft and tens of thousands`)
        if and_modifier(tokens, k) {
            k += 1;
            crossed_and = true;
        }
    }
    None
}

/// Whether token `k` is an `and` before another modifier of the same noun: `Republican and
/// Democratic lawmakers`, `Arab and Muslim-majority countries`, `U.S. and NATO troops` (not
/// `… craft and tens of thousands`).
fn and_modifier(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is("and"))
        && (is_modifier(tokens, k + 1) || compound_modifier(tokens, k + 1).is_some())
        && numbers::parse_at(tokens, k + 1).is_none()
}

/// `furlough days`, `sick days` from `k`: a word in lower case that no table knows before
/// a plural of days, weeks or months; that unit.
fn modified_days(tokens: &[Token<'_>], k: usize) -> Option<units::UnitMatch> {
    let m = tokens.get(k)?;
    if !m.text.chars().all(|c| c.is_ascii_lowercase())
        || !is_modifier(tokens, k)
        || lang_stopword(m.lower.as_ref())
        || units::lookup(tokens, k).is_some()
    {
        return None;
    }
    units::lookup(tokens, k + 1).filter(|u| {
        u.plural
            && matches!(
                u.kind,
                UnitKind::Time {
                    designator: 'D' | 'W',
                    ..
                }
            )
    })
}

/// `great-grandchildren` from `k`: words in lower case joined by hyphens, the last a
/// plural; the compound in the singular (`great-grandchild`) and its last token.
fn hyphenated_plural(tokens: &[Token<'_>], k: usize) -> Option<(String, usize)> {
    let lower_word = |t: &Token<'_>| t.is_word() && t.text.chars().all(|c| c.is_ascii_lowercase());
    if !tokens.get(k).is_some_and(|t| !t.glued && lower_word(t)) {
        return None;
    }
    let mut at = k;
    while tokens
        .get(at + 1)
        .is_some_and(|t| t.glued && t.is_punct('-'))
        && tokens.get(at + 2).is_some_and(|t| t.glued && lower_word(t))
    {
        at += 2;
    }
    let last = &tokens[at];
    if at == k
        || tokens
            .get(at + 1)
            .is_some_and(|t| t.glued && !matches!(t.kind, TokenKind::Punct(_)))
        || NOT_COUNTED_SET.contains(last.lower.as_ref())
    {
        return None;
    }
    let one = units::singular(&last.lower).or_else(|| units::singular_irregular(&last.lower))?;
    let mut key: String = tokens[k..at].iter().map(|t| t.text).collect();
    key.push_str(&one);
    Some((key, at))
}

/// `deaths`, `strongholds`: a lower-case plural noun at `k` that a singular noun before it
/// modifies; its singular.
fn plural_head(tokens: &[Token<'_>], k: usize) -> Option<String> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Word
        || t.glued
        || !t.text.chars().all(|c| c.is_ascii_lowercase())
        || NOT_COUNTED_SET.contains(t.lower.as_ref())
        || lang_stopword(t.lower.as_ref())
        || tokens
            .get(k + 1)
            .is_some_and(|n| n.glued && !matches!(n.kind, TokenKind::Punct(_)))
    {
        return None;
    }
    units::singular(t.lower.as_ref())
}

/// `weapons` in `two nuclear weapons tests`: a plural of the table that English writes
/// before another noun as its modifier.
fn attributive_plural(tokens: &[Token<'_>], j: usize, u: &units::UnitMatch) -> bool {
    u.plural
        && u.tokens == u.noun_from + 1
        && (matches!(
            tokens[j + u.tokens - 1].lower.as_ref(),
            "weapons" | "arms" | "drugs" | "narcotics" | "goods" | "sports"
        ) || en54::attributive(&tokens[j + u.tokens - 1].lower))
}

/// The head after a noun of the table that modifies it, from `k`: a plural right there
/// (after a plural modifier), or after one more singular word in lower case (`jihadist
/// terrorism cases`). Its singular and token.
fn chain_head(tokens: &[Token<'_>], k: usize, singular_before: bool) -> Option<(String, usize)> {
    if let Some(h) = plural_head(tokens, k) {
        return (!singular_before).then_some((h, k));
    }
    if !singular_before {
        return None;
    }
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Word
        || t.glued
        || !t.text.chars().all(|c| c.is_ascii_lowercase())
        || lang_stopword(t.lower.as_ref())
        || NOT_COUNTED_SET.contains(t.lower.as_ref())
        || units::singular(&t.lower).is_some()
        || t.text.ends_with("ed")
        || t.text.ends_with("ing")
        || t.text.ends_with("ly")
        // (A noun after a modifying noun is this chain's own head: `two missile defense
        // ships`.)
        || units::lookup(tokens, k).is_some_and(|u| u.noun_from == 0 || !units::noun_modifier(tokens, k))
    {
        return None;
    }
    plural_head(tokens, k + 1).map(|h| (h, k + 1))
}

/// Whether the words from `k` make `times` a multiplier: `three times as many`, `ten
/// times the size`, `five times more`, `four times higher than`.
fn multiplier(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    // (`several times this past week`, `three times over the past year`: when they came.)
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_ref());
    let time_noun = |w: &str| {
        matches!(
            w,
            "week"
                | "weekend"
                | "month"
                | "year"
                | "day"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "season"
                | "summer"
                | "winter"
                | "spring"
                | "decade"
                | "century"
        )
    };
    // (`this past week`, `over the last year`; not `four times the previous record`.)
    let when = |a: usize| {
        time_noun(word(a))
            || (matches!(word(a), "past" | "last" | "previous") && time_noun(word(a + 1)))
    };
    let at = if t.is("over") && matches!(word(k + 1), "the" | "this") {
        k + 2
    } else {
        k + 1
    };
    if matches!(t.lower.as_ref(), "this" | "that" | "the" | "over") && when(at) {
        return false;
    }
    // (`refugees two or three times over,`, `would do so 10 times over.`: over and over,
    // occurrences.)
    if t.is("over") && tokens.get(k + 1).is_none_or(|n| !n.is_word()) {
        return false;
    }
    matches!(
        t.lower.as_ref(),
        "as" | "the"
            | "more"
            | "less"
            | "fewer"
            | "that"
            | "what"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "over"
            | "higher"
            | "lower"
            | "larger"
            | "bigger"
            | "greater"
            | "smaller"
    ) || (t.lower.ends_with("er") && tokens.get(k + 1).is_some_and(|n| n.is("than")))
}

/// `500-pound`, `10-year`: a figure glued by a hyphen to a word, modifying the noun after
/// it (`two 500-pound laser-guided bombs`). The token after it.
fn measure_modifier(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let t = tokens.get(k).filter(|t| t.kind == TokenKind::Digits)?;
    if t.glued
        || !tokens
            .get(k + 1)
            .is_some_and(|d| d.glued && d.is_punct('-'))
        || !tokens.get(k + 2).is_some_and(|w| w.glued && w.is_word())
        || tokens.get(k + 3).is_some_and(|n| n.glued)
        // (`two 40-minute meetings`: a span of time is a claim of its own.)
        || units::lookup(tokens, k + 2).is_some_and(|u| matches!(u.kind, UnitKind::Time { .. }))
    {
        return None;
    }
    Some(k + 3)
}

/// The token after a modifier at `k` written as one word with hyphens or full stops
/// (`high-ranking`, `U.S.`), or `None` when there is none there.
fn compound_modifier(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let first = tokens.get(k).filter(|t| t.is_word() && !t.glued)?;
    // `F-16`, `MiG-29`, `T-72`: a model's code (letters, a hyphen, digits) modifies the
    // noun after it (`six F-16 fighter jets`).
    // So does one without the hyphen: `two Mi24 helicopters`, `three G7 summits`.
    let model = (1..=3).contains(&first.text.len())
        && first.text.starts_with(|c: char| c.is_ascii_uppercase())
        && first.text.chars().all(|c| c.is_ascii_alphabetic())
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.glued && (t.is_punct('-') || t.kind == TokenKind::Digits));
    let mut j = k;
    while let Some(t) = tokens.get(j + 1).filter(|t| t.glued) {
        if !(t.is_word()
            || t.is_punct('-')
            || t.is_punct('.')
            || (model && t.kind == TokenKind::Digits))
        {
            return None;
        }
        j += 1;
    }
    (j > k
        && (tokens[j].is_word()
            || tokens[j].is_punct('.')
            || (model && tokens[j].kind == TokenKind::Digits)))
        .then_some(j + 1)
}

/// Whether token `k` may modify a counted noun: a word (not a function word) that is not
/// glued to what follows.
fn is_modifier(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|m| {
        m.is_word()
            && !numbers::is_number_word(m)
            && !matches!(
                m.lower.as_ref(),
                "plus" | "minus" | "equals" | "times" | "per"
            )
            && (!m.glued || opens_quote(tokens, k))
            && m.text.chars().all(char::is_alphabetic)
            && !NOT_COUNTED_SET.contains(m.lower.as_ref())
            && (units::is_adjective(m.lower.as_ref())
                || !lang_stopword(m.lower.as_ref())
                // `five Sunday shows`: a weekday's name before a plural (not `Wednesday
                // night`, nor a feast's name, `two Palm Sunday attacks`, which is a date).
                || (m.capitalized()
                    && dates::is_weekday(m.lower.as_ref())
                    && !(k > 0 && tokens[k - 1].capitalized())
                    && (tokens
                        .get(k + 1)
                        .is_some_and(|n| n.is_word() && !n.capitalized() && n.lower.ends_with('s'))
                        || en56::weekday_run(tokens, k)))
                || (m.text.len() > 1 && m.text.chars().all(|c| c.is_ascii_uppercase())))
            && !tokens
                .get(k + 1)
                .is_some_and(|n| n.glued && !closes_quote(tokens, k + 1))
    })
}

/// Whether the word at `k` opens a quote or bracket: it touches a mark that has a space
/// before it (`"mystery`, `[Tomahawk`).
fn opens_quote(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0
        && tokens.get(k).is_some_and(|t| t.glued)
        && tokens[k - 1].gap != Gap::None
        && matches!(
            tokens[k - 1].kind,
            TokenKind::Punct('"' | '“' | '‘' | '\'' | '[')
        )
}

/// Whether the mark at `k` closes a quote or bracket between words: it touches the word
/// before and a space follows it (`provocative" attacks`).
fn closes_quote(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.glued && matches!(t.kind, TokenKind::Punct('"' | '”' | '’' | '\'' | ']'))
    }) && tokens.get(k + 1).is_some_and(|n| n.is_word() && !n.glued)
}

/// `forty-five (45)`, `45 (forty five)`: a number said again in brackets is one number.
fn restated(tokens: &[Token<'_>], n: Num) -> Num {
    let open = n.last + 1;
    if !tokens.get(open).is_some_and(|t| t.is_punct('(')) {
        return n;
    }
    let Some(m) = tokens
        .get(open + 1)
        .filter(|t| is_number_token(t))
        .and_then(|_| numbers::parse_at(tokens, open + 1))
    else {
        return n;
    };
    let closed = tokens.get(m.last + 1).is_some_and(|t| t.is_punct(')'));
    if closed && m.value == n.value && m.in_words != n.in_words && !m.vague && !n.vague {
        Num {
            last: m.last + 1,
            in_words: true,
            plain_digits: 0,
            ..n
        }
    } else {
        n
    }
}

/// The low end of a range whose scale word is written once, after the high end: `$5 to
/// $10 million` and `between 2 and 3 billion` are millions and billions at both ends;
/// `from $5,000 to $10 million` (a low end above the high end's 10) is not.
fn scaled_low(tokens: &[Token<'_>], n: Num, high: &Num) -> Num {
    let scale = |k: usize| match tokens[k].lower.as_ref() {
        "thousand" => Some(1e3),
        "million" | "mln" | "mn" | "m" => Some(1e6),
        "billion" | "bln" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" | "trn" => Some(1e12),
        _ => None,
    };
    let Some(s) = (high.last > high.first).then(|| scale(high.last)).flatten() else {
        return n;
    };
    if scale(n.last).is_some() || n.vague || n.value >= high.value / s {
        return n;
    }
    Num {
        value: tidy(n.value * s),
        low: tidy(n.low * s),
        high: tidy(n.high * s),
        ..n
    }
}

/// A word before a figure that makes it a label or a rank to choose (`Article 5 or 6`,
/// `Category 4 or 5`, `No. 1 or 2`): a capitalized word inside the sentence before a
/// figure (not a possessive: `the party's 21 or 22`), a word that numbers things, or the
/// `or` of a list of choices (`10,000 or 15,000 or 25,000`).
fn label_before(tokens: &[Token<'_>], first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    let t = &tokens[p];
    // (`Then three or four more`, `saw Saipov three or four months ago`: a word number is
    // no label; nor is a figure after the sentence's first word.)
    let opens = tokens[..p].iter().all(|b| !b.is_word());
    (tokens[first].kind == TokenKind::Digits
        && !opens
        && t.capitalized()
        && !t.lower.ends_with("'s")
        && !t.lower.ends_with("’s"))
        || t.is_punct('#')
        || t.is("or")
        || (t.is_punct('.') && p > 0 && tokens[p - 1].is("no"))
        // A word that names or numbers things (`Article 5 or 6`, `step 2 or 3`).
        || CODES.contains(t.lower.as_ref())
        || matches!(
            t.lower.as_ref(),
            "clause"
                | "line"
                | "option"
                | "question"
                | "rule"
                | "title"
                | "point"
                | "step"
                | "minus"
                | "plus"
        )
}

/// A bare four-digit figure from 1900 to 2100: a year.
fn year_shaped(n: &Num) -> bool {
    n.plain_digits == 4 && (1900.0..=2100.0).contains(&n.value)
}

/// A number at token `i` with everything that bounds and names it.
fn quantity(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let n = numbers::parse_at(tokens, i)?;
    // `two years and a half`, `last year and a half`: the half of a unit read before (or
    // taken by a date), no number of its own.
    if n.in_words
        && n.value == 0.5
        && i >= 2
        && tokens[i - 1].is("and")
        && !tokens[i - 2].capitalized()
        && units::lookup(tokens, i - 2).is_some()
    {
        return None;
    }
    let ratio = numbers::ratio_after(tokens, &n);
    let is_ratio = ratio.is_some();
    let n = restated(tokens, ratio.unwrap_or(n));
    let mut first = n.first;
    let mut last = n.last;

    // A range: `between 10 and 20`, `from 5 to 7`, `10-12`, `10 to 15`.
    // `between 10 and 20`, `between $50,000 and $24 million`: the opening word may stand
    // before the currency sign.
    let sign_before =
        first > 0 && matches!(tokens[first - 1].kind, TokenKind::Punct('$' | '€' | '£'));
    let lead = if sign_before { first - 1 } else { first };
    let open = qualifiers::range_open(tokens, lead).or_else(|| {
        // `between roughly $2.4 million and $8.4 million`: a hedge on the low end hedges
        // the range, which opens before it.
        qualifiers::before(tokens, lead)
            .filter(|q| q.qualifier == Qualifier::Approx)
            .and_then(|q| qualifiers::range_open(tokens, q.first))
    });
    let mut high: Option<Num> = None;
    let mut n = n;
    // `rose from 16,599 to 23,854 suicides`: a change over time, two values (as `fell from
    // 500 to 300`), not a range.
    let change = open.is_some_and(|(_, p)| {
        tokens[p].is("from") && en60::change_before(tokens, p)
            || tokens[p].is("from")
                && p.checked_sub(1)
                    .and_then(|k| tokens.get(k))
                    .is_some_and(|t| {
                        matches!(
                            t.lower.as_ref(),
                            "rose"
                                | "risen"
                                | "rising"
                                | "increased"
                                | "increasing"
                                | "grew"
                                | "grown"
                                | "growing"
                                | "jumped"
                                | "climbed"
                                | "soared"
                                | "surged"
                                | "doubled"
                                | "tripled"
                                | "swelled"
                        )
                    })
    });
    if !n.vague
        && !change
        && !nouns2::change_by_fraction(tokens, &n)
        && let Some(mut j) = qualifiers::range_close(tokens, last, open.map(|o| o.0))
    {
        // (Whether a dash joins them is read before the second currency sign: `$1 billion
        // and $2 billion` is no dash.)
        let dash = tokens[j - 1].kind != TokenKind::Word;
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '€' | '£')))
        {
            j += 1;
        }
        // (`£4bn-£8bn`: a figure with its scale glued is a figure too.)
        let figures = (tokens[n.last].kind == TokenKind::Digits
            || (tokens[n.first].kind == TokenKind::Digits && tokens[n.last].glued))
            && tokens.get(j).is_some_and(|t| t.kind == TokenKind::Digits);
        if let Some(m) = tokens
            .get(j)
            .filter(|t| is_number_token(t))
            .and_then(|_| numbers::parse_at(tokens, j))
            && !m.vague
            && m.value > n.value
            && !(year_shaped(&n) && year_shaped(&m))
            && (!dash || figures)
            // `1-222-2222` is a code, not a range.
            && !(dash
                && n.first >= 2
                && tokens[n.first].glued
                && tokens[n.first - 1].is_punct('-')
                && tokens[n.first - 2].kind == TokenKind::Digits)
            && !(dash
                && tokens.get(m.last + 1).is_some_and(|t| t.glued && t.is_punct('-'))
                && tokens.get(m.last + 2).is_some_and(|t| t.glued && t.kind == TokenKind::Digits))
        {
            last = m.last;
            if let Some((_, p)) = open {
                first = p;
            }
            n = scaled_low(tokens, n, &m);
            high = Some(m);
        }
    }
    // `one or two`, `15 or 20`, `85 or 90`, `Nine or 10`, `one or maybe two`: neighbours
    // joined by `or` (and a hedge) are an estimate's range when the second is larger, up to
    // twice the first; not labels (`Article 5 or 6`), years, nor one of several choices
    // (`10,000 or 15,000 or 25,000`).
    let hedge = usize::from(
        tokens
            .get(last + 2)
            .is_some_and(|t| matches!(t.lower.as_ref(), "maybe" | "perhaps" | "possibly")),
    );
    let signed = en54::sign_or(tokens, n.first, last, sign_before);
    if high.is_none()
        && !n.vague
        && n.value >= 1.0
        && !year_shaped(&n)
        && (signed.is_some() || tokens.get(last + 1).is_some_and(|t| t.is("or")))
        && !label_before(tokens, n.first)
        && let Some(m) = tokens
            .get(signed.unwrap_or(last + 2 + hedge))
            .filter(|t| is_number_token(t))
            .and_then(|_| numbers::parse_at(tokens, signed.unwrap_or(last + 2 + hedge)))
        && !m.vague
        && m.value > n.value
        && m.value <= 2.0 * n.value
        && !year_shaped(&m)
        && !tokens.get(m.last + 1).is_some_and(|t| t.is("or"))
    {
        last = m.last;
        high = Some(m);
    }
    // The currency before the number (inside `between` when there is one).
    let mut currency: Option<&'static str> = None;
    if let Some((concept, c)) = currency_before(tokens, n.first) {
        currency = Some(concept);
        if first == n.first {
            first = c;
        }
    }
    // `percent of 10`
    let mut percent = false;
    if high.is_none()
        && currency.is_none()
        && let Some(p) = percent_before(tokens, first)
    {
        percent = true;
        first = p;
    }
    let mut qualifier_before = None;
    if high.is_none()
        && let Some(q) = qualifiers::before(tokens, first).filter(|q| {
            // `perhaps thousands`, `maybe a few`, `and perhaps 2016`: a hedge leaves a vague
            // number vague and a year a year.
            !(matches!(
                tokens[q.first].lower.as_ref(),
                "perhaps" | "maybe" | "possibly"
            ) && (n.vague
                || (tokens[first].kind == TokenKind::Digits
                    && tokens[first].text.len() == 4
                    && n.last == first)))
                // `what the book may tell us about 2016`: a topic, the year itself.
                && !(tokens[q.first].is("about")
                    && q.last + 1 == first
                    && year_shaped(&n)
                    && tokens.get(n.last + 1).is_none_or(|t| {
                        matches!(t.kind, TokenKind::Punct(c) if c != '%' && c != '-')
                    }))
        })
    {
        qualifier_before = Some((q.qualifier, q.first));
    }
    // Percent, then the counted noun.
    if !percent && let Some(p) = percent_after(tokens, last) {
        percent = true;
        last = p;
    }
    // `75-plus percent`: at least the percent.
    let mut plus_percent = false;
    if !percent && let Some(p) = nouns::plus_percent(tokens, last) {
        percent = true;
        plus_percent = true;
        last = p;
    }
    let mut unit: Option<(units::UnitMatch, usize)> = None;
    let mut noun: Option<(String, usize, usize)> = None;
    let mut early_after = None;
    let mut plus_before = false;
    let mut part_after = false;
    // `two-thirds of the population`, `three-quarters of these deaths`: a fraction of a whole
    // is a share of it (a proportion), no count of its noun.
    let share = !n.vague
        && n.value > 0.0
        && n.value < 1.0
        && tokens.get(last + 1).is_some_and(|t| t.is("of"));
    if !percent && !is_ratio && !share {
        // `thousands of foreign fighters`, `a couple of days`; `10-year`, `two-day`.
        let mut j = last + 1;
        // `one or more of the following steps`, `10 or so of the victims`: a qualifier after
        // the number, then the part of a whole.
        if high.is_none()
            && let Some(q) = qualifiers::after(tokens, j)
            && tokens.get(q.last + 1).is_some_and(|t| t.is("of"))
            && tokens.get(q.last + 2).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "the" | "its" | "their" | "his" | "her" | "those" | "these" | "our"
                )
            })
        {
            early_after = Some(q.qualifier);
            part_after = true;
            j = q.last + 1;
        }
        // `only 11 out of the 89 attacks`, `Four out of the five friends`: `out of` before
        // the whole's determiner is the partitive's `of` (`two out of five`, a ratio, is
        // read elsewhere; `billions out of poverty` has no whole).
        if tokens.get(j).is_some_and(|t| t.is("out"))
            && tokens.get(j + 1).is_some_and(|t| t.is("of"))
            && tokens.get(j + 2).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "the" | "its" | "their" | "his" | "her" | "those" | "these" | "our"
                )
            })
        {
            j += 1;
        }
        // `perhaps "hundreds" of Americans`: a vague number quoted alone, then its `of`.
        if n.vague
            && closes_quote(tokens, j)
            && n.first > 0
            && opens_quote(tokens, n.first)
            && tokens.get(j + 1).is_some_and(|t| t.is("of"))
        {
            j += 1;
        }
        // `"three or four" companies`: the quoted number, then its noun.
        if nouns::quoted_number(tokens, n.first.min(first), j) || nouns::quote_opens_noun(tokens, j)
        {
            j += 1;
        }
        // `thousands, if not millions, of people`: the noun after the aside (the claim
        // keeps to the number).
        let mut aside = false;
        if high.is_none()
            && let Some((of, bound)) = nouns2::aside_of(tokens, &n, j)
        {
            j = of;
            aside = true;
            early_after = bound.or(early_after);
        }
        let of_after = tokens.get(j).is_some_and(|t| t.is("of"));
        let counts_with_of = n.vague
            || tokens
                .get(last)
                .is_some_and(|t| matches!(t.lower.as_ref(), "couple" | "pair" | "dozen"));
        let hyphen = tokens.get(j).is_some_and(|t| t.is_punct('-') && t.glued)
            && tokens.get(j + 1).is_some_and(|t| t.glued);
        // `11 of the victims`, `two of its fighters`, `several of the women`: the part
        // counts what the whole does.
        let partitive = of_after
            && tokens.get(j + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "the" | "its" | "their" | "his" | "her" | "those" | "these" | "our"
                )
            });
        // `28 of Iran's nuclear scientists`: a possessive opens the whole as `the` does.
        // (Not after a fraction: `a fifth of the world's oil passes` is a share.)
        let possessive = |k: usize| {
            n.value.fract() == 0.0
                && tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && t.lower.ends_with("'s"))
        };
        let partitive_possessive = of_after && !partitive && possessive(j + 1);
        // `another 20 of IR-4 centrifuges`: a model's code opens the whole.
        let partitive_model = of_after
            && tokens[j].text == "of"
            && !partitive
            && !partitive_possessive
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.is_word() && t.capitalized())
            && tokens
                .get(j + 2)
                .is_some_and(|t| t.glued && t.is_punct('-'))
            && tokens
                .get(j + 3)
                .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
            && compound_modifier(tokens, j + 1).is_some();
        // `two of the seven terrorists`: the part counts the whole's noun after its number;
        // the claim keeps to the part, and the whole's number is a claim of its own.
        let mut whole: Option<Num> = None;
        // `7 of 10 French individuals`, `one of 12 children`: a part of a whole counted by
        // a number without `the` (the whole at least as large as the part).
        let whole_number = || {
            tokens
                .get(j + 1)
                .filter(|t| is_number_token(t))
                .and_then(|_| numbers::parse_at(tokens, j + 1))
                .filter(|m| !year_shaped(m) && !m.vague && (n.vague || m.value >= n.value))
        };
        if partitive || partitive_possessive || partitive_model {
            j += if partitive_model { 1 } else { 2 };
            // (`three of the nation's leading agencies`: the owner before the noun.)
            if partitive && possessive(j) {
                j += 1;
            }
            // `millions of his own citizens`, `two of their own men`: `own` after the owner
            // stresses it; the noun follows.
            if (partitive || partitive_possessive) && tokens.get(j).is_some_and(|t| t.is("own")) {
                j += 1;
            }
            // `two of the scheduled six launchers`, `five of the first eight presidents`,
            // `six of the over 1200 companies`: a word or two (an adjective, a qualifier)
            // before the whole's number.
            if partitive
                && tokens.get(j).is_some_and(|t| {
                    t.is_word() && (!is_number_token(t) || numbers::ordinal_at(tokens, j).is_some())
                })
                && let Some(k) = (j + 1..=j + 2).find(|&k| {
                    tokens.get(k).is_some_and(is_number_token)
                        && numbers::ordinal_at(tokens, k).is_none()
                        && (qualifiers::before(tokens, k).is_some_and(|q| q.first == j)
                            || (j..k).all(|a| {
                                let t = &tokens[a];
                                t.is_word()
                                    && !t.capitalized()
                                    && (numbers::ordinal_at(tokens, a).is_some()
                                        || !subject::is_stopword(t.lower.as_ref())
                                            && units::lookup(tokens, a).is_none())
                            }))
                })
            {
                j = k;
            }
            if let Some(m) = tokens
                .get(j)
                .filter(|t| is_number_token(t))
                .and_then(|_| numbers::parse_at(tokens, j))
                .filter(|m| !year_shaped(m))
            {
                j = m.last + 1;
                whole = Some(m);
            }
        } else if let Some(m) = of_after.then(whole_number).flatten() {
            j = m.last + 1;
            whole = Some(m);
        } else if hyphen && tokens.get(j + 1).is_some_and(|t| t.is("plus")) {
            // `the 5,000-plus Europeans`: at least the number, of the noun after.
            early_after = Some(Qualifier::AtLeast);
            plus_before = true;
            j += 2;
        } else if tokens.get(j).is_some_and(|t| t.text == "plus" && !t.glued)
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.is_word() && !is_number_token(t))
            && units::lookup(tokens, j + 1).is_some()
        {
            // `Sixty plus years`, `60 plus years`: the same, spaced (not a sum, `60 plus
            // 20 cases`).
            early_after = Some(Qualifier::AtLeast);
            plus_before = true;
            j += 1;
        } else if (of_after && counts_with_of) || hyphen {
            j += 1;
        } else if tokens[n.last].is("half")
            && tokens.get(j).is_some_and(|t| t.is("a") || t.is("an"))
            && units::lookup(tokens, j + 1).is_some()
        {
            // `half a century`, `half an hour`
            j += 1;
        }
        let counted = whole.as_ref().unwrap_or(&n);
        let known = |j: usize| {
            units::lookup(tokens, j).filter(|u| currency.is_none() || u.kind == UnitKind::Money)
        };
        let unknown = |j: usize| {
            (currency.is_none() && !(year_shaped(&n) && high.is_none()))
                .then(|| {
                    unknown_noun(tokens, counted, j)
                        .or_else(|| labels::zero_noun(tokens, counted, j))
                })
                .flatten()
        };
        // `the 2,000 or so US troops`, `10 or more people`: the noun after the qualifier.
        if whole.is_none()
            && high.is_none()
            && known(j).is_none()
            && unknown(j).is_none()
            && let Some(q) = qualifiers::after(tokens, j)
            && (known(q.last + 1).is_some() || unknown(q.last + 1).is_some())
        {
            early_after = Some(q.qualifier);
            j = q.last + 1;
        }
        // (The part's claim keeps to the part: `two`, not `two of the seven terrorists`.)
        let part_last = last;
        let keep = |at: usize| {
            if whole.is_some() || aside {
                part_last
            } else {
                at
            }
        };
        if let Some((key, at)) = currency
            .is_none()
            .then(|| nouns2::hyphen_measure(tokens, j))
            .flatten()
        {
            // `thousands of man-hours`, `2 kilowatt-hours`
            last = keep(at);
            noun = Some((key, j, at));
        } else if let Some(u) = known(j) {
            // `the 2001 attacks`, `2020 candidates`, `several 2017 meetings`: a year before
            // a plural noun names when, not how many (a round `2000 troops` still counts).
            let cued_year = year_shaped(&n)
                && high.is_none()
                && u.kind == UnitKind::Count
                && (!u.plural || n.value % 100.0 != 0.0);
            if !cued_year {
                let k = j + u.tokens;
                // `two major rebel strongholds`, `three civilian deaths`, `11 aircraft
                // carriers`: a singular noun before a plural one modifies it; the head is
                // the last noun.
                let one = !counted.vague && counted.value == 1.0;
                // `One police investigator`: after one, a noun that is as often a modifier
                // (`police`, `rebel`, `civilian`) before a word in lower case counts nothing
                // itself.
                let modifier_only = one
                    && u.noun_from == 0
                    && u.tokens == 1
                    && units::is_adjective(tokens[j].lower.as_ref())
                    && tokens.get(k).is_some_and(|t| {
                        t.is_word()
                            && !t.glued
                            && t.text.chars().all(|c| c.is_ascii_lowercase())
                            && !t.text.ends_with("ed")
                            && !lang_stopword(t.lower.as_ref())
                    });
                let adjunct = u.kind == UnitKind::Count && !u.plural && (!one || modifier_only);
                if let Some(h) = adjunct
                    .then(|| units::lookup(tokens, k))
                    .flatten()
                    .filter(|h| h.kind == UnitKind::Count && (h.plural || one) && h.noun_from == 0)
                {
                    last = keep(k + h.tokens - 1);
                    unit = Some((h, k));
                } else if let Some(key) = adjunct.then(|| plural_head(tokens, k)).flatten() {
                    last = keep(k);
                    noun = Some((key, k, k));
                } else if let Some((key, at)) = (adjunct && !one && !hyphen)
                    .then(|| en54::adjunct_head(tokens, counted, k))
                    .flatten()
                    .or_else(|| {
                        (!one && !hyphen && !adjunct && attributive_plural(tokens, j, &u))
                            .then(|| en54::head(tokens, k))
                            .flatten()
                    })
                {
                    // `two captive U.S. journalists`, `50 special operations forces`
                    last = keep(at);
                    noun = Some((key, k, at));
                } else if let Some((key, at)) =
                    (!one && !hyphen && (adjunct || attributive_plural(tokens, j, &u)))
                        .then(|| chain_head(tokens, k, adjunct))
                        .flatten()
                {
                    // `240 jihadist terrorism cases`, `two nuclear weapons tests`: the head
                    // is the last noun of the chain.
                    last = keep(at);
                    noun = Some((key, at, at));
                } else if modifier_only {
                    return None;
                } else if let Some((p, end)) =
                    nouns::people_pair(tokens, &u, j).or_else(|| en60::kind_pair(tokens, &u, j))
                {
                    // `hundreds of women and children`: people of two kinds.
                    last = keep(end);
                    unit = Some((p, j));
                } else {
                    last = keep(k - 1);
                    unit = Some((u, j));
                }
            }
        } else if let Some((key, from, at)) = currency
            .is_none()
            .then(|| units::model_plural(tokens, j))
            .flatten()
            .map(|(key, at)| (key, j, at))
        {
            // `63 F-35s`
            last = keep(at);
            noun = Some((key, from, at));
        } else if let Some((key, at)) = unknown(j) {
            last = keep(at);
            noun = Some((key, at, at));
        } else if let Some(u) = (currency.is_none() && !year_shaped(&n))
            .then(|| modified_days(tokens, j))
            .flatten()
        {
            // `11 furlough days`, `five of 11 sick days`: days of a kind.
            last = keep(j + u.tokens);
            unit = Some((u, j + 1));
        } else if let Some(t) = [j, j + 1].into_iter().find(|&t| {
            // `two more times`, `four consecutive times`: a word between the number and
            // `times` that adds or orders occurrences.
            (t == j
                || tokens.get(j).is_some_and(|m| {
                    matches!(
                        m.lower.as_ref(),
                        "more"
                            | "consecutive"
                            | "straight"
                            | "successive"
                            | "separate"
                            | "different"
                    )
                }))
                && tokens.get(t).is_some_and(|t| t.text == "times")
        }) && (n.vague || n.value != 1.0)
            && !year_shaped(&n)
            && !multiplier(tokens, t + 1)
        {
            // `at least 35 times`: occurrences (`three times as many` multiplies).
            last = keep(t);
            noun = Some(("time".to_string(), t, t));
        }
        // `billions of taxpayer dollars`, `millions of hard-earned dollars`: a currency
        // as the head is money.
        if currency.is_none()
            && let Some(at) = noun.as_ref().map(|x| x.2)
            && let Some((u, k)) = nouns2::money_head(tokens, at)
        {
            last = keep(k);
            unit = Some((u, k));
            noun = None;
        }
    }
    // (`100-plus` with no noun after: the qualifier is read after the number below.)
    // (Nor `one or more of them`: the qualifier after the number, no part of a whole.)
    if (plus_before || part_after) && unit.is_none() && noun.is_none() {
        early_after = None;
    }
    let mut qualifier_after = early_after.or(plus_percent.then_some(Qualifier::AtLeast));
    // (`several rebel targets at least four times`: a qualifier before another number is
    // that number's.)
    if qualifier_after.is_none()
        && let Some(q) = qualifiers::after(tokens, last + 1)
            .filter(|q| !tokens.get(q.last + 1).is_some_and(is_number_token))
    {
        last = q.last;
        qualifier_after = Some(q.qualifier);
    }
    // `four-star`, `two-time`: a number in a compound adjective that counts nothing.
    if unit.is_none()
        && noun.is_none()
        && !percent
        && tokens
            .get(last + 1)
            .is_some_and(|t| t.glued && t.is_punct('-'))
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.glued && t.is_word() && !numbers::is_number_word(t))
    {
        // (`three-nought-four` is three numbers.)
        return None;
    }
    let time = unit.as_ref().and_then(|(u, _)| match u.kind {
        UnitKind::Time { designator, factor } => Some((designator, factor)),
        _ => None,
    });
    // `18 months to two years`: a range of durations in two units (the larger unit at the
    // high end).
    let mut mixed: Option<Value> = None;
    if high.is_none()
        && !n.vague
        && qualifier_before.is_none()
        && qualifier_after.is_none()
        && let Some((d, f)) = time
        && let Some(j) = qualifiers::range_close(tokens, last, open.map(|o| o.0))
        && tokens[j - 1].is_word()
        && let Some(m) = tokens
            .get(j)
            .filter(|t| is_number_token(t))
            .and_then(|_| numbers::parse_at(tokens, j))
        && !m.vague
        && let Some(u) = units::lookup(tokens, m.last + 1)
        && let UnitKind::Time {
            designator: d2,
            factor: f2,
        } = u.kind
        && d2 != d
        && let (Some(a), Some(b)) = (days(d), days(d2))
        && b * f64::from(f2) * m.value > a * f64::from(f) * n.value
    {
        last = m.last + u.tokens;
        if let Some((_, p)) = open {
            first = p;
        }
        mixed = Some(Value::Text(iso_duration(tidy(m.high * f64::from(f2)), d2)));
    }
    // `two hours and 20 minutes`, `a 2-hour-20-minute presentation`, `three years and four
    // months`: one span told in two units, the smaller less than one of the larger.
    let mut compound: Option<Value> = None;
    let hyphen = tokens
        .get(last + 1)
        .is_some_and(|t| t.glued && t.is_punct('-'));
    if high.is_none()
        && mixed.is_none()
        && !n.vague
        && qualifier_before.is_none()
        && qualifier_after.is_none()
        && let Some((d, f)) = time
        && (hyphen || tokens.get(last + 1).is_some_and(|t| t.is("and")))
        // (After a hyphen a figure glued on is read as it is: the reader takes `hour-20`
        // for a code.)
        && let Some((value, m_last)) = if hyphen {
            tokens
                .get(last + 2)
                .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() <= 2)
                .and_then(|t| t.text.parse::<f64>().ok())
                .map(|v| (v, last + 2))
        } else {
            tokens
                .get(last + 2)
                .filter(|t| is_number_token(t))
                .and_then(|_| numbers::parse_at(tokens, last + 2))
                .filter(|m| !m.vague)
                .map(|m| (m.value, m.last))
        }
        && value > 0.0
        && let Some(at) = if hyphen {
            (tokens.get(m_last + 1).is_some_and(|t| t.glued && t.is_punct('-'))
                && tokens.get(m_last + 2).is_some_and(|t| t.glued))
            .then_some(m_last + 2)
        } else {
            Some(m_last + 1)
        }
        && let Some(u) = units::lookup(tokens, at).filter(|u| u.noun_from == 0)
        && let UnitKind::Time {
            designator: d2,
            factor: f2,
        } = u.kind
        && !tokens
            .get(at + u.tokens)
            .is_some_and(|t| t.glued && t.is_punct('-'))
        && let Some(iso) = join_time((n.value, d, f), (value, d2, f2))
    {
        last = at + u.tokens - 1;
        compound = Some(Value::Text(iso));
    }
    // `an hour and 40 minutes`, `a year and eight months`: the larger unit told with the
    // article (no number of its own) before `and` and the smaller.
    if compound.is_none()
        && high.is_none()
        && mixed.is_none()
        && !n.vague
        && qualifier_before.is_none()
        && qualifier_after.is_none()
        && first == n.first
        && first >= 3
        && let Some((d2, f2)) = time
        && tokens[first - 1].is("and")
        && matches!(tokens[first - 3].lower.as_ref(), "a" | "an")
        && qualifiers::before(tokens, first - 3).is_none()
        && let Some(u) = units::lookup(tokens, first - 2)
            .filter(|u| u.noun_from == 0 && u.tokens == 1 && !u.plural)
        && let UnitKind::Time {
            designator: d,
            factor: f,
        } = u.kind
        && let Some(iso) = join_time((1.0, d, f), (n.value, d2, f2))
    {
        first -= 3;
        unit = Some((u, first + 1));
        compound = Some(Value::Text(iso));
    }
    // `several months ago`: a date too vague to read, not a duration; `more than four
    // years ago` bounds the time since (the date declines it).
    let ago = time.is_some() && tokens.get(last + 1).is_some_and(|t| t.is("ago"));
    if ago
        && !qualifier_before
            .map(|q| q.0)
            .or(early_after)
            .is_some_and(bound)
    {
        return None;
    }
    // `over two years`, `under three months`: the time a thing took, not a bound.
    if time.is_some()
        && matches!(
            qualifier_before,
            Some((Qualifier::MoreThan | Qualifier::LessThan, _))
        )
    {
        let p = qualifier_before.map(|q| q.1).unwrap_or(first);
        // (`for over thirty years`, `in over two years`, `of over 20 years`: a span bounded
        // after a preposition of extent.)
        if tokens
            .get(p)
            .is_some_and(|t| matches!(t.lower.as_ref(), "over" | "under"))
            && !ago
            && !p.checked_sub(1).is_some_and(|b| {
                // (`after over 6 1/2 years`, `with over 20 years`: after another
                // preposition `over` can only bound.)
                matches!(
                    tokens[b].lower.as_ref(),
                    "for" | "in" | "of" | "after" | "with" | "within" | "by" | "to" | "from"
                )
            })
        {
            qualifier_before = None;
        }
    }
    // `under several presidents`, `under two prime ministers`: during their rule, no bound.
    if let Some((Qualifier::LessThan, p)) = qualifier_before
        && p + 1 == first
        && tokens[p].is("under")
    {
        let head = noun
            .as_ref()
            .map(|(key, _, _)| key.as_str())
            .or_else(|| unit.as_ref().map(|(u, _)| u.concept));
        if head.is_some_and(|h| ruler(h) || nouns::frame(h)) {
            qualifier_before = None;
        }
    }
    // `said one Iraqi security official`, `according to one diplomat`, `One man who ...`:
    // `one` presents a source or a person (the indefinite article), it counts nothing.
    if n.in_words
        && n.value == 1.0
        && n.first == n.last
        && tokens[n.first].is("one")
        && qualifier_before.is_none()
        && time.is_none()
        && (unit.is_some() || noun.is_some())
        && presentational(tokens, n.first, last)
    {
        return None;
    }
    // `Poland dropped from 36 to 12 percent favorable ..., Germany from 32 to 19`: a `from
    // X to Y` pair of bare figures after a percent in the sentence is percents too.
    if !percent
        && unit.is_none()
        && noun.is_none()
        && currency.is_none()
        && high.is_none()
        && qualifier_before.is_none()
        && qualifier_after.is_none()
        && n.first == n.last
        && tokens[n.first].kind == TokenKind::Digits
        && !year_shaped(&n)
        && percent_pair(tokens, n.first)
        && tokens[..n.first + 4.min(tokens.len() - n.first)]
            .iter()
            .any(|t| t.is("percent") || t.is_punct('%'))
    {
        percent = true;
    }
    if let Some((_, q)) = qualifier_before {
        first = q;
    }
    let bare = unit.is_none()
        && noun.is_none()
        && !percent
        && currency.is_none()
        && high.is_none()
        && qualifier_before.is_none()
        && qualifier_after.is_none();
    let prev_word = |k: usize| {
        first
            .checked_sub(k)
            .map_or("", |p| tokens[p].lower.as_ref())
    };
    // `the two are`, `between the two`: a number standing for the things it counts.
    if bare
        && n.in_words
        && n.value <= 10.0
        && matches!(prev_word(1), "the" | "those" | "these" | "all")
    {
        return None;
    }
    // `at age 95`, `aged 35`: an age is a duration in years.
    if bare
        && !n.in_words
        && matches!(prev_word(1), "age" | "aged")
        && (1.0..=130.0).contains(&n.value)
    {
        let v = Value::Text(iso_duration(n.value, 'Y'));
        let mut r = Recognized::exact(
            ctx.index,
            tokens[n.first].start,
            tokens[n.last].end,
            Kind::Duration,
            v,
        );
        r.unit = Some("year".to_string());
        r.subject = ctx.subjects.subject(n.first, n.last);
        return Some((r, n.last + 1));
    }
    if bare && year_shaped(&n) {
        let year = n.value as i16;
        let mut r = Recognized::exact(
            ctx.index,
            tokens[n.first].start,
            tokens[n.last].end,
            Kind::Date,
            Value::Text(format!("{year:04}")),
        );
        r.low = Some(Value::Text(format!("{year:04}-01-01")));
        r.high = Some(Value::Text(format!("{year:04}-12-31")));
        r.subject = ctx.subjects.subject(n.first, n.last);
        return Some((r, n.last + 1));
    }
    let money = currency.is_some()
        || unit
            .as_ref()
            .is_some_and(|(u, _)| u.kind == UnitKind::Money);
    let kind = if percent {
        Kind::Percent
    } else if money {
        Kind::Money
    } else if time.is_some() {
        Kind::Duration
    } else if unit.is_some() || noun.is_some() {
        Kind::Count
    } else {
        Kind::Number
    };
    let qualifier = if high.is_some() || mixed.is_some() {
        Qualifier::Range
    } else if let (Some((b, _)), Some(a)) = (qualifier_before, qualifier_after)
        && opposite_bounds(b, a)
    {
        // `up to a dozen or more sailors`: the bound after the noun says which way the
        // count may go (`a dozen or more`); the `up to` before it only hedges.
        a
    } else if let Some(q) = qualifier_before.map(|q| q.0).or(qualifier_after) {
        q
    } else if n.vague {
        Qualifier::Vague
    } else {
        Qualifier::Exact
    };
    let (low, hi) = match &high {
        Some(m) => (Some(n.low), Some(m.high)),
        None => bounds(qualifier, &n),
    };
    let value_of = |v: f64| match time {
        Some((d, f)) => Value::Text(iso_duration(tidy(v * f64::from(f)), d)),
        None => Value::Number(v),
    };
    let mut r = Recognized::exact(
        ctx.index,
        tokens[first].start,
        tokens[last].end,
        kind,
        value_of(n.value),
    );
    r.low = low.map(value_of);
    r.high = hi.map(value_of);
    if let Some(h) = mixed {
        r.low = Some(value_of(n.low));
        r.high = Some(h);
    }
    if let Some(v) = compound {
        r.value = v.clone();
        r.low = Some(v.clone());
        r.high = Some(v);
    }
    r.qualifier = qualifier;
    if let Some((u, at)) = &unit {
        r.unit = Some(u.concept.to_string());
        let from = at + u.noun_from;
        r.unit_text = Some(
            tokens[from..=at + u.tokens - 1]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
                .replace(" - ", "-"),
        );
    } else if let Some((key, from, at)) = noun {
        r.unit = Some(en60::noun_concept(&key, n.value, n.vague).map_or(key, str::to_string));
        r.unit_text = Some(tokens[from..=at].iter().map(|t| t.text).collect::<String>());
    } else if let Some(c) = currency {
        r.unit = Some(c.to_string());
    }
    r.subject = ctx.subjects.subject(first, last);
    Some((r, last + 1))
}

/// A head noun of people who rule or govern: `under` before it is `during the rule of`.
fn ruler(key: &str) -> bool {
    matches!(
        key,
        "president"
            | "prime minister"
            | "premier"
            | "chancellor"
            | "king"
            | "queen"
            | "monarch"
            | "ruler"
            | "leader"
            | "dictator"
            | "administration"
            | "government"
            | "regime"
            | "governor"
            | "mayor"
            | "minister"
            | "secretary"
            | "commander"
            | "chief"
            | "director"
            | "emperor"
            | "shah"
            | "sultan"
            | "caliph"
            | "pope"
            | "coach"
    )
}

/// Whether `one` at `i`, counting a noun that ends at `last`, presents a source or a person
/// rather than counting one: after an inverted `said`/`says`/`told` or `according to`
/// (`..., said one official`), or opening a sentence before `who` (`One man who ...`).
fn presentational(tokens: &[Token<'_>], i: usize, last: usize) -> bool {
    let after_said = i >= 1
        && matches!(
            tokens[i - 1].lower.as_ref(),
            "said" | "says" | "told" | "added" | "noted" | "explained" | "wrote"
        )
        && (i == 1 || !tokens[i - 2].is_word());
    let according = i >= 2 && tokens[i - 1].is("to") && tokens[i - 2].is("according");
    let opening = (i == 0 || (i == 1 && !tokens[i - 1].is_word()))
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "who" | "whose"));
    // `One police officer, speaking on condition of anonymity, confirmed`, `One official
    // said`, `"…," one woman told CNN`, `…, one senior official said`: a source opening the
    // sentence or a clause, then its reporting verb (after a parenthetical between commas).
    let clause = i == 0
        || !tokens[i - 1].is_word()
        || (matches!(tokens[i - 1].lower.as_ref(), "and" | "but")
            && (i == 1 || !tokens[i - 2].is_word()));
    let source = clause && {
        let verb = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_word() && lex::of(t.lower.as_ref()) & lex::VERB != 0)
        };
        // (`One official familiar with the talks said`, `one official briefed on it said`.)
        let modifier = tokens.get(last + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "familiar" | "close" | "briefed" | "involved" | "informed" | "knowledgeable"
            )
        });
        verb(last + 1)
            || (modifier
                && (last + 2..(last + 8).min(tokens.len()))
                    .take_while(|&k| tokens[k].is_word())
                    .any(verb))
            || (tokens.get(last + 1).is_some_and(|t| t.is_punct(','))
                && tokens
                    .iter()
                    .enumerate()
                    .skip(last + 2)
                    .take(12)
                    .find(|(_, t)| !t.is_word())
                    .is_some_and(|(k, t)| t.is_punct(',') && verb(k + 1)))
    };
    after_said || according || opening || source
}

/// Whether the lone figure at `i` is an end of `from X to Y`, two lone figures ending a
/// clause (`Germany from 32 to 19,`).
fn percent_pair(tokens: &[Token<'_>], i: usize) -> bool {
    // (A lone figure: no decimals, no thousands glued to it; a comma may close it.)
    let figure = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Digits && !t.glued)
            && match tokens.get(k + 1) {
                Some(t) if t.glued => {
                    matches!(t.kind, TokenKind::Punct(',' | ';' | ')' | '.'))
                        && !tokens.get(k + 2).is_some_and(|d| d.glued)
                }
                _ => true,
            }
    };
    let from = if i >= 1 && tokens[i - 1].is("from") {
        i
    } else if i >= 3 && tokens[i - 1].is("to") && tokens[i - 3].is("from") {
        i - 2
    } else {
        return false;
    };
    figure(from)
        && tokens.get(from + 1).is_some_and(|t| t.is("to"))
        && figure(from + 2)
        && tokens
            .get(from + 3)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct(c) if c != '-') || t.is("percent"))
}

/// One duration from a span told in two units of time, each (number, designator, factor of
/// the unit): `two hours and 20 minutes`, `an hour and 40 minutes` (PT2H20M, PT1H40M). None
/// unless the second is less than one of the first's units.
fn join_time(big: (f64, char, u32), small: (f64, char, u32)) -> Option<String> {
    let ((n, d, f), (m, d2, f2)) = (big, small);
    let (a, b) = (seconds(d)?, seconds(d2)?);
    if b * f64::from(f2) * m >= a * f64::from(f) {
        return None;
    }
    crate::model::join_durations(
        &iso_duration(tidy(n * f64::from(f)), d),
        &iso_duration(tidy(m * f64::from(f2)), d2),
    )
}

/// The seconds in one of a duration's designators (`Y`, `M`, `W`, `D`, `h`, `m`, `s`).
fn seconds(d: char) -> Option<f64> {
    match d {
        'h' => Some(3600.0),
        'm' => Some(60.0),
        's' => Some(1.0),
        _ => days(d).map(|n| n * 86400.0),
    }
}

/// Days in one of a unit of time with designator `d` (years, months, weeks, days only).
fn days(d: char) -> Option<f64> {
    match d {
        'Y' => Some(365.0),
        'M' => Some(30.0),
        'W' => Some(7.0),
        'D' => Some(1.0),
        _ => None,
    }
}

/// A qualifier that bounds a value on one side (`more than`, `at most`).
fn bound(q: Qualifier) -> bool {
    matches!(
        q,
        Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
    )
}

/// The bounds of a number that is no range, by its qualifier.
fn bounds(qualifier: Qualifier, n: &Num) -> (Option<f64>, Option<f64>) {
    match qualifier {
        Qualifier::Approx => {
            let (low, high) = approx_bounds(n.value, n.high);
            (Some(low), Some(high))
        }
        Qualifier::MoreThan | Qualifier::AtLeast => (Some(n.value), None),
        Qualifier::LessThan | Qualifier::AtMost => (None, Some(n.high)),
        _ => (Some(n.low), Some(n.high)),
    }
}

/// `an hour and a half`, `a mile and a half`, `the last decade and a half`: one unit and a
/// half, read at the `a half` of token `i` back to the unit (and its `a`), which must come
/// at or after token `free` (no claim took it). `two years and a half` is left alone.
fn and_a_half(ctx: &Ctx<'_, '_>, i: usize, free: usize) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    if i < free + 2 || !tokens[i - 1].is("and") || !tokens[i].is_word() {
        return None;
    }
    let n = numbers::parse_at(tokens, i)?;
    let at = i - 2;
    // (`the West Bank and a half century`: a name is no unit.)
    let u = units::lookup(tokens, at).filter(|u| {
        n.value == 0.5
            && u.tokens == 1
            && !u.plural
            && u.kind != UnitKind::Money
            && !tokens[at].capitalized()
    })?;
    let article = at > free && (tokens[at - 1].is("a") || tokens[at - 1].is("an"));
    if !article && at > 0 && is_number_token(&tokens[at - 1]) {
        return None;
    }
    let mut first = if article { at - 1 } else { at };
    let mut qualifier = Qualifier::Exact;
    if let Some(q) = qualifiers::before(tokens, first).filter(|q| q.first >= free) {
        (first, qualifier) = (q.first, q.qualifier);
    }
    let whole = Num {
        first,
        value: 1.5,
        low: 1.5,
        high: 1.5,
        ..n
    };
    let value_of = |v: f64| match u.kind {
        UnitKind::Time { designator, factor } => {
            Value::Text(iso_duration(tidy(v * f64::from(factor)), designator))
        }
        _ => Value::Number(v),
    };
    let kind = match u.kind {
        UnitKind::Time { .. } => Kind::Duration,
        _ => Kind::Count,
    };
    let mut r = Recognized::exact(
        ctx.index,
        tokens[first].start,
        tokens[whole.last].end,
        kind,
        value_of(1.5),
    );
    let (low, high) = bounds(qualifier, &whole);
    r.low = low.map(value_of);
    r.high = high.map(value_of);
    r.qualifier = qualifier;
    r.unit = Some(u.concept.to_string());
    r.unit_text = Some(tokens[at].text.to_string());
    r.subject = ctx.subjects.subject(first, whole.last);
    Some((r, whole.last + 1))
}

/// Whether one qualifier bounds a number from above and the other from below.
fn opposite_bounds(a: Qualifier, b: Qualifier) -> bool {
    let upper = |q: Qualifier| matches!(q, Qualifier::AtMost | Qualifier::LessThan);
    let lower = |q: Qualifier| matches!(q, Qualifier::AtLeast | Qualifier::MoreThan);
    (upper(a) && lower(b)) || (lower(a) && upper(b))
}

/// A date at token `i`: `Aug. 8`, `on Wednesday`, `last month`, `10/31/1974`; no claim
/// (but the token after it) for a date inside a name (see [`date_in_name`]).
fn date(
    ctx: &Ctx<'_, '_>,
    i: usize,
    publication: Option<jiff::civil::Date>,
    (same_day, early, late): (bool, bool, bool),
    anchor: Option<jiff::civil::Date>,
    narrative: Option<(jiff::civil::Date, jiff::civil::Date)>,
    previous: &[Token<'_>],
) -> Option<(Option<Recognized>, usize)> {
    if programme_title(ctx.tokens, i) || page_stamp(ctx, i) {
        return None;
    }
    let d = dates::parse_at(
        ctx.tokens,
        i,
        publication,
        same_day,
        anchor,
        narrative,
        previous,
    )?;
    let d = weekdays::coming(ctx.tokens, d, publication, early);
    let d = if en64::past_day_after(ctx.tokens, &d, late) {
        d
    } else {
        en57::day_after(ctx.tokens, d, publication)
    };
    // (en53: `Thursday the first rule`: the weekday alone; a month to come read a year back.)
    let d = match en53::weekday_alone(ctx.tokens, &d) {
        Some(end) => dates::parse_at(
            &ctx.tokens[..end],
            i,
            publication,
            same_day,
            anchor,
            narrative,
            previous,
        )?,
        None => d,
    };
    let d = en53::coming_month(ctx.tokens, d, publication);
    let d = en59::coming(ctx.tokens, d, publication);
    let d = en62::coming_election(
        ctx.tokens,
        en62::past_month(ctx.tokens, d, publication),
        publication,
    );
    if en59::unanchored(ctx.tokens, &d)
        || en62::recurring(ctx.tokens, &d)
        || en63::hypothetical(ctx.tokens, &d)
        || en64::thread_counter(ctx.tokens, &d)
    {
        return Some((None, d.last + 1));
    }
    if weekdays::habitual(ctx.tokens, &d) {
        return Some((None, d.last + 1));
    }
    if date_in_name(ctx.tokens, &d) {
        return Some((None, d.last + 1));
    }
    // A bare `today` that means "nowadays", heads a section or is quoted from another day.
    if d.first == d.last
        && ctx.tokens[d.first].is("today")
        && !today::dates_event(ctx.text, ctx.tokens, d.first, publication)
    {
        return None;
    }
    if (d.first..=d.last).any(|k| weekday_in_title(ctx.tokens, k)) {
        return None;
    }
    // `held each year in April`, `every year in late May`, `annually in March`: a month
    // that comes back every year, not one dated month.
    if d.grain != dates::Grain::Day
        && (d.first.saturating_sub(4)..d.first)
            .skip_while(|&k| (k..d.first).any(|j| !ctx.tokens[j].is_word()))
            .any(|k| {
                ctx.tokens[k].is("annually")
                    || (ctx.tokens[k].is("year")
                        && k > 0
                        && matches!(ctx.tokens[k - 1].lower.as_ref(), "each" | "every"))
            })
        && !ctx.tokens[d.first..=d.last]
            .iter()
            .any(|t| t.kind == TokenKind::Digits && t.text.len() == 4)
    {
        return None;
    }
    // `more than four years ago`: a bound on the time since, read as that duration (as the
    // Arabic pack reads `منذ أكثر من أربع سنوات`), not a date at the bound.
    if ctx.tokens[d.last].is("ago")
        && is_number_token(&ctx.tokens[d.first])
        && qualifiers::before(ctx.tokens, d.first).is_some_and(|q| bound(q.qualifier))
    {
        return None;
    }
    let (mut r, next) = date_claim(ctx, &d);
    // `nearly 30 years ago`, `about two weeks ago`: the time since is approximate, and so is
    // the date: the qualifier joins the claim, its days widened as the number's bounds are.
    if ctx.tokens[d.last].is("ago")
        && is_number_token(&ctx.tokens[d.first])
        && let Some(q) = qualifiers::before(ctx.tokens, d.first)
        && q.qualifier == Qualifier::Approx
        && let Some(p) = publication
        && let Some((low, high)) = approx_ago(ctx.tokens, &d, p)
    {
        r.byte_start = ctx.tokens[q.first].start;
        r.qualifier = Qualifier::Approx;
        r.low = Some(Value::Text(low.to_string()));
        r.high = Some(Value::Text(high.to_string()));
    }
    Some((Some(r), next))
}

/// The days an approximate `n units ago` (see [`date`]) may name before `p`, the
/// publication: from the number's bounds (`approx_bounds`), out to the whole years or
/// months when the date is a year or a month.
fn approx_ago(
    tokens: &[Token<'_>],
    d: &dates::DateMatch,
    p: jiff::civil::Date,
) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    let n = numbers::parse_at(tokens, d.first)?;
    let unit_days = match tokens.get(n.last + 1)?.lower.trim_end_matches('s') {
        "day" => 1.0,
        "week" => 7.0,
        "month" => 30.44,
        "year" => 365.25,
        _ => return None,
    };
    let (lo, hi) = approx_bounds(n.value, n.high);
    let back = |v: f64| {
        p.checked_add(jiff::Span::new().days(-(v * unit_days).round() as i64))
            .ok()
    };
    let (mut low, mut high) = (back(hi)?, back(lo)?);
    match d.grain {
        dates::Grain::Year => {
            low = jiff::civil::Date::new(low.year(), 1, 1).ok()?;
            high = jiff::civil::Date::new(high.year(), 12, 31).ok()?;
        }
        dates::Grain::Month => {
            low = low.first_of_month();
            high = high.last_of_month();
        }
        _ => {}
    }
    Some((low, high))
}

/// Heads of the names of political camps named for a day: `the March 14 coalition`, `the
/// April 6 movement`, `the 14 March bloc`, `the February 17 Martyrs' Brigade`.
const DAY_NAMED: &[&str] = &[
    "coalition",
    "alliance",
    "movement",
    "bloc",
    "camp",
    "forces",
    "front",
    "youth",
    "martyrs",
    "martyrs'",
    "brigade",
    "brigades",
];

/// Whether the date `d` (a day and its month, no year, no weekday) names a camp (see
/// [`DAY_NAMED`], also after `political`): no date claim (`the June 30 protests`, `the
/// April 2 framework` stay dates, as does `on March 14 forces …`, after a preposition).
fn date_in_name(tokens: &[Token<'_>], d: &dates::DateMatch) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_ref());
    let span = &tokens[d.first..=d.last];
    let head = |k: usize| DAY_NAMED.contains(&word(k));
    if !(head(d.last + 1) || (word(d.last + 1) == "political" && head(d.last + 2))) {
        return false;
    }
    // A preposition opening the date or before it dates it (`on March 14 forces …`); an
    // article opening it opens the name (`a member of the 14 March bloc`).
    let dated = word(d.first) != "the"
        && [Some(d.first), d.first.checked_sub(1)]
            .into_iter()
            .flatten()
            .any(|k| {
                matches!(
                    word(k),
                    "on" | "by"
                        | "since"
                        | "until"
                        | "till"
                        | "from"
                        | "before"
                        | "after"
                        | "in"
                        | "through"
                        | "to"
                        | "at"
                        | "during"
                        | "of"
                )
            });
    d.grain == dates::Grain::Day
        && !dated
        && span.len() <= 3
        && !span.iter().any(|t| {
            (t.kind == TokenKind::Digits && t.text.len() > 2) || dates::is_weekday(&t.lower)
        })
        && span.iter().any(|t| t.kind == TokenKind::Digits)
}

/// The claim of a date found at its tokens, and the token after it.
fn date_claim(ctx: &Ctx<'_, '_>, d: &dates::DateMatch) -> (Recognized, usize) {
    let day = |d: jiff::civil::Date| Value::Text(d.to_string());
    let mut r = Recognized::exact(
        ctx.index,
        ctx.tokens[d.first].start,
        ctx.tokens[d.last].end,
        Kind::Date,
        Value::Text(d.iso()),
    );
    if d.grain != dates::Grain::Day {
        // A month or year covers its days: a day inside it is compatible, not a conflict.
        r.low = Some(day(d.date));
        r.high = Some(day(d.last_day));
    }
    r.subject = ctx.subjects.subject(d.first, d.last);
    (r, d.last + 1)
}

/// `ABC's This Week`, `told "This Week"`, `said on This Week`: `This Week` capitalized
/// inside a sentence after a possessive, a quote or a word in lower case is the name of a
/// programme (a headline's title case has a capitalized word before it).
fn programme_title(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && tokens[i].text == "This"
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.text, "Week" | "Morning"))
        && {
            let p = &tokens[i - 1];
            p.text == "CBS"
                || matches!(p.kind, TokenKind::Punct('"' | '“' | '\'' | '‘'))
                || (p.is_word()
                    && (p.text.starts_with(|c: char| c.is_lowercase())
                        || p.lower.ends_with("'s")
                        || p.lower.ends_with("s'")))
        }
}

/// Newspapers named for the day they come out on (`Sunday Times`, `Mail on Sunday`).
const WEEKDAY_PAPERS: &[&str] = &[
    "Times",
    "Telegraph",
    "Express",
    "Mirror",
    "Herald",
    "Post",
    "Independent",
    "Mail",
    "Star",
    "People",
];

/// Whether the capitalized weekday at `k` is part of the name of a programme or a
/// newspaper: `Fox News Sunday`, `The Sunday Times`, `The Mail on Sunday`, `Independent
/// on Sunday` (not `told Fox News Monday`, where the weekday dates the interview).
fn weekday_in_title(tokens: &[Token<'_>], k: usize) -> bool {
    let t = &tokens[k];
    let is = |j: Option<usize>, word: &str| {
        j.and_then(|j| tokens.get(j))
            .is_some_and(|t| t.text == word)
    };
    if !t.capitalized() || !dates::is_weekday(t.lower.as_ref()) {
        return false;
    }
    // (`Saturday Night Live`, `the Saturday Night Massacre`, `Bloody Sunday`: names.)
    (t.text == "Sunday" && is(k.checked_sub(1), "News") && is(k.checked_sub(2), "Fox"))
        || is(k.checked_sub(1), "Bloody")
        || (is(Some(k + 1), "Night")
            && tokens
                .get(k + 2)
                .is_some_and(|n| n.is_word() && n.capitalized()))
        || tokens
            .get(k + 1)
            .is_some_and(|n| !n.glued && WEEKDAY_PAPERS.contains(&n.text))
        || (is(k.checked_sub(1), "on")
            && k.checked_sub(2)
                .is_some_and(|j| ["Mail", "Independent", "Scotland"].contains(&tokens[j].text)))
}

/// An ordinal at token `i`: `third`, `21st`, `twenty-fifth`.
fn ordinal(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Recognized, usize)> {
    let o = numbers::ordinal_at(ctx.tokens, i)?;
    let tokens = ctx.tokens;
    // `(2nd R)`, `(3rd L)`, `(2nd L, front)`: a caption's place in the photo (second from
    // the right), no rank.
    if i > 0
        && tokens[i - 1].is_punct('(')
        && tokens
            .get(o.last + 1)
            .is_some_and(|t| matches!(t.text, "R" | "L"))
        && tokens
            .get(o.last + 2)
            .is_some_and(|t| t.is_punct(')') || t.is_punct(','))
    {
        return None;
    }
    // A capitalized ordinal inside a sentence is a name (`America First`, `the First
    // Amendment`), and so is an ordinal before a street or a unit's name (`West 27th
    // Street`, `the 82nd Airborne`).
    let opens = i == 0
        || matches!(
            tokens[i - 1].kind,
            TokenKind::Punct('"' | '“' | '(' | '‘' | '\'')
        );
    if tokens[o.first].capitalized() && !opens {
        return None;
    }
    // `the first several rounds`, `the first few weeks`: the ordinal opens a vague count, it
    // ranks nothing alone (`the first two books` stays an ordinal, as the peers read it).
    if tokens
        .get(o.last + 1)
        .is_some_and(|n| matches!(n.lower.as_ref(), "several" | "few" | "couple" | "handful"))
    {
        return None;
    }
    // `his first 15 months as president`, `the first 100 days`: a span of time from the
    // start, counted by the number (`the first two books` ranks).
    if o.value == 1.0
        && tokens.get(o.last + 1).is_some_and(is_number_token)
        && let Some(n) = numbers::parse_at(tokens, o.last + 1)
        && !year_shaped(&n)
        && units::lookup(tokens, n.last + 1)
            .is_some_and(|u| matches!(u.kind, UnitKind::Time { .. }))
    {
        return None;
    }
    // An ordinal word counts a place when something determines it (`the first time`, `its
    // second test`, `Trump's first call`, `a second vote`); alone it is an adverb (`at
    // first`, `they first eliminated`, `Second, …`).
    if tokens[o.first].is_word() {
        let det = i.checked_sub(1).map(|p| &tokens[p]).is_some_and(|p| {
            determiner(p.lower.as_ref())
                || matches!(p.lower.as_ref(), "every" | "each" | "whose")
                || p.lower.ends_with("'s")
                || p.lower.ends_with("s'")
        });
        let next = tokens.get(o.last + 1);
        let name = next.is_some_and(|n| {
            matches!(
                n.lower.as_ref(),
                "name" | "names" | "lady" | "ladies" | "lieutenant" | "sergeant"
            )
        });
        // `the ordinal alone`, `She finished second!`, `Ninth Meeting of …` (a title).
        let alone = tokens.iter().enumerate().all(|(k, t)| {
            (o.first..=o.last).contains(&k) || !t.is_word() && t.kind != TokenKind::Digits
        });
        let ends =
            next.is_none_or(|n| matches!(n.kind, TokenKind::Punct('.' | '!' | '?' | ',' | ';')));
        let ranked = ends
            && i.checked_sub(1).is_some_and(|p| {
                let w = tokens[p].lower.as_ref();
                w.ends_with("ed")
                    || matches!(
                        w,
                        "came" | "come" | "comes" | "is" | "was" | "were" | "are" | "be" | "ranks"
                    )
            });
        let title = opens && next.is_some_and(|n| n.capitalized());
        // `complained from the first that …`, `knew it from the first.`: from the start, an
        // adverb (not `far from the first`, one of a series, nor `from the first day`).
        let from_start = o.value == 1.0
            && i >= 2
            && tokens[i - 1].is("the")
            && tokens[i - 2].is("from")
            && !(i >= 3 && tokens[i - 3].is("far"))
            && next.is_none_or(|n| {
                matches!(n.kind, TokenKind::Punct(c) if c != '-')
                    || matches!(
                        n.lower.as_ref(),
                        "that" | "and" | "but" | "until" | "till" | "on" | "onward" | "onwards"
                    )
            });
        if !(det || alone || ranked || title)
            || name
            || from_start
            || nouns::listed_ordinal(tokens, i, o.last)
            || figurative::matters_most(tokens, i, o.last)
            || figurative::supposed_time(tokens, i, o.last)
        {
            return None;
        }
    }
    // `under the first amendment to the US constitution`, `first amendment rights`: the
    // amendment's name in lower case.
    if tokens.get(o.last + 1).is_some_and(|n| n.is("amendment"))
        && (tokens.get(o.last + 2).is_none_or(|n| {
            !n.is_word()
                || matches!(
                    n.lower.as_ref(),
                    "right"
                        | "rights"
                        | "protection"
                        | "protections"
                        | "freedom"
                        | "freedoms"
                        | "and"
                )
        }) || tokens
            .iter()
            .skip(o.last + 2)
            .take(6)
            .any(|t| t.is("constitution")))
    {
        return None;
    }
    if tokens.get(o.last + 1).is_some_and(|n| {
        n.capitalized()
            && matches!(
                n.lower.as_ref(),
                "street"
                    | "st"
                    | "avenue"
                    | "ave"
                    | "road"
                    | "rd"
                    | "boulevard"
                    | "precinct"
                    | "district"
                    | "ward"
                    | "infantry"
                    | "division"
                    | "brigade"
                    | "battalion"
                    | "regiment"
                    | "fleet"
                    | "army"
                    | "corps"
                    | "airborne"
                    | "amendment"
                    | "congress"
                    | "circuit"
                    | "marine"
                    | "marines"
                    | "armored"
                    | "cavalry"
                    | "squadron"
                    | "wing"
                    | "group"
                    | "century"
                    | "session"
                    | "special"
                    | "ranger"
                    | "rangers"
                    | "platoon"
                    | "company"
                    | "air"
                    | "congressional"
                    | "expeditionary"
                    | "mechanized"
                    | "aviation"
                    | "cavalry's"
                    | "circuit's"
                    | "fleet's"
                    | "army's"
                    | "division's"
                    | "brigade's"
                    | "battalion's"
                    | "regiment's"
                    | "district's"
                    | "amendment's"
            )
    }) {
        return None;
    }
    // `(1st NAEF)`, `organizations like 1st NAEF are`, `the 1st MEF.`: a figure's ordinal
    // before an acronym, with no determiner or ending the noun phrase, is the unit's name
    // (not `the 5th BRICS summit`, the fifth of them).
    if tokens[o.first].kind == TokenKind::Digits
        && tokens[o.last]
            .text
            .ends_with(|c: char| c.is_ascii_lowercase())
        && tokens.get(o.last + 1).is_some_and(|n| {
            n.is_word() && n.text.len() >= 2 && n.text.bytes().all(|b| b.is_ascii_uppercase())
        })
        && (tokens
            .get(o.last + 2)
            .is_none_or(|n| !n.is_word() || n.capitalized())
            || !i
                .checked_sub(1)
                .is_some_and(|p| determiner(tokens[p].lower.as_ref())))
    {
        return None;
    }
    // `the 5th fleet`, `the third armored cavalry regiment`: a unit's name.
    if en56::unit_ordinal(tokens, o.first, o.last) {
        return None;
    }
    let mut r = Recognized::exact(
        ctx.index,
        ctx.tokens[o.first].start,
        ctx.tokens[o.last].end,
        Kind::Ordinal,
        Value::Number(o.value),
    );
    r.subject = ctx.subjects.subject(o.first, o.last);
    Some((r, o.last + 1))
}

#[cfg(test)]
mod tests;
