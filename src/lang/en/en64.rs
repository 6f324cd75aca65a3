//! English non-claims of task en64: intensifiers, idioms and tallies that hold a number.
//!
//! - **`100 percent` as an intensifier** ([`full_measure`]): `The law is 100 percent on
//!   my side`, `It's 100 percent an anomaly`, `We are for that 100 percent`, `there's no
//!   way to say 100 percent that …`: the figure says "wholly", of no quantity. It is one
//!   after a copula and before a preposition, an adjective of certainty or an article; after
//!   an object pronoun (`for that`, `him`) or a verb of agreeing at the clause's end; after
//!   `say`/`guarantee` before `that`; after `sure,`. `100 percent of …`, `at 100 percent`,
//!   `a 100 percent attendance record`, `was 100 percent higher` stay shares.
//! - **`a day or two`** ([`elided_two`]): `a day or two ago`, `a year or two`, `one
//!   generation or two`: the `two` after `a`/`one` and a noun is half of a vague length,
//!   no number of its own.
//! - **A vote's tally with `to`** ([`vote_tally`]): `voted 354 to 60`, `the vote … was 58
//!   to 40`, `by a vote of 419 to 1`, `by 285 to 272 votes`: the two sides of one vote,
//!   the larger first, split apart into two numbers (the dash form, `voted 10-7`, is read
//!   as one tally by the number rules). A change, `from 58 to 41`, stays.
//! - **A bill's number** ([`bill_number`]): `until S. 2644 is brought to the floor`,
//!   `H.R. 1`: the Senate's or the House's label.
//! - **`two bloody noses`** ([`bloody_nose`]): a defeat, not a count of noses.
//! - **Two figures with a slash** ([`slash_pair`]): `Democrats favor Comey, 42/29`,
//!   `probably 50/50`, `Hindsight is 20/20`, `like those on 21/7`: a poll's split, odds,
//!   an idiom or a day written the other way; two small figures joined by a slash that the
//!   date rules did not read (`9/11`, `7/24` are dates) are no two numbers.
//! - **A quarter that is no fourth** ([`quarter_name`]): `in the last quarter of 2019`
//!   (a quarter of a year, after an ordinal or `last`/`this`), `the Jewish Quarter of
//!   Jerusalem` (a capitalized part of a town after a capitalized word).
//! - **A list's heading** ([`dash_heading`]): `1 — Germany not just a collateral victim`,
//!   `4 — Take it over, Mario`: a figure of one or two digits opening a sentence with no
//!   closing stop, a dash and a capitalized word after it, numbers a section (`Two —
//!   Robert Gates and Leon Panetta — were terrific.` is a sentence).
//! - **A thread's counter** ([`thread_counter`]): `(2/2) I stand with …`, `1/3
//!   pic.twitter.com/…`: a tweet's place in its thread, in brackets or opening the sentence
//!   alone, is no date.
//! - **A weekday told in the past in a page stamped late** ([`stamped_late`],
//!   [`past_day_after`]): a preview written the day before its stamp (`Britain is due to
//!   host a meeting on Monday` in a Tuesday page) tells of the weekday after its stamp
//!   in the past only when it is the one gone by: `"…," Guterres warned on Wednesday` is
//!   the Wednesday before, not the one after the stamp that `en57::day_after` reads for
//!   pages stamped early. The page is stamped late when a bare weekday the day before its
//!   stamp is told as still to come (`will`, `is due to`, `is scheduled to`, with no verb
//!   of saying in the past between); the weekday is told in the past when the word before
//!   it is a verb in the past (`warned on Wednesday`, `said Wednesday`).
//!
//! Every look is a few tokens either side of the number or the weekday; the page's stamp is
//! read once for each article.

use jiff::civil::Date;

use super::dates::DateMatch;
use super::tokens::{Token, TokenKind};

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| t.lower.as_ref())
}

fn digits(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Digits)
}

/// The phrases of this module that hold a number and count nothing, at `i`: the token
/// after the phrase.
pub(super) fn not_a_claim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    match t.kind {
        TokenKind::Digits => full_measure(tokens, i)
            .or_else(|| vote_tally(tokens, i))
            .or_else(|| slash_pair(tokens, i))
            .or_else(|| dash_heading(tokens, i))
            .or_else(|| bill_number(tokens, i))
            .or_else(|| bloody_nose(tokens, i)),
        TokenKind::Word => elided_two(tokens, i)
            .or_else(|| bloody_nose(tokens, i))
            .or_else(|| quarter_name(tokens, i)),
        TokenKind::Punct(_) => None,
    }
}

