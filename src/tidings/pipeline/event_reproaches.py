"""Accusations voiced without an accusing verb (events stage): the that-clause of a plain speech verb says that
another party is a culprit, that its act deserves a verdict of disapproval, that it is trying to do harm, or
that it did wrong in words that name no act of their own:

* 'the judiciary said the two men were spies', 'Cabello said the sailor was a CIA agent' (a culprit noun);
* 'Tokyo said the Chinese drills were illegal' (verbs.json's verdict class on an owned act: the owner is accused);
* 'expelled a diplomat, saying Warsaw was trying to destabilise the country' (a harmful aim);
* 'said Mnangagwa had reneged on a promise', 'and that Islamabad was hiding its own failures' (wrongdoing).

Each is ACCUSE by the speaker against the party, as 'said X was responsible for' is (event_context._blame_hit).
Denials ('said the men were not spies'), a denial verb's clause, the speaker's own side and reports about
allegations ('said the U.S. claims were baseless': a denial, no event) are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import direct_subjects
from .word_lists import word_list, word_table

if TYPE_CHECKING:
    from spacy.tokens import Token

CULPRIT_NOUNS = word_list("reproach_words.json", "culprit_nouns")
LOOSE_VERDICTS = word_list("reproach_words.json", "loose_verdicts")
TRYING_VERBS = word_list("reproach_words.json", "trying_verbs")
HOSTILE_AIMS = word_list("reproach_words.json", "hostile_aims")
WRONGDOING_VERBS = word_list("reproach_words.json", "wrongdoing_verbs")
BREAKING_VERBS = word_list("reproach_words.json", "breaking_verbs")
BROKEN_UNDERTAKINGS = word_list("reproach_words.json", "broken_undertakings")
ENDANGERING_VERBS = word_list("reproach_words.json", "endangering_verbs")
ENDANGERED_GOODS = word_list("reproach_words.json", "endangered_goods")
# verbs.json's verdict class of disapproval ("calling the detention arbitrary"), less the loose words
VERDICTS = frozenset(w.lower() for w in word_table("verbs.json", "classes")["disapproval"]) - LOOSE_VERDICTS
# the embedding classes (verbs.json 'embedding') of a speaker putting a claim forward; not a denial, a
# confirmation, an announcement, a warning or a condemnation (those have their own readings)
CLAIMING_CLASSES = frozenset({"say", "claim", "allege"})
# nouns that stand for what someone said: a verdict on them is a denial ("said the claims were baseless")
SAID_NOUNS = frozenset({"claim", "report", "accusation", "allegation", "charge", "statement", "version", "narrative",
                        "remark", "comment", "story", "rumour", "rumor", "assertion", "suggestion", "speculation"})
# an owner of an act noun: "the Chinese drills", "Israel's strikes", "the army's offensive"
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


# "Turkey must now stop targeting civilians", "the Emirates must stop fuelling the war": an end demanded
ENDING_VERBS = frozenset({"stop", "cease", "halt", "end", "quit"})
DEMAND_MODALS = frozenset({"must", "should"})
# every lemma that may open a reproach: the loop of the events stage asks only for these
REPROACH_WORDS = (CULPRIT_NOUNS | VERDICTS | TRYING_VERBS | WRONGDOING_VERBS | BREAKING_VERBS | ENDING_VERBS
                  | ENDANGERING_VERBS) - SAID_NOUNS


def speech_of_clause(clause: Token, embedding: dict) -> Token | None:
    """The speech verb whose that-clause ``clause`` is, through a coordinated second clause ('said no gunmen had
    crossed and that Islamabad was hiding ...'); None when the clause is no plain claim's."""
    for _ in range(3):
        if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
            continue
        break
    if clause.dep_ != "ccomp":
        return None
    speech = clause.head
    lem = speech.lemma_.lower()
    if speech.pos_ != "VERB" or embedding.get(lem) not in CLAIMING_CLASSES:
        return None
    if any(k.dep_ == "neg" for k in speech.children):
        return None  # "did not say that ..."
    return speech


def _negated(tok: Token) -> bool:
    return any(k.dep_ == "neg" or k.lower_ in ("never", "no") and k.dep_ in ("neg", "advmod", "det")
               for k in tok.children)


def reproach_clause(tok: Token, embedding: dict, act_nouns: dict) -> tuple[Token, list[Token]] | None:
    """(speech verb, the reproached party's tokens) when ``tok`` opens a reproach, else None."""
    lem = tok.lemma_.lower()
    if lem in TRYING_VERBS:
        if tok.pos_ != "VERB" or not any(k.dep_ == "xcomp" and k.lemma_.lower() in HOSTILE_AIMS for k in tok.children):
            return None
        clause = tok
    elif lem in WRONGDOING_VERBS and tok.pos_ == "VERB":
        clause = tok
    elif lem in BREAKING_VERBS and tok.pos_ == "VERB" and any(
            k.dep_ == "dobj" and k.lemma_.lower() in BROKEN_UNDERTAKINGS for k in tok.children):
        clause = tok  # "said Baku had violated the ceasefire" (not "hackers breached the email systems")
    elif lem in ENDANGERING_VERBS and tok.pos_ == "VERB" and any(
            k.dep_ == "dobj" and k.lemma_.lower() in ENDANGERED_GOODS for k in tok.children):
        clause = tok  # "said the drills threatened peace across the region"
    elif tok.dep_ in ("attr", "acomp") and tok.head.lemma_.lower() == "be" and (
            lem in CULPRIT_NOUNS or lem in VERDICTS):
        clause = tok.head
        if _negated(tok):
            return None
    else:
        return None
    if _negated(clause):
        return None
    speech = speech_of_clause(clause, embedding)
    if speech is None or clause.i == tok.i and speech.i > clause.i:
        return None  # (a report tagged on after the act tells the act: "X hid weapons there, police said")
    subj, passive = direct_subjects(clause)
    if passive or len(subj) != 1:
        return None
    head = subj[0]
    if head.lemma_.lower() in SAID_NOUNS or head.pos_ == "PRON" and head.lower_ in ("it", "this", "that"):
        return None
    if head.pos_ == "NOUN" and head.lemma_.lower() in act_nouns:
        # a verdict on an act ("the Chinese drills were illegal") reproaches its owner, never its target; a
        # definite act with no owner ("the arrest was a blow") is the story's act (the caller finds its doer)
        owners = [k for k in head.children if k.dep_ in OWNER_DEPS and k.i < head.i]
        if owners:
            return speech, owners
        return (speech, [head]) if any(k.dep_ == "det" and k.lower_ in ("the", "this", "these")
                                       for k in head.children) else None
    return speech, [head]


def told_act_doers(head: Token, act_nouns: dict, told: list, own: set) -> list:
    """The doer of the story's latest act of a type the definite act noun names ('the arrest', 'the drills'), when
    that doer is not the speaker's side."""
    types = {t.type for t in act_nouns.get(head.lemma_.lower(), [])}
    for c in reversed(told):
        if c.event in types:
            doers = [m for m in c.actor if m.code]
            return doers if doers and not {m.code for m in doers} & own else []
    return []


def demanded_end(tok: Token, embedding: dict) -> tuple[Token, list[Token]] | None:
    """(speech verb, the party asked) for 'Aliyev said Armenia must stop ...', also in a second that-clause
    ('said the strikes had killed 12 civilians and that Turkey must now stop ...') and whatever the act to end
    is ('must stop fuelling the war' names no event): a speaker's demand that another party end something is
    REQUEST yield (event_retype.demanded_by_speaker reads the same shape when the act is an event)."""
    if tok.lemma_.lower() not in ENDING_VERBS or tok.pos_ != "VERB":
        return None
    if not any(k.dep_ == "aux" and k.lower_ in DEMAND_MODALS for k in tok.children) or _negated(tok):
        return None
    if not any(k.dep_ in ("xcomp", "dobj") for k in tok.children):
        return None
    speech = speech_of_clause(tok, embedding)
    if speech is None or any(k.dep_ in ("dative", "dobj") for k in speech.children):
        return None  # ("told Kabul's envoy that Kabul must stop ...": the lexicon's demand to the one told)
    subj, passive = direct_subjects(tok)
    if passive or not subj or any(t.pos_ == "PRON" and t.lower_ in ("we", "i", "us") for t in subj):
        return None
    return speech, subj


# people named again after their capture ("the two men", "the pair", "those held", "they")
HELD_NOUNS = frozenset({"man", "woman", "pair", "suspect", "detainee", "national", "citizen", "people", "person",
                        "prisoner", "captive", "those", "they", "he", "she", "journalist", "tourist", "sailor"})


def held_again(accused: list[Token]) -> bool:
    """A definite or pronoun reference to people ('the two men', 'those held', 'they'), with no party of its own."""
    head = accused[0] if len(accused) == 1 else None
    if head is None or head.lemma_.lower() not in HELD_NOUNS and head.lower_ not in HELD_NOUNS:
        return False
    return head.pos_ == "PRON" or any(k.dep_ == "det" and k.lower_ in ("the", "those", "these", "both")
                                      for k in head.children) or head.lower_ == "those"


def held_people(told: list, own: set) -> list:
    """The coded captives of the story's latest arrest or detention (a COERCE) by the speaker's side."""
    for c in reversed(told):
        if c.event == "COERCE" and {m.code for m in c.actor if m.code} & own:
            return [m for m in c.recipient if m.code and m.code not in own]
    return []
