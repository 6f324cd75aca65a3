//! The English pack. For now it reads numbers written in digits; words, qualifiers, units,
//! dates and attribution come with the English issue.

use super::digits::{self, CommaStyle};
use super::{Document, LanguagePack, Recognized};
use crate::model::Lang;

pub struct English;

/// Words ending in a full stop that do not end an English sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Sen",
    "Rep", "Gov", "Pres", "Rev", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp",
    "U.S", "U.N", "U.K", "E.U", "e.g", "i.e", "a.m", "p.m", "approx", "est", "Ft", "Mt",
];

impl LanguagePack for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn abbreviations(&self) -> &'static [&'static str] {
        ABBREVIATIONS
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Recognized>) {
        // In English a comma only groups thousands: `3,4` is a list, not 3.4.
        digits::recognize(doc, CommaStyle::ListSeparator, out);
    }
}
