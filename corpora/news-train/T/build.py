#!/usr/bin/env python3
"""Build corpora/news-train/T/news-train-T.jsonl from the decision lists in ents.py.

python3 corpora/news-train/T/build.py            build, check, re-read and check again
python3 corpora/news-train/T/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each surface is found as a case-sensitive whole-word
match at or after the end of the previous span (skipping `skip` matches first).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs, check_iso_dateline  # noqa: E402

OUT = os.path.join(HERE, "news-train-T.jsonl")


def dateline(did, text, dct, day):
    check_iso_dateline(did, text, dct)


def check(docs):
    check_news_docs(docs, range(1995, 2026), allowed=('FARC',), per_doc=dateline)


def main():
    build_news_part(OUT, "wT", DOCS, check)


if __name__ == "__main__":
    main()
