//! Ordinals that rank nothing, from the class sample of ordinals O1 and the judged Arabic
//! samples 107–110 (ar142). Each rule looks at a fixed few tokens around the ordinal; no
//! claim for any of them:
//!
//! - Epithets, «foremost» or «original» (extends ar128's and ar137's): `روبرتو بيللوتشي
//!   المؤسس الأول للسيرك` (the founding father: `المؤسس` + `الأول`), `بموسيقار السعودية
//!   الأول سراج عمر` (a title of praise `موسيقار`/`مطرب`/`شاعر`/`فارس`… without the
//!   article, one definite genitive, then `الأول`/`الأولى`; `الفنان الغربي الأول الذي يعزف`,
//!   with the article, stays), `يحاربون المؤسسة الأولى في محاربة التحرش`, `الخط الأمني
//!   الأول في مكافحة الإرهاب` (`الأول`/`الأولى` + `في محاربة`/`في مكافحة`), `كل فرد من
//!   أفراده رجل أمن أول` (the indefinite of mod.rs's `رجل الأمن الأول`) ([`epithet`]).
//! - Idioms: `ولكن يظل في المقام الثاني` (secondary: any ordinal after `المقام`, like `في
//!   المقام الأول` in mod.rs), `وكنا نحترم سابع جار` (the farthest neighbour), `وتشكلت في
//!   صورتها الأولى` (original form: `في` + `صورة` with a pronoun + `الأولى`), `وأول سؤال
//!   يتبادر الى القارئ`, `فإن أول ما يخطر ببالنا`, `أول ما يتبادر إلى الذهن` (what comes to
//!   mind: `أول` + `سؤال`/`ما`/`شيء` + `يتبادر`/`يخطر`) ([`idiom`]).
//! - Names and labels: `افتتاح قناة السويس الثانية` (the new canal's name; ar137 takes it in
//!   quotes), `وهو ما يعرف بالحساب الأول` (a calendar's name: an ordinal right after `ما
//!   يعرف ب…`/`يسمى ب…`), military commands `كبار قادة المنطقتين العسكريتين الثالثة
//!   والسادسة`, `من المنطقة العسكرية الأولى`, `الجيش الثالث الميداني` and `المحور الثاني
//!   الذي يقوده العميد` (an axis named by its commander; `تنقسم إلى محورين، يتمثل المحور
//!   الأول`, an enumeration, stays), and a chapter heading standing alone as the sentence:
//!   `الفصل التاسع` ([`label`]).
//! - Counting off a group: `أفراد الشرطة الأربعة … أصيب السائق واثنان آخران، ولقي الرابع
//!   مصرعه`, `قرر ثلاثة منا قتل الرابع`: a bare definite ordinal (from the second on) right
//!   after `لقي`/`قتل`/`أصيب` names the one left of a group just counted, nothing is ranked
//!   ([`counted_off`]).
//!
//! Left alone: «the former» (`بالمطار الأول` after two airports, `قبل عودة الأول` after
//! `مريض آخر`, `الابن الثاني للزوجين`) needs the referent's earlier mention and reads the
//! same as a true rank around the ordinal; and enumerations of a speaker's own points (`عبر
//! طريقين … الأول انقلاب … والثاني`) have the same shape as the forward enumerations judges
//! accept (`بسببين أساسيين، الأول … والثاني`).

use super::Ctx;
use super::ordinals;
use super::tokens::key_at as key;
use super::tokens::{Token, TokenKind};

/// An ordinal at token `i` that ranks nothing (see the module's doc), and the token after it.
pub(super) fn not_a_claim(ctx: &Ctx<'_, '_>, i: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if !ordinals::may_be_ordinal(tokens.get(i)?) {
        return None;
    }
    (epithet(tokens, i) || idiom(tokens, i) || label(tokens, i) || counted_off(tokens, i))
        .then_some(i + 1)
}

/// `k`'s key without a leading `و`/`ف`/`ب`/`ل` proclitic (one letter).
fn bare<'a>(tokens: &'a [Token<'_>], k: usize) -> &'a str {
    let w = key(tokens, k);
    w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w)
}

