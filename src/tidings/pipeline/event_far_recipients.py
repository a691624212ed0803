"""Recipients the parse puts far from the trigger (round 12, long sentences): a "to X" the parser tore
into the object's list or value, the owner or user a relative clause names for the thing struck or
seized (also behind a speech verb: "a warehouse that the military said belonged to Hezbollah"), whom
sanctioned firms serve when the clause is reported ("firms which they said had helped Moscow"), and the
place the people aid is for were hit in ("to people displaced by the earthquake in central Myanmar").
``settle_recipients`` (event_recipients.py) calls these after the nearer finders of event_targets.py."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import GO_BETWEEN_NOUNS, NON_COUNTRY_CODES, PROVOKING_MARKS
from .dates import WEEKDAY_SET as WEEKDAYS
from .event_targets import coded_targets
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# verbs of a report or belief that a relative clause hangs its content on ("which they said had
# helped", "that the military said belonged to")
REPORT_VERBS = frozenset({"say", "claim", "allege", "believe", "suspect", "accuse", "describe", "identify",
                          "consider", "assert", "insist", "think", "confirm"})
# a thing's holder or user: "belonged to Hezbollah", "used / run / operated by Russian forces",
# "a depot Russian forces used"
HOLD_VERBS = frozenset({"belong", "own", "use", "operate", "run", "control", "hold", "man", "occupy", "serve",
                        "house", "store", "charter"})
# a site's guests: "a base hosting American troops" is struck as theirs
HOSTING_VERBS = frozenset({"host", "house", "station", "garrison"})
HOSTED_FORCES = word_list("party_nouns.json", "hosted_forces")
# verbs that hand goods over to a party named by "to"
TRANSFER_VERBS = word_list("act_verbs.json", "transfer_verbs")
# a carrier of arms hit or seized on its way works for whom its load is for ("a convoy transporting weapons for
# Hezbollah", "a ship carrying arms to the Houthis")
CARRY_VERBS = frozenset({"carry", "transport", "ferry", "deliver", "smuggle", "ship", "bring"})
ARMS_LOADS = frozenset({"weapon", "weapons", "arms", "missile", "rocket", "ammunition", "munition", "munitions",
                        "explosive", "explosives", "drone", "shell", "fighter", "militant", "troop", "soldier",
                        "launcher", "warhead", "component", "part"})


def _inside(top: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of ``preps`` anywhere in ``top``'s phrase, not past a clause of its own (a verb other than
    a bare participle modifier)."""
    out: list[Token] = []
    stack = list(top.children)
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            continue
        if t.dep_ == "prep" and t.lower_ in preps:
            out += [g for g in t.children if g.dep_ == "pobj"]
        stack.extend(t.children)
    return out


def buried_destination(verb: Token, own: set[str], by_tok: dict[int, Mention], extra: list[Token] | tuple = ()
                       ) -> list[Mention]:
    """'shipped a package of radars, artillery shells and mine-clearing vehicles worth 400 million euros
    to Ukraine': the parser hangs the "to" phrase inside the list or its value (or tears the list off the
    object as the verb's conjuncts); it still says where the goods went."""
    objects = _arguments.objects

    if verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        # "pledged to provide patrol boats ..., worth about $400 million, to the Philippines"
        # (the parser may hang the goods' value, with the "to" phrase, on the promise verb)
        worth = [w for w in verb.children if w.dep_ == "conj" and w.lower_ == "worth"]
        return next((found for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in TRANSFER_VERBS
                     for found in [buried_destination(c, own, by_tok, worth)] if found), [])
    tops = objects(verb) + [c for c in verb.children if c.lower_ == "worth" or (
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))] + list(extra)
    return _first_party([g for top in tops for g in _inside(top, ("to",))], own, by_tok)


