//! The subject of a claim: what its number is about, as matching keys — the named entities
//! of its clause first (as language-independent ids: `coalition`, `syria`,
//! `islamic_state`), then its other content words without their article. Function words,
//! reporting verbs, number words and the claim's own words stay out.

use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

use crate::lang::FastSet;

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

/// The keys of [`STOP`], as a filter that answers most content words without the set.
static STOP_FILTER: LazyLock<crate::lang::KeyFilter> =
    LazyLock::new(|| crate::lang::KeyFilter::new(STOP.iter().map(String::as_str)));

/// Whether a normalized word is a function word, reporting verb or time word.
pub fn is_function_word(key: &str) -> bool {
    STOP_FILTER.may_have(key) && STOP.contains(key)
}

fn strip_article(key: &str) -> &str {
    for p in ARTICLE_PREFIXES {
        if let Some(rest) = key.strip_prefix(p)
            && rest.chars().nth(1).is_some()
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

/// Whether a token may be a subject term (a content word): its key without the article.
fn content<'a>(t: &'a Token<'_>, is_number_word: &dyn Fn(&Token<'_>) -> bool) -> Option<&'a str> {
    if t.kind != TokenKind::Word {
        return None;
    }
    if is_function_word(&t.key) || is_number_word(t) {
        return None;
    }
    let stem = strip_article(&t.key);
    if stem.chars().nth(2).is_none() || is_function_word(stem) {
        return None;
    }
    Some(stem)
}

/// The subjects of the claims of one sentence. What it learns about a word (the entity it
/// starts, whether it is a content word) it keeps for the sentence's next claim, whose
/// clause is often the same.
pub struct Subjects<'a, 't> {
    tokens: &'a [Token<'t>],
    /// The tokens' keys.
    keys: &'a [&'a str],
    /// For each token, the index after the run of words it starts (itself when not a word).
    run_end: &'a [usize],
    is_number_word: &'a dyn Fn(&Token<'_>) -> bool,
    /// Per token, once asked: the entity it starts, and its content-word reading.
    known: OnceCell<Vec<Known<'a>>>,
}

type EntityAt = Option<(&'static str, usize)>;

#[derive(Default)]
struct Known<'a> {
    entity: Cell<Option<EntityAt>>,
    content: Cell<Option<Option<&'a str>>>,
}

impl<'a, 't> Subjects<'a, 't> {
    pub fn new(
        tokens: &'a [Token<'t>],
        keys: &'a [&'a str],
        run_end: &'a [usize],
        is_number_word: &'a dyn Fn(&Token<'_>) -> bool,
    ) -> Self {
        Subjects {
            tokens,
            keys,
            run_end,
            is_number_word,
            known: OnceCell::new(),
        }
    }

    /// The subject of the claim spanning tokens `first..=last`: entities first, then
    /// content words, from its clause (widened to the next clause when it has too few).
    pub fn subject(&self, first: usize, last: usize) -> Option<String> {
        let tokens = self.tokens;
        let boundary = |i: usize| is_boundary(&tokens[i]);
        let (lo, hi) = crate::lang::clause_of(tokens.len(), first, last, boundary);
        let (mut entities, mut words) = (
            Vec::with_capacity(2 * MAX_TERMS),
            Vec::with_capacity(2 * MAX_TERMS),
        );
        self.collect(lo, hi, first, last, &mut entities, &mut words);
        if entities.len() + words.len() < MIN_TERMS
            && let Some(hi2) = crate::lang::next_clause_end(tokens.len(), last, hi, boundary)
        {
            // Borrow the next clause. Token `hi + 1` is a boundary, so nothing read so far
            // reaches past it: reading on from there is reading the widened clause anew.
            self.collect(hi + 1, hi2, first, last, &mut entities, &mut words);
        }
        crate::lang::join_distinct(entities.into_iter().chain(words), MAX_TERMS)
    }

    /// Adds the entities and content words of tokens `from..=hi` (outside the claim's
    /// `first..=last`) to `entities` and `words`.
    fn collect(
        &self,
        from: usize,
        hi: usize,
        first: usize,
        last: usize,
        entities: &mut Vec<&'a str>,
        words: &mut Vec<&'a str>,
    ) {
        let known = self.known.get_or_init(|| {
            std::iter::repeat_with(Known::default)
                .take(self.tokens.len())
                .collect()
        });
        let mut i = from;
        while i <= hi {
            if (first..=last).contains(&i) {
                i = last + 1;
                continue;
            }
            // The gazetteer sees up to six following words of the run.
            let entity = known[i].entity.get().unwrap_or_else(|| {
                let window = &self.keys[i..self.run_end[i].min(i + 6)];
                let e = entities::find_ar(window).map(|e| (e.id, e.words));
                known[i].entity.set(Some(e));
                e
            });
            if let Some((id, n)) = entity {
                // An entity may not reach into the claim itself.
                let end = i + n - 1;
                if end < first || i > last {
                    entities.push(id);
                    i = end + 1;
                    continue;
                }
            }
            let word = known[i].content.get().unwrap_or_else(|| {
                let w = content(&self.tokens[i], self.is_number_word);
                known[i].content.set(Some(w));
                w
            });
            if let Some(w) = word {
                words.push(w);
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    /// The subject of the claim on tokens `first..=last` of `tokens`.
    fn subject(tokens: &[Token<'_>], first: usize, last: usize) -> Option<String> {
        let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
        let mut run_end = vec![0; tokens.len()];
        let mut end = tokens.len();
        for (i, t) in tokens.iter().enumerate().rev() {
            if t.kind != TokenKind::Word {
                end = i;
            }
            run_end[i] = end;
        }
        Subjects::new(tokens, &keys, &run_end, &|_| false).subject(first, last)
    }

    /// The subject of the claim on tokens `first..=last` of `text`.
    fn of(text: &str, first: usize, last: usize) -> String {
        subject(&tokenize(text, 0), first, last).unwrap_or_default()
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
        assert_eq!(subject(&tokens, 0, 0), None);
    }
}
