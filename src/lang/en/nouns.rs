//! Counted nouns and non-claims of English figures that the general readers miss: figures
//! that cite or name (`538 U.S. 760`, `42 U.S.C. 1983`, `No. 14-556`, `NSPM 13`,
//! `Nordstream Two`, `P5 plus 1`, `1-800-494-TIPS`, `sub-zero`), a comparison of
//! strength (`as strong as 100 men`), `under` as a preposition (`under two contracts`),
//! and a few glued qualifiers (`61-or-more`, `75-plus percent`).
//!
//! Every look is bounded to a few tokens around the figure.

use super::numbers;
use super::subject;
use super::tokens::{Token, TokenKind};
use super::units;

fn punct(tokens: &[Token<'_>], k: usize, c: char) -> bool {
    tokens.get(k).is_some_and(|t| t.is_punct(c))
}

fn glued_punct(tokens: &[Token<'_>], k: usize, c: char) -> bool {
    tokens.get(k).is_some_and(|t| t.glued && t.is_punct(c))
}

fn digits(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Digits)
}

fn all_caps(t: &Token<'_>) -> bool {
    t.is_word() && t.text.bytes().all(|b| b.is_ascii_uppercase())
}

/// A figure at `i` that cites, names or compares rather than counts: the token after
/// what it covers.
pub fn non_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Digits {
        citation(tokens, i)
            .or_else(|| scripture(tokens, i))
            .or_else(|| u_turn(tokens, i))
            .or_else(|| certainty(tokens, i))
            .or_else(|| clipped_year(tokens, i))
            .or_else(|| list_point(tokens, i))
            .or_else(|| clock_time(tokens, i))
            .or_else(|| star_rank(tokens, i))
            .or_else(|| acronym_label(tokens, i))
            .or_else(|| p5_plus_one(tokens, i))
            .or_else(|| lettered_phone(tokens, i))
            .or_else(|| comparison(tokens, i))
    } else if t.is_word() {
        sub_zero(tokens, i)
            .or_else(|| certainty(tokens, i))
            .or_else(|| one_in_year(tokens, i))
            .or_else(|| day_label(tokens, i))
            .or_else(|| clock_time(tokens, i))
            .or_else(|| star_rank(tokens, i))
            .or_else(|| name_number(tokens, i))
            .or_else(|| comparison(tokens, i))
    } else {
        None
    }
}

/// `U.S.` or `U.S.C.` from `k`: the token after it.
fn reporter(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let u = tokens.get(k)?;
    if u.text != "U" || !glued_punct(tokens, k + 1, '.') {
        return None;
    }
    if !tokens.get(k + 2).is_some_and(|s| s.glued && s.text == "S")
        || !glued_punct(tokens, k + 3, '.')
    {
        return None;
    }
    if tokens.get(k + 4).is_some_and(|c| c.glued && c.text == "C")
        && glued_punct(tokens, k + 5, '.')
    {
        return Some(k + 6);
    }
    Some(k + 4)
}

/// `538 U.S. 760`, `42 U.S.C. 1983`: a volume (or title), the reporter (or code) and a
/// page (or section) cite a ruling or a law; `No. 14-556`: a docket number.
fn citation(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if let Some(mut k) = reporter(tokens, i + 1) {
        // (`10 U.S.C. Section 2808`, `18 U.S.C. § 798`.)
        if tokens
            .get(k)
            .is_some_and(|s| s.text == "Section" || s.is_punct('§'))
        {
            k += 1;
        }
        if digits(tokens, k) && !tokens[k].glued {
            return Some(k + 1);
        }
    }
    // (The page after the reporter, when the volume was read otherwise.)
    if !tokens[i].glued
        && [5, 7]
            .iter()
            .any(|&d| i >= d && digits(tokens, i - d) && reporter(tokens, i - d + 1) == Some(i))
    {
        return Some(i + 1);
    }
    // `No. 14-556`: docket numbers are two figures joined by a dash.
    if i >= 2
        && tokens[i - 2].text == "No"
        && tokens[i - 1].is_punct('.')
        && tokens[i - 1].glued
        && glued_punct(tokens, i + 1, '-')
        && tokens
            .get(i + 2)
            .is_some_and(|d| d.glued && d.kind == TokenKind::Digits)
    {
        return Some(i + 3);
    }
    None
}

