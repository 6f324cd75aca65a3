//! English speakers (en58): classes of wrong speakers the attribution reader
//! (`attribution.rs`) gave, each fixed by a bounded look inside the clause of a reporting
//! verb.
//!
//! - The audience is no speaker: in `…, Enoch Mark, the father of two girls, told the
//!   Associated Press.` the noun phrase after `told` is who was told, so the inverted
//!   reading of `…, said Kerry.` may not take it ([`audience_verb`]); in `Fox News was
//!   told that …` the subject of a passive `told` is the audience too ([`not_reporting`]).
//! - `added to the list`, `adds to the pressure`: no reporting verb ([`not_reporting`]).
//! - A subject before a long apposition or relative clause (`Issa, whose panel is probing
//!   the Sept. 11, 2012, assault …, said`, `X, the father of …, told`), longer than the
//!   reader's apposition window, and a description before a name in apposition
//!   (`Marquez's mother, Armida Chacon, told`): [`comma_subjects`].
//! - Long titles (`Special Agent in Charge Richard DesLauriers`, `Assistant Secretary of
//!   State for African Affairs Johnnie Carson`): the capitalized words of the title's
//!   portfolio are no part of the name ([`name_start`], [`long_title`]).
//! - Pronouns by gender: `he`/`she` skip a person whose first name (or title) says the
//!   other gender ([`gender`], [`pronoun`]); a small list of unambiguous first names.
//!
//! Every look is within [`LONG`] tokens of the verb or inside a noun phrase.

use super::lex;
use super::tokens::{Token, TokenKind};
use crate::lang::FastSet;
use std::sync::LazyLock;

/// At most this many tokens between the start of a subject's clause and its verb.
const LONG: usize = 48;

