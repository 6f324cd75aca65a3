//! Qualifiers: the words before or after a number that bound it (`أكثر من`, `نحو`,
//! `ما لا يقل عن`, `على الأقل`, `تقريبا`) and the range forms (`بين X و Y`, `من X إلى Y`,
//! `X-Y`).

use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::lang::FastMap;
use crate::model::Qualifier;
use crate::normalize;

/// Phrases that stand right before a number, as written; matched on keys, longest first,
/// and the first word may carry a proclitic (`بأكثر من`, `لنحو`, `وحوالي`).
const BEFORE: &[(&str, Qualifier)] = &[
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("ما لا تقل عن", Qualifier::AtLeast),
    ("لا يقل عن", Qualifier::AtLeast),
    ("لا تقل عن", Qualifier::AtLeast),
    ("على الأقل", Qualifier::AtLeast),
    ("ما لا يتجاوز", Qualifier::AtMost),
    ("لا يتعدى", Qualifier::AtMost),
    ("لا تتعدى", Qualifier::AtMost),
    ("لا يتجاوز", Qualifier::AtMost),
    // `بشرط ألا يتجاوز 50 دينارا`: that … not exceed.
    ("ألا يتجاوز", Qualifier::AtMost),
    ("ألا تتجاوز", Qualifier::AtMost),
    ("لا تتجاوز", Qualifier::AtMost),
    // `لا يجاوزون الـ60`, `لا يتجاوزون`: the plural and the simple verb «exceed».
    ("لا يجاوز", Qualifier::AtMost),
    ("لا تجاوز", Qualifier::AtMost),
    ("لا يتجاوزون", Qualifier::AtMost),
    ("لا يجاوزون", Qualifier::AtMost),
    ("لم يتجاوزوا", Qualifier::AtMost),
    // `لم تتجاوز الـ140 حرفا`, `لا يتخطى الـ54`: «did not / does not exceed».
    ("لم يتجاوز", Qualifier::AtMost),
    ("لم تتجاوز", Qualifier::AtMost),
    ("لن يتجاوز", Qualifier::AtMost),
    ("لن تتجاوز", Qualifier::AtMost),
    ("لا يتخطى", Qualifier::AtMost),
    ("لا تتخطى", Qualifier::AtMost),
    ("لم يتخط", Qualifier::AtMost),
    ("لم تتخط", Qualifier::AtMost),
    ("لم يتعد", Qualifier::AtMost),
    ("لم تتعد", Qualifier::AtMost),
    // ar138: `لن يتعدى 300 دولار`, `لم يزد عن 99 شابا`, `لن تزيد عن 300 ألف برميل`: «will
    // not / did not exceed» (and `لم يتعدى` with the final `ى` written).
    ("لم يتعدى", Qualifier::AtMost),
    ("لم تتعدى", Qualifier::AtMost),
    ("لن يتعدى", Qualifier::AtMost),
    ("لن تتعدى", Qualifier::AtMost),
    ("لن يتخطى", Qualifier::AtMost),
    ("لن تتخطى", Qualifier::AtMost),
    ("لن يفوق", Qualifier::AtMost),
    ("لن تفوق", Qualifier::AtMost),
    ("لن يزيد على", Qualifier::AtMost),
    ("لن يزيد عن", Qualifier::AtMost),
    ("لن تزيد على", Qualifier::AtMost),
    ("لن تزيد عن", Qualifier::AtMost),
    ("لم يزد على", Qualifier::AtMost),
    ("لم يزد عن", Qualifier::AtMost),
    ("لم تزد على", Qualifier::AtMost),
    ("لم تزد عن", Qualifier::AtMost),
    ("لن يقل عن", Qualifier::AtLeast),
    ("لن تقل عن", Qualifier::AtLeast),
    ("لا يفوق", Qualifier::AtMost),
    ("لا تفوق", Qualifier::AtMost),
    ("ما لا يزيد على", Qualifier::AtMost),
    ("ما لا يزيد عن", Qualifier::AtMost),
    ("لا يزيد على", Qualifier::AtMost),
    ("لا يزيد عن", Qualifier::AtMost),
    ("لا تزيد على", Qualifier::AtMost),
    ("لا تزيد عن", Qualifier::AtMost),
    ("على الأكثر", Qualifier::AtMost),
    ("حتى", Qualifier::AtMost),
    ("ما يزيد على", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("يزيد على", Qualifier::MoreThan),
    ("يزيد عن", Qualifier::MoreThan),
    ("تزيد على", Qualifier::MoreThan),
    ("تزيد عن", Qualifier::MoreThan),
    ("ما يربو على", Qualifier::MoreThan),
    ("يربو على", Qualifier::MoreThan),
    // `بكلفة تربو على 600 مليون ريال`: the feminine, and `عن` for `على`.
    ("تربو على", Qualifier::MoreThan),
    ("ما يربو عن", Qualifier::MoreThan),
    ("يربو عن", Qualifier::MoreThan),
    ("تربو عن", Qualifier::MoreThan),
    // `بحد أقصى 600 ريال`, `كحد أدنى 5 سنوات`: with a ceiling, a floor of.
    ("حد أقصى", Qualifier::AtMost),
    ("كحد أقصى", Qualifier::AtMost),
    ("حد أدنى", Qualifier::AtLeast),
    ("كحد أدنى", Qualifier::AtLeast),
    ("ما يتجاوز", Qualifier::MoreThan),
    ("يتجاوز", Qualifier::MoreThan),
    ("تتجاوز", Qualifier::MoreThan),
    ("تجاوز", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    // ar109: the future and the first person (`وسنتجاوز الاربعين مليون نسمة`).
    ("سيتجاوز", Qualifier::MoreThan),
    ("ستتجاوز", Qualifier::MoreThan),
    ("سنتجاوز", Qualifier::MoreThan),
    ("نتجاوز", Qualifier::MoreThan),
    ("جاوز", Qualifier::MoreThan),
    // `رغم تجاوزه 90 عاما`, `في حال تجاوزها 241 كيلومترا`: its exceeding (a verbal noun).
    ("تجاوزه", Qualifier::MoreThan),
    ("تجاوزها", Qualifier::MoreThan),
    ("جاوزت", Qualifier::MoreThan),
    // `يجاوزون الـ60 عاما`: the plural and the simple present «exceed».
    ("يجاوز", Qualifier::MoreThan),
    ("يجاوزون", Qualifier::MoreThan),
    ("يتجاوزون", Qualifier::MoreThan),
    ("تجاوزوا", Qualifier::MoreThan),
    ("جاوزوا", Qualifier::MoreThan),
    ("يتخطون", Qualifier::MoreThan),
    ("تخطى", Qualifier::MoreThan),
    ("تخطت", Qualifier::MoreThan),
    ("يتخطى", Qualifier::MoreThan),
    ("تتخطى", Qualifier::MoreThan),
    ("تعدى", Qualifier::MoreThan),
    ("تعدت", Qualifier::MoreThan),
    ("يتعدى", Qualifier::MoreThan),
    ("تتعدى", Qualifier::MoreThan),
    ("فاق", Qualifier::MoreThan),
    ("فاقت", Qualifier::MoreThan),
    // `أكثر بقليل من 10 سنوات`: slightly more than.
    ("أكثر بقليل من", Qualifier::MoreThan),
    ("أكثر من", Qualifier::MoreThan),
    ("أزيد من", Qualifier::MoreThan),
    ("ما يفوق", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("تفوق", Qualifier::MoreThan),
    ("فوق", Qualifier::MoreThan),
    ("تصل إلى", Qualifier::AtMost),
    ("يصل إلى", Qualifier::AtMost),
    ("ما يقل عن", Qualifier::LessThan),
    ("يقل عن", Qualifier::LessThan),
    ("أقل بقليل من", Qualifier::LessThan),
    // `أقل قليلا من 1100 دولار`, `أكثر قليلا من`: slightly less or more than.
    ("أقل قليلا من", Qualifier::LessThan),
    ("أكثر قليلا من", Qualifier::MoreThan),
    ("أقل من", Qualifier::LessThan),
    // `أعلى من 50 دولارا`, `أعلى قليلا من 50 دولارا`, `أدنى من 50 نقطة`: higher, lower than.
    ("أعلى من", Qualifier::MoreThan),
    ("أعلى بقليل من", Qualifier::MoreThan),
    ("أعلى قليلا من", Qualifier::MoreThan),
    ("أدنى من", Qualifier::LessThan),
    ("أدنى بقليل من", Qualifier::LessThan),
    ("أدنى قليلا من", Qualifier::LessThan),
    ("ما دون", Qualifier::LessThan),
    ("دون", Qualifier::LessThan),
    // `اقترب من حاجز الخمسين مليون ريال`: came near to.
    ("اقترب من", Qualifier::Approx),
    ("اقتربت من", Qualifier::Approx),
    ("يقترب من", Qualifier::Approx),
    ("تقترب من", Qualifier::Approx),
    // `مايقارب`, `مايزيد عن`, `مالا يقل عن`: `ما` typed against the verb.
    ("مالا يقل عن", Qualifier::AtLeast),
    ("مالا تقل عن", Qualifier::AtLeast),
    ("مالا يتجاوز", Qualifier::AtMost),
    ("مالا يزيد على", Qualifier::AtMost),
    ("مالا يزيد عن", Qualifier::AtMost),
    ("مايزيد على", Qualifier::MoreThan),
    ("مايزيد عن", Qualifier::MoreThan),
    ("مايتجاوز", Qualifier::MoreThan),
    // `إلى ما يتجاوز عن 30%`: with a stray `عن`.
    ("ما يتجاوز عن", Qualifier::MoreThan),
    ("مايقارب من", Qualifier::Approx),
    ("مايقارب", Qualifier::Approx),
    ("مايقرب من", Qualifier::Approx),
    ("مايناهز", Qualifier::Approx),
    ("ما يقارب من", Qualifier::Approx),
    // `ما يقارب عن 30 كيلوجراما`: with `عن` for `من`.
    ("ما يقارب عن", Qualifier::Approx),
    ("يقارب عن", Qualifier::Approx),
    ("يقارب من", Qualifier::Approx),
    ("ما يقارب", Qualifier::Approx),
    ("ما يناهز", Qualifier::Approx),
    ("ما يقرب من", Qualifier::Approx),
    ("يقرب من", Qualifier::Approx),
    // `ما يقرب 168 مسجدًا`: without `من`.
    ("ما يقرب", Qualifier::Approx),
    ("يقارب", Qualifier::Approx),
    ("تقارب", Qualifier::Approx),
    ("يناهز", Qualifier::Approx),
    ("تناهز", Qualifier::Approx),
    ("ناهز", Qualifier::Approx),
    ("ناهزت", Qualifier::Approx),
    ("قارب", Qualifier::Approx),
    ("قاربت", Qualifier::Approx),
    // `قاربت على الخمسين مليون ريال`: came close to, with `على`.
    ("قارب على", Qualifier::Approx),
    ("قاربت على", Qualifier::Approx),
    ("يقارب على", Qualifier::Approx),
    ("تقارب على", Qualifier::Approx),
    // `بمساحة تقريبية 35 ألف متر`: the adjective after the measured noun.
    ("تقريبية", Qualifier::Approx),
    ("تقريبي", Qualifier::Approx),
    ("في حدود", Qualifier::Approx),
    // `إلى حدود 2.5%`: up to around.
    ("إلى حدود", Qualifier::Approx),
    ("نحو", Qualifier::Approx),
    ("حوالي", Qualifier::Approx),
    ("حوالى", Qualifier::Approx),
    ("قرابة", Qualifier::Approx),
    // `القريب من صفر في المائة`: near to.
    ("القريب من", Qualifier::Approx),
    ("القريبة من", Qualifier::Approx),
    ("قريب من", Qualifier::Approx),
    ("قريبة من", Qualifier::Approx),
    // `ارتفعت قريبا من 51 دولارا`: the adverb «near to».
    ("قريبا من", Qualifier::Approx),
    ("زهاء", Qualifier::Approx),
    // `تصل تقريبًا إلى 33%`: the adverb before «to».
    ("تقريبا إلى", Qualifier::Approx),
    ("تقريبا", Qualifier::Approx),
];

/// Phrases that follow the number and its noun (`12 شخصا على الأقل`).
const AFTER: &[(&str, Qualifier)] = &[
    ("على الأقل", Qualifier::AtLeast),
    ("على الأكثر", Qualifier::AtMost),
    ("تقريبا", Qualifier::Approx),
    ("على وجه التقريب", Qualifier::Approx),
    ("أو أكثر", Qualifier::AtLeast),
    ("فأكثر", Qualifier::AtLeast),
    ("وأكثر", Qualifier::AtLeast),
    // `3 سنوات فما فوق`, `5 سنوات أو أقل`, `3000 ريال فأقل`: and above, or less.
    ("فما فوق", Qualifier::AtLeast),
    ("وما فوق", Qualifier::AtLeast),
    ("فما أكثر", Qualifier::AtLeast),
    ("أو أقل", Qualifier::AtMost),
    ("فأقل", Qualifier::AtMost),
    ("وأقل", Qualifier::AtMost),
    ("فما دون", Qualifier::AtMost),
    ("فما أقل", Qualifier::AtMost),
    // (ar116) `5.5 بوصات أو أكبر`, `في العشرينات من العمر أو أصغر`: or larger, or younger.
    ("أو أكبر", Qualifier::AtLeast),
    ("أو أصغر", Qualifier::AtMost),
    // `30 عضوا كحد أقصى`, `45 يوما كحد أدنى`: as a ceiling, as a floor.
    ("كحد أقصى", Qualifier::AtMost),
    ("بحد أقصى", Qualifier::AtMost),
    ("كحد أدنى", Qualifier::AtLeast),
    ("بحد أدنى", Qualifier::AtLeast),
];

type Phrases = Vec<(Vec<String>, Qualifier)>;

fn compile(list: &[(&str, Qualifier)]) -> Phrases {
    let mut out: Phrases = list
        .iter()
        .map(|(p, q)| (p.split(' ').map(normalize::key).collect(), *q))
        .collect();
    out.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    out
}

static BEFORE_KEYS: LazyLock<Phrases> = LazyLock::new(|| compile(BEFORE));
static AFTER_KEYS: LazyLock<Phrases> = LazyLock::new(|| compile(AFTER));
/// The phrases of [`BEFORE_KEYS`] by their last word, as indices in ascending order: a
/// phrase before token `i` ends with the word of token `i - 1` (with a proclitic only when
/// it is its one word), so [`before_at`] tries those few rather than every phrase.
static BEFORE_BY_LAST: LazyLock<FastMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (k, (words, _)) in BEFORE_KEYS.iter().enumerate() {
        if let Some(last) = words.last() {
            m.entry(last.as_str()).or_default().push(k);
        }
    }
    m
});

/// Proclitics a qualifier's first word may carry.
const CLITICS: &[&str] = &["و", "ب", "ل", "ف", "وب", "ول"];

/// Whether `token` is `word`, possibly after one of [`CLITICS`]; returns the clitic's
/// length in key chars.
fn matches_word(token: &Token<'_>, word: &str, allow_clitic: bool) -> Option<usize> {
    if token.kind != TokenKind::Word {
        return None;
    }
    if token.key == word {
        return Some(0);
    }
    // The key is a clitic and the word: compare what stands before the word with each
    // clitic, rather than strip each clitic and compare the rest.
    let key = token.key.as_str();
    if allow_clitic && key.len() > word.len() && key.ends_with(word) {
        let clitic = &key[..key.len() - word.len()];
        if let Some(c) = CLITICS.iter().find(|c| **c == clitic) {
            return Some(c.chars().count());
        }
    }
    None
}

/// A qualifier found next to a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub qualifier: Qualifier,
    /// First and last token of the phrase.
    pub first: usize,
    pub last: usize,
    /// Byte offsets of the phrase (after a proclitic of its first word).
    pub start: usize,
    pub end: usize,
}

