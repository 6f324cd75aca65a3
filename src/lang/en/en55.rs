//! Speaker names the attribution reader (`attribution.rs`) used to cut short (en55):
//!
//! - a name of capitalized words whose first words are places, nationalities or acronyms
//!   (`The Washington Post`, `NBC News`, `USA Today`, `RIA Novosti`, `Senate Democrats`):
//!   the person reading kept only the last word as a surname (`Post`, `News`, `Today`);
//!   the whole run is the name — an organization when its head word is one a newspaper, an
//!   agency or an institution ends on, else a person named in full (`Jordan Sekulow`);
//! - a weekday or `late`/`early`/`last` glued to the end of the subject (`The Pentagon
//!   Tuesday said`, `Mr. Esper late Saturday said`, `NATO last week said` read as `NATO
//!   last`): no part of the name.
//!
//! - a medium after the subject (`Rhodes in the email said`, `The Pentagon in a statement
//!   said`): no part of the name;
//! - a reporting verb in a concessive clause (`While he said spending rose 50%, NATO
//!   nations cut theirs 20%`): it says that clause only, not the main clause after it;
//! - a lone capitalized document word opening the sentence (`Data on Monday showed`): a
//!   document, not a person named `Data` whom a later `he` would find.
//!
//! Every look is inside the noun phrase (at most `MAX_NP` tokens).

use super::lex;
use super::tokens::{Token, TokenKind};

/// Head words on which the name of an outlet, an agency or an institution ends.
fn outlet_head(w: &str) -> bool {
    matches!(
        w,
        "post"
            | "times"
            | "news"
            | "today"
            | "journal"
            | "herald"
            | "tribune"
            | "telegraph"
            | "guardian"
            | "examiner"
            | "observer"
            | "express"
            | "mail"
            | "monitor"
            | "review"
            | "policy"
            | "magazine"
            | "weekly"
            | "daily"
            | "gazette"
            | "chronicle"
            | "star"
            | "sun"
            | "independent"
            | "presse"
            | "novosti"
            | "insider"
            | "beast"
            | "one"
            | "airlines"
            | "airways"
            | "navy"
            | "treasury"
            | "foundation"
            | "international"
            | "democrats"
            | "republicans"
            | "television"
            | "tv"
            | "radio"
            | "press"
            | "wire"
            | "online"
            | "digest"
            | "standard"
            | "report"
            | "record"
    )
}

