#!/usr/bin/env python3
"""Build corpora/wiki-train/B/wiki-train-B.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/B/build.py            build, check, re-read and check again
python3 corpora/wiki-train/B/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/B/build.py --hints    also list capitalised words outside spans
                                                 (a reminder for the annotator's own review)

Same method and checks as eval/dev-wiki/build.py, plus one more: every whole-word
occurrence of a labelled surface in a document must lie inside some span, so a name
is never labelled once and left bare a second time.
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

OUT = os.path.join(HERE, "wiki-train-B.jsonl")
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
        # every occurrence of a labelled surface is covered by a span
        for s in d["spans"]:
            for i in whole_word_matches(text, s["text"], 0):
                j = i + len(s["text"])
                assert any(o["start"] <= i and j <= o["end"] for o in d["spans"]), \
                    f"{did}: {s['text']!r} at {i} is labelled elsewhere but bare here"


def hints(d):
    """Capitalised words outside every span, not at a sentence start."""
    t = d["text"]
    found = []
    for m in re.finditer(r"\w[\w'’-]*", t):
        w = m.group()
        if not w[0].isupper():
            continue
        if any(s["start"] <= m.start() < s["end"] for s in d["spans"]):
            continue
        before = t[:m.start()].rstrip()
        if before == "" or before[-1] in ".!?":
            continue
        found.append(w)
    return found


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"wB{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")
    if "--hints" in sys.argv:
        for d in reread:
            h = hints(d)
            if h:
                print(f"{d['id']}: {' | '.join(h)}")


if __name__ == "__main__":
    main()
