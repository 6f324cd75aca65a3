//! Whether a Latin-script name and an Arabic-script name are probably one name written in
//! two scripts (`John Kerry` / `جون كيري`, `Haider al-Abadi` / `حيدر العبادي`): what
//! `isnad speakers suggest` proposes for a person to confirm with `speakers merge`.
//!
//! Both names are reduced to a common skeleton of sound classes: consonants merged where
//! the scripts blur them (`b`/`p`/`ب`, `f`/`v`/`ف`, `j`/`g`/`ج`/`غ`, `s`/`c`/`س`/`ص`/`ث`,
//! `sh`/`ch`/`ش`, `kh`/`خ`, …), vowels as three classes (`a`/`ا`, `e`/`i`/`ي`,
//! `o`/`u`/`و`), `ع` and the hamzas as a weak glottal, the article (`al-`, `el-`, `ال`)
//! dropped. Latin short vowels cost little to leave out (Arabic seldom writes them) and
//! Arabic long vowels a bit more, so `Kerry`/`كيري` is exact while `Kerry`/`كيربي` pays
//! for a whole consonant. Each pair of name parts is compared by a weighted edit distance,
//! and the parts are aligned in order, the last part (the surname) counting double.

use crate::model::{Speaker, SpeakerKind, SpeakerPair};

/// The score from which `isnad speakers suggest` proposes a pair by default.
pub const THRESHOLD: f32 = 0.8;

/// A sound class and how much it weighs (what leaving it out costs).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sym {
    class: u8,
    weight: f32,
}

const LATIN_VOWEL: f32 = 0.25;
const ARABIC_VOWEL: f32 = 0.6;
/// A Latin vowel that starts a word: Arabic writes it (`Obama` أوباما, `Assad` الأسد).
const INITIAL_VOWEL: f32 = 0.6;
const AIN: f32 = 0.5;
const WEAK: f32 = 0.2;
const H: f32 = 0.6;

fn is_vowel(c: u8) -> bool {
    matches!(c, b'A' | b'I' | b'U')
}

fn sym(class: u8, vowel_weight: f32) -> Sym {
    let weight = match class {
        b'A' | b'I' | b'U' => vowel_weight,
        b'?' | b'E' => WEAK,
        b'3' => AIN,
        b'H' => H,
        _ => 1.0,
    };
    Sym { class, weight }
}

/// Consecutive equal classes as one (`Hammond`, `ديدييه`).
fn push(out: &mut Vec<Sym>, s: Sym) {
    match out.last_mut() {
        Some(last) if last.class == s.class => last.weight = last.weight.max(s.weight),
        _ => out.push(s),
    }
}

/// Two skeletons as one word.
fn join(a: &[Sym], b: &[Sym]) -> Vec<Sym> {
    let mut out = a.to_vec();
    for &s in b {
        push(&mut out, s);
    }
    out
}

/// A Latin letter without its accent (`Erdoğan`, `Rosé`); other characters as they are.
fn fold_latin(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ç' => 's',
        'ğ' => 'g',
        'ñ' => 'n',
        'ş' | 'ș' => 'x',
        'ţ' | 'ț' => 't',
        _ => c,
    }
}

