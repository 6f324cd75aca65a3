//! Numbers written in figures, as English news and the peers' suites write them:
//! `1,050`, `3.5`, `.77`, `-504`, `12,34,567.89` (Indian grouping), `1.111,11` (European),
//! `40 000` and `1 234 567` (grouped by spaces), `3/4` and `2 1/4`, `1.3e6`, `6.23x10^-4`,
//! `2.5^-1`, and a scale letter glued on (`100k`, `3M`, `1.2b`, `2bn`, `1MM`, `2mil`, `10G`);
//! a unit's symbol glued on (`40km`, `5kg`) ends the figure and is left to the unit reader.
//! A figure glued to other letters is a name or a code, not a number (`MH370`, `F-16`,
//! `3D`, `1m`); `1st`, `22nd` are ordinals.

use std::borrow::Cow;

use super::tokens::{Gap, Token, TokenKind};

/// A number in figures: token indices (inclusive) and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// Written as an integer: no decimal point, fraction, exponent or scale letter.
    pub int: bool,
    /// An ordinal (`21st`).
    pub ordinal: bool,
    /// How many digits a plain integer has (`2014` → 4); 0 for any other figure.
    pub plain_digits: usize,
}

/// Scale letters glued to a figure: `100k`, `3M`, `1.2b`. Case matters where a letter is
/// also a unit (`10m` is ten metres, `1MM` a million, `10mm` ten millimetres).
fn scale_suffix(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "K" => 1e3,
        "M" | "MM" | "mn" | "mln" | "mil" | "Mn" => 1e6,
        "G" | "b" | "B" | "bn" | "bln" | "Bn" => 1e9,
        "tn" | "tln" | "trn" | "T" => 1e12,
        _ => return None,
    })
}

/// Scale words that may follow a figure after a space (`10 bln`); the single letters only at
/// the end of the sentence (`2.33 k`, `1,674.5 G`): before a word they are names or units.
pub fn spaced_scale(tokens: &[Token<'_>], j: usize) -> Option<f64> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Word || t.glued {
        return None;
    }
    match t.text {
        "bn" | "bln" | "mn" | "mln" | "tn" | "tln" => scale_suffix(t.text),
        "k" | "K" | "M" | "G" | "l" => {
            let after = tokens.get(j + 1);
            after
                .is_none_or(|a| {
                    matches!(a.kind, TokenKind::Punct('.' | ',' | ';' | ')' | '!' | '?'))
                })
                .then(|| {
                    if t.text == "l" {
                        Some(1e5)
                    } else {
                        scale_suffix(t.text)
                    }
                })
                .flatten()
        }
        _ => None,
    }
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// A vulgar fraction standing alone (`⅔`).
pub fn vulgar_at(tokens: &[Token<'_>], i: usize) -> Option<Figure> {
    let TokenKind::Punct(c) = tokens.get(i)?.kind else {
        return None;
    };
    let value = vulgar(c)?;
    if tokens[i].glued && i > 0 && tokens[i - 1].kind == TokenKind::Digits {
        return None;
    }
    Some(Figure {
        first: i,
        last: i,
        value,
        int: false,
        ordinal: false,
        plain_digits: 0,
    })
}

fn glued(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| t.glued)
}

fn punct_at(tokens: &[Token<'_>], j: usize, cs: &[char]) -> Option<char> {
    match tokens.get(j)?.kind {
        TokenKind::Punct(c) if cs.contains(&c) => Some(c),
        _ => None,
    }
}

fn digits_at<'t>(tokens: &[Token<'t>], j: usize) -> Option<&'t str> {
    tokens
        .get(j)
        .filter(|t| t.kind == TokenKind::Digits)
        .map(|t| t.text)
}

/// Whether the figure starting at token `i` is glued to a word before it (`MH370`,
/// `F-16`, `COVID-19`): a name, not a number.
fn named(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if !tokens[i].glued {
        return false;
    }
    match tokens[p].kind {
        TokenKind::Word => true,
        // (`Suspect #2`, `#1: The State Department …`, `Mission #10`: `#` glued before a
        // figure makes it a label wherever it stands.)
        TokenKind::Punct('#') => true,
        TokenKind::Punct('-' | '–') => p > 0 && tokens[p].glued && tokens[p - 1].is_word(),
        _ => false,
    }
}

/// A word that numbers a part of a law or a treaty (`section`, `article`, `title`, `rule`).
fn law_part(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.lower.as_ref(),
            "section"
                | "sections"
                | "article"
                | "title"
                | "rule"
                | "clause"
                | "paragraph"
                | "subsection"
        )
}

