"""Two acts on one pair of codes told by two clauses with their own, different doers (clauses, round 18).

The per-sentence dedupe keeps one event per (type, actor codes, recipient codes): "shelled and bombed" is one
ASSAULT. But a second clause with a subject of its own, on the other side of a one-country conflict, names that
side's own act even though both sides code to one country: "Ethiopian federal forces shelled positions held by Fano
militiamen, and the militia hit back by ambushing an army convoy" (ETH -> ETH twice), "Israeli settlers set fire to
homes, and soldiers who arrived later fired tear gas" (ISR -> PSE twice). The two candidates are marked apart
(``COORDINATED_KEY``, the mark the dedupe already honours for two coordinated measures).

Sides are read off the doers' sectors: a state organ (government, army, police, court), an armed group (rebels,
militia, paramilitaries, jihadists), or neither (civilians, settlers, crowds). Two doers on one side are one
party told twice ("Arakan Army fighters shelled ... as the rebel group pressed an offensive"; "a court ordered the
arrest ..., and police detained ..."), and a pronoun subject ("and it also struck ...") names the same doer: those
stay one act. Runs only on the sentence's verb candidates (never a pass over its tokens)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, direct_subjects
from .base import NON_STATE_SECTORS, STATE_SECTORS
from .event_dedupe import COORDINATED_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate, Mention

_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "which", "who", "that", "its", "their"})
# a number of people as the subject: the people act
_COUNT_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group",
                          "band", "crowd", "mob", "number", "some", "several", "many"})
# codes of armed groups coded apart from any country (not IGOs, NGOs or companies: "a UN convoy")
ARMED_CODES = frozenset({"IMG"})


def _side(m: Mention) -> str | None:
    """Which side of a one-country conflict a doer is on: the state, an armed group, or neither (civilians,
    settlers, crowds); None when the actors stage gave no sector."""
    if m.sector in NON_STATE_SECTORS:
        return "armed"
    if m.sector in STATE_SECTORS or m.kind == "country":
        return "state"
    return "other" if m.sector else None


def _clause_doer(tok: Token) -> Token | None:
    """The explicit subject word of the clause a verb trigger tells (its own subject, or for a means gerund
    "hit back by ambushing" the subject of the verb it hangs on)."""
    if tok.dep_ in ("acl", "amod"):
        return None  # a participle describing a noun ("cell blocks seized by gang members"): no clause told
    verb = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "by" else tok
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and verb.head.pos_ == "VERB":
        return _clause_doer(verb.head)  # "the paramilitaries denied the charge, accusing the army ...": theirs
    if (rel := _relative_doer(verb)) is not None:
        return rel
    subj = direct_subjects(verb)[0]
    if len(subj) != 1 or subj[0].dep_ not in ("nsubj", "nsubjpass", "pobj") or subj[0].lower_ in _SUBJECT_PRONOUNS:
        return None
    if subj[0].lemma_.lower() in _COUNT_HEADS:  # "dozens of settlers torched cars": the settlers
        return next((g for p in subj[0].children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), subj[0])
    return subj[0]


def _relative_doer(verb: Token) -> Token | None:
    """The antecedent of a relative clause whose relative pronoun is its subject ("killed nine militants who had
    ambushed a police convoy", "a commander who had bombed a police station"): the noun the clause hangs on does
    its act, so the clause has a doer of its own, apart from the main clause's. The antecedent word stands for the
    subject, as a count's 'of' noun does ("dozens of fighters who had stormed ...")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # ("bandits who had raided three villages and abducted 50 women")
    ante = verb.head
    if verb.dep_ != "relcl" or ante.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return None
    if ante.lemma_.lower() in _COUNT_HEADS:
        return next((g for p in ante.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), ante)
    return ante


def _relative(verb: Token) -> bool:
    """Whether a verb's doer is a relative clause's antecedent: such a doer is another party only when the other
    act of the pair was done to it ("Serbians marched ..., as police fired tear gas at students who threw
    bottles": the students' riot is no second march)."""
    return _relative_doer(verb) is not None


def _acted_on(c: Candidate, doer: Mention) -> bool:
    """Whether a doer is one the candidate's act was done to ("soldiers shot dead a rebel commander who had
    bombed a police station": whatever sector each was given, the commander is not the soldiers)."""
    return any(m.start == doer.start and m.end == doer.end for m in c.recipient)


def _doer_of(c: Candidate, subj: Token) -> Mention | None:
    """The candidate's actor mention when it is that subject's own (not one the clause inherited)."""
    return next((m for m in c.actor if m.start <= subj.i < m.end), None)


def own_subject_acts(cands: list[Candidate], doc: Doc) -> None:
    """Mark apart two verb candidates of one (type, actor codes, recipient codes; or one without a coded
    recipient, which the dedupe reads as the other restated) whose clauses have their own,
    different subjects (module docstring)."""
    seen: dict[tuple, list[tuple[Candidate, Token]]] = {}
    for c in cands:
        t = doc[c.trigger]
        if t.pos_ != "VERB" or not c.actor:
            continue
        subj = _clause_doer(t)
        doer = _doer_of(c, subj) if subj is not None else None
        if doer is None or _side(doer) is None:
            continue
        key = (c.event, codes(c.actor))
        for other, other_subj, other_doer in seen.get(key, ()):
            mine, theirs = _relative(t), _relative(doc[other.trigger])
            # (a relative clause's antecedent is another party only when the other act was done to it)
            acted_on = mine and _acted_on(other, doer) or theirs and _acted_on(c, other_doer)
            if other_subj.i == subj.i or (_side(other_doer) == _side(doer) or mine or theirs) and not acted_on:
                continue  # one doer told twice ("Arakan Army fighters shelled ... as the rebel group pressed ...")
            two_dyads = codes(other.recipient) != codes(c.recipient) and other.recipient and c.recipient
            _answering_group(c, doer, other, doc)
            if two_dyads:
                continue  # (the dedupe keeps both anyway)
            # (one mark per side: two acts of one side stay one, "gunmen stormed a village and killed 40")
            if acted_on:  # (the patient of one act does the other: two parties, whatever their sides)
                other.extra.setdefault(COORDINATED_KEY, f"doer:{other_doer.start}")
                c.extra.setdefault(COORDINATED_KEY, f"doer:{doer.start}")
            other.extra.setdefault(COORDINATED_KEY, f"side:{_side(other_doer)}")
            c.extra.setdefault(COORDINATED_KEY, f"side:{_side(doer)}")
        seen.setdefault(key, []).append((c, subj, doer))


def _answering_group(c: Candidate, doer: Mention, other: Candidate, doc: Doc) -> None:
    """"Malian troops killed a commander of the Islamic State, and the jihadist group retaliated by attacking a
    convoy": a definite description of an armed group ("the group", "the militants") answering the other side's
    act is the party that act targeted, when that party has a code of its own (IMG, not the scene's country); what
    it answers is then the first act's doer."""
    if _side(doer) != "armed" or doer.kind != "agent" or not any(  # (a role noun, not a name)
            t.dep_ == "det" and t.lower_ == "the" for t in doc[doer.root].children):
        return
    own = set(codes(other.actor))
    target = next((m for m in other.recipient if m.code and m.code not in own and m.code in ARMED_CODES), None)
    if target is None or doer.code not in own:
        return
    c.actor = [replace(doer, code=target.code)]
    if set(codes(c.recipient)) <= {target.code} | own:  # (its own country read as its target: the scene's)
        c.recipient = [m for m in other.actor if m.code]
