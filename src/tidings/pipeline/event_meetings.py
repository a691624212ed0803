"""Who meets whom when several countries meet (docs/plover-decisions.md "Visits"): every party
coded in the subject of a symmetric event is an actor once there are three or more, and a host of
a multilateral meeting takes part. Split from event_recipients.py, which calls these from
``settle_recipients`` (round 8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_targets import NON_COUNTRY_CODES

if TYPE_CHECKING:
    from .base import Mention


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp"})


def joint_subject(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Indian, Japanese and Australian officials met in Canberra': every party coded in the subject
    of a symmetric event is an actor when there are three or more (the parse may keep one of a list
    of demonyms and make another the recipient). Changes ``actor`` in place; returns the recipients left."""
    direct_subjects = _arguments.direct_subjects

    inside: set[int] = set()
    # (the trigger's own subject only: a gerund's borrowed one may be the main clause's object,
    # "After meeting Xi, Lula praised China's plan for Ukraine")
    todo = [t for t in direct_subjects(h.tok)[0] if t.pos_ in ("NOUN", "PROPN")]
    if todo:
        # "Turkey, Russia and Iran met in Astana": the parser may hang the list's first name on the verb
        # (npadvmod) before the subject, set off by a comma
        first = min(t.left_edge.i for t in todo)
        todo += [c for c in h.tok.children if c.dep_ in ("npadvmod", "nsubj", "dep") and c.pos_ == "PROPN"
                 and c.i < first and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == ","
                 and all(c.doc[k].dep_ != "punct" or c.doc[k].lower_ == "," for k in range(c.i + 1, first))]
    while todo:
        t = todo.pop()
        inside.add(t.i)
        todo += [c for c in t.children if c.dep_ not in CLAUSE_DEPS]
    have = {m.code for m in actor if m.code}
    extra: list[Mention] = []
    for i in sorted(inside):
        m = by_tok.get(i)
        if m is not None and m.code and m.code not in have and m.code not in NON_COUNTRY_CODES and m.start == i:
            extra.append(m)
            have.add(m.code)
    # (two parties meeting in one's country stay a visit: "the Turkish and Egyptian ministers met in Ankara")
    if not extra or not have - {m.code for m in extra} or len(have) < 3:
        return recipient
    actor.extend(extra)
    return [m for m in recipient if m.code not in have]


def purpose_tokens(tok) -> set[int]:
    """The token indices of the trigger's 'to V' purpose clause ('met in Paris to discuss ...')."""
    return {t.i for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}


# prepositions inside a purpose clause that still name who is met ("met to hold talks with Russia")
PARTNER_PREPS = frozenset({"with", "between", "among", "alongside"})


def purpose_topics(h, actor: list[Mention], recipient: list[Mention]) -> list[Mention]:
    """'French and British ministers met in Paris to discuss security guarantees for Ukraine', 'India and
    Australia signed a pact to counter China's influence': a country named in a symmetric event's purpose
    clause as a possessor or a preposition's object is its topic, not a participant (docs: 'Visits', round 8
    for possessors; round 23 for prepositions). Returns the recipients that are no such topic; kept whole
    unless two coded parties remain."""
    purpose = purpose_tokens(h.tok)
    if not purpose:
        return recipient
    doc = h.tok.doc

    def topical(m: Mention) -> bool:
        t = doc[m.root]
        if m.root not in purpose:
            return False
        if t.dep_ == "poss":
            return True
        return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ not in PARTNER_PREPS

    topics = [m for m in recipient if m.code and topical(m)]
    left = {m.code for m in actor + recipient if m.code and m not in topics}
    if not topics or len(left) < 2:
        return recipient
    return [m for m in recipient if m not in topics]


MULTILATERAL_WORDS = frozenset({"trilateral", "three-way", "tripartite", "quadrilateral", "four-way", "multilateral",
                                "summit", "trilaterals"})


