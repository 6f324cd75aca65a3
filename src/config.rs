//! `isnad.toml`: the settings of a newsroom's working folder.
//!
//! ```toml
//! facts = ["isnad-facts.toml"]        # house facts (paths relative to this file)
//! speakers = ["isnad-speakers.toml"]  # speakers files used when checking new articles
//!
//! [check]
//! threshold = 0.35                    # how alike two claims' subjects must be
//! approx_tolerance = 0.1              # نحو / about: ±10 %
//! relative_date_days = 1              # اليوم / yesterday: ±1 day around what they resolve to
//! speaker_weight = 1.0                # how much one speaker counts among subject terms
//! max_days_apart = 3                  # articles further apart are not compared
//! cumulative = ["killed", "injured"]  # units whose counts only rise (added to the defaults)
//! kinds = ["count", "number", "date", "duration"]   # add "percent", "money" to check them
//! fail_on = "conflict"
//! ```
//!
//! Every key is optional; an unknown key or a wrong type is an error that names the file
//! and line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::InputError;
use crate::model::Kind;

/// The file looked for in the working folder.
pub const FILE_NAME: &str = "isnad.toml";

/// Units whose counts are cumulative by default: a later, higher count evolves, it does not
/// conflict. Roles read from the sentence (`قتل`, `أصيب`, `اعتقل`) make any people count one.
pub const DEFAULT_CUMULATIVE: &[&str] = &[
    "killed",
    "injured",
    "arrested",
    "death",
    "victim",
    "airstrike",
    "strike",
    "sortie",
    "arrest",
    "detainee",
    "case",
    "displaced",
    "refugee",
    "bombing",
    "attack",
    "missile",
    "rocket",
    "shell",
    "barrel_bomb",
];

/// What `fail_on` / `--fail-on` accept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Conflicts of every code (and contradicted facts) fail.
    #[default]
    Conflict,
    /// Only speaker conflicts (and contradicted facts) fail.
    SpeakerConflict,
    /// Every finding that is not agreement or compatibility fails, evolving counts too.
    Any,
    /// Nothing fails.
    Never,
}

/// The `[check]` table: matching and verdict settings.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckSettings {
    /// Weighted similarity (0..1) above which two claims are about the same quantity.
    pub threshold: f64,
    /// Relative half-width of an approximate value (`نحو 1000` → 900..1100 at 0.1).
    pub approx_tolerance: f64,
    /// Days of slack around a relative date (today, yesterday, a weekday), which resolves
    /// through a publication date that may be a crawl date.
    pub relative_date_days: i64,
    /// Weight of the shared-speaker term relative to a subject term of the same rarity.
    pub speaker_weight: f64,
    /// Articles published more days apart than this are not compared (a price, an index
    /// or a share changes from day to day; a toll is reported over a few days).
    pub max_days_apart: u32,
    /// Units whose counts only rise over time.
    pub cumulative: Vec<String>,
    /// Claim kinds that are checked (`number` only when the sentence says killed, injured
    /// or arrested).
    pub kinds: Vec<Kind>,
    pub fail_on: FailOn,
}

impl Default for CheckSettings {
    fn default() -> CheckSettings {
        CheckSettings {
            threshold: 0.35,
            approx_tolerance: 0.1,
            relative_date_days: 1,
            speaker_weight: 1.0,
            max_days_apart: 3,
            cumulative: DEFAULT_CUMULATIVE.iter().map(|s| s.to_string()).collect(),
            // Percents and money are mostly daily market figures in news: not by default.
            kinds: vec![Kind::Count, Kind::Number, Kind::Date, Kind::Duration],
            fail_on: FailOn::Conflict,
        }
    }
}

/// The whole file, with paths resolved against its folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The file read, if any.
    pub path: Option<PathBuf>,
    pub facts: Vec<PathBuf>,
    /// Lexicon files: the newsroom's own entities and concepts for matching.
    pub lexicons: Vec<PathBuf>,
    pub speakers: Vec<PathBuf>,
    pub check: CheckSettings,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    lexicons: Vec<String>,
    #[serde(default)]
    speakers: Vec<String>,
    #[serde(default)]
    check: Option<RawCheck>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    threshold: Option<f64>,
    approx_tolerance: Option<f64>,
    relative_date_days: Option<i64>,
    speaker_weight: Option<f64>,
    max_days_apart: Option<u32>,
    cumulative: Option<Vec<String>>,
    kinds: Option<Vec<String>>,
    fail_on: Option<FailOn>,
}

