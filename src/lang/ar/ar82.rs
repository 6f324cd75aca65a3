//! Arabic dates that were read wrongly (ar82), each found by hand in the corpus:
//!
//! - [`hijri_year_after`]: a dash before a Hijri year (`بليهد، -1377هـ= 1957م`, a death year
//!   with no birth year before it) is no minus sign: the number is the year, a date.
//! - [`written_date`]: a weekday set off by `؛` or a bracket before its own date (`في عدد
//!   يوم الجمعة؛ 17 يوليو 2015`, `يوم الخميس (6 أغسطس اب)`) is that date, when the date falls
//!   on the weekday; not the weekday nearest the publication.
//! - [`not_weekday`]: a weekday word that is no day: the city of Khamis Mushait (`خميس
//!   مشيط`, `بين مدينتي (أبها والخميس)`, `محافظة الخميس`), and `الاثنين` after a definite
//!   plural, "the two" (`المرشحين الاثنين عبدالعزيز الدوسري وخالد`, `المستوطنين الاثنين
//!   حاولا`).
//! - [`coming_before`]: a month after `القادم/المقبل في` (`في اجتماعه القادم في سبتمبر`) is
//!   the coming one, whatever the past bias would make of it.
//! - [`future_far`]: a weekday after a future verb farther than `dates::future_before`
//!   reaches, or one it takes for a noun (`سيناقش` is no `سيناء`), with only the verb's
//!   object between (`سيناقش نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء`): the
//!   coming weekday. Not a verb with an object pronoun, which tells of a noun before it
//!   (`كلمة سيلقيها في مقر الاتحاد الأفريقي الثلاثاء`, in a wire a few days late).
//! - [`shared_year`]: a month before `و`/`أو`/a dash and a later month with its year written
//!   (`مايو أيار ويونيو حزيران 1999`) is of that year, not the past-biased one.
//! - [`figurative_yesterday`]: `الأمس` next to `كان` or against `واليوم هو` is "the past"
//!   (`التي كانت بالأمس تبدو شاقة`), no date.
//!
//! Every look is bounded to a few tokens around one word.

use jiff::civil::{Date, Weekday};

use super::dates::{DateMatch, Grain, is_month_name, parse_at};
use super::tokens::{Token, punct, word};
use super::weekdays::key;

