//! What a claim is about, as terms to match on, and the facets that split one unit into
//! several quantities.
//!
//! Terms come from the stored subject (entity ids such as `coalition`, then content words,
//! normalized the Arabic way) and from the words right around the number in its sentence,
//! weighted by distance. Content words lose their article, a conjunction and a common
//! suffix (`اجتماعه`, `اجتماعا` → `اجتماع`), so that spellings of one word meet.
//!
//! Facets: a people count (`شخصا`, a bare number) takes the role its sentence gives it —
//! killed, injured, arrested — from the words next to it (`استشهاد 12`, `31 شخصا قتلوا`,
//! `وإصابة تسعة`); a count introduced by `بينهم`/`منهم` is a subset, never compared with a
//! total.

use std::sync::LazyLock;

use crate::lang::{FastMap, FastSet};
use crate::model::Kind;
use crate::normalize;

/// Articles (and conjunction + article) that a word sheds: `والتحالف` → `تحالف`.
const ARTICLES: &[&str] = &[
    "وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال",
];

/// Suffixes that a content word sheds (one, keeping three letters).
const SUFFIXES: &[&str] = &["ات", "ون", "ين", "ان", "ها", "هم", "ه", "ا", "ي"];

/// Words that give a people count its role.
const KILLED: &str = "قتل مقتل قتلى قتيل قتلوا قتيلا لقي لقوا مصرع مصرعهم استشهد استشهاد استشهدوا
    شهيد شهداء شهيدا وفاة وفيات توفي ضحية ضحايا ضحيته ضحيتها راح killed dead died deaths death
    toll";
const INJURED: &str = "أصيب إصابة إصابات مصاب مصابين جرح جريح جرحى أصيبوا جريحا injured wounded
    hurt";
const ARRESTED: &str = "اعتقال اعتقل اعتقلت القبض قبض إيقاف توقيف أوقف موقوفين arrested
    detained";

/// Words that make the count after them (or right before them) part of a larger one.
const SUBSET: &str = "بينهم بينها منهم منها بينهما منهما ضمنهم including among";

/// Words of a date that resolves through the publication date.
const RELATIVE: &str = "اليوم أمس امس البارحة غدا غد الليلة الأحد الاثنين الإثنين الثلاثاء
    الأربعاء الخميس الجمعة السبت today yesterday tomorrow tonight monday tuesday wednesday
    thursday friday saturday sunday";

/// People units that take a role from their sentence.
const PEOPLE: &str = "person civilian soldier officer fighter foreign_fighter militant rebel man
    woman child citizen expatriate worker member trainee worshipper employee student pilgrim
    passenger muslim official";

/// The role a people count has in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Killed,
    Injured,
    Arrested,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Killed => "killed",
            Role::Injured => "injured",
            Role::Arrested => "arrested",
        }
    }
}

struct Lexicon {
    roles: FastMap<String, Role>,
    subset: FastSet<String>,
    relative: FastSet<String>,
    people: FastSet<&'static str>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut roles = FastMap::default();
    for (words, role) in [
        (KILLED, Role::Killed),
        (INJURED, Role::Injured),
        (ARRESTED, Role::Arrested),
    ] {
        for w in words.split_whitespace() {
            roles.insert(term(&normalize::key(w)), role);
        }
    }
    let keys = |s: &str| s.split_whitespace().map(normalize::key).collect();
    Lexicon {
        roles,
        subset: keys(SUBSET),
        relative: keys(RELATIVE),
        people: PEOPLE.split_whitespace().collect(),
    }
});

static ENTITY_IDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| crate::lang::entities::ids().into_iter().collect());

/// Whether a subject term is an entity id (`coalition`, `islamic_state`) rather than a word.
pub fn is_entity(t: &str) -> bool {
    ENTITY_IDS.contains(t)
}

/// The matching form of a normalized word: article and one suffix off (Arabic); Latin
/// words as they are.
pub fn term(key: &str) -> String {
    term_str(key).to_string()
}

