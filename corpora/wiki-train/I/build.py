#!/usr/bin/env python3
"""Build corpora/wiki-train/I/wiki-train-I.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/I/build.py            build, check, re-read and check again
python3 corpora/wiki-train/I/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/I/build.py --hints    also list capitalised words outside every span

The builder is eval/dev-wiki/build.py with ids wI001... and two extra checks (as parts B
and G do): texts have no stray whitespace, and every whole-word occurrence of a labelled
surface in a document lies inside some span of that document.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "wiki-train-I.jsonl")
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
                    f"{did}: {s['text']!r} at {i} is outside every span"


def hints(d):
    t = d["text"]
    covered = set()
    for s in d["spans"]:
        covered.update(range(s["start"], s["end"]))
    words = []
    for m in re.finditer(r"\w[\w'’.-]*", t):
        if m.group()[0].isupper() and m.start() not in covered:
            words.append(m.group())
    return words


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"wI{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")
    if "--hints" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {' '.join(hints(d))}")


if __name__ == "__main__":
    main()
