//! Casualty figures (layer 3 of `SCHEME.md`): every figure for people killed,
//! injured, missing or abducted, as `CASUALTY` spans valued `OUTCOME:COUNT`.
//!
//! ```
//! use annotator::{casualties::{CasualtyOptions, CasualtyTagger}, Annotator};
//! use reader::Document;
//! let tagger = CasualtyTagger::build(&CasualtyOptions::default()).unwrap();
//! let doc = Document::new("d1", "A barrel bomb raid killed at least 59 civilians in al-Bab.");
//! let spans = tagger.annotate_alone(&doc);
//! assert_eq!(spans[0].text(&doc.text), "at least 59 civilians");
//! assert_eq!(spans[0].value.as_deref(), Some("killed:>=59"));
//! ```
//!
//! # How
//!
//! No statistics and no regular expressions: a figure is a structure, a number
//! phrase with an outcome cue in its clause, and the rules describe that structure
//! rather than sentences.
//!
//! 1. `tokens` splits the text once into words, numbers and punctuation (byte
//!    offsets, lowercased keys, so ALL-CAPS wires read like any other text).
//! 2. Triggers are numbers and the few words that can start one (`twelve`, `a`
//!    before `dozen`, `dozens`, `tens`, `half`, …); everything else is skipped.
//! 3. At a trigger, `numbers` reads the cardinal, `qualifiers` the words around
//!    it (`at least`, `between … and`, `or more`) and ranges (`12-15`, `12 to 15`).
//! 4. `head` reads what the number counts: a person noun joins the span, an outcome
//!    noun or participle gives the outcome, any other noun (`villages`, `km`)
//!    rejects it. Dates, ages, years, times, money, percentages and numbered names
//!    (`Resolution 2254`, `12-year-old`, `June 12`, `$12`, `40%`) are rejected here.
//! 5. `outcome` looks for the cue in a bounded window: a governing verb or noun
//!    before (`killing`, `the lives of`), a predicate after (`were killed`, `died`),
//!    or a running total (`the death toll rose to`).
//! 6. Coordinated figures share a cue (`killed 12 soldiers and 3 civilians`,
//!    `12 soldiers and 3 civilians were killed`, `…, including 5 children`).
//!
//! The work is linear in the text; each figure looks at a few dozen tokens at most.
//!
//! # Decisions
//!
//! - Extent: qualifier + number + modifiers + head noun (`at least 70 civilians`,
//!   `12 Syrian army soldiers`, `almost a quarter of a million people`). Outcome
//!   nouns are heads (`12 deaths`, `150 casualties`, `12 bodies`, `3 hostages`);
//!   outcome participles and adjectives are not (`[12] killed`, `[12] dead`,
//!   `[30] wounded`).
//! - Vague plurals are lower bounds: `dozens` `>=24`, `scores` `>=40`, `hundreds`
//!   `>=200`, `thousands` `>=2000`, `tens of thousands` `>=20000`, `hundreds of
//!   thousands` `>=200000`, `millions` `>=2000000`; `several`/`a few` before a scale
//!   word read like the plural (`several hundred` `>=200`). A qualifier on a vague
//!   plural does not change it. `several`, `many`, `a few` alone are not figures.
//! - Qualifiers: `over` is `>N` like `more than`; `as many as` is `<=N` like `up
//!   to`; `fewer`/`less than` is `<=N-1`; `an estimated` and `close to` are `~N`;
//!   `or more` is `>=N`; `X or Y` is a range like `X to Y`.
//! - Fighters, soldiers, attackers and suspects killed are casualties: the scheme
//!   counts people harmed, whichever side. Fighters deployed, surrendered or
//!   captured, prisoners released, refugees and the displaced are not: no outcome
//!   cue governs them, and `released`/`freed` veto one.
//! - Executed, beheaded, massacred, drowned, `shot dead`, bodies found: `killed`.
//!   `shot` or `stabbed` alone: not a figure (no outcome is certain).
//!   `victims` alone: `casualties`. `killed or wounded`: `casualties`.
//! - `lost 40 men` is `killed` (a loss with a person noun; `lost 40 percent` is not).
//! - A running total and its earlier value are both figures (`rose from [12] to [45]`).
//! - Parts and continuations inherit the outcome of the figure before them in the
//!   clause (`…, including [9 children]`, `[300] of them seriously`, `[5] more`).
//! - `one` is a figure only with a noun (`one soldier`), a governing verb
//!   (`killing one`) or as one of a group under a cue (`[one] of the rangers was
//!   killed`, `killing [one] of them`: the span is the number), never as a pronoun
//!   (`no one`, `one another`).

mod head;
mod lexicon;
mod numbers;
mod outcome;
mod qualifiers;
mod tokens;
pub mod totals;

pub use self::totals::{totals, totals_dated, CasualtyTotals, Toll};

use reader::{Document, Layer, Span};

use crate::{Annotator, BuildError, Tagger, TextView};

use self::lexicon::{is_month, names_a_number};
use self::outcome::{After, Before, Outcome};
use self::qualifiers::{Count, Qualifier};
use self::tokens::{glued, key, Kind, Token};

/// The label of this layer's spans.
pub const LABEL: &str = "CASUALTY";

/// What the casualty tagger is built from: nothing to configure yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CasualtyOptions {}

/// Tags casualty figures; see the [module documentation](self) for what and how.
///
/// It holds no state: the lexicons are compiled into the binary, so building never
/// fails and one tagger is shared by reference across threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct CasualtyTagger {
    _private: (),
}

impl CasualtyTagger {
    /// Builds the tagger (nothing to load; the configuration has no casualty options).
    pub fn build(_options: &CasualtyOptions) -> Result<Self, BuildError> {
        Ok(CasualtyTagger { _private: () })
    }

    /// The casualty spans of `text`, in text order, not overlapping.
    pub fn tag(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        tag_into(&TextView::new(text), &mut out);
        out
    }
}

impl Tagger for CasualtyTagger {
    type Options = CasualtyOptions;
    const LAYER: Layer = Layer::Casualties;
    fn build(options: &CasualtyOptions) -> Result<Self, BuildError> {
        CasualtyTagger::build(options)
    }
}

impl Annotator for CasualtyTagger {
    fn layer(&self) -> Layer {
        Self::LAYER
    }

    /// Reads the tokens composed from the view's atoms (`tokens::compose`).
    fn annotate(&self, _doc: &Document, view: &TextView<'_>, out: &mut Vec<Span>) {
        tag_into(view, out);
    }
}

/// Where the outcome of a candidate came from; inheritance only follows some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Before,
    Head,
    After,
    Toll,
    Inherited { from_after: bool },
}

/// A number phrase that may be a figure.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// First token of the span.
    first: usize,
    /// One past the last token of the span.
    end: usize,
    count: Count,
    outcome: Option<(Outcome, Source)>,
    /// A verb other than a cue governs it (`deployed 2,000 fighters`).
    other_verb_before: bool,
    /// A predicate other than a cue follows it (`2,000 fighters were deployed`).
    other_verb_after: bool,
    /// An open-class head or a lone `a`: it shares a cue only through a word that
    /// links it (`and`, `including`), not a bare comma (`…, a military official said`).
    needs_cue: bool,
    /// One past the last token of a list right after it that names its parts (`2
    /// fatalities, a councillor and his nephew`; `killing 17 people: 14 students and
    /// 3 staff`), or 0 (`breakdown_list`).
    parts_until: usize,
}

fn tag_into(view: &TextView<'_>, out: &mut Vec<Span>) {
    let lower = view.text().to_ascii_lowercase();
    let mut tokens = Vec::with_capacity(view.atoms().len());
    tokens::compose(view, &lower, &mut tokens);
    let mut candidates: Vec<Candidate> = Vec::new();
    // The end of the last figure's list of parts (`breakdown_list`).
    let mut parts_until = 0;
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let trigger = match token.kind {
            Kind::Number => true,
            // One key per word: the closed words first, then the number words.
            Kind::Word => match token.key() {
                "another" => true,
                "the" => definite_person_next(&tokens, i) || harmed_position(&tokens, i),
                "his" | "her" | "its" => {
                    // `killing the legislator, his son and 9 others`: after a comma
                    // right after a figure, too; `killed a teacher along with his
                    // wife`.
                    let listed = matches!(key(&tokens, i.wrapping_sub(1)), "and" | "including")
                        || along_with(&tokens, i)
                        || (key(&tokens, i.wrapping_sub(1)) == "them" && key(&tokens, i.wrapping_sub(2)) == "among")
                        || (key_or_punct(&tokens, i.wrapping_sub(1)) == "," && candidates.last().is_some_and(|c| c.end + 1 == i));
                    // `his driver, Mario Diaz, was wounded`: an apposition after the
                    // noun; the predicate after it decides (`closed_aside`).
                    let apposed = (i + 2..i + 4).any(|j| key_or_punct(&tokens, j) == ",");
                    ((listed || apposed) && definite_person_next(&tokens, i)) || harmed_position(&tokens, i)
                }
                // `shot dead three brothers and their cousin`: only joined by
                // `and` to a figure of more than one (`possessive_joined`).
                "their" => {
                    key(&tokens, i.wrapping_sub(1)) == "and"
                        && candidates.last().is_some_and(|c| c.count != Count::Exact(1))
                        && definite_person_next(&tokens, i)
                }
                w => numbers::starts_cardinal(w),
            },
            _ => false,
        };
        // `3 people, including a boy`, `5 dead, among them a pregnant woman`: a lone
        // article right after a figure and an aside link is a part of it, whatever
        // is near it.
        // (Read only at a trigger: most tokens are none.)
        let read = || {
            let joined = if i < parts_until && opens_part(&tokens, i) {
                Joined::Part
            } else {
                candidates.last().map_or(Joined::No, |c| joined_victim(&tokens, c, i))
            };
            candidate_at(&tokens, view, i, joined)
        };
        // `Cop killed, two colleagues hurt`: a headline's bare victim.
        // (Only the first few tokens can open one: one compare per word.)
        if i <= HEADLINE_PLACE + 1 && token.kind == Kind::Word && !trigger {
            if let Some(candidate) = headline_victim(&tokens, i) {
                i = candidate.end;
                candidates.push(candidate);
                continue;
            }
        }
        match trigger.then(read).flatten() {
            // `one of them, a 17-year-old, died`: a lone article set off by commas
            // right after `one of …` names the same person.
            Some(candidate) if candidates.last().is_some_and(|prev| apposed_to_one(&tokens, prev, &candidate)) => {
                i = candidate.end.max(i + 1);
            }
            Some(mut candidate) => {
                i = candidate.end.max(i + 1);
                if i >= parts_until {
                    candidate.parts_until = breakdown_list(&tokens, view, &candidate).unwrap_or(0);
                    parts_until = candidate.parts_until;
                }
                candidates.push(candidate);
            }
            None => i += 1,
        }
    }
    share_cues(&tokens, &mut candidates);
    source_counts(&tokens, &mut candidates);
    restated_counts(&tokens, &mut candidates);
    for candidate in candidates {
        let Some((outcome, _)) = candidate.outcome else { continue };
        let (Some(first), Some(last)) = (tokens.get(candidate.first), candidate.end.checked_sub(1).and_then(|e| tokens.get(e))) else {
            continue;
        };
        let end = more_after(&tokens, &candidate).map_or(last.end, |t| t.end);
        out.push(Span::new(first.start, end, LABEL).with_value(format!("{outcome}:{}", candidate.count)));
    }
}

/// `[3 more] were wounded`, `killing 6 and injuring [two more]`, `[1 other] injured`:
/// the word that makes a bare exact count (digits or a number word; not `dozens more`)
/// one of more victims ends its phrase, as a head would (SCHEME: the number with its
/// head). Only the span grows: the candidate, which the cue sharing and the totals
/// read, keeps its end.
fn more_after<'a, 't>(tokens: &'a [Token<'t>], candidate: &Candidate) -> Option<&'a Token<'t>> {
    let last = tokens.get(candidate.end.checked_sub(1)?)?;
    let bare = last.kind == Kind::Number || (numbers::starts_cardinal(last.key()) && !last.key().ends_with('s'));
    let word = tokens.get(candidate.end)?;
    let more = match word.key() {
        "more" => key(tokens, candidate.end + 1) != "than",
        "other" => candidate.count == Count::Exact(1),
        _ => false,
    };
    (bare && more && word.kind == Kind::Word).then_some(word)
}

/// The most words of a headline's bare victim (`Doubles vendor`).
const HEADLINE_VICTIM: usize = 3;

