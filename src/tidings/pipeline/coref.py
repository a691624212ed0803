"""Story-level references between events: reactions whose target was named earlier.

Wire stories name an act once and then react to it by a definite description: "U.S. and
British warplanes struck targets in Yemen. Iran condemned the strikes", "The EU imposed
new sanctions on Russia. The Kremlin called the sanctions illegal", "The ICC issued
warrants ... Hamas welcomed the warrants". The reaction's recipient is whoever did the
act; the sentence itself names no one. Likewise a vow to retaliate is aimed at whoever
last acted against the speaker ("The EU sanctioned Iranian officials. Tehran vowed to
respond").

``implicit_recipients(earlier, found, si, sent)`` is called by the events stage once per
sentence (like ``carry_recipients``), after the sentence's candidates ``found`` are built and
before they join ``earlier`` (``ctx.candidates``). It
only fills a recipient that is missing (no coded recipient), and only from an antecedent
event of a type the description can name, by another party, at most three sentences
back. It never overrides what the sentence says.

Two exceptions change the sentence's candidates (round 9): an act the story already told, retold by
a definite noun ("its forces had carried out the strikes") or claimed ("JNIM claimed
responsibility"), is removed from ``found``; a claim of responsibility also names the earlier
attack's unnamed attackers ("gunmen", "a suicide bomber").

Mention-level story references (dateline country, group phrases, descriptions of a country, ...)
are in ``coref_mentions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import TEMPORAL_PREPS
from .coref_authors import act_authors, generic_nouns, reference_types
from .coref_captives import captor as _captor
from .coref_captives import freed_to as _freed_to
from .coref_replies import PARALLEL as _PARALLEL
from .coref_replies import REPEATED as _REPEATED
from .coref_replies import answered_demand as _answered_demand
from .coref_replies import culprits as _culprits
from .coref_replies import distinct as _distinct
from .coref_replies import hit_back as _hit_back
from .coref_replies import latest_hostile as _latest_hostile
from .coref_replies import parallel_reaction as _parallel_reaction
from .coref_replies import redress_demand as _redress_demand
from .coref_replies import same_act_earlier as _same_act_earlier
from .coref_retold import restated
from .coref_same_acts import same_words, trigger_words
from .coref_visits import asked_supplies, visit_host, visit_role_object

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .base import Candidate, Mention

_HOSTILE = ("ASSAULT", "SANCTION", "COERCE", "THREATEN", "ACCUSE", "MOBILIZE", "REJECT")
# A definite noun naming an earlier act -> the event types it can refer back to.
_REFERENCE_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("strike", "airstrike", "attack", "bombing", "shelling", "assault", "offensive",
                     "invasion", "incursion", "killing", "bombardment", "barrage", "aggression", "force",
                     "violence", "fighting", "clash"),
                    ("ASSAULT",)),
    **dict.fromkeys(("raid", "operation"), ("ASSAULT", "COERCE")),
    # "blew up two buildings ... condemned the demolitions", "executed seven men ... condemned the executions"
    **dict.fromkeys(("demolition", "destruction", "explosion", "blast", "detonation", "shooting", "gunfire",
                     "execution", "ambush", "massacre", "annexation", "occupation", "takeover"), ("ASSAULT", "COERCE")),
    **dict.fromkeys(("blockade", "siege", "interception", "harassment"), ("COERCE", "SANCTION", "ASSAULT")),
    **dict.fromkeys(("sanction", "penalty", "embargo", "tariff", "expulsion", "blacklisting",
                     "restriction", "package"), ("SANCTION",)),
    "ban": ("SANCTION", "COERCE"),  # a ban on a country's trade, or on a party or a newspaper
    "measure": ("SANCTION",),
    **dict.fromkeys(("drill", "exercise", "manoeuvre", "maneuver", "deployment", "buildup", "build-up"),
                    ("MOBILIZE",)),
    # "North Korea fired two missiles ... Lee condemned the launches": a weapons test or a salvo
    **dict.fromkeys(("launch", "test", "firing", "test-firing", "salvo"), ("MOBILIZE", "ASSAULT")),
    **dict.fromkeys(("arrest", "detention", "crackdown", "seizure", "deportation", "closure"), ("COERCE",)),
    "warrant": ("THREATEN", "ACCUSE", "COERCE"),
    "indictment": ("ACCUSE",),
    "charge": ("ACCUSE",),
    "accusation": ("ACCUSE",),
    # "dismissed the Eritrean criticism": the denunciation the story told
    **dict.fromkeys(("criticism", "condemnation", "allegation", "denunciation"), ("ACCUSE",)),
    # "The UAE summoned Iran's ambassador to protest ... Iran rejected the protest": the protester
    **dict.fromkeys(("protest", "complaint", "objection"), ("ACCUSE", "PROTEST")),
    "threat": ("THREATEN",),
    "ultimatum": ("THREATEN",),
    "veto": ("REJECT",),
    "rejection": ("REJECT",),
    "refusal": ("REJECT",),
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "memorandum"),
                    ("AGREE", "SUPPORT", "CONCEDE", "COOPERATE")),
    # "Japan condemned the incident": the story's latest hostile act
    **dict.fromkeys(("incident", "provocation", "escalation"), ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")),
    **dict.fromkeys(_GENERIC := ("decision", "move", "step", "ruling", "verdict", "action", "announcement"),
                    ("SANCTION", "COERCE", "THREATEN", "ACCUSE", "REJECT", "ASSAULT", "CONCEDE", "AGREE",
                     "SUPPORT", "MOBILIZE", "RETREAT", "REQUEST")),
    # what a court or a council issues: "The ICJ ordered Venezuela to ... Caracas rejected the order"
    **dict.fromkeys(_ISSUED := ("order", "judgment", "judgement", "resolution", "vote", "statement", "communique",
                                "declaration", "draft"),
                    ("REQUEST", "SANCTION", "COERCE", "ACCUSE", "THREATEN", "SUPPORT", "AID", "AGREE", "REJECT",
                     "MOBILIZE")),
    # "welcomed the talks", "welcomed the end of the negotiations": whoever negotiated
    **dict.fromkeys(("talk", "talks", "negotiation", "negotiations"), ("CONSULT", "AGREE")),
    # "welcomed the progress": the latest deal or talks
    "progress": ("AGREE", "CONSULT", "CONCEDE", "SUPPORT"),
    # "Egypt offered to host talks ... The army rejected the offer": whoever offered or proposed
    **dict.fromkeys(_OFFERS := ("offer", "proposal", "proposition", "idea", "invitation", "initiative", "plan"),
                    ("AGREE", "REQUEST", "CONCEDE")),
    **dict.fromkeys(("demand", "request", "appeal"), ("REQUEST",)),
    # laws, words, conditions, deployments and manoeuvres, with the verbs that tell them (coref_authors)
    **reference_types(),
}
# "the vote" is a body's vote told earlier ("the council voted ... Moscow condemned the vote") or an
# election, never another kind of act
_ONLY_SAME_WORD = frozenset({"vote"})
# Agreements and talks name every party of the deal; other acts name their doer.
_ALL_PARTIES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "CONSULT"})
# "welcomed the end of the talks", "the outcome of the vote": the act is the of-phrase's noun
_PHASES = frozenset({"end", "completion", "conclusion", "outcome", "result", "resumption", "collapse", "breakdown",
                     "start", "launch", "adoption", "passage", "use"})
# Reactions that take a reference as their recipient.
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
# "what it called ...", "what Tehran described as ...": a free relative naming the act reacted to
_NAMING = frozenset({"call", "describe", "term", "label", "brand"})
# Determiners that make a noun refer back ("the strikes", "these measures").
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
# Prepositions on a reaction verb whose object is what it reacts to ("protested against the decision").
_ABOUT = frozenset({"about", "over", "against", "of", "to", "at"})
# Verbs (and their nouns) of retaliation: the target is whoever last acted against the speaker.
_RETALIATE = frozenset({"respond", "retaliate", "reply", "react", "avenge", "response", "retaliation",
                        "reprisal", "countermeasure", "counter-measure"})
# How far back an antecedent may be: the same word ("imposed sanctions" ... "the sanctions")
# carries further than another word of the type ("struck" ... "the attack"); a generic word
# ("the decision", "the move") names only the latest act.
_LOOKBACK_SAME_WORD = 6
_LOOKBACK = 3
_LOOKBACK_GENERIC = 2


def implicit_recipients(earlier: list[Candidate], found: list[Candidate], si: int, sent: Span,
                        mentions: list[Mention] | None = None) -> None:
    """Fill the missing recipient of a reaction to an earlier act named by a definite
    description, or of a vow to retaliate (see the module docstring); ``mentions`` (the story's) name the
    author of an act the story told without an event (``coref_authors``)."""
    doc = sent.doc
    for c in [c for c in found if _retold(doc, earlier, c, si) is not None or _claimed(doc, earlier, c, si)
              or restated(doc, earlier, c, si)]:
        found.remove(c)  # the story's act told again, not a second one (see _retold, _claimed)
    for c in found:
        if not any(m.code for m in c.actor):
            continue
        own = {m.code for m in c.actor if m.code}
        trig = doc[c.trigger]
        if c.event == "REQUEST" and (captor := _captor(doc, earlier, found, c, si, trig, own)):
            c.recipient = captor
            c.confidence = round(max(0.05, c.confidence - 0.1), 3)
            continue
        if freed := _freed_to(doc, earlier, c, si, own):  # "Hamas will hand over 10 living hostages" after a deal
            c.recipient = freed
            c.confidence = round(max(0.05, c.confidence - 0.1), 3)
            continue
        placeholder = _home_placeholder(c, trig, own)
        if any(m.code for m in c.recipient) and not placeholder:
            continue
        if role := visit_role_object(doc, earlier, found, c, si, own):
            c.recipient = role  # "Ishiba received Marcos ... Marcos thanked his host"
            continue
        ante: Candidate | None = None
        offered = False
        if c.event in _REACTIONS or c.event == "AGREE":
            # an acceptance refers back only to an offer ("Haiti accepted the offer"), not a deal it made
            for noun in _reference_objects(trig):
                if c.event == "AGREE" and noun.lemma_.lower() not in _OFFERS:
                    continue
                ante = _antecedent(doc, earlier, found, c, si, noun, own)
                if ante is not None:
                    offered = noun.lemma_.lower() in _OFFERS
                    break
        if placeholder and ante is None:
            continue  # the home country a rule gave the denounced act stands unless the story told the act
        if ante is None and c.event in _REACTIONS and mentions and (authors := next(
                (a for n in _reference_objects(trig) if (a := act_authors(sent, n, mentions, c.actor))), None)):
            c.recipient = authors  # "Georgia's parliament passed a bill ... The EU deplored the vote"
            c.confidence = round(max(0.05, c.confidence - 0.1), 3)
            c.extra["coref.recipient_from"] = authors[0].sent_index
            continue
        if ante is None and c.event in ("THREATEN", "REQUEST") and (again := _further_acts(trig)) is not None:
            ante = _antecedent(doc, earlier, found, c, si, again, own)  # "warned that any further attacks ..."
        answered = False
        if ante is None and c.event in ("THREATEN", "SANCTION", "ASSAULT", "ACCUSE", "COERCE"):
            ante = _retaliation_target(doc, earlier, found, c, si, trig, own)
            answered = ante is not None  # (whoever did the act answered is the target, even of the same type)
        if ante is None and c.event in _REPEATED:
            ante = _same_act_earlier(earlier, c, si)
        if ante is None and (c.event == "ACCUSE" and (_bare_disapproval(doc, c, sent) or _it_object(trig))
                             or _redress_demand(c.event, trig)):  # ("... and demanded compensation")
            ante = _latest_hostile(earlier, found, c, si, own)  # ("The EU imposed sanctions ... Tehran condemned it")
        if ante is None and (makers := _answered_demand(earlier, found, c, si, trig, own)):
            c.recipient = makers  # "Beijing demanded that she retract the comments. Takaichi refused"
            c.confidence = round(max(0.05, c.confidence - 0.1), 3)
            c.extra["coref.recipient_from"] = makers[0].sent_index
            continue
        if ante is None and c.event in _REACTIONS | {"REQUEST"}:
            parallel = _parallel_reaction(earlier, found, c, si, sent, own)
            if parallel:
                c.recipient = parallel
                c.confidence = round(max(0.05, c.confidence - 0.1), 3)
                c.extra["coref.recipient_from"] = parallel[0].sent_index
            continue
        if ante is None and (host := visit_host(earlier, found, c, si, own) or asked_supplies(
                doc, earlier, found, c, si, own)):
            c.recipient = host  # "Pistorius, who arrived in Kyiv ..., said Berlin would deliver ..."
            c.confidence = round(max(0.05, c.confidence - 0.1), 3)
            continue
        if ante is None:
            continue
        if ante.event == c.event and c.event in _REPEATED and not answered:
            parties = list(ante.recipient)  # the same act told again: same target
        elif offered:
            parties = list(ante.actor)  # "offered to host talks between A and B ... A rejected the offer"
        else:
            parties = list(ante.actor) + (list(ante.recipient) if ante.event in _ALL_PARTIES else [])
        recipient = _distinct([m for m in parties if m.code and m.code not in own])
        if not recipient and _domestic(c, ante):
            recipient = _distinct([m for m in ante.actor if m.code])
        if not recipient:
            continue
        c.recipient = recipient
        c.confidence = round(max(0.05, c.confidence - 0.1), 3)
        c.extra["coref.recipient_from"] = ante.sent_index


def _home_placeholder(c: Candidate, trig: Token, own: set[str | None]) -> bool:
    """"Soldiers detained 11 politicians ... France condemned the arrests": a rule that finds no foreign
    party in a denounced act gives it the denouncer's own country, on the act noun itself. When that
    noun is a definite reference ("the arrests"), the act the story told decides (another party's
    arrests), so the placeholder counts as no recipient; a told act of the denouncer's own state still
    gives the home country (``_domestic``)."""
    if c.event not in _REACTIONS or not c.recipient:
        return False
    refs = {t.i for t in _reference_objects(trig)}
    return bool(refs) and all(m.code in own and m.root in refs for m in c.recipient)


# Acts a story retells by a definite noun once it has told them ("Russia launched 100 drones at
# Ukraine ... Russia's defence ministry said its forces had carried out the strikes against military
# targets"; "the group said it had carried out the attack in support of Gaza"): the same party's act of
# the same type named again is the act already coded, not a second one (which would mostly lose or
# misread its target). Only a definite reference noun ("the strikes", "the assault", "Tuesday's raid")
# counts: "carried out new strikes", "struck Odesa on Tuesday" are new acts.
_RETOLD_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "ACCUSE"})
_LOOKBACK_RETOLD = 8
_RENEWED = frozenset({"renew", "resume", "intensify", "escalate", "expand", "widen", "repeat", "continue", "step"})


def _retold(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> Candidate | None:
    """The earlier event ``c`` retells (same type, same actor codes, eight sentences back at most)
    when ``c`` is named by a definite reference noun (its trigger or its trigger verb's object)."""
    if c.event not in _RETOLD_TYPES or not earlier:
        return None
    own = {m.code for m in c.actor if m.code}
    if not own:
        return None
    trig = doc[c.trigger]
    if trig.lemma_.lower() in _RENEWED or trig.head.lemma_.lower() in _RENEWED:
        return None  # "the group renewed the assault": a new round of it
    if trig.dep_ == "pobj" and trig.head.lower_ in TEMPORAL_PREPS and _is_reference(trig) \
            and c.event in _REFERENCE_NOUNS.get(trig.lemma_.lower(), ()) and trig.lemma_.lower() not in _GENERIC:
        # "had abandoned a post near the town during the attack": the story's attack, whoever's men the
        # sentence is about
        return next((p for p in reversed(earlier) if p.event == c.event and si - _LOOKBACK_RETOLD <= p.sent_index < si),
                    None)
    # the object of the verb that tells it ("carried out / launched / confirmed the strikes"); a noun in
    # a preposition ("in retaliation for the killing of 26 tourists in April") or with its own victims
    # or date names an act on its own terms
    # (or its passive subject: "the arrests were carried out in Tachira state", round 22)
    nouns = [trig] + [ch for ch in trig.children if ch.dep_ in ("dobj", "obj", "nsubjpass")]
    ref = next((n for n in nouns if n.dep_ in ("dobj", "obj", "nsubjpass") and _is_reference(n)
                and c.event in _REFERENCE_NOUNS[n.lemma_.lower()] and n.lemma_.lower() not in _GENERIC
                and n.lemma_.lower() not in _ISSUED and n.lemma_.lower() not in generic_nouns() and not any(
                    ch.ent_type_ == "DATE" or ch.dep_ == "prep" and ch.lower_ == "of" for ch in n.children)), None)
    if ref is None:
        return None
    for p in reversed(earlier):
        if p.sent_index < si - _LOOKBACK_RETOLD:
            break
        if p.sent_index < si and p.event == c.event and {m.code for m in p.actor if m.code} == own \
                and not _background(doc, p.trigger, ref):
            # an arrest, a closure, an embargo is told by its own word ("closed the crossings ... the
            # deportation of Afghans" are two acts); any attack or deployment by that word or another
            if c.event in ("COERCE", "SANCTION") and doc[p.trigger].lemma_.lower() not in same_words(
                    ref.lemma_.lower()) and not trigger_words(doc, p, ref.lemma_.lower()):
                continue
            return p
    return None


# Unnamed attackers ("gunmen", "a suicide bomber", "unidentified assailants"): the events stage gives them
# the scene's country; a group's later claim of responsibility names them.
_UNNAMED_ATTACKERS = frozenset({"gunman", "gunmen", "assailant", "attacker", "militant", "bomber", "man", "men",
                                "fighter", "insurgent", "jihadist", "jihadi", "terrorist"})


def _claimed(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> bool:
    """"Gunmen ambushed a police convoy, killing six officers. The Pakistani Taliban claimed
    responsibility": the claim is the attack told before (two sentences back at most), not a second
    one; when that attack's doers were unnamed attackers, the claiming group becomes its actor."""
    if c.event != "ASSAULT" or not any(m.code for m in c.actor):
        return False
    trig = doc[c.trigger]
    verb = trig if trig.lemma_.lower() == "claim" else trig.head \
        if trig.lemma_.lower() == "responsibility" and trig.head.lemma_.lower() == "claim" else None
    if verb is None or any(ch.dep_ == "neg" or ch.lower_ in ("nobody", "none") for ch in verb.children) or not any(
            ch.dep_ in ("dobj", "obj") and ch.lemma_.lower() == "responsibility" for ch in verb.children):
        return False
    ante = next((p for p in reversed(earlier) if p.event == "ASSAULT" and si - 2 <= p.sent_index < si), None)
    if ante is None:
        return False
    if all(m.kind == "agent" and m.identifier_text is None and m.sector in (None, "UAF", "REB", "CVL")
           and (doc[m.root].lemma_.lower() in _UNNAMED_ATTACKERS or doc[m.root].lower_ in _UNNAMED_ATTACKERS)
           for m in ante.actor) and ante.actor:
        ante.actor = [m for m in c.actor if m.code]
        ante.extra["coref.actor_from"] = si
    return True


_CONCERN = frozenset({"concern", "alarm", "dismay", "outrage", "regret", "condemnation", "disapproval", "protest",
                      "objection", "complaint", "representations"})
_APPROVAL = frozenset({"support", "backing", "approval", "endorsement", "praise", "welcome"})
_PARTS_OF = frozenset({"part", "element", "section", "clause", "point", "provision", "aspect", "portion"})
# a disapproval noun's phrases that name what or whom it is about ("through diplomatic channels" does not)
_NAMING_PREPS = _ABOUT | {"with", "on", "regarding", "concerning", "toward", "towards"}


def _bare_disapproval(doc: Doc, c: Candidate, sent: Span) -> bool:
    """"Japan also expressed concern", "voiced alarm": disapproval that names no object."""
    if any(t.lower_ in _PARALLEL for t in sent):
        return True
    words = doc[c.trigger_start:c.trigger_end]
    trig = doc[c.trigger]
    objs = [t for t in trig.children if t.dep_ in ("dobj", "obj")]
    nouns = [t for t in list(words) + objs if t.lemma_.lower() in _CONCERN]
    # "expressed concern about the raid" is handled by the reference; "concern about Iran" has its own
    return bool(nouns) and not any(ch.dep_ == "prep" and ch.lower_ in _NAMING_PREPS for n in nouns for ch in n.children) \
        and not any(ch.dep_ == "prep" and ch.lower_ in _ABOUT for ch in trig.children)


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_DOMESTIC_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "REJECT", "THREATEN"})


def _domestic(c: Candidate, p: Candidate) -> bool:
    """"Security forces arrested Machar ... Machar's party condemned the arrest": a non-state party
    (opposition, party, civil society, rebels) reacting to a hostile act of its own country's state
    reacts to that state: the recipient is the same country. The other way round too: "Gunmen from
    the Viv Ansanm coalition stormed a town ... the prime minister condemned the attack" (a gang,
    rebels or militants coded with the state's own country) is the state reacting to them, not to the
    foreign forces that fought them in between."""
    if c.event not in ("ACCUSE", "PROTEST", "REJECT") or p.event not in _DOMESTIC_ACTS:
        return False
    mine = {m.sector for m in c.actor if m.code}
    theirs = {m.sector for m in p.actor if m.code}
    if bool(theirs & _STATE) and bool(mine) and not mine & _STATE and None not in mine:
        return True
    return p.event == "ASSAULT" and bool(mine & _STATE) and bool(theirs) and not theirs & (_STATE | {None})


def _reference_objects(trig: Token) -> list[Token]:
    """Definite event nouns the reaction is about: its object ("condemned the strikes"), the
    subject of its small clause ("called the warrants outrageous"), or the object of an
    about-preposition ("protested against the decision")."""
    out = []
    named = []  # "condemned what it called excessive force": the named act needs no "the"
    for ch in trig.children:
        if ch.dep_ == "ccomp" and ch.lemma_.lower() in _NAMING and any(
                g.dep_ in ("dobj", "nsubjpass") and g.lower_ == "what" for g in ch.children):
            named.extend(g for g in ch.children if g.dep_ in ("oprd", "dobj") and g.lower_ != "what")
    if trig.dep_ == "relcl" and trig.head.pos_ == "NOUN" and (any(
            ch.dep_ in ("dobj", "obj") and ch.lower_ in ("that", "which") for ch in trig.children)
            or not any(ch.dep_ in ("dobj", "obj", "ccomp") for ch in trig.children)):
        # "..., a deal (that) Eritrea denounced as a threat": the deal told before
        named.append(trig.head)
    for ch in trig.children:
        if ch.dep_ in ("dobj", "obj") and ch.lower_ in ("it", "this"):
            out.extend(_it_noun(ch))  # "Hamas said it was studying the proposal, while Netanyahu rejected it"
        elif ch.dep_ in ("dobj", "obj"):
            out.append(ch)
            named.extend(_label_compound(trig, ch))
            if ch.lemma_.lower() in _CONCERN:  # "expressed dismay at the announcement"
                out.extend(g for p in ch.children if p.dep_ == "prep" and p.lower_ in _ABOUT for g in p.children
                           if g.dep_ == "pobj")
            elif ch.lemma_.lower() in _PARTS_OF:  # "rejected key parts of the plan": the plan told before (round 22)
                out.extend(g for p in ch.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                           if g.dep_ == "pobj")
            elif ch.lemma_.lower() in _APPROVAL:  # "voiced support for the decision", "its backing for the move"
                out.extend(g for p in ch.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for g in p.children
                           if g.dep_ == "pobj")
        elif ch.dep_ in ("ccomp", "xcomp", "oprd"):
            out.extend(g for g in ch.children if g.dep_ in ("nsubj",))
            named.extend(_label_compound(trig, ch))  # "called the manoeuvre reckless": "the" on the adjective
        elif ch.dep_ == "prep" and ch.lower_ in _ABOUT:
            out.extend(g for g in ch.children if g.dep_ == "pobj")
    # "welcomed the end of the talks", "condemned the use of force": the definite phase noun makes its act definite
    named += [g for t in out if t.lemma_.lower() in _PHASES and _is_reference(t, phase=True)
              for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for g in prep.children if g.dep_ == "pobj"]
    return [t for t in out if _is_reference(t)] + [t for t in named if _is_reference(t, named=True)]


def _label_compound(trig: Token, obj: Token) -> list[Token]:
    """"called the decision blackmail": the parser makes the judged noun a compound of the label, and the
    article hangs on the label; the compound is the definite act noun a naming verb judges."""
    if trig.lemma_.lower() not in _NAMING or not any(d.dep_ == "det" and d.lower_ in _DEFINITE
                                                     for d in obj.children):
        return []
    return [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ == "NOUN"
            and c.lemma_.lower() in _REFERENCE_NOUNS and obj.lemma_.lower() not in _REFERENCE_NOUNS]


def _it_object(trig: Token) -> bool:
    """The reaction's object is "it" / "this" with no event noun to stand for."""
    return any(ch.dep_ in ("dobj", "obj") and ch.lower_ in ("it", "this") and not _it_noun(ch) for ch in trig.children)


def _it_noun(it: Token) -> list[Token]:
    """The definite event noun an object "it" stands for: the nearest one before it in its sentence, else the
    last one of the sentence before (an object or a subject there: "the proposal", "the plan")."""
    doc = it.doc
    start = it.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    for t in reversed(doc[before:it.i]):
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and t.lemma_.lower() in _REFERENCE_NOUNS and _is_reference(t):
            return [t]
    return []


_AGAIN = frozenset({"further", "more", "repeated", "renewed", "continued", "future"})


def _further_acts(trig: Token) -> Token | None:
    """An act noun a warning or demand says must not happen again ("warned that any further attacks would
    be met with force", "demanded an end to repeated incursions"): it names the act the story told, and
    so its doer. Hostile act nouns only, in the trigger's own clause or its complement."""
    for t in trig.subtree:
        if t.lemma_.lower() in _REFERENCE_NOUNS and t.lemma_.lower() not in _GENERIC and t.lemma_.lower() not in _ISSUED \
                and any(c.dep_ in ("amod", "advmod") and c.lower_ in _AGAIN for c in t.children) \
                and set(_REFERENCE_NOUNS[t.lemma_.lower()]) & set(_HOSTILE):
            return t
    return None


def _is_reference(noun: Token, phase: bool = False, named: bool = False) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or not phase and noun.lemma_.lower() not in _REFERENCE_NOUNS:
        return False
    if named:
        return True
    dets = [c for c in noun.children if c.dep_ == "det"]
    possessed = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
    if possessed:
        return False
    if dets:
        return dets[0].lower_ in _DEFINITE
    # "Tuesday's strikes", "last week's raid": a dated possessive is definite too
    return any(c.dep_ == "poss" for c in noun.children)


def _antecedent(doc: Doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, noun: Token,
                own: set[str | None]) -> Candidate | None:
    types = _REFERENCE_NOUNS[noun.lemma_.lower()]
    lemma = noun.lemma_.lower()
    same_sentence = [p for p in found if p is not c and p.trigger < noun.i]
    # ("Kyiv welcomed the move, a day after the EU agreed to lend Ukraine 90 billion euros": told in the time
    # clause after it, last of all)
    told_after = [p for p in found if p is not c and p.trigger > noun.i and _time_clause_act(doc, p.trigger, c.trigger)]
    pool = list(reversed([p for p in earlier if p.sent_index < si] + same_sentence)) + told_after
    generic = lemma in _GENERIC or lemma in _ISSUED or lemma == "progress" or lemma in generic_nouns()
    lead = min((p.sent_index for p in earlier), default=si)

    def fits(p: Candidate, strict: bool) -> bool:
        if p.event not in types or p.trigger == noun.i or _background(doc, p.trigger, noun):
            return False
        if p.event in _REACTIONS and _reference_objects(doc[p.trigger]):
            return False  # another reaction to the same act ("Biden called the warrants outrageous")
        if strict and doc[p.trigger].lemma_.lower() not in same_words(lemma) and not trigger_words(doc, p, lemma):
            return False
        if lemma in _ONLY_SAME_WORD and not _voted(doc[p.trigger], lemma, noun):
            return False  # "criticised the vote" after a call for an inquiry: the election, not the call
        codes = {m.code for m in p.actor if m.code}
        if p.event in _ALL_PARTIES and lemma not in _OFFERS:  # an offer is its offerer's alone
            codes |= {m.code for m in p.recipient if m.code}
        # a party reacting to its own act or deal ("Badenoch criticised the agreement" her
        # government signed) is no reaction to someone else: leave it; but welcoming or being
        # ready to sign a deal it made with others ("Baku welcomed the end of the negotiations")
        # supports the other parties
        if codes & own:
            return c.event == "SUPPORT" and p.event in _ALL_PARTIES and bool(codes - own) or _domestic(c, p)
        return bool(codes)

    # the same word first ("the sanctions" after "imposed sanctions"), then the story's lead act
    # of the type ("condemned the attack" is the news the story leads with, not the latest
    # clash it reports), then any act of the type nearby
    for strict in (False,) if generic else (True, False):
        reach = _LOOKBACK_GENERIC if generic else _LOOKBACK_SAME_WORD if strict else _LOOKBACK
        if not strict and not generic and si - lead <= _LOOKBACK_SAME_WORD:
            lead_acts = [p for p in pool if p.sent_index == lead and fits(p, False)]
            if lead_acts:
                return lead_acts[-1]
        for p in pool:
            if p.sent_index < si - reach:
                break
            if fits(p, strict):
                return p
        if strict and not generic:
            # a reaction paragraphs down still names the lead act by its word ("U.S. and British
            # warplanes struck ..." ... "Iran condemned the strikes")
            lead_acts = [p for p in pool if p.sent_index == lead and fits(p, True)]
            if lead_acts:
                return lead_acts[-1]
    if lemma in _GENERIC and si - lead > _LOOKBACK_GENERIC and not any(
            c.dep_ in ("acl", "relcl", "prep") for c in noun.children):  # ("the decision to hold talks" is its own act)
        # "China's commerce ministry criticised the decision" paragraphs below the lead act, nothing nearer: the lead
        return next((p for p in reversed(pool) if p.sent_index == lead and fits(p, False)), None)
    return None


_TIME_MARKS = frozenset({"after", "since", "when", "as"})


def _time_clause_act(doc: Doc, trigger: int, reaction: int) -> bool:
    """The act at ``trigger`` is told in (or reported inside) a time clause of the reaction's verb."""
    verb = doc[reaction]
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        if any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in clause.children) \
                and clause.left_edge.i <= trigger <= clause.right_edge.i:
            return True
    return False


