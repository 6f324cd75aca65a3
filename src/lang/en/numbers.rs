//! Numbers in words and figures, and ordinals.
//!
//! A run of number words (with figures where English mixes them: `4 thousand 3 hundred and
//! 21`, `1.5 million`) is read into atoms — units, teens, tens, `hundred`, scales
//! (`thousand` … `trillion`, and `lakh`, `crore`), `dozen`, `a`, `point`, figures and
//! ordinal words — joined by a space, a hyphen or `and`. The atoms then read as:
//!
//! - a cardinal: `sixty-two`, `seven hundred twenty-one thousand and twelve`, `a dozen`,
//!   `three hundred and two dozens` (324), `nineteen hundred`, `two point two million`,
//!   `one twenty two` (122: a unit before tens and a unit reads as hundreds);
//! - a fraction: a numerator and an ordinal denominator, plural or after `a`/`one`
//!   (`two thirds`, `a fifth`, `one twenty-fifth`, `ninety-five hundred fifths`); where the
//!   split is ambiguous the shortest numerator wins (`one hundred thirty fifths` is
//!   100/35, `one hundred and thirty fifths` 130/5); after `and`, a proper fraction adds to
//!   the number before (`two and fifty-four hundredths`, `one million and a half`, `five and
//!   a half million`, `one billion and a quarter million`);
//! - an ordinal: `twenty-fifth`, `one hundred twenty fifth`, `two hundredth`, `21st`;
//! - a vague quantity, with the interval it allows: `dozens` (24–99), `hundreds` (200–999),
//!   `thousands` (2,000–9,999), `tens of thousands`, `hundreds of thousands`, `several`
//!   (3–10), `a few` (3–9), `several hundred`.
//!
//! Not numbers: `one` as a pronoun (`the one you mentioned`, `one of them`), `a`/`an`
//! alone, relative ordinals (`last`, `next`, `the second to last`).

use std::sync::LazyLock;

use super::figures::{self, Figure};
use super::tokens::{Token, TokenKind};
use crate::lang::FastMap;

/// A number found at a token position.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    /// Token indices, inclusive.
    pub first: usize,
    pub last: usize,
    /// The value; for a vague quantity, the low end of its interval.
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub vague: bool,
    /// Some of it is written in words.
    pub in_words: bool,
    /// Written as a plain integer in figures, with this many digits (`2014` → 4), else 0.
    pub plain_digits: usize,
}

/// An ordinal found at a token position.
#[derive(Clone, Debug, PartialEq)]
pub struct Ordinal {
    pub first: usize,
    pub last: usize,
    pub value: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Atom {
    Zero,
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred {
        plural: bool,
    },
    Scale {
        value: f64,
        plural: bool,
    },
    Dozen {
        plural: bool,
    },
    A,
    Point,
    Figure {
        value: f64,
        int: bool,
    },
    /// An ordinal word; `half` and `quarter` are the ordinals 2 and 4 of fractions.
    Ord {
        value: f64,
        plural: bool,
        class: OrdClass,
    },
}

/// What an ordinal word adds to the words before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OrdClass {
    /// `first` … `ninth`: after tens, `hundred` or a scale.
    Unit,
    /// `tenth` … `nineteenth`, `twentieth` … `ninetieth`: after `hundred` or a scale.
    Tens,
    /// `hundredth`, `thousandth` …: multiplies the words before.
    Scale,
    /// `half`, `quarter`: only as a fraction.
    Part,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    Start,
    Space,
    Dash,
    And,
    /// Two atoms of one token (`twentyfifth`).
    Inside,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct At {
    atom: Atom,
    first: usize,
    last: usize,
    join: Join,
}

const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNIT_ORDS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const TEEN_ORDS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lac", 1e5),
    ("lkh", 1e5),
    ("crore", 1e7),
    ("cr", 1e7),
    ("koti", 1e7),
    ("krore", 1e7),
    ("kr", 1e7),
];
const SCALE_ORDS: &[(&str, f64)] = &[
    ("hundredth", 1e2),
    ("thousandth", 1e3),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// Every number word (lower case) with its atoms.
static WORDS: LazyLock<FastMap<String, Vec<Atom>>> = LazyLock::new(|| {
    let mut m: FastMap<String, Vec<Atom>> = FastMap::default();
    let mut put = |w: String, a: Vec<Atom>| {
        m.insert(w, a);
    };
    for w in ["zero", "naught", "nought", "nil"] {
        put(w.into(), vec![Atom::Zero]);
    }
    for (k, w) in UNITS.iter().enumerate() {
        put((*w).into(), vec![Atom::Unit(k as f64 + 1.0)]);
    }
    for (k, w) in TEENS.iter().enumerate() {
        put((*w).into(), vec![Atom::Teen(k as f64 + 10.0)]);
    }
    for (k, w) in TENS.iter().enumerate() {
        put((*w).into(), vec![Atom::Tens(10.0 * (k as f64 + 2.0))]);
    }
    put("hundred".into(), vec![Atom::Hundred { plural: false }]);
    put("hundreds".into(), vec![Atom::Hundred { plural: true }]);
    for &(w, v) in SCALES {
        put(
            w.into(),
            vec![Atom::Scale {
                value: v,
                plural: false,
            }],
        );
        let plural = Atom::Scale {
            value: v,
            plural: true,
        };
        put(format!("{w}s"), vec![plural]);
    }
    put(
        "lacs".into(),
        vec![Atom::Scale {
            value: 1e5,
            plural: true,
        }],
    );
    put(
        "lkhs".into(),
        vec![Atom::Scale {
            value: 1e5,
            plural: true,
        }],
    );
    for w in ["dozen", "doz", "dz"] {
        put(w.into(), vec![Atom::Dozen { plural: false }]);
        put(format!("{w}s"), vec![Atom::Dozen { plural: true }]);
    }
    put("point".into(), vec![Atom::Point]);
    let ord = |value: f64, plural: bool, class: OrdClass| Atom::Ord {
        value,
        plural,
        class,
    };
    for (k, w) in UNIT_ORDS.iter().enumerate() {
        let v = k as f64 + 1.0;
        put((*w).into(), vec![ord(v, false, OrdClass::Unit)]);
        put(format!("{w}s"), vec![ord(v, true, OrdClass::Unit)]);
        for (t, tens) in TENS.iter().enumerate() {
            let tv = 10.0 * (t as f64 + 2.0);
            put(
                format!("{tens}{w}"),
                vec![Atom::Tens(tv), ord(v, false, OrdClass::Unit)],
            );
            put(
                format!("{tens}{w}s"),
                vec![Atom::Tens(tv), ord(v, true, OrdClass::Unit)],
            );
        }
    }
    put("nineth".into(), vec![ord(9.0, false, OrdClass::Unit)]);
    for (k, w) in TEEN_ORDS.iter().enumerate() {
        let v = k as f64 + 10.0;
        put((*w).into(), vec![ord(v, false, OrdClass::Tens)]);
        put(format!("{w}s"), vec![ord(v, true, OrdClass::Tens)]);
    }
    for (k, w) in TENS_ORDS.iter().enumerate() {
        let v = 10.0 * (k as f64 + 2.0);
        put((*w).into(), vec![ord(v, false, OrdClass::Tens)]);
        put(format!("{w}s"), vec![ord(v, true, OrdClass::Tens)]);
    }
    for &(w, v) in SCALE_ORDS {
        put(w.into(), vec![ord(v, false, OrdClass::Scale)]);
        put(format!("{w}s"), vec![ord(v, true, OrdClass::Scale)]);
    }
    put("half".into(), vec![ord(2.0, false, OrdClass::Part)]);
    put("halves".into(), vec![ord(2.0, true, OrdClass::Part)]);
    put("quarter".into(), vec![ord(4.0, false, OrdClass::Part)]);
    put("quarters".into(), vec![ord(4.0, true, OrdClass::Part)]);
    m
});

/// Words that may start a number or an ordinal (for the pack's quick first look).
pub fn start_words() -> impl Iterator<Item = &'static str> {
    WORDS.keys().map(String::as_str).chain([
        "a", "an", "several", "few", "couple", "pair", "single", "tens", "minus", "negative",
    ])
}

