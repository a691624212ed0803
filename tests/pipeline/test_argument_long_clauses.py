"""Parties of long wire sentences: a participle describing the subject, a purpose clause's helped party
the parser glues to its verb, a site named by its city, a firm referred back to as "the company", a seat
that is no nationality, a bloc introduced by its members, and a conjunct that continues a time clause."""

from __future__ import annotations

import pytest

from ..conftest import assert_coded, code


@pytest.mark.parametrize("text, etype, actor, recipient", [
    # a bare -ing word before the subject describes it: the name is the verb's subject
    ("Visiting Turkish President Recep Tayyip Erdogan held talks with Syrian President Bashar al-Assad in "
     "Damascus on Saturday, the Syrian presidency said.", "CONSULT", ("TUR",), ("SYR",)),
    # the helped party of an offer's purpose clause, also when the parser reads "Turkey search" as a noun
    ("Sweden offered two helicopters and a rescue team to help Turkey search for survivors of the earthquake, "
     "the Swedish foreign ministry said.", "AGREE", ("SWE",), ("TUR",)),
    # a site named by its city belongs to the owner in its "of" phrase (the city is where it is)
    ("Indian tax investigators raided the Mumbai offices of South Korean carmaker Hyundai on Tuesday over "
     "alleged transfer pricing violations, two officials said.", "COERCE", ("IND",), ("MNC",)),
    # named multinationals are MNC
    ("The European Commission fined Temu 400 million euros on Friday for failing to police the sale of unsafe "
     "goods to consumers in Italy and Spain.", "SANCTION", ("EUR",), ("MNC",)),
    # a bloc introduced by its members stands for them; the Hague-based tribunal is the court named before
    ("The Sahel alliance of Mali, Burkina Faso and Niger said on Monday it would quit the International "
     "Criminal Court, accusing the Hague-based tribunal of selective justice against African leaders.",
     "ACCUSE", ("BFA", "MLI", "NER"), ("IGO",)),
    ("The Sahel alliance of Mali, Burkina Faso and Niger said on Monday it would quit the International "
     "Criminal Court, accusing the Hague-based tribunal of selective justice against African leaders.",
     "SANCTION", ("BFA", "MLI", "NER"), ("IGO",)),
    # "and" with no comma after a time clause continues that clause: Baghdad demanded
    ("Turkey's defence ministry said its drones had killed 14 Kurdish militants in northern Iraq, a day after "
     "Baghdad protested against the repeated violation of its sovereignty and demanded that Ankara withdraw "
     "its troops.", "REQUEST", ("IRQ",), ("TUR",)),
])
def test_parties_of_long_sentences(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient, date="2025-06-10")


def test_a_bloc_named_alone_stays_the_organisation(coder):
    assert_coded(coder, "The Alliance of Sahel States said on Monday it would quit the International Criminal "
                 "Court.", "SANCTION", actor=("IGO",), date="2025-06-10")


def test_the_company_is_the_firm_the_story_named_last(coder):
    text = ("Niger's military government said on Sunday it had revoked the operating licence of French uranium "
            "miner Orano at the Imouraren deposit.\n\nThe junta accused the company of failing to honour its "
            "investment commitments during last year's diplomatic standoff with Paris.")
    accusations = [e for e in code(coder, text, date="2025-06-22") if e.event == "ACCUSE"]
    assert [tuple(sorted(x.code for x in e.recipient)) for e in accusations] == [("FRA",)]


def test_a_comma_before_and_returns_to_the_main_clause(coder):
    assert_coded(coder, "Gabon's army suspended the constitution on Wednesday, a day after the president fled "
                 "abroad, and called on citizens to stay calm.", "REQUEST", actor=("GAB",), date="2025-06-10")


def test_the_ships_are_whoever_s_ships_the_story_named_last(coder):
    text = ("Chinese coast guard ships blocked a Philippine resupply mission to the Second Thomas Shoal on Saturday."
            "\n\nThe ships also fired water cannon at the boats, injuring three sailors, Manila's task force said.")
    assaults = [e for e in code(coder, text, date="2025-06-10") if e.event == "ASSAULT"]
    assert [tuple(sorted(x.code for x in e.actor if x.code)) for e in assaults] == [("CHN",)]
