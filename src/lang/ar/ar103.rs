//! Errors of the judged Arabic samples 71–74 (ar103): ranges, years, names, minutes, baht
//! and a trailing «about»; all in [`retune`], over a sentence's claims.
//!
//! - [`bare_range`]: `بأسعار تتراوح بين 150 300 ريال للكيلو`, `تداول السهم بين 16.45 ريالا
//!   16.70`: two amounts after `بين`/`ما بين` with no `و` (or `إلى`, a dash) between them are
//!   one range, low to high, in the unit of either (`150..300` riyals), not a bare number
//!   and an amount. (`بأسعار 150 300 ريال`, with no `بين`, stays two claims.)
//! - [`dotted_years`]: `خلال الفترة من 2009 إلى .2011`, `ما بين 2004 و.2006`: a stray dot
//!   before the closing year does not split the span: one period `2009/2011`, as `من 2009
//!   إلى 2011` is read. (`في 2013 و.2014`, with no `من`/`بين`, stays two years.)
//! - [`year_after`]: `بدأ الحفر في القناة بدءا من 1859`, `حتى مطلع 2017 على الاقل`, `حتى
//!   تصل إلى 2016`: four digits from 1800 to 2030 with nothing counted after them, after
//!   `بدءا من`/`ابتداء من`/`اعتبارا من`, `منذ`, `حتى`, or a part of a year (`مطلع`,
//!   `أواخر`, `منتصف` …), are that year, a date, not a bare number.
//! - [`name_pair`]: `بوينغ 777 و 787`, `إيرباص 330 و320`, `ويندوز 7 و 8`: a number after `و`
//!   right after a product's or an aircraft's model number names a model too (the first one
//!   is no claim already); `طائرات الاف-16`, `آلاف - 16`: `F-16` read as «thousands» and 16,
//!   no claims ([`f16`]). (`أبولو 11`, `ويندوز فون 8.1`, `البوينج 777`: the name lists of
//!   the model numbers in [`super`] take `أبولو`, `فون`, `البوينج`.)
//! - [`minute`]: `سكنت المقص الأيمن لمرمى فريق العاصمة الإيطالية (66)`, `بهدف سجله عوض
//!   خريص (30)`, `حمد العبدان (87،11)`: a bare whole number from 1 to 120 in brackets, after
//!   a word, in a sentence that reports a goal or a shot (`هدف`, `سجل`, `مرمى`, `تسديدة` …),
//!   is the match log's marker of the minute of play, no claim (as the judged samples have
//!   it; `في الدقيقة 66`, written out, stays an ordinal). (`استشهاد (15) وإصابة (33)`, `ضبط
//!   (3) من أعضاء`, with no goal in the sentence or a noun after, stay.)
//! - [`baht`]: `نحو 40 مليار بات`: `بات` after a number with its multiple is the Thai baht,
//!   money (`thb`); after a bare number it is the verb «became» (`خليجي 23 بات مهددا`,
//!   `من كل ثلاثة بات يعاني`): nothing counted, no claim.
//! - [`trailing_approx`]: `بعد شهر ونصف تقريباً`, `منذ عام ونصف تقريباً`: `تقريبا`,
//!   `بالتقريب` or `على وجه التقريب` right after an exact count, amount or duration makes it
//!   approximate (the ±10% of `نحو`).
//!
//! Elsewhere: `لا يشك اثنان`, `لا ينتطح فيها اثنان` join `لا يختلف اثنان` in
//! [`ar83`](super::ar83)'s idiom; `عشرات القتلى والجرحى`, `آلاف القتلى والمصابين` count the
//! casualties in [`ar90`](super::ar90)'s pair; `رنمينبي` (yuan), `نايرا` (naira) and
//! `يوروهات` are money in the unit table.

use super::ar79::last_token;
use super::ar93::token_of;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use super::{Ctx, Kind, Qualifier, Recognized, Value};

