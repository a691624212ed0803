"""A party's own harmful act (halting talks or exports, shutting a border, freezing a membership, denying entry,
boycotting a summit) announced by its side over another party's if / unless act is a THREATEN whatever its verb
(verbs.json: the conditional entries, checked by event_deterrence.announced_response); told by no one, over no
party's act, or an offer to stop fighting, it is none."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

THREATS = [
    ("halt_talks", "Serbia said it would halt talks with Kosovo unless Pristina withdrew the police.",
     ("SRB",), "relations"),
    ("halt_exports", "Indonesia said it would halt nickel exports to the European Union if Brussels refused to drop "
     "its duties.", ("IDN",), "restrict"),
    ("freeze_membership", "Armenia said it would freeze its membership in the CSTO unless the bloc condemned "
     "Azerbaijan.", ("ARM",), "relations"),
    ("end_deal", "Russia said it would end the grain deal unless the West eased its sanctions.", ("RUS",), "relations"),
    ("boycott_summit", "Ankara said it would boycott the NATO summit unless Stockholm extradited the suspects.",
     ("TUR",), "relations"),
    ("deny_entry", "Baghdad said it would deny entry to Turkish trucks unless Ankara released the water.",
     ("IRQ",), "restrict"),
    ("cut_off_power", "Niger said it would cut off electricity to Benin unless Cotonou reopened the border.",
     ("NER",), "restrict"),
    ("downgrade_relations", "Algeria said it would downgrade relations with Madrid unless Spain reversed its "
     "position on Western Sahara.", ("DZA",), "relations"),
    ("withhold_aid", "The United States said it would withhold military aid from Israel if it invaded Rafah.",
     ("USA",), "restrict"),
]


@pytest.mark.parametrize(("text", "actor", "mode"), [t[1:] for t in THREATS], ids=[t[0] for t in THREATS])
def test_announced_harm_over_a_party_condition_is_a_threat(coder, text, actor, mode):
    threats = [e for e in code(coder, text) if e.event == "THREATEN"]
    assert [(entity_codes(e.actor), e.mode) for e in threats] == [(actor, mode)]


NO_THREATS = [
    ("business_condition", "The airline said it would halt flights to Tel Aviv if the security situation worsened."),
    ("market_condition", "Toyota said it would close the plant if demand kept falling."),
    ("forecast_by_others", "If Israel strikes Beirut, Hezbollah will close the border, analysts said."),
    ("weather_condition", "The prime minister said the ports would close if the storm reached the coast."),
    ("own_staff_condition", "The hospital said it would suspend visits if the flu spread further."),
    ("rates_condition", "The central bank said it would raise rates if inflation kept rising."),
]


@pytest.mark.parametrize("text", [t[1] for t in NO_THREATS], ids=[t[0] for t in NO_THREATS])
def test_harm_without_an_announced_party_condition_is_no_threat(coder, text):
    assert "THREATEN" not in [e.event for e in code(coder, text)]


CONSEQUENCES = [
    ("faces_suspension", "Georgia faces suspension of visa-free travel to the European Union, Brussels warned.",
     ("EUR",), ("GEO",)),
    ("bears_consequences", "Beijing said Manila would bear all consequences.", ("CHN",), ("PHL",)),
    ("make_pay", "Netanyahu vowed to make Hamas pay.", ("ISR",), ("PSE",)),
    ("reserved_right", "Tehran reserved the right to retaliate against Israel.", ("IRN",), ("ISR",)),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), [t[1:] for t in CONSEQUENCES], ids=[t[0] for t in CONSEQUENCES])
def test_held_out_consequence_threatens_who_must_bear_it(coder, text, actor, recipient):
    threats = [e for e in code(coder, text) if e.event == "THREATEN"]
    assert [(entity_codes(e.actor), entity_codes(e.recipient)) for e in threats] == [(actor, recipient)]


@pytest.mark.parametrize("text", [
    "Iran faces new sanctions from the European Union over its drone exports.",
    "The government will bear the cost of the repairs, the minister said.",
    "The newspaper reserved the right to edit letters.",
])
def test_reported_penalty_or_cost_is_no_threat(coder, text):
    assert "THREATEN" not in [e.event for e in code(coder, text)]
