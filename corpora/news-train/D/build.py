#!/usr/bin/env python3
"""Build corpora/news-train/D/news-train-D.jsonl from the decision lists in ents.py.

python3 corpora/news-train/D/build.py            build, check, re-read and check again
python3 corpora/news-train/D/build.py --review   also print every document with [span|LABEL]
python3 corpora/news-train/D/build.py --lint     also list unlabelled repeats of labelled strings

The method and checks are those of eval/dev-wiki/build.py; the differences are the ids
(wD001, ...), a per-document "dct" (the story's date, 2016-2025) and the output name.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-D.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
DATE = re.compile(r"^(20(?:1[6-9]|2[0-5]))-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == {"id", "text", "dct", "layers", "spans"}, did
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        assert DATE.match(d["dct"]), f"{did}: bad dct {d['dct']!r}"
        assert text == text.strip() and text, f"{did}: empty text or edge whitespace"
        prev_end = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            assert set(s) == {"start", "end", "label", "text"}, f"{did}: bad keys {s}"
            st, en = s["start"], s["end"]
            assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
            assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
            assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
            assert s["label"] in LABELS, f"{did}: bad label {s}"
            assert st >= prev_end, f"{did}: overlap at {s}"
            prev_end = en


def lint(docs):
    """Unlabelled whole-word occurrences of a string labelled elsewhere in the same document."""
    n = 0
    for d in docs:
        text, spans = d["text"], d["spans"]
        for surface in sorted({s["text"] for s in spans}):
            for i in whole_word_matches(text, surface, 0):
                j = i + len(surface)
                if not any(s["start"] <= i and j <= s["end"] for s in spans):
                    n += 1
                    print(f"lint {d['id']}: unlabelled {surface!r} at {i}: ...{text[max(0, i - 30):j + 30]}...")
    print(f"lint: {n} unlabelled repeats")


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wD{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--lint" in sys.argv:
        lint(reread)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} ({d['dct']}): {bracketed(d)}")


if __name__ == "__main__":
    main()