/// [`term`] without allocating: a slice of `key`.
pub fn term_str(key: &str) -> &str {
    if !key.chars().any(crate::lang::is_arabic_letter) {
        return key;
    }
    let mut w = key;
    for a in ARTICLES {
        if let Some(rest) = w.strip_prefix(a)
            && rest.chars().count() >= 2
        {
            w = rest;
            break;
        }
    }
    for s in SUFFIXES {
        if let Some(rest) = w.strip_suffix(s)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    w
}

/// The role a word gives (with its proclitics `و ف ب ل ك` tried off).
fn role_word(word: &str) -> Option<Role> {
    let k = normalize::key(word);
    let mut forms = vec![k.as_str()];
    let shed = |s: &str, set: &[char]| -> Option<String> {
        let mut cs = s.chars();
        let first = cs.next()?;
        (set.contains(&first) && s.chars().count() >= 4).then(|| cs.collect())
    };
    let a = shed(&k, &['و', 'ف']);
    if let Some(a) = &a {
        forms.push(a);
    }
    let b: Vec<String> = forms
        .iter()
        .filter_map(|f| shed(f, &['ب', 'ل', 'ك']))
        .collect();
    forms.extend(b.iter().map(String::as_str));
    forms
        .into_iter()
        .find_map(|f| LEX.roles.get(&term(f)).copied())
}

/// A word of a sentence: its text and char range.
pub struct Word<'s> {
    pub text: &'s str,
    pub start: usize,
    pub end: usize,
}

fn is_word_char(c: char) -> bool {
    // Arabic letters and digits first: `is_alphanumeric` takes its slow table path for
    // every non-ASCII char, and most chars of an Arabic sentence are letters.
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
        || c.is_alphanumeric()
        || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The words of `s` with char offsets.
pub fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (char index, byte index)
    let mut chars = 0usize;
    for (byte, c) in s.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some((chars, byte));
            }
        } else if let Some((cs, bs)) = start.take() {
            out.push(Word {
                text: &s[bs..byte],
                start: cs,
                end: chars,
            });
        }
        chars += 1;
    }
    if let Some((cs, bs)) = start {
        out.push(Word {
            text: &s[bs..],
            start: cs,
            end: chars,
        });
    }
    out
}

/// The context of a claim in its sentence: the words before and after its span (nearest
/// first), and the char before it.
pub struct Context<'s> {
    pub before: Vec<&'s str>,
    pub after: Vec<&'s str>,
    pub joined_with_and: bool,
}

/// Words that stand for an entity when they stand alone: `الحلف` (the Alliance) is NATO in
/// news usage, while `التحالف` is a coalition.
const ALIASES: &[(&str, &str)] = &[("حلف", "nato")];

/// The weight of a word `distance` words away from the number.
fn by_distance(distance: usize) -> f32 {
    match distance {
        0..=2 => 1.5,
        3..=4 => 1.0,
        _ => 0.5,
    }
}

