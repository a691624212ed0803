"""Features of the learned type model (stage ``learned_types``): one event candidate the rules built,
described by its trigger's place in the parse, what hangs on the trigger (object, prepositions, particle,
negation, modals), the kinds of its parties and the rule's own decision.

The same function runs at training (``learn.train_types``) and at inference (``pipeline.learned_types``),
reading the ``base.Parse`` lists of the doc (no Token objects, no regex, no new spaCy pass). Word classes
come from the knowledge files: materiel categories (weapons, aid goods, troops, funds...) and the agents'
sectors (police, suspects' captors, rebels...), so a feature carries to words the training never saw.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources

from ..pipeline.base import (
    NON_COUNTRY_CODES,
    NON_STATE_SECTORS,
    Candidate,
    Mention,
    Parse,
    StoryContext,
    parse,
)

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "amod", "pcomp", "pobj",
                         "dobj", "nsubj", "nsubjpass", "compound", "appos", "parataxis", "npadvmod", "attr"})
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo"})
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "ISM", "IMG", "UAF", "CRM", "SPY", "COP"})


@functools.cache
def noun_classes() -> dict[str, str]:
    """Lower-case noun -> class: the materiel categories (the head word of each term) and the agents'
    sectors ("police" -> sec:COP). A single-word term wins over the head of a longer one."""
    kb = resources.files("tidings.knowledge")
    with kb.joinpath("materiel.json").open(encoding="utf-8") as fh:
        materiel = json.load(fh)
    single: dict[str, str] = {}
    heads: dict[str, str] = {}
    for category, spec in sorted(materiel["categories"].items()):
        for term in spec.get("terms", ()):
            words = term.lower().split()
            if not words:
                continue
            target = single if len(words) == 1 else heads
            for form in (words[-1], _plural(words[-1])):
                target.setdefault(form, category)
    with kb.joinpath("agents.json").open(encoding="utf-8") as fh:
        agents = json.load(fh)
    for entry in agents["agents"]:
        sector = entry.get("sector")
        if not sector:
            continue
        for phrase in entry.get("phrases", ()):
            words = phrase.lower().split()
            if words:
                for form in (words[-1], _plural(words[-1])):
                    heads.setdefault(form, "sec:" + sector)
    return {**heads, **single}


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _party_kind(m: Mention) -> str:
    """A coarse kind of a party: igo / armed / state / other sector / person / agent..."""
    if m.code in NON_COUNTRY_CODES:
        return "igo" if m.code in ("IGO", "UNO", "EUR") else "nonstate:" + m.code
    sector = m.sector or ""
    if sector in ARMED_SECTORS:
        return "armed"
    if sector in NON_STATE_SECTORS:
        return "nonstate"
    if not sector and m.code:
        return "state"
    return "sec:" + sector if sector else "none"


def _party_features(prefix: str, parties: Sequence[Mention], out: list[str]) -> None:
    if not parties:
        out.append(prefix + "=empty")
        return
    for m in parties:
        out.append(f"{prefix}.kind={_party_kind(m)}")
        if m.sector:
            out.append(f"{prefix}.sec={m.sector}")
        out.append(f"{prefix}.mkind={m.kind}")
        if not m.code:
            out.append(prefix + ".uncoded")


def _word_class(p: Parse, i: int, mentions: dict[int, Mention]) -> str:
    """The class of the noun at ``i``: a party's kind, a knowledge class, its entity type, or its lemma."""
    m = mentions.get(i)
    if m is not None:
        return "party:" + _party_kind(m)
    cls = noun_classes().get(p.lower[i]) or noun_classes().get(p.lemma[i])
    if cls:
        return cls
    if p.ent[i]:
        return "ent:" + p.ent[i]
    return "pos:" + p.pos[i]


def _noun_features(tag: str, p: Parse, i: int, mentions: dict[int, Mention], out: list[str]) -> None:
    out.append(f"{tag}.lem={p.lemma[i]}")
    out.append(f"{tag}.cls={_word_class(p, i, mentions)}")
    for k in p.kids[i]:
        if p.dep[k] in ("compound", "amod", "nmod"):
            cls = noun_classes().get(p.lower[k])
            if cls:
                out.append(f"{tag}.modcls={cls}")
            if k in mentions:
                out.append(f"{tag}.modparty={_party_kind(mentions[k])}")


