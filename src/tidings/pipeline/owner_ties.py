"""Ties that name whose a thing is or whom an agent acts for (split from owners.py in round 10, which
re-exports these names): "a company linked to Iran's Mahan Air", "an Israeli-linked ship", "hackers linked to
Russia's GRU", "Russia-linked hackers". Armed groups stay their own ("militias linked to Iran")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# Vessels and firms whose ties name their owner ("a company linked to Iran's Mahan Air", "an Israeli-linked ship";
# not people: "Iran-linked militias" are a backer's)
TIED_NOUNS = word_list("party_nouns.json", "tied_nouns")
TIE_VERBS = frozenset({"link", "tie", "connect", "affiliate"})
# ... and covert agents, whose ties name whom they act for ("hackers linked to Russia's GRU", "a hacking group
# tied to China's state security ministry", "saboteurs connected to Russian intelligence"); armed groups stay
# their own ("militias linked to Iran")
COVERT_NOUNS = frozenset({"hacker", "hackers", "operative", "operatives", "agent", "agents", "saboteur", "saboteurs",
                          "spy", "spies", "assassin", "assassins", "hitman", "hitmen"})
COVERT_MODIFIERS = frozenset({"hacking", "hacker", "cyber", "cyberespionage", "espionage", "spy", "sabotage"})


def _tied(tok: Token) -> bool:
    """A thing or person whose "linked / tied to X" names the party it belongs to or acts for."""
    low = tok.lemma_.lower()
    return (low in TIED_NOUNS or tok.lower_ in COVERT_NOUNS or low in COVERT_NOUNS
            or any(c.dep_ in ("compound", "amod") and c.lower_ in COVERT_MODIFIERS for c in tok.children))


def _ties(tok: Token) -> list[Token]:
    """The "linked / tied to" participles on ``tok``; also one the parser read as the clause's verb
    ("Hackers/nsubj linked/ROOT to Russia's GRU broke/advcl into ...": the real verb hangs below it)."""
    out = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in TIE_VERBS]
    h = tok.head
    if (tok.dep_ in ("nsubj", "nsubjpass") and h.lemma_.lower() in TIE_VERBS and h.tag_ in ("VBD", "VBN")
            and h.i == tok.i + 1 and any(c.dep_ in ("advcl", "ccomp", "conj", "dep") and c.pos_ == "VERB"
                                         and c.i > h.i for c in h.children)):
        out.append(h)
    return out


def _tie_owners(tok: Token, by_tok: dict[int, Mention], depth: int) -> list[Mention]:
    """"a company linked to Iran's Mahan Air", "hackers tied to China's Ministry of State Security": whose it is."""
    out: list[Mention] = []
    for c in _ties(tok):
        for g in c.children:
            if g.dep_ == "prep" and g.lower_ in ("to", "with"):
                for o in g.children:
                    if o.dep_ != "pobj":
                        continue
                    found = owners.mentions_for(o, by_tok, depth + 1)
                    # "China's Ministry of State Security": the name's last word may sit under the mention's head
                    found = found or [m for m in [by_tok.get(x.i) for x in o.children if x.dep_ in ("nmod", "compound")]
                                      if m is not None]
                    out += [m for m in found if m.code and m not in out]
    if not out and covert(tok):
        # "Russia-linked hackers": a hyphenated tie on a covert agent names whom it acts for (kept aside
        # by the actors stage as a backer; not "Iran-linked militias", armed groups of their own)
        from .argument_partners import TIE_SUFFIXES, hyphen_owners

        backers = tok.doc.user_data.get("backers") or {}
        out = [m for m in hyphen_owners(tok, _sent_index(by_tok)) if backers.get(m.start, (None, ""))[1] in TIE_SUFFIXES]
    return out


def covert(tok: Token) -> bool:
    """A covert agent: hackers, operatives, saboteurs, a hacking group."""
    return (tok.lower_ in COVERT_NOUNS or tok.lemma_.lower() in COVERT_NOUNS
            or any(c.dep_ in ("compound", "amod") and c.lower_ in COVERT_MODIFIERS for c in tok.children))


def _sent_index(by_tok: dict[int, Mention]) -> int:
    return next((m.sent_index for m in by_tok.values()), 0)


from . import owners  # noqa: E402  (imported last: owners re-exports this module at its end)
