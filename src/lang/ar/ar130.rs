//! Ordinals that rank nothing, from the judged Arabic samples 95–98 (ar130). Each rule
//! looks at a fixed few tokens around the ordinal; no claim for any of them:
//!
//! - The former and the latter after a verb: `وخلال اجتماع عيد مع سابيلا المرتقب، سيسلم
//!   الأول التقرير`, `بعد أن رفض الأول مقترح حزب الشعب`, `وتوج الأول بلقبها`, `ويملك الأول
//!   تسع نقاط …، فيما يملك الثاني ست نقاط`, `بعد طلب الثاني إعادتها`: a bare masculine
//!   `الأول`/`الثاني` (no noun before it) right after a verb (an imperfect in `ي`, or a past
//!   verb of saying or acting, or `طلب`) is the verb's subject or object, one of two persons
//!   or things just named. A verb of placing or being (`يعد`, `يكون`, `يأتي`, `يحل`, `يحتل`,
//!   `يحصل`, `يحصد`, `ينال`, `يصبح` …: `يعد الأول من نوعه`) makes a rank and stays, and so
//!   does any bare ordinal in a sentence about places or winners (`المركز`, `المراتب`,
//!   `الفائزين`: `يحصد الأول جائزة`), or one followed by `من`/`على`/`بين`/`عالميا` … (the
//!   first of its kind, on a level), and one whose other half sits on a noun earlier (`والحلم
//!   الثاني يؤكد الاول`: the first dream, a label in an order) or in a list of three
//!   (`ويشمل العقد الأول …، بينما يشمل الثاني …، ويشمل الثالث`) ([`former_after_verb`]). Feminine `الأولى`/`الثانية`
//!   after a verb are mostly items of a list just counted (`دورتين … تقام الأولى`), left as
//!   they are.
//! - A letter in a spelling note: `ذللوا -بتشديد اللام الأولى وكسرها-`: an ordinal after a
//!   letter's name (`اللام`, `الراء`, `الهمزة` …) with a word of vocalisation (`تشديد`,
//!   `كسر`, `فتح`, `ضم`, `سكون`) next to it counts letters of a word, not a claim
//!   ([`letter`]; `اللام الأولى` with no spelling word stays).
//! - A league's gloss: `من دوري الدرجة الثانية (الأولى في إنجلترا)`, `في دوري الدرجة
//!   الثانية سابقا (الأولى حاليا)`: a feminine ordinal right after `(` whose bracket glosses
//!   `الدرجة` + ordinal a few words before is the division's other name, like ar88's
//!   `دوري الدرجة الأولى` ([`league_gloss`]; a bracket with no `الدرجة` before it stays).
//!
//! In `mod.rs`: `حيث النشأة الأولى` (the origin), `الانطباع الأول` (the first
//! impression), `التخيل الانطباعي الأول` join the epithet heads (`FIRST_IDIOM_HEADS`): in
//! every corpus hit they rank nothing.

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
    (former_after_verb(tokens, i) || letter(tokens, i) || league_gloss(tokens, i)).then_some(i + 1)
}

/// Imperfect verbs (keys, without `و`/`ف`/`ل`/`س`) of placing or being, after which a bare
/// ordinal is a rank.
const PLACING: &[&str] = &[
    "يعد",
    "يعتبر",
    "يصنف",
    "يكون",
    "ياتي",
    "يحل",
    "يحتل",
    "يحصل",
    "يحصد",
    "ينال",
    "يصبح",
    "يظل",
    "يبقي",
    "يتصدر",
    "يفوز",
    "يحرز",
    "يكسب",
    "يتوج",
    "يعتلي",
    "يتربع",
    "يمثل",
    "يصل",
    "يجيء",
    "يحقق",
    "يدخل",
    "ينهي",
    "يتقدم",
    "يعود",
    "يكن",
];

/// Past verbs (keys, without `و`/`ف`) of saying or acting whose bare ordinal subject or
/// object is one of two persons or things just named; and `طلب` (a request, a verb).
const ACTING: &[&str] = &[
    "اكد",
    "قال",
    "اشار",
    "اوضح",
    "اضاف",
    "رفض",
    "طالب",
    "طلب",
    "اعتبر",
    "وصف",
    "توج",
    "اعلن",
    "نفي",
    "اتهم",
    "راي",
    "دعا",
    "هاجم",
    "انتقد",
    "اعترف",
    "وافق",
];

