#!/usr/bin/env python3
"""Build corpora/wiki-train/B/wiki-train-B.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/B/build.py            build, check, re-read and check again
python3 corpora/wiki-train/B/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/B/build.py --hints    also list capitalised words outside spans
                                                 (a reminder for the annotator's own review)

Same method and checks as eval/dev-wiki/build.py, plus one more: every whole-word
occurrence of a labelled surface in a document must lie inside some span, so a name
is never labelled once and left bare a second time.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_wiki_part, check_wiki_docs  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-B.jsonl")


def check(docs):
    check_wiki_docs(docs)


def hints(d):
    """Capitalised words outside every span, not at a sentence start."""
    t = d["text"]
    found = []
    for m in re.finditer(r"\w[\w'’-]*", t):
        w = m.group()
        if not w[0].isupper():
            continue
        if any(s["start"] <= m.start() < s["end"] for s in d["spans"]):
            continue
        before = t[:m.start()].rstrip()
        if before == "" or before[-1] in ".!?":
            continue
        found.append(w)
    return found


def main():
    reread = build_wiki_part(OUT, "wB", DOCS, check)
    if "--hints" in sys.argv:
        for d in reread:
            h = hints(d)
            if h:
                print(f"{d['id']}: {' | '.join(h)}")


if __name__ == "__main__":
    main()
