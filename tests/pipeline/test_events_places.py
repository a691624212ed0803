"""Recipients from places and borders one level down, through the full pipeline."""

from __future__ import annotations

import pytest


def coded(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    out = []
    for e in coder.code(text, date="2025-03-04"):
        place = e.event_loc.country_code if e.event_loc is not None else None
        out.append((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                    tuple(sorted({r.code for r in e.recipient if r.code})), place))
    return out


def only(coder, text: str, etype: str):
    found = [x for x in coded(coder, text) if x[0] == etype]
    assert len(found) == 1, coded(coder, text)
    return found[0]


# A locative phrase the parser hangs on the object (or on a participle) rather than the verb.
@pytest.mark.parametrize(("text", "etype", "actor", "recipient", "place"), [
    ("Israeli airstrikes killed at least 14 villagers in southern Lebanon late on Monday.",
     "ASSAULT", ("ISR",), ("LBN",), "LBN"),
    ("Israeli troops blew up three bridges in northern Gaza this week.", "ASSAULT", ("ISR",), ("PSE",), "PSE"),
    # the coast is where it happened; the ship is not the coastal state's
    ("Iranian naval forces seized an oil tanker off the coast of Oman on Sunday.",
     "COERCE", ("IRN",), (), "OMN"),
])
def test_place_on_the_object_names_the_target_country(coder, text, etype, actor, recipient, place):
    assert only(coder, text, etype) == (etype, actor, recipient, place)


def test_arrests_in_the_own_capital_stay_domestic(coder):
    # the recipient is the actor's country only under the domestic-role rule, never from the place
    assert only(coder, "Belarusian police detained scores of opposition activists in Minsk.",
                "COERCE")[:3] == ("COERCE", ("BLR",), ("BLR",))
    assert only(coder, "Russian troops massed near Belgorod.", "MOBILIZE")[2] == ()


@pytest.mark.parametrize(("text", "recipient"), [
    ("Russian artillery pounded several towns in eastern Ukraine overnight.", ("UKR",)),
    ("Turkish jets bombed a convoy in the north of Syria.", ("SYR",)),
    ("Afghan troops launched rockets across the border in Pakistan.", ("PAK",)),
    ("Turkish drones struck militant camps in northern Iraq.", ("IRQ",)),
])
def test_direction_words_and_regions_name_the_target(coder, text, recipient):
    assert only(coder, text, "ASSAULT")[2] == recipient


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("India placed its air force on high alert along the border with Pakistan.", ("IND",), ("PAK",)),
    ("Colombia massed soldiers on its border with Venezuela.", ("COL",), ("VEN",)),
    ("Iran reinforced its frontier with Afghanistan after the clashes.", ("IRN",), ("AFG",)),
])
def test_border_in_any_preposition_names_the_other_side(coder, text, actor, recipient):
    assert only(coder, text, "MOBILIZE")[1:3] == (actor, recipient)


def test_border_without_a_with_phrase_names_no_recipient(coder):
    # its own border names no one; an arrest at a foreign border is not action against that state
    assert only(coder, "Israel deployed two extra brigades along its northern border.", "MOBILIZE")[2] == ()
    assert "GRC" not in only(coder, "Turkish police detained migrants at the Greek border.", "COERCE")[2]
