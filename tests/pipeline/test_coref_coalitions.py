"""A bare "coalition" pointing back to a named military coalition (pipeline/coref_coalitions.py): "Coalition
jets", "the coalition's warplanes", "killed by coalition air strikes, the Saudi-led coalition said" take the code of
the coalition the story names by its leader; a parliamentary coalition, or a story with no named coalition, stays
uncoded. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Saudi-led coalition said on Sunday it had shot down a drone over Jizan.\n\n"
     "Coalition jets later struck Houthi weapons stores near the port of Hodeidah, the coalition said.", "SAU", "YEM"),
    ("The U.S.-led coalition said it had killed an Islamic State financier in eastern Syria.\n\n"
     "The coalition's aircraft also destroyed three Islamic State fuel trucks near Mayadin.", "USA", "IMG"),
    ("Three Houthi fighters were killed by coalition air strikes near Marib on Monday, the Saudi-led coalition said.",
     "SAU", "YEM"),
])
def test_bare_coalition_takes_the_named_coalition(coder, text, actor, recipient):
    assert ("ASSAULT", (actor,), (recipient,)) in dyads(coder, text)


def test_parliamentary_coalition_is_not_the_military_one(coder):
    text = ("The Saudi-led coalition said it had destroyed a Houthi missile launcher.\n\n"
            "In Islamabad, the ruling coalition expelled two lawmakers from its ranks on Tuesday.")
    assert not [d for d in dyads(coder, text) if "SAU" in d[1] and d[0] != "ASSAULT"]


def test_no_named_coalition_no_guess(coder):
    text = "Coalition aircraft struck two bridges near the town of Hajin on Friday."
    assert not [d for d in dyads(coder, text) if d[1]]
