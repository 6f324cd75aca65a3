//! The country of a bare currency word (ar67).
//!
//! `ريال`, `دينار`, `جنيه`, `ليرة` and `درهم` are the names of several countries'
//! currencies; with its nationality adjective next to it (`ريال قطري`, `ديناراً كويتياً`) the
//! unit table already reads the country's currency. A bare one keeps the generic unit, unless
//! the text says which country's it is without doubt:
//!
//! - the same sentence writes the currency once with its adjective and once without
//!   (`عجزا بنحو 1.5 مليار ريال عماني … إلى 2.3 مليار ريال`): the bare one is the same
//!   currency, when the sentence writes only one adjective of the family;
//! - the sentence names exactly one country of the family (`ميزانية البرازيل … 70 مليار
//!   ريال`, `بورصة قطر … 106 ريالات`, `الحساب الختامي للكويت … مليار دينار`) and no nationality
//!   adjective of another country of the family (`السعودي`, `قطري`): the named country's.
//!   Saudi Arabia and Yemen only block here, they never decide: a Saudi outlet writes riyals
//!   for its own money also about Yemen (aid, trade) and the generic riyal is already right
//!   for Saudi amounts. A nationality adjective alone never decides (`اللاعب البرازيلي … 300
//!   ألف ريال` is a Saudi club's money);
//! - otherwise, when the article writes the family's currency with an adjective and all such
//!   adjectives agree (`ريال قطري` in the first paragraph, `403 ملايين ريال` later), and the
//!   sentence names or qualifies no other country of the family.
//!
//! It also finds two sources by preposition for [`super::attribution`] ([`what_was_said`]):
//! `وفقا لما نشرته وكالة …` (according to what X published) and `على ما أعلن متحدث …`
//! (as X announced); and where a source's noun phrase ends before a reporting verb
//! (`وبحسب رويترز قالت الصحيفة …`, [`before_verb`]).
//!
//! `قطر` with a length unit after it is a diameter (`أنابيب بقطر 600 ملم`), not Qatar.
//!
//! Only sentences with a bare currency are read, word by word.

use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::Kind;

/// A bare currency, its codes by country: (code, names of the country (keys, without the
/// article), nationality adjectives (keys, masculine, without the article), decides).
type Country = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    bool,
);

const RIYAL: &[Country] = &[
    ("sar", &["سعوديه"], &["سعودي"], false),
    ("qar", &["قطر"], &["قطري"], true),
    ("omr", &["عمان"], &["عماني"], true),
    ("yer", &["يمن"], &["يمني"], false),
    ("irr", &["ايران"], &["ايراني"], true),
    ("brl", &["برازيل"], &["برازيلي"], true),
];
const DINAR: &[Country] = &[
    ("kwd", &["كويت"], &["كويتي"], true),
    ("jod", &["اردن"], &["اردني"], true),
    ("iqd", &["عراق"], &["عراقي"], true),
    ("bhd", &["بحرين"], &["بحريني"], true),
    ("tnd", &["تونس"], &["تونسي"], true),
    ("dzd", &["جزائر"], &["جزائري"], true),
    ("lyd", &["ليبيا"], &["ليبي"], true),
];
const POUND: &[Country] = &[
    ("egp", &["مصر"], &["مصري"], true),
    ("sdg", &["سودان"], &["سوداني"], true),
    ("gbp", &["بريطانيا"], &["بريطاني", "استرليني"], true),
];
const LIRA: &[Country] = &[
    ("try", &["تركيا"], &["تركي"], true),
    ("syp", &["سوريا", "سوريه"], &["سوري"], true),
    ("lbp", &["لبنان"], &["لبناني"], true),
];
const DIRHAM: &[Country] = &[
    ("aed", &["امارات"], &["اماراتي"], true),
    ("mad", &["مغرب"], &["مغربي"], true),
];

/// The countries of a generic currency unit.
fn family(unit: &str) -> Option<&'static [Country]> {
    Some(match unit {
        "riyal" => RIYAL,
        "dinar" => DINAR,
        "pound" => POUND,
        "lira" => LIRA,
        "dirham" => DIRHAM,
        _ => return None,
    })
}

/// The family of a country's code (`qar` → the riyals).
fn family_of_code(code: &str) -> Option<&'static [Country]> {
    [RIYAL, DINAR, POUND, LIRA, DIRHAM]
        .into_iter()
        .find(|f| f.iter().any(|c| c.0 == code))
}

/// A nationality adjective with its endings: `قطري`, `قطريه`, `قطريا`, `قطريون`, `قطريين`.
fn is_adjective(stem: &str, adj: &str) -> bool {
    stem.strip_prefix(adj)
        .is_some_and(|rest| matches!(rest, "" | "ه" | "ا" | "ون" | "ين" | "يه"))
}

/// What one sentence says of a family's countries: the countries it names and the ones it
/// qualifies with an adjective, as bit sets over the family's list.
fn countries(tokens: &[Token<'_>], fam: &[Country]) -> (u32, u32) {
    let (mut named, mut qualified) = (0u32, 0u32);
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.kind, TokenKind::Word) {
            continue;
        }
        for (_, stem) in t.stems() {
            for (n, c) in fam.iter().enumerate() {
                if c.1.contains(&stem) && !(stem == "قطر" && diameter(tokens, i)) {
                    named |= 1 << n;
                }
                if c.2.iter().any(|a| is_adjective(stem, a)) {
                    qualified |= 1 << n;
                }
            }
        }
    }
    (named, qualified)
}

