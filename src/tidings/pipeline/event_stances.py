"""Stance acts aimed at a party the parser hides: the party a diplomatic protest is made to ('Manila protested to
China over ...'), a summons' purpose told again ('called in Russia's ambassador to protest ...'), and the party a
vow or warning says will pay ('vowed that Israel would pay a heavy price'); and a condemned act's toll the parser
hung under a relative report verb ('..., which health officials said killed 22 people')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import direct_subjects, prep_objects
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention


# what a state's complaint is made "to": the party it protests to ("Manila protested to China over ...",
# "Seoul complained to Tokyo about ...")
ADDRESSED_COMPLAINTS = frozenset({"protest", "complain"})
SUMMONS_QUESTIONS = word_list("reproach_words.json", "summons_questions")


def protest_addressee(word: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """A diplomatic protest's 'to' party is its recipient (decisions: diplomatic protests are ACCUSE; the
    manual's ACCUSE target is the party complained to or about). Empty when none is coded or it is the actor's."""
    if word.lemma_.lower() not in ADDRESSED_COMPLAINTS:
        return []
    own = {m.code for m in actor if m.code}
    return [m for g in prep_objects(word, ("to",)) if (m := by_tok.get(g.i)) is not None
            and m.code and m.code not in own]


def protest_purposes(cands: list[Candidate], doc) -> list[Candidate]:
    """'called in Russia's ambassador to protest the detention': the infinitive is the summons' purpose, one
    ACCUSE (decisions: purpose clauses are intentions; the parser makes it a complement of 'called in', so the
    purpose guard misses it). Dropped: an ACCUSE on a to-infinitive right under another ACCUSE of the same actor, and
    a REQUEST there for an explanation (round 23)."""
    by_trigger = {c.trigger: c for c in cands if c.event == "ACCUSE"}
    out = []
    for c in cands:
        t = doc[c.trigger]
        host = by_trigger.get(t.head.i) if (c.event == "ACCUSE" or _asks_account(c, t)) and t.head.i != t.i else None
        if host is not None and host is not c and t.dep_ in ("xcomp", "advcl") and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in t.children) and not any(
                k.dep_ in ("nsubj", "nsubjpass") for k in t.children) and (
                {m.code for m in c.actor if m.code} <= {m.code for m in host.actor if m.code}):
            continue
        out.append(c)
    return out


def _asks_account(c: Candidate, t: Token) -> bool:
    """'summoned the ambassador to demand an explanation', 'to seek clarification', 'to ask for an explanation':
    the question put to a summoned envoy is the summons' protest, no request of its own."""
    if c.event != "REQUEST":
        return False
    objs = [k for k in t.children if k.dep_ == "dobj"]
    objs += [o for k in t.children if k.dep_ == "prep" and k.lower_ == "for" for o in k.children if o.dep_ == "pobj"]
    return any(o.lower_ in SUMMONS_QUESTIONS for o in objs)


# what a party "would pay / face / regret" in a threat's clause: that party is the one threatened
PAYING_VERBS = frozenset({"pay", "face", "regret", "rue"})


def payer(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Khamenei vowed that Israel would pay a heavy price', 'warned that Washington would regret it': the
    subject of the paying clause the vow or warning took in (decisions: a promised reprisal is THREATEN)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in PAYING_VERBS:
            found = [m for s in direct_subjects(c)[0] if (m := by_tok.get(s.i)) is not None
                     and m.code and m.code not in own]
            if found:
                return found
    return []


RELATIVE_WORDS = frozenset({"which", "that"})
REPORT_VERBS = frozenset({"say", "report", "claim", "tell", "state", "announce"})


def relative_tolls(cands: list[Candidate], doc) -> list[Candidate]:
    """'condemned the Israeli air strike on a school, which Palestinian health officials said killed 22 people':
    the parser gives the report verb of the relative clause two subjects, the relative word and the speakers, and
    the toll verb under it took the speakers as its doer. The toll is the antecedent act's (decisions: a toll
    folds into the attack), so a candidate there of the same type as an earlier one of the sentence is dropped."""
    out = []
    for c in cands:
        t = doc[c.trigger]
        say = t.head
        if t.dep_ in ("xcomp", "ccomp") and say.dep_ == "relcl" and say.lemma_.lower() in REPORT_VERBS and any(
                k.dep_ == "nsubj" and k.lower_ in RELATIVE_WORDS for k in say.children) and sum(
                k.dep_ == "nsubj" for k in say.children) > 1 and any(
                d is not c and d.event == c.event and d.sent_index == c.sent_index and d.trigger < say.i
                for d in cands):
            continue
        out.append(c)
    return out


def welcomed_sides(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Egypt welcomed the ceasefire between Israel and Iran': the sides named after 'between' on the welcomed
    thing are the ones supported (the dyads gold's convention); none of the actor's own."""
    conjuncts, objects = _arguments.conjuncts, _arguments.objects

    own = {m.code for m in actor if m.code}
    out: list[Mention] = []
    for o in objects(verb):
        for g in prep_objects(o, ("between",)):
            for x in conjuncts(g):
                m = by_tok.get(x.i)
                if m is not None and m.code and m.code not in own and m.code not in {n.code for n in out}:
                    out.append(m)
    return out if len(out) >= 2 else []  # (two sides of one country are an internal deal: no foreign party)


# the wire's formula for a source who keeps his name out ("an official who asked not to be named / identified /
# quoted", "asked to remain anonymous", "requested anonymity"): the asker's own terms with the reporter, no act
# between parties
ASKING_VERBS = frozenset({"ask", "request", "beg", "insist"})
NAMING_VERBS = frozenset({"name", "identify", "quote", "cite"})
ANONYMOUS_WORDS = frozenset({"anonymity", "anonymous", "unnamed", "unidentified", "nameless"})


def anonymity_request(c: Candidate, t: Token) -> bool:
    """A source asking to stay unnamed: no REQUEST (the reporter is no party). Read from the asking verb's own
    complement: a passive naming infinitive, 'remain / stay anonymous', or 'anonymity' as what is asked for."""
    if c.event != "REQUEST" or t.lemma_.lower() not in ASKING_VERBS:
        return False
    if any(k.dep_ in ("dobj", "dative") and k.lemma_.lower() not in ANONYMOUS_WORDS for k in t.children):
        return False  # ("asked Greece not to be named in the report": asked of a party)
    for k in t.children:
        if k.dep_ == "dobj" and k.lemma_.lower() in ANONYMOUS_WORDS:
            return True
        if k.dep_ == "prep" and k.lower_ == "for" and any(g.lemma_.lower() in ANONYMOUS_WORDS for g in k.children):
            return True
        if k.dep_ != "xcomp":
            continue
        if k.lemma_.lower() in NAMING_VERBS and any(g.dep_ == "auxpass" for g in k.children):
            return True
        if k.lemma_.lower() in ("remain", "stay") and any(g.lemma_.lower() in ANONYMOUS_WORDS for g in k.children):
            return True
    return False


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
