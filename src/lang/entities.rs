//! A bilingual gazetteer of the named entities that matter in conflict and security news.
//!
//! A claim's subject names entities first; the cross-check compares subjects, also across
//! languages, so every entity gets a language-independent id (`syria` for `سوريا`, `سورية`,
//! `Syria`, `Syrian`). [`find_ar`] and [`find_en`] find the longest entity at the start of a
//! word sequence; [`ids`] lists them all.
//!
//! The data comes first, one line per entity: id, Arabic forms, English forms, forms separated
//! by `|`. Arabic forms are written normally and matched on their [`key`]; a form listed without
//! the article also matches with it (`سوري` → `السوري`) unless it is marked `=` (`=قطر`: `القطر`
//! is "the country", not Qatar). English forms match case-insensitively on words, except that in
//! a form marked `=` the tokens written in capitals must be written so (`=US` is not `us`), and
//! in a form marked `^` the capitalized tokens must be capitalized (`^Turkey` is not `turkey`).

use crate::lang::{FastMap, KeyFilter};
use std::hash::Hasher;
use std::sync::LazyLock;

use crate::normalize::key;

/// id | Arabic forms | English forms.
#[rustfmt::skip]
const ENTITIES: &[(&str, &str, &str)] = &[
    // Arab states
    ("saudi_arabia", "السعودية|المملكة العربية السعودية|المملكة|سعودي|سعودية|سعوديون|سعوديين", "Saudi Arabia|Saudi|Saudis|Kingdom of Saudi Arabia|KSA"),
    ("egypt", "مصر|جمهورية مصر العربية|مصري|مصرية|مصريون|مصريين", "Egypt|Egyptian|Egyptians"),
    ("iraq", "العراق|عراقي|عراقية|عراقيون|عراقيين", "Iraq|Iraqi|Iraqis"),
    ("syria", "سوريا|سورية|سوري|سوريون|سوريين|الجمهورية العربية السورية", "Syria|Syrian|Syrians|Syrian Arab Republic"),
    ("yemen", "اليمن|يمني|يمنية|يمنيون|يمنيين|الجمهورية اليمنية", "Yemen|Yemeni|Yemenis"),
    ("jordan", "الأردن|أردني|أردنية|أردنيون|أردنيين|المملكة الأردنية|المملكة الأردنية الهاشمية", "Jordan|Jordanian|Jordanians|Hashemite Kingdom of Jordan"),
    ("lebanon", "لبنان|لبناني|لبنانية|لبنانيون|لبنانيين", "Lebanon|Lebanese"),
    ("libya", "ليبيا|ليبي|ليبية|ليبيون|ليبيين", "Libya|Libyan|Libyans"),
    ("tunisia", "تونس|تونسي|تونسية|تونسيون|تونسيين|الجمهورية التونسية", "Tunisia|Tunisian|Tunisians|Tunis"),
    ("algeria", "الجزائر|جزائري|جزائرية|جزائريون|جزائريين", "Algeria|Algerian|Algerians|Algiers"),
    ("morocco", "المغرب|المملكة المغربية|مغربي|مغربية|مغاربة", "Morocco|Moroccan|Moroccans"),
    ("mauritania", "موريتانيا|موريتاني|موريتانية", "Mauritania|Mauritanian|Mauritanians"),
    ("sudan", "السودان|سوداني|سودانية|سودانيون|سودانيين", "Sudan|Sudanese"),
    ("somalia", "الصومال|صومالي|صومالية|صوماليون|صوماليين", "Somalia|Somali|Somalis"),
    ("djibouti", "جيبوتي", "Djibouti|Djiboutian"),
    ("comoros", "جزر القمر|جمهورية القمر المتحدة", "Comoros|Comoro Islands|Comorian"),
    ("palestine", "فلسطين|دولة فلسطين|فلسطيني|فلسطينية|فلسطينيون|فلسطينيين|الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة", "Palestine|Palestinian|Palestinians|State of Palestine|Palestinian territories"),
    ("uae", "الإمارات|الإمارات العربية المتحدة|دولة الإمارات|دولة الإمارات العربية المتحدة|إماراتي|إماراتية|إماراتيون|إماراتيين", "United Arab Emirates|UAE|U.A.E.|Emirati|Emiratis|Emirates"),
    ("qatar", "=قطر|دولة قطر|قطري|قطرية|قطريون|قطريين", "Qatar|Qatari|Qataris"),
    ("kuwait", "الكويت|دولة الكويت|كويتي|كويتية|كويتيون|كويتيين", "Kuwait|Kuwaiti|Kuwaitis"),
    ("bahrain", "البحرين|مملكة البحرين|بحريني|بحرينية|بحرينيون|بحرينيين", "Bahrain|Bahraini|Bahrainis"),
    ("oman", "=عمان|سلطنة عمان|عماني|عمانية|عمانيون|عمانيين", "Oman|Omani|Omanis|Sultanate of Oman"),
    // World powers and regional states
    ("united_states", "الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|أمريكي|أمريكية|أمريكيون|أمريكيين|أميركي|أميركية|أميركيون|أميركيين", "United States|United States of America|America|American|Americans|=US|=U.S.|=USA|=U.S.A."),
    ("united_kingdom", "بريطانيا|المملكة المتحدة|بريطانيا العظمى|بريطاني|بريطانية|بريطانيون|بريطانيين", "United Kingdom|Britain|Great Britain|British|Briton|Britons|=UK|=U.K."),
    ("france", "فرنسا|فرنسي|فرنسية|فرنسيون|فرنسيين", "France|French"),
    ("russia", "روسيا|روسيا الاتحادية|الاتحاد الروسي|روسي|روسية|الروس", "Russia|Russian|Russians|Russian Federation"),
    ("china", "الصين|جمهورية الصين الشعبية|صيني|صينية|صينيون|صينيين", "^China|Chinese|People's Republic of China|=PRC"),
    ("germany", "ألمانيا|ألماني|ألمانية|ألمان", "Germany|German|Germans"),
    ("japan", "اليابان|ياباني|يابانية|يابانيون|يابانيين", "Japan|Japanese"),
    ("india", "الهند|هندي|هندية|هنود", "India|Indian|Indians"),
    ("pakistan", "باكستان|باكستاني|باكستانية|باكستانيون|باكستانيين", "Pakistan|Pakistani|Pakistanis"),
    ("afghanistan", "أفغانستان|أفغاني|أفغانية|أفغان", "Afghanistan|Afghan|Afghans"),
    ("iran", "إيران|الجمهورية الإسلامية الإيرانية|إيراني|إيرانية|إيرانيون|إيرانيين", "Iran|Iranian|Iranians|Islamic Republic of Iran|Islamic Republic"),
    ("turkey", "تركيا|التركي|تركية|أتراك", "^Turkey|Turkish|Turks|Türkiye"),
    ("israel", "إسرائيل|إسرائيلي|إسرائيلية|إسرائيليون|إسرائيليين|دولة الاحتلال|الاحتلال الإسرائيلي|الكيان الصهيوني", "Israel|Israeli|Israelis"),
    ("ukraine", "أوكرانيا|أوكراني|أوكرانية", "Ukraine|Ukrainian|Ukrainians"),
    ("north_korea", "كوريا الشمالية|الكوري الشمالي|الكورية الشمالية|كورية شمالية", "North Korea|North Korean|North Koreans|=DPRK|Democratic People's Republic of Korea"),
    ("south_korea", "كوريا الجنوبية|الكوري الجنوبي|الكورية الجنوبية", "South Korea|South Korean|South Koreans|Republic of Korea"),
    ("italy", "إيطاليا|إيطالي|إيطالية", "Italy|Italian|Italians"),
    ("spain", "إسبانيا|أسبانيا|إسباني|إسبانية", "Spain|Spanish"),
    ("canada", "كندا|كندي|كندية", "Canada|Canadian|Canadians"),
    ("australia", "أستراليا|استراليا|أسترالي|أسترالية", "Australia|Australian|Australians"),
    ("belgium", "بلجيكا|بلجيكي|بلجيكية", "Belgium|Belgian|Belgians"),
    ("netherlands", "هولندا|هولندي|هولندية", "Netherlands|Dutch|Holland"),
    ("greece", "اليونان|يوناني|يونانية", "Greece|Greek|Greeks"),
    ("sweden", "السويد|سويدي|سويدية", "Sweden|Swedish"),
    ("switzerland", "سويسرا|سويسري|سويسرية", "Switzerland|Swiss"),
    ("austria", "النمسا|نمساوي|نمساوية", "Austria|Austrian"),
    ("poland", "بولندا|بولندي|بولندية", "Poland|^Polish"),
    ("cyprus", "قبرص|قبرصي|قبرصية", "Cyprus|Cypriot"),
    ("taiwan", "تايوان|تايواني|تايوانية|تايوانيون|تايوانيين", "Taiwan|Taiwanese"),
    ("hong_kong", "هونغ كونغ|هونج كونج|هونغ كونج|هونغكونغ", "Hong Kong|Hong Kongers"),
    ("singapore", "سنغافورة|سنغافوري|سنغافورية", "Singapore|Singaporean|Singaporeans"),
    ("south_africa", "جنوب أفريقيا|جنوب إفريقيا|دولة جنوب أفريقيا", "South Africa|South African|South Africans"),
    ("new_zealand", "نيوزيلندا|نيوزيلاندا|نيوزيلندي|نيوزيلندية", "New Zealand|New Zealander|New Zealanders"),
    ("sri_lanka", "سريلانكا|سري لانكا|سريلانكي|سريلانكية", "Sri Lanka|Sri Lankan|Sri Lankans"),
    ("denmark", "الدنمارك|الدانمارك|دنماركي|دنماركية", "Denmark|Danish|Danes"),
    ("finland", "فنلندا|فنلندي|فنلندية", "Finland|Finnish|Finns"),
    ("norway", "النرويج|نرويجي|نرويجية", "Norway|Norwegian|Norwegians"),
    ("argentina", "الأرجنتين|أرجنتيني|أرجنتينية", "Argentina|Argentine|Argentinian|Argentinians"),
    ("nepal", "نيبال|نيبالي|نيبالية", "Nepal|Nepali|Nepalese"),
    ("hungary", "المجر|هنغاريا|هنجاريا", "Hungary|Hungarian|Hungarians"),
    ("greenland", "غرينلاند|جرينلاند|غرينلند", "Greenland"),
    ("ethiopia", "إثيوبيا|أثيوبيا|إثيوبي|إثيوبية", "Ethiopia|Ethiopian|Ethiopians"),
    ("eritrea", "إريتريا|أريتريا|إريتري|إريترية", "Eritrea|Eritrean"),
    ("south_sudan", "جنوب السودان|دولة جنوب السودان", "South Sudan|South Sudanese"),
    ("nigeria", "نيجيريا|نيجيري|نيجيرية", "Nigeria|Nigerian|Nigerians"),
    ("niger", "النيجر", "Niger"),
    ("chad", "تشاد", "^Chad"),
    ("mali", "جمهورية مالي|دولة مالي", "Mali|Malian"),
    ("kenya", "كينيا|كيني|كينية", "Kenya|Kenyan|Kenyans"),
    ("malaysia", "ماليزيا|ماليزي|ماليزية", "Malaysia|Malaysian|Malaysians"),
    ("indonesia", "إندونيسيا|إندونيسي|إندونيسية", "Indonesia|Indonesian|Indonesians"),
    ("bangladesh", "بنغلاديش|بنجلاديش|بنغلادش", "Bangladesh|Bangladeshi"),
    ("myanmar", "ميانمار|بورما", "Myanmar|Burma|Burmese"),
    ("philippines", "الفلبين|فلبيني|فلبينية", "Philippines|Philippine|Filipino|Filipinos"),
    ("vietnam", "فيتنام", "Vietnam|Viet Nam|Vietnamese"),
    ("venezuela", "فنزويلا", "Venezuela|Venezuelan|Venezuelans"),
    ("cuba", "كوبا|كوبي|كوبية", "Cuba|Cuban|Cubans"),
    ("mexico", "المكسيك|مكسيكي|مكسيكية", "Mexico|Mexican|Mexicans"),
    ("brazil", "البرازيل|برازيلي|برازيلية", "Brazil|Brazilian"),
    ("cameroon", "الكاميرون|كاميروني|كاميرونية", "Cameroon|Cameroonian|Cameroonians"),
    ("soviet_union", "الاتحاد السوفيتي|الاتحاد السوفياتي|سوفيتي|سوفياتي|سوفيتية|سوفياتية", "Soviet Union|Soviet|Soviets|USSR|=U.S.S.R."),
    // Regions
    ("europe", "أوروبا|أوربا|أوروبي|أوروبية|أوروبيون|أوروبيين", "Europe|European|Europeans"),
    ("middle_east", "الشرق الأوسط|منطقة الشرق الأوسط", "Middle East|Mideast|Middle Eastern"),
    ("gulf", "الخليج|الخليج العربي|الخليج الفارسي|منطقة الخليج|دول الخليج|دول الخليج العربي|خليجي|خليجية|خليجيون|خليجيين", "^Gulf|Persian Gulf|Arabian Gulf|Gulf states|Gulf region"),
    ("gulf_of_aden", "خليج عدن", "Gulf of Aden"),
    ("red_sea", "البحر الأحمر", "Red Sea"),
    ("mediterranean", "البحر المتوسط|البحر الأبيض المتوسط", "Mediterranean|Mediterranean Sea"),
    ("arabian_peninsula", "شبه الجزيرة العربية|الجزيرة العربية|جزيرة العرب", "Arabian Peninsula"),
    ("maghreb", "المغرب العربي|دول المغرب العربي", "Maghreb"),
    ("crimea", "القرم|شبه جزيرة القرم", "Crimea|Crimean"),
    ("kashmir", "كشمير|إقليم كشمير|كشميري|كشميرية|كشميريون|كشميريين", "Kashmir|Kashmiri|Kashmiris"),
    ("donetsk", "دونيتسك|دونتسك", "Donetsk"),
    ("luhansk", "لوغانسك|لوهانسك|لوجانسك", "Luhansk|Lugansk"),
    ("donbas", "دونباس", "Donbas|Donbass"),
    ("chechnya", "الشيشان|شيشاني|شيشانية", "Chechnya|Chechen|Chechens"),
    ("sinjar", "سنجار|جبل سنجار", "Sinjar|Mount Sinjar"),
    ("darfur", "دارفور|إقليم دارفور", "Darfur"),
    ("kosovo", "كوسوفو", "Kosovo|Kosovar|Kosovars"),
    ("xinjiang", "شينجيانغ|شينجيانج", "Xinjiang"),
    ("sinai", "سيناء|شبه جزيرة سيناء|شمال سيناء", "Sinai|Sinai Peninsula|North Sinai"),
    ("west_bank", "الضفة الغربية|الضفة الغربية المحتلة", "West Bank"),
    ("gaza", "غزة|قطاع غزة|مدينة غزة", "Gaza|Gaza Strip|Gaza City"),
    ("golan", "الجولان|هضبة الجولان|الجولان المحتل", "Golan|Golan Heights"),
    ("kurdistan_region", "كردستان|إقليم كردستان|إقليم كردستان العراق|كردستان العراق", "Kurdistan|Kurdistan Region|Iraqi Kurdistan|Kurdistan region of Iraq"),
    ("kurds", "الأكراد|أكراد|الكرد|كرد|كردي|كردية", "Kurds|Kurd|Kurdish"),
    ("anbar", "الأنبار|محافظة الأنبار", "Anbar|al-Anbar|Anbar province"),
    ("eastern_province", "المنطقة الشرقية", "^Eastern Province"),
    ("asir", "عسير|منطقة عسير", "Asir|Aseer|Assir"),
    ("jazan", "جازان|جيزان|منطقة جازان|منطقة جيزان", "Jazan|Jizan|Gizan|Jaizan"),
    ("najran", "نجران|منطقة نجران", "Najran"),
    // Cities and places
    ("riyadh", "الرياض|مدينة الرياض|منطقة الرياض", "Riyadh"),
    ("jeddah", "=جدة|مدينة جدة|محافظة جدة", "Jeddah|Jiddah|Jidda"),
    ("mecca", "مكة|مكة المكرمة|منطقة مكة المكرمة|العاصمة المقدسة", "^Mecca|Makkah"),
    ("medina", "المدينة المنورة|منطقة المدينة المنورة", "Medina|Madinah|al-Madinah"),
    ("abha", "أبها", "Abha"),
    ("khamis_mushait", "خميس مشيط", "Khamis Mushait|Khamis Mushayt"),
    ("dammam", "الدمام", "Dammam"),
    ("taif", "الطائف", "Taif"),
    ("qatif", "القطيف", "Qatif"),
    ("grand_mosque", "المسجد الحرام", "Grand Mosque|Masjid al-Haram"),
    ("washington", "واشنطن|العاصمة الأمريكية", "^Washington|Washington D.C."),
    ("new_york", "نيويورك", "New York|New York City|NYC"),
    ("brussels", "بروكسل", "Brussels"),
    ("paris", "باريس", "Paris"),
    ("london", "لندن", "London"),
    ("berlin", "برلين", "Berlin"),
    ("geneva", "جنيف", "Geneva"),
    ("vienna", "فيينا", "Vienna"),
    ("moscow", "موسكو", "Moscow"),
    ("beijing", "بكين|بيجين|بيجينغ", "Beijing|Peking"),
    ("pyongyang", "بيونغ يانغ|بيونغيانغ|بيونج يانج|بيونغ يانج", "Pyongyang"),
    ("seoul", "العاصمة الكورية سيول|العاصمة الكورية الجنوبية سيول", "Seoul"),
    ("tehran", "طهران", "Tehran|Teheran"),
    ("ankara", "أنقرة", "Ankara"),
    ("istanbul", "إسطنبول|اسطنبول|استانبول", "Istanbul"),
    ("incirlik", "إنجرليك|إنجيرليك|إنسيرليك|قاعدة إنجرليك|قاعدة إنجرليك الجوية", "Incirlik|Incirlik Air Base|Incirlik airbase"),
    ("baghdad", "بغداد", "Baghdad"),
    ("mosul", "الموصل", "Mosul"),
    ("ramadi", "الرمادي", "Ramadi"),
    ("fallujah", "الفلوجة", "Fallujah|Falluja"),
    ("tikrit", "تكريت", "Tikrit"),
    ("kirkuk", "كركوك", "Kirkuk"),
    ("erbil", "أربيل|إربيل", "Erbil|Irbil|Arbil"),
    ("baiji", "بيجي", "Baiji|Beiji"),
    ("damascus", "دمشق", "Damascus"),
    ("aleppo", "=حلب", "Aleppo"),
    ("raqqa", "الرقة|مدينة الرقة|محافظة الرقة", "Raqqa|Raqqah|Rakka|al-Raqqa"),
    ("kobani", "كوباني|عين العرب", "Kobani|Kobane|Ain al-Arab|Ayn al-Arab"),
    ("idlib", "إدلب|محافظة إدلب", "Idlib|Idleb"),
    ("ariha", "أريحا", "Ariha"),
    ("homs", "=حمص", "Homs"),
    ("hama", "=حماة", "Hama|Hamah"),
    ("palmyra", "مدينة تدمر|مدينة تدمر الأثرية|تدمر الأثرية|تدمر التاريخية", "Palmyra|Tadmur|Tadmor"),
    ("zabadani", "الزبداني", "Zabadani"),
    ("daraa", "درعا", "Daraa|Deraa|Dara'a"),
    ("latakia", "اللاذقية", "Latakia|Lattakia"),
    ("deir_ez_zor", "دير الزور", "Deir ez-Zor|Deir el-Zour|Deir al-Zor|Deir Ezzor|Deir ez-Zour"),
    ("hasakah", "الحسكة", "Hasakah|Hasaka|al-Hasakah"),
    ("tal_abyad", "تل أبيض", "Tal Abyad|Tell Abyad"),
    ("sanaa", "صنعاء", "Sanaa|Sana'a"),
    ("aden", "عدن", "Aden"),
    ("taiz", "تعز", "Taiz|Taez"),
    ("marib", "مأرب", "Marib|Ma'rib"),
    ("hodeidah", "الحديدة", "Hodeidah|Hudaydah|Hodeida"),
    ("saada", "صعدة", "Saada|Sa'ada|Saadah"),
    ("lahij", "لحج", "Lahij|Lahj"),
    ("abyan", "أبين", "Abyan"),
    ("cairo", "القاهرة", "Cairo"),
    ("suez_canal", "قناة السويس|قناة السويس الجديدة", "Suez Canal|New Suez Canal"),
    ("beirut", "بيروت", "Beirut"),
    ("amman", "العاصمة الأردنية عمان|أمانة عمان", "Amman"),
    ("doha", "الدوحة", "Doha"),
    ("dubai", "دبي", "Dubai"),
    ("abu_dhabi", "أبوظبي|أبو ظبي", "Abu Dhabi"),
    ("manama", "المنامة", "Manama"),
    ("muscat", "مسقط", "Muscat"),
    ("kuwait_city", "مدينة الكويت|العاصمة الكويتية", "Kuwait City"),
    ("khartoum", "الخرطوم", "Khartoum"),
    ("tripoli", "طرابلس", "Tripoli"),
    ("benghazi", "بنغازي", "Benghazi"),
    ("kabul", "كابول", "Kabul"),
    ("tel_aviv", "تل أبيب", "Tel Aviv"),
    ("jerusalem", "القدس|القدس الشرقية|القدس المحتلة|بيت المقدس", "Jerusalem|East Jerusalem"),
    ("al_aqsa", "المسجد الأقصى", "Al-Aqsa Mosque|al-Aqsa|Aqsa Mosque"),
    ("reunion", "ريونيون|جزيرة ريونيون|لاريونيون|لا ريونيون|جزيرة لاريونيون|جزيرة لا ريونيون", "Réunion|^Reunion|Reunion Island|La Réunion|La Reunion"),
    // International organizations
    ("united_nations", "الأمم المتحدة|منظمة الأمم المتحدة|هيئة الأمم المتحدة", "United Nations|=UN|=U.N."),
    ("un_security_council", "مجلس الأمن|مجلس الأمن الدولي|مجلس الأمن التابع للأمم المتحدة", "Security Council|=UN Security Council|=U.N. Security Council|United Nations Security Council|UNSC"),
    ("un_general_assembly", "الجمعية العامة للأمم المتحدة", "=UN General Assembly|=U.N. General Assembly|United Nations General Assembly"),
    ("unhcr", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|المفوضية السامية لشؤون اللاجئين|مفوضية اللاجئين", "UNHCR|=UN refugee agency|=U.N. refugee agency|United Nations High Commissioner for Refugees|=UN High Commissioner for Refugees"),
    ("unicef", "اليونيسف|منظمة الأمم المتحدة للطفولة|صندوق الأمم المتحدة للطفولة", "UNICEF|United Nations Children's Fund"),
    ("wfp", "برنامج الأغذية العالمي", "World Food Programme|World Food Program|=WFP"),
    ("who", "منظمة الصحة العالمية", "World Health Organization|World Health Organisation|=WHO"),
    ("iaea", "الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency|IAEA"),
    ("unrwa", "الأونروا|وكالة غوث وتشغيل اللاجئين الفلسطينيين", "UNRWA"),
    ("red_cross", "الصليب الأحمر|اللجنة الدولية للصليب الأحمر", "Red Cross|International Committee of the Red Cross|ICRC"),
    ("red_crescent", "الهلال الأحمر|الهلال الأحمر السعودي|هيئة الهلال الأحمر|هيئة الهلال الأحمر السعودي|جمعية الهلال الأحمر", "Red Crescent|Saudi Red Crescent|Syrian Arab Red Crescent"),
    ("human_rights_watch", "هيومن رايتس ووتش|هيومان رايتس ووتش|منظمة هيومن رايتس ووتش", "Human Rights Watch|=HRW"),
    ("amnesty_international", "منظمة العفو الدولية|العفو الدولية", "Amnesty International|^Amnesty"),
    ("msf", "أطباء بلا حدود|منظمة أطباء بلا حدود", "Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|=MSF"),
    ("european_union", "الاتحاد الأوروبي|الاتحاد الأوربي", "European Union|=EU"),
    ("african_union", "الاتحاد الأفريقي|الاتحاد الإفريقي", "African Union"),
    ("arab_league", "جامعة الدول العربية|الجامعة العربية", "Arab League|League of Arab States"),
    ("gcc", "مجلس التعاون|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج|مجلس التعاون لدول الخليج العربية|دول مجلس التعاون|دول مجلس التعاون الخليجي", "Gulf Cooperation Council|=GCC|Cooperation Council for the Arab States of the Gulf"),
    ("oic", "منظمة التعاون الإسلامي|منظمة المؤتمر الإسلامي", "Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Organization of the Islamic Conference|=OIC"),
    ("opec", "أوبك|منظمة أوبك|منظمة البلدان المصدرة للبترول|منظمة البلدان المصدرة للنفط|منظمة الدول المصدرة للنفط", "OPEC|Organization of the Petroleum Exporting Countries"),
    ("nato", "حلف شمال الأطلسي|حلف شمال الأطلنطي|منظمة حلف شمال الأطلسي|حلف الناتو|الناتو|الحلف الأطلسي|حلف الأطلسي", "NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic alliance"),
    ("imf", "صندوق النقد الدولي", "International Monetary Fund|IMF"),
    ("world_bank", "البنك الدولي", "World Bank"),
    // States' institutions
    ("pentagon", "البنتاغون|البنتاجون|وزارة الدفاع الأمريكية|الدفاع الأمريكية", "Pentagon|Defense Department|Department of Defense"),
    ("state_department", "وزارة الخارجية الأمريكية|الخارجية الأمريكية", "State Department|Department of State"),
    ("white_house", "البيت الأبيض", "White House"),
    ("kremlin", "الكرملين", "Kremlin"),
    ("us_congress", "الكونغرس|الكونجرس|الكونغرس الأمريكي|الكونجرس الأمريكي", "^Congress"),
    ("us_senate", "مجلس الشيوخ|مجلس الشيوخ الأمريكي", "^Senate"),
    ("us_national_security_council", "مجلس الأمن القومي الأمريكي", "National Security Council|=NSC"),
    ("cia", "وكالة المخابرات المركزية|وكالة المخابرات المركزية الأمريكية|المخابرات المركزية الأمريكية|وكالة الاستخبارات المركزية|وكالة الاستخبارات المركزية الأمريكية|الاستخبارات المركزية الأمريكية|سي آي إيه", "CIA|Central Intelligence Agency"),
    ("fbi", "مكتب التحقيقات الفيدرالي|مكتب التحقيقات الاتحادي|إف بي آي", "FBI|Federal Bureau of Investigation"),
    ("federal_reserve", "الاحتياطي الفيدرالي|مجلس الاحتياطي الفيدرالي|الاحتياطي الاتحادي|مجلس الاحتياطي الاتحادي|البنك المركزي الأمريكي", "Federal Reserve|Federal Reserve Board|^Fed"),
    ("us_military", "الجيش الأمريكي|القوات الأمريكية|الجنود الأمريكيين|الجنود الأمريكيون", "=US military|=U.S. military|American military|=US forces|=U.S. forces|American forces|=US troops|=U.S. troops|American troops"),
    ("saudi_national_guard", "الحرس الوطني|الحرس الوطني السعودي|وزارة الحرس الوطني", "Saudi National Guard|Saudi Arabian National Guard|=SANG"),
    ("saudi_press_agency", "وكالة الأنباء السعودية|واس", "Saudi Press Agency|=SPA"),
    ("aramco", "أرامكو|أرامكو السعودية|شركة أرامكو", "Aramco|Saudi Aramco"),
    ("ksrelief", "مركز الملك سلمان للإغاثة|مركز الملك سلمان للإغاثة والأعمال الإنسانية|الملك سلمان للإغاثة", "KSrelief|King Salman Humanitarian Aid and Relief Centre|King Salman Humanitarian Aid and Relief Center"),
    ("iran_nuclear_deal", "الاتفاق النووي|الاتفاق النووي الإيراني|الاتفاق النووي مع إيران|خطة العمل الشاملة المشتركة", "Iran nuclear deal|Iran deal|Iran nuclear agreement|JCPOA|Joint Comprehensive Plan of Action"),
    // Coalitions and operations
    ("coalition", "التحالف|التحالف الدولي|قوات التحالف|التحالف الدولي ضد داعش|التحالف الدولي لمحاربة داعش|التحالف الدولي ضد تنظيم الدولة|التحالف الدولي بقيادة الولايات المتحدة|التحالف بقيادة الولايات المتحدة|التحالف بقيادة واشنطن", "coalition|international coalition|the international coalition|global coalition|=US-led coalition|=U.S.-led coalition|American-led coalition|=anti-ISIS coalition|=anti-IS coalition|=anti-ISIL coalition|Global Coalition to Defeat ISIS|Global Coalition Against Daesh"),
    ("arab_coalition", "التحالف العربي|قوات التحالف العربي|التحالف العربي بقيادة السعودية|التحالف العربي بقيادة المملكة|التحالف بقيادة السعودية|التحالف بقيادة المملكة|تحالف دعم الشرعية|تحالف دعم الشرعية في اليمن|التحالف العربي لدعم الشرعية|التحالف العربي لدعم الشرعية في اليمن", "Arab coalition|Saudi-led coalition|Saudi-led Arab coalition|Saudi-led military coalition|Arab-led coalition"),
    ("operation_decisive_storm", "عاصفة الحزم|عملية عاصفة الحزم", "Operation Decisive Storm|Decisive Storm"),
    ("operation_restoring_hope", "إعادة الأمل|عملية إعادة الأمل", "Operation Restoring Hope|Restoring Hope"),
    // Armies and governments
    ("syrian_army", "الجيش السوري|الجيش العربي السوري|جيش النظام|جيش النظام السوري|قوات النظام|قوات النظام السوري|قوات الأسد|القوات الحكومية السورية", "Syrian army|Syrian Arab Army|Syrian military|Syrian troops|Syrian government forces|Syrian regime forces|pro-Assad forces|regime forces"),
    ("assad_regime", "النظام السوري|نظام الأسد|نظام بشار الأسد|نظام بشار", "Assad regime|Syrian regime|Assad government|Syrian government"),
    ("iraqi_army", "الجيش العراقي|القوات العراقية|القوات الحكومية العراقية|قوات الأمن العراقية", "Iraqi army|Iraqi military|Iraqi forces|Iraqi security forces|Iraqi troops"),
    ("yemeni_government", "الحكومة الشرعية|الحكومة اليمنية|الحكومة اليمنية الشرعية|الحكومة الشرعية في اليمن", "Yemeni government|Hadi government|government of Yemen"),
    ("popular_resistance", "المقاومة الشعبية|المقاومة الشعبية اليمنية", "^Popular Resistance|Yemeni Popular Resistance"),
    ("free_syrian_army", "الجيش السوري الحر|الجيش الحر", "Free Syrian Army|=FSA"),
    ("syrian_opposition", "المعارضة السورية|المعارضة السورية المسلحة|المعارضة السورية المعتدلة", "Syrian opposition|Syrian rebels|moderate Syrian opposition"),
    ("syrian_national_coalition", "الائتلاف الوطني السوري|الائتلاف الوطني لقوى الثورة والمعارضة السورية|الائتلاف السوري", "Syrian National Coalition|National Coalition for Syrian Revolutionary and Opposition Forces"),
    ("syrian_observatory", "المرصد السوري|المرصد السوري لحقوق الإنسان", "Syrian Observatory|Syrian Observatory for Human Rights|SOHR"),
    ("peshmerga", "البشمركة|البيشمركة|قوات البشمركة|قوات البيشمركة", "Peshmerga|Pesh Merga"),
    ("krg", "حكومة إقليم كردستان|حكومة إقليم كردستان العراق|حكومة كردستان", "Kurdistan Regional Government|KRG"),
    ("pkk", "حزب العمال الكردستاني|العمال الكردستاني|بي كيه كيه", "PKK|Kurdistan Workers' Party|Kurdistan Workers Party"),
    ("ypg", "وحدات حماية الشعب|وحدات حماية الشعب الكردية", "YPG|People's Protection Units|Kurdish People's Protection Units"),
    ("sdf", "قوات سوريا الديمقراطية|قسد", "Syrian Democratic Forces|=SDF"),
    ("irgc", "الحرس الثوري|الحرس الثوري الإيراني", "Revolutionary Guards|Revolutionary Guard|Revolutionary Guard Corps|Islamic Revolutionary Guard Corps|Iranian Revolutionary Guard|Iranian Revolutionary Guards|IRGC"),
    ("quds_force", "فيلق القدس", "Quds Force|al-Quds Force"),
    ("pmf", "الحشد الشعبي|قوات الحشد الشعبي|ميليشيات الحشد الشعبي", "Popular Mobilization Forces|Popular Mobilisation Forces|Popular Mobilization Units|=PMF|Hashd al-Shaabi|Hashed al-Shaabi"),
    // Armed groups and movements
    ("islamic_state", "تنظيم الدولة|تنظيم الدولة الإسلامية|الدولة الإسلامية|داعش|تنظيم داعش|تنظيم الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق والشام|تنظيم داعش الإرهابي", "Islamic State|Islamic State group|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Islamic State of Iraq and al-Sham|ISIS|ISIL|=IS|Daesh|Da'esh"),
    ("al_qaeda", "القاعدة|تنظيم القاعدة|قاعدة الجهاد", "al-Qaeda|al Qaeda|al-Qaida|al Qaida|alQaeda|al-Qa'ida|Qaeda|Qaida"),
    ("aqap", "القاعدة في جزيرة العرب|تنظيم القاعدة في جزيرة العرب|القاعدة في شبه الجزيرة العربية|تنظيم القاعدة في شبه الجزيرة العربية", "al-Qaeda in the Arabian Peninsula|al Qaeda in the Arabian Peninsula|al-Qaida in the Arabian Peninsula|AQAP"),
    ("aqim", "القاعدة في بلاد المغرب الإسلامي|تنظيم القاعدة في بلاد المغرب الإسلامي", "al-Qaeda in the Islamic Maghreb|al Qaeda in the Islamic Maghreb|AQIM"),
    ("nusra_front", "جبهة النصرة|النصرة|جبهة فتح الشام", "al-Nusra Front|Nusra Front|al-Nusra|Nusra|Jabhat al-Nusra|Jabhat Fatah al-Sham"),
    ("ahrar_al_sham", "أحرار الشام|حركة أحرار الشام", "Ahrar al-Sham|Ahrar ash-Sham"),
    ("jaish_al_fatah", "جيش الفتح", "Jaish al-Fatah|Army of Conquest"),
    ("sinai_province", "ولاية سيناء|أنصار بيت المقدس", "Sinai Province|Wilayat Sinai|Ansar Beit al-Maqdis|Ansar Bayt al-Maqdis"),
    ("taliban", "طالبان|حركة طالبان|حركة طالبان الأفغانية", "Taliban|Afghan Taliban"),
    ("pakistani_taliban", "طالبان باكستان|حركة طالبان باكستان", "Pakistani Taliban|Tehrik-i-Taliban|Tehreek-e-Taliban|=TTP"),
    ("hamas", "=حماس|حركة حماس|حركة المقاومة الإسلامية", "Hamas"),
    ("islamic_jihad", "الجهاد الإسلامي|حركة الجهاد الإسلامي", "Islamic Jihad|Palestinian Islamic Jihad"),
    ("fatah", "حركة فتح", "Fatah"),
    ("plo", "منظمة التحرير|منظمة التحرير الفلسطينية", "Palestine Liberation Organization|Palestine Liberation Organisation|PLO"),
    ("palestinian_authority", "السلطة الفلسطينية|السلطة الوطنية الفلسطينية", "Palestinian Authority"),
    ("hezbollah", "حزب الله|حزب الله اللبناني|ميليشيا حزب الله|ميليشيات حزب الله|مليشيا حزب الله", "Hezbollah|Hizbollah|Hizbullah|Hizballah"),
    ("houthis", "الحوثيون|الحوثيين|الحوثي|حوثي|حوثيون|حوثيين|جماعة الحوثي|جماعة الحوثيين|أنصار الله|ميليشيا الحوثي|ميليشيات الحوثي|مليشيا الحوثي|مليشيات الحوثي|المتمردين الحوثيين|المتمردون الحوثيون", "Houthis|Houthi|Houthi rebels|Huthis|Huthi|Ansar Allah|Ansarullah"),
    ("muslim_brotherhood", "الإخوان|الإخوان المسلمين|الإخوان المسلمون|جماعة الإخوان|جماعة الإخوان المسلمين", "Muslim Brotherhood|^Brotherhood"),
    ("boko_haram", "بوكو حرام|جماعة بوكو حرام", "Boko Haram"),
    ("al_shabaab", "حركة الشباب|حركة الشباب المجاهدين|حركة الشباب الصومالية", "al-Shabaab|al-Shabab|Shabaab|Shabab"),
    // Aviation
    ("mh370", "MH370|إم إتش 370|الطائرة الماليزية|الطائرة الماليزية المفقودة|الرحلة MH370", "MH370|MH 370|Flight 370|Malaysia Airlines Flight 370|Malaysia Airlines flight MH370"),
    ("mh17", "MH17|إم إتش 17", "MH17|MH 17|Malaysia Airlines Flight 17"),
    ("malaysia_airlines", "الخطوط الجوية الماليزية|الخطوط الماليزية", "Malaysia Airlines|Malaysian Airlines"),
    ("boeing", "بوينغ|بوينج|شركة بوينغ", "Boeing"),
    ("airbus", "إيرباص|شركة إيرباص", "Airbus"),
    // People
    ("king_salman", "الملك سلمان|الملك سلمان بن عبدالعزيز|الملك سلمان بن عبد العزيز|خادم الحرمين الشريفين|خادم الحرمين الشريفين الملك سلمان", "King Salman|King Salman bin Abdulaziz|Salman bin Abdulaziz"),
    ("mohammed_bin_salman", "محمد بن سلمان|الأمير محمد بن سلمان|ولي ولي العهد", "Mohammed bin Salman|Mohammad bin Salman|Muhammad bin Salman|=MBS"),
    ("mohammed_bin_nayef", "محمد بن نايف|الأمير محمد بن نايف", "Mohammed bin Nayef|Mohammad bin Nayef|Muhammad bin Nayef"),
    ("adel_al_jubeir", "الجبير|عادل الجبير", "Adel al-Jubeir|al-Jubeir|Jubeir"),
    ("ahmed_asiri", "أحمد عسيري|العميد أحمد عسيري|العميد ركن أحمد عسيري|العميد عسيري", "Ahmed Asiri|Ahmed al-Asiri"),
    ("king_abdullah_ii", "الملك عبدالله الثاني|الملك عبد الله الثاني|عبدالله الثاني", "King Abdullah II"),
    ("john_kerry", "كيري|جون كيري", "Kerry|John Kerry"),
    ("barack_obama", "أوباما|باراك أوباما", "Obama|Barack Obama"),
    ("joe_biden", "بايدن|جو بايدن", "Biden|Joe Biden"),
    ("donald_trump", "ترامب|دونالد ترامب", "^Trump|Donald Trump|Donald J. Trump"),
    ("hillary_clinton", "كلينتون|هيلاري كلينتون", "Clinton|Hillary Clinton|Hillary Rodham Clinton|Hillary"),
    ("bill_clinton", "بيل كلينتون", "Bill Clinton"),
    ("ashton_carter", "آشتون كارتر|أشتون كارتر", "Ashton Carter|Ash Carter"),
    ("chuck_hagel", "هيغل|تشاك هيغل", "Hagel|Chuck Hagel"),
    ("jim_mattis", "ماتيس|جيم ماتيس", "Mattis|Jim Mattis|James Mattis"),
    ("mike_pompeo", "بومبيو|مايك بومبيو", "Pompeo|Mike Pompeo"),
    ("ban_ki_moon", "بان كي مون|بان كي-مون|بان كيمون", "Ban Ki-moon|Ban Ki Moon"),
    ("staffan_de_mistura", "دي ميستورا|ستيفان دي ميستورا|ستافان دي ميستورا", "de Mistura|Staffan de Mistura"),
    ("ismail_ould_cheikh_ahmed", "ولد الشيخ|ولد الشيخ أحمد|إسماعيل ولد الشيخ|إسماعيل ولد الشيخ أحمد", "Ould Cheikh Ahmed|Ismail Ould Cheikh Ahmed"),
    ("vladimir_putin", "بوتين|فلاديمير بوتين", "Putin|Vladimir Putin"),
    ("sergei_lavrov", "لافروف|سيرغي لافروف|سيرجي لافروف", "Lavrov|Sergei Lavrov|Sergey Lavrov"),
    ("recep_tayyip_erdogan", "أردوغان|إردوغان|رجب طيب أردوغان|رجب طيب إردوغان|طيب أردوغان", "Erdogan|Erdoğan|Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Tayyip Erdogan"),
    ("francois_hollande", "هولاند|فرانسوا هولاند|فرنسوا هولاند", "Hollande|François Hollande|Francois Hollande"),
    ("angela_merkel", "ميركل|أنجيلا ميركل|أنغيلا ميركل", "Merkel|Angela Merkel"),
    ("david_cameron", "=كاميرون|ديفيد كاميرون", "Cameron|David Cameron"),
    ("bashar_al_assad", "الأسد|بشار الأسد", "Assad|al-Assad|Bashar al-Assad|Bashar Assad"),
    ("hafez_al_assad", "حافظ الأسد", "Hafez al-Assad|Hafez Assad"),
    ("haider_al_abadi", "العبادي|حيدر العبادي", "Abadi|al-Abadi|Haider al-Abadi|Haidar al-Abadi"),
    ("nouri_al_maliki", "نوري المالكي", "Maliki|al-Maliki|Nouri al-Maliki|Nuri al-Maliki"),
    ("hassan_rouhani", "=روحاني|حسن روحاني", "Rouhani|Rohani|Hassan Rouhani"),
    ("ali_khamenei", "خامنئي|علي خامنئي|المرشد الأعلى علي خامنئي|المرشد الإيراني|المرشد الأعلى الإيراني", "Khamenei|Ali Khamenei|Ayatollah Ali Khamenei|Ayatollah Khamenei"),
    ("javad_zarif", "=ظريف|محمد جواد ظريف|جواد ظريف", "Zarif|Javad Zarif|Mohammad Javad Zarif"),
    ("qassem_soleimani", "=سليماني|قاسم سليماني", "Soleimani|Suleimani|Qassem Soleimani|Qasem Soleimani"),
    ("hassan_nasrallah", "نصر الله|نصرالله|حسن نصر الله|حسن نصرالله", "Nasrallah|Hassan Nasrallah"),
    ("benjamin_netanyahu", "نتنياهو|بنيامين نتنياهو", "Netanyahu|Benjamin Netanyahu"),
    ("mahmoud_abbas", "محمود عباس|أبو مازن", "Mahmoud Abbas|Abu Mazen"),
    ("abdel_fattah_el_sisi", "السيسي|عبدالفتاح السيسي|عبد الفتاح السيسي", "Sisi|el-Sisi|al-Sisi|Sissi|Abdel Fattah el-Sisi|Abdel-Fattah el-Sisi|Abdel Fattah al-Sisi"),
    ("abd_rabbuh_mansur_hadi", "عبد ربه منصور هادي|عبدربه منصور هادي|منصور هادي|الرئيس هادي", "Abd Rabbuh Mansur Hadi|Abed Rabbo Mansour Hadi|Abdrabbuh Mansour Hadi|Mansour Hadi|President Hadi"),
    ("khaled_bahah", "خالد بحاح", "Khaled Bahah"),
    ("ali_abdullah_saleh", "علي عبدالله صالح|علي عبد الله صالح|المخلوع صالح|المخلوع علي عبدالله صالح|المخلوع علي صالح", "Ali Abdullah Saleh"),
    ("abdul_malik_al_houthi", "عبدالملك الحوثي|عبد الملك الحوثي", "Abdul-Malik al-Houthi|Abdulmalik al-Houthi|Abdel-Malek al-Houthi"),
    ("abu_bakr_al_baghdadi", "البغدادي|أبو بكر البغدادي|أبوبكر البغدادي", "Baghdadi|al-Baghdadi|Abu Bakr al-Baghdadi"),
    ("osama_bin_laden", "بن لادن|أسامة بن لادن", "bin Laden|Osama bin Laden|Usama bin Laden"),
    ("ayman_al_zawahiri", "الظواهري|أيمن الظواهري", "Zawahiri|al-Zawahiri|Ayman al-Zawahiri"),
    ("kim_jong_un", "كيم جونغ أون|كيم جونغ-أون|كيم جونج أون", "Kim Jong Un|Kim Jong-un"),
];

/// Phrases that start like an entity but are not one: `القاعدة الجوية` is an air base, not
/// al-Qaeda; the Washington Post is a newspaper. Arabic forms | English forms.
#[rustfmt::skip]
const NOT_ENTITIES: &[(&str, &str)] = &[
    ("القاعدة الجوية|القاعدة العسكرية|القاعدة البحرية|القاعدة الأمريكية|القاعدة الروسية|القاعدة الاقتصادية|القاعدة الشعبية|القاعدة الصناعية|القاعدة الأساسية|القاعدة الذهبية|القاعدة القانونية|القاعدة الشرعية|القاعدة الفقهية|القاعدة العامة|القاعدة الشيعية|القاعدة السنية|القاعدة الانتخابية|القاعدة الجماهيرية|القاعدة الصلبة", ""),
    // حماة is also "protectors"; ل + الحج (the Hajj) is written like ل + لحج (Lahij).
    ("حماة الوطن|حماة الأمن|حماة الحدود|حماة الديار|حماة الدين|حماة العقيدة|حماة البيئة|حماة الضاد|الحج", ""),
    ("مسقط رأس|مسقط رأسه|مسقط رأسها|مسقط رأسي", ""),
    ("واشنطن بوست|واشنطن تايمز|نيويورك تايمز|نيويورك بوست", "Washington Post|Washington Times|Washington Examiner|Washington Free Beacon|New York Times|New York Post|New York Daily News|Jerusalem Post|China Daily|American Airlines|France-Presse|Agence France-Presse|Gulf Coast|Gulf of Mexico"),
];

/// A named entity found at the start of a word sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Language-independent id: `syria`, `islamic_state`, `nato` …
    pub id: &'static str,
    /// How many words of the input it took.
    pub words: usize,
}

