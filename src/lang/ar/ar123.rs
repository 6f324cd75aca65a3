//! Dates of the audited Arabic date samples (ar123, seeds 9880/9884): periods whose start
//! and end were read alone, the verb `غدا` («became») read as «tomorrow», and a weekday to
//! come read as last week's.
//!
//! - [`skip_to_opener`] (used by [`ar97`](super::ar97)'s `date_range`): `خلال الفترة من
//!   تاريخ 1 رمضان حتى 1 شوال`, `اعتبارًا من يوم الاثنين المقبل الأول من ذي القعدة وحتى
//!   الأول من ذي الحجة`: `تاريخ`/`بتاريخ` or a weekday (with `يوم`, `المقبل`) between
//!   `من` and the first date no longer hides the opener: one period
//!   (`2015-06-18/2015-07-17`), not two days. (`تأجيل الاجتماع من تاريخ … إلى …`, a move,
//!   stays two dates, as before.)
//! - [`dash_joiner`] (same reader): `لمعسكر سلوفاكيا في الفترة 6 ذي القعدة - 1 ذي الحجة`,
//!   `من 26 رمضان - 3 شوال`: a dash joins two full dates after an opener (`من`, `في`,
//!   `الفترة` …) as `حتى`/`إلى` do (`2015-08-21/2015-09-14`). (Two dates with a dash and no
//!   opener, `أقيم 6 ذي القعدة - 1 ذي الحجة`, stay two.)
//! - [`equivalent_range`]: `من 6 ذو القعدة إلى 1 ذو الحجة، الموافق 21 أغسطس - 14 سبتمبر`:
//!   the reader paired the Hijri end with the Gregorian start (`1 ذو الحجة، الموافق 21
//!   أغسطس` = 2015-08-21, the start's own day) and left the Gregorian end alone. Three
//!   dates, the middle one carrying `الموافق` and dated as the first, joined by a dash,
//!   `إلى` or `حتى` on both sides, are one period from the first to the last
//!   (`2015-08-21/2015-09-14`). (`الأحد 6 ذي القعدة الموافق 21 أغسطس`, one day in both
//!   calendars, stays.)
//! - [`became`]: `بل غدا لا مباليا بها`, `وقد غدا جزءا ثابتا`, `ولذا غدا منذ صغره
//!   كبيرا`, `إلى حد أنه غدا مؤثرا`: `غدا` (no tanween) after `بل`, `قد`, `لذا` or a
//!   subject pronoun (`أنه`, `إنها` …, then with an indefinite accusative after it) is the
//!   verb «became», no date now. (`بل غداً`, `وقد غدا سيعلن`, `أنه غدا سيصل`, a
//!   tomorrow, stay.)
//! - [`coming_subject`]: `تعتبر مباراة الاربعاء التي ستجمع الاخضر بالمنتخب الجزائري`
//!   (published Tue 2015-08-11), `يوم الأربعاء سيكون يوما مختلفا للكرة السعودية` (Mon
//!   2015-08-10): a bare weekday that is the subject of a future verb right after it (or
//!   after `التي`/`الذي`), itself after an event noun (`مباراة`, `لقاء` …) or opening its
//!   sentence or clause, is the coming one (2015-08-12), not last week's. (`نقل إلى فرنسا
//!   السبت سيفتح …`, a weekday after a verb's object with the next clause's verb after it,
//!   `أعلنت تركيا الأربعاء أنها ستطلق`, and reported speech, `وأضاف أن يوم الجمعة سيكون
//!   يوما تاريخيا` (Sat 2015-08-08: said before that Friday), stay.)

use super::ar93::{last_of, text_date, token_of};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Recognized, Value};
use jiff::civil::Date;

