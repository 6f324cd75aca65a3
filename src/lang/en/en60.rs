//! English readings (en60): classes that hand judges found wrong, each fixed by a bounded
//! look at a few tokens around the number.
//!
//! - A change over time, not a range: `increased their warhead deployments from 11,600 to
//!   30,000`, `will jump from 401 to 408`, `dragged its rate up from 1.7 to 1.9`: `from X to
//!   Y` after a verb or noun of change a few words before it is two values, the one before
//!   and the one after ([`change_before`]); `ranging from`, `aged from` stay ranges.
//! - `about` as a preposition: `we are talking about 155 Howitzers`, `concern about two
//!   missile tests`, `lied about three topics`: after a verb or noun of speech, thought or
//!   feeling, `about` names a topic and does not hedge the number ([`about_is_topic`]); after
//!   `said`, `says`, `reports` it still does (`officials said about 400 people died`).
//! - A document's or a program's number before its noun: `reviewed the 302 form`, `702
//!   surveillance`: a bare three- or four-digit figure right before a singular noun of a
//!   form, report or program names that document, it counts nothing ([`document_number`]).
//! - A holiday's word as a surname: `Rifaat Eid`, `Mr. Eid`, `Eid Ahmed` is a name, not the
//!   date of the feast ([`feast_surname`]).
//! - Two plural nouns of one class joined by `and` after a number share it: `more than 160
//!   missiles and bombs` (weapons), `dozens of warplanes and helicopters` (aircraft), `homes
//!   and buildings` (buildings): the unit is the class's concept ([`kind_pair`]), as
//!   `hundreds of women and children` counts people.
//! - Counted nouns: `Koreans`, `Britons`, `Brazilians` are people (national demonyms the
//!   entities' table does not give); `the two Koreas` are countries; `8,400 U.S. forces`
//!   are troops (a plural `forces` counted by more than a handful); `a force of 7,500
//!   peshmerga` counts fighters ([`noun_concept`]).

use super::today::word;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind, UnitMatch};

/// How many words before `from` a word of change may stand (`increased their warhead
/// deployments from`).
const CHANGE_REACH: usize = 6;

/// Verbs and nouns of change: a quantity that moves from one value to another.
fn change_word(w: &str) -> bool {
    matches!(
        w,
        "rise"
            | "rises"
            | "rose"
            | "risen"
            | "rising"
            | "increase"
            | "increases"
            | "increased"
            | "increasing"
            | "grow"
            | "grows"
            | "grew"
            | "grown"
            | "growing"
            | "growth"
            | "jump"
            | "jumps"
            | "jumped"
            | "jumping"
            | "climb"
            | "climbs"
            | "climbed"
            | "climbing"
            | "soar"
            | "soars"
            | "soared"
            | "surge"
            | "surged"
            | "double"
            | "doubled"
            | "doubling"
            | "triple"
            | "tripled"
            | "quadrupled"
            | "swell"
            | "swelled"
            | "fall"
            | "falls"
            | "fell"
            | "fallen"
            | "falling"
            | "drop"
            | "drops"
            | "dropped"
            | "dropping"
            | "decline"
            | "declines"
            | "declined"
            | "declining"
            | "decrease"
            | "decreased"
            | "decreasing"
            | "shrink"
            | "shrank"
            | "shrunk"
            | "shrinking"
            | "cut"
            | "cuts"
            | "cutting"
            | "reduce"
            | "reduced"
            | "reduces"
            | "reducing"
            | "reduction"
            | "lower"
            | "lowered"
            | "lowering"
            | "raise"
            | "raised"
            | "raises"
            | "raising"
            | "boost"
            | "boosted"
            | "boosting"
            | "boosts"
            | "expand"
            | "expanded"
            | "expanding"
            | "expansion"
            | "slash"
            | "slashed"
            | "plunge"
            | "plunged"
            | "plummeted"
            | "tumbled"
            | "dipped"
            | "slipped"
            | "sank"
            | "hike"
            | "hiked"
            | "went"
            | "gone"
            | "up"
            | "down"
    )
}

/// Words that open a spread of values, not a change: `ranging from`, `aged from`.
fn spread_word(w: &str) -> bool {
    matches!(
        w,
        "range"
            | "ranges"
            | "ranged"
            | "ranging"
            | "anywhere"
            | "vary"
            | "varies"
            | "varied"
            | "varying"
            | "age"
            | "aged"
            | "ages"
            | "between"
            | "estimates"
            | "estimated"
            | "spanning"
    )
}

