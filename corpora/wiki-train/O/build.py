#!/usr/bin/env python3
"""Build corpora/wiki-train/O/wiki-train-O.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/O/build.py            build, check, re-read and check again
python3 corpora/wiki-train/O/build.py --review   also print every document with [spans|LABEL]

(Adapted from eval/dev-wiki/build.py; ids wO001, wO002, ...)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_wiki_part, check_wiki_docs  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-O.jsonl")


def check(docs):
    check_wiki_docs(docs)


def main():
    build_wiki_part(OUT, "wO", DOCS, check)


if __name__ == "__main__":
    main()
