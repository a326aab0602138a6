//! What a number counts: the words right after it.
//!
//! After the number (and an `of` for `dozens of`, `thousands of`) come up to four
//! modifiers and a head noun. A person noun (`civilians`, `Syrian army soldiers`) or
//! an outcome noun (`deaths`, `casualties`, `bodies`) is the head and joins the span;
//! an outcome participle (`12 killed`, `30 wounded`, `12 dead`) gives the outcome but
//! stays out of it; any other noun (`villages`, `km`, `years`, `countries`) means
//! the number counts something else, and it is not a figure. Prepositions,
//! auxiliaries and times after the number (`killed 12 in Aleppo`, `12 were killed`,
//! `killed 12 on Sunday`) leave it without a head, for the context to decide.

use super::lexicon::{
    forward_cue, head_outcome, is_collective, is_month, is_neutral_after, is_not_people, is_person_noun, is_preposition, is_thing_noun,
    HeadWord,
};
use super::outcome::Outcome;
use super::tokens::{glued, key, Kind, Token};

/// How many words may stand between a number and its head noun.
const MAX_MODIFIERS: usize = 4;

/// The reading of the words after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    /// One past the last token of the span (the head noun, or the number itself).
    pub span_end: usize,
    /// Where a search for a following cue starts (after `of them`, after the head).
    pub context_from: usize,
    /// An outcome the words give (`dead`, `wounded soldiers`, `casualties`), and
    /// whether it is strong evidence (`victims` is not).
    pub outcome: Option<(Outcome, bool)>,
    /// A noun for people or an outcome noun heads the figure.
    pub has_noun: bool,
    /// The head noun is not a known noun for people (`herders`): the phrase is a
    /// figure only where an outcome cue governs it.
    pub open_class: bool,
}

/// What kind of noun heads a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Noun {
    /// A noun for people from the lexicon, or a demonym.
    Person,
    /// Any other noun (`herders`, `Congress supporters`, `cadres`): it counts the
    /// people harmed only when an outcome cue governs the phrase.
    Open,
}

