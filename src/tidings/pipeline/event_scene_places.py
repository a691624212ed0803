"""Where a recipient-less act happened, what it left, and what it harmed (docs/plover-decisions.md
"Places are not parties", "Harmed parties"): the place finders ``settle_recipients`` calls. Split from
event_recipients.py (round 9) to keep that module small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_domestic import PREMISE_WORDS, detainee, person_object
from .event_targets import NON_COUNTRY_CODES, at_place

if TYPE_CHECKING:
    from .base import Mention

LEAVE_VERBS = frozenset({"leave", "quit", "exit", "vacate", "abandon", "evacuate"})
RETREAT_PLACE_PREPS = ("from", "out", "in", "at", "inside", "to")
# "jammed GPS signals, disrupting flights from Finland": the harmed parties of a participle
HARM_PARTICIPLES = frozenset({"disrupt", "affect", "hit", "damage", "cripple", "ground", "paralyse", "paralyze",
                              "knock", "target", "halt", "delay", "disable", "endanger", "threaten"})


CLAUSE_PLACE_PREPS = ("in", "at", "near", "inside", "across", "outside")


def drop_premises(h, recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    doc = h.tok.doc
    premises = [m for m in recipient if doc[m.root].lemma_.lower() in PREMISE_WORDS
                and doc[m.root].dep_ == "pobj" and doc[m.root].head.lower_ in CLAUSE_PLACE_PREPS]
    if not premises:
        return recipient
    person = person_object(h, by_tok)
    if person is None:
        return recipient
    kept = [m for m in recipient if m not in premises]
    # the person arrested takes the premises' place (coded later as the scene's compatriot)
    return kept or ([person] if isinstance(person, type(premises[0])) else [])


def scene_place(h, word: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """The place a hostile act happens in (``at_place``), except a foreign mission's premises when
    the act has a person as its object: 'arrested a former vice president inside the Mexican
    embassy in Quito' targets the man (the scene's compatriot), not Mexico; 'stormed the Mexican
    embassy' (no person) keeps MEX."""
    found = at_place(word, h.tok, actor, by_tok)
    doc = h.tok.doc
    if found and all(doc[m.root].lemma_.lower() in PREMISE_WORDS for m in found) and detainee(h, by_tok) is not None:
        return []
    return found


# "arrested Duterte on a warrant from the ICC": the ground of an act names no target
# (matched on the word: the model lemmatises "bases" as "basis")
GROUND_NOUNS = frozenset({"warrant", "warrants", "charge", "charges", "suspicion", "order", "orders", "request",
                          "requests", "basis", "behalf", "instruction", "instructions", "accusation", "accusations"})


# what an act done "in solidarity with / in support of" a side names
SIDE_TAKING_NOUNS = frozenset({"solidarity", "support", "sympathy", "defence", "defense"})
# acts done against someone for a side (not support or help, whose side is their receiver: "stood in solidarity
# with Niamey", "sent aid in solidarity with Gaza")
SIDE_TAKING_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE", "PROTEST", "REJECT"})


# acts on people whose reason phrase ("jailed a blogger for posting articles on Facebook", "detained a pensioner over
# sending money to a Ukrainian battalion") tells the charge: no party of the act itself (sanctions keep theirs: a
# firm sanctioned "for helping Iran sell oil" acts for Iran)
CHARGED_TYPES = frozenset({"COERCE", "ASSAULT"})


def drop_grounds(verb: Token, recipient: list[Mention], etype: str | None = None) -> list[Mention]:
    grounds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "under", "at")
               for g in c.children if g.dep_ == "pobj" and g.lower_ in GROUND_NOUNS]
    if etype in CHARGED_TYPES:
        grounds += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
            g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)]
    # "cut all trade with Israel in solidarity with the Palestinian people", "attacked the ship in solidarity with
    # Palestinians": the side an act is done for is no party it is done to (also where the parser hangs the phrase
    # on the object)
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")] if etype in SIDE_TAKING_TYPES else []
    sides = [c for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in SIDE_TAKING_NOUNS for g in c.children)]
    # (the parser may hang the side's "with / of" on the verb, right after the noun)
    grounds += sides + [c for s in sides for x in holders for c in x.children if c.dep_ == "prep"
                        and c.lower_ in ("with", "of", "for") and c.i == s.right_edge.i + 1]
    if not grounds:
        return recipient
    inside = {t.i for g in grounds for t in g.subtree}
    kept = [m for m in recipient if m.root not in inside]
    return kept  # (all of them inside the grounds: none is a target, "arrested him on a warrant from the ICC")


