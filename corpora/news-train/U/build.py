#!/usr/bin/env python3
"""Build corpora/news-train/U/news-train-U.jsonl from the decision lists in ents.py.

python3 corpora/news-train/U/build.py            build, check, re-read and check again
python3 corpora/news-train/U/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each surface is found as a case-sensitive whole-word
match at or after the end of the previous span (skipping `skip` matches first).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import build_news_part, check_news_docs, check_iso_dateline  # noqa: E402

OUT = os.path.join(HERE, "news-train-U.jsonl")
# Agency datelines: `LAGOS, June 2 (Reuters) -` or `LAGOS, Nigeria, June 2 (AFP) -`.
WIRE = re.compile(r"^[A-Z][A-Z .'-]*(?:, [A-Za-z ]+)?, ([A-Z][a-z]+)\.? (\d{1,2}) \((?:Reuters|AP|AFP)\) - ")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def dateline(did, text, dct, day):
    check_iso_dateline(did, text, dct)
    for line in text.split("\n")[:2]:
        w = WIRE.search(line)
        if w:
            assert w.group(1) in MONTHS, f"{did}: month {w.group(1)!r}"
            assert (MONTHS[w.group(1)], int(w.group(2))) == (day.month, day.day), \
                f"{did}: dateline {w.group(1)} {w.group(2)} != dct {dct}"


def check(docs):
    check_news_docs(docs, range(1997, 2010), per_doc=dateline)


def main():
    build_news_part(OUT, "wU", DOCS, check)


if __name__ == "__main__":
    main()