def several_meet(h, actor: list[Mention], recipient: list[Mention]) -> list[Mention] | None:
    """Three or more countries meeting (docs: 'Visits'): the host takes part and the meeting stays
    symmetric ('Xi hosted the leaders of Russia and India in Tianjin' -> CHN, RUS, IND, no recipient);
    a country named only inside the meeting's purpose clause is its topic, not a participant ('met
    in Amman to discuss Gaza's reconstruction'). Changes ``actor`` in place; None when no rule applies."""
    doc = h.tok.doc
    purpose = purpose_tokens(h.tok)
    if purpose and h.entry.sym:
        topical = [m for m in actor if m.code and m.root in purpose and doc[m.root].dep_ == "poss"]
        if topical and len({m.code for m in actor if m.code and m not in topical}) >= 2:
            actor[:] = [m for m in actor if m not in topical]
    own = {m.code for m in actor if m.code}
    hosts = {m.code for m in recipient if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES}
    # only a meeting the words make multilateral: "Saudi Arabia hosted Ukrainian and American officials in
    # Jeddah" is a mediator's venue and "a joint visit to Ukraine" two visitors (the older gold: directed)
    word = h.noun if h.noun is not None else h.tok
    multi = any(t.lower_ in MULTILATERAL_WORDS for x in {word.i: word, h.tok.i: h.tok}.values() for t in x.subtree)
    if multi and len(own) >= 2 and len(hosts) == 1 and all(m.code in hosts | own for m in recipient if m.code):
        actor.extend(m for m in recipient if m.code in hosts)
        return []
    return None


TALK_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "negotiations", "round", "dialogue", "summit",
                        "consultation", "consultations", "discussion", "discussions", "session"})


