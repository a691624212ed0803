"""Stage 'materiel' (placeholder: the real stage is being written)."""

from __future__ import annotations

from .base import StoryContext


class MaterielStage:
    name = "materiel"

    def __init__(self, nlp, config) -> None:
        self.config = config

    def __call__(self, ctx: StoryContext) -> None:
        return None
