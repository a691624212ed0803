"""Acts a long sentence names without asserting them (event_unasserted), and conditions told with more than one
word (modality_syntax.multiword_condition_cue). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _events(coder, text: str):
    return code(coder, text, date=DATE)


def _types(coder, text: str) -> list[str]:
    return [e.event for e in _events(coder, text)]


@pytest.mark.parametrize("text", [
    "Yerevan would sign the peace treaty provided that Baku dropped its demand for a change to the Armenian "
    "constitution, the prime minister told parliament on Monday.",
    "Sudan's army chief said his forces would join talks in Jeddah provided that the paramilitaries first withdrew "
    "from towns in North Kordofan.",
    "The rebels are prepared to free the captured engineers in a single exchange providing that the government "
    "releases jailed commanders, a spokesman told a radio station.",
])
def test_provided_that_marks_a_condition_and_gives_nothing(coder, text):
    assert "AID" not in _types(coder, text)


@pytest.mark.parametrize("text, etype", [
    ("Lebanon's army will deploy along the border as long as Israeli troops leave the five hilltops, the army "
     "commander told a visiting envoy in Beirut on Tuesday.", "MOBILIZE"),
    ("Qatar said it would host a new round of talks between the warring Sudanese parties on condition that both "
     "sides agreed to a humanitarian truce first.", "CONSULT"),
    ("The Kurdish-led administration will hand over the detainees to Baghdad so long as Iraq guarantees they will "
     "not face the death penalty, a senior official said.", "RETREAT"),
    ("Seoul said it would share missile warning data with Tokyo so long as Washington kept its trilateral system "
     "running.", "COOPERATE"),
])
def test_an_act_under_a_multiword_condition_is_hypothetical_as_under_if(coder, text, etype):
    evs = [e for e in _events(coder, text) if e.event == etype]
    assert evs and all(e.aux_mode == "hypothetical" for e in evs)


def test_the_act_inside_a_multiword_condition_is_hypothetical(coder):
    text = ("Lebanon's army will deploy along the border as long as Israeli troops withdraw from the five hilltops, "
            "the army commander said on Tuesday.")
    retreats = [e for e in _events(coder, text) if e.event == "RETREAT"]
    assert retreats and all(e.aux_mode == "hypothetical" for e in retreats)


@pytest.mark.parametrize("text, etype", [
    ("Egyptian police arrested a prominent blogger in Cairo on Sunday on charges of inciting protests against "
     "rising bread prices, his lawyer said.", "PROTEST"),
    ("Armenian authorities arrested a senior cleric on Wednesday on charges of calling for the overthrow of the "
     "government, investigators said.", "REQUEST"),
    ("Uzbek authorities detained three activists on suspicion of urging voters to boycott the referendum, a rights "
     "group said on Friday.", "REQUEST"),
])
def test_the_content_of_a_charge_is_no_event(coder, text, etype):
    assert etype not in _types(coder, text)


def test_a_charged_hack_stays_an_alleged_event(coder):
    text = ("U.S. prosecutors indicted two Chinese nationals on charges of hacking into American telecommunications "
            "networks, the Justice Department said.")
    assert "COERCE" in _types(coder, text)


@pytest.mark.parametrize("text, etype", [
    ("A retired admiral proposed blockading Venezuelan ports in an opinion piece published on Monday, but White "
     "House officials said no such plan was under discussion.", "COERCE"),
    ("Several conservative lawmakers suggested expelling the Chinese ambassador over the spying affair, though the "
     "foreign minister said relations would remain unchanged.", "SANCTION"),
    ("Senior Republican senators suggested that the United States consider retaking control of the Panama Canal, "
     "drawing an angry response from Panama City.", "ASSAULT"),
])
def test_a_hostile_act_only_floated_is_no_event(coder, text, etype):
    assert etype not in _types(coder, text)


@pytest.mark.parametrize("text", [
    "The ousted mayor of Istanbul vowed on Thursday to challenge the court's ruling barring him from politics.",
    "Mexico's government vowed on Tuesday to challenge in court a U.S. decision to revoke the permits of 13 "
    "airline routes.",
    "The opposition alliance promised to contest the election results before the constitutional tribunal, its "
    "leader told supporters in Harare.",
])
def test_a_vow_to_fight_a_decision_in_court_is_no_event(coder, text):
    assert not {"AGREE", "THREATEN"} & set(_types(coder, text))


@pytest.mark.parametrize("text", [
    "Japan's parliament approved sending two destroyers and a surveillance plane to escort aid shipments through "
    "the Red Sea, the defence minister said.",
    "Kenya's parliament approved sending a second contingent of 400 police officers to Haiti on Thursday, lawmakers "
    "said.",
    "The Kenyan senate approved deploying 200 more police officers to Haiti on Tuesday, the senate speaker said.",
])
def test_an_approval_of_an_act_is_that_act_only(coder, text):
    assert "SUPPORT" not in _types(coder, text)


@pytest.mark.parametrize("text, kept", [
    ("A former Pentagon contractor pleaded guilty in a Virginia court on Monday to passing classified documents to "
     "a Chinese intelligence officer, prosecutors said.", False),
    ("The company's former chief executive pleaded not guilty in a Manhattan court to evading export controls on "
     "semiconductors.", False),
    ("Zelenskiy pleaded with Western allies on Friday for more air defence systems, saying Ukraine's cities were "
     "running short of interceptors.", True),
])
def test_a_plea_in_court_asks_no_one(coder, text, kept):
    assert ("REQUEST" in _types(coder, text)) is kept


@pytest.mark.parametrize("text, etype, present", [
    ("Cuba's sugar exports have collapsed since U.S. sanctions choked off access to foreign credit, the island's "
     "economy ministry said in a report.", "SANCTION", False),
    ("Venezuela's state oil company has struggled to find buyers for its crude since U.S. sanctions cut off its "
     "main market, OPEC said.", "SANCTION", False),
    ("Residents of southern Lebanon began returning home on Wednesday after the ceasefire between Israel and "
     "Hezbollah came into force overnight.", "RETREAT", True),
])
def test_an_act_noun_that_only_tells_its_harm_in_a_time_clause_is_background(coder, text, etype, present):
    assert (etype in _types(coder, text)) is present


@pytest.mark.parametrize("text, kept", [
    ("Iran's foreign ministry rejected a report by the New York Times that Tehran had shipped short-range missiles "
     "to Russia, calling it a fabrication.", False),
    ("Egypt's foreign ministry denied a report by the Wall Street Journal that Cairo had agreed to host Palestinians "
     "from Gaza in camps in northern Sinai, calling the article baseless.", False),
    ("Mali's junta refused to sign the regional security pact, calling it a betrayal of the Sahel.", True),
])
def test_the_label_a_denial_puts_on_the_report_is_no_accusation(coder, text, kept):
    assert ("ACCUSE" in _types(coder, text)) is kept


@pytest.mark.parametrize("text, etype, reported", [
    ("Serbian police detained at least 30 students in Novi Sad on Saturday, a day after a heated debate in "
     "parliament on the government's crackdown on the protest movement ended in a brawl.", "COERCE", 1),
    ("The chairman of the Senate foreign relations committee said hearings on the administration's crackdown on "
     "visas for foreign students would begin in January.", "COERCE", 0),
    ("Ireland's parliament held a vote on sanctions against Israeli settlements on Wednesday, the speaker said.",
     "SANCTION", 0),
])
def test_an_act_a_deliberation_is_about_is_no_event(coder, text, etype, reported):
    # (the detention is the one act the first sentence reports; the crackdown debated is none)
    assert _types(coder, text).count(etype) == reported


@pytest.mark.parametrize("text", [
    "The rebels will free the soldiers as long as the army suspends its offensive in the north.",
    "Rwanda would withdraw its troops provided that Kinshasa disarmed the militia along the border.",
    "Phnom Penh agreed to reopen the crossings on condition that Bangkok cleared the mines.",
])
def test_the_condition_word_gate_passes_every_doc_with_a_multiword_condition(coder, text):
    from tidings.pipeline.event_unasserted import conditions_possible
    from tidings.pipeline.modality_syntax import multiword_condition_cue

    doc = coder.nlp(text)
    assert conditions_possible(doc)
    assert any(multiword_condition_cue(t) is not None for t in doc)


def test_a_doc_without_condition_words_has_no_multiword_condition(coder):
    from tidings.pipeline.event_unasserted import condition_kind, conditions_possible
    from tidings.pipeline.modality_syntax import multiword_condition_cue

    doc = coder.nlp("The army said it would free the soldiers if the rebels suspended their offensive in the north.")
    assert not conditions_possible(doc)
    assert all(multiword_condition_cue(t) is None and condition_kind(t) is None for t in doc)


def test_the_unasserted_rules_read_their_words_from_the_knowledge_file():
    import json
    from importlib import resources

    from tidings.pipeline import event_unasserted as unasserted

    with resources.files("tidings.knowledge").joinpath("unasserted_words.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["_about"]
    for key, words in ((k, v) for k, v in data.items() if k != "_about"):
        assert getattr(unasserted, key.upper()) == frozenset(words), key
    assert {"propose", "moot"} <= unasserted.FLOATING_VERBS and "title" in unasserted.SPORT_PRIZES