def place_from(word: Token, verb: Token, actor: list[Mention], by_tok: dict[int, Mention],
                preps: tuple[str, ...], nested: bool = True) -> list[Mention]:
    place_recipient, prep_objects = _arguments.place_recipient, _arguments.prep_objects

    if not nested:  # only the move's own phrase: "moved missiles into Belarus"
        own = {m.code for m in actor if m.code}
        si = actor[0].sent_index
        from .argument_places import coded_places

        return coded_places([g for holder in (word, verb) for g in prep_objects(holder, preps)], own, by_tok, si)
    found = place_recipient(word, actor, by_tok, preps=preps)
    if not found and word.i != verb.i:
        found = place_recipient(verb, actor, by_tok, preps=preps)
    return found


CAMPAIGN_NOUNS = frozenset({"offensive", "operation", "invasion", "assault", "incursion", "attack", "campaign"})


def campaign_place(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'called up reservists ahead of a ground offensive in Gaza City': the mobilisation is aimed at
    where the offensive it prepares will be."""
    place_recipient, prep_objects = _arguments.place_recipient, _arguments.prep_objects

    holders = [verb] + [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("ahead", "prior")]
    nouns = [g for x in holders for g in prep_objects(x, ("of", "for", "before"))]
    for n in nouns:
        if n.lemma_.lower() in CAMPAIGN_NOUNS:
            found = place_recipient(n, actor, by_tok)
            if found:
                return found
    return []


def retreat_place(h, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'left their base in N'Djamena', 'withdrawal from Air Base 201 in Agadez': the place left."""
    place_recipient, prep_objects = _arguments.place_recipient, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    leaving = h.tok.lemma_.lower() in LEAVE_VERBS
    if h.mode not in (None, "withdraw") and not leaving and not prep_objects(word, ("from", "out")) \
            and not prep_objects(h.tok, ("from", "out")):
        return []  # a ceasefire, disarmament or resignation "in" a place is not a withdrawal from it
    found = (place_recipient(word, actor, by_tok, targets=leaving, preps=RETREAT_PLACE_PREPS)
             or (place_recipient(h.tok, actor, by_tok, targets=leaving, preps=RETREAT_PLACE_PREPS)
                 if word.i != h.tok.i else []))
    for c in h.tok.children:  # "pulled back | to a line inside Gaza": the phrase hangs on the particle
        if not found and c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "out", "away"):
            found = place_recipient(c, actor, by_tok, preps=RETREAT_PLACE_PREPS)
    # "pulled back under an agreement reached ahead of a summit in Russia": a place inside another
    # clause is that clause's scene, not the place left
    found = [m for m in found if not other_clause(h.tok.doc[m.root], h.tok)]
    if not found:
        found = _left_near_border(word, h.tok, actor, by_tok)
    return found


