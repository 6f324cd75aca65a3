//! Arabic tokens: words, numbers in digits and punctuation, with byte offsets, a matching
//! key for each word, and the ways its proclitics can be peeled off.
//!
//! Recognizers look words up by their key ([`Token::key`]) or by a stem after a clitic
//! ([`Token::stems`]): `وخمسة` → `خمسه` after `و`, `بالمئة` → `مئه` after `بال`.

use std::cell::Cell;

use crate::lang::digits::{self, CommaStyle};
use crate::lang::is_arabic_letter;
use crate::normalize;

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// A run of Arabic letters (with any diacritics and tatweel inside it).
    Word,
    /// A run of Latin letters, or of digits that are not a number (`16` in `F-16`).
    Latin,
    /// A number in digits; `percent` when a `%`/`٪` sign is part of it.
    Number { value: f64, percent: bool },
    /// Any other single non-space character.
    Punct(char),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token<'t> {
    pub text: &'t str,
    /// Byte offsets in the text the tokens were read from.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The matching key of a word ([`normalize::key`]); empty for other tokens.
    pub key: String,
    /// The word lists a word's stems are in ([`super::lex`]), found once here for the
    /// readers that ask them of every word; 0 for other tokens.
    pub lex: u8,
}

impl Token<'_> {
    pub fn number(&self) -> Option<f64> {
        match self.kind {
            TokenKind::Number { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The byte offset in the text after the first `n` chars of this word's key (a
    /// proclitic's length), skipping the diacritics and tatweel that the key drops.
    pub fn offset_after_key_chars(&self, n: usize) -> usize {
        let mut seen = 0;
        for (i, c) in self.text.char_indices() {
            if is_dropped(c) {
                continue;
            }
            if seen == n {
                return self.start + i;
            }
            seen += 1;
        }
        self.end
    }

    /// The key without each possible proclitic, longest prefix first, the bare key last:
    /// `(prefix, stem)` pairs. Only stems of at least two letters are offered.
    pub fn stems(&self) -> impl DoubleEndedIterator<Item = (&'static str, &str)> {
        stems(&self.key)
    }
}

/// Proclitic sequences by their first letter, longest first. Keys are normalized, so `أ`
/// never appears. Grouping by the first letter spares comparing a word with prefixes it
/// cannot have (this runs for every word).
fn prefixes(first: char) -> &'static [&'static str] {
    match first {
        'و' => &["وبال", "وكال", "ولل", "وال", "وب", "ول", "وك", "و"],
        'ف' => &["فبال", "فلل", "فال", "فب", "فل", "ف"],
        'ب' => &["بال", "ب"],
        'ل' => &["لل", "ل"],
        'ك' => &["كال", "ك"],
        'ا' => &["ال"],
        _ => &[],
    }
}

/// See [`Token::stems`].
pub fn stems(key: &str) -> impl DoubleEndedIterator<Item = (&'static str, &str)> {
    let first = key.chars().next().unwrap_or(' ');
    prefixes(first)
        .iter()
        .filter_map(move |p| {
            let rest = key.strip_prefix(p)?;
            (rest.chars().nth(1).is_some()).then_some((*p, rest))
        })
        .chain(std::iter::once(("", key)))
}

/// Chars inside a word that [`normalize::key`] drops.
fn is_dropped(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200C}'..='\u{200F}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    // Most chars of an Arabic text sit in the Arabic block: answer those from a table.
    let u = c as u32;
    if (0x0600..0x0700).contains(&u) {
        !matches!(ARABIC_BLOCK[(u - 0x0600) as usize], Class::Other)
    } else {
        is_word_char_slow(c)
    }
}