/// Capitals that write amounts, not names, before a figure.
fn amount_code(w: &str) -> bool {
    matches!(
        w,
        "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CNY"
            | "RMB"
            | "SAR"
            | "AED"
            | "ILS"
            | "IRR"
            | "RUB"
            | "INR"
            | "CHF"
            | "CAD"
            | "AUD"
            | "EGP"
            | "TRY"
            | "MPH"
            | "KPH"
            | "KMH"
            | "AND"
            | "THE"
            | "OF"
            | "TOP"
            | "ALL"
            | "OVER"
            | "UNDER"
            | "ABOUT"
            | "LEAST"
            | "THAN"
    )
}

/// `NSPM 13`, `PPD 20`, `UPDATE 11`: a short figure after a word in capitals (not in a
/// headline of capitals, not a year, not before a plural or a unit) is that thing's label.
fn acronym_label(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if i == 0 || t.glued || t.text.len() > 3 {
        return None;
    }
    let p = &tokens[i - 1];
    if !all_caps(p) || !(3..=6).contains(&p.text.len()) || amount_code(p.text) {
        return None;
    }
    if i >= 2 && all_caps(&tokens[i - 2]) && tokens[i - 2].text.len() > 1 {
        return None;
    }
    if let Some(n) = tokens.get(i + 1) {
        if n.glued && matches!(n.kind, TokenKind::Punct(',' | '.' | '-' | '%' | ':' | '/')) {
            return None;
        }
        if all_caps(n) && n.text.len() > 1 {
            return None;
        }
        if n.is_word()
            && !n.capitalized()
            && (n.lower.ends_with('s')
                || n.is("percent")
                || units::lookup(tokens, i + 1).is_some()
                || numbers::is_number_word(n))
        {
            return None;
        }
    }
    Some(i + 1)
}

/// `P5 plus 1`, `P5+1`: the six powers' name.
fn p5_plus_one(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].text != "1" || i < 3 {
        return None;
    }
    let joined = tokens[i - 1].is("plus") || tokens[i - 1].is_punct('+');
    let five = tokens[i - 2].text == "5"
        && tokens[i - 2].glued
        && tokens[i - 3].is_word()
        && (tokens[i - 3].text == "P" || tokens[i - 3].text == "p");
    (joined && five).then_some(i + 1)
}

/// `1-800-494-TIPS`, `1-800-FLOWERS`: a toll-free number spelled partly in letters.
fn lettered_phone(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].text != "1" || (i > 0 && tokens[i].glued && tokens[i - 1].is_punct('-')) {
        return None;
    }
    if !glued_punct(tokens, i + 1, '-')
        || !tokens.get(i + 2).is_some_and(|t| {
            t.glued
                && matches!(
                    t.text,
                    "800" | "888" | "877" | "866" | "855" | "844" | "833"
                )
        })
    {
        return None;
    }
    let mut k = i + 3;
    for _ in 0..3 {
        if !glued_punct(tokens, k, '-') {
            break;
        }
        match tokens.get(k + 1) {
            Some(g) if g.glued && g.kind == TokenKind::Digits => k += 2,
            Some(w) if w.glued && all_caps(w) => return Some(k + 2),
            _ => break,
        }
    }
    None
}

/// `sub-zero`: below the freezing point, no count.
fn sub_zero(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    (tokens[i].is("zero")
        && tokens[i].glued
        && i >= 2
        && tokens[i - 1].is_punct('-')
        && tokens[i - 1].glued
        && tokens[i - 2].is("sub"))
    .then_some(i + 1)
}

/// Words in capitals that do not name a thing before a number word (`In May Two`).
fn function_capital(w: &str) -> bool {
    subject::is_stopword(w)
        || super::dates::month_or_weekday(w)
        || matches!(w, "mr" | "mrs" | "ms" | "dr")
}

