//! Arabic tokens: words, numbers in digits and punctuation, with byte offsets, a matching
//! key for each word, and the ways its proclitics can be peeled off.
//!
//! Recognizers look words up by their key ([`Token::key`]) or by a stem after a clitic
//! ([`Token::stems`]): `وخمسة` → `خمسه` after `و`, `بالمئة` → `مئه` after `بال`.

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
        ARABIC_BLOCK_WORD[(u - 0x0600) as usize]
    } else {
        is_word_char_slow(c)
    }
}

const fn is_word_char_slow(c: char) -> bool {
    is_arabic_letter(c) || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// [`is_word_char`] for U+0600..U+06FF.
static ARABIC_BLOCK_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x0600 + k as u32) {
            table[k] = is_word_char_slow(c);
        }
        k += 1;
    }
    table
};

/// The key of a word token: what [`normalize::key`] gives for a run of word chars (no
/// whitespace, no Latin, no case), without its general machinery: this runs for every word.
fn word_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let mapped = match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            _ => c,
        };
        out.push(mapped);
    }
    // Only a key with `ميرك` in it is rewritten (see [`normalize::key`]).
    if out.len() >= MIRK.len() && out.as_bytes().windows(MIRK.len()).any(|w| w == MIRK) {
        return normalize::key(&out);
    }
    out
}

const MIRK: &[u8] = "ميرك".as_bytes();

/// Splits `text` into tokens; `offset` is added to every byte offset (the position of
/// `text` in its document).
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let numbers = digits::scan(text, CommaStyle::Decimal);
    let mut next_number = numbers.iter().peekable();
    let bytes = text.as_bytes();
    // About one token per six bytes of Arabic text.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    while i < text.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        if let Some(n) = next_number.peek()
            && n.start == i
        {
            out.push(Token {
                text: &text[n.start..n.end],
                start: offset + n.start,
                end: offset + n.end,
                kind: TokenKind::Number {
                    value: n.value,
                    percent: n.percent,
                },
                key: String::new(),
            });
            i = n.end;
            next_number.next();
            continue;
        }
        let c = text[i..].chars().next().expect("in bounds");
        let (len, kind) = if is_word_char(c) {
            (word_len(&text[i..]), Some(TokenKind::Word))
        } else if c.is_alphabetic() || digits::digit_value(c).is_some() {
            // Latin words, and digit runs the scanner would not read (`F-16`, `3D`).
            (run_len(&text[i..], c), Some(TokenKind::Latin))
        } else if c.is_whitespace() {
            (run_len(&text[i..], c), None)
        } else {
            (c.len_utf8(), Some(TokenKind::Punct(c)))
        };
        let piece = &text[i..i + len];
        if let Some(kind) = kind {
            let key = match kind {
                TokenKind::Word => word_key(piece),
                TokenKind::Latin => normalize::key(piece),
                _ => String::new(),
            };
            out.push(Token {
                text: piece,
                start: offset + i,
                end: offset + i + len,
                kind,
                key,
            });
        }
        i += len;
        // Skip numbers the scanner chose not to read (glued to Latin letters, too long).
        while next_number.peek().is_some_and(|n| n.start < i) {
            next_number.next();
        }
    }
    out
}

/// Byte length of the run of word chars that `s` starts with.
fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut j = 0;
    while j < bytes.len() {
        let b = bytes[j];
        // A two-byte char of the Arabic block (lead byte D8..DB) from the table; anything
        // else the long way.
        if (0xD8..=0xDB).contains(&b) && j + 1 < bytes.len() {
            let u = (usize::from(b & 0x03) << 6) | usize::from(bytes[j + 1] & 0x3F);
            if !ARABIC_BLOCK_WORD[u] {
                return j;
            }
            j += 2;
            continue;
        }
        if b < 0x80 {
            return j;
        }
        let c = s[j..].chars().next().expect("char boundary");
        if !is_word_char(c) {
            return j;
        }
        j += c.len_utf8();
    }
    j
}

/// Byte length of the run starting with `c`: a Latin word, a digit run the scanner did
/// not take, or whitespace.
fn run_len(s: &str, c: char) -> usize {
    let same: fn(char) -> bool = if c.is_alphabetic() {
        |d: char| d.is_alphabetic() && !is_word_char(d)
    } else if digits::digit_value(c).is_some() {
        |d: char| digits::digit_value(d).is_some() || d.is_alphabetic()
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
            assert_eq!(word_len(w), w.len(), "{w}");
        }
        assert_eq!(word_len("قال 12"), "قال".len());
        assert_eq!(word_len("ﻻx"), "ﻻ".len());
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
