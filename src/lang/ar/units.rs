//! The counted nouns of Arabic news: the word after a number that says what is counted
//! (`ستين دولة`, `ألف طلعة جوية`, `12 شخصا`, `آلاف المقاتلين الأجانب`, `3.5 مليار دولار`,
//! `أربعة أشهر`), mapped to language-independent unit concepts (`country`, `sortie`,
//! `foreign_fighter`, `person`, `usd`, `month`) that the English pack shares.
//!
//! The lexicon is a table written in ordinary Arabic spelling, one line per entry: the
//! concept, the kind of quantity it makes, the singular forms and the plural forms. It is
//! normalized once with [`crate::normalize::key`] into a map from a head word to the forms
//! that start with it. From each singular the map also gets its dual (`دولة` → `دولتين`,
//! `دولتان`; `شهر` → `شهرين`, `شهران`) and its accusative with tanween alif (`شخص` → `شخصا`),
//! and from each sound masculine plural in `ين` its nominative in `ون` (`مقاتلين` →
//! `مقاتلون`). A form written in the table always wins over a derived one: `موظفين` is the
//! listed plural of `موظف`, not its dual.
//!
//! [`lookup`] peels the proclitics `و ف ب ل ك` and the article `ال` off the first word
//! (`والمقاتلين`, `بدولارين`, `للدول`), finds the forms starting with what is left, and
//! takes the longest whose following words match (`طلعة جوية` over `طلعة`). A following
//! word may carry `ال` when the noun does (`الغارات الجوية`), tanween alif
//! (`مقاتلا أجنبيا`) and the dual endings (`طلعتين جويتين`). Keys are compared whole, so a
//! word that merely begins like a unit (`دولية`, `شهرية`) is not one; number words
//! (`ألف`, `مليون`, `مليارين`) are not units.

use crate::lang::FastMap;
use std::sync::LazyLock;

use crate::normalize::key;

