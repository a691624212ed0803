"""Middleware (web/middleware.py): security headers on every answer, the request body limit."""

from __future__ import annotations

import json

from .conftest import assert_error_shape


def test_body_over_two_megabytes_is_413(client):
    big = json.dumps({"text": "a" * (2 * 1024 * 1024 + 10)}).encode()
    assert_error_shape(client.post("/api/v1/code", content=big, headers={"content-type": "application/json"}), 413)

    def chunks():  # no Content-Length: the limit must count the streamed bytes
        for i in range(0, len(big), 65536):
            yield big[i:i + 65536]

    r = client.post("/api/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert_error_shape(r, 413)


def test_security_headers_forbid_inline_scripts(client):
    for path in ("/", "/api/v1/events", "/static/js/common.js"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'self'" in script_src
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_the_413_answer_carries_the_security_headers_too(client):
    big = b"x" * (2 * 1024 * 1024 + 1)
    r = client.post("/api/v1/code", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "script-src 'self'" in r.headers["content-security-policy"]


def test_docs_page_alone_allows_inline_styles(client):
    docs = client.get("/docs").headers["content-security-policy"]
    page = client.get("/").headers["content-security-policy"]
    assert "style-src 'self' 'unsafe-inline'" in docs and "'unsafe-inline'" not in page