def _first_party(toks: list[Token], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The first of ``toks`` that names a party of another country, or a place of one ("to Gaza")."""
    place_mention = _argument_places.place_mention

    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    for g in toks:
        found = [m for m in coded_targets([g], own, by_tok) if m.code not in NON_COUNTRY_CODES]
        if not found:
            m = place_mention(g, by_tok, si)
            found = [m] if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES else []
        if found:
            return found[:1]
    return []


def people_place(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'provide aid ... to people displaced by the earthquake in central Myanmar', 'relief for families
    hit by floods in northern Pakistan': the place inside the phrase of the people helped (past their
    participle) is where the aid went. A place in the donor's own country is domestic relief."""
    place_mention = _argument_places.place_mention
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    helped = prep_objects(verb, ("to", "for")) + [g for o in objects(verb) for g in prep_objects(o, ("to", "for"))]
    for p in helped:
        for c in p.children:
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            places = _inside(c, ("in", "inside", "across")) + [
                g for a in c.children if a.dep_ == "agent" for o in a.children for g in _inside(o, ("in", "inside", "across"))]
            for g in places:
                m = place_mention(g, by_tok, si)
                if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
                    return [m]
    return []


def _reported(c: Token) -> list[Token]:
    """A relative clause's verb, or the content clauses of a report verb that carries it ("which they
    said had helped Moscow")."""
    if c.lemma_.lower() in REPORT_VERBS:
        return [g for g in c.children if g.dep_ in ("ccomp", "xcomp")]
    return [c]


def _holders(v: Token, thing: Token) -> list[Token]:
    """The holder a clause on ``thing`` names: "belonged to X", "used / run by X", "(a depot) X used"; or
    whom a carrier works for ("a convoy ... transporting weapons for Hezbollah")."""
    if v.lemma_.lower() in CARRY_VERBS:
        loads = [o for o in v.children if o.dep_ == "dobj"]
        if not any(o.lemma_.lower() in ARMS_LOADS or any(a.lemma_.lower() in ARMS_LOADS for a in o.children)
                   for o in loads):
            # (only arms: "a tanker carrying oil to China", "a boat carrying aid for Gaza" serve no one there); a
            # carrier's own side is where it comes from ("a boat ... carrying drugs from Venezuela")
            return [g for x in [v, *loads] for p in x.children if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children if g.dep_ == "pobj"]
        return [g for x in [v, *loads] for p in x.children
                if p.dep_ in ("prep", "dative") and p.lower_ in ("for", "to") for g in p.children if g.dep_ == "pobj"]
    if v.lemma_.lower() in HOSTING_VERBS:
        # "a base hosting American troops", "an airfield housing Russian jets": whose forces are there (not guests:
        # "a hotel hosting a Turkish trade delegation" is still struck where it stands)
        return [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in HOSTED_FORCES]
    if v.lemma_.lower() not in HOLD_VERBS:
        return []
    out = [g for p in v.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "to") for g in p.children
           if g.dep_ == "pobj"]
    if not out and v.lemma_.lower() != "belong" and not any(c.dep_ == "auxpass" for c in v.children):
        # an active clause's own subject ("a depot Russian forces used"), not the relative pronoun
        out = [s for s in v.children if s.dep_ == "nsubj" and s.i != thing.i and s.tag_ not in ("WDT", "WP")
               and s.lower_ != "that"]
    return out


