//! Weekdays and weeks that are not the one day or week the bare words would give
//! (`dates.rs` and `mod.rs` ask these):
//! - a weekday of a habitual clause: `عندما يخرجن من المنزل يوم السبت يصلن فجر الأحد`,
//!   `ثم إذا خرجت في يوم الأحد لبست`, `كلما حل يوم الجمعة`;
//! - a weekly themed night: `الباستا خلال ليلة الأحد الإيطالية`;
//! - a weekday range of opening hours or a weekly schedule: `من الساعة 10 صباحا وحتى 10
//!   مساء من الأحد إلى الخميس`, `يفتح أبوابه من السبت حتى الأربعاء`;
//! - a bare weekday after one marked coming earlier in its sentence: `سيكون في جنيف يوم
//!   الاثنين المقبل ... اختتام حوارهم يوم الأربعاء` (the Wednesday after that Monday);
//! - `هذا الأسبوع`/`الأسبوع الجاري` after a past verb in a page dated Sunday: the week just
//!   ended (`نظم 4 حفلات موسيقية في إيطاليا هذا الأسبوع`).
//!
//! Every look is bounded to a few tokens (at most 40).

use jiff::civil::{Date, Weekday};

use super::dates::weekday_at;
use super::tokens::{Token, TokenKind};
use super::weekdays::{key, punct, stop};

/// The words among the ten tokens before `i`, nearest first, up to the start of their
/// clause (a full stop, a colon or a comma).
fn clause_words_back<'a>(tk: &'a [Token<'_>], i: usize) -> impl Iterator<Item = usize> + 'a {
    clause_words_within(tk, i, 10)
}

/// The words among the `reach` tokens before `i`, nearest first, up to the start of their
/// clause.
fn clause_words_within<'a>(
    tk: &'a [Token<'_>],
    i: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i.saturating_sub(reach)..i)
        .rev()
        .take_while(
            |&k| !matches!(tk[k].kind, TokenKind::Punct(c) if stop(c) || c == '،' || c == ','),
        )
        .filter(|&k| tk[k].kind == TokenKind::Word)
}

/// The key without a leading `و` or `ف` (when three letters or more remain).
pub(super) fn bare(k: &str) -> &str {
    k.strip_prefix('و')
        .or_else(|| k.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k)
}

/// Words that mark a day as one day, not a habit: `اليوم الأحد`, `أمس`, `الأحد المقبل`.
pub(super) const ONE_DAY: &[&str] = &[
    "اليوم",
    "امس",
    "غدا",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "الماضي",
    "الماضيه",
    "المنصرم",
    "الفايت",
    "الفايته",
    "الموافق",
];

/// Openers of a clause of time or condition.
const OPENERS: &[&str] = &["عندما", "حين", "حينما", "اذا", "كلما"];

/// Words before an opener that begin its clause: `أنهن عندما يخرجن`, `ثم إذا خرجت`.
const CLAUSE_START: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهن",
    "اننا",
    "انني",
    "لانه",
    "لانها",
    "لانهم",
    "لانهن",
    "ثم",
    "لكن",
    "ولكن",
    "حيث",
    "بل",
];

