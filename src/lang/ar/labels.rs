//! Numbers that name or label rather than count: a cup's round named by how many teams play
//! it (`دور الـ32`, `الدور ال 16`), a match's score in words (`بهدفين مقابل هدف`, `بثلاثة
//! أهداف نظيفة`, `بهدف دون رد`, `بثلاثة أهداف لهدفين`) and a verse of the Quran cited in
//! round brackets after its surah's name (`(البقرة: 255)`, `(الإسراء:23)`). Also a number
//! that names a thing (a model, a room, a military unit, a hotline: `ون بلس 2`, `جناح 17`,
//! `الكتيبة 102 مشاة`, `الطوارئ 911`) and an ordinal that ranks nothing (see
//! [`ordinals::names_nothing`]). None of them is a claim.

use std::sync::LazyLock;

use super::Ctx;
use super::names2;
use super::numbers;
use super::ordinals;
use super::tokens::{Token, TokenKind};
use super::units;
use crate::lang::FastSet;
use crate::normalize;

/// A number at token `i` that is a label, and the token after it (and after what it is part
/// of: the whole score, the closing bracket).
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    round_of(ctx.tokens, i)
        .or_else(|| verse_in_brackets(ctx.tokens, i))
        .or_else(|| score_in_words(ctx, i))
        .or_else(|| numbered_name(ctx, i))
        .or_else(|| {
            let o = ordinals::parse_at(ctx.tokens, i)?;
            (ordinals::names_nothing(ctx.tokens, &o)
                || names2::ordinal_in_name(ctx.tokens, o.first, o.last, o.value))
            .then_some(o.last + 1)
        })
        .or_else(|| names2::not_a_claim(ctx, i))
}

/// Names (stem keys) of products and models whose number is the model's: `ون بلس 2`,
/// `يوغا تابلت 2`, `ويندوز فون 8`, `إمبراير فينوم 300`, `إف 16 بلوك 52`, `طائرات هوك 65`,
/// `غالاكسي نوت 4`, `بوينج من طراز 777`.
const MODEL_WORDS: &[&str] = &[
    "بلس",
    "تابلت",
    "فون",
    "فينوم",
    "بلوك",
    "هوك",
    "نوت",
    "طراز",
    "طرازي",
];

/// Places (stem keys) named by a number: a ward, a hall, a cell, a bed, a platform, a
/// cabin, a floor (`جناح 17`, `بالقاعة 3`, `الزنزانة 12`, `الطابق 82`).
const PLACE_WORDS: &[&str] = &[
    "جناح",
    "قاعه",
    "عنبر",
    "زنزانه",
    "سرير",
    "رصيف",
    "كابينه",
    "طابق",
];

/// Military units (stem keys) named by a number (`الكتيبة 42`, `لواء 33 مدرع`).
const UNIT_WORDS: &[&str] = &["كتيبه", "لواء", "فرقه", "فيلق", "سريه"];

/// The arm of a military unit after its number (`الكتيبة 102 مشاة`, `لواء 33 مدرع`, `الكتيبة
/// 21 حرس حدود`): keys.
const UNIT_ARMS: &[&str] = &[
    "مشاه",
    "مدرع",
    "مدرعه",
    "ميكا",
    "حرس",
    "مدفعيه",
    "صاعقه",
    "مغاوير",
    "جبلي",
];

/// Words (stem keys) of a service called by a short number (`الطوارئ 911`, `الخط الساخن
/// 998`, `الإسعاف 997`).
const HOTLINE_WORDS: &[&str] = &["طواري", "ساخن", "اسعاف", "نجده"];

