"""The actors stage on real parses: countries, sectors, organisations, composition, user dictionaries."""

from __future__ import annotations

import pytest

from tidings.coder import CoderConfig, make_story, parse_date
from tidings.pipeline.actors import Actors
from tidings.pipeline.base import Mention, StoryContext


def run(stage, nlp, text: str, date: str | None = "2024-09-10") -> list[Mention]:
    ctx = StoryContext(story=make_story(text, date=date), doc=nlp(text), pub_date=parse_date(date))
    stage(ctx)
    return ctx.mentions


def by_text(mentions, text):
    """The mention whose text is exactly ``text``."""
    return next(m for m in mentions if m.text == text)


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    assert stage.name == "actors"
    return lambda text, date="2024-09-10": run(stage, coder.nlp, text, date)


def found(mentions: list[Mention]) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.code, m.sector) for m in mentions}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The United States imposed sanctions on Venezuela.", "United States", "USA"),
        ("U.S. and UK diplomats met in Geneva.", "U.S.", "USA"),
        ("The US warned Beijing.", "US", "USA"),
        ("America will respond, the envoy said.", "America", "USA"),
        ("Britain recalled its envoy.", "Britain", "GBR"),
        ("The UK expelled two diplomats.", "UK", "GBR"),
        ("The United Kingdom joined the talks.", "United Kingdom", "GBR"),
        ("South Korea and North Korea exchanged fire.", "South Korea", "KOR"),
        ("South Korea and North Korea exchanged fire.", "North Korea", "PRK"),
        ("The DPRK launched a missile.", "DPRK", "PRK"),
        ("Kosovo closed the border crossing.", "Kosovo", "KOS"),
        ("Palestine asked for full membership.", "Palestine", "PSE"),
        ("Hong Kong arrested three activists.", "Hong Kong", "HKG"),
        ("Burkina Faso expelled the French ambassador.", "Burkina Faso", "BFA"),
        ("Ivory Coast signed the deal with Ghana.", "Ivory Coast", "CIV"),
        ("Turkey vetoed the bid.", "Turkey", "TUR"),
    ],
)
def test_country_names_and_short_forms_resolve_to_iso_codes(actors, text, phrase, code):
    assert found(actors(text))[phrase][0] == code


def test_demonyms_and_plural_demonyms_resolve_to_their_country(actors):
    got = found(actors("Iranian drones hit Ukrainian cities, and Ukrainians fled while Russians cheered."))
    assert got["Iranian drones"] == ("IRN", "MIL")
    assert got["Ukrainians"][0] == "UKR"
    assert got["Russians"][0] == "RUS"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Washington warned Moscow on Friday.", "Washington", ("USA", "GOV")),
        ("Washington warned Moscow on Friday.", "Moscow", ("RUS", "GOV")),
        ("Kyiv rejected the offer.", "Kyiv", ("UKR", "GOV")),
        ("Kiev rejected the offer.", "Kiev", ("UKR", "GOV")),
        ("Beijing protested to Tokyo.", "Beijing", ("CHN", "GOV")),
        ("The Kremlin denied the report.", "Kremlin", ("RUS", "GOV")),
        ("The White House welcomed the vote.", "White House", ("USA", "GOV")),
        ("Downing Street declined to comment.", "Downing Street", ("GBR", "GOV")),
        ("The Pentagon sent more jets.", "Pentagon", ("USA", "MIL")),
        ("The Elysee confirmed the call.", "Elysee", ("FRA", "GOV")),
        ("Officials at Foggy Bottom were surprised.", "Foggy Bottom", ("USA", "GOV")),
    ],
)
def test_capitals_and_seats_of_power_are_government_metonyms(actors, text, phrase, expected):
    assert found(actors(text))[phrase] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Russian troops advanced near Pokrovsk.", "Russian troops", ("RUS", "MIL")),
        ("The Iranian foreign ministry summoned the envoy.", "Iranian foreign ministry", ("IRN", "GOV")),
        ("Iran's foreign ministry summoned the envoy.", "Iran's foreign ministry", ("IRN", "GOV")),
        ("Ukraine's military said it downed 40 drones.", "Ukraine's military", ("UKR", "MIL")),
        ("The Russian defence ministry released a video.", "Russian defence ministry", ("RUS", "GOV")),
        ("Chinese coast guard vessels blocked the boat.", "Chinese coast guard", ("CHN", "MIL")),
        ("Israeli police detained two men.", "Israeli police", ("ISR", "COP")),
        ("Egyptian lawmakers approved the budget.", "Egyptian lawmakers", ("EGY", "LEG")),
        ("A Pakistani court sentenced him.", "Pakistani court", ("PAK", "JUD")),
        ("Iraqi protesters stormed the compound.", "Iraqi protesters", ("IRQ", "CVL")),
        ("Sudanese refugees crossed into Chad.", "Sudanese refugees", ("SDN", "REF")),
        ("Turkish journalists were detained.", "Turkish journalists", ("TUR", "JRN")),
        ("The Venezuelan opposition called a strike.", "Venezuelan opposition", ("VEN", "OPP")),
        ("Colombian rebels freed the hostages.", "Colombian rebels", ("COL", "REB")),
        ("Russian intelligence services hacked the site.", "Russian intelligence services", ("RUS", "SPY")),
    ],
)
def test_country_modifier_and_role_noun_make_one_mention(actors, text, phrase, expected):
    assert found(actors(text))[phrase] == expected


