"""An armed role tied to a named party ("militants linked to Islamic State") takes that party's code, not the
story's dateline or dominant country."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes
from .test_actors import run


@pytest.mark.parametrize(("text", "role", "party"), [
    ("NIAMEY, July 9 (Reuters) - Militants linked to Islamic State killed 34 soldiers in an ambush near the border "
     "with Mali on Monday, Niger's defence ministry said.", "Militants", "IMG"),
    ("Gunmen affiliated with Islamic State attacked a police station in northern Mozambique on Sunday.", "Gunmen",
     "IMG"),
])
def test_a_role_tied_to_a_party_is_that_party(coder, text, role, party):
    ms = run(coder.stages[0], coder.nlp, text, "2025-07-09")
    assert [m.code for m in ms if m.text == role] == [party]


def test_the_vow_after_an_ambush_by_tied_militants_targets_them(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(
        coder, "NIAMEY, July 9 (Reuters) - Militants linked to Islamic State killed 34 soldiers in an ambush near the "
               "border with Mali on Monday, Niger's defence ministry said.\n\nThe junta declared three days of national "
               "mourning and vowed to hunt down those responsible.", date="2025-07-09")]
    assert ("ASSAULT", ("IMG",), ("NER",)) in found and ("THREATEN", ("NER",), ("IMG",)) in found


def test_a_role_tied_to_a_state_named_as_a_country_is_not_that_state(coder):
    ms = run(coder.stages[0], coder.nlp, "Iraqi police arrested militiamen linked to Iran in Basra on Tuesday.",
             "2025-07-09")
    assert [m.code for m in ms if m.text == "militiamen"] != ["IRN"]
