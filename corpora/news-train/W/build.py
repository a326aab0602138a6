#!/usr/bin/env python3
"""Build corpora/news-train/W/news-train-W.jsonl from the decision lists in ents.py.

python3 corpora/news-train/W/build.py            build, check, re-read and check again
python3 corpora/news-train/W/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each surface is found as a case-sensitive whole-word
match at or after the end of the previous span (skipping `skip` matches first).
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches, check_no_heldout2_names, check_iso_dateline  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-W.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}
# Agency dateline on the first line of the body: "CITY[, Country], Mon D (Agency) -".
AGENCY = re.compile(r"^[A-Z][A-Z .,'-]*?(?:, [A-Za-z .]+)?, ([A-Z][a-z]+) (\d{1,2}) \((Reuters|AP|AFP)\) -")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == KEYS, f"{did}: keys {sorted(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert 1996 <= day.year <= 2012, f"{did}: dct {d['dct']} outside 1996-2012"
        assert text == text.strip() and "  " not in text, f"{did}: stray whitespace"
        check_iso_dateline(did, text, d["dct"])
        lines = text.split("\n")
        heads = [m for m in (AGENCY.search(line) for line in lines[:2]) if m]
        assert len(heads) == 1, f"{did}: no agency dateline"
        mon, dd = heads[0].group(1), int(heads[0].group(2))
        assert (MONTHS[mon], dd) == (day.month, day.day), f"{did}: dateline {mon} {dd} != dct {d['dct']}"
        check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # a string labelled somewhere in the document must be inside a span everywhere
        covered = [(s["start"], s["end"]) for s in d["spans"]]
        for surf in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surf, 0):
                j = i + len(surf)
                assert any(a <= i and j <= b for a, b in covered), \
                    f"{did}: {surf!r} at {i} is labelled elsewhere but not here"
        check_no_heldout2_names(did, text, allowed=('Atlanta',))


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wW{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
