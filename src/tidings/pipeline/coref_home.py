"""The dateline's own official in a sentence that names another country (``coref_mentions.dateline_country``).

Wire copy gives a foreign official the country ("the Chinese ambassador", "Russia's envoy") and leaves the
home government's own officials bare: in a story datelined TOKYO, "Vice Foreign Minister Takehiro Funakoshi
summoned the Chinese ambassador and demanded that Beijing discipline the diplomat" is Japan's minister.
The dateline rule leaves every person in a sentence naming another country alone (the role may well be
theirs); a titled person who is the doer of the sentence's main clause is still the dateline's when every
other country of the sentence is done to, or does something only inside what that person said, asked or
did (a clause below the person's verb), never beside the person or above the person's verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import datelines as _datelines
from . import base as _base

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


def titled_home_doer(doc, m: Mention, foreign: list[Mention]) -> bool:
    """True when ``m`` (a person with an office and no country) leads its sentence's main clause and no
    other country's mention of that sentence is a doer outside the person's own verb's subtree."""
    if m.kind != "person" or not m.office:
        return False
    tok = doc[m.root]
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" and not (
            tok.head.dep_ in ("ccomp", "conj") and tok.head.head.dep_ == "ROOT"):
        return False  # (the main clause, or the one a speaker tail reports: "..., the ministry said")
    verb = tok.head
    for f in foreign:
        if f.sent_index != m.sent_index:
            continue
        clause = _doer_verb(doc[f.root])
        if clause is None:
            continue
        if clause.i == verb.i or not _below(clause, verb):
            return False  # a foreign co-subject, or a foreign doer the person's verb does not govern
    return True


def acting(tok: Token) -> bool:
    """A country mention that does something in its clause: a subject or an agent, or the owner or
    modifier of one ("Benin's army said", "Thai troops fired")."""
    return _doer_verb(tok) is not None


def doer(tok: Token) -> bool:
    """The subject of a clause, or the agent of a passive or of an act noun ("abuses by the army")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ == "by"


def home_lead(doc, mentions: list[Mention], code: str, end: int) -> bool:
    """The first country-coded doer after the dateline (the lead's subject) is the dateline's country."""
    for m in mentions:
        if m.start_char >= end and m.code and m.kind != "pronoun" and acting(doc[m.root]):
            return m.code == code
    return False


def dateline_home(doc, mentions: list[Mention]) -> str | None:
    """The dateline's country when the lead's doer is that country ("TOKYO - Japan lodged a protest with
    Beijing"): the story is told from home, and the dominant-country rule (the other side, named in every
    sentence of a dispute) does not decide for its bare officials and organs; None otherwise."""
    text = _base.leading_text(doc, 80, 200)
    ends = _datelines.dateline_ends(text)
    if not ends:
        return None
    line = text.rfind("\n", 0, ends[0]) + 1
    home = next((m.code for m in mentions if line <= m.start_char and m.end_char <= ends[0] and m.kind == "country"
                 and m.code), None)
    return home if home is not None and home_lead(doc, mentions, home, ends[0]) else None


def _doer_verb(tok: Token) -> Token | None:
    """The verb whose doer ``tok`` is, or the owner of whose doer it is ("Beijing discipline", "China's
    envoy said"); None for a mention that is done to."""
    for _ in range(2):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            return tok.head.head
        if tok.dep_ not in ("poss", "amod", "compound", "nmod") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _below(tok: Token, verb: Token) -> bool:
    for _ in range(12):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