/// What kind of quantity a unit makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// Things and people counted: a `count` claim.
    Count,
    /// A currency: a `money` claim.
    Money,
    /// A span of time: a `duration` claim (`P4M`); the char is the ISO 8601 designator:
    /// 'Y' year, 'M' month, 'W' week, 'D' day, 'h' hour, 'm' minute, 's' second; decade
    /// and century are 'Y' with `factor` 10 / 100.
    Time { designator: char, factor: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plurality {
    Singular,
    Dual,
    Plural,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitMatch {
    pub concept: &'static str,
    pub kind: UnitKind,
    pub plurality: Plurality,
    /// How many words of the input the unit took (1 for `دولة`, 2 for `طلعة جوية`).
    pub words: usize,
    /// Whether the first word carried the definite article (`المقاتلين`).
    pub definite: bool,
    /// Whether the first word carried a conjunction or preposition (`وإصابة`, `بدولتين`):
    /// a noun counted by a number before it never does.
    pub proclitic: bool,
}

const C: UnitKind = UnitKind::Count;
const M: UnitKind = UnitKind::Money;
const YEAR: UnitKind = time('Y', 1);
const DECADE: UnitKind = time('Y', 10);
const CENTURY: UnitKind = time('Y', 100);
const MONTH: UnitKind = time('M', 1);
const WEEK: UnitKind = time('W', 1);
const DAY: UnitKind = time('D', 1);
const HOUR: UnitKind = time('h', 1);
const MINUTE: UnitKind = time('m', 1);
const SECOND: UnitKind = time('s', 1);

const fn time(designator: char, factor: u32) -> UnitKind {
    UnitKind::Time { designator, factor }
}

/// The lexicon: (concept, kind, singular forms, plural forms). Forms are separated by `|`;
/// a form may be several words (`طلعة جوية`), the first of which is the noun. A form
/// written `=كم` is an abbreviation, matched only exactly as written: no proclitics, no
/// dual, no tanween (`كمين` is an ambush, not two kilometres).
///
/// Where one noun has several concepts, each entry lists only what it means alone, and the
/// longer phrase wins: `ريال` → riyal, `ريال سعودي` → sar; `مقاتل` → fighter, `مقاتل أجنبي`
/// → foreign_fighter. A normalized form belongs to one entry only (see the tests), so
/// `مدرسة` is a school and not a female teacher, and `أسرة` a family and not beds.
#[rustfmt::skip]
static TABLE: &[(&str, UnitKind, &str, &str)] = &[
    // time
    ("year", YEAR, "سنة|عام", "سنوات|سنين|سنون|أعوام"),
    ("decade", DECADE, "عقد", "عقود"),
    ("century", CENTURY, "قرن", "قرون"),
    ("month", MONTH, "شهر", "أشهر|شهور"),
    ("week", WEEK, "أسبوع", "أسابيع"),
    ("day", DAY, "يوم", "أيام"),
    ("hour", HOUR, "ساعة", "ساعات"),
    ("minute", MINUTE, "دقيقة", "دقائق"),
    ("second", SECOND, "ثانية", "ثوان|ثواني"),
    // money: the country's currency when the adjective says it, the generic name otherwise
    ("usd", M, "دولار|دولار أمريكي|دولار أميركي", "دولارات|دولارات أمريكية"),
    ("cad", M, "دولار كندي", "دولارات كندية"),
    ("aud", M, "دولار أسترالي", "دولارات أسترالية"),
    ("eur", M, "يورو", "يوروات|يوروهات"),
    ("gbp", M, "جنيه إسترليني|إسترليني|باوند", "جنيهات إسترلينية|باوندات"),
    ("egp", M, "جنيه مصري", "جنيهات مصرية"),
    ("sdg", M, "جنيه سوداني", "جنيهات سودانية"),
    ("pound", M, "جنيه", "جنيهات"),
    ("sar", M, "ريال سعودي", "ريالات سعودية"),
    ("qar", M, "ريال قطري", "ريالات قطرية"),
    ("omr", M, "ريال عماني", "ريالات عمانية"),
    ("yer", M, "ريال يمني", "ريالات يمنية"),
    ("irr", M, "ريال إيراني", "ريالات إيرانية"),
    ("brl", M, "ريال برازيلي", "ريالات برازيلية"),
    ("riyal", M, "ريال", "ريالات"),
    ("halala", M, "هللة", "هللات"),
    ("kwd", M, "دينار كويتي", "دنانير كويتية"),
    ("jod", M, "دينار أردني", "دنانير أردنية"),
    ("iqd", M, "دينار عراقي", "دنانير عراقية"),
    ("bhd", M, "دينار بحريني", "دنانير بحرينية"),
    ("tnd", M, "دينار تونسي", "دنانير تونسية"),
    ("dzd", M, "دينار جزائري", "دنانير جزائرية"),
    ("lyd", M, "دينار ليبي", "دنانير ليبية"),
    ("dinar", M, "دينار", "دنانير"),
    ("aed", M, "درهم إماراتي", "دراهم إماراتية"),
    ("mad", M, "درهم مغربي", "دراهم مغربية"),
    ("dirham", M, "درهم", "دراهم"),
    ("try", M, "ليرة تركية", "ليرات تركية"),
    ("syp", M, "ليرة سورية", "ليرات سورية"),
    ("lbp", M, "ليرة لبنانية", "ليرات لبنانية"),
    ("lira", M, "ليرة", "ليرات"),
    ("jpy", M, "=ين|=ينا|ين ياباني", ""),
    ("cny", M, "يوان|يوان صيني|رنمينبي|رنمينبي صيني", ""),
    ("ngn", M, "نايرا", ""),
    ("krw", M, "=وون|وون كوري|وون كوري جنوبي", ""),
    ("rub", M, "روبل|روبل روسي", "روبلات"),
    ("chf", M, "فرنك سويسري", "فرنكات سويسرية"),
    ("franc", M, "فرنك", "فرنكات"),
    ("inr", M, "روبية هندية", "روبيات هندية"),
    ("rupee", M, "روبية", "روبيات"),
    ("ils", M, "شيكل|شيقل|شيكل إسرائيلي|شيقل إسرائيلي", "شواكل|شواقل|شيكلات|شيقلات"),
    ("myr", M, "رينجيت|رنجيت|رينغيت|رنغيت|رينجيت ماليزي", ""),
    ("peso", M, "بيزو", "بيزوات"),
    ("zloty", M, "زلوتي", ""),
    ("toman", M, "تومان", ""),
    ("cent", M, "سنت", "سنتات"),
    // the penny (British hundredth) and the old German mark: `330 بنسا`, `ثلاثة مليارات مارك`
    ("penny", M, "بنس", "بنسات"),
    ("mark", M, "مارك", "ماركات"),
    // hundredths: fils (Gulf, Iraq, Jordan), piastre, millime (Tunisia, Egypt), centime
    ("fils", M, "فلس", ""),
    ("piastre", M, "قرش", "قروش"),
    ("millime", M, "مليم", "مليمات"),
    ("centime", M, "سنتيم", "سنتيمات"),
    // people
    ("person", C, "شخص|نسمة|فرد", "أشخاص|أفراد"),
    // A demonym counts people, as in English (`30 سوريا`, `260 كرديا`, `5 أتراك`); Syria
    // itself (`سوريا`) is only read so right after a number.
    ("person", C, "سوري|فلسطيني|كردي|عراقي|مصري|سعودي|لبناني|أردني|يمني|ليبي|تونسي|جزائري|مغربي|سوداني|تركي|إيراني|أفغاني|باكستاني|هندي|أمريكي|أميركي|بريطاني|فرنسي|روسي|صيني|ياباني|إيطالي|إسباني|إسرائيلي|قطري|كويتي|إماراتي|بحريني|عماني|إثيوبي|صومالي|إريتري|نيجيري|بنغالي|فلبيني|إندونيسي",
        "سوريين|فلسطينيين|كرديين|عراقيين|مصريين|سعوديين|لبنانيين|أردنيين|يمنيين|ليبيين|تونسيين|جزائريين|مغربيين|سودانيين|تركيين|إيرانيين|أفغانيين|باكستانيين|هنديين|أمريكيين|أميركيين|بريطانيين|فرنسيين|روسيين|صينيين|يابانيين|إيطاليين|إسبانيين|إسرائيليين|قطريين|كويتيين|إماراتيين|بحرينيين|عمانيين|إثيوبيين|صوماليين|إريتريين|نيجيريين|بنغاليين|فلبينيين|إندونيسيين|أتراك|أكراد|أفغان|هنود"),
    // `تدريب 1800 شاب وفتاة`: young men (and women) are people.
    ("person", C, "شاب|شابة", "شبان|شباب|شابات"),
    ("civilian", C, "مدني", "مدنيين"),
    ("soldier", C, "جندي|عسكري", "جنود|عسكريين"),
    ("officer", C, "ضابط", "ضباط"),
    ("fighter", C, "مقاتل", "مقاتلين"),
    ("foreign_fighter", C, "مقاتل أجنبي", "مقاتلين أجانب"),
    ("militant", C, "مسلح", "مسلحين"),
    ("rebel", C, "متمرد", "متمردين"),
    ("killed", C, "قتيل|شهيد", "قتلى|شهداء"),
    ("injured", C, "جريح|مصاب|إصابة", "جرحى|مصابين|إصابات"),
    ("death", C, "وفاة|حالة وفاة", "وفيات|حالات وفاة"),
    ("case", C, "حالة|حالة إصابة", "حالات|حالات إصابة"),
    ("victim", C, "ضحية", "ضحايا"),
    ("refugee", C, "لاجئ", "لاجئين"),
    ("displaced", C, "نازح", "نازحين"),
    ("migrant", C, "مهاجر", "مهاجرين"),
    ("child", C, "طفل|طفلة", "أطفال"),
    ("woman", C, "امرأة|سيدة", "نساء|سيدات"),
    ("man", C, "رجل", "رجال"),
    ("family", C, "أسرة|عائلة", "أسر|عائلات|عوائل"),
    ("citizen", C, "مواطن|مواطنة", "مواطنين|مواطنات"),
    ("expatriate", C, "وافد|مقيم", "وافدين|مقيمين"),
    ("muslim", C, "مسلم", "مسلمين"),
    ("prisoner", C, "أسير|سجين", "أسرى|سجناء"),
    ("detainee", C, "معتقل|موقوف", "معتقلين|موقوفين"),
    ("suspect", C, "متهم|مشتبه به", "متهمين|مشتبه بهم"),
    ("member", C, "عضو|عنصر", "أعضاء|عناصر"),
    ("minister", C, "وزير|وزيرة", "وزراء"),
    ("official", C, "مسؤول", "مسؤولين"),
    ("employee", C, "موظف|موظفة", "موظفين|موظفات"),
    ("worker", C, "عامل|عاملة", "عمال|عاملين|عاملات"),
    // `عاملان أساسيان`: with an adjective of weight, a factor, not a worker.
    ("factor", C, "عامل أساسي|عامل رئيسي|عامل رئيس|عامل مهم|عامل حاسم|عامل جوهري|عامل مؤثر", "عوامل أساسية|عوامل رئيسية|عوامل رئيسة|عوامل مهمة|عوامل حاسمة|عوامل جوهرية|عوامل مؤثرة"),
    ("student", C, "طالب|طالبة|تلميذ|تلميذة", "طلاب|طلبة|طالبات|تلاميذ"),
    ("teacher", C, "معلم|معلمة|مدرس", "معلمين|معلمات|مدرسين|مدرسات"),
    ("doctor", C, "طبيب|طبيبة", "أطباء|طبيبات"),
    ("nurse", C, "ممرض|ممرضة", "ممرضين|ممرضات"),
    ("pilgrim", C, "حاج", "حجاج|حجيج"),
    ("umrah_pilgrim", C, "معتمر|معتمرة", "معتمرين|معتمرات"),
    ("worshipper", C, "مصل", "مصلين"),
    ("visitor", C, "زائر|زائرة", "زوار|زائرين"),
    ("tourist", C, "سائح|سائحة", "سياح|سائحين"),
    ("passenger", C, "راكب|مسافر", "ركاب|مسافرين"),
    ("participant", C, "مشارك", "مشاركين"),
    ("volunteer", C, "متطوع|متطوعة", "متطوعين|متطوعات"),
    ("trainee", C, "متدرب|متدربة", "متدربين|متدربات"),
    ("voter", C, "ناخب|ناخبة", "ناخبين|ناخبات"),
    ("candidate", C, "مرشح|مرشحة", "مرشحين|مرشحات"),
    ("user", C, "مستخدم", "مستخدمين"),
    ("subscriber", C, "مشترك", "مشتركين"),
    ("customer", C, "عميل", "عملاء"),
    ("spectator", C, "متفرج", "متفرجين|مشاهدين"),
    ("player", C, "لاعب|لاعبة", "لاعبين|لاعبات"),
    // war
    ("attack", C, "هجوم", "هجمات"),
    ("bombing", C, "تفجير|هجوم انتحاري|عملية انتحارية", "تفجيرات|هجمات انتحارية|عمليات انتحارية"),
    ("explosion", C, "انفجار", "انفجارات"),
    ("arrest", C, "اعتقال|حالة اعتقال|عملية اعتقال", "اعتقالات|حالات اعتقال|عمليات اعتقال"),
    ("airstrike", C, "غارة|غارة جوية|ضربة جوية", "غارات|غارات جوية|ضربات جوية"),
    ("strike", C, "ضربة", "ضربات"),
    ("sortie", C, "طلعة|طلعة جوية", "طلعات|طلعات جوية"),
    ("missile", C, "صاروخ|صاروخ باليستي", "صواريخ|صواريخ باليستية"),
    ("rocket", C, "قذيفة صاروخية|صاروخ كاتيوشا|صاروخ غراد|صاروخ جراد", "قذائف صاروخية|صواريخ كاتيوشا|صواريخ غراد|صواريخ جراد"),
    ("shell", C, "قذيفة|قذيفة هاون", "قذائف|قذائف هاون"),
    ("bomb", C, "قنبلة|عبوة ناسفة|سيارة مفخخة", "قنابل|عبوات ناسفة|سيارات مفخخة"),
    ("barrel_bomb", C, "برميل متفجر", "براميل متفجرة"),
    ("aircraft", C, "طائرة|طائرة حربية|طائرة مقاتلة|مقاتلة", "طائرات|طائرات حربية|طائرات مقاتلة|مقاتلات"),
    ("drone", C, "طائرة بدون طيار|طائرة دون طيار|طائرة مسيرة", "طائرات بدون طيار|طائرات دون طيار|طائرات مسيرة"),
    ("helicopter", C, "مروحية|طائرة مروحية|طائرة هليكوبتر", "مروحيات|طائرات مروحية|طائرات هليكوبتر"),
    ("tank", C, "دبابة", "دبابات"),
    ("vehicle", C, "سيارة|مركبة|عربة|آلية عسكرية", "سيارات|مركبات|عربات|آليات"),
    ("ship", C, "سفينة|باخرة|ناقلة", "سفن|بواخر|ناقلات"),
    ("weapon", C, "قطعة سلاح", "قطع سلاح|قطع أسلحة"),
    ("body", C, "جثة", "جثث"),
    ("tunnel", C, "نفق", "أنفاق"),
    // places and buildings
    ("country", C, "دولة|بلد", "دول|بلدان"),
    ("member_state", C, "دولة عضو|دولة عضوة|بلد عضو", "دول أعضاء|دول عضو|بلدان أعضاء"),
    ("village", C, "قرية", "قرى"),
    ("town", C, "بلدة", "بلدات"),
    ("city", C, "مدينة", "مدن"),
    ("province", C, "محافظة|ولاية", "محافظات|ولايات"),
    ("region", C, "منطقة", "مناطق"),
    ("site", C, "موقع", "مواقع"),
    ("house", C, "منزل|بيت|مسكن", "منازل|بيوت|مساكن"),
    ("apartment", C, "شقة", "شقق"),
    ("building", C, "مبنى|بناية|عمارة", "مبان|مباني|بنايات|عمارات"),
    ("unit", C, "وحدة|وحدة سكنية", "وحدات|وحدات سكنية"),
    ("school", C, "مدرسة", "مدارس"),
    ("university", C, "جامعة", "جامعات"),
    ("college", C, "كلية", "كليات"),
    ("hospital", C, "مستشفى", "مستشفيات"),
    ("clinic", C, "عيادة|مركز صحي", "عيادات|مراكز صحية"),
    ("center", C, "مركز", "مراكز"),
    ("polling_station", C, "مركز انتخابي|مركز اقتراع", "مراكز انتخابية|مراكز اقتراع"),
    ("mall", C, "مركز تسوق|مجمع تجاري", "مراكز تسوق|مجمعات تجارية"),
    ("mosque", C, "مسجد|جامع", "مساجد|جوامع"),
    ("hotel", C, "فندق", "فنادق"),
    ("room", C, "غرفة", "غرف"),
    ("bed", C, "سرير", ""),
    ("shop", C, "محل|متجر", "محلات|متاجر"),
    ("branch", C, "فرع", "فروع"),
    ("station", C, "محطة", "محطات"),
    ("well", C, "بئر", "آبار"),
    ("tree", C, "شجرة", "أشجار|شجرات"),
    ("palm_tree", C, "نخلة", "نخيل|نخلات"),
    // institutions, politics, business
    ("session", C, "جلسة", "جلسات"),
    ("meeting", C, "اجتماع|لقاء", "اجتماعات|لقاءات"),
    ("article", C, "مادة", "مواد"),
    ("point", C, "نقطة|بند", "نقاط|بنود"),
    ("axis", C, "محور", "محاور"),
    ("vote", C, "صوت", "أصوات"),
    ("seat", C, "مقعد", "مقاعد"),
    ("agreement", C, "اتفاقية|اتفاق|مذكرة تفاهم", "اتفاقيات|اتفاقات|مذكرات تفاهم"),
    ("deal", C, "صفقة", "صفقات"),
    ("project", C, "مشروع", "مشاريع|مشروعات"),
    ("program", C, "برنامج", "برامج"),
    ("company", C, "شركة", "شركات"),
    ("bank", C, "بنك|مصرف", "بنوك|مصارف"),
    ("share", C, "سهم", "أسهم"),
    ("job", C, "وظيفة|فرصة عمل|فرصة وظيفية", "وظائف|فرص عمل|فرص وظيفية"),
    ("opportunity", C, "فرصة", "فرص"),
    ("application", C, "طلب", "طلبات"),
    ("violation", C, "مخالفة", "مخالفات"),
    ("court_case", C, "قضية|دعوى قضائية", "قضايا|دعاوى قضائية"),
    ("document", C, "وثيقة|مستند", "وثائق|مستندات"),
    ("accident", C, "حادث|حادثة", "حوادث"),
    ("operation", C, "عملية", "عمليات"),
    ("event", C, "فعالية", "فعاليات"),
    ("course", C, "دورة", "دورات"),
    ("workshop", C, "ورشة|ورشة عمل", "ورش|ورش عمل"),
    ("flight", C, "رحلة|رحلة جوية", "رحلات|رحلات جوية"),
    ("device", C, "جهاز", "أجهزة"),
    ("meal", C, "وجبة", "وجبات"),
    ("pill", C, "حبة|قرص", "حبات|أقراص"),
    // books and sport
    ("publisher", C, "ناشر|دار نشر", "ناشرين|دور نشر"),
    ("book", C, "كتاب", "كتب"),
    ("title", C, "عنوان", "عناوين"),
    ("copy", C, "نسخة", "نسخ"),
    ("page", C, "صفحة", "صفحات"),
    ("match", C, "مباراة", "مباريات"),
    ("season", C, "موسم", "مواسم"),
    ("goal", C, "هدف", "أهداف"),
    ("team", C, "فريق|منتخب", "فرق|منتخبات"),
    ("club", C, "نادي", "أندية"),
    ("medal", C, "ميدالية", "ميداليات"),
    // measures
    ("ton", C, "طن", "أطنان"),
    ("barrel", C, "برميل", "براميل"),
    ("card", C, "بطاقة", "بطاقات"),
    ("kilometer", C, "كيلومتر|كيلو متر|=كلم|=كم", "كيلومترات|كيلو مترات"),
    ("kilometer", C, "كليومتر|كليو متر|=كيلا", "كليومترات|كليو مترات"), // ar84: misspelt, colloquial
    ("square_kilometer", C, "كيلومتر مربع|كيلو متر مربع|=كلم مربع|=كم مربع|=كم 2", "كيلومترات مربعة|كيلو مترات مربعة"),
    ("meter", C, "متر", "أمتار|مترات"),
    ("square_meter", C, "متر مربع|=م 2|=م مربع", "أمتار مربعة|مترات مربعة"),
    ("cubic_meter", C, "متر مكعب|=م 3|=م مكعب", "أمتار مكعبة|مترات مكعبة"),
    ("centimeter", C, "سنتيمتر|سنتمتر|=سم", "سنتيمترات|سنتمترات"),
    ("millimeter", C, "مليمتر|ملليمتر|=ملم", "مليمترات|ملليمترات"),
    ("millimeter", C, "ميليمتر|ميلليمتر", "ميليمترات|ميلليمترات"), // ar134: spellings
    ("micrometer", C, "ميكرومتر|مايكرومتر", "ميكرومترات|مايكرومترات"),
    ("nanometer", C, "نانومتر", "نانومترات"),
    ("yard", C, "ياردة", "ياردات"),
    ("mile", C, "ميل", "أميال"),
    ("nautical_mile", C, "ميل بحري", "أميال بحرية"),
    ("foot", C, "قدم", "أقدام"),
    ("cubic_foot", C, "قدم مكعب|قدم مكعبة", "أقدام مكعبة"),
    ("inch", C, "بوصة|إنش", "بوصات|إنشات"),
    ("hectare", C, "هكتار|هيكتار", "هكتارات|هيكتارات"),
    ("feddan", C, "فدان", "أفدنة"),
    ("dunam", C, "دونم", "دونمات"),
    ("kilogram", C, "كيلوغرام|كيلوجرام|كيلو غرام|كيلو جرام|كيلو|=كغ|=كغم|=كجم|=كلغ|=كلغم", "كيلوغرامات|كيلوجرامات"),
    ("kilogram", C, "كليوجرام|كليوغرام", "كليوجرامات|كليوغرامات"), // ar134: misspelt
    ("gram", C, "غرام|جرام", "غرامات|جرامات"),
    ("milligram", C, "مليغرام|مليجرام|ملليغرام|ملليجرام|مللجرام|ملغرام|ميليغرام|ميليجرام", "مليغرامات|مليجرامات|ملليغرامات|ملليجرامات"),
    ("pound_weight", C, "رطل", "أرطال"),
    ("ounce", C, "أوقية|أونصة", "أوقيات|أونصات"),
    ("liter", C, "لتر|ليتر", "لترات|ليترات"),
    ("milliliter", C, "مليلتر|ملليلتر|مليليتر|ميليلتر", "مليلترات|ملليلترات"),
    ("megawatt", C, "ميجاواط|ميغاواط|ميجاوات|ميغاوات|ميقاواط|ميقاوات|ميجا واط|ميغا واط|ميجا وات|ميغا وات", ""),
    ("gigawatt", C, "جيجاواط|غيغاواط|جيجاوات|غيغاوات|جيجا واط|غيغا واط|جيجا وات|غيغا وات", ""),
    ("kilowatt", C, "كيلوواط|كيلووات|كيلو واط|كيلو وات", ""),
    ("kilobyte", C, "كيلوبايت|كيلو بايت", "كيلوبايتات"),
    ("megabyte", C, "ميغابايت|ميجابايت|ميغا بايت|ميجا بايت", "ميغابايتات|ميجابايتات"),
    ("gigabyte", C, "غيغابايت|جيجابايت|جيغابايت|غيغا بايت|جيجا بايت", "غيغابايتات|جيجابايتات"),
    ("kilobit", C, "كيلوبت|كيلو بت", ""),
    ("kilovolt", C, "كيلوفولت|كيلو فولت|كيلو فولط", ""),
    ("megabit", C, "ميغابت|ميجابت|ميغا بت|ميجا بت", ""),
    ("megavolt_ampere", C, "ميغا فولت أمبير|ميجا فولت أمبير|ميغافولت أمبير|ميجافولت أمبير", ""),
    ("terabyte", C, "تيرابايت|تيرا بايت|تي بي", "تيرابايتات"),
    ("megapixel", C, "ميغابيكسل|ميجابيكسل|ميغا بيكسل|ميجا بيكسل|ميغابكسل|ميجابكسل|ميغا بكسل|ميجا بكسل|ميغا بكسيل|ميجا بكسيل|ميغابكسيل|ميجابكسيل", ""),
    ("gigahertz", C, "غيغاهرتز|جيجاهرتز|غيغا هرتز|جيجا هرتز|غيغاهيرتز|جيجاهيرتز|غيغا هيرتز|جيجا هيرتز", ""),
    ("megahertz", C, "ميغاهرتز|ميجاهرتز|ميغا هرتز|ميجا هرتز|ميغاهيرتز|ميجاهيرتز|ميغا هيرتز|ميجا هيرتز", ""),
    ("hertz", C, "هرتز|هيرتز", ""),
    ("ampere", C, "أمبير", ""),
    ("decibel", C, "ديسيبل|ديسبل", ""),
    ("btu", C, "وحدة حرارية|وحدة حرارية بريطانية", "وحدات حرارية|وحدات حرارية بريطانية"),
    ("degree", C, "درجة", "درجات"),
    ("degree_celsius", C, "درجة مئوية|مئوية", "درجات مئوية"),
    ("night", C, "ليلة", "ليال|ليالي"),
    ("credit_hour", C, "ساعة دراسية|ساعة معتمدة", "ساعات دراسية|ساعات معتمدة"),
    ("light_year", C, "سنة ضوئية|عام ضوئي", "سنوات ضوئية|أعوام ضوئية"),
];

/// Words that a derived form (dual, tanween) would read as a unit but that mean something
/// else in news: the Taliban (`طالبان`), Milan (`ميلان`), a pirate (`قرصان`), the elected
/// (`المنتخبين`), the signatories (`الموقعين`), the feet one walks on (`القدمين`), a buzz
/// (`طنين`). Written as keys after proclitics; a leading `ال` blocks the word only with
/// the article: `القريتين` is a town in Syria (`قريتين` two villages), `الفردان` a family
/// name, `اليوم` today (`يوم` a day, `اليومين` two days).
const NOT_UNITS: &[&str] = &[
    "طالبان",
    "ميلان",
    "قرصان",
    "منتخبين",
    "موقعين",
    "قدمين",
    "قدمان",
    "طنين",
    "طنان",
    "القريتين",
    "الفردان",
    "اليوم",
];

/// The proclitics a counted noun can carry, bare first, with whether they include the
/// article. `لل` is `ل` + `ال` (`للدول`). `ك` is rare before a counted noun and common at
/// the start of other words, so it is taken only before a form written in the table:
/// `كدولة`, but not `كبيرين` read as `ك` + the dual of `بئر`.
const CLITICS: &[(&str, bool)] = &[
    ("", false),
    ("ال", true),
    ("و", false),
    ("ف", false),
    ("ب", false),
    ("ل", false),
    ("ك", false),
    ("وال", true),
    ("فال", true),
    ("بال", true),
    ("كال", true),
    ("لل", true),
    ("وب", false),
    ("ول", false),
    ("وك", false),
    ("فب", false),
    ("فل", false),
    ("فك", false),
    ("وبال", true),
    ("وكال", true),
    ("ولل", true),
    ("فبال", true),
    ("فكال", true),
    ("فلل", true),
];

/// A proclitic other than `ال` needs a noun of at least this many letters: `وطن` is a
/// homeland, not `و` + `طن`, and `بين` is between, not `ب` + `ين`.
const MIN_LETTERS_AFTER_CLITIC: usize = 3;

/// One way a unit can begin: the rest of the words it needs after its head word.
#[derive(Debug)]
struct Form {
    /// Index into [`TABLE`].
    entry: usize,
    plurality: Plurality,
    /// Keys of the words after the head (`جويه` for `طلعة جوية`).
    rest: Vec<String>,
    /// An abbreviation: no proclitics.
    abbrev: bool,
    /// Written in the table (or a sound plural of one) rather than derived from it.
    listed: bool,
    /// Letters in the head word as written in the table.
    base_letters: usize,
}

/// Head key → the forms starting with it, listed forms before derived ones, each group in
/// table order.
static LEXICON: LazyLock<FastMap<String, Vec<Form>>> = LazyLock::new(build);
/// The head keys of [`LEXICON`], as a filter: most words and most of their proclitic
/// strippings are no head, and [`lookup`] asks for up to 24 strippings of a word.
static HEADS: LazyLock<crate::lang::KeyFilter> =
    LazyLock::new(|| crate::lang::KeyFilter::new(LEXICON.keys().map(String::as_str)));

/// How the heads of [`LEXICON`] end, for [`lookup`]: a bit for each head's last
/// [`ENDING_BYTES`] bytes (the whole head when shorter), and the lengths of the shorter
/// heads. A word none of whose endings of those lengths has its bit set ends with no head,
/// so no proclitic stripping of it is one.
struct Endings {
    bits: Box<[u64; 1 << 10]>,
    /// Bit `n` set: some head is `n` bytes long, `n` < [`ENDING_BYTES`].
    short: u32,
}

const ENDING_BYTES: usize = 6;

impl Endings {
    fn bit(ending: &[u8]) -> usize {
        let mut h = ending.len() as u64;
        for &b in ending {
            h = (h << 8 | u64::from(b)).rotate_left(3);
        }
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn may_end(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let has = |n: usize| {
            let b = Self::bit(&w[w.len() - n..]);
            self.bits[b >> 6] & 1 << (b & 63) != 0
        };
        self.short & 1 != 0
            || (w.len() >= ENDING_BYTES && has(ENDING_BYTES))
            || (1..ENDING_BYTES.min(w.len() + 1)).any(|n| self.short & 1 << n != 0 && has(n))
    }
}

static ENDINGS: LazyLock<Endings> = LazyLock::new(|| {
    let mut endings = Endings {
        bits: Box::new([0; 1 << 10]),
        short: 0,
    };
    for head in LEXICON.keys() {
        let h = head.as_bytes();
        let n = h.len().min(ENDING_BYTES);
        if n < ENDING_BYTES {
            endings.short |= 1 << n;
        }
        let b = Endings::bit(&h[h.len() - n..]);
        endings.bits[b >> 6] |= 1 << (b & 63);
    }
    endings
});

/// The first two bytes of a key (its first Arabic letter), as one number to compare.
const fn lead(s: &str) -> u16 {
    let b = s.as_bytes();
    let first = if b.is_empty() { 0 } else { b[0] as u16 };
    let second = if b.len() < 2 { 0 } else { b[1] as u16 };
    first << 8 | second
}

/// The first letters of the proclitics of [`CLITICS`] (all but the empty one): a word that
/// starts with none of them is looked up bare, without the loop over the strippings.
const CLITIC_LEADS: [u16; 6] = [
    lead("ا"),
    lead("و"),
    lead("ف"),
    lead("ب"),
    lead("ل"),
    lead("ك"),
];

/// [`CLITICS`] for each of [`CLITIC_LEADS`]: the bare word, then the proclitics that start
/// with that letter, in order.
static CLITICS_BY_LEAD: LazyLock<Vec<Vec<(&'static str, bool)>>> = LazyLock::new(|| {
    CLITIC_LEADS
        .iter()
        .map(|&l| {
            CLITICS
                .iter()
                .copied()
                .filter(|(c, _)| c.is_empty() || lead(c) == l)
                .collect()
        })
        .collect()
});

fn build() -> FastMap<String, Vec<Form>> {
    let mut map: FastMap<String, Vec<Form>> = FastMap::default();
    let mut derived: Vec<(String, Form)> = Vec::new();
    for (entry, &(_, _, singular, plural)) in TABLE.iter().enumerate() {
        let forms = [(singular, Plurality::Singular), (plural, Plurality::Plural)];
        for (list, plurality) in forms {
            for written in list.split('|').filter(|f| !f.trim().is_empty()) {
                let (written, abbrev) = match written.strip_prefix('=') {
                    Some(w) => (w, true),
                    None => (written, false),
                };
                let mut words = written.split_whitespace();
                let Some(head) = words.next() else { continue };
                let rest: Vec<String> = words.map(key).collect();
                let head_key = key(head);
                let base_letters = head_key.chars().count();
                let form = |plurality, listed| Form {
                    entry,
                    plurality,
                    rest: rest.clone(),
                    abbrev,
                    listed,
                    base_letters,
                };
                insert(&mut map, head_key.clone(), form(plurality, true));
                if abbrev {
                    continue;
                }
                match plurality {
                    Plurality::Singular => {
                        for variant in dual_forms(head) {
                            derived.push((variant, form(Plurality::Dual, false)));
                        }
                        if let Some(variant) = tanween_form(head) {
                            derived.push((variant, form(Plurality::Singular, false)));
                        }
                    }
                    // The nominative of a sound masculine plural: مقاتلين → مقاتلون.
                    Plurality::Plural => {
                        if let Some(stem) = head_key.strip_suffix("ين")
                            && sound_plural_of(entry, stem)
                        {
                            insert(&mut map, format!("{stem}ون"), form(Plurality::Plural, true));
                        }
                        // A broken plural of time in the accusative (`أياما عدة`, `أعواما`);
                        // not a sound plural (`سنوات`, `سنين`), which takes no tanween alif.
                        // (Only of time: `أهدافا عدة` are targets, not goals.)
                        if matches!(TABLE[entry].1, UnitKind::Time { .. })
                            && !["ات", "ين", "ون"].iter().any(|e| head.ends_with(e))
                            && let Some(variant) = tanween_form(head)
                        {
                            derived.push((variant, form(Plurality::Plural, false)));
                        }
                    }
                    Plurality::Dual => {}
                }
            }
        }
    }
    for (head, form) in derived {
        let taken = map
            .get(&head)
            .is_some_and(|forms| forms.iter().any(|f| f.listed));
        if !taken {
            insert(&mut map, head, form);
        }
    }
    map
}

/// Adds `form` under `head` unless the same reading is already there.
fn insert(map: &mut FastMap<String, Vec<Form>>, head: String, form: Form) {
    let forms = map.entry(head).or_default();
    let same =
        |f: &Form| f.entry == form.entry && f.plurality == form.plurality && f.rest == form.rest;
    if !forms.iter().any(same) {
        forms.push(form);
    }
}

/// Whether `stem` (a key) is the head of a singular form of entry `entry`.
fn sound_plural_of(entry: usize, stem: &str) -> bool {
    TABLE[entry]
        .2
        .split('|')
        .filter_map(|f| f.split_whitespace().next())
        .any(|head| !head.starts_with('=') && key(head) == stem)
}

/// The keys of the dual of a singular noun as written: `دولة` → `دولتان`, `دولتين`;
/// `شهر` → `شهران`, `شهرين`; `مستشفى` → `مستشفيان`, `مستشفيين`.
fn dual_forms(written: &str) -> [String; 2] {
    let stem = match written.strip_suffix('ة') {
        Some(s) => [s, "ت"].concat(),
        None => written.to_string(),
    };
    [key(&[&stem, "ان"].concat()), key(&[&stem, "ين"].concat())]
}

/// The key of the accusative with tanween alif (`شخص` → `شخصا`), for nouns that take it:
/// not those ending in `ة`, `ا`, `ى` (`دولةً`, `مستشفًى`).
fn tanween_form(written: &str) -> Option<String> {
    if written.ends_with(['ة', 'ا', 'ى']) {
        return None;
    }
    Some(key(&[written, "ا"].concat()))
}

/// Looks up the counted noun at the start of `keys`: the normalized keys
/// (crate::normalize::key) of consecutive words as they stand in the text, possibly with
/// proclitics (و ف ب ل ك and ال: `والمقاتلين`, `بدولارين`), with tanween alif (`شخصا`,
/// `مقاتلا`) and with the dual endings ان/ين (`دولتين`, `دولتان`, `شهرين`, `يومين`,
/// `مليارين` is NOT a unit — number words are not units). Multi-word units win over their
/// first word alone (`طلعة جوية` → sortie taking 2 words; `طلعة` alone is also sortie
/// taking 1). Returns None for words that are not in the lexicon.
pub fn lookup(keys: &[&str]) -> Option<UnitMatch> {
    let (&first, following) = keys.split_first()?;
    // (Most keys begin and end with a letter of the Arabic block: nothing to trim.)
    let b = first.as_bytes();
    let plain = b.len() >= 2 && letter(b[0], b[1]) && letter(b[b.len() - 2], b[b.len() - 1]);
    let word = if plain {
        first
    } else {
        first.trim_matches(is_punct)
    };
    if word.is_empty() {
        return None;
    }
    // Punctuation after the noun ends the phrase: `طلعة، جوية` is one word of unit.
    let following = if !plain && first.ends_with(is_punct) {
        &[][..]
    } else {
        following
    };
    // Every string looked up is a suffix of `word`: most words end like no head.
    if !ENDINGS.may_end(word) {
        return None;
    }
    let lexicon = &*LEXICON;
    let heads = &*HEADS;
    let word_lead = lead(word);
    // `CLITICS[0]` is the bare word; the others need the word to start with their letter.
    let clitics: &[(&str, bool)] = match CLITIC_LEADS.iter().position(|&l| l == word_lead) {
        Some(n) => &CLITICS_BY_LEAD[n],
        None => &CLITICS[..1],
    };
    for &(clitic, article) in clitics {
        // Every proclitic starts with an Arabic letter: compare that before the rest.
        if !clitic.is_empty() && lead(clitic) != word_lead {
            continue;
        }
        let Some(stem) = word.strip_prefix(clitic) else {
            continue;
        };
        if !heads.may_have(stem) {
            continue;
        }
        let Some(forms) = lexicon.get(stem) else {
            continue;
        };
        if blocked(stem, article) {
            continue;
        }
        let mut best: Option<&Form> = None;
        for form in forms {
            if !clitic.is_empty()
                && (form.abbrev
                    || !article && form.base_letters < MIN_LETTERS_AFTER_CLITIC
                    || clitic.contains('ك') && !form.listed)
            {
                continue;
            }
            if best.is_some_and(|b| b.rest.len() >= form.rest.len())
                || !rest_matches(&form.rest, following, article)
            {
                continue;
            }
            best = Some(form);
        }
        if let Some(form) = best {
            let (concept, kind, _, _) = TABLE[form.entry];
            return Some(UnitMatch {
                concept,
                kind,
                plurality: form.plurality,
                words: 1 + form.rest.len(),
                definite: article,
                proclitic: !clitic.is_empty() && clitic != "ال",
            });
        }
    }
    None
}

/// Every concept in the lexicon, sorted, without duplicates (for the tests).
#[cfg(test)]
pub fn concepts() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = TABLE.iter().map(|e| e.0).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Whether the two bytes `lead`, `next` are a letter of U+0620..U+063F or U+0641..U+064A
/// (an Arabic letter, never [`is_punct`]). A lead byte D8 or D9 is never inside another char.
fn letter(lead: u8, next: u8) -> bool {
    (lead == 0xD8 && next >= 0xA0) || (lead == 0xD9 && (0x81..=0x8A).contains(&next))
}

fn is_punct(c: char) -> bool {
    // Keys are mostly Arabic letters: answer those without Unicode table look-ups.
    !(crate::lang::is_arabic_letter(c) || c.is_ascii_alphanumeric() || c.is_alphanumeric())
}

fn blocked(stem: &str, article: bool) -> bool {
    NOT_UNITS.iter().any(|&b| match b.strip_prefix("ال") {
        Some(only_definite) => article && stem == only_definite,
        None => stem == b,
    })
}

/// Whether the words after the head are the ones the form needs. Each may carry `ال` when
/// the head does, tanween alif, or a dual ending; punctuation may follow only the last.
fn rest_matches(wanted: &[String], words: &[&str], article: bool) -> bool {
    if wanted.len() > words.len() {
        return false;
    }
    wanted
        .iter()
        .zip(words)
        .enumerate()
        .all(|(i, (want, &got))| {
            let last = i + 1 == wanted.len();
            let trimmed = got.trim_end_matches(is_punct);
            if trimmed.len() != got.len() && !last {
                return false;
            }
            follower_matches(trimmed, want, article)
        })
}

fn follower_matches(got: &str, want: &str, article: bool) -> bool {
    let inflected = |g: &str| {
        g == want
            || g.strip_suffix('ا') == Some(want)
            || ["ين", "ان"].iter().any(|end| {
                g.strip_suffix(end).is_some_and(|s| {
                    s == want
                        || s.strip_suffix('ت')
                            .is_some_and(|s| Some(s) == want.strip_suffix('ه'))
                })
            })
    };
    !got.is_empty() && (inflected(got) || article && got.strip_prefix("ال").is_some_and(inflected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Plurality::{Dual, Plural, Singular};

    /// Looks up the unit at the start of `text`, split into words and keyed.
    fn find(text: &str) -> Option<UnitMatch> {
        let keys: Vec<String> = text.split_whitespace().map(key).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        lookup(&refs)
    }

    #[test]
    fn every_proclitic_starts_with_a_listed_letter() {
        assert_eq!(CLITICS[0].0, "");
        for &(clitic, _) in &CLITICS[1..] {
            assert!(CLITIC_LEADS.contains(&lead(clitic)), "{clitic}");
        }
    }

    /// (concept, plurality, words) of the unit at the start of `text`.
    fn brief(text: &str) -> Option<(&'static str, Plurality, usize)> {
        find(text).map(|m| (m.concept, m.plurality, m.words))
    }

    #[track_caller]
    fn assert_unit(text: &str, concept: &str, plurality: Plurality, words: usize) {
        assert_eq!(brief(text), Some((concept, plurality, words)), "{text}");
    }

    #[test]
    fn a_singular_noun_is_its_concept() {
        let m = find("دولة").unwrap();
        assert_eq!(
            m,
            UnitMatch {
                concept: "country",
                kind: UnitKind::Count,
                plurality: Singular,
                words: 1,
                definite: false,
                proclitic: false,
            }
        );
        assert_unit("دوله", "country", Singular, 1);
        assert_unit("دول", "country", Plural, 1);
    }

    #[test]
    fn multi_word_units_win_over_their_first_word() {
        assert_unit("طلعة جوية", "sortie", Singular, 2);
        assert_unit("طلعة", "sortie", Singular, 1);
        assert_unit("ريال سعودي", "sar", Singular, 2);
        assert_unit("ريال", "riyal", Singular, 1);
        assert_unit("مقاتل أجنبي", "foreign_fighter", Singular, 2);
        assert_unit("مقاتل", "fighter", Singular, 1);
        assert_unit("كيلو متر مربع", "square_kilometer", Singular, 3);
        assert_unit("كيلو متر", "kilometer", Singular, 2);
        assert_unit("كيلو", "kilogram", Singular, 1);
    }

    #[test]
    fn an_unlisted_word_after_the_noun_is_not_taken() {
        assert_unit("دولة عربية", "country", Singular, 1);
        assert_unit("طلعة استطلاعية", "sortie", Singular, 1);
        assert_unit("ريال مدريد", "riyal", Singular, 1);
        assert_unit("مقاتلين من", "fighter", Plural, 1);
    }

    #[test]
    fn the_input_bounds_the_match() {
        let keys = [key("طلعة")];
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert_eq!(lookup(&refs).map(|m| m.words), Some(1));
        assert_unit("طائرة بدون", "aircraft", Singular, 1);
    }

    #[test]
    fn the_dual_of_a_feminine_noun_drops_ta_marbuta() {
        assert_unit("دولتين", "country", Dual, 1);
        assert_unit("دولتان", "country", Dual, 1);
        assert_unit("ساعتين", "hour", Dual, 1);
        assert_unit("سنتين", "year", Dual, 1);
        assert_unit("طائرتين", "aircraft", Dual, 1);
        assert_unit("امرأتين", "woman", Dual, 1);
    }

    #[test]
    fn the_dual_of_a_masculine_noun_adds_an_or_ayn() {
        assert_unit("شهرين", "month", Dual, 1);
        assert_unit("شهران", "month", Dual, 1);
        assert_unit("يومين", "day", Dual, 1);
        assert_unit("عامين", "year", Dual, 1);
        assert_unit("أسبوعين", "week", Dual, 1);
        assert_unit("مستشفيين", "hospital", Dual, 1);
        assert_unit("جنيهين", "pound", Dual, 1);
    }

    #[test]
    fn a_listed_plural_wins_over_the_dual_rule() {
        assert_unit("موظفين", "employee", Plural, 1);
        assert_unit("المسلمين", "muslim", Plural, 1);
        assert_unit("عاملين", "worker", Plural, 1);
        assert_unit("بلدان", "country", Plural, 1);
        assert_unit("مدنيين", "civilian", Plural, 1);
        assert_unit("سنين", "year", Plural, 1);
    }

    #[test]
    fn sound_plurals_have_a_nominative_in_un() {
        assert_unit("مقاتلون", "fighter", Plural, 1);
        assert_unit("موظفون", "employee", Plural, 1);
        assert_unit("لاجئون", "refugee", Plural, 1);
        assert_unit("مقاتلون أجانب", "foreign_fighter", Plural, 2);
    }

    #[test]
    fn number_words_are_not_units() {
        for word in [
            "مليارين",
            "مليونين",
            "ألفين",
            "ألف",
            "آلاف",
            "مليون",
            "ملايين",
            "مليار",
            "مئتين",
            "مائة",
            "عشرين",
            "ستين",
            "ثمانين",
            "اثنين",
            "اثنتين",
            "عشرات",
            "بضعة",
        ] {
            assert_eq!(find(word), None, "{word}");
        }
    }

    #[test]
    fn tanween_alif_is_stripped_from_singulars() {
        assert_unit("شخصا", "person", Singular, 1);
        assert_unit("شخصًا", "person", Singular, 1);
        assert_unit("مقاتلا", "fighter", Singular, 1);
        assert_unit("جنديا", "soldier", Singular, 1);
        assert_unit("دولارا", "usd", Singular, 1);
        assert_unit("عضوا", "member", Singular, 1);
        assert_unit("عاماً", "year", Singular, 1);
    }

    #[test]
    fn a_final_alif_that_belongs_to_the_word_stays() {
        assert_eq!(find("أمريكا"), None);
        assert_eq!(find("كاتيوشا"), None);
        assert_eq!(find("دولةا"), None);
        // `سنتا` is cents with tanween, not a year.
        assert_unit("سنتا", "cent", Singular, 1);
    }

    #[test]
    fn proclitics_are_peeled_off() {
        assert_unit("والدول", "country", Plural, 1);
        assert_unit("بدولار", "usd", Singular, 1);
        assert_unit("للمقاتلين", "fighter", Plural, 1);
        assert_unit("بدولارين", "usd", Dual, 1);
        assert_unit("وللدول", "country", Plural, 1);
        assert_unit("فبالشهر", "month", Singular, 1);
        assert_unit("لشهرين", "month", Dual, 1);
        assert_unit("وشخصا", "person", Singular, 1);
        assert!(find("للمقاتلين").unwrap().definite);
        assert!(find("والمقاتلين").unwrap().definite);
        assert!(!find("ومقاتلين").unwrap().definite);
        assert!(!find("مقاتلين").unwrap().definite);
    }

    #[test]
    fn a_bare_word_is_tried_before_its_proclitics() {
        assert_unit("بلد", "country", Singular, 1);
        assert_unit("وحدة", "unit", Singular, 1);
        assert_unit("ليرة", "lira", Singular, 1);
        assert_unit("فدان", "feddan", Singular, 1);
        assert_unit("بنك", "bank", Singular, 1);
        assert_unit("كيلومتر", "kilometer", Singular, 1);
        assert_unit("لقاء", "meeting", Singular, 1);
    }

    #[test]
    fn words_that_only_begin_like_a_unit_do_not_match() {
        for word in [
            "دولية",
            "دولي",
            "شهرية",
            "يومية",
            "سنوية",
            "عامة",
            "ساعي",
            "طلعت",
            "دولارية",
        ] {
            assert_eq!(find(word), None, "{word}");
        }
    }

    #[test]
    fn short_nouns_take_only_the_article() {
        assert_unit("طن", "ton", Singular, 1);
        assert_unit("طنا", "ton", Singular, 1);
        assert_unit("الطن", "ton", Singular, 1);
        assert_unit("بالطن", "ton", Singular, 1);
        assert_eq!(find("وطن"), None);
        assert_eq!(find("وطنا"), None);
        assert_eq!(find("بطن"), None);
    }

    #[test]
    fn abbreviations_match_only_as_written() {
        assert_unit("كم", "kilometer", Singular, 1);
        assert_unit("كلم", "kilometer", Singular, 1);
        assert_unit("سم", "centimeter", Singular, 1);
        assert_unit("ين", "jpy", Singular, 1);
        assert_unit("كم مربع", "square_kilometer", Singular, 2);
        // `م2`, `كم2` glued: the letters and the digit `2` (a token of its own).
        assert_unit("م 2", "square_meter", Singular, 2);
        assert_unit("كم 2", "square_kilometer", Singular, 2);
        assert_unit("م 3", "cubic_meter", Singular, 2);
        assert_unit("م مربع", "square_meter", Singular, 2);
        assert_eq!(find("م"), None);
        for word in ["كمين", "كما", "وكم", "سمين", "بين", "وين", "حين", "كلمين"]
        {
            assert_eq!(find(word), None, "{word}");
        }
    }

    #[test]
    fn kaf_is_peeled_only_before_listed_forms() {
        assert_unit("كدولة", "country", Singular, 1);
        assert_eq!(find("كبيرين"), None);
        assert_eq!(find("كبيران"), None);
        assert_unit("بئرين", "well", Dual, 1);
    }

    #[test]
    fn adjectives_follow_plural_nouns_and_take_the_article() {
        assert_unit("طلعات جوية", "sortie", Plural, 2);
        assert_unit("غارات جوية", "airstrike", Plural, 2);
        assert_unit("ضربات جوية", "airstrike", Plural, 2);
        assert_unit("الغارات الجوية", "airstrike", Plural, 2);
        assert_unit("والغارات الجوية", "airstrike", Plural, 2);
        assert_unit("الضربات الجوية", "airstrike", Plural, 2);
        assert!(find("الغارات الجوية").unwrap().definite);
        // The adjective takes the article only when the noun does.
        assert_unit("غارات الجوية", "airstrike", Plural, 1);
    }

    #[test]
    fn foreign_fighters_in_all_their_forms() {
        assert_unit("مقاتلين أجانب", "foreign_fighter", Plural, 2);
        assert_unit("المقاتلين الأجانب", "foreign_fighter", Plural, 2);
        assert_unit("مقاتلا أجنبيا", "foreign_fighter", Singular, 2);
        assert_unit("المقاتلين", "fighter", Plural, 1);
        let m = find("المقاتلين الأجانب").unwrap();
        assert!(m.definite);
        assert_eq!(m.kind, UnitKind::Count);
    }

    #[test]
    fn member_states() {
        assert_unit("دولة عضو", "member_state", Singular, 2);
        assert_unit("دولة عضوا", "member_state", Singular, 2);
        assert_unit("دول أعضاء", "member_state", Plural, 2);
        assert_unit("الدول الأعضاء", "member_state", Plural, 2);
        assert_unit("دولتين عضوين", "member_state", Dual, 2);
        assert_unit("عضو", "member", Singular, 1);
    }

    #[test]
    fn multi_word_units_have_duals() {
        assert_unit("طلعتين جويتين", "sortie", Dual, 2);
        assert_unit("غارتين جويتين", "airstrike", Dual, 2);
        assert_unit("طائرتين بدون طيار", "drone", Dual, 3);
        assert_unit("دولارين أمريكيين", "usd", Dual, 2);
    }

    #[test]
    fn time_units_carry_their_designator() {
        let cases = [
            ("سنة", 'Y', 1),
            ("سنوات", 'Y', 1),
            ("سنين", 'Y', 1),
            ("عام", 'Y', 1),
            ("أعوام", 'Y', 1),
            ("عقد", 'Y', 10),
            ("عقود", 'Y', 10),
            ("قرن", 'Y', 100),
            ("قرون", 'Y', 100),
            ("شهر", 'M', 1),
            ("أشهر", 'M', 1),
            ("شهور", 'M', 1),
            ("أسبوع", 'W', 1),
            ("أسابيع", 'W', 1),
            ("يوم", 'D', 1),
            ("أيام", 'D', 1),
            ("ساعة", 'h', 1),
            ("ساعات", 'h', 1),
            ("دقيقة", 'm', 1),
            ("دقائق", 'm', 1),
            ("ثانية", 's', 1),
            ("ثوان", 's', 1),
        ];
        for (word, designator, factor) in cases {
            assert_eq!(
                find(word).map(|m| m.kind),
                Some(UnitKind::Time { designator, factor }),
                "{word}"
            );
        }
        assert_eq!(
            find("عقدين").map(|m| (m.concept, m.plurality)),
            Some(("decade", Dual))
        );
    }

    #[test]
    fn currencies_are_money() {
        let cases = [
            ("دولار", "usd", 1),
            ("دولارات", "usd", 1),
            ("دولار أمريكي", "usd", 2),
            ("دولار أميركي", "usd", 2),
            ("الدولار الأميركي", "usd", 2),
            ("يورو", "eur", 1),
            ("ريال سعودي", "sar", 2),
            ("ريالا سعوديا", "sar", 2),
            ("ريالات", "riyal", 1),
            ("جنيه إسترليني", "gbp", 2),
            ("جنيه استرليني", "gbp", 2),
            ("جنيها", "pound", 1),
            ("جنيه مصري", "egp", 2),
            ("دينار كويتي", "kwd", 2),
            ("دينار", "dinar", 1),
            ("درهم إماراتي", "aed", 2),
            ("دراهم", "dirham", 1),
            ("ليرة تركية", "try", 2),
            ("ليرات سورية", "syp", 2),
            ("الليرة اللبنانية", "lbp", 2),
            ("ريال قطري", "qar", 2),
            ("فرنك سويسري", "chf", 2),
            ("روبل", "rub", 1),
            ("يوان", "cny", 1),
        ];
        for (text, concept, words) in cases {
            let m = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (m.concept, m.words, m.kind),
                (concept, words, UnitKind::Money),
                "{text}"
            );
        }
    }

    #[test]
    fn some_words_are_never_units() {
        for word in [
            "طالبان",
            "لطالبان",
            "ميلان",
            "وميلان",
            "القرصان",
            "المنتخبين",
            "القدمين",
        ] {
            assert_eq!(find(word), None, "{word}");
        }
        // Only with the article: the town, today, the family name.
        assert_eq!(find("القريتين"), None);
        assert_unit("قريتين", "village", Dual, 1);
        assert_eq!(find("اليوم"), None);
        assert_eq!(find("واليوم"), None);
        assert_unit("يوم", "day", Singular, 1);
        assert_unit("اليومين", "day", Dual, 1);
        assert_eq!(find("الفردان"), None);
    }

    #[test]
    fn punctuation_ends_the_phrase() {
        assert_unit("طلعة، جوية", "sortie", Singular, 1);
        assert_unit("طلعة جوية،", "sortie", Singular, 2);
        assert_unit("«دولة»", "country", Singular, 1);
        assert_unit("طائرة بدون، طيار", "aircraft", Singular, 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        assert_eq!(lookup(&[]), None);
        assert_eq!(lookup(&[""]), None);
        assert_eq!(lookup(&["", ""]), None);
        assert_eq!(lookup(&["طلعه", ""]).map(|m| m.words), Some(1));
        let odd = [
            "ا", "ال", "و", "ف", "ب", "ل", "ك", "لل", "وال", "ة", "ه", "ين", "ان", "تين", "تان",
            "،", "...", "5", "٣", "😀", "\u{064B}", "a", "DOLLAR", "ـ", "ا ا", " ",
        ];
        for a in odd {
            for b in odd {
                let _ = lookup(&[a, b]);
                let _ = lookup(&["طلعه", a, b]);
                let _ = lookup(&["كيلو", a, b]);
            }
        }
        // Every prefix and suffix of a few real words.
        for word in ["والمقاتلين", "طلعتين", "للدولارات", "كيلومترا"]
        {
            let k = key(word);
            for (i, _) in k.char_indices() {
                let _ = lookup(&[&k[i..]]);
                let _ = lookup(&[&k[..i], &k[i..]]);
            }
        }
    }

    #[test]
    fn the_lexicon_is_large_and_well_formed() {
        assert!(TABLE.len() >= 100, "{} entries", TABLE.len());
        for &(concept, _, singular, plural) in TABLE {
            assert!(
                !concept.is_empty() && concept.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{concept}"
            );
            assert!(!singular.trim().is_empty(), "{concept} has no singular");
            for form in singular
                .split('|')
                .chain(plural.split('|').filter(|f| !f.is_empty()))
            {
                let form = form.trim_start_matches('=');
                assert!(!form.trim().is_empty(), "{concept}: empty form");
                assert!(
                    !key(form).starts_with("ال") || form.starts_with('آ'),
                    "{concept}: {form}"
                );
            }
        }
    }

    #[test]
    fn a_concept_has_one_kind() {
        let mut kinds: std::collections::HashMap<&str, UnitKind> = Default::default();
        for &(concept, kind, _, _) in TABLE {
            assert_eq!(*kinds.entry(concept).or_insert(kind), kind, "{concept}");
        }
    }

    #[test]
    fn a_written_form_belongs_to_one_entry() {
        let mut seen: std::collections::HashMap<String, &str> = Default::default();
        for &(concept, _, singular, plural) in TABLE {
            for form in singular
                .split('|')
                .chain(plural.split('|'))
                .filter(|f| !f.is_empty())
            {
                let k = key(form.trim_start_matches('='));
                if let Some(other) = seen.insert(k.clone(), concept) {
                    assert_eq!(other, concept, "{k} is in two entries");
                }
            }
        }
    }

    #[test]
    fn every_written_form_finds_its_own_entry() {
        for &(concept, _, singular, plural) in TABLE {
            for (list, plurality) in [(singular, Singular), (plural, Plural)] {
                for form in list.split('|').filter(|f| !f.is_empty()) {
                    let form = form.trim_start_matches('=');
                    let words = form.split_whitespace().count();
                    assert_eq!(brief(form), Some((concept, plurality, words)), "{form}");
                    // And with the article on every word, unless an abbreviation or blocked.
                    if !list.contains(&format!("={form}")) && !blocked(&key(form), true) {
                        let definite: Vec<String> =
                            form.split_whitespace().map(|w| format!("ال{w}")).collect();
                        let m = find(&definite.join(" ")).unwrap_or_else(|| panic!("ال{form}"));
                        assert_eq!((m.concept, m.words, m.definite), (concept, words, true));
                    }
                }
            }
        }
    }

    #[test]
    fn every_singular_has_a_dual_unless_taken() {
        let mut collisions = Vec::new();
        for &(concept, _, singular, _) in TABLE {
            for form in singular.split('|').filter(|f| !f.starts_with('=')) {
                let mut words = form.split_whitespace();
                let Some(head) = words.next() else { continue };
                let rest: Vec<&str> = words.collect();
                for dual in dual_forms(head) {
                    let listed = LEXICON[&dual].iter().any(|f| f.listed);
                    if listed || blocked(&dual, false) {
                        continue;
                    }
                    let text = std::iter::once(dual.as_str()).chain(rest.iter().copied());
                    let text: Vec<&str> = text.collect();
                    match brief(&text.join(" ")) {
                        Some((c, Dual, w)) if c == concept && w == text.len() => {}
                        other => collisions.push(format!("{form} → {dual}: {other:?}")),
                    }
                }
            }
        }
        // Listed forms (`بلدان`, `موظفين`) and blocked words (`طالبان`) are skipped above;
        // the one collision left: `سنتين` is two years, not two cents.
        assert_eq!(
            collisions,
            [
                "سنت → سنتان: Some((\"year\", Dual, 1))",
                "سنت → سنتين: Some((\"year\", Dual, 1))"
            ]
        );
    }

    #[test]
    fn concepts_are_sorted_unique_and_cover_the_shared_set() {
        let all = concepts();
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(all, sorted);
        let shared = [
            "country",
            "sortie",
            "airstrike",
            "fighter",
            "foreign_fighter",
            "soldier",
            "civilian",
            "killed",
            "injured",
            "person",
            "refugee",
            "displaced",
            "child",
            "woman",
            "prisoner",
            "detainee",
            "arrest",
            "attack",
            "bombing",
            "missile",
            "rocket",
            "aircraft",
            "tank",
            "vehicle",
            "village",
            "town",
            "city",
            "house",
            "building",
            "school",
            "hospital",
            "mosque",
            "member",
            "member_state",
            "axis",
            "article",
            "point",
            "session",
            "meeting",
            "minister",
            "employee",
            "worker",
            "student",
            "teacher",
            "doctor",
            "pilgrim",
            "visitor",
            "tourist",
            "case",
            "death",
            "vote",
            "seat",
            "ton",
            "barrel",
            "kilometer",
            "meter",
            "square_kilometer",
            "kilogram",
            "liter",
            "megawatt",
            "unit",
            "project",
            "company",
            "bank",
            "share",
            "job",
            "flight",
            "ship",
            "publisher",
            "book",
            "copy",
            "match",
            "goal",
            "player",
            "team",
            "year",
            "month",
            "week",
            "day",
            "hour",
            "minute",
            "second",
            "decade",
            "century",
            "usd",
            "eur",
            "gbp",
            "sar",
            "aed",
            "kwd",
            "qar",
            "egp",
            "jod",
            "iqd",
            "syp",
            "lbp",
            "try",
            "irr",
            "yer",
            "omr",
            "bhd",
            "mad",
            "tnd",
            "dzd",
            "jpy",
            "cny",
            "rub",
            "chf",
            "riyal",
            "dinar",
            "dirham",
            "pound",
            "lira",
        ];
        let missing: Vec<&str> = shared.into_iter().filter(|c| !all.contains(c)).collect();
        assert!(missing.is_empty(), "missing {missing:?}");
    }

    #[test]
    fn news_phrases() {
        // (words after the number, concept, plurality, words taken)
        let cases: &[(&str, &str, Plurality, usize)] = &[
            ("دولة", "country", Singular, 1),
            ("دولة عربية", "country", Singular, 1),
            ("بلدا", "country", Singular, 1),
            ("دول", "country", Plural, 1),
            ("الدول", "country", Plural, 1),
            ("البلدين", "country", Dual, 1),
            ("طلعة جوية", "sortie", Singular, 2),
            ("طلعات", "sortie", Plural, 1),
            ("غارة", "airstrike", Singular, 1),
            ("غارة جوية", "airstrike", Singular, 2),
            ("ضربة جوية", "airstrike", Singular, 2),
            ("ضربة", "strike", Singular, 1),
            ("شخصا", "person", Singular, 1),
            ("أشخاص", "person", Plural, 1),
            ("نسمة", "person", Singular, 1),
            ("شخصين", "person", Dual, 1),
            ("المقاتلين الأجانب", "foreign_fighter", Plural, 2),
            ("مقاتل", "fighter", Singular, 1),
            ("محاور", "axis", Plural, 1),
            ("محورين", "axis", Dual, 1),
            ("دولار", "usd", Singular, 1),
            ("الدولارات", "usd", Plural, 1),
            ("أشهر", "month", Plural, 1),
            ("قتيلا", "killed", Singular, 1),
            ("قتلى", "killed", Plural, 1),
            ("جريحا", "injured", Singular, 1),
            ("جرحى", "injured", Plural, 1),
            ("مصابين", "injured", Plural, 1),
            ("حالة وفاة", "death", Singular, 2),
            ("حالات", "case", Plural, 1),
            ("حالة إصابة", "case", Singular, 2),
            ("لاجئ", "refugee", Singular, 1),
            ("لاجئين", "refugee", Plural, 1),
            ("نازح", "displaced", Singular, 1),
            ("أطفال", "child", Plural, 1),
            ("طفلا", "child", Singular, 1),
            ("نساء", "woman", Plural, 1),
            ("أسرى", "prisoner", Plural, 1),
            ("معتقلين", "detainee", Plural, 1),
            ("صاروخا", "missile", Singular, 1),
            ("صواريخ باليستية", "missile", Plural, 2),
            ("صواريخ كاتيوشا", "rocket", Plural, 2),
            ("قذيفة هاون", "shell", Singular, 2),
            ("براميل متفجرة", "barrel_bomb", Plural, 2),
            ("براميل", "barrel", Plural, 1),
            ("برميل", "barrel", Singular, 1),
            ("طائرة", "aircraft", Singular, 1),
            ("طائرات بدون طيار", "drone", Plural, 3),
            ("الطائرات دون طيار", "drone", Plural, 3),
            ("دبابة", "tank", Singular, 1),
            ("آليات", "vehicle", Plural, 1),
            ("قرى", "village", Plural, 1),
            ("مدن", "city", Plural, 1),
            ("منزلا", "house", Singular, 1),
            ("مبان", "building", Plural, 1),
            ("مبنى", "building", Singular, 1),
            ("وحدة سكنية", "unit", Singular, 2),
            ("مركزا انتخابيا", "polling_station", Singular, 2),
            ("مراكز", "center", Plural, 1),
            ("وحدة حرارية بريطانية", "btu", Singular, 3),
            ("مدارس", "school", Plural, 1),
            ("مستشفى", "hospital", Singular, 1),
            ("مساجد", "mosque", Plural, 1),
            ("بنود", "point", Plural, 1),
            ("نقطة", "point", Singular, 1),
            ("جلسات", "session", Plural, 1),
            ("وزراء", "minister", Plural, 1),
            ("موظف", "employee", Singular, 1),
            ("عمال", "worker", Plural, 1),
            ("طلاب", "student", Plural, 1),
            ("طالبة", "student", Singular, 1),
            ("معلمات", "teacher", Plural, 1),
            ("أطباء", "doctor", Plural, 1),
            ("حاج", "pilgrim", Singular, 1),
            ("حجاج", "pilgrim", Plural, 1),
            ("معتمر", "umrah_pilgrim", Singular, 1),
            ("زائر", "visitor", Singular, 1),
            ("سائحا", "tourist", Singular, 1),
            ("صوتا", "vote", Singular, 1),
            ("مقعدا", "seat", Singular, 1),
            ("طنا", "ton", Singular, 1),
            ("أطنان", "ton", Plural, 1),
            ("كيلومترا", "kilometer", Singular, 1),
            ("كيلومترا مربعا", "square_kilometer", Singular, 2),
            ("كيلو مترات", "kilometer", Plural, 2),
            ("مترا مربعا", "square_meter", Singular, 2),
            ("متر مكعب", "cubic_meter", Singular, 2),
            ("أمتار", "meter", Plural, 1),
            ("كيلوغرام", "kilogram", Singular, 1),
            ("كيلو غراما", "kilogram", Singular, 2),
            ("لتر", "liter", Singular, 1),
            ("ميجاواط", "megawatt", Singular, 1),
            ("ميغاواط", "megawatt", Singular, 1),
            ("شركة", "company", Singular, 1),
            ("شركات", "company", Plural, 1),
            ("مشروعا", "project", Singular, 1),
            ("مشروعات", "project", Plural, 1),
            ("بنوك", "bank", Plural, 1),
            ("سهم", "share", Singular, 1),
            ("أسهم", "share", Plural, 1),
            ("وظيفة", "job", Singular, 1),
            ("فرص عمل", "job", Plural, 2),
            ("فرصة", "opportunity", Singular, 1),
            ("رحلة", "flight", Singular, 1),
            ("رحلات جوية", "flight", Plural, 2),
            ("سفينة", "ship", Singular, 1),
            ("ناشر", "publisher", Singular, 1),
            ("دار نشر", "publisher", Singular, 2),
            ("كتاب", "book", Singular, 1),
            ("نسخة", "copy", Singular, 1),
            ("مباراة", "match", Singular, 1),
            ("أهداف", "goal", Plural, 1),
            ("هدفين", "goal", Dual, 1),
            ("لاعبا", "player", Singular, 1),
            ("فرق", "team", Plural, 1),
            ("درجة مئوية", "degree_celsius", Singular, 2),
            ("سنتا", "cent", Singular, 1),
            ("ريالا", "riyal", Singular, 1),
            ("هللة", "halala", Singular, 1),
            ("يوما", "day", Singular, 1),
            ("شهرا", "month", Singular, 1),
            ("دقيقة", "minute", Singular, 1),
            ("ثوان", "second", Plural, 1),
        ];
        assert!(cases.len() >= 60);
        for &(text, concept, plurality, words) in cases {
            assert_eq!(brief(text), Some((concept, plurality, words)), "{text}");
        }
    }
}
