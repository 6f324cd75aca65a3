//! speed35: cheap tests in front of costly ones in hot Arabic readers, and a string helper
//! without a searcher. Speed only: every test here is a necessary condition of the reader
//! it guards, so no output changes.

use super::tokens::{Token, TokenKind};

/// `s` without any leading `ال`, as `s.trim_start_matches("ال")` gives it, but without
/// building a substring searcher at each call (this runs at every word in `ين`/`ان` and at
/// stems of the words before numbers).
pub(super) fn trim_al(mut s: &str) -> &str {
    while let Some(rest) = s.strip_prefix("ال") {
        s = rest;
    }
    s
}

/// Whether token `a` and the one after it can be the two adjectives of
/// [`super::dual_pair`]: a definite word (`الإداري`), then `و` alone or a word in `وال`
/// (`والفني`). Asked before the units look-up of the dual, which most words in `ين`/`ان`
/// fail this way.
pub(super) fn pair_follows(tokens: &[Token<'_>], a: usize) -> bool {
    let word_key = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.key.as_str())
    };
    word_key(a).is_some_and(|k| k.starts_with("ال"))
        && word_key(a + 1).is_some_and(|k| k == "و" || k.starts_with("وال"))
}

/// Whether key `k` may end in `ه` or `ها` (its last byte is that of `ه` or of `ا`): the
/// test of an honorific pronoun's ending by one byte, before its letters are decoded (this
/// runs at every token of an article).
#[inline]
pub(super) fn may_end_in_ha(k: &str) -> bool {
    // `ه` is D9 87, `ا` is D8 A7.
    matches!(k.as_bytes().last(), Some(0x87 | 0xA7))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    #[test]
    fn trim_al_is_trim_start_matches() {
        for s in [
            "",
            "ال",
            "الال",
            "المركز",
            "اللل",
            "الالمركز",
            "مركز",
            "ا",
            "اال",
        ] {
            assert_eq!(trim_al(s), s.trim_start_matches("ال"), "{s}");
        }
    }

    #[test]
    fn pair_follows_needs_a_definite_word_then_waw() {
        let t = tokenize("المنتخبين الأول والأولمبي", 0);
        assert!(pair_follows(&t, 1));
        let t = tokenize("الجهازين الإداري و الفني", 0);
        assert!(pair_follows(&t, 1));
        let t = tokenize("الجهازين الإداري في الفريق", 0);
        assert!(!pair_follows(&t, 1));
        let t = tokenize("الجهازين إداري والفني", 0);
        assert!(!pair_follows(&t, 1));
        assert!(!pair_follows(&t, 5));
    }

    #[test]
    fn may_end_in_ha_keeps_every_ha_ending() {
        for k in ["سموه", "سموها", "معاليه", "فخامتها", "جلالته"] {
            let key = crate::normalize::key(k);
            assert!(
                !(key.ends_with('ه') || key.ends_with("ها")) || may_end_in_ha(&key),
                "{key}"
            );
        }
        assert!(!may_end_in_ha(""));
        assert!(!may_end_in_ha("قال"));
    }
}
