//! The closed word classes the casualty rules use, on lowercased keys.
//!
//! Small and structural on purpose: person nouns (what a figure may count), outcome
//! words (what happened to them), the glue words that may sit between a number and
//! its cue, and the words before a number that make it a name or a date
//! (`Resolution 2254`, `June 12`).

use std::collections::HashSet;

/// A word list, hashed with a fixed fast hasher (lookups are on the tagging path).
pub(crate) type WordSet = HashSet<&'static str, foldhash::fast::FixedState>;
use std::sync::LazyLock;

use super::outcome::Outcome;

/// The words of a word list data file: one lowercase word a row (the data files'
/// format, `vocab::table::rows`).
fn words(src: &'static str) -> impl Iterator<Item = &'static str> {
    crate::vocab::table::rows(src).filter_map(|(_, fields)| fields.first().copied())
}

/// A word list data file as a set.
fn word_set(src: &'static str) -> WordSet {
    words(src).collect()
}

/// The word lists of `casualties/data/`, compiled in with `include_str!`: each a set
/// built on first use, and all of them in `FILES` for the test that each parses.
macro_rules! word_lists {
    ($($name:ident => $file:literal,)*) => {
        $(
            pub(crate) static $name: LazyLock<WordSet> =
                LazyLock::new(|| word_set(include_str!(concat!("data/", $file))));
        )*
        /// Every word list: (file name under `casualties/data/`, text).
        #[cfg(test)]
        const FILES: &[(&str, &str)] = &[$(($file, include_str!(concat!("data/", $file)))),*];
    };
}

word_lists! {
    NOT_PEOPLE_SET => "not_people.txt",
    INTENT_WORDS => "intent_words.txt",
    VICTIM_LINK_SET => "victim_links.txt",
    COLLECTIVE_SET => "collectives.txt",
    VIOLENT_SET => "violent_participles.txt",
    TRANSITIVE_CUES => "transitive_cues.txt",
    PASSIVE_AUX => "passive_aux.txt",
    FORWARD_GLUE => "forward_glue.txt",
    PREPOSITIONS => "prepositions.txt",
    OBJECT_PREPOSITIONS => "object_prepositions.txt",
    BACKWARD_GLUE => "backward_glue.txt",
    VETO_VERBS => "veto_verbs.txt",
    TOLL_WORDS => "toll_words.txt",
    TOLL_LINKS => "toll_links.txt",
    NUMBER_NAMES => "number_names.txt",
    NEUTRAL_AFTER => "neutral_after.txt",
    TIME_UNITS => "time_units.txt",
    ASIDE_OPENERS => "aside_openers.txt",
    SELF_KILLING_VERBS => "self_killing_verbs.txt",
    BLOW_UP_VERBS => "blow_up_verbs.txt",
    REFLEXIVES => "reflexives.txt",
    OWN_CLAUSE_STOPS => "own_clause_stops.txt",
    RESCUE_VERBS => "rescue_verbs.txt",
    FINDING_VERBS => "finding_verbs.txt",
    OTHER_FATES => "other_fates.txt",
    ALIVE_VERBS => "alive_verbs.txt",
    COLLECTIVES_WITHOUT_PLURAL => "collectives_without_plural.txt",
    PLAN_WORDS => "plan_words.txt",
    STATE_FORCES => "state_forces.txt",
    SENTENCE_VERB_STEMS => "sentence_verb_stems.txt",
    // What the document totals (`totals.rs`) read around a figure.
    PROTEST => "protest_words.txt",
    GRIEVANCE => "grievance_links.txt",
    REPRISAL => "reprisal_words.txt",
    DISEASES => "diseases.txt",
    WORKS_ABOUT => "works_about.txt",
    RISE => "rise_words.txt",
    SPARK => "spark_words.txt",
    UNREST => "unrest_words.txt",
    CHARGE => "charge_words.txt",
    CAUSE => "cause_links.txt",
    DEATH => "death_nouns.txt",
    ELAPSED => "elapsed_units.txt",
    TOLL_LABELS => "toll_labels.txt",
    REVISION => "revision_words.txt",
    ESTIMATE => "estimate_verbs.txt",
    OLDER_COUNT => "older_count_words.txt",
    SEPARATE => "separate_words.txt",
    INCIDENTS => "incident_nouns.txt",
    COUNTED_GROUPS => "counted_group_nouns.txt",
    REVISION_VERBS => "revision_verbs.txt",
    COUNT_REPORT_VERBS => "count_report_verbs.txt",
    CONTEST_WORDS => "contest_words.txt",
    DISPUTE_WORDS => "dispute_words.txt",
    NATURAL_CAUSES => "natural_causes.txt",
    FICTION_WORDS => "fiction_words.txt",
    THING_NOUNS => "thing_nouns_wordnet.txt",
    BODY_PARTS => "body_parts_wordnet.txt",
}

/// Person nouns: the hand list (`data/person_nouns.txt`) and WordNet 3.0's person
/// nouns (`data/person_nouns_wordnet.txt`, made by `scripts/build_person_nouns.py`
/// from the Debian package wordnet-base; committed output, rebuilt in CI), one set,
/// so a lookup stays one hash probe (neither list is kept apart).
pub(crate) static PERSON_NOUNS: LazyLock<WordSet> = LazyLock::new(|| words(PERSON_NOUNS_HAND).chain(words(PERSON_NOUNS_WORDNET)).collect());

const PERSON_NOUNS_HAND: &str = include_str!("data/person_nouns.txt");
const PERSON_NOUNS_WORDNET: &str = include_str!("data/person_nouns_wordnet.txt");

/// `data/source_words.txt`: one word a line, optionally followed by one tag word.
const SOURCE_WORDS_SRC: &str = include_str!("data/source_words.txt");

/// The words of a list whose rows (the data files' format, `vocab::table::rows`) are a
/// word and at most one tag: all of them (`tag` = `None`), or those with the tag.
fn tagged_set(src: &'static str, tag: Option<&str>) -> WordSet {
    crate::vocab::table::rows(src)
        .filter_map(|(_, fields)| {
            let word = *fields.first()?;
            match tag {
                None => Some(word),
                Some(t) => (fields.get(1).copied() == Some(t)).then_some(word),
            }
        })
        .collect()
}

/// Words that mark a sentence as one source's report or claim (`said`, `claimed`,
/// `according`, `sources`, `denied`; `data/source_words.txt`).
pub(crate) static SOURCE_WORDS: LazyLock<WordSet> = LazyLock::new(|| tagged_set(SOURCE_WORDS_SRC, None));

/// The verbs of saying among them, which also open a second source's count after
/// `while`/`whereas`/`but` (tagged `saying` in `data/source_words.txt`).
pub(crate) static SAYING: LazyLock<WordSet> = LazyLock::new(|| tagged_set(SOURCE_WORDS_SRC, Some("saying")));

/// Whether `w` (lowercase) names a death toll as a label or running total: `toll`
/// or `tally` (`the toll rose to 9`, `Toll: 4`, `put the tally at 12`).
pub(crate) fn is_toll_or_tally(w: &str) -> bool {
    matches!(w, "toll" | "tally")
}

/// Whether `first` `second` (lowercase) is `among them`, which names what follows it
/// as a part of a figure told before (`Among them was a monk`, `among them were 4
/// children`). The span pass reads it on tokens (`among_them` in casualties.rs: the
/// part is a figure's phrase), the totals on words (`named_as_part` in totals.rs: a
/// part is not added to the toll again).
pub(crate) fn is_among_them(first: &str, second: &str) -> bool {
    first == "among" && second == "them"
}

/// Whether `w` (lowercase) is a verb a source's own bare count follows (`residents
/// said 7`, `the hospital counted 9`): the span pass gives such a number the outcome
/// of the figure before it, the totals read it as a conflicting report
/// (`data/count_report_verbs.txt`).
pub(crate) fn reports_a_count(w: &str) -> bool {
    COUNT_REPORT_VERBS.contains(w)
}

/// Nouns a number counts that are never people (`km`, `years`, `goats`, `houses`):
/// as a figure's head they make it no figure (`data/not_people.txt`).
pub(crate) fn is_not_people(w: &str) -> bool {
    NOT_PEOPLE_SET.contains(w)
}

/// Whether `w` (lowercase) is one of WordNet 3.0's nouns for things, never a person
/// or a group of people (`data/thing_nouns_wordnet.txt`, made by
/// `scripts/build_thing_nouns.py`; committed output): as a figure's open-class head
/// they make it no figure (`kidnapped [a farm]`, `[one game]` … `missing`).
pub(crate) fn is_thing_noun(w: &str) -> bool {
    THING_NOUNS.contains(w)
}

/// Participles that open a modifier phrase after a victim noun (`belonging to`,
/// `associated with`; `data/victim_links.txt`).
pub(crate) fn is_victim_link(w: &str) -> bool {
    VICTIM_LINK_SET.contains(w)
}

/// Nouns after `a` that name a group or a quantity (`a group`, `a few`;
/// `data/collectives.txt`): `a` before them is no figure of 1.
pub(crate) fn is_collective(w: &str) -> bool {
    COLLECTIVE_SET.contains(w)
}

/// Participles of violence that carry no outcome themselves (`hacked to death`;
/// `data/violent_participles.txt`).
pub(crate) fn is_violent_participle(w: &str) -> bool {
    VIOLENT_SET.contains(w)
}

/// Nouns for people (plural, and singular for `one soldier`): a figure counting
/// them is a casualty figure when an outcome cue governs it.
pub(crate) fn is_person_noun(w: &str) -> bool {
    PERSON_NOUN_BITS.may_hold(w) && PERSON_NOUNS.contains(w)
}

/// A filter in front of [`PERSON_NOUNS`]: most words looked up are none of its 12,000
/// nouns, and the filter rejects most of them without hashing the string and probing
/// the set.
static PERSON_NOUN_BITS: LazyLock<KeyBits> = LazyLock::new(|| KeyBits::of(PERSON_NOUNS.iter().copied()));

/// One bit per value of a multiplicative hash (17 bits) of each word's
/// [`vocab::table::key`](crate::vocab::table::key): a word whose bit is clear was not
/// put in. Words longer than the key's `MAX_KEY` bytes are always passed.
struct KeyBits {
    bits: Vec<u64>,
}

impl KeyBits {
    const HASH_BITS: u32 = 17;

    fn of(words: impl Iterator<Item = &'static str>) -> KeyBits {
        let mut bits = vec![0u64; 1 << (Self::HASH_BITS - 6)];
        for w in words {
            if let Some(slot) = crate::vocab::table::key(w.as_bytes()).map(Self::slot) {
                if let Some(b) = bits.get_mut(slot / 64) {
                    *b |= 1 << (slot % 64);
                }
            }
        }
        KeyBits { bits }
    }

    #[inline]
    fn slot(key: u128) -> usize {
        let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> (64 - Self::HASH_BITS)) as usize
    }

    /// Whether `word` may have been put in (never `false` for one that was).
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let Some(slot) = crate::vocab::table::key(word.as_bytes()).map(Self::slot) else {
            return true;
        };
        self.bits.get(slot / 64).is_some_and(|b| (b >> (slot % 64)) & 1 == 1)
    }
}

