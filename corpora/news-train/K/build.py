#!/usr/bin/env python3
"""Build corpora/news-train/K/news-train-K.jsonl from the decision lists in ents.py.

python3 corpora/news-train/K/build.py            build, check, re-read and check again
python3 corpora/news-train/K/build.py --review   also print every document with [span|LABEL]

Method copied from eval/dev-wiki/build.py: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping `skip`
such matches first. Offsets are Unicode code points.
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
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches, check_no_heldout2_names  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-K.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"], 1)}
MONTHS.update({"January": 1, "February": 2, "August": 8, "September": 9, "October": 10,
               "November": 11, "December": 12, "Sep": 9})


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == KEYS, f"{did}: keys {sorted(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        dct = datetime.date.fromisoformat(d["dct"])
        assert 2016 <= dct.year <= 2025 and d["dct"] == dct.isoformat(), f"{did}: dct {d['dct']}"
        # a dateline's month and day must agree with dct
        m = re.search(r"^[A-Z][A-Z'. -]+,(?: [^,\n(]+,)? ([A-Z][a-z]+)\.? (\d{1,2}) \(", text, re.M)
        if m:
            assert MONTHS.get(m.group(1)) == dct.month and int(m.group(2)) == dct.day, \
                f"{did}: dateline {m.group(1)} {m.group(2)} vs dct {d['dct']}"
        check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # a string labelled somewhere in the document is labelled everywhere in it
        for s in d["spans"]:
            for i in whole_word_matches(text, s["text"]):
                j = i + len(s["text"])
                assert any(o["start"] <= i and j <= o["end"] for o in d["spans"]), \
                    f"{did}: {s['text']!r} unlabelled at {i}"
        check_no_heldout2_names(did, text)


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wK{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
