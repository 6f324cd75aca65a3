//! Numbers and ordinals that claim nothing: names, identifiers, rate bases, clock times and
//! idioms (ar78, from hand judges of Arabic claims and a random audit of numbers and
//! ordinals). Every look is a fixed few tokens either side of the number:
//! - a version after a product's transliterated name is part of the name, whatever its size
//!   (`أوفيس 365`, `ويندوز 10`), when nothing is counted after it ([`product_version`]);
//! - a definite ordinal right after an indefinite noun of a business or a club (`لشركة
//!   الحادي عشر`, `شركة الأول المالية`) names it: an indefinite noun takes no definite
//!   adjective, so the ordinal is the second half of a name ([`company_ordinal`]);
//! - `الأول`/`الأولى` after a noun of a fixed term for the top post or the foremost one
//!   (`الكرسي الأول`, `المسؤول الأول عن`, `الرعيل الأول`, `اللبنة الأولى`, `المربع الأول`)
//!   ranks nothing, as `الصف الأول` does not ([`top_post`]);
//! - a whole number in quotes right after a noun of a place, a committee, an index or a
//!   company (`المراكز الانتخابية " 1046 "`, `تحت مؤشر "566"`) identifies it
//!   ([`quoted_id`]);
//! - the number after `في كل`, `من كل`, `مقابل كل` when a count stands a few words before it
//!   in the same clause (`أربع حالات في كل 1000 ولادة`, `7 حالات مقابل كل 10 حالات
//!   زواج`) is a rate's base, not a count, as after `لكل` ([`rate_base`]);
//! - a number right after `الساعة` (`الساعة 6 صباحا`, `الساعة (8) من صباح`, `الساعة 6:
//!   42`) is a clock time ([`clock_time`]);
//! - a P.O. box's number and the post code after it (`ص.ب 80204 جدة 21589`)
//!   ([`post_code`]);
//! - a number word before `بن` is a name (`المعلم صفر بن حباب`) ([`name_before_son`]);
//! - `في ستين ألف داهية` (go to hell), an idiom ([`idiom`]).

use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind, punct, word};
use super::{Ctx, PRODUCT_KEYS, currency_sign, nothing_counted, numbers, ordinals, units};

/// A whole number in digits at token `k` (not a percent).
fn whole(tokens: &[Token<'_>], k: usize) -> Option<f64> {
    match tokens.get(k)?.kind {
        TokenKind::Number {
            percent: false,
            value,
        } if value.fract() == 0.0 => Some(value),
        _ => None,
    }
}

/// Nothing counted from token `k` on: no unit, no currency, or only a noun with a
/// preposition or the article (`365 للشركات`, `" 1046 " بمدرسة`), which a number before it
/// never counts.
pub(super) fn free_after(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    nothing_counted(ctx, k)
        || currency_sign(ctx.tokens, k).is_none()
            && units::lookup(ctx.keys_from(k)).is_some_and(|u| u.proclitic || u.definite)
}

/// A number or ordinal at token `i` that claims nothing (see the module's doc), and the
/// token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if tokens.get(i)?.number().is_some() {
        product_version(ctx, i)
            .or_else(|| quoted_id(ctx, i))
            .or_else(|| clock_time(ctx, i))
            .or_else(|| post_code(tokens, i))
            .or_else(|| rate_base(tokens, i))
    } else {
        company_ordinal(tokens, i)
            .or_else(|| top_post(tokens, i))
            .or_else(|| rate_base(tokens, i))
            .or_else(|| name_before_son(tokens, i))
            .or_else(|| idiom(ctx, i))
    }
}

/// Transliterated product names (stems' keys) whose number is a version of any size, on
/// top of [`PRODUCT_KEYS`] (whose numbers are read as versions below 100 elsewhere).
const VERSIONED: &[&str] = &["اوفيس", "اكسبيريا", "اكسبريا", "لوميا"];

