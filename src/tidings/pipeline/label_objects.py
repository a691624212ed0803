"""A judged act noun the parser read as a verb under a naming verb (r23, types).

"South Korea called North Korea's missile launch a grave provocation", "Japan called China's naval drills a
provocation": the tagger reads the judged noun ("launch", "drills") as a verb, the parser makes it a complement
clause of "called" with the label as its object, and the ACCUSE loses both the thing judged and its owner (the
verdict reads as the act's object). When a naming verb's complement clause is a bare present verb, with no
auxiliary or "to", whose object is a label opened by "a / an", and every word between the naming verb and it is a
modifier of it, the clause is the naming verb's object noun and its object the label. The repair moves words in
the tree, with no new parse (called by aside_participles). A noun predicate that took the label as its object
("called the Israeli strikes a blatant violation") is mended the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Span

NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})
# tags of a judged noun the tagger read as a verb ("drills", "launch")
VERB_READINGS = frozenset({"VBZ", "VBP", "VB"})
# labels of the words the parser hung on the misread noun or the naming verb: what they are on the noun
MODIFIER_DEPS = {"ADJ": "amod", "DET": "det", "NOUN": "compound", "PROPN": "compound", "NUM": "nummod"}


def label_object_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    p = parse(sent.doc)
    edits: list[tuple[int, int, str, str | None]] = []
    for v in range(sent.start, sent.end):
        if p.lemma[v] not in NAMING_VERBS or p.pos[v] != "VERB":
            continue
        # (or a noun predicate that took the label as its object: "called the Israeli strikes a violation")
        clause = next((c for c in p.kids[v] if c > v and (p.dep[c] in ("ccomp", "xcomp", "oprd") and p.tag[c] in VERB_READINGS
                                                         or p.dep[c] == "oprd" and p.tag[c] in ("NN", "NNS"))), None)
        if clause is None or any(p.dep[c] in ("aux", "auxpass", "mark", "neg") for c in p.kids[clause]):
            continue
        label = next((c for c in p.kids[clause] if p.dep[c] == "dobj" and c > clause and any(
            p.dep[d] == "det" and p.lower[d] in ("a", "an") for d in p.kids[c])), None)
        between = range(v + 1, clause)
        if label is None or not between or any(
                not (v < p.head[i] <= clause or p.head[i] == v) for i in between):
            continue  # (every word before the noun belongs to its phrase: "North Korea's missile")
        if any(p.dep[c] == "dobj" for c in p.kids[v]) and not any(p.head[i] == v for i in between):
            continue  # (the naming verb has its own object: "called it a launch ...")
        tag = "NNS" if p.lower[clause].endswith("s") else "NN"
        edits.append((clause, v, "dobj", tag))
        edits.append((label, v, "oprd", None))
        for i in between:
            if p.head[i] in (v, clause):
                dep = "poss" if p.dep[i] == "poss" else MODIFIER_DEPS.get(p.pos[i], p.dep[i])
                edits.append((i, clause, dep, None))
            elif p.dep[i] == "poss" and p.dep[p.head[i]] != "poss":
                edits.append((i, clause, "poss", None))  # ("North Korea's" on "missile": the launch's owner)
    return edits
