"""Folding (event_fold.py): a meeting told twice in one sentence, once as a visit and once as an
undirected meeting of the same parties, is one visit; two separate meetings stay two."""

from __future__ import annotations

import pytest


def consults(coder, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(sorted({a.code for a in e.actor if a.code})), tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04") if e.event == "CONSULT")


@pytest.mark.parametrize(("text", "visit"), [
    ("Spanish Prime Minister Pedro Sanchez visited Rabat on Wednesday, where he met Moroccan Prime Minister "
     "Aziz Akhannouch to discuss migration.", (("ESP",), ("MAR",))),
    ("Qatar's emir received Lebanese President Joseph Aoun in Doha on Sunday, and the two leaders discussed "
     "support for the Lebanese army.", (("LBN",), ("QAT",))),
])
def test_a_meeting_verb_inside_the_visit_is_the_visit(coder, text, visit):
    assert consults(coder, text) == [visit], consults(coder, text)


def test_two_meetings_with_different_leaders_stay_two(coder):
    found = consults(coder, "Lula met Xi in Beijing on Monday and met Modi in New Delhi on Friday.")
    assert len(found) == 2, found


@pytest.mark.parametrize("text, actor", [
    ("The junta in Niamey vowed not to release the detained Beninese officers.", "NER"),
    ("Hezbollah vowed never to hand over its weapons.", "LBN"),
])
def test_a_vow_not_to_yield_is_a_refusal(coder, text, actor):
    events = coder.code(text, date="2025-06-04")
    assert [e.event for e in events] == ["REJECT"]
    assert {a.code for a in events[0].actor} == {actor}


def test_a_pledge_not_to_attack_is_the_negated_attack_not_a_threat(coder):
    events = coder.code("Eritrea pledged not to attack Ethiopian positions along the border.", date="2025-06-04")
    assert [(e.event, e.aux_mode) for e in events] == [("ASSAULT", "negation")]


def test_a_clause_vowing_that_attacks_will_not_go_unanswered_stays_a_threat(coder):
    events = coder.code("Tehran vowed that the strikes would not go unanswered.", date="2025-06-04")
    assert [e.event for e in events] == ["THREATEN"]


def _attack_hit(coder, text: str):
    """The events stage, the sentence's actor mentions by word and the hit of its "attacked"."""
    from tidings.coder import make_story

    events = next(s for s in coder.stages if s.name == "events")
    doc = coder.parse([text])[0]
    ctx = coder.story_context(doc, make_story(text, date="2025-03-03"), stop_after="actors")
    by_tok = {i: m for m in ctx.mentions for i in range(m.start, m.end)}
    events._story_country = None
    events.sentence_candidates(0, ctx.sents[0], by_tok)  # (the stage's per-sentence state, as when it runs)
    tok = next(t for t in doc if t.lemma_ == "attack")
    return events, events._verb_hit(tok, events.lex.verbs["attack"], by_tok), ctx.mentions, by_tok


@pytest.mark.parametrize("text", [
    "Belarus said on Monday that unidentified gunmen attacked a Ukrainian border post near Chernihiv.",
    "Belarus said Russia attacked the Ukrainian city of Kharkiv on Tuesday.",
])
def test_add_with_doer_codes_the_hit_with_the_doer_a_side_rule_found(coder, text):
    from tidings.pipeline.event_fold import add_with_doer

    events, hit, mentions, by_tok = _attack_hit(coder, text)
    doer = [m for m in mentions if m.code == "BLR"]
    made: list = []
    add_with_doer(events, 0, hit, doer, by_tok, None, made)
    assert hit.actor is doer
    assert [(c.event, [m.code for m in c.actor], [m.code for m in c.recipient]) for c in made] == [
        ("ASSAULT", ["BLR"], ["UKR"])]


def test_add_with_doer_keeps_nothing_when_the_doer_found_is_no_one(coder):
    from tidings.pipeline.event_fold import add_with_doer

    events, hit, _mentions, by_tok = _attack_hit(coder, "Belarus said Russia attacked the Ukrainian city of Kharkiv.")
    made: list = []
    add_with_doer(events, 0, hit, [], by_tok, None, made)
    assert made == []


def _events(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, tuple(sorted({a.code for a in e.actor if a.code})), tuple(sorted({r.code for r in e.recipient
                                                                                         if r.code})))
            for e in coder.code(text, date="2025-06-04")]


@pytest.mark.parametrize(("text", "pact"), [
    ("Pakistan and Saudi Arabia agreed on Wednesday to treat an attack on either country as an attack on both, "
     "under a defence pact announced in Riyadh.", ("PAK", "SAU")),
    ("Thailand and Cambodia reached a deal in Kuala Lumpur on Monday to stop fighting along their disputed border, "
     "Malaysia's prime minister said.", ("KHM", "THA")),
])
def test_two_parties_agreeing_on_no_ones_hostility_or_its_end_is_a_pact(coder, text, pact):
    assert ("AGREE", pact, ()) in _events(coder, text)


def test_two_parties_agreeing_to_sanction_a_third_is_the_sanction(coder):
    found = _events(coder, "Russia and Belarus agreed on Friday to impose retaliatory sanctions on Lithuanian goods "
                           "after Vilnius closed its border crossings, the Kremlin said.")
    assert ("SANCTION", ("BLR", "RUS"), ("LTU",)) in found
    assert not any(e[0] == "AGREE" for e in found)


@pytest.mark.parametrize(("text", "mode"), [
    ("Pyongyang dismissed on Thursday a Japanese offer of summit talks, state media said.", "meet"),
    ("Mali rebuffed a Moroccan proposal on Tuesday to host negotiations with the rebels.", "meet"),
])
def test_refused_offer_takes_the_mode_of_what_it_offers(coder, text, mode):
    modes = [e.mode for e in coder.code(text, date="2025-06-04") if e.event == "REJECT"]
    assert mode in modes, modes
