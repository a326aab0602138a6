#!/bin/sh
# Runs fuzz targets one after another, each for SECONDS (default 600), seeded from
# seeds/<target> and growing corpus/<target>; crashes land in artifacts/<target>.
# Usage: fuzz/run.sh [SECONDS] [TARGET...]   (default: every target)
set -u
cd "$(dirname "$0")"
secs=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-$(cargo fuzz list)}
mkdir -p artifacts/logs
for t in $targets; do
    mkdir -p "corpus/$t"
    case $t in annotate_*) features="--features annotators" ;; *) features="" ;; esac
    RUSTC_BOOTSTRAP=1 cargo fuzz run $features "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$secs" -print_final_stats=1 >"artifacts/logs/$t.log" 2>&1
    echo "$t: exit $?; $(grep -E '^stat::number_of_executed_units|^Done ' "artifacts/logs/$t.log" | tr '\n' ' ')"
done