/// Words after `100 percent` that make it "wholly": a preposition of stance, an adjective
/// of certainty or commitment, an article.
fn stance_after(w: &str) -> bool {
    matches!(
        w,
        "on" | "with"
            | "behind"
            | "for"
            | "against"
            | "sure"
            | "certain"
            | "confident"
            | "convinced"
            | "positive"
            | "committed"
            | "dedicated"
            | "devoted"
            | "correct"
            | "right"
            | "wrong"
            | "true"
            | "accurate"
            | "honest"
            | "clear"
            | "serious"
            | "supportive"
            | "responsible"
            | "aligned"
            | "united"
            | "focused"
            | "opposed"
            | "an"
            | "a"
            | "not"
    )
}

fn copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "am"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "it's"
            | "it’s"
            | "that's"
            | "that’s"
            | "he's"
            | "he’s"
            | "she's"
            | "she’s"
            | "i'm"
            | "i’m"
            | "we're"
            | "we’re"
            | "they're"
            | "they’re"
            | "you're"
            | "you’re"
    )
}

/// `100 percent` as "wholly" at `i` (see the module's notes): the token after `percent`.
pub(super) fn full_measure(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens.get(i)?.text != "100" || i == 0 {
        return None;
    }
    let end = match word(tokens, i + 1) {
        "percent" => i + 2,
        "%" if tokens[i + 1].glued => i + 2,
        "per" if word(tokens, i + 2) == "cent" => i + 3,
        _ => return None,
    };
    let before = word(tokens, i - 1);
    let after = word(tokens, end);
    // (The clause ends: a mark, the end, a conjunction.)
    let closes = tokens.get(end).is_none_or(|t| {
        matches!(
            t.kind,
            TokenKind::Punct('.' | ',' | '!' | '?' | ';' | '"' | '”' | '’' | '\'')
        )
    }) || matches!(after, "and" | "but");
    let wholly = (copula(before) && stance_after(after))
        || (matches!(
            before,
            "that" | "it" | "him" | "her" | "them" | "you" | "us" | "me" | "this"
        ) && closes)
        || (matches!(
            before,
            "agree"
                | "agreed"
                | "agrees"
                | "support"
                | "supported"
                | "supports"
                | "believe"
                | "believed"
                | "trust"
                | "trusted"
                | "back"
                | "backed"
        ) && (closes || matches!(after, "with" | "that")))
        || (matches!(before, "say" | "guarantee" | "promise" | "tell") && after == "that")
        || (before == "," && i >= 2 && matches!(word(tokens, i - 2), "sure" | "certain"));
    wholly.then_some(end)
}

/// The `two` of `a day or two` at `i`: the token after it.
pub(super) fn elided_two(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if word(tokens, i) != "two" || i < 3 || word(tokens, i - 1) != "or" {
        return None;
    }
    let noun = &tokens[i - 2];
    if !noun.is_word() || noun.capitalized() || super::numbers::is_number_word(noun) {
        return None;
    }
    matches!(word(tokens, i - 3), "a" | "an" | "one").then_some(i + 1)
}

/// Words that name a vote before its tally (`voted 354 to 60`, `a vote of`) or after it
/// (`285 to 272 votes`, `a 14 to 11 vote`).
fn vote_word(w: &str) -> bool {
    matches!(
        w,
        "vote" | "votes" | "voted" | "voting" | "tally" | "margin" | "ballot" | "ballots"
    )
}

/// A figure of one to three digits at `k`, not the head of a larger number (`1,000`,
/// `2.5`).
fn small_figure(tokens: &[Token<'_>], k: usize) -> Option<u32> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Digits || t.text.len() > 3 {
        return None;
    }
    let grouped = tokens
        .get(k + 1)
        .is_some_and(|p| (p.is_punct(',') || p.is_punct('.')) && p.glued)
        && tokens
            .get(k + 2)
            .is_some_and(|d| d.glued && d.kind == TokenKind::Digits);
    if grouped {
        return None;
    }
    t.text.parse().ok()
}