CASES_ROLE_PHRASE_CODES_ITS_COUNTRY_AND_SECTOR = [
    pytest.param(
        "The government of Iran rejected the proposal.", "government of Iran", "IRN", "GOV",
        id="role_of_country_after_the_role_joins_the_mention"),
    pytest.param(
        "Protesters clashed with police in Paris and Berlin and Rome and Madrid.",
        "Protesters", None, "CVL", id="bare_role_noun_without_country_has_no_code"),
    pytest.param(
        "Officials in Kyiv said the talks would resume.", "Officials in Kyiv", "UKR", "GOV",
        id="role_followed_by_in_country_takes_that_country"),
    pytest.param(
        "A spokesman for the Iranian Revolutionary Guards denied it.",
        "spokesman for the Iranian Revolutionary Guards", "IRN", "MIL", id="member_role_for_an_organisation"),
]


@pytest.mark.parametrize(("text", "phrase", "code", "sector"),
                         CASES_ROLE_PHRASE_CODES_ITS_COUNTRY_AND_SECTOR)
def test_role_phrase_codes_its_country_and_sector(actors, text, phrase, code, sector):
    got = found(actors(text))
    assert got[phrase] == (code, sector)


def test_member_roles_take_the_sector_of_what_they_belong_to(actors):
    got = found(actors("An army spokesman and Hamas officials spoke, and Pentagon officials agreed."))
    assert got["army spokesman"][1] == "MIL"
    assert got["Hamas officials"] == ("PSE", "REB")
    assert got["Pentagon officials"] == ("USA", "MIL")


def test_role_noun_only_modifying_a_thing_is_not_an_actor(actors):
    texts = [m.text for m in actors("The police station was near the military aid depot.")]
    assert "police" not in texts and "military" not in texts


def test_equipment_is_an_actor_only_with_an_owner(actors):
    got = found(actors("Russian drones struck Odesa. Drones were also seen over Poland."))
    assert got["Russian drones"] == ("RUS", "MIL")
    assert "Drones" not in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Michael Jordan visited the arena in Chicago.", "Jordan"),
        ("Chinese ships sailed through the South China Sea.", "China"),
        ("Pro-Russian separatists seized the building.", "Russian"),
        ("The Georgia Republican said Atlanta would vote.", "Georgia"),
        ("Latin American leaders met in Lima.", "American"),
    ],
)
def test_false_friends_are_not_country_actors(actors, text, absent):
    assert absent not in [m.text for m in actors(text) if m.kind == "country"]


def test_a_country_name_read_as_a_person_before_a_possessive_is_the_country(actors):
    assert found(actors("Sri Lanka's president dissolved parliament."))["Sri Lanka's president"] == ("LKA", "GOV")
    assert "Jordan" not in [m.text for m in actors("Michael Jordan's team won the final.") if m.kind == "country"]


CASES_NAME_NEXT_TO_A_ROLE_GIVES_ITS_COUNTRY = [
    pytest.param(
        "Georgia's government met protesters in Tbilisi.", "Georgia's government", "GEO", "GOV",
        id="georgia_the_country_is_still_found"),
    pytest.param(
        "The Biden administration approved the sale.", "Biden administration", "USA", "GOV",
        id="person_name_before_a_role_gives_the_role_its_country"),
    pytest.param(
        "Police in Lagos arrested dozens of people.", "Police in Lagos", "NGA", "COP",
        id="city_after_a_role_resolves_through_the_gazetteer"),
]


