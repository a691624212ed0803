"""Actor and agent dictionaries: the bundled knowledge files and users' own files.

One in-memory shape, ``Dictionary`` (a list of ``Entry``), comes from three file
formats (docs/dictionaries.md):

* tidings JSON — the shape of ``knowledge/countries.json``, ``agents.json``,
  ``organizations.json`` and ``office_holders.json`` (any of their top-level keys);
* TSV — ``phrase<TAB>code<TAB>sector[<TAB>kind]``, or an office-holder table whose
  header starts with ``name<TAB>aliases``;
* PETRARCH actor / agent dictionaries (``.txt`` with ``[CODE]`` blocks).

Later dictionaries win over earlier ones phrase by phrase, so user files (loaded
after the bundled ones) override them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DictionaryError

KINDS = ("country", "org", "person", "agent", "block")
# A country entry's role decides how it combines with agents (docs/actors.md).
ROLES = ("name", "adjective", "capital", "seat")
BUNDLED_FILES = ("countries.json", "agents.json", "organizations.json", "office_holders.tsv")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{2}$")
_JSON_KEYS = frozenset({"countries", "seats", "not_actors", "agents", "organizations", "people", "cues"})
_VERB_KEYS = frozenset({"verbs", "nouns"})  # the events stage's lexicon files (pipeline/verblex.py)


@dataclass(frozen=True)
class Term:
    """A dated code: one office term of a person, or a dated PETRARCH code block.

    ``start`` is inclusive, ``end`` exclusive; None means open.
    """

    code: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None
    other_sectors: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # PETRARCH "[ELR/GAL]": further actor codes the phrase stands for

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    terms: tuple[Term, ...]
    identifier_id: str | None = None


@dataclass(frozen=True)
class Resolved:
    code: str | None
    sector: str | None
    other_sectors: tuple[str, ...] = ()
    office: str | None = None
    identifier_text: str | None = None
    identifier_id: str | None = None
    in_office: bool = True


@dataclass(frozen=True)
class Entry:
    """One phrase and what it stands for.

    ``kind``: country / org / person / agent / block (a longer phrase that stops a
    shorter one being read as an actor: "South China Sea"). ``role`` (countries):
    name / adjective / capital / seat. ``title``: an agent that can stand before a
    person's name ("President", "Foreign Secretary"). ``terms``: dated codes
    (PETRARCH date blocks, the Taliban before/after 2021); ``people``: the office
    holders a person phrase may mean (resolved by the story date).
    """

    phrase: str
    kind: str
    code: str | None = None
    sector: str | None = None
    other_sectors: tuple[str, ...] = ()
    office: str | None = None
    identifier_text: str | None = None
    identifier_id: str | None = None
    role: str | None = None
    title: bool = False
    case_sensitive: bool = False
    terms: tuple[Term, ...] = ()
    people: tuple[Person, ...] = ()
    source: str = "bundled"
    # PETRARCH "[ELR/GAL]": the phrase names several actors at once; ``code`` is the first,
    # these the others (the patterns stage gives an event every one of them)
    also: tuple[str, ...] = ()

    def key(self) -> str:
        return " ".join(self.phrase.split()) if self.case_sensitive else " ".join(self.phrase.lower().split())

    def resolve(self, day: dt.date | None) -> Resolved:
        if self.people:
            return _resolve_person(self.people, day)
        base = Resolved(self.code, self.sector, self.other_sectors, self.office,
                        self.identifier_text, self.identifier_id)
        if self.terms and day is not None:
            for term in self.terms:
                if term.covers(day):
                    return replace(base, code=term.code, sector=term.sector,
                                   other_sectors=term.other_sectors or base.other_sectors)
        return base


def _resolve_person(people: tuple[Person, ...], day: dt.date | None) -> Resolved:
    """In-office holder on ``day``; else the most recent one, as ELI (former official)."""
    if day is not None:
        for person in people:
            for term in person.terms:
                if term.covers(day):
                    return _from_term(person, term, True)
    far = dt.date.max
    best: tuple[dt.date, Person, Term] | None = None
    for person in people:
        for term in person.terms:
            if day is not None and term.start is not None and term.start > day:
                continue  # not yet in that office
            end = term.end or far
            if best is None or end > best[0]:
                best = (end, person, term)
    if best is None:  # every term starts after the story: earliest one, not in office
        person = people[0]
        term = min(person.terms, key=lambda t: t.start or dt.date.min)
        return replace(_from_term(person, term, False), sector="ELI", office=None)
    _, person, term = best
    if day is None or term.covers(day):
        return _from_term(person, term, True)
    return replace(_from_term(person, term, False), sector="ELI", office=f"Former {term.office}" if term.office else None)


def _from_term(person: Person, term: Term, in_office: bool) -> Resolved:
    return Resolved(term.code, term.sector, term.other_sectors, term.office,
                    person.name, person.identifier_id, in_office)


@dataclass
class Dictionary:
    entries: list[Entry] = field(default_factory=list)
    path: str | None = None
    # cue words around matches (agents.json "cues"): lists merge, maps update
    cues: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def extend(self, other: Dictionary) -> Dictionary:
        self.entries.extend(other.entries)
        self.cues = merge_cues([self, other])
        return self


def merge_cues(dictionaries: Iterable[Dictionary]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d in dictionaries:
        for key, val in d.cues.items():
            if key.startswith("_"):
                continue
            if isinstance(val, dict):
                out.setdefault(key, {}).update(val)
            else:
                out[key] = list(dict.fromkeys(list(out.get(key, [])) + list(val)))
    return out


def merge(dictionaries: Iterable[Dictionary]) -> list[Entry]:
    """One entry per phrase; a later dictionary's entry replaces an earlier one.

    Person entries sharing an alias ("Sharif") are pooled so the date picks the holder.
    """
    out: dict[str, Entry] = {}
    for d in dictionaries:
        for e in d.entries:
            k = e.key()
            old = out.get(k)
            if old is not None and old.people and e.people and old.source == e.source:
                e = replace(old, people=old.people + tuple(p for p in e.people if p not in old.people))
            out[k] = e
    return list(out.values())


# -- loading ---------------------------------------------------------------------------
_COMMENT_BLOCK = re.compile(r"<!\s*-.*?-->", re.S)


def blank_comment_blocks(text: str) -> str:
    """PETRARCH's ``<!-- ... -->`` blocks removed; their newlines stay, so line numbers hold."""
    return _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def read_text(path: str | Path, what: str = "dictionary file") -> tuple[Path, str]:
    """A user file's text, or a DictionaryError naming the file (missing, a folder, not UTF-8)."""
    p = Path(path)
    if not p.is_file():
        raise DictionaryError(f"{what} not found" if not p.exists() else "not a file", path=str(p))
    try:
        return p, p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(p)) from None


