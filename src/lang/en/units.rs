//! The counted nouns of English news, mapped to the language-independent unit concepts the
//! Arabic lexicon uses (`src/lang/ar/units.rs`): `62 countries` and `62 دولة` are both
//! `country`, `1,050 sorties` and `1361 طلعة جوية` both `sortie`, `five lines of effort`
//! and `خمسة محاور` both `axis`, `$500 million` and `500 مليون دولار` both `usd`.
//!
//! The table is written in the singular; regular plurals are derived (`country` →
//! `countries`, `strike` → `strikes`, `bus` → `buses`), irregular ones are written after a
//! `/` (`person/people`). Several words make one form (`air strike`, `line of effort`); the
//! plural of `X of Y` is on `X`. [`lookup`] takes the longest form at a position; a hyphen
//! between words reads as a space (`air-strikes`). A few adjectives may stand between the
//! number and its noun (`3,100 American troops`, `200 more soldiers`), and a plural
//! demonym counts people (`2 million Iraqis`: `person`).

use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::lang::FastMap;

/// What kind of quantity a unit makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Count,
    Money,
    /// A span of time; the ISO 8601 designator ('Y', 'M', 'W', 'D', 'h', 'm', 's') and how
    /// many of it one unit is (a decade is 10 'Y').
    Time {
        designator: char,
        factor: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitMatch {
    pub concept: &'static str,
    pub kind: UnitKind,
    /// Tokens taken, from the first token looked at (adjectives included).
    pub tokens: usize,
    /// Index (relative) of the first token of the noun itself, after any adjectives.
    pub noun_from: usize,
    pub plural: bool,
}

const C: UnitKind = UnitKind::Count;
const M: UnitKind = UnitKind::Money;
const fn time(designator: char, factor: u32) -> UnitKind {
    UnitKind::Time { designator, factor }
}

/// (concept, kind, forms): forms separated by `|`, each `singular` or `singular/plural`.
#[rustfmt::skip]
static TABLE: &[(&str, UnitKind, &str)] = &[
    // time
    ("year", time('Y', 1), "year|yr"),
    ("decade", time('Y', 10), "decade"),
    ("century", time('Y', 100), "century/centuries"),
    ("month", time('M', 1), "month"),
    ("week", time('W', 1), "week"),
    ("day", time('D', 1), "day"),
    ("hour", time('h', 1), "hour|hr"),
    ("minute", time('m', 1), "minute|min"),
    ("second", time('s', 1), "second|sec"),
    // money
    ("usd", M, "dollar|U.S. dollar|US dollar|American dollar|USD/USD|buck"),
    ("cad", M, "Canadian dollar|CAD/CAD"),
    ("aud", M, "Australian dollar|AUD/AUD"),
    ("eur", M, "euro|EUR/EUR"),
    ("gbp", M, "pound sterling/pounds sterling|sterling/sterling|British pound|GBP/GBP"),
    ("egp", M, "Egyptian pound|EGP/EGP"),
    ("syp", M, "Syrian pound"),
    ("lbp", M, "Lebanese pound"),
    ("sdg", M, "Sudanese pound"),
    ("sar", M, "Saudi riyal|SAR/SAR"),
    ("qar", M, "Qatari riyal|QAR/QAR"),
    ("omr", M, "Omani rial|Omani riyal"),
    ("yer", M, "Yemeni rial|Yemeni riyal"),
    ("irr", M, "Iranian rial|rial"),
    ("riyal", M, "riyal"),
    ("kwd", M, "Kuwaiti dinar|KWD/KWD"),
    ("jod", M, "Jordanian dinar|JOD/JOD"),
    ("iqd", M, "Iraqi dinar|IQD/IQD"),
    ("bhd", M, "Bahraini dinar|BHD/BHD"),
    ("tnd", M, "Tunisian dinar"),
    ("dzd", M, "Algerian dinar"),
    ("lyd", M, "Libyan dinar"),
    ("dinar", M, "dinar"),
    ("aed", M, "UAE dirham|Emirati dirham|AED/AED"),
    ("mad", M, "Moroccan dirham"),
    ("dirham", M, "dirham"),
    ("try", M, "Turkish lira/Turkish lira|Turkish lira/Turkish liras"),
    ("lira", M, "lira/lira|lira/liras|lire/lire"),
    ("jpy", M, "yen/yen|JPY/JPY"),
    ("cny", M, "yuan/yuan|renminbi/renminbi|CNY/CNY"),
    ("rub", M, "ruble|rouble"),
    ("chf", M, "Swiss franc|CHF/CHF"),
    ("franc", M, "franc"),
    ("inr", M, "Indian rupee|INR/INR"),
    ("rupee", M, "rupee"),
    ("ils", M, "shekel|new shekel|ILS/ILS"),
    ("cent", M, "cent"),
    // The currencies of the countries in the news, by their own names (`20 afghanis`,
    // `500 naira`); a name that is also an English word is written with its country only
    // (`Brazilian real`, `South Korean won`, `Vietnamese dong`).
    ("afn", M, "afghani|Afghan afghani|AFN/AFN"),
    ("pkr", M, "Pakistani rupee|PKR/PKR"),
    ("bdt", M, "taka/taka|Bangladeshi taka/Bangladeshi taka"),
    ("irt", M, "toman/toman|toman"),
    ("ngn", M, "naira/naira|NGN/NGN"),
    ("zar", M, "rand/rand|South African rand/South African rand|ZAR/ZAR"),
    ("etb", M, "birr/birr"),
    ("kes", M, "Kenyan shilling"),
    ("shilling", M, "shilling"),
    ("ghs", M, "cedi"),
    ("krw", M, "South Korean won/South Korean won|Korean won/Korean won|KRW/KRW"),
    ("vnd", M, "Vietnamese dong/Vietnamese dong"),
    ("thb", M, "baht/baht"),
    ("myr", M, "ringgit/ringgit"),
    ("idr", M, "rupiah/rupiah"),
    ("mmk", M, "kyat/kyat|kyat"),
    ("mxn", M, "Mexican peso"),
    ("peso", M, "peso"),
    ("brl", M, "Brazilian real/Brazilian reais|reais/reais|BRL/BRL"),
    ("uah", M, "hryvnia/hryvnia|hryvnia/hryvnias|hryvna/hryvnas"),
    ("pln", M, "zloty/zlotys|zloty/zloty|zloty/zlotych"),
    ("sek", M, "Swedish krona/Swedish kronor|krona/kronor"),
    ("nok", M, "Norwegian krone/Norwegian kroner|Danish krone/Danish kroner|krone/kroner"),
    ("huf", M, "forint"),
    ("azn", M, "manat/manat|manat"),
    ("kzt", M, "tenge/tenge"),
    ("gel", M, "lari/lari"),
    // people
    ("person", C, "person/people|person/persons|individual|soul"),
    ("civilian", C, "civilian|noncombatant|non-combatant"),
    ("soldier", C, "soldier|troop|serviceman/servicemen|service member|servicemember|marine|paratrooper|GI"),
    ("officer", C, "officer"),
    ("police_officer", C, "police officer|policeman/policemen|policewoman/policewomen|police/police"),
    ("fighter", C, "fighter|combatant"),
    ("foreign_fighter", C, "foreign fighter|foreign jihadist|foreign militant"),
    ("militant", C, "militant|insurgent|gunman/gunmen|jihadist|extremist|terrorist|suicide bomber|car bomber"),
    ("rebel", C, "rebel"),
    ("killed", C, "dead/dead|killed/killed|fatality/fatalities|martyr"),
    ("injured", C, "injured/injured|wounded/wounded|injury/injuries"),
    ("death", C, "death"),
    ("casualty", C, "casualty/casualties"),
    ("case", C, "case"),
    ("victim", C, "victim"),
    ("refugee", C, "refugee|asylum seeker|asylum-seeker"),
    ("displaced", C, "displaced/displaced|internally displaced person/internally displaced people|displaced person/displaced people"),
    ("migrant", C, "migrant|immigrant"),
    ("child", C, "child/children|kid|minor|boy|girl|infant|baby/babies|teenager"),
    ("woman", C, "woman/women"),
    ("man", C, "man/men"),
    ("family", C, "family/families|household"),
    ("citizen", C, "citizen|national"),
    ("resident", C, "resident|inhabitant"),
    ("expatriate", C, "expatriate|expat"),
    ("muslim", C, "Muslim"),
    ("prisoner", C, "prisoner|inmate|hostage|captive|prisoner of war/prisoners of war"),
    ("detainee", C, "detainee"),
    ("suspect", C, "suspect|accused/accused"),
    ("member", C, "member"),
    ("minister", C, "minister|foreign minister|defense minister|defence minister"),
    ("official", C, "official"),
    ("employee", C, "employee|staff member|staffer|staff/staff"),
    ("worker", C, "worker|laborer|labourer"),
    ("student", C, "student|pupil"),
    ("teacher", C, "teacher"),
    ("doctor", C, "doctor|physician"),
    ("nurse", C, "nurse"),
    ("pilgrim", C, "pilgrim|hajj pilgrim"),
    ("worshipper", C, "worshipper|worshiper"),
    ("visitor", C, "visitor"),
    ("tourist", C, "tourist"),
    ("passenger", C, "passenger"),
    ("participant", C, "participant|attendee"),
    ("volunteer", C, "volunteer"),
    ("trainee", C, "trainee|recruit"),
    ("voter", C, "voter"),
    ("candidate", C, "candidate"),
    ("user", C, "user"),
    ("subscriber", C, "subscriber"),
    ("customer", C, "customer|client"),
    ("spectator", C, "spectator|fan"),
    ("player", C, "player"),
    ("journalist", C, "journalist|reporter"),
    ("protester", C, "protester|protestor|demonstrator"),
    ("lawmaker", C, "lawmaker|legislator|MP|parliamentarian|congressman/congressmen"),
    ("senator", C, "senator"),
    ("adviser", C, "adviser|advisor|military adviser|military advisor"),
    ("trainer", C, "trainer|instructor"),
    ("diplomat", C, "diplomat|envoy"),
    ("delegate", C, "delegate|delegation"),
    ("judge", C, "judge"),
    ("crew", C, "crew member|crewmember|crew"),
    ("aid_worker", C, "aid worker|humanitarian worker"),
    // war
    ("attack", C, "attack|assault"),
    ("bombing", C, "bombing|suicide bombing|suicide attack|car bombing"),
    ("explosion", C, "explosion|blast"),
    ("arrest", C, "arrest"),
    ("airstrike", C, "airstrike|air strike|air raid|airstrike mission|bombing raid"),
    ("strike", C, "strike"),
    ("raid", C, "raid"),
    ("sortie", C, "sortie|combat sortie|air sortie|combat mission|air mission|bombing mission"),
    ("missile", C, "missile|ballistic missile|cruise missile"),
    ("rocket", C, "rocket"),
    ("shell", C, "shell|mortar|mortar round|artillery shell|round"),
    // `seven rounds of voting`, `a new round of talks`: a phase, not ammunition.
    ("round", C, "round of talks|round of peace talks|round of voting|round of balloting|round of negotiations|round of sanctions|round of fighting|round of elections|round of discussions|round of consultations|round of airstrikes|round of strikes|round of tariffs|round of layoffs|round of cuts|round of questioning|round of protests|round of tests"),
    ("bomb", C, "bomb|IED|improvised explosive device|car bomb"),
    ("barrel_bomb", C, "barrel bomb"),
    ("aircraft", C, "aircraft/aircraft|plane|warplane|jet|fighter jet|bomber|fighter plane"),
    ("drone", C, "drone|unmanned aerial vehicle|UAV"),
    ("helicopter", C, "helicopter|chopper|gunship"),
    ("tank", C, "tank"),
    ("vehicle", C, "vehicle|car|truck|lorry/lorries|bus/buses|armored vehicle|Humvee"),
    ("ship", C, "ship|vessel|boat|warship|tanker"),
    ("weapon", C, "weapon|gun|rifle"),
    ("body", C, "body/bodies|corpse"),
    ("tunnel", C, "tunnel"),
    ("target", C, "target"),
    ("position", C, "position"),
    // places and things
    ("country", C, "country/countries|nation|member state|member country/member countries|member nation|partner nation|partner country/partner countries"),
    ("state", C, "state"),
    ("village", C, "village"),
    ("town", C, "town"),
    ("city", C, "city/cities"),
    ("province", C, "province|governorate"),
    ("region", C, "region|area"),
    ("district", C, "district|neighborhood|neighbourhood"),
    ("site", C, "site|location"),
    ("house", C, "house|home"),
    ("apartment", C, "apartment|flat"),
    ("building", C, "building|structure"),
    ("unit", C, "unit|housing unit"),
    ("school", C, "school"),
    ("university", C, "university/universities"),
    ("college", C, "college"),
    ("hospital", C, "hospital"),
    ("clinic", C, "clinic|health center|health centre"),
    ("center", C, "center|centre"),
    ("polling_station", C, "polling station|polling place"),
    ("mosque", C, "mosque"),
    ("church", C, "church/churches"),
    ("hotel", C, "hotel"),
    ("room", C, "room"),
    ("bed", C, "bed|hospital bed"),
    ("shop", C, "shop|store"),
    ("branch", C, "branch/branches"),
    ("station", C, "station"),
    ("well", C, "well"),
    ("tree", C, "tree"),
    ("camp", C, "camp|refugee camp"),
    ("base", C, "base|military base|air base"),
    ("checkpoint", C, "checkpoint"),
    // counted things
    ("session", C, "session"),
    ("meeting", C, "meeting"),
    ("article", C, "article"),
    ("point", C, "point"),
    ("axis", C, "axis/axes|line of effort/lines of effort|track"),
    ("vote", C, "vote"),
    ("seat", C, "seat"),
    ("agreement", C, "agreement|accord|memorandum of understanding/memoranda of understanding"),
    ("deal", C, "deal|contract"),
    ("project", C, "project"),
    ("program", C, "program|programme"),
    ("company", C, "company/companies|firm|corporation"),
    ("bank", C, "bank"),
    ("share", C, "share"),
    ("job", C, "job"),
    ("opportunity", C, "opportunity/opportunities"),
    ("application", C, "application"),
    ("violation", C, "violation"),
    ("court_case", C, "lawsuit|court case"),
    ("document", C, "document"),
    ("accident", C, "accident|crash/crashes"),
    ("operation", C, "operation"),
    ("event", C, "event"),
    ("course", C, "course"),
    ("workshop", C, "workshop"),
    ("flight", C, "flight"),
    ("device", C, "device"),
    ("meal", C, "meal"),
    ("pill", C, "pill|tablet"),
    ("publisher", C, "publisher|publishing house"),
    ("book", C, "book"),
    ("title", C, "title"),
    ("copy", C, "copy/copies"),
    ("page", C, "page"),
    ("match", C, "match/matches|game"),
    ("goal", C, "goal"),
    ("team", C, "team"),
    ("club", C, "club"),
    ("medal", C, "medal"),
    ("percentage_point", C, "percentage point|point percentage"),
    ("ton", C, "ton|tonne|metric ton"),
    ("barrel", C, "barrel"),
    ("barrel_per_day", C, "bpd/bpd|barrel per day/barrels per day|barrel a day/barrels a day"),
    ("kilometer", C, "kilometer|kilometre|km/km|kms/kms"),
    ("square_kilometer", C, "square kilometer|square kilometre|sq km/sq km"),
    ("meter", C, "meter|metre"),
    ("square_meter", C, "square meter|square metre"),
    ("cubic_meter", C, "cubic meter|cubic metre"),
    ("centimeter", C, "centimeter|centimetre|cm/cm"),
    ("millimeter", C, "millimeter|millimetre|mm/mm"),
    ("mile", C, "mile"),
    ("square_mile", C, "square mile"),
    ("nautical_mile", C, "nautical mile"),
    ("mile_per_hour", C, "mph/mph|mile per hour/miles per hour|mile an hour/miles an hour"),
    ("kilometer_per_hour", C, "kph/kph|kmh/kmh|kilometer per hour/kilometers per hour|kilometre per hour/kilometres per hour|kilometer an hour/kilometers an hour"),
    ("foot", C, "foot/feet|ft/ft"),
    ("inch", C, "inch/inches"),
    ("hectare", C, "hectare"),
    ("acre", C, "acre"),
    ("kilogram", C, "kilogram|kilo|kg/kg|kgs/kgs"),
    ("gram", C, "gram"),
    ("pound_weight", C, "lb/lbs|lbs/lbs"),
    ("ounce", C, "ounce|oz/oz"),
    ("liter", C, "liter|litre"),
    ("gallon", C, "gallon"),
    ("megawatt", C, "megawatt|MW/MW"),
    ("gigawatt", C, "gigawatt|GW/GW"),
    ("kilowatt", C, "kilowatt|kW/kW"),
    ("degree", C, "degree"),
    ("degree_celsius", C, "degree Celsius/degrees Celsius|degree centigrade/degrees centigrade"),
    ("night", C, "night"),
];

/// Adjectives that may stand between a number and its noun (`200 more soldiers`).
const ADJECTIVES: &str =
    "more fewer additional other new extra armed unarmed innocent young elderly
local foreign senior junior active regular total estimated registered confirmed suspected alleged accused
reported known separate different major small large big key main top former current remaining
surviving fellow allied enemy hostile coalition government opposition rebel army military
civilian security police special combat ground naval air commando elite trained
international western arab kurdish sunni shiite shia christian jewish muslim palestinian
israeli american british french russian iraqi syrian iranian turkish saudi afghan
pakistani egyptian libyan yemeni lebanese jordanian european african asian chinese
u.s us un nato national";

/// Words ending in `s` that are no plural nouns.
const NOT_PLURALS: &str = "was has is his its this thus as us yes less unless across plus
versus whereas always perhaps various previous serious famous numerous obvious nervous
dangerous anonymous enormous tremendous generous joint news times per cent percents
means series species headquarters";

#[derive(Debug)]
struct Entry {
    concept: &'static str,
    kind: UnitKind,
    /// The words of the form after the first, lower case.
    rest: Vec<String>,
    plural: bool,
}

/// First word (lower case, or as written for all-capitals forms) → entries.
static INDEX: LazyLock<FastMap<String, Vec<Entry>>> = LazyLock::new(|| {
    let mut map: FastMap<String, Vec<Entry>> = FastMap::default();
    for &(concept, kind, forms) in TABLE {
        for form in forms.split('|') {
            let (singular, plural) = match form.split_once('/') {
                Some((s, p)) => (s.to_string(), p.to_string()),
                None => (form.to_string(), pluralize(form)),
            };
            for (words, is_plural) in [(singular, false), (plural, true)] {
                let words: Vec<String> = words
                    .split([' ', '-'])
                    .map(|w| {
                        if w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
                            w.to_string()
                        } else {
                            w.to_lowercase()
                        }
                    })
                    .collect();
                let entries = map.entry(words[0].clone()).or_default();
                let rest = words[1..].to_vec();
                if !entries
                    .iter()
                    .any(|e| e.rest == rest && e.concept == concept)
                {
                    entries.push(Entry {
                        concept,
                        kind,
                        rest,
                        plural: is_plural,
                    });
                }
            }
        }
    }
    map
});

