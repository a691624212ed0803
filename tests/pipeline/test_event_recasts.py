"""Candidate recasts (pipeline/event_recasts.py): a trigger the lexicon typed one way that its clause shows to be
another act. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "event", "mode", "actor", "recipient"), [
    # "on Thursday" dates the call: a phone consultation, not a "call on" request
    ("Turkish President Tayyip Erdogan called Vladimir Putin on Thursday to discuss the grain corridor.",
     "CONSULT", "phone", ("RUS", "TUR"), ()),
    # barring a group from entering one's territory is a refusal
    ("Hungary barred five Slovak lawmakers from entering the country on Monday.", "REJECT", None, ("HUN",), ("SVK",)),
    # asking forgiveness is an apology, not a request
    ("Germany asked Namibia for forgiveness for the colonial-era killings.", "CONCEDE", None, ("DEU",), ("NAM",)),
    # a state leaving an organisation withdraws a presence: SANCTION, not RETREAT
    ("Burkina Faso, Mali and Niger announced their withdrawal from the International Criminal Court.",
     "SANCTION", "withdraw", ("BFA", "MLI", "NER"), ("IGO",)),
    # a signing whose purpose both carry out together is material cooperation
    ("Vietnam and Laos signed an agreement on Friday to jointly build a railway line.",
     "COOPERATE", None, ("LAO", "VNM"), ()),
    # expelling an organisation's head reduces relations with it
    ("Ethiopia expelled the head of the UNICEF delegation in Addis Ababa on Tuesday.",
     "SANCTION", "expel", ("ETH",), ("UNO",)),
])
def test_recast_candidate_takes_the_act_its_clause_shows(coder, text, event, mode, actor, recipient):
    events = [(e.event, e.mode, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert (event, mode, actor, recipient) in events, events
