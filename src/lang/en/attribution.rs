//! Who says each sentence of an English news article: the stretches of reported speech with
//! their speakers, as the Arabic reader gives them (`src/lang/ar/attribution.rs`); what lies
//! outside every stretch is the outlet's own voice.
//!
//! A stretch is opened by
//!
//! - a reporting verb after its subject (`Secretary of State John Kerry said the militants
//!   …`, `Kerry added that …`, `X told Reuters …`, `The United Nations says …`): the stretch
//!   runs from the verb to the end of the sentence, or over the next sentences while a quote
//!   it opens runs on;
//! - a reporting verb closing the sentence after a comma or a quote (`…, Pentagon officials
//!   say.`, `"…," Abadi said.`, `…, said Kerry.`): the stretch is what comes before, back to
//!   the opening quote when the quote began in an earlier sentence;
//! - `according to X` (`…, according to U.S. Central Command.`, `According to X, …`);
//! - a participle after a comma (`…, telling the meeting that …`, `…, saying …`), which
//!   continues the subject of its sentence.
//!
//! The speaker is the noun phrase of the subject: a person (the name after any title:
//! `Iraqi Prime Minister Haider al-Abadi` is Haider al-Abadi), an organization (`The State
//! Department`, `Pentagon officials`, `U.S. Central Command`), a document (`A statement
//! issued after the meeting`) or a group (`analysts`, `Western officials`). Mentions resolve
//! inside the article: a surname (`Kerry`, `Abadi`) or a title (`the secretary of state`)
//! refers back to the person named in full before; `he`/`she` to the last person; `the
//! statement` to the statement named before.
//!
//! One left-to-right pass with bounded look-around (a noun phrase is at most [`MAX_NP`]
//! tokens), so the time is linear in the length of the article.

use std::sync::LazyLock;

use super::lex;
use super::tokens::{Token, TokenKind};
use crate::lang::{FastMap, FastSet, entities};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    Person,
    Organization,
    Document,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name: for a person the name part of the fullest mention in the article
    /// (`John Kerry`, also where this sentence says `Kerry` or `The secretary of state`);
    /// for others the fullest noun phrase without its article (`State Department`,
    /// `statement issued after the meeting`).
    pub name: String,
    /// How this sentence names the speaker, as written.
    pub mention: String,
    pub kind: SpeakerKind,
}

/// A stretch of reported speech: byte offsets into the document and its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    pub start: usize,
    pub end: usize,
    pub speaker: Speaker,
}

/// At most this many tokens in a speaker's noun phrase.
const MAX_NP: usize = 14;
/// A quote runs on over at most this many sentences.
const MAX_QUOTE_SENTENCES: usize = 12;

/// Reporting verbs that open what follows (or close what went before). Present forms that
/// are also common nouns (`states`, `claims`, `reports`, `notes`, `estimates`) are left out.
const VERBS: &str = "said say says told tell tells added adds noted stated announced
announces declared reported claimed confirmed confirms estimated explained explains warned
warns insisted insists argued argues acknowledged acknowledges admitted revealed disclosed
indicated suggested predicted wrote writes tweeted stressed stresses emphasized emphasised
maintained maintains asserted asserts contended observed recalled replied responded
conceded cautioned alleged alleges testified recounted specified detailed projected
forecast calculated counted";

/// Participles that continue the subject of their sentence after a comma.
const PARTICIPLES: &str = "saying telling adding noting warning insisting arguing explaining
stressing claiming estimating announcing declaring acknowledging asserting according";

/// Words of titles, which stand before a person's name.
const TITLES: &str = "secretary minister president prime vice deputy foreign defense defence
interior state general gen lt col colonel maj major sgt capt captain adm admiral commander
chief spokesman spokeswoman spokesperson ambassador envoy senator sen rep representative
gov governor mayor chairman chairwoman chair director head leader king queen prince
princess sheikh emir pope dr mr mrs ms mister president-elect premier chancellor
lieutenant marshal brigadier officer official analyst expert researcher professor prof
judge justice attorney lawyer counsel adviser advisor aide coordinator administrator
commissioner inspector executive ceo cfo founder manager president's secretary-general
undersecretary under-secretary assistant acting former late top senior junior
correspondent reporter editor author economist activist fair";

/// Head words that make a noun phrase an organization.
const ORG_WORDS: &str = "department ministry command office agency council committee
government army military police force forces coalition nations union organization
organisation observatory commission authority authorities administration cabinet
parliament congress senate court bank fund institute center centre group company
corporation association federation network newspaper agency's television radio channel
pentagon kremlin reuters afp ap bbc cnn spa xinhua tass ria embassy consulate alliance
board bureau service services directorate headquarters hq watch amnesty crescent cross
unicef unhcr who party movement front brigade brigades battalion regime";

/// Head words that make a noun phrase a document.
const DOC_WORDS: &str = "statement report communique communiqué document study survey
letter declaration bulletin census data figures figure estimate estimates assessment
release analysis poll memo memorandum tally count toll resolution agreement transcript
filing records record";

/// Plural nouns that make a group of unnamed speakers.
const GROUP_WORDS: &str = "officials analysts observers experts sources witnesses residents
activists diplomats critics officers commanders lawmakers legislators researchers doctors
medics rescuers organizers organisers authorities militants rebels fighters people
locals citizens survivors relatives investigators prosecutors economists scientists
aides advisers advisors";

/// Words that start a noun phrase but are no part of its name.
const LEADERS: &str = "and but while as so then also however meanwhile moreover yet or
because since though although whereas when where which who";

fn set(words: &'static str) -> FastSet<&'static str> {
    words.split_whitespace().collect()
}

/// The lists of [`super::lex`]: reporting verbs, and with them the participles (the
/// subject's stop list leaves both out), words of titles, head words of organizations.
pub(super) fn verb_words() -> Vec<&'static str> {
    VERBS.split_whitespace().collect()
}
pub(super) fn reporting_words() -> Vec<&'static str> {
    VERBS
        .split_whitespace()
        .chain(PARTICIPLES.split_whitespace())
        .collect()
}
pub(super) fn title_words() -> Vec<&'static str> {
    TITLES.split_whitespace().collect()
}
pub(super) fn org_words() -> Vec<&'static str> {
    ORG_WORDS.split_whitespace().collect()
}
static PARTICIPLE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(PARTICIPLES));
static TITLE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(TITLES));
static ORG_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(ORG_WORDS));
static DOC_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(DOC_WORDS));
static GROUP_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(GROUP_WORDS));
static LEADER_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(LEADERS));

