"""A comma-set time clause the parser hangs inside a threat's condition tells an act of its own
(base.set_off_time_clause, read by event_retype.conditional_threats and event_guards' condition content).
Sentences are our own."""

from __future__ import annotations


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


def test_time_clause_after_a_condition_keeps_its_own_act(coder):
    found = dyads(coder, "Moscow said Russia would resume air strikes on Ukrainian ports unless Kyiv stopped its "
                         "attacks on Russian tankers, hours after Ukrainian sea drones hit an oil terminal in "
                         "Russia's Novorossiysk.")
    assert ("THREATEN", ("RUS",), ("UKR",)) in found, found
    assert ("ASSAULT", ("UKR",), ("RUS",)) in found, found


def test_the_condition_itself_stays_no_event(coder):
    found = dyads(coder, "Moscow said Russia would resume air strikes on Ukrainian ports unless Kyiv stopped its "
                         "attacks on Russian tankers, hours after Ukrainian sea drones hit an oil terminal in "
                         "Russia's Novorossiysk.")
    assert not any(d[0] in ("RETREAT", "CONCEDE") for d in found), found


def test_time_clause_without_a_comma_stays_inside_the_condition(coder):
    found = dyads(coder, "Hezbollah will fire rockets at Haifa if Israel strikes Beirut after the talks collapse, "
                         "its leader said.")
    assert not any(d[0] == "ASSAULT" and d[1] == ("ISR",) for d in found), found