def clause_holder(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'struck an ammunition depot near Dzhankoi in Crimea that was used by Russian forces' -> RUS,
    'struck a warehouse in Homs that the Israeli military said belonged to Hezbollah' -> LBN: the party
    a relative clause on the thing hit or seized names as its holder or user is the target, not the
    place. The parser may hang the clause on a place inside the object's phrase or, behind a report
    verb, on the trigger itself ("struck a warehouse ... that the military said ..." as a ccomp)."""
    objects = _arguments.objects

    # ("fired two drones at a base hosting American troops": the target of a launch)
    things = objects(verb) + _arguments.prep_objects(verb, ("at",))
    # "a strike on a boat that ...": an attack noun's target phrase, also as the subject of a toll verb ("a U.S.
    # strike on a boat that ... killed 11 people")
    nouns = [verb] if verb.pos_ == "NOUN" else [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    things += [g for n in nouns for g in _arguments.prep_objects(n, ("on", "against"))]
    scope = [t for o in things for t in o.subtree if t.pos_ in ("NOUN", "PROPN")]
    clauses = [(c, t) for t in scope for c in t.children if c.dep_ in ("relcl", "acl") and c.i > t.i]
    # (the misparse: "that the military said" taken for the trigger's own content or adverbial clause)
    clauses += [(c, things[0]) for c in verb.children if things and c.dep_ in ("ccomp", "advcl") and c.i > things[0].i
                and c.lemma_.lower() in REPORT_VERBS
                and any(s.dep_ in ("nsubj", "dep", "mark") and s.lower_ in ("that", "which") and s.i == c.left_edge.i
                        for s in c.children)]
    for c, thing in clauses:
        found = coded_targets([h for v in _reported(c) for h in _holders(v, thing)], own, by_tok)
        if found:
            return found[:1]
    return []


def reported_behalf(targets: list[Token], behalf: frozenset[str]) -> list[Token]:
    """'sanctions on a network of firms, which they said had helped Moscow evade the price cap', 'which it
    said supplied components used by Iranian drone makers': the party the sanctioned firms serve, named
    in a relative clause behind a report verb (the parser may make the served goods the report's object,
    with the serving verb a participle on them)."""
    direct_subjects, objects = _arguments.direct_subjects, _arguments.objects

    toks: list[Token] = []
    # (the clause may hang on a place inside the firms' phrase: "companies registered in the Marshall Islands,
    # which Ottawa said were transporting Russian crude")
    scope = list(dict.fromkeys(n for t in targets for n in t.subtree if n.pos_ in ("NOUN", "PROPN")))
    for t in scope:
        for c in t.children:
            if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in REPORT_VERBS:
                continue
            verbs = _reported(c)
            # ("which it said supplied components": the parser's 'said [supplied components]')
            verbs += [a for o in objects(c) for a in o.children if a.dep_ in ("amod", "acl")
                      and a.lemma_.lower() in behalf and a.i < o.i]
            for v in verbs:
                if v.lemma_.lower() not in behalf:
                    continue
                objs = [o for o in objects(v) if o.i > v.i] if v.dep_ != "amod" else [v.head]
                toks += objs + [x for y in v.children if y.dep_ in ("ccomp", "xcomp") for x in direct_subjects(y)[0]]
                toks += [x for o in objs for x in o.children if x.dep_ in ("amod", "compound", "poss")]
                toks += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                         if g.dep_ == "pobj"]  # ("which it said had sold drone engines to Russia")
                # the goods' users ("components used by Iranian drone makers")
                toks += [g for o in objs for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in HOLD_VERBS
                         for p in a.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    return toks


def detached_phrase(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'voiced strong support on Monday, speaking to reporters after a meeting in Canada, for Ukraine's bid to join the
    EU' -> UKR: the event's own recipient phrase, after a parenthetical set off by commas, hangs on the parenthetical;
    the comma right before it shows it closes the aside and returns to the event."""
    preps = set(h.entry.rprep) | ({"for"} if h.etype == "SUPPORT" else set())
    if not preps:
        return []
    doc = h.tok.doc
    start = (h.noun if h.noun is not None else h.tok).i
    asides = [c for c in h.tok.children if c.i > start and c.dep_ in ("advcl", "prep", "npadvmod")
              and (c.dep_ != "advcl" or c.tag_ in ("VBG", "VBN"))]
    for c in asides:
        for p in c.subtree:
            if p.dep_ == "prep" and p.lower_ in preps and p.i > c.i and doc[p.i - 1].text == ",":
                found = coded_targets([g for g in p.children if g.dep_ == "pobj"], own, by_tok)
                if found:
                    return found
    return []




def dated_object(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'condemned on Wednesday Israel's decision to expand settlements': the parser reads the weekday and the object
    after it as one "on" phrase; the object is still the thing judged, and its owner the party."""
    objs = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
            if g.dep_ == "pobj" and g.left_edge.lower_ in WEEKDAYS and g.left_edge.i < g.i]
    return coded_targets(objs, own, by_tok)


def worth_tail(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'pledged humanitarian aid worth 100 million euros for civilians in Sudan's Darfur' -> SDN: the parser hangs the
    goods' "to / for" phrase on the value; it names the party (or the people in a place) the goods are for."""
    place_mention = _argument_places.place_mention
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    # (the value on the goods, or torn off onto the verb: "announced a package, including ... parts worth some 600
    # million dollars, for Ukraine's armed forces")
    values = [w for o in objects(verb) for w in o.children if w.lower_ == "worth"]
    values += [w for w in verb.children if w.lower_ == "worth"]
    for g in [g for w in values for g in _inside(w, ("to", "for"))]:
        found = coded_targets([g], own, by_tok)
        for x in prep_objects(g, ("in", "inside", "across")) if not found else ():
            m = place_mention(x, by_tok, si)
            if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
                found = [m]
        if found:
            return found[:1]
    return []


# acts made in words, whose letter or message names the addressee
MESSAGE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "SUPPORT", "CONCEDE"})
# a speech act's medium whose "to" phrase is its addressee: "In a letter to Tehran, the IAEA chief demanded access"
MESSAGE_NOUNS = frozenset({"letter", "message", "note", "call", "cable", "memo", "email", "communique", "missive",
                           "appeal", "ultimatum"})