/// `head` at token `k` after a noun that names what it heads (`a village head`,
/// `the school head`, `two department heads`): a person. Not `head of` (`12 head of
/// cattle`, `the head of the council`: the phrase goes on), nor glued by a hyphen.
fn office_head(tokens: &[Token], k: usize) -> bool {
    matches!(key(tokens, k), "head" | "heads")
        && tokens.get(k.wrapping_sub(1)).is_some_and(|t| t.kind == Kind::Word && !t.title && !t.upper)
        && !matches!(key(tokens, k.wrapping_sub(1)), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one")
        && key(tokens, k + 1) != "of"
        && !tokens.get(k + 1).is_some_and(|t| t.is("-"))
}

/// Reads the words from token `at` (just after the number phrase). `None` when the
/// number counts something other than people.
///
/// With `joined_article` (a lone article joined to a figure before it: `3 people,
/// including a 9-year-old boy`) an age after the article modifies the noun too.
pub(crate) fn classify(tokens: &[Token], at: usize, joined_article: bool) -> Option<Head> {
    let bare = Head { span_end: at, context_from: at, outcome: None, has_noun: false, open_class: false };
    // `lost a hand`, `lost both legs`: a part of the body lost is its owner's injury,
    // never a victim (WordNet's `hand` is also a worker).
    if (1..=2).any(|d| at >= d && key(tokens, at - d) == "lost" && super::outcome::lost_body_part(tokens, at - d + 1)) {
        return None;
    }
    let mut k = at;
    if key(tokens, k) == "of" {
        match key(tokens, k + 1) {
            // `12 of them were killed`: the figure is the number alone.
            "them" | "whom" | "those" | "us" => return Some(Head { context_from: k + 2, ..bare }),
            // `one of the injured died`: the group the part is taken from had
            // another fate; the predicate after it is the part's own.
            "the" if matches!(key(tokens, k + 2), "injured" | "wounded") => return Some(Head { context_from: k + 3, ..bare }),
            "the" | "these" => return Some(bare),
            // `2 of his sons were wounded`, `1 of their fighters killed`: a part of a
            // possessed group, like `of them`; the figure is the number alone.
            "his" | "her" | "their" | "its" if is_person_noun(key(tokens, k + 2)) => return Some(Head { context_from: k + 3, ..bare }),
            _ => k += 1,
        }
    }
    let mut modifier_outcome = None;
    let mut noun: Option<(usize, Noun)> = None;
    let mut steps = 0;
    while steps <= MAX_MODIFIERS {
        let Some(token) = tokens.get(k) else { break };
        // `two 20-year-old students`, `one 54-year-old woman`: an age after a number
        // modifies the head noun (after a lone `a` it is left out: measured, it made
        // a wrong figure on held-out text).
        if noun.is_none() && modifier_outcome.is_none() && (joined_article || !matches!(key(tokens, at.wrapping_sub(1)), "a" | "an")) {
            if let Some(next) = age_modifier(tokens, k) {
                k = next;
                steps += 1;
                continue;
            }
        }
        let only_fillers = steps > 0 && (at..k).all(|j| is_filler(key(tokens, j)));
        if token.kind == Kind::Punct && (token.is("-") || token.is("/")) && glued(tokens, k) && noun.is_some() {
            // `pro-government`, `TTP/LeI militants`
            k += 1;
            continue;
        }
        if token.kind == Kind::Punct && token.is("-") && glued(tokens, k) {
            k += 1;
            continue;
        }
        // The second part of a hyphenated modifier: `Hindi-speaking`, `anti-polio`.
        if token.kind == Kind::Word
            && noun.is_some()
            && k > at
            && tokens.get(k - 1).is_some_and(|t| t.is("-"))
            && glued(tokens, k - 1)
            && (token.key().ends_with("ing") || token.key().ends_with("ed"))
        {
            k += 1;
            steps += 1;
            continue;
        }
        // An initialism in brackets after a name, before a noun for people: `2
        // Central Reserve Police Force (CRPF) personnel`.
        if let Some(next) = acronym_bracket(tokens, k) {
            if noun.is_some() && person_ahead(tokens, next) {
                k = next;
                continue;
            }
        }
        // A bracketed name inside the phrase: `2 JMB [Jamaat-ul-Mujahideen] cadres`.
        if token.kind == Kind::Punct && (token.is("[") || token.is("(")) && noun.is_some_and(|n| n.1 == Noun::Open) {
            // It may hold brackets of its own: `2 NDFB(S) [National Democratic Front
            // of Bodoland (NDFB)-Songbijit] cadres`.
            let Some(m) = closing_bracket(tokens, k) else {
                break;
            };
            // `2 NSCN (Khaplang) [National Socialist Council] cadres`: brackets in a row.
            if tokens.get(m + 1).is_some_and(|t| t.is("[") || t.is("(")) {
                k = m + 1;
                continue;
            }
            if !tokens.get(m + 1).is_some_and(|t| t.kind == Kind::Word) {
                break;
            }
            let next = key(tokens, m + 1);
            if is_neutral_after(next) || head_outcome(next).is_some() {
                break;
            }
            k = m + 1;
            continue;
        }
        if token.kind != Kind::Word {
            break;
        }
        let w = token.key();
        // `killed 12 head of cattle`: after a number, `head of` counts animals (not
        // after a lone article: `the head of the council`).
        if w == "head" && k == at && key(tokens, k + 1) == "of" && !matches!(key(tokens, at.wrapping_sub(1)), "a" | "an" | "the" | "one") {
            return None;
        }
        // `took 3 engineers hostage`, `took the pilot hostage`: a singular `hostage`
        // after the head noun is the object's complement (its fate), not the head.
        // The predicate search reads `hostage` as its cue (a definite single victim
        // keeps no outcome from its head words).
        let ends_phrase = |t: &Token| t.kind != Kind::Word || is_preposition(t.key()) || is_neutral_after(t.key());
        if w == "hostage" && noun.is_some() && tokens.get(k + 1).is_none_or(ends_phrase) {
            return Some(Head { span_end: k, context_from: k, outcome: None, has_noun: true, open_class: false });
        }
        // `72 wide-body jets`: an outcome noun glued by a hyphen to the word before
        // it, with a word after it, is part of a compound modifier too.
        // `Three hostage takers`, `32 death claims`: a singular outcome noun before a
        // noun for people or a plural noun for things modifies it (the noun heads the
        // phrase: `hostage takers` may be a figure, `death claims` is none).
        let outcome_noun = head_outcome(w).is_some_and(|(_, kind, _)| kind == HeadWord::Noun);
        let hyphenated = k > at
            && tokens.get(k - 1).is_some_and(|t| t.is("-"))
            && glued(tokens, k - 1)
            && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word);
        if outcome_noun && (hyphenated || (!w.ends_with('s') && compound_head_next(tokens, k + 1))) {
            k += 1;
            steps += 1;
            continue;
        }
        if let Some((outcome, kind, strong)) = head_outcome(w) {
            match kind {
                HeadWord::Noun => {
                    return Some(Head {
                        span_end: k + 1,
                        context_from: k + 1,
                        outcome: Some((outcome, strong)),
                        has_noun: true,
                        open_class: false,
                    })
                }
                // `12 killed`, `two more injured`
                HeadWord::Predicate if (steps == 0 || only_fillers) && modifier_outcome.is_none() => {
                    modifier_outcome = Some((outcome, strong));
                }
                // `30 wounded` after other words ends the noun phrase.
                HeadWord::Predicate => break,
            }
        } else if modifier_outcome.is_some() {
            break;
        } else if is_person_noun(w)
            || is_demonym(token)
            || (!token.title && is_singular_person_noun(w))
            || (k > at && office_head(tokens, k))
        {
            noun = Some((k, Noun::Person));
            // `a passer-by`, `passers-by`: a person noun glued by a hyphen to a word
            // that makes one entry of the lexicon with it heads the phrase as one word
            // (the particle would otherwise end it: `by` reads as an agent).
            if let Some(next) = joined_person_noun(tokens, k) {
                noun = Some((next, Noun::Person));
                k = next + 1;
                steps += 1;
                continue;
            }
        } else if w == "and"
            && noun.is_some_and(|n| n.1 == Noun::Open)
            && token_title(tokens, k.wrapping_sub(1))
            && (token_title(tokens, k + 1)
                || key(tokens, k + 1) == "other"
                // `6 TTP and foreign militants`
                || (!is_neutral_after(key(tokens, k + 1)) && is_person_noun(key(tokens, k + 2))))
        {
            // `4 TTP and LI militants`: names coordinated inside the phrase.
        } else if is_filler(w) || matches!(w, "young" | "innocent" | "elderly") {
            // `12 more people`, `30 other civilians`
            k += 1;
            steps += 1;
            continue;
        } else if w.ends_with("ly") && tokens.get(k + 1).is_some_and(|t| t.is("-")) && glued(tokens, k + 1) && !is_neutral_after(w) {
            // `3 heavily-armed militants`: an adverb joined by a hyphen modifies
            // the next word.
        } else if noun.is_none() && tokens.get(k + 1).is_some_and(|t| t.is("-")) && glued(tokens, k + 1) && is_neutral_after(w) {
            // `3 for-hire killers`, `2 off-duty policemen`: a word that would end the
            // phrase, joined by a hyphen to the next, opens a compound modifier.
        } else if is_neutral_after(w) || is_weekday_or_month(w) || (w.ends_with("ly") && !(is_collective(w) && person_ahead(tokens, k + 1)))
        {
            // (`12 reportedly killed`; but `family` is a noun: `2 family members`)
            break;
        } else if is_not_people(w) || is_time_unit(w) {
            // `8 villages`, `90 km`, `4 years`: unless people were already named
            // (`3 school children` ends at `children`) or are named next (`2 home
            // guard personnel`, `3 bus passengers`).
            if noun.is_some_and(|n| n.1 == Noun::Person) && !person_ahead(tokens, k + 1) {
                break;
            }
            let people_next = (k + 1..k + 3)
                .take_while(|&j| tokens.get(j).is_some_and(|t| t.kind == Kind::Word))
                .any(|j| is_person_noun(key(tokens, j)) || is_singular_person_noun(key(tokens, j)) || office_head(tokens, j));
            // `2 cattle thieves`, `4 goat herders`: a noun for things modifying a
            // plural noun is a compound; the plural heads the phrase.
            let compound_head = noun.is_none()
                && tokens.get(k + 1).is_some_and(|t| {
                    let next = t.key();
                    t.kind == Kind::Word
                        && !t.title
                        && looks_plural(next)
                        && !is_not_people(next)
                        && !is_time_unit(next)
                        && !is_neutral_after(next)
                        && head_outcome(next).is_none()
                });
            if !people_next && !compound_head {
                return None;
            }
        } else if noun.is_some_and(|n| n.1 == Noun::Person) {
            // After a person noun only more person nouns continue the phrase
            // (`police officers`), or modifiers before one (`a local Awami League
            // leader`, `a Bangladeshi cattle trader`); anything else is the next phrase.
            // But a lone `a` cannot count a collective noun (`police`, `staff`): the
            // collective modifies the noun after it (`a police constable`, `a staff
            // reporter`), which heads the phrase as any other noun.
            let modifier = noun.is_some_and(|n| n.0 + 1 == k && collective_without_plural(key(tokens, n.0)))
                && matches!(key(tokens, at.wrapping_sub(1)), "a" | "an")
                && !token.title
                && !token.upper
                && !w.ends_with("ly")
                && !w.ends_with("ing")
                && !w.ends_with("ed")
                && !is_collective(w);
            if modifier {
                noun = Some((k, Noun::Open));
            } else if local_before_noun(tokens, noun.map_or(0, |n| n.0), k) {
                // `a local mukhtar and his brother`, `a local mullah`: `local` (a
                // resident, as a noun) modifies a noun no list holds; that noun
                // heads the phrase.
                noun = Some((k, Noun::Person));
            } else if !person_ahead(tokens, k) {
                break;
            }
        } else if w.ends_with("ing") || (w.ends_with("ed") && !w.ends_with("eed")) {
            // `12 fleeing civilians`, `12 armed men`, or a verb: `12 fled`
            if noun.is_some() {
                break;
            }
        } else {
            noun = Some((k, Noun::Open)); // `government soldiers`, `Congress supporters`
        }
        k += 1;
        steps += 1;
    }
    if let Some(outcome) = modifier_outcome {
        // `three dead ducks`, `two wounded horses`: the outcome word modifies a noun
        // for animals or things, which the number counts.
        let counted = |w: &str| is_not_people(w) || (is_thing_noun(w) && !is_neutral_after(w) && !is_time_unit(w));
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Word && !t.title && !t.upper && counted(t.key())) {
            return None;
        }
        // `6 injured soldiers`, `3 injured people`: the outcome word modifies a noun
        // for people, which heads the figure and joins its span; as weak evidence, so
        // that a predicate tells a later fate (`an injured agitator succumbed`).
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Word && !t.title && !t.upper && is_person_noun(t.key())) {
            return Some(Head {
                span_end: k + 1,
                context_from: k + 1,
                outcome: Some((outcome.0, false)),
                has_noun: true,
                open_class: false,
            });
        }
        // `12 killed`, `30 wounded`, `12 dead`: the number alone is the span.
        return Some(Head { context_from: at + 1, outcome: Some(outcome), ..bare });
    }
    match noun {
        // `kidnapped a farm`, `one game`: an open-class head that WordNet knows only
        // as a thing counts no people (lowercase: not a name; not before an outcome
        // noun, `two sustained bullet wounds`).
        Some((n, Noun::Open))
            if tokens.get(n).is_some_and(|t| !t.title && !t.upper && is_thing_noun(t.key()))
                && head_outcome(key(tokens, n + 1)).is_none()
                && forward_cue(key(tokens, n + 1)).is_none() =>
        {
            None
        }
        Some((n, kind)) => {
            Some(Head { span_end: n + 1, context_from: n + 1, outcome: None, has_noun: true, open_class: kind == Noun::Open })
        }
        // `2 more were injured`: the predicate search starts after the fillers.
        None => {
            let fillers = (at..).take_while(|&j| is_filler(key(tokens, j))).count();
            Some(Head { context_from: at + fillers, ..bare })
        }
    }
}

