//! Numbers and ordinals inside names, titles, lists and idioms (ar65). None of them is a
//! claim; each check looks at most a few tokens around the number.
//!
//! Before a claim is read ([`not_a_claim`]):
//! - `أول` in a job grade or rank, «senior»: `استشاري أول`, `أخصائي أول`, `محلل اقتصادي
//!   أول`, `كمساعد أول`, `مساعدا أول`, `نائبا أول`; and `الأول` after a title with the
//!   article or a possessive: `السكرتير الأول`, `نائبه الأول`, `مساعديه الأول`
//!   ([`grade_first`]);
//! - an ordinal in a place's name: `حي محاسن أرامكو الثالث`, `منطقة الثنية الخامسة`,
//!   `منطقة معيصم الأول`; a numbered district after the article: `الحي العاشر`, `المنطقة
//!   الرابعة`, `الدائرة الثامنة` (electoral); `القطاع الثالث` (the non-profit sector) and
//!   `إلى المربع الأول` (back to square one) ([`place_ordinal`]);
//! - a list marker after a colon: `كالتالي: 1- …`
//!   ([`list_marker`]);
//! - «one» in idioms of unity or sameness: `أبناء طينة واحدة`, `أمة واحدة`, `يدا واحدة`,
//!   `من عائلة واحدة`, `أفراد أسرة واحدة`, `كأننا عائلة واحدة`, `شركة أسرة واحدة`, `حكم
//!   رجل واحد`, `هدف واحد هو …` ([`one_idiom`]);
//! - `بروبلين` (propylene, as in `البولي بروبلين`) read as `ب` + two roubles
//!   ([`propylene`]).
//!
//! After a sentence's claims are read ([`retune`]):
//! - `بيتا`, `بيتين`, `أبيات` near a poem (`القصيدة`, `الشعر`, `ينشد`, `نظم`, `قافية` within
//!   a few words) count verses: the unit becomes `verse`;
//! - `خادم البيتين` (the Custodian of the Two Holy Mosques) and `ست البيت` (the lady of the
//!   house) count nothing.

use super::Ctx;
use super::ordinals;
use super::tokens::{Token, TokenKind, word};
use super::weekdays::key;
use crate::lang::Recognized;

/// Whether the word at token `k` has a stem (after a proclitic in `pre`, or none) in `set`.
fn stem_in(tokens: &[Token<'_>], k: usize, pre: &[&str], set: &[&str]) -> bool {
    word(tokens, k).is_some_and(|w| {
        w.stems()
            .any(|(p, s)| (p.is_empty() || pre.contains(&p)) && set.contains(&s))
    })
}

/// A number or word at token `i` that names, ranks a grade, marks a list item or sits in an
/// idiom, and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    match t.kind {
        TokenKind::Number { percent: false, .. } => list_marker(tokens, i),
        TokenKind::Word => {
            if matches!(t.key.as_str(), "واحد" | "واحده") {
                return one_idiom(tokens, i);
            }
            if t.key.ends_with("روبلين") {
                return propylene(tokens, i);
            }
            if !ordinals::may_be_ordinal(t) {
                return None;
            }
            let o = ordinals::parse_at(tokens, i)?;
            if o.first != i {
                return None;
            }
            (grade_first(tokens, i, o.last) || place_ordinal(tokens, i, o.last, o.value))
                .then_some(o.last + 1)
        }
        _ => None,
    }
}

/// Job grades and ranks (stems) that take `أول` «senior» after them.
const GRADES: &[&str] = &[
    "استشاري",
    "اخصايي",
    "مستشار",
    "محلل",
    "مساعد",
    "نايب",
    "باحث",
    "مهندس",
    "محاسب",
    "صيدلي",
    "مراقب",
    "مفتش",
    "اقتصادي",
    "خبير",
    "رقيب",
    "ملازم",
    "عريف",
    "وكيل",
    "سكرتير",
    "طبيب",
    "محاضر",
    "مدقق",
];

/// Titles (stems) that take `الأول` as a grade with the article: `السكرتير الأول`,
/// `الملازم الأول`.
const TITLES_THE_FIRST: &[&str] = &["سكرتير", "ملازم", "رقيب", "عريف"];

/// Titles with a possessive (keys without a proclitic) that take `الأول`: `نائبه الأول`,
/// `مساعديه الأول`.
const POSSESSED_TITLES: &[&str] = &[
    "نايبه",
    "نايبها",
    "نايبيه",
    "مساعده",
    "مساعدها",
    "مساعديه",
    "مساعدي",
];