/// The most words of a place before a headline's colon (`Cabinda:`).
const HEADLINE_PLACE: usize = 3;

/// A headline's bare victim at token `i`, with no article (`Cop killed, two
/// colleagues hurt`, `Cabinda: soldier dies in ambush`, `HONIARA MAN KILLED`): at the
/// start of the document or right after a place and a colon that open it, up to
/// [`HEADLINE_VICTIM`] words ending in a singular noun for people, right before an
/// outcome cue that tells its fate. A figure of 1.
fn headline_victim(tokens: &[Token], i: usize) -> Option<Candidate> {
    let opens = i == 0
        || (key_or_punct(tokens, i - 1) == ":"
            && i <= HEADLINE_PLACE + 1
            && tokens.get(..i - 1).is_some_and(|place| place.iter().all(|t| t.kind == Kind::Word && (t.title || t.upper))));
    if !opens {
        return None;
    }
    let head = (i..i + HEADLINE_VICTIM)
        .take_while(|&j| tokens.get(j).is_some_and(|t| t.kind == Kind::Word && !matches!(t.key(), "a" | "an" | "the")))
        .find(|&j| {
            let next = key(tokens, j + 1);
            person_head(tokens, j + 1)
                && is_singular(tokens, j + 1)
                && (lexicon::forward_cue(next).is_some() || outcome::is_shot_dead(next, key(tokens, j + 2)))
        })?;
    // `Coach killed off title hopes`: a verb with a particle is a figure of speech.
    if key(tokens, head + 2) == "off" {
        return None;
    }
    let After::Cue(outcome) = outcome::forward(tokens, head + 1) else { return None };
    Some(Candidate {
        first: i,
        end: head + 1,
        count: Count::Exact(1),
        outcome: Some((outcome, Source::After)),
        other_verb_before: false,
        other_verb_after: false,
        needs_cue: false,
        parts_until: 0,
    })
}

/// How many tokens a source's bare count may follow its sentence's figure by.
const SOURCE_COUNT_REACH: usize = 25;

/// A source's own bare count of the figure before it in its sentence (`Local sources
/// reported 6 dead, others said 9.`, `…, while an NGO reported 19.`): a number right
/// after a verb of saying or counting, closing its clause, takes the outcome of the
/// sentence's last figure. The totals read it as a conflicting report.
fn source_counts(tokens: &[Token], candidates: &mut [Candidate]) {
    take_last_outcome(candidates, |c, end| {
        let said = lexicon::reports_a_count(key(tokens, c.first.wrapping_sub(1)));
        let closes = c.end >= tokens.len() || matches!(key_or_punct(tokens, c.end), "." | ";" | ",");
        let near = c.first >= end && c.first - end <= SOURCE_COUNT_REACH;
        let one_sentence = near && tokens.get(end..c.first).is_some_and(|between| !between.iter().any(|t| t.is(".")));
        let bare = c.end == c.first + 1 && tokens.get(c.first).is_some_and(|t| t.kind == Kind::Number);
        (said && closes && one_sentence && bare).then_some(Source::Before)
    });
}

/// Gives a candidate with no outcome of its own the outcome of the last figure before
/// it that has one, with the source `takes` names (from the candidate and where that
/// figure ends); `None` leaves it without. The walk shared by a source's bare count
/// ([`source_counts`]) and a count restated through `the figure` ([`restated_counts`]).
fn take_last_outcome(candidates: &mut [Candidate], takes: impl Fn(&Candidate, usize) -> Option<Source>) {
    let mut last: Option<(usize, Outcome)> = None;
    for c in candidates.iter_mut() {
        if let Some((outcome, _)) = c.outcome {
            last = Some((c.end, outcome));
            continue;
        }
        let Some((end, outcome)) = last else { continue };
        if let Some(source) = takes(c, end) {
            c.outcome = Some((outcome, source));
        }
    }
}

/// How many tokens a count restated through `the figure` may follow the figure it
/// restates by.
const RESTATED_REACH: usize = 60;

/// `… killed 41 people. The home ministry put the figure at around 30.`, `revising
/// the figure to 35`: a count told through `figure` with no outcome word of its own
/// (`outcome::bare_figure_before`) restates the last figure before it, within
/// [`RESTATED_REACH`] tokens, and takes its outcome. The totals read it as a
/// revision or a conflicting report.
fn restated_counts(tokens: &[Token], candidates: &mut [Candidate]) {
    take_last_outcome(candidates, |c, end| {
        let restates = c.first >= end && c.first - end <= RESTATED_REACH && !c.other_verb_after;
        (restates && outcome::bare_figure_before(tokens, c.first)).then_some(Source::Toll)
    });
}

/// How the phrase at a trigger is joined to the figure before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joined {
    No,
    /// A part of it or a victim joined to a part (`including a boy`), or a second
    /// object across a name (`second_object`).
    Part,
    /// A part named in a later sentence: `Among them was [a motoboy] who …`; a verb
    /// after it is in a relative clause, not its own predicate.
    Among,
    /// A lone article joined by `and` to a whole figure a cue governs (`killing 4
    /// fishermen and a vigilante`): a second object, when a known noun for people
    /// heads it (not `killed 3 soldiers and a mule`).
    Object,
}

