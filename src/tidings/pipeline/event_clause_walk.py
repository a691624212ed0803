"""Doers of side-clause acts the subject rules left without one (events stage, round 17, clauses).

Runs only on the hits that made no candidate (no coded doer), after ``side_doers`` and ``passive_doers``; each
rule reads the clause's slot in the parse, never a phrasing:

* a reaction told in an object relative on a noun that sums the act before it: ", a charge Abu Dhabi dismissed as
  baseless", ", a claim New Delhi rejected", ", a move Tokyo condemned", ", an accusation Kigali denies". The
  parser reads the party as the summing noun's apposition (or the noun as the party's modifier) and the verb as
  the party's passive participle, or as an adverbial or conjunct of the clause before; a past or participle verb
  right after the coded party, with no subject, no passive auxiliary and no "by" agent of its own, has the party
  as its subject. Who the reaction answers is
  left to ``summed_reaction_targets`` (the last act told before the noun);
* a meeting named in a time phrase on a statement ("Following talks in Ankara, Syria's foreign minister said ...",
  "After talks in Cairo, Sudan's army chief said ...", "Speaking after talks in Riyadh, the Iraqi prime minister
  said ..."): the one who speaks after the talks held them; the other side is the talks' "with" party or host;
  so does the doer of any act told inside a meeting that names the party met as its object or "with" party
  ("pressed Wang Yi to lift the curbs during talks in Beijing", "raised the issue with Wang Yi after talks in New
  Delhi", "told Rubio during a meeting in Panama City"); not a force's act ("bombed Gaza during talks in Cairo"), a
  meeting verb (it names the meeting itself) or a denied one ("did not meet Araqchi during the summit");
* the act an order puts on the orderer's own state organ named without its country: "the Dutch court ordered the
  government to halt exports of F-35 parts to Israel", "Pakistan's supreme court ordered the government to release
  the detained refugees": the organ (the order's object, the complement's doer) is the ordering party's state.

And one recipient rule of the same slots (``paired_counterparts``): two parallel gerund clauses with different doers
("..., with Beijing lifting its ban on barley and Canberra dropping its complaint", "with Indian troops vacating two
posts and Pakistan freeing a captured pilot") tell the two sides' moves toward each other: an act of the pair that
names no target of its own is aimed at the other clause's doer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import SUMMED_PROPOSALS, direct_subjects, prep_objects
from .base import ORDER_VERBS, SPEECH_LEMMAS
from .event_fold import add_with_doer
from .event_side_clauses import HOME_STATE_WORDS
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

# nouns that sum up the act told before them; the reaction to it follows in a relative clause
SUMMING_WORDS = SUMMED_PROPOSALS | word_list("act_nouns.json", "reaction_summaries")
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "auxpass", "csubj"})


def _summing_noun(name: Token, m: Mention) -> bool:
    """A summing noun stands right before the party's name, as its head or its modifier."""
    doc = name.doc
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in SUMMING_WORDS:
        return True
    if name.dep_ == "appos" and name.head.lemma_.lower() in SUMMING_WORDS and name.head.i < m.start:
        return True
    return any(c.dep_ in ("compound", "nmod", "amod") and c.i < m.start and c.lemma_.lower() in SUMMING_WORDS
               for c in name.children)


def judged_summary_doer(verb: Token, by_tok) -> Mention | None:
    """The coded party that reacts, in an object relative on a summing noun the parser misread, or None."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("acl", "relcl", "advcl", "conj") or verb.i == 0 or \
            any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        return None
    # the name right before the verb, whatever the parser hung it on (the verb's head, the summing noun's
    # apposition, or a word of the clause before: ", a charge Abu Dhabi rejected" as an adverbial of "accused")
    name = verb.doc[verb.i - 1]
    m = by_tok.get(name.i)
    if m is None or not m.code or m.end != verb.i or name.pos_ not in ("PROPN", "NOUN"):
        return None
    return m if _summing_noun(name, m) else None


def walk_doers(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok, according) -> list[Candidate]:
    """Candidates for failed hits whose doer a side clause's slot names (the module docstring). ``stage`` is the
    events stage; ``out`` its candidates so far."""
    made: list[Candidate] = []
    done = {c.trigger for c in out}
    for h in failed:
        if h.tok.i in done or any(m.code for m in h.actor):
            continue
        if h.tok.pos_ == "VERB":
            doer = judged_summary_doer(h.tok, by_tok)
            actor = [doer] if doer is not None else ordered_organ(h, by_tok)
        else:
            actor = meeting_speakers(h, by_tok, getattr(stage, "_verb_triggers", None))
            if actor and not any(m.code and m.code not in _coded(actor) for m in h.recipient):
                h.recipient = [m for m in h.recipient if m.code] + (meeting_host(h.tok, by_tok, _coded(actor)) or (
                    met_party(h.tok.head.head, by_tok, _coded(actor))))
        if not actor:
            continue
        add_with_doer(stage, si, h, actor, by_tok, according, made)
    return made


def paired_counterparts(cands: list[Candidate], doc) -> None:
    """Give an act of two parallel gerund clauses with no coded target the other clause's doer (module docstring)."""
    by_trigger = {c.trigger: c for c in cands}
    for c in cands:
        t = doc[c.trigger]
        if t.tag_ != "VBG" or t.dep_ != "conj" or doc[t.head.i].tag_ != "VBG":
            continue
        first = by_trigger.get(t.head.i)
        if first is None:
            continue
        mine, theirs = _coded(c.actor), _coded(first.actor)
        if not mine or not theirs or mine & theirs:
            continue
        for a, b in ((c, first), (first, c)):
            if not _coded(a.recipient):
                a.recipient = [m for m in b.actor if m.code]