/// A bar the number is set as, between a qualifier and its number: `تجاوزت حاجز 100`,
/// `تجاوزت سقف الـ 1.7 تريليون`.
/// So is the noun «amount», «value», «limit» (`تصل إلى مبلغ 10.000 ريال`).
/// And «rate» (`لن تتجاوز نسبة 5 في المائة`).
const BARRIERS: &[&str] = &["حاجز", "سقف", "عتبة", "مستوى", "مبلغ", "قيمة", "حد", "نسبة"];

static BARRIER_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| BARRIERS.iter().map(|w| normalize::key(w)).collect());

/// The qualifier that ends right before token `i`, or before the article written apart
/// from the number (`يفوق الـ 98%`) and a bar noun (`تجاوزت سقف الـ 1.7 تريليون`).
/// Not `قريبا من` before a from–to (`يرتفع قريبا من 100 سيارة إلى 400 سيارة`: «soon»).
pub fn before(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    any_before(tokens, i)
        .filter(|q| {
            !(tokens[q.first].key == "قريبا"
                && tokens
                    .get(i + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take(3)
                    .any(|t| matches!(t.key.as_str(), "الي" | "حتي")))
        })
        // ar62: `تحت ٦٠ دولارا`: «under» a price, a rate, an age.
        .or_else(|| super::quals2::tahta(tokens, i))
        .or_else(|| super::ar92::before(tokens, i))
        .map(|f| super::ar92::negated_more(tokens, f))
}

/// [`before`] with `قريبا من` whatever follows.
fn any_before(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    if let Some(f) = before_at(tokens, i) {
        return Some(f);
    }
    if let Some(f) = exceeds_with_subject(tokens, i) {
        return Some(f);
    }
    if let Some(f) = more_without_min(tokens, i) {
        return Some(f);
    }
    let mut k = i;
    if k > 0 && matches!(tokens[k - 1].key.as_str(), "ال" | "الـ") {
        k -= 1;
    }
    if k > 0 && tokens[k - 1].kind == TokenKind::Word && BARRIER_KEYS.contains(&tokens[k - 1].key) {
        k -= 1;
    }
    if k == i {
        return verb_with_subject(tokens, i);
    }
    // `حتى الـ 10` after `من المركز الـ 6`: «until», the end of a range of ranks.
    before_at(tokens, k)
        .filter(|f| f.first != f.last || !matches!(tokens[f.first].key.as_str(), "حتي" | "وحتي"))
        .map(|f| Found {
            last: i - 1,
            end: tokens[i - 1].end,
            ..f
        })
        // `يتخطى عددهم الـ800 مقاتل`: the verb and its subject before the article.
        .or_else(|| verb_with_subject(tokens, i))
        // ar64: `لا يقل عددها عن الـ 50`, `لا يقل الحد الأدنى عن مبلغ 2000 ريال`.
        .or_else(|| {
            exceeds_with_subject(tokens, k).map(|f| Found {
                last: i - 1,
                end: tokens[i - 1].end,
                ..f
            })
        })
        .or_else(|| exceeds_across(tokens, k, i))
}

/// The bars that the verb of exceeding may stand well before: `تجاوزت خلال خمسة أعوام
/// أخرى سقف الـ 1.7 تريليون ريال`.
const FAR_BARRIERS: &[&str] = &["حاجز", "سقف", "عتبه", "مستوي", "الحاجز", "السقف"];

/// Stems of the verbs of exceeding (after a conjunction).
const EXCEED_STEMS: &[&str] = &[
    "تجاوز",
    "يتجاوز",
    "تتجاوز",
    "جاوز",
    "يجاوز",
    "تخط",
    "يتخط",
    "تتخط",
    "فاق",
    "يفوق",
    "تفوق",
];

/// `تجاوزت خلال خمسة أعوام أخرى سقف الـ 1.7 تريليون`: a bar noun at `k` before the number
/// at `i`, and a verb of exceeding up to eight words before the bar in the same clause
/// (no mark or figure between, no negation before the verb): more than, the phrase from
/// the bar.
fn exceeds_across(tokens: &[Token<'_>], k: usize, i: usize) -> Option<Found> {
    let bar = tokens.get(k).filter(|t| t.kind == TokenKind::Word)?;
    if k >= i || !FAR_BARRIERS.contains(&bar.key.as_str()) {
        return None;
    }
    for v in (k.saturating_sub(8)..k).rev() {
        let t = &tokens[v];
        // (`كسر` is left out: prices break a level going down as often as up; a figure or
        // a mark between ends the clause.)
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.key.strip_prefix('و').unwrap_or(&t.key);
        let w = w.strip_prefix('ل').filter(|r| r.len() > 4).unwrap_or(w);
        if EXCEED_STEMS.iter().any(|s| w.starts_with(s)) {
            let negated = v.checked_sub(1).is_some_and(|p| {
                matches!(
                    tokens[p].key.as_str(),
                    "لا" | "لم" | "لن" | "الا" | "ولا" | "ولم" | "ولن"
                )
            });
            if negated {
                return None;
            }
            return Some(Found {
                qualifier: Qualifier::MoreThan,
                first: k,
                last: i - 1,
                start: bar.start,
                end: tokens[i - 1].end,
            });
        }
    }
    None
}

/// `بأكثر 3500 طن`, `أكثر 1500 حالة`: «more» right before the number, its `من` dropped.
/// Not `فأكثر` (`100 سرير فأكثر`: «or more» of the number before), nor after `قائمة`,
/// `ضمن`, `بين`, `من` (`قائمة أكثر 20 ناديا متابعة`: the most followed, a superlative).
fn more_without_min(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let prev = i.checked_sub(1)?;
    let clitic = matches_word(&tokens[prev], "اكثر", true)?;
    if tokens[prev].key.starts_with('ف')
        || tokens.get(i).is_none_or(|t| t.number().is_none())
        || prev
            .checked_sub(1)
            .is_some_and(|p| matches!(tokens[p].key.as_str(), "قايمه" | "ضمن" | "بين" | "من"))
    {
        return None;
    }
    // `أكثر 3 مرات` (times over), `أكثر 10 دول تلوثا` (the ten most polluted: a noun
    // then an accusative of specification): a superlative or a factor, not «more than».
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    if word(i + 1).is_some_and(|t| matches!(t.key.as_str(), "مره" | "مرات" | "ضعف" | "اضعاف"))
        || word(i + 2).is_some_and(|t| {
            t.key.ends_with('ا') && !t.key.ends_with("يا") && t.key.chars().count() > 3
        })
    {
        return None;
    }
    Some(Found {
        qualifier: Qualifier::MoreThan,
        first: prev,
        last: prev,
        start: tokens[prev].offset_after_key_chars(clitic),
        end: tokens[prev].end,
    })
}

/// The verb «exceed» (`زاد على`, `يزيد عن`), in the forms news uses: present, past, plural
/// and dual.
const EXCEED_VERBS: &[&str] = &[
    "يزيد",
    "تزيد",
    "زاد",
    "زادت",
    "يزيدون",
    "تزيدان",
    "يزيدان",
    "زادوا",
    "زادا",
    // ar64: `يربو عدد طلاب الجامعات عن 900 ألف`.
    "يربو",
    "تربو",
];

/// The verb «be less» (`يقل عن`), present and past: less than, at least after `لا`.
const LESS_VERBS: &[&str] = &["يقل", "تقل", "قلت"];

/// `تزيد أعمارهم على 65 عاما`: the verb «exceed» or «be less» with up to two words (its
/// subject) between it and `على`/`عن` + the number: more or less than, or at most or at
/// least after `لا`. A subject headed by a quantity noun right after the verb may run to
/// eight words and take a `في` phrase (`لا يقل عدد المصانع العاملة في تعبئة المياه عن
/// 45 مصنعا`): the head, the verb and `عن` bracket it, so it is still the verb's subject.
fn exceeds_with_subject(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let prep = i.checked_sub(1)?;
    if tokens[prep].kind != TokenKind::Word || !matches!(tokens[prep].key.as_str(), "علي" | "عن")
    {
        return None;
    }
    let mut through_fi = false;
    for gap in 0..=8 {
        let Some(verb) = prep.checked_sub(gap + 1) else {
            break;
        };
        if gap > 0 {
            let t = &tokens[verb + 1];
            if t.kind != TokenKind::Word
                || t.number().is_some()
                || matches!(t.key.as_str(), "ما" | "لا" | "او" | "ان" | "من")
                || (gap > 2 && t.key != "في" && NOT_SUBJECT_KEYS.contains(&t.key))
            {
                break;
            }
            through_fi |= t.key == "في";
        }
        if (gap > 2 || through_fi) && !super::ar64::head_at(tokens, verb + 1) {
            continue;
        }
        // ar109: a verb glued to its negation (`على أن لايزيد عدد النخيل عن 300 نخلة`,
        // `لايزيدون بحال من الأحوال عن 100 ألف`): at most (at least of «less»).
        let glued = super::ar109::glued_negated(&tokens[verb].key, EXCEED_VERBS, LESS_VERBS);
        let less = tokens[prep].key == "عن"
            && (LESS_VERBS.contains(&tokens[verb].key.as_str()) || glued == Some(true));
        let clitic = EXCEED_VERBS
            .iter()
            .find_map(|w| matches_word(&tokens[verb], w, true))
            .filter(|&c| c == 0 || tokens[verb].key.starts_with('و'))
            .or(glued.is_some_and(|l| !l || less).then_some(0));
        // `قاربت الصفقة حينها على الخمسين مليون`: «came close to» with `على`.
        let approach = clitic.is_none()
            && tokens[prep].key == "علي"
            && APPROACH_KEYS.contains(&tokens[verb].key);
        if approach {
            return Some(Found {
                qualifier: Qualifier::Approx,
                first: verb,
                last: prep,
                start: tokens[verb].start,
                end: tokens[prep].end,
            });
        }
        let Some(clitic) = clitic.or(less.then_some(0)) else {
            continue;
        };
        // `لا`, `ولا`, `ألا` (that … not), `لن`, `لم` before the verb: at most (at least
        // of «less»: `لن تقل عن 45 يوما`).
        let negated = glued.is_some()
            || clitic == 0
                && verb > 0
                && matches!(
                    tokens[verb - 1].key.as_str(),
                    "لا" | "ولا" | "فلا" | "الا" | "والا" | "لن" | "لم" | "ولم" | "ولن"
                );
        let (first, clitic) = if glued.is_some() {
            (verb, 0)
        } else if negated {
            (verb - 1, 0)
        } else {
            (verb, clitic)
        };
        return Some(Found {
            qualifier: match (negated, less) {
                (true, false) => Qualifier::AtMost,
                (false, false) => Qualifier::MoreThan,
                (true, true) => Qualifier::AtLeast,
                (false, true) => Qualifier::LessThan,
            },
            first,
            last: prep,
            start: tokens[first].offset_after_key_chars(clitic),
            end: tokens[prep].end,
        });
    }
    None
}

/// «Exceed» verbs that take their number directly, with their subject between:
/// `تجاوزت قيمتها 500 مليون`, `لا يتجاوز مبلغ التعويض 9000 ريال`.
const EXCEED_DIRECT: &[&str] = &[
    "يتجاوز",
    "تتجاوز",
    "تجاوز",
    "تجاوزت",
    // ar109: the future (`سيتجاوز عدد العاملين ثلاثة آلاف`) and the first person.
    "سيتجاوز",
    "ستتجاوز",
    "سنتجاوز",
    "نتجاوز",
    "جاوز",
    "جاوزت",
    "يجاوز",
    "يجاوزون",
    "يتجاوزون",
    "تجاوزوا",
    "يتعدى",
    "تتعدى",
    "يتخطى",
    "تتخطى",
    "تخطى",
    "تخطت",
    "يفوق",
    "تفوق",
    "فاق",
    "فاقت",
];

/// Words that end a verb's subject: particles and prepositions, after which the number is
/// no longer the verb's object.
const NOT_SUBJECT: &[&str] = &[
    "ما",
    "لا",
    "او",
    "ان",
    "من",
    "في",
    "الي",
    "علي",
    "عن",
    "و",
    "حتي",
    "بعد",
    "قبل",
    "منذ",
    "مع",
    "بين",
    "الذي",
    "التي",
    "ثم",
    "خلال",
    "طوال",
    "لمده",
    "عند",
    "حوالي",
];

/// «Come close to» verbs that take their number directly or after `على`, with their
/// subject between: `قاربت الصفقة على الخمسين مليون`, `يناهز عددهم 300`.
const APPROACH: &[&str] = &[
    "قارب",
    "قاربت",
    "يقارب",
    "تقارب",
    "ناهز",
    "ناهزت",
    "يناهز",
    "تناهز",
];

static APPROACH_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| APPROACH.iter().map(|w| normalize::key(w)).collect());
static EXCEED_DIRECT_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| EXCEED_DIRECT.iter().map(|w| normalize::key(w)).collect());
static NOT_SUBJECT_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| NOT_SUBJECT.iter().map(|w| normalize::key(w)).collect());

