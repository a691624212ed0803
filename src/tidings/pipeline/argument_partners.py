"""Where a partner hides inside a recipient phrase or a clause (round 7, dyads).

``recipient_mentions`` (arguments.py) reads the recipient words the events stage hands it; these
helpers step from those words to the party the phrase names when the words themselves are no party:

* the subject of a response verb stands for what the response answers ("warned that its forces
  would respond with force to incursions by Chinese drones" -> the incursions, whose agent is CHN);
* a relation "between A and B" on the object when the actor is one of them ("praised the cooperation
  between India and the UAE" -> ARE; "urged talks between Israel and Hamas" names no partner);
* a border "with X" on the object ("closed every crossing on its border with Belarus");
* where a launched or fired thing came from ("shot down a drone launched from Yemen");
* the owner or maker in a hyphenated modifier the actors stage keeps aside as a backer
  ("a tariff on Chinese-made cars", "seized a Greek-owned tanker").

``provoker`` is for the recipient conventions (event_recipients): a reaction's "after X <act>"
clause names whom the reaction answers ("warned of countermeasures after the Philippines seized a
Chinese boat" -> PHL).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import BLAME_VERBS, GO_BETWEEN_NOUNS, PROVOKING_MARKS, Mention, parse, verb_above
from .owners import TIED_NOUNS, covert
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose "to / against" complement is what the response answers
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "reply", "answer", "counter"})
RESPONSE_PREPS = ("to", "against")
# prepositions by which a thing sits on a border ("every crossing on its border with X")
ON_BORDER_PREPS = ("on", "along", "at", "across", "near")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# participles and relative verbs whose "from" (or "by") names where a fired, launched or intruding
# thing came from: whose it is ("a drone launched from Yemen", "a drone that had been launched by
# Hezbollah", "a drone carrying drugs from Syria", "a drone that crossed into its airspace from Ukraine")
LAUNCH_PARTICIPLES = frozenset({"launch", "fire", "send", "fly", "shoot", "lob", "dispatch", "carry", "cross", "come",
                                "arrive", "enter", "head", "originate", "travel", "stray"})
# hyphenated modifiers that name the owner or maker of the thing ("Chinese-made", "Greek-owned");
# not "-backed / -led / -brokered" (a backer or go-between: event_targets.backer decides those)
OWNER_SUFFIXES = frozenset({"owned", "flagged", "registered", "operated", "run", "controlled"})
MAKER_SUFFIXES = frozenset({"made", "built", "manufactured", "produced", "assembled"})
# "an Israeli-linked cargo ship", "Russia-tied firms": a tie names the owner of a vessel or a firm (not of
# people: "Iran-linked militias" are a backer's, not Iran itself)
TIE_SUFFIXES = frozenset({"linked", "tied", "connected"})
# Acts on a platform that leave it with its user: "destroyed two Ukrainian-made howitzers" -> UKR (a force
# fields its own industry's guns; not "shot down / intercepted Iranian-made drones", a projectile someone
# else launched, nor "fired Iranian-made drones", the weapon used)
PLATFORM_LOSS_VERBS = frozenset({"destroy", "capture", "seize", "disable", "damage", "wreck", "hit", "strike",
                                 "knock", "eliminate", "neutralise", "neutralize", "burn"})


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    prep_objects = _arguments.prep_objects

    return prep_objects(tok, preps)


# "would take countermeasures / tough measures against X": a light verb with a response noun
RESPONSE_LIGHT_VERBS = frozenset({"take", "adopt", "launch", "mount", "impose"})
RESPONSE_NOUNS = frozenset({"countermeasure", "countermeasures", "retaliation", "response", "reprisal", "reprisals",
                            "measure", "measures", "action", "step", "steps"})


def response_answers(tok: Token) -> list[Token]:
    """'its forces would respond with force to any incursions by X', 'it would take countermeasures
    against joint drills by X': the subject of a response stands for nothing the response is aimed
    at; its "to / against" complement does."""
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if head.lemma_.lower() in RESPONSE_VERBS:
        return _pobjs(head, RESPONSE_PREPS)
    if head.lemma_.lower() in RESPONSE_LIGHT_VERBS:
        objects = _arguments.objects

        nouns = [o for o in objects(head) if o.lemma_.lower() in RESPONSE_NOUNS or o.lower_ in RESPONSE_NOUNS]
        if nouns:
            out = _pobjs(head, ("against",)) + [g for n in nouns for g in _pobjs(n, RESPONSE_PREPS)]
            if out and not any(c.dep_ == "auxpass" for c in head.children):
                # ("countermeasures against joint drills by X": the parser hangs the drills' "by" on the verb)
                out += _pobjs(head, ("by",))
            return out
    return []


def _clause_codes(tok: Token, by_tok: dict[int, Mention]) -> set[str]:
    """The codes of the subject of the clause ``tok`` sits in."""
    subject_tokens = _arguments.subject_tokens
    mentions_of = _owners.mentions_of

    verb = verb_above(tok, len(tok.doc))
    return {m.code for m in mentions_of(subject_tokens(verb)[0], by_tok) if m.code}


def inner_partner_words(tok: Token, by_tok: dict[int, Mention]) -> list[Token]:
    """Words inside ``tok``'s own phrase that may name the party behind it (see the module doc)."""
    mentions_of = _owners.mentions_of

    # "praised the cooperation between India and the UAE" (Modi): the other member; talks between
    # two others leave the one who urges or hails them outside ("urged talks between Israel and Hamas")
    between = _pobjs(tok, ("between",))
    members = {m.code for m in mentions_of(between, by_tok) if m.code}
    out = between if members & _clause_codes(tok, by_tok) else []
    out += [g for b in _pobjs(tok, ON_BORDER_PREPS) if b.lemma_.lower() in BORDER_NOUNS
            for g in _pobjs(b, ("with",))]
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in LAUNCH_PARTICIPLES:
            out += _pobjs(c, ("from", "by"))
            # (the parser may hang the origin on the destination: "crossed into its airspace from Ukraine")
            out += [g for d in _pobjs(c, ("into", "to", "over")) for g in _pobjs(d, ("from",))]
    return out


