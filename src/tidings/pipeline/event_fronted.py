"""Subjects the parser hung somewhere else (round 11 split from event_embedded.py).

A clause's subject swallowed as the previous clause's object ("... detained two officers, and Khartoum, which
denies ..., recalled ..."), a fronted subject before a comma phrase, the object of a clause opener read as a
preposition ("..., as Moscow, which ..., accused Kyiv"), and a main verb hung inside a comma-bounded relative
clause: each gives the verb the subject it lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import FINITE_TAGS, parse
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token


def swallowed_subject(verb: Token) -> list[Token]:
    """'after Hezbollah fired rockets into northern Israel and Israeli jets pounded targets in Lebanon': the
    parser joins 'jets' to 'Israel' as a conjunct and leaves 'pounded' subjectless. A subjectless finite
    verb right after a noun conjunct of the previous clause's object takes that noun as its subject."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in ("conj", "ROOT"):
        return []
    p = parse(verb.doc)  # by index: no Token object per child
    if any(p.dep[c] == "cc" and c < verb.i for c in p.kids[verb.i]):
        return []  # "fired rockets and pounded targets": a shared subject, rightly parsed
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.lower_ == "," and prev.head.right_edge.i == prev.i \
            and any(c.dep_ == "relcl" for c in prev.head.children):
        prev = prev.head  # "... two Sudanese officers, and Khartoum, which denies arming the rebels, recalled ..."
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ != "conj" \
            or prev.head.dep_ not in ("dobj", "pobj"):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subj and not (prev.pos_ == "PROPN" and all(s.i < prev.head.i and s.pos_ == "NOUN" for s in subj)
                     and _clause_between(prev.head, verb)):
        # "Tensions flared after X fired at Philippine boats and Manila summoned ...": the parser made the
        # opening noun the subject of the last verb; a name swallowed right before the verb is its subject
        return []
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "while", "but") for c in prev.head.children):
        return []
    return [prev]


def _clause_between(noun: Token, verb: Token) -> bool:
    """A verb lies between the noun and the clause's verb ('after X fired at boats' inside 'Tensions flared
    after ...'), not only nouns and prepositions ('the ministers of India and Pakistan met')."""
    cur = noun.head
    for _ in range(8):
        if cur.i == verb.i or cur.head.i == cur.i:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


# people moved by a flight or a transfer, not visitors


def fronted_subject(verb: Token) -> list[Token]:
    """'Under a deal mediated by the UAE, Russia and Ukraine exchanged 150 prisoners': the parser joins the
    subject after the comma to the fronted phrase's last noun and leaves the verb subjectless. The conjuncts
    between that comma and the verb are its subject."""
    if verb.tag_ in FINITE_TAGS and verb.dep_ != "ROOT" and (read := _clause_opener_object(verb)):
        return read
    if verb.dep_ != "ROOT" and (read := _relative_swallowed(verb)):
        return read
    if (denier := denial_conjunct(verb)) is not None:
        return [c for c in denier.children if c.dep_ == "nsubj"]
    if verb.tag_ not in FINITE_TAGS or verb.dep_ != "ROOT" or verb.i < 3:
        return []
    p = parse(verb.doc)
    if (opened := objectless_opener_subject(verb)) is not None:
        return opened
    if any(p.dep[c] in ("nsubj", "nsubjpass", "expl") for c in p.kids[verb.i]):
        return []
    prev = verb.i - 1
    if p.dep[prev] == "appos" and p.pos[prev] in ("NOUN", "PROPN") and (left := verb.doc[prev].left_edge.i) > 1 \
            and p.lower[left - 1] == "," and p.head[prev] < left - 1 and any(
                p.dep[c] == "prep" and c < p.head[prev] for c in p.kids[verb.i]):
        # "Following talks with Saudi Foreign Minister Faisal bin Farhan, Iran's foreign minister said ...": the
        # subject read as an apposition of the fronted phrase's last name
        return [verb.doc[prev]]
    if p.dep[prev] != "conj" or p.pos[prev] not in ("NOUN", "PROPN"):
        return []
    first = prev
    while p.dep[first] == "conj" and p.head[first] != first and p.lower[first - 1] != ",":
        first = p.head[first]  # up the conjunct chain to the noun right after the comma
    if p.lower[first - 1] != "," or p.dep[first] != "conj" or p.head[first] >= first:
        return []
    fronted = p.head[first]  # the fronted phrase's noun, inside a phrase that opens the sentence
    if not any(p.dep[c] == "prep" and c < fronted for c in p.kids[verb.i]):
        return []
    return [verb.doc[first]] + [verb.doc[c] for c in range(first + 1, verb.i) if p.dep[c] == "conj"]


