#!/usr/bin/env bash
# Integration test of spark/tageval_spark.py in local mode: the Spark output must equal
# `tageval annotate` on one machine byte for byte, and the merged shard scores must
# equal one `tageval score` run. Skips (exit 0) when Java or pyspark is missing.
#
#   bash spark/test_spark.sh            # from the repository root
set -euo pipefail
cd "$(dirname "$0")/.."

skip() { echo "spark test: SKIPPED: $*"; exit 0; }
command -v java >/dev/null 2>&1 || skip "java not found (Spark needs Java 17+)"
PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import pyspark' 2>/dev/null || skip "pyspark not installed (pip install -r spark/requirements.txt)"

# shellcheck source=spark/find_tageval.sh
source spark/find_tageval.sh
echo "spark test: using $BIN"

WORK=$(mktemp -d)
if [[ -n ${TAGEVAL_SPARK_KEEP:-} ]]; then echo "spark test: work folder $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
export PYSPARK_PYTHON=$PYTHON SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

# The bundled corpus repeated 30 times with distinct ids, as plain JSONL (no spans).
"$BIN" convert corpora/aleppo-2015 --from txt --to jsonl -o "$WORK/one.jsonl"
"$PYTHON" spark/test_data.py corpus "$WORK/one.jsonl" "$WORK/corpus.jsonl" 30

run_job() {
    "$PYTHON" spark/tageval_spark.py "$WORK/corpus.jsonl" --tageval "$BIN" --master 'local[2]' --partitions 3 "$@" \
        2> "$WORK/spark.log" || { tail -50 "$WORK/spark.log"; echo "spark test: FAILED: the job failed"; exit 1; }
}

passed=0 failed=0
check() { # name, expected, actual
    if cmp "$2" "$3"; then
        echo "ok: $1"; passed=$((passed + 1))
    else
        echo "FAILED: $1"; failed=$((failed + 1))
    fi
}

"$BIN" annotate "$WORK/corpus.jsonl" --quiet -o "$WORK/single.jsonl"

run_job --output-file "$WORK/spark.jsonl"
check "Spark output (3 partitions, one file) equals the single-machine output" "$WORK/single.jsonl" "$WORK/spark.jsonl"

run_job --keep-input-splits --output-dir "$WORK/parts"
cat "$WORK"/parts/part-* > "$WORK/spark-parts.jsonl"
check "Spark output (input splits, part files) equals the single-machine output" "$WORK/single.jsonl" "$WORK/spark-parts.jsonl"

# Scoring: gold is the bundled brat gold, converted to JSONL and repeated like the corpus.
if "$BIN" merge --help >/dev/null 2>&1 && [[ -d gold/aleppo-2015 ]]; then
    "$BIN" convert gold/aleppo-2015 --text-dir corpora/aleppo-2015 --to jsonl -o "$WORK/gold-one.jsonl"
    "$PYTHON" spark/test_data.py gold "$WORK/gold-one.jsonl" "$WORK/corpus.jsonl" "$WORK/gold.jsonl"
    "$BIN" score --gold "$WORK/gold.jsonl" --pred "$WORK/single.jsonl" --format json -o "$WORK/single-report.json" || true
    run_job --output-dir "$WORK/scored" --gold "$WORK/gold.jsonl" --merge-args '--format json' --report "$WORK/merged-report.json"
    check "merged shard scores equal the single-run score" "$WORK/single-report.json" "$WORK/merged-report.json"
else
    echo "skipped: scoring (tageval merge or gold/aleppo-2015 not available)"
fi

echo "spark: $passed passed, $failed failed"
((failed == 0))
