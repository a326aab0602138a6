#!/usr/bin/env python3
"""Build corpora/news-train/U/news-train-U.jsonl from the decision lists in ents.py.

python3 corpora/news-train/U/build.py            build, check, re-read and check again
python3 corpora/news-train/U/build.py --review   also print every document with [span|LABEL]

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
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches, check_no_heldout2_names, check_iso_dateline  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-U.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}
# Agency datelines: `LAGOS, June 2 (Reuters) -` or `LAGOS, Nigeria, June 2 (AFP) -`.
WIRE = re.compile(r"^[A-Z][A-Z .'-]*(?:, [A-Za-z ]+)?, ([A-Z][a-z]+)\.? (\d{1,2}) \((?:Reuters|AP|AFP)\) - ")
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
        assert 1997 <= day.year <= 2009, f"{did}: dct {d['dct']} outside 1997-2009"
        assert text == text.strip() and "  " not in text, f"{did}: stray whitespace"
        check_iso_dateline(did, text, d["dct"])
        for line in text.split("\n")[:2]:
            w = WIRE.search(line)
            if w:
                assert w.group(1) in MONTHS, f"{did}: month {w.group(1)!r}"
                assert (MONTHS[w.group(1)], int(w.group(2))) == (day.month, day.day), \
                    f"{did}: dateline {w.group(1)} {w.group(2)} != dct {d['dct']}"
        check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # a string labelled somewhere in the document must be inside a span everywhere
        covered = [(s["start"], s["end"]) for s in d["spans"]]
        for surf in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surf, 0):
                j = i + len(surf)
                assert any(a <= i and j <= b for a, b in covered), \
                    f"{did}: {surf!r} at {i} is labelled elsewhere but not here"
        check_no_heldout2_names(did, text)


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wU{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
