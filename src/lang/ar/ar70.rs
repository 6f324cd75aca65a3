//! Number forms that were misread (ar70, from hand judgements of random Arabic claims);
//! every look is a fixed few tokens around the number:
//! - digit groups written apart with the Arabic comma, `76، 427، 115 م2` (three groups or
//!   more, each inner one of three digits): one number, not three. A short group marks the
//!   leading end: first (`76، 427، 115` = 76,427,115) or, where right-to-left mangling
//!   reversed the groups, last (`115، 427، 76` = 76,427,115); groups of three digits at
//!   both ends read in the written order. A list stays a list: two groups (`الـ 23، 180
//!   مترا`), a group of another length (`98، 99، 100`), numbers with a step (`100، 200،
//!   300`), or a list that goes on (`، 400`, `و400`) ([`grouped`]);
//! - a scale word with the article and a fraction: `المليون ونصف المليون`, `المليار
//!   ونصف`, `الألف وربع` are 1.5 million, 1.5 billion, 1250 (not a bare half)
//!   ([`definite_scale_fraction`]);
//! - a number in brackets before a percent word, `(4.2) في المائة`, `(35) بالمئة`: a
//!   percent ([`bracketed_percent`]);
//! - a year written with two digits after `عام`/`سنة` (`حرب عام 94`, `منذ عام 48`, `عام
//!   79م`, `سنة 52`) or after `حرب` (`منذ حرب 94`): the year of the 1900s when it is past
//!   the publication's two-digit year and one, else of the 2000s (`سنة 70 ميلادية`, the
//!   era written out, stays the year 70 as the year reader reads it). Not a year: a number
//!   counting a noun or a percent after it (`قبل عام 40 بالمئة`), a Hijri year (`عام 56
//!   هـ`), `العام` (`المؤشر العام 13 نقطة`, `هذا العام 30 دورة`), a judicial year (`لسنة 29
//!   ق`) ([`short_year`]);
//! - a day past the end of its month before the month's name, `31 سبتمبر`: a misprint of
//!   the month's last day, a date, never 31 of a noun `سبتمبر` ([`clamp_day`]);
//! - places of a ranking: `تقدم المنتخب 14 مركزا`, `تراجع 3 مراتب`, `تحسن ترتيب المملكة
//!   (27 موقعاً)`: `مركز`, `موقع`, `مرتبة` counted after a word of a move in a ranking
//!   (`تقدم`, `تراجع`, `صعد`, `قفز`, `هبط`, `تحسن`, `ترتيب`, `تصنيف`, `بفارق`; for
//!   `موقع`, which an army's advance takes, only `ترتيب` and `تصنيف`) a few words before
//!   are `rank_place`, not centres or sites ([`rank_places`]).

use super::Ctx;
use super::numbers::Num;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// The digits of a number token written in digits only (no sign, point or percent), with
/// their count.
fn plain_digits(t: &Token<'_>) -> Option<(f64, usize)> {
    match t.kind {
        TokenKind::Number {
            value,
            percent: false,
        } if value >= 0.0
            && value.fract() == 0.0
            && !t.text.is_empty()
            && t.text
                .chars()
                .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)) =>
        {
            Some((value, t.text.chars().count()))
        }
        _ => None,
    }
}

fn is_punct(tokens: &[Token<'_>], k: usize, c: char) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct(c))
}

/// `76، 427، 115`: digit groups apart with the Arabic comma read as one number (see the
/// module's doc); `i` is the first group's token.
pub(super) fn grouped(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    // Not the middle of a list: `5، 76، 427، 115` starts before.
    if i >= 2 && is_punct(tokens, i - 1, '،') && plain_digits(&tokens[i - 2]).is_some() {
        return None;
    }
    if !is_punct(tokens, i + 1, '،') {
        return None;
    }
    let mut groups: Vec<(f64, usize)> = vec![plain_digits(tokens.get(i)?)?];
    let mut last = i;
    // (At most five groups: a number below 10^15.)
    while groups.len() < 6 {
        let comma = last + 1;
        let next = last + 2;
        let (Some(c), Some(n)) = (tokens.get(comma), tokens.get(next)) else {
            break;
        };
        // The comma touches the group before it, one space before the next group.
        if c.kind != TokenKind::Punct('،') || tokens[last].end != c.start || n.start != c.end + 1 {
            break;
        }
        let Some(g) = plain_digits(n) else { break };
        groups.push(g);
        last = next;
    }
    if groups.len() < 3 || groups.len() > 5 {
        return None;
    }
    // A list that goes on: `100، 200، 300، 400`, `100، 200، 300 و400`, `، 2015`.
    if is_punct(tokens, last + 1, '،')
        || tokens.get(last + 1).is_some_and(|t| {
            t.key == "و" && tokens.get(last + 2).is_some_and(|n| n.number().is_some())
        })
        || tokens.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.key.starts_with('و')
                && t.text.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        })
    {
        return None;
    }
    let n = groups.len();
    if groups[1..n - 1].iter().any(|&(_, d)| d != 3) {
        return None;
    }
    let (first_len, last_len) = (groups[0].1, groups[n - 1].1);
    let ordered: Vec<f64> = if last_len == 3 && (1..=3).contains(&first_len) {
        groups.iter().map(|g| g.0).collect()
    } else if first_len == 3 && (1..=2).contains(&last_len) {
        groups.iter().rev().map(|g| g.0).collect()
    } else {
        return None;
    };
    // `100، 200، 300`: numbers with a step are a list.
    let step = groups[1].0 - groups[0].0;
    if groups.windows(2).all(|w| w[1].0 - w[0].0 == step) {
        return None;
    }
    let value = ordered.iter().fold(0.0, |acc, g| acc * 1000.0 + g);
    Some(Num {
        start: tokens[i].start,
        end: tokens[last].end,
        ..super::numbers::exact(i, last, value)
    })
}

