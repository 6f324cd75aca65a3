//! What a bare number counts when its noun is not right after it (ar68, from an audit of
//! random Arabic claims); each look is a fixed few tokens before or after the number:
//! - an age: a number after a word of age (`سن 18`, `بلوغ سن 75`, `من عمر 13`, `بعمر 13`,
//!   `عمر الـ13`, `سن الـ33`, `البالغ من العمر (35)`, `وعمره 35`, `سن 17 إلى 23`) or a
//!   definite number before `من عمره`/`من العمر` (`في الـ20 من عمره`) is that many years;
//! - a counted plural before a number with the article apart, one or two definite words
//!   (a genitive, an adjective) between them (`قطاعات السوق ال15`, `وزراء الخارجية ال15`,
//!   `المفاعلات النووية الـ48`, `المراكز الانتخابية الـ1263`), or the plural with a
//!   possessive suffix (`صفحاتها الـ159`, `أفلامه الـ33`, `فروعه ال27`): the number
//!   counts that noun. A singular head keeps the number bare (`كأس الخليج الـ23`,
//!   `منتدى أصيلة الـ37` are editions).

use super::Ctx;
use super::heads;
use super::numbers::Num;
use super::tokens::{Token, TokenKind, word};
use super::units::{self, UnitKind, UnitMatch};
use super::{looks_plural, possessed_plural, sound_plural_noun, subject};
use crate::model::Qualifier;

/// Stems (keys, after any proclitic) of «age» before the number.
const AGE_WORDS: &[&str] = &["سن", "السن", "عمر", "العمر", "عمره", "عمرها", "عمرهم"];

fn is_article(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && matches!(t.key.as_str(), "ال" | "الـ")
}

/// The unit of years, for an age.
fn years() -> Option<UnitMatch> {
    units::lookup(&["عاما"]).filter(|u| matches!(u.kind, UnitKind::Time { .. }))
}

/// The counted noun (or the years of an age) of the bare number `n` that starts at token
/// `first` (its qualifier included): the unit or an unknown noun's key, and its token.
/// An age under or over a bound (`دون سن 15`, `فوق سن الـ18`) comes with its qualifier.
pub(super) fn counted(
    ctx: &Ctx<'_, '_>,
    first: usize,
    n: &Num,
    range: bool,
) -> Option<(Result<UnitMatch, String>, usize, Option<Qualifier>)> {
    if n.percent || n.vague {
        return None;
    }
    if let Some(at) = age_word(ctx, first, n) {
        let bound = (at < first && !range)
            .then(|| at.checked_sub(1).and_then(|b| word(ctx.tokens, b)))
            .flatten()
            .and_then(|b| match b.key.as_str() {
                "دون" | "ودون" | "تحت" | "وتحت" => Some(Qualifier::LessThan),
                "فوق" | "وفوق" => Some(Qualifier::MoreThan),
                _ => None,
            });
        return Some((Ok(years()?), at, bound));
    }
    if range || n.in_words || first != n.first {
        return None;
    }
    plural_before(ctx, n.first).map(|(found, at)| (found, at, None))
}

