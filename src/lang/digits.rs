//! Numbers written in digits: ASCII `0-9`, Arabic-Indic `٠-٩` and Extended Arabic-Indic
//! `۰-۹`, with the separators news uses (`٫` decimal, `٬` thousands, and `,` `،` `.` read by
//! their grouping), and an optional percent sign (`%`, `٪`) before or after.
//!
//! Shared by the packs; each says how a lone `,` reads (see [`CommaStyle`]).

use super::{Document, Recognized};
use crate::model::{Kind, Value};

/// Reports every number in digits in `doc` as a `number` (or `percent`) claim with an exact
/// value: the recognition every pack starts from.
pub fn recognize(doc: &Document<'_>, comma: CommaStyle, out: &mut Vec<Recognized>) {
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let text = sentence.text(doc.text);
        for n in scan(text, comma) {
            let kind = if n.percent {
                Kind::Percent
            } else {
                Kind::Number
            };
            out.push(Recognized::exact(
                index,
                sentence.byte_start + n.start,
                sentence.byte_start + n.end,
                kind,
                Value::Number(n.value),
            ));
        }
    }
}

/// The value of a digit of any of the three digit sets.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

fn is_separator(c: char) -> bool {
    matches!(c, ',' | '.' | '،' | '٫' | '٬' | 'ر')
}

/// Invisible directional formatting characters (LRM, RLM, embeddings, isolates).
fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_percent(c: char) -> bool {
    matches!(c, '%' | '٪')
}

/// How a single `,` or `،` followed by other than exactly three digits reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommaStyle {
    /// As a decimal separator (`٠,٠٨` = 0.08), the Arabic usage.
    Decimal,
    /// As the end of the number (`3,4` is two numbers), the English usage.
    ListSeparator,
}

/// A number found in a text: byte offsets of the whole match (percent sign included).
#[derive(Clone, Debug, PartialEq)]
pub struct DigitNumber {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub percent: bool,
}

/// Finds every number written in digits in `text`. A number never starts or ends next to a
/// Latin letter (`MH370`, `F-16`, `3D` are not numbers) or inside a longer run of digits.
/// Values that do not fit an `f64` are skipped.
pub fn scan(text: &str, comma: CommaStyle) -> Vec<DigitNumber> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(digit) = next_digit(text, i) {
        i = digit;
        let prev = text[..i].chars().next_back();
        let Some((end, value)) = read_number(text, i, comma) else {
            i = skip_digits(text, i);
            continue;
        };
        let value = rtl_decimal(text, i, end).unwrap_or(value);
        let next = text[end..].chars().next();
        let glued_before = prev.is_some_and(|p| p.is_ascii_alphabetic() || is_digit(p))
            || glued_to_arabic_word(&text[..i])
            || (prev == Some('-')
                && text[..i - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic));
        // A number glued to the letters after it is a code or a typo (`٢٩ك`, `٤من`), except
        // for the year markers `2015م` and `1436هـ`, a day before its month (`13شعبان`) and a
        // counted noun or scale word (`25عاما`, `8مليار`).
        let glued_after = next.is_some_and(|n| n.is_ascii_alphabetic())
            || (next.is_some_and(crate::lang::is_arabic_letter)
                && !is_year_marker(&text[end..])
                && !is_month_name(&text[end..])
                && !counted_word(&text[end..])
                && !glued_and(&text[end..], value));
        if in_url(text, i) {
            // Numbers inside a link (`%20`, `?id=305`) are not claims.
            i = next_whitespace(text, i);
        } else if !glued_before && !glued_after && value.is_finite() {
            let (start, value) = signed(text, i, end, value);
            let (start, end, percent) = with_percent(text, start, end);
            out.push(DigitNumber {
                start,
                end,
                value,
                percent,
            });
            i = end;
        } else {
            // Skip the rest of this digit run so its tail is not read as a number of its own.
            i = skip_digits(text, end);
        }
    }
    out
}