/// `أول`/`الأول` at token `i` (a single word, ending at `last`) that is a grade: `استشاري أول`,
/// `محلل اقتصادي أول`, `مساعدا أول`, `السكرتير الأول`, `نائبه الأول`. Not `كان الباحث أول من
/// …` (the first to).
fn grade_first(tokens: &[Token<'_>], i: usize, last: usize) -> bool {
    if last != i || i == 0 {
        return false;
    }
    let k = tokens[i].key.as_str();
    let next = key(tokens, i + 1);
    if matches!(next, "من" | "الذي" | "التي") {
        return false;
    }
    // A grade noun, indefinite, maybe with `ك`/`و`/`ل`/`ب` and the accusative alif, or
    // an indefinite nisba adjective between (`محلل اقتصادي أول`).
    let grade = |k: usize| {
        word(tokens, k).is_some_and(|w| {
            w.stems().any(|(p, s)| {
                matches!(p, "" | "و" | "ك" | "ل" | "ب" | "وك")
                    && (GRADES.contains(&s)
                        || s.strip_suffix('ا').is_some_and(|s| GRADES.contains(&s)))
            })
        })
    };
    // (`كمساعد ثان`, `مساعدا ثانيا`: the second grade after a grade noun too.)
    if matches!(k, "ثان" | "ثاني" | "ثانيا") {
        return grade(i - 1);
    }
    if k == "اول" {
        let p = i - 1;
        return grade(p)
            || word(tokens, p).is_some_and(|w| {
                !w.key.starts_with("ال") && w.key.ends_with('ي') && w.key.chars().count() >= 5
            }) && p.checked_sub(1).is_some_and(grade);
    }
    if k == "الاول" {
        let p = i - 1;
        return stem_in(tokens, p, &["ال", "وال", "بال", "لل"], TITLES_THE_FIRST)
            && word(tokens, p).is_some_and(|w| w.key.contains("ال"))
            || word(tokens, p).is_some_and(|w| {
                let b = w.key.strip_prefix('و').unwrap_or(&w.key);
                POSSESSED_TITLES.contains(&b)
            });
    }
    false
}

/// Heads (stems) of a place whose name may end with an ordinal: `حي`, `منطقة`, `ضاحية`.
const PLACE_HEADS: &[&str] = &["حي", "منطقه", "ضاحيه", "مخطط"];

/// Nouns (stems) that an ordinal after them ranks (a phase, a round, a floor): no name
/// word of a place.
const RANKED_NOUNS: &[&str] = &[
    "مرحله",
    "دور",
    "طابق",
    "جوله",
    "دفعه",
    "مره",
    "نسخه",
    "دوره",
    "سنه",
    "عام",
    "شهر",
    "يوم",
    "اسبوع",
    "قرن",
    "فصل",
    "ربع",
    "نصف",
    "حلقه",
    "مركز",
    "مرتبه",
    "درجه",
    "مسابقه",
    "بطوله",
    "مهرجان",
    "ملتقي",
    "موسم",
    "دقيقه",
    "اجتماع",
    "حاله",
    "حادثه",
    "عرض",
    "ركيزه",
    "ورشه",
    "زياره",
    "مباراه",
    "رحله",
    "تجربه",
    "خطوه",
    "مشاركه",
    "جلسه",
];

/// Particles and pronouns (keys) that end a place's name: `بمنطقة تبوك أن الحالة الأولى`,
/// `منطقة الجزاء في الدقيقة الثالثة`.
const NOT_NAME_WORDS: &[&str] = &[
    "في",
    "عند",
    "من",
    "الي",
    "عن",
    "مع",
    "ان",
    "بان",
    "لان",
    "بعد",
    "قبل",
    "خلال",
    "منذ",
    "هي",
    "هو",
    "وهي",
    "وهو",
    "فهي",
    "فهو",
    "التي",
    "الذي",
    "والتي",
    "والذي",
    "حيث",
    "كما",
    "ثم",
    "او",
    "اما",
    "لكن",
    "ولكن",
    "قد",
    "وقد",
    "لقد",
    "كان",
    "كانت",
    "امس",
];

/// Words after an ordinal that make it rank (`الأولى في العالم`, `الأول من نوعه`,
/// `الأولى عربيا`).
fn ranks_after(tokens: &[Token<'_>], k: usize) -> bool {
    let n = key(tokens, k);
    matches!(
        n,
        "من" | "على"
            | "علي"
            | "بين"
            | "عربيا"
            | "محليا"
            | "عالميا"
            | "خليجيا"
            | "بنسبه"
            | "بعدد"
    ) || n == "في"
        && matches!(
            key(tokens, k + 1),
            "العالم"
                | "المنطقه"
                | "المملكه"
                | "الشرق"
                | "تاريخ"
                | "اسيا"
                | "اوروبا"
                | "عدد"
        )
}

/// A definite ordinal at token `i` (ending at `last`) that ends a place's name or numbers a
/// district.
fn place_ordinal(tokens: &[Token<'_>], i: usize, last: usize, value: u32) -> bool {
    if i == 0 || !tokens[i].key.starts_with("ال") {
        return false;
    }
    let p = i - 1;
    // `الحي العاشر من باريس`, `قائد المنطقة الرابعة`, `إلى الدائرة الثامنة`: a numbered
    // district (but `المنطقة الأولى في العالم` ranks, and `من` after `المنطقة` too).
    let district = |set: &[&str]| {
        word(tokens, p).is_some_and(|w| {
            w.stems().any(|(pre, s)| {
                matches!(pre, "ال" | "وال" | "بال" | "لل" | "فال") && set.contains(&s)
            })
        })
    };
    // (`الحي العاشر من باريس`: `من` and a place; `الأولى من نوعها` ranks.)
    let ranks = ranks_after(tokens, last + 1)
        && (key(tokens, last + 1) != "من"
            || matches!(
                key(tokens, last + 2),
                "نوعه" | "نوعها" | "نوعهم" | "حيث" | "بين" | "اصل"
            ));
    if district(&["حي", "منطقه", "دايره"]) && !ranks {
        return true;
    }
    // `القطاع الخاص والقطاع الثالث`: the non-profit sector.
    if value == 3 && last == i && district(&["قطاع"]) && !ranks_after(tokens, last + 1) {
        return true;
    }
    // `يعيدنا إلى المربع الأول`: back to square one.
    if value == 1
        && (key(tokens, p) == "للمربع"
            || key(tokens, p) == "المربع"
                && p.checked_sub(1)
                    .is_some_and(|q| matches!(key(tokens, q), "الي" | "والي" | "عند" | "في")))
    {
        return true;
    }
    // `حي محاسن أرامكو الثالث`, `منطقة الثنية الخامسة`, `بمنطقة معيصم الأول`: the head
    // word, indefinite, then one to three words of the name.
    if ranks_after(tokens, last + 1) {
        return false;
    }
    for back in 2..=4 {
        let Some(h) = i.checked_sub(back) else {
            return false;
        };
        let name_word = h + 1..i;
        if !name_word.clone().all(|k| {
            word(tokens, k).is_some_and(|w| {
                !NOT_NAME_WORDS.contains(&w.key.as_str())
                    && w.text != "على"
                    && !["تها", "تهم", "ته"].iter().any(|p| w.key.ends_with(p))
                    && !w
                        .stems()
                        .any(|(_, s)| RANKED_NOUNS.contains(&s) || PLACE_HEADS.contains(&s))
            })
        }) {
            return false;
        }
        if stem_in(tokens, h, &["و", "ب", "ل", "ف", "وب"], PLACE_HEADS)
            && word(tokens, h).is_some_and(|w| !w.key.contains("ال"))
        {
            return true;
        }
    }
    false
}

/// A number at token `i` after a colon that marks a list item: digits up to 30 followed by
/// `.` or `-` and a word (`التالي: 1- اعتماد`). (Not `)`: `(الإجمالي: 25) كذلك` is a sum.)
fn list_marker(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let v = t.number()?;
    if !(1.0..=30.0).contains(&v) || v.fract() != 0.0 || t.text.contains([',', '٫']) {
        return None;
    }
    // (`1.` may be read as one token, its dot with it.)
    let dotted = t.text.ends_with('.');
    if t.text.trim_end_matches('.').contains('.') {
        return None;
    }
    let colon = i
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].kind, TokenKind::Punct(':')));
    let marker = tokens
        .get(i + 1)
        .is_some_and(|m| matches!(m.kind, TokenKind::Punct('.' | '-' | '–')));
    if dotted {
        return (colon && word(tokens, i + 1).is_some()).then_some(i + 1);
    }
    (colon && marker && word(tokens, i + 2).is_some()).then_some(i + 2)
}