fn is_punct(tokens: &[Token<'_>], j: usize, cs: &[char]) -> bool {
    matches!(tokens.get(j).map(|t| &t.kind), Some(TokenKind::Punct(c)) if cs.contains(c))
}

fn number_of(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Text(_) => None,
    }
}

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, from: usize) {
    let tokens = ctx.tokens;
    // (Whether the sentence reports a goal is asked only of a bracketed minute: a scan of
    // every token of every sentence cost a tenth of the extraction.)
    let mut k = from;
    while k < out.len() {
        let Some(a) = token_of(tokens, out[k].byte_start) else {
            k += 1;
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        if k > from && (bare_range(ctx, out, k, a) || dotted_years(tokens, out, k, a)) {
            continue;
        }
        if name_pair(tokens, &out[k], a, z) {
            out.remove(k);
            continue;
        }
        if f16(tokens, &out[k], z) {
            // The `16` after it goes too.
            let after = tokens.get(z + 2).map(|t| t.start);
            out.remove(k);
            if let Some(j) = out[k..].iter().position(|c| Some(c.byte_start) == after) {
                out.remove(k + j);
            }
            continue;
        }
        if minute(tokens, &out[k], a, z) && match_report(tokens) {
            out.remove(k);
            continue;
        }
        year_after(tokens, &mut out[k], a, z);
        if baht(tokens, &mut out[k], a, z) {
            out.remove(k);
            continue;
        }
        trailing_approx(ctx, &mut out[k], z);
        k += 1;
    }
}

/// `بين 150 300 ريال`, `بين 16.45 ريالا 16.70`: claim `k` (token `a`) right after claim
/// `k - 1`, both exact amounts or numbers, the first after `بين`, become one range (at
/// `k - 1`); true when merged.
fn bare_range(ctx: &Ctx<'_, '_>, out: &mut Vec<Recognized>, k: usize, a: usize) -> bool {
    let tokens = ctx.tokens;
    let amount = |c: &Recognized| {
        matches!(c.kind, Kind::Number | Kind::Money | Kind::Count)
            && c.qualifier == Qualifier::Exact
    };
    let (lo_c, hi_c) = (&out[k - 1], &out[k]);
    if !amount(lo_c) || !amount(hi_c) {
        return false;
    }
    // One of the two has a unit, and they do not disagree.
    if lo_c.unit.is_some() && hi_c.unit.is_some() && lo_c.unit != hi_c.unit
        || lo_c.unit.is_none() && hi_c.unit.is_none()
    {
        return false;
    }
    let (Some(lo), Some(hi)) = (number_of(&lo_c.value), number_of(&hi_c.value)) else {
        return false;
    };
    if lo >= hi {
        return false;
    }
    // Both start on a number in digits.
    if !matches!(tokens[a].kind, TokenKind::Number { percent: false, .. })
        || tokens[a].start != hi_c.byte_start
    {
        return false;
    }
    let Some(p) = token_of(tokens, lo_c.byte_start) else {
        return false;
    };
    if !matches!(tokens[p].kind, TokenKind::Number { percent: false, .. })
        || tokens[p].start != lo_c.byte_start
    {
        return false;
    }
    // Nothing between them: the first claim ends on the token before the second.
    let pz = last_token(tokens, p, lo_c.byte_end);
    if pz + 1 != a || tokens[pz].end != lo_c.byte_end {
        return false;
    }
    if p == 0 || !matches!(key(tokens, p - 1), "بين" | "وبين") {
        return false;
    }
    let o = p - 1;
    let start = if o > 0 && key(tokens, o - 1) == "ما" {
        tokens[o - 1].start
    } else if key(tokens, o) == "وبين" {
        tokens[o].offset_after_key_chars(1)
    } else {
        tokens[o].start
    };
    let second = out.remove(k);
    let c = &mut out[k - 1];
    if c.unit.is_none() {
        c.kind = second.kind;
        c.unit = second.unit;
        c.unit_text = second.unit_text;
    } else if second.kind == Kind::Money {
        c.kind = Kind::Money;
    }
    c.byte_start = start;
    c.byte_end = c.byte_end.max(second.byte_end);
    c.value = Value::Number(lo);
    c.low = Some(Value::Number(lo));
    c.high = Some(Value::Number(hi));
    c.qualifier = Qualifier::Range;
    true
}

/// The year (four digits) of a date claim that is a bare year.
fn year_of(c: &Recognized) -> Option<i32> {
    match (&c.kind, &c.value) {
        (Kind::Date, Value::Text(s)) if s.len() == 4 => s.parse().ok(),
        _ => None,
    }
}

/// `من 2009 إلى .2011`, `ما بين 2004 و.2006`: claim `k`, a year after a stray `.` after
/// `إلى`/`حتى` (or `و`), and claim `k - 1`, a year after `من`/`منذ` (or `بين`), become one
/// span of years (at `k - 1`); true when merged.
fn dotted_years(tokens: &[Token<'_>], out: &mut Vec<Recognized>, k: usize, a: usize) -> bool {
    let (Some(lo), Some(hi)) = (year_of(&out[k - 1]), year_of(&out[k])) else {
        return false;
    };
    if !(1..=150).contains(&(hi - lo)) || a < 3 || !is_punct(tokens, a - 1, &['.']) {
        return false;
    }
    let link = a - 2;
    let and = match key(tokens, link) {
        "الي" | "والي" | "حتي" | "وحتي" => false,
        "و" => true,
        _ => return false,
    };
    let Some(p) = token_of(tokens, out[k - 1].byte_start) else {
        return false;
    };
    if last_token(tokens, p, out[k - 1].byte_end) + 1 != link || p == 0 {
        return false;
    }
    let mut o = p - 1;
    if matches!(key(tokens, o), "عام" | "عامي") && o > 0 {
        o -= 1;
    }
    let opener = key(tokens, o);
    let fits = if and {
        matches!(opener, "بين" | "وبين")
    } else {
        matches!(opener, "من" | "ومن" | "منذ" | "ومنذ")
    };
    if !fits {
        return false;
    }
    let start = if and && o > 0 && key(tokens, o - 1) == "ما" {
        tokens[o - 1].start
    } else {
        tokens[o].offset_after_key_chars(usize::from(opener.starts_with('و')))
    };
    let end = out.remove(k);
    let c = &mut out[k - 1];
    c.byte_start = start;
    c.byte_end = end.byte_end;
    c.value = Value::Text(format!("{lo:04}-01-01/{hi:04}-12-31"));
    c.low = Some(Value::Text(format!("{lo:04}-01-01")));
    c.high = Some(Value::Text(format!("{hi:04}-12-31")));
    c.qualifier = Qualifier::Exact;
    true
}

/// Words for a part of a year before it: `مطلع 2017`, `أواخر 1990`.
const YEAR_PARTS: &[&str] = &["مطلع", "بدايه", "اوايل", "اواخر", "منتصف", "نهايه", "اوسط"];

/// `بدءا من 1859`, `حتى مطلع 2017 على الاقل`, `حتى تصل إلى 2016`: a bare number claim whose
/// number, four digits from 1800 to 2030, follows a word of a starting or closing time, is
/// that year.
fn year_after(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) {
    if c.kind != Kind::Number || c.unit.is_some() {
        return;
    }
    let Some(n) = (a..=z).find(|&j| tokens[j].number().is_some()) else {
        return;
    };
    let t = &tokens[n];
    let Some(v) = t.number() else {
        return;
    };
    if t.text.chars().count() != 4
        || !t.text.chars().all(|ch| ch.is_ascii_digit())
        || !(1800.0..=2030.0).contains(&v)
        || n == 0
    {
        return;
    }
    // Nothing counted: the number is the claim's only word but a trailing qualifier.
    let before = key(tokens, n - 1);
    let since = matches!(before, "منذ" | "ومنذ" | "حتي" | "وحتي")
        || YEAR_PARTS.contains(&before)
            && matches!(
                key(tokens, n.wrapping_sub(2)),
                "حتي" | "وحتي" | "منذ" | "في" | "الي"
            )
        || matches!(before, "من")
            && matches!(
                key(tokens, n.wrapping_sub(2)),
                "بدءا"
                    | "ابتداء"
                    | "ابتداءا"
                    | "اعتبارا"
                    | "وابتداء"
                    | "واعتبارا"
                    | "وبدءا"
            )
        || matches!(before, "الي" | "الى")
            && n >= 3
            && matches!(key(tokens, n - 3), "حتي" | "وحتي")
            && matches!(key(tokens, n - 2), "تصل" | "يصل" | "نصل");
    if !since {
        return;
    }
    let y = v as i32;
    c.kind = Kind::Date;
    c.byte_start = t.start;
    c.byte_end = t.end;
    c.value = Value::Text(format!("{y:04}"));
    c.low = Some(Value::Text(format!("{y:04}-01-01")));
    c.high = Some(Value::Text(format!("{y:04}-12-31")));
    c.qualifier = Qualifier::Exact;
    c.unit = None;
    c.unit_text = None;
}

/// Names (keys) whose number is a model or a version, for [`name_pair`].
const MODEL_NAMES: &[&str] = &[
    "ويندوز",
    "وويندوز",
    "بوينغ",
    "بوينج",
    "البوينج",
    "البوينغ",
    "ايرباص",
    "الايرباص",
    "امبراير",
    "ايفون",
    "جالاكسي",
    "غالاكسي",
];

/// `بوينغ 777 و 787`, `ويندوز 7 و8.1`: a bare number after `و` (apart or glued) right
/// after a model's number right after its name.
fn name_pair(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Number || c.unit.is_some() || a != z {
        return false;
    }
    let t = &tokens[a];
    if !matches!(t.kind, TokenKind::Number { percent: false, .. }) || t.start != c.byte_start {
        return false;
    }
    // `و` apart (`و 787`) or glued (`و320`: the token holds it).
    let n = if key(tokens, a.wrapping_sub(1)) == "و" {
        a.wrapping_sub(2)
    } else if t.text.starts_with('و') {
        a.wrapping_sub(1)
    } else {
        return false;
    };
    if n == usize::MAX || n == 0 || tokens.get(n).and_then(Token::number).is_none() {
        return false;
    }
    MODEL_NAMES.contains(&key(tokens, n - 1))
}

/// `الاف-16`, `آلاف - 16`: the vague «thousands» claim at token `z` before a dash and a
/// two-digit number is the F-16.
fn f16(tokens: &[Token<'_>], c: &Recognized, z: usize) -> bool {
    c.kind == Kind::Number
        && c.qualifier == Qualifier::Vague
        && matches!(key(tokens, z), "الاف" | "آلاف")
        && is_punct(tokens, z + 1, &['-', '–'])
        // (`16` glued to the dash is no number token: `F-16`.)
        && tokens
            .get(z + 2)
            .is_some_and(|t| matches!(t.text, "15" | "16" | "35"))
}

/// Keys of the words of a goal or a shot that mark a match report.
const SCORING: &[&str] = &[
    "هدف",
    "بهدف",
    "هدفا",
    "هدفه",
    "الهدف",
    "الاهداف",
    "هدفي",
    "هدفان",
    "سجلها",
    "سجلهما",
    "احرز",
    "احرزه",
    "احرزها",
    "هدفين",
    "بهدفين",
    "اهداف",
    "باهداف",
    "التسجيل",
    "سجل",
    "وسجل",
    "سجله",
    "مرمي",
    "لمرمي",
    "المرمي",
    "مرماه",
    "الشباك",
    "تسديده",
    "بتسديده",
    "راسيه",
    "التعادل",
];

fn match_report(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && SCORING.contains(&t.key.as_str()))
}

/// Verbal nouns of casualties (keys): a bracketed number after one counts people.
const CASUALTY: &[&str] = &[
    "استشهاد",
    "اصابه",
    "واصابه",
    "مقتل",
    "وفاه",
    "ضبط",
    "القبض",
    "اعتقال",
];

/// `لمرمى فريق العاصمة الإيطالية (66)`, `حمد العبدان (87،11)`: a bare whole number from 1
/// to 120 in brackets (alone or in a list of such), after a word, in a match report, is the
/// minute of play, a marker of the match log, no claim.
fn minute(tokens: &[Token<'_>], c: &Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Number || c.unit.is_some() || a != z || c.qualifier != Qualifier::Exact {
        return false;
    }
    let t = &tokens[a];
    let Some(v) = t.number() else {
        return false;
    };
    if !t
        .text
        .chars()
        .all(|ch| ch.is_ascii_digit() || ('٠'..='٩').contains(&ch))
        || !(1.0..=120.0).contains(&v)
        || t.start != c.byte_start
    {
        return false;
    }
    let listed = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.number().is_some_and(|v| (1.0..=120.0).contains(&v))
                || matches!(t.kind, TokenKind::Punct('،' | ','))
        })
    };
    let mut open = a;
    while open > 0 && listed(open - 1) {
        open -= 1;
    }
    let Some(open) = open.checked_sub(1) else {
        return false;
    };
    let mut close = a + 1;
    while listed(close) {
        close += 1;
    }
    // (ar131: also between guillemets or quotes, either way round: `أحمد عطيف»19»`,
    // `القميزي « 71 «`, `برأسية رائعة «60»`.)
    const QUOTES: &[char] = &['«', '»', '"', '“', '”'];
    let bracketed = is_punct(tokens, open, &['(']) && is_punct(tokens, close, &[')']);
    let quoted = is_punct(tokens, open, QUOTES) && is_punct(tokens, close, QUOTES);
    if !(bracketed || quoted) || open == 0 {
        return false;
    }
    let before = &tokens[open - 1];
    // (`بين «109» و«110.1» نقطة`: a quoted figure after a preposition is an amount.)
    if quoted
        && matches!(
            before.key.as_str(),
            "بين"
                | "من"
                | "الي"
                | "حتي"
                | "في"
                | "عند"
                | "نحو"
                | "حوالي"
                | "بلغ"
                | "بلغت"
                | "قدره"
        )
    {
        return false;
    }
    if before.kind != TokenKind::Word || CASUALTY.contains(&before.key.as_str()) {
        return false;
    }
    // (`(3) من أعضاء`, `(20) عشرون ألف ريال`: a noun after it is counted.)
    !tokens.get(close + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && matches!(n.key.as_str(), "من" | "منهم") || n.number().is_some()
    })
}

