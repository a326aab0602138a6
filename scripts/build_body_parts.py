#!/usr/bin/env python3
"""Build crates/annotator/src/casualties/data/body_parts_wordnet.txt from WordNet 3.0.

Nouns for parts of the body: a victim `shot in the leg`, `hit in the head`, `cut on
the arm` is injured (casualties/outcome.rs `wound_on_body`, round 17 of
docs/CASUALTIES.md): the place of the wound tells the harm where `shot` alone does
not.

Source (pinned) and setup: as scripts/build_person_nouns.py (the Debian package
`wordnet-base` 1:3.0-37, read from WORDNET_DIR, default /usr/share/wordnet); its
readers are reused. The Rust CLI never reads WordNet: it compiles the committed output in.

What it collects (lowercase, one word a line, sorted): the single-word lowercase
noun lemmas (letters, inner hyphens) of body_part.n.01 and every synset below it.

Usage: python3 scripts/build_body_parts.py [--check]
  (writes the file; --check exits 1 when the committed file differs)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_person_nouns as wn  # noqa: E402

OUT = os.path.join(wn.DATA, "body_parts_wordnet.txt")
BODY_PART = "05220461"  # body_part.n.01


def main():
    synsets = wn.read_synsets()
    words = set()
    for offset in wn.closure(synsets, BODY_PART):
        for lemma in synsets[offset][1]:
            w = wn.lemma_form(lemma)
            if w == w.lower() and wn.WORD.match(w) and "'" not in w:
                words.add(w)
    header = [
        "# Nouns for parts of the body (WordNet 3.0: body_part.n.01 and below), built by",
        "# scripts/build_body_parts.py; do not edit by hand. A wound placed on one (`shot in",
        "# the leg`) is an injury (outcome.rs `wound_on_body`). One lowercase word a line.",
    ]
    wn.write_or_check(OUT, header, words)


if __name__ == "__main__":
    main()
