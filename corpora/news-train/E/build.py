#!/usr/bin/env python3
"""Build corpora/news-train/E/news-train-E.jsonl from the decision lists in ents.py.

python3 corpora/news-train/E/build.py            build, check, re-read and check again
python3 corpora/news-train/E/build.py --review   also print every document with [spans|LABEL]

The method is eval/dev-wiki/build.py's: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span. Two checks are
added: each dct is a real date in 2016-2025, and a string labelled somewhere in a document
may not occur elsewhere in that document outside every span (a name labelled once and
missed later fails the build).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-E.jsonl")


def check(docs):
    # no heldout2 check: E never had one (its text names CRPF)
    check_news_docs(docs, range(2016, 2026), heldout2=False)


def main():
    build_news_part(OUT, "wE", DOCS, check)


if __name__ == "__main__":
    main()
