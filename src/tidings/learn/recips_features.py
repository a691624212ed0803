"""Candidates and features of the learned recipient chooser (docs/learned.md, "Recipients").

For one rule event the candidates are the coded mentions of its sentence and of the sentence before it that
are not its actors (the rules' own recipients always among them), plus ``NONE`` (no recipient). Each gets a
bag of string features read from the parse arrays (``base.Parse``) and the rule output around it: the
dependency path from the trigger, the preposition that governs the mention, its clause, distance and order,
its sector and kind, the event type, mode and trigger lemma, and whether the rules chose it. The same
function serves training and the stage, so what the model saw in training is what it sees at work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..pipeline.base import NON_COUNTRY_CODES, Candidate, Mention, StoryContext, parse

NONE = "NONE"
# clause links: a mention beyond one of these belongs to another clause than the trigger's
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "parataxis", "pcomp"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_OBJ = frozenset({"dobj", "dative", "attr", "oprd"})
_MAX_PATH = 4


@dataclass
class Slot:
    """One recipient choice for an event: a mention (all mentions of one code share a slot) or NONE."""

    code: str
    mentions: list[Mention]
    features: list[str]
    rule: bool  # the rules gave the event this recipient (for NONE: the rules gave none)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _path(p, a: int, b: int) -> tuple[str, int, bool, list[int]]:
    """The dependency path from ``a`` up to the lowest common head and down to ``b`` (labels with ^ / v),
    its length and whether it crosses a clause link; "long" beyond ``_MAX_PATH`` steps."""
    head = p.head
    up = [a]
    while head[up[-1]] != up[-1] and len(up) < 40:
        up.append(head[up[-1]])
    pos = {t: k for k, t in enumerate(up)}
    down = [b]
    while down[-1] not in pos and head[down[-1]] != down[-1] and len(down) < 40:
        down.append(head[down[-1]])
    if down[-1] not in pos:
        return "nolink", 9, True, []
    k = pos[down[-1]]
    between = [t for t in up[1:k + 1] + down[1:-1] if t != b]
    ups = [p.dep[t] for t in up[:k]]
    downs = [p.dep[t] for t in reversed(down[:-1])]
    clause = any(d in _CLAUSE_DEPS for d in ups + downs)
    n = len(ups) + len(downs)
    if n > _MAX_PATH:
        return "long", n, clause, between
    return "/".join([f"^{d}" for d in ups] + [f"v{d}" for d in downs]), n, clause, between


def _role(p, m: Mention, trig: int) -> list[str]:
    """Where the mention's head word sits relative to the trigger and its own governor."""
    r = m.root
    d = p.dep[r]
    h = p.head[r]
    out = [f"dep={d}"]
    if d == "pobj" and h != r:
        prep = p.lower[h]
        gov = p.head[h]
        out.append(f"prep={prep}")
        out.append(f"prep={prep}|govpos={p.pos[gov]}")
        if gov == trig:
            out.append(f"trigprep={prep}")
        elif p.head[gov] == trig:
            out.append(f"trigprep2={prep}|{p.dep[gov]}")
        if p.pos[gov] in ("NOUN", "PROPN"):  # "the border with Lebanon", "the coast of Oman"
            out.append(f"govnoun={p.lemma[gov]}>{prep}")
        if p.dep[h] == "prep" and p.dep[gov] == "pobj":  # "along the border with Lebanon"
            out.append(f"nestedprep={p.lower[p.head[gov]]}>{prep}")
    if h == trig:
        role = "subj" if d in _SUBJ else "obj" if d in _OBJ else d
        out.append(f"trigchild={role}")
    if d == "poss":
        out.append(f"poss_of={'trig' if h == trig else p.pos[h]}")
    if d in ("compound", "amod", "nmod"):
        out.append(f"modifier_of={'trig' if h == trig else p.pos[h]}")
        if h != trig and p.pos[h] == "NOUN":  # "the Turkish border", "Iranian oil exporters"
            out.append(f"modifies={p.lemma[h]}")
            out.append(f"modifies_dep={p.dep[h]}")
    return out


def story_info(ctx: StoryContext) -> tuple[Counter, frozenset[tuple[str, str]]]:
    """What every event of a story shares: how often each code is mentioned, and the (actor, recipient) code
    pairs of the rule events (a party other events of the same actor are aimed at)."""
    counts = Counter(m.code for m in ctx.mentions if m.code)
    pairs = frozenset((a.code, r.code) for c in ctx.candidates for a in c.actor for r in c.recipient
                      if a.code and r.code)
    return counts, pairs


