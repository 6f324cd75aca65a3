//! Plain data: articles, claims, speakers. No I/O, no behaviour beyond parsing and printing
//! the small enums that appear in files, flags and the database.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize, Serializer};

/// The language of an article. Each has a [`crate::lang::LanguagePack`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ar, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Reads a language tag as found in files: `ar`, `AR`, `ar-SA`, `en_US` …
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("unknown language '{s}' (expected one of: ar, en)"))
    }
}

/// One article as read from a file, before it is stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Stable id: front matter `id`, JSONL `id`, `--id`, or the file stem.
    pub id: String,
    pub lang: Lang,
    /// Publication date; relative dates in the text resolve against it.
    pub date: Option<Date>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub body: String,
    /// The file it came from, `-` for stdin.
    pub origin: String,
    /// The line of `origin` where the body starts (for JSONL, the article's line), so that
    /// a claim can be pointed at in its file.
    pub line: u64,
}

/// What a claim is about, in the words of DESIGN.md's claim table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A number with a counted noun (`ستين دولة`).
    Count,
    /// A number with no counted noun.
    Number,
    Ordinal,
    Date,
    Duration,
    Percent,
    Money,
}

/// How the words bound the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    /// `low` is exclusive.
    MoreThan,
    AtLeast,
    /// `high` is exclusive.
    LessThan,
    AtMost,
    Range,
    /// عشرات، آلاف، several: `low`/`high` give the sensible interval.
    Vague,
}

macro_rules! name_table {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),*];
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),* }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<$ty, String> {
                <$ty>::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    let names: Vec<&str> = <$ty>::ALL.iter().map(|v| v.as_str()).collect();
                    format!("unknown value '{s}' (expected one of: {})", names.join(", "))
                })
            }
        }
    };
}

name_table!(Kind {
    Count => "count",
    Number => "number",
    Ordinal => "ordinal",
    Date => "date",
    Duration => "duration",
    Percent => "percent",
    Money => "money",
});

name_table!(Qualifier {
    Exact => "exact",
    Approx => "approx",
    MoreThan => "more_than",
    AtLeast => "at_least",
    LessThan => "less_than",
    AtMost => "at_most",
    Range => "range",
    Vague => "vague",
});

/// A claim's value: a number, or an ISO string for dates (`2014-08-08`, `2014-08`, `2014`)
/// and durations (`P4M`). Serialized as a JSON number or string.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Text(_) => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", format_number(*n)),
            Value::Text(s) => f.write_str(s),
        }
    }
}

/// Whole numbers print without a fraction (`60`, not `60.0`); others in the shortest form
/// that reads back as the same `f64`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// The designators of an ISO 8601 duration from the largest unit: years, months, weeks,
/// days, then (after `T`) hours, minutes, seconds. A part's rank is its index here.
pub const DURATION_DESIGNATORS: [char; 7] = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'];

/// The parts of an ISO 8601 duration (`P2Y6M`, `PT1M53.48S`) as (rank in
/// [`DURATION_DESIGNATORS`], number as written), in the order written; None when it is not
/// one (no `P`, a designator out of its half, a number missing or left without one).
pub fn duration_parts(iso: &str) -> Option<Vec<(u8, &str)>> {
    let rest = iso.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut parts = Vec::new();
    for (text, units, first_rank) in [(date, "YMWD", 0), (time, "HMS", 4)] {
        let mut from = 0;
        for (at, c) in text.char_indices() {
            if c.is_ascii_digit() || c == '.' {
                continue;
            }
            let rank = units.find(c)? as u8 + first_rank;
            parts.push((rank, text.get(from..at).filter(|n| !n.is_empty())?));
            from = at + c.len_utf8();
        }
        if from != text.len() {
            return None;
        }
    }
    Some(parts)
}

/// One ISO 8601 duration from two told one after the other, the second in smaller units
/// than the first ends with: `P3Y` + `P4M` = `P3Y4M`, `PT2H` + `PT20M` = `PT2H20M`, `P1D` +
/// `PT3H` = `P1DT3H`. None when either is no duration or the units do not descend
/// (`P20Y` + `P3Y`).
pub fn join_durations(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (duration_parts(a)?, duration_parts(b)?);
    if pb.first()?.0 <= pa.last()?.0 {
        return None;
    }
    let mut iso = String::from("P");
    let mut time = false;
    for (rank, v) in pa.iter().chain(&pb) {
        if *rank >= 4 && !time {
            iso.push('T');
            time = true;
        }
        iso.push_str(v);
        iso.push(DURATION_DESIGNATORS[usize::from(*rank)]);
    }
    Some(iso)
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(f64),
            S(String),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::N(n) => Value::Number(n),
            Raw::S(s) => Value::Text(s),
        })
    }
}

/// A quantitative or dated claim found in an article. Offsets count Unicode scalar values
/// (chars) in the article body, so they mean the same in every language that reads them.
///
/// The field names and their order are the JSON contract (DESIGN.md, "Data model").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The article id; empty until the claim is tied to a stored or named article.
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The exact matched span: `text == body.chars().skip(start).take(end - start)`.
    pub text: String,
    /// The sentence holding the claim; claims of one sentence share one copy, so that a
    /// long sentence with many claims is not copied once per claim.
    pub sentence: Arc<str>,
    #[serde(skip)]
    pub sentence_start: usize,
    #[serde(skip)]
    pub sentence_end: usize,
    pub kind: Kind,
    pub value: Value,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub unit_text: Option<String>,
    pub subject: Option<String>,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub lang: Lang,
    /// What kind of speaker `speaker` is, as the recognizer judged it (stored with the
    /// speaker, not part of the claim's JSON).
    #[serde(skip)]
    pub speaker_kind: Option<SpeakerKind>,
}

