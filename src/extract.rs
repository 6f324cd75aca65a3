//! Extraction: a pure function of (text, language, publication date) → claims.
//! No I/O and no clock, so it can run anywhere, in parallel, and be tested exhaustively.

use std::sync::Arc;

use jiff::civil::Date;

use crate::lang::{self, Document, Recognized};
use crate::model::{Article, Claim, Lang, Value};
use crate::segment::{self, CharCursor};

/// Where extracted claims go: the store is one sink, a `Vec` another.
pub trait ClaimSink {
    fn claim(&mut self, claim: Claim);
}

impl ClaimSink for Vec<Claim> {
    fn claim(&mut self, claim: Claim) {
        self.push(claim);
    }
}

/// Every claim in `text`, in order of position. `article` is left empty.
pub fn extract(text: &str, lang: Lang, publication_date: Option<Date>) -> Vec<Claim> {
    let mut claims = Vec::new();
    extract_into(text, lang, publication_date, &mut claims);
    claims
}

/// The claims of a whole article, tagged with its id. Relative dates resolve against
/// [`reference_date`]; the article keeps its own `date` as its publication date.
pub fn extract_article(article: &Article) -> Vec<Claim> {
    let mut claims = extract(&article.body, article.lang, reference_date(article));
    for c in &mut claims {
        c.article.clone_from(&article.id);
    }
    claims
}

/// How many days a page's stamp may follow the date in its address for the address to be
/// the day its text was written.
const URL_DATE_LAG: std::ops::RangeInclusive<i64> = 1..=3;

/// The day that `أمس`, `غدا`, `yesterday` and the other relative dates of an article count
/// from: its stamp (`date`), unless its address carries a date one to three days earlier
/// (`/2015/08/05/`, `/Issues/20150805/`). Then the page was stamped when it was collected, a
/// day or so after the issue it belongs to, and its text speaks from the day. On
/// the Arabic corpus 645 pages of three printed papers are stamped a day after their
/// address (14 two to four days), and of 62 weekdays named with `أمس`, `اليوم` or `غدا` on
/// them 61 fit the address's day and one the stamp's (`غدا` for a canal opened on the
/// 6th, on a page addressed the 5th and stamped the 6th). A date in the address equal to
/// the stamp, later than it, or further back (an archive page stamped when it was
/// republished) changes nothing. The stamp stays the article's publication date in the
/// store; this is only the reference of its relative dates.
pub fn reference_date(article: &Article) -> Option<Date> {
    let stamp = article.date?;
    let Some(url) = article.url.as_deref().and_then(url_date) else {
        return Some(stamp);
    };
    let lag = (stamp - url).get_days();
    Some(if URL_DATE_LAG.contains(&i64::from(lag)) {
        url
    } else {
        stamp
    })
}

