#!/usr/bin/env python3
"""Build corpora/news-train/M/news-train-M.jsonl from the decision lists in ents.py.

python3 corpora/news-train/M/build.py            build, check, re-read and check again
python3 corpora/news-train/M/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each (surface, label[, skip]) is found as a case-sensitive
whole-word match at or after the end of the previous span, skipping `skip` matches first.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402

OUT = os.path.join(HERE, "news-train-M.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}

# Names given as examples in eval/heldout2/README.md (its bracketed and back-quoted names,
# its list of surnames and its dateline cities). None may occur as a whole word here.
FORBIDDEN = [
    "Aishwarya", "Army commander", "Atlanta Olympics", "B.J. Habibie", "Bagerhat", "Baku",
    "Banco de la Nacion Argentina", "Bangko Sentral ng Pilipinas", "Bangladesh",
    "Bartholomew Ulufa'alu", "Bhutto", "Birendra", "Bosnia-Herzegovina", "Bosnian Serb",
    "Ceyhan", "Chilean Army", "Chilean Navy", "Congress", "Croatia", "Croats", "Cyclone Sidr",
    "Dipendra", "Dongria Kondh", "EDSA Shrine", "Ellis Park", "F.W. de Klerk", "Fijians",
    "Gorno-Badakhshan", "Hasan di Tiro", "Ho Chi Minh City Stock Exchange", "Holkar Stadium",
    "Huallaga", "India", "Indian Ocean", "Ixil Triangle", "Jaime Sin", "Jalal-Abad",
    "K'iche' Maya", "Karategin", "Konkola Copper Mines", "KwaZulu-Natal", "Lachin", "Lok Sabha",
    "Luiz Inacio Lula da Silva", "Marcos", "Merdeka Square", "Miraflores Palace",
    "Narayanhiti Palace", "National Mosque", "National Palace", "New Year's Day", "New Zealand",
    "Niyamgiri", "Nobel Peace Prize", "Norodom Ranariddh", "North American Free Trade Agreement",
    "Olympic Games", "Operation Essential Harvest", "Operation Uphold Democracy",
    "PORT-AU-PRINCE", "Port-au-Prince", "Pakistan Army", "Parliament", "Petrobras",
    "Plaza Italia", "Raoul Cedras", "Reformasi", "Republika Srpska",
    "Revolutionary Armed Forces of Colombia", "Rugby World Cup", "Ruhnama", "Said Afandi",
    "Sandiganbayan", "Sangachal", "Sao Paulo", "Shwedagon Pagoda", "Sidr", "South Africa",
    "South African Air Force", "State Bank of Vietnam", "State Great Khural", "Suvarnabhumi",
    "Tbilisi", "Turkmenbashi", "Union Buildings", "Vodacom Tanzania", "West Indies",
    "White House", "World Cup", "Wright-Patterson Air Force Base", "Xai-Xai", "ZANU-PF",
    "Zapatista", "6th Infantry Division", "Sidr", "Ondoy", "Marikina",
    "Fujimori", "Lula", "Vajpayee", "Rajapaksa", "Speight", "Arroyo", "Estrada", "Mandela",
    "Saakashvili", "Karimov", "Karadzic", "Zelaya", "Odinga", "Pinochet", "Dhaka", "Harare",
    "Lima", "Manila", "Bishkek", "Buenos Aires",
]


def is_word(ch):
    return ch.isalnum() or ch == "_"


def whole_word_matches(text, surface, frm):
    i = text.find(surface, frm)
    while i != -1:
        j = i + len(surface)
        left_ok = i == 0 or not is_word(text[i - 1]) or not is_word(surface[0])
        right_ok = j == len(text) or not is_word(text[j]) or not is_word(surface[-1])
        if left_ok and right_ok:
            yield i
        i = text.find(surface, i + 1)


def locate(text, entries, did):
    spans = []
    cursor = 0
    for e in entries:
        surface, label = e[0], e[1]
        skip = e[2] if len(e) > 2 else 0
        hits = list(whole_word_matches(text, surface, cursor))
        if len(hits) <= skip:
            raise SystemExit(f"{did}: cannot find {surface!r} (skip {skip}) after offset {cursor}")
        start = hits[skip]
        end = start + len(surface)
        spans.append({"start": start, "end": end, "label": label, "text": surface})
        cursor = end
    return spans


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == KEYS, f"{did}: keys {sorted(d)}"
        assert re.fullmatch(r"wM\d{3}", did), did
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert 1996 <= day.year <= 1997, f"{did}: dct {d['dct']} outside 1996-1997"
        assert text == text.strip() and "  " not in text and "\t" not in text, f"{did}: stray whitespace"
        # a wire dateline `CITY 1996-08-25` must carry the story's date
        for m in re.finditer(r"\b(199\d-\d\d-\d\d)\b", text):
            assert m.group(1) == d["dct"], f"{did}: dateline {m.group(1)} != dct {d['dct']}"
        prev_end = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            assert set(s) == SPAN_KEYS, f"{did}: span keys {s}"
            st, en = s["start"], s["end"]
            assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
            assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
            assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
            assert "\n" not in s["text"], f"{did}: span crosses a line {s}"
            assert s["label"] in LABELS, f"{did}: bad label {s}"
            assert st >= prev_end, f"{did}: overlap at {s}"
            prev_end = en
        # every whole-word occurrence of a labelled string must lie inside some span
        covered = [(s["start"], s["end"]) for s in d["spans"]]
        for surface in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surface, 0):
                j = i + len(surface)
                assert any(a <= i and j <= b for a, b in covered), \
                    f"{did}: {surface!r} at {i} is labelled elsewhere but not here"
        for name in FORBIDDEN:
            assert not list(whole_word_matches(text, name, 0)), f"{did}: heldout2 name {name!r}"


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wM{n:03d}"
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
    counts = collections.Counter(s["label"] for d in reread for s in d["spans"])
    total = sum(counts.values())
    print(f"{len(reread)} documents, {total} spans: " +
          ", ".join(f"{k} {counts[k]}" for k in ("LOC", "ORG", "PER", "MISC")))
    if "--review" in sys.argv:
        for d in reread:
            t, out, last = d["text"], [], 0
            for s in d["spans"]:
                out.append(t[last:s["start"]])
                out.append(f"[{t[s['start']:s['end']]}|{s['label']}]")
                last = s["end"]
            out.append(t[last:])
            print(f"{d['id']} ({d['dct']}): {''.join(out)}")


if __name__ == "__main__":
    main()
