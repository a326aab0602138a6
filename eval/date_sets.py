"""What three hand-labelled TIMEX3 sets' build scripts share: dev-dates, dev-dates2, heldout6.

Each set's `build.py` keeps its decision lists in its own labels module and calls
`main(...)` with what differs between the sets: the output file, the id prefix, the range
of DCT years, and the extra SET values its annotator allowed (`XXXX-WXX-WE` for every
weekend; a part of day on a weekly SET, `XXXX-WXX-5TNI`). The checks are the ones
eval/dev-dates/build.py made first: a span equals its slice, no edge whitespace, no
overlap, TIMEX3 value syntax per type, a weekday's value on that weekday (story-time
weekdays more than a week from the DCT are printed), a deterministic build, and the file
re-read and checked again. `--review` prints every passage with `[span|TYPE=value]`.
"""
import datetime as dt
import json
import re
import sys
from collections import Counter

LABELS = {"DATE", "TIME", "DURATION", "SET"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# TIMEX3 value syntax accepted in these sets
DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF|"
    r"FY\d{4}|"
    r"\d{3}|\d{2}|"                                   # decade, century
    r"(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?|"      # year, month, day
    r"\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])|"              # season, quarter, half
    r"\d{4}-W\d{2}(-WE|-\d)?)$")                      # week, weekend
TIME_RE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI)$")
DUR_RE = re.compile(r"^P((\d+(\.\d+)?|X)([YMWD]|DE|CE))*(T((\d+(\.\d+)?|X)[HMS])+)?$")


def set_re(weekend=False, weekly_part_of_day=False):
    """The SET value syntax, with a set's own extras: `XXXX-WXX-WE` (`weekend`) and a part
    of day after a weekly day (`weekly_part_of_day`)."""
    weekly = r"XXXX-WXX-\d"
    if weekend:
        weekly = r"XXXX-WXX-(\d|WE)"
    if weekly_part_of_day:
        weekly += r"(T(MO|AF|EV|NI))?"
    return re.compile(r"^(P((\d+|X)[YMWD])+|PT(\d+|X)[HMS]|XXXX-\d{2}|XXXX-(SP|SU|FA|WI)|"
                      + weekly + r"|XXXX-XX-XXT(MO|AF|EV|NI))$")


def find_occurrence(text, surface, occ):
    """Start of the occ-th (1-based) case-sensitive whole-word match."""
    pat = re.compile(r"(?<![0-9A-Za-z])" + re.escape(surface) + r"(?![0-9A-Za-z])")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise AssertionError(f"{surface!r} occurrence {occ} not found ({len(hits)} hits) in {text!r}")
    return hits[occ - 1]


def check_value(label, value, set_rx):
    rx = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE, "SET": set_rx}[label]
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
    w = re.match(r"^XXXX-WXX-(\d)(T(MO|AF|EV|NI))?$", span["value"])
    if w:  # a weekly SET (every Sunday): the day number must be that weekday's (Monday = 1)
        assert WEEKDAYS[int(w[1]) - 1] == names[0], f"{rid}: {span['text']!r} -> {span['value']}"
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", span["value"])
    assert m, f"{rid}: weekday span without full date {span}"
    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    assert WEEKDAYS[d.weekday()] == names[0], f"{rid}: {span['text']!r} -> {d} is a {WEEKDAYS[d.weekday()]}"
    if abs((d - dct).days) > 7:
        print(f"note {rid}: {span['text']!r} = {d}, {abs((d - dct).days)} days from DCT {dct} (story time)")


def validate(records, years, set_rx):
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["layers"] == ["dates"]
        dct = dt.date.fromisoformat(r["dct"])
        assert years[0] <= dct.year <= years[1], r["dct"]
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
            check_value(s["label"], s["value"], set_rx)
            weekday_check(r["id"], s, dct)


def build(items, id_prefix):
    records = []
    for i, (dct, text, decisions) in enumerate(items, 1):
        spans = []
        for surface, occ, label, value in decisions:
            start = find_occurrence(text, surface, occ)
            spans.append({"start": start, "end": start + len(surface), "label": label,
                          "text": surface, "value": value})
        spans.sort(key=lambda s: s["start"])
        records.append({"id": f"{id_prefix}{i:03d}", "text": text, "dct": dct, "layers": ["dates"], "spans": spans})
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


def main(items, out, id_prefix, years, weekend=False, weekly_part_of_day=False):
    """Builds `out` from `items` (the decision lists), ids `{id_prefix}001`…, DCT years
    within `years` (first, last), checks it, writes it, re-reads and checks it again."""
    set_rx = set_re(weekend, weekly_part_of_day)
    records = build(items, id_prefix)
    assert records == build(items, id_prefix), "build is not deterministic"
    validate(records, years, set_rx)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8") as f:
        again = [json.loads(line) for line in f]
    assert again == records
    validate(again, years, set_rx)
    if "--review" in sys.argv:
        review(again)
    c = Counter(s["label"] for r in again for s in r["spans"])
    yrs = sorted({r["dct"][:4] for r in again})
    print(f"{len(again)} passages, {sum(c.values())} spans: {dict(sorted(c.items()))}")
    print(f"DCT years: {yrs[0]}-{yrs[-1]}, {len(yrs)} distinct")
    print(f"non-ASCII passages: {[r['id'] for r in again if not r['text'].isascii()]}")
    print(f"passages with no span: {[r['id'] for r in again if not r['spans']]}")
