"""Possessive pronouns on roles and acts (the actors stage, via ``people.resolve_people``):
"its mission" takes the country its "its" was resolved to; "its drones" on what a hostile act in a
reported clause hits is the reporter's."""

from __future__ import annotations

from .base import Mention, tokens_with_lower
from .word_lists import word_list

_ORG_DESCRIPTIONS = frozenset({"bloc", "group", "alliance", "organisation", "organization", "body", "grouping",
                               "movement", "coalition", "union", "watchdog", "agency", "commission", "mission"})
# a person's or a party's crowd: "his supporters blocked roads", "their followers marched"
_FOLLOWERS = frozenset({"supporters", "followers", "loyalists", "partisans"})
# what a ship has ("its crew") and what a ship is called
SHIP_PARTS = frozenset({"crew", "crews", "captain", "cargo", "sailors", "seafarers", "passengers", "master"})
_SHIPS = frozenset({"ship", "tanker", "vessel", "boat", "freighter", "trawler", "carrier", "ferry", "yacht",
                    "dhow", "barge", "warship", "frigate", "destroyer", "submarine", "shipment"})

_HOSTILE_VERBS = frozenset({"shoot", "strike", "attack", "hit", "seize", "detain", "arrest", "shell", "bomb", "kill",
                            "target", "down", "raid", "capture", "violate", "expel", "sanction",
                            # "Russia denied that Azerbaijan had summoned its ambassador": the reporter's envoy
                            "summon", "deport", "jail", "sentence", "convict", "intercept", "board", "ram", "harass"})


def reporter_of_hostile_act(tok, covered) -> Mention | None:
    """"Mali alleged that Algeria had shot down one of its drones": "its" on what a hostile act
    hits, in a reported clause, is the reporter's (a state does not shoot down its own drones),
    not the clause subject's. Only for hostile verbs ("the U.S. said China expanded its arsenal"
    stays China's)."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HOSTILE_VERBS:
        return None
    # "said Chinese vessels rammed a boat and seized its cargo": a hostile verb joined to the reported one
    reported = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    if reported.dep_ != "ccomp":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        or next((c for c in reported.children if c.dep_ == "nsubj"), None)
    said = next((c for c in reported.head.children if c.dep_ == "nsubj"), None)
    doer = None if own is None else covered[own.i] or next(
        (covered[c.i] for c in own.children if c.dep_ in ("amod", "compound", "poss") and covered[c.i] is not None), None)
    if own is None or said is None or own.i > tok.i or covered[said.i] is None or doer is None:
        return None
    reporter = covered[said.i]
    if reporter.code is None or doer.code is None or reporter.code == doer.code \
            or reporter.kind not in ("country", "org", "agent"):
        return None
    return reporter


# verbs that judge or penalise a party for something it did: "criticised Israel over its blockade"
_JUDGING_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "accuse", "blame", "rebuke", "slam",
                            "chide", "scold", "reprimand", "castigate", "lambast", "fault", "protest", "summon",
                            "sanction", "punish", "penalise", "penalize", "fine", "sue", "lodge", "file", "lash",
                            "warn", "censure"})
# what a penalising verb imposes on the party it judges ("imposed sanctions on Iran for its ...")
_PENALTY_NOUNS = frozenset({"sanction", "tariff", "ban", "embargo", "penalty", "fine", "restriction", "curb"})
# (not praise: "commended South Korea for its decision to restore the pact" codes the praise alone, as the gold
# does; the nearest-subject reading there makes no event either)


def judged_party(tok, covered) -> Mention | None:
    """"criticised Israel over its blockade of aid", "condemned Russia for its shelling of Kharkiv", "protested to
    Manila over its shelling", "summoned China's ambassador over its detention of ...": "its" in the reason
    phrase (over / for) of a verb that reproaches or penalises a party is that party's (its act is what is judged),
    not the judge's, the clause subject the nearest-subject rule would give."""
    noun = tok.head
    if tok.lower_ == "its" and _after_hostile_act(noun):
        # "summoned India's envoy after its strike on a mosque killed 13": a hostile act the judging clause follows
        verb = noun.head.head
    elif tok.lower_ != "its" or noun.dep_ != "pobj" or noun.head.lower_ not in ("over", "for"):
        return None
    else:
        verb = noun.head.head
    for _ in range(3):  # "summoned the envoy over ...", "sanctions on Iran for its ...": the reason on a noun
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    penalties = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PENALTY_NOUNS]
    if verb.lemma_.lower() not in _JUDGING_VERBS and not penalties:
        return None
    # the judged: the object, the party a protest is made to / with ("lodged a protest with Beijing"), or the one
    # a penalty is imposed on ("imposed sanctions on Iran for its supply of drones")
    judged = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c not in penalties]
    judged += [g for x in [verb, *judged, *penalties] for p in x.children if p.dep_ == "prep" and p.i < tok.i
               and p.lower_ in (("on", "against") if x in penalties else ("to", "with"))
               for g in p.children if g.dep_ == "pobj"]
    for t in judged:
        for cand in (t, *(c for c in t.children if c.dep_ in ("poss", "compound", "amod"))):
            m = covered[cand.i]
            if m is not None and m.kind == "pronoun" and m.antecedent is not None:
                m = m.antecedent
            if m is not None and m.code is not None and m.kind in ("country", "org", "agent"):
                return m
    return None