/// The number words, for [`super::lex::NUMBER_WORD`].
pub(super) fn number_words() -> Vec<&'static str> {
    WORDS.keys().map(String::as_str).collect()
}

fn atoms_of(t: &Token<'_>) -> Option<&'static [Atom]> {
    // The tokenizer's look-up says whether the word is in the map.
    if t.kind != TokenKind::Word || t.lex & super::lex::NUMBER_WORD == 0 {
        return None;
    }
    WORDS.get(t.lower.as_ref()).map(Vec::as_slice)
}

/// Whether token `t` is a number or ordinal word (`sixty`, `million`, `fifth`).
pub fn is_number_word(t: &Token<'_>) -> bool {
    atoms_of(t).is_some()
}

fn is_dash(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('-' | '–' | '—'))
}

/// The run of number atoms from token `i`.
fn run(tokens: &[Token<'_>], i: usize) -> Vec<At> {
    let mut out: Vec<At> = Vec::new();
    let mut j = i;
    let mut join = Join::Start;
    while let Some(t) = tokens.get(j) {
        let next_atoms = tokens.get(j + 1).and_then(atoms_of);
        if let Some(atoms) = atoms_of(t) {
            for (k, a) in atoms.iter().enumerate() {
                out.push(At {
                    atom: *a,
                    first: j,
                    last: j,
                    join: if k == 0 { join } else { Join::Inside },
                });
            }
        } else if t.is_word() && matches!(t.lower.as_ref(), "a" | "an") && {
            // `a` before what it can count: `a hundred`, `a dozen`, `a half`, and inside a
            // run after a fraction (`half a dozen`).
            let may_follow = |a: &Atom| {
                matches!(
                    a,
                    Atom::Hundred { plural: false }
                        | Atom::Scale { plural: false, .. }
                        | Atom::Dozen { plural: false }
                        | Atom::Ord { plural: false, .. }
                )
            };
            let ordinal_after = |k: usize| {
                tokens
                    .get(k)
                    .and_then(atoms_of)
                    .is_some_and(|a| matches!(a.last(), Some(Atom::Ord { .. })))
            };
            let tens_ordinal = next_atoms.is_some_and(|n| matches!(n[0], Atom::Tens(_)))
                && (next_atoms.is_some_and(|n| n.len() == 2)
                    || ordinal_after(j + 2)
                    || (tokens.get(j + 2).is_some_and(is_dash) && ordinal_after(j + 3)));
            (next_atoms.is_some_and(|n| may_follow(&n[0])) || tens_ordinal)
                && !tokens[j + 1].glued
                && (out.is_empty()
                    || join == Join::And
                    || matches!(
                        out.last().map(|a| a.atom),
                        Some(Atom::Ord {
                            class: OrdClass::Part,
                            ..
                        })
                    ))
        } {
            out.push(At {
                atom: Atom::A,
                first: j,
                last: j,
                join,
            });
        } else if t.kind == TokenKind::Digits
            && (out.is_empty() || matches!(join, Join::Space | Join::And))
            && let Some(f) = figures::figure_at(tokens, j)
            && !f.ordinal
            && (f.first >= j || out.is_empty())
        {
            out.push(At {
                atom: Atom::Figure {
                    value: f.value,
                    int: f.int,
                },
                first: f.first,
                last: f.last,
                join,
            });
            j = f.last;
            // A spaced scale word after a figure: `10 bln`, `2.33 k`.
            if let Some(s) = figures::spaced_scale(tokens, j + 1) {
                j += 1;
                out.push(At {
                    atom: Atom::Scale {
                        value: s,
                        plural: false,
                    },
                    first: j,
                    last: j,
                    join: Join::Space,
                });
            }
        } else {
            break;
        }
        // The joint to the next atom.
        let n = j + 1;
        let word_after = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                atoms_of(t).is_some()
                    || (t.is_word() && matches!(t.lower.as_ref(), "a" | "an"))
                    || t.kind == TokenKind::Digits
            })
        };
        match tokens.get(n) {
            Some(d) if is_dash(d) && tokens.get(n + 1).is_some_and(|w| atoms_of(w).is_some()) => {
                // `sixty-two`, `fifty - two`: touching on both sides or spaced on both.
                let both = d.glued == tokens[n + 1].glued;
                let words = atoms_of(&tokens[j]).is_some();
                if !both || !words {
                    break;
                }
                join = Join::Dash;
                j = n + 1;
            }
            Some(a) if a.is("and") && word_after(n + 1) => {
                join = Join::And;
                j = n + 1;
            }
            Some(w) if word_after(n) && !w.glued => {
                join = Join::Space;
                j = n;
            }
            _ => break,
        }
        if out.len() > 40 {
            break;
        }
    }
    out
}

/// Mutable state of a cardinal being read.
#[derive(Clone, Copy, Debug)]
struct Card {
    total: f64,
    group: f64,
    /// The atoms since the last `hundred`, scale or `and` (what `dozen` multiplies).
    tail: f64,
    hundred: bool,
    /// The smallest scale taken so far (a later one must be smaller).
    cap: f64,
    last: Atom,
    started: bool,
}

