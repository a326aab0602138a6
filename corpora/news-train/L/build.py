#!/usr/bin/env python3
"""Build corpora/news-train/L/news-train-L.jsonl from the decision lists in ents.py.

python3 corpora/news-train/L/build.py            build, check, re-read and check again
python3 corpora/news-train/L/build.py --review   also print every document with [span|LABEL]

Method copied from eval/dev-wiki/build.py: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span.
"""
import os

import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-L.jsonl")
YEARS = range(1995, 2008)


def check(docs):
    check_news_docs(docs, YEARS)


def main():
    build_news_part(OUT, "wL", DOCS, check)


if __name__ == "__main__":
    main()