/// A number at token `i` that names a thing rather than counts, and the token after it:
/// - a model's number after the product's name (`ون بلس 2`, `فينوم 300`, `طراز 777-200`);
/// - a place's (`جناح 17`, `الزنزانة 12`) or a military unit's (`الكتيبة 42`, `لواء 33
///   مدرع`), nothing counted after it (not `تستوعب كل قاعة 80 زائرا`);
/// - a hotline's, up to three words after the service (`بخدمات الطوارئ 911`);
/// - a number named in words after `للرقم`, `بالرقم` (`حب الصين للرقم ثمانية`);
/// - the surname `ميات` (`إيه سو ميات`), which reads as «hundreds».
fn numbered_name(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = tokens.get(i)?;
    let p = i.checked_sub(1)?;
    let after = |k: usize, set: &[&str]| {
        tokens[k].kind == TokenKind::Word && tokens[k].stems().any(|(_, s)| set.contains(&s))
    };
    if t.kind == TokenKind::Word {
        // `للرقم ثمانية`: the number as a name (`الرقم` bare is read in [`super`]).
        if matches!(
            tokens[p].key.as_str(),
            "للرقم" | "بالرقم" | "والرقم" | "لرقم" | "برقم" | "ورقم"
        ) && numbers::is_number_word(t)
            && let Some(n) = numbers::parse_at(tokens, i)
            && !n.vague
            && n.value < 100.0
            && super::nothing_counted(ctx, n.last + 1)
        {
            return Some(n.last + 1);
        }
        // `إيه سو ميات`: a name; «hundreds» (colloquial) takes a noun after it.
        if t.key == "ميات"
            // (`مئات` is keyed `ميات` too.)
            && !t.text.contains('ئ')
            && tokens[p].kind == TokenKind::Word
            && !numbers::is_number_word(&tokens[p])
            && tokens.get(i + 1).is_none_or(|n| {
                n.kind != TokenKind::Word || super::subject::is_function_word(&n.key)
            })
        {
            return Some(i + 1);
        }
        return None;
    }
    let TokenKind::Number {
        value,
        percent: false,
    } = t.kind
    else {
        return None;
    };
    if !t.text.chars().all(char::is_numeric) || value >= 100_000.0 {
        return None;
    }
    let next_is = |c: char| {
        tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Punct(c))
    };
    if next_is('%') || next_is('٪') {
        return None;
    }
    // Nothing counted after it, not even a noun outside the lexicon (`9297 مكالمة`).
    let free = super::nothing_counted(ctx, i + 1)
        && tokens.get(i + 1).is_none_or(|n| !numbers::is_multiplier(n))
        && numbers::parse_at(tokens, i)
            .is_some_and(|n| super::unknown_noun(tokens, &n, i + 1).is_none());
    if value < 1000.0 && free && after(p, MODEL_WORDS) {
        // `طراز 777-200`: and the variant glued after a dash.
        let variant = tokens
            .get(i + 1)
            .is_some_and(|d| d.kind == TokenKind::Punct('-') && d.start == t.end)
            && tokens
                .get(i + 2)
                .is_some_and(|n| n.number().is_some() && n.start == tokens[i + 1].end);
        return Some(if variant { i + 3 } else { i + 1 });
    }
    if value < 1000.0 && free && after(p, PLACE_WORDS) {
        // `بالكابينة 9 أو 11`: and another after `أو`, `و`.
        let other = tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && matches!(n.key.as_str(), "او" | "و"))
            && tokens.get(i + 2).is_some_and(|n| n.number().is_some())
            && super::nothing_counted(ctx, i + 3);
        return Some(if other { i + 3 } else { i + 1 });
    }
    if value < 1000.0
        && after(p, UNIT_WORDS)
        && (free
            || tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && UNIT_ARMS.contains(&n.key.as_str())))
    {
        let arm = tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && UNIT_ARMS.contains(&n.key.as_str()));
        return Some(if arm { i + 2 } else { i + 1 });
    }
    let digits = t.text.chars().count();
    let year_like = digits == 4 && (1300.0..=2100.0).contains(&value);
    if (3..=5).contains(&digits)
        && !year_like
        && free
        && (p.saturating_sub(2)..=p).any(|k| after(k, HOTLINE_WORDS))
    {
        return Some(i + 1);
    }
    None
}

/// Keys of «round» (`دور`, `الدور`, `لدور`, `ودور`, `بالدور` …).
const ROUND_KEYS: &[&str] = &[
    "دور",
    "الدور",
    "لدور",
    "للدور",
    "ودور",
    "والدور",
    "بدور",
    "بالدور",
    "فدور",
    "فالدور",
];

/// `دور الـ32`, `الدور ال 16`, `لدور الـ١٦`: the round of a cup named by the number of teams
/// in it, a power of two, after the article written apart (`الدورة الـ23` is an edition: an
/// ordinal, and so is `الدور الـ 23`).
fn round_of(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let TokenKind::Number {
        value,
        percent: false,
    } = tokens.get(i)?.kind
    else {
        return None;
    };
    if !matches!(value, 4.0 | 8.0 | 16.0 | 32.0 | 64.0 | 128.0) || i < 2 {
        return None;
    }
    let article = &tokens[i - 1];
    let round = &tokens[i - 2];
    (article.kind == TokenKind::Word
        && article.key == "ال"
        && round.kind == TokenKind::Word
        && ROUND_KEYS.contains(&round.key.as_str()))
    .then_some(i + 1)
}

