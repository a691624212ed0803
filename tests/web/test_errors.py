"""One JSON error shape (web/errors.py) for FastAPI's own errors, domain errors and crashes."""

from __future__ import annotations

from tidings.web import create_app

from .conftest import assert_error_shape, call


def test_unknown_route_and_wrong_method_use_the_error_shape(client):
    assert_error_shape(client.get("/api/v1/nothing-here"), 404)
    assert_error_shape(client.delete("/api/v1/events"), 405)


def test_malformed_json_body_is_422(client):
    r = client.post("/api/v1/code", content=b"{not json", headers={"content-type": "application/json"})
    assert_error_shape(r, 422)


def test_domain_errors_keep_their_code_and_status(client):
    body = assert_error_shape(client.get("/api/v1/events", params={"type": "BOMBARD"}), 422)
    assert body["error"].startswith("[T010]")
    assert assert_error_shape(client.get("/api/v1/events/none"), 404)["error"].startswith("[T021]")


def test_an_unexpected_exception_becomes_a_500_in_the_error_shape(tmp_path):
    app = create_app(tmp_path / "e.duckdb")

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("secret detail /etc/passwd")

    r = call(app, "GET", "/api/v1/boom")
    assert r.status_code == 500
    body = r.json()
    assert body == {"ok": False, "error": "internal server error (RuntimeError)", "status": 500}
    app.state.backend.close()