/// How an outcome word next to a number reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadWord {
    /// A noun that is the figure's head and goes in the span (`12 deaths`, `150 casualties`).
    Noun,
    /// A participle or adjective that says what happened and stays out of the span
    /// (`12 killed`, `12 dead`).
    Predicate,
}

/// Outcome words that may follow a number directly (`12 dead`, `30 wounded`,
/// `150 casualties`, `12 bodies`, `3 hostages`), with whether the evidence is
/// strong (`victims` only says someone was harmed).
pub(crate) fn head_outcome(w: &str) -> Option<(Outcome, HeadWord, bool)> {
    use HeadWord::{Noun, Predicate};
    Some(match w {
        "killed" | "dead" | "slain" | "executed" | "murdered" | "massacred" | "beheaded" => (Outcome::Killed, Predicate, true),
        "deaths" | "fatalities" | "fatality" | "death" | "bodies" | "body" | "corpses" | "corpse" | "lives" | "murders" | "homicides"
        | "killings" => (Outcome::Killed, Noun, true),
        "wounded" | "injured" | "hurt" | "maimed" => (Outcome::Injured, Predicate, true),
        "injuries" => (Outcome::Injured, Noun, true),
        "missing" | "unaccounted" => (Outcome::Missing, Predicate, true),
        "kidnapped" | "abducted" => (Outcome::Abducted, Predicate, true),
        "hostages" | "hostage" | "captives" | "abductees" => (Outcome::Abducted, Noun, true),
        "casualties" => (Outcome::Casualties, Noun, true),
        "victims" | "victim" => (Outcome::Casualties, Noun, false),
        _ => return None,
    })
}

