//! Dates that are no claims (ar113): the «nowadays» `اليوم` and a habitual weekend.
//!
//! - `اليوم` after a word of contrast with an earlier time (`لكن`, `لكنها`, `بينما`, `أما`):
//!   `لكن اليوم يزداد الاحتقان`, `في السابق رمت موسكو … لكنها اليوم تحاول`, `بينما اليوم،
//!   وبفعل وسائل الاعلام`, `ولكن اليوم يختلف تماما عن البارحة`: «nowadays», no date now
//!   (kept: `ولكن اليوم هو بمثابة لحظة تاريخية`, the day itself, and a contrast with a dated
//!   `أمس`: `ارتفع أمس بينما اليوم تراجع`).
//! - `اليوم` after a generic human subject: `أكبر تحد يواجهه المسلمون اليوم`, `ما وصل له
//!   الإنسان اليوم من تطور`, `مجتمعاتنا العربية اليوم`: «nowadays», no date now.
//! - `اليوم` in construct after a noun that is no event of the day: `روائيي اليوم`, `أسواق
//!   اليوم`, `حرب اليوم`, `بحسابات اليوم` (in today's money), `غلة اليوم` (a day's takings),
//!   `بنفس اليوم` (the same day as something told), `صورة اليوم`, `عين اليوم` (a name), and
//!   a column speaking of itself: `موضوع مقالي اليوم`, `مناسبة هذا الحديث اليوم`, `سأكتب
//!   اليوم رأيا`: no date now (kept: `تداولات اليوم`, `جلسة اليوم`, `مساء اليوم`).
//! - `ما` with a present verb before `اليوم`: `ما يحصل اليوم في الوطن العربي`, `وما
//!   نشاهده اليوم ونسمعه`: what goes on these days, no date now (kept: a past verb, `ما
//!   شاهدته اليوم`, and `فيما` «while»: `فيما يبدأ اليوم الجزء الثاني`).
//! - The weekend as two weekdays with nothing that fixes them: `العمل الليلي يومي الجمعة
//!   والسبت` (on Fridays and Saturdays), `يكره يومي الجمعة والسبت`, `تغيير الإجازة إلى يومي
//!   الجمعة والسبت`; and any `يومي X وY` in a sentence of a weekly schedule (`أسبوعيا`,
//!   `كمواعيد ثابتة` in the clause after them): habitual, no date now (kept: `يومي الجمعة والسبت الماضيين`,
//!   `يومي الجمعة والسبت (21 إلى 23 من شهر شوال)`, `يومي الأحد والاثنين`, and the
//!   weekend as the time of an event: `وذلك يومي الجمعة والسبت بمشيئة الله`, a forecast).
//! - A Hijri month or feast with nothing that fixes its year in a sentence of a yearly
//!   habit (`سنويا`, `كل عام`, `في الأعوام السابقة`, `اعتادت`): `خاصة في شهر رمضان المبارك،
//!   وتوزيع 170 ألف نسخة سنويا`, `وفي شهر رمضان فقط يستهلكون 40 في المائة` (after `مليون طن
//!   سنويا`), `اعتادت على إقامة هذا الحفل سنويا … بعد إجازة عيد الفطر المبارك`: every year's,
//!   no date now (kept: `اجتماعها السنوي في شهر رمضان`, this year's, and `رمضان الماضي`)
//!   ([`retune`]).

use std::sync::LazyLock;

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::{Token, TokenKind, key_at, word_key_at};
use crate::lang::{FastSet, Recognized};
use crate::model::Kind;
use crate::normalize::key;

/// Contrast words right before `اليوم`.
const CONTRAST: &str = "لكن ولكن لكنها ولكنها لكنه ولكنه لكننا ولكننا لكنهم ولكنهم بينما
وبينما أما وأما";

/// Generic human subjects right before `اليوم`.
const GENERIC_SUBJECT: &str = "الإنسان المسلمون المسلمين العرب الناس البشرية البشر
مجتمعاتنا مجتمعنا شبابنا أمتنا";

/// Heads of a construct with `اليوم` that are no event of the day (with `و`/`ف`/`ب`/`ل`).
const GENERIC_HEAD: &str = "غلة حسابات أسواق حرب حروب روائيي تعب هموم جيل أجيال شباب
أطفال نساء قارئ قراء مقال مقالي مقالة مقالتي حديثي زاوية زاويتي نفس عين بريد صورة واقع
عالم إنسان أكتب سأكتب نكتب سنكتب";

