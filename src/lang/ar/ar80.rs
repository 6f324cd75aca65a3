//! A person's name in apposition after a title that names its body (ar80), for [`super`]
//! (`attribution`, whose child module this is: it reads the speaker lexicons and the noun
//! phrase parser).
//!
//! `قال المتحدث باسم المقاومة الجنوبية، علي شايف الحريري، إن`, `أفاد رئيس جهاز الأمن
//! القومي، اللواء علي الأحمدي، بأن`, `قال رئيس كتلة التغيير في برلمان الإقليم، النائب برزو
//! مجيد، إن`: the speaker is the person the commas name, not the title. The title's
//! complement (`كتلة التغيير`, `جهاز الأمن`) was read as a name of its own, so the name in
//! apposition was left out; `علي`, whose key is the preposition `على`'s (the undotted ya is
//! frequent), ended the phrase before it began; and a title with a place (`في برلمان
//! الإقليم`) ended at `في`. See [`appositive`].
//!
//! Bounded: the title is at most [`MAX_TITLE`] tokens, the name at most five words, and
//! the whole test runs once per reporting verb, behind a lookup of the title's first word.

use super::{LEX, SpeakerKind, Strip, TokenKind, bare, is_definite, is_punct, known_word};
use super::{np_extent, parse_np, skip_before_subject};
use crate::lang::ar::tokens::Token;

/// The longest title, in tokens, before the comma of the name in apposition.
const MAX_TITLE: usize = 12;

/// After a verb, the title at `a` and a person's name between commas before the
/// complementizer at `c`: the name's extent (`start`, `end`).
///
/// The title starts with a title's head (`المتحدث`, `رئيس`), or with a rank that a
/// definite word follows (`المستشار القانوني`), has no rank further on (a rank there
/// starts the name, `المدير الدكتور أحمد`) and only words up to its comma, none a relative
/// or an adverb (`المحامي X الذي ترافع عن …، وحصلتا على البراءة، إن`). The name is a
/// person's: a rank or a one-word title with a name after it (`اللواء علي الأحمدي`,
/// `النائب برزو مجيد`; not `المدير الفني لفريق روما`, a title whose club was read as a
/// name), or a given name, indefinite and in no lexicon, of two words or more (`علي
/// شايف الحريري`; a one-word apposition may be an adverb, `بدوره`). After the name, only
/// the complementizer, or a comma and an audience (`لـ«الشرق الأوسط»`), a few words.
pub(super) fn appositive(
    text: &str,
    toks: &[Token<'_>],
    a: usize,
    c: usize,
) -> Option<(usize, usize)> {
    let lex = &*LEX;
    let first = toks.get(a).filter(|t| t.kind == TokenKind::Word)?;
    let head = bare(&first.key);
    let titled = lex.title_heads.contains(head)
        || (lex.ranks.contains(head) && toks.get(a + 1).is_some_and(|t| is_definite(&t.key)));
    if !titled {
        return None;
    }
    // The title's comma, with only words before it and no rank after its head.
    let comma = (a + 1..c.min(a + MAX_TITLE)).find(|&j| toks[j].kind != TokenKind::Word)?;
    if !is_punct(&toks[comma], &['،', ','])
        || toks[a + 1..comma].iter().any(|t| {
            let k = t.key.as_str();
            lex.ranks.contains(bare(k)) || (lex.np_stops.contains(k) && !matches!(k, "في" | "لدي"))
        })
    {
        return None;
    }
    let next = comma + 1;
    let t0 = toks.get(next).filter(|t| t.kind == TokenKind::Word)?;
    let k0 = t0.key.as_str();
    let b0 = bare(k0);
    let ranked = lex.ranks.contains(b0);
    // `علي` (also written `على`) before a name: the given name, not the preposition.
    let ali = k0 == "علي"
        && toks.get(next + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !is_definite(&t.key)
                && !t.key.ends_with('ه')
                && !known_word(bare(&t.key))
                && !lex.np_stops.contains(t.key.as_str())
                && !lex.np_leading_stops.contains(t.key.as_str())
        });
    let given = !is_definite(k0)
        && !known_word(b0)
        && !lex.np_stops.contains(k0)
        && !lex.np_leading_stops.contains(k0)
        && !lex.relatives.contains(k0)
        && !lex.particles.contains(k0);
    let title_first = is_definite(k0) && lex.title_heads.contains(b0);
    if !(ranked || ali || given || title_first) {
        return None;
    }
    let e = np_extent(toks, if ali { next + 1 } else { next }, c);
    let words = e.saturating_sub(next);
    if !(1..=5).contains(&words)
        || (words < 2 && !ranked)
        || !toks[next..e].iter().all(|t| t.kind == TokenKind::Word)
    {
        return None;
    }
    // What follows the name: the complementizer, or a comma and a few words to it.
    let closes = e == c
        || (is_punct(&toks[e], &['،', ','])
            && (e + 1 == c
                || (c - e <= 8 && {
                    let s = skip_before_subject(toks, e + 1, c);
                    s == c || (s + 1 == c && is_punct(&toks[s], &['،', ',']))
                })));
    if !closes {
        return None;
    }
    let m = parse_np(text, toks, next, e, Strip::None)?;
    if m.kind != SpeakerKind::Person || m.name.is_empty() {
        return None;
    }
    // A title first must have a name after it (`النائب برزو مجيد`), not be all title.
    if title_first && !ranked && (m.name.len() == words || m.title.contains(' ')) {
        return None;
    }
    // The name without its one-word title: `النائب` alone is no title to resolve a bare
    // `نائب` of another sentence to this person.
    Some((
        if title_first && !ranked {
            next + 1
        } else {
            next
        },
        e,
    ))
}

/// In a title, a word with the conjunction `و` before a definite one continues the
/// title's complement (`لصوامع الغلال ومطاحن الدقيق`, `لجنة الاحتراف وأوضاع اللاعبين`,
/// `قسم المنافع ومعالجة الكبريت`): a second thing the body deals with, not the person's
/// name, which was `ومطاحن الدقيق`. Only after a definite complement (not right after the
/// title's head: `المحلل وسيم الخطيب` is a name) and not for a first name that starts with
/// `و` (`وليد`).
pub(super) fn coordinated_title(ws: &[super::W], i: usize) -> bool {
    let Some(w) = ws.get(i) else {
        return false;
    };
    // A byte test first: most words of a title do not start with `و`.
    if i < 2 || !w.key.starts_with('و') || w.paren {
        return false;
    }
    let lex = &*LEX;
    let prev = &ws[i - 1].key;
    w.key.chars().count() > 3
        && !lex.waw_names.contains(w.key.as_str())
        && !is_definite(&w.key)
        && (is_definite(prev) || (prev.starts_with("لل") && prev.chars().count() > 3))
        && ws
            .get(i + 1)
            .is_some_and(|n| is_definite(&n.key) && !n.paren)
}
