"""Stage 'claims' (placeholder: the real stage is being written)."""

from __future__ import annotations

from .base import StoryContext


class Claims:
    name = "claims"

    def __init__(self, nlp, config) -> None:
        self.config = config

    def __call__(self, ctx: StoryContext) -> None:
        return None