def mediated_parties(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> bool:
    """'Qatar hosted talks between Rwanda and Congo', 'Oman mediated talks between Iran and the United
    States': a go-between's meeting is the parties' meeting (manual, CONSULT mode third-party: the
    participants are the actors); the host or mediator is no party (docs: 'Visits'). So are 'A and B
    held talks in Abu Dhabi hosted by the UAE' and 'met at talks mediated by Qatar': the parties are
    the subject of the verb the hosted phrase hangs on. When two or more parties other than the
    go-between are found, they replace the actors in place (True); the candidate then has no
    recipient. A host of guests ('hosted Ukrainian and American officials') stays a directed visit:
    only the third-party reading of the trigger applies."""
    if h.etype != "CONSULT" or h.mode != "third-party":
        return False
    direct_subjects, objects = _arguments.direct_subjects, _arguments.objects
    prep_objects, subject_tokens = _arguments.prep_objects, _arguments.subject_tokens

    tok = h.tok
    # the talks themselves must be named: "Egypt's mediation between Ethiopia and Sudan" and "shuttled
    # between Israeli and Hamas officials" are the mediator's own contacts with each side
    holders = [x for x in [*objects(tok), *([h.noun] if h.noun is not None and h.noun.i != tok.i else [])]]
    holders += [g for x in holders for g in prep_objects(x, ("of",))]  # "a new round | of talks between"
    holders = [x for x in holders if x.lemma_.lower() in TALK_NOUNS]
    inside = {t.i for x in holders for g in prep_objects(x, ("between",)) for t in g.subtree}
    if not inside and tok.lemma_.lower() in TABLE_VERBS and any(g.lemma_.lower() == "table"
                                                                for g in prep_objects(tok, ("to", "back"))):
        # "brought the army and RSF delegations to the same table": those brought are the ones who meet
        inside = {t.i for o in objects(tok) for t in o.subtree}
    sides = [m for m in actor + recipient if m.root in inside]
    if len({m.code for m in sides if m.code and m.code not in ("NGO", "MNC")}) < 2 and (
            (tok.dep_ == "acl" and tok.tag_ == "VBN") or (tok.dep_ == "relcl" and tok.head.lemma_.lower() in TALK_NOUNS)):
        # "held talks in Abu Dhabi hosted by the UAE", "agreed to a ceasefire after talks he hosted": the
        # subject of the verb above the hosted phrase
        verb = tok.head
        for _ in range(5):  # ("After three days | of talks in Geneva hosted by Switzerland, the delegations agreed")
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for _ in range(2):  # "agreed | to restore ties | after talks hosted by Turkey": the controlling verb's subject
            if verb.dep_ != "xcomp" or direct_subjects(verb)[0]:
                break
            verb = verb.head
        found = direct_subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
        if found and found[0].lower_ in ("who", "which", "that"):
            found = subject_tokens(verb)[0]  # "Pashinyan and Aliyev, who met ... in talks hosted by the UAE"
        # (not the relative clause the antecedent carries: the host named inside it)
        subj = {t.i for s_ in found for t in s_.subtree} - (
            {t.i for t in verb.subtree} if verb.dep_ == "relcl" else set())
        sides = [m for i in sorted(subj) if (m := by_tok.get(i)) is not None and m.root == i]
    own = {m.code for m in actor if m.code and m not in sides}
    sides = [m for m in sides if m.code and m.code not in own and m.code not in ("NGO", "MNC")]
    # (two sides of one country count: "talks between the Colombian government and the ELN rebels")
    if len({m.code for m in sides}) < 2 and len({m.root for m in sides}) < 2:
        return False
    actor[:] = list({m.code: m for m in reversed(sides)}.values())[::-1]
    return True


MEDIATE_VERBS = frozenset({"mediate", "intercede", "arbitrate", "intermediate"})
# a go-between getting sides "to the (negotiating) table" (verbs.json: bring / get / coax / lure ... to the table)
TABLE_VERBS = frozenset({"bring", "get", "coax", "lure", "draw", "nudge", "push", "press", "return"})


def mediator_sides(h, actor: list[Mention]) -> list[Mention] | None:
    """'Egypt mediated between Israel and Hamas' (no talks named): the mediator's own contacts with each
    side (docs: 'Visits', round 9), so the sides named under 'between' move from the actors to the
    recipient, in place. 'mediated talks between A and B' is the parties' meeting (``mediated_parties``).
    None when no rule applies."""
    if h.etype != "CONSULT" or h.noun is not None or h.tok.lemma_.lower() not in MEDIATE_VERBS:
        return None
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    if any(o.lemma_.lower() in TALK_NOUNS for o in objects(h.tok)):
        return None
    inside = {t.i for g in prep_objects(h.tok, ("between",)) for t in g.subtree}
    return _split_off(actor, inside)


def _split_off(actor: list[Mention], inside: set[int]) -> list[Mention] | None:
    """The actors named inside a phrase (token positions ``inside``) move to the recipient, in place,
    when the rest still names a country of its own and the phrase another; None otherwise."""
    moved = [m for m in actor if m.root in inside]
    rest = [m for m in actor if m not in moved]
    own = {m.code for m in rest if m.code}
    if not own or not any(m.code and m.code not in own for m in moved):
        return None
    actor[:] = rest
    return [m for m in moved if m.code not in own]


# "Colombia worked with Ecuadorian forces to track shipments": one side helps the other's effort, so
# the subject acts and the "with" party receives; "India and Japan worked together" stays symmetric
DIRECTED_WITH_VERBS = frozenset({"work", "cooperate", "collaborate", "partner", "team", "liaise", "coordinate"})


def directed_partner(h, actor: list[Mention]) -> list[Mention] | None:
    """A COOPERATE verb with a 'with' partner and a subject of its own (docs: 'Actors and recipients',
    round 9): the partner moves from the actors to the recipient, in place. None when no rule applies
    (no 'with' party, or the subject names no other country)."""
    if h.etype != "COOPERATE" or h.noun is not None or h.tok.lemma_.lower() not in DIRECTED_WITH_VERBS:
        return None
    prep_objects = _arguments.prep_objects

    heads = [h.tok] + [c for c in h.tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in (
        "closely", "together", "up", "alongside", "hand")]
    inside = {t.i for x in heads for g in prep_objects(x, ("with", "alongside")) for t in g.subtree}
    if not inside:
        return None
    return _split_off(actor, inside)


# where a two-party meeting the parse hangs deeper took place: "on the sidelines / margins of the SCO summit
# in Tianjin", "talks between Egyptian and Ethiopian officials in Addis Ababa"
SIDELINE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "forum", "gathering", "session", "visit", "trip",
                             "ceremony", "assembly", "talks", "event"})