static ADJ: LazyLock<crate::lang::FastSet<&'static str>> =
    LazyLock::new(|| ADJECTIVES.split_whitespace().collect());
static NOT_PLURAL: LazyLock<crate::lang::FastSet<&'static str>> =
    LazyLock::new(|| NOT_PLURALS.split_whitespace().collect());

/// The regular plural of a form: on the first word of `X of Y`, else on the last.
fn pluralize(form: &str) -> String {
    let words: Vec<&str> = form.split(' ').collect();
    let at = words
        .iter()
        .position(|w| *w == "of")
        .map_or(words.len() - 1, |p| p.saturating_sub(1));
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[at] = plural_word(words[at]);
    out.join(" ")
}

/// The regular plural of an English noun (`country` → `countries`, `bus` → `buses`).
pub fn plural_word(w: &str) -> String {
    let consonant_y =
        w.len() > 1 && w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Plurals in `-s` that the regular rules get wrong, by their ending: the ending and its
/// singular (`crises` → `crisis`, `wolves` → `wolf`, `werewolves` → `werewolf`).
#[rustfmt::skip]
const IRREGULAR_S: &[(&str, &str)] = &[
    ("crises", "crisis"), ("analyses", "analysis"), ("paralyses", "paralysis"),
    ("indices", "index"), ("matrices", "matrix"), ("vertices", "vertex"),
    ("theses", "thesis"), ("hypotheses", "hypothesis"), ("syntheses", "synthesis"),
    ("parentheses", "parenthesis"), ("diagnoses", "diagnosis"), ("prognoses", "prognosis"),
    ("emphases", "emphasis"), ("oases", "oasis"), ("wolves", "wolf"), ("halves", "half"),
    ("shelves", "shelf"), ("calves", "calf"), ("thieves", "thief"), ("leaves", "leaf"),
    ("loaves", "loaf"), ("hooves", "hoof"), ("scarves", "scarf"), ("dwarves", "dwarf"),
    ("wharves", "wharf"), ("heroes", "hero"), ("vetoes", "veto"), ("torpedoes", "torpedo"),
    ("embargoes", "embargo"), ("echoes", "echo"), ("potatoes", "potato"), ("tomatoes", "tomato"),
];

/// Nouns in `-ie` (plural `-ies`, not `-y` → `-ies`), by their ending.
#[rustfmt::skip]
const IE_NOUNS: &[&str] = &[
    "movies", "cookies", "zombies", "calories", "rookies", "goalies", "hippies", "selfies",
    "brownies", "prairies", "smoothies", "sorties", "genies", "aunties", "newbies", "freebies",
    "yuppies", "hoodies", "veggies", "bookies", "junkies", "groupies", "techies", "foodies",
    "magpies", "neckties", "birdies", "talkies", "walkies", "budgies", "pinkies", "eyries",
];

/// The singular of a plural English noun, by the regular rules (`countries` → `country`,
/// `buses` → `bus`, `strikes` → `strike`); `None` when the word does not look plural.
pub fn singular(word: &str) -> Option<String> {
    if word.len() < 4
        || !word.ends_with('s')
        || word.ends_with("ss")
        || word.ends_with("us")
        || word.ends_with("is")
        || NOT_PLURAL.contains(word)
    {
        return None;
    }
    // `crises`, `analyses`, `wolves`, `thieves`, `bookshelves`
    if let Some((plural, one)) = IRREGULAR_S.iter().find(|(p, _)| word.ends_with(p)) {
        return Some(format!("{}{one}", &word[..word.len() - plural.len()]));
    }
    if let Some(stem) = word.strip_suffix("ies") {
        // `ties`, `lies`; `movies`, `cookies`, `calories` (`-ie` nouns); `countries`
        let ie = stem.len() == 1 || IE_NOUNS.iter().any(|n| word.ends_with(n));
        return Some(if ie {
            format!("{stem}ie")
        } else {
            format!("{stem}y")
        });
    }
    // `wives`, `knives`, `lives`, `housewives` (not `archives`, `detectives`)
    if let Some(stem) = word.strip_suffix("ives")
        && (matches!(stem, "kn" | "l") || stem.ends_with('w'))
    {
        return Some(format!("{stem}ife"));
    }
    for end in ["ches", "shes", "sses", "xes", "zes"] {
        if word.ends_with(end) {
            return Some(word[..word.len() - 2].to_string());
        }
    }
    Some(word[..word.len() - 1].to_string())
}

/// The singular of a plural not in `-s`: `spokesmen` → `spokesman`, `children` → `child`.
pub fn singular_irregular(word: &str) -> Option<String> {
    let one = match word {
        "children" => "child",
        "people" => "person",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "personnel" => "personnel",
        // Latin and Greek plurals (not `-a` → `-um`: `data`, `media` are mass nouns).
        "vertebrae" => "vertebra",
        "larvae" => "larva",
        "antennae" => "antenna",
        "algae" => "alga",
        "formulae" => "formula",
        "fungi" => "fungus",
        "stimuli" => "stimulus",
        "cacti" => "cactus",
        "nuclei" => "nucleus",
        "alumni" => "alumnus",
        "radii" => "radius",
        "bacteria" => "bacterium",
        "kibbutzim" => "kibbutz",
        "specimen" | "abdomen" | "regimen" | "acumen" | "stamen" | "semen" | "hymen" | "yemen"
        | "ramen" | "lumen" | "bitumen" => {
            return None;
        }
        // `grandchildren`, `schoolchildren`
        _ if word.len() > 8 && word.ends_with("children") => {
            return Some(format!("{}child", &word[..word.len() - 8]));
        }
        _ => {
            let stem = word.strip_suffix("men").filter(|s| s.len() >= 2)?;
            return Some(format!("{stem}man"));
        }
    };
    Some(one.to_string())
}

/// A word of the noun phrase: its key in the index (lower case, or as written when in
/// capitals: `MW`, `IED`), and the tokens it takes (a hyphen before it is skipped).
fn word_key<'a>(tokens: &'a [Token<'a>], j: usize) -> Option<&'a str> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    Some(
        if t.text.len() > 1 && t.text.chars().all(|c| c.is_uppercase()) {
            t.text
        } else {
            t.lower.as_ref()
        },
    )
}

/// The form in the table that starts at token `j`: (concept, kind, plural, tokens taken).
fn form_at(tokens: &[Token<'_>], j: usize) -> Option<(&'static str, UnitKind, bool, usize)> {
    let first = word_key(tokens, j)?;
    let entries = INDEX
        .get(first)
        .or_else(|| INDEX.get(tokens[j].lower.as_ref()))?;
    let mut best: Option<(&'static str, UnitKind, bool, usize)> = None;
    for e in entries {
        // Match the rest word by word; `-` between words is skipped.
        let mut k = j + 1;
        let mut ok = true;
        for w in &e.rest {
            if tokens.get(k).is_some_and(|t| t.is_punct('-') && t.glued) {
                k += 1;
            }
            let Some(t) = tokens.get(k) else {
                ok = false;
                break;
            };
            if t.kind != TokenKind::Word || (t.lower != *w && t.text != w) {
                ok = false;
                break;
            }
            k += 1;
        }
        if ok && best.is_none_or(|b| k - j > b.3) {
            best = Some((e.concept, e.kind, e.plural, k - j));
        }
    }
    best
}

/// The counted noun from token `j`: a form of the table, maybe after up to two adjectives,
/// or a plural demonym (`Iraqis`). `count` is the number before it (a noun after one may be
/// singular; after other numbers English writes the plural, which is how adjectives that
/// are also nouns are told apart).
pub fn lookup(tokens: &[Token<'_>], j: usize) -> Option<UnitMatch> {
    if let Some(u) = after_name(tokens, j) {
        return Some(u);
    }
    // (A word in `-ing` modifies a plural only: `one sticking point` is a compound.)
    let mut participles = false;
    // (Up to two adjectives, or three words where nouns modify the noun: `two senior law
    // enforcement sources`, `two Russian military intelligence officers`.)
    let mut nouns = false;
    for skip in 0..=3 {
        if skip > 0 && !adjective(tokens, j + skip - 1) {
            if !noun_modifier(tokens, j + skip - 1) {
                break;
            }
            nouns = true;
        }
        if skip == 3 && !nouns {
            break;
        }
        // (`2016 Democratic candidates`: a year before a party names no count.)
        if skip > 0
            && matches!(
                tokens[j + skip - 1].text,
                "Democratic" | "Republican" | "GOP"
            )
            && j.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.kind == TokenKind::Digits && p.text.len() == 4)
        {
            break;
        }
        if skip > 0 && participle(&tokens[j + skip - 1]) {
            participles = true;
        }
        let at = j + skip;
        // `14 Muslim-Americans`, `two Iraqi-Americans`: a capitalized compound that ends
        // in a plural demonym counts people.
        if let Some(end) = demonym_compound(tokens, at) {
            return Some(UnitMatch {
                concept: "person",
                kind: UnitKind::Count,
                tokens: skip + end + 1 - at,
                noun_from: skip,
                plural: true,
            });
        }
        // `House Democrats`, `Senate Republicans`, `White House officials`: the chamber
        // names the noun after it.
        if let Some(after) = chamber(tokens, at) {
            return lookup(tokens, after).map(|u| UnitMatch {
                tokens: u.tokens + after - j,
                noun_from: u.noun_from + after - j,
                ..u
            });
        }
        // `national security officials`, `national park sites`: `national` before another
        // word is its adjective (not `one British national was hurt`).
        if tokens.get(at).is_some_and(|t| t.lower == "national")
            && tokens.get(at + 1).is_some_and(|n| {
                n.is_word()
                    && !matches!(
                        n.lower.as_ref(),
                        "was" | "were" | "is" | "who" | "and" | "or" | "has" | "had" | "said"
                    )
            })
        {
            continue;
        }
        if let Some((concept, kind, plural, n)) =
            form_at(tokens, at).filter(|&(_, _, plural, _)| plural || !participles)
        {
            // A capitalized form is a name (`Mission Impossible`) unless the table writes it
            // so; lower-case forms must be written in lower case, except at the start.
            // In title case (`Two Weeks Before Attack`) the number is capitalized too.
            let t = &tokens[at];
            // (`nine Muslim-majority countries`: a capitalized form glued by a hyphen to a
            // word after it modifies the noun after the compound; not a measure's, `two-year-old`.)
            // (`two rebel-held towns`, `three well-known cartoonists`, `two assault-style
            // rifles`: so does a singular count noun, whatever its case; the noun is the
            // compound's head or the one after it. Not a measure's compound, `a
            // 300-meter-wide zone`, `the 82 tonne-weapon`, `a 2 million bpd-increase`, nor
            // `400 mph-plus`; nor a plural, the head of `sons-in-law`, `passers-by`.)
            if let Some(w) = tokens
                .get(at + n)
                .filter(|h| h.glued && h.is_punct('-'))
                .and_then(|_| tokens.get(at + n + 1))
                .filter(|w| w.glued && w.is_word())
                && ((t.capitalized() && !w.capitalized())
                    || (kind == UnitKind::Count
                        && !plural
                        && !t.glued
                        && !measure(concept)
                        && w.lower != "plus"))
            {
                return None;
            }
            let title_case = j > 0 && tokens[j - 1].capitalized();
            if t.capitalized()
                && !t.text.chars().all(char::is_uppercase)
                && !capital_form(concept)
                && !title_case
            {
                return None;
            }
            // (`one other wounded rebel`, `three dead soldiers`: a casualty's participle or
            // adjective before a counted noun is its adjective; alone it is the noun.)
            if matches!(t.lower.as_ref(), "wounded" | "injured" | "dead" | "killed")
                && let Some(u) = tokens
                    .get(at + n)
                    .filter(|h| h.is_word() && !h.glued)
                    .and_then(|_| lookup(tokens, at + n))
                    .filter(|u| u.kind == UnitKind::Count)
            {
                return Some(UnitMatch {
                    tokens: u.tokens + at + n - j,
                    noun_from: u.noun_from + at + n - j,
                    ..u
                });
            }
            // `a crew of 12 accused of smuggling`, `12 accused the army`: `accused` before
            // `of`, a determiner or a name is the verb.
            if t.lower == "accused"
                && tokens.get(at + 1).is_some_and(|n| {
                    n.capitalized()
                        || matches!(
                            n.lower.as_ref(),
                            "of" | "the" | "a" | "an" | "him" | "her" | "them" | "his" | "their"
                        )
                })
            {
                return None;
            }
            // `two alleged bombers`: a bomber who is alleged is a person, not an aircraft.
            let accused = concept == "aircraft"
                && t.lower.starts_with("bomber")
                && tokens[j..at]
                    .iter()
                    .any(|a| matches!(a.lower.as_ref(), "alleged" | "suspected" | "accused"));
            return Some(UnitMatch {
                concept: if accused { "suspect" } else { concept },
                kind,
                tokens: skip + n,
                noun_from: skip,
                plural,
            });
        }
        if let Some(concept) = people_word(tokens, at) {
            return Some(UnitMatch {
                concept,
                kind: UnitKind::Count,
                tokens: skip + 1,
                noun_from: skip,
                plural: true,
            });
        }
        // (`North Koreans`: a people's name of two words.)
        if let Some(end) =
            super::en56::demonym_pair(tokens, at).filter(|&e| !modifies_next(tokens, e))
        {
            return Some(UnitMatch {
                concept: "person",
                kind: UnitKind::Count,
                tokens: skip + end + 1 - at,
                noun_from: skip,
                plural: true,
            });
        }
        if demonym(tokens, at) {
            return Some(UnitMatch {
                concept: "person",
                kind: UnitKind::Count,
                tokens: skip + 1,
                noun_from: skip,
                plural: true,
            });
        }
    }
    None
}

/// Whether a capitalized word is, in lower case, a one-word unit of time of the table
/// (`Minutes`, `Hours`, `Days`: a title's word after a figure, `"60 Minutes"`). (Count
/// nouns are left alone: `146 House members`, `93 Senators` count.)
pub fn title_case_form(t: &Token<'_>) -> bool {
    t.capitalized()
        && t.text.chars().skip(1).all(char::is_lowercase)
        && INDEX.get(t.lower.as_ref()).is_some_and(|entries| {
            entries.iter().any(|e| {
                e.rest.is_empty()
                    && matches!(e.kind, UnitKind::Time { .. })
                    && !capital_form(e.concept)
            })
        })
}

fn capital_form(concept: &str) -> bool {
    TABLE.iter().any(|(c, _, forms)| {
        *c == concept && forms.split('|').any(|f| f.starts_with(char::is_uppercase))
    })
}

/// Whether a lower-case word is one of the adjectives that may stand before a counted
/// noun (`other`, `more`, `senior`).
pub fn is_adjective(w: &str) -> bool {
    ADJ.contains(w)
}

/// `House`, `Senate`, `House and Senate`, `White House` before another word (a noun it
/// modifies): the index of that word.
fn chamber(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let is = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.text == w);
    let mut k = j;
    if is(k, "White") && is(k + 1, "House")
        // (`State Department officials`: not a count of states.)
        || (is(k, "State") && is(k + 1, "Department"))
    {
        k += 1;
    } else if !is(k, "House") && !is(k, "Senate") {
        return None;
    }
    if is(k + 1, "and") && (is(k + 2, "House") || is(k + 2, "Senate")) {
        k += 2;
    }
    tokens
        .get(k + 1)
        .is_some_and(|t| t.is_word() && !t.glued && !matches!(t.lower.as_ref(), "and" | "or"))
        .then_some(k + 1)
}

/// An adjective that may stand before the counted noun.
fn adjective(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| {
        t.is_word()
            && (ADJ.contains(t.lower.as_ref())
                || demonym_adjective(t)
                || participle(t)
                || super::en56::ed_adjective(tokens, j)
                || matches!(t.text, "Democratic" | "Republican" | "GOP"))
            && !tokens.get(j + 1).is_some_and(|n| n.is_punct(','))
    })
}

/// `two Times journalists`, `two University of Maryland professors`: a short name in
/// capitals (of up to three words, `of` between them) modifying a plural noun in lower case
/// right after it; the noun is counted. Not after a year (`2016 Olympic athletes`) nor in
/// title case.
fn after_name(tokens: &[Token<'_>], j: usize) -> Option<UnitMatch> {
    let before = tokens.get(j.checked_sub(1)?)?;
    if before.capitalized() || (before.kind == TokenKind::Digits && before.text.len() == 4) {
        return None;
    }
    let name = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.capitalized()
                && t.text.chars().skip(1).all(char::is_lowercase)
                && !t.glued
        })
    };
    if !name(j) {
        return None;
    }
    let mut k = j + 1;
    let mut words = 1;
    loop {
        if name(k) {
            k += 1;
        } else if tokens.get(k).is_some_and(|t| t.text == "of") && name(k + 1) {
            k += 2;
        } else {
            break;
        }
        words += 1;
        if words > 3 {
            return None;
        }
    }
    // (Not a day's name, `two Palm Sunday attacks`, nor a form of the table written in
    // capitals, `8,980 Service members`.)
    let noun = tokens.get(k)?;
    if noun.kind != TokenKind::Word
        || noun.glued
        || noun.capitalized()
        || tokens[j..k]
            .iter()
            .any(|t| super::dates::is_weekday(t.lower.as_ref()))
        || form_at(tokens, j).is_some_and(|f| j + f.3 > k)
    {
        return None;
    }
    let (concept, kind, plural, n) = form_at(tokens, k)?;
    (plural && kind == UnitKind::Count && !noun.text.ends_with("ing")).then_some(UnitMatch {
        concept,
        kind,
        tokens: k - j + n,
        noun_from: k - j,
        plural,
    })
}

