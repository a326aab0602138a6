//! What happened to the people a figure counts, read from the words around it.
//!
//! Three searches, each bounded by the clause (a sentence end, `;`, `:` or a line
//! break) and by a few glue words, never by distance alone:
//!
//! - [`backward`]: a verb or noun that governs the figure (`killed [12]`, `wounding
//!   [30]`, `the lives of [12]`, `shot dead [5]`), or a verb that vetoes it
//!   (`released [12 hostages]`);
//! - [`forward`]: a predicate after it (`[12 people] were killed`, `[12] died`,
//!   `[5] remain missing`, `[12 people] in Aleppo were taken hostage`), skipping a
//!   parenthesis (`, including 5 children,`), but not an active verb with an object
//!   (`[12 gunmen] killed 5 civilians`);
//! - [`toll`]: a running total (`the death toll rose to [45]`, `the number of people
//!   killed has risen to [45]`).

use std::fmt;

use super::lexicon::{
    forward_cue, head_outcome, is_backward_glue, is_forward_glue, is_passive_aux, is_person_noun, is_preposition, is_toll_link,
    is_toll_word, is_transitive, is_veto_verb, is_victim_link, is_violent_participle, noun_of_cue, verb_cue, BLOW_UP_VERBS, INTENT_WORDS,
    OWN_CLAUSE_STOPS, REFLEXIVES, SAYING, SELF_KILLING_VERBS,
};
use super::numbers::starts_cardinal;
use super::tokens::{key, Kind, Token};

/// The `OUTCOME` part of a casualty value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// `killed`: killed, dead, died, executed, bodies found.
    Killed,
    /// `injured`: wounded, injured, hurt.
    Injured,
    /// `missing`.
    Missing,
    /// `abducted`: kidnapped, abducted, taken hostage.
    Abducted,
    /// `casualties`: harmed, without saying how.
    Casualties,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Killed => "killed",
            Outcome::Injured => "injured",
            Outcome::Missing => "missing",
            Outcome::Abducted => "abducted",
            Outcome::Casualties => "casualties",
        })
    }
}

/// What the words before a figure say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// A governing cue.
    Cue(Outcome),
    /// A verb whose object is people not harmed.
    Veto,
    /// Another verb governs the figure (`deployed 2,000`): it shares no predicate.
    OtherVerb,
    /// Nothing that bears on it.
    Nothing,
}

/// What the words after a figure say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum After {
    /// A predicate with an outcome.
    Cue(Outcome),
    /// A predicate without one (`were deployed`, `fled`): nothing to inherit either.
    OtherVerb,
    /// Nothing that bears on it.
    Nothing,
}

/// `shot dead`, `gunned down`: a verb and the word after it that together say killed.
pub(crate) fn is_shot_dead(verb: &str, next: &str) -> bool {
    matches!((verb, next), ("shot", "dead") | ("gunned", "down"))
}

fn word_at<'t>(tokens: &[Token<'t>], i: Option<usize>) -> &'t str {
    i.map_or("", |i| key(tokens, i))
}

/// `aged 17`, `aged 17 and 20` at token `k`: the token after the ages.
pub(crate) fn ages_after(tokens: &[Token], k: usize) -> Option<usize> {
    let number = |j: usize| tokens.get(j).is_some_and(|t| t.kind == Kind::Number);
    (key(tokens, k) == "aged" && number(k + 1)).then_some(())?;
    Some(match second_named_number(tokens, k, |w| w == "aged") {
        Some(second) if number(second) => second + 1,
        _ => k + 2,
    })
}

/// `aged 17 and 20`, `Route 5 or 6`: a word at token `k` that `names` accepts, a number,
/// and `and` or `or`: the token of the second number the word names (not checked: it
/// may be a number word). The one reading of such a pair, for the ages a predicate
/// search steps over ([`ages_after`]) and for the figure that is no count
/// (`names_or_dates`).
pub(crate) fn second_named_number(tokens: &[Token], k: usize, names: impl Fn(&str) -> bool) -> Option<usize> {
    let number = tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Number);
    (names(key(tokens, k)) && number && matches!(key(tokens, k + 2), "and" | "or")).then_some(k + 3)
}

/// Whether the verb of dying at `k` has a natural cause (`died of a heart attack`,
/// `died from natural causes`): `of`, `from` or `after`, then a word of
/// `data/natural_causes.txt` within three words, or `after falling ill`. A place of
/// detention may come between (`died in police custody of natural causes`, `died in
/// prison after a long illness`; s18-tolls, round 18).
fn died_naturally(tokens: &[Token], k: usize) -> bool {
    if !matches!(key(tokens, k), "died" | "dies" | "die") {
        return false;
    }
    let mut at = k + 1;
    if key(tokens, at) == "in" {
        let place = (at + 1..at + 4).find(|&j| matches!(key(tokens, j), "custody" | "detention" | "prison" | "jail" | "cell"));
        at = match place {
            Some(j) => j + 1,
            None => return false,
        };
    }
    let link = key(tokens, at);
    let cause =
        matches!(link, "of" | "from" | "after") && (at + 1..at + 4).any(|j| super::lexicon::NATURAL_CAUSES.contains(key(tokens, j)));
    cause || (link == "after" && matches!(key(tokens, at + 1), "falling" | "fell" | "becoming" | "became") && key(tokens, at + 2) == "ill")
}

/// A verb of wounding that `fatally` makes a killing (`fatally shot`, `fatally
/// wounding`, `fatally stabbed`).
pub(crate) fn is_fatal_participle(w: &str) -> bool {
    matches!(w, "shot" | "shooting" | "stabbed" | "stabbing" | "hit" | "struck" | "beaten" | "beating")
        || forward_cue(w) == Some(Outcome::Injured)
        || matches!(verb_cue(w), Some(Outcome::Injured))
        || is_violent_participle(w)
}

pub(crate) fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w != "only"
}

/// Reads the words before a figure whose first token is `start`.
pub(crate) fn backward(tokens: &[Token], start: usize) -> Before {
    let mut p = start.checked_sub(1);
    // Glue between a verb and its object: `killed another 12`, `killing a total of 12`.
    for _ in 0..4 {
        let Some(i) = p else { break };
        let w = key(tokens, i);
        if is_backward_glue(w) || is_adverb(w) {
            p = i.checked_sub(1);
        } else if w == "of" && key(tokens, i.wrapping_sub(1)) == "total" && key(tokens, i.wrapping_sub(2)) == "a" {
            p = i.checked_sub(3);
        } else if w == "a" && matches!(key(tokens, i + 1), "further" | "total") {
            p = i.checked_sub(1);
        } else if is_quote(tokens, i) && i >= 2 && is_quote(tokens, i - 2) && verb_cue(key(tokens, i - 1)).is_some() {
            // `had "neutralised" 19 militants`: a cue in quotation marks (the
            // writer keeps the source's word) governs the figure all the same.
            p = Some(i - 1);
            break;
        } else {
            break;
        }
    }
    let Some(i) = p else { return Before::Nothing };
    let Some(token) = tokens.get(i) else { return Before::Nothing };
    let w = token.key();
    if token.kind == Kind::Word {
        if let Some(outcome) = named_group(tokens, i) {
            return Before::Cue(outcome);
        }
        // `beating to death 13 policemen`, `stoned to death 2 women`
        if w == "death" && word_at(tokens, i.checked_sub(1)) == "to" {
            let verb = word_at(tokens, i.checked_sub(2));
            // Irregular past forms too: `shot to death the secretary`, `put to death 3 men`.
            if verb_cue(verb).is_some()
                || verb.ends_with("ing")
                || verb.ends_with("ed")
                || matches!(verb, "shot" | "beat" | "put" | "burnt" | "struck")
            {
                return Before::Cue(Outcome::Killed);
            }
        }
        // `fatally shot 2 men`, `fatally wounding a guard`: the wound killed.
        if word_at(tokens, i.checked_sub(1)) == "fatally" && is_fatal_participle(w) {
            if w.ends_with("ing") || !i.checked_sub(2).is_some_and(|j| is_passive_aux(key(tokens, j))) {
                return Before::Cue(Outcome::Killed);
            }
            return Before::Nothing;
        }
        if let Some(outcome) = verb_cue(w) {
            // `one demonstrator was killed two others injured`: a passive participle
            // is the predicate of the subject before it and governs no object.
            if w.ends_with("ed") && i.checked_sub(1).is_some_and(|j| is_passive_aux(key(tokens, j))) {
                return Before::Nothing;
            }
            // `threatened to kill 5 hostages`, `a reward for killing a teacher`: a
            // killing intended, threatened or tried is no event.
            if matches!(word_at(tokens, i.checked_sub(1)), "to" | "for") && INTENT_WORDS.contains(word_at(tokens, i.checked_sub(2))) {
                return Before::Veto;
            }
            // `posted threats on social media to kill 20 students`: the intent word
            // a few words before `to`, only words between.
            if word_at(tokens, i.checked_sub(1)) == "to" && intent_before_to(tokens, i - 1) {
                return Before::Veto;
            }
            // `killed or wounded 30`
            // `beat and abducted a farmer`: a beating before another fate is no list
            // of fates; the last one counts.
            let beaten_first = super::lexicon::is_beat(word_at(tokens, i.checked_sub(2)));
            let other = i.checked_sub(2).and_then(|j| verb_cue(key(tokens, j))).filter(|_| !beaten_first);
            if matches!(word_at(tokens, i.checked_sub(1)), "or" | "and") && other.is_some_and(|o| o != outcome) {
                return Before::Cue(Outcome::Casualties);
            }
            return Before::Cue(outcome);
        }
        if is_veto_verb(w) {
            return Before::Veto;
        }
        if w == "of" {
            let noun = word_at(tokens, i.checked_sub(1));
            if let Some(outcome) = noun_of_cue(noun) {
                let saved = (2..=3).any(|d| super::lexicon::RESCUE_VERBS.contains(word_at(tokens, i.checked_sub(d))));
                // `planned the kidnapping of`, `a foiled abduction of`: a plan or an
                // attempt, not an event.
                let planned = (2..=3).any(|d| is_planned(word_at(tokens, i.checked_sub(d))));
                return if saved || planned { Before::Veto } else { Before::Cue(outcome) };
            }
            return Before::Nothing;
        }
        if w == "dead" && matches!(word_at(tokens, i.checked_sub(1)), "shot" | "shooting" | "shoots") {
            return Before::Cue(Outcome::Killed);
        }
        if w == "down" && matches!(word_at(tokens, i.checked_sub(1)), "gunned" | "mowed" | "cut") {
            return Before::Cue(Outcome::Killed);
        }
        // `burnt alive two children`
        if w == "alive" && is_buried_or_burnt(word_at(tokens, i.checked_sub(1))) {
            return Before::Cue(Outcome::Killed);
        }
        // `gunmen seized 4 soldiers`, `bandits snatched 3 fishermen`: people taken by
        // force are abducted when the takers are no force of the state (`police seized
        // 3 men` is an arrest, which is no casualty).
        if matches!(w, "seized" | "snatched" | "captured") && taken_by_non_state(tokens, i) {
            return Before::Cue(Outcome::Abducted);
        }
        let looks_verbal = w.ends_with("ed") || w.ends_with("ing");
        // `killed, wounded or captured 40 fighters`: a list of fates joined by `or`
        // whose last is no outcome cue is still no count of one.
        if looks_verbal && word_at(tokens, i.checked_sub(1)) == "or" && verb_cue(word_at(tokens, i.checked_sub(2))).is_some() {
            return Before::Cue(Outcome::Casualties);
        }
        if looks_verbal && !token.title && !is_toll_link(w) {
            return Before::OtherVerb;
        }
        return Before::Nothing;
    }
    if token.is(":") {
        // `Death toll: 45`, `Dead: 12`, `Injured: 30`
        let label = word_at(tokens, i.checked_sub(1));
        if let Some((outcome, _, _)) = head_outcome(label) {
            return Before::Cue(outcome);
        }
        if let Some(outcome) = forward_cue(label) {
            return Before::Cue(outcome);
        }
        if super::lexicon::is_toll_or_tally(label) {
            return Before::Cue(toll_outcome(tokens, i.saturating_sub(1), None));
        }
    }
    Before::Nothing
}

