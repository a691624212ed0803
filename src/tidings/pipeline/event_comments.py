"""A speaker's comment participle after the content of a request, vow or purpose (clauses, round 18).

"Mali demanded that Algeria hand over the wreckage of the drone, accusing Algerian forces of shooting it down",
"North Korea vowed to smash any attempt to infringe on its sovereignty, denouncing the joint drills as a rehearsal
for invasion", "Guyana called on Venezuela to respect the ruling, condemning the deployment of troops near the
border": the parser hangs the participle on the requested (vowed, purposed) verb, but a judgement set off by a comma
after that clause is the requester's own act, told as it speaks, not part of what it asks for. The content filters
(``event_guards.requested_content`` / ``purpose_content``) stop at such a participle; the acts below it (the
accusation's content: "of shooting it down") are then the accusation's, with its claim status.

Only judgement and speech verbs: "urged Israel to halt its strikes, allowing aid to flow" and "ordered troops to
fire on the crowd, killing ..." keep their participles inside the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs of judging, blaming and saying: what a speaker adds about the situation while asking for something
COMMENT_LEMMAS = frozenset({
    "accuse", "blame", "charge", "denounce", "condemn", "criticise", "criticize", "decry", "slam", "brand", "label",
    "call", "describe", "dismiss", "reject", "deplore", "lambast", "fault", "say", "cite", "warn", "praise",
    "welcome", "hail", "thank", "commend"})


def comment_participle(tok: Token) -> bool:
    """A comma-set-off judgement participle after the clause it hangs on, with no subject of its own."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < tok.head.i or tok.lemma_.lower() not in COMMENT_LEMMAS:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != ",":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
