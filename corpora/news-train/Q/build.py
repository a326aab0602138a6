#!/usr/bin/env python3
"""Build corpora/news-train/Q/news-train-Q.jsonl from the decision lists in ents.py.

python3 corpora/news-train/Q/build.py            build, check, re-read and check again
python3 corpora/news-train/Q/build.py --review   also print every document with [span|LABEL]

Method of eval/dev-wiki/build.py: each (surface, label[, skip]) entry is found as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first; offsets are Unicode code points.
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

OUT = os.path.join(HERE, "news-train-Q.jsonl")
LABELS = {"PER", "ORG", "LOC", "MISC"}
KEYS = {"id", "text", "dct", "layers", "spans"}
SPAN_KEYS = {"start", "end", "label", "text"}
# Names given as examples in eval/heldout2/README.md (its bracketed and back-quoted
# examples, its list of surnames and its dateline cities): none may occur here.
FORBIDDEN = ['Aishwarya', 'Arroyo', 'B.J. Habibie', 'Bagerhat', 'Baku', 'Banco de la Nacion Argentina', 'Bangko Sentral ng Pilipinas', 'Bangladesh', "Bartholomew Ulufa'alu", 'Bhutto', 'Birendra', 'Bishkek', 'Bosnia-Herzegovina', 'Bosnian Serb', 'Ceyhan', 'Chilean Army', 'Chilean Navy', 'Congress', 'Croatia', 'Croats', 'Cyclone Sidr', 'Dhaka', 'Dipendra', 'Dongria Kondh', 'EDSA Shrine', 'Ellis Park', 'Estrada', 'F.W. de Klerk', 'Fijians', 'Fujimori', 'Gorno-Badakhshan', 'Harare', 'Hasan di Tiro', 'Ho Chi Minh City Stock Exchange', 'Holkar Stadium', 'Huallaga', 'India', 'Indian Ocean', 'Ixil Triangle', 'Jaime Sin', 'Jalal-Abad', "K'iche' Maya", 'Karadzic', 'Karategin', 'Karimov', 'Konkola Copper Mines', 'KwaZulu-Natal', 'Lachin', 'Lima', 'Lok Sabha', 'Luiz Inacio Lula da Silva', 'Lula', 'Mandela', 'Manila', 'Marcos', 'Merdeka Square', 'Miraflores Palace', 'Narayanhiti Palace', 'National Mosque', 'National Palace', "New Year's Day", 'New Zealand', 'Niyamgiri', 'Nobel Peace Prize', 'Norodom Ranariddh', 'North American Free Trade Agreement', 'Odinga', 'Olympic Games', 'Operation Essential Harvest', 'Operation Uphold Democracy', 'PORT-AU-PRINCE', 'Pakistan Army', 'Parliament', 'Petrobras', 'Pinochet', 'Plaza Italia', 'Port-au-Prince', 'Rajapaksa', 'Raoul Cedras', 'Reformasi', 'Republika Srpska', 'Revolutionary Armed Forces of Colombia', 'Rugby World Cup', 'Ruhnama', 'Saakashvili', 'Said Afandi', 'Sandiganbayan', 'Sangachal', 'Sao Paulo', 'Shwedagon Pagoda', 'Sidr', 'South Africa', 'South African Air Force', 'Speight', 'State Bank of Vietnam', 'State Great Khural', 'Suvarnabhumi', 'Tbilisi', 'Turkmenbashi', 'Union Buildings', 'Vajpayee', 'Vodacom Tanzania', 'West Indies', 'White House', 'World Cup', 'Wright-Patterson Air Force Base', 'Xai-Xai', 'ZANU-PF', 'Zapatista', 'Zelaya']
# (document id, surface) pairs allowed to occur outside a span although the surface is
# labelled elsewhere in the same document.
ALLOWED_UNLABELLED = set()


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
        assert text == text.strip() and "  " not in text and "[" not in text, f"{did}: stray text"
        covered = []
        covered += check_spans(did, text, d["spans"], LABELS, SPAN_KEYS)
        # a string labelled in a document must not occur unlabelled elsewhere in it
        for surface in {s["text"] for s in d["spans"]}:
            if (did, surface) in ALLOWED_UNLABELLED:
                continue
            for i in whole_word_matches(text, surface, 0):
                j = i + len(surface)
                assert any(a <= i and j <= b for a, b in covered),                     f"{did}: {surface!r} at {i} is outside every span"
        for name in FORBIDDEN:
            assert not list(whole_word_matches(text, name, 0)), f"{did}: heldout2 name {name!r}"


def main():
    docs = []
    for n, (dct, text, entries) in enumerate(DOCS, 1):
        did = f"wQ{n:03d}"
        spans = locate(text, entries, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(OUT, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")


if __name__ == "__main__":
    main()
