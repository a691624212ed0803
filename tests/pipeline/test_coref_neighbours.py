"""A party's "neighbour" named by a possessive (tidings.pipeline.coref_neighbours)."""

from __future__ import annotations

from ..conftest import code, entity_codes, find_event


def test_its_neighbour_is_the_other_party_of_the_story(coder):
    events = code(coder, "Sudan recalled its ambassador from Chad on Wednesday and accused Chad of arming rebels. "
                         "Foreign Minister Ali Youssef said Khartoum would file a complaint against its neighbour "
                         "at the U.N. Security Council.", date="2026-01-14")
    acc = [e for e in events if e.event == "ACCUSE" and e.text_info.sequence == 1]
    assert acc and entity_codes(acc[0].recipient) == ("TCD",)


def test_a_named_neighbour_keeps_its_name(coder):
    events = code(coder, "Turkey accused Israel of trying to destabilise its neighbour Syria.", date="2026-07-15")
    acc = find_event(events, "ACCUSE")
    assert entity_codes(acc.recipient) == ("ISR",)


def test_its_neighbour_after_an_unresolved_its_takes_the_clause_subject(coder):
    events = code(coder, "India suspended the Indus Waters Treaty with Pakistan on Thursday. Islamabad closed its "
                         "airspace to Indian airlines. It also suspended trade with its neighbour.", date="2026-04-24")
    sanc = [e for e in events if e.event == "SANCTION" and e.text_info.sequence == 2]
    assert sanc and entity_codes(sanc[0].recipient) == ("IND",)
