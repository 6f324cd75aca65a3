//! A number that counts a pair of nouns joined by `و` (ar135). All in [`retune`], over a
//! sentence's claims.
//!
//! - Two indefinite accusative nouns after a number whose last two digits are 11–99 (the
//!   tamyiz): `من خلال 43 لعبة ومنزلقاً مائياً` (the 43 are rides and slides together),
//!   `فريق عمل مكون من 250 ممثلا وفنيا` (actors and technicians together). The count took
//!   the first noun alone; its span now runs over the second noun (and a relative adjective
//!   right after it, `ومنزلقاً مائياً`) and its unit is the pair.
//! - Two indefinite genitive nouns after 3–10 or a round hundred or thousand: `وتم استطلاع
//!   رأي 20 ألف أب وأم` (read as a bare 20,000: now a count of 20,000 people), `تدريب 1800
//!   شاب وفتاة`, `(284) أمانة وبلدية`, `14 منطقة ومحافظة`. An unknown second noun here must
//!   be a people noun: a bare genitive word may be a verb starting a clause (`5 أشخاص وأصيب`).
//! - Two definite plurals after `من`: `52 من السندات والصكوك`.
//!
//! The unit: `person` when both nouns count people (`شاب وفتاة`, `أب وأم`, `ممثلا وفنيا`);
//! the shared concept when both map to one (`طالب وطالبة`); otherwise the two units joined by
//! `+` in text order (`لعبه+منزلق`). `unit_text` is the pair as written.
//!
//! Not a pair: a number or a number word after `و` (`5 دونمات و200 متر`), a function word,
//! an adverb (`وأيضا`, `وسنويا`), a plural verb (`وقالوا`), a noun with a pronoun suffix, or
//! a second noun of the other shape (`43 لعبة والمنزلق`).