# prepositions that put a recipient thing or person at a site ("workers at a Chinese-owned mine")
WORKPLACE_PREPS = frozenset({"at", "in"})
WORK_VERBS = frozenset({"work", "employ", "live", "stay", "study", "serve", "labour", "labor"})


def workplace_of(tok: Token, toks: list[Token], by_tok: dict[int, Mention]) -> bool:
    """'kidnapped workers at a Chinese-owned mine', 'arrested miners at a Canadian-run site': ``tok`` is
    the common-noun site of another recipient word in ``toks`` (on that word, or on the verb whose
    object is people), so only where they are; the site's owner is no party of what is done to them
    (the people are, and take the scene's country). "fired at a Greek-owned tanker" keeps its target."""
    head = tok.head
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or head.dep_ != "prep" or head.lower_ not in WORKPLACE_PREPS:
        return False
    holder = head.head.i
    if head.head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in WORK_VERBS:
        return True  # "abducted engineers working at a Chinese-built dam"
    for t in toks:
        if t.i == tok.i:
            continue
        if t.i == holder:
            return True
        m = by_tok.get(t.i)
        if t.head.i == holder and t.dep_ in ("dobj", "nsubjpass") and m is not None and m.kind in ("agent", "person"):
            return True
    return False


def hyphen_owners(tok: Token, sent_index: int) -> list[Mention]:
    """'a tariff on Chinese-made electric vehicles', 'seized a Greek-owned tanker': the country in
    a hyphenated owner modifier of ``tok`` (kept aside by the actors stage as a backer). A maker
    counts only under a preposition (what a tariff or ban is on), not for a direct object ("fired
    Iranian-made drones" is the weapon used, not whose the target is)."""
    backers = tok.doc.user_data.get("backers") or {}
    out: list[Mention] = []
    for start, (code, suffix) in backers.items():
        if not (tok.left_edge.i <= start < tok.i) or code is None:
            continue
        if suffix in OWNER_SUFFIXES or (suffix in MAKER_SUFFIXES and (tok.dep_ == "pobj" or _lost_platform(tok))) or (
                suffix in TIE_SUFFIXES and (tok.lemma_.lower() in TIED_NOUNS or covert(tok))):
            t = tok.doc[start]
            out.append(Mention(start=t.i, end=t.i + 1, start_char=t.idx, end_char=t.idx + len(t.text), text=t.text,
                               code=code, sector=None, kind="country", sent_index=sent_index, root=t.i,
                               confidence=0.5))
    return out


