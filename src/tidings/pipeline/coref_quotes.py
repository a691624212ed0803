"""First-person words in a quotation that is a sentence of its own (the actors stage, via
``people.resolve_people``).

Wire copy lets a quotation run on past its attribution ('"We will respond," Katz said. "Our forces
will hit every launcher."') or gives the speaker in the sentence after it ('"Anyone who rebuilds the
arsenal will be hit." || Katz made the remarks during a visit to the border.'). The sentence that is
all quotation has no saying verb, so its "we", "our", "I" had no speaker and its acts no actor (or
the story's main country, often the other side). Here such a sentence takes the speaker of the
quotation just before it, or else of the attribution just after it, and its first-person words
become pronoun mentions of that speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Mention, parse

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OPEN = ('"', "“")
_CLOSE = ('"', "”")
_QUOTES = frozenset({'"', "“", "”"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
_SAY = frozenset({"say", "tell", "add", "state", "write", "post", "warn", "declare", "insist", "stress"})
# "Katz made the remarks during a visit", "Aoun gave the statement": an attribution after the quotation
_REMARK_VERBS = frozenset({"make", "give", "deliver", "issue"})
_REMARKS = frozenset({"remark", "comment", "statement", "speech", "warning", "threat"})


def quoted_speakers(doc, mentions: list[Mention], covered: list[Mention | None], sent_starts: list[int]) -> list[Mention]:
    """Pronoun mentions for the first-person words of each sentence that is all quotation, with the
    speaker of the neighbouring attribution; roles owned by "our" there take that speaker's country."""
    sents = [doc[s:e] for s, e in zip(sent_starts, [*sent_starts[1:], len(doc)], strict=True) if e > s]
    out: list[Mention] = []
    for k, sent in enumerate(sents):
        if not _all_quotation(sent, sents[k + 1] if k + 1 < len(sents) else None):
            continue
        nxt = k + 1
        if nxt + 1 < len(sents) and all(t.is_space or t.text in _QUOTES for t in sents[nxt]):
            nxt += 1  # the closing mark split off as a sentence of its own
        speaker = (_attributed_speaker(sents[k - 1], covered, quoted=True) if k > 0 else None) \
            or (_attributed_speaker(sents[nxt], covered, quoted=False) if nxt < len(sents) else None)
        if speaker is None:
            continue
        for tok in sent:
            if tok.lower_ not in _FIRST_PERSON or tok.pos_ != "PRON":
                continue
            if covered[tok.i] is None:
                out.append(_pronoun(tok, speaker, k))
                covered[tok.i] = out[-1]
            if tok.lower_ in ("our", "my") and tok.dep_ == "poss":
                _own_role(covered[tok.head.i], speaker)
    return out


def _all_quotation(sent: Span, after: Span | None) -> bool:
    """'"We will hit them everywhere."': opens with a quotation mark and closes with one (which the
    sentence splitter may hand to the next sentence), with none between, so no attribution inside
    ('"We will respond," he said, "and hard."' is not)."""
    p = parse(sent.doc)  # the first word decides most sentences: no Token object for every word of them
    first = next((i for i in range(sent.start, sent.end) if not p.text[i].isspace()), None)
    if first is None or p.text[first] not in _OPEN:
        return False  # (Token.is_space is the word's str.isspace())
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].text not in _OPEN:
        return False
    marks = [t for t in words if t.text in _QUOTES]
    if len(marks) == 2:
        return all(t.is_punct for t in words[words.index(marks[1]):])
    lead = next((t for t in after if not t.is_space), None) if after is not None and len(marks) == 1 else None
    return lead is not None and lead.text in _CLOSE


def _attributed_speaker(sent: Span, covered: list[Mention | None], quoted: bool) -> Mention | None:
    """The coded subject of the saying verb of a neighbouring sentence: before the quotation, a
    sentence that quotes too ('"We will respond," Katz said.'); after it, a saying or a remarks
    sentence ('Katz made the remarks ...', '"...," he said.')."""
    words = [t for t in sent if not t.is_space]
    while words and words[0].text in _QUOTES:
        words = words[1:]  # the closing mark of the quotation before, split off with this sentence
    has_quote = any(t.text in _QUOTES for t in words)
    if quoted and not has_quote:
        return None
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and (
        t.lemma_.lower() in _SAY or not quoted and t.lemma_.lower() in _REMARK_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _REMARKS for c in t.children))]
    for verb in verbs:
        if not quoted and not has_quote and verb.lemma_.lower() in _SAY and verb.dep_ != "ROOT":
            continue  # a saying verb inside a report ("the ministry said that ...") tells no quotation
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = covered[subj.i] if subj is not None else None
        if m is not None and m.code:
            return m
    return None if quoted else _remarks_owner(sent, covered)


def _remarks_owner(sent: Span, covered: list[Mention | None]) -> Mention | None:
    """'The statement by China's commerce ministry came a day after ...', 'Katz's remarks drew ...': a
    sentence after the quotation whose subject is the remarks names their speaker by "by" or a possessive."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _REMARKS:
        return None
    owners = [c for c in subj.children if c.dep_ == "poss"]
    owners += [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
               if g.dep_ == "pobj"]
    for o in owners:
        m = covered[o.i]
        if m is not None and m.code:
            return m
    return None


def _pronoun(tok: Token, speaker: Mention, sent_index: int) -> Mention:
    return Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
                   code=speaker.code, sector=speaker.sector, kind="pronoun", sent_index=sent_index, root=tok.i,
                   identifier_id=speaker.identifier_id, identifier_text=speaker.identifier_text,
                   other_sectors=list(speaker.other_sectors), office=speaker.office,
                   antecedent=speaker.antecedent or speaker, confidence=min(0.7, speaker.confidence))


def _own_role(role: Mention | None, speaker: Mention) -> None:
    """'"Our forces will destroy every launcher."': the role is the speaker's, whatever country the
    story's main-country rule gave it."""
    if role is None or role.kind != "agent":
        return
    role.code = speaker.code
    role.confidence = min(role.confidence, 0.7)