/// A vote's tally `N to M` at `i` (see the module's notes): the token after `M`.
pub(super) fn vote_tally(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if word(tokens, i + 1) != "to" || !digits(tokens, i + 2) {
        return None;
    }
    let a = small_figure(tokens, i)?;
    let b = small_figure(tokens, i + 2)?;
    if a < b
        || (i > 0 && tokens[i - 1].glued && !tokens[i - 1].is_word()) && word(tokens, i - 1) != "("
    {
        return None;
    }
    // (A unit after the tally measures: `from 58 to 41 percent`.)
    let after = word(tokens, i + 3);
    let cue_after = vote_word(after);
    let from = i.saturating_sub(8);
    let mut cue_before = false;
    for k in (from..i).rev() {
        let w = word(tokens, k);
        // (`from 58 to 41`: a change; `between 50 and 60`.)
        if matches!(w, "from" | "between") {
            return None;
        }
        if vote_word(w) {
            cue_before = true;
            break;
        }
    }
    if !(cue_before || cue_after) {
        return None;
    }
    if !cue_after
        && tokens.get(i + 3).is_some_and(|t| t.is_word())
        && super::units::lookup(tokens, i + 2).is_some()
    {
        return None;
    }
    Some(if cue_after { i + 4 } else { i + 3 })
}

/// A bill's number after `S.` or `H.R.` at `i`: the token after it.
pub(super) fn bill_number(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i < 2 || !tokens[i - 1].is_punct('.') || !tokens[i - 1].glued {
        return None;
    }
    let letter = &tokens[i - 2];
    let label = match letter.text {
        // (Not `U.S. 10 combat deaths`: the `S` of another initial.)
        "S" => !(i >= 3 && tokens[i - 3].is_punct('.') && letter.glued),
        "R" => i >= 4 && tokens[i - 3].is_punct('.') && letter.glued && tokens[i - 4].text == "H",
        _ => false,
    };
    label.then_some(i + 1)
}

/// `two bloody noses` at `i`: the token after `noses`.
pub(super) fn bloody_nose(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if word(tokens, i + 1) != "bloody" || !matches!(word(tokens, i + 2), "nose" | "noses") {
        return None;
    }
    Some(i + 3)
}

/// Two figures of one to three digits glued by a slash at `i` (`42/29`): the token
/// after the second.
pub(super) fn slash_pair(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let slash = tokens.get(i + 1)?;
    if !slash.is_punct('/') || !slash.glued || tokens.get(i)?.text.len() > 3 {
        return None;
    }
    let b = tokens.get(i + 2)?;
    if b.kind != TokenKind::Digits || !b.glued || b.text.len() > 3 {
        return None;
    }
    // (`150/500 spots were filled`: a share of a thing counted stays.)
    let (a, bv) = (tokens[i].text.parse::<u32>(), b.text.parse::<u32>());
    // (A common fraction stays one: `3/4`, `2/10`, `3/15`, `20/100` — proper, and tenths
    // or less in lowest terms, or hundredths; a split like `18/57` or `17/36` is none.)
    if let (Ok(&a), Ok(&bv)) = (a.as_ref(), bv.as_ref())
        && a > 0
        && a < bv
        && (bv / gcd(a, bv) <= 10 || bv == 100)
        && tokens.get(i + 3).is_none_or(|n| !n.glued)
    {
        return None;
    }
    if a.is_ok_and(|a| bv.is_ok_and(|bv| a < bv))
        && tokens.get(i + 3).is_some_and(|n| n.is_word() && !n.glued)
    {
        return None;
    }
    // (Not a run of more: `1/2/2013`, `3/4ths`, `1.5/2`.)
    if tokens.get(i + 3).is_some_and(|n| {
        n.glued
            && (n.is_word()
                || n.kind == TokenKind::Digits
                || n.is_punct('/')
                || n.is_punct('.')
                    && tokens
                        .get(i + 4)
                        .is_some_and(|d| d.glued && d.kind == TokenKind::Digits))
    }) || (i > 0
        && tokens[i].glued
        && matches!(tokens[i - 1].kind, TokenKind::Punct('/' | '.' | '-')))
    {
        return None;
    }
    Some(i + 3)
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// A section's number opening a heading at `i` (see the module's notes): the token after
/// it.
pub(super) fn dash_heading(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if i != 0 || tokens.first()?.text.len() > 2 {
        return None;
    }
    let dash = tokens.get(1)?;
    if !matches!(dash.kind, TokenKind::Punct('—' | '–')) || !tokens.get(2)?.capitalized() {
        return None;
    }
    let stopped = tokens
        .last()
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | '"' | '”')));
    (!stopped).then_some(1)
}

