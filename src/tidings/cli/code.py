"""``tidings code``, ``tidings schema``, ``tidings evaluate``: adapters over the Python API.

stdout carries only the output (JSONL events, the table, the schema, the report);
warnings, skipped inputs and the summary go to stderr. Exit codes: docs/cli.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InputError, TidingsError

EXIT_OK = 0
EXIT_CODING_FAILED = 1
EXIT_INPUT_FAILED = 2


def _config(dictionaries: tuple[Path, ...]):
    from ..coder import CoderConfig

    for d in dictionaries:
        if not d.is_file():
            raise InputError("dictionary file not found", path=str(d))
    return CoderConfig(dictionaries=list(dictionaries))


def _warn(message: str) -> None:
    click.echo(f"tidings: {message}", err=True)


@click.command("code", short_help="Code stories (files, folders, -) into PLOVER JSONL events.")
@click.argument("paths", nargs=-1, metavar="[PATH ...|-]")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for stories without one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--dictionary", "dictionaries", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Extra actor/agent/verb dictionary (JSON, TSV or PETRARCH); repeatable.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes; output and its order are unchanged.")
@click.option("--on-error", "on_error", type=click.Choice(["skip", "fail"]), default="skip",
              show_default=True, help="skip: report bad inputs and code the rest; fail: stop at the first.")
def code(paths: tuple[str, ...], date: str | None, fmt: str, dictionaries: tuple[Path, ...],
         workers: int, on_error: str) -> None:
    """Code stories (.jsonl, .txt, .html files, folders, or - for stdin) into PLOVER events.

    With no PATH, stdin is read. Writes one JSON event per line to stdout; warnings and
    the summary go to stderr. Exit codes: 0 all coded, 1 a story failed, 2 an input was
    unreadable (docs/cli.md).
    """
    from ..parallel import code_paths
    from ..readers import InputFailure

    if not paths:
        paths = ("-",)
    if "-" in paths and sys.stdin.isatty():
        _warn("reading stories from stdin (end with Ctrl-D); see tidings code --help")
    config = _config(dictionaries) if dictionaries else None
    out = click.get_text_stream("stdout")
    rows: list = []
    counts = {"stories": 0, "events": 0, "input_failed": 0, "coding_failed": 0, "skipped_language": 0}
    failures: list[str] = []
    try:
        for item in code_paths(paths, date=date, on_error=on_error, workers=workers, config=config):  # type: ignore[arg-type]
            if isinstance(item, InputFailure):
                if item.is_warning:
                    counts["skipped_language"] += 1
                    _warn(f"warning: {item}")
                else:
                    counts["input_failed"] += 1
                    failures.append(str(item))
                    _warn(f"skipped: {item}")
                continue
            counts["stories"] += 1
            if item.error is not None:
                message = f"story {item.story.id!r} failed: {item.error}"
                if on_error == "fail":
                    if isinstance(item.error, TidingsError):
                        raise item.error
                    _warn(f"error: {message}")
                    sys.exit(EXIT_CODING_FAILED)
                counts["coding_failed"] += 1
                failures.append(message)
                _warn(f"skipped: {message}")
                continue
            counts["events"] += len(item.events)
            if fmt == "table":
                rows.extend(item.events)
            else:
                for ev in item.events:
                    out.write(ev.to_json() + "\n")
        if fmt == "table":
            _print_table(rows)
        out.flush()
    except BrokenPipeError:  # `tidings code ... | head`: the reader has gone, not an error
        sys.stderr.close()
        sys.exit(EXIT_OK)
    _warn(
        f"{counts['stories']} stories coded, {counts['events']} events; "
        f"{counts['input_failed']} inputs unreadable, {counts['coding_failed']} stories failed, "
        f"{counts['skipped_language']} skipped as not English"
    )
    if counts["input_failed"]:
        sys.exit(EXIT_INPUT_FAILED)
    if counts["coding_failed"]:
        sys.exit(EXIT_CODING_FAILED)


def _print_table(events: list) -> None:
    from rich.console import Console
    from rich.table import Table

    def codes(entities) -> str:
        return ", ".join(f"{e.code or '?'}{('/' + e.sector) if e.sector else ''}" for e in entities)

    table = Table(show_lines=False)
    for col in ("date", "type", "mode", "actor", "recipient", "claim", "aux", "trigger", "sentence"):
        table.add_column(col, overflow="fold")
    for ev in events:
        claim = ev.claim.status
        if ev.claim.by:
            claim += " by " + codes(ev.claim.by)
        if ev.claim.denied_by:
            claim += "; denied by " + codes(ev.claim.denied_by)
        flat = " ".join(ev.text.split())
        sentence = flat if len(flat) <= 80 else flat[:77] + "..."
        table.add_row(ev.date or "", ev.event, ev.mode or "", codes(ev.actor), codes(ev.recipient),
                      claim, ev.aux_mode or "", ev.event_text, sentence)
    Console(file=sys.stdout, width=200 if not sys.stdout.isatty() else None).print(table)


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema (2020-12) of a tidings event record."""
    from ..schema import schema_json

    click.echo(schema_json(), nl=False)


@click.command("evaluate", short_help="Score the coder on a gold JSONL file.")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--dictionary", "dictionaries", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path), help="Extra dictionary, as for `code`.")
def evaluate(gold: Path, fmt: str, dictionaries: tuple[Path, ...]) -> None:
    """Score the coder on a gold JSONL file (format: docs/evaluation.md)."""
    from ..coder import Coder
    from ..evaluate import evaluate as run

    report = run(gold, coder=Coder(_config(dictionaries)) if dictionaries else None)
    if fmt == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    _print_report(report)


def _print_report(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.1f}%"

    table = Table(title=f"{report['stories']} stories, {report['gold_events']} gold events, "
                        f"{report['predicted_events']} predicted")
    for col in ("type", "support", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for name, row in [*report["per_type"].items(), ("micro", report["micro"])]:
        table.add_row(name, str(row["support"]), str(row["tp"]), str(row["fp"]), str(row["fn"]),
                      pct(row["precision"]), pct(row["recall"]), pct(row["f1"]))
    console = Console(file=sys.stdout, width=120 if not sys.stdout.isatty() else None)
    console.print(table)
    for key, label in (("dyad_accuracy", "dyad accuracy (of gold events)"),
                       ("dyad_accuracy_matched", "dyad accuracy (of matched events)"),
                       ("mode_accuracy", "mode accuracy (matched)"),
                       ("claim_status_accuracy", "claim status accuracy (matched)"),
                       ("aux_mode_accuracy", "aux_mode accuracy (matched)"),
                       ("false_event_rate", "false-event rate (no-event stories)")):
        console.print(f"{label}: {pct(report[key])}")


COMMANDS = [code, schema, evaluate]
