//! Ordinals that rank nothing (ar81, from a random audit of Arabic ordinal claims). Every
//! look is a fixed few tokens either side of the ordinal, or a bounded walk of the
//! sentence for the second half of a pair:
//! - `الأول` after a noun of the one who gains, loses, backs or is aimed at most (`المستفيد
//!   الأول`, `المتضرر الأول`, `الداعم الأول`, `العدو الأول`), after the first team of a
//!   club (`فريق الهلال الكروي الأول`), after the front rows (`الصفوف الأولى`) or the
//!   first moments (`منذ اللحظة الأولى`): «foremost», «senior», «from the start», no rank
//!   ([`foremost`]);
//! - `الهدف الأول` when nothing in the sentence is about a match (`الهدف الأول لعملية
//!   الاختطاف`, the main aim; a goal scored stays a rank) ([`main_aim`]);
//! - any ordinal after `طرف` (`الطرف الثاني`, the other party; `طرف ثالث`, a third
//!   party) ([`party`]);
//! - `بنك الخليج الأول`: `الأول` after a bank's name is the rest of the name
//!   ([`bank_name`]);
//! - `لأول وهلة` (at first sight), `لسابع سماء` (to seventh heaven), `الرمح على أول
//!   ركزة` (a proverb) ([`idiom`]);
//! - the former and the latter: a bare `الأول` (no noun it agrees with before it) and a
//!   `والثاني` a few words on, or `أحدهما … والثاني`, point back at two things just named
//!   (`تعرض اللاعبين X وY لكدمات الأول في مفصل القدم والثاني في الكتف`) ([`pair`]).

use super::Ctx;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, word};
use super::{numbers, ordinals, units};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after
/// it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    foremost(tokens, i)
        .or_else(|| first_among(tokens, i))
        .or_else(|| first_two(ctx, i))
        .or_else(|| main_aim(tokens, i))
        .or_else(|| party(tokens, i))
        .or_else(|| bank_name(tokens, i))
        .or_else(|| idiom(tokens, i))
        .or_else(|| pair(tokens, i))
        .or_else(|| clock(tokens, i))
}

