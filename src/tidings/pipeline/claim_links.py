"""Story-level claim status: denials linked to the reports they answer, and disclaimers.

Split out of ``tidings.pipeline.claims`` (which calls these after every candidate has its
sentence-level status): ``link_denials`` (a denied event and another report of it are
contested; general denials of "the allegations"), ``deny_narrated`` (the story's own report
denied by its actor: "Moscow denied it"), ``negated_by_actor`` ("Tehran says it has not sent
drones") and ``mark_unverified`` ("the report could not be independently verified").
docs/claims.md, section "Contested: across the whole story", gives the rules.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .attribution import Attributor, codes, one_per_entity
from .attribution_denials import CONCESSIVE, own_clause
from .attribution_tails import summary_denial, tail_head
from .base import (
    NON_STATE_SECTORS,
    PARTY_PRONOUNS,
    Candidate,
    Mention,
    StoryContext,
    tokens_with_lemma,
)
from .modality import Modality, is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


# -- story level ------------------------------------------------------------------------
def _same_event(a: Candidate, b: Candidate, doc=None) -> bool:
    """Two reports of one event: same type, overlapping actors, compatible recipients."""
    if a.event != b.event or "negation" in (a.aux_mode, b.aux_mode):
        return False
    if a.mode and b.mode and a.mode != b.mode and not _bare_same_verb(a, b, doc) \
            and not {a.mode, b.mode} <= _ARMED_FIRE:
        return False  # "fired tear gas at protesters" and "beat detained protesters": two acts
    actors_a, actors_b = codes(a.actor), codes(b.actor)
    if not actors_b:
        actors_b = codes(b.denied_by)  # "Iran denied sending drones": the denier is the actor
    if not actors_a & actors_b:
        return False
    rec_a, rec_b = codes(a.recipient), codes(b.recipient)
    return not rec_a or not rec_b or bool(rec_a & rec_b)


# Weapon modes of one armed attack: the accuser and the denier name the fire in their own words
# ("fired small arms at its positions" ... "denied that its soldiers had shot at Azerbaijani posts")
_ARMED_FIRE = frozenset({"firearms", "heavy-weapons", "aerial", "drone", "explosives"})


def _bare_same_verb(a: Candidate, b: Candidate, doc) -> bool:
    """The same verb, once without the object that gave the other its mode: "denied that the
    group had fired at any U.S. warship" answers "fired an anti-ship missile at a U.S.
    destroyer" (the bare verb's mode is only a default)."""
    if doc is None:
        return False
    ta, tb = doc[a.trigger], doc[b.trigger]
    return (ta.pos_ == tb.pos_ == "VERB" and _lemma(ta) == _lemma(tb)
            and not all(any(c.dep_ == "dobj" for c in t.children) for t in (ta, tb)))


def _duplicate(a: Candidate, b: Candidate) -> bool:
    """Same actors, and the same recipients or one report that names none."""
    rec_a, rec_b = codes(a.recipient), codes(b.recipient)
    return codes(a.actor) == codes(b.actor) and (rec_a == rec_b or not rec_a or not rec_b)


def _evidence_rank(c: Candidate) -> tuple:
    # more resolved participants, then the coder's confidence, then the earlier report
    return (-(len(codes(c.actor)) + len(codes(c.recipient))), -c.confidence, c.sent_index, c.trigger)


def _contest(a: Candidate, b: Candidate) -> None:
    by = one_per_entity(a.claim_by + b.claim_by)
    denied = one_per_entity(a.denied_by + b.denied_by)
    cues = list(dict.fromkeys(a.claim_cues + b.claim_cues))
    for c in (a, b):
        c.claim_status = "contested"
        c.claim_by, c.denied_by, c.claim_cues = list(by), list(denied), list(cues)


def _mark_contested(a: Candidate, deniers: list[Mention], verb: Token) -> None:
    a.claim_status = "contested"
    a.denied_by = one_per_entity(a.denied_by + deniers)
    a.claim_cues = list(dict.fromkeys([*a.claim_cues, f"denied:{verb.text}"]))


