//! Ordinals that rank nothing, and a cardinal read as an ordinal (ar124, from an audit of
//! 300 random ordinal claims, seed 9881):
//!
//! - The one and the other: `تعرض الثنائي … إلى إصابتين الأول عبارة عن كدمة …، والآخر
//!   عبارة عن كدمة في الكتف`, `حيث يؤكد الأول أنه لن يعيد الشيك …، فيما أكد الآخر …`,
//!   `وعرض خلال المحاكمة تسجيلان الأول صوتي … والآخر مرئي`, `فترتين الأولى صباحية والأخرى
//!   مسائية`: a bare `الأول`/`الأولى` (no definite noun before it that it qualifies) whose
//!   other half is `الآخر`/`الأخرى` a few words on names one of two things, it ranks
//!   nothing; no claim. (ar81's `pair` wants `والثاني`, and keeps `دورتين الأولى … والثانية
//!   …`, a list in order: `الآخر` is no place in an order.) `المجموعة الأولى … المواجهة
//!   الأخرى` (a noun before the ordinal), `هي الأولى من نوعها`, `خسر الأولى … الثلاث مواجهات
//!   الأخرى` (no bare other half) stay ([`one_other`]).
//! - The former and the latter of a pair named in the previous sentence: `قام رافسنجاني
//!   بأمرين خلال الأسبوع الماضي. كان الأول هو رفض …`, `وحمل قادتها على عاتقهم إنجاز مهمتين
//!   رئيسيتين. الأولى إحياء اللغة العربية، … والثانية مقارعة الاستبداد`, `وسبقه اثنان من
//!   وزراء الدفاع … هما هارولد براون … . والثاني ويليام بيري`: a bare `الأول`, `الأولى`,
//!   `الثاني`, `الثانية` opening the sentence (after `و`, `أما`, `كان` at most) points back at
//!   one of two things the sentence before counted (a dual or `اثنان` it claimed as two, or
//!   `أحدهما`, `كلاهما`); no claim, nor for the `والثانية` that completes it. The retune
//!   hook is given the previous sentence's tokens for this (the claims of the previous
//!   sentence are in `out` already). When the previous sentence has an ordinal 1 of its own
//!   (`مرحلتان: الأولى …. الثانية …`), the list was started there and is left as it is
//!   ([`former_latter`]).
//! - «The start of»: `لا يزال في أول الطريق`, `كما تعهدنا أول المعركة`, `نبدأ من أول السطر`,
//!   `ابتداء من أول الصيف`, `منذ أول التاريخ`: `أول` before a definite singular noun of a
//!   way or a stretch of time is its beginning, nothing is ranked; no claim (`أول الأسماء
//!   المغادرة`, `أول المهنئين`, the first of a plural, and `أول مرة` stay) ([`start_of`]).
//! - Twelve, not twelfth: `إنتاج الدول الاثنتي عشرة الأعضاء في أوبك`, `على مدى الأشهر
//!   الإثني عشر السابقة`, `خلال الأشهر الثلاثة والاثني عشر المقبلة`: `الاثنا عشر`,
//!   `الاثني عشر`, `الاثنتي عشرة` is the cardinal twelve (the ordinal is `الثاني عشر`); it
//!   counts the definite plural before it (a count, or a duration for `الأشهر`; a number
//!   when the noun is not in the unit lexicon), and `بالاثنى عشر` (the duodenum) with no
//!   noun before it is no claim ([`twelve`]).