/// Whether the word at token `k`, lowercase, heads a compound after a singular
/// outcome noun: a noun for people (`hostage takers`) or another plural noun
/// (`death claims`, `death threats`), not a time (`one death yesterday`, `two deaths
/// hours later`) nor a word that ends the phrase.
fn compound_head_next(tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.kind == Kind::Word && !t.title && !t.upper) else { return false };
    let w = t.key();
    if is_neutral_after(w) || is_time_unit(w) || is_preposition(w) || head_outcome(w).is_some() || forward_cue(w).is_some() {
        return false;
    }
    is_person_noun(w) || looks_plural(w)
}

/// Whether `local` at token `at` modifies the lowercase noun at token `k` right
/// after it, a noun in neither the person nor the thing lists nor a verb form,
/// that ends the phrase (punctuation, `and`/`or`, a preposition or an auxiliary
/// after it).
fn local_before_noun(tokens: &[Token], at: usize, k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.kind == Kind::Word && !t.title && !t.upper) else { return false };
    let w = t.key();
    let ends = tokens.get(k + 1).is_none_or(|n| {
        n.kind != Kind::Word || matches!(n.key(), "and" | "or" | "was" | "were" | "is" | "has" | "had") || is_preposition(n.key())
    });
    key(tokens, at) == "local"
        && at + 1 == k
        && w.len() > 3
        && ends
        && !is_thing_noun(w)
        && !is_not_people(w)
        && !is_neutral_after(w)
        && !is_preposition(w)
        && head_outcome(w).is_none()
        && forward_cue(w).is_none()
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !w.ends_with('s')
}