/// Reads `ats` as one cardinal, all of it; `None` when they do not make one.
fn cardinal(ats: &[At]) -> Option<f64> {
    let mut c = Card {
        total: 0.0,
        group: 0.0,
        tail: 0.0,
        hundred: false,
        cap: f64::INFINITY,
        last: Atom::Point,
        started: false,
    };
    let mut k = 0;
    while k < ats.len() {
        let at = ats[k];
        let next = ats.get(k + 1);
        if at.atom == Atom::Point {
            return decimal(&c, &ats[k + 1..]);
        }
        if !step(&mut c, at, next) {
            return None;
        }
        k += 1;
    }
    match c.last {
        Atom::A | Atom::Point => None,
        _ if !c.started => None,
        _ => Some(c.total + c.group),
    }
}

/// Takes one atom into `c`; false when it does not fit.
fn step(c: &mut Card, at: At, next: Option<&At>) -> bool {
    let first = !c.started;
    let after = c.last;
    let join = at.join;
    let after_scale = matches!(after, Atom::Scale { .. });
    let after_hundred = matches!(after, Atom::Hundred { .. });
    match at.atom {
        Atom::A => {
            if !first {
                return false;
            }
            c.group = 1.0;
        }
        Atom::Zero => {
            if !first {
                return false;
            }
            c.group = 0.0;
        }
        Atom::Unit(u) => {
            if first {
                c.group = u;
                c.tail = u;
            } else if matches!(after, Atom::Tens(_)) && c.tail % 10.0 == 0.0 && join != Join::Inside
            {
                c.group += u;
                c.tail += u;
            } else if (after_hundred || after_scale) && matches!(join, Join::Space | Join::And) {
                c.group += u;
                c.tail = u;
            } else {
                return false;
            }
        }
        Atom::Teen(t) | Atom::Tens(t) => {
            let is_tens = matches!(at.atom, Atom::Tens(_));
            if first {
                c.group = t;
                c.tail = t;
            } else if (after_hundred || after_scale) && matches!(join, Join::Space | Join::And) {
                c.group += t;
                c.tail = t;
            } else if is_tens
                && matches!(after, Atom::Unit(_))
                && c.total == 0.0
                && c.group < 10.0
                && join == Join::Space
                && next.is_some_and(|n| {
                    matches!(n.atom, Atom::Unit(_)) && matches!(n.join, Join::Space | Join::Dash)
                })
            {
                // `one twenty two`: 122.
                c.group = c.group * 100.0 + t;
                c.tail = t;
                c.hundred = true;
            } else {
                return false;
            }
        }
        Atom::Hundred { .. } => {
            let fits = matches!(
                after,
                Atom::A | Atom::Unit(_) | Atom::Teen(_) | Atom::Tens(_) | Atom::Figure { .. }
            ) && !c.hundred
                && join != Join::And;
            if !fits || first {
                return false;
            }
            c.group *= 100.0;
            c.hundred = true;
            c.tail = 0.0;
        }
        Atom::Scale { value: s, .. } => {
            if first || join == Join::And {
                return false;
            }
            if c.group != 0.0 && !after_scale {
                if s >= c.cap {
                    return false;
                }
                c.total += c.group * s;
                c.group = 0.0;
                c.cap = s;
            } else if let Atom::Scale { value: prev, .. } = after
                && s > prev
                && c.group == 0.0
            {
                // `three thousand millions`, `three lakh crore`
                c.total *= s;
                c.cap = s.min(c.cap);
            } else {
                return false;
            }
            c.tail = 0.0;
            c.hundred = false;
        }
        Atom::Dozen { .. } => {
            if first || join == Join::And {
                return false;
            }
            match after {
                Atom::A => c.group = 12.0,
                Atom::Hundred { .. } => c.group *= 12.0,
                Atom::Unit(_) | Atom::Teen(_) | Atom::Tens(_) | Atom::Figure { .. } => {
                    c.group = c.group - c.tail + c.tail * 12.0;
                }
                _ => return false,
            }
            c.tail = 0.0;
        }
        Atom::Figure { value, int } => {
            if first || (after_scale && join == Join::Space && int && value < 1000.0) {
                c.group = value;
                c.tail = value;
            } else if after_hundred && join == Join::And && int && value > 0.0 && value < 100.0 {
                c.group += value;
                c.tail = value;
            } else {
                return false;
            }
        }
        Atom::Point | Atom::Ord { .. } => return false,
    }
    c.last = at.atom;
    c.started = true;
    true
}

/// The part after `point`: digits in words or figures, then maybe a scale.
fn decimal(c: &Card, rest: &[At]) -> Option<f64> {
    let int = match c.last {
        _ if !c.started => 0.0,
        Atom::Unit(_) | Atom::Teen(_) | Atom::Tens(_) | Atom::Zero | Atom::Hundred { .. } => {
            c.total + c.group
        }
        Atom::Figure { int: true, .. } => c.total + c.group,
        _ => return None,
    };
    let mut digits = String::new();
    let mut k = 0;
    while let Some(at) = rest.get(k) {
        match at.atom {
            Atom::Zero => digits.push('0'),
            Atom::Unit(u) | Atom::Teen(u) => digits.push_str(&format!("{u}")),
            Atom::Tens(t) => {
                if let Some(Atom::Unit(u)) = rest.get(k + 1).map(|n| n.atom)
                    && matches!(rest[k + 1].join, Join::Dash | Join::Space)
                {
                    digits.push_str(&format!("{}", t + u));
                    k += 1;
                } else {
                    digits.push_str(&format!("{t}"));
                }
            }
            Atom::Figure { value, int: true } if value >= 0.0 => {
                digits.push_str(&format!("{value}"));
            }
            _ => break,
        }
        k += 1;
    }
    if digits.is_empty() {
        return None;
    }
    let mut v: f64 = format!("{int}.{digits}").parse().ok()?;
    match rest.get(k).map(|a| a.atom) {
        None => {}
        Some(Atom::Scale { value, .. }) if k + 1 == rest.len() => v *= value,
        _ => return None,
    }
    Some(v)
}

/// Reads `ats` (ending in an ordinal word) as one ordinal: its value.
fn ordinal_value(ats: &[At]) -> Option<f64> {
    let (last, prefix) = ats.split_last()?;
    let Atom::Ord { value, class, .. } = last.atom else {
        return None;
    };
    if prefix.is_empty() {
        return Some(value);
    }
    let before = prefix.last()?.atom;
    match class {
        OrdClass::Part => None,
        OrdClass::Scale => Some(cardinal(prefix)? * value),
        OrdClass::Unit | OrdClass::Tens => {
            let fits = match before {
                Atom::Tens(_) => {
                    class == OrdClass::Unit
                        && matches!(last.join, Join::Space | Join::Dash | Join::Inside)
                }
                Atom::Hundred { .. } | Atom::Scale { .. } => {
                    matches!(last.join, Join::Space | Join::And)
                }
                _ => false,
            };
            fits.then(|| cardinal(prefix).map(|p| p + value)).flatten()
        }
    }
}

