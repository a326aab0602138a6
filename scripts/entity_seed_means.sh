#!/usr/bin/env bash
# Means over training seeds of an entity-model recipe (whole tagger, strict micro F1).
#
#   scripts/entity_seed_means.sh OUTDIR "SEEDS" [tageval train options...]
#   scripts/entity_seed_means.sh target/seeds/plain "1 2 3 4" --average 5
#   scripts/entity_seed_means.sh target/seeds/st "1 2 3 4" --extra-train target/selftrain.jsonl:0.3
#   scripts/entity_seed_means.sh target/seeds/all "1 2 3 4" --average 5 --extra-names \
#       --extra-train corpora/*-train/*/*.jsonl
#
# For each seed, trains on eng.train (dev eng.testa, the committed gazetteer,
# target/entity-clusters.tsv) with --seed S and the options given (the committed
# model's recipe is the third example), then runs
# `tageval eval --layers entities --bootstrap 0 --model M` on eng.testa, on
# eval/heldout/entities.jsonl and on eval/heldout2/entities-2.jsonl (the held-out sets
# with and without --no-bundled-lexicon) and on the Wikipedia-style development set
# eval/dev-wiki/entities-dev-wiki.jsonl, and prints one row per seed, then the means.
# Only aggregate figures are printed. A model already in OUTDIR is reused.
# TAGEVAL (default target/release/tageval) is the binary used.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,16p' "$0"; exit 2; }
out=$1
seeds=$2
shift 2
bin=${TAGEVAL:-target/release/tageval}
data=../shared/data/conll2003
[ -f "$data/eng.train" ] || { echo "skipped: $data is absent" >&2; exit 0; }
mkdir -p "$out"
f1() { "$bin" eval --corpus "$1" --gold "$1" --layers entities --bootstrap 0 --model "$2" "${@:3}" 2>/dev/null | awk '/^strict /{print $NF}'; }
printf 'seed\ttesta\tfirst\tfirst-nolex\tsecond\tsecond-nolex\tdev-wiki\n'
for s in $seeds; do
  m=$out/seed$s.model
  if [ ! -f "$m" ]; then
    "$bin" train --train $data/eng.train --dev $data/eng.testa --gazetteer crates/annotator/data/gazetteer \
      --clusters target/entity-clusters.tsv --seed "$s" "$@" -o "$m" 2>"$out/seed$s.log"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$(f1 $data/eng.testa "$m")" \
    "$(f1 eval/heldout/entities.jsonl "$m")" "$(f1 eval/heldout/entities.jsonl "$m" --no-bundled-lexicon)" \
    "$(f1 eval/heldout2/entities-2.jsonl "$m")" "$(f1 eval/heldout2/entities-2.jsonl "$m" --no-bundled-lexicon)" \
    "$(f1 eval/dev-wiki/entities-dev-wiki.jsonl "$m")"
done | tee "$out/seeds.tsv"
awk -F'\t' '{for (i = 2; i <= 7; i++) s[i] += $i; n++}
  END {printf "mean"; for (i = 2; i <= 7; i++) printf "\t%.4f", s[i] / n; printf "\n"}' "$out/seeds.tsv"
