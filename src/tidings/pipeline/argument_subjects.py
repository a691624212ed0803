"""Subjects the parser hides or misplaces (split from arguments.py, which re-exports the names and
calls these from ``direct_subjects`` / ``inherited_subject``): a clause-initial phrase that swallowed the
subject, a second subject the parser hangs beside the first, a parenthetical speaker that takes the
act's subject ("Russian forces, the general staff said, launched ..."), and a main clause's verb the
parser joins to a trailing time clause ("..., a day after X seized power, and called on ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .argument_words import _subtree
from .base import FINITE_TAGS, Parse, parse
from .owners import conjuncts, sent_start

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ_DEPS = ("nsubj", "csubj")
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})
SAY_VERBS = frozenset({"say", "tell", "announce", "state", "report", "claim", "insist", "confirm", "write", "post"})


def _parenthetical_speech(p: Parse, i: int) -> int | None:
    """'Russian forces, the Ukrainian general staff said, launched 120 drones': the parser gives the aside's
    speech verb both subjects and leaves the act without one. For the act: the first (before the comma);
    for the speech verb: the second (its own). None when ``i`` is neither."""
    def pair(v: int) -> tuple[int, int] | None:
        subs = [x for x in p.kids[v] if p.dep[x] == "nsubj" and x < v]
        if (p.dep[v] == "parataxis" and p.lemma[v] in SAY_VERBS and len(subs) == 2 and p.head[v] > v
                and any(p.lower[x] == "," for x in range(subs[0] + 1, p.left[subs[1]]))):
            return subs[0], subs[1]
        return None

    own = pair(i)
    if own is not None:
        return own[1]
    if any(p.dep[c] in SUBJ_DEPS for c in p.kids[i]):
        return None
    return next((found[0] for c in p.kids[i] if c < i for found in [pair(c)] if found is not None), None)


OPENING_PREPS = frozenset({"in", "after", "at", "during", "following", "before", "on", "with", "despite", "amid"})


def _opening_phrase_subject(verb: Token, subj: Token | None) -> Token | None:
    """The real subject of a clause opened by a prepositional phrase that the parser let swallow
    it: "In a call with Li Qiang, German Chancellor Olaf Scholz urged ..." (Scholz read as an
    apposition of Li Qiang), "After talks in Ankara, Turkey and Syria agreed ..." (Turkey read as
    a conjunct of Ankara, "talks" as the subject). Returns the name after the comma, else None."""
    doc = verb.doc
    p = parse(doc)
    if (subj is None or p.lemma[subj.i] in TIME_MEASURES) and (dated := _dated_subject(p, verb.i)) is not None:
        return doc[dated]
    start = sent_start(verb)
    if p.lower[start] not in OPENING_PREPS:
        return None
    if subj is not None and not (p.head[start] == verb.i and p.dep[start] == "prep" and subj.i > start
                                 and not any(p.dep[g] == "pobj" for g in p.kids[start])):
        return None  # "After talks in Ankara, ..." with "talks" made the subject
    for t in _subtree(p, subj.i if subj is not None else start):
        if (p.dep[t] in ("appos", "conj") and p.pos[t] == "PROPN" and t < verb.i and t > start
                and p.lower[p.left[t] - 1] == "," and p.right[t] + 1 == verb.i):
            return doc[t]
    return None


# measures of time a trailing "a day after X had ..." clause opens with
TIME_MEASURES = frozenset({"day", "week", "month", "year", "hour", "minute", "night", "morning", "evening", "weekend"})


def _dated_subject(p: Parse, verb: int) -> int | None:
    """', a day after Britain, France and Germany had accused Tehran of ...': the parser makes the measure of time
    the verb's subject (or its adverbial, leaving the verb none) and the party the object of "after"; the party is
    the subject. None otherwise."""
    for m in p.kids[verb]:
        if m > verb or p.dep[m] not in ("nsubj", "npadvmod") or p.lemma[m] not in TIME_MEASURES:
            continue
        for c in p.kids[m]:
            if p.dep[c] == "prep" and p.lower[c] in ("after", "before", "since"):
                return next((g for g in p.kids[c] if p.dep[g] == "pobj" and g < verb
                             and p.pos[g] in ("PROPN", "NOUN", "PRON") and p.lemma[g] not in TIME_MEASURES), None)
    return None


def _split_coordinate(verb: Token, first: Token) -> list[Token]:
    """'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty': the small
    model reads the second conjunct as a second subject of the verb, with the "and" left on the first
    (with "but", the first subject belongs to a clause the parser lost, and only the second is the verb's)."""
    p = parse(verb.doc)  # asked for every subject: indices, a Token only for a second subject found
    return [verb.doc[x] for x in p.kids[verb.i] if p.dep[x] == "nsubj" and x > first.i and any(
        p.dep[cc] == "cc" and cc == p.left[x] - 1 for cc in p.kids[first.i])]


SIDE_CLAUSE_MARKS = frozenset({"after", "before", "since", "when", "as", "while", "because", "until", "once"})


def _back_from_side_clause(verb: Token, head: Token) -> bool:
    """``verb`` is joined by ", and" to a trailing side clause ("..., a day after X seized power, and
    called on ...") whose main verb has its own subject."""
    doc = verb.doc
    return (head.dep_ == "advcl" and head.i > head.head.i and head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in SIDE_CLAUSE_MARKS for c in head.children)
            and verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","
            and not any(c.dep_ in SUBJ_DEPS for c in verb.children))