const fn is_word_char_slow(c: char) -> bool {
    is_arabic_letter(c) || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// What a char of the Arabic block is to a word and its key.
#[derive(Clone, Copy)]
enum Class {
    /// Not a word char.
    Other,
    /// A word char the key keeps.
    Kept,
    /// A diacritic or tatweel: in the word, not in its key.
    Dropped,
    /// A letter the key writes as another (`أ` → `ا`).
    Folded(char),
}

/// [`Class`] for U+0600..U+06FF, agreeing with [`is_word_char_slow`] and
/// [`normalize::key`].
static ARABIC_BLOCK: [Class; 256] = {
    let mut table = [Class::Other; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x0600 + k as u32)
            && is_word_char_slow(c)
        {
            table[k] = match c {
                '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => Class::Dropped,
                'أ' | 'إ' | 'آ' | 'ٱ' => Class::Folded('ا'),
                'ى' | 'ئ' => Class::Folded('ي'),
                'ة' => Class::Folded('ه'),
                'ؤ' => Class::Folded('و'),
                _ => Class::Kept,
            };
        }
        k += 1;
    }
    table
};

/// The chars of [`ARABIC_BLOCK`] that are [`Class::Kept`].
static KEPT: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < 256 {
        table[k] = matches!(ARABIC_BLOCK[k], Class::Kept);
        k += 1;
    }
    table
};

/// [`KEPT`] by the two bytes of a char with lead byte D8 or D9: the low bit of the lead
/// byte, then the second byte (a continuation byte, 80..BF, for a valid char).
static KEPT_PAIRS: [bool; 512] = {
    let mut table = [false; 512];
    let mut k = 0;
    while k < 512 {
        let (lead, next) = (0xD8 | (k >> 8), k & 0xFF);
        if next & 0xC0 == 0x80 {
            table[k] = KEPT[((lead & 0x03) << 6) | (next & 0x3F)];
        }
        k += 1;
    }
    table
};

/// Reads the run of word chars that `s` starts with: returns its byte length and appends
/// its key to `key`. The key is what [`normalize::key`] gives for the run (a word has no
/// whitespace, no Latin, no case, so only the chars [`ARABIC_BLOCK`] drops or folds
/// differ), but for the `ميرك` spelling that [`fold_mirk`] then rewrites. This runs for
/// every word: the Arabic block is read two bytes at a time and kept stretches are copied
/// whole.
fn read_word(s: &str, key: &mut String) -> usize {
    let bytes = s.as_bytes();
    // Bytes of `s` before this offset are in `key` already.
    let mut copied = 0;
    let mut j = 0;
    while j < bytes.len() {
        // The kept letters of the Arabic block, the bulk of a word, in a tight loop.
        // (Kept letters all have the lead byte D8 or D9: the table is indexed by the lead
        // byte's low bit and the raw second byte.)
        // (Pairs of a slice's exact chunks: no bounds check in the loop; speed35.)
        let kept = bytes
            .get(j..)
            .unwrap_or_default()
            .chunks_exact(2)
            .take_while(|pair| {
                let (b, c) = (pair[0], pair[1]);
                b & 0xFE == 0xD8 && KEPT_PAIRS[(usize::from(b & 1) << 8) | usize::from(c)]
            });
        j += 2 * kept.count();
        let Some(&b) = bytes.get(j) else {
            break;
        };
        // A two-byte char of the Arabic block (lead byte D8..DB); anything else the long way.
        if (0xD8..=0xDB).contains(&b) && j + 1 < bytes.len() {
            let u = (usize::from(b & 0x03) << 6) | usize::from(bytes[j + 1] & 0x3F);
            match ARABIC_BLOCK[u] {
                Class::Other => break,
                Class::Kept => {}
                Class::Dropped => {
                    key.push_str(&s[copied..j]);
                    copied = j + 2;
                }
                Class::Folded(c) => {
                    key.push_str(&s[copied..j]);
                    key.push(c);
                    copied = j + 2;
                }
            }
            j += 2;
            continue;
        }
        if b < 0x80 {
            break;
        }
        let c = s[j..].chars().next().expect("char boundary");
        if !is_word_char(c) {
            break;
        }
        j += c.len_utf8();
    }
    key.push_str(&s[copied..j]);
    j
}

