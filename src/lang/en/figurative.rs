//! Number and ordinal words that count or rank nothing in a figure of speech, a title or
//! a label (en49): a work's title (`the book Two Paths`, `the memoir “Three Truths and a
//! Lie”`), one of a crowd (`one in a slew of titles`, `one of a handful of`), `One` as a
//! determiner opening a sentence (`One official said`), a compartment's or a gate's
//! number (`Berthing 5`, `Gate 12`), and `comes first` (matters most).
//!
//! Every look is bounded to a few tokens around the word.

use super::numbers;
use super::today::word;
use super::tokens::{Token, TokenKind};
use super::units;

/// How many tokens a quoted title may run before its closing mark.
const TITLE_WINDOW: usize = 12;

/// A number or ordinal word at `i` in one of the frames of this module: the token after
/// what is no claim.
pub fn at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    match t.kind {
        TokenKind::Digits => title(tokens, i)
            .or_else(|| compartment(tokens, i))
            .or_else(|| named_figure(tokens, i)),
        TokenKind::Word => title(tokens, i)
            .or_else(|| one_of_many(tokens, i))
            .or_else(|| one_determiner(tokens, i))
            .or_else(|| set_phrase(tokens, i)),
        TokenKind::Punct(_) => None,
    }
}

fn opening_mark(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('"' | '“' | '‘' | '*' | '_'))
}

fn closing_mark(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('"' | '”' | '’' | '*' | '_'))
}

/// Words that name a work before its title: `the book Two Paths`, `a film called`.
fn work_cue(w: &str) -> bool {
    matches!(
        w,
        "book"
            | "books"
            | "film"
            | "novel"
            | "album"
            | "series"
            | "titled"
            | "called"
            | "entitled"
            | "memoir"
            | "movie"
            | "documentary"
            | "song"
            | "cartoon"
            | "essay"
            | "poem"
            | "dubbed"
            | "labeled"
            | "labelled"
            | "named"
    )
}

/// Small words that a title in capitals may keep in lower case.
fn title_small(w: &str) -> bool {
    matches!(
        w,
        "of" | "and"
            | "a"
            | "an"
            | "the"
            | "in"
            | "to"
            | "on"
            | "for"
            | "from"
            | "at"
            | "with"
            | "or"
            | "by"
            | "not"
    )
}

/// A word that may stand in a title's run of capitals.
fn title_word(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Word => t.capitalized() || title_small(t.lower.as_ref()),
        TokenKind::Digits => true,
        TokenKind::Punct(c) => matches!(c, '-' | '\'' | '’' | ':' | '&'),
    }
}

/// A number or ordinal word (or a figure) opening a title: capitalized (or a figure), with
/// a capitalized word after it.
fn title_number(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    // (Not a year: `the so-called 2015 Paris Agreement` dates it.)
    if t.kind == TokenKind::Digits && t.text.len() == 4 {
        return false;
    }
    let number = t.kind == TokenKind::Digits
        || (t.capitalized()
            && (numbers::is_number_word(t) || numbers::ordinal_at(tokens, i).is_some()));
    number
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.capitalized())
}

