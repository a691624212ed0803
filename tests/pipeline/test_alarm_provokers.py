"""alarm_provokers.py: a force's alert or move answers the party whose own military move set it off."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    # a time clause on the alert ("as", "after") whose verb moves a force or holds drills
    ("Taiwan put its navy and coastal missile units on heightened alert on Thursday as Chinese destroyers and "
     "amphibious ships gathered off the island's southwestern coast, the defence ministry said.",
     ("MOBILIZE", ("TWN",), ("CHN",))),
    ("Greece put its air force and navy on alert on Tuesday as a Turkish survey vessel escorted by warships sailed "
     "into waters south of the island of Kastellorizo, a government spokesman said.", ("MOBILIZE", ("GRC",), ("TUR",))),
    ("Guyana put its defence force on alert on Thursday after Venezuela stationed hundreds of soldiers on an island "
     "in the Cuyuni river, the foreign ministry said.", ("MOBILIZE", ("GUY",), ("VEN",))),
    ("Taiwan scrambled fighter jets and put its coastal missile batteries on standby on Tuesday as Chinese warships "
     "held live-fire drills east of the island.", ("MOBILIZE", ("TWN",), ("CHN",))),
    # the clause or the move noun that prompted the alert
    ("A Chinese aircraft carrier group sailed between the Japanese islands of Miyako and Okinawa on Saturday, "
     "prompting Tokyo to scramble fighter jets, the defence ministry said.", ("MOBILIZE", ("JPN",), ("CHN",))),
    ("Russian naval drills in the Gulf of Finland prompted Estonia to put its navy on alert, a military spokesman "
     "said on Tuesday.", ("MOBILIZE", ("EST",), ("RUS",))),
    # a move noun after "in response to / following"
    ("Venezuela placed its coastal defences on alert on Saturday in response to the arrival of American destroyers "
     "off its northern coast, the defence minister said.", ("MOBILIZE", ("VEN",), ("USA",))),
    ("Finland reinforced its border guard stations on Friday following a Russian military build-up near the "
     "frontier, the interior ministry said.", ("MOBILIZE", ("FIN",), ("RUS",))),
])
def test_an_alert_answers_the_military_move_that_set_it_off(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a move aimed at a third party, a weapons test or no coded mover: no one
    ("Poland scrambled fighter jets early on Sunday as Russian missiles and drones struck power plants across "
     "western Ukraine, the operational command said.", ("MOBILIZE", ("POL",), ())),
    ("South Korea put its military on heightened alert on Thursday after North Korea test-fired two short-range "
     "ballistic missiles into the sea off its east coast.", ("MOBILIZE", ("KOR",), ())),
    ("Japan put its missile defence units on alert on Friday after a weather balloon was misidentified by radar "
     "operators, the defence ministry said.", ("MOBILIZE", ("JPN",), ())),
])
def test_an_alert_answers_no_one_when_the_move_is_aimed_elsewhere(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # "in response / retaliation / reaction to / for" an act: its owner, nationality adjective or "by" agent
    ("Iran's foreign minister warned on Sunday that Tehran would reconsider its cooperation with inspectors in "
     "response to the American decision to reimpose sanctions on its oil exports.", ("THREATEN", ("IRN",), ("USA",))),
    ("Moscow cancelled a scheduled round of consular talks on Wednesday in reaction to Britain's decision to expel a "
     "Russian defence attache.", ("REJECT", ("RUS",), ("GBR",))),
    ("China's foreign ministry lodged a formal complaint on Monday in response to the Philippine navy's resupply "
     "mission to the grounded warship at Second Thomas Shoal.", ("ACCUSE", ("CHN",), ("PHL",))),
])
def test_a_reaction_answers_the_owner_of_the_act_it_responds_to(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)