/// Whether the `from` at `p` opens a change over time: a word of change stands within
/// [`CHANGE_REACH`] words before it in the same clause (no punctuation between), and no
/// word of spread stands nearer.
pub(super) fn change_before(tokens: &[Token<'_>], p: usize) -> bool {
    // (`has gone from two to three months to about a year`: a second `to` after the pair
    // makes the pair a range, the change's start.)
    let tos = (p + 1..p + 8)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.is_word() || t.glued))
        .filter(|&k| word(tokens, k) == "to")
        .count();
    if tos >= 2 {
        return false;
    }
    let mut k = p;
    for _ in 0..CHANGE_REACH {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        k = prev;
        let Some(t) = tokens.get(k) else {
            return false;
        };
        if t.kind != TokenKind::Word {
            // (An apostrophe or a hyphen inside a noun phrase: `the party's share`.)
            if matches!(t.kind, TokenKind::Punct('\'' | '’' | '-')) && t.glued {
                continue;
            }
            return false;
        }
        let w = t.lower.as_ref();
        if spread_word(w) {
            return false;
        }
        if change_word(w) {
            // (`up`/`down` only right before `from`: `up from 1.7`.)
            return !matches!(w, "up" | "down") || k + 1 == p;
        }
    }
    false
}

/// Words after which `about` names a topic (speech, thought, feeling, knowledge).
fn topic_word(w: &str) -> bool {
    matches!(
        w,
        "talk"
            | "talks"
            | "talked"
            | "talking"
            | "speak"
            | "speaks"
            | "spoke"
            | "spoken"
            | "speaking"
            | "think"
            | "thinks"
            | "thinking"
            | "thought"
            | "worry"
            | "worries"
            | "worried"
            | "worrying"
            | "concern"
            | "concerns"
            | "concerned"
            | "know"
            | "knows"
            | "knew"
            | "known"
            | "knowing"
            | "knowledge"
            | "care"
            | "cares"
            | "cared"
            | "caring"
            | "learn"
            | "learned"
            | "learnt"
            | "learning"
            | "read"
            | "reading"
            | "write"
            | "writes"
            | "wrote"
            | "written"
            | "writing"
            | "lied"
            | "lying"
            | "complain"
            | "complained"
            | "complaining"
            | "complaints"
            | "ask"
            | "asked"
            | "asking"
            | "asks"
            | "question"
            | "questions"
            | "questioned"
            | "story"
            | "stories"
            | "storylines"
            | "information"
            | "details"
            | "debate"
            | "debated"
            | "argue"
            | "argued"
            | "arguing"
            | "joked"
            | "boasted"
            | "bragged"
            | "warned"
            | "warning"
            | "testified"
            | "curious"
            | "serious"
            | "excited"
            | "upset"
            | "angry"
            | "nervous"
            | "optimistic"
            | "pessimistic"
            | "skeptical"
            | "hearing"
    )
}

/// Whether the `about` at `a` (right before a number) names a topic: a word of speech,
/// thought or feeling stands before it, maybe past one adverb of degree (`cared much
/// about`, `know more about`).
pub(super) fn about_is_topic(tokens: &[Token<'_>], a: usize) -> bool {
    if word(tokens, a) != "about" || a == 0 {
        return false;
    }
    let mut k = a - 1;
    if matches!(
        word(tokens, k),
        "much" | "more" | "little" | "less" | "most" | "only" | "mainly" | "also" | "just"
    ) && k > 0
    {
        k -= 1;
    }
    topic_word(word(tokens, k))
}

/// Singular nouns of a document, a filing or a program that a bare number names.
fn document_noun(w: &str) -> bool {
    matches!(
        w,
        "form"
            | "surveillance"
            | "report"
            | "program"
            | "programme"
            | "authority"
            | "filing"
            | "memo"
            | "memorandum"
            | "provision"
            | "waiver"
            | "petition"
            | "database"
            | "collection"
            | "application"
    )
}

/// `reviewed the 302 form`, `Pientka's 302 form`, `702 surveillance`: a bare figure of three
/// or four digits (not a year) right before a singular noun of a document or a program
/// names it: the token after the figure.
pub(super) fn document_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Digits || !(3..=4).contains(&t.text.len()) || t.text.starts_with('0') {
        return None;
    }
    let v: u32 = t.text.parse().ok()?;
    if (1000..=2100).contains(&v) {
        return None;
    }
    // (A lone figure: no thousands or decimals glued to either side.)
    if i > 0 && tokens[i - 1].glued && t.glued {
        return None;
    }
    if tokens
        .get(i + 1)
        .is_some_and(|n| n.glued && matches!(n.kind, TokenKind::Punct(',' | '.' | '-')))
    {
        return None;
    }
    let n = tokens.get(i + 1)?;
    if !(n.is_word() && !n.glued && document_noun(n.lower.as_ref())) {
        return None;
    }
    // (Not after a qualifier or a word of amount: `about 302 report`, a typo at worst.)
    let prev = i.checked_sub(1).map_or("", |p| word(tokens, p));
    if matches!(
        prev,
        "about" | "over" | "than" | "nearly" | "some" | "around" | "almost" | "roughly"
    ) {
        return None;
    }
    Some(i + 1)
}

