#!/usr/bin/env python3
"""Annotate a JSONL corpus with `tageval annotate` on a Spark cluster, and optionally
score it against gold, shard by shard, merging the counts with `tageval merge`.

The corpus is split into --partitions contiguous ranges of lines; each range is piped
through `tageval annotate -` (like RDD.pipe, with the binary looked up on each executor),
which writes one line per input line in input order. The ranges keep the corpus order,
so concatenating the output parts gives, byte for byte, the output of
`tageval annotate CORPUS` on one machine.

Local run (see spark/README.md for clusters):

    python3 spark/tageval_spark.py corpus.jsonl --tageval target/release/tageval \\
        --master 'local[2]' --partitions 3 --output-file tagged.jsonl \\
        --gold gold.jsonl --report report.json --merge-args '--format json'
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="corpus JSONL: a path or URI Spark can read (hdfs://, s3a://, file://)")
    parser.add_argument(
        "--tageval",
        required=True,
        help="the tageval binary as executors see it: an absolute path present on every node, "
        "or ./tageval when shipped with spark-submit --files tageval (a relative path is looked up in the "
        "working folder, then among the files shipped with the job, then, for a bare name, on PATH)",
    )
    parser.add_argument(
        "--driver-tageval",
        help="the binary on the driver, for `merge` (default: --tageval, looked up the same way; the copy "
        "shipped with --files is there too)",
    )
    parser.add_argument("--partitions", type=int, help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument(
        "--keep-input-splits",
        action="store_true",
        help="annotate the input splits as they are (at least --partitions of them), without shuffling the corpus",
    )
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--output-dir", help="write part-NNNNN files here (path or URI); their concatenation is the output")
    out.add_argument("--output-file", help="write one JSONL file here, on the driver's file system")
    parser.add_argument("--threads", type=int, default=1, help="tageval threads per task (match spark.task.cpus; default 1)")
    parser.add_argument("--annotate-args", default="", help="more `tageval annotate` options, e.g. '--layers dates'")
    parser.add_argument("--gold", help="gold JSONL (path or URI): score each partition and merge the counts")
    parser.add_argument("--score-args", default="", help="more `tageval score` options for each shard, e.g. '--map GPE=LOC'")
    parser.add_argument("--merge-args", default="", help="`tageval merge` report options, e.g. '--format json'")
    parser.add_argument("--report", help="where the driver writes the merged report (default: stdout)")
    parser.add_argument("--counts-dir", help="keep the per-shard count files here (a local folder on the driver)")
    parser.add_argument("--master", help="Spark master when not set by spark-submit, e.g. 'local[2]'")
    return parser.parse_args(argv)


def with_line_number_id(line, number):
    """`line` with `"id": "<number>"` when it has no id of its own.

    tageval names a JSONL document without an id after its line number; a partition
    would count lines from its own start, so the global number is written in first.
    Lines that are not JSON objects are passed on as they are, for tageval to report.
    """
    try:
        obj = json.loads(line)
    except ValueError:
        return line
    if not isinstance(obj, dict) or obj.get("id") is not None:
        return line
    fields = {"id": str(number)}
    fields.update((k, v) for k, v in obj.items() if k != "id")
    return json.dumps(fields, ensure_ascii=False)


def resolve_tageval(path):
    """The tageval binary to run here (on the driver or an executor), as an absolute path.

    An absolute path is used as it is. A relative one (`./tageval`, `bin/tageval`, `tageval`)
    is looked up in the working folder, then among the files shipped with the job
    (`spark-submit --files` or `spark.files`: SparkFiles, by its file name), then, for a
    bare name, on PATH. A shipped copy that lost its execute bit gets it back.
    """
    if os.path.isabs(path):
        return path
    candidates = [os.path.abspath(path)]
    try:
        from pyspark import SparkFiles

        candidates.append(SparkFiles.get(os.path.basename(path)))
    except Exception:  # no SparkContext or task here: no shipped files to look in
        pass
    for candidate in candidates:
        if os.path.isfile(candidate):
            if not os.access(candidate, os.X_OK):
                os.chmod(candidate, os.stat(candidate).st_mode | 0o111)
            return candidate
    found = shutil.which(path) if os.sep not in path else None
    if found:
        return found
    raise FileNotFoundError(
        f"tageval binary {path!r} not found (looked in {', '.join(candidates)}"
        f"{'' if os.sep in path else ' and on PATH'}); ship it with spark-submit --files or give an absolute path"
    )


def pipe_through(lines, command):
    """Pipes `lines` through `command` (its first word a tageval path, resolved here) and yields
    its output lines; fails the task when the command fails (as RDD.pipe with checkCode)."""
    command = [resolve_tageval(command[0]), *command[1:]]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        try:
            for line in lines:
                process.stdin.write((line.rstrip("\n") + "\n").encode("utf-8"))
        except BrokenPipeError:
            pass  # the process stopped early: its exit status says why
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for line in iter(process.stdout.readline, b""):
        yield line.rstrip(b"\n").decode("utf-8")
    writer.join()
    status = process.wait()
    if status != 0:
        raise RuntimeError(f"{shlex.join(command)} exited with status {status} (its messages are in the executor's stderr)")


def ordered_partitions(sc, args):
    """The corpus lines split into contiguous, ordered partitions."""
    partitions = args.partitions or sc.defaultParallelism
    lines = sc.textFile(args.input, minPartitions=partitions)
    numbered = lines.zipWithIndex().map(lambda pair: (pair[1], with_line_number_id(pair[0], pair[1] + 1)))
    if args.keep_input_splits:
        # Input splits are already contiguous and in file order.
        return numbered.values()
    total = numbered.count()
    if total == 0:
        return numbered.values()

    def range_of(index, total=total, partitions=partitions):
        return index * partitions // total

    return numbered.repartitionAndSortWithinPartitions(partitions, range_of).values()


def doc_id(line, number):
    """The id tageval gives the JSONL document on line `number` (None for blank lines)."""
    if not line.strip():
        return None
    try:
        value = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return str(number) if value is None else str(value)


def score_partitions(sc, annotated, args):
    """Scores gold against the annotated documents shard by shard; returns the shards' counts (JSON text)."""
    tageval_path, score_args, threads = args.tageval, shlex.split(args.score_args), args.threads
    partitions = annotated.getNumPartitions()
    pred = annotated.map(lambda line: (doc_id(line, 0), line))
    gold = (
        sc.textFile(args.gold)
        .zipWithIndex()
        .map(lambda pair: (doc_id(pair[0], pair[1] + 1), with_line_number_id(pair[0], pair[1] + 1)))
        .filter(lambda kv: kv[0] is not None)
    )

    def score_shard(items):
        items = list(items)
        if not items:
            return
        tageval = resolve_tageval(tageval_path)
        folder = tempfile.mkdtemp(prefix="tageval-score-")
        try:
            paths = {name: os.path.join(folder, name) for name in ("gold.jsonl", "pred.jsonl", "counts.json")}
            with open(paths["gold.jsonl"], "w", encoding="utf-8") as g, open(paths["pred.jsonl"], "w", encoding="utf-8") as p:
                for _, (preds, golds) in sorted(items, key=lambda kv: kv[0]):
                    p.writelines(line + "\n" for line in preds)
                    g.writelines(line + "\n" for line in golds)
            command = [tageval, "score", "--gold", paths["gold.jsonl"], "--pred", paths["pred.jsonl"],
                       "--gold-format", "jsonl", "--pred-format", "jsonl", "--counts-out", paths["counts.json"],
                       "--format", "json", *score_args]
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "RAYON_NUM_THREADS": str(threads)})
            if done.returncode not in (0, 1):  # 1: a --min-f1 check failed, which is for the merged report
                raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
            with open(paths["counts.json"], encoding="utf-8") as f:
                yield f.read()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    return pred.cogroup(gold, partitions).mapPartitions(score_shard).collect()


