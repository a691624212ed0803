"""A state's ally named by relation (tidings.pipeline.coref_allies)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event


@pytest.mark.parametrize(("text", "actor", "ally"), [
    ("North Korean artillery shelled a South Korean border island on Tuesday, wounding two marines.\n\n"
     "Washington condemned the shelling and said it stood ready to defend its ally.", "USA", "KOR"),
    ("Azerbaijani troops seized two villages inside Armenia's Syunik province overnight, Armenian officials said.\n\n"
     "France summoned Azerbaijan's ambassador and pledged to support its partner in the region.", "FRA", "ARM"),
    ("Venezuelan troops massed near the Essequibo border on Monday, according to Guyanese officials.\n\n"
     "Britain sent a warship to the Guyanese coast and vowed to stand by its Commonwealth ally.", "GBR", "GUY"),
])
def test_its_ally_is_the_party_the_previous_act_was_done_to(coder, text, actor, ally):
    ev = find_event(code(coder, text, date="2025-04-08"), "AGREE")
    assert entity_codes(ev.actor) == (actor,) and entity_codes(ev.recipient) == (ally,)


@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("Russian drones crossed into Polish airspace overnight.\n\nNATO Secretary General Mark Rutte said allies stood "
     "in full solidarity with Poland.", "SUPPORT", "POL"),
    ("NATO jets intercepted Russian bombers over the Baltic Sea on Tuesday.\n\nAllies condemned the incursion as "
     "reckless and urged Moscow to halt such flights.", "REQUEST", "RUS"),
    ("NATO defence ministers met in Brussels on Thursday.\n\nAllies agreed to send more air defence systems to "
     "Ukraine.", "AGREE", "UKR"),
])
def test_bare_allies_after_the_alliance_are_the_alliance(coder, text, etype, recipient):
    ev = find_event(code(coder, text, date="2025-09-20"), etype)
    assert entity_codes(ev.actor) == ("IGO",) and entity_codes(ev.recipient) == (recipient,)


def test_allies_with_an_owner_are_not_the_alliance(coder):
    events = code(coder, "NATO jets intercepted Russian bombers over the Baltic Sea.\n\nUkraine's allies pledged to "
                         "send more air defence systems to Kyiv.", date="2025-09-20")
    assert not any(e.event == "AGREE" and entity_codes(e.actor) == ("IGO",) for e in events)


@pytest.mark.parametrize("text", [
    # the attacker is the previous subject's modifier ("Chinese coast guard" on "ships")
    "MANILA, June 17 (AP) - Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough "
    "Shoal.\n\nThe United States said it stood firmly with its treaty ally.",
    # the ally is named only in a relative clause, the background
    "MANILA, June 17 (AP) - Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough "
    "Shoal.\n\nWashington, which is bound by a 1951 mutual defence treaty with Manila, said it stood with its ally.",
])
def test_standing_with_its_ally_after_an_attack_names_the_attacked(coder, text):
    ev = find_event(code(coder, text, date="2025-06-17"), "SUPPORT")
    assert entity_codes(ev.actor) == ("USA",) and entity_codes(ev.recipient) == ("PHL",)
