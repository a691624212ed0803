"""The people a force is used to disperse (round 10, recipients): "used tear gas to break up crowds of
young people", "used live rounds to scatter taxi drivers", "used water cannon to break up a crowd of
students outside parliament" target the crowd, like "fired tear gas at protesters" (docs: "Domestic
recipients"). Called from event_domestic.group_target (uncoded crowds: the scene's compatriots) and
event_recipients._settle (crowds the actors stage already coded)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

DISPERSE_VERBS = frozenset({"disperse", "scatter", "clear", "quell", "repel", "subdue", "evict", "rout"})
# (with a particle only: "break up", "push back", "drive back", "drive away", "chase away")
DISPERSE_PHRASAL = frozenset({"break", "push", "drive", "chase", "beat"})


def _dispersal(v: Token) -> bool:
    lemma = v.lemma_.lower()
    return lemma in DISPERSE_VERBS or (lemma in DISPERSE_PHRASAL and any(
        c.dep_ == "prt" and c.lower_ in ("up", "back", "away", "off") for c in v.children))


def dispersed(h, by_tok: dict[int, Mention], uncoded: bool) -> Token | None:
    """The crowd word a force's purpose clause disperses: with ``uncoded``, a word with no mention or an
    uncoded one (for the scene's country); else the token of a coded people mention."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects
    CROWD_WORDS, group_word = _event_domestic.CROWD_WORDS, _event_domestic.group_word

    scattered = [o for c in h.tok.children if c.dep_ in ("xcomp", "advcl") and _dispersal(c) for o in objects(c)]
    scattered += [g for o in scattered for g in prep_objects(o, ("of",))]  # "thousands | of marchers"
    for t in scattered:
        if not (group_word(t) or t.lemma_.lower() in CROWD_WORDS):
            continue
        m = by_tok.get(t.i)
        if uncoded and (m is None or m.code is None):
            return t
        if not uncoded and m is not None and m.code and m.kind == "agent":
            return t
    return None


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
from . import event_domestic as _event_domestic  # noqa: E402