@pytest.mark.parametrize(("text", "phrase", "code", "sector"),
                         CASES_NAME_NEXT_TO_A_ROLE_GIVES_ITS_COUNTRY)
def test_name_next_to_a_role_gives_its_country(actors, text, phrase, code, sector):
    assert found(actors(text))[phrase] == (code, sector)


@pytest.mark.parametrize(
    ("text", "phrase", "code", "other"),
    [
        ("Abkhazia held elections.", "Abkhazia", "GEO", []),
        ("Transnistrian officials met in Tiraspol.", "Transnistrian officials", "MDA", ["PRE"]),
        ("The Donetsk People's Republic issued a decree.", "Donetsk People's Republic", "UKR", []),
        ("Northern Cyprus opened a crossing.", "Northern Cyprus", "CYP", []),
        ("Somaliland signed a port deal.", "Somaliland", "SOM", []),
        ("Western Sahara was discussed.", "Western Sahara", "MAR", []),
        ("Nagorno-Karabakh authorities surrendered.", "Nagorno-Karabakh authorities", "AZE", ["PRE"]),
    ],
)
def test_partially_recognised_entities_map_to_claimant_with_pre(actors, text, phrase, code, other):
    m = next(m for m in actors(text) if m.text == phrase)
    assert m.code == code
    assert m.sector == "PRE" or "PRE" in m.other_sectors
    assert m.other_sectors == other


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The United Nations called for calm.", "United Nations", ("UNO", None)),
        ("The UN Security Council met on Friday.", "UN Security Council", ("UNO", None)),
        ("UNHCR opened a camp.", "UNHCR", ("UNO", None)),
        ("The IAEA inspected the site.", "IAEA", ("UNO", None)),
        ("The EU imposed tariffs.", "EU", ("EUR", None)),
        ("The European Commission fined the firm.", "European Commission", ("EUR", None)),
        ("NATO deployed jets.", "NATO", ("IGO", "MIL")),
        ("The African Union suspended Niger.", "African Union", ("IGO", None)),
        ("OPEC cut output.", "OPEC", ("IGO", None)),
        ("The ICC issued a warrant.", "ICC", ("IGO", "JUD")),
        ("Amnesty International condemned the arrests.", "Amnesty International", ("NGO", None)),
        ("Human Rights Watch documented abuses.", "Human Rights Watch", ("NGO", None)),
        ("The ICRC delivered aid.", "ICRC", ("NGO", None)),
        ("Hamas released a video.", "Hamas", ("PSE", "REB")),
        ("Hezbollah fired rockets.", "Hezbollah", ("LBN", "REB")),
        ("The Houthis attacked a tanker.", "Houthis", ("YEM", "REB")),
        ("Islamic State claimed the bombing.", "Islamic State", ("IMG", "REB")),
        ("Al-Shabaab attacked a base.", "Al-Shabaab", ("SOM", "REB")),
        ("Boko Haram abducted pupils.", "Boko Haram", ("NGA", "REB")),
        ("The PKK ended its armed struggle.", "PKK", ("TUR", "REB")),
        ("The Wagner Group withdrew.", "Wagner Group", ("RUS", "PRM")),
        ("M23 rebels took Goma.", "M23 rebels", ("COD", "REB")),
        ("The CIA declined to comment.", "CIA", ("USA", "SPY")),
        ("MI6 warned of sabotage.", "MI6", ("GBR", "SPY")),
        ("The FSB detained a man.", "FSB", ("RUS", "SPY")),
        ("Gazprom halted deliveries.", "Gazprom", ("RUS", "BUS")),  # a state company: its country
    ],
)
def test_organisations_and_armed_groups(actors, text, phrase, expected):
    assert found(actors(text))[phrase] == expected


def test_taliban_are_rebels_before_august_2021_and_government_after(actors):
    assert found(actors("The Taliban attacked a checkpoint.", "2019-05-01"))["Taliban"] == ("AFG", "REB")
    assert found(actors("The Taliban banned the practice.", "2023-05-01"))["Taliban"] == ("AFG", "GOV")


