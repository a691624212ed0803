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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_command_serves_the_api_on_loopback(tmp_path):
    port = _free_port()
    env = dict(os.environ, TIDINGS_TOKEN="")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tidings.cli", "serve", "--db", str(tmp_path / "s.duckdb"), "--port", str(port),
         "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read().decode() if proc.stderr else "no output") from None
                time.sleep(0.1)
        assert r.json()["ok"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/events").json()["total"] == 0
    finally:
        proc.terminate()
        proc.wait(timeout=15)