/// A word that makes a noun of killing or abduction after it a plan or an attempt
/// (`planned the kidnapping of`, `the attempted murder of`, `foiled the abduction of`):
/// `data/plan_words.txt`.
fn is_planned(w: &str) -> bool {
    super::lexicon::PLAN_WORDS.contains(w)
}

/// The group a figure is named as part of, by the linking verb at token `i` and the
/// words before it: `Among the dead was [a monk]`, `The dead included [5 soldiers]`,
/// `the injured were [3 children]`, `among those killed were [2 nurses]`. The group
/// word gives the outcome.
pub(crate) fn named_group(tokens: &[Token], i: usize) -> Option<Outcome> {
    if !matches!(key(tokens, i), "was" | "were" | "is" | "are" | "included" | "include" | "includes") {
        return None;
    }
    let outcome = match word_at(tokens, i.checked_sub(1)) {
        "dead" | "killed" | "fatalities" => Outcome::Killed,
        "injured" | "wounded" => Outcome::Injured,
        "missing" => Outcome::Missing,
        "abducted" | "kidnapped" | "hostages" => Outcome::Abducted,
        _ => return None,
    };
    // `One of the dead was a street vendor`: a part of the group is the subject; the
    // phrase after the verb renames it, it names no other victim.
    let partitive = word_at(tokens, i.checked_sub(3)) == "of";
    (matches!(word_at(tokens, i.checked_sub(2)), "the" | "those") && !partitive).then_some(outcome)
}

/// Most words between an intent word and the `to` (token `to`) of its infinitive.
const INTENT_REACH: usize = 5;

/// Whether an intent word (`data/intent_words.txt`) stands within [`INTENT_REACH`]
/// words before token `to`, with only words between (`threatening on social media
/// to kill`, `made threats against the family to kill`).
fn intent_before_to(tokens: &[Token], to: usize) -> bool {
    for d in 2..=INTENT_REACH + 1 {
        let Some(t) = to.checked_sub(d).and_then(|j| tokens.get(j)) else { return false };
        if t.kind != Kind::Word {
            return false;
        }
        if INTENT_WORDS.contains(t.key()) {
            return true;
        }
    }
    false
}

/// Whether token `i` is a quotation mark: `"`, `'`, or a curly one (non-ASCII
/// punctuation of three bytes has no key; a dash between a cue and a figure
/// would need another on the cue's other side as well).
fn is_quote(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Punct && (matches!(t.key(), "\"" | "'") || (t.key().is_empty() && t.end - t.start == 3)))
}

/// `to death` at token `k` (`beat 3 men to death`).
pub(crate) fn to_death(tokens: &[Token], k: usize) -> bool {
    key(tokens, k) == "to" && key(tokens, k + 1) == "death"
}

/// A passive `beaten` opening the predicate from token `from` (`a guard was beaten`,
/// `were badly beaten by a mob`): the victims are injured when no other fate follows.
pub(crate) fn beaten_passive(tokens: &[Token], from: usize) -> bool {
    let mut k = from;
    for _ in 0..3 {
        let w = key(tokens, k);
        if matches!(w, "was" | "were" | "been" | "got" | "is" | "are" | "being")
            || is_adverb(w)
            || matches!(w, "also" | "reportedly" | "allegedly" | "later" | "then")
        {
            k += 1;
            continue;
        }
        break;
    }
    k > from && key(tokens, k) == "beaten"
}

/// An injury told as its care or its wound, in the predicate from token `from`:
/// `were treated at a hospital`, `was rushed to a clinic`, `were admitted to
/// hospital`, `sustained injuries`, `suffered a leg wound`. Not `taken to a clinic`
/// alone (a row of round 11: no fate is told).
pub(crate) fn hurt_told_as_care(tokens: &[Token], from: usize) -> bool {
    let mut k = from;
    let mut passive = false;
    let mut still = false;
    for _ in 0..3 {
        let w = key(tokens, k);
        still |= w == "still";
        if matches!(w, "was" | "were" | "been" | "are" | "is" | "being") {
            passive = true;
        } else if !(is_adverb(w) || matches!(w, "also" | "later" | "then" | "reportedly" | "still")) {
            break;
        }
        k += 1;
    }
    // `were assaulted and treated at a clinic`: a blow told before its care.
    if passive && is_blow(key(tokens, k)) && key(tokens, k + 1) == "and" {
        k += 2;
    }
    let w = key(tokens, k);
    let near = |words: &[&str]| (k + 1..k + 5).any(|j| words.contains(&key(tokens, j)));
    match w {
        // `were taken to Donka hospital`, `was evacuated to a clinic`
        "treated" | "rushed" | "admitted" | "taken" | "evacuated" | "airlifted" if passive => {
            near(&["hospital", "hospitals", "clinic", "clinics"]) || (w == "treated" && key(tokens, k + 1) == "for")
        }
        // `78 treated for gunshot wounds`: a headline's reduced passive, told with its wound.
        "treated" => care_for_wounds(tokens, k + 1),
        "sustained" | "suffered" | "sustaining" | "suffering" => near(&WOUND_NOUNS),
        // `His wife received cuts to the arms`: a wound received (not `received
        // threats`).
        "received" | "receiving" if !passive => near(&WOUND_NOUNS),
        // `A seventh family member survived with burns`: a survival told with its wound.
        "survived" | "survives" if key(tokens, k + 1) == "with" => near(&WOUND_NOUNS),
        "lost" if !passive => lost_body_part(tokens, k + 1),
        // `One student was hit by a rubber bullet`, `struck by shrapnel`: a blow
        // told by what hit (not `hit by a car`, `by the crisis`).
        "hit" | "struck" if passive && key(tokens, k + 1) == "by" => near(&PROJECTILES),
        // `One student remained in critical condition`, `is in a serious condition`
        // `Another 3 residents remain in hospital`, `Two of his colleagues remain
        // admitted at Kitwe Central Hospital`: still in care.
        "remained" | "remains" | "remain" => {
            in_grave_condition(tokens, k + 1)
                || matches!(key(tokens, k + 1), "admitted" | "hospitalised" | "hospitalized")
                || (key(tokens, k + 1) == "in" && matches!(key(tokens, k + 2), "hospital" | "hospitals"))
        }
        // `was still in intensive care`, `were still in hospital`: still in care.
        "in" if passive => in_grave_condition(tokens, k) || (still && matches!(key(tokens, k + 1), "hospital" | "hospitals")),
        _ => passive && wound_on_body(tokens, k),
    }
}