/// Adjectives after the two weekdays that fix them in time.
const ANCHOR_AFTER: &str = "الماضيين الماضي المقبلين المقبل القادمين القادم الموافق الحاليين
الجاري";

/// Hijri months and feasts that recur every year (the key of a claim's word, or its stem).
const YEARLY: &str = "رمضان الفطر الأضحى الحج شوال";

/// Words in or after the claim that fix its year: a deictic, a year word.
const FIXED_YEAR: &str = "الماضي الماضية المقبل المقبلة القادم القادمة الجاري الحالي المنصرم
هذا هذه العام السنة عام هـ";

/// Words of a yearly habit in a sentence.
const YEARLY_HABIT: &str = "سنويا سنوياً سنوياًً سنويًا اعتادت اعتاد اعتادوا تعتاد يعتاد";

/// Words of a weekly schedule in a sentence.
const WEEKLY: &str = "أسبوعيا أسبوعياً كمواعيد الأسبوعية أسبوعية";

struct Lists {
    yearly: FastSet<String>,
    fixed_year: FastSet<String>,
    yearly_habit: FastSet<String>,
    contrast: FastSet<String>,
    subject: FastSet<String>,
    head: FastSet<String>,
    anchor: FastSet<String>,
    weekly: FastSet<String>,
}

fn key_set(words: &str) -> FastSet<String> {
    words.split_whitespace().map(key).collect()
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    yearly: key_set(YEARLY),
    fixed_year: key_set(FIXED_YEAR),
    yearly_habit: key_set(YEARLY_HABIT),
    contrast: key_set(CONTRAST),
    subject: key_set(GENERIC_SUBJECT),
    head: key_set(GENERIC_HEAD),
    anchor: key_set(ANCHOR_AFTER),
    weekly: key_set(WEEKLY),
});

/// A key without one proclitic `و`/`ف`/`ب`/`ل` (two letters at least remain).
fn bare(k: &str) -> &str {
    k.strip_prefix(['و', 'ف', 'ب', 'ل'])
        .filter(|r| r.chars().nth(1).is_some())
        .unwrap_or(k)
}

