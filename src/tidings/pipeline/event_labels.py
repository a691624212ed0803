"""Labels a naming verb puts on a judged act ('called the U.S. strikes on boats murder', 'branded the verdict
a travesty'): where the parser hides the judged thing or its verdict, so the ACCUSE finds its target. The
verdict itself is matched against the entry's word classes in events._verb_hit, as for any label."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Parse

# verbs whose second complement names what the first one is (a label, not a place or a time): only they
# may read a bare noun closing the object's own phrase as the verdict
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})


def first_of_two_predicates(p: Parse, i: int, doc: Doc) -> list[Token]:
    """'called the U.S. military strikes on boats murder': the parser makes both nouns object predicates;
    the first is the thing named, the last the name (a proper name is already read as the object)."""
    preds = [c for c in p.kids[i] if p.dep[c] == "oprd"]
    # (or the parser makes the thing named the label's own subject: "branded the Philippine president's remarks
    # irresponsible" hangs "remarks" under "irresponsible")
    subjects = [g for c in preds[-1:] for g in p.kids[c] if p.dep[g] == "nsubj" and p.pos[g] in ("NOUN", "PROPN")]
    return [doc[c] for c in preds[:-1] if p.pos[c] in ("NOUN", "PRON")] + [doc[g] for g in subjects]


def hidden_verdicts(p: Parse, i: int, objs: list[Token]) -> list[int]:
    """'called the U.S. strikes on boats murder', 'calling U.S. strikes on boats in the Caribbean murder', 'the sanctions on Russian oil illegal': with no
    object predicate, the parser may read the label as the last noun of the object's own prepositional phrases.
    That noun, closing the object at the clause's edge with no determiner of its own right before it, is the
    label; the caller keeps it only when it is in the entry's verdict class."""
    if p.lemma[i] not in NAMING_VERBS or any(p.dep[c] in ("oprd", "xcomp", "ccomp") for c in p.kids[i]):
        return []
    out: list[int] = []
    n = len(p.dep)
    for o in objs:
        if p.pos[o.i] != "NOUN":
            continue
        cur, last = o.i, None
        for _ in range(4):  # down the object's rightmost chain of prepositional phrases
            preps = [q for q in p.kids[cur] if p.dep[q] == "prep" and q > cur]
            objs_ = [g for q in preps[-1:] for g in p.kids[q] if p.dep[g] == "pobj"]
            if not objs_:
                break
            cur = last = objs_[-1]
        if last is None or last == o.i or p.pos[last] not in ("NOUN", "ADJ") or p.right[last] != last:
            continue
        edge = last + 1
        if p.dep[last - 1] in ("det", "poss", "nummod") and p.head[last - 1] == last:
            continue  # "on the boats": a noun with its own article is the phrase's, no label
        if edge >= n or p.punct[edge] or p.pos[edge] in ("CCONJ", "ADP"):
            out.append(last)
    return out


# a target phrase makes a strike an attack ("the U.S. strikes on boats"), not a walkout ("a strike against the
# pension reform" stays one)
STRIKE_TARGET_PREPS = frozenset({"on"})


def attack_strike(p: Parse, objs: list[Token], notobj: frozenset[str] | set[str]) -> bool:
    """'called the U.S. military strikes on boats murder': a strike with a military modifier (the entry's own
    notobj words, which name modifiers), a country owner or an undated "on" target is an armed
    attack, so a naming verb's walkout reading ('called a strike') does not apply."""
    from .event_guards import dated

    for o in objs:
        if p.lemma[o.i] not in ("strike", "stoppage", "walkout", "shutdown"):
            continue
        for c in p.kids[o.i]:
            if p.dep[c] in ("amod", "compound", "nmod") and p.lemma[c] in notobj:
                return True
            if p.dep[c] in ("compound", "nmod", "poss") and p.ent[c] == "GPE" or p.dep[c] == "amod" and p.ent[c] == "NORP":
                return True
            if p.dep[c] == "prep" and p.lower[c] in STRIKE_TARGET_PREPS and not dated(o.doc[c]):
                return True
    return False


# verbs that put a label on an act in an 'in what X called ...' phrase
RESTATING_LABEL_VERBS = NAMING_VERBS | frozenset({"describe", "characterise", "characterize"})


def restated_act_doers(tok: Token) -> list[Token]:
    """'Ukrainian drones struck a refinery, in what Moscow called a terrorist attack': the label restates the act of
    the clause the 'in' phrase hangs on; its subject (or passive agent) is whom the labeller names (event_rules
    keeps the ACCUSE only when that doer is another party)."""
    if tok.lemma_.lower() not in RESTATING_LABEL_VERBS or tok.dep_ != "pcomp" or tok.head.lower_ != "in" or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in tok.children):
        return []
    act = tok.head.head
    return [c for c in act.children if c.dep_ == "nsubj"] + [
        g for a in act.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
