"""Where an event happened and which country that makes a party: place words ("in the city of
Kherson", "Odesa" through the gazetteer) and borders ("along the border with Pakistan", "near
their shared border"). Split from ``arguments`` (which re-exports these names; import them from
there, since this module reads the parse helpers of ``arguments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import (
    BORDER_WORDS,
    LOCATIVE_PREPS,
    OBJ_DEPS,
    objects,
    passive_subjects,
    prep_objects,
)
from .base import NON_COUNTRY_CODES, Mention, token_mention
from .owner_relations import named_after_town
from .owners import codes, conjuncts, mentions_for, mentions_of
from .word_lists import word_list, word_table

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name a place by an "of" phrase or a name compound: "the city of Kharkiv",
# "the Kharkiv region".
PLACE_NOUNS = word_list("place_nouns.json", "of_place_nouns")


# named-entity types the gazetteer must not read as places
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT", "LAW"})


def place_mention(tok: Token, by_tok: dict[int, Mention], sent_index: int) -> Mention | None:
    """The coded country a place word stands for: an actor mention ("in Syria", "the town of
    Kupiansk in the Kharkiv region") or, for names the actor dictionaries do not know, the
    gazetteer's country when the name is unambiguous ("Odesa", "Gaza City" -> UKR, PSE)."""
    if tok.dep_ == "compound" and named_after_town(tok):
        return None  # "in violation of the Doha ceasefire": the town an accord is named after is no place of the act
    if tok.lemma_.lower() in PLACE_NOUNS:  # its name before its modifiers: "the Russian-held city of Donetsk"
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        named = place_mention(of[0], by_tok, sent_index) if of else None
        if named is not None:
            return named
    found = [m for m in mentions_for(tok, by_tok) if m.code]
    if found and tok.pos_ == "NOUN" and all(_hyphen_owner(m, tok) for m in found):
        # "miners at a Chinese-owned copper mine in Zambia": a site stands where it is, not in the
        # country of its owner or builder (that one is no scene: ZMB, not CHN)
        inside = next((x for g in prep_objects(tok, ("in", "inside", "near")) if g.i != tok.i
                       for x in [place_mention(g, by_tok, sent_index)] if x is not None), None)
        if inside is None and tok.lemma_.lower() in PLACE_NOUNS:
            # "missiles fired from Houthi-controlled territory": ground with no place named stands for its holder
            inside = _hyphen_holder(tok, by_tok)
        return inside
    if found:
        return found[0]
    held = _holder_before_hyphen(tok, by_tok)
    if held is not None:
        return held
    if tok.ent_type_ in NOT_PLACE_ENTS:
        return None  # "in late March" is a date, not March in Cambridgeshire
    if tok.lemma_.lower() in PLACE_NOUNS:
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return _place_in(tok, by_tok, sent_index)  # "the area around Kyiv"
        first = min(c.left_edge.i for c in names)
    elif tok.pos_ == "PROPN":
        first = tok.i  # "Gaza City": the name's compounds
        while first > 0 and tok.doc[first - 1].dep_ == "compound" and tok.doc[first - 1].pos_ == "PROPN":
            first -= 1
    else:
        return None
    span = tok.doc[first:tok.i + 1]
    uncoded = by_tok.get(tok.i)
    if uncoded is not None and uncoded.kind in ("person", "country") and uncoded.root == tok.i:
        span = tok.doc[uncoded.start:uncoded.end]
    if uncoded is not None and (uncoded.kind not in ("person", "country") or uncoded.root != tok.i):
        return None  # a name the actors stage could not code ("Sumy" read as a person) goes on
    from .gazetteer import gazetteer  # lazy: the places stage loads it anyway

    loc = gazetteer().resolve(span.text)
    if loc is None and tok.lemma_.lower() in PLACE_NOUNS:  # "the Sumy region": the namesake city
        loc = gazetteer().resolve(tok.doc[first:tok.i].text)
    if loc is None or not loc.country_code:
        return _place_in(tok, by_tok, sent_index)
    return Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                   text=span.text, code=loc.country_code, sector=None, kind="country",
                   sent_index=sent_index, root=tok.i, confidence=0.4)


HOLDING_PARTICIPLES = frozenset({"administered", "held", "controlled", "occupied", "annexed", "run"})


