"""Stage 'actors': every actor mention in a story, resolved to a PLOVER code and sector.

Rules and precedence are documented in docs/actors.md. In short:

1. dictionary phrases (countries, demonyms, capitals, seats of power, organisations,
   office holders, role nouns) are found with two spaCy ``PhraseMatcher``s built once
   (LOWER for ordinary phrases, ORTH for acronyms and surnames); overlapping matches
   keep the longest;
2. neighbouring matches are composed into one mention: a country or organisation
   modifier plus a role noun ("the Russian defence ministry", "Iran's foreign
   minister", "Hamas fighters"), a title plus a name ("Foreign Secretary David
   Lammy"), a role plus "of/in/from <country>" ("President Putin of Russia");
3. people, apposition, the story's dominant country and pronouns (``people.py``).

NER labels are only hints (the small English model misses "Kyiv" and calls "Lammy"
an organisation).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from ..dictionaries import Entry, Resolved, bundled, load_actor_dictionaries, merge_cues
from .actor_places import based_country, city_after, demonym_place, placed_crowds
from .actor_repairs import defined_acronyms as _defined_acronyms
from .actor_repairs import repair_names_read_as_prepositions as _repair_names_read_as_prepositions
from .actor_repairs import repair_names_read_as_verbs
from .base import Mention, StoryContext, doc_text, parse, span_text
from .coref_definites import named_towns
from .coref_mentions import CAPTIVES
from .people import resolve_people
from .phrases import pattern, phrase_words

_NON_COUNTRY = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", None})
_KIND_RANK = {"person": 0, "org": 1, "country": 2, "agent": 3, "block": 4}
# Words allowed between a country/organisation modifier and its role noun.
_MOD_DEPS = frozenset({"amod", "compound", "nummod", "advmod", "poss", "case", "punct", "nmod", "npadvmod"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# "<role> of/in/from [the] <country>": these prepositions attach a country to a role.
_OF_PREPS = frozenset({"of", "from", "in"})


class Cues:
    """Cue words from the knowledge files (agents.json "cues"), as sets for fast lookup."""

    def __init__(self, raw: dict) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in raw.get(key, ()))

        self.owner_suffixes = words("owner_suffixes")
        self.backer_suffixes = words("backer_suffixes")
        self.name_particles = words("name_particles")
        self.wordlike_acronyms = words("wordlike_acronyms")
        self.place_prepositions = words("place_prepositions")
        self.national_namesakes: dict[str, str] = {k.lower(): v for k, v in raw.get("national_namesakes", {}).items()}
        self.vetoes: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
            name: (tuple(v.get("unless_any", ())), tuple(v.get("veto_any", ())))
            for name, v in raw.get("context_vetoes", {}).items()
        }


@dataclass
class Item:
    start: int
    end: int
    entry: Entry


class Actors:
    """The actors stage: ``Actors(nlp, config)(ctx)`` appends ``Mention``s to ``ctx.mentions``."""

    name = "actors"

    def __init__(self, nlp, config) -> None:
        from spacy.matcher import PhraseMatcher

        self.config = config
        dictionaries = list(bundled()) + load_actor_dictionaries(getattr(config, "dictionaries", None) or [])
        self.entries: list[Entry] = _merge(dictionaries)
        self.cues = Cues(merge_cues(dictionaries))
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        # PhraseMatcher.add makes a vocabulary lexeme of every key: one shared key per matcher, and a
        # match is mapped back to its entry by its words. Only a phrase whose words another entry of the
        # same matcher shares keeps a key of its own ("tid<entry index>"), so both still match, in the
        # order PhraseMatcher gives their keys.
        self._key_to_entry: dict[int, Entry] = {}
        self._by_words: dict[int, dict[tuple[str, ...], Entry]] = {}
        strings = nlp.vocab.strings
        shared = {False: "tid-lower", True: "tid-orth"}
        words = [tuple(w if e.case_sensitive else w.lower() for w in ws)
                 for e, ws in zip(self.entries, phrase_words(nlp, [e.phrase for e in self.entries]), strict=True)]
        seen = Counter((e.case_sensitive, w) for e, w in zip(self.entries, words, strict=True))
        lower: dict[str, list] = {}
        orth: dict[str, list] = {}
        for k, (e, w) in enumerate(zip(self.entries, words, strict=True)):
            if seen[e.case_sensitive, w] > 1:
                key = f"tid{k}"
                self._key_to_entry[strings.add(key)] = e
            else:
                key = shared[e.case_sensitive]
                self._by_words.setdefault(strings.add(key), {})[w] = e
            (orth if e.case_sensitive else lower).setdefault(key, []).append(
                pattern(nlp, w, "ORTH" if e.case_sensitive else "LOWER"))
        for key, pats in lower.items():
            self._lower.add(key, pats)
        for key, pats in orth.items():
            self._orth.add(key, pats)
        self._orth_key = strings.add(shared[True])

    # -- the stage -------------------------------------------------------------------
    def __call__(self, ctx: StoryContext) -> None:
        doc = ctx.doc
        blocked: set[int] = set()
        items = self._select(doc, self._lower(doc) + self._orth(doc), blocked)
        self._namesakes: list[Mention] = []
        mentions = self._compose(ctx, items)
        placed_crowds(doc, mentions)  # "miners at a copper pit in Zambia's Copperbelt province"
        for m in self._namesakes:  # the holder's country named nowhere else: a namesake, whose country
            if not any(o is not m and o.code == m.code for o in mentions):  # the story's rules give
                m.code, m.identifier_text, m.identifier_id = None, None, None
        _repair_names_read_as_prepositions(doc, mentions)
        repair_names_read_as_verbs(doc, mentions)
        _defined_acronyms(doc, mentions)
        sent_starts = [s.start for s in ctx.sents]
        for m in mentions:
            m.sent_index = max(0, bisect.bisect_right(sent_starts, m.start) - 1)
        ctx.people["blocked"] = blocked
        # "the central Haitian town of Lascahobas": the story's own places, before names become people
        mentions += named_towns(doc, mentions, blocked, lambda i: max(0, bisect.bisect_right(sent_starts, i) - 1))
        mentions = resolve_people(ctx, mentions, sent_starts)
        mentions.sort(key=lambda m: (m.start, m.end))
        ctx.mentions.extend(mentions)

    # -- 1. matches -> non-overlapping items --------------------------------------------
    def _select(self, doc, matches, blocked: set[int] | None = None) -> list[Item]:
        cands = []
        p = parse(doc)
        for key, s, e in matches:
            entry = self._key_to_entry.get(key)
            if entry is None:
                entry = self._by_words[key][tuple((p.text if key == self._orth_key else p.lower)[s:e])]
            if self._accept(doc, entry, s, e):
                cands.append(Item(s, e, entry))
        cands.sort(key=lambda it: (-(it.end - it.start), it.entry.source == "bundled",
                                   _KIND_RANK.get(it.entry.kind, 9), it.start))
        taken = bytearray(len(doc))
        chosen = []
        for it in cands:
            if any(taken[it.start : it.end]):
                continue
            taken[it.start : it.end] = b"\x01" * (it.end - it.start)
            chosen.append(it)
        chosen.sort(key=lambda it: it.start)
        # not_actors spans ("the Danube", "South China Sea") also veto an NER person there (people.py)
        if blocked is not None:
            blocked.update(i for it in chosen if it.entry.kind == "block" for i in range(it.start, it.end))
        owner_end = {it.end for it in chosen if it.entry.kind in ("country", "org")}
        return [it for it in chosen if it.entry.kind != "block" and self._keep(doc, it, taken, owner_end)]

    def _accept(self, doc, entry: Entry, s: int, e: int) -> bool:
        p = parse(doc)  # asked of every dictionary match: a Token object only for the rare tests
        if entry.case_sensitive and e - s == 1 and p.lower[s] in self.cues.wordlike_acronyms and (
                (s > 0 and doc[s - 1].is_upper and doc[s - 1].is_alpha)
                or (e < len(doc) and doc[e].is_upper and doc[e].is_alpha) or (s > 0 and doc[s - 1].like_num and not (
                    entry.kind == "country" and e < len(doc) and doc[e].is_lower and doc[e].pos_ in ("NOUN", "ADJ")))):
            # "WHAT IS NEXT", "5 PM": a headline in capitals or a time, not an acronym ("13 US drone makers" is)
            return False
        if entry.kind in ("country", "org", "person") and not entry.case_sensitive:
            if entry.phrase[:1].isupper() and not p.text[s][:1].isupper():
                return False
        if entry.kind == "agent":
            if p.pos[e - 1] not in ("NOUN", "PROPN") and not (e - s > 1 and p.pos[e - 1] in ("ADJ", "X")):
                return False
            if e - s == 1 and s >= 2 and p.text[s][:1].isupper() and p.lower[s - 2] == "the" \
                    and p.pos[s - 1] == "PROPN" and p.text[s - 1][:1].isupper() \
                    and (e == len(doc) or p.pos[e] != "PROPN" and p.lower[e] != "of"):
                return False  # "seized the Galaxy Leader": a ship's or a firm's name, not a role
        elif entry.kind == "country" and entry.role == "name":
            if p.ent[s] == "PERSON" and (doc[s].ent_iob_ == "I" and not _describes_country(p, s) or (
                    e < len(doc) and doc[e].ent_iob_ == "I" and p.text[e] not in _POSSESSIVE)):
                return False  # "Michael Jordan", "Chad Smith"; not "Sri Lanka's" read as a name
            veto = self.cues.vetoes.get(entry.phrase)
            text = doc_text(doc)
            if veto is not None and not any(c in text for c in veto[0]) and any(c in text for c in veto[1]):
                return False  # "Georgia" next to Atlanta is the US state
        if entry.kind == "country" and s >= 2 and p.text[s - 1] == "-" and p.lower[s - 2] in ("pro", "anti"):
            return False  # "pro-Russian separatists" are not Russian
        if entry.kind in ("country", "org") and e + 1 < len(doc) and p.text[e] == "-" \
                and p.lower[e + 1] in self.cues.backer_suffixes:
            # "Iran-backed militias", "Russian-made drones", "Kyiv-based analysts": no actor, but the
            # backer is kept aside for the recipient rules ("rejected a U.S.-backed plan" -> USA):
            # doc.user_data["backers"][first token] = (code, suffix word)
            if entry.code:
                doc.user_data.setdefault("backers", {}).setdefault(s, (entry.code, doc[e + 1].lower_))
            return False
        return True

    def _keep(self, doc, it: Item, taken: bytearray, owner_end: set[int]) -> bool:
        """Drop a role noun that only modifies a non-actor noun ("police station", "military aid").

        Kept when a country or organisation stands right before it ("Chinese coast guard vessels").
        """
        if it.entry.kind != "agent":
            return True
        if it.start in owner_end or (it.start - 1 in owner_end and doc[it.start - 1].text in _POSSESSIVE):
            return True
        root = doc[it.start : it.end].root
        if root.dep_ in ("compound", "amod", "nmod") and not (it.start <= root.head.i < it.end):
            head = root.head
            if it.entry.title and head.pos_ == "PROPN" and head.i >= it.end:
                return True  # a title before a name: "junta leader Assimi Goita"
            return bool(taken[head.i]) or head.pos_ not in ("NOUN", "PROPN")
        return True

    # -- 2. items -> mentions ---------------------------------------------------------
    def _compose(self, ctx: StoryContext, items: list[Item]) -> list[Mention]:
        doc = ctx.doc
        day = ctx.pub_date
        out: list[Mention] = []
        n = len(items)
        i = 0
        bare_adjective: int | None = None  # index in out of a lone "Indian" (for "Indian and Pakistani troops")
        shared: Mention | None = None  # "leaders of France" whose role the next conjoined countries share
        while i < n:
            parts = [items[i]]
            j = i + 1
            first = items[i].entry
            chapter_end = None
            if first.kind == "org" and j < n and items[j].entry.kind == "country":
                j, chapter_end = _org_country(doc, items, i, j, n)
            if first.kind == "country" and j < n and items[j].entry.kind == "org" \
                    and _possessive_gap(doc, items[i].end, items[j].start) and (items[j].entry.code == first.code or (
                        items[j].entry.sector and items[j].entry.code not in _NON_COUNTRY)
                        or items[j].entry.key() in self.cues.national_namesakes
                        or _home_firm(items[i], items[j])):
                # "Iranian Revolutionary Guards": the org with its adjective; "Peruvian Congress":
                # a national institution named like another country's takes the adjective's country
                parts.append(items[j])
                j += 1
            owner = parts[-1].entry
            if j < n and items[j].entry.kind == "agent" and (
                    owner.kind in ("country", "org") and _joinable(doc, parts[-1].end, items[j].start, self.cues)
                    or owner.kind == "person" and _possessive_gap(doc, parts[-1].end, items[j].start)):
                parts.append(items[j])  # "Russian troops", "Iran's foreign ministry", "Biden administration"
                j += 1
            while parts[-1].entry.kind == "agent" and j < n and items[j].entry.kind == "agent" \
                    and items[j].start == parts[-1].end:
                parts.append(items[j])
                j += 1
            person: Item | None = None
            name_end: int | None = None
            last = parts[-1]
            if last.entry.kind == "agent" and last.entry.title:
                if j < n and items[j].entry.kind == "person" and items[j].start == last.end:
                    person = items[j]
                    j += 1
                else:
                    limit = items[j].start if j < n else len(doc)
                    name_end = _scan_name(doc, last.end, limit, self.cues.name_particles)
            elif first.kind == "person" and len(parts) == 1:
                person = parts.pop()
            elif first.kind in ("country", "org") and len(parts) == 1 and j < n \
                    and items[j].entry.kind == "person" and items[j].start == items[i].end:
                person = items[j]  # "UN chief Antonio Guterres"
                j += 1
            has_owner = any(p.entry.kind in ("country", "org", "person") for p in parts)
            end = max([p.end for p in parts + ([person] if person else [])] + [chapter_end or 0])
            end = name_end or end
            role_last = bool(parts) and parts[-1].entry.kind == "agent"
            place_code = None
            if not has_owner and (person or name_end or role_last):
                preps = ("of",) if person or name_end else \
                    _OF_PREPS | {"for"} if parts[-1].entry.role == "member" else _OF_PREPS
                if role_last and doc[end - 1].lemma_.lower() in CAPTIVES:
                    preps = tuple(p for p in preps if p != "in")  # "hostages (held) in Gaza" are not Gaza's
                k = j
                if k + 1 < n and items[k].entry.role == "adjective" and items[k + 1].entry.kind == "org" \
                        and items[k + 1].start == items[k].end and items[k + 1].entry.code == items[k].entry.code:
                    k += 1  # "a spokesman for the Iranian Revolutionary Guards"
                if k < n and items[k].entry.kind in ("country", "org") and items[k].entry.role != "adjective" \
                        and _of_gap(doc, end, items[j].start, preps) and not _attached_before(doc, end, items[i].start):
                    parts.extend(items[j : k + 1])  # "the government of Iran", "officials in Kyiv"
                    end = items[k].end
                    j = k + 1
                elif role_last and not (person or name_end) and not _attached_before(doc, end, items[i].start) \
                        and doc[end - 1].lemma_.lower() not in CAPTIVES:
                    found = city_after(doc, end, items[j].start if j < n else len(doc), preps)
                    if found is not None:  # "police in Lagos", "farmers from Gujranwala"
                        end, place_code = found
                    elif k < n and items[k].entry.role == "adjective" and items[k].entry.code \
                            and demonym_place(doc, end, items[k].start, items[k].end):
                        place_code = items[k].entry.code  # "farmers in the Indian state of Punjab"
            lead = None
            if not has_owner and place_code is None and first.kind == "agent" and person is None:
                lead = _city_before(doc, items[i].start, out[-1].end if out else 0)
                if lead is not None:  # "Kharkiv's mayor", "Lagos police"
                    place_code = lead[1]
            i = j
            if person is None and name_end is None and all(p.entry.role == "needs_owner" for p in parts):
                continue  # bare "drones", "intelligence": things, not actors
            m = self._build(doc, day, parts, person, name_end, end, lead[0] if lead else None)
            if place_code and m.code is None:
                m.code = place_code
            if m.code is None and m.kind == "agent" and not has_owner:
                m.code = based_country(doc, m.start, m.root)  # "a Hong Kong-based shipping firm"
            if m.code is None and m.kind == "agent" and out and _owned_conjunct(doc, out[-1], m):
                m.code = out[-1].code  # "Taiwan's army, navy and air force": the owner is all three's
            if bare_adjective is not None and m.kind == "agent" and m.code and first.kind == "country" \
                    and first.role == "adjective" and all(t.lower_ in ("and", "or", ",") for t in doc[out[bare_adjective].end : m.start]):
                out[bare_adjective].kind, out[bare_adjective].sector = "agent", m.sector
            if shared is not None and len(parts) == 1 and person is None and name_end is None \
                    and first.kind == "country" and first.role in ("name", "capital") \
                    and all(t.lower_ in ("and", "or", ",") for t in doc[out[-1].end : m.start]):
                # "ambassadors of Arnor, Osgiliath and Gondor": each country gets the role
                m.kind, m.sector, m.office = "agent", shared.sector, shared.office
            else:
                shared = m if m.kind == "agent" and m.code and parts[-1].entry.kind == "country" \
                    and any(p.entry.kind == "agent" for p in parts) and parts[-1] is not parts[0] else None
            bare_adjective = len(out) if len(parts) == 1 and person is None and name_end is None \
                and first.kind == "country" and first.role == "adjective" else None
            out.append(m)
        return out

    def _build(self, doc, day, parts: list[Item], person: Item | None, name_end: int | None, end: int,
               lead: int | None = None) -> Mention:
        start = min([p.start for p in parts] + ([person.start] if person else []) + ([lead] if lead is not None else []))
        country = next((p for p in reversed(parts) if p.entry.kind in ("country", "org", "person")), None)
        agents = [p for p in parts if p.entry.kind == "agent"]
        c = country.entry.resolve(day) if country else None
        kind, code, sector, office, other = "agent", None, None, None, ()
        ident_text = ident_id = None
        other_holder = False
        title = next((a.entry for a in reversed(agents) if a.entry.title), None)
        if person is not None:
            r = person.entry.resolve(day)
            kind, code, sector, other = "person", r.code, r.sector, r.other_sectors
            office = r.office or (title.office if title else None)
            ident_text, ident_id = r.identifier_text, r.identifier_id
            if code is None and c is not None:
                code = c.code
            if title is not None and title.sector not in (None, "ELI") and \
                    (not r.in_office or not _same_office(title.office, r.office)):
                # the text's own title beats a knowledge base that is out of date or a
                # story date that is missing or wrong ("Syrian President Ahmed al-Sharaa")
                sector, a_code = _agent_sector(agents, c, country.entry if country else None)
                code = c.code if c is not None and c.code else (a_code or code)
                # a sitting holder under another cabinet title may be a namesake ("Defence Minister Pedro
                # Sanchez" in a Bogota story); "Captain Traore" is a rank (see _namesakes)
                other_holder = c is None and not a_code and r.in_office and _cabinet(title.office) and _cabinet(r.office)
                office = title.office
            if start > 0 and doc[start - 1].lower_ in ("former", "ex", "late") or (title and title.sector == "ELI"):
                sector = "ELI"
        elif agents:
            sector, a_code = _agent_sector(agents, c, country.entry if country else None)
            code = c.code if c is not None else a_code
            other = tuple(dict.fromkeys(x for a in agents for x in a.entry.other_sectors if x != sector)) + _other(c, sector)
            office = title.office if title else None
            if name_end is not None:
                kind = "person"
                ident_text = doc[agents[-1].end : name_end].text
            elif country is not None and country.entry.kind == "org":
                ident_text = c.identifier_text
        else:
            kind = country.entry.kind
            code, sector, other = c.code, c.sector, c.other_sectors
            ident_text, ident_id = c.identifier_text, c.identifier_id
        owners = [p for p in parts if p.entry.kind in ("country", "org")]
        if len(owners) >= 2 and owners[0].entry.kind == "country" and owners[0].entry.code != code and person is None:
            namesake = self.cues.national_namesakes.get(owners[1].entry.key())
            if namesake:  # "Russia's Security Council" is not the UN's
                code, sector = owners[0].entry.code, namesake
                kind, ident_text, ident_id = "agent", None, None
            elif code not in _NON_COUNTRY:
                code, kind, ident_text, ident_id = owners[0].entry.resolve(day).code, "agent", None, None
            elif code == "MNC" and owners[0].entry.code:
                # "Canada's Barrick Gold", "Denmark's Carlsberg": a multinational named as its home country's stands
                # for that country, as a national company does (the golds code it so; "U.S. chipmaker Qualcomm" and
                # "Chinese online marketplace Temu" stay MNC there)
                code = owners[0].entry.resolve(day).code
        span = doc[start:end]
        root = span.root  # (found once: each look makes a Token object, as does each word of span.text)
        m = Mention(start=start, end=end, start_char=span.start_char, end_char=span.end_char,
                    text=span_text(doc, start, end), code=code, sector=sector, kind=kind, sent_index=0, root=root.i,
                    identifier_id=ident_id, identifier_text=ident_text, other_sectors=list(other),
                    office=office)
        if kind == "country" and root.dep_ == "pobj" and root.head.lower_ in self.cues.place_prepositions:
            m.confidence = 0.4  # most likely a place ("in Kyiv"); the events stage decides
        if other_holder:
            self._namesakes.append(m)
        return m


def _home_firm(country: Item, org: Item) -> bool:
    """'Canada's Barrick Gold': a multinational after its home country's possessive (not "U.S. Qualcomm")."""
    return org.entry.code == "MNC" and org.start > country.end


def _owned_conjunct(doc, prev: Mention, m: Mention) -> bool:
    """An uncoded role conjoined to an owned one, with only commas and 'and' between them ("Taiwan's army,
    navy and air force"; "Iran's army and the IRGC" has its own name)."""
    if prev.kind != "agent" or not prev.code or prev.code in _NON_COUNTRY or prev.start >= prev.root:
        return False
    if not all(t.lower_ in ("and", ",") for t in doc[prev.end : m.start]) or not any(
            c.dep_ == "poss" for c in doc[prev.root].children):
        return False
    head = doc[m.root]
    while head.dep_ == "conj" and head.i != head.head.i:
        head = head.head
    return head.i == prev.root


def _org_country(doc, items: list[Item], i: int, j: int, n: int) -> tuple[int, int | None]:
    """A country named right after an organisation that is the org's national branch or the
    remit of its staff ("Amnesty International Kenya", "Human Rights Watch's Lebanon researcher",
    "the EU's Ukraine envoy"): the org speaks, not the country. Returns the next item to read and
    the end the org's mention must cover (None: no such country)."""
    org, country = items[i], items[j]
    if country.entry.role != "name":
        return j, None
    if country.start == org.end and org.entry.code == "NGO":
        # a national chapter: only NGOs are named so ("the UN Security Council" is not a branch)
        return j + 1, country.end
    if country.start == org.end + 1 and doc[org.end].text in _POSSESSIVE and j + 1 < n \
            and items[j + 1].entry.kind == "agent" and items[j + 1].start == country.end:
        return j + 1, None  # the role noun that follows joins the org, skipping the country
    return j, None


def _merge(dictionaries) -> list[Entry]:
    """``dictionaries.merge`` (one entry per phrase, a later dictionary's replacing an earlier one),
    except that a role noun and a name with the same phrase both stay: "the National Guard" (an
    organisation, capitalised) must not hide "Tunisia's national guard" (a role), nor the reverse."""
    out: dict[tuple[str, bool], Entry] = {}
    for d in dictionaries:
        for e in d.entries:
            k = (e.key(), e.kind == "agent")
            old = out.get(k)
            if old is not None and old.people and e.people and old.source == e.source:
                e = replace(old, people=old.people + tuple(p for p in e.people if p not in old.people))
            out[k] = e
    return list(out.values())


def _describes_country(p, s: int) -> bool:
    """"Neighbouring Mali", "War-torn Sudan", "Oil-producing Nigeria": the small model reads a capitalised
    description at a paragraph's start plus the country as one PERSON; a first name rarely ends in
    -ing or is hyphenated (the word before the country inside that entity; not -ed: "Mohammed")."""
    word = p.lower[s - 1] if s > 0 else ""
    return len(word) > 4 and (word.endswith("ing") or "-" in word)


def _agent_sector(agents: list[Item], c: Resolved | None, centry: Entry | None) -> tuple[str | None, str | None]:
    """Sector of a role phrase, and the role's own fixed code (used only without a country)."""
    last = agents[-1].entry
    sector = last.sector
    if last.role == "member":
        # "army spokesman" -> MIL, "Hamas leader" -> REB, "Pentagon officials" -> MIL
        if len(agents) > 1:
            sector = agents[-2].entry.sector
        elif c is not None and c.sector and c.sector != "PRE" and centry is not None and centry.role != "capital":
            sector = c.sector
    elif c is not None and centry is not None and centry.kind == "org" and c.sector in ("REB", "PRM", "MIL", "SPY", "COP", "JUD", "LEG", "PTY") \
            and (sector == "GOV" or sector in ("UAF", "REB") and c.sector in ("REB", "PRM", "CRM", "MIL")):
        # "gunmen from the Pakistani Taliban", "Sinaloa Cartel fighters", "RSF fighters": the group's own
        # sector (no longer unidentified; a cartel's or a paramilitary's men are no rebels, and "Russian
        # Africa Corps fighters" are a state's soldiers, never "the group" a story names for its rebels)
        sector = c.sector
    code = next((a.entry.code for a in reversed(agents) if a.entry.code), None)
    if c is not None and last.code and c.code:
        code = None
        if last.sector == "SOC" and c.code in ("UNO", "EUR", "IGO", "NGO"):
            return last.sector, c.code
    return sector, code


def _other(c: Resolved | None, sector: str | None) -> tuple[str, ...]:
    if c is None:
        return ()
    extra = list(c.other_sectors)
    if c.sector == "PRE" and sector != "PRE":
        extra.append("PRE")
    return tuple(dict.fromkeys(x for x in extra if x != sector))


def _joinable(doc, a: int, b: int, cues: Cues) -> bool:
    """Can the modifier ending at ``a`` and the role starting at ``b`` be one noun phrase?"""
    if b - a > 3:
        return False
    for t in doc[a:b]:
        if t.text in _POSSESSIVE or (t.lower_ in cues.owner_suffixes and t.i > 0 and doc[t.i - 1].text == "-"):
            continue  # "Kremlin-controlled media", "Hamas-run ministry"
        if t.is_punct and t.text != "-":
            return False
        if t.dep_ not in _MOD_DEPS or t.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "CCONJ"):
            return False
    return True


