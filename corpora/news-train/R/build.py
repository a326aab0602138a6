#!/usr/bin/env python3
"""Build corpora/news-train/R/news-train-R.jsonl from the decision lists in ents.py.

python3 corpora/news-train/R/build.py            build, check, re-read and check again
python3 corpora/news-train/R/build.py --review   also print every document with [span|LABEL]

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

OUT = os.path.join(HERE, "news-train-R.jsonl")
# Agency datelines: `OSLO, March 4 (Reuters) -`, `LAGOS, Nigeria, Sept 12 -`.
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]*(?:, [A-Za-z .]+)?, ((?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\w*) "
    r"(\d{1,2})(?: \((?:Reuters|AP|AFP)\))? -")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dateline(did, text, dct, day):
    check_iso_dateline(did, text, dct)
    for line in text.split("\n")[:2]:
        m = WIRE_DATELINE.search(line)
        if m:
            mon = MONTHS.index(m.group(1)[:3]) + 1
            assert (mon, int(m.group(2))) == (day.month, day.day), \
                f"{did}: dateline {m.group(1)} {m.group(2)} != dct {dct}"


def check(docs):
    check_news_docs(docs, range(1998, 2009), allowed=('BUENOS AIRES', 'FARC'), per_doc=dateline)


def main():
    build_news_part(OUT, "wR", DOCS, check)


if __name__ == "__main__":
    main()