use super::ar79::last_token;
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, definite_plural, numbers, unit_claim};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Retunes the ordinal claims of the sentence from `from` on (see the module's doc);
/// `prev` is the previous sentence's tokens, if any.
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    prev: Option<&[Token<'_>]>,
) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        if c.kind != Kind::Ordinal {
            k += 1;
            continue;
        }
        let b = c.byte_start;
        let Some(a) = token_of(tokens, b) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        let v = match c.value {
            Value::Number(v) => v,
            _ => 0.0,
        };
        if v == 12.0 {
            match twelve(ctx, a, z) {
                Some(Some(r)) => {
                    let start = out[k].byte_start;
                    out[k] = Recognized {
                        byte_start: start,
                        ..r
                    };
                    k += 1;
                    continue;
                }
                Some(None) => {
                    out.remove(k);
                    continue;
                }
                None => {}
            }
        }
        if a != z || !(v == 1.0 || v == 2.0) {
            k += 1;
            continue;
        }
        if v == 1.0 && (one_other(tokens, a) || start_of(tokens, a)) {
            out.remove(k);
            continue;
        }
        if let Some(second) = former_latter(ctx, out, from, prev, a) {
            out.remove(k);
            if let Some(s) = second {
                let t = &tokens[s];
                if let Some(j) = out[k..].iter().position(|c| {
                    c.kind == Kind::Ordinal && c.byte_start >= t.start && c.byte_end <= t.end
                }) {
                    out.remove(k + j);
                }
            }
            continue;
        }
        k += 1;
    }
}

/// The key of token `i` without a `و`/`ف` proclitic on `الأول` … `الثانية`.
fn bare_key<'a>(tokens: &'a [Token<'_>], i: usize) -> &'a str {
    let k = key(tokens, i);
    match k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
        Some(s @ ("الاول" | "الاولي" | "الثاني" | "الثانيه")) => s,
        _ => k,
    }
}

/// Words after an ordinal that make it a rank (`الأول من نوعه`, `الأولى عالميا`).
fn rank_scope(k: &str) -> bool {
    matches!(
        k,
        "من" | "بين"
            | "علي"
            | "ضمن"
            | "عالميا"
            | "عربيا"
            | "محليا"
            | "خليجيا"
            | "اقليميا"
            | "دوليا"
            | "له"
            | "لها"
            | "والثاني"
            | "والثانيه"
            | "والثالث"
            | "والثالثه"
    )
}

