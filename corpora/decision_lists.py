"""What every training part's build.py shares: finding a decision list's names in its text.

A part's `ents.py` lists, per document, its text and its names in order of appearance as
(surface, label) or (surface, label, skip). `locate` finds each surface as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first (the method of eval/dev-wiki/build.py); offsets are Unicode
code points. Also shared: the per-span checks, the write-and-re-read step, the
`--review` printer, the names of the second held-out set a part must not use, the
`CITY YYYY-MM-DD` dateline check, and every part's whole-document checks and build
(`check_docs`, with `check_news_docs` and `check_wiki_docs` for the two kinds of part;
`build_part`, with `build_news_part` and `build_wiki_part`). Each part's build.py keeps
its own settings (years, allowed names, forbidden characters, which checks it runs) and
its own other checks (agency datelines, a per-document hook), written by that part's
annotator.
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


# A document's keys and a span's keys, in the order the builders write them.
DOC_KEYS = ("id", "text", "dct", "layers", "spans")
SPAN_KEYS = ("start", "end", "label", "text")
LABELS = ("PER", "ORG", "LOC", "MISC")
# The one creation date of every wiki part's documents.
WIKI_DCT = "2025-06-01"
NEWS_REVIEW = "{id} {dct}: {text}"
WIKI_REVIEW = "{id}: {text}"


def unlabelled_repeats(d):
    """(surface, offset) of each whole-word occurrence of a surface labelled in document
    `d` that no span of `d` covers, by surface, then offset."""
    covered = [(s["start"], s["end"]) for s in d["spans"]]
    out = []
    for surface in sorted({s["text"] for s in d["spans"]}):
        for i in whole_word_matches(d["text"], surface, 0):
            j = i + len(surface)
            if not any(a <= i and j <= b for a, b in covered):
                out.append((surface, i))
    return out


def check_docs(docs, years=None, dct=None, labels=LABELS, forbid=("  ",), per_doc=None,
               repeats=True, allowed_repeats=(), heldout2=True, allowed=()):
    """The whole-document checks every part's build runs, before writing and on what it
    read back: keys (in order), unique ids, the entities layer, a dct equal to `dct` or a
    canonical date in `years`, a non-empty text with no edge whitespace and none of the
    substrings `forbid`, the part's own checks (`per_doc(did, text, dct, day)`, when
    given), well-formed spans (`check_spans`) with labels of `labels`; with `repeats`,
    every whole-word occurrence of a labelled string inside some span (but the
    (id, surface) pairs `allowed_repeats`; all others are listed, then refused); with
    `heldout2`, none of the heldout2 example names but `allowed`."""
    import datetime
    assert (years is None) != (dct is None), "check_docs: give years or dct"
    ids = set()
    missed = []
    for d in docs:
        did, text = d["id"], d["text"]
        assert tuple(d) == DOC_KEYS, f"{did}: keys {list(d)}"
        assert did not in ids, f"duplicate id {did}"
        ids.add(did)
        assert d["layers"] == ["entities"], did
        if dct is not None:
            assert d["dct"] == dct, f"{did}: dct {d['dct']} != {dct}"
        day = datetime.date.fromisoformat(d["dct"])
        if years is not None:
            assert day.year in years and d["dct"] == day.isoformat(), f"{did}: dct {d['dct']}"
        assert text and text == text.strip(), f"{did}: empty text or edge whitespace"
        for bad in forbid:
            assert bad not in text, f"{did}: stray {bad!r} in text"
        if per_doc is not None:
            per_doc(did, text, d["dct"], day)
        for s in d["spans"]:
            assert tuple(s) == SPAN_KEYS, f"{did}: span keys {s}"
        check_spans(did, text, d["spans"], set(labels))
        if repeats:
            missed += [(did, surface, i) for surface, i in unlabelled_repeats(d)
                       if (did, surface) not in allowed_repeats]
        if heldout2:
            check_no_heldout2_names(did, text, allowed=allowed)
    for did, surface, i in missed:
        print(f"UNLABELLED REPEAT {did}: {surface!r} at {i}")
    assert not missed, (f"{len(missed)} unlabelled occurrences of labelled names, the first "
                        f"{missed[0][0]}: {missed[0][1]!r} at {missed[0][2]}" if missed else "")


def check_news_docs(docs, years, labels=LABELS, allowed=(), per_doc=None, **kw):
    """`check_docs` for a news part: each document has its own dct, a date in `years`;
    the heldout2 names are refused but `allowed` (unless `heldout2=False`)."""
    check_docs(docs, years=years, labels=labels, allowed=allowed, per_doc=per_doc, **kw)


def check_wiki_docs(docs, dct=WIKI_DCT, forbid=("  ", "\n"), **kw):
    """`check_docs` for a wiki part: every document has the dct `WIKI_DCT`, a text of
    one line, and may name heldout2 examples (encyclopaedic text, not news)."""
    check_docs(docs, dct=dct, forbid=forbid, heldout2=False, **kw)


def build_part(out, prefix, entries, check, dct=None, review=NEWS_REVIEW):
    """A part's build: ids `prefix` + a 3-digit number, names located, the file written,
    re-read and checked (`write_checked`); with `--review` and a `review` format, each
    document with its spans. `entries` are (dct, text, names), or (text, names) with
    `dct` given. Returns the documents read back."""
    import sys
    docs = []
    for n, entry in enumerate(entries, 1):
        if dct is None:
            day, text, names = entry
        else:
            (text, names), day = entry, dct
        did = f"{prefix}{n:03d}"
        spans = locate(text, names, did)
        docs.append({"id": did, "text": text, "dct": day, "layers": ["entities"], "spans": spans})
    reread = write_checked(out, docs, check)
    if review and "--review" in sys.argv:
        for d in reread:
            print(review.format(id=d["id"], dct=d["dct"], text=bracketed(d)))
    return reread


def build_news_part(out, prefix, entries, check, review=NEWS_REVIEW):
    """`build_part` for a news part, whose entries are (dct, text, names)."""
    return build_part(out, prefix, entries, check, review=review)


def build_wiki_part(out, prefix, entries, check, review=WIKI_REVIEW):
    """`build_part` for a wiki part, whose entries are (text, names), all dated `WIKI_DCT`."""
    return build_part(out, prefix, entries, check, dct=WIKI_DCT, review=review)


def capitalised_outside(d):
    """The words of document `d` that begin with a capital letter outside every span (a
    reading aid for `--review` and `--hints`)."""
    text = d["text"]
    mask = [False] * len(text)
    for s in d["spans"]:
        for k in range(s["start"], s["end"]):
            mask[k] = True
    words, i = [], 0
    while i < len(text):
        if is_word(text[i]) and (i == 0 or not is_word(text[i - 1])):
            j = i
            while j < len(text) and is_word(text[j]):
                j += 1
            if text[i].isupper() and not mask[i]:
                words.append(text[i:j])
            i = j
        else:
            i += 1
    return words