/// A feminine ordinal of an hour (`الثانية` … `الثانية عشرة`) at token `i`, and the
/// token after it.
fn hour(tokens: &[Token<'_>], i: usize) -> Option<ordinals::Ordinal> {
    if !word(tokens, i)?.key.ends_with('ه') {
        return None;
    }
    ordinals::parse_at(tokens, i)
        .filter(|o| o.first == i && !o.cardinal && (1..=12).contains(&o.value))
}

/// Clock times read as ordinals: `في الثانية وخمس دقائق ظهرا`, `عند العاشرة وعشرين
/// دقيقة` (an hour and its minutes), and `من التاسعة حتى الواحدة` (an hour that starts a
/// span of hours).
fn clock(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let o = hour(tokens, i)?;
    let j = o.last + 1;
    let minutes_at = |k: usize| {
        let mk = key(tokens, k);
        mk.starts_with("دقي") || mk.starts_with("دقا")
    };
    // (The minutes are passed over too: they are the time's, no duration.)
    if key(tokens, j).starts_with('و') {
        let n = if key(tokens, j) == "و" { j + 1 } else { j };
        if let Some(m) = numbers::parse_at(tokens, n)
            .filter(|m| m.first == n && m.value < 60.0 && minutes_at(m.last + 1))
        {
            return Some(m.last + 2);
        }
    }
    // (Not an age: `أعمارهم من السادسة إلى العاشرة`. The span's end is passed over too.)
    let age = (i.saturating_sub(3)..i).any(|k| {
        let a = key(tokens, k);
        a.contains("عمر") || a.contains("اعمار") || a == "سن"
    });
    if age
        || i == 0
        || !matches!(key(tokens, i - 1), "من" | "منذ" | "ومن")
        || !matches!(key(tokens, j), "حتي" | "وحتي" | "الي" | "والي")
    {
        return None;
    }
    if key(tokens, j + 1) == "الواحده" {
        return Some(j + 2);
    }
    hour(tokens, j + 1).map(|e| e.last + 1)
}

/// Nouns (keys with the article) that `الأول`/`الأولى` after them makes «foremost» or
/// «senior», not a rank: `المستفيد الأول` (the main beneficiary), `المتضرر الأول`, `الداعم
/// الأول`, `الدافع الأول`, `المستهدف الأول`, `المعني الأول`, `الراعي الأول`, `الملاذ
/// الأول`, `العدو الأول`, `الرابح الأول`, `الخاسر الأول`; `الكروي الأول` (a club's first
/// team); `الصفوف الأولى` (the front rows); `اللحظة الأولى`, `اللحظات الأولى` (the very
/// start).
const FOREMOST: &[&str] = &[
    "المستفيد",
    "المتضرر",
    "الداعم",
    "الدافع",
    "المستهدف",
    "المعني",
    "الراعي",
    "الملاذ",
    "العدو",
    "الرابح",
    "الخاسر",
    "الكروي",
    "الصفوف",
    "اللحظه",
    "اللحظات",
];

/// Whether token `k` is a word one of whose stems, after a proclitic that leaves it
/// definite (`و`, `ف`, `ب`, `ل`, or `لل` for the article), is in `nouns` (keys with the
/// article).
pub(super) fn definite_noun(tokens: &[Token<'_>], k: usize, nouns: &[&str]) -> bool {
    word(tokens, k).is_some_and(|p| {
        p.stems().any(|(pre, s)| {
            matches!(pre, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب" | "فل")
                && nouns.contains(&s)
        }) || p.stems().any(|(pre, s)| {
            pre.ends_with("لل") && nouns.iter().any(|n| n.strip_prefix("ال") == Some(s))
        })
    })
}

fn first_definite(tokens: &[Token<'_>], i: usize) -> bool {
    matches!(key(tokens, i), "الاول" | "الاولي")
}

/// `المستفيد الأول`, `منذ اللحظة الأولى`: «first» that means foremost (see [`FOREMOST`]).
/// `الوجهة السياحية الأولى`, `البوابة الاقتصادية الأولى`: the top destination or
/// gateway, with a relative adjective (`…ية`) maybe between.
fn foremost(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !first_definite(tokens, i) {
        return None;
    }
    let p = i.checked_sub(1)?;
    let gate = |k: usize| definite_noun(tokens, k, &["الوجهه", "البوابه"]);
    let nisba = |k: usize| {
        let pk = key(tokens, k);
        pk.starts_with("ال") && pk.ends_with("يه")
    };
    (definite_noun(tokens, p, FOREMOST) || gate(p) || p > 0 && nisba(p) && gate(p - 1))
        .then_some(i + 1)
}

/// Plural participles (keys) that `أول` before them makes «the foremost of»: `أول
/// المتضررين` (the worst hit), `أول الخاسرين`, `أول المعنيين`, `أول المسؤولين عن`.
const FOREMOST_AMONG: &[&str] = &[
    "المتضررين",
    "الخاسرين",
    "المعنيين",
    "المعانين",
    "المستفيدين",
    "المسوولين",
    "المسيولين",
    "المسؤولين",
    "المسئولين",
    "الحريصين",
];

/// `وأول المتضررين`, `فنحن أول المعنيين`: «first» of a plural participle of being hit,
/// answerable or concerned is «foremost», no rank (the first to arrive, `أول القادمين`,
/// stays one).
fn first_among(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = word(tokens, i)?
        .stems()
        .any(|(pre, s)| matches!(pre, "" | "و" | "ف" | "ك" | "ل") && s == "اول");
    (first && FOREMOST_AMONG.contains(&key(tokens, i + 1))).then_some(i + 1)
}

/// `إن أول رقمين رهيبان`, `كأول فريقين`, `أول حرفين`: «first» before a dual counts the
/// first two, it ranks nothing as one (the dual is read on its own).
fn first_two(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let first = word(tokens, i)?
        .stems()
        .any(|(pre, s)| matches!(pre, "" | "و" | "ف" | "ك" | "ل") && s == "اول");
    let next = key(tokens, i + 1);
    if !first || !(next.ends_with("ين") || next.ends_with("ان")) || next.starts_with("ال") {
        return None;
    }
    let dual = units::lookup(ctx.keys_from(i + 1))
        .is_some_and(|u| u.plurality == units::Plurality::Dual)
        || matches!(next, "رقمين" | "حرفين" | "عربتين" | "كاسين");
    dual.then_some(i + 1)
}

/// Stems (keys) of words that put a sentence on a match: then `الهدف الأول` is a goal.
const MATCH_WORDS: &[&str] = &[
    "دقيقه",
    "الدقيقه",
    "شوط",
    "الشوط",
    "مرمي",
    "المرمي",
    "شباك",
    "تسديده",
    "ركله",
    "الكره",
    "كره",
    "سجل",
    "سجله",
    "سجلها",
    "احرز",
    "احرزه",
    "مباراه",
    "المباراه",
    "اللقاء",
    "لقاء",
    "هدفين",
    "الهدفين",
    "التعادل",
    "الجزاء",
    "حارس",
    "الحارس",
    "المهاجم",
    "مهاجم",
    "الفريق",
    "فريق",
    "المنتخب",
    "منتخب",
    "النادي",
    "عرضيه",
    "راسيه",
    "تمريره",
    "الدوري",
    "ودي",
    "وديه",
    "الوديه",
];

/// `الهدف الأول لعملية الاختطاف`: the main aim, when nothing in the sentence is about a
/// match (where `الهدف الأول` is the first goal scored).
fn main_aim(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !first_definite(tokens, i) || !definite_noun(tokens, i.checked_sub(1)?, &["الهدف"]) {
        return None;
    }
    // (`هدف` itself is no cue: `بهدف`, in order to; `الأهداف`, aims.)
    let sport = tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && t.stems().any(|(_, s)| MATCH_WORDS.contains(&s)));
    (!sport).then_some(i + 1)
}

/// `الطرف الثاني`, `طرف ثالث`, `والطرف الثاني`: a party to something, not a rank.
fn party(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let p = word(tokens, i.checked_sub(1)?)?;
    let o = ordinals::parse_at(tokens, i)?;
    let party = p
        .stems()
        .any(|(_, s)| matches!(s, "طرف" | "الطرف" | "اطراف" | "الاطراف"));
    (party && o.first == i).then_some(o.last + 1)
}

/// `بنك الخليج الأول`: `الأول` after an indefinite `بنك`/`مصرف` and a definite name is the
/// rest of the bank's name.
fn bank_name(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !first_definite(tokens, i) {
        return None;
    }
    let name = key(tokens, i.checked_sub(1)?);
    let bank = word(tokens, i.checked_sub(2)?).is_some_and(|t| {
        t.stems()
            .any(|(pre, s)| matches!(pre, "" | "و" | "ل" | "ب") && matches!(s, "بنك" | "مصرف"))
    });
    (bank && name.starts_with("ال") && name.chars().count() > 3).then_some(i + 1)
}

/// `لأول وهلة`, `لسابع سماء`, `السماء السابعة`, `على أول ركزة`.
fn idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let k = key(tokens, i);
    let next = key(tokens, i + 1);
    let found = (matches!(k, "اول" | "لاول" | "من" | "علي")
        && (next.starts_with("وهل") || next == "ركزه"))
        || (matches!(next, "سماء" | "سما")
            && word(tokens, i).is_some_and(|t| {
                t.stems()
                    .any(|(p, s)| matches!(p, "" | "ل" | "ول") && s == "سابع")
            }))
        || (k == "السابعه"
            && i > 0
            && word(tokens, i - 1).is_some_and(|t| t.stems().any(|(_, s)| s == "السماء")));
    found.then_some(i + 1)
}

/// Whether `الأول`/`الأولى` at token `k` stands alone for one of two things just named,
/// with no noun before it that it agrees with: glued to a preposition or `ف` itself
/// (`للأول`, `فالأولى`), which no adjective is; after a complementizer (`أن الأولى كلمة
/// عربية`); or after an indefinite plural in `ات` (`لكدمات الأول`: an indefinite noun
/// takes no definite adjective). Not after a count of the things (`دورتين الأولى بعنوان
/// …`, `جوائز …، الأول 50 ألفا`): a list in order, whose items may be ranks.
fn bare_first(tokens: &[Token<'_>], k: usize) -> Option<bool> {
    let t = word(tokens, k)?;
    let feminine = match t.key.as_str() {
        "الاول" => false,
        "الاولي" => true,
        "للاول" | "فالاول" | "بالاول" => return Some(false),
        "للاولي" | "فالاولي" | "بالاولي" => return Some(true),
        _ => return None,
    };
    let pk = key(tokens, k.checked_sub(1)?);
    let particle = matches!(pk, "ان" | "لان" | "كون" | "لكن");
    let plural = pk.ends_with("ات") && !pk.starts_with("ال") && pk.chars().count() > 4;
    (particle || plural).then_some(feminine)
}

/// `الأول … والثاني …`, `أحدهما … والثاني`: the former and the latter (see the module's
/// doc). Both halves are passed over, each when the reader reaches it.
fn pair(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    const SPAN: usize = 30;
    // The second half: `والثاني` (or `و الثاني`) after a bare first half.
    let second = |j: usize, feminine: bool| -> bool {
        let k = key(tokens, j);
        let want = if feminine {
            "الثانيه"
        } else {
            "الثاني"
        };
        (k.strip_prefix('و') == Some(want) || (k == want && key(tokens, j.wrapping_sub(1)) == "و"))
            && ordinals::parse_at(tokens, j).is_some_and(|o| o.first == j && o.last == j)
    };
    if let Some(feminine) = bare_first(tokens, i) {
        let end = (i + SPAN).min(tokens.len());
        return (i + 2..end).any(|j| second(j, feminine)).then_some(i + 1);
    }
    let k = key(tokens, i);
    let feminine = match k.strip_prefix('و').unwrap_or(k) {
        "الثاني" => false,
        "الثانيه" => true,
        _ => return None,
    };
    if !second(i, feminine) {
        return None;
    }
    let found = (i.saturating_sub(SPAN)..i.saturating_sub(1)).any(|f| {
        bare_first(tokens, f) == Some(feminine)
            || matches!(
                (key(tokens, f), feminine),
                ("احدهما" | "احدهم", false) | ("احداهما" | "احداهن", true)
            )
    });
    found.then_some(i + 1)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        main_beneficiary: "ستكون تركيا المستفيد الأول من الاتفاق" => [];
        main_loser: "المواطن هو المتضرر الأول من القرار" => [];
        first_team: "فاز فريق الهلال الكروي الأول مساء أمس"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        front_rows: "وقفت في الصفوف الأولى لضيوف الحفل" => [];
        from_the_start: "وقفت تركيا ومنذ اللحظة الأولى الى جانب الشعب" => [];
        main_aim: "كان المال الهدف الأول لعملية الاختطاف" => [];
        first_goal_stays: "سجل اللاعب الهدف الأول في الدقيقة 13"
            => ["الأول|ordinal|1|1..1|exact|", "13|ordinal|13|13..13|exact|"];
        other_party: "توليد مشاعر الفوز عند الطرف الثاني حال إنزال السعر" => [];
        third_party: "لم يكن بإمكانه تشغيل تطبيقات خاصة بأطراف ثالثة" => [];
        bank: "تراجع سهم بنك الخليج الأول" => [];
        first_sight: "قد ينتابك الهلع لأول وهلة" => [];
        seventh_heaven: "توصلنا إلى أعلى القمم ولسابع سماء" => [];
        proverb: "الرّمح على أوَّل ركزة" => [];
        former_latter: "تعرض اللاعبين نايف هزازي وعوض خميس لكدمات الأول في مفصل القدم والثاني في الكتف" => [];
        either_word: "ظنا منهم أن الأولى كلمة عربية والثانية أعجمية" => [];
        the_former: "إيران وروسيا لم تنتقدا تركيا، فالأولى تريد إضعاف الأكراد، والثانية تريد إضعاف المتطرفين" => [];
        list_of_prizes_stays: "رصد جوائز بقيمة 35 ألف ريال، الأول 20 ألف ريال، والثاني 10 آلاف"
            => ["35 ألف ريال|money|35000|35000..35000|exact|riyal", "الأول|ordinal|1|1..1|exact|", "20 ألف ريال|money|20000|20000..20000|exact|riyal", "الثاني|ordinal|2|2..2|exact|", "10 آلاف|number|10000|10000..10000|exact|"];
        one_and_other: "رأيت مديرين احدهم متقاعد والثاني المدير الحالي" => [];
        ranks_in_a_row_stay: "للصفوف الثلاثة (الاول والثاني والثالث)"
            => ["الاول|ordinal|1|1..1|exact|", "الثاني|ordinal|2|2..2|exact|", "الثالث|ordinal|3|3..3|exact|"];
        hour_and_minutes: "وفي الثانية وخمس دقائق ظهرا بتوقيت القاهرة أعطى اشارة الافتتاح" => [];
        second_time_within_minutes_stays: "للمرة الثانية وخلال دقائق"
            => ["الثانية|ordinal|2|2..2|exact|"];
        span_of_hours: "كنت أقطع المسافة كل صباح من التاسعة حتى الواحدة بعد الظهر" => [];
        span_of_two_hours: "الاولى من الرابعة إلى السادسة مساء" => ["الاولى|ordinal|1|1..1|exact|"];
        ages_stay: "تتراوح أعمارهم من السادسة إلى العاشرة"
            => ["السادسة إلى العاشرة|ordinal|6|6..10|range|"];
        foremost_among: "وسنكون أول الخاسرين" => [];
        first_to_arrive_stays: "كان جوينج أول القادمين" => ["أول|ordinal|1|1..1|exact|"];
        first_two_figures: "إن أول رقمين رهيبان" => [];
        main_destination: "أن يكون سوق عكاظ الوجهة السياحية الأولى للمملكة" => [];
        place_stays: "حل الفريق في المركز الأول والنادي في المركز الثاني"
            => ["الأول|ordinal|1|1..1|exact|", "الثاني|ordinal|2|2..2|exact|"];
    }
}