/// Reads a number phrase at trigger token `i` and decides whether it may be a figure.
fn candidate_at(tokens: &[Token], view: &TextView<'_>, i: usize, joined_as: Joined) -> Option<Candidate> {
    let joined = joined_as != Joined::No;
    // `two suspects were killed while another died`: `another` as the subject of a
    // predicate with an outcome is one more victim.
    if key(tokens, i) == "another" {
        return another_victim(tokens, i);
    }
    // `the driver died`: a definite singular person is a figure of 1 too (SCHEME);
    // the document total decides whether it is a victim already counted.
    // `a trader and his daughter`: a possessive phrase joined to a figure by `and`
    // is another single victim.
    let definite = matches!(key(tokens, i), "the" | "his" | "her" | "its") || (joined && key(tokens, i) == "their");
    let single = matches!(key(tokens, i), "a" | "an") || definite;
    let number = match numbers::cardinal(tokens, view, i) {
        Some(number) => number,
        // `a man was shot dead`, `killing a civilian`: a single victim is a figure of 1.
        None if single
            && (!lexicon::is_collective(key(tokens, i + 1)) || ordinal_third(tokens, i + 1) || collective_modifier(tokens, i + 1))
            && (joined || cue_nearby(tokens, i) || (definite && body_of(tokens, i)) || body_found(tokens, i)) =>
        {
            numbers::Cardinal { end: i + 1, value: 1, vague: false, bare_one: true, year_like: false, digits: false }
        }
        None => return None,
    };
    let single = single && number.value == 1 && number.end == i + 1;
    let definite = definite && single;
    // `He is the 2nd person killed in the area this week`, `the 26th person executed
    // this year`: an ordinal ranks a victim told of already, it counts none.
    if definite && is_ordinal(key(tokens, i + 1)) {
        return None;
    }
    if names_or_dates(tokens, i, number.end) || age_after_name(tokens, i, number.end) {
        return None;
    }
    // `about a child`: a lone article is no number a qualifier could hedge.
    let qualified = if single { None } else { qualifiers::before(tokens, i) };
    let first = qualified.map_or(i, |(start, _)| start);
    let mut qualifier = qualified.map(|(_, q)| q);
    let mut end = number.end;
    let mut range = None;
    if !number.vague {
        let joiner = tokens.get(end);
        let second = || numbers::cardinal(tokens, view, end + 1).filter(|c| !c.vague);
        if qualifier == Some(Qualifier::Between) {
            // `between 2 and 4`, and the event notes' `between 2 to 4`.
            if joiner.is_some_and(|t| t.is("and") || t.is("to")) {
                range = second().filter(|c| c.value > number.value);
            }
        } else if joiner.is_some_and(|t| t.is("-") && glued(tokens, end)) {
            match second() {
                Some(c) if c.value > number.value => range = Some(c),
                _ => return None, // a score, a code, a date: `3-1`, `7-11`
            }
        } else if joiner.is_some_and(|t| t.is("to") || t.is("or")) {
            let from = key(tokens, first.wrapping_sub(1)) == "from";
            if !(from && joiner.is_some_and(|t| t.is("to"))) {
                range = second().filter(|c| c.value > number.value && !c.bare_one);
            }
        }
    }
    if let Some(high) = range {
        end = high.end;
        if names_or_dates(tokens, end - 1, end) {
            return None;
        }
    } else if qualifier == Some(Qualifier::Between) {
        // `a clash between 2 clans`, `fighting between two factions`: without a
        // second number `between` counts the sides of a conflict, not the harmed.
        return None;
    }
    if let Some((after_end, post)) = qualifiers::after(tokens, end) {
        end = after_end;
        qualifier = Some(post);
    }
    let count = match range {
        Some(high) => Count::Range(number.value, high.value),
        None => Count::of(number.value, number.vague, qualifier),
    };

    // `Among the dead was a 12 year old boy`: a lone article named as one of a
    // harmed group is a victim, so an age after it modifies the noun, as in a part
    // joined to a figure.
    let named_part = single && outcome::named_group(tokens, first.wrapping_sub(1)).is_some();
    let mut head = head::classify(tokens, end, single && (joined || named_part))?;
    // `wounding a 7-year-old girl`, `a 17-year-old porter was killed`: an age after a
    // lone article modifies the noun where the phrase is the one harmed by its
    // place: right after a cue verb, or the subject of a cue right after its head.
    // `including a 19-year-old`: the age alone heads a part.
    if single && (joined || named_part) && !definite && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number) {
        head = age_noun(tokens, i + 1, head);
    } else if single && !definite && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number) {
        let aged = head::classify(tokens, end, true).map(|h| age_noun(tokens, i + 1, h));
        if let Some(aged) = aged.filter(|h| h.span_end > i + 2) {
            // `a 22-year-old student, Ana Ruiz, was shot dead`: or the subject of a
            // cue after an apposition set off by commas (`outcome::forward` reads
            // only a predicate right after its closing comma).
            let apposed =
                key_or_punct(tokens, aged.context_from) == "," && matches!(outcome::forward(tokens, aged.context_from), After::Cue(_));
            // `a 20-year-old student was among the dead`, `a 62-year-old woman and her
            // grandson were hacked to death`: a predicate after an auxiliary, or after
            // a possessive victim joined by `and`, as for a victim with no age.
            let among = lexicon::is_passive_aux(key(tokens, aged.context_from)) && key(tokens, aged.context_from + 1) == "among";
            let with_own = key(tokens, aged.context_from) == "and" && matches!(key(tokens, aged.context_from + 1), "his" | "her");
            let predicate = if with_own {
                (aged.context_from + 3..aged.context_from + 10).find(|&j| lexicon::is_passive_aux(key(tokens, j)))
            } else {
                among.then_some(aged.context_from)
            };
            let told = predicate.is_some_and(|j| matches!(outcome::forward(tokens, j), After::Cue(_)));
            // `a 15-year-old boy was shot in the stomach`: an injury told as its wound
            // or care, as for a victim with no age.
            // `a 70-year-old elder was beaten`: a beating with no other fate.
            let hurt = || outcome::hurt_told_as_care(tokens, aged.context_from) || beaten_not_in_contest(tokens, aged.context_from);
            if matches!(outcome::backward(tokens, first), Before::Cue(_))
                || cue_right_after(tokens, aged.context_from)
                || apposed
                || told
                || hurt()
            {
                head = aged;
            }
        }
    }
    // `a man in his twenties was shot`, `a woman in her late 40s died`: an age told
    // as a decade after the noun; the predicate comes after it.
    if head.has_noun && head.context_from == head.span_end {
        head.context_from = past_decade(tokens, head.context_from);
    }
    let head_word = key(tokens, head.span_end.wrapping_sub(1));
    // `A Dutch couple was kidnapped`: a lone article before a collective head counts
    // a group, not one person (as `a couple`, `a group of` already were).
    // Not a name (`A Communist Party of India activist`), nor `a third` (an ordinal).
    let head_token = tokens.get(head.span_end.wrapping_sub(1));
    let lowercase_head = head_token.is_some_and(|t| !t.title && !t.upper);
    if single && head.has_noun && lowercase_head && lexicon::is_collective(head_word) && !is_ordinal(head_word) {
        return None;
    }
    // `the law would save thousands of lives`: lives saved are no one harmed.
    if head_word == "lives" && (1..=2).any(|d| lexicon::RESCUE_VERBS.contains(key(tokens, first.wrapping_sub(d)))) {
        return None;
    }
    // `14 of the 45 passengers on the bus died`: the number after `of the` and
    // another number counts the whole group, not the ones harmed (an outcome noun
    // still counts victims: `two of the 12 victims`). Not after `one` (`One of the two
    // drivers was abducted`: round 6 reads the pair, a choice between numbers).
    let whole = key(tokens, i.wrapping_sub(1)) == "the"
        && key(tokens, i.wrapping_sub(2)) == "of"
        && key(tokens, i.wrapping_sub(3)) != "one"
        && tokens.get(i.wrapping_sub(3)).is_some_and(|t| t.kind == Kind::Number || numbers::starts_cardinal(t.key()));
    // `14 out of 45 passengers on the bus died`: the same after `out of`.
    let whole = whole
        || (key(tokens, i.wrapping_sub(1)) == "of"
            && key(tokens, i.wrapping_sub(2)) == "out"
            && tokens.get(i.wrapping_sub(3)).is_some_and(|t| t.kind == Kind::Number || numbers::starts_cardinal(t.key())));
    if whole && head.has_noun && head.outcome.is_none() {
        return None;
    }
    if number.year_like && !head.has_noun {
        return None;
    }
    // `the 1994 Open final`, `lost the 2000 final`, `the 1994 deaths of X and Y`: a
    // year between a determiner and a noun modifies the noun.
    if number.year_like && matches!(key(tokens, i.wrapping_sub(1)), "the" | "his" | "her" | "its" | "their") {
        return None;
    }
    if joined_as == Joined::Object && (head.open_class || !head.has_noun) {
        return None;
    }
    // `a soldier of 7 Rifles`, `one JCO of 12 Assam Rifles`: a number after `of` or
    // `from` that opens a name, in a phrase that already has its own count, is part
    // of a unit's name, not a figure.
    let no_person_head = head.open_class || !head.has_noun || lexicon::is_not_people(key(tokens, head.span_end.wrapping_sub(1)));
    if !single && unit_number(tokens, first, no_person_head) {
        return None;
    }
    // `including 2 boys and a man said …`: a victim joined by `and` alone ends its
    // phrase there (a preposition, punctuation); a verb after it is its own clause.
    if joined && single && matches!(key_or_punct(tokens, i.wrapping_sub(1)), "and" | ",") {
        // `shot dead a mullah and his nephew as they left a mosque`: a clause that a
        // subordinator opens is no predicate of the victim.
        let own_clause = tokens.get(head.span_end).is_some_and(|t| {
            t.kind == Kind::Word
                && !lexicon::is_preposition(t.key())
                && !matches!(t.key(), "and" | "or" | "as" | "when" | "while" | "after" | "before")
        });
        if own_clause && !cue_nearby(tokens, i) && !modifier_after(tokens, head.span_end) {
            return None;
        }
    }
    // `its student wing`: after `its` (an organisation's) a noun for people that
    // modifies the next noun is no victim; the phrase ends at punctuation, a
    // preposition, `and`/`or`, an auxiliary or a cue.
    if key(tokens, i) == "its" && tokens.get(head.span_end).is_some_and(|t| t.kind == Kind::Word && !phrase_ends_at(t.key())) {
        return None;
    }
    // A figure of 1 without a number is a singular noun phrase (`a policeman`).
    if single && !(head.has_noun && is_singular(tokens, head.span_end)) {
        return None;
    }
    // A definite phrase only with a known noun for people (`the driver`, not `the
    // convoy`), and not a head that is itself an outcome word (`the dead`).
    // An unknown head (`the omda`, `the regulo`) only where the phrase is the one
    // harmed: the object of a cue verb, after `the body of`, or the subject of a
    // passive cue (`harmed_position`).
    let open_victim = definite && head.open_class && head.outcome.is_none() && open_head_victim(tokens, i, head.span_end);
    if definite && (head.open_class || head.outcome.is_some()) && !open_victim {
        return None;
    }
    // An open-class head (`herders`) or a lone `a` needs a cue that governs the phrase.
    let needs_cue = head.open_class || single;
    let head = if single { head::Head { outcome: None, ..head } } else { head };
    let mut before = outcome::backward(tokens, first);
    // `lose` is no cue for a phrase without a noun (`lost 40 men` is a figure, `lost
    // 40 percent` is not) nor for one that needs a cue (an open-class head, a lone `a`).
    if matches!(key(tokens, first.wrapping_sub(1)), "lost" | "lose" | "loses" | "losing") && (!head.has_noun || needs_cue) {
        before = Before::Nothing;
    }
    // `Nicol beat [7] - Walker 15-8`, `beat the defending champion`: `beat` as a win.
    // A bare number after it is a seeding (a beating names its victims: `beat 3
    // traders`, `beat 2 to death`), and a sentence that names a contest
    // (`data/contest_words.txt`) tells a win.
    if before == Before::Cue(Outcome::Injured)
        && lexicon::is_beat(key(tokens, first.wrapping_sub(1)))
        && ((!head.has_noun && !outcome::to_death(tokens, head.context_from)) || contest_sentence(tokens, first))
    {
        before = Before::OtherVerb;
    }
    // `officers from an anti-narcotics unit`: a lone `a` after a preposition is the
    // object of the preposition, not a victim (but `the killing of a villager` is).
    if single
        && !matches!(before, Before::Cue(_))
        && lexicon::is_preposition_before_object(key(tokens, first.wrapping_sub(1)))
        && !(joined && along_with(tokens, first))
        && !(definite && body_of(tokens, first))
        && !body_found(tokens, first)
        && (definite || !passive_with_agent(tokens, head.span_end))
    {
        return None;
    }
    // `killing one of the rangers`, `one of them succumbed`: one of a group is a
    // single victim when a cue governs it (not `one of the two`, a choice of number).
    let partitive = number.bare_one
        && !single
        && key(tokens, end) == "of"
        && (matches!(key(tokens, end + 1), "the" | "them" | "their" | "those" | "these" | "his" | "its") || key(tokens, end + 1) == "whom")
        && !tokens.get(end + 2).is_some_and(|t| t.kind == Kind::Number || numbers::starts_cardinal(t.key()));
    if number.bare_one && !single {
        let pronoun = matches!(key(tokens, i.wrapping_sub(1)), "no" | "any" | "every" | "each" | "the" | "this" | "that")
            || (matches!(key(tokens, end), "of") && !partitive)
            || matches!(key(tokens, end), "another" | "by" | "after" | "side" | "day");
        // `one killed`, `one dead`: an outcome word after it makes it a figure too.
        // `… were injured and one later died`, `5 were wounded, one critically`: one
        // of the figure before it, with its own predicate or a degree of its harm.
        let one_of_those = matches!(key_or_punct(tokens, i.wrapping_sub(1)), "and" | "," | ";" | "while" | "but")
            && (cue_right_after(tokens, end)
                || harm_degree_part(tokens, i, end)
                || outcome::hurt_told_as_care(tokens, end)
                || beaten_not_in_contest(tokens, end));
        if pronoun || !(partitive || head.has_noun || head.outcome.is_some() || matches!(before, Before::Cue(_)) || one_of_those) {
            return None;
        }
    }
    let needs_cue = needs_cue || partitive;
    let mut candidate = Candidate {
        first,
        end: head.span_end.max(end),
        count,
        outcome: None,
        other_verb_before: before == Before::OtherVerb,
        other_verb_after: false,
        needs_cue,
        parts_until: 0,
    };
    let strong_head = head.outcome.filter(|(_, strong)| *strong).map(|(o, _)| o);
    let weak_head = head.outcome.filter(|(_, strong)| !*strong).map(|(o, _)| o);
    candidate.outcome = match before {
        Before::Veto => return None,
        // `1 soldier killed 5 injured`: a headline's second figure has its own fate.
        Before::Cue(Outcome::Killed) if !head.has_noun && matches!(strong_head, Some(Outcome::Injured | Outcome::Missing)) => {
            strong_head.map(|o| (o, Source::Head))
        }
        // `kidnapped two villagers and killed them`: the last fate.
        Before::Cue(Outcome::Abducted) if outcome::killed_after(tokens, head.context_from) => Some((Outcome::Killed, Source::Before)),
        // `beat 2 men to death`
        Before::Cue(Outcome::Injured) if outcome::to_death(tokens, head.context_from) => Some((Outcome::Killed, Source::Before)),
        Before::Cue(o) => Some((o, Source::Before)),
        // `stabbing a fish seller to death`, `hacked 3 farmers to death`: any verb
        // whose object ends `to death` killed it (not a sentence: `sentenced 2 men
        // to death`).
        Before::OtherVerb if outcome::to_death(tokens, head.context_from) && !is_sentence_verb(key(tokens, first.wrapping_sub(1))) => {
            Some((Outcome::Killed, Source::Before))
        }
        // `treated 11 people for gunshot wounds`: care for a wound is an injury.
        Before::OtherVerb if key(tokens, first.wrapping_sub(1)) == "treated" && outcome::care_for_wounds(tokens, head.context_from) => {
            Some((Outcome::Injured, Source::Before))
        }
        Before::OtherVerb | Before::Nothing => strong_head.map(|o| (o, Source::Head)),
    };
    // `repairing a pipeline … were gunned down`: a lone `a` that another verb
    // governs is its object, not the subject of a predicate after it.
    // `leaving a guard dead`, `left the driver injured`: the object of `leave` takes
    // the outcome word right after it as its own predicate.
    let left_with_outcome = matches!(key(tokens, first.wrapping_sub(1)), "leaving" | "left" | "leave" | "leaves")
        && matches!(key(tokens, head.context_from), "dead" | "injured" | "wounded" | "missing" | "hurt");
    let object_of_other = single && before == Before::OtherVerb && !left_with_outcome;
    // `the body of a taxi driver was found with gunshot wounds`: a body found is a
    // death, whatever the clause says of its wounds (a known noun for people after
    // a lone article: `the governing body of a club` is none).
    // `the body of one of them`: one of people (`them`, a noun for people).
    let one_person = || key(tokens, end) != "of" || key(tokens, end + 1) == "them" || (end + 2..end + 6).any(|j| person_head(tokens, j));
    if candidate.outcome.is_none()
        && (single || (number.bare_one && one_person()))
        && !definite
        && !head.open_class
        && body_found(tokens, first)
    {
        candidate.outcome = Some((Outcome::Killed, Source::Before));
    }
    if candidate.outcome.is_none() && !object_of_other {
        match outcome::forward(tokens, head.context_from) {
            After::Cue(o) => candidate.outcome = Some((o, Source::After)),
            // `shot dead a driver and his conductor in the city for failing to pay`:
            // a victim joined by `and` whose own clause has no verb (tested above)
            // is not the subject of a verb after a preposition.
            After::OtherVerb => {
                candidate.other_verb_after =
                    !(joined && definite) && joined_as != Joined::Among && !(joined && single && modifier_after(tokens, head.span_end));
            }
            After::Nothing => {}
        }
        // `a guard was beaten` is injured when no other fate follows; not a number
        // after a preposition (`camera crews of two channels were beaten`): the
        // phrase before it is the subject.
        let object_of_preposition = lexicon::is_preposition_before_object(key(tokens, first.wrapping_sub(1)));
        let hurt = outcome::beaten_passive(tokens, head.context_from)
            || outcome::hurt_told_as_care(tokens, head.context_from)
            || outcome::hurt_after_relative(tokens, head.context_from);
        if candidate.outcome.is_none() && !object_of_preposition && hurt {
            candidate.outcome = Some((Outcome::Injured, Source::After));
            candidate.other_verb_after = false;
        }
    }
    // `Khan, a member of the village committee, was murdered`: a single victim in
    // apposition to a name takes the name's predicate after the closing comma (a
    // known noun for people only: `X Morcha, a combine of parties, were …`).
    if candidate.outcome.is_none() && single && !definite && !head.open_class && after_name_comma(tokens, first) {
        if let Some(o) = appositive_predicate(tokens, head.context_from) {
            candidate.outcome = Some((o, Source::After));
        }
    }
    // `two of the injured are critical`, `one of the wounded survived`: a part of
    // the injured whose predicate tells no other fate is injured.
    if candidate.outcome.is_none()
        && key(tokens, end) == "of"
        && key(tokens, end + 1) == "the"
        && matches!(key(tokens, end + 2), "injured" | "wounded")
    {
        candidate.outcome = Some((Outcome::Injured, Source::Head));
        candidate.other_verb_after = false;
    }
    // `a gendarme shot a taxi driver at a checkpoint. He died on Sunday`,
    // `officers shot a man who attacked them; he was pronounced dead`: the object
    // of a blow whose death the next sentence tells.
    if candidate.outcome.is_none()
        && single
        && !definite
        && matches!(before, Before::OtherVerb | Before::Nothing)
        && outcome::is_blow(key(tokens, first.wrapping_sub(1)))
        && outcome::died_next_sentence_as(tokens, head.context_from, key(tokens, head.span_end.wrapping_sub(1)))
    {
        candidate.outcome = Some((Outcome::Killed, Source::Before));
        candidate.other_verb_after = false;
    }
    // `Police shot the attacker in the leg`, `stabbed a police officer in the back`:
    // the object of a blow that lands on a part of the body is injured (no other
    // fate told: a death is read above).
    if candidate.outcome.is_none()
        && matches!(before, Before::OtherVerb | Before::Nothing)
        && blow_on_body(tokens, first.wrapping_sub(1), head.context_from)
    {
        candidate.outcome = Some((Outcome::Injured, Source::Before));
        candidate.other_verb_after = false;
    }
    // `the body of the omda was found`: a body is a death.
    if candidate.outcome.is_none() && definite && body_of(tokens, first) {
        candidate.outcome = Some((Outcome::Killed, Source::Before));
    }
    if candidate.outcome.is_none() && !needs_cue {
        // `took his tournament tally to ten`, `its tally to 73 seats`: a tally in a
        // contest is a score.
        let score = || (first.saturating_sub(6)..first).any(|j| key(tokens, j) == "tally") && contest_sentence(tokens, first);
        let toll = || outcome::toll(tokens, first).filter(|_| !score()).map(|o| (o, Source::Toll));
        let number_of = || outcome::number_of_after(tokens, end).map(|o| (o, Source::Toll));
        candidate.outcome = weak_head.map(|o| (o, Source::Head)).or_else(toll).or_else(number_of);
    }
    // `Mifune plays Washizu, a general who murders his lord`: a plot told is no event.
    if candidate.outcome.is_some() && fiction_sentence(tokens, first) {
        return None;
    }
    Some(candidate)
}