/// Nouns (keys, bare) before `واحد`/`واحدة` that say «one» of unity, never a count: `طينة
/// واحدة`, `أمة واحدة`, `لحمة واحدة`, `يدا واحدة`.
const UNITY_NOUNS: &[&str] = &["طينه", "امه", "لحمه", "نسيج", "بوتقه", "يدا", "يد", "خندق"];

/// Words before `عائلة`/`أسرة` that make `عائلة واحدة` «the same family» or a metaphor:
/// `من عائلة واحدة`, `أفراد أسرة واحدة`, `كأننا عائلة واحدة`, `شركة أسرة واحدة`.
const SAME_FAMILY_BEFORE: &[&str] = &[
    "من",
    "ومن",
    "افراد",
    "ابناء",
    "اعضاء",
    "كانها",
    "كانهم",
    "كاننا",
    "وكانها",
    "وكانهم",
    "وكاننا",
    "ضمن",
    "شركه",
    "وشركه",
    "بشركه",
    "المجتمع",
    "مجتمع",
    "نحن",
    "ونحن",
];

/// `واحد`/`واحدة` at token `i` in an idiom, and the token after it.
fn one_idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let prev = word(tokens, p)?;
    let k = prev.key.as_str();
    let bare = k.strip_prefix('و').unwrap_or(k);
    let before = p.checked_sub(1).map_or("", |q| key(tokens, q));
    let next = key(tokens, i + 1);
    let idiom = match bare {
        _ if UNITY_NOUNS.contains(&bare) => true,
        "عايله" | "اسره" | "لعايله" | "لاسره" | "كاسره" => {
            SAME_FAMILY_BEFORE.contains(&before) || matches!(next, "كبيره" | "القابضه")
        }
        // `حكم رجل واحد`, `لقانون رجل واحد`: one-man rule.
        "رجل" => matches!(
            before.strip_prefix('ل').unwrap_or(before),
            "حكم" | "قانون" | "سلطه" | "دوله"
        ),
        // `هدف واحد هو …`, `اتفقوا على هدف واحد`: one aim, not a goal scored.
        "هدف" => {
            matches!(next, "هو" | "وهو" | "يتمثل" | "تمثل" | "وصريح")
                || matches!(before, "علي" | "وراء" | "اصحاب" | "حول")
        }
        _ => false,
    };
    idiom.then_some(i + 1)
}