impl<'s> Context<'s> {
    /// `span` is the claim's char range inside `sentence`.
    pub fn new(sentence: &'s str, span: (usize, usize)) -> Context<'s> {
        // Only the words near the span matter (at most eight each side): read 240 chars
        // either side of it, not the whole sentence (which may be a paragraph).
        const REACH: usize = 240;
        let from = span.0.saturating_sub(REACH);
        let mut byte_from = sentence.len();
        let mut byte_to = sentence.len();
        let mut before_char = None;
        for (n, (b, c)) in sentence.char_indices().enumerate() {
            if n == from {
                byte_from = b;
            }
            if n + 1 == span.0 {
                before_char = Some(c);
            }
            if n == span.1 + REACH {
                byte_to = b;
                break;
            }
        }
        if from == 0 {
            byte_from = 0;
        }
        let ws = words(&sentence[byte_from.min(byte_to)..byte_to]);
        let (s0, s1) = (span.0 - from, span.1 - from);
        // A cut word at either end of the reach is dropped.
        let edge_first = from > 0;
        let mut before: Vec<&str> = ws
            .iter()
            .enumerate()
            .filter(|(i, w)| w.end <= s0 && !(edge_first && *i == 0))
            .map(|(_, w)| w.text)
            .collect();
        before.reverse();
        let after = ws
            .iter()
            .filter(|w| w.start >= s1)
            .map(|w| w.text)
            .collect();
        let joined_with_and = before_char == Some('و');
        Context {
            before,
            after,
            joined_with_and,
        }
    }

    /// The role the nearest role word gives: one of the three words before, then the three
    /// after, then up to eight before (a number joined by `و` or `إضافة إلى` looks back
    /// first: `استشهاد عشرة … وثلاثة`).
    pub fn role(&self) -> Option<Role> {
        let back = |n: usize| self.before.iter().take(n).find_map(|w| role_word(w));
        // `إضافة إلى ثلاثة`: added to the count before, like `وثلاثة`.
        let added = self
            .before
            .iter()
            .take(2)
            .any(|w| matches!(normalize::key(w).as_str(), "اضافه" | "باضافه"));
        if (self.joined_with_and || added)
            && let Some(r) = back(8)
        {
            return Some(r);
        }
        back(3)
            .or_else(|| self.after.iter().take(3).find_map(|w| role_word(w)))
            .or_else(|| back(8))
    }

    /// Whether the count is a part of another (`بينهم 3 عمال`, `ثلاثة منهم`).
    pub fn subset(&self) -> bool {
        let is = |w: &&str| {
            let k = normalize::key(w);
            LEX.subset.contains(&k)
                || k.strip_prefix(['و', 'ف'])
                    .is_some_and(|r| LEX.subset.contains(r))
        };
        self.before.iter().take(3).any(is) || self.after.iter().take(1).any(is)
    }

    /// Terms within eight words either side, with weights by distance (1.5 for the two
    /// nearest words, 1.0 for the next two, 0.5 further): named entities as ids (found with
    /// the newsroom's lexicon ([`super::lexicon`]) and the gazetteer, across several words),
    /// other words as their concept ([`super::concepts`]) or as terms.
    pub fn window_terms(&self) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        // Before the number, in text order: the farthest first.
        let before: Vec<&str> = self.before.iter().take(8).rev().copied().collect();
        let n = before.len();
        for (side, ws) in [
            (0, before),
            (1, self.after.iter().take(8).copied().collect()),
        ] {
            let keys: Vec<String> = ws.iter().map(|w| normalize::key(w)).collect();
            let mut i = 0;
            while i < ws.len() {
                let distance = if side == 0 { n - i } else { i + 1 };
                let refs: Vec<&str> = keys[i..keys.len().min(i + 6)]
                    .iter()
                    .map(String::as_str)
                    .collect();
                if let Some(user) = super::lexicon::user() {
                    let lower: Vec<String> = refs.iter().map(|k| k.to_lowercase()).collect();
                    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
                    if let Some((t, taken)) = user.find(&lower) {
                        let last = if side == 0 {
                            n - (i + taken - 1)
                        } else {
                            distance
                        };
                        out.push((t.to_string(), by_distance(last.min(distance))));
                        i += taken;
                        continue;
                    }
                }
                let latin = !ws[i].chars().any(crate::lang::is_arabic_letter);
                let found = if latin {
                    crate::lang::entities::find_en(&ws[i..ws.len().min(i + 6)])
                } else {
                    crate::lang::entities::find_ar(&refs)
                };
                if let Some(e) = found {
                    // The entity's nearest word decides its distance.
                    let last = if side == 0 {
                        n - (i + e.words - 1)
                    } else {
                        distance
                    };
                    out.push((e.id.to_string(), by_distance(last.min(distance))));
                    i += e.words;
                    continue;
                }
                let t = term(&keys[i]);
                let t = ALIASES
                    .iter()
                    .find(|(w, _)| *w == t)
                    .map(|(_, id)| id.to_string())
                    .or_else(|| super::concepts::concept(&t).map(String::from))
                    .unwrap_or(t);
                out.push((t, by_distance(distance)));
                i += 1;
            }
        }
        out
    }
}

/// Whether a people unit takes a role from its sentence.
pub fn takes_role(unit: &str) -> bool {
    LEX.people.contains(unit)
}

