"""Scoring against gold: greedy matching, per-type and micro P/R/F1, dyads, claim/aux accuracy, false events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import InputError
from tidings.evaluate import evaluate, read_gold
from tidings.records import Claim, Entity, Event, TextInfo

DATA = Path(__file__).parent / "data"


def _ev(etype: str, actor: list[str], recipient: list[str], *, mode=None, status="asserted", aux=None) -> Event:
    def ents(codes):
        return [Entity(code=c, sector=None, entity_text=c) for c in codes]

    return Event(id=f"e-{etype}-{actor}-{recipient}", story_id="s", date=None, event=etype, actor=ents(actor),
                 recipient=ents(recipient), event_text="x", event_text_start=0, event_text_end=1, text="x",
                 text_info=TextInfo(0, 0, 1), mode=mode, aux_mode=aux, claim=Claim(status=status))


GOLD = [
    {"id": "a", "text": "t", "events": [
        {"event": "ACCUSE", "actor": ["USA", "GBR"], "recipient": ["IRN"], "claim_status": "asserted", "aux_mode": None},
        {"event": "AID", "actor": ["IRN"], "recipient": ["RUS"], "claim_status": "alleged"},
    ]},
    {"id": "b", "text": "t", "events": [{"event": "CONSULT", "mode": "visit", "actor": ["FRA"], "recipient": ["POL"]}]},
    {"id": "c", "text": "t", "events": []},
    {"id": "d", "text": "t", "events": []},
]


def test_scores_from_given_predictions():
    preds = {
        "a": [_ev("AID", ["IRN"], ["UKR"], status="alleged"),  # decoy: same type, worse overlap
              _ev("ACCUSE", ["USA", "GBR"], ["IRN"]),
              _ev("AID", ["IRN"], ["RUS"], status="asserted")],
        "b": [_ev("CONSULT", ["FRA"], ["POL"], mode="phone")],
        "c": [_ev("PROTEST", ["CAN"], [])],
        "d": [],
    }
    r = evaluate(GOLD, predictions=preds)
    assert (r["gold_events"], r["predicted_events"]) == (3, 5)
    assert r["micro"]["tp"] == 3 and r["micro"]["fp"] == 2 and r["micro"]["fn"] == 0
    assert r["micro"]["precision"] == 0.6 and r["micro"]["recall"] == 1.0 and r["micro"]["f1"] == 0.75
    assert r["per_type"]["AID"] == {"tp": 1, "fp": 1, "fn": 0, "support": 1, "precision": 0.5,
                                    "recall": 1.0, "f1": 0.6667}
    assert r["per_type"]["PROTEST"]["precision"] == 0.0 and r["per_type"]["PROTEST"]["recall"] is None
    # the AID match went to the RUS-recipient prediction, so all three dyads are right
    assert r["dyad_accuracy"] == 1.0
    assert r["claim_status_accuracy"] == 0.5  # ACCUSE right, AID wrong
    assert r["aux_mode_accuracy"] == 1.0 and r["scored"]["aux_mode"] == 1
    assert r["mode_accuracy"] == 0.0
    assert r["no_event_stories"] == 2 and r["false_event_rate"] == 0.5


def test_missed_events_count_against_recall_and_dyads():
    r = evaluate(GOLD, predictions={"a": [_ev("ACCUSE", ["USA"], ["IRN"])]})
    assert r["micro"]["recall"] == round(1 / 3, 4)
    assert r["dyad_accuracy"] == 0.0 and r["dyad_accuracy_matched"] == 0.0
    assert r["false_event_rate"] == 0.0
    assert r["per_type"]["CONSULT"]["f1"] == 0.0


def test_report_is_deterministic_json():
    preds = {"a": [_ev("ACCUSE", ["USA", "GBR"], ["IRN"])]}
    assert json.dumps(evaluate(GOLD, predictions=preds)) == json.dumps(evaluate(GOLD, predictions=preds))


def test_gold_file_is_coded_and_scored(coder):
    r = evaluate(DATA / "gold_small.jsonl", coder=coder)
    assert r["stories"] == 6 and r["gold_events"] == 4 and r["no_event_stories"] == 2
    assert set(r) >= {"micro", "per_type", "dyad_accuracy", "claim_status_accuracy", "aux_mode_accuracy",
                      "false_event_rate"}
    assert r["micro"]["tp"] >= 1


@pytest.mark.parametrize(
    ("line", "message"),
    [("not json", "malformed"), ('{"text": "x"}', "'events' list"), ('{"events": []}', "'text'"),
     ('{"text": "x", "events": [{"event": "INVADE"}]}', "not a PLOVER event type"),
     ('{"text": "x", "events": [{"event": "AID", "actor": [1]}]}', "list of entity codes")],
)
def test_bad_gold_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "ok", "events": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_gold(path)
    assert info.value.path == str(path) and info.value.line == 2
