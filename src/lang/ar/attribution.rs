//! Who says each sentence of an Arabic news article (ARABIC.md, "Speakers").
//!
//! [`attribute`] reads a whole document, sentence by sentence, and returns the stretches of
//! reported speech with their speakers; what lies outside every stretch is the outlet's own
//! voice. A stretch is opened by
//!
//! - a reporting verb, in either order (`قال وزير الخارجية الأميركي جون كيري إن …`,
//!   `كيري قال إن …`, `وكان كيري قد أعلن أن …`): the speaker is the noun phrase between the
//!   verb and the complementizer or quote (`إن أن بأن إنه : « "`), and the stretch runs from
//!   there to the end of the sentence — or over the next sentences while a quote runs on;
//! - a source by preposition (`وفقا لـ`, `وفق`, `حسب`, `بحسب`, `طبقا لـ`, `نقلا عن`,
//!   `على لسان`, `حسبما أفاد`): the rest of the sentence is the source's;
//! - a caption `كيري (يمين): …`;
//! - `كما` and a reporting verb after the words they source (`…، كما صرح الأب`);
//! - with no complementizer, a verb whose object is what it reports (`أعلنت جامعة الدمام عن
//!   طرح 130 وظيفة`, `وأفاد مصدر أمني بمصرع شخص`): the stretch starts at the object, and
//!   opens only where no other frame of the sentence has.
//!
//! What the outlet says about a statement stays the outlet's: its time and channel before
//! the reported words (`قال X اليوم الاثنين إن`, `حسبما أعلن مسؤولون أمس`, `في بيان نشر على
//! موقع تويتر اليوم الخميس`). A full stop glued between words (`يوميا.ووفقا`) ends reported
//! words as a sentence end does.
//!
//! A verb with no noun phrase (`وأضاف أن`) continues the last speaker whose gender agrees
//! with it, or with none the subject of its sentence's first verb (or of the sentence before,
//! for a verb that opens its sentence); a participle after a comma (`مشيرا إلى أن`)
//! continues the speaker of its sentence. Mentions are resolved inside the article: a surname or a title alone refers
//! back to the fullest mention (`كيري`, `الوزير الأميركي` → `وزير الخارجية الأميركي جون
//! كيري`), a title to the most recent person whose title is compatible, `البيان` to the
//! statement named before. `من جهته` / `من جهتها` announce a new speaker.
//!
//! Everything is a single left-to-right pass with bounded look-around (a noun phrase is at
//! most [`MAX_NP`] tokens, a speaker is looked up among the [`RECENT`] most recent ones), so
//! the time is linear in the length of the article.

use std::sync::LazyLock;

use super::ar67;
use super::ar72;
#[path = "ar76.rs"]
mod ar76;
#[path = "ar80.rs"]
mod ar80;
use super::audit63;
use super::numbers;
use super::qualifiers;
use super::tokens::{Token, TokenKind};
use super::units;
use crate::lang::entities;
use crate::lang::{FastMap, FastSet};
use crate::normalize::key;
use crate::segment::Sentence;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    Person,
    Organization,
    Document,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name: for a person the name part of the fullest mention in the article
    /// (`جون كيري` for `وزير الخارجية الأميركي جون كيري`, also when this sentence says only
    /// `كيري` or `الوزير الأميركي`); for others the fullest noun phrase as written
    /// (`المرصد السوري لحقوق الإنسان`, `البيان` → the statement's fullest mention
    /// `بيان صدر عن الاجتماع`, `مراقبون`).
    pub name: String,
    /// How this sentence names the speaker, as written (`الوزير الأميركي`, `كيري`; for an
    /// implicit subject `وأضاف أن …` the mention is empty).
    pub mention: String,
    /// The parts of the fullest mention: title (`وزير الخارجية`), affiliation (`الأميركي`),
    /// name (`جون كيري`); empty strings where absent.
    pub title: String,
    pub affiliation: String,
    pub person_name: String,
    pub kind: SpeakerKind,
}

/// A stretch of reported speech: byte offsets into the document text and its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    pub start: usize,
    pub end: usize,
    pub speaker: Speaker,
}

/// At most this many tokens between a reporting verb and its complementizer.
const MAX_NP: usize = 24;
/// A speaker noun phrase longer than this many words is not one.
const MAX_NP_WORDS: usize = 14;
/// Mentions resolve against this many of the most recent speakers.
const RECENT: usize = 64;
/// A quote runs on over at most this many sentences.
const MAX_QUOTE_SENTENCES: usize = 12;

// ---------------------------------------------------------------------------------------
// Lexicons. Written as in text; compared on their matching keys (`normalize::key`).
// ---------------------------------------------------------------------------------------

/// Reporting verbs: past masculine, past feminine, present masculine, present feminine
/// (`-` where the form is not used).
const VERB_ROWS: &str = "
قال قالت يقول تقول
أضاف أضافت يضيف تضيف
أكد أكدت يؤكد تؤكد
أعلن أعلنت يعلن تعلن
أفاد أفادت يفيد تفيد
أشار أشارت يشير تشير
أوضح أوضحت يوضح توضح
ذكر ذكرت يذكر تذكر
صرح صرحت يصرح تصرح
كشف كشفت يكشف تكشف
نقل نقلت ينقل تنقل
اعتبر اعتبرت يعتبر تعتبر
رأى رأت يرى ترى
شدد شددت يشدد تشدد
لفت لفتت يلفت تلفت
نفى نفت ينفي تنفي
حذر حذرت يحذر تحذر
تابع تابعت يتابع تتابع
بين بينت يبين تبين
توقع توقعت يتوقع تتوقع
أبلغ أبلغت - -
أقر أقرت يقر تقر
اعترف اعترفت يعترف تعترف
زعم زعمت يزعم تزعم
ادعى ادعت يدعي تدعي
أورد أوردت يورد تورد
أردف أردفت - -
استطرد استطردت - -
قدر قدرت يقدر تقدر
رجح رجحت يرجح ترجح
اعتقد اعتقدت يعتقد تعتقد
نوه نوهت ينوه تنوه
زاد زادت - -
أظهر أظهرت يظهر تظهر
";

/// Verbs that are also common other words (`بين` between, `قدر` amount, `زاد` increased):
/// only at the start of a clause.
const CLAUSE_INITIAL_VERBS: &str = "بين بينت قدر قدرت زاد زادت";

/// Verbs whose subject is a conduit: `نقلت الوكالة عن مسؤول قوله إن` is the official's.
const TRANSMIT_VERBS: &str = "نقل نقلت ينقل تنقل";

/// Verbs whose object is what they report when no complementizer follows: `أعلنت جامعة
/// الدمام عن طرح 130 وظيفة`, `وأفاد مصدر أمني بمصرع شخص`, `أعلنت وزارة الصحة تسجيل …`.
const OBJECT_VERBS: &str = "أعلن أعلنت يعلن تعلن كشف كشفت يكشف تكشف أفاد أفادت أكد أكدت نفى نفت
توقع توقعت يتوقع تتوقع حذر حذرت";

/// Time words between a speaker and what it reports (`أعلنت الوزارة اليوم الجمعة تسجيل`).
const TIME_WORDS: &str = "اليوم أمس غدا مساء صباح ظهر يوم ليلة الليلة أول الأحد الاثنين الإثنين
الثلاثاء الأربعاء الخميس الجمعة السبت";

/// First names that start with و (any other word that does is joined by the conjunction).
const WAW_NAMES: &str =
    "وليد وائل وفاء وحيد وحيدة وسام وسيم وجدي وديع وضاح ولاء وعد وداد ورد وهيب وهبي";

/// What a statement is made in (`في بيان`, `في تقريرها`, `في تصريح صحفي`).
const STATEMENT_NOUNS: &str = "بيان تصريح تقرير مؤتمر حديث تغريدة رسالة كلمة لقاء مقابلة اتصال";

/// Participles that continue a speaker after a comma: masculine, feminine.
const PARTICIPLE_ROWS: &str = "
مشيرا مشيرة
مؤكدا مؤكدة
لافتا لافتة
موضحا موضحة
مضيفا مضيفة
معتبرا معتبرة
محذرا محذرة
مشددا مشددة
قائلا قائلة
مبينا مبينة
منوها منوهة
كاشفا كاشفة
مرجحا مرجحة
متوقعا متوقعة
نافيا نافية
معلنا معلنة
مستطردا مستطردة
";

/// Complementizers that open the reported clause.
const COMPLEMENTIZERS: &str =
    "إن أن إنه أنه إنها أنها إنهم أنهم إنهما أنهما إنني أنني إننا أننا بأن بأنه بأنها بأنهم بأنهما";

/// Prepositions a verb takes before its complementizer (`أشار إلى أن`, `شدد على أن`).
const VERB_PREPOSITIONS: &str = "إلى على من عن";

/// Words that end a speaker noun phrase: adverbials, audiences, relative pronouns.
const NP_STOPS: &str = "
في وفي خلال أمام عقب بعد قبل لدى أثناء إثر منذ عبر مساء صباح ظهر اليوم أمس غدا يوم ليلة الليلة
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
أيضا كذلك مجددا بدوره بدورها له لها لهم لنا لي
الذي التي الذين اللذين اللتين اللواتي اللاتي حيث عندما وهو وهي لكن
حول بشأن مع النظر الانتباه بالقول
دائما أبدا وأبدا مرارا سابقا لاحقا رسميا مؤخرا أخيرا حاليا صراحة مسبقا علنا
فضل طلب رفض اشترط مفضلا طالبا رافضا مشترطا
لم ولم لن ولن وزاد ومقره ومقرها بمشيئة بإذن نقلا وفقا طبقا بحسب حسب حسبما فقد فإن
";

/// Words a verb may put before its subject (`أكد ذلك مدير المستشفى`, `قال فيه متحدث`,
/// `قال لي`): passed over.
const NP_SKIPS: &str = "
ذلك هذا هذه فيه فيها فيهم له لها لهم لنا لي عنه عنها منه منها به بها عليه عليها إليه إليها
";

/// Honorifics before a name or title (`معالي الوزير`, `سمو الأمير`): passed over.
const HONORIFICS: &str = "معالي سمو فخامة جلالة سماحة فضيلة سعادة صاحب";

/// Honorific pronouns that stand for the person last named (`وأكد سموه أن`).
const HONORIFIC_PRONOUNS: &str = "
سموه سموها معاليه معاليها سماحته فضيلته سعادته سعادتها جلالته فخامته دولته
";

/// Words before a verb form that make it a verbal noun (`عدم ذكر اسمه`, `دون الإشارة`).
const MASDAR_MARKERS: &str = "عدم دون بدون ضرورة";

/// Quantifiers and elatives before the head of a noun phrase (`إحدى الصحف`, `بعض
/// المسؤولين`, `أحدث الإحصاءات`): the kind is the head's.
const QUANTIFIERS: &str = "أحد إحدى بعض معظم غالبية أغلب عدد كبار أحدث آخر أفضل أعلى أهم أبرز";

/// Heads that measure or rank, not sources: `وفقا لمتوسط ترتيب الدوري`, `حسب نسبة …`.
const MEASURES: &str = "متوسط معدل نسبة حجم قيمة مستوى سعر أسعار إجمالي مجموع";

/// Relative pronouns: a clause between a speaker and its complementizer.
const RELATIVES: &str = "الذي التي الذين اللذين اللتين اللواتي اللاتي";

/// Prepositions that cannot start a speaker noun phrase (`أكد على ضرورة أن`), though they
/// may stand inside one (`بيان صدر عن الاجتماع`).
const NP_LEADING_STOPS: &str = "إلى على عن مع ضد حول بشأن";

/// After these `عن` stays in the noun phrase (`بيان صدر عن الاجتماع`).
const ISSUED: &str = "صدر الصادر صادر الصادرة صادرة";

/// After `ل`: who a statement was made to (`للصحفيين`, `لوكالة الأناضول`).
const AUDIENCES: &str = "صحفيين صحافيين صحفيون صحافيون إعلاميين وكالة قناة صحيفة موقع شبكة إذاعة تلفزيون التلفزيون مراسل وسائل الجزيرة الأناضول رويترز";

/// `من` + one of these ends a noun phrase (`قال كيري من جهته إن`).
const SIDE_WORDS: &str = "جهته جهتها جانبه جانبها ناحيته ناحيتها";

/// Heads of a person's title (without the article).
const TITLE_HEADS: &str = "
وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة أمين أمينة مدير مديرة سفير سفيرة قنصل
مبعوث مبعوثة قائد قائدة زعيم زعيمة محافظ محافظة مستشار مستشارة مندوب مندوبة ممثل ممثلة
منسق منسقة مفوض مفوضة مقرر مقررة مدعي قاضي قاضية ملك أمير أميرة ولي مساعد مساعدة وكيل وكيلة ملحق
عمدة حاكم خبير خبيرة محلل محللة باحث باحثة قيادي قيادية عضو عضوة مخرج مخرجة كاتب كاتبة
فنان فنانة لاعب لاعبة مدرب مدربة طبيب طبيبة محامي محامية ناشط ناشطة مواطن مواطنة مقيم مقيمة
شاعر شاعرة موسيقار ملحن مطرب مطربة مغني مغنية
";

/// Titles that are also first names (`أمين طالب`): they do not end a name.
const NAME_TITLES: &str = "أمين أمينة أمير أميرة ملك حاكم";

/// Ranks and honorifics: a person, but not part of the name.
const RANKS: &str = "
أدميرال جنرال لواء عميد عقيد فريق مشير رائد نقيب دكتور د سيد سيدة شيخ مهندس أستاذ كولونيل كابتن
ركن بروفيسور بارونة بارونه لورد سير ملا حاج
";

/// Modifiers of a title (`وزير الدفاع الأميركي السابق`).
const TITLE_MODIFIERS: &str =
    "سابق سابقة أسبق أسبقة جديد جديدة مستقيل مستقيلة مكلف مكلفة رسمي رسمية
عسكري عسكرية أمني أمنية إعلامي إعلامية عام العام";

/// Unnamed officials and sources: `مسؤولين في وزارة الدفاع` speak for the ministry.
const OFFICIALS: &str = "مسؤول مسؤولة مسؤولين مسؤولون مصدر مصادر";

/// Documents that speak.
const DOCUMENTS: &str = "
بيان بيانات تقرير تقارير وثيقة رسالة دراسة دراسات إحصائية إحصائيات إحصاء إحصاءات مذكرة بلاغ نشرة نشرات
تصريح تصريحات إعلان استطلاع نص تقديرات أرقام تغريدة معلومات أنباء رواية روايات محضر
";

/// Groups of people (plural: a singular verb with no subject does not continue them).
const HUMAN_GROUPS: &str = "
مراقبون مراقبين محللون محللين خبراء شهود ناشطون ناشطين نشطاء سكان مواطنون مواطنين دبلوماسيون
دبلوماسيين مسعفون مسعفين أطباء عسكريون عسكريين معارضون مقاتلون ناجون مشاركون مشاركين
مجتمعون مجتمعين قادة وزراء زعماء ضباط جنود أعضاء مسؤولون مسؤولين لاجئون لاجئين أهالي
بعض منتقدون منتقدين متحدثون متحدثين باحثون باحثين
";

/// Groups that are not people (a feminine singular verb agrees with them).
const OTHER_GROUPS: &str = "مصادر دول حكومات منظمات عواصم عائلة أسرة صحف وكالات";

/// Heads of organizations.
const ORGANIZATIONS: &str = "
مرصد جيش وزارة وكالة حكومة منظمة مجلس قيادة حلف شرطة رئاسة هيئة لجنة مفوضية بنتاغون خارجية
داخلية دفاع بيت كرملين حركة حزب جماعة تحالف تنظيم قوات سلطات سلطة مكتب مركز صندوق بنك اتحاد
جامعة شركة مستشفى مديرية دائرة أمم برلمان كونغرس محكمة نيابة سفارة قنصلية ائتلاف معارضة
إدارة أمانة صحيفة قناة تلفزيون موقع إذاعة برنامج بعثة قصر مجموعة رابطة نقابة اللجنة دولة
بلدية غرفة جمرك كلية إمارة مؤسسة جمهورية
شعبة قسم فرع ملف شؤون صحف وكالات نادي رويترز الأناضول أسوشيتد فرانس مدينة
";

/// Nisbas the gazetteer does not list as their own entity.
const EXTRA_NISBAS: &str = "دولي دولية أممي أممية تركي أطلسي غربي غربية عربي";

/// Words that may stand before a verb without being its subject (`ثم قال`, `كما أكد`).
const PARTICLES: &str = "
ثم كما وكما قد وقد فقد لقد لكن ولكن لكنه ولكنه لكنها ولكنها فيما بينما حيث إذ وإذ هو وهو هي وهي
بدوره بدورها أيضا كذلك بل فإن وإن إلا لذا لذلك وبذلك
";

/// `كان` before a subject and `قد` (`وكان كيري قد أعلن أن`).
const KANA: &str = "كان كانت وكان وكانت فكان فكانت";

/// Gazetteer ids that are people; any other entity that speaks is an organization (a
/// capital or a state speaks for its government).
const PERSON_IDS: &[&str] = &[
    "king_salman",
    "mohammed_bin_salman",
    "mohammed_bin_nayef",
    "adel_al_jubeir",
    "ahmed_asiri",
    "king_abdullah_ii",
    "john_kerry",
    "barack_obama",
    "joe_biden",
    "donald_trump",
    "hillary_clinton",
    "bill_clinton",
    "ashton_carter",
    "chuck_hagel",
    "jim_mattis",
    "mike_pompeo",
    "ban_ki_moon",
    "staffan_de_mistura",
    "ismail_ould_cheikh_ahmed",
    "vladimir_putin",
    "sergei_lavrov",
    "recep_tayyip_erdogan",
    "francois_hollande",
    "angela_merkel",
    "david_cameron",
    "bashar_al_assad",
    "hafez_al_assad",
    "haider_al_abadi",
    "nouri_al_maliki",
    "hassan_rouhani",
    "ali_khamenei",
    "javad_zarif",
    "qassem_soleimani",
    "hassan_nasrallah",
    "benjamin_netanyahu",
    "mahmoud_abbas",
    "abdel_fattah_el_sisi",
    "abd_rabbuh_mansur_hadi",
    "khaled_bahah",
    "ali_abdullah_saleh",
    "abdul_malik_al_houthi",
    "abu_bakr_al_baghdadi",
    "osama_bin_laden",
    "ayman_al_zawahiri",
    "kim_jong_un",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Masc,
    Fem,
    /// People in the plural: a singular verb with no subject does not refer to them.
    Plural,
    Unknown,
}

impl Gender {
    /// Whether a speaker of this gender can be the implicit subject of a verb of `verb`.
    fn agrees_with(self, verb: Gender) -> bool {
        match verb {
            Gender::Masc => matches!(self, Gender::Masc | Gender::Unknown),
            Gender::Fem => matches!(self, Gender::Fem | Gender::Unknown),
            Gender::Plural => self == Gender::Plural,
            Gender::Unknown => self != Gender::Plural,
        }
    }