def _lost_platform(tok: Token) -> bool:
    """``tok`` is what a platform-loss verb destroyed or captured ("destroyed two Ukrainian-made
    howitzers", "two Russian-made launchers were destroyed")."""
    verb = tok.head
    # (a place named on the act or the platform decides first: "destroyed German-made tanks near
    # Pokrovsk" -> UKR, through the place rules)
    return (tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in PLATFORM_LOSS_VERBS
            and not any(c.dep_ == "prep" and c.lower_ in PLATFORM_PLACE_PREPS for x in (verb, tok) for c in x.children))


PLATFORM_PLACE_PREPS = frozenset({"in", "near", "at", "around", "outside", "inside", "across", "on", "over"})


def provoker(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'China warned of countermeasures after the Philippines seized a Chinese boat' -> PHL;
    'Moscow threatened retaliation following Estonia's seizure of a tanker' -> EST: the coded party
    (not the actor's own country) acting in an "after / following" clause or phrase on the reaction
    verb. For reactions that have no recipient of their own (THREATEN, ACCUSE, SANCTION)."""
    direct_subjects = _arguments.direct_subjects
    mentions_of = _owners.mentions_of

    toks: list[Token] = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in c.children):
            toks += direct_subjects(c)[0]
        elif c.dep_ == "prep" and c.lower_ in PROVOKING_MARKS:
            for g in c.children:
                if g.dep_ == "pcomp":  # "after seizing": the actor's own act
                    continue
                if g.dep_ == "pobj" and g.pos_ == "NOUN":  # "after Estonia's seizure of a tanker"
                    toks += [x for x in g.children if x.dep_ == "poss"] + _pobjs(g, ("by",))
        elif c.dep_ in ("ccomp", "xcomp"):  # "warned that Tehran would reconsider ... in response to ..."
            toks += [t for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                     for t in _alarm_provokers.answered_owners(p)]
        elif c.dep_ == "prep" and c.lower_ == "in":  # "in response to the American decision to ..."
            toks += _alarm_provokers.answered_owners(c)
    found = [m for m in mentions_of(toks, by_tok) if m.code and m.code not in own][:2]
    if not found:
        found = [m for m in mentions_of(_answered_clause_subject(verb), by_tok) if m.code and m.code not in own][:2]
    if not found and not any(m.code for m in mentions_of(toks, by_tok)):
        found = _provoking_scene(verb, own, by_tok)
    return found


# acts abroad whose scene names the provoker when no doer is coded ("after a coup in Niger")
SCENE_ACT_NOUNS = frozenset({"coup", "takeover", "crackdown", "massacre", "killing", "killings", "violence",
                             "clashes", "attack", "attacks", "execution", "executions", "arrest", "arrests"})


def _provoking_scene(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Norway halted development aid after the military seized power in Niger' -> NER: a provoking act
    whose doer has no country of its own is the country's where it happened (docs: "Domestic scenes")."""
    objects, place_mention = _arguments.objects, _arguments.place_mention

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PROVOKING_MARKS:
            # "after the military seized power in Niger" parsed as a noun phrase; "after a coup in Niger"
            heads = [g for g in c.children if g.dep_ == "pobj" and (g.lower_ in SCENE_ACT_NOUNS or any(
                a.dep_ in ("amod", "acl", "relcl") and a.pos_ == "VERB" for a in g.children))]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in c.children):
            heads = [c, *objects(c)]
        else:
            continue
        for g in [g for x in heads for g in _pobjs(x, ("in", "across", "inside"))]:
            m = place_mention(g, by_tok, by_tok[next(iter(by_tok))].sent_index) if by_tok else None
            if m is not None and m.code and m.kind == "country" and m.code not in own:
                return [m]
    return []


# acts that come at the alerted party: an intrusion or fire across the line (a weapons test answers no one:
# "after North Korea fired missiles into the sea"; force moves and drills nearby are alarm_provokers')
INTRUDING_VERBS = frozenset({"fly", "sail", "enter", "cross", "violate", "intrude", "breach", "penetrate", "stray",
                             "overfly", "approach"})
FIRING_VERBS = frozenset({"fire", "shoot", "lob"})
OPEN_SEA = frozenset({"sea", "ocean", "water", "waters"})


def alarm_provoker(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Japan scrambled jets after Russian bombers flew near Hokkaido' -> RUS: a force put on alert or
    moved in answer to another party's intrusion or fire in an "after / following" clause answers that party,
    when the act is aimed at no third party ("scrambled jets as Russia attacked western Ukraine": none); then
    the other moves it answers (``alarm_provokers``: "as Chinese destroyers gathered off the coast")."""
    return _intruder(verb, own, by_tok) or _alarm_provokers.answered_move(verb, own, by_tok)


def _intruder(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    direct_subjects, objects = _arguments.direct_subjects, _arguments.objects
    mentions_of = _owners.mentions_of

    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in c.children):
            continue
        lemma = c.lemma_.lower()
        if any(p.lower_ == "test" for p in c.children):  # "test-fired"
            return []
        if lemma in FIRING_VERBS:  # "fired two rockets across the frontier", not "into the sea"
            if not any(g.lemma_.lower() not in OPEN_SEA for g in _pobjs(c, ("across", "at", "over", "into"))):
                return []
        elif lemma not in INTRUDING_VERBS:
            return []
        subj = direct_subjects(c)[0]
        doers = [m for m in mentions_of(subj, by_tok) if m.code and m.code not in own][:2]
        if not doers:
            return []
        # (a place the act happens at is no target: "flew between Yonaguni and Taiwan")
        aimed = objects(c) + _pobjs(c, ("at", "on", "against")) + [
            g for o in objects(c) for g in _pobjs(o, ("on", "against"))]
        codes = {m.code for m in mentions_of(aimed, by_tok) if m.code}
        if codes - own - {m.code for m in doers}:
            return []
        return doers
    return []


# verbs of a purpose clause that keep watch on or face down a party: a force sent "to shadow Chinese boats",
# put on alert "to track Russian bombers" or "to drive off Philippine vessels" is aimed at their owner
WATCH_VERBS = word_list("act_verbs.json", "watch_verbs")
# what such a clause watches: forces and craft (an agent mention counts too: "Russian bombers", "China's coast guard")
WATCHED_CRAFT = word_list("party_nouns.json", "watched_craft")
# the particles that make the loose ones of these face a party ("drive off", "warn away", "head off")
WATCH_PARTICLES = {"drive": ("off", "away", "out", "back"), "warn": ("off", "away"), "ward": ("off",),
                   "fend": ("off",), "head": ("off",), "push": ("back", "away", "out"), "turn": ("back", "away"),
                   "keep": ("watch", "tabs", "eye")}


def watched(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'dispatched two cutters to shadow Chinese militia boats' -> CHN: the party whose forces a purpose
    clause of the move keeps watch on or faces down (also a purpose shared by a coordinated move: "deployed
    warships and put missile units on alert to monitor a Chinese carrier group")."""
    objects, recipient_mentions = _arguments.objects, _arguments.recipient_mentions

    movers = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        movers.append(verb.head)
    watched_words: list[Token] = []
    for mover in movers:
        # (the clause may hang on the move or on the force moved: "sent ships that would monitor ...")
        holders = [mover, *objects(mover)]
        for c in (c for x in holders for c in x.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")):
            lemma = c.lemma_.lower()
            if lemma not in WATCH_VERBS or c.tag_ not in ("VB", "VBG"):
                continue
            parts = WATCH_PARTICLES.get(lemma)
            kids = [k.lower_ for k in c.children if k.dep_ in ("prt", "dobj", "advmod", "xcomp")]
            if parts is not None and not any(k in parts for k in kids):
                continue
            objs = objects(c)
            # ("keep watch on Russian ships": the thing watched is the "on" phrase)
            watched_words += [o for o in objs if o.lower_ not in WATCH_PARTICLES["keep"]] + _pobjs(c, ("on",)) + [
                g for o in c.children if o.lower_ in WATCH_PARTICLES["keep"] for g in _pobjs(o, ("on",))]
    # a force or craft is watched, not an act ("to push back the Ukrainian incursion" at home: no party)
    watched_words = [w for w in watched_words if w.i in by_tok or w.lemma_.lower() in WATCHED_CRAFT]
    return [m for m in recipient_mentions(watched_words, by_tok) if m.code and m.code not in own]


def _answered_clause_subject(verb: Token) -> list[Token]:
    """'China's coast guard expelled a Japanese boat from the waters, and Japan lodged a protest': a reaction
    joined to the clause before it, with a subject of its own, answers that clause's subject (not a speech
    verb's: "Manila said ... and Beijing protested" names no act)."""
    SAY_VERBS, direct_subjects = _arguments.SAY_VERBS, _arguments.direct_subjects

    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # a light verb's noun: "and Manila lodged a protest"
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children):
        # (a verb sharing the first subject is the same party's second act; a description or pronoun
        # may be the first party again: "Moldova's president accused Russia ..., and the former Soviet
        # republic expelled ...")
        return []
    first = verb.head
    if first.lemma_.lower() in SAY_VERBS:
        # "the coast guard said it had expelled a Japanese boat, and Japan lodged a protest": the reported act's doer
        reported = [c for c in first.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        if not reported:
            return []
        first = reported[0]
    subj, agent = direct_subjects(first)
    return [] if agent else subj


# a request or invitation a clause answers: "sent instructors to Niger following a request from the
# junta", "deployed police to Haiti at the request of its council", "arrived at the invitation of Vucic"
ANSWERED_MARKS = frozenset({"following", "after", "at", "upon", "on"})
ANSWERED_NOUNS = frozenset({"request", "invitation", "appeal", "plea", "call", "demand", "requests", "invitations",
                            "appeals", "pleas", "calls", "demands", "bid"})


# verbs whose subject is the one a request object was put to
HEEDING_VERBS = frozenset({"receive", "get", "accept", "grant", "approve", "heed", "answer", "honour", "honor",
                           "fulfil", "fulfill", "ignore", "reject", "deny", "decline", "consider", "welcome"})


def requested_party(noun: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Russia sent instructors to Niger following a request from the country's authorities' -> RUS:
    the one asked is whoever acts on the request, the subject of the clause it hangs on (for a
    REQUEST / invitation noun that names no addressee of its own; not the requester's own side)."""
    subject_tokens = _arguments.subject_tokens
    mentions_of = _owners.mentions_of

    if noun.lemma_.lower() not in ANSWERED_NOUNS and noun.lower_ not in ANSWERED_NOUNS:
        return []
    mark = noun.head
    if noun.dep_ == "dobj" and mark.lemma_.lower() in HEEDING_VERBS:
        verb = mark  # "the UN received a request from Colombia": the one who receives or heeds it
        return [m for m in mentions_of(subject_tokens(verb)[0], by_tok) if m.code and m.code not in own][:3]
    if noun.dep_ != "pobj" or mark.dep_ != "prep" or mark.lower_ not in ANSWERED_MARKS:
        # "in response to a request from X"
        if not (noun.dep_ == "pobj" and mark.lower_ == "to" and mark.head.lower_ == "response"
                and mark.head.head.dep_ == "prep" and mark.head.head.lower_ == "in"):
            return []
        mark = mark.head.head
    verb = mark.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [m for m in mentions_of(subject_tokens(verb)[0], by_tok) if m.code and m.code not in own][:3]


# faceless attackers whose side an "in an attack X blamed on Y" phrase names
FACELESS_ATTACKERS = word_list("people_nouns.json", "faceless_attackers")
ATTACK_NOUNS = frozenset({"attack", "assault", "strike", "raid", "ambush", "bombing", "massacre", "shooting", "killing",
                          "attacks", "strikes", "raids", "bombings", "killings", "shootings"})


def blamed_attackers(verb: Token, subj: list[Token]) -> list[Token]:
    """'Gunmen killed 26 tourists in an attack India blamed on Pakistan-based militants': the faceless
    attackers are the ones the attack is blamed on (an "in / during an attack" phrase on the act whose
    relative clause blames it on someone)."""
    if not subj or any(t.lemma_.lower() not in FACELESS_ATTACKERS and t.lower_ not in FACELESS_ATTACKERS for t in subj):
        return []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
            continue
        for noun in c.children:
            if noun.dep_ != "pobj" or noun.lower_ not in ATTACK_NOUNS:
                continue
            for r in noun.children:
                if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in BLAME_VERBS:
                    found = [g for x in r.children if x.dep_ == "prep" and x.lower_ in ("on", "to")
                             for g in x.children if g.dep_ == "pobj"]
                    return found
    return []


# what a party is pressed with: its "on / against" phrase names who ("pressure on Rwanda")
PRESSURE_NOUNS = frozenset({"pressure", "action", "measure", "step", "penalty", "punishment", "accountability"})


def pressed_or_maker(t: Token) -> list[Token]:
    """Words naming the party behind an uncoded recipient word ``t``:

    * who is to be pressed, before any party the pressure's purpose names ("demanded pressure on Rwanda
      to stop backing M23", "urged tougher action against the junta");
    * the maker of a judged thing, the subject of a relative clause on it, also a bare relative the
      parser reads as an "acl" ("criticised the offering that Japan's prime minister sent", "rejected
      the proposal the United States sent through Oman"); not a pronoun ("the strikes it launched" are
      the actor's own);
    * a thing a non-restrictive relative reacts to, itself the object of the main clause, was made by
      that clause's subject ("Russia declared a truce, which Ukraine dismissed as a stunt"; not "which
      it called a stunt", the actor's own words).
    """
    direct_subjects, prep_objects = _arguments.direct_subjects, _arguments.prep_objects

    out = prep_objects(t, ("on", "upon", "against")) if t.lemma_.lower() in PRESSURE_NOUNS else []
    rels = [c for c in t.children if c.dep_ in ("relcl", "acl")]
    out += [g for c in rels for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"]
    if t.dep_ == "dobj" and t.head.pos_ == "VERB" and any(
            c.dep_ == "relcl" and any(r.dep_ in ("dobj", "nsubjpass") and r.lower_ in ("which", "that") for r in c.children)
            and not any(r.dep_ == "nsubj" and r.pos_ == "PRON" for r in c.children) for c in rels):
        out += direct_subjects(t.head)[0]
    return out


# "France, along with Germany and Italy, called for ...", "Russia, alongside China, vetoed ...", "Kenya's
# army, together with Somali forces, attacked ...": a companion set off between the subject and its verb
# acts with the subject (round 11, args). After the verb ("fought alongside Somali troops") it is the
# partner the recipient conventions read, not a co-actor.
COMPANION_PREPS = frozenset({"alongside", "with"})
COMPANION_LEADS = frozenset({"along", "together", "jointly"})


def companions(verb: Token, subj: Token) -> list[Token]:
    """Co-actor words of ``subj`` from an "along / together with" or "alongside" phrase that the parser
    hangs on the subject or the verb, between the two."""
    out: list[Token] = []
    p = parse(verb.doc)  # (asked for every subject: most have no preposition between the two, read by index)
    if not any(p.dep[c] == "prep" and subj.i < c < verb.i for o in (subj.i, verb.i) for c in p.kids[o]):
        return out
    for owner in (subj, verb):
        for c in owner.children:
            if c.dep_ != "prep" or not subj.i < c.i < verb.i:
                continue
            lead = c.lower_ in COMPANION_LEADS or any(
                a.dep_ == "advmod" and a.lower_ in COMPANION_LEADS for a in c.children)
            if c.lower_ == "alongside" or (c.lower_ == "with" and lead):
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.lower_ in COMPANION_LEADS:  # "along" -> "with" -> Germany
                out += [g for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                        for g in w.children if g.dep_ == "pobj"]
    return out


# what the other side gives that a concession answers: "dropped its objections after the Commission promised
# safeguards", "lifted its veto once Stockholm agreed to tighten its laws"
QUID_VERBS = word_list("act_verbs.json", "quid_verbs")


def quid_pro_quo(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Slovakia dropped its objections to the sanctions package after the European Commission promised safeguards'
    -> EUR: a concession told as answering the other side's promise or step (an "after / once / when" clause on the
    conceding verb whose own verb gives something) goes to that side. Go-betweens are no side ("after Egyptian
    mediators proposed ..." names no one here: the mediators' proposal is no step of their own)."""
    direct_subjects = _arguments.direct_subjects
    mentions_of = _owners.mentions_of

    toks = [s for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in QUID_VERBS
            and any(m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in c.children)
            for s in direct_subjects(c)[0] if s.lemma_.lower() not in GO_BETWEEN_NOUNS]
    return [m for m in mentions_of(toks, by_tok) if m.code and m.code not in own][:2]


# object pronouns that name the one addressed ("urged him to ...")
ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them"})


def unresolved_addressee(h, found: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'urged him to stop blocking aid to Kyiv', 'urged her to reject pressure from the Kremlin': the one asked is
    the object pronoun; when nothing resolves it, a party inside the asked act is no stand-in (Kyiv, the Kremlin are
    what the act is about), so the recipient stays open for coreference or the learned stage."""
    if h.etype != "REQUEST" or h.noun is not None:
        return found
    asked = [o for o in h.tok.children if o.dep_ == "dobj" and o.lower_ in ADDRESSEE_PRONOUNS
             and not (o.i in by_tok and by_tok[o.i].code)]
    if not asked or not found:
        return found
    inner = {t.i for c in h.tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > asked[0].i
             for t in c.subtree}
    if not any(m.root in inner for m in found):
        return found
    own = {m.code for m in h.actor if m.code}
    # ("called the Serbian president and pressed him to ...": the person named last before "him" in the sentence)
    named = [m for m in by_tok.values() if (m.kind == "person" or (m.kind == "agent" and m.office)) and m.code
             and m.code not in own and m.end <= asked[0].i]
    if named and asked[0].lower_ != "them":
        return [max(named, key=lambda m: m.end)]
    return [m for m in found if m.root not in inner]


# (bound after the definitions above: arguments imports this module, whose functions call back into it; a module
# reference read at call time costs nothing next to an import statement run on every call)
from . import alarm_provokers as _alarm_provokers  # noqa: E402
from . import arguments as _arguments  # noqa: E402
from . import owners as _owners  # noqa: E402
