"""The Python package and the command line give the same annotations and figures."""

import json
import subprocess

import pytest

import tageval


def run(cli, *args):
    done = subprocess.run([str(cli), *map(str, args)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def cli_pred(cli, bundled, tmp_path_factory):
    """`tageval annotate` of the bundled corpus, as a file and as records."""
    path = tmp_path_factory.mktemp("cli") / "pred.jsonl"
    run(cli, "annotate", bundled[0], "--quiet", "-o", path)
    return path, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_annotate_gives_the_records_the_cli_writes(bundled, cli_pred):
    _, cli_records = cli_pred
    records = tageval.annotate(tageval.read(bundled[0]))
    assert len(records) == 5
    assert records == cli_records


@pytest.mark.parametrize(
    "options, flags",
    [
        ({}, []),
        ({"layers": ["dates", "casualties"]}, ["--score-layers", "dates,casualties"]),
        ({"label_map": {"MISC": "O", "ORG": "LOC"}, "bootstrap": 200, "seed": 7}, ["--map", "MISC=O,ORG=LOC", "--bootstrap", "200", "--seed", "7"]),
    ],
)
def test_score_gives_the_cli_figures_on_the_bundled_corpus(cli, bundled, cli_pred, options, flags):
    corpus, gold = bundled
    pred_path, _ = cli_pred
    pred = tageval.annotate(tageval.read(corpus))
    report = tageval.score(gold, pred, text_dir=corpus, **options)
    base = ["score", "--gold", gold, "--text-dir", corpus, "--pred", pred_path, *flags]
    cli_json = json.loads(run(cli, *base, "--format", "json"))
    assert cli_json["docs"]["scored"] == 5 and cli_json["schemas"]["strict"]["possible"] > 50
    assert report.to_dict() == cli_json
    assert report.to_csv() == run(cli, *base, "--format", "csv")
    assert str(report).rstrip("\n") == run(cli, *base, "--format", "table").rstrip("\n")
    assert report.to_conlleval().rstrip("\n") == run(cli, *base, "--format", "conlleval").rstrip("\n")
    assert report.strict_f1 == cli_json["schemas"]["strict"]["f1"]


def test_score_of_annotate_matches_cli_eval(cli, bundled):
    corpus, gold = bundled
    report = tageval.score(gold, tageval.annotate(tageval.read(corpus)), text_dir=corpus, only_layers=tageval.LAYERS)
    assert report.to_dict() == json.loads(run(cli, "eval", "--corpus", corpus, "--gold", gold, "--format", "json"))


def test_read_gives_the_records_of_cli_convert(cli, bundled, tmp_path):
    corpus, gold = bundled
    out = tmp_path / "gold.jsonl"
    run(cli, "convert", gold, "--text-dir", corpus, "--to", "jsonl", "-o", out)
    expected = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert tageval.read(gold, text_dir=corpus) == expected


def test_annotate_dates_earlier_events_out_of_the_toll_as_the_cli(cli, tmp_path):
    # A figure dated by a year well before the document's dct is an earlier event's
    # toll: with a dct it adds nothing, without one it is the report's toll.
    text = "A car bomb killed 12 people outside the court in 2002, police recalled on Monday."
    records = [{"id": "d1", "text": text, "dct": "2015-06-02"}, {"id": "d2", "text": text}]
    path = tmp_path / "dated.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    cli_records = [json.loads(line) for line in run(cli, "annotate", path, "--layers", "casualties", "--quiet").splitlines()]
    assert "casualty_totals" not in cli_records[0]
    assert cli_records[1]["casualty_totals"] == {"killed": "12"}
    assert tageval.annotate(records, layers="casualties") == cli_records
