"""What every training part's build.py shares: finding a decision list's names in its text.

A part's `ents.py` lists, per document, its text and its names in order of appearance as
(surface, label) or (surface, label, skip). `locate` finds each surface as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first (the method of eval/dev-wiki/build.py); offsets are Unicode
code points. Also shared: the per-span checks, the write-and-re-read step, the
`--review` printer, the names of the second held-out set a part must not use, the
`CITY YYYY-MM-DD` dateline check, and the whole-document checks and build of news parts
L, S, V, T, N, U and W (`check_news_docs`, `build_news_part`). Each part's build.py keeps its own other checks (date
ranges, agency datelines), written by that part's annotator.
"""
import re


def is_word(ch):
    return ch.isalnum() or ch == "_"


def whole_word_matches(text, surface, frm=0):
    """Start offsets of `surface` in `text` at or after `frm`, on word boundaries."""
    i = text.find(surface, frm)
    while i != -1:
        j = i + len(surface)
        left_ok = i == 0 or not is_word(text[i - 1]) or not is_word(surface[0])
        right_ok = j == len(text) or not is_word(text[j]) or not is_word(surface[-1])
        if left_ok and right_ok:
            yield i
        i = text.find(surface, i + 1)


def locate(text, entries, did):
    """The spans of a decision list `entries` in `text` (document `did`, for errors)."""
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


def write_checked(path, docs, check):
    """Writes `docs` as JSONL to `path`, re-reads the file and runs `check` on what was
    read (after `check` on `docs` before writing), asserts both are equal, prints the
    counts per label and returns the documents read back."""
    import collections
    import json

    check(docs)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(path, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    check(reread)
    assert reread == docs
    counts = collections.Counter(s["label"] for d in reread for s in d["spans"])
    total = sum(counts.values())
    print(f"{len(reread)} documents, {total} spans: " +
          ", ".join(f"{k} {counts[k]}" for k in ("LOC", "ORG", "PER", "MISC")))
    return reread


def check_spans(did, text, spans, labels, span_keys=None):
    """Asserts that the spans of document `did` lie in `text` (in range, equal to their
    slice, no whitespace at either edge, a label of `labels`, no overlap, and only the
    keys `span_keys` when given); returns their (start, end) in order."""
    prev_end = -1
    covered = []
    for s in sorted(spans, key=lambda s: s["start"]):
        if span_keys is not None:
            assert set(s) == span_keys, f"{did}: span keys {s}"
        st, en = s["start"], s["end"]
        assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
        assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
        assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
        assert s["label"] in labels, f"{did}: bad label {s}"
        assert st >= prev_end, f"{did}: overlap at {s}"
        prev_end = en
        covered.append((st, en))
    return covered


def bracketed(d):
    """Document `d`'s text with each span written `[text|LABEL]` (for `--review`)."""
    t, out, last = d["text"], [], 0
    for s in d["spans"]:
        out.append(t[last:s["start"]])
        out.append(f"[{t[s['start']:s['end']]}|{s['label']}]")
        last = s["end"]
    out.append(t[last:])
    return "".join(out)


# The names given as examples in eval/heldout2/README.md (a held-out test set), as the
# writers of the news parts listed them (the union of their lists, with the spellings
# they added): training text on them would inflate that set's figure. A part's build
# script passes the few it uses anyway as `allowed`, so that they stay visible.
HELDOUT2_NAMES = (
    '6th Infantry Division',
    'Aishwarya',
    'Arroyo',
    'Atlanta',
    'Atlanta Olympics',
    'B.J. Habibie',
    'BAKU',
    'BANGLADESH',
    'BISHKEK',
    'BUENOS AIRES',
    'Bagerhat',
    'Baku',
    'Banco de la Nacion',
    'Banco de la Nacion Argentina',
    'Bangko Sentral',
    'Bangko Sentral ng Pilipinas',
    'Bangladesh',
    'Banyamulenge',
    "Bartholomew Ulufa'alu",
    'Bhutto',
    'Birendra',
    'Bishkek',
    'Bosnia-Herzegovina',
    'Bosnian Serb',
    'Buenos Aires',
    'CRPF',
    'Cedras',
    'Ceyhan',
    'Chilean Army',
    'Chilean Navy',
    'Congress',
    'Croatia',
    'Croats',
    'Cyclone Sidr',
    'DHAKA',
    'Dhaka',
    'Dipendra',
    'Dongria',
    'Dongria Kondh',
    'EDSA',
    'EDSA Shrine',
    'Ellis Park',
    'Essential Harvest',
    'Estrada',
    'F.W. de Klerk',
    'FARC',
    'Fijians',
    'Fujimori',
    'Gorno-Badakhshan',
    'Great Khural',
    'HARARE',
    'Habibie',
    'Harare',
    'Hasan di Tiro',
    'Ho Chi Minh City Stock Exchange',
    'Holkar',
    'Holkar Stadium',
    'Huallaga',
    'INDIA',
    'India',
    'Indian Ocean',
    'Ixil',
    'Ixil Triangle',
    'Jaime Sin',
    'Jalal-Abad',
    "K'iche'",
    "K'iche' Maya",
    'Karadzic',
    'Karategin',
    'Karimov',
    'Kondh',
    'Konkola',
    'Konkola Copper Mines',
    'KwaZulu-Natal',
    'LIMA',
    'Lachin',
    'Lima',
    'Lok Sabha',
    'Luiz Inacio Lula da Silva',
    'Lula',
    'MANILA',
    'Mandela',
    'Manila',
    'Marcos',
    'Marikina',
    'Merdeka',
    'Merdeka Square',
    'Miraflores',
    'Miraflores Palace',
    'Narayanhiti',
    'Narayanhiti Palace',
    'National Mosque',
    'National Palace',
    "New Year's Day",
    'New Zealand',
    'Niyamgiri',
    'Nobel Peace Prize',
    'Norodom Ranariddh',
    'North American Free Trade',
    'North American Free Trade Agreement',
    'Northeast',
    'Odinga',
    'Olympic Games',
    'Ondoy',
    'Operation Essential Harvest',
    'Operation Uphold Democracy',
    'PORT-AU-PRINCE',
    'Pakistan Army',
    'Parliament',
    'Petrobras',
    'Pinochet',
    'Plaza Italia',
    'Port-au-Prince',
    'Provident Village',
    'QueSeVayanTodos',
    'Rajapaksa',
    'Ranariddh',
    'Raoul Cedras',
    'Reformasi',
    'Republika Srpska',
    'Revolutionary Armed Forces',
    'Revolutionary Armed Forces of Colombia',
    'Rugby World Cup',
    'Ruhnama',
    'SOUTH AFRICA',
    'Saakashvili',
    'Said Afandi',
    'Sandiganbayan',
    'Sangachal',
    'Sao Paulo',
    'Sedition',
    'Shwedagon',
    'Shwedagon Pagoda',
    'Sidr',
    'South Africa',
    'South African Air Force',
    'Speight',
    'State Bank of Vietnam',
    'State Great Khural',
    'Subcomandante',
    'Suvarnabhumi',
    'TBILISI',
    'Tbilisi',
    'Turkmenbashi',
    "Ulufa'alu",
    'Union Buildings',
    'Uphold Democracy',
    'Uzbeks',
    'Vajpayee',
    'Vodacom',
    'Vodacom Tanzania',
    'WORLD CUP',
    'West Indies',
    'White House',
    'World Cup',
    'Wright-Patterson',
    'Wright-Patterson Air Force Base',
    'Xai-Xai',
    'ZANU-PF',
    'Zapatista',
    'Zelaya',
    'avenida de mayo',
    'buenos aires',
    'de Klerk',
    'di Tiro',
    'marikina',
    'ondoy',
    'provident village',
    'rescuePH',
)


def check_no_heldout2_names(did, text, allowed=()):
    """Asserts that document `did`'s `text` names none of `HELDOUT2_NAMES` (whole-word
    matches) other than those in `allowed`."""
    for name in HELDOUT2_NAMES:
        if name not in allowed:
            assert not list(whole_word_matches(text, name)), f"{did}: heldout2 name {name!r}"


# A dateline in the 1996 wire's form, `CITY YYYY-MM-DD` (or `CITY, Country YYYY-MM-DD`).
ISO_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]*(?:, [A-Za-z ]+)? (\d{4}-\d{2}-\d{2})$")


