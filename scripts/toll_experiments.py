#!/usr/bin/env python3
"""Measures whether a trained step could beat the casualty totals' rules (issue 13).

Reads `tageval annotate --layers casualties` output of an ACLED file (its lines keep
the gold `fatalities` field) and prints, per part of the 70/30 split (FNV-1a of the
id, as `tageval score --split`), aggregate counts only, never a note's text:

1. what a perfect choice of which killed spans count could reach (the bound of any
   trained span-selection or span-combination step): notes whose toll is wrong but
   equals the sum of some subset of their killed spans, against notes with no killed
   span at all (a span-level miss, which no combination step can fix);
2. a trained document gate: logistic regression (L2, class-balanced) on the note's
   words, trained on the tuning part's notes that have a killed toll, predicting
   "ACLED codes 0"; a gated note's toll is dropped. Reported as coded-0 notes fixed
   and right tolls lost, by 5-fold cross-validation on the tuning part and, trained
   on the whole tuning part, on the held-out part.

    tageval annotate ../shared/data/acled/acled-2015-south-asia.jsonl --layers casualties -o /tmp/sa.jsonl
    tageval annotate ../shared/data/acled/acled-2016-africa.jsonl --layers casualties -o /tmp/af.jsonl
    python3 scripts/toll_experiments.py /tmp/sa.jsonl /tmp/af.jsonl

Needs numpy (pinned in scripts/requirements-gazetteer.txt). Deterministic (no random state).
"""
import itertools
import json
import re
import sys

import numpy as np

NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()


def part(doc_id):
    h = 0xCBF29CE484222325
    for b in doc_id.encode():
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "heldout" if h % 10 < 3 else "tune"


def number(count):
    m = re.search(r"\d+", count or "")
    return int(m.group()) if m else None


def stated(toll, text):
    """The toll appears in the text (digits, or a number word up to twenty)."""
    if re.search(r"(?<![\d,])" + re.escape(f"{toll:,}") + r"(?!\d)", text) or re.search(r"(?<!\d)" + str(toll) + r"(?!\d)", text):
        return True
    return 1 <= toll <= 20 and re.search(r"(?i)\b" + NUMBER_WORDS[toll - 1] + r"\b", text) is not None


def load(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        try:
            gold = int(d.get("fatalities"))
        except (TypeError, ValueError):
            continue
        killed = [number(s["value"].split(":", 1)[1]) for s in d.get("spans", []) if s.get("value", "").startswith("killed:")]
        docs.append({
            "part": part(d["id"]),
            "gold": gold,
            "toll": number(d.get("casualty_totals", {}).get("killed")),
            "killed": [k for k in killed if k is not None],
            "text": d["text"],
        })
    return docs


def selection_bound(name, docs):
    for p in ("tune", "heldout"):
        scored = [d for d in docs if d["part"] == p and d["gold"] > 0 and stated(d["gold"], d["text"])]
        wrong = [d for d in scored if d["toll"] != d["gold"]]
        subset = sum(
            1
            for d in wrong
            if d["killed"] and len(d["killed"]) <= 12
            and d["gold"] in {sum(c) for k in range(1, len(d["killed"]) + 1) for c in itertools.combinations(d["killed"], k)}
        )
        none = sum(1 for d in wrong if not d["killed"])
        print(f"{name} {p}: {len(scored)} tolls stated, {len(wrong)} wrong; a subset of killed spans sums to the toll in {subset}; no killed span in {none}")


def words(text):
    return set(re.findall(r"[a-z]+", text.lower()))


def train(x, y, l2):
    w = np.zeros(x.shape[1])
    pos = y.mean()
    weight = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
    for _ in range(300):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 5.0 * (x.T @ ((p - y) * weight) / len(y) + l2 * w / len(y))
    return w


def gate(files, l2=1.0, threshold=0.7):
    rows = [(name, d) for name, docs in files for d in docs if d["toll"]]
    tune = [(n, d) for n, d in rows if d["part"] == "tune"]
    counts = {}
    for _, d in tune:
        for w in words(d["text"]):
            counts[w] = counts.get(w, 0) + 1
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in counts.items() if c >= 3))}

    def features(rs):
        x = np.zeros((len(rs), len(vocab) + 1))
        x[:, -1] = 1
        for i, (_, d) in enumerate(rs):
            for w in words(d["text"]):
                if w in vocab:
                    x[i, vocab[w]] = 1
        return x

    def outcome(rs, p):
        fixed = sum(1 for pi, (_, d) in zip(p, rs) if pi > threshold and d["gold"] == 0)
        lost = sum(1 for pi, (_, d) in zip(p, rs) if pi > threshold and d["gold"] > 0 and d["gold"] == d["toll"])
        return fixed, lost

    xt = features(tune)
    yt = np.array([float(d["gold"] == 0) for _, d in tune])
    fold = np.arange(len(tune)) % 5
    fixed = lost = 0
    for k in range(5):
        w = train(xt[fold != k], yt[fold != k], l2)
        held = [r for r, f in zip(tune, fold) if f == k]
        f, l = outcome(held, 1 / (1 + np.exp(-xt[fold == k] @ w)))
        fixed, lost = fixed + f, lost + l
    print(f"gate (l2 {l2}, threshold {threshold}), tune 5-fold: coded-0 notes fixed {fixed}, right tolls lost {lost}")
    w = train(xt, yt, l2)
    for name, _ in files:
        held = [(n, d) for n, d in rows if n == name and d["part"] == "heldout"]
        f, l = outcome(held, 1 / (1 + np.exp(-features(held) @ w)))
        print(f"gate (l2 {l2}, threshold {threshold}), {name} held-out: coded-0 notes fixed {f}, right tolls lost {l}")


def main():
    files = [(path.rsplit("/", 1)[-1], load(path)) for path in sys.argv[1:]]
    if not files:
        sys.exit("usage: toll_experiments.py ANNOTATED.jsonl...")
    for name, docs in files:
        selection_bound(name, docs)
    for l2, threshold in ((1.0, 0.7), (1.0, 0.9), (10.0, 0.7)):
        gate(files, l2, threshold)


if __name__ == "__main__":
    main()
