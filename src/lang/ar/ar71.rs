//! Bare weekdays of a schedule and of a list (ar71, from hand judgements of Arabic dates).
//!
//! - [`present_schedule`]: a weekday after a present-tense (imperfect) verb of a scheduled
//!   event, with its subject or object between (`يلعب السبت ليستر سيتي مع سندرلاند`,
//!   `ويلتقي المنتخب يوم السبت مع عمان`, `تقام مساء يوم الجمعة الدورة الثالثة`, `يحل ضيفا
//!   على الفريق الكونغولي الأحد`), is the coming one, not last week's: the news announces
//!   the fixture, the meeting, the vote. Not when the verb is told as past (`كان`, `قد`
//!   before it, `لم` right before it: `لم يلعب السبت`).
//! - [`list_prev`]: a weekday listed after another (`الإثنين، الثلاثاء، الأربعاء`, `يومي
//!   الاثنين والثلاثاء`, `يلعب السبت فلان مع فلان، والأحد فلان مع فلان`) follows that one:
//!   it is the first such weekday on or after the earlier one's date, whichever direction
//!   that one took (`انطلقت أمس الإثنين ولمدة أربعة أيام الإثنين، الثلاثاء، الأربعاء،
//!   الخميس`: Monday was yesterday, Thursday is the coming one).
//! - [`number_before_weekday`]: a number before `يوم` + weekday (`السباق الـ 7 يوم الجمعة`,
//!   `2 - صفر يوم الخميس`) counts no days; [`nth_day_of`]: `اليوم الـ14 من شوال` is the
//!   fourteenth day, not today (both from a random audit of Arabic dates and durations).
//!
//! Every look is bounded to a few tokens of the clause.

use super::dates::{DAY_TIMES, weekday_at};
use super::tokens::{Token, TokenKind};
use super::weekdays::key;

