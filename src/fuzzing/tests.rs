//! Replays the fuzz seeds and crash regressions through the fuzz entry points, and checks
//! the extraction invariants on generated news-like text (proptest).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;

type Target = fn(&[u8]);

/// The fuzz targets by name, as in `fuzz/fuzz_targets/`.
const TARGETS: &[(&str, Target)] = &[
    ("extract_ar", |d| extract(d, Lang::Ar)),
    ("extract_en", |d| extract(d, Lang::En)),
    ("dates", dates),
    ("read_md", |d| read(d, Format::Md)),
    ("read_jsonl", |d| read(d, Format::Jsonl)),
    ("read_html", |d| read(d, Format::Html)),
];

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

/// Every committed seed (`fuzz/corpus/TARGET`) and crash input (`fuzz/regressions/TARGET`)
/// goes through its target's entry point again: none may panic. The fuzz targets are not
/// built by `cargo test`; this is how CI runs their inputs on a stable toolchain.
#[test]
fn fuzz_seeds_and_regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut seeds = 0;
    for (name, target) in TARGETS {
        let inputs = files(&root.join("corpus").join(name));
        assert!(!inputs.is_empty(), "no seeds for fuzz target {name}");
        for path in inputs
            .iter()
            .chain(&files(&root.join("regressions").join(name)))
        {
            let data = std::fs::read(path).unwrap();
            let run = std::panic::catch_unwind(|| target(&data));
            assert!(
                run.is_ok(),
                "fuzz target {name} panics on {}",
                path.display()
            );
            seeds += 1;
        }
    }
    assert!(seeds >= TARGETS.len(), "{seeds}");
}

#[test]
fn split_input_reads_the_publication_date_line() {
    let d = |y, m, day| Some(jiff::civil::date(y, m, day));
    assert_eq!(split_input(b"9999-12-31\nx"), (d(9999, 12, 31), "x".into()));
    assert_eq!(split_input(b"-\nx"), (None, "x".into()));
    assert_eq!(split_input(b"x\ny"), (d(2014, 12, 3), "x\ny".into()));
    assert_eq!(split_input(b"\xFFx"), (d(2014, 12, 3), "\u{FFFD}x".into()));
}

#[test]
fn check_claims_rejects_broken_claims() {
    let text = "قتل 12 شخصا";
    let claims = crate::extract(text, Lang::Ar, None);
    assert_eq!(check_claims(text, &claims), Ok(()));
    let mut bad = claims.clone();
    bad[0].end += 10;
    assert!(check_claims(text, &bad).unwrap_err().contains("span"));
    let mut bad = claims.clone();
    bad[0].text.push('x');
    assert!(check_claims(text, &bad).unwrap_err().contains("slice"));
    let mut bad = claims.clone();
    bad[0].value = Value::Number(f64::INFINITY);
    bad[0].low = None;
    bad[0].high = None;
    assert!(check_claims(text, &bad).unwrap_err().contains("finite"));
    let mut bad = claims.clone();
    bad[0].low = Some(Value::Number(13.0));
    assert!(check_claims(text, &bad).unwrap_err().contains("low"));
    let mut bad = claims;
    bad[0].kind = Kind::Date;
    bad[0].value = Value::Text("-001-01".into());
    assert!(check_claims(text, &bad).unwrap_err().contains("ISO"));
}

// ---- news-like text for the properties ----

const AR_WORDS: &[&str] = &[
    "قتل",
    "أصيب",
    "شخصا",
    "دولة",
    "ستين",
    "ثلاثة",
    "آلاف",
    "ألف",
    "مليون",
    "مليار",
    "مئة",
    "خمسمئة",
    "عشرات",
    "مئات",
    "أكثر من",
    "أقل من",
    "نحو",
    "حوالي",
    "ما بين",
    "و",
    "إلى",
    "على الأقل",
    "قرابة",
    "دولار",
    "يورو",
    "بالمئة",
    "في المئة",
    "%",
    "٪",
    "عاما",
    "أشهر",
    "شهرين",
    "يوما",
    "ساعة",
    "ونصف",
    "الثالث",
    "الأول",
    "الـ",
    "أغسطس",
    "آب",
    "أيلول/سبتمبر",
    "يناير",
    "كانون الثاني",
    "رمضان",
    "ذي الحجة",
    "هـ",
    "م",
    "الماضي",
    "المقبل",
    "أمس",
    "غدا",
    "الأربعاء",
    "الأحد",
    "العام",
    "الشهر",
    "منذ",
    "قبل",
    "بعد",
    "قال",
    "وأضاف",
    "إن",
    "أن",
    "وزير الخارجية",
    "جون كيري",
    "بحسب",
    "طلعة",
    "مقاتل",
    "نازح",
    "المصدر :",
];

