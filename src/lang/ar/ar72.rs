//! Sources by preposition whose verb is not one of saying (ar72), for [`super::attribution`].
//!
//! - `وفقا لما نشرته صحيفة …`, `حسب ما نشره موقع …`, `حسبما أذاعه التلفزيون …`: what an
//!   outlet published or broadcast is its word, as `وفقا لما ذكرته` is ([`published`]);
//!   the verb of publishing was no reporting verb, so the outlet was dropped (or, after
//!   `وفقا`, `لما` was taken for `ل` glued to a name and the speaker became `ما نشرته`).
//! - `وفقا لما جاء في بيان …`, `حسب ما ورد في تقرير …`, `كما جاء في البيان` (as came, as is
//!   stated in): the source is the document after `في` ([`came_in`]). Its name must be a
//!   known kind of speaker (a statement, a report, an organization …), since the same words
//!   also say where something came (`كما جاء في المركز الثاني`, `وفقا لما جاء في الخطة`).
//!   `طبقا لما نشر في صحيفة …` (was published in) likewise names what follows `في`.
//! - `لما` after `وفقا` with no verb of saying or publishing after it is no `ل` glued to a
//!   source's name ([`lam_ma`]).
//! - `من خلال` (through) ends a speaker's noun phrase as `خلال` does (`كما أوضحت الإحصائية من
//!   خلال فرق الرقابة …` named `الإحصائية من`), see [`np_stop`].
//!
//! - A document after `جاء في` is a noun and its genitives or adjectives only, which ends before
//!   a complementizer or a new clause (`كما جاء في التقرير أن حجم …`, `كما ورد في نشرة الإصدار
//!   ويعود …`), see [`after_came_in`]. A speaker's noun phrase ends at a year (`صحيفة
//!   جيروزليم بوست عام 2000`) and at an issue's number or date (`ما نشرته الرياض بعدد الأحد`,
//!   `«عكاظ» بتاريخ …`).
//! - A title whose last words were taken for a name are a phrase with `ل` (`مدير مكتب الحملة
//!   لنصرة الأشقاء في لبنان الأستاذ وليد الجلال`): the name after the place completes it, as
//!   after a title with no name ([`lam_phrase`]).
//!
//! Bounded look-around: at most three tokens after the preposition.

use std::sync::LazyLock;

use super::ar67;
use super::tokens::{Token, TokenKind};
use crate::lang::KeySet;
use crate::normalize::key;

/// Verbs of publishing and broadcasting in the past, with the object pronoun a relative
/// `ما` takes (`ما نشرته`): masculine and feminine.
const PUBLISHED: &str = "
نشر نشرت نشره نشرته نشرها نشرتها بث بثت بثه بثته بثها بثتها
أذاع أذاعت أذاعه أذاعته أذاعها أذاعتها
";

/// `جاء في`, `ورد في`: stated in (a document); the passive `نُشر في`, published in.
const CAME: &str = "جاء جاءت ورد وردت نشر";

/// What a document's or an outlet's name after `جاء في` starts with (with or without the
/// article): `كما جاء في المركز الثاني` (came second) or `في الخطة` name no source.
const DOCUMENT_HEADS: &str = "
بيان تقرير تقارير دراسة نشرة رسالة تصريح تصريحات إحصائية إحصائيات إحصاء وثيقة مذكرة بلاغ
إعلان نص خطاب كلمة تغريدة صحيفة جريدة مجلة موقع وكالة قناة تلفزيون إذاعة وسائل حساب صفحة
";

static SETS: LazyLock<(KeySet, KeySet, KeySet)> = LazyLock::new(|| {
    let set = |s: &str| s.split_whitespace().map(key).collect::<KeySet>();
    (set(PUBLISHED), set(CAME), set(DOCUMENT_HEADS))
});

/// A verb of publishing or broadcasting in the past (`نشرته`, `بثت`).
pub(super) fn published(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && SETS.0.contains(t.key.as_str())
}