/// The figure whose first digits are token `i`, with a leading `.` and a sign before it.
pub fn figure_at(tokens: &[Token<'_>], i: usize) -> Option<Figure> {
    let first_digits = digits_at(tokens, i)?;
    if named(tokens, i) {
        return None;
    }
    // `/14` opening a text or after a space: a thread's post index (`…/14`), no figure.
    if i >= 1 && tokens[i].glued && tokens[i - 1].is_punct('/') && (i == 1 || !tokens[i - 1].glued)
    {
        return None;
    }
    // A figure right after `,` or `.` glued to digits continues a list (`22,24`) or an
    // address (`192.168`): it stands alone, with no leading decimal point or sign.
    let continues = i >= 2
        && tokens[i].glued
        && punct_at(tokens, i - 1, &[',', '.']).is_some()
        && tokens[i - 1].glued
        && tokens[i - 2].kind == TokenKind::Digits;
    if continues && (1..=3).contains(&tokens[i - 2].text.len()) && broken_group(tokens, i - 2) {
        return None;
    }
    let mut first = i;
    let mut last = i;
    // Each part's string made once, where it is known (most figures go to `grouped`); the
    // integer part of a figure of one token is the token's own text, borrowed.
    let (int_part, frac_part) = if continues {
        (Cow::Borrowed(first_digits), None)
    } else if tokens[i].glued
        && punct_at(tokens, i.wrapping_sub(1), &['.']).is_some()
        && (i == 1 || !tokens[i - 1].glued || tokens[i - 2].kind == TokenKind::Punct('-'))
    {
        // `.77`: a decimal point before the digits, with nothing glued before it.
        first = i - 1;
        (Cow::Borrowed(""), Some(first_digits.to_string()))
    } else {
        let (end, int, frac) = grouped(tokens, i);
        // `100,0000`: a group of four digits or more opening with a zero after a comma is
        // a slip in the grouping; what was meant is unsure (not `22,24`, a list).
        if end == i && (1..=3).contains(&first_digits.len()) && broken_group(tokens, i) {
            return None;
        }
        last = end;
        (int, frac)
    };
    let plain = last == i && frac_part.is_none() && first == i;
    let mut value: f64 = match &frac_part {
        Some(f) => format!("{}.{f}", if int_part.is_empty() { "0" } else { &int_part })
            .parse()
            .ok()?,
        None => int_part.parse().ok()?,
    };
    let mut int = frac_part.is_none();
    // Exponents and powers: `1e10`, `12.32e+14`, `1.3x10^6`, `1.1^23`, `-1.1^--23`.
    let mut power = None;
    if let Some((e, end)) = exponent(tokens, last) {
        value *= 10f64.powf(e);
        last = end;
        int = false;
    } else if let Some((e, end)) = caret(tokens, last + 1) {
        power = Some(e);
        last = end;
        int = false;
    }
    // What is glued after: a scale letter, an ordinal suffix, a vulgar fraction, or a word
    // that makes the figure a name or a unit.
    let mut ordinal = false;
    // After a currency sign, `m` is a million (`£10m`); elsewhere a metre.
    let money = first > 0 && matches!(tokens[first - 1].kind, TokenKind::Punct('$' | '£' | '€'));
    // (`40km`, `5kg`: a unit's symbol glued on is read as the unit, after the figure; not
    // before a name: `29km Road`.)
    let symbol = tokens.get(last + 1).is_some_and(|t| {
        !money
            && matches!(
                t.text,
                "km" | "kms"
                    | "cm"
                    | "mm"
                    | "kg"
                    | "kgs"
                    | "ft"
                    | "lb"
                    | "lbs"
                    | "oz"
                    | "MW"
                    | "GW"
                    | "kW"
            )
            && !tokens
                .get(last + 2)
                .is_some_and(|n| n.is_word() && (n.glued || n.capitalized()))
    });
    if glued(tokens, last + 1) && !symbol {
        let t = &tokens[last + 1];
        match t.kind {
            TokenKind::Word => {
                // `section 2339B`, `Article 50A`, `Rule 144A`: a capital letter glued to the
                // number of a statute's part labels it; it is not a scale.
                if int && !money && t.text.len() == 1 && first > 0 && law_part(&tokens[first - 1]) {
                    return None;
                }
                // `3G service`, `5G technology`: a single digit glued to `G` names a
                // generation of mobile networks, not giga.
                if int && !money && t.text == "G" && last == first && tokens[first].text.len() == 1
                {
                    return None;
                }
                if let Some(s) = scale_suffix(t.text).or((money && t.text == "m").then_some(1e6)) {
                    value *= s;
                    int = false;
                    last += 1;
                } else if int && ordinal_suffix(first_digits, &int_part, &t.lower) {
                    ordinal = true;
                    last += 1;
                } else {
                    return None;
                }
                if tokens.get(last + 1).is_some_and(|n| n.glued && n.is_word()) {
                    return None;
                }
            }
            TokenKind::Punct(c) if int && power.is_none() => {
                if let Some(v) = vulgar(c) {
                    value += v;
                    int = false;
                    last += 1;
                }
            }
            _ => {}
        }
    }
    // A fraction: `3/4`, `-4/5`, `20/100`; a mixed number `2 1/4`.
    if int && !ordinal && power.is_none() {
        if let Some((v, end)) = slash_fraction(tokens, first, last) {
            value = v;
            last = end;
            int = false;
        } else if let Some((v, end)) = slash_fraction(tokens, last + 1, last + 1)
            && tokens[last + 1].kind == TokenKind::Digits
            && !tokens[last + 1].glued
        {
            value += v;
            last = end;
            int = false;
        }
    }
    // The sign: `-504`, `−5`, `-.77`, or `- 1,200,000` standing alone at the start.
    let mut negative = false;
    if !continues && let Some(p) = first.checked_sub(1) {
        let free = |k: usize| {
            k == 0
                || !tokens[k].glued
                || matches!(tokens[k - 1].kind, TokenKind::Punct('(' | '[' | '"' | '“'))
        };
        if punct_at(tokens, p, &['-', '−']).is_some() {
            let rest = if spaced_scale(tokens, last + 1).is_some() {
                last + 2
            } else {
                last + 1
            };
            let lone = p == 0 && !tokens[first].glued && ends_clause(tokens, rest);
            if (tokens[first].glued && free(p)) || lone {
                negative = true;
                first = p;
            }
        }
    }
    if let Some(e) = power {
        value = value.powf(e);
    }
    if negative {
        value = -value;
    }
    if !value.is_finite() {
        return None;
    }
    Some(Figure {
        first,
        last,
        value,
        int,
        ordinal,
        plain_digits: if plain { first_digits.len() } else { 0 },
    })
}

/// Whether nothing but closing punctuation follows token `j`.
fn ends_clause(tokens: &[Token<'_>], j: usize) -> bool {
    tokens[j.min(tokens.len())..]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Punct(_)))
}

