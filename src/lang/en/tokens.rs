//! English sentences as tokens: words, runs of ASCII digits, and single punctuation marks,
//! each with its byte offsets in the document and whether it touches the token before it.
//!
//! Separators are kept as tokens and joined later by the reader that knows what they mean:
//! `1,050` is digits, `,`, digits (the number reader groups them), `sixty-two` is a word,
//! `-`, a word, `Aug.` a word and `.`. A word runs over letters and an apostrophe between
//! letters (`Kerry's`, `o'clock`); its lower-case form is computed once (borrowed when the
//! word is lower case already).

use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// A run of ASCII digits (`1,050` is three tokens).
    Digits,
    Punct(char),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// Byte offsets in the document.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub text: &'t str,
    /// The text in lower case.
    pub lower: Cow<'t, str>,
    /// For a word, the lexicons its lower-case form is in ([`super::lex`] bits), looked up
    /// once here for the many readers that ask; 0 for digits and marks.
    pub lex: u16,
    /// No space between this token and the one before it.
    pub glued: bool,
    /// What separates it from the token before.
    pub gap: Gap,
}

/// The whitespace before a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// None: the tokens touch (or this is the first token).
    None,
    /// One plain space.
    Space,
    /// One no-break, narrow no-break or thin space (these group digits: `40 000`).
    Narrow,
    /// Anything longer, or a line break.
    Wide,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word)
    }

    pub fn is(&self, word: &str) -> bool {
        matches!(self.kind, TokenKind::Word) && self.lower == word
    }

    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, TokenKind::Punct(d) if d == c)
    }

    /// Whether the word starts with a capital letter.
    pub fn capitalized(&self) -> bool {
        // An ASCII first letter is answered from its byte, without decoding a char.
        matches!(self.kind, TokenKind::Word)
            && match self.text.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.text.starts_with(char::is_uppercase),
            }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Tokens of `text`, a sentence that starts at byte `base` of the document. ASCII is
/// read a byte at a time; other chars are decoded where they stand.
#[cfg(test)]
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    // A token for every four bytes: a quarter of the sentences outgrew one for every five,
    // and each growth copies the tokens read so far.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_with(&mut out, text, None, base);
    out
}

/// [`tokenize`], given `lowered`, the same text with ASCII letters in lower case (as
/// [`str::to_ascii_lowercase`] gives it, so the offsets agree): an ASCII word's lower-case
/// form is borrowed from it rather than allocated for each capitalized word. The tokens are
/// added to `out`, which holds those of the sentences before (one buffer for a document
/// rather than an allocation for each sentence); the first of them is glued to nothing.
pub fn tokenize_lowered_into<'t>(
    out: &mut Vec<Token<'t>>,
    text: &'t str,
    lowered: &'t str,
    base: usize,
) {
    debug_assert_eq!(text.len(), lowered.len());
    tokenize_with(out, text, Some(lowered), base);
}

fn tokenize_with<'t>(
    out: &mut Vec<Token<'t>>,
    text: &'t str,
    lowered: Option<&'t str>,
    base: usize,
) {
    let bytes = text.as_bytes();
    // The sentence's first token: none before it in `out` is its neighbour.
    let first = out.len();
    let mut gap = Gap::None;
    let mut i = 0;
    while i < bytes.len() {
        // For a word: `Some(capitals)` when it is all ASCII, as its scan found.
        let (end, kind, ascii) = if ASCII_LETTER[usize::from(bytes[i])] != 0 {
            // Most tokens start with an ASCII letter: no whitespace test or char decoding.
            let (end, ascii) = word_end(text, i, char::from(bytes[i]));
            (end, TokenKind::Word, ascii)
        } else {
            if bytes[i] == b' ' {
                // The plain space, most of the whitespace, without decoding a char.
                gap = if gap == Gap::None {
                    Gap::Space
                } else {
                    Gap::Wide
                };
                i += 1;
                continue;
            }
            let c = char_at(text, i);
            if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{AD}') {
                gap = match (gap, c) {
                    (Gap::None, ' ') => Gap::Space,
                    (Gap::None, '\u{A0}' | '\u{202F}' | '\u{2009}') => Gap::Narrow,
                    _ => Gap::Wide,
                };
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                let (end, ascii) = word_end(text, i, c);
                (end, TokenKind::Word, ascii)
            } else if c.is_ascii_digit() {
                let mut end = i + 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
                (end, TokenKind::Digits, None)
            } else {
                (i + c.len_utf8(), TokenKind::Punct(c), None)
            }
        };
        let t = &text[i..end];
        // Asked below more than once.
        let is_word = matches!(kind, TokenKind::Word);
        let lower = if let Some(capitals) = ascii {
            if capitals {
                match lowered.and_then(|l| l.get(i..end)) {
                    Some(l) => Cow::Borrowed(l),
                    None => Cow::Owned(t.to_ascii_lowercase()),
                }
            } else {
                Cow::Borrowed(t)
            }
        } else if is_word && t.chars().any(char::is_uppercase) {
            Cow::Owned(t.to_lowercase().replace('’', "'"))
        } else if matches!(kind, TokenKind::Punct('’')) {
            // The typographic apostrophe alone: no allocation for its plain form.
            Cow::Borrowed("'")
        } else if is_word && t.contains('’') {
            // Digits and other marks hold no apostrophe; only a non-ASCII word is searched.
            Cow::Owned(t.replace('’', "'"))
        } else {
            Cow::Borrowed(t)
        };
        let lex = if is_word { super::lex::of(&lower) } else { 0 };
        out.push(Token {
            start: base + i,
            end: base + end,
            kind,
            text: t,
            lower,
            lex,
            glued: matches!(gap, Gap::None) && out.len() > first,
            gap: if out.len() == first { Gap::None } else { gap },
        });
        gap = Gap::None;
        i = end;
    }
}

