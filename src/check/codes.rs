//! Verdicts and the stable codes of findings. Codes never change meaning; new ones are
//! added. `ISN0xx` codes fail a check (by `--fail-on`), `ISN1xx` ones inform.

use std::fmt;

use serde::Serialize;

use crate::config::FailOn;

/// How two claims about one quantity relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// One speaker, two values that cannot both hold.
    SpeakerConflict,
    /// Values that cannot both hold (intervals that do not overlap), or a claim against a
    /// house fact.
    Conflict,
    /// A cumulative count that rises in a later article.
    Evolving,
    /// Intervals that overlap (`أكثر من ستين` and `62`).
    Compatible,
    /// The same value.
    Agree,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::SpeakerConflict => "speaker-conflict",
            Verdict::Conflict => "conflict",
            Verdict::Evolving => "evolving",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stable code of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Code {
    /// Two claims about one quantity whose values do not overlap.
    #[serde(rename = "ISN001")]
    Conflict,
    /// One speaker gives two values that do not overlap.
    #[serde(rename = "ISN002")]
    SpeakerConflict,
    /// Two dates one day apart: a conflict, possibly a time-zone difference.
    #[serde(rename = "ISN003")]
    DateOffByOne,
    /// A cumulative count that is lower in a later article than in an earlier one.
    #[serde(rename = "ISN004")]
    FallingCount,
    /// A claim that contradicts a house fact.
    #[serde(rename = "ISN005")]
    Fact,
    /// The same value.
    #[serde(rename = "ISN100")]
    Agree,
    /// Overlapping intervals.
    #[serde(rename = "ISN101")]
    Compatible,
    /// A cumulative count that rises in a later article.
    #[serde(rename = "ISN102")]
    Evolving,
}

impl Code {
    pub const ALL: [Code; 8] = [
        Code::Conflict,
        Code::SpeakerConflict,
        Code::DateOffByOne,
        Code::FallingCount,
        Code::Fact,
        Code::Agree,
        Code::Compatible,
        Code::Evolving,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Conflict => "ISN001",
            Code::SpeakerConflict => "ISN002",
            Code::DateOffByOne => "ISN003",
            Code::FallingCount => "ISN004",
            Code::Fact => "ISN005",
            Code::Agree => "ISN100",
            Code::Compatible => "ISN101",
            Code::Evolving => "ISN102",
        }
    }

    /// A short name (SARIF rule name, JUnit type).
    pub fn name(self) -> &'static str {
        match self {
            Code::Conflict => "conflict",
            Code::SpeakerConflict => "speaker-conflict",
            Code::DateOffByOne => "date-one-day-apart",
            Code::FallingCount => "falling-cumulative-count",
            Code::Fact => "contradicts-house-fact",
            Code::Agree => "agree",
            Code::Compatible => "compatible",
            Code::Evolving => "evolving",
        }
    }

    /// One line on what the code means.
    pub fn description(self) -> &'static str {
        match self {
            Code::Conflict => {
                "Two claims about the same quantity give values that cannot both hold."
            }
            Code::SpeakerConflict => {
                "One speaker gives two values for the same quantity that cannot both hold."
            }
            Code::DateOffByOne => {
                "Two dates for the same event are one day apart: a conflict, possibly a time-zone difference."
            }
            Code::FallingCount => {
                "A cumulative count (dead, injured, strikes …) is lower in a later article than in an earlier one."
            }
            Code::Fact => {
                "A claim contradicts a value the newsroom has verified (house facts file)."
            }
            Code::Agree => "Two claims about the same quantity give the same value.",
            Code::Compatible => {
                "Two claims about the same quantity give values whose ranges overlap."
            }
            Code::Evolving => {
                "A cumulative count rises in a later article: the story moved on, no contradiction."
            }
        }
    }

    pub fn verdict(self) -> Verdict {
        match self {
            Code::Conflict | Code::DateOffByOne | Code::FallingCount | Code::Fact => {
                Verdict::Conflict
            }
            Code::SpeakerConflict => Verdict::SpeakerConflict,
            Code::Agree => Verdict::Agree,
            Code::Compatible => Verdict::Compatible,
            Code::Evolving => Verdict::Evolving,
        }
    }

    /// Whether a finding of this code fails the check at `level`.
    pub fn fails(self, level: FailOn) -> bool {
        match level {
            FailOn::Never => false,
            FailOn::Any => !matches!(self, Code::Agree | Code::Compatible),
            FailOn::Conflict => {
                matches!(self.verdict(), Verdict::Conflict | Verdict::SpeakerConflict)
            }
            FailOn::SpeakerConflict => matches!(self, Code::SpeakerConflict | Code::Fact),
        }
    }

    /// Whether findings of this code are listed without `--all`.
    pub fn reported(self) -> bool {
        !matches!(self, Code::Agree | Code::Compatible)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_fail_by_level() {
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "ISN001", "ISN002", "ISN003", "ISN004", "ISN005", "ISN100", "ISN101", "ISN102"
            ]
        );
        for c in Code::ALL {
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{c}\""));
        }
        assert!(Code::DateOffByOne.fails(FailOn::Conflict));
        assert!(!Code::Evolving.fails(FailOn::Conflict));
        assert!(Code::Evolving.fails(FailOn::Any));
        assert!(!Code::Conflict.fails(FailOn::SpeakerConflict));
        assert!(Code::Fact.fails(FailOn::SpeakerConflict));
        assert!(!Code::Fact.fails(FailOn::Never));
        assert!(!Code::Compatible.fails(FailOn::Any));
    }
}
