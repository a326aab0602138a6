#!/usr/bin/env bash
# Integration test of spark/tageval_spark.py on a real (standalone) Spark cluster, the
# path a cluster user takes: a master and two workers (one core, 512 MB each) on
# 127.0.0.1, started with pyspark's own spark-class; the job submitted with
#   spark-submit --master spark://127.0.0.1:PORT --files tageval ... --tageval ./tageval
# so the binary reaches each executor the way it does on YARN or Kubernetes.
#
#  1. a clean run: the part files equal `tageval annotate` byte for byte, the merged
#     shard counts equal one `tageval score` run, and each worker ran the shipped copy;
#  2. the same job with worker 1 (its worker and executor JVMs and everything under
#     them) killed with SIGKILL as soon as a `tageval annotate` task runs on it: Spark
#     must retry the lost tasks on worker 2 and give the same output and report.
#
# Skips (exit 0) with a message when Java or pyspark is missing. Every process it starts
# is killed on exit (by process id). Ports are chosen by the system (port 0).
#
#   bash spark/test_cluster.sh          # from the repository root
# Environment: TAGEVAL_BIN (default target/release/tageval, else target/debug/tageval,
# else a release build), PYTHON (default python3), TAGEVAL_SPARK_KEEP=1 keeps the work
# folder (logs, worker folders) and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
start=$SECONDS

say() { echo "spark cluster test ($((SECONDS - start)) s): $*"; }
skip() { echo "spark cluster test: SKIPPED: $*"; exit 0; }
command -v java >/dev/null 2>&1 || skip "java not found (Spark needs Java 17+)"
PYTHON=${PYTHON:-python3}
SPARK_HOME=$("$PYTHON" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))' 2>/dev/null) \
    || skip "pyspark not installed (pip install -r spark/requirements.txt)"
[[ -x $SPARK_HOME/bin/spark-class && -x $SPARK_HOME/bin/spark-submit ]] \
    || skip "pyspark at $SPARK_HOME has no bin/spark-class or bin/spark-submit"

# shellcheck source=spark/find_tageval.sh
source spark/find_tageval.sh
say "using $BIN and Spark from $SPARK_HOME"

WORK=$(mktemp -d)
STARTED=() # process ids of what this script started in the background

