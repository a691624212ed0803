"""Story references added in round 10 (stories): a request for the release of captives the story told
of goes to their captor ("demanded their release"); a condemned act named by a definite noun ("the
arrests") is the act the story told, not the denouncer's own country; a noun and the verb that told
the act are one act ("invited ... accepted the invitation"); a sitting office holder's name under
another title is a namesake ("Defence Minister Pedro Sanchez" in a Bogota story)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


def _events(coder, text, etype, date="2025-06-01"):
    return [e for e in code(coder, text, date=date) if e.event == etype]


@pytest.mark.parametrize("text, captor", [
    ("LAGOS, March 3 (Reuters) - Gunmen abducted 24 Chinese mine workers in Nigeria's Niger state on Monday. "
     "China's embassy demanded their immediate release.", ("NGA",)),
    ("BAMAKO, Sept 4 (Reuters) - Mali's junta arrested a French national it accused of working for French "
     "intelligence. Paris, which has denied the accusation, demanded his release on Friday.", ("MLI",)),
    ("CARACAS, Jan 5 (Reuters) - Venezuelan authorities detained five Colombian truck drivers at the San Antonio "
     "crossing after a dispute over permits, officials said. Two days later, Bogota's foreign ministry urged the "
     "immediate release of the drivers.", ("VEN",)),
    ("MANILA, Jan 9 (AP) - Houthi fighters seized a cargo ship in the Red Sea and took its 17 Filipino crew "
     "members hostage. The Philippine foreign ministry called for the release of the sailors on Tuesday.", ("YEM",)),
])
def test_release_demand_goes_to_the_captor_the_story_named(coder, text, captor):
    req = _events(coder, text, "REQUEST")
    assert req and entity_codes(req[-1].recipient) == captor


def test_release_demand_without_a_told_capture_keeps_no_captor(coder):
    req = _events(coder, "GENEVA, Aug 1 (Reuters) - The U.N. human rights office demanded the release of all "
                         "political prisoners in Belarus on Friday, saying more than 1,100 people remained behind bars.",
                  "REQUEST")
    assert req and "UNO" not in entity_codes(req[0].recipient)


@pytest.mark.parametrize("text, doer", [
    ("MINSK, March 9 (AP) - Belarusian security forces arrested three Lithuanian citizens near the border, Minsk "
     "said. Lithuania's foreign ministry denounced the arrests as a provocation on Wednesday.", ("BLR",)),
    ("PHNOM PENH, Feb 14 (Reuters) - Thai soldiers detained 18 Cambodian troops after a clash at the border. In a "
     "statement on Friday, Cambodia condemned the arrests, calling them a violation of the ceasefire.", ("THA",)),
])
def test_condemned_definite_act_is_the_act_the_story_told(coder, text, doer):
    acc = [e for e in _events(coder, text, "ACCUSE") if e.event_text in ("denounced", "condemned")]
    assert acc and entity_codes(acc[0].recipient) == doer


def test_party_condemning_its_own_state_s_arrests_keeps_the_home_country(coder):
    acc = _events(coder, "ISTANBUL, July 7 (Reuters) - Turkish police detained 40 protesters in Istanbul on Sunday. "
                         "The main opposition party condemned the arrests.", "ACCUSE")
    assert acc and entity_codes(acc[0].recipient) == ("TUR",)


def test_accepted_invitation_goes_to_the_inviter_not_the_latest_request(coder):
    text = ("TASHKENT, Aug 14 (Reuters) - Uzbek President Shavkat Mirziyoyev spoke to Kyrgyz President Sadyr Japarov "
            "by telephone and invited him to Tashkent for talks. The European Union urged the two governments to "
            "resolve the dispute through dialogue. Japarov accepted the invitation on Friday, his spokeswoman said.")
    agree = [e for e in _events(coder, text, "AGREE", "2025-08-14") if e.event_text == "accepted"]
    assert agree and entity_codes(agree[0].recipient) == ("UZB",)


def test_sitting_holder_s_name_under_another_title_is_a_namesake(coder):
    text = ("BOGOTA, Aug 20 (Reuters) - Colombian troops killed six ELN fighters in Arauca. Defence Minister Pedro "
            "Sanchez said the army would send 2,000 more soldiers to the province.")
    evs = code(coder, text, date="2025-08-20")
    assert not any("ESP" in entity_codes(e.actor) for e in evs)
    req = _events(coder, "MADRID, Aug 20 (Reuters) - Prime Minister Pedro Sanchez urged Israel to halt its offensive "
                         "in Gaza on Tuesday.", "REQUEST", "2025-08-20")
    assert entity_codes(req[0].actor) == ("ESP",)


def test_central_asian_and_west_african_towns_are_their_countries(coder):
    text = ("TASHKENT, Aug 14 (Reuters) - Hundreds of farmers blocked a highway near the Kyrgyz border in Andijan "
            "region on Wednesday to demand that the government secure water for their fields.")
    protest = _events(coder, text, "PROTEST", "2025-08-14")
    assert protest and entity_codes(protest[0].actor) == ("UZB",)


@pytest.mark.parametrize("text, etype, parties", [
    ("ALMATY, Aug 14 (Reuters) - Uzbekistan accused Kyrgyzstan of cutting water supplies from the Toktogul "
     "reservoir. Kazakhstan offered on Thursday to mediate between its two neighbours.", "AGREE", ("KGZ", "UZB")),
    ("CAIRO, Nov 1 (Reuters) - Sudan and South Sudan traded accusations over an oil pipeline attack on Sunday. "
     "Ethiopia, which borders both, urged its two neighbours to show restraint.", "REQUEST", ("SDN", "SSD")),
    ("SANTIAGO, May 2 (Reuters) - Bolivia and Peru closed border crossings after clashes between smugglers and "
     "police. Chile urged its two northern neighbours to reopen the crossings on Friday.", "REQUEST", ("BOL", "PER")),
])
def test_possessed_pair_is_the_pair_named_without_the_possessor(coder, text, etype, parties):
    ev = [e for e in _events(coder, text, etype) if e.event_text in ("offered", "urged")]
    assert ev and entity_codes(ev[0].recipient) == parties


def test_both_sides_of_an_institution_is_no_pair(coder):
    text = ("NAIROBI, June 9 (Reuters) - Kenya sent police officers to Haiti last year. Both sides of Kenya's "
            "parliament criticised the cost of the mission on Tuesday.")
    acc = _events(coder, text, "ACCUSE")
    assert acc and "HTI" not in entity_codes(acc[0].actor)


def test_the_country_in_a_relative_clause_is_the_relative_s_person(coder):
    text = ("BOGOTA, Aug 20 (Reuters) - Cuba and Norway urged both sides to free all hostages. Petro, who took office "
            "in 2022 promising \"total peace\" with the country's armed groups, has broken off talks with several "
            "factions.")
    assert not any("NOR" in entity_codes(e.recipient) for e in code(coder, text, date="2025-08-20"))


def test_condemned_incident_is_the_story_s_latest_hostile_act(coder):
    text = ("MANILA, Dec 4 (Reuters) - A Chinese coast guard ship fired water cannon at a Philippine supply boat near "
            "Second Thomas Shoal on Wednesday. Japan and Australia condemned the incident.")
    acc = _events(coder, text, "ACCUSE", "2024-12-04")
    assert acc and entity_codes(acc[0].recipient) == ("CHN",)


def test_warning_against_any_further_attacks_is_aimed_at_the_attacker(coder):
    text = ("DUBAI, Nov 3 (Reuters) - Yemen's Houthis fired two missiles at a Greek-owned tanker in the Red Sea on "
            "Monday. Greece condemned the attack and warned that any further attacks would be met with force.")
    thr = _events(coder, text, "THREATEN", "2025-11-03")
    assert thr and entity_codes(thr[0].recipient) == ("YEM",)


def test_incident_with_no_hostile_act_told_names_no_one(coder):
    text = ("TOKYO, Jan 9 (Reuters) - A fire broke out at a chemical plant in Osaka on Monday. Britain condemned the "
            "incident in a statement on Friday.")
    assert all(not e.recipient or "GBR" in entity_codes(e.actor) and not entity_codes(e.recipient)
               for e in code(coder, text, date="2025-01-09"))


@pytest.mark.parametrize("text, crowd", [
    ("TASHKENT, Aug 14 (Reuters) - Hundreds of farmers blocked a highway near the Kyrgyz border in Andijan region on "
     "Wednesday. Police detained about 20 of them.", ("UZB",)),
    ("NAIROBI, June 25 (Reuters) - Thousands of young Kenyans marched in Nairobi on Tuesday to protest against a "
     "finance bill. Police fired tear gas at them and arrested dozens.", ("KEN",)),
])
def test_police_acting_on_them_act_on_the_crowd_the_story_named(coder, text, crowd):
    acts = [e for e in code(coder, text, date="2025-06-25") if e.event in ("COERCE", "ASSAULT")]
    assert acts and entity_codes(acts[0].recipient) == crowd


@pytest.mark.parametrize("text, actor", [
    ("PORT MORESBY, Oct 9 (Reuters) - Marape accused Canberra of delaying aid payments on Thursday.", ("PNG",)),
    ("COTONOU, April 15 (Reuters) - Talon accused Niger of blocking oil exports on Wednesday.", ("BEN",)),
    ("BANJUL, April 15 (Reuters) - Barrow accused Senegal of harbouring coup plotters on Wednesday.", ("GMB",)),
    ("DAKAR, May 2 (Reuters) - MFDC rebels attacked an army post in Casamance on Tuesday.", ("SEN",)),
])
def test_leaders_and_groups_named_without_a_title(coder, text, actor):
    evs = [e for e in code(coder, text, date="2026-04-15") if e.event in ("ACCUSE", "ASSAULT")]
    assert evs and entity_codes(evs[0].actor) == actor


@pytest.mark.parametrize("text, etype, parties", [
    ("RIYADH, Feb 1 (Reuters) - Saudi Arabia offered on Sunday to host talks between the two governments, a day "
     "after Sudan and South Sudan exchanged accusations over the Heglig oil field.", "AGREE", ("SDN", "SSD")),
    ("PHNOM PENH, July 25 (Reuters) - Cambodia accused Thailand of using cluster munitions. Malaysia, which chairs "
     "ASEAN, said the two neighbours had agreed to observe a truce from midnight.", "CONCEDE", ("KHM", "THA")),
])
def test_country_pair_is_never_an_organisation_and_may_come_later_in_the_sentence(coder, text, etype, parties):
    evs = [e for e in code(coder, text, date="2025-07-25") if e.event_text in ("offered", "agreed")]
    assert evs
    ev = evs[0]
    assert entity_codes(ev.recipient if ev.event_text == "offered" else ev.actor) == parties


def test_the_two_koreas_are_both_koreas(coder):
    agree = _events(coder, "SEOUL, Jan 9 (Reuters) - The two Koreas agreed to restore a military hotline on Friday.",
                    "AGREE", "2026-01-09")
    assert agree and entity_codes(agree[0].actor) == ("KOR", "PRK")


def test_hyphenated_ing_description_is_a_country_description(coder):
    text = ("TAIPEI, Jan 9 (Reuters) - Taiwan's president visited the United States last week. On Monday China held "
            "live-fire drills around the self-governing island.")
    mob = _events(coder, text, "MOBILIZE", "2026-01-09")
    assert mob and entity_codes(mob[0].recipient) == ("TWN",)


def test_a_demand_for_the_seized_vessel_s_release_goes_to_the_seizer(coder):
    text = ("Iran seized a Marshall Islands-flagged tanker in the Gulf of Oman on Thursday. "
            "Washington condemned the seizure and demanded the vessel's immediate release.")
    req = _events(coder, text, "REQUEST", "2026-03-01")
    assert req and entity_codes(req[0].recipient) == ("IRN",)
