//! Whether a bare `اليوم` dates news (the publication day) or is the «nowadays» of opinion
//! writing, a name, an idiom or a quotation.
//!
//! `اليوم` alone (with `و`/`ف`, no weekday or date after it) is the publication day in a news
//! sentence: `ندد وزير الخارجية اليوم بالتفجير`, `صباح اليوم`, `تداولات اليوم`. In columns,
//! interviews and analysis the same word means «at present» (`الاختلاف اليوم أصبح …`,
//! `كلنا نؤمن اليوم`, `ما نعيشه اليوم`), and it also names things (`روسيا اليوم`, the daily
//! `لـ«اليوم»`) and sits in idioms (`اليوم مثل أمس`, `ساعات اليوم`). A judged sample of 150
//! bare `اليوم` claims had 53 of these. The gate: a negative cue drops the claim; without one
//! it is kept when a positive cue fires (a time of day or an event noun before it, a statement
//! noun or a news verb in its clause) or it stands in the article's lead, where news
//! sentences are.

use std::sync::LazyLock;

use super::attribution;
use super::dates;
use super::tokens::{Token, TokenKind};
use crate::lang::FastSet;
use crate::normalize::key;

/// The lead: the first ~550 characters of an article, in bytes (Arabic letters take two;
/// 300 characters of the corpus take 482–562 bytes, 547 at the median). News sentences
/// open an article; «nowadays» sits deep in columns (in the judged sample 47 of 97 right
/// claims start before character 300, 9 of 53 wrong ones; 30 wrong and 18 right start
/// after character 1000).
const LEAD_BYTES: usize = 1000;

/// Words of being, lasting and comparing, and the first person plural, near `اليوم`
/// (3 words either side) make it «nowadays»: `الاختلاف اليوم أصبح`, `كلنا نؤمن اليوم`,
/// `لا يزال اليوم`, `ما نعيشه اليوم`, `نحن اليوم`; `بالأمس` within 20 words before
/// (`بالأمس … واليوم`).
const STATIVE: &str = "
أصبح أصبحت أصبحوا بات باتت صار صارت أضحى أضحت يزال تزال لازال لازالت مازال مازالت زال
نعيش نعيشه يعيش تعيش يعاني تعاني نحن نرى نراه نراها نراهم نلاحظ نؤمن نعرف نجد نطالب
نحتاج نعاني نواجه نشهد نشهده كلنا جميعنا أننا إننا لعلنا سابقا بالأمس عالمنا مقارنة
هاهم هاهي هاهو أصبحنا بتنا صرنا أضحينا";

/// Conditionals before `اليوم` (within 6 words; `لو`/`لولا` within 20 words): `لكنت اليوم أحصي ثروتي`, `لو أننا طالبنا … لما وجدنا اليوم`.
const HYPOTHETICAL_NEAR: &str = "لكنت لكان لكانت لكانوا لكنا لأصبح لأصبحت";
const HYPOTHETICAL_FAR: &str = "لو ولو فلو لولا ولولا";

/// Words before `اليوم` that make it a name: `روسيا اليوم`, `مراسل اليوم`, `لـ«اليوم»`,
/// the daily and its publisher (`دار اليوم للصحافة`, `بصحيفة اليوم`, `جريدة اليوم`).
const NAME_BEFORE: &str = "روسيا مراسل مراسلة لمراسل ل دار لدار بدار صحيفة لصحيفة بصحيفة
جريدة لجريدة بجريدة مجلة لمجلة بمجلة";

/// Words after `اليوم` that make it an idiom or a heading: `اليوم مثل أمس`, `اليوم يوم`
/// (verse), `اليوم عيد`, `اليوم التاريخ` (a table's columns).
const IDIOM_AFTER: &str = "مثل مثلل كالأمس كالبارحة يوم عيد التاريخ";

/// Words before `اليوم` that make it the noun «day» or an idiom: `ساعات اليوم` (hours of
/// the day), `بين الأمس واليوم`, `عن اليوم` (verse).
const IDIOM_BEFORE: &str = "ساعات الأمس بالأمس عن";

/// Event nouns in construct before `اليوم`: `تداولات اليوم`, `جلسة اليوم`, `مباراة اليوم`.
const EVENT_BEFORE: &str = "
تداولات تعاملات جلسة مباراة مواجهة إعلان اجتماع مؤتمر قمة لقاء خطبة حفل احتفال افتتاح
مران تدريبات تدريب منافسات مباريات دوام مسيرة";

