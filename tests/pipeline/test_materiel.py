"""The materiel stage: what is supplied or used, how much, and PLOVER's size counts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.pipeline.materiel import materiel_knowledge
from tidings.pipeline.scope import parse_number

from .handmade import stage, story


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,200", 1200), ("four", 4), ("twenty-five", 25), ("1.5 billion", 1.5e9), ("$1.5 billion", 1.5e9),
     ("a dozen", 12), ("two dozen", 24), ("one hundred twenty", 120), ("two thousand five hundred", 2500),
     ("€50m", 5e7), ("US$2 bn", 2e9)],
)
def test_number_words_and_figures_parse(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "hundreds", "several", "many", "foo"])
def test_vague_amounts_are_not_numbers(text):
    assert parse_number(text) is None


def run(coder, text, trigger, **kw):
    ctx, cand = story(coder, text, trigger, **kw)
    stage(coder, "materiel")(ctx)
    return cand


def items(cand):
    return [(m.text, m.category, m.quantity) for m in cand.materiel]


@pytest.mark.parametrize(
    ("text", "trigger", "event", "expected"),
    [
        ("Iran denied that it had supplied Russia with drones.", "supplied", "AID",
         [("drones", "drone", None)]),
        ("Russia attacked Ukraine with 120 missiles and 90 drones.", "attacked", "ASSAULT",
         [("missiles", "missile", 120), ("drones", "drone", 90)]),
        ("The United States said Iran had shipped 200 Fath-360 ballistic missiles to Russia.", "shipped", "AID",
         [("Fath-360 ballistic missiles", "ballistic_missile", 200)]),
        ("Germany will send 2,000 troops and four Patriot air defence systems to Lithuania.", "send", "MOBILIZE",
         [("troops", "troops", 2000), ("Patriot air defence systems", "air_defence", 4)]),
        ("Iran delivered hundreds of Shahed drones and a million rounds of ammunition.", "delivered", "AID",
         [("hundreds of Shahed drones", "drone", None), ("a million rounds of ammunition", "ammunition", 1e6)]),
        ("The World Bank approved a $2 billion loan to Kenya.", "approved", "AID",
         [("$2 billion loan", "funds", 2e9)]),
        ("The EU banned imports of Russian oil and gas.", "banned", "SANCTION",
         [("Russian oil", "energy", None), ("gas", "energy", None)]),
        ("China is accused of supplying Russia with chips and machine tools.", "supplying", "AID",
         [("chips", "dual_use_technology", None), ("machine tools", "dual_use_technology", None)]),
        ("Qatar sent 40 tonnes of food and medicine to Gaza.", "sent", "AID",
         [("40 tonnes of food", "humanitarian_goods", None), ("medicine", "humanitarian_goods", None)]),
        ("Washington approved the sale of 40 F-16 fighter jets to Turkey.", "approved", "AID",
         [("F-16 fighter jets", "aircraft", 40)]),
    ],
)
def test_materiel_category_and_quantity(coder, text, trigger, event, expected):
    assert items(run(coder, text, trigger, event=event)) == expected


def test_money_amount_is_funds(coder):
    cand = run(coder, "Britain pledged $1.5 billion in military aid to Ukraine.", "pledged", event="AID")
    assert ("$1.5 billion", "funds", 1.5e9) in items(cand)
    assert ("military aid", "military_aid", None) in items(cand)


def test_materiel_offsets_point_into_the_story(coder):
    text = "Russia attacked Ukraine with 120 missiles."
    cand = run(coder, text, "attacked", event="ASSAULT")
    m = cand.materiel[0]
    assert text[m.start : m.end] == m.text


def test_acting_troops_are_an_actor_not_materiel(coder):  # personnel, not a weapon
    cand = run(coder, "Russian troops shelled the village.", "shelled", actors=(("troops", "RUS", "MIL"),))
    assert cand.materiel == []


def test_materiel_in_another_clause_is_not_used(coder):
    cand = run(coder, "Kyiv asked for more air defence systems after Russia attacked the city.", "attacked")
    assert cand.materiel == []


def test_events_outside_the_list_get_no_materiel(coder):
    cand = run(coder, "The ministers discussed missiles and drones.", "discussed", event="CONSULT")
    assert cand.materiel == []


@pytest.mark.parametrize(
    ("text", "trigger", "event", "dead", "injured", "arrested"),
    [
        ("Russian forces struck Kharkiv overnight, killing four civilians.", "struck", "ASSAULT", 4, None, None),
        ("At least 12 people were killed and 30 wounded when a missile hit a market.", "hit", "ASSAULT",
         12, 30, None),
        ("The strike left five dead and 12 injured.", "strike", "ASSAULT", 5, 12, None),
        ("The death toll rose to 30 on Sunday.", "toll", "ASSAULT", 30, None, None),
        ("Twelve people died in the attack.", "attack", "ASSAULT", 12, None, None),
        ("Gunmen killed twenty-five villagers.", "killed", "ASSAULT", 25, None, None),
        ("Police arrested 25 protesters outside parliament.", "arrested", "COERCE", None, None, 25),
        ("Police said 14 people were arrested.", "arrested", "COERCE", None, None, 14),
    ],
)
def test_size_counts(coder, text, trigger, event, dead, injured, arrested):
    size = run(coder, text, trigger, event=event).size
    assert (size.dead, size.injured, size.arrested) == (dead, injured, arrested)


def test_vague_casualties_give_no_size(coder):
    assert run(coder, "Security forces detained dozens of activists.", "detained", event="COERCE").size is None


def test_every_category_has_terms_and_valid_contexts():
    from tidings import plover

    valid = set(plover.contexts())
    for name, spec in materiel_knowledge()["categories"].items():
        assert spec["terms"], name
        assert set(spec["context"]) <= valid, name


def test_part_of_a_whole_counts_the_part(coder):
    cand = run(coder, "Ukraine's air force shot down 22 of the 35 drones.", "shot", event="ASSAULT")
    assert [(m.category, m.quantity) for m in cand.materiel] == [("drone", 22)]


def test_participle_clause_shares_the_weapons_of_its_verb(coder):
    cand = run(coder, "Russian missiles hit the city overnight, killing three people.", "killing")
    assert [m.category for m in cand.materiel] == ["missile"]
    assert cand.size.dead == 3


def test_plain_adjectives_are_not_part_of_the_item(coder):
    cand = run(coder, "China and Russia held joint bomber patrols.", "held", event="COOPERATE")
    assert [m.text for m in cand.materiel] == ["bomber"]


@pytest.mark.parametrize(
    ("text", "trigger", "event", "expected"),
    [("Russia threatened to strike Western weapons depots.", "threatened", "THREATEN", []),
     ("Iran seized a Greek oil tanker.", "seized", "COERCE", []),
     ("Ukraine carried out drone strikes on Russian airfields.", "carried", "ASSAULT", ["drone"]),
     ("Russia halted oil exports to Europe.", "halted", "SANCTION", ["energy"])],
)
def test_a_term_naming_another_thing_is_not_materiel(coder, text, trigger, event, expected):
    assert [m.category for m in run(coder, text, trigger, event=event).materiel] == expected


def test_weapon_standing_as_actor_is_still_materiel(coder):
    cand = run(coder, "Turkish drones struck militant positions.", "struck", actors=(("drones", "TUR", "MIL"),))
    assert [m.category for m in cand.materiel] == ["drone"]


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [("A suicide bomber killed 14 people at a market.", "killed", "ASSAULT"),
     ("The government capped oil prices for a year.", "capped", "COERCE")],
)
def test_phrases_hiding_a_term_are_not_materiel(coder, text, trigger, event):
    assert run(coder, text, trigger, event=event).materiel == []


def test_amount_sizes_the_item_it_modifies(coder):
    cand = run(coder, "The Pentagon announced a new $250 million weapons package for Ukraine.", "announced",
               event="AID")
    assert [(m.category, m.quantity) for m in cand.materiel] == [("military_aid", 2.5e8)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or value >= 0


def test_grain_is_a_commodity_not_aid(coder):
    cand = run(coder, "Russia resumed grain exports to Egypt.", "resumed", event="COOPERATE")
    assert [m.category for m in cand.materiel] == ["agricultural_goods"]


def test_assault_does_not_report_arrests_of_the_same_sentence(coder):
    cand = run(coder, "Police arrested 25 protesters after a bomb killed three people.", "killed")
    assert (cand.size.dead, cand.size.arrested) == (3, None)
