"""Subjects of verbs the parser hangs in the wrong clause. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_participle_on_a_finite_verb_joined_to_an_order_is_the_orderers(coder):
    found = dyads(coder, "Niger's junta ordered television stations on Friday to stop relaying the French broadcaster "
                         "TV5Monde and expelled the French defence attache, accusing Paris of waging a "
                         "disinformation campaign against the Sahel alliance.")
    assert ("SANCTION", ("NER",), ("FRA",)) in found
    assert ("ACCUSE", ("NER",), ("FRA",)) in found


def test_a_report_accusing_soldiers_of_an_act_names_its_doers(coder):
    events = code(coder, "The UN published a report on Tuesday accusing Malian soldiers of executing dozens of "
                         "villagers in the centre of the country.")
    assert any(e.event == "ASSAULT" and entity_codes(e.actor) == ("MLI",) for e in events)


def test_a_time_gerund_after_a_measure_of_time_has_the_main_subject(coder):
    # ("a month after imposing ...": the time preposition hangs on "month"; the main clause's subject imposed them)
    text = ("Ecuador's government lifted a ban on Colombian imports on Monday, a month after imposing tariffs on "
            "Colombian electricity amid a row with Bogota over border security.")
    assert any(e.event == "SANCTION" and entity_codes(e.actor) == ("ECU",) for e in code(coder, text))


def test_a_finite_verb_joined_to_a_decision_infinitive_is_the_main_subjects(coder):
    # ("condemned Seoul's decision to deploy ... and imposed": the parser joins "imposed" to the decided act)
    found = dyads(coder, "North Korea condemned Seoul's decision to deploy a U.S. missile shield and imposed a ban on "
                         "South Korean goods.")
    assert ("ACCUSE", ("PRK",), ("KOR",)) in found, found
    assert not any(e == "SANCTION" and a == ("KOR",) for e, a, _ in found), found
