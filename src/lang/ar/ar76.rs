//! Speakers named by an honorific pronoun, the verb `كتب`, and `أول أمس` (ar76), for
//! [`super`] (`attribution`, whose child module this is: it reads the speaker list and the
//! noun phrase parser).
//!
//! - `وأكد سموه أن`, `وأضاف معاليه`, `وقال فضيلته`: the pronoun stands for the nearest
//!   person named before it whose title it fits (`سمو` a prince, `فضيلة` / `سماحة` a
//!   cleric), whether that person spoke before or was only named (`رعى الأمير فيصل بن بندر
//!   الحفل … وأكد سموه`), see [`Honor::subject`]. It was the last speaker of either gender
//!   before, so an organization that spoke last (`مجلس الوزراء`), or `سموه` itself when a
//!   quote mark stood after it (`وقال سموه ” إن`, read as a new speaker named `سموه`), took
//!   the prince's words.
//! - `طبقا لما كتبه المدعي العام`, `وفقا لما كتبته صحيفة …`, `حسبما كتب …`: what someone
//!   wrote is their word, as what they said is ([`wrote`]).
//! - `كشف أول أمس الجمعة أن`: `أول أمس`, the day before yesterday, is a time, never the
//!   speaker (`أول` was taken for one), see [`day_before_yesterday`].
//!
//! Bounded: a named person is a trigger word (an honorific, a rank, `الأمير`, `الشيخ`) and a
//! name of a few words after it; a sentence is scanned once.

use super::{Gender, Mention, SpeakerKind, Speakers, Strip, name_end, parse_np};
use crate::lang::FastMap;
use crate::lang::ar::tokens::{Token, TokenKind};
use crate::normalize::key;

/// Past forms of `كتب` (wrote), also with the object pronoun a relative `ما` takes.
const WROTE: &[&str] = &[
    "كتب",
    "كتبت",
    "كتبه",
    "كتبته",
    "كتبها",
    "كتبتها",
    "كتبوه",
    "كتبوا",
];

/// A past form of `كتب` at a token (`كتبه`, `كتبت`): a verb of writing after `طبقا لما`,
/// `وفقا لما`, `حسبما`.
pub(super) fn wrote(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && WROTE.contains(&t.key.as_str())
}

/// `أول أمس` at token `j` (with or without `من`): a time, not a speaker.
pub(super) fn day_before_yesterday(toks: &[Token<'_>], j: usize) -> bool {
    let k = |i: usize| toks.get(i).map_or("", |t| t.key.as_str());
    matches!(k(j), "اول" | "واول")
        && (matches!(k(j + 1), "امس" | "الامس")
            || (k(j + 1) == "من" && matches!(k(j + 2), "امس" | "الامس")))
}

/// Which people an honorific pronoun may stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Title {
    /// `سموه`: a prince (`الأمير`, `سمو`, `ولي العهد`).
    Prince,
    /// `فضيلته`, `سماحته`: a cleric (`الشيخ`, `المفتي`, `الإمام`).
    Cleric,
    /// `معاليه`, `سعادته`, `دولته`, `فخامته`, `جلالته`: anyone but a prince.
    Other,
}

impl Title {
    /// The title an honorific pronoun's key asks for.
    pub(super) fn of(k: &str) -> Title {
        if k.starts_with("سمو") {
            Title::Prince
        } else if k.starts_with("فضيل") || k.starts_with("سماح") {
            Title::Cleric
        } else {
            Title::Other
        }
    }

    /// Whether a mention (its key, words separated by spaces) fits the title.
    fn fits(self, full: &str) -> bool {
        let has = |w: &[&str]| {
            full.split(' ').any(|x| {
                w.iter()
                    .any(|p| x.trim_start_matches(['و', 'ب', 'ل']) == *p)
            })
        };
        let prince = has(&["امير", "الامير", "اميره", "الاميره", "سمو", "السمو", "ولي"]);
        match self {
            Title::Prince => prince,
            Title::Cleric => has(&[
                "شيخ",
                "الشيخ",
                "فضيله",
                "سماحه",
                "مفتي",
                "المفتي",
                "امام",
                "الامام",
                "خطيب",
                "الخطيب",
            ]),
            Title::Other => !prince && !has(&["الملك", "ملك", "جلاله"]) || full.contains("جلاله"),
        }
    }
}

/// Words that open a named person's mention (keys): honorifics, `الأمير`, `الشيخ`, ranks.
const TRIGGERS: &[&str] = &[
    "معالي",
    "سمو",
    "فخامه",
    "جلاله",
    "سماحه",
    "فضيله",
    "سعاده",
    "صاحب",
    "الامير",
    "الاميره",
    "الملك",
    "الشيخ",
    "الدكتور",
    "المهندس",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    "الاستاذ",
    "السفير",
];

/// Prepositions and complementizers (keys) that end a name.
const PREPOSITIONS: &[&str] = &["الي", "علي", "في", "من", "عن", "مع", "ان", "لدي"];

/// Words passed over after a trigger, before the name (`صاحب السمو الملكي الأمير`).
const TRIGGER_TAIL: &[&str] = &["السمو", "الملكي", "الامير", "الاميره", "الشيخ", "الدكتور"];

