"""Candidate guards of event_embedded: a travel verb with people as its object carries them, but a host's
person object is the guest of a visit. Sentences are our own."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2025-06-18")]


def test_a_participle_hosting_a_guest_is_a_visit(coder):
    found = dyads(coder, "Chinese President Xi Jinping praised Brazil's president Luiz Inacio Lula da Silva on Tuesday "
                         "for backing multilateral trade, hosting him for a state banquet in Beijing.")
    assert ("SUPPORT", ("CHN",), ("BRA",)) in found, found
    assert any(d[0] == "CONSULT" and set(d[1] + d[2]) == {"BRA", "CHN"} for d in found), found


def test_people_flown_somewhere_are_carried_not_visiting(coder):
    found = dyads(coder, "The United States deported 90 Venezuelan migrants and flew them to Caracas on Friday.")
    assert not any(d[0] == "CONSULT" for d in found), found


def test_a_host_of_them_hosts_their_meeting_not_a_visit_to_him(coder):
    # "hosted them for talks": the two leaders' meeting, not a visit of both to the host
    found = dyads(coder, "The Armenian and Azerbaijani leaders last met in Abu Dhabi in July, when the UAE president "
                         "hosted them for talks.")
    assert not any(d[0] == "CONSULT" and d[2] == ("ARE",) for d in found), found
