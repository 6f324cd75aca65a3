//! Bare numbers that are not claims (ar143).
//!
//! A class sample of 200 bare numbers (kind `number`, no counted noun) was 69% right; these
//! classes of its errors are now dropped or re-read. Every rule looks only at a `number`
//! claim and the few characters around it.
//!
//! - List markers in running text: a small whole number right after a comma, a full stop or
//!   the start of the sentence and right before a dash and a word (or a closing bracket):
//!   `قدرتهم التواصلية مع الآخرين، 6- تنمية اهتمامهم`, `وغير موقفة.5- الحصول على قبول`,
//!   `(المشاكل الأربع الكبرى): 1) جهود`. Not a range (`14 – 17
//!   سنة`, `بـ 4 - 5%`: a figure after the dash) nor a figure after a word (`يوم 27 - يوليو`).
//!   A small number that opens the sentence before a heading word (`4 عدم أخذ التطعيم`, `10
//!   لا بدّ من المحاسبة`) is a marker too; not before a partitive or a multiplier (`10 أضعاف`, `3 منهم`, `50
//!   للجنوب أفريقي`) nor after a dash (`- 1 بيضة` of a recipe). See [`marker`].
//! - Numbers inside names and titles: the last word of a short name in brackets (`مشاورات
//!   (موسكو 3)`, `مُسلسل (باب الحارة 7)`, `نظام (سينك 3)`); a number opening a quoted name
//!   (`شركة «1 ماليزيا ديفلوبمنت برهارد»`, `بمقياس «1080 بي عالية الدقة»`, `تطبيق «360
//!   سيكيوريتي»`); the number after an index name (`المؤشر «جيه بي إكس - نيكي» 400`, `مؤشر
//!   سوق مسقط 30`); a season's edition (`سوق تمور المذنب 36`, `مهرجان جدة 36`: 1436);
//!   section numbers (`في أقسام 1 و4 و10`). A bracketed change stays (`للطن (- 40)`).
//!   A quoted figure alone stays (`و «7» في محافظة القريات`, `«استشهاد» 15`). See [`name`].
//! - Identifiers: an issue, record or telephone number (`عكاظ ... عدد 17794`, `في عددها
//!   5086`, `وقيد 128490`, `رقمًا هو 19911`, `رقمه بالمناسبة 2216`); an SMS code (`إرسال 6
//!   إلى 806655`); articles of a statute (`في مواده (17،18)`); a resolution in brackets
//!   (`قرار الاتحاد (456)`). A count after `عدد` below a thousand stays (`البالغ عددهم 550`).
//!   See [`identifier`].
//! - Clock times: `من الساعة (20،30 تغ)`, `فجر الأحد (24.00 تغ)`, `من 7.00 10.00 مساء`
//!   (minutes after a separator, and an hour word or a time-zone or day-part word next), and
//!   a quarter or third in `الواحدة إلا ربع` (after an hour's ordinal). `لا تنفع إلا ربع
//!   المرضى` stays. See [`clock`].
//! - Words that are not numbers here: `صفر اليدين` (empty-handed), `تحت منسوب صفر` (the zero
//!   datum), `اواخر صفر` (the Hijri month Safar), `للمعلم صفر المالكي` (a name), `ثياب صفر`
//!   (yellow); `النمو صفر أو سالب` stays. `و نصف دائرية` (semicircular). The second word of a
//!   doubling (`آلافٌ وآلاف`): one vague number. The exponent of square metres (`40.5 مليون م
//!   2`): the 2 is dropped and the figure before it counts square metres. See
//!   [`not_a_number`].
//! - Ranks written `الـN` after a singular noun or an ordinal: `برنامج موهبة الصيفي الـ15`,
//!   `موجة التدفق الـ 22`, `في يومه الـ21`, `اليومين الخامس والـ10`, and `في المرتية 18`
//!   (a typo of المرتبة) are ordinals; after a plural (`الدول الـ12`, `قطاعات السوق الـ15`)
//!   the number stays. See [`rank`].

