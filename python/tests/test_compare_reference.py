"""`tageval compare`'s p-values against independent reference implementations.

- Approximate randomisation, exact: SciPy's paired permutation test
  (`scipy.stats.permutation_test`, `permutation_type="samples"`, every one of the
  2^n swaps enumerated) of the same statistic, F1(B) - F1(A) micro-averaged over
  documents. The null distribution of a paired swap test is symmetric, so SciPy's
  two-sided p (twice the smaller one-sided p) equals tageval's P(|d| >= |observed|).
- Paired bootstrap (Berg-Kirkpatrick, Burkett & Klein 2012, section 3), written out
  here from the paper: p = share of samples whose difference is at least twice the
  observed one. Run once on the very samples tageval draws (its SplitMix64 generator
  re-implemented from the published algorithm), which must give tageval's p and
  interval exactly; and once on NumPy's own samples, which must agree within the
  Monte Carlo error.

Only the CLI is used (TAGEVAL_BIN or target/release/tageval), not the extension.
"""

import json
import math
import subprocess

import pytest

np = pytest.importorskip("numpy")
stats = pytest.importorskip("scipy.stats")

# Per document: (gold spans, A's strictly correct, A's other predictions,
#                B's strictly correct, B's other predictions). B is better in most.
DOCS = [
    (5, 3, 1, 4, 0), (4, 2, 2, 3, 1), (6, 5, 1, 5, 0), (3, 1, 1, 2, 1),
    (2, 0, 1, 1, 0), (4, 4, 1, 4, 0), (5, 2, 1, 3, 1), (3, 3, 1, 3, 0),
    (4, 1, 1, 1, 2), (2, 2, 1, 2, 0), (8, 6, 1, 7, 1), (1, 0, 0, 0, 1),
]


def write_fixture(tmp_path):
    """Gold and two systems as JSONL: each gold span a PER name `Name<i>` in its own
    sentence; a system's correct predictions are gold spans, its others are LOC
    spans over filler words (false positives: no gold overlaps them)."""
    gold_lines, a_lines, b_lines = [], [], []
    for d, (n_gold, a_ok, a_fp, b_ok, b_fp) in enumerate(DOCS):
        text, spans = "", []
        for i in range(n_gold):
            start = len(text)
            text += f"Name{i}"
            spans.append((start, len(text)))
            text += " spoke. "
        fillers = []
        for i in range(max(a_fp, b_fp)):
            start = len(text)
            text += f"Place{i}"
            fillers.append((start, len(text)))
            text += " stood. "
        doc_id = f"doc{d:02}"

        def line(picked):
            return json.dumps({"id": doc_id, "text": text, "layers": ["entities"],
                               "spans": [{"start": s, "end": e, "label": label} for s, e, label in picked]})

        gold_lines.append(line([(s, e, "PER") for s, e in spans]))
        a_lines.append(line([(s, e, "PER") for s, e in spans[:a_ok]] + [(s, e, "LOC") for s, e in fillers[:a_fp]]))
        b_lines.append(line([(s, e, "PER") for s, e in spans[:b_ok]] + [(s, e, "LOC") for s, e in fillers[:b_fp]]))
    paths = []
    for name, lines in [("gold", gold_lines), ("a", a_lines), ("b", b_lines)]:
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def triples():
    """(correct, gold, predicted) per document for A and for B."""
    a = np.array([(a_ok, g, a_ok + a_fp) for g, a_ok, a_fp, _, _ in DOCS], dtype=float)
    b = np.array([(b_ok, g, b_ok + b_fp) for g, _, _, b_ok, b_fp in DOCS], dtype=float)
    return a, b


def f1(rows):
    """Micro F1 from summed (correct, gold, predicted): 2c / (g + p)."""
    c, g, p = rows.sum(axis=0)
    return 0.0 if g + p == 0 else 2.0 * c / (g + p)


