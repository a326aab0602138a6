"""Shared paths: the repository root, its bundled corpus and gold, the CLI."""

import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora" / "aleppo-2015"
GOLD = ROOT / "gold" / "aleppo-2015"


def cli_path():
    """The release binary (`cargo build --release -p tageval`), or $TAGEVAL_BIN."""
    candidates = [os.environ.get("TAGEVAL_BIN"), ROOT / "target" / "release" / "tageval", shutil.which("tageval")]
    for candidate in candidates:
        if candidate and pathlib.Path(candidate).is_file():
            return pathlib.Path(candidate)
    return None


@pytest.fixture(scope="session")
def cli():
    path = cli_path()
    if path is None:
        pytest.skip("no tageval binary: run `cargo build --release -p tageval` (or set TAGEVAL_BIN) for the CLI parity tests")
    return path


@pytest.fixture(scope="session")
def bundled():
    if not CORPUS.is_dir() or not GOLD.is_dir():
        pytest.skip(f"the bundled corpus is not at {CORPUS}")
    return CORPUS, GOLD