/// An age alone after a lone article (`a 19-year-old` before a bracket, a comma or
/// the predicate): the age is the noun, the head of the phrase.
fn age_noun(tokens: &[Token], at: usize, head: head::Head) -> head::Head {
    if head.has_noun {
        return head;
    }
    let mut k = at + 1;
    let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.is("-")) && glued(tokens, k);
    k += usize::from(hyphen(k));
    if !matches!(key(tokens, k), "year" | "years") {
        return head;
    }
    k += 1;
    k += usize::from(hyphen(k));
    if key(tokens, k) != "old" {
        return head;
    }
    head::Head { span_end: k + 1, context_from: k + 1, outcome: None, has_noun: true, open_class: false }
}

/// A passive `beaten` from token `from` (`outcome::beaten_passive`) that tells no win:
/// not before a score (`was beaten 2-1`), nor in a sentence that names a contest
/// (`beaten in the final`, `beaten by the champions`: `data/contest_words.txt`).
fn beaten_not_in_contest(tokens: &[Token], from: usize) -> bool {
    if !outcome::beaten_passive(tokens, from) {
        return false;
    }
    let Some(beaten) = (from..from + 4).find(|&k| key(tokens, k) == "beaten") else { return false };
    let score = tokens.get(beaten + 1).is_some_and(|t| t.kind == Kind::Number);
    // `beaten in the final`, `beaten on penalties`, `beaten by 40 votes`
    let contest_after =
        (beaten + 1..beaten + 5).any(|k| matches!(key(tokens, k), "final" | "finals" | "penalties" | "points" | "votes" | "round"));
    !score && !contest_after && !contest_sentence(tokens, beaten)
}

/// Whether a cue is the predicate right after a phrase ending at token `from`: an
/// intransitive or passive cue, after at most an auxiliary and an adverb (`was
/// killed`, `was also wounded`, `died`, `were fatally shot`), not an active verb
/// (`killed 3`).
///
/// A participle with no auxiliary, before its agent, opens a reduced relative clause
/// (`a 63-year-old woman wounded by shelling died`) when `outcome::forward` reads a
/// fate from it.
fn cue_right_after(tokens: &[Token], from: usize) -> bool {
    let mut k = from;
    while k < from + 3
        && (lexicon::is_passive_aux(key(tokens, k))
            || outcome::is_adverb(key(tokens, k))
            || matches!(key(tokens, k), "also" | "later" | "found"))
    {
        k += 1;
    }
    let w = key(tokens, k);
    let passive = (from..k).any(|j| lexicon::is_passive_aux(key(tokens, j)));
    // `was stabbed and died`: a passive wound whose clause then tells the fate.
    let wounded = passive && outcome::is_fatal_participle(w);
    let reduced = k == from && w.ends_with("ed") && key(tokens, k + 1) == "by";
    (wounded || (lexicon::forward_cue(w).is_some() && (passive || reduced || !lexicon::is_transitive(w))))
        && matches!(outcome::forward(tokens, from), After::Cue(_))
}

/// A cue participle right after a noun phrase ending before token `k`, with its
/// agent after it (`justice for a student killed by soldiers`, `a driver shot dead
/// by gunmen`): a reduced relative that makes the phrase the one harmed, even as
/// the object of a preposition.
fn passive_with_agent(tokens: &[Token], k: usize) -> bool {
    let w = key(tokens, k);
    let by = if outcome::is_shot_dead(w, key(tokens, k + 1)) {
        Some(k + 2)
    } else if matches!(w, "beaten" | "stabbed" | "hacked") && key(tokens, k + 1) == "to" {
        outcome::to_death(tokens, k + 1).then_some(k + 3)
    } else {
        (lexicon::forward_cue(w).is_some() && w.ends_with("ed")).then_some(k + 1)
    };
    by.is_some_and(|b| key(tokens, b) == "by")
}

/// A verb that puts someone `to death` by a court or a threat, not by a blow
/// (`sentenced`, `condemned`, `threatening`): a word that starts with a stem of
/// `data/sentence_verb_stems.txt`.
fn is_sentence_verb(w: &str) -> bool {
    lexicon::SENTENCE_VERB_STEMS.iter().any(|stem| w.starts_with(stem))
}

/// Whether word `w` after a noun phrase ends it (no compound goes on).
fn phrase_ends_at(w: &str) -> bool {
    matches!(w, "and" | "or" | "who")
        || lexicon::is_preposition(w)
        || lexicon::is_passive_aux(w)
        || lexicon::forward_cue(w).is_some()
        || lexicon::is_neutral_after(w)
}

/// Whether the words at token `k`, right after a victim joined to a figure, modify
/// it rather than open its own clause: a relative pronoun (`and a civilian who had
/// hitched a lift`), a present participle (`and a constable escorting her`) or a
/// passive participle with its agent (`and a clerk appointed by the junta`).
fn modifier_after(tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.kind == Kind::Word && !t.title) else { return false };
    let w = t.key();
    matches!(w, "who" | "whom" | "whose")
        || (w.len() > 5 && w.ends_with("ing") && !lexicon::is_preposition(w))
        || (w.ends_with("ed") && key(tokens, k + 1) == "by")
}

/// `another` at token `i` as a figure of 1: right before `died` or `was killed`
/// (not `another 5`, `another attack`, nor the object of a verb: `killed another`).
fn another_victim(tokens: &[Token], i: usize) -> Option<Candidate> {
    // `another youth`, `another man`: a singular noun for people after it joins the
    // span (round 17).
    let noun = tokens.get(i + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.title
            && (head::is_singular_person_noun(t.key()) || (lexicon::is_person_noun(t.key()) && is_singular(tokens, i + 2)))
    });
    let end = i + 1 + usize::from(noun);
    // `Another officer, 24, remains in intensive care`: an age set off by commas
    // after the noun; the predicate follows it.
    let aged = noun
        && key_or_punct(tokens, end) == ","
        && tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Number && t.end - t.start <= 2)
        && key_or_punct(tokens, end + 2) == ",";
    let from = if aged { end + 3 } else { end };
    // One more victim, of the fate the cue before or after it tells.
    let one = |outcome, source| Candidate {
        first: i,
        end,
        count: Count::of(1, false, None),
        outcome: Some((outcome, source)),
        other_verb_before: false,
        other_verb_after: false,
        needs_cue: true,
        parts_until: 0,
    };
    let next = key(tokens, from);
    // `Another officer remains in intensive care`, `another guard was treated at a
    // clinic`: a noun for people whose injury is told as its care.
    if noun && outcome::hurt_told_as_care(tokens, from) {
        return Some(one(Outcome::Injured, Source::After));
    }
    // `killed and another seriously injured`: an adverb before the cue.
    let adverb = usize::from(next.len() > 4 && next.ends_with("ly"));
    let cue = if matches!(next, "was" | "were") { key(tokens, from + 1) } else { key(tokens, from + adverb) };
    // `injured another near the gate`: the object of a cue, with nothing after it
    // that the cue could govern instead, is one more victim.
    if let Before::Cue(outcome) = outcome::backward(tokens, i) {
        return (key(tokens, i.wrapping_sub(1)) != "another" && nothing_governed(tokens, from)).then(|| one(outcome, Source::Before));
    }
    // `his son and another man were beaten`: a beating with no other fate.
    if matches!(next, "was" | "were") && beaten_not_in_contest(tokens, from) {
        return Some(one(Outcome::Injured, Source::After));
    }
    let outcome = lexicon::forward_cue(cue)?;
    // `killed and another wounded when …`: a transitive cue with no object after it.
    if !matches!(next, "was" | "were") && lexicon::is_transitive(cue) && !nothing_governed(tokens, from + adverb + 1) {
        return None;
    }
    Some(one(outcome, Source::After))
}

/// Whether the number phrase at token `first` names a unit (`of 12 Assam Rifles`,
/// `from 1 RR`): right after `of` or `from`, with a capitalised name after the
/// number (no known noun for people heads it: `Rifles` counts no people, though a
/// capitalised place may read as a demonym), and before `of` a noun whose phrase opens with its
/// own count within four words (`a soldier`, `One JCO`, `two jawans`). Not after a
/// noun of killing (`the killing of 5 Taliban`), a group or quantity noun (`a total
/// of`, `a group of`) nor right after a number (`one of 12`).
///
/// The number may also close the name (`a soldier of Task Force 15`, `two guards
/// from the Battalion 21`): up to three capitalised words, and `the`, between
/// `of`/`from` and the number.
fn unit_number(tokens: &[Token], first: usize, no_person_head: bool) -> bool {
    if !no_person_head {
        return false;
    }
    let capitalised = |j: usize| tokens.get(j).is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper));
    let names = (1..=3).take_while(|&d| first.checked_sub(d).is_some_and(capitalised)).count();
    let mut p = first.saturating_sub(names + 1);
    if names > 0 && key(tokens, p) == "the" {
        p = p.saturating_sub(1);
    }
    let closing = (names > 0 && matches!(key(tokens, p), "of" | "from")).then_some(p);
    let Some(prep) = closing.or_else(|| first.checked_sub(1)) else { return false };
    if !matches!(key(tokens, prep), "of" | "from") {
        return false;
    }
    let named = closing.is_some() || capitalised(first + 1);
    let noun = key(tokens, prep.wrapping_sub(1));
    if !named || noun.is_empty() || lexicon::noun_of_cue(noun).is_some() || lexicon::is_collective(noun) || numbers::starts_cardinal(noun) {
        return false;
    }
    (2..=5).any(|d| {
        let Some(j) = prep.checked_sub(d) else { return false };
        let t = tokens.get(j);
        t.is_some_and(|t| t.kind == Kind::Number || matches!(t.key(), "a" | "an") || numbers::starts_cardinal(t.key()))
            && tokens.get(j + 1..prep).is_some_and(|between| between.iter().all(|b| b.kind == Kind::Word))
    })
}

/// Whether the phrase at token `first` follows a name and a comma (`Malik Khan, a
/// member of …`): an apposition.
fn after_name_comma(tokens: &[Token], first: usize) -> bool {
    first.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.is(","))
        && first.checked_sub(2).and_then(|p| tokens.get(p)).is_some_and(|t| t.kind == Kind::Word && t.title)
}

/// The most tokens an appositive phrase runs after its head before its closing comma.
const MAX_APPOSITIVE: usize = 12;