use super::Ctx;
use super::tokens::{Token, TokenKind};
use super::units::{self, UnitKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Lexicon concepts that count people.
const PEOPLE_CONCEPTS: &[&str] = &[
    "person",
    "civilian",
    "soldier",
    "officer",
    "fighter",
    "militant",
    "rebel",
    "refugee",
    "displaced",
    "migrant",
    "child",
    "woman",
    "man",
    "citizen",
    "expatriate",
    "muslim",
    "prisoner",
    "detainee",
    "member",
    "employee",
    "worker",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "pilgrim",
    "umrah_pilgrim",
    "worshipper",
];

/// People nouns (keys without the article, tanween alif stripped) the lexicon leaves unknown.
const PEOPLE_WORDS: &[&str] = &[
    // Siblings (ar139): `22 أخا وأختا`.
    "اخ",
    "اخا",
    "اخت",
    "اخوه",
    "اخوات",
    "اخوان",
    "اب",
    "ام",
    "اباء",
    "امهات",
    "فتاه",
    "فتيات",
    "فتي",
    "فتيان",
    "ولد",
    "اولاد",
    "بنت",
    "بنات",
    "ذكر",
    "ذكور",
    "انثي",
    "اناث",
    "ممثل",
    "ممثله",
    "ممثلين",
    "فني",
    "فنيين",
    "فنيه",
    "فنان",
    "فنانه",
    "فنانين",
    "فنانات",
    "مهندس",
    "مهندسه",
    "مهندسين",
    "لاعب",
    "لاعبه",
    "لاعبين",
    "لاعبات",
    "مدرب",
    "مدربه",
    "مدربين",
    "اداري",
    "اداريين",
    "باحث",
    "باحثه",
    "باحثين",
    "خبير",
    "خبراء",
    "متطوع",
    "متطوعه",
    "متطوعين",
    "متطوعات",
    "متدرب",
    "متدربه",
    "متدربين",
    "متدربات",
    "مستفيد",
    "مستفيده",
    "مستفيدين",
    "مستفيدات",
    "زاير",
    "زايره",
    "زوار",
    "مشارك",
    "مشاركه",
    "مشاركين",
    "مشاركات",
    "طالبه",
    "طالبات",
    "معلمه",
    "معلمات",
    "امراه",
    "رجل",
    "رجال",
    "نساء",
    "شاب",
    "شابه",
    "شباب",
    "شبان",
    "شابات",
    "طفل",
    "طفله",
    "اطفال",
    "مواطن",
    "مواطنه",
    "مواطنين",
    "مواطنات",
    "مقيم",
    "مقيمه",
    "مقيمين",
    "مخرج",
    "مخرجين",
    "كاتب",
    "كتاب",
    "شاعر",
    "شعراء",
    "اعلامي",
    "اعلاميين",
    "صحفي",
    "صحفيين",
    "اكاديمي",
    "اكاديميين",
    "مختص",
    "مختصين",
    "طبيب",
    "طبيبه",
    "اطباء",
    "ممرض",
    "ممرضه",
    "ممرضين",
    "ممرضات",
    "حرفي",
    "حرفيين",
    "مزارع",
    "مزارعين",
    "صحافي",
    "صحافيين",
    "شرطي",
    "شرطيين",
    "محاضر",
    "محاضرين",
    "استاذ",
    "اساتذه",
    "حارس",
    "حراس",
    "ناشط",
    "ناشطين",
    "معيد",
    "معيدين",
    "داعم",
    "داعمين",
    "قايد",
    "قاده",
    "وكيل",
    "وكلاء",
    "مشرف",
    "مشرفين",
    "كشاف",
    "كشافه",
    "جوال",
    "اهالي",
    "سياح",
    "سايح",
    "مصطاف",
    "مصطافين",
    "مسيول",
    "مسوول",
    "متقدمين",
    "متقدمات",
    "مبتعثين",
    "مبتعثات",
    "مخالف",
    "مخالفين",
];

/// Nouns (keys) in `ية` that the lexicon does not know but are no adjective here:
/// `(284) أمانة وبلدية`.
const NISBA_NOUNS: &[&str] = &[
    "بلديه",
    "جمعيه",
    "مديريه",
    "كليه",
    "ثانويه",
    "مكتبه",
    "مستشفي",
];

/// Units (concepts) of a measure, never one of a pair (`11 مترا ومنشأ`, `أربع مباريات
/// وغرامات`: fines, not grams).
const MEASURES: &[&str] = &[
    "meter",
    "kilometer",
    "centimeter",
    "millimeter",
    "square_meter",
    "square_kilometer",
    "cubic_meter",
    "ton",
    "kilogram",
    "gram",
    "liter",
    "barrel",
    "megawatt",
    "kilowatt",
    "hectare",
    "dunam",
    "point",
    "degree",
];

/// Adverbs and particles (keys without `و`) that follow a count with `و` but are no noun.
const NOT_NOUNS: &[&str] = &[
    "ايضا",
    "تقريبا",
    "يوميا",
    "سنويا",
    "شهريا",
    "اسبوعيا",
    "معا",
    "جميعا",
    "حاليا",
    "مجددا",
    "اخيرا",
    "مؤخرا",
    "تماما",
    "غالبا",
    "احيانا",
    "فورا",
    "حديثا",
    "دايما",
    "سابقا",
    "لاحقا",
    "رسميا",
    "نهاييا",
    "عموما",
    "خصوصا",
    "خاصه",
    "كذلك",
    "ذلك",
    "هذا",
    "هذه",
    "غيرها",
    "غيرهم",
    "غيره",
    "اكثر",
    "اقل",
    "نحو",
    "حوالي",
    "قرابه",
    "وفقا",
    "طبقا",
    "بعد",
    "قبل",
    "منها",
    "منهم",
    "فقط",
    "اما",
    "ربما",
    "كانت",
    "كان",
    "بلغ",
    "بلغت",
    "بات",
    "ليس",
    "عاده",
    "ثم",
    "ان",
    "انه",
    "الا",
    "لكن",
    "يجب",
    "تم",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "كل",
    "بين",
    "كلما",
    "حيث",
    "عندما",
    "بينما",
    "لذا",
    "لذلك",
    // an event, not a second counted thing: `مقتل 26 شخصا وإصابة 227 آخرين`
    "اصابه",
];

/// The shape of a counted noun.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Indefinite accusative (tamyiz of 11–99): `ممثلا`, `لعبة`.
    Accusative,
    /// Indefinite genitive (after 3–10, 100, 1000): `أب`, `منطقة`.
    Genitive,
    /// Definite after `من`: `من السندات`.
    Definite,
}

/// The index of the token at byte `at` (its start), if any.
fn token_starting(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    tokens.iter().position(|t| t.start >= at)
}

