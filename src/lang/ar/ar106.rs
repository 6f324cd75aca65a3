//! Qualifiers and alternatives of the judged Arabic samples 75–78 (ar106):
//! - A negated «less» verb well before `عن` (`وأن لا يقل عمر اللاعب عند طلب الانتقال ضمن
//!   لائحة … عن 30 عاماً`): at least, like the adjacent `لا يقل عن`; the reach of
//!   [`ar92`](super::ar92)'s `verb_prep` for a negated «less» verb is twelve words.
//! - A verb of exceeding glued to its negation (`لايتسع لأكثر من 20 الف متفرج`, `وبما
//!   لايتجاوز 2000 ريال`, `لاتتعدى ال 30 يوماً`): a ceiling, at most, not more than nor
//!   exact. See [`glued_negation`].
//! - An age under a bound (`لطفلين دون سن 11 عاماً`, `للأطفال تحت سن 16 سنة`, `ما دون سن
//!   35 عاما`): less than. See [`under_age`].
//! - A sum and its bracketed conversion followed by a qualifier (`تنفق عليهما مليون يورو
//!   (1,1 مليون دولار) على الاقل شهريا`): the qualifier covers the sum before the bracket
//!   too, at least. See [`bracket_qualifier`].
//! - An unknown dual noun, `أو` and a small number (`هناك قناتان او ثلاث`, `فتكتب سطرين
//!   أو ثلاثة`, `ما عدا شاعرين أو ثلاثة`): a count from two to that number of the dual's
//!   noun (its singular), not the bare number. See [`dual_or_number`].
//! - A singular time noun, `أو` and a duration (`لمدة عام أو ستة أشهر`, `لمدة أسبوع أو
//!   عشرة أيام`): the range between the two (six months to a year). See [`time_or`].
//! - A singular noun, `أو` and its dual, counted (`شخص أو شخصان`, `مباراة أو مباراتين`):
//!   the range one to two, as [`ar96`](super::ar96)'s `or_dual` does for durations (now
//!   extended to counts there).
//! - A singular noun, `أو` and a bare `اثنين` (`لأسبوع أو اثنين`, `في عام أو اثنين`,
//!   `بفارق نقطة أو اثنتين`): the range one to two of that noun, a duration for a noun of
//!   time, not the bare number 2. See [`one_or_two`].

use super::Ctx;
use super::ar79::last_token;
use super::ar93::token_of;
use super::numbers;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};
use crate::lang::Recognized;
use crate::model::{Kind, Qualifier, Value};

/// Fixes the qualifiers and alternatives of this sentence's claims from `from` on (see the
/// module's doc).
pub(super) fn retune(ctx: &Ctx<'_, '_>, out: &mut [Recognized], from: usize) {
    let tokens = ctx.tokens;
    for k in from..out.len() {
        let Some(a) = token_of(tokens, out[k].byte_start) else {
            continue;
        };
        let z = last_token(tokens, a, out[k].byte_end);
        let covered = |j: usize, out: &[Recognized]| {
            out[from..k]
                .iter()
                .any(|c| c.byte_start <= tokens[j].start && tokens[j].end <= c.byte_end)
        };
        if matches!(out[k].qualifier, Qualifier::Exact | Qualifier::MoreThan) {
            glued_negation(tokens, a, &mut out[k]);
        }
        if out[k].qualifier != Qualifier::Exact {
            continue;
        }
        under_age(tokens, a, &mut out[k]);
        if out[k].qualifier != Qualifier::Exact {
            continue;
        }
        if let Some(d) = dual_or_number(tokens, a, z, &out[k])
            && !covered(d, out)
        {
            let c = &mut out[k];
            c.kind = Kind::Count;
            c.qualifier = Qualifier::Range;
            c.low = Some(Value::Number(2.0));
            c.high = Some(c.value.clone());
            c.value = Value::Number(2.0);
            c.unit = Some(singular(key(tokens, d)));
            c.byte_start = tokens[d].start;
            continue;
        }
        if a >= 2 && !covered(a - 2, out) {
            time_or(tokens, a, &mut out[k]);
            one_or_two(tokens, a, z, &mut out[k]);
        }
        if k + 1 < out.len() {
            let (head, tail) = out.split_at_mut(k + 1);
            bracket_qualifier(tokens, &mut head[k], &tail[0]);
        }
    }
}