fn latin_part(word: &str) -> Vec<Sym> {
    let w: Vec<char> = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_latin)
        .filter(char::is_ascii_lowercase)
        .collect();
    let vowel = |i: usize| w.get(i).is_some_and(|c| "aeiou".contains(*c));
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        let next = w.get(i + 1).copied();
        let mut skip = 1;
        let classes: &[u8] = match w[i] {
            'e' if i + 1 == w.len() && i >= 2 && !vowel(i - 1) => b"",
            'r' if i + 1 == w.len() && i >= 2 && w[i - 2..i] == ['i', 'e'] => b"E",
            // `Reuters`: German `eu` sounds `oi` (رويترز).
            'e' if next == Some('u') => {
                skip = 2;
                b"UI"
            }
            'a' if matches!(next, Some('i' | 'y')) && !vowel(i + 2) => {
                skip = 2;
                b"I"
            }
            'a' => b"A",
            'e' | 'i' => b"I",
            'o' | 'u' => b"U",
            'y' if vowel(i + 1) => b"Y",
            'y' => b"I",
            'w' if vowel(i + 1) => b"W",
            'w' => b"U",
            'h' if i > 0 && vowel(i - 1) && !vowel(i + 1) => b"",
            'h' => b"H",
            'c' if next == Some('h') => {
                skip = 2;
                b"X"
            }
            'c' if next == Some('k') => {
                skip = 2;
                b"K"
            }
            'c' if matches!(next, Some('e' | 'i' | 'y')) => b"S",
            'c' | 'k' | 'q' if next == Some('h') && w[i] != 'c' => {
                skip = 2;
                b"K"
            }
            'c' | 'k' | 'q' => b"K",
            's' if next == Some('h') => {
                skip = 2;
                b"X"
            }
            's' if next == Some('c') && w.get(i + 2) == Some(&'h') => {
                skip = 3;
                b"X"
            }
            's' => b"S",
            'p' if next == Some('h') => {
                skip = 2;
                b"F"
            }
            'p' | 'b' => b"B",
            'f' | 'v' => b"F",
            'g' | 'j' | 'z' | 't' | 'd' if next == Some('h') => {
                skip = 2;
                match w[i] {
                    'g' | 'j' => b"G",
                    'z' => b"G",
                    't' => b"T",
                    _ => b"Z",
                }
            }
            'g' | 'j' => b"G",
            'x' => b"KS",
            't' => b"T",
            'd' => b"D",
            'z' => b"Z",
            'l' => b"L",
            'm' => b"M",
            'n' => b"N",
            'r' => b"R",
            _ => b"",
        };
        for &c in classes {
            let weight = if i == 0 { INITIAL_VOWEL } else { LATIN_VOWEL };
            push(&mut out, sym(c, weight));
        }
        i += skip;
    }
    out
}

fn arabic_part(word: &str) -> Vec<Sym> {
    let w: Vec<char> = word
        .chars()
        .filter(|&c| crate::lang::is_arabic_letter(c) && !('\u{064B}'..='\u{0652}').contains(&c))
        .collect();
    let mut out = Vec::with_capacity(w.len());
    for (i, &c) in w.iter().enumerate() {
        let before_long = matches!(w.get(i + 1), Some('ا' | 'و'));
        let class = match c {
            'أ' | 'إ' | 'آ' | 'ء' | 'ؤ' | 'ئ' => b'?',
            // A word never starts with a vowel: `اردوغان` is `أردوغان` without its hamza.
            'ا' if i == 0 => b'?',
            'ع' => b'3',
            'ت' if w.get(i + 1) == Some(&'ش') => continue,
            'ا' | 'ى' | 'ة' => b'A',
            'و' if i == 0 || before_long => b'W',
            'و' => b'U',
            'ي' if i == 0 || before_long => b'Y',
            'ي' => b'I',
            'ه' if i + 1 == w.len() && i > 0 => b'E',
            'ه' | 'ح' => b'H',
            'ب' | 'پ' => b'B',
            'ت' | 'ط' => b'T',
            'ث' | 'س' | 'ص' => b'S',
            'ج' | 'غ' | 'گ' => b'G',
            'خ' | 'ق' | 'ك' | 'ک' => b'K',
            'د' | 'ض' => b'D',
            'ذ' | 'ز' | 'ظ' => b'Z',
            'ر' => b'R',
            'ش' | 'چ' => b'X',
            'ف' | 'ڤ' => b'F',
            'ل' => b'L',
            'م' => b'M',
            'ن' => b'N',
            'ی' => b'I',
            _ => continue,
        };
        push(&mut out, sym(class, ARABIC_VOWEL));
    }
    out
}

