"""Clause structure in long sentences: a fronted time clause whose pronoun points forward to
the main subject, speech participles the parser hangs on a time clause, ... Sentences written for these tests
(not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text, expected", [
    ("Hours after it expelled two Russian diplomats for espionage, Estonia's foreign ministry summoned Moscow's "
     "charge d'affaires on Tuesday to protest a fresh violation of its airspace by three fighter jets.",
     ("SANCTION", ("EST",), ("RUS",))),
    ("A week after they seized the eastern city of Bukavu, M23 rebels on Sunday appointed their own governor for "
     "South Kivu province, defying calls from the African Union for a halt to their advance.",
     ("ASSAULT", ("COD",), ("COD",))),
    ("Days after he met Chinese President Xi Jinping in Beijing, Brazilian President Luiz Inacio Lula da Silva said "
     "on Friday that Brazil would not join any trade bloc aimed at isolating the United States.",
     ("CONSULT", ("BRA",), ("CHN",))),
])
def test_fronted_time_clause_pronoun_is_the_main_subject(coder, text, expected):
    assert expected in dyads(coder, text)


def test_fronted_precondition_is_no_act(coder):
    # a "before it can" clause names a condition, not an act of the main subject
    found = dyads(coder, "Before it can disburse the loan, the IMF wants Pakistan to raise taxes on retailers, a fund "
                         "spokeswoman said on Thursday.")
    assert not any(d[0] == "AID" for d in found)


@pytest.mark.parametrize("text, expected, wrong", [
    # the participle after a time clause is the main clause's comment, in a report its speaker's
    ("Pakistan's army said India had fired across the Line of Control two days after militants attacked a bus in "
     "Jammu, accusing New Delhi of trying to divert attention from its own failures in Kashmir.",
     ("ACCUSE", ("PAK",), ("IND",)), None),
    ("Azerbaijan shut down the Russian news agency Sputnik's office in Baku on Monday after Russian police raided "
     "Azerbaijani-owned businesses in Yekaterinburg, promising a firm response to any further mistreatment of its "
     "citizens.", ("THREATEN", ("AZE",), ("RUS",)), ("THREATEN", ("RUS",), ("AZE",))),
    ("China suspended imports of Japanese seafood on Wednesday days after Prime Minister Sanae Takaichi made remarks "
     "on Taiwan in parliament, calling them a provocation that had seriously harmed bilateral ties.",
     ("ACCUSE", ("CHN",), ("JPN",)), ("ACCUSE", ("JPN",), ("CHN",))),
    # no one accuses itself: the time clause's doer speaks
    ("Israel struck targets in Yemen on Monday after the Houthis fired a missile at Ben Gurion airport, accusing "
     "Israel of genocide in Gaza.", ("ACCUSE", ("YEM",), ("ISR",)), ("ACCUSE", ("ISR",), ("ISR",))),
])
def test_speech_participle_after_a_time_clause(coder, text, expected, wrong):
    found = dyads(coder, text)
    assert expected in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize("text, kept, dropped", [
    # the deadline of an expulsion, what a deal lets happen, what a sanction bars: no second event
    ("Morocco expelled the Algerian consul in Casablanca on Thursday, giving him 48 hours to leave the country, the "
     "foreign ministry said.", ("SANCTION", ("MAR",), ("DZA",)), "THREATEN"),
    ("Ukraine and Russia agreed on a deal to resume Black Sea grain exports on Tuesday, allowing shipments to resume "
     "from Odesa within days, Turkish officials said.", ("AGREE", ("RUS", "UKR"), ()), "RETREAT"),
    ("The U.N. Security Council imposed an arms embargo on South Sudan, barring member states from selling it "
     "weapons.", ("SANCTION", ("UNO",), ("SSD",)), "COERCE"),
    # blaming a thing on a thing accuses no one
    ("Iranian officials dismissed reports of sabotage at the Bandar Abbas port on Sunday, blaming a fire on a fault "
     "in a chemical storage unit.", None, "ACCUSE"),
    # what a proposal would make someone do is its content
    ("European officials rejected a U.S. plan that would require Kyiv to cede the rest of the Donbas region to "
     "Russia, diplomats said on Friday.", ("REJECT", ("EUR",), ("USA",)), "RETREAT"),
])
def test_elaborating_clauses_are_no_second_event(coder, text, kept, dropped):
    found = dyads(coder, text)
    assert kept is None or kept in found
    assert not any(d[0] == dropped for d in found), found


@pytest.mark.parametrize("text, expected", [
    # near-misses: a different act in the participle, another party's deadline, blame on a party
    ("Russia expelled two British diplomats on Tuesday, accusing them of spying for London.",
     ("ACCUSE", ("RUS",), ("GBR",))),
    ("Sudanese troops surrounded the town, giving RSF fighters 24 hours to surrender.",
     ("THREATEN", ("SDN",), ("SDN",))),
    ("The EU imposed sanctions on Belarus, prompting Minsk to expel the Polish ambassador.",
     ("SANCTION", ("BLR",), ("POL",))),
    ("Kyiv blamed the attack on Russian saboteurs.", ("ACCUSE", ("UKR",), ("RUS",))),
])
def test_participles_that_add_an_act_stay(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a state's planned acts reported from a document a news agency saw are the state's, not a firm's
    ("Poland plans to close its last border crossing with Belarus and to deploy 10,000 troops along the frontier, "
     "according to a government order seen by Reuters on Thursday.", ("MOBILIZE", ("POL",), ())),
    ("Algeria plans to expel 12 French embassy staff, according to a foreign ministry document seen by AFP.",
     ("SANCTION", ("DZA",), ("FRA",))),
    # a to-infinitive the parser hangs as an adverbial clause of a raising frame
    ("Burkina Faso is set to expel three French diplomats, a government spokesman said on Thursday.",
     ("SANCTION", ("BFA",), ("FRA",))),
])
def test_planned_acts_keep_their_state(coder, text, expected):
    assert expected in dyads(coder, text)


def test_firm_plans_stay_business(coder):
    found = dyads(coder, "Qatar Airways plans to resume flights to Damascus, according to a company statement seen by "
                         "Reuters.")
    assert not found


@pytest.mark.parametrize("text, expected", [
    # a vow with no one named is aimed at the party of the act it hangs on, or at the doer of another's act
    ("North Korea condemned the joint drills by the United States and South Korea on Monday as a rehearsal for "
     "invasion, promising to respond with overwhelming force, the state news agency said.",
     ("THREATEN", ("PRK",), ("KOR", "USA"))),
    ("Hezbollah fired anti-tank missiles at an Israeli army post near Metula on Thursday, vowing to continue its "
     "attacks as long as the war in Gaza went on.", ("THREATEN", ("LBN",), ("ISR",))),
    ("Russia's defence ministry said Ukrainian drones had struck an oil depot in Crimea overnight, promising a harsh "
     "response to what it called a terrorist attack.", ("THREATEN", ("RUS",), ("UKR",))),
    # an alleged hostile act with no target named was done to its accuser ...
    ("Seoul accused Pyongyang on Sunday of jamming GPS signals near the border islands, disrupting dozens of ships.",
     ("COERCE", ("PRK",), ("KOR",))),
    ("Guyana's president accused Venezuela of deploying soldiers to an island in the Cuyuni river along the disputed "
     "frontier.", ("MOBILIZE", ("VEN",), ("GUY",))),
    # ... not an atrocity or a crackdown on the doer's own people
    ("The United States accused China of detaining more than a million Uyghurs.", ("COERCE", ("CHN",), ("CHN",))),
    ("South Africa accused Israel of genocide.", ("ASSAULT", ("ISR",), ())),
    # a target described but not named is not the accuser
    ("Dutch Foreign Minister Caspar Veldkamp accused China on Tuesday of intimidating its neighbours in the South "
     "China Sea.", ("COERCE", ("CHN",), ())),
])
def test_partners_of_vows_and_accused_acts(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a setting or time phrase inside an agreed clause is no part of the agreement
    ("Indian and Chinese officials agreed on Tuesday to reopen border trade, during a visit to New Delhi by Foreign "
     "Minister Wang Yi, the first since 2020.", ("CONSULT", ("CHN",), ("IND",))),
    # what a vowed answer answers has happened
    ("Pakistan vowed to retaliate against India's strikes on its territory.", ("ASSAULT", ("IND",), ("PAK",))),
    # a body's panel of experts reports; it does not speculate
    ("Rwanda has deployed between 3,000 and 4,000 troops in eastern Congo alongside M23 rebels, U.N. experts said.",
     ("MOBILIZE", ("RWA",), ("COD",))),
    # a state energy company cutting supplies to another state penalises it
    ("Russia's Gazprom halted gas supplies to Moldova on Wednesday, citing unpaid debts.",
     ("SANCTION", ("RUS",), ("MDA",))),
    # the launcher of the weapon that struck
    ("Missiles fired by the Houthis hit a Greek-owned tanker in the Red Sea on Monday.",
     ("ASSAULT", ("YEM",), ("GRC",))),
    # a main clause the parser hangs under ", a demand X rejected"
    ("Pakistan's foreign office demanded that Kabul stop militants from using Afghan soil, a demand Kabul rejected "
     "hours later.", ("REQUEST", ("PAK",), ("AFG",))),
])
def test_requested_fixes_from_other_areas(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Rwanda has deployed thousands of troops in eastern Congo, analysts said.",
    "Lufthansa suspended flights to Tel Aviv until the end of the month.",
    "The EU urged Israel to allow a visit by UN inspectors.",
])
def test_requested_fixes_near_misses(coder, text):
    found = dyads(coder, text)
    assert not any(d[0] in ("MOBILIZE", "SANCTION", "CONSULT") for d in found), found


@pytest.mark.parametrize("text, expected", [
    # a "by V-ing" means is done by whoever does the verb it hangs on
    ("Russia violated the ceasefire by shelling Kherson.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Israel accused Hamas of breaching the truce by firing rockets at Sderot.", ("ASSAULT", ("PSE",), ("ISR",))),
    ("Moscow punished Chisinau by halting gas deliveries to Moldova.", ("SANCTION", ("RUS",), ("MDA",))),
    # a commitment kept going is not broken: the act goes on
    ("The munitions had allowed Moscow to keep up its bombardment of Ukrainian towns.",
     ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_means_gerunds_and_kept_acts(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text, dropped", [
    # a commitment named as what is broken or ignored was made before
    ("Kyiv accused the Kremlin of ignoring its own pledge.", "AGREE"),
    ("Kyiv accused the Kremlin of breaking its promise to halt attacks on power plants.", "AGREE"),
    # an act or decision that makes a party act asks nothing of it
    ("Washington's decision to double tariffs on Indian goods pushed India to seek closer trade ties with the European "
     "Union.", "REQUEST"),
])
def test_no_event_from_broken_commitments_or_causes(coder, text, dropped):
    assert not any(d[0] == dropped for d in dyads(coder, text))


@pytest.mark.parametrize("text, expected, wrong", [
    # a speech participle after a trailing attribution is the speaker's
    ("Israeli troops killed three Palestinians in Jenin, the Palestinian health ministry said, accusing Israel of "
     "executing them.", ("ACCUSE", ("PSE",), ("ISR",)), ("ACCUSE", ("ISR",), ("ISR",))),
    # an official of no named country speaks for the state whose act the report tells
    ("Venezuelan security forces arrested an American citizen in the western state of Zulia last week, the interior "
     "minister said on Monday, accusing him of plotting to sabotage oil installations.",
     ("ACCUSE", ("VEN",), ("USA",)), None),
    # the released described again in a with-clause are no second release
    ("Russia and Ukraine each released 390 prisoners on Friday in the first stage of an exchange agreed at talks in "
     "Istanbul, with some of the Ukrainians freed from jails in occupied Donetsk.",
     ("RETREAT", ("RUS", "UKR"), ()), ("RETREAT", ("UKR",), ("UKR",))),
])
def test_trailing_speakers_and_restated_releases(coder, text, expected, wrong):
    found = dyads(coder, text)
    assert expected in found
    assert wrong is None or wrong not in found


def test_permitted_act_is_no_event(coder):
    # what an emergency decree allows is permitted, not done
    found = dyads(coder, "Peru's government declared a 30-day state of emergency in the capital Lima on Tuesday "
                         "following weeks of protests over extortion, allowing the armed forces to support police.")
    assert ("COERCE", ("PER",), ("PER",)) in found
    assert not any(d[0] == "SUPPORT" for d in found), found


def test_verb_joined_to_an_ordered_small_clause_is_the_orderers(coder):
    found = dyads(coder, "Ruto ordered the crossings reopened and recalled the envoy from Kampala.")
    assert ("SANCTION", ("KEN",), ("UGA",)) in found


def test_main_verb_read_as_a_participle_of_a_name(coder):
    found = dyads(coder, "Malaysia, which chairs ASEAN, offered to host talks between the two governments, Prime "
                         "Minister Anwar Ibrahim said.")
    assert any(d[0] == "AGREE" and d[1] == ("MYS",) for d in found), found


@pytest.mark.parametrize("text, expected", [
    # a bare role noun in a with-clause on a state's act is that state's, not the judged party's
    ("Germany expelled two Russian diplomats on Monday, with the foreign ministry calling Moscow's interference "
     "intolerable.", ("ACCUSE", ("DEU",), ("RUS",))),
    # one with its own country word keeps it
    ("Russian forces pounded Kharkiv overnight, with the Ukrainian foreign ministry calling the strikes a war crime.",
     ("ACCUSE", ("UKR",), ("RUS",))),
])
def test_with_clause_speakers(coder, text, expected):
    assert expected in dyads(coder, text)


def test_second_infinitive_of_a_prompted_party_is_its_own_act(coder):
    found = dyads(coder, "Russian drones crashed into Polish territory overnight, the Polish army said on Thursday, "
                         "prompting Warsaw to ask its NATO allies for more air-defence systems and to close two border "
                         "crossings with Belarus.")
    assert ("COERCE", ("POL",), ("BLR",)) in found
    assert ("REQUEST", ("POL",), ("IGO",)) in found


def test_agentless_deterrent_passive_is_the_speakers(coder):
    found = dyads(coder, "Any Israeli attack on Iran will be met with a crushing response, the Iranian army said on "
                         "Tuesday.")
    assert ("THREATEN", ("IRN",), ("ISR",)) in found


@pytest.mark.parametrize("text", [
    "Ukraine accused Belarus of massing tanks near the border.",
    "Ukraine's foreign ministry accused Belarus on Tuesday of massing tanks and artillery near the border with Volyn "
    "province, and called on Minsk to withdraw the forces, a spokesman said.",
])
def test_accused_gerund_read_as_a_noun_modifier(coder, text):
    assert ("MOBILIZE", ("BLR",), ("UKR",)) in dyads(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a material act joined to an attribution after the reported clause continues the report's doer
    ("Israeli forces killed at least 30 Palestinians in airstrikes across the Gaza Strip overnight, health officials "
     "in the enclave said on Sunday, and ordered residents of northern Khan Younis to leave their homes.",
     ("COERCE", ("ISR",), ("PSE",))),
    # a speech act stays the speaker's
    ("Russian missiles hit a hospital in Kharkiv overnight, Ukraine's foreign ministry said, and called on allies to "
     "send more air defence.", ("REQUEST", ("UKR",), ())),
])
def test_acts_after_an_inverted_attribution(coder, text, expected):
    assert expected in dyads(coder, text)


def test_coordinated_manner_adverbs_match_the_entry(coder):
    found = dyads(coder, "Algeria expelled 12 French embassy staff on Monday, and the French foreign ministry said it "
                         "would respond immediately and firmly.")
    assert ("THREATEN", ("FRA",), ("DZA",)) in found