def objectless_opener_subject(verb: Token) -> list[Token] | None:
    """'After its air strike on the port of Hodeidah, Israel warned the Houthis ...': the parser may leave the
    opening preposition without its object, make that object the verb's subject and join the real subject after the
    comma to the phrase's last name. The conjunct right before the verb, after a comma, is the subject (None: no
    such misparse)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].i > verb.i or subj[0].pos_ != "NOUN":
        return None
    start = subj[0].left_edge.i
    opener = verb.doc[start - 1] if start > 0 else None
    if opener is None or opener.dep_ != "prep" or opener.head.i != verb.i or any(
            c.dep_ in ("pobj", "pcomp") for c in opener.children):
        return None
    last = verb.doc[verb.i - 1]
    if last.dep_ != "conj" or last.pos_ not in ("PROPN", "NOUN") or last.left_edge.i < 1 \
            or verb.doc[last.left_edge.i - 1].lower_ != "," or not subj[0].left_edge.i <= last.head.i < last.i:
        return None
    return [last]


# conjunctions the parser reads as prepositions when a comma phrase follows their subject
CLAUSE_OPENERS = frozenset({"as", "while", "after", "before", "when", "since", "until", "because", "though"})


def _clause_opener_object(verb: Token) -> list[Token]:
    """'..., the governor said, as Moscow, which launched 100 drones the same night, accused Kyiv of ...': the
    parser reads 'as' as a preposition with 'Moscow' its object and hangs the subjectless 'accused' on the
    main verb. The opener's object that ends (with its relative or appositive) right before the verb, both
    under the same head, is the verb's subject."""
    p = parse(doc := verb.doc)
    if any(p.dep[c] in ("nsubj", "nsubjpass", "expl") for c in p.kids[verb.i]):
        return []
    head = p.head[verb.i]
    for opener in p.kids[head]:
        if opener >= verb.i or p.dep[opener] != "prep" or p.lower[opener] not in CLAUSE_OPENERS:
            continue
        for noun in p.kids[opener]:
            if p.dep[noun] != "pobj" or p.pos[noun] not in ("NOUN", "PROPN") or doc[noun].ent_type_ in ("DATE", "TIME"):
                continue
            if p.lower[opener] == "as" and p.pos[noun] == "NOUN" and not any(
                    p.dep[k] in ("relcl", "appos", "acl") for k in p.kids[noun]):
                continue  # "condemned the strikes as a declaration of war on Saturday, accused ...": a label (lead)
            if _gap_end(doc, doc[noun].right_edge.i + 1) == verb.i:
                return [doc[noun], *doc[noun].conjuncts]
    return []


RELATIVE_WORDS = frozenset({"which", "who", "whose", "whom"})


def _relative_swallowed(verb: Token) -> list[Token]:
    """'..., and Georgetown, which says the waters are its own, called on the Commonwealth to ...': the parser
    hangs the main verb after the closing comma inside the non-restrictive relative clause (as a participle
    or a complement). A subjectless verb right after that comma, below the relative clause, has the clause's
    antecedent as its subject. Not a participle with a by agent ('..., backed by Russia'): that describes."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].lower_ != "," or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return []
    kids = list(verb.children)
    if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for k in kids):
        return []
    if verb.tag_ == "VBN" and (any(k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by") for k in kids)
                               or not any(k.dep_ in ("dobj", "prep", "xcomp", "ccomp", "dative") for k in kids)):
        return []
    rel = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if rel is None:
        return []
    antecedent = rel.head
    opener = rel.left_edge
    if antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.i + 2 != opener.i or doc[antecedent.i + 1].lower_ != "," \
            or opener.lower_ not in RELATIVE_WORDS:
        return []
    return [antecedent, *antecedent.conjuncts] if antecedent.dep_ != "conj" else [antecedent]


def _gap_end(doc, i: int) -> int:
    """The index after commas and one comma-bounded participle phrase from ``i`` (', citing violations, ')."""
    while i < len(doc) and doc[i].lower_ == ",":
        i += 1
    if i < len(doc) and doc[i].tag_ in ("VBG", "VBN") and doc[i].left_edge.i == i:
        i = max(t.i for t in doc[i].subtree if t.i >= i) + 1
        while i < len(doc) and doc[i].lower_ == ",":
            i += 1
    return i


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff"})
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion"})
# speech acts a denier goes on to make ("denied that ... and accused the army of ...")
REJOINDER_VERBS = word_list("reaction_verbs.json", "rejoinder_verbs")


def denial_conjunct(verb: Token) -> Token | None:
    """'The commander denied that his men had burned the clinic and accused the army of shelling the market':
    the parser joins 'accused' to the denied clause's verb, so it would take that clause's subject and read as
    denied. A speech act joined so is the denier's own (the denying verb is returned)."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in REJOINDER_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ not in ("ccomp", "acl") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    head = clause.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # "rejected claims that it had shelled the plant and urged ..."
    for _ in range(3):  # "denied in an audio message posted overnight that ...": the clause hung on the participle
        if head.dep_ not in ("acl", "pobj", "prep") or head.lemma_.lower() in DENIAL_VERBS:
            break
        head = head.head
    if head.pos_ == "VERB" and head.lemma_.lower() in DENIAL_VERBS and any(c.dep_ == "nsubj" for c in head.children):
        return head
    return None
