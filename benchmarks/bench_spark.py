"""Throughput of ``tidings.spark.code_dataframe`` in Spark local mode against ``tidings code`` (not a test).

    python benchmarks/bench_spark.py [--corpus benchmarks/data/corpus] [--master local[2]]
                                     [--partitions N] [--repeat 2] [--json]

Codes the same corpus three ways and prints stories/s and the ratios:

* ``code``: ``tidings code`` in one process (``parallel.code_items``, the model loaded before the clock);
* ``code --workers N``: the same with N worker processes, N = the cores of ``--master``;
* ``spark``: ``code_dataframe`` on a ``local[N]`` session, its stories cached in Spark first
  (as ``tidings spark`` does). ``cold`` is the first job (Python workers start and load the
  model); ``warm`` the best later job (workers and models reused, as on a long job).

Spark start-up (JVM, session) is printed separately: it is paid once per run, not per story.
On one machine Spark cannot beat ``--workers N`` (the same processes plus the JVM); what it buys
is more machines. Each measurement runs ``--repeat`` times; the best counts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "corpus"


def _cores(master: str) -> int:
    m = re.fullmatch(r"local\[(\d+|\*)\](?:.*)?", master)
    if m is None or m.group(1) == "*":
        import os

        return os.cpu_count() or 1
    return int(m.group(1))


def _best(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=None, help="default: 4 x the cores")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import tidings
    from tidings.parallel import code_items
    from tidings.readers import read_stories

    stories = read_stories([args.corpus])
    n = len(stories)
    cores = _cores(args.master)
    coder = tidings.default_coder()

    def code_serial() -> None:
        for _ in code_items(stories, coder=coder):
            pass

    def code_workers() -> None:
        for _ in code_items(stories, workers=cores):
            pass

    code_s = _best(args.repeat, code_serial)
    workers_s = _best(args.repeat, code_workers) if cores > 1 else code_s

    from pyspark import StorageLevel

    from tidings.spark import code_dataframe, get_session

    started = time.perf_counter()
    spark = get_session(args.master, app_name="tidings-bench")
    startup_s = time.perf_counter() - started
    parts = args.partitions or 4 * cores
    rows = [(s.id, s.text, s.date, s.title, s.url, s.source) for s in stories]
    df = spark.createDataFrame(spark.sparkContext.parallelize(rows, parts),
                               "id string, text string, date string, title string, url string, source string")
    df = df.persist(StorageLevel.MEMORY_AND_DISK)
    df.count()

    def spark_job() -> None:
        code_dataframe(df).write.format("noop").mode("overwrite").save()

    cold_s = _best(1, spark_job)
    warm_s = _best(args.repeat, spark_job)
    spark.stop()

    report = {
        "stories": n,
        "master": args.master,
        "partitions": parts,
        "code_stories_per_s": round(n / code_s, 2),
        "code_workers": cores,
        "code_workers_stories_per_s": round(n / workers_s, 2),
        "spark_startup_s": round(startup_s, 2),
        "spark_cold_stories_per_s": round(n / cold_s, 2),
        "spark_warm_stories_per_s": round(n / warm_s, 2),
        "ratio_spark_warm_vs_code": round(code_s / warm_s, 2),
        "ratio_spark_warm_vs_code_workers": round(workers_s / warm_s, 2),
        "ratio_spark_cold_vs_code": round(code_s / cold_s, 2),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {n} stories ({args.corpus}); Spark {args.master}, {parts} partitions")
    print(f"tidings code             : {report['code_stories_per_s']:8.2f} stories/s")
    print(f"tidings code --workers {cores} : {report['code_workers_stories_per_s']:8.2f} stories/s")
    print(f"spark cold (first job)   : {report['spark_cold_stories_per_s']:8.2f} stories/s")
    print(f"spark warm               : {report['spark_warm_stories_per_s']:8.2f} stories/s")
    print(f"spark start-up           : {report['spark_startup_s']:8.2f} s (once per run)")
    print(f"ratio spark warm / code           : {report['ratio_spark_warm_vs_code']:.2f}x")
    print(f"ratio spark warm / code --workers : {report['ratio_spark_warm_vs_code_workers']:.2f}x")
    print(f"ratio spark cold / code           : {report['ratio_spark_cold_vs_code']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