/// `أوفيس 365`, `ويندوز 2000`: a version number of any size after a product's name (not
/// after `فيفا` or `فورمولا`, which are bodies and races too: `للفيفا 209 اتحادات`).
fn product_version(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let value = whole(tokens, i)?;
    let p = word(tokens, i.checked_sub(1)?)?;
    let named = p.stems().any(|(_, s)| {
        VERSIONED.contains(&s) || PRODUCT_KEYS.contains(&s) && !matches!(s, "فيفا" | "فورمولا")
    });
    (named
        && value < 10000.0
        && !punct(tokens, i + 1, &['%', '٪'])
        && free_after(ctx, i + 1)
        && !tokens.get(i + 1).is_some_and(numbers::is_multiplier))
    .then_some(i + 1)
}

/// Indefinite nouns (stems' keys, with no article) of a business, a club or a venue whose
/// name may be a definite ordinal (`شركة الحادي عشر`).
const NAMED_BY_ORDINAL: &[&str] = &[
    "شركه",
    "مجموعه",
    "نادي",
    "فندق",
    "مطعم",
    "مؤسسه",
    "موسسه",
    "مصرف",
    "بنك",
];

/// `لشركة الحادي عشر`, `شركة الأول المالية`: a definite ordinal right after an indefinite
/// noun of a business is the rest of its name.
fn company_ordinal(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    // (The ordinal's article first: the cheapest test, and most tokens fail it.)
    let definite = tokens.get(i)?.key.starts_with("ال");
    if !definite {
        return None;
    }
    let p = word(tokens, i.checked_sub(1)?)?;
    let indefinite = p.stems().any(|(pre, s)| {
        NAMED_BY_ORDINAL.contains(&s) && matches!(pre, "" | "و" | "ل" | "ب" | "ف" | "ول" | "وب")
    });
    if !indefinite {
        return None;
    }
    let o = ordinals::parse_at(tokens, i)?;
    (o.first == i && !o.cardinal).then_some(o.last + 1)
}

/// Nouns (keys with the article, after any proclitic) of a fixed term with «first» for the
/// top post or the foremost one: `الكرسي الأول` (the top post), `المسؤول الأول عن`
/// (the one answerable), `الرعيل الأول` (the pioneers), `اللبنة الأولى` (the first
/// building block), `المربع الأول` (square one), `المرجع الأول` (the main reference).
const TOP_POST: &[&str] = &[
    "الكرسي",
    "المسوول",
    "المسيول",
    "المسؤول",
    "المسئول",
    "الرعيل",
    "اللبنه",
    "المربع",
    "المرجع",
];