/// The longest entity starting at `keys[0]`, where `keys` are the normalized keys
/// (crate::normalize::key) of consecutive Arabic words as they stand in the text, possibly
/// with the proclitics و ف ب ل ك (and ال where the listed form lacks it).
pub fn find_ar(keys: &[&str]) -> Option<Entity> {
    let first = *keys.first()?;
    let ArIndex {
        ar: index,
        ar_filter: filter,
        ar_endings,
    } = &*AR_INDEX;
    if !ending(first).is_some_and(|end| bloom_has(ar_endings, end)) {
        return None;
    }
    let mut best: Option<(&'static str, usize)> = None;
    arabic_readings(first, &mut |stem, added_article| {
        if !filter.may_have(stem) {
            return;
        }
        let Some(entries) = index.get(stem) else {
            return;
        };
        for entry in entries {
            let words = 1 + entry.rest.len();
            if (added_article && !entry.article_ok)
                || best.is_some_and(|(_, longest)| longest >= words)
                || keys.len() < words
            {
                continue;
            }
            if entry.rest.iter().zip(&keys[1..]).all(|(a, b)| a == b) {
                best = Some((entry.id, words));
            }
        }
    });
    found(best)
}

/// The longest entity starting at `words[0]`, where `words` are consecutive English words
/// as written (case matters only for ambiguous short forms such as `US`, `IS`, `UN`).
pub fn find_en(words: &[&str]) -> Option<Entity> {
    find_en_with(words, true)
}

/// [`find_en`]; `skip` passes over the entries whose second token fails before matching
/// them in full (what [`find_en`] does; without it, for tests, every entry is matched).
fn find_en_with(words: &[&str], skip: bool) -> Option<Entity> {
    // This runs for nearly every word of a claim's clause and seldom finds anything: look
    // the first token up (lower-cased on the stack when it is ASCII) before splitting more.
    let first = first_token(words.first()?)?;
    let mut buf = [0u8; 32];
    let owned: String;
    let lower: &[u8] = if first.is_ascii() {
        if !first.bytes().any(|b| b.is_ascii_uppercase()) {
            first.as_bytes()
        } else if let Some(b) = buf.get_mut(..first.len()) {
            b.copy_from_slice(first.as_bytes());
            b.make_ascii_lowercase();
            b
        } else {
            owned = first.to_ascii_lowercase();
            owned.as_bytes()
        }
    } else if first.chars().any(char::is_uppercase) {
        owned = first.to_lowercase();
        owned.as_bytes()
    } else {
        first.as_bytes()
    };
    let index = &*EN_INDEX;
    // The filter reads the bytes: the lower-cased copy is checked as UTF-8 (it is: ASCII
    // letters lower-cased in a str) only for the few words that pass.
    if !bloom_has(&index.en_first, lower) {
        return None;
    }
    let entries = index.en.get(std::str::from_utf8(lower).ok()?)?;
    // The first word's tokens, split once for all the entries it is matched against (on
    // the stack unless it has more than eight).
    let mut head = [""; 8];
    let mut n = 0;
    let mut spill = Vec::new();
    if first.len() == words[0].len() {
        // The word is its first token (most words are): nothing to split.
        head[0] = first;
        n = 1;
    } else {
        for t in tokens(words[0]) {
            if n < head.len() {
                head[n] = t;
                n += 1;
            } else {
                if spill.is_empty() {
                    spill.extend_from_slice(&head);
                }
                spill.push(t);
            }
        }
    }
    let first_tokens: &[&str] = if spill.is_empty() { &head[..n] } else { &spill };
    // The token an entry's second token is matched against (the first word's second, or
    // the next word's first), found once: an entry whose second token fails it is passed
    // over without [`match_en`] splitting the next word again ([`second_token_fails`]).
    let second = first_tokens
        .get(1)
        .copied()
        .or_else(|| words.get(1).and_then(|w| first_token(w)));
    // Longest in words, then in tokens (`U.S.S.R.` over `U.S.`, both one word).
    let mut best: Option<(&'static str, usize, usize)> = None;
    for entry in entries {
        if skip && second_token_fails(second, entry) {
            continue;
        }
        if let Some(n) = match_en(first_tokens, words, entry) {
            let better = best.is_none_or(|(_, words, toks)| (n, entry.lower.len()) > (words, toks));
            if better {
                best = Some((entry.id, n, entry.lower.len()));
            }
        }
    }
    found(best.map(|(id, words, _)| (id, words)))
}

/// The first tokens of the English forms, in lower case: [`find_en`] finds nothing at a
/// word whose first token is none of them.
pub fn en_first_tokens() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = EN_INDEX.en.keys().map(String::as_str).collect();
    all.sort_unstable();
    all
}

/// Every English form of the gazetteer and of its blockers, with its case marker (`=`, `^`)
/// taken off: for tests that check a filter in front of [`find_en`] never hides an entity.
#[cfg(test)]
pub fn en_forms() -> Vec<&'static str> {
    let blockers = NOT_ENTITIES.iter().map(|(_, en)| *en);
    ENTITIES
        .iter()
        .map(|(_, _, en)| *en)
        .chain(blockers)
        .flat_map(forms)
        .map(|f| f.trim_start_matches(['=', '^']))
        .collect()
}

