"""Object relative clauses with no relative word (pipeline/contact_relatives.py, applied with the aside repair before
the stages) and the deal's own making they tell (event_guards.agreement_content). Sentences written for these tests
(not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes
from tidings.pipeline.aside_participles import repair_aside_participles
from tidings.pipeline.contact_relatives import contact_relative_edits


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_the_phrase_before_the_verb_becomes_its_subject(coder):
    doc = coder.parse(["Ethiopia withdrew its troops from two disputed border towns on Sunday under a demarcation "
                       "protocol the two governments signed in Nairobi in June."])[0]
    repair_aside_participles(doc)
    signed = next(t for t in doc if t.text == "signed")
    assert (signed.dep_, signed.head.text) == ("relcl", "protocol")
    assert [c.text for c in signed.children if c.dep_ == "nsubj"] == ["governments"]


@pytest.mark.parametrize(("text", "event", "actors"), [
    ("Kyrgyzstan handed two border villages to Tajikistan on Friday under a demarcation protocol the two "
     "governments signed in Bishkek in March.", "SUPPORT", ("KGZ", "TJK")),
    ("Serbia and Kosovo reopened the Jarinje crossing under a deal the two sides reached in Brussels last month.",
     "AGREE", ("KOS", "SRB")),
])
def test_a_deal_the_parties_made_is_their_act(coder, text, event, actors):
    assert any(d[0] == event and d[1] == actors for d in dyads(coder, text))


@pytest.mark.parametrize("text", [
    "Officials told reporters Moscow had withdrawn its envoy.",
    "Ukraine gave Poland the documents requested by prosecutors.",
    "Manila said Chinese ships had fired water cannon at a Philippine vessel, an incident Beijing's coast guard "
    "blamed on the Philippine crew.",
])
def test_no_edit_without_a_contact_relative(coder, text):
    doc = coder.parse([text])[0]
    assert [e for s in doc.sents for e in contact_relative_edits(s)] == []
