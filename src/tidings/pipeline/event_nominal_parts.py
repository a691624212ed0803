"""Helpers of the noun triggers (event_nominal.py): the argument word lists of nouns.json, and
tests on where an event noun sits (history a work tells, a topic of data or a study, a condition,
a meeting framing a clause), defaults for one-sided protests, the parties of the clause a background noun is
told in (round 8), and the deeper recipient / trailing author searches. Split from event_nominal.py."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .arguments import datives, objects, prep_objects, recipient_mentions, subject_tokens
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention
    from .verblex import Trigger

# (word lists of event_nominal.py) a toll verb on an attack noun; force used on a gathering that took place ("a
# crackdown on anniversary protests"); a truce that fails; envoys recalled
TOLL_VERBS = frozenset({"kill", "wound", "injure", "damage", "destroy", "hit"})
# force used on a gathering that took place ("a crackdown on anniversary protests")
FORCE_ON_CROWDS = frozenset({"crackdown", "clampdown", "raid", "repression", "suppression", "attack", "assault",
                             "violence", "shooting", "firing"})
FAILING_VERBS = frozenset({"collapse", "break", "unravel", "crumble", "falter", "fail", "fray", "expire", "lapse"})
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "representative", "emissary"})

# "suspension of most of its aid": the portion stands in for the thing
PORTION_HEADS = frozenset({"most", "some", "part", "all", "much", "half", "bulk", "rest", "share", "portion",
                           "majority", "remainder",
                           # measures: "the seizure of 750 tonnes of Iranian weapons", "a cache of rifles"
                           "tonne", "ton", "kilogram", "kilo", "barrel", "cache", "haul", "stockpile", "crate",
                           "truckload", "shipload", "planeload", "boatload"})
# content types whose addressee or target may sit in a clause on the noun ("demand that Japan
# retract ...", "threat to veto the EU's package", "refusal to receive a delegation from ECOWAS")
CLAUSE_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "CONCEDE", "SUPPORT", "ACCUSE"})
# ... where the clause's subject is the other side: "a demand that Japan retract", "an accusation that Kyiv attacked"
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE"})
CLAUSE_PREPS = ("to", "with", "on", "against", "from", "into")
ORIGIN_HYPHENS = frozenset({"flagged", "owned", "registered", "operated", "based"})
PHRASE_DEPS = frozenset({"prep", "pobj", "compound", "amod", "poss", "conj", "nmod", "appos"})


@cache
def noun_settings() -> dict[str, frozenset[str]]:
    """The argument word lists of nouns.json (its keys other than "nouns", see its _about)."""
    with resources.files("tidings.knowledge").joinpath("nouns.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: frozenset(v) for k, v in data.items() if k not in ("_about", "nouns") and isinstance(v, list)}


@cache
def subnational_names() -> frozenset[str]:
    """Names in countries.json that stand for a region or town of a country, not for the country (no demonym, no
    capital, not the first entry of their code): "the Pahalgam attack" happened there, nobody there did it."""
    with resources.files("tidings.knowledge").joinpath("countries.json").open(encoding="utf-8") as fh:
        entries = json.load(fh)["countries"]
    first: dict[str, str] = {}
    for e in entries:
        first.setdefault(e["code"], e["name"])
    return frozenset(e["name"] for e in entries
                     if not e.get("adjectives") and not e.get("capitals") and first[e["code"]] != e["name"])


def _coded(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.code]


def _sent_index(by_tok: dict[int, Mention]) -> int:
    return next(iter(by_tok.values())).sent_index if by_tok else 0


def _told_history(tok: Token, features: frozenset[str]) -> bool:
    """"a documentary about Iraq's invasion of Kuwait", "the anniversary of Russia's annexation of
    Crimea", "an exhibition on the Soviet blockade of Berlin": an act a work or a remembrance is
    about (up the noun's preposition chain) is history, not an event of the story."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        if cur.i == tok.i and cur.head.lower_ == "of" and tok.tag_ == "NNS":
            return False  # "a series of airstrikes": a count of acts, not a work about them
        cur = cur.head.head
        if cur.lemma_.lower() in features:
            return True
    return False


def _topic_of(tok: Token, cfg: dict[str, frozenset[str]]) -> bool:
    """"data on missile launches", "a study of the 2023 strikes by junior doctors", "figures on drone
    attacks in the Sahel": acts that data or a study is about (up the noun's preposition chain, or a
    compound: "attack statistics") are its subject matter, not events of the story ("reports of
    Hamas's release of hostages" do tell an act: report_nouns)."""
    topics = cfg["topic_nouns"]
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in topics:
        return True
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("pobj", "conj") or cur.head.dep_ not in ("prep", "pobj"):
            return False
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.head.lower_ not in ("on", "of", "about", "into", "over", "regarding", "concerning", "for"):
            return False
        prep, cur = cur.head.lower_, cur.head.head
        if prep != "of" and cur.lemma_.lower() in cfg["pending_holders"]:
            return True  # "wanted guarantees on the withdrawal of Israeli troops": sought, not done
        if prep != "for" and (cur.lemma_.lower() in topics or cur.lower_ in topics) and not (
                prep == "of" and cur.lemma_.lower() in cfg["report_nouns"]):
            return True
    return False


def _framed_clause(slot: Token, head: Token) -> Token | None:
    """The main verb a meeting noun frames: "... after talks in Doha" (a phrase) or "... after talks in
    Doha mediated by Qatar" (parsed as the subject of a clause)."""
    # (not "discussed grain exports during a meeting in Sochi": the verb names that meeting itself)
    if slot.dep_ == "pobj" and head.lower_ in ("after", "following", "at") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if slot.dep_ == "appos":  # "agreed to a prisoner exchange, the second round of direct talks since 2022"
        return next((a for a in slot.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if slot.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in ("after", "following") for c in head.children):
        return head.head
    return None


def _conditioned(tok: Token) -> bool:
    """"If the arrest of the mayor goes ahead, protests will follow", "unless Russia's offensive
    stalls": an act named as a condition has not happened."""
    gov = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return gov is not None and gov.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in gov.children)


def _domestic_protest(tok: Token, slot: Token, actor: list[Mention], recipient: list[Mention],
                      by_tok: dict[int, Mention]) -> tuple[list[Mention], list[Mention]]:
    """A protest or strike naming only one side is domestic: "a nationwide strike by Nigerian unions"
    is against Nigeria's government; "the fourth night of protests against the government" is
    by that country's people. Not when a foreign party is named in the noun's phrase ("a blockade of
    border crossings with Ukraine") nor for a state's diplomatic protest ("Tokyo lodged a protest")."""
    doers, targets = _coded(actor), _coded(recipient)
    own = {m.code for m in doers + targets}
    frontier, named = [tok], []
    for _ in range(4):  # the noun's own phrases, not clauses in them ("against a decision to suspend EU talks")
        frontier = [c for n in frontier for c in n.children if c.dep_ in PHRASE_DEPS]
        named += [by_tok[c.i] for c in frontier if c.i in by_tok]
    if any(m.code and m.code not in own for m in named):
        return actor, recipient
    if doers and not targets and doers[0].sector not in (None, "GOV"):
        return actor, recipient + [replace(doers[0], sector="GOV", confidence=min(doers[0].confidence, 0.6))]
    # (the protest is what the clause is about, not "in protest against" / "during a protest": the
    # setting of another act, whose doer is not the government protested against)
    if targets and not doers and len({m.code for m in targets}) == 1 and (
            slot.dep_ in ("nsubj", "nsubjpass", "appos", "ROOT") or (slot.dep_ == "pobj" and slot.head.lower_ == "of")):
        return actor + [replace(targets[0], confidence=min(targets[0].confidence, 0.5))], recipient
    return actor, recipient


def _through_portions(toks: list[Token]) -> list[Token]:
    """"most of its aid" -> aid."""
    return [x for t in toks for x in (prep_objects(t, ("of",)) or [t] if t.lemma_.lower() in PORTION_HEADS else [t])]


def _stretch_parties(tok: Token, named=None) -> list[Token]:
    """The subject words of the clause a stretch of acts is told in ("Kabul and Islamabad agreed to a truce
    after a week of border fighting" -> Kabul, Islamabad), its conjuncts included; with ``named`` (a test on a
    word), the first clause up whose parties it accepts."""
    for gov in [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")][:3]:
        subj = subject_tokens(gov)[0]
        if any(s.left_edge.i <= tok.i <= s.right_edge.i for s in subj):
            continue  # ("border fighting with X killed 23, Pakistan said": the noun's own clause has no other side)
        parties = clause_parties(gov)
        if named is None or any(named(p) for p in parties):
            return parties
        # ("the police, who he said had shown restraint during two days of protests ..., Kenya's minister said")
    return []


def clause_parties(verb: Token) -> list[Token]:
    """A verb's subject words with their nationality words, home town and origin ("Armenian troops", "police in
    Dhaka", "delegations from Moscow and Kyiv")."""
    subj = subject_tokens(verb)[0] or [c for c in verb.children if c.dep_ == "nsubjpass"]  # ("its troops had been drawn into clashes with Thailand")
    subj = subj + [c for s in subj for c in s.children if c.dep_ == "conj"]
    objs = [g for s in subj for p in s.children if p.dep_ == "prep" and p.lower_ in ("in", "from", "of")
            for g in p.children if g.dep_ == "pobj"]  # ("delegations from Moscow and Kyiv")
    return subj + [c for s in subj for c in s.children if c.dep_ in ("amod", "compound", "poss")] + objs + [
        c for g in objs for c in g.children if c.dep_ == "conj"]


CAUSE_VERBS = frozenset({"prompt", "spark", "trigger", "provoke", "ignite", "fuel", "cause", "unleash"})


def consequence(tok: Token) -> bool:
    """"arrested 20 opposition leaders, prompting protests by their supporters": a protest the clause's act
    set off (a participle's object)."""
    head = tok.head
    return tok.dep_ == "dobj" and head.tag_ == "VBG" and head.lemma_.lower() in CAUSE_VERBS and head.dep_ in (
        "advcl", "xcomp", "conj", "acl")


def _setting_verb(prep: Token) -> Token | None:
    """The verb whose act an operation noun frames: "during / in a crackdown", "as part of an investigation"."""
    if prep.lower_ == "of" and prep.head.lemma_.lower() == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of"
    elif prep.lower_ not in ("during", "in"):
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def deep_recipients(tok: Token, e: Trigger, by_tok: dict[int, Mention], nouns, mentions) -> list[Mention]:
    """The party in a phrase nested deeper inside the noun's own phrase, when nothing nearer
    names one: "curbs on chip exports to China", "an offer to host talks with Washington",
    "the extradition of a suspect by Kenya to Britain" (the parser hangs the noun's phrases
    on whatever word precedes them). Relative clauses, participles and the doer's own
    by / from phrases are not walked: they are other acts or the other side."""
    preps = frozenset(e.rprep)
    if not preps or e.sym:
        return []
    found: list[Token] = []
    frontier, seen = [tok], {tok.i}
    for _ in range(4):
        nxt: list[Token] = []
        for n in frontier:
            for c in n.children:
                if c.i in seen:
                    continue
                if c.dep_ == "prep":
                    if c.lower_ == "between":
                        continue
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if c.lower_ in preps and c.lower_ not in ("by", "from"):
                        found += objs
                    # (the doer's phrase is walked, not taken: "warnings from Moscow of
                    # countermeasures against Finland"; a phrase may hang on the preposition)
                    nxt += objs + [c]
                elif c.dep_ == "amod" and c.lower_ in ORIGIN_HYPHENS and n.i != tok.i:
                    # "the Marshall Islands-flagged tanker": whose ship it is
                    names = [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")]
                    found += names + [g for x in names for g in x.children if g.dep_ == "compound"]
                elif c.dep_ in ("pobj", "dobj", "compound", "nmod") or (
                        c.dep_ == "conj" and c.lemma_.lower() not in nouns) or (
                        # "an offer to host talks": the infinitive's own phrases, not a participle's
                        c.dep_ in ("acl", "xcomp") and c.tag_ == "VB"):
                    nxt.append(c)
                seen.add(c.i)
        frontier = nxt
    return [m for m in mentions(found, by_tok) if m.code]

def trailing_author(tok: Token, by_tok: dict[int, Mention], mentions, lemma) -> list[Mention]:
    """A decree participle the parser hung on the last word of the noun's phrase: "the halt to
    electricity supplies to Gaza ordered by Israeli Energy Minister Eli Cohen"."""
    decrees = noun_settings()["decree_participles"]
    frontier = [tok]
    for _ in range(3):
        frontier = [g for n in frontier for c in n.children if c.dep_ == "prep" and c.lower_ not in ("by", "from")
                    for g in c.children if g.dep_ == "pobj"]
        for n in frontier:
            for c in n.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in decrees:
                    found = [m for m in mentions(prep_objects(c, ("by",)), by_tok) if m.code]
                    if found:
                        return found
    return []


def nested_recipients(tok: Token, e: Trigger, of_objs: list[Token], comps: list[Token],
                      by_tok: dict[int, Mention], nouns, mentions) -> list[Mention]:
    """Recipients one step further away, when the noun's own prepositions name none."""
    toks: list[Token] = []
    # "the threat of tariffs on goods from Mexico": the threatened act's target; "a call-up of
    # reservists for an offensive on Gaza City": the purpose act's
    for g in of_objs + (prep_objects(tok, ("for",)) if e.type in ("MOBILIZE", "THREATEN") else []):
        inner = nouns.get(g.lemma_.lower())
        if inner and g.i not in by_tok:
            toks += prep_objects(g, inner[0].rprep or ("on", "against", "to"))
    if e.type in CLAUSE_TYPES:
        for c in tok.children:
            if c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("acl", "advcl", "ccomp") and not (
                    # "a request that Hungary hand over ...": a subjunctive misread as a relative clause
                    c.dep_ == "relcl" and c.tag_ in ("VB", "VBP") and e.type in ADDRESSEE_TYPES):
                continue
            # "a call for Israel to halt": the parser may make the subject a "for" object
            subj = [s for s in c.children if s.dep_ == "nsubj"] or (
                prep_objects(tok, ("for",)) if c.dep_ == "acl" and c.i > tok.i else [])
            if e.type in ADDRESSEE_TYPES and subj:  # "a demand that Japan retract", "a call for Israel to halt"
                toks += subj
            else:  # "a refusal to receive a delegation from ECOWAS", "a threat to veto the EU's package"
                toks += objects(c) + datives(c) + prep_objects(c, CLAUSE_PREPS) + permitted_parties(c)
    # "threats to seize the Panama Canal", "a threat to strike Tehran": a threatened place is its state's
    found = recipient_mentions(toks, by_tok, places=e.type == "THREATEN") if toks else []
    if not _coded(found):  # "a pledge of $4.5 billion for Ukraine's reconstruction": whose it is
        found += mentions([c for t in prep_objects(tok, e.rprep) + comps if t.i not in by_tok
                                 for c in t.children if c.dep_ == "poss"], by_tok)
    return found


# "had no interest in talks", "showed little appetite for a deal", "has no plans for a visit": a noun a
# want or plan is denied for names nothing done
WANT_NOUNS = frozenset({"interest", "appetite", "intention", "plan", "desire", "wish", "need", "hurry", "rush",
                        "inclination", "stomach", "willingness", "enthusiasm"})
NO_WORDS = frozenset({"no", "little", "zero", "nor", "never", "not"})
# "denounced the arrest as a kidnapping", "described the curbs as an attack on students": the name a speaker
# gives another act is a label, not an act of its own
LABEL_VERBS = word_list("reaction_verbs.json", "label_verbs")


def denied_want(tok: Token) -> bool:
    """"Jakarta had no interest in talks on buying jets", "is not interested in a ceasefire", "showed little
    appetite for a deal", "no intention of holding talks": an act nobody wants is no event (one preposition up)."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.dep_ in ("pcomp", "pobj"):
        tok = tok.head  # ("of holding talks": the gerund stands in the slot)
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("in", "for", "of"):
        return False
    holder = tok.head.head
    if holder.lemma_.lower() in WANT_NOUNS and holder.pos_ == "NOUN":
        return any(c.lower_ in NO_WORDS for c in holder.children if c.dep_ in ("det", "amod", "neg")) or any(
            c.dep_ == "neg" for c in holder.head.children if holder.dep_ in ("dobj", "attr"))
    if holder.lower_ in ("interested", "keen", "eager") and holder.pos_ == "ADJ":
        gov = holder.head if holder.dep_ in ("acomp", "amod") else holder
        return any(c.dep_ == "neg" or c.lower_ in NO_WORDS for c in [*holder.children, *gov.children]
                   if c.dep_ in ("neg", "advmod", "det"))
    return False


def label_noun(tok: Token) -> bool:
    """"a move his daughter denounced as a kidnapping by the government", "described the curbs as an attack":
    the noun after "as" on a verb of naming is how the speaker calls another act."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # ("denounced the arrest as a kidnapping": the parser may hang "as" on the object)
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in LABEL_VERBS


def co_owners(tok: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """"Mali and Niger's decision to cut ties": the parser makes the first owner the head and the noun its
    conjunct ("Mali <-conj- decision", "Niger's" owning the noun); both own the act."""
    if tok.dep_ != "conj" or tok.head.i not in by_tok or not by_tok[tok.head.i].code:
        return []
    owned = [c for c in tok.children if c.dep_ == "poss" and c.i in by_tok]
    if not owned or not any(c.dep_ == "cc" and c.i < owned[0].i for c in tok.head.children):
        return []
    # the first owner stands right before "and": nothing else of its own ("Mali and", not "the Mali junta's plan and")
    if not all(c.dep_ in ("cc", "compound", "conj") for c in tok.head.children if c.i != tok.i):
        return []
    return [by_tok[tok.head.i]]


PERMIT_VERBS = frozenset({"let", "allow", "permit", "admit"})


def permitted_parties(clause: Token) -> list[Token]:
    """"a refusal to let IAEA inspectors return", "its refusal to allow Brazil's observers to monitor the
    vote": the people let in are the ones refused (their subject words of the let-clause)."""
    if clause.lemma_.lower() not in PERMIT_VERBS:
        return []
    return [s for c in clause.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")]


# a span of time a light verb holds: "held two days of talks" is the talks (not "after days of strikes": a stretch)
SPAN_NOUNS = frozenset({"hour", "day", "week", "weekend", "month", "round", "session"})
# what an exercise noun can name as a modifier: its time or place ("exercise season", "the drill area")
EXERCISE_FRAMES = frozenset({"season", "area", "zone", "period", "window", "phase", "range"})
EXERCISE_WORDS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"})


def held_span(tok: Token, light_verbs, lemma) -> Token | None:
    """The time span standing in an act noun's slot when a light verb holds it ("held two days of talks in
    Muscat", "began three days of trilateral drills"); else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    span = tok.head.head
    if span.lemma_.lower() not in SPAN_NOUNS or span.dep_ != "dobj" or span.head.pos_ != "VERB":
        return None
    return span if lemma(span.head) in light_verbs else None


def exercise_frame(tok: Token, entries) -> Token | None:
    """The time or place an exercise noun modifies ("opened their spring exercise season", "the U.S.-South Korean
    exercise season", "near the drill area"): it stands in the exercise's slot, its modifiers are the exercise's."""
    if tok.dep_ != "compound" or tok.lemma_.lower() not in EXERCISE_WORDS or tok.head.lemma_.lower() not in EXERCISE_FRAMES:
        return None
    return tok.head if any(x.type == "COOPERATE" for x in entries) else None


def frame_owners(tok: Token, slot: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded names on an exercise's frame ("their/the allies' exercise season" has its owners on the frame)."""
    if slot.i == tok.i or tok.dep_ != "compound" or slot.lemma_.lower() not in EXERCISE_FRAMES:
        return []
    names = [c for c in slot.children if c.dep_ in ("amod", "nmod", "compound", "poss")]
    names += [g for c in names for g in c.children if g.dep_ in ("amod", "nmod", "compound", "npadvmod")]  # (a hyphen pair)
    return [by_tok[n.i] for n in names if n.i in by_tok and by_tok[n.i].code]


def hyphen_pair(holders: list[Token], by_tok: dict[int, Mention]) -> bool:
    """Two coded names joined by a hyphen before the noun ("a U.S.-Philippine patrol", "the Polish-Lithuanian
    exercises", "the U.S.-South Korean exercise season"), however the parser hangs them."""
    mod_deps = ("amod", "compound", "nmod", "npadvmod")
    for h in holders:
        names = [c for c in h.children if c.dep_ in mod_deps and c.i < h.i]
        names += [g for c in names for g in c.children if g.dep_ in mod_deps]
        coded = sorted((n.i, by_tok[n.i].code) for n in names if n.i in by_tok and by_tok[n.i].code)
        if len({c for _, c in coded}) >= 2 and any(
                t.text == "-" for t in h.doc[coded[0][0]:coded[-1][0]]):
            return True
    return False


def scene_actor(mentions, tok: Token, of_objs: list[Token], by_tok: dict[int, Mention]) -> list[Mention]:
    """The state where an agentless arrest or deportation happens does it: "the arrest of
    the former president at Manila airport" (police are the state's), "the detention of
    three fishermen off Sri Lanka's coast"."""
    places = [g for n in [tok, *of_objs] for g in prep_objects(n, ("in", "at", "off"))]
    places += [c for p in places for c in p.children if c.dep_ == "poss"]
    return [replace(m, sector="COP", kind="agent", confidence=min(m.confidence, 0.6))
            for m in mentions(places, by_tok) if m.code][:1]


SPEECH_VERBS = frozenset({"say", "announce", "insist", "confirm", "vow", "pledge", "promise", "warn", "declare", "tell"})


def speaking_state(tok: Token, by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """An agentless arrest or deportation a state's official speaks of, in the clause said, is that state's
    ("Abinader said deportations of Haitian migrants would continue"), as for the verbs (events round 7)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    found = [m for m in mentions(subject_tokens(verb.head)[0], by_tok) if m.code and m.sector == "GOV"]
    return [replace(m, sector="GOV", kind="agent", confidence=min(m.confidence, 0.6)) for m in found][:1]


OWN_PRONOUNS = frozenset({"their", "its", "his", "her", "our"})


def recalling_speakers(of_objs: list[Token], by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """"Mali, Niger and Burkina Faso said the recall of their ambassadors from Algiers came after ...": envoys of a
    pronoun nobody resolved are called home by the parties that speak of it (the subject of the speech verb)."""
    envoys = [g for g in of_objs if g.lemma_.lower() in ENVOY_WORDS and any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS and c.i not in by_tok for c in g.children)]
    verb = next((a for a in envoys[0].ancestors if a.pos_ in ("VERB", "AUX")), None) if envoys else None
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    return [m for m in mentions(subject_tokens(verb.head)[0], by_tok) if m.code]


def awaited(slot: Token) -> bool:
    """"signed a pact ahead of Chinese naval drills in the region", "tightened controls ahead of Russia's Zapad
    exercises": what an act comes ahead of has not happened yet (docs: a meeting the act comes ahead of)."""
    if slot.dep_ != "pobj":
        return False
    prep = slot.head
    return prep.lower_ == "ahead" or (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (
        prep.lower_ == "of" and prep.head.lemma_.lower() == "anticipation")


def drawers(verb: Token, by_tok: dict[int, Mention]) -> list[Token]:
    """The subject words of a verb that drew a reaction, with both names of a hyphenated pair ("a U.S.-Philippine
    patrol drew a warning from Beijing")."""
    subj = subject_tokens(verb)[0]
    return subj + [g for d in subj for c in d.children if c.dep_ in ("amod", "compound") and c.i in by_tok
                   for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod") and g.i + 1 < c.i
                   and g.doc[g.i + 1].text == "-"]


REFUSAL_HOLDERS = frozenset({"veto", "rejection", "blocking", "refusal"})
# what stands for the acts it holds ("the EU's next sanctions package"), unlike an act refused itself (an apology)
PACKAGE_NOUNS = frozenset({"package", "round", "tranche", "resolution", "draft", "proposal", "plan", "bill"})
VETO_VERBS = frozenset({"veto", "block", "reject", "torpedo", "scuttle"})


def refused_content(slot: Token) -> bool:
    """"Russia's veto of a council resolution on Mali sanctions", "Hungary vetoed the EU's new sanctions package":
    an act inside what is vetoed, blocked or rejected was never done (docs: the content of what is rejected). The
    act itself refused stays ("the apology ... was rejected as insufficient": the apology was made)."""
    cur = slot
    for _ in range(4):
        if (cur.dep_ in ("dobj", "nsubjpass") and cur.head.pos_ == "VERB" and cur.head.lemma_.lower() in VETO_VERBS
                and (cur.i != slot.i or slot.lemma_.lower() in PACKAGE_NOUNS)):
            return True
        if cur.dep_ == "compound" or (cur.dep_ == "pobj" and cur.head.dep_ == "prep"):
            cur = cur.head if cur.dep_ == "compound" else cur.head.head
            if cur.lemma_.lower() in REFUSAL_HOLDERS and cur.i != slot.i:
                return True
            continue
        return False
    return False


def joint_setting(tok: Token, entries, by_tok: dict[int, Mention]) -> bool:
    """"Thailand and Cambodia agreed to a ceasefire at talks in Kuala Lumpur": talks at which two coded parties act
    together are theirs, not a mere setting (one speaker "at talks in Beijing" stays a setting). A joint operation
    with a coded partner that the clause's act happened in is the doers' cooperation with that partner too ("killed
    14 militants in a joint operation with Iraqi forces": manual, MOBILIZE: joint military operations are COOPERATE)."""
    from .event_embedded import partnered_meeting
    if joint_operation(tok, entries, by_tok) or partnered_meeting(tok, entries, by_tok):  # ("at a meeting with Sikorski")
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or not any(x.type == "CONSULT" and x.sym for x in entries):
        return False
    if (verb := tok.head.head).pos_ not in ("VERB", "AUX"):
        return False
    subj = subject_tokens(verb)[0]
    subj = subj + [c for s in subj for c in s.children if c.dep_ == "conj"]
    return len({by_tok[s.i].code for s in subj if s.i in by_tok and by_tok[s.i].code}) >= 2


JOINT_SETTING_PREPS = frozenset({"in", "during", "as", "through"})


def joint_operation(tok: Token, entries, by_tok: dict[int, Mention]) -> bool:
    """'in / during a joint operation / offensive / patrol with Iraqi forces': the noun is a joint act (a COOPERATE
    reading with a 'joint' modifier) and names its coded partner after 'with' or two coded sides as the clause's subject."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in JOINT_SETTING_PREPS:
        return False
    if not any(x.type == "COOPERATE" and x.subj and "joint" in x.subj for x in entries):
        return False
    if not any(k.dep_ in ("amod", "compound") and k.lower_ in ("joint", "combined") for k in tok.children):
        return False
    if any(g.i in by_tok and by_tok[g.i].code for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
           for g in p.subtree if g.dep_ in ("pobj", "compound", "amod", "conj")):
        return True
    if tok.lemma_.lower() in EXERCISE_WORDS:  # (fire during drills is the exercise itself: event_drills)
        return False
    sides = clause_parties(tok.head.head) if tok.head.head.pos_ in ("VERB", "AUX") else []
    sides += [c for w in sides for c in w.children if c.dep_ in ("nmod", "conj")]
    return len({by_tok[w.i].code for w in sides if w.i in by_tok and by_tok[w.i].code}) >= 2


PROTEST_WORDS = frozenset({"protest", "rally", "march", "demonstrate", "demonstration", "strike", "riot", "picket",
                           "sit-in", "vigil", "walkout", "boycott", "gather", "chant"})


def protested_content(tok: Token) -> bool:
    """"protesters rally against the suspension of EU talks", "marched over the jailing of the mayor": what a
    protest is against, told without its doer, is the protesters' grievance, not an event of the story
    (docs: the content of a decision a protest is against)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("against", "over"):
        return False
    gov = tok.head.head
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj" and gov.head.lower_ in ("for", "of"):
        gov = gov.head.head  # ("rally for a fourth night against ...": the parser may hang it on the night)
    return gov.lemma_.lower() in PROTEST_WORDS or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("protester", "demonstrator", "marcher")
        for c in gov.children)


def clause_scene(slot: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded town of the clause a protest noun is told in when the noun names none: "police fired tear gas at
    protesters in Nairobi during marches against police brutality", "police detained dozens in Istanbul as rallies
    spread" (the clause's "in" place, or the place of the clause an "as / while" clause hangs on)."""
    verb = slot.head if slot.dep_ == "nsubj" else slot.head.head if slot.dep_ == "pobj" else None
    for _ in range(2):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        towns = [g for g in prep_objects(verb, ("in",)) if g.ent_type_ in ("GPE", "LOC", "FAC")]
        if slot.dep_ == "nsubj" and verb.i == slot.head.i:  # "protests rock Lima", "rallies swept Tbilisi"
            towns += [o for o in objects(verb) if o.ent_type_ in ("GPE", "LOC", "FAC")]
        towns += [g for o in objects(verb) + prep_objects(verb, ("at", "on", "against", "into"))
                  for g in prep_objects(o, ("in",)) if g.ent_type_ in ("GPE", "LOC", "FAC")]  # ("at protesters in Nairobi")
        found = [by_tok[g.i] for g in towns if g.i in by_tok and by_tok[g.i].code]
        if found:
            return found[:1]
        verb = verb.head if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i else None
    return []


SIDE_WORDS = frozenset({"troops", "forces", "armies", "army", "soldiers", "navies", "militaries", "guards", "police",
                        "fighters", "warships", "vessels", "ships", "coast", "border", "countries", "governments", "leaders",
                        "negotiators", "ministers", "delegations", "officials", "diplomats", "sides"})


def their_sides(tok: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The two parties of "between their troops / forces / leaders": the clause's coded subjects when they are two
    ("Indian and Chinese officials agreed ..., the first since clashes between their troops in 2020")."""
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
    if not objs or not any(g.lower_ in SIDE_WORDS and any(p.dep_ == "poss" and p.lower_ == "their" for p in g.children)
                           for g in objs):
        return []
    found = [by_tok[p.i] for p in _stretch_parties(tok) if p.i in by_tok and by_tok[p.i].code]
    return found if len({m.code for m in found}) >= 2 else []


def imposer_modifier(tok: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded name or demonym before a sanction noun whose "on / against" target is another coded party: it
    imposes ("U.S. tariffs on Chinese goods", "American restrictions on Chinese chipmakers"); alone it may be the
    target ("Russia sanctions"), so a named other target is required."""
    mods = [by_tok[c.i] for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in by_tok and by_tok[c.i].code]
    if not mods:
        return []
    on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
    targets = {m.code for m in recipient_mentions(on, by_tok) if m.code}
    own = {m.code for m in mods}
    return mods if targets and not targets & own else []
