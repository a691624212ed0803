"""People in the actors stage: titles, the office-holder knowledge base, surnames, apposition, pronouns."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event
from .test_actors import by_text, run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2024-09-10": run(stage, coder.nlp, text, date)


def test_country_title_and_name_make_one_person_with_office(actors):
    m = by_text(actors("British Foreign Secretary David Lammy arrived in Kyiv."), "British Foreign Secretary David Lammy")
    assert (m.kind, m.code, m.sector, m.office) == ("person", "GBR", "GOV", "Foreign Secretary")
    assert m.identifier_text == "David Lammy"


def test_surname_later_in_the_story_is_the_same_entity(actors):
    ms = actors("British Foreign Secretary David Lammy arrived in Kyiv. Lammy said support would continue.")
    later = by_text(ms, "Lammy")
    assert (later.kind, later.code, later.sector, later.office) == ("person", "GBR", "GOV", "Foreign Secretary")
    assert later.sent_index == 1


@pytest.mark.parametrize(
    ("text", "phrase", "code", "office"),
    [
        ("U.S. Secretary of State Antony Blinken flew to Cairo.", "U.S. Secretary of State Antony Blinken", "USA", "Secretary of State"),
        ("Ukrainian President Volodymyr Zelenskyy thanked allies.", "Ukrainian President Volodymyr Zelenskyy", "UKR", "President"),
        ("President Joe Biden signed the bill.", "President Joe Biden", "USA", "President"),
        ("President Putin of Russia met the envoy.", "President Putin of Russia", "RUS", "President"),
        ("Russia's President Vladimir Putin spoke.", "Russia's President Vladimir Putin", "RUS", "President"),
    ],
)
def test_titled_people_resolve_country_and_office(actors, text, phrase, code, office):
    m = by_text(actors(text), phrase)
    assert (m.kind, m.code, m.sector, m.office) == ("person", code, "GOV", office)


def test_unknown_person_after_a_country_title_takes_the_country(actors):
    m = by_text(actors("Moldovan Interior Minister Ion Petrescu resigned."), "Moldovan Interior Minister Ion Petrescu")
    assert (m.kind, m.code, m.sector) == ("person", "MDA", "GOV")


def test_bare_knowledge_base_name_resolves_by_story_date(actors):
    assert (by_text(actors("Biden spoke on Tuesday.", "2023-03-01"), "Biden").sector) == "GOV"
    later = by_text(actors("Biden spoke on Tuesday.", "2026-03-01"), "Biden")
    assert (later.code, later.sector) == ("USA", "ELI")
    vp = by_text(actors("Biden spoke on Tuesday.", "2015-03-01"), "Biden")
    assert vp.office == "Vice President"


def test_shared_surname_picks_the_holder_in_office_on_the_story_date(actors):
    assert by_text(actors("Sharif met the army chief.", "2016-01-05"), "Sharif").identifier_text == "Nawaz Sharif"
    assert by_text(actors("Sharif met the army chief.", "2024-06-05"), "Sharif").identifier_text == "Shehbaz Sharif"


def test_knowledge_base_name_without_story_date_takes_most_recent_term(actors):
    m = by_text(actors("Lammy met Rubio.", None), "Lammy")
    assert (m.code, m.sector) == ("GBR", "GOV")


def test_person_who_changed_office_gets_the_office_of_the_date(actors):
    assert by_text(actors("Katz said the operation would go on.", "2024-03-01"), "Katz").office == "Foreign Minister"
    assert by_text(actors("Katz said the operation would go on.", "2025-03-01"), "Katz").office == "Defence Minister"


def test_igo_heads_take_the_organisation_code(actors):
    ms = actors("Antonio Guterres and Rafael Grossi called for restraint.", "2024-09-10")
    assert by_text(ms, "Antonio Guterres").code == "UNO"
    assert by_text(ms, "Rafael Grossi").code == "UNO"


def test_unknown_person_is_emitted_with_no_code(actors):
    m = by_text(actors("Maria Kowalczyk, a shop owner, watched the march."), "Maria Kowalczyk")
    assert (m.kind, m.code) == ("person", None)


def test_apposition_gives_an_unknown_person_the_role_country(actors):
    ms = actors("Ali Bahreini, Iran's ambassador to the UN, rejected the claims. Bahreini repeated the denial.")
    first = by_text(ms, "Ali Bahreini")
    assert (first.code, first.sector) == ("IRN", "GOV")
    assert by_text(ms, "Bahreini").code == "IRN"


def test_he_resolves_to_the_latest_person(actors):
    ms = actors("Blinken praised Lammy in London. He said the missiles had arrived.")
    he = by_text(ms, "He")
    assert he.kind == "pronoun" and he.antecedent is not None and he.antecedent.text == "Lammy"
    assert (he.code, he.sector) == ("GBR", "GOV")


def test_he_after_a_meeting_continues_its_subject(actors):
    # round 18 (coref_continuity): after a meeting the next sentence's "he" is the meeting's subject
    ms = actors("Blinken met Lammy in London. He said the missiles had arrived.")
    he = by_text(ms, "He")
    assert he.kind == "pronoun" and he.antecedent is not None and he.antecedent.text == "Blinken"


def test_it_resolves_to_a_country_subject_and_not_to_a_dummy_it(actors):
    ms = actors("Tehran rejected claims that it had supplied weapons. It is unclear what comes next.")
    its = [m for m in ms if m.kind == "pronoun"]
    assert [m.text for m in its] == ["it"]
    assert its[0].code == "IRN" and its[0].antecedent.text == "Tehran"


def test_its_and_the_country_resolve_to_the_latest_country(actors):
    ms = actors("The U.S. and its allies back Ukraine, even as the country struggles.")
    assert by_text(ms, "its").code == "USA"
    assert by_text(ms, "the country").code == "UKR"


def test_possessive_pronoun_gives_its_country_to_a_role(actors):
    ms = actors("Iran denied the report, with a statement from its mission to the United Nations.")
    assert (by_text(ms, "mission").code, by_text(ms, "mission").sector) == ("IRN", "GOV")


def test_pronoun_without_antecedent_in_range_stays_unresolved(actors):
    assert all(m.kind != "pronoun" for m in actors("He said the plan would work."))


def test_dominant_country_fills_bare_roles(actors):
    text = ("Kenya's president addressed Kenyan lawmakers in Nairobi. "
            "Protesters gathered outside parliament as police fired tear gas.")
    ms = actors(text)
    assert by_text(ms, "Protesters").code == "KEN"
    assert by_text(ms, "police").code == "KEN" and by_text(ms, "police").confidence < 1.0


def test_no_dominant_country_leaves_bare_roles_uncoded(actors):
    ms = actors("Russia and Ukraine traded blame. Protesters gathered in a square.")
    assert by_text(ms, "Protesters").code is None


def test_person_registry_is_kept_on_the_story_context(coder):
    from tidings.coder import make_story, parse_date
    from tidings.pipeline.base import StoryContext

    text = "French President Emmanuel Macron met workers."
    ctx = StoryContext(story=make_story(text), doc=coder.nlp(text), pub_date=parse_date("2024-01-01"))
    coder.stages[0](ctx)
    assert "emmanuel macron" in ctx.people["by_name"]


def test_explicit_title_beats_an_out_of_term_knowledge_base_entry(actors):
    m = by_text(actors("Syrian President Ahmed al-Sharaa met the envoy.", "2024-09-10"), "Syrian President Ahmed al-Sharaa")
    assert (m.code, m.sector, m.office) == ("SYR", "GOV", "President")
    k = by_text(actors("EU foreign policy chief Kaja Kallas spoke.", "2024-09-10"), "EU foreign policy chief Kaja Kallas")
    assert k.code == "EUR"


def test_former_before_a_titled_person_makes_them_eli(actors):
    m = by_text(actors("Former Pakistani Prime Minister Imran Khan was jailed."), "Pakistani Prime Minister Imran Khan")
    assert (m.code, m.sector) == ("PAK", "ELI")
    assert by_text(actors("The former president spoke."), "former president").sector == "ELI"


def test_definite_descriptions_of_organisations(actors):
    ms = actors("NATO will hold exercises in the Baltic. The alliance also warned Moscow. "
                "Hungary blocked the EU statement, and the bloc's foreign ministers failed to agree.")
    assert by_text(ms, "The alliance").antecedent.text == "NATO"
    assert by_text(ms, "the bloc").code == "EUR"
    assert by_text(ms, "foreign ministers").code == "EUR"
    group = by_text(actors("A senior Hamas official said the group had received the proposal."), "the group")
    assert (group.code, group.sector) == ("PSE", "REB")


def test_descriptions_of_organisations_may_carry_modifiers(actors):
    ms = actors("ECOWAS leaders met in Abuja on Sunday. The regional bloc imposed sanctions on Niger.")
    assert by_text(ms, "The regional bloc").code == "IGO"
    ms = actors("The European Union fined Apple. The 27-nation bloc also warned Google.")
    assert by_text(ms, "The 27-nation bloc").code == "EUR"
    # a named modifier is a name, not a description
    assert all(m.kind != "pronoun" for m in actors("The talks ended. The Quebec bloc walked out."))


def test_title_before_an_unknown_name_is_kept_even_as_a_compound(actors):
    m = by_text(actors("Malian junta leader Assimi Goita expelled the envoy."), "Malian junta leader Assimi Goita")
    assert (m.kind, m.code, m.sector) == ("person", "MLI", "GOV")


def test_former_title_attaches_to_the_name(actors):
    m = by_text(actors("Prosecutors indicted former President Yoon Suk Yeol.", "2024-09-10"),
                "former President Yoon Suk Yeol")
    assert (m.code, m.sector) == ("KOR", "ELI")


def test_single_word_person_after_a_place_preposition_is_not_a_person(actors):
    ms = actors("Congolese troops and M23 rebels fought near Goma.")
    assert "Goma" not in [m.text for m in ms if m.kind == "person"]


def test_registered_surname_is_not_read_inside_a_date(actors):
    ms = actors("Prime Minister Theresa May met Putin. On May 5, the two spoke again.", "2016-09-01")
    assert [m.identifier_text for m in ms if m.kind == "person"] == ["Theresa May", "Vladimir Putin"]


def test_the_title_refers_to_the_latest_holder_of_that_office(actors):
    ms = actors("Ukrainian President Volodymyr Zelenskyy met Polish Prime Minister Donald Tusk. "
                "The president said the talks went well. The prime minister agreed.")
    assert (by_text(ms, "president").code, by_text(ms, "president").identifier_text) == ("UKR", "Volodymyr Zelenskyy")
    assert by_text(ms, "prime minister").code == "POL"
    vp = actors("Vice President JD Vance spoke. The president later called.", "2025-06-01")
    assert by_text(vp, "president").identifier_text is None


# -- group references: "the two leaders", "both sides", "they" -------------------------------

def group_at(mentions, text):
    return [m for m in mentions if m.text == text]


def test_the_two_leaders_is_one_pronoun_mention_per_party(actors):
    ms = actors("Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
                "The two leaders agreed to reopen a disputed lake crossing.", "2024-05-06")
    group = group_at(ms, "The two leaders")
    assert sorted(m.code for m in group) == ["KEN", "TZA"]
    assert all(m.kind == "pronoun" and m.sector == "GOV" and m.antecedent is not None for m in group)
    assert len({(m.start, m.end) for m in group}) == 1  # one span, one mention per party
    assert not any(m.text == "leaders" for m in ms)  # the bare role is replaced


def test_both_sides_and_the_neighbours_take_the_parties_of_an_earlier_sentence(actors):
    ms = actors("Peruvian and Ecuadorian troops traded fire along the river on Tuesday. "
                "A local mayor said two soldiers were hurt. Both sides blamed each other. "
                "The neighbours fought a short war in 1995.")
    assert sorted(m.code for m in group_at(ms, "Both sides")) == ["ECU", "PER"]
    neighbours = group_at(ms, "The neighbours")
    assert sorted(m.code for m in neighbours) == ["ECU", "PER"]
    assert all(m.sector is None and m.antecedent.kind != "pronoun" for m in neighbours)


def test_group_phrase_resolves_nothing_when_the_count_does_not_match(actors):
    ms = actors("Chile and Bolivia held border talks in Arica on Thursday. The three governments will meet again.")
    assert group_at(ms, "The three governments") == []
    ms = actors("Egypt hosted talks on the Nile dam. The two countries failed to agree.")  # one party only
    assert group_at(ms, "The two countries") == []


def test_the_two_countries_do_not_stand_for_an_organisation(actors):
    ms = actors("The African Union and Ghana criticised the vote. The two countries said it was flawed.")
    assert group_at(ms, "The two countries") == []


def test_they_after_a_sentence_about_two_countries(actors):
    ms = actors("Serbia and Kosovo signed a trade protocol in Brussels on Friday. They pledged to reopen two crossings.")
    they = group_at(ms, "They")
    assert sorted(m.code for m in they) == ["KOS", "SRB"]
    assert all(m.kind == "pronoun" for m in they)


def test_they_is_not_a_single_country_or_person(actors):
    assert group_at(actors("Norway criticised the ruling. They said it was unfair."), "They") == []
    assert group_at(actors("Viktor Orban met the envoy. They talked for an hour.", "2024-05-06"), "They") == []


def test_sentences_without_group_phrases_are_unchanged(actors):
    ms = actors("Chile and Bolivia held border talks on Thursday. Chilean officials said progress was made.")
    assert not any(m.kind == "pronoun" for m in ms)


def _codes(events, kind):
    return [sorted({a.code for a in e.actor if a.code}) for e in events if e.event == kind]


def test_group_phrase_gives_the_event_its_parties(coder):
    story = ("Colombian and Venezuelan troops clashed near the border on Sunday. "
             "Both sides agreed on Monday to a ceasefire.")
    found = _codes(coder.code(story, date="2024-05-06"), "AGREE")
    assert found and set(found[0]) and set(found[0]) <= {"COL", "VEN"}


def test_group_phrase_event_names_every_party(coder):
    story = ("Colombian and Venezuelan troops clashed near the border on Sunday. "
             "Both sides agreed on Monday to a ceasefire.")
    assert _codes(coder.code(story, date="2024-05-06"), "AGREE") == [["COL", "VEN"]]


def test_unmatched_group_phrase_gives_no_party_to_the_event(coder):
    story = "Chile and Bolivia held border talks on Thursday. The three governments agreed to a new survey."
    for codes in _codes(coder.code(story, date="2024-05-06"), "AGREE"):
        assert not set(codes) & {"CHL", "BOL"}


def test_a_titled_speaker_is_not_given_the_dominant_country_his_sentence_names_as_the_other_side(actors):
    ms = actors("Deputy Prime Minister Oliver Dowden told parliament that Chinese hackers had breached the email "
                "accounts of British lawmakers. China's embassy dismissed the accusations as fabricated.")
    assert by_text(ms, "Deputy Prime Minister Oliver Dowden").code != "CHN"


@pytest.mark.parametrize(("text", "later", "code"), [
    ("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. "
     "Lee urged Japan to face history honestly.", "Lee", "KOR"),
    ("Chinese Premier Li Qiang arrived in Jakarta. Li called on ASEAN to reject protectionism.", "Li", "CHN"),
    ("Japanese Prime Minister Shigeru Ishiba met Lee in Tokyo. Ishiba said ties were improving.", "Ishiba", "JPN"),
])
def test_east_asian_names_are_family_name_first(actors, text, later, code):
    ms = actors(text)
    assert [m.code for m in ms if m.text == later][-1] == code


def test_the_president_is_not_the_one_whose_country_his_sentence_names(actors):
    ms = actors("ANKARA (Reuters) - Turkish President Tayyip Erdogan hosted Syrian interim President Ahmed al-Sharaa "
                "in Ankara on Tuesday. The president pledged to help rebuild Syria. "
                "The interior ministry said 50,000 refugees had returned.")
    assert by_text(ms, "president").code == "TUR"
    assert by_text(ms, "refugees").code is None


def test_a_backed_role_takes_no_default_country(actors):
    ms = actors("The Pentagon said Iran-backed militias had attacked U.S. forces in Syria. "
                "U.S. officials said the strikes would continue.")
    assert by_text(ms, "militias").code is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("French President Emmanuel Macron, who rode with Narendra Modi to the palace, praised India as a reliable "
     "partner and said he would return to New Delhi next year.", "FRA"),
    ("Polish Prime Minister Donald Tusk met Viktor Orban in Brussels and said afterwards that he had urged the "
     "Hungarian leader to lift his veto.", "POL"),
])
def test_he_in_what_a_person_said_is_that_person(actors, text, speaker):
    ms = actors(text)
    assert by_text(ms, "he").code == speaker


def test_the_militants_are_the_armed_group_named_before(actors):
    ms = actors("Al-Shabaab fighters attacked an army base near Mogadishu on Sunday. Hours later, the militants "
                "detonated a car bomb at a checkpoint in the capital, police said.")
    m = by_text(ms, "militants")
    assert (m.code, m.sector) == ("SOM", "REB")


def test_they_after_police_acted_on_a_crowd_is_the_crowd(actors):
    ms = actors("Turkish police detained dozens of students in Ankara on Thursday as they marched towards "
                "parliament.")
    they = [m for m in ms if m.text == "they"]
    assert they and they[0].code == "TUR" and they[0].sector == "EDU"


def test_bare_the_two_after_a_meeting_is_both_parties(actors):
    ms = actors("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Tayyip Erdogan in Athens, and "
                "the two agreed to resume talks on maritime borders.")
    assert sorted(m.code for m in ms if m.text == "the two") == ["GRC", "TUR"]


def test_they_skips_the_subject_of_a_relative_clause(actors):
    ms = actors("Kenyan police arrested two British tourists who had been filming near State House, and they "
                "released them on Friday.")
    they = [m for m in ms if m.text == "they"]
    assert they and they[0].code == "KEN"


def test_a_not_actor_phrase_vetoes_an_ner_person(actors):
    ms = actors("Hungarian police stopped migrants on a bridge over the Danube near Budapest.")
    assert not [m for m in ms if m.text == "Danube"]


# Story references and the country they resolve to: (story, mention text, country or None).
REFERENCES = [
    pytest.param("Hezbollah said on Tuesday it had fired rockets at an Israeli base. The group's spokesman said Israeli strikes had killed three of its fighters.",
                 'fighters', 'LBN', id='its_after_a_groups_spokesman_is_the_group'),
    pytest.param('Algeria cut diplomatic ties with Qatar on Monday, accusing the Gulf state of meddling in its affairs.',
                 'the Gulf state', 'QAT', id='the_gulf_state_is_the_country_named_before'),
    pytest.param("BAMAKO (Reuters) - Mali's military rulers have accused France of backing jihadists in Mali. In March, the authorities arrested two French aid workers, accusing them of spying.",
                 'authorities', 'MLI', id='the_dateline_authorities_act_on_foreigners'),
    pytest.param('Bangladeshi police fired rubber bullets at striking workers outside a factory in Dhaka on Sunday.',
                 'workers', 'BGD', id='victims_in_a_place_of_the_only_country_named_are_its_people'),
    pytest.param('Russian drones struck a market in the Ukrainian city of Kherson, killing three civilians.',
                 'civilians', None, id='victims_take_no_country_when_the_attacker_is_foreign'),
    pytest.param("Malaysia deported more than 300 Bangladeshis last month, the country's immigration department said on Friday.",
                 'the country', 'MYS', id='the_country_is_the_country_named_not_its_people'),
    pytest.param("Estonia expelled a Russian diplomat on Tuesday, accusing him of undermining the country's constitutional order.",
                 'him', 'RUS', id='him_is_a_singular_role_when_no_person_is_nearer'),
    pytest.param('Russian authorities detained an employee of German carmaker Volkswagen in Kaluga on Tuesday.',
                 'employee', 'DEU', id='staff_of_a_foreign_company_are_its_country'),
    pytest.param('"Our troops shot down two Russian drones over Kharkiv," Ukraine\'s air force said on Telegram.',
                 'troops', 'UKR', id='our_forces_in_a_quote_are_the_speakers'),
    pytest.param('Niger alleged on Monday that Benin had detained three of its soldiers near the border.',
                 'its', 'NER', id='its_target_in_a_reported_hostile_act_is_the_reporters'),
    pytest.param("RABAT (Reuters) - Morocco's foreign minister Nasser Bourita accused Spain of harbouring separatists, "
                 "and said the kingdom had summoned the Spanish ambassador.",
                 'the kingdom', 'MAR', id='the_kingdom_in_what_a_party_says_is_the_speakers_not_the_last_named'),
    pytest.param("LILONGWE (Reuters) - Former president Peter Mutharika accused the electoral commission of "
                 "tampering with results on Monday.",
                 'Former president Peter Mutharika', 'MWI', id='a_story_naming_no_one_else_is_about_the_dateline_country'),
    pytest.param("DHAKA (Reuters) - Bangladesh's election commission suspended the registration of the Awami League "
                 "on Monday. The party said it would challenge the decision.",
                 'The party', 'BGD', id='the_party_is_the_party_named_before'),
    pytest.param("Belarus deported a Polish priest on Friday after police arrested two Lithuanian activists near the "
                 "border, state media reported.",
                 'state media', 'BLR', id='state_media_are_of_the_state_whose_act_they_report'),
    pytest.param("Belarus deported a Polish priest on Friday after police arrested two Polish activists near the "
                 "border, state media reported.",
                 'police', 'BLR', id='police_in_a_time_clause_under_a_states_act_are_that_states'),
    pytest.param("KYIV (Reuters) - The International Criminal Court opened an inquiry into the deportations. "
                 "Ukraine's prosecutor general met the court's registrar. Kyiv handed new evidence to the court on Friday.",
                 'court', 'IGO', id='the_court_is_the_international_court_named_before'),
    pytest.param("Kenya's interior minister said the government would appeal against the ruling.",
                 'government', 'KEN', id='the_government_in_what_a_minister_says_is_the_ministers'),
    pytest.param("Russian glide bombs hit Zaporizhzhia on Sunday. The regional governor said the strikes on the city "
                 "killed four people.",
                 'the city', 'UKR', id='the_city_is_the_place_named_before_not_the_attackers_country'),
    pytest.param("TAIPEI (Reuters) - Taiwan's coast guard tracked Chinese ships on Monday. Taiwanese President Lai "
                 "Ching-te spoke to troops. Beijing called Lai a separatist. Chinese ships sailed around the island "
                 "for hours.",
                 'the island', 'TWN', id='the_island_is_the_island_country_the_story_names_most'),
    pytest.param("Israel's military said warplanes had struck Hezbollah depots near Tyre overnight.",
                 'warplanes', 'ISR', id='forces_in_what_a_military_reports_are_its_own'),
    pytest.param("Turkish President Tayyip Erdogan, whose country sold armed drones to Ethiopia, met Sudan's army chief on Monday.",
                 'whose country', 'TUR', id='whose_country_is_the_country_of_the_person_described'),
]


def test_numbered_group_takes_every_member_of_the_earlier_list(actors):
    ms = actors("Senegal, Gambia and Guinea-Bissau signed a fisheries pact in Dakar in March. Guinea-Bissau's fishing "
                "minister praised Spain. Senegal's president thanked France. The three governments will meet again in June.")
    assert sorted(m.code for m in ms if m.text == "The three governments") == ["GMB", "GNB", "SEN"]


def test_forces_striking_the_reporters_own_country_are_not_the_reporters(actors):
    ms = actors("Ukraine's air force said drones had hit apartment blocks in Kyiv overnight.")
    assert not [m for m in ms if m.text == "drones" and m.code == "UKR"]


@pytest.mark.parametrize("text,mention,country", REFERENCES)
def test_story_reference_resolves_to_its_country(actors, text, mention, country):
    assert by_text(actors(text), mention).code == country


CASES_IT_OR_A_DEFINITE_TAKES_ITS_PARTYS_CODE = [
    pytest.param(
        "The European Commission said the Hungarian law breached EU rules, and it asked Budapest to "
        "repeal the measure within two months.",
        "it", "EUR", id="it_as_subject_of_a_joined_clause_is_the_first_clause_s_subject"),
    pytest.param(
        "Germany, France and Poland urged restraint in a joint statement. In a televised address, "
        "Georgian Prime Minister Irakli Kobakhidze thanked the police and accused foreign-funded "
        "groups of trying to destabilise the country.",
        "the country", "GEO", id="the_country_without_a_country_in_its_sentence_is_the_acting_leader_s"),
    pytest.param(
        "Britain and Canada called for calm. Secretary of State Marco Rubio arrived in Panama on "
        "Sunday and said Washington respected the country's sovereignty.",
        "the country", "PAN", id="the_country_named_in_its_own_sentence_still_wins"),
    pytest.param(
        "The Southern African Development Community suspended Madagascar on Friday. The army chief "
        "warned that troops would resist any intervention by the regional bloc's forces.",
        "the regional bloc", "IGO", id="the_regional_bloc_even_when_the_tagger_calls_regional_a_name"),
]


@pytest.mark.parametrize(("text", "word", "code"),
                         CASES_IT_OR_A_DEFINITE_TAKES_ITS_PARTYS_CODE)
def test_it_or_a_definite_takes_its_partys_code(actors, text, word, code):
    ms = actors(text)
    assert by_text(ms, word).code == code


def test_her_in_a_phrase_of_the_verb_is_the_object_her_not_the_subject(actors):
    ms = actors("Chilean President Gabriel Boric spoke with Peruvian President Dina Boluarte on Monday. "
                "Argentine President Javier Milei later thanked her for her support.")
    hers = [m.code for m in ms if m.text == "her"]
    assert hers == ["PER", "PER"]


def test_thai_and_indonesian_officials_are_named_later_by_given_name(actors):
    ms = actors("Thai Foreign Minister Sihasak Phuangketkeow met reporters in Bangkok. "
                "Sihasak said talks with Phnom Penh would resume.", "2025-11-02")
    assert [m.code for m in ms if m.text == "Sihasak"] == ["THA"]
    ms = actors("Indonesian Navy Chief Admiral Muhammad Ali inspected the fleet. "
                "Indonesian Minister Budi Gunadi Sadikin spoke later. Budi said the ministry would help.", "2025-11-02")
    assert [m.code for m in ms if m.text == "Budi"] == ["IDN"]


def test_a_high_commission_is_its_country_s_government(actors):
    ms = actors("The Australian High Commission in Port Moresby said it had raised the matter with ministers.")
    m = next(m for m in ms if "High Commission" in m.text)
    assert (m.code, m.sector) == ("AUS", "GOV")


def test_regional_and_world_leaders_take_no_story_country(actors):
    ms = actors("Mali's junta left ECOWAS in January. Mali's army said it had killed 40 militants. "
                "Regional leaders met in Abuja on Sunday, and world leaders urged calm.", "2025-03-02")
    assert [m.code for m in ms if m.text.lower() == "leaders"] == [None, None]


def test_his_country_under_a_coded_speaker_is_the_speaker_s(coder):
    events = code(coder, "Belize's prime minister said his country would expel two Guatemalan diplomats.",
                  date="2025-06-11")
    expel = find_event(events, "SANCTION")
    assert entity_codes(expel.actor) == ("BLZ",)
    ms = run(coder.stages[0], coder.nlp, "Moldova's president said her country had closed its airspace.", "2025-06-11")
    assert by_text(ms, "her country").code == "MDA"


@pytest.mark.parametrize(("text", "phrase", "code_"), [
    ("Kenya's president said on Monday that the country's central bank had frozen three accounts.",
     "central bank", "KEN"),
    ("Kenyan President William Ruto said the country's farmers had blocked roads.", "farmers", "KEN"),
])
def test_the_country_in_what_a_national_speaker_says_is_the_speakers(actors, text, phrase, code_):
    assert by_text(actors(text), phrase).code == code_
