//! The speaker registry's rules: when a name says who a speaker is across articles, and
//! the speakers file in which a newsroom declares the names it knows to be one speaker.
//!
//! Extraction gives each claim a speaker name resolved inside its article (`جون كيري` also
//! where the sentence says `كيري` or `الوزير الأميركي`) and a kind. Across articles the
//! store merges conservatively: the same full name (`جون كيري`, `المرصد السوري لحقوق
//! الإنسان`, spelling noise folded by [`crate::normalize::key`]) is the same speaker, but a
//! name that is only a title, a bare surname, an anonymous group or a document
//! (`الوزير الأميركي`, `كيري`, `مراقبون`, `البيان`) is a speaker of its own article only:
//! another article's `الوزير الأميركي` may be another minister. [`known_across_articles`]
//! draws that line; a speakers file ([`file`](mod@file)) or `isnad speakers alias`/`merge` joins what
//! it keeps apart.

pub mod file;
pub mod translit;

use std::sync::LazyLock;

use crate::lang::{FastSet, entities};
use crate::model::SpeakerKind;
use crate::normalize::key;

/// Heads of titles and descriptions of people, written without the article: a name that
/// starts with one is a title (`الوزير الأميركي`, `وزير الخارجية`, `المدرب البرتغالي`,
/// `المتحدث باسم الوزارة`), not a name. Some are also first names (`أمين`, `أمير`): such a
/// name is kept to its article, which errs on the safe side. (The Arabic pack's attribution
/// has its own list for finding speakers; this one only has to recognize a title.)
const AR_TITLES: &str = "
وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة أمين أمينة مدير مديرة سفير سفيرة
مبعوث مبعوثة قائد قائدة زعيم زعيمة محافظ محافظة مستشار مستشارة مندوب مندوبة ممثل ممثلة
منسق منسقة مفوض مفوضة مقرر مقررة مدعي قاضي قاضية ملك أمير أميرة ولي مساعد مساعدة وكيل وكيلة
عمدة حاكم خبير خبيرة محلل محللة باحث باحثة قيادي قيادية عضو عضوة مخرج مخرجة كاتب كاتبة
فنان فنانة لاعب لاعبة مدرب مدربة طبيب طبيبة محامي محامية ناشط ناشطة مواطن مواطنة مقيم مقيمة
شاعر شاعرة مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر مشرف مشرفة إعلامي إعلامية معارض معارضة
متقاعد ناقد ناقدة متخصص متخصصة أستاذ أستاذة مراسل مراسلة شيف
";

/// Ranks and honorifics before a name (`اللواء قاسم سليماني`, `المقدم طيار موسى الفيفي`):
/// passed over.
const AR_RANKS: &str = "
أدميرال جنرال لواء عميد عقيد مقدم ملازم رقيب فريق مشير رائد نقيب طيار ركن دكتور د سيد سيدة
شيخ مهندس معالي سمو فخامة جلالة سماحة فضيلة سعادة صاحب
";

/// Words that make one name with the word after them (`عبد الرحمن`, `أبو بكر`, `آل خليفة`,
/// `بن سلمان`): `عبد الرحمن` alone is one name, like a bare surname.
const AR_JOIN_NEXT: &str = "عبد أبو أبي آل بن ابن بنت";

/// Words that make one name with the word before them (`نصر الله`, `نور الدين`).
const AR_JOIN_PREVIOUS: &str = "الله الدين";

/// Heads of generic bodies: `وزارة الخارجية` or `الجيش` without a country may be any
/// country's; `الشركة`, `صحيفة` say which one only in their article.
const AR_BODIES: &str = "
وزارة حكومة جيش شرطة سفارة رئاسة مكتب قيادة قوات إدارة هيئة لجنة مجلس محكمة نيابة
مديرية دائرة سلطة سلطات أجهزة جهاز وكالة مؤسسة منظمة حركة حزب جماعة تحالف خارجية داخلية
دفاع وزارات شركة صحيفة موقع مركز بنك نادي جامعة مستشفى برنامج مصنع قناة إذاعة بلدية أمانة
";

