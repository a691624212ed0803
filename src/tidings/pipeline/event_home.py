"""Who is at home: the recipient rules for a state's acts on its own people that need the actor's sector,
the scene or the words of the target (docs/plover-decisions.md "Domestic recipients", rounds 7-9): prisoners a
state frees, arrests by police and courts, curfews in bare places, words aimed at the state's opponents, and
the opposition's reproaches. Split from event_recipients.py (round 9), which calls these from ``_settle``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import DOMESTIC_FORCE_SECTORS
from .event_domestic import amends, amends_act, home_of, mention_at, verbal_targets
from .event_targets import NON_COUNTRY_CODES, NON_STATE_SECTORS, coded_targets
from .word_lists import word_list

if TYPE_CHECKING:
    from .base import Mention


PRISONER_WORDS = frozenset({"prisoner", "detainee", "inmate", "activist", "dissident", "opponent", "protester",
                            "journalist", "critic", "convict"})


def jailer(h, actor: list[Mention], recipient: list[Mention]) -> Mention | None:
    """'Nicaragua released 135 political prisoners and flew them to Guatemala': with no single scene, a
    state freeing prisoners of no country of their own frees its own people (docs: "Domestic recipients",
    round 9; Hamas freeing hostages is no state, and coded captives keep their code)."""
    if h.etype != "RETREAT" or h.mode != "release":
        return None
    states = [m for m in actor if m.code and m.code not in NON_COUNTRY_CODES and m.sector not in NON_STATE_SECTORS]
    doc = h.tok.doc
    if len({m.code for m in states}) != 1 or len(states) != len([m for m in actor if m.code]):
        return None
    if not recipient or any(m.code for m in recipient) or not all(
            doc[m.root].lemma_.lower() in PRISONER_WORDS for m in recipient):
        return None
    return states[0]


def police_home(h, actor: list[Mention], recipient: list[Mention]) -> Mention | None:
    """'The arrest of six journalists by Kenyan police drew condemnation from the United States': police
    and courts act at home, so with no scene and a second country named, the people they arrest or charge
    are their state's (docs: "Domestic recipients", round 9); armies are left alone (their victims with
    no place named are as often foreign)."""
    if h.etype not in ("COERCE", "SANCTION", "ACCUSE") or any(m.code for m in recipient):
        return None
    forces = [m for m in actor if m.code and m.code not in NON_COUNTRY_CODES and m.sector in DOMESTIC_FORCE_SECTORS]
    if len({m.code for m in actor if m.code}) != 1 or not forces:
        return None
    doc = h.tok.doc
    if any(doc[m.root].lemma_.lower() in FOREIGNER_WORDS for m in recipient) or any(
            t.lemma_.lower() in ("border", "frontier", "crossing") for t in h.tok.subtree):
        return None  # "detained migrants at the Serbian border": foreigners, and a border is both sides' place
    return forces[0]


def population_home(h, actor: list[Mention]) -> Mention | None:
    """'Yoon declared martial law, accusing parliament of sympathising with North Korea': a curfew or
    martial law a state declares with no place named is laid on its own people, whatever other country
    the sentence names (docs: "Domestic recipients", round 8; a place abroad is the scene and wins)."""
    POPULATION_MODES = _event_domestic.POPULATION_MODES

    if h.etype != "COERCE" or h.mode not in POPULATION_MODES:
        return None
    states = [m for m in actor if m.code and m.code not in NON_COUNTRY_CODES and m.sector not in NON_STATE_SECTORS]
    if len({m.code for m in actor if m.code}) != 1 or not states:
        return None
    return states[0]


def removed_from_office(h) -> bool:
    """'Turkish authorities removed three elected pro-Kurdish mayors from office': office holders a state removes
    are its own, like those a legislature impeaches (docs: "Domestic recipients", round 9)."""
    return h.etype == "SANCTION" and h.tok.lemma_.lower() in ("remove", "dismiss", "oust", "sack", "suspend") and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ in ("office", "post", "posts", "duty", "duties")
                                                         for g in c.children) for c in h.tok.children)


FOREIGNER_WORDS = frozenset({"migrant", "refugee", "asylum", "foreigner", "national", "tourist", "smuggler", "spy"})


# What a state runs or does at home, so that the opposition's reproach of it is aimed at the state
# ("called the election a sham"; not "criticised the agreement as a gimmick", a deal with others)
STATE_PROCESS_NOUNS = word_list("act_nouns.json", "state_processes")


def state_process(h) -> bool:
    judged = _arguments.objects

    toks = judged(h.tok)
    if h.tok.dep_ == "relcl":  # "an election that the main opposition party called a sham"
        toks.append(h.tok.head)
    return any(t.lemma_.lower() in STATE_PROCESS_NOUNS or t.lower_ in STATE_PROCESS_NOUNS for t in toks)


def opposition(actor: list[Mention]) -> bool:
    """A domestic opposition party or leader (their complaints and demands address the state)."""
    coded = [m for m in actor if m.code]
    return bool(coded) and all(m.sector in ("OPP", "PTY") for m in coded)


def verbal_compatriots(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
                        story_country: Mention | None) -> list[Mention]:
    """'rejected opposition demands', 'called on young protesters to go home', 'vowed to crush the
    opposition': people of no country of their own, as targets of words, are the scene's compatriots
    (else the sentence's single country), as for arrests."""
    own = {m.code for m in actor if m.code}
    if len(own) != 1 or any(m.code for m in recipient):
        return recipient
    loose, words = verbal_targets(h, recipient, by_tok)
    if not loose and not words:
        if h.etype == "REQUEST" and not recipient and opposition(actor):
            # "the opposition leader called for electoral reforms": a demand of the state
            home = home_of(h, actor, by_tok, story_country)
            if home is not None and home.code in own:
                return [replace(home, sector="GOV", kind="country", confidence=min(home.confidence, 0.5))]
        return recipient
    home = home_of(h, actor, by_tok, story_country)
    if home is None:
        return recipient
    loose = [m for m in loose if m.code in (None, home.code)]  # (the actors stage's default code)
    if not loose and not words:
        return recipient
    if words:
        return [mention_at(words[0], home, None)]
    return [replace(m, code=home.code, confidence=min(m.confidence, 0.6)) if m in loose else m
            for m in (recipient or loose)]


def victims_home(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
                 story_country: Mention | None) -> list[Mention]:
    """'apologised to the families of demonstrators who died', 'promised to compensate the victims' relatives':
    an apology or a promise to uncoded victims at home (event_domestic.amends) is the home country's; else []."""
    if not amends_act(h) or any(m.code for m in recipient):
        return []
    loose, words = verbal_targets(h, recipient, by_tok)
    if not any(amends(h, h.tok.doc[m.root]) for m in loose) and not any(amends(h, t) for t in words):
        return []  # (only the victims: "apologised to the opposition activist" is left to the clemency rules)
    found = verbal_compatriots(h, actor, recipient, by_tok, story_country)
    return found if any(m.code for m in found) else []


def foreign_people(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'beating the crew of a Vietnamese fishing boat': a coded people mention as the object of a
    hostile act the parse left without a target (ASSAULT / COERCE only)."""
    done_to = _arguments.objects

    # (or the people a passive participle describes: "Ukrainian soldiers captured by Russian forces")
    people = done_to(h.tok) or _arguments.passive_subjects(h.tok)
    return [m for m in coded_targets(people, own, by_tok, trigger=h.tok.i) if m.kind in ("agent", "person")
            and m.code not in NON_COUNTRY_CODES]


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
from . import event_domestic as _event_domestic  # noqa: E402
