#!/usr/bin/env python3
"""Build corpora/wiki-train/A/wiki-train-A.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/A/build.py            build, check, re-read and check again
python3 corpora/wiki-train/A/build.py --review   also print every document with [span|LABEL]
                                                 and, for each, the capitalised words left
                                                 outside any span (a reading aid only)

The builder is the one of eval/dev-wiki/build.py (same matching rule, same checks), with
ids wA001, wA002, ..., a check against doubled or edge whitespace in the texts, and a
note for every labelled surface that occurs again in the same document without a span
(a possible missed repeat mention, to be read and judged, not an error).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import bracketed, build_wiki_part, capitalised_outside, check_wiki_docs, unlabelled_repeats  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-A.jsonl")


def check(docs):
    # an unlabelled repeat is noted after the build (main), not refused
    check_wiki_docs(docs, repeats=False)


def main():
    reread = build_wiki_part(OUT, "wA", DOCS, check, review=None)
    for d in reread:
        for surface, i in unlabelled_repeats(d):
            print(f"note {d['id']}: {surface!r} also at {i} without a span")
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")
            caps = capitalised_outside(d)
            if caps:
                print(f"      outside spans: {' '.join(caps)}")


if __name__ == "__main__":
    main()
