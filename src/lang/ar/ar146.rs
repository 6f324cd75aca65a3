//! Dates that are not dates, and dates cut short, from the judged class samples of dates
//! D1–D3 (ar146).
//!
//! - Homographs of relative days ([`homograph`]). The verb `غدا` «became»: `ذاب كل المعمار
//!   الذي تراكم في الذاكرة عبر السنين غدا شمعا هلاميا`, `فإن هذا العمق الاستراتيجي غدا هجينا
//!   ومشوها`: `غدا` followed by two indefinite accusatives (a noun and its adjective, the
//!   second maybe after `و`), with no present or future verb in the six words before it
//!   other than one opening a relative clause (`الذي تراكم`): `تعقد لجنة مبادرة السلام
//!   العربية غداً اجتماعاً طارئاً` stays tomorrow; so do `سيصدر … غدا قرارا باعتبار` and
//!   `واقرأ غدا أخبارا بالعنوان`, whose object has no adjective). The adjective `بكر`
//!   «pristine»: `إن لكرة القدم عالما بكرا` — `بكرا` right after an indefinite accusative
//!   noun is that noun's adjective, not the colloquial «tomorrow». No claim.
//! - Weekday names that are surnames ([`surname`]): `أحمد الخميس … وقال الخميس: كان اجتماعا
//!   إيجابيا`, `محمد الخميس … وكشف الخميس عن حزمة من البرامج`. A bare weekday (no `يوم`, no
//!   modifier) right after a verb of saying or announcing (`قال`, `أضاف`, `كشف`, `أعلن`,
//!   `توقع`, `راهن`, `أكد`…, maybe in quotes: `واضاف "الخميس":`) is that person, when the
//!   same article names someone with a given name and that weekday (`أحمد الخميس`; the
//!   given names of [`super::dates::GIVEN_NAMES`]). No claim. Without such a name in the
//!   article, `وقال الخميس إن` stays «said on Thursday».
//! - A recurring season ([`recurring`]): `مستفيدة من تجاربها في شهر رمضان المبارك في الأعوام
//!   السابقة` — a date with no written figure followed by `في الأعوام السابقة/الماضية`, `في
//!   السنوات السابقة/الماضية`, `من كل عام/سنة`, `كل عام/سنة`, `في كل عام` is the season of
//!   every year, no one date: no claim. A written date (`من 12 ديسمبر 2015م من كل سنة`, the
//!   start of a yearly fair) stays.
//! - A month counted forward ([`from_now`]): `المهلة … التي تمتد لثلاثة أشهر من الآن وحتى
//!   نوفمبر` (Okaz of 2015-08-08) was read as the past November, 2014-11; `من الآن (و)حتى` /
//!   `من الآن إلى` points ahead, so it is the coming November, 2015-11.
//! - A relative weekday before the date it names ([`written_date_wins`]): `ابتداءً من يوم
//!   الإثنين المقبل 18 شوال` (Al-Riyadh of Monday 2015-08-03) was read as the Monday after,
//!   2015-08-10, while 18 Shawwal is 2015-08-03 itself. When a weekday claim with `المقبل`/
//!   `القادم`/`الماضي` is followed at once (a space or a bracket between) by a day's date
//!   that falls on the same weekday within a week of it, the written date wins: the weekday
//!   claim takes its value.
//! - Generic «today» ([`generic_today`]): `ستكون الشبكات أكثر تعقيدا من تلك المتاحة اليوم`,
//!   `أنماط من الوعي السائد اليوم`, `المشكلة القائمة اليوم`, `التوتر القائم اليوم`: `اليوم`
//!   right after a participle of a present state (`المتاح(ة)`, `السائد(ة)`, `القائم(ة)`,
//!   `الموجود(ة)`) is «nowadays» (4 of 4 in the corpus; keys fold `ئ` to `ي`). No claim. (`التي تشهدها … اليوم`
//!   was left: `الأمطار التي تشهدها قرية الفارعة اليوم` is a real today.)
//! - (In `dates.rs`) the year of a quarter with a clitic `ل`: `تحسن الاقتصاد الأميركي في
//!   الربع الثاني للعام الحالي` was cut to the year (`لعام الحالي`, 2015); it is the quarter
//!   2015-04-01/2015-06-30, as `الربع الثاني من العام الحالي` and `الربع الأخير لعام 2014`.