use super::Ctx;
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// What to do with a bare number.
enum Fix {
    Drop,
    Ordinal,
}

/// Re-reads the bare numbers of the sentence from `from` on (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    // Cheap test first: most sentences have no bare number.
    if !out.iter().skip(from).any(|c| c.kind == Kind::Number) {
        return;
    }
    let mut drop = Vec::new();
    let mut square = Vec::new();
    for (i, c) in out.iter_mut().enumerate().skip(from) {
        if c.kind != Kind::Number {
            continue;
        }
        let (Some(before), Some(text), Some(after)) = (
            ctx.text.get(..c.byte_start.saturating_sub(ctx.base)),
            ctx.text
                .get(c.byte_start.saturating_sub(ctx.base)..c.byte_end.saturating_sub(ctx.base)),
            ctx.text.get(c.byte_end.saturating_sub(ctx.base)..),
        ) else {
            continue;
        };
        let s = Span {
            before,
            text,
            after,
            value: match c.value {
                Value::Number(v) => Some(v),
                _ => None,
            },
            exact: c.qualifier == Qualifier::Exact,
        };
        let fix = marker(&s)
            .or_else(|| name(&s))
            .or_else(|| identifier(&s))
            .or_else(|| clock(&s))
            .or_else(|| not_a_number(&s))
            .or_else(|| rank(&s));
        if matches!(fix, Some(Fix::Drop)) && text == "2" {
            // `40.5 مليون م 2`: the figure before the metre sign measures square metres.
            square.push((
                before.len().saturating_sub(" م ".len()) + ctx.base,
                c.byte_end,
            ));
        }
        match fix {
            Some(Fix::Drop) => drop.push(i),
            Some(Fix::Ordinal) => c.kind = Kind::Ordinal,
            None => {}
        }
    }
    for (end, to) in square {
        if let Some(c) = out.iter_mut().skip(from).find(|c| {
            c.byte_end == end
                && c.kind == Kind::Number
                && c.unit.is_none()
                && c.qualifier == Qualifier::Exact
        }) {
            c.kind = Kind::Count;
            c.unit = Some("square_meter".to_string());
            c.unit_text = Some("م 2".to_string());
            c.byte_end = to;
        }
    }
    for i in drop.into_iter().rev() {
        out.remove(i);
    }
}

/// A bare number and the sentence's text around it.
struct Span<'t> {
    before: &'t str,
    text: &'t str,
    after: &'t str,
    value: Option<f64>,
    exact: bool,
}

impl Span<'_> {
    /// A whole number from `lo` to `hi` written in digits, exactly.
    fn small(&self, lo: f64, hi: f64) -> bool {
        self.exact
            && self.text.chars().all(|ch| ch.is_ascii_digit())
            && self
                .value
                .is_some_and(|v| v.fract() == 0.0 && (lo..=hi).contains(&v))
    }
}

/// The last `n` words before the number (nearest first), brackets and quotes stripped.
fn words_before(before: &str, n: usize) -> Vec<&str> {
    before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|ch: char| "()«»\"'،,:".contains(ch)))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// The first word after the number, brackets and quotes stripped.
fn word_after(after: &str) -> &str {
    after
        .split_whitespace()
        .map(|w| w.trim_matches(|ch: char| "()«»\"'،,:.".contains(ch)))
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether a character is an Arabic letter.
fn arabic(ch: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&ch)
}