/// The date an address carries in its path, as whole segments: `/2015/08/05/` or one of
/// eight digits, `/20150805/`. Digits inside a segment (`article_977294`, `Con2015073078`)
/// are no date. The first such date in the path counts.
fn url_date(url: &str) -> Option<Date> {
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').skip(1).collect();
    let num = |s: &str, len: usize| -> Option<i16> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let date = |y: i16, m: i16, d: i16| {
        let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
        (1990..=2100)
            .contains(&y)
            .then(|| Date::new(y, m, d).ok())
            .flatten()
    };
    for (k, s) in segs.iter().enumerate() {
        if let Some(y) = num(s, 4) {
            let m = segs.get(k + 1).and_then(|s| num(s, 2));
            let d = segs.get(k + 2).and_then(|s| num(s, 2));
            if let (Some(m), Some(d)) = (m, d) {
                if let Some(found) = date(y, m, d) {
                    return Some(found);
                }
            }
        } else if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            let part = |a: usize, b: usize| s.get(a..b).and_then(|p| p.parse::<i16>().ok());
            if let (Some(y), Some(m), Some(d)) = (part(0, 4), part(4, 6), part(6, 8)) {
                if let Some(found) = date(y, m, d) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// Like [`extract`], sending each claim to `sink` in order of position.
pub fn extract_into(
    text: &str,
    lang: Lang,
    publication_date: Option<Date>,
    sink: &mut impl ClaimSink,
) {
    let pack = lang::pack(lang);
    let doc = Document {
        text,
        sentences: segment::sentences(text, pack.abbreviations()),
        publication_date,
    };
    let mut found = Vec::new();
    pack.recognize(&doc, &mut found);
    found.sort_by_key(|r| (r.byte_start, r.byte_end));

    let mut cursor = CharCursor::default();
    let mut last_end = 0;
    // The text of the last claim's sentence, shared with the next claims of that sentence.
    let mut shared: Option<(usize, Arc<str>)> = None;
    for r in found {
        // Packs promise ordered, non-overlapping spans inside their sentence; hold them to it
        // here so a pack's mistake can never break the offsets invariant.
        let Some(sentence) = doc.sentences.get(r.sentence) else {
            continue;
        };
        if r.byte_start < last_end
            || r.byte_start >= r.byte_end
            || r.byte_start < sentence.byte_start
            || r.byte_end > sentence.byte_end
        {
            continue;
        }
        if !finite(&r) {
            continue;
        }
        last_end = r.byte_end;
        let start = cursor.char_at(text, r.byte_start);
        let end = cursor.char_at(text, r.byte_end);
        let sentence_text = match &shared {
            Some((i, s)) if *i == r.sentence => Arc::clone(s),
            _ => {
                let s: Arc<str> = sentence.text(text).into();
                shared = Some((r.sentence, Arc::clone(&s)));
                s
            }
        };
        sink.claim(to_claim(r, start, end, sentence_text, &doc, lang));
    }
}

/// Whether every number of a claim is finite. A value beyond the range of `f64` (400
/// digits, or 300 digits times a million) has no faithful number in JSON or SQLite, so it
/// is no claim, as a number in digits too long for an `f64` is none
/// ([`crate::lang::digits::scan`]). A duration's amount is in its text, where
/// [`crate::model::format_number`] writes an overflow as `inf` (`Pinf Y`) and NaN as `NaN`.
fn finite(r: &Recognized) -> bool {
    [Some(&r.value), r.low.as_ref(), r.high.as_ref()]
        .into_iter()
        .flatten()
        .all(|v| match v {
            Value::Number(n) => n.is_finite(),
            // Most texts hold neither an `i` nor an `N`: one pass over the bytes rules
            // both searches out.
            Value::Text(t) => {
                !(t.bytes().any(|b| b == b'i' || b == b'N')
                    && (t.contains("inf") || t.contains("NaN")))
            }
        })
}

/// A number without the rounding error of its arithmetic: `4.1 مليون` is computed as
/// 4.1 × 10⁶ = 4,099,999.9999999995 and stored as 4,100,000. Only an error below one part
/// in 10¹² is removed; a real fraction (`1.5`, a third of a million) stays.
fn tidy(v: Value) -> Value {
    match v {
        Value::Number(n) if n.round() != n && (n - n.round()).abs() <= n.abs() * 1e-12 => {
            Value::Number(n.round())
        }
        v => v,
    }
}

fn to_claim(
    r: Recognized,
    start: usize,
    end: usize,
    sentence_text: Arc<str>,
    doc: &Document<'_>,
    lang: Lang,
) -> Claim {
    let sentence = doc.sentences[r.sentence];
    Claim {
        article: String::new(),
        start,
        end,
        text: doc.text[r.byte_start..r.byte_end].to_string(),
        sentence: sentence_text,
        sentence_start: sentence.start,
        sentence_end: sentence.end,
        kind: r.kind,
        value: tidy(r.value),
        low: r.low.map(tidy),
        high: r.high.map(tidy),
        qualifier: r.qualifier,
        unit: r.unit,
        unit_text: r.unit_text,
        subject: r.subject,
        speaker: r.speaker,
        speaker_mention: r.speaker_mention,
        speaker_kind: r.speaker_kind,
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Qualifier};

    #[test]
    fn float_error_of_a_scaled_decimal_is_removed() {
        let claims = extract(
            "بلغت 4.1 مليون دينار و546.8 مليار دولار و1.5 ريال",
            Lang::Ar,
            None,
        );
        let values: Vec<Option<f64>> = claims.iter().map(|c| c.value.as_number()).collect();
        assert_eq!(
            values,
            [Some(4_100_000.0), Some(546_800_000_000.0), Some(1.5)]
        );
        let third = extract("a third of a million people", Lang::En, None);
        assert_eq!(third[0].value.as_number(), Some(1_000_000.0 / 3.0));
    }

    const SEED_LIKE: &str = "يذكر أنه منذ 8 أغسطس/آب الماضي بدأت الضربات.\n\nونفذت القوات ١٠٥٠ طلعة، أي 40% من المجموع.";

    #[test]
    fn claims_carry_char_offsets_text_and_sentence() {
        let published = Date::new(2014, 12, 3).ok();
        let claims = extract(SEED_LIKE, Lang::Ar, published);
        let spans: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(spans, ["8 أغسطس/آب الماضي", "١٠٥٠ طلعة", "40%"]);
        for c in &claims {
            let slice: String = SEED_LIKE
                .chars()
                .skip(c.start)
                .take(c.end - c.start)
                .collect();
            assert_eq!(slice, c.text);
            let sentence: String = SEED_LIKE
                .chars()
                .skip(c.sentence_start)
                .take(c.sentence_end - c.sentence_start)
                .collect();
            assert_eq!(sentence, &*c.sentence);
            assert!(c.sentence.contains(&c.text));
            assert_eq!(c.lang, Lang::Ar);
        }
        assert_eq!(claims[1].value, Value::Number(1050.0));
        assert_eq!(claims[1].unit.as_deref(), Some("sortie"));
        assert_eq!(
            &*claims[1].sentence,
            "ونفذت القوات ١٠٥٠ طلعة، أي 40% من المجموع."
        );
        assert_eq!(claims[2].kind, Kind::Percent);
        assert_eq!(claims[0].qualifier, Qualifier::Exact);
        assert_eq!(claims[0].value, Value::Text("2014-08-08".into()));
        // Without a publication date a date without its year cannot be resolved.
        let undated = extract(SEED_LIKE, Lang::Ar, None);
        assert!(undated.iter().all(|c| c.kind != Kind::Date), "{undated:?}");
    }

    #[test]
    fn extraction_is_deterministic_and_pure() {
        let a = extract(SEED_LIKE, Lang::Ar, Date::new(2014, 12, 3).ok());
        let b = extract(SEED_LIKE, Lang::Ar, Date::new(2014, 12, 3).ok());
        assert_eq!(a, b);
    }

    #[test]
    fn english_commas_group_thousands() {
        let text = "Kerry said 1,050 sorties were flown. Sept. 22 was a Monday.";
        let got = |date| -> Vec<(String, Value)> {
            extract(text, Lang::En, date)
                .iter()
                .map(|c| (c.text.clone(), c.value.clone()))
                .collect()
        };
        // Without a publication date `Sept. 22` cannot be resolved, and its 22 is no number.
        assert_eq!(
            got(None),
            [("1,050 sorties".to_string(), Value::Number(1050.0))]
        );
        let dated = extract(text, Lang::En, Date::new(2014, 12, 3).ok());
        assert_eq!(dated[1].value, Value::Text("2014-09-22".into()));
        assert_eq!(&*dated[1].sentence, "Sept. 22 was a Monday.");
    }

    #[test]
    fn values_beyond_f64_are_no_claims() {
        let nines = |n| "9".repeat(n);
        let arabic_nines = |n| "٩".repeat(n);
        let dated = Date::new(2014, 12, 3).ok();
        let texts = [
            (Lang::Ar, format!("قتل {} شخص", nines(400))),
            (Lang::Ar, format!("قتل {} مليون شخص", nines(305))),
            (Lang::Ar, format!("بلغت {} مليار دولار", arabic_nines(300))),
            (Lang::Ar, format!("نحو {}%", nines(400))),
            (Lang::Ar, format!("استمر {} ألف عام", nines(306))),
            (Lang::En, format!("killed {} people", nines(400))),
            (Lang::En, format!("killed {} million people", nines(305))),
            (Lang::En, format!("about ${} trillion", nines(300))),
            (Lang::En, format!("it lasted {} thousand years", nines(306))),
        ];
        for (lang, text) in texts {
            let claims = extract(&text, lang, dated);
            assert_eq!(claims, [], "{text}");
        }
    }

    #[test]
    fn values_up_to_the_f64_range_are_claims_with_their_value() {
        let text = format!("قتل {} شخص", "9".repeat(300));
        let claims = extract(&text, Lang::Ar, None);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].value, Value::Number(1e300));
        let json = serde_json::to_string(&claims[0].value).unwrap();
        assert_eq!(serde_json::from_str::<f64>(&json).unwrap(), 1e300, "{json}");
        let text = format!("{} million people", "9".repeat(300));
        let claims = extract(&text, Lang::En, None);
        let v = claims[0].value.as_number().unwrap();
        assert!(v.is_finite() && v > 9.9e305, "{v}");
    }

    #[test]
    fn article_ids_tag_claims() {
        let article = Article {
            id: "a1".into(),
            lang: Lang::Ar,
            date: None,
            source: None,
            title: None,
            url: None,
            body: "قتل 12 شخصا".into(),
            origin: "-".into(),
            line: 1,
        };
        let claims = extract_article(&article);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].article, "a1");
    }

    /// ar75: a page stamped a day or so after the date in its address speaks from that date.
    #[test]
    fn ar75_relative_dates_count_from_an_earlier_address_date() {
        let page = |lang, stamp: (i16, i8, i8), url: Option<&str>, body: &str| Article {
            id: "p".into(),
            lang,
            date: Date::new(stamp.0, stamp.1, stamp.2).ok(),
            source: None,
            title: None,
            url: url.map(String::from),
            body: body.into(),
            origin: "-".into(),
            line: 1,
        };
        let first = |a: &Article| extract_article(a)[0].value.clone();
        let day = |s: &str| Value::Text(s.into());
        let ar = "وقال الوزير أمس إن الخطة جاهزة.";
        let en = "The minister said yesterday the plan was ready.";
        for (url, want) in [
            // One day earlier, in either form of address: that day.
            (
                Some("http://www.okaz.com.sa/new/Issues/20150805/Con20150805786348.htm"),
                "2015-08-04",
            ),
            (
                Some("http://www.al-jazirah.com/2015/20150805/ln49.htm"),
                "2015-08-04",
            ),
            (
                Some("http://www.aleqt.com/2015/08/05/article_977563.html"),
                "2015-08-04",
            ),
            (
                Some("http://www.aleqt.com/2015/08/03/article_977563.html"),
                "2015-08-02",
            ),
            // The same day, a later one, one too far back, none, or digits in a name: the stamp.
            (
                Some("http://www.aleqt.com/2015/08/06/article_977563.html"),
                "2015-08-05",
            ),
            (
                Some("http://www.aleqt.com/2015/08/07/article_1.html"),
                "2015-08-05",
            ),
            (
                Some("http://www.aleqt.com/2015/07/20/article_1.html"),
                "2015-08-05",
            ),
            (
                Some("http://example.com/news/Con20150805786348.htm"),
                "2015-08-05",
            ),
            (Some("http://example.com/2015/13/05/x"), "2015-08-05"),
            (None, "2015-08-05"),
        ] {
            let a = page(Lang::Ar, (2015, 8, 6), url, ar);
            assert_eq!(first(&a), day(want), "{url:?}");
            let e = page(Lang::En, (2015, 8, 6), url, en);
            assert_eq!(first(&e), day(want), "{url:?}");
            // The article's own date is not touched.
            assert_eq!(a.date, Date::new(2015, 8, 6).ok());
        }
        // No stamp: nothing to resolve against, whatever the address says.
        let mut undated = page(
            Lang::Ar,
            (2015, 8, 6),
            Some("http://x.com/2015/08/05/a"),
            ar,
        );
        undated.date = None;
        assert_eq!(reference_date(&undated), None);
    }
}