def test_mentions_are_sorted_and_non_overlapping_with_consistent_offsets(actors):
    text = "U.S. Secretary of State Antony Blinken and the Russian defence ministry spoke in Kyiv."
    ms = actors(text)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for a, b in zip(ms, ms[1:], strict=False):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start_char : m.end_char] == m.text
        assert m.start <= m.root < m.end


def test_capital_inside_a_locative_phrase_is_flagged_as_a_likely_place(actors):
    m = next(m for m in actors("Blinken arrived in Kyiv on Monday.") if m.text == "Kyiv")
    assert m.kind == "country" and m.confidence < 0.5


def test_user_tsv_dictionary_adds_and_overrides_entries(coder, tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("Freedonian Guard\tFRE\tMIL\nKremlin\tRUS\tSPY\n", encoding="utf-8")
    stage = Actors(coder.nlp, CoderConfig(dictionaries=[path]))
    got = found(run(stage, coder.nlp, "The Freedonian Guard fired at the Kremlin."))
    assert got["Freedonian Guard"] == ("FRE", "MIL")
    assert got["Kremlin"] == ("RUS", "SPY")


def test_user_json_dictionary_in_the_knowledge_file_shape(coder, tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(
        '{"organizations": [{"names": ["Northern Shield Brigade"], "code": "SYR", "sector": "PRM"}],'
        ' "agents": [{"phrases": ["harbour master"], "sector": "BUS"}]}',
        encoding="utf-8",
    )
    stage = Actors(coder.nlp, CoderConfig(dictionaries=[path]))
    got = found(run(stage, coder.nlp, "The Northern Shield Brigade met a Syrian harbour master."))
    assert got["Northern Shield Brigade"] == ("SYR", "PRM")
    assert got["Syrian harbour master"] == ("SYR", "BUS")


def test_coordinated_country_adjectives_share_the_role(actors):
    got = found(actors("Indian and Pakistani troops exchanged fire."))
    assert got["Indian"] == ("IND", "MIL")
    assert got["Pakistani troops"] == ("PAK", "MIL")


def test_acronyms_that_are_words_are_skipped_in_capitalised_headlines_and_times(actors):
    assert [m.text for m in actors("WHAT IS NEXT FOR THE TALKS")] == []
    assert "PM" not in [m.text for m in actors("The meeting ended at 5 PM.")]
    assert found(actors("The PM said the US would help."))["US"] == ("USA", None)


def test_party_counts_only_with_an_owner(actors):
    got = found(actors("The Georgian Dream party won, but any party to the deal may object."))
    assert got["Georgian Dream party"] == ("GEO", "PTY")
    assert "party" not in got


def test_city_before_a_role_resolves_through_the_gazetteer(actors):
    got = found(actors("Kharkiv's mayor said the city was shelled. Lagos police arrested him."))
    assert got["Kharkiv's mayor"] == ("UKR", "GOV")
    assert got["Lagos police"] == ("NGA", "COP")


def test_national_institution_named_like_another_countrys_takes_the_adjective(actors):
    got = found(actors("The Peruvian Congress impeached the president. Lebanese Hezbollah fired rockets."))
    assert got["Peruvian Congress"] == ("PER", "LEG")
    assert got["Lebanese Hezbollah"] == ("LBN", "REB")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The Saudi-led coalition struck the port.", "Saudi-led coalition", ("SAU", "MIL")),
        ("Kremlin-controlled media said the talks failed.", "Kremlin-controlled media", ("RUS", "JRN")),
    ],
)
def test_country_run_roles_are_one_actor(actors, text, phrase, expected):
    assert found(actors(text))[phrase] == expected


def test_backers_and_makers_are_not_the_actor(actors):
    got = found(actors("Iran-backed militias fired Russian-made rockets, Kyiv-based analysts said."))
    assert got["militias"] == (None, "PRM")
    assert not {"Iran", "Russian", "Kyiv"} & set(got)


def test_country_owned_namesake_of_a_un_body_is_national(actors):
    got = found(actors("Russia's Security Council met after the UN Security Council vote."))
    assert got["Russia's Security Council"] == ("RUS", "GOV")
    assert got["UN Security Council"] == ("UNO", None)
    assert found(actors("Iran's Supreme National Security Council met."))["Iran's Supreme National Security Council"] == ("IRN", "GOV")