/// `بروبلين` at token `i` (`البولي بروبلين`, `والبروبلين`): propylene, not `ب` + two
/// roubles. A price in roubles has a number or a word of amount before it.
fn propylene(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let k = tokens[i].key.as_str();
    let b = k.strip_prefix('و').unwrap_or(k);
    let after_number = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| t.number().is_some());
    let chemical =
        b == "بروبلين" && !after_number || matches!(b, "البروبلين" | "للبروبلين" | "بالبروبلين");
    chemical.then_some(i + 1)
}

/// Poem words (keys) that make `بيت`/`أبيات` a verse within a few words.
const POEM_KEYS: &[&str] = &[
    "قصيده",
    "القصيده",
    "قصيدته",
    "قصايد",
    "القصايد",
    "شعر",
    "الشعر",
    "شعره",
    "الشعري",
    "شعري",
    "شاعر",
    "الشاعر",
    "ينشد",
    "انشد",
    "ينظم",
    "نظم",
    "قافيه",
    "القافيه",
    "ابيات",
    "الابيات",
    "ابياتها",
    "ابياته",
    "مطلعها",
    "الزجل",
    "الاقفال",
    "المدح",
    "الرثاء",
    "الهجاء",
];

/// The index of the token that starts at byte `b` of the text.
fn token_at(tokens: &[Token<'_>], b: usize) -> Option<usize> {
    tokens.binary_search_by(|t| t.start.cmp(&b)).ok()
}

/// Fixes the claims `out` of one sentence: verses near a poem, and `خادم البيتين`, `ست
/// البيت` dropped.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let Some(a) = token_at(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let end = c.byte_end;
        let z = (a..tokens.len())
            .take_while(|&j| tokens[j].end <= end)
            .last()
            .unwrap_or(a);
        let unit_house = c.unit.as_deref() == Some("house")
            || c.unit_text
                .as_deref()
                .is_some_and(|u| u.contains("أبيات") || u.contains("ابيات"));
        // `خادم البيتين`, `خدمة البيتين`: the Two Holy Mosques; `ست البيت`: a housewife.
        let drop = unit_house
            && (z == a
                && key(tokens, a).ends_with("البيتين")
                && a.checked_sub(1).is_some_and(|p| {
                    let pk = key(tokens, p);
                    pk.ends_with("خادم") || pk.ends_with("خدمه")
                })
                || key(tokens, a) == "ست" && key(tokens, a + 1) == "البيت");
        if drop {
            out.remove(k);
            continue;
        }
        if unit_house {
            let lo = a.saturating_sub(8);
            let hi = (z + 8).min(tokens.len());
            let poem = (lo..hi)
                .filter(|&j| j < a || j > z)
                .any(|j| word(tokens, j).is_some_and(|w| POEM_KEYS.contains(&w.key.as_str())))
                || (a..=z).any(|j| {
                    word(tokens, j)
                        .is_some_and(|w| matches!(w.key.as_str(), "ابيات" | "الابيات" | "وابيات"))
                });
            if poem {
                out[k].unit = Some("verse".to_string());
            }
        }
        k += 1;
    }
}