/// The longest word [`untripled`] repairs.
const MAX_TRIPLED: usize = 24;

/// A cue word typed with a letter three times (`killling`, `injurred` is not one):
/// `w` with each run of three equal letters cut to two, written into `buf`, or
/// `None` when `w` has no such run (the common case: one pass over a short word).
/// Only the lookups of a verb or noun that governs a figure read it (`killling 31`,
/// `the killlings of 4`): they run once per number phrase. The forward cues, read
/// for every word of a predicate search, do not (it cost 4.5% more instructions).
fn untripled<'b>(w: &str, buf: &'b mut [u8; MAX_TRIPLED]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > MAX_TRIPLED || !b.windows(3).any(|x| x[0] == x[1] && x[1] == x[2]) {
        return None;
    }
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        if i >= 2 && b.get(i - 1) == Some(&c) && b.get(i - 2) == Some(&c) {
            continue;
        }
        *buf.get_mut(n)? = c;
        n += 1;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// Verbs whose object is the figure (`killed 12`, `wounding 30`, `kidnapped 7`).
pub(crate) fn verb_cue(w: &str) -> Option<Outcome> {
    verb_cue_exact(w).or_else(|| untripled(w, &mut [0; MAX_TRIPLED]).and_then(verb_cue_exact))
}

fn verb_cue_exact(w: &str) -> Option<Outcome> {
    Some(match w {
        "kill" | "kills" | "killed" | "killing" | "slay" | "slays" | "slew" | "slaying" | "murder" | "murders" | "murdered"
        | "murdering" | "execute" | "executes" | "executed" | "executing" | "behead" | "beheads" | "beheaded" | "beheading"
        | "massacre" | "massacres" | "massacred" | "massacring" | "slaughter" | "slaughters" | "slaughtered" | "slaughtering"
        | "assassinated" | "lynched" | "martyred" | "lost" | "lose" | "loses" | "losing" => Outcome::Killed,
        "decapitated" | "decapitating" => Outcome::Killed,
        "wound" | "wounds" | "wounded" | "wounding" | "injure" | "injures" | "injured" | "injuring" | "hurt" | "hurting" | "hurts"
        | "maimed" | "maiming" => Outcome::Injured,
        "beat" | "beats" | "beating" => Outcome::Injured,
        "kidnap" | "kidnaps" | "kidnapped" | "kidnapping" | "abduct" | "abducts" | "abducted" | "abducting" => Outcome::Abducted,
        "neutralised" | "neutralized" | "neutralising" | "neutralizing" => Outcome::Casualties,
        _ => return None,
    })
}