/// Registers the full personal names of a sentence (two capitalized name words or more,
/// not an entity of another kind, after a title or inside the sentence) as persons the
/// article has named, so that a later surname finds them. A name already known keeps its
/// entry; a longer one with the same surname replaces a surname alone.
fn register_names<'t>(toks: &[Token<'t>], st: &mut State<'_, 't>) {
    // Capitalized words come back through an article (names, places, `The`): ask the
    // gazetteer once for each.
    let gazetteer = &mut st.gazetteer;
    let mut allows = |w: &'t str| *gazetteer.entry(w).or_insert_with(|| gazetteer_allows(w));
    let mut k = 0;
    while k < toks.len() {
        // Inside a run of capitalized words (not after a title); asked only of a
        // capitalized word, as most are not.
        let inside = || k > 0 && toks[k - 1].capitalized() && toks[k - 1].lex & lex::TITLE == 0;
        // The gazetteer lookup in `is_person_name_token` last: it is the dear one.
        // A name has a second name word: a word with no name token after it (even one the
        // gazetteer would allow) is not looked up.
        if !toks[k].capitalized()
            || inside()
            || toks[k].lex & lex::STOP != 0
            || !(k + 1 < toks.len() && person_name_token_with(toks, k + 1, &mut |_| true))
            || super::en61::not_name_word(&toks[k])
            || !person_name_token_with(toks, k, &mut allows)
        {
            k += 1;
            continue;
        }
        let mut end = k;
        // Whether the run stopped at a function word (`toks[k]` is none, as asked above;
        // each word after it is asked once, here).
        let mut stopped = false;
        while end + 1 < toks.len() && person_name_token_with(toks, end + 1, &mut allows) {
            end += 1;
            // `U.S. Considering Trump`: a title-case headline, no name (en61).
            if super::en61::not_name_word(&toks[end]) {
                stopped = true;
                break;
            }
        }
        if stopped {
            k = end + 1;
            continue;
        }
        while end > k && !toks[end].is_word() {
            end -= 1;
        }
        let run = &toks[k..=end];
        let words = run
            .iter()
            .filter(|t| t.is_word() && t.capitalized())
            .count();
        let months = || {
            run.iter()
                .any(|t| super::dates::month_or_weekday(t.lower.as_ref()))
        };
        // `The Associated Press`: an outlet, whom a later `the AP` finds but no
        // pronoun (en58).
        let outlet = || super::en55::prefix_is_name(run, run.len() - 1) == Some(true);
        if (2..=4).contains(&words) && !months() && !super::en63::doubled(run) {
            // Most full names come back: the name and its key are written into buffers
            // kept in the state, and copied out only for a new person or a longer name.
            let (name, key) = (&mut st.name_buf, &mut st.key_buf);
            text_into(run, name);
            // `Theresa May's government`: the person is Theresa May, not her possessive.
            if let Some(n) = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("\u{2019}s"))
                .map(str::len)
            {
                name.truncate(n);
            }
            surname_key_into(name, key);
            match st
                .persons
                .iter()
                .position(|p| p.surnames.iter().any(|s| s.as_str() == key.as_str()))
            {
                // A name of one word (no space) replaced by one of more words.
                Some(p) if !st.persons[p].name.contains(' ') && name.contains(' ') => {
                    st.persons[p].name.clone_from(name);
                }
                Some(_) => {}
                None => {
                    let name = name.clone();
                    let gender = super::en58::gender(&name);
                    let outlet = outlet();
                    let mut surnames = Vec::with_capacity(2);
                    surnames.push(key.clone());
                    if let Some(last) = name.split([' ', '-']).next_back() {
                        surnames.push(last.to_lowercase());
                    }
                    st.persons.push(Person {
                        name,
                        title: String::new(),
                        gender,
                        outlet,
                        surnames,
                    });
                }
            }
        }
        k = end + 1;
    }
}

/// Registers the names of the sentences read since the last look-up of a speaker (the
/// persons and the speakers' look-ups are as if each sentence's names had been registered
/// once it was read).
fn register_pending(st: &mut State<'_, '_>) {
    if st.pending.is_empty() {
        return;
    }
    let pending = std::mem::take(&mut st.pending);
    for &s in &pending {
        let toks = st.sentences[s];
        register_names(toks, st);
    }
    st.pending = pending;
    st.pending.clear();
}

/// A person named in the article so far.
#[derive(Clone, Debug)]
struct Person {
    name: String,
    /// The title, lower case (`secretary of state`).
    title: String,
    /// The name's last word and, for `al-Abadi`, `abadi` too; lower case.
    surnames: Vec<String>,
    gender: super::en58::Gender,
    /// A name that is an outlet's (`New York Times`), found by `the Times`.
    outlet: bool,
}

