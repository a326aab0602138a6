#!/usr/bin/env python3
"""Build corpora/wiki-train/J/wiki-train-J.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/J/build.py            build, check, re-read and check again
python3 corpora/wiki-train/J/build.py --review   also print every document with [span|LABEL]

The builder is eval/dev-wiki/build.py with ids wJ001, wJ002, ... and two more checks
(as in parts B, F and G): texts have no stray whitespace, and every whole-word occurrence
of a labelled surface in a document lies inside some span.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "wiki-train-J.jsonl")
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
        assert text == text.strip() and "  " not in text and "\n" not in text, f"{did}: stray whitespace"
        check_spans(did, text, d["spans"], LABELS)
        # a labelled surface is never left bare elsewhere in the same document
        for s in d["spans"]:
            for i in whole_word_matches(text, s["text"], 0):
                j = i + len(s["text"])
                assert any(t["start"] <= i and j <= t["end"] for t in d["spans"]), \
                    f"{did}: {s['text']!r} at {i} is labelled elsewhere but bare here"


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"wJ{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