/// The token of the age word before the number `n` (or of `عمره` after it).
fn age_word(ctx: &Ctx<'_, '_>, first: usize, n: &Num) -> Option<usize> {
    let tokens = ctx.tokens;
    if n.value.fract() != 0.0 || !(1.0..=120.0).contains(&n.value) {
        return None;
    }
    // Nothing counted after it (`سن 18 قانونا` enacts laws).
    let after = tokens.get(n.last + 1);
    if after.is_some_and(|t| {
        t.kind == TokenKind::Word
            && !subject::is_function_word(&t.key)
            && t.key != "من"
            && !super::ar73::verb_form(t)
    }) && !after.is_some_and(|t| matches!(t.key.as_str(), "وحتي" | "حتي" | "الي" | "و"))
    {
        return None;
    }
    let mut k = first.checked_sub(1)?;
    if matches!(tokens[k].kind, TokenKind::Punct('(')) || is_article(&tokens[k]) {
        k = k.checked_sub(1)?;
    }
    let t = word(tokens, k)?;
    let age = t.stems().find(|(_, s)| AGE_WORDS.contains(s));
    if let Some((prefix, stem)) = age {
        // `عمر` bare is also the name Omar: only after `من`, `في`, `بين` or with `ب`.
        let bare_omar = stem == "عمر" && prefix.is_empty();
        let ok = !bare_omar
            || k.checked_sub(1)
                .and_then(|p| word(tokens, p))
                .is_some_and(|p| matches!(p.key.as_str(), "من" | "في" | "بين" | "فوق" | "دون"));
        if ok && !(stem == "السن" && prefix.is_empty() && first == k + 1) {
            return Some(k);
        }
    }
    // `في الـ20 من عمره`: a definite number, then `من` and a word of age.
    if first >= 1
        && is_article(&tokens[first - 1])
        && word(tokens, n.last + 1).is_some_and(|t| t.key == "من")
        && let Some(a) = word(tokens, n.last + 2)
        && matches!(a.key.as_str(), "عمره" | "عمرها" | "العمر" | "عمرهم")
    {
        return Some(n.last + 2);
    }
    None
}

/// `قطاعات السوق ال15`, `صفحاتها الـ159`: the plural before the article apart before the
/// number at `i`.
fn plural_before(ctx: &Ctx<'_, '_>, i: usize) -> Option<(Result<UnitMatch, String>, usize)> {
    let tokens = ctx.tokens;
    if i < 2 || !is_article(&tokens[i - 1]) {
        return None;
    }
    if let TokenKind::Number { value, .. } = tokens[i].kind
        && (1900.0..=2100.0).contains(&value)
    {
        return None;
    }
    let head = i - 2;
    let h = word(tokens, head)?;
    // `صفحاتها الـ159`: a plural with a possessive suffix.
    if let Some(key) = possessed_plural(h) {
        return Some((super::plural_unit(key), head));
    }
    // The definite words before the article (a genitive, adjectives: up to three), and
    // the head of the phrase: the indefinite noun in construct before them (`قطاعات السوق`),
    // or else the first of them (`المراكز الانتخابية`, `كل البورصات العربية`).
    let definite = |k: usize| {
        word(tokens, k).is_some_and(|t| {
            t.key.starts_with("ال")
                && t.key.chars().count() >= 4
                && !subject::is_function_word(&t.key)
                && !super::numbers::is_number_word(t)
        })
    };
    if !definite(head) {
        return None;
    }
    let mut h0 = head;
    while h0 + 2 > head && h0 >= 1 && definite(h0 - 1) {
        h0 -= 1;
    }
    let before = h0.checked_sub(1);
    let construct = before
        .and_then(|b| word(tokens, b))
        .filter(|t| {
            !t.key.starts_with("ال")
                && !subject::is_function_word(&t.key)
                && !QUANTIFIERS.contains(&t.key.as_str())
        })
        .and(before);
    // (One definite word alone before the article is read in [`super`].)
    let p = match construct {
        Some(c) => c,
        None if h0 < head => h0,
        None => return None,
    };
    // `ثمانية من العناصر ال54`, `161 من شركات السوق ال172`: a partitive before.
    if p >= 1 && tokens[p - 1].key == "من" {
        return None;
    }
    plural_at(ctx, p).map(|found| (found, p))
}

/// Words of quantity before a definite plural (`جميع المفاعلات`, `مختلف الدوائر`), not its
/// head: keys.
const QUANTIFIERS: &[&str] = &[
    "كل",
    "جميع",
    "كافه",
    "مختلف",
    "بعض",
    "معظم",
    "اغلب",
    "سائر",
    "عموم",
    "باقي",
    "بقيه",
];