#[derive(Default)]
struct State<'a, 't> {
    /// The tokens of the document's sentences.
    sentences: &'a [&'a [Token<'t>]],
    /// The sentences whose names are yet to be registered ([`register_names`]), in order:
    /// they are registered when a speaker is next looked up ([`register_pending`]), and
    /// not at all after the last.
    pending: Vec<usize>,
    persons: Vec<Person>,
    /// The most recent speaker of each kind, and of any kind.
    last_person: Option<usize>,
    last_speaker: Option<Speaker>,
    documents: Vec<Speaker>,
    /// The gazetteer's answer for each capitalized word asked so far
    /// ([`gazetteer_allows`]).
    gazetteer: FastMap<&'t str, bool>,
    /// Room for a name and its surname key ([`register_names`]), reused sentence after
    /// sentence.
    name_buf: String,
    key_buf: String,
}

/// The stretches of reported speech of a document, in order.
///
/// Only the stretches that may hold a byte at or before `until` are wanted (the start of
/// the document's last claim): the sentences after it are not read once no quote is open
/// (a stretch of a later sentence starts inside it, or at a quote still open).
pub fn attribute<'t>(
    text: &str,
    sentences: &[(usize, usize)],
    tokens: &[&[Token<'t>]],
    until: usize,
) -> Vec<Reported> {
    let mut state = State {
        sentences: tokens,
        ..State::default()
    };
    let mut out: Vec<Reported> = Vec::new();
    // A quote still open at the end of a sentence: where it began, and for a quote that
    // opened after a reporting verb, its speaker.
    let mut open_quote: Option<(usize, Option<Speaker>, usize)> = None;
    let mut prev_end = 0;
    for (s, toks) in tokens.iter().enumerate() {
        let (s_start, s_end) = sentences[s];
        if s_start > until && open_quote.is_none() {
            break;
        }
        let new_paragraph = text
            .get(prev_end..s_start)
            .is_some_and(|gap| gap.contains('\n'));
        prev_end = s_end;
        let mut quotes = toks.iter().filter(|t| is_double_quote(t)).count();
        // Borrowed: the quote's speaker is cloned only for a stretch that is pushed.
        let began_in_quote = open_quote.as_ref();
        // The quote mark that opens a paragraph inside a running quote does not close it.
        if began_in_quote.is_some() && new_paragraph && toks.first().is_some_and(is_double_quote) {
            quotes -= 1;
        }
        // A quote opened by a speaker earlier runs on through this sentence: in its
        // paragraph, or in a new one that opens with a quote mark (as a quote over several
        // paragraphs is written).
        let continues = !new_paragraph || toks.first().is_some_and(is_double_quote);
        // `"And the Secretary said it clearly today …"` after `"…," Kirby told Tapper.`: a
        // sentence that is all quote, in the paragraph of the last speaker, is theirs.
        let all_quote = quotes == 2
            && toks.first().is_some_and(is_double_quote)
            && toks
                .iter()
                .rev()
                .find(|t| !matches!(t.kind, TokenKind::Punct('.' | '!' | '?')))
                .is_some_and(is_double_quote);
        if all_quote
            && !new_paragraph
            && began_in_quote.is_none()
            && let Some(sp) = &state.last_speaker
        {
            out.push(Reported {
                start: s_start,
                end: s_end,
                speaker: unmentioned(sp),
            });
            state.pending.push(s);
            continue;
        }
        if let Some((_, Some(sp), n)) = began_in_quote
            && *n < MAX_QUOTE_SENTENCES
            && continues
            && !has_own_verb(toks)
        {
            out.push(Reported {
                start: s_start,
                end: quote_close(toks).unwrap_or(s_end),
                speaker: unmentioned(sp),
            });
        } else if let Some(found) = sentence(text, toks, s_start, s_end, &mut state) {
            let mut found = found;
            // `"… sentence one. Sentence two," Kerry said.`: back to the opening quote.
            if let Some((quote_start, _, _)) = began_in_quote
                && found.start == s_start
            {
                found.start = *quote_start;
            }
            let opens_quote = quotes % 2 == 1 && found.end == s_end;
            state.last_speaker = Some(found.speaker.clone());
            if opens_quote && began_in_quote.is_none() {
                open_quote = Some((s_start, Some(found.speaker.clone()), 0));
                out.push(found);
                continue;
            }
            out.push(found);
        }
        // Full names written anywhere in the sentence (`Yale's Eugene R. Fidell`, `Paris
        // prosecutor Francois Molins`), for the surnames of the sentences to come.
        state.pending.push(s);
        if quotes % 2 == 1 {
            open_quote = match open_quote {
                Some(_) => None,
                None => {
                    let at = toks
                        .iter()
                        .find(|t| is_double_quote(t))
                        .map_or(s_start, |t| t.start);
                    Some((at, None, 0))
                }
            };
        } else if let Some((a, sp, n)) = open_quote {
            open_quote = Some((a, sp, n + 1));
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out
}

/// The speaker of a stretch that does not name them: the name without this sentence's
/// mention (cloned without the mention, which would be dropped).
fn unmentioned(sp: &Speaker) -> Speaker {
    Speaker {
        name: sp.name.clone(),
        mention: String::new(),
        kind: sp.kind,
    }
}

fn is_double_quote(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Punct('"' | '“' | '”'))
}

/// The end of the first closing quote in a sentence that continues a quote.
fn quote_close(toks: &[Token<'_>]) -> Option<usize> {
    toks.iter().find(|t| is_double_quote(t)).map(|t| t.end)
}

fn has_own_verb(toks: &[Token<'_>]) -> bool {
    toks.iter()
        .any(|t| t.is_word() && (t.lex & lex::VERB != 0 || t.lower == "according"))
}

fn word<'a>(toks: &'a [Token<'_>], k: usize) -> &'a str {
    toks.get(k)
        .filter(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.lower.as_ref())
}

fn is_punct_boundary(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct(
            ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '.' | '?' | '!'
        )
    )
}

/// Whether token `k` ends a clause: punctuation, but not the full stop of an abbreviation
/// (`U.S.`, `Gen.`).
fn boundary_at(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    if !is_punct_boundary(t) {
        return false;
    }
    // `1,600`: a thousands comma.
    if t.is_punct(',')
        && t.glued
        && k > 0
        && toks[k - 1].kind == TokenKind::Digits
        && toks
            .get(k + 1)
            .is_some_and(|n| n.glued && n.kind == TokenKind::Digits)
    {
        return false;
    }
    if t.is_punct('.') && t.glued && k > 0 {
        let prev = &toks[k - 1];
        let inside = toks.get(k + 1).is_some_and(|n| n.glued);
        let initial = prev.is_word() && prev.text.chars().count() == 1;
        let title = prev.is_word()
            && matches!(
                prev.text,
                "Gen"
                    | "Lt"
                    | "Col"
                    | "Maj"
                    | "Sgt"
                    | "Capt"
                    | "Adm"
                    | "Sen"
                    | "Rep"
                    | "Gov"
                    | "Dr"
                    | "Mr"
                    | "Mrs"
                    | "Ms"
                    | "St"
                    | "Jr"
                    | "Sr"
                    | "Prof"
                    | "Rev"
            );
        return !(inside || initial || title);
    }
    true
}

/// The reported stretch of one sentence, if it has one.
fn sentence(
    text: &str,
    toks: &[Token<'_>],
    s_start: usize,
    s_end: usize,
    st: &mut State<'_, '_>,
) -> Option<Reported> {
    // `According to X, …` and `…, according to X.`
    if let Some(a) = toks.iter().position(|t| t.is("according"))
        && word(toks, a + 1) == "to"
    {
        let np_end = (a + 2..toks.len())
            .find(|&k| boundary_at(toks, k))
            .unwrap_or(toks.len());
        if np_end > a + 2
            && let Some(sp) = speaker(text, &toks[a + 2..np_end], st)
        {
            return Some(if a == 0 {
                Reported {
                    start: toks.get(np_end).map_or(s_end, |t| t.end),
                    end: s_end,
                    speaker: sp,
                }
            } else {
                Reported {
                    start: s_start,
                    end: toks[a].start,
                    speaker: sp,
                }
            });
        }
    }
    // The verbs are walked once, in order: no list of them is collected.
    let verbs = (0..toks.len()).filter(|&k| toks[k].is_word() && toks[k].lex & lex::VERB != 0);
    for v in verbs {
        // `claimed responsibility`, `claimed victory`: no reported speech.
        if matches!(
            word(toks, v + 1),
            "responsibility" | "credit" | "victory" | "ownership" | "lives"
        ) || super::en58::not_reporting(toks, v)
        {
            continue;
        }
        // `Rep. Peter King, chairman of the committee, said`, `Rep. Dan Crenshaw, R-Texas,
        // told`: the speaker is the name before the apposition.
        if v >= 4 && toks[v - 1].is_punct(',') {
            let p = (0..v - 1).rev().find(|&k| toks[k].is_punct(','));
            if let Some(p) = p
                && p + 1 < v - 1
                && v - 1 - p <= MAX_NP
            {
                let apposition = &toks[p + 1..v - 1];
                let mut b = p;
                while b > 0 && !boundary_at(toks, b - 1) && p - b < MAX_NP {
                    b -= 1;
                }
                let looks = apposition.first().is_some_and(|t| !t.capitalized())
                    || apposition.iter().any(|t| t.is_punct('-'))
                    || super::en61::titled_apposition(&toks[b..p], apposition);
                let name = trim_np(&toks[b..p]);
                if looks
                    && name.iter().any(|t| t.capitalized())
                    && let Some(sp) = speaker(text, name, st)
                {
                    // After a quote or a clause, with a short tail: it closes the sentence.
                    let closing = b > 0
                        && matches!(toks[b - 1].kind, TokenKind::Punct(',' | '"' | '”'))
                        && short_tail(toks, v + 1);
                    return Some(if closing {
                        Reported {
                            start: s_start,
                            end: toks[b - 1].start,
                            speaker: sp,
                        }
                    } else {
                        Reported {
                            start: toks[v].start,
                            end: s_end,
                            speaker: sp,
                        }
                    });
                }
            }
        }
        let after_break = v == 0 || boundary_at(toks, v - 1);
        if after_break && v > 0 {
            // `…, said Kerry.`: the speaker after the verb, the content before.
            let np_end = (v + 1..toks.len())
                .find(|&k| boundary_at(toks, k))
                .unwrap_or(toks.len());
            // `…, told Reuters.`: who was told is no speaker (en58).
            // `…, said Ben LaBolt, a campaign spokesman.` (en61).
            if np_end > v + 1
                && (np_end >= toks.len().saturating_sub(1)
                    || super::en61::closing_name(toks, v, np_end))
                && !super::en58::audience_verb(toks, v)
                && let Some(sp) = speaker(text, &toks[v + 1..np_end], st)
            {
                return Some(Reported {
                    start: s_start,
                    end: toks[v - 1].start,
                    speaker: sp,
                });
            }
            // en58: the subject before a long apposition (`Issa, whose panel …, said`).
            for (a, b, from) in super::en58::comma_subjects(toks, v, &|k| boundary_at(toks, k)) {
                if let Some(sp) = speaker(text, &toks[a..b], st) {
                    let closing = toks[..from].iter().filter(|t| t.is_word()).count() >= 5
                        && (short_tail(toks, v + 1) || super::en58::after_quote(toks, from, v));
                    return Some(Reported {
                        start: if closing { s_start } else { toks[v].start },
                        end: if closing { toks[from - 1].start } else { s_end },
                        speaker: sp,
                    });
                }
            }
            continue;
        }
        // The subject before the verb: back to a boundary or a conjunction.
        let mut a = v;
        while a > 0 && !boundary_at(toks, a - 1) && v - a < MAX_NP {
            a -= 1;
            // `Germany and France say`: names joined by `and` are one subject.
            let joins_names = word(toks, a) == "and"
                && a > 0
                && toks[a - 1].capitalized()
                && toks[a + 1].capitalized();
            if LEADER_SET.contains(word(toks, a)) && a < v - 1 && !joins_names {
                a += 1;
                break;
            }
        }
        // `X, who …, said`: the subject is before the relative clause.
        if a < v && matches!(word(toks, a), "who" | "which") && a >= 2 {
            continue;
        }
        if toks[a..v].iter().any(|t| t.kind == TokenKind::Digits) {
            continue;
        }
        let np = trim_np(&toks[a..v]);
        if np.is_empty() {
            continue;
        }
        let Some(sp) = speaker(text, np, st) else {
            continue;
        };
        // Clause-final (`…, Pentagon officials say.`): only a short tail follows the verb.
        let comma_before =
            a > 0 && matches!(toks[a - 1].kind, TokenKind::Punct(',' | '"' | '”' | '“'));
        // `Today, Gilboa says, the average Israeli …`: a speaker in parentheses says all
        // of the sentence.
        if comma_before && toks.get(v + 1).is_some_and(|t| t.is_punct(',')) {
            return Some(Reported {
                start: s_start,
                end: s_end,
                speaker: sp,
            });
        }
        // Clause-final only after a clause (`On Thursday, the ministry announced …` is
        // not).
        let clause_before = toks[..a - usize::from(a > 0)]
            .iter()
            .filter(|t| t.is_word())
            .count()
            >= 5;
        if comma_before && clause_before && short_tail(toks, v + 1) {
            return Some(Reported {
                start: s_start,
                end: toks[a - 1].start,
                speaker: sp,
            });
        }
        return Some(Reported {
            start: toks[v].start,
            end: super::en55::concessive_end(toks, a, v).unwrap_or(s_end),
            speaker: sp,
        });
    }
    // `…, telling the meeting that …`: the sentence's subject says it.
    if let Some(p) = (1..toks.len()).find(|&k| {
        toks[k - 1].is_punct(',')
            && PARTICIPLE_SET.contains(word(toks, k))
            && word(toks, k) != "according"
    }) {
        let end = (0..p).find(|&k| !is_name_part(toks, k)).unwrap_or(p);
        let np = trim_np(&toks[..end]);
        if !np.is_empty()
            && let Some(sp) = speaker(text, np, st)
        {
            return Some(Reported {
                start: toks[p].start,
                end: s_end,
                speaker: sp,
            });
        }
    }
    None
}

/// Whether token `k` can be part of a subject at the start of a sentence.
fn is_name_part(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    match t.kind {
        TokenKind::Word => {
            t.capitalized()
                || t.lex & lex::TITLE != 0
                || matches!(
                    t.lower.as_ref(),
                    "al" | "el" | "bin" | "ibn" | "de" | "of" | "the" | "abu" | "van" | "von"
                )
        }
        TokenKind::Punct('-' | '.' | '\'') => t.glued,
        _ => false,
    }
}

/// After a clause-final verb: at most a few words (`on Wednesday`, `in a statement`,
/// `told reporters`) and no number before the end.
fn short_tail(toks: &[Token<'_>], from: usize) -> bool {
    let rest = &toks[from.min(toks.len())..];
    rest.iter().filter(|t| t.is_word()).count() <= 9
        && !rest.iter().any(|t| {
            (t.kind == TokenKind::Digits && !t.glued)
                || t.is("that")
                || t.is_punct('"')
                || t.is_punct('“')
        })
}

/// A noun phrase without the conjunctions and adverbs around it.
fn trim_np<'a, 't>(np: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let mut a = 0;
    let mut b = np.len();
    while a < b
        && (LEADER_SET.contains(np[a].lower.as_ref()) || !np[a].is_word() && !np[a].is_punct('\''))
    {
        a += 1;
    }
    while b > a
        && (matches!(
            np[b - 1].lower.as_ref(),
            "also"
                | "later"
                | "then"
                | "further"
                | "previously"
                | "earlier"
                | "recently"
                | "had"
                | "has"
                | "have"
                | "was"
                | "is"
                | "would"
                | "will"
                | "once"
                | "again"
                | "reportedly"
                | "repeatedly"
                | "publicly"
                | "privately"
                | "separately"
                | "simply"
                | "just"
                | "only"
                | "still"
                | "already"
                | "not"
                | "never"
        ) || !np[b - 1].is_word() && !np[b - 1].is_punct('.'))
    {
        b -= 1;
    }
    &np[a..b]
}

fn text_of(np: &[Token<'_>]) -> String {
    // The tokens and one space for each gap fit in the stretch of the document they span.
    let span = match (np.first(), np.last()) {
        (Some(a), Some(b)) => b.end.saturating_sub(a.start),
        _ => 0,
    };
    let mut s = String::with_capacity(span);
    text_into(np, &mut s);
    s
}

/// [`text_of`], written over `s`.
fn text_into(np: &[Token<'_>], s: &mut String) {
    s.clear();
    for (k, t) in np.iter().enumerate() {
        if k > 0 && !t.glued {
            s.push(' ');
        }
        s.push_str(t.text);
    }
}

fn without_article<'a, 't>(np: &'a [Token<'t>]) -> &'a [Token<'t>] {
    match np.first().map(|t| t.lower.as_ref()) {
        Some("both") if np.len() > 1 => without_article(&np[1..]),
        Some("the" | "a" | "an") if np.len() > 1 => &np[1..],
        _ => np,
    }
}

/// The speaker a noun phrase names, resolved against the article's persons.
fn speaker(text: &str, np: &[Token<'_>], st: &mut State<'_, '_>) -> Option<Speaker> {
    register_pending(st);
    // `a former official who had a role …`: the relative clause is no part of the name.
    let np = match np
        .iter()
        .skip(1)
        .position(|t| matches!(t.lower.as_ref(), "who" | "which" | "whose"))
    {
        Some(k) => &np[..k + 1],
        None => np,
    };
    let np = trim_np(super::en61::narrow(trim_np(np))?);
    if np.is_empty() || np.len() > MAX_NP || np.iter().any(|t| t.kind == TokenKind::Digits) {
        return None;
    }
    let np = &np[..np.len() - super::en55::tail_cut(np)];
    let mention = text_of(np);
    // The words of the phrase, walked again where asked rather than collected (as are
    // those of `body` and of the title below).
    let words = || np.iter().filter(|t| t.is_word()).map(|t| t.lower.as_ref());
    let first = words().next()?;
    // Pronouns.
    if np.len() == 1 && matches!(first, "he" | "she") {
        // The last person who spoke, when not of the other gender; else the last person
        // who is not (en58).
        let persons = &st.persons;
        let of = |p: usize| {
            persons
                .get(p)
                .map_or(super::en58::Gender::Unknown, |q| q.gender)
        };
        let p = super::en58::pronoun(persons.len(), of, st.last_person, first == "she")?;
        st.last_person = Some(p);
        return Some(Speaker {
            name: st.persons[p].name.clone(),
            mention,
            kind: SpeakerKind::Person,
        });
    }
    // Clauses that are no noun phrase: `If confirmed,`, `From what world leaders have
    // said`, `… committees about`.
    let not_np = matches!(
        first,
        "if" | "when"
            | "while"
            | "as"
            | "but"
            | "and"
            | "so"
            | "then"
            | "although"
            | "though"
            | "because"
            | "since"
            | "after"
            | "before"
            | "from"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "of"
            | "to"
            | "what"
            | "whom"
            | "whose"
            | "how"
            | "why"
            | "where"
            | "whether"
            | "these"
            | "those"
            | "here"
            | "not"
            | "no"
            | "yes"
            | "also"
            | "however"
            | "even"
            | "only"
            | "just"
            | "once"
            | "unless"
            | "until"
    ) || words().any(|w| {
        matches!(
            w,
            "have"
                | "has"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "will"
                | "would"
                | "could"
                | "should"
                | "may"
                | "might"
                | "can"
                | "do"
                | "did"
                | "does"
                | "not"
        )
    }) || words().next_back().is_some_and(|w| {
        matches!(
            w,
            "about"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "and"
                | "or"
                | "that"
                | "the"
                | "a"
                | "an"
        )
    });
    // `I'll`, `we're`: a pronoun with its verb.
    let contraction = ["'ll", "'m", "'re", "'ve", "'d"]
        .iter()
        .any(|c| first.ends_with(c));
    if not_np || contraction || first == "i" {
        return None;
    }
    if matches!(
        first,
        "it" | "they" | "we" | "i" | "you" | "this" | "that" | "there" | "which" | "who"
    ) {
        if np.len() == 1 && matches!(first, "it" | "they") {
            let last = st.last_speaker.clone()?;
            if last.kind != SpeakerKind::Person {
                return Some(Speaker { mention, ..last });
            }
        }
        return None;
    }
    // A noun phrase that is no speaker: lower-case words that are no title, group or
    // document (`the militants could no longer`, `members had agreed`).
    let body = without_article(np);
    let body_words = || {
        body.iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_ref())
    };
    let capitalized = body.iter().any(|t| t.capitalized());
    let head_doc =
        body_words().take(3).any(|w| DOC_SET.contains(w)) && (!capitalized || body.len() == 1);
    // `the statement`: the statement named before.
    if head_doc {
        if let Some(w) = body_words().next()
            && body_words().nth(1).is_none()
            && let Some(d) = st
                .documents
                .iter()
                .rev()
                .find(|d| lower_starts_with(&d.name, w))
        {
            return Some(Speaker {
                mention,
                ..d.clone()
            });
        }
        let sp = Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Document,
        };
        st.documents.push(sp.clone());
        return Some(sp);
    }
    // Entities in the phrase, and whether one of them is an organization that reaches its
    // end (`Amnesty International`, `Syrian Observatory for Human Rights`).
    let ws = super::tokens::words(text, body, 0, body.len());
    let texts: Vec<&str> = ws.iter().map(|w| w.0).collect();
    let mut any_org_entity = false;
    let mut org_to_end = false;
    for k in 0..texts.len() {
        if super::tokens::may_start_entity(texts[k], &body[ws[k].1])
            && let Some(e) = entities::find_en(&texts[k..])
            && is_org_entity(e.id)
        {
            any_org_entity = true;
            org_to_end |= k + e.words == texts.len();
        }
    }
    let last_word = body_words().next_back()?;
    let org_word = body_words().any(|w| ORG_SET.contains(w));
    // `Gift of Givers`: capitalized words around `of`, the first no title, name an
    // organization.
    let named_of = body.windows(3).any(|w| {
        w[1].is("of") && w[0].capitalized() && w[2].capitalized() && w[0].lex & lex::TITLE == 0
    });
    if named_of {
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Organization,
        });
    }
    // `The feds`, `settler leaders`, `prosecutors`: people in the plural, unnamed.
    if !capitalized
        && !org_word
        && body_words().nth(3).is_none()
        && last_word.len() >= 4
        && last_word.ends_with('s')
        && !last_word.ends_with("ss")
        && super::units::singular(last_word).is_some()
    {
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Group,
        });
    }
    if org_to_end || ORG_SET.contains(last_word) {
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Organization,
        });
    }
    if GROUP_SET.contains(last_word) {
        // `Pentagon officials` speak for the Pentagon; `Western officials` are a group.
        let kind = if any_org_entity || org_word {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Group
        };
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind,
        });
    }
    // A person: the name after the title.
    let mut n = body.len();
    // A surname that is also a title (`Peter King`, `John Marshall`) after a first name.
    if n >= 2
        && body[n - 1].capitalized()
        && body[n - 1].lex & lex::TITLE != 0
        && is_person_name_token(body, n - 2)
    {
        n -= 1;
    }
    while n > 0 && is_person_name_token(body, n - 1) {
        n -= 1;
    }
    // `Special Agent in Charge Richard DesLauriers`: the title's portfolio (en58).
    let n = super::en58::name_start(body, n);
    // The title's words in lower case (`secretary of state`).
    let title_words = || {
        body[..n]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_ref())
    };
    let name_tokens = &body[n..];
    let name_words = name_tokens
        .iter()
        .filter(|t| t.is_word() && t.capitalized())
        .count();
    if name_words == 0 && org_word {
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Organization,
        });
    }
    if name_words == 0 {
        if !capitalized {
            // A title alone (`The secretary of state`): the person holding it.
            if title_words().any(|w| TITLE_SET.contains(w)) {
                let phrase = joined(title_words());
                let p = st.persons.iter().rposition(|p| {
                    !p.title.is_empty()
                        && (p.title.contains(&phrase) || phrase_in(&phrase, &p.title))
                });
                if let Some(p) = p {
                    st.last_person = Some(p);
                    return Some(Speaker {
                        name: st.persons[p].name.clone(),
                        mention,
                        kind: SpeakerKind::Person,
                    });
                }
                return Some(Speaker {
                    name: text_of(body),
                    mention,
                    kind: SpeakerKind::Person,
                });
            }
            return None;
        }
        // Capitalized words that are all titles or entities (`Washington`, `Iraq`).
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Organization,
        });
    }
    // Lower-case words before the name that are no titles make no subject (`the fighters
    // of Kerry`).
    if !super::en58::long_title(&body[..n])
        && title_words().any(|w| {
            !TITLE_SET.contains(w)
                && !ORG_SET.contains(w)
                && !matches!(
                    w,
                    "of" | "the" | "for" | "and" | "'s" | "s" | "retired" | "state"
                )
                && !body[..n].iter().any(|t| t.lower == w && t.capitalized())
        })
    {
        return None;
    }
    let name = text_of(name_tokens);
    let title = joined(title_words());
    let single = name_words == 1;
    let key = surname_key(&name);
    // A surname alone: the person named in full before.
    if single {
        if let Some(p) = st.persons.iter().rposition(|p| p.surnames.contains(&key)) {
            if !title.is_empty() && st.persons[p].title.is_empty() {
                st.persons[p].title = title;
            }
            let outlet = st.persons[p].outlet;
            if !outlet {
                st.last_person = Some(p);
            }
            return Some(Speaker {
                name: st.persons[p].name.clone(),
                mention,
                kind: if outlet {
                    SpeakerKind::Organization
                } else {
                    SpeakerKind::Person
                },
            });
        }
    }
    // `The Washington Post`, `NBC News`: a name, not a surname after a title (en55).
    if single && let Some(org) = super::en55::prefix_is_name(body, n) {
        let kind = if org {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind,
        });
    }
    // `The Associated Press`: a name on an outlet's head word is no person (en58).
    if !single && super::en55::prefix_is_name(name_tokens, name_tokens.len() - 1) == Some(true) {
        // Kept as a name a later `the Times` finds (never a pronoun).
        if !st.persons.iter().any(|q| q.name == name) {
            let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
            st.persons.push(Person {
                name: name.clone(),
                title: String::new(),
                surnames: vec![key, last],
                gender: super::en58::Gender::Unknown,
                outlet: true,
            });
        }
        return Some(Speaker {
            name: text_of(body),
            mention,
            kind: SpeakerKind::Organization,
        });
    }
    let female = title_words().any(|w| {
        matches!(
            w,
            "spokeswoman" | "mrs" | "ms" | "chairwoman" | "queen" | "princess"
        )
    });
    let male = title_words().any(|w| {
        matches!(
            w,
            "spokesman" | "mr" | "chairman" | "king" | "prince" | "sheikh" | "emir"
        )
    });
    let gender = match (female, male) {
        (true, false) => super::en58::Gender::Female,
        (false, true) => super::en58::Gender::Male,
        _ => super::en58::gender(&name),
    };
    // The same person named again in full keeps one entry (a new entry is built only for
    // a new person).
    let p = match st.persons.iter().position(|q| q.name == name) {
        Some(p) => {
            if st.persons[p].title.is_empty() {
                st.persons[p].title = title;
            }
            if st.persons[p].gender == super::en58::Gender::Unknown {
                st.persons[p].gender = gender;
            }
            p
        }
        None => {
            let mut surnames = Vec::with_capacity(2);
            surnames.push(key);
            if let Some(last) = name.split([' ', '-']).next_back() {
                surnames.push(last.to_lowercase());
            }
            st.persons.push(Person {
                name: name.clone(),
                title,
                surnames,
                gender,
                outlet: false,
            });
            st.persons.len() - 1
        }
    };
    st.last_person = Some(p);
    Some(Speaker {
        name,
        mention,
        kind: SpeakerKind::Person,
    })
}

