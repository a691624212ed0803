"""The mode of a demand or refusal to stop something (events stage, folds).

REQUEST / REJECT `yield` is giving way in a conflict (release prisoners, end sanctions, ease curfews,
ceasefires); `change` any other change of policy (manual, REQUEST modes). *Stop / halt / end / cease* are in
the `yield` words, but what is to stop decides: *urged Israel to halt the offensive*, *to end the war* ask a
party to cease fire (`yield`); *urged Serbia to stop buying Russian gas*, *the United States to stop arms sales
to Taiwan*, *to halt settlement expansion* ask for a change of policy (`change`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STOP_VERBS = frozenset({"stop", "halt", "end", "cease"})
# acts of war whose stopping is a ceasefire
HOSTILITIES = frozenset({
    "fighting", "fight", "war", "attack", "strike", "offensive", "hostility", "shelling", "bombing", "bombardment",
    "assault", "violence", "killing", "fire", "raid", "incursion", "aggression", "escalation", "blockade", "siege",
    "operation", "airstrike", "clash", "combat", "invasion", "occupation", "crackdown", "shoot", "bomb", "kill",
})


def stopped_act_mode(tok: Token) -> str | None:
    """'urged X to stop Y': `yield` when Y is an act of war, `change` for anything else; None when the demand's
    complement is no stopping verb."""
    for comp in tok.children:
        if comp.dep_ != "xcomp" or comp.lemma_.lower() not in STOP_VERBS:
            continue
        stopped = [c for c in comp.children if c.dep_ in ("dobj", "xcomp", "pcomp")]
        if not stopped:
            return None  # "urged them to stop": nothing named
        words = {t.lemma_.lower() for s in stopped for t in [s, *s.children]}
        return "yield" if words & HOSTILITIES else "change"
    return None
