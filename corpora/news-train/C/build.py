#!/usr/bin/env python3
"""Build corpora/news-train/C/news-train-C.jsonl from the decision lists in ents.py.

python3 corpora/news-train/C/build.py            build, check, re-read and check again
python3 corpora/news-train/C/build.py --review   also print every document with [spans|LABEL]

The method is eval/dev-wiki/build.py's: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span (skipping `skip`
matches first); offsets are Unicode code points. Each document carries its own story date
as "dct". After the build, the file is re-read from disk and checked again. The build also
lists every whole-word occurrence of a labelled surface that no span covers, so that a
name labelled once and missed later is seen (the list must be empty, or each remaining
occurrence must be named in ALLOWED_UNLABELLED in ents.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS, ALLOWED_UNLABELLED  # noqa: E402
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-C.jsonl")


def check(docs):
    # unlabelled repeats are listed (UNLABELLED REPEAT ...) and refused, but those in
    # ALLOWED_UNLABELLED; no heldout2 check (C never had one)
    check_news_docs(docs, range(2016, 2026), heldout2=False, allowed_repeats=ALLOWED_UNLABELLED)


def main():
    build_news_part(OUT, "wC", DOCS, check, review="{id} ({dct}): {text}")


if __name__ == "__main__":
    main()
