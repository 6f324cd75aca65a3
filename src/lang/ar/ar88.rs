//! Ordinals that rank nothing, round 3 (ar88, from a random audit of Arabic ordinal
//! claims). Every look is a fixed few tokens either side of the ordinal, or a bounded walk
//! back for the first half of a pair:
//! - any ordinal after a source or an official (`وقال مسؤول ثان`, `مصدر ثالث`, `المصدر
//!   الثاني`: another one, counting who speaks; `المصدر الأول للتمويل`, `المسؤول الأول
//!   عن`: the main one), and `الطيار الثاني` (the co-pilot, a crew role) ([`another`]);
//! - `الأول` that means foremost, after the nouns [`ar81`](super::ar81) lacked: `الأولوية
//!   الأولى` (top priority), `المسبب الأول`, `منافسها الأول` (main rival), `الرجل الأول`
//!   (the top man) ([`foremost`]);
//! - `الأول`/`الأولى` after a count of a span (`لمدة عشرين يوماً الأولى`, `الأشهر الستة
//!   الأولى`, `خلال الـ24 ساعة الأولى`): the first N of something, nothing is ranked
//!   ([`first_n`]);
//! - `الأولى` after a definite plural in `ات` (`الخطوات الأولى`, `البدايات الأولى`): the
//!   early ones, no one thing ranked ([`early_plural`]);
//! - a class's name: `دوري الدرجة الأولى`, `درجتي الأولى والأعمال`, and `بالدرجة الأولى`
//!   (first and foremost) ([`class`]);
//! - a club's or a country's senior squad (`الفريق الأول لكرة القدم`, `فريق الهلال الأول`,
//!   `منتخب بلاده الأول`), a fixed term ([`senior_squad`]);
//! - `اعتصام رابعة`, `أحداث رابعة`: the Rabaa square, a name ([`rabaa`]);
//! - `من أول وجديد` (afresh), `أول النهار` (early in the day) ([`idiom`]);
//! - `أحد الجسرين … والثاني …`: the other of two things just named ([`other_of_two`]).

use super::Ctx;
use super::ar81;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, word};
use super::{numbers, ordinals};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after
/// it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    another(tokens, i)
        .or_else(|| foremost(tokens, i))
        .or_else(|| first_n(tokens, i))
        .or_else(|| early_plural(tokens, i))
        .or_else(|| class(tokens, i))
        .or_else(|| senior_squad(tokens, i))
        .or_else(|| rabaa(tokens, i))
        .or_else(|| idiom(tokens, i))
        .or_else(|| other_of_two(tokens, i))
}