/// `31.\u{200F}0` for 0.31, `575.\u{200F}124` for 124.575: as with `ر`, a wire typed the
/// fraction first and the integer after a right-to-left mark, so that the screen shows
/// `0.31`. The value of `text[start..end]` when it is written so.
fn rtl_decimal(text: &str, start: usize, end: usize) -> Option<f64> {
    let (frac, int) = text[start..end].split_once('\u{200F}')?;
    let frac = frac.strip_suffix(['.', '٫'])?;
    let digits = |s: &str| {
        (!s.is_empty()).then_some(())?;
        s.chars()
            .try_fold(0f64, |v, c| Some(v * 10.0 + f64::from(digit_value(c)?)))
    };
    let places = i32::try_from(frac.chars().count()).ok()?;
    Some(digits(int)? + digits(frac)? / 10f64.powi(places))
}

/// Whether byte `i` is inside a web address: the whitespace-delimited word around it starts
/// with `http://`, `https://` or `www.`.
fn in_url(text: &str, i: usize) -> bool {
    let word_start = text[..i]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(j, c)| j + c.len_utf8());
    let word = &text[word_start..];
    word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.")
}

fn next_whitespace(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(j, _)| i + j)
}

/// A leading decimal point (`.77`, `٫٧٧` = 0.77) and a minus sign (`-1.2`, `−5`) before the
/// digits at `start`, when nothing but a space, an opening bracket or the start of the
/// text stands before them (so `10-12` stays a range and `v.2` a version).
fn signed(text: &str, start: usize, end: usize, value: f64) -> (usize, f64) {
    let free =
        |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '«' | '"'));
    let mut start = start;
    let mut value = value;
    let mut before = text[..start].chars().rev();
    let prev = before.next();
    if matches!(prev, Some('.' | '٫')) && text[start..end].chars().all(|c| digit_value(c).is_some())
    {
        let after = before.clone().next();
        if free(after) || matches!(after, Some('-' | '−')) {
            let digits = text[start..end].chars().count() as i32;
            value /= 10f64.powi(digits);
            start -= prev.map_or(0, char::len_utf8);
        }
    }
    let mut before = text[..start].chars().rev();
    // `بين20 -30`, `2015 -2019`, `0 -3`: a dash after a number and a space joins a range or a
    // score; no minus.
    let after_number = |mut rest: std::iter::Rev<std::str::Chars<'_>>| {
        rest.find(|c| !c.is_whitespace())
            .is_some_and(|c| digit_value(c).is_some() || matches!(c, '%' | '٪'))
    };
    if let Some(sign @ ('-' | '−')) = before.next()
        && free(before.clone().next())
        && !after_number(before)
        && !crate::lang::ar::ar82::hijri_year_after(&text[end..])
    {
        start -= sign.len_utf8();
        value = -value;
    }
    (start, value)
}

/// Whether the digits after `before` are glued to a model or unit prefix written in Arabic
/// letters: `إف16`, `ميغ29`, `م2`, `كم2` are names and units. Other glued words are
/// clitics (`و٢٠`, `بـ60`) or a missing space (`الماضي2500`), and the number stands.
fn glued_to_arabic_word(before: &str) -> bool {
    let word = &before[before.trim_end_matches(is_letter_or_tatweel).len()..];
    !word.is_empty()
        && [
            "إف", "اف", "أف", "م", "كم", "سم", "ميغ", "ميج", "سو", "تي", "بي", "جي", "إس", "اس",
        ]
        .iter()
        .any(|w| equal_without_tatweel(word, w))
}

/// `م` or `هـ`/`ه` (with tatweel) ending a word right after a number.
fn is_year_marker(after: &str) -> bool {
    let word = &after[..after.len() - after.trim_start_matches(is_letter_or_tatweel).len()];
    ["م", "ه"].iter().any(|w| equal_without_tatweel(word, w))
}