/// `Nordstream Two`, `Apollo Eleven`: a capitalized number word after a capitalized name
/// (not at the sentence's start, not in a title's run of capitals) is part of the name.
fn name_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if i == 0
        || !t.capitalized()
        || t.text == "One"
        || !numbers::is_number_word(t)
        // (Not `Billions of Dollars`: a vague amount.)
        || t.lower.ends_with('s')
        || tokens.get(i + 1).is_some_and(|n| n.is("of"))
    {
        return None;
    }
    let p = &tokens[i - 1];
    if !p.capitalized() || all_caps(p) || t.glued || function_capital(p.lower.as_ref()) {
        return None;
    }
    // (Not after a plural, which ends a caption's title: `the Yazidis Two older men`.)
    if p.lower.ends_with('s') && !p.lower.ends_with("ss") {
        return None;
    }
    // (The name's word is no number: `Twenty Two`.)
    if numbers::is_number_word(p) {
        return None;
    }
    let next_ok = match tokens.get(i + 1) {
        None => false,
        Some(n) if n.is_word() => {
            !n.capitalized()
                && !n.lower.ends_with('s')
                && units::lookup(tokens, i + 1).is_none()
                && !numbers::is_number_word(n)
        }
        Some(n) => matches!(n.kind, TokenKind::Punct(',' | ';' | ')' | '"' | '”')),
    };
    next_ok.then_some(i + 1)
}

/// Adjectives of a comparison that are no amount: `as strong as 100 men`, `as powerful as
/// 10 bombs` (not `as many as`, `as high as`, `as long as`: bounds).
fn comparison(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i < 3 || !tokens[i - 1].is("as") || !tokens[i - 3].is("as") {
        return None;
    }
    let strength = matches!(
        tokens[i - 2].lower.as_ref(),
        "strong"
            | "powerful"
            | "tough"
            | "smart"
            | "brave"
            | "dangerous"
            | "deadly"
            | "destructive"
            | "important"
            | "effective"
            | "fast"
            | "quick"
            | "loud"
            | "bright"
            | "valuable"
            | "good"
            | "bad"
            | "strongly"
    );
    if !strength {
        return None;
    }
    let n = numbers::parse_at(tokens, i)?;
    Some(n.last + 1)
}

/// Nouns that `under` takes as a frame, not a bound: `under two contracts`, `under three
/// different laws` (with [`super::ruler`]'s rulers).
pub fn frame(key: &str) -> bool {
    matches!(
        key,
        "deal"
            | "contract"
            | "agreement"
            | "accord"
            | "treaty"
            | "law"
            | "statute"
            | "rule"
            | "regulation"
            | "program"
            | "programme"
            | "plan"
            | "scenario"
            | "flag"
            | "banner"
            | "mandate"
            | "license"
            | "licence"
            | "permit"
            | "waiver"
            | "bill"
            | "charter"
            | "system"
            | "framework"
            | "constitution"
            | "name"
            | "alias"
            | "mission"
    )
}

