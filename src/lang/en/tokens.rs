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
        self.kind == TokenKind::Word
    }

    pub fn is(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.lower == word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// Whether the word starts with a capital letter.
    pub fn capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.starts_with(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Tokens of `text`, a sentence that starts at byte `base` of the document.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut gap = Gap::None;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{AD}') {
            gap = match (gap, c) {
                (Gap::None, ' ') => Gap::Space,
                (Gap::None, '\u{A0}' | '\u{202F}' | '\u{2009}') => Gap::Narrow,
                _ => Gap::Wide,
            };
            continue;
        }
        let (end, kind) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() || is_combining(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d)
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    chars.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            }
            (end, TokenKind::Word)
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            (end, TokenKind::Digits)
        } else {
            (i + c.len_utf8(), TokenKind::Punct(c))
        };
        let t = &text[i..end];
        let lower = if kind == TokenKind::Word && t.is_ascii() {
            if t.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(t.to_ascii_lowercase())
            } else {
                Cow::Borrowed(t)
            }
        } else if kind == TokenKind::Word && t.chars().any(char::is_uppercase) {
            Cow::Owned(t.to_lowercase().replace('’', "'"))
        } else if t.contains('’') {
            Cow::Owned(t.replace('’', "'"))
        } else {
            Cow::Borrowed(t)
        };
        out.push(Token {
            start: base + i,
            end: base + end,
            kind,
            text: t,
            lower,
            glued: gap == Gap::None && !out.is_empty(),
            gap: if out.is_empty() { Gap::None } else { gap },
        });
        gap = Gap::None;
    }
    out
}

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
    let mut out = Vec::new();
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

    #[test]
    fn offsets_are_absolute_bytes() {
        let t = tokenize("é 12", 10);
        assert_eq!((t[0].start, t[0].end), (10, 12));
        assert_eq!((t[1].start, t[1].end), (13, 15));
        assert_eq!((t[1].kind, t[1].text), (TokenKind::Digits, "12"));
    }
}
