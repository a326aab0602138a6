#!/usr/bin/env python3
"""Build corpora/news-train/H/news-train-H.jsonl from the decision lists in ents.py.

python3 corpora/news-train/H/build.py            build, check, re-read and check again
python3 corpora/news-train/H/build.py --review   also print every document with [span|LABEL]

The method is eval/dev-wiki/build.py's: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping `skip`
such matches first. On top of dev-wiki's checks this build also fails when
  - a document's dct is not a valid date in 2016-2025;
  - a string labelled in a document occurs elsewhere in that document unlabelled
    (whole-word, case-sensitive), so a name labelled once and missed later cannot slip by;
  - a text contains a name given as an example in eval/heldout2/README.md (FORBIDDEN).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from ents import DOCS  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from decision_lists import bracketed, check_spans, write_checked, locate, whole_word_matches  # noqa: E402,F401

OUT = os.path.join(HERE, "news-train-H.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}

# Names used as examples in eval/heldout2/README.md (a test set's names), and the
# surnames and datelines it lists. None may occur in this set (whole-word, case-sensitive).
FORBIDDEN = [
    "Aishwarya", "Habibie", "Bagerhat", "Baku", "BAKU", "Bangko Sentral", "Bangladesh",
    "BANGLADESH", "Ulufa'alu", "Bhutto", "Birendra", "Bosnia-Herzegovina", "Bosnian Serb",
    "Ceyhan", "Chilean Army", "Chilean Navy", "Congress", "Croatia", "Croats", "Sidr",
    "DHAKA", "Dhaka", "Dipendra", "Dongria Kondh", "EDSA", "Ellis Park", "de Klerk",
    "Fijians", "Gorno-Badakhshan", "HARARE", "Harare", "di Tiro",
    "Ho Chi Minh City Stock Exchange", "Holkar", "Huallaga", "India", "INDIA",
    "Indian Ocean", "Ixil", "Jaime Sin", "Jalal-Abad", "K'iche'", "Karategin",
    "Konkola", "KwaZulu-Natal", "Lachin", "Lok Sabha", "Lula", "Marcos", "Merdeka Square",
    "Miraflores", "Narayanhiti", "National Mosque", "National Palace", "New Year's Day",
    "New Zealand", "Niyamgiri", "Nobel Peace Prize", "Ranariddh", "North American Free Trade",
    "Northeast", "Olympic Games", "Operation Essential Harvest", "Uphold Democracy",
    "PORT-AU-PRINCE", "Port-au-Prince", "Pakistan Army", "Parliament", "Petrobras",
    "Plaza Italia", "Cedras", "Reformasi", "Republika Srpska", "Revolutionary Armed Forces",
    "Rugby World Cup", "Ruhnama", "Said Afandi", "Sandiganbayan", "Sangachal", "Sao Paulo",
    "Shwedagon", "South Africa", "SOUTH AFRICA", "South African Air Force", "State Bank of Vietnam",
    "Great Khural", "Suvarnabhumi", "Tbilisi", "TBILISI", "Turkmenbashi", "Union Buildings",
    "Vodacom Tanzania", "West Indies", "White House", "World Cup", "WORLD CUP",
    "Wright-Patterson", "Xai-Xai", "ZANU-PF", "Zapatista", "Banyamulenge", "CRPF",
    "Manila", "MANILA", "Lima", "LIMA", "Bishkek", "BISHKEK", "Buenos Aires", "BUENOS AIRES",
    "Fujimori", "Vajpayee", "Rajapaksa", "Speight", "Arroyo", "Estrada", "Mandela",
    "Saakashvili", "Karimov", "Karadzic", "Zelaya", "Odinga", "Pinochet", "Ondoy", "Marikina",
    "Banco de la Nacion", "Atlanta Olympics", "Uzbeks",
]


def check(docs):
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == KEYS, f"{did}: keys {sorted(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert 2016 <= day.year <= 2025 and d["dct"] == day.isoformat(), f"{did}: dct {d['dct']}"
        covered = []
        covered += check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # every whole-word occurrence of a labelled string must lie inside some span
        for surface in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surface):
                j = i + len(surface)
                assert any(a <= i and j <= b for a, b in covered), \
                    f"{did}: {surface!r} at {i} is labelled elsewhere in the document but not here"
        for name in FORBIDDEN:
            assert not list(whole_word_matches(text, name)), f"{did}: forbidden heldout2 name {name!r}"


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wH{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} ({d['dct']}): {bracketed(d)}")


if __name__ == "__main__":
    main()
