//! Content hashes: what makes import idempotent.

use sha2::{Digest, Sha256};

use crate::model::Article;

/// Lower-case hex SHA-256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The hash that decides whether a re-import changed an article: SHA-256 over every stored
/// field but the id and origin, each tagged and NUL-terminated so that no two articles
/// collide by moving text between fields.
pub fn content_hash(a: &Article) -> String {
    let date = a.date.map(|d| d.to_string()).unwrap_or_default();
    let mut h = Sha256::new();
    for (tag, value) in [
        ("lang", a.lang.code()),
        ("date", date.as_str()),
        ("source", a.source.as_deref().unwrap_or("")),
        ("title", a.title.as_deref().unwrap_or("")),
        ("url", a.url.as_deref().unwrap_or("")),
        ("body", a.body.as_str()),
    ] {
        h.update(tag.as_bytes());
        h.update([0]);
        h.update(value.as_bytes());
        h.update([0]);
    }
    hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn article(title: Option<&str>, body: &str) -> Article {
        Article {
            id: "a".into(),
            lang: Lang::Ar,
            date: None,
            source: None,
            title: title.map(str::to_string),
            url: None,
            body: body.into(),
            origin: "x".into(),
            line: 1,
        }
    }

    #[test]
    fn known_digest() {
        assert_eq!(
            hex_sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn hash_covers_fields_but_not_origin() {
        let a = article(Some("t"), "body");
        let mut moved = a.clone();
        moved.origin = "elsewhere.jsonl".into();
        moved.line = 40;
        assert_eq!(content_hash(&a), content_hash(&moved));
        assert_ne!(content_hash(&a), content_hash(&article(Some("tb"), "ody")));
        assert_ne!(content_hash(&a), content_hash(&article(None, "body")));
        let mut en = a.clone();
        en.lang = Lang::En;
        assert_ne!(content_hash(&a), content_hash(&en));
    }
}
