//! Units and values of the judged Arabic samples 91–98 (ar133).
//!
//! - A measure in tons or metres whose figure is one to three digits, a dot and three digits
//!   ending in zero, with no scale word: `اليابان تطلق اكبر ناقلة نفط في العالم وزنها 84.730
//!   طنا`, `ممشى يمتد لمسافة 1.200 متر`, `تبلغ 6.530 متراً مربعاً`. The tool kept the
//!   decimal (84.73 tons) since ar129 groups thousands in a measure only in brackets; a true
//!   decimal of three places is not written with a trailing zero (`84.73`), so the dot groups
//!   thousands: 84,730 tons. Only for tons, metres, square and cubic metres (the corpus's
//!   `584.376 طنا` of dates, 194,792 cartons of 3 kg, is a real decimal and has no trailing
//!   zero; `16.200 كم` of a road and `43.800 كيلو جرام` stay decimals). See [`thousands_dot`].
//! - `قضية`/`قضايا` is a court case only in the language of courts and crime; a vague or
//!   spelled-out count of them in a sentence with no word of courts, charges, crime or
//!   lawsuits is a count of issues: `في سياق هاتين القضيتين`, `مناقشة عدة قضايا`, `هناك
//!   قضيتين هنا`. The tool gave unit `court_case`; it is now `issue`. A count written in
//!   digits (`58 قضية` in court statistics) or any count near `محكمة`, `دعوى`, `متهم`,
//!   `تهريب`, `العدل`… stays a court case. See [`issues`].
//! - A range written high end first with a dash and no scale word: `مستويات 8,500 - 8,000
//!   نقطة`, `منطقة 47-46 دولارا`. The tool dropped the first figure and gave exactly 8,000;
//!   it is now the range 8,000–8,500 points, as ar129 reads `55-50 ألف سيارة`. Only when the
//!   first figure is larger by at most a tenth, both are ten or more, and the sentence is not
//!   about a match (`بنتيجة 63-35 نقطة`, `7 - 6 بضربات الترجيح` stay). See [`high_first`].
//! - A range before an unknown counted noun: `يملك كل منهم من 2 إلى 9 صكوك`. The tool gave
//!   the bare range 2–9 since the noun was checked against the low end (2 takes a dual or
//!   follows its noun); it is now checked against the high end, so the range counts `صكوك`
//!   (also `من خمس إلى ثمان ثمار`, `نصف الى 3 تسلا`). A range from 1300 up (years: `بين
//!   1854 و1863 طويلًا`) keeps the low end's check and stays a date (in `mod.rs`, where the
//!   counted noun is read).
//! - Function words never a counted noun (added to [`super::ar79::never_unit`]): `تحتاج إلى
//!   160 مليارا لكي تعيد` (`لكي`, `كي`, `لكن`, `لكنه`, `لأن`, `بشكل`, `سواء`, `عدم`): the
//!   number keeps an empty unit.

use super::Ctx;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Units (concepts) whose three-decimal figure ending in zero groups thousands.
const DOT_MEASURES: &[&str] = &["ton", "meter", "square_meter", "cubic_meter"];

/// Whether the measure figure at token `first` (of unit `concept`) groups thousands:
/// `84.730 طنا` is 84,730 tons (see the module doc).
pub(super) fn thousands_dot(tokens: &[Token<'_>], first: usize, concept: &str) -> bool {
    if !DOT_MEASURES.contains(&concept) {
        return false;
    }
    let Some((_, frac)) = tokens[first].text.split_once('.') else {
        return false;
    };
    frac.chars().count() == 3
        && frac
            .chars()
            .last()
            .is_some_and(|c| c.to_digit(10) == Some(0))
}

/// Words (raw stems) of courts, charges, crime and lawsuits: a `قضية` near one is a court case.
const LEGAL_CUES: &[&str] = &[
    "محكم",
    "محاكم",
    "دعو",
    "دعاو",
    "قضائ",
    "حكم",
    "أحكام",
    "احكام",
    // (Not a bare `تهم`: the pronoun ending `ـتهم` of `وترقيتهم`, `حياتهم`.)
    " تهم",
    "التهم",
    "بتهم",
    "متهم",
    "اتهام",
    "إتهام",
    "نياب",
    "ادعاء",
    "سجن",
    "جنائ",
    "جريم",
    "جرائم",
    "تحقيق",
    "شرط",
    "قاض",
    "قضاة",
    "عقوب",
    "عوقب",
    "ذمة",
    "مظالم",
    "سرق",
    "تهريب",
    "تحرش",
    "قتل",
    "ضبط",
    "العدل",
    "جمارك",
    "جمركي",
    "منازعات",
    "شرعي",
    "محام",
    "مخالف",
    "إحصائي",
    "احصائي",
    "طلاق",
    "خلع",
    "عقوق",
    "نسب",
    "عضل",
    "مطالب",
    "المنظورة",
    "مرفوع",
];

/// Re-reads the units of the sentence's claims from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    issues(ctx, out, from);
    high_first(ctx, out, from);
}

/// Words of a match result (raw stems): `63-35 نقطة` after one is a score, not a range.
const SCORE_CUES: &[&str] = &[
    "نتيجة",
    "بنتيجة",
    "تغلب",
    "فاز",
    "فوز",
    "مباراة",
    "مباريات",
    "هزم",
    "تعادل",
    "ضربات",
    "الشوط",
    "سلة",
    "السلة",
    "اللقاء",
];

/// Whether a token is a dash.
fn dash(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('-' | '–' | '—'))
}

