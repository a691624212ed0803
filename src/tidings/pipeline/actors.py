"""Stage 'actors' (placeholder: NER + pycountry only; the real stage is being written)."""

from __future__ import annotations

from .base import Mention, StoryContext


class Actors:
    name = "actors"

    def __init__(self, nlp, config) -> None:
        self.config = config

    def __call__(self, ctx: StoryContext) -> None:
        import pycountry

        sent_of = {}
        for i, sent in enumerate(ctx.sents):
            for t in sent:
                sent_of[t.i] = i
        for ent in ctx.doc.ents:
            if ent.label_ not in ("GPE", "NORP"):
                continue
            try:
                country = pycountry.countries.search_fuzzy(ent.text)[0]
            except LookupError:
                continue
            ctx.mentions.append(
                Mention(
                    start=ent.start, end=ent.end, start_char=ent.start_char, end_char=ent.end_char,
                    text=ent.text, code=country.alpha_3, sector=None, kind="country",
                    sent_index=sent_of[ent.start], root=ent.root.i,
                )
            )
