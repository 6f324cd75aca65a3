//! Ordinals that rank nothing (ar115, from the judged-wrong ordinals still emitted and an
//! audit of 250 random ordinal claims). Each rule looks at a fixed few tokens around the
//! ordinal, or a bounded walk for the other half of a pair; no claim for any of them:
//!
//! - The former and the latter of a market report: `من قطاعي البتروكيماويات والاتصالات،
//!   فانخفض الأول بنسبة 0.90 في المئة …، تبعه الثاني بنسبة 2.33 في المئة`: a bare `الأول`
//!   right after a verb with `ف` and a bare `الثاني` after `تبعه`/`تلاه`/`يليه` (or
//!   `والثاني`) a few words on point back at two sectors just named ([`market_pair`]).
//!   (ar81's pair wants a complementizer or `والثاني`; ar105's wants a complementizer.)
//! - An epithet in a construct: `نجم مصر الأول` (Egypt's foremost star), `فارس العرب
//!   الأول`, `نجمة أميركا الأولى`, and the title `سيدة أمريكا الأولى`, `السيدة الأمريكية
//!   الأولى` (the First Lady): «first» is «foremost» or a role, nothing is ranked
//!   ([`epithet`]; `الفنان الغربي الأول الذي يعزف …`, a first, has no construct and stays).
//! - The writer's own list: `وأول هذه التحديات عزوف الشباب`, `وأول هذه الحلول هو …`,
//!   `وأول هذه الأخطاء`: `أول` + `هذه`/`تلك` + a noun of the argument (challenges,
//!   solutions, reasons, mistakes, trends …) ([`own_list`]; `أول هذه الرحلات`, a real
//!   sequence, is not in the list and stays).
//! - `كخيار أول`, `الذي كان خياراً أول`: «first choice», the preferred one, like ar105's
//!   `الخيار الثاني` ([`first_choice`]).
//! - Fixed terms: `الشريحة الأولى لرأس المال` (Tier 1 capital, a banking measure)
//!   ([`tier_one`]); `رابع كلوريد التيتانيوم`, `وثاني كلوريد
//!   الإيثيلين` (a chemical's name) ([`chemical`]); `من سابع المستحيلات` (an idiom:
//!   impossible) ([`idiom`]).
//! - A club's reserve squad: `أمام الفريق الثاني لبشيكطاش` (Beşiktaş's second team), a
//!   label like ar81's `فريق الهلال الكروي الأول` ([`squad`]; `الفريق السابع لاكويلاني`,
//!   the seventh club of a career, and `والفريق الثاني بمؤهل`, stay).
//! - Not an ordinal at all: `أول من أمس الأول` (a stray repeat of «the day before yesterday»)
//!   ([`stray_first`]); `وملعب خليجي 20` (a stadium named for the 20th Gulf Cup, a place)
//!   ([`stadium`]; `خليجي 23`, the tournament's edition, stays).
//! - A clock time with its part of the day after `من`: `في الثانية من سحر أمس الجمعة`,
//!   `منذ العاشرة من ليلة أمس` (an edit of ar98's `clock`, which now also takes `من سحر`,
//!   `من ليلة` … and `منذ` before the hour).

use super::Ctx;
use super::ar100::definite_head;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, stems};

/// A token at `i` that is no ordinal claim (see the module's doc), and the token after
/// it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if let Some(next) = stadium(tokens, i) {
        return Some(next);
    }
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    let o = ordinals::parse_at(tokens, i).filter(|o| o.first == i && !o.cardinal)?;
    let next = o.last + 1;
    let p = i.wrapping_sub(1);
    let single = o.first == o.last;
    let hit = chemical(tokens, i, next)
        || idiom(tokens, i, next)
        || single
            && o.value <= 2
            && (market_pair(tokens, i)
                || epithet(tokens, i, p)
                || own_list(tokens, i, next)
                || first_choice(tokens, i, p)
                || tier_one(tokens, i, p, next)
                || squad(tokens, i, p, next)
                || stray_first(tokens, i, p));
    hit.then_some(next)
}

