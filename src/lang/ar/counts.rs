//! Casualty counts said by a verb or a verbal noun next to a bare number: `وأصيب 47
//! آخرون` (47 injured), `مقتل أربعة وإصابة ثلاثة آخرين` (4 killed, 3 injured), `قتل عشرات
//! الآلاف`, `أودى بحياة العشرات`, `احتجاز 40 آخرين` (detained), `لقي 4 مصرعهم` (killed),
//! `قتل وجرح 20` (casualties: people). The number counts nothing written after it, so the
//! word before it (or the idiom around it) says what is counted; the concept is one of the
//! units table's (`killed`, `injured`, `detainee`, `death`, `case`, `person`).
//!
//! Every look is a fixed number of tokens either side of the number.

use super::tokens::{Token, TokenKind};
use super::units::{Plurality, UnitKind, UnitMatch};

/// The cue words before the number, as keys without the conjunction (`و`, `ف`) and, for the
/// verbal nouns, a preposition (`لمقتل`, `بإصابة`): (key, concept).
const BEFORE: &[(&str, &str)] = &[
    // killed: the passive verb and the verbal noun
    ("قتل", "killed"),
    ("مقتل", "killed"),
    ("استشهاد", "killed"),
    ("استشهد", "killed"),
    ("مصرع", "killed"),
    // `أودى بحياة العشرات`: claimed the lives of.
    ("بحياه", "killed"),
    ("بارواح", "killed"),
    // injured
    ("اصيب", "injured"),
    ("اصيبت", "injured"),
    ("جرح", "injured"),
    ("اصابه", "injured"),
    // detained
    ("اعتقال", "detainee"),
    ("اعتقل", "detainee"),
    ("احتجاز", "detainee"),
    ("احتجز", "detainee"),
    ("توقيف", "detainee"),
    // deaths
    ("وفاه", "death"),
];

/// Words after the number that say it counts infections, not injuries (`أصيب 12 بفيروس`).
const DISEASE: &[&str] = &[
    "بفيروس",
    "بالفيروس",
    "بمرض",
    "بالمرض",
    "بكورونا",
    "بكوفيد",
    "بالكوليرا",
    "بالحصبه",
    "بالملاريا",
    "بالايدز",
    "بالسرطان",
    "بالانفلونزا",
    "بانفلونزا",
    "بالعدوي",
    "بالوباء",
    "بامراض",
];

/// The unit a casualty verb or verbal noun gives the bare number on tokens `first..=last`
/// (`first` is where its qualifier starts, if any): the unit and the token that says it.
pub(super) fn cued_unit(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    value: f64,
) -> Option<(UnitMatch, usize)> {
    // Not years nor decimals: people come whole.
    if value.fract() != 0.0 || value <= 0.0 || (1900.0..=2100.0).contains(&value) {
        return None;
    }
    // `قتل 1​2 شخصا`: a number right after is another reading of the same digits.
    if tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Number { .. }))
    {
        return None;
    }
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.key.as_str())
    };
    // `لقي 4 مصرعهم`, `لقوا 4 حتفهم`: the idiom around the number.
    if word(last + 1).is_some_and(death_idiom)
        && first
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| strip_conj(w).starts_with("لق"))
    {
        return Some((unit("killed"), last + 1));
    }
    let p = first.checked_sub(1)?;
    let cue = word(p)?;
    let concept = concept_of(cue)?;
    // `الشروع في قتل 9`: an attempt on their lives, not deaths.
    if p >= 2 && word(p - 1) == Some("في") && word(p - 2).is_some_and(|w| w.ends_with("شروع"))
    {
        return None;
    }
    // `قتل وجرح 20`: killed and wounded, the casualties.
    let concept = if concept == "injured"
        && cue.starts_with('و')
        && p >= 1
        && word(p - 1).is_some_and(|w| concept_of(w) == Some("killed"))
    {
        "person"
    } else {
        concept
    };
    // `أصيب 12 بفيروس كورونا`: infections.
    let after = match word(last + 1) {
        Some("اخرين" | "اخرون" | "اخران") => last + 2,
        _ => last + 1,
    };
    let concept = if matches!(concept, "injured")
        && word(after).is_some_and(|w| DISEASE.iter().any(|d| w.starts_with(d)))
    {
        "case"
    } else {
        concept
    };
    Some((unit(concept), p))
}

/// `مصرعهم`, `حتفهم`: the noun of `لقي … مصرعه`, met their death, which counts nothing.
pub(super) fn death_idiom(key: &str) -> bool {
    (key.starts_with("مصرع") || key.starts_with("حتف")) && key.chars().count() <= 7
}

/// The concept a cue word says, after its conjunction and preposition.
fn concept_of(key: &str) -> Option<&'static str> {
    let bare = strip_conj(key);
    let find = |k: &str| BEFORE.iter().find(|(w, _)| *w == k).map(|(_, c)| *c);
    find(key).or_else(|| find(bare)).or_else(|| {
        // (`لمقتل`, `بإصابة`: a preposition before a verbal noun, never before a verb.)
        let stem = bare.strip_prefix(['ل', 'ب'])?;
        let c = find(stem)?;
        (stem.starts_with('م') || stem.ends_with('ه') || stem.chars().count() >= 5).then_some(c)
    })
}

fn strip_conj(key: &str) -> &str {
    match key.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => key,
    }
}

fn unit(concept: &'static str) -> UnitMatch {
    UnitMatch {
        concept,
        kind: UnitKind::Count,
        plurality: Plurality::Plural,
        words: 1,
        definite: false,
        proclitic: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_is_in_the_units_table() {
        let all = super::super::units::concepts();
        for (_, c) in BEFORE {
            assert!(all.contains(c), "{c}");
        }
        for c in ["killed", "person", "case"] {
            assert!(all.contains(&c), "{c}");
        }
    }
}
