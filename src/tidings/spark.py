"""Coding stories at scale on Apache Spark: a thin layer over ``Coder.code_stories``.

``code_dataframe(df)`` turns a DataFrame of stories (one row per story) into a DataFrame
of events (one row per event): the record's key fields as columns plus ``record``, the
full PLOVER JSON exactly as ``tidings code`` prints it (``Event.to_json``). A story that
cannot be coded never stops the job and is never dropped silently: it gives one row
whose ``error`` is set and whose event columns are null (``code_errors`` / ``code_events``
split the two).

No coding logic lives here. Each Python worker process builds one ``Coder`` (a
module-level cache, so the model loads once per process, not per task or row: Spark
reuses its Python workers across tasks) and streams the stories of a partition through
``code_stories`` (``nlp.pipe``). The rows of a partition come out in input order, so the
same input gives the same rows. pyspark is imported only when these functions run;
without it they raise ``SparkUnavailableError``. Needs classic Spark (RDD API), not
Spark Connect. Docs: docs/spark.md.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, SparkUnavailableError, TidingsError

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

    from .coder import Coder, CoderConfig
    from .records import Event

INSTALL_HINT = "pip install 'tidings[spark]'"
DEFAULT_MASTER = "local[2]"
LOCAL_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# Stories per nlp.pipe batch inside a partition, as `tidings code` uses.
BATCH_SIZE = 16

# (name, Spark SQL type) of every output column, in order. ``story_id`` and
# ``event_index`` (position of the event in its story's output) locate a row; the
# record fields follow; ``error`` / ``error_type`` are set only on a failed story's row.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("story_id", "string"),
    ("event_index", "int"),
    ("id", "string"),
    ("date", "string"),
    ("event", "string"),
    ("mode", "string"),
    ("quad_code", "int"),
    ("event_scale", "double"),
    ("actor_codes", "array<string>"),
    ("actor_sectors", "array<string>"),
    ("recipient_codes", "array<string>"),
    ("recipient_sectors", "array<string>"),
    ("aux_mode", "string"),
    ("planned_event", "string"),
    ("claim_status", "string"),
    ("claim_by_codes", "array<string>"),
    ("denied_by_codes", "array<string>"),
    ("country_code", "string"),
    ("event_text", "string"),
    ("confidence", "double"),
    ("record", "string"),
    ("error", "string"),
    ("error_type", "string"),
)


def require_pyspark():
    """Import and return ``pyspark``; a clear ``SparkUnavailableError`` when it is missing."""
    try:
        import pyspark
    except ImportError:
        raise SparkUnavailableError(
            f"pyspark is not installed; install the Spark extra: {INSTALL_HINT}"
        ) from None
    return pyspark


def get_session(master: str | None = None, *, app_name: str = "tidings", conf: dict | None = None
                ) -> SparkSession:
    """The active SparkSession as it is, or a new one on ``master``.

    ``master=None`` means spark-submit's ``--master`` when run by spark-submit, else
    ``local[2]``. Local masters start their Python workers with ``sys.executable`` unless
    ``PYSPARK_PYTHON`` says otherwise, so they import the same tidings and model.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:  # the caller's session, settings and log level untouched
        return active
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this driver
    if master is None and not submitted:
        master = DEFAULT_MASTER
    if master is not None and master.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    settings = {"spark.ui.showConsoleProgress": "false"}
    if not submitted:  # a cluster's own settings win; a local run needs no web UI
        settings.update({"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    if master is not None and master.startswith("local"):
        # The local JVM only moves rows between Python processes: a quick start (C1 JIT
        # only, serial GC) halves its start-up on a small machine and costs nothing later.
        # Spark's default log4j profile prints INFO/WARN start-up lines on stderr, where the
        # command's own messages go: a local run logs errors only.
        settings["spark.driver.extraJavaOptions"] = (
            f"{LOCAL_JVM_OPTIONS} -Dlog4j2.configurationFile={_log4j_config().as_uri()}")
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no Java, or the JVM failed to start (py4j / PySparkRuntimeError)
        raise SparkUnavailableError(
            f"cannot start Spark ({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}); "
            "Spark needs a Java 17+ runtime (java on PATH or JAVA_HOME)"
        ) from None
    if not submitted:
        spark.sparkContext.setLogLevel("ERROR")
    return spark


def _log4j_config() -> Path:
    path = Path(tempfile.gettempdir()) / "tidings-spark-log4j2.properties"
    if not path.is_file() or path.read_text(encoding="utf-8") != _LOG4J_ERRORS_ONLY:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(_LOG4J_ERRORS_ONLY, encoding="utf-8")
        tmp.replace(path)  # atomic: concurrent runs never read half a file
    return path


_LOG4J_ERRORS_ONLY = """rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
"""


def output_schema():
    """The ``StructType`` of ``code_dataframe``'s output."""
    require_pyspark()
    from pyspark.sql.types import StructType

    return StructType.fromDDL(", ".join(f"{name} {kind}" for name, kind in COLUMNS))


def code_dataframe(
    df: DataFrame,
    *,
    text: str = "text",
    id: str | None = "id",  # noqa: A002 - the column names the story id, as in JSONL input
    date: str | None = "date",
    title: str | None = "title",
    url: str | None = "url",
    source: str | None = "source",
    config: CoderConfig | None = None,
    keep: Iterable[str] = (),
    batch_size: int = BATCH_SIZE,
) -> DataFrame:
    """Code a DataFrame of stories; one output row per event, one per failed story.

    ``text`` names the story-text column (required); ``id``, ``date``, ``title``, ``url``,
    ``source`` name optional columns (absent columns, or None, mean no value; a story without
    an id gets ``make_story``'s content hash). ``date`` may be an ISO string, a date or a
    timestamp. ``keep`` names input columns copied onto every output row of their story
    (e.g. an ordering key). ``config`` goes to each worker's ``Coder``; dictionary paths in
    it must be readable on the executors. Lazy, like any transformation.
    """
    require_pyspark()
    from pyspark.sql.types import StructField, StructType

    if type(df).__module__.startswith("pyspark.sql.connect"):
        raise SparkUnavailableError("code_dataframe needs classic Spark (the RDD API), not Spark Connect")
    present = set(df.columns)
    if text not in present:
        raise InputError(f"the DataFrame has no text column {text!r} (columns: {', '.join(df.columns)})")
    keep = list(keep)
    missing = [k for k in keep if k not in present]
    if missing:
        raise InputError(f"keep names columns the DataFrame does not have: {', '.join(missing)}")
    clash = [k for k in keep if k in dict(COLUMNS)]
    if clash:
        raise InputError(f"keep names output columns ({', '.join(clash)}); rename them first")
    fields = {"text": text, "id": id, "date": date, "title": title, "url": url, "source": source}
    wanted = {role: col for role, col in fields.items() if col is not None and col in present}
    names = list(dict.fromkeys([*wanted.values(), *keep]))
    roles = {role: names.index(col) for role, col in wanted.items()}
    kept = [names.index(k) for k in keep]
    blob = pickle.dumps(config) if config is not None else None
    run = partial(code_partition, roles=roles, kept=kept, blob=blob, batch_size=batch_size)

    schema = StructType([*output_schema().fields, *(df.schema[k] for k in keep)])
    schema = StructType([StructField(f.name, f.dataType, True) for f in schema.fields])
    rdd = df.select(*names).rdd.mapPartitions(run, preservesPartitioning=True)
    return df.sparkSession.createDataFrame(rdd, schema)


def code_errors(coded: DataFrame) -> DataFrame:
    """The failed stories of ``code_dataframe``'s output: ``story_id``, ``error``, ``error_type``, kept columns."""
    from pyspark.sql import functions as F

    extra = [c for c in coded.columns if c not in dict(COLUMNS)]
    return coded.where(F.col("error").isNotNull()).select("story_id", "error", "error_type", *extra)


def code_events(coded: DataFrame) -> DataFrame:
    """The event rows of ``code_dataframe``'s output (failed stories' rows removed)."""
    from pyspark.sql import functions as F

    return coded.where(F.col("error").isNull()).drop("error", "error_type")


# -- executor side ----------------------------------------------------------------------------
# One Coder per Python worker process and configuration: Spark reuses Python workers
# across tasks (spark.python.worker.reuse, on by default), so the model loads once.
_CODERS: dict[bytes | None, Coder] = {}


def worker_coder(blob: bytes | None) -> Coder:
    coder = _CODERS.get(blob)
    if coder is None:
        if blob is None:
            from . import default_coder

            coder = default_coder()
        else:
            from .coder import Coder

            coder = Coder(pickle.loads(blob))
        _CODERS[blob] = coder
    return coder


def code_partition(rows: Iterable, roles: dict[str, int], kept: list[int], blob: bytes | None,
                   batch_size: int = BATCH_SIZE) -> Iterator[tuple]:
    """Code the story rows of one partition in order; yields output tuples (``COLUMNS`` + kept)."""
    from .coder import make_story
    from .parallel import code_items
    from .readers import InputFailure

    pending: deque[tuple] = deque()  # the kept values of each story in flight, in order

    def value(row, role: str):
        k = roles.get(role)
        return None if k is None else row[k]

    def items() -> Iterator:
        for row in rows:
            pending.append(tuple(row[k] for k in kept))
            sid = value(row, "id")
            sid = None if sid is None else str(sid)
            try:
                yield make_story(value(row, "text"), story_id=sid, date=value(row, "date"),
                                 title=value(row, "title"), url=value(row, "url"),
                                 source=value(row, "source"))
            except InputError as exc:  # null text, a date that is not ISO: this story fails
                yield InputFailure(exc, story_id=sid)

    try:
        coder = worker_coder(blob)
    except Exception as exc:  # no model package, a bad dictionary: every story says why
        for row in rows:
            sid = value(row, "id")
            yield _error_row(None if sid is None else str(sid), exc) + tuple(row[k] for k in kept)
        return
    for outcome in code_items(items(), coder=coder, batch_size=batch_size):
        extra = pending.popleft()
        if isinstance(outcome, InputFailure):
            yield _error_row(outcome.story_id, outcome.error) + extra
        elif outcome.error is not None:
            yield _error_row(outcome.story.id, outcome.error) + extra
        else:
            for k, ev in enumerate(outcome.events):
                yield event_row(ev, k) + extra


def event_row(ev: Event, index: int) -> tuple:
    """The output tuple of one event (``COLUMNS`` order); ``record`` is ``ev.to_json()``."""
    return (
        ev.story_id, index, ev.id, ev.date, ev.event, ev.mode, ev.quad_code, float(ev.event_scale),
        [e.code for e in ev.actor], [e.sector for e in ev.actor],
        [e.code for e in ev.recipient], [e.sector for e in ev.recipient],
        ev.aux_mode, ev.planned_event, ev.claim.status,
        [e.code for e in ev.claim.by], [e.code for e in ev.claim.denied_by],
        ev.event_loc.country_code if ev.event_loc is not None else None,
        ev.event_text, float(ev.confidence), ev.to_json(), None, None,
    )


def _error_row(story_id: str | None, exc: Exception) -> tuple:
    message = str(exc) if isinstance(exc, TidingsError) else f"{type(exc).__name__}: {exc}"
    return (story_id, *([None] * (len(COLUMNS) - 3)), message, type(exc).__name__)


def error_class(name: str | None) -> type[TidingsError] | None:
    """The ``TidingsError`` subclass named in an ``error_type`` column, if it is one."""
    from . import errors

    cls: Any = getattr(errors, name or "", None)
    return cls if isinstance(cls, type) and issubclass(cls, TidingsError) else None
