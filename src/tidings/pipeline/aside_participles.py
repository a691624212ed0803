"""A participle aside between a subject and its verb that the parser read as the finite verb (round 12, args).

Wire copy sets off a reporter's question or a setting with commas: "Chinese foreign ministry spokesman Lin Jian,
asked about the new tariffs at a daily briefing, said Beijing would ...". The tagger reads "asked" as a past
tense; the parser then either makes it the sentence's root with the real verb as its complement ("..., accused
Washington of ...": the accusation lost as the content of a question) or makes it a complement of the real verb
with the name as its subject (the real verb left without a subject). Either way the actor is lost and "asked"
becomes a request. The repair moves words in the tree, with no new parse: the participle hangs on the subject as
a modifier (tag VBN), the subject on the real verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import forget, parse
from .contact_relatives import contact_relative_edits
from .label_objects import label_object_edits
from .paired_gerunds import paired_gerund_edits
from .reason_destinations import reason_destination_edits

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what may stand between the aside's closing comma and the real verb: "..., on Tuesday accused", "..., also said"
_BETWEEN = frozenset({"ADV", "PART"})


def _aside_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    doc = sent.doc
    p = parse(doc)  # (labels as lists: a Token only for a participle right after a comma)
    for i in range(sent.start + 2, sent.end):
        if p.tag[i] not in ("VBD", "VBN") or p.lower[i - 1] != ",":
            continue
        w = doc[i]
        if any(c.dep_ in ("dobj", "obj", "nsubjpass", "expl") for c in w.children):
            continue  # a verb with its own object is a clause, not a passive aside
        subj = [c for c in w.children if c.dep_ == "nsubj" and c.i < w.i]
        if len(subj) != 1 or subj[0].right_edge.i not in (w.i - 2, w.i - 1) or subj[0].pos_ not in ("PROPN", "NOUN"):
            continue
        noun = subj[0]
        # the aside ends at the first comma after it; the real verb follows that comma
        close = next((t for t in doc[w.i + 1:sent.end] if t.text == ","), None)
        if close is None:
            continue
        k = close.i + 1
        while k < sent.end and doc[k].pos_ in _BETWEEN:
            k += 1
        if k >= sent.end:
            continue
        verb = doc[k]
        if verb.tag_ not in FINITE or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        if any(t.lower_ in ("and", "but", "or") for t in doc[close.i:k]):
            continue
        if verb.head.i == w.i and verb.dep_ in ("ccomp", "conj", "advcl", "parataxis"):
            # the aside made the root, the real verb its complement
            edits = [(verb.i, verb.i, "ROOT" if w.head.i == w.i else w.dep_, None),
                     (noun.i, verb.i, "nsubj", None), (w.i, noun.i, "acl", "VBN"), (close.i, verb.i, "punct", None)]
            if w.head.i != w.i:
                edits[0] = (verb.i, w.head.i, w.dep_, None)
            edits += [(c.i, verb.i, c.dep_, None) for c in w.children if c.i > close.i and c.i != verb.i]
            return edits
        if w.head.i == verb.i and w.dep_ in ("ccomp", "advcl", "conj", "parataxis"):
            # the aside made the real verb's complement, with the subject as its own
            return [(noun.i, verb.i, "nsubj", None), (w.i, noun.i, "acl", "VBN"), (close.i, verb.i, "punct", None)]
    return []


def repair_aside_participles(doc: Doc) -> int:
    """Mend the participle asides of ``doc`` in place, the second subject of two parallel gerund clauses
    (paired_gerunds), relative clauses with no relative word (contact_relatives), a transfer's "to" hung on the
    verb past a reason phrase (reason_destinations) and a judged noun read as a verb under a naming verb
    (label_objects); returns how many subjects moved."""
    from spacy.attrs import DEP, HEAD, POS, TAG

    edits = [e for sent in doc.sents
             for e in (*_aside_edits(sent), *paired_gerund_edits(sent), *contact_relative_edits(sent),
                       *reason_destination_edits(sent), *label_object_edits(sent))]
    if not edits:
        return 0
    arr = doc.to_array([HEAD, DEP, TAG, POS])
    strings = doc.vocab.strings
    for i, head, dep, tag in edits:
        arr[i][0] = (head - i) % (1 << 64)  # (unsigned: two's complement)
        arr[i][1] = strings.add(dep)
        if tag is not None:
            arr[i][2] = strings.add(tag)
            if tag in ("NN", "NNS"):  # (a verb reading made a noun: label_objects)
                arr[i][3] = strings.add("NOUN")
    doc.from_array([HEAD, DEP, TAG, POS], arr)
    forget(doc)
    return len({i for i, _, dep, _ in edits if dep == "nsubj"})