/// Whether `k` is `الأول`/`الأولى` (with `و` at most).
fn first_def(tokens: &[Token<'_>], k: usize) -> bool {
    matches!(key(tokens, k), "الاول" | "الاولي" | "والاول" | "والاولي")
}

/// Titles of praise (keys, no article) that `X البلد الأول` makes «foremost».
const PRAISED: &[&str] = &[
    "موسيقار",
    "مطرب",
    "مطربه",
    "شاعر",
    "شاعره",
    "فارس",
    "ملحن",
    "اديب",
    "مفكر",
];

/// `المؤسس الأول`, `موسيقار السعودية الأول`, `المؤسسة الأولى في محاربة`, `رجل أمن أول`:
/// see the module's doc.
fn epithet(tokens: &[Token<'_>], i: usize) -> bool {
    if key(tokens, i) == "اول" {
        // `رجل أمن أول`: an indefinite `رجل` (with a proclitic at most) + `أمن`.
        return i >= 2
            && key(tokens, i - 1) == "امن"
            && matches!(
                key(tokens, i - 2),
                "رجل" | "ورجل" | "برجل" | "لرجل" | "فرجل"
            );
    }
    if !first_def(tokens, i) || i == 0 {
        return false;
    }
    if matches!(bare(tokens, i - 1), "الموسس" | "الموسسون") {
        return true;
    }
    if key(tokens, i + 1) == "في" && matches!(bare(tokens, i + 2), "محاربه" | "مكافحه")
    {
        return key(tokens, i - 1).contains("ال");
    }
    i >= 2
        && tokens[i - 1].kind == TokenKind::Word
        && key(tokens, i - 1).starts_with("ال")
        && PRAISED.contains(&bare(tokens, i - 2))
}

/// `في المقام الثاني`, `سابع جار`, `في صورتها الأولى`, `أول سؤال يتبادر`: see the module's
/// doc.
fn idiom(tokens: &[Token<'_>], i: usize) -> bool {
    let w = key(tokens, i);
    let prev = i.checked_sub(1).map_or("", |p| key(tokens, p));
    if prev == "المقام" && i >= 2 && matches!(key(tokens, i - 2), "في" | "وفي") {
        return true;
    }
    if matches!(w, "سابع" | "وسابع" | "لسابع") && matches!(key(tokens, i + 1), "جار" | "جاره")
    {
        return true;
    }
    if matches!(w, "الاولي")
        && matches!(prev, "صورته" | "صورتها" | "صورتهم" | "صورتهما")
        && i >= 2
        && matches!(key(tokens, i - 2), "في" | "وفي" | "فى")
    {
        return true;
    }
    matches!(w, "اول" | "واول" | "فاول")
        && matches!(key(tokens, i + 1), "سوال" | "ما" | "شيء" | "شي")
        && ["يتبادر", "تبادر", "يخطر", "خطر", "سيتبادر", "سيخطر"].contains(&key(tokens, i + 2))
}

/// Heads (keys) of a military command named by its number.
const COMMANDS: &[&str] = &["المنطقه", "المنطقتين", "الجيش", "المنطقتان"];

/// `قناة السويس الثانية`, `ما يعرف بالحساب الأول`, `المنطقتين العسكريتين الثالثة
/// والسادسة`, `المحور الثاني الذي يقوده`, `الفصل التاسع` alone: see the module's doc.
fn label(tokens: &[Token<'_>], i: usize) -> bool {
    let w = key(tokens, i);
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let prev = key(tokens, p);
    // `قناة السويس الثانية`.
    if matches!(w, "الثانيه" | "والثانيه")
        && prev == "السويس"
        && p.checked_sub(1)
            .is_some_and(|q| bare(tokens, q).starts_with("قناه"))
    {
        return true;
    }
    // `وهو ما يعرف بالحساب الأول`, `ما يسمى بالجيل الثاني`.
    if w.starts_with("ال")
        && prev.starts_with("بال")
        && p.checked_sub(1).is_some_and(|q| {
            matches!(
                key(tokens, q),
                "يعرف" | "تعرف" | "يسمي" | "تسمي" | "مايعرف" | "مايسمي"
            )
        })
    {
        return true;
    }
    // `الفصل التاسع` as the whole sentence: a heading.
    if p == 0 && prev == "الفصل" && tokens.len() == 2 {
        return true;
    }
    // `المحور الثاني الذي يقوده العميد`, `المحور الثاني بقيادة`.
    if bare(tokens, p) == "المحور"
        && (matches!(key(tokens, i + 1), "بقياده")
            || key(tokens, i + 1) == "الذي"
                && matches!(key(tokens, i + 2), "يقوده" | "يقودها" | "يتولاه"))
    {
        return true;
    }
    // `الجيش الثالث الميداني`, `المنطقة الرابعة العسكرية`.
    if COMMANDS.contains(&bare(tokens, p))
        && matches!(key(tokens, i + 1), "الميداني" | "العسكريه" | "العسكري")
    {
        return true;
    }
    // `المنطقة العسكرية الأولى`, `المنطقتين العسكريتين الثالثة والسادسة`.
    let mut q = p;
    if w.starts_with('و') && ordinals::may_be_ordinal(&tokens[p]) {
        let Some(r) = p.checked_sub(1) else {
            return false;
        };
        q = r;
    }
    matches!(key(tokens, q), "العسكريه" | "العسكريتين" | "العسكريتان")
        && q.checked_sub(1)
            .is_some_and(|r| COMMANDS.contains(&bare(tokens, r)))
}

/// `ولقي الرابع مصرعه`, `قتل الرابع`: see the module's doc.
fn counted_off(tokens: &[Token<'_>], i: usize) -> bool {
    let w = key(tokens, i);
    if !w.starts_with("ال") || first_def(tokens, i) {
        return false;
    }
    i.checked_sub(1).is_some_and(|p| {
        matches!(
            key(tokens, p),
            "لقي" | "ولقي" | "قتل" | "وقتل" | "اصيب" | "واصيب"
        )
    })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        founder: "بفكرة ترجع إلى قصة لقاء الطبيب روبرتو بيللوتشي المؤسس الأول للسيرك لفتاة جمباز" => [];
        composer: "سأحكي لكم قصة غير مألوفة تتعلق بموسيقار السعودية الأول سراج عمر" => [];
        artist_with_article_stays: "وأصبح الفنان الغربي الأول الذي يعزف ويسجل موسيقاه في «تاج محل»"
            => ["الأول|ordinal|1|1..1|exact|"];
        foremost_in_fighting: "بينما يحاربون المؤسسة الأولى في محاربة التحرش وهي هيئة الأمر بالمعروف" => [];
        front_line: "جعل منهم دائما الخط الأمني الأول في مكافحة الإرهاب الذي طال المملكة" => [];
        security_man: "وإعلانه أن كل فرد من أفراده رجل أمن أول لحماية هذا الوطن" => [];
        maqam_second: "ولكن يظل في المقام الثاني، مقام المحسنات التي يمكن الاستغناء عنها" => [];
        seventh_neighbour: "وكنا نحترم سابع جار ونتقاسم مع الصديق المصروف والأسرار" => [];
        original_form: "بالبحث عن أصول الأشياء عندما انعقدت وتشكلت في صورتها الأولى" => [];
        first_question: "وأول سؤال يتبادر الى القارئ ماذا يعني أن نبحث في مستثمري عمليات داعش" => [];
        comes_to_mind: "حين يذكر القلب، أول ما يتبادر إلى الذهن الحب" => [];
        second_suez: "تتواصل الاستعدادات في مصر لحفل افتتاح قناة السويس الثانية" => [];
        known_as: "حسب التقويم «القورقوري» الشمسي، وهو ما يعرف بالحساب الأول" => [];
        military_regions: "اجتماعا ضم كبار قادة المنطقتين العسكريتين الثالثة والسادسة"
            => ["المنطقتين|count|2|2..2|exact|region"];
        military_region: "أصدرت أمراً بتحريك ست كتائب عسكرية من المنطقة العسكرية الأولى إلى جبهات القتال"
            => ["ست كتائب|count|6|6..6|exact|كتايب"];
        axis_by_commander: "مع المحور الثاني الذي يقوده العميد عبد الله الصبيحي في تعز" => [];
        axis_enumeration_stays: "تنقسم إلى محورين، يتمثل المحور الأول في محور العند"
            => ["محورين|count|2|2..2|exact|axis", "الأول|ordinal|1|1..1|exact|"];
        chapter_heading: "الفصل التاسع" => [];
        chapter_in_text_stays: "وهي تردد الفصل الأول محاولة أولى"
            => ["الأول|ordinal|1|1..1|exact|"];
        counted_off_fourth: "حيث أصيب السائق واثنان آخران، ولقي الرابع مصرعه"
            => ["اثنان|number|2|2..2|exact|"];
    }
}
