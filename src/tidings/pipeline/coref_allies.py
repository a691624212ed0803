"""A state's ally named by relation (the actors stage, via ``people.resolve_people``): "its ally", "its treaty ally",
"their partner".

Wire copy names the ally once and then, in the sentence that reacts for it, calls it by relation: "Chinese ships fired
water cannon at a Philippine supply boat. The United States said it would defend its treaty ally and urged Beijing to
stop" (PHL); "Houthi forces fired a missile at Israel. Iran praised the attack and vowed to stand by its ally" (YEM).
The ally is a country of the previous two sentences that the relation's own sentence does not name (a writer who names
it says its name) and that did not do the previous sentence's act (that is the party the ally is defended against):
the one such country. A backer standing by the attacker ("Iran praised the attack and vowed to stand by its ally")
is read wrong by this rule (the victim); such sentences are rarer than the defence of an attacked ally.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import NON_COUNTRY_CODES, Mention, tokens_with_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ALLY_NOUNS = frozenset({"ally", "partner"})
_ALLIES = frozenset({"allies"})
# what makes "allies" someone's own ("Ukraine's allies", "Western allies", "the two allies"): not the alliance
_OWNED = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
_OWNERS = frozenset({"its", "their"})


def possessed_allies(doc: Doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """One mention per uncovered "its / their [treaty, closest, ...] ally / partner" whose owner is resolved and
    whose ally the two sentences before name (see the module docstring)."""
    out: list[Mention] = []
    for tok in tokens_with_lower(doc, _ALLY_NOUNS):
        if tok.tag_ != "NN" or covered[tok.i] is not None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
        own = covered[owner.i] if owner is not None else None
        if own is None or not own.code:
            continue
        ally = _ally(doc, tok, own.code, mentions, sent_of)
        if ally is None:
            continue
        span = doc[owner.i : tok.i + 1]
        m = Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                    text=span.text, code=ally.code, sector=ally.sector, kind="pronoun", sent_index=sent_of(tok.i),
                    root=tok.i, antecedent=ally, confidence=min(0.7, ally.confidence))
        out.append(m)
        for t in range(span.start, span.end):
            covered[t] = m
    return out


def bare_allies(doc: Doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """"Russian drones crossed into Polish airspace. NATO Secretary General Mark Rutte said allies stood in full
    solidarity with Poland": a bare subject "allies" (no article, owner or modifier) after a military alliance (or an
    international body's official with no sector of its own) named in its own sentence or the one before is that
    alliance (the members act through it)."""
    out: list[Mention] = []
    for tok in tokens_with_lower(doc, _ALLIES):
        if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or covered[tok.i] is not None \
                or any(c.dep_ in _OWNED for c in tok.children):
            # (the allies someone else presses, "praised Trump for pushing allies to spend more", are its members)
            continue
        si = sent_of(tok.i)
        ally = next((m for m in reversed(mentions) if m.end <= tok.i and si - 1 <= m.sent_index <= si
                     and m.code == "IGO" and m.sector in ("MIL", None)), None)
        if ally is None:
            continue
        m = Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
                    code=ally.code, sector=ally.sector, kind="pronoun", sent_index=si, root=tok.i,
                    identifier_id=ally.identifier_id, identifier_text=ally.identifier_text, antecedent=ally,
                    confidence=min(0.7, ally.confidence))
        out.append(m)
        covered[tok.i] = m
    return out


def _ally(doc: Doc, tok: Token, owner: str, mentions: list[Mention], sent_of) -> Mention | None:
    si = sent_of(tok.i)
    # the parties the relation's own sentence names (not a demonym on a place: "sent a warship to the Guyanese coast")
    # (a party named only in a relative clause is background, not named as the ally: "Washington, which is bound by a
    # treaty with Manila, said it stood with its ally")
    here = {m.code for m in mentions if m.sent_index == si and m.code and doc[m.root].dep_ not in ("amod", "compound")
            and not any(a.dep_ == "relcl" for a in doc[m.root].ancestors)}

    def fits(m: Mention) -> bool:
        return bool(m.code) and m.code not in NON_COUNTRY_CODES and m.code != owner and m.code not in here
    before = [m for m in mentions if si - 2 <= m.sent_index < si and fits(m)]
    prev = doc[tok.sent.start - 1].sent if tok.sent.start > 0 else None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if prev else None
    if subj is not None:
        # the previous sentence's subject did something to the ally ("North Korean artillery shelled a South Korean
        # island. Washington ... defend its ally")
        # (or its modifier's: "Chinese coast guard ships fired ...", the mention is "Chinese coast guard")
        doer = {m.code for m in mentions if m.code and (m.start <= subj.i < m.end or subj.left_edge.i <= m.root < subj.i)}
        before = [m for m in before if m.code not in doer] or before
    if len({m.code for m in before}) == 1:
        return before[-1]
    latest = [m for m in before if m.sent_index == si - 1]
    return latest[-1] if latest and len({m.code for m in latest}) == 1 else None