/// Whether token `i`, a bare `اليوم` read as «today», is the «nowadays» of the module doc.
pub(super) fn generic_today(tokens: &[Token<'_>], i: usize) -> bool {
    let l = &*LISTS;
    let Some(p) = i.checked_sub(1).and_then(|k| word_key_at(tokens, k)) else {
        return false;
    };
    let next = word_key_at(tokens, i + 1);
    // Contrast with an earlier time; not the day itself (`ولكن اليوم هو`) nor a contrast
    // with a dated yesterday.
    if l.contrast.contains(p) {
        let itself = next.is_some_and(|n| matches!(n, "هو" | "هي" | "يوم"));
        let yesterday = tokens[..i].iter().any(|t| {
            t.kind == TokenKind::Word && matches!(bare(&t.key), "امس" | "الامس" | "البارحه")
        });
        return !itself && !yesterday;
    }
    if l.subject.contains(p) || l.subject.contains(bare(p)) {
        return true;
    }
    if l.head.contains(p) || l.head.contains(bare(p)) {
        return true;
    }
    // `هذا الحديث اليوم`.
    if bare(p) == "الحديث" && i >= 2 && word_key_at(tokens, i - 2) == Some("هذا") {
        return true;
    }
    // `ما يحصل اليوم`, `وما نشاهده اليوم`: a present verb after `ما` (not `فيما`, «while»).
    if i >= 2 && matches!(word_key_at(tokens, i - 2), Some("ما" | "وما" | "عما")) && present_verb(p)
    {
        return true;
    }
    false
}

/// A word that looks like a present verb: `يـ`/`تـ`/`نـ` and three letters at least
/// after it (`يجري`, `يحصل`, `نشاهده`).
fn present_verb(k: &str) -> bool {
    k.strip_prefix(['ي', 'ت', 'ن'])
        .is_some_and(|r| r.chars().count() >= 3)
}

/// Whether the weekday at `i` is one of two after `يومي` (`يومي الجمعة والسبت`, either
/// day) that are habitual: the weekend with nothing that fixes it, or any two in a
/// sentence of a weekly schedule (see the module doc).
pub(super) fn habitual_pair(tokens: &[Token<'_>], i: usize) -> bool {
    let l = &*LISTS;
    let k = |j: usize| key_at(tokens, j);
    // The first weekday: `i` itself after `يومي`, or the one before `i` (`والسبت`).
    let first = if bare(k(i.wrapping_sub(1))) == "يومي" {
        i
    } else if i >= 2 && bare(k(i - 2)) == "يومي" && k(i).starts_with('و') {
        i - 1
    } else {
        return false;
    };
    let second = first + 1;
    if !k(second).starts_with('و') || word_key_at(tokens, second).is_none() {
        return false;
    }
    // Something that fixes the days: an adjective, a number or a bracket right after.
    let fixed = match tokens.get(second + 1) {
        None => false,
        Some(t) => match t.kind {
            TokenKind::Word => l.anchor.contains(t.key.as_str()),
            TokenKind::Punct(c) => matches!(c, '(' | '['),
            _ => true,
        },
    };
    if fixed {
        return false;
    }
    // The weekend, not as the time of an event told (`وذلك يومي الجمعة والسبت`, `في يومي`,
    // `خلال يومي`).
    let told = first >= 2
        && matches!(
            bare(k(first - 2)),
            "ذلك" | "في" | "خلال" | "مدي" | "حتي" | "منذ" | "من"
        );
    let weekend = k(first) == "الجمعه" && k(second) == "والسبت" && !told;
    // A weekly word in the clause after the two (`يومي الأحد والأربعاء، حيث سيكون
    // استقبال اللاعبين … أسبوعياً`).
    let weekly = tokens[second + 1..]
        .iter()
        .take(14)
        .take_while(|t| {
            !matches!(
                t.kind,
                TokenKind::Punct('.' | '؛' | ';' | ':' | '!' | '؟' | '?')
            )
        })
        .any(|t| t.kind == TokenKind::Word && l.weekly.contains(t.key.as_str()));
    weekend || weekly
}

/// Drops the yearly months and feasts of a sentence of a yearly habit (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let l = &*LISTS;
    // The sentence is scanned only when it has a bare feast or Hijri month (most have none).
    if from >= out.len() || !out[from..].iter().any(|c| yearly_claim(tokens, c, l)) {
        return;
    }
    let words = || tokens.iter().filter(|t| t.kind == TokenKind::Word);
    // `هذا العام`, `العام الحالي`: this year's feast (`بدأت فعليا هذا العام مع أيام عيد الفطر`).
    let this_year = tokens.windows(2).any(|w| {
        matches!(bare(&w[0].key), "هذا" | "هذه") && matches!(w[1].key.as_str(), "العام" | "السنه")
            || w[0].key == "العام" && matches!(w[1].key.as_str(), "الحالي" | "الجاري")
    });
    if this_year {
        return;
    }
    // `اعتادت` anywhere in the sentence.
    let used_to =
        words().any(|t| l.yearly_habit.contains(t.key.as_str()) && t.key.contains("عتاد"));
    let mut k = from;
    out.retain(|c| {
        let at = k;
        k += 1;
        at < from || !(yearly_claim(tokens, c, l) && (used_to || habit_near(tokens, c, l)))
    });
}

/// A word of a yearly habit within ten tokens of claim `c` (`سنويا`, `كل عام` but not the
/// greeting `كل عام وأنتم بخير`, `في الأعوام السابقة`).
fn habit_near(tokens: &[Token<'_>], c: &Recognized, l: &Lists) -> bool {
    let Some(a) = token_at(tokens, c.byte_start) else {
        return false;
    };
    let z = last_token(tokens, a, c.byte_end);
    let lo = a.saturating_sub(10);
    let hi = (z + 11).min(tokens.len());
    (lo..hi).any(|j| {
        let w = tokens[j].key.as_str();
        let next = key_at(tokens, j + 1);
        l.yearly_habit.contains(w)
            || (matches!(w, "كل" | "وكل")
                && matches!(next, "عام" | "سنه" | "موسم")
                && !key_at(tokens, j + 2).starts_with("وان"))
            || (matches!(bare(w), "الاعوام" | "السنوات") && next == "السابقه")
    })
}

/// Whether claim `c` is a bare Hijri month or feast (no number, nothing that fixes its
/// year in it or right after it).
fn yearly_claim(tokens: &[Token<'_>], c: &Recognized, l: &Lists) -> bool {
    if c.kind != Kind::Date {
        return false;
    }
    let Some(a) = token_at(tokens, c.byte_start) else {
        return false;
    };
    let z = last_token(tokens, a, c.byte_end);
    let span = &tokens[a..=z];
    if span.iter().any(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let named = span
        .iter()
        .any(|t| l.yearly.contains(t.key.as_str()) || t.stems().any(|(_, s)| l.yearly.contains(s)));
    let fixed = tokens[a..(z + 3).min(tokens.len())]
        .iter()
        .any(|t| t.number().is_some() || l.fixed_year.contains(t.key.as_str()));
    named && !fixed
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! {
        crate::model::Lang::Ar;
        contrast_today: "واستمر الأمر بوتيرة أقل خلال عهد الوزير خالد الفيصل، لكن اليوم يزداد الاحتقان في الوزارة"
            => [];
        contrast_today_itself: "لقد بدأت مسيرتي منذ بضع سنوات، ولكن اليوم هو بمثابة لحظة تاريخية بالنسبة لي"
            => ["بضع سنوات|duration|P3Y|P3Y..P9Y|vague|year", "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        generic_subject: "ولهذا أكبر تحد يواجهه المسلمون اليوم هو كيف يوصلون الإسلام لغير المسلمين"
            => [];
        subject_news: "وأعلن المتحدث باسم المسلمين في المدينة اليوم بدء الحملة"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        generic_head: "وستتم مراجعة الحسابات لإيداع غلة اليوم في البنك"
            => [];
        event_head: "وشهدت تداولات اليوم ارتفاع أسهم شركتين"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|", "شركتين|count|2|2..2|exact|company"];
        column_self: "وهذا ليس موضوع مقالي اليوم وإنما أردت التنبيه"
            => [];
        what_goes_on: "وأنت الذي سلمت بغداد، وما نشاهده اليوم ونسمعه من التفجيرات في بغداد وضواحيها"
            => [];
        while_today: "بدأ فريق العمل بروفات الطاولة، فيما يبدأ اليوم الجزء الثاني من البروفات في الميدان"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|", "الثاني|ordinal|2|2..2|exact|"];
        what_was_seen: "وأكد الوزير أن ما شاهده اليوم في المستشفى يبعث على الاطمئنان"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        weekend_habitual: "وتطالب نقابات عدة بزيادة الرواتب نتيجة إقرار العمل الليلي يومي الجمعة والسبت."
            => ["نقابات عدة|count|3|3..10|vague|نقابات"];
        weekend_holiday: "مروراً بتغيير الإجازة إلى يومي الجمعة والسبت، وصولاً إلى فرض الرسوم"
            => [];
        weekend_past: "وأقيمت الورشة يومي الجمعة والسبت الماضيين في القاعة"
            => ["الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|", "السبت الماضيين|date|2014-11-29|2014-11-29..2014-11-29|exact|"];
        weekly_pair: "ويكون استقبال اللاعبين من 6 وحتى 8 مساء من يومي الأحد والأربعاء أسبوعيا"
            => [];
        weekend_forecast: "وتتساقط زخات الأمطار الرعدية المتفرقة، وذلك يومي الجمعة والسبت بمشيئة الله."
            => ["الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|", "السبت|date|2014-11-29|2014-11-29..2014-11-29|exact|"];
        pair_dated: "وتعقد الدورة يومي الأحد والأربعاء في القاعة"
            => ["الأحد|date|2014-12-07|2014-12-07..2014-12-07|exact|", "الأربعاء|date|2014-12-10|2014-12-10..2014-12-10|exact|"];
        ramadan_yearly: "وأرسلت مجموعة من الأئمة لإمامة المصلين خاصة في شهر رمضان المبارك، وتوزيع 170 ألف نسخة سنويا من المصاحف"
            => ["170 ألف نسخة|count|170000|170000..170000|exact|copy"];
        ramadan_meeting: "وصادقت الجمعية العمومية على الاقتراح خلال اجتماعها السنوي في شهر رمضان بتوزيع أرباح نقدية"
            => ["شهر رمضان|date|2014-06-28/2014-07-27|2014-06-28..2014-07-27|exact|"];
        feast_greeting: "كل عام وأنتم بخير بحلول عيد الفطر المبارك، وأجمل حديث بالعيد سيكون عن أعز إنسان."
            => ["عيد الفطر المبارك|date|2014-07-28|2014-07-28..2014-07-28|exact|"];
        feast_this_year: "وبرغم تكرار هذه المشكلة كل عام إلا أنها في هذا العام تبدو أكبر مع أيام عيد الفطر"
            => ["هذا العام|date|2014|2014-01-01..2014-12-31|exact|", "عيد الفطر|date|2014-07-28|2014-07-28..2014-07-28|exact|"];
        ramadan_last_year: "ويعقد الحفل سنويا وقد أقيم في رمضان الماضي بحضور المسؤولين"
            => ["رمضان الماضي|date|2014-06-28/2014-07-27|2014-06-28..2014-07-27|exact|"];
        contrast_yesterday: "وارتفع المؤشر أمس بينما اليوم تراجع بنسبة طفيفة"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|", "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    }
}
