"""A past verb the tagger read as a base form (cut, shut, put, hit) after "accused X of V-ing ... and" is the
accuser's own act, not part of the accusation (modality_syntax.finite_past_conjunct). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


@pytest.mark.parametrize("text, etype", [
    ("Mali's junta accused Algeria of shooting down a Malian drone near the border and shut its airspace to "
     "Algerian flights, the government spokesman said.", "COERCE"),
    ("Sudan's army accused the United Arab Emirates on Tuesday of supplying drones to the RSF and cut diplomatic "
     "ties with Abu Dhabi, while the Emirati foreign ministry rejected the accusation as baseless.", "SANCTION"),
])
def test_the_accusers_own_next_act_is_asserted(coder, text, etype):
    acts = [e for e in code(coder, text, date=DATE) if e.event == etype]
    assert acts and all(e.claim.status == "asserted" for e in acts)
