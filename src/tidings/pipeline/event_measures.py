"""Re-typing administrative and judicial measures, and promised increases, for the events stage (round 15, types;
docs/plover-decisions.md, 'Fourteenth development round (sets r15; decisions, types)').

* A foreign state's office, agency or licence closed or revoked (*shuttered USAID's office*,
  *revoked the licence of a Chinese-owned oil company*, *suspended the activities of the Russian cultural centre*)
  cuts a relation with that state: SANCTION `discontinue`, not COERCE (the manual's COERCE restrict is for political
  freedoms at home: a domestic party, NGO or channel closed stays COERCE).
* A court that jails someone for a term or a crime (*a Minsk court jailed him for eight years*) convicts: SANCTION
  `convict`, with the arrest riding along as for *sentenced* (manual, SANCTION: convictions with prison).
* A money or aid noun under an increasing verb (*will double its humanitarian funding for Gaza*) takes the verb as
  its trigger, so the claims stage reads the verb's tense (a future transfer is AGREE, manual: AGREE).
* *balked at extending a credit line*: the refusal is the one event; the act refused is its content.
Called from event_rules.fold_participles.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects, prep_objects
from .base import COURT_WORDS, NON_COUNTRY_CODES
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

CLOSING_VERBS = frozenset({"close", "shut", "shutter", "suspend", "revoke", "cancel", "withdraw", "rescind", "pull",
                           "annul", "terminate", "padlock", "seal", "halt", "freeze", "ban", "strip"})
# what a state runs abroad or holds from the host: closing it cuts a relation with that state
FOREIGN_HOLDINGS = word_list("party_nouns.json", "foreign_holdings")
# owners whose closure is repression or censorship, not a cut relation: media and civil society (manual, COERCE)
NOT_STATE_OWNERS = word_list("party_nouns.json", "not_state_owners")
# enforcers: police shutting offices down is enforcement at home ("Kosovo police shut down Serbian-run offices")
ENFORCERS = frozenset({"police", "policeman", "officer", "agent", "troops", "soldier", "force", "security",
                       "gendarme", "gendarmerie", "guard"})
JAILING_VERBS = frozenset({"jail", "imprison", "incarcerate"})
TERM_WORDS = frozenset({"year", "month", "week", "day", "life", "term", "decade"})
# what one is jailed "for" when a court has judged it: "jailed for espionage", "jailed for spying"
CRIME_WORDS = word_list("act_nouns.json", "judged_crimes")
GROWTH_VERBS = frozenset({"double", "triple", "quadruple", "treble", "increase", "boost", "raise", "expand",
                          "augment", "hike", "scale", "ramp", "step", "top", "multiply"})
MONEY_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
REFUSING_AT = frozenset({"balk", "baulk", "bristle", "recoil", "shy"})


def foreign_holding_closed(c: Candidate, t: Token) -> Candidate | None:
    """COERCE on a foreign state's office, agency or licence -> SANCTION discontinue."""
    if c.event != "COERCE" or c.mode not in ("restrict", "censor", None) or t.lemma_.lower() not in CLOSING_VERBS:
        return None
    held = objects(t) + prep_objects(t, ("of",))
    held += [g for o in held for g in prep_objects(o, ("of",))]
    if not any(o.lemma_.lower() in FOREIGN_HOLDINGS for o in held):
        return None
    owners = held + [k for o in held for k in o.children if k.dep_ in ("poss", "compound", "amod")]
    if any(o.lemma_.lower() in NOT_STATE_OWNERS or o.lower_ in NOT_STATE_OWNERS for o in owners):
        return None  # "closed Al Jazeera's office", "banned the activities of the German Marshall Fund"
    own = set(codes(c.actor))
    recips = [m.code for m in c.recipient if m.code]
    if not own or not recips or any(r in own for r in recips):
        return None
    if any(r in NON_COUNTRY_CODES for r in recips):
        return None  # an NGO's or a UN agency's office closed or banned: a restriction stays COERCE
    if any(s.dep_ == "nsubj" and s.lemma_.lower() in ENFORCERS for s in t.children):
        return None
    return replace(c, event="SANCTION", mode="discontinue")


def court_jailing(c: Candidate, t: Token) -> Candidate | None:
    """'a court jailed X for 12 years', 'was jailed for eight years on charges of ...' -> SANCTION convict."""
    if c.event != "COERCE" or t.lemma_.lower() not in JAILING_VERBS:
        return None
    subj = [s for s in t.children if s.dep_ in ("nsubj", "agent")]
    subj += [g for s in subj if s.dep_ == "agent" for g in s.children if g.dep_ == "pobj"]
    by_court = any(s.lemma_.lower() in COURT_WORDS for s in subj)
    # (the "for" phrase may hang on the one jailed: "jailed an activist for insulting the president")
    holders = [t] + [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")]
    judged = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
              for g in p.children if g.dep_ in ("pobj", "pcomp")]
    termed = any(g.lemma_.lower() in TERM_WORDS | CRIME_WORDS or (g.tag_ == "VBG" and g.head.lower_ == "for")
                 for g in judged)  # "jailed for 12 years", "jailed for spying"
    if not (by_court or termed):
        return None
    out = replace(c, event="SANCTION", mode="convict")
    out.extra = dict(c.extra)
    out.extra["events.also"] = "COERCE:arrest"
    return out


def increased_transfer(c: Candidate, t: Token) -> Candidate | None:
    """'will double its humanitarian funding for Gaza': the increasing verb carries the tense of the transfer."""
    if c.event not in MONEY_TYPES or t.pos_ != "NOUN" or t.dep_ != "dobj":
        return None
    verb = t.head
    if verb.lemma_.lower() not in GROWTH_VERBS or c.trigger_start <= verb.i:
        return None
    return replace(c, trigger=verb.i, trigger_start=verb.i, trigger_end=max(c.trigger_end, t.i + 1))


