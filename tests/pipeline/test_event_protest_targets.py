"""A crowd's slogans against a foreign party make that party the protest's target (event_protest_targets.protest_target);
the cause a rally is in solidarity with is no target."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Thousands of Jordanians marched in Amman on Friday, chanting slogans against Israel and the United States.",
     ("PROTEST", ("JOR",), ("ISR", "USA"))),
    ("Hundreds of Malaysians rallied in Kuala Lumpur in solidarity with Gaza, shouting slogans against Israel.",
     ("PROTEST", ("MYS",), ("ISR",))),
])
def test_slogans_against_a_party_name_the_protests_target(coder, text, dyad):
    assert dyad in dyads(coder, text)
