"""The per-sentence dedupe: two verbs on one dyad told at different times are two acts; several verbs of one
act are one record (an entry and the seizure it leads to, a summons and the note handed in it). Sentences written
for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_same_dyad_in_a_time_clause_is_a_second_act(coder):
    found = dyads(coder, "Vietnam lodged a protest with Beijing on Friday, three weeks after Hanoi expelled two Chinese "
                         "diplomats whom it accused of spying.")
    assert found.count(("ACCUSE", ("VNM",), ("CHN",))) == 2
    assert ("SANCTION", ("VNM",), ("CHN",)) in found


def test_entry_verb_and_seizure_are_one_raid(coder):
    found = dyads(coder, "Libyan militiamen stormed and seized the headquarters of the state oil company in Tripoli "
                         "on Thursday.")
    assert [d[0] for d in found] == ["COERCE"]


def test_entry_with_its_own_target_stays_an_attack(coder):
    found = dyads(coder, "Israeli troops stormed the Jenin refugee camp on Monday and seized weapons from a house.")
    assert any(d[0] == "ASSAULT" for d in found)


def test_note_handed_to_the_summoned_envoy_is_the_same_protest(coder):
    found = dyads(coder, "Philippine Foreign Secretary Enrique Manalo summoned China's ambassador on Monday and "
                         "handed him a note of protest.")
    assert found == [("ACCUSE", ("PHL",), ("CHN",))]


def test_summons_and_a_protest_lodged_with_the_government_stay_two(coder):
    found = dyads(coder, "Japan summoned the Chinese ambassador and lodged a formal protest with Beijing over the "
                         "incursion.")
    assert found.count(("ACCUSE", ("JPN",), ("CHN",))) == 2


def test_relative_clause_on_a_party_tells_its_own_earlier_act(coder):
    found = dyads(coder, "China, which sanctioned three U.S. defence firms last month, imposed new sanctions on five "
                         "American drone makers on Friday.")
    assert found.count(("SANCTION", ("CHN",), ("USA",))) == 2


def test_relative_clause_on_a_weapon_restates_the_attack(coder):
    found = dyads(coder, "Russia attacked Ukraine with drones that struck Kyiv.")
    assert found.count(("ASSAULT", ("RUS",), ("UKR",))) == 1


def test_a_contrast_clause_tells_a_second_act_on_the_same_pair(coder):
    found = [(e.event, e.event_text) for e in code(coder, "Sudanese paramilitaries shelled a displacement camp near "
                                                   "El Fasher, killing 40 people, while the army bombed RSF positions "
                                                   "in Omdurman, witnesses said.")]
    assert [t for ev, t in found if ev == "ASSAULT"] == ["shelled", "bombed"]


def test_a_time_clause_after_a_trailing_speech_verb_is_a_second_act(coder):
    found = dyads(coder, "Ethiopian federal forces shelled positions held by Fano militiamen outside Gondar overnight, "
                         "residents said, days after the militia's fighters ambushed an army convoy near Bahir Dar.")
    assert sum(d[0] == "ASSAULT" for d in found) == 2


def test_a_meeting_in_a_time_clause_is_not_the_hosted_talks(coder):
    found = dyads(coder, "Saudi Arabia hosted Russian and American negotiators in Riyadh on Tuesday, a week after "
                         "President Donald Trump spoke with Vladimir Putin by telephone for nearly 90 minutes.")
    assert sum(d[0] == "CONSULT" for d in found) == 2


@pytest.mark.parametrize("text, kept", [
    ("Colombia approved $250 million in budget support for Ecuador on Tuesday, the finance ministry said.", "AID"),
    ("The International Monetary Fund approved a $1.4 billion disbursement in budget support for Sri Lanka on "
     "Friday, saying the economy was recovering.", "AID"),
    ("Saudi Arabia approved $2 billion in financial support for Pakistan on Monday to shore up its reserves.", "AID"),
    ("The European Commission approved 900 million euros of budget support for Moldova on Wednesday.", "AID"),
])
def test_one_trigger_word_is_one_event(coder, text, kept):
    found = [d[0] for d in dyads(coder, text)]
    assert kept in found and "SUPPORT" not in found


def test_a_pardon_and_a_release_on_two_words_stay_two_events(coder):
    found = [d[0] for d in dyads(coder, "Kuwait's emir pardoned and freed 34 political prisoners on Saturday.")]
    assert "CONCEDE" in found and "RETREAT" in found
