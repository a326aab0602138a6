#!/usr/bin/env python3
"""Build corpora/news-train/C/news-train-C.jsonl from the decision lists in ents.py.

python3 corpora/news-train/C/build.py            build, check, re-read and check again
python3 corpora/news-train/C/build.py --review   also print every document with [spans|LABEL]

The method is eval/dev-wiki/build.py's: each entry (surface, label[, skip]) is found as a
case-sensitive whole-word match at or after the end of the previous span (skipping `skip`
matches first); offsets are Unicode code points. Each document carries its own story date
as "dct". After the build, the file is re-read from disk and checked again. The build also
lists every whole-word occurrence of a labelled surface that no span covers, so that a
name labelled once and missed later is seen (the list must be empty, or each remaining
occurrence must be named in ALLOWED_UNLABELLED in ents.py).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS, ALLOWED_UNLABELLED  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-C.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
DATE = re.compile(r"^(20(1[6-9]|2[0-5]))-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert set(d) == {"id", "text", "dct", "layers", "spans"}, did
        assert d["layers"] == ["entities"], did
        assert DATE.match(d["dct"]), f"{did}: dct {d['dct']!r} is not a 2016-2025 date"
        assert text == text.strip() and text, f"{did}: empty text or edge whitespace"
        prev_end = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            assert set(s) == {"start", "end", "label", "text"}, f"{did}: keys {s}"
            st, en = s["start"], s["end"]
            assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
            assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
            assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
            assert s["label"] in LABELS, f"{did}: bad label {s}"
            assert st >= prev_end, f"{did}: overlap at {s}"
            prev_end = en


def unlabelled_repeats(d):
    """Whole-word occurrences of a labelled surface that no span covers."""
    covered = [(s["start"], s["end"]) for s in d["spans"]]
    out = []
    for surface in sorted({s["text"] for s in d["spans"]}):
        for i in whole_word_matches(d["text"], surface, 0):
            j = i + len(surface)
            if not any(a <= i and j <= b for a, b in covered):
                out.append((d["id"], surface))
    return out


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wC{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    check(docs)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    # re-read from disk and check again
    with open(OUT, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    check(reread)
    assert reread == docs
    missed = [m for d in reread for m in unlabelled_repeats(d) if m not in ALLOWED_UNLABELLED]
    for did, surface in missed:
        print(f"UNLABELLED REPEAT {did}: {surface!r}")
    assert not missed, f"{len(missed)} unlabelled occurrences of labelled names"
    counts = collections.Counter(s["label"] for d in reread for s in d["spans"])
    total = sum(counts.values())
    print(f"{len(reread)} documents, {total} spans: " +
          ", ".join(f"{k} {counts[k]}" for k in ("LOC", "ORG", "PER", "MISC")))
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} ({d['dct']}): {bracketed(d)}")


if __name__ == "__main__":
    main()
