//! Cardinal numbers: digits, words, and both mixed (`1.5 مليون`, `مليون ونصف`, `ثلاثة آلاف
//! وخمسمائة`), fractions (`نصف`, `ثلث`), and vague quantities (`عشرات`, `آلاف`, `بضعة`,
//! `عشرات الآلاف`) with the interval they allow.
//!
//! Arabic compounds put units before tens (`ثلاثة وعشرون` = 23) and join the parts with `و`,
//! either a separate word or a clitic on the next one. Scale words multiply what comes
//! before them (`ثلاثمائة ألف`), and the parts after a scale add (`ألفان وخمسمائة`). A `و`
//! joins two parts only when Arabic would (`خمسة وعشرون` is 25; `بين خمسة وعشرة` stops at
//! five, leaving the range to the caller).

use crate::lang::FastMap;
use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::normalize;

/// A number found at a token position.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    /// Token indices, inclusive.
    pub first: usize,
    pub last: usize,
    /// Byte offsets of the match (after any proclitic of the first word).
    pub start: usize,
    pub end: usize,
    /// The value; for a vague quantity, the low end of its interval.
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// A vague quantity (`عشرات`, `آلاف`, `بضعة`, `ونيف`).
    pub vague: bool,
    /// Written with a percent sign (`40%`, `٪٤٠`).
    pub percent: bool,
    /// Some part is written in words.
    pub in_words: bool,
}

/// What a number word is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    /// 0–9 (`واحد`, `خمسة`; `أحد`/`إحدى` only in compounds).
    Unit(f64),
    /// `عشرة`/`عشر`: ten alone, or the second word of 11–19.
    Ten,
    /// 11–19 written as one word is not Arabic; 20–90.
    Tens(f64),
    /// 100–900 (`مئة`, `مئتان`, `ثلاثمائة`).
    Hundreds(f64),
    /// `مئة` alone may multiply a unit before it (`ثلاث مئة`).
    Hundred,
    /// Thousand, million … in the singular (or used after 11+): multiplies.
    Scale(f64),
    /// The dual of a scale word, a number by itself (`ألفان` = 2000).
    ScaleDual(f64),
    /// The plural of a scale word (`آلاف`, `ملايين`): multiplies a number before it, or
    /// alone is vague (`آلاف` = 2000–9999).
    ScalePlural(f64),
    Fraction(f64),
    /// The plural of a fraction, after a unit: `ثلاثة أرباع` = 3/4, `خمسة أثمان` = 5/8.
    Fractions(f64),
    /// `عشرات`, `مئات`: vague, and may multiply a following scale (`عشرات الآلاف`).
    VagueTens(f64),
    /// `بضع`, `بضعة`, `عدة`: 3–9, multiplies a following scale.
    Few {
        low: f64,
        high: f64,
    },
    /// `فاصلة`: decimal point.
    Point,
    /// `نيف`: and some more.
    Nif,
}

/// Spelled as found in news; keys are made by [`normalize::key`] at start-up.
const WORDS: &[(&str, Word)] = &[
    ("صفر", Word::Unit(0.0)),
    ("واحد", Word::Unit(1.0)),
    ("واحدة", Word::Unit(1.0)),
    ("أحد", Word::Unit(1.0)),
    ("إحدى", Word::Unit(1.0)),
    ("اثنان", Word::Unit(2.0)),
    ("اثنين", Word::Unit(2.0)),
    ("اثنتان", Word::Unit(2.0)),
    ("اثنتين", Word::Unit(2.0)),
    ("اثنا", Word::Unit(2.0)),
    ("اثني", Word::Unit(2.0)),
    ("اثنتا", Word::Unit(2.0)),
    ("اثنتي", Word::Unit(2.0)),
    ("ثلاث", Word::Unit(3.0)),
    ("ثلاثة", Word::Unit(3.0)),
    ("أربع", Word::Unit(4.0)),
    ("أربعة", Word::Unit(4.0)),
    ("خمس", Word::Unit(5.0)),
    ("خمسة", Word::Unit(5.0)),
    ("ست", Word::Unit(6.0)),
    ("ستة", Word::Unit(6.0)),
    ("سبع", Word::Unit(7.0)),
    ("سبعة", Word::Unit(7.0)),
    ("ثمان", Word::Unit(8.0)),
    ("ثماني", Word::Unit(8.0)),
    ("ثمانية", Word::Unit(8.0)),
    ("تسع", Word::Unit(9.0)),
    ("تسعة", Word::Unit(9.0)),
    ("عشر", Word::Ten),
    ("عشرة", Word::Ten),
    ("عشرون", Word::Tens(20.0)),
    ("عشرين", Word::Tens(20.0)),
    ("ثلاثون", Word::Tens(30.0)),
    ("ثلاثين", Word::Tens(30.0)),
    ("أربعون", Word::Tens(40.0)),
    ("أربعين", Word::Tens(40.0)),
    ("خمسون", Word::Tens(50.0)),
    ("خمسين", Word::Tens(50.0)),
    ("ستون", Word::Tens(60.0)),
    ("ستين", Word::Tens(60.0)),
    ("سبعون", Word::Tens(70.0)),
    ("سبعين", Word::Tens(70.0)),
    ("ثمانون", Word::Tens(80.0)),
    ("ثمانين", Word::Tens(80.0)),
    ("تسعون", Word::Tens(90.0)),
    ("تسعين", Word::Tens(90.0)),
    ("مئة", Word::Hundred),
    ("مائة", Word::Hundred),
    ("مئتان", Word::Hundreds(200.0)),
    ("مئتين", Word::Hundreds(200.0)),
    ("مئتا", Word::Hundreds(200.0)),
    ("مئتي", Word::Hundreds(200.0)),
    ("مائتان", Word::Hundreds(200.0)),
    ("مائتين", Word::Hundreds(200.0)),
    ("مائتا", Word::Hundreds(200.0)),
    ("مائتي", Word::Hundreds(200.0)),
    ("ألف", Word::Scale(1e3)),
    ("ألفا", Word::Scale(1e3)),
    ("ألفان", Word::ScaleDual(2e3)),
    ("ألفين", Word::ScaleDual(2e3)),
    ("ألفي", Word::ScaleDual(2e3)),
    ("ألفا", Word::Scale(1e3)),
    ("آلاف", Word::ScalePlural(1e3)),
    ("ألوف", Word::ScalePlural(1e3)),
    ("مليون", Word::Scale(1e6)),
    ("مليونا", Word::Scale(1e6)),
    ("مليونان", Word::ScaleDual(2e6)),
    ("مليونين", Word::ScaleDual(2e6)),
    ("مليوني", Word::ScaleDual(2e6)),
    ("ملايين", Word::ScalePlural(1e6)),
    ("مليار", Word::Scale(1e9)),
    ("مليارا", Word::Scale(1e9)),
    ("ملياران", Word::ScaleDual(2e9)),
    ("مليارين", Word::ScaleDual(2e9)),
    ("ملياري", Word::ScaleDual(2e9)),
    ("مليارات", Word::ScalePlural(1e9)),
    ("بليون", Word::Scale(1e9)),
    ("بلايين", Word::ScalePlural(1e9)),
    ("تريليون", Word::Scale(1e12)),
    ("ترليون", Word::Scale(1e12)),
    ("تريليونا", Word::Scale(1e12)),
    ("ترليونا", Word::Scale(1e12)),
    ("تريليونات", Word::ScalePlural(1e12)),
    ("ترليونات", Word::ScalePlural(1e12)),
    ("نصف", Word::Fraction(0.5)),
    ("ثلث", Word::Fraction(1.0 / 3.0)),
    ("ثلثي", Word::Fraction(2.0 / 3.0)),
    ("ثلثا", Word::Fraction(2.0 / 3.0)),
    ("ربع", Word::Fraction(0.25)),
    ("أرباع", Word::Fractions(0.25)),
    ("أخماس", Word::Fractions(0.2)),
    ("أسداس", Word::Fractions(1.0 / 6.0)),
    ("أسباع", Word::Fractions(1.0 / 7.0)),
    ("أثمان", Word::Fractions(0.125)),
    ("أتساع", Word::Fractions(1.0 / 9.0)),
    ("أعشار", Word::Fractions(0.1)),
    ("عشرات", Word::VagueTens(10.0)),
    ("مئات", Word::VagueTens(100.0)),
    (
        "بضع",
        Word::Few {
            low: 3.0,
            high: 9.0,
        },
    ),
    (
        "بضعة",
        Word::Few {
            low: 3.0,
            high: 9.0,
        },
    ),
    (
        "عدة",
        Word::Few {
            low: 3.0,
            high: 10.0,
        },
    ),
    ("فاصلة", Word::Point),
    ("نيف", Word::Nif),
    ("ونيف", Word::Nif),
    ("نيفا", Word::Nif),
];

