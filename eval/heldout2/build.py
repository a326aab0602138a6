#!/usr/bin/env python3
"""Build entities-2.jsonl and casualties-2.jsonl from the hand-written decision
lists in ents.py and cas.py, validate every span, and print a bracketed review.

Usage: python3 build.py [--review]
"""
import json, re, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ents import ENTS
from cas import CAS

ENT_LABELS = {"PER", "ORG", "LOC", "MISC"}
OUTCOMES = {"killed", "injured", "missing", "abducted", "casualties"}
COUNT_RE = re.compile(r"^(\d+|>=\d+|>\d+|<=\d+|~\d+|\d+-\d+)$")
VALUE_RE = re.compile(r"^([a-z]+):(.+)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_word(ch):
    return ch.isalnum()


def bounded(text, i, j):
    """The match text[i:j] is a whole word/number: neither neighbour continues it."""
    if i > 0:
        p = text[i - 1]
        if is_word(p):
            return False
        if p in ",." and i > 1 and text[i - 2].isdigit() and text[i].isdigit():
            return False
    if j < len(text):
        n = text[j]
        if is_word(n):
            return False
        if n in ",." and j + 1 < len(text) and text[j + 1].isdigit() and text[j - 1].isdigit():
            return False
    return True


def find(text, surface, occ, where):
    k = 0
    start = 0
    while True:
        i = text.find(surface, start)
        if i < 0:
            raise SystemExit(f"{where}: occurrence {occ} of {surface!r} not found")
        j = i + len(surface)
        if bounded(text, i, j):
            k += 1
            if k == occ:
                return i, j
        start = i + 1


def check_spans(iid, text, spans):
    errs = []
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            errs.append(f"{iid}: slice mismatch {s}")
        if not s["text"] or s["text"][0].isspace() or s["text"][-1].isspace():
            errs.append(f"{iid}: whitespace at edge {s}")
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errs.append(f"{iid}: overlap {a['text']!r} / {b['text']!r}")
    return errs


def build_entities():
    out, errs, ids = [], [], set()
    for iid, dct, text, decs in ENTS:
        assert iid not in ids, iid
        ids.add(iid)
        if not DATE_RE.match(dct):
            errs.append(f"{iid}: bad dct {dct}")
        spans = []
        for d in decs:
            surface, label = d[0], d[1]
            occ = d[2] if len(d) > 2 else 1
            if label not in ENT_LABELS:
                errs.append(f"{iid}: bad label {label}")
            i, j = find(text, surface, occ, iid)
            spans.append({"start": i, "end": j, "label": label, "text": surface})
        spans.sort(key=lambda s: s["start"])
        errs += check_spans(iid, text, spans)
        out.append({"id": iid, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    return out, errs


def build_casualties():
    out, errs, ids = [], [], set()
    for iid, dct, text, decs, fat in CAS:
        assert iid not in ids, iid
        ids.add(iid)
        if not DATE_RE.match(dct):
            errs.append(f"{iid}: bad dct {dct}")
        spans = []
        for d in decs:
            surface, value = d[0], d[1]
            occ = d[2] if len(d) > 2 else 1
            m = VALUE_RE.match(value)
            if not m or m.group(1) not in OUTCOMES or not COUNT_RE.match(m.group(2)):
                errs.append(f"{iid}: bad value {value!r}")
            else:
                c = m.group(2)
                if "-" in c:
                    a, b = c.split("-")
                    if int(a) >= int(b):
                        errs.append(f"{iid}: bad range {value}")
            i, j = find(text, surface, occ, iid)
            spans.append({"start": i, "end": j, "label": "CASUALTY", "text": surface, "value": value})
        spans.sort(key=lambda s: s["start"])
        errs += check_spans(iid, text, spans)
        if isinstance(fat, str):
            if not COUNT_RE.match(fat):
                errs.append(f"{iid}: bad fatalities {fat!r}")
        elif not isinstance(fat, int) or fat < 0:
            errs.append(f"{iid}: bad fatalities {fat!r}")
        killed = [s for s in spans if s["value"].startswith("killed:")]
        if fat != 0 and not killed:
            errs.append(f"{iid}: fatalities {fat} but no killed span")
        if fat == 0 and killed:
            errs.append(f"{iid}: killed spans but fatalities 0")
        out.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"], "spans": spans,
                    "fatalities": fat})
    return out, errs


def bracket(item, show_value):
    t = item["text"]
    res, pos = [], 0
    for s in item["spans"]:
        res.append(t[pos:s["start"]])
        tag = s["value"] if show_value else s["label"]
        res.append(f"[{t[s['start']:s['end']]}]{{{tag}}}")
        pos = s["end"]
    res.append(t[pos:])
    return "".join(res)


def main():
    ents, e1 = build_entities()
    cas, e2 = build_casualties()
    errs = e1 + e2
    if errs:
        print("\n".join(errs))
        raise SystemExit(1)
    for name, items in (("entities-2.jsonl", ents), ("casualties-2.jsonl", cas)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    for name in ("entities-2.jsonl", "casualties-2.jsonl"):
        for line in open(HERE / name, encoding="utf-8"):
            it = json.loads(line)
            assert not check_spans(it["id"], it["text"], it["spans"]), it["id"]
    lab = collections.Counter(s["label"] for it in ents for s in it["spans"])
    outc = collections.Counter(s["value"].split(":")[0] for it in cas for s in it["spans"])
    form = collections.Counter()
    for it in cas:
        for s in it["spans"]:
            c = s["value"].split(":")[1]
            form[">=N" if c.startswith(">=") else ">N" if c.startswith(">") else "<=N" if c.startswith("<=")
                 else "~N" if c.startswith("~") else "N-M" if "-" in c else "N"] += 1
    print(f"entities: {len(ents)} items, {sum(lab.values())} spans {dict(lab)}")
    print(f"casualties: {len(cas)} items, {sum(outc.values())} spans {dict(outc)} forms {dict(form)}")
    print(f"casualty items with no span: {[it['id'] for it in cas if not it['spans']]}")
    print(f"fatalities non-exact: {[(it['id'], it['fatalities']) for it in cas if isinstance(it['fatalities'], str)]}")
    if "--review" in sys.argv:
        for it in ents:
            print(f"{it['id']} {bracket(it, False)}")
        for it in cas:
            print(f"{it['id']} fat={it['fatalities']} {bracket(it, True)}")


if __name__ == "__main__":
    main()
