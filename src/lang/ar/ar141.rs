//! Ordinals that rank nothing and words that claim nothing, from the judged Arabic samples
//! 100–106 (ar141). No claim for any of these:
//!
//! - `أول` meaning «the start of» or «at first» (extends ar124's `أول الطريق`): `ويضع علماء
//!   اللغة في أول قائمة خصائص اللغة البشرية` (at the head of the list), `اعتمدت الجماعة في
//!   أول أمرها منهجا سلميا` (at first): `أول` before `أمره`/`أمرها`/`أمرهم` (`أول الأمر` is
//!   ar124's), or `في أول قائمة` + a genitive noun (`في أول قائمة للمرشحين`, the first list, stays)
//!   ([`start_of`]). And `أول ما` «as soon as» opening the sentence before a present verb
//!   with no object pronoun and no `هو`/`هي` predicate after it: `أول ما تفتح عيناك وتهمس بك
//!   أصبحنا`, `فأول ما تكون بحجم خرز السبحة يقولون`. `وأول ما نحرره هو`, `أول ما يريده
//!   الرؤساء الخمسة هو` («the first thing that», judged ok as a first in a sequence) and `أول
//!   ما` inside a clause (`فإن أول ما يخطر ببالنا`) stay ([`as_soon_as`]).
//! - Epithet ordinals: `ارتكب الجريمة الاولى والخطيئة الاولى` (original sin: `الخطيئة
//!   الأولى` always, `الجريمة الأولى` before `والخطيئة`), `فالسلة اللعبة الشعبية الأولى
//!   والمميزة` (the foremost popular game: a definite noun + `الشعبية`/`الشعبي`/`المفضلة`/
//!   `المفضل` + `الأولى`/`الأول` is «number one» in praise). The same followed by
//!   `في`/`على`/`بين`/`عالميا` ranks in a field (`اللعبة الشعبية الأولى في العالم`,
//!   `اللعبة الشعبية الثانية على مستوى العالم`) and stays ([`epithet`]).
//! - A name read as `أمس`: `وأخيه “كامس” في ميدان المعركة` (the pharaoh Kamose): `أمس` glued
//!   to a `ك` proclitic is never «yesterday» in news ([`kamose`]).
//! - Words quoted as words: `والمشار إليه «الدولتان» أو «الدولتين»` (a grammar column), and
//!   `صحيفتي «الأولى» و«الشارع»` (a newspaper's name): a single word alone inside quotes next
//!   to another quoted item (joined by `أو`/`و`/a comma) names a word or a title; and `الحرف
//!   الأول … لكلمات طوكيو وفريق وغدا`: an item of a `و`-list right after `كلمة`/`كلمات`/`لفظ`
//!   is a word being cited ([`quoted_word`]). Quoted figures (`بين «109» و«110.1» نقطة`,
//!   `"689"، "ستمائة…"`) and titles of two words or more stay; `في كلمة له أمس` (a speech,
//!   no list) stays.
//! - Idioms: `لمجرد نقل وجمع كتاب وكتابين أو وقف على المنبر` («a book or two»: a bare
//!   indefinite noun + `و` + its own dual, with no number before it, after `مجرد` or before
//!   `أو`; `نحو 50 محطة ومحطتين تحت الإنشاء` and `هدف وهدفين لكل من` stay) ([`or_two`]);
//!   `لا يعيش بالدنيا غير مرة واحدة` (man lives only once: `مرة واحدة` after or before
//!   `بالدنيا`/`في الدنيا`/`بالعمر`/`في العمر`/`في الحياة`) ([`once_in_life`]).
//! - A generic `اليوم` «nowadays» right after a present verb of dwelling or living: `الى
//!   اسماء من يسكنها اليوم من المستوطنين`, `المنطقة العربية تعيش اليوم تحت صفيح ساخن`,
//!   `درجة التحضر التي نعيشها اليوم هي أعظم حضارة` (`يسكن`, `يقطن`, `يعيش`, `نعيش`… with
//!   any suffix); a state, no day is dated. `تعيش اليوم الأول` (a noun phrase) stays, and so
//!   does an `اليوم` after any other verb ([`dwelling_today`]).

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::Kind;

