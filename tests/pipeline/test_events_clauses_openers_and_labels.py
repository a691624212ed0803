"""Clause structure in long sentences: a time or reason clause whose subject the parser
reads as a preposition's object, a plight that is no act, the doer of a labelled act, a free relative's
party. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian drones hit a fuel depot in Russia's Bryansk region overnight, the governor said, as Moscow, which "
     "fired dozens of missiles at Ukrainian cities the same night, accused Kyiv of trying to derail the talks.",
     ("ACCUSE", ("RUS",), ("UKR",))),
    ("Protesters blocked roads in Lima, police said, while Bolivia, whose president faces an election next year, "
     "recalled its ambassador from Peru.", ("SANCTION", ("BOL",), ("PER",))),
    ("Pakistan shelled border posts overnight after Kabul, citing repeated violations, expelled two Pakistani "
     "diplomats.", ("SANCTION", ("AFG",), ("PAK",))),
])
def test_clause_opener_object_is_the_verbs_subject(coder, text, expected):
    assert expected in dyads(coder, text)


def test_clause_opener_subject_is_no_recipient_of_the_main_clause(coder):
    found = dyads(coder, "Pakistan shelled border posts overnight after Kabul, citing repeated violations, expelled "
                         "two Pakistani diplomats.")
    assert not any(d[0] == "ASSAULT" and "AFG" in d[2] for d in found)


@pytest.mark.parametrize("text", [
    "Kenya's government says it struggles to pay public salaries on time as debt repayments swallow its revenue.",
    "Sri Lanka has struggled to repay its Chinese creditors since the 2022 default.",
])
def test_a_struggle_to_act_is_no_act(coder, text):
    assert dyads(coder, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Iran seized a Greek-flagged oil tanker in the Gulf of Oman on Tuesday, and Greece's foreign ministry demanded "
     "the release of the ship and its crew, calling the seizure an act of piracy.", ("ACCUSE", ("GRC",), ("IRN",))),
    ("Serbian police arrested a Kosovo official near Jarinje on Sunday, and Pristina denounced the detention as "
     "kidnapping.", ("ACCUSE", ("KOS",), ("SRB",))),
])
def test_a_labelled_act_accuses_its_doer(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Washington condemned what it called reckless conduct by Beijing.", ("ACCUSE", ("USA",), ("CHN",))),
    ("Seoul denounced what it described as Pyongyang's provocations.", ("ACCUSE", ("KOR",), ("PRK",))),
    ("Poland condemned what it called a deliberate provocation by Belarusian border guards.",
     ("ACCUSE", ("POL",), ("BLR",))),
])
def test_free_relative_label_names_the_party(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, wrong", [
    ("Kosovo's government approved a plan backed by Washington to open a new border crossing with Serbia.",
     ("SUPPORT", ("USA",), ("SRB",))),
    ("Lebanon's parliament elected a president supported by Saudi Arabia after two years of deadlock.",
     ("SUPPORT", ("SAU",), ())),
])
def test_a_stance_participle_on_a_noun_is_no_support(coder, text, wrong):
    assert not any(d[0] == wrong[0] and d[1] == wrong[1] for d in dyads(coder, text))


def test_a_backing_verb_is_still_support(coder):
    assert any(d[0] == "SUPPORT" for d in dyads(coder, "Washington backed the plan on Monday."))


@pytest.mark.parametrize("text, expected", [
    # the main verb the parser hung inside the comma-bounded relative clause
    ("Venezuela's navy intercepted a Guyanese fishing boat on Sunday, and Georgetown, which says the waters are "
     "its own, called on Caracas to release the crew.", ("REQUEST", ("GUY",), ("VEN",))),
    # the second subject the parser swallowed into the first clause's object, with its relative clause
    ("Chad, which says the camps are a threat, expelled two Sudanese officers, and Khartoum, which denies arming "
     "the rebels, recalled its ambassador.", ("SANCTION", ("SDN",), ())),
])
def test_relative_clause_does_not_hide_the_main_subject(coder, text, expected):
    found = dyads(coder, text)
    assert any(d[0] == expected[0] and d[1] == expected[1] and set(expected[2]) <= set(d[2]) for d in found)


@pytest.mark.parametrize("text, wrong", [
    ("Israel struck Hezbollah sites in Lebanon on Sunday, and Iran, which funds the group, summoned the Swiss "
     "envoy.", "AID"),
    ("The United States, which arms Taiwan, said it had sold missiles to Manila.", "AID"),
])
def test_a_present_tense_description_of_a_party_is_no_act(coder, text, wrong):
    assert not any(d[0] == wrong and d[2] in (("LBN",), ("TWN",)) for d in dyads(coder, text))


def test_a_standing_charge_in_a_relative_clause_is_reported(coder):
    found = dyads(coder, "Mongolia welcomed Putin on Tuesday despite a warrant from the International Criminal "
                         "Court, which accuses him of war crimes in Ukraine.")
    assert any(d[0] == "ACCUSE" and d[2] == ("RUS",) for d in found)


def test_need_infinitive_entry_fires_only_with_an_infinitive(coder, tmp_path):
    from tidings.coder import Coder, CoderConfig

    path = tmp_path / "tell.json"
    path.write_text(json.dumps({"verbs": {"tell": [{"type": "REQUEST", "need_infinitive": True}]}}))
    told = Coder(CoderConfig(dictionaries=[path]), nlp=coder.nlp)
    assert ("REQUEST", ("KEN",), ("UGA",)) in dyads(told, "Kenya told Uganda to withdraw its troops from the island.")
    assert not any(d[0] == "REQUEST" for d in dyads(told, "Wang told Blinken that Washington had crossed a red line."))


@pytest.mark.parametrize("text, expected", [
    ("Katz called Spain's prime minister a liar.", ("ACCUSE", ("ISR",), ("ESP",))),
])
def test_a_label_read_as_the_objects_apposition_is_a_verdict(coder, text, expected):
    found = dyads(coder, text)
    assert expected in found and not any(d[0] == "CONSULT" for d in found)


@pytest.mark.parametrize("text, expected", [
    ("Shelling of Kramatorsk by Russian troops killed four people.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Israel's bombardment of Khan Younis killed 30 people.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("A Pakistani airstrike on Paktika province killed 46 people.", ("ASSAULT", ("PAK",), ("AFG",))),
])
def test_an_act_noun_subject_keeps_its_parties(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Venezuela denied that its navy had seized the boat and accused Guyana of provoking an incident.",
     ("ACCUSE", ("VEN",), ("GUY",))),
    ("Ethiopia denied that its troops had entered Eritrea and accused Asmara of arming rebels.",
     ("ACCUSE", ("ETH",), ("ERI",))),
    ("Venezuela denied in a statement issued late on Sunday that its navy had seized the boat and accused Guyana "
     "of provoking an incident.", ("ACCUSE", ("VEN",), ("GUY",))),
])
def test_a_speech_act_after_a_denied_clause_is_the_deniers(coder, text, expected):
    events = code(coder, text)
    found = [e for e in events if e.event == expected[0]]
    assert found and (found[0].event, entity_codes(found[0].actor), entity_codes(found[0].recipient)) == expected
    assert found[0].claim.status == "asserted"
    assert all(m.sector != "MIL" for m in found[0].actor)  # the state speaks, not the troops of the denied clause


@pytest.mark.parametrize("text, expected, wrong", [
    ("Kenya's foreign ministry said on Monday that Somali troops had crossed into Mandera county overnight and "
     "detained three Kenyan police officers, an incursion it described as a grave violation of its sovereignty.",
     ("ACCUSE", ("KEN",), ("SOM",)), "ASSAULT"),
    ("Houthi fighters fired a missile at a Greek tanker, an attack Athens condemned as piracy.",
     ("ACCUSE", ("GRC",), ("YEM",)), None),
])
def test_a_summing_act_noun_is_no_new_event_and_names_the_accused(coder, text, expected, wrong):
    found = dyads(coder, text)
    assert expected in found
    if wrong is not None:
        assert not any(d[0] == wrong for d in found)


@pytest.mark.parametrize("text, wrong", [
    ("Washington, which does not recognise the Taliban, sent food aid to Afghanistan.", "SUPPORT"),
    ("Kosovo, which Serbia does not recognise, expelled two Serbian officials.", "SUPPORT"),
])
def test_a_negated_present_description_is_no_act(coder, text, wrong):
    assert not any(d[0] == wrong for d in dyads(coder, text))


@pytest.mark.parametrize("text", [
    "Only Congress can lift the sanctions on Cuba, the White House said.",
    "Paris refused to comply, saying only the ousted president could expel its envoy.",
])
def test_who_alone_may_act_is_no_act(coder, text):
    assert not any(d[0] in ("CONCEDE", "SANCTION", "THREATEN") for d in dyads(coder, text))


def test_a_modal_act_without_only_stays(coder):
    assert any(d[0] in ("SANCTION", "THREATEN") for d in dyads(coder, "Russia could expel more diplomats, the ministry said."))


@pytest.mark.parametrize("text, expected", [
    ("Russian drones struck a Turkish cargo vessel moored in Izmail, injuring two sailors.",
     [("ASSAULT", ("RUS",), ("TUR",))]),
    ("A Russian missile hit a Ukrainian grain ship docked in the port of Odesa, wounding four crew members, the "
     "navy said.", [("ASSAULT", ("RUS",), ("UKR",))]),
])
def test_a_toll_hung_on_the_objects_participle_folds_into_the_attack(coder, text, expected):
    assert dyads(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bombing by Israeli jets destroyed a bridge in southern Lebanon.", ("ASSAULT", ("ISR",), ("LBN",))),
])
def test_a_gerund_clausal_subject_is_read_as_its_act_noun(coder, text, expected):
    assert expected in dyads(coder, text)


def test_a_label_after_as_is_no_subject_of_the_next_verb(coder):
    events = coder.code("Iran condemned Israel's strikes as a declaration of war on Saturday, accused Washington of "
                        "complicity and launched drones at Israeli cities.", date="2025-06-14")
    accusations = {tuple(sorted({r.code for r in e.recipient if r.code})) for e in events if e.event == "ACCUSE"}
    assert ("USA",) in accusations