/// [`normalize::key`]'s `أميركي` → `أمريكي` on a word's key (rare enough to test first).
fn fold_mirk(key: String) -> String {
    if may_have_kaf(key.as_bytes()) && key.as_bytes().windows(MIRK.len()).any(|w| w == MIRK) {
        return normalize::key(&key);
    }
    key
}

/// Whether `b`, of at least the length of [`MIRK`], may have its `ك` (D9 83): whether it
/// has a byte 83, read eight bytes at a time (the last eight overlapping the ones before),
/// which turns most words away before the byte-by-byte search. False for a shorter `b`.
fn may_have_kaf(b: &[u8]) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_83 = |eight: &[u8]| {
        let mut w = [0; 8];
        w.copy_from_slice(eight);
        let x = u64::from_le_bytes(w) ^ (0x83 * LOW);
        x.wrapping_sub(LOW) & !x & HIGH != 0
    };
    if b.len() < 8 {
        return false;
    }
    let mut i = 0;
    while i + 8 < b.len() {
        if has_83(&b[i..i + 8]) {
            return true;
        }
        i += 8;
    }
    has_83(&b[b.len() - 8..])
}

#[cfg(test)]
fn word_key(word: &str) -> String {
    let mut key = String::new();
    assert_eq!(read_word(word, &mut key), word.len(), "{word}");
    fold_mirk(key)
}

const MIRK: &[u8] = "ميرك".as_bytes();

thread_local! {
    /// Key buffers of tokens that are done with ([`recycle`]), for the keys of the next
    /// texts: a key is a small allocation for every word, and the allocator's time for
    /// them was a tenth of extraction's.
    static SPARE_KEYS: Cell<Vec<String>> = const { Cell::new(Vec::new()) };
}

/// At most this many spare key buffers are kept (a long article's worth).
const MAX_SPARE_KEYS: usize = 1 << 14;

/// New key buffers hold this many bytes at least (a word of 16 Arabic letters), so that a
/// reused one seldom has to grow.
const KEY_CAPACITY: usize = 32;

/// The word at token `k` (not a number, a mark or Latin), if there is one: the look-around
/// the small rule modules share.
pub fn word<'a, 't>(tokens: &'a [Token<'t>], k: usize) -> Option<&'a Token<'t>> {
    tokens.get(k).filter(|t| t.kind == TokenKind::Word)
}

/// The normalized key of word token `k`, if token `k` is a word.
pub fn word_key_at<'a>(tokens: &'a [Token<'_>], k: usize) -> Option<&'a str> {
    word(tokens, k).map(|t| t.key.as_str())
}

/// The normalized key of word token `k`, or "" when token `k` is not a word (or there is none).
pub fn key_at<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    word_key_at(tokens, k).unwrap_or("")
}

/// Whether token `k` is one of the punctuation `marks`.
pub fn punct(tokens: &[Token<'_>], k: usize, marks: &[char]) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(c) if marks.contains(&c)))
}

/// Hands the key buffers of `tokens`, and the token lists themselves, to the next calls of
/// [`tokenize`] on this thread.
pub fn recycle<'t>(tokens: impl IntoIterator<Item = Vec<Token<'t>>>) {
    let mut spare = SPARE_KEYS.take();
    let mut lists = SPARE_LISTS.take();
    for mut list in tokens {
        for t in list.drain(..) {
            if spare.len() < MAX_SPARE_KEYS && t.key.capacity() > 0 {
                spare.push(t.key);
            }
        }
        if lists.len() < MAX_SPARE_LISTS && list.capacity() <= MAX_LIST_CAPACITY {
            lists.push(emptied(list));
        }
    }
    SPARE_KEYS.set(spare);
    SPARE_LISTS.set(lists);
}

thread_local! {
    /// Emptied token lists of [`recycle`], for the next sentences: a sentence's list was
    /// its largest allocation.
    static SPARE_LISTS: Cell<Vec<Vec<Token<'static>>>> = const { Cell::new(Vec::new()) };
}