/// Words after a bare ordinal that make it a rank or a first (`الأول من نوعه`, `الأول على
/// مستوى`, `الأول عالميا`).
const RANK_AFTER: &[&str] = &[
    "من",
    "علي",
    "بين",
    "ضمن",
    "عالميا",
    "عربيا",
    "محليا",
    "خليجيا",
    "اقليميا",
    "دوليا",
    "مكرر",
    "بعد",
    "له",
    "لها",
    "هذا",
    "هذه",
];

/// Nouns (keys, stems) of a sentence about places or winners, where a bare ordinal is a
/// placing.
const PLACES: &[&str] = &[
    "المركز",
    "المراكز",
    "المرتبه",
    "المراتب",
    "الفايز",
    "الفايزين",
    "الفايزون",
    "الفايزه",
    "بالمركز",
];

/// Strips `و`/`ف`/`ل` and then `س` from a verb's key. A `ف` is left on a word ending in a
/// possessive pronoun of a noun (`ك`, `كم`, `نا`: `فيلمك`, «your film», is no `يلم`).
fn bare_verb(k: &str) -> &str {
    let noun = ["ك", "كم", "نا"].iter().any(|e| k.ends_with(e));
    let k = k
        .strip_prefix('و')
        .or_else(|| k.strip_prefix('ف').filter(|_| !noun))
        .unwrap_or(k);
    let k = k.strip_prefix('ل').unwrap_or(k);
    k.strip_prefix('س')
        .filter(|r| r.starts_with('ي'))
        .unwrap_or(k)
}

/// `سيسلم الأول التقرير`, `طلب الثاني إعادتها`: see the module's doc.
fn former_after_verb(tokens: &[Token<'_>], i: usize) -> bool {
    if !matches!(key(tokens, i), "الاول" | "الثاني") {
        return false;
    }
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if tokens[p].kind != TokenKind::Word {
        return false;
    }
    let verb = bare_verb(key(tokens, p));
    let object = ["ه", "ها", "هم", "هما"]
        .iter()
        .find_map(|e| verb.strip_suffix(e))
        .filter(|s| s.chars().count() >= 3);
    // An imperfect (`يشارك`, `سيسلم`, `يردده`), not `يوم`/`يد`, not of placing.
    let imperfect = verb.starts_with('ي')
        && verb.chars().count() >= 4
        && !verb.starts_with("يوم")
        && !PLACING.contains(&verb)
        && !object.is_some_and(|v| PLACING.contains(&v));
    let acting = ACTING.contains(&verb);
    if !(imperfect || acting) || RANK_AFTER.contains(&key(tokens, i + 1)) {
        return false;
    }
    // `والحلم الثاني يؤكد الاول`: the other ordinal earlier on a noun (`الحلم الثاني`) makes
    // the bare one that noun's label in an order, which stays.
    let other = if key(tokens, i) == "الاول" {
        "الثاني"
    } else {
        "الاول"
    };
    let definite = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && (t.key.starts_with("ال") || t.stems().any(|(p, _)| p.ends_with("ال")))
    };
    if (1..i).any(|k| key(tokens, k) == other && definite(&tokens[k - 1])) {
        return false;
    }
    // A sentence about places or winners, or a list of three or more (`ويشمل العقد الأول
    // …، بينما يشمل الثاني …، ويشمل الثالث`: items of a list in order), keeps its ordinals.
    !tokens.iter().any(|t| {
        t.kind == TokenKind::Word
            && t.stems()
                .any(|(_, s)| PLACES.contains(&s) || matches!(s, "الثالث" | "الثالثه"))
    })
}

/// Letters' names (keys) that an ordinal may count in a spelling note.
const LETTERS: &[&str] = &[
    "اللام",
    "الراء",
    "الهمزه",
    "الالف",
    "الياء",
    "النون",
    "الميم",
    "الباء",
    "التاء",
    "السين",
    "الكاف",
    "الواو",
    "الهاء",
    "الدال",
    "الشين",
    "الحاء",
    "الخاء",
    "الجيم",
    "الفاء",
    "القاف",
    "الطاء",
    "الزاي",
    "الصاد",
    "الضاد",
    "الظاء",
    "الذال",
    "الثاء",
    "الغين",
    "العين",
];

/// Words of vocalisation (key prefixes, after `و`/`ب`) that make a spelling note.
const SPELLING: &[&str] = &[
    "تشديد",
    "كسر",
    "فتح",
    "ضم",
    "سكون",
    "تسكين",
    "مشدد",
    "مكسور",
    "مفتوح",
    "مضموم",
    "ساكن",
];