/// Reads `ats` (ending in an ordinal word) as a fraction: numerator, then an ordinal
/// denominator; the shortest numerator that reads wins.
fn fraction(ats: &[At]) -> Option<f64> {
    let Atom::Ord { plural, .. } = ats.last()?.atom else {
        return None;
    };
    for k in 1..ats.len() {
        let (num, den) = ats.split_at(k);
        if den[0].join == Join::And {
            continue;
        }
        // `ninety-five` stays whole.
        if den[0].join == Join::Dash
            && matches!(num[k - 1].atom, Atom::Tens(_))
            && matches!(den[0].atom, Atom::Unit(_))
        {
            continue;
        }
        if num.iter().any(|a| matches!(a.atom, Atom::Figure { .. })) {
            return None;
        }
        let n = if matches!(num, [At { atom: Atom::A, .. }]) {
            1.0
        } else {
            let Some(n) = cardinal(num) else { continue };
            n
        };
        let Some(d) = ordinal_value(den) else {
            continue;
        };
        // `seconds` and `firsts` alone are no denominators (`two seconds`).
        if d < 2.0
            || (d == 2.0
                && !matches!(
                    den,
                    [At {
                        atom: Atom::Ord {
                            class: OrdClass::Part,
                            ..
                        },
                        ..
                    }]
                ))
        {
            continue;
        }
        if !plural && n != 1.0 {
            continue;
        }
        return Some(n / d);
    }
    None
}

/// `N and F`: a number, `and`, then a proper fraction (`one hundred and three quarters`,
/// `3 million and a quarter`).
fn and_fraction(ats: &[At]) -> Option<Frac> {
    for q in (1..ats.len()).rev() {
        if ats[q].join != Join::And {
            continue;
        }
        let Some(whole) = cardinal(&ats[..q]) else {
            continue;
        };
        let Some(part) = fraction(&ats[q..]) else {
            continue;
        };
        if part >= 1.0 {
            continue;
        }
        let whole_scale = match ats[q - 1].atom {
            Atom::Scale { value, .. } => Some(value),
            _ => None,
        };
        return Some(Frac {
            whole,
            whole_scale,
            part,
        });
    }
    None
}

/// The vague quantities: `dozens`, `hundreds`, `thousands`, `tens of thousands`,
/// `several`, `a few`, `several hundred`, `a couple`, `a pair`, `a single`.
fn vague_at(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    let t = &tokens[i];
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_ref())
    };
    let of_after = |k: usize| word(k + 1) == Some("of");
    // The plural scale after a vague word or a vague plural (`of` between).
    let plural_scale = |k: usize| -> Option<(f64, usize)> {
        let s = match word(k)? {
            "hundreds" => 100.0,
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            "trillions" => 1e12,
            _ => return None,
        };
        Some((s, k))
    };
    // (`a few dozen arrests`, `several hundred thousand people`: the scales multiply,
    // as in a cardinal; the last index is returned with the factor.)
    let one_scale = |k: usize| -> Option<f64> {
        Some(match word(k)? {
            "dozen" => 12.0,
            "hundred" => 100.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => return None,
        })
    };
    let singular_scale = |k: usize| -> Option<(f64, usize)> {
        let mut s = one_scale(k)?;
        let mut last = k;
        while let Some(next) = one_scale(last + 1).filter(|&n| n > s) {
            s *= next;
            last += 1;
        }
        Some((s, last))
    };
    let vague = |first: usize, last: usize, low: f64, high: f64| Num {
        first,
        last,
        value: low,
        low,
        high,
        vague: true,
        in_words: true,
        plain_digits: 0,
    };
    let (lo, hi, last) = match t.lower.as_ref() {
        "dozens" => {
            // `dozens` alone counts tens; `dozens of thousands` (rare) dozens of the scale.
            match of_after(i).then(|| plural_scale(i + 2)).flatten() {
                Some((s, k)) => (24.0 * s, 100.0 * s - 1.0, k),
                None => (24.0, 99.0, i),
            }
        }
        "tens" if of_after(i) => {
            let (s, k) = plural_scale(i + 2)?;
            (20.0 * s, 100.0 * s - 1.0, k)
        }
        "hundreds" | "thousands" | "millions" | "billions" => {
            let (s, _) = plural_scale(i)?;
            if of_after(i)
                && let Some((s2, k)) = plural_scale(i + 2)
                && s2 > s
            {
                (2.0 * s * s2, 10.0 * s * s2 - 1.0, k)
            } else {
                (2.0 * s, 10.0 * s - 1.0, i)
            }
        }
        "several" => match singular_scale(i + 1) {
            Some((s, k)) => (3.0 * s, 10.0 * s, k),
            None => (3.0, 10.0, i),
        },
        "a" if word(i + 1) == Some("few") => match singular_scale(i + 2) {
            Some((s, k)) => (3.0 * s, 9.0 * s, k),
            None => (3.0, 9.0, i + 1),
        },
        "few" if tokens.len() == 1 => (3.0, 9.0, i),
        // `single` alone, or before what it counts (`a single airstrike`).
        "single"
            if tokens.len() == i + 1
                || super::units::lookup(tokens, i + 1).is_some_and(|u| !u.plural) =>
        {
            let mut n = vague(i, i, 1.0, 1.0);
            n.vague = false;
            return Some(n);
        }
        "a" if matches!(word(i + 1), Some("couple" | "pair")) => {
            // `a couple dozen`, `a couple hundred`: two of the scale.
            if word(i + 1) == Some("couple")
                && let Some((s, k)) = singular_scale(i + 2)
            {
                let mut n = vague(i, k, 2.0 * s, 2.0 * s);
                n.vague = false;
                return Some(n);
            }
            let last = if of_after(i + 1) && tokens.len() == i + 3 {
                i + 2
            } else {
                i + 1
            };
            let mut n = vague(i, last, 2.0, 2.0);
            n.vague = false;
            return Some(n);
        }
        _ => return None,
    };
    Some(vague(i, last, lo, hi))
}

/// Words that bound a number before it (`about half`, `more than half`).
fn qualifier_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "than"
            | "nearly"
            | "almost"
            | "roughly"
            | "around"
            | "over"
            | "under"
            | "approximately"
            | "some"
            | "least"
            | "just"
            | "only"
    )
}

