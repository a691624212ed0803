"""Pure helpers of web/backend.py: highlight spans and dyad time series."""

from __future__ import annotations

from tidings.web.backend import group_dyads, meta, spans


def _ev(eid, trig, actor, recipient, by=(), denied=()):
    ent = lambda s, e: {"start": s, "end": e}  # noqa: E731
    return {"id": eid, "event_text_start": trig[0], "event_text_end": trig[1],
            "actor": [ent(*actor)], "recipient": [ent(*recipient)],
            "claim": {"by": [ent(*b) for b in by], "denied_by": [ent(*d) for d in denied]}}


def test_spans_merge_events_sharing_a_span_and_sort_by_position():
    events = [_ev("e2", (10, 15), (0, 5), (20, 25)), _ev("e1", (10, 15), (0, 5), (30, 35), denied=[(40, 44)])]
    out = spans(events)
    assert [(s["start"], s["end"], s["role"]) for s in out] == [
        (0, 5, "actor"), (10, 15, "trigger"), (20, 25, "recipient"), (30, 35, "recipient"), (40, 44, "denier")]
    assert out[0]["events"] == ["e1", "e2"]


def test_spans_skip_missing_or_empty_offsets():
    ev = {"id": "x", "event_text_start": 5, "event_text_end": 5,
          "actor": [{"start": None, "end": None}], "recipient": [], "claim": {}}
    assert spans([ev]) == []


def test_spans_are_the_same_whatever_the_event_order():
    a = [_ev("a", (1, 2), (3, 4), (5, 6)), _ev("b", (1, 2), (7, 8), (5, 6), by=[(9, 10)])]
    assert spans(a) == spans(list(reversed(a)))


def test_group_dyads_builds_one_series_per_dyad_busiest_first():
    rows = [
        {"actor": "USA", "recipient": "IRN", "period": "2024-09-01", "quad_code": 3, "count": 2},
        {"actor": "USA", "recipient": "IRN", "period": "2024-09-01", "quad_code": 4, "count": 1},
        {"actor": "USA", "recipient": "IRN", "period": "2024-10-01", "quad_code": 3, "count": 1},
        {"actor": "GBR", "recipient": "IRN", "period": "2024-09-01", "quad_code": 4, "count": 1},
    ]
    out = group_dyads(rows)
    assert [(d["actor"], d["total"]) for d in out] == [("USA", 4), ("GBR", 1)]
    assert out[0]["series"][0] == {"period": "2024-09-01", "counts": {"1": 0, "2": 0, "3": 2, "4": 1}, "count": 3}


def test_meta_gives_every_event_type_with_its_quad_class():
    types = {t["code"]: t["quad_code"] for t in meta()["event_types"]}
    assert types["AID"] == 2 and types["ACCUSE"] == 3 and types["ASSAULT"] == 4