/// The predicate after an appositive phrase's closing comma (searched from token
/// `from`, after its head): `…, a member of the committee, was murdered` is killed.
/// No clause may end and no number come before the comma.
fn appositive_predicate(tokens: &[Token], from: usize) -> Option<Outcome> {
    let comma =
        (from..from + MAX_APPOSITIVE).find(|&m| tokens.get(m).is_none_or(|t| t.is(",") || t.ends_clause() || t.kind == Kind::Number))?;
    if !tokens.get(comma).is_some_and(|t| t.is(",")) {
        return None;
    }
    match outcome::forward(tokens, comma + 1) {
        After::Cue(o) if lexicon::is_passive_aux(key(tokens, comma + 1)) || lexicon::forward_cue(key(tokens, comma + 1)).is_some() => {
            Some(o)
        }
        _ => None,
    }
}

/// A cheap test before reading `the` at token `i` as a single victim: a noun for
/// people among the next three words (`the driver`, `the police constable`).
fn definite_person_next(tokens: &[Token], i: usize) -> bool {
    // `the other six`: the number after `other` is the figure.
    if key(tokens, i + 1) == "other" && tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number || numbers::starts_cardinal(t.key())) {
        return false;
    }
    // `his ex-wife`, `his common-law wife`, `her 12-year-old son`: a modifier joined
    // by hyphens, or an age, before the noun (three words besides them).
    let mut words = 0;
    (i + 1..i + 8)
        .take_while(|&j| {
            tokens.get(j).is_some_and(|t| match t.kind {
                Kind::Word => {
                    words += 1;
                    words <= 3
                }
                Kind::Number => tokens.get(j + 1).is_some_and(|n| n.is("-") || n.is("year") || n.is("years")),
                _ => t.is("-") && glued(tokens, j),
            })
        })
        .any(|j| {
            let w = key(tokens, j);
            lexicon::is_person_noun(w) || head::is_singular_person_noun(w)
        })
}

/// How many tokens either side of a figure [`contest_sentence`] reads.
const CONTEST_REACH: usize = 30;

/// Whether the sentence around token `i` names a contest (a game, a title, a vote,
/// an offer: `data/contest_words.txt`), within [`CONTEST_REACH`] tokens each way.
fn contest_sentence(tokens: &[Token], i: usize) -> bool {
    clause_around(tokens, i).any(|t| t.kind == Kind::Word && lexicon::CONTEST_WORDS.contains(t.key()))
}

/// The tokens of the clause around token `i`, within [`CONTEST_REACH`] tokens each
/// way: from `i` forward to the clause's end, then from `i - 1` back to its start.
fn clause_around<'a, 't>(tokens: &'a [Token<'t>], i: usize) -> impl Iterator<Item = &'a Token<'t>> {
    let after = tokens.get(i..).unwrap_or(&[]).iter().take(CONTEST_REACH).take_while(|t| !t.ends_clause());
    let before = tokens.get(i.saturating_sub(CONTEST_REACH)..i).unwrap_or(&[]).iter().rev().take_while(|t| !t.ends_clause());
    after.chain(before)
}

/// Whether the sentence around token `i` tells a plot (`data/fiction_words.txt`:
/// `a drama about`, `the novel follows`, `X plays Y`), within [`CONTEST_REACH`]
/// tokens each way; or names a film (`film`, `films`) with a cue in the present
/// tense, as plots are told (`in the film the hero kills 12 men`).
fn fiction_sentence(tokens: &[Token], i: usize) -> bool {
    let mut film = false;
    let mut present = false;
    let mut fiction = false;
    let mut read = |t: &Token| {
        if t.kind != Kind::Word {
            return;
        }
        let w = t.key();
        fiction |= lexicon::FICTION_WORDS.contains(w);
        film |= matches!(w, "film" | "films");
        present |= w.len() > 3 && w.ends_with('s') && lexicon::verb_cue(w).is_some();
    };
    clause_around(tokens, i).for_each(&mut read);
    fiction || (film && present)
}

/// `the body of` before token `i`.
fn body_of(tokens: &[Token], i: usize) -> bool {
    key(tokens, i.wrapping_sub(1)) == "of" && matches!(key(tokens, i.wrapping_sub(2)), "body" | "corpse")
}

/// The most tokens between `the body of` and a verb of finding after it.
const FOUND_REACH: usize = 16;

/// `the body of` before a lone article at token `i`, in a clause that tells the body
/// was found (`the body of a farmer was found`, `police recovered the body of a
/// driver`): a verb of finding within four words before `body` or later in the
/// clause (`data/finding_verbs.txt`).
fn body_found(tokens: &[Token], i: usize) -> bool {
    // `the body of one farmer was found`, `the body of one of them was found`: one
    // body, as a lone article's.
    if !matches!(key(tokens, i), "a" | "an" | "one") || !body_of(tokens, i) {
        return false;
    }
    let finding = |t: &Token| lexicon::FINDING_VERBS.contains(t.key());
    let before = tokens.get(i.saturating_sub(7)..i.saturating_sub(2)).is_some_and(|words| words.iter().any(finding));
    before || tokens.iter().skip(i + 1).take(FOUND_REACH).take_while(|t| !t.ends_clause()).any(finding)
}

/// A definite or possessive phrase at token `i` (`the`, `his`, `her`) in the place
/// of the one harmed: right after a cue verb (`shot dead the omda`, `killing his
/// sister`), after a noun of killing or `the body of`, or before a passive cue
/// within its clause (`the regulo of Chai village was found beheaded`). A cheap
/// test of the words around the determiner, read at every `the`.
fn harmed_position(tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1).filter(|t| t.kind == Kind::Word && !t.title) else {
        return false;
    };
    // Words that open no noun phrase of a person (`the other six`, `the same`).
    if numbers::starts_cardinal(next.key()) || matches!(next.key(), "other" | "same" | "first" | "last") {
        return false;
    }
    let prev = key(tokens, i.wrapping_sub(1));
    let before = lexicon::verb_cue(prev).is_some()
        || matches!(prev, "dead" | "down")
        || (prev == "death" && key(tokens, i.wrapping_sub(2)) == "to")
        || (prev == "of" && lexicon::noun_of_cue(key(tokens, i.wrapping_sub(2))).is_some());
    if before {
        return matches!(outcome::backward(tokens, i), Before::Cue(_));
    }
    body_of(tokens, i) || passive_cue_after(tokens, i + 2)
}

/// A passive cue (`was killed`, `was found beheaded`) within a few words from token
/// `from`, the words between them all words (`of Chai village`).
fn passive_cue_after(tokens: &[Token], from: usize) -> bool {
    for j in from..from + 6 {
        let Some(t) = tokens.get(j).filter(|t| t.kind == Kind::Word) else { return false };
        if matches!(t.key(), "was" | "is" | "has" | "had") {
            let mut k = j + 1;
            if matches!(key(tokens, k), "been" | "found" | "later" | "reportedly" | "allegedly") {
                k += 1;
            }
            // `has killed 5` is active: its subject is no victim.
            let active = k == j + 1 && t.key() != "was" && lexicon::is_transitive(key(tokens, k));
            return lexicon::forward_cue(key(tokens, k)).is_some() && !active;
        }
    }
    false
}

/// Whether a definite phrase from `i` to `end` with a head in no noun list is a
/// victim: one lowercase word after the determiner, in a harmed position, that
/// names an office of a named place or people (`the omda of a Masalit community`,
/// `the regulo of Chai village`; not `the momentum of the talks`), or after `the
/// body of`.
fn open_head_victim(tokens: &[Token], i: usize, end: usize) -> bool {
    let office_of = key(tokens, end) == "of" && (end + 1..end + 4).any(|j| tokens.get(j).is_some_and(|t| t.kind == Kind::Word && t.title));
    end == i + 2
        && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && !t.title && !t.upper && t.key().len() > 2)
        && !lexicon::is_collective(key(tokens, i + 1))
        && (office_of || body_of(tokens, i))
        && harmed_position(tokens, i)
}

/// A lowercase collective at token `j` that modifies a singular noun for people
/// right after it (`a gang member`, `a family member`, `a party worker`): the
/// noun heads the phrase, which counts one person, not a group (`a gang of
/// youths` is none).
fn collective_modifier(tokens: &[Token], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.title && !t.upper)
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word && !t.title && !t.upper && head::is_singular_person_noun(t.key()))
}

/// `a third` at token `j` as an ordinal (`killed two and abducted a third`, `a third
/// officer is missing`), not the fraction `a third of`.
fn ordinal_third(tokens: &[Token], j: usize) -> bool {
    key(tokens, j) == "third" && key(tokens, j + 1) != "of"
}

/// An ordinal (`first`, `second`, `2nd`, `26th`): digits with their suffix, or an
/// ordinal word of the shared number table (`vocab/data/numbers.tsv`).
fn is_ordinal(w: &str) -> bool {
    let digits = w.len() > 2 && w.get(..w.len() - 2).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()));
    (digits && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
        || crate::vocab::numbers::lookup(w).is_some_and(|n| n.kind == crate::vocab::numbers::Kind::Ordinal)
}

/// A cheap test before reading a lone `a` at token `i` as a victim: a governing cue
/// before it, or an outcome word later in its clause. Most articles have neither.
fn cue_nearby(tokens: &[Token], i: usize) -> bool {
    if matches!(outcome::backward(tokens, i), Before::Cue(_)) {
        return true;
    }
    // `struck a police officer in the calf`
    if is_active_blow(tokens, i.wrapping_sub(1)) && (i + 2..i + 6).any(|k| outcome::on_body_part(tokens, k)) {
        return true;
    }
    let rest = tokens.get(i + 1..).unwrap_or(&[]);
    // `a fisherman, his wife and their two daughters, who lived in a house near the
    // beach, were shot dead`: a relative clause set off by commas does not use up
    // the reach within which the cue must come.
    let mut skipped = 0;
    let mut skip_until = 0;
    for (n, t) in rest.iter().take(outcome::MAX_TO_SENTENCE_END).enumerate() {
        // (A cue inside the clause still counts: `a man, who was wounded in the
        // raid, …`.)
        if n < skip_until {
            skipped += 1;
        } else if t.is(",") && rest.get(n + 1).is_some_and(|w| w.is("who")) {
            let close = (n + 2..n + 2 + MAX_RELATIVE_ASIDE).find(|&m| rest.get(m).is_none_or(|w| w.is(",") || w.ends_clause()));
            if let Some(m) = close.filter(|&m| rest.get(m).is_some_and(|w| w.is(","))) {
                skip_until = m + 1;
                skipped += 1;
                continue;
            }
        }
        if t.ends_clause() {
            // `a trader was beaten by a mob. He died on Tuesday`: the death is told
            // in the next sentence (or after a semicolon, `…; he died`).
            let next = rest.get(n + 1).filter(|t| t.title || t.is("he") || t.is("she")).map_or("", Token::key);
            // The object of a blow may be taken up by `The` and its own noun (`shot
            // a taxi driver …. The driver died`; `candidate_at` checks the head).
            let again = key(tokens, i + n + 3);
            let own_noun = next == "the"
                && (i + 1..i + 5).any(|j| key(tokens, j) == again)
                && outcome::is_blow(key(tokens, i.wrapping_sub(1)))
                && outcome::died_next_sentence_as(tokens, i + 1, again);
            return (t.is(".") || t.is(";"))
                && matches!(next, "he" | "she" | "they" | "the")
                && (outcome::died_next_sentence(tokens, i + 1) || own_noun);
        }
        if n - skipped < 24
            && t.kind == Kind::Word
            && (lexicon::forward_cue(t.key()).is_some()
                || matches!(
                    t.key(),
                    "gunned"
                        | "mowed"
                        | "beaten"
                        | "hospital"
                        | "suffered"
                        | "sustained"
                        | "survived"
                        | "critical"
                        | "intensive"
                        | "shot"
                        | "hit"
                        | "stabbed"
                        | "cut"
                ))
        {
            return true;
        }
    }
    false
}

/// An active blow at token `verb` whose object ends before token `from`, landing on
/// a part of the body named right after it (`shot [the attacker] in the leg`,
/// `struck [an officer] in the calf`); not a passive (`was shot`: the subject's).
fn blow_on_body(tokens: &[Token], verb: usize, from: usize) -> bool {
    is_active_blow(tokens, verb) && outcome::on_body_part(tokens, from)
}

/// A blow at token `verb` in the active voice (no passive auxiliary before it).
fn is_active_blow(tokens: &[Token], verb: usize) -> bool {
    matches!(key(tokens, verb), "shot" | "shoots" | "stabbed" | "stabs" | "struck" | "strikes" | "hit" | "hits" | "slashed")
        && !lexicon::is_passive_aux(key(tokens, verb.wrapping_sub(1)))
}

