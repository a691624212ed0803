"""The web app and REST API over a tidings store (``tidings serve``); see docs/web.md.

``create_app`` is imported on first use so that ``tidings.web.net`` (used by the CLI)
does not pull in FastAPI.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
