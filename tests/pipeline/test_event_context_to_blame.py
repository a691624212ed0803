""""X said Y was to blame for ..." is an accusation by the speaker of Y (event_context._blame_hit), as "Y was
responsible for" and "Y was behind" are; the one to blame is no accuser."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Serbia's president said Kosovo was to blame for the clashes in the north.", ("ACCUSE", ("SRB",), ("KOS",))),
    ("The Malian junta said Algeria was to blame for the downing of its drone near the border.",
     ("ACCUSE", ("MLI",), ("DZA",))),
    ("Beijing is to blame for rising tensions in the strait, Taiwan's defence minister said on Monday.",
     ("ACCUSE", ("TWN",), ("CHN",))),
])
def test_the_speaker_accuses_the_one_to_blame(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_weather_to_blame_is_no_accusation(coder):
    assert not any(d[0] == "ACCUSE" for d in dyads(coder, "Officials said heavy rain was to blame for the delays."))
