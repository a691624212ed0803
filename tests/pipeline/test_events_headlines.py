"""Headline grammar (pipeline.headlines) and conditional threats (event_retype.conditional_threats).

Short wire leads drop articles and use the bare present; the small model then reads the verb as a noun
("Sudanese army shells RSF positions"), the subject as its compound ("Belarus KGB nabs ...") or a listed
subject as an adverb ("Kenya, Ethiopia sign ..."). repair_headlines re-parses such sentences. The
headline tests code the repaired doc through the stages directly, so they hold whether or not the coder
already calls the repair itself.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes, find_event
from tidings.coder import make_story
from tidings.pipeline.headlines import repair_headlines


def _code_repaired(coder, text: str):
    doc = coder.nlp(text)
    repair_headlines(doc, coder.nlp)
    return coder.code_doc(doc, make_story(text, date="2025-02-10")), doc


# (headline, event type, actor codes, recipient codes or None for unchecked)
HEADLINES = [
    ("Sudanese army shells RSF positions in Omdurman", "ASSAULT", ("SDN",), None),
    ("Kenya, Ethiopia sign security pact", "COOPERATE", ("ETH", "KEN"), None),
    ("Turkey, Iraq agree on water deal", "AGREE", ("IRQ", "TUR"), None),
    ("Pakistan, India exchange fire along Kashmir frontier", "ASSAULT", ("IND", "PAK"), None),
    ("Iran hangs man over 2022 protests", "ASSAULT", ("IRN",), None),
    ("Venezuelans rally in Caracas against Maduro", "PROTEST", ("VEN",), None),
    ("Chad troops ambush Boko Haram fighters near lake", "ASSAULT", ("TCD",), None),
    ("Erdogan hosts Aliyev for talks in Ankara", "CONSULT", ("AZE",), ("TUR",)),
    ("Thailand extends curfew in three southern provinces", "COERCE", ("THA",), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", HEADLINES)
def test_headline_verb_read_as_noun_is_recovered(coder, text, etype, actor, recipient):
    events, _doc = _code_repaired(coder, text)
    ev = find_event(events, etype)
    assert entity_codes(ev.actor) == actor
    if recipient is not None:
        assert entity_codes(ev.recipient) == recipient


def test_repaired_headline_verb_is_the_root_with_a_subject(coder):
    doc = coder.nlp("Sudanese army shells RSF positions in Omdurman")
    assert repair_headlines(doc, coder.nlp) == 1
    shells = doc[2]
    assert shells.pos_ == "VERB" and shells.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.lower_ == "army" for c in shells.children)
    assert shells.text == "shells"  # the word itself is kept


@pytest.mark.parametrize("text", [
    "Stocks rally as Fed signals rate cuts",
    "Apple shares slump on weak iPhone demand",
    "Japan yen hits 34-year low",
    "Barcelona sign Olmo in record deal",
    "Tesla recalls 2 million cars over autopilot flaw",
])
def test_market_sport_and_company_headlines_stay_eventless(coder, text):
    events, _doc = _code_repaired(coder, text)
    assert events == []


def test_a_full_sentence_is_not_reparsed(coder):
    doc = coder.nlp("The Sudanese army shelled positions held by the RSF in Omdurman on Tuesday, witnesses said.")
    heads = [t.head.i for t in doc]
    assert repair_headlines(doc, coder.nlp) == 0
    assert [t.head.i for t in doc] == heads


# -- conditional threats --------------------------------------------------------------------------------

def test_own_attack_promised_if_the_other_side_acts_is_a_threat(coder):
    text = ("Israel will strike Iran's oil facilities if Tehran fires more missiles at Israeli cities, "
            "a senior official said on Monday.")
    events = code(coder, text)
    ev = find_event(events, "THREATEN")
    assert ev.mode == "violence"
    assert entity_codes(ev.actor) == ("ISR",) and entity_codes(ev.recipient) == ("IRN",)
    assert not [e for e in events if e.event == "ASSAULT"]  # neither the strike nor the condition's missiles


def test_the_condition_of_a_threatened_sanction_is_no_event(coder):
    text = ("China would impose export controls on rare earths if the Netherlands blocked further chip sales, "
            "according to a commerce ministry statement.")
    events = code(coder, text)
    assert_coded(coder, text, "THREATEN", actor=("CHN",), recipient=("NLD",))
    assert not [e for e in events if e.event in ("REJECT", "SANCTION")]


def test_reprisal_by_a_gerund_under_a_future_verb_is_a_threat_against_the_condition_actor(coder):
    text = ("If London freezes the accounts of Russian banks, Moscow will retaliate by seizing British-owned "
            "factories in Russia, the Kremlin said on Friday.")
    events = code(coder, text)
    ev = find_event(events, "THREATEN")
    assert entity_codes(ev.actor) == ("RUS",)
    assert "GBR" in entity_codes(ev.recipient)
    assert not [e for e in events if e.event in ("COERCE", "SANCTION")]


def test_a_past_attack_with_an_if_clause_elsewhere_stays_an_attack(coder):
    text = "Russia attacked Ukraine's power grid overnight, and Kyiv said it would hit back if the strikes continued."
    events = code(coder, text)
    assert_coded(coder, text, "ASSAULT", actor=("RUS",), recipient=("UKR",))
    assert entity_codes(find_event(events, "THREATEN").actor) == ("UKR",)


def test_a_past_verb_read_as_an_adjective_after_the_opening_name_is_the_verb(coder):
    text = ("Brussels eased curbs on Chinese pork on Tuesday, a week after the two sides resumed trade talks in "
            "Beijing.")
    events = code(coder, text)
    ev = find_event(events, "CONCEDE")
    assert entity_codes(ev.actor) == ("EUR",)


# -- round 7: crowds, listed nationalities, the verb after a headline's comma -----------------------------

@pytest.mark.parametrize("text,etype,actor", [
    ("Tens of thousands march in Yerevan against Pashinyan", "PROTEST", ("ARM",)),
    ("Thousands rally in Bratislava against Fico", "PROTEST", ("SVK",)),
    ("US, Chinese negotiators meet in Geneva", "CONSULT", ("CHN", "USA")),
    ("Indian, Pakistani troops clash in Kashmir", "ASSAULT", ("IND", "PAK")),
])
def test_crowd_and_listed_nationality_subjects_of_a_headline(coder, text, etype, actor):
    ev = find_event(code(coder, text), etype)
    assert entity_codes(ev.actor) == actor


def test_the_verb_after_a_headline_comma_shares_the_subject(coder):
    events = code(coder, "Latvia accuses Moscow of airspace violation, expels envoy")
    assert entity_codes(find_event(events, "ACCUSE").actor) == ("LVA",)
    expel = find_event(events, "SANCTION")
    assert (entity_codes(expel.actor), entity_codes(expel.recipient)) == (("LVA",), ("RUS",))


def test_a_first_clause_read_as_the_second_verbs_complement_is_rejoined(coder):
    events = code(coder, "Iran seizes tanker in Gulf, detains crew")
    assert sorted(e.mode for e in events if e.event == "COERCE") == ["arrest", "seize"]
    assert all(entity_codes(e.actor) == ("IRN",) for e in events)


@pytest.mark.parametrize("text", [
    "Oil rises, stocks slip as traders weigh tariffs",
    "The two militias were accused of looting, charges they reject.",  # prose: "charges" stays a noun
])
def test_comma_repairs_leave_prose_and_market_lists_alone(coder, text):
    doc = coder.nlp(text)
    assert repair_headlines(doc, coder.nlp) == 0


def test_two_different_coercive_acts_on_one_dyad_are_two_events(coder):
    events = code(coder, "Police in Azerbaijan detained a reporter and blocked access to his news site.")
    assert sorted(e.mode for e in events if e.event == "COERCE") == ["arrest", "censor"]


def test_stripping_citizenship_then_deporting_is_one_deportation(coder):
    events = code(coder, "Bahrain stripped a dissident cleric of his nationality and deported him to Lebanon.")
    assert [(e.event, e.mode) for e in events] == [("COERCE", "deport")]


@pytest.mark.parametrize("text,first,second", [
    ("Turkey strikes Kurdish positions in Syria, kills 12 fighters", "ASSAULT", None),  # one attack, its toll
    ("Iran fires missiles, warns of wider war", "ASSAULT", "THREATEN"),
    ("Washington pauses arms shipments to Israel, demands Rafah plan", "SANCTION", "REQUEST"),
])
def test_a_first_headline_verb_read_inside_the_second_verbs_subject_is_recovered(coder, text, first, second):
    events = code(coder, text)
    assert all(entity_codes(e.actor) in (("IRN",), ("TUR",), ("USA",)) for e in events)
    find_event(events, first)
    if second is not None:
        find_event(events, second)