/// An ordinal at token `i` that ranks nothing (the `أول` and epithet rules of the module's
/// doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    (start_of(tokens, i) || as_soon_as(tokens, i) || epithet(tokens, i)).then_some(i + 1)
}

/// `في أول أمرها`, `في أول قائمة خصائص اللغة`: see the module's doc.
fn start_of(tokens: &[Token<'_>], i: usize) -> bool {
    if !matches!(key(tokens, i), "اول" | "واول" | "فاول") {
        return false;
    }
    let n = key(tokens, i + 1);
    if matches!(n, "امره" | "امرها" | "امرهم") {
        return true;
    }
    // `في أول قائمة خصائص اللغة` (a genitive noun after it), not `أول قائمة للمرشحين`.
    let genitive = tokens.get(i + 2).is_some_and(|t| {
        t.kind == TokenKind::Word && !t.key.starts_with('ل') && !t.key.starts_with('ب')
    });
    n == "قايمه"
        && genitive
        && i.checked_sub(1)
            .is_some_and(|p| matches!(key(tokens, p), "في" | "وفي"))
}

/// Whether token `k` is a word that opens the sentence, after `و`/`ف` at most.
fn opens(tokens: &[Token<'_>], k: usize) -> bool {
    k == 0 || k == 1 && matches!(key(tokens, 0), "و" | "ف")
}

/// `أول ما تفتح عيناك`: see the module's doc.
fn as_soon_as(tokens: &[Token<'_>], i: usize) -> bool {
    if !matches!(key(tokens, i), "اول" | "واول" | "فاول") || !opens(tokens, i) {
        return false;
    }
    if key(tokens, i + 1) != "ما" {
        return false;
    }
    let v = key(tokens, i + 2);
    let present = v.chars().count() >= 3 && v.starts_with(['ي', 'ت', 'ن']);
    let object = ["ه", "ها", "هم"].iter().any(|s| v.ends_with(s));
    if !present || object {
        return false;
    }
    // No `هو`/`هي` predicate («the first thing that … is») in the clause after it.
    !(i + 3..(i + 10).min(tokens.len())).any(|k| {
        matches!(key(tokens, k), "هو" | "هي" | "هم" | "كان" | "كانت")
            || matches!(tokens[k].kind, TokenKind::Punct(':'))
    })
}

/// Adjectives of favour (keys) after which `الأولى` is «number one».
const FAVOURS: &[&str] = &["الشعبيه", "الشعبي", "المفضله", "المفضل"];

/// `الخطيئة الأولى`, `اللعبة الشعبية الأولى والمميزة`: see the module's doc.
fn epithet(tokens: &[Token<'_>], i: usize) -> bool {
    if !matches!(key(tokens, i), "الاولي" | "الاول") {
        return false;
    }
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let head = key(tokens, p);
    let bare = head
        .strip_prefix('و')
        .or_else(|| head.strip_prefix('ف'))
        .unwrap_or(head);
    if bare == "الخطييه" {
        return true;
    }
    if bare == "الجريمه" {
        return key(tokens, i + 1) == "والخطييه";
    }
    if !FAVOURS.contains(&head) {
        return false;
    }
    let noun = p
        .checked_sub(1)
        .is_some_and(|q| tokens[q].kind == TokenKind::Word && key(tokens, q).contains("ال"));
    noun && !matches!(
        key(tokens, i + 1),
        "في" | "علي" | "بين" | "عالميا" | "من" | "بعد"
    )
}

/// Retunes the claims of the sentence from `from` on (the word rules of the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        let Some(a) = token_of(tokens, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        let drop = (c.kind == Kind::Date && (kamose(tokens, a) || dwelling_today(tokens, a)))
            || quoted_word(tokens, a, z)
            || (c.kind == Kind::Count && (or_two(tokens, a, z) || once_in_life(tokens, a, z)));
        if drop {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `وأخيه “كامس”`: see the module's doc.
fn kamose(tokens: &[Token<'_>], a: usize) -> bool {
    matches!(key(tokens, a), "كامس" | "وكامس")
}

/// Present verbs (keys, after a `و`/`ف`) of dwelling or living: `اليوم` right after one is
/// «nowadays».
const DWELL: &[&str] = &[
    "يسكن", "تسكن", "يقطن", "تقطن", "يعيش", "تعيش", "نعيش", "اعيش",
];

/// `من يسكنها اليوم من المستوطنين`: see the module's doc.
fn dwelling_today(tokens: &[Token<'_>], a: usize) -> bool {
    if key(tokens, a) != "اليوم" || key(tokens, a + 1).starts_with("ال") {
        return false;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let v = key(tokens, p);
    let v = v
        .strip_prefix('و')
        .or_else(|| v.strip_prefix('ف'))
        .unwrap_or(v);
    DWELL.iter().any(|d| v.starts_with(d))
}

/// Whether token `k` is a quotation mark.
fn quote(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('«' | '»' | '"' | '“' | '”')))
}

/// Whether token `k` joins two items of a list (`أو`, `و`, a comma).
fn joiner(tokens: &[Token<'_>], k: usize) -> bool {
    matches!(key(tokens, k), "او" | "و")
        || tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('،' | ',')))
}

/// `«الدولتان» أو «الدولتين»`, `لكلمات طوكيو وفريق وغدا`: see the module's doc.
fn quoted_word(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z || tokens[a].kind != TokenKind::Word {
        return false;
    }
    let w = key(tokens, a);
    if let Some(p) = a
        .checked_sub(1)
        .filter(|&p| quote(tokens, p) && quote(tokens, a + 1))
    {
        // Another quoted item before (`» أو «`, `»و«`) or after.
        let before = p >= 2
            && (quote(tokens, p - 1) || joiner(tokens, p - 1) && quote(tokens, p - 2))
            || w.starts_with('و') && p >= 1 && quote(tokens, p - 1);
        let after = quote(tokens, a + 2)
            || joiner(tokens, a + 2) && quote(tokens, a + 3)
            || key(tokens, a + 2).starts_with('و') && quote(tokens, a + 2);
        if before || after {
            return true;
        }
    }
    // `لكلمات طوكيو وفريق وغدا`: a `و`-item of a list of words.
    if !w.starts_with('و') {
        return false;
    }
    let mut j = a;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        if tokens[p].kind != TokenKind::Word {
            return false;
        }
        let pk = key(tokens, p);
        if matches!(
            pk,
            "كلمه"
                | "لكلمه"
                | "بكلمه"
                | "كلمات"
                | "لكلمات"
                | "بكلمات"
                | "لفظ"
                | "لفظه"
                | "الفاظ"
        ) {
            return j < a;
        }
        if j < a && !pk.starts_with('و') && p + 1 < a && !key(tokens, p + 1).starts_with('و') {
            return false;
        }
        j = p;
    }
    false
}

/// `لمجرد نقل وجمع كتاب وكتابين أو`: see the module's doc.
fn or_two(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z {
        return false;
    }
    let Some(dual) = key(tokens, a).strip_prefix('و') else {
        return false;
    };
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let single = key(tokens, p);
    let stem = single
        .strip_suffix('ه')
        .map_or(single.to_string(), |s| format!("{s}ت"));
    let own = ["ين", "ان"]
        .iter()
        .any(|end| dual.strip_suffix(end) == Some(stem.as_str()));
    if !own || single.starts_with("ال") {
        return false;
    }
    if p.checked_sub(1)
        .is_some_and(|q| tokens[q].number().is_some())
    {
        return false;
    }
    matches!(key(tokens, a + 1), "او")
        || (1..=3).any(|b| {
            p.checked_sub(b)
                .is_some_and(|q| matches!(key(tokens, q), "مجرد" | "لمجرد" | "بمجرد"))
        })
}

/// Keys of a lifetime before or after `مرة واحدة`.
const LIFE: &[&str] = &["بالدنيا", "الدنيا", "بالعمر", "العمر", "الحياه", "بالحياه"];

/// `لا يعيش بالدنيا غير مرة واحدة`: see the module's doc.
fn once_in_life(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    if !matches!(key(tokens, a), "مره" | "مرة") || !key(tokens, z).starts_with("واحد") {
        return false;
    }
    (1..=3).any(|b| {
        a.checked_sub(b)
            .is_some_and(|q| LIFE.contains(&key(tokens, q)))
    }) || (z + 1..z + 3).any(|q| LIFE.contains(&key(tokens, q)))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        head_of_list: "ويضع علماء اللغة والتواصل في أول قائمة خصائص اللغة البشرية خواصاً مثل الغموض" => [];
        at_first: "اعتمدت الجماعة في أول أمرها منهجا سلميا قائما على الدعوة" => [];
        as_soon_as: "أول ما تفتح عيناك وتهمس بك أصبحنا يارب" => [];
        as_soon_as_beads: "فأول ما تكون بحجم خرز السبحة يقولون إنها صغيرة" => [];
        first_thing_stays: "وأول ما يريده الرؤساء الخمسة هو أن يتفقوا"
            => ["أول|ordinal|1|1..1|exact|"];
        first_list_stays: "جاء اسمه في أول قائمة للمرشحين"
            => ["أول|ordinal|1|1..1|exact|"];
        original_sin: "هل العالم الذي ارتكب الجريمة الاولى والخطيئة الاولى وهي انشاء اسرائيل" => [];
        daughter_of_sin: "إسرائيل ابنة الخطيئة الأولى، وهي الاستيطان" => [];
        popular_game: "فالسلة اللعبة الشعبية الأولى والمميزة ونسعى دائما إلى استمرار تميزها" => [];
        popular_in_world_stays: "صور اللعبة الشعبية الأولى في العالم بكل تفاصيلها"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_crime_stays: "وقعت الجريمة الأولى في الحي الشرقي"
            => ["الأولى|ordinal|1|1..1|exact|"];
        kamose: "ومقتل أبيه الملك وأخيه “كامس” في ميدان المعركة" => [];
        grammar_column: "لعدم المطابقة بين اسم الإشارة «تلك» والمشار إليه «الدولتان» أو «الدولتين» والصواب" => [];
        newspaper_name: "وقالت هيئتا تحرير صحيفتي «الأولى» و«الشارع» في بيان" => [];
        cited_words: "الحرف الأول من الأبجدية الإنجليزية لكلمات طوكيو وفريق وغدا" => [];
        speech_yesterday_stays: "وقال في كلمة له بمجلس النواب أمس إن الإرهابيين"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        book_or_two: "من اتخذ نفسه شيخا لمجرد نقل وجمع كتاب وكتابين أو وقف على المنبر" => [];
        stations_stay: "فهي تمتلك نحو 50 محطة ومحطتين تحت الإنشاء"
            => ["نحو 50 محطة|count|50|45..55|approx|station", "ومحطتين|count|2|2..2|exact|station"];
        once_in_life: "فالإنسان الفرد لا يعيش بالدنيا غير مرة واحدة، واليوم الذي يمضي" => [];
        settlers_today: "الى اسماء من يسكنها اليوم من المستوطنين بناء على مسح" => [];
        region_lives_today: "أن المنطقة العربية تعيش اليوم تحت صفيح ساخن" => [];
        we_live_today: "بل إنّ درجة التحضر التي نعيشها اليوم هي أعظم حضارة" => [];
        visits_today_stays: "يزور الوزير المدينة اليوم"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    }
}