def _voted(trig: Token, lemma: str, noun: Token) -> bool:
    """The act was voted: its trigger is the word, or hangs on it ("the council voted to extend
    sanctions": "extend" under "voted"), or the story tells the vote between the act and the
    reference ("The council authorised a force. The resolution passed with 12 votes. Haiti welcomed
    the vote")."""
    t = trig
    for _ in range(3):
        if t.lemma_.lower() == lemma:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    doc = trig.doc
    return any(doc[j].lemma_.lower() == lemma for j in range(trig.sent.start, noun.sent.start))


def _background(doc: Doc, trigger: int, noun: Token) -> bool:
    """An act dated by a year ("has restricted imports since 2014", "in 2012") is background;
    a reaction that names no year reacts to the story's news, not to it."""
    def years(sent, verb=None) -> bool:
        return any(e.label_ == "DATE" and any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
                                               for t in e) and (verb is None or _dates_verb(e.root, verb))
                   for e in sent.ents)
    return years(doc[trigger].sent, doc[trigger]) and not years(noun.sent)


def _dates_verb(tok: Token, verb: Token) -> bool:
    """The date belongs to the act's own clause: its head chain reaches the act before another verb
    ("imposed sanctions in 2014"; not "agreed a truce, ending the worst fighting since the Taliban
    returned to power in 2021", where the year dates the return)."""
    for _ in range(8):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != verb.i:
            return tok.i == verb.i
    return False


