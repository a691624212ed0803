"""A person deported or expelled to a state at that state's request is judicial cooperation (COOPERATE), not a
coercion of the receiving state; deportations with no requesting party stay COERCE deport (event_handovers)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Panama deported the fugitive banker to Colombia at Bogota's request on Friday, Panama's migration service said, "
     "ending a three-year manhunt by Colombian prosecutors.", ("PAN",), ("COL",)),
    ("The former Peruvian intelligence chief was expelled from Chile to Peru at the request of Peruvian prosecutors on "
     "Tuesday, the Chilean interior ministry said in a statement.", ("CHL",), ("PER",)),
    ("Thailand deported a Cambodian opposition activist to Phnom Penh on Monday at the request of the Cambodian "
     "government, rights groups said.", ("THA",), ("KHM",)),
])
def test_deportation_at_the_receivers_request_is_cooperation(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("COOPERATE", actor, recipient) in found
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event == "COERCE"]


@pytest.mark.parametrize("text", [
    "Spain deported a suspected Moroccan recruiter for the Islamic State group to Morocco on Thursday, the interior "
    "ministry in Madrid said, citing a threat to national security.",
    "The United States deported 40 Guatemalan migrants to Guatemala City on Wednesday, the Guatemalan migration "
    "institute said, the third flight this week.",
])
def test_deportation_without_a_request_stays_coercion(coder, text):
    assert [e for e in code(coder, text, date="2026-03-02") if e.event == "COERCE" and e.mode == "deport"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the parser hangs the destination on the person's description
    ("Portugal extradited a Ukrainian citizen accused of laundering crypto ransoms to the United States on Friday, "
     "the Portuguese judicial police said.", ("PRT",), ("USA",)),
    ("Italy extradited a Chinese businessman to France on Tuesday, the justice ministry said.", ("ITA",), ("FRA",)),
    # no destination named: the state that wants him
    ("Greece extradited a Russian national wanted by German prosecutors for fraud, a court official in Athens said "
     "on Monday.", ("GRC",), ("DEU",)),
])
def test_extradition_goes_to_the_receiving_state_not_the_persons_own(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("COOPERATE", actor, recipient) in found