/// The 114 surahs of the Quran, as their names are cited (`آل عمران` in two words).
const SURAHS: &[&str] = &[
    "الفاتحة",
    "البقرة",
    "آل عمران",
    "النساء",
    "المائدة",
    "الأنعام",
    "الأعراف",
    "الأنفال",
    "التوبة",
    "يونس",
    "هود",
    "يوسف",
    "الرعد",
    "إبراهيم",
    "الحجر",
    "النحل",
    "الإسراء",
    "الكهف",
    "مريم",
    "طه",
    "الأنبياء",
    "الحج",
    "المؤمنون",
    "النور",
    "الفرقان",
    "الشعراء",
    "النمل",
    "القصص",
    "العنكبوت",
    "الروم",
    "لقمان",
    "السجدة",
    "الأحزاب",
    "سبأ",
    "فاطر",
    "يس",
    "الصافات",
    "ص",
    "الزمر",
    "غافر",
    "فصلت",
    "الشورى",
    "الزخرف",
    "الدخان",
    "الجاثية",
    "الأحقاف",
    "محمد",
    "الفتح",
    "الحجرات",
    "ق",
    "الذاريات",
    "الطور",
    "النجم",
    "القمر",
    "الرحمن",
    "الواقعة",
    "الحديد",
    "المجادلة",
    "الحشر",
    "الممتحنة",
    "الصف",
    "الجمعة",
    "المنافقون",
    "التغابن",
    "الطلاق",
    "التحريم",
    "الملك",
    "القلم",
    "الحاقة",
    "المعارج",
    "نوح",
    "الجن",
    "المزمل",
    "المدثر",
    "القيامة",
    "الإنسان",
    "المرسلات",
    "النبأ",
    "النازعات",
    "عبس",
    "التكوير",
    "الانفطار",
    "المطففين",
    "الانشقاق",
    "البروج",
    "الطارق",
    "الأعلى",
    "الغاشية",
    "الفجر",
    "البلد",
    "الشمس",
    "الليل",
    "الضحى",
    "الشرح",
    "التين",
    "العلق",
    "القدر",
    "البينة",
    "الزلزلة",
    "العاديات",
    "القارعة",
    "التكاثر",
    "العصر",
    "الهمزة",
    "الفيل",
    "قريش",
    "الماعون",
    "الكوثر",
    "الكافرون",
    "النصر",
    "المسد",
    "الإخلاص",
    "الفلق",
    "الناس",
];

static SURAH_KEYS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    SURAHS
        .iter()
        .map(|s| {
            s.split(' ')
                .map(normalize::key)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
});

/// `(البقرة: 255)`, `(الإسراء:23)`, `(سورة لقمان: 15)`, `(النساء: 92-93)`: a verse (at most
/// 286, the longest surah's count) cited after its surah's name in round brackets; the
/// token after the closing bracket.
fn verse_in_brackets(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let verse = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Number { value, percent: false }
                if value.fract() == 0.0 && (1.0..=286.0).contains(&value))
        })
    };
    if !verse(i) || i < 3 || !matches!(tokens[i - 1].kind, TokenKind::Punct(':')) {
        return None;
    }
    // One or two words of the name (three with `سورة`), then the opening bracket.
    let words: Vec<usize> = (0..i - 1)
        .rev()
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .take(4)
        .collect();
    let open = words.last()?.checked_sub(1)?;
    if !matches!(tokens[open].kind, TokenKind::Punct('(')) {
        return None;
    }
    let mut name: Vec<&str> = words
        .iter()
        .rev()
        .map(|&k| tokens[k].key.as_str())
        .collect();
    if name.first() == Some(&"سوره") {
        name.remove(0);
    }
    if name.is_empty() || !SURAH_KEYS.contains(&name.join(" ")) {
        return None;
    }
    let mut next = i + 1;
    if tokens
        .get(next)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('-')))
        && verse(next + 1)
    {
        next += 2;
    }
    tokens
        .get(next)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(')')))
        .then_some(next + 1)
}

