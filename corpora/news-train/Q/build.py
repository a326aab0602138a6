#!/usr/bin/env python3
"""Build corpora/news-train/Q/news-train-Q.jsonl from the decision lists in ents.py.

python3 corpora/news-train/Q/build.py            build, check, re-read and check again
python3 corpora/news-train/Q/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first; offsets are Unicode code points.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-Q.jsonl")
# (document id, surface) pairs allowed to occur outside a span although the surface is
# labelled elsewhere in the same document.
ALLOWED_UNLABELLED = set()


def check(docs):
    # no square brackets in a text (a [span|LABEL] left over from review)
    check_news_docs(docs, range(2016, 2026), forbid=("  ", "["), allowed_repeats=ALLOWED_UNLABELLED)


def main():
    build_news_part(OUT, "wQ", DOCS, check)


if __name__ == "__main__":
    main()
