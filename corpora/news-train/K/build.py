#!/usr/bin/env python3
"""Build corpora/news-train/K/news-train-K.jsonl from the decision lists in ents.py.

python3 corpora/news-train/K/build.py            build, check, re-read and check again
python3 corpora/news-train/K/build.py --review   also print every document with [span|LABEL]

Method copied from eval/dev-wiki/build.py: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping `skip`
such matches first. Offsets are Unicode code points.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import build_news_part, check_news_docs  # noqa: E402

OUT = os.path.join(HERE, "news-train-K.jsonl")
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"], 1)}
MONTHS.update({"January": 1, "February": 2, "August": 8, "September": 9, "October": 10,
               "November": 11, "December": 12, "Sep": 9})
# The first agency dateline on any line: "CITY, [Country,] Mon[.] D (".
DATELINE = re.compile(r"^[A-Z][A-Z'. -]+,(?: [^,\n(]+,)? ([A-Z][a-z]+)\.? (\d{1,2}) \(", re.M)


def dateline(did, text, dct, day):
    # a dateline's month and day must agree with dct
    m = DATELINE.search(text)
    if m:
        assert MONTHS.get(m.group(1)) == day.month and int(m.group(2)) == day.day, \
            f"{did}: dateline {m.group(1)} {m.group(2)} vs dct {dct}"


def check(docs):
    check_news_docs(docs, range(2016, 2026), per_doc=dateline)


def main():
    build_news_part(OUT, "wK", DOCS, check)


if __name__ == "__main__":
    main()
