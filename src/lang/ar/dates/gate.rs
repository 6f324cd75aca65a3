//! speed32: whether a date can start at a number in digits, told from it and the token
//! after it before the date parser is asked. Every number may start a date ([`may_start`]),
//! and most numbers of an article start none (`300 شخص`, `1,500 دولار`, `45%`): each ask
//! read the parser's readers one by one (a weekday, a run of days, a numeric date, a day
//! and month, a month, a period, a year with its suffix, a shared month, ordinal days, a
//! Hajj year) to turn it away.
//!
//! Of those readers, only these take a token of digits first (the others want a word):
//! - a day (a run of days, a day and month, a shared month): one or two digits, 1–31;
//! - a numeric date (`3/12/2014`, `2014-12-03`, `22/04`): a date separator after it
//!   ([`date_separator`]: `/`, `-`, `.`, an en or em dash, a tatweel);
//! - a decimal read as a date after `في` (`في 4.22`): a full stop inside it;
//! - a year and its calendar's suffix (`1436هـ`, `2014م`, `70 ميلادية`): the suffix after it;
//! - a Hajj year (`حج 1436`): four digits, 1300–1500.
//!
//! A word starts a date only by its lexicon class ([`lex`] with clitics), as a day (an
//! ordinal, `غرة`), a month's name, or a bare weekday (`أحد الأسبوع المقبل`). The gate reads
//! the commonest words that reach the parser and start no date: `الذي` (its `ذي` starts `ذي
//! القعدة`), `هذا`/`هذه` before no `الشهر`, `الأسبوع`, `اليوم`, `العام`, and `قبل`/`بعد` before no
//! `أمس`, `يوم`, `غد`, `غدا`, `بكرة`, `أسبوع(ين)` ([`super::Parser::period`],
//! [`super::Parser::relative_day`]).
//!
//! A token with none of these starts no date: the gate says so, and the parser is not
//! asked. It saves work and changes no reading (a test runs both over many phrases).
//!
//! [`may_start`]: super::may_start

use std::cell::Cell;

use super::super::ordinals;
use super::super::tokens::{Token, TokenKind};
use super::{
    BARE_WEEKDAY_KEYS, GHURRA, Lex, MONTHS2_SECOND, Parser, date_separator, int_token, lex,
};

/// Whether no date can start at token `i`.
pub(super) fn cannot_start(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    match t.kind {
        // `في 4.22`, `في 2015.3`: a decimal is read by [`super::Parser::dotted`].
        TokenKind::Number { .. } if t.text.contains('.') => false,
        TokenKind::Number { .. } | TokenKind::Latin => number_cannot_start(tokens, i, t),
        TokenKind::Word => word_cannot_start(tokens, i, t),
        TokenKind::Punct(_) => false,
    }
}

/// [`cannot_start`] at a word.
fn word_cannot_start(tokens: &[Token<'_>], i: usize, t: &Token<'_>) -> bool {
    // A day: an ordinal (`الثالث من أغسطس`, `ثالث ثلاثاء`, `الأول والثاني من`) or `غرة`
    // (a stem ends as the key does: speed33).
    if ordinals::may_be_ordinal(t) || t.key.ends_with(GHURRA) && t.stems().any(|(_, s)| s == GHURRA)
    {
        return false;
    }
    // (The class of the next bare word, read once for the classes below: speed33.)
    let next = || lex(tokens, i + 1, false).map(|(l, _)| l);
    match lex(tokens, i, true) {
        // `هذا الشهر`, `هذا الأسبوع`, `هذا اليوم`, `هذا العام`.
        Some((Lex::This, _)) => {
            if matches!(
                next(),
                Some(Lex::TheMonth | Lex::TheWeek | Lex::Today | Lex::TheYear)
            ) {
                return false;
            }
        }
        // `قبل أمس`, `قبل يوم أمس`, `قبل أسبوع`.
        Some((Lex::Before, _)) => {
            if matches!(next(), Some(Lex::Yesterday | Lex::Yawm)) || weeks(tokens, i + 1) {
                return false;
            }
        }
        // `بعد غد`, `بعد غدا`, `بعد بكرة`, `بعد أسبوع`.
        Some((Lex::After, _)) => {
            if matches!(next(), Some(Lex::Ghad | Lex::Tomorrow | Lex::Bukra))
                || weeks(tokens, i + 1)
            {
                return false;
            }
        }
        // Every other class is left to the parser.
        Some(_) => return false,
        // `أحد الأسبوع المقبل`: a bare weekday of a relative week.
        None => {
            if BARE_WEEKDAY_KEYS.contains_key(t.key.as_str()) {
                return false;
            }
            // No reading of the word is in the lexicon ([`lex`] and [`Parser::month_name`]
            // read the same ones), so only a two-word month's name can start here, and its
            // second word is one of few (speed33).
            if !tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && MONTHS2_SECOND.contains(&n.key))
            {
                return true;
            }
        }
    }
    // A month's name (`ذي القعدة`, `بأغسطس`).
    let p = Parser {
        tokens,
        publication: None,
        lexed: Cell::new((usize::MAX, None)),
        depth: Cell::new(0),
    };
    p.month_name(i, true).is_none()
}