/// `ابتداء من اليوم`, `اعتبارا من اليوم`.
const FROM_BEFORE: &str = "ابتداء ابتداءا بدءا بدءً اعتبارا";

/// News verbs (past, or present and future of scheduled events), without proclitics or the
/// suffixes of [`VERB_SUFFIXES`]; the reporting verbs of [`attribution`] count too.
const NEWS_VERBS: &str = "
أعلن أكد قال أصدر عقد التقى استقبل وصل أطلق شهد احتفى احتفت أبرم ندد أعرب كشف اعتقل ضبط
أصيب أفاد أوضح ذكر اقتحم رفض وقف وقع هبط نقل تلقى تلقت صدر أغلق ارتفع تراجع سجل أجرى
بدأ تبدأ يبدأ يختتم تختتم يخوض تخوض يصل تصل يعقد تعقد يتبنى يكشف يجتمع تجتمع يقوم تقوم
يعاود يتقبل يستأنف تستأنف يلعب تلعب يواجه تواجه يلتقي تلتقي يستقبل تستقبل يزور تزور قصف
اختطف اتجه تم حذر طرح توجه يتوقع قام تمكن هدد انطلق تنطلق ينطلق ألقى يصدر تصدر تغيب يكون
تكون تحتفل يحتفل نحتفل اختتم بلغ تراوح يقام تقام أقيم أقيمت شارك افتتح يفتتح دشن يدشن زار
سلم تسلم حقق فاز خسر قتل استشهد لقي اندلع تعرض غادر يغادر أشار صرح أضاف نفى دعا وافق أقر
استضاف يستضيف نظم ينظم تنظم أعاد أجرت ناقش يبحث تبحث رحب حط ختم عاد يعود تعود يتواجه تتواجه يتحدد تتحدد علق يحل تحل
هدم تحدث قدم يقدم تقدم يجري تجري يناقش تناقش واصل يواصل تواصل يشهد تشهد شن يشن تشن أجل نشر
ينشر تنشر أفرج أحال فرض صادق أوقف داهم هاجم تسبب انفجر سقط وجه بث يشارك تشارك ودع أقام
يتوجه تتوجه يعلن تعلن يطلق تطلق ينظر تنظر ترأس يترأس يرأس يلقي تلقي يخضع تخضع";

/// Suffixes a news verb may carry: the feminine, the object pronouns, the plural.
const VERB_SUFFIXES: &[&str] = &["", "ت", "ه", "ها", "هم", "وا", "ته", "تها", "تا", "ا"];

/// Suffixes of a statement noun: `بيانا`, `تصريحات`, `بيانه`, `تقريرها`.
const NOUN_SUFFIXES: &[&str] = &["", "ا", "ات", "ه", "ها"];

/// Quote marks and brackets that wrap a name: `«اليوم»`, `(اليوم)`.
const WRAPS: &[char] = &['"', '“', '”', '«', '»', '(', ')', '\''];

/// Punctuation that ends the stretch a news verb of `اليوم` is looked for in. Not commas
/// (`وأعلنت الخطوط … على موقع "فيس بوك"، عن بدء رحلاتها اليوم`) nor quote marks
/// (`وأكد مقاتلو «طالبان» اليوم`).
const CLAUSE_PUNCT: &[char] = &['؛', ';', ':', '.', '!', '?', '؟'];

struct Lists {
    stative: FastSet<String>,
    hypothetical_near: FastSet<String>,
    hypothetical_far: FastSet<String>,
    name_before: FastSet<String>,
    idiom_after: FastSet<String>,
    idiom_before: FastSet<String>,
    event_before: FastSet<String>,
    from_before: FastSet<String>,
    news_verbs: FastSet<String>,
}

fn key_set(words: &str) -> FastSet<String> {
    words.split_whitespace().map(key).collect()
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    stative: key_set(STATIVE),
    hypothetical_near: key_set(HYPOTHETICAL_NEAR),
    hypothetical_far: key_set(HYPOTHETICAL_FAR),
    name_before: key_set(NAME_BEFORE),
    idiom_after: key_set(IDIOM_AFTER),
    idiom_before: key_set(IDIOM_BEFORE),
    event_before: key_set(EVENT_BEFORE),
    from_before: key_set(FROM_BEFORE),
    news_verbs: key_set(NEWS_VERBS),
});

