//! Bare numbers that are not quantities (ar91, from a random audit of 200 Arabic numbers
//! with no unit): a number in digits that is left with no unit is dropped when its
//! surroundings show it names, dates or ranks something:
//! - a year-like number (four plain digits, 1300–1460 or 1900–2030, not `2000`) with no quantitative
//!   frame before it (`بلغ`, `عدد`, `نحو`, `وصل`, `إجمالي` …) and no `آخرون`/`منهم` after it:
//!   `(1420 و1421هـ)`, `2008 أعلنت`, `في أوربا 2015` ([`year_like`]);
//! - a day, an age or a rank after a preposition and `الـ` (`في الـ 29 من الشهر`, `من الـ 17
//!   حتى الـ 19`, `في الـ18`), or after `المركز`/`المرتبة` and `الـ` ([`after_al`]);
//! - a label after a noun named by its number: `الدفعة 36`, `شارع الـ 30`, `لإصدار 64`,
//!   `مستشفى 57357`, `قطاع 6` ([`label`]), or a festival's edition (`صيف حائل 36`,
//!   `مهرجان صيف الباحة 1436`, [`festival`]);
//! - a reference after a word and a slash: `هود/88`, `م/ 58`, `f/2.2` ([`slash_ref`]).

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct, word};
use crate::lang::Recognized;
use crate::model::Kind;