/// At most this many spare token lists are kept (a long article's sentences).
const MAX_SPARE_LISTS: usize = 1 << 10;

/// Longer lists (of a very long sentence) are not kept.
const MAX_LIST_CAPACITY: usize = 1 << 12;

/// `list` emptied, as a list for the tokens of another text: collected in place, it keeps
/// its buffer (no token is made: the closure drops every one).
#[allow(clippy::unnecessary_filter_map)]
fn emptied<'a, 'b>(list: Vec<Token<'a>>) -> Vec<Token<'b>> {
    list.into_iter().filter_map(|_| None).collect()
}

/// An empty token list for a text of `len` bytes: a spare one when there is one.
fn token_list<'t>(len: usize) -> Vec<Token<'t>> {
    let mut lists = SPARE_LISTS.take();
    let list = lists.pop();
    SPARE_LISTS.set(lists);
    // About one token per six bytes of Arabic text.
    let want = len / 6 + 1;
    match list {
        Some(list) => {
            let mut list: Vec<Token<'t>> = emptied(list);
            list.reserve(want);
            list
        }
        None => Vec::with_capacity(want),
    }
}

/// Splits `text` into tokens; `offset` is added to every byte offset (the position of
/// `text` in its document).
/// The year in a number read as `.2012` after a space (or at the start): four digits
/// from 1900 to 2100 behind a full stop that a bidi reordering moved from the end of the
/// sentence (`كان آخرها عام .2012`). Its value is the year, not 0.2012.
fn stray_stop_year(text: &str, start: usize, end: usize, percent: bool) -> Option<f64> {
    let bytes = text.as_bytes();
    if percent
        || bytes[start] != b'.'
        || (start > 0 && !text[..start].ends_with(char::is_whitespace))
    {
        return None;
    }
    let digits = &text[start + 1..end];
    let mut year = 0;
    let mut n = 0;
    for c in digits.chars() {
        // Four digits at most: a longer run is no year (and would overflow).
        if n == 4 {
            return None;
        }
        year = year * 10 + digits::digit_value(c)?;
        n += 1;
    }
    (n == 4 && (1900..=2100).contains(&year)).then_some(f64::from(year))
}

fn punct_token<'t>(text: &'t str, offset: usize, i: usize, c: char) -> Token<'t> {
    Token {
        text: &text[i..i + c.len_utf8()],
        start: offset + i,
        end: offset + i + c.len_utf8(),
        kind: TokenKind::Punct(c),
        key: String::new(),
        lex: 0,
    }
}

pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut spare = SPARE_KEYS.take();
    let tokens = tokenize_with(text, offset, &mut spare);
    SPARE_KEYS.set(spare);
    tokens
}

