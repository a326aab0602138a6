#!/usr/bin/env python3
"""Build corpora/wiki-train/P/wiki-train-P.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/P/build.py            build, check, re-read and check again
python3 corpora/wiki-train/P/build.py --review   also print every document with [spans|LABEL]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "wiki-train-P.jsonl")
DCT = "2025-06-01"
LABELS = {"PER", "ORG", "LOC", "MISC"}


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        assert d["dct"] == DCT, did
        check_spans(did, text, d["spans"], LABELS)
        assert text == text.strip() and "  " not in text and "\n" not in text, f"{did}: stray whitespace"
        # every whole-word occurrence of a labelled surface lies inside some span
        for s in d["spans"]:
            for i in whole_word_matches(text, s["text"], 0):
                j = i + len(s["text"])
                assert any(t["start"] <= i and j <= t["end"] for t in d["spans"]), \
                    f"{did}: {s['text']!r} at {i} left outside every span"


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"wP{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