/// Month names a day's number is sometimes typed against (`13شعبان`, `8أغسطس`,
/// `15ذو القعدة`): Gregorian, Levantine and Hijri. `صفر` is not here: after a number it
/// is as often the score's zero (`3صفر`).
const MONTH_NAMES: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "محرم",
    "ربيع",
    "جمادى",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
];

/// A month name ending a word right after a number (see [`MONTH_NAMES`]).
fn is_month_name(after: &str) -> bool {
    let word = &after[..after.len() - after.trim_start_matches(is_letter_or_tatweel).len()];
    MONTH_NAMES.iter().any(|w| equal_without_tatweel(word, w))
}

/// A counted noun or scale word ending a word right after a number (see
/// [`crate::lang::ar::counted_after_digits`]).
fn counted_word(after: &str) -> bool {
    let word = &after[..after.len() - after.trim_start_matches(is_letter_or_tatweel).len()];
    crate::lang::ar::counted_after_digits(word)
}

/// Whether the text right after a number, `after`, is `و` glued to a second number that
/// makes the two a list or a range (`12و14`, `4400و4150`): the second is not smaller, or
/// both have three digits or more. (`3و2`, a mistyped decimal, is not.)
fn glued_and(after: &str, first: f64) -> bool {
    let Some(rest) = after.strip_prefix('و') else {
        return false;
    };
    let mut n = 0u32;
    let mut value = 0f64;
    for c in rest.chars() {
        let Some(d) = digit_value(c) else {
            break;
        };
        value = value * 10.0 + f64::from(d);
        n += 1;
    }
    if n == 0 || n > 9 {
        return false;
    }
    // (A run of digits too long for an `f64` is infinite: its count of digits is not read.)
    let first_digits = if first >= 1.0 && first.is_finite() {
        first.abs().log10().floor() as u32 + 1
    } else {
        1
    };
    value >= first || (n >= 3 && first_digits >= 3)
}

fn is_letter_or_tatweel(c: char) -> bool {
    crate::lang::is_arabic_letter(c) || c == 'ـ'
}

/// Whether `word` with its tatweels left out is `want`.
fn equal_without_tatweel(word: &str, want: &str) -> bool {
    word.chars().filter(|&c| c != 'ـ').eq(want.chars())
}

