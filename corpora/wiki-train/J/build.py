#!/usr/bin/env python3
"""Build corpora/wiki-train/J/wiki-train-J.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/J/build.py            build, check, re-read and check again
python3 corpora/wiki-train/J/build.py --review   also print every document with [span|LABEL]

The builder is eval/dev-wiki/build.py with ids wJ001, wJ002, ... and two more checks
(as in parts B, F and G): texts have no stray whitespace, and every whole-word occurrence
of a labelled surface in a document lies inside some span.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_wiki_part, check_wiki_docs  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-J.jsonl")


def check(docs):
    check_wiki_docs(docs)


def main():
    build_wiki_part(OUT, "wJ", DOCS, check)


if __name__ == "__main__":
    main()