/// `الكرسي الأول`, `المسؤول الأول عن`: «first» in a fixed term ranks nothing.
fn top_post(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !matches!(key(tokens, i), "الاول" | "الاولي") {
        return None;
    }
    let p = word(tokens, i.checked_sub(1)?)?;
    let term = p.stems().any(|(pre, s)| {
        matches!(pre, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب" | "فل")
            && TOP_POST.contains(&s)
    }) || p.stems().any(|(pre, s)| {
        pre.ends_with("لل") && TOP_POST.iter().any(|t| t.strip_prefix("ال") == Some(s))
    });
    term.then_some(i + 1)
}

/// Nouns (stems' keys) whose number in quotes right after them is an identifier: a
/// polling centre, a committee, a constituency, a hall, a building, an index, a company.
const QUOTED_ID_HEADS: &[&str] = &[
    "مركز",
    "مراكز",
    "لجنه",
    "لجان",
    "رقم",
    "دايره",
    "دائره",
    "قاعه",
    "مبني",
    "مؤشر",
    "موشر",
    "شركه",
];

/// Adjectives that may stand between such a noun and its quoted number (keys).
const QUOTED_ID_FILLERS: &[&str] = &[
    "الانتخابي",
    "الانتخابيه",
    "الانتخابيين",
    "المدرجه",
    "المدرج",
    "الفرعيه",
    "الفرعي",
];

/// `المراكز الانتخابية " 1046 " بمدرسة`, `تحت مؤشر "566"`: a whole number in quotes
/// right after a noun of a place, a committee, an index or a company (an adjective may
/// stand between), with nothing counted after the quotes; and the next of a list (`…
/// بمدرسة الملك و" 1047" بمدرسة …`), after `و`, with such an identifier a few words before.
fn quoted_id(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let h = quoted_head(ctx, i)?;
    if word(tokens, h).is_some_and(|w| w.stems().any(|(_, s)| QUOTED_ID_HEADS.contains(&s))) {
        return Some(i + 2);
    }
    // (The list: `و" 1047"` with `" 1046 "` after its head at most ten tokens before.)
    let listed = key(tokens, h) == "و"
        && (h.saturating_sub(10)..h).any(|j| {
            quoted_head(ctx, j).is_some_and(|g| {
                word(tokens, g)
                    .is_some_and(|w| w.stems().any(|(_, s)| QUOTED_ID_HEADS.contains(&s)))
            })
        });
    listed.then_some(i + 2)
}

/// A whole number at `i` between quotes with nothing counted after them: the token before
/// the opening quote (over one adjective of [`QUOTED_ID_FILLERS`]).
fn quoted_head(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    const OPEN: &[char] = &['"', '“', '”', '«', '»', '\''];
    const CLOSE: &[char] = &['"', '“', '”', '»', '«', '\'', '″'];
    let tokens = ctx.tokens;
    whole(tokens, i)?;
    let open = i.checked_sub(1)?;
    if !punct(tokens, open, OPEN) || !punct(tokens, i + 1, CLOSE) || !free_after(ctx, i + 2) {
        return None;
    }
    let mut h = open.checked_sub(1)?;
    if QUOTED_ID_FILLERS.contains(&key(tokens, h)) {
        h = h.checked_sub(1)?;
    }
    Some(h)
}

/// Keys of time nouns: after `في كل` they make a recurrence (`مرة في كل 4 سنوات`), which
/// the duration readers keep.
fn time_noun(t: &Token<'_>) -> bool {
    t.stems().any(|(_, s)| {
        matches!(
            s,
            "سنه"
                | "سنوات"
                | "سنين"
                | "عام"
                | "عاما"
                | "اعوام"
                | "شهر"
                | "شهرا"
                | "اشهر"
                | "شهور"
                | "اسبوع"
                | "اسابيع"
                | "يوم"
                | "يوما"
                | "ايام"
                | "ساعه"
                | "ساعات"
                | "دقيقه"
                | "دقايق"
                | "دقائق"
                | "ثانيه"
                | "ثوان"
                | "ثواني"
        )
    })
}

/// `أربع حالات في كل 1000 ولادة`, `7 حالات مقابل كل 10 حالات زواج`, `واحد من كل عشرة
/// أشخاص`: the number after `في كل`, `مقابل كل` or `من كل` is the base of a rate when a
/// count (a number, or `واحد`) stands at most six words before `كل`, with no clause mark
/// between. The token after the base number.
fn rate_base(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let kull = i.checked_sub(1)?;
    if key(tokens, kull) != "كل" {
        return None;
    }
    let before = kull.checked_sub(1)?;
    if !matches!(
        key(tokens, before),
        "في" | "فى" | "وفي" | "مقابل" | "ومقابل" | "من" | "بين"
    ) {
        return None;
    }
    let n = numbers::parse_at(tokens, i)?;
    if n.first != i || n.percent {
        return None;
    }
    // (`مرة في كل 4 سنوات`: a recurrence.)
    if tokens.get(n.last + 1).is_some_and(time_noun) {
        return None;
    }
    let mut counted = false;
    for k in (before.saturating_sub(6)..before).rev() {
        let t = &tokens[k];
        if matches!(
            t.kind,
            TokenKind::Punct('.' | '،' | ',' | '؛' | ';' | ':' | '!' | '؟')
        ) {
            break;
        }
        if t.number().is_some()
            || numbers::is_number_word(t)
            || t.stems().any(|(_, s)| s.starts_with("واحد"))
        {
            counted = true;
            break;
        }
    }
    counted.then_some(n.last + 1)
}

/// `الساعة 6 صباحا`, `الساعة (8) من صباح`, `الساعة 6: 42`, `الساعة ١٦:١٦`: a number right
/// after `الساعة` is a clock time (with its minutes after a colon), not a quantity.
fn clock_time(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let value = tokens.get(i)?.number()?;
    if !(0.0..60.0).contains(&value) {
        return None;
    }
    let mut p = i.checked_sub(1)?;
    let bracket = punct(tokens, p, &['(']);
    if bracket {
        p = p.checked_sub(1)?;
    }
    if !word(tokens, p).is_some_and(|t| t.stems().any(|(_, s)| s == "الساعه")) {
        return None;
    }
    let mut next = i + 1;
    // (`تأخير الساعة 30 دقيقة`: the clock moved by a duration.)
    if tokens.get(next).is_some_and(time_noun) {
        return None;
    }
    if bracket {
        if !punct(tokens, next, &[')']) {
            return None;
        }
        next += 1;
    }
    // (`الساعة 09:28:54`, written close, is read as a time elsewhere; `الساعة 6: 42`, spaced,
    // is not.)
    if punct(tokens, next, &[':']) && tokens.get(next + 1).and_then(Token::number).is_some() {
        if tokens[next].start == tokens[next - 1].end && tokens[next].end == tokens[next + 1].start
        {
            return None;
        }
        next += 2;
    }
    // (`أجر الساعة 12 دولارا`: an hour's pay.)
    nothing_counted(ctx, next).then_some(next)
}

/// Whether the tokens right before `k` (over a colon) are a P.O. box's mark: `ص.ب`, `ص ب`,
/// `ص. ب`, `صب`, `صندوق بريد`.
fn after_box_mark(tokens: &[Token<'_>], k: usize) -> bool {
    let Some(mut b) = k.checked_sub(1) else {
        return false;
    };
    if punct(tokens, b, &[':']) {
        let Some(p) = b.checked_sub(1) else {
            return false;
        };
        b = p;
    }
    match key(tokens, b) {
        "صب" => true,
        "بريد" => b.checked_sub(1).is_some_and(|p| key(tokens, p) == "صندوق"),
        // (`ص. ب`: the sentence may be cut after `ص.`, so `ب` starts it.)
        // (Not `بـ6493`, the preposition with a tatweel.)
        "ب" if b == 0 => tokens[b].text == "ب",
        "ب" => {
            let p = b.checked_sub(1);
            let p = p
                .filter(|&p| !punct(tokens, p, &['.']))
                .or(p.and_then(|p| p.checked_sub(1)));
            p.is_some_and(|p| key(tokens, p) == "ص")
        }
        _ => false,
    }
}

/// A post code: five digits.
fn five_digits(tokens: &[Token<'_>], k: usize) -> bool {
    whole(tokens, k).is_some()
        && tokens.get(k).is_some_and(|t| {
            t.text.chars().filter(char::is_ascii_digit).count() == 5
                || t.text.chars().filter(|c| ('٠'..='٩').contains(c)).count() == 5
        })
}

/// `ص.ب 80204 جدة 21589`, `ص ب 218 المدينة المنورة 41411`: a P.O. box's number, and the
/// five-digit post code a few words (the city) after it; the token after both.
fn post_code(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    whole(tokens, i)?;
    if after_box_mark(tokens, i) {
        // The city and its post code after the box.
        let mut k = i + 1;
        while k < i + 4 && word(tokens, k).is_some() {
            k += 1;
        }
        return Some(if k > i + 1 && five_digits(tokens, k) {
            k + 1
        } else {
            i + 1
        });
    }
    if !five_digits(tokens, i) {
        return None;
    }
    // Back over up to three words (the city) to the box's number.
    let mut k = i.checked_sub(1)?;
    let mut words = 0;
    while words < 3 && word(tokens, k).is_some() {
        k = k.checked_sub(1)?;
        words += 1;
    }
    (words > 0 && whole(tokens, k).is_some() && after_box_mark(tokens, k)).then_some(i + 1)
}

/// `المعلم صفر بن حباب`: a number word right before `بن` is a man's name.
fn name_before_son(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = word(tokens, i)?;
    if !numbers::is_number_word(t) || !matches!(key(tokens, i + 1), "بن" | "ابن") {
        return None;
    }
    // (A word before it: the name is not the sentence's first word.)
    word(tokens, i.checked_sub(1)?)?;
    Some(i + 1)
}

/// `في ستين ألف داهية`, `ستين ألف ألف داهية`: «go to hell», an idiom with any number.
fn idiom(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    // (The number the readers before asked for at `i`, remembered: not parsed again.)
    let tokens = ctx.tokens;
    let n = ctx.number_at(i)?;
    if n.first != i {
        return None;
    }
    let mut k = n.last + 1;
    while k < n.last + 4 && matches!(key(tokens, k), "الف" | "مليون") {
        k += 1;
    }
    (key(tokens, k) == "داهيه").then_some(k + 1)
}
