//! Set phrases with a number or ordinal word in them that count nothing: `at one point`, `in
//! the first place`, `first of all`, `I, for one,`, `one by one`, `one-on-one`, `World War
//! Two`, `second-guess`. Their words are no claim.

use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::lang::FastSet;

/// One phrase a line: slots separated by spaces, the alternatives of a slot by `|`, the
/// number's slot in brackets. `-` is a hyphen glued to the words either side; `,` and `.`
/// are those marks.
const IDIOMS: &str = "
at [one] point|time|stage|moment|juncture
in the [first|second] place
at [first] glance|sight|blush|hand
[first] of all
[first] and foremost
[first] off ,
for [one] ,
[one] by one
as [one] nation|people|voice
united|unite|unites|uniting|stand|stands|stood|standing|together as [one]
[one] after another
[one] after the other
[one] way or another
[one] way or the other
[one] or another
[one] another
on the [one] hand
[one] - on - one
[one] - to - one
[nine] - to - five
nine - to - [five]
high - [five|fives]
every [single]
[first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth] - grader|graders
[first|second|third] - hand|rate|guess|guessed|guesses|guessing|tier|party|parties|strike
a|any [third] party|parties
will|would|could|might|may|can|should|must|shall [one] day
[second] thoughts|nature
[second] to none
world war [one|two|three]
[two] - state solution|solutions|formula|model|resolution|settlement|outcome|approach|framework|vision|deal|plan
[one] country , two systems
one country , [two] systems
[one] country - two systems
one country - [two] systems
air force [one]
ground [zero]
the [two] sides of the|a border|frontier|river|line|divide|aisle|coin|fence|equation|argument|debate|story
of the [first] order|magnitude|rank|water
a|my|our|your|his|her|their [second|third] home|family|homeland|mother|father
was|is|like|as|became|become a|my|her|his [second|third|fourth] sister|brother|son|daughter
put [two] and two together
for a [second] ,|.|;|:|-|but|and|or|mean|propose|suggest|think|believe|imagine|doubt|that|longer|before|when|if|i|he|she|we|they|you|it|there
waste|wasted|wasting|wastes a [second]
not a [second] sooner|later|longer|more|too
not [one] second|minute|moment sooner|later|longer|more|too
[one] inch eastward|westward|northward|southward|further|farther|closer
not|never [one] inch
[zero] risk|tolerance|sum
[zero] in on|onto
to [zero] out the|a|his|her|their|its|all|funding|spending
[zero] option|options
patient [zero]
[zero] dark thirty
[zero] - sum|tolerance
the [first] duty|duties|task|obligation|responsibility of
[first] priority|priorities
a|my|our|his|her|their|its|the [first] responsibility|duty|obligation|task is|was|will|for
the|a lesser|greater of [two] evils|ills
, not even [one] percent|per|iota|bit|inch|shred
[half] a world away
[half] the battle
[half] of the|this|that story|deal|equation|picture|problem|battle|argument|debate|bargain|puzzle|answer|solution|question
a [pair] of scissors|trousers|pants|jeans|glasses|spectacles|binoculars|shorts|pliers|tongs|tweezers|handcuffs|goggles|earphones|headphones|shears|sunglasses|slacks
a [few] words about|from|on
say|says|said|saying|have|had a [few] words
a [hundred|thousand|million|billion] times over
equivalent of [several|multiple|many|two|three|four|five|six] life sentences
";

/// A slot: the words (or marks) it accepts.
struct Slot(Vec<&'static str>);

struct Idiom {
    slots: Vec<Slot>,
    /// The number's slot.
    at: usize,
}

static TABLE: LazyLock<Vec<Idiom>> = LazyLock::new(|| {
    IDIOMS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut at = 0;
            let slots = line
                .split_whitespace()
                .enumerate()
                .map(|(k, s)| {
                    if let Some(inner) = s.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                        at = k;
                        Slot(inner.split('|').collect())
                    } else {
                        Slot(s.split('|').collect())
                    }
                })
                .collect();
            Idiom { slots, at }
        })
        .collect()
});

/// The words that fill a number's slot.
static NUMBER_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    TABLE
        .iter()
        .flat_map(|i| i.slots[i.at].0.iter().copied())
        .collect()
});