/// `quarter` of a year or of a town at `i`: the token after it.
pub(super) fn quarter_name(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.lower != "quarter" || i == 0 {
        return None;
    }
    let p = &tokens[i - 1];
    let of_year = matches!(
        p.lower.as_ref(),
        "first"
            | "second"
            | "third"
            | "fourth"
            | "last"
            | "final"
            | "previous"
            | "next"
            | "this"
            | "current"
            | "same"
            | "latest"
            | "past"
            | "coming"
    );
    let town = t.text == "Quarter" && p.is_word() && p.capitalized() && i >= 2 && {
        // (Not a headline's `A Quarter Of …`: the word before it is no article.)
        !matches!(
            p.lower.as_ref(),
            "a" | "one" | "the" | "about" | "nearly" | "almost"
        )
    };
    (of_year || town).then_some(i + 1)
}

/// Whether the date `d` is a tweet's counter in its thread (see the module's notes).
pub(super) fn thread_counter(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    let k = d.first;
    if d.last != k + 2
        || !digits(tokens, k)
        || !tokens.get(k + 1).is_some_and(|t| t.is_punct('/'))
        || !digits(tokens, k + 2)
    {
        return false;
    }
    let (Ok(a), Ok(b)) = (
        tokens[k].text.parse::<u32>(),
        tokens[k + 2].text.parse::<u32>(),
    ) else {
        return false;
    };
    if a == 0 || a > b || b > 12 {
        return false;
    }
    let bracketed =
        k > 0 && tokens[k - 1].is_punct('(') && tokens.get(k + 3).is_some_and(|t| t.is_punct(')'));
    let alone = k == 0
        && tokens
            .get(k + 3)
            .is_none_or(|t| t.is_punct('.') || t.lower == "pic");
    bracketed || alone
}