/// Whether token `i`, a bare `اليوم` the date reader took as «today», dates news: see the
/// module doc. Runs only for those tokens (a few per article).
pub(super) fn dates_news(tokens: &[Token<'_>], i: usize) -> bool {
    let l = &*LISTS;
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
    let punct = |k: usize, cs: &[char]| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(c) if cs.contains(&c)))
    };
    // The words around it.
    let prev = i.checked_sub(1).and_then(word).map(|t| t.key.as_str());
    let prev2 = i.checked_sub(2).and_then(word).map(|t| t.key.as_str());
    let next = word(i + 1).map(|t| t.key.as_str());
    let in_list = |k: Option<&str>, set: &FastSet<String>| k.is_some_and(|k| has(set, k));

    // The word before it across a bracket or quote mark: `في وقت لاحق (اليوم)`.
    let (prev_over, prev2_over) = {
        let mut k = i;
        while k > 0 && punct(k - 1, WRAPS) && i - k < 2 {
            k -= 1;
        }
        let w = |j: Option<usize>| j.and_then(word).map(|t| t.key.as_str());
        (w(k.checked_sub(1)), w(k.checked_sub(2)))
    };
    // Positive cues of position. A time of day before it (`مساء اليوم`, `في وقت لاحق من
    // اليوم`) is the day of the news even inside a quotation or brackets.
    let time_of_day = prev_over.is_some_and(|p| {
        let bare = strip_wa(p);
        [p, bare]
            .iter()
            .any(|k| dates::GHAD_BEFORE.contains(k) || *k == "ضحي")
    }) || matches!(prev_over, Some("لاحق" | "سابق"))
        || prev_over == Some("من") && matches!(prev2_over, Some("لاحق" | "سابق"));

    // Negative cues.
    let wrapped = i > 0 && punct(i - 1, WRAPS) && punct(i + 1, WRAPS) && !time_of_day;
    let named = in_list(prev, &l.name_before)
        || (i >= 2 && punct(i - 1, WRAPS) && word(i - 2).is_some_and(|t| t.key == "ل"));
    let idiom = in_list(next, &l.idiom_after)
        || prev.is_some_and(|p| {
            has(&l.idiom_before, p) || tokens[i - 1].stems().any(|(_, s)| s == "ساعات")
        });
    let near_words = words_before(tokens, i, 3, false)
        .chain(words_after_in_clause(tokens, i, 3))
        .collect::<Vec<_>>();
    let stative = near_words.iter().any(|t| has(&l.stative, &t.key))
        || words_before(tokens, i, 20, false).any(|t| matches!(t.key.as_str(), "بالامس" | "وبالامس"));
    let hypothetical = words_before(tokens, i, 6, false)
        .any(|t| l.hypothetical_near.contains(t.key.as_str()))
        || words_before(tokens, i, 20, false).any(|t| l.hypothetical_far.contains(t.key.as_str()));
    // A question ending within 25 tokens (a long sentence of quotes may end in one far on).
    let question = tokens[i + 1..]
        .iter()
        .take(25)
        .find_map(|t| match t.kind {
            TokenKind::Punct(c) if matches!(c, '.' | '!' | '؟' | '?') => Some(c),
            _ => None,
        })
        .is_some_and(|c| matches!(c, '؟' | '?'));
    let generic = super::ar113::generic_today(tokens, i);
    if wrapped || named || idiom || stative || hypothetical || question || generic {
        return false;
    }

    // Positive cues. An event noun in construct before it is the day of the news even
    // inside a quotation (`"إعلان اليوم ما هو إلا …"`), as a time of day is.
    let event =
        i > 0 && word(i - 1).is_some_and(|t| t.stems().any(|(_, s)| l.event_before.contains(s)));
    let from = prev == Some("من") && in_list(prev2, &l.from_before);
    if time_of_day || event || from {
        return true;
    }
    if in_quotation(tokens, i) {
        return false;
    }
    let clause = words_before(tokens, i, 16, true).collect::<Vec<_>>();
    let statement = clause.iter().any(|t| statement_noun(t));
    let verb = clause.iter().any(|t| news_verb(&t.key))
        || words_after(tokens, i, 2).any(|t| news_verb(&t.key));
    // `اليوم وغدا`: the publication day and the next, a forecast or a schedule (`هطول
    // الأمطار اليوم وغدا`); not the triplet `اليوم وغدا وبعد غد`, «now and always».
    let and_tomorrow = next.is_some_and(|n| matches!(n, "وغدا" | "وغد"))
        && word(i + 2).is_none_or(|t| t.key != "وبعد");
    statement || verb || and_tomorrow || tokens[i].start < LEAD_BYTES
}

