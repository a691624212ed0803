"""The foreign party a protest is aimed at (events stage, recipients): the embassy, base, effigy or flag a crowd
rallies at or desecrates, the party inside what it protests against, the party its slogans are against; and the
official protest that is no crowd's (later an ACCUSE, with no default target). Split from event_domestic (round 22),
whose domestic-target rules these foreign targets sit beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_domestic import PREMISE_WORDS
from .event_targets import NON_COUNTRY_CODES, PARTNER_NOUNS

if TYPE_CHECKING:
    from .base import Mention

# an international body's premises a crowd rallies at ("outside the IMF office", "the EU delegation")
ORG_PREMISES = frozenset({"office", "offices", "headquarters", "delegation", "building", "compound", "mission"})
EFFIGY_WORDS = frozenset({"effigy", "effigies", "flag", "portrait", "poster", "picture", "image", "photo"})
# a foreign state's site a crowd rallies at ("rallied outside the French military base in Niamey")
SITE_WORDS = frozenset({"base", "garrison", "barracks"})
# what is done to a flag or effigy in protest (a waved flag is support)
DESECRATE_VERBS = frozenset({"burn", "trample", "tear", "desecrate", "stamp", "deface", "destroy", "hang", "rip",
                             "shred", "torch", "set", "throw", "kick", "stomp"})


def protest_target(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'rallied outside the Swedish embassy', 'burned effigies of Netanyahu': the foreign state."""
    mentions_of, prep_objects = _arguments.mentions_of, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    scope = list(h.tok.subtree) + (list(word.subtree) if word.i != h.tok.i else [])
    if h.tok.dep_ in ("advcl", "xcomp", "conj"):  # "marched ..., burning effigies of X"
        scope += [t for c in h.tok.head.children if c.dep_ in ("advcl", "conj") for t in c.subtree]
    for t in scope:
        # "blocked roads around the European Parliament": a protest at a foreign or international body
        if t.dep_ == "prep" and t.lower_ in ("outside", "around", "at", "near", "before"):
            for g in t.children:
                m = by_tok.get(g.i) if g.dep_ == "pobj" else None
                if m is not None and m.code and m.code not in own and m.kind == "org" and m.root == g.i \
                        and not _is_city(m.text):  # "rallied around Brussels" is a place, not the EU
                    return [m]
                if g.dep_ == "pobj" and g.lemma_.lower() in ORG_PREMISES:
                    # "rallied outside the IMF office in Nairobi": an international body's premises
                    for c in g.children:
                        m = by_tok.get(c.i)
                        if c.dep_ in ("compound", "poss", "nmod") and m is not None and m.kind == "org" \
                                and m.code in ("IGO", "UNO", "EUR") and m.code not in own:
                            return [m]
        lem = t.lemma_.lower()
        if lem in EFFIGY_WORDS and t.head.lemma_.lower() not in DESECRATE_VERBS and not any(
                c.lemma_.lower() in DESECRATE_VERBS for c in t.children):
            continue  # "waving Russian flags": support for Russia, not a protest against it
        if lem in PREMISE_WORDS or lem in EFFIGY_WORDS or (lem in SITE_WORDS and t.dep_ == "pobj" and t.head.lower_ in (
                "outside", "at", "near", "around", "before")):
            owners = [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            found = mentions_of(owners + prep_objects(t, ("of",)), by_tok)
            found = [m for m in found if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
            if found:
                return found[:1]
    # "to protest against arms shipments to Israel": a foreign party inside the target phrase
    holders = [word, h.tok] + [c for c in h.tok.children if c.dep_ in ("xcomp", "advcl")]
    for g in (g for x in holders for g in prep_objects(x, ("against",))):
        if g.lemma_.lower() in PARTNER_NOUNS or g.lower_ in PARTNER_NOUNS:
            # "against the kingdom's ties with Israel", "against normalisation with Israel": the partner
            found = [m for m in mentions_of(prep_objects(g, ("with",)), by_tok)
                     if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
            if found:
                return found[:1]
        if any(c.dep_ == "poss" for c in g.children):
            continue  # "against the government's plan to cut funding for Ukraine": the government's
        named = [c for c in g.children if c.dep_ in ("amod", "compound", "nmod")] + prep_objects(
            g, ("to", "of", "by", "from"))
        found = [m for m in mentions_of(named, by_tok)
                 if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
        if found:
            return found[:1]
    # "rallied ..., chanting slogans against Israel and the United States": every foreign party the crowd's slogans are against (not the cause the rally is in solidarity with)
    slogans = [o for x in holders for c in x.children if c.dep_ == "dobj" and c.lemma_.lower() in SLOGAN_WORDS
               for o in [c]] + [o for x in holders if x.lemma_.lower() in CHANT_VERBS for o in _arguments.objects(x)
                                if o.lemma_.lower() in SLOGAN_WORDS]
    named = [g for o in slogans for g in prep_objects(o, ("against",))]
    return [m for m in mentions_of(named, by_tok) if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]


# what a crowd chants or carries against a foreign party
CHANT_VERBS = frozenset({"chant", "shout", "sing", "carry", "hold", "raise", "brandish", "wave"})
SLOGAN_WORDS = frozenset({"slogan", "chant", "placard", "banner", "sign", "song"})


def _is_city(text: str) -> bool:
    gazetteer = _gazetteer.gazetteer

    return gazetteer().resolve(text) is not None


def official_protest(h, actor: list[Mention]) -> bool:
    """'Iran protested the strike' becomes ACCUSE later: no default target for it."""
    word = h.noun if h.noun is not None else h.tok
    if word.lemma_.lower() != "protest":
        return False
    doc = h.tok.doc
    coded = [m for m in actor if m.code]
    return bool(coded) and all(
        m.sector == "GOV" or (m.kind == "country" and m.sector is None and doc[m.root].tag_ not in ("NNS", "NNPS"))
        for m in coded)


# (bound last, as in event_domestic: the functions read them at call time)
from . import arguments as _arguments  # noqa: E402
from . import gazetteer as _gazetteer  # noqa: E402
