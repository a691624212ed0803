"""A comma-set-off judgement participle after a requested, vowed or purposed clause is the asker's own act
(pipeline/event_comments.py, read by event_guards' content filters). Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Somalia's government demanded on Monday that Kenya hand back two detained lawmakers, accusing Nairobi of "
     "meddling in the politics of Jubaland state.", "SOM", "KEN"),
    ("Pakistan vowed on Friday to crush any incursion across the Durand Line, denouncing the Taliban "
     "administration for sheltering militants who attack its border posts.", "PAK", "AFG"),
    ("Cyprus urged Turkey on Tuesday to withdraw its drilling ship from the island's economic zone, condemning "
     "the survey as a breach of international law.", "CYP", "TUR"),
])
def test_a_comment_participle_on_the_content_is_the_askers(coder, text, accuser, accused):
    accusations = [(entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text) if e.event == "ACCUSE"]
    assert ((accuser,), (accused,)) in accusations


def test_a_consequence_participle_stays_content(coder):
    events = code(coder, "Qatar urged Israel on Sunday to reopen the Kerem Shalom crossing, allowing fuel and food "
                         "convoys to reach hospitals in Gaza.")
    assert [e.event for e in events] == ["REQUEST"]
