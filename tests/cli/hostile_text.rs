//! Text that tries to break extraction, end to end: what reaches the JSON output and the
//! database is finite, and offsets still slice the stored body.

use crate::Work;

/// Huge numbers, control, bidi and zero-width characters, digits of many scripts and dates
/// at the ends of the calendar in one article, imported and listed. The publication date is
/// the first day metadata may give (year 0000 is refused, `hostile.rs`), so yesterday falls
/// in year 0000, which is still a date.
#[test]
fn hostile_text_imports_with_finite_values_and_exact_spans() {
    let w = Work::new();
    let body = format!(
        "---\nid: hostile\nlang: ar\ndate: 0001-01-01\n---\n\
         قتل {nines400} شخصا، و{nines305} مليون شخص، و{big} شخص.\n\
         قتل\u{7} 12\u{1b} شخصا، و\u{200f}15\u{200f} جريحا، و1\u{200b}2، و१२ و１２.\n\
         أمس وغدا، في 31 ديسمبر 9999.\n",
        nines400 = "9".repeat(400),
        nines305 = "9".repeat(305),
        big = "9".repeat(300),
    );
    w.write("hostile.md", &body);
    let run = w.run(&["import", "hostile.md"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let run = w.run(&["claims", "--format", "jsonl"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let claims = run.jsonl();
    let spans: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    // No claim for the values beyond f64; 1e300 is one.
    let big = format!("{} شخص", "9".repeat(300));
    assert_eq!(
        spans,
        [
            &big,
            "12",
            "15\u{200f} جريحا",
            "1",
            "2",
            "أمس",
            "غدا",
            "31 ديسمبر",
            "9999"
        ]
    );
    // Offsets count chars of the stored body (what follows the front matter).
    let stored: Vec<char> = body.splitn(3, "---\n").nth(2).unwrap().chars().collect();
    for c in &claims {
        let (start, end) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
        let slice: String = stored[start as usize..end as usize].iter().collect();
        assert_eq!(slice, c["text"].as_str().unwrap());
    }
    assert_eq!(claims[0]["value"].as_f64(), Some(1e300));
    for c in &claims {
        for field in ["value", "low", "high"] {
            let v = &c[field];
            assert!(
                v.is_string()
                    || v.as_f64().is_some_and(f64::is_finite)
                    || (field != "value" && v.is_null()),
                "{c}"
            );
        }
    }
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM claims WHERE typeof(value) NOT IN ('real', 'integer', 'text')
               OR abs(value) > 1.8e308 OR abs(low) > 1.8e308 OR abs(high) > 1.8e308",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0);
}
