//! English speakers (en61): junk speakers the attribution reader (`attribution.rs`) took
//! from sentence starts, clauses and tails, and a closing `said X, apposition.` it missed.
//!
//! - A capitalized preposition, adverb, participle or quantifier opening a sentence or a
//!   headline (`Despite Trump …`, `U.S. Considering Trump …`, `Asked what he …`) is no
//!   part of a person's name: the names registered for later surnames and pronouns start
//!   after it ([`not_name_word`]), so `Trump` and `he` no longer find `Despite Trump`.
//! - A subject is narrowed to what can say something ([`narrow`]): an opening adverbial
//!   before a pronoun (`Last week he`, `Speaking on condition of anonymity he`) leaves the
//!   pronoun, any other phrase ending in a pronoun (`Mr. Graham's office released a letter
//!   that he`, `a position he`) is a clause and names nobody; nor does a phrase opened by
//!   a preposition or a participle (`Despite his`, `Under the policy`, `Citing reports
//!   that …`, but `Under Secretary …`) or a bare quantifier (`Some`, `All`, `Each`); an
//!   adverb or time word at either end (`Instead`, `Earlier Wednesday`, `… himself`,
//!   `… initially`, `… first`, `… last week`, `… Wednesday morning`) is no part of it.
//! - `…, said Ben LaBolt, a campaign spokesman, early Wednesday morning.`: the name after a
//!   clause-final verb may be followed by an apposition ([`apposition_tail`]).
//! - `Mike Rogers, Michigan Republican and chairman of the committee, said`: an
//!   apposition that opens with a capital but holds a lower-case title
//!   ([`titled_apposition`]).
//!
//! Every look is inside a noun phrase or the few tokens after a verb.

use super::lex;
use super::tokens::{Token, TokenKind};