descendants() { # pid: the pid and all its descendants, parents first
    local pid=$1 child
    echo "$pid"
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do descendants "$child"; done
}
cleanup() {
    local status=$? pids=() pid alive
    trap - EXIT INT TERM
    for pid in "${STARTED[@]}"; do
        pids+=($(descendants "$pid"))
    done
    if ((${#pids[@]})); then
        kill -TERM "${pids[@]}" 2>/dev/null || true
        for _ in $(seq 50); do # up to 10 s for the JVMs to stop
            alive=0
            for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
            ((alive)) || break
            sleep 0.2
        done
        kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
    if ((status != 0)); then
        for log in "$WORK"/*.log; do
            [[ -f $log ]] && { echo "--- last lines of $log"; tail -25 "$log"; }
        done
    fi
    if [[ -n ${TAGEVAL_SPARK_KEEP:-} ]]; then echo "spark cluster test: work folder $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "spark cluster test: interrupted"; exit 130' INT TERM

fail() { echo "spark cluster test: FAILED: $*"; exit 1; }

wait_for() { # seconds, pid, description, command...: waits until the command succeeds
    local limit=$1 pid=$2 what=$3
    shift 3
    local until=$((SECONDS + limit))
    until "$@"; do
        kill -0 "$pid" 2>/dev/null || fail "$what: the process stopped"
        ((SECONDS < until)) || fail "$what: not within $limit s"
        sleep 0.5
    done
}

# What the test runs, which spark/README.md must show.
WORKER_OPTS=(--cores 1 --memory 512m)
SUBMIT_OPTS=(--driver-memory 512m --executor-memory 512m)
JOB_OPTS=(--tageval ./tageval --partitions 8)
COPIES=100
section=$(sed -n '/^### Standalone cluster/,/^### /p' spark/README.md)
for text in org.apache.spark.deploy.master.Master org.apache.spark.deploy.worker.Worker \
    "${WORKER_OPTS[*]}" "spark-submit\" --master spark://" "--files " "${SUBMIT_OPTS[*]}" "${JOB_OPTS[*]}" \
    "--port 0 --webui-port 0" spark.shuffle.readHostLocalDisk=false \
    spark.scheduler.minRegisteredResourcesRatio=1.0 "repeated $COPIES times" SIGKILL; do
    [[ $section == *"$text"* ]] || fail "spark/README.md's standalone section does not show: $text"
done
say "ok: spark/README.md's standalone section shows the commands and options this test runs"

# The cluster: its own configuration folder (nothing from the host's), logs on stderr,
# scratch space in the work folder, small heaps.
mkdir -p "$WORK/conf" "$WORK/local" "$WORK/ship"
export SPARK_HOME SPARK_CONF_DIR=$WORK/conf SPARK_LOCAL_DIRS=$WORK/local SPARK_LOCAL_IP=127.0.0.1 \
    SPARK_DAEMON_MEMORY=256m PYSPARK_PYTHON=$PYTHON PYSPARK_DRIVER_PYTHON=$PYTHON
unset SPARK_MASTER_HOST SPARK_MASTER_PORT SPARK_WORKER_CORES SPARK_WORKER_MEMORY SPARK_WORKER_DIR

"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 >"$WORK/master.log" 2>&1 &
MASTER_PID=$!
STARTED+=("$MASTER_PID")
wait_for 180 "$MASTER_PID" "master start" grep -qs 'Starting Spark master at spark://' "$WORK/master.log"
MASTER_URL=$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$WORK/master.log" | head -1)


declare -A WORKER_PID
for n in 1 2; do
    "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --port 0 --webui-port 0 "${WORKER_OPTS[@]}" --work-dir "$WORK/worker$n" \
        "$MASTER_URL" >"$WORK/worker$n.log" 2>&1 &
    WORKER_PID[$n]=$!
    STARTED+=("${WORKER_PID[$n]}")
    disown "${WORKER_PID[$n]}" # no "Killed" notice from bash for worker 1
done
registered() { (($(grep -c 'Registering worker 127\.0\.0\.1' "$WORK/master.log") >= 2)); }
wait_for 180 "$MASTER_PID" "two workers registering" registered
say "cluster up at $MASTER_URL (workers: pids ${WORKER_PID[1]} ${WORKER_PID[2]})"

# Data: the bundled corpus repeated 100 times (500 documents, 2.4 MB) and its gold.
"$BIN" convert corpora/aleppo-2015 --from txt --to jsonl -o "$WORK/one.jsonl"
"$PYTHON" spark/test_data.py corpus "$WORK/one.jsonl" "$WORK/corpus.jsonl" "$COPIES"
"$BIN" annotate "$WORK/corpus.jsonl" --quiet -o "$WORK/single.jsonl"
SCORING=
if "$BIN" merge --help >/dev/null 2>&1 && [[ -d gold/aleppo-2015 ]]; then
    SCORING=1
    "$BIN" convert gold/aleppo-2015 --text-dir corpora/aleppo-2015 --to jsonl -o "$WORK/gold-one.jsonl"
    "$PYTHON" spark/test_data.py gold "$WORK/gold-one.jsonl" "$WORK/corpus.jsonl" "$WORK/gold.jsonl"
    "$BIN" score --gold "$WORK/gold.jsonl" --pred "$WORK/single.jsonl" --format json -o "$WORK/single-report.json" || true
else
    say "skipped: scoring (tageval merge or gold/aleppo-2015 not available)"
fi
# The binary is shipped under the name the job is told (./tageval), from outside the
# folder spark-submit runs in: the driver must find its copy through SparkFiles too.
cp "$BIN" "$WORK/ship/tageval"

# spark.shuffle.readHostLocalDisk=false: executors on one host would read each other's
# shuffle files straight from the disk, which outlives a killed executor; on a real
# cluster they fetch them from the executor that wrote them, so a lost executor loses
# its shuffle output too, and Spark must recompute it. The test takes that path.
# minRegisteredResourcesRatio=1.0: the job waits for both executors, so the first
# annotation tasks run on both workers (one each) and worker 1 is sure to get one.
submit() { # name, then more tageval_spark.py options; starts spark-submit in the background
    local name=$1
    shift
    local job=("${JOB_OPTS[@]}" --output-dir "$WORK/$name-out")
    [[ -n $SCORING ]] && job+=(--gold "$WORK/gold.jsonl" --merge-args '--format json' --report "$WORK/$name-report.json")
    (cd "$WORK" && exec "$SPARK_HOME/bin/spark-submit" --master "$MASTER_URL" --name "tageval-$name" \
        --files "$WORK/ship/tageval" "${SUBMIT_OPTS[@]}" \
        --conf spark.ui.enabled=false --conf spark.shuffle.readHostLocalDisk=false \
        --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
        "$REPO/spark/tageval_spark.py" "$WORK/corpus.jsonl" "${job[@]}" "$@") \
        >"$WORK/$name-driver.log" 2>&1 &
    SUBMIT_PID=$!
    STARTED+=("$SUBMIT_PID")
}
finish() { # name: waits for the job (at most 300 s) and checks its results
    local name=$1 status=0
    local until=$((SECONDS + 300))
    while kill -0 "$SUBMIT_PID" 2>/dev/null; do
        ((SECONDS < until)) || fail "$name: the job did not finish within 300 s"
        sleep 0.5
    done
    wait "$SUBMIT_PID" || status=$?
    ((status == 0)) || fail "$name: spark-submit exited with status $status"
    cat "$WORK/$name-out"/part-* >"$WORK/$name.jsonl"
    cmp "$WORK/single.jsonl" "$WORK/$name.jsonl" || fail "$name: the cluster output differs from tageval annotate"
    say "ok: $name: the part files equal tageval annotate byte for byte ($(wc -l <"$WORK/$name.jsonl") lines)"
    if [[ -n $SCORING ]]; then
        cmp "$WORK/single-report.json" "$WORK/$name-report.json" || fail "$name: the merged report differs from tageval score"
        say "ok: $name: the merged shard counts equal one tageval score run"
    fi
}

# 1. A clean run.
submit clean
finish clean
for n in 1 2; do
    shipped=$(find "$WORK/worker$n" -path '*/app-*/*/tageval' -type f | head -1)
    [[ -n $shipped ]] || fail "clean: worker $n got no copy of the binary in its executor folder"
    cmp "$BIN" "$shipped" || fail "clean: worker $n's copy of the binary differs"
    [[ -x $shipped ]] || fail "clean: worker $n's copy of the binary is not executable"
done
say "ok: clean: --files put an executable copy of the binary in each worker's executor folder"

# 2. Worker 1 lost mid-job: killed (worker JVM, executor JVM, Python workers, tageval)
# while a `tageval annotate` process runs from its executor's folder, i.e. while the
# first annotation tasks run. The watcher looks for that process in /proc.
submit kill
"$PYTHON" - "$WORK/worker1" "${WORKER_PID[1]}" "$SUBMIT_PID" >"$WORK/kill.log" 2>&1 <<'EOF' &
import os, signal, sys, time
folder, worker, job = os.path.realpath(sys.argv[1]) + os.sep, int(sys.argv[2]), int(sys.argv[3])

def children():
    kids = {}
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            kids.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            pass
    return kids

def annotating():
    for entry in os.listdir("/proc"):
        try:
            exe = os.readlink(f"/proc/{entry}/exe")
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if exe.startswith(folder) and len(argv) > 1 and argv[1] == b"annotate":
            return int(entry), exe
    return None

deadline = time.time() + 300
while time.time() < deadline:
    found = annotating()
    if found:
        kids, tree, todo = children(), [], [worker]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(kids.get(pid, []))
        for pid in tree:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        print(f"killed worker 1: {len(tree)} processes (tageval annotate pid {found[0]} ran {found[1]})")
        sys.exit(0)
    try:
        os.kill(job, 0)
    except ProcessLookupError:
        break
    time.sleep(0.02)
print("the job ended before a tageval annotate task ran on worker 1")
sys.exit(1)
EOF
WATCHER_PID=$!
STARTED+=("$WATCHER_PID")
watched=0
wait "$WATCHER_PID" || watched=$?
cat "$WORK/kill.log"
((watched == 0)) || fail "kill: worker 1 was not killed mid-job"
finish kill
grep -q 'Lost executor' "$WORK/kill-driver.log" || fail "kill: the driver log does not report the lost executor"
# Task attempts after the first (task N.1, or any task of a resubmitted stage S.1).
retried=$(grep -cE 'Starting task [0-9]+\.([1-9]|[0-9]+ in stage [0-9]+\.[1-9])' "$WORK/kill-driver.log" || true)
((retried > 0)) || fail "kill: no task was retried after the executor was lost"
say "ok: kill: worker 1 lost mid-job, $retried task attempts retried on worker 2, same output and report"
say "passed"