def compare(cli, tmp_path, *extra):
    gold, a, b = write_fixture(tmp_path)
    done = subprocess.run([str(cli), "compare", "--gold", gold, "--pred", a, "--pred", b, "--format", "json", *map(str, extra)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    row = next(r for r in out["rows"] if r["scope"] == "all" and r["measure"] == "strict")
    return out, row


def test_the_fixture_scores_as_written(cli, tmp_path):
    _, row = compare(cli, tmp_path, "--bootstrap", "0", "--rounds", "0")
    a, b = triples()
    assert row["a"]["f1"] == pytest.approx(f1(a), abs=1e-12)
    assert row["b"]["f1"] == pytest.approx(f1(b), abs=1e-12)
    assert f1(b) > f1(a)


def test_exact_randomisation_equals_scipy_permutation_test(cli, tmp_path):
    # 2^12 = 4096 swaps <= 5000 rounds: tageval enumerates them all.
    _, row = compare(cli, tmp_path, "--bootstrap", "0", "--rounds", "5000")
    test = row["test"]
    assert test["randomisation_exact"] is True
    a, b = triples()
    rows = np.concatenate([a, b])
    n = len(a)

    def statistic(x, y):
        return f1(rows[y.astype(int)]) - f1(rows[x.astype(int)])

    ref = stats.permutation_test((np.arange(n), np.arange(n, 2 * n)), statistic, permutation_type="samples",
                                 vectorized=False, n_resamples=math.inf, alternative="two-sided")
    assert ref.statistic == pytest.approx(test["delta"], abs=1e-12)
    assert test["randomisation_p"] == pytest.approx(ref.pvalue, abs=1e-12)
    assert 0.0 < ref.pvalue < 0.2


def splitmix64(seed):
    """SplitMix64 (Steele, Lea & Flood 2014), from the published algorithm."""
    state = seed
    mask = (1 << 64) - 1
    while True:
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        yield z ^ (z >> 31)


def berg_kirkpatrick(a, b, samples):
    """The paired bootstrap of Berg-Kirkpatrick et al. (2012): the share of samples
    whose difference is at least twice the observed one (in its direction), and the
    2.5th and 97.5th percentiles of the differences."""
    delta = f1(b) - f1(a)
    deltas = np.array([f1(b[s]) - f1(a[s]) for s in samples])
    if delta > 0:
        p = np.mean(deltas >= 2 * delta - 1e-12)
    elif delta < 0:
        p = np.mean(deltas <= 2 * delta + 1e-12)
    else:
        p = 1.0
    ordered = np.sort(deltas)
    k = len(ordered)
    return p, (ordered[math.floor(0.025 * k)], ordered[math.ceil(0.975 * k) - 1])


def test_paired_bootstrap_follows_berg_kirkpatrick_on_the_same_samples(cli, tmp_path):
    resamples, seed = 2000, 7
    _, row = compare(cli, tmp_path, "--bootstrap", resamples, "--rounds", "0", "--seed", seed)
    a, b = triples()
    n = len(a)
    rng = splitmix64(seed)
    # A document index in 0..n by multiply-and-shift of 64 random bits.
    samples = [np.array([(next(rng) * n) >> 64 for _ in range(n)]) for _ in range(resamples)]
    p, (low, high) = berg_kirkpatrick(a, b, samples)
    test = row["test"]
    assert test["bootstrap_p"] == pytest.approx(p, abs=1e-12)
    assert test["interval"]["low"] == pytest.approx(low, abs=1e-12)
    assert test["interval"]["high"] == pytest.approx(high, abs=1e-12)


def test_paired_bootstrap_agrees_with_numpy_samples(cli, tmp_path):
    resamples = 20000
    _, row = compare(cli, tmp_path, "--bootstrap", resamples, "--rounds", "0")
    a, b = triples()
    rng = np.random.default_rng(2012)
    samples = rng.integers(0, len(a), size=(resamples, len(a)))
    p, (low, high) = berg_kirkpatrick(a, b, samples)
    test = row["test"]
    # Two independent estimates of the same p, each with standard error
    # sqrt(p (1 - p) / 20000) < 0.0036: they differ by less than 0.015.
    assert abs(test["bootstrap_p"] - p) < 0.015, (test["bootstrap_p"], p)
    assert abs(test["interval"]["low"] - low) < 0.01 and abs(test["interval"]["high"] - high) < 0.01
