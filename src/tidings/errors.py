"""Every domain error tidings raises, each with a stable code.

Adapters translate these: the CLI into exit codes and one-line messages on
stderr, the REST API into ``{"ok": false, "error": ..., "status": N}``.
Codes are stable so users can grep logs and scripts can branch on them.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class. ``code`` is stable (``T0xx``); ``exit_code`` is for the CLI; ``http_status`` for the API."""

    code = "T000"
    exit_code = 1
    http_status = 500

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)

    def __str__(self) -> str:
        where = self.location()
        return f"[{self.code}] {where + ': ' if where else ''}{self.message}"


class InputError(TidingsError):
    """A story or input file cannot be read: missing file, bad bytes, malformed JSONL line."""

    code = "T001"
    exit_code = 2
    http_status = 400


class LanguageError(InputError):
    """A story is not in English; it is skipped with a warning, never coded."""

    code = "T002"


class DictionaryError(TidingsError):
    """A user dictionary file (actors, agents, verbs, PETRARCH format) is malformed."""

    code = "T003"
    exit_code = 2
    http_status = 400


class ModelError(TidingsError):
    """The spaCy English model package is not installed or fails to load."""

    code = "T004"
    exit_code = 3


class ValidationError(TidingsError):
    """A record does not validate against the published PLOVER record schema."""

    code = "T005"
    exit_code = 1
    http_status = 500


class WorkerError(TidingsError):
    """A worker process of ``--workers N`` died (killed, out of memory) while coding."""

    code = "T006"
    exit_code = 1
    http_status = 500


class FilterError(TidingsError):
    """An unknown filter value (event type, status, date...). The message lists what is valid."""

    code = "T010"
    exit_code = 2
    http_status = 422


class StoreError(TidingsError):
    """The DuckDB store cannot be opened or written: locked, corrupt, a folder, read-only."""

    code = "T020"
    exit_code = 4
    http_status = 503


class NotFoundError(TidingsError):
    """An event or story id that is not in the store."""

    code = "T021"
    exit_code = 1
    http_status = 404


class AuthError(TidingsError):
    """A write to the server without the right token."""

    code = "T030"
    exit_code = 1
    http_status = 401


class PayloadTooLargeError(TidingsError):
    code = "T031"
    exit_code = 1
    http_status = 413


class SparkUnavailableError(TidingsError):
    """pyspark (or the Java runtime it needs) is not available."""

    code = "T040"
    exit_code = 3
    http_status = 503