/// Nouns that take the figure after `of` (`the deaths of 12`, `the lives of 12`,
/// `the abduction of 7`).
pub(crate) fn noun_of_cue(w: &str) -> Option<Outcome> {
    noun_of_cue_exact(w).or_else(|| untripled(w, &mut [0; MAX_TRIPLED]).and_then(noun_of_cue_exact))
}

fn noun_of_cue_exact(w: &str) -> Option<Outcome> {
    Some(match w {
        "deaths" | "death" | "killing" | "killings" | "murder" | "murders" | "execution" | "executions" | "massacre" | "bodies"
        | "remains" | "corpses" | "lives" | "slaughter" | "martyrdom" => Outcome::Killed,
        "abduction" | "abductions" | "kidnapping" | "kidnappings" => Outcome::Abducted,
        "disappearance" | "disappearances" => Outcome::Missing,
        "wounding" => Outcome::Injured,
        _ => return None,
    })
}

/// Words after a figure that say what happened to it (`were killed`, `died`,
/// `remain missing`, `were taken hostage`, `lost their lives`).
pub(crate) fn forward_cue(w: &str) -> Option<Outcome> {
    Some(match w {
        "killed" | "dead" | "died" | "die" | "dies" | "perished" | "drowned" | "slain" | "executed" | "beheaded" | "murdered"
        | "massacred" | "slaughtered" | "assassinated" | "suffocated" | "electrocuted" | "lynched" | "fatalities" | "lives" | "death"
        | "succumbed" | "martyred" | "decapitated" => Outcome::Killed,
        "wounded" | "injured" | "hurt" | "hospitalised" | "hospitalized" | "maimed" | "injuries" | "wounds" => Outcome::Injured,
        "missing" | "unaccounted" | "disappeared" => Outcome::Missing,
        "kidnapped" | "abducted" | "hostage" | "captive" => Outcome::Abducted,
        // `neutralised` in military statements: killed, wounded or captured
        // (eval/dev-tolls decision T6).
        "casualties" | "neutralised" | "neutralized" => Outcome::Casualties,
        _ => return None,
    })
}