fn ordinal_suffix(digits: &str, int_part: &str, suffix: &str) -> bool {
    if digits != int_part {
        // `1,000th`
        return suffix == "th";
    }
    let n: u64 = digits.parse().unwrap_or(0);
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix == want
}

/// A comma glued after the digits at `i`, then glued digits of four or more, or fewer than
/// three, opening with a zero (`,0000`, `,00`).
fn broken_group(tokens: &[Token<'_>], i: usize) -> bool {
    // (`81,00`, a digit dropped from `81,000`, is as unsure: a list's item does not open
    // with a zero.)
    punct_at(tokens, i + 1, &[',']).is_some()
        && glued(tokens, i + 1)
        && glued(tokens, i + 2)
        && digits_at(tokens, i + 2)
            .is_some_and(|d| (d.len() >= 4 || d.len() < 3) && d.starts_with('0'))
}

/// The digits from token `i` with their separators: the last token taken, the integer
/// digits and the fraction digits.
fn grouped<'t>(tokens: &[Token<'t>], i: usize) -> (usize, Cow<'t, str>, Option<String>) {
    let first = tokens[i].text;
    // Separator and digits after it, glued.
    let mut groups: Vec<(char, &str, usize)> = Vec::new();
    let mut k = i;
    while let Some(sep) = punct_at(tokens, k + 1, &[',', '.'])
        && glued(tokens, k + 1)
        && glued(tokens, k + 2)
        && let Some(d) = digits_at(tokens, k + 2)
    {
        groups.push((sep, d, k + 2));
        k += 2;
    }
    let alone = || (i, Cow::Borrowed(first), None);
    let seps: Vec<char> = groups.iter().map(|g| g.0).collect();
    let len3 = |g: &(char, &str, usize)| g.1.len() == 3;
    let join = |gs: &[(char, &str, usize)]| {
        let mut s = first.to_string();
        for g in gs {
            s.push_str(g.1);
        }
        Cow::Owned(s)
    };
    match seps.as_slice() {
        [] => {
            // `40 000`, `1 234 567`, `1 234 567.89`: groups of three after spaces.
            if (1..=3).contains(&first.len())
                && let Some((end, int)) = spaced_groups(tokens, i)
            {
                if let Some(('.', frac)) = decimal_after(tokens, end) {
                    return (end + 2, Cow::Owned(int), Some(frac));
                }
                return (end, Cow::Owned(int), None);
            }
            alone()
        }
        ['.'] => {
            if european_thousand(tokens, first, groups[0].1, groups[0].2) {
                return (groups[0].2, join(&groups), None);
            }
            (
                groups[0].2,
                Cow::Borrowed(first),
                Some(groups[0].1.to_string()),
            )
        }
        _ if european_groups(first, &groups) => (groups[groups.len() - 1].2, join(&groups), None),
        _ => {
            let commas = seps.iter().take_while(|&&c| c == ',').count();
            let first_ok = (1..=3).contains(&first.len());
            // `1,234,567` and `1,234.5`
            if first_ok
                && commas >= 1
                && groups[..commas].iter().all(len3)
                && (commas == seps.len() || (commas + 1 == seps.len() && seps[commas] == '.'))
            {
                let int = join(&groups[..commas]);
                return match groups.get(commas) {
                    Some(g) => (g.2, int, Some(g.1.to_string())),
                    None => (groups[commas - 1].2, int, None),
                };
            }
            // `12,34,567.89`: Indian grouping, pairs then a last three.
            if (1..=2).contains(&first.len())
                && commas >= 2
                && groups[..commas - 1].iter().all(|g| g.1.len() == 2)
                && len3(&groups[commas - 1])
                && (commas == seps.len() || (commas + 1 == seps.len() && seps[commas] == '.'))
            {
                let int = join(&groups[..commas]);
                return match groups.get(commas) {
                    Some(g) => (g.2, int, Some(g.1.to_string())),
                    None => (groups[commas - 1].2, int, None),
                };
            }
            // `1.111,11`: European grouping, with a decimal comma.
            let dots = seps.iter().take_while(|&&c| c == '.').count();
            if first_ok
                && dots >= 1
                && dots + 1 == seps.len()
                && seps[dots] == ','
                && groups[..dots].iter().all(len3)
                && (1..=2).contains(&groups[dots].1.len())
            {
                return (
                    groups[dots].2,
                    join(&groups[..dots]),
                    Some(groups[dots].1.to_string()),
                );
            }
            alone()
        }
    }
}

