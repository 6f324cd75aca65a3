//! Errors of the judged Arabic samples 71–74 (ar104): posts named by an ordinal, the
//! early ones of a plural, month pairs with a dash, `هذا الشهر` looking back, and `عنصر`
//! as an element.
//!
//! Before a claim is read ([`not_a_claim`]):
//! - `وأما الحكم الرابع فهو كيفن فرند`, `اختير كيفن فرند كحكم رابع`, `قاد اللقاء كحكم ثان`
//!   (the fourth official, the second referee), `السكرتير الثالث في السفارة` (a diplomat's
//!   grade): the ordinal is part of a post's name, nothing is ranked; the tool reads no
//!   claim ([`post`]). (`ونفذ الحكم الثاني بالقتل`, the second sentence carried out, stays.)
//! - `في المراحل الأولى لبطولة دوري أبطال أوروبا`, `منذ مراحلها الأولى`, `سنواته الأولى`,
//!   `في أيامه الأولى`, `في مراحل البناء الأولى`, `منذ ساعات الإغلاق الأولى`: `الأولى`
//!   after a plural (definite, with a pronoun, or heading a construct) means «the early
//!   ones», and ranks nothing: no claim ([`early`]). A plural with a cardinal (`الأشهر
//!   الثلاثة الأولى`) is read elsewhere, and `ثلاث مراحل الأولى بدأت …` (indefinite, the
//!   first of a list) and `المراحل الأولى والثانية` (a list of ranks) stay.
//!
//! After a sentence's claims are read ([`retune`]):
//! - `خلال شهري يونيو - يوليو 2015`, `خلال الفترة سبتمبر-نوفمبر من هذا العام`, `الفترة
//!   «يناير - فبراير 2015»`: two different months joined by a dash after `شهري`,
//!   `الفترة`, `الأشهر` are one period over both months (`2015-06-01/2015-07-31`), not the
//!   first month alone ([`dash_pair`]). `نيسان - إبريل` (one month in its two names) and a
//!   list `حزيران - تموز - اب` stay.
//! - `ارتفاع قيمة الصفقات المبرمة في يوليو … لتسجل عمليات الدمج هذا الشهر سابع أعلى
//!   مستوى` (published 2015-08-01): in the first three days of a month, `هذا الشهر` in a
//!   sentence that names the month before (and not the month under way) is that month,
//!   2015-07 ([`this_month`]).
//! - `الأمر يعود لعنصرين مهمين`, `بالعنصرين الرئيسيين لأي مشروع`, `3 عناصر للنجاح`,
//!   `عناصر عدة فكرية وأدبية`: `عنصر` with an adjective of importance or kind is an element
//!   or factor, not a member or fighter: the unit becomes the noun `عنصر` (`عناصر`)
//!   ([`element`]). `قتل 15 عنصرا من تنظيم داعش` stays a member.

use super::ar93::{last_of, text_date, token_of};
use super::dates::{self, Grain};
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, word};
use super::{Ctx, Kind, Recognized, Value};
use jiff::civil::Date;
use std::sync::LazyLock;

/// An ordinal at token `i` that is part of a post's name or means «the early ones» (see
/// the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    post(tokens, i).or_else(|| early(tokens, i))
}

/// Whether a stem pair (proclitic, stem) is definite, and the stem without the article.
fn definite<'s>(pre: &str, s: &'s str) -> (bool, &'s str) {
    match s.strip_prefix("ال") {
        Some(body) => (true, body),
        None => (pre.ends_with("ال") || pre.ends_with("لل"), s),
    }
}

/// `الحكم الرابع`, `كحكم رابع`, `كحكم ثان`, `السكرتير الثالث`: an ordinal after the title
/// of a match official or a diplomat's grade, agreeing in definiteness.
fn post(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let o = ordinals::parse_at(tokens, i).filter(|o| o.first == i && o.last == i && !o.cardinal)?;
    let the = key(tokens, i).starts_with("ال");
    let p = i.checked_sub(1)?;
    // `ونفذ الحكم الثاني بالقتل`: a sentence (judgment) carried out.
    if key(tokens, i + 1).starts_with("بال") {
        return None;
    }
    let named = word(tokens, p)?.stems().any(|(pre, s)| {
        let (def, body) = definite(pre, s);
        if def != the || !matches!(pre, "" | "و" | "ك" | "وك" | "ال" | "وال" | "ف" | "فال")
        {
            return false;
        }
        match body {
            // The fourth official, always; a second or third referee «as» one.
            "حكم" => o.value == 4 || (pre.ends_with('ك') && matches!(o.value, 2 | 3)),
            // First, second, third secretary of an embassy.
            "سكرتير" => (1..=3).contains(&o.value),
            _ => false,
        }
    });
    named.then_some(i + 1)
}