/// `75-plus percent`: a percent after `-plus` glued to the figure that ends at `last`: the
/// percent's token.
pub fn plus_percent(tokens: &[Token<'_>], last: usize) -> Option<usize> {
    if !glued_punct(tokens, last + 1, '-')
        || !tokens
            .get(last + 2)
            .is_some_and(|p| p.glued && p.is("plus"))
    {
        return None;
    }
    let t = tokens.get(last + 3)?;
    if t.is("percent") || (t.is_punct('%') && t.glued) {
        Some(last + 3)
    } else if t.is("per") && tokens.get(last + 4).is_some_and(|c| c.is("cent")) {
        Some(last + 4)
    } else {
        None
    }
}

/// `-or-more`, `-or-fewer`, `-or-less` glued after a figure or its noun (`a 61-seat-or-more
/// majority`, `61-or-more seats`): the last token and whether it bounds from below.
pub fn glued_or_more(tokens: &[Token<'_>], j: usize) -> Option<(usize, bool)> {
    // (From the dash, or from the `or` after it.)
    let or = if glued_punct(tokens, j, '-') {
        j + 1
    } else if j > 0 && tokens[j - 1].glued && tokens[j - 1].is_punct('-') {
        j
    } else {
        return None;
    };
    if !tokens.get(or).is_some_and(|o| o.glued && o.is("or")) || !glued_punct(tokens, or + 1, '-') {
        return None;
    }
    let w = tokens.get(or + 2).filter(|w| w.glued)?;
    match w.lower.as_ref() {
        "more" => Some((or + 2, true)),
        "fewer" | "less" => Some((or + 2, false)),
        _ => None,
    }
}

/// `"three or four" companies`: the quote that closes after the number at `j`, when the
/// number opened it and a noun follows.
pub fn quoted_number(tokens: &[Token<'_>], first: usize, j: usize) -> bool {
    first > 0
        && tokens[first].glued
        && matches!(tokens[first - 1].kind, TokenKind::Punct('"' | '“'))
        && tokens
            .get(j)
            .is_some_and(|q| q.glued && matches!(q.kind, TokenKind::Punct('"' | '”')))
        && tokens.get(j + 1).is_some_and(|n| {
            n.is_word()
                && !n.glued
                && !n.capitalized()
                && (units::lookup(tokens, j + 1).is_some() || n.lower.ends_with('s'))
                && !n.is("of")
        })
        && !punct(tokens, j + 1, '.')
}

/// `two different and equally important points`: an adverb in `-ly` before a modifier,
/// past the word right after the number (where it would open a clause: `1,700 currently
/// host ROTC programs`), is free.
pub fn free_adverb(tokens: &[Token<'_>], j: usize, k: usize) -> bool {
    k > j
        && tokens.get(k).is_some_and(|t| {
            t.is_word()
                && !t.capitalized()
                && t.text.len() >= 5
                && t.lower.ends_with("ly")
                && !matches!(
                    t.lower.as_ref(),
                    "only"
                        | "early"
                        | "daily"
                        | "weekly"
                        | "monthly"
                        | "yearly"
                        | "family"
                        | "ally"
                        | "rally"
                        | "supply"
                        | "italy"
                )
        })
}

/// Whether token `k` is a year written in four figures (`one in 2000 and another in 2007`),
/// not a grouped figure (`1 in 2,000`).
pub fn year_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Digits
            && t.text.len() == 4
            && (1900..=2100).contains(&t.text.parse::<u32>().unwrap_or(0))
    }) && !tokens
        .get(k + 1)
        .is_some_and(|c| c.glued && matches!(c.kind, TokenKind::Punct(',' | '.')))
}

fn apostrophe(t: &Token<'_>) -> bool {
    t.is_punct('\'') || t.is_punct('’') || t.is_punct('‘')
}

/// `2009 and ’10`, `the '16 Election`: a year clipped to two figures after an apostrophe;
/// `the 70’s`: a decade.
fn clipped_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.text.len() != 2 {
        return None;
    }
    // (A decade: `60’s`, `70's`.)
    if t.text.ends_with('0')
        && tokens.get(i + 1).is_some_and(|a| a.glued && apostrophe(a))
        && tokens.get(i + 2).is_some_and(|s| s.glued && s.text == "s")
    {
        return Some(i + 3);
    }
    if i < 2 || !t.glued || !apostrophe(&tokens[i - 1]) || tokens[i - 1].glued {
        return None;
    }
    let before = &tokens[i - 2];
    let leads = (before.kind == TokenKind::Digits && before.text.len() == 4)
        || matches!(
            before.lower.as_ref(),
            "the"
                | "in"
                | "of"
                | "since"
                | "and"
                | "from"
                | "until"
                | "to"
                | "by"
                | "class"
                | "fall"
                | "spring"
                | "summer"
                | "winter"
        );
    // (Not a quote in single marks that opens on a count: `'16 people were killed'`.)
    let counted = tokens.get(i + 1).is_some_and(|n| {
        n.is_word()
            && !n.capitalized()
            && (n.lower.ends_with('s') || units::lookup(tokens, i + 1).is_some())
    });
    (leads && !counted).then_some(i + 1)
}

/// `1. do nothing; 2. do everything; 3. find a middle ground`, `3-"The memos …`: the
/// figure of a point of a list.
fn list_point(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.text.len() > 2 {
        return None;
    }
    let after_mark = i == 0 || matches!(tokens[i - 1].kind, TokenKind::Punct(';' | ':'));
    if after_mark
        && glued_punct(tokens, i + 1, '.')
        && tokens
            .get(i + 2)
            .is_some_and(|w| !w.glued && w.is_word() && !w.capitalized())
        && i > 0
    {
        return Some(i + 2);
    }
    if i == 0
        && glued_punct(tokens, i + 1, '-')
        && tokens
            .get(i + 2)
            .is_some_and(|q| q.glued && matches!(q.kind, TokenKind::Punct('"' | '“')))
    {
        return Some(i + 2);
    }
    None
}

