//! Numbers and dates that are names, labels or markers, of the judged Arabic samples 95–98
//! (ar131). All in [`retune`], over a sentence's claims.
//!
//! - A month's name as a counted noun: `قوى 14 آذار`, `قيادي في قوى 8 آذار` (a bloc),
//!   `بمدينة ستة أكتوبر`, `مدينة 6 اكتوبر` (a city), `بملعب 22 مايو` (a stadium), `ثورة 30
//!   يناير`, `(5-6) أغسطس`, `تسعة ديسمبر (كانون الأول) المقبل`, `الموافق 011 أغسطس`. The
//!   date reader refuses a day and month that name a bloc or a place (`dates::NAMED_BEFORE`,
//!   `PLACES_BEFORE`) or that it cannot read, and the count reader then counted the month
//!   (count 8 `آذار`). A month is never a counted thing: the claim is dropped
//!   ([`month_counted`]). `ثورة 11 فبراير` (Yemen's youth revolution) joins the named dates
//!   of `dates::NAMED_DATES` as 2011-02-11, like `ثورة 25 يناير` (the precedent: a
//!   revolution's date is its real date).
//! - A number inside a quoted title after a noun of a work or a title: `تلك القصيدة عنوانها
//!   "نحن سبعة"`, `فيلم "ثلاثة في واحد"`, `برنامج «أهم عشرة»`, `مسلسل "خمس بنات"`, `كتابه
//!   «حول العالم في 200 يوم»`, `شعار "ألف لحية ولا لحيتي"`: a title claims nothing;
//!   dropped. A news story's headline (`نشرت خبر الحادث بعنوان "3 مصابين …"`) reports a
//!   fact and stays (also `ما نشر … تحت عنوان ” … يقود 3 قياديين … ”`), and so do a
//!   quoted predicate (`وقال إن الكتاب “أول عمل وثائقي مطبوع”`) and a figure after a title's
//!   closing quote (`"(بيروت) دون عنوان" … ست صور`) ([`quoted_title`]).
//! - A list's marker at the end of a sentence: `وفقا لما يلي:   1.`, `في حال تجاوزت
//!   مديونياتها 40 مليون ريال   2.` (the next point's number, cut off by the sentence's end),
//!   and a verse's number after a sura and a colon, `الإسراء: 33.`. A bare number of one or
//!   two digits followed only by the stop, after a colon or after a layout gap of two spaces
//!   or more, is dropped ([`end_marker`]). (`تسببت بخوضه 24 مباراة … من أصل 38.` stays.)
//! - A number glued to a name with no space: `تطبيق (أمانة الرياض940)`, `(موسكو3)`,
//!   `مشروع الجبيل2`, `(دوري جميل3)`, `سات1`, `(الأنبياء٣٠)`: part of the name or a code;
//!   and a hotline after `بالرقم`/`الرقم`/`العملاء` (`الاتصال بالرقم (940)`, `مركز خدمة
//!   العملاء 909`): dropped ([`glued_or_hotline`]). A measure glued to its noun (`بطول٦٢
//!   ك.م`), a short proclitic (`بـ19911`) and the article (`وبالـ8`, `مصانعه ال26`) are left
//!   alone here.
//! - A standard's edition: `أيزو 9001 : 2008` is ISO 9001:2008, not the date 2008; dropped
//!   ([`standard_edition`]).
//! - Coordinates in degrees and minutes: `بين خط طول 50:35 إلى 40:01` read as the range
//!   35–40; a claim glued to a colon and a number on either side is half of a `N:M` pair;
//!   dropped ([`colon_pair`], as [`ar114`](super::ar114) drops a bare one).
//!
//! Elsewhere: goal minutes between guillemets (`أحمد عطيف»19» وصالح القميزي « 71 «`) are
//! dropped by [`ar103`](super::ar103)'s `minute`, which took brackets only.

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Month names (keys) that may come out as a counted noun.
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "ايلول",
    "تشرين",
];

