"""A "visiting" word right after a verb describes its object (event_meetings.visiting_guest): in "X told visiting
President Y that ..." Y is the guest who visits X's country, not the other way round."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Indonesian President Prabowo Subianto told visiting Australian Prime Minister Anthony Albanese on Monday that "
     "Jakarta wanted deeper defence ties.", ("CONSULT", ("AUS",), ("IDN",))),
    ("Saudi Crown Prince Mohammed bin Salman assured visiting French President Emmanuel Macron that the kingdom "
     "backed a two-state solution.", ("CONSULT", ("FRA",), ("SAU",))),
])
def test_the_visiting_guest_visits_the_host(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_visiting_delegation_met_is_the_guest(coder):
    found = dyads(coder, "Japanese Prime Minister Shigeru Ishiba met with a visiting delegation of Chinese lawmakers "
                         "in Tokyo on Thursday.")
    assert ("CONSULT", ("CHN",), ("JPN",)) in found