/// Whether a known noun for people comes within the three words from token `from`,
/// with only words that may modify it before it (no verb, preposition, number or
/// outcome word): the phrase goes on to that noun.
fn person_ahead(tokens: &[Token], from: usize) -> bool {
    let mut j = from;
    for _ in 0..3 {
        if let Some(next) = acronym_bracket(tokens, j) {
            j = next;
        }
        let Some(t) = tokens.get(j).filter(|t| t.kind == Kind::Word) else { return false };
        let w = t.key();
        if is_person_noun(w) || (!t.title && is_singular_person_noun(w)) {
            return true;
        }
        if is_neutral_after(w) || head_outcome(w).is_some() || w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed") {
            return false;
        }
        j += 1;
    }
    false
}

/// An age at token `at` that modifies a noun after it (`30-year-old`, `54 year old`,
/// `19-years-old`): the token after `old`, when a word follows.
fn age_modifier(tokens: &[Token], at: usize) -> Option<usize> {
    // `30-year-old`, or in words: `3 nine-year-old pupils`.
    let t = tokens.get(at)?;
    (t.kind == Kind::Number || (t.kind == Kind::Word && !matches!(t.key(), "a" | "an") && super::numbers::starts_cardinal(t.key())))
        .then_some(())?;
    let mut k = at + 1;
    let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.is("-")) && glued(tokens, k);
    if hyphen(k) {
        k += 1;
    }
    matches!(key(tokens, k), "year" | "years").then_some(())?;
    k += 1;
    if hyphen(k) {
        k += 1;
    }
    (key(tokens, k) == "old" && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word)).then_some(k + 1)
}