/// Every entity id, sorted.
pub fn ids() -> Vec<&'static str> {
    IDS.clone()
}

/// A blocker (empty id) found as the longest match means no entity.
fn found(best: Option<(&'static str, usize)>) -> Option<Entity> {
    best.filter(|(id, _)| !id.is_empty())
        .map(|(id, words)| Entity { id, words })
}

struct ArEntry {
    id: &'static str,
    /// Keys of the words after the first.
    rest: Vec<String>,
    /// Whether the text may add the article to the first word.
    article_ok: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// Any case.
    Any,
    /// Tokens written in capitals must be written so (`=`).
    Capitals,
    /// Capitalized tokens must be capitalized (`^`).
    Capitalized,
}

struct EnEntry {
    id: &'static str,
    /// The form's tokens as written, and lower-cased.
    written: Vec<String>,
    lower: Vec<String>,
    case: Case,
}

/// The Arabic and the English halves of the gazetteer, each built when first asked: a run
/// over one language never builds the other's.
struct ArIndex {
    ar: FastMap<String, Vec<ArEntry>>,
    /// The keys of `ar`: asked of every reading of every word of a claim's clause, most of
    /// which are none.
    ar_filter: KeyFilter,
    /// A bit for the last two chars of each key of `ar` ([`ending`]): every reading of a
    /// word ends as the word does, so a word whose ending has no bit has none in `ar`.
    ar_endings: Vec<u64>,
}

/// See [`ArIndex`].
struct EnIndex {
    en: FastMap<String, Vec<EnEntry>>,
    /// A bit for each first token of an English form, by [`bloom_bit`]: most words are no
    /// entity, and this answers them without probing the map (whose misses were the cost
    /// of `find_en`: a cache miss for every word of every clause).
    en_first: Vec<u64>,
}

/// Bits in [`EnIndex::en_first`].
const BLOOM_BITS: u64 = 1 << 15;

fn bloom_bit(key: &[u8]) -> u64 {
    let mut h = crate::lang::WordHasher::default();
    h.write(key);
    let h = h.finish();
    (h ^ (h >> 29)) % BLOOM_BITS
}

/// The last two chars of `key` (none for a shorter key, which is no reading of a word).
fn ending(key: &str) -> Option<&[u8]> {
    let (at, _) = key.char_indices().nth_back(1)?;
    Some(&key.as_bytes()[at..])
}

fn bloom_has(bits: &[u64], key: &[u8]) -> bool {
    let bit = bloom_bit(key);
    bits[(bit / 64) as usize] & (1 << (bit % 64)) != 0
}

static AR_INDEX: LazyLock<ArIndex> = LazyLock::new(build_ar);
static EN_INDEX: LazyLock<EnIndex> = LazyLock::new(build_en);
static IDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut ids: Vec<&'static str> = ENTITIES.iter().map(|(id, _, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
});

