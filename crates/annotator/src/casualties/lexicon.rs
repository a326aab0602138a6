//! The closed word classes the casualty rules use, on lowercased keys.
//!
//! Small and structural on purpose: person nouns (what a figure may count), outcome
//! words (what happened to them), the glue words that may sit between a number and
//! its cue, and the words before a number that make it a name or a date
//! (`Resolution 2254`, `June 12`).

use std::collections::HashSet;

/// A word list, hashed with a fixed fast hasher (lookups are on the tagging path).
type WordSet = HashSet<&'static str, foldhash::fast::FixedState>;
use std::sync::LazyLock;

use super::outcome::Outcome;

/// A word list data file: one lowercase word a line, `#` comments.
fn word_set(src: &'static str) -> WordSet {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

const NOT_PEOPLE: &str = include_str!("data/not_people.txt");
const VICTIM_LINKS: &str = include_str!("data/victim_links.txt");
const VIOLENT_PARTICIPLES: &str = include_str!("data/violent_participles.txt");
const COLLECTIVES: &str = include_str!("data/collectives.txt");

static NOT_PEOPLE_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(NOT_PEOPLE));
static VICTIM_LINK_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(VICTIM_LINKS));
static COLLECTIVE_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(COLLECTIVES));
static VIOLENT_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(VIOLENT_PARTICIPLES));