/// The ordinal that starts at token `i`, if one does.
fn ordinal_at(tokens: &[Token<'_>], i: usize) -> Option<ordinals::Ordinal> {
    ordinals::parse_at(tokens, i).filter(|o| o.first == i && !o.cardinal)
}

fn first_definite(tokens: &[Token<'_>], i: usize) -> bool {
    matches!(key(tokens, i), "الاول" | "الاولي")
}

/// Stems (keys) of a source or an official: an ordinal after one counts the speakers the
/// text quotes (`مسؤول ثان`, another official) or means the main one (`المصدر الأول`).
const SOURCES: &[&str] = &[
    "مصدر",
    "المصدر",
    "مصادر",
    "المصادر",
    "مسوول",
    "مسيول",
    "مسؤول",
    "مسئول",
    "المسوول",
    "المسيول",
    "المسؤول",
    "المسئول",
];

/// What `المصدر الأول` is the top exporter of (`المصدر الأول للنفط`), a rank: `مصدِّر` and
/// `مصدَر` are one spelling.
const EXPORTS: &[&str] = &[
    "للنفط",
    "للخام",
    "للغاز",
    "للقمح",
    "للتمور",
    "للسلاح",
    "للاسلحه",
    "للحديد",
];

/// `وقال مسؤول ثان`, `مصدر ثالث`, `ويرى المصدر الثاني`, `المصدر الأول للتمويل`, `قال
/// الطيار الثاني` (see the module's doc).
fn another(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = word(tokens, i.checked_sub(1)?)?;
    let source = p
        .stems()
        .any(|(pre, s)| matches!(pre, "" | "و" | "ف") && SOURCES.contains(&s));
    let copilot = matches!(p.key.as_str(), "الطيار" | "والطيار") && key(tokens, i) == "الثاني";
    if !source && !copilot {
        return None;
    }
    let o = ordinal_at(tokens, i)?;
    if o.value == 1 && EXPORTS.contains(&key(tokens, o.last + 1)) {
        return None;
    }
    Some(o.last + 1)
}

/// `الأولوية الأولى`, `المسبب الأول للاضطرابات`, `منافسها الأول`, `بالرجل الأول على رأس`:
/// «first» that means foremost, like [`ar81`](super::ar81)'s list.
fn foremost(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !first_definite(tokens, i) {
        return None;
    }
    let p = i.checked_sub(1)?;
    // (A rival with a pronoun: `منافسها`, `منافسه`, `منافسهم`.)
    let rival = word(tokens, p).is_some_and(|t| {
        t.stems().any(|(pre, s)| {
            matches!(pre, "" | "و" | "ف" | "ل") && s.starts_with("منافس") && s.len() > 10
        })
    });
    (rival || ar81::definite_noun(tokens, p, &["الاولويه", "المسبب", "المنافس", "الرجل"]))
        .then_some(i + 1)
}

/// The number that ends at token `end`, if one does (looked for at most six tokens back).
/// A definite tens word (`العشرين`) reads as an ordinal too: it is one here, the count of
/// the noun after it. Gives the first token and the value.
fn number_ending(tokens: &[Token<'_>], end: usize) -> Option<(usize, f64)> {
    (end.saturating_sub(5)..=end).find_map(|k| {
        if let Some(n) = numbers::parse_at(tokens, k).filter(|n| n.first == k && n.last == end) {
            return Some((k, n.value));
        }
        ordinals::parse_at(tokens, k)
            .filter(|o| o.first == k && o.last == end)
            .filter(|o| o.cardinal || (o.value >= 20 && key(tokens, k).ends_with("ين")))
            .map(|o| (k, f64::from(o.value)))
    })
}

/// `لمدة عشرين يوماً الأولى`, `الأشهر الستة الأولى`, `خلال الـ24 ساعة الأولى`, `6 – 12
/// شهرا الأولى`: `الأول`/`الأولى` after a definite cardinal, or after a count and its
/// indefinite noun, is «the first N», no rank. Not after a year (`موسم 2015-2016 المشاركة
/// الأولى`: the noun is definite there anyway).
fn first_n(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !first_definite(tokens, i) {
        return None;
    }
    let p = i.checked_sub(1)?;
    let small = |n: &(usize, f64)| n.1 >= 2.0 && n.1 < 1000.0;
    // A definite cardinal word right before: `الستة الأولى`, `الأربع والعشرين الأولى`.
    if let Some((first, _)) = number_ending(tokens, p).filter(small) {
        let definite = word(tokens, first).is_some_and(|t| {
            t.number().is_none() && (t.key.starts_with("ال") || t.key.starts_with("وال"))
        });
        return definite.then_some(i + 1);
    }
    // A count from eleven on, then its singular noun: `عشرين يوماً الأولى`, `24 ساعة
    // الأولى`. (From three to ten the noun is a plural, and `ثلاث مراحل الأولى بدأت …`
    // starts a list of the three, in order; `اف 16 هي الأولى`: a pronoun is no noun.)
    let noun = word(tokens, p)?;
    let definite = noun
        .stems()
        .any(|(pre, s)| s.starts_with("ال") || pre.ends_with("لل"));
    if definite
        || noun.key.chars().count() < 3
        || matches!(
            noun.key.as_str(),
            "وهي" | "وهو" | "فهي" | "فهو" | "لهم" | "منها"
        )
    {
        return None;
    }
    number_ending(tokens, p.checked_sub(1)?)
        .filter(|n| n.1 >= 11.0 && n.1 < 1000.0)
        .map(|_| i + 1)
}

/// `الخطوات الأولى`, `البدايات الأولى`, `الجولات الأولى من الدوري`:
/// `الأولى` after a definite plural in `ات` is «the early ones», no one thing is ranked.
/// Not when the plural is the second noun of a construct whose head `الأولى` agrees with
/// (`حزمة الإصلاحات الأولى`, the first package; `كأس القارات الأولى`).
fn early_plural(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if key(tokens, i) != "الاولي" {
        return None;
    }
    let p = i.checked_sub(1)?;
    let plural = word(tokens, p).is_some_and(|t| {
        t.stems().any(|(pre, s)| {
            // (Not with a pronoun: `مباراته` is a singular's, `مباراة` and `ـه`.)
            let definite = s.starts_with("ال") || pre.ends_with("لل");
            let body = s.strip_prefix("ال").unwrap_or(s);
            definite && body.ends_with("ات") && body.chars().count() > 4
        })
    });
    if !plural {
        return None;
    }
    let head = key(tokens, p.wrapping_sub(1));
    let construct = (head.ends_with('ه') && !head.starts_with("ال")) || head.ends_with("كاس");
    (!construct).then_some(i + 1)
}

/// `دوري الدرجة الأولى`, `أندية الدرجة الثانية` (a league's tier), `درجتي الأولى
/// والأعمال` (the two cabin classes), `بالدرجة الأولى` (first and foremost): a class's
/// name, no rank. `حصل على الدرجة الأولى` (came first) and an injury's grade (`تمزق من
/// الدرجة الثانية`, as ar44 and ar74 judged) stay claims.
fn class(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = key(tokens, i.checked_sub(1)?);
    if !matches!(p, "الدرجه" | "درجتي" | "لدرجتي" | "بالدرجه") {
        return None;
    }
    let o = ordinal_at(tokens, i)?;
    let before = key(tokens, i.wrapping_sub(2));
    let found = p != "الدرجه"
        || before.contains("دوري")
        || before.contains("اندي")
        || before.contains("مصاف");
    found.then_some(o.last + 1)
}

/// Whether token `k` is a team or a national side: `فريق`, `الفريق`, `منتخب`,
/// `للمنتخب`, `فرقها`, `منتخبنا` …; `definite` tells which of the two.
fn squad(tokens: &[Token<'_>], k: usize) -> Option<bool> {
    word(tokens, k)?.stems().find_map(|(pre, s)| {
        if !matches!(pre, "" | "و" | "ف" | "ل" | "ب" | "لل" | "ول" | "وب" | "ولل") {
            return None;
        }
        let bare = s.strip_prefix("ال").unwrap_or(s);
        let team = ["فريق", "منتخب", "فرق"]
            .iter()
            .any(|t| bare.starts_with(t) && bare.len() <= t.len() + 6);
        team.then_some(s.starts_with("ال") || pre.ends_with("لل"))
    })
}

/// `الفريق الأول لكرة القدم`, `فريق الهلال الأول`, `منتخب بلاده الأول`, `المنتخب السعودي
/// الأول`, `تُشرك فرقها الأولى`: a club's or a country's senior squad. Not `الفريق الأول
/// الذي يفوز` (the first team to win, a rank), nor `مباراة الفريق الأولى` (the match is
/// first).
fn senior_squad(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let k = key(tokens, i);
    if !matches!(k, "الاول" | "الاولي") {
        return None;
    }
    let next = key(tokens, i + 1);
    // (Masculine only: `بطولة الأردن الدولية الأولى لكرة الطاولة` is an edition.)
    if k == "الاول" && (next.starts_with("لكر") || next.starts_with("للكر") || next == "بنادي")
    {
        return Some(i + 1);
    }
    if matches!(next, "الذي" | "التي" | "الذين" | "من") {
        return None;
    }
    let p = i.checked_sub(1)?;
    if k == "الاولي" {
        // Only the plural takes the feminine: `فرقها الأولى`.
        let plural = word(tokens, p).is_some_and(|t| {
            t.stems().any(|(_, s)| {
                s.strip_prefix("ال").unwrap_or(s).starts_with("فرق") && !s.contains("فريق")
            })
        });
        return plural.then_some(i + 1);
    }
    // (`الفريق الأول في الدوري`: maybe the top of a table.)
    if matches!(next, "في" | "علي") {
        return None;
    }
    // Skips a quote mark: `فريق «الفيصلي» الأول`.
    let back = |k: usize| -> Option<usize> {
        let mut k = k;
        while matches!(tokens.get(k)?.kind, TokenKind::Punct('«' | '»' | '"')) {
            k = k.checked_sub(1)?;
        }
        Some(k)
    };
    let p = back(p)?;
    if squad(tokens, p).is_some() {
        return Some(i + 1);
    }
    // `فريق الهلال الأول`, `منتخب بلاده الأول`, `المنتخب السعودي الأول`.
    let name = key(tokens, p);
    let nisba = (name.starts_with("ال") && name.ends_with('ي')) || name.starts_with("بال");
    match squad(tokens, back(p.checked_sub(1)?)?) {
        Some(false) => Some(i + 1),
        Some(true) if nisba => Some(i + 1),
        _ => None,
    }
}

/// `فض اعتصامي رابعة والنهضة`, `أحداث رابعة`, `ميدان رابعة`: the Rabaa square, a name.
fn rabaa(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if key(tokens, i) != "رابعه" {
        return None;
    }
    let p = key(tokens, i.checked_sub(1)?);
    let place = ["اعتصام", "ميدان", "احداث", "مجزره", "فض", "ساحه", "مسجد"]
        .iter()
        .any(|w| p.starts_with(w) || p.strip_prefix('و').is_some_and(|q| q.starts_with(w)));
    place.then_some(i + 1)
}

/// `من أول وجديد` (afresh); `أول النهار`, `أول الصباح` (early in the day).
fn idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = word(tokens, i)?
        .stems()
        .any(|(pre, s)| matches!(pre, "" | "و" | "ف") && s == "اول");
    if !first {
        return None;
    }
    let next = key(tokens, i + 1);
    let found = next == "وجديد" && i > 0 && key(tokens, i - 1) == "من"
        || matches!(next, "النهار" | "الصباح" | "الليل" | "المساء");
    found.then_some(i + 1)
}

/// `أحد الجسرين يصل بين … والثاني يصل بين …`: after «one of the two X», `والثاني` is the
/// other, no rank.
fn other_of_two(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    const SPAN: usize = 30;
    let k = key(tokens, i);
    let bare = match k.strip_prefix('و') {
        Some(b) => b,
        None if i > 0 && key(tokens, i - 1) == "و" => k,
        None => return None,
    };
    if !matches!(bare, "الثاني" | "الثانيه") {
        return None;
    }
    let found = (i.saturating_sub(SPAN)..i.saturating_sub(2)).any(|f| {
        let one = key(tokens, f);
        let dual = key(tokens, f + 1);
        matches!(one, "احد" | "احدي" | "واحد" | "لاحد")
            && dual.starts_with("ال")
            && (dual.ends_with("ين") || dual.ends_with("ان"))
            && dual.chars().count() > 5
    });
    found.then_some(i + 1)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        another_official: "وقال مسؤول ثان إن ناقلة أخرى حملت النفط" => [];
        another_source: "فيما تحدث مصدر ثالث عن مقتل الجنود" => [];
        the_second_source: "ويرى المصدر الثاني إن المملكة لن تكون مستعدة" => [];
        main_source: "التي تعتبر المصدر الأول للتمويل في فنزويلا" => [];
        top_exporter_stays: "تبقى المملكة المصدر الأول للنفط"
            => ["الأول|ordinal|1|1..1|exact|"];
        copilot: "القائد توفي. الطيار الثاني حي." => [];
        top_priority: "معالجة هذا الوضع تحتل الأولوية الأولى للحكومتين" => [];
        main_cause: "الاستيلاء على الأراضي هو المسبب الأول للاضطرابات" => [];
        third_cause_stays: "ارتفاع ضغط الدم المسبب الثالث للوفاة"
            => ["الثالث|ordinal|3|3..3|exact|"];
        main_rival: "حال حشد منافسها الأول في ترشيح الحزب" => [];
        foremost_man: "ليس لهم بعد الله غير الرجل الأول الداعم للكيان" => [];
        first_twenty_days: "عاش الجميع رحلة إيمانية لمدة عشرين يوماً الأولى ومن ثم اشتدت"
            => ["عشرين يوماً|duration|P20D|P20D..P20D|exact|day"];
        first_day_hours: "بلغ التحميل في الساعات الأربع والعشرين الأولى 14 مليون مرة"
            => ["الساعات الأربع والعشرين|duration|PT24H|PT24H..PT24H|exact|hour", "14 مليون مرة|count|14000000|14000000..14000000|exact|مره"];
        first_pages: "ناقشنا العشرين صفحة الأولى"
            => ["العشرين صفحة|count|20|20..20|exact|page"];
        first_participation_stays: "وسيكون موسم 2015 المشاركة الأولى للفريق"
            => ["2015|date|2015|2015-01-01..2015-12-31|exact|", "الأولى|ordinal|1|1..1|exact|"];
        senior_team: "استبعد مدرب الفريق الأول لكرة القدم بنادي الاتحاد حارس المرمى" => [];
        senior_team_of_club: "تغلب فريق الهلال الأول على نظيره" => [];
        senior_national_side: "انضم لمنتخب بلاده الأول وهو شاب" => [];
        senior_teams: "الأندية التي تشرك فرقها الأولى في مبارياتها" => [];
        first_team_to_win_stays: "أن يصبح الفريق الأول الذي يفوز باللقب"
            => ["الأول|ordinal|1|1..1|exact|"];
        team_first_match_stays: "مباراة الفريق الأولى امام الدرعية"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_half_stays: "كسب المنتخب الشوط الأول بسهولة"
            => ["الأول|ordinal|1|1..1|exact|"];
        rabaa: "بعد أيام من فض قوات الأمن اعتصامي رابعة والنهضة" => [];
        fourth_friendly_stays: "يخوض مباراة ودية رابعة بالدوحة"
            => ["رابعة|ordinal|4|4..4|exact|"];
        afresh: "هل نحن بحاجة إلى تعلم الدين من أول وجديد" => [];
        early_morning: "وهبوب نسيمها في الأصايل، وأول الصباح" => [];
        list_of_three_stays: "كان معسكر الفريق على ثلاث مراحل الأولى بدأت في الخبر"
            => ["ثلاث مراحل|count|3|3..3|exact|مراحل", "الأولى|ordinal|1|1..1|exact|"];
        first_of_a_type_stays: "سلمت مصر ثماني مقاتلات اف 16 هي الأولى بعدما رفعت واشنطن التجميد"
            => ["ثماني مقاتلات|count|8|8..8|exact|aircraft", "الأولى|ordinal|1|1..1|exact|"];
        tier_after_percent_stays: "و10% للشريحة الأولى الفرعية"
            => ["10%|percent|10|10..10|exact|", "الأولى|ordinal|1|1..1|exact|"];
        edition_stays: "افتتح بطولة الأردن الدولية الأولى لكرة الطاولة"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_steps: "إن من أهم الخطوات الأولى التي يجب أن تؤخذ" => [];
        early_rounds: "توقعت مصادر مشاركة مارتن في الجولات الأولى من الدوري" => [];
        his_first_match_stays: "وكان التعاون تعادل في مباراته الأولى أمام بني ياس"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_package_stays: "نشر نص حزمة الإصلاحات الأولى"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_cup_stays: "خسر في كأس القارات الأولى في الرياض"
            => ["الأولى|ordinal|1|1..1|exact|"];
        league_tier: "للبقاء في دوري الدرجة الأولى حسب امكانياتنا" => [];
        cabin_class: "خدمة الإنترنت لجميع الضيوف على درجتي الأولى والأعمال" => [];
        primarily: "تذهب الطرادات بالدرجة الأولى في الصباح" => [];
        first_grade_stays: "تبرهن حصوله على الدرجة الأولى والأعلى من بين زملائه"
            => ["الأولى|ordinal|1|1..1|exact|"];
        evening_hours: "من الساعة العاشرة صباحا وحتى الثانية ظهرا، ومن السابعة وحتى التاسعة مساء." => [];
        other_bridge: "أحد الجسرين يصل بين المدينة والقرية، والثاني يصل بين المدينة والحدود" => [];
    }
}