/// `ثلاثمائة` … `تسعمائة` written as one word, in both spellings of مئة.
fn hundreds_compounds() -> Vec<(String, Word)> {
    let units = [
        ("ثلاث", 3.0),
        ("أربع", 4.0),
        ("خمس", 5.0),
        ("ست", 6.0),
        ("سبع", 7.0),
        ("ثمان", 8.0),
        ("ثماني", 8.0),
        ("تسع", 9.0),
    ];
    let mut out = Vec::new();
    for (u, v) in units {
        for h in ["مئة", "مائة"] {
            out.push((format!("{u}{h}"), Word::Hundreds(v * 100.0)));
        }
    }
    out
}

static LEXICON: LazyLock<FastMap<String, Word>> = LazyLock::new(|| {
    let mut map: FastMap<String, Word> =
        WORDS.iter().map(|(w, k)| (normalize::key(w), *k)).collect();
    for (w, k) in hundreds_compounds() {
        map.insert(normalize::key(&w), k);
    }
    map
});

/// Words whose key, after a clitic is peeled, would read as a number but never is one.
const NOT_NUMBERS: &[&str] = &["لست", "لستم", "لسن", "است", "بست", "وست"];

/// `أحد`/`إحدى` are numbers only inside 11 and 21, 31 …; alone they mean "one of".
fn is_ahad(key: &str) -> bool {
    matches!(key, "احد" | "احدي")
}

/// A word's number reading, with how many key chars of proclitic precede it.
fn word_at(token: &Token<'_>) -> Option<(Word, usize, &'static str)> {
    // (Every key of the lexicon is a start: a word none of whose stems is one is no number.)
    // (A number word's stem is in the lexicon: the tokenizer marked the word then.)
    if token.kind != TokenKind::Word || token.lex & super::lex::NUMBER == 0 {
        return None;
    }
    // (Most words are no number: the filter answers them before the map and the list.)
    let filter = &*LEXICON_FILTER;
    let (prefix, w) = token
        .stems()
        .rev()
        .filter(|(_, stem)| filter.may_have(stem))
        .find_map(|(prefix, stem)| Some((prefix, *LEXICON.get(stem)?)))?;
    if NOT_NUMBERS.contains(&token.key.as_str()) {
        return None;
    }
    Some((w, prefix.chars().count(), prefix))
}

/// The keys of [`LEXICON`].
static LEXICON_FILTER: LazyLock<crate::lang::KeyFilter> =
    LazyLock::new(|| crate::lang::KeyFilter::new(LEXICON.keys().map(String::as_str)));

/// Keys of every number word.
pub fn keys() -> impl Iterator<Item = &'static str> {
    LEXICON.keys().map(String::as_str)
}

/// The value of a scale word in the singular (`ألف`, `مليونا`, `مليار`), without proclitics.
pub fn scale_value(token: &Token<'_>) -> Option<f64> {
    match word_at(token)? {
        (Word::Scale(s), 0, _) => Some(s),
        _ => None,
    }
}

