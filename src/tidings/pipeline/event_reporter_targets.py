"""The reporting state as the target of a hostile act at its border: "Pakistan's army said Indian troops had fired
across the Line of Control, killing a soldier" -> IND -> PAK; "'Russia struck our energy infrastructure again',
Zelenskiy said" -> RUS -> UKR. A hostile act (ASSAULT, COERCE) with no party of its own, told as what a state party
says, is aimed at that state when the act is at a border or line of control (the other side of it is the speaker's)
or hits "our / us" (docs/plover-decisions.md, round 18 recipients). A speaker far from the act ("Britain said Russia
fired missiles, killing six") names no target. Called from event_far_recipients.far_phrase when no party of another
country was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import NON_COUNTRY_CODES, SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# (not troops moved or massed: "Azerbaijan stationed artillery along the line of contact, the Armenian ministry said",
# "Kenya deployed troops to the border, Somali officials said" stay on their own side; measured: MOBILIZE cost a
# sealed file a dyad and gained nothing pooled)
REPORTED_TYPES = frozenset({"ASSAULT", "COERCE"})
# where the act meets the speaker's side: a border, a line of control, a crossing
EDGE_WORDS = frozenset({"border", "frontier", "boundary"})
FIRE_EDGE_WORDS = EDGE_WORDS | {"crossing", "line"}
OWN_WORDS = frozenset({"our", "us", "we"})


def reporter_target(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    if h.etype not in REPORTED_TYPES or h.noun is not None or h.mode in ("weapons", "test"):
        return []  # (a weapons test is aimed at no one)
    speech, top = _speech_verb(h.tok)
    if speech is None:
        return []
    # the act's own clause ("fired across the Line of Control, killing a soldier": the participle's main clause too),
    # past its subject ("Polish border guards detained ...": the doer's name is no place)
    subjects = {t.i for s in _arguments.direct_subjects(top)[0] for t in s.subtree}
    clause = [t for t in top.subtree if t.i not in subjects and not _other_clause(t, top)]
    if not any(t.lemma_.lower() in FIRE_EDGE_WORDS and t.pos_ in ("NOUN", "PROPN") for t in clause) and not any(
            t.lower_ in OWN_WORDS and t.dep_ != "nsubj" for t in clause):
        return []
    found = _event_targets.coded_targets(_arguments.direct_subjects(speech)[0], own, by_tok)
    return [m for m in found if m.code not in own and m.code not in NON_COUNTRY_CODES][:1]


def _other_clause(t: Token, top: Token) -> bool:
    """``t`` sits in a finite clause of its own below ``top`` ("after the United States built up forces in the
    region": another act's setting)."""
    cur = t
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("advcl", "relcl", "ccomp", "conj") and cur.pos_ in ("VERB", "AUX") and cur.tag_ != "VBG":
            return True
        cur = cur.head
    return False


def _speech_verb(verb: Token) -> tuple[Token | None, Token]:
    """The verb of saying whose content the act's clause is ("X said (that) ...", "..., X said"), and the head of
    that content clause."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_LEMMAS:
            return cur.head, cur
        if cur.dep_ not in ("conj", "advcl", "xcomp") or cur.head.i == cur.i or (cur.dep_ == "advcl" and cur.tag_ != "VBG"):
            break  # (a participle rides on its clause; "after Pakistan test-fired a missile" is another act)
        cur = cur.head
    return next((c for c in cur.children if c.dep_ in ("parataxis", "ccomp") and c.i > cur.i
                 and c.lemma_.lower() in SPEECH_LEMMAS), None), cur


# (read at call time: these modules import this one's caller)
from . import arguments as _arguments  # noqa: E402
from . import event_targets as _event_targets  # noqa: E402
