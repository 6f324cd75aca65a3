//! The columns each listed record shows.

use serde::Serialize;

use super::Record;
use super::table::shorten;
use crate::model::{ArticleRecord, Claim, Speaker, SpeakerName, SpeakerPair, Value};

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn opt_value(v: &Option<Value>) -> String {
    v.as_ref().map(Value::to_string).unwrap_or_default()
}

impl Record for Claim {
    const TABLE: &'static [&'static str] = &[
        "article",
        "at",
        "claim",
        "kind",
        "value",
        "qualifier",
        "unit",
        "speaker",
    ];
    const CSV: &'static [&'static str] = &[
        "article",
        "start",
        "end",
        "text",
        "sentence",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "unit_text",
        "subject",
        "speaker",
        "speaker_mention",
        "lang",
    ];

    fn table_row(&self) -> Vec<String> {
        vec![
            self.article.clone(),
            format!("{}–{}", self.start, self.end),
            shorten(&self.text, 40),
            self.kind.to_string(),
            self.value.to_string(),
            self.qualifier.to_string(),
            opt(&self.unit),
            shorten(&self.speaker.clone().unwrap_or_default(), 30),
        ]
    }

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.article.clone(),
            self.start.to_string(),
            self.end.to_string(),
            self.text.clone(),
            self.sentence.to_string(),
            self.kind.to_string(),
            self.value.to_string(),
            opt_value(&self.low),
            opt_value(&self.high),
            self.qualifier.to_string(),
            opt(&self.unit),
            opt(&self.unit_text),
            opt(&self.subject),
            opt(&self.speaker),
            opt(&self.speaker_mention),
            self.lang.to_string(),
        ]
    }
}

impl Record for ArticleRecord {
    const TABLE: &'static [&'static str] =
        &["id", "lang", "date", "source", "title", "claims", "version"];
    const CSV: &'static [&'static str] = &[
        "id",
        "version",
        "lang",
        "date",
        "source",
        "title",
        "url",
        "content_hash",
        "chars",
        "claims",
        "origin",
        "imported_at",
    ];

    fn table_row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.lang.to_string(),
            opt(&self.date),
            shorten(&opt(&self.source), 30),
            shorten(&opt(&self.title), 50),
            self.claims.to_string(),
            self.version.to_string(),
        ]
    }

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.version.to_string(),
            self.lang.to_string(),
            opt(&self.date),
            opt(&self.source),
            opt(&self.title),
            opt(&self.url),
            self.content_hash.clone(),
            self.chars.to_string(),
            self.claims.to_string(),
            opt(&self.origin),
            self.imported_at.clone(),
        ]
    }
}

impl Record for Speaker {
    const TABLE: &'static [&'static str] = &["speaker", "kind", "article", "claims", "aliases"];
    const CSV: &'static [&'static str] = &["speaker", "kind", "article", "claims", "aliases"];

    fn table_row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.to_string(),
            opt(&self.article),
            self.claims.to_string(),
            shorten(&self.aliases.join(" · "), 60),
        ]
    }

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.to_string(),
            opt(&self.article),
            self.claims.to_string(),
            self.aliases.join("|"),
        ]
    }
}

impl Record for SpeakerPair {
    const TABLE: &'static [&'static str] = &["score", "latin", "arabic", "kind", "command"];
    const CSV: &'static [&'static str] = &["score", "latin", "arabic", "kind", "command"];

    fn table_row(&self) -> Vec<String> {
        self.csv_row()
    }

    fn csv_row(&self) -> Vec<String> {
        vec![
            format!("{:.2}", self.score),
            self.latin.clone(),
            self.arabic.clone(),
            self.kind.to_string(),
            self.command.clone(),
        ]
    }
}

impl Record for SpeakerName {
    const TABLE: &'static [&'static str] = &["name", "origin", "claims"];
    const CSV: &'static [&'static str] = &["name", "origin", "claims"];

    fn table_row(&self) -> Vec<String> {
        vec![
            shorten(&self.name, 60),
            self.origin.to_string(),
            self.claims.to_string(),
        ]
    }

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.origin.to_string(),
            self.claims.to_string(),
        ]
    }
}

/// One article with its body and claims (`isnad articles show`). In JSON, the article's
/// fields with `claims` the array of its claims (the listing's count would be a second
/// `claims` key).
pub struct ArticleDetail {
    pub article: ArticleRecord,
    pub claims: Vec<Claim>,
}

impl Serialize for ArticleDetail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let a = &self.article;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &a.id)?;
        m.serialize_entry("version", &a.version)?;
        m.serialize_entry("lang", &a.lang)?;
        m.serialize_entry("date", &a.date)?;
        m.serialize_entry("source", &a.source)?;
        m.serialize_entry("title", &a.title)?;
        m.serialize_entry("url", &a.url)?;
        m.serialize_entry("content_hash", &a.content_hash)?;
        m.serialize_entry("chars", &a.chars)?;
        m.serialize_entry("origin", &a.origin)?;
        m.serialize_entry("imported_at", &a.imported_at)?;
        if let Some(body) = &a.body {
            m.serialize_entry("body", body)?;
        }
        m.serialize_entry("claims", &self.claims)?;
        m.end()
    }
}