/// `one` that is no number: a pronoun after a determiner (`the one`, `this one`, `which
/// one`, `no one`) or before `of` (`one of the`), or `one another`.
fn pronoun_one(tokens: &[Token<'_>], i: usize) -> bool {
    let prev = i
        .checked_sub(1)
        .map(|p| tokens[p].lower.as_ref())
        .unwrap_or("");
    let next = tokens.get(i + 1).map(|t| t.lower.as_ref()).unwrap_or("");
    let determiner = matches!(
        prev,
        "the"
            | "this"
            | "that"
            | "which"
            | "no"
            | "any"
            | "every"
            | "each"
            | "another"
            | "some"
            | "little"
            | "only"
            | "lone"
            | "right"
            | "wrong"
            | "first"
            | "next"
            | "new"
            | "old"
            | "big"
            | "good"
            | "other"
            | "such"
    );
    determiner || matches!(next, "of" | "another" | "who" | "which" | "that")
}

/// The number at token `i`, with everything that is part of it.
pub fn parse_at(tokens: &[Token<'_>], i: usize) -> Option<Num> {
    let t = tokens.get(i)?;
    if let Some(n) = vague_at(tokens, i) {
        return Some(n);
    }
    // `minus five`, `negative 1200000`
    let (sign, start) = if t.is_word() && matches!(t.lower.as_ref(), "minus" | "negative") {
        (-1.0, i + 1)
    } else {
        (1.0, i)
    };
    if let Some(f) = figures::vulgar_at(tokens, start) {
        return Some(from_figure(&f, sign, i));
    }
    let ats = run(tokens, start);
    if ats.is_empty() {
        return None;
    }
    if sign < 0.0 && (tokens[start].glued || matches!(ats[0].atom, Atom::A | Atom::Ord { .. })) {
        return None;
    }
    // A figure alone (`2013`, or `2013` before `and 2014`): as the figure reader gives it.
    let figure_alone = |ats: &[At]| -> Option<Num> {
        let f = figures::figure_at(tokens, start)?;
        let mut n = from_figure(&f, sign, i);
        n.first = if sign < 0.0 { i } else { f.first };
        (matches!(ats[0].atom, Atom::Figure { .. })).then_some(n)
    };
    if ats.len() == 1 && matches!(ats[0].atom, Atom::Figure { .. }) {
        return figure_alone(&ats);
    }
    if ats.len() == 1 && ats[0].atom == Atom::Unit(1.0) && pronoun_one(tokens, ats[0].first) {
        return None;
    }
    let (value, used, mut last) = match ats.iter().position(|a| matches!(a.atom, Atom::Ord { .. }))
    {
        Some(p) => match words_with_ordinal(tokens, &ats, p) {
            Reading::Fraction(v, last) => {
                let used = ats.iter().take_while(|a| a.last <= last).count();
                (v, used, last)
            }
            Reading::Ordinal => return None,
            Reading::Before => {
                let (v, used) = longest_cardinal(&ats[..p])?;
                (v, used, ats[used - 1].last)
            }
        },
        None => {
            let (v, used) = longest_cardinal(&ats)?;
            (v, used, ats[used - 1].last)
        }
    };
    if used == 1 && matches!(ats[0].atom, Atom::Figure { .. }) && last == ats[0].last {
        return figure_alone(&ats);
    }
    let last_at = &ats[used - 1];
    // `a couple of`, `a dozen of` at the end of the text.
    if matches!(last_at.atom, Atom::Dozen { .. })
        && tokens.get(last + 1).is_some_and(|t| t.is("of"))
        && tokens.len() == last + 2
    {
        last += 1;
    }
    // A bare `half` is a number only where it says how much: `half of`, `more than half`.
    if used == 1
        && matches!(
            ats[0].atom,
            Atom::Ord {
                class: OrdClass::Part,
                ..
            }
        )
    {
        let prev = i
            .checked_sub(1)
            .map(|p| tokens[p].lower.as_ref())
            .unwrap_or("");
        let next = tokens.get(last + 1);
        let next_word = next.map(|t| t.lower.as_ref()).unwrap_or("");
        // `half of`, `half the`, `about half were`, `half a million` (read above); not
        // `his half sister`, `the first half`, `half-hour`.
        let measures = matches!(
            next_word,
            "of" | "the"
                | "a"
                | "an"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "all"
                | "that"
                | "those"
                | "these"
                | "them"
        ) || next.is_none_or(|t| !t.is_word() && !t.glued)
            || qualifier_word(prev);
        if matches!(
            prev,
            "first"
                | "second"
                | "the"
                | "other"
                | "latter"
                | "a"
                | "an"
                | "in"
                | "his"
                | "her"
                | "my"
                | "their"
                | "our"
                | "your"
                | "its"
        ) || next.is_some_and(|n| n.glued)
            || !measures
        {
            return None;
        }
    }
    // `one` alone (`one thing is clear`, `one issued by Ford`): no quantity unless it is
    // all the text.
    if used == 1 && ats[0].atom == Atom::Unit(1.0) && sign > 0.0 && tokens.len() > 1 {
        let counted = super::units::lookup(tokens, last + 1).is_some();
        let next = tokens.get(last + 1).map_or("", |t| t.lower.as_ref());
        let ratio_or_range = matches!(next, "out" | "in" | "over" | "to" | "or" | "percent" | "%");
        if !counted && !ratio_or_range {
            return None;
        }
    }
    let in_words = ats[..used]
        .iter()
        .any(|a| !matches!(a.atom, Atom::Figure { .. }));
    let v = sign * value;
    Some(Num {
        first: i,
        last,
        value: v,
        low: v,
        high: v,
        vague: false,
        in_words,
        plain_digits: 0,
    })
}

fn from_figure(f: &Figure, sign: f64, i: usize) -> Num {
    let v = sign * f.value;
    Num {
        first: if sign < 0.0 { i } else { f.first },
        last: f.last,
        value: v,
        low: v,
        high: v,
        vague: false,
        in_words: false,
        plain_digits: f.plain_digits,
    }
}

enum Reading {
    /// A fraction (or a number with a fraction): its value and its last token.
    Fraction(f64, usize),
    /// The words up to the ordinal are an ordinal: not a cardinal.
    Ordinal,
    /// Only the words before the ordinal word make a number.
    Before,
}

/// A number with a fraction: the whole part, the scale it ends in, and the fraction.
struct Frac {
    whole: f64,
    whole_scale: Option<f64>,
    part: f64,
}

/// How the atoms up to the first ordinal word `ats[p]` read.
fn words_with_ordinal(tokens: &[Token<'_>], ats: &[At], p: usize) -> Reading {
    let head = &ats[..=p];
    let frac = and_fraction(head)
        .or_else(|| {
            fraction(head).map(|part| Frac {
                whole: 0.0,
                whole_scale: None,
                part,
            })
        })
        .or_else(|| match head {
            // `half`, `quarter` alone (`half million`, `more than half`).
            [
                At {
                    atom:
                        Atom::Ord {
                            value,
                            plural: false,
                            class: OrdClass::Part,
                        },
                    ..
                },
            ] => Some(Frac {
                whole: 0.0,
                whole_scale: None,
                part: 1.0 / value,
            }),
            _ => None,
        });
    // `a seventh-century`, `a third-party`: an ordinal in a compound adjective.
    let compound = tokens
        .get(head[p].last + 1)
        .is_some_and(|t| t.glued && t.is_punct('-'));
    // `a third term`, `a fourth attacker`, `A third is simply a drawing`: `a` and an ordinal
    // word before a word (not `of`, nor a verb in `-ed`: `a third exceeded the limit`)
    // rank or enumerate; the fraction is `a third of`, `by a third`, `a third, or 33%`.
    let ranked = matches!(
        head,
        [
            At { atom: Atom::A, .. },
            At {
                atom: Atom::Ord {
                    plural: false,
                    class: OrdClass::Unit | OrdClass::Tens,
                    ..
                },
                ..
            }
        ]
    ) && tokens.get(head[p].last + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.glued
            && !matches!(
                t.lower.as_ref(),
                "of" | "or"
                    | "and"
                    | "to"
                    | "than"
                    | "more"
                    | "less"
                    | "percent"
                    | "the"
                    | "were"
                    | "are"
                    | "have"
                    | "say"
                    | "said"
                    | "told"
                    | "think"
                    | "live"
            )
            && (!t.lower.ends_with("ed") || t.capitalized())
    }) && !head[0]
        .first
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| {
            // `by a third`, `nearly a third are children`: a share.
            matches!(
                t.lower.as_ref(),
                "by" | "around"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "some"
                    | "only"
                    | "just"
                    | "than"
                    | "over"
                    | "under"
                    | "approximately"
            )
        });
    let frac = if compound || ranked || enumerated(tokens, head) {
        None
    } else {
        frac
    };
    let Some(f) = frac else {
        // A figure and an ordinal word do not make one number (`100 millionths`).
        if head.iter().any(|a| matches!(a.atom, Atom::Figure { .. })) {
            return Reading::Before;
        }
        if ordinal_value(head).is_some() {
            return Reading::Ordinal;
        }
        return Reading::Before;
    };
    // Then a scale: `five and a half million`, `one billion and a half million`, `half a
    // dozen`, `half million`, `two thirds of a million`.
    let mut k = p + 1;
    if ats.get(k).is_some_and(|a| a.atom == Atom::A) {
        k += 1;
    }
    let scale = match ats.get(k).map(|a| (a.atom, a.join)) {
        Some((
            Atom::Scale {
                value,
                plural: false,
            },
            j,
        )) if j != Join::And => Some((value, ats[k].last)),
        Some((Atom::Dozen { plural: false }, j)) if j != Join::And => Some((12.0, ats[k].last)),
        _ => of_a_scale(tokens, head[p].last),
    };
    match (scale, f.whole_scale) {
        (Some((s, last)), Some(_)) => Reading::Fraction(f.whole + f.part * s, last),
        (Some((s, last)), None) => Reading::Fraction((f.whole + f.part) * s, last),
        (None, ws) => Reading::Fraction(f.whole + f.part * ws.unwrap_or(1.0), head[p].last),
    }
}

/// `is a second … is a third`, `two commanders … now led by a third`, `eying a third.`:
/// `a third` (to `a ninth`) that nothing of measure follows (`of`, `more`, `, or 33%`) nor
/// a bound precedes (`nearly a third`) is the next of a series when the sentence named the
/// one before it (`second`, `two`, `another`), or when it closes a clause without `by` or
/// `to` before it (`cut by a third.` is a share).
fn enumerated(tokens: &[Token<'_>], head: &[At]) -> bool {
    let v = match head {
        [
            At { atom: Atom::A, .. },
            At {
                atom:
                    Atom::Ord {
                        value,
                        plural: false,
                        class: OrdClass::Unit,
                    },
                ..
            },
        ] if (3.0..=9.0).contains(value) => *value as usize,
        _ => return false,
    };
    let after = head[1].last + 1;
    let next = tokens.get(after);
    let next_word = next.map_or("", |t| t.lower.as_ref());
    let prev = head[0]
        .first
        .checked_sub(1)
        .map_or("", |k| tokens[k].lower.as_ref());
    let measured = matches!(
        next_word,
        "of" | "more" | "less" | "fewer" | "than" | "percent" | "as"
    ) || (next.is_some_and(|t| t.is_punct(','))
        && tokens.get(after + 1).is_some_and(|t| t.is("or")))
        || next.is_some_and(|t| t.glued && !t.is_punct('.') && !t.is_punct(','));
    if measured || qualifier_word(prev) || matches!(prev, "barely" | "fully" | "exactly") {
        return false;
    }
    let before = &tokens[..head[0].first];
    let cue = before.iter().enumerate().any(|(k, t)| {
        let w = t.lower.as_ref();
        (w == UNIT_ORDS[v - 2] || w == "another" || (w == UNITS[v - 2] && t.is_word()))
            && !before.get(k + 1).is_some_and(|n| {
                (n.glued && n.is_punct('-'))
                    || matches!(
                        n.lower.as_ref(),
                        "hundred" | "thousand" | "million" | "billion" | "dozen" | "percent"
                    )
            })
    });
    let closes = next.is_none_or(|t| {
        matches!(
            t.kind,
            TokenKind::Punct('.' | '!' | '?' | ';' | ':' | '"' | '”' | ')' | ',')
        )
    });
    // (`a fifth` alone is the fraction.)
    cue || (closes
        && (head[0].first > 0 || next.is_some())
        && !matches!(prev, "by" | "to" | "from" | "into"))
}

/// `of a million` after token `j`: the scale and its token.
fn of_a_scale(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    if !tokens.get(j + 1)?.is("of") || !tokens.get(j + 2)?.is("a") {
        return None;
    }
    let s = SCALES
        .iter()
        .find(|(w, _)| tokens.get(j + 3).is_some_and(|t| t.is(w)))?
        .1;
    Some((s, j + 3))
}

/// The longest prefix of `ats` that reads as a cardinal: its value and length. A number
/// after `and` that a following `hundred` or scale cannot join stands on its own (`3
/// hundred and 2 hundred` is two numbers).
fn longest_cardinal(ats: &[At]) -> Option<(f64, usize)> {
    for k in (1..=ats.len()).rev() {
        if let Some(v) = cardinal(&ats[..k]) {
            if k < ats.len()
                && ats[k - 1].join == Join::And
                && matches!(ats[k].atom, Atom::Hundred { .. } | Atom::Scale { .. })
                && let Some(v2) = cardinal(&ats[..k - 1])
            {
                return Some((v2, k - 1));
            }
            return Some((v, k));
        }
    }
    None
}

/// The ordinal at token `i`: `21st`, `third`, `twenty-fifth`, `one hundred twenty fifth`.
/// Not: a plural (`fifths` is a fraction), `second` of `the second to last`, `second` as
/// the unit after a number.
pub fn ordinal_at(tokens: &[Token<'_>], i: usize) -> Option<Ordinal> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Digits {
        let f = figures::figure_at(tokens, i)?;
        return f.ordinal.then_some(Ordinal {
            first: f.first,
            last: f.last,
            value: f.value,
        });
    }
    let ats = run(tokens, i);
    let p = ats
        .iter()
        .position(|a| matches!(a.atom, Atom::Ord { .. }))?;
    let Atom::Ord {
        plural,
        class,
        value: ord,
    } = ats[p].atom
    else {
        return None;
    };
    if plural || class == OrdClass::Part {
        return None;
    }
    let value = ordinal_value(&ats[..=p])?;
    let last = ats[p].last;
    let next = |k: usize| tokens.get(last + k).map(|t| t.lower.as_ref()).unwrap_or("");
    // `the second to last`, `the last but one`
    if (next(1) == "to" && next(2) == "last") || (next(1) == "last" && next(2) == "but") {
        return None;
    }
    // `a second`, `one second` as time (`for a second`): only `second` alone after `a`.
    if p == 0 && ord == 2.0 && i > 0 && matches!(tokens[i - 1].lower.as_ref(), "per" | "every") {
        return None;
    }
    Some(Ordinal {
        first: ats[0].first,
        last,
        value,
    })
}

/// `N out of M`, `N in M`, `N over M` after the number `n`: the ratio, when it reads as
/// one — `out of` with a larger M (`two out of five hundred`), `in` after one (`1 in
/// twenty-one`), `of` out of ten or a hundred after more than one (`Nine of 10`), `over`
/// when nothing counted follows M (`2000 over 3`, not `$2000 over 3 years`).
pub fn ratio_after(tokens: &[Token<'_>], n: &Num) -> Option<Num> {
    if n.vague || n.value == 0.0 {
        return None;
    }
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_ref()).unwrap_or("");
    let (kind, j) = match word(n.last + 1) {
        "out" if word(n.last + 2) == "of" => ("out of", n.last + 3),
        // `1 in 21`, `8 in 10 Americans`, `Two in 5 North Koreans`, `two in three`
        "in" if (n.value == 1.0 && !super::nouns::year_at(tokens, n.last + 2))
            || tokens.get(n.last + 2).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "10" | "ten"
                        | "100"
                        | "hundred"
                        | "3"
                        | "three"
                        | "4"
                        | "four"
                        | "5"
                        | "five"
                        | "6"
                        | "six"
                        | "7"
                        | "seven"
                        | "8"
                        | "eight"
                        | "9"
                        | "nine"
                )
            }) =>
        {
            ("in", n.last + 2)
        }
        // `Nine of 10 were aware`, `7 of 10 French individuals surveyed`: a share out of
        // ten or a hundred (not `one of 10 people killed`, one counted among them).
        "of" if n.value > 1.0
            && n.value.fract() == 0.0
            && tokens
                .get(n.last + 2)
                .is_some_and(|t| matches!(t.lower.as_ref(), "10" | "ten" | "100")) =>
        {
            ("of", n.last + 2)
        }
        "out" | "in" if n.value < 0.0 => return None,
        // `1 of every 150`, `one in every five`: a share of each so many.
        "of" | "in" if word(n.last + 2) == "every" && n.value > 0.0 => ("every", n.last + 3),
        "over" => ("over", n.last + 2),
        _ => return None,
    };
    let t = tokens.get(j)?;
    // (`one in a million`, `one in several hundred`: a vague whole after `in`.)
    let vague_word = kind == "in" && matches!(t.lower.as_ref(), "a" | "several");
    if !(t.kind == TokenKind::Digits || is_number_word(t) || vague_word) {
        return None;
    }
    let mut m = parse_at(tokens, j)?;
    // `one in several hundred`, `1 of every 150 to 300`: a whole told vaguely or as a range
    // makes the share as vague (after `in`, `out of` and `every` only).
    let spread = kind != "of" && kind != "over";
    if m.value <= 0.0 || (m.vague && !spread) {
        return None;
    }
    if spread
        && !m.vague
        && matches!(word(m.last + 1), "to" | "-" | "–")
        && let Some(h) = tokens
            .get(m.last + 2)
            .filter(|t| t.kind == TokenKind::Digits || is_number_word(t))
            .and_then(|_| parse_at(tokens, m.last + 2))
            .filter(|h| !h.vague && h.value > m.value)
    {
        m = Num {
            last: h.last,
            high: h.value,
            vague: true,
            ..m
        };
    }
    let fits = match kind {
        "out of" => m.value > n.value.abs(),
        "in" | "every" => m.value > n.value && n.value > 0.0,
        // (Before a counted noun the part is counted: `7 of 10 French individuals`.)
        "of" => {
            m.value > n.value
                && matches!(m.value, 10.0 | 100.0)
                && super::units::lookup(tokens, m.last + 1).is_none()
        }
        _ => tokens.get(m.last + 1).is_none_or(|t| {
            !t.is_word() || matches!(t.lower.as_ref(), "and" | "or" | "is" | "equals")
        }),
    };
    if !fits {
        return None;
    }
    let v = n.value / m.value;
    let low = if m.vague { n.value / m.high } else { v };
    Some(Num {
        last: m.last,
        value: low,
        low,
        high: v,
        vague: m.vague,
        in_words: n.in_words || m.in_words,
        plain_digits: 0,
        ..n.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;

    fn num(text: &str) -> Option<(String, f64)> {
        let tokens = tokenize(text, 0);
        let n = parse_at(&tokens, 0)?;
        let n = ratio_after(&tokens, &n).unwrap_or(n);
        Some((
            text[tokens[n.first].start..tokens[n.last].end].to_string(),
            n.value,
        ))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn cardinals() {
        let cases: &[(&str, &str, f64)] = &[
            ("sixty-two countries", "sixty-two", 62.0),
            ("fifty - two", "fifty - two", 52.0),
            (
                "twenty-one thousand Eleven",
                "twenty-one thousand Eleven",
                21011.0,
            ),
            (
                "seven hundred twenty-one thousand and twelve",
                "seven hundred twenty-one thousand and twelve",
                721_012.0,
            ),
            (
                "thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
                "thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            (
                "three crore twelve lakh fifty-six thousand seven hundred twenty-one",
                "three crore twelve lakh fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            ("a thousand", "a thousand", 1000.0),
            ("a dozen eggs", "a dozen", 12.0),
            ("two dozen", "two dozen", 24.0),
            ("200 dozens", "200 dozens", 2400.0),
            ("two hundred dozens", "two hundred dozens", 2400.0),
            (
                "three hundred and two dozens",
                "three hundred and two dozens",
                324.0,
            ),
            ("three thousand millions", "three thousand millions", 3e9),
            ("three lakh crore", "three lakh crore", 3e12),
            ("one twenty two", "one twenty two", 122.0),
            ("nineteen hundred", "nineteen hundred", 1900.0),
            ("1.5 million", "1.5 million", 1.5e6),
            (
                "4 thousand 3 hundred and 21",
                "4 thousand 3 hundred and 21",
                4321.0,
            ),
            ("3 hundred and 2 hundred", "3 hundred", 300.0),
            ("4 thousand 3 hundred and 0", "4 thousand 3 hundred", 4300.0),
            ("two point two million", "two point two million", 2.2e6),
            (
                "two hundred point zero three",
                "two hundred point zero three",
                200.03,
            ),
            (
                "two hundred point seventy-one",
                "two hundred point seventy-one",
                200.71,
            ),
            ("point 77", "point 77", 0.77),
            ("1 point 1", "1 point 1", 1.1),
            ("minus five point five", "minus five point five", -5.5),
            (
                "negative five hundred and four",
                "negative five hundred and four",
                -504.0,
            ),
            ("10 bln", "10 bln", 1e10),
            (
                "twenty-one trillion and three hundred",
                "twenty-one trillion and three hundred",
                21e12 + 300.0,
            ),
            (
                "two  thousand  and  two hundred",
                "two  thousand  and  two hundred",
                2200.0,
            ),
        ];
        for (text, span, value) in cases {
            let (s, v) = num(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(s, *span, "{text}");
            assert!(close(v, *value), "{text}: {v}");
        }
    }

    #[test]
    fn fractions() {
        let cases: &[(&str, f64)] = &[
            ("two thirds", 2.0 / 3.0),
            ("a half", 0.5),
            ("three quarters", 0.75),
            ("a fifth", 0.2),
            ("one twenty-fifth", 0.04),
            ("a twenty-first", 1.0 / 21.0),
            ("three twenty firsts", 3.0 / 21.0),
            ("twenty fifths", 4.0),
            ("twenty one fifths", 4.2),
            ("twenty twenty fifths", 0.8),
            ("twenty-three fifths", 4.6),
            ("one hundred thirty fifths", 100.0 / 35.0),
            ("one hundred and thirty fifths", 26.0),
            ("one hundred thirty-two fifths", 26.4),
            ("one one hundred fifth", 1.0 / 105.0),
            ("one hundred one thousand fifths", 100.0 / 1005.0),
            ("ninety - five hundred fifths", 1900.0),
            (
                "one million two thousand two hundred three fifths",
                1_002_203.0 / 5.0,
            ),
            ("a hundred thousand trillionths", 1e-7),
            ("a trillionth", 1e-12),
            ("one and a half", 1.5),
            ("one hundred and three quarters", 100.75),
            ("one hundred and three and two thirds", 103.0 + 2.0 / 3.0),
            ("twenty and three fifths", 20.6),
            ("two and fifty-four hundredths", 2.54),
            ("two hundred and fifty-four hundredths", 200.54),
            ("one million and a half", 1.5e6),
            ("five billion and three quarters", 5.75e9),
            ("five and a half million", 5.5e6),
            ("one billion and a half million", 1.0005e9),
            ("one billion and three quarters million", 1.00075e9),
            ("half million", 5e5),
            ("half a dozen", 6.0),
        ];
        for (text, value) in cases {
            let (s, v) = num(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(s, *text, "{text}");
            assert!(close(v, *value), "{text}: {v} != {value}");
        }
    }

    #[test]
    fn ratios() {
        for (text, value) in [
            ("one out of three", 1.0 / 3.0),
            ("1 in twenty-one", 1.0 / 21.0),
            ("2000 over 3", 2000.0 / 3.0),
            ("two out of five hundred", 0.004),
            ("Nine of 10", 0.9),
            ("7 of 10", 0.7),
        ] {
            let (s, v) = num(text).unwrap();
            assert_eq!(s, text);
            assert!(close(v, value), "{text}: {v}");
        }
        assert_eq!(num("12 out of 10").unwrap().1, 12.0);
        assert_eq!(num("8 in 5").unwrap().1, 8.0);
        assert_eq!(num("two of 12").unwrap().1, 2.0);
        assert_eq!(num("three of five").unwrap().1, 3.0);
    }

    #[test]
    fn vague_quantities() {
        for (text, span, low, high) in [
            ("thousands of foreign fighters", "thousands", 2000.0, 9999.0),
            (
                "tens of thousands of people",
                "tens of thousands",
                20_000.0,
                99_999.0,
            ),
            (
                "hundreds of thousands",
                "hundreds of thousands",
                200_000.0,
                999_999.0,
            ),
            ("dozens of ministers", "dozens", 24.0, 99.0),
            ("several hundred", "several hundred", 300.0, 1000.0),
            ("a few days", "a few", 3.0, 9.0),
        ] {
            let tokens = tokenize(text, 0);
            let n = parse_at(&tokens, 0).unwrap();
            assert_eq!(&text[tokens[n.first].start..tokens[n.last].end], span);
            assert_eq!((n.low, n.high, n.vague), (low, high, true), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in ["an", "a", "one of them", "hundred", "first", "fifth"] {
            assert_eq!(num(text), None, "{text}");
        }
        let tokens = tokenize("The one you mentioned", 0);
        assert_eq!(parse_at(&tokens, 1), None);
    }

    #[test]
    fn ordinals() {
        let cases: &[(&str, Option<f64>)] = &[
            ("first", Some(1.0)),
            ("21st", Some(21.0)),
            ("twenty-fifth", Some(25.0)),
            ("twenty—fifth", Some(25.0)),
            ("twentyfifth", Some(25.0)),
            ("one hundred twenty fifth", Some(125.0)),
            ("two hundredth", Some(200.0)),
            ("a hundred trillionth", Some(1e14)),
            ("three trillionth", Some(3e12)),
            (
                "twenty-one trillion and three hundred twenty second",
                Some(21e12 + 322.0),
            ),
            ("Nineth", Some(9.0)),
            ("fifths", None),
            ("second to last", None),
        ];
        for (text, want) in cases {
            let tokens = tokenize(text, 0);
            assert_eq!(ordinal_at(&tokens, 0).map(|o| o.value), *want, "{text}");
        }
    }
}