/// Whether `set` holds the key `k` as it is or without a leading `و`/`ف` (`فجر` is dawn,
/// `فكلنا` is `كلنا`).
fn has(set: &FastSet<String>, k: &str) -> bool {
    set.contains(k) || set.contains(strip_wa(k))
}

/// A key without a leading `و` or `ف` (two letters at least remain).
fn strip_wa(k: &str) -> &str {
    k.strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().nth(1).is_some())
        .unwrap_or(k)
}

/// Up to `n` words before token `i`, nearest first. Punctuation is skipped; with `clause`,
/// the words stop at the clause's punctuation (punctuation right before `i` is skipped
/// first: `أعلنت الوزارة، اليوم،`).
fn words_before<'a, 't>(
    tokens: &'a [Token<'t>],
    i: usize,
    n: usize,
    clause: bool,
) -> impl Iterator<Item = &'a Token<'t>> {
    let mut started = false;
    tokens[..i]
        .iter()
        .rev()
        .take_while(move |t| {
            if let TokenKind::Punct(c) = t.kind {
                !(clause && started && CLAUSE_PUNCT.contains(&c))
            } else {
                started = true;
                true
            }
        })
        .filter(|t| t.kind == TokenKind::Word)
        .take(n)
}

/// Up to `n` words after token `i`, in the sentence, skipping punctuation.
fn words_after<'a, 't>(
    tokens: &'a [Token<'t>],
    i: usize,
    n: usize,
) -> impl Iterator<Item = &'a Token<'t>> {
    tokens[i + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(n)
}

/// Up to `n` words after token `i` in its clause: they stop at clause punctuation, a comma
/// included, and at a complementizer `أن`/`أنه`/`أنها`, which open a clause of their own
/// (`أعلنت الشركة اليوم، أنها باتت عاجزة`: `باتت` is the company's, not the day's).
/// Punctuation right after `i` is skipped first: a fronted `اليوم، أصبح العمل …` is
/// «nowadays».
fn words_after_in_clause<'a, 't>(
    tokens: &'a [Token<'t>],
    i: usize,
    n: usize,
) -> impl Iterator<Item = &'a Token<'t>> {
    let mut started = false;
    tokens[i + 1..]
        .iter()
        .take_while(move |t| match t.kind {
            TokenKind::Punct(c) => {
                !(started && (c == '،' || c == ',' || CLAUSE_PUNCT.contains(&c)))
            }
            TokenKind::Word => {
                started = true;
                !matches!(t.key.as_str(), "ان" | "انه" | "انها")
            }
            _ => {
                started = true;
                true
            }
        })
        .filter(|t| t.kind == TokenKind::Word)
        .take(n)
}

