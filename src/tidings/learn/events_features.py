"""Candidates and features of the learned event detector (stage ``learned_events``, docs/learned.md).

A candidate is a clause head the rules coded no event on: a verb heading a main, coordinated, adverbial,
relative, complement or participle clause (any verb, known to the lexicon or not: a phrasing the lexicon
lacks is one of the two classes the rules miss), or a lexicon event noun that is an object or a
prepositional object. Its features are read from the parse arrays (``base.Parse``) and the coded mentions,
one pass over the head's own children and the path to its clause's parent: no Token objects, no regex, no
new spaCy pass. The same function serves training and the stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..pipeline.base import Candidate, Mention, parse

# the clause links whose verb heads a clause of its own
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "relcl", "ccomp", "xcomp", "acl", "pcomp"})
# an event noun in one of these places names an act the rules may have left uncoded
NOUN_DEPS = frozenset({"dobj", "pobj"})
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# entity types that give an object its class (a place, a sum of money, a person)
ENT_CLASS = {"GPE": "place", "LOC": "place", "FAC": "place", "MONEY": "money", "PERSON": "person",
             "CARDINAL": "number", "QUANTITY": "number", "DATE": "date", "TIME": "date", "NORP": "group"}
# (how far up the head's clause chain is read)
_MAX_UP = 2


def sentence_mentions(mentions: Iterable[Mention]) -> dict[int, dict[int, Mention]]:
    """Per sentence, token index -> the mention covering it (the first one, as the events stage keys them)."""
    out: dict[int, dict[int, Mention]] = {}
    for m in mentions:
        by_tok = out.setdefault(m.sent_index, {})
        for i in range(m.start, m.end):
            by_tok.setdefault(i, m)
    return out


def clause_heads(doc: Any, sents: Sequence[Any], candidates: Sequence[Candidate], lex: Any,
                 coded_sents: set[int] | None = None) -> list[tuple[int, int, str]]:
    """(sentence, token, 'v'|'n') for each clause head no candidate covers, in sentences that have a verb,
    ask no question and hold a coded party (``coded_sents``; None: every sentence). A noun must be an event
    noun of the lexicon; a speech verb the trigger lexicon does not know is no act ("said", "told": what
    they report is the clause below them)."""
    p = parse(doc)
    covered: set[int] = set()
    for c in candidates:
        covered.update(range(c.trigger_start, c.trigger_end))
        covered.add(c.trigger)
    out: list[tuple[int, int, str]] = []
    for si, sent in enumerate(sents):
        if coded_sents is not None and si not in coded_sents:
            continue
        poses = p.pos[sent.start:sent.end]
        if "VERB" not in poses and "AUX" not in poses:
            continue
        if "?" in p.lower[max(sent.start, sent.end - 2):sent.end]:
            continue  # a question asserts nothing
        for k, pos in enumerate(poses):
            i = sent.start + k
            if i in covered:
                continue
            dep = p.dep[i]
            if pos == "VERB" and dep in CLAUSE_DEPS:
                lem = p.lemma[i]
                if lem not in lex.embedding or lex.lemma_fixes.get(lem, lem) in lex.verbs:
                    out.append((si, i, "v"))
            elif pos == "NOUN" and dep in NOUN_DEPS and p.lemma[i] in lex.nouns:
                out.append((si, i, "n"))
    return out


def party(m: Mention | None) -> str:
    """A mention's class: none, uncoded, state (a country or its government) or nonstate."""
    if m is None:
        return "none"
    if not m.code:
        return "uncoded"
    return "state" if m.kind == "country" or m.sector == "GOV" else "nonstate"


def _obj_class(p: Any, j: int, by_tok: dict[int, Mention], instruments: dict[str, str]) -> str:
    m = by_tok.get(j)
    if m is not None:
        return party(m)
    if p.lemma[j] in instruments:
        return "weapon"
    return ENT_CLASS.get(p.ent[j], "thing")