/// `بتشديد اللام الأولى وكسرها`: see the module's doc.
fn letter(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if !LETTERS.contains(&key(tokens, p)) {
        return false;
    }
    let spelling = |k: usize| {
        let w = key(tokens, k);
        let w = w
            .strip_prefix('و')
            .or_else(|| w.strip_prefix('ب'))
            .unwrap_or(w);
        SPELLING.iter().any(|s| w.starts_with(s))
    };
    p.checked_sub(1).is_some_and(spelling) || spelling(i + 1)
}

/// `دوري الدرجة الثانية (الأولى في إنجلترا)`: see the module's doc.
fn league_gloss(tokens: &[Token<'_>], i: usize) -> bool {
    let k = key(tokens, i);
    if !(k.ends_with('ه') || k == "الاولي") || !k.starts_with("ال") {
        return false;
    }
    let Some(b) = i.checked_sub(1) else {
        return false;
    };
    if !matches!(tokens[b].kind, TokenKind::Punct('(')) {
        return false;
    }
    // `الدرجة` + an ordinal, then at most one word (`سابقا`), before the bracket.
    (2..=3).any(|back| {
        b.checked_sub(back)
            .is_some_and(|d| key(tokens, d) == "الدرجه" && ordinals::may_be_ordinal(&tokens[d + 1]))
    })
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        former_will_hand: "وخلال اجتماع عيد مع سابيلا المرتقب، سيسلم الأول التقرير الذي أعده الخبراء" => [];
        latter_asked: "ما اضطر الرئاسة العامة لأن تعيد الانتخابات خاصة بعد طلب الثاني إعادتها" => [];
        former_refused: "التحالف بين حزبي العدالة والتنمية والحركة القومية بعد أن رفض الأول مقترح حزب الشعب" => [];
        former_owns: "وتجمع المباراة العراق والإمارات، ويملك الأول تسع نقاط"
            => ["تسع نقاط|count|9|9..9|exact|point"];
        first_of_kind_stays: "الجدير بالذكر أن هذا المشروع الذي يعد الأول من نوعه في المنطقة"
            => ["الأول|ordinal|1|1..1|exact|"];
        winner_takes_stays: "توزع على الفائزين، حيث يحصد الأول جائزة قيمة"
            => ["الأول|ordinal|1|1..1|exact|"];
        placing_verb_stays: "وجاء الأول في السباق"
            => ["الأول|ordinal|1|1..1|exact|"];
        first_film_stays: "سنتان قبل فيلمك الأول «الشعب ضد لاري فلينت»."
            => ["سنتان|duration|P2Y|P2Y..P2Y|exact|year", "الأول|ordinal|1|1..1|exact|"];
        labelled_other_stays: "فرج لك ان شاء الله والحلم الثاني يؤكد الاول ومال الوالد قريبة"
            => ["الثاني|ordinal|2|2..2|exact|", "الاول|ordinal|1|1..1|exact|"];
        list_of_three_stays: "ويشمل العقد الأول مشروع الصيانة، بينما يشمل الثاني مشروع صيانة الشوارع، ويشمل الثالث صيانة الجسور"
            => ["الأول|ordinal|1|1..1|exact|", "الثاني|ordinal|2|2..2|exact|", "الثالث|ordinal|3|3..3|exact|"];
        spelling_note: "ذللوا -بتشديد اللام الأولى وكسرها- الصعوبات للمبدعين" => [];
        letter_without_spelling_stays: "وكتب اللام الأولى في الكلمة"
            => ["الأولى|ordinal|1|1..1|exact|"];
        league_gloss: "التي صعدت هذا الموسم من دوري الدرجة الثانية (الأولى في إنجلترا)" => [];
        league_gloss_formerly: "حين تغلب عليه في دوري الدرجة الثانية سابقا (الأولى حاليا)." => [];
        bracket_without_league_stays: "وحل المنتخب في المركز الثاني (الأولى في آسيا)"
            => ["الثاني|ordinal|2|2..2|exact|", "الأولى|ordinal|1|1..1|exact|"];
        origin: "راح يأوي إلى كهوف الظلمة حيث النشأة الأولى" => [];
        first_impression: "بل سيغلب الانطباع الأول، والحقيقة المصطنعة" => [];
        first_impressionistic: "ومصطفى الشاب المسلم المتحمس التخيل الانطباعي الأول" => [];
        first_report_stays: "وصدر التقرير الأول للجنة"
            => ["الأول|ordinal|1|1..1|exact|"];
    }
}