def slots(ctx: StoryContext, cand: Candidate, info: tuple[Counter, frozenset[tuple[str, str]]] | None = None,
          ) -> list[Slot]:
    """The recipient choices of one rule event, each with its features (NONE last). ``info``: the story's
    ``story_info`` (worked out once per story by the caller)."""
    p = parse(ctx.doc)
    trig = cand.trigger
    sent = cand.sent_index
    actor_spans = {(m.start, m.end) for m in cand.actor}
    actor_codes = {m.code for m in cand.actor if m.code}
    rule_codes = {m.code for m in cand.recipient if m.code}
    by_code: dict[str, list[Mention]] = {}
    for m in list(cand.recipient) + ctx.mentions:
        if not m.code or (m.start, m.end) in actor_spans or m.sent_index not in (sent, sent - 1):
            continue
        if cand.trigger_start <= m.root < cand.trigger_end and m.code in actor_codes and m not in cand.recipient:
            continue
        group = by_code.setdefault(m.code, [])
        if all((x.start, x.end) != (m.start, m.end) for x in group):
            group.append(m)
    ev = cand.event
    mode = cand.mode or "-"
    lemma = p.lemma[trig] if 0 <= trig < len(p.lemma) else "-"
    story_codes, pairs = info if info is not None else story_info(ctx)
    top = [c for c, _ in story_codes.most_common() if c not in actor_codes][:1]
    # the event is what someone says or accuses another of ("accused Israel of genocide"): the speaker
    # is often, but not always, the one it was done to
    speakers = {m.code for m in cand.speaker if m.code}
    said = "said" if cand.embedding is not None else "own"
    out: list[Slot] = []
    for code, group in sorted(by_code.items()):
        # the mention nearest the trigger in the event's own sentence speaks for its code
        group.sort(key=lambda m: (m.sent_index != sent, abs(m.root - trig), m.start))
        best = group[0]
        out.append(Slot(code, group, _mention_features(p, ctx, cand, best, group, code, actor_codes,
                                                        rule_codes, top, story_codes, ev, mode, lemma)
                        + _pair_features(cand, code, actor_codes, pairs, ev)
                        + _said_features(code, speakers, said, ev, cand.embedding_cue), code in rule_codes))
    n_cands = len(out)
    none_f = ["NONE", f"NONE|ev={ev}", f"NONE|mode={ev}:{mode}", f"NONE|lem={lemma}",
              f"NONE|rule={'empty' if not rule_codes else 'set'}", f"NONE|ev={ev}|rule={bool(rule_codes)}",
              f"NONE|n={_bucket(n_cands, (0, 1, 2, 4))}",
              f"NONE|insent={_bucket(sum(1 for s in out if s.mentions[0].sent_index == sent), (0, 1, 2))}",
              f"NONE|actor={'none' if not actor_codes else 'set'}", f"NONE|{said}", f"NONE|{said}|ev={ev}",
              f"NONE|{said}|cue={cand.embedding_cue or '-'}"]
    # police, courts and armed groups act mostly at home, where the gold often names no recipient
    actor_sectors = sorted({m.sector or "-" for m in cand.actor})
    none_f.extend(f"NONE|actsec={sec}" for sec in actor_sectors)
    kids = p.kids[trig] if 0 <= trig < len(p.kids) else ()
    for k in kids:
        if p.dep[k] in _OBJ or p.dep[k] == "prep":
            none_f.append(f"NONE|trigkid={p.dep[k]}" + (f":{p.lower[k]}" if p.dep[k] == "prep" else ""))
    out.append(Slot(NONE, [], none_f, not rule_codes))
    return out


def _pair_features(cand: Candidate, code: str, actor_codes: set[str], pairs: frozenset[tuple[str, str]],
                   ev: str) -> list[str]:
    # another rule event of the same actor aimed at this party: the story's main pair
    if any((a, code) in pairs for a in actor_codes if a != code):
        return ["pair_elsewhere", f"ev={ev}|pair_elsewhere"]
    return []


