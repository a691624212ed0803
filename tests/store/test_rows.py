"""Flattening stories and records into rows: what counts as the same story, source, day, place."""

from __future__ import annotations

import datetime as dt

from tidings.records import Location, Story
from tidings.store.rows import content_hash, parse_day, place_of, story_source

from .conftest import make_event


def test_content_hash_changes_with_any_field_the_coder_sees():
    base = Story(id="a", text="Text.", date="2024-01-02", title="T", url="https://x.example/a", source="S")
    same = Story(id="other-id", text="Text.", date="2024-01-02", title="T", url="https://x.example/a", source="S")
    assert content_hash(base) == content_hash(same)
    for changed in (
        Story(id="a", text="Text!", date="2024-01-02", title="T", url="https://x.example/a", source="S"),
        Story(id="a", text="Text.", date="2024-01-03", title="T", url="https://x.example/a", source="S"),
        Story(id="a", text="Text.", date="2024-01-02", title="U", url="https://x.example/a", source="S"),
        Story(id="a", text="Text.", date="2024-01-02", title="T", url="https://x.example/b", source="S"),
        Story(id="a", text="Text.", date="2024-01-02", title="T", url="https://x.example/a", source="R"),
    ):
        assert content_hash(changed) != content_hash(base)


def test_story_source_falls_back_to_the_url_host_then_the_story():
    assert story_source(Story(id="a", text="", source=" Harbour Wire ")) == "Harbour Wire"
    assert story_source(Story(id="a", text="", url="https://www.Daily.example/x")) == "daily.example"
    assert story_source(Story(id="a", text="")) == "story:a"


def test_parse_day_reads_days_months_and_years():
    assert parse_day("2024-05-02") == dt.date(2024, 5, 2)
    assert parse_day("2024-05") == dt.date(2024, 5, 1)
    assert parse_day("2024") == dt.date(2024, 1, 1)
    assert parse_day(None) is None and parse_day("soon") is None


def test_place_key_is_the_geonames_id_or_name_and_country_level_has_none():
    assert place_of(make_event("e", "s", place="Kharkiv", geonameid=706483, country="UKR"))[:2] == (
        "g706483", "UKR")
    ev = make_event("e", "s", place="Old Town", country="UKR")
    assert place_of(ev)[0] == "old town"
    ev.event_loc = Location(extracted_place="Ukraine", resolved_place="Ukraine", country_code="UKR", resolution=1)
    assert place_of(ev) == (None, "UKR", "Ukraine")
    assert place_of(make_event("e", "s")) == (None, None, None)