/// [`hurt_told_as_care`] in the main predicate after a relative clause that opens at
/// token `from` (`a driver who tried to flee was shot in the leg`, `a guard, who
/// had opened the gate, was taken to hospital with stab wounds`).
pub(crate) fn hurt_after_relative(tokens: &[Token], from: usize) -> bool {
    let comma = tokens.get(from).is_some_and(|t| t.is(","));
    let who = from + usize::from(comma);
    if key(tokens, who) != "who" {
        return false;
    }
    let main = if comma {
        (who + 1..who + 1 + MAX_NONRESTRICTIVE)
            .find(|&m| tokens.get(m).is_none_or(|t| t.is(",") || t.ends_clause()))
            .filter(|&m| tokens.get(m).is_some_and(|t| t.is(",")))
            .map(|m| m + 1)
    } else {
        let mut v = who + 1;
        while matches!(key(tokens, v), "was" | "were" | "had" | "has" | "have" | "is" | "are") {
            v += 1;
        }
        main_predicate(tokens, v + 1)
    };
    main.is_some_and(|j| hurt_told_as_care(tokens, j))
}

/// `in critical condition`, `in a serious condition`, `in intensive care` from token `k`: a patient's
/// state that tells an injury (not `stable`, `good`: a wound they tell is no more
/// than care does, and they follow other states too).
fn in_grave_condition(tokens: &[Token], k: usize) -> bool {
    let a = usize::from(key(tokens, k + 1) == "a");
    let condition = matches!(key(tokens, k + 1 + a), "critical" | "serious" | "grave") && key(tokens, k + 2 + a) == "condition";
    // `remains in intensive care`
    let care = key(tokens, k + 1) == "intensive" && key(tokens, k + 2) == "care";
    key(tokens, k) == "in" && (condition || care)
}

/// What hits a person in a blow that tells a wound (`hit by a stray bullet`).
const PROJECTILES: [&str; 6] = ["bullet", "bullets", "pellet", "pellets", "shrapnel", "gunfire"];

/// The nouns of a wound that tell care or suffering as an injury.
const WOUND_NOUNS: [&str; 7] = ["injuries", "injury", "wounds", "wound", "burns", "cuts", "cut"];

/// `for` at token `k` with a wound after it within four words (`treated [11 people] for
/// arrow and gunshot wounds`; not `for malaria`).
pub(crate) fn care_for_wounds(tokens: &[Token], k: usize) -> bool {
    key(tokens, k) == "for" && (k + 1..k + 5).any(|j| WOUND_NOUNS.contains(&key(tokens, j)))
}

/// A blow placed on the body at token `k` (`shot in the leg`, `hit in the head`,
/// `cut on his arm`, `stabbed in the left thigh`): a violent participle, `in`/`on`,
/// a determiner and, within two words, a part of the body (WordNet's,
/// `data/body_parts_wordnet.txt`). The place of the wound tells an injury where
/// `shot` alone tells none.
fn wound_on_body(tokens: &[Token], k: usize) -> bool {
    let w = key(tokens, k);
    let blow = matches!(w, "shot" | "hit" | "stabbed" | "cut" | "struck" | "slashed") || super::lexicon::is_violent_participle(w);
    blow && on_body_part(tokens, k + 1)
}

/// `in the leg`, `on his head`, `in both arms` from token `k`: where a blow landed.
pub(crate) fn on_body_part(tokens: &[Token], k: usize) -> bool {
    let part = |j: usize| is_body_part(tokens, j);
    matches!(key(tokens, k), "in" | "on")
        && matches!(key(tokens, k + 1), "the" | "his" | "her" | "their" | "both")
        && (part(k + 2) || part(k + 3))
}

/// Whether token `j` names a part of the body, singular or plural (WordNet's,
/// `data/body_parts_wordnet.txt`): where a blow landed ([`wound_on_body`]) or what was
/// lost ([`lost_body_part`]).
fn is_body_part(tokens: &[Token], j: usize) -> bool {
    let p = key(tokens, j);
    super::lexicon::BODY_PARTS.contains(p) || p.strip_suffix('s').is_some_and(|s| super::lexicon::BODY_PARTS.contains(s))
}

/// The subject right before `seized`/`snatched`/`captured` (token `i`) is a plural
/// noun of people who are no force of the state (`gunmen`, `rebels`, `bandits`, `illegal
/// miners`); police, soldiers, troops or other forces (`data/state_forces.txt`)
/// arrest, which is no casualty.
fn taken_by_non_state(tokens: &[Token], i: usize) -> bool {
    let subject = word_at(tokens, i.checked_sub(1));
    let plural = subject.ends_with('s') || subject.ends_with("men");
    plural && !super::lexicon::STATE_FORCES.contains(subject) && super::lexicon::is_person_noun(subject)
}

/// The most words of an agent after `by` before its head noun.
const AGENT_REACH: usize = 4;

/// The agent after `by` from token `from` (`armed men`, `FARC dissidents`, `suspected
/// bandits`): words only, the first plural noun of people its head, and that head
/// and every word before it no force of the state (`data/state_forces.txt`: not `by
/// the army`, `by border guards`).
fn taken_by_agent(tokens: &[Token], from: usize) -> bool {
    for j in from..from + AGENT_REACH {
        let Some(t) = tokens.get(j).filter(|t| t.kind == Kind::Word) else { return false };
        let w = t.key();
        if super::lexicon::STATE_FORCES.contains(w) {
            return false;
        }
        if taken_by_non_state(tokens, j + 1) {
            return true;
        }
    }
    false
}

/// A part of the body lost from token `k` (`lost an eye`, `lost a leg`, `lost both
/// hands`, `lost his left arm`): an article or number, or a possessive with a side,
/// then a part of the body (WordNet's, `data/body_parts_wordnet.txt`). Not `lost
/// his head` or `lost face` (no article, no side).
pub(super) fn lost_body_part(tokens: &[Token], k: usize) -> bool {
    let part = |j: usize| is_body_part(tokens, j);
    match key(tokens, k) {
        "a" | "an" | "one" | "both" | "two" => part(k + 1) || (matches!(key(tokens, k + 1), "left" | "right") && part(k + 2)),
        "his" | "her" | "their" => matches!(key(tokens, k + 1), "left" | "right") && part(k + 2),
        _ => false,
    }
}

/// The outcome a `toll` at token `at` stands for: `casualty toll` is casualties,
/// `injury toll` injured, otherwise an outcome word near it, else killed.
fn toll_outcome(tokens: &[Token], at: usize, seen: Option<Outcome>) -> Outcome {
    match word_at(tokens, at.checked_sub(1)) {
        "casualty" | "casualties" => Outcome::Casualties,
        "injury" | "injuries" => Outcome::Injured,
        "death" | "deaths" | "fatality" => Outcome::Killed,
        _ => seen.unwrap_or(Outcome::Killed),
    }
}

/// The most tokens between a toll word and the link before its figure (`the death
/// toll from Tuesday's air strike on a migrant detention centre in Tajoura rose to
/// 53`: 16).
const MAX_TOLL_REACH: usize = 20;

/// A running total before the figure whose first token is `start`: `the death toll
/// rose to 45`, `put the toll at 45`, `the number of dead reached 45`.
pub(crate) fn toll(tokens: &[Token], start: usize) -> Option<Outcome> {
    let link = start.checked_sub(1)?;
    if let Some(outcome) = outcome_noun_numbered(tokens, link) {
        return Some(outcome);
    }
    if !is_toll_link(key(tokens, link)) {
        return None;
    }
    let (i, seen) = toll_word_before(tokens, link)?;
    match key(tokens, i) {
        "toll" | "tolls" | "tally" => Some(toll_outcome(tokens, i, seen)),
        _ => seen,
    }
}

/// The most words between `the number of` and the cue participle of its group.
const NUMBER_OF_REACH: usize = 6;

/// `bringing to 47 the number of people killed`, `raised to 12 the number of soldiers
/// killed by mines`: a count right before `the number of`, a group and a cue
/// participle (within [`NUMBER_OF_REACH`] words, no clause end between) counts that
/// toll; `end` is the token after the count.
pub(crate) fn number_of_after(tokens: &[Token], end: usize) -> Option<Outcome> {
    if !(key(tokens, end) == "the" && key(tokens, end + 1) == "number" && key(tokens, end + 2) == "of") {
        return None;
    }
    for j in end + 4..end + 4 + NUMBER_OF_REACH {
        let t = tokens.get(j).filter(|t| t.kind == Kind::Word)?;
        if let Some(outcome) = forward_cue(t.key()) {
            return Some(outcome);
        }
    }
    None
}

/// The toll word a search back from link token `link` reaches (within its clause,
/// no number between), with the first outcome word seen on the way.
fn toll_word_before(tokens: &[Token], link: usize) -> Option<(usize, Option<Outcome>)> {
    let mut seen = None;
    let mut i = link;
    for _ in 0..MAX_TOLL_REACH {
        i = i.checked_sub(1)?;
        let token = tokens.get(i)?;
        // Numbers end the search, but for `rose from 12 to 45` and a year (`the toll in
        // the 2010 earthquake was 230,000`).
        let skippable = key(tokens, i.wrapping_sub(1)) == "from" || token.end - token.start == 4;
        if token.ends_clause() || (token.kind == Kind::Number && !skippable) {
            return None;
        }
        let w = token.key();
        if is_toll_word(w) {
            return Some((i, seen));
        }
        if seen.is_none() {
            seen = head_outcome(w).map(|h| h.0).or_else(|| forward_cue(w));
        }
    }
    None
}

/// `put the figure at around 30`, `revising the figure to 35`, `a lower figure of
/// 26 civilians`: a figure told through `figure` with no outcome word of its own; it
/// restates a count told before it (`casualties.rs`, `restated_counts`).
pub(crate) fn bare_figure_before(tokens: &[Token], start: usize) -> bool {
    let Some(link) = start.checked_sub(1) else { return false };
    is_toll_link(key(tokens, link))
        && toll_word_before(tokens, link).is_some_and(|(i, seen)| seen.is_none() && matches!(key(tokens, i), "figure" | "figures"))
}