/// The token after a count of goals starting at token `k`: a goal word alone (`بهدفين`,
/// `هدف`, `لهدفين`) or a number and the goal noun (`بثلاثة أهداف`, `3 أهداف`).
fn goals(ctx: &Ctx<'_, '_>, k: usize) -> Option<usize> {
    if k >= ctx.tokens.len() {
        return None;
    }
    let goal = |k: usize| {
        goal_word(ctx, k)
            .then(|| units::lookup(ctx.keys_from(k)))
            .flatten()
            .filter(|u| u.concept == "goal")
    };
    if let Some(u) = goal(k) {
        return (u.plurality != units::Plurality::Plural).then_some(k + u.words);
    }
    let n = ctx.number_at(k)?;
    let u = goal(n.last + 1).filter(|u| !u.proclitic)?;
    Some(n.last + 1 + u.words)
}

/// Whether the key of token `k` has `هد`, as every form of the goal noun has (`هدف`,
/// `أهداف`, `بهدفين`, `الأهداف`): the units look-up is asked only of those (this runs at
/// every token that may start a claim).
fn goal_word(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    const HD: &[u8] = "هد".as_bytes();
    ctx.keys
        .get(k)
        .is_some_and(|key| key.as_bytes().windows(HD.len()).any(|w| w == HD))
}

/// A word at token `k` with the key `key`, or `key` with a proclitic in `clitics`.
fn word_is(tokens: &[Token<'_>], k: usize, key: &str, clitics: &[&str]) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Word
            && (t.key == key
                || t.key
                    .strip_suffix(key)
                    .is_some_and(|c| clitics.contains(&c)))
    })
}

/// A match's score in words starting at token `i`, and the token after it:
/// - `بهدفين نظيفين`, `سبعة أهداف نظيفة`: clean, so to nil;
/// - `بهدف دون رد`, `بأربعة أهداف دون مقابل`, `بهدفين من دون رد`: without reply;
/// - `بهدفين مقابل هدف`, `بثلاثة أهداف لهدفين`, `بنتيجة هدفين مقابل لا شيء`: with `ب` or
///   after `نتيجة` (`سجل لاعبوه 59 هدفا مقابل 62 هدفا` compares counts of goals).
///
/// Also the other side of a score whose first side claims nothing (`بهدف مقابل هدفين`).
fn score_in_words(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    // The second side, its first side a single goal word (`بهدف مقابل هدفين`, `بهدف لهدفين`).
    if i >= 1 {
        let single = |k: usize| {
            goal_word(ctx, k)
                && units::lookup(ctx.keys_from(k)).is_some_and(|u| {
                    u.concept == "goal" && u.words == 1 && u.plurality == units::Plurality::Singular
                })
                && tokens[k].key.starts_with('ب')
        };
        if word_is(tokens, i - 1, "مقابل", &[]) && i >= 2 && single(i - 2)
            || tokens[i].key.starts_with('ل') && single(i - 1)
        {
            return goals(ctx, i);
        }
    }
    let after = goals(ctx, i)?;
    let marked = tokens[i].key.starts_with('ب')
        || i.checked_sub(1)
            .is_some_and(|p| tokens[p].key.ends_with("نتيجه"));
    if after == i + 1 && !marked && tokens[i].number().is_none() {
        // A goal word alone, not after `ب`: `هدفين نظيفين` still, but not `هدفين مقابل`.
        if !tokens.get(after).is_some_and(|t| t.key.starts_with("نظيف")) {
            return None;
        }
    }
    let t = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    if t(after).is_some_and(|t| t.key.starts_with("نظيف")) {
        return Some(after + 1);
    }
    let mut k = after;
    if word_is(tokens, k, "من", &[]) {
        k += 1;
    }
    if word_is(tokens, k, "دون", &["ب"])
        && t(k + 1).is_some_and(|t| matches!(t.key.as_str(), "رد" | "مقابل"))
    {
        return Some(k + 2);
    }
    if !marked {
        return None;
    }
    if word_is(tokens, after, "مقابل", &[]) {
        let r = after + 1;
        if word_is(tokens, r, "لا", &[]) && t(r + 1).is_some_and(|t| t.key.starts_with("شي")) {
            return Some(r + 2);
        }
        return Some(goals(ctx, r).unwrap_or(r));
    }
    // `بثلاثة أهداف لهدفين`, `بهدفين لهدف`: the other side glued to `ل`.
    if t(after).is_some_and(|t| t.key.starts_with('ل')) {
        return goals(ctx, after);
    }
    None
}