/// Whether a date's words resolve through the publication date (today, yesterday, a
/// weekday) rather than naming the day.
pub fn is_relative_date(text: &str) -> bool {
    !text.chars().any(|c| c.is_numeric())
        && words(text)
            .iter()
            .any(|w| LEX.relative.contains(&normalize::key(w.text)))
}

/// The quantity a claim can be about, before its subject: its kind and unit refined by
/// role and subset (`None`: not checked).
pub fn block(kind: Kind, unit: Option<&str>, ctx: &Context<'_>) -> Option<String> {
    let base = match kind {
        Kind::Ordinal => return None,
        Kind::Number => format!("number:{}", ctx.role()?.as_str()),
        Kind::Date => "date".to_string(),
        Kind::Percent => "percent".to_string(),
        Kind::Duration => format!("duration:{}", unit.unwrap_or("")),
        Kind::Money => format!("money:{}", unit.unwrap_or("")),
        Kind::Count => {
            let unit = unit.unwrap_or("");
            let unit = match unit {
                "death" => "killed",
                u => u,
            };
            match (takes_role(unit), ctx.role()) {
                (true, Some(r)) if unit == "person" => r.as_str().to_string(),
                (true, Some(r)) => format!("{unit}:{}", r.as_str()),
                _ => unit.to_string(),
            }
        }
    };
    Some(if ctx.subset() {
        format!("{base}+part")
    } else {
        base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx_of(sentence: &str, claim: &str) -> (String, Option<Role>, bool) {
        let start = sentence.find(claim).unwrap();
        let s = sentence[..start].chars().count();
        let e = s + claim.chars().count();
        let c = Context::new(sentence, (s, e));
        (
            block(Kind::Number, None, &c).unwrap_or_default(),
            c.role(),
            c.subset(),
        )
    }

    #[test]
    fn terms_shed_article_and_suffix() {
        assert_eq!(term(&normalize::key("والتحالف")), "تحالف");
        assert_eq!(
            term(&normalize::key("اجتماعه")),
            term(&normalize::key("اجتماعا"))
        );
        assert_eq!(term("coalition"), "coalition");
        assert_eq!(term(&normalize::key("مسجد")), "مسجد");
    }

    #[test]
    fn roles_from_the_words_around() {
        let s = "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة";
        assert_eq!(ctx_of(s, "عشرة").1, Some(Role::Killed));
        assert_eq!(ctx_of(s, "ثلاثة من").1, Some(Role::Killed));
        assert_eq!(ctx_of(s, "تسعة").1, Some(Role::Injured));
        let part = "وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة";
        assert_eq!(ctx_of(part, "ثلاثة").0, "number:injured+part");
        let s = "قال المرصد إن 31 شخصًا قتلوا حينما سقطت مقاتلة";
        assert_eq!(ctx_of(s, "31").1, Some(Role::Killed));
        assert_eq!(ctx_of("تسبب بمقتل 27 شخصاً", "27").1, Some(Role::Killed));
        assert_eq!(
            ctx_of(
                "وأسفر عن استشهاد عشرة وثلاثة من العاملين وإصابة آخرين",
                "ثلاثة"
            )
            .1,
            Some(Role::Killed)
        );
        assert_eq!(ctx_of("اشترت الوزارة 12 سيارة", "12").0, "");
    }

    #[test]
    fn relative_dates() {
        assert!(is_relative_date("اليوم الأربعاء"));
        assert!(is_relative_date("أمس"));
        assert!(!is_relative_date("8 أغسطس/آب الماضي"));
        assert!(!is_relative_date("الثالث من كانون الأول/ديسمبر الجاري"));
        assert!(is_relative_date("on Wednesday"));
    }

    #[test]
    fn words_keep_diacritics_and_offsets() {
        let ws = words("وسّعت واشنطن، 23");
        let texts: Vec<&str> = ws.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["وسّعت", "واشنطن", "23"]);
        assert_eq!((ws[2].start, ws[2].end), (14, 16));
    }
}
