"""Stage 'events' (placeholder: three verbs; the real stage is being written)."""

from __future__ import annotations

from .base import Candidate, StoryContext

_VERBS = {"accuse": "ACCUSE", "attack": "ASSAULT", "meet": "CONSULT"}


class Events:
    name = "events"

    def __init__(self, nlp, config) -> None:
        self.config = config

    def __call__(self, ctx: StoryContext) -> None:
        for si, sent in enumerate(ctx.sents):
            for tok in sent:
                etype = _VERBS.get(tok.lemma_)
                if tok.pos_ != "VERB" or etype is None:
                    continue
                subj = [ctx.mention_at(c.i) for c in tok.children if c.dep_ in ("nsubj",)]
                obj = [ctx.mention_at(c.i) for c in tok.children if c.dep_ in ("dobj",)]
                subj = [m for m in subj if m]
                if not subj:
                    continue
                ctx.candidates.append(
                    Candidate(sent_index=si, trigger=tok.i, trigger_start=tok.i, trigger_end=tok.i + 1,
                              event=etype, actor=subj, recipient=[m for m in obj if m])
                )