/// The char at byte `i` of `text` (a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        char::from(b)
    } else {
        text[i..].chars().next().expect("char boundary")
    }
}

/// Where the word that starts with `c` at byte `start` ends: letters and combining marks,
/// and an apostrophe between letters (`Kerry's`, `o'clock`). With it, when the word is all
/// ASCII, whether it has a capital letter (read in the same pass, for its lower-case form).
fn word_end(text: &str, start: usize, c: char) -> (usize, Option<bool>) {
    let bytes = text.as_bytes();
    let mut end = start + c.len_utf8();
    let mut ascii = c.is_ascii();
    // [`ASCII_LETTER`] classes of the ASCII letters read, or-ed.
    let mut seen = if c.is_ascii_uppercase() { UPPER } else { 0 };
    while end < bytes.len() {
        let class = ASCII_LETTER[usize::from(bytes[end])];
        if class != 0 {
            seen |= class;
            end += 1;
            continue;
        }
        // Past the ASCII letters, an ASCII byte other than the apostrophe ends the word
        // (no ASCII mark is a letter or a combining mark): no char is decoded or classed.
        if bytes[end] < 0x80 && bytes[end] != b'\'' {
            break;
        }
        let d = char_at(text, end);
        let after = end + d.len_utf8();
        if d.is_alphabetic()
            || is_combining(d)
            || (is_apostrophe(d)
                && text[after..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic))
        {
            ascii &= d.is_ascii();
            end = after;
        } else {
            break;
        }
    }
    (end, ascii.then_some(seen & UPPER != 0))
}

/// For each byte: [`LOWER`] for an ASCII lower-case letter, [`UPPER`] for a capital, 0
/// otherwise (one load and test a byte in the loop over a word's letters).
static ASCII_LETTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => 0,
        };
        b += 1;
    }
    t
};
const LOWER: u8 = 1;
const UPPER: u8 = 2;

/// The whitespace-separated words of `tokens[lo..hi]` as written in `text`, the document
/// (`U.S.-led`, `al-Abadi`, `Syria's`), each with its first and last token; brackets,
/// quotes and a comma at either end are left out, so that the gazetteer sees the words
/// themselves.
pub fn words<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    lo: usize,
    hi: usize,
) -> Vec<(&'t str, usize, usize)> {
    let edge = |t: &Token<'_>| {
        matches!(
            t.kind,
            TokenKind::Punct(
                ',' | ';'
                    | ':'
                    | '"'
                    | '“'
                    | '”'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '?'
                    | '!'
                    | '—'
                    | '‘'
                    | '\''
            )
        )
    };
    // At most one word a token: one allocation rather than a growth for every few words.
    let mut out = Vec::with_capacity(hi.saturating_sub(lo));
    let mut k = lo;
    while k < hi {
        let mut end = k;
        while end + 1 < hi && tokens[end + 1].glued {
            end += 1;
        }
        let (mut a, mut b) = (k, end);
        while a <= b && edge(&tokens[a]) {
            a += 1;
        }
        while b > a && edge(&tokens[b]) {
            b -= 1;
        }
        if a <= b
            && !edge(&tokens[a])
            && let Some(w) = text.get(tokens[a].start..tokens[b].end)
        {
            out.push((w, a, b));
        }
        k = end + 1;
    }
    out
}