/// Whether the bare weekday at `k` is told as still to come: `will`, `'ll`, `due to`,
/// `scheduled to`, `expected to`, `set to`, `slated to` before it in its clause, with no
/// verb of saying in the past nearer.
fn told_ahead(tokens: &[Token<'_>], k: usize) -> bool {
    for j in (k.saturating_sub(10)..k).rev() {
        let t = &tokens[j];
        if matches!(
            t.kind,
            TokenKind::Punct('.' | ';' | ':' | '"' | '“' | '”' | '?' | '!')
        ) {
            return false;
        }
        let w = t.lower.as_ref();
        if matches!(
            w,
            "said" | "told" | "announced" | "says" | "reported" | "wrote" | "added" | "if"
        ) {
            return false;
        }
        if w == "will" || w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        if matches!(w, "due" | "scheduled" | "expected" | "set" | "slated")
            && word(tokens, j + 1) == "to"
            && j > 0
            && matches!(word(tokens, j - 1), "is" | "are")
        {
            return true;
        }
    }
    false
}

/// Whether an article (its sentences' tokens) was written before its stamp: it tells of
/// the weekday before its publication's as still to come (see the module's notes).
pub fn stamped_late(sentences: &[&[Token<'_>]], publication: Option<Date>) -> bool {
    let Some(reference) = publication else {
        return false;
    };
    let before = reference.weekday().previous();
    sentences.iter().any(|tokens| {
        tokens.iter().enumerate().any(|(k, t)| {
            super::weekdays::weekday_of(t) == Some(before)
                && super::weekdays::bare(tokens, k)
                && told_ahead(tokens, k)
        })
    })
}

/// Whether the weekday `d` (read as the day after the stamp) is told in the past in a page
/// stamped late: the word before it is a verb in the past.
pub fn past_day_after(tokens: &[Token<'_>], d: &DateMatch, late: bool) -> bool {
    late && d.first > 0 && super::en53::told_past(tokens, d.first - 1)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::En;
        en64_split_is_none: "Republicans disfavor him, 18/57." => [];
        en64_wholly_on_side: "\"The law is 100 percent on my side,\" he said." => [];
        en64_wholly_article: "It's 100 percent an anomaly." => [];
        en64_wholly_for_that: "We are for that 100 percent, he said." => [];
        en64_wholly_say_that: "There is no way to say 100 percent that it would not end up there." => [];
        en64_share_of_stays: "We got 100 percent of the chemical weapons out."
            => ["100 percent|percent|100|100..100|exact|"];
        en64_share_at_stays: "The contamination of the water was at 100 percent."
            => ["100 percent|percent|100|100..100|exact|"];
        en64_day_or_two: "Military action looked more likely than it did just a day or two ago." => [];
        en64_year_or_two: "It could take them a year or two." => [];
        en64_one_or_two_stays: "A staffer reflects one or two traits of his boss."
            => ["one or two|number|1|1..2|range|"];
        en64_vote_voted: "The House voted 354 to 60 to condemn the decision." => [];
        en64_vote_was: "The vote, largely along party lines, was 58 to 40." => [];
        en64_vote_of: "The House approved sanctions by a vote of 419 to 1." => [];
        en64_vote_after: "Cameron accepted the defeat, by 285 to 272 votes, of a measure." => [];
        en64_change_stays: "The vote count fell from 58 to 41."
            => ["58|number|58|58..58|exact|", "41|number|41|41..41|exact|"];
        en64_bill: "He will not vote until S. 2644 is brought to the floor." => [];
        en64_us_stays: "It cost the U.S. 10 combat deaths."
            => ["10 combat deaths|count|10|10..10|exact|death"];
        en64_bloody_noses: "I mean, we had two bloody noses." => [];
        en64_poll_split: "Democrats favor Comey, 42/29, while Republicans disfavor him, 18/57." => [];
        en64_odds: "The odds were probably 50/50 that the target was there." => [];
        en64_quarter_of_year: "Clashes jumped in the last quarter of 2019."
            => ["2019|date|2019|2019-01-01..2019-12-31|exact|"];
        en64_quarter_town: "Jews could not live in the Jewish Quarter of Jerusalem." => [];
        en64_quarter_share_stays: "Only about a quarter of young Hispanics do."
            => ["about a quarter|number|0.25|0.225..0.275|approx|"];
        en64_thread_bracket: "(2/2) I stand with the Iranian people." => [];
        en64_thread_alone: "1/3 pic.twitter.com/SiwTqWtykA" => [];
        en64_dash_heading: "1 — Germany not just a collateral victim" => [];
        en64_dash_sentence_stays: "Two — Robert Gates and Leon Panetta — were terrific."
            => ["Two|number|2|2..2|exact|"];
    }

    #[test]
    fn common_fractions_are_left_to_the_fraction_reader() {
        use super::super::tokens::{TokenKind, tokenize};
        use super::slash_pair;
        for (text, pair) in [
            ("3/4", false),
            ("2/10 of them", false),
            ("20/100 chance", false),
            ("favor him, 42/29, while", true),
            ("disfavor him, 18/57.", true),
            ("20/100.", true),
        ] {
            let tokens = tokenize(text, 0);
            let i = tokens
                .iter()
                .position(|t| t.kind == TokenKind::Digits)
                .unwrap();
            assert_eq!(slash_pair(&tokens, i).is_some(), pair, "{text}");
        }
    }

    #[test]
    fn past_weekday_in_a_page_stamped_late() {
        use crate::lang::table::claims_on;
        use crate::model::Lang;
        let day = |text: &str| {
            claims_on(Lang::En, text, (2017, 9, 19))
                .into_iter()
                .filter(|c| c.starts_with("on Wednesday"))
                .collect::<Vec<_>>()
        };
        let late = "Britain is due to host a ministerial meeting on Monday. \
                    \"The solution can only be political,\" Guterres warned on Wednesday.";
        assert_eq!(
            day(late),
            ["on Wednesday|date|2017-09-13|2017-09-13..2017-09-13|exact|"]
        );
        // (Not stamped late: the weekday after the stamp is the next day, as en57 reads it.)
        let early = "Britain hosted a ministerial meeting on Monday. \
                     \"The solution can only be political,\" Guterres warned on Wednesday.";
        assert_eq!(
            day(early),
            ["on Wednesday|date|2017-09-20|2017-09-20..2017-09-20|exact|"]
        );
        // (A plan for the day after the stamp stays ahead.)
        let plan = "Britain is due to host a ministerial meeting on Monday. \
                    The ministers are due to meet on Wednesday.";
        assert_eq!(
            day(plan),
            ["on Wednesday|date|2017-09-20|2017-09-20..2017-09-20|exact|"]
        );
    }
}
