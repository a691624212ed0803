"""The parties a recipient phrase names (moved out of arguments.py in round 10 to keep it under
600 lines; arguments re-exports everything here).

``recipient_mentions`` turns the recipient words the events stage picked (objects, type
prepositions) into mentions: the words' own coded mentions, else a ``by`` agent, a ``from`` /
``by`` phrase one level down, an origin or carry participle, the partner inside the phrase
(argument_partners), or a hyphenated owner or maker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


# Prepositions on a recipient noun that name who stands behind it: "the launch by North
# Korea", "an offer of talks from the African Union".
NESTED_OWNER_PREPS = ("by", "from")
# "a ceasefire brokered by the United States": a go-between, not a party.
BROKER_VERBS = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "oversee", "monitor", "chair"})
# ... but a text's sponsor is its author: "vetoed a resolution sponsored by the United States and Japan"
AUTHOR_VERBS = frozenset({"sponsor", "co-sponsor", "cosponsor"})
AUTHORED_NOUNS = frozenset({"resolution", "draft", "bill", "motion", "amendment", "text", "declaration", "statement"})


def recipient_mentions(toks: list[Token], by_tok: dict[int, Mention], places: bool = False,
                       trigger: int | None = None) -> list[Mention]:
    """Mentions for recipient words; when none of them is coded, the coded party named in a
    preposition of those words ("condemned the missile launch by North Korea" -> PRK,
    "turned down an offer of talks from the African Union" -> IGO), one level down at most.
    Places ("a ceasefire in Sudan") are not parties, except with ``places`` (investigations:
    "opened an inquiry into abuses in Myanmar" -> MMR). The ``trigger``'s own participle on a word is the act
    coded, not the word's agent ("a Greek tanker seized by Iran": the tanker, GRC, is what Iran seized)."""
    # "its forces would respond with force to incursions by X": what the response answers
    toks = [x for t in toks for x in (response_answers(t) or [t])]
    # "reporters working for a Kenyan broadcaster", "staff who work for a British charity": people stand for
    # the coded body they work for (like "an official with Hamas"), over a code from where they are
    toks = [x for t in toks for x in (_employer(t, by_tok) or [t])]
    # "kidnapped workers at a Chinese-owned mine": the site where recipient people work is their
    # place, and its owner is no party of the act done to them (the people are)
    toks = [t for t in toks if not workplace_of(t, toks, by_tok)]
    if not toks:
        return []
    # (children and labels read by index off the doc's ``Parse``: no Token object per child looked at)
    doc = toks[0].doc
    P = parse(doc)
    kids, deps, tags, lemmas, lowers, poses = P.kids, P.dep, P.tag, P.lemma, P.lower, P.pos
    # "an investigation into the execution of Ukrainian prisoners by Russian troops", "drills by
    # Seoul and Washington", "drones launched by the rebels": the agent, not the victims
    agents = [g for t in toks if t.i not in by_tok for g in prep_objects(t, ("by",)) + [
        q for c in kids[t.i] if deps[c] == "acl" and tags[c] == "VBN" and c != trigger and (
            lemmas[c] not in BROKER_VERBS or (lemmas[c] in AUTHOR_VERBS and lemmas[t.i] in AUTHORED_NOUNS))
        for q in prep_objects(doc[c], ("by",))]]
    # "the deportation of hundreds of Mexican migrants by the United States": "by" on the of-phrase
    agents += [g for t in toks if t.i not in by_tok for o in _of_objects(t) for x in [o, *_of_objects(o)]
               for g in prep_objects(x, ("by",))]
    # "condemned the raid, a night-time attack by Guatemalan soldiers on a farm": an act noun in apposition
    # is the thing judged, and its agent the target (not when the object is a party of its own country: "met his
    # Emirati counterpart in Abu Dhabi, the first visit by an Israeli minister" sums up the meeting)
    agents += [g for t in toks if (t.i not in by_tok or not by_tok[t.i].code) and not any(
               deps[c] in ("compound", "amod") and c in by_tok and by_tok[c].code for c in kids[t.i])
               for a in kids[t.i] if deps[a] == "appos"
               and poses[a] == "NOUN" for x in [doc[a], *_of_objects(doc[a]),
                                                *(doc[c] for c in kids[a] if deps[c] == "acl" and tags[c] == "VBN")]
               for g in prep_objects(x, ("by",))]
    by_agent = [m for m in mentions_of(agents, by_tok) if m.code]
    if by_agent:
        return unique([m for t in toks if t.i in by_tok for m in mentions_for(t, by_tok)] + by_agent)
    found = mentions_of(toks, by_tok)
    if any(m.code for m in found):
        return found
    preps = NESTED_OWNER_PREPS + (("in", "inside") if places else ())
    # (an uncoded role counts as no party: "a delegation from the bloc ECOWAS")
    nested = [g for t in toks if t.i not in by_tok or not by_tok[t.i].code for g in prep_objects(t, preps)]
    nested += [g for t in toks if t.i not in by_tok for c in kids[t.i] if deps[c] == "prep" and lowers[c] == "of"
               for x in kids[c] if deps[x] == "pobj" and (x not in by_tok or not by_tok[x].code)
               for g in prep_objects(doc[x], preps)]
    # "tariffs on vehicles imported from the United States", "a ship linked to an Israeli billionaire"
    nested += [g for t in toks if t.i not in by_tok for c in kids[t.i]
               if deps[c] == "acl" and tags[c] == "VBN" and lemmas[c] in ORIGIN_PARTICIPLES
               for g in prep_objects(doc[c], ("from", "to", "in"))]
    # "a convoy carrying Chinese engineers": who was in it
    nested += [g for t in toks if t.i not in by_tok for c in kids[t.i]
               if deps[c] == "acl" and tags[c] == "VBG" and lemmas[c] in CARRY_PARTICIPLES
               for g in objects(doc[c])]
    # (also in a relative clause, or one a speaker's verb frames: "a vessel that was carrying Iranian crude",
    # "a tanker it said was smuggling Iranian oil")
    nested += [g for t in toks if t.i not in by_tok for c in kids[t.i] if deps[c] == "relcl"
               for v in [c, *(x for x in kids[c] if deps[x] == "ccomp")]
               if tags[v] == "VBG" and lemmas[v] in CARRY_PARTICIPLES for g in objects(doc[v])]
    # who is pressed, and the maker of a judged thing (argument_partners: "demanded pressure on Rwanda",
    # "criticised the offering that Japan's prime minister sent", "a truce, which Ukraine dismissed")
    nested += [g for t in toks if t.i not in by_tok for g in pressed_or_maker(t)]
    # "cooperation between India and the UAE", "every crossing on its border with Belarus", "a drone
    # launched from Yemen" (argument_partners)
    nested += [g for t in toks if t.i not in by_tok for g in inner_partner_words(t, by_tok)]
    extra = [m for m in mentions_of(nested, by_tok) if m.code]
    # "a tariff on Chinese-made cars", "a Greek-owned tanker": the owner or maker kept aside as a backer
    si = next((m.sent_index for m in by_tok.values()), 0)
    # (also on what the phrase is "of": "the sale of U.S.-made radar parts", "imports of Russian-built cars")
    # (an uncoded role word counts as no party here too: "sanctions on a dozen Iran-linked companies")
    extra += [m for t in toks if t.i not in by_tok or not by_tok[t.i].code for x in [t, *_of_objects(t)]
              if x.i not in by_tok or not by_tok[x.i].code for m in hyphen_owners(x, si)]
    # (at most two unrelated extras; a coordinated list counts whole: "imported from Cambodia,
    # Vietnam, Thailand and Malaysia")
    return found + [m for m in extra if m not in found][:4]