def side_clause_of_conjunct(verb: Token, head: Token) -> Token:
    """The verb whose subject a subjectless conjunct ``verb`` shares. "said its drones had killed 14 militants,
    a day after Baghdad protested against ... and demanded that Ankara withdraw": the parser joins the second
    verb to the main clause over the time clause that ends right before its "and" (no comma): it continues
    that clause (Baghdad demanded), in the same tense. ``head`` otherwise (", and" returns to the main clause:
    ``_back_from_side_clause``)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "and" or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return head
    side = next((c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i
                 and c.right_edge.i == verb.i - 2 and c.tag_ == verb.tag_ and any(
                     m.dep_ == "mark" and m.lower_ in SIDE_CLAUSE_MARKS for m in c.children)
                 and any(s.dep_ == "nsubj" for s in c.children)), None)
    return side if side is not None else head


def stray_passive_agent(p: Parse, i: int) -> int | None:
    """A passive's "by" agent the parser hangs on the verb's predicate: "a Moldovan diplomat was declared
    persona non grata by Moscow" ("by" under "grata"), or on the instrument of a "with" phrase: "two vessels
    were blasted with water cannon by Chinese ships" ("by" under "cannon", round 23). The noun in it, else None."""
    if not any(p.dep[c] in ("nsubjpass", "auxpass") for c in p.kids[i]):
        return None
    instruments = [g for c in p.kids[i] if p.dep[c] == "prep" and p.lower[c] == "with"
                   for g in p.kids[c] if p.dep[g] == "pobj"]
    for c in [*p.kids[i], *instruments]:
        if p.dep[c] not in ("oprd", "dobj", "acomp", "attr") and c not in instruments:
            continue
        for x in [c, *(k for k in p.kids[c] if p.dep[k] in ("dobj", "amod", "compound"))]:
            for b in p.kids[x]:
                if p.dep[b] == "prep" and p.lower[b] == "by":
                    found = [g for g in p.kids[b] if p.dep[g] == "pobj" and p.pos[g] in ("PROPN", "NOUN")]
                    if found:
                        return found[0]
    return None


SINGULAR_FORMS = frozenset({"has", "is", "was", "does"})


def listed_antecedent(rel: Token) -> list[Token]:
    """"Egypt, Qatar and the United States, which have mediated ...", "Pashinyan and Aliyev, who met in Abu
    Dhabi": the parser hangs a relative clause set off after a list on the list's last member; a plural verb (or
    a past tense, which shows no number) is the whole list's. [] when the clause is the last member's own
    ("..., and the United States, which has ...")."""
    head = rel.head
    doc = rel.doc
    if head.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN") or rel.left_edge.i < 1 \
            or doc[rel.left_edge.i - 1].text != ",":
        return []
    if rel.tag_ == "VBZ" or any(w.lower_ in SINGULAR_FORMS for w in [rel, *rel.children]
                                if w.i == rel.i or w.dep_ in ("aux", "auxpass")):
        return []
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    return conjuncts(first) if first.i != head.i else []


# the toll an attack takes, told as a participle after the attribution ("..., the Observatory said, killing seven")
TOLL_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "displace", "flatten", "raze", "maim"})


def toll_clause(cur: Token, head: Token) -> Token:
    """'shelled villages near Manbij on Sunday, the Syrian Observatory said, killing at least seven civilians': the
    parser hangs a toll participle on the attribution verb that follows the reported act; it belongs to the act (its
    subject the attackers, not the monitor). Other participles there stay the speaker's ("..., she said, adding")."""
    if cur.tag_ != "VBG" or cur.lemma_.lower() not in TOLL_VERBS or head.lemma_.lower() not in SAY_VERBS:
        return head
    if head.dep_ == "parataxis" and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # (", the United Nations said, killing ...": the attribution hung on the act as an aside)
    reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    return reported[0] if reported else head


def list_lead_subject(verb: Token) -> list[Token]:
    """'North Korea fired a missile into the sea, threatened Seoul and expelled a Swedish diplomat, the ministry
    said': the parser reads a list of acts whose first member has the subject as that member reported by the
    second ("fired" a ccomp of "threatened"), leaving the later acts with no subject. A subjectless finite verb
    whose own reported clause ends in a comma right before it, in the same tense, continues that clause: its
    subject is the list's. [] otherwise ("Iran attacked Israel, said the ministry" has its own subject)."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in (*SUBJ_DEPS, "nsubjpass", "expl") for c in verb.children):
        return []
    doc = verb.doc
    head = verb.head
    said = head.head
    if (verb.dep_ == "conj" and head.dep_ == "ccomp" and said.tag_ == "VBG" and said.dep_ == "advcl"
            and said.lemma_.lower() in SAY_VERBS and verb.i >= 2 and doc[verb.i - 1].lower_ == "and"
            and doc[verb.i - 2].text == "," and said.head.tag_ == verb.tag_ and said.head.i < said.i):
        # "closed the crossing, saying Afghan forces had fired on its troops, and expelled thousands of refugees":
        # ", and" after the clause a "saying" reports returns to the clause that says it, in its tense
        return [c for c in said.head.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS][:1]
    if verb.dep_ == "dep" and head.i < verb.i and head.tag_ == verb.tag_ and doc[verb.i - 1].text == ",":
        # (or hangs the second member on the first as a bare "dep": "launched a satellite, warned Tokyo ...")
        return [c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS][:1]
    for lead in verb.children:
        if lead.dep_ != "ccomp" or lead.i > verb.i or lead.tag_ != verb.tag_:
            continue
        end = lead.right_edge.i
        if end + 2 != verb.i or doc[end + 1].text != "," or lead.left_edge.i != verb.left_edge.i:
            continue
        subj = [c for c in lead.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS]
        if subj:
            return subj[:1]
    return []
