"""Sentence-level claim status of one trigger (tidings.pipeline.attribution), on real parses."""

from __future__ import annotations

import pytest

from tidings.coder import make_story, parse_date
from tidings.pipeline.attribution import Attributor, codes, one_per_entity
from tidings.pipeline.base import Candidate, Mention, StoryContext
from tidings.pipeline.modality import load_cues

CODES = {"Iran": "IRN", "Tehran": "IRN", "Russia": "RUS", "Ukraine": "UKR", "Britain": "GBR", "Blinken": "USA"}


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    return Attributor(load_cues())


def attribute(coder, attributor, text: str, trigger: str):
    doc = coder.nlp(text)
    ctx = StoryContext(story=make_story(text, date="2024-09-10"), doc=doc, pub_date=parse_date("2024-09-10"))
    for tok in doc:
        if tok.text in CODES:
            ctx.mentions.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text,
                                        CODES[tok.text], None, "country", 0, tok.i))
    trig = next(t for t in doc if t.text == trigger)
    cand = Candidate(sent_index=0, trigger=trig.i, trigger_start=trig.i, trigger_end=trig.i + 1, event="AID")
    return attributor.attribute(ctx, cand)


@pytest.mark.parametrize(
    ("text", "trigger", "status", "by", "denied_by"),
    [
        ("Iran sent drones to Russia.", "sent", "asserted", [], []),
        ("Blinken said Iran sent drones to Russia.", "sent", "asserted", ["USA"], []),
        ("Britain accused Iran of sending drones to Russia.", "sending", "alleged", ["GBR"], []),
        ("Iran reportedly sent drones to Russia.", "sent", "alleged", [], []),
        ("Tehran denied that Iran sent drones to Russia.", "sent", "denied", [], ["IRN"]),
        ("Tehran did not deny that Iran sent drones to Russia.", "sent", "asserted", [], []),
        ("Tehran denied sending drones but later admitted that Iran sent drones to Russia.", "sent",
         "asserted", ["IRN"], []),
        ("Officials in Ukraine said Iran sent drones to Russia.", "sent", "alleged", [], []),
        ("Rights groups said Iran sent drones to Russia.", "sent", "alleged", [], []),
        ("Iran sent drones to Russia, according to witnesses.", "sent", "alleged", [], []),
        ("The group said Iran sent drones to Russia.", "sent", "asserted", [], []),
        ("Satellite images appeared to show that Iran sent drones to Russia.", "sent", "alleged", [], []),
        ("Tehran neither confirmed nor denied that Iran sent drones to Russia.", "sent", "alleged", [], []),
    ],
)
def test_nearest_embedding_word_decides(coder, attributor, text, trigger, status, by, denied_by):
    found = attribute(coder, attributor, text, trigger)
    assert found.status == status, found.cues
    assert sorted(codes(found.by)) == by and sorted(codes(found.denied_by)) == denied_by


def test_cues_name_the_evidence(coder, attributor):
    found = attribute(coder, attributor, "Britain accused Iran of sending drones to Russia.", "sending")
    assert found.cues == ["alleged:accused"] and found.gov is not None


def test_one_mention_per_entity_prefers_the_sectored_one():
    plain = Mention(0, 1, 0, 4, "Iran", "IRN", None, "country", 0, 0)
    gov = Mention(5, 6, 30, 36, "Tehran", "IRN", "GOV", "country", 1, 5)
    other = Mention(8, 9, 40, 46, "Russia", "RUS", None, "country", 1, 8)
    assert one_per_entity([plain, gov, other]) == [gov, other]


@pytest.mark.parametrize("text, trigger, status", [
    ("Ukrainian officials said Russia had shelled the town, and Britain sent medical supplies on Wednesday.",
     "sent", "asserted"),
    ("Ukrainian officials said Russia had shelled the town, and Britain sent medical supplies on Wednesday.",
     "shelled", "alleged"),
    ("Unnamed officials said Russia had shelled the town and killed five civilians.", "killed", "alleged"),
])
def test_a_conjunct_with_its_own_subject_outside_the_reports_had_is_told(coder, attributor, text, trigger, status):
    assert attribute(coder, attributor, text, trigger).status == status


@pytest.mark.parametrize("text, trigger, status", [
    # a time phrase between the denial and its gerund: the parser hangs the gerund as an adverbial clause
    ("Russia denied on Friday shelling the school in Kharkiv.", "shelling", "denied"),
    ("Russia denied last month supplying rockets to the rebels.", "supplying", "denied"),
    # a condition or a reason of a refusal is no content of it, time phrase or not
    ("Russia could reject on Friday the offer if Ukraine keeps shelling Belgorod.", "shelling", "asserted"),
])
def test_a_gerund_after_a_denials_time_phrase_is_what_is_denied(coder, attributor, text, trigger, status):
    assert attribute(coder, attributor, text, trigger).status == status
