import datetime
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


def test_the_gil_is_released_while_tagging(bundled):
    """A Python thread keeps running while another thread is inside the tagger."""
    pipeline = tageval.Pipeline()
    docs = tageval.read(bundled[0])
    texts = [d["text"] for d in docs] * 200
    dcts = [d["dct"] for d in docs] * 200
    span = {}

    def tag():
        span["start"] = time.perf_counter()
        pipeline._native.annotate(texts, dcts, None)
        span["end"] = time.perf_counter()

    worker = threading.Thread(target=tag)
    worker.start()
    gaps, last = [], time.perf_counter()
    while worker.is_alive():
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    duration = span["end"] - span["start"]
    assert duration > 0.2, f"the batch took {duration:.3f}s: too short to tell"
    # Holding the GIL, the tagger would stall this loop for (nearly) the whole call.
    assert max(gaps) < duration / 2, f"main thread stalled {max(gaps):.3f}s of a {duration:.3f}s call"


def test_pipeline_objects_report_their_layers():
    pipeline = tageval.Pipeline("dates,casualties")
    assert pipeline.layers == ["dates", "casualties"]
    assert tageval.LAYERS == ("entities", "dates", "casualties")
    assert tageval.layer_of("SET") == "dates" and tageval.layer_of("GPE") is None
