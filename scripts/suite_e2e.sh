#!/usr/bin/env bash
# End-to-end check of the regression-suite workflow (`tageval new-suite`), as a user
# runs it: scaffold a suite over the bundled corpus, record its snapshots, run it
# green, change a lexicon entry, see the failing snapshots (.snap.new files and their
# diff), accept them, run green again; then change the gold and accept with
# INSTA_UPDATE=always.
#
# Usage: bash scripts/suite_e2e.sh
# Environment: TAGEVAL_BIN (default target/debug/tageval, built if missing),
# CARGO_TARGET_DIR (default this repository's target/: the suite reuses what
# `cargo test --workspace` compiled instead of compiling everything again),
# SUITE_DIR (default a temporary folder, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
root=$PWD
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
# Only the snapshots decide: never let insta guess from $CI whether to write files.
unset CI

if [ -z "${TAGEVAL_BIN:-}" ]; then
  cargo build --quiet --locked -p tageval
  TAGEVAL_BIN=$root/target/debug/tageval
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
suite=${SUITE_DIR:-$work/aleppo-suite}

fail() { echo "suite_e2e: FAILED: $*" >&2; exit 1; }
step() { echo "== suite_e2e: $* (at $((SECONDS - start)) s)"; }
# cargo test in the suite; its output kept in $work/last.log.
suite_test() { (cd "$suite" && cargo test --offline --quiet 2>&1) >"$work/last.log"; }
pending() { find "$suite/tests/snapshots" -name '*.snap.new' | sort; }

step "scaffold"
printf '%s\n' '{"label": "LOC", "pattern": "Aleppo"}' >"$work/lexicon.jsonl"
"$TAGEVAL_BIN" new-suite "$suite" --corpus corpora/aleppo-2015 --gold gold/aleppo-2015 --lexicon "$work/lexicon.jsonl"
test -f "$suite/Cargo.toml" && test -f "$suite/tests/regression.rs" || fail "suite files missing"

step "record the snapshots (INSTA_UPDATE=always)"
INSTA_UPDATE=always suite_test || { cat "$work/last.log"; fail "first run"; }
n=$(find "$suite/tests/snapshots" -name '*.snap' | wc -l)
[ "$n" -eq 6 ] || fail "expected 6 snapshots (5 documents + score report), got $n"

step "run green (INSTA_UPDATE=no)"
INSTA_UPDATE=no suite_test || { cat "$work/last.log"; fail "second run is not green"; }
[ -z "$(pending)" ] || fail "a green run left .snap.new files"

step "change a lexicon entry: Aleppo LOC -> ORG"
sed -i 's/"label": "LOC"/"label": "ORG"/' "$suite/data/lexicon-1.jsonl"
if INSTA_UPDATE=new suite_test; then fail "the changed lexicon did not fail the suite"; fi
grep -q "snapshot(s) changed" "$work/last.log" || { cat "$work/last.log"; fail "no snapshot failure reported"; }
grep -q "score_report" "$work/last.log" || { cat "$work/last.log"; fail "score report did not change"; }
[ -n "$(pending)" ] || fail "no .snap.new written"
echo "pending snapshots:"; pending | sed "s|$suite/||"
doc=$(pending | grep doc__ | head -1)
[ -n "$doc" ] || fail "no document snapshot changed"
diff -u "${doc%.new}" "$doc" | tee "$work/doc.diff" | head -20 || true
grep -q '^-.*LOC *"Aleppo"' "$work/doc.diff" && grep -q '^+.*ORG *"Aleppo"' "$work/doc.diff" ||
  fail "the diff does not show Aleppo turning from LOC to ORG"
diff -u "$suite/tests/snapshots/score_report.snap" "$suite/tests/snapshots/score_report.snap.new" | grep '^[-+]all strict' || true

step "accept by moving the .snap.new files over the snapshots"
for f in $(pending); do mv "$f" "${f%.new}"; done
INSTA_UPDATE=no suite_test || { cat "$work/last.log"; fail "not green after accepting"; }
[ -z "$(pending)" ] || fail ".snap.new files left"

step "change the gold (one span dropped), accept with INSTA_UPDATE=always"
ann=$(ls "$suite"/data/gold/*.ann | head -1)
sed -i '1d' "$ann"
if INSTA_UPDATE=no suite_test; then fail "the changed gold did not fail the suite"; fi
grep -q "score_report" "$work/last.log" || fail "the score report snapshot did not fail"
INSTA_UPDATE=always suite_test || { cat "$work/last.log"; fail "INSTA_UPDATE=always did not accept"; }
INSTA_UPDATE=no suite_test || fail "not green after accepting"
[ -z "$(pending)" ] || fail ".snap.new files left"

echo "suite_e2e: ok in $((SECONDS - start)) s"