/// The key of a noun as a unit: the lexicon's count concept, else the key without a final
/// tanween alif (as the count reader names an unknown noun).
fn unit_of(key: &str) -> String {
    if let Some(u) =
        units::lookup(&[key]).filter(|u| u.kind == UnitKind::Count && u.words == 1 && !u.proclitic)
    {
        return u.concept.to_string();
    }
    bare(key).to_string()
}

/// The key without the article and a final tanween alif.
fn bare(key: &str) -> &str {
    let key = key.strip_prefix("ال").unwrap_or(key);
    match key.strip_suffix('ا') {
        Some(stem) if stem.chars().count() >= 3 && !super::ar98::own_alif(key) => stem,
        _ => key,
    }
}

/// Whether the noun `key` counts people.
fn people(key: &str) -> bool {
    let b = bare(key);
    PEOPLE_WORDS.contains(&b)
        || units::lookup(&[key]).is_some_and(|u| {
            u.kind == UnitKind::Count && u.words == 1 && PEOPLE_CONCEPTS.contains(&u.concept)
        })
}

/// Whether the word `key` (without `و`) may be a noun of the pair.
fn noun_like(t: &Token<'_>, key: &str) -> bool {
    t.kind == TokenKind::Word
        && t.number().is_none()
        && !super::numbers::is_number_word(t)
        && key.chars().count() >= 2
        && key.chars().all(crate::lang::is_arabic_letter)
        && !NOT_NOUNS.contains(&key)
        // (`أب وأم`: a people noun is no function word here.)
        && (PEOPLE_WORDS.contains(&bare(key))
            || !super::subject::is_function_word(key) && !super::NOT_COUNTED_KEYS.contains(key))
        && !super::heads::suffixed_noun(key)
        && !key.ends_with("وا")
        && !["ها", "هم", "هما", "هن", "كم"].iter().any(|s| key.ends_with(s))
        && super::dates::weekday_at(std::slice::from_ref(t), 0).is_none()
}

/// Whether the key ends in a tanween alif (an indefinite accusative).
fn accusative(key: &str) -> bool {
    key.ends_with('ا') && !super::ar98::own_alif(key) && key.chars().count() >= 4
}

/// Whether the key ends in a tanween alif, three letters allowed: `حيا` (ar139).
fn accusative_short(key: &str) -> bool {
    accusative(key) || key.ends_with('ا') && !super::ar98::own_alif(key) && key.chars().count() == 3
}

/// The shape `key` (the first noun, as counted by `value`) must have, if any.
fn shape_of(key: &str, value: f64, after_min: bool) -> Option<Shape> {
    if key.starts_with("ال") {
        return after_min.then_some(Shape::Definite);
    }
    if value.fract() != 0.0 || value < 3.0 {
        return None;
    }
    let last = (value % 100.0) as u32;
    match last {
        11..=99 if accusative_short(key) || key.ends_with('ه') => Some(Shape::Accusative),
        3..=10 | 0 if !accusative(key) => Some(Shape::Genitive),
        _ => None,
    }
}

