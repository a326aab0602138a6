#!/usr/bin/env python3
"""Build corpora/wiki-train/G/wiki-train-G.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/G/build.py            build, check, re-read and check again
python3 corpora/wiki-train/G/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/G/build.py --hints    also list capitalised words outside spans

The method is eval/dev-wiki/build.py's; ids are wG001, wG002, ...
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed as render, check_spans, write_checked, is_word, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "wiki-train-G.jsonl")
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
                assert any(o["start"] <= i and j <= o["end"] for o in d["spans"]), \
                    f"{did}: {s['text']!r} at {i} is outside every span"


def hints(d):
    t = d["text"]
    inside = [False] * len(t)
    for s in d["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    words, i = [], 0
    while i < len(t):
        if is_word(t[i]) and (i == 0 or not is_word(t[i - 1])):
            j = i
            while j < len(t) and is_word(t[j]):
                j += 1
            if t[i].isupper() and not inside[i]:
                words.append(t[i:j])
            i = j
        else:
            i += 1
    return words


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"wG{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    for d in reread:
        if "--review" in sys.argv:
            print(f"{d['id']}: {render(d)}")
        if "--hints" in sys.argv:
            print(f"{d['id']} outside: {' '.join(hints(d))}")


if __name__ == "__main__":
    main()