fn punct(tk: &[Token<'_>], j: usize) -> Option<char> {
    match tk.get(j)?.kind {
        TokenKind::Punct(c) => Some(c),
        _ => None,
    }
}

/// Stems of imperfect verbs of a scheduled event, after the person prefix `يـ`/`تـ`
/// (keys: `يبدأ` is `يبدا`, `تجرى` is `تجري`).
const SCHEDULE_STEMS: &[&str] = &[
    "لعب",
    "لعبون",
    "لتقي",
    "لتقيان",
    "ستضيف",
    "قام",
    "نطلق",
    "ختتم",
    "فتتح",
    "بدا",
    "ستهل",
    "خوض",
    "واجه",
    "لاقي",
    "حل",
    "عقد",
    "نعقد",
    "جتمع",
    "صوت",
    "ستانف",
    "ستكمل",
    "جري",
    "نتهي",
    "ستمر",
    "عود",
    "صل",
    "غادر",
    "توجه",
    "زور",
    "حتفل",
    "دشن",
    "ستقبل",
    "سافر",
    "ناقش",
    "حتضن",
    "نظم",
    "شارك",
];

/// Whether the word at `k` is an imperfect verb of a scheduled event (`يلعب`, `وتقام`,
/// `فيلتقي`).
pub(super) fn schedule_verb(tk: &[Token<'_>], k: usize) -> bool {
    let Some(t) = tk.get(k).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let w = t.key.as_str();
    let w = ["و", "ف"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with(['ي', 'ت'])))
        .unwrap_or(w);
    ["ي", "ت"]
        .iter()
        .filter_map(|p| w.strip_prefix(p))
        .any(|stem| SCHEDULE_STEMS.contains(&stem))
}

/// Words between the verb and its weekday besides the times of a day.
const GAP: &[&str] = &["حتي", "منتصف", "بعد", "اعتبارا", "من", "ايضا"];

/// Whether an imperfect verb of a scheduled event governs the weekday at `i`: up to four
/// other words before it in the clause, not told as past. See the module doc.
pub(super) fn present_schedule(tk: &[Token<'_>], i: usize) -> bool {
    let mut other = 0;
    for k in (i.saturating_sub(8)..i).rev() {
        match tk[k].kind {
            TokenKind::Word => {}
            TokenKind::Punct('(' | ')' | '«' | '»' | '"') => continue,
            _ => return false,
        }
        let w = key(tk, k);
        if matches!(
            w,
            "اليوم"
                | "امس"
                | "غدا"
                | "كان"
                | "وكان"
                | "كانت"
                | "وكانت"
                | "قد"
                | "وقد"
        ) {
            return false;
        }
        if schedule_verb(tk, k) {
            // `لم يلعب` is past; `قبل أن يصل`, `بعد أن يعود` take the main verb's time.
            let negated_past = matches!(key(tk, k.wrapping_sub(1)), "لم" | "ولم" | "فلم" | "لما")
                || (matches!(key(tk, k.wrapping_sub(1)), "ان" | "وان")
                    && matches!(
                        key(tk, k.wrapping_sub(2)),
                        "قبل" | "وقبل" | "بعد" | "وبعد" | "منذ"
                    ));
            let told = (k.saturating_sub(8)..k).any(|j| {
                matches!(
                    key(tk, j),
                    "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد" | "امس"
                )
            });
            return !negated_past && !told;
        }
        if !DAY_TIMES.contains(&w) && !GAP.contains(&w) {
            other += 1;
            if other > 4 {
                return false;
            }
        }
    }
    false
}

/// The weekday that the weekday at `i` is listed after: right before it with a comma, a
/// dash or `و` between (`الإثنين، الثلاثاء`, `السبت والأحد`), or, for `و` + weekday after
/// a comma, the weekday that opens that clause, up to twelve tokens back (`يلعب السبت
/// فلان مع فلان، والأحد …`).
pub(super) fn list_prev(tk: &[Token<'_>], i: usize) -> Option<usize> {
    let joined = key(tk, i).starts_with('و');
    let sep = |j: usize| punct(tk, j).is_some_and(|c| matches!(c, '،' | ',' | '-' | '–'));
    let p = i.checked_sub(1)?;
    if joined && weekday_at(tk, p).is_some() {
        return Some(p);
    }
    if key(tk, p) == "و" && p >= 1 && weekday_at(tk, p - 1).is_some() {
        return Some(p - 1);
    }
    if !sep(p) {
        return None;
    }
    let q = p.checked_sub(1)?;
    if weekday_at(tk, q).is_some() {
        return Some(q);
    }
    if !joined {
        return None;
    }
    for k in (q.saturating_sub(11)..=q).rev() {
        match tk[k].kind {
            TokenKind::Word | TokenKind::Punct('(' | ')' | '«' | '»' | '"') => {}
            _ => return None,
        }
        if weekday_at(tk, k).is_some() {
            return Some(k);
        }
    }
    None
}

/// `الـ 7 يوم الجمعة`, `2 - صفر يوم الخميس`, `(5394) يوم الثلاثاء`: a number (or `صفر`)
/// before `يوم` and a weekday counts no days (an edition, a score, an issue; the day is the
/// weekday's date): the token after the number, which claims nothing.
pub(super) fn number_before_weekday(tk: &[Token<'_>], i: usize) -> Option<usize> {
    let t = tk.get(i)?;
    // Not a percent (`قفز 15% يوم الأربعاء`).
    let bare_number = matches!(t.kind, TokenKind::Number { percent: false, .. });
    if !bare_number && t.key != "صفر" {
        return None;
    }
    let mut j = i + 1;
    if punct(tk, j) == Some(')') {
        j += 1;
    }
    (key(tk, j) == "يوم" && weekday_at(tk, j + 1).is_some()).then_some(i + 1)
}

/// `اليوم الـ14 من شوال`: «the fourteenth day of», not today: `اليوم` at `i` before
/// `الـ` + a number and `من`.
pub(super) fn nth_day_of(tk: &[Token<'_>], i: usize) -> bool {
    key(tk, i + 1) == "ال"
        && tk.get(i + 2).and_then(|t| t.number()).is_some()
        && key(tk, i + 3) == "من"
}
