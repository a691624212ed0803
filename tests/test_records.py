"""Typed records (tidings/records.py): the date value a story or a query filter gives is read one way."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.records import date_or_text


@pytest.mark.parametrize(("value", "expected"), [
    (None, None),
    ("", None),
    (dt.date(2025, 3, 4), dt.date(2025, 3, 4)),
    (dt.datetime(2025, 3, 4, 17, 30), dt.date(2025, 3, 4)),
    ("  2025-03  ", "2025-03"),
    (20250304, "20250304"),
])
def test_date_value_is_none_a_date_or_the_stripped_text(value, expected):
    assert date_or_text(value) == expected