/// `بقطر 600 ملم`, `قطر الأنبوب 60 سم`: `قطر` is a diameter when a length unit follows it
/// within four tokens, not Qatar (`سهم قطر بواقع 20 مليون ريال` is).
fn diameter(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.iter().skip(i + 1).take(4).any(|t| {
        matches!(
            t.key.as_str(),
            "ملم"
                | "مم"
                | "ملليمتر"
                | "مليمتر"
                | "سم"
                | "سنتيمتر"
                | "سنتمتر"
                | "بوصه"
                | "انش"
                | "انشات"
                | "بوصات"
                | "متر"
                | "مترا"
                | "امتار"
        )
    })
}

/// Gives a bare currency its country's code where the article says which (see the module).
pub(super) fn currency_by_country(claims: &mut [Recognized], tokens: &[Vec<Token<'_>>]) {
    if !claims
        .iter()
        .any(|c| c.kind == Kind::Money && c.unit.as_deref().and_then(family).is_some())
    {
        return;
    }
    // The explicit codes of the article and of each sentence.
    let explicit: Vec<(usize, &'static str)> = claims
        .iter()
        .filter(|c| c.kind == Kind::Money)
        .filter_map(|c| {
            let u = c.unit.as_deref()?;
            let fam = family_of_code(u)?;
            let code = fam.iter().find(|x| x.0 == u)?.0;
            Some((c.sentence, code))
        })
        .collect();
    for c in claims.iter_mut() {
        if c.kind != Kind::Money {
            continue;
        }
        let Some(fam) = c.unit.as_deref().and_then(family) else {
            continue;
        };
        let in_family = |code: &&'static str| fam.iter().any(|x| x.0 == *code);
        let sentence = c.sentence;
        let mut same_sentence = explicit
            .iter()
            .filter(|(s, _)| *s == sentence)
            .map(|(_, code)| *code)
            .filter(in_family)
            .peekable();
        let code = if same_sentence.peek().is_some() {
            unanimous(same_sentence)
        } else {
            let Some(toks) = tokens.get(sentence) else {
                continue;
            };
            let (named, qualified) = countries(toks, fam);
            let mentioned = named | qualified;
            let article = unanimous(explicit.iter().map(|(_, code)| *code).filter(in_family));
            let one = fam.get(mentioned.trailing_zeros() as usize);
            if mentioned == 0 {
                article
            } else if mentioned.count_ones() != 1 {
                None
            } else if named == mentioned && one.is_some_and(|x| x.3) {
                one.map(|x| x.0)
            } else {
                article.filter(|a| one.is_some_and(|x| x.0 == *a))
            }
        };
        if let Some(code) = code {
            c.unit = Some(code.to_string());
        }
    }
}

/// One code when all of them agree, none when there are none or they disagree.
fn unanimous(mut codes: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    let first = codes.next()?;
    codes.all(|c| c == first).then_some(first)
}

/// `وفقا لما نشرته وكالة …`, `على ما أعلن متحدث …`: at token `i` (the preposition), `word`
/// (`لما`, `ما`) and a reporting verb (`verb`): the token where the source's noun phrase
/// starts, after the verb (`على ما يبدو`, apparently, has none).
pub(super) fn what_was_said(
    toks: &[Token<'_>],
    i: usize,
    word: &str,
    verb: impl Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    let v = toks.get(i + 2)?;
    // `على ما يقدر بنحو …` (as estimated at): a verb in the present tense tells no source.
    if toks.get(i + 1)?.key != word || !verb(v) || v.key.starts_with('ي') {
        return None;
    }
    // `على ما صرح به الوزير`: the verb's preposition and pronoun are not the source.
    let with = toks
        .get(i + 3)
        .is_some_and(|t| matches!(t.key.as_str(), "به" | "بها" | "عنه" | "عنها"));
    Some(i + 3 + usize::from(with))
}

/// `وبحسب رويترز قالت الصحيفة …`: a source's noun phrase (tokens `a..b`) ends before a past
/// reporting verb (`قالت`, `وأضافت`), which opens a clause with a subject of its own. The
/// first token where it ends, or `b`.
pub(super) fn before_verb(toks: &[Token<'_>], a: usize, b: usize) -> usize {
    (a + 1..b.min(toks.len()))
        .find(|&j| {
            // `… وأضافت أن`: with its `و` too.
            let key = toks[j].key.as_str();
            matches!(
                key.strip_prefix('و').unwrap_or(key),
                "قال"
                    | "قالت"
                    | "اكد"
                    | "اكدت"
                    | "اعلن"
                    | "اعلنت"
                    | "ذكرت"
                    | "اضاف"
                    | "اضافت"
                    | "اوضح"
                    | "اوضحت"
                    | "افاد"
                    | "افادت"
                    | "كشفت"
            )
        })
        .unwrap_or(b)
}