/// The scale word (singular or plural, without proclitics) that `n` ends on, the largest in
/// it: `5 ملايين`, `خمسة آلاف مليار` (not `مليون وخمسمائة ألف`).
pub fn trailing_scale(tokens: &[Token<'_>], n: Option<&Num>) -> Option<f64> {
    let n = n?;
    if n.last == n.first && tokens.get(n.first)?.number().is_some() {
        return None;
    }
    let s = match word_at(tokens.get(n.last)?)? {
        (Word::Scale(s) | Word::ScalePlural(s), 0, _) => s,
        _ => return None,
    };
    let larger = tokens.get(n.first..n.last)?.iter().any(|t| {
        matches!(word_at(t), Some((Word::Scale(v) | Word::ScalePlural(v), _, _)) if v > s)
            || matches!(word_at(t), Some((Word::ScaleDual(v), _, _)) if v / 2.0 > s)
    });
    (!larger).then_some(s)
}

/// Whether `key` (a word's key, no proclitics) is a scale word, singular or plural
/// (`الف`, `مليار`, `ملايين`).
pub fn is_scale_key(key: &str) -> bool {
    matches!(
        LEXICON.get(key),
        Some(Word::Scale(_) | Word::ScalePlural(_))
    )
}

/// The value of a scale word that multiplies a number before it, singular or plural
/// (`ألف`, `ملايين`: 1e3, 1e6), without proclitics.
pub fn multiplier_value(token: &Token<'_>) -> Option<f64> {
    match word_at(token)? {
        (Word::Scale(s) | Word::ScalePlural(s), 0, _) => Some(s),
        _ => None,
    }
}

/// Whether `token` is a scale word that multiplies a number before it, singular or plural
/// (`ألف`, `مليار`, `آلاف`, `ملايين`), without proclitics.
pub fn is_multiplier(token: &Token<'_>) -> bool {
    matches!(
        word_at(token),
        Some((Word::Scale(_) | Word::ScalePlural(_), 0, _))
    )
}

/// Whether `token` is a cardinal number word (not a fraction: `الربع`, `النصف`), with or
/// without a proclitic.
pub fn is_cardinal_word(token: &Token<'_>) -> bool {
    matches!(
        word_at(token),
        Some((
            Word::Unit(_) | Word::Ten | Word::Tens(_) | Word::Hundreds(_) | Word::Scale(_),
            _,
            _
        ))
    )
}

/// `الأربعة`, `الخمسة عشر`: a cardinal from three to nineteen with the article, as it
/// agrees with a definite noun before it (`الأيام الأربعة`). Its value and last token.
pub fn definite_cardinal(tokens: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    let (word, _, prefix) = word_at(tokens.get(i)?)?;
    let Word::Unit(v) = word else {
        return None;
    };
    if !prefix.ends_with("ال") || !(3.0..=10.0).contains(&v) {
        return None;
    }
    match tokens.get(i + 1).and_then(word_at) {
        Some((Word::Ten, 0, _)) if v < 10.0 => Some((v + 10.0, i + 1)),
        _ => Some((v, i)),
    }
}

/// Whether `token` is a number word (any kind, with or without a proclitic).
pub fn is_number_word(token: &Token<'_>) -> bool {
    word_at(token).is_some()
}

/// The `و` that joins parts: a separate word `و`, or a clitic on the next word.
fn joined_by_wa(tokens: &[Token<'_>], j: usize) -> Option<(usize, bool)> {
    let t = tokens.get(j)?;
    if t.kind == TokenKind::Word && t.key == "و" {
        return Some((j + 1, false));
    }
    if t.kind == TokenKind::Word && t.key.starts_with('و') {
        return Some((j, true));
    }
    None
}

/// The part of a number being built: what its last component was, so that `و` only joins
/// what Arabic joins.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    Unit,
    Ten,
    Teen,
    Tens,
    Hundreds,
    Scale(f64),
    Fraction,
}

struct Builder {
    /// What completed scale groups add up to (`ثلاثة آلاف` in `ثلاثة آلاف وخمسمائة`).
    total: f64,
    /// The group being built, below the next scale word.
    group: f64,
    last: Last,
    /// The value of the last part added to `group`.
    last_value: f64,
}

impl Builder {
    fn new(total: f64, group: f64, last: Last) -> Builder {
        Builder {
            total,
            group,
            last,
            last_value: group,
        }
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }
}

/// Reads the number starting at token `i`, if there is one.
pub fn parse_at(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    let first = tokens.get(i)?;
    // Digits: `1.5`, then an optional scale word (`1.5 مليون`, `100 ألف`, `3 ملايين`).
    if let TokenKind::Number { value, percent } = first.kind {
        return Some(
            super::ar70::grouped(tokens, i)
                .unwrap_or_else(|| after_digits(tokens, i, value, percent)),
        );
    }
    if let Some(num) = super::ar70::definite_scale_fraction(tokens, i) {
        return Some(num);
    }
    let (word, mut prefix_chars, prefix) = word_at(first)?;
    // `الستة عشر موسما`: a teen with the article (sixteen), which no ordinal reads; the
    // article is part of the number.
    // So is a unit with the article before a plural scale: `الأربعة آلاف عام` (the four
    // thousand years), `الثلاثة ملايين`.
    // (`للخمسة عشر عاما`: `لل` is `ل` and the article, its alif dropped.)
    let definite = prefix.ends_with("ال") || prefix.ends_with("لل");
    let definite_teen = definite
        && matches!(word, Word::Unit(v) if (3.0..=10.0).contains(&v))
        && match tokens.get(i + 1).and_then(word_at) {
            Some((Word::Ten, 0, _)) => matches!(word, Word::Unit(v) if v < 10.0),
            Some((Word::ScalePlural(_), 0, _)) => true,
            _ => matches!(word, Word::Unit(v) if v < 10.0) && definite_tens_after(tokens, i),
        };
    // `العشرين مليار يورو`, `الخمسين ألف شخص`: a cardinal with the article is read as a
    // number when the number it starts ends on a scale word (checked once it is built).
    let definite_scaled = !definite_teen
        && definite
        && matches!(
            word,
            Word::Unit(_) | Word::Ten | Word::Tens(_) | Word::Hundred | Word::Hundreds(_)
        )
        && !matches!(word, Word::Unit(v) if v < 2.0);
    if (definite_teen || definite_scaled) && prefix.ends_with("ال") {
        prefix_chars -= 2;
    }
    if !prefix.is_empty() && !matches!(prefix, "و" | "ب" | "ل" | "ف" | "وب" | "ول" | "فب" | "فل")
    {
        // `ال` + number word is an adjective or a noun (`الخمسة`, `الألف`), not a quantity
        // on its own; dates and ordinals read those.
        if !definite
            || !(definite_teen
                || definite_scaled
                || matches!(word, Word::VagueTens(_) | Word::ScalePlural(_)))
        {
            return None;
        }
    }
    // `بعده` (after him) folds to the key of `بعدة` (with several): `عدة` is written with
    // ta marbuta, a final ha is the pronoun.
    if matches!(word, Word::Few { high: 10.0, .. }) && first.text.ends_with('ه') {
        return None;
    }
    let start = first.offset_after_key_chars(prefix_chars);
    let stem_key = &first.key[prefix.len()..];
    let mut num = match word {
        Word::Unit(v) => {
            if v == 1.0 && is_ahad(stem_key) && !teen_follows(tokens, i) {
                return None;
            }
            // `وأحد` (and one of, or the place `أحد رفيعة`) folds to the key of `واحد`.
            if v == 1.0 && first.text.chars().nth(1) == Some('أ') && !teen_follows(tokens, i) {
                return None;
            }
            // `أثنى` (he praised) folds to the key of `اثني`; the number before a noun is
            // written with a final ya, and with alif maqsura only in `اثنى عشر`.
            if v == 2.0
                && stem_key == "اثني"
                && first.text.trim_end_matches(is_mark).ends_with('ى')
                && !teen_follows(tokens, i)
            {
                return None;
            }
            // `بصفر`: a name (`عبد الله بصفر`), not «with zero».
            if v == 0.0 && !prefix.is_empty() {
                return None;
            }
            if v == 1.0 && i > 0 && tokens[i - 1].key == "اي" {
                // `أي واحد`: "which one", not a count.
                return None;
            }
            if v == 5.0 && stem_key == "خمس" && next_is_definite(tokens, i) {
                // `خمس السكان`: a fifth of the population.
                exact(i, i, 0.2)
            } else {
                words_from(tokens, i, Builder::new(0.0, v, Last::Unit))
            }
        }
        // `الخمسة عشر` whose first word was not read (`كالخمسة عشر`): not ten alone.
        Word::Ten if prefix.is_empty() && i > 0 && unit_before(tokens, i) => return None,
        Word::Ten => words_from(tokens, i, Builder::new(0.0, 10.0, Last::Ten)),
        Word::Tens(v) => words_from(tokens, i, Builder::new(0.0, v, Last::Tens)),
        Word::Hundred => words_from(tokens, i, Builder::new(0.0, 100.0, Last::Hundreds)),
        Word::Hundreds(v) => words_from(tokens, i, Builder::new(0.0, v, Last::Hundreds)),
        Word::Scale(s) => words_from(tokens, i, Builder::new(s, 0.0, Last::Scale(s))),
        Word::ScaleDual(v) => words_from(tokens, i, Builder::new(v, 0.0, Last::Scale(v / 2.0))),
        Word::ScalePlural(s) => vague(i, 2.0 * s, 10.0 * s - 1.0),
        Word::VagueTens(t) => {
            // `عشرات الآلاف`, `مئات الملايين`
            if let Some((Word::ScalePlural(s), _, _)) = tokens.get(i + 1).and_then(word_at) {
                vague(i + 1, 2.0 * t * s, 10.0 * t * s - 1.0)
            } else {
                vague(i, 2.0 * t, 10.0 * t - 1.0)
            }
        }
        // ar73: `بضع وعشرون`, `بضعة عشر`.
        Word::Few { low, high }
            if high < 10.0 && super::ar73::tens_after_few(tokens, i).is_some() =>
        {
            let (last, tens) = super::ar73::tens_after_few(tokens, i)?;
            vague(last, tens + low, tens + high)
        }
        Word::Few { low, high } => match tokens.get(i + 1).and_then(word_at) {
            Some((Word::ScalePlural(s) | Word::Scale(s), _, _)) => vague(i + 1, low * s, high * s),
            Some((Word::VagueTens(t), _, _)) => vague(i + 1, low * t, high * t),
            _ => vague(i, low, high),
        },
        Word::Fraction(f) => {
            // `ربع النهائي`, `نصف نهائي`: a round of a cup (quarter-, semi-final); `نصف سنوية`,
            // `نصف شهري`, `نصف ماراثون`: an adjective or a compound noun, not a quantity.
            if tokens.get(i + 1).is_some_and(|t| {
                t.stems().any(|(_, s)| {
                    matches!(s, "نهايي" | "سنوي" | "سنويه" | "شهري" | "شهريه" | "ماراثون")
                })
            }) {
                return None;
            }
            // `خمس` is five; `ثلث`, `ربع`, `نصف` are fractions, also of a scale:
            // `نصف مليون`.
            match tokens.get(i + 1).and_then(word_at) {
                Some((Word::Scale(s), 0, _)) => exact(i, i + 1, f * s),
                _ => exact(i, i, f),
            }
        }
        // ar73: `نيف وثلاثون`.
        Word::Nif => return super::ar73::nif_before(tokens, i),
        Word::Point | Word::Fractions(_) => return None,
    };
    // `المائة والثلاثة والتسعون عضوا`: definite hundreds, then definite parts after `و`
    // (193); not the percent word `في المائة`.
    let definite_hundreds = definite_scaled
        && matches!(word, Word::Hundred | Word::Hundreds(_))
        && num.last > i
        && !(i > 0 && tokens[i - 1].key == "في")
        && tokens.get(i + 1).is_some_and(|t| {
            matches!(
                word_at(t),
                Some((Word::Unit(_) | Word::Ten | Word::Tens(_), _, "وال"))
            )
        });
    if definite_scaled
        && !definite_hundreds
        && !(num.last > i
            && matches!(
                word_at(&tokens[num.last]),
                Some((Word::Scale(_) | Word::ScalePlural(_), 0, _))
            ))
    {
        return None;
    }
    num.first = i;
    num.start = start;
    num.end = tokens[num.last].end;
    num.in_words = true;
    Some(num)
}

/// A ratio after the number `n` just read: `واحدة من كل ثلاث` (one in three, any numbers),
/// `واحد من مليون` (one in a round scale word), `واحد على مائة` (one over a hundred, both in
/// words). Gives the quotient, spanning both numbers. Left alone: `أربعة من ستة اتحادات`
/// (four of six: two counts in news), digits before a bare `من` (`ارتفع إلى 52.7 من 53.5`,
/// a change), and digits around `على` (scores, `فاز 3 على 1`).
pub fn ratio_after(tokens: &[Token<'_>], n: &Num) -> Option<Num> {
    if n.percent || n.vague || n.value <= 0.0 {
        return None;
    }
    let link = tokens.get(n.last + 1)?;
    if link.kind != TokenKind::Word {
        return None;
    }
    let key_at = |k: usize| tokens.get(k).map(|t| t.key.as_str());
    let (j, every) = match link.key.as_str() {
        "من" if key_at(n.last + 2) == Some("كل") => (n.last + 3, true),
        // `واحد من بين كل أربعة`
        "من" if key_at(n.last + 2) == Some("بين") && key_at(n.last + 3) == Some("كل") => {
            (n.last + 4, true)
        }
        "من" | "علي" if n.in_words => (n.last + 2, false),
        _ => return None,
    };
    let m = parse_at(tokens, j)?;
    if m.percent || m.vague || m.value <= 0.0 || m.first != j || tokens[j].start != m.start {
        return None;
    }
    let fits = if every {
        m.value >= n.value
    } else if link.key == "من" {
        // Only a round scale word alone: `واحد من ألف`, not `واحد من ثلاثة مؤسسين`; or one
        // of a number in words before a verb or the end of the clause, nothing counted
        // (`واحد من خمسة يعلم بإصابته`: one in five knows).
        let verb_or_end = tokens.get(m.last + 1).is_none_or(|t| {
            t.kind != TokenKind::Word
                || (t.key.starts_with('ي')
                    && !["ين", "ون", "ات", "يه", "ه"]
                        .iter()
                        .any(|e| t.key.ends_with(e)))
        });
        m.in_words
            && m.first == m.last
            && m.value > n.value
            && (matches!(
                word_at(&tokens[j]),
                Some((Word::Scale(_) | Word::Hundred, 0, _))
            ) || (n.value == 1.0 && n.in_words && verb_or_end))
    } else {
        m.in_words
    };
    if !fits {
        return None;
    }
    Some(Num {
        last: m.last,
        end: m.end,
        value: n.value / m.value,
        low: n.value / m.value,
        high: n.value / m.value,
        in_words: n.in_words || m.in_words,
        ..n.clone()
    })
}

/// A diacritic or tatweel, which keys drop.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}')
}

fn next_is_definite(tokens: &[Token<'_>], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.key.starts_with("ال"))
}

/// `الأربع وعشرين`, `الخمس والعشرين`: a tens word joined by `و` (with or without the
/// article) after the definite unit at `i`, one number (24, 25).
fn definite_tens_after(tokens: &[Token<'_>], i: usize) -> bool {
    joined_by_wa(tokens, i + 1).is_some_and(|(j, clitic)| {
        matches!(tokens.get(j).and_then(word_at), Some((Word::Tens(_), _, p))
            if if clitic { p == "و" || p == "وال" } else { p.is_empty() || p == "ال" })
    })
}

/// Whether the word before `i` is a unit 3–9 (any proclitic), as before the `عشر` of a
/// teen (not `الاثنين`, `الأحد`: Monday, Sunday).
fn unit_before(tokens: &[Token<'_>], i: usize) -> bool {
    matches!(
        tokens.get(i - 1).and_then(word_at),
        Some((Word::Unit(v), _, _)) if (3.0..10.0).contains(&v)
    )
}

fn teen_follows(tokens: &[Token<'_>], i: usize) -> bool {
    matches!(tokens.get(i + 1).and_then(word_at), Some((Word::Ten, 0, _)))
        || joined_by_wa(tokens, i + 1).is_some_and(|(j, _)| {
            matches!(tokens.get(j).and_then(word_at), Some((Word::Tens(_), _, _)))
        })
}

pub(super) fn exact(first: usize, last: usize, value: f64) -> Num {
    Num {
        first,
        last,
        start: 0,
        end: 0,
        value,
        low: value,
        high: value,
        vague: false,
        percent: false,
        in_words: false,
    }
}

fn vague(last: usize, low: f64, high: f64) -> Num {
    Num {
        vague: true,
        low,
        high,
        ..exact(last, last, low)
    }
}

/// After digits: a scale word multiplies (`1.5 مليون`, `100 ألف`, `3 ملايين`), then
/// `ونصف` may add half of it.
fn after_digits(tokens: &[Token<'_>], i: usize, value: f64, percent: bool) -> Num {
    if let Some(num) = spaced_wire_decimal(tokens, i, value, percent) {
        return num;
    }
    let mut num = exact(i, i, value);
    num.percent = percent;
    let touching = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    // A fraction `٧٧/١٠٠`: only with a denominator that cannot be a month, so that a
    // day/month stays a date for the date reader.
    if !percent
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct('/'))
        && let Some(denominator) = tokens.get(i + 2).and_then(Token::number)
        && touching(i, i + 1)
        && touching(i + 1, i + 2)
        && denominator > 12.0
        // `1436/1437هـ` is a pair of years, not a fraction.
        && !((1300.0..=2100.0).contains(&value) && (1300.0..=2100.0).contains(&denominator))
        && !tokens
            .get(i + 3)
            .is_some_and(|t| t.kind == TokenKind::Punct('/'))
    {
        num = exact(i, i + 2, value / denominator);
    }
    // `1 فاصلة 25`: a decimal point in words between digits.
    if let Some((Word::Point, 0, _)) = tokens.get(i + 1).and_then(word_at)
        && let Some(t) = tokens.get(i + 2)
        && let Some(frac) = t.number()
        && value.fract() == 0.0
        && frac.fract() == 0.0
    {
        let digits = t.text.chars().filter(|c| c.is_numeric()).count() as i32;
        let sign = if value < 0.0 { -1.0 } else { 1.0 };
        num = exact(i, i + 2, value + sign * frac / 10f64.powi(digits));
    }
    // `(13) مليون راكب`: a number in brackets, then its scale word (`(4,195,000) ملايين` is
    // a slip, not four trillion: see below).
    // So is one in quotes (`“34” مليون وحدة`).
    let in_brackets = i > 0
        && matches!(tokens[i - 1].kind, TokenKind::Punct('(' | '"' | '“' | '«'))
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')' | '"' | '”' | '»')));
    // Six digits or more in brackets (`(45,510,420)`, `(400000)`) are the whole amount; fewer
    // are the amount in the scale, as accounts write it (`(2424) ألف ريال`: 2,424,000).
    // A decimal of 1000 or more (`(37,775.000)`) is a whole amount too.
    let whole = value >= 1000.0
        && (tokens[i].text.chars().filter(|c| c.is_numeric()).count() >= 6 || value.fract() != 0.0);
    let bracketed = in_brackets && !whole;
    let scale_at = if bracketed { i + 2 } else { i + 1 };
    let mut start = tokens[i].start;
    // `(45,510,420) مليون ريال`: a whole amount in brackets already; the scale word after it
    // restates it and is taken with it (never a claim of one million by itself).
    if !percent
        && in_brackets
        && !bracketed
        && whole
        && num.last == i
        && let Some((Word::Scale(_) | Word::ScalePlural(_), 0, _)) =
            tokens.get(i + 2).and_then(word_at)
    {
        // `( 37,775.000) مليون ريال`, `(253,753.468) مليون`: commas and a dot before groups of
        // three digits all group thousands in such a restated amount (37,775,000), as the
        // whole amounts around it are written (`(67,898,290) مليون ريال`).
        num = exact(i, i + 2, mixed_thousands(tokens[i].text).unwrap_or(value));
        start = tokens[i - 1].start;
    }
    if !percent
        && (num.last == i || bracketed)
        && let Some((Word::Scale(s) | Word::ScalePlural(s), 0, _)) =
            tokens.get(scale_at).and_then(word_at)
    {
        // ar64: `19,985,139 مليون` (a whole amount), `17,106 آلاف` (a decimal comma).
        match super::ar64::digits_before_scale(tokens[i].text, value, s) {
            super::ar64::Scaled::Whole(w) if !bracketed => num = exact(i, scale_at, w),
            scaled => {
                let base = match scaled {
                    super::ar64::Scaled::Base(v) if !bracketed => v,
                    _ => value,
                };
                let mut b = Builder::new(base * s, 0.0, Last::Scale(s));
                let last = continue_words(tokens, scale_at, &mut b);
                num = exact(i, last, b.value());
            }
        }
        num.in_words = true;
        if bracketed {
            start = tokens[i - 1].start;
        }
    }
    num.start = start;
    num.end = tokens[num.last].end;
    num.first = i;
    num.percent = percent;
    num
}

/// `4 ر 124 مليون`: the wire's reversed decimal (`4ر124`, fraction first) written with
/// spaces, 124.4 million; a scale word after it multiplies. Not in a chain of `ر`
/// (`999 ر 999 ر 2`).
fn spaced_wire_decimal(tokens: &[Token<'_>], i: usize, frac: f64, percent: bool) -> Option<Num> {
    if !percent && let Some(num) = super::ar83::wire_groups(tokens, i) {
        return Some(num);
    }
    let ra = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text == "ر")
    };
    // ar122: `6. 337 بنس`: the same backwards decimal typed with a dot and a space, from a
    // lone digit (the sentence reader keeps it whole).
    let dot = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct('.'))
            && tokens[k - 1].end == tokens[k].start
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.start == tokens[k].end + 1)
    };
    let dotted = !ra(i + 1)
        && dot(i + 1)
        && !dot(i + 3)
        && plain(tokens, i).is_some_and(|(_, d)| d == 1)
        && (i == 0 || tokens[i - 1].end < tokens[i].start);
    if percent || !(ra(i + 1) || dotted) || ra(i + 3) || i > 0 && ra(i - 1) {
        return None;
    }
    let (_, frac_digits) = plain(tokens, i)?;
    let (int, _) = plain(tokens, i + 2)?;
    let value = int + frac / 10f64.powi(i32::try_from(frac_digits).ok()?);
    let mut num = exact(i, i + 2, value);
    if let Some((Word::Scale(s) | Word::ScalePlural(s), 0, _)) = tokens.get(i + 3).and_then(word_at)
    {
        let mut b = Builder::new(value * s, 0.0, Last::Scale(s));
        let last = continue_words(tokens, i + 3, &mut b);
        num = exact(i, last, b.value());
        num.in_words = true;
    }
    num.start = tokens[i].start;
    num.end = tokens[num.last].end;
    Some(num)
}

