import pytest

import tageval

pd = pytest.importorskip("pandas", reason="pandas is not installed: the DataFrame tests are skipped")

TEXTS = [
    "Syrian air strikes killed at least 70 civilians in Aleppo on Monday.",
    "No figures here.",
    "Three soldiers were wounded on June 1.",
]


def test_one_row_per_span_with_the_document_id():
    df = pd.DataFrame({"doc": ["a", "b", "c"], "text": TEXTS, "published": ["2015-06-02", None, "2015-06-03"]})
    spans = tageval.annotate_df(df, id="doc", dct="published")
    assert list(spans.columns) == ["id", "start", "end", "label", "layer", "text", "value"]
    records = tageval.annotate([{"id": i, "text": t, "dct": d} for i, t, d in zip(df["doc"], df["text"], df["published"])])
    expected = [(r["id"], s["start"], s["end"], s["label"], s["text"], s.get("value")) for r in records for s in r["spans"]]
    got = [row[:5] + (None if pd.isna(row[5]) else row[5],) for row in spans[["id", "start", "end", "label", "text", "value"]].itertuples(index=False, name=None)]
    assert got == expected
    assert "b" not in set(spans["id"])
    row = spans[spans["label"] == "DATE"].iloc[0]
    assert (row["id"], row["text"], row["value"], row["layer"]) == ("a", "Monday", "2015-06-01", "dates")
    assert TEXTS[0][row["start"] : row["end"]] == "Monday"
    assert spans["start"].dtype == "int64"


def test_the_index_is_the_id_without_an_id_column_and_the_dct_column_is_optional():
    df = pd.DataFrame({"text": TEXTS}, index=[10, 20, 30])
    spans = tageval.annotate_df(df, layers=["casualties"])
    assert set(spans["id"]) == {10, 30} and set(spans["layer"]) == {"casualties"}


def test_empty_frames_and_missing_columns():
    empty = tageval.annotate_df(pd.DataFrame({"text": []}))
    assert len(empty) == 0 and list(empty.columns) == ["id", "start", "end", "label", "layer", "text", "value"]
    with pytest.raises(KeyError, match="body"):
        tageval.annotate_df(pd.DataFrame({"text": TEXTS}), text="body")
    with pytest.raises(TypeError, match="row 1"):
        tageval.annotate_df(pd.DataFrame({"text": ["a", 3]}))
    assert len(tageval.annotate_df(pd.DataFrame({"text": [None, float("nan")]}))) == 0
    with pytest.raises(KeyError, match="published"):
        tageval.annotate_df(pd.DataFrame({"text": TEXTS}), dct="published")