/// `the memoir “Three Truths and a Lie.”`, `listicles like "10 Marriage Facts From the
/// Islamic State,"`, `labeled it “Third World”`, `the book Two Paths`: a number opening a
/// run of capitals inside quotation marks (up to the closing mark), or after a word that
/// names a work, is the title's. The token after the title.
fn title(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = i.checked_sub(1).map(|p| &tokens[p])?;
    let cued = p.is_word() && work_cue(p.lower.as_ref()) && !p.capitalized();
    if !(opening_mark(p) || cued) || !title_number(tokens, i) {
        return None;
    }
    if opening_mark(p) {
        // The run of capitals up to the closing mark (a stop may stand inside it).
        let mut k = i + 1;
        let limit = (i + TITLE_WINDOW).min(tokens.len());
        while k < limit && title_word(&tokens[k]) && !closing_mark(&tokens[k]) {
            k += 1;
        }
        let stop = tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | '!' | '?')));
        let close = if stop { k + 1 } else { k };
        if !tokens.get(close).is_some_and(closing_mark) {
            return None;
        }
        let words = tokens[i + 1..k].iter().filter(|t| t.is_word()).count();
        // (One word after the number, `"Two Americans," he said`, is a title only inside
        // a sentence, after a word: `the “68 Generation”`, `labeled it “Third World”`.)
        let inside = i >= 2 && tokens[i - 2].is_word();
        return (words >= 2 || inside).then_some(close + 1);
    }
    if cued {
        let mut k = i + 1;
        let limit = (i + TITLE_WINDOW).min(tokens.len());
        while k < limit
            && tokens[k].is_word()
            && (tokens[k].capitalized() || title_small(tokens[k].lower.as_ref()))
        {
            k += 1;
        }
        // (Not ending on a small word: `called Two Sisters of the …` ends at `Sisters`.)
        while k > i + 1 && !tokens[k - 1].capitalized() {
            k -= 1;
        }
        return Some(k);
    }
    None
}

/// Nouns of a crowd or a sequence: `a slew of`, `a handful of`, `a long line of`.
fn crowd(w: &str) -> bool {
    matches!(
        w,
        "slew"
            | "handful"
            | "line"
            | "series"
            | "string"
            | "litany"
            | "spate"
            | "raft"
            | "host"
            | "flurry"
            | "wave"
            | "number"
            | "list"
            | "batch"
            | "bunch"
            | "succession"
            | "chain"
            | "stream"
            | "parade"
            | "cascade"
            | "barrage"
            | "rash"
            | "crop"
            | "multitude"
            | "plethora"
            | "myriad"
            | "array"
            | "variety"
            | "procession"
            | "sequence"
            | "catalogue"
            | "catalog"
    )
}

/// `one in a slew of titles`, `one of a handful of`, `one in a long line of`, `one in a
/// series of developments`: one of a crowd counts nothing. The token after `one`.
fn one_of_many(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if word(tokens, i) != "one" || !matches!(word(tokens, i + 1), "in" | "of") {
        return None;
    }
    if !matches!(word(tokens, i + 2), "a" | "an" | "the") {
        return None;
    }
    // Up to two words before the crowd's noun: `a long line of`, `a growing list of`.
    (i + 3..i + 6)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.is_word() && !t.is("of")))
        .find(|&k| crowd(word(tokens, k)) && word(tokens, k + 1) == "of")
        .map(|_| i + 1)
}

/// Words after which a sentence-opening `One …` still counts: the toll of an attack or an
/// arrest (`One person was killed`, `One suspect has been arrested`, `One marine was
/// wounded`).
fn toll_word(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "dead"
            | "died"
            | "dies"
            | "die"
            | "wounded"
            | "injured"
            | "hurt"
            | "arrested"
            | "detained"
            | "missing"
            | "hospitalized"
            | "hospitalised"
            | "critical"
            | "rescued"
            | "captured"
            | "kidnapped"
            | "abducted"
            | "survived"
            | "shot"
            | "stabbed"
            | "killing"
            | "death"
            | "executed"
            | "released"
            | "freed"
            | "escaped"
            | "fatality"
            | "casualty"
            | "victim"
            | "remains"
            | "injury"
            | "injuries"
            | "wound"
            | "wounds"
            | "gunshot"
            | "fired"
            | "dismissed"
            | "sacked"
            | "resigned"
            | "suspended"
            | "expelled"
            | "deported"
            | "sentenced"
            | "convicted"
            | "charged"
            | "indicted"
            | "jailed"
            | "imprisoned"
    )
}