/// `200.000 people`, `More than 1.500`: a dot before one group of three digits ending in
/// `00` is a European thousands separator when no scale, percent or glued glyph follows
/// (`1.500 million`, `2.500%` stay decimals); a decimal with trailing zeros is rare in news,
/// a round thousand written the European way is not. (`0.500`, `$1.375`: decimals.)
fn european_thousand(tokens: &[Token<'_>], first: &str, group: &str, last: usize) -> bool {
    if !(1..=3).contains(&first.len()) || first.starts_with('0') || group.len() != 3 {
        return false;
    }
    if !group.ends_with("00") {
        return false;
    }
    let currency_before = last
        .checked_sub(3)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '£' | '€' | '¥')));
    let Some(next) = tokens.get(last + 1) else {
        return !currency_before;
    };
    if next.glued && !matches!(next.kind, TokenKind::Punct('.' | ',' | ';' | ':' | ')')) {
        return false;
    }
    let scale_after = next.kind == TokenKind::Word
        && (matches!(
            next.lower.as_ref(),
            "thousand"
                | "million"
                | "billion"
                | "trillion"
                | "percent"
                | "per"
                | "pct"
                | "points"
                | "point"
                | "seconds"
                | "second"
                | "kg"
                | "km"
                | "m"
                | "mm"
                | "cm"
                | "g"
                | "ml"
                | "l"
        ) || spaced_scale(tokens, last + 1).is_some());
    !scale_after && !currency_before
}

/// `1.200.000`, `40.000.000`: two groups of three digits or more after dots are European
/// thousands separators (no decimal has two dots). Four groups of at most 255 are an IP
/// address (`170.149.168.130`), left alone.
fn european_groups(first: &str, groups: &[(char, &str, usize)]) -> bool {
    if !(1..=3).contains(&first.len())
        || first.starts_with('0')
        || groups.len() < 2
        || !groups.iter().all(|g| g.0 == '.' && g.1.len() == 3)
    {
        return false;
    }
    let byte = |d: &str| d.parse::<u32>().is_ok_and(|v| v <= 255);
    !(groups.len() == 3 && byte(first) && groups.iter().all(|g| byte(g.1)))
}

