//! Generated inputs and database digests for the crash and concurrency tests: short invented
//! articles (English and Arabic, with numbers, dates and named speakers) from a seeded RNG,
//! and what a database holds, read with rusqlite and keyed so that two databases filled in
//! different orders compare equal.

use std::collections::BTreeMap;
use std::path::Path;

/// SplitMix64: small, seeded, the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// A fraction in `0.0..1.0`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }
}

const FIRST_EN: &[&str] = &["Laila", "Omar", "Nadia", "Samir", "Huda", "Karim"];
const LAST_EN: &[&str] = &["Haddad", "Farouk", "Mansour", "Nasser", "Saleh", "Hamdan"];
const FIRST_AR: &[&str] = &["ليلى", "عمر", "نادية", "سمير", "هدى", "كريم"];
const LAST_AR: &[&str] = &["حداد", "فاروق", "منصور", "ناصر", "صالح", "حمدان"];
const TOWN_EN: &[&str] = &["Qasr al-Nur", "Wadi Sabr", "Tell Amin", "Bir Hasan"];
const TOWN_AR: &[&str] = &["قصر النور", "وادي صبر", "تل أمين", "بئر حسن"];

/// A speakers file (`isnad-speakers.toml`, which every import in its folder applies first)
/// that joins two ministers' English and Arabic names.
pub const SPEAKERS: &str = "same = [\"Laila Haddad = ليلى حداد\", \"Omar Farouk = عمر فاروق\"]\n";

/// 12,345 as English writes it.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The body of an invented article about families returning to a town: 3 or 4 sentences,
/// 4 to 6 claims, quoting a minister (36 possible names per language, so a speaker is
/// quoted in several articles and some only in a few).
pub fn body(rng: &mut Rng, english: bool) -> String {
    let (first, last) = if english {
        (*rng.pick(FIRST_EN), *rng.pick(LAST_EN))
    } else {
        (*rng.pick(FIRST_AR), *rng.pick(LAST_AR))
    };
    let (families, day, schools, clinics, people, trucks) = (
        rng.range(10, 9_999),
        rng.range(1, 28),
        rng.range(2, 90),
        rng.range(2, 40),
        rng.range(100, 9_000),
        rng.range(3, 99),
    );
    let convoy = rng.range(0, 1) == 1;
    if english {
        let town = rng.pick(TOWN_EN);
        let mut s = format!(
            "Minister {first} {last} said {} families returned to {town} on March {day}, 2015. \
             The agency counted {schools} schools and {clinics} clinics. {last} added that about \
             {} people were still displaced.",
            grouped(families),
            grouped(people)
        );
        if convoy {
            s.push_str(&format!(" A convoy of {trucks} trucks arrived on Sunday."));
        }
        s
    } else {
        let town = rng.pick(TOWN_AR);
        let mut s = format!(
            "قال الوزير {first} {last} إن {families} عائلة عادت إلى {town} يوم {day} آذار/مارس \
             2015. وأحصت الوكالة {schools} مدرسة و{clinics} عيادة. وأضاف أن نحو {people} شخص \
             ما زالوا نازحين."
        );
        if convoy {
            s.push_str(&format!(" ووصلت قافلة من {trucks} شاحنة يوم الأحد."));
        }
        s
    }
}

/// One JSONL line.
pub fn line(id: &str, english: bool, body: &str) -> String {
    serde_json::json!({
        "id": id,
        "source": "Invented Wire",
        "lang": if english { "en" } else { "ar" },
        "date": "2015-03-30",
        "title": format!("Returns {id}"),
        "url": null,
        "body": body,
    })
    .to_string()
}

/// `count` articles `{prefix}-00000`…, half English, half Arabic, as JSONL.
pub fn articles(seed: u64, prefix: &str, count: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| {
            let id = format!("{prefix}-{i:05}");
            let english = i % 2 == 0;
            let text = body(&mut rng, english);
            let l = line(&id, english, &text);
            (id, l)
        })
        .collect()
}

pub fn jsonl<'a>(lines: impl IntoIterator<Item = &'a String>) -> String {
    let mut out = String::new();
    for l in lines {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// What a database holds, keyed by content rather than by row ids, so that two databases
/// filled in different orders compare equal.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Digest {
    /// Article id → (version, content hash, its claims: one line each, speaker by name).
    pub articles: BTreeMap<String, (i64, String, Vec<String>)>,
    /// (article id, version, content hash) of every stored earlier version.
    pub versions: Vec<(String, i64, String)>,
    /// (name, scope, kind, claims) of every speaker.
    pub speakers: Vec<(String, Option<String>, String, i64)>,
}

impl Digest {
    pub fn claims(&self) -> usize {
        self.articles.values().map(|a| a.2.len()).sum()
    }
}

/// Reads `db`, after checking that SQLite finds the file sound: `integrity_check` is `ok`,
/// no row points at nothing (`foreign_key_check`), and no speaker is left that no claim
/// names (the importer creates speakers only with the claims that name them). A missing
/// file is an empty digest.
pub fn digest(db: &Path) -> Digest {
    if !db.exists() {
        return Digest::default();
    }
    let conn = rusqlite::Connection::open(db).unwrap();
    let integrity: Vec<String> = strings(&conn, "PRAGMA integrity_check");
    assert_eq!(integrity, ["ok"], "{}", db.display());
    let tables: Vec<String> = strings(
        &conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    if tables.is_empty() {
        // Killed before the schema was committed.
        return Digest::default();
    }
    let dangling: Vec<String> = strings(
        &conn,
        "SELECT \"table\" || ' ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check",
    );
    assert!(
        dangling.is_empty(),
        "rows pointing at nothing: {dangling:?}"
    );
    let orphans: Vec<String> = strings(
        &conn,
        "SELECT name FROM speakers s WHERE NOT EXISTS
             (SELECT 1 FROM claims c WHERE c.speaker_id = s.id)
         AND NOT EXISTS (SELECT 1 FROM speaker_keys k WHERE k.speaker_id = s.id
                         AND k.origin <> 'name')",
    );
    assert!(orphans.is_empty(), "speakers without claims: {orphans:?}");

    let mut d = Digest::default();
    let mut stmt = conn
        .prepare("SELECT id, version, content_hash FROM articles ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (id, version, hash) = row.unwrap();
        d.articles.insert(id, (version, hash, Vec::new()));
    }
    let mut stmt = conn
        .prepare(
            "SELECT c.article_id, c.seq, c.start, c.end, c.text, c.kind, quote(c.value),
                    c.qualifier, c.unit, s.name, s.scope, c.speaker_mention
             FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
             ORDER BY c.article_id, c.seq",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let article: String = r.get(0).unwrap();
        let fields: Vec<String> = (1..12)
            .map(|i| {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                format!("{v:?}")
            })
            .collect();
        d.articles
            .get_mut(&article)
            .unwrap_or_else(|| panic!("claim of an article that is not stored: {article}"))
            .2
            .push(fields.join("|"));
    }
    let mut stmt = conn
        .prepare(
            "SELECT article_id, version, content_hash FROM article_versions
             ORDER BY article_id, version",
        )
        .unwrap();
    d.versions = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT s.name, s.scope, s.kind,
                    (SELECT count(*) FROM claims c WHERE c.speaker_id = s.id)
             FROM speakers s ORDER BY s.name, s.scope, s.kind",
        )
        .unwrap();
    d.speakers = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    d
}

fn strings(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}
