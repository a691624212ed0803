"""Hand-built candidates on real parses, for testing one stage without the stages before it."""

from __future__ import annotations

import datetime as dt

from tidings.pipeline.base import Candidate, Mention, StoryContext
from tidings.records import Story


def stage(coder, name: str):
    return next(s for s in coder.stages if s.name == name)


def mention(doc, word: str, code: str | None, sector: str | None = None, kind: str = "country") -> Mention:
    tok = next(t for t in doc if t.text == word)
    sent_index = next(k for k, s in enumerate(doc.sents) if s.start <= tok.i < s.end)
    return Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok),
                   text=tok.text, code=code, sector=sector, kind=kind, sent_index=sent_index, root=tok.i)


def story(
    coder,
    text: str,
    trigger: str,
    *,
    event: str = "ASSAULT",
    mode: str | None = None,
    aux_mode: str | None = None,
    date: str | None = "2024-09-10",
    actors: tuple[tuple[str, str | None, str | None], ...] = (),
    recipients: tuple[tuple[str, str | None, str | None], ...] = (),
    occurrence: int = 0,
) -> tuple[StoryContext, Candidate]:
    """Parse ``text`` with the real model and build one candidate whose trigger is the
    ``occurrence``-th token spelled ``trigger``. ``actors``: (word, code, sector)."""
    doc = coder.nlp(text)
    hits = [t.i for t in doc if t.text == trigger]
    i = hits[occurrence]
    sents = list(doc.sents)
    sent_index = next(k for k, s in enumerate(sents) if s.start <= i < s.end)
    cand = Candidate(sent_index=sent_index, trigger=i, trigger_start=i, trigger_end=i + 1, event=event,
                     mode=mode, aux_mode=aux_mode)
    cand.actor = [mention(doc, w, c, s) for w, c, s in actors]
    cand.recipient = [mention(doc, w, c, s) for w, c, s in recipients]
    pub = dt.date.fromisoformat(date) if date else None
    ctx = StoryContext(story=Story(id="t", text=text, date=date), doc=doc, pub_date=pub, candidates=[cand],
                       mentions=cand.actor + cand.recipient)
    return ctx, cand