/// Verbs (keys) that a glued `لا` negates into a ceiling: exceeding, and holding
/// (`لايتسع لأكثر من`) before `أكثر من` only.
const EXCEED: &[&str] = &["يتجاوز", "تتجاوز", "يزيد", "تزيد", "يتعدي", "تتعدي"];
const HOLD: &[&str] = &["يتسع", "تتسع"];

/// The verb of a key `لا…` (after an optional `و`/`ف`, or `وبما` when `bima`): what `لا`
/// is glued to, any word.
pub(super) fn negated(k: &str, bima: bool) -> Option<&str> {
    let k = k
        .strip_prefix("وبما")
        .filter(|_| bima)
        .or_else(|| k.strip_prefix('و'))
        .or_else(|| k.strip_prefix('ف'))
        .unwrap_or(k);
    k.strip_prefix("لا")
}

/// The verb of a key `لا…` (after `و`/`ف`/`ب`+`ما`), when it is one of `verbs`.
fn glued<'k>(k: &'k str, verbs: &[&str]) -> Option<&'k str> {
    negated(k, true).filter(|v| verbs.contains(v))
}

/// `لايتسع لأكثر من 20 الف متفرج`, `وبما لايتجاوز 2000 ريال`, `لاتتعدى ال 30 يوماً`: a verb
/// of [`EXCEED`] glued to `لا` right before the claim at token `a` (or its detached
/// article), or one of [`EXCEED`] or [`HOLD`] before its `أكثر من`, make it at most.
fn glued_negation(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    if matches!(c.kind, Kind::Date | Kind::Ordinal) {
        return;
    }
    let Some(mut p) = a.checked_sub(1) else {
        return;
    };
    let more = c.qualifier == Qualifier::MoreThan;
    if more {
        // (The claim starts at `أكثر`, perhaps after a glued `ل`.)
        let w = key(tokens, a);
        if !(w == "اكثر" || w == "لاكثر") {
            return;
        }
    } else if tokens[p].text == "ال" {
        let Some(q) = p.checked_sub(1) else {
            return;
        };
        p = q;
    }
    let w = key(tokens, p);
    if tokens[p].kind != TokenKind::Word
        || (glued(w, EXCEED).is_none() && !(more && glued(w, HOLD).is_some()))
    {
        return;
    }
    let v = if more {
        c.low.clone().unwrap_or_else(|| c.value.clone())
    } else {
        c.value.clone()
    };
    c.qualifier = Qualifier::AtMost;
    c.low = None;
    c.high = Some(v);
    // (The span from the verb, after a `و`/`ف` clitic: from its `لا`.)
    let clitic = w.find("لا").map_or(0, |b| w[..b].chars().count());
    c.byte_start = tokens[p].offset_after_key_chars(clitic);
}

/// Words (key endings) of a sports competition or team.
const SPORT: &[&str] = &[
    "منتخب",
    "المنتخب",
    "بطوله",
    "تصفيات",
    "كاس",
    "دوري",
    "فريق",
    "لاعب",
    "لاعبي",
    "ناشيين",
    "اولمبي",
];

/// `لطفلين دون سن 11 عاماً`, `تحت سن 16 سنة`, `ما دون سن 35 عاما`: years of age right
/// after `سن` and `دون`/`تحت` are less than.
fn under_age(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    if c.kind != Kind::Duration || c.unit.as_deref() != Some("year") || a < 2 {
        return;
    }
    if !matches!(key(tokens, a - 1), "سن" | "السن") {
        return;
    }
    let mut b = a - 2;
    if !matches!(key(tokens, b), "دون" | "تحت" | "مادون") {
        return;
    }
    // (`في تصفيات كأس أمم أوروبا تحت سن 19 عاما`: a sport's age category, a label; see
    // ar98.)
    let sport = (b.saturating_sub(6)..b).any(|j| {
        let w = key(tokens, j);
        let w = w.strip_prefix('و').unwrap_or(w);
        SPORT.iter().any(|s| w.ends_with(s))
    });
    if sport {
        return;
    }
    if b > 0 && key(tokens, b - 1) == "ما" {
        b -= 1;
    }
    c.qualifier = Qualifier::LessThan;
    c.low = None;
    c.high = Some(c.value.clone());
    c.byte_start = tokens[b].start;
}

