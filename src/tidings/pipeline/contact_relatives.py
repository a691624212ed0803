"""Object relative clauses with no relative word, which the parser splits (round 17, clauses).

Wire copy drops the "that": "under a demarcation protocol the two governments signed in April", "an allegation the
Russian embassy called absurd", "under a defence agreement Berlin and Vilnius signed in 2023". The parser then makes
the relative clause's subject an object of the main verb with the verb as its passive participle ("the two
governments [who were] signed"): the second act loses its doer and the thing it acts on, and the main act gains a
false object. The repair moves words in the tree, with no new
parse: the noun phrase becomes the verb's subject and the verb a relative clause on the noun right before it (the
verb's object, as in any object relative). Decided by the parse only: two noun phrases side by side with no comma,
the second a party (a named place, people, organisation or person, or a state body), then a past verb with no
subject, object or passive marker of its own. (The parser's other reading, the verb hung on the main clause as an
adverbial with its own subject, is left alone: measured, it cost a sealed false event.) A noun that sums up the act before it (", a move Tokyo condemned")
is left to the reaction rules, which read the parser's own shape of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import PARTY_ENTS, parse
from .event_clause_walk import SUMMING_WORDS
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# heads of a noun phrase that names a party even without a name in it ("the two governments", "the junta")
PARTY_HEADS = word_list("party_nouns.json", "party_heads")
_OWN = frozenset({"nsubj", "nsubjpass", "agent", "auxpass", "dobj", "ccomp", "xcomp", "mark", "csubj"})
# nouns summing up an act that a reaction follows (the reaction rules read the parser's shape); a deal's own
# making stays ours ("under a deal the two neighbours reached")
REACTION_NOUNS = SUMMING_WORDS - {"deal", "agreement"}
_NOT_ANTECEDENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _party(np: Token) -> bool:
    if np.ent_type_ in PARTY_ENTS or np.lemma_.lower() in PARTY_HEADS:
        return True
    return any(c.dep_ in ("amod", "compound", "conj", "poss") and c.ent_type_ in PARTY_ENTS for c in np.children)


def _antecedent(np: Token) -> Token | None:
    """The common noun that ends the phrase right before ``np``'s phrase, or None."""
    left = np.left_edge.i
    if left == 0:
        return None
    n = np.doc[left - 1]
    if n.pos_ != "NOUN" or n.ent_type_ in _NOT_ANTECEDENT_ENTS or n.dep_ in ("compound", "npadvmod") \
            or np.left_edge.i <= n.i <= np.right_edge.i:
        return None
    return n


def contact_relative_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    p = parse(sent.doc)  # (labels as lists: a Token only for a past verb hung as a participle)
    edits: list[tuple[int, int, str, str | None]] = []
    for i in range(sent.start + 2, sent.end):
        if p.tag[i] not in ("VBD", "VBN") or p.dep[i] != "acl":
            continue
        verb = sent.doc[i]
        np = verb.head  # "the two governments signed": the phrase the participle was hung on
        end = max([np.i] + [c.right_edge.i for c in np.children if c.i != i])
        if np.i > i or end != i - 1 or any(c.dep_ in _OWN for c in verb.children):
            continue
        if np.pos_ not in ("NOUN", "PROPN") or not _party(np):
            continue
        noun = _antecedent(np)
        if noun is None or noun.i < sent.start:
            continue
        if noun.lemma_.lower() in REACTION_NOUNS:
            continue  # (", an incident Beijing's coast guard blamed on ...": the summing-noun reaction rules read it)
        edits.append((np.i, i, "nsubj", None))
        edits.append((i, noun.i, "relcl", "VBD" if not any(c.dep_ == "aux" for c in verb.children) else None))
    return edits
