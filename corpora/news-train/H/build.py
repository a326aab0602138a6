#!/usr/bin/env python3
"""Build corpora/news-train/H/news-train-H.jsonl from the decision lists in ents.py.

python3 corpora/news-train/H/build.py            build, check, re-read and check again
python3 corpora/news-train/H/build.py --review   also print every document with [span|LABEL]

The method is eval/dev-wiki/build.py's: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping `skip`
such matches first. On top of dev-wiki's checks this build also fails when
  - a document's dct is not a valid date in 2016-2025;
  - a string labelled in a document occurs elsewhere in that document unlabelled
    (whole-word, case-sensitive), so a name labelled once and missed later cannot slip by;
  - a text contains a name given as an example in eval/heldout2/README.md
    (decision_lists.HELDOUT2_NAMES).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-H.jsonl")


def check(docs):
    check_news_docs(docs, range(2016, 2026))


def main():
    build_news_part(OUT, "wH", DOCS, check, review="{id} ({dct}): {text}")


if __name__ == "__main__":
    main()