/// `37,775.000`, `253,753.468`: digits grouped by threes with both `,` and `.` read as one
/// whole number; None for any other writing.
fn mixed_thousands(text: &str) -> Option<f64> {
    if !(text.contains(',') && text.contains('.')) {
        return None;
    }
    let groups: Vec<&str> = text.split([',', '.']).collect();
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let ok = groups.iter().all(|g| digits(g))
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    ok.then(|| groups.concat().parse().ok()).flatten()
}

fn words_from(tokens: &[Token<'_>], i: usize, mut b: Builder) -> Num {
    let last = continue_words(tokens, i, &mut b);
    // `ونيف`: "and some" after a round number.
    if let Some((Word::Nif, _, _)) = tokens.get(last + 1).and_then(word_at) {
        let v = b.value();
        let step = 10f64.powi(v.abs().log10().floor().max(1.0) as i32);
        return Num {
            vague: true,
            low: v + 1.0,
            high: v + step - 1.0,
            ..exact(i, last + 1, v + 1.0)
        };
    }
    exact(i, last, b.value())
}

/// Extends a number in words from token `i` as far as Arabic joins its parts; returns the
/// index of the last token taken.
fn continue_words(tokens: &[Token<'_>], mut i: usize, b: &mut Builder) -> usize {
    loop {
        let next = i + 1;
        // `مليون 760 ألف`: a scale word, then digits and a smaller scale without `و`, adds
        // them (1,760,000).
        if let Last::Scale(s) = b.last
            && b.group == 0.0
            && s >= 1e6
            && let Some(v) = tokens.get(next).and_then(Token::number)
            && (1.0..1000.0).contains(&v)
            && v.fract() == 0.0
            && let Some((Word::Scale(t) | Word::ScalePlural(t), 0, _)) =
                tokens.get(next + 1).and_then(word_at)
            && t < s
        {
            b.total += v * t;
            b.last = Last::Scale(t);
            i = next + 1;
            continue;
        }
        // ar134: `19 ألف 224 وحدة`: thousands, then the rest in digits without `و`.
        if b.last == Last::Scale(1e3)
            && b.group == 0.0
            && let Some(v) = super::ar134::thousands_remainder(tokens, i)
        {
            b.group += v;
            b.last = Last::Hundreds;
            b.last_value = v;
            return next;
        }
        // Parts that follow directly: teens, `ثلاث مئة`, scale words.
        if let Some((w, 0, _)) = tokens.get(next).and_then(word_at) {
            match (w, b.last) {
                (Word::Ten, Last::Unit) if b.last_value > 0.0 && b.last_value < 10.0 => {
                    b.group += 10.0;
                    b.last_value += 10.0;
                    b.last = Last::Teen;
                    i = next;
                    continue;
                }
                (Word::Fractions(f), Last::Unit | Last::Ten) if b.total == 0.0 => {
                    b.group = b.last_value * f;
                    b.last = Last::Fraction;
                    i = next;
                    continue;
                }
                (Word::Hundred, Last::Unit) if b.last_value >= 1.0 && b.last_value < 10.0 => {
                    b.group += b.last_value * 99.0;
                    b.last_value *= 100.0;
                    b.last = Last::Hundreds;
                    i = next;
                    continue;
                }
                // (`ثلاثة أرباع مليار`, `ثلاثة ونصف ترليون`: a fraction read first is
                // multiplied by the scale after it, ar120.)
                (Word::Scale(s) | Word::ScalePlural(s), last)
                    if (!matches!(last, Last::Scale(_) | Last::Fraction)
                        || last == Last::Fraction && b.total == 0.0)
                        && b.group > 0.0
                        && b.group < s
                        && (b.total == 0.0 || b.total >= s * 1000.0) =>
                {
                    b.total += b.group * s;
                    b.group = 0.0;
                    b.last = Last::Scale(s);
                    i = next;
                    continue;
                }
                // `خمسة آلاف مليار`: thousands of a larger scale multiply it (5,000 billion).
                (Word::Scale(t), Last::Scale(s))
                    if s == 1e3 && t >= 1e6 && b.group == 0.0 && b.total < t =>
                {
                    b.total *= t;
                    b.last = Last::Scale(t);
                    i = next;
                    continue;
                }
                (Word::Point, Last::Unit | Last::Ten | Last::Teen | Last::Tens)
                    if b.total == 0.0 =>
                {
                    if let Some(frac) = decimal_digits(tokens, next + 1) {
                        b.group += frac.0;
                        i = frac.1;
                    }
                    return i;
                }
                _ => {}
            }
        }
        // Parts joined by `و`.
        let Some((j, clitic)) = joined_by_wa(tokens, next) else {
            return i;
        };
        // `1.2 مليون و1.3 مليون`, `خمسة آلاف وستة آلاف`: a second number with a scale as
        // large is another number (the other end of a range, a second amount), not a part;
        // but `مليار ونصف مليار` is one and a half billion.
        // So is one whose scale comes after a smaller one (`٣٥٠٠ مليار وخمسة آلاف مليار`).
        if let Last::Scale(s) = b.last
            && let Some((k, t)) = larger_scale_ahead(tokens, j + 1, s)
        {
            if k == j + 1
                && t == s
                && let Some((Word::Fraction(f), _, _)) = tokens.get(j).and_then(word_at)
                && b.group == 0.0
            {
                b.group = f * s;
                b.last = Last::Fraction;
                b.last_value = f * s;
                i = j + 1;
                continue;
            }
            return i;
        }
        // `12 ألفا و600`: digits after a scale add when smaller than it.
        if let Last::Scale(s) = b.last
            && let Some(v) = tokens.get(j).and_then(Token::number)
            && v < s
            && v > 0.0
        {
            b.group += v;
            b.last = Last::Hundreds;
            b.last_value = v;
            i = j;
            continue;
        }
        let Some(tok) = tokens.get(j) else { return i };
        let Some((w, prefix_chars, _)) = word_at(tok) else {
            return i;
        };
        if clitic && prefix_chars == 0 {
            // A word that starts with و but is a number word itself (none do): stop.
            return i;
        }
        let joins = match (w, b.last) {
            (Word::Tens(v), Last::Unit) if b.last_value < 10.0 => Some((v, Last::Tens)),
            (Word::Unit(v), Last::Hundreds | Last::Scale(_)) if v >= 1.0 => Some((v, Last::Unit)),
            (Word::Ten, Last::Hundreds | Last::Scale(_)) => Some((10.0, Last::Ten)),
            (Word::Tens(v), Last::Hundreds | Last::Scale(_)) => Some((v, Last::Tens)),
            (Word::Hundred, Last::Scale(_)) => Some((100.0, Last::Hundreds)),
            (Word::Hundreds(v), Last::Scale(_)) => Some((v, Last::Hundreds)),
            (Word::Fraction(f), last) if last != Last::Fraction => {
                let of = match last {
                    Last::Scale(s) => s,
                    _ => 1.0,
                };
                Some((f * of, Last::Fraction))
            }
            _ => None,
        };
        let Some((v, last)) = joins else { return i };
        // `مليارا وربع المليار`: the fraction's scale again, with the article.
        let scale_again = match (w, b.last) {
            (Word::Fraction(_), Last::Scale(s)) => matches!(
                tokens.get(j + 1).and_then(word_at),
                Some((Word::Scale(t), _, "ال")) if t == s
            ),
            _ => false,
        };
        // A smaller scale after a larger one starts a new group that the scale multiplies
        // (`مليون وخمسمائة ألف`), handled by the direct-scale rule on the next round.
        b.group += v;
        b.last = last;
        b.last_value = v;
        i = j + usize::from(scale_again);
    }
}

/// The first scale word as large as `s` among the number words from `k` on (up to four,
/// without proclitics), with its index.
fn larger_scale_ahead(tokens: &[Token<'_>], k: usize, s: f64) -> Option<(usize, f64)> {
    for at in k..k + 4 {
        match tokens.get(at).and_then(word_at) {
            Some((Word::Scale(t) | Word::ScalePlural(t), 0, _)) if t >= s => return Some((at, t)),
            Some((Word::Point | Word::Nif, _, _)) | None => return None,
            Some((_, 0, _)) => {}
            Some(_) => return None,
        }
    }
    None
}

/// Digits after `فاصلة` in words or digits: returns (fraction, last token index).
fn decimal_digits(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    let t = tokens.get(j)?;
    let (v, text) = match (&t.kind, word_at(t)) {
        (TokenKind::Number { value, .. }, _) => (*value, t.text.to_string()),
        (_, Some((Word::Unit(v), 0, _))) => (v, format!("{v}")),
        _ => return None,
    };
    let digits = text.chars().filter(|c| c.is_numeric()).count().max(1) as i32;
    Some((v / 10f64.powi(digits), j))
}

/// Digits only at token `k` (no sign, no separator): the value and the number of digits.
pub(super) fn plain(tokens: &[Token<'_>], k: usize) -> Option<(f64, usize)> {
    let t = tokens.get(k)?;
    match t.kind {
        TokenKind::Number {
            value,
            percent: false,
        } if value >= 0.0 && t.text.chars().all(|c| c.is_numeric()) => {
            Some((value, t.text.chars().count()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    /// The first number in `text`: (matched text, value, low, high).
    fn first(text: &str) -> Option<(String, f64, f64, f64)> {
        let tokens = tokenize(text, 0);
        (0..tokens.len())
            .find_map(|i| parse_at(&tokens, i))
            .map(|n| (text[n.start..n.end].to_string(), n.value, n.low, n.high))
    }

    macro_rules! cases {
        ($($name:ident: $text:expr => $span:expr, $value:expr;)*) => {$(
            #[test]
            fn $name() {
                let (span, value, _, _) = first($text).unwrap_or_else(|| panic!("no number in {}", $text));
                assert_eq!((span.as_str(), value), ($span, $value as f64), "{}", $text);
            }
        )*};
    }

    cases! {
        hundreds_and_compound: "ثلاثمائة وخمسة وعشرون" => "ثلاثمائة وخمسة وعشرون", 325;
        hundred_and_teen: "مئة وثلاثة عشر" => "مئة وثلاثة عشر", 113;
        thousand_and_year: "ألفين وأربعة عشر" => "ألفين وأربعة عشر", 2014;
        fifth_of: "خمس السكان" => "خمس", 0.2;
        unit: "قتل خمسة أشخاص" => "خمسة", 5;
        unit_with_clitic: "وخمسة محاور" => "خمسة", 5;
        teen: "ثلاثة عشر جنديا" => "ثلاثة عشر", 13;
        teen_feminine: "إحدى عشرة دولة" => "إحدى عشرة", 11;
        teen_ithna: "اثنا عشر شهرا" => "اثنا عشر", 12;
        ten_alone: "عشرة أيام" => "عشرة", 10;
        tens: "ستين دولة" => "ستين", 60;
        compound: "ثلاثة وعشرون" => "ثلاثة وعشرون", 23;
        compound_spaced: "واحدة و عشرون" => "واحدة و عشرون", 21;
        compound_ahad: "أحد وعشرين" => "أحد وعشرين", 21;
        hundreds: "خمسمائة وخمسة وعشرون" => "خمسمائة وخمسة وعشرون", 525;
        hundreds_spaced: "ثلاث مئة رجل" => "ثلاث مئة", 300;
        two_hundred: "مائتين" => "مائتين", 200;
        thousands_plural: "ثلاثة آلاف مقاتل" => "ثلاثة آلاف", 3000;
        thousand_after_hundreds: "ثلاثمائة ألف" => "ثلاثمائة ألف", 300_000;
        thousands_and_more: "ثلاثة آلاف وخمسمائة" => "ثلاثة آلاف وخمسمائة", 3500;
        dual_scale: "ألفين" => "ألفين", 2000;
        dual_scale_and_more: "ألفان وخمسمائة" => "ألفان وخمسمائة", 2500;
        million: "مليون" => "مليون", 1_000_000;
        million_and_half: "مليون ونصف" => "مليون ونصف", 1_500_000;
        billion_and_quarter_of_the_billion: "مليارا وربع المليار دولار" => "مليارا وربع المليار", 1_250_000_000;
        millions_plural: "3 ملايين" => "3 ملايين", 3_000_000;
        digits_and_scale: "1.5 مليون دولار" => "1.5 مليون", 1_500_000;
        digits_and_thousand: "100 ألف" => "100 ألف", 100_000;
        digits_and_plural: "10 آلاف" => "10 آلاف", 10_000;
        arabic_digits_and_billion: "٣٫٥ مليار دولار" => "٣٫٥ مليار", 3_500_000_000u64;
        half_million: "نصف مليون" => "نصف مليون", 500_000;
        mixed_big: "ثلاثة ملايين وخمسمائة ألف" => "ثلاثة ملايين وخمسمائة ألف", 3_500_000;
        point: "واحد فاصلة واحد" => "واحد فاصلة واحد", 1.1;
        digit_point: "1 فاصلة 1" => "1 فاصلة 1", 1.1;
        zero: "صفر" => "صفر", 0;
        three_quarters: "ثلاثة أرباع السكان" => "ثلاثة أرباع", 0.75;
        five_eighths: "خمسة أثمان الكأس" => "خمسة أثمان", 0.625;
    }

    #[test]
    fn ranges_in_words_stop_at_the_second_number() {
        assert_eq!(first("بين خمسة وعشرة").unwrap().1, 5.0);
        assert_eq!(first("بين عشرة وعشرين").unwrap().1, 10.0);
    }

    #[test]
    fn vague_quantities_have_intervals() {
        let v = |t: &str| {
            let (s, _, lo, hi) = first(t).unwrap();
            (s, lo, hi)
        };
        assert_eq!(v("عشرات القتلى"), ("عشرات".into(), 20.0, 99.0));
        assert_eq!(v("آلاف المقاتلين"), ("آلاف".into(), 2000.0, 9999.0));
        assert_eq!(v("عشرات الآلاف"), ("عشرات الآلاف".into(), 20_000.0, 99_999.0));
        assert_eq!(v("مئات الآلاف"), ("مئات الآلاف".into(), 200_000.0, 999_999.0));
        assert_eq!(v("بضعة أيام"), ("بضعة".into(), 3.0, 9.0));
        assert_eq!(v("عدة دول"), ("عدة".into(), 3.0, 10.0));
        assert_eq!(v("بضعة آلاف"), ("بضعة آلاف".into(), 3000.0, 9000.0));
        assert_eq!(v("عشرين ونيف"), ("عشرين ونيف".into(), 21.0, 29.0));
    }

    #[test]
    fn traps() {
        // `ست` inside `مستوى` is not six: tokens are whole words.
        assert_eq!(first("على مستوى عال"), None);
        // `عشرات` is not `عشر`.
        assert_eq!(first("عشرات").unwrap().2, 20.0);
        // `أحد` alone means "one of".
        assert_eq!(first("أحد الجنود"), None);
        // `لست` is "I am not", not ل + six.
        assert_eq!(first("لست متأكدا"), None);
        // `الخمسة` with the article is not a quantity by itself here.
        assert_eq!(first("الخمسة"), None);
    }
}
