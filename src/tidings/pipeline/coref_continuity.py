"""A sentence-opening "he" / "she" continues the previous sentence's subject (the actors stage, via
``people._pronouns``).

"Trump spoke with Putin by phone on Tuesday. He urged him to agree to a ceasefire": when a sentence-opening
"he" has an object "him" / "her" in its own clause, the two are the previous sentence's two people, and wire
copy keeps the one the paragraph is about in subject position: "he" is the previous sentence's subject, not
the person named last (Putin, who is "him"). So does a "he" after a meeting or call told in the previous main
clause (round 18: "Turkish Foreign Minister Hakan Fidan travelled to Damascus for talks with al-Sharaa. He pledged
that Ankara would help rebuild the grid" is Fidan; "The U.N. envoy for Libya, Hanna Tetteh, met Haftar. She urged
him ..." is the envoy, named in apposition to her role). Otherwise "he" stays the person named last ("Blinken
criticised Lammy. He said ..."). A person named earlier in the pronoun's own sentence is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# meetings and calls: their subject stays the topic of the next sentence
_CONTACT_VERBS = frozenset({"meet", "hold", "speak", "talk", "receive", "host", "visit", "travel", "call", "welcome",
                            "see", "discuss", "confer", "phone", "telephone", "fly", "sit"})
# singular roles held by one person, which a following sentence's "he" / "she" can continue
_PERSON_ROLES = frozenset({"envoy", "ambassador", "minister", "president", "premier", "chancellor", "spokesman",
                           "spokeswoman", "spokesperson", "commander", "chief", "mediator", "negotiator", "secretary",
                           "diplomat", "official", "leader", "governor", "mayor", "king", "emir", "monarch"})


def previous_subject(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """The person subject of the previous sentence's main clause, for a subject "he" / "she" with no
    person before it in its own sentence; None otherwise."""
    if tok.lower_ not in _SUBJECT_PRONOUNS or tok.dep_ != "nsubj":
        return None
    sent = tok.sent
    if sent.start == 0 or any(m is not None and m.kind == "person" for m in covered[sent.start:tok.i]):
        return None
    prev = tok.doc[sent.start - 1].sent
    if not any(t.lower_ in ("him", "her") and t.dep_ != "poss" for t in tok.head.subtree) \
            and not _contact(prev.root):
        return None  # ("Blinken criticised Lammy. He said ...": the person named last, as before)
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    m = covered[subj.i] if subj is not None else None
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    if m is not None and m.kind == "agent":
        # "The U.N. envoy for Libya, Hanna Tetteh, met Haftar ... She urged him": the role's named holder, else
        # a singular office-holding role ("the Qatari envoy")
        named = next((covered[c.i] for c in subj.children if c.dep_ == "appos" and covered[c.i] is not None
                      and covered[c.i].kind == "person"), None)
        m = named or (m if subj.lower_ in _PERSON_ROLES and subj.tag_ == "NN" else None)
    if m is None or m.kind not in ("person", "agent") or m.code is None:
        return None
    others = {o.code for o in covered[prev.start:prev.end] if o is not None and o.kind == "person" and o is not m}
    return m if others else None  # (with no other person in it, the usual rules agree)


def _contact(root: Token) -> bool:
    """A meeting or call told in the sentence's main clause, or in what its subject said ("X met Y", "X said he had
    spoken with Y"): both people are on stage and the next "he" continues the subject."""
    verbs = [root] + [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
    return any(v.lemma_.lower() in _CONTACT_VERBS for v in verbs)


def previous_subject_it(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """"China's foreign ministry said Philippine vessels had intruded ... It urged Manila to stop": a subject
    "it" that opens its sentence is the previous sentence's main subject (a singular country, organisation or
    role), not the subject of what that sentence reported."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.sent.start:
        return None
    if tok.sent.start == 0:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("NNS", "NNPS") or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    m = covered[subj.i]
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.code is not None and m.kind in ("country", "org", "agent") else None


def relative_host_party(main: Token, deps: tuple[str, ...], covered) -> Mention | None:
    """The coded party in the subject (or, for a reply, object) slot of the verb a relative clause's "it" is read
    from (``coref_definites.relative_it``): a role's owner when the role has no code of its own."""
    arg = next((c for c in main.children if c.dep_ in deps), None)
    m = None if arg is None else covered[arg.i]
    if m is not None and m.code is None:
        # "Sudan's army-backed government": the role's owner names the country
        m = next((covered[c.i] for c in arg.children if c.dep_ == "poss" and covered[c.i] is not None), m)
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.code is not None and m.kind in ("country", "org", "agent") else None


# modals of an act a party announces for itself: "China would impose export controls if ..., the ministry said"
_ANNOUNCING_MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "'ll"})
_TAIL_SPEECH = frozenset({"say", "tell", "add", "state", "announce", "warn", "insist", "stress"})


def announcing_subject(tok: Token, covered: list[Mention | None], state_sectors: frozenset[str],
                       non_country: frozenset[str]) -> Mention | None:
    """"China would impose export controls on goods bound for the United States if ..., the commerce ministry
    said": an unnamed ministry that closes a state's own announced act (a modal on the reported verb) speaks for
    that state, not for the country named last. A report of an act done ("Russian drones hit Kyiv, the ministry
    said") is left to the other rules: the victim's ministry tells those as often."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _TAIL_SPEECH:
        return None
    for verb in tok.head.children:
        if verb.dep_ != "ccomp" or verb.i > tok.i or not any(
                k.dep_ == "aux" and k.lower_ in _ANNOUNCING_MODALS for k in verb.children):
            continue
        for c in verb.children:
            m = covered[c.i] if c.dep_ == "nsubj" else None
            if m is not None and m.code and m.code not in non_country and (
                    m.kind == "country" or m.kind in ("agent", "person") and m.sector in state_sectors):
                return m
    return None
