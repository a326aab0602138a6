#!/usr/bin/env python3
"""Build dates-6.jsonl (next to this script) from the decision lists in labels.py.

python3 build.py           build, validate, re-read and validate again
python3 build.py --review  also print every passage with its spans in brackets
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import ITEMS  # noqa: E402

OUT = os.path.join(HERE, "dates-6.jsonl")
LABELS = {"DATE", "TIME", "DURATION", "SET"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# TIMEX3 value syntax accepted in this set
DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF|"
    r"FY\d{4}|"
    r"\d{3}|\d{2}|"                                   # decade, century
    r"(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?|"      # year, month, day
    r"\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])|"              # season, quarter, half
    r"\d{4}-W\d{2}(-WE|-\d)?)$")                      # week, weekend
TIME_RE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI)$")
DUR_RE = re.compile(r"^P((\d+(\.\d+)?|X)([YMWD]|DE|CE))*(T((\d+(\.\d+)?|X)[HMS])+)?$")
SET_RE = re.compile(r"^(P((\d+|X)[YMWD])+|PT(\d+|X)[HMS]|XXXX-\d{2}|XXXX-(SP|SU|FA|WI)|XXXX-WXX-(\d|WE)|XXXX-XX-XXT(MO|AF|EV|NI))$")


def find_occurrence(text, surface, occ):
    """Start of the occ-th (1-based) case-sensitive whole-word match."""
    pat = re.compile(r"(?<![0-9A-Za-z])" + re.escape(surface) + r"(?![0-9A-Za-z])")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise AssertionError(f"{surface!r} occurrence {occ} not found ({len(hits)} hits) in {text!r}")
    return hits[occ - 1]


def check_value(label, value):
    rx = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE, "SET": SET_RE}[label]
    assert rx.match(value), f"bad {label} value {value!r}"
    if label == "DURATION":
        assert value != "P" and value != "PT", value
        # counted decades/centuries are written in years (P10Y, P300Y); DE/CE only for an unknown count
        assert not re.search(r"\d(DE|CE)", value), value


def weekday_check(rid, span, dct):
    """A span naming a weekday must carry a value on that weekday; warn when far from the DCT."""
    names = [w for w in WEEKDAYS if w in span["text"]]
    if not names:
        return
    w = re.match(r"^XXXX-WXX-(\d)$", span["value"])
    if w:  # a weekly SET (every Sunday): the day number must be that weekday's (Monday = 1)
        assert WEEKDAYS[int(w[1]) - 1] == names[0], f"{rid}: {span['text']!r} -> {span['value']}"
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", span["value"])
    assert m, f"{rid}: weekday span without full date {span}"
    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    assert WEEKDAYS[d.weekday()] == names[0], f"{rid}: {span['text']!r} -> {d} is a {WEEKDAYS[d.weekday()]}"
    if abs((d - dct).days) > 7:
        print(f"note {rid}: {span['text']!r} = {d}, {abs((d - dct).days)} days from DCT {dct} (story time)")


def validate(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["layers"] == ["dates"]
        dct = dt.date.fromisoformat(r["dct"])
        assert 1988 <= dct.year <= 2025, r["dct"]
        text = r["text"]
        assert text and text == text.strip(), r["id"]
        assert r["spans"], f"{r['id']}: passage with no span"
        prev_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert s["label"] in LABELS, s
            assert 0 <= s["start"] < s["end"] <= len(text), s
            assert text[s["start"]:s["end"]] == s["text"], (r["id"], s)
            assert not s["text"][0].isspace() and not s["text"][-1].isspace(), s
            assert s["start"] >= prev_end, f"{r['id']}: overlap at {s}"
            prev_end = s["end"]
            check_value(s["label"], s["value"])
            weekday_check(r["id"], s, dct)


def build():
    records = []
    for i, (dct, text, decisions) in enumerate(ITEMS, 1):
        spans = []
        for surface, occ, label, value in decisions:
            start = find_occurrence(text, surface, occ)
            spans.append({"start": start, "end": start + len(surface), "label": label,
                          "text": surface, "value": value})
        spans.sort(key=lambda s: s["start"])
        records.append({"id": f"h6-{i:03d}", "text": text, "dct": dct, "layers": ["dates"], "spans": spans})
    return records


def review(records):
    for r in records:
        t = r["text"]
        out, pos = [], 0
        for s in r["spans"]:
            out.append(t[pos:s["start"]])
            out.append(f"[{t[s['start']:s['end']]}|{s['label']}={s['value']}]")
            pos = s["end"]
        out.append(t[pos:])
        print(f"{r['id']} dct={r['dct']}\n  {''.join(out)}\n")


def main():
    records = build()
    assert records == build(), "build is not deterministic"
    validate(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        again = [json.loads(line) for line in f]
    assert again == records
    validate(again)
    if "--review" in sys.argv:
        review(again)
    c = Counter(s["label"] for r in again for s in r["spans"])
    years = sorted({r["dct"][:4] for r in again})
    print(f"{len(again)} passages, {sum(c.values())} spans: {dict(sorted(c.items()))}")
    print(f"DCT years: {years[0]}-{years[-1]}, {len(years)} distinct")
    print(f"non-ASCII passages: {[r['id'] for r in again if not r['text'].isascii()]}")
    print(f"passages with no span: {[r['id'] for r in again if not r['spans']]}")


if __name__ == "__main__":
    main()