/// The plural at token `k` (definite, or indefinite in construct): the lexicon's plural
/// count unit, or the key of an unknown noun.
fn plural_at(ctx: &Ctx<'_, '_>, k: usize) -> Option<Result<UnitMatch, String>> {
    let t = word(ctx.tokens, k)?;
    if super::numbers::is_number_word(t) || subject::is_function_word(&t.key) {
        return None;
    }
    if let Some(u) = heads::listed_plural(ctx, k) {
        return Some(Ok(u));
    }
    let key = t.key.as_str();
    let stem = key.strip_prefix("ال").unwrap_or(key);
    if stem.ends_with('ه') {
        return None;
    }
    // (Not the masdars `اتحاد`, `اتفاق` (`افتعال`) nor `تعاون`, `تبادل` (`تفاعل`), which
    // have the shape of the plurals `أفعال`, `فواعل`.)
    let masdar = stem.chars().count() == 5 && stem.starts_with('ت')
        || stem.starts_with("ات") && stem.chars().count() == 5;
    (sound_plural_noun(stem) || heads::broken_plural(stem) || looks_plural(stem) && !masdar)
        .then(|| Err(stem.to_string()))
}

/// Two whole numbers in figures joined by a dash with nothing counted after them: a score
/// (`تعادل تشيلسي 2 ــ 2`, `(3 ــ 1)`, `متأخرا 2-1`), pages (`ص240-241`, `155 - 174`), a
/// span of years in brackets (`(872 – 950م)`) or a phone group. Neither number is a
/// claim: the number at `i`, and the token after the pair. (A range with its unit or
/// percent after it, `20 - 25 في المائة`, `50 - 55 ألف سيارة`, is left to the rules of
/// ranges.)
pub(super) fn dash_pair(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let whole = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Number { percent: false, value } if value.fract() == 0.0 && value >= 0.0)
                && t.text.chars().all(|c| c.is_numeric())
        })
    };
    if !whole(i) {
        return None;
    }
    let dash_at = |k: usize| tokens.get(k).is_some_and(super::dash);
    let (a, b) = if dash_at(i + 1) && whole(i + 2) {
        (i, i + 2)
    } else if i >= 2 && dash_at(i - 1) && whole(i - 2) {
        (i - 2, i)
    } else {
        return None;
    };
    // Not a chain of three (`26-6-2014`, a date) nor a number glued to a word before it.
    if dash_at(b + 1) || a >= 1 && dash_at(a - 1) {
        return None;
    }
    if a >= 1 && matches!(tokens[a - 1].kind, TokenKind::Punct('/' | '.' | ',')) {
        return None;
    }
    // `ما بين 16-20`, `تتراوح (3 - 10)`, `من 8 – 12`: a range said as one.
    let mut p = a.checked_sub(1);
    if let Some(q) = p
        && matches!(tokens[q].kind, TokenKind::Punct('('))
    {
        p = q.checked_sub(1);
    }
    // `وصل عدد الحضور 25-30`: a count named before it.
    if (a.saturating_sub(3)..a)
        .any(|q| word(tokens, q).is_some_and(|w| w.stems().any(|(_, s)| s == "عدد")))
    {
        return None;
    }
    if p.and_then(|q| word(tokens, q)).is_some_and(|w| {
        matches!(w.key.as_str(), "بين" | "وبين" | "من" | "ومن")
            || w.stems().any(|(_, s)| s.contains("تراوح"))
    }) {
        return None;
    }
    // Nothing after the pair that it counts: no unit, no percent, no scale word, no noun.
    let mut k = b + 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
    {
        k += 1;
    }
    let after_b = tokens.get(b + 1);
    if after_b.is_some_and(|t| {
        matches!(t.kind, TokenKind::Punct('%' | '٪' | '/'))
            || t.kind == TokenKind::Word && !subject::is_function_word(&t.key)
    }) {
        return None;
    }
    // `(5-6) أغسطس`, `7-8 منها`: a word after the bracket, with no proclitic, says what
    // the pair is (not `(3 ــ 1) وبرشلونة`, `(25-5) لوارن بافيت`).
    if word(tokens, k).is_some_and(|t| {
        matches!(t.key.as_str(), "من" | "منها" | "منهم")
            || !subject::is_function_word(&t.key) && !t.key.starts_with(['و', 'ل', 'ف', 'ب'])
    }) {
        return None;
    }
    if !super::nothing_counted(ctx, k)
        || tokens
            .get(k)
            .is_some_and(|t| super::numbers::is_multiplier(t) || super::numbers::is_number_word(t))
        || super::percent_words(tokens, k).is_some()
    {
        return None;
    }
    Some(b + 1)
}