/// Every entity and blocker: (id, Arabic forms, English forms); a blocker's id is empty.
fn all_entries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    let blockers = NOT_ENTITIES.iter().map(|(ar, en)| ("", *ar, *en));
    ENTITIES.iter().copied().chain(blockers)
}

fn build_ar() -> ArIndex {
    let mut ar = FastMap::default();
    for (id, forms_ar, _) in all_entries() {
        for form in forms(forms_ar) {
            add_ar(&mut ar, id, form);
        }
    }
    let mut ar_endings = vec![0; (BLOOM_BITS / 64) as usize];
    for end in ar.keys().filter_map(|k| ending(k)) {
        let bit = bloom_bit(end);
        ar_endings[(bit / 64) as usize] |= 1 << (bit % 64);
    }
    ArIndex {
        ar_filter: KeyFilter::new(ar.keys().map(String::as_str)),
        ar,
        ar_endings,
    }
}

fn build_en() -> EnIndex {
    let mut en = FastMap::default();
    for (id, _, forms_en) in all_entries() {
        for form in forms(forms_en) {
            add_en(&mut en, id, form);
        }
    }
    let mut en_first = vec![0; (BLOOM_BITS / 64) as usize];
    for key in en.keys() {
        let bit = bloom_bit(key.as_bytes());
        en_first[(bit / 64) as usize] |= 1 << (bit % 64);
    }
    EnIndex { en, en_first }
}

