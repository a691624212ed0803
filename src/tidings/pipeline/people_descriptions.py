"""Descriptions of a country narrowed by the region words wire copy uses ("the Central Asian nation", "the Pacific
nation", "the Jewish state", "the city-state"). The words and the countries they can describe live in
knowledge/places.json "description_regions" (one or two words); the coreference stage's own short list
(``coref_mentions.region_narrowed``: Gulf, Baltic, Balkan, ...) answers the rest."""

from __future__ import annotations

from functools import cache

from .coref_mentions import region_narrowed as _listed_regions
from .gazetteer import places_knowledge


@cache
def _description_regions() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in places_knowledge().get("description_regions", {}).items()
            if not k.startswith("_")}


def region_narrowed(doc, the: int, tok, allowed: frozenset[str] | None) -> frozenset[str] | None:
    """``allowed`` narrowed by a region word or pair of words between "the" and the head: a pair first ("the
    North African country" is no other African one), then one word, then the coreference stage's list."""
    table = _description_regions()
    for i in range(the + 1, tok.i):
        pair = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < tok.i else ""
        region = table.get(pair) or table.get(doc[i].lower_)
        if region is not None:
            return region if allowed is None else allowed & region
    return _listed_regions(doc, the, tok, allowed)
