//! Sentences and offsets.
//!
//! Recognizers work on byte offsets (that is what `str` slicing wants); claims carry char
//! offsets (Unicode scalar values, the same in every language that reads them). This module
//! splits a text into sentences and converts between the two.

/// One sentence: `[byte_start, byte_end)` and `[start, end)` in chars, trimmed of whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub byte_start: usize,
    pub byte_end: usize,
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.byte_start..self.byte_end]
    }
}

/// The longest sentence, in bytes. A longer stretch of text with no sentence end (a 50 MB
/// line without a full stop) is cut at whitespace into pieces no longer than this, so that
/// the work per sentence and the size of each claim's sentence stay bounded and extraction
/// takes time linear in the text (recognizers do work over the whole sentence for each
/// claim in it). The longest sentence holding a claim in the shared corpus is 6,860 bytes
/// (Arabic); real sentences are not cut.
pub const MAX_SENTENCE_BYTES: usize = 8 * 1024;

/// Characters that end a sentence when followed by a space, a line break or the end.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔' | '…' | '。')
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']' | '›')
}

/// Splits `text` into sentences. A sentence ends at a line break, or at `. ! ? ؟ ۔ …` (with
/// any closing quotes or brackets after it) followed by whitespace or the end, except after
/// one of `abbreviations` (compared case-sensitively, without the dot) or a single capital
/// letter (an initial), or when the next word starts with a lower-case Latin letter.
/// Sentences longer than [`MAX_SENTENCE_BYTES`] are cut at whitespace.
pub fn sentences(text: &str, abbreviations: &[&str]) -> Vec<Sentence> {
    // News sentences run 100 to 200 bytes: room for most articles' sentences at once, where
    // growing from empty copied the list over and over (bounded for a huge text).
    let mut out = Vec::with_capacity((text.len() / 128 + 1).min(1024));
    let mut cursor = CharCursor::default();
    let mut seg_start = 0usize; // byte offset where the current sentence may begin
    let mut from = 0usize; // byte offset where to look for the next line break or terminator
    let filter = AbbreviationFilter::new(abbreviations);
    while let Some(i) = next_break_or_terminator(text, from) {
        let c = text[i..].chars().next().expect("a char starts there");
        from = i + c.len_utf8();
        let boundary_end = if c == '\n' || c == '\r' || c == '\u{2029}' {
            Some(i)
        } else {
            // Absorb repeated terminators and closers: `?!`, `...`, `."`, `.»`
            let mut end = from;
            for d in text[end..].chars() {
                if is_terminator(d) || is_closer(d) {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            from = end;
            let next = text[end..].chars().next();
            let at_break = next.is_none_or(char::is_whitespace);
            if at_break
                && !(c == '.'
                    && (is_abbreviation(&text[seg_start..i], abbreviations, &filter)
                        || spaced_reversed_decimal(text, i)))
                && !next_word_is_lowercase(&text[end..])
            {
                Some(end)
            } else {
                None
            }
        };
        if let Some(end) = boundary_end {
            push_bounded(text, seg_start, end, &mut cursor, &mut out);
            seg_start = end;
        }
    }
    push_bounded(text, seg_start, text.len(), &mut cursor, &mut out);
    out
}

/// ar122: `بسعر 6. 337 بنس`: a lone digit, a dot and one space before digits and a word
/// (a decimal typed backwards, 337.6) is no sentence end.
fn spaced_reversed_decimal(text: &str, dot: usize) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c);
    let mut before = text[..dot].chars().rev();
    let lone = before.next().is_some_and(digit) && before.next().is_some_and(|c| c == ' ');
    let mut after = text[dot + 1..].chars();
    lone && after.next() == Some(' ') && {
        let rest: String = after.take_while(|&c| c != ' ').collect();
        !rest.is_empty() && rest.chars().all(digit) && {
            let tail = &text[dot + 2 + rest.len()..];
            tail.starts_with(' ')
                && tail[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        }
    }
}

/// Pushes `text[start..end]` as one sentence, or as several of at most
/// [`MAX_SENTENCE_BYTES`] each, cut after the last whitespace that keeps a piece within the
/// limit (or at a char boundary if a piece holds no whitespace).
fn push_bounded(
    text: &str,
    mut start: usize,
    end: usize,
    cursor: &mut CharCursor,
    out: &mut Vec<Sentence>,
) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[start..limit]
            .char_indices()
            .rev()
            .find(|&(i, c)| i > 0 && c.is_whitespace())
            .map_or(limit, |(i, _)| start + i);
        push_trimmed(text, start, cut, cursor, out);
        start = cut;
    }
    push_trimmed(text, start, end, cursor, out);
}

