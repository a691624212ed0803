"""The REST API under /api/v1: thin routes over ``Backend`` (and so over ``tidings.store``).

Every route returns JSON; every error is ``{"ok": false, "error": ..., "status": N}``
(see ``web/errors.py``). Reads are open; ``POST /stories`` writes and needs the token.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.responses import Response

from .. import plover
from ..errors import AuthError
from ..records import AUX_MODES, CLAIM_STATUSES, Story
from .backend import Backend, meta
from .errors import ERROR_SCHEMA
from .net import is_loopback


class Interval(StrEnum):
    week = "week"
    month = "month"


MAX_LIMIT = 1000


def dumps(data: Any) -> bytes:
    # Serialise once, directly: the store already hands back plain JSON-able dicts, and
    # skipping FastAPI's encoder matters at load-test rates.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


def json_response(data: Any, status_code: int = 200) -> Response:
    return Response(dumps(data), status_code=status_code, media_type="application/json")


def cached(request: Request, make: Callable[[], Any]) -> Response:
    """A read answer, from the response cache when the same question was asked since the last write."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    body = request.app.state.backend.cache.get_or_make(key, lambda: dumps(make()))
    return Response(body, media_type="application/json")


def backend(request: Request) -> Backend:
    return request.app.state.backend


BackendDep = Annotated[Backend, Depends(backend)]


_TYPES = ", ".join(plover.event_types())


