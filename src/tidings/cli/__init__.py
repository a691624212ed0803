"""The ``tidings`` command. Each sub-command is a thin adapter over a same-named API call.

Sub-command modules: ``cli/code.py`` (code, schema, evaluate), ``cli/store.py``
(ingest, events, dyads, claims, stats, export), ``cli/serve.py`` (serve).
Domain errors become one line on stderr and the error's exit code.
"""

from __future__ import annotations

import sys

import click

from ..errors import TidingsError


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TidingsError as exc:
            click.echo(f"tidings: error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings: news stories in, verifiable PLOVER 2.0 event records out."""


def _register() -> None:
    import importlib

    for name in ("code", "store", "serve", "spark"):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)


_register()