/// `الآخرين، 6- تنمية`, `4 عدم أخذ التطعيم`: an enumeration label.
fn marker(s: &Span<'_>) -> Option<Fix> {
    if !s.small(0.0, 30.0) {
        return None;
    }
    let b = s.before.trim_end();
    let opens = b.is_empty() || b.ends_with(['،', ',', '.', ':', '\n']);
    if !opens {
        return None;
    }
    let a = s.after.trim_start();
    // (A closing bracket only with no bracket open before: not `(الإجمالي: 25)`.)
    let open = b.rfind('(').map(|o| b.rfind(')').is_none_or(|c| c < o)) == Some(true);
    if let Some(rest) = a.strip_prefix(['-', '–', ')'])
        && !(open && a.starts_with(')'))
    {
        // `6- تنمية`: a word after the dash, not a figure (`14 – 17 سنة`).
        return rest.trim_start().starts_with(arabic).then_some(Fix::Drop);
    }
    if !b.is_empty() || !s.small(0.0, 20.0) {
        return None;
    }
    let w = word_after(a);
    let heading = a.starts_with(arabic)
        && (!w.starts_with('ل') || w == "لا")
        && !w.starts_with("من")
        && !["أضعاف", "اضعاف", "ضعف", "مرات", "مرة", "في"].contains(&w);
    heading.then_some(Fix::Drop)
}

/// `(موسكو 3)`, `«1 ماليزيا ديفلوبمنت»`, `المؤشر «جيه بي إكس - نيكي» 400`.
fn name(s: &Span<'_>) -> Option<Fix> {
    if !s.exact || !s.text.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let b = s.before.trim_end();
    let a = s.after.trim_start();
    // The last word of a short name in brackets.
    if a.starts_with(')')
        && let Some(open) = b.rfind('(')
    {
        let inside = b.get(open + 1..).unwrap_or("");
        let words: Vec<&str> = inside.split_whitespace().collect();
        let worded = words
            .iter()
            .any(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() >= 2 && *w != "الـ");
        if (1..=3).contains(&words.len())
            && worded
            && inside
                .chars()
                .all(|ch| !ch.is_numeric() && !"،)".contains(ch))
            && !words.iter().any(|w| {
                ["عدد", "نحو", "حوالي", "إجمالي", "اجمالي", "بعدد", "لعدد"]
                    .iter()
                    .any(|q| w.contains(q))
            })
        {
            return Some(Fix::Drop);
        }
    }
    // A number opening a quoted name: a word follows it before the closing quote.
    if b.ends_with('«') && a.starts_with(|ch: char| ch.is_alphabetic()) {
        let close = a.find('»');
        if close.is_some_and(|e| e < 80 && !a.get(..e).unwrap_or("«").contains('«')) {
            return Some(Fix::Drop);
        }
    }
    // `سوق تمور المذنب 36`, `بمهرجان جدة 36`: a season's edition (the Hijri year 1436);
    // `مؤشر سوق مسقط 30`: an index's name.
    let w = words_before(s.before, 3);
    let named = |stems: &[&str]| {
        w.iter().any(|w| {
            stems
                .iter()
                .any(|st| w.trim_start_matches(['ب', 'ل', 'و']) == *st)
        })
    };
    if s.small(30.0, 40.0)
        && w.first()
            .is_some_and(|w| !w.contains("بالغ") && !w.contains("بلغ"))
        && named(&["سوق", "مهرجان", "معرض", "ملتقى"])
    {
        return Some(Fix::Drop);
    }
    if s.small(1.0, 500.0)
        && w.first()
            .is_some_and(|w| !w.starts_with("ال") && !w.ends_with('ة'))
        && w.iter().take(3).skip(1).any(|w| *w == "مؤشر")
    {
        return Some(Fix::Drop);
    }
    // `في أقسام 1 و4 و10`: section numbers.
    let list = b.trim_end_matches(|ch: char| ch.is_ascii_digit() || " و،,".contains(ch));
    // (The first of them: `أقسام 1 و4`.)
    let first = list.len() == b.len()
        && a.strip_prefix('و')
            .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
    if (list.len() < b.len() || first)
        && ["أقسام", "الأقسام", "عنابر", "العنابر"]
            .iter()
            .any(|q| list.trim_end().ends_with(q))
    {
        return Some(Fix::Drop);
    }
    // The number of a quoted index name.
    if let Some(q) = b.strip_suffix('»')
        && let Some(open) = q.rfind('«')
        && q.get(..open).unwrap_or("").trim_end().ends_with("مؤشر")
    {
        return Some(Fix::Drop);
    }
    None
}