/// The bytes [`next_break_or_terminator`] stops at: the first bytes of the chars it looks
/// for (the second of `؟`).
static BREAK_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    // `؟` (D8 9F) is looked for by its second byte: D8 leads half the Arabic letters, 9F
    // follows it in `؟` alone among them (and ends few other chars).
    let leads = [b'\n', b'\r', b'.', b'!', b'?', 0x9F, 0xDB, 0xE2, 0xE3];
    let mut k = 0;
    while k < leads.len() {
        t[leads[k] as usize] = true;
        k += 1;
    }
    t
};

/// The byte offset of the next line break (`\n`, `\r`, U+2029) or terminator (see
/// [`is_terminator`]) at or after byte `from`, a char boundary. Looks at bytes, not chars:
/// each of these chars is told by its first byte and, past ASCII, its next one or two.
fn next_break_or_terminator(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let next = |i: usize| bytes.get(i).copied();
    let mut i = from;
    while i < bytes.len() {
        // Most bytes start none of these chars: skip them with one table lookup each.
        match bytes[i..].iter().position(|&b| BREAK_LEADS[usize::from(b)]) {
            Some(skip) => i += skip,
            None => return None,
        }
        let found = match bytes[i] {
            b'\n' | b'\r' | b'.' | b'!' | b'?' => true,
            // ؟ U+061F, found by its second byte (never the first of a char, so `i > from`)
            0x9F if i > from && bytes[i - 1] == 0xD8 => return Some(i - 1),
            // ۔ U+06D4
            0xDB => next(i + 1) == Some(0x94),
            // … U+2026, U+2029
            0xE2 => next(i + 1) == Some(0x80) && matches!(next(i + 2), Some(0xA6 | 0xA9)),
            // 。 U+3002
            0xE3 => next(i + 1) == Some(0x80) && next(i + 2) == Some(0x82),
            _ => false,
        };
        if found {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// What the abbreviations' first bytes and lengths can be: most words before a full stop
/// are told from every abbreviation by these alone, without comparing against the list.
struct AbbreviationFilter {
    /// Bit `b % 64` of word `b / 64`: some abbreviation starts with byte `b`.
    first: [u64; 4],
    /// The longest abbreviation's length in bytes.
    max_len: usize,
}

impl AbbreviationFilter {
    fn new(abbreviations: &[&str]) -> AbbreviationFilter {
        let mut first = [0u64; 4];
        let mut max_len = 0;
        for a in abbreviations {
            if let Some(&b) = a.as_bytes().first() {
                first[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            max_len = max_len.max(a.len());
        }
        AbbreviationFilter { first, max_len }
    }

    /// Whether `word` (not empty) may be one of the abbreviations.
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes()[0];
        word.len() <= self.max_len && self.first[usize::from(b >> 6)] & 1 << (b & 63) != 0
    }
}

fn is_abbreviation(before: &str, abbreviations: &[&str], filter: &AbbreviationFilter) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '«')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    // Length and first byte before the bytes: most words of a possible length and first
    // byte are still none of the list.
    let first = word.as_bytes()[0];
    single_capital
        || (filter.may_hold(word)
            && abbreviations
                .iter()
                .any(|a| a.len() == word.len() && a.as_bytes()[0] == first && *a == word))
}

fn next_word_is_lowercase(after: &str) -> bool {
    after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase())
}

fn push_trimmed(
    text: &str,
    start: usize,
    end: usize,
    cursor: &mut CharCursor,
    out: &mut Vec<Sentence>,
) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let byte_start = start + lead;
    let byte_end = byte_start + trimmed.len();
    let s = cursor.char_at(text, byte_start);
    let e = cursor.char_at(text, byte_end);
    out.push(Sentence {
        byte_start,
        byte_end,
        start: s,
        end: e,
    });
}

