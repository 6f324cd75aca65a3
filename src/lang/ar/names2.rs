//! More numbers and ordinals that name things or sit in idioms, and count or rank nothing
//! (after [`super::labels`]):
//! - a short code to text and the carrier it belongs to (`636250 موبايلي`, `738303 زين`,
//!   `بالرمز 188 مسافة ثم الرسالة`, `إرسال الرمز D99 إلى 959`);
//! - a street or avenue named by its number (`الجادة 42 الكبرى`, `وشارع عشرين`);
//! - the group `خمسة زائد واحد` (P5+1) and `النصف زائد واحد`;
//! - «one» in idioms where nothing is counted: `دفعة واحدة` (at once), `مرة واحدة في
//!   العمر` (once in a lifetime), `ولو مرة واحدة`, `بصوت واحد`, `كفريق واحد`, `على قلب
//!   رجل واحد`, `وقفة رجل واحد`;
//! - an ordinal in a name ([`ordinal_in_name`]): a TV channel (`القناة العاشرة`), an avenue
//!   (`الجادة الخامسة`), a ring road (`الطريق الدائري الثاني`), a school (`المتوسطة
//!   السابعة`), the Third World, 4G (`شبكات الجيل الرابع`), and a name after the word for a
//!   bazaar, a campaign, a programme whose ordinal agrees with the name's noun, not with
//!   the head (`بازار الخطوة الأولى`).

use super::Ctx;
use super::numbers;
use super::tokens::{Token, TokenKind, word};

/// A number or a word of «one» at token `i` that names or sits in an idiom, and the token
/// after what it is part of.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let t = ctx.tokens.get(i)?;
    match t.kind {
        TokenKind::Number { percent: false, .. } => short_code(ctx, i)
            .or_else(|| street_number(ctx, i))
            .or_else(|| plus_group(ctx, i))
            .or_else(|| clock_time(ctx.tokens, i))
            .or_else(|| calibre(ctx, i)),
        TokenKind::Word => one_idiom(ctx.tokens, i)
            .or_else(|| verb_tasa(ctx.tokens, i))
            .or_else(|| plus_group(ctx, i))
            .or_else(|| street_number(ctx, i)),
        _ => None,
    }
}