/// See the module doc.
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out.iter_mut().skip(from) {
        if !matches!(c.kind, Kind::Count | Kind::Number) || c.sentence != ctx.index {
            continue;
        }
        // The cheap test: `و` right after the claim's span.
        let rest = ctx
            .text
            .get(c.byte_end.saturating_sub(ctx.base)..)
            .unwrap_or("");
        if !rest.starts_with(' ') || !rest.trim_start().starts_with('و') && c.kind != Kind::Number
        {
            continue;
        }
        let Value::Number(value) = c.value else {
            continue;
        };
        let Some(e) = token_starting(tokens, c.byte_end) else {
            continue;
        };
        if e == 0 {
            continue;
        }
        // The first noun: the claim's last token, or the word after a bare scaled number.
        let (n1, n2_at) = if c.kind == Kind::Number {
            if !super::numbers::is_multiplier(&tokens[e - 1]) {
                continue;
            }
            (e, e + 1)
        } else {
            (e - 1, e)
        };
        let Some(t1) = tokens.get(n1) else { continue };
        if t1.kind != TokenKind::Word || t1.end > c.byte_end && c.kind == Kind::Count {
            continue;
        }
        if c.kind == Kind::Count && c.unit_text.as_deref() != Some(t1.text) {
            continue;
        }
        let key1 = t1.key.as_str();
        // The second noun, glued to `و` or after a bare `و`.
        let Some(t) = tokens.get(n2_at) else { continue };
        let (n2, key2) = if t.key == "و" {
            let Some(t2) = tokens.get(n2_at + 1) else {
                continue;
            };
            (n2_at + 1, t2.key.as_str())
        } else if let Some(k) = t.key.strip_prefix('و') {
            (n2_at, k)
        } else {
            continue;
        };
        let t2 = &tokens[n2];
        if !noun_like(t2, key2) || c.kind == Kind::Number && !noun_like(t1, key1) {
            continue;
        }
        let after_min = n1 > 0
            && tokens[..n1]
                .iter()
                .rev()
                .take(2)
                .any(|t| t.key == "من" && t.start >= c.byte_start);
        let Some(shape) = shape_of(key1, value, after_min) else {
            continue;
        };
        let both_people = people(key1) && people(key2);
        let lex2 = units::lookup(&[key2])
            .filter(|u| u.kind == UnitKind::Count && u.words == 1 && !u.proclitic);
        let known2 = lex2.is_some() || NISBA_NOUNS.contains(&bare(key2));
        if lex2.as_ref().is_some_and(|u| MEASURES.contains(&u.concept))
            || c.unit.as_deref().is_some_and(|u| MEASURES.contains(&u))
        {
            continue;
        }
        // People are not counted together with things (`(79) متدربا ودورة`).
        if people(key1) != people(key2) {
            continue;
        }
        // An unknown relative adjective is the first noun's adjective, not a second noun
        // (`144 علماً وطنياً`, `40 عقداً وظيفياً`: a word that starts with `و`).
        let b2 = bare(key2);
        if !known2 && !both_people && (b2.ends_with('ي') || b2.ends_with("يه")) {
            continue;
        }
        // After 3–10 both nouns are plural: a singular or dual second noun is a second
        // item of the list (`ثلاثة مواطنين ووافد`, `خمسة قتلى وجريحين`, `ست عجلات وسيارة`).
        let small = value.fract() == 0.0 && (3.0..=10.0).contains(&(value % 100.0));
        let plural2 = match &lex2 {
            Some(u) => u.plurality == units::Plurality::Plural,
            None => ["ات", "ين", "ون"].iter().any(|e| b2.ends_with(e)) && b2.chars().count() >= 5,
        };
        if small && !key1.starts_with("ال") && !plural2 {
            continue;
        }
        let ok = match shape {
            Shape::Definite => key2.starts_with("ال") && key2.chars().count() >= 5,
            Shape::Accusative => {
                !key2.starts_with("ال")
                    && (accusative(key2) || key2.ends_with('ه') && (known2 || both_people))
            }
            Shape::Genitive => {
                !key2.starts_with("ال") && !accusative(key2) && (known2 || both_people)
            }
        };
        // A bare scaled number takes only a pair of people (`20 ألف أب وأم`).
        if !ok || c.kind == Kind::Number && !both_people {
            continue;
        }
        // A relative adjective right after the second noun (`ومنزلقاً مائياً`).
        let mut last = n2;
        if let Some(a) = tokens.get(n2 + 1)
            && a.kind == TokenKind::Word
            && noun_like(a, &a.key)
            && units::lookup(&[a.key.as_str()]).is_none()
            && match shape {
                Shape::Accusative => a.key.ends_with("يا"),
                Shape::Genitive => a.key.ends_with("يه") && key2.ends_with('ه'),
                Shape::Definite => false,
            }
        {
            last = n2 + 1;
        }
        let end = tokens[last].end;
        let unit1 = match (&c.unit, c.kind) {
            (Some(u), Kind::Count) => u.clone(),
            _ => unit_of(key1),
        };
        let unit2 = unit_of(key2);
        // A feminine counterpart (`طالب وطالبة`, `مخالف ومخالفة`, `المتقدمين والمتقدمات`)
        // counts what the first noun counts.
        let b1 = bare(key1);
        let counterpart = b2 == format!("{b1}ه")
            || b1
                .strip_suffix("ين")
                .or_else(|| b1.strip_suffix("ون"))
                .is_some_and(|stem| b2 == format!("{stem}ات"));
        let unit = if unit1 == unit2 || counterpart {
            unit1
        } else if both_people {
            "person".to_string()
        } else {
            format!("{unit1}+{unit2}")
        };
        let Some(unit_text) = ctx
            .text
            .get(t1.start.saturating_sub(ctx.base)..end.saturating_sub(ctx.base))
        else {
            continue;
        };
        c.unit_text = Some(unit_text.to_string());
        c.unit = Some(unit);
        c.kind = Kind::Count;
        c.byte_end = end;
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        rides_and_slides: "من خلال 43 لعبة ومنزلقاً مائياً على مدار اليوم"
            => ["43 لعبة ومنزلقاً مائياً|count|43|43..43|exact|لعبه+منزلق"];
        actors_and_technicians: "فريق عمل مكون من 250 ممثلا وفنيا من مختلف"
            => ["250 ممثلا وفنيا|count|250|250..250|exact|person"];
        fathers_and_mothers: "وتم استطلاع رأي 20 ألف أب وأم في الفترة الماضية"
            => ["20 ألف أب وأم|count|20000|20000..20000|exact|person"];
        young_men_and_women: "تخريج 70 شابا وفتاة من البرنامج"
            => ["70 شابا وفتاة|count|70|70..70|exact|person"];
        regions_and_provinces: "مشروعاً بلدياً في 14 منطقة ومحافظة بالمملكة"
            => ["14 منطقة ومحافظة|count|14|14..14|exact|region+province"];
        municipalities: "موزعة على (284) أمانة وبلدية على مستوى المملكة"
            => ["(284) أمانة وبلدية|count|284|284..284|exact|امانه+بلديه"];
        definite_plurals: "وتم إصدار 52 من السندات والصكوك خلال العام"
            => ["52 من السندات والصكوك|count|52|52..52|exact|سندات+صكوك"];
        devices_and_products: "تم سحب 1489 جهازاً ومنتجاً طبياً من الأسواق"
            => ["1489 جهازاً ومنتجاً طبياً|count|1489|1489..1489|exact|device+منتج"];
        feminine_counterpart: "بعد أن تم إلحاق 4000 طالب وطالبة منهم في البرامج"
            => ["4000 طالب وطالبة|count|4000|4000..4000|exact|student"];
        event_not_pair: "والذي أدى لمقتل 27 شخصا وإصابة 227 آخرين."
            => ["27 شخصا|count|27|27..27|exact|person",
                "227|count|227|227..227|exact|injured"];
        adjective_not_pair: "تقدم علم المملكة أعلام 144 علماً وطنياً للدول المشاركة"
            => ["144 علماً|count|144|144..144|exact|علم"];
        pronoun_not_pair: "ويبلغ طولها 270 مترا وعمقها كبير"
            => ["270 مترا|count|270|270..270|exact|meter"];
        singular_after_few: "أسفرت العملية عن تدمير ست عجلات وسيارة مفخخة"
            => ["ست عجلات|count|6|6..6|exact|عجلات"];
        list_of_people: "تسجيل 4 حالات وفاة لثلاثة مواطنين ووافد ."
            => ["4 حالات وفاة|count|4|4..4|exact|death",
                "ثلاثة مواطنين|count|3|3..3|exact|citizen"];
        people_and_thing: "استفاد منها (79) متدربا ودورة لجهاز التنفس"
            => ["(79) متدربا|count|79|79..79|exact|trainee"];
        short_accusative_first: "الدائرة الرابعة وتتضمن 16 حيا وبلدة، هي: «بلدة الشعبة"
            => ["16 حيا وبلدة|count|16|16..16|exact|حيا+town"];
        brothers_and_sisters: "ونشأ في ينبع، وكبر وسط 22 أخا وأختا، ومعه حلم"
            => ["22 أخا وأختا|count|22|22..22|exact|person"];
        short_accusative_alone_stays: "الدائرة الرابعة وتتضمن 16 حيا، هي"
            => ["16 حيا|count|16|16..16|exact|حيا"];
        second_quantity: "يملك 5 دونمات و200 متر من الأرض"
            => ["5 دونمات|count|5|5..5|exact|dunam",
                "200 متر|count|200|200..200|exact|meter"];
    }
}
