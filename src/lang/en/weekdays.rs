//! Bare weekdays a day after the publication's weekday (`Tuesday` in a Monday paper).
//!
//! The date rules read a bare weekday as the most recent one, so `said Tuesday` in a Monday
//! paper is six days back. On en-news most such weekdays are the next day: pages stamped the
//! day before the events they report (a wire story dated in one time zone and updated in
//! another), or plans told with the cue after the weekday (`On Wednesday, Obama is
//! scheduled to tour the Acropolis`). Two signals move them to the coming day:
//!
//! - the article is **stamped early** ([`stamped_early`]): it names the day after its
//!   stamp, twice or with the stamp's own weekday, and no weekday between two and five
//!   days before its stamp (a story that reaches six days back names the days between);
//! - a **cue of the future after the weekday** in its clause ([`cue_after`]): `On
//!   Wednesday, Obama is scheduled to`, `Thursday, the committee will`.

use jiff::civil::{Date, Weekday};

use super::dates::{DateMatch, Grain};
use super::tokens::{Token, TokenKind};

pub(super) fn weekday_of(t: &Token<'_>) -> Option<Weekday> {
    if t.lex & super::lex::WEEKDAY == 0 || !t.capitalized() {
        return None;
    }
    super::dates::weekday_named(t.lower.as_ref())
}

/// Words before a weekday that say which one it is, or that it is none in particular
/// (`last Tuesday`, `on a Saturday`, `that Sunday`, `every Friday`).
fn marked(w: &str) -> bool {
    matches!(
        w,
        "last"
            | "next"
            | "this"
            | "past"
            | "previous"
            | "coming"
            | "every"
            | "each"
            | "a"
            | "that"
            | "one"
            | "following"
    )
}

/// The weekday at `k` is bare: not marked before, not followed by a date (`Tuesday, Feb.
/// 18`, `Tuesday the 19th`), nor by a week (`Tuesday of next week`).
pub(super) fn bare(tokens: &[Token<'_>], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_ref());
    if k > 0 && marked(word(k - 1)) {
        return false;
    }
    let mut j = k + 1;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',')))
    {
        j += 1;
    }
    let dated = tokens.get(j).is_some_and(|t| {
        t.kind == TokenKind::Digits
            || (t.capitalized() && super::dates::month_word(t.lower.as_ref()))
    }) || (word(j) == "the"
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Digits));
    let week = matches!(word(k + 1), "of" | "from" | "next" | "after")
        && matches!(word(k + 2), "next" | "this" | "last" | "week");
    !dated && !week
}

/// Whether an article (its sentences' tokens) is stamped the day before the one it is
/// told from: it names the weekday after its publication's, twice or with the
/// publication's own weekday, and no weekday two to five days before its publication.
pub fn stamped_early(sentences: &[&[Token<'_>]], publication: Option<Date>) -> bool {
    let Some(reference) = publication else {
        return false;
    };
    let base = reference.weekday();
    // Bare weekday mentions by how many days after the publication's weekday they fall.
    let mut counts = [0u32; 7];
    for tokens in sentences {
        for (k, t) in tokens.iter().enumerate() {
            let Some(wd) = weekday_of(t) else {
                continue;
            };
            if !bare(tokens, k) {
                continue;
            }
            let offset = (wd.to_monday_zero_offset() + 7 - base.to_monday_zero_offset()) % 7;
            counts[usize::from(offset as u8)] += 1;
        }
    }
    // (Offsets 2 to 5 after the publication's weekday are five to two days before it.)
    counts[1] > 0 && counts[2..=5].iter().all(|&n| n == 0) && (counts[1] >= 2 || counts[0] > 0)
}

/// Whether a cue of the future follows the weekday ending at `last` in its clause: `On
/// Wednesday, Obama is scheduled to tour`, `Thursday, the panel will vote`; not past a
/// verb that dates the weekday (`On Wednesday, he said he will`).
pub fn cue_after(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_ref());
    // Only a weekday that opens its sentence or clause: `On Wednesday, …`.
    let opener = first == 0
        || tokens
            .get(first - 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | ';' | ':' | '"' | '“')));
    if !opener {
        return false;
    }
    let end = (last + 10).min(tokens.len());
    for (j, t) in tokens.iter().enumerate().take(end).skip(last + 1) {
        if matches!(
            t.kind,
            TokenKind::Punct('.' | ';' | '?' | '!' | '"' | '“' | '”')
        ) {
            return false;
        }
        let w = word(j);
        let copula = matches!(w, "is" | "are");
        let next = word(j + 1);
        if w == "will"
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            || (copula && next == "to")
            || (copula
                && matches!(next, "scheduled" | "expected" | "set" | "due" | "slated")
                && matches!(word(j + 2), "to" | "for"))
            || (matches!(w, "plans" | "plan") && next == "to")
        {
            return true;
        }
        if matches!(
            w,
            "said"
                | "says"
                | "told"
                | "announced"
                | "wrote"
                | "added"
                | "reported"
                | "was"
                | "were"
                | "had"
                | "did"
                | "would"
        ) {
            return false;
        }
    }
    false
}

