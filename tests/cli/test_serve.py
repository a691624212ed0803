"""``tidings serve`` (cli/serve.py): refuses open writes beyond this machine; serves a store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.cli.serve import check_bind
from tidings.errors import AuthError


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.org", "::"])
def test_non_loopback_host_without_token_is_refused(host):
    with pytest.raises(AuthError):
        check_bind(host, None)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_host_needs_no_token(host):
    check_bind(host, None)


def test_non_loopback_host_with_token_is_allowed():
    check_bind("0.0.0.0", "s3cret")


def test_serve_command_refuses_before_opening_anything(tmp_path):
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "0.0.0.0"], env={"TIDINGS_TOKEN": ""})
    assert result.exit_code == AuthError.exit_code
    assert "without a token" in result.output
    assert not db.exists()


def test_several_workers_need_a_read_only_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--workers", "2"])
    assert result.exit_code == 2 and "--read-only" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(args: list[str]) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = dict(os.environ, TIDINGS_TOKEN="")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tidings.cli", "serve", *args, "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/api/v1/health", timeout=2)
            return proc, url
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "no output") from None
            time.sleep(0.1)


@pytest.mark.slow
def test_serve_command_serves_the_api_on_loopback(tmp_path):
    proc, url = _serve(["--db", str(tmp_path / "s.duckdb")])
    try:
        assert httpx.get(f"{url}/api/v1/health").json()["ok"] is True
        assert httpx.get(f"{url}/api/v1/events").json()["total"] == 0
    finally:
        proc.terminate()
        proc.wait(timeout=15)


@pytest.mark.slow
def test_serve_command_runs_several_read_only_workers(tmp_path):
    from tidings.store import Store

    db = tmp_path / "w.duckdb"
    Store.open(db).close()  # a read-only store must exist already
    proc, url = _serve(["--db", str(db), "--read-only", "--workers", "2"])
    try:
        answers = [httpx.get(f"{url}/api/v1/events").json()["total"] for _ in range(6)]
        assert answers == [0] * 6
        r = httpx.post(f"{url}/api/v1/stories", json={"text": "Chad thanked Niger."})
        assert r.status_code == 503 and r.json()["ok"] is False
    finally:
        proc.terminate()
        proc.wait(timeout=20)