def merge_counts(shards, args):
    """Writes the shards' counts to files and runs `tageval merge` on them; returns its exit code."""
    folder = args.counts_dir or tempfile.mkdtemp(prefix="tageval-counts-")
    os.makedirs(folder, exist_ok=True)
    try:
        paths = []
        for i, counts in enumerate(shards):
            path = os.path.join(folder, f"part-{i:05d}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(counts)
            paths.append(path)
        command = [resolve_tageval(args.driver_tageval or args.tageval), "merge", *paths, *shlex.split(args.merge_args)]
        if args.report:
            command += ["--output", args.report]
        return subprocess.run(command).returncode
    finally:
        if not args.counts_dir:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark import SparkConf, SparkContext, StorageLevel

    conf = SparkConf().setAppName("tageval")
    if args.master:
        conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    try:
        command = [args.tageval, "annotate", "-", "--from", "jsonl", "--quiet", "--threads", str(args.threads),
                   *shlex.split(args.annotate_args)]
        # The binary is found on each executor (a shipped copy lands in the executor's own folder);
        # a tageval error fails the task (and the job) instead of losing documents.
        annotated = ordered_partitions(sc, args).mapPartitions(lambda lines: pipe_through(lines, command))
        if args.gold or args.output_file:
            annotated = annotated.persist(StorageLevel.MEMORY_AND_DISK)
        if args.output_dir:
            annotated.saveAsTextFile(args.output_dir)
        else:
            annotated.count()  # annotate every partition in parallel before streaming them in order
            tmp = f"{args.output_file}.tmp-{os.getpid()}"
            with open(tmp, "w", encoding="utf-8", newline="\n") as out:
                for line in annotated.toLocalIterator():
                    out.write(line + "\n")
            os.replace(tmp, args.output_file)
        status = 0
        if args.gold:
            status = merge_counts(score_partitions(sc, annotated, args), args)
        return status
    finally:
        sc.stop()


if __name__ == "__main__":
    sys.exit(main())
