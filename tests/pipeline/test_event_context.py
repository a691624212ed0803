"""Context the events stage reads around a trigger: the issuer of a decree or law whose participle names the act.
Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Nicaraguan government issued a decree on Tuesday expelling the Spanish ambassador.",
     ("SANCTION", ("NIC",), ("ESP",))),
    ("Kyrgyzstan's parliament passed a law banning the Russian broadcaster.", ("COERCE", ("KGZ",), ("RUS",))),
])
def test_act_a_decree_or_law_orders_is_its_issuers(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_law_that_only_exists_does_nothing(coder):
    assert dyads(coder, "The law bans foreign-funded groups from election monitoring.") == []


def test_ordered_seizure_of_a_mine_is_the_orderers_coercion(coder):
    found = dyads(coder, "Mali's military government ordered the seizure of the Loulo-Gounkoto gold mine run by "
                         "Canada's Barrick Gold on Tuesday.")
    assert [d[:2] for d in found] == [("COERCE", ("MLI",))]


def test_a_when_clause_shares_the_main_clauses_scene(coder):
    events = code(coder, "At least 12 people were killed in Kenya's capital on Tuesday when police opened fire on "
                         "demonstrators outside parliament, a rights group said.")
    assert any(e.event == "ASSAULT" and entity_codes(e.actor) == ("KEN",) for e in events)


@pytest.mark.parametrize("text", [
    "Peru is expected to accuse Chile of smuggling arms to Bolivian rebels at the OAS next week.",
    "Peru could accuse Chile of smuggling arms to Bolivian rebels.",
])
def test_accusation_still_to_come_alleges_no_act_yet(coder, text):
    assert [e.event for e in code(coder, text, date="2026-11-20")] == ["ACCUSE"]


def test_what_an_unadopted_statement_would_have_condemned_still_happened(coder):
    found = dyads(coder, "Poland blocked a declaration that would have condemned Belarus's crackdown on journalists.")
    assert any(d[0] == "COERCE" for d in found)


@pytest.mark.parametrize("text", [
    "A court in Moscow ordered the arrest in absentia of an exiled Estonian historian on Wednesday.",
    "A Minsk court arrested in absentia a Lithuanian-based opposition blogger on Thursday, the court said.",
])
def test_an_arrest_in_absentia_is_a_threat_of_arrest(coder, text):
    found = [(e.event, e.mode) for e in code(coder, text)]
    assert ("THREATEN", "arrest") in found and ("COERCE", "arrest") not in found, found


def test_an_act_noun_read_as_a_second_subject_leaves_the_verbs_own_subject(coder):
    # the parser makes "airstrikes" (with its own "killed" clause) and "Hezbollah" both subjects of "fired"
    events = code(coder, "Israeli airstrikes killed at least nine people in eastern Lebanon on Tuesday, the Lebanese "
                         "health ministry said, a day after Hezbollah fired a barrage of rockets at the northern "
                         "Israeli city of Safed.", date="2025-03-11")
    dyads = {(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events}
    assert ("ASSAULT", ("LBN",), ("ISR",)) in dyads, dyads
    assert ("ASSAULT", ("ISR",), ("LBN",)) in dyads, dyads


@pytest.mark.parametrize(("text", "dyad"), [
    ("Rights investigators said Ethiopian forces had committed atrocities in western Tigray.",
     ("ACCUSE", (), ("ETH",))),
    ("Kabul's envoy said Pakistan was sponsoring terrorism in Kunar, in a speech to the U.N.",
     ("ACCUSE", ("AFG",), ("PAK",))),
])
def test_a_party_said_to_commit_a_crime_is_accused(coder, text, dyad):
    found = [d for d in dyads(coder, text) if d[0] == "ACCUSE"]
    assert found and found[0][2] == dyad[2] and (not dyad[1] or found[0][1] == dyad[1])


@pytest.mark.parametrize("text", [
    "The finance minister said Norway had committed 200 million crowns to the fund.",
    "Police said a local man had committed the robbery alone.",
])
def test_a_commitment_or_a_crime_with_no_party_accuses_no_one(coder, text):
    assert "ACCUSE" not in [d[0] for d in dyads(coder, text)]
