"""The tidings stages, in the order they run. One module per stage.

Each stage is also registered as a spaCy factory named ``tidings_<module>`` (see
``tidings.spacy_component``), so a user can add tidings to their own pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Candidate, Mention, Stage, StoryContext

if TYPE_CHECKING:
    from ..coder import CoderConfig

STAGE_NAMES: tuple[str, ...] = ("actors", "events", "patterns", "learned_events", "learned_recipients", "claims",
                                  "dates", "places", "materiel", "context")


def build_stages(nlp, config: CoderConfig) -> list[Stage]:
    from .actors import Actors
    from .claims import Claims
    from .context import Context
    from .dates import Dates
    from .events import Events
    from .learned_events import LearnedEvents
    from .learned_recipients import LearnedRecipients
    from .materiel import MaterielStage
    from .patterns import Patterns
    from .places import Places

    actors = Actors(nlp, config)
    events = Events(nlp, config)
    return [
        actors,
        events,
        Patterns(nlp, config),
        LearnedEvents(nlp, config, events),  # (the events stage's own machinery builds what it adds)
        LearnedRecipients(nlp, config),
        Claims(nlp, config, lexicon=events.lex),  # (the same files: read and parsed once, not twice)
        Dates(nlp, config),
        Places(nlp, config),
        MaterielStage(nlp, config),
        Context(nlp, config),
    ]


__all__ = ["Candidate", "Mention", "Stage", "StoryContext", "STAGE_NAMES", "build_stages"]