def _holder_before_hyphen(tok: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """'sites in Punjab and Pakistan-administered Kashmir': the parser tears the holder off its
    participle into the list before it; the coded name right before the hyphen still holds the place."""
    doc = tok.doc
    # the participle right before the name, however the parser hangs it (an "amod" of the place, or a "conj"
    # of the list's first member)
    c = tok.i - 1
    if c >= 2 and doc[c].lower_ in HOLDING_PARTICIPLES and doc[c - 1].text in ("-", "\u2013"):
        m = by_tok.get(c - 2)
        if m is not None and m.code and m.kind == "country":
            return m
    return None


# verbs of a weapon's flight: what a weapon was fired / launched "from" names who fired it
LAUNCH_VERBS = frozenset({"fire", "launch", "shoot", "lob", "send", "fly", "drop"})


def launch_ground(verb: Token, by_tok: dict[int, Mention]) -> list[Token]:
    """The coded word for the ground a weapon was launched "from": the place itself ("from Yemen", "from
    Lebanese territory"), the holder a hyphen participle names ("from Houthi-held territory", "from
    Russian-occupied Crimea": the holder, not the place's own country), or the ground's "in" place."""
    doc = verb.doc
    for g in prep_objects(verb, ("from",)):
        m = _hyphen_holder(g, by_tok)
        if m is not None:
            return [doc[m.root]]
        found = [t for t in [g, *(c for c in g.children if c.dep_ in ("amod", "compound", "poss"))]
                 if (x := by_tok.get(t.i)) is not None and x.code]
        if found:
            return found[:1]
        inside = [x for x in prep_objects(g, ("in", "inside")) if (y := by_tok.get(x.i)) is not None and y.code]
        if inside:
            return inside[:1]
    return []


def _hyphen_holder(place: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """'Houthi-controlled territory', 'Russian-occupied Crimea', 'Taliban-run Afghanistan': the coded party
    before a holding participle that modifies the place."""
    for c in place.children:
        if c.dep_ != "amod" or c.lower_ not in HOLDING_PARTICIPLES:
            continue
        for d in c.children:
            if d.dep_ in ("npadvmod", "compound", "amod", "nmod") and d.i < c.i:
                found = [m for m in mentions_for(d, by_tok) if m.code]
                if found:
                    return found[0]
    return None


def _hyphen_owner(m: Mention, site: Token) -> bool:
    """'a Chinese-owned mine', 'a Turkish-built dam': the mention is an owner or maker modifier of
    ``site`` joined by a hyphen to its participle."""
    from .argument_partners import MAKER_SUFFIXES, OWNER_SUFFIXES

    doc = site.doc
    return (m.end + 1 < len(doc) and doc[m.end].text in ("-", "\u2013") and site.left_edge.i <= m.start < site.i
            and doc[m.end + 1].lower_ in OWNER_SUFFIXES | MAKER_SUFFIXES)


def _place_in(tok: Token, by_tok: dict[int, Mention], sent_index: int) -> Mention | None:
    """A place the gazetteer does not know, located by its "in" phrase: "the town of Khiam in
    southern Lebanon", "the village of X in the Kharkiv region"."""
    if tok.lemma_.lower() not in PLACE_NOUNS and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                                      and tok.head.head.lemma_.lower() in PLACE_NOUNS):
        return None
    holders = [tok] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [])
    for h in holders:
        for g in prep_objects(h, ("in", "inside", "around", "near")):  # "the area around Kyiv"
            if g.i != tok.i:
                found = place_mention(g, by_tok, sent_index)
                if found is not None:
                    return found
    return None


# where a force or a thing comes from, not where the act goes: "commandos trained in Russia", "missiles made in
# the United States", "pilots educated in France" (a participle on a word inside the act's object)
PROVENANCE_PARTICIPLES = frozenset({"train", "make", "build", "manufacture", "produce", "develop", "design", "buy",
                                    "purchase", "acquire", "educate", "bear", "raise", "recruit", "assemble"})


