"""Who an event was aimed at when the parse names the target one step away: a place "at" the
scene, a participle's object ("strikes targeting X"), the party helped, invested in, responded to
or barred. ``settle_recipients`` (event_recipients.py) tries these finders in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

NON_COUNTRY_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


BLAME_VERBS = frozenset({"blame", "pin", "attribute"})
AIMING_PARTICIPLES = frozenset({"target", "aim", "hit", "kill"})
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "reaction", "countermeasure", "answer"})
HELP_VERBS = frozenset({"help", "assist", "support", "enable", "allow"})


def at_place(word: Token, verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'air strikes on weapons shipments at the port of Mukalla': "at" with a place noun or a
    gazetteer name is a place too (not "at a summit", "at the UN")."""
    from .arguments import PLACE_NOUNS, place_mention, prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    holders = [word, verb] + [g for x in (word, verb) for c in x.children if c.dep_ == "prep" for g in c.children
                              if g.dep_ == "pobj"]
    for g in (g for x in holders for g in prep_objects(x, ("at",))):
        if g.lemma_.lower() not in PLACE_NOUNS and g.pos_ != "PROPN":
            continue
        m = place_mention(g, by_tok, si)
        if m is not None and m.code and m.kind == "country" and m.code not in own and m.code not in NON_COUNTRY_CODES:
            return [m]
    return []


