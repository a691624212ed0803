"""Object relative clauses the parser misreads (events stage, clause shapes): in "The tanker, which Iranian
commandos seized in April, was released on Friday" it reads "commandos seized" as a reduced relative on the
subject ("commandos who were seized"), so the doers became the patients. The participle is the relative
clause's verb: the noun it hangs on is its subject and the relative pronoun's antecedent its object."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_OBJECTS = frozenset({"which", "whom", "that"})
# a participle with any of these is a real passive or has its own arguments
OWN_ARGUMENT_DEPS = frozenset({"dobj", "agent", "auxpass", "nsubj", "nsubjpass", "dative"})


def object_relative(tok: Token) -> Token | None:
    """The antecedent the misread relative clause of ``tok`` acts on ("the tanker"), else None."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in OWN_ARGUMENT_DEPS for c in tok.children):
        return None
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
        return None
    left = noun.left_edge.i
    rel = tok.doc[left - 1] if left > 0 else None
    if rel is None or rel.lower_ not in RELATIVE_OBJECTS or rel.tag_ not in ("WDT", "WP"):
        return None
    j = rel.i - 1
    while j >= 0 and tok.doc[j].is_punct:
        j -= 1  # (", which")
    ante = tok.doc[j] if j >= 0 else None
    return ante if ante is not None and ante.pos_ in ("NOUN", "PROPN") else None