def _of_gap(doc, a: int, b: int, preps) -> bool:
    """"officials in Kyiv" joins; "Lammy in London" does not (a person is not from where they are)."""
    gap = parse(doc).lower[a:b]  # (0 <= a: a list slice is a Doc slice's words)
    return bool(gap) and gap[0] in preps and (len(gap) == 1 or (len(gap) == 2 and gap[1] == "the"))


def _attached_before(doc, a: int, start: int) -> bool:
    """The preposition at ``a`` hangs on a word before the role ("the withdrawal of its troops
    from Niger", "detained an employee of Astellas in Beijing"): it says where the act happened
    or whence, not whose the role is. A head after the role (the parser's "Officials in Beijing
    did not respond" on "respond") still joins."""
    if a >= len(doc):
        return False  # the role ends the text ("... trashed its embassy" with no final period)
    head = parse(doc).head[a]  # by index: no Token objects
    return head < start and head != a


def _cabinet(office: str | None) -> bool:
    return bool(office) and any(w in office.lower() for w in ("minister", "president", "secretary", "chancellor"))


def _same_office(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    a, b = (x.lower().replace("defense", "defence").replace("-", " ") for x in (a, b))
    return a in b or b in a


def _possessive_gap(doc, a: int, b: int) -> bool:
    return a == b or (b - a == 1 and parse(doc).text[a] in _POSSESSIVE)


def _city_before(doc, b: int, floor: int) -> tuple[int, str] | None:
    """"Kharkiv's mayor", "Lagos police": a place name right before a role, via the gazetteer."""
    k = b - 1
    p = parse(doc)  # asked before every role: labels by index, Token objects only for a proper name
    if k >= floor and p.text[k] in _POSSESSIVE:
        k -= 1
    # the small model often calls a city an ORG ("Kharkiv's mayor"): any proper name will do,
    # the gazetteer only answers for unambiguous places
    if k < floor or p.pos[k] != "PROPN" or p.ent[k] in ("PERSON", "DATE", "TIME", "NORP"):
        return None
    s = k
    while s > floor and doc[s].ent_iob_ == "I" and k - s < 3:
        s -= 1
    if s > floor and doc[s - 1].pos_ == "PROPN" and doc[s].ent_iob_ != "B":
        return None
    from .gazetteer import gazetteer

    loc = gazetteer().resolve(doc[s : k + 1].text)
    if loc is None or not loc.country_code:
        return None
    return s, loc.country_code


def _scan_name(doc, i: int, limit: int, particles: frozenset[str]) -> int | None:
    """End of a person's name right after a title ("President Emmanuel Macron"), or None."""
    j = i
    sent_end = doc[i - 1].sent.end if i > 0 else len(doc)
    limit = min(limit, sent_end, i + 5)
    while j < limit:
        t = doc[j]
        if t.text[:1].isupper() and t.is_alpha or (t.text[:1].isupper() and "-" in t.text) or \
                (t.text.endswith(".") and len(t.text) == 2 and t.text[0].isupper()):
            j += 1
        elif t.lower_ in particles and j + 1 < limit and doc[j + 1].text[:1].isupper():
            j += 1
        elif t.text == "-" and j + 1 < limit and doc[j + 1].text[:1].isupper() and j > i:
            j += 1
        else:
            break
    if j == i or doc[j - 1].pos_ not in ("PROPN", "NOUN", "X") or doc[j - 1].ent_type_ in ("DATE", "TIME", "GPE", "NORP"):
        return None
    return j