/// The words of [`NUMBER_WORDS`], for [`super::lex::IDIOM_NUMBER`].
pub(super) fn number_words() -> Vec<&'static str> {
    NUMBER_WORDS.iter().copied().collect()
}

fn fills(slot: &Slot, t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Word => slot.0.contains(&t.lower.as_ref()),
        TokenKind::Punct(c) => slot.0.iter().any(|s| s.len() == 1 && s.starts_with(c)),
        TokenKind::Digits => false,
    }
}

/// When the number word at token `i` is part of a set phrase: the token after the phrase.
/// (A number read from its article, `a pair of scissors`, `a few words about`, starts at
/// the article: the phrase is looked for from the word after it too.)
pub fn at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if let Some(end) = super::figurative::at(tokens, i) {
        return Some(end);
    }
    if tokens[i].is_word()
        && matches!(tokens[i].lower.as_ref(), "a" | "an")
        && let Some(end) = tokens
            .get(i + 1)
            .filter(|n| n.lex & super::lex::IDIOM_NUMBER != 0)
            .and_then(|_| at_word(tokens, i + 1))
    {
        return Some(end);
    }
    at_word(tokens, i)
}

fn at_word(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if let Some(end) = paired(tokens, i) {
        return Some(end);
    }
    if !t.is_word() || t.lex & super::lex::IDIOM_NUMBER == 0 {
        return None;
    }
    if let Some(end) = someday(tokens, i) {
        return Some(end);
    }
    TABLE.iter().find_map(|idiom| {
        // The number's own slot first: it rules out most phrases at once.
        if !fills(&idiom.slots[idiom.at], t) {
            return None;
        }
        let start = i.checked_sub(idiom.at)?;
        let end = start + idiom.slots.len();
        let words = tokens.get(start..end)?;
        let hyphens_glued = words.iter().enumerate().all(|(k, w)| {
            !w.is_punct('-') || (w.glued && words.get(k + 1).is_some_and(|n| n.glued))
        });
        (hyphens_glued && idiom.slots.iter().zip(words).all(|(s, w)| fills(s, w))).then_some(end)
    })
}