/// English titles and ranks (compared lower-cased): `Secretary Kerry` is a title and a
/// surname, not a full name.
const EN_TITLES: &str = "
mr mrs ms dr secretary minister president prime spokesman spokeswoman
spokesperson official officials source sources ambassador envoy chief director commander
general gen admiral adm colonel col senator sen representative rep governor mayor king
queen prince sheikh
";

/// Lower-case particles inside English renderings of names (`Haider al-Abadi`).
const EN_PARTICLES: &str = "al bin ibn bint abu abd el de del della der di da du la le van von";

struct Lexicon {
    ar_titles: FastSet<String>,
    ar_ranks: FastSet<String>,
    ar_join_next: FastSet<String>,
    ar_join_previous: FastSet<String>,
    ar_bodies: FastSet<String>,
    en_titles: FastSet<String>,
    en_particles: FastSet<String>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let keys = |s: &str| s.split_whitespace().map(key).collect::<FastSet<String>>();
    Lexicon {
        ar_titles: keys(AR_TITLES),
        ar_ranks: keys(AR_RANKS),
        ar_join_next: keys(AR_JOIN_NEXT),
        ar_join_previous: keys(AR_JOIN_PREVIOUS),
        ar_bodies: keys(AR_BODIES),
        en_titles: keys(EN_TITLES),
        en_particles: keys(EN_PARTICLES),
    }
});

/// Whether `name`, as extraction gives it for a speaker of `kind`, says who the speaker is
/// in any article (so two articles that say it mean one speaker), or only in its own.
///
/// - a person: a full name of two names or more (ranks such as `اللواء` passed over;
///   `عبد الرحمن`, `أبو بكر`, `نصر الله` count as one) that does not start with a title
///   (`الوزير الأميركي`, `وزير الخارجية`, `Secretary Kerry`); a bare surname (`كيري`,
///   `عبد الرحمن`) is known in its article only;
/// - an organization: a name the gazetteer knows or that names a country
///   (`الأمم المتحدة`, `البنتاغون`, `وزارة الدفاع الأميركية`), or that is not a generic
///   body (`وزارة الخارجية`, `الجيش` may be any country's) and is either a proper name of
///   one word (`رويترز`) or longer than one word; never one that starts with a person's
///   title;
/// - an outlet: always;
/// - a group (`مراقبون`, `مسؤولون`) or a document (`البيان`, `بيان صدر عن الاجتماع`):
///   never — anonymous sources and statements are the article's own.
pub fn known_across_articles(name: &str, kind: SpeakerKind) -> bool {
    let words: Vec<String> = name.split_whitespace().map(key).collect();
    if words.is_empty() {
        return false;
    }
    let arabic = name.chars().any(crate::lang::is_arabic_letter);
    match kind {
        SpeakerKind::Outlet => true,
        SpeakerKind::Group | SpeakerKind::Document => false,
        SpeakerKind::Person if arabic => {
            let rest: Vec<&str> = words
                .iter()
                .map(String::as_str)
                .skip_while(|w| LEX.ar_ranks.contains(bare(w)))
                .collect();
            name_parts(&rest) >= 2 && !LEX.ar_titles.contains(bare(rest[0]))
        }
        SpeakerKind::Person => {
            words.len() >= 2
                && !matches!(words[0].as_str(), "the" | "a" | "an")
                && !LEX.en_titles.contains(&words[0])
                && name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || LEX
                            .en_particles
                            .contains(&key(w.split('-').next().unwrap_or(w)))
                })
        }
        SpeakerKind::Organization => {
            let head = bare(&words[0]);
            if LEX.ar_titles.contains(head) || LEX.en_titles.contains(head) {
                // A person's title taken for a body (`المشرف العام على البرنامج`).
                return false;
            }
            names_an_entity(name, &words, arabic)
                || (!LEX.ar_bodies.contains(head)
                    // One word: a proper name (`رويترز`), not a definite noun (`الهيئة`).
                    && (words.len() >= 2 || !words[0].starts_with("ال")))
        }
    }
}

