"""Whom a force's alert or move answers when the alert names no target of its own (MOBILIZE recipients).

A force put on alert, scrambled or sent out as another party's forces move is aimed at that party: the
doer of the move in a time clause on the alert ("as Chinese destroyers gathered off the coast", "after
Venezuela stationed soldiers on a river island"), of the clause whose participle makes the alert happen
("a carrier group sailed between the islands, prompting Tokyo to scramble jets"), the subject of a
finite "prompted X to ..." ("Russian naval drills prompted Estonia to put its navy on alert"), or the
owner of a move noun after "in response to / following / amid" ("in response to a Turkish naval
deployment"). A move aimed at a third party answers no one ("as Russian drones struck grain terminals
in Ukraine", for Romania), nor does a weapons test ("after North Korea test-fired missiles into the sea").
The intrusions and fire across a line that ``argument_partners.alarm_provoker`` reads come first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

MOVE_VERBS = word_list("alarm_words.json", "force_move_verbs")
MOVE_NOUNS = word_list("alarm_words.json", "force_move_nouns")
ALARM_MARKS = word_list("alarm_words.json", "alarm_marks")
PROMPTING_VERBS = word_list("alarm_words.json", "prompting_verbs")
# where a move is aimed: a party named here that is neither the mover nor the alerted one is its target
AIMED_PREPS = ("at", "on", "against", "into", "toward", "towards")
# a move noun's owner: "a Turkish naval deployment", "Russia's build-up", "the presence of U.S. warships"
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
ANSWER_PREPS = frozenset({"after", "following", "amid"})
# "in response / retaliation / reprisal to / for" an act
ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "reaction", "answer", "riposte"})
# weapons fired or tested: no force put on alert or moved, and no move an alert answers
TEST_VERBS = frozenset({"fire", "launch", "shoot", "lob"})


def answered_move(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The party whose military move the alert or move ``verb`` answers (see the module docstring)."""
    if _weapons_test(verb):  # a test or launch is no alert ("test-fired missiles hours after the allies' drills")
        return []
    movers = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        movers.append(verb.head)  # "scrambled jets and put its missile units on alert, hours after ..."
    for v in movers:
        # (a time clause the parser hangs on the alert's own phrase: "put its batteries on standby as ...")
        kids = [*v.children, *(k for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                                for k in g.children if k.dep_ == "advcl")]
        for c in kids:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ALARM_MARKS for m in c.children):
                found = _clause_mover(c, own, by_tok)
            elif c.dep_ == "prep" and c.lower_ in ANSWER_PREPS:
                found = _noun_movers([g for g in c.children if g.dep_ == "pobj"], own, by_tok)
            elif c.dep_ == "prep" and c.lower_ == "in":
                found = _noun_movers([g for r in c.children if r.dep_ == "pobj" and r.lemma_.lower() == "response"
                                      for g in _prep_objects(r, ("to",))], own, by_tok)
            else:
                continue
            if found:
                return found
    return _prompter(verb, own, by_tok)


def answered_owners(prep: Token) -> list[Token]:
    """'in response to the American decision', 'in retaliation for Ottawa's expulsion of its envoy': the
    words that name whose act a reaction answers (owner, nationality adjective, "by" agent)."""
    acts = [g for r in prep.children if r.dep_ == "pobj" and r.lemma_.lower() in ANSWER_NOUNS
            for g in _prep_objects(r, ("to", "for")) if g.pos_ in ("NOUN", "PROPN")]
    return [k for g in acts for k in g.children if k.dep_ in ("poss", "amod", "compound")] + [
        b for g in acts for b in _prep_objects(g, ("by",))]


def _prompter(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in PROMPTING_VERBS:
        return []
    if head.dep_ in ("advcl", "conj") and head.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX"):
        return _clause_mover(head.head, own, by_tok)  # "... sailed between the islands, prompting Tokyo to ..."
    subjects = [s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")]
    return _noun_movers([s for s in subjects if s.lemma_.lower() in MOVE_NOUNS], own, by_tok)


def _weapons_test(v: Token) -> bool:
    lemma = v.lemma_.lower()
    return lemma in TEST_VERBS or lemma.startswith("test") or any(p.lower_ == "test" for p in v.children)


def _clause_mover(c: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The doer of clause ``c`` when it tells a force's move aimed at no third party."""
    objects, direct_subjects = _arguments.objects, _arguments.direct_subjects
    if _weapons_test(c):
        return []
    objs = objects(c)
    if c.lemma_.lower() not in MOVE_VERBS and not any(o.lemma_.lower() in MOVE_NOUNS for o in objs):
        return []
    subjects = direct_subjects(c)[0]
    doers = [m for m in _owners.mentions_of(subjects, by_tok) if m.code and m.code not in own][:2]
    if not doers:  # "as Russian naval drills began": the move noun as subject
        return _noun_movers([s for s in subjects if s.lemma_.lower() in MOVE_NOUNS], own, by_tok)
    aimed = objs + _prep_objects(c, AIMED_PREPS) + [g for o in objs for g in _prep_objects(o, AIMED_PREPS)]
    return [] if _third_party(aimed, own, doers, by_tok) else doers


def _noun_movers(nouns: list[Token], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    for g in nouns:
        # ("a Russian military build-up": the parser may keep "up" as the head and "build" as its compound)
        built_up = g.lower_ == "up" and any(k.lower_ == "build" for k in g.children)
        if g.lemma_.lower() not in MOVE_NOUNS and g.lower_ not in MOVE_NOUNS and not built_up:
            continue
        owners = [k for k in g.children if k.dep_ in OWNER_DEPS] + _prep_objects(g, ("by", "of"))
        doers = [m for m in _owners.mentions_of(owners, by_tok) if m.code and m.code not in own][:2]
        if doers and not _third_party(_prep_objects(g, AIMED_PREPS), own, doers, by_tok):
            return doers
    return []


def _third_party(aimed: list[Token], own: set[str], doers: list[Mention], by_tok: dict[int, Mention]) -> bool:
    codes = {m.code for m in _owners.mentions_of(aimed, by_tok) if m.code}
    return bool(codes - own - {m.code for m in doers})


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return _arguments.prep_objects(tok, preps)


# (bound after the definitions: arguments imports the partner modules, which call back into it at run time)
from . import arguments as _arguments  # noqa: E402
from . import owners as _owners  # noqa: E402
