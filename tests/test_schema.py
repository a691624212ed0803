"""The published record schema: in sync with the dataclasses, strict, and met by every coded record."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tidings import records
from tidings.errors import ValidationError
from tidings.readers import read_stories
from tidings.schema import build_schema, schema, schema_json, validate

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


def test_committed_schema_file_matches_the_generated_schema():
    committed = (ROOT / "src" / "tidings" / "data" / "event.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: python -c 'from tidings.schema import schema_json; ...'"


def test_schema_is_a_valid_2020_12_schema():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    ("cls", "where"),
    [(records.Event, ()), (records.Entity, ("$defs", "entity")), (records.Location, ("$defs", "location")),
     (records.Materiel, ("$defs", "materiel")), (records.Claim, ("$defs", "claim")),
     (records.TextInfo, ("properties", "text_info"))],
)
def test_schema_covers_every_record_field(cls, where):
    node = build_schema()
    for key in where:
        node = node[key]
    assert set(node["properties"]) == {f.name for f in dataclasses.fields(cls)}


def _good_record(coder) -> dict:
    (ev, *_) = coder.code("Poland accused Belarus of pushing migrants across the border.", date="2024-02-12")
    return ev.to_dict()


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda r: r.update(event="INVADE"), "$.event"),
        (lambda r: r["actor"][0].update(code="pol"), "$.actor[0].code"),
        (lambda r: r.update(mode="visit"), "$.mode"),  # a CONSULT mode on an ACCUSE event
        (lambda r: r.update(aux_mode="maybe"), "$.aux_mode"),
        (lambda r: r["claim"].update(status="rumoured"), "$.claim.status"),
        (lambda r: r.update(date_precision="hour"), "$.date_precision"),
        (lambda r: r.update(event_text_start=-1), "$.event_text_start"),
        (lambda r: r.update(event_text_end="7"), "$.event_text_end"),
        (lambda r: r.update(context=["weather"]), "$.context[0]"),
        (lambda r: r.update(surprise=1), "$"),
        (lambda r: r.pop("story_id"), "$"),
    ],
)
def test_invalid_records_raise_validation_error_with_the_path(coder, change, path):
    record = _good_record(coder)
    validate(record)
    change(record)
    with pytest.raises(ValidationError) as info:
        validate(record)
    assert f": {path}: " in str(info.value)


def _all_example_stories(shared: Path | None):
    stories = read_stories([ROOT / "examples", DATA / "stories_small.jsonl", DATA / "plain_story.txt",
                            DATA / "article.html"])
    if shared is not None:
        stories += read_stories(sorted((shared / "seeds").glob("*.txt")))
    return stories


def test_every_record_the_coder_emits_validates(coder):
    shared = ROOT.parent / "shared"  # the seed story too, when ../shared is present
    stories = _all_example_stories(shared if shared.is_dir() else None)
    n = 0
    for result in coder.code_stories(stories):
        assert result.error is None, result.error
        for ev in result.events:
            validate(json.loads(ev.to_json()))
            n += 1
    assert n > 0


def test_the_documented_example_record_validates():
    doc = (ROOT / "docs" / "record-schema.md").read_text(encoding="utf-8")
    block = doc.split("```json\n", 1)[1].split("```", 1)[0]
    record = json.loads(block)
    validate(record)
    story = "Canada accused Iran on Monday of shipping attack drones to Russia through the Caspian Sea. " \
            "Iran denied the claim."
    assert story[record["event_text_start"] : record["event_text_end"]] == record["event_text"]
    for ent in record["actor"] + record["recipient"] + record["claim"]["by"] + record["claim"]["denied_by"]:
        assert story[ent["start"] : ent["end"]] == ent["entity_text"]
