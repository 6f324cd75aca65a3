//! Figures that label or name things rather than count them: a lower-case word that
//! numbers a part or a speaker (`archived recording 2`, `article 5`, `grades 3 to 5`,
//! `resolution 2231`), a clause's paragraph (`Article 2(4)`), the points of a list
//! (`(1) … (2) …`), a bracketed reference (`[1]`), a name with a figure (`7-Eleven`,
//! `a Falcon 9 rocket`), and years of an era (`300 BC` is no claim; `AD 70`, `68 CE` are
//! the years 70 and 68).
//!
//! Every look is bounded to a few tokens (the points of a list: [`LIST_WINDOW`] tokens).

use jiff::civil::Date;

use super::tokens::{Token, TokenKind};
use super::{Ctx, dates, numbers, qualifiers, units};
use crate::lang::Recognized;
use crate::model::{Qualifier, Value};

/// Lower-case words that number a part of a text, a speaker of a transcript, a school
/// year or a model: the figure after them is its label (`archived recording 2`, `article
/// 370`, `grades 8, 9 and 10`, `resolution 2231`, `in class 10`, `the B61 model 12`).
const LABEL_WORDS: &[&str] = &[
    "recording",
    "article",
    "articles",
    "section",
    "sections",
    "resolution",
    "resolutions",
    "grade",
    "grades",
    "class",
    "model",
    "room",
    "episode",
    "season",
    "volume",
];

/// How far (tokens) the other points of a list are looked for around `(2)`.
const LIST_WINDOW: usize = 80;

fn digits(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Digits)
}

fn punct(tokens: &[Token<'_>], k: usize, c: char) -> bool {
    tokens.get(k).is_some_and(|t| t.is_punct(c))
}

/// A word in lower case after a figure that makes it a count or a measure: a plural, a
/// unit, `percent` (`flight 400 miles`, `grade 12 students`).
fn counted_after(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|n| {
        n.is_punct('%')
            || (n.is_word()
                && !n.capitalized()
                && (n.lower.ends_with('s')
                    || units::singular_irregular(&n.lower).is_some()
                    || matches!(
                        n.lower.as_ref(),
                        "percent" | "thousand" | "million" | "billion" | "trillion"
                    )
                    || units::lookup(tokens, k)
                        .is_some_and(|u| u.kind != units::UnitKind::Count || u.plural)))
    })
}

/// A figure at token `i` that labels something: the token after the label (and the
/// figures joined to it). See the module's notes.
pub fn label(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if let Some(end) = super::nouns::non_claim(tokens, i) {
        return Some(end);
    }
    // `NATO's Article Five commitments`, `my Title Ten authority`, `Phase Two`: a
    // capitalized number word after a capitalized word that numbers parts.
    if t.capitalized()
        && numbers::is_number_word(t)
        && i >= 1
        && matches!(
            tokens[i - 1].text,
            "Article" | "Title" | "Section" | "Chapter" | "Phase" | "Stage" | "Part" | "Grade"
        )
    {
        return Some(i + 1);
    }
    if t.kind != TokenKind::Digits {
        return None;
    }
    // `7-Eleven`: a figure glued by a dash to a capitalized number word is a name.
    if punct(tokens, i + 1, '-')
        && tokens[i + 1].glued
        && tokens.get(i + 2).is_some_and(|w| {
            w.glued && w.capitalized() && numbers::is_number_word(w) && !w.text.contains('-')
        })
    {
        return Some(i + 3);
    }
    let p = i.checked_sub(1);
    let before = p.map(|p| &tokens[p]);
    // `Article 2(4)`, `section 33(a)`: a paragraph in parentheses glued to a clause's figure.
    if let Some(p) = p
        && tokens[p].is_punct('(')
        && tokens[p].glued
        && t.glued
        && p >= 1
        && digits(tokens, p - 1)
        && punct(tokens, i + 1, ')')
        && tokens[i + 1].glued
        && t.text.len() <= 3
    {
        return Some(i + 2);
    }
    // `cited [1] by`: a reference in brackets (not `[50 U.S.C. 1601]`, nor `[13 cents]`).
    if before.is_some_and(|b| b.is_punct('['))
        && t.glued
        && t.text.len() <= 3
        && punct(tokens, i + 1, ']')
        && tokens[i + 1].glued
        && !punct(tokens, i + 2, '-')
        && !counted_after(tokens, i + 2)
    {
        return Some(i + 2);
    }
    // `abandoning the deal (1) isolates the United States and (2) suggests`: the points
    // of a list, a small figure in parentheses before a word, with the point before or
    // after it in the list (not `France (4); Germany (4)`, `members (12) in`).
    if before.is_some_and(|b| b.is_punct('('))
        && t.glued
        && t.text.len() <= 2
        && punct(tokens, i + 1, ')')
        && tokens[i + 1].glued
        && tokens.get(i + 2).is_some_and(|w| w.is_word())
        && let Ok(v) = t.text.parse::<u32>()
        && list_point_near(tokens, i, v)
    {
        return Some(i + 2);
    }
    // `archived recording 2`, `article 370`, `grades 3 to 5`, `in class 10`.
    if let Some(b) = before
        && b.is_word()
        && !b.capitalized()
        && LABEL_WORDS.contains(&b.lower.as_ref())
        && !(p.is_some_and(|p| p >= 1 && tokens[p - 1].is_punct('-')) && b.glued)
        // (Not `1,000`, `2.5`: a grouped or decimal figure.)
        && !((punct(tokens, i + 1, ',') || punct(tokens, i + 1, '.'))
            && digits(tokens, i + 2)
            && tokens[i + 1].glued
            && tokens[i + 2].glued)
        && !counted_after(tokens, i + 1)
    {
        let mut end = i + 1;
        // `grades 8, 9 and 10`, `grades 3 to 5`, `sections 1505 and 1510`.
        for _ in 0..6 {
            let joined = tokens.get(end).is_some_and(|c| {
                c.is_punct(',')
                    || c.is_punct('-')
                    || matches!(c.lower.as_ref(), "and" | "or" | "to" | "through")
            });
            if joined && digits(tokens, end + 1) && !counted_after(tokens, end + 2) {
                end += 2;
            } else if punct(tokens, end, ',')
                && tokens
                    .get(end + 1)
                    .is_some_and(|a| a.is("and") || a.is("or"))
                && digits(tokens, end + 2)
                && !counted_after(tokens, end + 3)
            {
                end += 3;
            } else {
                break;
            }
        }
        return Some(end);
    }
    None
}