/// `One official described …`, `One woman, Katia Sastre, became …`, `One case sparked
/// national outrage`: a sentence-opening `One` before a singular noun picks one of many,
/// like `a certain`; it is no count unless the sentence tells a toll (`One person was
/// killed`) or the noun is a unit (`One year later`, `One percent`). The token after
/// `One`.
fn one_determiner(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.text != "One"
        || !tokens[..i]
            .iter()
            .all(|p| !p.is_word() && p.kind != TokenKind::Digits)
    {
        return None;
    }
    let n = tokens.get(i + 1).filter(|n| n.is_word() && !n.glued)?;
    if numbers::is_number_word(n)
        || matches!(
            n.lower.as_ref(),
            "of" | "in"
                | "or"
                | "and"
                | "to"
                | "more"
                | "another"
                | "other"
                | "by"
                | "after"
                | "for"
                | "at"
                | "on"
                | "is"
                | "was"
                | "has"
                | "had"
                | "can"
                | "would"
                | "will"
                | "could"
                | "should"
                | "must"
                | "may"
                | "might"
                | "day"
                | "night"
        )
    {
        return None;
    }
    // (A unit other than a count: `One year later`, `One percent`, `One dollar`.)
    if units::lookup(tokens, i + 1).is_some_and(|u| u.kind != units::UnitKind::Count)
        || super::dates::is_measure(n.lower.as_ref())
    {
        return None;
    }
    // (A plural after `One` is a name's end or a verb: `Uranium One officials`.)
    if !n.capitalized() && n.lower.ends_with('s') && !n.lower.ends_with("ss") {
        return None;
    }
    let toll = tokens
        .iter()
        .skip(i + 1)
        .take(10)
        .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
        .any(|t| t.is_word() && toll_word(t.lower.as_ref()));
    (!toll).then_some(i + 1)
}

/// Rooms, bays and berths that a figure numbers: `Berthing 5`, `Gate 12`, `Terminal 2`.
fn compartment_word(w: &str) -> bool {
    matches!(
        w,
        "berthing"
            | "compartment"
            | "room"
            | "bay"
            | "gate"
            | "pier"
            | "berth"
            | "dock"
            | "hangar"
            | "terminal"
            | "platform"
            | "ward"
            | "runway"
            | "building"
            | "hall"
    )
}

/// `Berthing 5, which sat below the waterline`, `gate 12`: a figure after a word for a
/// compartment, a gate or a berth is its number (not `dock 5 ships`, `gate 10 miles
/// away`). The token after the figure.
fn compartment(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = i.checked_sub(1).map(|p| &tokens[p])?;
    let t = &tokens[i];
    if !p.is_word() || t.glued || !compartment_word(p.lower.as_ref()) || t.text.len() > 4 {
        return None;
    }
    // (Lower case only where the word is no verb or adjective: `the ships dock 5 miles`.)
    if !p.capitalized() && !matches!(i.checked_sub(2).map(|k| word(tokens, k)), Some("the")) {
        return None;
    }
    let counted = tokens.get(i + 1).is_some_and(|n| {
        n.is_punct('%')
            || (n.glued
                && matches!(n.kind, TokenKind::Punct(',' | '.'))
                && tokens
                    .get(i + 2)
                    .is_some_and(|d| d.glued && d.kind == TokenKind::Digits))
            || (n.is_word()
                && !n.capitalized()
                && (n.lower.ends_with('s')
                    || units::lookup(tokens, i + 1).is_some()
                    || numbers::is_number_word(n)))
    });
    (!counted).then_some(i + 1)
}