def message_addressee(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'In a letter to Tehran seen by Reuters, the head of the UN nuclear watchdog demanded access ...' -> IRN: the party
    a letter or message the act was made in is addressed to (fronted or after the verb)."""
    prep_objects = _arguments.prep_objects

    media = [g for g in prep_objects(verb, ("in", "through", "via")) if g.lemma_.lower() in MESSAGE_NOUNS]
    return coded_targets([x for g in media for x in prep_objects(g, ("to",))], own, by_tok)[:1]


def aimed_goods(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'announced new tariffs on Tuesday, targeting steel and aluminium imported from China' -> CHN: a penalty's aiming
    participle the parser hangs on the verb names the goods hit, and they stand for their origin or owner."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects
    from .event_targets import AIMING_PARTICIPLES

    aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG"
            and c.lemma_.lower() in AIMING_PARTICIPLES]
    goods = [g for a in aims for g in objects(a) + prep_objects(a, ("at",))]
    return coded_targets([x for g in goods for x in [g, *(c for c in g.conjuncts)]], own, by_tok)[:1]


# judgement verbs whose passive subject is the act judged ("Germany's decision ... was criticised by Moscow")
JUDGED_TYPES = frozenset({"ACCUSE", "REJECT"})


def judged_subject(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Germany's decision to send tanks was welcomed by Kyiv but criticised by Moscow' -> DEU; 'police raids on the
    offices of Mozambique's opposition party were condemned by the EU' -> MOZ: a judgement told in the passive, its
    actor the "by" agent, aims at the doer of the act its subject names (its owner, else the first party inside it)."""
    passive_subjects, prep_objects = _arguments.passive_subjects, _arguments.prep_objects

    verb = h.tok
    if h.noun is not None or not prep_objects(verb, ("by",)):
        return []
    judged = passive_subjects(verb) if verb.dep_ not in ("acl", "relcl") else []
    if not judged and verb.dep_ == "conj" and verb.head.dep_ not in ("acl", "relcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        judged = passive_subjects(verb.head)  # "was welcomed by Kyiv but criticised by Moscow"
    if not judged or judged[0].pos_ != "NOUN":
        return []  # (a party itself: "Israel was condemned by ...", read by the parse)
    act = judged[0]
    doers = [c for c in act.children if c.dep_ in ("poss", "compound", "amod", "nmod")] + prep_objects(act, ("by",))
    found = [m for m in coded_targets(doers, own, by_tok) if m.code not in NON_COUNTRY_CODES]
    if found:
        return found[:1]
    # (not inside a clause on it: "the decision, hailed by Russia, was condemned by the EU")
    clauses = {t.i for c in act.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    inside = [t for t in act.subtree if t.i != act.i and t.i in by_tok and t.i not in clauses]
    return _first_party(inside, own, by_tok)


# verbs that move people from one place to another ("evacuated 40 children from Gaza to Amman")
MOVE_PEOPLE_VERBS = frozenset({"evacuate", "relocate", "transfer", "move", "airlift", "fly", "bus", "ferry", "bring",
                               "transport", "resettle", "repatriate", "carry", "shuttle"})


def moved_people_origin(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'evacuated 40 sick children from Gaza to hospitals in Amman' -> PSE, 'airlifted wounded civilians from Gaza
    to Abu Dhabi' -> PSE: people moved belong where they are taken from; the destination ("to Jordan") is only
    where they go. Not the actor's own people ("flew its citizens from Beirut") nor a named party moved."""
    objects, prep_objects, self_owned = _arguments.objects, _arguments.prep_objects, _arguments.self_owned
    from .argument_places import place_mention

    if h.noun is not None or h.tok.lemma_.lower() not in MOVE_PEOPLE_VERBS:
        return []
    people = [o for o in objects(h.tok) if o.pos_ == "NOUN" and not self_owned(o)
              and not (o.i in by_tok and by_tok[o.i].code)]
    if not people:
        return []
    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    for g in prep_objects(h.tok, ("from", "out")) + [g for o in people for g in prep_objects(o, ("from",))]:
        m = place_mention(g, by_tok, si)
        if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES:
            return [m]
    return []

# answers to what someone proposed, asked or warned: the "from X" after the thing answered is its author
SOURCE_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT", "CONCEDE"})
PARTICLE_WORDS = frozenset({"aside", "down", "off", "away", "back"})


def torn_source(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Ignoring warnings from Washington, Israel pressed ahead ...' -> USA, 'Rebuffing an appeal from the Vatican':
    the parser may hang the "from X" that names the author of the thing answered on the answering verb instead of
    the noun; right after that noun, it is still the noun's (the verb's own "from" elsewhere is no author)."""
    doc = h.tok.doc
    ends = {doc[i].right_edge.i for i in [*h.material, *(o.i for o in _arguments.objects(h.tok))]}  # ("turned down
    # a proposal from Ankara": the object answered, right before the "from")
    found = [g for p in h.tok.children if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i - 1 in ends
             for g in p.children if g.dep_ == "pobj"]
    # ("Brushing aside its EU partners": the verb's particle read as a preposition, its object as the particle's)
    found += [g for p in h.tok.children if p.dep_ == "prep" and p.i == h.tok.i + 1 and p.lower_ in PARTICLE_WORDS
              for g in p.children if g.dep_ == "pobj"]
    return [m for m in coded_targets(found, own, by_tok) if m.code not in own][:2]

def far_phrase(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The recipient phrases of this module that need no type's own finder: a phrase after a comma-set aside, an object
    read into "on <weekday>", a letter's addressee, a penalty's aimed goods (``settle_recipients`` calls it when no
    party of another country was found)."""
    return detached_phrase(h, own, by_tok) or (torn_source(h, own, by_tok) if h.etype in SOURCE_TYPES else []) or (judged_subject(h, own, by_tok) if h.etype in JUDGED_TYPES else []) or (
        thanked_for(h.tok, own, by_tok) if h.etype in THANKED_TYPES else []) or (
        dated_object(h.tok, own, by_tok) if h.noun is None else []) or (
        message_addressee(h.tok, own, by_tok) if h.etype in MESSAGE_TYPES else []) or (
        (aimed_goods(h.tok, own, by_tok) or penalty_clause(h, own, by_tok)) if h.etype == "SANCTION" else []) or (
        answered_concession(h.tok, own, by_tok) if h.etype in ANSWER_TYPES and h.noun is None else []) or (
        _needy.needy_party(h, own, by_tok)) or _reporter.reporter_target(h, own, by_tok) or (  # ("Pakistan's army said
        _held.held_until_party(h, own, by_tok) or _held.gerund_doer(h, own, by_tok)  # Indian troops fired across the
        or _held.means_target(h, own, by_tok) or _held.talk_partner(h, own, by_tok))
    # LoC"; "halted trade until Israel ..."; "protested over Russian drones entering its airspace")


# a step taken in return: "dropped its opposition ... after Helsinki agreed to extradite two suspects" -> FIN -> TUR
ANSWER_TYPES = frozenset({"AGREE", "CONCEDE"})
# main acts that give something back (a concession, an easing, a release)
CONCESSION_VERBS = word_list("act_verbs.json", "concession_verbs")


def answered_concession(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Turkey dropped its opposition to Finland's membership after Helsinki agreed to extradite two suspects' ->
    FIN -> TUR; 'eased restrictions after the United States pledged to monitor their use' -> USA -> ISR: a promise told
    in an "after / following" clause of another party's concession is made to that party (the mirror of
    argument_partners.quid_pro_quo)."""
    head = verb.head
    if head.lemma_.lower() in ("say", "tell", "announce"):  # ("..., Erdogan told reporters, after Helsinki agreed")
        head = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), head)
    if verb.dep_ != "advcl" or head.lemma_.lower() not in CONCESSION_VERBS or not any(
            m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in verb.children) or any(
            s.lemma_.lower() in GO_BETWEEN_NOUNS for s in _arguments.direct_subjects(verb)[0]):
        return []  # (a go-between's proposal is made to both sides: "after Egyptian mediators proposed a timetable")
    found = coded_targets(_arguments.direct_subjects(head)[0], own, by_tok)
    # (an international body's easing or funds are answered too: "the IMF approved a disbursement after Cairo agreed
    # to sell state firms" -> EGY -> IGO; a company or NGO is no party of a state's promise)
    return [m for m in found if m.code not in NON_COUNTRY_CODES or m.code in STATE_BODY_CODES][:1]


STATE_BODY_CODES = frozenset({"IGO", "UNO", "EUR"})


# acts told in an "after" clause that land on the party whose reaction the main clause tells
PROVOKED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "REQUEST", "RETREAT", "CONCEDE"})
# (a state's own people hit at home: "walked off the job two days after inmates stabbed a colleague")
HOME_PROVOKED_TYPES = frozenset({"ASSAULT", "COERCE"})


def provoked_party(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Pakistan's army deployed troops along the frontier, days after New Delhi moved two brigades closer' -> IND ->
    PAK; 'Colombia recalled its ambassador after U.S. forces struck a boat' -> USA -> COL; 'the EU extended its sanctions
    after Slovakia dropped its objections' -> SVK -> EUR: an act with no party of its own, told in an "after /
    following" clause, was done to the party whose reaction the main clause tells (the mirror of ``provoker``); that
    party's own people when it is the doer's own state (ASSAULT, COERCE). ``settle_recipients`` calls it only when
    nothing coded was found."""
    verb = h.tok
    if h.etype not in PROVOKED_TYPES or verb.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in verb.children):
        return []
    if h.etype == "MOBILIZE" and (h.noun is not None or h.tok.lower_.startswith("test") or any(
            c.lower_ == "test" for c in h.tok.children)):
        return []  # (a weapons test or a drill answers no one: "a day after Pyongyang test-fired a missile")
    head = verb.head
    subj, agent = _arguments.direct_subjects(head)
    while not subj and head.dep_ == "conj":  # ("closed the crossings and summoned the envoy, a day after ...")
        head = head.head
        subj, agent = _arguments.direct_subjects(head)
    if agent or any(s.lemma_.lower() in GO_BETWEEN_NOUNS for s in _arguments.direct_subjects(verb)[0]):
        return []
    found = [m for m in _argument_places.mentions_of(subj, by_tok) if m.code]
    other = [m for m in found if m.code not in own]
    if other:
        return unique_codes(other)[:2]
    return found[:1] if h.etype in HOME_PROVOKED_TYPES else []


# "in response to / in retaliation for / as a reply to / in protest at <a party's act>"
ANSWER_NOUNS = frozenset({"response", "retaliation", "reply", "reaction", "answer", "reprisal", "riposte", "protest"})


def answered_party(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'deployed troops along the coast in response to the U.S. naval build-up' -> USA; 'shelled positions in
    retaliation for an Indian drone strike' -> IND; 'reinforced its border units in response to Belarus's decision to
    host Wagner fighters' -> BLR: an act done as the answer to a party's act is aimed at that party (its owner,
    modifier or "by / from" agent)."""
    prep_objects, conjuncts = _arguments.prep_objects, _arguments.conjuncts

    acts = [a for g in prep_objects(verb, ("in", "as")) if g.lemma_.lower() in ANSWER_NOUNS
            for a in prep_objects(g, ("to", "for", "against", "at", "over"))]
    toks = [x for a in acts for c in a.children if c.dep_ in ("poss", "amod", "compound", "nmod") for x in conjuncts(c)]
    toks += [g for a in acts for g in prep_objects(a, ("by", "from"))]
    return unique_codes(coded_targets(toks, own, by_tok))[:2]


# the state's executive organs: whom they address as "the government" may be another state's (base.STATE_SECTORS
# without courts and parliaments, which address their own government)
EXECUTIVE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# the government as a whole ("demanded the resignation of the home secretary" names an office, left as it is)
GOVERNMENT_WORDS = frozenset({"government", "authorities", "cabinet", "administration", "regime", "executive"})


def unaimed_party(h, actor: list[Mention], found: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """For an act whose finders found no coded party at all: an uncoded "the government" a country's own non-state
    party addresses is its own; ``provoked_party``, else a state force's crowd control
    (tear gas, water cannon, batons) is aimed at its own people ("riot police used pepper spray and water cannon to
    disperse a smaller group" -> GEO -> GEO; "police fired tear gas to stop them" -> PAK -> PAK), as the arrests of a
    crowd are (docs: "Domestic recipients"), when the sentence names no other country."""
    if any(m.code for m in found):
        return []
    own = {m.code for m in actor if m.code}
    gov = [m for m in found if m.code is None and m.sector == "GOV" and h.tok.doc[m.root].lemma_.lower() in GOVERNMENT_WORDS]
    if len(own) == 1 and all(m.code and m.sector and m.sector not in EXECUTIVE_SECTORS for m in actor):
        # "Venezuela's parliament demanded that the government sever ties", "opposition lawmakers urged the
        # government to ...": a country's own parties, courts and crowds address their own government
        if gov:
            return [replace(gov[0], code=next(iter(own)))]
        # ... and answer its offers and plans ("the teachers' union rejected a government offer on back pay", "the
        # labour congress accepted the government's offer of a new minimum wage")
        if h.noun is None and not found and any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in GOVERNMENT_WORDS
                                                and not (c.i in by_tok and by_tok[c.i].code)
                                                for o in _arguments.objects(h.tok) for c in o.children):
            return [m for m in actor if m.code][:1]
    got = provoked_party(h, own, by_tok) or (answered_party(h.tok, own, by_tok) if h.etype in PROVOKED_TYPES else [])
    if got or h.etype != "ASSAULT" or h.mode != "crowd-control" or len(own) != 1:
        return got
    if any(m.code and m.code not in own for m in by_tok.values()):
        return []  # (another country in the sentence: "a Chinese vessel firing a water cannon at one of its boats")
    return [m for m in actor if m.code and m.code not in NON_COUNTRY_CODES][:1]


# money a lender puts up: whom a stance on it concerns is the borrower ("declined to back an IMF loan for Argentina")
FUNDING_NOUNS = frozenset({"loan", "loans", "credit", "bailout", "grant", "tranche", "financing", "package",
                           "facility", "disbursement"})
FUNDING_STANCE_TYPES = frozenset({"REJECT", "SUPPORT"})


def funded_party(h, found: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Germany and the Netherlands declined to back a fresh IMF loan for Argentina' -> ARG; 'refused to back a new
    European Union loan for Hungary' -> HUN; 'backed a World Bank credit line for Sri Lanka' -> LKA: backing or
    blocking a lender's money is about the borrower its "for / to" phrase names, not the lender named on it."""
    if h.etype not in FUNDING_STANCE_TYPES or h.noun is not None:
        return []
    own = {m.code for m in h.actor if m.code}
    objs = [o for v in [h.tok, *(c for c in h.tok.children if c.dep_ == "xcomp")] for o in _arguments.objects(v)]
    funds = [o for o in objs if o.lemma_.lower() in FUNDING_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in FUNDING_NOUNS for c in o.children)]
    borrowers = coded_targets([g for o in funds for g in _arguments.prep_objects(o, ("for", "to"))], own, by_tok)
    if not borrowers or not any(m.code in NON_COUNTRY_CODES for m in found):
        return []
    return unique_codes(borrowers)[:2]


# acts one party thanks another for, done for the thanker ("thanked Kim for sending troops", "grateful to
# Norway for delivering air defences")
THANKED_TYPES = frozenset({"MOBILIZE", "AID", "SUPPORT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT"})
THANK_WORDS = frozenset({"thank", "grateful", "praise", "commend", "hail"})


def thanked_for(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Putin thanked Kim Jong Un for sending troops to help drive Ukrainian forces out of Kursk' -> RUS: an act
    in the "for" complement of a thanks with no receiver of its own was done for the one who thanks."""
    direct_subjects = _arguments.direct_subjects

    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep":
        return []
    frame = prep.head
    if frame.lemma_.lower() not in THANK_WORDS:
        frame = frame.head if frame.dep_ in ("acomp", "dobj", "pobj", "prep") else frame
    if frame.lemma_.lower() not in THANK_WORDS:
        return []
    subj, agent = direct_subjects(frame)
    return [m for m in _arguments.recipient_mentions(subj, by_tok) if m.code and m.code not in own] if not agent else []


# what a penalty's relative clause says it hits ("the sanctions, which target Iranian drone makers", "the tariffs,
# which apply to steel from Canada", "the ban, which covers imports of Russian gold")
PENALTY_AIM_VERBS = frozenset({"target", "apply", "cover", "hit", "affect", "aim", "bar", "ban", "restrict", "punish",
                               "penalise", "penalize", "single"})
# ... or whom the suspended thing served ("suspended the programme on Thursday that had trained Malian soldiers")
SERVED_VERBS = frozenset({"train", "help", "support", "fund", "finance", "supply", "arm", "assist", "equip", "benefit"})
TIME_PREPS = ("on", "in", "at", "during", "after", "late", "early")


def penalty_clause(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Britain announced the sanctions on Tuesday, which target Iranian drone makers' -> IRN: a relative clause on the
    penalty (also extraposed past the day, where the parser hangs it on the day or the verb, or on the passive subject:
    "The new measures, which target Russian banks, were approved") names what the penalty hits or whom the suspended
    thing served."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    verb = h.tok
    heads = objects(verb) + ([h.noun] if h.noun is not None else [])
    heads += [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN"]
    heads += [verb] + prep_objects(verb, TIME_PREPS) + [c for c in verb.children if c.dep_ == "npadvmod"]
    clauses = [c for x in heads for c in x.children if c.dep_ in ("relcl", "advcl") and c.i > x.i
               and any(g.lower_ in ("which", "that") and g.i < c.i for g in c.children)]
    for v in clauses:
        low = v.lemma_.lower()
        if low in PENALTY_AIM_VERBS:
            hit = objects(v) + prep_objects(v, ("to", "at", "on", "against", "from"))
        elif low in SERVED_VERBS:
            hit = objects(v)
        else:
            continue
        hit += [g for x in hit for g in prep_objects(x, ("of", "from"))]
        found = coded_targets([x for g in hit for x in [g, *g.conjuncts]], own, by_tok)
        if found:
            return unique_codes(found)
    return []


def unique_codes(found: list[Mention]) -> list[Mention]:
    seen: set[str | None] = set()
    out = []
    for m in found:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import argument_places as _argument_places  # noqa: E402
from . import arguments as _arguments  # noqa: E402
from . import event_held_targets as _held  # noqa: E402
from . import event_needy_recipients as _needy  # noqa: E402
from . import event_reporter_targets as _reporter  # noqa: E402