fn forms(list: &str) -> impl Iterator<Item = &str> {
    list.split('|').map(str::trim).filter(|f| !f.is_empty())
}

fn add_ar(map: &mut FastMap<String, Vec<ArEntry>>, id: &'static str, form: &str) {
    let (strict, form) = match form.strip_prefix('=') {
        Some(f) => (true, f),
        None => (false, form),
    };
    let k = key(form);
    let mut words = k.split(' ').filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return;
    };
    let entry = ArEntry {
        id,
        rest: words.map(str::to_owned).collect(),
        // The article is bare alef + lam; `ألمان` (hamza) does not start with one.
        article_ok: !strict && !form.starts_with("ال"),
    };
    let entries = map.entry(first.to_owned()).or_default();
    let duplicate = entries
        .iter()
        .any(|e| e.rest == entry.rest && e.article_ok == entry.article_ok);
    if !duplicate {
        entries.push(entry);
    }
}

fn add_en(map: &mut FastMap<String, Vec<EnEntry>>, id: &'static str, form: &str) {
    let (case, form) = if let Some(f) = form.strip_prefix('=') {
        (Case::Capitals, f)
    } else if let Some(f) = form.strip_prefix('^') {
        (Case::Capitalized, f)
    } else {
        (Case::Any, form)
    };
    let written: Vec<String> = tokens(form).map(str::to_owned).collect();
    if written.is_empty() {
        return;
    }
    let lower: Vec<String> = written.iter().map(|t| t.to_lowercase()).collect();
    let entries = map.entry(lower[0].clone()).or_default();
    let duplicate = entries
        .iter()
        .any(|e| e.written == written && e.case == case);
    if !duplicate {
        entries.push(EnEntry {
            id,
            written,
            lower,
            case,
        });
    }
}