/// Forward cues that are also active transitive verbs: `12 gunmen killed 5
/// civilians` says nothing about the 12.
pub(crate) fn is_transitive(w: &str) -> bool {
    TRANSITIVE_CUES.contains(w)
}

/// Forms of `be` (and `get`) that make the next participle passive.
pub(crate) fn is_passive_aux(w: &str) -> bool {
    PASSIVE_AUX.contains(w)
}

/// Words that may stand between a figure and a following cue.
pub(crate) fn is_forward_glue(w: &str) -> bool {
    is_passive_aux(w) || FORWARD_GLUE.contains(w)
}

/// Prepositions that open a short phrase a forward search may step over
/// (`12 people in Aleppo were killed`).
pub(crate) fn is_preposition(w: &str) -> bool {
    PREPOSITIONS.contains(w)
}

/// Prepositions whose object a following noun phrase is (`from an X`, `of a Y`).
pub(crate) fn is_preposition_before_object(w: &str) -> bool {
    is_preposition(w) || OBJECT_PREPOSITIONS.contains(w)
}

/// Words that may stand between a governing verb and its figure (`killed another
/// 12`, `executed the 4 hostages`, `killed all 150 people`).
pub(crate) fn is_backward_glue(w: &str) -> bool {
    BACKWARD_GLUE.contains(w)
}

/// Verbs whose object is people not harmed, vetoing any outcome
/// (`released 12 hostages`).
pub(crate) fn is_veto_verb(w: &str) -> bool {
    VETO_VERBS.contains(w)
}

/// Nouns that sum up a count over time (`the death toll`, `the number of dead`).
pub(crate) fn is_toll_word(w: &str) -> bool {
    TOLL_WORDS.contains(w)
}

/// Words that link a toll to its figure (`the death toll rose to 45`, `put the toll
/// at 45`, `a toll of 45`).
pub(crate) fn is_toll_link(w: &str) -> bool {
    TOLL_LINKS.contains(w)
}

/// Words before a number that make it a name, a rank or a measure
/// (`Resolution 2254`, `Route 5`, `aged 12`, `No. 3`).
pub(crate) fn names_a_number(w: &str) -> bool {
    NUMBER_NAMES.contains(w)
}

/// A form of `beat`, a beating or a win (`beat 3 traders`, `beat the defending
/// champion`): asked by the win test (`casualties.rs`) and by a list of fates
/// (`outcome::backward`: `beat and abducted a farmer`).
pub(crate) fn is_beat(w: &str) -> bool {
    matches!(w, "beat" | "beats" | "beating")
}

/// Month names (a number next to one is a day or a year): `vocab/data/months.tsv`,
/// shared with the date grammar.
pub(crate) fn is_month(w: &str) -> bool {
    crate::vocab::calendar::is_month(w)
}

