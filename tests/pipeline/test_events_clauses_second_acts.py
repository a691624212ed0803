"""Second-clause acts in long sentences: a ministry joined to a police clause, a second
penalty on the actor's own measure, owners of summoned ambassadors, a comment participle after an inverted
report, a carrier's cargo, a pronoun subject of a joined clause. Sentences written for these tests (not from
any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


CASES_SECOND_ACT_CODES_ITS_DYAD = [
    pytest.param(
        "Georgian police detained an opposition activist in Tbilisi on Friday as he returned from "
        "Brussels, and the foreign ministry expelled a Belgian diplomat.",
        "SANCTION", "GEO", "BEL", id="ministry_joined_to_a_police_clause_is_that_states"),
    pytest.param(
        "French President Emmanuel Macron spoke by phone with Brazilian President Luiz Inacio Lula da "
        "Silva on Tuesday before travelling to Cairo, where he urged Israel to allow more aid into "
        "Gaza.",
        "REQUEST", "FRA", "ISR", id="pronoun_subject_of_a_joined_clause_is_the_sentence_subject"),
    pytest.param(
        "Ecuador's government sent a formal note to Mexico on Tuesday demanding the handover of the "
        "former vice-president.",
        "REQUEST", "ECU", "MEX", id="demand_participle_on_a_sent_message_addresses_its_receiver"),
    pytest.param(
        "Israeli troops raided the Jenin camp on Wednesday, leading the Palestinian Authority to "
        "suspend security coordination with Israel.",
        "SANCTION", "PSE", "ISR", id="suspended_security_coordination_is_a_sanction"),
    pytest.param(
        "Hamas fired rockets at Ashkelon on Monday, and Israel's defence minister vowed that the "
        "group would pay dearly.",
        "THREATEN", "ISR", "PSE", id="vow_that_a_party_will_pay_dearly_threatens_it"),
    pytest.param(
        "The Norwegian-flagged freighter, which Houthi gunmen seized in the Red Sea last month, was "
        "towed to Hodeidah on Sunday.",
        "COERCE", "YEM", "NOR", id="object_relative_misread_as_reduced_relative_keeps_its_doer"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_SECOND_ACT_CODES_ITS_DYAD)
def test_second_act_codes_its_dyad(coder, text, event, actor, recipient):
    found = dyads(coder, text)
    assert (event, (actor,), (recipient,)) in found


def test_second_penalty_on_the_actors_own_measure_is_kept(coder):
    found = dyads(coder, "Britain froze the assets of four Russian generals on Tuesday and widened its export ban on "
                         "Moscow.")
    assert [d for d in found if d[0] == "SANCTION"] == [("SANCTION", ("GBR",), ("RUS",))] * 2


def test_owners_of_summoned_ambassadors_are_no_second_pair(coder):
    found = dyads(coder, "The raid prompted Algeria to summon the ambassadors of Spain and Italy to protest.")
    assert ("ACCUSE", ("DZA",), ("ESP", "ITA")) in found
    assert not any(d[0] == "ACCUSE" and d[1] != ("DZA",) for d in found)


@pytest.mark.parametrize("text", [
    "Turkish jets bombed villages in northern Iraq overnight and then sent commandos across the border, Iraq's state "
    "news agency reported on Sunday, calling the operation an act of aggression.",
    "Turkish jets bombed villages in northern Iraq overnight, Iraq's state news agency reported on Sunday, calling "
    "the raid an act of aggression.",
])
def test_comment_participle_after_an_inverted_report_is_the_reporters(coder, text):
    found = dyads(coder, text)
    assert any(d[0] == "ACCUSE" and d[1] == ("IRQ",) for d in found)
    assert not any(d[0] == "ACCUSE" and d[1] == ("TUR",) for d in found)


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia sent three planes carrying tents and blankets to Syria on Friday.", ("AID", ("SAU",), ("SYR",))),
    ("Egypt dispatched a convoy of lorries carrying flour and fuel to Sudan.", ("AID", ("EGY",), ("SDN",))),
])
def test_a_carriers_cargo_is_aid_to_its_destination(coder, text, expected):
    assert expected in dyads(coder, text)


def test_second_pair_hung_on_the_causative_has_its_own_subject(coder):
    found = dyads(coder, "Russia test-fired a hypersonic missile near the border on Tuesday, prompting Finland to "
                         "suspend part of a transit agreement and Norway to condemn the test.")
    assert ("ACCUSE", ("NOR",), ("RUS",)) in found
    assert not any(d[0] == "SANCTION" and "NOR" in d[2] for d in found)


def test_causatives_object_acts_when_its_verb_is_read_as_a_clause(coder):
    found = dyads(coder, "Chinese and Russian bombers flew a joint patrol near Alaska on Wednesday, prompting the "
                         "United States and Canada to scramble fighter jets.")
    assert any(d[0] == "MOBILIZE" and set(d[1]) == {"USA", "CAN"} for d in found)


def test_target_phrase_hung_on_the_by_agent_is_the_verbs(coder):
    found = dyads(coder, "Saudi air defences intercepted three drones launched by the Houthis at Riyadh overnight.")
    assert any(d[0] == "ASSAULT" and d[1] == ("YEM",) and d[2] == ("SAU",) for d in found)


@pytest.mark.parametrize("text", [
    "After talking by phone with Vladimir Putin, Hungarian Prime Minister Viktor Orban flew to Beijing, where he held "
    "talks with Xi Jinping on ending the war in Ukraine.",
    "Orban held talks with Xi on ending the war in Ukraine.",
])
def test_what_talks_are_about_is_no_act(coder, text):
    found = dyads(coder, text)
    assert any(d[0] == "CONSULT" for d in found)
    assert not any(d[0] in ("RETREAT", "CONCEDE", "ASSAULT") for d in found)


@pytest.mark.parametrize("text, expected", [
    ("Turkish troops launched what the defence ministry called limited raids into northern Syria on Monday.",
     ("ASSAULT", ("TUR",), ("SYR",))),
    ("Russian forces carried out what Kyiv called massive strikes on its energy grid on Sunday.",
     ("ASSAULT", ("RUS",), None)),
])
def test_label_in_a_free_relative_names_the_light_verbs_act(coder, text, expected):
    found = dyads(coder, text)
    assert any(d[0] == expected[0] and d[1] == expected[1] and (expected[2] is None or d[2] == expected[2])
               for d in found)
    assert not any(d[0] == "ASSAULT" and d[1] == ("UKR",) for d in found)
