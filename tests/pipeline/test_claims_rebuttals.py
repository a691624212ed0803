"""An accusation answered in the same sentence: a sentence-final "which X rejected", a semicolon
between the accusation and the answer, and an event in a "when" clause of an old, dated act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

DATE = "2026-11-20"


@pytest.mark.parametrize("text, etype, accused", [
    ("Seoul blamed Pyongyang for jamming GPS signals near the border, which North Korea rejected.",
     "COERCE", "PRK"),
    ("Colombia's government blamed ELN rebels for bombing a police station in Cauca, which the ELN denied.",
     "ASSAULT", "COL"),
    ("Sudan's army-backed government accused the UAE of arming the RSF, which Abu Dhabi firmly rejected on Monday.",
     "AID", "ARE"),
])
def test_a_closing_which_rejected_contests_the_accused_act_and_is_no_refusal(coder, text, etype, accused):
    events = code(coder, text, date=DATE)
    assert not [e for e in events if e.event == "REJECT"], [(e.event, e.event_text) for e in events]
    ev = find_event(events, etype)
    assert ev.claim.status == "contested", ev.claim.cues
    assert accused in set(entity_codes(ev.claim.denied_by))


def test_a_proposal_the_other_side_rejected_stays_a_refusal(coder):
    events = code(coder, "Kyiv proposed an energy truce over the winter, which Moscow rejected.", date=DATE)
    assert find_event(events, "REJECT").claim.status == "asserted"


def test_a_clause_after_a_semicolon_is_not_reported_by_the_next_speaker(coder):
    text = "Mali accused Algeria of shooting down its drone; Algiers said the drone had entered its airspace."
    ev = find_event(code(coder, text, date=DATE), "ACCUSE")
    assert ev.claim.status == "asserted"
    assert not set(entity_codes(ev.claim.by)) & {"DZA"}, ev.claim.cues


@pytest.mark.parametrize("text", [
    "In March 2019, when Moscow first sent military advisers to Caracas, Washington warned of consequences.",
    "In 2018, when Ankara launched an offensive on Afrin, Paris called for restraint.",
])
def test_an_event_in_a_when_clause_of_an_old_dated_act_is_historical(coder, text):
    events = code(coder, text, date=DATE)
    assert events and all(e.aux_mode == "historical" for e in events), [(e.event, e.aux_mode) for e in events]


def test_denying_reports_of_one_named_act_does_not_contest_other_allegations(coder):
    text = ("PORT-AU-PRINCE, Feb 11 (Reuters) - Gang members stormed the town of Mirebalais overnight, killing at "
            "least 20 people, residents said on Wednesday.\n"
            "A spokesman for the Kenyan contingent denied reports that its officers had abandoned a post near "
            "Mirebalais during the attack.")
    assault = find_event(code(coder, text, date=DATE), "ASSAULT")
    assert assault.claim.status == "alleged", assault.claim.cues


@pytest.mark.parametrize("text, etype, denier", [
    ("Congo's government accused Rwanda of sending hundreds of troops to fight alongside M23, a charge Kigali denies.",
     "AID", "RWA"),
    ("Sudan accused the UAE of arming the RSF, a charge Abu Dhabi has repeatedly rejected.", "AID", "ARE"),
    ("Kyiv accused Moscow of shelling a power plant in Zaporizhzhia, an accusation the Kremlin dismissed as absurd.",
     "ASSAULT", "RUS"),
])
def test_a_closing_charge_someone_denies_contests_the_charge_not_the_accusation(coder, text, etype, denier):
    events = code(coder, text, date=DATE)
    assert find_event(events, "ACCUSE").claim.status == "asserted"
    assert not [e for e in events if e.event == "REJECT"], [(e.event, e.event_text) for e in events]
    ev = find_event(events, etype)
    assert ev.claim.status == "contested" and denier in set(entity_codes(ev.claim.denied_by)), ev.claim.cues