def check_iso_dateline(did, text, dct):
    """Asserts that an `ISO_DATELINE` on either of the first two lines of document
    `did`'s `text` gives its creation date `dct`."""
    for line in text.split("\n")[:2]:
        m = ISO_DATELINE.search(line)
        if m:
            assert m.group(1) == dct, f"{did}: dateline {m.group(1)} != dct {dct}"


def split_entries(*items):
    """A decision list written as `"surface|LABEL"` or `"surface|LABEL|skip"` strings,
    as (surface, label) or (surface, label, skip) tuples."""
    out = []
    for it in items:
        parts = it.split("|")
        if len(parts) == 2:
            out.append((parts[0], parts[1]))
        else:
            out.append((parts[0], parts[1], int(parts[2])))
    return out


def check_news_docs(docs, years, labels=("PER", "ORG", "LOC", "MISC"), allowed=(), per_doc=None):
    """The checks the news parts L, S, V, T, N, U and W ran alike, each in its own copy:
    keys, unique ids, the entities layer, a dct in `years`, no stray whitespace, the
    part's own dateline checks (`per_doc(did, text, dct, day)`, when given), well-formed
    spans, every whole-word occurrence of a labelled string inside some span, and none
    of the heldout2 example names but `allowed`."""
    import datetime
    keys = {"id", "text", "dct", "layers", "spans"}
    span_keys = {"start", "end", "label", "text"}
    ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        assert set(d) == keys, f"{did}: keys {sorted(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        day = datetime.date.fromisoformat(d["dct"])
        assert day.year in years and d["dct"] == day.isoformat(), f"{did}: dct {d['dct']}"
        assert text == text.strip() and "  " not in text, f"{did}: stray whitespace"
        if per_doc is not None:
            per_doc(did, text, d["dct"], day)
        check_spans(did, text, d["spans"], set(labels), span_keys)
        # every whole-word occurrence of a labelled string must lie inside some span
        covered = [(s["start"], s["end"]) for s in d["spans"]]
        for surf in {s["text"] for s in d["spans"]}:
            for i in whole_word_matches(text, surf, 0):
                j = i + len(surf)
                assert any(a <= i and j <= b for a, b in covered), \
                    f"{did}: {surf!r} at {i} is labelled elsewhere but not here"
        check_no_heldout2_names(did, text, allowed=allowed)


def build_news_part(out, prefix, entries, check):
    """A news part's build: ids `prefix` + a 3-digit number, names located, the file
    written, re-read and checked; with `--review`, each document with its spans."""
    import sys
    docs = []
    for n, (dct, text, names) in enumerate(entries, 1):
        did = f"{prefix}{n:03d}"
        spans = locate(text, names, did)
        docs.append({"id": did, "text": text, "dct": dct, "layers": ["entities"], "spans": spans})
    reread = write_checked(out, docs, check)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} {d['dct']}: {bracketed(d)}")

