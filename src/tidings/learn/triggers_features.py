"""Features of the learned trigger model (stage ``learned_triggers``): one lexicon trigger word the rules did
not code, described by its place in the parse and by what the rules found around it.

The same functions run at training (``learn.train_triggers``) and at inference (``pipeline.learned_triggers``),
reading the ``base.Parse`` lists of the doc (no Token objects, no regex, no new spaCy pass).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..pipeline.base import Candidate, Mention, parse

# words that set an act in the background when it hangs under them ("after the strike", "amid protests")
BACKGROUND_HEADS = frozenset({"after", "amid", "following", "since", "before", "during", "despite", "ending", "over",
                              "against", "without", "until", "ahead", "prior", "follow", "end", "because"})
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
# the clause positions the rules often never reach or suppress
SIDE_DEPS = frozenset({"acl", "relcl", "advcl", "conj", "appos", "ccomp", "xcomp", "pcomp", "csubj", "amod",
                       "compound", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "npadvmod"})
TRIGGER_POS = {"VERB": "v", "NOUN": "n", "PROPN": "n"}


def sentence_mentions(mentions: Iterable[Mention]) -> dict[int, dict[int, Mention]]:
    """Per sentence, token index -> the mention covering it (the first one, as the events stage keys them)."""
    out: dict[int, dict[int, Mention]] = {}
    for m in mentions:
        by_tok = out.setdefault(m.sent_index, {})
        for i in range(m.start, m.end):
            by_tok.setdefault(i, m)
    return out


def trigger_types(lex: Any, lemma: str, kind: str) -> list[str]:
    """The event types the lexicon knows ``lemma`` as, for its part of speech (verb first, then noun)."""
    entries = (lex.verbs if kind == "v" else lex.nouns).get(lex.lemma_fixes.get(lemma, lemma) if kind == "v" else lemma)
    return sorted({e.type for e in entries}) if entries else []


def uncoded_triggers(doc: Any, sents: Sequence[Any], candidates: Sequence[Candidate], lex: Any
                     ) -> list[tuple[int, int, str, list[str]]]:
    """(sentence, token, 'v'|'n', lexicon types) for each lexicon trigger word no candidate covers, in sentences
    that have a verb (verbless headlines and captions report nothing)."""
    p = parse(doc)
    covered: set[int] = set()
    for c in candidates:
        covered.update(range(c.trigger_start, c.trigger_end))
        covered.add(c.trigger)
    out: list[tuple[int, int, str, list[str]]] = []
    for si, sent in enumerate(sents):
        poses = p.pos[sent.start:sent.end]
        if "VERB" not in poses and "AUX" not in poses:
            continue
        if p.lower[sent.end - 1] == "?" or (sent.end >= 2 and p.lower[sent.end - 2] == "?"):
            continue  # a question asserts nothing
        for i in range(sent.start, sent.end):
            kind = TRIGGER_POS.get(p.pos[i])
            if kind is None or i in covered or p.ent[i] in ("DATE", "TIME", "PERSON", "GPE", "NORP", "ORG"):
                continue
            types = trigger_types(lex, p.lemma[i], kind)
            if types:
                out.append((si, i, kind, types))
    return out


def _mention_tag(m: Mention | None) -> str:
    if m is None:
        return "none"
    if not m.code:
        return "uncoded"
    return "state" if m.kind == "country" or m.sector == "GOV" else "nonstate"


def features(doc: Any, i: int, kind: str, types: Sequence[str], by_tok: dict[int, Mention],
             sent_events: Sequence[Candidate], lex: Any) -> list[str]:
    """The feature strings of trigger word ``i`` (sorted, unique)."""
    p = parse(doc)
    lem, dep, tag = p.lemma[i], p.dep[i], p.tag[i]
    head = p.head[i]
    f = {f"lem={lem}", f"kind={kind}", f"tag={tag}", f"dep={dep}", f"suf={lem[-4:]}", f"ntypes={min(len(types), 3)}"}
    for t in types:
        f.add(f"type={t}")
        f.add(f"type={t}|dep={dep}")
        f.add(f"type={t}|kind={kind}")
    # the path to the root: its labels, the clause kinds crossed, and the head words' roles
    path: list[str] = []
    cur, steps = i, 0
    while p.head[cur] != cur and steps < 8:
        path.append(p.dep[cur])
        cur = p.head[cur]
        steps += 1
    f.add("path=" + ">".join(path[:3]))
    # what governs the word: the nearest verb above it, and the marks and modals of the clauses above it
    # ("if Israel halted ...", "refused to meet ...", "would take countermeasures")
    cur, gov = i, None
    for _ in range(steps):
        cur = p.head[cur]
        if gov is None and p.pos[cur] in ("VERB", "AUX") and cur != i:
            gov = cur
            f.add(f"gov={p.lemma[cur]}")
            if p.lemma[cur] in lex.embedding:
                f.add(f"gov_emb={lex.embedding[p.lemma[cur]]}")
        for c in p.kids[cur]:
            if p.dep[c] == "mark":
                f.add(f"amark={p.lemma[c]}")
            elif p.dep[c] == "neg":
                f.add("aneg")
            elif p.dep[c] == "aux" and p.lemma[c] in MODALS:
                f.add(f"amodal={p.lemma[c]}")
    f.add(f"depth={min(steps, 4)}")
    for d in set(path[1:]):
        f.add(f"up={d}")
    hl = p.lemma[head]
    f.add(f"hpos={p.pos[head]}" if head != i else "root")
    if head != i:
        if hl in BACKGROUND_HEADS:
            f.add(f"hbg={hl}")
        if hl in lex.embedding:
            f.add("hspeech")
            f.add(f"hspeech={lex.embedding[hl]}")
        if p.pos[head] == "ADP":
            f.add(f"prep={p.lower[head]}")
            gh = p.head[head]
            if p.lemma[gh] in BACKGROUND_HEADS:
                f.add(f"hbg={p.lemma[gh]}")
            if p.lemma[gh] in lex.embedding:
                f.add("hspeech2")
    # modality, negation, tense and what hangs on the word
    subj = obj = pobj = None
    for c in p.kids[i]:
        d, cl = p.dep[c], p.lemma[c]
        if d in ("aux", "auxpass"):
            f.add(f"aux={cl}" if cl in MODALS or cl == "to" else f"aux_{d}")
        elif d == "neg":
            f.add("neg")
        elif d == "mark":
            f.add(f"mark={cl}")
        elif d == "det":
            f.add(f"det={cl}")
        elif d == "poss":
            f.add("poss")
            f.add(f"poss={_mention_tag(by_tok.get(c))}")
        elif d in ("nsubj", "nsubjpass", "agent"):
            subj = by_tok.get(c) if d != "agent" else next((by_tok.get(g) for g in p.kids[c] if p.dep[g] == "pobj"), None)
            f.add(f"{d}={_mention_tag(subj)}")
        elif d in ("dobj", "dative"):
            obj = by_tok.get(c)
            f.add(f"obj={_mention_tag(obj)}")
        elif d == "prep":
            f.add(f"kprep={p.lower[c]}")
            for g in p.kids[c]:
                if p.dep[g] == "pobj":
                    pobj = by_tok.get(g)
                    f.add(f"kprep={p.lower[c]}={_mention_tag(pobj)}")
        elif d == "compound" or d == "amod":
            m = by_tok.get(c)
            if m is not None:
                f.add(f"mod={_mention_tag(m)}")
    if kind == "v" and subj is None and dep in ("acl", "relcl", "amod") and head != i:
        f.add(f"headnoun={_mention_tag(by_tok.get(head))}")
    if by_tok.get(i) is not None:
        f.add("inmention")
    f.add(f"args={int(subj is not None and bool(subj.code))}{int(bool(obj and obj.code) or bool(pobj and pobj.code))}")
    # the rules' events in the sentence: does one already carry this type, is the head one of them
    coded = {c.event for c in sent_events}
    f.add(f"nev={min(len(sent_events), 2)}")
    for c in sent_events:
        if c.trigger == head or c.trigger_start <= head < c.trigger_end:
            f.add("head_is_event")
            f.add(f"head_event={c.event}")
    for t in types:
        if t in coded:
            f.add("type_coded")
    if not {m.code for m in by_tok.values() if m.code}:
        f.add("no_coded_party")
    return sorted(f)


# the word's parse features that are also read together with the proposed type
TYPED_PREFIXES = ("dep=", "path=", "up=", "hbg", "hspeech", "aux=", "neg", "mark=", "det=", "poss", "kind=", "tag=",
                  "head_event=", "head_is_event", "prep=", "args=", "lem=", "gov_emb=", "amark=", "aneg", "amodal=")


# the features only a built event has (its arguments, how it was built, its place among the rules' events);
# each family ("rec=...", "T=X|how=...") takes at most one value on an event, a flag ("same_dyad") is one
BUILT_PREFIXES = ("rec=", "self_pair", "nactor=", "akind=", "asector=", "cue=", "how=", "same_", "actor_acts_in_sent")


def built_feature(name: str) -> bool:
    """Whether ``name`` is one of the features only a built event has (typed ones included)."""
    return name.startswith(BUILT_PREFIXES) or (name.startswith("T=") and name.partition("|")[2].startswith(BUILT_PREFIXES))


def typed_features(etype: str, word_features: Sequence[str]) -> list[str]:
    """The word's features with those read together with the proposed type: all of an event's features that
    are known before the event is built."""
    return [*word_features, f"T={etype}", *(f"T={etype}|{w}" for w in word_features if w.startswith(TYPED_PREFIXES))]


def event_features(etype: str, cand: Candidate, word_features: Sequence[str], story_events: Sequence[Candidate]
                   ) -> list[str]:
    """The features of the event the rules' machinery built for the word as a trigger of ``etype``: the word's
    own features, those read with the type, and how the event sits among the events the rules coded."""
    actor = {m.code for m in cand.actor if m.code}
    recip = {m.code for m in cand.recipient if m.code}
    f = set(typed_features(etype, word_features))
    f.add("rec=" + ("coded" if recip else "none"))
    f.add(f"T={etype}|rec=" + ("coded" if recip else "none"))
    if actor & recip:
        f.add("self_pair")
    f.add("nactor=" + str(min(len(actor), 2)))
    first = next((m for m in cand.actor if m.code), None)
    if first is not None:  # (one value each: the stage bounds what a built event's features can add)
        f.add(f"akind={first.kind}")
        f.add(f"asector={first.sector}")
    if cand.speaker or cand.embedding is not None:
        f.add(f"cue={cand.embedding_cue}")
    f.add(f"how={cand.extra.get('learned_triggers')}")
    f.add(f"T={etype}|how={cand.extra.get('learned_triggers')}")
    same_type = [c for c in story_events if c.event == etype]
    if same_type:
        f.add("same_type_story")
        if any(c.sent_index == cand.sent_index for c in same_type):
            f.add("same_type_sent")
        if any({m.code for m in c.actor if m.code} & actor for c in same_type):
            f.add("same_type_actor")
        if any({m.code for m in c.actor if m.code} == actor and {m.code for m in c.recipient if m.code} == recip
               for c in same_type):
            f.add("same_dyad")
    if any({m.code for m in c.actor if m.code} & actor and c.sent_index == cand.sent_index for c in story_events):
        f.add("actor_acts_in_sent")
    return sorted(f)