def _disputed_in_place(
    ctx: StoryContext, cands: list[Candidate], order: list[int], dropped: set[int], si: int, verb: Token,
    nouns: frozenset[str] = frozenset(), deniers: list[Mention] | None = None,
) -> list[Candidate]:
    """'Kyiv says it captured the town, but Moscow disputes this': the claim coordinated with the denial."""
    out = []
    for ai in order:
        a = cands[ai]
        gov = a.extra.get("claim_gov")
        if ai in dropped or a.sent_index != si or a.claim_status not in ("asserted", "alleged"):
            continue
        if gov is None:
            # the act's own distance ("reportedly asked ..., though Warsaw denied it") or the story's own report
            # ("shelled Kupiansk, though Moscow denied it"): a concessive denial by a party to it disputes it
            own = codes(deniers or [])
            if not _concessive(verb) or not (codes(a.actor) & own or codes(a.recipient) & own and not any(
                    c.dep_ == "ccomp" and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                    for c in verb.children)):
                continue  # (the party it was done to denies the act, not a clause of its own: "though Ukraine
                # denied that the town had fallen" says nothing of the shelling)
            gov = a.trigger
        if gov == a.trigger and (a.event == "ACCUSE" or not _concessive(verb)):
            continue  # the accusation itself is told, not disputed ("accused X of Y, a charge X denied"); an act
            # told with its own distance ("reportedly asked Warsaw ..., though Warsaw denied it") still is
        if verb.i < a.trigger <= verb.right_edge.i:
            continue  # the denier's own act in its clause ("an accusation Islamabad rejected while blaming X")
        other = ctx.doc[gov]
        if (verb.dep_ == "conj" and verb.head.i == gov) or (other.dep_ == "conj" and other.head.i == verb.i):
            out.append(a)
        elif verb.dep_ == "advcl" and verb.head.i in (gov, a.trigger) and _concessive(verb):
            # "state media said Pyongyang fired shells at the marines, though Seoul denied it"
            out.append(a)
        elif summary_denial(verb, gov, nouns) or summary_denial(verb, a.trigger, nouns):
            # (the parser may hang the summing-up noun on the reported act itself: "said its aircraft had
            # struck a depot, an account Hezbollah disputed")
            out.append(a)
    return out


