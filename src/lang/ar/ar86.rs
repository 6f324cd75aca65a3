//! Arabic relative dates, round 2 (ar86): future cues before a bare weekday that
//! `dates::future_before` and `ar82::future_far` missed, found in an audit of relative dates.
//!
//! - [`root_ha`]: a future verb whose root ends in `ه` (`سيواجه`, `وسيتوجه`, `ستتجه`) is a
//!   verb, though a word in `سيـ`/`ستـ` ending in `ه` is most often a noun (`سياسة`, `سيارته`).
//!   `وسيتوجه الأخضر الخميس إلى صربيا` is the coming Thursday.
//! - [`expect_cue`]: `أن` and an imperfect after a word of expectation or decision (`ويتوقع
//!   أن يتم تحليلها السبت`, `من المرجح أن يصوت المجلس يوم الجمعة`, `وتقرر أن`) tells of what
//!   is to come, like `من المقرر أن`.
//!
//! - [`this_weekday`]: `هذا الأربعاء` (this Wednesday) is the coming one, or today (`قبل أن
//!   يلتقي بغريمه الهلال هذا الأربعاء`, on a Saturday: the Wednesday after), not the past.
//!
//! Each look is a word or two: no scan of its own but [`cued_an`]'s six words.

use super::tokens::Token;

/// Verb stems (after `سيـ`/`ستـ`) whose last root letter is `ه`: to face, to head for.
const HA_ROOTS: &[&str] = &["واجه", "توجه", "وجه", "تجه"];

/// Whether `bare` (a key without `و`/`ف`, starting `سي`/`ست`) written `text` is a future
/// verb whose root ends in `ه`, not a noun in `ة` nor a verb with an object pronoun.
pub(super) fn root_ha(bare: &str, text: &str) -> bool {
    // The written last letter, past any short vowel: `ه`, never `ة`.
    let last = text
        .chars()
        .rev()
        .find(|c| !('\u{064B}'..='\u{0652}').contains(c));
    last == Some('ه')
        && (bare.starts_with("سي") || bare.starts_with("ست"))
        && HA_ROOTS.iter().any(|r| {
            bare.strip_suffix(r)
                .is_some_and(|p| matches!(p, "سي" | "ست" | "سيت" | "ستت"))
        })
}

/// Words of expectation or decision before `أن` and an imperfect (`ويتوقع أن يتم`, `المرجح
/// أن يصوت`, `وتقرر أن يخوض`): what follows is to come.
pub(super) fn expect_cue(key: &str) -> bool {
    matches!(
        key,
        "المتوقع"
            | "يتوقع"
            | "ويتوقع"
            | "المرجح"
            | "يرجح"
            | "ويرجح"
            | "ينتظر"
            | "وينتظر"
            | "يرتقب"
            | "ويرتقب"
            | "تقرر"
            | "وتقرر"
    )
}

/// Whether token `k` is `أن` after a word of expectation, decision or schedule (`من
/// المرجح أن`, `من المقرر أن`) before an imperfect verb, in no story of the past (`كان`,
/// `قد` in the six words before): `من المرجح أن يصوت مجلس الأمن التابع للأمم المتحدة يوم
/// الجمعة`, a weekday farther than `dates::future_before` reaches.
pub(super) fn cued_an(tk: &[Token<'_>], k: usize) -> bool {
    let key = |j: usize| tk.get(j).map_or("", |t| t.key.as_str());
    k >= 1
        && matches!(key(k), "ان" | "وان")
        && (expect_cue(key(k - 1))
            || matches!(key(k - 1), "المقرر" | "المنتظر" | "المرتقب" | "المزمع"))
        && key(k + 1).starts_with(['ي', 'ت'])
        && !(k.saturating_sub(6)..k)
            .any(|j| matches!(key(j), "كان" | "وكان" | "كانت" | "وكانت" | "قد" | "وقد"))
}

/// Whether the word right before the weekday at `i` is `هذا`/`هذه` (this).
pub(super) fn this_weekday(tk: &[Token<'_>], i: usize) -> bool {
    i >= 1
        && tk[i - 1].kind == super::tokens::TokenKind::Word
        && matches!(tk[i - 1].key.as_str(), "هذا" | "هذه")
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        ar86_root_ha_verb: "وسيتوجه الأخضر الخميس إلى صربيا"
            => ["الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        ar86_root_ha_far: "وسيواجه الفريق مضيفه في مباراة ودية يوم الاثنين"
            => ["يوم الاثنين|date|2014-12-08|2014-12-08..2014-12-08|exact|"];
        ar86_noun_in_ta_stays: "وأعلنت سيطرته على المدينة الاثنين"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar86_expected_passive: "ويتوقع ان يتم تحليلها السبت في فرنسا"
            => ["السبت|date|2014-12-06|2014-12-06..2014-12-06|exact|"];
        ar86_likely: "ومن المرجح أن يصوت المجلس يوم الجمعة على القرار"
            => ["يوم الجمعة|date|2014-12-05|2014-12-05..2014-12-05|exact|"];
        ar86_expected_told_stays: "وكان يتوقع أن يصدر الحكم الاثنين"
            => ["الاثنين|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        ar86_likely_far: "إن من المرجح أن يصوت مجلس الأمن التابع للأمم المتحدة يوم الجمعة على اقتراح"
            => ["يوم الجمعة|date|2014-12-05|2014-12-05..2014-12-05|exact|"];
        ar86_likely_far_told_stays: "وكان من المرجح أن يصوت مجلس الأمن التابع للأمم المتحدة يوم الجمعة على اقتراح"
            => ["يوم الجمعة|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
        ar86_this_weekday: "قبل أن يلتقي بغريمه الهلال هذا الأربعاء على كأس السوبر"
            => ["الأربعاء|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        ar86_this_weekday_coming: "يصل المهاجم هذا الخميس إلى النمسا"
            => ["الخميس|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        ar86_expected_noun_stays: "ويتوقع أن المرشحين الاثنين"
            => [];
    }
}