/// A word set as a `matches!` test (`$test`) and as a list (`$list`, for the lexicon's
/// [`lex::NAME_STOP`]), from one list of words.
macro_rules! word_set {
    ($(#[$doc:meta])* $test:ident, $list:ident, $($w:literal)|+) => {
        $(#[$doc])*
        fn $test(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
        const $list: &[&str] = &[$($w),+];
    };
}

word_set!(
    /// Capitalized words that open a sentence or a headline without being names, other
    /// than [`preposition`]s and [`adverb`]s: wh-words, quantifiers, participles of a
    /// leading clause, conjunctions.
    other_function_word,
    OTHER_FUNCTION_WORDS,
        "why" | "how" | "what" | "whether" | "some" | "all" | "each" | "both" | "many" |
        "most" | "several" | "few" | "others" | "another" | "every" | "asked" | "speaking" |
        "citing" | "having" | "being" | "calling" | "arriving" | "bracing" | "responding" |
        "reacting" | "writing" | "noting" | "quoting" | "addressing" | "announcing" |
        "nothing" | "if" | "when" | "while" | "as" | "because" | "although" | "though"
);

/// Capitalized words that open a sentence or a headline without being names: prepositions,
/// adverbs, wh-words, quantifiers, participles of a leading clause.
fn function_word(w: &str) -> bool {
    preposition(w) || adverb(w) || other_function_word(w)
}

/// The words of [`function_word`]: the list of [`lex::NAME_STOP`].
pub(super) fn function_words() -> Vec<&'static str> {
    [PREPOSITIONS, ADVERBS, OTHER_FUNCTION_WORDS].concat()
}

word_set!(
    /// Prepositions (and participles used as prepositions) that open no subject.
    preposition,
    PREPOSITIONS,
        "despite" | "amid" | "amidst" | "after" | "before" | "following" | "considering" |
        "during" | "under" | "over" | "against" | "among" | "amongst" | "without" | "within" |
        "through" | "throughout" | "toward" | "towards" | "via" | "unlike" | "like" |
        "regarding" | "concerning" | "including" | "besides" | "beyond" | "behind" | "across" |
        "upon" | "since" | "until" | "from" | "with" | "into" | "in" | "on" | "at" | "by" |
        "for" | "of" | "to" | "about" | "asked" | "speaking" | "citing" | "having" |
        "bracing" | "responding" | "reacting" | "writing" | "quoting" | "addressing"
);

word_set!(
    /// Adverbs that open a sentence before its subject.
    adverb,
    ADVERBS,
        "now" | "instead" | "meanwhile" | "still" | "later" | "earlier" | "perhaps" |
        "indeed" | "today" | "yesterday" | "tonight" | "then" | "thus" | "hence" | "moreover" |
        "separately" | "similarly" | "likewise" | "nonetheless" | "nevertheless" |
        "ultimately" | "finally" | "eventually" | "previously" | "recently" | "initially"
);

/// Whether a capitalized word is a function word that is no part of a name (`Despite`,
/// `Considering`, `Asked`, `Some`).
///
/// The function word is asked of the token's lexicon bits ([`lex::NAME_STOP`], looked up
/// once by the tokenizer from its lower-case form), not matched against the list again.
pub(super) fn not_name_word(t: &Token<'_>) -> bool {
    t.lex & lex::NAME_STOP != 0 && t.is_word() && t.capitalized()
}

fn pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they")
}

/// How many words at the end of a subject are an adverb or a time phrase: `himself`,
/// `first`, `initially`, `too`, `always`, `last week`, `earlier this month`,
/// `Wednesday morning`.
fn trailing(np: &[Token<'_>]) -> usize {
    let n = np.len();
    let w = |k: usize| np[k].lower.as_ref();
    if n < 2 {
        return 0;
    }
    if !np[n - 1].capitalized()
        && matches!(
            w(n - 1),
            "himself"
                | "herself"
                | "itself"
                | "themselves"
                | "first"
                | "initially"
                | "too"
                | "always"
                | "today"
                | "yesterday"
                | "tonight"
                | "alone"
        )
    {
        return 1;
    }
    if n >= 3
        && matches!(w(n - 1), "week" | "month" | "year" | "weekend")
        && matches!(w(n - 2), "last" | "this" | "next")
    {
        let earlier = n >= 4 && matches!(w(n - 3), "earlier" | "later");
        return if earlier { 3 } else { 2 };
    }
    if n >= 3
        && matches!(w(n - 1), "morning" | "afternoon" | "evening" | "night")
        && np[n - 2].lex & lex::WEEKDAY != 0
    {
        return 2;
    }
    0
}

/// The part of a subject that can say something, or `None` when it names nobody (see the
/// module's doc). The phrase as given when nothing applies.
pub(super) fn narrow<'a, 't>(np: &'a [Token<'t>]) -> Option<&'a [Token<'t>]> {
    let mut np = np;
    // Trailing adverbs and times, then leading adverbs.
    loop {
        let t = trailing(np);
        if t == 0 {
            break;
        }
        np = &np[..np.len() - t];
    }
    while np.len() > 1
        && np[0].is_word()
        && (adverb(np[0].lower.as_ref()) || np[0].lex & lex::WEEKDAY != 0)
    {
        np = &np[1..];
        while np.len() > 1 && np[0].is_punct(',') {
            np = &np[1..];
        }
    }
    let n = np.len();
    if n == 0 {
        return Some(np);
    }
    let first = np[0].lower.as_ref();
    // `Last week he`, `Speaking on condition of anonymity he`: an opening adverbial before
    // the pronoun, which is the speaker; any other phrase ending in a pronoun (`a position
    // he`, `Mr. Graham's office released a letter that he`) is a clause, no speaker.
    if n > 1 && np[n - 1].is_word() && pronoun(np[n - 1].lower.as_ref()) {
        let opener = np[0].capitalized()
            && (function_word(first) || matches!(first, "last" | "this" | "next" | "that"))
            && !np[1..n - 1].iter().any(|t| t.capitalized());
        return opener.then(|| &np[n - 1..]);
    }
    // `Despite his`, `Under the policy`: a prepositional phrase (not `Under Secretary`).
    let title_next = np
        .get(1)
        .is_some_and(|t| t.capitalized() && t.lex & lex::TITLE != 0);
    if np[0].is_word() && preposition(first) && !title_next {
        return None;
    }
    // `Some`, `All`, `Each` alone.
    if n == 1 && not_name_word(&np[0]) {
        return None;
    }
    Some(np)
}