/// `groomed to one day take over`, `Then one day several men came`, `But one day, …`,
/// `would be honored to meet him one day.`: `one day` at `i` as someday or once upon a
/// time, no span of a day. Three frames: between `to` and a verb; opening a clause (after
/// its start, `then`, `but`, `and`, `so`, `until`, `if`) with no offset after it (not `One
/// day after the vote`, `and one day before`); closing a clause that a modal opened (not
/// `would last one day.`, a span). The token after `day`.
fn someday(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].lower != "one" || !tokens.get(i + 1).is_some_and(|t| t.is("day")) {
        return None;
    }
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_word())
            .map_or("", |t| t.lower.as_ref())
    };
    let next = tokens.get(i + 2);
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    // `harsh one day and softer the next`, `ruling the country one day and casting aside`:
    // `and` opening another clause, not a longer span (`one day and a half`, `and two
    // nights`).
    let and_clause = next.is_some_and(|t| t.is("and"))
        && tokens.get(i + 3).is_some_and(|t| {
            t.is_word()
                && t.lex & super::lex::IDIOM_NUMBER == 0
                && !matches!(
                    t.lower.as_ref(),
                    "a" | "an" | "half" | "night" | "nights" | "one" | "two" | "three"
                )
        });
    let offset_or_span = !and_clause
        && next.is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "after"
                    | "before"
                    | "earlier"
                    | "later"
                    | "following"
                    | "prior"
                    | "ago"
                    | "of"
                    | "or"
                    | "and"
                    | "in"
                    | "to"
                    | "-"
                    | "more"
                    | "less"
                    | "than"
                    | "off"
                    | "long"
                    | "old"
            )
        });
    if offset_or_span {
        return None;
    }
    let clause_end =
        next.is_none_or(|t| matches!(t.kind, TokenKind::Punct('.' | ',' | '!' | '?' | ';')));
    // `designed to one day invade Baghdad`: a split infinitive.
    // (Not `cut to one day a week`, `limited to one day each month`: a span's words follow.)
    let infinitive = prev.is_some_and(|p| p.is("to"))
        && next.is_some_and(|t| {
            t.is_word()
                && !t.capitalized()
                && !matches!(
                    t.lower.as_ref(),
                    "a" | "an"
                        | "the"
                        | "per"
                        | "each"
                        | "every"
                        | "because"
                        | "for"
                        | "from"
                        | "when"
                        | "while"
                        | "as"
                        | "at"
                        | "on"
                        | "with"
                        | "without"
                        | "this"
                        | "that"
                        | "only"
                        | "instead"
                )
        });
    // `Then one day several men came`, `But one day, Israelis …`.
    // (Not `two weeks and one day.`, `all but one day`: the end of a span.)
    let span_end = matches!(word(i.wrapping_sub(1)), "and" | "but")
        && i.checked_sub(2).is_some_and(|k| {
            let w = tokens[k].lower.as_ref();
            tokens[k].kind == TokenKind::Digits
                || matches!(w, "all" | "hour" | "hours")
                || super::dates::is_measure(w)
        });
    let opens = !span_end
        && prev.is_none_or(|p| {
            matches!(
                p.lower.as_ref(),
                "then" | "but" | "and" | "so" | "until" | "if" | "\"" | "“" | "'" | "‘"
            )
        });
    // `would be honored to meet him one day.`: a modal earlier in the clause.
    let modal_clause = clause_end
        && !takes_span(word(i.wrapping_sub(1)))
        && (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&k| !tokens[k].is_punct('.') && !tokens[k].is_punct(';'))
            .any(|k| {
                matches!(
                    word(k),
                    "will"
                        | "would"
                        | "could"
                        | "might"
                        | "may"
                        | "can"
                        | "shall"
                        | "i'll"
                        | "we'll"
                        | "they'll"
                        | "he'll"
                        | "she'll"
                        | "you'll"
                        | "it'll"
                )
            });
    // `was elevated one day when`, `a man I met one day.`, `mortal enemy one day could
    // be`, `saying one day that`: after a word that takes no span (not `for`, `in`,
    // `lasted`, `a`, `only`) and before none (`a week`, `at a time`), an adverb of time.
    let adverb = en42_adverb(tokens, i);
    (infinitive || opens || modal_clause || adverb).then_some(i + 2)
}

/// Words after which `one day` is a span of one day (`for one day`, `lasted one day`, `a
/// day`), not an adverb of time.
fn takes_span(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "in"
            | "within"
            | "only"
            | "just"
            | "last"
            | "lasted"
            | "lasts"
            | "than"
            | "about"
            | "least"
            | "nearly"
            | "almost"
            | "took"
            | "take"
            | "takes"
            | "spent"
            | "spend"
            | "stay"
            | "stayed"
            | "per"
            | "a"
            | "the"
            | "every"
            | "each"
    )
}

/// The adverb frame of [`someday`] (en42): `one day` at `i` after a word or a comma that
/// takes no span and before no word that makes one.
fn en42_adverb(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let before = p.is_word() || p.is_punct(',');
    let span_taker = takes_span(p.lower.as_ref())
        || matches!(
            p.lower.as_ref(),
            "lasting"
                | "taking"
                | "spending"
                | "after"
                | "by"
                | "over"
                | "to"
                | "of"
                | "on"
                | "with"
                | "all"
                | "single"
                | "mere"
                | "extra"
                | "another"
                | "full"
                | "entire"
                | "whole"
                | "up"
                | "around"
                | "roughly"
                | "approximately"
                | "some"
        )
        || p.kind == TokenKind::Digits;
    let after = tokens.get(i + 2).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "a" | "an" | "per" | "each" | "at" | "from" | "without" | "'s" | "’s"
        ) || t.is_punct('-')
    });
    before && !span_taker && !after
}

