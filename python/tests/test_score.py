import pytest

import tageval
from tageval import TagevalError

TEXT = "Assad met Kerry in Geneva on Monday."
GOLD = [
    {
        "id": "d1",
        "text": TEXT,
        "layers": ["entities", "dates"],
        "spans": [
            {"start": 0, "end": 5, "label": "PER"},
            {"start": 10, "end": 15, "label": "PER"},
            {"start": 19, "end": 25, "label": "LOC"},
            {"start": 29, "end": 35, "label": "DATE", "value": "2015-06-01"},
        ],
    }
]


def pred(*spans):
    return [{"id": "d1", "text": TEXT, "spans": [dict(zip(("start", "end", "label"), s)) for s in spans]}]


def test_perfect_and_imperfect_predictions():
    assert tageval.score(GOLD, GOLD, bootstrap=0).strict_f1 == 1.0
    report = tageval.score(GOLD, pred((0, 5, "PER"), (10, 15, "ORG"), (19, 25, "GPE")), label_map={"GPE": "LOC"}, bootstrap=0)
    figures = report.to_dict()
    assert figures["schemas"]["strict"]["correct"] == 2
    assert figures["schemas"]["type"]["correct"] == 2  # Kerry's label is wrong, Geneva's is mapped
    assert figures["schemas"]["strict"]["missed"] == 1  # the date
    assert report.f1("strict", "PER") == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert "confidence" not in figures
    with pytest.raises(KeyError, match="NOPE"):
        report.f1(label="NOPE")


def test_to_frame_is_per_label_and_schema():
    frame = tageval.score(GOLD, pred((0, 5, "PER"), (19, 25, "LOC")), bootstrap=0).to_frame()
    assert {"scope", "name", "schema", "precision", "recall", "f1"} <= set(frame.columns)
    per = frame[(frame["scope"] == "label") & (frame["name"] == "PER")].set_index("schema")
    assert list(per.index) == ["strict", "exact", "partial", "type"]
    assert per.loc["strict", "correct"] == 1 and per.loc["strict", "missed"] == 1
    overall = frame[(frame["scope"] == "overall") & (frame["schema"] == "strict")].iloc[0]
    assert overall["possible"] == 4 and overall["actual"] == 2
    assert str(frame["correct"].dtype) == "Int64", "counts stay integers; macro rows have none"
    assert frame[frame["scope"] == "macro"]["correct"].isna().all()


def test_layers_and_bootstrap_options():
    report = tageval.score(GOLD, pred((0, 5, "PER")), layers=["dates"], bootstrap=50, seed=1)
    assert report.to_dict()["schemas"]["strict"]["possible"] == 1
    assert report.to_dict()["confidence"]["resamples"] == 50


def test_inconsistent_records_are_errors_naming_the_document():
    bad = pred((0, 5, "PER"))
    bad[0]["spans"][0]["text"] = "Kerry"
    with pytest.raises(TagevalError, match="d1"):
        tageval.score(GOLD, bad)
    with pytest.raises(TagevalError, match="unknown format"):
        tageval.score(GOLD, "x.jsonl", pred_format="xml")
    with pytest.raises(TagevalError, match="no-such-file"):
        tageval.score(GOLD, "no-such-file.jsonl")
    with pytest.raises(TypeError):
        tageval.score(GOLD, [42])


def test_score_reads_paths_of_any_format(tmp_path):
    path = tmp_path / "pred.jsonl"
    import json

    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    assert tageval.score(str(path), path, bootstrap=0).strict_f1 == 1.0
    assert tageval.read(path)[0]["spans"][3]["value"] == "2015-06-01"