/// Whether the weekday at `i` stands in a habitual clause: after `كلما`, or after
/// `عندما`/`حين`/`حينما`/`إذا` that begins its clause (`أنهن عندما`, `ثم إذا`, a clause
/// after punctuation) with a verb right after it, imperfect for all but `إذا` (`عندما
/// يخرجن من المنزل يوم السبت يصلن فجر الأحد`); not when the day is marked as one
/// (`اليوم الأحد`, `الأحد المقبل`). A clause that follows its main clause (`يسعى إلى حسم
/// تأهله عندما يحل ضيفا ... الأحد`) tells of one match: not read here.
pub(super) fn habitual_clause(tk: &[Token<'_>], i: usize) -> bool {
    if ONE_DAY.contains(&key(tk, i + 1)) || (i >= 1 && ONE_DAY.contains(&key(tk, i - 1))) {
        return false;
    }
    for k in clause_words_back(tk, i) {
        let w = key(tk, k);
        if ONE_DAY.contains(&w) || tk[k].number().is_some() {
            return false;
        }
        let b = bare(w);
        if !OPENERS.contains(&b) {
            continue;
        }
        if b == "كلما" {
            return true;
        }
        let starts = w != b
            || k == 0
            || punct(tk, k - 1).is_some()
            || CLAUSE_START.contains(&key(tk, k - 1));
        // (`إذا كان ماكري الأحد متخلفا`: a condition on one day's result.)
        let verb = key(tk, k + 1);
        let copula = matches!(bare(verb), "كان" | "كانت" | "يكون" | "تكون" | "كانوا");
        let imperfect = verb.chars().count() >= 3
            && (verb.starts_with('ي') || verb.starts_with('ت') || verb.starts_with('ن'));
        return starts && !copula && k + 1 < i && (imperfect || b == "اذا");
    }
    false
}

/// Whether the weekday at `i` is one of a weekly round: after `أسبوعيا` with only a list
/// of weekdays between (`ثلاث مرات أسبوعيا (السبت، والثلاثاء، والخميس)`), or after the
/// weekly day off (`يوم الإجازة الأسبوعية (يوم الجمعة)`, `يومي الإجازة الأسبوعية الجمعة
/// والسبت`).
pub(super) fn weekly_round(tk: &[Token<'_>], i: usize) -> bool {
    for k in (i.saturating_sub(10)..i).rev() {
        match tk[k].kind {
            TokenKind::Word => {}
            TokenKind::Punct('(' | '،' | ',') => continue,
            _ => return false,
        }
        let w = key(tk, k);
        if matches!(w, "يوم" | "يومي") || weekday_at(tk, k).is_some() {
            continue;
        }
        return w.starts_with("اسبوعيا")
            || (w == "الاسبوعيه"
                && matches!(key(tk, k.wrapping_sub(1)), "الاجازه" | "العطله" | "الراحه"));
    }
    false
}

/// Whether `الاثنين` at `i` is «two» of a compound number: `دور الاثنين والثلاثين`.
pub(super) fn two_and_tens(tk: &[Token<'_>], i: usize) -> bool {
    key(tk, i).ends_with("اثنين")
        && matches!(
            key(tk, i + 1),
            "والعشرين"
                | "والثلاثين"
                | "والاربعين"
                | "والخمسين"
                | "والستين"
                | "والسبعين"
                | "والثمانين"
                | "والتسعين"
        )
}

/// Whether the weekday at `i` names a weekly themed night: `ليلة الأحد الإيطالية`,
/// `ليالي الخميس الشعبية` (an adjective of the night in `ـية` after the weekday).
pub(super) fn themed_night(tk: &[Token<'_>], i: usize) -> bool {
    if i == 0 || !matches!(bare(key(tk, i - 1)), "ليله" | "ليالي" | "بليله" | "لليله")
    {
        return false;
    }
    let adj = key(tk, i + 1);
    adj.starts_with("ال")
        && adj.ends_with("يه")
        && adj.chars().count() >= 6
        && !matches!(
            adj,
            "الماضيه" | "الحاليه" | "الثانيه" | "الثالثه" | "التاليه" | "المنصرميه"
        )
}

/// Words of opening hours and weekly schedules (keys).
const SCHEDULE: &[&str] = &[
    "يفتح",
    "تفتح",
    "ابوابه",
    "ابوابها",
    "الدوام",
    "دوام",
    "ساعات",
    "مواعيد",
    "موعد",
    "تستقبل",
    "يستقبل",
    "يوميا",
    "اليومي",
    "اليوميه",
    "اسبوعيا",
    "طوال",
    "الساعه",
    "العمل",
];

/// A weekday range of a weekly schedule at `i` (the first weekday): `من الأحد إلى الخميس`,
/// `من يوم السبت حتى الأربعاء`, with no date or modifier after the second weekday and a
/// word of opening hours or schedules (`يفتح`, `الدوام`, `ساعات العمل`, `مواعيد`,
/// `تستقبل`, `يوميا`, a clock time) within a few words of its sentence. The token after
/// the range.
pub(super) fn schedule_range(tk: &[Token<'_>], i: usize) -> Option<usize> {
    weekday_at(tk, i)?;
    let mut o = i.checked_sub(1)?;
    if key(tk, o) == "يوم" {
        o = o.checked_sub(1)?;
    }
    if !matches!(key(tk, o), "من" | "ومن") {
        return None;
    }
    if !matches!(key(tk, i + 1), "الي" | "حتي" | "وحتي" | "لغايه" | "والي") {
        return None;
    }
    let mut j = i + 2;
    if key(tk, j) == "يوم" {
        j += 1;
    }
    weekday_at(tk, j)?;
    // `(8-12) ذو القعدة`, `12-14 شوال`, `الثلاثاء المقبل`: dated days.
    let next = j + 1;
    let dated = |k: usize| {
        tk.get(k).is_some_and(|t| t.number().is_some())
            || ONE_DAY.contains(&key(tk, k))
            || matches!(key(tk, k), "من" | "في")
                && matches!(key(tk, k + 1), "هذا" | "الاسبوع" | "شهر")
    };
    if dated(next) || (punct(tk, next) == Some('(') && dated(next + 1)) {
        return None;
    }
    let back = (o.saturating_sub(20)..o).rev();
    let mut cue = false;
    for k in back {
        if punct(tk, k).is_some_and(stop) {
            break;
        }
        if ONE_DAY.contains(&key(tk, k)) {
            return None;
        }
        cue |= SCHEDULE.contains(&bare(key(tk, k)));
    }
    for k in next..(next + 8).min(tk.len()) {
        if punct(tk, k).is_some_and(stop) {
            break;
        }
        if ONE_DAY.contains(&key(tk, k)) {
            return None;
        }
        cue |= SCHEDULE.contains(&bare(key(tk, k)));
    }
    cue.then_some(next)
}

/// Coming modifiers after a weekday, one day or two: `الاثنين المقبل`, `يومي الأربعاء
/// والخميس المقبلين`.
const COMING: &[&str] = &[
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المقبلين",
    "القادمين",
    "المقبلتين",
    "القادمتين",
];

/// Words between the coming weekday and the bare one that tell of something else: the
/// past (`كان`, `أمس`), or a parallel clause (`فيما`, `بينما`: another team's schedule).
const BREAKS: &[&str] = &[
    "كان",
    "كانت",
    "امس",
    "الماضي",
    "الماضيه",
    "اليوم",
    "قد",
    "قال",
    "قالت",
    "اعلن",
    "اعلنت",
];

/// A weekday marked coming earlier in the sentence of the bare weekday at `i` (within 40
/// tokens, none of them a mark of the past): `(the earliest coming date, parallel)`, with
/// `parallel` when `فيما`/`بينما`/`في حين` stands between (another subject's schedule:
/// the bare weekday is just the coming one). `None` when the bare weekday opens a list
/// closed by a week (`الأحد والاثنين الأسبوع ما بعد المقبل`).
pub(super) fn coming_anchor(
    tk: &[Token<'_>],
    i: usize,
    coming: impl Fn(Weekday) -> Option<Date>,
) -> Option<(Date, bool)> {
    // `الأحد والاثنين والثلاثاء الأسبوع ما بعد المقبل`: read elsewhere, or not at all.
    for k in i + 1..(i + 5).min(tk.len()) {
        if key(tk, k) == "الاسبوع" {
            return None;
        }
        if tk[k].kind != TokenKind::Word || weekday_at(tk, k).is_none() {
            break;
        }
    }
    let mut anchor: Option<Date> = None;
    let mut parallel = false;
    for k in (i.saturating_sub(40)..i).rev() {
        if punct(tk, k).is_some_and(stop) {
            break;
        }
        let w = bare(key(tk, k));
        if BREAKS.contains(&w) {
            break;
        }
        let raw = key(tk, k);
        if matches!(raw, "فيما" | "وفيما" | "بينما" | "وبينما")
            || (w == "حين" && k >= 1 && key(tk, k - 1) == "في")
        {
            parallel = true;
        }
        let Some(wd) = weekday_at(tk, k) else {
            continue;
        };
        let marked = COMING.contains(&key(tk, k + 1))
            || (weekday_at(tk, k + 1).is_some()
                && matches!(
                    key(tk, k + 2),
                    "المقبلين" | "القادمين" | "المقبلتين" | "القادمتين"
                ));
        if marked && let Some(d) = coming(wd) {
            anchor = Some(anchor.map_or(d, |a: Date| a.min(d)));
        }
    }
    anchor.map(|a| (a, parallel))
}

/// The first `wd` on or after `anchor`.
pub(super) fn on_or_after(anchor: Date, wd: Weekday) -> Option<Date> {
    let ahead =
        (wd.to_monday_zero_offset() - anchor.weekday().to_monday_zero_offset()).rem_euclid(7);
    anchor
        .checked_add(jiff::Span::new().days(i64::from(ahead)))
        .ok()
}

/// Perfect verbs of news that tell of a past event (keys without `و`/`ف`).
pub(super) const PAST_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اعلن",
    "اعلنت",
    "نشر",
    "نشرت",
    "نشرته",
    "نشرتها",
    "اصدر",
    "اصدرت",
    "عقدت",
    "عقدته",
    "جرت",
    "جري",
    "اختتم",
    "اختتمت",
    "ابرم",
    "ابرمت",
    "نظم",
    "نظمت",
    "شن",
    "شنت",
    "شنوا",
    "انهي",
    "انهت",
    "ضرب",
    "ضربت",
    "واجه",
    "واجهت",
    "ازال",
    "ازالت",
    "قرات",
    "كشف",
    "كشفت",
    "اكد",
    "اكدت",
    "ذكر",
    "ذكرت",
    "اظهر",
    "اظهرت",
    "حقق",
    "حققت",
    "ارتفع",
    "ارتفعت",
    "انخفض",
    "انخفضت",
    "اغلق",
    "اغلقت",
    "اجتمع",
    "اجتمعت",
    "التقي",
    "زار",
    "زارت",
    "وصل",
    "وصلت",
    "غادر",
    "غادرت",
    "اعتقل",
    "اعتقلت",
    "اطلق",
    "اطلقت",
    "طرحته",
    "طرحت",
    "بثت",
    "بثه",
    "قدمت",
    "اجري",
    "اجرت",
    "اضيف",
    "تناول",
    "اتخذ",
    "اتخذت",
    "اتخذته",
    "استقبل",
    "استقبلت",
    "شهد",
    "شهدت",
    "صدر",
    "صدرت",
    "افاد",
    "افادت",
    "اوضح",
    "اوضحت",
    "وقع",
    "وقعت",
    "تعرض",
    "تعرضت",
    "سقط",
    "سقطت",
    "قتل",
    "قتلوا",
];

/// Words that turn the clause to the future or a plan: `سوف`, `المقرر`, `يتوقع`.
const FUTURE: &[&str] = &[
    "سوف",
    "المقرر",
    "المتوقع",
    "يتوقع",
    "تتوقع",
    "يعتزم",
    "تعتزم",
    "ان",
    "لن",
];

/// Whether the week at token `i` (`هذا` of `هذا الأسبوع`, or `الأسبوع` of `الأسبوع
/// الجاري`) is the week just ended: the page is dated Sunday, the first day of its week,
/// and a perfect verb of news stands within ten words before it in its clause (`نظم 4
/// حفلات موسيقية في إيطاليا هذا الأسبوع`, `الاتفاق الذي أبرم هذا الأسبوع`), with no word
/// of the future between (`سيمثل أمام محكمة`, `من المقرر`).
pub(super) fn week_just_ended(tk: &[Token<'_>], i: usize, publication: Date) -> bool {
    publication.weekday() == Weekday::Sunday && past_clause(tk, i, PAST_VERBS, 10)
        || super::ar107::said_this_week(tk, i, publication)
}

/// Whether key `w` turns a clause to the future (see [`past_clause`]).
pub(super) fn future_word(w: &str) -> bool {
    FUTURE.contains(&bare(w))
        || ((w.starts_with("سي") || w.starts_with("ست") || w.starts_with("سن"))
            && w.chars().count() >= 4)
}

/// Whether a perfect verb of `verbs` ([`PAST_VERBS`] or another list) stands within
/// `reach` tokens before token `i` in its clause, with no word of the future between.
pub(super) fn past_clause(tk: &[Token<'_>], i: usize, verbs: &[&str], reach: usize) -> bool {
    for k in clause_words_within(tk, i, reach) {
        let w = key(tk, k);
        let b = bare(w);
        if FUTURE.contains(&b)
            || ((w.starts_with("سي") || w.starts_with("ست") || w.starts_with("سن"))
                && w.chars().count() >= 4)
        {
            return false;
        }
        if verbs.contains(&b) || verbs.contains(&w) {
            return true;
        }
    }
    false
}
