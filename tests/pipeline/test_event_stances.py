"""Stance acts whose target the parse hides (event_stances.py, event_labels.py, round 12): a label on a judged
act ('called the U.S. strikes on boats murder'), the party a diplomatic protest is made to, a summons by
'called in' and its purpose, the agent of an attempt a retyped threat would crush, the payer a vow names, and
'called on X' after a denial."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize("text", [
    "Colombian President Gustavo Petro called the U.S. military strikes on suspected drug-smuggling boats murder on "
    "Saturday.",
    "Petro called the U.S. strikes on drug boats murder on Saturday.",
    "Petro called the American strikes on boats murder.",
    "Petro recalled his ambassador from Washington on Monday, calling U.S. strikes on boats in the Caribbean murder.",
])
def test_label_on_a_judged_act_accuses_its_owner(coder, text):
    found = dyads(coder, text)
    assert ("ACCUSE", ("COL",), ("USA",)) in found, found
    assert not any(d[0] in ("PROTEST", "REQUEST") for d in found), found


def test_a_labour_strike_called_stays_a_strike(coder):
    found = dyads(coder, "Kenyan teachers called a strike against the pension reform.")
    assert any(d[0] == "PROTEST" for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Manila protested to China on Wednesday over what it called the reckless manoeuvres of a Chinese navy "
     "helicopter.", ("ACCUSE", ("PHL",), ("CHN",))),
    ("Seoul complained to Tokyo about the new history textbook.", ("ACCUSE", ("KOR",), ("JPN",))),
])
def test_diplomatic_protest_addressed_to_a_party(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_called_in_envoy_is_one_accuse(coder):
    found = dyads(coder, "Norway called in Russia's ambassador on Tuesday to protest the detention of a Norwegian "
                         "trawler.")
    assert [d for d in found if d[0] == "ACCUSE"] == [("ACCUSE", ("NOR",), ("RUS",))], found


CASES_STANCE_CODES_ITS_DYAD = [
    pytest.param(
        "China's defence ministry said the army would crush any attempt by Taipei to seek formal "
        "independence.",
        "THREATEN", "CHN", "TWN", id="threat_to_crush_an_attempt_targets_its_agent"),
    pytest.param(
        "Khamenei vowed on Tuesday that Israel would pay a heavy price for the killing of the commander.",
        "THREATEN", "IRN", "ISR", id="vow_that_a_party_will_pay_threatens_it"),
    pytest.param(
        "Russia's defence ministry denied on Monday that its missiles had hit an apartment block in "
        "Kharkiv, and called on Kyiv to stop placing air-defence batteries in residential "
        "neighbourhoods.",
        "REQUEST", "RUS", "UKR", id="call_on_after_a_denial_keeps_its_addressee"),
    pytest.param(
        "Moscow called the EU sanctions on Russian banks illegal.", "ACCUSE", "RUS", "EUR",
        id="adjective_label_read_as_the_target_noun"),
    pytest.param(
        "China's foreign ministry branded the Philippine president's remarks irresponsible.",
        "ACCUSE", "CHN", "PHL", id="label_whose_subject_is_the_judged_thing"),
    pytest.param(
        "Iran warned on Monday that the United States would regret any attack on its nuclear sites.",
        "THREATEN", "IRN", "USA", id="warning_that_a_party_would_regret_threatens_it"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_STANCE_CODES_ITS_DYAD)
def test_stance_codes_its_dyad(coder, text, event, actor, recipient):
    found = dyads(coder, text)
    assert (event, (actor,), (recipient,)) in found, found


def test_threat_against_an_attempt_owned_by_a_demonym(coder):
    found = dyads(coder, "Taiwan's defence ministry said it would repel any Chinese attempt to seize its outlying "
                         "islands.")
    assert ("THREATEN", ("TWN",), ("CHN",)) in found, found
    assert not any(d[0] == "COERCE" for d in found), found  # what the attempt would do is not done


def test_regret_over_a_partys_claims_is_disapproval(coder):
    found = dyads(coder, "Seoul's foreign ministry expressed strong regret over Tokyo's claims to the islands.")
    assert ("ACCUSE", ("KOR",), ("JPN",)) in found, found
    assert not any(d[0] == "CONCEDE" for d in found), found


def test_toll_under_a_relative_report_folds_into_the_condemned_strike(coder):
    found = dyads(coder, "South Africa condemned the Israeli air strike on a school in Gaza City, which Palestinian "
                         "health officials said killed at least 22 people.")
    assert [d for d in found if d[0] == "ASSAULT"] == [("ASSAULT", ("ISR",), ("PSE",))], found


def test_hitting_back_at_a_threat_is_verbal(coder):
    found = dyads(coder, "Nigeria hit back at Trump's threat to send troops into the country.")
    assert ("ACCUSE", ("NGA",), ("USA",)) in found, found
    assert not any(d[0] == "ASSAULT" for d in found), found


@pytest.mark.parametrize("text", [
    "Egypt welcomed the ceasefire between Israel and Iran on Tuesday and called on both sides to show restraint.",
    "Saudi Arabia hailed the ceasefire agreement between Israel and Iran.",
])
def test_welcomed_truce_supports_both_sides(coder, text):
    found = dyads(coder, text)
    assert any(d[0] == "SUPPORT" and d[2] == ("IRN", "ISR") for d in found), found


@pytest.mark.parametrize("text, dyad", [
    ("Turkey's main opposition leader Ozgur Ozel called the arrest of Istanbul Mayor Ekrem Imamoglu an attack on "
     "democracy on Monday.", ("ACCUSE", ("TUR",), ("TUR",))),
    ("The board of the U.N. nuclear watchdog passed a resolution on Thursday declaring Iran in breach of its "
     "non-proliferation obligations.", ("ACCUSE", ("UNO",), ("IRN",))),
    ("The board of the U.N. nuclear watchdog found Iran in breach of its safeguards obligations on Thursday.",
     ("ACCUSE", ("UNO",), ("IRN",))),
])
def test_a_label_or_finding_of_breach_accuses(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize("text, dyad", [
    ("Hamas called off the attack on the border post after Egyptian mediation.", ("RETREAT", ("PSE",), ())),
    ("Iran called for an attack on Israeli shipping in the Red Sea.", ("REQUEST", ("IRN",), ("ISR",))),
])
def test_an_attack_called_off_or_for_is_no_label(coder, text, dyad):
    found = dyads(coder, text)
    assert found == [dyad], found


@pytest.mark.parametrize("text", [
    "Kenya will reopen its embassy in Mogadishu, said a Kenyan official, who asked not to be named.",
    "Kenyan President William Ruto praised Greece on Tuesday, a senior Kenyan official who asked not to be "
    "identified said.",
    "Kenya will reopen its embassy in Mogadishu, a Kenyan diplomat who asked to remain anonymous said.",
])
def test_source_asking_to_stay_unnamed_requests_nothing(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "REQUEST"], dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenya asked Greece not to name its officials in the report.", ("REQUEST", ("KEN",), ("GRC",))),
    ("Ukraine asked to be admitted to NATO on Friday.", ("REQUEST", ("UKR",), ())),
])
def test_asking_a_party_or_to_be_admitted_stays_a_request(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Latvia summoned Russia's charge d'affaires on Friday to demand an explanation for a drone that crashed near "
    "Rezekne.",
    "Norway called in the Iranian ambassador to seek clarification over threats against a Norwegian journalist.",
])
def test_a_summons_to_ask_for_an_explanation_is_one_accuse(coder, text):
    assert [d[0] for d in dyads(coder, text)] == ["ACCUSE"]
