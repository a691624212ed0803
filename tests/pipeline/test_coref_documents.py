"""A bare definite document noun that speaks ("the statement said", "the letter urged") is its author:
the party that issued the document, else the previous sentence's subject."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes
from .test_actors import run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2025-04-20": run(stage, coder.nlp, text, date)


def _events(coder, text, date="2025-04-20"):
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=date)]


@pytest.mark.parametrize(("text", "noun", "author"), [
    ("PORT SUDAN, April 20 (Reuters) - Sudan's foreign ministry accused the United Arab Emirates on Sunday of "
     "arming the paramilitary Rapid Support Forces.\n\n\"We call on the Security Council to designate the militia "
     "a terrorist organisation without further delay,\" the statement said.", "statement", "SDN"),
    ("KYIV, March 3 (Reuters) - Ukraine's foreign ministry issued a statement on Monday condemning a Russian "
     "missile strike on a hotel in Kryvyi Rih.\n\n\"We urge our partners to supply more air defence systems,\" "
     "the statement said.", "statement", "UKR"),
    ("ADDIS ABABA, Oct 20 (Reuters) - Ethiopia's foreign minister sent a letter to the United Nations on Monday "
     "accusing Eritrea of preparing for war.\n\nThe letter urged the Security Council to press Asmara to halt its "
     "support for armed groups.", "letter", "ETH"),
])
def test_a_speaking_document_is_its_author(actors, text, noun, author):
    assert [m.code for m in actors(text) if m.text == noun] == [author]


def test_a_document_with_its_own_owner_is_left_to_the_owner_rules(actors):
    ms = actors("KYIV, March 3 (Reuters) - Ukraine condemned a Russian missile strike on Monday.\n\n"
                "A statement from the Kremlin said the strike had hit a military target.")
    assert not any(m.text == "statement" and m.kind == "pronoun" for m in ms)


def test_the_request_a_statement_quotes_has_the_author_as_actor(coder):
    found = _events(coder, "PORT SUDAN, April 20 (Reuters) - Sudan's foreign ministry accused the United Arab "
                           "Emirates on Sunday of arming the paramilitary Rapid Support Forces.\n\n\"We call on the "
                           "Security Council to designate the militia a terrorist organisation,\" the statement said.")
    assert ("REQUEST", ("SDN",), ("UNO",)) in found


@pytest.mark.parametrize(("text", "event"), [
    # the document is the object of the sender's verb
    ("Algeria sent a letter to the Arab League on Thursday that demanded Morocco end its military drills near "
     "the border.", ("REQUEST", ("DZA",), ("MAR",))),
    # the document is in an "in" phrase on the sender's own act
    ("Guyana accused Venezuela on Monday of moving troops toward the Essequibo region, in a note that urged "
     "Caracas to respect the court's order.", ("REQUEST", ("GUY",), ("VEN",))),
])
def test_a_document_speaking_in_its_own_relative_clause_is_its_senders(coder, text, event):
    assert event in _events(coder, text)


def test_an_owned_document_in_a_relative_clause_is_left_to_its_owner(actors):
    ms = actors("Chile said on Friday it had read a Bolivian letter that demanded access to the sea.")
    assert not any(m.text == "letter" and m.kind == "pronoun" for m in ms)