/// `the dead numbered 4`, `Fatalities were put at 6`, `the injured totalled 30`:
/// a plural outcome noun as the subject of a verb that states its number (link
/// token `link`, right before the figure). The noun is no toll word, but it names
/// the count as a toll does.
fn outcome_noun_numbered(tokens: &[Token], link: usize) -> Option<Outcome> {
    let mut i = match key(tokens, link) {
        "numbered" | "number" | "totalled" | "totaled" | "totalling" | "totaling" => link,
        "at" if matches!(word_at(tokens, link.checked_sub(1)), "put" | "placed" | "stood" | "stand" | "stands") => link - 1,
        // `police put the dead at 86`, `officials placed the number of injured at
        // 40`: the active form, the noun between the verb and `at`.
        "at" if (2..=4).any(|d| {
            link.checked_sub(d).is_some_and(|v| {
                matches!(word_at(tokens, Some(v)), "put" | "puts" | "putting" | "placed" | "places" | "placing")
                    && word_at(tokens, Some(v + 1)) == "the"
                    && (v + 2..link).all(|j| matches!(key(tokens, j), "number" | "of") || j + 1 == link)
            })
        }) =>
        {
            link
        }
        _ => return None,
    };
    for _ in 0..2 {
        match word_at(tokens, i.checked_sub(1)) {
            "were" | "was" | "are" | "is" | "have" | "has" | "been" => i -= 1,
            _ => break,
        }
    }
    let noun = word_at(tokens, i.checked_sub(1));
    match noun {
        "dead" | "deaths" | "fatalities" | "killed" => Some(Outcome::Killed),
        "injured" | "wounded" | "injuries" => Some(Outcome::Injured),
        "casualties" => Some(Outcome::Casualties),
        "missing" => Some(Outcome::Missing),
        _ => None,
    }
}

/// `burnt alive`, `burned alive`, `buried alive`: killed (`data/alive_verbs.txt`).
fn is_buried_or_burnt(w: &str) -> bool {
    super::lexicon::ALIVE_VERBS.contains(w)
}

/// Whether an object follows a verb at token `i`: `killed 5`, `killed the`, `killed
/// dozens`, `killed civilians`. Not a number with its own fate (`1 soldier killed 5
/// injured`, a headline's second figure).
fn object_follows(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else { return false };
    if token.kind == Kind::Number {
        let own_fate = head_outcome(key(tokens, i + 1)).is_some_and(|(o, _, _)| o != Outcome::Killed);
        return !own_fate;
    }
    let w = key(tokens, i);
    matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "several" | "many")
        || starts_cardinal(w)
        || is_person_noun(w)
        || (w == "at" && key(tokens, i + 1) == "least")
        || (w == "more" && key(tokens, i + 1) == "than")
}

/// Words that open an aside the forward search steps over
/// (`12 people, including 5 children, were killed`).
fn opens_aside(w: &str) -> bool {
    super::lexicon::ASIDE_OPENERS.contains(w) || is_victim_link(w)
}

/// Whether the cue at token `k` is one of a list of fates joined by `or`
/// (`killed or wounded`, `killed, injured or captured`, `died or are missing`).
fn listed_with_other_fates(tokens: &[Token], k: usize, outcome: Outcome) -> bool {
    let mut saw_or = false;
    let mut other = false;
    for j in k + 1..k + 8 {
        let Some(token) = tokens.get(j) else { break };
        let w = token.key();
        if token.is(",") || w == "and" || (token.kind == Kind::Word && is_forward_glue(w)) {
            continue;
        }
        if w == "or" {
            saw_or = true;
            continue;
        }
        if token.kind != Kind::Word {
            break;
        }
        match forward_cue(w) {
            Some(o) if o != outcome => other = true,
            Some(_) => {}
            None if super::lexicon::OTHER_FATES.contains(w) => other = true,
            None => break,
        }
    }
    other && (saw_or || matches!(key(tokens, k + 1), "or" | "and"))
    // `kidnapped and killed`: with `and`, death is the last fate.
}

/// A participle used as an adjective inside a phrase: followed by a name or a noun
/// rather than by a preposition or the end (`of the outlawed Party`).
fn is_attributive(tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|t| {
        t.kind == Kind::Word && (t.title || t.upper || !(is_forward_glue(t.key()) || is_preposition(t.key()) || t.key() == "by"))
    })
}

/// Reads the words after a figure, from token `from`.
pub(crate) fn forward(tokens: &[Token], from: usize) -> After {
    let found = forward_predicate(tokens, from);
    if !matches!(found, After::Cue(_)) && kills_itself(tokens, from) {
        return After::Cue(Outcome::Killed);
    }
    found
}

/// Whether the figure's own clause says it killed itself: a killing verb with a
/// reflexive object (`2 bombers detonated their vests, killing only themselves`) or
/// `blew himself up`, within [`MAX_PRONOUN`] tokens after token `from`, before the
/// clause or sentence ends, another clause opens (`before`, `when`, …) or a
/// pronoun subject or another number comes. The agent is then the victim.
fn kills_itself(tokens: &[Token], from: usize) -> bool {
    for j in from..from + MAX_PRONOUN {
        let Some(token) = tokens.get(j) else { return false };
        if token.ends_clause() || token.kind == Kind::Number {
            return false;
        }
        let w = token.key();
        // Another clause, or another subject: `stopped the attacker before he could
        // blow himself up` is not the figure's own fate.
        if OWN_CLAUSE_STOPS.contains(w) {
            return false;
        }
        let blew = BLOW_UP_VERBS.contains(w);
        if blew || SELF_KILLING_VERBS.contains(w) {
            let r = if key(tokens, j + 1) == "only" { j + 2 } else { j + 1 };
            if REFLEXIVES.contains(key(tokens, r)) && (!blew || key(tokens, r + 1) == "up") {
                return true;
            }
        }
        // `the gunman then shot himself`, `shot himself dead`: a shooter's suicide;
        // not a wound placed (`shot himself in the leg`, `in the foot`).
        if matches!(w, "shot" | "shoots") && REFLEXIVES.contains(key(tokens, j + 1)) && key(tokens, j + 2) != "in" {
            return true;
        }
    }
    false
}

/// [`forward`]'s search for the figure's predicate.
fn forward_predicate(tokens: &[Token], from: usize) -> After {
    let mut k = from;
    // A bracket after the figure is an aside: `4 villagers (3 women and a boy) died`.
    if let Some(token) = tokens.get(k).filter(|t| t.is("(") || t.is("[")) {
        let close = if token.is("(") { ")" } else { "]" };
        match (k + 1..k + 24).find(|&m| tokens.get(m).is_none_or(|t| t.is(close))) {
            Some(m) if tokens.get(m).is_some() => k = m + 1,
            _ => return After::Nothing,
        }
    }
    // `3 villagers' bodies were found`: the bodies of the people counted.
    if tokens.get(k).is_some_and(|t| t.is("'") || t.is("’")) {
        let noun = if key(tokens, k + 1) == "s" { k + 2 } else { k + 1 };
        if matches!(key(tokens, noun), "bodies" | "body" | "corpses" | "remains") {
            return After::Cue(Outcome::Killed);
        }
    }
    // `3 tribals of Kalahandi, out in the forest, were shot dead`: a place or group
    // named after the phrase, before an aside.
    if matches!(key(tokens, k), "of" | "from") {
        let names = (k + 1..k + 6)
            .take_while(|&j| tokens.get(j).is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper || t.is("the"))))
            .count();
        // `4 soldiers from the Myanmar Armed Forces killed in the attack`: the names,
        // then a participle with no auxiliary (a headline, or `and` gapping `were`).
        let participle = forward_cue(key(tokens, k + 1 + names)).is_some() && super::head::token_title(tokens, k + names);
        if names > 0 && (tokens.get(k + 1 + names).is_some_and(|t| t.is(",")) || participle) {
            k += 1 + names;
        }
    }
    // `a farmer, who was injured in the attack, died on Tuesday`: a relative clause
    // set off by a comma.
    // Not after a bare number, an age set off by commas (`Karim, 27, who ran a
    // shop, was shot dead`).
    let ends_in_word = k.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.kind == Kind::Word);
    if ends_in_word && tokens.get(k).is_some_and(|t| t.is(",")) && key(tokens, k + 1) == "who" {
        return nonrestrictive_relative(tokens, k + 1);
    }
    if let Some(token) = tokens.get(k) {
        if token.is(",") || token.is("(") || token.is("--") {
            if !opens_aside(key(tokens, k + 1)) {
                return closed_aside(tokens, k);
            }
            let close = (k + 1..k + 20).find(|&m| tokens.get(m).is_none_or(|t| t.ends_clause() || t.is(",") || t.is(")") || t.is("--")));
            // `2 policemen, including an inspector were killed`, `6 militants,
            // affiliated with the X were gunned down`: an aside with no closing
            // comma before the predicate is read as a phrase.
            let open = matches!(key(tokens, k + 1), "including" | "among") || is_victim_link(key(tokens, k + 1));
            match close.and_then(|m| tokens.get(m).map(|t| (m, t))) {
                Some((m, t)) if !t.ends_clause() => {
                    let after = scan(tokens, m + 1);
                    if open && matches!(after, After::Nothing | After::OtherVerb) {
                        if let found @ After::Cue(_) = scan(tokens, k + 1) {
                            return found;
                        }
                    }
                    return after;
                }
                _ if open => k += 1,
                _ => return After::Nothing,
            }
        }
    }
    scan(tokens, k)
}

