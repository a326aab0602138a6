"""tageval.compare gives `tageval compare`'s figures; readers' warnings reach Python."""

import json
import subprocess
import warnings

import pytest

import tageval

from conftest import ROOT


def run(cli, *args):
    done = subprocess.run([str(cli), *map(str, args)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def test_compare_gives_the_cli_figures(cli, bundled, tmp_path):
    corpus, gold = bundled
    a = tageval.annotate(tageval.read(corpus))
    # System B: A without its casualty figures.
    b = [dict(r, spans=[s for s in r["spans"] if s["label"] != "CASUALTY"]) for r in a]
    paths = []
    for name, records in (("a", a), ("b", b)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        paths.append(path)
    flags = ["--bootstrap", "200", "--rounds", "200", "--seed", "3", "--top", "4"]
    base = ["compare", "--gold", gold, "--text-dir", corpus, "--pred", paths[0], "--pred", paths[1], *flags]
    with pytest.warns(tageval.TagevalWarning, match="document"):
        comparison = tageval.compare(gold, a, b, text_dir=corpus, bootstrap=200, rounds=200, seed=3, top=4)
    cli_json, cli_err = run(cli, *base, "--format", "json")
    assert comparison.to_dict() == json.loads(cli_json)
    assert comparison.warning and comparison.warning in cli_err
    assert comparison.to_csv() == run(cli, *base, "--format", "csv")[0]
    assert str(comparison).rstrip("\n") == run(cli, *base, "--format", "table")[0].rstrip("\n")
    frame = comparison.to_frame()
    assert len(frame) > 3
    strict = comparison.to_dict()["rows"][0]
    assert strict["delta"]["f1"] < 0, "B lost every casualty figure"


def test_reader_warnings_are_python_warnings(tmp_path):
    brat = tmp_path / "brat"
    brat.mkdir()
    (brat / "d.txt").write_text("Assad met Kerry", encoding="utf-8")
    (brat / "d.ann").write_text("T1\tPER 0 5\tAssad\nT2\tPER 10 15\tKerry\nR1\tMeets Arg1:T1 Arg2:T2\n", encoding="utf-8")
    with pytest.warns(tageval.TagevalWarning, match=r"not read \(tageval scores spans and their values\): 1 relation\(s\)"):
        records = tageval.read(brat)
    assert [s["text"] for s in records[0]["spans"]] == ["Assad", "Kerry"]
    prodigy = ROOT / "tests" / "fixtures" / "tools" / "prodigy.jsonl"
    with pytest.warns(tageval.TagevalWarning, match="Prodigy example"):
        tageval.score(prodigy, prodigy, bootstrap=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tageval.read(ROOT / "tests" / "fixtures" / "tools" / "gold.jsonl")  # nothing to warn about