def candidate_features(ctx: StoryContext, cand: Candidate, mentions: dict[int, Mention],
                       sentence_types: Sequence[str]) -> list[str]:
    """The features of ``cand``. ``mentions``: token index -> mention of its sentence; ``sentence_types``:
    the rule types of the sentence's candidates (this one included)."""
    p = parse(ctx.doc)
    t = cand.trigger
    rule = cand.event
    lem = p.lemma[t]
    dep = p.dep[t]
    # (the rule's type is one feature among others, not crossed with each: conjoined, the model re-learns the
    # hand-tuned rules; alone, it learns what the context says whatever the rule)
    out = [f"rule={rule}", f"lem={lem}", f"pos={p.pos[t]}", f"dep={dep if dep in CLAUSE_DEPS else 'other'}",
           f"suf={lem[-3:]}"]
    if cand.trigger_end - cand.trigger_start > 1:
        out.append("phrase")
    h = p.head[t]
    if h != t:
        out.append(f"up={dep}:{p.lemma[h]}")
        out.append(f"upcls={dep}:{_word_class(p, h, mentions)}")
        if p.dep[h] in PREP_DEPS or p.pos[h] == "ADP":
            out.append(f"under_prep={p.lower[h]}")
            hh = p.head[h]
            if hh != h:
                out.append(f"under_prep_head={p.lower[h]}:{p.lemma[hh]}")
        elif h != p.head[h]:
            out.append(f"up2={p.dep[h]}|{dep}")
    else:
        out.append("root")
    negated = False
    for k in p.kids[t]:
        d = p.dep[k]
        if d in OBJECT_DEPS or (d in PASSIVE_SUBJECTS and p.pos[t] == "VERB"):
            tag = "obj" if d in OBJECT_DEPS else "psubj"
            _noun_features(tag, p, k, mentions, out)
            out.append(f"{tag}.lem|lem={p.lemma[k]}|{lem}")
        elif d in PREP_DEPS:
            prep = p.lower[k]
            out.append(f"prep={prep}")
            objs = [j for j in p.kids[k] if p.dep[j] in ("pobj", "pcomp")]
            for j in objs:
                out.append(f"prep.cls={prep}:{_word_class(p, j, mentions)}")
                out.append(f"prep.lem={prep}:{p.lemma[j]}")
        elif d == "prt":
            out.append(f"prt={lem}|{p.lower[k]}")
            out.append(f"prt={p.lower[k]}")
        elif d == "neg":
            negated = True
        elif d in ("aux", "auxpass"):
            if p.lower[k] in MODALS:
                out.append(f"modal={p.lower[k]}")
            elif p.lower[k] == "to":
                out.append("to_inf")
            if d == "auxpass":
                out.append("passive")
        elif d in ("nsubj", "nsubjpass") and p.pos[t] != "VERB":
            out.append(f"nsubj.cls={_word_class(p, k, mentions)}")
        elif d == "poss":
            out.append(f"poss.cls={_word_class(p, k, mentions)}")
        elif d in ("xcomp", "advcl", "ccomp"):
            out.append(f"sub={d}:{p.lemma[k]}")
    if negated:
        out.append("neg")
    _party_features("act", cand.actor, out)
    _party_features("rcp", cand.recipient, out)
    acodes = {m.code for m in cand.actor if m.code}
    rcodes = {m.code for m in cand.recipient if m.code}
    if acodes and acodes & rcodes:
        out.append("self_target")
    if cand.embedding is not None:
        out.append(f"embedded={cand.embedding_cue or ''}")
    if cand.speaker:
        out.append("spoken")
    out.append(f"sent0={cand.sent_index == 0}")
    for other in sorted(set(sentence_types)):
        out.append(f"also={other}")
    out.append(f"nevents={min(len(sentence_types), 4)}")
    return out


def story_features(ctx: StoryContext) -> list[list[str]]:
    """The features of each candidate of ``ctx`` (in ``ctx.candidates`` order)."""
    by_sent: dict[int, dict[int, Mention]] = {}
    for m in ctx.mentions:
        spans = by_sent.setdefault(m.sent_index, {})
        for i in range(m.start, m.end):
            spans.setdefault(i, m)
    types: dict[int, list[str]] = {}
    for c in ctx.candidates:
        types.setdefault(c.sent_index, []).append(c.event)
    out = [candidate_features(ctx, c, by_sent.get(c.sent_index, {}), types[c.sent_index]) for c in ctx.candidates]
    # the same act told twice (in one sentence, or again later in the story: "the war", "the strike") is one
    # event; the rules' dedupe only merges what it recognises
    keys = [(c.event, _codes(c.actor), _codes(c.recipient)) for c in ctx.candidates]
    for k, c in enumerate(ctx.candidates):
        for j, other in enumerate(ctx.candidates):
            if j == k or keys[j][0] != keys[k][0]:
                continue
            same_pair = keys[j][1:] == keys[k][1:]
            if other.sent_index == c.sent_index:
                out[k].append("twin_sent_pair" if same_pair else "twin_sent")
            elif other.sent_index < c.sent_index:
                out[k].append("told_before_pair" if same_pair else "told_before")
        out[k] = sorted(set(out[k]))
    return out


def _codes(parties: Sequence[Mention]) -> frozenset[str]:
    return frozenset(m.code for m in parties if m.code)
