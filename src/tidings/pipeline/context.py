"""Stage 'context': PLOVER contexts (the 37 in knowledge/plover.json) for each event.

Evidence, strongest first (docs/dates-places-materiel.md):
1. terms of knowledge/contexts.json in the event's own sentence;
2. terms found in several sentences of the story (``story_min_sentences``), because
   PLOVER contexts describe what a story is about, not just one sentence;
3. rules from the event itself: sectors of its actors/recipients (MIL -> military,
   SPY -> intelligence, ...), its event type and mode (COERCE cyber -> cyber, ASSAULT
   unconventional -> cbrn, ...) and the categories of its materiel (weapons ->
   military, funds -> economic, ...; see knowledge/materiel.json).
One PhraseMatcher pass per story, reused for every candidate. Output is sorted.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

from .. import plover
from ..errors import DictionaryError
from .base import Candidate, StoryContext
from .materiel import materiel_knowledge
from .scope import plural

_WEAPON_CONTEXT = "military"
_NEUTRAL = "_neutral"  # matcher label of phrases that block shorter terms and give nothing


@cache
def context_knowledge() -> dict[str, Any]:
    with resources.files("tidings.knowledge").joinpath("contexts.json").open(encoding="utf-8") as fh:
        return json.load(fh)


class Context:
    name = "context"

    def __init__(self, nlp, config, knowledge: dict[str, Any] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        from .phrases import patterns  # words split without a Doc per term

        self.config = config
        kb = knowledge or context_knowledge()
        valid = set(plover.contexts())
        unknown = sorted(set(kb["lexicon"]) - valid)
        if unknown:
            raise DictionaryError(f"unknown PLOVER contexts {unknown}; valid: {sorted(valid)}",
                                  path="knowledge/contexts.json")
        self.story_min = int(kb.get("story_min_sentences", 3))
        self.story_share = float(kb.get("story_min_share", 0.0))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, terms in sorted(kb["lexicon"].items()):
            variants = sorted({v.lower() for t in terms for v in (t, plural(t))})
            self.matcher.add(label, patterns(nlp, variants))
        neutral = sorted({v.lower() for t in kb.get("neutral", ()) for v in (t, plural(t))})
        if neutral:
            self.matcher.add(_NEUTRAL, patterns(nlp, neutral))
        self.sector_contexts = {k: tuple(v) for k, v in kb.get("sector_contexts", {}).items()}
        self.event_contexts = {k: tuple(v) for k, v in kb.get("event_mode_contexts", {}).items()}
        self.interstate = {k: tuple(v) for k, v in kb.get("interstate_contexts", {}).items()}
        self.non_state_armed = frozenset(kb.get("non_state_armed_sectors", ()))
        self.suppress = {k: frozenset(v) for k, v in kb.get("suppress", {}).items()}
        self.materiel_contexts = {
            cat: tuple(spec.get("context", ())) for cat, spec in materiel_knowledge()["categories"].items()
        }

    def sentence_contexts(self, ctx: StoryContext) -> dict[int, set[str]]:
        """Sentence index -> contexts whose terms occur in it (longest term wins on overlap)."""
        from spacy.util import filter_spans

        doc = ctx.doc
        labels: dict[tuple[int, int], set[str]] = defaultdict(set)
        for match_id, start, end in self.matcher(doc):
            labels[(start, end)].add(doc.vocab.strings[match_id])
        kept = filter_spans([doc[s:e] for s, e in labels])
        sent_starts = [s.start for s in ctx.sents]
        out: dict[int, set[str]] = defaultdict(set)
        for span in kept:
            out[_sent_of(sent_starts, span.start)].update(labels[(span.start, span.end)] - {_NEUTRAL})
        return out

    def __call__(self, ctx: StoryContext) -> None:
        if not ctx.candidates:
            return
        per_sent = self.sentence_contexts(ctx)
        support: dict[str, int] = defaultdict(int)
        for found in per_sent.values():
            for label in found:
                support[label] += 1
        # In a long story a passing theme should not colour every event.
        needed = max(self.story_min, self.story_share * len(ctx.sents))
        story_level = {label for label, n in support.items() if n >= needed}
        for cand in ctx.candidates:
            found = set(per_sent.get(cand.sent_index, ())) | story_level | self._rules(cand)
            for label, stronger in self.suppress.items():
                if label in found and found & stronger:
                    found.discard(label)
            cand.context = sorted(set(cand.context) | found)

    def _rules(self, cand: Candidate) -> set[str]:
        out: set[str] = set()
        sectors = set()
        for m in cand.actor + cand.recipient:
            if m.sector:
                sectors.add(m.sector)
            sectors.update(m.other_sectors)
        for sector in sorted(sectors):
            out.update(self.sector_contexts.get(sector, ()))
        out.update(self.event_contexts.get(cand.event, ()))
        if cand.mode:
            out.update(self.event_contexts.get(f"{cand.event}:{cand.mode}", ()))
        # Meetings between countries are diplomacy ("will visit Kyiv" is planned CONSULT).
        actor_codes = {m.code for m in cand.actor if m.code}
        recipient_codes = {m.code for m in cand.recipient if m.code}
        if actor_codes and recipient_codes and actor_codes != recipient_codes:
            for event in (cand.event, cand.planned_event):
                out.update(self.interstate.get(event or "", ()))
        # 'military' is about state militaries: weapons used or supplied by rebels or
        # gangs alone do not make it (a state striking rebels still does).
        actor_sectors = {m.sector for m in cand.actor if m.sector}
        armed_non_state = bool(actor_sectors & self.non_state_armed) and "MIL" not in actor_sectors
        for item in cand.materiel:
            for label in self.materiel_contexts.get(item.category, ()):
                if label == _WEAPON_CONTEXT and armed_non_state:
                    continue
                out.add(label)
        return out


def _sent_of(starts: list[int], token_i: int) -> int:
    return max(0, bisect_right(starts, token_i) - 1)
