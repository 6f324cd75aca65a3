//! Checks on speaker noun phrases from an audit of random Arabic claims (ar63).
//!
//! Each is a small, bounded look at the tokens around a noun phrase that
//! [`super::attribution`] is reading; none scans further than a few tokens.
//!
//! - `أعلن نادي الأهلي أول من أمس عن …`: the time `أول من أمس` ends the subject, as `أمس`
//!   does ([`time_starts`]).
//! - `وبحسب «رويترز» قالت وزارة النفط إن …`: a quoted source closed right before a reporting
//!   verb ends there; the verb has a subject of its own ([`quote_closes_before`]).
//! - `يقدر بنسبة 45.9 في المائة، في حين أن …`, `وأشار 0.77 نقطة …`: a noun phrase that opens
//!   with a number, or with `بـ` and a measure or an article (`بنسبة`, `بنحو`, `بالمر`), is
//!   no speaker ([`not_a_subject`]).
//! - `من تابع عدد التذاكر … يلاحظ أنها`, `من قال إن …`: a reporting verb after the relative
//!   `من` (whoever) reports nothing ([`after_relative_man`]).
//! - `تعتبر هيئة الهلال الأحمر من المنظمات التي …`, `يعتبر الذوادي أحد نجوم الكرة`: the
//!   passive «is considered» ranks its subject among others; it reports nothing
//!   ([`considered_among`]).
//! - `لا يرى أي «خروج …»`: a noun phrase that opens with `أي` (any) is no speaker (the
//!   surname `آي` is one).

use super::tokens::{Token, TokenKind};

/// Measure words after `بـ` that open a phrase of amount, not a speaker.
const MEASURES_AFTER_BA: &[&str] = &[
    "نسبه",
    "نحو",
    "حوالي",
    "قيمه",
    "معدل",
    "مبلغ",
    "متوسط",
    "حجم",
    "مستوي",
    "اجمالي",
    "مجموع",
    "زياده",
    "انخفاض",
    "ارتفاع",
    "واقع",
];

/// `أول من أمس` (the day before yesterday) starts at token `j`: a time, which ends a speaker
/// noun phrase as `أمس` does.
pub(super) fn time_starts(toks: &[Token<'_>], j: usize) -> bool {
    let k = |i: usize| toks.get(i).map_or("", |t| t.key.as_str());
    matches!(k(j), "اول" | "واول") && k(j + 1) == "من" && matches!(k(j + 2), "امس" | "الامس")
}

/// A closing quote at token `j` right before a reporting verb inside the noun phrase's
/// reach `b` (`بحسب «رويترز» قالت …`): the noun phrase ends at the quote. The verb the
/// phrase is the subject of (`الوزير «برنار كازنوف» صرح`, the verb at `b`) ends nothing.
/// `is_verb` tells a finite reporting verb.
pub(super) fn quote_closes_before(
    toks: &[Token<'_>],
    j: usize,
    b: usize,
    is_verb: impl Fn(&Token<'_>) -> bool,
) -> bool {
    j + 1 < b
        && toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('»' | '”' | '"')))
        && toks.get(j + 1).is_some_and(is_verb)
}

/// A noun phrase from token `a` that is no speaker: it opens with a number, or with `بـ` and
/// a measure or a definite word (`بنسبة 45.9`, `بنحو`, `بالفوائد الكثيرة`).
pub(super) fn not_a_subject(toks: &[Token<'_>], a: usize) -> bool {
    let Some(t) = toks.get(a) else {
        return false;
    };
    match t.kind {
        TokenKind::Number { .. } => true,
        TokenKind::Word => {
            matches!(t.text, "أي" | "اي" | "وأي")
                || t.key.strip_prefix('ب').is_some_and(|r| {
                    MEASURES_AFTER_BA.contains(&r) || (r.starts_with("ال") && r.chars().count() > 3)
                })
        }
        _ => false,
    }
}

/// A reporting verb at token `v` after the relative `من` (`من تابع …`, `ومن قال إن …`).
pub(super) fn after_relative_man(toks: &[Token<'_>], v: usize) -> bool {
    v > 0 && matches!(toks[v - 1].key.as_str(), "من" | "ومن" | "فمن")
}

/// `يعتبر`/`تعتبر` at token `v` with a subject `a..b` that holds `من` or `أحد`/`إحدى`: «is
/// considered one of», no report (`يعتبر الخبير أن …` stays one).
pub(super) fn considered_among(toks: &[Token<'_>], v: usize, a: usize, b: usize) -> bool {
    considered(toks, v)
        && toks[a..b.min(toks.len())]
            .iter()
            .skip(1)
            .any(|t| matches!(t.key.as_str(), "من" | "احد" | "احدي"))
}

/// `يعتبر`/`تعتبر` at token `v`: with a quote before it (`«وام» تعتبر هيئة …`) it is «is
/// considered», not words said after a quote.
pub(super) fn considered(toks: &[Token<'_>], v: usize) -> bool {
    let k = toks[v].key.as_str();
    let k = k
        .strip_prefix('و')
        .or_else(|| k.strip_prefix('ف'))
        .unwrap_or(k);
    matches!(k, "يعتبر" | "تعتبر")
}