fn tokenize_with<'t>(text: &'t str, offset: usize, spare: &mut Vec<String>) -> Vec<Token<'t>> {
    let numbers = digits::scan(text, CommaStyle::Decimal);
    let mut next_number = numbers.iter().peekable();
    let bytes = text.as_bytes();
    let mut out = token_list(text.len());
    let mut i = 0;
    while i < text.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        if let Some(n) = next_number.peek()
            && n.start == i
        {
            // `عام .2012`, `آذار/مارس .2011`: a full stop moved before a year by a
            // right-to-left run is the stop that ended the sentence, not a decimal point.
            if let Some(year) = stray_stop_year(text, n.start, n.end, n.percent) {
                out.push(punct_token(text, offset, i, '.'));
                out.push(Token {
                    text: &text[i + 1..n.end],
                    start: offset + i + 1,
                    end: offset + n.end,
                    kind: TokenKind::Number {
                        value: year,
                        percent: false,
                    },
                    key: String::new(),
                    lex: 0,
                });
                i = n.end;
                next_number.next();
                continue;
            }
            let sign = (!n.percent).then(|| super::ar96::leading_percent(text, &out, offset, i));
            let (s, percent) = match sign.flatten() {
                Some(s) => (s, out.pop().is_some()),
                None => (n.start, n.percent),
            };
            out.push(Token {
                text: &text[s..n.end],
                start: offset + s,
                end: offset + n.end,
                kind: TokenKind::Number {
                    value: n.value,
                    percent,
                },
                key: String::new(),
                lex: 0,
            });
            i = n.end;
            next_number.next();
            continue;
        }
        let c = text[i..].chars().next().expect("in bounds");
        let len = if is_word_char(c) {
            let mut key = spare
                .pop()
                .unwrap_or_else(|| String::with_capacity(KEY_CAPACITY));
            key.clear();
            let len = read_word(&text[i..], &mut key);
            let key = fold_mirk(key);
            out.push(Token {
                text: &text[i..i + len],
                start: offset + i,
                end: offset + i + len,
                kind: TokenKind::Word,
                lex: super::lex_of(&key),
                key,
            });
            len
        } else if is_alphabetic(c) || digits::digit_value(c).is_some() {
            // Latin words, and digit runs the scanner would not read (`F-16`, `3D`).
            let len = run_len(&text[i..], c);
            let piece = &text[i..i + len];
            out.push(Token {
                text: piece,
                start: offset + i,
                end: offset + i + len,
                kind: TokenKind::Latin,
                key: normalize::key(piece),
                lex: 0,
            });
            len
        } else if c.is_whitespace() || is_format_mark(c) {
            run_len(&text[i..], c)
        } else {
            out.push(punct_token(text, offset, i, c));
            c.len_utf8()
        };
        i += len;
        // Skip numbers the scanner chose not to read (glued to Latin letters, too long).
        while next_number.peek().is_some_and(|n| n.start < i) {
            next_number.next();
        }
    }
    out
}

/// [`char::is_alphabetic`], with the punctuation met between Arabic words (`،`, `؛`, `؟`,
/// `٪`, `«»`, no-break space, `“”`, `…`, directional marks) answered without the slow Unicode
/// look-up.
fn is_alphabetic(c: char) -> bool {
    !not_alphabetic(c) && c.is_alphabetic()
}

/// Chars that are surely not alphabetic (a test checks them all).
fn not_alphabetic(c: char) -> bool {
    matches!(c as u32,
        0x00A0..=0x00A9 | 0x00AB..=0x00B4 | 0x00B6..=0x00B9 | 0x00BB..=0x00BF
        | 0x0600..=0x060F | 0x061B..=0x061F | 0x066A..=0x066D | 0x06D4 | 0x2000..=0x206F)
}