/// Whether [`crate::lang::entities::find_en`] may find an entity at the word `w` (from
/// [`words`]) whose first token is `t`. `false` only when the gazetteer's first token of `w`
/// is `t` itself — an ASCII word followed in `w` by nothing or by ASCII punctuation — and `t`
/// starts no English form ([`super::lex::ENTITY`], looked up with the token's other lists):
/// the gazetteer would lower-case and hash the word again to find the same.
pub fn may_start_entity(w: &str, t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word || t.lex & super::lex::ENTITY != 0 {
        return true;
    }
    let (w, tb) = (w.as_bytes(), t.text.as_bytes());
    let n = tb.len();
    let whole_token = w.get(..n) == Some(tb)
        && tb.iter().all(u8::is_ascii_alphanumeric)
        && w.get(n)
            .is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric());
    !whole_token
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<String> {
        tokenize(text, 0)
            .iter()
            .map(|t| {
                let kind = match t.kind {
                    TokenKind::Word => "w",
                    TokenKind::Digits => "d",
                    TokenKind::Punct(_) => "p",
                };
                format!("{}{}:{}", if t.glued { "+" } else { "" }, kind, t.lower)
            })
            .collect()
    }

    #[test]
    fn tokens_by_example() {
        let cases: &[(&str, &[&str])] = &[
            ("1,050 sorties", &["d:1", "+p:,", "+d:050", "w:sorties"]),
            ("sixty-two", &["w:sixty", "+p:-", "+w:two"]),
            ("Aug. 8.", &["w:aug", "+p:.", "d:8", "+p:."]),
            ("Kerry’s aides", &["w:kerry's", "w:aides"]),
            ("$500 million", &["p:$", "+d:500", "w:million"]),
            ("85%", &["d:85", "+p:%"]),
            ("100k", &["d:100", "+w:k"]),
            ("'quoted'", &["p:'", "+w:quoted", "+p:'"]),
            ("Médecins", &["w:médecins"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(shape(text), *want, "{text}");
        }
    }

    #[test]
    fn words_keep_inner_punctuation() {
        let t = tokenize("the U.S.-led coalition, (al-Abadi) \"Syria's\"", 0);
        let text = "the U.S.-led coalition, (al-Abadi) \"Syria's\"";
        let w: Vec<&str> = words(text, &t, 0, t.len())
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert_eq!(w, ["the", "U.S.-led", "coalition", "al-Abadi", "Syria's"]);
    }

    /// `may_start_entity` only saves the gazetteer work: it must never say no at a word where
    /// `find_en` finds an entity. Every English form of the gazetteer, as written, in lower
    /// case and in capitals, at the start, inside and at the end of a sentence, after an
    /// opening quote or bracket, with a possessive, a plural `s` or a comma after it.
    #[test]
    fn may_start_entity_never_hides_an_entity() {
        let mut checked = 0;
        for form in crate::lang::entities::en_forms() {
            for f in [form.to_owned(), form.to_lowercase(), form.to_uppercase()] {
                for text in [
                    f.clone(),
                    format!("said {f}, and"),
                    format!("the \"{f}\" ({f}'s) {f}s {f}-led"),
                    format!("{f}. Then {f}"),
                ] {
                    let t = tokenize(&text, 0);
                    let ws = words(&text, &t, 0, t.len());
                    let texts: Vec<&str> = ws.iter().map(|w| w.0).collect();
                    for (i, &(w, first, _)) in ws.iter().enumerate() {
                        if crate::lang::entities::find_en(&texts[i..]).is_some() {
                            checked += 1;
                            assert!(
                                may_start_entity(w, &t[first]),
                                "{w:?} in {text:?} starts an entity"
                            );
                        }
                    }
                }
            }
        }
        // The forms do find their entities (a broken helper would check nothing).
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn offsets_are_absolute_bytes() {
        let t = tokenize("é 12", 10);
        assert_eq!((t[0].start, t[0].end), (10, 12));
        assert_eq!((t[1].start, t[1].end), (13, 15));
        assert_eq!((t[1].kind, t[1].text), (TokenKind::Digits, "12"));
    }
}
