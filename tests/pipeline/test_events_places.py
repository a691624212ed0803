"""Recipients from places and borders one level down, through the full pipeline."""

from __future__ import annotations

import pytest


def coded(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    out = []
    for e in coder.code(text, date="2025-03-04"):
        place = e.event_loc.country_code if e.event_loc is not None else None
        out.append((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                    tuple(sorted({r.code for r in e.recipient if r.code})), place))
    return out


def only(coder, text: str, etype: str):
    found = [x for x in coded(coder, text) if x[0] == etype]
    assert len(found) == 1, coded(coder, text)
    return found[0]


# A locative phrase the parser hangs on the object (or on a participle) rather than the verb.
@pytest.mark.parametrize(("text", "etype", "actor", "recipient", "place"), [
    ("Israeli airstrikes killed at least 14 villagers in southern Lebanon late on Monday.",
     "ASSAULT", ("ISR",), ("LBN",), "LBN"),
    ("Israeli troops blew up three bridges in northern Gaza this week.", "ASSAULT", ("ISR",), ("PSE",), "PSE"),
    # the coast is where it happened; the ship is not the coastal state's
    ("Iranian naval forces seized an oil tanker off the coast of Oman on Sunday.",
     "COERCE", ("IRN",), (), "OMN"),
])
def test_place_on_the_object_names_the_target_country(coder, text, etype, actor, recipient, place):
    assert only(coder, text, etype) == (etype, actor, recipient, place)


def test_arrests_in_the_own_capital_stay_domestic(coder):
    # the recipient is the actor's country only under the domestic-role rule, never from the place
    assert only(coder, "Belarusian police detained scores of opposition activists in Minsk.",
                "COERCE")[:3] == ("COERCE", ("BLR",), ("BLR",))
    assert only(coder, "Russian troops massed near Belgorod.", "MOBILIZE")[2] == ()


@pytest.mark.parametrize(("text", "recipient"), [
    ("Russian artillery pounded several towns in eastern Ukraine overnight.", ("UKR",)),
    ("Turkish jets bombed a convoy in the north of Syria.", ("SYR",)),
    ("Afghan troops launched rockets across the border in Pakistan.", ("PAK",)),
    ("Turkish drones struck militant camps in northern Iraq.", ("IRQ",)),
])
def test_direction_words_and_regions_name_the_target(coder, text, recipient):
    assert only(coder, text, "ASSAULT")[2] == recipient


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("India placed its air force on high alert along the border with Pakistan.", ("IND",), ("PAK",)),
    ("Colombia massed soldiers on its border with Venezuela.", ("COL",), ("VEN",)),
    ("Iran reinforced its frontier with Afghanistan after the clashes.", ("IRN",), ("AFG",)),
])
def test_border_in_any_preposition_names_the_other_side(coder, text, actor, recipient):
    assert only(coder, text, "MOBILIZE")[1:3] == (actor, recipient)


def test_border_without_a_with_phrase_names_no_recipient(coder):
    # its own border names no one; an arrest at a foreign border is not action against that state
    assert only(coder, "Israel deployed two extra brigades along its northern border.", "MOBILIZE")[2] == ()
    assert "GRC" not in only(coder, "Turkish police detained migrants at the Greek border.", "COERCE")[2]


