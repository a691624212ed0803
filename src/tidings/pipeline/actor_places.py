"""Where a role noun's people are from, when no country word owns it (actors stage, rule 4).

* ``city_after``: "police in Lagos", "farmers from Gujranwala", "residents of Mariupol": a place right
  after the role, resolved by the gazetteer (only when unambiguous);
* ``demonym_place``: "farmers in the Indian state of Punjab", "miners in the Peruvian region of
  Apurimac": a demonym before a place noun names the country of the place the role is in;
* ``based_country``: "a Hong Kong-based shipping firm", "a Dubai-based businessman": a company or a
  person based in a place is that place's (the backer words "Iran-backed", "Russian-made" stay no
  one's: ``Actors._accept`` keeps them aside in ``doc.user_data["backers"]``).
"""

from __future__ import annotations

from .base import NON_COUNTRY_CODES, parse
from .word_lists import word_list

# "in the Indian state of Punjab": the nouns that make a demonym before them a place's country
_PLACE_NOUNS = word_list("place_nouns.json", "demonym_place_nouns")
# words that may stand between "<place>-based" and the role it describes ("a Hong Kong-based shipping firm")
_BASED_GAP_DEPS = frozenset({"compound", "amod", "nmod", "punct", "npadvmod", "nummod", "advmod"})


def city_after(doc, a: int, limit: int, preps: frozenset[str]) -> tuple[int, str] | None:
    """A city right after one of ``preps`` ("police in Lagos"), resolved by the gazetteer."""
    if a + 1 >= limit or doc[a].lower_ not in preps:
        return None
    k = a + 1
    tok = doc[k]
    if tok.ent_type_ not in ("GPE", "LOC") or tok.ent_iob_ != "B":
        return None
    e = k + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    if e > limit:
        return None
    from .gazetteer import gazetteer

    loc = gazetteer().resolve(doc[k:e].text)
    if loc is None or not loc.country_code:
        return None
    return e, loc.country_code


def demonym_place(doc, a: int, adjective_start: int, adjective_end: int) -> bool:
    """"farmers in/from the Indian state of ...": the role ends at ``a``, the demonym spans the two
    offsets; True when the gap is "in/from the" and a place noun follows the demonym."""
    p = parse(doc)
    if adjective_start != a + 2 or p.lower[a] not in ("in", "from") or p.lower[a + 1] != "the":
        return False
    return adjective_end < len(doc) and p.lemma[adjective_end].lower() in _PLACE_NOUNS


def based_country(doc, start: int, root: int) -> str | None:
    """The country of "<place>-based" modifying the role whose span starts at ``start``."""
    p = parse(doc)
    for b in range(start - 1, max(1, start - 5) - 1, -1):
        if p.lower[b] == "based" and p.text[b - 1] == "-":
            break
        if p.dep[b] not in _BASED_GAP_DEPS:
            return None
    else:
        return None
    if b >= start or not _hangs_on(doc, b, root):
        return None
    backers = doc.user_data.get("backers", {})
    near = [s for s in backers if b - 6 <= s < b - 1 and backers[s][1] == "based"]
    if near:
        return backers[max(near)][0]
    k = b - 2  # a place the dictionaries lack ("a Marseille-based trawler firm"): the gazetteer's
    s = k
    while s > 0 and p.pos[s - 1] == "PROPN" and k - s < 2:
        s -= 1
    if p.pos[k] != "PROPN":
        return None
    from .gazetteer import gazetteer

    loc = gazetteer().resolve(doc[s : k + 1].text)
    return loc.country_code if loc is not None and loc.country_code else None


def _hangs_on(doc, b: int, root: int) -> bool:
    """"based" (or the name it is glued to) modifies the role, not a noun before it."""
    for t in (doc[b], doc[b - 2] if b >= 2 else doc[b]):
        h = t
        for _ in range(3):
            if h.i == root:
                return True
            if h.head.i == h.i:
                break
            h = h.head
    return False


# crowds and trades that are where they are: "miners at a copper pit in Zambia's Copperbelt province"
_PLACED_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "MED", "OPP"})
# people who are where they are from elsewhere: their place is not their country
_AWAY = frozenset({"migrant", "expatriate", "expat", "refugee", "tourist", "pilgrim", "foreigner", "national",
                   "hostage", "captive", "detainee", "prisoner", "exile", "evacuee", "asylum", "visitor"})
_PLACE_PREPS = ("at", "in", "from")
# institutions are places as much as actors ("stormed the hospital in northern Gaza"): left to the events stage
_BUILDINGS = frozenset({"hospital", "clinic", "school", "university", "college", "academy", "mosque", "church",
                        "temple", "monastery", "seminary", "madrasa", "madrassa", "bakery"})
# a clause inside the phrase says something else: "workers at a plant that exports to China"
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "parataxis"})
# "a Chinese-owned mine in Kolwezi": the owner of the site is not where its workers are
_OWNED = frozenset({"owned", "run", "operated", "controlled", "backed", "funded", "financed", "built", "made"})


def placed_crowds(doc, mentions) -> None:
    """"Miners at a copper pit in Zambia's Copperbelt province", "farmers from villages in Haryana": a crowd
    or trade with no country takes the one country named inside the at / in / from phrase on it, however
    deep (the composition rules only see a place right after the role)."""
    countries = {m.root: m.code for m in mentions if m.kind == "country" and m.code and len(m.code) == 3
                 and m.code not in NON_COUNTRY_CODES}
    if not countries:
        return
    p = parse(doc)
    for m in mentions:
        if m.kind != "agent" or m.code is not None or m.sector not in _PLACED_SECTORS \
                or p.lemma[m.root] in _AWAY or p.lemma[m.root] in _BUILDINGS \
                or any(p.lemma[k] in _AWAY for k in p.kids[m.root] if k < m.root):
            continue  # ("migrant workers at a stadium in Qatar" are not Qatar's)
        if any(p.dep[k] == "prep" and p.lower[k] in ("of", "for", "with") for k in p.kids[m.root]):
            continue  # an employer or owner says whose: "an employee of Japanese drugmaker Astellas in Beijing"
        for c in p.kids[m.root]:
            if c < m.end or p.dep[c] != "prep" or p.lower[c] not in _PLACE_PREPS:
                continue
            found: set[str] = set()
            stack = list(p.kids[c])
            while stack:
                k = stack.pop()
                if p.dep[k] in _CLAUSE_DEPS or k - c > 12:
                    continue
                if k in countries and not (k + 2 < len(doc) and p.text[k + 1] == "-" and p.lower[k + 2] in _OWNED):
                    found.add(countries[k])
                stack.extend(p.kids[k])
            if len(found) == 1:
                m.code = found.pop()
                m.confidence = min(m.confidence, 0.8)
            break