/// Plurals (keys) whose early ones `الأولى` names: `المراحل الأولى`, `أيامه الأولى`.
static EARLY_PLURALS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "مراحل",
        "أيام",
        "أشهر",
        "شهور",
        "أعوام",
        "سنين",
        "سنوات",
        "عقود",
        "أدوار",
        "مراتب",
        "مراكز",
        "عروض",
        "أسابيع",
        "دقائق",
        "أسطر",
        "سطور",
        "ساعات",
        "لحظات",
        "خطوات",
        "بدايات",
        "حلقات",
        "جولات",
    ]
    .iter()
    .map(|w| crate::normalize::key(w))
    .collect()
});

fn early_plural(s: &str) -> bool {
    EARLY_PLURALS.iter().any(|p| p == s)
}

/// Pronoun suffixes (keys) of a possessed plural: `مراحلها`, `أيامه`, `سنواتهم`.
const SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "هن", "نا", "كم"];

/// `المراحل الأولى`, `مراحلها الأولى`, `مراحل البناء الأولى`, `الأشهر القليلة الأولى`:
/// `الأولى` after a plural of [`EARLY_PLURALS`] is «the early ones».
fn early(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if key(tokens, i) != "الاولي" {
        return None;
    }
    // `المراحل الأولى والثانية`: a list of ranks.
    let next = key(tokens, i + 1);
    if next.starts_with("وال") && ordinals::may_be_ordinal(tokens.get(i + 1)?) {
        return None;
    }
    let p = i.checked_sub(1)?;
    let proclitic = |pre: &str| matches!(pre, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب");
    let possessed_or_definite = |k: usize| {
        word(tokens, k).is_some_and(|w| {
            w.stems().any(|(pre, s)| {
                let (def, body) = definite(pre, s);
                (def && early_plural(body))
                    || (!def
                        && proclitic(pre)
                        && SUFFIXES
                            .iter()
                            .any(|x| s.strip_suffix(x).is_some_and(early_plural)))
            })
        })
    };
    if possessed_or_definite(p) {
        return Some(i + 1);
    }
    // `الأشهر القليلة الأولى`.
    if key(tokens, p) == "القليله" && p.checked_sub(1).is_some_and(possessed_or_definite) {
        return Some(i + 1);
    }
    // `مراحل البناء الأولى`, `ساعات الإغلاق الأولى`: an indefinite plural, then a definite
    // masculine noun it is in construct with (a feminine one, `أيام الدورة الأولى`, may be
    // what `الأولى` agrees with).
    let genitive = word(tokens, p).is_some_and(|w| {
        w.key.starts_with("ال") && !w.key.ends_with('ه') && !w.key.ends_with("ات")
    });
    let head = p
        .checked_sub(1)
        .and_then(|h| word(tokens, h))
        .is_some_and(|w| {
            w.stems()
                .any(|(pre, s)| proclitic(pre) && !s.starts_with("ال") && early_plural(s))
        });
    (genitive && head).then_some(i + 1)
}

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_of(tk, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, out[k].byte_end);
        match out[k].kind {
            Kind::Date => {
                dash_pair(tk, out, k, (a, z), publication);
                if let Some(p) = publication {
                    this_month(tk, out, from, k, a, p);
                }
            }
            Kind::Count => element(tk, &mut out[k], z),
            _ => {}
        }
        k += 1;
    }
}