# -- round-4 recipient decisions (docs/plover-decisions.md, "Domestic recipients") ----------------
@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # people with no country of their own: the scene's country
    ("Police in Kampala detained 23 opposition supporters outside the party headquarters on Monday.",
     "COERCE", ("UGA",), ("UGA",)),
    ("Colombian soldiers killed nine guerrillas in a clash in the department of Cauca, the army said.",
     "ASSAULT", ("COL",), ("COL",)),
    # an institution or facility counts; a bare place would not
    ("Salvadoran soldiers raided a prison in San Salvador on Thursday, the defence ministry said.",
     "COERCE", ("SLV",), ("SLV",)),
    # PROTEST with no named target: the government of the country where it happens
    ("Thousands of nurses went on strike across Ghana on Tuesday over unpaid allowances.",
     "PROTEST", ("GHA",), ("GHA",)),
])
def test_domestic_targets_take_the_scene_country(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # a protest at a foreign mission targets that state, the crowd stays local
    ("Hundreds of demonstrators gathered outside the Danish embassy in Tehran on Sunday after a Koran was burned.",
     "PROTEST", ("IRN",), ("DNK",)),
    # MOBILIZE into another country: the destination
    ("Russia has moved a battalion of Iskander launchers into Belarus, the Belarusian defence ministry said.",
     "MOBILIZE", ("RUS",), ("BLR",)),
    ("Canada will station an additional 1,200 soldiers in Latvia by next year, its defence minister said.",
     "MOBILIZE", ("CAN",), ("LVA",)),
    # a deployment inside one's own country has none
    ("Brazil sent 2,000 soldiers to its Amazon states on Friday to fight illegal mining.",
     "MOBILIZE", ("BRA",), ()),
    # RETREAT from a place abroad: that country
    ("The last Italian soldiers left their base in the Nigerien capital Niamey on Saturday.",
     "RETREAT", ("ITA",), ("NER",)),
])
def test_destination_and_departure_countries(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


def test_coordinated_target_places_stay_one_list(coder):
    assert only(coder, "Turkey launched airstrikes on Kurdish positions in Iraq and Syria overnight.",
                "ASSAULT")[:3] == ("ASSAULT", ("TUR",), ("IRQ", "SYR"))


def test_harmed_parties_of_a_participle_are_recipients(coder):
    text = ("Russia has jammed satellite navigation signals over the Baltic Sea, disrupting flights to and from "
            "Finland and Estonia, officials said.")
    assert only(coder, text, "COERCE")[:3] == ("COERCE", ("RUS",), ("EST", "FIN"))


def test_a_date_is_no_place(coder):
    # "in late March" once resolved to March, Cambridgeshire
    assert only(coder, "Russian troops withdrew from the area around Kyiv in late March.",
                "RETREAT")[:3] == ("RETREAT", ("RUS",), ("UKR",))


def test_topic_of_shared_intelligence_is_no_recipient(coder):
    found = [x for x in coded(coder, "Japan and Australia agreed to share intelligence on Chinese naval activity.")
             if x[0] == "AGREE"]
    assert found and found[0][2] == ()


def test_origin_participle_names_the_owner(coder):
    text = "Mexico imposed tariffs of up to 35 percent on steel imported from China on Tuesday."
    assert only(coder, text, "SANCTION")[:3] == ("SANCTION", ("MEX",), ("CHN",))


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # a strike "targeting" a party outranks the place it happened in
    ("Egypt condemned Israel for an air strike targeting Hamas officials in Beirut.",
     "ASSAULT", ("ISR",), ("PSE",)),
    # the target's "at" hung inside the object phrase
    ("Houthi rebels fired a drone carrying explosives at Israel on Monday.", "ASSAULT", ("YEM",), ("ISR",)),
    # the target named inside a free relative
    ("Israel carried out air strikes on what it said were Hamas command centres in southern Lebanon.",
     "ASSAULT", ("ISR",), ("LBN",)),
    # a threatened response answers whoever it responds to; hyphenated partners are both owners
    ("China warned of a firm response to joint US-Philippine patrols in the South China Sea.",
     "THREATEN", ("CHN",), ("PHL", "USA")),
    # a purpose clause names who is helped
    ("The Asian Development Bank approved a $400 million loan to help Sri Lanka restore its power grid.",
     "AID", ("IGO",), ("LKA",)),
])
def test_targets_named_one_level_further_down(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


def test_called_off_talks_name_their_partner(coder):
    assert only(coder, "Pakistan called off a round of border talks with Afghanistan planned for next week.",
                "REJECT")[:3] == ("REJECT", ("PAK",), ("AFG",))


def test_a_move_on_a_clause_that_is_no_event_reacts_to_the_event_above(coder):
    text = ("China vetoed a Security Council resolution that would have condemned the coup in Myanmar, "
            "a move France's ambassador called shameful.")
    assert ("ACCUSE", ("FRA",), ("CHN",)) in [x[:3] for x in coded(coder, text)]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # where pledged money goes
    ("Qatar pledged new investment in Egypt's energy sector on Tuesday.", "AGREE", ("QAT",), ("EGY",)),
    # what a restriction applies to
    ("Israel eased restrictions on the entry of fuel into Gaza on Monday.", "CONCEDE", ("ISR",), ("PSE",)),
])
def test_destination_of_money_and_goods(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # the object of an arrest is a person, a compatriot at home
    ("Algerian authorities arrested a well-known novelist at Algiers airport on Saturday.",
     "COERCE", ("DZA",), ("DZA",)),
    # the people a convoy carried
    ("Militants attacked a bus carrying Chinese workers in Pakistan's Balochistan province on Friday.", "ASSAULT",
     ("PAK",), ("CHN",)),
])
def test_people_targets_without_a_role_mention(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


def test_a_reaction_to_an_event_noun_in_a_relative_clause(coder):
    text = "Russia sent bombers near Japan on Tuesday in drills that Tokyo condemned as provocative."
    assert ("ACCUSE", ("JPN",), ("RUS",)) in [x[:3] for x in coded(coder, text)]


def test_blamed_on_names_the_accused(coder):
    text = "Estonia blamed the explosion on Russian military intelligence on Monday."
    assert ("ACCUSE", ("EST",), ("RUS",)) in [x[:3] for x in coded(coder, text)]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # whom a cut-off supply was going to
    ("Russia cut off gas supplies to Moldova on New Year's Day.", "COERCE", ("RUS",), ("MDA",)),
    # sanctioned firms act for someone
    ("Britain imposed sanctions on 20 companies that help Iran build drones, the Foreign Office said.",
     "SANCTION", ("GBR",), ("IRN",)),
    ("The European Union sanctioned 40 tankers in Russia's shadow fleet on Tuesday.", "SANCTION", ("EUR",), ("RUS",)),
])
def test_who_a_supply_or_a_sanctioned_firm_serves(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


def test_ground_of_an_arrest_is_no_target(coder):
    text = "Argentine police arrested a former minister on a warrant from the Inter-American Court on Monday."
    found = only(coder, text, "COERCE")
    assert "IGO" not in found[2]


def test_pulled_back_to_a_line_inside_a_foreign_territory(coder):
    assert only(coder, "Israeli troops pulled back to a new line inside southern Lebanon on Sunday.",
                "RETREAT")[:3] == ("RETREAT", ("ISR",), ("LBN",))


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Ukraine declared a 30-day ceasefire in Russia's Kursk region on Monday.", "CONCEDE", ("UKR",), ("RUS",)),
    ("Egypt agreed to allow aid trucks into Gaza through the Rafah crossing on Friday.", "CONCEDE", ("EGY",), ("PSE",)),
])
def test_where_a_concession_applies(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # the subject of an -ing word the parser made the subject
    ("G7 leaders meeting in Canada on Monday condemned Russia's latest missile strikes on Kyiv.",
     "ACCUSE", ("IGO",), ("RUS",)),
    # a participle after an order belongs to the one who ordered
    ("Mali's junta ordered France to close its embassy, accusing Paris of supporting armed groups.",
     "ACCUSE", ("MLI",), ("FRA",)),
    ("The United Kingdom adopted a new package of sanctions against Belarus on Tuesday.",
     "SANCTION", ("GBR",), ("BLR",)),
    ("Orban complained that Brussels had frozen Hungary's funds.", "ACCUSE", ("HUN",), ("EUR",)),
    # two coordinated verbs share their object
    ("Houthi rebels attacked and sank a Greek-owned bulk carrier in the Red Sea.", "ASSAULT", ("YEM",), ("GRC",)),
])
def test_subjects_and_objects_the_parse_misplaces(coder, text, etype, actor, recipient):
    found = [x[:3] for x in coded(coder, text) if x[0] == etype]
    assert (etype, actor, recipient) in found, coded(coder, text)


