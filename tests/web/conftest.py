"""A real store (built by the store's ingest from our own stories) served by a real uvicorn
server on a free 127.0.0.1 port, in a thread of the test process, for the whole session."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from .stories import KNOWN, STORIES, XSS, known_events, xss_events

TOKEN = "web-test-token-7f3a"


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body


def call(app, method: str, path: str, *, client_addr=("127.0.0.1", 5000), **kw) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=client_addr, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.request(method, path, **kw)

    return asyncio.run(go())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    db: Path
    server: object
    thread: threading.Thread

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60.0, **kw)


def start_server(app) -> LiveServer:
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return LiveServer(url=f"http://127.0.0.1:{port}", db=Path(), server=server, thread=thread)


def stop_server(live: LiveServer) -> None:
    live.server.should_exit = True  # type: ignore[attr-defined]
    live.thread.join(timeout=15)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, coder) -> Path:
    from tidings.store import Store, ingest, store_coded

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store.open(path) as st:
        report = ingest(st, STORIES, coder=coder)
        assert report.stories_seen == len(STORIES)
        store_coded(st, [(KNOWN, known_events()), (XSS, xss_events())])
    return path


@pytest.fixture(scope="session")
def live_server(web_db, coder) -> Iterator[LiveServer]:
    from tidings.web import create_app

    live = start_server(create_app(web_db, token=TOKEN, coder=coder))
    live.db = web_db
    yield live
    stop_server(live)


@pytest.fixture()
def client(live_server) -> Iterator[httpx.Client]:
    with live_server.client() as c:
        yield c