def load_dictionary(path: str | Path) -> Dictionary:
    """Read one user dictionary; the format comes from the suffix and the content."""
    p, text = read_text(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        return parse_json(text, str(p))
    if suffix == ".tsv":
        return parse_tsv(text, str(p))
    from .petrarch_dict import looks_like_petrarch, other_petrarch_kind, parse_petrarch

    other = other_petrarch_kind(text)
    if other is not None:
        raise DictionaryError(f"this is a PETRARCH {other} dictionary, not an actor or agent dictionary",
                              path=str(p))
    if looks_like_petrarch(text):
        return parse_petrarch(text, str(p))
    if "\t" in text:
        return parse_tsv(text, str(p))
    raise DictionaryError("unknown dictionary format: use .json, .tsv or a PETRARCH .txt with [CODE] blocks",
                          path=str(p))


def load_actor_dictionaries(paths: Iterable[str | Path]) -> list[Dictionary]:
    """The actor/agent dictionaries among ``CoderConfig.dictionaries``.

    The same list also holds other stages' files (verb lexicons, PETRARCH verb and
    discard files); those are recognised and left to their stage.
    """
    out = []
    for path in paths:
        p = Path(path)
        if p.is_file() and belongs_to_other_stage(p):
            continue
        out.append(load_dictionary(p))
    return out


def belongs_to_other_stage(p: Path) -> bool:
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False  # load_dictionary reports it
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return False
        return isinstance(data, dict) and not (set(data) & _JSON_KEYS) and bool(set(data) & _VERB_KEYS)
    if p.suffix.lower() == ".tsv":
        return False
    from .petrarch_dict import other_petrarch_kind

    return other_petrarch_kind(text) is not None


def import_petrarch(actors_path: str | Path, agents_path: str | Path | None = None) -> Dictionary:
    """A PETRARCH actor dictionary (and optionally its agent dictionary) as one Dictionary."""
    from .petrarch_dict import parse_petrarch

    out = Dictionary(path=str(actors_path))
    for path, agents in ((actors_path, False), (agents_path, True)):
        if path is None:
            continue
        p = Path(path)
        if not p.is_file():
            raise DictionaryError("PETRARCH dictionary not found", path=str(p))
        out.extend(parse_petrarch(p.read_text(encoding="utf-8-sig", errors="replace"), str(p), agents=agents))
    return out


@cache
def bundled() -> tuple[Dictionary, ...]:
    """The knowledge files shipped with tidings, in precedence order (later wins)."""
    out = []
    pkg = resources.files("tidings.knowledge")
    for name in BUNDLED_FILES:
        text = pkg.joinpath(name).read_text(encoding="utf-8")
        where = f"tidings/knowledge/{name}"
        d = parse_json(text, where) if name.endswith(".json") else parse_tsv(text, where)
        out.append(replace_source(d, "bundled"))
    return tuple(out)


def replace_source(d: Dictionary, source: str) -> Dictionary:
    # (an Entry is frozen: one that already has the source is kept, not copied; the bundled files'
    # ~9,000 entries all do, and dataclasses.replace was a tenth of loading them)
    return Dictionary([e if e.source == source else replace(e, source=source) for e in d.entries], d.path, d.cues)


# -- tidings JSON -----------------------------------------------------------------------
def parse_json(text: str, where: str) -> Dictionary:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"invalid JSON: {exc.msg}", path=where, line=exc.lineno) from None
    if not isinstance(data, dict):
        raise DictionaryError("top level must be an object with keys like 'countries', 'agents'", path=where)
    known = _JSON_KEYS
    unknown = sorted(k for k in data if k not in known and not k.startswith("_"))
    if unknown and not set(data) & _VERB_KEYS:  # a combined file: the rest is the verb lexicon's
        raise DictionaryError(f"unknown key(s) {unknown}; expected some of {sorted(known)}", path=where)
    b = _JsonBuilder(where)
    for i, item in enumerate(data.get("countries", [])):
        b.country(item, f"countries[{i}]")
    for i, item in enumerate(data.get("seats", [])):
        b.simple(item, f"seats[{i}]", kind="country", role="seat")
    for phrase in data.get("not_actors", []):
        b.add(Entry(str(phrase), "block"))
    for i, item in enumerate(data.get("agents", [])):
        b.agent(item, f"agents[{i}]")
    for i, item in enumerate(data.get("organizations", [])):
        b.simple(item, f"organizations[{i}]", kind=item.get("kind", "org") if isinstance(item, dict) else "org")
    for i, item in enumerate(data.get("people", [])):
        b.person(item, f"people[{i}]")
    cues = data.get("cues", {})
    if not isinstance(cues, dict) or not all(isinstance(v, (list, dict, str)) for v in cues.values()):
        raise DictionaryError("'cues' must map names to lists or objects", path=where)
    return Dictionary(b.entries, where, {k: v for k, v in cues.items() if not isinstance(v, str)})


