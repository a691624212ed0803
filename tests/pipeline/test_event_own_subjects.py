"""Two clauses with their own, different subjects tell two acts even on one pair of codes
(pipeline/event_own_subjects.py); one doer told twice stays one act. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def _dyads(coder, text: str, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text) if e.event == etype]


@pytest.mark.parametrize("text", [
    "Ethiopian federal forces shelled positions held by Fano militiamen near Debre Markos overnight, and the militia "
    "hit back by ambushing an army convoy on the road to Bahir Dar, a regional health official said.",
    "Myanmar's junta bombed a monastery in Sagaing region where displaced villagers were sheltering, and the rebels "
    "hit back by overrunning two army outposts near the town of Kawlin, local media reported.",
    "Nigerian troops bombed a bandit camp in the Rugu forest of Katsina state on Monday, and the gunmen retaliated by "
    "ambushing a police patrol near the town of Safana, the state police command said.",
    # (a number of people as the subject: "dozens of settlers" act)
    "Israeli troops shot dead two Palestinian teenagers in the Jenin camp on Friday, a day after dozens of settlers "
    "set fire to a mosque and several cars in the village of Deir Istiya, the Palestinian health ministry said.",
])
def test_another_doers_clause_is_a_second_act(coder, text):
    assert len(_dyads(coder, text, "ASSAULT")) == 2


@pytest.mark.parametrize(("text", "etype"), [
    ("Arakan Army fighters shelled junta positions near Kyaukphyu on Thursday as the rebel group pressed an offensive "
     "toward the Chinese-backed deep-sea port, residents said.", "ASSAULT"),
    ("A court in Izmir ordered the arrest of the city's opposition mayor on Wednesday, and police detained 14 "
     "municipal officials in dawn raids, the state news agency reported.", "COERCE"),
])
def test_one_side_told_twice_stays_one_act(coder, text, etype):
    # (two doers of one side: the rebels and "the rebel group"; a court and the police)
    assert len(_dyads(coder, text, etype)) == 1


@pytest.mark.parametrize("text", [
    "Malian troops killed a senior commander of the Islamic State in the Sahel near Menaka last week, and the "
    "jihadist group retaliated by attacking a convoy of fuel trucks on the road from Gao, a security source said.",
    "Iraqi forces killed two Islamic State commanders in an air strike in Anbar province on Monday, and the militants "
    "responded by bombing an army checkpoint near Rutba, security officials said.",
])
def test_the_answering_group_is_the_targeted_party(coder, text):
    # ("the jihadist group", "the militants": the armed party the first act targeted, not the scene's country)
    assert ("IMG",) in [actor for actor, _ in _dyads(coder, text, "ASSAULT")]


@pytest.mark.parametrize("text", [
    "Pakistani security forces killed nine militants who had ambushed a police convoy in Khyber Pakhtunkhwa a week "
    "earlier, the military's media wing said on Sunday.",
    "Mexican marines killed a cartel gunman who had opened fire on a patrol in Culiacan, as fighting between rival "
    "factions of the Sinaloa cartel entered its fourth month.",
    # (one sector for both: a commander is no soldier he was shot by)
    "Colombian soldiers shot dead a FARC dissident commander who had bombed a police station in Cauca last year, "
    "the defence minister said in a post on X.",
    # (the second verb of the relative clause: the same antecedent's act)
    "Nigerian troops killed dozens of bandits who had raided three villages in Zamfara state and abducted more than "
    "50 women, a military spokesman said on Tuesday.",
])
def test_the_patients_relative_clause_is_a_second_act(coder, text):
    # (the relative clause's antecedent, whom the main act was done to, does its act)
    assert len(_dyads(coder, text, "ASSAULT")) == 2


def test_the_doers_relative_clause_on_itself_stays_one_act(coder):
    text = ("Sudanese paramilitaries, who had shelled the city for weeks, stormed the last army base in El Fasher on "
            "Sunday, witnesses said.")
    assert len(_dyads(coder, text, "ASSAULT")) == 1
