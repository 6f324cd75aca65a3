//! Ordinals of the judged Arabic samples 91–94 (ar128).
//!
//! - `وهم في بلدهم الثاني`, `بيتهم الثاني`, `منزلي الثاني`, `وطنه الثاني`: a home noun with
//!   a possessive pronoun before `الثاني` is «a second home», a figure of speech that ranks
//!   nothing: no claim (`البيت الثاني` of a poem, without the pronoun, stays). See
//!   [`not_a_claim`].
//! - `لفرعون مصر أحمس الثاني`, `للإمبراطور الروماني الوثني قسطنطين الأول`, `الملك «سقنن رع
//!   تاعا» الثاني`, `الامبراطور المغولي «أكبر الأول»`: a title (with a proclitic, without
//!   the article, `فرعون`, `الخديوي`), up to three words of name or epithet and quote marks,
//!   then a masculine ordinal (feminine after `الملكة`): a regnal number, part of a name, no
//!   claim ([`not_a_claim`]). `الخليفة الثاني عمر` (the second caliph, right after the
//!   title) stays a rank.
//! - `وعندما أصبح في السادسة عشرة`, `منذ ان كانت في الرابعة عشر`, `حين كنت في السادسة`: a
//!   verb of being after «when/since», then `في` and a feminine ordinal, is an age: a
//!   duration in years, like `وهو في الرابعة عشرة` ([`retune`]).
//! - `الطالبة ذات الواحد والعشرين ربيعاً`, `حين يبلغ الابن الخامسة والعشرين عاماً`: a
//!   definite number before the accusative `عاما`/`ربيعا`/`خريفا` (not a year's digits) is
//!   an age: a duration in years whose span takes the noun ([`retune`]).
//! - `ذي الـ20 ربيعا`, `صاحب الـ 30 ربيعا`, `ابنة الستة عشر ربيعا`, `ذي الـ 60 خريفاً`:
//!   springs and autumns counted are years of age, a duration in years like `ذات الثلاثين
//!   عامًا` (was a count of `ربيع`) ([`retune`]).
//!
//! In `mod.rs`: `الحنين الأول` (the primal longing), `المغذي الأول لقوى التطرف`, `الصانع
//! الأول للفكر`, `الحصن الأول`, `الدافع الأول` are epithets, no rank (`FIRST_IDIOM_HEADS`;
//! `حبه الأول` stays); `أحمس` and `قسطنطين` join the regnal names (`ليست ابنة أحمس
//! الثاني`); and `فتاة في الثانية عشرة من المياه` is an age: `من` after an hour makes a
//! clock time only before a time of day (`من ظهر اليوم`).

use super::Ctx;
use super::ar79::{last_token, token_at};
use super::iso_duration;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Value};

/// Nouns of a home that `الثاني` after a possessive pronoun makes «a second home».
const HOMES: &[&str] = &["بلد", "وطن", "موطن", "بيت", "منزل", "دار"];

/// Possessive pronouns on a noun (keys).
const POSSESSIVES: &[&str] = &["ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"];

/// Titles of a monarch before a name ending in a regnal number, without the article.
const TITLES: &[&str] = &[
    "ملك",
    "ملكه",
    "بابا",
    "امبراطور",
    "سلطان",
    "شاه",
    "قيصر",
    "امير",
    "فرعون",
    "خديوي",
];

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    second_home(tokens, i).or_else(|| regnal(tokens, i))
}

/// `بلدهم الثاني`, `منزلي الثاني`: see the module's doc.
fn second_home(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if !matches!(key(tokens, i), "الثاني" | "الثانيه") {
        return None;
    }
    let p = i.checked_sub(1)?;
    let home = tokens[p].kind == TokenKind::Word
        && tokens[p].stems().any(|(pre, s)| {
            !pre.contains("ال")
                && HOMES.iter().any(|h| {
                    s.strip_prefix(h)
                        .is_some_and(|rest| POSSESSIVES.contains(&rest))
                })
        });
    home.then_some(i + 1)
}