/// Converts byte offsets to char offsets in one pass when asked in increasing order
/// (the order recognizers produce them); a smaller offset restarts from the beginning.
#[derive(Clone, Copy, Debug, Default)]
pub struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    /// The char offset of byte offset `byte`, which must be a char boundary of `text`.
    pub fn char_at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = CharCursor::default();
        }
        let between = &text[self.byte..byte];
        // ASCII (most English text): one char a byte, without counting.
        self.chars += if between.is_ascii() {
            between.len()
        } else {
            between.chars().count()
        };
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &["Mr", "Sept", "U.S"])
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn arabic_and_latin_terminators() {
        assert_eq!(
            split("قال كيري إن الحملة نجحت. وأضاف أن التحالف سيستمر؟ نعم!"),
            [
                "قال كيري إن الحملة نجحت.",
                "وأضاف أن التحالف سيستمر؟",
                "نعم!"
            ]
        );
    }

    #[test]
    fn decimals_and_commas_do_not_split() {
        assert_eq!(
            split("بلغت 1.5 مليون، وقال إن 3.5 مليار دولار."),
            ["بلغت 1.5 مليون، وقال إن 3.5 مليار دولار."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_whitespace_is_trimmed() {
        assert_eq!(
            split("مساعدة دولية\n\n وتتلقى واشنطن المساعدة\r\nالمصدر : الجزيرة\n"),
            ["مساعدة دولية", "وتتلقى واشنطن المساعدة", "المصدر : الجزيرة"]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("قال إن الحملة «بدأت تعطي نتائج.» وأضاف: \"سنستمر!\" ثم غادر."),
            [
                "قال إن الحملة «بدأت تعطي نتائج.»",
                "وأضاف: \"سنستمر!\"",
                "ثم غادر."
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_lowercase_continuations() {
        assert_eq!(
            split(
                "Mr. Kerry spoke on Sept. 22 in the U.S. capital. John F. Kennedy died. He said 3 p.m. was late."
            ),
            [
                "Mr. Kerry spoke on Sept. 22 in the U.S. capital.",
                "John F. Kennedy died.",
                "He said 3 p.m. was late."
            ]
        );
    }

    #[test]
    fn offsets_are_chars_and_bytes() {
        let text = "أ ب. ج";
        let s = sentences(text, &[]);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].start, s[0].end), (0, 4));
        assert_eq!((s[1].start, s[1].end), (5, 6));
        assert_eq!(s[1].text(text), "ج");
        let chars: String = text.chars().skip(s[1].start).take(1).collect();
        assert_eq!(chars, "ج");
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(sentences("", &[]).is_empty());
        assert!(sentences(" \n\n\t ", &[]).is_empty());
    }

    #[test]
    fn breaks_and_terminators_are_found_by_their_bytes() {
        let text = "أ.ب!ج?د؟ه۔و…ز。ح\u{2029}ط\nي\rك ـ؛،»";
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = next_break_or_terminator(text, from) {
            found.push(i);
            from = i + 1;
        }
        let want: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| is_terminator(c) || matches!(c, '\n' | '\r' | '\u{2029}'))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, want);
        assert_eq!(want.len(), 10);
    }

    #[test]
    fn overlong_sentences_are_cut_at_whitespace() {
        let word = "كلمة ";
        let text = word.repeat(3 * MAX_SENTENCE_BYTES / word.len());
        let s = sentences(&text, &[]);
        let least = text.len().div_ceil(MAX_SENTENCE_BYTES);
        assert!((least..=least + 1).contains(&s.len()), "{} pieces", s.len());
        for (a, b) in s.iter().zip(&s[1..]) {
            assert!(a.byte_end < b.byte_start && a.end < b.start);
        }
        for piece in &s {
            let t = piece.text(&text);
            assert!(t.len() <= MAX_SENTENCE_BYTES);
            assert!(
                t.starts_with("كلمة") && t.ends_with("كلمة"),
                "cut inside a word"
            );
            assert_eq!(t.chars().count(), piece.end - piece.start);
        }
        let joined: Vec<&str> = s.iter().map(|p| p.text(&text)).collect();
        assert_eq!(joined.join(" "), text.trim_end());
        // No whitespace at all: cut at char boundaries, nothing lost.
        let text = "ب".repeat(MAX_SENTENCE_BYTES + 7);
        let s = sentences(&text, &[]);
        assert_eq!(s.len(), 3);
        let joined: String = s.iter().map(|p| p.text(&text)).collect();
        assert_eq!(joined, text);
        assert_eq!(s[2].end, text.chars().count());
    }

    #[test]
    fn cursor_restarts_when_asked_backwards() {
        let text = "ابجد";
        let mut c = CharCursor::default();
        assert_eq!(c.char_at(text, 6), 3);
        assert_eq!(c.char_at(text, 2), 1);
        assert_eq!(c.char_at(text, 8), 4);
    }
}