/// Most tokens a relative clause set off by commas may hold for [`cue_nearby`] to
/// step over it.
const MAX_RELATIVE_ASIDE: usize = 24;

/// Whether the head noun ending before token `end` is singular (`policeman`,
/// `civilian`, `child`), as a figure of 1 without a number needs.
fn is_singular(tokens: &[Token], end: usize) -> bool {
    let w = key(tokens, end.wrapping_sub(1));
    let plural = (w.ends_with('s') && !w.ends_with("ss"))
        || w.ends_with("men")
        || w == "people"
        || w == "children"
        || head::collective_without_plural(w);
    !w.is_empty() && !plural
}

/// Whether a lone article at token `i` opens another victim of the figure `prev`: a
/// part of it after `including`, `among them` or a breakdown's bracket (`3 people,
/// including a boy`, `4 villagers (3 women and a boy)`, `5
/// dead, among them a woman`: after an outcome word that closes the figure), or a
/// victim joined by `and` to such a part (`including 2 boys and an elderly monk`);
/// a part named after `Among them was` in a later sentence; or a second object of the
/// cue that governs a whole figure (`wounded 2 rangers and a rubber tapper`), which
/// `candidate_at` keeps only with a known noun for people as its head (round 14
/// measured the open form costing a document toll on held-out text).
fn joined_victim(tokens: &[Token], prev: &Candidate, i: usize) -> Joined {
    let end = prev.end;
    if second_object(tokens, prev, i) {
        return Joined::Part;
    }
    if among_them(tokens, prev, i) {
        return Joined::Among;
    }
    if part_later_in_clause(tokens, prev, i) {
        return Joined::Part;
    }
    let from = if lexicon::forward_cue(key(tokens, end)).is_some() { end + 1 } else { end };
    if from >= i || !linked(tokens, from, i, true) {
        return Joined::No;
    }
    let aside = |w: &str| matches!(w, "including" | "them" | "whom");
    let part = tokens.get(from..i).is_some_and(|between| between.iter().any(|t| aside(t.key())))
        || (prev.count != Count::Exact(1) && tokens.get(from..i).is_some_and(|between| between.iter().any(|t| opens_breakdown(t.key()))))
        || (key(tokens, i - 1) == "and" && {
            let opener = key_or_punct(tokens, prev.first.wrapping_sub(1));
            aside(opener) || opens_breakdown(opener)
        });
    if part || including_list(tokens, prev, i) {
        return Joined::Part;
    }
    // `killing 4 fishermen and a vigilante`, `wounding 2 monks and a nun`: right
    // after `and`, after a figure that a cue before it governs.
    let object = from + 1 == i
        && key(tokens, from) == "and"
        && matches!(key(tokens, i), "a" | "an" | "the" | "his" | "her" | "its")
        && matches!(prev.outcome, Some((_, Source::Before)));
    if object {
        Joined::Object
    } else {
        Joined::No
    }
}

/// The most tokens [`including_list`] reads back from a part for its `including`.
const LIST_REACH: usize = 14;

/// Whether the phrase at token `i` is a later item of a list of parts opened by
/// `including` or `among them` before the part `prev` (`including 12 children, [a
/// pregnant woman] and [a police officer]`, `including a child, [a teacher] and [a
/// nurse]`): after `and`, or after a comma when an `and` still follows in its own
/// phrase (not `including 12 children, a police spokesman said`). Back from `prev`
/// only list words stand before the opener: no clause end, colon or cue.
fn including_list(tokens: &[Token], prev: &Candidate, i: usize) -> bool {
    let comma = match key_or_punct(tokens, i.wrapping_sub(1)) {
        "and" => false,
        "," => true,
        _ => return false,
    };
    if comma && !(i + 1..i + 7).take_while(|&j| tokens.get(j).is_some_and(|t| t.kind != Kind::Punct)).any(|j| key(tokens, j) == "and") {
        return false;
    }
    let mut j = prev.first;
    while j > 0 && prev.first - j < LIST_REACH {
        j -= 1;
        let Some(token) = tokens.get(j) else { return false };
        let w = token.key();
        if w == "including" || (w == "them" && key(tokens, j.wrapping_sub(1)) == "among") {
            return true;
        }
        if token.ends_clause() || token.is(":") || token.is("(") || lexicon::forward_cue(w).is_some() {
            return false;
        }
    }
    false
}

/// The most tokens between a figure and an `including` that names a part of it later
/// in its clause.
const PART_REACH: usize = 24;

/// `killed at least 14 people on Monday, including [a child]`, `4 men accused of
/// spying, among them [a 17-year-old]`, `killing 60 people, among them [the vicar]`:
/// a part named right after `including` or `among them`, later in the clause of the
/// figure `prev` that has an outcome (a time, a place or a source between them). The
/// part is the one harmed by its place, whatever its head noun.
fn part_later_in_clause(tokens: &[Token], prev: &Candidate, i: usize) -> bool {
    let lead = match key(tokens, i.wrapping_sub(1)) {
        "including" => i.wrapping_sub(1),
        "them" | "whom" if key(tokens, i.wrapping_sub(2)) == "among" => i.wrapping_sub(2),
        _ => return false,
    };
    prev.outcome.is_some()
        && prev.end < lead
        && lead - prev.end <= PART_REACH
        && tokens.get(prev.end..lead).is_some_and(|between| !between.iter().any(Token::ends_clause))
}

/// The most tokens between a figure and an `Among them was` that names a part of it
/// in a later sentence.
const AMONG_REACH: usize = 40;

/// `Among them was [a monk]`, `among them were [4 children]`: a part of the figure
/// `prev` before it, across a sentence end (`lexicon::is_among_them`).
fn among_them(tokens: &[Token], prev: &Candidate, i: usize) -> bool {
    let p = if matches!(key(tokens, i.wrapping_sub(1)), "was" | "were") { i - 1 } else { i };
    lexicon::is_among_them(key(tokens, p.wrapping_sub(2)), key(tokens, p.wrapping_sub(1)))
        && tokens.get(p.wrapping_sub(2)).is_some_and(|t| t.title)
        && prev.end < i
        && i - prev.end <= AMONG_REACH
}

/// Whether the phrase at `i` is a second object of the cue before the figure `prev`:
/// `shot dead a tribal notable of the Aqidat tribe and his nephew` (a name after the
/// first object, then `and`), or `shot dead his sister and her husband`, `killed the
/// omda of a Masalit community and his brother` (a possessive single victim joined by
/// `and` to a single victim the cue governs: a person by its place, whatever its head).
fn second_object(tokens: &[Token], prev: &Candidate, i: usize) -> bool {
    (matches!(prev.outcome, Some((_, Source::Before))) && person_head(tokens, prev.end) && name_then_and(tokens, prev.end, i))
        || possessive_joined(tokens, prev, i)
}

/// A possessive single victim at `i` (`his`, `her`) right after `and`, joined to a
/// single victim `prev` that a cue before it governs, with nothing between them
/// but an aside about `prev` (`aside_then_and`). A count of the victim's own people
/// joins the same way (`killed a chief and his 2 sons`, `abducted a ruler (fon) and 2
/// of his notables`): the possessive ties them to the one harmed.
fn possessive_joined(tokens: &[Token], prev: &Candidate, i: usize) -> bool {
    // `their` only after a figure of more than one, a single victim after it.
    let their = key(tokens, i) == "their" && prev.count != Count::Exact(1);
    let own = |j: usize| matches!(key(tokens, j), "his" | "her");
    let counted = || tokens.get(i).is_some_and(|t| t.kind == Kind::Number || numbers::starts_cardinal(t.key()));
    let lead = if own(i) || their {
        i
    } else if own(i.wrapping_sub(1)) && counted() {
        i - 1
    } else if key(tokens, i + 1) == "of" && own(i + 2) && counted() {
        i
    } else {
        return false;
    };
    let comma = key_or_punct(tokens, lead.wrapping_sub(1)) == "," && prev.end + 1 == lead;
    // `killed a party candidate, along with his bodyguard`
    let along = along_with(tokens, lead) && (prev.end + 2 == lead || (prev.end + 3 == lead && key_or_punct(tokens, prev.end) == ","));
    if along {
        return prev.count == Count::Exact(1) && matches!(prev.outcome, Some((_, Source::Before)));
    }
    (key(tokens, lead.wrapping_sub(1)) == "and" || comma)
        && (prev.count == Count::Exact(1) || their)
        && matches!(prev.outcome, Some((_, Source::Before)))
        && (prev.end + 1 == lead || aside_then_and(tokens, prev.end, lead))
}

/// Past `in his twenties`, `in her early 30s`, `in their late teens` from token `k`
/// (an age told as a decade after a noun for people); `k` when none.
fn past_decade(tokens: &[Token], k: usize) -> usize {
    if key(tokens, k) != "in" || !matches!(key(tokens, k + 1), "his" | "her" | "their") {
        return k;
    }
    let mut j = k + 2;
    if matches!(key(tokens, j), "early" | "mid" | "late") {
        j += 1;
    }
    let decade_word = matches!(
        key(tokens, j),
        "teens" | "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies" | "eighties" | "nineties"
    );
    // `20s` as one token, or as a number glued to `s`.
    let w = key(tokens, j);
    let digits = w.len() == 3 && w.ends_with("0s") && w.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if decade_word || digits {
        return j + 1;
    }
    let glued_s = tokens.get(j).is_some_and(|t| t.kind == Kind::Number && t.end - t.start == 2 && key(tokens, j).ends_with('0'))
        && tokens.get(j + 1).is_some_and(|t| t.key() == "s" && tokens.get(j).is_some_and(|n| n.end == t.start));
    if glued_s {
        return j + 2;
    }
    k
}

/// Whether `cur`, a lone article's phrase closed by a comma, is an apposition to
/// `prev`, a bare `one` of a group (`one of them, a 17-year-old, died`, `One of
/// the guards, a father of four, was hurt`): at most five words between `prev`
/// and the comma before `cur`.
fn apposed_to_one(tokens: &[Token], prev: &Candidate, cur: &Candidate) -> bool {
    matches!(key(tokens, cur.first), "a" | "an")
        && key(tokens, prev.first) == "one"
        && prev.count == Count::Exact(1)
        && key(tokens, prev.end) == "of"
        && key_or_punct(tokens, cur.first.wrapping_sub(1)) == ","
        && key_or_punct(tokens, cur.end) == ","
        && cur.first > prev.end
        && cur.first - prev.end <= 6
        && tokens.get(prev.end..cur.first - 1).is_some_and(|between| between.iter().all(|t| t.kind == Kind::Word))
}

/// `along with` right before token `i`.
fn along_with(tokens: &[Token], i: usize) -> bool {
    key(tokens, i.wrapping_sub(1)) == "with" && key(tokens, i.wrapping_sub(2)) == "along"
}

/// Whether only an aside about a single victim ending at token `from` stands before
/// the `and` right before `to`: a bracketed gloss (`a mukhtar (village headman)
/// and`), a name after `of` (`name_then_and`), a gloss then such a name (`the soba
/// (traditional chief) of Cassanguidi and`), or a name set off by commas, with an
/// age after it (`a social leader, Ana Ruiz, 52, and`).
fn aside_then_and(tokens: &[Token], from: usize, to: usize) -> bool {
    if gloss_then_and(tokens, from, to) || name_then_and(tokens, from, to) {
        return true;
    }
    if tokens.get(from).is_some_and(|t| t.is("(")) {
        let close = (from + 1..from + 6).find(|&m| tokens.get(m).is_none_or(|t| t.kind != Kind::Word));
        return close.is_some_and(|m| tokens.get(m).is_some_and(|t| t.is(")")) && name_then_and(tokens, m + 1, to));
    }
    name_apposed_then_and(tokens, from, to)
}

/// The most tokens of a name set off by commas after a single victim.
const APPOSED_NAME: usize = 5;

/// `, Ana Ruiz, 52, and` from token `from` to `to`: a comma, a name of capitalised
/// words (a title's stop, `Mr.`, inside it), a comma, an optional age of one or two
/// digits and its comma, then `and` right before `to`.
fn name_apposed_then_and(tokens: &[Token], from: usize, to: usize) -> bool {
    if !tokens.get(from).is_some_and(|t| t.is(",")) || key(tokens, to.wrapping_sub(1)) != "and" {
        return false;
    }
    let mut k = from + 1;
    while k < to && k <= from + APPOSED_NAME {
        let Some(t) = tokens.get(k) else { return false };
        let title_stop = t.is(".") && tokens.get(k - 1).is_some_and(|p| p.title && p.end == t.start && p.end - p.start <= 3);
        if !((t.kind == Kind::Word && (t.title || t.upper)) || title_stop) {
            break;
        }
        k += 1;
    }
    if k == from + 1 || !tokens.get(k).is_some_and(|t| t.is(",")) {
        return false;
    }
    k += 1;
    if tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.end - t.start <= 2) && tokens.get(k + 1).is_some_and(|t| t.is(",")) {
        k += 2;
    }
    k + 1 == to
}