/// Whether token `i` is inside an open quotation of its sentence: more `«`/`“` than their
/// closers before it, an odd number of `"`, or a colon after a verb of saying (`قال:`).
fn in_quotation(tokens: &[Token<'_>], i: usize) -> bool {
    let (mut guillemets, mut curly, mut straight) = (0i32, 0i32, 0u32);
    let mut said = false;
    for (k, t) in tokens[..i].iter().enumerate() {
        match t.kind {
            TokenKind::Punct('«') => guillemets += 1,
            TokenKind::Punct('»') => guillemets -= 1,
            TokenKind::Punct('“') => curly += 1,
            TokenKind::Punct('”') => curly -= 1,
            TokenKind::Punct('"') => straight += 1,
            TokenKind::Punct(':') => {
                said |= k > 0
                    && matches!(
                        strip_wa(&tokens[k - 1].key),
                        "قال" | "قالت" | "قايلا" | "قايله" | "اضاف" | "اضافت" | "مضيفا"
                    );
            }
            _ => {}
        }
    }
    guillemets > 0 || curly > 0 || straight % 2 == 1 || said
}

/// A statement noun (`بيان`, `تصريح`, `تقرير`, …) with its proclitics and a plural or
/// pronoun suffix: `في بيان لها`, `بتصريحات`, `في تقريرها`.
fn statement_noun(t: &Token<'_>) -> bool {
    // Indefinite or with a pronoun (`في بيان`, `في تصريحه`): `الحديث` is also «modern».
    t.stems().any(|(p, s)| {
        !p.ends_with("ال")
            && NOUN_SUFFIXES.iter().any(|suf| {
                s.strip_suffix(suf)
                    .is_some_and(attribution::is_statement_noun)
            })
    })
}

/// A news verb ([`NEWS_VERBS`] or a past reporting verb of [`attribution`]) with an
/// optional `و`/`ف`/`س` prefix and a suffix of [`VERB_SUFFIXES`]: `وأكدت`, `أصدرته`,
/// `وسيعقد`.
fn news_verb(k: &str) -> bool {
    let l = &*LISTS;
    ["", "و", "ف", "وس", "فس", "س"].iter().any(|p| {
        k.strip_prefix(p).is_some_and(|rest| {
            VERB_SUFFIXES.iter().any(|suf| {
                rest.strip_suffix(suf).is_some_and(|stem| {
                    let known = |v: &str| {
                        l.news_verbs.contains(v) || attribution::is_past_reporting_verb(v)
                    };
                    // `ألقاها`: a final `ى` is written `ا` before a suffix.
                    stem.chars().nth(1).is_some()
                        && (known(stem)
                            || !suf.is_empty()
                                && stem
                                    .strip_suffix('ا')
                                    .is_some_and(|s| known(&format!("{s}ي"))))
                })
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the bare `اليوم` of `text`, set deep in an article (no lead), dates news.
    fn deep(text: &str) -> bool {
        let tokens = tokenize(text, 5000);
        let i = tokens
            .iter()
            .position(|t| strip_wa(&t.key) == "اليوم")
            .expect("اليوم");
        dates_news(&tokens, i)
    }

    #[test]
    fn positive_cues_keep_it_deep_in_an_article() {
        for text in [
            "وأصيب مواطن مساء اليوم إثر سقوط مقذوف",
            "وقصف في وقت سابق من اليوم موقعا عسكريا",
            "وشهدت تداولات اليوم ارتفاع أسهم ثلاث شركات",
            "ويتقبل ذووه العزاء ابتداء من اليوم في جدة",
            "وأوضح المتحدث في بيان صحفي اليوم أن الحادث",
            "ونقلها إلى السلطنة فجر اليوم",
            "في خطبة الجمعة التي ألقاها، اليوم، في المسجد",
            "وأكد مقاتلو «طالبان» باكستان اليوم على موقعهم",
            "ندد وزير الخارجية اليوم بالتفجير",
            "وسيعقد المجلس اليوم جلسة طارئة",
            "الطائرة التي وصلت، اليوم، إلى المطار",
            "قال: \"سنلتقي في مباراة اليوم\"",
            "وأعلنت الشركة المشغلة اليوم، أنها باتت عاجزة",
            "وأعلن المكتب اليوم أنه صار جاهزا",
            "وقد تصدر بيانات في وقت لاحق (اليوم) تظهر ارتفاعا",
            "وتهطل الأمطار اليوم وغدا على المرتفعات",
        ] {
            assert!(deep(text), "{text}");
        }
    }

    #[test]
    fn without_a_cue_deep_in_an_article_it_is_dropped() {
        for text in [
            "وأعمال البناء في الحي اليوم كثيرة",
            "قال: \"نحتاج الوزير اليوم أكثر\"",
            "وذكرت مصادر حصلت عليها (اليوم) تفاصيل",
        ] {
            assert!(!deep(text), "{text}");
        }
    }

    #[test]
    fn negative_cues_drop_it_even_with_a_news_verb() {
        for text in [
            "أكد أن الاختلاف اليوم أصبح مدعاة للغضب",
            "قال إن كلنا نؤمن اليوم بأن الحل فكري",
            "ذكرت روسيا اليوم أن الدواء جديد",
            "وقال مراسل اليوم إن المقاومة تقدمت",
            "ولو كنت كذلك لكنت اليوم أحصي ثروتي",
            "أكد على مدى ساعات اليوم ازدحام المكان",
            "فهل وصل اليوم ما كنا ننتظره؟",
            "كانوا بالأمس في المساجد، واليوم أعلنوا الحرب",
            "وأكد أن المدينة اليوم باتت أجمل",
            "وقال إننا نعيش اليوم وغدا على الأمل",
        ] {
            assert!(!deep(text), "{text}");
        }
    }
}
