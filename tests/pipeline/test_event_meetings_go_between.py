"""A go-between's meeting is the parties' meeting (manual, CONSULT third-party): talks a mediator convened,
facilitated or brokered between two sides, and sides a mediator 'brought to the same table', meet as actors, the
mediator in no role; two sides of one country count as two parties; a mediator's venue makes no visit."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

GO_BETWEENS = [
    ("convened_talks_between",
     "Egypt convened talks between Israeli and Hamas negotiators in Cairo on Saturday aimed at extending the "
     "ceasefire, two Egyptian security sources said.",
     ("ISR", "PSE")),
    ("facilitated_talks_between_one_countrys_sides",
     "Norway facilitated talks between the Colombian government and the ELN rebels in Oslo.", ("COL",)),
    ("brought_to_the_same_table_at_the_venue",
     "Saudi Arabia brought Sudanese army and Rapid Support Forces delegations to the same table in Jeddah this week "
     "for the first time since December, a Saudi foreign ministry official said on Tuesday.",
     ("SDN",)),
    ("got_both_to_the_table",
     "Qatar got Israel and Hamas to the table after weeks of pressure, a diplomat said.", ("ISR", "PSE")),
]


@pytest.mark.parametrize(("text", "actor"), [t[1:] for t in GO_BETWEENS], ids=[t[0] for t in GO_BETWEENS])
def test_go_between_meeting_is_the_parties(coder, text, actor):
    meetings = [e for e in code(coder, text, date="2026-03-02") if e.event == "CONSULT"]
    assert [(entity_codes(e.actor), entity_codes(e.recipient)) for e in meetings] == [(actor, ())]


@pytest.mark.parametrize("text", [
    "The president convened a meeting of the national security council on Sunday.",
    "The senator brought the issue to the table during the budget hearing.",
    "The club organised a meeting between fans and players.",
])
def test_domestic_or_topic_tables_code_no_meeting(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event == "CONSULT"]


def test_delegations_gathered_for_negotiations_meet(coder):
    text = ("Pakistani and Afghan delegations gathered in Istanbul on Saturday for a second round of negotiations "
            "mediated by Turkey and Qatar.")
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert found == [("CONSULT", ("AFG", "PAK"), ())]