/// The parts of a name in Latin script, without the article (`Haider al-Abadi` →
/// `Haider`, `Abadi`; `Ban Ki-moon` → `Ban`, `Ki`, `moon`).
fn latin_parts(name: &str) -> Vec<Vec<Sym>> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .filter(|p| !matches!(p.to_lowercase().as_str(), "al" | "el" | ""))
        .map(latin_part)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The parts of a name in Arabic script, without the article (`العبادي` → `عبادي`), each
/// also with its article read as a weak vowel and `l` (`الرحمن` → `?lrhmn`): how the second
/// word of `عبد الرحمن` sounds in `Abdulrahman`.
fn arabic_parts(name: &str) -> Vec<(Vec<Sym>, Vec<Sym>)> {
    name.split_whitespace()
        .map(|w| {
            let bare = w
                .strip_prefix("ال")
                .filter(|rest| rest.chars().count() >= 2);
            let part = arabic_part(bare.unwrap_or(w));
            let full = match bare {
                Some(_) => join(&[sym(b'?', WEAK), sym(b'L', 1.0)], &part),
                None => part.clone(),
            };
            (part, full)
        })
        .filter(|(p, _)| !p.is_empty())
        .collect()
}

fn substitution(a: Sym, b: Sym) -> f32 {
    if a.class == b.class {
        return 0.0;
    }
    let pair = |x: u8, y: u8| (a.class == x && b.class == y) || (a.class == y && b.class == x);
    let weak = |c: u8| matches!(c, b'?' | b'E');
    if (weak(a.class) && (weak(b.class) || is_vowel(b.class)))
        || (weak(b.class) && is_vowel(a.class))
    {
        0.1
    } else if (a.class == b'3' && (is_vowel(b.class) || weak(b.class)))
        || (b.class == b'3' && (is_vowel(a.class) || weak(a.class)))
    {
        0.3
    } else if pair(b'Y', b'I') || pair(b'W', b'U') {
        0.15
    } else if is_vowel(a.class) && is_vowel(b.class) {
        0.8
    } else if pair(b'S', b'Z')
        || pair(b'T', b'D')
        || pair(b'K', b'G')
        || pair(b'K', b'H')
        || pair(b'B', b'F')
        || pair(b'D', b'Z')
        || pair(b'S', b'X')
    {
        0.5
    } else {
        a.weight.max(b.weight)
    }
}

/// What swapping two neighbours costs (`Reuters` رويترز).
const TRANSPOSE: f32 = 0.3;

