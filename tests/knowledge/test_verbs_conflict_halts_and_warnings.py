"""Workers halting, suspending or stopping services or work are on strike (PROTEST strike); a state warning another
to stop, cease, end or refrain from something threatens it (THREATEN). Tested on wordings other than the one each
family was built from, and on the same words in non-event senses (utilities, doctors, police warning residents)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), [
    ("PROTEST", "Rail workers in Italy halted services across the country on Friday over a dispute about pensions, "
                "the unions said.", ("ITA",), ("ITA",)),
    ("PROTEST", "Dockworkers at the port of Antwerp suspended loading operations for 24 hours on Tuesday to protest "
                "against pension changes.", ("BEL",), ("BEL",)),
    ("PROTEST", "Airline pilots in Kenya stopped work on Wednesday, grounding Kenya Airways flights in a dispute over "
                "pay.", ("KEN",), ("KEN",)),
    ("THREATEN", "Chinese foreign ministry spokesman Lin Jian warned Tokyo on Monday to stop meddling in the Taiwan "
                 "question.", ("CHN",), ("JPN",)),
    ("THREATEN", "Iran warned Azerbaijan on Sunday to refrain from hosting Israeli military assets near their shared "
                 "border.", ("IRN",), ("AZE",)),
    ("THREATEN", "Russia's foreign ministry warned Finland to cease its militarisation of the Arctic, state media "
                 "reported.", ("RUS",), ("FIN",)),
])
def test_family_wording_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert (etype, actor, recipient) in found, found


@pytest.mark.parametrize("text", [
    "The city's water utility halted services in three districts for pipe repairs on Monday.",
    "Doctors warned patients to stop taking the drug after reports of side effects, the health agency said.",
    "Police warned residents in Kherson to stop using their phones near checkpoints.",
])
def test_same_words_in_other_senses_code_no_conflict_event(coder, text):
    conflict = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not [e for e in code(coder, text, date=DATE) if e.event in conflict]
