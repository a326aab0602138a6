#!/usr/bin/env python3
"""Build crates/annotator/src/casualties/data/person_nouns_wordnet.txt from WordNet 3.0.

Source (pinned): the Debian package `wordnet-base`, version 1:3.0-37 (WordNet 3.0,
Princeton University; licence in data/LICENSE.wordnet). No network: the script reads
the package's files from WORDNET_DIR (default /usr/share/wordnet; `apt-get install -y
wordnet-base`, or `apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb DIR`
and WORDNET_DIR=DIR/usr/share/wordnet). The Rust CLI never reads WordNet: it compiles
the committed output in.

What it collects (all lowercased, one word a line, sorted):
  * the single-word, lowercase lemmas (letters, with inner hyphens or apostrophes) of
    every hyponym of person.n.01 (transitively, `~` pointers) and of operator.n.02
    (WordNet puts operator.n.02 and under it driver.n.01 below causal_agent.n.01, not
    person.n.01); not the other noun.person synsets outside person.n.01, which are
    life forces and spiritual or imaginary beings (spirit.n.01 `the vital principle`,
    soul.n.01, god, demon, monster: `killed the spirit of the talks` is no victim,
    round 15); named people (instances,
    `@i`) are left out, and so are capitalised lemmas (`Sindhi`, `Dalit`: peoples'
    names, which the demonym rules handle);
  * whose first sense in index.noun's sense order (WordNet orders senses by tagged
    frequency) is one of those person synsets, counting only the senses where the
    lemma is spelled in lowercase (so `herder` is read as the herdsman, not as the
    philosopher Herder);
  * no people-group synsets (people.n.01's hyponyms `clergy`, `peasantry`, nor
    group-first lemmas like `family`): a group noun after `one` is no single victim
    (`one family` is not one person killed; measured, round 13);
  * minus the words of not_people.txt and the outcome nouns the rules read as cues
    (`victim`, `casualty`, `hostage`, ...: see OUTCOME_NOUNS);
  * each person lemma with its plural (group nouns have none): noun.exc's irregular plurals (`tribesman` -> `tribesmen`),
    English rules otherwise (`-s`, `-es`, `-ies`, `-man` -> `-men`);
  * leaving out a lemma (and its plural) tagged more often as a verb, adjective or
    adverb than as a noun in WordNet's sense-tagged counts (cntlist.rev: `have`,
    `free`, `few`, `senior`), a verb's participle in -ed (`accused`), and the
    synsets WordNet marks as disparagement, ethnic slur or obscenity (usage domain).

Usage: python3 scripts/build_person_nouns.py [--check]
  (writes the file; --check exits 1 when the committed file differs)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "crates/annotator/src/casualties/data")
OUT = os.path.join(DATA, "person_nouns_wordnet.txt")
WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
PACKAGE = "wordnet-base 1:3.0-37 (Debian bookworm)"

PERSON = "00007846"  # person.n.01
OPERATOR = "10378412"  # operator.n.02 (driver.n.01 is below it)
# Usage domains whose members are left out: disparagement.n.01, ethnic_slur.n.01,
# obscenity.n.02, vulgarism (obscenity.n.03's synset) -- insults, not news nouns.
SLUR_DOMAINS = {"06717170", "06718862", "07124340", "04903368"}
POS_OF_KEY = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

# Nouns the casualty rules read as outcome cues or as heads of their own; they stay
# out of the person list (the rules give them their own meaning).
OUTCOME_NOUNS = {
    "victim", "casualty", "hostage", "captive", "abductee", "dead", "wounded",
    "injured", "missing", "fatality", "corpse", "body", "death",
}

WORD = re.compile(r"^[a-z]+(?:[-'][a-z]+)*$")


def read_synsets():
    """offset -> (lexfile, [lemmas as spelled], [hyponym offsets])"""
    synsets = {}
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, lexfile = fields[0], fields[1]
            n = int(fields[3], 16)
            lemmas = [fields[4 + 2 * i] for i in range(n)]
            i = 4 + 2 * n
            p = int(fields[i])
            hypo, instance = [], False
            for j in range(p):
                sym, target, pos = fields[i + 1 + 4 * j : i + 4 + 4 * j]
                if sym == "~" and pos == "n":
                    hypo.append(target)
                instance |= sym == "@i"
                if sym == ";u" and target in SLUR_DOMAINS:
                    instance = True  # left out like a name
            synsets[offset] = (lexfile, lemmas, hypo, instance)
    return synsets


def closure(synsets, root):
    seen, stack = {root}, [root]
    while stack:
        for h in synsets[stack.pop()][2]:
            if h not in seen:
                seen.add(h)
                stack.append(h)
    return seen


def read_index():
    """lowercase lemma -> synset offsets in sense order"""
    index = {}
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            p = int(fields[3])
            offsets = fields[4 + p + 2 :]
            index[fields[0]] = offsets
    return index


def tagged_counts():
    """(lowercase lemma, pos) -> how often SemCor-tagged text uses it (cntlist.rev)"""
    counts = {}
    with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or "%" not in parts[0]:
                continue
            lemma, rest = parts[0].split("%", 1)
            key = (lemma.lower(), POS_OF_KEY.get(rest[:1], "?"))
            counts[key] = counts.get(key, 0) + int(parts[2])
    return counts


def lemma_form(lemma):
    """A lemma as data.noun spells it, without an adjective marker like `(a)`."""
    return re.sub(r"\(.*\)$", "", lemma)


def plurals(word, irregular):
    if word in irregular:
        # `commandoes` (noun.exc) and `commandos` are both written
        return irregular[word] + ([word + "s"] if word.endswith("o") else [])
    if word.endswith("man") and not word.endswith(("human", "shaman", "talisman", "caiman", "ottoman")):
        return [word[:-3] + "men"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def main():
    synsets = read_synsets()
    index = read_index()
    # person.n.01's hyponyms, and operator.n.02's: WordNet files some people under
    # causal_agent.n.01 (operator.n.02, and under it driver.n.01), not under
    # person.n.01. The other synsets of noun.person outside person.n.01 are no people:
    # life forces and spiritual or imaginary beings (spirit.n.01, soul.n.01, god,
    # demon, monster), which read figuratively in news (`killed the spirit of the
    # talks`). Named people (instances) are left out.
    person = closure(synsets, PERSON) | closure(synsets, OPERATOR)
    person = {o for o in person if not synsets[o][3]}
    counts = tagged_counts()
    with open(os.path.join(WN, "index.verb"), encoding="latin-1") as f:
        verbs = {line.split(" ", 1)[0] for line in f if not line.startswith("  ")}
    irregular = {}
    with open(os.path.join(WN, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                irregular.setdefault(parts[1], []).append(parts[0])
    with open(os.path.join(DATA, "not_people.txt"), encoding="utf-8") as f:
        not_people = {l.strip() for l in f if l.strip() and not l.startswith("#")}

    words = set()
    for off in sorted(person):
        for lemma in synsets[off][1]:
            spelled = lemma_form(lemma)
            low = spelled.lower()
            if not WORD.match(low) or len(low) < 3 or spelled != low:
                continue  # capitalised lemmas (`Sindhi`, `Dalit`) are names of peoples:
                # demonyms have their own rules (head.rs is_demonym)
            # senses of this spelling, in index.noun's order
            # (a lowercase lemma: the lowercase senses only, so `herder` is not Herder;
            # a capitalised one: every sense, as the key is lowercased: `Lion` (Leo)
            # goes, as lion.n.01 is the animal)
            senses = [
                o for o in index.get(low, []) if spelled != low or spelled in map(lemma_form, synsets[o][1])
            ]
            if not senses:
                continue
            first = senses[0]
            keep = first in person
            if not keep or low in OUTCOME_NOUNS or low in not_people:
                continue
            # a verb's participle (`accused`, `deceased`): after a noun it is the
            # verb (`a man accused of spying`), so it is no head
            if low.endswith("ed") and (low[:-1] in verbs or low[:-2] in verbs or low[:-3] in verbs):
                continue
            # mostly another part of speech in tagged text (`have`, `free`, `senior`):
            # neither the word nor its plural (the rules read `haves` as the plural
            # of `have`)
            noun = counts.get((low, "n"), 0)
            if any(counts.get((low, pos), 0) > noun for pos in "var"):
                continue
            words.add(low)
            for pl in plurals(spelled, irregular):
                pl = pl.lower()
                if WORD.match(pl) and pl not in not_people and pl not in OUTCOME_NOUNS and not any(
                    pl.startswith(o) and pl[len(o):] in ("s", "es", "ies") for o in OUTCOME_NOUNS
                ):
                    words.add(pl)

    header = [
        "# Person nouns from WordNet 3.0 (singular and plural), for is_person_noun.",
        "# GENERATED by scripts/build_person_nouns.py from the Debian package",
        f"# {PACKAGE}; do not edit by hand (CI rebuilds it byte for byte).",
        "# Lowercase lemmas of person.n.01's and operator.n.02's hyponyms whose",
        "# first sense is a person, minus not_people.txt, instances, slurs and",
        "# outcome nouns, -ed participles, words mostly of another part of speech in WordNet's tagged",
        "# counts and insults (usage domains); plurals from noun.exc and English rules.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# Licence: WordNet 3.0 licence (permissive), see LICENSE.wordnet beside this file.",
        f"# {len(words)} words.",
    ]
    write_or_check(OUT, header, words)


def write_or_check(out, header, words):
    """Writes the header lines and the sorted words to `out`; with --check on the
    command line, writes nothing and exits 1 when the committed file differs."""
    text = "\n".join(header + sorted(words)) + "\n"
    if "--check" in sys.argv:
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{out} differs from the script's output", file=sys.stderr)
                sys.exit(1)
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{len(words)} words -> {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