/// The byte offset of the first digit (of any of the three sets) at or after byte `from`,
/// a char boundary. Looks at bytes: a digit is an ASCII digit or a two-byte char whose lead
/// byte (D9 for U+0660..U+0669, DB for U+06F0..U+06F9) never occurs inside another char.
///
/// Eight bytes at a time while nine remain ([`digit_starts`]), then byte by byte.
fn next_digit(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let (Some(here), Some(next)) = (bytes.get(i..i + 8), bytes.get(i + 1..i + 9)) {
        let starts = digit_starts(word_at(here), word_at(next));
        if starts != 0 {
            return Some(i + (starts.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => return Some(i),
            0xD9 if matches!(bytes.get(i + 1), Some(0xA0..=0xA9)) => return Some(i),
            0xDB if matches!(bytes.get(i + 1), Some(0xB0..=0xB9)) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Eight bytes as one number, the first in the low byte.
fn word_at(bytes: &[u8]) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(bytes);
    u64::from_le_bytes(w)
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is `b`. Exact for each byte: no sum carries out
/// of its byte.
fn bytes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ (LOW * u64::from(b));
    !(((t & !HIGH) + !HIGH) | t) & HIGH
}

/// The high bit of each byte of `x` in `lo..lo + 10`, for `lo` whose low seven bits are at
/// most 0x76. Exact for each byte: the seven-bit sums stay below 0x100.
fn bytes_in_ten(x: u64, lo: u8) -> u64 {
    let seven = x & !HIGH;
    let high = if lo & 0x80 == 0 { !x } else { x };
    let at_least = seven + LOW * u64::from(0x80 - (lo & 0x7F));
    let past = seven + LOW * u64::from(0x80 - (lo & 0x7F) - 10);
    at_least & !past & high & HIGH
}

/// The high bit of each byte of `here` where a digit starts, as [`next_digit`] tests it
/// byte by byte; `next` is the same bytes one further on (a lead byte's next byte).
fn digit_starts(here: u64, next: u64) -> u64 {
    bytes_in_ten(here, b'0')
        | (bytes_equal(here, 0xD9) & bytes_in_ten(next, 0xA0))
        | (bytes_equal(here, 0xDB) & bytes_in_ten(next, 0xB0))
}

fn skip_digits(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if is_digit(c) || is_separator(c) || c.is_ascii_alphabetic() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Extends a number match over a percent sign right after it (one space allowed) or right
/// before it (`٪٤٠`).
fn with_percent(text: &str, start: usize, end: usize) -> (usize, usize, bool) {
    // Directional marks are invisible and may stand on either side of the space
    // (`12 \u{200F}%`).
    let mut spaces = 0;
    for (j, c) in text[end..].char_indices() {
        match c {
            _ if is_percent(c) => return (start, end + j + c.len_utf8(), true),
            ' ' if spaces == 0 => spaces += 1,
            _ if is_bidi_mark(c) => {}
            _ => break,
        }
    }
    // Before the number only the Arabic sign: `%28` is URL encoding far more often than a
    // percent written backwards.
    match text[..start].chars().next_back() {
        Some(c @ '٪') => (start - c.len_utf8(), end, true),
        _ => (start, end, false),
    }
}

/// Reads the number starting at byte `start` (a digit); returns its end and value, or `None`
/// when the separators make no number (`1.2.3`, `3.12.2014`).
fn read_number(text: &str, start: usize, comma: CommaStyle) -> Option<(usize, f64)> {
    // Groups of digits and the separator before each group after the first.
    let mut groups: Vec<(Option<char>, String)> = vec![(None, String::new())];
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if let Some(d) = digit_value(c) {
            groups
                .last_mut()
                .expect("one group")
                .1
                .push(char::from_digit(d, 10).expect("digit"));
            end = start + off + c.len_utf8();
        } else if is_separator(c)
            && chars
                .clone()
                .map(|(_, n)| n)
                .find(|&n| !is_bidi_mark(n))
                .is_some_and(is_digit)
        {
            groups.push((Some(c), String::new()));
        } else if is_bidi_mark(c)
            && chars
                .clone()
                .map(|(_, n)| n)
                .find(|&n| !is_bidi_mark(n))
                .is_some_and(|n| is_separator(n) || is_digit(n))
        {
            // Directional marks that editors put around a decimal comma (`25799`, U+202A, `,`).
        } else {
            break;
        }
    }
    interpret(text, start, end, &groups, comma)
}

/// Decides which separators group thousands and which one is the decimal point.
fn interpret(
    text: &str,
    start: usize,
    end: usize,
    groups: &[(Option<char>, String)],
    comma: CommaStyle,
) -> Option<(usize, f64)> {
    let first_only = || {
        let first = &groups[0].1;
        Some((
            start + byte_len_of_digits(text, start, first.len()),
            parse(first, ""),
        ))
    };
    if groups.len() == 1 {
        return Some((end, parse(&groups[0].1, "")));
    }
    let seps: Vec<char> = groups[1..]
        .iter()
        .map(|(s, _)| s.expect("separator"))
        .collect();
    let is_group3 = |g: &String| g.len() == 3;
    let first_ok = (1..=3).contains(&groups[0].1.len());

    // Unambiguous Arabic separators: ٫ is the decimal point, ٬ groups thousands.
    // Wire agencies write the decimal comma as `ر` and type the fraction first, so that
    // `52ر1` shows on screen for 52.1: the stored text is `1ر52` (fraction, ر, integer).
    if let [(None, frac), (Some('ر'), int)] = groups {
        return Some((end, parse(int, frac)));
    }
    // ar90: their thousands come backwards too: `951ر625ر34` is 34,625,951.
    if let [(None, a), (Some('ر'), b), (Some('ر'), c)] = groups
        && a.len() == 3
        && b.len() == 3
        && (1..=3).contains(&c.len())
    {
        return Some((end, parse(&format!("{c}{b}{a}"), "")));
    }
    let groups: Vec<(Option<char>, String)> = groups
        .iter()
        .map(|(s, g)| (s.map(|c| if c == 'ر' { '٫' } else { c }), g.clone()))
        .collect();
    let groups = &groups[..];
    if seps.iter().any(|&s| s == '٫' || s == '٬' || s == 'ر') {
        let mut int = groups[0].1.clone();
        let mut frac = String::new();
        for (sep, g) in &groups[1..] {
            match sep {
                Some('٫') if frac.is_empty() => frac = g.clone(),
                Some('٬') if frac.is_empty() => int.push_str(g),
                _ => return None,
            }
        }
        return Some((end, parse(&int, &frac)));
    }

    // The last separator may be a decimal point if it differs from the ones before it
    // (`1,234.5`) or if it is the only one and does not look like a thousands group.
    let last = *seps.last().expect("separator");
    let all_same = seps.iter().all(|&s| s == last);
    let thousands_before_last = groups[1..groups.len() - 1]
        .iter()
        .all(|(_, g)| is_group3(g));
    if all_same {
        let all_groups3 = first_ok && groups[1..].iter().all(|(_, g)| is_group3(g));
        let list = last != '.' && comma == CommaStyle::ListSeparator;
        if seps.len() > 1 {
            return match () {
                _ if all_groups3 => Some((end, parse(&concat(groups), ""))),
                _ if list => first_only(),
                _ => None,
            };
        }
        // One separator.
        let g = &groups[1].1;
        return match last {
            // `76.000`: three zeros after a lone dot group thousands (a decimal would not
            // be written with them).
            '.' if first_ok && g == "000" => Some((end, parse(&concat(groups), ""))),
            '.' => Some((end, parse(&groups[0].1, g))),
            // ar122: `7771،7546 ريال`: a list glued by the Arabic comma, not a decimal
            // with four places or more after a whole part of three digits or more.
            '،' if groups[0].1.len() >= 3 && g.len() >= 4 => first_only(),
            _ if all_groups3 => Some((end, parse(&concat(groups), ""))),
            _ if list => first_only(),
            _ => Some((end, parse(&groups[0].1, g))),
        };
    }
    // Mixed: all but the last separator are one kind of thousands mark, the last is decimal.
    let head = &seps[..seps.len() - 1];
    let head_same = head.iter().all(|&s| s == head[0]);
    if head_same && head[0] != last && first_ok && thousands_before_last {
        let int = concat(&groups[..groups.len() - 1]);
        return Some((end, parse(&int, &groups.last().expect("group").1)));
    }
    None
}

fn concat(groups: &[(Option<char>, String)]) -> String {
    groups.iter().map(|(_, g)| g.as_str()).collect()
}

/// Byte length of the first `n` digits from `start` (digits may be 1 or 2 bytes each).
fn byte_len_of_digits(text: &str, start: usize, n: usize) -> usize {
    text[start..].chars().take(n).map(char::len_utf8).sum()
}

fn parse(int: &str, frac: &str) -> f64 {
    let s = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    s.parse::<f64>().unwrap_or(f64::INFINITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_digit_finds_every_digit_set_at_char_boundaries() {
        let text = "أب ١ c ۵ 7 ٠٩";
        let found: Vec<usize> = std::iter::successors(next_digit(text, 0), |&i| {
            next_digit(text, i + text[i..].chars().next().map_or(1, char::len_utf8))
        })
        .collect();
        let want: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| is_digit(c))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, want);
        assert_eq!(next_digit("ـ", 0), None);
    }

    #[test]
    fn digit_starts_answer_the_byte_test() {
        // Every byte value at each of the eight places, with each next byte that matters.
        let byte_test = |b: &[u8], k: usize| match b[k] {
            b'0'..=b'9' => true,
            0xD9 => (0xA0..=0xA9).contains(&b[k + 1]),
            0xDB => (0xB0..=0xB9).contains(&b[k + 1]),
            _ => false,
        };
        let fill = [0xD9, 0xA9, 0xDB, 0xB0, 0x39, 0x2F, 0xAA, 0xBA, 0xD8];
        for k in 0..8 {
            for v in 0..=255u8 {
                for n in 0..=255u8 {
                    let mut b: [u8; 9] = std::array::from_fn(|j| fill[(j + k) % fill.len()]);
                    b[k] = v;
                    b[k + 1] = n;
                    let got = digit_starts(word_at(&b[..8]), word_at(&b[1..9]));
                    for j in 0..8 {
                        assert_eq!(got >> (8 * j + 7) & 1 == 1, byte_test(&b, j), "{b:x?} {j}");
                    }
                }
            }
        }
        assert_eq!(next_digit("أبجد هوز حطي كلمن ١", 0), Some(32));
        assert_eq!(next_digit("أبجد هوز حطي كلمن سعفص 7", 0), Some(41));
    }

    #[test]
    fn glued_words_ignore_tatweel() {
        assert!(glued_to_arabic_word("طائرة إف"));
        assert!(glued_to_arabic_word("كـم"));
        assert!(!glued_to_arabic_word("الماضي"));
        assert!(!glued_to_arabic_word("ـ"));
        assert!(!glued_to_arabic_word(""));
        assert!(is_year_marker("هـ الماضي"));
        assert!(is_year_marker("م"));
        assert!(!is_year_marker("من"));
    }

    fn values(text: &str, comma: CommaStyle) -> Vec<(String, f64, bool)> {
        scan(text, comma)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.value, n.percent))
            .collect()
    }

    macro_rules! digits {
        ($($name:ident: $text:expr, $comma:ident => [$(($span:expr, $value:expr $(, $pct:expr)?)),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, f64, bool)> =
                    vec![$(($span.to_string(), $value as f64, false $(|| $pct)?)),*];
                assert_eq!(values($text, CommaStyle::$comma), want);
            }
        )*};
    }

    digits! {
        ascii_integer: "نفذت 1000 طلعة", Decimal => [("1000", 1000)];
        arabic_indic: "في ٨ أغسطس و٢٣ سبتمبر", Decimal => [("٨", 8), ("٢٣", 23)];
        extended_arabic_indic: "۱۲۳ شخصا", Decimal => [("۱۲۳", 123)];
        arabic_decimal_separator: "٣٫٥ مليار", Decimal => [("٣٫٥", 3.5)];
        rtl_decimal: "ارتفع 31.\u{200F}0 في المائة إلى 575.\u{200F}124 ين", Decimal
            => [("31.\u{200F}0", 0.31), ("575.\u{200F}124", 124.575)];
        rtl_mark_after_a_full_stop: "بلغ 12.\u{200F} وقال", Decimal => [("12", 12)];
        arabic_thousands_separator: "١٬٢٠٠٬٠٠٠٫٥٠", Decimal => [("١٬٢٠٠٬٠٠٠٫٥٠", 1_200_000.5)];
        arabic_comma_thousands: "١،٢٣٤،٥٦٧ نسمة", Decimal => [("١،٢٣٤،٥٦٧", 1_234_567)];
        comma_decimal_in_arabic: "٠,٠٨ في المئة", Decimal => [("٠,٠٨", 0.08)];
        comma_list_in_english: "rows 3,4 and 5", ListSeparator => [("3", 3), ("4", 4), ("5", 5)];
        english_thousands: "1,050 sorties and 2,500,000 people", ListSeparator
            => [("1,050", 1050), ("2,500,000", 2_500_000)];
        english_thousands_and_decimal: "$1,234.5 paid", ListSeparator => [("1,234.5", 1234.5)];
        dot_decimal: "1.5 مليون", Decimal => [("1.5", 1.5)];
        european_thousands: "1.000.000 euros", ListSeparator => [("1.000.000", 1_000_000)];
        dot_thousands_with_zeros: "76.000م2 و 1.077 و 2.5", Decimal => [("76.000", 76_000), ("1.077", 1.077), ("2.5", 2.5)];
        sentence_final_dot: "قتل 12.", Decimal => [("12", 12)];
        comma_after_number: "62 دولة، و40 أخرى", Decimal => [("62", 62), ("40", 40)];
        percent_after: "نحو 40% و 12 ٪", Decimal => [("40%", 40, true), ("12 ٪", 12, true)];
        percent_before: "بنسبة ٪٤٠", Decimal => [("٪٤٠", 40, true)];
        latin_glued_not_numbers: "MH370 and F-16 jets, 3D, G20", ListSeparator => [];
        model_names_are_not_numbers: "طائرات إف-16 و10-12 طائرة", Decimal => [("10", 10), ("12", 12)];
        negative: "بلغ -1.2 و -١٢٠٠٠٠٠", Decimal => [("-1.2", -1.2), ("-١٢٠٠٠٠٠", -1_200_000)];
        leading_decimal_point: ".77 و ٫٧٧ و (-.5)", Decimal => [(".77", 0.77), ("٫٧٧", 0.77), ("-.5", -0.5)];
        numbers_in_links_are_not_claims: "انظر http://x.org/a?id=305&q=30%25 و 12 دولة", Decimal => [("12", 12)];
        percent_sign_before_only_arabic: "عنوان %28 و ٪٤٠", Decimal => [("28", 28), ("٪٤٠", 40, true)];
        mixed_scripts_in_one_sentence: "من 8 إلى ١٢", Decimal => [("8", 8), ("١٢", 12)];
        arabic_letters_before_are_fine: "بـ60 دولة و٢٠", Decimal => [("60", 60), ("٢٠", 20)];
        arabic_letters_glued_after_are_not: "شارع ٢٩ك و ٤من و 2015م و 1436هـ", Decimal
            => [("2015", 2015), ("1436", 1436)];
        names_and_units_glued_before: "إف16 و3460 م2 وبـ60 ول3 الماضي2500", Decimal
            => [("3460", 3460), ("60", 60), ("3", 3), ("2500", 2500)];
        wire_decimal_ra: "بلغ 1ر52 مليون", Decimal => [("1ر52", 52.1)];
        counted_nouns_glued_after: "عن 25عاما و11كم و8مليار و300ألف و5موبايلي", Decimal
            => [("25", 25), ("11", 11), ("8", 8), ("300", 300)];
        bidi_marks_around_a_decimal_comma: "25799\u{202A},\u{202A}52", Decimal => [("25799\u{202A},\u{202A}52", 25799.52)];
        version_like_numbers_are_not_read: "v 1.2.3 and 3.12.2014 then 7", ListSeparator => [("7", 7)];
    }

    #[test]
    fn huge_number_glued_to_and_does_not_overflow() {
        let text = format!("2{}و2", "0".repeat(400));
        assert!(
            scan(&text, CommaStyle::Decimal)
                .iter()
                .all(|n| n.value.is_finite())
        );
    }

    #[test]
    fn huge_numbers_are_skipped_not_infinite() {
        let text = format!("{} دولار", "9".repeat(400));
        assert!(scan(&text, CommaStyle::Decimal).is_empty());
        let ok = format!("{} دولار", "9".repeat(30));
        assert_eq!(scan(&ok, CommaStyle::Decimal).len(), 1);
    }

    #[test]
    fn digit_values_of_all_three_sets() {
        for (i, (a, b, c)) in ('0'..='9')
            .zip('٠'..='٩')
            .zip('۰'..='۹')
            .map(|((a, b), c)| (a, b, c))
            .enumerate()
        {
            assert_eq!(digit_value(a), Some(i as u32));
            assert_eq!(digit_value(b), Some(i as u32));
            assert_eq!(digit_value(c), Some(i as u32));
        }
        assert_eq!(digit_value('a'), None);
    }
}