def coded_targets(toks: list[Token], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    from .arguments import recipient_mentions

    return [m for m in recipient_mentions(toks, by_tok) if m.code and m.code not in own]


def aimed_at(word: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    from .arguments import objects

    clauses = [c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_PARTICIPLES]
    return coded_targets([o for c in clauses for o in objects(c)], own, by_tok)


def deep_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'fired a missile carrying cluster munitions at Israel': the parser hung the target's "at"
    inside the object phrase."""
    from .arguments import objects, prep_objects

    for o in objects(verb):
        for t in o.subtree:
            if t.i != o.i:
                found = coded_targets(prep_objects(t, ("at", "against")), own, by_tok)
                if found:
                    return found
    return []


def response_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'warned of a response to joint US-South Korean drills': whoever the response answers."""
    from .arguments import objects, prep_objects

    nouns = objects(verb) + prep_objects(verb, ("of", "against"))
    nouns += [c for x in verb.children if x.dep_ == "xcomp" for c in objects(x)]
    return coded_targets([g for n in nouns if n.lemma_.lower() in RESPONSE_NOUNS for g in prep_objects(n, ("to", "for"))],
                  own, by_tok)


def helped(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'approved a loan to help Lebanon rebuild': the one a purpose clause helps."""
    from .arguments import direct_subjects, objects

    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in HELP_VERBS:
            out += objects(c) + [s for x in c.children if x.dep_ in ("ccomp", "xcomp") for s in direct_subjects(x)[0]]
    for o in objects(verb):
        for c in o.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HELP_VERBS:
                out += objects(c) + [s for x in c.children if x.dep_ in ("ccomp", "xcomp")
                                     for s in direct_subjects(x)[0]]
    return coded_targets(out, own, by_tok)


INVEST_NOUNS = frozenset({"investment", "investments", "stake", "loan", "loans", "financing", "funding"})
# what restrictions and bans apply to: "restrictions on the entry of goods into Gaza" -> PSE
MOVEMENT_NOUNS = frozenset({"entry", "access", "import", "imports", "export", "exports", "travel", "flight",
                            "flights", "shipment", "shipments", "transit", "delivery", "deliveries"})


SUPPLY_NOUNS = frozenset({"electricity", "water", "power", "fuel", "gas", "food", "supply", "supplies", "internet",
                          "aid", "medicine", "medicines"})
# Sanctioned firms and people act for someone: "entities that help Russia evade export controls",
# "companies accused of shipping Iranian oil", "30 ships in Russia's shadow fleet"
BEHALF_VERBS = frozenset({"help", "assist", "support", "supply", "ship", "sell", "fund", "finance", "smuggle",
                          "transport", "aid", "enable", "arm", "procure", "buy"})
GROUP_NOUNS = frozenset({"fleet", "network", "programme", "program", "ring", "cartel", "industry", "sector"})


def beneficiary(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    from .arguments import conjuncts, direct_subjects, objects, prep_objects

    word = h.noun if h.noun is not None else h.tok
    targets = objects(h.tok) + prep_objects(h.tok, ("on", "against")) + prep_objects(word, ("on", "against"))
    targets += [g for t in list(targets) for g in prep_objects(t, ("on", "against"))]  # "sanctions on X"
    targets += [g for t in list(targets) for g in prep_objects(t, ("of",))]
    targets = [x for t in targets for x in conjuncts(t)]
    groups = [g for t in [h.tok, *targets] for g in prep_objects(t, ("in", "of")) if g.lemma_.lower() in GROUP_NOUNS]
    found = coded_targets(groups, own, by_tok)
    if found:
        return found
    toks: list[Token] = []
    for t in targets:
        for c in t.children:
            if c.dep_ not in ("relcl", "acl"):
                continue
            verbs = [c] + [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
            for v in verbs:
                if v.lemma_.lower() in BEHALF_VERBS:
                    objs = objects(v)
                    toks += objs + [x for y in v.children if y.dep_ in ("ccomp", "xcomp")
                                    for x in direct_subjects(y)[0]]
                    toks += [x for o in objs for x in o.children if x.dep_ in ("amod", "compound", "poss")]
    return coded_targets(toks, own, by_tok)[:1]


TRUCE_NOUNS = frozenset({"ceasefire", "truce", "pause", "moratorium", "halt"})


def conceded_place(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'declared a three-day ceasefire in Ukraine', 'agreed to allow fuel trucks into Gaza': where
    the concession applies."""
    from .arguments import objects, place_mention, prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    toks = [g for v in verbs for x in [v, *objects(v)] for g in prep_objects(x, ("into",))]
    toks += [g for v in verbs for o in objects(v) if o.lemma_.lower() in TRUCE_NOUNS for g in prep_objects(o, ("in",))]
    for g in toks:
        m = place_mention(g, by_tok, si)
        if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
            return [m]
    return []


def invested(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'pledged new investment in Pakistan's mining sector': where the money goes."""
    from .arguments import objects, prep_objects

    objs = objects(verb) + [o for c in verb.children if c.dep_ in ("xcomp", "pcomp") for o in objects(c)]
    return coded_targets([g for o in objs if o.lemma_.lower() in INVEST_NOUNS for g in prep_objects(o, ("in", "into"))],
                  own, by_tok)


def restricted_destination(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    from .arguments import objects, place_mention, prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    nouns = objects(verb)
    if any(n.lemma_.lower() in SUPPLY_NOUNS for n in nouns):
        # "cut off electricity and water to Gaza"
        for g in prep_objects(verb, ("to", "into")):
            m = place_mention(g, by_tok, si)
            if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
                return [m]
    for _ in range(2):  # "restrictions on | the entry of goods | into Gaza"
        nouns += [g for n in nouns for g in prep_objects(n, ("on", "of")) if g not in nouns]
    for n in nouns:
        if n.lemma_.lower() in MOVEMENT_NOUNS:
            for g in prep_objects(n, ("into", "to", "from")):
                m = place_mention(g, by_tok, si)
                if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
                    return [m]
    return []


def owned_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Mali accused Algeria of shooting down one of its drones': a possessive on the object
    that coreference gave another country names the owner, who is the target."""
    from .arguments import objects, prep_objects

    objs = objects(verb)
    objs += [g for o in objs for g in prep_objects(o, ("of",))]
    for o in objs:
        for c in o.children:
            m = by_tok.get(c.i)
            if c.dep_ == "poss" and c.pos_ == "PRON" and m is not None and m.code and m.code not in own:
                return [m]
    return []
