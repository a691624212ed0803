"""Readiness and stance threats without 'threaten': means held out ('stood ready to use every means at its
disposal to defend ...'), readiness said outright ('was prepared to shut the strait if ...'), options kept on the
table against a party, responses 'accordingly', an act 'regarded as' entry into a war, and a state energy
firm's warning of a supply cut are THREATEN; the same words with nothing held over anyone code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

THREATS = [
    ("means_to_defend_against_aggression",
     "Pakistan's foreign office said on Wednesday that Islamabad stood ready to use every means at its disposal to "
     "protect its territorial integrity against Indian aggression, as tensions along the Line of Control rose.",
     ("PAK",), ("IND",)),
    ("means_under_a_readiness_negative",
     "The Kremlin said Vladimir Putin would not hesitate to use all available means to defend Russian territory if "
     "Western missiles were fired at Russian cities.",
     ("RUS",), ()),
    ("prepared_to_shut_a_strait_if",
     "Iran's foreign minister said Tehran was prepared to shut the Strait of Hormuz if the United States imposed a "
     "naval blockade, in an interview with state television on Sunday.",
     ("IRN",), ("USA",)),
    ("stands_ready_to_strike",
     "Iran stands ready to strike American bases in the region, a Revolutionary Guards commander said.",
     ("IRN",), ("USA",)),
    ("options_remain_on_the_table_against",
     "Israeli Defence Minister Israel Katz said all options remained on the table against Iran if Tehran resumed "
     "enriching uranium at Fordow, speaking to reporters in Tel Aviv on Tuesday.",
     ("ISR",), ("IRN",)),
    ("state_energy_firm_warns_of_a_cut",
     "Russia's Gazprom warned on Monday that it could cut gas supplies to Moldova as early as next month unless "
     "Chisinau paid its debts, the company said.",
     ("RUS",), ("MDA",)),
    ("not_hesitate_to_punish_a_party",
     "India's army chief said on Friday that New Delhi would not hesitate to punish Pakistan if Islamabad continued to "
     "sponsor militant attacks in Kashmir, two weeks after a bombing in Pulwama killed 12 soldiers.",
     ("IND",), ("PAK",)),
    ("ready_to_defend_every_inch",
     "Speaking at a rally in Caracas on Saturday, President Nicolas Maduro said Venezuela's armed forces stood ready to "
     "defend every inch of the Essequibo, a region administered by Guyana but claimed by Caracas.",
     ("VEN",), None),
    ("would_not_stand_idly_by",
     "Serbia's president said Belgrade would not stand idly by if Kosovo police moved into Serb-majority areas in the "
     "north, speaking to reporters in Belgrade.",
     ("SRB",), None),
    ("by_any_means_necessary_if",
     "Ethiopia's prime minister told parliament that Addis Ababa would secure access to the sea by any means necessary "
     "if talks with Eritrea failed, officials said.",
     ("ETH",), None),
    ("respond_accordingly",
     "The Kremlin said on Friday that Moscow would regard any delivery of Taurus missiles to Kyiv as Germany's direct "
     "involvement in the war and would respond accordingly.",
     ("RUS",), None),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), [t[1:] for t in THREATS], ids=[t[0] for t in THREATS])
def test_readiness_and_stance_statements_threaten(coder, text, actor, recipient):
    threats = [e for e in code(coder, text, date="2026-03-02") if e.event == "THREATEN"]
    assert len(threats) == 1, [(e.event, e.event_text) for e in code(coder, text, date="2026-03-02")]
    assert entity_codes(threats[0].actor) == actor
    if recipient is not None:
        assert entity_codes(threats[0].recipient) == recipient


def test_condition_of_a_readiness_threat_is_no_event(coder):
    text = ("Iran's foreign minister said Tehran was prepared to shut the Strait of Hormuz if the United States "
            "imposed a naval blockade, in an interview with state television on Sunday.")
    assert [e.event for e in code(coder, text, date="2026-03-02")] == ["THREATEN"]


NOT_THREATS = [
    ("options_for_a_central_bank",
     "All options remain on the table for the central bank as inflation picks up, its governor told reporters in Ankara."),
    ("residents_stood_ready",
     "Residents stood ready with sandbags as the river rose toward record levels in southern Poland on Sunday."),
    ("troops_ready_to_leave_in_the_past", "The troops were ready to leave the base when the order came."),
    ("economists_warn_of_a_cut", "Economists warned that a prolonged drought could cut Zambia's copper output by a fifth."),
    ("will_defend_its_borders_without_readiness", "The army will defend the country's borders, the general said."),
    ("defended_every_inch_in_the_past", "Ukrainian troops defended every inch of Bakhmut for months."),
    ("court_punished_a_firm", "The court punished the company for polluting the river."),
    ("stood_idly_by_in_the_past", "The world stood idly by as the massacre unfolded, the report said."),
    ("did_not_stand_idly_by", "Western governments did not stand idly by, the minister said."),
    ("secured_a_loan_by_all_means", "The government secured the loan by all means available, the minister said."),
    ("means_for_consumers",
     "The government will use all means at its disposal to protect consumers from rising food prices, the minister said."),
]


@pytest.mark.parametrize("text", [t[1] for t in NOT_THREATS], ids=[t[0] for t in NOT_THREATS])
def test_same_words_without_a_warning_code_nothing(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event == "THREATEN"]


def test_means_of_an_announced_reprisal_is_that_threat(coder):
    text = ("Russia's foreign ministry said Moscow would retaliate against any seizure of its frozen assets by targeting "
            "Western property in Russia.")
    assert [(e.event, entity_codes(e.actor)) for e in code(coder, text, date="2026-03-02")] == [("THREATEN", ("RUS",))]


def test_mutual_defence_pledge_by_infinitive_warns_no_one(coder):
    text = ("Saudi Arabia and Pakistan signed a mutual defence pact in Riyadh on Wednesday, pledging to treat an attack "
            "on either as an attack on both.")
    assert [e.event for e in code(coder, text, date="2026-03-02")] == ["COOPERATE"]
