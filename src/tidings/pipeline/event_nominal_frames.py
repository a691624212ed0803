"""The verb that carries an act noun held under a preposition (events stage, nominal triggers): "has been on
hunger strike", "remained on high alert" (a state verb with "on"), "pressed ahead with airstrikes", "pushed on
with the deportations", "proceeded with the demolitions" (a verb of going on with the act, with "with"). The
verb then does the act, like a light verb holding the noun as its object ("carried out airstrikes")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import prep_objects

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .base import Mention

# "Iran faces sanctions from the EU", "Ukraine came under attack", "Poland received a request from Kyiv": the
# subject is on the receiving end of the act noun its verb holds
UNDERGO_VERBS = frozenset({"face", "suffer", "endure", "sustain", "weather", "undergo", "receive"})

STATE_VERBS = frozenset({"be", "remain", "stay", "go"})
# going on with an act: with a particle ("pressed ahead with", "pushed on with", "forged ahead with",
# "went ahead with", "carried on with", "moved forward with") or alone ("proceeded with", "persisted with")
ONWARD_VERBS = frozenset({"press", "push", "forge", "go", "carry", "move", "plough", "plow", "soldier"})
ONWARD_PARTICLES = frozenset({"ahead", "on", "forward"})
PERSISTING_VERBS = frozenset({"proceed", "persist", "persevere", "continue"})


def carrying_verb(slot: Token) -> Token | None:
    """The verb that does the act ``slot`` (an act noun) names from under "on" or "with"; else None."""
    if slot.dep_ != "pobj":
        return None
    prep, verb = slot.head, slot.head.head
    onward = verb.lower_ in ONWARD_PARTICLES and verb.dep_ in ("advmod", "prt")
    if onward:  # ("pressed ahead | with airstrikes": the parser may hang the preposition on the particle)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if prep.lower_ == "on":
        return verb if lemma in STATE_VERBS else None
    if prep.lower_ != "with":
        return None
    if lemma in PERSISTING_VERBS:
        return verb
    if lemma in ONWARD_VERBS and (onward or any(c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD_PARTICLES
                                                for c in verb.children)):
        return verb
    return None


def received_from(undergoer: Token | None, of_objs: list[Token], by_tok: dict[int, Mention],
                  mentions: Callable[[list[Token], dict[int, Mention]], list[Mention]]) -> list[Mention]:
    """The sender of an act noun held by 'receive' ("Tehran had received offers of help from Russia, Turkey and
    the EU"): a "from" phrase on the verb or on the noun's "of" object; the receiver is never the doer."""
    if undergoer is None or undergoer.lemma_.lower() != "receive":
        return []
    return mentions(prep_objects(undergoer, ("from",)) + [f for g in of_objs for f in prep_objects(g, ("from",))],
                    by_tok)