/// Calls `f(stem, added_article)` for every way to read `word` as proclitics (و ف, then
/// ب ل ك, then the article ال) before a stem, `added_article` when an article was taken off;
/// earlier readings win ties. `ل` + `ال` is written `لل` (`للتحالف`), read back as `التحالف`;
/// that reading comes before `ل` + `ل…` (`للحج` is the Hajj before it is Lahij).
fn arabic_readings(word: &str, f: &mut impl FnMut(&str, bool)) {
    let long_enough = |s: &str| s.chars().nth(1).is_some();
    for conj in ["", "و", "ف"] {
        let Some(w1) = word.strip_prefix(conj) else {
            continue;
        };
        if !long_enough(w1) {
            continue;
        }
        if let Some(stem) = w1.strip_prefix("لل") {
            if long_enough(stem) {
                let mut with_article = String::with_capacity(stem.len() + "ال".len());
                with_article.push_str("ال");
                with_article.push_str(stem);
                f(&with_article, false);
                f(stem, true);
            }
        }
        for prep in ["", "ب", "ل", "ك"] {
            let Some(w2) = w1.strip_prefix(prep) else {
                continue;
            };
            if !long_enough(w2) {
                continue;
            }
            f(w2, false);
            if let Some(stem) = w2.strip_prefix("ال") {
                if long_enough(stem) {
                    f(stem, true);
                }
            }
        }
    }
}

/// The alphanumeric runs of `word`: `U.S.` → `U`, `S`; `al-Qaeda's` → `al`, `Qaeda`, `s`.
/// The first of [`tokens`], read byte by byte while the word is ASCII.
fn first_token(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii() && !b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if b.get(j).is_some_and(|c| !c.is_ascii()) {
        // A letter or mark beyond ASCII may go on with the token, or start it.
        return tokens(word).next();
    }
    (i < j).then(|| &word[i..j])
}

/// The alphanumeric runs of a word: `U.S.-led` → `U`, `S`, `led`.
fn tokens(word: &str) -> Tokens<'_> {
    word.split(not_alphanumeric as fn(char) -> bool)
        .filter(not_empty as fn(&&str) -> bool)
}

