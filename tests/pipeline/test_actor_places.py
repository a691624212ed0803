"""Actors: organisations named with a country, regions and islands named like countries or foreign towns."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes


@pytest.mark.parametrize("text, recipient", [
    ("Amnesty International Kenya accused police of shooting protesters in Nairobi.", ("KEN",)),
    ("Transparency International Ukraine accused lawmakers in Kyiv of gutting the anti-corruption bureau.", ("UKR",)),
])
def test_an_ngos_national_branch_speaks_for_the_ngo(coder, text, recipient):
    assert_coded(coder, text, "ACCUSE", actor=("NGO",), recipient=recipient)


@pytest.mark.parametrize("text, actor", [
    ("Human Rights Watch's Lebanon researcher accused Israel of war crimes.", ("NGO",)),
    ("The UN's Syria envoy urged Israel to halt its strikes on Damascus.", ("UNO",)),
])
def test_an_organisations_country_remit_does_not_make_its_staff_that_countrys(coder, text, actor):
    events = code(coder, text)
    assert events and entity_codes(events[0].actor) == actor


def test_an_ngo_has_no_compatriots(coder):
    ev = assert_coded(coder, "Amnesty International accused the government of stalling reforms.", "ACCUSE",
                      actor=("NGO",))
    assert "NGO" not in entity_codes(ev.recipient)


@pytest.mark.parametrize("text, code_", [
    ("Gunmen killed 12 villagers in Niger state on Sunday.", ("NGA",)),
    ("Police detained 40 protesters in East Azerbaijan province on Sunday.", ("IRN",)),
])
def test_a_country_name_inside_anothers_region_is_that_region(coder, text, code_):
    ev = code(coder, text)[0]
    assert entity_codes(ev.actor) == code_ and entity_codes(ev.recipient) == code_


@pytest.mark.parametrize("text, code_", [
    ("Police arrested 23 protesters in Bali on Friday.", "IDN"),
    ("Police arrested ten activists in Goa on Friday.", "IND"),
    ("Police arrested 14 suspected Mafia members in raids across Sicily on Tuesday.", "ITA"),
    ("Police arrested 18 students in Java on Wednesday.", "IDN"),
])
def test_islands_and_states_named_like_foreign_towns_resolve_to_their_country(coder, text, code_):
    assert_coded(coder, text, "COERCE", actor=(code_,), recipient=(code_,))


@pytest.mark.parametrize("text", [
    "Settlers attacked Palestinian farmers near Nablus on Friday.",
    "Armed settlers attacked the village of Turmus Ayya on Sunday, the Palestinian health ministry said.",
])
def test_bare_settlers_in_the_west_bank_are_israels(coder, text):
    assert_coded(coder, text, "ASSAULT", actor=("ISR",), recipient=("PSE",))


def test_an_organisation_read_as_an_imperative_keeps_its_verb(coder):
    assert_coded(coder, "Save the Children's country director in Afghanistan urged the Taliban to reopen schools.",
                 "REQUEST", actor=("NGO",), recipient=("AFG",), date="2025-03-01")


def test_roles_conjoined_to_an_owned_role_share_its_owner(coder):
    ev = assert_coded(coder, "Iran's army and navy held drills in the Gulf on Monday.", "MOBILIZE", actor=("IRN",))
    assert all(e.code == "IRN" for e in ev.actor)


def test_a_protest_to_another_state_is_not_aimed_at_the_protesters_own_victim(coder):
    ev = assert_coded(coder, "Japan lodged a protest with China over the detention of a Japanese executive.", "ACCUSE",
                      actor=("JPN",), recipient=("CHN",))
    assert ev.mode == "disapprove"


@pytest.fixture(scope="module")
def mentions_of(coder):
    from tidings.coder import make_story, parse_date
    from tidings.pipeline.base import StoryContext

    stage = coder.stages[0]

    def run(text: str, date: str = "2025-09-10"):
        ctx = StoryContext(story=make_story(text, date=date), doc=coder.nlp(text), pub_date=parse_date(date))
        stage(ctx)
        return {m.text: (m.code, m.sector) for m in ctx.mentions}
    return run


@pytest.mark.parametrize("text, phrase, expected", [
    ("A Hong Kong-based shipping firm accused India of seizing its tanker.", "firm", ("HKG", "BUS")),
    ("A Dubai-based businessman was arrested in Lahore on Monday.", "businessman", ("ARE", "BUS")),
    ("A Lagos-based lender froze the accounts of two oil traders.", "lender", ("NGA", "BUS")),
    # wire copy calls Human Rights Watch "the New York-based rights group": an NGO stays one
    ("The New York-based rights group accused Egypt of torture.", "rights group", ("NGO", "SOC")),
])
def test_a_role_based_in_a_place_is_that_places(mentions_of, text, phrase, expected):
    assert mentions_of(text)[phrase] == expected


def test_a_backer_is_still_no_ones_country(mentions_of):
    assert mentions_of("Iran-backed militias fired rockets at a base in Syria.")["militias"][0] is None


@pytest.mark.parametrize("text, phrase, code_", [
    ("Angry farmers in the Indian state of Punjab blocked railway lines on Monday.", "farmers", "IND"),
    ("Miners from the Peruvian region of Apurimac marched on Lima.", "Miners", "PER"),
])
def test_a_demonym_before_a_place_noun_gives_the_roles_country(mentions_of, text, phrase, code_):
    assert mentions_of(text)[phrase][0] == code_


@pytest.mark.parametrize("text, code_", [
    ("Dockers in Chile went on strike on Monday over pay.", ("CHL",)),
    ("Air traffic controllers walked off the job in Marseille on Tuesday.", ("FRA",)),
    ("Pensioners in Buenos Aires protested against pension cuts on Wednesday.", ("ARG",)),
    ("Truckers in Canada blocked a border bridge on Wednesday.", ("CAN",)),
    ("LIMA (AP) - Truck drivers blocked the Pan-American Highway on Thursday.", ("PER",)),
    ("Teachers clashed with riot police in Mexico City on Monday.", ("MEX",)),
])
def test_an_occupational_crowd_protests_at_home(coder, text, code_):
    assert_coded(coder, text, "PROTEST", actor=code_, recipient=code_)


@pytest.mark.parametrize("text, code_", [
    ("Gunmen killed 12 villagers in Katsina on Sunday.", ("NGA",)),
    ("Teachers in Oaxaca blocked roads on Monday.", ("MEX",)),
    ("Miners in Gauteng went on strike on Monday.", ("ZAF",)),
    ("Farmers from Haryana clashed with police on Sunday.", ("IND",)),
])
def test_a_first_level_region_gives_a_domestic_scene_its_country(coder, text, code_):
    ev = code(coder, text)[0]
    assert entity_codes(ev.actor) == code_ and entity_codes(ev.recipient) == code_


@pytest.mark.parametrize("text, code_", [
    ("Igbo separatists killed two soldiers in Imo state.", "NGA"),
    ("Kuki militants ambushed a police patrol in Manipur.", "IND"),
    ("Maori activists marched on parliament in Wellington.", "NZL"),
    ("Zulu royalists protested in Durban on Monday.", "ZAF"),
])
def test_a_people_of_one_country_gives_its_crowds_and_fighters_that_country(coder, text, code_):
    assert code_ in entity_codes(code(coder, text)[0].actor)


@pytest.mark.parametrize("text, phrase, code_", [
    ("Miners at a copper pit in Zambia's Copperbelt province downed tools, accusing the Chinese-owned operator "
     "of withholding wages.", "Miners", "ZMB"),
    ("Farmers from villages in Haryana accused the government of ignoring them.", "Farmers", "IND"),
])
def test_a_crowd_takes_the_one_country_inside_its_place_phrase(mentions_of, text, phrase, code_):
    assert mentions_of(text)[phrase][0] == code_
