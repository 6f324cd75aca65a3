//! The subject of a claim: what its number is about, as matching keys — the named entities
//! of its clause first, as the language-independent ids the Arabic pack gives them
//! (`coalition`, `syria`, `islamic_state`: [`crate::lang::entities`]), then its other
//! content words in lower case, plurals made singular (`sorties` → `sortie`). Function
//! words, reporting verbs, time words, number words and the claim's own words stay out.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::sync::LazyLock;

use super::tokens::{self, Token, TokenKind};
use crate::lang::{FastSet, entities};

/// At most this many terms.
const MAX_TERMS: usize = 10;
/// A clause with fewer content terms than this borrows from the next clause.
const MIN_TERMS: usize = 3;

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

/// The list of [`super::lex::STOP`].
pub(super) fn stop_words() -> Vec<&'static str> {
    STOPWORDS.split_whitespace().collect()
}

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

/// A content word as a matching key: lower case, possessive and plural removed (borrowed
/// from the token unless a plural was made singular).
fn content_word<'a>(
    t: &'a Token<'_>,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> Option<Cow<'a, str>> {
    if t.kind != TokenKind::Word || is_number_word(t) {
        return None;
    }
    let w = t.lower.as_ref();
    // The token's own lists, unless a possessive is cut off.
    let (w, lists) = match w.strip_suffix("'s") {
        Some(stem) => (stem, super::lex::of(stem)),
        None => (w, t.lex),
    };
    // Fewer than three chars fit in eight bytes: a longer word is not counted. An ASCII
    // word is classed byte by byte. (Counted after the lists are asked, as the cheaper.)
    let short = || w.len() <= 8 && w.chars().count() < 3;
    let letters = || {
        if w.is_ascii() {
            w.bytes().all(|b| b.is_ascii_alphabetic())
        } else {
            w.chars().all(char::is_alphabetic)
        }
    };
    if lists & (super::lex::STOP | super::lex::REPORTING) != 0 || short() || !letters() {
        return None;
    }
    Some(super::units::singular(w).map_or(Cow::Borrowed(w), Cow::Owned))
}

/// The subject of the claim spanning tokens `first..=last`: entities first, then content
/// words, from its clause (widened to the next clause when it has too few).
#[cfg(test)]
pub fn subject(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> Option<String> {
    Subjects::new(text, tokens, is_number_word).subject(first, last)
}

/// The subjects of the claims of one sentence. The claims of a sentence often share a
/// clause: its words and the entities they start are read once per clause, and each
/// token's content-word reading once per sentence, and kept for the next claim.
pub struct Subjects<'a, 't> {
    text: &'a str,
    tokens: &'a [Token<'t>],
    is_number_word: &'a dyn Fn(&Token<'_>) -> bool,
    /// Per token, once asked: its content-word reading.
    content: OnceCell<Vec<OnceCell<Option<Cow<'a, str>>>>>,
    /// The clauses read so far (few per sentence).
    clauses: RefCell<Vec<Clause<'a>>>,
}

/// The words of tokens `lo..end` (as [`tokens::words`] gives them) and, once asked, the
/// entity each word starts.
struct Clause<'a> {
    lo: usize,
    end: usize,
    words: Vec<(&'a str, usize, usize)>,
    entity: Vec<Option<Option<(&'static str, usize)>>>,
}

impl<'a, 't> Subjects<'a, 't> {
    pub fn new(
        text: &'a str,
        tokens: &'a [Token<'t>],
        is_number_word: &'a dyn Fn(&Token<'_>) -> bool,
    ) -> Self {
        Subjects {
            text,
            tokens,
            is_number_word,
            content: OnceCell::new(),
            clauses: RefCell::new(Vec::new()),
        }
    }

    /// The subject of the claim spanning tokens `first..=last`: entities first, then
    /// content words, from its clause (widened to the next clause when it has too few).
    pub fn subject(&self, first: usize, last: usize) -> Option<String> {
        let tokens = self.tokens;
        let boundary = |i: usize| is_boundary(&tokens[i]);
        let (lo, hi) = crate::lang::clause_of(tokens.len(), first, last, boundary);
        // At most a word a token, and few entities: room made once, not grown word by word.
        let (mut entities, mut words) = (Vec::with_capacity(8), Vec::with_capacity(hi + 1 - lo));
        self.collect(lo, hi, first, last, &mut entities, &mut words);
        if entities.len() + words.len() < MIN_TERMS
            && let Some(hi2) = crate::lang::next_clause_end(tokens.len(), last, hi, boundary)
        {
            // The widened clause is read anew: its words may join across the boundary.
            entities.clear();
            words.clear();
            self.collect(lo, hi2, first, last, &mut entities, &mut words);
        }
        crate::lang::join_distinct(entities.into_iter().chain(words), MAX_TERMS)
    }

    /// The entities and content words of the clause `lo..=hi` outside the claim's
    /// `first..=last`, added to `found` and `words`.
    fn collect<'s>(
        &'s self,
        lo: usize,
        hi: usize,
        first: usize,
        last: usize,
        found: &mut Vec<&'s str>,
        words: &mut Vec<&'s str>,
    ) {
        let content = self.content.get_or_init(|| {
            std::iter::repeat_with(OnceCell::new)
                .take(self.tokens.len())
                .collect()
        });
        let mut clauses = self.clauses.borrow_mut();
        let at = match clauses.iter().position(|c| c.lo == lo && c.end == hi + 1) {
            Some(at) => at,
            None => {
                let ws = tokens::words(self.text, self.tokens, lo, hi + 1);
                clauses.push(Clause {
                    lo,
                    end: hi + 1,
                    entity: vec![None; ws.len()],
                    words: ws,
                });
                clauses.len() - 1
            }
        };
        let clause = &mut clauses[at];
        let mut k = 0;
        while k < clause.words.len() {
            let (_, a, b) = clause.words[k];
            if b >= first && a <= last {
                k += 1;
                continue;
            }
            let entity = match clause.entity[k] {
                Some(e) => e,
                None => {
                    // The gazetteer sees up to six words from here, gathered only for a
                    // word that may start an entity (few do).
                    let e = if tokens::may_start_entity(clause.words[k].0, &self.tokens[a]) {
                        let mut window = [""; 6];
                        let n = (clause.words.len() - k).min(6);
                        for (slot, w) in window.iter_mut().zip(&clause.words[k..k + n]) {
                            *slot = w.0;
                        }
                        entities::find_en(&window[..n]).map(|e| (e.id, e.words))
                    } else {
                        None
                    };
                    clause.entity[k] = Some(e);
                    e
                }
            };
            if let Some((id, n)) = entity {
                let end = clause.words[k + n - 1].2;
                // An entity may not reach into the claim itself.
                if end < first || a > last {
                    found.push(id);
                    k += n;
                    continue;
                }
            }
            for (t, cell) in self.tokens[a..=b].iter().zip(&content[a..=b]) {
                if let Some(w) = cell.get_or_init(|| content_word(t, self.is_number_word)) {
                    words.push(w);
                }
            }
            k += 1;
        }
    }
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