/// `law enforcement`, `intelligence`, `administration`: a noun that modifies the counted
/// noun after it (`senior law enforcement sources`, `Obama administration officials`),
/// written in lower case and followed by a word.
pub fn noun_modifier(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| {
        matches!(
            t.text,
            "law"
                | "enforcement"
                | "intelligence"
                | "administration"
                | "border"
                | "patrol"
                | "congressional"
                | "ministry"
                | "defense"
                | "service"
                | "force"
                | "embassy"
                | "agency"
                | "community"
                | "campaign"
        ) && tokens
            .get(j + 1)
            .is_some_and(|n| n.is_word() && !n.glued && !matches!(n.lower.as_ref(), "and" | "or"))
    })
}

/// `flying`, `harrowing`, `incoming`: a lower-case word in `-ing` modifying the noun after
/// it (`20,000 flying hours`, `two harrowing days`); not the prepositions and pronouns in
/// `-ing` (`during`, `including`, `something`).
fn participle(t: &Token<'_>) -> bool {
    t.text.len() >= 6
        && t.text.ends_with("ing")
        && t.text.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            t.text,
            "during"
                | "including"
                | "excluding"
                | "according"
                | "regarding"
                | "concerning"
                | "following"
                | "notwithstanding"
                | "pending"
                | "considering"
                | "barring"
                | "involving"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
        )
}