/// Most words an aside set off by commas may hold.
const MAX_ASIDE: usize = 14;

/// An aside no listed word opens, set off by a comma at token `comma` and closed by
/// another right before the predicate: an apposition (`2 militants, Sajid and
/// Zafar, were killed`), a modifier phrase (`3 herders, out in the forest with
/// their goats, were shot dead`). Only a predicate that opens with an auxiliary or
/// is itself a cue right after the closing comma counts, and the aside may hold no
/// cue, number or clause of its own, and the figure must end in a word.
fn closed_aside(tokens: &[Token], comma: usize) -> After {
    let Some(close) = (comma + 1..comma + 2 + MAX_ASIDE).find(|&m| tokens.get(m).is_none_or(|t| t.is(",") || t.ends_clause())) else {
        return After::Nothing;
    };
    // A bare number set off by commas is an age (`Ujjal, 40, a passenger, was
    // killed`), not a figure the aside follows.
    let bare_number = comma.checked_sub(1).and_then(|p| tokens.get(p)).is_none_or(|t| t.kind != Kind::Word);
    if bare_number || close == comma + 1 || !tokens.get(close).is_some_and(|t| t.is(",")) {
        return After::Nothing;
    }
    // `A fourth woman, a health worker who was with them, was wounded`: a relative
    // clause inside an apposition, after its noun, may hold an auxiliary (no cue).
    let relative = (comma + 2..close).find(|&j| key(tokens, j) == "who");
    let plain = (comma + 1..close).all(|j| {
        tokens.get(j).is_some_and(|t| {
            let in_relative = relative.is_some_and(|r| j >= r);
            let w = t.key();
            // `a man, aged 34, was killed`, `a bystander, a 50-year-old woman, was
            // wounded`, `a third man, 44, was hurt`: an age, not a figure.
            (t.kind != Kind::Number || matches!(word_at(tokens, j.checked_sub(1)), "aged" | "age") || is_age_at(tokens, j, close))
                && !(t.kind == Kind::Word
                    && (forward_cue(w).is_some()
                        || (is_passive_aux(w) && !in_relative)
                        || (w == "who" && !in_relative)
                        || matches!(w, "which" | "that" | "said" | "says" | "told" | "after" | "when" | "while")))
        })
    });
    let at = coordinated_after_aside(tokens, close + 1);
    let next = key(tokens, at);
    let predicate = is_passive_aux(next) || matches!(next, "have" | "has" | "had") || forward_cue(next).is_some();
    // `A granddaughter, aged 6, survived with machete wounds`, `Another man, 19,
    // was taken to hospital with gunshot wounds`: an injury told as its care.
    let hurt = || hurt_told_as_care(tokens, at);
    if !plain || !(predicate || hurt()) {
        return After::Nothing;
    }
    match scan(tokens, at) {
        found @ After::Cue(_) => found,
        _ if hurt() => After::Cue(Outcome::Injured),
        _ => After::Nothing,
    }
}

/// Whether the number at token `j`, in an aside that closes at token `close`, is an
/// age: the whole aside (`, 44,`, at most three digits) or an age compound (`50-year-old`,
/// `50 years old`).
fn is_age_at(tokens: &[Token], j: usize, close: usize) -> bool {
    let short = tokens.get(j).is_some_and(|t| t.end - t.start <= 3);
    let hyphen = |k: usize| usize::from(tokens.get(k).is_some_and(|t| t.is("-")));
    let alone = short && j + 1 == close && j.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.is(","));
    let mut k = j + 1;
    k += hyphen(k);
    let year = matches!(key(tokens, k), "year" | "years");
    k += 1;
    k += hyphen(k);
    alone || (short && year && key(tokens, k) == "old")
}

/// Where the predicate after an aside's closing comma starts (token `from`), past an
/// age set off by commas and a second subject joined by `and` (`A teacher, Ana Ruiz,
/// 34, and her son were shot dead`, `A woman, Zoraida Rodriguez, and her husband were
/// killed`): at most five words or numbers before an auxiliary or a cue.
fn coordinated_after_aside(tokens: &[Token], from: usize) -> usize {
    let mut k = from;
    if tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.end - t.start <= 2) && tokens.get(k + 1).is_some_and(|t| t.is(",")) {
        k += 2;
    }
    if key(tokens, k) != "and" {
        return from;
    }
    for j in k + 2..k + 7 {
        let Some(t) = tokens.get(j) else { return from };
        let w = t.key();
        if t.kind == Kind::Word && (is_passive_aux(w) || forward_cue(w).is_some()) {
            // Words of a noun phrase only: no verb (`and the mayor said 3 were …`), and a
            // number only inside it (`2 of his nephews`), not a subject of its own.
            let noun_phrase = (k + 1..j).all(|m| {
                tokens.get(m).is_some_and(|s| match s.kind {
                    Kind::Number => m + 1 < j,
                    Kind::Word => !s.key().ends_with("ed") && !SAYING.contains(s.key()) && verb_cue(s.key()).is_none(),
                    _ => false,
                })
            });
            return if noun_phrase { j } else { from };
        }
    }
    from
}

/// Most tokens a relative clause set off by commas may hold.
const MAX_NONRESTRICTIVE: usize = 32;

/// The fate of a figure followed by a relative clause set off by a comma, whose
/// `who` is token `who`: the main predicate after the clause's closing comma (`a
/// bus driver, who was hurt when gunmen attacked the bus, later died`), or, with no
/// closing comma, the first intransitive cue after the clause's verb (`a leader,
/// who received bullet wounds died at the hospital`); failing both, the clause's
/// own verb when it is the figure's fate (`two guards, who were shot dead by the
/// gang, were identified as …`: passive or intransitive, never an active
/// transitive cue, whose subject is the agent).
fn nonrestrictive_relative(tokens: &[Token], who: usize) -> After {
    let mut v = who + 1;
    let mut passive = false;
    while matches!(key(tokens, v), "was" | "were" | "had" | "has" | "have" | "been" | "is" | "are" | "later" | "then") {
        passive |= is_passive_aux(key(tokens, v));
        v += 1;
    }
    // A participle after an auxiliary, or an intransitive verb in the past (`who
    // died`; not a noun such as `lives` in `who lives in London`).
    let verb = key(tokens, v);
    let shot_dead = is_shot_dead(verb, key(tokens, v + 1));
    let own = if shot_dead && passive {
        Some(Outcome::Killed)
    } else {
        forward_cue(verb).filter(|_| passive || (!is_transitive(verb) && verb.ends_with('d')))
    };
    let mut main = None;
    for j in v + 1..v + 1 + MAX_NONRESTRICTIVE {
        let Some(token) = tokens.get(j) else { break };
        if token.ends_clause() {
            break;
        }
        if token.is(",") {
            let mut next = j + 1;
            while is_adverb(key(tokens, next)) || matches!(key(tokens, next), "later" | "then") {
                next += 1;
            }
            let w = key(tokens, next);
            if is_passive_aux(w) || matches!(w, "have" | "has" | "had") || forward_cue(w).is_some_and(|_| !is_transitive(w)) {
                main = Some(j + 1);
                break;
            }
        }
    }
    let main = main.or_else(|| main_predicate_where(tokens, v + 1, |w| w.ends_with('d')));
    if let Some(found @ After::Cue(_)) = main.map(|j| scan(tokens, j)) {
        return found;
    }
    own.map_or(After::Nothing, After::Cue)
}