/// Whether a count of weeks is at `j` ([`Parser::weeks`]).
fn weeks(tokens: &[Token<'_>], j: usize) -> bool {
    let p = Parser {
        tokens,
        publication: None,
        lexed: Cell::new((usize::MAX, None)),
        depth: Cell::new(0),
    };
    p.weeks(j).is_some()
}

/// [`cannot_start`] at a number in digits.
fn number_cannot_start(tokens: &[Token<'_>], i: usize, t: &Token<'_>) -> bool {
    // Every reader of digits starts with a whole number (no percent, no thousands mark).
    let Some((value, n)) = int_token(t) else {
        return true;
    };
    // A day of the month.
    if n <= 2 && (1..=31).contains(&value) {
        return false;
    }
    // A Hajj year (`حج 1436`).
    if n == 4 && (1300..=1500).contains(&value) {
        return false;
    }
    // A numeric date: its first separator.
    if tokens
        .get(i + 1)
        .and_then(date_separator)
        .is_some_and(|c| matches!(c, '/' | '-' | '.' | '–' | '—'))
    {
        return false;
    }
    // A year and its calendar's suffix.
    !matches!(
        lex(tokens, i + 1, false),
        Some((Lex::HijriSuffix | Lex::GregSuffix, _))
    )
}

#[cfg(test)]
mod tests {
    use super::super::{Date, may_start, parse_ungated};
    use super::*;
    use crate::lang::ar::tokens::tokenize;

    /// Phrases with numbers of every kind the readers take, and near misses.
    fn phrases() -> Vec<String> {
        let numbers = [
            "0", "1", "01", "7", "09", "12", "13", "22", "29", "30", "31", "32", "45", "99", "100",
            "225", "001", "1258", "1299", "1300", "1382", "1435", "1436", "1500", "1501", "1999",
            "2011", "2014", "2015", "2200", "2201", "12345", "٢٢", "١٤٣٦", "٢٠١٤", "1.5", "4.22",
            "2015.3", "1,500", "45%", "٤٠٪", "3D", "16F",
        ];
        let before = [
            "",
            "في ",
            "يوم ",
            "حج ",
            "عام ",
            "من ",
            "الأحد ",
            "بتاريخ ",
            "قال ",
        ];
        let after = [
            "",
            " شخصا",
            " أغسطس",
            " آب",
            " من أغسطس",
            " من شهر رمضان",
            " الجاري",
            " من الشهر المقبل",
            "هـ",
            " هـ",
            "م",
            " م",
            " ميلادية",
            " للميلاد",
            " الهجري",
            "/12/2014",
            "/ 10/ 1436",
            "-12-03",
            " - 11 - 1436هـ",
            " – 10 – 1436هـ",
            "/4",
            "-4",
            "/2015",
            ".12.2014",
            "ـ12ـ2014",
            " و 23 أغسطس",
            " و24 أغسطس",
            " إلى 26 مايو",
            "-26 مايو",
            " حتى 11/5/1437",
            " (أغسطس)",
            "، 2015",
            " مليون",
        ];
        let mut out = Vec::new();
        for b in before {
            for n in numbers {
                for a in after {
                    out.push(format!("{b}{n}{a}"));
                }
            }
        }
        // Words that start a date or come near one, each before words that may follow.
        let words = [
            "الذي",
            "والذي",
            "ذي",
            "وذي",
            "ذو",
            "هذا",
            "هذه",
            "لهذا",
            "وهذه",
            "بهذا",
            "قبل",
            "وقبل",
            "بعد",
            "وبعد",
            "فبعد",
            "اليوم",
            "واليوم",
            "أمس",
            "وأمس",
            "غدا",
            "يوم",
            "ويوم",
            "عام",
            "العام",
            "سنة",
            "شهر",
            "الشهر",
            "الأسبوع",
            "أول",
            "آخر",
            "الأول",
            "الثالث",
            "ثالث",
            "العاشر",
            "أحد",
            "واحد",
            "الأحد",
            "الخميس",
            "غرة",
            "بغرة",
            "منتصف",
            "نهاية",
            "عيد",
            "رأس",
            "النصف",
            "الربع",
            "أغسطس",
            "بأغسطس",
            "آب",
            "رمضان",
            "كانون",
            "وكانون",
            "تشرين",
            "ربيع",
            "بربيع",
            "جمادى",
            "لذي",
            "ذا",
            "بكرة",
            "قال",
            "في",
        ];
        let next = [
            "",
            " الحجة",
            " القعدة",
            " الشهر",
            " الشهر المقبل",
            " الأسبوع",
            " الأسبوع المقبل",
            " الأسبوع الماضي",
            " اليوم",
            " اليوم الخميس",
            " العام",
            " العام المقبل",
            " السنة",
            " أمس",
            " أمس الأول",
            " يوم أمس",
            " يوم",
            " غد",
            " الغد",
            " غدا",
            " بكرة",
            " أسبوع",
            " أسبوعين",
            " أسبوع.",
            " أسبوعين،",
            " الأول",
            " الثاني",
            " الأولى",
            " الآخرة",
            " الآخر",
            " الثانية",
            " أول",
            " ثاني",
            " من أغسطس",
            " من شهر رمضان",
            " أغسطس",
            " رمضان",
            " الخميس",
            " 2014",
            " 1436هـ",
            " 15 أغسطس",
            " الجاري",
            " والثاني من أغسطس",
            " حتى الخامس من أغسطس",
            " الفطر",
            " السنة الهجرية",
            " من عام 2015",
            " الأمر",
            " قال",
            "، وقال",
        ];
        for w in words {
            for a in next {
                for b in ["", "في ", "يوم "] {
                    out.push(format!("{b}{w}{a}"));
                }
            }
        }
        out
    }

    #[test]
    fn speed32_gate_never_turns_away_a_date() {
        let publications = [Some(Date::constant(2014, 12, 3)), None];
        let (mut asked, mut gated, mut dates) = (0, 0, 0);
        for text in phrases() {
            let tokens = tokenize(&text, 0);
            for i in 0..tokens.len() {
                for publication in publications {
                    let found = parse_ungated(&tokens, i, publication);
                    asked += 1;
                    dates += usize::from(found.is_some());
                    if cannot_start(&tokens, i) {
                        gated += 1;
                        assert!(found.is_none(), "{text:?} at {i}: {found:?}");
                    }
                }
            }
        }
        // The phrases hold dates, and the gate turns many asks away.
        assert!(dates > 1000, "{dates}");
        assert!(gated > asked / 8, "{gated} of {asked}");
    }

    #[test]
    fn speed32_gate_turns_away_numbers_and_words() {
        let tokens = tokenize("أرسل 300 جندي و45% منهم في 1436هـ يوم 2014/12/3", 0);
        let gated: Vec<&str> = (0..tokens.len())
            .filter(|&i| may_start(&tokens[i]) && cannot_start(&tokens, i))
            .map(|i| tokens[i].text)
            .collect();
        assert_eq!(gated, ["300", "45%"]);
        let tokens = tokenize("الذي قال هذا قبل أسبوع وبعد ذلك هذا الشهر بعد غد", 0);
        let gated: Vec<&str> = (0..tokens.len())
            .filter(|&i| may_start(&tokens[i]) && cannot_start(&tokens, i))
            .map(|i| tokens[i].text)
            .collect();
        assert_eq!(gated, ["الذي", "هذا", "وبعد"]);
    }
}
