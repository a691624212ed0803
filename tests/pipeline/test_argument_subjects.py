"""Subjects the parser hides in a list of acts (argument_subjects.list_lead_subject, read by
arguments.inherited_subject). Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-03-04"))


@pytest.mark.parametrize(("text", "wanted"), [
    # the first member of the list is no event: the parser makes it the second member's reported clause
    ("Iran test-fired a new cruise missile, threatened Israel with retaliation and summoned the German envoy.",
     [("ACCUSE", ("IRN",), ("DEU",)), ("THREATEN", ("IRN",), ("ISR",))]),
    ("Pyongyang launched a spy satellite on Sunday, warned Tokyo of a harsh response and expelled a Polish "
     "diplomat, the ministry in Seoul said.",
     [("SANCTION", ("PRK",), ("POL",))]),
])
def test_later_acts_of_a_list_take_the_first_members_subject(coder, text, wanted):
    found = dyads(coder, text)
    for dyad in wanted:
        assert dyad in found, found


def test_a_clause_followed_by_a_verb_with_its_own_subject_is_no_list(coder):
    # "..., said the ministry": the speech verb has its own (inverted) subject
    found = dyads(coder, "Syria shelled the Turkish border town of Akcakale, said the Turkish defence ministry.")
    assert ("ASSAULT", ("SYR",), ("TUR",)) in found, found


def test_and_after_a_saying_clause_returns_to_the_clause_that_says_it(coder):
    # "..., saying X had fired on its troops, and expelled ...": the sayer expelled, not the ones it blamed
    found = dyads(coder, "Tajikistan shut its border with Kyrgyzstan on Monday, saying Kyrgyz guards had opened fire "
                         "on its villagers, and deported hundreds of Kyrgyz labourers.")
    assert ("COERCE", ("TJK",), ("KGZ",)) in found, found
    assert not any(d[0] == "COERCE" and d[1] == ("KGZ",) for d in found), found


@pytest.mark.parametrize(("text", "wanted"), [
    # "a day after X had accused ...": the parser makes "day" the subject and the parties the object of "after"
    ("Tehran said on Monday it would curb cooperation with inspectors, a day after Britain, France and Germany had "
     "accused Iran of hiding nuclear material at an undeclared site.",
     ("ACCUSE", ("DEU", "FRA", "GBR"), ("IRN",))),
    ("Seoul suspended a military pact on Tuesday, a week after Pyongyang had threatened South Korea with "
     "a nuclear strike over joint drills.",
     ("THREATEN", ("PRK",), ("KOR",))),
])
def test_a_measure_of_time_read_as_subject_gives_way_to_the_party_after_it(coder, text, wanted):
    found = dyads(coder, text)
    assert wanted in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs the passive's "by" agent on the instrument of its "with" phrase
    ("Three Vietnamese fishing boats were sprayed with water cannon by Chinese coast guard ships near the Paracel "
     "Islands on Sunday, Hanoi said.", ("ASSAULT", ("CHN",), ("VNM",))),
    ("Kherson was pounded with artillery by Russian forces overnight, the regional governor said.",
     ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_passive_agent_hung_on_the_with_instrument(coder, text, expected):
    assert expected in dyads(coder, text)
