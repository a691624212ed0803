"""``tidings spark``: code stories on Spark and write PLOVER JSONL (or parquet) to a folder.

A thin adapter over ``tidings.spark.code_dataframe``. The driver reads the inputs with the
same reader as ``tidings code`` (so ids, dates, language skips and input errors are the
same), Spark codes the stories, and the events are written in input order: the JSONL part
files, concatenated in name order, are byte-identical to what ``tidings code`` prints for
the same inputs. Messages and the summary go to stderr; exit codes as ``tidings code``
(docs/cli.md), plus 3 when pyspark or Java is missing. Docs: docs/spark.md.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import warnings
from pathlib import Path

import click

from ..errors import InputError
from .code import EXIT_CODING_FAILED, EXIT_INPUT_FAILED, _config, _warn

# Spark's writer names parts part-00000-<uuid>-c000.txt; a local output is renamed to
# part-00000.jsonl so the same input gives the same folder, names included.
_PART = re.compile(r"^(part-\d{5})-.*\.(txt|parquet)$")
_STORY_SCHEMA = ("story_seq long, id string, text string, date string, title string, "
                 "url string, source string")
# Partitions per core by default: a few per core balance stories of uneven length.
PARTITIONS_PER_CORE = 4


@click.command("spark", short_help="Code stories on Apache Spark into a folder of PLOVER JSONL or parquet.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH... |-")
@click.option("--output", "-o", "output", required=True, metavar="DIR",
              help="Output folder (local path or a Hadoop URI such as hdfs://...).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True)
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help=f"Spark partitions to code in [default: {PARTITIONS_PER_CORE} x the cores, at most one per story].")
@click.option("--master", default=None, metavar="URL",
              help="Spark master [default: spark-submit's --master under spark-submit, else local[2]]; "
                   "ignored when a Spark session is already running.")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for stories without one.")
@click.option("--dictionary", "dictionaries", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Extra actor/agent/verb dictionary, as for `code` (must be readable on the executors).")
@click.option("--on-error", "on_error", type=click.Choice(["skip", "fail"]), default="skip", show_default=True,
              help="skip: report bad inputs and stories, write the rest; fail: stop at the first, write nothing.")
@click.option("--overwrite", is_flag=True, help="Replace DIR if it exists.")
def spark(paths: tuple[str, ...], output: str, fmt: str, partitions: int | None, master: str | None,
          date: str | None, dictionaries: tuple[Path, ...], on_error: str, overwrite: bool) -> None:
    """Code stories (.jsonl, .txt, .html files, folders, - for stdin) on Spark into DIR.

    The driver reads the inputs like `tidings code`; Spark codes them (one model per
    executor Python process) and writes DIR/part-*.jsonl (PLOVER JSONL, one event a line,
    in input order) or parquet. Skipped inputs and stories and the summary go to stderr.
    Exit codes: 0 all coded, 1 a story failed, 2 an input was unreadable, 3 no pyspark/Java.
    """
    from ..readers import InputFailure, iter_stories
    from ..spark import code_dataframe, code_errors, code_events, error_class, get_session

    _require_pyspark()
    # pyspark warns about the pandas version even though this command never uses pandas
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    # a plain path is on this machine only in local mode (a cluster's default file system may be HDFS)
    local = (_is_local(output) and "PYSPARK_GATEWAY_PORT" not in os.environ
             and (master is None or master.startswith("local")))
    if local and Path(output).exists() and not overwrite:
        raise InputError("output folder exists (use --overwrite to replace it)", path=output)
    config = _config(dictionaries) if dictionaries else None
    if config is not None:  # executors may run elsewhere: give them absolute paths
        config.dictionaries = [p.resolve() for p in config.dictionaries]

    counts = {"input_failed": 0, "skipped_language": 0}
    rows: list[tuple] = []
    for item in iter_stories(paths, on_error=on_error, default_date=date):  # type: ignore[arg-type]
        if isinstance(item, InputFailure):
            key = "skipped_language" if item.is_warning else "input_failed"
            counts[key] += 1
            _warn(f"{'warning' if item.is_warning else 'skipped'}: {item}")
            continue
        rows.append((len(rows), item.id, item.text, item.date, item.title, item.url, item.source))

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    owned = SparkSession.getActiveSession() is None
    session = get_session(master)
    coded = stories = None
    try:
        sc = session.sparkContext
        n = partitions or max(1, min(len(rows), PARTITIONS_PER_CORE * sc.defaultParallelism))
        # Converting the driver's rows runs in Python workers too; done in a job of its own
        # (cached), so the coding stage has one Python worker per task and the workers
        # that load the model are the ones Spark reuses, not one per stage.
        stories = session.createDataFrame(sc.parallelize(rows, n), _STORY_SCHEMA).persist(
            StorageLevel.MEMORY_AND_DISK)
        stories.count()
        coded = code_dataframe(stories, config=config, keep=["story_seq"]).persist(StorageLevel.MEMORY_AND_DISK)
        failed = code_errors(coded).orderBy("story_seq").collect()  # codes every partition once
        for row in failed:
            cls = error_class(row.error_type)
            if cls is not None and cls.exit_code > EXIT_CODING_FAILED and row.error_type != "InputError":
                # the model or a dictionary is missing on the executors: nothing can be coded
                raise cls(row.error.split("] ", 1)[-1])
            message = f"story {row.story_id!r} failed: {row.error}"
            if on_error == "fail":
                _warn(f"error: {message}; nothing written")
                sys.exit(cls.exit_code if cls is not None else EXIT_CODING_FAILED)
            _warn(f"skipped: {message}")
        events = code_events(coded).sortWithinPartitions("story_seq", "event_index")
        writer = (events.select("record").write.format("text") if fmt == "jsonl"
                  else events.write.format("parquet"))
        try:
            writer.mode("overwrite" if overwrite else "errorifexists").save(output)
        except Exception as exc:  # pyspark's AnalysisException: the folder exists on the cluster's FS
            if "already exists" not in str(exc):
                raise
            raise InputError("output folder exists (use --overwrite to replace it)", path=output) from None
        n_events = events.count()
    finally:
        for frame in (coded, stories):
            if frame is not None:
                frame.unpersist()
        if owned:
            session.stop()
    if local and Path(output).is_dir():
        _tidy(Path(output), "jsonl" if fmt == "jsonl" else "parquet")
    _warn(
        f"{len(rows) - len(failed)} stories coded, {n_events} events; "
        f"{counts['input_failed']} inputs unreadable, {len(failed)} stories failed, "
        f"{counts['skipped_language']} skipped as not English; wrote {output} ({fmt}, {n} partitions)"
    )
    if counts["input_failed"]:
        sys.exit(EXIT_INPUT_FAILED)
    if failed:
        sys.exit(EXIT_CODING_FAILED)


def _require_pyspark() -> None:
    from ..spark import require_pyspark

    require_pyspark()


def _is_local(output: str) -> bool:
    return "://" not in output and not output.startswith("file:")


def _tidy(folder: Path, suffix: str) -> None:
    """Name parts part-00000.<suffix> (no per-run uuid) and drop Hadoop's .crc side files."""
    for crc in folder.glob(".*.crc"):
        crc.unlink()
    for part in sorted(folder.iterdir()):
        m = _PART.match(part.name)
        if m:
            shutil.move(str(part), str(folder / f"{m.group(1)}.{suffix}"))


COMMANDS = [spark]
