#!/usr/bin/env python3
"""Build corpora/news-train/E/news-train-E.jsonl from the decision lists in ents.py.

python3 corpora/news-train/E/build.py            build, check, re-read and check again
python3 corpora/news-train/E/build.py --review   also print every document with [spans|LABEL]

The method is eval/dev-wiki/build.py's: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span. Two checks are
added: each dct is a real date in 2016-2025, and a string labelled somewhere in a document
may not occur elsewhere in that document outside every span (a name labelled once and
missed later fails the build).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-E.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = ["id", "text", "dct", "layers", "spans"]


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert list(d.keys()) == KEYS, f"{did}: keys {list(d.keys())}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert 2016 <= day.year <= 2025 and d["dct"] == day.isoformat(), f"{did}: dct {d['dct']}"
        assert text == text.strip() and "  " not in text, f"{did}: stray whitespace"
        prev_end = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            st, en = s["start"], s["end"]
            assert list(s.keys()) == ["start", "end", "label", "text"], f"{did}: span keys {s}"
            assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
            assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
            assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
            assert s["label"] in LABELS, f"{did}: bad label {s}"
            assert st >= prev_end, f"{did}: overlap at {s}"
            prev_end = en
        # every whole-word occurrence of a labelled string must lie inside some span
        for surface in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surface, 0):
                j = i + len(surface)
                assert any(s["start"] <= i and j <= s["end"] for s in d["spans"]), \
                    f"{did}: {surface!r} at {i} is labelled elsewhere but not here"


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wE{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