/// Nouns (keys, without a leading `و`) after which a quoted phrase is a title.
pub(super) const TITLES: &[&str] = &[
    "عنوان",
    "عنوانها",
    "عنوانه",
    "بعنوان",
    "قصيده",
    "القصيده",
    "قصيدته",
    "بقصيده",
    "كتاب",
    "كتابه",
    "كتابها",
    "الكتاب",
    "بكتاب",
    "روايه",
    "الروايه",
    "روايته",
    "بروايه",
    "فيلم",
    "الفيلم",
    "بفيلم",
    "فلم",
    "الفلم",
    "اغنيه",
    "الاغنيه",
    "باغنيه",
    "اغنيته",
    "مسلسل",
    "المسلسل",
    "بمسلسل",
    "برنامج",
    "البرنامج",
    "ببرنامج",
    "ديوان",
    "ديوانه",
    "الديوان",
    "مسرحيه",
    "المسرحيه",
    "بمسرحيه",
    "البوم",
    "الالبوم",
    "شعار",
    "بشعار",
];

/// Nouns (keys) of a news story whose headline, quoted after `بعنوان`, reports a fact.
const HEADLINED: &[&str] = &["خبر", "الخبر", "خبرا", "نشر", "نشرت", "ينشر", "نشره"];

/// Words (keys) before a title's noun that make the quote after it the noun's predicate
/// (`وقال إن الكتاب “أول عمل وثائقي مطبوع”`), not its title.
const PREDICATE: &[&str] = &["ان", "بان", "لان", "فان"];

/// Words (keys) right before a hotline's number.
const HOTLINE: &[&str] = &["بالرقم", "الرقم", "العملاء", "الموحد", "المجاني"];

/// Nouns of a measure (keys) that a figure may be glued to (`بطول٦٢ ك.م`).
const MEASURE_GLUE: &[&str] = &[
    "بطول",
    "بعرض",
    "بعمق",
    "بارتفاع",
    "بمساحه",
    "بقيمه",
    "بمبلغ",
    "بنسبه",
    "بحوالي",
    "بنحو",
    "بواقع",
    "وزني",
    "طولي",
    "وطولي",
    "ووزني",
    "عمري",
    "بلغ",
    "بلغت",
];

const QUOTES: &[char] = &['«', '»', '"', '“', '”'];

fn quote(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct(c) if QUOTES.contains(&c))
}

fn punct(tokens: &[Token<'_>], j: usize, c: char) -> bool {
    tokens.get(j).is_some_and(|t| t.kind == TokenKind::Punct(c))
}

pub(super) fn plain_key<'a>(t: &'a Token<'_>) -> &'a str {
    let k = t.key.as_str();
    k.strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k)
}

/// Drops the claims of a sentence that name, label or mark (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let Some(a) = token_at(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        if month_counted(c)
            || quoted_title(tokens, a, z)
            || end_marker(ctx, c, a, z)
            || glued_or_hotline(tokens, c, a, z)
            || standard_edition(tokens, c, a, z)
            || (c.kind == Kind::Number && colon_pair(tokens, a, z))
        {
            out.remove(k);
            continue;
        }
        k += 1;
    }
}

/// A count or bare number whose counted noun is a month's name.
fn month_counted(c: &Recognized) -> bool {
    matches!(c.kind, Kind::Count | Kind::Number)
        && c.unit.as_deref().is_some_and(|u| MONTHS.contains(&u))
        && matches!(c.value, Value::Number(v) if (0.0..=31.0).contains(&v))
}