/// A verb, its subject of one to three words, then the number (or `إلى` and the number):
/// `يصل الجيد منه إلى 400 ريال` (up to), `لا يتجاوز مبلغ التعويض 9000 ريال` (at most),
/// `تجاوزت قيمتها 500 مليون` (more than). `ليصل … إلى` («so as to reach») is left exact.
fn verb_with_subject(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let prev = i.checked_sub(1)?;
    let to = tokens[prev].kind == TokenKind::Word && tokens[prev].key == "الي";
    let end = if to { prev } else { i };
    let max_gap = if to { 3 } else { 2 };
    // The subject ends on a definite word or a pronoun (`عدد القتلى`, `قيمتها`, `منه`); a
    // word like `بنتيجة` (`تفوق الفريق بنتيجة واحد`, excelled with a score) is no subject.
    // (The pronoun by its written form: the key folds ta marbuta into ه.)
    let last_word = tokens.get(end.checked_sub(1)?)?;
    let written = last_word
        .text
        .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
    let definite = last_word.key.starts_with("ال")
        || ["ه", "ها", "هم", "هما", "هن"]
            .iter()
            .any(|p| written.ends_with(p));
    // (After a head like `عدد`, the subject may end on `للمهرجان`, `والمؤرشفة`.)
    let loose = definite
        || ["لل", "وال", "بال"]
            .iter()
            .any(|p| last_word.key.starts_with(p));
    if last_word.kind != TokenKind::Word || !loose {
        return None;
    }
    // `تجاوز عدد المتقدمين في تلك المرحلة 40 ألف`, `جاوز عدد سكان وطننا الغالي الثلاثين
    // مليون`: a subject headed by a quantity noun right after the verb may run to seven
    // words, and take a `في` phrase (`تجاوزت أعداد الناخبين لمرشح آخر في الخفجي 6 آلاف`).
    let longest = if to { max_gap } else { 7 };
    let mut through_fi = false;
    for gap in 1..=longest {
        let Some(verb) = end.checked_sub(gap + 1) else {
            break;
        };
        let w = &tokens[verb + 1];
        if w.kind != TokenKind::Word
            || w.number().is_some()
            || (super::numbers::is_number_word(w) && !super::ar116::one_of(tokens, verb + 1))
            || (NOT_SUBJECT_KEYS.contains(&w.key) && (to || !inner_of(&w.key, gap)))
        {
            break;
        }
        through_fi |= inner_of(&w.key, gap);
        if (gap > max_gap || !definite || through_fi) && !super::ar64::head_at(tokens, verb + 1) {
            continue;
        }
        let v = &tokens[verb];
        let (clitic, qualifier) = if to {
            let Some(c) = ["يصل", "تصل"]
                .iter()
                .find_map(|w| matches_word(v, w, true))
                .filter(|&c| c == 0 || v.key.starts_with('و') || v.key.starts_with('ف'))
            else {
                continue;
            };
            // `يصل عددهم إلى 440 ألف`, `من المتوقع أن يصل حجمه إلى`: the level a named
            // quantity reaches, exact; «up to» only when it may reach it (`قد تصل عقوباتها`,
            // `يمكن أن تصل سرعته`), after `ما`, or of some or the ages of a group
            // (`يصل بعضها إلى`, `تصل أعمارهم إلى`).
            if !up_to(tokens, verb, end) {
                return None;
            }
            (c, Qualifier::AtMost)
        } else if APPROACH_KEYS.contains(&v.key) && v.key != "قارب" {
            // (Not `قارب طوله 20 مترا`: the noun «boat».)
            (0, Qualifier::Approx)
        } else {
            let Some(c) = EXCEED_DIRECT_KEYS
                .iter()
                .find_map(|w| matches_word(v, w, true))
                .filter(|&c| c == 0 || v.key.starts_with('و'))
            else {
                continue;
            };
            (c, Qualifier::MoreThan)
        };
        // `لا`, `لن`, `لم` before an «exceed» verb: at most.
        let negated = qualifier == Qualifier::MoreThan
            && clitic == 0
            && verb > 0
            && matches!(
                tokens[verb - 1].key.as_str(),
                "لا" | "ولا" | "فلا" | "الا" | "لن" | "لم" | "ولم" | "ولن"
            );
        let (first, clitic, qualifier) = if negated {
            (verb - 1, 0, Qualifier::AtMost)
        } else {
            (verb, clitic, qualifier)
        };
        return Some(Found {
            qualifier,
            first,
            last: i - 1,
            start: tokens[first].offset_after_key_chars(clitic),
            end: tokens[i - 1].end,
        });
    }
    None
}