def provenance(t: Token) -> bool:
    """``t`` is a past participle telling where the noun it modifies was made, trained or bought."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in PROVENANCE_PARTICIPLES


def place_recipient(word: Token, actor: list[Mention], by_tok: dict[int, Mention],
                    targets: bool = False, preps: tuple[str, ...] = LOCATIVE_PREPS) -> list[Mention]:
    """'Strikes in Kharkiv': the place's country is the target only if it is not the attacker's.
    With ``targets``, a place named as the object is the target too ("shelled the city of Kherson")."""
    own = set(codes(actor))
    si = actor[0].sent_index if actor else 0
    # "shelled villages in southern Lebanon", "a strike on a house in Rafah"
    holders = [word] + objects(word)
    if targets:  # "a kindergarten in the city of Sumy was hit by a Russian bomb"
        holders += passive_subjects(word)
    # "strikes on what it said were weapons depots in southern Lebanon", "struck what it called
    # terrorist infrastructure in Pakistan": the target named inside a free relative
    frees = [g for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    frees += [c for c in word.children if c.dep_ == "ccomp" and any(
        x.lower_ == "what" for x in [*c.children, *word.children] if x.dep_ in OBJ_DEPS)]
    # ("destroyed what they said | were launch pads in Kashmir": "what" the subject of the inner "were")
    frees += [c for c in word.children if c.dep_ == "ccomp" and c not in frees and any(
        x.lower_ == "what" and x.dep_ == "nsubj" and x.head.lemma_ == "be" for x in c.subtree)]
    named = [t for g in frees for t in g.subtree if t.dep_ in ("attr", "oprd", "dobj") and t.pos_ in ("NOUN", "PROPN")]
    # (the place may hang on the copula: "were | launch pads | in Kashmir")
    holders += frees + named + [t.head for t in named if t.dep_ == "attr" and t.head.lemma_ == "be"]
    holders += [g for c in word.children if c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS
                for g in c.children if g.dep_ == "pobj"]
    if targets and word.dep_ == "nsubj" and word.pos_ == "NOUN":
        # "a drone attack set fire to a refinery in the Krasnodar region": the clause it drives
        holders += objects(word.head) + [g for c in word.head.children if c.dep_ == "prep"
                                         and c.lower_ not in LOCATIVE_PREPS for g in c.children if g.dep_ == "pobj"]
    if targets:  # "Israeli strikes on the Gaza Strip killed 25 people": an attack noun as subject
        holders += [c for c in word.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in by_tok]
        # "airstrikes that killed 20 people in southern Lebanon" (or the verb misread as a participle)
        clauses = [c for c in word.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        holders += clauses + [o for c in clauses for o in objects(c)]
    places = [t for h in holders for t in prep_objects(h, preps)]
    places += compass_places(holders + places)  # "held drills east of Taiwan", "into waters east of Taiwan"
    first = list(places)
    # "arson attacks on shopping centres in Poland", "on positions in Iraq", "bombed a school
    # sheltering displaced families in central Gaza"
    places += [g for o in first for g in prep_objects(o, LOCATIVE_PREPS)]
    places += [g for o in first + holders[1:] for t in o.subtree if t.i != o.i and not provenance(t)
               for g in prep_objects(t, LOCATIVE_PREPS)]
    if targets:
        # "shelled the city of Kherson", "shelling the Zaporizhzhia nuclear plant"
        names = [c for o in holders[1:] for c in o.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        places = [o for o in holders[1:] if o.pos_ == "PROPN" or o.lemma_.lower() in PLACE_NOUNS] + places + names
    for t in places:
        if t.lemma_.lower() in BORDER_WORDS:
            continue  # a border is both sides' place ("near the Chinese border"): border_recipient decides
        m = place_mention(t, by_tok, si)
        if m is None:
            # "sites in Punjab and Pakistan-administered Kashmir": a name the gazetteer finds ambiguous
            # leaves the list's other members to name the country
            m = next((x for c in conjuncts(t)[1:] for x in [place_mention(c, by_tok, si)] if x is not None), None)
        if m is not None and m.code not in own:
            # "targets in Iraq and Syria": every coordinated place, one list (never a cross-product)
            found = [m]
            for c in conjuncts(t)[1:]:
                x = place_mention(c, by_tok, si)
                if x is not None and x.code and x.code not in own and all(x.code != f.code for f in found):
                    found.append(x)
            return found
    return []


# compass words whose "of" phrase names the place an act is near
COMPASS_WORDS = word_list("place_nouns.json", "compass_words")


def compass_places(toks: list[Token]) -> list[Token]:
    """'held live-fire drills east of Taiwan', 'sent warships into waters east of Taiwan', 'struck a convoy south of
    Damascus': the parser hangs the compass word on the verb or the place noun (or makes it the verb's object: "flew
    west of Bodo"), and the place on its "of"."""
    return [g for t in toks for d in [t, *t.children] if (d.i == t.i or d.dep_ in ("advmod", "npadvmod", "amod"))
            and d.lower_ in COMPASS_WORDS for g in prep_objects(d, ("of",))]


