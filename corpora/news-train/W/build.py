#!/usr/bin/env python3
"""Build corpora/news-train/W/news-train-W.jsonl from the decision lists in ents.py.

python3 corpora/news-train/W/build.py            build, check, re-read and check again
python3 corpora/news-train/W/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each surface is found as a case-sensitive whole-word
match at or after the end of the previous span (skipping `skip` matches first).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs, check_iso_dateline  # noqa: E402

OUT = os.path.join(HERE, "news-train-W.jsonl")
# Agency dateline on the first line of the body: "CITY[, Country], Mon D (Agency) -".
AGENCY = re.compile(r"^[A-Z][A-Z .,'-]*?(?:, [A-Za-z .]+)?, ([A-Z][a-z]+) (\d{1,2}) \((Reuters|AP|AFP)\) -")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def dateline(did, text, dct, day):
    check_iso_dateline(did, text, dct)
    lines = text.split("\n")
    heads = [m for m in (AGENCY.search(line) for line in lines[:2]) if m]
    assert len(heads) == 1, f"{did}: no agency dateline"
    mon, dd = heads[0].group(1), int(heads[0].group(2))
    assert (MONTHS[mon], dd) == (day.month, day.day), f"{did}: dateline {mon} {dd} != dct {dct}"


def check(docs):
    check_news_docs(docs, range(1996, 2013), allowed=('Atlanta',), per_doc=dateline)


def main():
    build_news_part(OUT, "wW", DOCS, check)


if __name__ == "__main__":
    main()