/// The predicate search proper, from token `k`.
fn scan(tokens: &[Token], mut k: usize) -> After {
    let start = k;
    let mut passive = false;
    let mut in_phrase = 0;
    let mut stepped_phrase = false;
    let mut relative_skipped = false;
    let mut in_aside = false;
    for _ in 0..14 {
        let Some(token) = tokens.get(k) else { return After::Nothing };
        // `2 brothers aged 17 and 20 were killed`, `a girl aged 11`: ages.
        if let Some(next) = ages_after(tokens, k) {
            k = next;
            continue;
        }
        if token.kind == Kind::Punct && token.is("-") && in_phrase > 0 {
            k += 1; // `from an anti-narcotics task force`
            continue;
        }
        if (token.is("(") || token.is("[")) && in_phrase > 0 {
            // `of Jaish-e-Mohammad (JeM) outfit`
            let close = if token.is("(") { ")" } else { "]" };
            match (k + 1..k + 12).find(|&m| tokens.get(m).is_none_or(|t| t.is(close))) {
                Some(m) if tokens.get(m).is_some() => {
                    k = m + 1;
                    continue;
                }
                _ => return After::Nothing,
            }
        }
        // A number inside a unit's name: `2 soldiers of the Battalion 21 Vargas were
        // killed`, `One JCO of 12 Assam Rifles died`.
        // Only right after `of`/`from`/`the` or a capitalised word (`and 18 Misratans
        // dead` is another figure).
        if token.kind == Kind::Number
            && in_phrase > 0
            && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper))
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper || matches!(t.key(), "of" | "from" | "the")))
        {
            k += 1;
            continue;
        }
        // A number that closes a unit's name: `a ranger of Ranger Regiment 41 was
        // killed`, `2 policemen of Battalion 21 were killed` (not a figure of its own:
        // no noun for people or outcome word after it, `of Kunar 3 dead`).
        if token.kind == Kind::Number
            && in_phrase > 0
            && k.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.kind == Kind::Word && (t.title || t.upper))
            && !tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word && (is_person_noun(t.key()) || head_outcome(t.key()).is_some()))
        {
            k += 1;
            continue;
        }
        // A part with its own number inside an `including` aside: `12 people
        // including a lawyer and 2 activists of a party were killed` (the part is a
        // figure of its own, read from its own number).
        if token.kind == Kind::Number && in_phrase > 0 && in_aside && word_at(tokens, k.checked_sub(1)) == "and" {
            in_phrase = 8;
            k += 1;
            continue;
        }
        if token.kind == Kind::Number && in_phrase > 0 && tokens.get(k + 1).is_some_and(|t| t.is("-")) {
            // An age inside the phrase: `including a 12-year-old boy`.
            k += 2;
            continue;
        }
        // `15 workers at the airstrip, who fled into the forest, were reported
        // missing`: a relative clause set off by a comma after the phrase's own
        // prepositional phrase.
        if token.is(",") && in_phrase > 0 && stepped_phrase && !passive && key(tokens, k + 1) == "who" {
            return nonrestrictive_relative(tokens, k + 1);
        }
        // `Five attackers were 'liquidated'`, `2 militants were "neutralised"`: a
        // passive cue in quotation marks (the writer keeps the source's word).
        if passive && is_quote(tokens, k) && is_quote(tokens, k + 2) {
            // `liquidated` only so: officials' word for killed (unquoted it is a
            // firm's end too).
            if key(tokens, k + 1) == "liquidated" {
                return After::Cue(Outcome::Killed);
            }
            if forward_cue(key(tokens, k + 1)).is_some() {
                k += 1;
                continue;
            }
        }
        if token.kind != Kind::Word {
            // `a trader was beaten by a mob on Monday. He died on Tuesday`
            if passive && token.is(".") && died_next_sentence(tokens, k) {
                return After::Cue(Outcome::Killed);
            }
            return After::Nothing;
        }
        let w = token.key();
        // A new clause: `launched an operation after one soldier was killed`.
        if matches!(w, "after" | "before" | "when" | "while" | "because" | "whereas") && !passive {
            return After::Nothing;
        }
        // `The boy's father, Juan Gonzalez, lives in Cuba`: `lives` is a fate only
        // as a possessed noun (`lost their lives`), not as a verb.
        let verb_lives = w == "lives" && !matches!(word_at(tokens, k.checked_sub(1)), "their" | "his" | "her" | "lost" | "lose" | "losing");
        // `the two pilots on board were not injured`: a negated predicate tells no fate.
        if matches!(w, "not" | "never") {
            return After::Nothing;
        }
        let prev = word_at(tokens, k.checked_sub(1));
        // `letters threatening death`, `Two men to die for …`: a death threatened,
        // intended or to come; `a captive girl`: a fate word inside another noun
        // phrase.
        let unreal = (w == "death" && INTENT_WORDS.contains(prev)) || (w == "die" && prev == "to") || matches!(prev, "a" | "an");
        // `3 herders were seized by armed men`, `eight others captured by FARC
        // dissidents`: taken by people who are no force of the state (the passive of
        // `taken_by_non_state`'s active).
        if matches!(w, "seized" | "snatched" | "captured") && key(tokens, k + 1) == "by" && taken_by_agent(tokens, k + 2) {
            return After::Cue(Outcome::Abducted);
        }
        // `7 others were taken prisoner by the rebels`: held, as `taken hostage`.
        if w == "prisoner" && word_at(tokens, k.checked_sub(1)) == "taken" {
            return After::Cue(Outcome::Abducted);
        }
        // `2 gunmen were fatally shot`, `a guard fatally wounded in the raid`.
        if word_at(tokens, k.checked_sub(1)) == "fatally" && is_fatal_participle(w) {
            if !passive && object_follows(tokens, k + 1) {
                return After::Nothing;
            }
            return After::Cue(Outcome::Killed);
        }
        if let Some(outcome) = forward_cue(w).filter(|_| !verb_lives && !unreal) {
            // `One detainee died of illness in custody`: a natural death.
            if outcome == Outcome::Killed && died_naturally(tokens, k) {
                return After::Nothing;
            }
            // `a gunman riding a motorcycle shot dead 2 policemen`: the agent.
            // `a vendor stabbed to death a judge`: the agent too.
            let shot_dead = (w == "dead" && matches!(prev, "shot" | "shoots")) || (w == "death" && prev == "to");
            if (is_transitive(w) || shot_dead) && !passive && object_follows(tokens, k + 1) {
                return After::Nothing;
            }
            // `the commando who assassinated the governor`: the phrase is the agent.
            if is_transitive(w) && !passive && matches!(word_at(tokens, k.checked_sub(1)), "who" | "that") {
                return After::Nothing;
            }
            // `relatives of a man killed last week`: a bare participle after a
            // phrase belongs to the phrase's noun, not to the figure.
            if is_transitive(w) && !passive && stepped_phrase {
                return After::Nothing;
            }
            // `were killed or wounded`, `died or are missing`, `killed, injured or
            // captured`: a list of fates is no count of one.
            // `kidnapped and killed`: death is the last fate.
            if outcome == Outcome::Abducted
                && ((key(tokens, k + 1) == "and" && (k + 2..k + 4).any(|j| forward_cue(key(tokens, j)) == Some(Outcome::Killed)))
                    || joined_cue(tokens, k + 1) == Some(Outcome::Killed))
            {
                return After::Cue(Outcome::Killed);
            }
            if listed_with_other_fates(tokens, k, outcome) {
                return After::Cue(Outcome::Casualties);
            }
            // `a shopkeeper who was injured in a clash died on Sunday`: the relative
            // clause's fate is not the last; the main predicate's death is.
            // `two men wounded on Friday died in hospital`: a participle right after
            // the phrase's noun, with no auxiliary, is a reduced relative clause too,
            // when a verb of dying, which agrees with any subject, is the main
            // predicate (`One of 3 fishermen kidnapped … was killed` is the one's fate).
            let reduced = || !passive && w.ends_with("ed") && is_person_noun(word_at(tokens, k.checked_sub(1)));
            if outcome != Outcome::Killed && !relative_skipped && (relative_verb(tokens, k) || reduced()) {
                let main = main_predicate(tokens, k + 1)
                    .filter(|&j| relative_verb(tokens, k) || matches!(key(tokens, j), "died" | "dies" | "succumbed" | "succumbs"));
                if let Some(found @ After::Cue(Outcome::Killed)) = main.map(|j| scan(tokens, j)) {
                    return found;
                }
                // `a woman wounded when gunmen entered the town on 9 May died in
                // hospital`: the main predicate after a clause the participle's own
                // adverbial opens.
                if main.is_none() && died_past_clause(tokens, k + 1) {
                    return After::Cue(Outcome::Killed);
                }
            }
            // `a man was wounded by gunfire on Monday and died the next day`: a death
            // joined to the wound is the last fate.
            if outcome == Outcome::Injured && passive && died_later(tokens, k + 1) {
                return After::Cue(Outcome::Killed);
            }
            // `a guard was wounded in the raid. He died on Friday`: the next
            // sentence tells the last fate.
            if outcome == Outcome::Injured && passive && died_next_sentence(tokens, k + 1) {
                return After::Cue(Outcome::Killed);
            }
            return After::Cue(outcome);
        }
        let after_violence = matches!(word_at(tokens, k.checked_sub(1)), "shot" | "stabbed" | "beaten")
            || is_violent_participle(word_at(tokens, k.checked_sub(1)));
        if w == "down" && matches!(word_at(tokens, k.checked_sub(1)), "gunned" | "mowed") {
            // `6 gunmen gunned down 3 villagers`: the phrase is the agent.
            if !passive && object_follows(tokens, k + 1) {
                return After::Nothing;
            }
            return After::Cue(Outcome::Killed);
        }
        // `2 children were burnt alive`
        if w == "alive" && is_buried_or_burnt(word_at(tokens, k.checked_sub(1))) {
            return After::Cue(Outcome::Killed);
        }
        if matches!(w, "including" | "among") && !passive {
            // `4 persons including a tribal elder and his son were killed`
            in_aside = true;
            in_phrase = 8;
            k += 1;
            continue;
        }
        if is_victim_link(w) {
            // `9 militants belonging to the X were killed`
            in_phrase = 4;
            k += 1;
            continue;
        }
        if is_forward_glue(w) || is_violent_participle(w) || is_adverb(w) || (matches!(w, "and" | "or") && after_violence) {
            passive |= is_passive_aux(w);
            k += 1;
            continue;
        }
        if is_preposition(w) || matches!(w, "of" | "with") {
            in_phrase = 4;
            stepped_phrase = true;
            k += 1;
            continue;
        }
        let verbal = w.ends_with("ed") || w.ends_with("ing") || w.ends_with("fled");
        if in_phrase > 0 && (token.title || token.upper || matches!(w, "a" | "an" | "his" | "their" | "its")) {
            // Names do not use up the phrase: `of the Purba Banglar Communist Party`.
            k += 1;
            continue;
        }
        if in_phrase > 0 && (!verbal || is_attributive(tokens, k)) {
            in_phrase -= 1;
            k += 1;
            continue;
        }
        if w == "well" && word_at(tokens, k.checked_sub(1)) == "as" && key(tokens, k + 1) == "as" {
            // `10 militants as well as foreigners were killed`
            in_phrase = 4;
            k += 2;
            continue;
        }
        if passive && verbal {
            // `were arrested by the army and killed`: the victims are the subject
            // of an earlier passive verb and of the cue it is joined to.
            if let Some(outcome) = joined_cue(tokens, k + 1) {
                return After::Cue(outcome);
            }
        }
        // `20 labourers who were working on a bridge were gunned down`, `a boy who
        // suffered burns in an attack died`: the main predicate after a relative clause.
        // `5 policemen escorting a bus have been killed`: a participle right after
        // the phrase opens a reduced relative clause.
        let reduced = k == start && w.ends_with("ing") && !passive && takes_object(tokens, k + 1);
        // `who had gone`, `who were taken`: after `who` (and an auxiliary) any verb
        // form opens the relative clause, an irregular participle too.
        let relative = relative_verb(tokens, k);
        // `a herder detained in March died of ill-treatment`, `a man arrested by
        // police died in custody`: a past participle right after the phrase, with
        // a preposition after it, is a reduced relative clause when a verb of dying
        // is the main predicate.
        if !relative_skipped && k == start && !passive && w.ends_with("ed") && is_preposition(key(tokens, k + 1)) {
            let main = main_predicate(tokens, k + 1).filter(|&j| matches!(key(tokens, j), "died" | "dies" | "succumbed" | "succumbs"));
            if let Some(found @ After::Cue(_)) = main.map(|j| scan(tokens, j)) {
                return found;
            }
            if main.is_none() && died_past_clause(tokens, k + 1) {
                return After::Cue(Outcome::Killed);
            }
        }
        if !relative_skipped && ((verbal && reduced) || relative) {
            if let Some(j) = main_predicate(tokens, k + 1) {
                relative_skipped = true;
                passive = false;
                in_phrase = 0;
                stepped_phrase = false;
                k = j;
                continue;
            }
        }
        if passive || verbal {
            // `4 militants were shifted to a hospital where they died`, `a worker was
            // driving home when he was shot dead`: a pronoun takes up the figure.
            if let found @ After::Cue(_) = pronoun_cue(tokens, k + 1) {
                return found;
            }
            // `a trader was beaten by a mob on Monday. He died on Tuesday`
            if passive && died_next_sentence(tokens, k + 1) {
                return After::Cue(Outcome::Killed);
            }
            // `a man escaped with wounds but died later`, `was taken to hospital
            // and died`: a later death joined to the figure's own verb.
            if died_later(tokens, k + 1) {
                return After::Cue(Outcome::Killed);
            }
            return After::OtherVerb;
        }
        return After::Nothing;
    }
    After::Nothing
}

