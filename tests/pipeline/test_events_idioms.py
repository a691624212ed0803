"""Verbal-conflict idioms ('voiced alarm at', 'lodged representations with', 'called X's move
outrageous', 'rejected the vote as rigged', 'issued arrest warrants for') and events named inside
accusations ('accused X of genocide / of depriving civilians of water'), coded through the full
pipeline, claims stage included."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

_codes, _find = entity_codes, find_event


# (text, event type, mode, actor codes, recipient codes)
IDIOMS = [
    ("Lithuania raised concerns about Belarus's nuclear plant near Vilnius.", "ACCUSE", "disapprove",
     ("LTU",), ("BLR",)),
    ("Vietnam expressed grave concern over Chinese survey ships in its waters.", "ACCUSE", "disapprove",
     ("VNM",), ("CHN",)),
    ("Chile voiced alarm at Peru's handling of the border crisis.", "ACCUSE", "disapprove", ("CHL",), ("PER",)),
    ("Seoul lodged strong representations with Tokyo over the textbook.", "ACCUSE", "disapprove",
     ("KOR",), ("JPN",)),
    ("Colombia called Nicaragua's naval manoeuvres absurd.", "ACCUSE", "disapprove", ("COL",), ("NIC",)),
    ("Spain called the Moroccan decision unacceptable.", "ACCUSE", "disapprove", ("ESP",), ("MAR",)),
    ("Washington rejected the Belarusian presidential vote as a sham.", "ACCUSE", "disapprove",
     ("USA",), ("BLR",)),
    ("Azerbaijan branded the Armenian defence minister a war criminal.", "ACCUSE", "disapprove",
     ("AZE",), ("ARM",)),
    ("The Netherlands summoned Russia's ambassador over the detention.", "ACCUSE", "disapprove",
     ("NLD",), ("RUS",)),
    ("The International Criminal Court issued arrest warrants for two senior Libyan commanders.",
     "THREATEN", "arrest", ("IGO",), ("LBY",)),
    ("Beijing warned Taipei that it would cut all trade links.", "THREATEN", "restrict", ("CHN",), ("TWN",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", IDIOMS)
def test_verbal_conflict_idiom_is_coded_with_its_dyad(coder, text, etype, mode, actor, recipient):
    ev = _find(code(coder, text), etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    assert _codes(ev.recipient) == recipient


# (text, embedded type, mode, actor, recipient, accuser)
NAMED_IN_ACCUSATIONS = [
    ("Egypt accused Ethiopia of depriving Egyptian farmers of water.", "COERCE", "withhold", ("ETH",),
     ("EGY",), ("EGY",)),
    ("Poland accused Belarus of a hacking campaign against its railways.", "COERCE", "cyber", ("BLR",),
     None, ("POL",)),
    ("The Netherlands accused Russia of being behind a cyber attack on its weather agency.", "COERCE",
     "cyber", ("RUS",), None, ("NLD",)),
    ("Armenia accused Azerbaijan of genocide against Armenians in Karabakh.", "ASSAULT", None, ("AZE",),
     None, ("ARM",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient,accuser", NAMED_IN_ACCUSATIONS)
def test_event_named_inside_an_accusation_is_alleged_by_the_accuser(coder, text, etype, mode, actor,
                                                                     recipient, accuser):
    events = code(coder, text)
    acc = _find(events, "ACCUSE")
    assert _codes(acc.actor) == accuser
    ev = _find(events, etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    if recipient is not None:
        assert _codes(ev.recipient) == recipient
    assert ev.claim.status == "alleged"
    assert _codes(ev.claim.by) == accuser


def test_embedded_event_denied_by_the_accused_is_contested(coder):
    events = code(coder, "Norway accused Russia of a hacking campaign, but Moscow denied it.")
    ev = _find(events, "COERCE")
    assert ev.claim.status == "contested"


@pytest.mark.parametrize("text", [
    "The mayor raised money for a new library.",
    "The finance minister expressed concern about rising bread prices.",
    "The president called the summit a success.",
    "Russia rejected as baseless the accusations made by Estonia.",
])
def test_idiom_lookalikes_give_no_disapproval(coder, text):
    assert not [e for e in code(coder, text) if e.event == "ACCUSE"]


# (text, type, mode, actor codes, recipient codes, claim status)
EVENT_NOUNS = [
    ("Denmark blamed Russian hackers for the breach of its defence ministry email servers.", "COERCE", "cyber",
     ("RUS",), ("DNK",), "alleged"),
    ("Houthi rebels have been accused of blocking aid convoys in Yemen.", "COERCE", "withhold",
     ("YEM",), (), "alleged"),
    ("The judges issued a warrant for the Belarusian leader over the deportation of Ukrainian orphans.",
     "COERCE", "deport", ("BLR",), ("UKR",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient,status", EVENT_NOUNS)
def test_event_noun_in_a_reason_phrase_takes_the_accused_as_actor(coder, text, etype, mode, actor, recipient,
                                                                   status):
    ev = _find(code(coder, text), etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    assert _codes(ev.recipient) == recipient
    if status is not None:
        assert ev.claim.status == status


@pytest.mark.parametrize("text", [
    "Protesters blocked the main road to the airport.",
    "The firm sued its supplier over a breach of contract.",
    "Norway accused Russia of a breach of its fishing quota.",
])
def test_non_cyber_breaches_and_road_blocks_are_not_coerce(coder, text):
    assert not [e for e in code(coder, text) if e.event == "COERCE"]
