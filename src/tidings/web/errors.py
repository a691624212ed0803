"""One JSON error shape for every 4xx/5xx the server sends: ``{"ok": false, "error": ..., "status": N}``.

FastAPI's own 404/405/422 and unexpected exceptions go through here too, so a client
never has to parse two formats. ``TidingsError`` subclasses map through their
``http_status``; their message keeps the stable ``[T0xx]`` code.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from ..errors import TidingsError

log = logging.getLogger("tidings.web")

# The one place the shape is defined; middleware that answers before routing (413) uses it too.
ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "ok": {"type": "boolean", "const": False},
        "error": {"type": "string"},
        "status": {"type": "integer"},
    },
    "required": ["ok", "error", "status"],
}


def error_body(status: int, message: str) -> bytes:
    return json.dumps(
        {"ok": False, "error": message, "status": status}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(error_body(status, message), status_code=status, media_type="application/json",
                    headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            detail = (err.get("ctx") or {}).get("error", "")
            parts.append(f"the body is not valid JSON{': ' + str(detail) if detail else ''}")
            continue
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid value')}")
    return "invalid request: " + "; ".join(parts) if parts else "invalid request"


async def _tidings_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TidingsError)
    if exc.http_status >= 500:
        log.error("server error: %s", exc)
    return error_response(exc.http_status, str(exc))


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    return error_response(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, _validation_message(exc))


async def _unexpected(_request: Request, exc: Exception) -> Response:
    # The traceback goes to the server log only: it can name paths a client should not see.
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, f"internal server error ({type(exc).__name__})")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(TidingsError, _tidings_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