/// Nouns a number counts that are never people (`km`, `years`, `goats`, `houses`):
/// as a figure's head they make it no figure (`data/not_people.txt`).
pub(crate) fn is_not_people(w: &str) -> bool {
    NOT_PEOPLE_SET.contains(w)
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
    matches!(
        w,
        "people" | "person" | "persons" | "individuals" | "civilians" | "civilian" | "soldiers" | "soldier"
            | "troops" | "servicemen" | "serviceman" | "servicemembers" | "personnel" | "fighters" | "fighter"
            | "militants" | "militant" | "rebels" | "rebel" | "insurgents" | "insurgent" | "jihadists" | "jihadist"
            | "jihadis" | "gunmen" | "gunman" | "militiamen" | "militiaman" | "combatants" | "policemen"
            | "policeman" | "police" | "policewomen" | "officers" | "officer" | "cops" | "guards" | "guard"
            | "members" | "member" | "residents" | "resident" | "villagers" | "workers" | "worker" | "protesters"
            | "protester" | "protestors" | "demonstrators" | "students" | "student" | "pilgrims" | "worshippers"
            | "worshipers" | "passengers" | "passenger" | "migrants" | "migrant" | "refugees" | "tourists"
            | "tourist" | "journalists" | "journalist" | "reporters" | "reporter" | "staff" | "staffers"
            | "employees" | "employee" | "officials" | "official" | "children" | "child" | "kids" | "women"
            | "woman" | "men" | "man" | "boys" | "boy" | "girls" | "girl" | "babies" | "baby" | "infants"
            | "infant" | "toddlers" | "teenagers" | "teenager" | "teens" | "youths" | "youngsters" | "adults"
            | "patients" | "doctors" | "doctor" | "nurses" | "medics" | "paramedics" | "volunteers" | "relatives"
            | "others" | "inmates" | "prisoners" | "prisoner" | "detainees" | "detainee" | "recruits"
            | "cadets" | "peacekeepers" | "peacekeeper" | "contractors" | "citizens" | "nationals" | "foreigners"
            | "locals" | "bystanders" | "shoppers" | "commuters" | "spectators" | "fans" | "schoolchildren"
            | "schoolgirls" | "schoolboys" | "pupils" | "miners" | "farmers" | "fishermen" | "sailors" | "marines"
            | "crew" | "crewmen" | "firefighters" | "rescuers" | "guests" | "attackers" | "assailants"
            | "bombers" | "suspects" | "terrorists" | "extremists" | "islamists" | "loyalists" | "troopers"
            | "commandos" | "paratroopers" | "pilots" | "airmen" | "guardsmen" | "gendarmes" | "conscripts"
            | "mourners" | "congregants" | "monks" | "priests" | "clerics" | "imams" | "christians" | "muslims"
            | "jews" | "yazidis" | "kurds" | "shiites" | "sunnis" | "alawites" | "druze" | "copts" | "americans"
            | "syrians" | "iraqis" | "afghans" | "palestinians" | "israelis" | "turks" | "iranians" | "lebanese"
            | "pakistanis" | "saudis" | "yemenis" | "egyptians" | "libyans" | "nigerians" | "somalis"
            | "russians" | "ukrainians" | "indians" | "britons" | "europeans" | "africans" | "expatriates"
            | "taliban" | "peshmerga" | "bodyguards" | "pedestrians" | "motorists" | "drivers" | "teachers" | "clients"
            | "customers" | "diplomats" | "sons" | "daughters" | "brothers" | "sisters" | "wives" | "husbands"
            | "mothers" | "fathers" | "cousins" | "siblings" | "grandchildren" | "nephews" | "nieces"
            | "forces" | "survivors"
    )
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
        "killed" | "dead" | "slain" | "executed" | "murdered" | "massacred" | "beheaded" => {
            (Outcome::Killed, Predicate, true)
        }
        "deaths" | "fatalities" | "fatality" | "death" | "bodies" | "body" | "corpses" | "corpse" | "lives" => {
            (Outcome::Killed, Noun, true)
        }
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

/// Verbs whose object is the figure (`killed 12`, `wounding 30`, `kidnapped 7`).
pub(crate) fn verb_cue(w: &str) -> Option<Outcome> {
    Some(match w {
        "kill" | "kills" | "killed" | "killing" | "slay" | "slays" | "slew" | "slaying" | "murder"
        | "murders" | "murdered" | "murdering" | "execute" | "executes" | "executed" | "executing"
        | "behead" | "beheads" | "beheaded" | "beheading" | "massacre" | "massacres" | "massacred"
        | "massacring" | "slaughter" | "slaughters" | "slaughtered" | "slaughtering" | "assassinated"
        | "lynched" | "martyred" | "lost" | "lose" | "loses" | "losing" => Outcome::Killed,
        "wound" | "wounds" | "wounded" | "wounding" | "injure" | "injures" | "injured" | "injuring"
        | "hurt" | "hurting" | "hurts" | "maimed" | "maiming" => Outcome::Injured,
        "kidnap" | "kidnaps" | "kidnapped" | "kidnapping" | "abduct" | "abducts" | "abducted"
        | "abducting" => Outcome::Abducted,
        _ => return None,
    })
}

/// Nouns that take the figure after `of` (`the deaths of 12`, `the lives of 12`,
/// `the abduction of 7`).
pub(crate) fn noun_of_cue(w: &str) -> Option<Outcome> {
    Some(match w {
        "deaths" | "death" | "killing" | "killings" | "murder" | "murders" | "execution"
        | "executions" | "massacre" | "bodies" | "remains" | "corpses" | "lives" | "slaughter" | "martyrdom" => {
            Outcome::Killed
        }
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
        "killed" | "dead" | "died" | "die" | "dies" | "perished" | "drowned" | "slain" | "executed"
        | "beheaded" | "murdered" | "massacred" | "slaughtered" | "assassinated" | "suffocated"
        | "electrocuted" | "lynched" | "fatalities" | "lives" | "death" | "succumbed" | "martyred" => Outcome::Killed,
        "wounded" | "injured" | "hurt" | "hospitalised" | "hospitalized" | "maimed" | "injuries"
        | "wounds" => Outcome::Injured,
        "missing" | "unaccounted" | "disappeared" => Outcome::Missing,
        "kidnapped" | "abducted" | "hostage" | "captive" => Outcome::Abducted,
        "casualties" => Outcome::Casualties,
        _ => return None,
    })
}

/// Forward cues that are also active transitive verbs: `12 gunmen killed 5
/// civilians` says nothing about the 12.
pub(crate) fn is_transitive(w: &str) -> bool {
    matches!(
        w,
        "killed" | "wounded" | "injured" | "hurt" | "executed" | "beheaded" | "murdered" | "massacred"
            | "slaughtered" | "kidnapped" | "abducted" | "assassinated" | "lynched" | "maimed"
    )
}

/// Forms of `be` (and `get`) that make the next participle passive.
pub(crate) fn is_passive_aux(w: &str) -> bool {
    matches!(w, "were" | "was" | "are" | "is" | "be" | "been" | "being" | "got" | "get" | "gets")
}

/// Words that may stand between a figure and a following cue.
pub(crate) fn is_forward_glue(w: &str) -> bool {
    is_passive_aux(w)
        || matches!(
            w,
            "have" | "has" | "had" | "will" | "would" | "may" | "might" | "all" | "also" | "who" | "that"
                | "remain" | "remained" | "remains" | "confirmed" | "reported" | "believed" | "feared"
                | "presumed" | "thought" | "said" | "to" | "lost" | "their" | "found" | "left" | "taken"
                | "held" | "among" | "the" | "both" | "shot" | "gunned" | "down" | "beaten" | "stabbed"
                | "burned" | "burnt" | "crushed" | "later" | "still" | "already" | "now" | "since" | "either"
                | "reportedly" | "allegedly" | "then" | "treated" | "for" | "known" | "listed" | "as"
        )
}

/// Prepositions that open a short phrase a forward search may step over
/// (`12 people in Aleppo were killed`).
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "near" | "inside" | "outside" | "across" | "on" | "from" | "during" | "after" | "amid"
            | "throughout" | "around" | "within"
    )
}

