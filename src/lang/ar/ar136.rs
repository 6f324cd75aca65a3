//! Numbers that claim nothing, of the judged Arabic samples 99–102 (ar136). All in
//! [`retune`], over a sentence's claims; each rule drops the claim.
//!
//! - An event's edition in its name: an event noun (`معرض`, `ملتقى`, `منتدى`, `مؤتمر`,
//!   `بطولة`, `كأس`, `دورة`) then one to three words of a name and a bare number: `وصف
//!   المحافظ معرض رام 2 بأنه خطوة رائدة`, `نقلت دورة الخليج 23 من العراق`, `نهائيات كأس
//!   العالم 94`. ar91 did this for `مهرجان`/`صيف` only. A name word that starts with a
//!   preposition (`دورة لتدريب 2302`) or frames a quantity ends the name ([`event_edition`]).
//! - The items of a list of model numbers after a name: `هي نيكسوس 4 و5 و6 و7 و9 و10`. The
//!   first number was already dropped as part of the name (a bare number glued to a Latin or
//!   product word), the others stayed as bare numbers 5, 6, 7…; a bare number after `و` that
//!   continues a list of bare numbers whose first item left no claim and follows a word is
//!   dropped too ([`list_of_names`]).
//! - Form numbers: `ونماذج الانتخابات من 101 إلى 119`, `من نموذج 101 حتى 119`: a number or
//!   range within three words after `نموذج`/`نماذج`/`استمارة` is a form's label (it was also
//!   read as a count of `علاوة` in `من 101 إلى 119 علاوة على`) ([`form_label`]).
//! - `موسم` + a bare month: `ذكرت الباقيات أن موسم شهر رمضان هو الأفضل`: a yearly season,
//!   not the date of this year's Ramadan. A month with a deictic or a year (`موسم رمضان
//!   الماضي`, `موسم رمضان (1436هـ)`) stays, and so does a feast (`أفلام موسم عيد الفطر`, the
//!   season just past) ([`season`]).
//! - Emphatic «not a single»: a count, duration or amount of one written `noun واحد(ة)` within
//!   five words after a negation (`لم`, `لا`, `لن`, `ليس`, `ليست`, with or without `و`) and
//!   no mark between: `ولم يسجل عام واحد اختلافا`, `لم تطلق رصاصة واحدة`, `لا يضيعون من
//!   عملهم دقيقة واحدة`, `لا يوجد مسجد واحد`: the claim is «none». Exceptions, which claim
//!   one: «only» (`سوى`, `إلا`, `غير`, `عدا` between, `فقط` after: `لم يتبق سوى يوم واحد`,
//!   `لم تتجاوز شهر واحد فقط`), a bound (`لا تزيد على شهر واحد`, `لا تتعدى ساعة واحدة`),
//!   «still» (`لا تزال حالة واحدة منومة`) and time passing (`لم يمر يوم واحد على توقيع
//!   الاتفاق`, less than a day) ([`not_a_single`]). (`ما` is left out: it is
//!   as often a relative, `وهو ما يعتبر أكبر خسارة ليوم واحد`.)

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, word};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Drops this sentence's claims from `from` on that claim nothing (see the module doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize, text: &str) {
    let tokens = ctx.tokens;
    // A quoted verse: the line test runs only in a short sentence (a hemistich's).
    if tokens.len() <= 14 && out.len() > from {
        let mut k = from;
        while k < out.len() {
            if verse_line(text, out[k].byte_start) {
                out.remove(k);
            } else {
                k += 1;
            }
        }
    }
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let Some(a) = token_at(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        let drop = match c.kind {
            Kind::Number if c.unit.is_none() => {
                (a == z && (event_edition(tokens, a) || list_of_names(tokens, out, from, a)))
                    || form_label(tokens, a)
            }
            Kind::Count => form_label(tokens, a) || not_a_single(tokens, c, a, z),
            Kind::Duration | Kind::Money => not_a_single(tokens, c, a, z),
            Kind::Date => season(tokens, a, z),
            _ => false,
        };
        if drop {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Words of a line that brings in a verse (`ويقول أحد الشعراء …:`, `قال الشاعر:`).
const VERSE_CUES: &[&str] = &[
    "الشاعر",
    "الشعراء",
    "شاعر",
    "أبيات",
    "ابيات",
    "بيت",
    "قصيدة",
    "قصيدته",
    "ينشد",
    "أنشد",
    "انشد",
];

/// Whether a line (trimmed) may be a hemistich: one to nine words, not ending with a stop or
/// a colon.
fn hemistich(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=9).contains(&words) && !line.ends_with(['.', ':', '؟', '!'])
}

/// `ويقول أحد الشعراء …:` / `لا تخدعنك اللحى ولا الصور` / `تسعة أعشار من ترى بقر`: whether
/// byte `b` of the document `text` lies on a short line (a hemistich) that follows, over at
/// most three other short lines, a line ending with a colon that names a poet or a verse.
fn verse_line(text: &str, b: usize) -> bool {
    // The nearest char boundary at or after `i`.
    let ceil = |i: usize| {
        (i..=text.len())
            .find(|&j| text.is_char_boundary(j))
            .unwrap_or(text.len())
    };
    let (Some(before), Some(rest)) = (text.get(ceil(b.saturating_sub(400))..b), text.get(b..))
    else {
        return false;
    };
    // The line of `b`, looked for within 400 bytes either side.
    let Some(ls) = before.rfind('\n').map(|i| b - before.len() + i) else {
        return false;
    };
    let le = rest.find('\n').map_or(text.len(), |i| b + i);
    if le - b > 400 || !text.get(ls + 1..le).is_some_and(|l| hemistich(l.trim())) {
        return false;
    }
    // Back over the lines before it (`end` is the byte of the newline that ends each).
    let mut end = ls;
    for _ in 0..5 {
        let Some(prev) = text.get(ceil(end.saturating_sub(400))..end) else {
            return false;
        };
        // The text's first line has no newline before it.
        let (line, first) = match prev.rfind('\n') {
            Some(nl) => {
                end = end - prev.len() + nl;
                (prev.get(nl + 1..).unwrap_or(""), false)
            }
            None if end == prev.len() => (prev, true),
            None => return false,
        };
        let line = line.trim();
        if line.ends_with(':') {
            return VERSE_CUES.iter().any(|c| line.contains(c));
        }
        if first {
            return false;
        }
        if line.is_empty() {
            continue;
        }
        if !hemistich(line) {
            return false;
        }
    }
    false
}

/// Whether some stem of word token `j` is one of `stems`.
fn stem_in(tokens: &[Token<'_>], j: usize, stems: &[&str]) -> bool {
    word(tokens, j).is_some_and(|t| t.stems().any(|(_, s)| stems.contains(&s)))
}

/// Event nouns (keys) whose name may end in an edition number.
const EVENTS: &[&str] = &["معرض", "ملتقي", "منتدي", "موتمر", "بطوله", "كاس", "دوره"];

/// Keys of words that frame a quantity (the name stops at one): `بلغ`, `عدد`, `نحو` …
const FRAMES: &[&str] = &[
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "عدد",
    "نحو",
    "قرابه",
    "حوالي",
    "اجمالي",
    "مجموع",
    "وصل",
    "يصل",
    "تصل",
    "الي",
    "هو",
    "هي",
    "بنحو",
    "عام",
    "العام",
    "سنه",
    "منذ",
];

/// `معرض رام 2`, `دورة الخليج 23`: a bare number in digits one to three words after an
/// event noun, the words between being a name (no preposition glued to them, no frame).
fn event_edition(tokens: &[Token<'_>], n: usize) -> bool {
    if tokens[n].number().is_none() {
        return false;
    }
    for d in 2..=4 {
        let Some(j) = n.checked_sub(d) else {
            return false;
        };
        let Some(w) = word(tokens, j) else {
            return false;
        };
        if FRAMES.contains(&w.key.as_str()) {
            return false;
        }
        if w.stems()
            .any(|(p, s)| EVENTS.contains(&s) && !p.ends_with('ل'))
        {
            return (j + 1..n).all(|m| {
                word(tokens, m).is_some_and(|t| {
                    !FRAMES.contains(&t.key.as_str())
                        && t.key != "و"
                        && !["ل", "ب", "في", "من", "علي"]
                            .iter()
                            .any(|p| t.key.starts_with(p) && !t.key.starts_with("ال"))
                })
            });
        }
    }
    false
}

/// `نيكسوس 4 و5 و6`: a bare number right after `و` that continues a list of numbers in
/// digits (`N و M و …`) whose first item follows a word and left no claim of this sentence.
fn list_of_names(tokens: &[Token<'_>], out: &[Recognized], from: usize, n: usize) -> bool {
    let mut f = n;
    while f >= 2 && key(tokens, f - 1) == "و" && tokens[f - 2].number().is_some() {
        f -= 2;
    }
    if f == n || f == 0 {
        return false;
    }
    let first = &tokens[f];
    matches!(tokens[f - 1].kind, TokenKind::Word | TokenKind::Latin)
        && !FRAMES.contains(&key(tokens, f - 1))
        && !out[from..]
            .iter()
            .any(|c| c.byte_start <= first.start && first.start < c.byte_end)
}

/// Stems of a form or model: a number after one is its label.
const FORMS: &[&str] = &[
    "نموذج",
    "نماذج",
    "استماره",
    "استمارات",
    "النموذج",
    "النماذج",
];

/// `ونماذج الانتخابات من 101 إلى 119`, `من نموذج 101 حتى 119`: a claim whose first number
/// comes within three words after a noun of a form, the words between being `من`, `رقم` or
/// nouns with the article (`أول نموذج تطبيقي صناعي لإنتاج 100 متر مكعب` stays).
fn form_label(tokens: &[Token<'_>], a: usize) -> bool {
    let Some(n) = (a..tokens.len().min(a + 2)).find(|&j| tokens[j].number().is_some()) else {
        return false;
    };
    let Some(f) = (n.saturating_sub(4)..n)
        .rev()
        .find(|&j| stem_in(tokens, j, FORMS))
    else {
        return false;
    };
    (f + 1..n).all(|j| {
        word(tokens, j).is_some_and(|t| {
            matches!(t.key.as_str(), "من" | "رقم" | "رقمي") || t.key.starts_with("ال")
        })
    })
}

/// Hijri months (keys) a season may be.
const SEASON_MONTHS: &[&str] = &["رمضان", "شعبان", "محرم", "شوال"];

/// `موسم شهر رمضان`: a date claim that is a bare month (`رمضان`, `شهر رمضان`) right after
/// `موسم`/`مواسم`.
fn season(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    if !stem_in(tokens, p, &["موسم", "مواسم"]) {
        return false;
    }
    let m = if key(tokens, a) == "شهر" { a + 1 } else { a };
    m == z
        && SEASON_MONTHS.contains(&key(tokens, m))
        && !super::tokens::punct(tokens, z + 1, &['('])
}

/// Negations (keys) before an emphatic «not a single».
const NEGATIONS: &[&str] = &[
    "لم",
    "ولم",
    "لا",
    "ولا",
    "لن",
    "ولن",
    "ليس",
    "وليس",
    "ليست",
    "وليست",
];

/// Words (keys) between a negation and `واحد` that make the claim «only one», a bound or
/// «still one».
const ONLY: &[&str] = &[
    "سوي",
    "الا",
    "غير",
    "عدا",
    "تزيد",
    "يزيد",
    "تتجاوز",
    "يتجاوز",
    "تتعدي",
    "يتعدي",
    "تتخطي",
    "يتخطي",
    "تقل",
    "يقل",
    "تزال",
    "يزال",
    "تزل",
    "يزل",
    "يتبق",
    "يتبقي",
    "يبق",
    "تبق",
    "يبقي",
    "اكثر",
    "اقل",
    "باكثر",
    "باقل",
    "شك",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "بينها",
    "بينهم",
    "لكن",
    "بل",
    "الذي",
    "التي",
    "يمر",
    "تمر",
    "يمض",
    "يمضي",
    "تمض",
    "تمضي",
];

/// `لم يسجل عام واحد`, `لم تطلق رصاصة واحدة`: an exact one written `noun واحد` within five
/// words after a negation, with no mark, «only» word, bound or «still» between (and no
/// `فقط` after).
fn not_a_single(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.qualifier != Qualifier::Exact
        || z == a
        || !matches!(key(tokens, z), "واحد" | "واحده" | "واحدا")
        || (c.kind != Kind::Duration && c.value != Value::Number(1.0))
    {
        return false;
    }
    let mut j = a;
    for _ in 0..6 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        j = p;
        let Some(w) = word(tokens, j) else {
            return false;
        };
        if ONLY.contains(&w.key.as_str()) {
            return false;
        }
        if NEGATIONS.contains(&w.key.as_str()) {
            return key(tokens, z + 1) != "فقط";
        }
    }
    false
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        exhibition_edition: "من جهته وصف المحافظ معرض رام 2 بأنه خطوة رائدة" => [];
        gulf_cup_edition: "نقلت دورة الخليج 23 من العراق للكويت لأسباب أمنية" => [];
        forum_list_item_stays: "يضم كل من المجالس المحلية ومنتدى رجال الأعمال و12 «شخصية وطنية»"
            => ["12|number|12|12..12|exact|"];
        course_trainees_stay: "كما تعقد الوزارة عدد 22 دورة لتدريب 2302 تشمل الأطباء"
            => ["22 دورة|count|22|22..22|exact|course",
                "2302|number|2302|2302..2302|exact|"];
        model_list: "الأجهزة التي ستحصل على التحديثات هي نيكسوس 4 و5 و6 و7 و9 و10 بالإضافة"
            => [];
        form_range: "وإجراءات تسجيل المرشحين ونماذج الانتخابات من 101 إلى 119، علاوة على شرح"
            => [];
        form_range_with_noun: "ونماذج الانتخابات من 101 إلى 119 علاوة على شرح" => [];
        form_numbers: "التي تتضمن نماذج الانتخابات من نموذج 101 حتى 119 والأدوات" => [];
        model_measure_stays: "يهدف إلى تنفيذ أول نموذج تطبيقي صناعي لإنتاج 100 متر مكعب يومياً"
            => ["أول|ordinal|1|1..1|exact|",
                "100 متر مكعب|count|100|100..100|exact|cubic_meter"];
        ramadan_season: "ذكرت الباقيات أن موسم شهر رمضان هو الأفضل بالنسبة لهن" => [];
        last_ramadan_season_stays: "شخصية ناشطة ثقافيا خلال موسم رمضان الماضي، واختياره"
            => ["رمضان الماضي|date|2014-06-28/2014-07-27|2014-06-28..2014-07-27|exact|"];
        not_a_single_year: "ولم يسجل عام واحد اختلافا عن العام الذي سبقه" => [];
        not_a_single_bullet: "وهي بالمناسبة لم تطلق رصاصةً واحدة، على عدوها" => [];
        not_a_single_mosque: "العاصمة الوحيدة في العالم التي لا يوجد بها مسجد واحد" => [];
        only_one_day_stays: "في زيارته السريعة التي لن تستغرق سوى يوم واحد لكنها"
            => ["يوم واحد|duration|P1D|P1D..P1D|exact|day"];
        bound_stays: "والتي لم تتجاوز شهر واحد فقط."
            => ["لم تتجاوز شهر واحد|duration|P1M|..P1M|at_most|month"];
        still_one_stays: "فيما لا تزال حالة واحدة منومة في العناية المتوسطة"
            => ["حالة واحدة|count|1|1..1|exact|case"];
        other_clause_stays: "و29 حالة لم يتم نقلها كان بينها حالة وفاة واحدة."
            => ["29 حالة|count|29|29..29|exact|case", "وفاة واحدة|count|1|1..1|exact|death"];
        verse_after_poet: "ويقول أحد الشعراء في قوم مكتملي الصور: \nلا تخدعنك اللحى ولا الصور \nتسعة أعشار من ترى بقر \nوإذا كان الثور"
            => [];
        verse_lines_after_cue: "وهذه الأبيات تبين حبه للإبل ويقول فيها: \nيا عاذلين القلب منا بمصغين \nولا نستمع لمكثرين الكلامي \nأرجي فلاح مع فهد عقب عامين \n"
            => [];
        short_line_without_cue_stays: "وقال المدير: \nتسعة أعشار من المشاركين سعوديون \n"
            => ["تسعة أعشار من المشاركين|count|0.9|0.9..0.9|exact|participant"];
        no_doubt_stays: "ولا شك أن وجود جهة مركزية واحدة تقوم بتوفير المتطلبات"
            => ["جهة مركزية واحدة|count|1|1..1|exact|جهه"];
    }
}