/// `إصابتين الأول … والآخر …`, `يؤكد الأول … فيما أكد الآخر`: a bare `الأول`/`الأولى` at
/// `a` with a bare `الآخر`/`الأخرى` a few words on (see the module's doc).
fn one_other(tokens: &[Token<'_>], a: usize) -> bool {
    const SPAN: usize = 30;
    if !matches!(key(tokens, a), "الاول" | "الاولي") || rank_scope(key(tokens, a + 1)) {
        return false;
    }
    // Bare: no definite noun (or a noun with a pronoun) right before it for it to qualify,
    // and no copula or verb of placing that makes it a rank (`هي الأولى`, `حل الأول`).
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let before = &tokens[p];
    if before.kind == TokenKind::Word {
        let pk = before.key.as_str();
        let pronoun = ["ه", "ها", "هم", "هما", "نا", "كم"]
            .iter()
            .any(|s| pk.ends_with(s));
        let definite = ["ال", "وال", "بال", "فال", "كال", "لل"]
            .iter()
            .any(|d| pk.starts_with(d));
        let rank_verb = matches!(
            pk,
            "هو" | "هي"
                | "وهو"
                | "وهي"
                | "كان"
                | "كانت"
                | "يكون"
                | "تكون"
                | "جاء"
                | "جاءت"
                | "حل"
                | "حلت"
                | "احتل"
                | "احتلت"
                | "يعد"
                | "تعد"
                | "بن"
                | "ابن"
        );
        if pronoun || definite || rank_verb {
            return false;
        }
    }
    // The first «other» after it is the other half, or there is none.
    let end = (a + SPAN).min(tokens.len());
    let Some(j) = (a + 2..end).find(|&j| {
        matches!(
            key(tokens, j),
            "والاخر" | "والاخري" | "فالاخر" | "فالاخري" | "الاخر" | "الاخري"
        )
    }) else {
        return false;
    };
    if key(tokens, j).starts_with(['و', 'ف']) {
        return true;
    }
    // `فيما أكد الآخر`, `والقسم الآخر`, `أما الدراسة الأخرى`: not after a plural (`ثلاث
    // مواجهات الأخرى`, other things of a longer list) or a noun with a pronoun (`ومواطنه
    // الآخر`, his other compatriot).
    let pk = key(tokens, j - 1);
    tokens[j - 1].kind == TokenKind::Word
        && !pk.ends_with("ات")
        && !["ه", "ها", "هم", "هما"].iter().any(|s| pk.ends_with(s))
}

/// `في أول الطريق`, `كما تعهدنا أول المعركة`, `من أول السطر`, `أول الصيف`: `أول` before a
/// definite singular noun of a stretch of time or way (see the module's doc).
fn start_of(tokens: &[Token<'_>], a: usize) -> bool {
    matches!(key(tokens, a), "اول" | "واول" | "فاول")
        && matches!(
            key(tokens, a + 1),
            "الطريق"
                | "المعركه"
                | "الحرب"
                | "السطر"
                | "الباب"
                | "الزقاق"
                | "السلم"
                | "البحر"
                | "التاريخ"
                | "الامر"
                | "الليل"
                | "النهار"
                | "الصباح"
                | "الصيف"
                | "الشتاء"
                | "الربيع"
                | "الخريف"
                | "الموسم"
                | "المشوار"
                | "العمر"
        )
}

/// Openers a sentence's former or latter may follow: `و`, `أما`, `كان`.
fn opener(k: &str) -> bool {
    matches!(
        k,
        "و" | "ف" | "اما" | "واما" | "فاما" | "كان" | "وكان" | "كانت" | "وكانت" | "ثم"
    )
}

/// A bare `الأول` … `الثانية` at `a` opening the sentence that points back at a pair the
/// previous sentence named (see the module's doc): `Some` with the `والثانية` that
/// completes it in this sentence, if any.
fn former_latter(
    ctx: &Ctx<'_, '_>,
    out: &[Recognized],
    from: usize,
    prev: Option<&[Token<'_>]>,
    a: usize,
) -> Option<Option<usize>> {
    const SPAN: usize = 40;
    let tokens = ctx.tokens;
    let prev = prev?;
    let feminine = match bare_key(tokens, a) {
        "الاول" => false,
        "الاولي" => true,
        "الثاني" => false,
        "الثانيه" => true,
        _ => return None,
    };
    let opening = (0..a).all(|j| match tokens[j].kind {
        TokenKind::Word => opener(&tokens[j].key),
        TokenKind::Punct(c) => matches!(c, '«' | '"' | '(' | '-' | '*' | '•' | '“'),
        _ => false,
    });
    if !opening || a > 3 || rank_scope(key(tokens, a + 1)) {
        return None;
    }
    // The previous sentence's claims: a count of two, and no first of its own.
    let index = ctx.index;
    let before = out[..from]
        .iter()
        .rev()
        .take_while(|c| c.sentence + 1 >= index)
        .filter(|c| c.sentence + 1 == index);
    let mut two = false;
    for c in before {
        match (c.kind, &c.value) {
            (Kind::Ordinal, Value::Number(v)) if *v == 1.0 => return None,
            (Kind::Count, Value::Number(v)) if *v == 2.0 => two = true,
            _ => {}
        }
    }
    let named = prev.iter().any(|t| {
        t.kind == TokenKind::Word
            && matches!(
                t.key.as_str(),
                "احدهما"
                    | "احداهما"
                    | "كلاهما"
                    | "كلتاهما"
                    | "اثنان"
                    | "اثنتان"
                    | "واثنان"
                    | "اثنين"
                    | "اثنتين"
            )
    });
    if !(two || named || prev.iter().any(dual)) {
        return None;
    }
    // The latter in this sentence, after a former.
    let first = matches!(bare_key(tokens, a), "الاول" | "الاولي");
    let want = if feminine {
        "والثانيه"
    } else {
        "والثاني"
    };
    let second = first
        .then(|| (a + 2..(a + SPAN).min(tokens.len())).find(|&j| key(tokens, j) == want))
        .flatten();
    Some(second)
}

/// A word of the previous sentence that names two things by itself: a feminine dual
/// (`مهمتين`, `مبادرتان`, `مرحلتان`; not `باكستان`, `روتين`), or a masculine dual of a
/// noun of the kind a writer splits into a former and a latter (`بأمرين`, `لسببين`,
/// `قسمين`); `لاعبين`, `مسلمين`, which may be plurals, are not.
fn dual(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let k = t.key.as_str();
    let feminine = (k.ends_with("تين") || k.ends_with("تان"))
        && k.chars().count() >= 5
        && !k.ends_with("ستان")
        && !k.ends_with("لاتين")
        && !k.ends_with("روتين")
        && !k.ends_with("بروتين");
    if feminine {
        return true;
    }
    let k = k
        .strip_prefix("و")
        .filter(|s| s.chars().count() > 4)
        .unwrap_or(k);
    let k = ["ب", "ل", "ف"]
        .iter()
        .find_map(|p| k.strip_prefix(p).filter(|s| s.chars().count() > 4))
        .unwrap_or(k);
    let k = k.strip_prefix("ال").unwrap_or(k);
    let stem = k.strip_suffix("ين").or_else(|| k.strip_suffix("ان"));
    stem.is_some_and(|s| {
        matches!(
            s,
            "امر"
                | "سبب"
                | "شق"
                | "قسم"
                | "نوع"
                | "جانب"
                | "طرف"
                | "خيار"
                | "حل"
                | "محور"
                | "اتجاه"
                | "هدف"
                | "مشروع"
                | "اقتراح"
                | "راي"
                | "موقف"
                | "تيار"
                | "سوال"
                | "شرط"
                | "بند"
                | "قرار"
                | "رجل"
                | "شخص"
                | "طريق"
                | "مبدا"
                | "عامل"
                | "فصل"
                | "جزء"
                | "مصدر"
                | "تقرير"
                | "تسجيل"
        )
    })
}

/// `الدول الاثنتي عشرة`, `الأشهر الإثني عشر`: the cardinal twelve at tokens `a..=z` (see
/// the module's doc). `Some(Some(claim))` to put in its place, `Some(None)` for no claim,
/// `None` when it is no `الاثني عشر`.
fn twelve(ctx: &Ctx<'_, '_>, a: usize, z: usize) -> Option<Option<Recognized>> {
    let tokens = ctx.tokens;
    let k = key(tokens, a);
    let k = k.strip_prefix('و').unwrap_or(k);
    let twelve = matches!(
        k,
        "الاثني" | "الاثنا" | "الاثنتي" | "الاثنتا" | "بالاثني" | "بالاثنا" | "للاثني"
    ) && z == a + 1
        && matches!(key(tokens, z), "عشر" | "عشره");
    if !twelve {
        return None;
    }
    if !k.starts_with("ال") {
        return Some(None);
    }
    // The noun it counts: right before it, or before a number joined to it (`الأشهر
    // الثلاثة والاثني عشر`).
    let mut n = a.checked_sub(1)?;
    if numbers::definite_cardinal(tokens, n).is_some_and(|(_, last)| last == n) {
        n = n.checked_sub(1)?;
    }
    let noun = &tokens[n];
    if noun.kind != TokenKind::Word || !noun.key.starts_with("ال") {
        return Some(None);
    }
    let end = tokens[z].end;
    let start = tokens[a].start;
    Some(Some(match definite_plural(noun) {
        Some((u, _)) => {
            let (kind, value) = unit_claim(u.kind, 12.0);
            let mut r = Recognized::exact(ctx.index, start, end, kind, value);
            r.unit = Some(u.concept.to_string());
            r.unit_text = Some(ctx.surface(n, n));
            r
        }
        None => Recognized::exact(ctx.index, start, end, Kind::Number, Value::Number(12.0)),
    }))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        one_and_other: "تعرض الثنائي نايف هزازي، وعوض خميس إلى إصابتين الأول عبارة عن كدمة في مفصل القدم، والآخر عبارة عن كدمة في الكتف"
            => ["إصابتين|count|2|2..2|exact|injured"];
        one_and_other_verb: "حيث يؤكد الأول أنه لن يعيد الشيك، فيما أكد الآخر أنه سيتقدم بشكوى" => [];
        one_and_other_fem: "فرض المدرب تدريبات على فترتين الأولى صباحية والأخرى مسائية" => [];
        noun_before_stays: "في صدارة المجموعة الأولى، وفي المواجهة الأخرى تعادل الأنصار"
            => ["الأولى|ordinal|1|1..1|exact|"];
        list_of_four_stays: "خاض أربعة لقاءات ودية خسر الأولى وفاز في الثلاث مواجهات الأخرى، ووجد ضمن البعثة المهاجم ريفاس ومواطنه الآخر يوهاندري"
            => ["أربعة لقاءات|count|4|4..4|exact|meeting", "الأولى|ordinal|1|1..1|exact|"];
        first_guest_stays: "فالضيف الأول وجد في إعلان القاهرة اتفاق نوايا، والآخر كان يحاول"
            => ["الأول|ordinal|1|1..1|exact|"];
        first_of_its_kind_stays: "في مهمة هي الأولى من نوعها، والمتغيرات الأخرى"
            => ["الأولى|ordinal|1|1..1|exact|"];
        former_prev_sentence: "قام رافسنجاني بأمرين خلال الأسبوع الماضي. كان الأول هو رفض الانضمام إلى الحضور."
            => ["الأسبوع الماضي|date|2014-11-23/2014-11-29|2014-11-23..2014-11-29|exact|"];
        former_latter_prev_sentence: "وحمل قادتها على عاتقهم إنجاز مهمتين رئيسيتين. الأولى إحياء اللغة العربية، والثانية مقارعة الاستبداد."
            => [];
        no_pair_before_stays: "وصل الفريق إلى لندن أمس. الأول في الترتيب هو الهلال."
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|", "الأول|ordinal|1|1..1|exact|"];
        list_started_before_stays: "حصل الفريقان على المركزين الأول والثاني. الثاني ذهب إلى النصر."
            => ["الفريقان|count|2|2..2|exact|team", "المركزين|count|2|2..2|exact|center", "الأول|ordinal|1|1..1|exact|", "الثاني|ordinal|2|2..2|exact|", "الثاني|ordinal|2|2..2|exact|"];
        start_of_road: "وبعضهم لا يزال في أول الطريق، ما يسمح لهم بالجرأة" => [];
        start_of_battle: "كما تعهدنا أول المعركة باننا سندحرهم" => [];
        first_of_plural_stays: "إذ جاء أول الأسماء المغادرة اللاعب الشاب نادر المولد"
            => ["أول|ordinal|1|1..1|exact|"];
        twelve_states: "ويمثل إنتاج الدول الاثنتي عشرة الأعضاء في أوبك أعلى مستوياته"
            => ["الاثنتي عشرة|count|12|12..12|exact|country"];
        twelve_months: "على مدى الأشهر الإثني عشر السابقة"
            => ["الإثني عشر|duration|P12M|P12M..P12M|exact|month"];
        duodenum: "حتى الجزء الأول من الأمعاء الدقيقة أو ما يسمى بالاثنى عشر."
            => ["الأول|ordinal|1|1..1|exact|"];
        twelfth_stays: "وهو الأسبوع الثاني عشر على التوالي"
            => ["الثاني عشر|ordinal|12|12..12|exact|"];
    }
}