/// `عدد 17794`, `وقيد 128490`, `إرسال 6 إلى 806655`, `في مواده (17،18)`, `قرار الاتحاد (456)`.
fn identifier(s: &Span<'_>) -> Option<Fix> {
    let w = words_before(s.before, 4);
    let first = w.first().copied().unwrap_or("");
    let second = w.get(1).copied().unwrap_or("");
    let digits = s.text.chars().all(|ch| ch.is_ascii_digit());
    // `عكاظ ... 27 رجب 1436 عدد 17794`: an issue after a date or a paper's name, not `لتدريب
    // عدد 1600 من التمريض`.
    let dated = second.len() == 4 && second.chars().all(|ch| ch.is_ascii_digit());
    let paper = s
        .before
        .trim_end()
        .strip_suffix("عدد")
        .is_some_and(|b| b.trim_end().ends_with(['»', '"', ')']));
    if digits && first == "عدد" && s.value.is_some_and(|v| v >= 1000.0) && (dated || paper) {
        return Some(Fix::Drop);
    }
    if digits && matches!(first, "عددها" | "عدده") && second == "في" {
        return Some(Fix::Drop);
    }
    let record = |w: &str| {
        matches!(
            w,
            "قيد"
                | "وقيد"
                | "برقم"
                | "رقم"
                | "ورقم"
                | "رقمه"
                | "رقمها"
                | "رقما"
                | "رقمًا"
        )
    };
    if digits && (record(first) || (matches!(first, "هو" | "بالمناسبة") && record(second)))
    {
        return Some(Fix::Drop);
    }
    if matches!(first, "إرسال" | "وإرسال" | "ارسال" | "وارسال") {
        return Some(Fix::Drop);
    }
    if ["مواده", "موادها", "المادتين", "مادتيه", "المواد"].contains(&first)
        && s.text.contains(['،', ','])
    {
        return Some(Fix::Drop);
    }
    // A resolution's number in brackets.
    if digits
        && s.before.trim_end().ends_with('(')
        && s.after.trim_start().starts_with(')')
        && w.iter().take(3).any(|w| w.contains("قرار"))
    {
        return Some(Fix::Drop);
    }
    None
}

/// Ordinals of the hours, for `الواحدة إلا ربع`.
const HOURS: &[&str] = &[
    "الواحدة",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
    "عشرة",
];

/// `الساعة (20،30 تغ)`, `من 7.00 10.00 مساء`, `الواحدة إلا ربع`.
fn clock(s: &Span<'_>) -> Option<Fix> {
    let w = words_before(s.before, 2);
    if matches!(s.text, "ربع" | "ثلث")
        && w.first() == Some(&"إلا")
        && w.get(1).is_some_and(|h| HOURS.contains(h))
    {
        return Some(Fix::Drop);
    }
    let (h, m) = s.text.split_once(['.', '،', ':'])?;
    if h.is_empty()
        || h.len() > 2
        || m.len() != 2
        || !h.chars().all(|ch| ch.is_ascii_digit())
        || !matches!(m, "00" | "15" | "30" | "45")
    {
        return None;
    }
    let near: String = s.after.chars().take(24).collect();
    let cue = w.first().is_some_and(|w| w.ends_with("الساعة"))
        || ["تغ", "غرينتش", "مساء", "صباحا", "صباحًا", "ظهرا"]
            .iter()
            .any(|c| near.contains(c));
    cue.then_some(Fix::Drop)
}

/// Words before `صفر` that make it a name, a month, a colour or a datum.
const SAFAR_BEFORE: &[&str] = &[
    "منسوب",
    "اواخر",
    "أواخر",
    "اوائل",
    "أوائل",
    "منتصف",
    "شهر",
    "ثياب",
    "المعلم",
    "للمعلم",
    "الأستاذ",
    "الاستاذ",
    "الليث",
];

