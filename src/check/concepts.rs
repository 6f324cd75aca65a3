//! A bilingual lexicon of the content words of conflict and security news, so that the
//! subjects of an Arabic and an English claim about one quantity share terms.
//!
//! Named entities already have language-independent ids ([`crate::lang::entities`]); the
//! words around a number (`meeting`/`اجتماع`, `aid`/`مساعدات`, `aircraft`/`طائرات`) are
//! mapped here to a concept id written `~meeting`. Both languages go through the same map,
//! so matching inside one language is unchanged: two words that share a concept would
//! have shared a term anyway, or are near-synonyms (`troops`, `soldiers`).
//!
//! The data: concept id, Arabic forms, English forms, forms separated by `|`, each one
//! word (subjects and windows are matched word by word: a form `في المئة` would give `في`
//! the concept). Arabic forms
//! are written normally and matched as matching terms ([`super::features::term`]: the
//! normalized key without article and one suffix), also after a leading `و`/`ف`. English
//! forms match in lower case; a form ending in a consonant also matches with `s`, one in `y`
//! after a consonant with `ies` (the plural), so plurals need not be listed.

use std::sync::LazyLock;

use super::features::term;
use crate::lang::FastMap;
use crate::lang::en::plural_word;
use crate::normalize::key;

/// concept id | Arabic forms | English forms.
#[rustfmt::skip]
const CONCEPTS: &[(&str, &str, &str)] = &[
    // meetings, statements, decisions
    ("~meeting", "اجتماع|اجتماعات|الاجتماع|لقاء|اجتمع|اجتمعوا|قمة", "meeting|met|meet|summit|conference"),
    ("~statement", "بيان|البيان|بيانات", "statement|communique"),
    ("~agree", "اتفق|اتفقت|اتفقوا|اتفاق|توافق", "agree|agreed|agreement"),
    ("~member", "عضو|أعضاء|الأعضاء|مشارك|المشاركة|مشاركة|منضوية", "member|participant|participating"),
    ("~minister", "وزير|وزراء|الوزراء|الوزير", "minister|secretary"),
    ("~envoy", "ممثل|ممثلو|ممثلي|مبعوث|مبعوثو", "envoy|representative|delegate"),
    ("~review", "تقييم|لتقييم|مراجعة|تقويم", "review|assess|assessment|evaluate"),
    ("~campaign", "حملة|الحملة|حملات", "campaign|offensive|operation"),
    ("~military", "عسكري|عسكرية|العسكرية|عسكريا", "military|militarily"),
    ("~effort", "محور|محاور|مسار|مسارات", "effort|track|axis"),
    ("~support", "دعم|مساندة", "support|backing"),
    ("~partner", "شريك|شركاء|الشركاء", "partner|ally|allies"),
    // people, fighters, forces
    ("~official", "مسؤول|مسؤولون|مسؤولين|المسؤولون|المسؤولين", "official"),
    ("~western", "غربي|غربية|الغربي|الغربيون|الغربيين|غربيون|غربيين", "western|west"),
    ("~foreign", "أجنبي|أجنبية|الأجانب|أجانب|الأجنبي", "foreign|foreigner"),
    ("~fighter", "مقاتل|مقاتلين|المقاتلين|مقاتلون|المقاتلون", "fighter"),
    ("~militant", "مسلح|مسلحين|المسلحين|مسلحون|متشدد|متشددين|إرهابي|إرهابيين", "militant|gunman|gunmen|extremist|terrorist|insurgent"),
    ("~soldier", "جندي|جنود|الجنود|عسكريين|قوات|القوات", "soldier|troop|force|servicemen|personnel"),
    ("~adviser", "مستشار|مستشارين|خبير|خبراء|مدرب|مدربين", "adviser|advisor|trainer|expert|instructor"),
    ("~civilian", "مدني|مدنيين|المدنيين|مدنيون", "civilian"),
    ("~child", "طفل|أطفال|الأطفال", "child|children|kid"),
    ("~woman", "امرأة|نساء|النساء|سيدة", "woman|women"),
    ("~refugee", "لاجئ|لاجئين|اللاجئين|لاجئون", "refugee"),
    ("~displaced", "نازح|نازحين|النازحين|نازحون|مهجر|مهجرين", "displaced|displacement"),
    ("~group", "تنظيم|التنظيم|جماعة|الجماعة|مجموعة", "group|organization|organisation"),
    ("~join", "التحق|التحقوا|انضم|انضموا|انضمام|التحاق", "join|joined|joining"),
    ("~return", "عودة|عاد|عادوا|رجوع", "return|returned|returning"),
    ("~fear", "خشي|يخشى|يخشون|مخاوف|قلق", "fear|feared|concern|worry|worried"),
    // air war
    ("~aircraft", "طائرة|طائرات|الطائرات|مقاتلة|مقاتلات|طيران|الطيران", "aircraft|plane|jet|warplane|airplane"),
    ("~sortie", "طلعة|طلعات|الطلعات", "sortie|mission|flight"),
    ("~strike", "غارة|غارات|الغارات|ضربة|ضربات|الضربات|قصف", "strike|airstrike|raid|bombing|bombardment"),
    ("~carry_out", "نفذ|نفذت|نفذوا|تنفيذ|شن|شنت", "carried|conduct|conducted|launch|launched|flown|fly|flew"),
    ("~drone", "مسيرة|مسيرات|درون", "drone"),
    // aid, money
    ("~aid", "مساعدة|مساعدات|المساعدات|معونة|معونات|إغاثة", "aid|assistance|relief"),
    ("~humanitarian", "إنساني|إنسانية|الإنسانية", "humanitarian"),
    ("~additional", "إضافي|إضافية", "additional|extra|further"),
    ("~provide", "تقديم|بتقديم|قدم|قدمت|تعهد|تعهدت|منح", "provide|provided|pledge|pledged|give|gave|grant|donate|donated"),
    ("~fund", "تمويل|أموال|موارد|ميزانية", "funding|fund|financing|budget|money|resource"),
    ("~weapon", "سلاح|أسلحة|الأسلحة|ذخائر|عتاد", "weapon|arm|arms|ammunition"),
    ("~deliver", "تسليم|إرسال|بإرسال|بإرسالهم|إمداد|إمدادات", "deliver|delivery|deliveries|send|sent|supply|supplies|shipment"),
    ("~authorize", "مأذون|المأذون|أذن|تفويض|فوض|سمح", "authorize|authorized|authorise|authorised|approve|approved"),
    ("~deploy", "نشر|منتشر|منتشرين|المنتشرين|انتشار", "deploy|deployed|deployment|station|stationed"),
    // casualties and damage
    ("~kill", "قتل|قتلى|القتلى|مقتل|قتيل|قتيلا|مصرع|ضحايا|الضحايا|حصيلة", "kill|killed|killing|dead|death|died|toll|victim|fatality|fatalities"),
    ("~injure", "جرح|جرحى|الجرحى|جريح|إصابة|إصابات|مصاب|مصابين|أصيب|أصيبوا", "injure|injured|wound|wounded|injury|injuries|hurt|casualty|casualties"),
    ("~arrest", "اعتقال|اعتقل|معتقل|معتقلين|القبض|توقيف|موقوف", "arrest|arrested|detain|detained|detainee|captured"),
    ("~attack", "هجوم|هجمات|الهجوم|اعتداء|تفجير|انفجار", "attack|assault|blast|explosion|bombing"),
    ("~mosque", "مسجد|المسجد|جامع", "mosque"),
    ("~crash", "تحطم|سقوط|سقطت|تحطمت", "crash|crashed|downed"),
    ("~hospital", "مستشفى|مستشفيات|المستشفى", "hospital"),
    ("~prisoner", "أسير|أسرى|سجين|سجناء|رهينة|رهائن", "prisoner|captive|hostage|inmate"),
    // places and things
    ("~country", "دولة|دول|الدول|بلد|بلدان|بلدانهم", "country|nation"),
    ("~city", "مدينة|مدن|المدينة", "city|town"),
    ("~village", "قرية|قرى", "village"),
    ("~border", "حدود|الحدود|حدودية", "border|frontier"),
    ("~capital", "العاصمة|عاصمة", "capital"),
    ("~headquarters", "مقر|مقار", "headquarters|hq"),
    ("~propaganda", "دعاية|دعايته|الدعاية", "propaganda"),
    ("~election", "انتخابات|الانتخابات|اقتراع|انتخابية", "election|vote|ballot|poll"),
    ("~voter", "ناخب|ناخبين|الناخبين|مقترع", "voter|elector"),
    ("~seat", "مقعد|مقاعد|المقاعد", "seat"),
    ("~oil", "نفط|النفط|نفطية|برميل|براميل", "oil|crude|barrel"),
    ("~price", "سعر|أسعار|الأسعار", "price"),
    ("~budget", "موازنة|الموازنة", "budget"),
    ("~debt", "ديون|الديون|قرض|قروض", "debt|loan"),
    ("~growth", "نمو|النمو", "growth"),
    ("~unemployment", "بطالة|البطالة", "unemployment|jobless"),
    ("~inflation", "تضخم|التضخم", "inflation"),
    ("~population", "سكان|السكان|نسمة|مواطن|مواطنين", "population|inhabitant|resident|citizen|people"),
    ("~year", "عام|سنة|سنوات|أعوام", "year"),
    ("~month", "شهر|أشهر|شهور|شهرين", "month"),
    ("~week", "أسبوع|أسابيع", "week"),
    ("~day", "يوم|أيام", "day"),
    ("~defeat", "هزيمة|دحر|القضاء", "defeat|destroy|eliminate"),
    ("~advance", "تقدم|تقدمت|استعادة|استعاد|تحرير", "advance|advanced|retake|retaken|recapture|liberate"),
    ("~territory", "أراض|أراضي|مناطق|منطقة|مساحات", "territory|area|land|region"),
    ("~percent", "بالمئة|بالمائة|نسبة", "percent"),
];

