#!/usr/bin/env python3
"""Build corpora/wiki-train/F/wiki-train-F.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/F/build.py            build, check, re-read and check again
python3 corpora/wiki-train/F/build.py --review   also print every document with [span|LABEL]

The method is eval/dev-wiki/build.py's: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span. One check is
added: every whole-word occurrence of a labelled surface in a document must lie inside a
span, so a name is never labelled once and left bare elsewhere in the same document.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_wiki_part, check_wiki_docs  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-F.jsonl")


def check(docs):
    check_wiki_docs(docs)


def main():
    build_wiki_part(OUT, "wF", DOCS, check)


if __name__ == "__main__":
    main()