use super::Ctx;
use super::ar93::{bounds, last_of, token_of};
use super::tokens::TokenKind;
use super::tokens::{Token, key_at as key};
use crate::lang::Recognized;
use crate::model::{Kind, Value};
use jiff::civil::Date;

/// Re-reads the sentence's date claims from `from` on (see the module doc).
pub(super) fn retune(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<Recognized>,
    from: usize,
    publication: Option<Date>,
    text: &str,
) {
    let tk = ctx.tokens;
    let mut k = from;
    while k < out.len() {
        let c = &out[k];
        if c.kind != Kind::Date {
            k += 1;
            continue;
        }
        let Some(a) = token_of(tk, c.byte_start) else {
            k += 1;
            continue;
        };
        let z = last_of(tk, a, c.byte_end);
        if homograph(tk, a, z)
            || surname(tk, a, z, text)
            || recurring(tk, a, z)
            || generic_today(tk, a, z)
        {
            out.remove(k);
            continue;
        }
        if let Some(p) = publication {
            from_now(tk, &mut out[k], a, z, p);
        }
        written_date_wins(tk, out, k, a, z);
        k += 1;
    }
}

/// The key of token `j` without a `و`/`ف` proclitic.
fn bare<'a>(tk: &'a [Token<'_>], j: usize) -> &'a str {
    let w = key(tk, j);
    w.strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Whether word `j` is an indefinite accusative: a word of three letters or more ending in
/// `ا`, with no article (`شمعا`, `هلاميا`, `عالما`); after `و` when `and` is true.
fn indefinite_acc(tk: &[Token<'_>], j: usize, and: bool) -> bool {
    let w = key(tk, j);
    let w = if and {
        w.strip_prefix('و').unwrap_or(w)
    } else {
        w
    };
    w.chars().count() >= 3 && w.ends_with('ا') && !w.starts_with("ال")
}

/// Whether word `j` looks like a present or future verb (`يعقد`, `تعقد`, `سيصدر`, `وستقدم`).
fn present_verb(tk: &[Token<'_>], j: usize) -> bool {
    let w = bare(tk, j);
    let w = w.strip_prefix('س').unwrap_or(w);
    w.chars().count() >= 3 && (w.starts_with('ي') || w.starts_with('ت') || w.starts_with('ن'))
}

/// `عبر السنين غدا شمعا هلاميا`, `عالما بكرا`: see the module doc.
fn homograph(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if a != z {
        return false;
    }
    match key(tk, a) {
        "غدا" => {
            indefinite_acc(tk, a + 1, false)
                && (indefinite_acc(tk, a + 2, false) || indefinite_acc(tk, a + 2, true))
                && !(a.saturating_sub(6)..a).any(|j| {
                    present_verb(tk, j)
                        && !j
                            .checked_sub(1)
                            .is_some_and(|r| matches!(key(tk, r), "الذي" | "التي" | "الذين"))
                })
        }
        "بكرا" => a
            .checked_sub(1)
            .is_some_and(|p| indefinite_acc(tk, p, false)),
        _ => false,
    }
}

/// Verbs (keys, after a `و`/`ف`) of saying and announcing: a bare weekday right after one
/// may be the speaker's surname.
const SAYING: &[&str] = &[
    "قال",
    "اضاف",
    "اكد",
    "كشف",
    "اعلن",
    "توقع",
    "راهن",
    "اوضح",
    "اشار",
    "لفت",
    "شدد",
    "ذكر",
    "تابع",
    "بين",
    "اعتبر",
    "اعرب",
    "نوه",
    "اختتم",
    "اردف",
    "اشاد",
    "اعترف",
    "اكد",
];

/// `أحمد الخميس … وقال الخميس:`: see the module doc.
fn surname(tk: &[Token<'_>], a: usize, z: usize, text: &str) -> bool {
    if a != z || super::dates::weekday_at(tk, a).is_none() || !key(tk, a).starts_with("ال") {
        return false;
    }
    let Some(mut p) = a.checked_sub(1) else {
        return false;
    };
    if matches!(tk[p].kind, TokenKind::Punct('"' | '«' | '“' | '”')) {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    if !SAYING.contains(&bare(tk, p)) {
        return false;
    }
    // The article-wide scan runs only for a weekday right after a verb of saying.
    let name = tk[a].text;
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].trim_end();
        let prev = before
            .rsplit(|c: char| c.is_whitespace() || c == '،' || c == '.')
            .next()
            .unwrap_or("");
        let after = &rest[at + name.len()..];
        let whole = after.chars().next().is_none_or(|c| !c.is_alphabetic());
        let pk = crate::normalize::key(prev);
        let pk = pk
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(&pk);
        if whole && super::dates::GIVEN_NAMES.contains(&pk) {
            return true;
        }
        rest = after;
    }
    false
}

/// Participles of a present state (keys): `اليوم` right after one is «nowadays».
const STATE: &[&str] = &[
    "المتاحه",
    "المتاح",
    "السايد",
    "السايده",
    "القايم",
    "القايمه",
    "الموجود",
    "الموجوده",
];

/// `أكثر تعقيدا من تلك المتاحة اليوم`: see the module doc.
fn generic_today(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    a == z
        && key(tk, a) == "اليوم"
        && a.checked_sub(1)
            .is_some_and(|p| STATE.contains(&key(tk, p)))
}

/// `في شهر رمضان المبارك في الأعوام السابقة`: see the module doc.
fn recurring(tk: &[Token<'_>], a: usize, z: usize) -> bool {
    if (a..=z).any(|j| matches!(tk[j].kind, TokenKind::Number { .. })) {
        return false;
    }
    let (w1, w2, w3) = (key(tk, z + 1), key(tk, z + 2), key(tk, z + 3));
    let years = |w: &str| matches!(w, "الاعوام" | "السنوات" | "السنين");
    let past = |w: &str| matches!(w, "السابقه" | "الماضيه");
    let every = |w: &str| w == "كل";
    let year = |w: &str| matches!(w, "عام" | "سنه");
    (w1 == "في" && years(w2) && past(w3))
        || ((w1 == "من" || w1 == "في") && every(w2) && year(w3))
        || (every(w1) && year(w2))
}

/// `من الآن وحتى نوفمبر`: see the module doc.
fn from_now(tk: &[Token<'_>], c: &mut Recognized, a: usize, z: usize, p: Date) {
    if a != z || !super::dates::is_month_name(&tk[a]) {
        return;
    }
    let Some(b) = a.checked_sub(1) else { return };
    if !matches!(bare(tk, b), "حتي" | "الي" | "لغايه") {
        return;
    }
    let Some(n) = b.checked_sub(1) else { return };
    let now = key(tk, n) == "الان" && n.checked_sub(1).is_some_and(|m| key(tk, m) == "من");
    if !now {
        return;
    }
    let Some((lo, hi)) = bounds(c) else { return };
    if lo.day() != 1 || hi != lo.last_of_month() || lo >= p.first_of_month() {
        return;
    }
    // The coming month of that name: this year's if it is still ahead, else next year's.
    let year = if lo.month() >= p.month() {
        p.year()
    } else {
        p.year() + 1
    };
    let Ok(first) = Date::new(year, lo.month(), 1) else {
        return;
    };
    let last = first.last_of_month();
    c.value = Value::Text(format!("{year:04}-{:02}", lo.month()));
    c.low = Some(Value::Text(first.to_string()));
    c.high = Some(Value::Text(last.to_string()));
}

/// `يوم الإثنين المقبل 18 شوال`: see the module doc.
fn written_date_wins(tk: &[Token<'_>], out: &mut [Recognized], k: usize, a: usize, z: usize) {
    if !matches!(key(tk, z), "المقبل" | "القادم" | "الماضي")
        || !(a..z).any(|j| super::dates::weekday_at(tk, j).is_some())
    {
        return;
    }
    let Some(next) = out.get(k + 1) else { return };
    if next.kind != Kind::Date {
        return;
    }
    // Only a space or an opening bracket between the two.
    let Some(n) = token_of(tk, next.byte_start) else {
        return;
    };
    if n <= z || !(z + 1..n).all(|j| matches!(tk[j].kind, TokenKind::Punct('(' | '-' | '،'))) {
        return;
    }
    let (Some((lo, hi)), Some((wlo, whi))) = (bounds(&out[k]), bounds(next)) else {
        return;
    };
    if lo != hi || wlo != whi || lo == wlo || lo.weekday() != wlo.weekday() {
        return;
    }
    if (lo - wlo).get_days().abs() > 7 {
        return;
    }
    let v = next.value.clone();
    let (l, h) = (next.low.clone(), next.high.clone());
    let c = &mut out[k];
    c.value = v;
    c.low = l;
    c.high = h;
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        became_wax: "ذاب كل المعمار الذي تراكم في الذاكرة عبر السنين غدا شمعا هلاميا، تحيا الأمة" => [];
        became_hybrid: "فإن هذا العمق الاستراتيجي غدا هجينا ومشوها." => [];
        meeting_tomorrow_stays: "تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى الوزراء"
            => ["غداً|date|2014-12-04|2014-12-04..2014-12-04|exact|"];
        decision_tomorrow_stays: "سيصدر خلال اجتماع الحكومة غدا قرارا باعتبار السادس من أغسطس إجازة"
            => ["غدا|date|2014-12-04|2014-12-04..2014-12-04|exact|", "السادس من أغسطس|date|2014-08-06|2014-08-06..2014-08-06|exact|"];
        pristine_world: "أن نقول إن لكرة القدم عالما بكرا، يمكن أن نستمتع به" => [];
        ramadan_past_years: "مستفيدة من تجاربها في شهر رمضان المبارك في الأعوام السابقة." => [];
        fair_every_year_stays: "خلال الفترة من 12 ديسمبر 2015م من كل سنة ولمدة 10 أيام"
            => ["12 ديسمبر 2015م|date|2015-12-12|2015-12-12..2015-12-12|exact|", "10 أيام|duration|P10D|P10D..P10D|exact|day"];
        surname_said: "أكد أمين عام الاتحاد أحمد الخميس أن القرار جاء بالإجماع. وقال الخميس: كان اجتماعا إيجابيا"
            => [];
        networks_today: "ستكون الشبكات أكثر تعقيدا من تلك المتاحة اليوم، وأنا أشك" => [];
        tension_today: "هو التوتر القائم اليوم بين المستثمرين وأصحاب المشاريع" => [];
        rain_today_stays: "إثر إصابته بصاعقة خلال الأمطار التي تشهدها قرية الفارعة اليوم"
            => ["اليوم|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
        said_on_thursday_stays: "وقال الخميس إن الاجتماع كان إيجابيا"
            => ["الخميس|date|2014-11-27|2014-11-27..2014-11-27|exact|"];
    }

    #[test]
    fn quarter_of_this_year() {
        assert_eq!(
            crate::lang::table::claims_in(
                crate::model::Lang::Ar,
                "تحسن الاقتصاد الأميركي في الربع الثاني للعام الحالي، وعززت التوقعات"
            ),
            vec![
                "الربع الثاني للعام الحالي|date|2014-04-01/2014-06-30|2014-04-01..2014-06-30|exact|"
            ]
        );
    }

    #[test]
    fn november_from_now() {
        let got = crate::lang::table::claims_on(
            crate::model::Lang::Ar,
            "المهلة التي تمتد لثلاثة أشهر من الآن وحتى نوفمبر، ستراعي الاعتبارات",
            (2015, 8, 8),
        );
        assert!(
            got.iter().any(|c| c.starts_with("نوفمبر|date|2015-11|")),
            "{got:?}"
        );
    }

    #[test]
    fn next_monday_is_the_written_date() {
        let got = crate::lang::table::claims_on(
            crate::model::Lang::Ar,
            "تنظم المديرية ابتداءً من يوم الإثنين المقبل 18 شوال ولمدة 3 أيام دورة تدريبية",
            (2015, 8, 3),
        );
        assert!(
            got.iter()
                .any(|c| c.starts_with("يوم الإثنين المقبل|date|2015-08-03|")),
            "{got:?}"
        );
    }

    #[test]
    fn next_wednesday_agrees_stays() {
        let got = crate::lang::table::claims_on(
            crate::model::Lang::Ar,
            "ستقام المباراة يوم الأربعاء القادم 12 اغسطس في لندن",
            (2015, 8, 6),
        );
        assert!(
            got.iter()
                .any(|c| c.starts_with("يوم الأربعاء القادم|date|2015-08-12|")),
            "{got:?}"
        );
    }
}