def _coded(ms: list[Mention]) -> set[str]:
    return {m.code for m in ms if m.code}


def ordered_organ(h: Hit, by_tok) -> list[Mention]:
    """The ordered state organ with the orderer's country, for the order's complement (module docstring), or []."""
    t = h.tok
    order = t.head
    if t.dep_ != "xcomp" or order.lemma_.lower() not in ORDER_VERBS or any(m.code for m in h.actor) or not h.actor:
        return []
    organs = [c for c in order.children if c.dep_ == "dobj"]
    if len(organs) != 1 or organs[0].lemma_.lower() not in HOME_STATE_WORDS or not all(
            m.start <= organs[0].i < m.end for m in h.actor):
        return []
    orderers = [m for x in direct_subjects(order)[0] if (m := by_tok.get(x.i)) is not None and m.code]
    if len(orderers) != 1:
        return []
    return [replace(m, code=orderers[0].code, sector=m.sector or "GOV") for m in h.actor]


# prepositions that set a statement after, before or during a meeting
SETTING_PREPS = frozenset({"after", "following", "before", "during"})
# and those that set any act of a party inside the meeting ("pressed Wang Yi during talks in Beijing", "assured
# Marcos at a summit in Manila", "received Erdogan for talks"): the act's doer sat in the meeting
INSIDE_PREPS = frozenset({"during", "at", "for", "in"})
# (and a meeting verb names the meeting itself: "did not meet Araqchi during the summit" is no second one)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "CONSULT"})
# the verb's own slots that name the party met ("pressed Wang Yi", "raised the issue with Wang Yi")
_MET_DEPS = frozenset({"dobj", "dative", "iobj"})


def meeting_speakers(h: Hit, by_tok, acts: dict | None = None) -> list[Mention]:
    """The coded speaker of the statement a meeting noun in a time phrase sets (module docstring), or []; or the
    coded doer of any act told inside the meeting when the act names a second coded party (``met_party``) and is no
    force ``acts`` (the stage's verb hits by token) reads ("bombed Gaza during talks in Cairo" met no one)."""
    t = h.tok
    if h.etype != "CONSULT" or h.noun is None or t.dep_ != "pobj" or t.head.lower_ not in SETTING_PREPS | INSIDE_PREPS:
        return []
    verb = t.head.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not direct_subjects(verb)[0]:
        verb = verb.head  # ("Speaking after talks in Riyadh, the prime minister said ...")
    if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) \
            and not direct_subjects(verb)[0]:
        verb = verb.head  # ("pressed Wang Yi to lift the curbs during talks": the presser's act)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    speech = verb.lemma_.lower() in SPEECH_LEMMAS and t.head.lower_ in SETTING_PREPS
    act = (acts or {}).get(verb.i)
    if not speech and (any(c.dep_ == "auxpass" for c in verb.children) or not met_party(verb, by_tok, set()) or (
            act is not None and act.etype in FORCE_TYPES) or any(c.dep_ == "neg" for c in verb.children)):
        return []
    found: list[Mention] = []
    for x in direct_subjects(verb)[0]:
        # (the name's head may fall outside the party's span: "Syrian Foreign Minister Asaad al-Shibani")
        m = next((by_tok[i] for i in range(x.i, x.left_edge.i - 1, -1) if i in by_tok and by_tok[i].code), None)
        if m is not None:
            found.append(m)
    if found and not speech and not met_party(verb, by_tok, _coded(found[:1])):
        return []
    return found[:1]


def met_party(verb: Token, by_tok, own: set[str]) -> list[Mention]:
    """The coded party an act told inside a meeting is done to: the verb's object or its "with" party (not the
    doer's own people), or []."""
    slots = [c for c in verb.children if c.dep_ in _MET_DEPS]
    # ("raised the issue of border patrols with Wang Yi": the parser may hang the "with" on the object)
    slots += prep_objects(verb, ("with",)) + [g for o in slots for w in o.subtree if w.lower_ == "with" and w.dep_ == "prep"
                                             for g in w.children if g.dep_ == "pobj"]
    for x in slots:
        m = next((by_tok[i] for i in range(x.i, x.left_edge.i - 1, -1) if i in by_tok and by_tok[i].code), None)
        if m is not None and m.code not in own and m.kind != "agent":  # (not "told reporters")
            return [m]
    return []


def meeting_host(noun: Token, by_tok, own: set[str]) -> list[Mention]:
    """The country of the place the talks were held in ("talks in Cairo"), when it is not the speaker's own."""
    places = [m for x in prep_objects(noun, ("in",)) if (m := by_tok.get(x.i)) is not None and m.code]
    return [m for m in places[:1] if m.code not in own]