/// `جاء في` / `ورد في` at token `v`: the token after `في`, where the document's name starts.
/// The name must start with a document's or an outlet's head ([`DOCUMENT_HEADS`]).
pub(super) fn came_in(toks: &[Token<'_>], v: usize) -> Option<usize> {
    let t = toks.get(v)?;
    let fi = toks.get(v + 1)?;
    let head = toks.get(v + 2)?;
    let k = head.key.as_str();
    let bare = k.strip_prefix("ال").filter(|r| r.chars().count() > 1);
    let document = SETS.2.contains(k) || bare.is_some_and(|r| SETS.2.contains(r));
    (t.kind == TokenKind::Word && SETS.1.contains(t.key.as_str()) && fi.key == "في" && document)
        .then_some(v + 2)
}

/// After the preposition at token `i` and `word` (`لما`, `ما`): where the source's noun phrase
/// starts, and whether any name will do (`true`, after a verb of saying or publishing) or only
/// a known kind of speaker (`false`, after `جاء في`). `verb` is the reporting verb test.
pub(super) fn what_was_said(
    toks: &[Token<'_>],
    i: usize,
    word: &str,
    verb: impl Fn(&Token<'_>) -> bool,
) -> Option<(usize, bool)> {
    if toks.get(i + 1)?.key == word
        && let Some(np) = came_in(toks, i + 2)
    {
        return Some((np, false));
    }
    ar67::what_was_said(toks, i, word, |t| verb(t) || published(t)).map(|np| (np, true))
}

/// The verb right after `حسبما`, `حسب ما`, `وفقما` at token `v`: as [`what_was_said`].
pub(super) fn said_at(
    toks: &[Token<'_>],
    v: usize,
    verb: impl Fn(&Token<'_>) -> bool,
) -> Option<(usize, bool)> {
    if let Some(np) = came_in(toks, v) {
        return Some((np, false));
    }
    let t = toks.get(v)?;
    (verb(t) || published(t)).then_some((v + 1, true))
}

/// `كما جاء في …` at token `i` (`كما`, `وكما`): where the document's name starts.
pub(super) fn kama_came_in(toks: &[Token<'_>], i: usize) -> Option<usize> {
    matches!(toks.get(i)?.key.as_str(), "كما" | "وكما")
        .then(|| came_in(toks, i + 1))
        .flatten()
}

/// `وفقا لما …` at token `i` (the preposition) with no verb of saying after `لما`: no source's
/// name is glued to this `ل`.
pub(super) fn lam_ma(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.key == "لما")
}

/// Whether a speaker's noun phrase that starts at token `a` ends at token `j`: `من خلال`; after
/// its first word a year (`عام 2000`), an issue (`بعدد`, `بتاريخ`).
pub(super) fn np_stop(toks: &[Token<'_>], a: usize, j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    let next = toks.get(j + 1);
    match t.key.as_str() {
        "من" => next.is_some_and(|n| n.key == "خلال"),
        "بعدد" | "بعددها" | "بتاريخ" => j > a,
        "عام" | "العام" => {
            j > a && next.is_some_and(|n| matches!(n.kind, TokenKind::Number { .. }))
        }
        _ => false,
    }
}

/// The words a title's noun phrase ends with when taken for a name are a phrase with `ل` and
/// a definite noun (`مدير مكتب الحملة لنصرة الأشقاء في لبنان الأستاذ وليد …`): no person's
/// name, so a name after the place may still complete the title.
pub(super) fn lam_phrase(name: &[String]) -> bool {
    name.first()
        .is_some_and(|w| w.starts_with('ل') && w.chars().count() > 3)
        && name.get(1).is_some_and(|w| w.starts_with("ال"))
}

/// Whether the noun phrase at token `np` names a document after `جاء في` ([`came_in`]).
pub(super) fn after_came_in(toks: &[Token<'_>], np: usize) -> bool {
    np >= 2 && came_in(toks, np - 2) == Some(np)
}