/// Whether the word at token `k` has a stem (after any proclitic and the article) in `set`.
fn stem_in(tokens: &[Token<'_>], k: usize, set: &[&str]) -> bool {
    word(tokens, k).is_some_and(|w| {
        super::speed31::may_end_in(&w.key, set) && w.stems().any(|(_, s)| set.contains(&s))
    })
}

/// Whether nothing is counted after the number at token `i` (ending at token `last`): no
/// unit of the lexicon, no currency, no noun outside the lexicon (`500 مستفيد`).
fn free_after(ctx: &Ctx<'_, '_>, i: usize) -> bool {
    ctx.number_at(i).is_some_and(|n| {
        super::nothing_counted(ctx, n.last + 1)
            && super::unknown_noun(ctx.tokens, &n, n.last + 1).is_none()
    })
}

/// Carriers (keys, with or without the article) a short code is given for.
const CARRIERS: &[&str] = &[
    "موبايلي",
    "زين",
    "اتصالات",
    "الاتصالات",
    "stc",
    "فيرجن",
    "ليبارا",
];

/// Words (keys) of texting before a short code: send, a message, a code.
const TEXTING: &[&str] = &[
    "ارسل",
    "ارسلوا",
    "ارسال",
    "بارسال",
    "وارسال",
    "يرسل",
    "ترسل",
    "رساله",
    "برساله",
    "الرساله",
    "نصيه",
    "الرمز",
    "رمز",
    "الكود",
    "sms",
];

/// Keys of «code» right before a short code's prefix (`بالرمز 188 مسافة`).
const CODE_WORDS: &[&str] = &["الرمز", "بالرمز", "رمز", "برمز", "الكود", "بالكود", "كود"];

/// `636250 موبايلي`, `738303 زين`: a whole number of three to six digits before a
/// carrier's name; `تبدأ بالرمز 188 مسافة ثم الرسالة`: a code's prefix and the space
/// after it; `أرسل "19" إلى 959`, `إرسال الرمز D99 إلى 959`: the number a text is sent to
/// (a word of texting within eight tokens before `إلى`, nothing counted after it).
fn short_code(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let t = &tokens[i];
    let digits = t.text.chars().count();
    if !t.text.chars().all(char::is_numeric) || !(3..=6).contains(&digits) {
        return None;
    }
    let key_in = |k: usize, set: &[&str]| {
        tokens.get(k).is_some_and(|n| {
            matches!(n.kind, TokenKind::Word | TokenKind::Latin)
                && set.contains(&n.key.to_lowercase().as_str())
        })
    };
    if key_in(i + 1, CARRIERS) {
        return Some(i + 2);
    }
    let p = i.checked_sub(1)?;
    if key_in(p, CODE_WORDS) {
        let space = word(tokens, i + 1).is_some_and(|n| n.key == "مسافه");
        return Some(if space { i + 2 } else { i + 1 });
    }
    let year_like = digits == 4 && t.number().is_some_and(|v| (1300.0..=2100.0).contains(&v));
    if !year_like
        && word(tokens, p).is_some_and(|w| matches!(w.key.as_str(), "الي" | "علي"))
        && (p.saturating_sub(8)..p).any(|k| key_in(k, TEXTING))
        && free_after(ctx, i)
    {
        return Some(i + 1);
    }
    None
}

/// `الجادة 42 الكبرى`, `والشارع 64`, `وشارع عشرين`: a street or an avenue named by its
/// number (below 1000), nothing counted after it.
fn street_number(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    let p = i.checked_sub(1)?;
    if !stem_in(tokens, p, &["جاده", "شارع"]) {
        return None;
    }
    let n = ctx.number_at(i)?;
    if n.vague || n.percent || n.value >= 1000.0 || n.value.fract() != 0.0 {
        return None;
    }
    // A word without a proclitic, ten or more (`شارع عشرين`; `شارع واحد` counts).
    let t = &tokens[i];
    if t.kind == TokenKind::Word && (n.value < 10.0 || t.key.starts_with(['و', 'ب', 'ل', 'ف']))
    {
        return None;
    }
    let after = n.last + 1;
    (free_after(ctx, i) && tokens.get(after).is_none_or(|a| !numbers::is_multiplier(a)))
        .then_some(after)
}

/// `خمسة زائد واحد`, `(خمس زائد واحد)`, `الخمسة زائد واحد`, `النصف زائد واحد`, `(زائد
/// اثنين)`: the group of powers (P5+1) or a majority, not a count; both numbers.
fn plus_group(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    // (The number at `i` through `ctx`, which remembers it for the readers after.)
    let tokens = ctx.tokens;
    let plus = |k: usize| word(tokens, k).is_some_and(|w| w.key == "زايد");
    let t = &tokens[i];
    let is_num = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.number().is_some() || numbers::is_number_word(n))
    };
    if !is_num(i) {
        return None;
    }
    if i > 0 && plus(i - 1) {
        return Some(ctx.number_at(i).map_or(i + 1, |n| n.last + 1));
    }
    if t.kind == TokenKind::Word {
        let n = ctx.number_at(i)?;
        if plus(n.last + 1) && is_num(n.last + 2) {
            return Some(n.last + 1);
        }
    }
    None
}

/// Nouns (keys with `ك`) of «as one …»: `كفريق واحد`, `كأسرة واحدة`, `كجسد واحد`.
const AS_ONE: &[&str] = &[
    "كفريق",
    "كوحده",
    "كاسره",
    "كجسد",
    "كرجل",
    "كعايله",
    "ككتله",
    "كيد",
    "كصف",
    "كبنيان",
];