/// The value of a singular scale word's stem.
fn scale_of(stem: &str) -> Option<f64> {
    match stem {
        "الف" => Some(1e3),
        "مليون" => Some(1e6),
        "مليار" | "بليون" => Some(1e9),
        _ => None,
    }
}

/// The scale of a word with the article (`المليون`, `والمليار`), and the chars of the
/// proclitic before the article.
fn definite_scale(t: &Token<'_>) -> Option<(f64, usize)> {
    if t.kind != TokenKind::Word {
        return None;
    }
    t.stems().find_map(|(prefix, stem)| {
        let before = prefix.strip_suffix("ال")?;
        matches!(before, "" | "و" | "ب" | "وب" | "ف")
            .then_some(())
            .and(scale_of(stem))
            .map(|s| (s, before.chars().count()))
    })
}

/// `المليون ونصف المليون`, `المليار ونصف`, `الألف وربع`: a scale word with the article,
/// a fraction of it after `و`, and maybe the scale word again; `i` is the scale word.
pub(super) fn definite_scale_fraction(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    let fraction = match tokens.get(i + 1)?.key.as_str() {
        "ونصف" => 0.5,
        "وربع" => 0.25,
        _ => return None,
    };
    let (scale, before) = definite_scale(tokens.get(i)?)?;
    let again = tokens
        .get(i + 2)
        .and_then(definite_scale)
        .is_some_and(|(s, b)| s == scale && b == 0);
    let last = if again { i + 2 } else { i + 1 };
    let value = scale * (1.0 + fraction);
    Some(Num {
        start: tokens[i].offset_after_key_chars(before),
        end: tokens[last].end,
        in_words: true,
        ..super::numbers::exact(i, last, value)
    })
}

/// `(4.2) في المائة`: the number at token `i` alone in brackets (its last token `last`),
/// then a percent word: the percent word's last token.
pub(super) fn bracketed_percent(tokens: &[Token<'_>], i: usize, last: usize) -> Option<usize> {
    if i == 0 || !is_punct(tokens, i - 1, '(') || !is_punct(tokens, last + 1, ')') {
        return None;
    }
    super::percent_words(tokens, last + 2)
}

/// A two-digit number that is a year there: its value (0–99).
fn two_digits(t: &Token<'_>) -> Option<i32> {
    let (v, d) = plain_digits(t)?;
    (d == 2).then_some(v as i32)
}

/// `حرب عام 94`, `عام 79م`, `منذ حرب 94`: a year written with two digits (see the module's
/// doc), as a date claim of the whole year; `i` is the year word or the number after
/// `حرب`.
pub(super) fn short_year(
    ctx: &Ctx<'_, '_>,
    i: usize,
    publication: Option<jiff::civil::Date>,
) -> Option<(Recognized, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    let (first, n) = if t.kind == TokenKind::Word {
        // `عام`, `وعام`, `منذ عام`; not `العام`, `لسنة` of a court's year is ruled out below.
        // (Each stem ends the key: a key not ending so has neither, and its stems are not
        // walked.)
        let year_word = (t.key.ends_with("عام") || t.key.ends_with("سنه"))
            && t.stems().any(|(p, s)| {
                matches!(s, "عام" | "سنه") && matches!(p, "" | "و" | "ب" | "ف" | "وب" | "ل" | "ول")
            });
        if !year_word || i.checked_sub(1).is_some_and(|p| tokens[p].key == "كل") {
            return None;
        }
        (i, i + 1)
    } else {
        let war = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|w| {
                w.kind == TokenKind::Word
                    && matches!(w.key.as_str(), "حرب" | "وحرب" | "بحرب" | "لحرب")
            });
        if !war {
            return None;
        }
        (i, i)
    };
    let yy = two_digits(tokens.get(n)?)?;
    let mut last = n;
    match tokens.get(n + 1) {
        None => {}
        Some(a) => match a.kind {
            TokenKind::Punct(c) => {
                if matches!(c, '%' | '٪' | '/' | '-' | '–') {
                    return None;
                }
                // `94.5`, `94،5` are no years; a comma or point then a space ends the clause.
                if matches!(c, '.' | '،' | ',')
                    && tokens
                        .get(n + 2)
                        .is_some_and(|b| b.start == a.end && b.number().is_some())
                {
                    return None;
                }
            }
            TokenKind::Word => {
                let k = a.key.as_str();
                if k == "م" {
                    last = n + 1;
                } else if matches!(k, "ميلادي" | "ميلاديه") {
                    // `سنة 70 ميلادية`: the era written out is the year as written.
                    return None;
                } else if matches!(k, "ه" | "هـ" | "هجري" | "هجريه" | "ق")
                    || k.chars().count() == 1
                    || super::percent_words(tokens, n + 1).is_some()
                    || super::units::lookup(ctx.keys_from(n + 1)).is_some()
                    || super::numbers::is_number_word(a)
                    || a.stems().any(|(_, s)| super::numbers::is_scale_key(s))
                {
                    return None;
                }
            }
            _ => return None,
        },
    }
    let publication = publication?;
    let now = i32::from(publication.year()) % 100;
    let year = if yy > now + 1 { 1900 + yy } else { 2000 + yy };
    let start = if first == n {
        tokens[n].start
    } else {
        t.offset_after_key_chars(
            t.stems()
                .find(|(_, s)| matches!(*s, "عام" | "سنه"))
                .map_or(0, |(p, _)| p.chars().count()),
        )
    };
    let mut r = Recognized::exact(
        ctx.index,
        start,
        tokens[last].end,
        Kind::Date,
        Value::Text(format!("{year:04}")),
    );
    r.low = Some(Value::Text(format!("{year:04}-01-01")));
    r.high = Some(Value::Text(format!("{year:04}-12-31")));
    r.subject = ctx.subject(first, last);
    Some((r, last + 1))
}

