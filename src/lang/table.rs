//! The harness of the packs' phrase tables (`ar/tests.rs`, `en/tests.rs`; STYLE.md:
//! table-driven, adding a case is adding a line). A claim renders as
//! `text|kind|value|low..high|qualifier|unit`.

use jiff::civil::Date;

use crate::extract::extract;
use crate::model::{Claim, Lang, Value};

/// The tables' publication date: the seed's and the fixtures' (Wednesday 2014-12-03).
pub const DATE: (i16, i8, i8) = (2014, 12, 3);

/// One line for a claim: `text|kind|value|low..high|qualifier|unit`.
pub fn render(c: &Claim) -> String {
    let v = |v: &Option<Value>| v.as_ref().map(Value::to_string).unwrap_or_default();
    format!(
        "{}|{}|{}|{}..{}|{}|{}",
        c.text,
        c.kind,
        c.value,
        v(&c.low),
        v(&c.high),
        c.qualifier,
        c.unit.as_deref().unwrap_or("")
    )
}

/// The claims of `text` in `lang`, published on [`DATE`], rendered.
pub fn claims_in(lang: Lang, text: &str) -> Vec<String> {
    let (y, m, d) = DATE;
    claims_on(lang, text, (y, m, d))
}

/// The claims of `text` in `lang`, published on the day `(year, month, day)`, rendered.
pub fn claims_on(lang: Lang, text: &str, (y, m, d): (i16, i8, i8)) -> Vec<String> {
    extract(text, lang, Some(Date::new(y, m, d).unwrap()))
        .iter()
        .map(render)
        .collect()
}

/// A table of tests, one a line: `name: "phrase" => ["claim", …];` — the claims of the
/// phrase in the language, in order.
macro_rules! phrase_table {
    ($lang:expr; $($name:ident: $text:expr => [$($want:expr),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!($crate::lang::table::claims_in($lang, $text), want, "{}", $text);
        }
    )*};
}

pub(crate) use phrase_table;
