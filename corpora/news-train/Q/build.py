#!/usr/bin/env python3
"""Build corpora/news-train/Q/news-train-Q.jsonl from the decision lists in ents.py.

python3 corpora/news-train/Q/build.py            build, check, re-read and check again
python3 corpora/news-train/Q/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first; offsets are Unicode code points.
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches, check_no_heldout2_names  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-Q.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}
# (document id, surface) pairs allowed to occur outside a span although the surface is
# labelled elsewhere in the same document.
ALLOWED_UNLABELLED = set()


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == KEYS, f"{did}: keys {sorted(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert 2016 <= day.year <= 2025 and d["dct"] == day.isoformat(), f"{did}: dct {d['dct']}"
        assert text == text.strip() and "  " not in text and "[" not in text, f"{did}: stray text"
        covered = []
        covered += check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # a string labelled in a document must not occur unlabelled elsewhere in it
        for surface in {s["text"] for s in d["spans"]}:
            if (did, surface) in ALLOWED_UNLABELLED:
                continue
            for i in whole_word_matches(text, surface, 0):
                j = i + len(surface)
                assert any(a <= i and j <= b for a, b in covered),                     f"{did}: {surface!r} at {i} is outside every span"
        check_no_heldout2_names(did, text)


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wQ{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