/// Whether the words before a one-word name (`body[..n]`, the name being `body[n]`) are
/// part of a proper name rather than a title: all capitalized words that are no titles
/// (places, nationalities, acronyms, organizations), no possessive among them. Then
/// `Some(true)` when the whole names an organization (by its head word, or an acronym
/// before it), `Some(false)` a person named in full; `None` when the words are a title.
pub(super) fn prefix_is_name(body: &[Token<'_>], n: usize) -> Option<bool> {
    if n == 0 || n + 1 != body.len() {
        return None;
    }
    let prefix = &body[..n];
    let mut acronym = false;
    for (k, t) in prefix.iter().enumerate() {
        match t.kind {
            TokenKind::Word => {
                if !t.capitalized() || t.lex & lex::TITLE != 0 {
                    return None;
                }
                acronym |= t.text.len() > 1 && t.text.chars().all(|c| c.is_ascii_uppercase());
            }
            // `U.S.`: full stops inside the run.
            TokenKind::Punct('.' | '-' | '&') if k > 0 && t.glued => {}
            _ => return None,
        }
    }
    let head = &body[n];
    Some(acronym || outlet_head(head.lower.as_ref()))
}

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// How many tokens at the end of a subject are a time glued to it, to be trimmed: a
/// weekday with the words before it (`… Tuesday`, `… late on Saturday`, `… on Monday`), a
/// bare `last` (`NATO last admitted`), then a participle of publication (`a CNN poll
/// released Monday`). None when that would leave nothing, or when the subject runs over
/// a sentence glued to the one before (`… law.On Sunday, the group`).
fn trailing_time(np: &[Token<'_>]) -> usize {
    let n = np.len();
    if n < 2 {
        return 0;
    }
    let w = |k: usize| np[k].lower.as_ref();
    let mut b = n;
    if weekday(w(b - 1)) {
        b -= 1;
        while b > 1
            && n - b < 4
            && matches!(
                w(b - 1),
                "on" | "late" | "early" | "earlier" | "later" | "last"
            )
        {
            b -= 1;
        }
        if b > 1
            && matches!(
                w(b - 1),
                "released" | "published" | "issued" | "delivered" | "posted" | "aired"
            )
        {
            b -= 1;
        }
    } else if w(b - 1) == "last" {
        b -= 1;
    }
    if b == n || b == 0 {
        return 0;
    }
    // A full stop glued after a lower-case word: two sentences run together.
    let glued_stop = np[..b].windows(2).any(|p| {
        p[1].is_punct('.') && p[0].is_word() && p[0].text.len() > 1 && !p[0].capitalized()
    });
    let initial = |k: usize| np[k].is_punct('.') && k > 0 && np[k - 1].text.len() == 1;
    if glued_stop || !(np[b - 1].is_word() || initial(b - 1)) {
        return 0;
    }
    n - b
}

/// How many tokens at the end of a subject are a medium it spoke through (`Rhodes in the
/// email said`, `The Pentagon in a statement said`, `Khalaf at a news conference said`):
/// `in`/`at`/`during`/`via` with a determiner and a word of speech or writing.
fn medium_tail(np: &[Token<'_>]) -> usize {
    let n = np.len();
    let Some(p) = (1..n.saturating_sub(2)).rev().find(|&p| {
        matches!(np[p].lower.as_ref(), "in" | "at" | "during" | "via")
            && matches!(
                np[p + 1].lower.as_ref(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            )
    }) else {
        return 0;
    };
    let medium = np[p + 2..].iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "email"
                | "e-mail"
                | "statement"
                | "interview"
                | "letter"
                | "tweet"
                | "speech"
                | "post"
                | "briefing"
                | "conference"
                | "call"
                | "video"
                | "hearing"
                | "memo"
                | "op-ed"
                | "address"
                | "remarks"
                | "report"
                | "message"
        )
    });
    // Only a phrase that ends the subject: no name after it (`Speaking at a press
    // conference this evening commissioner Dick said`), no dangling word (`made no
    // mention in his speech on Wednesday of`).
    let dangling = matches!(
        np[n - 1].lower.as_ref(),
        "of" | "to" | "in" | "on" | "at" | "by" | "for" | "with" | "from" | "and" | "or" | "that"
    );
    let name_after = np[p + 2..].iter().skip(1).any(|t| t.capitalized());
    if medium && !dangling && !name_after && np[p - 1].is_word() {
        n - p
    } else {
        0
    }
}

/// [`trailing_time`], then [`medium_tail`] on what is left.
pub(super) fn tail_cut(np: &[Token<'_>]) -> usize {
    let t = trailing_time(np);
    t + medium_tail(&np[..np.len() - t])
}

/// `While X said …, the main clause`, `Although Y tweeted that “…,” the rub lies`: a
/// reporting verb in a concessive clause (its subject `toks[a..]` after `while`,
/// `although`, `though`, `whereas`, `even as`) says only that clause, up to its first
/// comma outside quotes (or the quote a comma closes). The byte offset where the stretch
/// ends, or `None` for the end of the sentence.
pub(super) fn concessive_end(toks: &[Token<'_>], a: usize, v: usize) -> Option<usize> {
    if a == 0 {
        return None;
    }
    let lead = toks[a - 1].lower.as_ref();
    let (concessive, at) = match lead {
        "as" | "though" if a >= 2 && toks[a - 2].lower.as_ref() == "even" => (true, a - 2),
        "while" | "although" | "though" | "whereas" => (true, a - 1),
        _ => (false, 0),
    };
    // The clause opens the sentence (after `And`, `But`, `Yet`): `…, while X said …`
    // further on sets two main clauses side by side.
    let opens = at == 0 || (at == 1 && matches!(toks[0].lower.as_ref(), "and" | "but" | "yet"));
    if !concessive || !opens {
        return None;
    }
    let mut depth = 0usize;
    for k in v + 1..toks.len() {
        match toks[k].kind {
            TokenKind::Punct('“') => depth += 1,
            TokenKind::Punct('”') => depth = depth.saturating_sub(1),
            TokenKind::Punct('"') => depth = if depth > 0 { 0 } else { 1 },
            // (Not the comma inside `2,700`.)
            TokenKind::Punct(',') if depth == 0 && toks.get(k + 1).is_none_or(|t| !t.glued) => {
                return Some(toks[k].start);
            }
            TokenKind::Punct(',')
                if toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Punct('”' | '"'))) =>
            {
                return Some(toks[k + 1].end);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::attribution::tests::{per_sentence, reports};

    /// Each sentence's speaker (name | kind), or `-`.
    pub(in crate::lang::en) fn speakers(text: &str) -> Vec<String> {
        per_sentence(text, |r| format!("{}|{}", r.2, r.4))
    }

    #[test]
    fn outlet_names_whole() {
        let text = "The rebels lost 40 fighters, The Washington Post reported.\n\
            Some 3,000 troops will stay, NBC News said.\n\
            About 90 percent of the drugs came through ports, USA Today said.\n\
            Senate Democrats said they would hold three hearings.\n\
            Two ships were seized, according to RIA Novosti.";
        assert_eq!(
            speakers(text),
            [
                "Washington Post|Organization",
                "NBC News|Organization",
                "USA Today|Organization",
                "Senate Democrats|Organization",
                "RIA Novosti|Organization",
            ]
        );
    }

    #[test]
    fn titles_and_known_surnames_keep_their_reading() {
        let text = "Secretary of State John Kerry said 12 people died.\n\
            Kerry said two more were hurt.\n\
            Admiral Kirby said the ships had left.\n\
            Israeli newspaper Haaretz reported five arrests.";
        assert_eq!(
            speakers(text),
            [
                "John Kerry|Person",
                "John Kerry|Person",
                "Kirby|Person",
                "Haaretz|Person",
            ]
        );
    }

    #[test]
    fn weekday_after_subject() {
        let text = "President Hamid Karzai on Saturday said 30 soldiers had died.\n\
            The Pentagon Tuesday reported a rise of 12 percent.\n\
            Karzai late on Friday said the talks would resume.\n\
            Most voters oppose the strikes, according to a CNN poll released Monday.\n\
            Data on Monday confirmed prices rose 3 percent.\n\
            He said 40 people were hurt.";
        assert_eq!(
            speakers(text),
            [
                "Hamid Karzai|Person",
                "Pentagon|Organization",
                "Hamid Karzai|Person",
                "CNN poll|Organization",
                "Data|Document",
                "Hamid Karzai|Person",
            ]
        );
    }

    #[test]
    fn glued_sentences_give_no_time_cut() {
        // Not `its own law.|Document` from `according to`: the verb's subject speaks.
        let text = "It rules according to its own law.On Sunday, the group claimed 5 attacks.";
        assert_eq!(speakers(text), ["group|Organization"]);
    }

    #[test]
    fn medium_after_subject() {
        let text = "Ben Rhodes in the email said two goals mattered.\n\
            The Pentagon in a statement said 40 sorties were flown.";
        assert_eq!(
            speakers(text),
            ["Ben Rhodes|Person", "Pentagon|Organization"]
        );
    }

    /// Which stretch of each sentence is reported: its text, or `-`.
    fn stretches(text: &str) -> Vec<String> {
        let (_, reported) = reports(text);
        reported
            .iter()
            .map(|r| text[r.0..r.1].to_string())
            .collect()
    }

    #[test]
    fn concessive_clause_says_only_itself() {
        assert_eq!(
            stretches(
                "While Rasmussen said spending rose 50% in five years, NATO nations cut 20%."
            ),
            ["said spending rose 50% in five years"]
        );
        assert_eq!(
            stretches(
                "Although Trump tweeted that “sanctions will remain,” the rub lies in the 880-mile border."
            ),
            ["tweeted that “sanctions will remain,”"]
        );
        // Near miss: a reporting verb of the main clause says all that follows.
        assert_eq!(
            stretches("Officials said 20 people died, and 30 were hurt."),
            ["said 20 people died, and 30 were hurt."]
        );
    }
}