/// `F-35s`, `MiG-29s`, `T-72s`: the plural of a model named by letters and a number,
/// counted as that model (`63 F-35s`: unit `F-35`). The model and the index of its last
/// token.
pub fn model_plural(tokens: &[Token<'_>], j: usize) -> Option<(String, usize)> {
    let letters = tokens.get(j).filter(|t| {
        t.kind == TokenKind::Word
            && !t.glued
            && (1..=3).contains(&t.text.len())
            && t.text.starts_with(|c: char| c.is_ascii_uppercase())
            && t.text.chars().all(|c| c.is_ascii_alphabetic())
    })?;
    let dash = tokens.get(j + 1).filter(|t| t.glued && t.is_punct('-'))?;
    let digits = tokens
        .get(j + 2)
        .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() <= 3)?;
    tokens
        .get(j + 3)
        .filter(|t| t.glued && t.kind == TokenKind::Word && t.text == "s")?;
    if tokens
        .get(j + 4)
        .is_some_and(|t| t.glued && !matches!(t.kind, TokenKind::Punct(_)))
    {
        return None;
    }
    Some((
        format!("{}{}{}", letters.text, dash.text, digits.text),
        j + 3,
    ))
}

/// `American`, `Iraqi`: a capitalized word that names a country's people.
fn demonym_adjective(t: &Token<'_>) -> bool {
    t.capitalized()
        && crate::lang::entities::find_en(&[t.text]).is_some()
        && (t.lower.ends_with("an")
            || t.lower.ends_with('i')
            || t.lower.ends_with("ish")
            || t.lower.ends_with("ese"))
}

