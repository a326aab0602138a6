#!/usr/bin/env bash
# Builds and tests the Python package: a virtual environment with the pinned test
# dependencies, `pip install ./python` (maturin builds the extension in release
# mode), the CLI for the parity tests, then pytest.
#
# Usage: bash python/test.sh [pytest arguments]
# Environment: PYTHON (default python3), TAGEVAL_VENV (default python/.venv),
# TAGEVAL_BIN (a tageval binary to compare with; default: built here, debug profile,
# which `cargo test --workspace` has usually built already).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

PYTHON=${PYTHON:-python3}
VENV=${TAGEVAL_VENV:-python/.venv}

# Pinned: the versions the tests were written against (all on PyPI).
MATURIN=maturin==1.16.0
PYTEST=pytest==9.2.0
PANDAS=pandas==3.1.1
SPACY=spacy==3.8.18
# The reference implementations compare's p-values are checked against.
SCIPY=scipy==1.17.1

echo "== python: environment ($("$PYTHON" --version 2>&1))"
if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
    echo "tageval: \`$PYTHON -m venv\` is unavailable (Debian: apt-get install python3-venv); trying virtualenv"
    "$PYTHON" -m pip install --quiet --user virtualenv
    "$PYTHON" -m virtualenv --quiet "$VENV"
  fi
fi
PY="$(cd "$VENV" && pwd)/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check "$MATURIN" "$PYTEST" "$PANDAS" "$SCIPY"
# spaCy is optional: its tests skip, with a message, when it cannot be installed.
if ! timeout 300 "$PY" -m pip install --quiet --disable-pip-version-check --only-binary=:all: "$SPACY"; then
  echo "tageval: WARNING: $SPACY could not be installed; the spaCy component tests will be SKIPPED"
fi

echo "== python: build and install the package (pip install ./python) (at $((SECONDS - start)) s)"
"$PY" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python

echo "== python: the CLI for the parity tests (at $((SECONDS - start)) s)"
if [ -z "${TAGEVAL_BIN:-}" ]; then
  cargo build --quiet --locked -p tageval
  export TAGEVAL_BIN="$PWD/target/debug/tageval"
fi
echo "comparing with $TAGEVAL_BIN"

echo "== python: pytest (at $((SECONDS - start)) s)"
# Run from python/tests so that `import tageval` is the installed package, not the
# source folder (which lacks the compiled extension).
(cd python/tests && "$PY" -m pytest -q -rs -p no:cacheprovider "$@")

echo "python/test.sh: done in $((SECONDS - start)) s"