/// Whether a token is a title of [`TITLES`] with the article (a proclitic may stand on it:
/// `للإمبراطور`), or `فرعون` in any form (`لفرعون مصر`); the title, without the article.
fn title(t: &Token<'_>) -> Option<&'static str> {
    if t.kind != TokenKind::Word {
        return None;
    }
    t.stems().find_map(|(p, s)| {
        let (definite, s) = match s.strip_prefix("ال") {
            Some(rest) if p.is_empty() => (true, rest),
            _ => (p.contains("ال") || p.ends_with("لل"), s),
        };
        TITLES
            .iter()
            .find(|&&x| x == s && (definite || matches!(x, "فرعون" | "خديوي")))
            .copied()
    })
}

/// Whether token `k` is a quote mark.
fn quote(tokens: &[Token<'_>], k: usize) -> bool {
    matches!(
        tokens[k].kind,
        TokenKind::Punct('"' | '“' | '”' | '«' | '»' | '\'')
    )
}

/// Whether a word between a title and a regnal number may be part of the name or an
/// epithet: no function word, no definite noun (`للمركز`, `الشعراء`) but an adjective in
/// `ي` (`الروماني`, `المغولي`).
fn name_word(t: &Token<'_>) -> bool {
    let k = t.key.as_str();
    // (`أليكس` is keyed `اليكس`: a hamza is no article.)
    let definite = !t.text.starts_with(['أ', 'إ', 'آ'])
        && t.stems()
            .any(|(p, _)| p.contains("ال") || p.ends_with("لل"));
    t.kind == TokenKind::Word
        && !matches!(
            k,
            "في" | "من" | "علي" | "الي" | "عن" | "مع" | "بن" | "ابن" | "هو" | "هي" | "و"
        )
        && (!definite || k.starts_with("ال") && k.ends_with('ي'))
}

/// `لفرعون مصر أحمس الثاني`: see the module's doc.
fn regnal(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let o = ordinals::parse_at(tokens, i).filter(|o| o.first == i && !o.cardinal)?;
    if !(1..=20).contains(&o.value) || !tokens[i].key.starts_with("ال") {
        return None;
    }
    let feminine = tokens[i].key.ends_with('ه') || tokens[i].key == "الاولي";
    // The name right before the ordinal (a quote mark may close it), neither definite nor
    // with a pronoun (`في موسمه الأول`).
    let mut p = i.checked_sub(1)?;
    if quote(tokens, p) {
        p = p.checked_sub(1)?;
    }
    let name = &tokens[p];
    if !name_word(name)
        || name.text.starts_with("ال")
        || ["ه", "ها", "هم"].iter().any(|e| name.key.ends_with(e)) && !name.key.ends_with("الله")
    {
        return None;
    }
    let mut words = 0;
    let mut k = p;
    loop {
        if quote(tokens, k) {
            k = k.checked_sub(1)?;
            continue;
        }
        if words > 0
            && let Some(t) = title(&tokens[k])
        {
            return ((t == "ملكه") == feminine).then_some(o.last + 1);
        }
        if !name_word(&tokens[k]) {
            return None;
        }
        words += 1;
        if words > 4 {
            return None;
        }
        k = k.checked_sub(1)?;
    }
}

/// Verbs of being before `في` and an age.
const BEING: &[&str] = &[
    "كان",
    "كانت",
    "كنت",
    "كنا",
    "كانوا",
    "اصبح",
    "اصبحت",
    "صار",
    "صارت",
    "يكون",
    "تكون",
];

/// Words of «when», «since» before a verb of being.
const WHEN: &[&str] = &[
    "عندما",
    "وعندما",
    "حين",
    "وحين",
    "حينما",
    "وحينما",
    "لما",
    "ولما",
    "منذ",
    "ومنذ",
];

/// Words after an hour that make `في الخامسة` a clock time.
const CLOCK: &[&str] = &[
    "صباحا",
    "مساء",
    "مساءا",
    "ظهرا",
    "عصرا",
    "ليلا",
    "فجرا",
    "بعد",
    "والنصف",
    "والربع",
    "الا",
    "بتوقيت",
    "من",
    "صباح",
    "ليله",
];

/// Nouns of years after a definite number of age (accusative).
const AGE_YEARS: &[&str] = &["عاما", "ربيعا", "خريفا"];

/// A duration of `v` years.
fn years(v: f64) -> Value {
    Value::Text(iso_duration(v, 'Y'))
}

/// Fixes the claims `out[from..]` of one sentence (see the module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for c in out[from..].iter_mut() {
        let Some(a) = token_at(tokens, c.byte_start) else {
            continue;
        };
        let z = last_token(tokens, a, c.byte_end);
        match c.kind {
            Kind::Ordinal => {
                let Value::Number(v) = c.value else {
                    continue;
                };
                if !(1.0..100.0).contains(&v) || !tokens[a].key.starts_with("ال") {
                    continue;
                }
                if let Some(n) = tokens.get(z + 1).filter(|n| {
                    n.kind == TokenKind::Word
                        && AGE_YEARS.contains(&n.key.as_str())
                        && !matches!(
                            tokens.get(z + 2).map(|t| &t.kind),
                            Some(TokenKind::Number { .. })
                        )
                }) {
                    to_years(c, v);
                    c.byte_end = n.end;
                } else if being_age(tokens, a, z) {
                    to_years(c, v);
                }
            }
            Kind::Count => {
                if matches!(key(tokens, z), "ربيعا" | "خريفا") {
                    let conv = |x: &Option<Value>| match x {
                        Some(Value::Number(n)) => Some(years(*n)),
                        other => other.clone(),
                    };
                    let (low, high) = (conv(&c.low), conv(&c.high));
                    if let Value::Number(v) = c.value {
                        c.value = years(v);
                        c.low = low;
                        c.high = high;
                        c.kind = Kind::Duration;
                        c.unit = Some("year".to_string());
                        c.unit_text = None;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Makes the ordinal claim `c` of value `v` an age of `v` years.
fn to_years(c: &mut Recognized, v: f64) {
    c.kind = Kind::Duration;
    c.value = years(v);
    c.low = Some(years(v));
    c.high = Some(years(v));
    c.unit = Some("year".to_string());
    c.unit_text = None;
}

/// `وعندما أصبح في السادسة عشرة`: a feminine ordinal from token `a` to `z` after `في`, a
/// verb of being and «when/since», not a clock time.
fn being_age(tokens: &[Token<'_>], a: usize, z: usize) -> bool {
    if !tokens[a].key.ends_with('ه') || a < 3 || key(tokens, a - 1) != "في" {
        return false;
    }
    if !BEING.contains(&key(tokens, a - 2)) {
        return false;
    }
    // (`منذ ان كانت`: «since» with `أن`.)
    let when = WHEN.contains(&key(tokens, a - 3))
        || key(tokens, a - 3) == "ان" && a >= 4 && WHEN.contains(&key(tokens, a - 4));
    let clock = tokens
        .get(z + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && CLOCK.contains(&n.key.as_str()));
    when && !clock
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        second_homeland: "ونطمئن أهالي الصيادين بأنهم يجدون أحسن معاملة، وهم في بلدهم الثاني." => [];
        second_home_school: "بأن المدرسة هي بيتهم الثاني، وتعزيز انتمائهم لها" => [];
        second_verse_stays: "أما البيت الثاني فيؤكد فيه النابغة هذا المعنى"
            => ["الثاني|ordinal|2|2..2|exact|"];
        second_country_stays: "تطبيق هذه التقنية البلد الثاني بعد أميركا في إنتاج الكهرباء"
            => ["الثاني|ordinal|2|2..2|exact|"];
        regnal_ahmose: "أرسل قورش لفرعون مصر أحمس الثاني يطلب يد ابنته" => [];
        regnal_constantine: "للإمبراطور الروماني الوثني قسطنطين الأول الذي يعتقد المسيحيون" => [];
        regnal_quoted: "الملك «سقنن رع تاعا» الثاني وأخيه في ميدان القتال" => [];
        regnal_tsar: "عصيان الملح أيام القيصر أليكس الأول." => [];
        regnal_akbar: "فيحتلها الامبراطور المغولي «أكبر الأول»، وكانت امبراطوريته تنتج" => [];
        prince_poets_stays: "وديوان لبرنامج “أمير الشعراء” في موسمه الأول، والديوان الخامس"
            => ["الأول|ordinal|1|1..1|exact|", "الخامس|ordinal|5|5..5|exact|"];
        king_stable_stays: "تراجع الاسطبل الابيض لابناء الملك عبدالله بن عبدالعزيز للمركز الثاني"
            => ["الثاني|ordinal|2|2..2|exact|"];
        caliph_rank_stays: "في عهد الخليفة الثاني عمر بن الخطاب"
            => ["الثاني|ordinal|2|2..2|exact|"];
        age_became: "وعندما أصبح في السادسة عشرة كانت شهرته كطبيب قد طبقت الآفاق"
            => ["السادسة عشرة|duration|P16Y|P16Y..P16Y|exact|year"];
        age_since: "وهي تغني منذ ان كانت في الرابعة عشر ."
            => ["الرابعة عشر|duration|P14Y|P14Y..P14Y|exact|year"];
        no_when_stays: "لكنه كان في الثانية أمام الوصل"
            => ["الثانية|ordinal|2|2..2|exact|"];
        lost_second_stays: "خسر الفريق الأولى وتعادل في الثانية ."
            => ["الأولى|ordinal|1|1..1|exact|", "الثانية|ordinal|2|2..2|exact|"];
        primal_longing: "هذه النوستالجيا، الحنين الأول، قد يكون ناصريا" => [];
        chief_feeder: "حكومة نتنياهو، المغذي الأول لقوى التطرف والإرهاب" => [];
        first_love_stays: "قلبه ظل يخفق لحبه الأول على الرغم من ذلك"
            => ["الأول|ordinal|1|1..1|exact|"];
        girl_twelve: "وتمكن رجال الإنقاذ من انتشال فتاة في الثانية عشرة من المياه"
            => ["الثانية عشرة|duration|P12Y|P12Y..P12Y|exact|year"];
        child_at_noon_stays: "وصل طفل في الثانية عشرة من ظهر اليوم"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        age_springs_ordinal: "الطالبة ذات الواحد والعشرين ربيعاً التي غادرت منزل أسرتها"
            => ["الواحد والعشرين ربيعاً|duration|P21Y|P21Y..P21Y|exact|year"];
        age_years_ordinal: "حين يبلغ الابن الخامسة والعشرين عاماً أو يتوظف"
            => ["الخامسة والعشرين عاماً|duration|P25Y|P25Y..P25Y|exact|year"];
        year_after_ordinal_stays: "ثم كان اللقاء الثاني عام 1972 في بيروت"
            => ["الثاني|ordinal|2|2..2|exact|", "عام 1972|date|1972|1972-01-01..1972-12-31|exact|"];
        springs_count: "ذلك الشاب، ذي الـ20 ربيعا، عند هذا الحد"
            => ["20 ربيعا|duration|P20Y|P20Y..P20Y|exact|year"];
        autumns_more_than: "كلية البترول والمعادن قبل أكثر من خمسين خريفا"
            => ["أكثر من خمسين خريفا|duration|P50Y|P50Y..|more_than|year"];
        spring_month_stays: "أثناء زيارته للمملكة في شهر ربيع الآخر الماضي ."
            => ["شهر ربيع الآخر الماضي|date|2014-02-01/2014-03-01|2014-02-01..2014-03-01|exact|"];
    }
}