def test_regions_and_us_states_code_as_their_country(actors):
    got = found(actors("Texas sued the administration. Scottish ministers objected. Chechen officials spoke."))
    assert got["Texas"] == ("USA", None)
    assert got["Scottish ministers"] == ("GBR", "GOV")
    assert got["Chechen officials"] == ("RUS", "GOV")


def test_user_cues_extend_the_bundled_ones(coder, tmp_path):
    path = tmp_path / "cues.json"
    path.write_text(
        '{"countries": [{"code": "FRE", "names": ["Freedonia"], "adjectives": ["Freedonian"]}],'
        ' "cues": {"context_vetoes": {"Freedonia": {"veto_any": ["Marx Brothers"]}},'
        ' "backer_suffixes": ["sanctioned"]}}',
        encoding="utf-8",
    )
    stage = Actors(coder.nlp, CoderConfig(dictionaries=[path]))
    assert "Freedonia" not in found(run(stage, coder.nlp, "Freedonia was a Marx Brothers film."))
    assert found(run(stage, coder.nlp, "Freedonia closed its border."))["Freedonia"] == ("FRE", None)
    got = found(run(stage, coder.nlp, "Freedonian-sanctioned militias fired, and Iran-backed militias too."))
    assert "Freedonian" not in got and "Iran" not in got


def test_conjoined_countries_after_role_of_country_share_the_role(actors):
    got = found(actors("The leaders of France, Germany and Italy met in Rome."))
    assert got["leaders of France"] == ("FRA", "GOV")
    assert got["Germany"] == ("DEU", "GOV") and got["Italy"] == ("ITA", "GOV")


def test_same_story_gives_identical_mentions(actors):
    text = ("British Foreign Secretary David Lammy met Iranian officials. Lammy said he warned them. "
            "Protesters in Tehran and the Russian defence ministry reacted; it denied the report.")
    first = [(m.start, m.end, m.code, m.sector, m.kind, m.office) for m in actors(text)]
    assert first == [(m.start, m.end, m.code, m.sector, m.kind, m.office) for m in actors(text)]


def test_bare_rsf_is_sudans_rapid_support_forces_and_spelled_out_name_is_the_ngo(coder):
    events = coder.code("The RSF shelled El Fasher on Monday.", date="2024-06-03")
    assert [(a.code, a.sector) for e in events for a in e.actor] == [("SDN", "PRM")]
    events = coder.code(
        "Reporters Without Borders (RSF) condemned the arrest of two journalists in Iran.",
        date="2024-06-03",
    )
    assert ("NGO", "JRN") in [(a.code, a.sector) for e in events for a in e.actor]


def test_captives_in_a_place_are_not_from_there(actors):
    ms = actors("Hamas released the last 20 living hostages in Gaza on Monday under the ceasefire deal.")
    assert found(ms).get("hostages") == (None, "CVL")
    assert found(actors("Officials in Kyiv said the talks would resume."))["Officials in Kyiv"][0] == "UKR"


def test_a_role_and_a_name_with_the_same_words_both_stay(actors):
    # "National Guard" is a US organisation (capitalised); "national guard" also a role noun
    ms = actors("Tunisia's national guard stopped a boat carrying 60 migrants. The National Guard was deployed to "
                "Los Angeles.")
    assert found(ms).get("Tunisia's national guard") == ("TUN", "MIL")
    assert found(ms).get("National Guard") == ("USA", "MIL")


@pytest.mark.parametrize(("text", "code"), [
    ("Mali's military government ordered the seizure of the gold mine run by Canada's Barrick Gold on Tuesday.", "CAN"),
    ("Russia seized control of the local units of Denmark's Carlsberg on Sunday.", "DNK"),
])
def test_a_multinational_named_with_its_home_country_is_that_country(coder, text, code):
    events = coder.code(text)
    assert any(r.code == code and r.sector == "BUS" for e in events for r in e.recipient), \
        [(e.event, [(r.code, r.entity_text) for r in e.recipient]) for e in events]


def test_a_multinational_named_alone_stays_mnc(coder):
    events = coder.code("The European Commission fined Meta 200 million euros on Tuesday.")
    assert any(r.code == "MNC" for e in events for r in e.recipient)