/// Prepositions whose object a following noun phrase is (`from an X`, `of a Y`).
pub(crate) fn is_preposition_before_object(w: &str) -> bool {
    is_preposition(w) || matches!(w, "of" | "from" | "with" | "by" | "for" | "to" | "into" | "than" | "like" | "under" | "behind")
}

/// Words that may stand between a governing verb and its figure (`killed another
/// 12`, `executed the 4 hostages`, `killed all 150 people`).
pub(crate) fn is_backward_glue(w: &str) -> bool {
    matches!(
        w,
        "another" | "further" | "additional" | "also" | "reportedly" | "allegedly" | "the" | "all" | "both" | "its"
            | "their" | "his" | "her"
    )
}

/// Verbs whose object is people not harmed, vetoing any outcome
/// (`released 12 hostages`).
pub(crate) fn is_veto_verb(w: &str) -> bool {
    matches!(
        w,
        "released" | "releasing" | "release" | "releases" | "freed" | "freeing" | "free" | "frees"
            | "exchanged" | "swapped" | "swap" | "exchange"
    )
}

/// Nouns that sum up a count over time (`the death toll`, `the number of dead`).
pub(crate) fn is_toll_word(w: &str) -> bool {
    matches!(w, "toll" | "tally" | "tolls" | "number" | "count" | "total" | "figure")
}

/// Words that link a toll to its figure (`the death toll rose to 45`, `put the toll
/// at 45`, `a toll of 45`).
pub(crate) fn is_toll_link(w: &str) -> bool {
    matches!(
        w,
        "to" | "at" | "of" | "reached" | "reach" | "reaches" | "hit" | "hits" | "topped" | "tops" | "passed"
            | "exceeded" | "exceeds" | "surpassed" | "is" | "was" | "stands" | "stood" | "now" | "risen"
            | "rose" | "rises" | "rise" | "climbed" | "climbs" | "jumped" | "jumps" | "increased" | "grew"
            | "mounted" | "soared" | "has" | "had" | "from" | "past" | "been" | "put" | "puts" | "placed"
            | "passes" | "pass" | "nears" | "neared" | "approaches" | "approached" | "crossed" | "crosses"
            | "surpasses" | "reaching" | "rising" | "climbing" | "bringing" | "taking" | "raising" | "raises"
            | "raised" | "stand" | "remains" | "remained"
    )
}

