//! Counted nouns, ranges and rhetorical numbers (en54):
//!
//! - plural modifiers before the head noun: `two special operations forces`, `several arms
//!   convoys`, `12 communications satellites`, `two federal appeals courts`: English keeps
//!   the plural of a few nouns when they modify another (`arms`, `operations`,
//!   `communications`, `appeals`, `rights`, `forces`); the head is the noun after them
//!   (`special operations forces` are troops: `soldier`, as `قوات خاصة` would be counted
//!   by the Arabic pack's `soldier`);
//! - a singular counted noun used as an adjective before a modified plural: `two captive
//!   U.S. journalists` counts journalists;
//! - `$5 or $10`, `60% or 70%`: an estimate's range between two figures that repeat their
//!   sign (as `five or six` does with words);
//! - rhetorical numbers, no claim: `a thousand years`, `a million times`, `a hundred times
//!   more`, `one in a million`, `a hundred percent no`, `I agree 100 percent`, `“100
//!   percent” legal`, `with them a thousand percent`.
//!
//! (`the better part of two hours` is an upper bound: a phrase of the qualifiers' table.)
//! Every look is bounded to a few tokens around the number.

use super::today::word;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind};
use super::{Num, compound_modifier, numbers, plural_head, qualifiers, unknown_noun};

/// Plurals that English keeps before the noun they modify.
pub fn attributive(w: &str) -> bool {
    matches!(
        w,
        "operations" | "communications" | "appeals" | "rights" | "arms" | "forces"
    )
}