/// The most tokens between a figure's own verb and a clause whose pronoun subject
/// takes the figure up.
const MAX_PRONOUN: usize = 14;

/// A clause opened by `where`, `when` or `and` whose subject is a pronoun (`they`,
/// `he`, `she`) and whose predicate has an outcome (`where they died`, `when he was
/// targeted and killed`), after a figure's own verb ending before token `from`, in
/// the same sentence and with no other figure or noun for people between.
fn pronoun_cue(tokens: &[Token], from: usize) -> After {
    for j in from..from + MAX_PRONOUN {
        let Some(token) = tokens.get(j) else { return After::Nothing };
        if token.ends_clause() || token.kind == Kind::Number {
            return After::Nothing;
        }
        let w = key(tokens, j);
        if is_person_noun(w) || (starts_cardinal(w) && !matches!(w, "a" | "an")) {
            return After::Nothing;
        }
        if matches!(w, "where" | "when" | "and") && matches!(key(tokens, j + 1), "they" | "he" | "she") {
            return match scan(tokens, j + 2) {
                found @ After::Cue(_) => found,
                _ => After::Nothing,
            };
        }
    }
    After::Nothing
}

/// The most tokens from a figure's passive verb to the end of its sentence for
/// [`died_next_sentence`].
pub(crate) const MAX_TO_SENTENCE_END: usize = 40;

/// Whether the sentence after the one holding token `from` opens with a pronoun
/// (`He`, `She`, `They`) or `The victim` whose predicate is a death (`He died in
/// hospital`, `She succumbed to her injuries`): it takes up the subject of the
/// sentence before, the figure whose passive verb (`was beaten`, `were injured`)
/// ends before `from`. A full stop ends that sentence; a semicolon too before a
/// singular pronoun, which can take up only one person (`a herder was attacked …;
/// he died of his wounds`); not a colon or a line break.
pub(crate) fn died_next_sentence(tokens: &[Token], from: usize) -> bool {
    died_next_sentence_as(tokens, from, "")
}

/// [`died_next_sentence`], where `The` and the victim's own head noun `head` may
/// take it up too (`a gendarme shot a taxi driver …. The driver died of his
/// wounds`).
pub(crate) fn died_next_sentence_as(tokens: &[Token], from: usize, head: &str) -> bool {
    let Some(stop) = (from..from + MAX_TO_SENTENCE_END).find(|&j| tokens.get(j).is_none_or(Token::ends_clause)) else {
        return false;
    };
    let subject = stop + 1;
    let full_stop = tokens.get(stop).is_some_and(|t| t.is("."));
    let semicolon = tokens.get(stop).is_some_and(|t| t.is(";")) && matches!(key(tokens, subject), "he" | "she");
    if !(full_stop || semicolon) {
        return false;
    }
    let opens = tokens.get(subject).is_some_and(|t| t.title) || semicolon;
    let predicate = match key(tokens, subject) {
        "he" | "she" | "they" => subject + 1,
        "the" if matches!(key(tokens, subject + 1), "victim" | "deceased") || (!head.is_empty() && key(tokens, subject + 1) == head) => {
            subject + 2
        }
        _ => return false,
    };
    opens && scan(tokens, predicate) == After::Cue(Outcome::Killed)
}

/// A verb of a blow whose object may die of it (`shot a man`, `stabbed a guard`,
/// `attacked a herder`): a participle of wounding (`is_fatal_participle`) or an
/// assault.
pub(crate) fn is_blow(w: &str) -> bool {
    is_fatal_participle(w) || matches!(w, "attacked" | "assaulted" | "beat")
}

/// Whether the verb at token `k` is the verb of a relative clause: `who` right
/// before it, or `who` and an auxiliary (`who were working`, `who had gone`).
fn relative_verb(tokens: &[Token], k: usize) -> bool {
    let prev = word_at(tokens, k.checked_sub(1));
    prev == "who" || (matches!(prev, "was" | "were" | "had" | "have" | "has") && word_at(tokens, k.checked_sub(2)) == "who")
}

/// Whether the token at `k` can open a participle's object or adverbial
/// (`escorting a bus`, `working for a paper`, `demanding Tharuhat`), so that the
/// participle before it is a verb, not a noun (`a wing commander`).
fn takes_object(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == Kind::Word
            && (t.title
                || t.upper
                || is_preposition(t.key())
                || matches!(t.key(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "for" | "to" | "from" | "with"))
    })
}

/// The most tokens a relative clause may hold before the main predicate.
const MAX_RELATIVE: usize = 20;

/// Where the main predicate starts after a relative clause whose verb ends before
/// token `from`: the next auxiliary or intransitive cue (`were gunned down`, `died`)
/// in the clause, skipping brackets; `None` at a clause end, a comma, a number or a
/// new relative or subordinate clause.
fn main_predicate(tokens: &[Token], from: usize) -> Option<usize> {
    // `who sustained injuries later died`: a verb form is the main predicate, not
    // a noun of the relative clause (`injuries`); failing one, the noun stands (`two
    // persons who suffered head injuries remained critical`).
    if let found @ Some(_) = main_predicate_where(tokens, from, |w| w.ends_with('d')) {
        return found;
    }
    main_predicate_where(tokens, from, |_| true)
}