class _JsonBuilder:
    def __init__(self, where: str) -> None:
        self.where = where
        self.entries: list[Entry] = []

    def fail(self, at: str, msg: str):
        raise DictionaryError(f"{at}: {msg}", path=self.where)

    def add(self, e: Entry) -> None:
        if not e.phrase.strip():
            self.fail("entry", "empty phrase")
        if e.kind in ("country", "org") and e.phrase.lower().startswith("the ") and len(e.phrase) > 4:
            e = replace(e, phrase=e.phrase[4:])  # mentions never include the article
        if e.case_sensitive is False and _is_acronym(e.phrase):
            e = replace(e, case_sensitive=True)
        self.entries.append(e)

    def _code(self, item: dict, at: str, required: bool = True) -> str | None:
        code = item.get("code")
        if code is None and not required:
            return None
        if not isinstance(code, str) or not _CODE_RE.match(code):
            self.fail(at, f"'code' must be 3 uppercase letters, got {code!r}")
        return code

    def _list(self, item: dict, key: str, at: str) -> list[str]:
        val = item.get(key, [])
        if isinstance(val, str):
            return [val]
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            self.fail(at, f"'{key}' must be a list of strings")
        return val

    def country(self, item: Any, at: str) -> None:
        if not isinstance(item, dict):
            self.fail(at, "must be an object")
        code = self._code(item, at)
        sector = item.get("sector")
        other = tuple(self._list(item, "other_sectors", at))
        ident = item.get("identifier_text") or item.get("name")
        for role, key in (("name", "names"), ("adjective", "adjectives"), ("capital", "capitals")):
            for phrase in self._list(item, key, at):
                sec = "GOV" if role == "capital" and sector is None else sector
                self.add(Entry(phrase, "country", code, sec, other, identifier_text=ident, role=role))

    def simple(self, item: Any, at: str, *, kind: str, role: str | None = None) -> None:
        if not isinstance(item, dict):
            self.fail(at, "must be an object")
        if kind not in KINDS:
            self.fail(at, f"'kind' must be one of {KINDS}")
        code = self._code(item, at, required=kind != "agent")
        names = self._list(item, "names", at) + self._list(item, "phrase", at)
        if not names:
            self.fail(at, "needs 'names' (or 'phrase')")
        terms = tuple(self._term(t, f"{at}.terms") for t in item.get("terms", []))
        for phrase in names:
            self.add(Entry(phrase, kind, code, item.get("sector"), tuple(self._list(item, "other_sectors", at)),
                           office=item.get("office"), identifier_text=item.get("identifier_text") or names[0],
                           identifier_id=item.get("identifier_id"), role=role,
                           case_sensitive=bool(item.get("case_sensitive", False)), terms=terms))

    def agent(self, item: Any, at: str) -> None:
        if not isinstance(item, dict):
            self.fail(at, "must be an object")
        phrases = self._list(item, "phrases", at)
        if not phrases:
            self.fail(at, "needs 'phrases'")
        code = self._code(item, at, required=False)
        sector = item.get("sector")
        other = tuple(self._list(item, "other_sectors", at))
        title = bool(item.get("title", False))
        office = item.get("office")
        plural = item.get("plural", True)
        for phrase in phrases:
            forms = [phrase] + ([pluralize(phrase)] if plural else [])
            for form in dict.fromkeys(forms):
                singular = form == phrase  # "leaders" is no title and holds no office
                off = (office if office is not None else phrase.title()) if title and singular else None
                self.add(Entry(form, "agent", code, sector, other, office=off, title=title and singular,
                               role=item.get("role")))
            if item.get("former", title):  # "former president" -> ELI
                for pre in ("former", "ex-"):
                    self.add(Entry(f"{pre} {phrase}".replace("- ", "-"), "agent", code, "ELI", (),
                                   office=f"Former {phrase.title()}", title=True))

    def person(self, item: Any, at: str) -> None:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            self.fail(at, "must be an object with a 'name'")
        terms = tuple(self._term(t, f"{at}.terms", person=True) for t in item.get("terms", []))
        if not terms:
            self.fail(at, "needs at least one term")
        person = Person(item["name"], terms, item.get("identifier_id"))
        self.entries.extend(person_entries(person, self._list(item, "aliases", at)))

    def _term(self, t: Any, at: str, person: bool = False) -> Term:
        if not isinstance(t, dict):
            self.fail(at, "each term must be an object")
        code_key = "country" if person and "country" in t else "code"
        code = t.get(code_key)
        if code is not None and (not isinstance(code, str) or not _CODE_RE.match(code)):
            self.fail(at, f"'{code_key}' must be 3 uppercase letters, got {code!r}")
        return Term(code, t.get("sector"), _date(t.get("start"), self.where, at),
                    _date(t.get("end"), self.where, at), t.get("office"),
                    tuple(t.get("other_sectors", ())))


