//! Initials, age classes and a Hijri «last year» (ar95), for [`super`].
//!
//! - [`initials`]: `وقعت بالأحرف الأولى على اتفاق`, `الأحرف الأولى من اسم`, `الحرف الأول من
//!   اسم الأب`: the first letter(s) of a name, or the initialling of a text, rank nothing.
//! - [`age_class`]: `المنتخب السعودي للناشئين مواليد 2000`: the year after `مواليد` that
//!   names a youth team's age class is a label, not a dated event (a person's `مواليد 1986`,
//!   his birth year, stays).
//! - [`hijri_last_year`]: `خلال شهر رمضان للعام الحالي 1436هـ ... مقارنة بالفترة ذاتها من
//!   العام الماضي`: a sentence that counts in Hijri years, the current one written, means
//!   the Hijri year before by `العام الماضي`, not the Gregorian one.

use super::ar79::last_token;
use super::ar93::text_date;
use super::hijri;
use super::tokens::Token;
use super::tokens::key_at as key;
use super::{Ctx, Kind, Recognized, Value};
use jiff::civil::Date;

/// The token that holds byte `b` (a claim may start after a proclitic).
fn token_of(tk: &[Token<'_>], b: usize) -> Option<usize> {
    let j = tk.partition_point(|t| t.end <= b);
    tk.get(j).filter(|t| t.start <= b).map(|_| j)
}

/// Drops the claims of `out[from..]` (one sentence) that are initials or age classes.
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
) {
    let tk = ctx.tokens;
    if let Some(p) = publication {
        for k in from..out.len() {
            hijri_last_year(tk, out, from, k, p);
        }
    }
    let mut k = from;
    while k < out.len() {
        let drop = match out[k].kind {
            Kind::Ordinal | Kind::Date => token_of(tk, out[k].byte_start).is_some_and(|a| {
                let z = last_token(tk, a, out[k].byte_end);
                if out[k].kind == Kind::Ordinal {
                    initials(tk, a, z)
                } else {
                    age_class(tk, a)
                }
            }),
            _ => false,
        };
        if drop {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Keys of «letter(s)», with the article or `ب`/`ل` + article.
const LETTERS: &[&str] = &[
    "الحرف",
    "الحروف",
    "الاحرف",
    "بالحرف",
    "بالحروف",
    "بالاحرف",
    "للحرف",
    "للحروف",
    "للاحرف",
];

/// `الأحرف الأولى`, `الحرف الأول`: the ordinal is the one word `الأول`/`الأولى` right after
/// a word for letters.
fn initials(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    a == z && a > 0 && matches!(key(tk, a), "الاول" | "الاولي") && LETTERS.contains(&key(tk, a - 1))
}

/// Keys of a youth team's age group, or of a team, right before `مواليد`.
const TEAMS: &[&str] = &[
    "للناشيين",
    "الناشيين",
    "ناشيين",
    "ناشيي",
    "للشباب",
    "للبراعم",
    "البراعم",
    "للاشبال",
    "الاشبال",
    "للاولمبي",
    "الاولمبي",
    "منتخب",
    "المنتخب",
    "لمنتخب",
    "فريق",
    "الفريق",
    "لفريق",
];

/// `للناشئين مواليد 2000`, `منتخب مواليد عام 1999`: a date right after `مواليد` (and `عام`)
/// that a word for a youth team or its age group precedes.
fn age_class(tk: &[Token<'_>], a: usize) -> bool {
    let mut j = a;
    if matches!(key(tk, j.wrapping_sub(1)), "عام" | "العام") {
        j -= 1;
    }
    j >= 2 && matches!(key(tk, j - 1), "مواليد" | "لمواليد") && TEAMS.contains(&key(tk, j - 2))
}

/// `العام الماضي` (`السابق`, `المنصرم`) after a claim, earlier in the sentence, of the
/// Hijri year that holds the publication date (`للعام الحالي 1436هـ`), and after no
/// written Gregorian year: the Hijri year before that one.
fn hijri_last_year(tk: &[Token<'_>], out: &mut [Recognized], from: usize, k: usize, p: Date) {
    if out[k].kind != Kind::Date {
        return;
    }
    let Some(a) = token_of(tk, out[k].byte_start) else {
        return;
    };
    if key(tk, a) != "العام"
        || !matches!(key(tk, a + 1), "الماضي" | "السابق" | "المنصرم")
        || last_token(tk, a, out[k].byte_end) != a + 1
    {
        return;
    }
    let mut current = None;
    for c in out[from..k].iter().filter(|c| c.kind == Kind::Date) {
        let (Some(lo), Some(hi)) = (
            c.low.as_ref().and_then(text_date),
            c.high.as_ref().and_then(text_date),
        ) else {
            continue;
        };
        let days = (hi - lo).get_days();
        if (lo.year(), lo.month(), lo.day()) == (hi.year(), 1, 1) && days >= 364 {
            return;
        }
        if (352..=355).contains(&days) && lo <= p && p <= hi {
            current = Some(lo);
        }
    }
    let Some(lo) = current else {
        return;
    };
    let (year, month, day) = hijri::from_gregorian(lo);
    if (month, day) != (1, 1) {
        return;
    }
    let (Some(start), Ok(end)) = (hijri::to_gregorian(year - 1, 1, 1), lo.yesterday()) else {
        return;
    };
    let c = &mut out[k];
    c.value = Value::Text(format!("{start}/{end}"));
    c.low = Some(Value::Text(start.to_string()));
    c.high = Some(Value::Text(end.to_string()));
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar95_initialled: "وقعت الأطراف الليبية بالأحرف الأولى على اتفاق سلام"
            => [];
        ar95_initials_of_name: "وقد تم اختيار الأحرف الأولى من اسم المعهد"
            => [];
        ar95_first_letter: "استخدام اسمك ثم الحرف الأول من اسم الأب"
            => [];
        ar95_first_round_stays: "وفاز الفريق في الدور الأول من البطولة"
            => ["الأول|ordinal|1|1..1|exact|"];
        ar95_youth_team: "يواجه المنتخب السعودي للناشئين مواليد 2000 نظيره الأردني"
            => [];
        ar95_hijri_last_year: "سجلت الشبكة خلال شهر محرم للعام الحالي 1436هـ نموا مقارنة بالفترة ذاتها من العام الماضي"
            => ["شهر محرم|date|2014-10-25/2014-11-22|2014-10-25..2014-11-22|exact|", "لعام الحالي 1436هـ|date|2014-10-25/2015-10-13|2014-10-25..2015-10-13|exact|", "العام الماضي|date|2013-11-04/2014-10-24|2013-11-04..2014-10-24|exact|"];
        ar95_gregorian_last_year_stays: "بلغت الأرباح 5 ملايين ريال عام 2013 مقارنة بالعام الماضي"
            => ["5 ملايين ريال|money|5000000|5000000..5000000|exact|riyal", "عام 2013|date|2013|2013-01-01..2013-12-31|exact|", "العام الماضي|date|2013|2013-01-01..2013-12-31|exact|"];
        ar95_birth_year_stays: "واللاعب مواليد 1987م لعب خلال مسيرته 305 مباريات"
            => ["1987م|date|1987|1987-01-01..1987-12-31|exact|", "305 مباريات|count|305|305..305|exact|match"];
    }
}