/// Weighted edit distance of two skeletons, with transpositions of neighbours.
fn distance(a: &[Sym], b: &[Sym]) -> f32 {
    let mut d = vec![vec![0.0f32; b.len() + 1]; a.len() + 1];
    for j in 1..=b.len() {
        d[0][j] = d[0][j - 1] + b[j - 1].weight;
    }
    for i in 1..=a.len() {
        d[i][0] = d[i - 1][0] + a[i - 1].weight;
        for j in 1..=b.len() {
            let (x, y) = (a[i - 1], b[j - 1]);
            let mut v = (d[i - 1][j - 1] + substitution(x, y))
                .min(d[i - 1][j] + x.weight)
                .min(d[i][j - 1] + y.weight);
            if i > 1 && j > 1 && x.class == b[j - 2].class && a[i - 2].class == y.class {
                v = v.min(d[i - 2][j - 2] + TRANSPOSE);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// How alike two name parts sound, 0 to 1: one minus their distance over the lighter
/// skeleton's weight.
fn part_score(a: &[Sym], b: &[Sym]) -> f32 {
    let weight = |s: &[Sym]| s.iter().map(|x| x.weight).sum::<f32>();
    let least = weight(a).min(weight(b));
    if least == 0.0 {
        return 0.0;
    }
    (1.0 - distance(a, b) / least).max(0.0)
}

/// How probably `latin` (a name in Latin script) and `arabic` (one in Arabic script) are
/// one name, 0 to 1. The parts are aligned in order (a part may match two written as one,
/// `Nasrallah` / `نصر الله`); each part weighs 1 and the last 2, and the score is one minus
/// the alignment's weighted loss over its weight, so a part left unmatched (`Kerry`
/// against `جون كيري`) lowers it.
pub fn score(latin: &str, arabic: &str) -> f32 {
    let l = latin_parts(latin);
    let (a, a_full): (Vec<_>, Vec<_>) = arabic_parts(arabic).into_iter().unzip();
    if l.is_empty() || a.is_empty() {
        return 0.0;
    }
    let weight = |i: usize, n: usize| if i + 1 == n { 2.0 } else { 1.0 };
    // best[i][j]: the least loss (and the weight it is out of) aligning l[..i] with
    // a[..j]; a pair of parts loses its weight times one minus its score, a part left
    // unmatched its whole weight.
    let mut best = vec![vec![(0.0f32, 0.0f32); a.len() + 1]; l.len() + 1];
    let add = |(loss, total): (f32, f32), w: f32, score: f32| (loss + w * (1.0 - score), total + w);
    let better = |x: (f32, f32), y: (f32, f32)| {
        if x.0 < y.0 || (x.0 == y.0 && x.1 > y.1) {
            x
        } else {
            y
        }
    };
    for i in 0..=l.len() {
        for j in 0..=a.len() {
            if i == 0 && j == 0 {
                continue;
            }
            let mut cell = (f32::INFINITY, 0.0);
            if i > 0 {
                cell = better(cell, add(best[i - 1][j], weight(i - 1, l.len()), 0.0));
            }
            if j > 0 {
                cell = better(cell, add(best[i][j - 1], weight(j - 1, a.len()), 0.0));
            }
            if i > 0 && j > 0 {
                let w = weight(i - 1, l.len()).max(weight(j - 1, a.len()));
                let s = part_score(&l[i - 1], &a[j - 1]);
                cell = better(cell, add(best[i - 1][j - 1], w, s));
                // One part written as two (`Abdulrahman` عبد الرحمن, `Nasrallah` نصر الله).
                if j > 1 {
                    let two = join(&a[j - 2], &a_full[j - 1]);
                    let w = w.max(weight(j - 2, a.len()));
                    cell = better(
                        cell,
                        add(best[i - 1][j - 2], w, part_score(&l[i - 1], &two)),
                    );
                }
                if i > 1 {
                    let two = join(&l[i - 2], &l[i - 1]);
                    let w = w.max(weight(i - 2, l.len()));
                    cell = better(
                        cell,
                        add(best[i - 2][j - 1], w, part_score(&two, &a[j - 1])),
                    );
                }
            }
            best[i][j] = cell;
        }
    }
    let (loss, total) = best[l.len()][a.len()];
    1.0 - loss / total
}

/// Whether `name` is written in Arabic script (some Arabic letter and no Latin one).
pub fn is_arabic(name: &str) -> bool {
    name.chars().any(crate::lang::is_arabic_letter)
        && !name.chars().any(|c| c.is_ascii_alphabetic())
}

/// Whether `name` is written in Latin script (some Latin letter and no Arabic one).
pub fn is_latin(name: &str) -> bool {
    name.chars()
        .any(|c| c.is_alphabetic() && !crate::lang::is_arabic_letter(c))
        && !name.chars().any(crate::lang::is_arabic_letter)
}

/// Pairs of one Latin-script and one Arabic-script speaker of the same kind, both persons
/// or both organizations known across articles, scoring at least `min`: best first, then
/// by Latin and Arabic name.
pub fn suggest(speakers: &[Speaker], min: f32) -> Vec<SpeakerPair> {
    let named = |s: &&Speaker| {
        s.article.is_none() && matches!(s.kind, SpeakerKind::Person | SpeakerKind::Organization)
    };
    let latin: Vec<&Speaker> = speakers
        .iter()
        .filter(named)
        .filter(|s| is_latin(&s.name))
        .collect();
    let arabic: Vec<&Speaker> = speakers
        .iter()
        .filter(named)
        .filter(|s| is_arabic(&s.name))
        .collect();
    let mut found: Vec<(f32, &Speaker, &Speaker)> = Vec::new();
    for l in &latin {
        for a in arabic.iter().filter(|a| a.kind == l.kind) {
            let s = score(&l.name, &a.name);
            if s >= min {
                found.push((s, l, a));
            }
        }
    }
    found.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then_with(|| x.1.name.cmp(&y.1.name))
            .then_with(|| x.2.name.cmp(&y.2.name))
    });
    found
        .into_iter()
        .map(|(s, l, a)| {
            let (keep, fold) = if a.claims > l.claims { (a, l) } else { (l, a) };
            SpeakerPair {
                score: (f64::from(s) * 100.0).round() / 100.0,
                latin: l.name.clone(),
                arabic: a.name.clone(),
                kind: l.kind,
                command: format!(
                    "isnad speakers merge {} {}",
                    quoted(&keep.name),
                    quoted(&fold.name)
                ),
            }
        })
        .collect()
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real pairs (the fixtures' speakers and well-known news names): they must score at
    /// least [`THRESHOLD`]. At 0.8, over all 36 real pairs and 31 near misses listed here
    /// ([`MISSED`] included), 35 real pairs pass (recall 35/36 = 0.97) and 2 near misses
    /// do too (precision 35/37 = 0.95).
    const PAIRS: &[(&str, &str)] = &[
        ("John Kerry", "جون كيري"),
        ("Kerry", "كيري"),
        ("John Kirby", "جون كيربي"),
        ("Kirby", "كيربي"),
        ("Haider al-Abadi", "حيدر العبادي"),
        ("Oana Lungescu", "أوانا لونغيسكو"),
        ("Didier Reynders", "ديدييه ريندرز"),
        ("Reynders", "ريندرز"),
        ("Jens Stoltenberg", "ينس ستولتنبرغ"),
        ("Barack Obama", "باراك أوباما"),
        ("Vladimir Putin", "فلاديمير بوتين"),
        ("Recep Tayyip Erdogan", "رجب طيب أردوغان"),
        ("Erdoğan", "أردوغان"),
        ("Recep Tayyip Erdogan", "رجب طيب اردوغان"),
        ("Benjamin Netanyahu", "بنيامين نتنياهو"),
        ("Ban Ki-moon", "بان كي مون"),
        ("Bashar al-Assad", "بشار الأسد"),
        ("Hassan Rouhani", "حسن روحاني"),
        ("Mohammad Javad Zarif", "محمد جواد ظريف"),
        ("Sergei Lavrov", "سيرغي لافروف"),
        ("Francois Hollande", "فرانسوا هولاند"),
        ("David Cameron", "ديفيد كاميرون"),
        ("Angela Merkel", "أنجيلا ميركل"),
        ("Philip Hammond", "فيليب هاموند"),
        ("Laurent Fabius", "لوران فابيوس"),
        ("Staffan de Mistura", "ستافان دي ميستورا"),
        ("Abu Bakr al-Baghdadi", "أبو بكر البغدادي"),
        ("Qassem Soleimani", "قاسم سليماني"),
        ("Nouri al-Maliki", "نوري المالكي"),
        ("Ashton Carter", "أشتون كارتر"),
        ("Federica Mogherini", "فيديريكا موغيريني"),
        ("Moncef Marzouki", "المنصف المرزوقي"),
        ("Rami Abdulrahman", "رامي عبد الرحمن"),
        ("Hassan Nasrallah", "حسن نصر الله"),
        ("Reuters", "رويترز"),
    ];

    /// Names that are not one: they must score below [`THRESHOLD`].
    const NEAR: &[(&str, &str)] = &[
        ("Kerry", "كيربي"),
        ("Kirby", "كيري"),
        ("John Kerry", "جون كيربي"),
        ("John Kirby", "جون كيري"),
        ("Obama", "أسامة"),
        ("Barack Obama", "أسامة بن لادن"),
        ("Abadi", "العبيدي"),
        ("Haider al-Abadi", "حيدر العبيدي"),
        ("Hammond", "محمد"),
        ("Philip Hammond", "فيليب محمد"),
        ("Putin", "بوتيرين"),
        ("Kerry", "جون كيري"),
        ("Lavrov", "لافروس"),
        ("Assad", "سعد"),
        ("Zarif", "ظافر"),
        ("Rouhani", "روحي"),
        ("Hollande", "هولندا"),
        ("Merkel", "مركز"),
        ("Fabius", "فارس"),
        ("Oana Lungescu", "أوانا لونغو"),
        ("Didier Reynders", "ديدييه رينغرز"),
        ("Jens Stoltenberg", "ينس شتاينبرغ"),
        ("Netanyahu", "نتنياهوا ياهو"),
        ("Ban Ki-moon", "بان كي"),
        ("John Kerry", "جون ماكين"),
        ("Ashton Carter", "جيمي كارتر"),
        ("Reuters", "رويال"),
        ("Erdogan", "أردن"),
        ("Vladimir Putin", "فلاديمير زيلينسكي"),
    ];

    /// Where the threshold is wrong, kept to measure it: a real pair below it (`a` in
    /// `Hagel` sounds `ey`, written `ي`) and
    /// near misses above it (`الأسعد` and `كامرين` differ from `Assad` and `Cameron` only
    /// in what the other script leaves unwritten).
    const MISSED: &[(&str, &str, bool)] = &[
        ("Chuck Hagel", "تشاك هيغل", true),
        ("Bashar al-Assad", "بشار الأسعد", false),
        ("Cameron", "كامرين", false),
    ];

    #[test]
    fn real_pairs_score_above_the_threshold_near_misses_below() {
        for (l, a) in PAIRS {
            assert!(score(l, a) >= THRESHOLD, "{l} / {a}: {}", score(l, a));
        }
        for (l, a) in NEAR {
            assert!(score(l, a) < THRESHOLD, "{l} / {a}: {}", score(l, a));
        }
        for (l, a, same) in MISSED {
            assert_ne!(score(l, a) >= THRESHOLD, *same, "{l} / {a} is still missed");
        }
    }

    #[test]
    fn each_name_matches_its_own_spelling_best() {
        let best = |l: &str, arabic: &[&str]| {
            let mut scored: Vec<(f32, &str)> = arabic.iter().map(|a| (score(l, a), *a)).collect();
            scored.sort_by(|x, y| y.0.total_cmp(&x.0));
            scored[0].1.to_string()
        };
        let arabic = [
            "جون كيري",
            "جون كيربي",
            "حيدر العبادي",
            "حيدر العبيدي",
            "أسامة",
            "أوباما",
        ];
        assert_eq!(best("John Kerry", &arabic), "جون كيري");
        assert_eq!(best("John Kirby", &arabic), "جون كيربي");
        assert_eq!(best("Kerry", &arabic[..2]), "جون كيري");
        assert_eq!(best("Haider al-Abadi", &arabic), "حيدر العبادي");
        assert_eq!(best("Obama", &arabic), "أوباما");
        assert!(score("Kerry", "كيري") > score("Kerry", "كيربي"));
        assert!(score("Kirby", "كيربي") > score("Kirby", "كيري"));
    }

    #[test]
    fn scripts_and_empty_names() {
        assert!(is_latin("Haider al-Abadi") && !is_arabic("Haider al-Abadi"));
        assert!(is_arabic("حيدر العبادي") && !is_latin("حيدر العبادي"));
        assert!(!is_latin("Kerry كيري") && !is_arabic("Kerry كيري"));
        assert_eq!(score("", "كيري"), 0.0);
        assert_eq!(score("Kerry", "..."), 0.0);
        assert_eq!(score("Kerry", "Kerry"), 0.0);
    }
}
