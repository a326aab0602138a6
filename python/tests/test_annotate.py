import ctypes
import datetime
import sys
import threading
import time

import pytest

import tageval
from tageval import TagevalError

SENTENCE = "Syrian air strikes killed at least 70 civilians in Aleppo on Monday."


def assert_spans_slice(record):
    for span in record["spans"]:
        assert record["text"][span["start"] : span["end"]] == span["text"], span


def test_a_string_is_one_document_with_values_resolved_against_the_dct():
    [doc] = tageval.annotate(SENTENCE, dct="2015-06-02")
    assert doc["id"] == "0" and doc["dct"] == "2015-06-02" and doc["text"] == SENTENCE
    by_label = {span["label"]: span for span in doc["spans"]}
    assert by_label["CASUALTY"]["text"] == "at least 70 civilians"
    assert by_label["CASUALTY"]["value"] == "killed:>=70"
    assert by_label["DATE"]["text"] == "Monday"
    assert by_label["DATE"]["value"] == "2015-06-01"
    assert "value" not in by_label["LOC"]
    assert_spans_slice(doc)


def test_offsets_are_code_points_in_text_with_multibyte_characters():
    text = "Köln — 😀 “Aleppo”: 12 people were killed on 1 June 2015 in Ḥalab."
    [doc] = tageval.annotate([text], dct="2015-06-02")
    assert doc["spans"], "expected spans in a non-ASCII text"
    assert_spans_slice(doc)
    assert any(s["label"] == "CASUALTY" and s["text"] == "12 people" for s in doc["spans"]), doc["spans"]


def test_records_keep_their_fields_and_their_own_dct_wins():
    records = [
        {"id": "a", "text": SENTENCE, "dct": "2015-06-02", "source": "wire"},
        {"text": SENTENCE, "spans": [{"start": 0, "end": 1, "label": "X"}], "layers": ["dates"]},
    ]
    out = tageval.annotate(records, dct="2016-01-07")
    assert [r["id"] for r in out] == ["a", "1"]
    assert out[0]["source"] == "wire" and list(out[0]) == ["id", "text", "dct", "source", "casualty_totals", "spans"]
    assert "layers" not in out[1], "predictions declare no layers, as `tageval annotate` writes"
    dates = [[s["value"] for s in r["spans"] if s["label"] == "DATE"] for r in out]
    assert dates == [["2015-06-01"], ["2016-01-04"]]  # Monday before the record's / the default DCT
    assert records[1]["spans"][0]["label"] == "X", "the input records are not changed"


def test_dct_may_be_a_list_or_dates():
    out = tageval.annotate([SENTENCE, SENTENCE], dct=[datetime.date(2015, 6, 2), None])
    assert out[0]["dct"] == "2015-06-02" and "dct" not in out[1]
    values = [[s["value"] for s in r["spans"] if s["label"] == "DATE"] for r in out]
    assert values == [["2015-06-01"], ["XXXX-WXX-1"]]  # without a DCT the week is unknown
    with pytest.raises(ValueError, match="2 documents"):
        tageval.annotate([SENTENCE, SENTENCE], dct=["2015-06-02"])


def test_bad_input_raises_typed_errors():
    with pytest.raises(TagevalError, match="not-a-date"):
        tageval.annotate([SENTENCE], dct="not-a-date")
    with pytest.raises(TagevalError, match="unknown layer `places`"):
        tageval.annotate([SENTENCE], layers=["places"])
    with pytest.raises(TagevalError, match="threads"):
        tageval.annotate([SENTENCE], threads=0)
    with pytest.raises(TypeError, match="document 1"):
        tageval.annotate([SENTENCE, 42])
    with pytest.raises(TypeError, match="`text`"):
        tageval.annotate([{"id": "x"}])


def test_layers_limit_the_labels():
    [doc] = tageval.annotate(SENTENCE, dct="2015-06-02", layers="casualties")
    assert {s["label"] for s in doc["spans"]} == {"CASUALTY"}
    [doc] = tageval.annotate(SENTENCE, dct="2015-06-02", layers=["dates", "entities"])
    assert {tageval.layer_of(s["label"]) for s in doc["spans"]} == {"dates", "entities"}


def test_empty_input_and_empty_text():
    assert tageval.annotate([]) == []
    assert tageval.annotate([""])[0]["spans"] == []


def test_one_thread_gives_the_same_output_as_all(bundled):
    docs = tageval.read(bundled[0]) * 4
    assert tageval.annotate(docs, threads=1) == tageval.annotate(docs) == tageval.annotate(docs, threads=2)


def main_thread_presence(call):
    """Runs `call` on a worker thread while this thread spins: the call's duration and
    the number of its 10 ms stretches in which this thread ran at least once."""
    span = {}

    def run():
        span["start"] = time.perf_counter()
        call()
        span["end"] = time.perf_counter()

    worker = threading.Thread(target=run)
    worker.start()
    ticks = []
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    start, end = span["start"], span["end"]
    return end - start, len({int((t - start) / 0.01) for t in ticks if start < t < end})


# The 10 ms stretches of a call in which the main thread must have run to show that the
# call let it: a call that holds the GIL throughout lets it run only at its edges (a
# switch interval, 5 ms, each side), a few stretches, whatever the call's length.
REQUIRED_STRETCHES = 20


def test_the_gil_is_released_while_tagging(bundled):
    """A Python thread keeps running while another thread is inside the tagger.

    Counted as the 10 ms stretches of the call in which the main thread ran, not as
    its longest pause: turning the spans into Python objects at the end of the call
    holds the GIL (as it must), and on a busy machine the scheduler pauses the main
    thread too; the longest pause measured both (in CI once 0.44 s of a 0.82 s call,
    against a limit of half the call). One tagging thread, so that tagging stays most
    of the call on any number of cores."""
    pipeline = tageval.Pipeline()
    docs = tageval.read(bundled[0])
    texts = [d["text"] for d in docs] * 100
    dcts = [d["dct"] for d in docs] * 100
    duration, ran = main_thread_presence(lambda: pipeline._native.annotate(texts, dcts, 1))
    assert duration > 0.3, f"the batch took {duration:.3f}s: too short to tell"
    assert ran >= REQUIRED_STRETCHES, f"the main thread ran in {ran} 10 ms stretches of the {duration:.3f}s call"


@pytest.mark.skipif(sys.platform == "win32", reason="ctypes.PyDLL(None) (the C library) is POSIX only")
def test_the_gil_measure_fails_a_call_that_holds_it():
    """The measure above tells a call that holds the GIL: a native sleep called through
    ctypes.PyDLL (which keeps the GIL) leaves the main thread fewer stretches than
    the tagger must."""
    libc = ctypes.PyDLL(None)
    duration, ran = main_thread_presence(lambda: libc.usleep(500_000))
    assert duration > 0.5 and ran < REQUIRED_STRETCHES, f"the main thread ran in {ran} 10 ms stretches of the {duration:.3f}s call"


def test_pipeline_objects_report_their_layers():
    pipeline = tageval.Pipeline("dates,casualties")
    assert pipeline.layers == ["dates", "casualties"]
    assert tageval.LAYERS == ("entities", "dates", "casualties")
    assert tageval.layer_of("SET") == "dates" and tageval.layer_of("GPE") is None