def test_persona_non_grata_names_the_expelled(coder):
    text = "Mali's junta declared the French ambassador persona non grata on Monday."
    assert ("SANCTION", ("MLI",), ("FRA",)) in [x[:3] for x in coded(coder, text)], coded(coder, text)


def test_a_dependency_of_the_actor_is_home_ground(coder):
    assert only(coder, "The United States deployed 10 F-35 jets to Puerto Rico on Friday.",
                "MOBILIZE")[:3] == ("MOBILIZE", ("USA",), ())


def test_a_mobilisation_for_an_offensive_abroad_targets_its_country(coder):
    text = "Azerbaijan mobilised reservists on Monday ahead of an offensive in Armenia's Syunik province."
    found = [x[:3] for x in coded(coder, text) if x[0] == "MOBILIZE"]
    assert found == [("MOBILIZE", ("AZE",), ("ARM",))], coded(coder, text)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # a domestic armed partner of suspended talks
    ("Colombia's government suspended peace talks with the ELN guerrilla group on Friday.", "SANCTION", ("COL",),
     ("COL",)),
    # "at" with a place noun is a place
    ("Israeli jets struck fuel depots at the port of Hodeidah on Sunday.", "ASSAULT", ("ISR",), ("YEM",)),
    # office holders arrested next to a named foreigner are the state's own
    ("Nigerien authorities arrested three ministers and a French national in Niamey.",
     "COERCE", ("NER",), ("FRA", "NER")),
])
def test_partners_places_and_mixed_lists(coder, text, etype, actor, recipient):
    assert only(coder, text, etype)[:3] == (etype, actor, recipient)


def test_a_policy_topic_is_no_recipient(coder):
    text = "Poland and Hungary agreed to coordinate their positions on European Union migration policy."
    assert [x[2] for x in coded(coder, text) if x[0] == "AGREE"] == [()]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    # a protest at an international body targets it
    ("Hundreds of Polish farmers blocked roads around the European Commission in Brussels on Tuesday.",
     "PROTEST", ("POL",), ("EUR",)),
    # a relative clause the parser hung on the place belongs to the noun before it
    ("Prague closed the Russian embassy office in the Czech Republic, which it blamed for espionage.",
     "ACCUSE", ("CZE",), ("RUS",)),
    # a coordinated list of origins counts whole
    ("The United States imposed duties on steel imported from Brazil, Mexico, Canada and Japan.",
     "SANCTION", ("USA",), ("BRA", "CAN", "JPN", "MEX")),
])
def test_foreign_bodies_relative_clauses_and_lists(coder, text, etype, actor, recipient):
    found = [x[:3] for x in coded(coder, text) if x[0] == etype]
    assert (etype, actor, recipient) in found, coded(coder, text)
