"""event_rule_parties.domestic_recipients: a role recipient with no country of its own takes the actor's."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-05-12"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Cambodian government froze the bank assets of 14 opposition politicians on Friday.",
     ("SANCTION", ("KHM",), ("KHM",))),
    ("Bolivia's interior ministry imposed a travel ban on three opposition leaders on Monday.",
     ("SANCTION", ("BOL",), ("BOL",))),
])
def test_a_state_measure_on_the_opposition_is_domestic(coder, text, dyad):
    # states sanction foreigners, but an opposition is only ever someone's at home
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_sanction_on_uncoded_officials_stays_foreign(coder):
    got = dyads(coder, "Canada imposed sanctions on nine senior officials on Wednesday over the crackdown.")
    assert not any(d[2] == ("CAN",) for d in got if d[0] == "SANCTION"), got