fn is_punct(tk: &[Token<'_>], j: usize, cs: &[char]) -> bool {
    matches!(tk.get(j).map(|t| &t.kind), Some(TokenKind::Punct(c)) if cs.contains(c))
}

/// Whether a claim's value is a month (`2015-06`).
fn month_value(c: &Recognized) -> bool {
    c.kind == Kind::Date && matches!(&c.value, Value::Text(s) if s.len() == 7)
}

/// `شهري يونيو - يوليو 2015`: merges month claim `k` (tokens `a..=z`) and the other month
/// after a dash into one period.
fn dash_pair(
    tk: &[Token<'_>],
    out: &mut Vec<Recognized>,
    k: usize,
    (a, z): (usize, usize),
    publication: Option<Date>,
) {
    if !month_value(&out[k]) || !is_punct(tk, z + 1, &['-', '–']) {
        return;
    }
    let opener = |j: usize| {
        matches!(
            key(tk, j),
            "شهري"
                | "لشهري"
                | "وشهري"
                | "بشهري"
                | "الشهرين"
                | "الفتره"
                | "للفتره"
                | "الاشهر"
        )
    };
    let opened = a.checked_sub(1).is_some_and(|p| {
        opener(p) || (is_punct(tk, p, &['«', '(', '"']) && p > 0 && opener(p - 1))
    });
    if !opened {
        return;
    }
    let j = z + 2;
    let Some(m2) = dates::gregorian_month(tk, j) else {
        return;
    };
    let Some(lo) = out[k].low.as_ref().and_then(text_date) else {
        return;
    };
    let m1 = lo.month();
    if m1 == m2 as i8 {
        return;
    }
    // A list of three months (`حزيران - تموز - اب`) is no pair.
    let Some(second) = dates::parse_at(tk, j, publication) else {
        return;
    };
    if second.grain != Grain::Month
        || second.date.month() != m2 as i8
        || is_punct(tk, second.last + 1, &['-', '–'])
    {
        return;
    }
    let (y1, y2) = if second.explicit {
        let y2 = second.date.year();
        (if m1 < m2 as i8 { y2 } else { y2 - 1 }, y2)
    } else {
        let y1 = lo.year();
        (y1, if (m2 as i8) > m1 { y1 } else { y1 + 1 })
    };
    let (Ok(lo), Ok(hi)) = (Date::new(y1, m1, 1), Date::new(y2, m2 as i8, 1)) else {
        return;
    };
    let hi = hi.last_of_month();
    if (hi - lo).get_days() > 366 {
        return;
    }
    let (s, e) = (tk[j].start, tk[second.last].end);
    let c = &mut out[k];
    c.byte_end = c.byte_end.max(e);
    c.value = Value::Text(format!("{lo}/{hi}"));
    c.low = Some(Value::Text(lo.to_string()));
    c.high = Some(Value::Text(hi.to_string()));
    let mut n = k + 1;
    while n < out.len() {
        if out[n].byte_start < e && out[n].byte_end > s {
            out.remove(n);
        } else {
            n += 1;
        }
    }
}

/// `هذا الشهر` (claim `k` at token `a`) read as the month under way in the first three
/// days of a month, in a sentence that names the month before and not this one: the month
/// before.
fn this_month(tk: &[Token<'_>], out: &mut [Recognized], from: usize, k: usize, a: usize, p: Date) {
    if p.day() > 3 || key(tk, a) != "هذا" || key(tk, a + 1) != "الشهر" {
        return;
    }
    let this = p.first_of_month();
    if out[k].low.as_ref().and_then(text_date) != Some(this) {
        return;
    }
    let Ok(before) = this.yesterday().map(|d| d.first_of_month()) else {
        return;
    };
    let within = |c: &Recognized, m: Date| {
        c.kind == Kind::Date
            && c.low.as_ref().and_then(text_date).is_some_and(|l| l >= m)
            && c.high
                .as_ref()
                .and_then(text_date)
                .is_some_and(|h| h <= m.last_of_month())
    };
    let others = out[from..]
        .iter()
        .enumerate()
        .filter(|&(n, _)| from + n != k);
    let mut named_before = false;
    for (_, c) in others {
        if within(c, this) {
            return;
        }
        named_before |= within(c, before);
    }
    if !named_before {
        return;
    }
    let c = &mut out[k];
    c.value = Value::Text(format!("{:04}-{:02}", before.year(), before.month()));
    c.low = Some(Value::Text(before.to_string()));
    c.high = Some(Value::Text(before.last_of_month().to_string()));
}

/// `لعنصرين مهمين`, `3 عناصر للنجاح`: a count of `عنصر` (last token `z`) with an adjective
/// of importance or kind after it counts elements, not members.
fn element(tk: &[Token<'_>], c: &mut Recognized, z: usize) {
    if c.unit.as_deref() != Some("member") {
        return;
    }
    let noun = key(tk, z);
    let plural = noun.contains("عناصر");
    if !plural && !noun.contains("عنصر") {
        return;
    }
    let next = key(tk, z + 1);
    let adj = next.strip_prefix("ال").unwrap_or(next);
    let important = ["رييس", "اساسي", "مهم", "هام", "ضروري"]
        .iter()
        .any(|w| adj.starts_with(w))
        || next == "للنجاح"
        || (next == "عده" && key(tk, z + 2).ends_with("يه"));
    if important {
        c.unit = Some(if plural { "عناصر" } else { "عنصر" }.to_string());
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        fourth_official: "ومايك مولركي مساعد أول، وأما الحكم الرابع فهو كيفن فرند." => [];
        as_fourth_official: "بينما اختير كيفن فرند كحكم رابع." => [];
        as_second_referee: "بعد ان قاد لقاء البحرين والعراق كحكم ثان وظهر بمستوى مميز." => [];
        third_secretary: "وقال صلاح العواضي السكرتير الثالث في السفارة اليمنية بالرياض" => [];
        second_sentence_stays: "ونفذ الحكم الثاني بالقتل تعزيراً بمدينة جدة"
            => ["الثاني|ordinal|2|2..2|exact|"];
        early_stages: "بعد معرفة المنافسين المحتملين في المراحل الأولى لبطولة دوري أبطال أوروبا." => [];
        early_stages_her: "وتبنت منذ مراحلها الأولى منهج العنف" => [];
        early_years_his: "كان يعيش سنواته الأولى مع مانشستر يونايتد" => [];
        early_building_stages: "بأسعار مناسبة في مراحل البناء الأولى." => [];
        stages_list_stays: "تطوير المراحل الأولى والثانية من المشروع"
            => ["الأولى|ordinal|1|1..1|exact|", "الثانية|ordinal|2|2..2|exact|"];
        first_stage_stays: "قبل إنهاء المرحلة الأولى من المعسكر"
            => ["الأولى|ordinal|1|1..1|exact|"];
        session_days_stays: "في أيام الدورة الأولى للمجلس"
            => ["الأولى|ordinal|1|1..1|exact|"];
        months_dash: "تحقيق إنجاز غير مسبوق خلال شهري يونيو - يوليو 2015"
            => ["يونيو - يوليو 2015|date|2015-06-01/2015-07-31|2015-06-01..2015-07-31|exact|"];
        period_dash: "ويتم توريدها خلال الفترة سبتمبر-نوفمبر من هذا العام"
            => ["سبتمبر-نوفمبر من هذا العام|date|2014-09-01/2014-11-30|2014-09-01..2014-11-30|exact|"];
        month_two_names_stays: "طردت من ريف إدلب على يد جبهة النصرة في نيسان - إبريل."
            => ["نيسان - إبريل|date|2014-04|2014-04-01..2014-04-30|exact|"];
        two_elements: "لكن في نظري الأمر يعود لعنصرين مهمين، الأول الخبرة"
            => ["لعنصرين|count|2|2..2|exact|عنصر"];
        members_stay: "قتل 15 عنصرا من تنظيم داعش الإرهابي اليوم"
            => ["15 عنصرا|count|15|15..15|exact|member", "اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    }

    fn on(text: &str, date: (i16, i8, i8)) -> Vec<String> {
        crate::lang::table::claims_on(crate::model::Lang::Ar, text, date)
            .into_iter()
            .filter(|c| c.contains("|date|"))
            .collect()
    }

    #[test]
    fn this_month_is_the_month_named() {
        let s = "أدى ذلك إلى ارتفاع قيمة الصفقات العالمية المبرمة في يوليو لأكثر من 430 مليار \
                 دولار لتسجل عمليات الدمج والاستحواذ هذا الشهر سابع أعلى مستوى شهري لها.";
        let got = on(s, (2015, 8, 1));
        assert!(
            got.iter()
                .any(|c| c.starts_with("هذا الشهر|") && c.contains("2015-07")),
            "{got:?}"
        );
        // Later in the month, `هذا الشهر` is the month under way.
        let got = on(s, (2015, 8, 12));
        assert!(
            got.iter()
                .any(|c| c.starts_with("هذا الشهر|") && c.contains("2015-08")),
            "{got:?}"
        );
    }

    #[test]
    fn this_month_without_last_month_stays() {
        let s = "ويتوقع أن ترتفع المبيعات هذا الشهر بنسبة كبيرة.";
        let got = on(s, (2015, 8, 1));
        assert!(
            got.iter()
                .any(|c| c.starts_with("هذا الشهر|") && c.contains("2015-08")),
            "{got:?}"
        );
    }
}