/// Whether the tokens from `from` to the end of the sentence are an apposition after a
/// name (`a campaign spokesman, early Wednesday morning.`, `D-California.`): no verb, no
/// number, no quote, a few words.
pub(super) fn apposition_tail(toks: &[Token<'_>], from: usize) -> bool {
    let rest = toks.get(from..).unwrap_or(&[]);
    let words = rest.iter().filter(|t| t.is_word()).count();
    // It opens as a description does: an article, a possessive or a name.
    let opens = rest.first().is_some_and(|t| {
        t.is_word()
            && (t.capitalized()
                || t.lex & lex::TITLE != 0
                || matches!(
                    t.lower.as_ref(),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                ))
    });
    opens
        && (1..=14).contains(&words)
        && !rest.iter().any(|t| {
            t.kind == TokenKind::Digits
                || (t.is_word()
                    && (t.lex & (lex::VERB | lex::REPORTING) != 0
                        || matches!(t.lower.as_ref(), "who" | "which" | "that" | "whose")))
                || matches!(t.kind, TokenKind::Punct('"' | '“' | '”' | '(' | ':' | ';'))
        })
}

/// Whether an apposition that opens with a capital (`Michigan Republican and chairman of
/// the House Intelligence Committee`) holds a lower-case title word, as a description of
/// the name before it does; not after `and` (`Issa, …, and Chaffetz, …, said`: two
/// speakers).
pub(super) fn titled_apposition(name: &[Token<'_>], apposition: &[Token<'_>]) -> bool {
    !name.first().is_some_and(|t| t.is("and"))
        && apposition.iter().any(|t| {
            t.is_word()
                && !t.capitalized()
                && matches!(
                    t.lower.as_ref(),
                    "chairman"
                        | "chairwoman"
                        | "chair"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "director"
                        | "head"
                        | "member"
                        | "chief"
                        | "minister"
                        | "secretary"
                        | "commander"
                        | "president"
                        | "ambassador"
                        | "adviser"
                        | "advisor"
                        | "professor"
                        | "analyst"
                        | "researcher"
                        | "founder"
                        | "governor"
                        | "mayor"
                        | "senator"
                        | "aide"
                )
        })
        && !apposition
            .iter()
            .any(|t| t.is_word() && t.lex & (lex::VERB | lex::REPORTING) != 0)
}

/// `…, said Ben LaBolt, a campaign spokesman.`: the verb at `v` (in lower case: `Said`
/// is a name) is followed by a name (`toks[v + 1..np_end]`, opening with a capital or an
/// article) and a comma before an apposition that ends the sentence.
pub(super) fn closing_name(toks: &[Token<'_>], v: usize, np_end: usize) -> bool {
    toks.get(v).is_some_and(|t| !t.capitalized())
        && toks
            .get(v + 1)
            .is_some_and(|t| t.capitalized() || matches!(t.lower.as_ref(), "a" | "an" | "the"))
        && toks.get(np_end).is_some_and(|t| t.is_punct(','))
        && apposition_tail(toks, np_end + 1)
}

#[cfg(test)]
mod tests {
    use super::super::en55::tests::speakers;
    use super::super::tokens::tokenize;

    #[test]
    fn name_stop_bit_agrees_with_the_word_lists() {
        // speed34: `not_name_word` reads the token's lexicon bit; it must answer as the
        // `matches!` lists do, for every listed word in each case and for near misses.
        let mut words: Vec<String> = super::function_words()
            .iter()
            .flat_map(|w| {
                let mut cap = w.to_string();
                cap[..1].make_ascii_uppercase();
                let plural = format!("{cap}s");
                [
                    w.to_string(),
                    cap,
                    w.to_uppercase(),
                    plural,
                    format!("X{w}"),
                ]
            })
            .collect();
        words.extend(["Trump", "Despite", "Amid", "Obama", "Mr", "Kerry's"].map(String::from));
        let mut stops = 0;
        for w in &words {
            let t = &tokenize(w, 0)[0];
            let slow = t.is_word() && t.capitalized() && super::function_word(t.lower.as_ref());
            assert_eq!(super::not_name_word(t), slow, "{w}");
            stops += usize::from(slow);
        }
        // Capitalized and upper-case forms of each listed word (two of the same for `as`
        // and the like are counted twice).
        assert!(stops >= 2 * super::function_words().len(), "{stops}");
    }

    #[test]
    fn headline_words_make_no_name() {
        // Neither `Despite Trump` nor `U.S. Considering Trump` is registered as a person
        // whom `Trump` and `he` would find.
        for headline in ["Despite Trump, Talks Go On", "U.S. Considering Trump"] {
            let text = format!(
                "{headline}\n\
                Trump said 3 ships would follow.\n\
                He said 40 people came."
            );
            assert_eq!(
                speakers(&text),
                ["-", "Trump|Person", "Trump|Person"],
                "{headline}"
            );
        }
    }

    #[test]
    fn openers_and_clauses_are_no_speakers() {
        let text = "John Smith met the envoy in Geneva.\n\
            Last week he said the country had broken 3 rules.\n\
            Some have suggested 6 ships came.\n\
            All told, 15 pages were sent to Congress.\n\
            Despite his stated refusal, the talks began with 4 envoys.\n\
            The office released a letter Wednesday that he wrote to 5 senators.\n\
            Citing reports that the ministry warned of 7 risks, Democrats said they would go on.";
        assert_eq!(
            speakers(text),
            [
                "-",
                "John Smith|Person",
                "-",
                "-",
                "-",
                "-",
                "Democrats|Person",
            ]
        );
    }

    #[test]
    fn adverbs_and_times_at_the_ends_are_cut() {
        let text = "The New York Times first reported that 12 people died.\n\
            Russian officials initially said there were 30 arrests.\n\
            Trump himself said 7 people came.\n\
            The White House this week announced tariffs of 100 percent.\n\
            Earlier Wednesday the ministry said 9 people died.\n\
            Under Secretary of State Brian Bulatao said 5 people left.";
        assert_eq!(
            speakers(text),
            [
                "New York Times|Organization",
                "Russian officials|Organization",
                "Trump|Person",
                "White House|Organization",
                "ministry|Organization",
                "Brian Bulatao|Person",
            ]
        );
    }

    #[test]
    fn closing_name_with_apposition() {
        let text = "The hearing could happen within 2 days, said Feinstein, D-California.\n\
            \"We are shocked at the 5 attacks,\" said Ben LaBolt, a campaign spokesman, early Wednesday morning.\n\
            Mike Rogers, Michigan Republican and chairman of the House Intelligence Committee, said 100 fighters are a threat.\n\
            The two main suspects, Said and Cherif Kouachi, are holed up with 3 hostages.\n\
            Then, said Kerry, the talks will resume with 5 nations.\n\
            Orly Peretz, a mother of five \u{2014} said she felt relaxed Thursday, and was unconcerned about the truce.";
        assert_eq!(
            speakers(text),
            [
                "Feinstein|Person",
                "Ben LaBolt|Person",
                "Mike Rogers|Person",
                "-",
                "-",
                "-",
            ]
        );
    }
}