_HOSTILE_ACT_NOUNS = word_list("act_nouns.json", "restated_hostile_acts") | word_list("act_nouns.json", "hostile_act_nouns")


def _after_hostile_act(noun) -> bool:
    """A hostile act noun in an "after / following" phrase, or the subject of an "after" clause, on a verb."""
    if noun.lemma_.lower() not in _HOSTILE_ACT_NOUNS and noun.lower_ not in _HOSTILE_ACT_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following"):
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in noun.head.children)


def owned_role(doc, m: Mention, organisation: bool = False) -> bool:
    """"its fighters", "the group's spokesman": a role whose owner is a pronoun or a description,
    resolved later (``possessed_roles``), not by the story's dominant country. With ``organisation``,
    only a description of an organisation ("the bloc's secretary general", "the alliance's chief"):
    its officials are not the dateline country's, as "the army's" or "the country's" mostly are."""
    return any(c.dep_ == "poss" and (
        c.pos_ == "NOUN" and c.text.islower() and c.lemma_ in _ORG_DESCRIPTIONS if organisation
        else c.tag_ == "PRP$" or c.pos_ == "NOUN" and c.text.islower()) for c in doc[m.root].children)


def possessed_roles(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"its mission", "his government": a role with a resolved possessive pronoun takes its country."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None:
            continue
        for child in doc[m.root].children:
            if child.dep_ == "poss":
                owner = covered[child.i]
                if owner is not None and owner.kind == "pronoun" and owner.code is not None:
                    m.code = owner.code
                    m.other_sectors = [s for s in owner.other_sectors if s != m.sector]
                break


def possessed_followers(doc, covered: list[Mention | None], sent_of) -> list[Mention]:
    """"his supporters", "their followers": a crowd no dictionary phrase covers, owned by a pronoun;
    one uncoded civilian mention on the noun (the pronoun stays uncovered, so it is resolved as usual
    and ``possessed_roles`` gives the crowd its country)."""
    out: list[Mention] = []
    for tok in tokens_with_lower(doc, _FOLLOWERS):
        if covered[tok.i] is not None or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("his", "her", "their") and c.i == tok.i - 1
                   for c in tok.children):
            continue
        m = Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
                    code=None, sector="CVL", kind="agent", sent_index=sent_of(tok.i), root=tok.i, confidence=0.8)
        out.append(m)
        covered[tok.i] = m
    return out


def vessel_owned(doc, tok, covered: list[Mention | None]) -> bool:
    """"Houthi forces seized the Galaxy Leader and detained its crew", "demanded the release of the ship
    and its crew": "its" on a ship's crew or cargo, after a ship named earlier in the sentence (a ship
    noun, or a name no dictionary covers as the object), is the ship's, not a party's."""
    if tok.head.lower_ not in SHIP_PARTS:
        return False
    start = tok.sent.start
    for j in range(tok.i - 1, start - 1, -1):
        t = doc[j]
        if t.lower_ in _SHIPS and t.pos_ == "NOUN":
            return True
        if t.pos_ == "PROPN" and covered[j] is None and t.dep_ in ("dobj", "pobj", "conj") and t.text[:1].isupper():
            return True  # "seized the Talara Trader"
    return False


def unowned_followers_dropped(followers: list[Mention], mentions: list[Mention],
                              covered: list[Mention | None]) -> list[Mention]:
    """A follower crowd whose owner stayed without a country ("his supporters" of an unnamed opposition leader)
    is no mention: the act's scene gives the crowd its country, as before there was one (lead)."""
    dropped = {id(m) for m in followers if m.code is None}
    if not dropped:
        return mentions
    for m in followers:
        if id(m) in dropped:
            covered[m.root] = None
    return [m for m in mentions if id(m) not in dropped]


def opener_owner(tok, covered) -> Mention | None:
    """"After its air strike on Hodeidah, Israel warned the Houthis ...": an "its" inside the phrase that opens the
    sentence, before the comma and the main clause's subject, points forward to that subject (cataphora), when no
    coded party comes before it in the sentence."""
    sent = tok.sent
    if tok.lower_ != "its" or sent.start == tok.i or sent[0].dep_ not in ("prep", "mark", "advmod") \
            or any(covered[j] is not None and covered[j].code for j in range(sent.start, tok.i)):
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i < tok.i:
        return None
    from .event_fronted import objectless_opener_subject
    subj = objectless_opener_subject(root) or [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].i < tok.i or not any(sent.doc[j].lower_ == "," for j in range(tok.i, subj[0].left_edge.i)):
        return None
    s = subj[0]
    m = next((covered[j] for j in range(s.i, s.left_edge.i - 1, -1) if covered[j] is not None and covered[j].code), None)
    return m if m is not None and m.kind in ("country", "org", "agent") and s.tag_ not in ("NNS", "NNPS") else None