def refused_content(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'balked at extending a credit line to Serbia': the act is the refusal's content, not a second event."""
    if t.dep_ != "pcomp" or t.head.dep_ != "prep" or t.head.lower_ not in ("at", "from"):
        return False
    refuser = t.head.head
    host = by_trigger.get(refuser.i)
    if host is None or host is c or host.event != "REJECT" or refuser.lemma_.lower() not in REFUSING_AT:
        return False
    if not any(m.code for m in host.recipient):
        host.recipient = [m for m in c.recipient if m.code]  # the party refused ("... to Serbia")
    return True


REFUSED_NOUN_TYPES = frozenset({"AID", "SUPPORT", "SANCTION"})
BLOCKING_VERBS = frozenset({"block", "veto", "freeze", "stall", "hold"})


def refused_object(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'blocked 50 billion euros in EU aid for Ukraine', 'vetoed a tranche of military aid': the aid named in what a
    veto blocks never came (the direct object, 'blocked the aid', is already the refusal's own)."""
    if c.event not in REFUSED_NOUN_TYPES or t.pos_ != "NOUN" or t.dep_ != "pobj":
        return False
    prep, held = t.head, t.head.head
    if prep.lower_ not in ("in", "of") or held.dep_ != "dobj" or held.head.lemma_.lower() not in BLOCKING_VERBS:
        return False
    host = by_trigger.get(held.head.i)
    return host is not None and host is not c and host.event == "REJECT"


POLICE_WORDS = frozenset({"police", "policeman", "officer", "agent", "security", "gendarme", "gendarmerie", "riot"})
# subjects that make storming a building a seizure (not event_rules.TROOP_WORDS, the units one state sends another)
STORMING_FORCE_WORDS = frozenset({"troop", "soldier", "army", "force", "military", "commando", "marine", "guard"})
BUILDING_WORDS = word_list("place_nouns.json", "stormed_buildings")


def stormed_as_raid(c: Candidate, t: Token, by_trigger: dict) -> Candidate | None:
    """'police stormed the opposition party's headquarters', 'soldiers stormed a prison in Guayaquil': a forced entry
    by the state's police, or by its soldiers into a building at home, is a raid (manual, COERCE seize), as
    'stormed and seized the headquarters' is (docs, round 13); storming a town, camp or gang stronghold stays ASSAULT."""
    if c.event != "ASSAULT" or t.lemma_.lower() != "storm":
        return None
    if not any(o.lemma_.lower() in BUILDING_WORDS for o in objects(t)):
        return None  # ("police stormed a gang stronghold, killing eight": an armed assault)
    if any(o is not c and o.event == "COERCE" and o.mode == "arrest" for o in by_trigger.values()):
        return None  # ("stormed the embassy to arrest Glas": the gold sets differ on the entry; left as it was)
    subj = [s for s in t.children if s.dep_ == "nsubj"]
    words = {w.lemma_.lower() for s in subj for w in [s, *s.children] if w.dep_ in ("nsubj", "compound", "amod")}
    if words & POLICE_WORDS:
        return replace(c, event="COERCE", mode="seize")
    own = set(codes(c.actor))
    if words & STORMING_FORCE_WORDS and own and not any(m.code and m.code not in own for m in c.recipient):
        return replace(c, event="COERCE", mode="seize")
    return None


def deadly_raid(c: Candidate, t: Token, by_trigger: dict) -> Candidate | None:
    """'soldiers and mercenaries raided the village of Moura, killing dozens of men': a raid whose own participle kills
    or wounds is an armed raid (ASSAULT), not a search and seizure (COERCE seize); 'raided Nablus and detained dozens'
    stays COERCE."""
    if c.event != "COERCE" or c.mode != "seize" or t.lemma_.lower() not in ("raid", "storm"):
        return None
    for k in t.children:
        hit = by_trigger.get(k.i)
        if k.dep_ == "advcl" and k.tag_ == "VBG" and hit is not None and hit.event == "ASSAULT" and hit.mode != "abduct":
            return replace(c, event="ASSAULT", mode=None)
    return None


HOSTAGE_WORDS = frozenset({"hostage", "abductee", "captive", "kidnapped", "abducted", "trafficked", "enslaved"})
RESCUE_OPERATIONS = frozenset({"operation", "raid", "rescue", "assault", "offensive", "sweep", "mission"})


def rescue_by_force(c: Candidate, t: Token, by_trigger: dict) -> Candidate | None:
    """'the army said it had killed 40 bandits and freed 12 hostages', 'freed 20 kidnapped students in a raid': captives
    freed by force are rescued (AID, manual: hostage rescues; docs, round 6), also when the parser leaves only a
    pronoun as the rescuer; the captor freeing its captives stays RETREAT release."""
    if c.event != "RETREAT" or c.mode != "release" or t.lemma_.lower() not in ("free", "rescue", "liberate"):
        return None
    freed = objects(t)
    if not any(o.lemma_.lower() in HOSTAGE_WORDS or any(k.lemma_.lower() in HOSTAGE_WORDS for k in o.children)
               for o in freed):
        return None
    by_operation = any(g.lemma_.lower() in RESCUE_OPERATIONS for g in prep_objects(t, ("in", "during", "after")))
    own = set(codes(c.actor))
    fought = t.dep_ == "conj" and (host := by_trigger.get(t.head.i)) is not None and host.event == "ASSAULT" \
        and own and set(codes(host.actor)) == own
    return replace(c, event="AID", mode=None) if by_operation or fought else None