# participles on a recipient noun whose from / to / in phrase names whose it is
ORIGIN_PARTICIPLES = frozenset({"import", "export", "ship", "make", "manufacture", "produce", "link", "tie",
                                "connect", "belong", "register", "flag", "base", "headquarter", "originate"})


# what people do for the body they stand for: "working / reporting / writing for"
EMPLOY_PARTICIPLES = frozenset({"work", "report", "write", "spy", "volunteer"})
CARRY_PARTICIPLES = frozenset({"carry", "transport", "ferry", "take", "bring", "smuggle", "haul"})


def _employer(tok: Token, by_tok: dict[int, Mention]) -> list[Token]:
    m = by_tok.get(tok.i)
    if m is not None and m.kind not in ("agent", "person"):
        return []
    p = parse(doc := tok.doc)
    return [g for c in p.kids[tok.i] if p.dep[c] in ("acl", "relcl") and p.lemma[c] in EMPLOY_PARTICIPLES
            for g in prep_objects(doc[c], ("for",))
            # (not an employer whose country is only the story's main one: "a state-owned firm" in Nigeria)
            if any(x.code and x.confidence > 0.6 for x in mentions_of([g], by_tok))]


def _of_objects(tok: Token) -> list[Token]:
    p = parse(doc := tok.doc)
    deps = p.dep
    return [doc[g] for c in p.kids[tok.i] if deps[c] == "prep" and p.lower[c] == "of" for g in p.kids[c]
            if deps[g] == "pobj"]


# imported last: arguments re-exports this module at its end, so either may be imported first
from .argument_partners import (  # noqa: E402
    hyphen_owners,
    inner_partner_words,
    pressed_or_maker,
    response_answers,
    workplace_of,
)
from .arguments import objects, prep_objects  # noqa: E402
from .base import parse  # noqa: E402
from .owners import mentions_for, mentions_of, unique  # noqa: E402