/// The number of a full month name (`january` is 1).
pub(crate) fn month_number(w: &str) -> Option<u32> {
    crate::vocab::calendar::month_number(w)
}

/// A weekday name (`friday`, `mondays`).
pub(crate) fn is_weekday(w: &str) -> bool {
    crate::vocab::calendar::is_weekday(w)
}

/// Words that may follow a figure without being what it counts (prepositions,
/// auxiliaries, times, conjunctions): `killed 12 in Aleppo`, `12 were killed`,
/// `killed 12 on Sunday`.
pub(crate) fn is_neutral_after(w: &str) -> bool {
    is_forward_glue(w) || is_preposition(w) || forward_cue(w).is_some() || NEUTRAL_AFTER.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The person-noun filter passes every noun of the set, and `is_person_noun`
    /// answers as the set does (long, empty, capitalised and unknown words too).
    #[test]
    fn person_noun_filter_never_rejects_a_noun() {
        assert!(PERSON_NOUNS.iter().all(|w| PERSON_NOUN_BITS.may_hold(w)));
        for w in ["", "soldiers", "soldier", "Soldiers", "civilians", "the", "said", "kilometres", "noncombatantsandmore", "xq"] {
            assert_eq!(is_person_noun(w), PERSON_NOUNS.contains(w), "{w:?}");
        }
        let rejected = ["the", "said", "of", "and", "police", "were", "killed", "in", "on", "at"]
            .iter()
            .filter(|w| !PERSON_NOUN_BITS.may_hold(w))
            .count();
        assert!(rejected > 0, "the filter rejects words");
    }

    /// WordNet 3.0's person nouns (`scripts/build_person_nouns.py`, committed output
    /// that CI rebuilds byte for byte): the file parses, holds the nouns the hand list
    /// lacks, and leaves out what the script filters.
    #[test]
    fn wordnet_person_nouns_parse() {
        let set = word_set(PERSON_NOUNS_WORDNET);
        assert!(set.len() > 10_000, "{}", set.len());
        for w in ["conductor", "conductors", "herders", "tribesmen", "headmaster", "beekeepers", "commandos"] {
            assert!(set.contains(w), "{w}");
        }
        // left out: mostly another part of speech (`have`, `senior`), participles, things, groups
        for w in ["have", "haves", "few", "free", "senior", "seniors", "accused", "houses", "family", "villages", "victims", "lion"] {
            assert!(!set.contains(w), "{w}");
        }
        // `cadres`: WordNet has no person sense for it; the hand list has
        assert!(!set.contains("cadres") && is_person_noun("cadres"));
        assert!(is_person_noun("conductor") && is_person_noun("herders") && is_person_noun("tribesmen"));
        assert!(set.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')));
    }

    #[test]
    fn classes_do_not_swallow_units_or_things() {
        for thing in ["villages", "km", "countries", "percent", "years", "tanks", "dollars", "miles"] {
            assert!(!is_person_noun(thing) && !is_neutral_after(thing), "{thing}");
            assert!(head_outcome(thing).is_none(), "{thing}");
        }
    }

    /// Whether a row of a word list is one lowercase word (no second, tab-separated
    /// field, which the reader would drop).
    fn is_one_lowercase_word(fields: &[&str]) -> bool {
        matches!(fields, [w] if !w.contains(char::is_whitespace) && w.to_lowercase() == *w)
    }

    #[test]
    fn data_files_parse() {
        let person_nouns = [("person_nouns.txt", PERSON_NOUNS_HAND), ("person_nouns_wordnet.txt", PERSON_NOUNS_WORDNET)];
        for &(name, src) in FILES.iter().chain(&person_nouns) {
            let rows: Vec<(usize, Vec<&str>)> = crate::vocab::table::rows(src).collect();
            assert!(!rows.is_empty(), "{name}: no words");
            for (line, fields) in &rows {
                assert!(is_one_lowercase_word(fields), "{name}:{line}: {fields:?} is not one lowercase word");
            }
            assert_eq!(word_set(src).len(), rows.len(), "{name}: a word listed twice");
        }
        for bad in ["killed\tdead", "two words", "Killed"] {
            assert!(!crate::vocab::table::rows(bad).all(|(_, fields)| is_one_lowercase_word(&fields)), "{bad:?} accepted");
        }
        assert_eq!(PERSON_NOUNS.len(), word_set(PERSON_NOUNS_HAND).union(&word_set(PERSON_NOUNS_WORDNET)).count());
        assert!(is_not_people("km") && is_not_people("goats") && !is_not_people("herders"));
        assert!(is_thing_noun("farm") && is_thing_noun("suitcases") && !is_thing_noun("herders") && !is_thing_noun("crew"));
        assert!(is_victim_link("belonging") && is_violent_participle("hacked"));
        assert!(is_person_noun("civilians") && is_person_noun("schoolgirls") && !is_person_noun("houses"));
        assert!(is_toll_link("rose") && names_a_number("resolution") && is_neutral_after("yesterday"));
        assert!(is_preposition_before_object("near") && is_preposition_before_object("behind"));
        assert!(is_forward_glue("were") && is_forward_glue("reportedly") && !is_forward_glue("houses"));
        assert!(REVISION_VERBS.contains("lowered") && is_toll_or_tally("tally") && !is_toll_or_tally("count"));
        assert!(REVISION.contains("later") && ESTIMATE.contains("put") && OLDER_COUNT.contains("initially"));
        assert!(SEPARATE.contains("separate") && INCIDENTS.contains("gunfights") && RESCUE_VERBS.contains("spared"));
        assert!(FINDING_VERBS.contains("recovered"));
        assert!(OTHER_FATES.contains("captured") && ALIVE_VERBS.contains("burnt") && COLLECTIVES_WITHOUT_PLURAL.contains("police"));
    }

    #[test]
    fn source_words_parse() {
        let lines: Vec<(usize, Vec<&str>)> = crate::vocab::table::rows(SOURCE_WORDS_SRC).collect();
        for (l, fields) in &lines {
            assert!(fields.len() == 1 || (fields.len() == 2 && fields[1] == "saying"), "line {l}: a word and at most the tag `saying`");
            assert!(!fields[0].contains(char::is_whitespace), "line {l}: one word, then a tab before the tag");
            assert_eq!(fields[0].to_lowercase(), fields[0], "line {l}: {:?} is not lowercase", fields[0]);
        }
        assert_eq!(SOURCE_WORDS.len(), lines.len(), "a word listed twice");
        assert!(SAYING.iter().all(|w| SOURCE_WORDS.contains(w)));
        assert!(SAYING.contains("said") && SAYING.contains("according") && !SAYING.contains("sources"));
        assert!(SOURCE_WORDS.contains("sources") && SOURCE_WORDS.contains("acknowledged") && !SOURCE_WORDS.contains("saying"));
    }

    #[test]
    fn tripled_letters_are_cut_to_two() {
        let mut buf = [0; MAX_TRIPLED];
        assert_eq!(untripled("killling", &mut buf), Some("killing"));
        assert_eq!(untripled("killlllings", &mut buf), Some("killings"));
        assert_eq!(untripled("killing", &mut buf), None, "no run of three");
        assert_eq!(untripled("a".repeat(40).as_str(), &mut buf), None, "too long");
        assert_eq!(verb_cue("killling"), Some(Outcome::Killed));
        assert_eq!(noun_of_cue("murdders"), None, "only a run of three is repaired");
    }

    #[test]
    fn outcome_words() {
        assert_eq!(head_outcome("dead"), Some((Outcome::Killed, HeadWord::Predicate, true)));
        assert_eq!(head_outcome("casualties").map(|h| h.0), Some(Outcome::Casualties));
        assert_eq!(verb_cue("executed"), Some(Outcome::Killed));
        assert_eq!(verb_cue("kidnapped"), Some(Outcome::Abducted));
        assert_eq!(noun_of_cue("lives"), Some(Outcome::Killed));
        assert_eq!(forward_cue("hospitalized"), Some(Outcome::Injured));
        assert!(verb_cue("deployed").is_none());
    }
}