/// [`main_predicate`] with the intransitive cues `verb_form` accepts.
fn main_predicate_where(tokens: &[Token], from: usize, verb_form: impl Fn(&str) -> bool) -> Option<usize> {
    let mut j = from;
    while j < from + MAX_RELATIVE {
        let token = tokens.get(j)?;
        if token.is("(") || token.is("[") {
            let close = if token.is("(") { ")" } else { "]" };
            j = (j + 1..j + 8).find(|&m| tokens.get(m).is_some_and(|t| t.is(close)))? + 1;
            continue;
        }
        if token.ends_clause() || token.is(",") || token.kind == Kind::Number {
            return None;
        }
        let w = key(tokens, j);
        // `A teacher who had refused to pay the levy and his brother were shot dead`:
        // a second subject joined after the relative clause; its auxiliary opens the
        // predicate of both.
        if w == "and" {
            if let found @ Some(_) = after_joined_subject(tokens, j) {
                return found;
            }
        }
        if matches!(w, "who" | "which" | "that" | "after" | "before" | "when" | "while" | "because" | "and" | "but") {
            return None;
        }
        // `who sustained injuries later died`: a noun of the relative clause
        // (`injuries`) is not the main predicate; a verb form is (`died`, `succumbed`).
        if matches!(w, "was" | "were") || (forward_cue(w).is_some() && !is_transitive(w) && verb_form(w)) {
            return Some(j);
        }
        // `5 policemen escorting a bus have been killed`
        if matches!(w, "have" | "has" | "had") && key(tokens, j + 1) == "been" {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// The most tokens a second subject joined after a relative clause may hold.
const MAX_JOINED_SUBJECT: usize = 8;

/// The auxiliary after a noun phrase for people that `and` at token `and` joins to a
/// subject whose relative clause ends there (`three miners who had refused to pay a
/// levy and [a mine supervisor] were shot dead`, `a nurse who had volunteered at the
/// hospital and [two paramedics] travelling with her were killed`): the phrase opens
/// with an article, a possessive or a number, names people within its first four
/// words and holds no verb of its own, comma or clause end (`… and police said 3
/// were …` is another clause).
fn after_joined_subject(tokens: &[Token], and: usize) -> Option<usize> {
    let first = tokens.get(and + 1)?;
    let opens = first.kind == Kind::Number
        || (first.kind == Kind::Word
            && (matches!(first.key(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "another") || starts_cardinal(first.key())));
    if !opens || !(and + 2..and + 6).any(|j| is_person_noun(key(tokens, j))) {
        return None;
    }
    for j in and + 2..and + 2 + MAX_JOINED_SUBJECT {
        let token = tokens.get(j)?;
        let w = token.key();
        if token.kind == Kind::Word
            && (matches!(w, "was" | "were") || (matches!(w, "have" | "has" | "had") && key(tokens, j + 1) == "been"))
        {
            return Some(j);
        }
        let word_of_phrase = match token.kind {
            Kind::Number => true,
            Kind::Word => {
                !(w.ends_with("ed") || SAYING.contains(w) || verb_cue(w).is_some() || matches!(w, "who" | "which" | "that" | "and" | "but"))
            }
            _ => token.is("-"),
        };
        if !word_of_phrase {
            return None;
        }
    }
    None
}

/// `… and killed them`, `… and later executed them` right after a figure whose cue
/// is another fate (from token `from`): the victims' last fate is death.
pub(crate) fn killed_after(tokens: &[Token], from: usize) -> bool {
    if key(tokens, from) != "and" {
        return false;
    }
    let mut j = from + 1;
    while matches!(key(tokens, j), "later" | "then" | "subsequently" | "eventually" | "finally") {
        j += 1;
    }
    verb_cue(key(tokens, j)) == Some(Outcome::Killed) && matches!(key(tokens, j + 1), "them" | "him" | "her" | "both")
}

/// The most tokens from a figure's own verb to a death joined to it.
const MAX_LATER_DEATH: usize = 14;

/// A death joined by `and` or `but` to the figure's own verb, which ends before
/// token `from` and tells no fate (`was taken to hospital with gunshot wounds and
/// died the next morning`, `escaped but later succumbed`), in the same clause,
/// with no comma, number, new clause or noun for people (a new subject: `and his
/// son died`) between. Only the first `and`/`but` is read.
fn died_later(tokens: &[Token], from: usize) -> bool {
    for k in from..from + MAX_LATER_DEATH {
        let Some(token) = tokens.get(k) else { return false };
        if token.ends_clause() || token.is(",") || token.kind == Kind::Number {
            return false;
        }
        let w = token.key();
        if OWN_CLAUSE_STOPS.contains(w) || matches!(w, "who" | "which" | "that" | "where" | "when") || is_person_noun(w) {
            return false;
        }
        if matches!(w, "and" | "but") {
            let mut j = k + 1;
            while matches!(key(tokens, j), "later" | "then" | "subsequently" | "eventually" | "finally") {
                j += 1;
            }
            return matches!(key(tokens, j), "died" | "succumbed" | "dies" | "succumbs");
        }
    }
    false
}

/// The most tokens from a reduced relative clause's participle to the main
/// predicate [`died_past_clause`] finds.
const MAX_PAST_CLAUSE: usize = 30;

/// A past death (`died`, `succumbed`) that is the main predicate after a reduced
/// relative clause whose participle ends before token `from` and whose adverbial
/// opens a clause of its own (`wounded when a bomb went off near the station last
/// Thursday died in hospital`): in the same sentence, with no comma, `and`/`but`,
/// relative pronoun or number between (but a day or year next to a month: `on 9
/// August`), and no noun for people or pronoun right before it (`when his brother
/// died` is the brother's death).
fn died_past_clause(tokens: &[Token], from: usize) -> bool {
    for k in from..from + MAX_PAST_CLAUSE {
        let Some(token) = tokens.get(k) else { return false };
        if token.kind == Kind::Number {
            let month = |j: Option<usize>| super::lexicon::is_month(word_at(tokens, j));
            if month(k.checked_sub(1)) || month(Some(k + 1)) {
                continue;
            }
            return false;
        }
        if token.ends_clause() || token.is(",") {
            return false;
        }
        let w = token.key();
        if matches!(w, "and" | "but" | "who" | "whom" | "whose" | "which" | "that" | "where") {
            return false;
        }
        // (`the storm died down` is no death.)
        if matches!(w, "died" | "succumbed") && !matches!(key(tokens, k + 1), "down" | "out" | "away") {
            let mut p = k - 1;
            while p > from && matches!(key(tokens, p), "later" | "then" | "subsequently" | "eventually" | "finally") {
                p -= 1;
            }
            let subject = key(tokens, p);
            return !(is_person_noun(subject) || matches!(subject, "he" | "she" | "they" | "it" | "who"));
        }
    }
    false
}

/// A cue joined by `and` to a passive verb phrase ending before token `from`
/// (`arrested by the army and killed`, `kidnapped and later executed`), in the
/// same clause and without a new subject after the `and`.
fn joined_cue(tokens: &[Token], from: usize) -> Option<Outcome> {
    for k in from..from + 10 {
        let token = tokens.get(k)?;
        if token.ends_clause() || token.is(",") {
            return None;
        }
        let w = key(tokens, k);
        if matches!(w, "after" | "before" | "when" | "while" | "because" | "whereas" | "who" | "which" | "but") {
            return None;
        }
        if w == "and" {
            let mut j = k + 1;
            while matches!(key(tokens, j), "later" | "then" | "subsequently" | "eventually" | "were" | "was" | "finally") {
                j += 1;
            }
            let cue = key(tokens, j);
            if is_shot_dead(cue, key(tokens, j + 1)) {
                return Some(Outcome::Killed);
            }
            return forward_cue(cue).filter(|_| !object_follows(tokens, j + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn tokens(text: &str) -> Vec<Token<'static>> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens
    }

    /// Index of the first token whose text is `word`.
    fn at(text: &str, tokens: &[Token], word: &str) -> usize {
        tokens.iter().position(|t| &text[t.start..t.end] == word).unwrap()
    }

    fn before(text: &str, word: &str) -> Before {
        let t = tokens(text);
        backward(&t, at(text, &t, word))
    }

    fn after(text: &str, word: &str) -> After {
        let t = tokens(text);
        forward(&t, at(text, &t, word) + 1)
    }

    #[test]
    fn governing_words_before() {
        assert_eq!(before("the blast killed 12", "12"), Before::Cue(Outcome::Killed));
        assert_eq!(before("wounding another 30", "30"), Before::Cue(Outcome::Injured));
        assert_eq!(before("taken the lives of almost", "almost"), Before::Cue(Outcome::Killed));
        assert_eq!(before("killed or wounded 30", "30"), Before::Cue(Outcome::Casualties));
        assert_eq!(before("ISIS released 12", "12"), Before::Veto);
        assert_eq!(before("saved the lives of 12", "12"), Before::Veto);
        assert_eq!(before("deployed 2,000", "2,000"), Before::OtherVerb);
        assert_eq!(before("Death toll: 45", "45"), Before::Cue(Outcome::Killed));
    }

    #[test]
    fn predicates_after() {
        assert_eq!(after("12 people were killed", "people"), After::Cue(Outcome::Killed));
        assert_eq!(after("12 people have died", "people"), After::Cue(Outcome::Killed));
        assert_eq!(after("12 people in Aleppo were taken hostage", "people"), After::Cue(Outcome::Abducted));
        assert_eq!(after("12 people, including 5 children, were hurt", "people"), After::Cue(Outcome::Injured));
        assert_eq!(after("12 gunmen killed 5 civilians", "gunmen"), After::Nothing);
        assert_eq!(after("12 people were killed or wounded", "people"), After::Cue(Outcome::Casualties));
        assert_eq!(after("2,000 fighters were deployed", "fighters"), After::OtherVerb);
        assert_eq!(after("2 men were arrested by the army and killed", "men"), After::Cue(Outcome::Killed));
        assert_eq!(after("2 men were arrested by the army and later executed", "men"), After::Cue(Outcome::Killed));
        assert_eq!(after("2 men were arrested and the army killed 3 others", "men"), After::OtherVerb);
        assert_eq!(after("2 men were arrested after 3 were killed", "men"), After::OtherVerb);
        assert_eq!(after("4 rebels as well as a commander were killed", "rebels"), After::Cue(Outcome::Killed));
        assert_eq!(after("2 gunmen who killed former minister X", "gunmen"), After::Nothing);
        assert_eq!(after("2 people who died in the fire", "people"), After::Cue(Outcome::Killed));
    }

    #[test]
    fn an_agent_that_kills_itself() {
        assert_eq!(after("2 bombers detonated their vests, killing only themselves.", "bombers"), After::Cue(Outcome::Killed));
        assert_eq!(after("a gunman blew himself up at the gate", "gunman"), After::Cue(Outcome::Killed));
        // Not across a clause end or another number, not `blew himself` without `up`.
        assert_ne!(after("2 bombers fled. They blew themselves up later.", "bombers"), After::Cue(Outcome::Killed));
        assert_ne!(after("a gunman shot 3 guards before killing himself", "gunman"), After::Cue(Outcome::Killed));
        assert_ne!(after("a gunman blew himself a kiss", "gunman"), After::Cue(Outcome::Killed));
        assert_ne!(after("2 guards stopped a man before he could blow himself up", "guards"), After::Cue(Outcome::Killed));
    }

    #[test]
    fn tolls() {
        let text = "the death toll has risen to 45";
        let t = tokens(text);
        assert_eq!(toll(&t, at(text, &t, "45")), Some(Outcome::Killed));
        let text = "the number of people injured rose to 45";
        let t = tokens(text);
        assert_eq!(toll(&t, at(text, &t, "45")), Some(Outcome::Injured));
        let text = "the number of refugees rose to 45";
        let t = tokens(text);
        assert_eq!(toll(&t, at(text, &t, "45")), None);
    }
}