/// `two-by-four`, `four-by-four`, `two-on-two`, `one-for-one`, `fifty-fifty`: a number word
/// at `i` joined by hyphens to another, through `by`, `on` or `for` or the same word twice,
/// names a thing or a manner (a plank, a car, a contest, an even split), no quantity (not
/// `twenty-five`, one number, nor `two-to-three`, a range). The token after the pair.
fn paired(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let hyphen = |k: usize| {
        tokens.get(k).is_some_and(|h| {
            h.is_punct('-') && h.glued && tokens.get(k + 1).is_some_and(|n| n.glued)
        })
    };
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|w| w.is_word() && super::numbers::is_number_word(w))
    };
    let pair = |a: usize| -> Option<usize> {
        let first = word(a)?;
        if !hyphen(a + 1) {
            return None;
        }
        if let Some(second) = word(a + 2) {
            return (second.lower == first.lower).then_some(a + 3);
        }
        let link = tokens.get(a + 2)?;
        (matches!(link.lower.as_ref(), "by" | "on" | "for") && hyphen(a + 3))
            .then_some(())
            .and_then(|()| word(a + 4))
            .map(|_| a + 5)
    };
    if !(hyphen(i + 1) || (i >= 1 && hyphen(i - 1))) {
        return None;
    }
    [i, i.wrapping_sub(2), i.wrapping_sub(4)]
        .into_iter()
        .filter(|&a| a <= i)
        .find_map(|a| pair(a).filter(|&end| end > i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    #[test]
    fn phrases_and_not() {
        // (text, the number word's position, the phrase found)
        let cases: &[(&str, usize, bool)] = &[
            ("at one point he", 1, true),
            ("at one time, it", 1, true),
            ("in the first place", 2, true),
            ("first of all ,", 0, true),
            ("I , for one , disagree", 3, true),
            ("one-on-one talks", 0, true),
            ("World War Two ended", 2, true),
            ("second-guessed it", 0, true),
            ("at one hotel", 1, false),
            ("for one year", 1, false),
            ("in the first round", 2, false),
            ("one on one", 0, false),
            ("like a two-by-four between", 2, true),
            ("like a two-by-four between", 6, true),
            ("a fifty-fifty chance", 1, true),
            ("a fifty-fifty chance", 3, true),
            ("twenty-five people", 0, false),
            ("two-to-three weeks", 0, false),
            ("a nine-to-five job", 1, true),
            ("a nine-to-five job", 5, true),
            ("gave him a high-five", 5, true),
            ("every single day", 1, true),
            ("a single day", 1, false),
            ("a first-grader with", 1, true),
            ("a first-grade teacher", 1, false),
            ("second-largest city", 0, false),
            ("a two-state solution", 1, true),
            ("one country, two systems", 0, true),
            ("one country, two systems", 3, true),
            ("aboard Air Force One", 3, true),
            ("a blunder of the first order", 4, true),
            ("a pair of scissors", 1, true),
            ("two states", 0, false),
            ("a two-state visit", 1, false),
            ("one country", 0, false),
            ("the air force two years ago", 3, false),
            ("the first order of business", 1, false),
            ("a pair of shoes", 1, false),
            ("it is my second home", 3, true),
            ("she was my third sister", 3, true),
            ("she gave birth to my second child", 5, false),
            ("his second sister arrived", 1, false),
            ("officials put two and two together", 2, true),
            ("it might feel good for a second, but", 6, true),
            ("I would not for a second think so", 5, true),
            ("sirens wailed for a second day", 4, false),
            ("for a second time", 2, false),
            ("he didn't waste a second", 4, true),
            ("a waste of a second chance", 4, false),
            ("there was not zero risk", 3, true),
            ("zero casualties", 0, false),
            ("the first duty of any government", 1, true),
            ("the first day of the war", 1, false),
            ("our first priority is", 1, true),
            ("our first responsibility is", 1, true),
            ("their first duty stations", 1, false),
            ("would not move one inch eastward", 3, true),
            ("it grew one inch", 2, false),
            ("a country half a world away", 2, true),
            ("half a million", 0, false),
            ("only seeing half of this story", 2, true),
            ("the political half of the deal", 2, true),
            ("half of the 30 seats", 0, false),
            ("half of the country", 0, false),
        ];
        for (text, i, want) in cases {
            let tokens = tokenize(text, 0);
            assert_eq!(at(&tokens, *i).is_some(), *want, "{text}");
        }
    }
}