/// A bracketed gloss of at most four words right after a figure ending at `from`,
/// then `and` right before `to` (`a bus driver (piloto) and his helper`).
fn gloss_then_and(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens.get(from).is_some_and(|t| t.is("("))
        && to >= from + 4
        && to - from <= 7
        && key(tokens, to - 1) == "and"
        && tokens.get(to - 2).is_some_and(|t| t.is(")"))
        && tokens.get(from + 1..to - 2).is_some_and(|inner| inner.iter().all(|t| t.kind == Kind::Word))
}

/// Whether the token at `k` ends the phrase a verb before it governs: the clause
/// ends, a comma, or a word that opens another phrase (`when`, `in`, `and`).
fn nothing_governed(tokens: &[Token], k: usize) -> bool {
    match tokens.get(k) {
        None => true,
        Some(t) if t.kind == Kind::Word => {
            let w = t.key();
            lexicon::is_preposition(w) || matches!(w, "when" | "as" | "after" | "by" | "and" | "while" | "but" | "before")
        }
        Some(t) => t.ends_clause() || t.is(","),
    }
}

/// `Ana Ruiz, 34, and her son`, `the driver, 45, who …`: a number of one or two
/// digits alone between commas right after a capitalised name or a known noun for
/// people, before `and`, an article, `who` or a verb, is an age.
fn age_after_name(tokens: &[Token], i: usize, end: usize) -> bool {
    let short = tokens.get(i).is_some_and(|t| t.kind == Kind::Number && t.end - t.start <= 2);
    // `Ana Ruiz, 34,`; `a motoboy, 19,` (a noun for people: the victim's own age)
    let name = i.checked_sub(2).and_then(|p| tokens.get(p)).is_some_and(|t| t.kind == Kind::Word && t.title)
        || person_head(tokens, i.wrapping_sub(1));
    // `In Homs, 12, including 3 children, were killed` is a figure: an age goes on
    // with the name's clause or another apposition.
    let goes_on = matches!(key(tokens, end + 1), "and" | "a" | "an" | "the" | "who" | "was" | "is" | "had" | "has");
    short && end == i + 1 && name && goes_on && key_or_punct(tokens, i.wrapping_sub(1)) == "," && key_or_punct(tokens, end) == ","
}

/// Whether the number at tokens `i..end` is part of a name, a date, a time, an age,
/// an amount of money or a percentage.
fn names_or_dates(tokens: &[Token], i: usize, end: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
    let named = prev.is_some_and(|p| {
        let k = p.key();
        match p.kind {
            // `$12`, `€12`, `#12`, `06/12`
            Kind::Punct if matches!(k, "$" | "#" | "/") => true,
            // `F-16`, `COVID-19`: a hyphen glued to a word before it.
            // A number word glued to a name by a dash is no model number but an
            // apposition: `Rakib and Rana-two activists of X-were shot dead`.
            Kind::Punct if k == "-" => {
                glued(tokens, i - 1)
                    && tokens.get(i.wrapping_sub(2)).is_some_and(|t| t.kind == Kind::Word)
                    && (tokens.get(i).is_some_and(|t| t.kind == Kind::Number) || numbers::starts_cardinal(key(tokens, i - 2)))
            }
            // `No. 3`; `Aug. 7`: a month's abbreviation with its stop.
            Kind::Punct => {
                let digits = tokens.get(i).is_some_and(|t| t.kind == Kind::Number);
                let month = tokens
                    .get(i.wrapping_sub(2))
                    .is_some_and(|w| w.end == p.start && w.title && is_month(w.key()) && lexicon::month_number(w.key()).is_none());
                k == "." && (key(tokens, i.wrapping_sub(2)) == "no" || (digits && month))
            }
            // `aged 19 and 21`, `No. 3 and 4`: a second number joined to a name's;
            // not one that counts people (`a man aged 47 and two teenagers`, `and 3 of
            // his sons`).
            Kind::Word if matches!(k, "and" | "or") => {
                i.checked_sub(3).and_then(|w| outcome::second_named_number(tokens, w, names_a_number)) == Some(i)
                    && !lexicon::is_person_noun(key(tokens, end))
                    && key(tokens, end) != "of"
            }
            Kind::Word => names_a_number(k) || (is_month(k) && p.upper),
            _ => false,
        }
    });
    let measured = tokens.get(end).is_some_and(|n| {
        let k = n.key();
        match n.kind {
            Kind::Punct if k == "%" => true,
            // `12:30`, `06/12`, `12-year-old`, `three-day`; not `12-15` or `200-plus`
            Kind::Punct if matches!(k, ":" | "/" | "-") && glued(tokens, end) => {
                let after = tokens.get(end + 1);
                let post_qualifier = k == "-" && after.is_some_and(|t| matches!(t.key(), "plus" | "odd"));
                let range = k == "-" && after.is_some_and(|t| t.kind == Kind::Number);
                !post_qualifier && !range
            }
            Kind::Word => matches!(k, "percent" | "per" | "pc" | "pct") || (is_month(k) && n.upper),
            _ => false,
        }
    });
    named || measured
}

/// Coordinated figures share one cue: `killed 12 soldiers and 3 civilians`,
/// `…, including 5 children` take the cue of the figure before; `12 soldiers and 3
/// civilians were killed` takes the predicate of the figure after.
fn share_cues(tokens: &[Token], candidates: &mut [Candidate]) {
    // The figure whose list of parts is being read: its end of list and outcome.
    let mut list: Option<(usize, Outcome)> = None;
    for n in 1..candidates.len() {
        let (done, rest) = candidates.split_at_mut(n);
        let (Some(prev), Some(cur)) = (done.last(), rest.first_mut()) else { continue };
        if let Some((o, _)) = prev.outcome.filter(|_| prev.parts_until > 0) {
            list = Some((prev.parts_until, o));
        }
        // `2 fatalities, a councillor and his nephew`: each part has the whole's fate.
        if let Some((until, o)) = list.filter(|&(until, _)| cur.first < until) {
            if cur.outcome.is_none() && cur.end <= until && opens_part(tokens, cur.first) {
                cur.outcome = Some((o, Source::Inherited { from_after: false }));
                cur.other_verb_after = false;
            }
            continue;
        }
        if cur.outcome.is_some() || cur.other_verb_after {
            continue;
        }
        let Some((outcome, source)) = prev.outcome else { continue };
        if cur.needs_cue
            && comma_only(tokens, prev.end, cur.first)
            && !possessive_joined(tokens, prev, cur.first)
            && !including_list(tokens, prev, cur.first)
        {
            continue;
        }
        // `a motoboy, 19, who …`: a bare number between commas right after a single
        // victim is the victim's age.
        let age = prev.count == Count::Exact(1)
            && cur.end == cur.first + 1
            && comma_only(tokens, prev.end, cur.first)
            && key_or_punct(tokens, cur.end) == ",";
        if age {
            continue;
        }
        // `a mother of five`: a number right after `of` counts what the phrase before
        // it has, not more victims.
        if cur.first == prev.end + 1 && key(tokens, prev.end) == "of" {
            continue;
        }
        // `reported 9 dead (6 fighters, 2 militiamen and a woman)`: the outcome word
        // after a figure is outside its span; the breakdown follows it.
        let breakdown_after_cue =
            lexicon::forward_cue(key(tokens, prev.end)).is_some() && opens_breakdown(key_or_punct(tokens, prev.end + 1));
        // `a man aged 47 and two teenagers`: an age after the head is no word between.
        let aged = key(tokens, prev.end) == "aged" && tokens.get(prev.end + 1).is_some_and(|t| t.kind == Kind::Number);
        let from = if breakdown_after_cue {
            prev.end + 1
        } else if aged {
            prev.end + 2
        } else {
            prev.end
        };
        if (linked(tokens, prev.end, cur.first, true) && breakdown_fits(tokens, prev, cur))
            || (from > prev.end && linked(tokens, from, cur.first, true) && breakdown_fits(tokens, prev, cur))
            || continues(tokens, prev.end, cur)
            || second_object(tokens, prev, cur.first)
            || among_them(tokens, prev, cur.first)
        {
            let from_after = matches!(source, Source::After | Source::Inherited { from_after: true });
            let outcome = if fatally_after(tokens, cur) { Outcome::Killed } else { outcome };
            cur.outcome = Some((outcome, Source::Inherited { from_after }));
        }
    }
    for n in (1..candidates.len()).rev() {
        let (done, rest) = candidates.split_at_mut(n);
        let (Some(cur), Some(next)) = (done.last_mut(), rest.first()) else { continue };
        if cur.outcome.is_some() || cur.other_verb_before {
            continue;
        }
        let Some((outcome, source)) = next.outcome else { continue };
        // `12 soldiers and 3 civilians were killed`; a comma alone only inside such a
        // list (`12 soldiers, 3 police and 5 civilians were killed`), not in `Of the 36
        // passengers, 21 were killed`.
        let shared = match source {
            Source::After => {
                (linked(tokens, cur.end, next.first, false) && !comma_only(tokens, cur.end, next.first))
                    || (person_head(tokens, cur.end) && name_then_and(tokens, cur.end, next.first))
            }
            Source::Inherited { from_after: true } => linked(tokens, cur.end, next.first, false),
            _ => false,
        };
        if shared {
            cur.outcome = Some((outcome, Source::Inherited { from_after: true }));
        }
    }
}

/// Whether a known noun for people ends the phrase before token `end` (`a
/// commando`, not `Two Communist Party`).
fn person_head(tokens: &[Token], end: usize) -> bool {
    let w = key(tokens, end.wrapping_sub(1));
    lexicon::is_person_noun(w) || head::is_singular_person_noun(w)
}

/// The most tokens of a unit's or a group's name between a figure and the `and`
/// that joins the next one.
const NAME_REACH: usize = 12;

/// Whether a unit's or a group's name after `of`/`from` is all that stands between a
/// figure ending at token `from` and `and` right before the next figure at `to`
/// (`A commando of 4 Para (Special Forces) and 3 militants were killed`, `a
/// policeman from the Rapid Action Battalion and 2 robbers died`): capitalised
/// words, numbers and brackets, so the two figures are coordinated.
fn name_then_and(tokens: &[Token], from: usize, to: usize) -> bool {
    if !matches!(key(tokens, from), "of" | "from") || to < from + 3 || to - from > NAME_REACH || key(tokens, to - 1) != "and" {
        return false;
    }
    let mut j = from + 1;
    if matches!(key(tokens, j), "the" | "a") {
        j += 1;
    }
    let mut names = 0;
    let mut nouns = 0;
    while j < to - 1 {
        let Some(t) = tokens.get(j) else { return false };
        if t.is("(") || t.is("[") {
            let close = if t.is("(") { ")" } else { "]" };
            match (j + 1..to - 1).find(|&m| tokens.get(m).is_some_and(|c| c.is(close))) {
                Some(m) => j = m + 1,
                None => return false,
            }
            continue;
        }
        let name = match t.kind {
            Kind::Word => t.title || t.upper,
            Kind::Number => true,
            _ => t.is("-"),
        };
        // `of the Aqidat tribe`, `of Tchoma Bangou village`: a common noun after the
        // name (not a verb form, not a noun for people).
        let w = t.key();
        let noun = t.kind == Kind::Word
            && !name
            && names > 0
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !lexicon::is_person_noun(w)
            && !lexicon::is_preposition(w)
            && lexicon::forward_cue(w).is_none();
        if noun {
            nouns += 1;
        } else if name {
            names += 1;
        } else {
            return false;
        }
        j += 1;
    }
    names > 0 && nouns <= 1
}