/// `10.20 a.m.`, `Nine am`, `7 pm`: a time of day, no quantity.
fn clock_time(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let hour = if t.kind == TokenKind::Digits {
        t.text.len() <= 2 && (1..=12).contains(&t.text.parse::<u32>().unwrap_or(0))
    } else {
        numbers::is_number_word(t)
            && matches!(
                t.lower.as_ref(),
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
            )
    };
    if !hour {
        return None;
    }
    // (The minutes after a point or a colon: `10.20`.)
    let mut k = i + 1;
    if t.kind == TokenKind::Digits
        && tokens
            .get(k)
            .is_some_and(|p| p.glued && (p.is_punct('.') || p.is_punct(':')))
        && tokens
            .get(k + 1)
            .is_some_and(|m| m.glued && m.kind == TokenKind::Digits && m.text.len() == 2)
    {
        k += 2;
    }
    let m = tokens.get(k)?;
    if m.glued && m.kind == TokenKind::Word && !matches!(m.text, "am" | "pm" | "AM" | "PM") {
        return None;
    }
    let meridiem = matches!(m.text, "am" | "pm" | "AM" | "PM")
        || ((m.text == "a" || m.text == "p")
            && glued_punct(tokens, k + 1, '.')
            && tokens.get(k + 2).is_some_and(|w| w.glued && w.text == "m"));
    meridiem.then_some(k)
}

/// `four star Gen. Jack Keane`, `a five star hotel`: a rank in stars, no count (a count
/// writes `stars`).
fn star_rank(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // A rank above one, not vague: it starts with a figure or a number word (asked first,
    // since this runs at every word).
    let t = &tokens[i];
    if t.kind != TokenKind::Digits && !numbers::is_number_word(t) {
        return None;
    }
    // And a number is rarely followed by `star`: look for it before parsing the number.
    if !tokens.iter().skip(i + 1).take(8).any(|s| s.is("star")) {
        return None;
    }
    let n = numbers::parse_at(tokens, i)?;
    // (Not `Two star witnesses`: `star` modifying a plural.)
    let plural_after = tokens.get(n.last + 2).is_some_and(|w| {
        w.is_word()
            && !w.capitalized()
            && (w.lower.ends_with('s') || units::lookup(tokens, n.last + 2).is_some())
    });
    (n.value > 1.0
        && !n.vague
        && !plural_after
        && tokens
            .get(n.last + 1)
            .is_some_and(|s| s.is("star") && !s.glued))
    .then_some(n.last + 2)
}

/// `Day two`, `Round Three`: the number of a day or a round of a series names it.
fn day_label(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    (i > 0
        && numbers::is_number_word(&tokens[i])
        && !tokens[i].lower.ends_with('s')
        && matches!(
            tokens[i - 1].text,
            "Day" | "Round" | "Week" | "Game" | "Act" | "Level"
        )
        && !tokens.get(i + 1).is_some_and(|n| n.is("of")))
    .then_some(i + 1)
}

/// Words before `shows` that make it the noun (`five talk shows`, `two game shows`).
pub fn show_kind(t: &Token<'_>) -> bool {
    matches!(
        t.lower.as_ref(),
        "talk"
            | "game"
            | "news"
            | "chat"
            | "radio"
            | "television"
            | "tv"
            | "cooking"
            | "trade"
            | "air"
            | "road"
            | "fashion"
            | "reality"
            | "morning"
    )
}

