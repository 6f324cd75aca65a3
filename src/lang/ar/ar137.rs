//! Ordinals that rank nothing, from the judged Arabic samples 96–102 (ar137). Each rule
//! looks at a fixed few tokens around the ordinal; no claim for any of them:
//!
//! - A cause, concern or enemy «first» of its people: `بالإضافة إلى قضية العرب والمسلمين
//!   الأولى القضية الفلسطينية`, `قضية المسلمين الأولى`, `ويجعله قضيته الأولى`, `بل كان
//!   همه الأول هو السلب والنهب`, `إن همّ إيران الاول ان يكون لها نفوذ`, `محاربة عدونا
//!   الأول`, `مع مصر عدوة الإخوان الأولى`: `قضية`/`همّ`/`عدو`/`عدوة` with a possessive
//!   pronoun, or followed by one to three genitive words (`العرب`, `المسلمين`, `إيران`),
//!   then `الأول`/`الأولى` agreeing with the head (not with the genitive: `قضية الموقع الأول`
//!   stays), is an epithet, «foremost». A head with `ال` (`القضية الأولى من نوعها`) and an
//!   ordinal followed by `من`/`في`/`على`/`بين` (`قضيتنا الأولى في جدول الأعمال`) stay
//!   ([`epithet`]). `هم` without a shadda is the pronoun «they» and is left alone.
//! - A place's nickname in quotes: `حفل افتتاح «قناة السويس الثانية»`: an ordinal that closes
//!   a quote opened on (or right after) a place's head (`قناة`, `مدينة`, `ميناء`, `مطار`,
//!   `جسر`, `سد`, `جزيرة`) and a name is the place's nickname, not a rank ([`nickname`];
//!   `«مهرجان القطيف السادس»`, an edition, stays).
//! - A division in a list of league names: `اعتماد الجداول الدوري الممتاز والشباب
//!   والناشيئن والأولى`, `بجميع درجاته الممتاز والشباب والناشئين والأولى`, `لمسابقة
//!   الدوري (الممتاز – الأولى)`, `أندية بالممتاز والأولى`: a feminine ordinal after `و` or a
//!   dash whose previous item is a league's name (`الممتاز`, `الشباب`, `الناشئين`,
//!   `الأولمبي`, or `الدرجة` + ordinal) names the division, like ar130's league gloss
//!   ([`league_list`]).
//! - A rhetorical «first to»: `ويجب أول من نحاسبهم الحياديون`, `المعزب الذي إذا جاءت
//!   المساءلة هو أول الهاربين`, `وحينها سيكون أول الفارين`, `لو كان حياً … ولكان اول
//!   المبادرين`, `كان من المفروض أن تكون هي أول المستنكرين`: a bare `أول` before `من` or a
//!   definite plural of persons, after a modal (`يجب`, `ينبغي`, `يجدر`), a future or
//!   counterfactual «be» (`سيكون`, `ستكون`, `لكان`), `المفروض/المفترض أن يكون`, or a
//!   pronoun in a clause of `إذا`/`لو`, is a habit or a wish, no event is ranked
//!   ([`rhetorical_first`]). A past `كان أول من أعلن`, `هو أول من` with no condition stay.

use super::Ctx;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    (epithet(tokens, i)
        || nickname(tokens, i)
        || league_list(tokens, i)
        || rhetorical_first(tokens, i))
    .then_some(i + 1)
}

/// Whether a word's text carries a shadda (`همّ`, the noun, not `هم`, «they»).
fn shadda(t: &Token<'_>) -> bool {
    t.text.contains('\u{0651}')
}

