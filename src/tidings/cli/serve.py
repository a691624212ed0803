"""``tidings serve``: the web pages and REST API over one store (see docs/web.md)."""

from __future__ import annotations

import json
import os

import click

from ..errors import AuthError
from ..store.db import DEFAULT_PATH
from ..web.net import is_loopback


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token: writes would be open to anyone."""
    if not token and not is_loopback(host):
        raise AuthError(
            f"refusing to listen on {host!r} without a token: pass --token (or set TIDINGS_TOKEN), "
            "or bind to 127.0.0.1"
        )


@click.command()
@click.option("--db", "db", default=DEFAULT_PATH, show_default=True, type=click.Path(dir_okay=False),
              help="The DuckDB store file (created if missing).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("--token", envvar="TIDINGS_TOKEN", default=None,
              help="Token that writes (POST /api/v1/stories) must send as 'Authorization: Bearer TOKEN'. "
                   "Required on a non-loopback host. Also read from TIDINGS_TOKEN.")
@click.option("--read-only", is_flag=True, help="Open the store read-only: other processes may read it too; writes answer 503.")
@click.option("--cache-size", default=512, show_default=True, type=click.IntRange(0, 100_000),
              help="Read answers kept until the next write (0: no cache).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; more than one needs --read-only (one process may write a store).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db: str, host: str, port: int, token: str | None, read_only: bool, cache_size: int,
          workers: int, log_level: str) -> None:
    """Serve the web pages and the REST API (/api/v1, docs at /docs) over a store."""
    check_bind(host, token)
    if workers > 1 and not read_only:
        raise click.UsageError("--workers above 1 needs --read-only: DuckDB lets one process write a store")
    import uvicorn

    from ..web.app import ENV_CONFIG, create_app

    click.echo(f"tidings: serving {db} at http://{host}:{port}/ (API docs: /docs)", err=True)
    if workers == 1:
        app = create_app(db, token=token, read_only=read_only, cache_entries=cache_size)
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
        return
    # Open once here so that a bad path fails now, not in every worker.
    create_app(db, read_only=True).state.backend.close()
    os.environ[ENV_CONFIG] = json.dumps({"db": db, "read_only": True, "cache_entries": cache_size})
    os.environ["TIDINGS_TOKEN"] = token or ""
    uvicorn.run("tidings.web.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level=log_level, server_header=False)


COMMANDS = [serve]