def person_entries(person: Person, aliases: Iterable[str]) -> list[Entry]:
    out = [Entry(person.name, "person", identifier_text=person.name, people=(person,))]
    for alias in aliases:
        # single-word aliases are surnames: capitalised only ("Gallant", not "gallant")
        out.append(Entry(alias, "person", identifier_text=person.name, people=(person,),
                         case_sensitive=" " not in alias.strip()))
    return out


def _date(value: Any, where: str, at: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"{at}: {value!r} is not an ISO date (YYYY-MM-DD)", path=where) from None


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in phrase


def pluralize(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    if low.endswith(("s", "ff")) or low in ("police", "military", "media", "press", "staff", "personnel",
                                           "army", "navy", "government", "leadership", "judiciary"):
        return phrase
    if low.endswith("man"):
        new = last[:-3] + "men"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        new = last[:-1] + "ies"
    elif low.endswith(("ch", "sh", "x", "z")):
        new = last + "es"
    else:
        new = last + "s"
    return f"{head} {new}" if head else new


# -- TSV --------------------------------------------------------------------------------
def parse_tsv(text: str, where: str) -> Dictionary:
    rows = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if rows and rows[0][1].lower().startswith("name\taliases"):
        return _parse_people_tsv(rows, where)
    entries: list[Entry] = []
    for n, line in rows:
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0]:
            raise DictionaryError("expected phrase<TAB>code<TAB>sector[<TAB>kind]", path=where, line=n)
        phrase, code = cols[0], cols[1] or None
        sector = cols[2] if len(cols) > 2 and cols[2] else None
        kind = cols[3] if len(cols) > 3 and cols[3] else ("agent" if code is None else "org")
        if code is not None and not _CODE_RE.match(code):
            raise DictionaryError(f"code {code!r} is not 3 uppercase letters", path=where, line=n)
        if kind not in KINDS:
            raise DictionaryError(f"kind {kind!r} is not one of {KINDS}", path=where, line=n)
        if code is None and sector is None and kind != "block":
            raise DictionaryError("an entry needs a code, a sector or both", path=where, line=n)
        entries.append(Entry(phrase, kind, code, sector, identifier_text=phrase if kind != "agent" else None,
                             case_sensitive=_is_acronym(phrase), source=f"{where}:{n}"))
    return Dictionary(entries, where)


def _parse_people_tsv(rows: list[tuple[int, str]], where: str) -> Dictionary:
    """name, aliases (|), country, office, sector, start, end, identifier_id; one row per term."""
    people: dict[str, tuple[list[Term], list[str], str | None]] = {}
    for n, line in rows[1:]:
        cols = [c.strip() for c in line.split("\t")] + [""] * 8
        name, aliases, country, office, sector, start, end, qid = cols[:8]
        if not name or not _CODE_RE.match(country):
            raise DictionaryError("expected name, aliases, 3-letter country, office, sector, start, end",
                                  path=where, line=n)
        at = f"row {n}"
        term = Term(country if country not in ("IGO",) else country, sector or None,
                    _date(start, where, at), _date(end, where, at), office or None)
        terms, al, ident = people.setdefault(name, ([], [], None))
        terms.append(term)
        al.extend(a.strip() for a in aliases.split("|") if a.strip())
        if qid:
            people[name] = (terms, al, qid)
    entries: list[Entry] = []
    for name, (terms, aliases, qid) in people.items():
        entries.extend(person_entries(Person(name, tuple(terms), qid), dict.fromkeys(aliases)))
    return Dictionary(entries, where)