/// The gender of an epithet head (`Some(true)` feminine) at token `k`, and whether it carries
/// a possessive pronoun (then the ordinal follows it directly).
fn epithet_head(tokens: &[Token<'_>], k: usize) -> Option<(bool, bool)> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = t.key.as_str();
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ل'))
        .or_else(|| w.strip_prefix('ب'))
        .unwrap_or(w);
    const OWN: &[&str] = &["ه", "ها", "نا", "هم", "ي", "كم"];
    let owned = |stem: &str| w.strip_prefix(stem).is_some_and(|rest| OWN.contains(&rest));
    if w == "قضيه" {
        return Some((true, false));
    }
    if owned("قضيت") || owned("عدوت") {
        return Some((true, true));
    }
    if w == "عدوه" {
        // `عدوه` is «his enemy» or «an enemy (f.)»: the feminine ordinal reads the latter.
        return Some((true, false));
    }
    if w == "عدو" || w == "هم" && shadda(t) {
        return Some((false, false));
    }
    // `همه`, `همنا`: «his/our concern» (not `هم` + a word); `عدونا`, `عدوهم`.
    if matches!(w, "همه" | "همها" | "همنا" | "همهم" | "همي") || owned("عدو") {
        return Some((false, true));
    }
    None
}

/// `قضية العرب والمسلمين الأولى`, `همه الأول`, `عدونا الأول`: see the module's doc.
fn epithet(tokens: &[Token<'_>], i: usize) -> bool {
    let feminine = match key(tokens, i) {
        "الاول" => false,
        "الاولي" => true,
        _ => return false,
    };
    if matches!(key(tokens, i + 1), "من" | "في" | "علي" | "بين") {
        return false;
    }
    for back in 1..=4 {
        let Some(h) = i.checked_sub(back) else {
            return false;
        };
        if let Some((fem, owned)) = epithet_head(tokens, h) {
            // A head with a pronoun takes the ordinal right after it; a bare head takes one
            // to three genitive words first.
            return fem == feminine && (owned == (back == 1));
        }
        // The genitive words between: plain words, not the ordinal's own noun phrase.
        let t = &tokens[h];
        if t.kind != TokenKind::Word || ordinals::may_be_ordinal(t) {
            return false;
        }
    }
    false
}

/// Heads (keys) of a place whose quoted name with an ordinal is a nickname.
const PLACE_HEADS: &[&str] = &["قناه", "مدينه", "ميناء", "مطار", "جسر", "سد", "جزيره"];

/// Whether token `k` is a quotation mark.
fn quote(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('«' | '»' | '"' | '“' | '”')))
}

