"""The place of the thing a hostile act hits names its target (event_targets.at_place): an "at" phrase the parser hangs
on the object ("hit fuel depots at Syrian air bases") counts as one hung on the verb does."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russian missiles hit container terminals at Ukrainian ports on the Black Sea overnight, the navy said.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("Israeli aircraft destroyed hangars at Syrian air bases near Homs on Thursday, a monitoring group said.",
     ("ASSAULT", ("ISR",), ("SYR",))),
])
def test_an_at_place_on_the_object_names_the_target(coder, text, dyad):
    assert dyad in dyads(coder, text)