class Filters:
    """The filters every listing shares; ``as_kwargs()`` gives the store's keyword arguments.

    Values are checked by the store (``FilterError`` -> 422 listing the valid values), so
    the API accepts exactly what the library does, comma lists included.
    """

    def __init__(
        self,
        actor: Annotated[str | None, Query(max_length=200, description="Actor code(s), e.g. IRN or USAGOV; comma-separated")] = None,
        recipient: Annotated[str | None, Query(max_length=200, description="Recipient code(s), e.g. UKR")] = None,
        type: Annotated[str | None, Query(max_length=200, description=f"PLOVER event type(s): {_TYPES}")] = None,
        status: Annotated[str | None, Query(max_length=100, description=f"Claim status(es): {', '.join(CLAIM_STATUSES)}")] = None,
        aux_mode: Annotated[str | None, Query(max_length=100, description=f"{', '.join(AUX_MODES)} or none")] = None,
        since: Annotated[str | None, Query(max_length=10, description="First date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
        until: Annotated[str | None, Query(max_length=10, description="Last date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
        q: Annotated[str | None, Query(max_length=500, description="Words that must all occur in the evidence sentence")] = None,
    ) -> None:
        raw = {"actor": actor, "recipient": recipient, "type": type, "status": status,
               "aux_mode": aux_mode, "since": since, "until": until, "text": q}
        self.values = {k: v.strip() for k, v in raw.items() if v is not None and v.strip()}

    def as_kwargs(self) -> dict[str, Any]:
        return dict(self.values)


FiltersDep = Annotated[Filters, Depends()]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]

_bearer = HTTPBearer(auto_error=False, description="The token given to `tidings serve --token`")


def require_write(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need the token when one is set; without one, only loopback clients may write."""
    token: str | None = request.app.state.token
    given = creds.credentials if creds else request.headers.get("x-tidings-token")
    if token:
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise AuthError("this write needs the server's token (Authorization: Bearer TOKEN)")
        return
    client = request.client.host if request.client else None
    if not is_loopback(client):
        raise AuthError("the server has no token set; writes are accepted from this machine only")


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="The story text (plain text)")
    date: str | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=2000)


class StoryIn(BaseModel):
    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=500, description="Defaults to a hash of the text")
    date: str | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)


class StoriesIn(BaseModel):
    stories: list[StoryIn] = Field(min_length=1, max_length=1000)


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int | None = Field(description="Matching items")
    limit: int
    offset: int
    more: bool | None = Field(default=None, description="Claims only: whether another page follows")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": desc, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
    for code, desc in ((400, "Bad input"), (404, "Not found"), (422, "Invalid parameter"),
                       (500, "Server error"))
}
WRITE_ERRORS = {**ERRORS, **{
    code: {"description": desc, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
    for code, desc in ((401, "Missing or wrong token"), (413, "Body too large"),
                       (503, "Store not writable"))
}}

router = APIRouter(prefix="/api/v1", responses=ERRORS)


@router.get("/health", tags=["meta"], summary="Liveness and version")
def health() -> Response:
    from .. import __version__

    return json_response({"ok": True, "version": __version__})


@router.get("/meta", tags=["meta"], summary="Event types, claim statuses and quad classes")
def get_meta() -> Response:
    return json_response(meta())


@router.get("/stats", tags=["overview"], summary="Counts by type, quad class, status; date range")
def stats(request: Request, b: BackendDep) -> Response:
    return cached(request, b.stats)


@router.get("/overview", tags=["overview"], summary="The overview page's data: series, top dyads, disputed claims")
def overview(request: Request, b: BackendDep, f: FiltersDep, interval: Interval = Interval.month) -> Response:
    return cached(request, lambda: b.overview(f.as_kwargs(), interval=interval.value))


@router.get("/events", tags=["events"], response_model=Page, summary="Events, filtered and paginated")
def events(
    request: Request,
    b: BackendDep,
    f: FiltersDep,
    limit: Limit = 100,
    offset: Offset = 0,
    sort: Annotated[str, Query(max_length=40, description="date, -date, confidence or id")] = "date",
) -> Response:
    return cached(request, lambda: b.events(f.as_kwargs(), limit=limit, offset=offset, sort=sort))


@router.get("/events/{event_id:path}", tags=["events"], summary="One event record")
def event(request: Request, b: BackendDep, event_id: Annotated[str, PathParam(max_length=200)]) -> Response:
    return cached(request, lambda: b.event(event_id))


@router.get("/stories/{story_id:path}", tags=["stories"], summary="A story, its events and their spans")
def story(request: Request, b: BackendDep, story_id: Annotated[str, PathParam(max_length=500)]) -> Response:
    return cached(request, lambda: b.story(story_id))


@router.get("/network", tags=["network"], summary="Actors as nodes, events as edges")
def network(
    request: Request,
    b: BackendDep,
    f: FiltersDep,
    materiel: Annotated[str | None, Query(max_length=500, description=(
        "'any', or materiel categories (comma-separated, see /api/v1/meta): only edges with such "
        "materiel, e.g. type=AID&materiel=missile,drone for arms transfers"))] = None,
    max_edges: Annotated[int | None, Query(ge=1, le=100_000, description=(
        "Keep only this many edges, the highest counts first (and the actors they join)"))] = None,
    focus: Annotated[str | None, Query(pattern=r"^\s*[A-Za-z]{3}\s*$", description=(
        "An actor code: only the edges it is part of, as actor or recipient (and the actors they "
        "join); unlike actor=, which keeps only the events it is the actor of"))] = None,
) -> Response:
    return cached(request, lambda: b.network(f.as_kwargs(), materiel=materiel or None, max_edges=max_edges,
                                             focus=focus.strip().upper() if focus else None))


@router.get("/dyads", tags=["network"], summary="Event counts per dyad over time")
def dyads(request: Request, b: BackendDep, f: FiltersDep, interval: Interval = Interval.week) -> Response:
    return cached(request, lambda: b.dyads(f.as_kwargs(), interval=interval.value))


@router.get("/claims", tags=["claims"], response_model=Page, summary="Who alleges what, who denies it")
def claims(request: Request, b: BackendDep, f: FiltersDep, limit: Limit = 100, offset: Offset = 0) -> Response:
    return cached(request, lambda: b.claims(f.as_kwargs(), limit=limit, offset=offset))


@router.post("/code", tags=["coding"], summary="Code a posted story; nothing is stored")
def code(b: BackendDep, body: CodeRequest) -> Response:
    return json_response(b.code(body.text, date=body.date or None, title=body.title or None))


@router.post("/stories", tags=["stories"], status_code=201, responses=WRITE_ERRORS,
             dependencies=[Depends(require_write)], summary="Code and store stories (needs the token)")
def post_stories(b: BackendDep, body: StoriesIn | StoryIn) -> Response:
    from ..coder import make_story

    items = body.stories if isinstance(body, StoriesIn) else [body]
    stories: list[Story] = [
        make_story(s.text, story_id=s.id, date=s.date or None, title=s.title, url=s.url, source=s.source)
        for s in items
    ]
    return json_response(b.ingest(stories), status_code=201)