/// Finds concepts by matching form.
static INDEX: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (id, arabic, english) in CONCEPTS {
        for form in arabic.split('|') {
            map.entry(term(&key(form))).or_insert(*id);
        }
        for form in english.split('|') {
            map.entry(form.to_string()).or_insert(*id);
            map.entry(plural_word(form)).or_insert(*id);
        }
    }
    map
});

/// The concept of a matching term (`اجتماع`, `meeting`, `meetings`), written `~meeting`;
/// `None` for a word the lexicon does not know.
pub fn concept(t: &str) -> Option<&'static str> {
    INDEX.get(t).copied().or_else(|| {
        // `ونفذت`, `فالتحقوا`: a conjunction before the word.
        let rest = t.strip_prefix(['و', 'ف'])?;
        (rest.chars().count() >= 3)
            .then(|| INDEX.get(term(rest).as_str()).copied())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(word: &str) -> Option<&'static str> {
        concept(&term(&key(word)))
    }

    #[test]
    fn arabic_and_english_words_meet() {
        for (ar, en) in [
            ("الاجتماع", "meeting"),
            ("بيان", "statement"),
            ("المساعدات", "aid"),
            ("الطائرات", "aircraft"),
            ("المسؤولون", "officials"),
            ("الغربيون", "Western"),
            ("التحقوا", "joined"),
            ("للنازحين", "displaced"),
            ("ونفذت", "carried"),
            ("الجنود", "troops"),
            ("المأذون", "authorized"),
            ("الحملة", "campaign"),
        ] {
            assert_eq!(c(ar), c(en), "{ar} / {en}");
            assert!(c(ar).is_some(), "{ar}");
        }
    }

    #[test]
    fn forms_are_single_words() {
        for (_, ar, en) in CONCEPTS {
            for form in ar.split('|').chain(en.split('|')) {
                assert!(!form.is_empty() && !form.contains(' '), "{form:?}");
            }
        }
        assert_eq!(c("في"), None);
        assert_eq!(c("الدول"), Some("~country"));
    }

    #[test]
    fn unknown_words_have_no_concept_and_ids_are_marked() {
        assert_eq!(c("بروكسل"), None);
        assert_eq!(c("headquarters"), Some("~headquarters"));
        assert_eq!(c("countries"), Some("~country"));
    }
}