/// The date a bare weekday at `d` names when the article is stamped early or a cue of the
/// future follows it: the coming such weekday instead of a past one (see the module's
/// notes). Other dates are returned as they are.
pub fn coming(
    tokens: &[Token<'_>],
    d: DateMatch,
    publication: Option<Date>,
    early: bool,
) -> DateMatch {
    let Some(reference) = publication else {
        return d;
    };
    if d.grain != Grain::Day || d.last - d.first > 3 {
        return d;
    }
    // The weekday: the span's last token (`on Tuesday`, `late on Tuesday`, `Tuesday`).
    let Some(wd) = tokens.get(d.last).and_then(weekday_of) else {
        return d;
    };
    if !bare(tokens, d.last) || d.date.weekday() != wd {
        return d;
    }
    let back = (reference - d.date).get_days();
    let Ok(next) = reference.nth_weekday(1, wd) else {
        return d;
    };
    let shift = if early && back == 6 && reference.weekday().next() == wd {
        true
    } else {
        (2..=6).contains(&back) && cue_after(tokens, d.first, d.last)
    };
    if !shift {
        return d;
    }
    DateMatch {
        date: next,
        last_day: next,
        ..d
    }
}

/// `his weekly Friday sermon`, `months of Friday prayer sermons`, `Iran's hard-line Friday
/// prayer leader`, `the Friday Prayer venues`: a weekday naming a weekly rite, a habit or
/// its people and places, no day (not `At Friday prayers in Tehran, … said`, `during
/// midday Friday prayers`, `after Friday prayers`: one Friday's prayers).
pub fn habitual(tokens: &[Token<'_>], d: &DateMatch) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_ref());
    if d.first != d.last || tokens.get(d.first).and_then(weekday_of).is_none() {
        return false;
    }
    let k = d.first;
    let rite = |w: &str| matches!(w, "prayer" | "prayers" | "sermon" | "sermons");
    if !rite(word(k + 1)) {
        return false;
    }
    // A noun after the rite: `prayer leader`, `prayer sermons`, `Prayer venues`.
    let head = matches!(
        word(k + 2),
        "leader"
            | "leaders"
            | "venue"
            | "venues"
            | "sermon"
            | "sermons"
            | "imam"
            | "imams"
            | "preacher"
            | "preachers"
            | "podium"
            | "platform"
    );
    let weekly = k > 0
        && matches!(
            word(k - 1),
            "weekly" | "his" | "her" | "their" | "regular" | "usual" | "traditional"
        );
    let months = k >= 2 && word(k - 1) == "of" && {
        let w = word(k - 2);
        matches!(w, "months" | "weeks" | "years" | "series")
    };
    head || weekly || months
}
