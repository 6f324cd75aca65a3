//! The subject of a claim: what its number is about, as matching keys — the named entities
//! of its clause first (as language-independent ids: `coalition`, `syria`,
//! `islamic_state`), then its other content words without their article. Function words,
//! reporting verbs, number words and the claim's own words stay out.

use std::collections::HashSet;

use crate::lang::FastSet;
use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::lang::entities;
use crate::normalize;

/// At most this many terms.
const MAX_TERMS: usize = 10;
/// A clause with fewer content terms than this borrows from the next clause.
const MIN_TERMS: usize = 3;

/// Words that say nothing about what a number is about.
const STOPWORDS: &str = "
من في على إلى الى عن مع أن إن ان أنه إنه انه أنها إنها بأن لأن كأن لكن ولكن التي الذي الذين
اللذين اللتين اللواتي اللاتي هذا هذه ذلك تلك هؤلاء أولئك هنا هناك كان كانت كانوا يكون تكون
يكونون قد لقد ما لا لم لن ليس ليست هو هي هم هن نحن أنا أنت أنتم أو أم ثم حتى بعد قبل خلال منذ
عند عندما حيث كما إذ إذا اذا أي كل بعض غير بين ضد حول نحو دون فوق تحت أمام وراء عبر لدى لدي
سوى مثل أيضا أيضاً فقط كذلك وذلك جدا إلا الا بل بينما فيما مما عما بما كيف لماذا متى أين هل
يمكن تم يتم وتم وقد فقد وهو وهي وهم كل جميع عدد نحو حوالي حوالى قرابة زهاء أكثر اكثر أقل اقل
يزيد تزيد يقل تقل يتجاوز يفوق يقارب يناهز الأقل الأكثر تقريبا بنحو وفق وفقا حسب بحسب طبقا نقلا
لسان جهته جهتها فيه فيها منه منها عليه عليها إليه إليها له لها لهم به بها بهم معه معها عنه عنها
اليوم أمس غدا الماضي الماضية المقبل المقبلة الجاري الحالي الحالية المنصرم الفائت القادم
يوم شهر عام سنة أسبوع مساء صباح مساء ليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
قال قالت يقول تقول أضاف أضافت يضيف أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أفاد أفادت يفيد
أشار أشارت يشير تشير أوضح أوضحت يوضح توضح ذكر ذكرت يذكر تذكر صرح صرحت كشف كشفت يكشف نقل نقلت
اعتبر اعتبرت يعتبر رأى رأت يرى ترى شدد شددت يشدد لفت لفتت نفى نفت حذر حذرت تابع تابعت بين
بينت مشيرا مشيرة لافتا لافتة مؤكدا مؤكدة موضحا موضحة مضيفا مضيفة معتبرا قائلا قائلة بيان
وأضاف وقال وقالت وأكد وأكدت وأشار وأشارت وأوضح وذكر وذكرت وأعلن وأعلنت وتابع وأفاد وبين
";

/// The article and conjunctions that a content word sheds for matching: `والتحالف` →
/// `تحالف`. Bare one-letter proclitics stay, since too many words begin with those letters
/// (`وزير`, `بلدة`, `لجنة`).
const ARTICLE_PREFIXES: &[&str] = &[
    "وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال",
];

static STOP: LazyLock<FastSet<String>> = LazyLock::new(|| {
    STOPWORDS
        .split_whitespace()
        .flat_map(|w| {
            let k = normalize::key(w);
            [strip_article(&k).to_string(), k]
        })
        .collect()
});

/// Whether a normalized word is a function word, reporting verb or time word.
pub fn is_function_word(key: &str) -> bool {
    STOP.contains(key)
}

fn strip_article(key: &str) -> &str {
    for p in ARTICLE_PREFIXES {
        if let Some(rest) = key.strip_prefix(p)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    key
}

fn is_boundary(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct(
            '،' | ','
                | '؛'
                | ';'
                | ':'
                | '.'
                | '؟'
                | '?'
                | '!'
                | '('
                | ')'
                | '«'
                | '»'
                | '"'
                | '“'
                | '”'
        )
    )
}

/// Whether a token may be a subject term (a content word).
fn content(t: &Token<'_>, is_number_word: &dyn Fn(&Token<'_>) -> bool) -> Option<String> {
    if t.kind != TokenKind::Word {
        return None;
    }
    if STOP.contains(&t.key) || is_number_word(t) {
        return None;
    }
    let stem = strip_article(&t.key);
    if stem.chars().count() < 3 || STOP.contains(stem) {
        return None;
    }
    Some(stem.to_string())
}