/// A stem of `k` with one of the `prefixes` (`""` for none) and in `nouns`.
fn stem_in(k: &str, prefixes: &[&str], nouns: &[&str]) -> bool {
    stems(k).any(|(p, s)| prefixes.contains(&p) && nouns.contains(&s))
}

/// `فانخفض الأول`, `فزاد الأول`, `فأضاف الأول`: a bare `الأول`/`الأولى` right after a
/// verb glued to `ف` (not `في`, not a noun with `فال`).
fn verb_first(tokens: &[Token<'_>], k: usize) -> bool {
    if !matches!(key(tokens, k), "الاول" | "الاولي") {
        return false;
    }
    let v = key(tokens, k.wrapping_sub(1));
    v.starts_with('ف')
        && !v.starts_with("فال")
        && v.chars().count() >= 4
        && !matches!(
            v,
            "فيه" | "فيها" | "فيما" | "فقط" | "فوق" | "فترة" | "فترات" | "فريق"
        )
}

/// `تبعه الثاني`, `تلاه الثاني`, `يليه الثاني`, `والثاني`: the second half of a pair.
fn latter(tokens: &[Token<'_>], k: usize) -> bool {
    match key(tokens, k) {
        "الثاني" | "الثانيه" => matches!(
            key(tokens, k.wrapping_sub(1)),
            "تبعه"
                | "تبعها"
                | "وتبعه"
                | "وتبعها"
                | "تلاه"
                | "تلاها"
                | "وتلاه"
                | "وتلاها"
                | "يليه"
                | "يليها"
                | "ويليه"
                | "ويليها"
                | "و"
        ),
        "والثاني" | "والثانيه" => true,
        _ => false,
    }
}

/// The former and the latter of a market report (see the module's doc): either half,
/// with the other half within a few words.
fn market_pair(tokens: &[Token<'_>], i: usize) -> bool {
    const SPAN: usize = 30;
    if verb_first(tokens, i) {
        let end = (i + SPAN).min(tokens.len());
        return (i + 2..end).any(|j| latter(tokens, j));
    }
    latter(tokens, i)
        && (i.saturating_sub(SPAN)..i.saturating_sub(1)).any(|f| verb_first(tokens, f))
}

/// `نجم مصر الأول`, `فارس العرب الأول`, `سيدة أمريكا الأولى`, `السيدة الأمريكية الأولى`,
/// `السيدة الأولى`.
fn epithet(tokens: &[Token<'_>], i: usize, p: usize) -> bool {
    const HEADS: &[&str] = &[
        "نجم",
        "نجمه",
        "فارس",
        "شاعر",
        "شاعره",
        "مطرب",
        "مطربه",
        "فنان",
        "فنانه",
        "سيده",
    ];
    const LADY: &[&str] = &["سيده"];
    // The genitive: a proper name (no article) or a people, a nation, an art.
    const PEOPLE: &[&str] = &[
        "العرب",
        "العالم",
        "الخليج",
        "الوطن",
        "الامه",
        "الشعب",
        "الجماهير",
        "الشباب",
        "الكره",
        "الشاشه",
        "الغناء",
        "الطرب",
        "الشعر",
        "السينما",
        "المسرح",
    ];
    let bare = ["", "و", "ب", "ل", "ك"];
    let definite = ["ال", "وال", "بال", "لل", "كال"];
    if !matches!(key(tokens, i), "الاول" | "الاولي") {
        return false;
    }
    let g = key(tokens, p);
    if g.is_empty() {
        return false;
    }
    let q = key(tokens, p.wrapping_sub(1));
    // `السيدة الأولى`, `السيدة الأمريكية الأولى`.
    stem_in(g, &definite, LADY)
        || g.starts_with("ال") && g.ends_with("يه") && stem_in(q, &definite, LADY)
        // `نجم مصر الأول`: an indefinite head and its genitive.
        || stem_in(q, &bare, HEADS) && (!g.starts_with("ال") || PEOPLE.contains(&g))
}

/// `وأول هذه التحديات`, `وأول تلك الحلول`: the first of the writer's own points.
fn own_list(tokens: &[Token<'_>], i: usize, next: usize) -> bool {
    const POINTS: &[&str] = &[
        "تحديات",
        "حلول",
        "اسباب",
        "اخطاء",
        "توجهات",
        "عوامل",
        "نقاط",
        "ملاحظات",
        "دروس",
        "مشكلات",
        "مشاكل",
        "عقبات",
        "معايير",
        "شروط",
        "امور",
        "اسيله",
        "اسئله",
        "مطالب",
        "اولويات",
        "مخاطر",
        "صعوبات",
        "مبادي",
        "مبادئ",
        "اهداف",
    ];
    matches!(key(tokens, i), "اول" | "واول" | "فاول")
        && matches!(key(tokens, next), "هذه" | "تلك")
        && stem_in(key(tokens, next + 1), &["ال"], POINTS)
}

/// `كخيار أول`, `خياراً أول`.
fn first_choice(tokens: &[Token<'_>], i: usize, p: usize) -> bool {
    key(tokens, i) == "اول" && stem_in(key(tokens, p), &["", "ك", "و", "ب"], &["خيار", "خيارا"])
}

/// `الشريحة الأولى لرأس المال`, `الشريحة الأولى من رأس المال`: Tier 1 capital.
fn tier_one(tokens: &[Token<'_>], i: usize, p: usize, next: usize) -> bool {
    key(tokens, i) == "الاولي"
        && stem_in(key(tokens, p), &["ال", "وال", "بال", "لل"], &["شريحه"])
        && (key(tokens, next) == "لراس"
            || key(tokens, next) == "من" && key(tokens, next + 1) == "راس")
}

/// `ثاني أكسيد الكربون`, `رابع كلوريد التيتانيوم`: a chemical's name.
fn chemical(tokens: &[Token<'_>], i: usize, next: usize) -> bool {
    !key(tokens, i).contains("ال")
        && stem_in(
            key(tokens, next),
            &[""],
            &[
                "اكسيد",
                "اوكسيد",
                "كلوريد",
                "فلوريد",
                "بروميد",
                "كبريتيد",
                "يوديد",
            ],
        )
}

/// `من سابع المستحيلات`: an idiom, impossible.
fn idiom(tokens: &[Token<'_>], i: usize, next: usize) -> bool {
    stem_in(key(tokens, i), &["", "و", "ف"], &["سابع"]) && key(tokens, next) == "المستحيلات"
}

/// `أمام الفريق الثاني لبشيكطاش`: a club's reserve squad, named by the club after it
/// with `ل`.
fn squad(tokens: &[Token<'_>], i: usize, p: usize, next: usize) -> bool {
    let n = key(tokens, next);
    key(tokens, i) == "الثاني"
        && n.starts_with('ل')
        && !n.starts_with("ال")
        && n != "له"
        && definite_head(tokens, p, &["فريق"])
}

/// `أول من أمس الأول`: a stray `الأول` repeating the day before yesterday.
fn stray_first(tokens: &[Token<'_>], i: usize, p: usize) -> bool {
    key(tokens, i) == "الاول"
        && key(tokens, p) == "امس"
        && key(tokens, p.wrapping_sub(1)) == "من"
        && matches!(key(tokens, p.wrapping_sub(2)), "اول" | "واول")
}

/// `وملعب خليجي 20`: a stadium named for a Gulf Cup, a place; the number is its name.
fn stadium(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    tokens.get(i)?.number()?;
    let p = i.checked_sub(1)?;
    (key(tokens, p) == "خليجي"
        && stem_in(
            key(tokens, p.wrapping_sub(1)),
            &["", "و", "ب", "ل"],
            &["ملعب", "استاد", "ستاد"],
        ))
    .then_some(i + 1)
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        former_latter_sectors: "وجاء الضغط على السوق من قطاعي البتروكيماويات والاتصالات، فانخفض الأول بنسبة 0.90 في المئة بفعل بتروكيم، تبعه الثاني بنسبة 2.33 في المئة"
            => ["0.90 في المئة|percent|0.9|0.9..0.9|exact|", "2.33 في المئة|percent|2.33|2.33..2.33|exact|"];
        former_latter_and: "كان من أكبرها كسبا الزراعة والنقل، فزاد الأول بنسبة 1.08 في المئة، والثاني بنسبة 0.94 في المئة"
            => ["1.08 في المئة|percent|1.08|1.08..1.08|exact|", "0.94 في المئة|percent|0.94|0.94..0.94|exact|"];
        runner_up_stays: "وفاز الهلال بالمركز الأول، تبعه الثاني النصر"
            => ["الأول|ordinal|1|1..1|exact|", "الثاني|ordinal|2|2..2|exact|"];
        star_of_egypt: "وأبرز الحاضرين هو نجم مصر الأول الفنان عادل إمام" => [];
        knight_of_arabs: "وأحد هؤلاء العاشقين فارس العرب الأول عنترة بن شداد" => [];
        first_lady: "هيلاري كلينتون هي سيدة أمريكا الأولى سابقا" => [];
        first_lady_adjective: "الى ان السيدة الامريكية الاولى السابقة جاءت في المقدمة" => [];
        first_western_artist_stays: "وأصبح الفنان الغربي الأول الذي يعزف في طهران"
            => ["الأول|ordinal|1|1..1|exact|"];
        star_of_first_match_stays: "وكان نجم المباراة الأولى حارس المرمى"
            => ["الأولى|ordinal|1|1..1|exact|"];
        first_challenge: "وأول تلك التحديات عزوف الشباب عن مهنة الزراعة" => [];
        first_solution: "وأول هذه الحلول هو عدم الصمت" => [];
        first_trip_stays: "وكانت أول هذه الرحلات إلى جدة"
            => ["أول|ordinal|1|1..1|exact|"];
        first_choice: "بعد أن تعذر التعاقد مع شيري الذي كان خياراً أول" => [];
        first_choice_as: "لعلاج الصداع وليست كخيار أول" => [];
        first_option_stays: "وكان أول خيار أمامه الرحيل"
            => ["أول|ordinal|1|1..1|exact|"];
        tier_one: "مبينا ان الشريحة الاولى لرأس المال تبين قوة المصارف" => [];
        first_tranche_stays: "اعتمد الاتحاد الأوروبي أمس الشريحة الأولى من حزمة مساعدات"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|", "الأولى|ordinal|1|1..1|exact|"];
        tetrachloride: "سيقوم المصنع باستخدام رابع كلوريد التيتانيوم" => [];
        second_plant_stays: "سيقوم المصنع باستخدام ثاني خط إنتاج"
            => ["ثاني|ordinal|2|2..2|exact|"];
        seventh_impossible: "على اعتبار أنّ الأمر من سابع المستحيلات" => [];
        seventh_day_stays: "وصل في سابع أيام المهرجان"
            => ["سابع|ordinal|7|7..7|exact|"];
        reserve_team: "أقيمت في معسكره في تركيا أمام الفريق الثاني لبشيكطاش" => [];
        seventh_club_stays: "وسيكون سبورتينغ الفريق السابع لاكويلاني خلال مسيرته"
            => ["السابع|ordinal|7|7..7|exact|"];
        second_team_of_a_list_stays: "والفريق الثاني بمؤهل جامعي في العلوم"
            => ["الثاني|ordinal|2|2..2|exact|"];
        stray_first: "وصلت بعثة الحكام أول من أمس الأول إلى التشيك"
            => ["أول من أمس|date|2014-12-01|2014-12-01..2014-12-01|exact|"];
        stadium: "بعد السيطرة على مناطق زنجبار وملعب خليجي 20 ووادي حسان" => [];
        two_before_dawn: "أقدمت عصابة إرهابية، في الثانية من سحر أمس، على إحراق عائلة"
            => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
        since_ten_at_night: "أعلنت حالة الطوارئ منذ العاشرة من ليلة أمس الأحد."
            => ["أمس الأحد|date|2014-11-30|2014-11-30..2014-11-30|exact|"];
        second_match_stays: "وفاز في المباراة الثانية من ليلة الافتتاح"
            => ["الثانية|ordinal|2|2..2|exact|"];
        gulf_cup_stays: "وأضاف أن الكويت ستكون جاهزة لاستضافة خليجي 23 في الموعد"
            => ["23|ordinal|23|23..23|exact|"];
    }
}