/// `واحد`/`واحدة` at token `i` in an idiom where nothing is counted, and the token after it:
/// `دفعة واحدة` (at once), `مرة واحدة` in a lifetime (`بالعمر`, `في العمر` within three
/// words), after `لو`/`ولو` (even once) or `ليس`/`ليست` (not once), `بصوت واحد`, `وصوت
/// واحد`, `كفريق واحد`, `على قلب رجل واحد`, `وقفة رجل واحد`.
fn one_idiom(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = word(tokens, i)?;
    if !matches!(t.key.as_str(), "واحد" | "واحده") {
        return None;
    }
    let p = i.checked_sub(1)?;
    let prev = word(tokens, p)?;
    let key = prev.key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let before = |k: usize| p.checked_sub(k).and_then(|q| word(tokens, q));
    let idiom = match bare {
        "دفعه" => true,
        // (`بفارق صوت واحد` counts a vote.)
        "بصوت" | "صوت" => key != "صوت",
        "رجل" => {
            before(1).is_some_and(|w| w.key.ends_with("قلب") || w.stems().any(|(_, s)| s == "وقفه"))
        }
        "مره" => {
            let life = |w: &Token<'_>| {
                matches!(
                    w.key.as_str(),
                    "العمر" | "بالعمر" | "عمر" | "بعمر" | "الحياه" | "بالحياه"
                )
            };
            (p.saturating_sub(3)..p).any(|k| word(tokens, k).is_some_and(life))
                || (i + 1..tokens.len().min(i + 4)).any(|k| word(tokens, k).is_some_and(life))
                || before(1).is_some_and(|w| {
                    matches!(w.key.as_str(), "لو" | "ولو" | "ليس" | "ليست" | "ليسوا")
                }) && !per_period(tokens, i + 1)
        }
        _ => AS_ONE.contains(&key),
    };
    idiom.then_some(i + 1)
}