/// Whether a `(v - 1)` comes before token `i` or a `(v + 1)` after it, within
/// [`LIST_WINDOW`] tokens.
fn list_point_near(tokens: &[Token<'_>], i: usize, v: u32) -> bool {
    let from = i.saturating_sub(LIST_WINDOW).max(1);
    let to = (i + LIST_WINDOW).min(tokens.len().saturating_sub(1));
    (from..to).any(|k| {
        k != i
            && digits(tokens, k)
            && tokens[k - 1].is_punct('(')
            && tokens[k + 1].is_punct(')')
            && tokens[k]
                .text
                .parse::<u32>()
                .is_ok_and(|w| (k < i && w + 1 == v) || (k > i && w == v + 1))
    })
}

/// `BC`, `B.C.`, `BCE`, `B.C.E.` (`Some(false)`), or `AD`, `A.D.`, `CE`, `C.E.`
/// (`Some(true)`) at token `k`, and its last token.
fn era_at(tokens: &[Token<'_>], k: usize) -> Option<(bool, usize)> {
    let t = tokens.get(k)?;
    if !t.is_word() || t.glued {
        return None;
    }
    match t.text {
        "BC" | "BCE" => return Some((false, k)),
        "AD" | "CE" => return Some((true, k)),
        _ => {}
    }
    // Spelled with full stops: `B.C.`, `A.D.`, `B.C.E.`, `C.E.`.
    if !matches!(t.text, "A" | "B" | "C") {
        return None;
    }
    let mut letters = [(0usize, 0u8); 3];
    let mut len = 0;
    while len < 3 {
        let (Some(w), Some(dot)) = (tokens.get(k + 2 * len), tokens.get(k + 2 * len + 1)) else {
            break;
        };
        if !(w.is_word() && w.text.len() == 1 && dot.is_punct('.') && dot.glued) {
            break;
        }
        letters[len] = (k + 2 * len + 1, w.text.as_bytes()[0]);
        len += 1;
    }
    let word = [letters[0].1, letters[1].1, letters[2].1];
    let (ad, n) = match (len, word) {
        (3, [b'B', b'C', b'E']) => (false, 3),
        (2.., [b'B', b'C', _]) => (false, 2),
        (2.., [b'A', b'D', _]) | (2.., [b'C', b'E', _]) => (true, 2),
        _ => return None,
    };
    Some((ad, letters[n - 1].0))
}

/// A year of an era: `300 BC`, `around 900 B.C.` are no claim (the claims hold years
/// 0000 to 9999 of our era), and their token after; `AD 70`, `70 AD`, `68 CE`, `around
/// 640 AD` are the year (approximate after a qualifier). At token `i`, the figure or
/// `AD`; run at every token, it looks no further unless the token is one of these.
#[inline]
pub fn era(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Option<Recognized>, usize)> {
    // Asked at every token: only a figure or a word that can open `AD`/`CE` goes further.
    let t = ctx.tokens.get(i)?;
    if t.kind != TokenKind::Digits && !matches!(t.text.as_bytes().first(), Some(b'A' | b'C')) {
        return None;
    }
    era_slow(ctx, i)
}

fn era_slow(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Option<Recognized>, usize)> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    // `AD 70`, `A.D. 70`.
    if matches!(t.text, "AD" | "A" | "CE" | "C")
        && let Some((true, last)) = era_at(tokens, i)
        && digits(tokens, last + 1)
        && !tokens[last + 1].glued
        && tokens[last + 1].text.len() <= 4
        && !punct(tokens, last + 2, ',')
        && !counted_after(tokens, last + 2)
    {
        let year = tokens[last + 1].text.parse::<i16>().ok()?;
        return Some((
            year_claim(ctx, i, last + 1, year, Qualifier::Exact),
            last + 2,
        ));
    }
    if t.kind != TokenKind::Digits {
        return None;
    }
    let f = i;
    let d = &tokens[f];
    if d.text.len() > 4 || d.text.starts_with('0') || tokens.get(f + 1).is_some_and(|n| n.glued) {
        return None;
    }
    // The era word first: it is rare, and the qualifier look-back is not.
    if !tokens
        .get(f + 1)
        .is_some_and(|n| matches!(n.text.as_bytes().first(), Some(b'A' | b'B' | b'C')))
    {
        return None;
    }
    let (ad, last) = era_at(tokens, f + 1)?;
    if !ad {
        return Some((None, last + 1));
    }
    let q = qualifiers::before(tokens, f);
    let year = d.text.parse::<i16>().ok()?;
    let (first, qualifier) = q.map_or((f, Qualifier::Exact), |q| (q.first, q.qualifier));
    Some((year_claim(ctx, first, last, year, qualifier), last + 1))
}

fn year_claim(
    ctx: &Ctx<'_, '_>,
    first: usize,
    last: usize,
    year: i16,
    qualifier: Qualifier,
) -> Option<Recognized> {
    let date = Date::new(year, 1, 1).ok()?;
    let last_day = Date::new(year, 12, 31).ok()?;
    let d = dates::DateMatch {
        first,
        last,
        date,
        last_day,
        grain: dates::Grain::Year,
    };
    let (mut r, _) = super::date_claim(ctx, &d);
    if qualifier != Qualifier::Exact {
        r.qualifier = qualifier;
    }
    r.low = Some(Value::Text(date.to_string()));
    r.high = Some(Value::Text(last_day.to_string()));
    Some(r)
}

/// `a Falcon 9 rocket`, `a Boeing 737 jet`, `the Dreamliner 787 plane`: after a name, a
/// figure other than one before a counted noun in the singular is the model's number, not
/// a count (`Falcon 9 rockets` counts them).
pub fn model_number(tokens: &[Token<'_>], next: usize, value: f64) -> bool {
    value != 1.0
        && tokens.get(next).is_some_and(|t| {
            t.is_word()
                && !t.capitalized()
                && !t.lower.ends_with('s')
                // (`JUST WATCHED 48 dead`: the counted state of people.)
                && !matches!(
                    t.lower.as_ref(),
                    "dead" | "killed" | "injured" | "wounded" | "hurt" | "missing" | "detained"
                )
        })
        && units::lookup(tokens, next)
            .is_some_and(|u| u.kind == units::UnitKind::Count && !u.plural)
}

/// `zero tolerance`, `zero interest in`, `zero strategic value`: `zero` before a noun in
/// the singular counts none of it; the noun (after one adjective at most) is the claim's
/// unit, and its token is returned with it. Not before a plural (read as any count is),
/// nor `zero out`, `zero to six months`, `zero military or diplomatic experience`.
pub fn zero_noun(tokens: &[Token<'_>], n: &numbers::Num, j: usize) -> Option<(String, usize)> {
    if n.vague || n.value != 0.0 || n.first != n.last || !tokens[n.first].is("zero") {
        return None;
    }
    let noun = |k: usize| {
        tokens.get(k).filter(|t| {
            t.is_word()
                && !t.glued
                && t.text.bytes().all(|b| b.is_ascii_lowercase())
                && t.text.len() > 2
                && !super::lang_stopword(&t.lower)
                && !t.text.ends_with("ly")
                && units::singular(&t.lower).is_none()
                && units::singular_irregular(&t.lower).is_none()
                && !matches!(
                    t.text,
                    "out" | "percent" | "per" | "point" | "points" | "degree" | "degrees"
                )
        })
    };
    let t = noun(j)?;
    // (`zero jail time`: a noun before a noun modifies it.)
    if let Some(h) = noun(j + 1)
        && !["ed", "ing", "s"].iter().any(|s| h.text.ends_with(s))
    {
        return Some((h.lower.to_string(), j + 1));
    }
    let adjective = [
        "al", "ic", "ive", "ous", "ary", "ful", "ent", "ant", "ical", "less",
    ]
    .iter()
    .any(|s| t.text.ends_with(s));
    if adjective {
        let h = noun(j + 1)?;
        return Some((h.lower.to_string(), j + 1));
    }
    Some((t.lower.to_string(), j))
}