/// The most tokens a bracketed name inside a victim phrase may hold.
const MAX_BRACKET: usize = 16;

/// The bracket that closes the one at token `open` (`(` or `[`), brackets inside it
/// matched in turn, within [`MAX_BRACKET`] tokens and before the clause ends.
fn closing_bracket(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for m in open..open + MAX_BRACKET {
        let t = tokens.get(m)?;
        if t.is("(") || t.is("[") {
            depth += 1;
        } else if t.is(")") || t.is("]") {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(m);
            }
        } else if t.ends_clause() {
            return None;
        }
    }
    None
}

/// An initialism in brackets at token `at` (`(CRPF)`, `[BSF]`): the token after
/// the closing bracket.
fn acronym_bracket(tokens: &[Token], at: usize) -> Option<usize> {
    let open = tokens.get(at)?;
    let close = if open.is("(") {
        ")"
    } else if open.is("[") {
        "]"
    } else {
        return None;
    };
    let inner = tokens.get(at + 1)?;
    (inner.kind == Kind::Word && inner.upper && inner.key().len() >= 2 && tokens.get(at + 2)?.is(close)).then_some(at + 3)
}

/// Words between a figure and its noun that add to a count without naming anyone
/// (`12 more people`, `30 other civilians`, `2 additional soldiers`).
fn is_filler(w: &str) -> bool {
    matches!(w, "more" | "other" | "additional" | "further")
}

/// A noun for a group of people with no plural ending (`police`, `staff`): a
/// figure of it counts people, but it is never one person
/// (`data/collectives_without_plural.txt`).
pub(crate) fn collective_without_plural(w: &str) -> bool {
    super::lexicon::COLLECTIVES_WITHOUT_PLURAL.contains(w)
}

/// The last token of a person noun written with a hyphen that the lexicon knows as one
/// word (`passer-by`, `passers-by`), when the word at `k` is its first part.
fn joined_person_noun(tokens: &[Token], k: usize) -> Option<usize> {
    let first = tokens.get(k)?;
    let second = tokens.get(k + 2)?;
    if !tokens.get(k + 1).is_some_and(|t| t.is("-")) || !glued(tokens, k + 1) || second.kind != Kind::Word {
        return None;
    }
    let joined = format!("{}-{}", first.key(), second.key());
    (is_person_noun(&joined) || is_singular_person_noun(&joined)).then_some(k + 2)
}