/// A claim inside a quoted title: an opening quote (spaced from the word before it or glued
/// to the word after it) right after a noun of a work or a title, at most eight tokens
/// before the claim with no quote between, and a quote after the claim within twelve tokens.
fn quoted_title(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    let lo = a.saturating_sub(9);
    let Some(q) = (lo..a).rev().find(|&j| quote(&tokens[j])) else {
        return false;
    };
    let Some(w) = q.checked_sub(1) else {
        return false;
    };
    let opens = tokens[q].start > tokens[w].end
        || tokens.get(q + 1).is_some_and(|n| n.start == tokens[q].end);
    if !opens || tokens[w].kind != TokenKind::Word || !TITLES.contains(&plain_key(&tokens[w])) {
        return false;
    }
    if (w.saturating_sub(6)..w).any(|j| HEADLINED.contains(&plain_key(&tokens[j])))
        || w.checked_sub(1)
            .is_some_and(|v| PREDICATE.contains(&tokens[v].key.as_str()))
    {
        return false;
    }
    (z + 1..tokens.len().min(z + 13)).any(|j| quote(&tokens[j]))
}

/// A bare number of one or two digits ending its sentence (only a stop after it), after a
/// colon or after a gap of two spaces or more: a list's or a verse's marker.
fn end_marker(ctx: &Ctx<'_, '_>, c: &Recognized, a: usize, z: usize) -> bool {
    let tokens = ctx.tokens;
    if c.kind != Kind::Number || c.unit.is_some() || a != z {
        return false;
    }
    let t = &tokens[a];
    if !t
        .number()
        .is_some_and(|v| v.fract() == 0.0 && (0.0..100.0).contains(&v))
        || !t
            .text
            .chars()
            .all(|ch| ch.is_ascii_digit() || ('٠'..='٩').contains(&ch))
    {
        return false;
    }
    if !(punct(tokens, a + 1, '.') && a + 2 == tokens.len()) {
        return false;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    if punct(tokens, p, ':') {
        return true;
    }
    ctx.text
        .get(tokens[p].end.saturating_sub(ctx.base)..t.start.saturating_sub(ctx.base))
        .is_some_and(|gap| gap.chars().filter(|ch| ch.is_whitespace()).count() >= 2)
}

/// A bare number in digits glued to a word of four letters or more before it (a name's
/// number or a code), or right after a hotline's word (maybe in brackets).
fn glued_or_hotline(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Number || c.unit.is_some() || a != z || tokens[a].number().is_none() {
        return false;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let prev = &tokens[p];
    if prev.kind == TokenKind::Word && prev.end == tokens[a].start {
        // (`وبالـ8`, `ال26`: the article before a figure is no name.)
        let letters = prev.text.chars().filter(|&ch| ch != 'ـ').count();
        let article = prev.text.ends_with('ـ') || prev.key.ends_with("ال");
        return letters >= 4 && !article && !MEASURE_GLUE.contains(&plain_key(prev));
    }
    let w = if punct(tokens, p, '(') {
        p.checked_sub(1)
    } else {
        Some(p)
    };
    w.is_some_and(|w| tokens[w].kind == TokenKind::Word && HOTLINE.contains(&plain_key(&tokens[w])))
}

/// `أيزو 9001 : 2008`: a year after a standard's number and a colon.
fn standard_edition(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Date || a != z || a < 3 || !punct(tokens, a - 1, ':') {
        return false;
    }
    let name = &tokens[a - 3];
    tokens[a - 2].number().is_some()
        && (name.key.ends_with("يزو") || name.text.eq_ignore_ascii_case("iso"))
}

/// A claim whose first figure follows `N:` or whose last figure precedes `:N`, glued.
fn colon_pair(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    let glued = |i: usize, j: usize| tokens[i].end == tokens[j].start;
    let before = a >= 2
        && tokens[a].number().is_some()
        && punct(tokens, a - 1, ':')
        && tokens[a - 2].number().is_some()
        && glued(a - 2, a - 1)
        && glued(a - 1, a);
    let after = z + 2 < tokens.len()
        && tokens[z].number().is_some()
        && punct(tokens, z + 1, ':')
        && tokens[z + 2].number().is_some()
        && glued(z, z + 1)
        && glued(z + 1, z + 2);
    before || after
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        bloc_8_march: "قال فيها ناقلا عن قيادي في قوى 8 آذار دون أن يسميه" => [];
        city_6_october: "خاض الفريق معسكره في مدينة ستة أكتوبر بالقاهرة" => [];
        march_date_stays: "وصل الوفد إلى بيروت في 8 آذار الماضي"
            => ["8 آذار الماضي|date|2014-03-08|2014-03-08..2014-03-08|exact|"];
        yemen_revolution: "أحد أبرز قادة ثورة 11 فبراير (شباط) الشبابية"
            => ["11 فبراير (شباط)|date|2011-02-11|2011-02-11..2011-02-11|exact|"];
        poem_title: "تلك القصيدة عنوانها \"نحن سبعة\" حول طفلة يسألها الشاعر" => [];
        film_title: "بعد ذلك تم عرض فيلم \"ثلاثة في واحد\"، بطولة حيدر حكمي" => [];
        book_title: "صدر كتابه «حول العالم في 200 يوم» في طبعات كثيرة" => [];
        headline_stays: "وكانت سبق قد نشرت خبر الحادث بعنوان \"3 مصابين مصريين في مستشفى تثليث\""
            => ["3 مصابين|count|3|3..3|exact|injured"];
        predicate_stays: "وقال إن الكتاب “أول عمل وثائقي مطبوع” عن اليخت"
            => ["أول|ordinal|1|1..1|exact|"];
        closed_title_stays: "\"(بيروت) دون عنوان\" للفنان جورج عودة، هو سلسلة من ست صور"
            => ["ست صور|count|6|6..6|exact|صور"];
        list_marker: "وضع آلية تنظيمية للجوانب المالية بالأندية وفقا لما يلي:   1." => [];
        verse_number: "قال تعالى: (ولا تقتلوا النفس التي حرم الله إلا بالحق) الإسراء: 33." => [];
        last_figure_stays: "وخاض 24 مباراة فقط في الدوري من أصل 38."
            => ["24 مباراة|count|24|24..24|exact|match", "38|number|38|38..38|exact|"];
        glued_name: "أو عن طريق تحميل تطبيق (أمانة الرياض940)." => [];
        glued_round: "ألا تكون مشاورات (موسكو3) جزءا من عملية أوسع" => [];
        glued_article_stays: "خسارتنا الموجعة في كأس العالم منهم وبالـ8، وصرفت ألمانيا"
            => ["8|number|8|8..8|exact|"];
        hotline: "والإبلاغ عن أي مخالفات عن طريق الاتصال بالرقم (940) أو غيره" => [];
        iso_edition: "جددت الشركة شهادة الجودة العالمية أيزو 9001 : 2008 حتى عام 2018"
            => ["عام 2018|date|2018|2018-01-01..2018-12-31|exact|"];
        year_stays: "حصلت الشركة على الشهادة عام 2008"
            => ["عام 2008|date|2008|2008-01-01..2008-12-31|exact|"];
        coordinates: "المدن التي تقع بين خط طول 50:35 إلى 40:01، أي من الخليج" => [];
        range_stays: "يصل إلى المدن التي تقع بين 35 إلى 40 كيلومترا"
            => ["بين 35 إلى 40 كيلومترا|count|35|35..40|range|kilometer"];
        goal_guillemets: "تغلب الشباب بهدفين حملا توقيعي أحمد عطيف»19» وصالح القميزي « 71 « وذلك في خامس لقاءاته"
            => ["بهدفين|count|2|2..2|exact|goal", "خامس|ordinal|5|5..5|exact|"];
        quoted_amount_stays: "سجل المؤشر قيمة تراوحت بين «109» و«110» نقطة"
            => ["109|number|109|109..109|exact|", "«110» نقطة|count|110|110..110|exact|point"];
    }
}