def coded_places(toks: list[Token], own: set[str], by_tok: dict[int, Mention], sent_index: int) -> list[Mention]:
    """The country of the first of ``toks`` that is a coded foreign place, with the places coordinated with
    it ("curbs on chip shipments to the UAE and Saudi Arabia" -> ARE, SAU: one list, never a cross-product)."""
    for g in toks:
        m = place_mention(g, by_tok, sent_index)
        if m is None or not m.code or m.code in own or m.code in NON_COUNTRY_CODES:
            continue
        found = [m]
        for c in conjuncts(g)[1:]:
            x = place_mention(c, by_tok, sent_index)
            if x is not None and x.code and x.code not in own and x.code not in NON_COUNTRY_CODES and all(
                    x.code != f.code for f in found):
                found.append(x)
        return found
    return []


# Prepositions of movement toward a border: "sent troops to the Belarusian border" names the
# other side; "detained migrants at the Greek border" only says where.
TOWARD_BORDER_PREPS = frozenset({"to", "toward", "towards", "along", "near", "closer"})


def border_recipient(tok: Token, actor: list[Mention], by_tok: dict[int, Mention],
                     named: bool | None = None) -> list[Mention]:
    """'massed troops along the border with Ukraine', and with ``named`` (default: when the border
    is where forces move to) 'to the Belarusian border', 'the border between the two countries':
    the country across the border, never the mover's own."""
    own = set(codes(actor))
    moves = named is not False  # (read before the loop below settles ``named`` for a border word)
    for t in tok.subtree:
        if moves and t.pos_ == "VERB" and t.lemma_.lower() == "border" and t.dep_ in ("acl", "relcl") \
                and t.head.pos_ in ("NOUN", "PROPN"):
            # "massed troops in the Kursk region bordering Ukraine", "in Belgorod, which borders Ukraine"
            found = [m for m in mentions_of(objects(t), by_tok) if m.code and m.code not in own]
            if found:
                return found
            continue
        if t.lemma_.lower() in BORDER_WORDS:
            if t.dep_ == "compound" and t.head.lemma_.lower() in BORDER_WORDS:
                continue  # "border crossings with Ukraine": the phrase's head carries the "with"
            withs = prep_objects(t, ("with",))
            if not withs and t.dep_ == "compound":  # "closed two border checkpoints with Cambodia"
                withs = prep_objects(t.head, ("with",))
                t = t.head
            if not withs and t.dep_ in OBJ_DEPS:  # "closed its border with Belarus", "with" on the verb
                withs = prep_objects(t.head, ("with",))
            up = t
            while not withs and up.i != tok.i and up.dep_ in ("pobj", "prep", "dobj"):
                # "put its air force on alert along the border | with Pakistan": the parser hangs
                # "with" on a word above the border phrase
                up = up.head
                withs = prep_objects(up, ("with",))
            found = mentions_of(withs, by_tok)
            if named is None:
                named = t.dep_ == "pobj" and t.head.lower_ in TOWARD_BORDER_PREPS
            if not withs and named:
                # "to the Belarusian border", "the border between Armenia and Azerbaijan"
                found = [by_tok[c.i] for c in t.children if c.dep_ in ("amod", "compound", "poss") and c.i in by_tok]
                found += mentions_of(prep_objects(t, ("between",)), by_tok)
            if not withs and not found and _shared(t):
                # "massing troops near their shared border": the sentence's one other country
                others = {m.code for m in by_tok.values() if m.code and m.code not in own and m.kind == "country"}
                found = [next(m for m in by_tok.values() if m.code in others)] if len(others) == 1 else []
            found = [m for m in found if m.code and m.code not in own]
            if found:  # (else a later border word may name it: "the last crossing point on its border with X")
                return found
    return []