def _subject(p: Any, i: int) -> int | None:
    """The head's own subject, or that of the clause it is joined to (a conjunct, an infinitive, a
    participle's noun), up to two links up."""
    cur = i
    for _ in range(_MAX_UP + 1):
        for c in p.kids[cur]:
            if p.dep[c] in SUBJ_DEPS:
                return c
        if p.dep[cur] in ("conj", "xcomp") and p.head[cur] != cur:
            cur = p.head[cur]
        elif p.dep[cur] in ("acl", "relcl") and p.head[cur] != cur:
            return p.head[cur]
        else:
            return None
    return None


def features(doc: Any, i: int, kind: str, by_tok: dict[int, Mention], sent_events: Sequence[Candidate],
             lex: Any) -> list[str]:
    """The feature strings of clause head ``i`` (sorted, unique)."""
    p = parse(doc)
    lem, dep, tag = p.lemma[i], p.dep[i], p.tag[i]
    f = {f"lem={lem}", f"lem={lem}|{dep}", f"dep={dep}", f"kind={kind}", f"tag={tag}", f"suf={lem[-3:]}"}
    known = (lex.verbs.get(lex.lemma_fixes.get(lem, lem)) if kind == "v" else lex.nouns.get(lem)) or ()
    for t in sorted({e.type for e in known}):
        f.add(f"lex={t}")
    if not known:
        f.add("unknown")
    obj = None
    for c in p.kids[i]:
        d, cl = p.dep[c], p.lemma[c]
        if d in ("aux", "auxpass"):
            f.add(f"aux={cl}" if cl in MODALS or cl == "to" else f"aux_{d}")
        elif d == "neg":
            f.add("neg")
        elif d == "mark":
            f.add(f"mark={cl}")
        elif d == "prt" or (d == "advmod" and cl in ("back", "out", "off", "up", "down", "away")):
            f.add(f"prt={lem}_{cl}")
        elif d in ("dobj", "dative", "attr") and obj is None:
            obj = c
            oc = _obj_class(p, c, by_tok, lex.instruments)
            f.add(f"obj={oc}")
            f.add(f"lem={lem}|obj={oc}")
            f.add(f"olem={lem}_{cl}")
            f.add(f"olemma={cl}")
        elif d == "prep":
            pobj = next((g for g in p.kids[c] if p.dep[g] == "pobj"), None)
            f.add(f"prep={p.lower[c]}")
            if pobj is not None:
                pc = _obj_class(p, pobj, by_tok, lex.instruments)
                f.add(f"prep={p.lower[c]}|{pc}")
                f.add(f"pp={p.lower[c]}_{p.lemma[pobj]}")
                f.add(f"lem={lem}|{p.lower[c]}")
        elif d == "poss":
            f.add(f"poss={party(by_tok.get(c))}")
        elif d in ("compound", "amod") and kind == "n":
            m = by_tok.get(c)
            if m is not None:
                f.add(f"mod={party(m)}")
    if obj is None:
        f.add("noobj")
    s = _subject(p, i)
    st = party(by_tok.get(s)) if s is not None else "nosubj"
    f.add(f"subj={st}")
    f.add(f"lem={lem}|subj={st}")
    oc = "none" if obj is None else party(by_tok.get(obj))
    f.add(f"args={st}/{oc}")
    # the clause above: its head's lemma and the path to it, marks and modals on it
    head = p.head[i]
    if head != i:
        hl = p.lemma[head]
        f.add(f"hlem={hl}")
        f.add(f"hpath={dep}>{p.dep[head]}")
        f.add(f"hlem={hl}|{dep}")
        if hl in lex.embedding:
            f.add(f"hspeech={lex.embedding[hl]}")
        if p.pos[head] == "ADP":
            f.add(f"hprep={p.lower[head]}")
            gh = p.head[head]
            f.add(f"hlem2={p.lemma[gh]}")
        for c in p.kids[head]:
            if p.dep[c] == "neg":
                f.add("hneg")
            elif p.dep[c] == "aux" and p.lemma[c] in MODALS:
                f.add("hmodal")
    else:
        f.add("root")
    # the rules' events of the sentence: is the head one, does the sentence have any
    f.add(f"nev={min(len(sent_events), 2)}")
    for c in sent_events:
        if c.trigger == head or c.trigger_start <= head < c.trigger_end:
            f.add(f"head_event={c.event}")
    return sorted(f)


__all__ = ["CLAUSE_DEPS", "clause_heads", "features", "party", "sentence_mentions"]
