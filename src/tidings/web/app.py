"""The FastAPI application: ``create_app(db_path, token=None)``.

One process serves the REST API (/api/v1, described at /openapi.json), the pages
(/, /events, /stories/{id}, /network, /claims, /code) and interactive API docs at
/docs, with every asset local: Swagger UI comes from the ``swagger-ui-bundle-v2``
package, the pages' JS/CSS from ``web/static``. Nothing is fetched from a CDN.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from .. import __version__
from . import api, pages
from .backend import Backend
from .errors import install_error_handlers
from .middleware import BodyLimit, SecurityHeaders

MAX_BODY_BYTES = 2 * 1024 * 1024

DESCRIPTION = """PLOVER 2.0 political event records coded from news stories, with the claim
status of each event (asserted, alleged by whom, denied by whom, contested).

Every error is `{"ok": false, "error": "...", "status": N}`. Writes (`POST /api/v1/stories`)
need `Authorization: Bearer TOKEN` whenever the server has a token."""


ENV_CONFIG = "TIDINGS_WEB_CONFIG"


def app_from_env() -> FastAPI:
    """The app for each of ``tidings serve --workers N``'s processes (uvicorn factory).

    The settings travel in ``TIDINGS_WEB_CONFIG`` (JSON: db, read_only, cache_entries),
    the token in ``TIDINGS_TOKEN``: worker processes import the app by name.
    """
    cfg = json.loads(os.environ[ENV_CONFIG])
    return create_app(cfg["db"], token=os.environ.get("TIDINGS_TOKEN") or None,
                      read_only=bool(cfg.get("read_only")), cache_entries=int(cfg.get("cache_entries", 512)))


def _swagger_dir() -> str | None:
    try:
        import swagger_ui_bundle
    except ImportError:  # docs assets missing: /docs then says so; the API still works
        return None
    return str(swagger_ui_bundle.swagger_ui_path)


def create_app(
    db_path: str | os.PathLike[str],
    token: str | None = None,
    *,
    coder: Any = None,
    read_only: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
    cache_entries: int = 512,
) -> FastAPI:
    """The web app over the store at ``db_path``.

    ``token``: required for writes when set (without one, only loopback clients may
    write). ``coder``: the ``Coder`` for /api/v1/code and ingest (default: the shared
    one, loaded on first use). ``read_only``: open the store read-only, so other processes (the
    CLI, more workers) may read it too; writes then answer 503. ``cache_entries``: how many read
    answers to keep until the next write (0: none; see ``web/cache.py``).
    """
    backend = Backend(db_path, coder=coder, read_only=read_only, cache_entries=cache_entries)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            backend.close()

    app = FastAPI(
        title="tidings",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's own /docs loads Swagger UI from a CDN; ours is local
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.token = token or None
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("tidings.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    swagger = _swagger_dir()
    if swagger:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")
    # The last added is outermost: headers go on every response, the 413 included.
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
