#!/usr/bin/env python3
"""Build eval/heldout4/entities-wiki.jsonl from the decision list in ents.py.

Usage:
  python3 eval/heldout4/build.py            # build, check, write, re-read and check again
  python3 eval/heldout4/build.py --review   # also print every document with its spans in brackets,
                                            # plus review hints (unlabelled capitalised words and
                                            # unlabelled repeats of labelled surfaces)

Offsets are Unicode code points (Python str indices), end exclusive.
"""
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the folder
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ents  # noqa: E402

OUT = os.path.join(HERE, "entities-wiki.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}


def occurrences(text, surface):
    """Start offsets of case-sensitive whole-word matches of surface in text."""
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [m.start() for m in pat.finditer(text)]


def check_doc(doc_id, text, spans):
    assert text == text.strip(), f"{doc_id}: text has leading/trailing whitespace"
    prev_end = -1
    for s in spans:
        st, en, lab, t = s["start"], s["end"], s["label"], s["text"]
        assert isinstance(st, int) and isinstance(en, int), f"{doc_id}: non-integer offsets {s}"
        assert 0 <= st < en <= len(text), f"{doc_id}: bad offsets {s}"
        assert text[st:en] == t, f"{doc_id}: slice {text[st:en]!r} != text {t!r}"
        assert not text[st].isspace() and not text[en - 1].isspace(), f"{doc_id}: span on whitespace {s}"
        assert lab in LABELS, f"{doc_id}: bad label {lab}"
        assert st >= prev_end, f"{doc_id}: overlapping spans at {s}"
        prev_end = en


def build():
    records = []
    seen_ids = set()
    for doc in ents.DOCS:
        doc_id, text, decisions = doc
        assert doc_id not in seen_ids, f"duplicate id {doc_id}"
        seen_ids.add(doc_id)
        spans = []
        used = set()
        for dec in decisions:
            if len(dec) == 2:
                surface, label = dec
                occ = 1
            else:
                surface, label, occ = dec
            key = (surface, occ)
            assert key not in used, f"{doc_id}: decision {key} given twice"
            used.add(key)
            starts = occurrences(text, surface)
            assert len(starts) >= occ, f"{doc_id}: {surface!r} occurrence {occ} not found ({len(starts)} found)"
            st = starts[occ - 1]
            spans.append({"start": st, "end": st + len(surface), "label": label, "text": surface})
        spans.sort(key=lambda s: (s["start"], s["end"]))
        check_doc(doc_id, text, spans)
        records.append({"id": doc_id, "text": text, "dct": ents.DCT, "layers": ["entities"], "spans": spans})
    return records


def write(records):
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def reread():
    ids = set()
    n = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert set(r) == {"id", "text", "dct", "layers", "spans"}, r["id"]
            assert r["layers"] == ["entities"], r["id"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"]), r["id"]
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            for s in r["spans"]:
                assert set(s) == {"start", "end", "label", "text"}, r["id"]
            check_doc(r["id"], r["text"], r["spans"])
            n += 1
    return n


def bracketed(r):
    out, pos = [], 0
    for s in r["spans"]:
        out.append(r["text"][pos:s["start"]])
        out.append("[" + s["text"] + "]" + s["label"])
        pos = s["end"]
    out.append(r["text"][pos:])
    return "".join(out)


def hints(r):
    covered = [False] * len(r["text"])
    for s in r["spans"]:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    caps = []
    for m in re.finditer(r"\w[\w'’.-]*", r["text"]):
        w = m.group()
        if w[0].isupper() and not any(covered[m.start():m.end()]):
            caps.append(w)
    repeats = []
    for s in r["spans"]:
        for st in occurrences(r["text"], s["text"]):
            if not covered[st]:
                repeats.append(s["text"])
    return caps, repeats


def main():
    records = build()
    write(records)
    n = reread()
    labels = collections.Counter(s["label"] for r in records for s in r["spans"])
    total = sum(labels.values())
    if "--review" in sys.argv:
        for r in records:
            caps, repeats = hints(r)
            print(r["id"], bracketed(r))
            print("   unlabelled capitalised:", " ".join(caps) or "-",
                  "| unlabelled repeats:", " ".join(repeats) or "-")
    print(f"{OUT}: {n} documents, {total} spans:",
          ", ".join(f"{k} {labels[k]}" for k in ("LOC", "ORG", "PER", "MISC")))
    print("all checks passed")


if __name__ == "__main__":
    main()