/// The head after a plural modifier at `k` (the token after the modifier): a plural noun of
/// the table (its concept) or any lower-case plural (its singular); its last token. After
/// `operations`, `forces` are troops.
pub fn head(tokens: &[Token<'_>], k: usize) -> Option<(String, usize)> {
    if let Some(u) = units::lookup(tokens, k)
        .filter(|u| u.kind == UnitKind::Count && u.plural && u.noun_from == 0)
    {
        return Some((u.concept.to_string(), k + u.tokens - 1));
    }
    if word(tokens, k) == "forces" && k >= 1 && tokens[k - 1].lower == "operations" {
        return Some(("soldier".to_string(), k));
    }
    plural_head(tokens, k).map(|h| (h, k))
}

/// `several arms convoys`: a plural modifier at `k` (no noun of the table) and its head.
pub fn modifier_head(tokens: &[Token<'_>], k: usize) -> Option<(String, usize)> {
    let t = tokens.get(k)?;
    if !attributive(t.lower.as_ref()) || !t.text.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if tokens.get(k + 1).is_some_and(|n| n.glued) {
        return None;
    }
    head(tokens, k + 1)
}

/// `two captive U.S. journalists`: a singular counted noun (at `k - 1`) before a modifier
/// written as one word and a plural: the counted noun and its last token.
pub fn adjunct_head(tokens: &[Token<'_>], n: &Num, k: usize) -> Option<(String, usize)> {
    compound_modifier(tokens, k)?;
    unknown_noun(tokens, n, k)
}

/// `$5 or $10`, `60% or 70%`, `$35,000 or $40,000`: after the number ending at `last` (a
/// currency sign before it when `sign`), `or` and the same sign before a second figure (or
/// the same percent after it): the token of the second figure. Not in a list (`50%, 60% or
/// 70%`).
pub fn sign_or(tokens: &[Token<'_>], first: usize, last: usize, sign: bool) -> Option<usize> {
    let mut k = last + 1;
    let pct = tokens
        .get(k)
        .is_some_and(|p| (p.glued && p.is_punct('%')) || p.is("percent"));
    if pct == sign {
        return None;
    }
    if pct {
        k += 1;
    }
    if !tokens.get(k).is_some_and(|t| t.is("or")) {
        return None;
    }
    k += 1;
    if sign {
        let s = tokens.get(first.checked_sub(1)?)?;
        if !tokens
            .get(k)
            .is_some_and(|t| t.kind == s.kind && matches!(t.kind, TokenKind::Punct(_)))
        {
            return None;
        }
        k += 1;
    }
    let m = tokens
        .get(k)
        .filter(|t| t.kind == TokenKind::Digits)
        .and_then(|_| numbers::parse_at(tokens, k))?;
    if pct
        && !tokens
            .get(m.last + 1)
            .is_some_and(|p| (p.glued && p.is_punct('%')) || p.is(tokens[last + 1].lower.as_ref()))
    {
        return None;
    }
    // (Not the last of a list: `50%, 60% or 70%`.)
    let lead = first - usize::from(sign);
    if lead >= 2
        && tokens[lead - 1].is_punct(',')
        && matches!(
            tokens[lead - 2].kind,
            TokenKind::Digits | TokenKind::Punct('%')
        )
    {
        return None;
    }
    Some(k)
}

/// A rhetorical number at `i`: the token after it (no claim).
pub fn not_a_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    match t.kind {
        TokenKind::Word => figure_of_speech(tokens, i).or_else(|| emphatic_percent(tokens, i)),
        TokenKind::Digits => emphatic_percent(tokens, i),
        TokenKind::Punct(_) => None,
    }
}

fn big_round(w: &str) -> bool {
    matches!(
        w,
        "hundred" | "thousand" | "million" | "billion" | "trillion" | "zillion" | "gazillion"
    )
}

/// `a thousand years`, `a million times`, `a hundred times more`, `one in a million`.
fn figure_of_speech(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    // `one in a million (chance)`
    if t.is("one")
        && word(tokens, i + 1) == "in"
        && word(tokens, i + 2) == "a"
        && matches!(word(tokens, i + 3), "million" | "billion" | "zillion")
        && !units::lookup(tokens, i + 4).is_some_and(|u| u.kind == UnitKind::Count)
    {
        return Some(i + 4);
    }
    if !t.is("a") || !big_round(word(tokens, i + 1)) {
        return None;
    }
    let noun = word(tokens, i + 2);
    // (Not a measure with a hedge or bound: `about a thousand years ago` is left to the
    // readers of dates, `up to a million times` is told.)
    if qualifiers::before(tokens, i).is_some() {
        return None;
    }
    // (`lashed a thousand times`: a sentence of lashes is counted.)
    let lashes = (i.saturating_sub(3)..i).any(|k| {
        matches!(
            tokens[k].lower.as_ref(),
            "lashed" | "lashes" | "flogged" | "whipped" | "caned" | "lash"
        )
    });
    // (`a hundred times`, `a thousand times` count calls or visits told as such, `He called
    // a thousand times`; they are a figure of speech before a comparative or `a day`, or
    // after a verb of saying or a modal: `a hundred times more raids`, `we say a thousand
    // times`, `we could come here a thousand times`. Larger ones always are.)
    let hyperbole = !matches!(word(tokens, i + 1), "hundred" | "thousand")
        || matches!(
            word(tokens, i + 3),
            "more" | "less" | "better" | "worse" | "bigger" | "greater" | "over"
        )
        || (word(tokens, i + 3) == "a" && matches!(word(tokens, i + 4), "day" | "week"))
        || (i.saturating_sub(3)..i).any(|k| {
            matches!(
                tokens[k].lower.as_ref(),
                "say" | "said" | "says" | "could" | "would" | "might" | "can"
            )
        });
    let figure = match noun {
        "times" => !lashes && hyperbole,
        "years" => word(tokens, i + 1) != "hundred" && word(tokens, i + 3) != "ago",
        _ => false,
    };
    figure.then_some(i + 3)
}

/// Words after `100 percent` that make it a degree (of certainty, truth, agreement), no
/// share; [`super::nouns`] asks it too.
pub(super) fn degree_word(w: &str) -> bool {
    matches!(
        w,
        "sure"
            | "certain"
            | "confident"
            | "convinced"
            | "positive"
            | "behind"
            | "committed"
            | "supportive"
            | "true"
            | "false"
            | "correct"
            | "wrong"
            | "accurate"
            | "right"
            | "honest"
            | "fictional"
            | "not"
            | "no"
            | "yes"
            | "consistent"
            | "transparent"
            | "legal"
            | "illegal"
            | "willing"
            | "fit"
            | "clear"
            | "still"
            | "agree"
            | "guaranteed"
            | "safe"
            | "secure"
            | "effective"
    )
}

fn quote_mark(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('"' | '“' | '”' | '\'' | '‘' | '’'))
}

/// `I agree 100 percent`, `“100 percent” legal`, `100% fit to fly`, `A hundred percent
/// no`, `with them "a thousand percent."`: a hundred (or a thousand) percent as a degree.
fn emphatic_percent(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let (k, words) = match t.kind {
        TokenKind::Digits if matches!(t.text, "100" | "110" | "1000" | "1,000") => (i + 1, false),
        TokenKind::Word
            if matches!(t.lower.as_ref(), "a" | "one")
                && matches!(word(tokens, i + 1), "hundred" | "thousand") =>
        {
            (i + 2, true)
        }
        _ => return None,
    };
    // (Not a part of a figure: `2,100 percent`, `1.100 percent`.)
    if i >= 1 && tokens[i - 1].glued && matches!(tokens[i - 1].kind, TokenKind::Punct(',' | '.')) {
        return None;
    }
    let p = tokens.get(k)?;
    if !((p.glued && p.is_punct('%')) || p.is("percent")) {
        return None;
    }
    let after = k + 1;
    // (A bound or a preposition makes it a share: `near 100 percent`, `up to 100 percent`,
    // `tariffs of 100 percent`, `at 100 percent`.)
    if qualifiers::before(tokens, i).is_some()
        || matches!(
            word(tokens, i.wrapping_sub(1)),
            "of" | "to" | "at" | "by" | "from" | "than" | "near" | "a" | "the" | "total" | "totals"
        )
        || word(tokens, after) == "of"
    {
        return None;
    }
    // The word after, past a closing quote.
    let mut a = after;
    let mut quoted_after = false;
    if tokens.get(a).is_some_and(|q| q.glued && quote_mark(q)) {
        a += 1;
        quoted_after = true;
    }
    let quoted_before = i >= 1 && quote_mark(&tokens[i - 1]);
    let prev = if quoted_before {
        word(tokens, i.wrapping_sub(2))
    } else {
        word(tokens, i.wrapping_sub(1))
    };
    let next_word = tokens.get(a).filter(|w| w.is_word());
    let degree = next_word.is_some_and(|w| degree_word(w.lower.as_ref()));
    let agree = matches!(
        prev,
        "agree" | "agreed" | "agrees" | "disagree" | "disagreed" | "disagrees" | "believe"
    );
    // `“100 percent” willing`: a figure quoted alone is a word of emphasis.
    let alone = quoted_before && quoted_after;
    // `A hundred percent no`, `one hundred percent the Iraq war`, `now with them a thousand
    // percent.`: in words, with no noun it would share.
    let in_words = words
        && tokens.get(after).is_none_or(|n| {
            !n.is_word()
                || matches!(
                    n.lower.as_ref(),
                    "no" | "yes" | "the" | "not" | "right" | "sure"
                )
        });
    (degree || agree || alone || in_words).then_some(after)
}