/// A preposition inside a quantity's subject: `في` (`عدد المتقدمين في تلك المرحلة`), and
/// (ar64) `على` not right before the number (`عدد المتقدمين على البوابة 360 ألف`).
fn inner_of(key: &str, gap: usize) -> bool {
    key == "في" || key == "علي" && gap > 1
}

/// Whether the words before `يصل`/`تصل` at `verb` (or its subject, up to `end`) make it
/// «up to»: a modal (`قد`, `ربما`, `يمكن أن`), `ما`, a negation (`لم يكن يصل`), or a
/// subject of some, of ages, or a penalty or fine.
fn up_to(tokens: &[Token<'_>], verb: usize, end: usize) -> bool {
    let key = |k: usize| tokens.get(k).map(|t| t.key.as_str());
    let prev = verb.checked_sub(1).and_then(key);
    let modal = matches!(
        prev,
        Some(
            "قد" | "وقد"
                | "فقد"
                | "ربما"
                | "ما"
                | "وما"
                | "مما"
                | "يكن"
                | "لا"
                | "لم"
                | "لن"
        )
    ) || prev == Some("ان")
        && verb
            .checked_sub(2)
            .and_then(key)
            .is_some_and(|w| w.contains("يمكن") || w.contains("ممكن"));
    modal
        || tokens[verb + 1..end].iter().any(|t| {
            let k = t.key.as_str();
            k.contains("بعض")
                || k.contains("عقوب")
                || k.contains("غرام")
                || k.starts_with("اعمار")
                || k.starts_with("اقصي")
                || k == "القصوي"
        })
}

/// Words of expectation before `أن` (`من المتوقع أن`, `يتوقع أن`, `ومن المرجح أن`).
fn forecast_before(tokens: &[Token<'_>], verb: usize) -> bool {
    let Some(an) = verb.checked_sub(1) else {
        return false;
    };
    if !matches!(tokens[an].key.as_str(), "ان" | "وان") {
        return false;
    }
    tokens[an.saturating_sub(3)..an].iter().any(|t| {
        t.kind == TokenKind::Word
            && (t.key.contains("توقع")
                || t.key.contains("مرجح")
                || t.key.contains("رجح")
                || matches!(t.key.as_str(), "المنتظر" | "المرتقب" | "المقرر" | "المفترض"))
    })
}

fn before_at(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let last = tokens.get(i.checked_sub(1)?)?;
    if last.kind != TokenKind::Word {
        return None;
    }
    // The phrases that can end at `last`: its key, or the key after a proclitic; tried in
    // the order of the list, as a scan of the whole list would.
    let by_last = &*BEFORE_BY_LAST;
    let key = last.key.as_str();
    let mut candidates: Vec<usize> = Vec::new();
    for end in std::iter::once(key).chain(CLITICS.iter().filter_map(|c| key.strip_prefix(c))) {
        if let Some(ks) = by_last.get(end) {
            candidates.extend_from_slice(ks);
        }
    }
    if candidates.is_empty() {
        return None;
    }
    // (No index comes twice: the ends differ in length, and a phrase has one last word.)
    candidates.sort_unstable();
    let phrases = &*BEFORE_KEYS;
    for (words, q) in candidates.into_iter().map(|k| &phrases[k]) {
        let n = words.len();
        if n > i {
            continue;
        }
        let first = i - n;
        let mut clitic = 0;
        let all = words.iter().enumerate().all(|(k, w)| {
            match matches_word(&tokens[first + k], w, k == 0) {
                Some(c) => {
                    if k == 0 {
                        clitic = c;
                    }
                    true
                }
                None => false,
            }
        });
        // `ليصل إلى 1687.60 نقطة`: «so as to reach», the level reached, exact; `يصل إلى`
        // alone or after `ما` is «up to».
        if all
            && matches!(words[0].as_str(), "يصل" | "تصل")
            && (tokens[first]
                .key
                .strip_suffix(words[0].as_str())
                .is_some_and(|c| c.ends_with('ل'))
                || clitic == 0 && forecast_before(tokens, first))
        {
            continue;
        }
        if all {
            return Some(Found {
                qualifier: *q,
                first,
                last: i - 1,
                start: tokens[first].offset_after_key_chars(clitic),
                end: tokens[i - 1].end,
            });
        }
    }
    None
}

/// The qualifier that starts at token `i` (after a number and its noun).
pub fn after(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    for (words, q) in AFTER_KEYS.iter() {
        let n = words.len();
        if i + n > tokens.len() {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| matches_word(&tokens[i + k], w, false).is_some())
        {
            return Some(Found {
                qualifier: *q,
                first: i,
                last: i + n - 1,
                start: tokens[i].start,
                end: tokens[i + n - 1].end,
            });
        }
    }
    None
}

/// Where a range opens before its first number: `بين`/`ما بين` (closed by `و`) or `من`
/// (closed by `إلى`/`حتى`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeOpen {
    Between,
    From,
    /// `من المركز الـ 6`: «from» a noun and an article apart from the number.
    FromRank,
}

/// A range opener ending right before token `i`: returns its kind and first token.
pub fn range_open(tokens: &[Token<'_>], i: usize) -> Option<(RangeOpen, usize, usize)> {
    let prev = tokens.get(i.checked_sub(1)?)?;
    if let Some(c) = matches_word(prev, "بين", true) {
        let first = if i >= 2 && matches_word(&tokens[i - 2], "ما", true).is_some() {
            i - 2
        } else {
            i - 1
        };
        let clitic = if first == i - 1 { c } else { 0 };
        return Some((
            RangeOpen::Between,
            first,
            tokens[first].offset_after_key_chars(clitic),
        ));
    }
    if let Some(c) = matches_word(prev, "من", true) {
        return Some((RangeOpen::From, i - 1, prev.offset_after_key_chars(c)));
    }
    // `من المركز الـ 6 وحتى الـ 10`: «from» before a noun and the article written apart
    // from the number (a rank); only a range when `وحتى`/`حتى`/`إلى` closes it.
    if i >= 3
        && matches!(prev.key.as_str(), "ال" | "الـ")
        && tokens[i - 2].kind == TokenKind::Word
        && tokens[i - 2].key.starts_with("ال")
        && let Some(c) = matches_word(&tokens[i - 3], "من", true)
    {
        return Some((
            RangeOpen::FromRank,
            i - 3,
            tokens[i - 3].offset_after_key_chars(c),
        ));
    }
    None
}

/// The word that closes a range at token `i`, returning the token where the second number
/// starts: `و` (a word, or a clitic on the number), `إلى`, `حتى`, or a dash between digits.
pub fn range_close(tokens: &[Token<'_>], i: usize, open: Option<RangeOpen>) -> Option<usize> {
    let t = tokens.get(i)?;
    match open {
        Some(RangeOpen::Between) => {
            if t.kind == TokenKind::Word && t.key == "و" {
                Some(i + 1)
            } else if t.kind == TokenKind::Word && t.key.starts_with('و') {
                Some(i)
            } else if matches!(t.kind, TokenKind::Punct('-' | '–' | '—')) || tatweel(t) {
                // `بين 10 – 25`, `ما بين 14- 18`: after بين a dash joins, spaced or not.
                Some(i + 1)
            } else if t.kind == TokenKind::Word && matches!(t.key.as_str(), "الي" | "حتي") {
                // `بين 25 إلى 30 سنة`: colloquial for `بين 25 و30`.
                Some(i + 1)
            } else {
                None
            }
        }
        Some(RangeOpen::FromRank) => {
            // `وحتى الـ 10`, `إلى الـ 10`: the close, then the article apart from the number.
            let close = t.kind == TokenKind::Word
                && matches!(t.key.as_str(), "الي" | "حتي" | "وحتي" | "والي");
            let article = tokens
                .get(i + 1)
                .is_some_and(|a| matches!(a.key.as_str(), "ال" | "الـ"));
            (close && article).then_some(i + 2)
        }
        Some(RangeOpen::From) | None => {
            // (A word's key is `normalize::key` of its text.)
            let k = t.key.as_str();
            // `ثلاثة أو أربعة`: «or» between two numbers is a range too.
            let word = t.kind == TokenKind::Word
                && (k == "الي"
                    || k == "حتي"
                    || (open.is_some() && k == "وحتي")
                    || (open.is_none() && k == "او"));
            // (`15 -30 دقيقة`: the dash may touch the second number only, between two plain
            // numbers of one size, not in a date `29 - 11 -1436`.)
            // (A run of tatweel stands for a dash: `15 ــ 35`.)
            let punct = |k: usize, cs: &[char]| {
                tokens.get(k).is_some_and(|t| {
                    matches!(t.kind, TokenKind::Punct(c) if cs.contains(&c))
                        || cs.contains(&'-') && tatweel(t)
                })
            };
            let sized = || match (
                tokens[i - 1].number(),
                tokens.get(i + 1).and_then(Token::number),
            ) {
                (Some(a), Some(b)) => b <= a * 10.0,
                _ => false,
            };
            // (`3 - 4 أيام`: spaced on both sides, when a counted noun follows.)
            let unit_at = |k: usize| {
                tokens
                    .get(k)
                    .and_then(|u| super::units::lookup(&[u.key.as_str()]))
            };
            let unit_after = || unit_at(i + 2).is_some();
            // (`من 3-4 مناطق`, `من 70 – 82 طفلا`: after «from» too, not in a chain of
            // a date `من 26-6-2014`.)
            let dash = (open.is_none() || !punct(i + 2, &['-', '–', '/']))
                && (matches!(t.kind, TokenKind::Punct('-' | '–' | '—')) || tatweel(t))
                && i > 0
                && (tokens[i - 1].end == t.start
                    && tokens.get(i + 1).is_some_and(|n| n.start == t.end)
                    // (`9ــ10 ــ 1436هـ`: a tatweel, even touching, is no dash in a date.)
                    && !tatweel(t)
                    || (i < 2 || !punct(i - 2, &['-', '–', '/', '(']))
                        && !punct(i + 2, &['-', '–', '/'])
                        && sized()
                        && (tokens.get(i + 1).is_some_and(|n| n.start == t.end) || unit_after())
                    // (`(5893 - 6493) ريالا`, `(8 ــ 80) بوصة`: spaced in brackets, when the
                    // brackets hold the pair alone and a unit follows them.)
                    || i >= 2
                        && punct(i - 2, &['('])
                        && punct(i + 2, &[')'])
                        && sized()
                        && unit_at(i + 3).is_some_and(|m| !m.proclitic));
            (word || dash).then_some(i + 1)
        }
    }
}

/// A word of tatweel alone (`ــ`), written for a dash.
pub(super) fn tatweel(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && t.key.is_empty() && t.text.starts_with('\u{0640}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    /// The qualifier before the first number token of `text`, and its text.
    fn q_before(text: &str) -> Option<(Qualifier, String)> {
        let tokens = tokenize(text, 0);
        let i = tokens.iter().position(|t| t.number().is_some())?;
        before(&tokens, i).map(|f| (f.qualifier, text[f.start..f.end].to_string()))
    }

    #[test]
    fn near_to_is_soon_before_a_from_to() {
        assert_eq!(
            q_before("ارتفعت قريبا من 51 دولارا"),
            Some((Qualifier::Approx, "قريبا من".to_string()))
        );
        // Every caller of `before` sees it, not only the quantity reader.
        assert_eq!(q_before("يرتفع قريبا من 100 سيارة إلى 400 سيارة"), None);
        assert_eq!(q_before("يرتفع قريبا من 100 حتى 400"), None);
    }

    #[test]
    fn qualifiers_before_numbers() {
        let cases = [
            ("أعلنت أكثر من 60 دولة", Qualifier::MoreThan, "أكثر من"),
            ("ما يزيد على 1000 طلعة", Qualifier::MoreThan, "ما يزيد على"),
            ("ما لا يقل عن 12 شخصا", Qualifier::AtLeast, "ما لا يقل عن"),
            ("قتل نحو 17 شخصا", Qualifier::Approx, "نحو"),
            ("ارتفع بنحو 5%", Qualifier::Approx, "نحو"),
            ("حوالى 30 جريحا", Qualifier::Approx, "حوالى"),
            ("قرابة 200 ألف", Qualifier::Approx, "قرابة"),
            ("أقل من 5 سنوات", Qualifier::LessThan, "أقل من"),
            ("لا يتجاوز 10 أيام", Qualifier::AtMost, "لا يتجاوز"),
            ("بقيمة تجاوزت 513 مليون ريال", Qualifier::MoreThan, "تجاوزت"),
            ("عددهم يتجاوز 40 شخصا", Qualifier::MoreThan, "يتجاوز"),
            ("بلغ ما يناهز 40 مليونا", Qualifier::Approx, "ما يناهز"),
            ("لأكثر من 3 أشهر", Qualifier::MoreThan, "أكثر من"),
            ("لن تتجاوز نسبة 5%", Qualifier::AtMost, "لن تتجاوز نسبة"),
            ("يجاوزون الـ60 عاما", Qualifier::MoreThan, "يجاوزون الـ"),
            ("قاربت على 50 مليونا", Qualifier::Approx, "قاربت على"),
        ];
        for (text, q, span) in cases {
            assert_eq!(q_before(text), Some((q, span.to_string())), "{text}");
        }
        assert_eq!(q_before("قتل 12 شخصا"), None);
        assert_eq!(q_before("اتجه نحو المدينة و 12 شخصا"), None);
    }

    #[test]
    fn qualifiers_after_numbers() {
        let tokens = tokenize("قتل 12 شخصا على الأقل", 0);
        let f = after(&tokens, 3).unwrap();
        assert_eq!((f.qualifier, f.first, f.last), (Qualifier::AtLeast, 3, 4));
        let tokens = tokenize("10 آلاف تقريبا", 0);
        assert_eq!(after(&tokens, 2).unwrap().qualifier, Qualifier::Approx);
    }

    #[test]
    fn range_words() {
        let tokens = tokenize("بين 10 و20 قتيلا", 0);
        assert_eq!(
            range_open(&tokens, 1).map(|r| r.0),
            Some(RangeOpen::Between)
        );
        assert_eq!(range_close(&tokens, 2, Some(RangeOpen::Between)), Some(3));
        let tokens = tokenize("من 5 إلى 7 أيام", 0);
        assert_eq!(range_open(&tokens, 1).map(|r| r.0), Some(RangeOpen::From));
        assert_eq!(range_close(&tokens, 2, Some(RangeOpen::From)), Some(3));
        let tokens = tokenize("10-12 طائرة", 0);
        assert_eq!(range_close(&tokens, 1, None), Some(2));
        // Spaced, before a counted noun only.
        let tokens = tokenize("10 - 12 طائرة", 0);
        assert_eq!(range_close(&tokens, 1, None), Some(2));
        let tokens = tokenize("10 - 12 في", 0);
        assert_eq!(range_close(&tokens, 1, None), None);
    }
}