/// The singular key of an unknown dual key: `قناتان` → `قناه`, `سطرين` → `سطر`.
fn singular(dual: &str) -> String {
    let stem = dual
        .strip_suffix("ان")
        .or_else(|| dual.strip_suffix("ين"))
        .unwrap_or(dual);
    match stem.strip_suffix('ت') {
        Some(s) => format!("{s}ه"),
        None => stem.to_string(),
    }
}

/// Whether the word at `j` looks like an unknown indefinite dual noun: `ان`/`ين` after a
/// stem of at least three letters, no article, no number, no unit of the tables (those the
/// dual reader counts).
fn unknown_dual(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tokens.get(j) else {
        return false;
    };
    let w = t.key.as_str();
    t.kind == TokenKind::Word
        && (w.ends_with("ان") || w.ends_with("ين"))
        && w.chars().count() >= 5
        && !w.starts_with("ال")
        && !numbers::is_number_word(t)
        && !matches!(
            w,
            "اثنين" | "اثنان" | "اثنتين" | "اثنتان" | "ملايين" | "سنين"
        )
        && super::units::lookup(&[w]).is_none()
}

/// `هناك قناتان او ثلاث`, `فتكتب سطرين أو ثلاثة`: a bare number from three to ten right
/// after `أو` and an unknown dual noun (see [`unknown_dual`]; a comma between, or a dual
/// adjective after it, `مبدعان بارزان`): the dual's token.
fn dual_or_number(tokens: &[Token<'_>], a: usize, z: usize, c: &Recognized) -> Option<usize> {
    if c.kind != Kind::Number || c.unit.is_some() || a != z {
        return None;
    }
    let Value::Number(n) = c.value else {
        return None;
    };
    if !(3.0..=10.0).contains(&n) || n.fract() != 0.0 || key(tokens, a.checked_sub(1)?) != "او" {
        return None;
    }
    let mut d = a.checked_sub(2)?;
    if matches!(tokens[d].kind, TokenKind::Punct(',' | '،')) {
        d = d.checked_sub(1)?;
    }
    if !unknown_dual(tokens, d) {
        return None;
    }
    // (`مبدعان بارزان`: the noun and its adjective, both dual.)
    if d > 0 && unknown_dual(tokens, d - 1) {
        d -= 1;
    }
    Some(d)
}

/// `مرشح أو اثنين`, `لاعب آخر أو اثنين`, `لأسبوع أو اثنين`, `في عام أو اثنين`: a bare
/// `اثنين` right after `أو` and an indefinite singular noun is the range one to two of that
/// noun (a duration for a noun of years, months, weeks or days; not a number word, a dual
/// or a plural, nor a noun in `ال`).
fn one_or_two(tokens: &[Token<'_>], a: usize, z: usize, c: &mut Recognized) {
    if c.kind != Kind::Number || c.unit.is_some() || a != z || a < 2 {
        return;
    }
    if !matches!(key(tokens, a), "اثنين" | "اثنان" | "اثنتين" | "اثنتان")
        || key(tokens, a - 1) != "او"
    {
        return;
    }
    let n = &tokens[a - 2];
    let w = n.key.as_str();
    if n.kind != TokenKind::Word
        || numbers::is_number_word(n)
        || w.starts_with("ال")
        || w.ends_with("ين")
        || w.ends_with("ان")
        || w.ends_with("ات")
        || w.chars().count() < 3
    {
        return;
    }
    let (kind, unit, value) = match super::units::lookup(&[w]) {
        Some(u) if u.plurality != super::units::Plurality::Singular => return,
        Some(u) => match u.concept {
            "year" | "month" | "week" | "day" => {
                let code = match u.concept {
                    "year" => 'Y',
                    "month" => 'M',
                    "week" => 'W',
                    _ => 'D',
                };
                (
                    Kind::Duration,
                    u.concept.to_string(),
                    (
                        Value::Text(format!("P1{code}")),
                        Value::Text(format!("P2{code}")),
                    ),
                )
            }
            concept if matches!(u.kind, super::units::UnitKind::Count) => (
                Kind::Count,
                concept.to_string(),
                (Value::Number(1.0), Value::Number(2.0)),
            ),
            _ => return,
        },
        // (An unknown word: a noun only in a short list of people and things.)
        None => return,
    };
    c.kind = kind;
    c.unit = Some(unit);
    c.qualifier = Qualifier::Range;
    c.value = value.0.clone();
    c.low = Some(value.0);
    c.high = Some(value.1);
    c.byte_start = n.start;
}

/// The length in days of a duration value `P<n><Y|M|W|D>` (not of the time half `PT…`),
/// roughly, to order two ends: [`super::ar79::days`].
fn days(v: &Value) -> Option<f64> {
    let Value::Text(s) = v else {
        return None;
    };
    if s.starts_with("PT") {
        return None;
    }
    super::ar79::days(s)
}

/// `لمدة عام أو ستة أشهر`, `لمدة أسبوع أو عشرة أيام`: an exact duration right after `أو`
/// and a singular time noun (after `ل`/`ب` or none) of another length: the range between
/// the two, the shorter first.
fn time_or(tokens: &[Token<'_>], a: usize, c: &mut Recognized) {
    if c.kind != Kind::Duration || a < 2 || key(tokens, a - 1) != "او" {
        return;
    }
    let w = key(tokens, a - 2);
    let bare = w
        .strip_prefix('ل')
        .or_else(|| w.strip_prefix('ب'))
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(w);
    let one = match bare {
        "عام" | "سنه" => "P1Y",
        "شهر" => "P1M",
        "اسبوع" => "P1W",
        "يوم" => "P1D",
        _ => return,
    };
    // (`خمسة أعوام أو …`: a number before the noun is another claim's.)
    if a >= 3 && (tokens[a - 3].number().is_some() || numbers::is_number_word(&tokens[a - 3])) {
        return;
    }
    let one = Value::Text(one.to_string());
    let (Some(x), Some(y)) = (days(&one), days(&c.value)) else {
        return;
    };
    if x == y {
        return;
    }
    let (low, high) = if x < y {
        (one, c.value.clone())
    } else {
        (c.value.clone(), one)
    };
    c.qualifier = Qualifier::Range;
    c.value = low.clone();
    c.low = Some(low);
    c.high = Some(high);
    c.byte_start = tokens[a - 2].start;
}

/// `مليون يورو (1,1 مليون دولار) على الاقل`: an exact sum right before a bracketed sum
/// (only `(` between) whose qualifier was read after the bracket (its span starts at its
/// number): the first sum takes that qualifier too.
fn bracket_qualifier(tokens: &[Token<'_>], c: &mut Recognized, next: &Recognized) {
    if c.kind != Kind::Money || next.kind != Kind::Money {
        return;
    }
    if !matches!(next.qualifier, Qualifier::AtLeast | Qualifier::AtMost) {
        return;
    }
    let (Some(z), Some(b)) = (
        token_of(tokens, c.byte_end - 1),
        token_of(tokens, next.byte_start),
    ) else {
        return;
    };
    let open = z + 2 == b && matches!(tokens[z + 1].kind, TokenKind::Punct('('));
    if !open || tokens[b].number().is_none() && !numbers::is_number_word(&tokens[b]) {
        return;
    }
    c.qualifier = next.qualifier;
    if next.qualifier == Qualifier::AtLeast {
        c.low = Some(c.value.clone());
        c.high = None;
    } else {
        c.low = None;
        c.high = Some(c.value.clone());
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        not_less_far: "وأن لا يقل عمر اللاعب عند طلب الانتقال ضمن لائحة انتقال اللاعبين عن 30 عاماً"
            => ["لا يقل عمر اللاعب عند طلب الانتقال ضمن لائحة انتقال اللاعبين عن 30 عاماً|duration|P30Y|P30Y..|at_least|year"];
        less_far_stays: "ويقل عمر اللاعب عند طلب الانتقال ضمن لائحة انتقال اللاعبين عن 30 عاماً"
            => ["30 عاماً|duration|P30Y|P30Y..P30Y|exact|year"];
        glued_holds: "الملعب الذي لايتسع لأكثر من 20 الف متفرج"
            => ["لايتسع لأكثر من 20 الف متفرج|count|20000|..20000|at_most|spectator"];
        holds_more_stays: "الملعب الذي يتسع لأكثر من 20 الف متفرج"
            => ["أكثر من 20 الف متفرج|count|20000|20000..|more_than|spectator"];
        glued_exceeds: "مدة زيارتهم لاتتعدى ال 30 يوماً"
            => ["لاتتعدى ال 30 يوماً|duration|P30D|..P30D|at_most|day"];
        glued_exceeds_money: "وبما لايتجاوز 2000 ريال شهريا"
            => ["لايتجاوز 2000 ريال|money|2000|..2000|at_most|riyal"];
        under_age_11: "وذلك لطفلين دون سن 11 عاماً"
            => ["لطفلين|count|2|2..2|exact|child", "دون سن 11 عاماً|duration|P11Y|..P11Y|less_than|year"];
        under_age_35: "مخصصة لفئة الشباب ما دون سن 35 عاما"
            => ["ما دون سن 35 عاما|duration|P35Y|..P35Y|less_than|year"];
        age_at_stays: "توفي عن سن 11 عاماً"
            => ["11 عاماً|duration|P11Y|P11Y..P11Y|exact|year"];
        under_age_sport_stays: "اثنتان منها في تصفيات كأس أمم أوروبا تحت سن 19 عاما"
            => ["اثنتان|number|2|2..2|exact|", "19 عاما|duration|P19Y|P19Y..P19Y|exact|year"];
        bracket_at_least: "إنها تنفق عليهما مليون يورو (1,1 مليون دولار) على الاقل شهريا"
            => ["مليون يورو|money|1000000|1000000..|at_least|eur", "1,1 مليون دولار|money|1100000|1100000..|at_least|usd"];
        bracket_exact_stays: "إنها تنفق عليهما مليون يورو (1,1 مليون دولار) شهريا"
            => ["مليون يورو|money|1000000|1000000..1000000|exact|eur", "1,1 مليون دولار|money|1100000|1100000..1100000|exact|usd"];
        channels_or_three: "لكن تقريباً هناك قناتان او ثلاث ظهرت بالشكل اللائق"
            => ["قناتان او ثلاث|count|2|2..3|range|قناه"];
        lines_or_three: "فتكتب سطرين أو ثلاثة ثم تمل"
            => ["سطرين أو ثلاثة|count|2|2..3|range|سطر"];
        writers_or_three: "يشارك في كل حلقة مبدعان بارزان، أو ثلاثة"
            => ["مبدعان بارزان، أو ثلاثة|count|2|2..3|range|مبدع"];
        two_or_three_stays: "اثنين أو ثلاثة"
            => ["اثنين أو ثلاثة|number|2|2..3|range|"];
        year_or_six_months: "ليحفظ التمر داخل الشنة لمدة عام أو ستة أشهر."
            => ["عام أو ستة أشهر|duration|P6M|P6M..P1Y|range|month"];
        week_or_ten_days: "قسطا من الراحة لمدة أسبوع أو عشرة أيام."
            => ["أسبوع أو عشرة أيام|duration|P1W|P1W..P10D|range|day"];
        thing_or_six_months_stays: "لمدة عقد أو ستة أشهر."
            => ["ستة أشهر|duration|P6M|P6M..P6M|exact|month"];
        person_or_two: "وإن بقي شخص أو شخصان فإن الأجهزة ستقبض عليهم"
            => ["شخص أو شخصان|count|1|1..2|range|person"];
        candidate_or_two: "سيتم التعاقد مع مرشح أو اثنين."
            => ["مرشح أو اثنين|count|1|1..2|range|candidate"];
        week_or_two: "على البقاء في الإنترنت لأسبوع أو اثنين، فإنه أصبح صعبا"
            => ["لأسبوع أو اثنين|duration|P1W|P1W..P2W|range|week"];
        one_or_two_stays: "سيتم التعاقد مع المرشح أو اثنين."
            => ["اثنين|number|2|2..2|exact|"];
        person_and_two_stays: "وإن بقي رجل أو شخصان فإن الأجهزة ستقبض عليهم"
            => ["شخصان|count|2|2..2|exact|person"];
    }
}