/// `صفر اليدين`, `نصف دائرية`, `آلافٌ وآلاف`, `مليون م 2`.
fn not_a_number(s: &Span<'_>) -> Option<Fix> {
    let w = words_before(s.before, 2);
    let first = w.first().copied().unwrap_or("");
    let next = word_after(s.after);
    if s.text == "صفر" {
        return (SAFAR_BEFORE.contains(&first)
            || (s.after.starts_with(' ') && next.starts_with("ال") && next != "الى"))
            .then_some(Fix::Drop);
    }
    if s.text == "نصف" && next.starts_with("دائري") {
        return Some(Fix::Drop);
    }
    // `آلافٌ وآلاف`: the second word of a doubling.
    if ["آلاف", "مئات", "عشرات", "ملايين"].contains(&s.text) && !s.exact {
        if let Some(lead) = s.before.strip_suffix('و') {
            let prev = words_before(lead, 1).first().copied().unwrap_or("");
            let prev = prev.trim_end_matches(|ch: char| ('\u{064B}'..='\u{0652}').contains(&ch));
            if lead.ends_with(' ') && prev == s.text {
                return Some(Fix::Drop);
            }
        }
    }
    // (Not `ركض 100 م 2 مرات`: two times.)
    if s.text == "2"
        && first == "م"
        && s.before.ends_with(' ')
        && !["مرات", "مرتين", "أضعاف", "اضعاف"].contains(&next)
    {
        return Some(Fix::Drop);
    }
    None
}

/// Singular nouns a `الـN` ranks (keys without the article).
const RANKED: &[&str] = &[
    "يوم",
    "يومه",
    "يومها",
    "دور",
    "دورة",
    "نسخة",
    "جولة",
    "موسم",
    "حلقة",
    "تدفق",
    "مرتبة",
];

