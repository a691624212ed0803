"""Repairs of the actors stage after its matches are composed (split out of ``actors.py``).

A listed name whose first word the tagger reads as a preposition ("To Lam met Putin") or, leading a
sentence, as its verb ("Save the Children's director urged ...") gets its tree fixed, and an acronym the text defines ("the European Union (EU)") names the same actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import forget

if TYPE_CHECKING:
    from .base import Mention


def repair_names_read_as_prepositions(doc, mentions: list[Mention]) -> None:
    """"To Lam met Putin": the tagger reads a listed name's first word as a preposition ("To") and
    hangs the name under the verb as its object, so the verb has no subject. The dictionary match
    wins: the name's last word takes the preposition's place (subject of a verb to its right,
    apposition of a noun to its left: "Vietnam's leader To Lam met ..."), the first word becomes
    its compound. Only names of people that start with a word tagged ADP; the tree stays projective."""
    fixes = []
    for m in mentions:
        if m.kind != "person" or m.end - m.start < 2:
            continue
        first, last = doc[m.start], doc[m.end - 1]
        if first.pos_ != "ADP" or first.dep_ != "prep" or not first.text[:1].isupper() \
                or last.head.i != first.i and last.head.i not in range(m.start, m.end):
            continue
        head = first.head
        if head.i >= m.end and head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            dep = "nsubj"
        elif head.i < m.start and head.pos_ in ("NOUN", "PROPN"):
            dep = "appos"
        else:
            continue
        fixes.append((m, head.i, dep))
    if not fixes:
        return
    from spacy.attrs import DEP, HEAD, POS, TAG
    from spacy.symbols import PROPN

    arr = doc.to_array([HEAD, DEP, POS, TAG])
    strings = doc.vocab.strings
    for m, head, dep in fixes:
        last = m.end - 1
        for i in range(m.start, m.end):
            arr[i][0] = _offset(last - i) if i != last else _offset(head - last)
            arr[i][1] = strings.add(dep if i == last else "compound")
            arr[i][2] = PROPN
            arr[i][3] = strings.add("NNP")
    doc.from_array([HEAD, DEP, POS, TAG], arr)
    forget(doc)  # the doc's cached Parse (base.parse) describes the old tree


def repair_names_read_as_verbs(doc, mentions: list[Mention]) -> None:
    """"Save the Children's country director in Afghanistan urged the Taliban ...": the parser reads an
    organisation's first word at a sentence's start as an imperative (the ROOT), the phrase after it as its
    object and the real verb as its conjunct, so the verb has no subject. The dictionary match wins: the
    conjunct becomes the root, the object phrase its subject, the name's words compounds of its last word."""
    fixes = []
    for m in mentions:
        if m.kind not in ("org", "agent") or m.end - m.start < 2:
            continue
        first = doc[m.start]
        if first.dep_ != "ROOT" or first.tag_ not in ("VB", "VBP") or not first.is_sent_start:
            continue
        objs = [c for c in first.children if c.dep_ == "dobj" and m.start < c.i]
        verbs = [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and objs and c.i > objs[0].i and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
        name_end = next((i for i in range(m.start + 1, m.end) if doc[i].dep_ == "poss" or doc[i].head.i >= m.end
                         or doc[i].head.i == first.i), None)
        if not objs or not verbs or name_end is None:
            continue
        fixes.append((m.start, name_end, objs[0].i, verbs[0].i))
    if not fixes:
        return
    from spacy.attrs import DEP, HEAD, POS, TAG
    from spacy.symbols import PROPN

    arr = doc.to_array([HEAD, DEP, POS, TAG])
    strings = doc.vocab.strings
    for start, last, obj, verb in fixes:
        for c in doc[start].children:  # the imperative's other dependants (the final stop) go to the verb
            if c.i not in (obj, verb) and not start < c.i <= last:
                arr[c.i][0] = _offset(verb - c.i)
        for i in range(start, last):
            arr[i][0] = _offset(last - i)
            arr[i][1] = strings.add("compound")
            arr[i][2] = PROPN
            arr[i][3] = strings.add("NNP")
        arr[obj][0], arr[obj][1] = _offset(verb - obj), strings.add("nsubj")
        arr[verb][0], arr[verb][1] = 0, strings.add("ROOT")
    doc.from_array([HEAD, DEP, POS, TAG], arr)
    forget(doc)


def _offset(k: int) -> int:
    return k % (1 << 64)  # a relative head as spaCy's unsigned arrays store it


def defined_acronyms(doc, mentions: list[Mention]) -> None:
    """"the European Union (EU)": the text defines the acronym, so it names the same actor
    (a user's dictionary entry for the long name wins over a bundled one for the acronym)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.start != a.end + 1 or b.end >= len(doc) or doc[a.end].text != "(" or doc[b.end].text != ")":
            continue
        initials = "".join(w[0] for w in a.text.replace("-", " ").split() if w[0].isupper())
        if len(b.text) < 2 or initials.upper() != b.text.replace(".", "").upper() or a.code is None:
            continue
        b.code, b.sector, b.kind = a.code, a.sector, a.kind
        b.other_sectors, b.identifier_text, b.identifier_id = list(a.other_sectors), a.identifier_text, a.identifier_id
