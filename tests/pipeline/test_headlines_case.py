"""Headline capitals and plural subjects read as verbs (pipeline.headline_case, headline_rereads).

Title Case headlines and words in capitals make the small model tag every word a proper noun; the
sentence is read again in sentence case (names the dictionaries know keep their capitals). A plural
subject noun after a name ("Haiti gangs torch ...") read as the verb is given back to the bare verb after it.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (headline, event type, actor codes, recipient codes)
TITLE_CASE = [
    ("Ghana Recalls Ambassador From Burkina Faso", "SANCTION", ("GHA",), ("BFA",)),
    ("Brazil Suspends Flights To Venezuela Over Election Dispute", "SANCTION", ("BRA",), ("VEN",)),
    ("Turkey Detains Istanbul Mayor Ahead Of Vote", "COERCE", ("TUR",), ("TUR",)),
    ("South Korea Expels North Korean Diplomat Over Spying", "SANCTION", ("KOR",), ("PRK",)),
    ("Ethiopia Accuses Eritrea of Preparing for War", "ACCUSE", ("ETH",), ("ERI",)),
    ("Mali Junta Suspends All Political Parties", "COERCE", ("MLI",), ("MLI",)),
]


@pytest.mark.parametrize("text,etype,actor,recipient", TITLE_CASE)
def test_title_case_headline_is_read_in_sentence_case(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


def test_headline_in_capitals_is_read_in_sentence_case(coder):
    assert_coded(coder, "RUSSIA EXPELS TWO ESTONIAN DIPLOMATS", "SANCTION", actor=("RUS",), recipient=("EST",))


def test_one_word_in_capitals_is_read_as_the_verb(coder):
    assert_coded(coder, "Seoul CONDEMNS North Korean missile launch", "ACCUSE", actor=("KOR",), recipient=("PRK",))
    assert_coded(coder, "Iran SLAMS Israel over strikes", "ACCUSE", actor=("IRN",), recipient=("ISR",))


def test_capitals_lead_keeps_the_sentence_after_it(coder):
    # "BREAKING:" is a line of its own: the sentence after it keeps its own parse
    assert_coded(coder, "BREAKING: Iran fires missiles at US base in Qatar", "ASSAULT", actor=("IRN",),
                 recipient=("USA",))


def test_recased_headline_keeps_its_text_and_names(coder):
    text = "Ghana Recalls Ambassador From Burkina Faso"
    doc = coder.nlp(text)
    from tidings.pipeline.headlines import repair_headlines

    repair_headlines(doc, coder.nlp)
    assert doc.text == text
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "recall"
    assert any(e.text == "Burkina Faso" for e in doc.ents)


@pytest.mark.parametrize("text", [
    "Argentina Beats Brazil In World Cup Qualifier",
    "Netflix Series Wins Top Prize At Cannes",
    "Poland To Hold Presidential Runoff On June 1",
])
def test_title_case_without_an_act_stays_no_event(coder, text):
    assert code(coder, text) == []


PLURAL_SUBJECTS = [
    ("Haiti gangs torch police station near capital", "ASSAULT", ("HTI",)),
    ("Mexico cartels kill 12 police officers in Michoacan", "ASSAULT", ("MEX",)),
    ("Colombia guerrillas attack army base in Cauca", "ASSAULT", ("COL",)),
    ("Gaza militants fire rockets at Tel Aviv", "ASSAULT", ("PSE",)),
]


@pytest.mark.parametrize("text,etype,actor", PLURAL_SUBJECTS)
def test_plural_subject_read_as_verb_gives_back_the_verb(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)


def test_real_s_verb_before_a_bare_trigger_is_left_alone(coder):
    from tidings.pipeline.headline_rereads import _plural_read_as_verb
    from tidings.pipeline.headlines import _bundled_verbs

    for text in ("Israel orders strike on Gaza tunnels", "China plans drills near Taiwan"):
        doc = coder.nlp(text)
        assert _plural_read_as_verb(next(iter(doc.sents)), coder.nlp, _bundled_verbs()) is None


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Boric slams Milei over remarks", "ACCUSE", ("CHL",), ("ARG",)),
    ("Vucic hosts Xi in Belgrade", "CONSULT", ("CHN",), ("SRB",)),
])
def test_person_name_read_as_adjective_is_no_demonym(coder, text, etype, actor, recipient):
    # "-ic" names read as adjectives ("Boric/JJ slams/NNS"): a name the dictionaries know is no nationality word
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,actor,recipient", [
    ("Ukraine - Russian missiles hit Kyiv power plant", ("RUS",), ("UKR",)),
    ("Gaza - Israeli strikes kill 30 in Khan Younis", ("ISR",), ("PSE",)),
    ("Syria \u2013 Turkish drones strike Kurdish fighters near Kobani", ("TUR",), ("SYR",)),
    ("Somalia - US airstrike kills al Shabaab commander", ("USA",), ("SOM",)),
])
def test_place_lead_before_a_dash_is_no_co_actor(coder, text, actor, recipient):
    # the lead hangs on the root as after a colon ("Lebanon: Israeli jets bomb ..."), not on the subject
    assert_coded(coder, text, "ASSAULT", actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,etype,actor", [
    ("Morocco, Spain to hold summit in Rabat", "AGREE", None),  # the planned meeting: future, made AGREE
    ("Saudi, Iran to restore ties", "AGREE", ("IRN", "SAU")),
    ("Saudi, Qatar pledge aid to Syria", "AGREE", ("QAT", "SAU")),
    ("Emirati, Saudi jets strike Houthi targets", "ASSAULT", ("ARE", "SAU")),
])
def test_listed_names_before_headline_verb(coder, text, etype, actor):
    # a known name the tagger reads as an adjective or noun lists like a proper noun; the comma read as
    # "and" is parsed with the space an "and" has
    assert_coded(coder, text, etype, actor=actor)


@pytest.mark.parametrize("text,etype,actor", [
    ("Turkey to buy 40 Eurofighter jets", "AGREE", ("TUR",)),
    ("Ghana to expel three Nigerian diplomats", "SANCTION", ("GHA",)),
])
def test_headline_plan_read_as_relative_clause(coder, text, etype, actor):
    # "X to V": the infinitive made the root, X its subject; the plan is future
    ev = assert_coded(coder, text, etype, actor=actor)
    assert ev.aux_mode == "future"


@pytest.mark.parametrize("text", [
    "Israel strikes Beirut as Hezbollah fires rockets",
    "Ukraine shoots down drones as Russia fires missiles at Lviv",
])
def test_as_clause_verb_read_as_plural_noun(coder, text):
    # the "as" clause has its own subject; its -s verb tagged a plural noun is the clause's verb
    events = [e for e in code(coder, text) if e.event == "ASSAULT"]
    assert len(events) == 2, [(e.event, e.event_text) for e in events]


def test_headline_verb_read_as_adjective_after_a_list(coder):
    assert_coded(coder, "Lula, Petro urge Maduro to release vote tallies", "REQUEST", actor=("BRA", "COL"),
                 recipient=("VEN",))


@pytest.mark.parametrize("text,actor,recipient", [
    ("Ecuador declares emergency after gangs storm TV station", ("ECU",), ("ECU",)),
    ("Guatemala declares curfew after gangs attack prisons", ("GTM",), ("GTM",)),
])
def test_second_clause_verb_read_as_noun_after_subordinator(coder, text, actor, recipient):
    # "after gangs storm/NN TV station": the clause's bare verb read as its object's modifier
    assert_coded(coder, text, "ASSAULT", actor=actor, recipient=recipient)


def test_first_clause_verb_read_as_noun_before_subordinator(coder):
    from tidings.pipeline.headlines import repair_headlines

    doc = coder.nlp("Myanmar junta bombs Sagaing as rebels seize Lashio")
    repair_headlines(doc, coder.nlp)
    assert doc[2].pos_ == "VERB" and doc[2].dep_ == "ROOT" and doc[2].lemma_ == "bomb"
    assert_coded(coder, "Myanmar junta bombs Sagaing as rebels seize Lashio", "ASSAULT", actor=("MMR",))


def test_sentence_with_many_names_and_a_lowercase_verb_is_no_title_case(coder):
    from tidings.pipeline.headline_case import _lines, _shape

    doc = coder.nlp("Prime Minister Keir Starmer met President Emmanuel Macron in Paris.")
    assert [_shape(line) for line in _lines(doc)] == [None]
    doc = coder.nlp("Ghana Recalls Ambassador From Burkina Faso")
    assert [_shape(line) for line in _lines(doc)] == ["title"]


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("UPDATE 2-China sanctions US defence firms", "SANCTION", ("CHN",), ("USA",)),
    ("UPDATE 1-Kenya police fire tear gas at protesters in Nairobi", "ASSAULT", ("KEN",), ("KEN",)),
    ("EXCLUSIVE-India to cut Russian oil imports", "SANCTION", ("IND",), ("RUS",)),
])
def test_wire_slug_is_no_subject(coder, text, etype, actor, recipient):
    # the slug ("UPDATE 2-", "EXCLUSIVE-") hangs on the root, not beside the subject
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)