    /// A noun's grammatical gender from its key: `ة` (`ه` in keys) or a plural `ات`.
    fn of_noun(key: &str) -> Gender {
        if key.ends_with('ه') || key.ends_with("ات") {
            Gender::Fem
        } else {
            Gender::Masc
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Verb {
    gender: Gender,
    present: bool,
    participle: bool,
    clause_initial: bool,
    transmits: bool,
    /// With no complementizer, its object is what it reports (see [`OBJECT_VERBS`]).
    object: bool,
}

struct Lexicon {
    verbs: FastMap<String, Verb>,
    /// The keys of `verbs`: asked of every word of every sentence, most of which are none.
    verb_filter: crate::lang::KeyFilter,
    complementizers: crate::lang::KeySet,
    verb_prepositions: crate::lang::KeySet,
    np_stops: crate::lang::KeySet,
    np_leading_stops: crate::lang::KeySet,
    np_skips: crate::lang::KeySet,
    quantifiers: crate::lang::KeySet,
    measures: crate::lang::KeySet,
    honorifics: crate::lang::KeySet,
    honorific_pronouns: crate::lang::KeySet,
    masdar_markers: crate::lang::KeySet,
    relatives: crate::lang::KeySet,
    issued: crate::lang::KeySet,
    audiences: crate::lang::KeySet,
    side_words: crate::lang::KeySet,
    time_words: crate::lang::KeySet,
    waw_names: crate::lang::KeySet,
    statement_nouns: crate::lang::KeySet,
    title_heads: crate::lang::KeySet,
    name_titles: crate::lang::KeySet,
    ranks: crate::lang::KeySet,
    title_modifiers: crate::lang::KeySet,
    officials: crate::lang::KeySet,
    documents: crate::lang::KeySet,
    human_groups: crate::lang::KeySet,
    other_groups: crate::lang::KeySet,
    organizations: crate::lang::KeySet,
    extra_nisbas: crate::lang::KeySet,
    particles: crate::lang::KeySet,
    kana: crate::lang::KeySet,
    person_ids: FastSet<&'static str>,
}

fn key_set(words: &str) -> crate::lang::KeySet {
    words.split_whitespace().map(key).collect()
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let clause_initial = key_set(CLAUSE_INITIAL_VERBS);
    let transmits = key_set(TRANSMIT_VERBS);
    let object = key_set(OBJECT_VERBS);
    let mut verbs = FastMap::default();
    for row in VERB_ROWS.lines() {
        let forms: Vec<&str> = row.split_whitespace().collect();
        for (i, form) in forms.iter().enumerate() {
            if *form == "-" {
                continue;
            }
            let k = key(form);
            let verb = Verb {
                gender: if i % 2 == 0 {
                    Gender::Masc
                } else {
                    Gender::Fem
                },
                present: i >= 2,
                participle: false,
                clause_initial: clause_initial.contains(&k),
                transmits: transmits.contains(&k),
                object: object.contains(&k),
            };
            verbs.entry(k).or_insert(verb);
        }
    }
    for row in PARTICIPLE_ROWS.lines() {
        for (i, form) in row.split_whitespace().enumerate() {
            let verb = Verb {
                gender: if i == 0 { Gender::Masc } else { Gender::Fem },
                present: false,
                participle: true,
                clause_initial: false,
                transmits: false,
                object: false,
            };
            verbs.entry(key(form)).or_insert(verb);
        }
    }
    Lexicon {
        verb_filter: crate::lang::KeyFilter::new(verbs.keys().map(String::as_str)),
        verbs,
        complementizers: key_set(COMPLEMENTIZERS),
        verb_prepositions: key_set(VERB_PREPOSITIONS),
        np_stops: key_set(NP_STOPS),
        np_leading_stops: key_set(NP_LEADING_STOPS),
        np_skips: key_set(NP_SKIPS),
        quantifiers: key_set(QUANTIFIERS),
        measures: key_set(MEASURES),
        honorifics: key_set(HONORIFICS),
        honorific_pronouns: key_set(HONORIFIC_PRONOUNS),
        masdar_markers: key_set(MASDAR_MARKERS),
        relatives: key_set(RELATIVES),
        issued: key_set(ISSUED),
        audiences: key_set(AUDIENCES),
        side_words: key_set(SIDE_WORDS),
        time_words: key_set(TIME_WORDS),
        waw_names: key_set(WAW_NAMES),
        statement_nouns: key_set(STATEMENT_NOUNS),
        title_heads: key_set(TITLE_HEADS),
        name_titles: key_set(NAME_TITLES),
        ranks: key_set(RANKS),
        title_modifiers: key_set(TITLE_MODIFIERS),
        officials: key_set(OFFICIALS),
        documents: key_set(DOCUMENTS),
        human_groups: key_set(HUMAN_GROUPS),
        other_groups: key_set(OTHER_GROUPS),
        organizations: key_set(ORGANIZATIONS),
        extra_nisbas: key_set(EXTRA_NISBAS),
        particles: key_set(PARTICLES),
        kana: key_set(KANA),
        person_ids: PERSON_IDS.iter().copied().collect(),
    }
});

/// Whether `k` (a key without proclitics) is a reporting verb in the past (`قال`, `أكدت`),
/// not one that is also a common other word (`بين`, `قدر`): a news verb for [`super::today`].
pub(super) fn is_past_reporting_verb(k: &str) -> bool {
    LEX.verbs
        .get(k)
        .is_some_and(|v| !v.present && !v.participle && !v.clause_initial)
}

/// Whether `k` (a key without proclitics) is a noun a statement is made in (`بيان`,
/// `تصريح`): see [`STATEMENT_NOUNS`].
pub(super) fn is_statement_noun(k: &str) -> bool {
    LEX.statement_nouns.contains(k)
}

/// A key without its article: `الوزير` → `وزير` (two letters at least remain).
fn bare(k: &str) -> &str {
    match k.strip_prefix("ال") {
        Some(rest) if rest.chars().nth(1).is_some() => rest,
        _ => k,
    }
}

fn is_definite(k: &str) -> bool {
    bare(k).len() < k.len()
}

fn is_word(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Latin)
}

fn is_punct(t: &Token<'_>, chars: &[char]) -> bool {
    matches!(t.kind, TokenKind::Punct(c) if chars.contains(&c))
}

/// Punctuation that ends a clause inside a sentence.
const CLAUSE_PUNCT: &[char] = &['،', ',', '؛', ';', ':', '.', '!', '?', '؟', '-', '–', '—'];
/// Punctuation that ends a noun phrase.
const NP_PUNCT: &[char] = &['،', ',', '؛', ';', '.', '!', '?', '؟', '-', '–', '—'];
const OPEN_QUOTES: &[char] = &['«', '"', '“', '„'];
const CLOSE_QUOTES: &[char] = &['»', '"', '”'];

/// The closing quote that matches `open`.
fn closer_of(open: char) -> char {
    match open {
        '«' => '»',
        '“' | '„' => '”',
        c => c,
    }
}

/// A reporting verb at token `j` of a sentence, unless it is a verbal noun there (`عدم ذكر
/// اسمه`).
fn verb_in(toks: &[Token<'_>], j: usize) -> Option<Verb> {
    let v = verb_at(toks.get(j)?)?;
    let masdar = j > 0 && LEX.masdar_markers.contains(toks[j - 1].key.as_str());
    (!masdar).then_some(v)
}

/// A reporting verb or participle at a token, with or without the proclitic و or ف.
fn verb_at(t: &Token<'_>) -> Option<Verb> {
    if t.kind != TokenKind::Word {
        return None;
    }
    verb_key(&t.key)
}

/// The reporting verb or participle a key is, with or without the proclitic و or ف.
/// (Asked of every word: most are answered here, inline, by the filter.)
#[inline(always)]
fn verb_key(k: &str) -> Option<Verb> {
    // (`و` is D9 88 and `ف` D9 81 in UTF-8.)
    let listed = LEX.verb_filter.may_have(k);
    if !listed && !matches!(k.as_bytes(), [0xD9, 0x88 | 0x81, ..]) {
        return None;
    }
    verb_key_listed(k, listed)
}

/// [`verb_key`] past its first test; `listed`: whether the filter passed `k` itself.
fn verb_key_listed(k: &str, listed: bool) -> Option<Verb> {
    let lex = &*LEX;
    if listed && let Some(v) = lex.verbs.get(k) {
        return Some(*v);
    }
    let rest = k.strip_prefix('و').or_else(|| k.strip_prefix('ف'))?;
    rest.chars().nth(1)?;
    if !lex.verb_filter.may_have(rest) {
        return None;
    }
    lex.verbs.get(rest).copied()
}

/// A reporting verb, also with an object pronoun: `حسب ما أكده`, `كما ذكرته`.
fn verb_with_object(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && (verb_key(&t.key).is_some()
            || ar76::wrote(t)
            || ["ه", "ها", "هم"].iter().any(|p| {
                t.key
                    .strip_suffix(p)
                    .is_some_and(|r| r.chars().nth(2).is_some() && verb_key(r).is_some())
            }))
}

fn has_clitic_verb(t: &Token<'_>) -> bool {
    !LEX.verbs.contains_key(t.key.as_str())
}

// ---------------------------------------------------------------------------------------
// Mentions: a speaker noun phrase taken apart.
// ---------------------------------------------------------------------------------------

/// One word of a noun phrase.
#[derive(Clone, Debug)]
struct W {
    key: String,
    start: usize,
    end: usize,
    /// Inside parentheses (`(البنتاغون)`): kept in the text, left out of the parts.
    paren: bool,
}

/// A speaker noun phrase, taken apart.
#[derive(Clone, Debug)]
struct Mention {
    kind: SpeakerKind,
    /// As written.
    text: String,
    /// What this mention would make the canonical name.
    canonical: String,
    title: String,
    affiliation: String,
    person_name: String,
    /// Key of the head word without its article (the title's head for a person).
    head: String,
    /// The title's complement (`خارجيه`, `nato`) and the affiliation (`united_states`).
    comp: String,
    aff: String,
    /// Keys of the name's words.
    name: Vec<String>,
    /// The name follows a definite word, a nisba or a rank (a title of its own), not an
    /// indefinite word such as `صحفي` in `في مؤتمر صحفي`.
    name_after_definite: bool,
    entity: Option<&'static str>,
    /// Key of the whole canonical phrase.
    full_key: String,
    definite: bool,
    words: usize,
    gender: Gender,
    /// The head is a known kind of speaker (a title, an organization, a document …), not
    /// an unknown word taken for a name.
    recognized: bool,
}

impl Mention {
    /// Rank for "the fullest mention": a name, a title, an affiliation, then length.
    fn fullness(&self) -> (bool, bool, bool, usize) {
        (
            !self.person_name.is_empty(),
            !self.title.is_empty(),
            !self.affiliation.is_empty(),
            self.words,
        )
    }
}

/// How the first word of a noun phrase sheds a preposition (`لوزير` → `وزير`,
/// `للأمم` → `الأمم`, `والمرصد` → `المرصد`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strip {
    None,
    /// Drop this many letters.
    Letters(usize),
    /// `لل` is ل + ال with the alef dropped: drop both lams and put the article back.
    LamArticle,
}

/// The strip for a word glued to a preposition `ل` (`لوزير`, `للأمم`).
fn lam_strip(t: &Token<'_>) -> Strip {
    if t.key.starts_with("لل") && t.key.chars().count() > 3 {
        Strip::LamArticle
    } else if t.key.starts_with('ل') && t.key.chars().count() > 2 {
        Strip::Letters(1)
    } else {
        Strip::None
    }
}

/// The words of tokens `a..b`, the first one stripped.
fn words_of(toks: &[Token<'_>], a: usize, b: usize, strip: Strip) -> (Vec<W>, &'static str) {
    let mut out = Vec::new();
    let mut depth = 0usize;
    // Quotes after the first word: a quoted name inside the phrase.
    let mut quoted = 0usize;
    let mut in_quote: Vec<bool> = Vec::new();
    let mut straight = false;
    let mut prefix = "";
    for (i, t) in toks.iter().enumerate().take(b).skip(a) {
        match t.kind {
            // A quoted name inside the phrase (`الشركة الوطنية السياحية “سياحية” صالح قدح`)
            // is kept in its text and left out of its parts, as a bracketed one is.
            TokenKind::Punct('(') => depth += 1,
            TokenKind::Punct(')') => depth = depth.saturating_sub(1),
            TokenKind::Punct('«' | '“') if !out.is_empty() => quoted += 1,
            TokenKind::Punct('»' | '”') => quoted = quoted.saturating_sub(1),
            TokenKind::Punct('"') if straight || !out.is_empty() => {
                straight = !straight;
                if straight {
                    quoted += 1;
                } else {
                    quoted = quoted.saturating_sub(1);
                }
            }
            TokenKind::Word | TokenKind::Latin | TokenKind::Number { .. } => {
                let mut w = W {
                    key: if t.key.is_empty() {
                        t.text.to_string()
                    } else {
                        t.key.clone()
                    },
                    start: t.start,
                    end: t.end,
                    paren: depth > 0 || quoted > 0,
                };
                in_quote.push(depth == 0 && quoted > 0);
                if i == a {
                    match strip {
                        Strip::None => {}
                        Strip::Letters(n) => {
                            w.start = t.offset_after_key_chars(n);
                            w.key = w.key.chars().skip(n).collect();
                        }
                        Strip::LamArticle => {
                            w.start = t.offset_after_key_chars(2);
                            w.key = format!("ال{}", w.key.chars().skip(2).collect::<String>());
                            prefix = "ال";
                        }
                    }
                }
                out.push(w);
            }
            TokenKind::Punct(_) => {}
        }
    }
    // A quote that ends the phrase holds the name itself (`العقيد “القرشي”`), not a name
    // inside it.
    for (w, q) in out.iter_mut().zip(&in_quote).rev() {
        if !*q {
            break;
        }
        w.paren = false;
    }
    (out, prefix)
}

/// The text of `start..end` after `prefix` (a restored article), every run of whitespace
/// (a no-break space, a line break) written as one space.
fn span_text(text: &str, prefix: &str, start: usize, end: usize) -> String {
    let body = text.get(start..end).unwrap_or("");
    let mut out = String::with_capacity(prefix.len() + body.len());
    out.push_str(prefix);
    for (i, part) in body.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The longest entity at word `i` (words inside and outside parentheses do not mix).
fn entity_at(ws: &[W], i: usize) -> Option<entities::Entity> {
    let paren = ws.get(i)?.paren;
    let keys: Vec<&str> = ws[i..]
        .iter()
        .take(8)
        .take_while(|w| w.paren == paren)
        .map(|w| w.key.as_str())
        .collect();
    entities::find_ar(&keys)
}

fn is_person_id(id: &str) -> bool {
    LEX.person_ids.contains(id)
}

/// A nisba of a place: `الأميركي`, `العراقية`, `البلجيكي` — its entity id, or its key.
fn nisba(w: &W) -> Option<String> {
    let k = w.key.as_str();
    if !is_definite(k) || !(k.ends_with('ي') || k.ends_with("يه")) {
        return None;
    }
    let stem = bare(k);
    if let Some(e) = entities::find_ar(&[stem])
        && e.words == 1
        && !is_person_id(e.id)
    {
        return Some(e.id.to_string());
    }
    let lex = &*LEX;
    if lex.extra_nisbas.contains(stem) {
        return Some(stem.to_string());
    }
    None
}

/// Takes a speaker noun phrase apart: tokens `a..b` of a sentence, the first word stripped
/// of a preposition as `strip` says.
fn parse_np(text: &str, toks: &[Token<'_>], a: usize, b: usize, strip: Strip) -> Option<Mention> {
    let b = b.min(toks.len());
    if a >= b {
        return None;
    }
    if let Some(m) = quantity_np(text, toks, a, b) {
        return Some(m);
    }
    let (ws, prefix) = words_of(toks, a, b, strip);
    if ws.is_empty() || ws.len() > MAX_NP_WORDS {
        return None;
    }
    // The text runs to the last word, or to a closing parenthesis after it, also one just
    // past the phrase (`لمؤسسة «ترقق العظام الوطنية»`).
    let mut end = ws[ws.len() - 1].end;
    let b = match toks.get(b) {
        Some(t) if is_punct(t, CLOSE_QUOTES) && !toks[b - 1].kind.eq(&t.kind) => b + 1,
        _ => b,
    };
    if let Some(t) = toks[a..b].last()
        && let TokenKind::Punct(q) = t.kind
    {
        // A closing bracket or quote whose opening one is in the phrase too.
        let opener = match q {
            ')' => Some('('),
            '»' => Some('«'),
            '”' => Some('“'),
            '"' => Some('"'),
            _ => None,
        };
        let inner = &toks[a..b - 1];
        if opener.is_some_and(|o| inner.iter().any(|x| is_punct(x, &[o]))) {
            end = t.end;
        }
    }
    let text_all = span_text(text, prefix, ws[0].start, end);
    Some(classify(text, prefix, &ws, text_all))
}

/// A quantity as the speaker: `أكثر من ستين دولة تمثل التحالف` → `أكثر من ستين دولة`.
fn quantity_np(text: &str, toks: &[Token<'_>], a: usize, b: usize) -> Option<Mention> {
    for p in a..b.min(a + 4) {
        let Some(n) = numbers::parse_at(toks, p) else {
            continue;
        };
        let start = if p == a {
            n.start
        } else {
            match qualifiers::before(toks, p) {
                Some(q) if q.first == a => q.start,
                _ => continue,
            }
        };
        let mut last = n.last;
        let keys: Vec<&str> = toks[(n.last + 1).min(b)..b]
            .iter()
            .take_while(|t| t.kind == TokenKind::Word)
            .take(4)
            .map(|t| t.key.as_str())
            .collect();
        if let Some(u) = units::lookup(&keys) {
            last += u.words;
        } else if !keys.is_empty() {
            last += 1;
        }
        let end = toks.get(last.min(b - 1))?.end;
        let phrase = span_text(text, "", start, end);
        let k = key(&phrase);
        return Some(Mention {
            kind: SpeakerKind::Group,
            canonical: phrase.clone(),
            text: phrase,
            title: String::new(),
            affiliation: String::new(),
            person_name: String::new(),
            head: k.clone(),
            comp: String::new(),
            aff: String::new(),
            name: Vec::new(),
            name_after_definite: false,
            entity: None,
            words: k.split(' ').count(),
            full_key: k,
            definite: false,
            gender: Gender::Fem,
            recognized: true,
        });
    }
    None
}

/// A head in the accusative (`بياناً`, `مصدراً`) as the lexicons list it (`بيان`).
fn accusative_stem(k: &str) -> &str {
    match k.strip_suffix('ا') {
        Some(stem) if stem.chars().nth(2).is_some() && known_word(stem) => stem,
        _ => k,
    }
}

/// Decides the kind of a noun phrase from its head and takes a person's mention apart.
fn classify(text: &str, prefix: &str, ws: &[W], text_all: String) -> Mention {
    let lex = &*LEX;
    // `معالي الوزير`, `صاحب السمو الأمير`: the honorific says nothing of the kind.
    let mut skip = 0;
    while skip + 1 < ws.len()
        && (lex.honorifics.contains(ws[skip].key.as_str())
            || (skip > 0 && matches!(ws[skip].key.as_str(), "السمو" | "الملكي")))
    {
        skip += 1;
    }
    let (ws, prefix) = if skip > 0 {
        (&ws[skip..], "")
    } else {
        (ws, prefix)
    };
    // `إحدى الصحف`, `بعض المسؤولين`, `عدد من الخبراء`: the kind is the counted noun's.
    let mut h = 0;
    if ws.len() > 1 && lex.quantifiers.contains(ws[0].key.as_str()) {
        h = 1;
        if ws.len() > 2 && ws[1].key == "من" {
            h = 2;
        }
    }
    let first = &ws[h];
    let head = accusative_stem(bare(&first.key)).to_string();
    // The head is moved into the mention and read from there; the canonical name is the
    // text unless a person's or an organization's part replaces it (copied at the end
    // only when none did).
    let gender = Gender::of_noun(&head);
    let mut m = Mention {
        kind: SpeakerKind::Organization,
        canonical: String::new(),
        text: text_all,
        title: String::new(),
        affiliation: String::new(),
        person_name: String::new(),
        head,
        comp: String::new(),
        aff: String::new(),
        name: Vec::new(),
        name_after_definite: false,
        entity: None,
        full_key: String::new(),
        definite: is_definite(&first.key),
        words: ws.len(),
        gender,
        recognized: true,
    };
    let head = &m.head;
    let entity = entity_at(ws, h);
    let person_entity = entity.as_ref().filter(|e| is_person_id(e.id));
    if h == 0 && (lex.title_heads.contains(head) || lex.ranks.contains(head)) {
        person_parts(text, prefix, ws, &mut m);
    } else if lex.officials.contains(head) {
        officials(text, ws, h, &mut m);
    } else if lex.documents.contains(head) {
        m.kind = SpeakerKind::Document;
    } else if lex.human_groups.contains(head) || (h > 0 && lex.title_heads.contains(head)) {
        m.kind = SpeakerKind::Group;
        m.gender = Gender::Plural;
    } else if lex.other_groups.contains(head) {
        m.kind = SpeakerKind::Group;
        m.gender = Gender::Fem;
    } else if let Some(e) = person_entity.filter(|_| h == 0) {
        m.kind = SpeakerKind::Person;
        m.entity = Some(e.id);
        m.gender = Gender::Unknown;
        name_only(text, prefix, ws, &mut m);
    } else if lex.organizations.contains(head) || entity.is_some() {
        m.kind = SpeakerKind::Organization;
        m.entity = entity.as_ref().map(|e| e.id);
    } else if m.definite && ws.len() > 1 {
        // An unknown definite head: a body (`الاجتماع الوزاري`).
        m.recognized = false;
    } else {
        // An unknown word: a name (`ريندرز`), or a surname with its article (`الدوسري`).
        m.kind = SpeakerKind::Person;
        m.gender = Gender::Unknown;
        m.recognized = false;
        name_only(text, prefix, ws, &mut m);
    }
    if m.entity.is_none() && m.kind != SpeakerKind::Person {
        m.entity = entity.filter(|e| !is_person_id(e.id)).map(|e| e.id);
    }
    if m.canonical.is_empty() {
        m.canonical.clone_from(&m.text);
    }
    m.full_key = key(&m.canonical);
    m.words = m.full_key.split(' ').count();
    m
}

/// A title after a name, in apposition (`رئيسة` in `فرانسيس ديسوزا رئيسة مجلس اللوردات`).
fn ends_name(k: &str) -> bool {
    let b = bare(k);
    LEX.title_heads.contains(b) && !LEX.name_titles.contains(k)
}

/// A person named without a title first: `كيري`, `جون كيري`, `جون ويلموث رئيس شعبة
/// السكان` (the name ends where a title starts).
fn name_only(text: &str, prefix: &str, ws: &[W], m: &mut Mention) {
    let lex = &*LEX;
    let mut named: Vec<&W> = Vec::with_capacity(ws.len());
    for (i, w) in ws.iter().enumerate() {
        let b = bare(&w.key);
        if i > 0 && (ends_name(&w.key) || lex.ranks.contains(b)) {
            break;
        }
        if !w.paren {
            named.push(w);
        }
    }
    if let (Some(f), Some(l)) = (named.first(), named.last()) {
        let p = if std::ptr::eq(*f, &ws[0]) { prefix } else { "" };
        m.person_name = span_text(text, p, f.start, l.end);
        m.name = named.iter().map(|w| w.key.clone()).collect();
        m.canonical = m.person_name.clone();
    }
}

/// `مسؤولين في وزارة الدفاع الأميركية`: the ministry speaks; `مسؤولة السياسة الخارجية`
/// is a title; otherwise a group (`مسؤول عراقي`, `مصادر مطلعة`).
fn officials(text: &str, ws: &[W], h: usize, m: &mut Mention) {
    let lex = &*LEX;
    if h == 0
        && ws.len() > 1
        && is_definite(&ws[1].key)
        && nisba(&ws[1]).is_none()
        && matches!(m.head.as_str(), "مسوول" | "مسووله")
    {
        person_parts(text, "", ws, m);
        return;
    }
    m.kind = SpeakerKind::Group;
    m.gender = if m.head.ends_with("ين") || m.head.ends_with("ون") {
        Gender::Plural
    } else if m.head == "مصادر" {
        Gender::Fem
    } else {
        Gender::of_noun(&m.head)
    };
    for (j, w) in ws.iter().enumerate().skip(h + 1) {
        // `مصادر قريبة من البيت الهلالي` are close to it, not its voice.
        let before = bare(&ws[j - 1].key);
        let close = before.starts_with("قريب") || before.starts_with("مقرب");
        let (org_start, strip) = match w.key.as_str() {
            "من" if close => break,
            "في" | "من" | "لدي" | "داخل" => (j + 1, 0),
            k if k.starts_with('ب') && k.chars().count() > 3 => (j, 1),
            _ => continue,
        };
        let Some(org_first) = ws.get(org_start) else {
            break;
        };
        let mut org: Vec<W> = ws[org_start..].to_vec();
        if strip > 0 {
            org[0].key = org_first.key.chars().skip(strip).collect();
            org[0].start = text
                .get(org_first.start..org_first.end)
                .and_then(|s| s.char_indices().nth(strip))
                .map_or(org_first.start, |(i, _)| org_first.start + i);
        }
        let org_head = bare(&org[0].key).to_string();
        let ent = entity_at(&org, 0).filter(|e| !is_person_id(e.id));
        if lex.organizations.contains(&org_head) || ent.is_some() {
            let last = org[org.len() - 1].end;
            m.kind = SpeakerKind::Organization;
            m.canonical = span_text(text, "", org[0].start, last);
            m.head = org_head;
            m.entity = ent.map(|e| e.id);
            m.gender = Gender::of_noun(&m.head);
        }
        break;
    }
}

/// Takes a person's mention apart: title (head and complement), affiliation, name.
fn person_parts(text: &str, prefix: &str, ws: &[W], m: &mut Mention) {
    let lex = &*LEX;
    m.kind = SpeakerKind::Person;
    let head = bare(&ws[0].key).to_string();
    m.gender = Gender::of_noun(&head);
    m.head = match head.as_str() {
        "ناطق" => "متحدث".to_string(),
        "ناطقه" => "متحدثه".to_string(),
        _ => head.clone(),
    };
    let n = ws.len();
    let mut title_last = 0;
    let mut comp: Vec<String> = Vec::new();
    let mut i = 1;
    let is_rank = lex.ranks.contains(&head);
    if !is_rank {
        while i < n {
            let w = &ws[i];
            let b = bare(&w.key);
            if w.paren {
                i += 1;
                continue;
            }
            if nisba(w).is_some() || lex.ranks.contains(b) {
                break;
            }
            if lex.title_modifiers.contains(b) {
                title_last = i;
                i += 1;
                continue;
            }
            if matches!(w.key.as_str(), "باسم" | "في" | "لدي") {
                // `باسم X`, `في X`: the body the title belongs to.
                title_last = i;
                i += 1;
                if let Some(e) = entity_at(ws, i).filter(|e| !is_person_id(e.id)) {
                    comp.push(e.id.to_string());
                    title_last = i + e.words - 1;
                    i += e.words;
                } else if i < n {
                    comp.push(bare(&ws[i].key).to_string());
                    title_last = i;
                    i += 1;
                }
                continue;
            }
            if let Some(e) = entity_at(ws, i).filter(|e| !is_person_id(e.id)) {
                comp.push(e.id.to_string());
                title_last = i + e.words - 1;
                i += e.words;
                continue;
            }
            // `لصوامع الغلال ومطاحن الدقيق`: a coordinated complement (ar80).
            if ar80::coordinated_title(ws, i) {
                comp.push(bare(w.key.strip_prefix('و').unwrap_or(&w.key)).to_string());
                title_last = i;
                i += 1;
                continue;
            }
            // `الخارجية`, `لحلف`, `والمتحدث`, `بالمستشفى`, `مكتب`, `وزير` (after `نائب`).
            let lam = w.key.starts_with('ل') && w.key.chars().count() > 3;
            let joined = w.key.starts_with("وال")
                || w.key.starts_with("بال")
                || w.key
                    .strip_prefix('ب')
                    .is_some_and(|r| lex.organizations.contains(bare(r)));
            let next_definite = ws.get(i + 1).is_some_and(|x| is_definite(&x.key));
            let title_word =
                lex.title_heads.contains(b) && (!lex.name_titles.contains(b) || next_definite);
            if is_definite(&w.key) || lam || joined || title_word || lex.organizations.contains(b) {
                comp.push(bare(w.key.trim_start_matches(['و', 'ب'])).to_string());
                title_last = i;
                i += 1;
                continue;
            }
            break;
        }
    }
    m.title = span_text(text, prefix, ws[0].start, ws[title_last].end);
    m.comp = comp.first().cloned().unwrap_or_default();
    // Affiliation: the nisbas after the title.
    let mut aff: Vec<&W> = Vec::new();
    while i < n {
        let w = &ws[i];
        if w.paren || lex.title_modifiers.contains(bare(&w.key)) {
            i += 1;
            continue;
        }
        match nisba(w) {
            Some(id) => {
                if aff.is_empty() {
                    m.aff = id;
                }
                aff.push(w);
                i += 1;
            }
            None => break,
        }
    }
    if let (Some(f), Some(l)) = (aff.first(), aff.last()) {
        m.affiliation = span_text(text, "", f.start, l.end);
    }
    // A rank further on ends the title: the name follows it (`المدير التنفيذي لسوق عكاظ
    // الدكتور راشد الغامدي`).
    let rank = (i..n.saturating_sub(1))
        .rev()
        .find(|&r| !ws[r].paren && lex.ranks.contains(bare(&ws[r].key)));
    if let Some(r) = rank {
        if aff.is_empty() && r > i {
            title_last = title_last.max(r - 1);
            m.title = span_text(text, prefix, ws[0].start, ws[title_last].end);
        }
        i = r;
    }
    // Name: what is left, after ranks and a `إلى سوريا` / `لدى الأمم المتحدة`.
    while i < n {
        let w = &ws[i];
        let b = bare(&w.key);
        if w.paren || lex.ranks.contains(b) || lex.title_modifiers.contains(b) {
            i += 1;
        } else if matches!(w.key.as_str(), "الي" | "لدي") {
            i += 2;
        } else {
            break;
        }
    }
    // A name comes after a definite word, a nisba, a rank or the head, not after an
    // indefinite word that ended the title (`في مؤتمر صحفي`).
    m.name_after_definite = i > 0
        && ws.get(i - 1).is_some_and(|p| {
            is_definite(&p.key) || p.paren || lex.ranks.contains(bare(&p.key)) || i - 1 == 0
        })
        || !aff.is_empty();
    // The name ends where a title in apposition starts (`فرانسيس ديسوزا رئيسة مجلس اللوردات`).
    let named: Vec<&W> = ws
        .iter()
        .skip(i)
        .enumerate()
        .take_while(|(k, w)| *k == 0 || !ends_name(&w.key))
        .map(|(_, w)| w)
        .filter(|w| !w.paren)
        .collect();
    if let (Some(f), Some(l)) = (named.first(), named.last()) {
        m.person_name = span_text(text, "", f.start, l.end);
        m.name = named.iter().map(|w| w.key.clone()).collect();
        m.canonical = m.person_name.clone();
    }
}

// ---------------------------------------------------------------------------------------
// Speakers of an article and how mentions resolve to them.
// ---------------------------------------------------------------------------------------

struct Entry {
    kind: SpeakerKind,
    gender: Gender,
    /// Every distinct mention (at most a few dozen are kept).
    mentions: Vec<Mention>,
}

#[derive(Default)]
struct Speakers {
    entries: Vec<Entry>,
    /// Entry indices, most recent first.
    recent: Vec<usize>,
}

fn names_agree(a: &[String], b: &[String]) -> bool {
    match (a.first(), a.last(), b.first(), b.last()) {
        (Some(af), Some(al), Some(bf), Some(bl)) => {
            // A surname is written with or without its article (`رزاق`, `الرزاق`).
            bare(al) == bare(bl) && (a.len() == 1 || b.len() == 1 || af == bf)
        }
        _ => false,
    }
}

fn titles_agree(m: &Mention, e: &Mention) -> bool {
    !m.title.is_empty()
        && !e.title.is_empty()
        && m.head == e.head
        && (m.comp.is_empty() || e.comp.is_empty() || m.comp == e.comp)
        && (m.aff.is_empty() || e.aff.is_empty() || m.aff == e.aff)
}

impl Speakers {
    fn touch(&mut self, idx: usize) {
        self.recent.retain(|&i| i != idx);
        self.recent.insert(0, idx);
        self.recent.truncate(RECENT);
    }

    fn last(&self) -> Option<usize> {
        self.recent.first().copied()
    }

    /// The existing speaker `m` refers to, if any; `exclude` (after `من جهته`) is not
    /// found by title or head, only by name.
    fn find(&self, m: &Mention, exclude: Option<usize>) -> Option<usize> {
        let surname: Vec<String> = if m.kind == SpeakerKind::Person {
            m.name.clone()
        } else if m.words == 1 && !m.recognized {
            vec![m.full_key.clone()]
        } else {
            Vec::new()
        };
        // A name settles it.
        if !surname.is_empty() {
            for &idx in &self.recent {
                let e = &self.entries[idx];
                if e.kind == SpeakerKind::Person
                    && e.mentions.iter().any(|x| names_agree(&surname, &x.name))
                {
                    return Some(idx);
                }
            }
        }
        let candidates = self.recent.iter().copied().filter(|&i| Some(i) != exclude);
        if m.kind == SpeakerKind::Person {
            if m.title.is_empty() {
                return None;
            }
            // A title alone, or a title with a name no one had: the most recent person with
            // a compatible title (and, for a named mention, no other name).
            for idx in candidates {
                let e = &self.entries[idx];
                if e.kind != SpeakerKind::Person {
                    continue;
                }
                let named = e.mentions.iter().any(|x| !x.name.is_empty());
                if (m.name.is_empty() || !named) && e.mentions.iter().any(|x| titles_agree(m, x)) {
                    return Some(idx);
                }
            }
            return None;
        }
        for idx in candidates {
            let e = &self.entries[idx];
            if e.kind != m.kind {
                continue;
            }
            let hit = e.mentions.iter().any(|x| {
                (m.entity.is_some() && m.entity == x.entity)
                    || m.full_key == x.full_key
                    || (m.definite && m.words <= 2 && m.entity.is_none() && m.head == x.head)
            });
            if hit {
                return Some(idx);
            }
        }
        None
    }

    /// The speaker `m` names: an earlier one, or a new one.
    fn resolve(&mut self, m: Mention, verb: Gender, exclude: Option<usize>) -> usize {
        let idx = match self.find(&m, exclude) {
            Some(idx) => idx,
            None => {
                self.entries.push(Entry {
                    kind: m.kind,
                    gender: Gender::Unknown,
                    mentions: Vec::new(),
                });
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[idx];
        if entry.gender == Gender::Unknown {
            entry.gender = match m.gender {
                // A verb before its subject agrees with it in gender (singular subjects).
                Gender::Unknown => verb,
                g => g,
            };
        }
        if entry.mentions.len() < 32 && !entry.mentions.iter().any(|x| x.text == m.text) {
            entry.mentions.push(m);
        }
        self.touch(idx);
        idx
    }

    /// The implicit subject of a verb of gender `verb`: the most recent speaker that agrees.
    fn implicit(&mut self, verb: Gender, exclude: Option<usize>) -> Option<usize> {
        let idx = self
            .recent
            .iter()
            .copied()
            .filter(|&i| Some(i) != exclude)
            .find(|&i| self.entries[i].gender.agrees_with(verb))?;
        self.touch(idx);
        Some(idx)
    }

    /// The speaker as the caller sees it, from the entry's fullest mention (the mention
    /// itself is the caller's to fill in).
    fn speaker(&self, idx: usize) -> Option<Speaker> {
        let e = self.entries.get(idx)?;
        let best = e
            .mentions
            .iter()
            .enumerate()
            .max_by_key(|(i, m)| (m.fullness(), std::cmp::Reverse(*i)))
            .map(|(_, m)| m)?;
        let named = e
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.person_name.is_empty())
            .max_by_key(|(i, m)| (m.fullness(), std::cmp::Reverse(*i)))
            .map(|(_, m)| m);
        let name = match (e.kind, named) {
            (SpeakerKind::Person, Some(n)) => n.person_name.clone(),
            _ => best.canonical.clone(),
        };
        Some(Speaker {
            name,
            mention: String::new(),
            title: best.title.clone(),
            affiliation: best.affiliation.clone(),
            person_name: best.person_name.clone(),
            kind: e.kind,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Frames: where a sentence says who speaks.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Who {
    /// A noun phrase, with the gender of the verb that introduced it.
    Named(Box<Mention>, Gender),
    /// No noun phrase: the last speaker agreeing with this gender.
    Implicit(Gender),
    /// An honorific pronoun (`سموه`): the nearest person it fits ([`ar76::Honor`]).
    Honorific(Gender, ar76::Title),
}

#[derive(Clone, Debug)]
enum Reach {
    /// From `content` to the next frame of the sentence, or its end.
    Forward { content: usize },
    /// Exactly these bytes (a quote before `قال X`).
    Exact { start: usize, end: usize },
    /// A source by preposition at `prep`, its noun phrase ending at `np_end`: the sentence
    /// before it and after it.
    Source { prep: usize, np_end: usize },
}

#[derive(Clone, Debug)]
struct Frame {
    /// Where the frame's own words start: an earlier stretch stops here.
    begin: usize,
    reach: Reach,
    who: Who,
    /// The mention as written (empty for an implicit subject).
    mention: String,
    /// A participle: only when no frame of the sentence has opened before it.
    participle: bool,
    /// An object frame ([`object_frame`]): likewise only when no frame has opened before it.
    weak: bool,
}

/// A complementizer, quote or colon at token `j`.
fn complementizer_at(toks: &[Token<'_>], j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    let lex = &*LEX;
    match t.kind {
        TokenKind::Punct(c) => c == ':' || OPEN_QUOTES.contains(&c),
        TokenKind::Word => {
            (lex.complementizers.contains(t.key.as_str()) && !starts_entity(toks, j))
                || (lex.verb_prepositions.contains(t.key.as_str())
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| lex.complementizers.contains(n.key.as_str())))
        }
        _ => false,
    }
}

/// Whether a name of two words or more starts at token `j` (`بان كي مون` is not `بأن`).
fn starts_entity(toks: &[Token<'_>], j: usize) -> bool {
    let keys: Vec<&str> = toks[j..]
        .iter()
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.key.as_str())
        .collect();
    entities::find_ar(&keys).is_some_and(|e| e.words >= 2)
}

/// The first complementizer after a verb at `v`, within [`MAX_NP`] tokens of the sentence.
/// A short quoted name followed by a complementizer (`موقع "المصدر" إن`) is passed over.
fn find_complementizer(toks: &[Token<'_>], v: usize) -> Option<usize> {
    let end = toks.len().min(v + 1 + MAX_NP);
    let mut j = v + 1;
    while j < end {
        let t = &toks[j];
        // Another reporting verb has its own complementizer, except in a relative clause
        // about the speaker (`مدير المستشفى، الذي أوضح أن`).
        let relative = LEX.relatives.contains(toks[j - 1].key.as_str());
        // `د.كيفن حافظ`: the full stop of an abbreviation of one letter ends nothing.
        let abbreviation = is_punct(t, &['.'])
            && toks[j - 1].kind == TokenKind::Word
            && toks[j - 1].text.chars().count() == 1;
        if (is_punct(t, &['.', '!', '?', '؟']) && !abbreviation)
            || (verb_in(toks, j).is_some_and(|v| !v.participle) && !relative)
        {
            return None;
        }
        if complementizer_at(toks, j) {
            if let TokenKind::Punct(q) = t.kind
                && q != ':'
            {
                let close = closer_of(q);
                let shut = (j + 1..toks.len().min(j + 7)).find(|&k| is_punct(&toks[k], &[close]));
                // `قال لـ«عكاظ» …`: the quoted name of an audience, not the words said.
                if toks[j - 1].key == "ل"
                    && let Some(k) = shut
                {
                    j = k + 1;
                    continue;
                }
                // A quoted name inside the noun phrase: a complementizer follows soon after.
                let named = |k: usize| {
                    (k + 1..toks.len().min(k + 7))
                        .find(|&m| {
                            !matches!(toks[m].kind, TokenKind::Word | TokenKind::Punct('،' | ','))
                                || complementizer_at(toks, m)
                        })
                        .is_some_and(|m| {
                            complementizer_at(toks, m) && !is_punct(&toks[m], OPEN_QUOTES)
                        })
                };
                if let Some(k) = shut
                    && k > j + 1
                    && named(k)
                {
                    j = k + 1;
                    continue;
                }
            }
            return Some(j);
        }
        j += 1;
    }
    None
}

/// Where the speaker noun phrase that starts at `a` ends (exclusive), at most `b`.
fn np_extent(toks: &[Token<'_>], a: usize, b: usize) -> usize {
    let lex = &*LEX;
    let official = toks
        .get(a)
        .is_some_and(|t| lex.officials.contains(bare(&t.key)));
    // After a name, `لل…` is whom it was said to (`موجيريني للمفوضية`); after a title it is
    // the body the title belongs to (`الأمين العام للأمم المتحدة`).
    let titled = toks.get(a).is_some_and(|t| {
        let b = bare(&t.key);
        known_word(b)
            || lex.ranks.contains(b)
            || entities::find_ar(&[t.key.as_str()]).is_some_and(|e| !is_person_id(e.id))
    });
    let mut seen_fi = false;
    let mut depth = 0usize;
    for j in a..b.min(toks.len()) {
        let t = &toks[j];
        match t.kind {
            TokenKind::Punct('(') => depth += 1,
            TokenKind::Punct(')') => depth = depth.saturating_sub(1),
            // `د.كيفن حافظ`: the full stop of an abbreviation of one letter.
            TokenKind::Punct('.')
                if j > a
                    && toks[j - 1].kind == TokenKind::Word
                    && toks[j - 1].text.chars().count() == 1 => {}
            TokenKind::Punct(c) if depth == 0 && NP_PUNCT.contains(&c) => return j,
            TokenKind::Punct(_)
                if depth == 0
                    && j > a
                    && audit63::quote_closes_before(toks, j, b, |n| {
                        verb_at(n).is_some_and(|v| !v.participle)
                    }) =>
            {
                return j;
            }
            TokenKind::Word if depth == 0 => {
                let k = t.key.as_str();
                if (j > a && audit63::time_starts(toks, j)) || ar76::day_before_yesterday(toks, j) {
                    return j;
                }
                if k == "في" && official && !seen_fi && j > a {
                    seen_fi = true;
                    continue;
                }
                let issued = j > a && lex.issued.contains(toks[j - 1].key.as_str());
                let stop = lex.np_stops.contains(k)
                    || (j == a && lex.np_leading_stops.contains(k))
                    || (k == "عن" && !issued)
                    || verb_at(t).is_some_and(|v| v.participle)
                    || (k == "من"
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| lex.side_words.contains(n.key.as_str())))
                    || ar72::np_stop(toks, a, j)
                    || (k == "علي"
                        && j > a
                        && !lex.issued.contains(toks[j - 1].key.as_str())
                        && toks.get(j + 1).is_some_and(|n| channel(&n.key)))
                    || (j > a && k.strip_prefix('ب').is_some_and(channel))
                    || k == "ل"
                    || audience(k)
                    || (!titled && j > a && k.starts_with("لل"));
                if stop {
                    return j;
                }
            }
            _ => {}
        }
    }
    b.min(toks.len())
}

/// Where words are published or whose mouth speaks them: `على موقعه`, `على حسابه`, `على
/// لسان`.
fn channel(k: &str) -> bool {
    ["موقع", "صفح", "حساب", "لسان", "منص", "شاش", "الانترنت"]
        .iter()
        .any(|p| k.starts_with(p))
}

/// `للصحفيين`, `لوكالة`: who the words were said to.
fn audience(k: &str) -> bool {
    let lex = &*LEX;
    let rest = k
        .strip_prefix("لل")
        .or_else(|| k.strip_prefix('ل'))
        .unwrap_or("");
    !rest.is_empty()
        && (lex.audiences.contains(rest) || lex.audiences.contains(&format!("ال{rest}")))
}

/// The start of the clause token `v` is in: after the last clause punctuation before it.
/// Looks back at most `2 * MAX_NP` tokens (a longer clause starts there).
fn clause_start(toks: &[Token<'_>], v: usize) -> usize {
    let floor = v.saturating_sub(2 * MAX_NP);
    (floor..v)
        .rev()
        .find(|&j| is_punct(&toks[j], CLAUSE_PUNCT))
        .map_or(floor, |j| j + 1)
}

/// `من جهته،` / `من جهتها،` / `بدوره` at the start of a sentence: a new speaker, and its
/// gender.
fn new_speaker_marker(toks: &[Token<'_>]) -> Option<Gender> {
    let k = |i: usize| toks.get(i).map_or("", |t| t.key.as_str());
    let side = if matches!(k(0), "من" | "ومن") {
        k(1)
    } else {
        k(0)
    };
    match side {
        "جهته" | "جانبه" | "بدوره" | "وبدوره" => Some(Gender::Masc),
        "جهتها" | "جانبها" | "بدورها" | "وبدورها" => Some(Gender::Fem),
        _ => None,
    }
}

/// The line naming the outlets: `المصدر : وكالة الأناضول,الجزيرة`.
fn is_byline(toks: &[Token<'_>]) -> bool {
    matches!(
        toks.first().map(|t| t.key.as_str()),
        Some("المصدر" | "المصادر")
    ) && toks.get(1).is_some_and(|t| is_punct(t, &[':']))
}

/// Scans one sentence (from token `from`) for frames.
fn frames(text: &str, toks: &[Token<'_>], from: usize, speakers: &Speakers) -> Vec<Frame> {
    let mut out = Vec::new();
    if from == 0
        && let Some(f) = caption(text, toks, speakers)
    {
        out.push(f);
    }
    let mut i = out
        .first()
        .and_then(|f| match f.reach {
            Reach::Forward { content } => toks.iter().position(|t| t.start >= content),
            _ => None,
        })
        .unwrap_or(from);
    while i < toks.len() {
        if let Some((f, next)) = source_frame(text, toks, i, speakers) {
            out.push(f);
            i = next.max(i + 1);
            continue;
        }
        if let Some(v) = verb_in(toks, i)
            && let Some((f, next)) = verb_frame(text, toks, i, v, speakers)
        {
            out.push(f);
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// A caption `كيري (يمين): …`, or `NAME: …` for a person already speaking in the article.
fn caption(text: &str, toks: &[Token<'_>], speakers: &Speakers) -> Option<Frame> {
    let colon = toks.iter().take(14).position(|t| is_punct(t, &[':']))?;
    if colon == 0 || is_byline(toks) {
        return None;
    }
    let paren = toks[..colon].iter().position(|t| is_punct(t, &['(']));
    let np_end = paren.unwrap_or(colon);
    if np_end == 0
        || np_end > 7
        || !toks[..np_end].iter().all(is_word)
        || toks[..np_end].iter().any(|t| verb_at(t).is_some())
    {
        return None;
    }
    if let Some(p) = paren
        && !(colon >= p + 2 && is_punct(&toks[colon - 1], &[')']))
    {
        return None;
    }
    let m = parse_np(text, toks, 0, np_end, Strip::None)?;
    let known = speakers.find(&m, None).is_some();
    let person = m.kind == SpeakerKind::Person;
    let ok = if paren.is_some() {
        person || known
    } else {
        known || (person && m.recognized && !m.name.is_empty())
    };
    if !ok {
        return None;
    }
    let content = toks[colon].start;
    Some(Frame {
        begin: toks[0].start,
        reach: Reach::Forward { content },
        mention: m.text.clone(),
        who: Who::Named(Box::new(m), Gender::Unknown),
        participle: false,
        weak: false,
    })
}

/// Whether a source noun phrase names someone who can be a source: strong prepositions
/// (`وفقا لـ`, `نقلا عن`) also take an unknown name; `حسب`, `وفق` need a known kind.
fn plausible_source(m: &Mention, strong: bool, speakers: &Speakers) -> bool {
    if !m.recognized && LEX.measures.contains(&m.head) {
        return false;
    }
    m.recognized
        || speakers.find(m, None).is_some()
        || (strong && m.kind == SpeakerKind::Person && m.words <= 4)
}

/// A source by preposition at token `i`: `وفقا لـ X`, `بحسب X`, `نقلا عن X`, `على لسان X`,
/// `حسبما أفاد X`. Returns the frame and the token to go on from.
fn source_frame(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    speakers: &Speakers,
) -> Option<(Frame, usize)> {
    let t = &toks[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let k = t.key.as_str();
    let k = k
        .strip_prefix('و')
        .filter(|r| {
            matches!(
                *r,
                "وفقا"
                    | "وفق"
                    | "طبقا"
                    | "حسب"
                    | "بحسب"
                    | "نقلا"
                    | "حسبما"
                    | "وفقما"
                    | "استنادا"
            )
        })
        .unwrap_or(k);
    let next = |n: usize| toks.get(i + n).map_or("", |t| t.key.as_str());
    // (first token of the noun phrase, strip, strong)
    let (np, strip, strong) = match k {
        "وفقا" | "طبقا" => {
            if next(1) == "ل" {
                (i + 2, Strip::None, true)
            } else if let Some((np, strong)) = ar72::what_was_said(toks, i, "لما", verb_with_object)
            {
                (np, Strip::None, strong)
            } else {
                let s = lam_strip(toks.get(i + 1)?);
                if s == Strip::None || ar72::lam_ma(toks, i) {
                    return None;
                }
                (i + 1, s, true)
            }
        }
        "نقلا" if next(1) == "عن" => (i + 2, Strip::None, true),
        "علي" if next(1) == "لسان" => (i + 2, Strip::None, true),
        "علي" => {
            let (np, strong) = ar72::what_was_said(toks, i, "ما", verb_with_object)?;
            (np, Strip::None, strong)
        }
        "كما" | "وكما" => (ar72::kama_came_in(toks, i)?, Strip::None, false),
        "استنادا" if next(1) == "الي" => (i + 2, Strip::None, false),
        "حسبما" | "وفقما" => {
            let (np, strong) = ar72::said_at(toks, i + 1, verb_with_object)?;
            (np, Strip::None, strong)
        }
        "حسب" | "بحسب" | "وفق" => {
            if next(1) == "ما"
                && let Some((np, strong)) = ar72::said_at(toks, i + 2, verb_with_object)
            {
                (np, Strip::None, strong)
            } else {
                (i + 1, Strip::None, false)
            }
        }
        _ => return None,
    };
    // `حسب ما أكده لـ«اليوم» مدير …`: the audience before the source is passed over.
    let np = if np > i + 1 && toks.get(np - 1).is_some_and(verb_with_object) {
        skip_before_subject(toks, np, toks.len())
    } else {
        np
    };
    // A quote around the source's name (`بحسب "رويترز"`) is part of it.
    let np = if toks.get(np).is_some_and(|t| is_punct(t, OPEN_QUOTES)) {
        np + 1
    } else {
        np
    };
    let limit = toks.len().min(np + MAX_NP);
    let np_end = np_extent(toks, np, limit);
    // `وفقا لصحيفة "آس"`, `وفقا لموقع …`: the glued `ل` is the preposition's, not an audience's.
    let np_end =
        if np_end == np && strip != Strip::None && toks.get(np).is_some_and(|t| audience(&t.key)) {
            np_extent(toks, np + 1, limit).max(np + 1)
        } else {
            np_end
        };
    let np_end = ar67::before_verb(toks, np, np_end);
    // `كما جاء في التقرير أن …`: a document's name is a noun and what qualifies it.
    let np_end = if ar72::after_came_in(toks, np) {
        construct_end(toks, np, np_end)
    } else {
        np_end
    };
    if np_end <= np {
        return None;
    }
    // Without punctuation after it the phrase must end the sentence, else the noun phrase
    // is only its head and the words that follow it (`بحسب المرصد قتل …`).
    let np_end = if np_end == limit && limit < toks.len() {
        greedy_np(toks, np, limit)
    } else {
        np_end
    };
    if !strong && quantity_np(text, toks, np, np_end).is_some() {
        // `وفق خمسة محاور`: according to a plan, not to a source.
        return None;
    }
    let m = parse_np(text, toks, np, np_end, strip)?;
    if !plausible_source(&m, strong, speakers) {
        return None;
    }
    // `على لسان متحدثها فى تصريح اليوم`: the time of the statement is the outlet's.
    let np_end = match circumstance_end(toks, np_end, toks.len()) {
        k if k > np_end && toks[k - 1].kind == TokenKind::Word => k,
        _ => np_end,
    };
    let last = toks[..np_end]
        .iter()
        .rposition(|t| !is_punct(t, CLOSE_QUOTES))
        .unwrap_or(np_end - 1);
    let end_byte = toks
        .get(np_end)
        .map_or(toks[last].end, |t| t.start)
        .max(toks[last].end);
    let prep = if t.key.starts_with('و') && k.len() < t.key.len() {
        t.offset_after_key_chars(1)
    } else {
        t.start
    };
    Some((
        Frame {
            begin: prep,
            reach: Reach::Source {
                prep,
                np_end: end_byte,
            },
            mention: m.text.clone(),
            who: Who::Named(Box::new(m), Gender::Unknown),
            participle: false,
            weak: false,
        },
        np_end,
    ))
}

/// Where a noun phrase that starts at `a` ends, at most `b`: a chain of nouns up to the
/// first definite one, then definite words, `لـ` phrases and coordinated ones (`مجموعة
/// صناعة الطائرات`, `الرئاسة العامة للأرصاد وحماية البيئة`, `الاتحاد الروسي لكرة القدم`);
/// an indefinite word after a definite one starts something else (`الهيئة أهمية …`).
fn construct_end(toks: &[Token<'_>], a: usize, b: usize) -> usize {
    let definite = |k: &str| is_definite(k) || (k.starts_with("لل") && k.chars().count() > 3);
    let mut seen_definite = false;
    let mut j = a;
    while j < b && is_word(&toks[j]) {
        let k = toks[j].key.as_str();
        let next_definite = toks.get(j + 1).is_some_and(|n| definite(&n.key));
        let joined =
            (k.starts_with('و') || k.starts_with('ل') || k == "باسم") && k.chars().count() > 3;
        // `نفت طالبان هذه التصريحات`, `أكد الباحثون العديد من …`: a demonstrative or a
        // quantity starts the object.
        if j > a
            && matches!(
                k,
                "هذه"
                    | "هذا"
                    | "تلك"
                    | "ذلك"
                    | "هذين"
                    | "هاتين"
                    | "العديد"
                    | "الكثير"
                    | "المزيد"
            )
        {
            break;
        }
        if definite(k) || k.starts_with("وال") {
            seen_definite = true;
        } else if seen_definite && !(joined && next_definite) {
            break;
        }
        j += 1;
        // A rank is followed by a name: its words up to a surname with the article
        // (`الأستاذ عادل الجبير`, `الدكتور عبدالعزيز بن عبدالله بن طالب`).
        if LEX.ranks.contains(bare(k)) {
            j = name_end(toks, j, b);
            break;
        }
    }
    j
}

/// A person's title that ends at `end` with the name after it, up to `limit`: where the name
/// ends, or `end` when no plain name follows.
fn with_name(text: &str, toks: &[Token<'_>], a: usize, end: usize, limit: usize) -> usize {
    if end >= limit
        || !parse_np(text, toks, a, end, Strip::None)
            .is_some_and(|m| m.kind == SpeakerKind::Person && m.name.is_empty())
    {
        return end;
    }
    // Only a name that runs to the limit: `وزيرة الداخلية البريطانية تخصيص مبلغ` has none.
    let named = name_end(toks, end, limit);
    match parse_np(text, toks, a, named, Strip::None) {
        Some(m) if named == limit && plain_name(&m) => named,
        _ => end,
    }
}

/// Where a name that starts at `a` ends, at most `b`: a first name, its `بن`/`أبو` links,
/// then one more word without the article at most, and a surname with it (`عادل الجبير`,
/// `محمد علي المقدشي`, `عبدالعزيز بن عبدالله بن طالب`, `ابن دليم`).
fn name_end(toks: &[Token<'_>], a: usize, b: usize) -> usize {
    let link = |j: usize| {
        j < b
            && matches!(
                toks[j].key.as_str(),
                "بن" | "بنت" | "ابن" | "ابو" | "ال" | "عبد"
            )
    };
    let word =
        |j: usize| j < b && is_word(&toks[j]) && !LEX.np_stops.contains(toks[j].key.as_str());
    let mut j = a;
    let mut linked = link(j);
    if linked {
        j += 1;
    }
    if !word(j) {
        return j;
    }
    j += 1;
    while link(j) && word(j + 1) {
        j += 2;
        linked = true;
    }
    if word(j) && !linked && !is_definite(&toks[j].key) {
        j += 1;
    }
    if word(j) && is_definite(&toks[j].key) {
        j += 1;
    }
    j
}

/// A name that is only a name: no preposition, statement or known place in it (`نبيل
/// العربي`, not `نبيل العربي في بيان` or `شمال غرب طهران أبو القاسم`).
fn plain_name(m: &Mention) -> bool {
    (1..=5).contains(&m.name.len())
        && m.name.iter().all(|w| {
            // `مندوبا المملكة وناميبيا`: a word joined by و goes on the phrase before it,
            // unless it is a first name that starts with و.
            let joined = w.starts_with('و') && !LEX.waw_names.contains(w.as_str());
            !LEX.np_stops.contains(w.as_str())
                && !joined
                && !statement_noun(w)
                && entities::find_ar(&[w.as_str()]).is_none()
        })
}

/// A noun phrase with no punctuation to end it: the head and its definite modifiers.
fn greedy_np(toks: &[Token<'_>], a: usize, b: usize) -> usize {
    let mut j = a + 1;
    while j < b && toks[j].kind == TokenKind::Word && is_definite(&toks[j].key) {
        j += 1;
    }
    j
}

/// Passes over what a verb may put before its subject: a pronoun (`قال له`, `أكد ذلك`),
/// an audience (`قال لـ«عكاظ»`, `قال لوكالة الأناضول`).
fn skip_before_subject(toks: &[Token<'_>], mut a: usize, c: usize) -> usize {
    let lex = &*LEX;
    for _ in 0..4 {
        let Some(t) = toks.get(a).filter(|_| a < c) else {
            break;
        };
        let k = t.key.as_str();
        let lam_outlet = k.starts_with('ل')
            && k.chars().count() > 3
            && !known_word(bare(k))
            && toks.get(a + 1).is_some_and(|n| {
                let b = bare(&n.key);
                lex.title_heads.contains(b) || lex.ranks.contains(b) || lex.officials.contains(b)
            });
        if lex.np_skips.contains(k) || lam_outlet {
            a += 1;
        } else if k == "ل" || audience(k) || (k.starts_with("لل") && k.chars().count() > 3) {
            a += 1;
            // The audience's name: a quoted phrase, or the words that follow it.
            if let Some(q) = toks.get(a).and_then(|t| match t.kind {
                TokenKind::Punct(q) if OPEN_QUOTES.contains(&q) || q == '»' => Some(q),
                _ => None,
            }) {
                let close = if q == '»' { '«' } else { closer_of(q) };
                let shut =
                    (a + 1..c.min(a + 8)).find(|&j| is_punct(&toks[j], &[close, '»', '"', '”']));
                a = shut.map_or(a + 1, |j| j + 1);
            } else if k == "ل" {
                a += 1;
            }
            while a < c
                && toks[a].kind == TokenKind::Word
                && is_definite(&toks[a].key)
                && audience_tail(toks, a)
            {
                a += 1;
            }
        } else {
            break;
        }
    }
    a
}

/// A definite word after an audience is part of its name unless a speaker starts there.
fn audience_tail(toks: &[Token<'_>], a: usize) -> bool {
    let lex = &*LEX;
    let b = bare(&toks[a].key);
    !(lex.title_heads.contains(b) || lex.ranks.contains(b) || lex.officials.contains(b))
}

/// The subject after a verb, from `a` to the complementizer at `c`: `(start, end)` with
/// `start == end` when there is none. A subject that ends at a comma must be followed by
/// what may stand between a subject and its complementizer — a relative clause, an
/// adverbial, or a name in apposition (`وزير الخارجية الأميركي، جون كيري، إن`), which
/// joins it; anything else means the verb has no reported clause here.
fn subject_extent(text: &str, toks: &[Token<'_>], a: usize, c: usize) -> Option<(usize, usize)> {
    let lex = &*LEX;
    let end = np_extent(toks, a, c);
    // `عن مسؤول قوله إن`: the saying is not part of the name.
    let trim_saying = |mut e: usize| {
        while e > a
            && matches!(
                toks[e - 1].key.as_str(),
                "قوله" | "قولها" | "تاكيده" | "تاكيدها" | "قولهم"
            )
        {
            e -= 1;
        }
        e
    };
    if end <= a || end >= c {
        return Some((a, trim_saying(end)));
    }
    // `قال رئيس كتلة التغيير، النائب برزو مجيد، إن`: the name in apposition (ar80).
    if let Some((n, e)) = ar80::appositive(text, toks, a, c) {
        let nameless = n == end + 1
            && parse_np(text, toks, a, end, Strip::None)
                .is_some_and(|m| m.kind == SpeakerKind::Person && m.name.is_empty());
        return Some((if nameless { a } else { n }, e));
    }
    let stop = &toks[end];
    // A title with its name after a place: `مدير المكتب في محافظة الدوادمي محمد العتيبي`.
    if stop.key == "في"
        && let Some(m) = parse_np(text, toks, a, end, Strip::None)
        && m.kind == SpeakerKind::Person
        && (m.name.is_empty() || ar72::lam_phrase(&m.name))
    {
        let longer = trim_saying(np_extent(toks, end + 1, c));
        if let Some(m) = parse_np(text, toks, a, longer, Strip::None)
            && !m.name.is_empty()
            && m.name_after_definite
            && m.name.len() <= 5
        {
            return Some((a, longer));
        }
    }
    let end_trimmed = trim_saying(end);
    if !is_punct(stop, &['،', ',']) {
        return Some((a, end_trimmed));
    }
    let next = end + 1;
    if next >= c {
        return Some((a, end_trimmed));
    }
    let first = &toks[next];
    let k = first.key.as_str();
    let conj_stop = k
        .strip_prefix('و')
        .is_some_and(|r| lex.np_stops.contains(r));
    if lex.np_stops.contains(k)
        || lex.np_leading_stops.contains(k)
        || k == "من"
        || lex.relatives.contains(k)
        || conj_stop
        || complementizer_at(toks, next)
    {
        return Some((a, end_trimmed));
    }
    // A name in apposition, up to the next comma or the complementizer, completes a title
    // without one; after a name, an apposition (`الملا منصور، خليفة الملا عمر،`) is left out.
    let e2 = np_extent(toks, next, c);
    let nameless = parse_np(text, toks, a, end, Strip::None)
        .is_some_and(|m| m.kind == SpeakerKind::Person && m.name.is_empty());
    let words = e2 - next;
    let closes = e2 == c || is_punct(&toks[e2], &['،', ',']);
    let conjunction = first.key.starts_with('و') && !known_word(bare(&first.key));
    if (1..=5).contains(&words)
        && closes
        && !conjunction
        && toks[next..e2].iter().all(is_word)
        && parse_np(text, toks, next, e2, Strip::None)
            .is_some_and(|m| m.kind == SpeakerKind::Person)
    {
        return Some((a, if nameless { e2 } else { end_trimmed }));
    }
    None
}

/// A word one of the speaker lexicons knows (`وزير` starts with و but is no conjunction).
fn known_word(b: &str) -> bool {
    let lex = &*LEX;
    lex.title_heads.contains(b)
        || lex.organizations.contains(b)
        || lex.documents.contains(b)
        || lex.officials.contains(b)
        || lex.human_groups.contains(b)
}

/// A reporting verb (or participle) at token `v`: its speaker and where its words begin.
fn verb_frame(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    verb: Verb,
    speakers: &Speakers,
) -> Option<(Frame, usize)> {
    let lex = &*LEX;
    if audit63::after_relative_man(toks, v) {
        return None;
    }
    let cs = clause_start(toks, v);
    if verb.clause_initial
        && !(v == cs || (v == cs + 1 && lex.particles.contains(toks[cs].key.as_str())))
    {
        return None;
    }
    if verb.participle {
        // After a comma, and the complementizer right after it.
        if v == 0 || !is_punct(&toks[v - 1], &['،', ',']) {
            return None;
        }
        let c = (v + 1..toks.len().min(v + 3)).find(|&j| complementizer_at(toks, j))?;
        return Some((
            Frame {
                begin: toks[v].start,
                reach: Reach::Forward {
                    content: toks[c].start,
                },
                who: Who::Implicit(verb.gender),
                mention: String::new(),
                participle: true,
                weak: false,
            },
            c + 1,
        ));
    }
    let Some(c) = find_complementizer(toks, v) else {
        return quote_then_verb(text, toks, v, verb)
            .or_else(|| kama_source(text, toks, v, verb, speakers))
            .or_else(|| object_frame(text, toks, v, verb, speakers));
    };
    if not_a_report(toks, v, verb) {
        return None;
    }
    let mut np_start = v + 1;
    if verb.transmits {
        // `نقل` without `عن` is carrying something, not a report.
        np_start = (v + 1..c).find(|&j| toks[j].key == "عن")? + 1;
    }
    np_start = skip_before_subject(toks, np_start, c);
    let (np_start, np_end) = subject_extent(text, toks, np_start, c)?;
    let begin_vs = if has_clitic_verb(&toks[v]) {
        toks[v].offset_after_key_chars(1)
    } else {
        toks[v].start
    };
    let content = toks[c].start;
    let named = |a: usize, b: usize, strip: Strip, begin: usize| -> Option<(Frame, usize)> {
        let m = parse_np(text, toks, a, b, strip)?;
        Some((
            Frame {
                begin,
                reach: Reach::Forward { content },
                mention: m.text.clone(),
                who: Who::Named(Box::new(m), verb.gender),
                participle: false,
                weak: false,
            },
            c + 1,
        ))
    };
    // `وأكد سموه أن`: an honorific pronoun stands for the person last named.
    // (A quote mark after it is no part of a name: `وقال سموه ” إن`.)
    if np_end > np_start
        && lex.honorific_pronouns.contains(toks[np_start].key.as_str())
        && !toks[np_start + 1..np_end].iter().any(is_word)
    {
        let t = &toks[np_start];
        let gender = if t.key.ends_with("ها") {
            Gender::Fem
        } else {
            Gender::Masc
        };
        return Some((
            Frame {
                begin: begin_vs,
                reach: Reach::Forward { content },
                who: Who::Honorific(gender, ar76::Title::of(&t.key)),
                mention: span_text(text, "", t.start, t.end),
                participle: false,
                weak: false,
            },
            c + 1,
        ));
    }
    if np_end > np_start {
        if audit63::not_a_subject(toks, np_start)
            || audit63::considered_among(toks, v, np_start, np_end)
        {
            return None;
        }
        return named(np_start, np_end, Strip::None, begin_vs);
    }
    // No noun phrase after the verb: `وكان X قد أعلن`, `X قال`, or an implicit subject.
    // `وكان كيري قد أعلن`, also without `قد`: `وكانت الأونروا حذرت من أن`.
    let qad = v > cs && toks[v - 1].key == "قد";
    let before = if qad { v - 1 } else { v };
    let kana = (cs..before)
        .rev()
        .take(MAX_NP)
        .find(|&j| lex.kana.contains(toks[j].key.as_str()));
    if let Some(kn) = kana {
        let end = np_extent(toks, kn + 1, before);
        if end > kn + 1 && (qad || (end == before && end - kn <= 8)) {
            return named(kn + 1, end, Strip::None, toks[kn].start);
        }
        if qad {
            return implicit(toks, v, c, verb);
        }
    }
    // `…، حيث قالت إن`, `فيما أكد أن`: a particle right before the verb opens a clause whose
    // subject is implicit.
    if v > cs && toks[v - 1].key != "قد" && lex.particles.contains(toks[v - 1].key.as_str()) {
        return implicit(toks, v, c, verb);
    }
    let mut s = cs;
    if new_speaker_marker(&toks[s..v]).is_some() {
        s += if matches!(toks[s].key.as_str(), "من" | "ومن") {
            2
        } else {
            1
        };
    }
    while s < v && lex.particles.contains(toks[s].key.as_str()) {
        s += 1;
    }
    if s >= v {
        return implicit(toks, v, c, verb);
    }
    // Subject before the verb: `كيري قال إن`, `والمرصد أكد أن`. A number is none (`منذ
    // ديسمبر .2008 يذكر أن`: the year of the clause before a stray full stop).
    if matches!(toks[s].kind, TokenKind::Number { .. }) {
        return None;
    }
    let first = &toks[s];
    if lex.np_stops.contains(first.key.as_str())
        || lex
            .np_stops
            .contains(first.key.strip_prefix('و').unwrap_or(""))
    {
        return implicit(toks, v, c, verb);
    }
    let end = np_extent(toks, s, v);
    if end < v || v - s > 8 {
        return None;
    }
    let mut candidates = vec![(Strip::None, s)];
    if first.key.starts_with('و') && first.key.chars().count() > 3 {
        candidates.insert(0, (Strip::Letters(1), s));
    }
    for (strip, a) in candidates {
        let Some(m) = parse_np(text, toks, a, v, strip) else {
            continue;
        };
        // Before its verb only a known kind of speaker, or one the article has named.
        let known = (m.recognized && (m.kind != SpeakerKind::Person || !m.title.is_empty()))
            || speakers.find(&m, None).is_some()
            || m.entity.is_some();
        if known {
            let begin = if strip == Strip::None {
                toks[a].start
            } else {
                toks[a].offset_after_key_chars(1)
            };
            return named(a, v, strip, begin);
        }
    }
    None
}

/// `قبل أن ينقل`, `لم يقل`: a verb in the subjunctive or negated is no report.
fn not_a_report(toks: &[Token<'_>], v: usize, verb: Verb) -> bool {
    verb.present
        && v > 0
        && matches!(
            toks[v - 1].key.as_str(),
            "ان" | "لن" | "لم" | "كي" | "لكي" | "حتي" | "ولم" | "ولن"
        )
}

/// A verb with no noun phrase: the previous speaker (past tense only; `يذكر أن` is the
/// impersonal "it is noted that").
fn implicit(toks: &[Token<'_>], v: usize, c: usize, verb: Verb) -> Option<(Frame, usize)> {
    if verb.present {
        return None;
    }
    Some((
        Frame {
            begin: toks[v].start,
            reach: Reach::Forward {
                content: toks[c].start,
            },
            who: Who::Implicit(verb.gender),
            mention: String::new(),
            participle: false,
            weak: false,
        },
        c + 1,
    ))
}

/// `…، كما صرح الأب`: `كما` and a reporting verb after the words they source, as `حسبما`.
fn kama_source(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    verb: Verb,
    speakers: &Speakers,
) -> Option<(Frame, usize)> {
    if v < 2 || toks[v - 1].key != "كما" || verb.participle {
        return None;
    }
    // After a comma `كما` may be "also" (`، كما أعلنت الوزارة عن خطة`): a source then only
    // when its name ends the clause.
    let clause_initial = clause_start(toks, v) >= v - 1;
    let np = skip_before_subject(toks, v + 1, toks.len());
    if np >= toks.len() || !is_word(&toks[np]) {
        return None;
    }
    let np_end = construct_end(toks, np, np_extent(toks, np, toks.len().min(np + MAX_NP)));
    let ends_clause = toks.get(np_end).is_none_or(|t| is_punct(t, CLAUSE_PUNCT));
    if np_end <= np || (clause_initial && !ends_clause) {
        return None;
    }
    let m = parse_np(text, toks, np, np_end, Strip::None)?;
    if !plausible_source(&m, true, speakers) {
        return None;
    }
    let prep = toks[v - 1].start;
    Some((
        Frame {
            begin: prep,
            reach: Reach::Source {
                prep,
                np_end: toks[np_end - 1].end,
            },
            mention: m.text.clone(),
            who: Who::Named(Box::new(m), verb.gender),
            participle: false,
            weak: false,
        },
        np_end,
    ))
}

/// Where the circumstances of a statement that start at token `j` end: its time (`اليوم
/// الجمعة`, `أول من أمس`), and the statement or channel up to its time (`في بيان نشر على موقع
/// تويتر اليوم الخميس`, `في تصريح له أمس`, `على موقعه`). `j` itself when there are none.
fn circumstance_end(toks: &[Token<'_>], mut j: usize, end: usize) -> usize {
    let lex = &*LEX;
    let time = |k: usize| {
        lex.time_words.contains(toks[k].key.as_str())
            || (toks[k].key == "من" && k > 0 && toks[k - 1].key == "اول")
    };
    loop {
        let from = j;
        while j < end && (is_punct(&toks[j], &['،', ',']) || time(j)) {
            j += 1;
        }
        if j + 1 < end {
            let k = toks[j].key.as_str();
            let next = toks[j + 1].key.as_str();
            let said_in = matches!(k, "في" | "خلال") && statement_noun(next);
            let said_on = k == "علي" && channel(next) && next != "لسان";
            if said_in || said_on {
                j = match (j + 2..end.min(j + 10)).rev().find(|&t| time(t)) {
                    Some(t) => t + 1,
                    None => j + 2,
                };
            }
        }
        if j == from {
            return j;
        }
    }
}

/// A statement noun, also with a possessive or plural ending (`تقريرها`, `تصريحاته`).
fn statement_noun(k: &str) -> bool {
    let lex = &*LEX;
    lex.statement_nouns.contains(k)
        || ["ه", "ها", "هم", "ات", "اته", "اتها"].iter().any(|e| {
            k.strip_suffix(e)
                .is_some_and(|r| lex.statement_nouns.contains(r))
        })
}

/// What marks the object of an [`OBJECT_VERBS`] verb: `عن`, `على`, or a word glued to `ب`
/// that is not part of a name (`بمصرع`, not `بوزارة` or `بن`).
fn object_marker(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let k = t.key.as_str();
    matches!(k, "عن" | "علي")
        || k.strip_prefix('ب').is_some_and(|r| {
            // `المعنية بالحق`: a definite word after ب completes the phrase before it.
            !r.starts_with("ال")
                && r.chars().nth(2).is_some()
                && !matches!(k, "بن" | "بنت" | "بين")
                && !known_word(bare(r))
                && entities::find_ar(&[r]).is_none()
        })
}

/// A verb of [`OBJECT_VERBS`] with no complementizer: its subject, then what it reports
/// from the object on (`أعلنت جامعة الدمام عن طرح 130 وظيفة`); with no subject, the
/// previous speaker (`وأكدت على البعثة …`). Only a known kind of speaker, or one the
/// article has named, and never the time of the statement (`أعلنت الوزارة اليوم الجمعة`).
fn object_frame(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    verb: Verb,
    speakers: &Speakers,
) -> Option<(Frame, usize)> {
    if !verb.object || not_a_report(toks, v, verb) {
        return None;
    }
    let end = (v + 1..toks.len())
        .find(|&j| is_punct(&toks[j], &['.', '!', '?', '؟']))
        .unwrap_or(toks.len());
    // `الموسم الذي أعلنت عنه الوزارة`: the object is named before the verb.
    let relative = v > 0 && LEX.relatives.contains(toks[v - 1].key.as_str());
    let object_pronoun = toks
        .get(v + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "عنه" | "عنها" | "عنهم" | "به" | "بها"));
    if relative || object_pronoun {
        return None;
    }
    let a = skip_before_subject(toks, v + 1, end);
    if a >= end || audit63::not_a_subject(toks, a) {
        return None;
    }
    let begin = if has_clitic_verb(&toks[v]) {
        toks[v].offset_after_key_chars(1)
    } else {
        toks[v].start
    };
    let frame = |content: usize, who: Who, mention: String| {
        Some((
            Frame {
                begin,
                reach: Reach::Forward {
                    content: toks[content].start,
                },
                who,
                mention,
                participle: false,
                weak: true,
            },
            content + 1,
        ))
    };
    if matches!(toks[a].key.as_str(), "عن" | "علي") {
        if verb.present {
            return None;
        }
        return frame(a, Who::Implicit(verb.gender), String::new());
    }
    let e0 = np_extent(toks, a, end.min(a + MAX_NP));
    // The subject ends where the circumstances of the statement start (`الرئاسة العامة
    // للأرصاد وحماية البيئة في تقريرها`, `الفرنسي ميشيل بلاتيني …، اليوم الأربعاء،`);
    // else at the object's marker and where its noun phrase ends (`الهيئة أهمية تقديم …` is
    // `الهيئة` and its object).
    let circumstances = circumstance_end(toks, e0, end);
    let clean_end =
        circumstances > e0 && !(circumstances == e0 + 1 && is_punct(&toks[e0], &['،', ',']));
    // `حذرت X من أزمة`: a warning's object comes with `من`.
    let warns = {
        let k = toks[v].key.as_str();
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(k, "حذر" | "حذرت" | "يحذر" | "تحذر")
    };
    let marker = (a + 1..e0).find(|&j| object_marker(&toks[j]) || (warns && toks[j].key == "من"));
    let mut np_end = match marker {
        None if clean_end => e0,
        _ => marker.unwrap_or(e0).min(construct_end(toks, a, e0)),
    };
    // A title and the name after it (`اعلن العضو فالح بن راجس عن نيته`).
    np_end = with_name(text, toks, a, np_end, marker.unwrap_or(e0));
    // A title, a place and the name (`مقررة الأمم المتحدة المعنية بالحق في الغذاء هلال إيلفر
    // من …`): the whole of it when a name ends it right before the object's marker.
    if marker.is_none()
        && e0 < end
        && toks[e0].key == "في"
        && parse_np(text, toks, a, np_end, Strip::None)
            .is_some_and(|m| m.kind == SpeakerKind::Person && m.name.is_empty())
        && let Some(m) = (e0 + 1..end.min(e0 + 10))
            .find(|&j| object_marker(&toks[j]) || (warns && toks[j].key == "من"))
        && parse_np(text, toks, a, m, Strip::None)
            .is_some_and(|p| plain_name(&p) && p.name_after_definite)
    {
        np_end = m;
    }
    if np_end <= a || np_end - a > MAX_NP_WORDS || !toks[a..np_end].iter().all(is_word) {
        return None;
    }
    let m = parse_np(text, toks, a, np_end, Strip::None)?;
    let known = (m.recognized && (m.kind != SpeakerKind::Person || !m.title.is_empty()))
        || speakers.find(&m, None).is_some()
        || m.entity.is_some();
    if !known {
        return None;
    }
    // `على لسان متحدثها`: a source follows, which speaks for itself.
    if np_end + 1 < end && toks[np_end].key == "علي" && toks[np_end + 1].key == "لسان" {
        return None;
    }
    // Pass over the time and the channel of the statement, and a place before the object
    // (`في محافظة الرس عن فتح`).
    let mut content = circumstance_end(toks, np_end, end);
    if content == np_end
        && content + 1 < end
        && matches!(toks[content].key.as_str(), "في" | "خلال")
        && let Some(j) = (content + 1..end.min(content + 7))
            .find(|&j| matches!(toks[j].key.as_str(), "عن" | "علي"))
    {
        content = j;
    }
    if content >= end {
        return None;
    }
    let mention = m.text.clone();
    frame(content, Who::Named(Box::new(m), verb.gender), mention)
}

/// `"نحن نحارب"، قال العبادي.`: a quote, then the verb and its speaker to the end.
fn quote_then_verb(text: &str, toks: &[Token<'_>], v: usize, verb: Verb) -> Option<(Frame, usize)> {
    if audit63::considered(toks, v) {
        return None;
    }
    let mut j = v;
    while j > 0 && is_punct(&toks[j - 1], &['،', ',']) {
        j -= 1;
    }
    let close = j.checked_sub(1)?;
    let TokenKind::Punct(q) = toks[close].kind else {
        return None;
    };
    if !CLOSE_QUOTES.contains(&q) {
        return None;
    }
    let open_char = match q {
        '»' => '«',
        '”' => '“',
        c => c,
    };
    let open = (0..close)
        .rev()
        .find(|&k| is_punct(&toks[k], &[open_char]))?;
    let np_end = np_extent(toks, v + 1, toks.len());
    let m = parse_np(text, toks, v + 1, np_end, Strip::None)?;
    Some((
        Frame {
            begin: toks[open].start,
            reach: Reach::Exact {
                start: toks[open].start,
                end: toks[close].end,
            },
            mention: m.text.clone(),
            who: Who::Named(Box::new(m), verb.gender),
            participle: false,
            weak: false,
        },
        np_end,
    ))
}

// ---------------------------------------------------------------------------------------
// The document.
// ---------------------------------------------------------------------------------------

/// An open quote carried into the next sentence.
struct Carry {
    /// Index in the output of the stretch it extends.
    out: usize,
    closer: char,
    sentences: usize,
}

/// A stretch before speakers are turned into [`Speaker`]s.
struct Raw {
    start: usize,
    end: usize,
    entry: usize,
    mention: String,
}

/// `sentences[k]` has tokens `tokens[k]` (byte offsets into `text`). Returns every stretch
/// of reported speech in document order; a claim inside one belongs to its speaker, a claim
/// outside all of them is the outlet's own voice.
pub fn attribute(text: &str, sentences: &[Sentence], tokens: &[Vec<Token<'_>>]) -> Vec<Reported> {
    let mut speakers = Speakers::default();
    let mut raw: Vec<Raw> = Vec::new();
    let mut carry: Option<Carry> = None;
    let mut prev_end = 0usize;
    let mut prev_toks: Option<&[Token<'_>]> = None;
    let mut honor = ar76::Honor::default();
    // The people each sentence names matter only to an honorific pronoun (`وأكد سموه`),
    // which an article rarely has: without one they are not looked for (a cheap first and
    // last letter test before the set's).
    // (Sentence by sentence, each a slice: a tighter loop than a flattened iterator.)
    let honorifics = tokens.iter().any(|sentence| {
        sentence.iter().any(|t| {
            let k = t.key.as_str();
            super::speed35::may_end_in_ha(k)
                && matches!(k.chars().next(), Some('س' | 'م' | 'ف' | 'ج' | 'د'))
                && (k.ends_with('ه') || k.ends_with("ها"))
                && LEX.honorific_pronouns.contains(k)
        })
    });
    for (sentence, toks) in sentences.iter().zip(tokens) {
        let prev = prev_toks.replace(toks);
        let (s_start, s_end) = (
            sentence.byte_start,
            sentence.byte_end.max(sentence.byte_start),
        );
        let gap = text.get(prev_end.min(s_start)..s_start).unwrap_or("");
        prev_end = s_end;
        if toks.is_empty() {
            continue;
        }
        if is_byline(toks) {
            carry = None;
            continue;
        }
        // A quote running on from the sentence before.
        let mut from = 0;
        if let Some(c) = carry.take() {
            let reopened = is_punct(&toks[0], OPEN_QUOTES);
            if (!gap.contains('\n') || reopened) && c.sentences < MAX_QUOTE_SENTENCES {
                let skip = usize::from(reopened);
                match toks
                    .iter()
                    .skip(skip)
                    .position(|t| is_punct(t, &[c.closer]))
                {
                    Some(p) => {
                        let p = p + skip;
                        raw[c.out].end = toks[p].end;
                        from = p + 1;
                    }
                    None => {
                        raw[c.out].end = s_end;
                        carry = Some(Carry {
                            sentences: c.sentences + 1,
                            ..c
                        });
                        continue;
                    }
                }
            }
        }
        // A participle or a source inside a stretch already opened continues it.
        // (content start, weak) of the last forward frame kept; a full stop glued between
        // words (`يوميا.ووفقا`) ends it as a sentence end would.
        let mut forward: Option<(usize, bool)> = None;
        let found: Vec<Frame> = frames(text, toks, from, &speakers)
            .into_iter()
            .filter(|f| {
                if let Some((content, _)) = forward
                    && glued_stop(toks, content, f.begin).is_some()
                {
                    forward = None;
                }
                // Inside reported words, a verb with a long phrase no one knows is a word of
                // the report (`فقد رأت إسناد مهمة الدراسة لبيوت خبرة`), not a new speaker; nor
                // is an object frame. A source or a participle continues what a reporting verb
                // opened, but not what an object frame did (`أعلنت مجموعة صافولا عن نتائجها …،
                // وفقا للعضو المنتدب`).
                let stranger = matches!(&f.who, Who::Named(m, _)
                    if !m.recognized && m.words > 4 && speakers.find(m, None).is_none());
                let inside = match forward {
                    None => false,
                    Some((_, weak)) => {
                        f.weak
                            || stranger
                            || (!weak && (f.participle || matches!(f.reach, Reach::Source { .. })))
                    }
                };
                if !inside && let Reach::Forward { content } = f.reach {
                    forward = Some((content, f.weak));
                }
                !inside
            })
            .collect();
        let people = if honorifics {
            ar76::named_people(text, toks)
        } else {
            Vec::new()
        };
        let marker = new_speaker_marker(toks);
        let exclude = marker.and_then(|_| speakers.last());
        let mut last_forward: Option<(usize, usize)> = None; // (raw index, content start)
        let mut region_end = toks.get(from).map_or(s_end, |t| t.start);
        let begins: Vec<usize> = found.iter().map(|f| f.begin).collect();
        for (n, f) in found.into_iter().enumerate() {
            let next_begin = begins[n + 1..]
                .iter()
                .copied()
                .find(|&b| b > f.begin)
                .unwrap_or(s_end);
            let excl = if n == 0 { exclude } else { None };
            let mut mention = f.mention;
            let entry = match f.who {
                Who::Named(m, g) => Some(speakers.resolve(*m, g, excl)),
                Who::Honorific(g, title) => honor
                    .subject(&people, f.begin, g, title, &mut speakers)
                    .or_else(|| speakers.implicit(g, excl)),
                Who::Implicit(g) if f.participle => {
                    participle_subject(text, toks, g, &mut speakers).map(|(e, m)| {
                        mention = m;
                        e
                    })
                }
                // No earlier speaker agrees: the subject of this sentence's first verb, or,
                // for a verb that opens its sentence, of the sentence before.
                Who::Implicit(g) => speakers
                    .implicit(g, excl)
                    .map(|e| (e, mention.clone()))
                    .or_else(|| sentence_subject(text, toks, g, f.begin, &mut speakers))
                    .or_else(|| {
                        prev.filter(|_| n == 0)
                            .and_then(|p| sentence_subject(text, p, g, usize::MAX, &mut speakers))
                    })
                    .map(|(e, m)| {
                        mention = m;
                        e
                    }),
            };
            let Some(entry) = entry else {
                continue;
            };
            honor.spoke(entry, f.begin);
            let mut push = |start: usize, end: usize| {
                if let Some((a, b)) = trim(text, start, end) {
                    raw.push(Raw {
                        start: a,
                        end: b,
                        entry,
                        mention: mention.clone(),
                    });
                    true
                } else {
                    false
                }
            };
            match f.reach {
                Reach::Forward { content } => {
                    let stop = glued_stop(toks, content, next_begin).unwrap_or(next_begin);
                    if push(content, stop.max(content)) {
                        last_forward = Some((raw.len() - 1, content));
                    }
                }
                Reach::Exact { start, end } => {
                    push(start, end);
                    region_end = region_end.max(end);
                }
                Reach::Source { prep, np_end } => {
                    let has_words = |a: usize, b: usize| {
                        let first = toks.partition_point(|t| t.start < a);
                        toks[first..].iter().take_while(|t| t.end <= b).any(is_word)
                    };
                    // Not back over a full stop glued between words (`…الهولندي.وفقا للالمانية`).
                    let mut from_byte = region_end;
                    while let Some(stop) = glued_stop(toks, from_byte, prep) {
                        from_byte = stop + 1;
                    }
                    if has_words(from_byte, prep) {
                        push(from_byte, prep);
                    }
                    if has_words(np_end, next_begin) {
                        push(np_end, next_begin);
                    }
                    region_end = np_end;
                }
            }
        }
        honor.sentence_done(people);
        // A quote opened in the last stretch and not closed runs on.
        if let Some((idx, content)) = last_forward
            && raw[idx].end >= s_end.saturating_sub(4)
            && let Some(closer) = open_quote(text.get(content..s_end).unwrap_or(""))
        {
            raw[idx].end = s_end;
            carry = Some(Carry {
                out: idx,
                closer,
                sentences: 0,
            });
        }
    }
    raw.sort_by_key(|r| r.start);
    let mut cache: FastMap<usize, Speaker> = FastMap::default();
    let mut out = Vec::with_capacity(raw.len());
    for r in raw {
        // (The mention is each stretch's own: the cached speaker is kept and copied
        // without one.)
        let base = match cache.get(&r.entry) {
            Some(s) => without_mention(s),
            None => {
                let Some(s) = speakers.speaker(r.entry) else {
                    continue;
                };
                cache.insert(r.entry, without_mention(&s));
                s
            }
        };
        out.push(Reported {
            start: r.start,
            end: r.end,
            speaker: Speaker {
                mention: r.mention,
                ..base
            },
        });
    }
    out
}

/// A copy of `s` with an empty mention (not copied only to be dropped).
fn without_mention(s: &Speaker) -> Speaker {
    Speaker {
        name: s.name.clone(),
        mention: String::new(),
        title: s.title.clone(),
        affiliation: s.affiliation.clone(),
        person_name: s.person_name.clone(),
        kind: s.kind,
    }
}

/// A full stop glued to the words on both sides (`عنيف.وكانت`), between bytes `from` and
/// `to`: a sentence end the segmenter could not see, where reported words stop. Its byte.
fn glued_stop(toks: &[Token<'_>], from: usize, to: usize) -> Option<usize> {
    let first = toks.partition_point(|t| t.start < from);
    (first.max(1)..toks.len().saturating_sub(1))
        .take_while(|&j| toks[j].end <= to)
        .find(|&j| {
            let (p, t, n) = (&toks[j - 1], &toks[j], &toks[j + 1]);
            is_punct(t, &['.'])
                && p.kind == TokenKind::Word
                && n.kind == TokenKind::Word
                && p.end == t.start
                && n.start == t.end
                && p.text.chars().count() >= 3
                && n.text.chars().count() >= 2
        })
        .map(|j| toks[j].start)
}

/// The subject of a participle in a sentence no reporting verb has opened: the noun phrase
/// after the sentence's first verb when it names a speaker (`وطالب العبادي …، مشيرا إلى
/// أن`): the longest one that an earlier speaker answers to, else a name in the gazetteer.
/// Returns the speaker and the mention.
fn participle_subject(
    text: &str,
    toks: &[Token<'_>],
    gender: Gender,
    speakers: &mut Speakers,
) -> Option<(usize, String)> {
    if toks.len() < 2 || toks[0].kind != TokenKind::Word || !is_word(&toks[1]) {
        return None;
    }
    let end = np_extent(toks, 1, toks.len().min(1 + 8));
    // The longest phrase that is already a mention of the speaker it finds, else the shortest
    // that finds one: `وحصرت الهيئة استيراد الأدوية` names `الهيئة`, not `الهيئة استيراد`.
    let mut chosen = None;
    for e in (2..=end).rev() {
        if let Some(m) = parse_np(text, toks, 1, e, Strip::None)
            && let Some(idx) = speakers.find(&m, None)
        {
            let known = speakers.entries[idx].mentions.iter().any(|x| {
                x.full_key == m.full_key
                    || (m.kind == SpeakerKind::Person && names_agree(&m.name, &x.name))
            });
            if known {
                chosen = Some(m);
                break;
            }
            chosen = Some(m);
        }
    }
    if chosen.is_none() {
        let keys: Vec<&str> = toks[1..end].iter().map(|t| t.key.as_str()).collect();
        let e = entities::find_ar(&keys)?;
        chosen = parse_np(text, toks, 1, 1 + e.words, Strip::None);
    }
    let m = chosen?;
    // The mention's gender and, for a speaker already known, the speaker's (`كيري` is
    // masculine once a masculine verb has said so).
    let known = speakers.find(&m, None).map(|i| speakers.entries[i].gender);
    if !m.gender.agrees_with(gender) || known.is_some_and(|g| !g.agrees_with(gender)) {
        return None;
    }
    let mention = m.text.clone();
    Some((speakers.resolve(m, gender, None), mention))
}

/// The implicit subject of a verb that no earlier speaker agrees with: the subject of its
/// sentence's first verb, as for a participle, or a known kind of body there (`اهتمت الصحف
/// الأرجنتينية المختلفة بالأنباء …، حيث قالت إن`), before the verb at byte `verb`.
fn sentence_subject(
    text: &str,
    toks: &[Token<'_>],
    gender: Gender,
    verb: usize,
    speakers: &mut Speakers,
) -> Option<(usize, String)> {
    // `من جهته هنأ الملحق الثقافي …`: the verb after a new-speaker marker and particles.
    let mut k = 0;
    if new_speaker_marker(toks).is_some() {
        k += if matches!(toks[0].key.as_str(), "من" | "ومن") {
            2
        } else {
            1
        };
    }
    while k < toks.len()
        && (is_punct(&toks[k], &['،', ',']) || LEX.particles.contains(toks[k].key.as_str()))
    {
        k += 1;
    }
    let toks = &toks[k.min(toks.len())..];
    if toks.len() < 3 || toks[0].kind != TokenKind::Word || is_definite(&toks[0].key) {
        return None;
    }
    if toks[1].start < verb
        && let Some(found) = participle_subject(text, toks, gender, speakers)
    {
        return Some(found);
    }
    let e0 = np_extent(toks, 1, toks.len().min(1 + 8));
    let mut end = with_name(text, toks, 1, construct_end(toks, 1, e0), e0);
    let mut m = parse_np(text, toks, 1, end, Strip::None)?;
    // `الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب`: a title, a place and the name.
    if m.kind == SpeakerKind::Person
        && m.name.is_empty()
        && toks.get(e0).is_some_and(|t| t.key == "في")
    {
        let longer = np_extent(toks, e0 + 1, toks.len().min(e0 + 10));
        if let Some(p) = parse_np(text, toks, 1, longer, Strip::None)
            && plain_name(&p)
            && p.name_after_definite
        {
            (end, m) = (longer, p);
        }
    }
    let titled = m.kind != SpeakerKind::Person || !m.title.is_empty();
    if end <= 1 || toks[end - 1].end > verb || !m.recognized || !titled {
        return None;
    }
    if !m.gender.agrees_with(gender) {
        return None;
    }
    let mention = m.text.clone();
    Some((speakers.resolve(m, gender, None), mention))
}

/// The quote left open at the end of `s`, as the closer it waits for.
/// The quotes of `s` in order: `"`, `«`, `»`, `“`, `”`, `„`. Read by bytes, eight at a time
/// while none of them has a quote's first byte (22, C2 or E2, which never occur inside
/// another char): most of a stretch is Arabic letters, passed over without decoding.
fn quotes(s: &str) -> impl Iterator<Item = char> + '_ {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |w: u64, byte: u8| {
        let x = w ^ (u64::from(byte) * LOW);
        x.wrapping_sub(LOW) & !x & HIGH != 0
    };
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if let Some(eight) = b.get(i..i + 8) {
                let mut w = [0; 8];
                w.copy_from_slice(eight);
                let w = u64::from_le_bytes(w);
                if !has(w, b'"') && !has(w, 0xC2) && !has(w, 0xE2) {
                    i += 8;
                    continue;
                }
            }
            let at = i;
            i += 1;
            let c = match b[at] {
                b'"' => '"',
                0xC2 => match b.get(at + 1) {
                    Some(0xAB) => '«',
                    Some(0xBB) => '»',
                    _ => continue,
                },
                0xE2 => match (b.get(at + 1), b.get(at + 2)) {
                    (Some(0x80), Some(0x9C)) => '“',
                    (Some(0x80), Some(0x9D)) => '”',
                    (Some(0x80), Some(0x9E)) => '„',
                    _ => continue,
                },
                _ => continue,
            };
            return Some(c);
        }
        None
    })
}

fn open_quote(s: &str) -> Option<char> {
    let mut guillemets = 0i32;
    let mut curly = 0i32;
    let mut straight = false;
    let mut last_open = None;
    for c in quotes(s) {
        match c {
            '«' => {
                guillemets += 1;
                last_open = Some('»');
            }
            '»' => guillemets -= 1,
            '“' | '„' => {
                curly += 1;
                last_open = Some('”');
            }
            '”' => curly -= 1,
            _ => {
                straight = !straight;
                if straight {
                    last_open = Some('"');
                }
            }
        }
    }
    let open = |c: char| match c {
        '»' => guillemets > 0,
        '”' => curly > 0,
        _ => straight,
    };
    last_open
        .filter(|&c| open(c))
        .or_else(|| ['»', '”', '"'].into_iter().find(|&c| open(c)))
}

/// `start..end` without surrounding spaces and commas; none if nothing is left.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = text.get(start..end)?;
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '،' || c == ',')
            .len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == '،' || c == ',');
    let (a, b) = (start + lead, start + t.len());
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;
    use crate::segment;

    #[test]
    fn quotes_are_found_as_the_chars_are() {
        let marks = ['"', '«', '»', '“', '”', '„'];
        let texts = [
            "",
            "\"",
            "قال «نعم» ثم \"لا\" و“ربما” و„أجل“",
            "كلمات عربية طويلة بلا أي علامة اقتباس على الإطلاق هنا",
            "abcdefgh«ijklmnop»qrstuvw“xyz”",
            "ـــــــــ«",
            "¢©® – — … € ™ «x",
        ];
        for t in texts {
            let want: Vec<char> = t.chars().filter(|c| marks.contains(c)).collect();
            assert_eq!(quotes(t).collect::<Vec<_>>(), want, "{t}");
            // Every starting offset, so that each quote falls at each place of a word.
            for (k, _) in t.char_indices() {
                let want: Vec<char> = t[k..].chars().filter(|c| marks.contains(c)).collect();
                assert_eq!(quotes(&t[k..]).collect::<Vec<_>>(), want, "{}", &t[k..]);
            }
        }
    }

    fn run(text: &str) -> Vec<Reported> {
        let sentences = segment::sentences(text, &[]);
        let tokens: Vec<Vec<Token<'_>>> = sentences
            .iter()
            .map(|s| tokenize(s.text(text), s.byte_start))
            .collect();
        attribute(text, &sentences, &tokens)
    }

    /// The stretch that holds the (last) occurrence of `needle`, if any.
    fn stretch<'r>(rs: &'r [Reported], text: &str, needle: &str) -> Option<&'r Reported> {
        let at = text
            .rfind(needle)
            .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
        let end = at + needle.len();
        rs.iter().find(|r| r.start <= at && end <= r.end)
    }

    /// Who says `needle` in `text`: (canonical name, mention), or none.
    fn who(text: &str, needle: &str) -> Option<(String, String)> {
        let rs = run(text);
        stretch(&rs, text, needle).map(|r| (r.speaker.name.clone(), r.speaker.mention.clone()))
    }

    type Want = Option<(&'static str, &'static str)>;

    fn check(label: &str, text: &str, cases: &[(&str, Want)]) -> (usize, Vec<String>) {
        let rs = run(text);
        let mut failures = Vec::new();
        let mut right = 0;
        for (needle, want) in cases {
            let got = stretch(&rs, text, needle)
                .map(|r| (r.speaker.name.as_str(), r.speaker.mention.as_str()));
            if got == *want {
                right += 1;
            } else {
                failures.push(format!("{label}: {needle}: got {got:?}, want {want:?}"));
            }
        }
        (right, failures)
    }

    // ---- The seed and the fixture articles -----------------------------------------

    fn shared_seed() -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/seed/coalition-brussels-ar.txt");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the shared folder must be beside the repository)",
                path.display()
            )
        })
    }

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/articles")
            .join(name);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Drop the front matter; what is left is the body.
        match text
            .strip_prefix("---\n")
            .and_then(|r| r.split_once("\n---\n"))
        {
            Some((_, body)) => body.to_string(),
            None => text,
        }
    }

    const KERRY: &str = "جون كيري";
    const STATEMENT: &str = "بيان صدر عن الاجتماع";

    /// Every sentence of the seed: a phrase of it and its speaker (name, mention).
    const SEED: &[(&str, Want)] = &[
        ("أكثر من ستين دولة", None),
        (
            "بدأت تعطي نتائج",
            Some(("أكثر من ستين دولة", "أكثر من ستين دولة")),
        ),
        (
            "بصدد وقف تقدمه",
            Some(("أكثر من ستين دولة", "أكثر من ستين دولة")),
        ),
        ("أكدوا مجددا التزامهم", Some((STATEMENT, STATEMENT))),
        ("خمسة محاور", Some((STATEMENT, "البيان"))),
        ("ونزع الشرعية عن تنظيم الدولة", Some((STATEMENT, "البيان"))),
        ("بعد أربعة أشهر", None),
        ("آلاف المقاتلين الأجانب", None),
        ("وفي الجلسة الافتتاحية", None),
        (
            "من الصعب على تنظيم الدولة",
            Some((KERRY, "وزير الخارجية الأميركي جون كيري")),
        ),
        ("أكثر من ألف طلعة جوية", Some((KERRY, "الوزير الأميركي"))),
        ("سيستمر", Some((KERRY, "الوزير الأميركي"))),
        ("نجح في وقف تقدم تنظيم الدولة", Some((KERRY, "كيري"))),
        ("استعاد العديد من المناطق", Some((KERRY, "كيري"))),
        (
            "سيتقدم بطلب للحلف",
            Some((
                "المتحدثة باسم حلف شمال الأطلسي",
                "المتحدثة باسم حلف شمال الأطلسي",
            )),
        ),
        ("قوات التحالف نجحت", Some((KERRY, "كيري"))),
        ("مساعدة دولية", None),
        ("وتتلقى واشنطن", None),
        ("وبفضل هذه الحملة", None),
        ("لن تنجح في هزيمة", Some(("مراقبون", "مراقبون"))),
        ("8 أغسطس/آب الماضي", None),
        ("23 سبتمبر/أيلول الماضي", None),
        ("وكالة الأناضول", None),
    ];

    const RAFIDAIN: &[(&str, Want)] = &[
        ("62 دولة", None),
        ("اليوم الأربعاء", None),
        ("منذ أربعة أشهر", None),
        ("خمسة محاور", Some((STATEMENT, STATEMENT))),
        (
            "باتوا عاجزين",
            Some((KERRY, "وزير الخارجية الأميركي جون كيري")),
        ),
        ("ما يزيد على ألف طلعة جوية", Some((KERRY, "الوزير الأميركي"))),
        ("ثلاث سنوات", Some((KERRY, "كيري"))),
        ("ويشارك في الاجتماع", None),
        (
            "28 دولة",
            Some(("أوانا لونغيسكو", "الناطقة باسم الناتو أوانا لونغيسكو")),
        ),
        ("آلاف المقاتلين الأجانب", None),
        ("8 أغسطس/آب الماضي", None),
        ("23 سبتمبر/أيلول الماضي", None),
    ];

    const GULF_WIRE: &[(&str, Want)] = &[
        ("أكثر من ستين دولة", None),
        ("عقد الأربعاء", None),
        ("عشرات الوزراء", None),
        ("نحو أربعة أشهر", None),
        (
            "حرمت التنظيم",
            Some((KERRY, "وزير الخارجية الأميركي جون كيري")),
        ),
        (
            "أكثر من 15 ألف مقاتل أجنبي",
            Some(("حيدر العبادي", "رئيس الوزراء العراقي حيدر العبادي")),
        ),
        ("خلال شهرين", Some(("حيدر العبادي", ""))),
        (
            "لا يشارك بصفته مؤسسة",
            Some((
                "ينس ستولتنبرغ",
                "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ",
            )),
        ),
        (
            "500 مليون دولار",
            Some(("وزارة الخارجية الأميركية", "وزارة الخارجية الأميركية")),
        ),
        ("الثالث والعشرين من أيلول/سبتمبر الماضي", None),
        ("آب/أغسطس الماضي", None),
    ];

    const SINDYAN: &[(&str, Want)] = &[
        ("٤٠ دولة", None),
        (
            "نحو ألف طلعة جوية",
            Some((KERRY, "وزير الخارجية الأميركي جون كيري")),
        ),
        (
            "٨٥٪",
            Some(("وزارة الدفاع الأميركية", "مسؤولين في وزارة الدفاع الأميركية")),
        ),
        ("أوقفنا زخم التنظيم", Some((KERRY, "كيري"))),
        ("ما لا يقل عن ١٥ بلدة", None),
        ("٨ أغسطس/آب الماضي", None),
        (
            "سيبحث طلبا عراقيا",
            Some(("أوانا لونغيسكو", "المتحدثة باسم الحلف أوانا لونغيسكو")),
        ),
        ("نحو مليوني شخص", Some(("الأمم المتحدة", "الأمم المتحدة"))),
        ("لن تكفي لهزيمة التنظيم", Some(("محللون", "محللون"))),
        ("وكالة أنباء السنديان", None),
    ];

    const LEVANT: &[(&str, Want)] = &[
        ("3 كانون الأول/ديسمبر 2014", None),
        (
            "أربعة محاور",
            Some(("ديدييه ريندرز", "وزير الخارجية البلجيكي ديدييه ريندرز")),
        ),
        ("ست طائرات", Some(("ديدييه ريندرز", "ريندرز"))),
        (
            "سيتقدم قريبا بطلب رسمي",
            Some(("أوانا لونغيسكو", "المتحدثة باسم الحلف أوانا لونغيسكو")),
        ),
        ("28 دولة", Some(("أوانا لونغيسكو", ""))),
        ("السابع من آب/أغسطس 2014", None),
        ("23 أيلول/سبتمبر 2014", None),
        (
            "نحو ثلاثة آلاف جندي",
            Some(("وزارة الدفاع الأميركية", "وزارة الدفاع الأميركية")),
        ),
        ("نصف مليار دولار", None),
    ];

    const KIRBY_FULL: &str = "المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) الأدميرال جون كيربي";
    const SOHR: &str = "المرصد السوري لحقوق الإنسان";

    const DIJLA: &[(&str, Want)] = &[
        ("1361 طلعة جوية", Some(("جون كيربي", KIRBY_FULL))),
        (
            "الثالث من كانون الأول/ديسمبر الجاري",
            Some(("جون كيربي", "")),
        ),
        ("8 أغسطس/آب الماضي", Some(("جون كيربي", "كيربي"))),
        (
            "أكثر من ألف طلعة جوية",
            Some((KERRY, "وزير الخارجية الأميركي جون كيري")),
        ),
        ("23 سبتمبر/أيلول الماضي", Some((SOHR, SOHR))),
        ("1171 شخصا على الأقل", Some((SOHR, SOHR))),
        ("52 مدنيا", Some((SOHR, SOHR))),
        ("تحسن المعلومات الاستخباراتية", None),
        ("نشر قوات برية", None),
    ];

    /// An article's label, text and expected speakers.
    type Article = (&'static str, String, &'static [(&'static str, Want)]);

    fn articles() -> Vec<Article> {
        vec![
            ("seed", shared_seed(), SEED),
            ("R", fixture("rafidain-2014-12-03-coalition.md"), RAFIDAIN),
            (
                "GW",
                fixture("gulf-wire-2014-12-03-coalition.md"),
                GULF_WIRE,
            ),
            ("S", fixture("sindyan-2014-12-03-coalition.md"), SINDYAN),
            ("LD", fixture("levant-daily-coalition-brussels.md"), LEVANT),
            ("D", fixture("dijla-2014-12-18-coalition-strikes.md"), DIJLA),
        ]
    }

    /// The tables check every sentence: each one holds at least one of their phrases.
    #[test]
    fn every_sentence_of_the_articles_is_checked() {
        let mut uncovered = Vec::new();
        for (label, text, cases) in articles() {
            for sentence in segment::sentences(&text, &[]) {
                let t = sentence.text(&text);
                if !cases.iter().any(|(needle, _)| t.contains(needle)) {
                    uncovered.push(format!("{label}: {t}"));
                }
            }
        }
        assert!(uncovered.is_empty(), "{}", uncovered.join("\n"));
    }

    #[test]
    fn seed_and_fixture_speakers() {
        let mut failures = Vec::new();
        let mut right = 0;
        let mut total = 0;
        for (label, text, cases) in articles() {
            let (r, f) = check(label, &text, cases);
            right += r;
            total += cases.len();
            failures.extend(f);
        }
        assert!(
            failures.is_empty(),
            "{right}/{total} right\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn the_seed_parts_of_kerry_and_kinds() {
        let text = shared_seed();
        let rs = run(&text);
        let kerry = &stretch(&rs, &text, "أكثر من ألف طلعة جوية")
            .unwrap()
            .speaker;
        assert_eq!(kerry.title, "وزير الخارجية");
        assert_eq!(kerry.affiliation, "الأميركي");
        assert_eq!(kerry.person_name, "جون كيري");
        assert_eq!(kerry.kind, SpeakerKind::Person);
        let kind = |needle: &str| stretch(&rs, &text, needle).unwrap().speaker.kind;
        assert_eq!(kind("خمسة محاور"), SpeakerKind::Document);
        assert_eq!(kind("لن تنجح في هزيمة"), SpeakerKind::Group);
        assert_eq!(kind("بدأت تعطي نتائج"), SpeakerKind::Group);
        assert_eq!(kind("سيتقدم بطلب للحلف"), SpeakerKind::Person);
    }

    #[test]
    fn fixture_parts_and_kinds() {
        let text = fixture("dijla-2014-12-18-coalition-strikes.md");
        let rs = run(&text);
        let kirby = &stretch(&rs, &text, "1361 طلعة جوية").unwrap().speaker;
        assert_eq!(kirby.title, "المتحدث باسم وزارة الدفاع الأميركية");
        assert_eq!(kirby.affiliation, "");
        assert_eq!(kirby.person_name, "جون كيربي");
        let sohr = &stretch(&rs, &text, "52 مدنيا").unwrap().speaker;
        assert_eq!(sohr.kind, SpeakerKind::Organization);
        assert_eq!((sohr.title.as_str(), sohr.person_name.as_str()), ("", ""));
        let text = fixture("sindyan-2014-12-03-coalition.md");
        let rs = run(&text);
        let pentagon = &stretch(&rs, &text, "٨٥٪").unwrap().speaker;
        assert_eq!(pentagon.kind, SpeakerKind::Organization);
        let analysts = &stretch(&rs, &text, "لن تكفي").unwrap().speaker;
        assert_eq!(analysts.kind, SpeakerKind::Group);
    }

    // ---- One rule at a time -------------------------------------------------------

    const KERRY_SAID: &str = "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. ";
    const TWO_MINISTERS: &str = "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وقال وزير الخارجية البلجيكي ديدييه ريندرز إن بلاده مستعدة. ";
    const LUNGESCU_SAID: &str = "قالت المتحدثة باسم الحلف أوانا لونغيسكو إن العراق طلب المساعدة. ";

    /// (label, text, phrase, speaker (name, mention)); the phrase's last occurrence counts.
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &str, Want)] = &[
        // Reporting verbs, both genders and tenses, verb before the subject.
        ("qala", "قال وزير الخارجية الأميركي جون كيري إن 60 دولة انضمت.", "60 دولة", Some((KERRY, "وزير الخارجية الأميركي جون كيري"))),
        ("qalat", "قالت وزيرة الخارجية السويدية مارغوت فالستروم إن بلادها سترسل 35 جنديا.", "35 جنديا", Some(("مارغوت فالستروم", "وزيرة الخارجية السويدية مارغوت فالستروم"))),
        ("akkada", "أكد المرصد السوري لحقوق الإنسان أن 12 شخصا قتلوا.", "12 شخصا", Some((SOHR, SOHR))),
        ("aalanat", "أعلنت وزارة الدفاع أن 3 جنود أصيبوا.", "3 جنود", Some(("وزارة الدفاع", "وزارة الدفاع"))),
        ("afadat", "وأفادت وكالة الأنباء السعودية بأن 5 طائرات وصلت.", "5 طائرات", Some(("وكالة الأنباء السعودية", "وكالة الأنباء السعودية"))),
        ("ashara_ila", "وأشار التقرير إلى أن 40% من السكان نزحوا.", "40%", Some(("التقرير", "التقرير"))),
        ("awdaha", "وأوضح الجيش الأمريكي أن 20 غارة نفذت.", "20 غارة", Some(("الجيش الأمريكي", "الجيش الأمريكي"))),
        ("dhakarat", "ذكرت مصادر أن 7 مقاتلين قتلوا.", "7 مقاتلين", Some(("مصادر", "مصادر"))),
        ("sarraha", "وصرح المتحدث باسم الجيش العراقي يحيى رسول بأن 100 مسلح قتلوا.", "100 مسلح", Some(("يحيى رسول", "المتحدث باسم الجيش العراقي يحيى رسول"))),
        ("kashafa", "وكشف مسؤول عراقي أن 9 قرى حررت.", "9 قرى", Some(("مسؤول عراقي", "مسؤول عراقي"))),
        ("naqalat_an", "ونقلت رويترز عن مسؤول أميركي قوله إن 50 مستشارا سيصلون.", "50 مستشارا", Some(("مسؤول أميركي", "مسؤول أميركي"))),
        ("itabara", "واعتبر الخبير العسكري فايز الدويري أن 10 آلاف مقاتل لا يكفون.", "10 آلاف", Some(("فايز الدويري", "الخبير العسكري فايز الدويري"))),
        ("raat", "ورأت الحكومة أن 3 مليارات دولار لا تكفي.", "3 مليارات", Some(("الحكومة", "الحكومة"))),
        ("shaddada_ala", "وشدد رئيس الوزراء العراقي حيدر العبادي على أن 15 ألف مقاتل أجنبي في العراق.", "15 ألف", Some(("حيدر العبادي", "رئيس الوزراء العراقي حيدر العبادي"))),
        ("lafatat_ila", "ولفتت المتحدثة إلى أن 28 دولة أعضاء.", "28 دولة", Some(("المتحدثة", "المتحدثة"))),
        ("nafa", "ونفى الجيش أن يكون 30 مدنيا قتلوا.", "30 مدنيا", Some(("الجيش", "الجيش"))),
        ("hadharat_min", "وحذرت الأمم المتحدة من أن مليوني شخص بحاجة إلى المساعدة.", "مليوني شخص", Some(("الأمم المتحدة", "الأمم المتحدة"))),
        ("bayyana", "وبين التقرير أن 12 بلدة دمرت.", "12 بلدة", Some(("التقرير", "التقرير"))),
        ("tabaa", "قال كيري إن الحملة مستمرة. وتابع أن 3 سنوات قد تلزم.", "3 سنوات", Some(("كيري", ""))),
        ("yaqul", "ويقول مسؤولون إن 500 جندي سيصلون.", "500 جندي", Some(("مسؤولون", "مسؤولون"))),
        ("taqul", "وتقول الأمم المتحدة إن مليوني شخص نزحوا.", "مليوني شخص", Some(("الأمم المتحدة", "الأمم المتحدة"))),
        ("yuakkid", "ويؤكد الخبراء أن 3 سنوات لازمة.", "3 سنوات", Some(("الخبراء", "الخبراء"))),
        ("fa_akkada", "فأكد كيري أن 1000 طلعة نفذت.", "1000 طلعة", Some(("كيري", "كيري"))),
        // Subject before the verb.
        ("sv_name", "كيري قال إن 60 دولة انضمت.", "60 دولة", Some(("كيري", "كيري"))),
        ("sv_org", "المرصد أكد أن 12 شخصا قتلوا.", "12 شخصا", Some(("المرصد", "المرصد"))),
        ("sv_wa_org", "والمرصد أكد أن 12 شخصا قتلوا.", "12 شخصا", Some(("المرصد", "المرصد"))),
        ("kana_qad", "وكان كيري قد أعلن خلال الاجتماع أن 1000 طلعة نفذت.", "1000 طلعة", Some(("كيري", "كيري"))),
        // Complementizers and quotes; what ends the speaker's noun phrase.
        ("colon_quote", "وقال العبادي: \"قتلنا 50 مسلحا\".", "50 مسلحا", Some(("العبادي", "العبادي"))),
        ("guillemets", "وقال كيري «إن 60 دولة معنا».", "60 دولة", Some(("كيري", "كيري"))),
        ("innahu", "وقال العبادي إنه حرر 20 قرية.", "20 قرية", Some(("العبادي", "العبادي"))),
        ("adverbial", "وقال كيري في مؤتمر صحفي عقب الاجتماع إن 60 دولة انضمت.", "60 دولة", Some(("كيري", "كيري"))),
        ("audience", "وقال كيري للصحفيين إن 60 دولة انضمت.", "60 دولة", Some(("كيري", "كيري"))),
        ("audience_la", "وقال مصدر عسكري لـ\"الجزيرة نت\" إن 30 مسلحا قتلوا.", "30 مسلحا", Some(("مصدر عسكري", "مصدر عسكري"))),
        ("relative", "وقال وزير الخارجية البلجيكي ديدييه ريندرز، الذي استضاف الاجتماع، إن 60 دولة شاركت.", "60 دولة", Some(("ديدييه ريندرز", "وزير الخارجية البلجيكي ديدييه ريندرز"))),
        ("weekday", "وقال كيري اليوم الأربعاء إن 60 دولة انضمت.", "60 دولة", Some(("كيري", "كيري"))),
        ("quoted_name", "وقال موقع \"المصدر\" إن 30 مسلحا قتلوا.", "30 مسلحا", Some(("موقع \"المصدر\"", "موقع \"المصدر\""))),
        ("apposition", "وحذر وزير الخارجية الأميركي، جون كيري، في جلسة لمجلس الشيوخ، من أن 100 مليار دولار ستتدفق.", "100 مليار", Some((KERRY, "وزير الخارجية الأميركي، جون كيري"))),
        ("apposition_title_after", "وقال جون ويلموث رئيس شعبة السكان في الأمم المتحدة إن 9 مليارات نسمة سيعيشون.", "9 مليارات", Some(("جون ويلموث", "جون ويلموث رئيس شعبة السكان"))),
        ("title_place_name", "وأوضح مدير مكتب وزارة التجارة في محافظة الدوادمي محمد العتيبي أن 14 محلا أغلقت.", "14 محلا", Some(("محمد العتيبي", "مدير مكتب وزارة التجارة في محافظة الدوادمي محمد العتيبي"))),
        ("press_conference_not_name", "وقال الوزير في مؤتمر صحفي إن 14 محلا أغلقت.", "14 محلا", Some(("الوزير", "الوزير"))),
        ("audience_quoted", "وقال لـ«عكاظ» الدكتور راشد الغامدي إن 40 حالة سجلت.", "40 حالة", Some(("راشد الغامدي", "الدكتور راشد الغامدي"))),
        ("object_before_subject", "وأكد ذلك مدير المستشفى الدكتور إبراهيم الرشيدي، الذي أوضح أن 20 سريرا أضيفت.", "20 سريرا", Some(("إبراهيم الرشيدي", "مدير المستشفى الدكتور إبراهيم الرشيدي"))),
        ("pronoun_before_subject", "في وقت قال فيه متحدث رسمي عراقي إن 30 مسلحا قتلوا.", "30 مسلحا", Some(("متحدث رسمي عراقي", "متحدث رسمي عراقي"))),
        ("surname_with_article", "وقال الدوسري إن 3 أنفاق ستصلح.", "3 أنفاق", Some(("الدوسري", "الدوسري"))),
        ("quantifier_head", "وذكرت إحدى الصحف التركية أن المنزل بيع بـ4 ملايين دولار.", "4 ملايين", Some(("إحدى الصحف التركية", "إحدى الصحف التركية"))),
        ("adverb_then_subject_before", "ومدينة الملك فهد الطبية تؤكد دائما بأن 3 أطباء أحيلوا للتحقيق.", "3 أطباء", Some(("مدينة الملك فهد الطبية", "مدينة الملك فهد الطبية"))),
        ("adverb_not_subject", "وقال دائما إن 3 أطباء أحيلوا للتحقيق.", "3 أطباء", None),
        ("comma_then_not_a_clause", "التي يعلن عنها تكشف مبالغة الوكلاء بأسعار البيع، وخصوصا أن 30 وكيلا رفعوا الأسعار.", "30 وكيلا", None),
        ("continued_by_saying", "قالت المصادر إن الأسلحة وصلت. وتابعت بالقول إن 12 شحنة وصلت.", "12 شحنة", Some(("المصادر", ""))),
        ("sv_unknown_name_rejected", "لكن واقع الأمور يشير إلى أن 3 فرق ستتنافس.", "3 فرق", None),
        ("official_title", "وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيدريكا موجيريني إن 6 دول ستجتمع.", "6 دول", Some(("فيدريكا موجيريني", "مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيدريكا موجيريني"))),
        ("ban_ki_moon", "وقال الأمين العام للأمم المتحدة بان كي مون إن 2 مليون نزحوا.", "2 مليون", Some(("بان كي مون", "الأمين العام للأمم المتحدة بان كي مون"))),
        ("honorific_rank", "وقال الملا أختر منصور إن 10 قادة بايعوه.", "10 قادة", Some(("أختر منصور", "الملا أختر منصور"))),
        ("honorific_pronoun", "وقال أمير منطقة الرياض الأمير فيصل بن بندر إن المشروع اكتمل. وأكد سموه أن 300 مدرسة ستفتتح.", "300 مدرسة", Some(("فيصل بن بندر", "سموه"))),
        ("honorific_prefix", "وقال معالي وزير الصحة خالد الفالح إن 40 مستشفى ستفتتح.", "40 مستشفى", Some(("خالد الفالح", "معالي وزير الصحة خالد الفالح"))),
        ("masdar_not_verb", "وقال مصدر فضل عدم ذكر اسمه إن 30 مسلحا قتلوا.", "30 مسلحا", Some(("مصدر", "مصدر"))),
        ("ministry_in_title", "وقال المتحدث الأمني بوزارة الداخلية اللواء منصور التركي إن 93 مطلوبا اعتقلوا.", "93 مطلوبا", Some(("منصور التركي", "المتحدث الأمني بوزارة الداخلية اللواء منصور التركي"))),
        ("outlet_glued", "وقال لعكاظ الدكتور راشد الغامدي إن 40 حالة سجلت.", "40 حالة", Some(("راشد الغامدي", "الدكتور راشد الغامدي"))),
        ("source_then_preposition", "وأوضح مصدر، من عائلة الهارب، أن 10 أيام مرت.", "10 أيام", Some(("مصدر", "مصدر"))),
        ("rank_ends_title", "وأوضح المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي أن 15 معرضا ستقام.", "15 معرضا", Some(("راشد الغامدي", "المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي"))),
        ("caption_not_verb", "قال كيري إن الحملة مستمرة. وقال العربي: 22 دولة عربية تدعم القرار.", "22 دولة", Some(("العربي", "العربي"))),
        ("apposition_after_name", "وقال الملا أختر منصور، خليفة الملا عمر، بعد تسلمه الزعامة إن 10 قادة بايعوه.", "10 قادة", Some(("أختر منصور", "الملا أختر منصور"))),
        ("name_then_title_after_rank", "وقالت البارونة فرانسيس ديسوزا رئيسة مجلس اللوردات إن 3 تحقيقات فتحت.", "3 تحقيقات", Some(("فرانسيس ديسوزا", "البارونة فرانسيس ديسوزا رئيسة مجلس اللوردات"))),
        ("naql_transport", "قبل أن ينقل جثمانه إلى مقبرة «حدبة السادة» حيث دفن 3 شهداء.", "3 شهداء", None),
        ("occupation", "وأوضح المخرج المسرحي أمين طالب أن 12 مسرحية ستعرض.", "12 مسرحية", Some(("أمين طالب", "المخرج المسرحي أمين طالب"))),
        ("zada", "قال كيري إن الحملة مستمرة. وزاد أن 3 سنوات قد تلزم.", "3 سنوات", Some(("كيري", ""))),
        ("audience_definite", "وقالت موجيريني للمفوضية الأوروبية إن 5 شركات ستستثمر.", "5 شركات", Some(("موجيريني", "موجيريني"))),
        ("source_in_quotes", "وتجاوز اليورو 67 روبلا، بحسب \"الفرنسية\".", "67 روبلا", Some(("الفرنسية", "الفرنسية"))),
        // A quantity as the speaker: its number stays in the outlet's voice.
        ("quantity_speaker_np", "أعلنت أكثر من ستين دولة أن الحملة نجحت خلال 4 أشهر.", "أكثر من ستين دولة", None),
        ("quantity_speaker_claim", "أعلنت أكثر من ستين دولة أن الحملة نجحت خلال 4 أشهر.", "4 أشهر", Some(("أكثر من ستين دولة", "أكثر من ستين دولة"))),
        // Sources by preposition.
        ("bihasab_end", "قتل 12 شخصا، بحسب المرصد السوري لحقوق الإنسان.", "12 شخصا", Some((SOHR, SOHR))),
        ("wifqan_la", "قتل 12 شخصا وفقا لـ وزارة الصحة.", "12 شخصا", Some(("وزارة الصحة", "وزارة الصحة"))),
        ("wifqan_lil", "قتل 12 شخصا، وفقا للأمم المتحدة.", "12 شخصا", Some(("الأمم المتحدة", "الأمم المتحدة"))),
        ("hasab", "ونفذت الطائرات 85% من الطلعات، حسب البنتاغون.", "85%", Some(("البنتاغون", "البنتاغون"))),
        ("tibqan", "قتل 7 أشخاص، طبقا لمصادر طبية.", "7 أشخاص", Some(("مصادر طبية", "مصادر طبية"))),
        ("naqlan_an", "وأصيب 4 جنود، نقلا عن مصدر عسكري.", "4 جنود", Some(("مصدر عسكري", "مصدر عسكري"))),
        ("ala_lisan", "وقتل 5 مدنيين، على لسان شهود عيان.", "5 مدنيين", Some(("شهود عيان", "شهود عيان"))),
        ("hasabama", "وقتل 9 مسلحين، حسبما أفاد الجيش العراقي.", "9 مسلحين", Some(("الجيش العراقي", "الجيش العراقي"))),
        ("source_first", "وبحسب المرصد، قتل 12 شخصا.", "12 شخصا", Some(("المرصد", "المرصد"))),
        ("source_middle", "قتل 12 شخصا، بحسب المرصد، في غارات على 3 قرى.", "3 قرى", Some(("المرصد", "المرصد"))),
        ("wifq_plan", "واتفقوا على العمل وفق خمسة محاور.", "خمسة محاور", None),
        ("hasab_need", "وتوزع المساعدات حسب الحاجة على 300 أسرة.", "300 أسرة", None),
        // من جهته / من جهتها: a new speaker.
        ("min_jihatihi", "قال وزير الخارجية الأميركي جون كيري إن 60 دولة انضمت. من جهته، قال وزير الخارجية البلجيكي ديدييه ريندرز إن 4 محاور أقرت.", "4 محاور", Some(("ديدييه ريندرز", "وزير الخارجية البلجيكي ديدييه ريندرز"))),
        ("min_jihatihi_title", "قال وزير الخارجية الأميركي جون كيري إن 60 دولة انضمت. وقال وزير الخارجية البلجيكي ديدييه ريندرز إن 4 محاور أقرت. من جهته، قال الوزير إن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "الوزير"))),
        ("min_jihatiha_implicit", "قالت المتحدثة باسم الحلف أوانا لونغيسكو إن العراق طلب المساعدة. وقال كيري إن 60 دولة انضمت. من جهتها، أكدت أن 28 دولة ستدرس الطلب.", "28 دولة", Some(("أوانا لونغيسكو", ""))),
        // Captions.
        ("caption", "كيري (يمين): 60 دولة تدعم التحالف", "60 دولة", Some(("كيري", "كيري"))),
        ("caption_known", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة.\nكيري (يمين): 60 دولة تدعم التحالف", "60 دولة", Some((KERRY, "كيري"))),
        ("caption_abadi", "العبادي (وسط): 15 ألف مقاتل أجنبي في العراق", "15 ألف", Some(("العبادي", "العبادي"))),
        // The implicit subject, with its gender.
        ("implicit", "قال كيري إن 60 دولة انضمت. وأضاف أن 1000 طلعة نفذت.", "1000 طلعة", Some(("كيري", ""))),
        ("implicit_fem_skips_masc", "قالت المتحدثة باسم الحلف أوانا لونغيسكو إن العراق طلب المساعدة. وقال كيري إن الحملة مستمرة. وأضافت أن 28 دولة ستدرس الطلب.", "28 دولة", Some(("أوانا لونغيسكو", ""))),
        ("implicit_fem_none", "قال كيري إن الحملة مستمرة. وأضافت أن 28 دولة ستدرس الطلب.", "28 دولة", None),
        ("implicit_masc_skips_fem", "قال كيري إن الحملة مستمرة. وقالت المتحدثة باسم الحلف أوانا لونغيسكو إن العراق طلب المساعدة. وأضاف أن 1000 طلعة نفذت.", "1000 طلعة", Some(("كيري", ""))),
        ("implicit_not_groups", "ويرى مراقبون أن الغارات لن تكفي. وأضاف أن 1000 طلعة نفذت.", "1000 طلعة", None),
        ("yudhkar", "قال كيري إن الحملة مستمرة. يذكر أن 8 دول انضمت.", "8 دول", None),
        ("implicit_first", "وأضاف أن 5 دول انضمت.", "5 دول", None),
        ("implicit_with_adverbial", "قال كيري إن الحملة مستمرة. وأكد في بيان أن 5 دول انضمت.", "5 دول", Some(("كيري", ""))),
        // Coreference.
        ("surname", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وأضاف كيري أن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "كيري"))),
        ("title_nisba", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وأفاد الوزير الأميركي بأن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "الوزير الأميركي"))),
        ("title_alone", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وقال الوزير إن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "الوزير"))),
        ("shared_title_us", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وقال وزير الخارجية البلجيكي ديدييه ريندرز إن بلاده مستعدة. وأضاف الوزير الأميركي أن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "الوزير الأميركي"))),
        ("shared_title_be", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وقال وزير الخارجية البلجيكي ديدييه ريندرز إن بلاده مستعدة. وقال وزير الخارجية الأميركي جون كيري إن الحلفاء متماسكون. وأضاف الوزير البلجيكي أن 6 طائرات ستبقى.", "6 طائرات", Some(("ديدييه ريندرز", "الوزير البلجيكي"))),
        ("shared_title_recent", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وقال وزير الخارجية البلجيكي ديدييه ريندرز إن بلاده مستعدة. وقال الوزير إن 6 طائرات ستبقى.", "6 طائرات", Some(("ديدييه ريندرز", "الوزير"))),
        ("kirby_not_kerry", "قال جون كيري إن الحملة مستمرة. وقال جون كيربي إن 1361 طلعة نفذت.", "1361 طلعة", Some(("جون كيربي", "جون كيربي"))),
        ("kerry_after_kirby", "قال جون كيري إن الحملة مستمرة. وقال جون كيربي إن الغارات تسارعت. وأضاف كيري أن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "كيري"))),
        ("fuller_later", "قال كيري إن الحملة مستمرة. وقال وزير الخارجية الأميركي جون كيري إن الحلفاء متماسكون. وأضاف كيري أن 1000 طلعة نفذت.", "الحملة مستمرة", Some((KERRY, "كيري"))),
        ("document", "وقال بيان صدر عن الاجتماع إن الحملة مستمرة. وأشار البيان إلى أن 5 محاور أقرت.", "5 محاور", Some((STATEMENT, "البيان"))),
        ("organization", "أفاد المرصد السوري لحقوق الإنسان بأن 12 شخصا قتلوا. وأضاف المرصد أن 3 أطفال بينهم.", "3 أطفال", Some((SOHR, "المرصد"))),
        // Participles after a comma.
        ("participle_same", "قال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة. وأفاد الوزير الأميركي بأن الحلفاء متماسكون، مشيرا إلى أن 1000 طلعة نفذت.", "1000 طلعة", Some((KERRY, "الوزير الأميركي"))),
        ("participle_subject", "وطالب العبادي الحلفاء بالأسلحة، مؤكدا أن 15 ألف مقاتل أجنبي في العراق.", "15 ألف", Some(("العبادي", "العبادي"))),
        ("participle_subject_before", "وطالب العبادي الحلفاء بـ100 دبابة، مؤكدا أن المقاتلين كثر.", "100 دبابة", None),
        ("participle_feminine_subject", "واستعادت القوات العراقية 20 بلدة، مؤكدة أن التنظيم تراجع.", "التنظيم تراجع", Some(("القوات العراقية", "القوات العراقية"))),
        // Several speakers in one sentence; a quote that runs on; a quote before its verb.
        ("two_in_one", "قال كيري إن 60 دولة انضمت، فيما قال العبادي إن 15 ألف مقاتل أجنبي في العراق.", "60 دولة", Some(("كيري", "كيري"))),
        ("two_in_one_second", "قال كيري إن 60 دولة انضمت، فيما قال العبادي إن 15 ألف مقاتل أجنبي في العراق.", "15 ألف", Some(("العبادي", "العبادي"))),
        ("quote_runs_on", "وقال كيري: \"لقد نفذنا 1000 طلعة. وسنواصل 3 سنوات\". وتتلقى واشنطن 500 مليون دولار.", "3 سنوات", Some(("كيري", "كيري"))),
        ("quote_runs_on_ends", "وقال كيري: \"لقد نفذنا 1000 طلعة. وسنواصل 3 سنوات\". وتتلقى واشنطن 500 مليون دولار.", "500 مليون", None),
        ("guillemets_run_on", "وقال العبادي: «حررنا 20 قرية. وسنحرر 30 أخرى». وتتلقى بغداد 500 مليون دولار.", "30 أخرى", Some(("العبادي", "العبادي"))),
        ("quote_before_verb", "\"قتلنا 50 مسلحا\"، قال العبادي.", "50 مسلحا", Some(("العبادي", "العبادي"))),
        // From the speaker sample of the corpus (eval/speakers-ar.tsv), one rule at a time.
        ("kana_without_qad", "وكانت الأونروا حذرت الاثنين من أنها قد لا تعيد نصف مليون طالب.", "نصف مليون", Some(("الأونروا", "الأونروا"))),
        ("surname_without_article", "أكد رئيس الوزراء الماليزي نجيب عبد الرزاق أن الحطام للطائرة. ورأى رزاق أنه من الممكن العثور على حطام على بعد 4 آلاف كيلومتر.", "4 آلاف", Some(("نجيب عبد الرزاق", "رزاق"))),
        ("title_modifier_military", "قال المتحدث الرسمي للقوات المسلحة المصرية، العميد محمد سمير، إن 88 إرهابيا قتلوا. وأضاف المتحدث العسكري أن 56 فردا ضبطوا.", "56 فردا", Some(("محمد سمير", "المتحدث العسكري"))),
        ("general_director", "وأوضح مدير عام جمرك البطحاء عبدالرحمن المحنا أن 33 شاحنة ضبطت.", "33 شاحنة", Some(("عبدالرحمن المحنا", "مدير عام جمرك البطحاء عبدالرحمن المحنا"))),
        ("royal_highness", "أكد صاحب السمو الملكي الأمير عبدالعزيز بن سعد نائب أمير منطقة حائل أن 3 مشاريع ستفتتح.", "3 مشاريع", Some(("عبدالعزيز بن سعد", "صاحب السمو الملكي الأمير عبدالعزيز بن سعد نائب أمير منطقة حائل"))),
        ("quoted_inside_np", "وأوضح رئيس الشركة الوطنية السياحية “سياحية” صالح قدح أن العربات تقل 1000 شخص.", "1000 شخص", Some(("صالح قدح", "رئيس الشركة الوطنية السياحية “سياحية” صالح قدح"))),
        ("measure_not_source", "الأندية من المركز الأول (وفقا لمتوسط ترتيب الدوري خلال السنوات الأربع الماضية).", "الأربع", None),
        ("elative_not_source", "نفذ المشروع وفقا لأحدث المعايير العالمية بنسبة 93%.", "93%", None),
        ("hasab_ma_with_object_pronoun", "بلغت نسبة الإنجاز 93%، حسب ما أكده لـ«اليوم» مدير الشؤون الصحية الدكتور محمد العبدالعالي.", "93%", Some(("محمد العبدالعالي", "مدير الشؤون الصحية الدكتور محمد العبدالعالي"))),
        ("kama_source", "حصلت على شهادة الثانوية بنسبة 99.85%، كما صرح الأب.", "99.85%", Some(("الأب", "الأب"))),
        ("azhara", "وأظهرت الإحصائيات أن البنك اعتمد 1305 مشروعات.", "1305", Some(("الإحصائيات", "الإحصائيات"))),
        ("source_statement_time", "قتل 20 شخصا، حسبما أعلن مسؤولون أمس الاثنين.", "أمس الاثنين", None),
        ("source_statement_time_claim", "قتل 20 شخصا، حسبما أعلن مسؤولون أمس الاثنين.", "20 شخصا", Some(("مسؤولون", "مسؤولون"))),
        ("sources_close_to", "كشفت مصادر قريبة من البيت الهلالي عن مكافآت تصل إلى 50 ألف ريال.", "50 ألف", Some(("مصادر قريبة من البيت الهلالي", "مصادر قريبة من البيت الهلالي"))),
        ("channel_ends_np", "وأعلن نادي تشيلسي بموقعه على الانترنت أنه اتفق على إعارة اللاعب لمدة موسم واحد.", "موسم واحد", Some(("نادي تشيلسي", "نادي تشيلسي"))),
        ("quoted_audience_then_comma", "وكان غيلمور اعلن لصحيفة \"ريتشموند تايمز\" الفرجينية، مطلع يوليو الجاري انه سيترشح في 3 ولايات.", "مطلع يوليو", None),
        ("glued_full_stop", "وأظهرت البيانات أن الصفقات بلغت 436 مليار دولار.ويقل إجمالي قيمة الصفقات في يونيو عن مستواه.", "يونيو", None),
        ("glued_full_stop_before", "وأظهرت البيانات أن الصفقات بلغت 436 مليار دولار.ويقل إجمالي قيمة الصفقات في يونيو عن مستواه.", "436 مليار", Some(("البيانات", "البيانات"))),
        ("inside_long_unknown", "وأشارت الوزارة إلى أنها رأت إسناد مهمة الدراسة لبيوت خبرة متخصصة على أن تنتهي خلال 17 شهرا.", "17 شهرا", Some(("الوزارة", "الوزارة"))),
        ("participle_known_mention", "وأشارت الهيئة إلى أن الطلبات تقبل. وحصرت الهيئة استيراد الأدوية بمطارين، مشيرة إلى أنها لن توافق على 3 منافذ أخرى.", "3 منافذ", Some(("الهيئة", "الهيئة"))),
        ("audience_quote_not_words", "كشف لـ«عكاظ» السفير علي محمد العياشي القنصل العام للجمهورية اليمنية، أن السفارة ستوجه لجانا ابتداء من الأسبوع المقبل.", "الأسبوع المقبل", Some(("علي محمد العياشي", "السفير علي محمد العياشي القنصل العام للجمهورية اليمنية"))),
        ("particle_then_implicit", "قال كيري إن الحملة مستمرة. واجتمع الوزراء أمس، حيث قال إن 60 دولة انضمت.", "60 دولة", Some(("كيري", ""))),
        ("implicit_sentence_subject", "اهتمت الصحف الأرجنتينية المختلفة بالأنباء عن المدرب، حيث قالت إنه سيتولى التدريب حتى 2018.", "2018", Some(("الصحف الأرجنتينية المختلفة", "الصحف الأرجنتينية المختلفة"))),
        ("source_quote_closes", "ووفقا لمؤسسة «ترقق العظام الوطنية» فإن واحدة من بين كل 4 نساء تعاني.", "4 نساء", Some(("مؤسسة «ترقق العظام الوطنية»", "مؤسسة «ترقق العظام الوطنية»"))),
        ("abbreviation_dot", "بهذا الصدد يقول د.كيفن حافظ -استشاري طب الطوارئ- إن المحلول يطيل عمر المادة لثلاث سنوات.", "ثلاث سنوات", Some(("كيفن حافظ", "د.كيفن حافظ"))),
        ("accusative_head", "أصدرت قيادة القوات المشتركة، اليوم، بياناً أوضحت فيه أنه في صباح اليوم نفذت 3 طلعات.", "3 طلعات", Some(("بياناً", "بياناً"))),
        ("implicit_previous_sentence", "من جهته هنأ الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب، المبتعثين بالإنجاز. وأوضح أن الملحقية ستنظم معرضا بعد شهرين.", "شهرين", Some(("عبدالعزيز بن طالب", "الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب"))),
        ("warning_object", "حذرت مقررة الأمم المتحدة المعنية بالحق في الغذاء هلال إيلفر من أزمة يعيشها 13 مليون يمني. وأضافت أن اليمن يستورد 80 % من طعامه.", "80 %", Some(("هلال إيلفر", ""))),
        ("object_title_then_name", "قال العضو طامس الحمادي إنه بذل جهدا. كما اعلن العضو فالح بن راجس عن نيته الترشح للمرة الثانية.", "الثانية", Some(("فالح بن راجس", "العضو فالح بن راجس"))),
        ("object_rank_then_name", "أكد وزير الخارجية الأستاذ عادل الجبير حرص المملكة على 3 ملفات.", "3 ملفات", Some(("عادل الجبير", "وزير الخارجية الأستاذ عادل الجبير"))),
        ("object_quantity_word", "وأكد الباحثون العديد من الفوائد في 3 دراسات.", "3 دراسات", Some(("الباحثون", "الباحثون"))),
        ("object_joined_not_name", "وأكد مندوبا المملكة وناميبيا حرص البلدين على تعزيز العلاقات.", "البلدين", Some(("مندوبا المملكة", "مندوبا المملكة"))),
        ("object_masdar_not_name", "وأعلنت وزيرة الداخلية البريطانية تخصيص مبلغ إضافي من 10 ملايين يورو.", "10 ملايين", Some(("وزيرة الداخلية البريطانية", "وزيرة الداخلية البريطانية"))),
        // Verbs whose object is what they report.
        ("object_an", "أعلنت جامعة الدمام عن طرح 130 وظيفة إدارية.", "130 وظيفة", Some(("جامعة الدمام", "جامعة الدمام"))),
        ("object_bi", "وأفاد مصدر أمني عراقي بمصرع شخص وإصابة سبعة آخرين.", "سبعة", Some(("مصدر أمني عراقي", "مصدر أمني عراقي"))),
        ("object_direct", "أعلنت وزارة الصحة اليوم الجمعة، تسجيل 3 حالات مؤكدة.", "3 حالات", Some(("وزارة الصحة", "وزارة الصحة"))),
        ("object_time_is_outlet", "أعلنت وزارة الصحة اليوم الجمعة، تسجيل 3 حالات مؤكدة.", "اليوم الجمعة", None),
        ("object_statement_time", "أعلن تنظيم داعش في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن 3 تفجيرات.", "اليوم الخميس", None),
        ("object_statement_claim", "أعلن تنظيم داعش في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن 3 تفجيرات.", "3 تفجيرات", Some(("تنظيم داعش", "تنظيم داعش"))),
        ("object_place_then_an", "أعلنت الكلية التقنية للبنات في محافظة الرس عن فتح القبول يوم الأحد 17 شوال.", "17 شوال", Some(("الكلية التقنية للبنات", "الكلية التقنية للبنات"))),
        ("object_after_np", "أكدت الهيئة أهمية تقديم 5 نسخ.", "5 نسخ", Some(("الهيئة", "الهيئة"))),
        ("object_after_construct", "أعلنت مجموعة صناعة الطائرات ارتفاع الإيرادات بنسبة ستة بالمئة.", "ستة بالمئة", Some(("مجموعة صناعة الطائرات", "مجموعة صناعة الطائرات"))),
        ("object_demonstrative", "نفت طالبان هذه التصريحات التي تحدثت عن 3 قادة.", "3 قادة", Some(("طالبان", "طالبان"))),
        ("object_implicit", "قالت الهيئة إن الطلبات تقبل. وأكدت على البعثة استيراد 20 صنفا فقط.", "20 صنفا", Some(("الهيئة", ""))),
        ("object_relative_not", "وينطلق الموسم الذي أعلنت عنه وزارة الزراعة على ساحلي المملكة بمشاركة 650 قاربا.", "650 قاربا", None),
        ("object_unknown_not", "وكشفت التحقيقات والأدلة صحة الاتهام، وبعد 3 جلسات صدر الحكم.", "3 جلسات", None),
        ("object_inside_report", "وقال مدعون إن تحقيقاتهم كشفت عن أنماط معقدة وملايين الدولارات.", "ملايين", Some(("مدعون", "مدعون"))),
        ("kama_also_not_source", "وزارت اللجنة 3 مدن، كما أعلنت الوزارة عن خطة جديدة.", "3 مدن", None),
        // The outlet's own voice.
        ("byline", "قال كيري إن الحملة مستمرة.\nالمصدر : وكالة الأناضول,الجزيرة", "وكالة الأناضول", None),
        ("outlet", "وتتلقى واشنطن المساعدة من 10 دول.", "10 دول", None),
        ("not_reporting", "ويخشى المسؤولون الغربيون أن يعود آلاف المقاتلين.", "آلاف المقاتلين", None),
        ("not_reporting_agree", "واتفق الطرفان على أن 5 معابر ستفتح.", "5 معابر", None),
        ("bayna_between", "وقعت اشتباكات بين الجيش والمسلحين أسفرت عن 12 قتيلا.", "12 قتيلا", None),
        ("verbless_complementizer", "وسط تأكيدات بأن 40 دولة انضمت.", "40 دولة", None),
    ];

    #[test]
    fn one_rule_at_a_time() {
        assert!(CASES.len() >= 100, "{} cases", CASES.len());
        let mut failures = Vec::new();
        for (label, text, needle, want) in CASES {
            let (_, f) = check(label, text, &[(needle, *want)]);
            failures.extend(f);
        }
        assert!(
            failures.is_empty(),
            "{} of {} wrong\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn kinds_come_from_the_head_and_the_gazetteer() {
        #[rustfmt::skip]
        let cases = [
            ("قال بيان صدر عن الاجتماع إن 5 محاور أقرت.", SpeakerKind::Document),
            ("يرى مراقبون أن 5 محاور أقرت.", SpeakerKind::Group),
            ("قال شهود عيان إن 5 محاور أقرت.", SpeakerKind::Group),
            ("قالت مصادر إن 5 محاور أقرت.", SpeakerKind::Group),
            ("أعلنت أكثر من ستين دولة أن 5 محاور أقرت.", SpeakerKind::Group),
            ("أكد المرصد السوري لحقوق الإنسان أن 5 محاور أقرت.", SpeakerKind::Organization),
            ("قال الجيش الأمريكي إن 5 محاور أقرت.", SpeakerKind::Organization),
            ("أعلنت وزارة الدفاع أن 5 محاور أقرت.", SpeakerKind::Organization),
            ("ذكرت وكالة الأنباء السعودية أن 5 محاور أقرت.", SpeakerKind::Organization),
            ("قالت واشنطن إن 5 محاور أقرت.", SpeakerKind::Organization),
            ("قال كيري إن 5 محاور أقرت.", SpeakerKind::Person),
            ("قال ريندرز إن 5 محاور أقرت.", SpeakerKind::Person),
            ("قال الوزير الأميركي إن 5 محاور أقرت.", SpeakerKind::Person),
            ("وأشار التقرير إلى أن 5 محاور أقرت.", SpeakerKind::Document),
        ];
        for (text, want) in cases {
            let rs = run(text);
            let got = stretch(&rs, text, "5 محاور").map(|r| r.speaker.kind);
            assert_eq!(got, Some(want), "{text}");
        }
    }

    #[test]
    fn parts_of_the_fullest_mention() {
        let text = format!("{TWO_MINISTERS}وأضاف الوزير البلجيكي أن 6 طائرات ستبقى.");
        let rs = run(&text);
        let s = &stretch(&rs, &text, "6 طائرات").unwrap().speaker;
        assert_eq!(
            (
                s.title.as_str(),
                s.affiliation.as_str(),
                s.person_name.as_str()
            ),
            ("وزير الخارجية", "البلجيكي", "ديدييه ريندرز")
        );
        let text = "قال الأمين العام للأمم المتحدة بان كي مون إن 2 مليون نزحوا.";
        let rs = run(text);
        let s = &stretch(&rs, text, "2 مليون").unwrap().speaker;
        assert_eq!(s.title, "الأمين العام للأمم المتحدة");
        assert_eq!(s.person_name, "بان كي مون");
        let text = format!("{LUNGESCU_SAID}وأكدت أن 28 دولة ستدرس الطلب.");
        let rs = run(&text);
        let s = &stretch(&rs, &text, "28 دولة").unwrap().speaker;
        assert_eq!(s.title, "المتحدثة باسم الحلف");
        assert_eq!(s.name, "أوانا لونغيسكو");
        let text = format!("{KERRY_SAID}وأضاف الوزير أن 1000 طلعة نفذت.");
        assert_eq!(
            who(&text, "1000 طلعة"),
            Some((KERRY.to_string(), "الوزير".to_string()))
        );
    }

    #[test]
    fn stretches_are_in_order_inside_the_text_and_outside_the_speaker() {
        for (_, text, _) in articles() {
            let rs = run(&text);
            assert!(!rs.is_empty());
            for w in rs.windows(2) {
                assert!(w[0].start <= w[1].start);
            }
            for r in &rs {
                assert!(r.start < r.end && r.end <= text.len());
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                if !r.speaker.mention.is_empty() {
                    // The stretch never holds the mention that names its speaker.
                    let inside = &text[r.start..r.end];
                    assert!(
                        !inside.starts_with(&r.speaker.mention),
                        "{inside} starts with {}",
                        r.speaker.mention
                    );
                }
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long_verbs = "قال ".repeat(5000);
        let long_quotes = "\" « » “ ".repeat(2000);
        let long_sources = "بحسب وفقا ل نقلا عن على لسان ".repeat(1000);
        let long_sentence = format!("قال كيري إن {}", "60 دولة، ".repeat(3000));
        let odd = [
            "",
            " ",
            ".",
            "قال",
            "قال إن",
            "وقال:",
            "وفقا",
            "وفقا ل",
            "وفقا لـ",
            "نقلا عن",
            "على لسان",
            "حسبما أفاد",
            "بحسب ما",
            "كيري (",
            "كيري (يمين)",
            "كيري (يمين):",
            "(: ) :",
            "المصدر :",
            "المصدر",
            ": :",
            "\"\"\"",
            "«",
            "»",
            "من جهته،",
            "من جهتها، أكدت أن",
            "وكان قد أعلن أن",
            "وكان كيري قد",
            "قد أعلن أن",
            "، مشيرا إلى أن",
            "مشيرا",
            "أعلنت أكثر من",
            "أعلنت أكثر من ستين",
            "قال 12 إن",
            "قال ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ إن",
            "قال F-16 إن",
            "قال ـــ إن",
            "قالَ وزيرُ الخارجيةِ إنّ",
            "\u{200f}قال كيري إن\u{200f}",
            long_verbs.as_str(),
            long_quotes.as_str(),
            long_sources.as_str(),
            long_sentence.as_str(),
        ];
        for text in odd {
            let rs = run(text);
            for r in &rs {
                assert!(r.start < r.end && r.end <= text.len(), "{text}");
            }
        }
        // Tokens that do not belong to the text, and fewer token lists than sentences.
        let text = "قال كيري إن 60 دولة انضمت. وأضاف أن 1000 طلعة نفذت.";
        let other = "وقال وزير الخارجية الأميركي جون كيري إن الحملة مستمرة بلا توقف على الإطلاق";
        let sentences = segment::sentences(text, &[]);
        let tokens = vec![tokenize(other, 3)];
        let _ = attribute(text, &sentences, &tokens);
        let tokens = vec![tokenize(other, 1000), tokenize(other, 0)];
        let _ = attribute(text, &sentences, &tokens);
        let _ = attribute(text, &[], &[]);
    }

    #[test]
    fn time_is_linear_in_the_length() {
        let paragraph = format!(
            "{TWO_MINISTERS}وأضاف الوزير البلجيكي أن 6 طائرات ستبقى، مشيرا إلى أن 4 محاور أقرت. قتل 12 شخصا، بحسب المرصد.\n"
        );
        let text = paragraph.repeat(2000);
        let started = std::time::Instant::now();
        let rs = run(&text);
        assert!(rs.len() >= 8000, "{}", rs.len());
        // Generous for a debug build on a busy machine; quadratic work would take minutes.
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    }
}