def _left_near_border(word: Token, verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Israeli forces completed their withdrawal from several villages near the border' (in a sentence
    about Lebanon's army): places left near a border are across it, in the sentence's one other country."""
    prep_objects = _arguments.prep_objects

    own = {m.code for m in actor if m.code}
    left = [g for x in {word.i: word, verb.i: verb}.values() for g in prep_objects(x, ("from", "out"))]
    if not left:
        return []
    # (the parser may hang "near the border" on the withdrawal itself)
    near = [g for t in [*left, word, verb] for g in prep_objects(t, ("near", "along", "on", "by", "close"))]
    if not any(g.lemma_.lower() in ("border", "frontier", "boundary") for g in near):
        return []
    others = {m.code for m in by_tok.values() if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES}
    return [next(m for m in by_tok.values() if m.code in others)] if len(others) == 1 else []


def other_clause(t: Token, trigger: Token) -> bool:
    for _ in range(12):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        t = t.head
        if t.i != trigger.i and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def harmed(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    out: list[Mention] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in HARM_PARTICIPLES:
            for t in c.subtree:
                m = by_tok.get(t.i)
                if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES \
                        and all(x.code != m.code for x in out):
                    out.append(m)
    return out


# the time of another act, not the act's own place: "detained four activists after a protest against the war
# in Gaza" happened where the police are, not in Gaza
SETTING_PREPS = frozenset({"after", "before", "following", "since", "ahead", "amid", "during", "until"})


def setting_place(doc, m: Mention, trigger: Token) -> bool:
    """A place recipient (the object of in / at / near / inside) that sits below a temporal phrase of the
    trigger ("after a protest against Israel's war in Gaza")."""
    t = doc[m.root]
    if t.dep_ != "pobj" or t.head.lower_ not in CLAUSE_PLACE_PREPS:
        return False
    for _ in range(10):
        if t.head.i == t.i or t.head.i == trigger.i:
            return t.dep_ == "prep" and t.lower_ in SETTING_PREPS
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return False  # "opened fire after entering an area in X province": the actor's own way there
    return False


CROSSING_TYPES = frozenset({"COERCE", "SANCTION", "CONCEDE", "RETREAT"})
CROSSING_WORDS = frozenset({"crossing", "crossings", "border", "frontier", "checkpoint", "checkpoints", "pass"})


def crossing_neighbour(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention] | None:
    """'Pakistan closed the Torkham and Chaman crossings': the names of one's own crossings are bare places,
    and a closed (or reopened) crossing is aimed at the neighbour across it (docs: border crossings with X ->
    X): the 'with' / 'between' party, else the sentence's one other country ('the main trade routes between
    the two countries, leaving lorries stranded on both sides'). None when the object is no crossing or a
    foreign party is already named."""
    border_recipient, objects = _arguments.border_recipient, _arguments.objects
    own = {m.code for m in actor if m.code}
    if h.etype not in CROSSING_TYPES or not own or any(m.code and m.code not in own for m in recipient):
        return None
    crossings = [o for o in objects(h.tok) if o.lemma_.lower() in CROSSING_WORDS or o.lower_ in CROSSING_WORDS]
    if not crossings:
        return None
    names = {t.i for o in crossings for c in o.children if c.dep_ in ("compound", "amod", "nmod", "poss")
             for t in c.subtree}
    kept = [m for m in recipient if m.root not in names]
    found = border_recipient(h.tok, actor, by_tok, named=True)
    if not found:
        others = {m.code for m in by_tok.values() if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES}
        found = [next(m for m in by_tok.values() if m.code in others)] if len(others) == 1 else []
    return found or kept


def entered_owner(verb: Token, actor: list[Mention], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Russian fighter jets violated its airspace', 'entered waters claimed by Guyana': the owner of the
    airspace or waters entered; 'entered the town of Kupiansk', 'entered the Dnipropetrovsk region': the
    country of a place entered (round 13: a place's owner is the recipient of an entry, as of a capture)."""
    from .argument_places import PLACE_NOUNS
    from .arguments import objects as entered
    from .arguments import place_mention

    holders = [c for o in entered(verb) for c in o.children if c.dep_ in ("poss", "amod", "compound")]
    # ("entered waters claimed by Guyana": the claimant)
    holders += [g for o in entered(verb) for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in (
        "claim", "own", "control", "hold", "administer") for p in a.children if p.dep_ == "agent"
        for g in p.children if g.dep_ == "pobj"]
    found = [m for c in holders for m in [by_tok.get(c.i)] if m is not None and m.code and m.code not in own
             and m.code not in NON_COUNTRY_CODES]
    if found:
        return found
    return [m for o in entered(verb) if o.lemma_.lower() in PLACE_NOUNS or o.pos_ == "PROPN"
            for m in [place_mention(o, by_tok, actor[0].sent_index)] if m is not None and m.code
            and m.kind == "country" and m.code not in own and m.code not in NON_COUNTRY_CODES]


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import arguments as _arguments  # noqa: E402
