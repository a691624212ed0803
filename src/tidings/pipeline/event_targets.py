"""Who an event was aimed at when the parse names the target one step away: a place "at" the
scene, a participle's object ("strikes targeting X"), the party helped, invested in, responded to
or barred. ``settle_recipients`` (event_recipients.py) tries these finders in order."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import BLAME_VERBS as BLAME_VERBS
from .base import NON_COUNTRY_CODES as NON_COUNTRY_CODES
from .base import NON_STATE_SECTORS as NON_STATE_SECTORS
from .base import token_mention
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


AIMING_PARTICIPLES = frozenset({"target", "aim", "hit", "kill"})
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "reaction", "countermeasure", "answer"})
HELP_VERBS = frozenset({"help", "assist", "support", "enable", "allow", "back", "reinforce", "bolster", "prop"})


def at_place(word: Token, verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'air strikes on weapons shipments at the port of Mukalla': "at" with a place noun or a
    gazetteer name is a place too (not "at a summit", "at the UN")."""
    PLACE_NOUNS, place_mention, prep_objects = _arguments.PLACE_NOUNS, _arguments.place_mention, _arguments.prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    # (also the place of the thing hit: "hit grain terminals at Ukrainian ports")
    holders = [word, verb, *_arguments.objects(verb)]
    holders += [g for x in (word, verb) for c in x.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for g in (g for x in holders for g in prep_objects(x, ("at",))):
        if g.lemma_.lower() not in PLACE_NOUNS and g.pos_ != "PROPN":
            continue
        m = place_mention(g, by_tok, si)
        if m is not None and m.code and m.kind == "country" and m.code not in own and m.code not in NON_COUNTRY_CODES:
            return [m]
    return []


def coded_targets(toks: list[Token], own: set[str], by_tok: dict[int, Mention], trigger: int | None = None) -> list[Mention]:
    return [m for m in _arguments.recipient_mentions(toks, by_tok, trigger=trigger) if m.code and m.code not in own]


def hit_by_it(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'A Greek-operated ship was hit by a missile fired by the Houthis': the launch participle on the
    passive's "by" agent hits the passive's subject."""
    passive_subjects = _arguments.passive_subjects

    by = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else None
    if by is None or by.lower_ != "by" or by.head.i == by.i:
        return []
    return coded_targets(passive_subjects(by.head), own, by_tok)


def aimed_at(word: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    objects = _arguments.objects

    clauses = [c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_PARTICIPLES]
    return coded_targets([o for c in clauses for o in objects(c)], own, by_tok)


def deep_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'fired a missile carrying cluster munitions at Israel': the parser hung the target's "at"
    inside the object phrase."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    for o in objects(verb):
        for t in o.subtree:
            if t.i != o.i:
                found = coded_targets(prep_objects(t, ("at", "against")), own, by_tok)
                if found:
                    return found
    return []


def response_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'warned of a response to joint US-South Korean drills': whoever the response answers."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    nouns = objects(verb) + prep_objects(verb, ("of", "against"))
    nouns += [c for x in verb.children if x.dep_ == "xcomp" for c in objects(x)]
    return coded_targets([g for n in nouns if n.lemma_.lower() in RESPONSE_NOUNS for g in prep_objects(n, ("to", "for"))],
                  own, by_tok)


def helped(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'approved a loan to help Lebanon rebuild': the one a purpose clause helps."""
    direct_subjects, objects = _arguments.direct_subjects, _arguments.objects

    def helped_words(c: Token) -> list[Token]:
        # (a name glued to the bare verb after it is its subject: "to help Turkey search for survivors",
        # which the parser reads as the noun compound "Turkey search")
        return objects(c) + [s for x in c.children if x.dep_ in ("ccomp", "xcomp") for s in direct_subjects(x)[0]
                             or [g for g in x.children if g.dep_ == "compound" and g.pos_ == "PROPN"]]

    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in HELP_VERBS:
            out += helped_words(c)
    for o in objects(verb):
        for c in o.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HELP_VERBS:
                out += helped_words(c)
    return coded_targets(out, own, by_tok)


INVEST_NOUNS = frozenset({"investment", "investments", "stake", "loan", "loans", "financing", "funding"})
# what restrictions and bans apply to: "restrictions on the entry of goods into Gaza" -> PSE
MOVEMENT_NOUNS = frozenset({"entry", "access", "import", "imports", "export", "exports", "travel", "flight",
                            "flights", "shipment", "shipments", "transit", "delivery", "deliveries"})


SUPPLY_NOUNS = frozenset({"electricity", "water", "power", "fuel", "gas", "food", "supply", "supplies", "internet",
                          "aid", "medicine", "medicines"})
# Sanctioned firms and people act for someone: "entities that help Russia evade export controls",
# "companies accused of shipping Iranian oil", "30 ships in Russia's shadow fleet"
BEHALF_VERBS = word_list("act_verbs.json", "behalf_verbs")
GROUP_NOUNS = frozenset({"fleet", "network", "programme", "program", "ring", "cartel", "industry", "sector"})


def beneficiary(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    conjuncts, direct_subjects, objects, prep_objects = _arguments.conjuncts, _arguments.direct_subjects, _arguments.objects, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    targets = objects(h.tok) + prep_objects(h.tok, ("on", "against")) + prep_objects(word, ("on", "against"))
    targets += [g for t in list(targets) for g in prep_objects(t, ("on", "against"))]  # "sanctions on X"
    targets += [g for t in list(targets) for g in prep_objects(t, ("of",))]
    targets = [x for t in targets for x in conjuncts(t)]
    targets += [g for t in list(targets) for g in prep_objects(t, ("of",)) if g not in targets]  # "two of its vessels"
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
                    toks += prep_objects(v, ("to",))  # "companies that supplied drone parts to Russia's army"
    from .event_far_recipients import reported_behalf

    toks += reported_behalf(targets, BEHALF_VERBS)  # "firms which they said had helped Moscow ..."
    return coded_targets(toks, own, by_tok)[:1]


TRUCE_NOUNS = frozenset({"ceasefire", "truce", "pause", "moratorium", "halt"})


def conceded_place(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'declared a three-day ceasefire in Ukraine', 'agreed to allow fuel trucks into Gaza': where
    the concession applies."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    toks = [g for v in verbs for x in [v, *objects(v)] for g in prep_objects(x, ("into",))]
    toks += [g for v in verbs for o in objects(v) if o.lemma_.lower() in TRUCE_NOUNS for g in prep_objects(o, ("in",))]
    return _argument_places.coded_places(toks, own, by_tok, si)


def invested(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'pledged new investment in Pakistan's mining sector': where the money goes."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    objs = objects(verb) + [o for c in verb.children if c.dep_ in ("xcomp", "pcomp") for o in objects(c)]
    return coded_targets([g for o in objs if o.lemma_.lower() in INVEST_NOUNS for g in prep_objects(o, ("in", "into"))],
                  own, by_tok)


def restricted_destination(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    conjuncts, objects, prep_objects = _arguments.conjuncts, _arguments.objects, _arguments.prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index
    nouns = objects(verb)
    if any(n.lemma_.lower() in SUPPLY_NOUNS for n in nouns):
        # "cut off electricity and water to Gaza"
        found = _argument_places.coded_places(prep_objects(verb, ("to", "into")), own, by_tok, si)
        if found:
            return found
    nouns = nouns + prep_objects(verb, ("on",))  # "lifted its ban | on exports": "on" hung on the verb
    for _ in range(2):  # "restrictions on | the entry of goods | into Gaza"
        nouns += [g for n in nouns for g in prep_objects(n, ("on", "of")) if g not in nouns]
    for n in nouns:
        if n.lemma_.lower() in MOVEMENT_NOUNS:
            # "exports of gallium and germanium to the United States": on the goods too
            goods = [x for g in prep_objects(n, ("of",)) for x in conjuncts(g)]
            found = _argument_places.coded_places([t for x in [n, *goods] for t in prep_objects(x, ("into", "to", "from"))],
                                                  own, by_tok, si)
            if found:
                return found
    if any(n.lemma_.lower() in MOVEMENT_NOUNS for n in nouns):
        # "will lift its ban on farm imports | from Malawi next week": the goods' origin or destination
        # the parser hung on the verb (a date after it is enough to move it there)
        return _argument_places.coded_places(prep_objects(verb, ("from", "to", "into")), own, by_tok, si)
    return []


# participles that name where goods or carriers are going ("trucks bound for Kenya", "shipments headed for the
# Philippines", "tankers destined for Niger", "magnets bound for Japanese carmakers")
DESTINED_VERBS = frozenset({"bind", "bound", "head", "destine", "destined"})


def bound_destination(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'halted shipments of coal headed for the Philippines' -> PHL; 'lifted its restrictions on fuel tankers
    destined for Niger' -> NER: a trade cut or easing whose goods or carriers (the object, its "on / of" phrases, two
    steps down) are told as bound for a party is aimed at that party (SANCTION, CONCEDE; a seizure stays the owner's:
    "seized a tanker bound for Libya")."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    nouns = objects(verb) + prep_objects(verb, ("on",))
    for _ in range(2):
        nouns += [g for n in nouns for g in prep_objects(n, ("on", "of")) if g not in nouns]
    # (the parser may hang the participle on the verb: "lifted restrictions on tankers | destined for Niger")
    heads = [c for x in [*nouns, verb] for c in x.children if c.dep_ in ("acl", "advcl", "relcl")
             and c.lemma_.lower() in DESTINED_VERBS and c.tag_ in ("VBN", "VBG", "VBD")]
    return coded_targets(prep_objects_all(heads, ("for", "to", "toward", "towards")), own, by_tok)[:2] if heads else []


def prep_objects_all(heads: list[Token], preps: tuple[str, ...]) -> list[Token]:
    return [g for c in heads for g in _arguments.prep_objects(c, preps)]


# "vetoed a resolution in the Security Council", "Russia's veto of a Security Council text": the body
# whose text is voted down is the recipient (UNO), not a place
COUNCIL_TEXT_NOUNS = frozenset({"resolution", "draft", "text", "statement", "motion", "declaration", "measure",
                                "sanction"})  # ("block any EU sanctions on Russian nuclear fuel" -> EUR)
BODY_CODES = frozenset({"UNO", "IGO", "EUR"})


def council_text(word: Token, verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    holders = [word] if word.i == verb.i else [word, verb]
    if holders[-1].dep_ == "dobj" and holders[-1].pos_ == "NOUN":  # "cast its veto | against a resolution"
        holders.append(holders[-1].head)
    nouns = [n for x in holders for n in objects(x) + prep_objects(x, ("of", "against", "on", "to"))
             if n.lemma_.lower() in COUNCIL_TEXT_NOUNS]
    found: list[Mention] = []
    for n in nouns:
        near = [c for c in n.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
        near += [g for g in prep_objects(n, ("in", "at", "before", "by", "of", "from"))]
        for x in near:
            for t in [x, *x.children]:
                m = by_tok.get(t.i)
                if m is not None and m.code and m.code not in own and m.code != "MNC":
                    found.append(m)
    # the council a text is put to comes first ("a U.S.-drafted Security Council resolution" -> UNO),
    # else its author ("blocked an EU statement criticising China" -> EUR, not the statement's target)
    bodies = [m for m in found if m.code in BODY_CODES]
    out: list[Mention] = []
    for m in bodies or found:  # ("a French-Saudi declaration": both authors)
        if all(x.code != m.code for x in out):
            out.append(m)
    return out


def vetoed_draft(word: Token, verb: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """'Russia vetoed a draft resolution that would have called for ...': only the Security Council's
    texts are vetoed, so with no council or author named the veto itself names the council (docs:
    "vetoed council texts target the council", round 9); "vetoed a bill / law" is a head of state's."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    holders = [word] if word.i == verb.i else [word, verb]
    if not any(x.lemma_.lower() == "veto" for x in holders) or not by_tok:
        return []
    if holders[-1].dep_ == "dobj" and holders[-1].pos_ == "NOUN":  # "used its veto | against a resolution"
        holders.append(holders[-1].head)
    drafts = [n for x in holders for n in objects(x) + prep_objects(x, ("of", "against", "on", "to"))
              if n.lemma_.lower() in ("resolution", "draft")]
    if not drafts:
        return []
    return [token_mention(drafts[0], "UNO", next(iter(by_tok.values())).sent_index)]


def owned_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Mali accused Algeria of shooting down one of its drones': a possessive on the object
    that coreference gave another country names the owner, who is the target."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    objs = objects(verb)
    objs += [g for o in objs for g in prep_objects(o, ("of",))]
    for o in objs:
        for c in o.children:
            m = by_tok.get(c.i)
            if c.dep_ == "poss" and c.pos_ == "PRON" and m is not None and m.code and m.code not in own:
                return [m]
    return []


# Nouns of a relation between two parties: "a fresh round of talks with Cambodia", "a roadmap
# for cooperation with the IAEA", "asked for a meeting with Somalia's president".
PARTNER_NOUNS = word_list("party_nouns.json", "partner_nouns")
# the steps from a trigger's object down to the relation noun ("a round | of talks", "a roadmap |
# for cooperation"); "in" stays a place ("a ceasefire in Sudan")
PARTNER_PATH_PREPS = ("of", "for", "on", "to", "toward", "towards", "about", "over")


# a party's place in a body: "froze its participation in the CSTO", "suspended its membership of the Eurasian
# Economic Union", "halted its contributions to the WHO" (the body is the other side of the act)
MEMBERSHIP_NOUNS = word_list("party_nouns.json", "membership_nouns")
JOIN_VERBS = frozenset({"join", "accede", "enter"})
JOIN_NOUNS = frozenset({"accession", "membership", "entry", "admission", "joining"})


def _joining(n: Token) -> list[Token]:
    """'talks on joining the European Union', 'negotiations on accession to NATO': the body to be joined."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    topics = [g for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "for", "toward", "towards")
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    out = [o for t in topics if t.lemma_.lower() in JOIN_VERBS for o in objects(t)]
    out += [g for t in topics if t.lemma_.lower() in JOIN_NOUNS for g in prep_objects(t, ("to", "in", "of", "into"))]
    return out


def partner_with(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The partner of a relation noun up to three prepositions below the trigger: "requested a
    fresh round of border talks with Cambodia" -> KHM, "agreed to a roadmap for cooperation with
    the IAEA" -> UNO. Only relation nouns open the "with" phrase ("a deal with Iran"), so a tool
    ("hit with sanctions") or a company ("a contract with Boeing") is no partner here, and talks
    "between" two others leave the one calling for them outside ("called for talks between Moscow
    and Kyiv")."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    layer = objects(verb) + prep_objects(verb, PARTNER_PATH_PREPS)
    layer += [o for c in verb.children if c.dep_ == "xcomp" for o in objects(c) + prep_objects(c, PARTNER_PATH_PREPS)]
    seen: set[int] = set()
    for _ in range(3):
        relations = [n for n in layer if n.lemma_.lower() in PARTNER_NOUNS or n.lower_ in PARTNER_NOUNS]
        bodies = [g for n in layer if n.lemma_.lower() in MEMBERSHIP_NOUNS for g in prep_objects(n, ("in", "of", "to", "within"))]
        found = coded_targets([g for n in relations for g in prep_objects(n, ("with",)) + _joining(n)], own, by_tok) or [
            m for m in coded_targets(bodies, own, by_tok) if any(g.left_edge.i <= m.root <= g.i for g in bodies)
            and verb.doc[m.root].dep_ != "amod" and verb.doc[m.root].head.tag_ != "VBN"]  # (not "the Russian-led CSTO")
        if found:
            return found
        seen |= {n.i for n in layer}
        layer = [g for n in layer for g in prep_objects(n, PARTNER_PATH_PREPS) if g.i not in seen]
        if not layer:
            break
    return []


# Nouns of a two-sided contest or settlement, whose "with" phrase names the other side: "fought a
# brief war with Pakistan", "settled a border dispute with Tajikistan", "a clash with Thai troops".
CONTEST_NOUNS = frozenset({
    "war", "conflict", "battle", "clash", "skirmish", "fight", "fighting", "dispute", "feud", "standoff",
    "border", "hostility", "hostilities", "row", "spat", "confrontation"})


def sym_partner(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The other side of a symmetric event named on its object or trigger noun ("fought a brief war
    with Pakistan", "held a round of talks with Kosovo"), when the parse gave it one side only."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    layer = objects(h.tok) + ([h.noun] if h.noun is not None and h.noun.i != h.tok.i else [])
    layer += [g for n in layer for g in prep_objects(n, ("of",))]  # "a round of talks with"
    nouns = [n for n in layer if n.lemma_.lower() in CONTEST_NOUNS or n.lemma_.lower() in PARTNER_NOUNS
             or n.lower_ in PARTNER_NOUNS]
    return coded_targets([g for n in nouns for g in prep_objects(n, ("with", "against"))], own, by_tok)


AID_PLACE_PREPS = ("over", "into", "to", "in", "inside")


def aid_destination(verb: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """Where aid went, when no party receives it by name: "airdropped food parcels over northern
    Gaza" -> PSE, "chipped in $5 million for flood-hit communities in Pakistan" -> PAK. A place in
    the donor's own country is no recipient (domestic relief), nor an organisation's seat."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    own = {m.code for m in actor if m.code}
    si = actor[0].sent_index if actor else 0
    objs = objects(verb)
    toks = prep_objects(verb, AID_PLACE_PREPS) + [g for o in objs for g in prep_objects(o, ("over", "into", "to"))]
    # the people it was for: "relief for flood-hit communities in Pakistan", "aid to 200,000 people in Darfur"
    fors = prep_objects(verb, ("for", "to")) + [g for o in objs for g in prep_objects(o, ("for", "to"))]
    toks += [g for f in fors for g in prep_objects(f, ("in", "inside", "across"))]
    return _argument_places.coded_places(toks, own, by_tok, si)


# an application's owner is the party backed or blocked, not the body it applies to: "ratified
# Sweden's bid to join NATO" -> SWE, "blocked Ukraine's application for EU membership" -> UKR
APPLICATION_NOUNS = frozenset({"bid", "application", "candidacy", "request", "accession", "membership", "entry",
                               "admission", "aspiration", "aspirations", "ambition", "ambitions", "plea"})
APPLICATION_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE", "CONCEDE"})


def applicant(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    objects = _arguments.objects
    mentions_of = _owners.mentions_of

    nouns = [o for o in objects(verb) if o.lemma_.lower() in APPLICATION_NOUNS]
    owners = [c for n in nouns for c in n.children if c.dep_ in ("poss", "amod", "compound") and c.i in by_tok]
    return [m for m in mentions_of(owners, by_tok) if m.code and m.code not in own and m.kind == "country"]


# people using or carrying a struck thing are its target: "detonated pagers carried by Hezbollah
# members" -> LBN, "shot down a drone operated by the Houthis" -> YEM
USER_PARTICIPLES = frozenset({"carry", "use", "hold", "wear", "own", "operate", "man", "fly", "crew", "pilot"})


def users(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    objs = objects(verb)
    objs += [g for o in objs for g in prep_objects(o, ("of",))]
    agents = [g for o in objs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
              and c.lemma_.lower() in USER_PARTICIPLES for a in c.children if a.dep_ == "agent"
              for g in a.children if g.dep_ == "pobj"]
    return coded_targets(agents, own, by_tok)


def supplied(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'supplied the Rapid Support Forces with weapons': with a "with" phrase for the goods, the
    object is who gets them, even when its name looks like goods ("Forces" like troops)."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    if not prep_objects(verb, ("with",)):
        return []
    return coded_targets([o for o in objects(verb) if o.pos_ == "PROPN"], own, by_tok)


# verbs whose object is the thing hit, so its owner is the target: "downed five Indian fighter jets"
# (not "launched Iranian-made drones", where the object is the weapon used)
TARGET_OBJECT_VERBS = frozenset({"down", "shoot", "destroy", "sink", "intercept", "damage", "hit", "strike", "ram",
                                 "board", "capture", "seize", "disable", "bomb", "attack", "torpedo", "shell"})


def owned_object(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    objects = _arguments.objects

    if verb.lemma_.lower() not in TARGET_OBJECT_VERBS:
        return []
    return coded_targets(objects(verb), own, by_tok)


def conditional_party(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'warned it would take countermeasures if Finland allowed NATO to station weapons': the party
    whose act would set the threat off."""
    direct_subjects, objects = _arguments.direct_subjects, _arguments.objects
    from .event_guards import CONDITION_MARKS

    verbs = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    # "will take all necessary measures to ensure its security if Finland hosts ...": the parser hangs the
    # condition on the purpose verb of the object (one level)
    verbs += [c for v in list(verbs) for o in objects(v) for c in o.children if c.dep_ in ("acl", "relcl")]
    conds = [a for v in verbs for a in v.children if a.dep_ == "advcl"
             and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children)]
    # every party of the first condition ("if the United States and South Korea went ahead": both), none of
    # a later one
    for a in conds:
        found = coded_targets(direct_subjects(a)[0], own, by_tok)
        if found:
            return found
    return []


def misplaced_agent(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'criticised the deportation of Mexican migrants by the United States': the parser hangs
    the event noun's "by" on the active verb; it names the doer, who is the one judged."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or not any(
            o.pos_ == "NOUN" and o.i not in by_tok for o in objects(verb)):
        return []
    return coded_targets(prep_objects(verb, ("by",)), own, by_tok)


BACKER_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE", "SANCTION"})
# a cut purchase or ban names the maker of the goods ("cancelled a contract for Israeli-made missiles" -> ISR); only
# makers, not backers ("sanctioned Iran-backed militias" is no sanction on Iran)
MAKER_SUFFIXES = frozenset({"made", "built", "manufactured", "produced", "designed"})


def backer(word: Token, own: set[str], sent_index: int, etype: str | None = None) -> list[Mention]:
    """'turned down a U.S.-backed plan for a truce' -> USA: the backer of the thing judged. The actors
    stage keeps "<country>-backed/-brokered/-drafted" backers in ``doc.user_data["backers"]`` (they are no
    actor mentions: "Iran-backed militias" are not Iran)."""
    objects = _arguments.objects

    if not word.doc.user_data.get("backers") and etype != "SANCTION":
        return []
    # ("accused the Paris-based body of ...", "rejected the Abuja-based bloc's plan": a seat or a destination is no
    # backer of the thing judged; people based abroad are based_in's)
    if etype == "SANCTION":
        return made_by(word, own, sent_index)
    return backers_inside(objects(word), own, sent_index, skip=SEAT_SUFFIXES)


MAKE_VERBS = frozenset({"make", "build", "manufacture", "produce", "design"})


def made_by(word: Token, own: set[str], sent_index: int) -> list[Mention]:
    """The maker of the goods a ban or cut purchase names: "cancelled a contract for Israeli-made missiles",
    "banned imports of weapons made in Israel" -> ISR."""
    prep_objects = _arguments.prep_objects
    goods = _arguments.objects(word)
    goods += [g for o in goods for g in prep_objects(o, ("for", "of"))]
    found = [m for m in backers_inside(goods, own, sent_index, skip=SEAT_SUFFIXES)
             if word.doc.user_data.get("backers", {}).get(m.start, ("", ""))[1] in MAKER_SUFFIXES]
    if found:
        return found
    places = [g for o in goods for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in MAKE_VERBS
              for g in prep_objects(c, ("in",))]
    return _argument_places.coded_places(places, own, {}, sent_index) if places else []


SEAT_SUFFIXES = frozenset({"based", "headquartered", "registered", "born", "bound"})


def backers_inside(nodes: list[Token], own: set[str], sent_index: int, skip: frozenset[str] = frozenset()) -> list[Mention]:
    """The first kept backer ("U.S.-backed", "Turkish-brokered") inside one of ``nodes``, not one of ``own``."""
    if not nodes:
        return []
    backers = nodes[0].doc.user_data.get("backers") or {}
    for o in nodes:
        for start, (code, suffix) in backers.items():
            if o.left_edge.i <= start < o.i and code not in own and suffix not in skip:
                return [token_mention(o.doc[start], code, sent_index)]
    return []


def drop_home_places(recipient: list[Mention], own: set[str]) -> list[Mention]:
    """'RSF paramilitaries hammered El Fasher', 'the army shelled Idlib province': a bare place in the
    actor's own country is where it struck, not a party (people and institutions there are)."""
    from .gazetteer import gazetteer

    def home_place(m: Mention) -> bool:
        if m.code not in own or m.kind != "country" or m.sector not in (None, "GOV"):  # (a capital too)
            return False
        loc = gazetteer().resolve(m.text)
        return loc is not None and loc.feature_code not in ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR")

    kept = [m for m in recipient if not home_place(m)]
    return kept if len(kept) != len(recipient) else recipient


# (after the definitions above, which it imports)
from .event_move_reactions import MOVE_REACTION_TYPES as MOVE_REACTION_TYPES  # noqa: E402
from .event_move_reactions import SUMMARY_NOUNS as SUMMARY_NOUNS  # noqa: E402
from .event_move_reactions import move_doers as move_doers  # noqa: E402
from .event_object_partner import OBJECT_PARTNER_TYPES as OBJECT_PARTNER_TYPES  # noqa: E402
from .event_object_partner import object_partner as object_partner  # noqa: E402


def based_in(toks: list[Token], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'blamed the attack on Pakistan-based militants', 'militants based in Pakistan': people with no
    country of their own (or only the actors stage's default, the accuser's) belong to where they are
    based. Only people words: a firm or office 'based in' a city is no party of that city."""
    place_mention = _argument_places.place_mention

    out: list[Mention] = []
    for t in toks:
        m = by_tok.get(t.i)
        if m is None or m.kind not in ("agent", "person") or (m.code and m.code not in own):
            continue
        for c in t.children:
            if c.lemma_.lower() != "base" or c.dep_ not in ("amod", "acl", "compound"):
                continue
            # "Pakistan-based" (the name hangs on the participle) or "based in Pakistan"
            names = [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"]
            names += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                      for g in p.children if g.dep_ == "pobj"]
            for g in names:
                place = place_mention(g, by_tok, m.sent_index)
                if place is not None and place.code and place.code not in own and place.code not in NON_COUNTRY_CODES:
                    out.append(replace(m, code=place.code, confidence=min(m.confidence, 0.6)))
                    break
    return out


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import argument_places as _argument_places  # noqa: E402
from . import arguments as _arguments  # noqa: E402
from . import owners as _owners  # noqa: E402
