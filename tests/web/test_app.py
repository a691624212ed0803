"""The app factory (web/app.py): store opening, the write rule without a token, read-only
mode. In-process through httpx's ASGI transport where a real socket
cannot show the case (a client address that is not this machine)."""

from __future__ import annotations

import shutil

import httpx
import pytest

from tidings.errors import StoreError
from tidings.web import create_app

from .conftest import call, start_server, stop_server


def test_create_app_refuses_a_folder_as_store(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path)


def test_without_a_token_only_loopback_clients_may_write(tmp_path, coder):
    app = create_app(tmp_path / "w.duckdb", coder=coder)
    story = {"id": "w1", "text": "Egypt hosted talks between Sudan's rival generals.", "date": "2024-05-01"}
    far = call(app, "POST", "/api/v1/stories", json=story, client_addr=("203.0.113.9", 5000))
    assert far.status_code == 401 and far.json()["ok"] is False
    near = call(app, "POST", "/api/v1/stories", json=story)
    assert near.status_code == 201 and near.json()["stories_seen"] == 1
    app.state.backend.close()


def test_read_only_server_answers_writes_with_503_and_still_reads(web_db, coder, tmp_path):
    # The session's server may hold the file open read-write: open a copy read-only instead.
    copy = tmp_path / "ro.duckdb"
    shutil.copy(web_db, copy)
    app = create_app(copy, read_only=True, coder=coder)
    r = call(app, "POST", "/api/v1/stories", json={"text": "Fiji thanked Australia for aid."})
    assert r.status_code == 503 and "read-only" in r.json()["error"]
    assert call(app, "GET", "/api/v1/events").json()["total"] >= 3
    app.state.backend.close()


def test_a_second_server_on_its_own_store_serves_independently(tmp_path, coder):
    live = start_server(create_app(tmp_path / "s.duckdb", coder=coder))
    try:
        with httpx.Client(base_url=live.url) as c:
            assert c.get("/api/v1/events").json() == {"items": [], "total": 0, "limit": 100, "offset": 0}
            assert c.get("/api/v1/health").json()["ok"] is True
    finally:
        stop_server(live)