/// [`measure`], for other modules.
pub(super) fn is_measure(concept: &str) -> bool {
    measure(concept)
}

/// Whether a concept of the table is a unit of measure (`meter`, `ton`, `barrel_per_day`)
/// rather than a thing counted.
fn measure(concept: &str) -> bool {
    matches!(
        concept,
        "percentage_point"
            | "ton"
            | "barrel"
            | "barrel_per_day"
            | "kilometer"
            | "square_kilometer"
            | "meter"
            | "square_meter"
            | "cubic_meter"
            | "centimeter"
            | "millimeter"
            | "mile"
            | "square_mile"
            | "nautical_mile"
            | "mile_per_hour"
            | "kilometer_per_hour"
            | "foot"
            | "inch"
            | "hectare"
            | "acre"
            | "kilogram"
            | "gram"
            | "pound_weight"
            | "ounce"
            | "liter"
            | "gallon"
            | "megawatt"
            | "gigawatt"
            | "kilowatt"
            | "degree"
            | "degree_celsius"
    )
}

/// `Muslim-Americans`, `Arab-Americans`: capitalized words glued by hyphens whose last is
/// a plural demonym; the index of that last word.
fn demonym_compound(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let t = tokens.get(at)?;
    if !(t.is_word() && t.capitalized() && !t.glued) {
        return None;
    }
    let mut end = at;
    while tokens
        .get(end + 1)
        .is_some_and(|h| h.glued && h.is_punct('-'))
        && tokens
            .get(end + 2)
            .is_some_and(|w| w.glued && w.is_word() && w.capitalized())
    {
        end += 2;
    }
    (end > at && demonym(tokens, end)).then_some(end)
}