def deep_host(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention] | None:
    """A symmetric meeting of two parties whose place the parse hangs below a sideline or gathering noun, or
    on the sides of a "between" phrase, held in one participant's country (docs: 'Visits'): the other visits
    the host. Moves the host from the actors to the recipient, in place; None when no rule applies."""
    guest = visiting_guest(h, actor, recipient, by_tok)  # ("told visiting President Lula": the sides swapped)
    if guest is not None:
        return guest
    if h.etype != "CONSULT" or h.mode == "visit" or any(m.code for m in recipient):
        return None
    codes = {m.code for m in actor if m.code}
    if len(codes) != 2 or codes & NON_COUNTRY_CODES:
        return None
    from .argument_places import place_mention
    conjuncts, objects, prep_objects = _arguments.conjuncts, _arguments.objects, _arguments.prep_objects

    holders = [h.tok, *objects(h.tok)] + ([h.noun] if h.noun is not None else [])
    sides = [x for t in holders for g in prep_objects(t, ("between",)) for x in conjuncts(g)]
    # ("between the foreign ministers of Peru and Chile in Lima": the place may hang on the last country)
    sides += [x for t in list(sides) for g in prep_objects(t, ("of",)) for x in conjuncts(g)]
    # (only a sideline frame: "discussed grain exports during a meeting in Sochi" stays symmetric, the older gold)
    frames = [o for t in holders for g in prep_objects(t, ("on", "at")) if g.lower_ in SIDELINE_NOUNS
              for o in prep_objects(g, ("of",)) if o.lemma_.lower() in GATHERING_NOUNS]
    places = [g for t in sides + frames for g in prep_objects(t, ("in", "at"))]
    si = actor[0].sent_index
    for t in places:
        place = place_mention(t, by_tok, si)
        if place is None or place.code not in codes:
            continue
        hosts = [m for m in actor if m.code == place.code]
        actor[:] = [m for m in actor if m.code != place.code]
        h.mode = "visit"
        return hosts
    return None


# people a "visiting" word may describe: "told visiting Brazilian President Lula", "thanked the visiting delegation"
GUEST_ENTS = frozenset({"PERSON", "NORP", "ORG"})


def visiting_guest(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention] | None:
    """'Xi told visiting Brazilian President Lula that ...': the parser reads "visiting" as a clause of the main
    verb with the guest as what is visited, so the host became the visitor. A "visiting" right after a verb that is
    no move of its own (not "arrived visiting"), whose object is a person rather than a place, describes that person:
    the guest visits the host (docs: 'Visits'). Swaps the sides in place; None when no rule applies."""
    tok = h.tok
    if h.etype == "CONSULT" and tok.lower_ == "visiting" and tok.dep_ == "amod" and tok.head.dep_ in ("dobj", "pobj"):
        # "Xi met with a visiting delegation of U.S. senators": the delegation (or its "of" people) is the guest,
        # the clause's subject the host
        head = tok.head
        own = {m.code for m in actor if m.code}
        guests = [m for m in _arguments.mentions_of([head, *_arguments.prep_objects(head, ("of", "from"))], by_tok)
                  if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
        if not guests or not own or recipient:
            return None
        hosts = list(actor)
        actor[:] = guests[:1]
        return hosts
    if h.etype != "CONSULT" or tok.lower_ != "visiting" or tok.dep_ not in ("xcomp", "advcl", "ccomp", "dep") \
            or tok.i != tok.head.i + 1 or tok.head.pos_ != "VERB":
        return None
    guests = [c for c in tok.children if c.dep_ == "dobj"]
    if len(guests) != 1 or guests[0].ent_type_ not in GUEST_ENTS or not any(m.code for m in recipient) \
            or not any(m.code for m in actor):
        return None
    hosts = list(actor)
    actor[:] = [m for m in recipient if m.code]
    return hosts


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402

GO_BETWEEN_VERBS = frozenset({"host", "mediate", "broker", "facilitate", "sponsor", "convene", "organise", "organize"})


def hosted_by_go_between(tok, noun) -> bool:
    """'delegations held direct talks in Istanbul, hosted by Turkey', 'talks in Jeddah mediated by Saudi Arabia':
    a meeting a go-between's participle (with its 'by' agent) hangs on is hosted by a third party (manual,
    CONSULT mode third-party)."""
    for holder in {tok.i: tok, **({noun.i: noun} if noun is not None else {})}.values():
        for c in holder.children:
            if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_.lower() in GO_BETWEEN_VERBS and any(
                    a.dep_ == "agent" for a in c.children):
                return True
    return False