/// `25 “high-priority countries.”`: a quote that opens right after the number on the
/// words of its noun (the mark at `j`, a word glued after it).
pub fn quote_opens_noun(tokens: &[Token<'_>], j: usize) -> bool {
    tokens
        .get(j)
        .is_some_and(|q| !q.glued && matches!(q.kind, TokenKind::Punct('"' | '“')))
        && tokens
            .get(j + 1)
            .is_some_and(|w| w.glued && w.is_word() && !w.capitalized())
        // (The quote closes within the noun's few words.)
        && (j + 2..j + 6).any(|k| {
            tokens.get(k).is_some_and(|c| {
                let w = if tokens[k - 1].is_punct('.') || tokens[k - 1].is_punct(',') {
                    &tokens[k - 2]
                } else {
                    &tokens[k - 1]
                };
                c.glued
                    && matches!(c.kind, TokenKind::Punct('"' | '”'))
                    && w.is_word()
                    && w.lower.ends_with('s')
            })
        })
}

/// `two summits, one in 2000 and another in 2007`: `one` before `in` and a year stands for
/// a thing of the sentence, no count (nor a ratio).
fn one_in_year(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    (tokens[i].is("one") && tokens.get(i + 1).is_some_and(|t| t.is("in")) && year_at(tokens, i + 2))
        .then_some(i + 1)
}

/// Books of the Bible (and the Quran's `Surah`) that a chapter and verse follow.
fn scripture_book(w: &str) -> bool {
    matches!(
        w,
        "Genesis"
            | "Exodus"
            | "Leviticus"
            | "Numbers"
            | "Deuteronomy"
            | "Joshua"
            | "Judges"
            | "Ruth"
            | "Samuel"
            | "Kings"
            | "Chronicles"
            | "Ezra"
            | "Nehemiah"
            | "Esther"
            | "Job"
            | "Psalm"
            | "Psalms"
            | "Proverbs"
            | "Ecclesiastes"
            | "Isaiah"
            | "Jeremiah"
            | "Lamentations"
            | "Ezekiel"
            | "Daniel"
            | "Hosea"
            | "Joel"
            | "Amos"
            | "Obadiah"
            | "Jonah"
            | "Micah"
            | "Nahum"
            | "Habakkuk"
            | "Zephaniah"
            | "Haggai"
            | "Zechariah"
            | "Malachi"
            | "Matthew"
            | "Mark"
            | "Luke"
            | "John"
            | "Acts"
            | "Romans"
            | "Corinthians"
            | "Galatians"
            | "Ephesians"
            | "Philippians"
            | "Colossians"
            | "Thessalonians"
            | "Timothy"
            | "Titus"
            | "Philemon"
            | "Hebrews"
            | "James"
            | "Peter"
            | "Jude"
            | "Revelation"
            | "Revelations"
            | "Surah"
            | "Sura"
    )
}

/// `Matthew 5:1-12`, `John 3:16`, `1 Corinthians 13:4`: a book, a chapter and a verse
/// (or verses) cite scripture. The token after the verses.
fn scripture(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // (`1 Corinthians 13:4`: the book's number, read from the chapter.)
    if tokens
        .get(i + 1)
        .is_some_and(|b| b.is_word() && scripture_book(b.text))
        && tokens[i].text.len() == 1
        && digits(tokens, i + 2)
    {
        return scripture(tokens, i + 2);
    }
    if i == 0 || !tokens[i - 1].is_word() || !scripture_book(tokens[i - 1].text) {
        return None;
    }
    if !glued_punct(tokens, i + 1, ':')
        || !tokens
            .get(i + 2)
            .is_some_and(|v| v.glued && v.kind == TokenKind::Digits)
    {
        return None;
    }
    let mut end = i + 3;
    if (glued_punct(tokens, end, '-') || glued_punct(tokens, end, '–'))
        && tokens
            .get(end + 1)
            .is_some_and(|v| v.glued && v.kind == TokenKind::Digits)
    {
        end += 2;
    }
    Some(end)
}

/// `doing a 180`, `the media's 180 on …`: a turn about, no amount. The token after it.
fn u_turn(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].text != "180" || i == 0 {
        return None;
    }
    let p = &tokens[i - 1];
    let possessive = (p.text == "s" && i >= 2 && apostrophe(&tokens[i - 2]) && tokens[i - 2].glued)
        || (p.is_word()
            && ["'s", "’s", "s'", "s’"]
                .iter()
                .any(|e| p.lower.ends_with(e)));
    let before = possessive
        || matches!(
            p.lower.as_ref(),
            "a" | "complete" | "full" | "total" | "quick" | "sudden" | "abrupt" | "dramatic"
        );
    if !before {
        return None;
    }
    let after = tokens.get(i + 1).is_none_or(|n| match n.kind {
        TokenKind::Punct('-' | ',' | '.' | '%') if n.glued => {
            // (`a 180-day clock`, `the 180,000-soldier army`, `a 180.5`: no turn.)
            n.is_punct('.')
                && !tokens
                    .get(i + 2)
                    .is_some_and(|d| d.glued && d.kind == TokenKind::Digits)
        }
        TokenKind::Punct(_) => true,
        TokenKind::Word => matches!(
            n.lower.as_ref(),
            "on" | "turn"
                | "turnaround"
                | "reversal"
                | "shift"
                | "switch"
                | "flip"
                | "in"
                | "from"
                | "and"
                | "with"
                | "since"
                | "after"
                | "when"
                | "now"
                | "here"
        ),
        TokenKind::Digits => false,
    });
    after.then_some(i + 1)
}