/// Whether token `k` is the article written apart (`الـ`, `ال`).
fn article(tokens: &[Token<'_>], k: usize) -> bool {
    word(tokens, k).is_some_and(|t| matches!(t.text, "الـ" | "ال"))
}

/// Drops the bare numbers (kind number, no unit) of this sentence's claims from `from` on
/// that name, date or rank something (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let Some((a, z)) = bare_number(tokens, &out[k]) else {
            k += 1;
            continue;
        };
        // The first number in digits of the claim.
        let Some(n) = (a..=z).find(|&j| tokens.get(j).is_some_and(|t| t.number().is_some())) else {
            k += 1;
            continue;
        };
        let single = a == n && z == n;
        let drop = after_al(tokens, n) && !scaled(tokens, n)
            || single
                && (year_like(tokens, n)
                    || after_year_word(tokens, n)
                    || label(tokens, n)
                    || festival(tokens, n)
                    || slash_ref(tokens, n)
                    || quoted_title(tokens, n));
        if drop {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// The first and last tokens of claim `c` when it is a bare number (kind number, no unit)
/// starting at a token: the claims ar91 and ar114 look at.
pub(super) fn bare_number(tokens: &[Token<'_>], c: &Recognized) -> Option<(usize, usize)> {
    if c.kind != Kind::Number || c.unit.is_some() {
        return None;
    }
    let a = token_at(tokens, c.byte_start)?;
    Some((a, last_token(tokens, a, c.byte_end)))
}

/// Keys of words that frame a quantity before a number: `بلغ`, `عدد`, `نحو`, `وصل إلى` …
fn frame(key: &str) -> bool {
    super::tokens::stems(key).any(|(_, s)| {
        matches!(
            s,
            "بلغ"
                | "بلغت"
                | "يبلغ"
                | "تبلغ"
                | "بالغ"
                | "بالغه"
                | "عدد"
                | "عددهم"
                | "عددها"
                | "عددهن"
                | "نحو"
                | "قرابه"
                | "حوالي"
                | "اجمالي"
                | "مجموع"
                | "وصل"
                | "وصلت"
                | "يصل"
                | "تصل"
                | "الي"
                | "اصل"
                | "مقابل"
                | "هو"
        )
    })
}

/// `(1420 و1421هـ)`, `2008 أعلنت`, `في أوربا 2015`: four plain digits from 1300 to 1460 or
/// from 1900 to 2030 (not a round thousand), with no word of [`frame`] in the six tokens before and no `آخرون`,
/// `منهم`, `منها` after, are a year, not a quantity.
fn year_like(tokens: &[Token<'_>], n: usize) -> bool {
    let t = &tokens[n];
    let TokenKind::Number {
        value,
        percent: false,
    } = t.kind
    else {
        return false;
    };
    if t.text.chars().count() != 4 || !t.text.chars().all(|c| c.is_numeric()) {
        return false;
    }
    // A round thousand (`2000`) is as often an amount: it stays.
    let round = value % 1000.0 == 0.0;
    if round || !((1300.0..=1460.0).contains(&value) || (1900.0..=2030.0).contains(&value)) {
        return false;
    }
    let framed = (n.saturating_sub(6)..n).any(|j| frame(key(tokens, j)));
    let next = key(tokens, n + 1);
    let counted = next.starts_with("اخر")
        || next.starts_with("واخر")
        || matches!(next, "منهم" | "منها" | "منهن");
    !framed && !counted
}

/// `في الـ 29 من الشهر`, `من الـ 17 حتى الـ 19`, `وهو في الـ18`, `المرتبة الـ 46`: a number
/// after `الـ` written apart that follows a preposition is a day, an age or a rank; one
/// after `المركز` or `المرتبة` is a rank (and so is a number after `و` right after one).
fn after_al(tokens: &[Token<'_>], n: usize) -> bool {
    // `بالمرتبتين الـ14 و15`: the second of a pair after `و` is read like the first.
    if n >= 2
        && key(tokens, n - 1) == "و"
        && tokens[n - 2].number().is_some()
        && after_al(tokens, n - 2)
    {
        return true;
    }
    let Some(p) = n.checked_sub(2) else {
        return false;
    };
    if !article(tokens, n - 1) {
        return false;
    }
    matches!(
        key(tokens, p),
        "في" | "وفي"
            | "من"
            | "ومن"
            | "حتي"
            | "وحتي"
            | "قبل"
            | "بعد"
            | "منذ"
            | "المركز"
            | "بالمركز"
            | "المرتبه"
            | "بالمرتبه"
            | "المرتبتين"
            | "بالمرتبتين"
            | "المراتب"
    )
}

/// `الدفعة 36`, `شارع الـ 30`, `لإصدار 64 - بت`, `مستشفى 57357`, `قطاع 6`: a number right
/// after (`الـ` or a bracket between) a noun that is named by its number is a label.
/// (`غادر منهم المستشفى 10`: the definite `المستشفى`, `القطاع` may be followed by a count.)
fn label(tokens: &[Token<'_>], n: usize) -> bool {
    let mut p = n;
    for _ in 0..2 {
        match p.checked_sub(1) {
            Some(q) if article(tokens, q) || punct(tokens, q, &['(']) => p = q,
            _ => break,
        }
    }
    let Some(p) = p.checked_sub(1) else {
        return false;
    };
    matches!(
        key(tokens, p),
        "الدفعه"
            | "دفعه"
            | "شارع"
            | "الشارع"
            | "بشارع"
            | "اصدار"
            | "لاصدار"
            | "الاصدار"
            | "مستشفي"
            | "بمستشفي"
            | "قطاع"
    )
}

/// `صيف حائل 36`, `مهرجان صيف الباحة 1436`, `لمهرجان طيبة 36`: a number after one to three
/// words that follow `صيف` or `مهرجان` (words only, none of [`frame`]) is the festival's
/// edition or year.
fn festival(tokens: &[Token<'_>], n: usize) -> bool {
    for d in 2..=4 {
        let Some(j) = n.checked_sub(d) else {
            return false;
        };
        let Some(w) = word(tokens, j) else {
            return false;
        };
        if frame(&w.key) {
            return false;
        }
        if w.stems().any(|(_, s)| matches!(s, "صيف" | "مهرجان")) {
            return (j + 1..n).all(|m| word(tokens, m).is_some_and(|t| !frame(&t.key)));
        }
    }
    false
}

/// `هود/88`, `رقم م/ 58`, `(STEP/ 40)`, `f/2.2`: a number after a slash glued to a word
/// or a Latin letter (not a number: `24/ 7` is [`super::ar83::retune`]'s) is a reference.
/// (`بعدد / 67 / من أصل / 116 / صوتاً`: slashes set apart are brackets.)
fn slash_ref(tokens: &[Token<'_>], n: usize) -> bool {
    let Some(p) = n.checked_sub(2) else {
        return false;
    };
    punct(tokens, n - 1, &['/'])
        && tokens[p].end == tokens[n - 1].start
        && matches!(tokens[p].kind, TokenKind::Word | TokenKind::Latin)
}

/// `يزيد عن ال46 مليون`: a scale word after the number makes it an amount.
fn scaled(tokens: &[Token<'_>], n: usize) -> bool {
    let k = key(tokens, n + 1);
    ["مليو", "ملاي", "مليا", "الف", "الاف", "ترليو", "تريليو"]
        .iter()
        .any(|s| k.starts_with(s))
}

/// `عام 980 م`, `العام 700 والعام 530 قبل الميلاد`, `عام (1423)`: a number right after
/// `عام`/`العام` (a bracket may come between) is a year.
fn after_year_word(tokens: &[Token<'_>], n: usize) -> bool {
    let mut p = n.checked_sub(1);
    if let Some(q) = p.filter(|&q| punct(tokens, q, &['(']) && q > 0) {
        p = Some(q - 1);
    }
    p.is_some_and(|p| {
        let year_word = matches!(
            key(tokens, p),
            "عام" | "العام" | "للعام" | "والعام" | "بالعام"
        );
        // `المؤشر العام 9107`, `المدير العام`: after a definite noun `العام` is «general».
        let general = p > 0
            && key(tokens, p).ends_with("العام")
            && ["ال", "وال", "بال", "لل"]
                .iter()
                .any(|a| key(tokens, p - 1).starts_with(a));
        year_word && !general
    })
}

/// `«المهمة: مستحيلة 5»`, `«ويندوز 7 أو 8.1»`, `»فوستوك 4»`: a number right before a
/// closing `»`, after a word, with a guillemet opening at most four tokens before it, ends
/// a quoted name or title.
fn quoted_title(tokens: &[Token<'_>], n: usize) -> bool {
    if !punct(tokens, n + 1, &['»']) || word(tokens, n.wrapping_sub(1)).is_none() {
        return false;
    }
    (2..=5).any(|d| {
        n.checked_sub(d).is_some_and(|j| {
            punct(tokens, j, &['«', '»'])
                && (j + 1..n)
                    .all(|m| !matches!(tokens[m].kind, TokenKind::Punct('«' | '»' | '.' | '،')))
        })
    })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        no_claim_year_list: "موسمين فقط (1420 و1421هـ) وهي" => [
            "موسمين|count|2|2..2|exact|season",
            "1421هـ|date|2000-04-06/2001-03-25|2000-04-06..2001-03-25|exact|"
        ];
        no_claim_year_head: "2008 أعلنت الجمعية استخدام التذاكر" => [];
        no_claim_prep_al_day: "أعيد انتخابه في الـ29 من الشهر ذاته" => [];
        no_claim_rank: "وافق مجلس الوزراء على تعيينات بالمرتبتين الـ14 و15 ووظيفة سفير" => [];
        no_claim_batch: "حفل تخريج الدفعة 36 من كلية الدفاع الجوي" => [];
        no_claim_street: "فتحت النيران على مناطق في شارع الـ 30 قرب المخيم" => [];
        no_claim_festival: "ضمن فعاليات صيف حائل 36 الذي تشرف عليه الأمانة" => [];
        no_claim_verse: "إن أريد إلا الإصلاح ما استطعت هود/88" => [];
        no_claim_year_word: "ما بين العام 700 والعام 530 قبل الميلاد" => [];
        keep_general_index: "وأغلق المؤشر العام 9107، مرتفعا" => ["9107|number|9107|9107..9107|exact|"];
        no_claim_title: "كان فيلم «المهمة: مستحيلة 4» أوحى به" => [];
        keep_framed_year_like: "ووصل الى 1400 قبل أن" => ["1400|number|1400|1400..1400|exact|"];
        keep_slashes_apart: "بعدد / 67 / من أصل" => ["67|number|67|67..67|exact|"];
    }
}