/// Whether the text after a number (`after`, from the byte after its last digit) starts
/// with the Hijri era `هـ`/`ه` as a word of its own, right after it or after one space: the
/// number is a Hijri year, and a dash before it no minus sign.
pub(crate) fn hijri_year_after(after: &str) -> bool {
    let rest = after.strip_prefix(' ').unwrap_or(after);
    let Some(rest) = rest.strip_prefix('ه') else {
        return false;
    };
    let rest = rest.trim_start_matches('ـ');
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The written date after the weekday `wd` ending at token `k - 1`, past a `؛` or an opening
/// bracket at `k`, read by `read` (a day's date); only when it falls on `wd`.
pub(super) fn written_date(
    tk: &[Token<'_>],
    k: usize,
    wd: Weekday,
    read: impl Fn(usize) -> Option<Date>,
) -> Option<Date> {
    if !punct(tk, k, &['؛', '(']) {
        return None;
    }
    tk.get(k + 1)?;
    read(k + 1).filter(|d| d.weekday() == wd)
}

/// Nouns of a place (keys, with their clitics) before a weekday that is a town's name.
const PLACES: &[&str] = &[
    "مدينه",
    "بمدينه",
    "لمدينه",
    "ومدينه",
    "مدينتي",
    "بمدينتي",
    "محافظه",
    "بمحافظه",
    "لمحافظه",
    "ومحافظه",
    "محافظتي",
    "بمحافظتي",
];

/// Whether the weekday at `i` is no day: a town (`خميس مشيط`, `مدينة الخميس`, `مدينتي (أبها
/// والخميس)`) or `الاثنين` after a definite plural ("the two").
pub(super) fn not_weekday(tk: &[Token<'_>], i: usize) -> bool {
    let k = key(tk, i);
    if key(tk, i + 1) == "مشيط" {
        return true;
    }
    if i == 0 {
        return false;
    }
    if PLACES.contains(&key(tk, i - 1)) {
        return true;
    }
    // `مدينتي (أبها والخميس)`, `محافظات أبها والخميس`: the second of two towns.
    if k.ends_with("خميس") && k.starts_with('و') && word(tk, i - 1).is_some() {
        let mut j = i - 1;
        if j >= 1 && punct(tk, j - 1, &['(', '«', '"']) {
            j -= 1;
        }
        if j >= 1 && (PLACES.contains(&key(tk, j - 1)) || key(tk, i - 1) == "ابها") {
            return true;
        }
    }
    // `المرشحين الاثنين`: a definite plural's «two».
    if k.ends_with("اثنين") && matches!(k, "الاثنين" | "والاثنين") {
        let p = key(tk, i - 1);
        let definite = ["ال", "وال", "بال", "لل", "فال"]
            .iter()
            .any(|a| p.strip_prefix(a).is_some_and(|r| r.chars().count() >= 4));
        return word(tk, i - 1).is_some()
            && definite
            && p.ends_with("ين")
            && !p.ends_with("اثنين")
            && !matches!(p, "اليومين" | "الماضيين" | "المقبلين" | "القادمين");
    }
    false
}

/// Whether the month at token `i` follows `القادم في`/`المقبلة خلال` (the coming meeting in
/// September): the coming month. Not after a year (`العام المقبل في سبتمبر` is a month of
/// another year).
pub(super) fn coming_before(tk: &[Token<'_>], i: usize) -> bool {
    i >= 3
        && matches!(key(tk, i - 1), "في" | "خلال")
        && matches!(key(tk, i - 2), "القادم" | "المقبل" | "القادمه" | "المقبله")
        && !matches!(
            key(tk, i - 3),
            "العام" | "عام" | "السنه" | "الشهر" | "الاسبوع" | "الموسم"
        )
}

/// Words that end the reach of a future verb before a weekday: a relative or a conjunction
/// starts a clause of its own (`سيناقش الاتفاق الذي وقع الثلاثاء`), a marker of the past or
/// of another day (`كان`, `قد`, `أمس`) dates the weekday otherwise.
pub(super) const BREAKS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللاتي",
    "اللواتي",
    "ما",
    "بعد",
    "بعدما",
    "منذ",
    "عندما",
    "حين",
    "حينما",
    "حيث",
    "اثر",
    "عقب",
    "لان",
    "كان",
    "وكان",
    "كانت",
    "وكانت",
    "قد",
    "وقد",
    "لقد",
    "امس",
    "اليوم",
    "غدا",
    "ان",
    "وان",
    "انه",
    "انها",
];

/// Stems that begin like a future verb (`سيـ`, `ستـ`) and are nouns or names.
const NOT_VERBS: &[&str] = &[
    "سيطر",
    "سياس",
    "سيار",
    "سيرج",
    "سيرغ",
    "ستاند",
    "سيناري",
    "سيناتور",
    "سينما",
    "سيري",
    "ستوك",
    "سياتل",
    "سيدني",
    "ستاد",
    "ستيف",
    "ستالين",
    "سيلفي",
    "سيمفون",
    "سيزار",
    "سيتي",
    "ستارز",
    "ستانل",
    "سيكولوج",
];

/// Whether `bare` (a key without `و`/`ف`; `text` its word as written) is a future verb:
/// `سيـ`/`ستـ` and an imperfect, not a noun or name of [`NOT_VERBS`].
pub(super) fn future_verb(bare: &str, text: &str) -> bool {
    (bare.starts_with("سي") || bare.starts_with("ست"))
        && !matches!(bare, "سينا" | "سيناء")
        && bare.chars().count() >= 5
        && (!bare.ends_with('ه') || super::ar86::root_ha(bare, text))
        && !bare.ends_with("ها")
        && !bare.ends_with("هم")
        && !bare.ends_with("ات")
        && !bare.ends_with("ين")
        && !bare.ends_with("ون")
        && !NOT_VERBS.iter().any(|p| bare.starts_with(p))
}

/// Whether a future verb (`سيـ`/`ستـ` and an imperfect) stands at most seven words before
/// the weekday at `i`, in the same clause (no mark but a comma, no [`BREAKS`]): `سيناقش
/// نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء`.
pub(super) fn future_far(tk: &[Token<'_>], i: usize) -> bool {
    let mut words = 0;
    for k in (i.saturating_sub(12)..i).rev() {
        let Some(t) = word(tk, k) else {
            return false;
        };
        let w = t.key.as_str();
        if super::ar86::cued_an(tk, k) {
            return true;
        }
        if BREAKS.contains(&w) {
            return false;
        }
        let bare = ["و", "ف"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with('س')))
            .unwrap_or(w);
        if future_verb(bare, t.text) {
            // The words before the verb: not a story told in the past, nor carried on
            // after `أنه` (`وأكد أنه سيراجعهم يوم الأحد`), nor a name after `قال`.
            let told = (k.saturating_sub(6)..k)
                .any(|j| matches!(key(tk, j), "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد"))
                || k.checked_sub(1).is_some_and(|j| {
                    matches!(
                        key(tk, j),
                        "انه"
                            | "انها"
                            | "انهم"
                            | "انهما"
                            | "قال"
                            | "وقال"
                            | "قالت"
                            | "وقالت"
                    )
                });
            return !told;
        }
        words += 1;
        if words > 7 {
            return false;
        }
    }
    false
}

/// `مايو أيار ويونيو حزيران 1999`, `مارس (آذار) وأبريل (نيسان) 2012`, `أبريل أو مايو عام
/// 2016`, `أغسطس - ديسمبر 2014`: a month with no year or modifier before `و`/`أو`/a dash
/// and a later month of the same year with its year written is of that year. (A later
/// month before an earlier one, `ديسمبر ويناير 2015`, may straddle years: left alone.)
pub(super) fn shared_year(tk: &[Token<'_>], d: &mut DateMatch, publication: Option<Date>) {
    if d.grain != Grain::Month || d.explicit {
        return;
    }
    // The month's last word is its name (`مايو أيار`, `(أيار)`), not a modifier.
    let named = |j: usize| tk.get(j).is_some_and(is_month_name);
    let closed = punct(tk, d.last, &[')']) && d.last >= 1 && named(d.last - 1);
    if !(named(d.last) || closed) {
        return;
    }
    let mut j = d.last + 1;
    if matches!(key(tk, j), "او" | "أو") || punct(tk, j, &['-', '–']) {
        j += 1;
    } else if !key(tk, j).starts_with('و') {
        return;
    }
    let Some(next) = parse_at(tk, j, publication) else {
        return;
    };
    if next.grain != Grain::Month
        || !next.explicit
        || next.date.month() < d.date.month()
        || next.date.year() == d.date.year()
    {
        return;
    }
    if let Ok(first) = Date::new(next.date.year(), d.date.month(), 1) {
        d.date = first;
        d.last_day = first.last_of_month();
        d.explicit = true;
    }
}

/// Forms of `كان` (keys) that, next to `الأمس`, make it "the past" (`التي كانت بالأمس تبدو
/// شاقة`, `بالأمس كانوا خداما لضيوف الرحمن`); not the first person, a writer's own
/// yesterday (`بالأمس كنت أتفرج على عمائر`).
const KANA: &[&str] = &["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"];

/// Whether `الأمس` at token `i` is "the past", no date: with `كان` right before or after
/// it (not the existential `بالأمس كان هناك لقاء`), or set against a present `واليوم هو`
/// (`كان يعيش بيننا بالأمس واليوم هو يقاتل`).
pub(super) fn figurative_yesterday(tk: &[Token<'_>], i: usize) -> bool {
    let k = key(tk, i);
    if !k.ends_with("الامس") || !matches!(k, "الامس" | "بالامس" | "وبالامس" | "فالامس")
    {
        return false;
    }
    let before = i >= 1 && KANA.contains(&key(tk, i - 1));
    let after = KANA.contains(&key(tk, i + 1)) && key(tk, i + 2) != "هناك";
    let contrast = key(tk, i + 1) == "واليوم" && matches!(key(tk, i + 2), "هو" | "هي" | "هم");
    before || after || contrast
}

#[cfg(test)]
mod tests {
    use crate::lang::table::claims_on;
    use crate::model::Lang;

    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        dashed_hijri_year: "(محمد بن عبدالله بن بليهد، -1377هـ= 1957م)"
            => ["1377هـ|date|1957-07-28/1958-07-17|1957-07-28..1958-07-17|exact|", "1957م|date|1957|1957-01-01..1957-12-31|exact|"];
        minus_stays: "انخفضت درجة الحرارة إلى -5 درجات" => ["-5 درجات|count|-5|-5..-5|exact|degree"];
        khamis_city_pair: "الطريق بين مدينتي (أبها والخميس) مزدحم" => [];
        khamis_mushait: "وصل إلى خميس مشيط" => [];
        khamis_governorate: "في محافظة الخميس" => [];
        the_two_candidates: "قال إن المرشحين الاثنين عبدالعزيز الدوسري وخالد الدبل" => [];
        monday_after_plural: "أعلن المسؤولون الاثنين أن" => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        shared_year_pair: "في مايو أيار ويونيو حزيران 1999" => ["مايو أيار|date|1999-05|1999-05-01..1999-05-31|exact|", "يونيو حزيران 1999|date|1999-06|1999-06-01..1999-06-30|exact|"];
        shared_year_or: "في أبريل (نيسان) أو مايو عام 2016" => ["أبريل (نيسان) أو مايو عام 2016|date|2016-04-01/2016-05-31|2016-04-01..2016-05-31|exact|"];
        shared_year_not_back: "في ديسمبر ويناير 2012" => ["ديسمبر|date|2014-12|2014-12-01..2014-12-31|exact|", "يناير 2012|date|2012-01|2012-01-01..2012-01-31|exact|"];
        shared_year_not_modified: "في مايو الماضي ويونيو 1999" => ["مايو الماضي|date|2014-05|2014-05-01..2014-05-31|exact|", "يونيو 1999|date|1999-06|1999-06-01..1999-06-30|exact|"];
        figurative_yesterday: "المشاوير التي كانت بالأمس تبدو شاقة" => [];
        figurative_contrast: "كان يعيش بيننا بالأمس واليوم هو يقاتل" => [];
        literal_yesterday_there_was: "بالأمس كان هناك لقاء مع الوزير" => ["الأمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        // (`على أن` before a noun is no schedule: the past Monday.)
        ala_an_noun_monday: "مشددا على أن المرشحين فازوا الاثنين" => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
    }

    #[test]
    fn weekday_takes_its_written_date() {
        assert_eq!(
            claims_on(
                Lang::Ar,
                "في عدد يوم الجمعة؛ 17 يوليو 2015 لصحيفة المدينة",
                (2015, 8, 7)
            ),
            [
                "يوم الجمعة|date|2015-07-17|2015-07-17..2015-07-17|exact|",
                "17 يوليو 2015|date|2015-07-17|2015-07-17..2015-07-17|exact|"
            ]
        );
        // A date on another weekday is not the weekday's.
        assert_eq!(
            claims_on(
                Lang::Ar,
                "في عدد يوم الجمعة؛ 18 يوليو 2015 لصحيفة المدينة",
                (2015, 8, 7)
            )[0],
            "يوم الجمعة|date|2015-08-07|2015-08-07..2015-08-07|exact|"
        );
    }

    #[test]
    fn coming_month_after_coming_meeting() {
        assert_eq!(
            claims_on(
                Lang::Ar,
                "يتجه لرفع أسعار الفائدة ربما في اجتماعه القادم في سبتمبر أيلول",
                (2015, 7, 31)
            ),
            ["سبتمبر أيلول|date|2015-09|2015-09-01..2015-09-30|exact|"]
        );
    }

    #[test]
    fn far_future_verb() {
        let c = claims_on(
            Lang::Ar,
            "وقالت الشركة اليوم إن مجلس إدارتها سيناقش نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء.",
            (2015, 8, 2),
        );
        assert_eq!(
            c.last().map(String::as_str),
            Some("يوم الثلاثاء|date|2015-08-04|2015-08-04..2015-08-04|exact|")
        );
        // A relative clause between: its own time.
        let c = claims_on(
            Lang::Ar,
            "وسيناقش المجلس نتائج الاتفاق الذي وقعه الطرفان يوم الثلاثاء.",
            (2015, 8, 2),
        );
        assert_eq!(
            c.last().map(String::as_str),
            Some("يوم الثلاثاء|date|2015-07-28|2015-07-28..2015-07-28|exact|")
        );
    }
}
