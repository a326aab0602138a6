#!/usr/bin/env python3
"""Build corpora/wiki-train/A/wiki-train-A.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/A/build.py            build, check, re-read and check again
python3 corpora/wiki-train/A/build.py --review   also print every document with [span|LABEL]
                                                 and, for each, the capitalised words left
                                                 outside any span (a reading aid only)

The builder is the one of eval/dev-wiki/build.py (same matching rule, same checks), with
ids wA001, wA002, ..., a check against doubled or edge whitespace in the texts, and a
note for every labelled surface that occurs again in the same document without a span
(a possible missed repeat mention, to be read and judged, not an error).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, is_word, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "wiki-train-A.jsonl")
DCT = "2025-06-01"
LABELS = {"PER", "ORG", "LOC", "MISC"}
PREFIX = "wA"


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        assert d["dct"] == DCT, did
        assert text == text.strip() and "  " not in text, f"{did}: stray whitespace"
        check_spans(did, text, d["spans"], LABELS)


def unlabelled_repeats(d):
    """Labelled surfaces that occur elsewhere in the text outside every span."""
    text, spans = d["text"], d["spans"]
    covered = [(s["start"], s["end"]) for s in spans]
    out = []
    for surface in sorted({s["text"] for s in spans}):
        for i in whole_word_matches(text, surface, 0):
            j = i + len(surface)
            if not any(a <= i and j <= b for a, b in covered):
                out.append((surface, i))
    return out


def capitalised_outside(d):
    text, spans = d["text"], d["spans"]
    mask = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            mask[k] = True
    words, i = [], 0
    while i < len(text):
        if is_word(text[i]) and (i == 0 or not is_word(text[i - 1])):
            j = i
            while j < len(text) and is_word(text[j]):
                j += 1
            if text[i].isupper() and not mask[i]:
                words.append(text[i:j])
            i = j
        else:
            i += 1
    return words


def main():
    docs = []
    for n, (text, entries) in enumerate(DOCS, 1):
        did = f"{PREFIX}{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": DCT, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    for d in reread:
        for surface, i in unlabelled_repeats(d):
            print(f"note {d['id']}: {surface!r} also at {i} without a span")
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']}: {bracketed(d)}")
            caps = capitalised_outside(d)
            if caps:
                print(f"      outside spans: {' '.join(caps)}")


if __name__ == "__main__":
    main()