/// `.` and digits glued after token `end`.
fn decimal_after(tokens: &[Token<'_>], end: usize) -> Option<(char, String)> {
    let sep = punct_at(tokens, end + 1, &['.'])?;
    if !glued(tokens, end + 1) || !glued(tokens, end + 2) {
        return None;
    }
    Some((sep, digits_at(tokens, end + 2)?.to_string()))
}

/// Groups of three digits after single spaces (a no-break or narrow no-break space, or a
/// plain space when two groups or more follow or the group is `000`): the last token and
/// the integer digits.
fn spaced_groups(tokens: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    let mut k = i;
    let mut digits = tokens[i].text.to_string();
    let mut plain_spaces = 0;
    let mut last_group = "";
    while let Some(next) = tokens.get(k + 1)
        && next.kind == TokenKind::Digits
        && next.text.len() == 3
        && !next.glued
        && !tokens
            .get(k + 2)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
    {
        match next.gap {
            Gap::Space => plain_spaces += 1,
            Gap::Narrow => {}
            _ => break,
        }
        // Followed by digits glued with `,`: not a group (`1 4,000`).
        if tokens
            .get(k + 2)
            .is_some_and(|t| t.glued && t.is_punct(','))
            && tokens
                .get(k + 3)
                .is_some_and(|t| t.kind == TokenKind::Digits)
        {
            break;
        }
        digits.push_str(next.text);
        last_group = next.text;
        k += 1;
    }
    if k == i {
        return None;
    }
    let groups = k - i;
    let ok = plain_spaces == 0 || groups >= 2 || last_group == "000";
    ok.then_some((k, digits))
}

/// `e10`, `e+14`, `e-1`, `x10^6`, `x10^-4` glued after token `last`: the exponent of ten
/// and the last token.
fn exponent(tokens: &[Token<'_>], last: usize) -> Option<(f64, usize)> {
    let t = tokens.get(last + 1)?;
    if !t.glued || t.kind != TokenKind::Word {
        return None;
    }
    match t.text {
        "e" | "E" => {
            let (sign, at) = match punct_at(tokens, last + 2, &['+', '-']) {
                Some(c) if glued(tokens, last + 2) => (if c == '-' { -1.0 } else { 1.0 }, last + 3),
                _ => (1.0, last + 2),
            };
            let d = digits_at(tokens, at).filter(|_| glued(tokens, at))?;
            Some((sign * d.parse::<f64>().ok()?, at))
        }
        "x" | "X" => {
            let ten = digits_at(tokens, last + 2).filter(|_| glued(tokens, last + 2))?;
            if ten != "10" {
                return None;
            }
            let (e, end) = caret(tokens, last + 3)?;
            Some((e, end))
        }
        _ => None,
    }
}

/// `^23`, `^+23`, `^-1`, `^--23` glued at token `j`: the exponent and the last token.
fn caret(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    punct_at(tokens, j, &['^']).filter(|_| glued(tokens, j))?;
    let mut k = j + 1;
    let mut sign = 1.0;
    while let Some(c) = punct_at(tokens, k, &['+', '-']) {
        if !glued(tokens, k) {
            return None;
        }
        if c == '-' {
            sign = -sign;
        }
        k += 1;
    }
    let d = digits_at(tokens, k).filter(|_| glued(tokens, k))?;
    Some((sign * d.parse::<f64>().ok()?, k))
}

/// `n/d` over tokens `a..=b` then `/` and digits glued: a proper fraction with a
/// denominator up to 1000 that is no date (`3/4`, `20/100`; not `2222/2222`, `5/17/2018`).
fn slash_fraction(tokens: &[Token<'_>], a: usize, b: usize) -> Option<(f64, usize)> {
    if a != b {
        return None;
    }
    let n: f64 = digits_at(tokens, a)?.parse().ok()?;
    punct_at(tokens, b + 1, &['/']).filter(|_| glued(tokens, b + 1) && glued(tokens, b + 2))?;
    let d: f64 = digits_at(tokens, b + 2)?.parse().ok()?;
    let more = tokens.get(b + 3).is_some_and(|t| {
        t.glued
            && matches!(
                t.kind,
                TokenKind::Punct('/' | '.' | ',') | TokenKind::Digits | TokenKind::Word
            )
    });
    (n < d && d <= 1000.0 && !more).then_some((n / d, b + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    fn read(text: &str) -> Option<(String, f64)> {
        let tokens = tokenize(text, 0);
        let i = tokens.iter().position(|t| t.kind == TokenKind::Digits)?;
        let f = figure_at(&tokens, i)?;
        Some((
            text[tokens[f.first].start..tokens[f.last].end].to_string(),
            f.value,
        ))
    }

    #[test]
    fn figures_by_example() {
        let cases: &[(&str, Option<(&str, f64)>)] = &[
            ("1,050 sorties", Some(("1,050", 1050.0))),
            ("3.5 billion", Some(("3.5", 3.5))),
            ("100,000.0", Some(("100,000.0", 100_000.0))),
            ("0033", Some(("0033", 33.0))),
            (".77", Some((".77", 0.77))),
            ("-504", Some(("-504", -504.0))),
            ("- 1,200,000", Some(("- 1,200,000", -1_200_000.0))),
            ("-.0012G", Some(("-.0012G", -1_200_000.0))),
            ("12,34,567.89", Some(("12,34,567.89", 1_234_567.89))),
            ("1.111,11", Some(("1.111,11", 1111.11))),
            (
                "More than 200.000 filled the square",
                Some(("200.000", 200_000.0)),
            ),
            ("1.200.000 people", Some(("1.200.000", 1_200_000.0))),
            ("about 3.500 people", Some(("3.500", 3500.0))),
            ("1.500 million", Some(("1.500", 1.5))),
            ("2.500 percent", Some(("2.500", 2.5))),
            ("1.375 billion", Some(("1.375", 1.375))),
            ("1.375 people", Some(("1.375", 1.375))),
            ("0.500 people", Some(("0.500", 0.5))),
            ("$1.500", Some(("1.500", 1.5))),
            ("3.500 km", Some(("3.500", 3.5))),
            ("170.149.168.130", Some(("170", 170.0))),
            ("40 000 people", Some(("40 000", 40_000.0))),
            ("1 234 567", Some(("1 234 567", 1_234_567.0))),
            (
                "1\u{202f}234\u{202f}567.89",
                Some(("1\u{202f}234\u{202f}567.89", 1_234_567.89)),
            ),
            ("423 0000", Some(("423", 423.0))),
            ("In 2013 100 people", Some(("2013", 2013.0))),
            ("3/4", Some(("3/4", 0.75))),
            ("-4/5", Some(("-4/5", -0.8))),
            ("2  1/4", Some(("2  1/4", 2.25))),
            ("2222/2222", Some(("2222", 2222.0))),
            ("1e10", Some(("1e10", 1e10))),
            ("-127.32e13", Some(("-127.32e13", -1.2732e15))),
            ("6.23x10^-4", Some(("6.23x10^-4", 0.000623))),
            ("2.5^-1", Some(("2.5^-1", 0.4))),
            ("-1.1^--23", Some(("-1.1^--23", -(1.1f64.powf(23.0))))),
            ("100k", Some(("100k", 100_000.0))),
            ("1.2M", Some(("1.2M", 1_200_000.0))),
            ("2bn", Some(("2bn", 2e9))),
            ("1MM", Some(("1MM", 1e6))),
            ("MH370", None),
            ("F-16", None),
            ("3D", None),
            // A unit's symbol glued on is left to the unit reader.
            ("29km", Some(("29", 29.0))),
            ("29kmh", None),
            ("1m", None),
            ("192.168.1.2", Some(("192", 192.0))),
            ("22,24,26", Some(("22", 22.0))),
            ("2½", Some(("2½", 2.5))),
        ];
        for (text, want) in cases {
            let got = read(text);
            let want = want.map(|(s, v)| (s.to_string(), v));
            match (&got, &want) {
                (Some((gs, gv)), Some((ws, wv))) => {
                    assert_eq!(gs, ws, "{text}");
                    assert!((gv - wv).abs() <= 1e-9 * wv.abs().max(1.0), "{text}: {gv}");
                }
                _ => assert_eq!(got, want, "{text}"),
            }
        }
    }

    #[test]
    fn ordinal_suffixes() {
        for (text, ordinal) in [
            ("1st", true),
            ("22nd", true),
            ("23rd", true),
            ("11th", true),
            ("12th", true),
            ("21st", true),
            ("21th", false),
        ] {
            let tokens = tokenize(text, 0);
            assert_eq!(
                figure_at(&tokens, 0).map(|f| f.ordinal),
                ordinal.then_some(true),
                "{text}"
            );
        }
    }
}