/// Multiples (keys) that make `بات` after them the baht.
const MULTIPLES: &[&str] = &[
    "الف",
    "الاف",
    "مليون",
    "ملايين",
    "مليار",
    "مليارات",
    "ترليون",
    "تريليون",
];

/// `نحو 40 مليار بات`: the baht after a multiple. After a bare number `بات` is the verb
/// «became» (`خليجي 23 بات مهددا`, `طفلا من كل ثلاثة بات يعاني`): nothing is counted, no
/// claim (true: drop it).
fn baht(tokens: &[Token<'_>], c: &mut Recognized, a: usize, z: usize) -> bool {
    if c.kind != Kind::Count || c.unit.as_deref() != Some("بات") {
        return false;
    }
    if z == a || !MULTIPLES.contains(&key(tokens, z - 1)) {
        return true;
    }
    c.kind = Kind::Money;
    c.unit = Some("thb".to_string());
    false
}

/// `شهر ونصف تقريباً`: a trailing `تقريبا`, `بالتقريب`, `على وجه التقريب` after an exact
/// count, amount or duration makes it approximate.
fn trailing_approx(ctx: &Ctx<'_, '_>, c: &mut Recognized, z: usize) {
    let tokens = ctx.tokens;
    if !matches!(c.kind, Kind::Count | Kind::Money | Kind::Duration)
        || c.qualifier != Qualifier::Exact
        || tokens[z].end != c.byte_end
    {
        return;
    }
    let end = match key(tokens, z + 1) {
        "تقريبا" | "بالتقريب" => z + 1,
        "علي" if key(tokens, z + 2) == "وجه" && key(tokens, z + 3) == "التقريب" => {
            z + 3
        }
        _ => return,
    };
    let bounds = match &c.value {
        Value::Number(v) => {
            let (lo, hi) = super::approx_bounds(*v, *v);
            (Value::Number(lo), Value::Number(hi))
        }
        Value::Text(s) => {
            let Some((v, d)) = duration_parts(s) else {
                return;
            };
            let (lo, hi) = super::approx_bounds(v, v);
            (
                Value::Text(super::iso_duration(lo, d)),
                Value::Text(super::iso_duration(hi, d)),
            )
        }
    };
    c.low = Some(bounds.0);
    c.high = Some(bounds.1);
    c.qualifier = Qualifier::Approx;
    c.byte_end = tokens[end].end;
}

/// `P1.5M` → (1.5, 'M'), `PT48H` → (48, 'h'): a duration's number and designator, as
/// [`super::iso_duration`] takes them.
fn duration_parts(s: &str) -> Option<(f64, char)> {
    let rest = s.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let d = rest.chars().last()?;
    let v: f64 = rest[..rest.len() - d.len_utf8()].parse().ok()?;
    let d = if time { d.to_ascii_lowercase() } else { d };
    Some((v, d))
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        range_no_and: "من منتجات العسل بأسعار تتراوح بين 150 300 ريال للكيلو"
            => ["بين 150 300 ريال|money|150|150..300|range|riyal"];
        range_no_and_share: "ظل نطاق سعر السهم في خمس جلسات بين 16.45 ريالا 16.70، فيما"
            => ["خمس جلسات|count|5|5..5|exact|session", "بين 16.45 ريالا 16.70|money|16.45|16.45..16.7|range|riyal"];
        no_between_stays: "يعرض العسل بأسعار 150 300 ريال للكيلو"
            => ["150|number|150|150..150|exact|", "300 ريال|money|300|300..300|exact|riyal"];
        dotted_year_span: "ثم أصبح رئيسا للوزراء خلال الفترة من 2009 إلى .2011"
            => ["من 2009 إلى .2011|date|2009-01-01/2011-12-31|2009-01-01..2011-12-31|exact|"];
        dotted_year_between: "سبق له تدريب المنتخب في الفترة ما بين 2004 و.2006 وفقا للالمانية."
            => ["ما بين 2004 و.2006|date|2004-01-01/2006-12-31|2004-01-01..2006-12-31|exact|"];
        dotted_two_years_stay: "بعد الهزيمة امام بوروسيا دورتموند في 2013 و.2014"
            => ["2013|date|2013|2013-01-01..2013-12-31|exact|", "2014|date|2014|2014-01-01..2014-12-31|exact|"];
        weekday_range: "فيما تنطلق عملية التسجيل في يوم الأحد 30 أغسطس 2015 إلى يوم الخميس 27 سبتمبر 2015"
            => ["يوم الأحد 30 أغسطس 2015 إلى يوم الخميس 27 سبتمبر 2015|date|2015-08-30/2015-09-27|2015-08-30..2015-09-27|exact|"];
        year_from: "وبالفعل بدأ الحفر في القناة بدءا من 1859 بسواعد مصرية"
            => ["1859|date|1859|1859-01-01..1859-12-31|exact|"];
        year_until_early: "ستستخدم مقاتلات تورنادو في شن الضربات حتى مطلع 2017 على الاقل."
            => ["2017|date|2017|2017-01-01..2017-12-31|exact|"];
        number_from_stays: "ارتفع المؤشر من 1859 نقطة"
            => ["1859 نقطة|count|1859|1859..1859|exact|point"];
        apollo: "خلال أول هبوط للإنسان أجرته مركبة أبولو 11 على القمر"
            => ["أول|ordinal|1|1..1|exact|"];
        boeing_pair: "معظم طائرات بوينغ 777 و 787 لها درج سري" => [];
        airbus_pair: "خمسين طائرة حديثة من طراز إيرباص 330 و320، فيما"
            => ["خمسين طائرة|count|50|50..50|exact|aircraft"];
        windows_phone: "لمستخدمي أنظمة تشغيل ويندوز 7 وويندوز 8.1 وويندوز فون 8.1 ." => [];
        f16: "وشاركت طائرات الرافال وطائرات الاف-16 في العرض" => [];
        pair_after_number_stays: "اشترى 12 سيارة و 7 شاحنات"
            => ["12 سيارة|count|12|12..12|exact|vehicle", "7 شاحنات|count|7|7..7|exact|شاحنات"];
        minute_66: "بتسديدة صاروخية سكنت المقص الأيمن لمرمى فريق العاصمة الإيطالية (66)."
            => [];
        minutes_listed: "سجل للخليج فهد السويلم ( 40 ) وعبدالله السالم ( 85 ) بينما"
            => [];
        casualties_bracket_stay: "ونتج عنه استشهاد (15) وإصابة (33) من رجال الأمن"
            => ["15|number|15|15..15|exact|", "33|number|33|33..33|exact|"];
        baht: "بيع الأرز في المزاد مقابل نحو 40 مليار بات"
            => ["نحو 40 مليار بات|money|40000000000|36000000000..44000000000|approx|thb"];
        became: "إن طفلا من كل ثلاثة بات يعاني من نقص التغذية" => [];
        became_after_name: "وإن مصير استضاف الكويت لخليجي 23 بات مهددا" => [];
        renminbi: "أن يتجاوز 5.5 تريليون رنمينبي هذا العام"
            => ["يتجاوز 5.5 تريليون رنمينبي|money|5500000000000|5500000000000..|more_than|cny", "هذا العام|date|2014|2014-01-01..2014-12-31|exact|"];
        approx_after: "تصرف الرواتب بعد شهر ونصف تقريباً للعاملين"
            => ["شهر ونصف تقريباً|duration|P1.5M|P1.35M..P1.65M|approx|month"];
        exact_without_stays: "تصرف الرواتب بعد شهر ونصف للعاملين"
            => ["شهر ونصف|duration|P1.5M|P1.5M..P1.5M|exact|month"];
        doubt_idiom: "لايشك اثنان بأن هناك جهوداً جبارة تبذل" => [];
        killed_and_wounded_vague: "وخلفت تلك المواجهات عشرات القتلى والجرحى بينهم مدنيون."
            => ["عشرات القتلى والجرحى|count|20|20..99|vague|person"];
        killed_alone_stays: "وخلفت تلك المواجهات عشرات القتلى بينهم مدنيون."
            => ["عشرات القتلى|count|20|20..99|vague|killed"];
        killed_then_wounded_stays: "ارتفع عدد الشهداء الى 15 شهيداً والمصابين الى 40 شخصا"
            => ["15 شهيداً|count|15|15..15|exact|killed", "40 شخصا|count|40|40..40|exact|person"];
    }
}