/// The subject of the claim spanning tokens `first..=last`: entities first, then content
/// words, from its clause (widened to the next clause when it has too few).
pub fn subject(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> Option<String> {
    // The clause: from the boundary before the claim to the boundary after it.
    let mut lo = first;
    while lo > 0 && !is_boundary(&tokens[lo - 1]) {
        lo -= 1;
    }
    let mut hi = last;
    while hi + 1 < tokens.len() && !is_boundary(&tokens[hi + 1]) {
        hi += 1;
    }
    let mut terms = collect(tokens, lo, hi, first, last, is_number_word);
    if terms.0.len() + terms.1.len() < MIN_TERMS && hi + 2 < tokens.len() {
        // Borrow the next clause.
        let mut hi2 = hi + 2;
        while hi2 + 1 < tokens.len() && !is_boundary(&tokens[hi2 + 1]) {
            hi2 += 1;
        }
        terms = collect(tokens, lo, hi2, first, last, is_number_word);
    }
    let (entities, words) = terms;
    let mut seen = HashSet::new();
    let all: Vec<String> = entities
        .into_iter()
        .chain(words)
        .filter(|t| seen.insert(t.clone()))
        .take(MAX_TERMS)
        .collect();
    (!all.is_empty()).then(|| all.join(" "))
}

fn collect(
    tokens: &[Token<'_>],
    lo: usize,
    hi: usize,
    first: usize,
    last: usize,
    is_number_word: &dyn Fn(&Token<'_>) -> bool,
) -> (Vec<String>, Vec<String>) {
    let (mut entities, mut words) = (Vec::new(), Vec::new());
    // The keys of the clause once, and where each run of words ends, so that the gazetteer
    // sees up to six following words without a fresh vector at every position.
    let keys: Vec<&str> = tokens[lo..=hi].iter().map(|t| t.key.as_str()).collect();
    let mut run_end = vec![keys.len(); keys.len()];
    let mut end = keys.len();
    for k in (0..keys.len()).rev() {
        if tokens[lo + k].kind != TokenKind::Word {
            end = k;
        }
        run_end[k] = end;
    }
    let mut i = lo;
    while i <= hi {
        if (first..=last).contains(&i) {
            i = last + 1;
            continue;
        }
        let k = i - lo;
        let window = &keys[k..run_end[k].min(k + 6)];
        if let Some(e) = entities::find_ar(window) {
            // An entity may not reach into the claim itself.
            let end = i + e.words - 1;
            if end < first || i > last {
                entities.push(e.id.to_string());
                i = end + 1;
                continue;
            }
        }
        if let Some(w) = content(&tokens[i], is_number_word) {
            words.push(w);
        }
        i += 1;
    }
    (entities, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    /// The subject of the claim on tokens `first..=last` of `text`.
    fn of(text: &str, first: usize, last: usize) -> String {
        let tokens = tokenize(text, 0);
        subject(&tokens, first, last, &|_| false).unwrap_or_default()
    }

    #[test]
    fn entities_come_first_as_ids() {
        let s = of(
            "نفذت القوات الدولية أكثر من ألف طلعة جوية ضد أهداف تنظيم الدولة في سوريا والعراق",
            3,
            7,
        );
        assert!(s.starts_with("islamic_state syria iraq "), "{s}");
        assert!(s.contains("قوات"), "{s}");
    }

    #[test]
    fn function_words_reporting_verbs_and_the_claim_stay_out() {
        let s = of("وقال الوزير إن القوات نفذت 1000 طلعة في سوريا", 5, 6);
        for word in ["قال", "وقال", "ان", "في", "1000", "طلعه"] {
            assert!(!s.split(' ').any(|w| w == word), "{word} in {s}");
        }
        assert!(s.starts_with("syria"), "{s}");
        assert!(
            s.contains("وزير") && s.contains("قوات") && s.contains("نفذت"),
            "{s}"
        );
    }

    #[test]
    fn a_short_clause_borrows_the_next_one() {
        let s = of("قتل 12 شخصا، في هجوم على مسجد في أبها", 1, 2);
        assert!(
            s.contains("abha") && s.contains("هجوم") && s.contains("مسجد"),
            "{s}"
        );
    }

    #[test]
    fn no_content_no_subject() {
        let tokens = tokenize("12", 0);
        assert_eq!(subject(&tokens, 0, 0, &|_| false), None);
    }
}