/// A day past the end of Gregorian month `month` (`31 سبتمبر`, `30 فبراير`): the month's
/// last day (29 February stays, for a leap year).
pub(super) fn clamp_day(month: u8, day: u8) -> u8 {
    let most = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if (29..=31).contains(&day) {
        day.min(most)
    } else {
        day
    }
}

/// Stems (after any proclitic) that start a word of a move in a ranking.
const MOVES: &[&str] = &[
    "تقدم",
    "يتقدم",
    "متقدم",
    "تراجع",
    "يتراجع",
    "متراجع",
    "صعد",
    "يصعد",
    "قفز",
    "يقفز",
    "هبط",
    "يهبط",
    "تحسن",
    "ترتيب",
    "الترتيب",
    "تصنيف",
    "التصنيف",
    "فارق",
    "ارتقى",
    "ارتقت",
    "يرتقي",
];

/// Stems of the words of a ranking itself.
const RANKINGS: &[&str] = &["ترتيب", "الترتيب", "تصنيف", "التصنيف"];

/// Nouns after the counted one that make it a real centre or site (`مراكز تسوق`,
/// `مركزا انتخابيا`).
const NOT_RANK_AFTER: &[&str] = &[
    "تسوق",
    "انتخابي",
    "انتخابيا",
    "انتخابيه",
    "طبي",
    "طبيه",
    "صحي",
    "صحيا",
    "صحيه",
];

/// How many tokens before the number a move in a ranking is looked for.
const MOVE_BACK: usize = 8;

/// Gives `rank_place` to places of a ranking counted in the claims `out` of one sentence
/// (see the module's doc).
pub(super) fn rank_places(ctx: &Ctx<'_, '_>, out: &mut [Recognized]) {
    let tokens = ctx.tokens;
    for c in out.iter_mut() {
        if c.kind != Kind::Count {
            continue;
        }
        // A site is a place of a ranking only after a word of the ranking itself: `تقدم
        // المقاومة نحو مواقع عدة` is an advance on positions.
        let movers = match c.unit.as_deref() {
            Some("center") => MOVES,
            Some("site") => RANKINGS,
            Some("مراتب" | "مرتبه" | "مرتبتين" | "مرتبتان") => MOVES,
            _ => continue,
        };
        let Ok(a) = tokens.binary_search_by(|t| t.start.cmp(&c.byte_start)) else {
            continue;
        };
        let Some(z) = (a..tokens.len())
            .take_while(|&j| tokens[j].end <= c.byte_end)
            .last()
        else {
            continue;
        };
        let after = tokens
            .get(z + 1)
            .is_some_and(|t| t.stems().any(|(_, s)| NOT_RANK_AFTER.contains(&s)));
        let moved = (a.saturating_sub(MOVE_BACK)..a).any(|k| {
            tokens[k].kind == TokenKind::Word
                && tokens[k]
                    .stems()
                    .any(|(_, s)| movers.iter().any(|m| s.starts_with(m)))
        });
        if moved && !after {
            c.unit = Some("rank_place".to_string());
        }
    }
}