/// Ordinals of one to ten (masculine), for `الخامس والـ10`.
const ORDINALS: &[&str] = &[
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// `الصيفي الـ15`, `التدفق الـ 22`, `الخامس والـ10`, `المرتية 18`.
fn rank(s: &Span<'_>) -> Option<Fix> {
    if !s.small(1.0, 200.0) {
        return None;
    }
    let b = s.before.trim_end();
    let w = words_before(s.before, 2);
    if matches!(w.first(), Some(&("المرتية" | "المرتبة"))) {
        return Some(Fix::Ordinal);
    }
    let lead = b.strip_suffix("الـ")?;
    if s.after.trim_start().starts_with('/') {
        return None;
    }
    let and = lead.ends_with('و');
    let lead = lead.strip_suffix('و').unwrap_or(lead);
    if !(lead.is_empty() || lead.ends_with(' ')) {
        return None;
    }
    let noun = words_before(lead, 1).first().copied().unwrap_or("");
    if and {
        return ORDINALS.contains(&noun).then_some(Fix::Ordinal);
    }
    let bare = noun.strip_prefix("ال").unwrap_or(noun);
    let nisba = noun.starts_with("ال") && noun.ends_with('ي') && !noun.ends_with("يي");
    (RANKED.contains(&bare) || nisba).then_some(Fix::Ordinal)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        list_marker_dash: "5- إثراء قدرتهم التواصلية مع الآخرين، 6- تنمية اهتمامهم بالآخرين"
            => [];
        list_marker_after_stop: "وغير موقفة.5- الحصول على قبول جامعي صريح"
            => [];
        range_dash_stays: "وغالبا ما تقدر بـ 4 - 5% من قيمة السعر"
            => ["4|number|4|4..4|exact|",
                "5%|percent|5|5..5|exact|"];
        day_dash_stays: "انطلقت في يوم 27 - يوليو 2015م وتستمر لمدة أسبوع"
            => ["27|number|27|27..27|exact|",
                "يوليو 2015م|date|2015-07|2015-07-01..2015-07-31|exact|"];
        heading_marker: "4 عدم أخذ التطعيم بهذا الفيروس في السابق"
            => [];
        multiplier_stays: "10 أضعاف زيادة في المعتمرين"
            => ["10|number|10|10..10|exact|"];
        elided_stays: "50 للجنوب أفريقي."
            => ["50|number|50|50..50|exact|"];
        // Not a list marker; ar148 reads the dual after «2» as its counted noun.
        recipe_stays: "- 2 ملعقتان كبيرتان من زيت الزيتون."
            => ["2 ملعقتان|count|2|2..2|exact|ملعقه"];
        bracket_name: "نحن لا نستبعد أيضًا أن تكون مشاورات (موسكو 3) جزءًا من عملية أوسع نطاقًا"
            => [];
        bracket_series: "بدأ بالحديث أولاً عن مُسلسل (باب الحارة 7) الذي فقد توهجه"
            => [];
        bracket_change_stays: "والبولي ستايرين الى 1260 دولارا للطن (- 40)."
            => ["1260 دولارا|money|1260|1260..1260|exact|usd",
                "40|number|40|40..40|exact|"];
        bracket_elided_stays: "في توظيف مبتعثي الصحة الصيادلة (الـ84)، فالوزارة تبتعثهم"
            => ["84|number|84|84..84|exact|"];
        quoted_name: "ونفى رئيس الحكومة وشركة «1 ماليزيا ديفلوبمنت برهارد» التي تناولتها"
            => [];
        quoted_format: "مع دقة بمقياس «1080 بي عالية الدقة»)."
            => [];
        quoted_figure_stays: "تقع « 8 » مراكز بمدينة سكاكا و «7» في محافظة القريات"
            => ["« 8 » مراكز|count|8|8..8|exact|center",
                "7|number|7|7..7|exact|"];
        index_name: "بينما زاد المؤشر «جيه بي إكس - نيكي» 400 بنسبة 7.0 في المائة"
            => ["7.0 في المائة|percent|7|7..7|exact|"];
        index_msm: "وأغلق مؤشر سوق مسقط 30 عند مستوى 6555.32 نقطة"
            => ["6555.32 نقطة|count|6555.32|6555.32..6555.32|exact|point"];
        quoted_word_stays: "ونتج عنه «استشهاد» 15 وإصابة 33 آخرين"
            => ["15|number|15|15..15|exact|",
                "33|count|33|33..33|exact|injured"];
        event_edition: "ينطلق سوق تمور المذنب 36 اليوم خلف محطة خرطم"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        issue_number: "في إجابته للزميلة «عكاظ» يوم 27 رجب 1436 عدد 17794 عن واقع العالم العربي"
            => ["يوم 27 رجب 1436|date|2015-05-16|2015-05-16..2015-05-16|exact|"];
        count_after_adad_stays: "وتنفذ عدد 8 دورات تدريبية لتدريب عدد 1600 من التمريض المكلفين"
            => ["8 دورات|count|8|8..8|exact|course",
                "1600|number|1600|1600..1600|exact|"];
        record_number: "برقم 5352/1/1433 وقيد 128490 وتاريخ 10/5/1433هـ باعتماد إنشاء"
            => ["10/5/1433هـ|date|2012-04-02|2012-04-02..2012-04-02|exact|"];
        sms_code: "ويمكن الاشتراك في الخدمة عن طريق إرسال 6 إلى 806655 للاشتراك في خدمة جوال النصر"
            => [];
        statute_articles: "رابطة وفقا للنظام الأساس للفيفا في مواده (17،18) تتأسس من قبل اللاعبين"
            => [];
        resolution: "اجتماع تحضيري في أديس أبابا وفق قرار الاتحاد (456)."
            => [];
        sections: "يواصل 120 أسيرًا فلسطينيًا في أقسام 1 و4 و10 في سجن نفحة"
            => ["120 أسيرًا|count|120|120..120|exact|prisoner"];
        clock_comma: "لا خيار سوى الإضراب ابتداء من الساعة (20،30 تغ) من الأربعاء"
            => ["الأربعاء|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        clock_range: "الاولى من الرابعة إلى السادسة والثانية من 7.00 10.00 مساء، حيث يقام عشاء"
            => ["الاولى|ordinal|1|1..1|exact|",
                "الثانية|ordinal|2|2..2|exact|"];
        quarter_to: "وفي حدود الساعة الواحدة إلا ربع كان ذاهبًا ليفتح المسجد"
            => [];
        quarter_stays: "أدوية السرطان والايدز التي لا تنفع إلا ربع المرضى"
            => ["ربع|number|0.25|0.25..0.25|exact|"];
        empty_handed: "وهو أحد أبرز المرشحين للخروج من البطولة صفر اليدين."
            => [];
        zero_datum: "خمسة آلاف عامل شاركوا في الحفر تحت منسوب صفر، وكانت طريقة العمل"
            => ["خمسة آلاف عامل|count|5000|5000..5000|exact|worker"];
        safar_month: "والإدارة العامة للمرور اواخر صفر للعام المقبل."
            => ["لعام المقبل|date|2015|2015-01-01..2015-12-31|exact|"];
        zero_stays: "فحين يكون النمو صفر أو سالب ببعض الدول"
            => ["صفر|number|0|0..0|exact|"];
        semicircular: "وحجرات مستطيلة ونصف دائرية وديوان كبير."
            => [];
        doubling: "جوعٌ وعطشٌ ومرض.. آلافٌ وآلاف.. قضوا صاروا ترابًا"
            => ["آلافٌ|number|2000|2000..9999|vague|"];
        metres_twice_stays: "ركض 100 م 2 مرات"
            => ["100 م|count|100|100..100|exact|meter",
                "2|number|2|2..2|exact|"];
        bracket_total_stays: "وبلغ المجموع (الإجمالي: 25) كذلك"
            => ["25|number|25|25..25|exact|"];
        square_metres: "المطوَّرة من 40.5 مليون م 2 في 2008 إلى 178 مليون م 2 بنهاية عام 2014."
            => ["40.5 مليون م 2|count|40500000|40500000..40500000|exact|square_meter",
                "2008|date|2008|2008-01-01..2008-12-31|exact|",
                "178 مليون م 2|count|178000000|178000000..178000000|exact|square_meter",
                "عام 2014|date|2014|2014-01-01..2014-12-31|exact|"];
        edition_rank: "زار طلاب برنامج موهبة الصيفي الـ15، معرض مشكاة التفاعلي"
            => ["15|ordinal|15|15..15|exact|"];
        inflow_rank: "اجتذبت الصناديق 2.6 مليار دولار في موجة التدفق الـ 22 خلال 24 أسبوعا."
            => ["2.6 مليار دولار|money|2600000000|2600000000..2600000000|exact|usd",
                "22|ordinal|22|22..22|exact|",
                "24 أسبوعا|duration|P24W|P24W..P24W|exact|week"];
        ordinal_pair: "وتساوى عدد من تمت الإطاحة بهم في اليومين الخامس والـ10، بواقع 10 متهمين"
            => ["اليومين|duration|P2D|P2D..P2D|exact|day",
                "الخامس|ordinal|5|5..5|exact|",
                "10|ordinal|10|10..10|exact|",
                "10 متهمين|count|10|10..10|exact|suspect"];
        rank_typo: "حضور نادي الهلال في المرتية 18 بواقع 2،010،946 متابع"
            => ["18|ordinal|18|18..18|exact|",
                "2،010،946 متابع|count|2010946|2010946..2010946|exact|متابع"];
        plural_stays: "ارتفعت عشرة من قطاعات السوق الـ15، تصدرها الطاقة"
            => ["عشرة من قطاعات|count|10|10..10|exact|قطاعات",
                "15|number|15|15..15|exact|"];
        date_slash_stays: "وذلك يوم الـ 25 / شوال / 1436 وعلى مدار 4 أيام"
            => ["25|number|25|25..25|exact|",
                "شوال / 1436|date|2015-07-17/2015-08-15|2015-07-17..2015-08-15|exact|",
                "4 أيام|duration|P4D|P4D..P4D|exact|day"];
    }
}
