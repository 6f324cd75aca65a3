//! The Arabic pack. For now it reads numbers written in digits; number words, qualifiers,
//! counted nouns, dates and speakers come with the Arabic recognizer.

use super::digits::{self, CommaStyle};
use super::{Document, LanguagePack, Recognized};
use crate::model::Lang;

pub struct Arabic;

impl LanguagePack for Arabic {
    fn lang(&self) -> Lang {
        Lang::Ar
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Recognized>) {
        // A lone comma between digits is a decimal point in Arabic typography (`٠,٠٨`).
        digits::recognize(doc, CommaStyle::Decimal, out);
    }
}