impl Config {
    /// Reads `isnad.toml` from `dir` when it is there; the defaults otherwise.
    pub fn discover(dir: &Path) -> Result<Config, InputError> {
        let path = dir.join(FILE_NAME);
        if path.is_file() {
            Config::load(&path)
        } else {
            Ok(Config::default())
        }
    }

    /// Reads the file at `path`.
    pub fn load(path: &Path) -> Result<Config, InputError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InputError::new(&shown, format!("cannot read: {e}")))?;
        let base = path.parent().unwrap_or(Path::new(""));
        Config::parse(&shown, &text, base).map(|mut c| {
            c.path = Some(path.to_path_buf());
            c
        })
    }

    /// Parses the text of a config file; paths in it are relative to `base`.
    pub fn parse(file: &str, text: &str, base: &Path) -> Result<Config, InputError> {
        let raw: Raw = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
        let mut check = CheckSettings::default();
        if let Some(c) = raw.check {
            let bad = |key: &str, why: &str| {
                InputError::at_line(file, key_line(text, key), format!("check.{key}: {why}"))
            };
            if let Some(t) = c.threshold {
                if !(0.0..=1.0).contains(&t) {
                    return Err(bad("threshold", "must be between 0 and 1"));
                }
                check.threshold = t;
            }
            if let Some(t) = c.approx_tolerance {
                if !(0.0..1.0).contains(&t) {
                    return Err(bad("approx_tolerance", "must be at least 0 and below 1"));
                }
                check.approx_tolerance = t;
            }
            if let Some(d) = c.relative_date_days {
                if d < 0 {
                    return Err(bad("relative_date_days", "must not be negative"));
                }
                check.relative_date_days = d;
            }
            if let Some(w) = c.speaker_weight {
                if w < 0.0 {
                    return Err(bad("speaker_weight", "must not be negative"));
                }
                check.speaker_weight = w;
            }
            if let Some(d) = c.max_days_apart {
                check.max_days_apart = d;
            }
            if let Some(units) = c.cumulative {
                for u in units {
                    if !check.cumulative.contains(&u) {
                        check.cumulative.push(u);
                    }
                }
            }
            if let Some(kinds) = c.kinds {
                check.kinds = kinds
                    .iter()
                    .map(|k| k.parse::<Kind>())
                    .collect::<Result<_, _>>()
                    .map_err(|e| bad("kinds", &e))?;
            }
            if let Some(f) = c.fail_on {
                check.fail_on = f;
            }
        }
        Ok(Config {
            path: None,
            facts: raw.facts.iter().map(|p| base.join(p)).collect(),
            lexicons: raw.lexicons.iter().map(|p| base.join(p)).collect(),
            speakers: raw.speakers.iter().map(|p| base.join(p)).collect(),
            check,
        })
    }
}

/// `file:line: message` from a TOML error (line 1 when it has no position).
pub fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> InputError {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() as u64 + 1)
        .unwrap_or(1);
    let message = e.message().trim().replace('\n', " ");
    InputError::at_line(file, line, message)
}

/// The line of the first `key =` in `text` (1 when not found).
fn key_line(text: &str, key: &str) -> u64 {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map(|i| i as u64 + 1)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, InputError> {
        Config::parse("isnad.toml", text, Path::new("news"))
    }

    #[test]
    fn defaults_when_empty() {
        let c = parse("").unwrap();
        assert_eq!(c.check, CheckSettings::default());
        assert!(c.facts.is_empty());
    }

    #[test]
    fn reads_settings_and_resolves_paths() {
        let c = parse(
            "facts = [\"facts.toml\"]\n[check]\nthreshold = 0.5\napprox_tolerance = 0.2\n\
             cumulative = [\"flight\"]\nfail_on = \"speaker-conflict\"\nkinds = [\"count\"]\n",
        )
        .unwrap();
        assert_eq!(c.facts, vec![PathBuf::from("news/facts.toml")]);
        assert_eq!(c.check.threshold, 0.5);
        assert_eq!(c.check.approx_tolerance, 0.2);
        assert!(c.check.cumulative.iter().any(|u| u == "flight"));
        assert!(c.check.cumulative.iter().any(|u| u == "killed"));
        assert_eq!(c.check.fail_on, FailOn::SpeakerConflict);
        assert_eq!(c.check.kinds, vec![Kind::Count]);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("[check]\nthreshold = 0.5\ntreshold = 2\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.to_string().contains("treshold"), "{e}");
        let e = parse("[check]\n\nthreshold = 3\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "isnad.toml:3: check.threshold: must be between 0 and 1"
        );
        let e = parse("[check]\nkinds = [\"sorties\"]\n").unwrap_err();
        assert!(
            e.to_string().starts_with("isnad.toml:2: check.kinds"),
            "{e}"
        );
    }
}
