"""tidings on Apache Spark: real Spark in local mode (local[2]), one session for the module.

Skipped when pyspark or a Java runtime is missing (the no-pyspark error is tested without
either). The stories are short wire-style texts written for these tests; what is checked is
that Spark adds nothing and loses nothing: its records are exactly the library's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

STORIES = [
    {"id": "sp-1", "date": "2024-07-08", "title": "Manila pact",
     "text": "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday, "
             "allowing their troops to train on each other's soil, officials in both capitals said."},
    {"id": "sp-2", "date": "2024-06-11",
     "text": "Israeli aircraft struck targets in southern Lebanon overnight, the Lebanese army said on "
             "Tuesday, a day after Hezbollah fired rockets at military positions in northern Israel."},
    {"id": "sp-3", "date": "2023-12-04", "source": "wire",
     "text": "Brazilian President Luiz Inacio Lula da Silva met German Chancellor Olaf Scholz in Berlin "
             "on Monday to discuss the stalled trade deal between the European Union and Mercosur."},
    {"id": "sp-4", "date": "2024-01-15", "text": "The weather in Lisbon stayed mild all week."},
]
TXT_STORIES = {
    "a-tbilisi.txt": "Thousands of protesters rallied outside parliament in Tbilisi on Sunday against "
                     "a bill on foreign agents, Georgian police said.",
    "b-seoul.txt": "South Korea summoned the Russian ambassador on Thursday to protest against a new "
                   "military pact between Moscow and Pyongyang, the foreign ministry in Seoul said.",
}


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME)")
    from tidings.spark import get_session

    session = get_session("local[2]", app_name="tidings-tests",
                          conf={"spark.default.parallelism": "2", "spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()


def _expected(story: dict) -> list[str]:
    import tidings

    return [ev.to_json() for ev in tidings.code(story["text"], story_id=story["id"], date=story.get("date"),
                                                  title=story.get("title"))]


def test_code_dataframe_gives_the_library_records_and_reports_bad_stories(spark):
    from tidings.spark import COLUMNS, code_dataframe, code_errors, code_events

    bad = [("sp-null", None, "2024-01-01", None), ("sp-baddate", "Iran accused Israel.", "last week", None)]
    rows = [(s["id"], s["text"], s.get("date"), s.get("title")) for s in STORIES[:2]] + bad
    rows += [(s["id"], s["text"], s.get("date"), s.get("title")) for s in STORIES[2:]]
    df = spark.createDataFrame(rows, "id string, text string, date string, title string").repartition(2)
    coded = code_dataframe(df).cache()
    assert coded.columns == [name for name, _ in COLUMNS]
    events = code_events(coded).collect()
    total = 0
    for story in STORIES:
        got = sorted((r.event_index, r.record) for r in events if r.story_id == story["id"])
        assert [rec for _, rec in got] == _expected(story), story["id"]
        total += len(got)
    assert total >= 3  # the comparison is not vacuous
    one = next(r for r in events if r.story_id == "sp-2" and r.event_index == 0)
    record = json.loads(one.record)
    assert (one.id, one.event, one.date, one.quad_code) == (record["id"], record["event"], record["date"],
                                                           record["quad_code"])
    assert one.actor_codes == [a["code"] for a in record["actor"]]
    assert one.claim_status == record["claim"]["status"]
    errors = {r.story_id: r for r in code_errors(coded).collect()}
    assert set(errors) == {"sp-null", "sp-baddate"}
    assert errors["sp-null"].error.startswith("[T001]") and errors["sp-null"].error_type == "InputError"
    assert "last week" in errors["sp-baddate"].error
    # deterministic: the same input gives the same rows
    again = code_dataframe(df).collect()
    assert sorted(map(tuple, again), key=repr) == sorted(map(tuple, coded.collect()), key=repr)
    coded.unpersist()
    # a Coder that cannot be built (here: a missing dictionary) fails every story, loudly
    from tidings.coder import CoderConfig

    broken = code_dataframe(df, config=CoderConfig(dictionaries=[Path("/nonexistent/actors.tsv")]))
    failures = code_errors(broken).collect()
    assert len(failures) == len(rows) and {r.error_type for r in failures} == {"DictionaryError"}


def _coder_of_this_worker(_rows):
    from tidings.spark import worker_coder

    yield (os.getpid(), id(worker_coder(None)))


def test_one_coder_per_python_worker_process_across_tasks(spark):
    # runs after the coding test: the workers that coded have their Coder already
    seen = spark.sparkContext.parallelize(range(8), 8).mapPartitions(_coder_of_this_worker).collect()
    pids = {pid for pid, _ in seen}
    assert len(pids) < len(seen)  # Spark reuses its Python workers across tasks...
    # ...and each keeps its one Coder (ids are compared per process: two processes may place
    # their Coders at the same address, so a global set of ids can be smaller than the pids)
    assert len(set(seen)) == len(pids)


def test_missing_text_column_or_a_clashing_kept_column_is_an_input_error(spark):
    from tidings.errors import InputError
    from tidings.spark import code_dataframe

    df = spark.createDataFrame([("x", "2024-01-01")], "body string, date string")
    with pytest.raises(InputError, match="no text column"):
        code_dataframe(df)
    with pytest.raises(InputError, match="keep names output columns"):
        code_dataframe(df, text="body", keep=["date"])


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("spark-in")
    lines = [json.dumps(s) for s in STORIES[:2]] + ['{"id": "broken", '] + [json.dumps(s) for s in STORIES[2:]]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    txt = folder / "txt"
    txt.mkdir()
    for name, text in TXT_STORIES.items():
        (txt / name).write_text(text, encoding="utf-8")
    return [str(folder / "wire.jsonl"), str(txt)]


def _run(*args: str):
    from tidings.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _jsonl(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_cli_writes_what_tidings_code_prints_and_reports_the_bad_line(spark, inputs, tmp_path):
    from tidings.parallel import code_paths
    from tidings.readers import InputFailure

    out = tmp_path / "events"
    done = _run("spark", *inputs, "--output", str(out), "--date", "2024-06-20", "--partitions", "3")
    assert done.exit_code == 2, done.stderr  # one unreadable line, like `tidings code`
    assert "wire.jsonl:3" in done.stderr and "malformed JSON" in done.stderr
    assert "6 stories coded" in done.stderr and "1 inputs unreadable" in done.stderr
    expected = "".join(ev.to_json() + "\n" for r in code_paths(inputs, date="2024-06-20")
                       if not isinstance(r, InputFailure) for ev in r.events)
    assert expected and _jsonl(out) == expected
    # a second run gives the same folder: same part names, same bytes
    again = tmp_path / "again"
    assert _run("spark", *inputs, "-o", str(again), "--date", "2024-06-20", "--partitions", "3").exit_code == 2
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in out.iterdir())
    assert all((again / p.name).read_bytes() == p.read_bytes() for p in out.iterdir())
    # an existing folder is kept unless --overwrite
    refused = _run("spark", *inputs, "-o", str(out))
    assert refused.exit_code == 2 and "--overwrite" in refused.stderr


def test_cli_on_error_fail_stops_at_the_bad_line_and_writes_nothing(spark, inputs, tmp_path):
    out = tmp_path / "none"
    done = _run("spark", *inputs, "-o", str(out), "--on-error", "fail")
    assert done.exit_code == 2 and "wire.jsonl:3" in done.stderr
    assert not out.exists()


def test_cli_parquet_has_the_columns_and_the_records(spark, inputs, tmp_path):
    out = tmp_path / "pq"
    done = _run("spark", inputs[1], "-o", str(out), "--format", "parquet", "--date", "2024-06-20")
    assert done.exit_code == 0, done.stderr
    assert "2 stories coded" in done.stderr
    table = spark.read.parquet(str(out)).orderBy("story_seq", "event_index").collect()
    assert table and {"story_id", "event", "actor_codes", "record", "story_seq"} <= set(table[0].asDict())
    assert "error" not in table[0].asDict()
    import tidings

    for name, text in TXT_STORIES.items():
        sid = name.removesuffix(".txt")
        want = [e.to_json() for e in tidings.code(text, story_id=sid, date="2024-06-20")]
        assert [r.record for r in table if r.story_id == sid] == want


def test_without_pyspark_the_cli_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # `import pyspark` now raises ImportError
    (tmp_path / "s.txt").write_text("Chile recalled its ambassador from Israel.", encoding="utf-8")
    done = _run("spark", str(tmp_path / "s.txt"), "-o", str(tmp_path / "out"))
    assert done.exit_code == 3
    assert "pip install 'tidings[spark]'" in done.stderr and "[T040]" in done.stderr


def test_without_java_the_cli_says_spark_needs_it(tmp_path):
    pytest.importorskip("pyspark")
    (tmp_path / "s.txt").write_text("Chile recalled its ambassador from Israel.", encoding="utf-8")
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java")}
    done = subprocess.run([sys.executable, "-m", "tidings.cli", "spark", str(tmp_path / "s.txt"),
                           "-o", str(tmp_path / "out")], capture_output=True, env=env, timeout=120)
    assert done.returncode == 3
    assert b"[T040] cannot start Spark" in done.stderr and b"Java" in done.stderr