type Tokens<'w> = std::iter::Filter<std::str::Split<'w, fn(char) -> bool>, fn(&&'w str) -> bool>;

fn not_alphanumeric(c: char) -> bool {
    !c.is_alphanumeric()
}

fn not_empty(t: &&str) -> bool {
    !t.is_empty()
}

/// How many words `entry` takes at the start of `words`, if it matches there; `first` are
/// the tokens of `words[0]`. The tokens of the form run on across words; a word without
/// tokens (punctuation) ends the match. The last word may go on past the form (`U.S.-led`,
/// `Syria's`).
fn match_en(first: &[&str], words: &[&str], entry: &EnEntry) -> Option<usize> {
    let mut word = 0;
    let mut k = 0;
    let mut rest: Option<Tokens<'_>> = None;
    for (written, lower) in entry.written.iter().zip(&entry.lower) {
        let next = if word == 0 {
            k += 1;
            first.get(k - 1).copied()
        } else {
            rest.as_mut().and_then(Iterator::next)
        };
        let token = match next {
            Some(t) => t,
            None => {
                word += 1;
                let mut toks = tokens(words.get(word)?);
                let t = toks.next()?;
                rest = Some(toks);
                t
            }
        };
        if !token_matches(token, written, lower, entry.case) {
            return None;
        }
    }
    Some(word + 1)
}

/// Whether `entry` has a second token that `second` (the token [`match_en`] would match
/// it against, none when the words run out) does not match: then [`match_en`] finds no
/// match, as it compares the same token the same way.
fn second_token_fails(second: Option<&str>, entry: &EnEntry) -> bool {
    match (entry.written.get(1), entry.lower.get(1)) {
        (Some(written), Some(lower)) => {
            second.is_none_or(|t| !token_matches(t, written, lower, entry.case))
        }
        _ => false,
    }
}

fn token_matches(token: &str, written: &str, lower: &str, case: Case) -> bool {
    // `lower` is in lower case: an ASCII token matches it byte for byte, case aside.
    let same = || {
        if token.is_ascii() {
            token.eq_ignore_ascii_case(lower)
        } else {
            token.chars().flat_map(char::to_lowercase).eq(lower.chars())
        }
    };
    match case {
        Case::Capitals if is_capitals(written) => token == written,
        Case::Capitalized if starts_upper(written) => starts_upper(token) && same(),
        _ => same(),
    }
}

fn is_capitals(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar(text: &str) -> Option<(&'static str, usize)> {
        let keys: Vec<String> = text.split_whitespace().map(key).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        find_ar(&refs).map(|e| (e.id, e.words))
    }

    fn en(text: &str) -> Option<(&'static str, usize)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        find_en(&words).map(|e| (e.id, e.words))
    }

    /// Arabic text, then the entity at its start and how many words it took.
    #[rustfmt::skip]
    const AR_CASES: &[(&str, Option<(&str, usize)>)] = &[
        ("سوريا", Some(("syria", 1))),
        ("سورية", Some(("syria", 1))),
        ("بسوريا", Some(("syria", 1))),
        ("وسوريا", Some(("syria", 1))),
        ("لسوريا", Some(("syria", 1))),
        ("فسورية", Some(("syria", 1))),
        ("السوري", Some(("syria", 1))),
        ("والسورية", Some(("syria", 1))),
        ("للسوريين", Some(("syria", 1))),
        ("بالسوريين", Some(("syria", 1))),
        ("السوريون في", Some(("syria", 1))),
        ("التحالف", Some(("coalition", 1))),
        ("والتحالف", Some(("coalition", 1))),
        ("للتحالف", Some(("coalition", 1))),
        ("بالتحالف الدولي", Some(("coalition", 2))),
        ("وللتحالف الدولي ضد داعش", Some(("coalition", 4))),
        ("التحالف العربي", Some(("arab_coalition", 2))),
        ("قوات التحالف العربي", Some(("arab_coalition", 3))),
        ("قوات التحالف", Some(("coalition", 2))),
        ("التحالف بقيادة السعودية", Some(("arab_coalition", 3))),
        ("تحالف دعم الشرعية في اليمن", Some(("arab_coalition", 5))),
        ("تحالف", None),
        ("الناتو", Some(("nato", 1))),
        ("للناتو", Some(("nato", 1))),
        ("وحلف الناتو", Some(("nato", 2))),
        ("حلف شمال الأطلسي", Some(("nato", 3))),
        ("بحلف شمال الاطلسي", Some(("nato", 3))),
        ("الحلف الأطلسي", Some(("nato", 2))),
        ("تنظيم الدولة", Some(("islamic_state", 2))),
        ("تنظيم الدولة الإسلامية", Some(("islamic_state", 3))),
        ("لتنظيم الدولة الاسلامية في العراق والشام", Some(("islamic_state", 6))),
        ("الدولة الإسلامية", Some(("islamic_state", 2))),
        ("الدولة", None),
        ("الدولة العربية", None),
        ("دولة", None),
        ("العربية", None),
        ("العربي", None),
        ("داعش", Some(("islamic_state", 1))),
        ("وداعش", Some(("islamic_state", 1))),
        ("الولايات المتحدة", Some(("united_states", 2))),
        ("الولايات المتحدة الأمريكية", Some(("united_states", 3))),
        ("الولايات المتحدة الأميركية", Some(("united_states", 3))),
        ("والولايات المتحدة الامريكية", Some(("united_states", 3))),
        ("الولايات", None),
        ("الأمريكي", Some(("united_states", 1))),
        ("الأميركية", Some(("united_states", 1))),
        ("أميركا", Some(("united_states", 1))),
        ("السعودية", Some(("saudi_arabia", 1))),
        ("السعودي", Some(("saudi_arabia", 1))),
        ("المملكة العربية السعودية", Some(("saudi_arabia", 3))),
        ("بالمملكة", Some(("saudi_arabia", 1))),
        ("المملكة المتحدة", Some(("united_kingdom", 2))),
        ("المملكة الأردنية الهاشمية", Some(("jordan", 3))),
        ("قطر", Some(("qatar", 1))),
        ("القطر", None),
        ("القطري", Some(("qatar", 1))),
        ("جدة", Some(("jeddah", 1))),
        ("بجدة", Some(("jeddah", 1))),
        ("الجدة", None),
        ("حلب", Some(("aleppo", 1))),
        ("الحلب", None),
        ("عمان", Some(("oman", 1))),
        ("سلطنة عمان", Some(("oman", 2))),
        ("العاصمة الأردنية عمان", Some(("amman", 3))),
        ("العاصمة الأردنية", None),
        ("الأمم المتحدة", Some(("united_nations", 2))),
        ("للأمم المتحدة", Some(("united_nations", 2))),
        ("مجلس الأمن", Some(("un_security_council", 2))),
        ("مجلس الأمن الدولي", Some(("un_security_council", 3))),
        ("مجلس الأمن القومي الأمريكي", Some(("us_national_security_council", 4))),
        ("مجلس التعاون الخليجي", Some(("gcc", 3))),
        ("لدول مجلس التعاون", Some(("gcc", 3))),
        ("جامعة الدول العربية", Some(("arab_league", 3))),
        ("الجامعة العربية", Some(("arab_league", 2))),
        ("الجامعة", None),
        ("البنتاغون", Some(("pentagon", 1))),
        ("البنتاجون", Some(("pentagon", 1))),
        ("وزارة الدفاع الأمريكية", Some(("pentagon", 3))),
        ("وزارة الدفاع الأميركية", Some(("pentagon", 3))),
        ("وزارة الدفاع", None),
        ("الخارجية الأمريكية", Some(("state_department", 2))),
        ("المرصد السوري لحقوق الإنسان", Some(("syrian_observatory", 4))),
        ("المرصد السوري", Some(("syrian_observatory", 2))),
        ("الحوثيون", Some(("houthis", 1))),
        ("جماعة الحوثي", Some(("houthis", 2))),
        ("والحوثيين", Some(("houthis", 1))),
        ("عبدالملك الحوثي", Some(("abdul_malik_al_houthi", 2))),
        ("حزب الله", Some(("hezbollah", 2))),
        ("لحزب الله", Some(("hezbollah", 2))),
        ("القاعدة", Some(("al_qaeda", 1))),
        ("تنظيم القاعدة في جزيرة العرب", Some(("aqap", 5))),
        ("القاعدة الجوية", None),
        ("بالقاعدة العسكرية", None),
        ("جبهة النصرة", Some(("nusra_front", 2))),
        ("البشمركة", Some(("peshmerga", 1))),
        ("البيشمركة", Some(("peshmerga", 1))),
        ("الجيش السوري الحر", Some(("free_syrian_army", 3))),
        ("الجيش السوري", Some(("syrian_army", 2))),
        ("الجيش", None),
        ("النظام السوري", Some(("assad_regime", 2))),
        ("النظام", None),
        ("الجيش العراقي", Some(("iraqi_army", 2))),
        ("الحرس الثوري الإيراني", Some(("irgc", 3))),
        ("عين العرب", Some(("kobani", 2))),
        ("عين", None),
        ("كوباني", Some(("kobani", 1))),
        ("إدلب", Some(("idlib", 1))),
        ("ادلب", Some(("idlib", 1))),
        ("أريحا", Some(("ariha", 1))),
        ("الرقة", Some(("raqqa", 1))),
        ("بالموصل", Some(("mosul", 1))),
        ("صنعاء", Some(("sanaa", 1))),
        ("عدن", Some(("aden", 1))),
        ("خليج عدن", Some(("gulf_of_aden", 2))),
        ("أبها", Some(("abha", 1))),
        ("منطقة عسير", Some(("asir", 2))),
        ("جيزان", Some(("jazan", 1))),
        ("بنجران", Some(("najran", 1))),
        ("مكة المكرمة", Some(("mecca", 2))),
        ("المدينة المنورة", Some(("medina", 2))),
        ("المدينة", None),
        ("مدينة الكويت", Some(("kuwait_city", 2))),
        ("الكويت", Some(("kuwait", 1))),
        ("إنجرليك", Some(("incirlik", 1))),
        ("قناة السويس", Some(("suez_canal", 2))),
        ("لاريونيون", Some(("reunion", 1))),
        ("جزيرة لا ريونيون", Some(("reunion", 3))),
        ("لا ريونيون", Some(("reunion", 2))),
        ("الهلال الأحمر", Some(("red_crescent", 2))),
        ("الهلال", None),
        ("الملك سلمان", Some(("king_salman", 2))),
        ("مركز الملك سلمان للإغاثة", Some(("ksrelief", 4))),
        ("الملك سلمان للإغاثة", Some(("ksrelief", 3))),
        ("الملك", None),
        ("كيري", Some(("john_kerry", 1))),
        ("وأوباما", Some(("barack_obama", 1))),
        ("العبادي", Some(("haider_al_abadi", 1))),
        ("الأسد", Some(("bashar_al_assad", 1))),
        ("نظام الأسد", Some(("assad_regime", 2))),
        ("بوتين", Some(("vladimir_putin", 1))),
        ("أردوغان", Some(("recep_tayyip_erdogan", 1))),
        ("اردوغان", Some(("recep_tayyip_erdogan", 1))),
        ("بان كي مون", Some(("ban_ki_moon", 3))),
        ("بان", None),
        ("صالح", None),
        ("لصالح", None),
        ("علي عبدالله صالح", Some(("ali_abdullah_saleh", 3))),
        ("مسقط", Some(("muscat", 1))),
        ("لحج", Some(("lahij", 1))),
        ("ولحج", Some(("lahij", 1))),
        ("للحج", None),
        ("الحج", None),
        ("للبنان", Some(("lebanon", 1))),
        ("لليبيا", Some(("libya", 1))),
        ("حماة", Some(("hama", 1))),
        ("حماة الوطن", None),
        ("الكاميرون", Some(("cameroon", 1))),
        ("كاميرون", Some(("david_cameron", 1))),
        ("الروحاني", None),
        ("تدمر", None),
        ("مدينة تدمر", Some(("palmyra", 2))),
        ("مسقط رأسه", None),
        ("MH370", Some(("mh370", 1))),
        ("الطائرة الماليزية", Some(("mh370", 2))),
        ("الماليزية", Some(("malaysia", 1))),
        ("بوينغ", Some(("boeing", 1))),
        ("المغرب العربي", Some(("maghreb", 2))),
        ("الألمان", Some(("germany", 1))),
        ("لألمانيا", Some(("germany", 1))),
        ("التركية", Some(("turkey", 1))),
        ("تركي", None),
        ("الحماس", None),
        ("حماس", Some(("hamas", 1))),
        ("", None),
        ("و", None),
        ("في تايوان", None),
        ("تايوان", Some(("taiwan", 1))),
        ("وهونغ كونغ", Some(("hong_kong", 2))),
        ("جنوب أفريقيا", Some(("south_africa", 2))),
        ("ال", None),
        ("لل", None),
    ];

    /// English text, then the entity at its start and how many words it took.
    #[rustfmt::skip]
    const EN_CASES: &[(&str, Option<(&str, usize)>)] = &[
        ("Syria", Some(("syria", 1))),
        ("Syria's", Some(("syria", 1))),
        ("SYRIA", Some(("syria", 1))),
        ("syrian", Some(("syria", 1))),
        ("Syrians", Some(("syria", 1))),
        ("Syrian Observatory for Human Rights", Some(("syrian_observatory", 5))),
        ("Syrian army", Some(("syrian_army", 2))),
        ("Free Syrian Army", Some(("free_syrian_army", 3))),
        ("Islamic State", Some(("islamic_state", 2))),
        ("Islamic State of Iraq and the Levant", Some(("islamic_state", 7))),
        ("ISIS", Some(("islamic_state", 1))),
        ("Isis", Some(("islamic_state", 1))),
        ("ISIL", Some(("islamic_state", 1))),
        ("IS", Some(("islamic_state", 1))),
        ("IS-held", Some(("islamic_state", 1))),
        ("is", None),
        ("Is", None),
        ("Daesh", Some(("islamic_state", 1))),
        ("US", Some(("united_states", 1))),
        ("U.S.", Some(("united_states", 1))),
        ("U.S", Some(("united_states", 1))),
        ("U S", Some(("united_states", 2))),
        ("U . S .", None),
        ("us", None),
        ("Us", None),
        ("u.s.", None),
        ("U.S.-led coalition", Some(("coalition", 2))),
        ("US-led coalition", Some(("coalition", 2))),
        ("U.S.S.R.", Some(("soviet_union", 1))),
        ("United States of America", Some(("united_states", 4))),
        ("America's", Some(("united_states", 1))),
        ("American", Some(("united_states", 1))),
        ("UN", Some(("united_nations", 1))),
        ("U.N.", Some(("united_nations", 1))),
        ("un", None),
        ("United Nations", Some(("united_nations", 2))),
        ("United Nations Security Council", Some(("un_security_council", 4))),
        ("UN Security Council", Some(("un_security_council", 3))),
        ("U.N. Security Council", Some(("un_security_council", 3))),
        ("Security Council", Some(("un_security_council", 2))),
        ("National Security Council", Some(("us_national_security_council", 3))),
        ("UN refugee agency", Some(("unhcr", 3))),
        ("UNHCR", Some(("unhcr", 1))),
        ("WHO", Some(("who", 1))),
        ("who", None),
        ("Who", None),
        ("World Health Organization", Some(("who", 3))),
        ("the international coalition", Some(("coalition", 3))),
        ("international coalition", Some(("coalition", 2))),
        ("coalition", Some(("coalition", 1))),
        ("Saudi-led coalition", Some(("arab_coalition", 2))),
        ("Saudi", Some(("saudi_arabia", 1))),
        ("Saudi Arabia", Some(("saudi_arabia", 2))),
        ("Saudi Red Crescent", Some(("red_crescent", 3))),
        ("NATO", Some(("nato", 1))),
        ("Nato", Some(("nato", 1))),
        ("North Atlantic Treaty Organization", Some(("nato", 4))),
        ("North Korea", Some(("north_korea", 2))),
        ("North", None),
        ("UK", Some(("united_kingdom", 1))),
        ("uk", None),
        ("Britain", Some(("united_kingdom", 1))),
        ("EU", Some(("european_union", 1))),
        ("European Union", Some(("european_union", 2))),
        ("European", Some(("europe", 1))),
        ("Turkey", Some(("turkey", 1))),
        ("turkey", None),
        ("TURKEY", Some(("turkey", 1))),
        ("China", Some(("china", 1))),
        ("china", None),
        ("May", None),
        ("Theresa May", None),
        ("Washington", Some(("washington", 1))),
        ("Washington Post", None),
        ("Washington, D.C.", Some(("washington", 2))),
        ("New York", Some(("new_york", 2))),
        ("New York Times", None),
        ("Brussels", Some(("brussels", 1))),
        ("Kobani", Some(("kobani", 1))),
        ("Ain al-Arab", Some(("kobani", 2))),
        ("Raqqa", Some(("raqqa", 1))),
        ("Kuwait City", Some(("kuwait_city", 2))),
        ("Kuwait", Some(("kuwait", 1))),
        ("Réunion", Some(("reunion", 1))),
        ("Reunion Island", Some(("reunion", 2))),
        ("reunion", None),
        ("Suez Canal", Some(("suez_canal", 2))),
        ("Incirlik Air Base", Some(("incirlik", 3))),
        ("Pentagon", Some(("pentagon", 1))),
        ("Defense Department", Some(("pentagon", 2))),
        ("State Department", Some(("state_department", 2))),
        ("White House", Some(("white_house", 2))),
        ("al-Qaeda", Some(("al_qaeda", 1))),
        ("al Qaeda", Some(("al_qaeda", 2))),
        ("al-Qaeda in the Arabian Peninsula", Some(("aqap", 5))),
        ("al-Nusra Front", Some(("nusra_front", 2))),
        ("Houthi rebels", Some(("houthis", 2))),
        ("Houthis", Some(("houthis", 1))),
        ("Hezbollah's", Some(("hezbollah", 1))),
        ("Muslim Brotherhood", Some(("muslim_brotherhood", 2))),
        ("brotherhood", None),
        ("Peshmerga", Some(("peshmerga", 1))),
        ("Kurdistan Regional Government", Some(("krg", 3))),
        ("Kurdistan Workers' Party", Some(("pkk", 3))),
        ("Kurdistan", Some(("kurdistan_region", 1))),
        ("Revolutionary Guards", Some(("irgc", 2))),
        ("MH370", Some(("mh370", 1))),
        ("Malaysia Airlines", Some(("malaysia_airlines", 2))),
        ("Malaysia Airlines Flight 370", Some(("mh370", 4))),
        ("Boeing 777", Some(("boeing", 1))),
        ("Kerry", Some(("john_kerry", 1))),
        ("John Kerry", Some(("john_kerry", 2))),
        ("Ban Ki-moon", Some(("ban_ki_moon", 2))),
        ("Ban", None),
        ("ban", None),
        ("King Salman", Some(("king_salman", 2))),
        ("Bashar al-Assad", Some(("bashar_al_assad", 2))),
        ("Assad regime", Some(("assad_regime", 2))),
        ("Erdoğan", Some(("recep_tayyip_erdogan", 1))),
        ("Trump", Some(("donald_trump", 1))),
        ("trump", None),
        ("Fed", Some(("federal_reserve", 1))),
        ("fed", None),
        ("Gulf Cooperation Council", Some(("gcc", 3))),
        ("Gulf", Some(("gulf", 1))),
        ("gulf", None),
        ("Arab League", Some(("arab_league", 2))),
        ("Arab", None),
        ("Red Cross", Some(("red_cross", 2))),
        ("Red", None),
        ("France-Presse", None),
        ("Agence France-Presse", None),
        ("France", Some(("france", 1))),
        ("Gulf Coast", None),
        ("Cameroon", Some(("cameroon", 1))),
        ("eastern province", None),
        ("Eastern Province", Some(("eastern_province", 2))),
        ("Taiwan's", Some(("taiwan", 1))),
        ("Hong Kong", Some(("hong_kong", 2))),
        ("South African troops", Some(("south_africa", 2))),
        ("Hong", None),
        ("", None),
        ("—", None),
        ("...", None),
    ];

    #[test]
    fn arabic_table() {
        let mut failures = Vec::new();
        for (text, want) in AR_CASES {
            let got = ar(text);
            if got != *want {
                failures.push(format!("{text}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn english_table() {
        let mut failures = Vec::new();
        for (text, want) in EN_CASES {
            let got = en(text);
            if got != *want {
                failures.push(format!("{text}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn tables_are_large_and_bilingual() {
        assert!(AR_CASES.len() + EN_CASES.len() >= 120);
        assert!(AR_CASES.len() >= 60 && EN_CASES.len() >= 60);
    }

    #[test]
    fn match_takes_words_after_the_entity_into_account_only_when_they_extend_it() {
        assert_eq!(ar("سوريا والعراق"), Some(("syria", 1)));
        assert_eq!(ar("الأمم المتحدة اليوم"), Some(("united_nations", 2)));
        assert_eq!(en("Syria and Iraq"), Some(("syria", 1)));
        assert_eq!(
            en("United Nations officials said"),
            Some(("united_nations", 2))
        );
        assert_eq!(en("U.S. officials"), Some(("united_states", 1)));
    }

    #[test]
    fn entities_only_at_the_start() {
        assert_eq!(ar("في سوريا"), None);
        assert_eq!(en("in Syria"), None);
    }

    #[test]
    fn never_panics_on_odd_input() {
        assert_eq!(find_ar(&[]), None);
        assert_eq!(find_ar(&[""]), None);
        assert_eq!(find_ar(&["", ""]), None);
        assert_eq!(find_ar(&["ب"]), None);
        assert_eq!(find_ar(&["وال"]), None);
        assert_eq!(find_ar(&["الأمم"]), None);
        assert_eq!(find_ar(&["الامم", ""]), None);
        assert_eq!(find_en(&[]), None);
        assert_eq!(find_en(&[""]), None);
        assert_eq!(find_en(&["", "Syria"]), None);
        assert_eq!(find_en(&["United", ""]), None);
        assert_eq!(find_en(&["United", ",", "Nations"]), None);
        assert_eq!(find_en(&["'"]), None);
        assert_eq!(find_en(&["\u{0}"]), None);
        let _ = find_en(&["İstanbul", "\u{301}"]);
    }

    #[test]
    fn the_english_prefilter_passes_every_first_token() {
        let index = &*EN_INDEX;
        assert!(index.en.len() > 400, "{}", index.en.len());
        for key in index.en.keys() {
            assert!(bloom_has(&index.en_first, key.as_bytes()), "{key}");
        }
        // It is there to turn most words away.
        let words = "the of and to in a is that for it as was with be by on not he this are \
            or his from at which but have an they you were her she there been one all we \
            their has would when if so no will more about can said them some could";
        let passed = words
            .split_whitespace()
            .filter(|w| bloom_has(&index.en_first, w.as_bytes()) && !index.en.contains_key(*w))
            .collect::<Vec<_>>();
        assert!(passed.len() <= 3, "{passed:?}");
    }

    #[test]
    fn at_least_150_entities_with_sorted_unique_ids() {
        let all = ids();
        assert!(all.len() >= 150, "{} entities", all.len());
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        for id in &all {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{id}"
            );
        }
        assert_eq!(all.len(), ENTITIES.len(), "an id is listed twice");
        for id in [
            "syria",
            "islamic_state",
            "coalition",
            "arab_coalition",
            "nato",
        ] {
            assert!(all.contains(&id), "{id}");
        }
    }

    #[test]
    fn every_entity_has_forms_in_both_languages() {
        for (id, ar_forms, en_forms) in ENTITIES {
            assert!(forms(ar_forms).next().is_some(), "{id}: no Arabic form");
            assert!(forms(en_forms).next().is_some(), "{id}: no English form");
        }
    }

    fn arabic_words(form: &str) -> Vec<String> {
        key(form.trim_start_matches('='))
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }

    fn find_ar_words(words: &[String]) -> Option<Entity> {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        find_ar(&refs)
    }

    #[test]
    fn every_arabic_form_finds_its_entity() {
        let mut failures = Vec::new();
        for (id, ar_forms, _) in ENTITIES {
            for form in forms(ar_forms) {
                let words = arabic_words(form);
                let want = Some(Entity {
                    id,
                    words: words.len(),
                });
                let got = find_ar_words(&words);
                if got != want {
                    failures.push(format!("{form}: got {got:?}, want {id}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_arabic_form_finds_its_entity_with_proclitics() {
        let mut failures = Vec::new();
        for (id, ar_forms, _) in ENTITIES {
            for form in forms(ar_forms) {
                let words = arabic_words(form);
                let first = &words[0];
                let strict = form.starts_with('=');
                let has_article = form.trim_start_matches('=').starts_with("ال");
                let mut variants = vec![
                    format!("و{first}"),
                    format!("ب{first}"),
                    format!("وب{first}"),
                    format!("ف{first}"),
                ];
                match first.strip_prefix("ال").filter(|_| has_article) {
                    // ل + ال is written لل
                    Some(stem) => variants.push(format!("لل{stem}")),
                    None => variants.push(format!("ل{first}")),
                }
                if !strict && !has_article {
                    variants.push(format!("ال{first}"));
                    variants.push(format!("وال{first}"));
                    variants.push(format!("لل{first}"));
                }
                // ل + الحج (the Hajj) and ل + لحج (Lahij) are both written للحج.
                for variant in variants.into_iter().filter(|v| v != "للحج") {
                    let mut w = words.clone();
                    w[0] = variant;
                    let want = Some(Entity {
                        id,
                        words: words.len(),
                    });
                    let got = find_ar_words(&w);
                    if got != want {
                        failures.push(format!("{}: got {got:?}, want {id}", w.join(" ")));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn article_is_not_added_to_forms_marked_strict() {
        for (id, ar_forms, _) in ENTITIES {
            for form in forms(ar_forms).filter(|f| f.starts_with('=')) {
                let mut words = arabic_words(form);
                words[0] = format!("ال{}", words[0]);
                let got = find_ar_words(&words);
                assert!(got.as_ref().is_none_or(|e| e.id != *id), "{form}: {got:?}");
            }
        }
    }

    #[test]
    fn every_english_form_finds_its_entity() {
        let mut failures = Vec::new();
        for (id, _, en_forms) in ENTITIES {
            for form in forms(en_forms) {
                let plain = form.trim_start_matches(['=', '^']);
                let words: Vec<&str> = plain.split_whitespace().collect();
                let upper = plain.to_uppercase();
                let upper_words: Vec<&str> = upper.split_whitespace().collect();
                let lower = plain.to_lowercase();
                let lower_words: Vec<&str> = lower.split_whitespace().collect();
                let want = Some(Entity {
                    id,
                    words: words.len(),
                });
                let mut check = |w: &[&str], label: &str| {
                    let got = find_en(w);
                    if got != want {
                        failures.push(format!("{form} ({label}): got {got:?}, want {id}"));
                    }
                };
                check(&words, "as listed");
                check(&upper_words, "upper case");
                if !form.starts_with(['=', '^']) {
                    check(&lower_words, "lower case");
                }
                let possessive = format!("{}'s", words[words.len() - 1]);
                let mut with_s = words.clone();
                *with_s.last_mut().unwrap() = &possessive;
                check(&with_s, "possessive");
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn skipping_by_second_token_finds_what_matching_every_entry_finds() {
        // speed34: `find_en` passes over entries whose second token fails; the answer must
        // be that of matching every entry, for each form (as listed, in capitals, in lower
        // case, with punctuation glued on), cut short, with its words changed, and with
        // words after it.
        let mut windows: Vec<Vec<String>> = Vec::new();
        for form in en_forms() {
            let words: Vec<String> = form.split_whitespace().map(String::from).collect();
            for w in [
                words.clone(),
                words.iter().map(|w| w.to_uppercase()).collect(),
                words.iter().map(|w| w.to_lowercase()).collect(),
                words.iter().map(|w| format!("{w},")).collect(),
                words.iter().map(|w| format!("\"{w}")).collect(),
                words.iter().map(|w| format!("{w}-led")).collect(),
            ] {
                for n in 1..=w.len() {
                    let mut cut = w[..n].to_vec();
                    windows.push(cut.clone());
                    cut.push("Said".into());
                    windows.push(cut.clone());
                    cut.push("forces".into());
                    windows.push(cut);
                }
                for k in 1..w.len() {
                    let mut changed = w.clone();
                    changed[k] = format!("x{}", changed[k]);
                    windows.push(changed);
                }
            }
        }
        let mut found = 0;
        for w in &windows {
            let refs: Vec<&str> = w.iter().map(String::as_str).collect();
            let fast = find_en_with(&refs, true);
            assert_eq!(fast, find_en_with(&refs, false), "{refs:?}");
            found += usize::from(fast.is_some());
        }
        assert!(found > 1000, "{found} of {}", windows.len());
    }

    #[test]
    fn case_marked_forms_reject_other_cases() {
        assert_eq!(en("Us"), None);
        assert_eq!(en("us military"), None);
        assert_eq!(en("US military"), Some(("us_military", 2)));
        assert_eq!(en("U.S. Military"), Some(("us_military", 2)));
        assert_eq!(en("un"), None);
        assert_eq!(en("Un"), None);
        assert_eq!(en("eu"), None);
        assert_eq!(en("Chad"), Some(("chad", 1)));
        assert_eq!(en("chad"), None);
        assert_eq!(en("mecca"), None);
        assert_eq!(en("Mecca"), Some(("mecca", 1)));
        assert_eq!(en("polish"), None);
        assert_eq!(en("Polish"), Some(("poland", 1)));
    }

    #[test]
    fn no_form_belongs_to_two_entities() {
        let mut seen_ar: std::collections::HashMap<(Vec<String>, bool), &str> = Default::default();
        let mut seen_en: std::collections::HashMap<Vec<String>, &str> = Default::default();
        let mut clashes = Vec::new();
        let blockers = NOT_ENTITIES.iter().map(|(a, e)| ("", *a, *e));
        for (id, ar_forms, en_forms) in ENTITIES.iter().copied().chain(blockers) {
            for form in forms(ar_forms) {
                let words = arabic_words(form);
                let prev = seen_ar.insert((words.clone(), form.starts_with('=')), id);
                if prev.is_some_and(|p| p != id) {
                    clashes.push(format!("{form}: {prev:?} and {id}"));
                }
            }
            for form in forms(en_forms) {
                let lower: Vec<String> = tokens(form).map(str::to_lowercase).collect();
                let prev = seen_en.insert(lower, id);
                if prev.is_some_and(|p| p != id) {
                    clashes.push(format!("{form}: {prev:?} and {id}"));
                }
            }
        }
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
    }

    #[test]
    fn arabic_spelling_noise_is_folded() {
        assert_eq!(ar("إيران"), ar("ايران"));
        assert_eq!(ar("إيران"), Some(("iran", 1)));
        assert_eq!(ar("سوريَة"), Some(("syria", 1)));
        assert_eq!(ar("غزه"), Some(("gaza", 1)));
        assert_eq!(ar("جـدة"), Some(("jeddah", 1)));
        assert_eq!(ar("الاردن"), Some(("jordan", 1)));
        assert_eq!(ar("الأمم المتحده"), Some(("united_nations", 2)));
    }

    #[test]
    fn blockers_only_block_their_own_start() {
        assert_eq!(ar("القاعدة الجوية"), None);
        assert_eq!(ar("القاعدة في سوريا"), Some(("al_qaeda", 1)));
        assert_eq!(en("Washington Times"), None);
        assert_eq!(en("Washington said"), Some(("washington", 1)));
    }
}