/// Whether the word at `j` modifies what follows it: a hyphen glued after it
/// (`Chinese-made`) or a plural noun after it, maybe after a participle (`Chinese fishing
/// boats`, `Taliban fighters`).
fn modifies_next(tokens: &[Token<'_>], j: usize) -> bool {
    let plural_noun = |k: usize| {
        tokens.get(k).is_some_and(|n| {
            n.kind == TokenKind::Word
                && !n.glued
                && n.text.bytes().all(|b| b.is_ascii_lowercase())
                && !super::subject::is_stopword(n.lower.as_ref())
                && !super::NOT_COUNTED_SET.contains(n.lower.as_ref())
                && singular(n.lower.as_ref()).is_some()
        })
    };
    tokens.get(j + 1).is_some_and(|n| {
        (n.glued && n.is_punct('-'))
            || plural_noun(j + 1)
            || (!n.glued && participle(n) && plural_noun(j + 2))
    })
}

/// `two French`, `13 Taliban`, `40 Peshmerga`: a people's name that is its own plural
/// (the demonyms in `-ch`/`-sh` and the collective names of armed groups), counted when
/// it ends the phrase: not before a noun it modifies (`two French jets`, `13 Taliban
/// fighters`) nor before another capitalized word (`two French Foreign Legion troops`).
/// Its concept: `person` for a nation's people, `militant`/`fighter` for a group's.
fn people_word(tokens: &[Token<'_>], j: usize) -> Option<&'static str> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Word || !t.text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let concept = match t.text {
        "French" | "British" | "Dutch" | "Irish" | "Welsh" | "Spanish" | "English" | "Swiss"
        | "Scottish" | "Danish" | "Flemish" => "person",
        "Taliban" | "Shabaab" => "militant",
        "Peshmerga" => "fighter",
        _ => return None,
    };
    // (The phrase ends: punctuation, a function word or a verb in `-ed` follows, `13
    // Taliban in attacks`, `two French were hurt`; not a singular noun, `the 1996 Taliban
    // takeover`.)
    let ends = tokens.get(j + 1).is_none_or(|n| {
        !n.is_word()
            || (!n.glued
                && !n.capitalized()
                && (super::subject::is_stopword(n.lower.as_ref()) || n.lower.ends_with("ed")))
    });
    // (Not after a year, nor after `one`, which elides a noun said before it more often
    // than it counts a person: `seized one British, the Stena Impero`; nor after a name's
    // number, `FRANCE 24 English`.)
    let number = |k: usize| tokens.get(k);
    let after_year_or_one = j.checked_sub(1).and_then(number).is_some_and(|p| {
        (p.kind == TokenKind::Digits && p.text.len() == 4) || p.lower == "one" || p.text == "1"
    });
    let after_name = j
        .checked_sub(2)
        .and_then(number)
        .is_some_and(|w| w.text.len() > 1 && w.text.chars().all(|c| c.is_ascii_uppercase()));
    (ends && !after_year_or_one && !after_name && !modifies_next(tokens, j)).then_some(concept)
}

/// `Iraqis`, `Syrians`, `Americans`: a plural demonym, counted as people. Not the
/// adjective of a compound (`three Chinese-made drones`) nor one before the plural noun it
/// modifies (`12 Chinese fishing boats`, `3 Chinese nationals`).
fn demonym(tokens: &[Token<'_>], j: usize) -> bool {
    let modifies = || modifies_next(tokens, j);
    if tokens.get(j).is_some_and(|t| super::en60::demonym(t.text)) {
        return !modifies();
    }
    // The word's own shape first: `singular` allocates, and this is asked after most
    // numbers whose next word the unit table does not know.
    tokens.get(j).is_some_and(|t| {
        t.capitalized()
            && t.text.len() >= 4
            && !t.text.chars().all(char::is_uppercase)
            && (t.lower.ends_with("ans") || t.lower.ends_with("is") || t.lower.ends_with("ese"))
    }) && !modifies()
        && crate::lang::entities::find_en(&[tokens[j].text]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    fn find(text: &str) -> Option<(&'static str, usize)> {
        let tokens = tokenize(text, 0);
        lookup(&tokens, 0).map(|m| (m.concept, m.tokens))
    }

    #[test]
    fn news_nouns_map_to_the_arabic_concepts() {
        let cases: &[(&str, Option<(&str, usize)>)] = &[
            ("countries in the coalition", Some(("country", 1))),
            ("sorties against", Some(("sortie", 1))),
            ("lines of effort:", Some(("axis", 3))),
            ("member states would", Some(("country", 2))),
            ("foreign fighters had", Some(("foreign_fighter", 2))),
            ("fighters", Some(("fighter", 1))),
            ("troops for Iraq", Some(("soldier", 1))),
            ("American troops", Some(("soldier", 2))),
            ("more soldiers", Some(("soldier", 2))),
            ("Iraqis have", Some(("person", 1))),
            ("people", Some(("person", 1))),
            ("airstrikes", Some(("airstrike", 1))),
            ("air strikes", Some(("airstrike", 2))),
            ("air-strikes", Some(("airstrike", 3))),
            ("dollars", Some(("usd", 1))),
            ("months", Some(("month", 1))),
            ("years", Some(("year", 1))),
            ("killed", Some(("killed", 1))),
            ("wounded", Some(("injured", 1))),
            ("civilians", Some(("civilian", 1))),
            ("publishers", Some(("publisher", 1))),
            ("visitors", Some(("visitor", 1))),
            ("children", Some(("child", 1))),
            ("buses", Some(("vehicle", 1))),
            ("MW", Some(("megawatt", 1))),
            ("percent", None),
            ("were", None),
            ("Mission", None),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), *want, "{text}");
        }
    }

    #[test]
    fn plurals_and_singulars() {
        assert_eq!(pluralize("country"), "countries");
        assert_eq!(pluralize("line of effort"), "lines of effort");
        assert_eq!(pluralize("air strike"), "air strikes");
        assert_eq!(pluralize("day"), "days");
        assert_eq!(singular("countries").as_deref(), Some("country"));
        assert_eq!(singular("churches").as_deref(), Some("church"));
        assert_eq!(singular("strikes").as_deref(), Some("strike"));
        // Irregular endings; and the regular words that look like them.
        let cases = [
            ("wives", "wife"),
            ("housewives", "housewife"),
            ("knives", "knife"),
            ("lives", "life"),
            ("archives", "archive"),
            ("executives", "executive"),
            ("relatives", "relative"),
            ("wolves", "wolf"),
            ("werewolves", "werewolf"),
            ("thieves", "thief"),
            ("bookshelves", "bookshelf"),
            ("valves", "valve"),
            ("movies", "movie"),
            ("calories", "calorie"),
            ("ties", "tie"),
            ("spies", "spy"),
            ("allies", "ally"),
            ("militias", "militia"),
            ("crises", "crisis"),
            ("analyses", "analysis"),
            ("premises", "premise"),
            ("doses", "dose"),
            ("cheeses", "cheese"),
        ];
        for (plural, one) in cases {
            assert_eq!(singular(plural).as_deref(), Some(one), "{plural}");
        }
        for (plural, one) in [
            ("spokesmen", Some("spokesman")),
            ("gunmen", Some("gunman")),
            ("women", Some("woman")),
            ("children", Some("child")),
            ("specimen", None),
            ("men", None),
            ("them", None),
        ] {
            assert_eq!(singular_irregular(plural).as_deref(), one, "{plural}");
        }
        assert_eq!(singular("various"), None);
        assert_eq!(singular("was"), None);
        assert_eq!(singular("class"), None);
    }

    #[test]
    fn concepts_are_shared_with_the_arabic_table() {
        // Every concept the English table shares with Arabic must be spelled alike; these are
        // the ones the fixtures and the cross-check rely on.
        for concept in [
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
            "axis",
            "usd",
            "month",
            "year",
            "day",
            "minister",
            "publisher",
            "visitor",
            "aircraft",
        ] {
            assert!(TABLE.iter().any(|(c, _, _)| *c == concept), "{concept}");
        }
    }
}
