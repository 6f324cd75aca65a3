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
//! draws that line; a speakers file ([`file`]) or `isnad speakers alias`/`merge` joins what
//! it keeps apart.

pub mod file;

use std::sync::LazyLock;

use crate::lang::{FastSet, entities};
use crate::model::SpeakerKind;
use crate::normalize::key;

/// Heads of titles and descriptions of people, written with or without the article: a name
/// that starts with one is a title (`الوزير الأميركي`, `وزير الخارجية`, `المتحدث باسم
/// الوزارة`), not a name. Some are also first names (`أمين`, `أمير`): such a name is kept to
/// its article, which errs on the safe side.
const AR_TITLES: &str = "
وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة مسؤول مسؤولة مسؤولون مسؤولين
مصدر مصادر مدير مديرة سفير سفيرة مبعوث مبعوثة قائد قائدة زعيم زعيمة محافظ محافظة مستشار
مستشارة مندوب مندوبة ممثل ممثلة أمين أمينة عضو عضوة مساعد مساعدة وكيل وكيلة خبير خبيرة
محلل محللة ملك أمير أميرة ولي حاكم عمدة قاضي قاضية مدعي منسق منسقة مفوض مفوضة
";

/// Ranks and honorifics before a name (`اللواء قاسم سليماني`): passed over.
const AR_RANKS: &str = "
أدميرال جنرال لواء عميد عقيد فريق مشير رائد نقيب دكتور د سيد سيدة شيخ مهندس أستاذ
معالي سمو فخامة جلالة سماحة فضيلة سعادة صاحب
";

/// Heads of generic bodies: `وزارة الخارجية` or `الجيش` without a country may be any
/// country's.
const AR_BODIES: &str = "
وزارة حكومة جيش شرطة سفارة رئاسة مكتب قيادة قوات إدارة هيئة لجنة مجلس محكمة نيابة
مديرية دائرة سلطة سلطات أجهزة جهاز وكالة مؤسسة منظمة حركة حزب جماعة تحالف خارجية داخلية
دفاع وزارات
";

/// English titles and ranks (compared lower-cased): `Secretary Kerry` is a title and a
/// surname, not a full name.
const EN_TITLES: &str = "
the a an mr mrs ms dr secretary minister president prime spokesman spokeswoman
spokesperson official officials source sources ambassador envoy chief director commander
general gen admiral adm colonel col senator sen representative rep governor mayor king
queen prince sheikh
";

/// Lower-case particles inside English renderings of names (`Haider al-Abadi`).
const EN_PARTICLES: &str = "al bin ibn bint abu abd el de del della der di da du la le van von";

struct Lexicon {
    ar_titles: FastSet<String>,
    ar_ranks: FastSet<String>,
    ar_bodies: FastSet<String>,
    en_titles: FastSet<String>,
    en_particles: FastSet<String>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let keys = |s: &str| s.split_whitespace().map(key).collect::<FastSet<String>>();
    Lexicon {
        ar_titles: keys(AR_TITLES),
        ar_ranks: keys(AR_RANKS),
        ar_bodies: keys(AR_BODIES),
        en_titles: keys(EN_TITLES),
        en_particles: keys(EN_PARTICLES),
    }
});

/// Whether `name`, as extraction gives it for a speaker of `kind`, says who the speaker is
/// in any article (so two articles that say it mean one speaker), or only in its own.
///
/// - a person: a full name of two words or more (ranks such as `اللواء` passed over) that
///   does not start with a title (`الوزير الأميركي`, `وزير الخارجية`, `Secretary Kerry`);
///   a bare surname (`كيري`) is known in its article only;
/// - an organization: a name the gazetteer knows or that names a country
///   (`الأمم المتحدة`, `البنتاغون`, `وزارة الدفاع الأميركية`), or of two words or more that
///   is not a generic body (`وزارة الخارجية`, `الجيش` may be any country's);
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
            rest.len() >= 2 && !LEX.ar_titles.contains(bare(rest[0]))
        }
        SpeakerKind::Person => {
            words.len() >= 2
                && !LEX.en_titles.contains(&words[0])
                && name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || LEX
                            .en_particles
                            .contains(&key(w.split('-').next().unwrap_or(w)))
                })
        }
        SpeakerKind::Organization => {
            names_an_entity(name, &words, arabic)
                || (words.len() >= 2
                    && !LEX.ar_bodies.contains(bare(&words[0]))
                    && !LEX.en_titles.contains(&words[0]))
        }
    }
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
            "the Pentagon", Organization => true;
            "مراقبون", Group => false;
            "مسؤولين في وزارة الدفاع الأميركية", Group => false;
            "بيان صدر عن الاجتماع", Document => false;
            "البيان", Document => false;
            "Al-Rafidain Post", Outlet => true;
        }
    }
}
