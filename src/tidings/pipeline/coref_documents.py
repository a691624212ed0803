"""A document as a speaker: "the statement said", "the letter urged" (the actors stage, via
``people.resolve_people``).

Wire copy quotes a party's statement, letter or communique after naming who issued it, and then lets the
document speak: "Sudan's foreign ministry accused the UAE of arming the RSF. 'We call on the Security
Council to act,' the statement said"; "Ethiopia's foreign minister sent a letter to the UN ... The letter
urged the Security Council to press Asmara". A bare definite document noun ("the statement", not "a U.N.
statement" nor "the statement from Kyiv") that is the subject of its clause is a pronoun mention of the
document's author: whoever issued, sent or released that document in the sentences before (up to two back),
else the subject of the previous sentence's main clause (the party the paragraph is about).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Mention, tokens_with_lemma
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

DOCUMENT_NOUNS = word_list("people_nouns.json", "document_speakers")
# verbs that make a party a document's author: "issued a statement", "sent a letter", "released a communique"
_AUTHOR_VERBS = frozenset({"issue", "send", "release", "publish", "deliver", "write", "post", "hand", "submit",
                           "sign", "put", "circulate", "adopt", "address", "lodge", "file"})
_LOOKBACK = 2


def document_speakers(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """Pronoun mentions for bare definite document nouns that speak, with the document's author."""
    out: list[Mention] = []
    for tok in tokens_with_lemma(doc, DOCUMENT_NOUNS):  # (no Token object for every other word of the story)
        if covered[tok.i] is not None:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and _bare_definite(tok):
            author = _issuer(doc, tok, covered) or _previous_subject(doc, tok, covered)
        elif _speaking_relative(tok):
            author = _sender(tok, covered)
        else:
            continue
        if author is None:
            continue
        m = Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                    text=tok.text, code=author.code, sector=author.sector, kind="pronoun",
                    sent_index=sent_of(tok.i), root=tok.i, identifier_id=author.identifier_id,
                    identifier_text=author.identifier_text, other_sectors=list(author.other_sectors),
                    office=author.office, antecedent=author, confidence=min(0.8, author.confidence))
        out.append(m)
        covered[tok.i] = m
    return out


def _speaking_relative(tok: Token) -> bool:
    """"a letter that demanded Asmara withdraw", "a statement which urged ...": a relative clause whose subject
    is the relative pronoun makes the document itself the speaker of its verb."""
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
               for c in tok.children)


def _sender(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """Who issued a document told with its own relative clause in the same clause: the subject of the verb it is
    the object of ("Ethiopia sent a letter to the AU that demanded ...") or of the verb its "in" phrase hangs
    on ("accused Eritrea of massing troops, in a letter that demanded ..."). Nothing else: an unowned
    document elsewhere ("under a resolution that demands") names no author."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _AUTHOR_VERBS:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return None
    if any(c.dep_ in ("poss", "compound") for c in tok.children):
        return None  # "in a U.N. letter that ...", "in Iran's letter": the owner says who wrote it
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _resolved(covered[subj.i]) if subj is not None else None


def _bare_definite(tok: Token) -> bool:
    """"the statement", "the joint communique": no owner, no compound name, no of / from / by phrase."""
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod", "appos", "acl", "relcl")
                   or c.dep_ == "prep" and c.lower_ in ("of", "from", "by", "issued") for c in kids)


def _resolved(m: Mention | None) -> Mention | None:
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.code is not None and m.kind in ("country", "org", "agent", "person") else None


def _issuer(doc, tok: Token, covered: list[Mention | None]) -> Mention | None:
    """The subject of the nearest earlier verb (this sentence or two before) that issued a document of the
    same kind: "Ukraine's foreign ministry issued a statement ...", "the minister sent a letter ..."."""
    lemma = tok.lemma_.lower()
    first = tok.sent.start
    for _ in range(_LOOKBACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:tok.i]):
        if t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = t.head
        if verb.lemma_.lower() not in _AUTHOR_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ in ("conj", "xcomp", "advcl"):
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        found = _resolved(covered[subj.i]) if subj is not None else None
        if found is not None:
            return found
    return None


def _previous_subject(doc, tok: Token, covered: list[Mention | None]) -> Mention | None:
    """The subject of the main clause of the nearest earlier sentence (up to two back) that has a party there."""
    sent = tok.sent
    for _ in range(_LOOKBACK):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        found = _resolved(covered[subj.i])
        if found is None:  # "Sudan's foreign ministry": the owner-coded role spans the subject
            found = next((_resolved(covered[c.i]) for c in subj.children if c.dep_ == "poss"), None)
        if found is not None:
            return found
    return None
