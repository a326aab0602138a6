#!/usr/bin/env python3
"""Build corpora/wiki-train/I/wiki-train-I.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/I/build.py            build, check, re-read and check again
python3 corpora/wiki-train/I/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/I/build.py --hints    also list capitalised words outside every span

The builder is eval/dev-wiki/build.py with ids wI001... and two extra checks (as parts B
and G do): texts have no stray whitespace, and every whole-word occurrence of a labelled
surface in a document lies inside some span of that document.
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

OUT = os.path.join(HERE, "wiki-train-I.jsonl")


def check(docs):
    check_wiki_docs(docs)


def hints(d):
    t = d["text"]
    covered = set()
    for s in d["spans"]:
        covered.update(range(s["start"], s["end"]))
    words = []
    for m in re.finditer(r"\w[\w'’.-]*", t):
        if m.group()[0].isupper() and m.start() not in covered:
            words.append(m.group())
    return words


def main():
    reread = build_wiki_part(OUT, "wI", DOCS, check)
    if "--hints" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {' '.join(hints(d))}")


if __name__ == "__main__":
    main()
