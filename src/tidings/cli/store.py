"""``tidings ingest | events | dyads | claims | stats | export``: thin adapters over
``tidings.store`` functions of the same names."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..store.db import DEFAULT_PATH

_db_option = click.option(
    "--db", "db", default=DEFAULT_PATH, show_default=True, type=click.Path(dir_okay=True),
    help="The DuckDB store file.",
)


def _filter_options(func: Callable) -> Callable:
    opts = [
        click.option("--actor", help="Actor code(s), comma-separated: USA, or with sector: USAGOV."),
        click.option("--recipient", help="Recipient code(s), comma-separated."),
        click.option("--type", "type_", help="PLOVER event type(s), comma-separated."),
        click.option("--status", help="Claim status(es): asserted, alleged, denied, contested."),
        click.option("--since", help="First date (YYYY-MM-DD)."),
        click.option("--until", help="Last date (YYYY-MM-DD)."),
        click.option("--text", help="Words that must all occur in the evidence sentence."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def _filters(kw: dict[str, Any]) -> dict[str, Any]:
    out = {k: kw.pop(k) for k in ("actor", "recipient", "status", "since", "until", "text")}
    out["type"] = kw.pop("type_")
    return {k: v for k, v in out.items() if v is not None}


def _codes(entities: list[dict[str, Any]]) -> str:
    return ",".join(f"{e.get('code') or '?'}{e.get('sector') or ''}" for e in entities)


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console()
    if not console.is_terminal:  # a pipe or a file: wide enough not to fold every cell
        console = Console(width=160)
    console.print(table)


def _jsonl(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, separators=(",", ":")))


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([";".join(map(str, v)) if isinstance(v, list) else v for v in (row[c] for c in columns)])


# -- ingest --------------------------------------------------------------------------------
@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Coding processes (each loads the model).")
@click.option("--on-error", type=click.Choice(["skip", "fail"]), default="skip", show_default=True,
              help="skip: record a bad story in the errors table and go on; fail: stop.")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 100000),
              help="Stories per transaction.")
@click.option("--date", "default_date", help="Publication date for stories that carry none.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor/agent/verb dictionary file (repeatable).")
@click.option("--quiet", is_flag=True, help="No progress output.")
def ingest_cmd(paths, db, workers, on_error, batch_size, default_date, dictionaries, quiet) -> None:
    """Code stories (files, folders, JSONL, HTML, RSS/Atom feeds, - for stdin) into the store.

    Idempotent and resumable: stories already stored unchanged are skipped.
    """
    from .. import store

    coder = None
    if dictionaries:
        from ..coder import Coder, CoderConfig

        coder = Coder(CoderConfig(dictionaries=[Path(d) for d in dictionaries]))
    progress: Any = False
    if not quiet:
        progress = True if sys.stderr.isatty() else _progress_logger()
    with store.Store.open(db) as st:
        report = store.ingest(st, list(paths), coder=coder, workers=workers, on_error=on_error,
                              progress=progress, batch_size=batch_size, default_date=default_date)
    errs = report.errors
    click.echo(
        f"tidings: ingest: {report.stories_seen} stories seen, {report.stories_new} new, "
        f"{report.stories_replaced} replaced, {report.stories_skipped} unchanged, "
        f"{report.events_added} events added, {len(errs)} errors ({report.seconds:.1f} s) -> {db}",
        err=True,
    )
    for e in errs[:10]:
        where = e["path"] + (f":{e['line']}" if e["line"] else "") if e["path"] else ""
        who = f"story {e['story_id']!r}" if e["story_id"] else ""
        click.echo(f"  [{e['code']}] {' '.join(x for x in (where, who) if x)}: {e['message']}", err=True)
    if len(errs) > 10:
        click.echo(f"  ... {len(errs) - 10} more in the errors table", err=True)


def _progress_logger() -> Callable:
    """For a log file or a pipe (not a terminal): one plain line per batch that stored something."""
    last = {"done": 0}

    def log(report) -> None:
        done = report.stories_new + report.stories_replaced + len(report.errors)
        if done == last["done"]:
            return
        last["done"] = done
        click.echo(
            f"tidings: ingest: committed {report.stories_new + report.stories_replaced} stories, "
            f"{report.events_added} events, {len(report.errors)} errors",
            err=True,
        )

    return log


# -- queries -------------------------------------------------------------------------------
EVENT_CSV = ["id", "date", "event", "mode", "actor", "recipient", "status", "by", "denied_by",
             "aux_mode", "place", "cluster_id", "story_id", "text"]


def _flat_event(rec: dict[str, Any]) -> dict[str, Any]:
    loc = rec.get("event_loc") or {}
    return {
        "id": rec["id"], "date": rec["date"], "event": rec["event"], "mode": rec["mode"],
        "actor": _codes(rec["actor"]), "recipient": _codes(rec["recipient"]),
        "status": rec["claim"]["status"], "by": _codes(rec["claim"]["by"]),
        "denied_by": _codes(rec["claim"]["denied_by"]), "aux_mode": rec["aux_mode"],
        "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "cluster_id": rec["cluster_id"], "story_id": rec["story_id"], "text": rec["text"],
    }


@click.command("events")
@_db_option
@_filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
@click.option("--sort", type=click.Choice(["date", "-date", "confidence", "id"]), default="date")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def events_cmd(db, limit, offset, sort, fmt, **kw) -> None:
    """Events in the store matching the filters."""
    from .. import store

    got = store.events(db, limit=limit, offset=offset, sort=sort, **_filters(kw))
    items = got["items"]
    if fmt == "jsonl":
        _jsonl(items)
    elif fmt == "csv":
        _csv([_flat_event(r) for r in items], EVENT_CSV)
    else:
        rows = [[f["date"], f["event"] + (f"/{f['mode']}" if f["mode"] else ""), f["actor"],
                 f["recipient"], f["status"] + (f" by {f['by']}" if f["by"] else ""),
                 f["text"][:100]] for f in map(_flat_event, items)]
        _table(f"{len(items)} of {got['total']} events", ["date", "event", "actor", "recipient",
                                                          "status", "evidence"], rows)


DYAD_COLUMNS = ["actor", "recipient", "period", "quad_code", "count", "clusters"]


@click.command("dyads")
@_db_option
@_filter_options
@click.option("--interval", type=click.Choice(["week", "month"]), default="week", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def dyads_cmd(db, interval, fmt, **kw) -> None:
    """Event counts per actor-recipient dyad, period and quad class (time series)."""
    from .. import store

    rows = store.dyads(db, interval=interval, **_filters(kw))
    if fmt == "jsonl":
        _jsonl(rows)
    elif fmt == "csv":
        _csv(rows, DYAD_COLUMNS)
    else:
        _table(f"dyads per {interval}", DYAD_COLUMNS, [[r[c] for c in DYAD_COLUMNS] for r in rows])


@click.command("claims")
@_db_option
@_filter_options
@click.option("--limit", default=None, type=click.IntRange(0))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def claims_cmd(db, limit, fmt, **kw) -> None:
    """Alleged, denied and contested events, merged across stories, with who says what."""
    from .. import store

    rows = store.claims(db, limit=limit, **_filters(kw))
    if fmt == "jsonl":
        _jsonl(rows)
        return
    table = []
    for c in rows:
        table.append([c["date_first"], c["event"], ",".join(c["actor"]), ",".join(c["recipient"]),
                      c["status"], c["stories"], _who_says(c["reports"])])
    _table(f"{len(rows)} claims", ["date", "event", "actor", "recipient", "status", "stories",
                                   "who says what"], table)


def _who_says(reports: list[dict[str, Any]]) -> str:
    groups: dict[str, list[str]] = {}
    for r in reports:
        what = r["status"]
        if r["by"] or r["by_text"]:
            what += " by " + ",".join(r["by"] or r["by_text"])
        if r["denied_by"] or r["denied_by_text"]:
            what += ", denied by " + ",".join(r["denied_by"] or r["denied_by_text"])
        groups.setdefault(what, [])
        if r["source"] not in groups[what]:
            groups[what].append(r["source"])
    return "; ".join(f"{what} ({', '.join(sorted(srcs))})" for what, srcs in groups.items())


@click.command("stats")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_cmd(db, fmt) -> None:
    """Counts of stories, events, merged events; by type, quad class and claim status."""
    from .. import store

    got = store.stats(db)
    if fmt == "json":
        click.echo(json.dumps(got, ensure_ascii=False, indent=2))
        return
    rows = [[k, got[k]] for k in ("stories", "events", "clusters", "errors", "date_first", "date_last")]
    for group in ("by_type", "by_quad", "by_status"):
        rows.extend([f"{group[3:]} {k}", v] for k, v in got[group].items())
    _table(f"store {got['path']} (schema v{got['schema_version']})", ["", "count"], rows)


@click.command("export")
@_db_option
@_filter_options
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover-jsonl", "csv", "parquet", "cameo-tsv", "graphml"]))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option("--validate", is_flag=True, help="plover-jsonl: check every record against the schema.")
def export_cmd(db, fmt, out, validate, **kw) -> None:
    """Export events: PLOVER JSONL, flat CSV, Parquet, CAMEO TSV (GDELT columns), GraphML."""
    from .. import store

    got = store.export(db, fmt, out, validate=validate, **_filters(kw))
    extra = f", {got['skipped']} merged events without a CAMEO code left out" if got.get("skipped") else ""
    click.echo(f"tidings: export: {got['rows']} rows -> {out} ({fmt}){extra}", err=True)


COMMANDS = [ingest_cmd, events_cmd, dyads_cmd, claims_cmd, stats_cmd, export_cmd]