# named frontier lines and their two sides ("the Line of Control": IND / PAK), places two states contest
# ("Second Thomas Shoal": CHN / PHL), and generic lines whose other side a "with X" names ("the line of contact
# with Azerbaijan"): knowledge/frontier_lines.json
FRONTIER_LINES: dict[str, list[str]] = word_table("frontier_lines.json", "lines")
CONTESTED_PLACES: dict[str, list[str]] = word_table("frontier_lines.json", "contested")
OPEN_LINES = word_list("frontier_lines.json", "open_lines")
# where forces stand or go by a line: "moved troops to / along / near the LoC", "on alert along the DMZ"
LINE_PREPS = frozenset({"to", "toward", "towards", "along", "near", "across", "on", "at", "over", "into", "in",
                        "by", "closer", "around", "up"})
# fire that crosses a line is aimed at the other side ("fired across the Line of Control"); fire "along" it only
# when the verb names no target of its own ("opened fire along the LoC", not "killed militants along the LoC")
CROSSING_PREPS = frozenset({"across", "over"})
# where a contested place is the scene of a move or an attack: "rammed a boat near Second Thomas Shoal", "sent
# vessels to the waters around the Senkaku Islands"
CONTESTED_PREPS = frozenset({"to", "toward", "towards", "near", "at", "off", "around", "in", "into", "on", "over",
                             "inside", "close", "closer"})


def frontier_side(tok: Token, actor: list[Mention], by_tok: dict[int, Mention],
                  hostile: bool = False) -> list[Mention]:
    """'deployed troops along the Line of Actual Control' -> CHN for India, IND for China; 'put its units on
    alert along the demilitarised zone' -> PRK for Seoul; 'on alert along the line of contact with Azerbaijan'
    -> AZE; 'fired water cannon near Second Thomas Shoal' -> PHL for China. The actor must be one of the two
    sides (a UN force at the Blue Line names no party); ``hostile`` (an attack, not a move) keeps only fire
    across a line, or along it with no object, but any act at a contested place."""
    own = set(codes(actor))
    if not own:
        return []
    preps = (CROSSING_PREPS | ({"along"} if not objects(tok) else set())) if hostile else LINE_PREPS
    sent_index = next(iter(by_tok.values())).sent_index if by_tok else 0
    for t in tok.subtree:
        if t.dep_ != "pobj" or t.pos_ not in ("NOUN", "PROPN"):
            continue
        doc = t.doc
        phrase = doc[t.left_edge.i:t.right_edge.i + 1]
        text = phrase.text.lower()
        named = [*(FRONTIER_LINES.items() if t.head.lower_ in preps else ()),
                 *(CONTESTED_PLACES.items() if t.head.lower_ in CONTESTED_PREPS else ())]
        for name, sides in named:
            if _covers_head(text, name, phrase.start_char, t) and own & set(sides):
                other = [c for c in sides if c not in own]
                if len(other) == 1:
                    return [token_mention(t, other[0], sent_index, confidence=0.4)]
        if t.head.lower_ in preps and any(_covers_head(text, name, phrase.start_char, t) for name in OPEN_LINES):
            # "the line of contact | with Azerbaijan": the parser may hang "with" on the "of" word
            holders = [t, *prep_objects(t, ("of",))]
            found = mentions_of([g for x in holders for g in prep_objects(x, ("with", "between"))], by_tok)
            found = [m for m in found if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
            if found:
                return found
    return []


def _covers_head(text: str, name: str, start_char: int, head: Token) -> bool:
    """Whether ``name`` occurs in the phrase ``text`` as whole words over or before the phrase's head word ("the
    Line of Control", "the Dokdo islets"), not in a phrase after it ("a village near the Line of Control")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and start_char + at <= head.idx:
            return True
        at = text.find(name, at + 1)
    return False


def _shared(border: Token) -> bool:
    return any((c.dep_ == "poss" and c.lower_ in ("their", "our")) or c.lower_ in ("shared", "common", "mutual")
               for c in border.children)