/// Words joined by single spaces, in one allocation at their length (none for no words).
fn joined<'a>(words: impl Iterator<Item = &'a str> + Clone) -> String {
    let len = words.clone().map(|w| w.len() + 1).sum::<usize>();
    let mut s = String::with_capacity(len.saturating_sub(1));
    for (k, w) in words.enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

/// Whether `name` in lower case starts with `lower` (a lower-case word): an ASCII name
/// compared byte by byte, without lowering a copy.
fn lower_starts_with(name: &str, lower: &str) -> bool {
    if !name.is_ascii() {
        return name.to_lowercase().starts_with(lower);
    }
    let (n, w) = (name.as_bytes(), lower.as_bytes());
    n.len() >= w.len() && n.iter().zip(w).all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// Whether the words of `phrase` all stand in `title` in order (`the prime minister` in
/// `iraqi prime minister`).
fn phrase_in(phrase: &str, title: &str) -> bool {
    let words: Vec<&str> = phrase
        .split(' ')
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect();
    !words.is_empty() && title.contains(&words.join(" "))
}

/// The surname key of a name: its last word, lower case, without `al-`/`el-`.
fn surname_key(name: &str) -> String {
    let mut key = String::new();
    surname_key_into(name, &mut key);
    key
}

/// [`surname_key`], written over `key`.
fn surname_key_into(name: &str, key: &mut String) {
    // The last word, found by its byte; an ASCII word lower-cased without a char table,
    // and its prefix cut off in place rather than copied.
    let last = name.rfind(' ').map_or(name, |i| &name[i + 1..]);
    key.clear();
    if last.is_ascii() {
        key.push_str(last);
        key.make_ascii_lowercase();
    } else {
        // (The whole word's lower case: a final sigma is not lowered as a lone char.)
        key.push_str(&last.to_lowercase());
    }
    for p in ["al-", "el-", "as-", "ash-", "ad-"] {
        if key.starts_with(p) {
            key.replace_range(..p.len(), "");
            return;
        }
    }
}

/// Whether token `k` of a noun phrase can be part of a person's name: a capitalized word
/// that is no title and no organization, a particle (`al`, `bin`), an initial's full stop,
/// or a hyphen inside a name.
fn is_person_name_token(np: &[Token<'_>], k: usize) -> bool {
    person_name_token_with(np, k, &mut gazetteer_allows)
}

/// Whether the gazetteer lets a capitalized word stand in a person's name: it starts no
/// entity, or a person's.
fn gazetteer_allows(word: &str) -> bool {
    entities::find_en(&[word]).is_none_or(|e| is_person_entity(e.id))
}

/// [`is_person_name_token`], asking `allows` for the gazetteer's word (last, as the dear
/// check), so a caller can remember its answers.
fn person_name_token_with<'t>(
    np: &[Token<'t>],
    k: usize,
    allows: &mut dyn FnMut(&'t str) -> bool,
) -> bool {
    let t = &np[k];
    match t.kind {
        TokenKind::Word => {
            let w = t.lower.as_ref();
            if matches!(
                w,
                "al" | "el"
                    | "bin"
                    | "ibn"
                    | "bint"
                    | "abu"
                    | "abd"
                    | "de"
                    | "van"
                    | "von"
                    | "da"
                    | "di"
                    | "le"
                    | "la"
            ) {
                return k + 1 < np.len();
            }
            // (Asked only of a capitalized word that is no title or organization.)
            let acronym = || t.text.len() > 1 && t.text.chars().all(char::is_uppercase);
            // A word that starts no entity is allowed without asking (nor remembering).
            t.capitalized()
                && t.lex & (lex::TITLE | lex::ORG) == 0
                && !acronym()
                && (!super::tokens::may_start_entity(t.text, t) || allows(t.text))
        }
        TokenKind::Punct('-' | '\'') => t.glued,
        TokenKind::Punct('.') => t.glued && k > 0 && np[k - 1].text.len() == 1,
        _ => false,
    }
}

/// Entity ids that are people (their names may stand in a speaker's name).
fn is_person_entity(id: &str) -> bool {
    matches!(
        id,
        "john_kerry"
            | "barack_obama"
            | "joe_biden"
            | "donald_trump"
            | "hillary_clinton"
            | "bill_clinton"
            | "ashton_carter"
            | "chuck_hagel"
            | "jim_mattis"
            | "mike_pompeo"
            | "ban_ki_moon"
            | "staffan_de_mistura"
            | "vladimir_putin"
            | "sergei_lavrov"
            | "recep_tayyip_erdogan"
            | "francois_hollande"
            | "angela_merkel"
            | "david_cameron"
            | "bashar_al_assad"
            | "haider_al_abadi"
            | "nouri_al_maliki"
            | "hassan_rouhani"
            | "ali_khamenei"
            | "javad_zarif"
            | "benjamin_netanyahu"
            | "mahmoud_abbas"
            | "abdel_fattah_el_sisi"
            | "adel_al_jubeir"
            | "king_salman"
            | "mohammed_bin_salman"
            | "hassan_nasrallah"
            | "abu_bakr_al_baghdadi"
            | "qassem_soleimani"
    ) || id.contains("_al_")
}

/// Entity ids that can speak as an institution.
fn is_org_entity(id: &str) -> bool {
    !is_person_entity(id)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::lang::en::tokens::tokenize;
    use crate::segment;

    /// A report of a test text: its byte span and its speaker's name, mention and kind.
    pub(in crate::lang::en) type Report = (usize, usize, String, String, String);

    /// The sentences of `text` (byte spans) and its reports.
    pub(in crate::lang::en) fn reports(text: &str) -> (Vec<(usize, usize)>, Vec<Report>) {
        let sentences = segment::sentences(text, &["U.S", "Sept", "Aug"]);
        let tokens: Vec<Vec<Token<'_>>> = sentences
            .iter()
            .map(|s| tokenize(s.text(text), s.byte_start))
            .collect();
        let spans: Vec<(usize, usize)> = sentences
            .iter()
            .map(|s| (s.byte_start, s.byte_end))
            .collect();
        let slices: Vec<&[Token<'_>]> = tokens.iter().map(Vec::as_slice).collect();
        let reported = attribute(text, &spans, &slices, usize::MAX)
            .into_iter()
            .map(|r| {
                let s = r.speaker;
                (r.start, r.end, s.name, s.mention, format!("{:?}", s.kind))
            })
            .collect();
        (spans, reported)
    }

    /// Each sentence's speaker, written by `show`, or `-`.
    pub(in crate::lang::en) fn per_sentence(
        text: &str,
        show: impl Fn(&Report) -> String,
    ) -> Vec<String> {
        let (sentences, reported) = reports(text);
        sentences
            .iter()
            .map(|&(a, b)| {
                reported
                    .iter()
                    .find(|r| r.0 < b && a < r.1)
                    .map_or("-".to_string(), &show)
            })
            .collect()
    }

    /// Each sentence's speaker (name | mention | kind), or `-`.
    fn speakers(text: &str) -> Vec<String> {
        per_sentence(text, |r| format!("{}|{}|{}", r.2, r.3, r.4))
    }

    #[test]
    fn fixture_speakers() {
        let text = "In his opening remarks, Secretary of State John Kerry said the militants could no longer move.\n\
            The secretary of state said coalition aircraft had flown more than 1,000 sorties.\n\
            Kerry added that defeating the group could take three years.\n\
            Western officials fear the return of thousands of foreign fighters.\n\
            A statement issued after the meeting said members had agreed to press ahead along five lines of effort.\n\
            NATO spokeswoman Oana Lungescu said Baghdad intended to ask, and that NATO's 28 member states would consider it.";
        assert_eq!(
            speakers(text),
            [
                "John Kerry|Secretary of State John Kerry|Person",
                "John Kerry|The secretary of state|Person",
                "John Kerry|Kerry|Person",
                "-",
                "statement issued after the meeting|A statement issued after the meeting|Document",
                "Oana Lungescu|NATO spokeswoman Oana Lungescu|Person",
            ]
        );
    }

    #[test]
    fn a_possessive_name_registers_the_person() {
        let text = "The plan came from Prime Minister Theresa May\u{2019}s office.\n\
            Britain will send 200 more police officers, she said.";
        assert_eq!(per_sentence(text, |r| r.2.clone()), ["-", "Theresa May"],);
    }

    #[test]
    fn clause_final_according_to_and_participles() {
        let text = "Iraqi Prime Minister Haider al-Abadi urged the allies to speed up deliveries, telling the meeting that about 10,000 foreign fighters had joined.\n\
            Abadi said Iraqi forces had retaken large areas.\n\
            Coalition aircraft have flown 1,050 sorties over Iraq, according to U.S. Central Command.\n\
            U.S. aircraft have carried out 85 percent of those missions, Pentagon officials say.\n\
            The State Department said Washington would provide $500 million.\n\
            The United Nations says about 2 million Iraqis have been displaced.\n\
            Washington has now authorized 3,100 troops for Iraq.";
        assert_eq!(
            speakers(text),
            [
                "Haider al-Abadi|Iraqi Prime Minister Haider al-Abadi|Person",
                "Haider al-Abadi|Abadi|Person",
                "U.S. Central Command|U.S. Central Command|Organization",
                "Pentagon officials|Pentagon officials|Organization",
                "State Department|The State Department|Organization",
                "United Nations|The United Nations|Organization",
                "-",
            ]
        );
    }

    #[test]
    fn quotes_and_pronouns() {
        let text = "\"We are fighting this war,\" Abadi said.\n\
            Kirby said: \"The strikes hit 40 targets. They also hit 12 vehicles.\n\
            \"We will go on.\"\n\
            He said 5 more were planned.";
        assert_eq!(
            speakers(text),
            [
                "Abadi|Abadi|Person",
                "Kirby|Kirby|Person",
                "Kirby||Person",
                "Kirby||Person",
                "Kirby|He|Person",
            ]
        );
    }
}