/// Words before a number that make it a name, a rank or a measure
/// (`Resolution 2254`, `Route 5`, `aged 12`, `No. 3`).
pub(crate) fn names_a_number(w: &str) -> bool {
    matches!(
        w,
        "resolution" | "resolutions" | "article" | "articles" | "no" | "nos" | "number" | "route" | "road"
            | "highway" | "flight" | "room" | "page" | "pages" | "chapter" | "section" | "unit" | "brigade"
            | "division" | "battalion" | "regiment" | "squadron" | "camp" | "gate" | "block" | "zone" | "sector"
            | "phase" | "level" | "grade" | "class" | "platform" | "line" | "bus" | "building" | "floor"
            | "apartment" | "aged" | "age" | "ages" | "year" | "years" | "since" | "version" | "paragraph"
            | "item" | "km" | "kilometre" | "kilometer" | "mile" | "channel" | "district" | "terminal"
            | "vote" | "votes" | "voted" | "score" | "index" | "covid"
    )
}

/// Month names (a number next to one is a day or a year).
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september"
            | "october" | "november" | "december" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug"
            | "sep" | "sept" | "oct" | "nov" | "dec"
    )
}

/// Words that may follow a figure without being what it counts (prepositions,
/// auxiliaries, times, conjunctions): `killed 12 in Aleppo`, `12 were killed`,
/// `killed 12 on Sunday`.
pub(crate) fn is_neutral_after(w: &str) -> bool {
    is_forward_glue(w)
        || is_preposition(w)
        || forward_cue(w).is_some()
        || matches!(
            w,
            "by" | "before" | "since" | "when" | "while" | "and" | "or" | "but" | "with" | "without"
                | "including" | "of" | "to" | "who" | "which" | "whom" | "are" | "could" | "should" | "must"
                | "each" | "so" | "far" | "more" | "other" | "this" | "last" | "earlier" | "today"
                | "yesterday" | "overnight" | "tonight" | "tomorrow" | "monday" | "tuesday" | "wednesday"
                | "thursday" | "friday" | "saturday" | "sunday" | "alone" | "altogether" | "combined" | "in"
                | "there" | "here" | "a" | "an" | "than" | "nationwide" | "according" | "apiece" | "over"
                | "under" | "into" | "then" | "too" | "were" | "not" | "plus" | "if" | "because"
                | "as" | "out" | "up" | "way" | "that" | "these" | "those" | "it" | "they"
                | "he" | "she" | "we" | "his" | "her" | "its" | "late" | "early" | "outright" | "next"
                | "along" | "between" | "against" | "for" | "about" | "toward" | "towards"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_do_not_swallow_units_or_things() {
        for thing in ["villages", "km", "countries", "percent", "years", "tanks", "dollars", "miles"] {
            assert!(!is_person_noun(thing) && !is_neutral_after(thing), "{thing}");
            assert!(head_outcome(thing).is_none(), "{thing}");
        }
    }

    #[test]
    fn data_files_parse() {
        for (name, src) in [("not_people", NOT_PEOPLE), ("victim_links", VICTIM_LINKS), ("violent", VIOLENT_PARTICIPLES), ("collectives", COLLECTIVES)] {
            let set = word_set(src);
            assert!(set.len() >= 5, "{name}");
            assert!(set.iter().all(|w| !w.contains(char::is_whitespace) && w.to_lowercase() == *w), "{name}");
        }
        assert!(is_not_people("km") && is_not_people("goats") && !is_not_people("herders"));
        assert!(is_victim_link("belonging") && is_violent_participle("hacked"));
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
