//! The subject of a claim: what its number is about, as matching keys — the named entities
//! of its clause first, as the language-independent ids the Arabic pack gives them
//! (`coalition`, `syria`, `islamic_state`: [`crate::lang::entities`]), then its other
//! content words in lower case, plurals made singular (`sorties` → `sortie`). Function
//! words, reporting verbs, time words, number words and the claim's own words stay out.

use std::sync::LazyLock;

use super::tokens::{self, Token, TokenKind};
use crate::lang::{FastSet, entities};

/// At most this many terms.
const MAX_TERMS: usize = 10;
/// A clause with fewer content terms than this borrows from the next clause.
const MIN_TERMS: usize = 3;
/// How many tokens either side of a claim its subject may come from. Clauses are read
/// whole up to this bound; without it a clause of thousands of numbers and no punctuation
/// (a table flattened to text) took time quadratic in its length (fuzzing found 2.6 s for
/// 4 KB of `20 20 20 …`).
const REACH: usize = 60;

/// Words that say nothing about what a number is about.
const STOPWORDS: &str = "a an the and or but nor so yet of to in on at by for with from into onto
upon about above below over under between among through during before after since until till
against without within along across around behind beyond near off out up down than then as
that this these those there here which who whom whose what when where why how whether if
because although though while whereas also too very just only even still already again ever
never not no yes all any both each every few more most other some such own same much many
less least fewer several is are was were be been being am has have had having do does did
doing will would shall should can could may might must it its it's he him his she her hers
they them their theirs we us our ours you your yours i me my mine one ones said says say
saying told tells tell telling added adds adding according noted noting stated announced
reported claimed confirmed estimated explained warned insisted argued also percent per cent
today tonight yesterday tomorrow day days week weeks month months year years ago last next
past coming previous current earlier later early late now recently monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
about around roughly approximately nearly almost least some estimated up including
like unlike via per s";

static STOP: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.split_whitespace().collect());

/// Whether a lower-case word is a function word, a reporting verb or a time word.
pub fn is_stopword(w: &str) -> bool {
    STOP.contains(w)
}

fn is_boundary(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct(
            ',' | ';' | ':' | '.' | '?' | '!' | '(' | ')' | '"' | '“' | '”' | '—' | '–'
        )
    )
}

/// A content word as a matching key: lower case, possessive and plural removed.
fn content(t: &Token<'_>, is_number_word: &dyn Fn(&Token<'_>) -> bool) -> Option<String> {
    if t.kind != TokenKind::Word || is_number_word(t) {
        return None;
    }
    let w = t.lower.as_ref();
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.chars().count() < 3
        || STOP.contains(w)
        || super::attribution::is_reporting_word(w)
        || !w.chars().all(char::is_alphabetic)
    {
        return None;
    }
    Some(super::units::singular(w).unwrap_or_else(|| w.to_string()))
}

/// The subject of the claim spanning tokens `first..=last`: entities first, then content
/// words, from its clause (widened to the next clause when it has too few).
pub fn subject(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> Option<String> {
    // The clause, at most REACH tokens either side of the claim.
    let floor = first.saturating_sub(REACH);
    let ceiling = (last + REACH).min(tokens.len() - 1);
    let mut lo = first;
    while lo > floor && !is_boundary(&tokens[lo - 1]) {
        lo -= 1;
    }
    let mut hi = last;
    while hi < ceiling && !is_boundary(&tokens[hi + 1]) {
        hi += 1;
    }
    let mut terms = collect(text, tokens, lo, hi, first, last, is_number_word);
    if terms.0.len() + terms.1.len() < MIN_TERMS && hi + 2 <= ceiling {
        let mut hi2 = hi + 2;
        while hi2 < ceiling && !is_boundary(&tokens[hi2 + 1]) {
            hi2 += 1;
        }
        terms = collect(text, tokens, lo, hi2, first, last, is_number_word);
    }
    let (entities, words) = terms;
    crate::lang::join_distinct(entities.into_iter().chain(words), MAX_TERMS)
}

fn collect(
    text: &str,
    tokens: &[Token<'_>],
    lo: usize,
    hi: usize,
    first: usize,
    last: usize,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> (Vec<String>, Vec<String>) {
    let (mut found, mut words) = (Vec::new(), Vec::new());
    let ws = tokens::words(text, tokens, lo, hi + 1);
    let texts: Vec<&str> = ws.iter().map(|w| w.0).collect();
    let mut k = 0;
    while k < ws.len() {
        let (_, a, b) = ws[k];
        if b >= first && a <= last {
            k += 1;
            continue;
        }
        let window = &texts[k..texts.len().min(k + 6)];
        if let Some(e) = entities::find_en(window) {
            let end = ws[k + e.words - 1].2;
            // An entity may not reach into the claim itself.
            if end < first || a > last {
                found.push(e.id.to_string());
                k += e.words;
                continue;
            }
        }
        for t in &tokens[a..=b] {
            if let Some(w) = content(t, is_number_word) {
                words.push(w);
            }
        }
        k += 1;
    }
    (found, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    fn of(text: &str, claim: &str) -> String {
        let tokens = tokenize(text, 0);
        let at = text.find(claim).unwrap();
        let first = tokens.iter().position(|t| t.start >= at).unwrap();
        let last = tokens
            .iter()
            .rposition(|t| t.end <= at + claim.len())
            .unwrap();
        subject(text, &tokens, first, last, &|_| false).unwrap_or_default()
    }

    #[test]
    fn entities_come_first_as_ids() {
        let s = of(
            "Coalition aircraft have flown 1,050 sorties over Iraq and Syria since the campaign began",
            "1,050 sorties",
        );
        assert!(s.starts_with("coalition iraq syria"), "{s}");
        assert!(s.contains("aircraft") && s.contains("campaign"), "{s}");
        assert!(!s.split(' ').any(|w| w == "sortie" || w == "1"), "{s}");
    }

    #[test]
    fn same_ids_as_arabic() {
        let s = of(
            "the 62 countries in the coalition against the Islamic State group",
            "62 countries",
        );
        assert!(s.starts_with("coalition islamic_state"), "{s}");
        let s = of(
            "NATO's 28 member states would consider the request",
            "28 member states",
        );
        assert!(s.starts_with("nato"), "{s}");
    }

    #[test]
    fn function_words_and_reporting_verbs_stay_out() {
        let s = of(
            "Kerry said that about 10,000 fighters had joined the militants",
            "about 10,000 fighters",
        );
        for w in ["said", "that", "the", "had", "about"] {
            assert!(!s.split(' ').any(|x| x == w), "{w} in {s}");
        }
        assert!(s.starts_with("john_kerry"), "{s}");
        assert!(s.contains("joined") && s.contains("militant"), "{s}");
    }
}
