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
    # a passive's "by" agent the parser hangs on the predicate ("by" under "grata")
    ("A senior Moldovan diplomat was declared persona non grata by Moscow on Tuesday, days after Chisinau "
     "expelled a Russian embassy employee.", "SANCTION", ("RUS",), ("MDA",)),
    # an act one party thanks another for was done for the thanker
    ("The Kremlin said on Wednesday that President Vladimir Putin had thanked North Korean leader Kim Jong Un for "
     "sending troops to help drive Ukrainian forces out of the Kursk region.", "MOBILIZE", ("PRK",), ("RUS",)),
    # a halted relation is directed: the one it was with receives it
    ("Colombian President Gustavo Petro said on Sunday that his government would stop cooperating with the U.S. "
     "Drug Enforcement Administration after Washington decertified Bogota's anti-drug efforts.", "SANCTION",
     ("COL",), ("USA",)),
    # blocked sanctions name their author, not their target
    ("After talks with Russian President Vladimir Putin in the Kremlin, Slovak Prime Minister Robert Fico said his "
     "government would block any EU sanctions on Russian nuclear fuel.", "REJECT", ("SVK",), ("EUR",)),
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


@pytest.mark.parametrize("text, recipient", [
    ("Japan's coast guard said on Friday that four Chinese coast guard vessels had entered its territorial waters "
     "near the Senkaku Islands.\n\nTokyo lodged a protest through diplomatic channels, a government spokesman said.",
     ("CHN",)),
    ("North Korea fired two ballistic missiles into the sea on Thursday.\n\nJapan lodged a protest and said the "
     "launches threatened regional peace.", ("PRK",)),
])
def test_a_protest_naming_no_one_answers_the_last_hostile_act(coder, text, recipient):
    protests = [e for e in code(coder, text, date="2025-06-10") if e.event == "ACCUSE"]
    assert [tuple(sorted(x.code for x in e.recipient if x.code)) for e in protests] == [recipient]


def test_a_reaction_to_the_act_its_time_clause_tells(coder):
    assert_coded(coder, "Kyiv welcomed the move on Friday, a day after the European Union agreed to lend Ukraine 90 "
                 "billion euros over the next two years.", "SUPPORT", actor=("UKR",), recipient=("EUR",),
                 date="2025-12-19")


def test_a_delivery_naming_no_receiver_goes_to_the_party_that_asked(coder):
    text = ("Ukraine has asked Washington for Tomahawk cruise missiles, President Volodymyr Zelenskiy said on Monday."
            "\n\nHe said the weapons would allow Kyiv to strike deeper into Russia.\n\nGermany, meanwhile, said it "
            "would deliver four more Patriot systems by the end of the year.")
    promises = [e for e in code(coder, text, date="2025-10-13") if e.event == "AGREE"]
    assert [tuple(sorted(x.code for x in e.recipient if x.code)) for e in promises] == [("UKR",)]


def test_captives_of_no_country_handed_over_under_a_deal_go_to_the_other_party(coder):
    text = ("Israel and Hamas agreed on Thursday to a 60-day truce brokered by Qatar and Egypt.\n\nUnder the deal, "
            "Israel will release 250 Palestinian prisoners.\n\nHamas will hand over 10 living hostages in the first "
            "week.")
    handed = [e for e in code(coder, text, date="2025-07-10") if e.event_text == "hand"]
    assert [tuple(sorted(x.code for x in e.recipient if x.code)) for e in handed] == [("ISR",)]