/// `100 percent sure`, `a hundred percent certain`, `100% behind him`: a degree of
/// certainty or support, no measured share. The token after the adjective.
fn certainty(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let mut k = match t.kind {
        TokenKind::Digits if matches!(t.text, "100" | "110" | "1000") => i + 1,
        TokenKind::Word
            if matches!(t.lower.as_ref(), "a" | "one")
                && tokens.get(i + 1).is_some_and(|h| h.is("hundred")) =>
        {
            i + 2
        }
        TokenKind::Word if t.is("hundred") => i + 1,
        _ => return None,
    };
    let w = tokens.get(k)?;
    if (w.is_punct('%') && w.glued) || w.is("percent") {
        k += 1;
    } else if w.is("per") && tokens.get(k + 1).is_some_and(|c| c.is("cent")) {
        k += 2;
    } else {
        return None;
    }
    let a = tokens.get(k).filter(|a| a.is_word())?;
    let degree = super::en54::degree_word(a.lower.as_ref());
    degree.then_some(k + 1)
}

/// `Now the first is cost; the second is time`: `the` and an ordinal opening a clause as
/// the subject of `is`/`was`, with no noun: it stands for one of the things just listed and
/// ranks nothing.
pub fn listed_ordinal(tokens: &[Token<'_>], i: usize, last: usize) -> bool {
    if i == 0 || !tokens[i - 1].is("the") || !tokens[i].is_word() {
        return false;
    }
    let opens = i == 1
        || matches!(
            tokens[i - 2].kind,
            TokenKind::Punct(';' | ':' | ',' | '.' | '(' | '"' | '“')
        )
        || matches!(
            tokens[i - 2].lower.as_ref(),
            "now" | "and" | "but" | "while" | "whereas" | "then" | "so"
        );
    opens
        && matches!(
            tokens[i].lower.as_ref(),
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
        )
        && tokens
            .get(last + 1)
            .is_some_and(|n| matches!(n.lower.as_ref(), "is" | "was"))
}

/// Counted nouns for people.
fn people_concept(c: &str) -> bool {
    matches!(
        c,
        "person"
            | "civilian"
            | "soldier"
            | "officer"
            | "police_officer"
            | "fighter"
            | "militant"
            | "rebel"
            | "refugee"
            | "migrant"
            | "child"
            | "woman"
            | "man"
            | "citizen"
            | "resident"
            | "prisoner"
            | "detainee"
            | "student"
            | "teacher"
            | "doctor"
            | "nurse"
            | "worker"
            | "employee"
            | "official"
    )
}

/// `hundreds of women and children`, `300 men, women and children`: plural nouns of
/// people of different kinds joined by `and` count people. The unit (from `j`, its first
/// token) and the last token of the last noun.
pub fn people_pair(
    tokens: &[Token<'_>],
    u: &units::UnitMatch,
    j: usize,
) -> Option<(units::UnitMatch, usize)> {
    // (Not a people's name, `two Iraqis and citizens from China`: its own count.)
    if u.kind != units::UnitKind::Count
        || !u.plural
        || u.concept == "person"
        || !people_concept(u.concept)
    {
        return None;
    }
    let mut k = j + u.tokens;
    let mut end = None;
    // (At most three nouns after the first.)
    for _ in 0..3 {
        let comma = punct(tokens, k, ',');
        let mut at = k + usize::from(comma);
        let and = tokens.get(at).is_some_and(|t| t.is("and"));
        if !comma && !and {
            break;
        }
        at += usize::from(and);
        let Some(v) = tokens
            .get(at)
            .filter(|t| t.is_word() && !t.glued)
            .and_then(|_| units::lookup(tokens, at))
            .filter(|v| {
                v.kind == units::UnitKind::Count
                    && v.plural
                    && v.noun_from == 0
                    && people_concept(v.concept)
                    && v.concept != u.concept
            })
        else {
            break;
        };
        k = at + v.tokens;
        if and {
            end = Some(k - 1);
            break;
        }
    }
    let end = end?;
    // (Not a noun that the pair modifies: `men and women soldiers`.)
    if tokens.get(end + 1).is_some_and(|n| {
        n.is_word()
            && !n.glued
            && units::lookup(tokens, end + 1).is_some_and(|w| w.kind == units::UnitKind::Count)
    }) {
        return None;
    }
    Some((
        units::UnitMatch {
            concept: "person",
            tokens: end + 1 - j,
            ..u.clone()
        },
        end,
    ))
}
