"""Story-level restatements the definite-noun rule of ``coref._retold`` does not see (round 21, stories).

Wire stories tell an attack and then come back to it with its toll, the attack the subject of a casualty
verb: "Israeli warplanes struck Nabatieh ... The health ministry said the strikes killed four people" (the
killing is the strike's outcome, not a second strike). It is the act the story already coded (same type,
same actor codes, a compatible recipient, three sentences back at most), and the events stage drops it as
``coref._retold`` drops "carried out the strikes". A new round is still a new act: an adverb of
repetition (*also, again, later*) or a date of its own keeps it.

The same holds for two more shapes (round 22, precision): a meeting named again by a definite or possessed
meeting noun or told in a clause set at it ("Tusk travelled to Kyiv for talks with Zelenskiy ... Tusk's visit, his
third, came days after ...", "Sisi hosted King Abdullah ... During the meeting, the two leaders discussed Gaza") is the
meeting already coded when its parties are among that meeting's; and a measure whose definite noun is the subject of
a verb of its type ("The United States imposed sanctions on five refineries ... The sanctions freeze any U.S.
assets") is the measure already coded. A meeting noun marked as another one (*next, upcoming, second*) or with a
date of its own, and a clause with a future or modal auxiliary, stay new acts.

(Tried and dropped: the doer's own past-perfect account, "Algeria said it had downed the aircraft",
as a restatement: the gold keeps such accounts as events, and other acts of the same dyad told that
way were lost.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import codes
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate


# Verbs that tell an attack's toll when the attack is their subject ("the strikes killed four people")
_TOLL_VERBS = word_list("attack_words.json", "toll_verbs")
# Nouns of an attack that may be a toll verb's subject (the definite ones refer back)
# (not weapons, and not a noun that names its doer: "Pakistan said the Indian missiles had killed 26 civilians"
# is the speaker's own, alleged, report, which the gold keeps as an event)
_ATTACK_NOUNS = word_list("attack_words.json", "retold_attack_nouns")
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
# Words that make an act told again a new round of it
_AGAIN = frozenset({"also", "again", "later", "earlier", "previously", "subsequently", "another", "new", "second",
                    "further", "more", "fresh", "renewed", "additional", "since"})

_LOOKBACK = 3
_MEETING_NOUNS = word_list("act_nouns.json", "retold_meetings")
_MEASURE_NOUNS = word_list("act_nouns.json", "retold_measures")
_NEXT_ROUND = word_list("act_nouns.json", "next_round_modifiers")
# talk verbs whose clause may retell the meeting ("the two leaders discussed Gaza")
_TALK_VERBS = frozenset({"discuss", "talk", "meet", "confer", "speak", "hold", "focus", "review", "exchange"})
# a group subject that names the meeting's sides again ("the two leaders", "both ministers")
_PAIR_WORDS = frozenset({"two", "both"})
_SETTING_PREPS = frozenset({"during", "at", "in"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "could", "may", "might", "should", "'ll"})


def restated(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> bool:
    """``c`` retells an act of ``earlier`` (see the module docstring)."""
    if not earlier:
        return False
    if c.event == "CONSULT":
        return _meeting_retold(doc, earlier, c, si)
    if c.event in ("SANCTION", "COERCE", "AID", "AGREE"):
        return _measure_retold(doc, earlier, c, si)
    if c.event != "ASSAULT":
        return False
    own = codes(c.actor)
    if not own:
        return False
    trig = doc[c.trigger]
    if trig.pos_ != "VERB" or not _toll(trig) or _new_round(trig):
        return False
    rec = codes(c.recipient)
    return any(p.event == c.event and si - _LOOKBACK <= p.sent_index < si and codes(p.actor) == own
               and (not rec or rec == codes(p.recipient)) for p in earlier)


def _toll(verb: Token) -> bool:
    """"the strikes killed four people": a toll verb whose subject is a definite attack noun."""
    return verb.lemma_.lower() in _TOLL_VERBS and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in _ATTACK_NOUNS and s.tag_ in ("NNS", "NN")
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in s.children)
        and not any(d.ent_type_ in ("NORP", "GPE", "ORG") for d in s.children) for s in verb.children)


def _new_round(verb: Token) -> bool:
    """An adverb of repetition or a date of the clause's own: another act, not the story's."""
    for t in verb.subtree:
        if t.lower_ in _AGAIN and t.head.i in (verb.i, *[ch.i for ch in verb.children]):
            return True
        if t.ent_type_ in ("DATE", "TIME") and t.head.i == verb.i:
            return True
    return False


def _party_set(mentions: list) -> set[str]:
    return set(codes(mentions))


def _definite(noun: Token) -> bool:
    """'the visit', 'this trip', 'Macron's visit', 'his talks' (not 'Tuesday's meeting' nor 'a visit')."""
    return any(d.dep_ == "det" and d.lower_ in _DEFINITE or d.dep_ == "poss" and d.ent_type_ not in ("DATE", "TIME")
               for d in noun.children)


def _meeting_noun_retold(noun: Token) -> bool:
    """A definite meeting noun that is no other meeting: no 'next / upcoming / second' and no date of its own."""
    return noun.pos_ == "NOUN" and noun.lower_ in _MEETING_NOUNS | {noun.lemma_.lower()} \
        and noun.lemma_.lower() in _MEETING_NOUNS and _definite(noun) and not any(
            ch.lower_ in _NEXT_ROUND or ch.ent_type_ in ("DATE", "TIME") for ch in noun.children)


def _modal(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ in _FUTURE_AUX for ch in verb.children)


def _meeting_clause(verb: Token) -> bool:
    """'During the talks, the two leaders discussed ...', 'The two ministers discussed trade': a talk verb set at
    a definite meeting noun, or whose subject names the meeting's two sides again."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TALK_VERBS or _modal(verb) or _new_round(verb):
        return False
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ in _SETTING_PREPS and any(
                g.dep_ == "pobj" and _meeting_noun_retold(g) for g in ch.children):
            return True
        if ch.dep_ == "nsubj" and ch.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in ch.children) \
                and any(d.lower_ in _PAIR_WORDS and d.dep_ in ("nummod", "det", "predet", "amod") for d in ch.children):
            return True
    return False