/// Who stands behind claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Document,
    Group,
    Outlet,
}

name_table!(SpeakerKind {
    Person => "person",
    Organization => "organization",
    Document => "document",
    Group => "group",
    Outlet => "outlet",
});

/// A canonical speaker with its aliases and how many stored claims it stands behind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub name: String,
    pub kind: SpeakerKind,
    /// The article this speaker is known in, for a speaker named there only by a title, a
    /// bare surname or a description (`الوزير الأميركي`, `كيري`, `مراقبون`): another
    /// article's `الوزير الأميركي` is another speaker. `None` for a speaker known by name
    /// across articles.
    pub article: Option<String>,
    pub aliases: Vec<String>,
    pub claims: u64,
}

impl Speaker {
    /// How the command line names this speaker unambiguously: the canonical name, or
    /// `NAME@ARTICLE` for a speaker known in one article only.
    pub fn handle(name: &str, article: Option<&str>) -> String {
        match article {
            Some(a) => format!("{name}@{a}"),
            None => name.to_string(),
        }
    }
}

/// Two stored speakers, one named in Latin script and one in Arabic script, that are
/// probably one (`isnad speakers suggest`), with the command that joins them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerPair {
    /// How alike the names sound, 0 to 1 (two decimals).
    pub score: f64,
    pub latin: String,
    pub arabic: String,
    pub kind: SpeakerKind,
    /// `isnad speakers merge A B`, keeping the speaker with more claims.
    pub command: String,
}

/// Who says that a name is a speaker's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameOrigin {
    /// A name found in an article (a full name, or the canonical name of a speaker known in
    /// one article): it says who the speaker is.
    Name,
    /// A speakers file declares it.
    File,
    /// Set by hand with `isnad speakers alias` or `isnad speakers merge`.
    Manual,
    /// How an article referred to the speaker (a title, a surname) after naming them: shown
    /// and searched, but it never decides who a speaker is in another article.
    Mention,
}

name_table!(NameOrigin {
    Name => "name",
    File => "file",
    Manual => "manual",
    Mention => "mention",
});

/// One way a speaker is named, with who says so and how many of its claims name it so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpeakerName {
    pub name: String,
    pub origin: NameOrigin,
    pub claims: u64,
}

/// How many of a speaker's claims an article holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleClaims {
    pub article: String,
    pub claims: u64,
}

/// One speaker in full (`isnad speakers show`): every name, the articles, the claims.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerDetail {
    pub name: String,
    pub kind: SpeakerKind,
    pub article: Option<String>,
    /// Every way the speaker is named, the canonical name first.
    pub names: Vec<SpeakerName>,
    pub articles: Vec<ArticleClaims>,
    pub claims: Vec<Claim>,
}

/// A stored article, as listed (without its body unless shown).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleRecord {
    pub id: String,
    pub version: u32,
    pub lang: Lang,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub content_hash: String,
    pub chars: u64,
    pub claims: u64,
    pub origin: Option<String>,
    pub imported_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_durations_descends_or_declines() {
        assert_eq!(join_durations("P3Y", "P4M").as_deref(), Some("P3Y4M"));
        assert_eq!(join_durations("PT2H", "PT20M").as_deref(), Some("PT2H20M"));
        assert_eq!(join_durations("P1D", "PT3H").as_deref(), Some("P1DT3H"));
        assert_eq!(join_durations("P2Y6M", "P10D").as_deref(), Some("P2Y6M10D"));
        assert_eq!(join_durations("P20Y", "P3Y"), None);
        assert_eq!(join_durations("PT20M", "PT2H"), None);
        assert_eq!(join_durations("P3Y", "four months"), None);
    }

    #[test]
    fn duration_parts_rank_months_and_minutes_apart() {
        assert_eq!(duration_parts("P2Y6M"), Some(vec![(0, "2"), (1, "6")]));
        assert_eq!(
            duration_parts("PT1M53.48S"),
            Some(vec![(5, "1"), (6, "53.48")])
        );
        assert_eq!(duration_parts("P1M"), Some(vec![(1, "1")]));
        assert_eq!(duration_parts("P1DT2H"), Some(vec![(3, "1"), (4, "2")]));
        for bad in ["2Y", "PY", "P4", "P4H", "PT4D", "P1Y2"] {
            assert_eq!(duration_parts(bad), None, "{bad}");
        }
    }

    #[test]
    fn lang_tags() {
        assert_eq!(Lang::from_tag("ar-SA"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert!("de".parse::<Lang>().unwrap_err().contains("ar, en"));
    }

    #[test]
    fn values_serialize_as_numbers_or_strings() {
        let j = |v: Value| serde_json::to_string(&v).unwrap();
        assert_eq!(j(Value::Number(60.0)), "60");
        assert_eq!(j(Value::Number(1.5)), "1.5");
        assert_eq!(j(Value::Text("2014-08-08".into())), "\"2014-08-08\"");
        assert_eq!(Value::Number(1_000_000.0).to_string(), "1000000");
        assert_eq!(Value::Number(0.25).to_string(), "0.25");
    }

    #[test]
    fn enum_names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>().unwrap(), *k);
            assert_eq!(serde_json::to_string(k).unwrap(), format!("\"{k}\""));
        }
        for q in Qualifier::ALL {
            assert_eq!(q.as_str().parse::<Qualifier>().unwrap(), *q);
            assert_eq!(serde_json::to_string(q).unwrap(), format!("\"{q}\""));
        }
        assert!(
            "sorties"
                .parse::<Kind>()
                .unwrap_err()
                .contains("count, number")
        );
    }
}
