"""Filter validation: FilterError lists what is valid; values never become SQL."""

from __future__ import annotations

import pytest

from tidings.errors import FilterError
from tidings.store import Store, claims, dyads, events, store_coded

from .conftest import make_event, make_story


@pytest.fixture
def st(db_path):
    with Store.open(db_path) as store:
        store_coded(store, [(make_story("s1"), [make_event("e1", "s1")])])
        yield store


@pytest.mark.parametrize(("filters", "listed"), [
    ({"type": "BOMB"}, "ASSAULT"),
    ({"status": "rumoured"}, "contested"),
    ({"since": "last tuesday"}, "YYYY-MM-DD"),
    ({"until": "2024-13-01"}, "YYYY-MM-DD"),
    ({"actor": "United States"}, "USAGOV"),
    ({"colour": "red"}, "actor"),
])
def test_bad_filter_values_raise_filter_error_listing_the_valid_ones(st, filters, listed):
    with pytest.raises(FilterError, match=listed):
        events(st, **filters)


def test_since_after_until_is_a_filter_error(st):
    with pytest.raises(FilterError, match="after"):
        events(st, since="2024-06-01", until="2024-05-01")


def test_bad_sort_interval_and_limit_are_filter_errors(st):
    with pytest.raises(FilterError, match="date"):
        events(st, sort="colour")
    with pytest.raises(FilterError, match="week, month"):
        dyads(st, interval="fortnight")
    with pytest.raises(FilterError):
        events(st, limit=-1)
    with pytest.raises(FilterError, match="contested"):
        claims(st, status="maybe")


def test_filter_values_are_data_not_sql(st):
    hostile = "x'; DROP TABLE events; --"
    assert events(st, text=hostile)["total"] == 0
    assert events(st)["total"] == 1


def test_actor_codes_match_with_or_without_sector(st):
    assert events(st, actor="rus")["total"] == 1
    assert events(st, actor="RUSMIL")["total"] == 0