/// `Safety of our nation comes first.`, `our country always comes first`: `first` after
/// `come` ending its clause says what matters most, no place in an order (not `came
/// first in the elections`, a result).
pub fn matters_most(tokens: &[Token<'_>], i: usize, last: usize) -> bool {
    if !tokens[i].is("first") || last != i {
        return false;
    }
    let come = matches!(
        i.checked_sub(1).map(|p| word(tokens, p)),
        Some("come" | "comes" | "coming")
    );
    let ends = tokens.get(i + 1).is_none_or(|n| {
        matches!(n.kind, TokenKind::Punct(c) if c != '-')
            || matches!(n.lower.as_ref(), "and" | "but" | "before" | "over" | "for")
    });
    come && ends
}

/// `as if it were the first time`, `like the first time`: a made-up occasion, no place in
/// an order (`for the first time` stays).
pub fn supposed_time(tokens: &[Token<'_>], i: usize, last: usize) -> bool {
    if !tokens[i].is("first") || last != i || word(tokens, i + 1) != "time" {
        return false;
    }
    let w = |k: usize| i.checked_sub(k).map_or("", |k| word(tokens, k));
    if !matches!(w(1), "the" | "a") {
        return false;
    }
    // `like the first time`, `as if it were the first time`, `as though for the first
    // time`.
    matches!(w(2), "like")
        || (matches!(w(2), "were" | "was" | "is")
            && matches!(w(3), "it" | "this" | "that")
            && matches!(w(4), "if" | "though")
            && w(5) == "as")
        || (w(2) == "for" && matches!(w(3), "if" | "though") && w(4) == "as")
        || (w(2) == "for" && w(3) == "like")
}

/// `back to square one`, `his second in command`, `a fraction of a second later`, `a split
/// second`: a number word in a set phrase (a start, a deputy, a moment). The token after
/// the phrase.
fn set_phrase(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let back = |n: usize| i.checked_sub(n).map_or("", |k| word(tokens, k));
    match tokens[i].lower.as_ref() {
        "one" if back(1) == "square" && !tokens[i - 1].capitalized() => Some(i + 1),
        "second" if word(tokens, i + 1) == "in" && word(tokens, i + 2) == "command" => Some(i + 3),
        "second"
            if back(1) == "split"
                || (back(1) == "a"
                    && back(2) == "of"
                    && matches!(back(3), "fraction" | "split")) =>
        {
            Some(i + 1)
        }
        _ => None,
    }
}

/// Elements whose isotopes a figure names: `lithium 6`, `uranium 235`.
fn element(w: &str) -> bool {
    matches!(
        w,
        "lithium"
            | "uranium"
            | "plutonium"
            | "cesium"
            | "caesium"
            | "strontium"
            | "iodine"
            | "cobalt"
            | "carbon"
            | "americium"
            | "polonium"
            | "thorium"
            | "radium"
    )
}

/// Words after a unit's ordinal figure that make it the unit's name: `the 602nd
/// squadron`, `the 501st Parachute Infantry Regiment`.
fn formation(w: &str) -> bool {
    matches!(
        w,
        "squadron"
            | "regiment"
            | "battalion"
            | "brigade"
            | "wing"
            | "parachute"
            | "airlift"
            | "fighter"
            | "bomb"
            | "bomber"
            | "tactical"
            | "engineer"
            | "engineers"
            | "signal"
            | "military"
    )
}

/// `lithium 6`, `uranium 235` (an isotope), `the 602nd squadron` (a unit): a figure that names. The token after the name's figure.
fn named_figure(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    if t.text.len() <= 3
        && !t.glued
        && prev.is_some_and(|p| p.is_word() && element(p.lower.as_ref()))
        && !tokens.get(i + 1).is_some_and(|n| {
            n.is_punct('%')
                || (n.glued && matches!(n.kind, TokenKind::Punct(',' | '.')))
                || (n.is_word()
                    && (n.lower.ends_with('s') || units::lookup(tokens, i + 1).is_some()))
        })
    {
        return Some(i + 1);
    }
    // `the 602nd squadron`: an ordinal figure of 10 or more before a formation's word.
    if t.text.len() >= 2
        && tokens
            .get(i + 1)
            .is_some_and(|s| s.glued && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.is_word() && formation(n.lower.as_ref()))
    {
        return Some(i + 3);
    }
    None
}