/// How a trigger at a token sheds a proclitic (`والأمير`, `للأمير`, `بالشيخ`, `لسمو`).
fn trigger(t: &Token<'_>) -> Option<Strip> {
    if t.kind != TokenKind::Word {
        return None;
    }
    let k = t.key.as_str();
    if is_trigger(k) {
        return Some(Strip::None);
    }
    // `للأمير`: the article's `ا` is gone after `ل` (no string is built for the look-up).
    if let Some(r) = k.strip_prefix("لل")
        && TRIGGERS
            .iter()
            .any(|w| w.strip_prefix("ال").is_some_and(|w| w == r))
    {
        return Some(Strip::LamArticle);
    }
    let r = k.strip_prefix(['و', 'ب', 'ل'])?;
    is_trigger(r).then_some(Strip::Letters(1))
}

/// Whether `k` is one of [`TRIGGERS`]. Every trigger starts with one of six letters, so
/// most words are turned away by their first before any comparison (this runs for every
/// word of every sentence).
fn is_trigger(k: &str) -> bool {
    matches!(k.chars().next(), Some('م' | 'س' | 'ف' | 'ج' | 'ص' | 'ا')) && TRIGGERS.contains(&k)
}

/// The people a sentence names with a trigger word and a name (`الأمير خالد الفيصل`,
/// `معالي الدكتور عبدالرحمن آل إبراهيم`): the byte where each mention starts and the
/// mention, in order.
pub(super) fn named_people(text: &str, toks: &[Token<'_>]) -> Vec<(usize, Mention)> {
    let mut out = Vec::new();
    let mut j = 0;
    while j < toks.len() {
        let Some(strip) = trigger(&toks[j]) else {
            j += 1;
            continue;
        };
        let mut k = j + 1;
        while k < toks.len().min(j + 5) && TRIGGER_TAIL.contains(&toks[k].key.as_str()) {
            k += 1;
        }
        let mut end = name_end(toks, k, toks.len().min(k + 8));
        // `آل سعود` ends a name: a definite word after it starts something else (`الجلسة`).
        if end >= k + 3 && toks[end - 3].key == "ال" && toks[end - 1].key.starts_with("ال") {
            end -= 1;
        }
        // A preposition after the first name is none of it (`الأمير عبدالله إلى أن`).
        while end > k + 1 && PREPOSITIONS.contains(&toks[end - 1].key.as_str()) {
            end -= 1;
        }
        if end > k
            && let Some(m) = parse_np(text, toks, j, end, strip)
            && m.kind == SpeakerKind::Person
            && !m.name.is_empty()
        {
            out.push((toks[j].start, m));
        }
        j = end.max(j + 1);
    }
    out
}

/// What an honorific pronoun may refer back to: where each speaker last spoke, the last
/// person named in the sentences before.
#[derive(Default)]
pub(super) struct Honor {
    /// Byte where each speaker entry was last resolved.
    spoke: FastMap<usize, usize>,
    /// The last people named in earlier sentences (at most [`NAMED`]), oldest first.
    named: Vec<(usize, Mention)>,
}

/// How many people named in earlier sentences an honorific pronoun may refer back to.
const NAMED: usize = 8;

impl Honor {
    /// A frame at byte `at` resolved to speaker entry `entry`.
    pub(super) fn spoke(&mut self, entry: usize, at: usize) {
        self.spoke.insert(entry, at);
    }

    /// The sentence's named people, once it is done: the last one is named before the next.
    pub(super) fn sentence_done(&mut self, people: Vec<(usize, Mention)>) {
        self.named.extend(people);
        let over = self.named.len().saturating_sub(NAMED);
        self.named.drain(..over);
    }

    /// The speaker an honorific pronoun of `title` at byte `at` stands for: the nearest
    /// fitting person before it, a speaker or one this sentence or the one before named.
    pub(super) fn subject(
        &mut self,
        people: &[(usize, Mention)],
        at: usize,
        gender: Gender,
        title: Title,
        speakers: &mut Speakers,
    ) -> Option<usize> {
        let named = people
            .iter()
            .rev()
            .find(|(p, m)| *p < at && title.fits(&key(&m.text)))
            .or_else(|| {
                self.named
                    .iter()
                    .rev()
                    .find(|(p, m)| *p < at && title.fits(&key(&m.text)))
            });
        let spoke = speakers.recent.iter().copied().find_map(|i| {
            let e = &speakers.entries[i];
            let fits = e.kind == SpeakerKind::Person
                && e.gender.agrees_with(gender)
                && e.mentions.iter().any(|m| title.fits(&key(&m.text)));
            fits.then(|| (i, self.spoke.get(&i).copied().unwrap_or(0)))
        });
        let idx = match (named, spoke) {
            (Some((p, m)), s) if s.is_none_or(|(_, q)| *p >= q) => {
                // A speaker whose name this one begins (`أحمد بن عبدالعزيز` of `… قطان`).
                let longer = speakers.recent.iter().copied().find(|&i| {
                    let e = &speakers.entries[i];
                    e.kind == SpeakerKind::Person
                        && e.mentions.iter().any(|x| x.name.starts_with(&m.name))
                });
                match longer {
                    Some(i) => {
                        speakers.touch(i);
                        i
                    }
                    None => speakers.resolve(m.clone(), gender, None),
                }
            }
            (_, Some((i, _))) => {
                speakers.touch(i);
                i
            }
            _ => return None,
        };
        self.spoke(idx, at);
        Some(idx)
    }
}

#[cfg(test)]
mod tests {
    use super::{TRIGGERS, is_trigger};

    #[test]
    fn every_trigger_passes_the_first_letter_test() {
        for w in TRIGGERS {
            assert!(is_trigger(w), "{w}");
        }
        assert!(!is_trigger("الوزير"));
        assert!(!is_trigger("وزير"));
    }
}