fn word<'a>(toks: &'a [Token<'_>], k: usize) -> &'a str {
    toks.get(k)
        .filter(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.lower.as_ref())
}

/// Whether `w` names who is spoken to after `added to` (`added to reporters`).
fn audience(w: &str) -> bool {
    matches!(
        w,
        "reporters" | "journalists" | "lawmakers" | "me" | "us" | "him" | "her" | "them"
    )
}

/// Whether the reporting verb at `v` reports nothing its subject says: `added to the
/// list`, `adds to the pressure` (but `added to reporters`), and a passive `was told`,
/// `were also told` (the subject heard it).
pub(super) fn not_reporting(toks: &[Token<'_>], v: usize) -> bool {
    match word(toks, v) {
        "added" | "adds" => word(toks, v + 1) == "to" && !audience(word(toks, v + 2)),
        "told" | "tell" => {
            let mut k = v;
            // One adverb between (`was also told`, `were reportedly told`).
            if k >= 2 {
                let w = word(toks, k - 1);
                if w == "also" || w == "later" || (w.len() > 4 && w.ends_with("ly")) {
                    k -= 1;
                }
            }
            k >= 1
                && matches!(
                    word(toks, k - 1),
                    "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got"
                )
        }
        _ => false,
    }
}

/// Whether the reporting verb at `v` takes its audience as object (`told Reuters`), so
/// that the noun phrase after it is never its speaker.
pub(super) fn audience_verb(toks: &[Token<'_>], v: usize) -> bool {
    matches!(word(toks, v), "told" | "tell" | "tells")
}

fn is_quote(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('"' | '“' | '”'))
}

/// Whether a stretch of tokens is a name in apposition: capitalized words (two at least,
/// six tokens at most), particles, initials and hyphens.
fn name_run(toks: &[Token<'_>]) -> bool {
    let caps = toks
        .iter()
        .filter(|t| t.is_word() && t.capitalized())
        .count();
    (2..=6).contains(&toks.len())
        && caps >= 2
        && toks.iter().all(|t| match t.kind {
            TokenKind::Word => {
                (t.capitalized() && t.lex & (lex::TITLE | lex::ORG) == 0)
                    || matches!(t.lower.as_ref(), "al" | "el" | "bin" | "de" | "van" | "von")
            }
            TokenKind::Punct('-' | '.' | '\'') => t.glued,
            _ => false,
        })
}

/// Whether a lower-case word can stand in a subject's noun phrase: an article or
/// determiner, a link word, a title or organization word, a plural or possessive.
fn np_word(t: &Token<'_>) -> bool {
    t.capitalized()
        || t.lex & (lex::TITLE | lex::ORG) != 0
        || matches!(
            t.lower.as_ref(),
            "the"
                | "a"
                | "an"
                | "another"
                | "his"
                | "her"
                | "its"
                | "their"
                | "of"
                | "for"
                | "and"
                | "at"
                | "in"
                | "'s"
                | "s"
        )
        || (t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss"))
}

/// Whether a stretch before a comma can be a subject: a few tokens, no number, no
/// reporting verb, lower-case words only of a noun phrase, ending on a name or on a
/// title, group or organization word.
fn subject_shape(toks: &[Token<'_>]) -> bool {
    let Some(last) = toks.iter().rev().find(|t| t.is_word()) else {
        return false;
    };
    toks.len() <= 14
        && !toks.iter().any(|t| {
            t.kind == TokenKind::Digits || t.lex & lex::VERB != 0 || (t.is_word() && !np_word(t))
        })
        && toks
            .iter()
            .any(|t| t.capitalized() || t.lex & (lex::TITLE | lex::ORG) != 0)
        && (last.capitalized()
            || last.lex & (lex::TITLE | lex::ORG) != 0
            || (last.lower.len() > 4 && last.lower.ends_with('s')))
}

/// The subject of a reporting verb that follows a comma (`toks[v - 1]`) after a long
/// apposition (`Issa, whose panel …, said`): the candidate noun phrases as token ranges,
/// in the order to try (the nearest to the verb first), each with where its subject starts (after the quote of `"…,"
/// Enoch Mark, the father …, told …`, or at `Marquez's mother` before a name in
/// apposition): what stands before that is what a clause-final verb says. The clause runs back to a quote, a colon or a
/// semicolon (or the sentence start), at most [`LONG`] tokens; `boundary` says which
/// commas end a clause (no thousands comma).
pub(super) fn comma_subjects(
    toks: &[Token<'_>],
    v: usize,
    boundary: &dyn Fn(usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    if v < 4 || !toks.get(v - 1).is_some_and(|t| t.is_punct(',')) {
        return out;
    }
    let lo = v.saturating_sub(LONG);
    let mut cs = None;
    for k in (lo..v - 1).rev() {
        let t = &toks[k];
        if is_quote(t) || matches!(t.kind, TokenKind::Punct(';' | ':' | '(' | ')')) {
            cs = Some(k + 1);
            break;
        }
    }
    let cs = match cs {
        Some(c) => c,
        None if lo == 0 => 0,
        None => return out,
    };
    let mut seg = cs;
    for c in cs..v - 1 {
        if !(toks[c].is_punct(',') && boundary(c)) {
            continue;
        }
        if out.len() >= 3 {
            break;
        }
        let subj = &toks[seg..c];
        let appos = &toks[c + 1..v - 1];
        let appos_lower = appos.first().is_some_and(|t| {
            t.is_word() && !t.capitalized() && !matches!(t.lower.as_ref(), "and" | "or" | "but")
        });
        if appos_lower && subject_shape(subj) {
            // `Issa, whose panel …,`: the subject, then what it is.
            out.push((seg, c, seg));
        } else if name_run(appos)
            && subj
                .iter()
                .rev()
                .find(|t| t.is_word())
                .is_some_and(|t| !t.capitalized())
        {
            // `Marquez's mother, Armida Chacon,`: a description, then the name.
            out.push((c + 1, v - 1, seg));
        }
        seg = c + 1;
    }
    out.reverse();
    out
}

/// Whether a subject starting at `from` follows a quote and nothing after the verb at `v`
/// opens a new report (`that`, a quote): then the quote before is what the verb says,
/// however long the words after it (`"…," X, the father of …, said after visiting …`).
pub(super) fn after_quote(toks: &[Token<'_>], from: usize, v: usize) -> bool {
    from > 0
        && toks.get(from - 1).is_some_and(is_quote)
        && !toks
            .get(v + 1..)
            .unwrap_or(&[])
            .iter()
            .any(|t| t.is("that") || is_quote(t))
}

/// Capitalized words that end the portfolio of a title (`Special Agent in Charge`,
/// `Assistant Secretary of State for African Affairs`), never a name's last word.
fn portfolio(w: &str) -> bool {
    matches!(
        w,
        "agent"
            | "charge"
            | "affairs"
            | "security"
            | "management"
            | "operations"
            | "policy"
            | "intelligence"
            | "relations"
            | "planning"
            | "enforcement"
            | "counterterrorism"
            | "programs"
            | "resources"
    )
}

/// Where a person's name starts in a noun phrase whose name run begins at `n`: after the
/// last portfolio word of a title inside the run (`… for African Affairs Johnnie Carson`
/// is Johnnie Carson), when a capitalized word is left after it.
pub(super) fn name_start(body: &[Token<'_>], n: usize) -> usize {
    let Some(run) = body.get(n..) else {
        return n;
    };
    match run
        .iter()
        .rposition(|t| t.is_word() && portfolio(t.lower.as_ref()))
    {
        Some(j) if run[j + 1..].iter().any(|t| t.is_word() && t.capitalized()) => n + j + 1,
        _ => n,
    }
}

/// Whether the words before a name are a long title with a lower-case link that is no
/// title word (`Special Agent in Charge`).
pub(super) fn long_title(title: &[Token<'_>]) -> bool {
    title
        .windows(2)
        .any(|w| w[0].is("in") && w[1].is_word() && w[1].lower == "charge")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
    Unknown,
}

/// First names that are a woman's in the news, without doubt.
const FEMALE: &str = "mary hillary susan nancy elizabeth angela theresa samantha condoleezza
nikki victoria jennifer sarah anne ann margaret catherine katherine kathleen karen linda
patricia barbara lisa michelle laura julie julia jane janet maria marie helen emily rachel
rebecca amy heather melissa jessica dianne diane nicola federica christine christina ursula
kamala ilhan alexandria tulsi elise marsha debbie tammy kirsten jeanne jeanine sylvie
hanan madeleine kristjen kirstjen gina loretta sally valerie huma cheryl oana
maryam fatima aisha yulia natalia olga tzipi golda benazir suzanne joanna
deborah ruth martha carolyn caroline sheryl ellen cynthia donna sharon kathy betsy
nadia leila layla amal malala paula jill carol joan judith judy kate kathryn megan
meghan nicole stephanie tina wendy andrea claire fiona hannah irene beth brenda gail
gloria anna alice eva grace jacqueline maxine nina sophie tara vanessa yvonne zainab rania
ivanka melania kellyanne stacey pamela rosa roberta louisa rawya arwa leana";

/// First names that are a man's in the news, without doubt.
const MALE: &str = "john james robert michael william david richard joseph thomas charles
barack donald george mike joe bill ben benjamin mark paul peter steven stephen kevin brian
jeff jeffrey ted chuck mitch rand adam vladimir sergei sergey francois françois emmanuel
recep bashar hassan mohammed mohammad muhammad mohamed ahmed ahmad ali abdullah omar ashton
jim rex leon chris christopher daniel matthew andrew anthony eric patrick sean tom tim
timothy scott gary jack henry edward frank harry lloyd antony jake nick nicholas alexander
dmitry mahmoud khalid hamid haider nouri ibrahim yousef youssef abdel abu ayman osama
saddam moammar muammar hosni boris nigel gordon tony justin
martin hans heiko igor viktor petro volodymyr dmitri rodrigo nicolas jair luiz narendra
imran nawaz shinzo ehud avigdor naftali yair benny reuven isaac jared rudy
rudolph newt marco ron rick jon josh jason ryan brett mitt dick jay joshua jonathan
samuel walter raymond roger larry dennis jerry doug douglas greg gregory keith kenneth
carl karl howard herbert arthur albert alan allen philip phil ralph eugene louis luis
carlos juan jose pedro miguel antonio ahmet mevlut binali javad hossein qassem abbas
ismail khaled salman faisal tamim hamad";

/// The first-name lists as sets, built once: a name is asked of them at every person
/// named and every speaker found, and a walk of the lists cost a quarter of English
/// extraction.
static FEMALE_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| FEMALE.split_whitespace().collect());
static MALE_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| MALE.split_whitespace().collect());

/// A person's gender by the first word of the name (lower-cased, without initials'
/// stops), when the lists know it; else unknown.
pub(super) fn gender(name: &str) -> Gender {
    let Some(first) = name.split([' ', '-']).next() else {
        return Gender::Unknown;
    };
    if first.len() < 3 || first.len() > 16 {
        return Gender::Unknown;
    }
    // An ASCII name (nearly all) is lower-cased on the stack, as `to_lowercase` would.
    let mut buf = [0u8; 16];
    let owned: String;
    let first: &str = match buf.get_mut(..first.len()) {
        Some(b) if first.is_ascii() => {
            b.copy_from_slice(first.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or_default()
        }
        _ => {
            owned = first.to_lowercase();
            &owned
        }
    };
    if FEMALE_SET.contains(first) {
        Gender::Female
    } else if MALE_SET.contains(first) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// The person `he` or `she` refers to among `n` persons (the gender of each by `of`), the
/// last speaker `last` first: for `he` the last speaker unless a woman, else the latest
/// man; for `she` the last speaker if a woman, else the latest woman, else the last
/// speaker unless a man. `None` rather than a person of the other gender (nor a name
/// whose gender is unknown other than the last speaker's: many are no persons).
pub(super) fn pronoun(
    n: usize,
    of: impl Fn(usize) -> Gender,
    last: Option<usize>,
    female: bool,
) -> Option<usize> {
    if female {
        last.filter(|&p| of(p) == Gender::Female)
            .or_else(|| (0..n).rev().find(|&p| of(p) == Gender::Female))
            .or_else(|| last.filter(|&p| of(p) == Gender::Unknown))
    } else {
        last.filter(|&p| of(p) != Gender::Female)
            .or_else(|| (0..n).rev().find(|&p| of(p) == Gender::Male))
    }
}

#[cfg(test)]
mod tests {
    use super::super::en55::tests::speakers;

    #[test]
    fn gender_lowers_on_the_stack_as_to_lowercase_does() {
        // speed34: an ASCII first name is lower-cased in a buffer; the answer must be that
        // of the allocated lower-case form, for names in any case and of any length.
        let slow = |name: &str| {
            let Some(first) = name.split([' ', '-']).next() else {
                return super::Gender::Unknown;
            };
            if first.len() < 3 || first.len() > 16 {
                return super::Gender::Unknown;
            }
            let first = first.to_lowercase();
            if super::FEMALE_SET.contains(first.as_str()) {
                super::Gender::Female
            } else if super::MALE_SET.contains(first.as_str()) {
                super::Gender::Male
            } else {
                super::Gender::Unknown
            }
        };
        let mut names: Vec<String> = super::FEMALE_SET
            .iter()
            .chain(super::MALE_SET.iter())
            .flat_map(|w| {
                let mut c = w.chars();
                let cap: String = c
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(c)
                    .collect();
                [
                    format!("{cap} Smith"),
                    w.to_uppercase(),
                    format!("{cap}-Jones"),
                    format!("{w}x"),
                ]
            })
            .collect();
        names.extend(
            [
                "",
                "Al",
                "Zoë Baird",
                "ÉLODIE",
                "Abcdefghijklmnopq",
                "Abcdefghijklmnop Q",
            ]
            .map(String::from),
        );
        let mut known = 0;
        for n in &names {
            let g = super::gender(n);
            assert_eq!(g, slow(n), "{n}");
            known += usize::from(g != super::Gender::Unknown);
        }
        assert!(known > 50, "{known}");
    }
    use super::*;

    #[test]
    fn audience_after_told_is_no_speaker() {
        let text = "\"For 11 days our girls sat in one place,\" Enoch Mark, the father of two girls taken from the school in the north on April 14, told the Associated Press. \
            \"They kept them near the town, not more than 30 kilometers away.\"\n\
            There were two waves to the assault, Fox News was told.\n\
            Three of the wounded died, a police officer told Reuters.";
        assert_eq!(
            speakers(text),
            [
                "Enoch Mark|Person",
                "Enoch Mark|Person",
                "-",
                "police officer|Organization",
            ]
        );
    }

    #[test]
    fn added_to_is_no_report() {
        let text = "The court added to the pressure on Moscow, ruling it must pay $50 billion.\n\
            The ministry added to reporters that 12 people died.\n\
            Five towns were added to the list, the ministry added.";
        assert_eq!(
            speakers(text),
            ["-", "ministry|Organization", "ministry|Organization"]
        );
    }

    #[test]
    fn subject_before_a_long_apposition() {
        let text = "Issa, whose panel is probing the September 11, 2012, assault on the outpost that left four Americans dead, said five emails were changed.\n\
            Marquez's mother, Armida Chacon, told reporters she had three sons.\n\
            The Westerners, guarded by soldiers, were attacked by no more than 20 people, the official, Diho Weld Qabliyeh, told state television.\n\
            While officials protest cuts to their forces, operations, maintenance and training, staffs grew, said Punaro, who is now a consultant.\n\
            Issa, California Republican, and Chaffetz, Utah Republican and chairman of the panel, said they would hold a hearing.";
        assert_eq!(
            speakers(text),
            [
                "Issa|Person",
                "Armida Chacon|Person",
                "Diho Weld Qabliyeh|Person",
                "-",
                "-",
            ]
        );
    }

    #[test]
    fn long_titles_before_the_name() {
        let text = "FBI Special Agent in Charge Richard DesLauriers said two suspects were sought.\n\
            Former Assistant Secretary of State for African Affairs Johnnie Carson said 30 groups met.\n\
            DesLauriers said a third man was held.\n\
            Special Envoy Brett McGurk said 60 nations joined.";
        assert_eq!(
            speakers(text),
            [
                "Richard DesLauriers|Person",
                "Johnnie Carson|Person",
                "Richard DesLauriers|Person",
                "Brett McGurk|Person",
            ]
        );
    }

    #[test]
    fn pronouns_by_first_name() {
        let text = "Secretary of State John Kerry said 12 people died.\n\
            Hillary Clinton said the talks failed.\n\
            \"We lost four Americans,\" he said.\n\
            She said two more were hurt.\n\
            Representative Ted Yoho said 3 bills passed.\n\
            She said a fourth would follow.\n\
            He said none were vetoed.";
        assert_eq!(
            speakers(text),
            [
                "John Kerry|Person",
                "Hillary Clinton|Person",
                "John Kerry|Person",
                "Hillary Clinton|Person",
                "Ted Yoho|Person",
                "Hillary Clinton|Person",
                "Ted Yoho|Person",
            ]
        );
        // A name of unknown gender: the last speaker still.
        let text = "Kelly Ayotte said 3 bills passed.\n\
            She said a fourth would follow.";
        assert_eq!(
            speakers(text),
            ["Kelly Ayotte|Person", "Kelly Ayotte|Person"]
        );
        // The last speaker a woman and no man named: no one for `he`.
        let text = "Susan Rice said 3 bills passed.\n\
            He said a fourth would follow.";
        assert_eq!(speakers(text), ["Susan Rice|Person", "-"]);
    }

    #[test]
    fn outlet_is_no_person() {
        // `The Associated Press` named first is no person a later `she` would find.
        let text = "The Associated Press reported that 40 people died.\n\
            \"I think 3 will come,\" she said.";
        assert_eq!(speakers(text), ["Associated Press|Organization", "-"]);
    }

    #[test]
    fn first_names() {
        assert_eq!(gender("Hillary Clinton"), Gender::Female);
        assert_eq!(gender("John Kerry"), Gender::Male);
        assert_eq!(gender("Kelly Ayotte"), Gender::Unknown);
        assert_eq!(gender(""), Gender::Unknown);
        assert_eq!(gender("Ó"), Gender::Unknown);
    }
}