const EN_WORDS: &[&str] = &[
    "killed",
    "people",
    "countries",
    "sixty",
    "three",
    "thousand",
    "million",
    "billion",
    "hundred",
    "dozens of",
    "hundreds",
    "more than",
    "less than",
    "about",
    "nearly",
    "between",
    "and",
    "to",
    "at least",
    "up to",
    "some",
    "$",
    "€",
    "£",
    "dollars",
    "percent",
    "per cent",
    "%",
    "years",
    "months",
    "two",
    "days",
    "hours",
    "and a half",
    "third",
    "first",
    "51st",
    "a quarter",
    "two-thirds",
    "Aug.",
    "Sept.",
    "August",
    "December",
    "Jan",
    "last",
    "next",
    "ago",
    "yesterday",
    "tomorrow",
    "Wednesday",
    "on",
    "in",
    "year",
    "month",
    "week",
    "since",
    "said",
    "Kerry",
    "Secretary of State",
    "according to",
    "sorties",
    "fighters",
    "Mr.",
    "bn",
    "m",
    "k",
    "-",
    "–",
    "/",
];

/// Marks hostile text carries: controls, bidi, zero-width, tatweel, odd spaces.
const MARKS: &[&str] = &[
    "\u{200F}", "\u{200E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{2069}",
    "\u{FEFF}", "\u{0640}", "\u{064E}", "\u{00A0}", "\u{202F}", "\u{0007}", "\u{001B}", "\u{007F}",
    "\u{0085}", "\u{2028}", "\r", "\t",
];

const PUNCT: &[&str] = &[
    " ", " ", " ", " ", ".", ",", "،", "؛", "\n", "\n\n", "\"", "«", "»", "(", ")", ":", "/", "-",
    "٫", "٬", "?", "!",
];

/// The zero of every Unicode decimal digit set tried (Nd): ASCII, Arabic-Indic, Extended
/// Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, fullwidth, mathematical bold, Osmanya.
const ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0xFF10, 0x1D7CE, 0x104A0,
];

/// A number in digits of one script, up to 400 digits, maybe grouped or with a fraction.
fn digits() -> impl Strategy<Value = String> {
    (
        prop::sample::select(ZEROS),
        prop_oneof![4 => 1usize..6, 1 => 6usize..25, 1 => 300usize..401],
        prop::collection::vec(0u32..10, 400),
        prop::sample::select(&["", ",", ".", "٫", "٬", "،"][..]),
        0usize..8,
    )
        .prop_map(|(zero, len, ds, sep, at)| {
            let digit = |d: u32| char::from_u32(zero + d).unwrap();
            let mut s: String = ds[..len].iter().map(|&d| digit(d)).collect();
            if !sep.is_empty() && at > 0 && at < len {
                s.insert_str(s.char_indices().nth(at).unwrap().0, sep);
            }
            s
        })
}

fn piece(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(words).prop_map(str::to_string),
        4 => digits(),
        6 => prop::sample::select(PUNCT).prop_map(str::to_string),
        2 => prop::sample::select(MARKS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn news(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(words), 0..60).prop_map(|p| p.concat())
}

fn publication() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        Just(Some(DEFAULT_PUBLICATION)),
        Just(Some(jiff::civil::date(9999, 12, 31))),
        Just(Some(jiff::civil::date(0, 1, 1))),
        (0i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Some(jiff::civil::date(y, m, d))),
    ]
}

fn holds(text: &str, lang: Lang, date: Option<Date>) -> Result<(), TestCaseError> {
    let claims = crate::extract(text, lang, date);
    if let Err(e) = check_claims(text, &claims) {
        return Err(TestCaseError::fail(format!("{e}\n{claims:#?}")));
    }
    prop_assert_eq!(
        &claims,
        &crate::extract(text, lang, date),
        "not deterministic"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Offsets are char boundaries inside the text, `text` is the slice, `low <= value <=
    /// high`, all values finite, dates ISO, and the same input gives the same claims.
    #[test]
    fn arabic_claims_keep_their_invariants(text in news(AR_WORDS), date in publication()) {
        holds(&text, Lang::Ar, date)?;
    }

    #[test]
    fn english_claims_keep_their_invariants(text in news(EN_WORDS), date in publication()) {
        holds(&text, Lang::En, date)?;
    }

    /// Text of either language read as the other keeps the invariants too.
    #[test]
    fn mixed_text_keeps_the_invariants(
        ar in news(AR_WORDS), en in news(EN_WORDS), date in publication()
    ) {
        let text = format!("{ar} {en}");
        holds(&text, Lang::Ar, date)?;
        holds(&text, Lang::En, date)?;
    }
}
