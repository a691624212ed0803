"""Co-actors the parser hides (companions between subject and verb, "as well as",
"X's army and Y troops", "joined X in V-ing"), a main clause's verb after a trailing time clause, and a
place list whose held member names the country (arguments.py, argument_partners.py, owners.py,
argument_places.py). Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("France, along with Germany and Italy, called for a ceasefire in Gaza.", ("REQUEST", ("DEU", "FRA", "ITA"), ())),
    ("Russia, alongside China, vetoed the draft resolution on Monday.", ("REJECT", ("CHN", "RUS"), ("UNO",))),
    ("Mexico, together with Brazil and Colombia, urged Venezuela to publish the vote tallies.",
     ("REQUEST", ("BRA", "COL", "MEX"), ("VEN",))),
])
def test_companion_between_subject_and_verb_co_acts(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Japan as well as South Korea protested China's new air defence zone.", ("ACCUSE", ("JPN", "KOR"), ("CHN",))),
    ("The Netherlands as well as Belgium expelled Russian diplomats.", ("SANCTION", ("BEL", "NLD"), ("RUS",))),
    ("Thailand's army and Cambodian troops exchanged fire along the border on Thursday.",
     ("ASSAULT", ("KHM", "THA"), ())),
    ("Israel's army and Hezbollah fighters exchanged fire near the border.", ("ASSAULT", ("ISR", "LBN"), ())),
])
def test_coordinated_subjects_the_parser_tears_apart_keep_both(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Britain joined the United States in imposing sanctions on Iranian officials.",
     ("SANCTION", ("GBR", "USA"), ("IRN",))),
    ("Canada joined Australia and New Zealand in condemning the raid.", ("ACCUSE", ("AUS", "CAN", "NZL"), ())),
])
def test_joined_x_in_doing_is_done_by_both(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "actor"), [
    ("The African Union suspended Gabon from all its activities on Thursday, a day after army officers seized "
     "power in Libreville, and called on the new military rulers to restore constitutional order.", ("IGO",)),
    ("Turkey summoned the Swedish ambassador on Monday after protesters burned a Koran in Stockholm, and "
     "demanded that Sweden act.", ("TUR",)),
])
def test_and_after_a_trailing_time_clause_returns_to_the_main_subject(coder, text, actor):
    requests = [d for d in dyads(coder, text) if d[0] == "REQUEST"]
    assert requests and all(d[1] == actor for d in requests), requests


def test_time_clause_own_coordinated_verb_keeps_its_subject(coder):
    found = dyads(coder, "Thailand withdrew its ambassador after Cambodian troops shelled a village and killed "
                         "two soldiers.")
    assert ("ASSAULT", ("KHM",), ("THA",)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Indian missiles had struck six sites in Punjab and Pakistan-administered Kashmir overnight.",
     ("ASSAULT", ("IND",), ("PAK",))),
    ("Pakistani shells hit homes in Poonch and Indian-administered Kashmir on Wednesday.",
     ("ASSAULT", ("PAK",), ("IND",))),
])
def test_held_place_in_a_list_names_its_holder(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russian forces, the Ukrainian general staff said on Tuesday, launched 120 drones at energy facilities in "
     "Odesa overnight.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Iran, the officials said, had shipped hundreds of drones to Russia.", ("AID", ("IRN",), ("RUS",))),
    ("Hamas, Israeli officials said, had rejected the latest proposal.", ("REJECT", ("PSE",), ())),
])
def test_subject_before_a_parenthetical_speaker_is_the_acts(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Iranian officials insisted their navy had seized the tanker lawfully.", ("COERCE", ("IRN",), ())),
    ("Pakistani officials said their forces had killed 20 militants in North Waziristan.",
     ("ASSAULT", ("PAK",), ("PAK",))),
])
def test_their_force_in_a_report_is_the_speakers(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Taliban rejected a U.N. report accusing its fighters of killing former soldiers.",
     ("ACCUSE", ("UNO",), ("AFG",))),
    ("Myanmar's junta dismissed an Amnesty statement accusing its troops of burning villages.",
     ("ACCUSE", ("NGO",), ("MMR",))),
])
def test_a_texts_participle_pronoun_points_past_the_text(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Philippine coast guard said Chinese vessels had fired water cannon at its boat near Scarborough Shoal.",
     ("ASSAULT", ("CHN",), ("PHL",))),
    ("Russian forces shelled its power grid overnight, Ukraine's energy ministry said.", ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_its_after_a_plural_subject_is_someone_elses(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_their_after_a_plural_subject_stays_their_own(coder):
    found = dyads(coder, "Ukrainian troops pulled back from their positions near Avdiivka.")
    assert ("RETREAT", ("UKR",), ()) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Spain, Ireland and Norway recognised a Palestinian state, and Israel accused the three European governments "
     "of rewarding terrorism.", ("ACCUSE", ("ISR",), ("ESP", "IRL", "NOR"))),
    ("Lithuania, Latvia and Estonia closed their airspace, and Moscow accused the three European states of "
     "provoking tensions.", ("ACCUSE", ("RUS",), ("EST", "LTU", "LVA"))),
])
def test_counted_regional_group_is_the_members_named_before(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_uncounted_regional_group_stays_the_bloc(coder):
    found = dyads(coder, "Moscow criticised the European governments for arming Ukraine.")
    assert ("ACCUSE", ("RUS",), ("EUR",)) in found, found