/// Words that stand before a feast's name without making it a surname.
fn feast_company(w: &str) -> bool {
    matches!(
        w,
        "happy"
            | "merry"
            | "muslim"
            | "muslims"
            | "islamic"
            | "christian"
            | "orthodox"
            | "catholic"
            | "last"
            | "this"
            | "next"
            | "since"
            | "before"
            | "after"
            | "during"
            | "until"
            | "on"
            | "at"
            | "by"
            | "for"
            | "of"
            | "in"
            | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "post"
            | "pre"
            | "sunni"
            | "shia"
            | "shiite"
            | "holy"
    )
}

/// Words after a feast's name that continue it (`Eid al-Fitr`, `Eid Mubarak`, `Christmas
/// Day`) or that a feast precedes; capitalized words other than these after `Eid` are a
/// given name's company.
fn feast_tail(w: &str) -> bool {
    matches!(
        w,
        "al" | "ul"
            | "el"
            | "mubarak"
            | "day"
            | "eve"
            | "adha"
            | "fitr"
            | "holiday"
            | "holidays"
            | "prayers"
            | "festival"
            | "morning"
            | "sunday"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
    )
}

/// Whether the one-word feast at `k` (`Eid`) is a surname or a given name: after `Mr.`/
/// `Ms.`/`Dr.`, after a capitalized given name (`Rifaat Eid`, `Ahmed Eid`), or, for `Eid`,
/// before a capitalized name (`Eid Ahmed`, `Eid Wale`).
pub(super) fn feast_surname(tokens: &[Token<'_>], k: usize, last: usize) -> bool {
    if k != last || !matches!(word(tokens, k), "eid") {
        return false;
    }
    let Some(t) = tokens.get(k) else {
        return false;
    };
    if !t.capitalized() {
        return false;
    }
    let honorific = |p: usize| {
        matches!(
            word(tokens, p),
            "mr" | "mrs" | "ms" | "dr" | "sheikh" | "sheik" | "imam"
        )
    };
    if let Some(p) = k.checked_sub(1) {
        let prev = &tokens[p];
        // `Mr. Eid`
        if prev.is_punct('.') && p > 0 && honorific(p - 1) {
            return true;
        }
        if honorific(p) {
            return true;
        }
        // `Rifaat Eid`: a capitalized word that is no function word, no month or weekday
        // and no adjective of the feast.
        if prev.is_word()
            && prev.capitalized()
            && !t.glued
            && prev.text.len() > 1
            && !feast_company(prev.lower.as_ref())
            && !super::subject::is_stopword(prev.lower.as_ref())
            && !feast_tail(prev.lower.as_ref())
            && prev.lex & (super::lex::MONTH | super::lex::WEEKDAY | super::lex::HOLIDAY) == 0
        {
            return true;
        }
    }
    // `Eid Ahmed`, `Eid Wale`: a capitalized name right after.
    tokens.get(k + 1).is_some_and(|n| {
        n.is_word()
            && n.capitalized()
            && !n.glued
            && !feast_tail(n.lower.as_ref())
            && !super::subject::is_stopword(n.lower.as_ref())
            && n.lex & (super::lex::MONTH | super::lex::WEEKDAY | super::lex::HOLIDAY) == 0
    })
}

/// The class concept of a counted concept, for a pair of plural nouns joined by `and`.
fn class_of(concept: &str) -> Option<&'static str> {
    Some(match concept {
        "missile" | "rocket" | "shell" | "round" | "bomb" | "barrel_bomb" | "weapon" => "weapon",
        "aircraft" | "helicopter" => "aircraft",
        "tank" | "vehicle" => "vehicle",
        "house" | "apartment" | "building" | "school" | "hospital" | "clinic" | "mosque"
        | "church" | "hotel" | "shop" => "building",
        "village" | "town" | "city" => "settlement",
        _ => return None,
    })
}