/// Words between a period's opener and its first date: `من تاريخ 1 رمضان`, `من يوم الاثنين
/// المقبل الأول من ذي القعدة`. The token at which the opener is looked for (`p` when
/// none).
pub(super) fn skip_to_opener(tk: &[Token<'_>], p: usize) -> usize {
    let mut o = p;
    for _ in 0..4 {
        let Some(j) = o.checked_sub(1) else { break };
        let w = key(tk, j);
        // `من الساعة الثامنة من صباح الأول من ذي القعدة` (ar132): a time of day, with the
        // inner `من` as the opener.
        if matches!(w, "تاريخ" | "بتاريخ" | "يوم" | "المقبل" | "القادم")
            || matches!(w, "صباح" | "مساء" | "فجر" | "ظهر" | "عصر")
            || super::dates::weekday_at(tk, j).is_some()
        {
            o = j;
        } else {
            break;
        }
    }
    o
}

/// Openers of a period besides `ar97`'s: `في الفترة 6 ذي القعدة - 1 ذي الحجة`.
pub(super) fn opens(w: &str) -> bool {
    matches!(w, "الفتره" | "فتره")
}

fn dash(tk: &[Token<'_>], j: usize) -> bool {
    matches!(
        tk.get(j).map(|t| &t.kind),
        Some(TokenKind::Punct('-' | '–'))
    )
}

/// A dash right after the start date's last token `pz` (`6 ذي القعدة - 1 ذي الحجة`).
pub(super) fn dash_joiner(tk: &[Token<'_>], pz: usize) -> Option<usize> {
    dash(tk, pz + 1).then_some(pz + 1)
}

fn day(c: &Recognized) -> bool {
    c.kind == Kind::Date && matches!(&c.value, Value::Text(s) if s.len() == 10)
}

/// Whether tokens `x..y` (between two claims) are a lone joiner: a dash, `إلى`, `حتى`.
fn joined(tk: &[Token<'_>], x: usize, y: usize) -> bool {
    y == x + 1 && (dash(tk, x) || matches!(key(tk, x), "الي" | "والي" | "حتي" | "وحتي"))
}

/// Rewrites and drops the claims of `out[from..]` (see the module's notes).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        if out[k].kind != Kind::Date {
            k += 1;
            continue;
        }
        if k > from && k + 1 < out.len() && equivalent_range(tk, out, k) {
            continue;
        }
        if became(tk, &out[k]) {
            out.remove(k);
            continue;
        }
        if let Some(p) = publication {
            coming_subject(tk, &mut out[k], p);
        }
        k += 1;
    }
}

/// `من 6 ذو القعدة إلى 1 ذو الحجة، الموافق 21 أغسطس - 14 سبتمبر`: claims `k - 1`, `k`
/// (with `الموافق`, dated as `k - 1`) and `k + 1` become one period at `k - 1`; true
/// when merged.
fn equivalent_range(tk: &[Token<'_>], out: &mut Vec<Recognized>, k: usize) -> bool {
    if !(day(&out[k - 1]) && day(&out[k]) && day(&out[k + 1])) || out[k - 1].value != out[k].value {
        return false;
    }
    let span = |c: &Recognized| {
        let a = token_of(tk, c.byte_start)?;
        Some((a, last_of(tk, a, c.byte_end)))
    };
    let (Some((_, z0)), Some((a1, z1)), Some((a2, _))) =
        (span(&out[k - 1]), span(&out[k]), span(&out[k + 1]))
    else {
        return false;
    };
    if !(a1..=z1).any(|j| key(tk, j) == "الموافق")
        || !joined(tk, z0 + 1, a1)
        || !joined(tk, z1 + 1, a2)
    {
        return false;
    }
    let (Some(lo), Some(hi)) = (
        out[k - 1].low.as_ref().and_then(text_date),
        out[k + 1].high.as_ref().and_then(text_date),
    ) else {
        return false;
    };
    if lo >= hi || (hi - lo).get_days() > 366 {
        return false;
    }
    let end = out[k + 1].byte_end;
    out.drain(k..=k + 1);
    let c = &mut out[k - 1];
    c.byte_end = end;
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
    true
}

/// Particles a verb follows: `بل غدا`, `وقد غدا`, `ولذا غدا`.
const VERB_AFTER: &[&str] = &[
    "بل", "قد", "وقد", "فقد", "لقد", "ولقد", "لذا", "ولذا", "فلذا",
];

/// Subject pronouns of `أن`/`إن`: `أنه غدا مؤثرا` (then an indefinite accusative must
/// follow).
const SUBJECT: &[&str] = &[
    "انه",
    "انها",
    "وانه",
    "وانها",
    "لانه",
    "لانها",
    "كانه",
    "كانها",
    "وكانه",
    "وكانها",
];

/// Whether date claim `c` is the verb `غدا` «became» (see the module's notes).
fn became(tk: &[Token<'_>], c: &Recognized) -> bool {
    let Some(a) = token_of(tk, c.byte_start) else {
        return false;
    };
    if last_of(tk, a, c.byte_end) != a || key(tk, a) != "غدا" || tk[a].text.contains('\u{64B}') {
        return false;
    }
    let before = key(tk, a.wrapping_sub(1));
    let after = key(tk, a + 1);
    if after.starts_with('س') {
        return false;
    }
    VERB_AFTER.contains(&before)
        || (SUBJECT.contains(&before)
            && after.chars().count() >= 3
            && after.ends_with('ا')
            && !after.starts_with("ال"))
}

/// Event nouns before a weekday in construct: `مباراة الأربعاء`, `لقاء الجمعة`.
const EVENT: &[&str] = &["مباراه", "لقاء", "مواجهه", "نزال", "حفل", "قمه"];

/// Words that open the clause of a weekday subject: `ويوم الأربعاء سيكون`. Not `أن`: a
/// reported `وأضاف أن يوم الجمعة سيكون …` tells the future of the speech, before the
/// publication (`يوم الجمعة` is the day just gone).
const CLAUSE: &[&str] = &["و"];

/// `مباراة الاربعاء التي ستجمع`, `يوم الأربعاء سيكون`: a bare weekday claim `c` dated
/// before `publication`, the subject of a future verb, moves to its coming day.
fn coming_subject(tk: &[Token<'_>], c: &mut Recognized, publication: Date) {
    if !day(c) {
        return;
    }
    let Some(a) = token_of(tk, c.byte_start) else {
        return;
    };
    let z = last_of(tk, a, c.byte_end);
    if !(a..=z).all(|j| key(tk, j) == "يوم" || super::dates::weekday_at(tk, j).is_some()) {
        return;
    }
    let mut j = z + 1;
    if matches!(key(tk, j), "التي" | "الذي") {
        j += 1;
    }
    let verb = key(tk, j);
    let future = verb == "سوف"
        || (verb.chars().count() >= 4 && ["سي", "ست", "سن"].iter().any(|p| verb.starts_with(p)));
    let opened = a == 0
        || EVENT.contains(&key(tk, a - 1))
        || CLAUSE.contains(&key(tk, a - 1))
        || matches!(tk[a - 1].kind, TokenKind::Punct(_));
    if !future || !opened {
        return;
    }
    let Some(d) = text_date(&c.value) else {
        return;
    };
    let Ok(next) = d.checked_add(jiff::Span::new().days(7)) else {
        return;
    };
    if d >= publication || next < publication {
        return;
    }
    c.value = Value::Text(next.to_string());
    c.low = Some(c.value.clone());
    c.high = Some(c.value.clone());
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        from_date_of: "خلال الفترة من تاريخ 1 رمضان حتى 1 شوال بلغ عدد المركبات"
            => ["1 رمضان حتى 1 شوال|date|2014-06-28/2014-07-28|2014-06-28..2014-07-28|exact|"];
        move_stays: "تقرر تأجيل الاجتماع من تاريخ 1 رمضان إلى 1 شوال"
            => ["1 رمضان|date|2014-06-28|2014-06-28..2014-06-28|exact|",
                "1 شوال|date|2014-07-28|2014-07-28..2014-07-28|exact|"];
        dash_period: "لمعسكر سلوفاكيا في الفترة 6 ذي القعدة - 1 ذي الحجة"
            => ["6 ذي القعدة - 1 ذي الحجة|date|2014-09-01/2014-09-25|2014-09-01..2014-09-25|exact|"];
        dash_without_opener_stays: "أقيم 6 ذي القعدة - 1 ذي الحجة"
            => ["6 ذي القعدة|date|2014-09-01|2014-09-01..2014-09-01|exact|",
                "1 ذي الحجة|date|2014-09-25|2014-09-25..2014-09-25|exact|"];
        equivalent: "ولمعسكر سلوفاكيا في الفترة من 6 ذو القعدة إلى 1 ذو الحجة، الموافق 1 سبتمبر - 25 سبتمبر"
            => ["6 ذو القعدة إلى 1 ذو الحجة، الموافق 1 سبتمبر - 25 سبتمبر|date|2014-09-01/2014-09-25|2014-09-01..2014-09-25|exact|"];
        one_day_stays: "يقام يوم الاثنين 6 ذي القعدة الموافق 1 سبتمبر"
            => ["يوم الاثنين 6 ذي القعدة الموافق 1 سبتمبر|date|2014-09-01|2014-09-01..2014-09-01|exact|"];
        became_rather: "فلم يعد يجزع أو يطرب لها، بل غدا لا مباليا بها" => [];
        became_that: "وأن سر نجاح هذا الشكل إلى حد أنه غدا مؤثرا يكمن في شكل تعبيرهم" => [];
        tomorrow_tanween_stays: "لا نريده اليوم بل غداً"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|",
                "غداً|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        match_to_come: "تعتبر مباراة الخميس التي ستجمع الاخضر بالمنتخب الجزائري من اقوى المواجهات"
            => ["الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        subject_to_come: "يوم الخميس سيكون يوما مختلفا للكرة السعودية"
            => ["يوم الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        moved_on_saturday_stays: "الصندوق الذي نقل إلى فرنسا السبت سيفتح في مختبر عسكري"
            => ["السبت|date|2014-11-29|2014-11-29..2014-11-29|exact|"];
        reported_future_stays: "وأضاف أن يوم الجمعة سيكون هو الآخر يوما تاريخيا"
            => ["يوم الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        tomorrow_future_stays: "وأوضح أنه غدا سيصل الوفد"
            => ["غدا|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
    }
}