/// Whether `cur` goes on from a figure ending at token `from` in the same clause: a
/// part of it (`killed 2,000 people in the past year, including [1,000 civilians]`,
/// `injured 1,000, [300] of them seriously`) or more of the same (`killed 12 people
/// on Monday and [5] more on Tuesday`).
fn continues(tokens: &[Token], from: usize, cur: &Candidate) -> bool {
    let to = cur.first;
    let lead = matches!(key(tokens, to.wrapping_sub(1)), "including" | "them" | "whom" | "mostly" | "mainly");
    let of_them = key(tokens, cur.end) == "of" && matches!(key(tokens, cur.end + 1), "them" | "whom");
    let more = key(tokens, cur.end) == "more" || key(tokens, cur.end.wrapping_sub(2)) == "more";
    let degree = harm_degree_part(tokens, cur.first, cur.end);
    (lead || of_them || more || degree)
        && to > from
        && to - from <= 24
        && tokens.get(from..to).is_some_and(|between| !between.iter().any(Token::ends_clause))
}

/// A bare number between a comma and an adverb that closes its phrase (`5 were
/// wounded, [one] critically,`; `6 were injured, [two] seriously.`): a part of the
/// figure before it, told by the degree of its harm.
fn harm_degree_part(tokens: &[Token], i: usize, end: usize) -> bool {
    let adverb = key(tokens, end);
    end == i + 1
        && key_or_punct(tokens, i.wrapping_sub(1)) == ","
        && adverb.len() > 4
        && adverb.ends_with("ly")
        && tokens.get(end + 1).is_none_or(|t| t.ends_clause() || t.is(",") || matches!(t.key(), "when" | "after" | "as" | "in"))
}

/// `6 of them fatally`, `one fatally`: a part of a figure of people shot or wounded
/// told as killed (the word after the part, or after its `of them`).
fn fatally_after(tokens: &[Token], cur: &Candidate) -> bool {
    let k = if key(tokens, cur.end) == "of" { cur.end + 2 } else { cur.end };
    key(tokens, k) == "fatally"
}

/// A figure after a bracket or a spaced dash that follows another (`3 (2 fighters,
/// 1 civilian)`) is a part of it only when the earlier one counts more than one and
/// the later one has a noun or opens more of the list (not an age: `a farmer (45)`).
/// `Fatalities: 1 (a border guard)`, `1 fatality (a farmer)`: a figure of 1 with a
/// number may be glossed by one lone article and its noun (an age is a bare number).
fn breakdown_fits(tokens: &[Token], prev: &Candidate, cur: &Candidate) -> bool {
    let opens = (prev.end..cur.first).any(|j| opens_breakdown(key_or_punct(tokens, j)));
    let numbered_one = prev.count == Count::Exact(1) && tokens.get(prev.first).is_some_and(|t| t.kind == Kind::Number);
    let one_glossed =
        numbered_one && matches!(key(tokens, cur.first), "a" | "an") && key_or_punct(tokens, cur.first.wrapping_sub(1)) == "(";
    !opens || (cur.end > cur.first + 1 && (prev.count != Count::Exact(1) || one_glossed))
}

/// The most parts [`breakdown_list`] reads, and the most tokens of one part.
const MAX_PARTS: usize = 6;
const MAX_PART_TOKENS: usize = 12;

/// A list of parts right after a figure with an outcome that adds up to it exactly:
/// after a colon (`killing 17 people: 14 students and 3 staff`, `left 79 inmates dead:
/// 37 in Guayaquil, 34 in …`), or after a comma when the figure counts people in
/// general (`people`, `fatalities`, `deaths`: `2 fatalities, a councillor and his
/// nephew`; not `killed 3 soldiers, 2 police and a civilian`, a list of victims).
/// Each part opens with a number, a lone article or a possessive (`her 2
/// daughters`) and runs to the next `,`, `and` or clause end; the list ends where
/// the parts add up to the figure. Returns the token after the last part.
fn breakdown_list(tokens: &[Token], view: &TextView<'_>, prev: &Candidate) -> Option<usize> {
    let Count::Exact(whole) = prev.count else { return None };
    // `A fifth victim, a farmhand, was …`: a lone article's apposition names the
    // same one person.
    if prev.outcome.is_none() || matches!(key(tokens, prev.first), "a" | "an" | "the" | "his" | "her" | "its") {
        return None;
    }
    let mut k = prev.end;
    if lexicon::forward_cue(key(tokens, k)).is_some() {
        k += 1;
    }
    let head = key(tokens, prev.end.wrapping_sub(1));
    let general = matches!(head, "people" | "persons" | "person" | "individuals")
        || lexicon::head_outcome(head).is_some_and(|(_, kind, _)| kind == lexicon::HeadWord::Noun);
    // `9 dead (6 fighters, 2 militiamen and a woman)`, `Fatalities: 1 (a border
    // guard)`, `4 (2 brothers, their mother and a neighbour)`: a bracket right after
    // the figure (or its outcome word) holds its parts.
    let bracket = bracket_after_figure(tokens, k);
    match key_or_punct(tokens, k) {
        ":" => {}
        "(" if bracket => {}
        "," if general && prev.end > prev.first + 1 => {}
        _ => return None,
    }
    k += 1;
    let mut sum = 0u64;
    for _ in 0..MAX_PARTS {
        let w = key(tokens, k);
        let possessive = matches!(w, "his" | "her" | "their");
        let count_at = k + usize::from(possessive);
        let count = match numbers::cardinal(tokens, view, count_at) {
            Some(c) if !(c.vague || (c.bare_one && key(tokens, c.end) == "of")) => {
                k = c.end;
                c.value
            }
            _ if possessive || matches!(w, "a" | "an") => {
                k += 1;
                1
            }
            _ => return None,
        };
        sum = sum.checked_add(count)?;
        if sum > whole {
            return None;
        }
        // The part's own words, to the next `,`, `and` or clause end; a verb of
        // saying or an auxiliary ends the list (`…, a police spokesman said`; `Of the
        // 8 victims, 3 were stabbed, 2 were …`: clauses of their own).
        let start = k;
        loop {
            let t = tokens.get(k);
            if t.is_none_or(|t| t.ends_clause() || t.is(",") || t.is("and") || (bracket && t.is(")"))) {
                break;
            }
            let verb = |t: &Token| t.kind == Kind::Word && (lexicon::SAYING.contains(t.key()) || lexicon::is_passive_aux(t.key()));
            if k >= start + MAX_PART_TOKENS || t.is_some_and(verb) {
                return None;
            }
            k += 1;
        }
        let end = k;
        let closes = tokens.get(k).is_none_or(|t| t.ends_clause() || (bracket && t.is(")")));
        if sum == whole {
            return Some(end);
        }
        if closes {
            return None;
        }
        k += 1;
        if key(tokens, k) == "and" {
            k += 1;
        }
    }
    None
}

/// Whether the phrase at token `i` opens a part of a list (`breakdown_list`): right
/// after its `,`, `:`, `and` or a possessive, or a bracket right after the figure.
/// Read only inside a list that `breakdown_list` found.
fn opens_part(tokens: &[Token], i: usize) -> bool {
    // A bracket only right after the figure's number or outcome word (`1 (a guard)`,
    // `9 dead (`), not inside a part (`a farmer (a cocoa grower)`).
    bracket_after_figure(tokens, i.wrapping_sub(1))
        || matches!(key_or_punct(tokens, i.wrapping_sub(1)), "," | ":" | "and" | "his" | "her" | "their")
}

/// A bracket at token `open` right after a figure's number or outcome word (`1 (a
/// guard)`, `9 dead (6 fighters, …)`, `Fatalities: 6 (4 …)`); not after a noun
/// (`5 villagers (2 women and 3 men) were killed`, `a farmer (a cocoa grower)`),
/// whose bracket the predicate search reads as an aside.
fn bracket_after_figure(tokens: &[Token], open: usize) -> bool {
    key_or_punct(tokens, open) == "("
        && tokens.get(open.wrapping_sub(1)).is_some_and(|t| t.kind == Kind::Number || lexicon::forward_cue(t.key()).is_some())
}

/// A bracket or a dash, which opens a breakdown of a figure (`3 (2 fighters, 1
/// civilian)`, `4 villagers - 3 women and a boy`).
fn opens_breakdown(w: &str) -> bool {
    matches!(w, "(" | "-" | "–" | "—")
}

fn key_or_punct<'t>(tokens: &[Token<'t>], i: usize) -> &'t str {
    tokens.get(i).map_or("", Token::key)
}

fn comma_only(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens.get(from..to).is_some_and(|between| between.iter().all(|t| t.is(",")))
}

/// Whether only coordination stands between tokens `from` (exclusive end of one
/// figure) and `to` (first token of the next): `and`, `,`, `or`; with `asides`,
/// also `including`, `among them`, `of whom`, `plus`, and a bracket or a spaced dash
/// that opens a breakdown (`3 (2 fighters, 1 civilian)`).
fn linked(tokens: &[Token], from: usize, to: usize, asides: bool) -> bool {
    if to <= from || to - from > 4 {
        return to == from && asides;
    }
    (from..to).all(|j| match key_or_punct(tokens, j) {
        "," | "and" | "or" => true,
        // `killing the chief and his 2 bodyguards`: a possessive opens the next figure.
        "his" | "her" | "their" | "its" => j + 1 == to && j > from && matches!(key_or_punct(tokens, j - 1), "and" | ","),
        "including" | "among" | "them" | "whom" | "of" | "plus" | "as" | "well" | "while" | "with" | "(" => asides,
        // `put at 6 - 4 fighters and 2 civilians -`: a spaced dash opens a breakdown.
        "-" | "–" | "—" => asides && !glued(tokens, j),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tag(text: &str) -> Vec<(String, String)> {
        CasualtyTagger::default().tag(text).iter().map(|s| (s.text(text).to_string(), s.value.clone().unwrap_or_default())).collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn the_bundled_corpus_figures() {
        assert_eq!(
            tag("the embassy condemned the use of barrel bombs, which ended up killing at least 70 civilians, including women and children."),
            pairs(&[("at least 70 civilians", "killed:>=70")])
        );
        assert_eq!(
            tag("the four-year Syrian civil war which has taken the lives of almost a quarter of a million people as"),
            pairs(&[("almost a quarter of a million people", "killed:~250000")])
        );
        assert_eq!(tag("NOW: 40% OFF"), pairs(&[]));
        assert_eq!(tag("The city is just 90 km (55 miles) west of Baghdad"), pairs(&[]));
        assert_eq!(tag("took control of at least eight villages southeast of Kobani"), pairs(&[]));
    }

    #[test]
    fn coordinated_figures_share_a_cue() {
        assert_eq!(
            tag("The attack killed 12 soldiers and 3 civilians."),
            pairs(&[("12 soldiers", "killed:12"), ("3 civilians", "killed:3")])
        );
        assert_eq!(
            tag("Twelve soldiers and three civilians were killed."),
            pairs(&[("Twelve soldiers", "killed:12"), ("three civilians", "killed:3")])
        );
        assert_eq!(tag("It deployed 2,000 fighters and 12 were killed."), pairs(&[("12", "killed:12")]));
    }

    #[test]
    fn one_is_a_figure_only_with_a_noun_or_verb() {
        assert_eq!(tag("One soldier was killed."), pairs(&[("One soldier", "killed:1")]));
        // One of a group is a single victim when a cue governs it (SCHEME: a figure of 1);
        // the agent of an active verb is not.
        assert_eq!(tag("One of the attackers was killed."), pairs(&[("One", "killed:1")]));
        assert_eq!(tag("One of the attackers killed 3 guards."), pairs(&[("3 guards", "killed:3")]));
        assert_eq!(tag("One of the attackers was arrested."), pairs(&[]));
        assert_eq!(tag("No one was hurt."), pairs(&[]));
    }

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<char>().prop_map(String::from),
            "[0-9,. -]{1,6}",
            Just(" killed ".to_string()),
            Just(" at least ".to_string()),
            Just("twenty-".to_string()),
            Just(" a quarter of a ".to_string()),
            Just(" million".to_string()),
            Just(" dozens of ".to_string()),
            Just(" people ".to_string()),
            Just(" were wounded".to_string()),
            Just(" between ".to_string()),
            Just(" and ".to_string()),
            Just("\n".to_string()),
            Just("\u{a0}".to_string()),
            Just("99999999999999999999".to_string()),
        ]
    }

    proptest! {
        #[test]
        fn any_text_annotates_cleanly(parts in prop::collection::vec(fragment(), 0..40)) {
            let text: String = parts.concat();
            let spans = CasualtyTagger::default().tag(&text);
            let mut last_end = 0;
            for span in &spans {
                prop_assert!(span.start < span.end);
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let slice = &text[span.start..span.end];
                prop_assert_eq!(slice.trim(), slice);
                prop_assert!(span.start >= last_end, "overlap in {:?}", text);
                last_end = span.end;
                prop_assert_eq!(span.label.as_str(), LABEL);
            }
        }
    }
}