def _meeting_retold(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> bool:
    """A meeting told again a sentence or three after the story told it (see the module docstring)."""
    mine = _party_set(c.actor) | _party_set(c.recipient)
    if not mine:
        return False
    trig = doc[c.trigger]
    if trig.pos_ == "NOUN":
        if not _meeting_noun_retold(trig) or trig.head.pos_ in ("VERB", "AUX") and _modal(trig.head):
            return False
    elif not _meeting_clause(trig):
        return False
    return any(p.event == "CONSULT" and si - _LOOKBACK <= p.sent_index < si
               and mine <= _party_set(p.actor) | _party_set(p.recipient) for p in earlier)


def _measure_retold(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> bool:
    """'The sanctions freeze any U.S. assets of the companies', 'The loan will be funded by joint EU borrowing': a verb
    of the measure's (or aid's, or aid pledge's) type whose subject is the definite noun tells what the story coded
    before (same type and actor, a compatible target)."""
    trig = doc[c.trigger]
    if trig.pos_ != "VERB" or c.event in ("SANCTION", "COERCE") and _modal(trig) or _new_round(trig) or not any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in _MEASURE_NOUNS | {s.lower_} and s.lower_ in _MEASURE_NOUNS
            and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in s.children) for s in trig.children):
        return False
    own, rec = _party_set(c.actor), _party_set(c.recipient)
    # (an aid pledge coded before is AGREE with the aid as its planned event)
    return bool(own) and any((p.event == c.event or p.event == "AGREE" and p.planned_event == c.event)
                             and si - _LOOKBACK <= p.sent_index < si and _party_set(p.actor) == own
                             and rec <= _party_set(p.recipient) for p in earlier)