def _said_features(code: str, speakers: set[str], said: str, ev: str, cue: str | None) -> list[str]:
    out = [said, f"{said}|ev={ev}"]
    if code in speakers:
        out.extend(["speaker", f"speaker|ev={ev}", f"speaker|cue={cue or '-'}"])
    return out


def _mention_features(p, ctx: StoryContext, cand: Candidate, m: Mention, group: list[Mention], code: str,
                      actor_codes: set[str], rule_codes: set[str], top: list[str], story_codes: Counter,
                      ev: str, mode: str, lemma: str) -> list[str]:
    trig = cand.trigger
    f = ["BIAS", f"ev={ev}", f"mode={ev}:{mode}"]
    if m.sent_index != cand.sent_index:
        f.append("prevsent")
        f.append(f"prevsent|dep={p.dep[m.root]}")
        f.append(f"prevsent|ev={ev}")
        roles: list[str] = [f"prev_{r}" for r in _role(p, m, -1)[:2]]
        path = "prev"
    else:
        path, steps, clause, between = _path(p, trig, m.root)
        # the content words the path passes through ("sales" in "a ban on arms sales to X")
        f.extend(f"via={p.lemma[t]}" for t in between[:3] if p.pos[t] in ("NOUN", "VERB"))
        roles = _role(p, m, trig)
        f.append(f"path={path}")
        f.append(f"ev={ev}|path={path}")
        f.append(f"steps={min(steps, 6)}")
        if clause:
            f.append("otherclause")
        dist = m.root - trig
        f.append(f"dist={'-' if dist < 0 else '+'}{_bucket(abs(dist), (1, 2, 4, 8, 16))}")
        if cand.trigger_start <= m.root < cand.trigger_end:
            f.append("in_trigger")
    f.extend(roles)
    f.extend(f"ev={ev}|{r}" for r in roles if r.startswith(("trigprep", "trigchild", "prep=")))
    f.extend(f"lem={lemma}|{r}" for r in roles if r.startswith(("trigprep", "trigchild")))
    f.append(f"lem={lemma}|path={path}")
    sector = m.sector or "-"
    state = code not in NON_COUNTRY_CODES and len(code) == 3
    f.append(f"sector={sector}")
    f.append(f"kind={m.kind}")
    f.append(f"state={state}")
    f.append(f"ev={ev}|sector={sector}")
    f.append(f"ev={ev}|kind={m.kind}")
    if m.office:
        f.append("has_office")
    if rule_codes:
        f.append("rule_chose" if code in rule_codes else "rule_other")
        f.append(f"ev={ev}|{'rule_chose' if code in rule_codes else 'rule_other'}")
    else:
        f.append("rule_empty")
        f.append(f"ev={ev}|rule_empty")
    if code in actor_codes:
        f.append("actor_code")
        f.extend(f"actor_code|actsec={m.sector or '-'}" for m in cand.actor if m.code == code)
    if not actor_codes:
        f.append("no_actor")
    f.append(f"story_n={_bucket(story_codes.get(code, 0), (1, 2, 4))}")
    if top and code == top[0]:
        f.append("story_top")
    if len(group) > 1:
        f.append("several")
    if p.dep[m.root] == "conj" or any(p.dep[k] == "conj" for k in p.kids[m.root]):
        f.append("coordinated")
    f.append(f"conf={_bucket(int(m.confidence * 10), (4, 7, 9))}")
    return f


def fill_choice(probs: Sequence[float], found: Sequence[Slot], threshold: float) -> int | None:
    """The slot the stage fills an empty recipient with (None: it leaves it empty): the best named choice at
    ``threshold`` or above that beats NONE (the last slot)."""
    named = sorted((i for i, s in enumerate(found) if s.code != NONE), key=lambda i: (-probs[i], found[i].code))
    if named and probs[named[0]] >= threshold and probs[named[0]] > probs[-1]:
        return named[0]
    return None


def compound(chosen: list[Slot], ctx: StoryContext) -> bool:
    """Whether the chosen slots' mentions are coordinated with one another ("Egypt and Qatar")."""
    p = parse(ctx.doc)
    roots = [s.mentions[0].root for s in chosen if s.mentions]
    if len(roots) < 2:
        return True
    for r in roots[1:]:
        a, b = sorted((roots[0], r))
        x = b
        ok = False
        for _ in range(6):
            if p.dep[x] != "conj":
                break
            x = p.head[x]
            if x == a:
                ok = True
                break
        if not ok:
            return False
    return True