/// `«قناة السويس الثانية»`: see the module's doc.
fn nickname(tokens: &[Token<'_>], i: usize) -> bool {
    if !key(tokens, i).starts_with("ال") || !quote(tokens, i + 1) {
        return false;
    }
    let place = |k: usize| {
        tokens[k]
            .stems()
            .any(|(p, s)| PLACE_HEADS.contains(&s) && !p.ends_with("ال"))
    };
    // The quote opens one to three words back; the head is its first word or the word
    // before it, with a name between head and ordinal.
    for back in 2..=4 {
        let Some(q) = i.checked_sub(back) else {
            return false;
        };
        if quote(tokens, q) {
            return place(q + 1) && q + 1 < i - 1
                || back == 2 && q.checked_sub(1).is_some_and(place);
        }
        if tokens[q + 1].kind != TokenKind::Word {
            return false;
        }
    }
    false
}

/// Names (stem keys, after `ال`) of a league or an age group.
const LEAGUES: &[&str] = &["ممتاز", "شباب", "ناشيين", "ناشين", "اولمبي"];

/// `الدوري الممتاز والشباب والناشيئن والأولى`: see the module's doc.
fn league_list(tokens: &[Token<'_>], i: usize) -> bool {
    let k = key(tokens, i);
    // The ordinal with `و` glued, or after a `و` or a dash of its own.
    let (bare, prev) = match k.strip_prefix('و') {
        Some(rest) => (rest, i.checked_sub(1)),
        None => {
            let joined = i.checked_sub(1).filter(|&c| {
                key(tokens, c) == "و" || matches!(tokens[c].kind, TokenKind::Punct('-' | '–' | '—'))
            });
            (k, joined.and_then(|c| c.checked_sub(1)))
        }
    };
    if !(bare.starts_with("ال") && (bare == "الاولي" || bare.ends_with('ه'))) {
        return false;
    }
    let Some(p) = prev else {
        return false;
    };
    let league = tokens[p]
        .stems()
        .any(|(pre, s)| pre.ends_with("ال") && LEAGUES.contains(&s));
    // `الدرجة الأولى والثانية`: the previous item is itself a division.
    let division = ordinals::may_be_ordinal(&tokens[p])
        && p.checked_sub(1).is_some_and(|d| key(tokens, d) == "الدرجه");
    league || division
}

/// Modals and future or counterfactual «be» (keys) before a rhetorical `أول`.
const WISHES: &[&str] = &[
    "يجب",
    "ويجب",
    "فيجب",
    "ينبغي",
    "وينبغي",
    "فينبغي",
    "يجدر",
    "سيكون",
    "ستكون",
    "وسيكون",
    "وستكون",
    "فسيكون",
    "فستكون",
    "لكان",
    "ولكان",
    "لكانت",
    "ولكانت",
    "لكانوا",
];

/// `ويجب أول من نحاسبهم`, `إذا جاءت المساءلة هو أول الهاربين`: see the module's doc.
fn rhetorical_first(tokens: &[Token<'_>], i: usize) -> bool {
    if key(tokens, i) != "اول" {
        return false;
    }
    let n = key(tokens, i + 1);
    let persons = n == "من"
        || n.starts_with("ال")
            && (n.ends_with("ين") || n.ends_with("ون"))
            && n.chars().count() >= 6;
    if !persons {
        return false;
    }
    let Some(mut p) = i.checked_sub(1) else {
        return false;
    };
    let pronoun = |k: &str| matches!(k, "هو" | "هي" | "هم");
    let mut had_pronoun = false;
    if pronoun(key(tokens, p)) {
        had_pronoun = true;
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    let w = key(tokens, p);
    if WISHES.contains(&w) {
        return true;
    }
    // `من المفروض أن تكون هي أول`.
    if matches!(w, "تكون" | "يكون")
        && p.checked_sub(1).is_some_and(|a| key(tokens, a) == "ان")
        && p.checked_sub(2)
            .is_some_and(|m| matches!(key(tokens, m), "المفروض" | "المفترض"))
    {
        return true;
    }
    // `الذي إذا جاءت المساءلة هو أول الهاربين`: a pronoun after a clause of `إذا`/`لو`.
    had_pronoun
        && (1..=5).any(|b| {
            (p + 1)
                .checked_sub(b)
                .is_some_and(|c| matches!(key(tokens, c), "اذا" | "لو" | "واذا" | "ولو"))
        })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        cause_of_arabs: "بالإضافة إلى قضية العرب والمسلمين الأولى القضية الفلسطينية" => [];
        cause_of_muslims: "للقضية الفلسطينية قضية المسلمين الأولى، والجهود المتواصلة" => [];
        his_cause: "عندما يقدر وطنه، أرضه، ويجعله قضيته الأولى.." => [];
        his_concern: "بل كان همه الأول هو السلب والنهب" => [];
        concern_of_iran: "إن همّ إيران الاول ان يكون لها نفوذ اكبر في المنطقة" => [];
        our_enemy: "هل نحن جادون فعلا في محاربة عدونا الأول.." => [];
        enemy_of_brotherhood: "على حساب التحالف الاستراتيجي مع مصر عدوة الإخوان الأولى." => [];
        issue_of_first_post_stays: "آلية لحسم قضية الموقع الأول على رأس الهرم الفلسطيني"
            => ["الأول|ordinal|1|1..1|exact|"];
        first_case_of_kind_stays: "وهذه تعتبر القضية الأولى من نوعها في الجزائر"
            => ["الأولى|ordinal|1|1..1|exact|"];
        they_are_first_stays: "فهم الرفاد الأول للجهات الأمنية"
            => ["الأول|ordinal|1|1..1|exact|"];
        suez_nickname: "حملة كبيرة صاحبت حفل افتتاح «قناة السويس الثانية»." => [];
        festival_edition_stays: "في الخيمة الصحية بـ\"مهرجان القطيف السادس\"."
            => ["السادس|ordinal|6|6..6|exact|"];
        quoted_round_stays: "أثناء إبحارهم في «الجولة الأولى» لتحدد بوصلة مراكبهم"
            => ["الأولى|ordinal|1|1..1|exact|"];
        league_list: "اعتماد الجداول الدوري الممتاز والشباب والناشيئن والأولى." => [];
        league_list_dash: "تضاف إلى البطولة التصنيفية، ولمسابقة الدوري (الممتاز – الأولى)." => [];
        league_list_short: "ولاعبين جدد كانوا ضمن صفوف أندية بالممتاز والأولى يتقدمهم" => [];
        youth_title_stays: "احرز الفتح لقب النسخة الأولى والشباب لقب الثانية على حساب النصر."
            => ["الأولى|ordinal|1|1..1|exact|", "الثانية|ordinal|2|2..2|exact|"];
        must_hold_first: "ويجب أول من نحاسبهم الحياديون الساكتون عن الحق" => [];
        first_to_flee_if: "من المعزب الذي إذا جاءت المساءلة هو أول الهاربين!" => [];
        will_be_first_to_flee: "وحينها سيكون أول الفارين والمولين الأدبار." => [];
        would_have_been_first: "لو كان حياً لما قبل هذا العقوق ولكان اول المبادرين بالوقوف" => [];
        supposed_to_be_first: "التي كان من المفروض أن تكون هي أول المستنكرين والرافضين" => [];
        was_first_stays: "فإن النجيفي الذي كان أول المؤيدين لخطوات العبادي"
            => ["أول|ordinal|1|1..1|exact|"];
        first_who_said_stays: "وكان أول من أعلن الخبر"
            => ["أول|ordinal|1|1..1|exact|"];
    }
}
