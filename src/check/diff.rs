//! Diffs: word-level diffs of two sentences (the only user of `similar`), and claim-level
//! diffs of two articles.

use similar::{ChangeTag, TextDiff};

use crate::model::Claim;

/// Marks a claim's words inside its sentence: `… استشهاد ⟦12⟧ من …`.
pub fn mark(claim: &Claim, context: usize) -> String {
    let chars: Vec<char> = claim.sentence.chars().collect();
    let s = claim
        .start
        .saturating_sub(claim.sentence_start)
        .min(chars.len());
    let e = claim
        .end
        .saturating_sub(claim.sentence_start)
        .clamp(s, chars.len());
    let from = s.saturating_sub(context);
    let to = (e + context).min(chars.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(&chars[from..s]);
    out.push('⟦');
    out.extend(&chars[s..e]);
    out.push('⟧');
    out.extend(&chars[e..to]);
    if to < chars.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A word diff of `old` and `new` in one line: removed words `[-…-]`, added `{+…+}`.
pub fn words(old: &str, new: &str) -> String {
    let diff = TextDiff::from_words(old, new);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => out.push_str(text),
            ChangeTag::Delete if !text.trim().is_empty() => {
                out.push_str(&format!("[-{}-]", text.trim()));
                out.push_str(&text[text.trim_end().len()..]);
            }
            ChangeTag::Insert if !text.trim().is_empty() => {
                out.push_str(&format!("{{+{}+}}", text.trim()));
                out.push_str(&text[text.trim_end().len()..]);
            }
            _ => out.push_str(text),
        }
    }
    out
}

/// How a claim changed between two articles.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Added,
    Removed,
    ChangedValue,
    ChangedSpeaker,
    Unchanged,
}

/// One line of a claim-level diff: the claim before (`old`) and after (`new`).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub change: Change,
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// Word diff of the two sentences, when both sides are there and differ.
    pub sentence_diff: Option<String>,
}

/// Pairs the claims of `old` and `new`: the same claim where kind, unit and words of the
/// sentence around it match best; what is left is removed or added.
pub fn claims(old: &[Claim], new: &[Claim]) -> Vec<Line> {
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (i, a) in old.iter().enumerate() {
        for (j, b) in new.iter().enumerate() {
            if a.kind != b.kind || a.unit != b.unit {
                continue;
            }
            let s = likeness(a, b);
            if s >= 0.5 {
                scored.push((s, i, j));
            }
        }
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_old, mut used_new) = (vec![false; old.len()], vec![false; new.len()]);
    let mut lines = Vec::new();
    for (_, i, j) in scored {
        if used_old[i] || used_new[j] {
            continue;
        }
        used_old[i] = true;
        used_new[j] = true;
        let (a, b) = (&old[i], &new[j]);
        let change = if a.value != b.value || a.qualifier != b.qualifier {
            Change::ChangedValue
        } else if a.speaker != b.speaker {
            Change::ChangedSpeaker
        } else {
            Change::Unchanged
        };
        let sentence_diff = (a.sentence != b.sentence).then(|| words(&mark(a, 60), &mark(b, 60)));
        lines.push(Line {
            change,
            old: Some(i),
            new: Some(j),
            sentence_diff,
        });
    }
    for (i, used) in used_old.iter().enumerate() {
        if !used {
            lines.push(Line {
                change: Change::Removed,
                old: Some(i),
                new: None,
                sentence_diff: None,
            });
        }
    }
    for (j, used) in used_new.iter().enumerate() {
        if !used {
            lines.push(Line {
                change: Change::Added,
                old: None,
                new: Some(j),
                sentence_diff: None,
            });
        }
    }
    let pos = |l: &Line| match (l.new, l.old) {
        (Some(j), _) => (new[j].start, 0),
        (None, Some(i)) => (old[i].start, 1),
        _ => (0, 2),
    };
    lines.sort_by_key(pos);
    lines
}

/// How alike two claims' surroundings are: shared words of the sentence around each,
/// with the claim's own words left out, over the words of the shorter one.
fn likeness(a: &Claim, b: &Claim) -> f64 {
    let around = |c: &Claim| -> Vec<String> {
        let chars: Vec<char> = c.sentence.chars().collect();
        let s = c.start.saturating_sub(c.sentence_start).min(chars.len());
        let e = c.end.saturating_sub(c.sentence_start).clamp(s, chars.len());
        let text: String = chars[..s].iter().chain(&chars[e..]).collect();
        text.split_whitespace().map(crate::normalize::key).collect()
    };
    let (x, y) = (around(a), around(b));
    if x.is_empty() || y.is_empty() {
        return if a.text == b.text { 1.0 } else { 0.5 };
    }
    let shared = x.iter().filter(|w| y.contains(w)).count();
    shared as f64 / x.len().min(y.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changed_numbers() {
        let d = words(
            "استشهاد ⟦12⟧ من منسوبي القوات",
            "استشهاد ⟦عشرة⟧ من منسوبي القوات",
        );
        assert_eq!(d, "استشهاد [-⟦12⟧-]{+⟦عشرة⟧+} من منسوبي القوات");
        assert_eq!(words("a b", "a b"), "a b");
    }
}