/// Invisible marks that only steer display (directional marks, embeddings and isolates,
/// zero-width space, word joiner, byte-order mark): spaces between tokens, so that
/// `12\u{200F} شخصا` counts people as `12 شخصا` does.
fn is_format_mark(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Byte length of the run starting with `c`: a Latin word, a digit run the scanner did
/// not take, or whitespace.
fn run_len(s: &str, c: char) -> usize {
    let same: fn(char) -> bool = if is_alphabetic(c) {
        |d: char| is_alphabetic(d) && !is_word_char(d)
    } else if digits::digit_value(c).is_some() {
        |d: char| digits::digit_value(d).is_some() || is_alphabetic(d)
    } else if c.is_whitespace() {
        char::is_whitespace
    } else {
        return c.len_utf8();
    };
    s.char_indices()
        .find(|&(_, d)| !same(d))
        .map_or(s.len(), |(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_alphabetic_is_right() {
        for c in (0..=0x2100).filter_map(char::from_u32) {
            assert!(!(not_alphabetic(c) && c.is_alphabetic()), "{:X}", c as u32);
            assert_eq!(is_alphabetic(c), c.is_alphabetic());
        }
    }

    fn kinds(text: &str) -> Vec<(String, String)> {
        tokenize(text, 0)
            .into_iter()
            .map(|t| {
                let k = match t.kind {
                    TokenKind::Word => format!("w:{}", t.key),
                    TokenKind::Latin => format!("l:{}", t.key),
                    TokenKind::Number { value, percent } => {
                        format!("n:{value}{}", if percent { "%" } else { "" })
                    }
                    TokenKind::Punct(c) => format!("p:{c}"),
                };
                (t.text.to_string(), k)
            })
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        let got = kinds("نفذت أكثر من 1.5 مليون، و٤٠٪ (F-16)");
        let want = [
            ("نفذت", "w:نفذت"),
            ("أكثر", "w:اكثر"),
            ("من", "w:من"),
            ("1.5", "n:1.5"),
            ("مليون", "w:مليون"),
            ("،", "p:،"),
            ("و", "w:و"),
            ("٤٠٪", "n:40%"),
            ("(", "p:("),
            ("F", "l:f"),
            ("-", "p:-"),
            ("16", "l:16"),
            (")", "p:)"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn offsets_are_bytes_plus_the_offset() {
        let t = tokenize("قال 12", 100);
        assert_eq!((t[0].start, t[0].end), (100, 106));
        assert_eq!((t[1].start, t[1].end), (107, 109));
    }

    #[test]
    fn diacritics_and_tatweel_stay_inside_words() {
        let t = tokenize("خَمْسَةُ الـمقاتلين", 0);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].key, "خمسه");
        assert_eq!(t[1].key, "المقاتلين");
    }

    #[test]
    fn offsets_after_a_proclitic_skip_diacritics() {
        let t = &tokenize("وَخَمْسَة", 10)[0];
        let after = t.offset_after_key_chars(1);
        assert_eq!(&"وَخَمْسَة"[after - 10..], "خَمْسَة");
        assert_eq!(t.offset_after_key_chars(0), 10);
        assert_eq!(t.offset_after_key_chars(99), t.end);
    }

    #[test]
    fn word_keys_are_normalize_keys() {
        let mut chars = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_word_char(c));
        assert!(chars.all(|c| {
            let s = format!("ب{c}ة");
            word_key(&s) == normalize::key(&s)
        }));
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), is_word_char_slow(c), "{c:?}");
        }
        for w in [
            "الأميركي",
            "أميركا",
            "الـأمـيـركيـة",
            "ميركل",
            "وَخَمْسَةٌ",
            "مستشفى",
        ] {
            assert_eq!(word_key(w), normalize::key(w), "{w}");
        }
        let mut key = String::new();
        assert_eq!(read_word("قال 12", &mut key), "قال".len());
        assert_eq!(read_word("ﻻx", &mut key), "ﻻ".len());
        assert_eq!(read_word("ـ،", &mut key), "ـ".len());
        assert_eq!(key, "قالﻻ");
    }

    #[test]
    fn a_proclitic_has_the_article_only_at_its_end() {
        // (Readers ask `p.ends_with("ال")` of a stem's proclitic for `p.contains("ال")`.)
        for first in ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م'] {
            for p in prefixes(first) {
                assert_eq!(p.contains("ال"), p.ends_with("ال"), "{p}");
            }
        }
    }

    #[test]
    fn the_kaf_filter_finds_every_kaf() {
        for n in 8..40 {
            for at in 0..n - 1 {
                let mut b = vec![0xD8; n];
                b[at] = 0xD9;
                b[at + 1] = 0x83;
                assert!(may_have_kaf(&b), "{n} {at}");
            }
            assert!(!may_have_kaf(&vec![0xD8; n]), "{n}");
        }
        assert!(!may_have_kaf("ميرك".as_bytes()[..7].as_ref()));
    }

    #[test]
    fn stems_peel_proclitics() {
        let all = |k: &'static str| stems(k).collect::<Vec<_>>();
        assert_eq!(all("وخمسه")[0], ("و", "خمسه"));
        assert!(all("بالمىه").contains(&("بال", "مىه")));
        assert_eq!(all("من"), [("", "من")]);
        assert_eq!(all("والعشرين")[0], ("وال", "عشرين"));
    }
}