/// `مستويات 8,500 - 8,000 نقطة`, `منطقة 47-46 دولارا`: an exact count or amount right after
/// a dash and a larger figure (at most a tenth more, both ten or more) that stands alone is a
/// range written high end first (the lower end first in the value). Not in a sentence of a
/// match (`بنتيجة 63-35 نقطة`, `5 - 4 بضربات الترجيح`).
fn high_first(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    // The sentence-wide cue scan runs only for a claim that passes the token tests.
    let mut score: Option<bool> = None;
    let tokens = ctx.tokens;
    for c in out.iter_mut().skip(from) {
        if !matches!(c.kind, Kind::Count | Kind::Money) || c.qualifier != Qualifier::Exact {
            continue;
        }
        let Value::Number(v) = c.value else { continue };
        let Some(a) = super::ar93::token_of(tokens, c.byte_start) else {
            continue;
        };
        if tokens[a].number().is_none() {
            continue;
        }
        // `47-46`: the dash read as the low end's sign; `8,500 - 8,000`: a dash of its own.
        let glued = tokens[a].start < c.byte_start && tokens[a].text.starts_with(['-', '–']);
        let h = if glued {
            a.checked_sub(1)
        } else if a >= 2 && dash(&tokens[a - 1]) {
            Some(a - 2)
        } else {
            None
        };
        let Some(h) = h else { continue };
        let Some(n) = tokens[h].number() else {
            continue;
        };
        if v < 10.0 || n <= v || n > 1.1 * v {
            continue;
        }
        if h > 0 && (tokens[h - 1].number().is_some() || dash(&tokens[h - 1])) {
            continue;
        }
        if h > 0 && matches!(tokens[h - 1].kind, TokenKind::Punct('/' | ':')) {
            continue;
        }
        if *score.get_or_insert_with(|| SCORE_CUES.iter().any(|cue| ctx.text.contains(cue))) {
            return;
        }
        c.byte_start = tokens[h].start;
        c.qualifier = Qualifier::Range;
        c.low = Some(Value::Number(v));
        c.high = Some(Value::Number(n));
    }
}

/// `في سياق هاتين القضيتين`: a court-case count written without digits in a sentence with no
/// legal word counts issues.
fn issues(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    // The sentence-wide cue scan runs only when there is a court case to re-read.
    if !out
        .iter()
        .skip(from)
        .any(|c| c.unit.as_deref() == Some("court_case"))
        || LEGAL_CUES.iter().any(|cue| ctx.text.contains(cue))
    {
        return;
    }
    for c in out.iter_mut().skip(from) {
        if c.unit.as_deref() != Some("court_case") {
            continue;
        }
        let text = ctx
            .text
            .get(c.byte_start.saturating_sub(ctx.base)..c.byte_end.saturating_sub(ctx.base))
            .unwrap_or("");
        if text.chars().any(|ch| ch.is_numeric()) {
            continue;
        }
        c.unit = Some("issue".to_string());
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        tons_trailing_zero: "اليابان تطلق اكبر ناقلة نفط في العالم وزنها 84.730 طنا وطولها 234 مترا"
            => ["84.730 طنا|count|84730|84730..84730|exact|ton",
                "234 مترا|count|234|234..234|exact|meter"];
        tons_real_decimal_stays: "محملة 194.792 كرتونا تزن 584.376 طناً من أصناف التمور"
            => ["194.792 كرتونا|count|194792|194792..194792|exact|كرتون",
                "584.376 طناً|count|584.376|584.376..584.376|exact|ton"];
        metres_trailing_zero: "ممشى يمتد لمسافة 1.200 متر، ويحتوي"
            => ["1.200 متر|count|1200|1200..1200|exact|meter"];
        km_trailing_zero_stays: "طريق الباحة الحزم المطار بطول 16.200 كم تم الانتهاء منها"
            => ["16.200 كم|count|16.2|16.2..16.2|exact|kilometer"];
        issues_without_court: "لن أناقش الحجج التي استعملت في سياق هاتين القضيتين أو غيرهما."
            => ["القضيتين|count|2|2..2|exact|issue"];
        several_issues: "بالإضافة إلى مناقشة عدة قضايا تعنى بالعمل التطوعي"
            => ["عدة قضايا|count|3|3..10|vague|issue"];
        court_cases_stay: "فيما سجلت محاكم المدينة المنورة ست قضايا"
            => ["ست قضايا|count|6|6..6|exact|court_case"];
        digit_cases_stay: "حيث بلغ عددها 58 قضية، تليها المنطقة الشرقية"
            => ["58 قضية|count|58|58..58|exact|court_case"];
        high_end_first: "قد يدفع السوق لملامسة مستويات 8,500 - 8,000 نقطة هو الأرجح"
            => ["8,500 - 8,000 نقطة|count|8000|8000..8500|range|point"];
        high_end_first_glued: "فنياً فإن المحافظة على منطقة 47-46 دولارا للبرميل يعني"
            => ["47-46 دولارا|money|46|46..47|range|usd"];
        score_stays: "تغلب المنتخب على نظيره الجزائري بنتيجة 63-60 نقطة في مباراته"
            => ["60 نقطة|count|60|60..60|exact|point"];
        range_takes_noun: "يملك كل منهم من 2 إلى 9 صكوك، بينما"
            => ["من 2 إلى 9 صكوك|count|2|2..9|range|صكوك"];
        year_range_stays: "لم يعش سعيد باشا والي مصر والسودان بين 1854 و1863 طويلًا ليشهد"
            => ["بين 1854 و1863|date|1854-01-01/1863-12-31|1854-01-01..1863-12-31|exact|"];
        conjunction_not_unit: "إن اليونان تحتاج إلى 160 مليارا لكي تعيد بناء اقتصادها"
            => ["160 مليارا|number|160000000000|160000000000..160000000000|exact|"];
    }
}