def _denied_in_breath(verb: Token, attributor: Attributor, triggers: set[int]) -> bool:
    """A denial told with the report it answers ('..., though Seoul's foreign ministry denied making
    any such protest'), whose own clause gave no event to link it to."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "conj") or not attributor.is_denial_verb(verb):
        return False
    if is_negated(verb, attributor.cues) or any(t.i in triggers for t in verb.subtree):
        return False
    return verb.dep_ == "conj" or _concessive(verb)


def _concessive(verb: Token) -> bool:
    """'though / although / while / whereas' marks the clause."""
    return any(g.dep_ == "mark" and g.lower_ in CONCESSIVE for g in verb.children)


def _tokens_with(ctx: StoryContext, lemmas: frozenset[str]) -> list[tuple[int, Token]]:
    """(sentence index, token) for every token whose lemma is in ``lemmas`` (or capitalised)."""
    found = tokens_with_lemma(ctx.doc, lemmas)
    if not found:
        return []
    starts = [s.start for s in ctx.sents]
    return [(bisect_right(starts, t.i) - 1, t) for t in found]


def link_denials(
    ctx: StoryContext, attributor: Attributor, words: list[tuple[int, Token]] | None = None,
    noun_types: dict[str, frozenset[str]] | None = None,
) -> None:
    """Story-level pass: denials anywhere in the story contest allegations of the same event.

    1. A denied embedded event ("Tehran rejected claims that it had supplied weapons")
       and an alleged or asserted report of the same event both become contested;
       when they are the same type/actor/recipient the weaker report is dropped.
       An admission of the same event ("later admitted") overrides the denial instead.
    2. An actor saying it did not do it ("Tehran says it has not sent weapons") contests
       alleged reports of the same event, and reports another party made ("Baku said
       Armenian forces fired ... Yerevan said its troops had not opened fire"); the
       negated report stays as it is.
    3. A general denial ("Iran has denied these allegations", "Tehran said the claims
       were baseless") contests every alleged event whose actor shares a code with the denier.
    """
    cands = ctx.candidates
    dropped: set[int] = set()
    order = sorted(range(len(cands)), key=lambda i: (cands[i].sent_index, cands[i].trigger))
    for di in order:
        d = cands[di]
        if d.claim_status != "denied" or di in dropped:
            continue
        matches = [ai for ai in order if ai != di and ai not in dropped and cands[ai].claim_status != "denied"
                   and _same_event(cands[ai], d, ctx.doc)]
        admissions = [ai for ai in matches
                      if cands[ai].extra.get("admitted") and cands[ai].sent_index >= d.sent_index]
        if admissions:
            # "... but later admitted": the admission wins over the denial
            d.claim_status = "asserted"
            d.claim_cues = list(dict.fromkeys(d.claim_cues + cands[admissions[0]].claim_cues))
            pool = admissions[:1]
        else:
            # a denial answers an allegation; failing that, a report by someone other than the denier
            pool = [ai for ai in matches if cands[ai].claim_status in ("alleged", "contested")] or [
                ai for ai in matches if not codes(cands[ai].claim_by) & codes(d.denied_by)]
        for ai in pool:
            a = cands[ai]
            if not admissions:
                _contest(a, d)
            if _duplicate(a, d):
                dropped.add(max((ai, di), key=lambda i: _evidence_rank(cands[i])))
            if di in dropped:
                break
    # 2. "Tehran says it has not sent weapons": the actor, speaking, negates the event
    for ni in order:
        n = cands[ni]
        speakers = codes(n.claim_by)
        if ni in dropped or n.aux_mode != "negation" or not speakers & codes(n.actor):
            continue
        for ai in order:
            a = cands[ai]
            if ai == ni or ai in dropped or a.event != n.event or not (
                    a.claim_status in ("alleged", "contested") or _reported_by_other(a, n.claim_by)):
                continue
            if a.aux_mode == "negation":
                continue
            if not codes(a.actor) & codes(n.actor):
                continue
            rec_a, rec_n = codes(a.recipient), codes(n.recipient)
            if rec_a and rec_n and not rec_a & rec_n:
                continue
            a.claim_status = "contested"
            a.denied_by = one_per_entity(a.denied_by + [m for m in n.claim_by if m.code in codes(n.actor)])
            a.claim_cues = list(dict.fromkeys([*a.claim_cues, *(c for c in n.claim_cues if c.startswith("negation:"))]))
    embedded_govs = {c.extra.get("claim_gov") for c in cands if c.claim_status in ("denied", "contested")}
    if words is None:
        words = [(si, tok) for si, sent in enumerate(ctx.sents) for tok in sent]
    triggers = {c.trigger for c in cands}
    for si, tok in words:
        if tok.i in embedded_govs:
            continue
        general = attributor.general_denial(tok)
        if not general and not _denied_in_breath(tok, attributor, triggers):
            continue
        tail = attributor.summary_tail(tok) if general else []
        deniers = attributor.np_mentions(ctx, [tail_head(tail)]) if tail else attributor.speaker(ctx, tok)
        disputed = _disputed_in_place(ctx, cands, order, dropped, si, tok,
                                      attributor.allegation_nouns | attributor.summary_nouns, deniers)
        if not general:
            # "Hezbollah said Israeli jets struck a warehouse, while the Israeli military denied
            # carrying out any strike": the denial answers the report it is told with, and no other
            for a in disputed:
                if not _sides(a.claim_by) & _sides(deniers) or _concessive(tok):
                    _mark_contested(a, deniers, tok)
            continue
        if tail and not disputed:
            # ", a charge Abu Dhabi rejected" sums up every claim the sentence made before it
            disputed = [cands[ai] for ai in order if ai not in dropped and cands[ai].sent_index == si
                        and cands[ai].trigger < tail[0].i and cands[ai].claim_status == "alleged"]
        for a in disputed:
            if _sides(a.claim_by) & _sides(deniers) and not _concessive(tok):
                # "Moscow rejected the accusations and said Ukrainian drones had attacked ...":
                # the denier's own counter-claim, coordinated with its denial, is not disputed (a concessive
                # denial is another voice whatever its country: "..., a Polish newspaper said, though Warsaw
                # denied it")
                continue
            _mark_contested(a, deniers, tok)
        denier_codes = codes(deniers)
        if not denier_codes:
            continue
        # "accused of blocking aid, charges they deny": a denial on the allegation noun
        # answers that sentence's allegation, not every later one
        local = tok.dep_ == "relcl" and (_lemma(tok.head) in attributor.allegation_nouns or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which" for c in tok.children))
        hits, done_to = [], []
        singular = _singular_object(tok, attributor.allegation_nouns | attributor.summary_nouns)
        for ai in order:
            a = cands[ai]
            if ai in dropped or not (a.claim_status in ("alleged", "contested") or (
                    _reported_by_other(a, deniers) and a.aux_mode in (None, "historical"))):
                continue  # (a plainly reported plan is no allegation: "Putin said he would visit New Delhi")
            if local and a.sent_index != si:
                continue
            trig = ctx.doc[a.trigger]
            if (trig.left_edge.i <= tok.i <= trig.right_edge.i and tok.i != trig.i
                    and _lemma(trig) in attributor.allege_verbs):
                continue  # the denial is part of the event's own content: "accusing her of lending her
                # name to a U.N. report that it called false"
            if a.sent_index == si and a.trigger == tok.i:
                continue
            if a.sent_index == si and trig.head.i == tok.i and trig.dep_ in ("advcl", "conj") and trig.pos_ == "VERB":
                continue  # the denier's own next act: "an accusation Islamabad rejected while blaming the Taliban"
            if codes(a.actor) & denier_codes:
                hits.append(a)
            elif (singular and si - 1 <= a.sent_index <= si and codes(a.recipient) & denier_codes
                    and a.claim_by and not _sides(a.claim_by) & _sides(deniers)):
                # the party it was done to may deny that it happened, when no act of its own was reported:
                # "Georgian guards detained two Russian soldiers, the ministry said. Moscow called the report a lie"
                done_to.append(a)
        hits = hits or done_to
        if tail:
            # ", a claim the rebels denied, while both sides accused each other of ...": a summary tail answers what
            # came before it, not the acts the sentence goes on to tell
            hits = [a for a in hits if a.sent_index < si or a.trigger < tail[0].i]
        named = _denied_occasion(tok)
        if named is not None and noun_types:
            # "Islamabad denies any role in the attack": the denial answers the attack the story
            # spoke of before (the latest earlier mention of the noun), not every allegation
            types = noun_types.get(_lemma(named), frozenset())
            earlier = [t for t in ctx.doc[: named.i] if t.lemma_ == named.lemma_ and t.pos_ == "NOUN"]
            if earlier:
                ref = earlier[-1].i
                hits = [a for a in hits if a.trigger_start <= ref < max(a.trigger_end, a.trigger + 1)]
            elif types:
                hits = [a for a in hits if a.event in types]
        if _singular_object(tok, attributor.allegation_nouns):
            # "Moscow denied it" points at one report: the latest one before the denial
            before = [a for a in hits if (a.sent_index, a.trigger) < (si, tok.i)]
            hits = [max(before, key=lambda a: (a.sent_index, a.trigger))] if before else []
        for a in hits:
            _mark_contested(a, deniers, tok)
        if hits or disputed or tail or (local and tok.dep_ == "relcl" and _lemma(tok.head) not in attributor.allegation_nouns):
            # the denial answers a claim: it is no refusal of a proposal (docs/plover-decisions.md,
            # "Denying an accusation is not an event"), however the parser hung its object; nor is the label
            # it puts on the claim an accusation ("an account, which Kyiv rejected as a lie")
            dropped.update(ri for ri in order if cands[ri].event in ("REJECT", "ACCUSE") and cands[ri].sent_index == si
                           and cands[ri].trigger == tok.i)
    if dropped:
        ctx.candidates = [c for i, c in enumerate(cands) if i not in dropped]


_NARRATION_REACH = 2  # sentences back a denial of "it" / "the attack" may point
# reports a denial in other words may answer (round 22, stories)
HOSTILE_REPORT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# verbs that only do what their object noun names ("carried out the strike", "staged the attack")
_DOING_VERBS = frozenset({"carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "hold", "order"})
_DECISION_NOUNS = frozenset({"decision", "plan", "agreement", "deal", "commitment", "determination"})
_OCCURRENCE_VERBS = frozenset({"happen", "occur"})  # "denied that the meeting happened" (and "take place")
# Objects of a general denial that take the denied occasion in a phrase: "any role in the attack".
_PART_NOUNS = frozenset({"role", "involvement", "part", "responsibility", "participation", "complicity", "hand", "link"})


def _denied_occasion(verb: Token) -> Token | None:
    """'denies any role in the attack', 'denied involvement in the bombing': the definite event noun."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or _lemma(obj) not in _PART_NOUNS:
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "for", "behind", "with"):
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and any(
                            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in noun.children):
                        return noun
    return None
_SINGULAR_PRONOUNS = frozenset({"it", "this", "that"})


def _singular_object(verb: Token, allegation_nouns: frozenset[str]) -> bool:
    """'denied it' / 'denied the claim': the denial points at one report, not at every allegation."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(
        o.lower_ in _SINGULAR_PRONOUNS
        or (o.tag_ == "NN" and _lemma(o) in allegation_nouns
            and any(c.dep_ == "det" and c.lower_ in _SINGULAR_PRONOUNS | {"the"} for c in o.children))
        for o in objs)


def _sides(mentions: list[Mention]) -> set[tuple[str, bool]]:
    """The parties of ``mentions``: a country code, split into its state and its non-state groups."""
    return {(m.code, m.sector in NON_STATE_SECTORS) for m in mentions if m.code}


def _reported_by_other(a: Candidate, deniers: list[Mention]) -> bool:
    """An event a named speaker other than the denier put forward ('Ukraine said Russian missiles struck ...').

    Such a report is a claim that a later 'Russia denied the claim' answers, although the
    speaker's plain 'said' left it asserted.
    """
    # a named speaker the actors stage could not place ("Deputy Prime Minister Oliver
    # Dowden told parliament") still makes it a report, not the story's narration
    return a.claim_status == "asserted" and bool(a.claim_by) and not _sides(a.claim_by) & _sides(deniers)


def deny_narrated(
    ctx: StoryContext, attributor: Attributor, noun_types: dict[str, frozenset[str]],
    words: list[tuple[int, Token]], verb_types: dict[str, frozenset[str]] | None = None,
) -> None:
    """'Russia shelled Kharkiv on Monday. Moscow denied it.': a story's own report denied by its actor.

    A deny verb ("deny", "refute", "dispute", ...) without a clause of its own whose
    object is "it/this/that" or a definite event noun with no event of its own ("the
    attack") contests the nearest earlier asserted event (same sentence or up to two
    before) whose actor shares a code with the denier and, for a noun, whose type the
    noun can name. Events already alleged are handled by the general-denial rule.

    A denied clause that yielded no event of its own ("The White House denied that the two
    leaders had spoken": no named parties) does the same for the types its verb can name,
    and contests an earlier alleged report too.
    """
    cands = ctx.candidates
    triggers = {c.trigger for c in cands}
    for si, verb in words:
        if _lemma(verb) not in attributor.deny_event_verbs or verb.pos_ != "VERB" or is_negated(verb, attributor.cues):
            continue
        statuses: tuple[str, ...] = ("asserted",)
        types: frozenset[str] | None
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        either = False
        if clause is not None:
            if verb_types is None or any(t.i in triggers for t in clause.subtree):
                continue
            if _decision_made(clause):
                # "denied that any decision had been taken": the reported plan, whatever its type
                deniers = attributor.speaker(ctx, verb)
                _contest_latest([c for c in cands if c.claim_status in ("asserted", "alleged")
                                 and c.aux_mode in ("future", "hypothetical")
                                 and (c.claim_status == "alleged" or not codes(c.claim_by) & codes(deniers))],
                                si, verb, deniers, planned=True)
                continue
            types = _clause_types(clause, verb_types, noun_types)
            # (no doer named: the party it was done to may deny it as well as the doer)
            either = _agentless(clause) or _occurrence(clause)
            if not types:
                # "New Delhi denied losing any aircraft", "Hezbollah denied storing weapons there": a denial in a verb
                # that names no act answers the latest hostile report on the denier, as doer or target (round 22)
                types, either = HOSTILE_REPORT_TYPES, True
            statuses = ("asserted", "alleged")
        else:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or obj.i in triggers:
                continue
            if obj.lower_ in _SINGULAR_PRONOUNS:
                types = None
            elif obj.pos_ == "NOUN" and _lemma(obj) in noun_types and any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "such", "its")
                    for c in obj.children):
                types = noun_types[_lemma(obj)]
            else:
                continue
        deniers = attributor.speaker(ctx, verb)
        denier_codes = codes(deniers)
        if not denier_codes:
            continue
        _contest_latest([c for c in cands if c.claim_status in statuses and (types is None or c.event in types)
                         and not codes(c.claim_by) & denier_codes], si, verb, deniers, either)


def negated_by_actor(
    ctx: StoryContext, attributor: Attributor, modality: Modality, verb_types: dict[str, frozenset[str]],
    words: list[tuple[int, Token]],
) -> None:
    """'Serbia said Kosovo police had detained four Serbs. Pristina said no Serbs had been detained.'

    Rule 2 of ``link_denials`` when the negated clause yielded no event of its own (no
    named agent): a speaker saying that something of a type its clause's verb names did
    not happen contests the nearest earlier report (up to two sentences before) by another
    party, or allegation, whose actor shares a code with the speaker.
    """
    cands = ctx.candidates
    triggers = {c.trigger for c in cands}
    for si, verb in words:
        if _lemma(verb) not in attributor.assert_verbs or verb.pos_ != "VERB" or is_negated(verb, attributor.cues):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or any(t.i in triggers for t in own_clause(clause)):
            continue
        types = verb_types.get(_lemma(clause))
        if not types or modality.detect(clause, None)[0] != "negation":
            continue
        if types & HOSTILE_REPORT_TYPES:
            # "... Kabul said no gunmen had crossed from Afghan soil": a hostile act denied in other words
            types = types | HOSTILE_REPORT_TYPES
        speakers = attributor.speaker(ctx, verb)
        speaker_codes = codes(speakers)
        if not speaker_codes:
            continue
        _contest_latest([c for c in cands if c.event in types and (
            c.claim_status in ("alleged", "contested") or _reported_by_other(c, speakers))], si, verb, speakers,
            _agentless(clause))


def _agentless(clause: Token) -> bool:
    """A passive clause without its 'by' agent: 'that any Americans had been released'. Its
    denier may be the party it was done to as well as the one said to have done it."""
    return any(c.dep_ == "auxpass" for c in clause.children) and not any(c.dep_ == "agent" for c in clause.children)


def _occurrence(clause: Token) -> bool:
    """'that any strikes had taken place / happened / occurred': a clause that names no doer."""
    lemma = _lemma(clause)
    return lemma in _OCCURRENCE_VERBS or (lemma == "take" and any(_lemma(c) == "place" for c in clause.children))


def _decision_made(clause: Token) -> bool:
    """'that any (such) decision had been made / taken', 'no decision had been reached'."""
    if _lemma(clause) not in ("make", "take", "reach"):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subj is not None and _lemma(subj) in _DECISION_NOUNS and any(
        c.dep_ == "auxpass" for c in clause.children)


def _clause_types(clause: Token, verb_types: dict[str, frozenset[str]],
                  noun_types: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The event types a denied clause can name: its verb's, or for 'the meeting had taken place /
    happened / occurred' its subject noun's."""
    lemma = _lemma(clause)
    if _occurrence(clause):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return noun_types.get(_lemma(subj)) if subj is not None else None
    if lemma in _DOING_VERBS:
        # "denied that Israel had carried out the strike": the verb only does what its noun names
        obj = next((c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and _lemma(obj) in noun_types:
            return noun_types[_lemma(obj)]
    return verb_types.get(lemma)


def _contest_latest(pool: list[Candidate], si: int, verb: Token, deniers: list, recipients: bool = False,
                    planned: bool = False) -> None:
    """The latest report of ``pool`` before ``verb`` (up to ``_NARRATION_REACH`` sentences back,
    not future or hypothetical unless ``planned``) becomes contested when its actor (or, with
    ``recipients``, its recipient) is one of the deniers."""
    earlier = [c for c in pool if si - _NARRATION_REACH <= c.sent_index <= si and c.trigger < verb.i
               and (planned or c.aux_mode in (None, "historical"))]
    if earlier:
        target = max(earlier, key=lambda c: (c.sent_index, c.trigger))
        parties = codes(target.actor) | (codes(target.recipient) if recipients else set())
        if parties & codes(deniers):
            _mark_contested(target, deniers, verb)


_BOTH_DETS = frozenset({"neither", "either", "both"})


def mark_unverified(
    ctx: StoryContext, attributor: Attributor, modality: Modality, words: list[tuple[int, Token]] | None = None
) -> None:
    """'... , but the claim could not be independently verified': reported events become alleged.

    Applies to events asserted by a speaker (not the story's own narration) in the
    sentence of the disclaimer and the sentence before it (two before when it sums up several
    reports: "neither claim").
    """
    verbs = attributor.unverified_verbs
    objects = attributor.unverified_objects
    govs = {c.extra.get("claim_gov") for c in ctx.candidates}
    if words is None:
        words = [(si, tok) for si, sent in enumerate(ctx.sents) for tok in sent]
    for si, tok in words:
        if _lemma(tok) not in verbs or tok.pos_ != "VERB" or tok.i in govs:
            continue
        if not any(c.dep_ in ("nsubjpass", "dobj") and _lemma(c) in objects for c in tok.children):
            continue
        if modality.detect(tok, None)[0] != "negation":
            continue
        # "neither claim", "either account": the disclaimer sums up two sides' reports, which may
        # reach a sentence further back ("the claims" is as often one speaker's)
        reach = 2 if any(any(d.lower_ in _BOTH_DETS for d in c.children)
                         for c in tok.children if c.dep_ in ("nsubjpass", "dobj")) else 1
        for cand in ctx.candidates:
            if si - reach <= cand.sent_index <= si and cand.claim_status == "asserted" and cand.claim_by:
                cand.claim_status = "alleged"
                cand.claim_cues = [*cand.claim_cues, f"alleged:not {tok.text}"]


# A counter-statement's clause says that what the report ended goes on, or that it did not happen.
_GOES_ON = frozenset({"remain", "stay", "continue"})
# Nouns that point back at the report's parties ("the pair"; pronouns: PARTY_PRONOUNS).
_BACK_NOUNS = frozenset({"pair", "two", "men", "women", "detainee", "prisoner", "hostage", "town", "city", "village",
                         "ship", "vessel", "tanker"})


def countered_reports(ctx: StoryContext, attributor: Attributor) -> None:
    """'Iranian state media reported that Tehran had released the two, but the French foreign ministry
    said they remained in detention': another party's statement, joined to the report by 'but', that
    the report's parties are as they were, or that it did not happen, contests the report."""
    doc = ctx.doc
    speech = attributor.assert_verbs | attributor.allege_verbs
    for a in ctx.candidates:
        gov = a.extra.get("claim_gov")
        if gov is None or a.claim_status not in ("asserted", "alleged") or not a.claim_by:
            continue
        g = doc[gov]
        for c in g.children:
            if c.dep_ != "conj" or _lemma(c) not in speech or not any(
                    x.dep_ == "cc" and x.lower_ in ("but", "yet") and g.i < x.i < c.i for x in g.children):
                continue
            clause = next((k for k in c.children if k.dep_ == "ccomp"), None)
            speakers = attributor.speaker(ctx, c) if clause is not None else []
            if not speakers or _sides(speakers) & _sides(a.claim_by):
                continue
            if any(k.dep_ == "aux" and k.tag_ == "MD" for k in clause.children):
                continue  # "but Beijing said it would continue its drills": a plan, no counter-statement
            goes_on = _lemma(clause) in _GOES_ON and not any(k.dep_ == "dobj" for k in clause.children)
            if (is_negated(clause, attributor.cues) or goes_on or any(
                    k.dep_ == "advmod" and k.lower_ == "still" for k in clause.children)) and _points_back(
                    ctx, attributor, clause, a):
                _mark_contested(a, speakers, c)


def _points_back(ctx: StoryContext, attributor: Attributor, clause: Token, a: Candidate) -> bool:
    """The counter-statement's subject is one of the report's parties, or points back at them."""
    subj = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in PARTY_PRONOUNS or (_lemma(subj) in _BACK_NOUNS and any(
            k.dep_ == "det" and k.lower_ in ("the", "both") for k in subj.children)):
        return True
    return bool(codes(attributor.np_mentions(ctx, [subj])) & (codes(a.actor) | codes(a.recipient)))
