//! Language packs: everything that knows a language lives behind [`LanguagePack`].
//!
//! A pack turns a segmented document into [`Recognized`] spans. It knows only [`crate::model`]
//! and this module; adding a language means adding a folder here and a line in [`pack`].

pub mod ar;
pub mod digits;
pub mod en;
pub mod entities;
#[cfg(test)]
mod table;

use jiff::civil::Date;

use crate::model::{Kind, Lang, Qualifier, Value};
use crate::segment::Sentence;

/// A text ready for recognition: its sentences and the date relative dates resolve against.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub sentences: Vec<Sentence>,
    pub publication_date: Option<Date>,
}

/// A claim as a pack finds it: byte offsets into [`Document::text`], inside one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Recognized {
    /// Index into [`Document::sentences`].
    pub sentence: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: Kind,
    pub value: Value,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub unit_text: Option<String>,
    pub subject: Option<String>,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub speaker_kind: Option<crate::model::SpeakerKind>,
}

impl Recognized {
    /// An exact value with no unit, subject or speaker.
    pub fn exact(
        sentence: usize,
        byte_start: usize,
        byte_end: usize,
        kind: Kind,
        value: Value,
    ) -> Self {
        Recognized {
            sentence,
            byte_start,
            byte_end,
            kind,
            low: Some(value.clone()),
            high: Some(value.clone()),
            value,
            qualifier: Qualifier::Exact,
            unit: None,
            unit_text: None,
            subject: None,
            speaker: None,
            speaker_mention: None,
            speaker_kind: None,
        }
    }
}

/// What one language contributes to extraction.
pub trait LanguagePack: Send + Sync {
    fn lang(&self) -> Lang;

    /// Words that end in a full stop without ending the sentence (`Sept`, `Mr`).
    fn abbreviations(&self) -> &'static [&'static str] {
        &[]
    }

    /// Reports every claim in `doc`, in order of `byte_start`, never overlapping.
    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Recognized>);
}

/// Hash maps for the packs' lexicons: keys are short words, looked up for every token, so
/// a multiplicative hash over eight bytes at a time ([`WordHasher`]) beats the default
/// SipHash, which guards against hash flooding that a fixed lexicon does not face.
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// The hash of [`FastMap`] and [`FastSet`]: each word of eight bytes (the last one padded
/// with zeros) is mixed in with a rotation, an exclusive or and a multiplication, as
/// rustc's FxHash does, and the result rotated so that its well-mixed high bits index the
/// table. A word of the lexicons is hashed in one to three steps, where FNV-1a took a
/// step per byte.
#[derive(Clone, Copy, Default)]
pub struct WordHasher(u64);

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            // Two reads of four bytes that overlap when there are fewer than eight.
            let lo = u32::from_le_bytes(rest[..4].try_into().expect("four bytes"));
            let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("four bytes"));
            self.add(u64::from(lo) | (u64::from(hi) << 32));
        } else if n > 0 {
            // One, two or three bytes: the first, the middle and the last.
            let word =
                u64::from(rest[0]) | (u64::from(rest[n / 2]) << 8) | (u64::from(rest[n - 1]) << 16);
            self.add(word);
        }
        // The length tells apart the paddings of `ab` and `ab\0`.
        self.add(bytes.len() as u64);
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
}

/// A filter in front of a lexicon looked up for most tokens: one bit for each (first two
/// bytes, last byte, length) of its words, so that most words not in it are turned away
/// before they are hashed and compared. A set bit only says "maybe".
pub struct KeyFilter(Box<[u64; KEY_FILTER_WORDS]>);

const KEY_FILTER_WORDS: usize = 1 << 9;

impl KeyFilter {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> KeyFilter {
        let mut bits = Box::new([0u64; KEY_FILTER_WORDS]);
        for w in words {
            let b = Self::bit(w.as_bytes());
            bits[b >> 6] |= 1 << (b & 63);
        }
        KeyFilter(bits)
    }

    #[inline]
    fn bit(w: &[u8]) -> usize {
        let n = w.len();
        let key = u32::from(w.first().copied().unwrap_or(0))
            | u32::from(w.get(1).copied().unwrap_or(0)) << 8
            | u32::from(w.last().copied().unwrap_or(0)) << 16
            | (n.min(255) as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> 17) as usize
    }

    /// Whether `w` may be one of the words (false: it is not).
    #[inline]
    pub fn may_have(&self, w: &str) -> bool {
        let b = Self::bit(w.as_bytes());
        self.0[b >> 6] & 1 << (b & 63) != 0
    }
}

/// A set of keys behind a [`KeyFilter`]: most words asked of it are in none of its keys'
/// (first two bytes, last byte, length) slots, and are answered without hashing.
pub struct KeySet {
    set: FastSet<String>,
    filter: KeyFilter,
}

impl KeySet {
    /// Whether `k` is one of the keys.
    #[inline]
    pub fn contains(&self, k: &str) -> bool {
        self.filter.may_have(k) && self.set.contains(k)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.set.iter()
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
}

impl From<FastSet<String>> for KeySet {
    fn from(set: FastSet<String>) -> KeySet {
        let filter = KeyFilter::new(set.iter().map(String::as_str));
        KeySet { set, filter }
    }
}

impl FromIterator<String> for KeySet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> KeySet {
        KeySet::from(iter.into_iter().collect::<FastSet<String>>())
    }
}

/// The pack for a language.
pub fn pack(lang: Lang) -> &'static dyn LanguagePack {
    match lang {
        Lang::Ar => &ar::Arabic,
        Lang::En => &en::English,
    }
}