/// `more than 160 missiles and bombs`, `warplanes and helicopters`, `homes and other
/// buildings`: a plural count noun from `j` and, after `and`, another plural count noun of
/// its class (no number of its own, no noun after the pair that it modifies) share the
/// number: the unit is the class's concept, and the last token of the second noun.
pub(super) fn kind_pair(
    tokens: &[Token<'_>],
    u: &UnitMatch,
    j: usize,
) -> Option<(UnitMatch, usize)> {
    if u.kind != UnitKind::Count || !u.plural {
        return None;
    }
    let class = class_of(u.concept)?;
    let and = j + u.tokens;
    if !tokens.get(and).is_some_and(|t| t.is("and")) {
        return None;
    }
    // (`homes and other buildings`: `other` before the second noun.)
    let at = and + 1 + usize::from(word(tokens, and + 1) == "other");
    let v = tokens
        .get(at)
        .filter(|t| t.is_word() && !t.glued)
        .and_then(|_| units::lookup(tokens, at))
        .filter(|v| v.kind == UnitKind::Count && v.plural && v.noun_from == 0)?;
    let v_class = class_of(v.concept)?;
    // (Drones are aircraft and weapons alike.)
    let class = if v_class == class {
        class
    } else if matches!(
        (u.concept, v.concept),
        ("aircraft", "missile" | "rocket" | "bomb") | ("missile" | "rocket" | "bomb", "aircraft")
    ) {
        "weapon"
    } else {
        return None;
    };
    let end = at + v.tokens - 1;
    // (Not a noun that the pair modifies, `tanks and armored vehicles units`, nor the
    // pair's noun glued to a following word.)
    if tokens.get(end + 1).is_some_and(|n| {
        (n.glued && n.is_word())
            || (n.is_word()
                && !n.glued
                && units::lookup(tokens, end + 1).is_some_and(|w| w.kind == UnitKind::Count))
    }) {
        return None;
    }
    Some((
        UnitMatch {
            concept: class,
            tokens: end + 1 - j,
            ..u.clone()
        },
        end,
    ))
}

/// National demonyms in the plural that the entities' table does not give (its `Korea`
/// is ambiguous, `Briton` is no adjective): people.
pub(super) fn demonym(text: &str) -> bool {
    matches!(
        text,
        "Koreans"
            | "Britons"
            | "Brazilians"
            | "Bosnians"
            | "Haitians"
            | "Argentines"
            | "Argentinians"
            | "Spaniards"
            | "Gazans"
            | "Ohioans"
    )
}

/// The concept for a counted noun that the unit table does not know, given its key and
/// the number's value: `the two Koreas` are countries; a plural `forces` counted by more
/// than ten is troops (`8,400 U.S. forces`; `the two forces` are two armies); `peshmerga`
/// are fighters.
pub(super) fn noun_concept(key: &str, value: f64, vague: bool) -> Option<&'static str> {
    match key {
        "korea" => Some("country"),
        "force" if vague || value > 10.0 => Some("soldier"),
        "peshmerga" => Some("fighter"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    #[test]
    fn change_reaches_past_an_object_not_past_a_spread() {
        let t = tokenize(
            "they increased their warhead deployments from 11,600 to 30,000",
            0,
        );
        let p = t.iter().position(|x| x.is("from")).unwrap();
        assert!(change_before(&t, p));
        let t = tokenize("rates rose in areas ranging from 10 to 20", 0);
        let p = t.iter().position(|x| x.is("from")).unwrap();
        assert!(!change_before(&t, p));
        let t = tokenize("the rate, up, from 10 to 20", 0);
        let p = t.iter().position(|x| x.is("from")).unwrap();
        assert!(!change_before(&t, p));
    }

    #[test]
    fn feast_surname_needs_a_name_beside_it() {
        let t = tokenize("On Monday, Rifaat Eid, the head", 0);
        let k = t.iter().position(|x| x.text == "Eid").unwrap();
        assert!(feast_surname(&t, k, k));
        let t = tokenize("after Eid prayers", 0);
        let k = t.iter().position(|x| x.text == "Eid").unwrap();
        assert!(!feast_surname(&t, k, k));
        let t = tokenize("Muslims celebrated Eid with their families", 0);
        let k = t.iter().position(|x| x.text == "Eid").unwrap();
        assert!(!feast_surname(&t, k, k));
    }
}