/// How many names the words make, counting `عبد الرحمن`, `أبو بكر`, `آل خليفة` and
/// `نصر الله` as one each.
fn name_parts(words: &[&str]) -> usize {
    let mut parts = 0;
    let mut joined = false;
    for (i, w) in words.iter().enumerate() {
        let glued = joined || (i > 0 && LEX.ar_join_previous.contains(*w));
        joined = LEX.ar_join_next.contains(*w);
        // `عبدالله بن` ends before its second name: the dangling `بن` is none.
        let dangling = joined && i + 1 == words.len();
        if !glued && !dangling {
            parts += 1;
        }
    }
    parts
}

/// The word without the article `ال`.
fn bare(w: &str) -> &str {
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Whether some words of the name are an entity of the gazetteer (a country, a body).
fn names_an_entity(name: &str, keys: &[String], arabic: bool) -> bool {
    if arabic {
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        (0..keys.len()).any(|i| entities::find_ar(&keys[i..]).is_some())
    } else {
        let words: Vec<&str> = name.split_whitespace().collect();
        (0..words.len()).any(|i| entities::find_en(&words[i..]).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SpeakerKind::*;

    macro_rules! known {
        ($($name:literal, $kind:expr => $known:expr;)*) => {
            $( assert_eq!(known_across_articles($name, $kind), $known, "{}", $name); )*
        };
    }

    #[test]
    fn full_names_are_known_across_articles_titles_and_surnames_are_not() {
        known! {
            "جون كيري", Person => true;
            "حيدر العبادي", Person => true;
            "أوانا لونغيسكو", Person => true;
            "اللواء قاسم سليماني", Person => true;
            "المقدم طيار موسى الفيفي", Person => true;
            "رامي عبد الرحمن", Person => true;
            "أبو بكر البغدادي", Person => true;
            "حسن نصر الله", Person => true;
            "المنصف المرزوقي", Person => true;
            "عبد الرحمن", Person => false;
            "عبدالله بن", Person => false;
            "آل إبراهيم", Person => false;
            "نصر الله", Person => false;
            "المدرب البرتغالي", Person => false;
            "الشاعر حسن الزهراني", Person => false;
            "John Kerry", Person => true;
            "Haider al-Abadi", Person => true;
            "كيري", Person => false;
            "العبادي", Person => false;
            "العميد عسيري", Person => false;
            "الوزير الأميركي", Person => false;
            "الوزير", Person => false;
            "وزير الخارجية", Person => false;
            "المتحدث باسم الوزارة", Person => false;
            "مسؤول أميركي", Person => false;
            "Kerry", Person => false;
            "Secretary Kerry", Person => false;
            "the secretary of state", Person => false;
            "", Person => false;
        }
    }

    #[test]
    fn organizations_need_a_proper_name_groups_and_documents_stay_in_their_article() {
        known! {
            "المرصد السوري لحقوق الإنسان", Organization => true;
            "الأمم المتحدة", Organization => true;
            "البنتاغون", Organization => true;
            "وزارة الدفاع الأميركية", Organization => true;
            "وزارة الخارجية", Organization => false;
            "الجيش", Organization => false;
            "الوزارة", Organization => false;
            "وزارة الصحة", Organization => false;
            "الشركة", Organization => false;
            "شركة", Organization => false;
            "رويترز", Organization => true;
            "شركة مترو جدة", Organization => true;
            "المشرف العام على البرنامج الوطني", Organization => false;
            "the Pentagon", Organization => true;
            "مراقبون", Group => false;
            "مسؤولين في وزارة الدفاع الأميركية", Group => false;
            "بيان صدر عن الاجتماع", Document => false;
            "البيان", Document => false;
            "Al-Rafidain Post", Outlet => true;
        }
    }
}