/// Whether a resolved date can be a claim: its year is 0000 to 9999, the years a four-digit
/// ISO 8601 value (`2014-08-08`, `2014`) writes. A relative date that resolves outside them
/// (`yesterday` in an article dated 0000-01-01) is no date claim.
pub fn storable_date(date: Date) -> bool {
    (0..=9999).contains(&date.year())
}

/// Guesses the language from the script: Arabic when Arabic letters outnumber Latin ones.
/// `None` when the text has no letters of either script.
pub fn detect(text: &str) -> Option<Lang> {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) {
            latin += 1;
        }
    }
    match (arabic, latin) {
        (0, 0) => None,
        (a, l) if a >= l => Some(Lang::Ar),
        _ => Some(Lang::En),
    }
}

/// Letters of the Arabic script (the Arabic, Supplement, Extended and Presentation blocks),
/// not its digits or punctuation.
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !matches!(c, '\u{0640}' | '\u{066A}'..='\u{066D}' | '\u{06D4}')
}

/// How many tokens either side of a claim its subject's clause may reach. Clauses are read
/// whole up to this bound; without it a clause of thousands of numbers and no punctuation
/// (a table flattened to text) took time quadratic in its length (fuzzing found 2.6 s for
/// 4 KB of `20 20 20 …`).
const CLAUSE_REACH: usize = 60;

/// The clause of the claim on tokens `first..=last` of a sentence of `count` tokens, for its
/// subject: `(lo, hi)`, from the token after the boundary before the claim to the token before
/// the boundary after it (`is_boundary(i)` says whether token `i` is one), at most
/// [`CLAUSE_REACH`] tokens either side of the claim.
pub fn clause_of(
    count: usize,
    first: usize,
    last: usize,
    is_boundary: impl Fn(usize) -> bool,
) -> (usize, usize) {
    let floor = first.saturating_sub(CLAUSE_REACH);
    let ceiling = (last + CLAUSE_REACH).min(count - 1);
    let mut lo = first;
    while lo > floor && !is_boundary(lo - 1) {
        lo -= 1;
    }
    let mut hi = last;
    while hi < ceiling && !is_boundary(hi + 1) {
        hi += 1;
    }
    (lo, hi)
}

/// The last token of the clause after the claim's clause `..=hi` (found by [`clause_of`]),
/// which a subject with too few terms borrows: its tokens are `hi + 1..=` the result, token
/// `hi + 1` being the boundary. `None` when the reach leaves no room for one.
pub fn next_clause_end(
    count: usize,
    last: usize,
    hi: usize,
    is_boundary: impl Fn(usize) -> bool,
) -> Option<usize> {
    let ceiling = (last + CLAUSE_REACH).min(count - 1);
    if hi + 2 > ceiling {
        return None;
    }
    let mut end = hi + 2;
    while end < ceiling && !is_boundary(end + 1) {
        end += 1;
    }
    Some(end)
}

/// The first `max` distinct terms, joined by single spaces, as a claim's subject (`None`
/// when there are none).
pub fn join_distinct<T: AsRef<str>>(
    terms: impl IntoIterator<Item = T>,
    max: usize,
) -> Option<String> {
    // A subject has few terms (callers ask for ten): they are kept on the stack and the
    // string is allocated once at its length, not three allocations per claim.
    const ON_STACK: usize = 16;
    if max > ON_STACK {
        let mut all: Vec<T> = Vec::with_capacity(max);
        for t in terms {
            if all.len() == max {
                break;
            }
            if !all.iter().any(|a| a.as_ref() == t.as_ref()) {
                all.push(t);
            }
        }
        let joined: Vec<&str> = all.iter().map(AsRef::as_ref).collect();
        return (!joined.is_empty()).then(|| joined.join(" "));
    }
    let mut all: [Option<T>; ON_STACK] = [const { None }; ON_STACK];
    let mut n = 0;
    for t in terms {
        if n == max {
            break;
        }
        if !all[..n].iter().flatten().any(|a| a.as_ref() == t.as_ref()) {
            all[n] = Some(t);
            n += 1;
        }
    }
    let terms = || all[..n].iter().flatten().map(AsRef::as_ref);
    let len = terms().map(str::len).sum::<usize>() + n.saturating_sub(1);
    let mut out = String::with_capacity(len);
    for (k, t) in terms().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(t);
    }
    (n > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_stops_at_boundaries_and_reach() {
        // Tokens 3 and 7 are boundaries; the claim is token 5.
        let b = |i: usize| i == 3 || i == 7;
        assert_eq!(clause_of(10, 5, 5, b), (4, 6));
        assert_eq!(next_clause_end(10, 5, 6, b), Some(9));
        // The claim's clause ends at the sentence's last token: no next clause.
        assert_eq!(next_clause_end(7, 5, 6, b), None);
        // No boundaries at all: the clause is cut CLAUSE_REACH tokens either side.
        let none = |_: usize| false;
        assert_eq!(clause_of(500, 200, 201, none), (140, 261));
        assert_eq!(next_clause_end(500, 200, 261, none), None);
    }

    #[test]
    fn detects_language_from_script() {
        assert_eq!(detect("أعلنت أكثر من ستين دولة"), Some(Lang::Ar));
        assert_eq!(detect("More than 60 countries, said Kerry"), Some(Lang::En));
        assert_eq!(detect("قال Kerry إن 60 دولة"), Some(Lang::Ar));
        assert_eq!(detect("2014 - 12 - 03"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn arabic_letters_exclude_digits_and_tatweel() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ی'));
        assert!(!is_arabic_letter('٣'));
        assert!(!is_arabic_letter('ـ'));
        assert!(!is_arabic_letter('،'));
    }
}
