"""Story references added in round 8 (stories): "the group" / "the militants" / "the jihadists" are
the non-state group the story named (not the story's main country, nor a bare role noun such as
"criminals"); a capitalised description before a country at a paragraph's start is no first name
("Neighbouring Mali"); "the vote" / "the election" as an object is the country that held it."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event
from .test_actors import by_text, run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2025-10-10": run(stage, coder.nlp, text, date)


def _codes(ms, text):
    return [m.code for m in ms if m.text == text]


# -- "the militants", "the jihadists", "the attackers": the group named, however far back ----------

@pytest.mark.parametrize("role", ["militants", "jihadists", "attackers", "insurgents", "terrorists"])
def test_armed_role_is_the_story_s_only_group_not_its_main_country(actors, role):
    ms = actors("BAMAKO, Oct 10 (Reuters) - Fighters from JNIM attacked fuel tankers on the road from Senegal "
                "to Bamako on Friday, Malian security sources said. "
                "Mali's transport ministry said fuel deliveries to the capital had fallen by half. "
                "Schools in Bamako were closed for two weeks and queues formed at petrol stations. "
                "Malian officials said the army had escorted a convoy of 300 trucks into the city. "
                f"General Assimi Goita, the junta leader, said Mali would defeat the {role}.")
    assert _codes(ms, role) == ["IMG"]


def test_armed_role_stays_unresolved_between_two_groups_far_back(actors):
    ms = actors("Fighters from al-Shabaab and Islamic State attacked each other in Puntland last year. "
                "Somalia's president visited Bosaso on Monday. "
                "He met local elders. He also met business leaders. He then flew to Garowe. "
                "He said Somalia would defeat the militants.")
    assert _codes(ms, "militants") != ["IMG"]


CASES_A_DEFINITE_REFERENCE_TAKES_ITS_STORYS_PARTY = [
    pytest.param(
        "MAIDUGURI, Nigeria (Reuters) - Fighters of the Islamic State group attacked a military base "
        "in Borno state on Sunday, Nigerian army officials said. Governor Babagana Zulum said Nigeria "
        "would never bargain with criminals who kill farmers. The group said in a statement that it "
        "had seized weapons and killed 17 soldiers.",
        "The group", "IMG", id="the_group_prefers_the_named_group_to_a_bare_role_noun"),
    pytest.param(
        "The U.N. Security Council approved a new force for Somalia on Monday. Somalia's national "
        "security council welcomed the decision. Officials said troops would arrive in March. Donors "
        "pledged funds. Analysts were sceptical. Al-Shabaab said it would fight and accused the "
        "council of treason.",
        "the council", "SOM", id="the_council_is_the_latest_council_named_however_far_back"),
    pytest.param(
        "Israel will keep troops on five hilltops in Lebanon until Hezbollah disarms, a government "
        "spokesman said, rejecting calls from Lebanese, French and American officials for a "
        "withdrawal.",
        "government spokesman", "ISR", id="an_indefinite_spokesperson_speaks_for_the_reported_state"),
    # docs/plover-decisions.md (round 15): a role based in a place is that place's
    pytest.param(
        "A Dubai-based company won the contract to run the port.", "company", "ARE",
        id="a_dubai_based_firm_is_the_country_it_is_based_in"),
    pytest.param(
        "Rwanda has never sent troops into Congo, its defence ministry said on Sunday.",
        "defence ministry", "RWA", id="its_ministry_after_a_fronted_report_is_the_report_s_subject"),
    pytest.param(
        "Gang members stormed the town of Kenscoff on Monday. Kenyan officers and Kenyan medics "
        "arrived from Nairobi on Tuesday, the Kenyan embassy said.",
        "Gang members", "HTI", id="unnamed_gang_members_take_their_named_scene_not_the_most_named_country"),
]


@pytest.mark.parametrize(("text", "phrase", "code"),
                         CASES_A_DEFINITE_REFERENCE_TAKES_ITS_STORYS_PARTY)
def test_a_definite_reference_takes_its_storys_party(actors, text, phrase, code):
    ms = actors(text)
    assert by_text(ms, phrase).code == code


def test_the_militants_in_a_sentence_after_a_named_group_attack(coder):
    evs = code(coder, "PESHAWAR, Pakistan (Reuters) - Gunmen from the Pakistani Taliban stormed a police "
                      "post in Bannu on Tuesday, officials said. "
                      "Pakistani troops later killed eight of the attackers in a gun battle.", date="2025-03-04")
    assault = [e for e in evs if e.event == "ASSAULT" and e.event_text == "killed"]
    assert assault and entity_codes(assault[0].recipient) == ("PAK",)
    assert assault[0].recipient[0].sector == "REB"


# -- "Neighbouring Mali": a description before a country is no first name ------------------------

@pytest.mark.parametrize("text,code_", [
    ("The army said the talks had failed.\n\nNeighbouring Mali said it was ready to send troops.", "MLI"),
    ("Aid agencies warned of famine.\n\nWar-torn Sudan has asked for help.", "SDN"),
    ("Prices rose again.\n\nOil-producing Nigeria said it would raise output.", "NGA"),
])
def test_a_described_country_at_a_paragraph_start_is_found(actors, text, code_):
    assert code_ in [m.code for m in actors(text) if m.kind == "country"]


def test_a_first_name_before_a_country_name_is_still_a_person(actors):
    ms = actors("Basketball star Michael Jordan met fans in Paris on Saturday.")
    assert "JOR" not in [m.code for m in ms]


# -- "the vote", "the election": the country that held it ----------------------------------------

def test_criticising_the_vote_is_aimed_at_the_country_that_held_it(coder):
    evs = code(coder, "KAMPALA, Jan 20 (Reuters) - Ugandan police detained dozens of opposition supporters "
                      "after the presidential election, Ugandan officials said. "
                      "Uganda's electoral commission declared the incumbent the winner. "
                      "The European Union criticised the vote as neither free nor fair.", date="2026-01-20")
    acc = find_event(evs, "ACCUSE")
    assert entity_codes(acc.actor) == ("EUR",) and entity_codes(acc.recipient) == ("UGA",)


def test_the_election_takes_the_country_named_with_an_earlier_election(actors):
    ms = actors("Georgia's parliamentary election drew protests in Tbilisi, where the EU's envoy met "
                "opposition leaders and French and German diplomats. Washington called the election flawed.")
    assert _codes(ms, "election")[-1:] == ["GEO"]


def test_a_vote_by_a_council_still_names_the_voters(coder):
    evs = code(coder, "The U.N. Security Council voted on Friday to extend sanctions on South Sudan. "
                      "Juba condemned the vote.", date="2025-05-30")
    acc = find_event(evs, "ACCUSE")
    assert "SSD" in entity_codes(acc.actor)
    assert "SSD" not in entity_codes(acc.recipient)


def test_welcoming_the_vote_on_a_resolution_is_no_election(actors):
    ms = actors("The U.N. Security Council on Monday renewed the mandate of its mission in Lebanon. "
                "The resolution passed with 13 votes in favour. Lebanon's government welcomed the vote.")
    assert "vote" not in [m.text for m in ms]


@pytest.mark.parametrize("role", ["gangs", "gangsters", "kidnappers"])
def test_gangs_and_kidnappers_are_the_named_criminal_group(actors, role):
    ms = actors("PORT-AU-PRINCE (Reuters) - Members of the Gran Grif gang attacked the town of Pont-Sonde on "
                f"Thursday, Haitian police said. Kenyan officers later exchanged fire with the {role}.")
    assert _codes(ms, role) == ["HTI"]


def test_the_attackers_are_the_armed_men_named_with_their_country(actors):
    ms = actors("PRISTINA (Reuters) - Kosovo police said Serb gunmen had stormed a village in the north on Sunday. "
                "Kosovo police killed two of the attackers in a gunfight.")
    assert _codes(ms, "attackers") == ["SRB"]


@pytest.mark.parametrize("text,phrase,code_", [
    ("Sudan cut ties with the United Arab Emirates, accusing the Gulf state of arming rebels.", "the Gulf state", "ARE"),
    ("Lithuania expelled a Russian diplomat after the Baltic state's airspace was violated.", "the Baltic state", "LTU"),
    ("Mali recalled its envoy from Algeria, accusing the North African country of hostility.",
     "the North African country", "DZA"),
])
def test_a_region_word_narrows_a_description_of_a_country(actors, text, phrase, code_):
    assert by_text(actors(text), phrase).code == code_


# -- requests from other areas (round 8) ---------------------------------------------------------

def test_an_igo_official_named_across_modifiers_is_the_igo_not_the_scene(coder):
    ev = find_event(code(coder, "The UN's top refugee official Filippo Grandi called for an end to "
                                "deportations of Afghans from Pakistan.", date="2025-04-10"), "REQUEST")
    assert entity_codes(ev.actor) == ("UNO",)


@pytest.mark.parametrize("text,offerer", [
    ("Egypt offered to mediate between Ethiopia and Sudan. Addis Ababa rejected the offer on Tuesday.", "EGY"),
    ("The EU offered Serbia a faster path to membership, but Belgrade refused the offer.", "EUR"),
    ("Kenya offered to send police to Haiti, and the Haitian government accepted the offer.", "KEN"),
    ("Turkey proposed hosting talks between Russia and Ukraine. Moscow welcomed the proposal.", "TUR"),
])
def test_a_reaction_to_the_offer_is_aimed_at_the_offerer_only(coder, text, offerer):
    evs = code(coder, text, date="2025-05-01")
    reaction = evs[-1]
    assert entity_codes(reaction.recipient) == (offerer,)


def test_rejecting_an_offer_with_no_offer_told_has_no_recipient(coder):
    evs = code(coder, "Ukraine rejected the offer on Monday.", date="2025-05-01")
    assert all(not entity_codes(e.recipient) for e in evs)


def test_he_in_a_during_which_relative_is_the_caller_not_the_partner(coder):
    evs = code(coder, "Brazil's President Luiz Inacio Lula da Silva said he had spoken by phone with Chinese "
                      "President Xi Jinping, during which he urged Beijing to help end the war in Ukraine.",
               date="2025-05-01")
    req = find_event(evs, "REQUEST")
    assert entity_codes(req.actor) == ("BRA",) and entity_codes(req.recipient) == ("CHN",)


def test_a_short_old_alternate_name_is_no_city():
    from tidings.pipeline.gazetteer import gazetteer

    assert gazetteer().resolve("Ber") is None


@pytest.mark.parametrize("text,role,code_", [
    ("Jihadists from the al Qaeda-linked JNIM have blockaded the town of Kayes in western Mali since September.",
     "Jihadists", "IMG"),
    ("Militants of the outlawed Balochistan Liberation Army attacked a train in Quetta, Pakistan, on Tuesday.",
     "Militants", "PAK"),
])
def test_an_armed_role_from_a_named_group_across_modifiers_is_the_group(actors, text, role, code_):
    assert by_text(actors(text), role).code == code_


@pytest.mark.parametrize("text,code_", [
    ("Thousands of protesters marched through Lima on Wednesday, and police fired tear gas at them near Congress.", "PER"),
    ("Guatemala's president accused prosecutors of plotting a coup, and Congress refused to lift their immunity.", "GTM"),
    ("Trump asked Congress to approve $90 billion for border security.", "USA"),
])
def test_a_bare_congress_is_the_scene_country_s_unless_americans_are_named(actors, text, code_):
    assert by_text(actors(text), "Congress").code == code_


# -- round 9 (stories): the story's pair behind third parties, domestic reactions, retold acts ------------------

@pytest.mark.parametrize("text,etype,pair", [
    ("Sudan accused Chad of arming the RSF, and Chad accused Sudan of bombing its border town. Egypt and Saudi "
     "Arabia urged both governments to stop the war of words. The two sides later agreed to reopen their embassies.",
     "AGREE", ("SDN", "TCD")),
    ("Armenia accused Azerbaijan of firing on its border posts, and Azerbaijan blamed Armenia for the escalation. "
     "Britain and France spoke to officials in Yerevan and Baku. Both sides later withdrew their troops.",
     "RETREAT", ("ARM", "AZE")),
])
def test_the_two_sides_are_the_story_pair_not_the_third_parties_that_addressed_them(coder, text, etype, pair):
    ev = find_event(code(coder, text, date="2025-06-01"), etype)
    assert entity_codes(ev.actor) == pair


def test_the_two_countries_can_still_be_a_pair_of_allies(coder):
    evs = code(coder, "The United States and Britain condemned Russia's missile strike on Odesa. The two countries "
                      "pledged more air defence systems to Ukraine.", date="2025-06-01")
    assert entity_codes(find_event(evs, "AGREE").actor) == ("GBR", "USA")


@pytest.mark.parametrize("text,code_", [
    ("Gunmen from the Gran Grif gang stormed the town of Petite-Riviere on Sunday. Kenyan police joined an operation "
     "to drive them out. Haiti's transitional council condemned the attack.", "HTI"),
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle on Friday. Ugandan troops helped repel them. "
     "Somalia's defence ministry condemned the assault.", "SOM"),
    ("Militants from the Pakistani Taliban killed nine police officers in Dera Ismail Khan. Afghan officials denied "
     "any link. Pakistan's interior minister denounced the attack.", "PAK"),
])
def test_a_state_condemning_its_own_gang_or_rebels_attack_is_aimed_at_them(coder, text, code_):
    acc = find_event(code(coder, text, date="2025-06-01"), "ACCUSE")
    assert entity_codes(acc.actor) == (code_,) and entity_codes(acc.recipient) == (code_,)


@pytest.mark.parametrize("text", [
    "Russia fired dozens of drones at Ukraine's power plants overnight, officials said. Blackouts hit Lviv. "
    "Engineers worked to restore supplies. Kyiv appealed for more air defences. The Russian defence ministry said "
    "its troops had conducted the strikes on energy facilities serving the military.",
    "Israeli warplanes struck the Houthi-held port of Hodeidah on Monday. Dock workers fled. Cranes were destroyed. "
    "The Israeli military later said it had carried out the attack against Houthi weapons depots.",
])
def test_a_definite_retelling_of_the_same_act_is_not_a_second_event(coder, text):
    evs = code(coder, text, date="2025-06-01")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "Israeli warplanes struck the port of Hodeidah on Monday. The Houthis condemned the strikes. On Tuesday, "
    "Israel carried out new strikes on Sanaa airport.",
    "Sudan's RSF shelled El Fasher on Saturday. On Monday the paramilitary group renewed the assault on the city.",
])
def test_new_rounds_of_an_act_stay_events(coder, text):
    evs = code(coder, text, date="2025-06-01")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 2


@pytest.mark.parametrize("text,actor,recipient", [
    ("Unidentified gunmen attacked a gendarmerie post in Burkina Faso's Est region on Saturday, killing nine "
     "gendarmes. JNIM claimed responsibility on Sunday.", ("IMG",), ("BFA",)),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing seven soldiers. Al-Shabaab claimed "
     "responsibility for the bombing.", ("SOM",), ("SOM",)),
])
def test_a_claim_of_responsibility_names_the_unnamed_attackers_and_is_no_second_attack(coder, text, actor, recipient):
    evs = [e for e in code(coder, text, date="2025-06-01") if e.event == "ASSAULT"]
    assert len(evs) == 1
    assert entity_codes(evs[0].actor) == actor and entity_codes(evs[0].recipient) == recipient


def test_no_one_claiming_responsibility_leaves_the_attack_alone(coder):
    evs = code(coder, "Militants blew up a gas pipeline in Balochistan on Monday. No group has claimed "
                      "responsibility.", date="2025-06-01")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1


def test_a_state_force_s_fighters_are_not_the_group(actors):
    ms = actors("Islamic State Sahel fighters raided a convoy near Menaka on Monday. Malian soldiers and Russian "
                "Africa Corps fighters pursued them. The group later freed the drivers.")
    assert by_text(ms, "Russian Africa Corps fighters").sector == "MIL"
    assert by_text(ms, "The group").code == "IMG"


# -- round 9 requests (dyads, recipients, lead) ------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase,owner", [
    ("Miners at a Chinese-owned cobalt mine in Kolwezi walked off the job on Monday.", "Miners", "CHN"),
    ("Employees of a Turkish-run cement plant in Mali's Kayes region were abducted.", "Employees", "TUR"),
])
def test_a_hyphen_owner_of_the_site_is_not_the_staff_s_country(actors, text, phrase, owner):
    assert by_text(actors(text), phrase).code != owner


def test_staff_of_a_named_firm_are_still_its_country_s(actors):
    assert by_text(actors("Chinese police questioned an employee of Japanese trading house Mitsui."),
                   "employee").code == "JPN"


@pytest.mark.parametrize("text", [
    "Kabul blamed the bombing on Pakistan-based militants.",
    "Officials said the attack was carried out by militants based in Pakistan.",
])
def test_militants_based_in_a_country_are_that_country_s(actors, text):
    assert by_text(actors(text), "militants").code == "PAK"


def test_a_province_named_by_its_capital_resolves_to_its_country():
    from tidings.pipeline.gazetteer import gazetteer

    loc = gazetteer().resolve("Bamiyan province")
    assert loc is not None and loc.country_code == "AFG" and loc.resolution == 2
    assert gazetteer().resolve("Islamic State") is None


@pytest.mark.parametrize("text,actor,recipient", [
    ("Azerbaijan and Armenia initialled a peace treaty in Washington, an accord that Iran criticised as a threat to "
     "its borders.", ("IRN",), ("ARM", "AZE")),
    ("Mali and Russia signed a gold refinery agreement in Bamako, a deal France denounced on Friday.",
     ("FRA",), ("MLI", "RUS")),
])
def test_a_reaction_in_a_relative_clause_is_aimed_at_the_parties_of_the_deal_it_restates(coder, text, actor, recipient):
    acc = find_event(code(coder, text, date="2025-08-10"), "ACCUSE")
    assert entity_codes(acc.actor) == actor and entity_codes(acc.recipient) == recipient


def test_dismissing_an_earlier_criticism_is_no_second_accusation(coder):
    evs = code(coder, "Algeria denounced Mali's drone flights as a violation of its airspace. Mali's foreign ministry "
                      "dismissed the Algerian criticism as baseless.", date="2025-04-10")
    assert len([e for e in evs if e.event == "ACCUSE"]) == 1


@pytest.mark.parametrize("text,phrase,code_", [
    ("A spokesman for the Burundian contingent said its soldiers had not left their positions.", "spokesman", "BDI"),
    ("The commander of the Nigerian battalion said his men were ready.", "commander", "NGA"),
])
def test_a_spokesman_for_a_national_body_speaks_for_its_country(actors, text, phrase, code_):
    assert by_text(actors(text), phrase).code == code_


@pytest.mark.parametrize("text,recipient", [
    ("Belarus expelled two Latvian diplomats on Friday. Its foreign ministry accused them of spying.", ("LVA",)),
    ("Iran detained two German cyclists near Isfahan in June. The judiciary later charged them with espionage.",
     ("DEU",)),
])
def test_them_is_the_previous_sentence_s_plural_object(coder, text, recipient):
    acc = find_event(code(coder, text, date="2025-07-01"), "ACCUSE")
    assert entity_codes(acc.recipient) == recipient


def test_a_town_the_story_introduces_with_its_country_stays_a_place_of_it(coder):
    evs = code(coder, "Gunmen raided the northern Nigerian village of Kasuwan-Daji on Sunday, residents said. "
                      "Beninese troops later pulled back from Kasuwan-Daji, officials said.", date="2025-06-01")
    ret = find_event(evs, "RETREAT")
    assert entity_codes(ret.recipient) == ("NGA",)


def test_a_named_town_is_no_person(actors):
    ms = actors("Russian forces shelled the Ukrainian village of Bilozerka overnight. Two people died in Bilozerka.")
    assert all(m.kind != "person" for m in ms if m.text == "Bilozerka")


def test_the_attack_in_a_during_phrase_is_the_story_s_attack(coder):
    evs = code(coder, "Gang members stormed the town of Pont-Sonde overnight, killing 30 people, residents said.\n"
                      "A spokesman for the Kenyan contingent said its officers had stayed at their base during the "
                      "attack.", date="2025-06-01")
    assault = [e for e in evs if e.event == "ASSAULT"]
    assert len(assault) == 1 and entity_codes(assault[0].actor) == ("HTI",)


