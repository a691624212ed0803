"""Round 10 (nouns): event nouns in answer, reaction, visit and exercise phrases of long sentences. An owned act
another clause answers ("in response to Washington's chip curbs") targets who answers; a reaction an act drew
targets that act's doer; a visit that names no destination goes to the place of the clause it frames; a light verb
holds a span ("held two days of talks"); an exercise named as a time or place ("exercise season") is the exercise,
joint when two sides are named. Near-misses: markets answering, cooperative acts answered, uncoded frames."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def _dyads(coder, text):
    return {(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)}


# (id, sentence, type, actor codes, recipient codes)
CODED = [
    ("answered_owned_tariffs",
     "Mexico announced duties on American corn on Wednesday in response to Washington's tariffs on Mexican tomatoes, "
     "the economy ministry said, a week after talks in Washington broke down.",
     "SANCTION", ("USA",), ("MEX",)),
    ("answered_in_retaliation_for_owned_closure",
     "In retaliation for Lithuania's closure of its border crossings, Belarus on Tuesday barred Lithuanian trucks from "
     "its roads, the state news agency Belta reported.",
     "SANCTION", ("LTU",), ("BLR",)),
    ("answered_retaliate_against",
     "Beijing retaliated on Monday against Canada's export controls on canola technology by halting purchases of "
     "Canadian peas, the commerce ministry said.",
     "SANCTION", ("CAN",), ("CHN",)),
    ("drawn_vow_targets_doer",
     "Pakistan's airstrikes on Kabul drew a vow of revenge from the Taliban government on Thursday, which said the "
     "attack would not go unanswered.",
     "THREATEN", ("AFG",), ("PAK",)),
    ("visit_host_from_clause_place",
     "Egypt and Turkey signed a gas supply deal in Cairo on Thursday during a visit by Turkish President Tayyip "
     "Erdogan, the presidency said.",
     "CONSULT", ("TUR",), ("EGY",)),
    ("stop_in_capital_is_a_visit",
     "Rubio made a brief stop in Panama City on Sunday before flying on to Costa Rica, the State Department said.",
     "CONSULT", ("USA",), ("PAN",)),
    ("span_of_talks_held",
     "Armenian and Azerbaijani negotiators held three days of talks in Abu Dhabi this week, officials in Yerevan said.",
     "CONSULT", ("ARM", "AZE"), ()),
    ("exercise_season_hyphen_pair",
     "Beijing said on Friday that the U.S.-Philippine exercise season had raised tensions in the South China Sea.",
     "COOPERATE", ("PHL", "USA"), ()),
    ("curbs_on_a_party_owned",
     "Seoul protested on Thursday, two weeks after Tokyo's new curbs on South Korean shipbuilders took effect, the "
     "trade ministry said.",
     "SANCTION", ("JPN",), ("KOR",)),
    ("respond_to_owned_curbs",
     "Beijing said on Monday it would respond firmly to Canada's new curbs on Chinese steelmakers, the foreign ministry said.",
     "SANCTION", ("CAN",), ("CHN",)),
    ("currency_swap_welcomed",
     "Pakistan's finance minister on Tuesday welcomed China's $4 billion currency swap, saying it would steady the rupee.",
     "AID", ("CHN",), ("PAK",)),
    ("protest_setting_takes_clause_town",
     "Serbian riot police fired stun grenades at students in Belgrade late on Friday during marches against the "
     "government, the interior ministry said.",
     "PROTEST", ("SRB",), ("SRB",)),
    ("downing_of_a_drone",
     "Iran summoned Azerbaijan's envoy on Tuesday over Baku's downing of an Iranian surveillance drone near the border.",
     "ASSAULT", ("AZE",), ("IRN",)),
    ("between_their_forces_is_the_clause_parties",
     "Rwanda and Burundi reopened their shared border on Friday, days after a shootout between their border guards "
     "near Bugarama left two soldiers dead, officials in Kigali said.",
     "ASSAULT", ("BDI", "RWA"), ()),
    ("complaint_with_party_names_doer",
     "Nigeria lodged a complaint with Niamey on Tuesday over the detention of its soldiers near the border town of "
     "Illela, the foreign ministry in Abuja said.",
     "COERCE", ("NER",), ("NGA",)),
    ("owned_demolition",
     "Jordan on Wednesday condemned Israel's demolition of a Palestinian school in the West Bank village of Umm al-Khair, "
     "days after settlers attacked the village.",
     "ASSAULT", ("ISR",), ("PSE",)),
    ("removal_from_a_list",
     "Damascus welcomed on Tuesday Washington's removal of Syria from its list of state sponsors of terrorism, a month "
     "after sanctions were eased.",
     "CONCEDE", ("USA",), ("SYR",)),
    ("ban_on_education_binds_home",
     "The Taliban government's ban on university education for women entered its third year on Friday, drawing fresh "
     "criticism from the European Union.",
     "COERCE", ("AFG",), ("AFG",)),
    ("demonym_imposer_with_named_target",
     "New Delhi on Thursday criticised new American tariffs on Indian textiles, saying they violated the trade deal "
     "the two sides had negotiated for months.",
     "SANCTION", ("USA",), ("IND",)),
    ("disengagement_completed",
     "Armenian and Azerbaijani troops completed disengagement near the village of Kirants on Friday, "
     "officials in Yerevan said.",
     "RETREAT", ("ARM", "AZE"), ()),
    ("sabotage_blamed",
     "Estonia said on Tuesday that Russia was behind the sabotage of an undersea power cable in the Gulf of Finland.",
     "ASSAULT", ("RUS",), None),
    ("exercise_two_sided_light_subject",
     "Indian and Egyptian troops began a week of desert drills near Jodhpur on Monday, the Indian army said.",
     "COOPERATE", ("EGY", "IND"), ()),
]

# (id, sentence, type, actor, recipient that must NOT be coded)
WRONG = [
    # a cooperative act answered keeps its own receiver, not the answerer
    ("answered_cooperative_keeps_receiver",
     "Algeria recalled its envoy from Madrid on Friday in response to Spain's backing of Morocco's autonomy plan for "
     "Western Sahara, the foreign ministry said.",
     "SUPPORT", ("ESP",), ("DZA",)),
]

NOT_CODED = [
    # a market move answers no one
    ("market_answer_no_recipient",
     "Shares in Asian chipmakers slid on Tuesday in response to Washington's new export curbs, traders said.",
     "SANCTION"),
    # an exercise frame with no sides named is no event
    ("uncoded_exercise_area",
     "Hikers were warned to keep out of the exercise area near the lake on Saturday, park officials said.",
     "COOPERATE"),
    # what guarantees, a vote or a timetable are about is sought or pending
    ("guarantees_on_withdrawal",
     "Jordan said on Sunday it wanted guarantees on the withdrawal of Israeli forces from the West Bank before talks resumed.",
     "RETREAT"),
    ("timetable_for_pullout",
     "Iraq and the United States discussed a timetable for the departure of American troops from Baghdad on Tuesday.",
     "RETREAT"),
    # an undone refusal is no refusal
    ("reversed_refusal",
     "Venezuela reversed its refusal to accept repatriation flights from Mexico on Friday, the foreign ministry said.",
     "REJECT"),
    # a mourners' vigil is no protest
    ("mourning_vigil",
     "Hundreds of mourners held a vigil in Dnipro on Sunday for the victims of the missile strike, the city's mayor said.",
     "PROTEST"),
    ("stop_of_a_train",
     "The night train made a stop in Lviv on Tuesday before reaching Kyiv, the railway company said.",
     "CONSULT"),
]


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_noun_in_answer_or_frame_coded(coder, text, etype, actor, recipient):
    found = _dyads(coder, text)
    assert any(t == etype and a == actor and (recipient is None or r == recipient) for t, a, r in found), found


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in WRONG], ids=[c[0] for c in WRONG])
def test_noun_answer_not_given_to_answerer(coder, text, etype, actor, recipient):
    assert (etype, actor, recipient) not in _dyads(coder, text)


@pytest.mark.parametrize("text,etype", [c[1:] for c in NOT_CODED], ids=[c[0] for c in NOT_CODED])
def test_noun_frame_not_an_event(coder, text, etype):
    assert etype not in {e for e, _a, _r in _dyads(coder, text)}