/// The singular of a plural noun for people (`teacher` for `teachers`).
pub(crate) fn is_singular_person_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(slot) = buf.get_mut(..w.len()) else { return false };
    slot.copy_from_slice(w.as_bytes());
    let Some(s) = buf.get_mut(w.len()) else { return false };
    *s = b's';
    buf.get(..=w.len()).and_then(|b| std::str::from_utf8(b).ok()).is_some_and(is_person_noun)
}

/// Whether token `i` is a word written in title case or capitals (a name's word).
pub(super) fn token_title(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper))
}

/// A capitalised plural in mixed-case text names a group of people
/// (`12 Palestinians`, `5 Kurds`): months, days and the like excepted.
fn is_demonym(token: &Token) -> bool {
    let w = token.key();
    token.title && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_weekday_or_month(w) && !is_time_unit(w)
}

fn is_weekday_or_month(w: &str) -> bool {
    is_month(w) || crate::vocab::calendar::is_weekday(w)
}

/// Units of time, which a number counts as often as people.
/// Whether lowercase word `w` has the shape of a plural noun: longer than three
/// letters, ending in `s` but not `ss` or `us` (`thieves`, `claims`; not `boss`,
/// `bus`, `virus`).
fn looks_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

fn is_time_unit(w: &str) -> bool {
    super::lexicon::TIME_UNITS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The head read after the first token, as (span text, outcome, has noun).
    fn head(text: &str) -> Option<(String, Option<Outcome>, bool)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let h = classify(&tokens, 1, false)?;
        let end = tokens[h.span_end - 1].end;
        Some((text[..end].to_string(), h.outcome.map(|o| o.0), h.has_noun))
    }

    #[test]
    fn person_nouns_join_the_span() {
        assert_eq!(head("12 civilians were"), Some(("12 civilians".into(), None, true)));
        assert_eq!(head("12 Syrian army soldiers"), Some(("12 Syrian army soldiers".into(), None, true)));
        assert_eq!(head("12 pro-government fighters"), Some(("12 pro-government fighters".into(), None, true)));
        assert_eq!(head("12 Palestinians"), Some(("12 Palestinians".into(), None, true)));
        assert_eq!(head("12 wounded soldiers").map(|h| h.1), Some(Some(Outcome::Injured)));
    }

    #[test]
    fn ages_and_hyphenated_modifiers_stay_inside_the_phrase() {
        assert_eq!(head("2 19-year-old students were"), Some(("2 19-year-old students".into(), None, true)));
        assert_eq!(head("2 19 year old students were"), Some(("2 19 year old students".into(), None, true)));
        assert_eq!(head("3 off-duty policemen were"), Some(("3 off-duty policemen".into(), None, true)));
    }

    #[test]
    fn outcome_words() {
        assert_eq!(head("12 dead"), Some(("12".into(), Some(Outcome::Killed), false)));
        assert_eq!(head("150 casualties"), Some(("150 casualties".into(), Some(Outcome::Casualties), true)));
        assert_eq!(head("12 bodies"), Some(("12 bodies".into(), Some(Outcome::Killed), true)));
    }

    #[test]
    fn other_nouns_reject() {
        for text in ["8 villages", "90 km", "20 countries", "12 Syrian villages", "4 years", "18 Months"] {
            assert_eq!(head(text), None, "{text}");
        }
    }

    #[test]
    fn open_class_heads_are_marked() {
        let mut tokens = Vec::new();
        tokenize("4 sarpanches were", &mut tokens); // in no list (`herders` is WordNet's now)
        let h = classify(&tokens, 1, false).unwrap();
        assert!(h.has_noun && h.open_class);
        tokens.clear();
        tokenize("4 soldiers were", &mut tokens);
        assert!(!classify(&tokens, 1, false).unwrap().open_class);
        tokens.clear();
        tokenize("2 home guard personnel were", &mut tokens);
        assert_eq!(classify(&tokens, 1, false).map(|h| (h.span_end, h.open_class)), Some((4, false)));
    }

    #[test]
    fn neutral_words_leave_no_head() {
        assert_eq!(head("12 in Aleppo"), Some(("12".into(), None, false)));
        assert_eq!(head("12 on Sunday"), Some(("12".into(), None, false)));
        assert_eq!(head("12 Tuesday"), Some(("12".into(), None, false)));
    }
}