/// Whether `في السنة`, `في الشهر`, `كل عام` … starts at token `k`: a frequency (`ولو مرة
/// واحدة في السنة` counts).
fn per_period(tokens: &[Token<'_>], k: usize) -> bool {
    word(tokens, k).is_some_and(|w| matches!(w.key.as_str(), "في" | "كل"))
        && stem_in(
            tokens,
            k + 1,
            &["سنه", "عام", "شهر", "اسبوع", "يوم", "سنوات", "اعوام"],
        )
}

/// `المدرجات التي تسع لقرابة 19 ألف مشجع`, `طراز Phenom 300 تسع 8 ركاب`, `لم تسع في أي
/// وقت لحرب`: the verb «holds» or «sought», not «nine»: after `لم`, `لا`, `التي`, `الذي`,
/// or before a number, `ل` + a word, `في`, `إلى`, `إلا` (`تسع من أهم عشر جامعات` is nine).
fn verb_tasa(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = word(tokens, i)?;
    if t.key != "تسع" {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|p| word(tokens, p));
    let after_particle =
        prev.is_some_and(|w| matches!(w.key.as_str(), "لم" | "لا" | "التي" | "الذي" | "ما"));
    let next = tokens.get(i + 1);
    let before_object = next.is_some_and(|n| {
        n.number().is_some()
            || n.kind == TokenKind::Word
                && (matches!(n.key.as_str(), "في" | "الي" | "الا" | "لا")
                    || n.key.starts_with('ل') && n.key.chars().count() > 3)
    });
    (after_particle || before_object).then_some(i + 1)
}

/// `(12.30) صباحاً`, `الساعة 12,50 بالتوقيت المحلي (10,50 تغ)`: a time of day written as
/// a decimal (hours below 24, two digits of minutes), before a time of day or a zone.
fn clock_time(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let (h, m) = t.text.split_once(['.', ',', ':'])?;
    if !(1..=2).contains(&h.chars().count())
        || m.chars().count() != 2
        || !h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        || h.parse::<u32>().ok()? > 23
        || m.parse::<u32>().ok()? > 59
    {
        return None;
    }
    let mut k = i + 1;
    if tokens
        .get(k)
        .is_some_and(|n| matches!(n.kind, TokenKind::Punct(')')))
    {
        k += 1;
    }
    word(tokens, k)
        .is_some_and(|w| {
            matches!(
                w.key.as_str(),
                "صباحا"
                    | "مساء"
                    | "مساءا"
                    | "ظهرا"
                    | "عصرا"
                    | "فجرا"
                    | "ليلا"
                    | "بالتوقيت"
                    | "بتوقيت"
                    | "تغ"
                    | "غرينتش"
                    | "جرينتش"
            )
        })
        .then_some(i + 1)
}

/// `مدفع هاون عيار 120`, `مضاد طيران عيار (23)`, `عيار 18 و12 و24`: a calibre or a
/// gold's karat names a kind, nothing counted after it (`عيار 152 ملم` measures); and the
/// others of a list after it.
fn calibre(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !tokens[i].text.chars().all(char::is_numeric) || !free_after(ctx, i) {
        return None;
    }
    let mut k = i;
    for _ in 0..6 {
        k = k.checked_sub(1)?;
        let t = &tokens[k];
        match t.kind {
            TokenKind::Word if matches!(t.key.as_str(), "عيار" | "وعيار" | "بعيار") =>
            {
                return Some(i + 1);
            }
            TokenKind::Word if t.key == "و" => {}
            TokenKind::Number { .. } if t.text.chars().all(char::is_numeric) => {}
            TokenKind::Punct('(' | '،' | ',') => {}
            _ => return None,
        }
    }
    None
}

/// Heads (stem keys) that a name follows: a bazaar, an exhibition, an initiative, a
/// campaign, a programme, a festival, a forum, a contest.
const NAME_HEADS: &[&str] = &[
    "بازار",
    "معرض",
    "مبادره",
    "حمله",
    "برنامج",
    "مهرجان",
    "ملتقي",
    "مسابقه",
    "مشروع",
];

/// Words (keys) near `القناة` + ordinal that make it a canal (`حفر القناة الأولى`).
const CANAL_CUES: &[&str] = &["حفر", "وحفر", "شق", "السويس", "الملاحه", "ازدواج", "الجديده"];

/// Nouns (stem keys) before `الجيل` that make it a telecoms standard (`شبكات الجيل الرابع`).
const TELECOM: &[&str] = &[
    "شبكه",
    "شبكات",
    "تقنيه",
    "تقنيات",
    "تكنولوجيا",
    "خدمه",
    "خدمات",
    "هواتف",
    "هاتف",
    "اتصالات",
    "انترنت",
    "رخصه",
    "رخص",
    "ترددات",
];

/// Whether the ordinal `o` (its first token `i`, value `value`) is part of a name: see the
/// module doc. The ordinal is definite.
pub(super) fn ordinal_in_name(tokens: &[Token<'_>], i: usize, last: usize, value: u32) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let definite = |k: usize| {
        word(tokens, k).is_some_and(|w| {
            w.stems()
                .any(|(pre, _)| pre.ends_with("ال") || pre.ends_with("لل"))
        })
    };
    let Some(prev) = word(tokens, p) else {
        return false;
    };
    if !definite(i) {
        return false;
    }
    let prev_stem = |set: &[&str]| {
        prev.stems().any(|(pre, s)| {
            set.contains(&s) && (pre.ends_with("ال") || pre.ends_with("لل") || pre.is_empty())
        })
    };
    // `القناة العاشرة`, `للقناة الثانية`: a TV channel, unless a canal is dug.
    if prev_stem(&["قناه"]) && definite(p) {
        let near = |k: usize| word(tokens, k).is_some_and(|w| CANAL_CUES.contains(&w.key.as_str()));
        let canal =
            (p.saturating_sub(6)..p).any(near) || (last + 1..tokens.len().min(last + 4)).any(near);
        return !canal;
    }
    // `الجادة الخامسة`: Fifth Avenue; `الطريق الدائري الثاني`: a ring road.
    if prev_stem(&["جاده", "دايري"]) && definite(p) {
        return true;
    }
    // `المتوسطة السابعة`, `الثانوية الثانية`, `الابتدائية الأولى`: a school.
    if definite(p) && prev_stem(&["متوسطه", "ثانويه", "ابتداييه"]) {
        return true;
    }
    // `العالم الثالث`, `دول العالم الأول`: the Third and the First World.
    // (Not `الأحدث في العالم والأولى من طرازها`: the ordinal right after, no `و`.)
    if matches!(value, 1 | 3)
        && definite(p)
        && prev_stem(&["عالم"])
        && i == last
        && tokens[i].key.starts_with("ال")
    {
        return true;
    }
    // `وحي الحمراء الثالث`, `حي العزيزية الثاني`: a district's name.
    if p.checked_sub(1)
        .and_then(|q| word(tokens, q))
        .is_some_and(|w| matches!(w.key.as_str(), "حي" | "وحي" | "بحي" | "لحي" | "فحي"))
    {
        return true;
    }
    // `الفريق الأول لكرة القدم`, `معسكر الفريق الكروي الأول`: the senior team.
    let team = |k: usize| {
        word(tokens, k).is_some_and(|w| {
            matches!(
                w.key.as_str(),
                "الفريق" | "للفريق" | "بالفريق" | "والفريق" | "وللفريق"
            )
        })
    };
    // (Masculine and without `و`: `مباراة الفريق الأولى`, `للفريق والأولى للاعب` rank.)
    if value == 1
        && i == last
        && tokens[i].key == "الاول"
        && (team(p) || prev.key == "الكروي" && p.checked_sub(1).is_some_and(team))
        && word(tokens, last + 1).is_none_or(|w| !matches!(w.key.as_str(), "الذي" | "والثاني"))
        // (`أصبح الفريق الأول في العالم` ranks.)
        && !(word(tokens, last + 1).is_some_and(|w| w.key == "في")
            && word(tokens, last + 2).is_some_and(|w| {
                matches!(
                    w.key.as_str(),
                    "العالم" | "المنطقه" | "المملكه" | "اسيا" | "اوروبا" | "افريقيا" | "تاريخ"
                )
            }))
    {
        return true;
    }
    // `شبكات الجيل الرابع`: 4G, 3G.
    if (2..=5).contains(&value)
        && prev.key == "الجيل"
        && p.checked_sub(1)
            .is_some_and(|q| stem_in(tokens, q, TELECOM))
    {
        return true;
    }
    // `بازار الخطوة الأولى`, `معرض «الخطوة الأولى»`: the ordinal agrees with the name's
    // noun, not with the head before it. (Without quotes only after `بازار`: `مشروع
    // المرحلة الثانية` ranks the phase.)
    let quoted = p
        .checked_sub(1)
        .is_some_and(|q| matches!(tokens[q].kind, TokenKind::Punct('«' | '"' | '“')));
    let head = if quoted {
        p.checked_sub(2)
    } else {
        p.checked_sub(1)
    };
    if let Some(h) = head
        && definite(p)
        && (if quoted {
            stem_in(tokens, h, NAME_HEADS)
        } else {
            stem_in(tokens, h, &["بازار"])
        })
    {
        let feminine = |k: &str| k.ends_with('ه') || k.ends_with("ات");
        let ord_fem = {
            let k = tokens[i].key.as_str();
            k.ends_with('ه') || k.ends_with("اولي")
        };
        let head_fem = word(tokens, h).is_some_and(|w| feminine(&w.key));
        let noun_fem = feminine(&prev.key);
        return ord_fem == noun_fem && ord_fem != head_fem;
    }
    false
}