def _retaliation_target(doc: Doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, trig: Token,
                        own: set[str | None]) -> Candidate | None:
    """"Tehran vowed to respond", "Moscow retaliated", "in response to the sanctions": the latest
    hostile act whose recipient is the speaker, by someone else, at most three sentences back."""
    words = [trig] + [t for t in trig.subtree if t.dep_ in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "prep")]
    returned = trig.lemma_.lower() == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in trig.children)
    returned = returned or any(_culprits(t) for t in words) or _hit_back(trig)  # "those responsible"; "hit back"
    if not returned and not any(t.lemma_.lower() in _RETALIATE for t in words):
        return None  # ("troops had returned fire": fire answered, like "retaliated")
    for ch in trig.subtree:  # "in response to the sanctions": the named act decides
        if ch.dep_ == "pobj" and _is_reference(ch):
            ante = _antecedent(doc, earlier, found, c, si, ch, own)
            if ante is not None:
                return ante
    same_sentence = [p for p in found if p is not c and p.trigger < c.trigger]
    prior = [p for p in earlier if si - _LOOKBACK <= p.sent_index < si]
    for p in reversed(prior + same_sentence):
        if p.event not in _HOSTILE:
            continue
        if own & {m.code for m in p.recipient if m.code} and not own & {m.code for m in p.actor if m.code}:
            return p
    return None
