"""Story-level references between mentions (the actors stage, via ``people.resolve_people``).

The event-level half (reactions, retaliation, retold acts) is ``coref.py``. Here: the dateline's
country for untagged officials, crowds in a place, the two Congos, object pronouns, descriptions of
a country ("the kingdom"), roles of group phrases and of coordinated places, civil-war "both
sides", a story's principal pair, names after titles the matcher could not join. Role and act
nouns resolved by what the story said earlier ("the militants", "the package", "the strikes") are
in ``coref_roles.py``; group phrases ("the two leaders", "they") in ``people_groups.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import datelines as _datelines
from . import base as _base
from .argument_subjects import SAY_VERBS
from .base import CROWD_SECTORS, NON_COUNTRY_CODES
from .coref_descriptions import HEADLINE_DESCRIPTIONS, headline
from .coref_home import acting as _acting
from .coref_home import doer as _doer
from .coref_home import home_lead, titled_home_doer
from .people_possessives import owned_role
from .word_lists import word_list

if TYPE_CHECKING:
    from .base import Mention


# -- mentions: the dateline's country for officials the story does not tag ---------------------

_NON_COUNTRY = NON_COUNTRY_CODES
# Captives are where they are held, not from there: "hostages in Gaza" are not Palestinian, and a
# story's main country is often their captor's.
CAPTIVES = frozenset({"hostage", "detainee", "prisoner", "captive", "abductee", "inmate", "hostages", "detainees",
                      "prisoners", "captives",
                      # likewise people who came from elsewhere (not the displaced, who are at home)
                      "refugee", "refugees", "migrant", "migrants", "asylum-seekers", "seekers"})
# Sectors of a country's own institutions and people: in a story datelined NIAMEY, "President
# Mohamed Bazoum", "the interior ministry", "police" and "the presidential guard" are Niger's.
_DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "ELI", "SPY", "JRN", "EDU", "AGR",
                               "LAB", "MED", "BUS", "REF", "HRI", "PRE"})


_BACKED = frozenset({"backed", "allied", "aligned", "sponsored", "funded", "supported", "linked", "affiliated",
                     "armed", "trained", "installed", "proxy"})


def backed_role(doc, m: Mention) -> bool:
    """"Iran-backed militias", "Rwanda-backed rebels": a role introduced by its backer is seldom of
    the story's main country; no default country for it (the backer is read by the owners rules)."""
    lo = max(0, m.start - 3)
    return any(t.lower_ in _BACKED and t.i > 0 and doc[t.i - 1].text in ("-", "–") for t in doc[lo:m.end])


def dateline_country(doc, mentions: list[Mention]) -> None:
    """Wire style names a leader or an institution without its country when the dateline says
    where the story is: "NIAMEY (Reuters) - Soldiers in Niger ... ousted President Mohamed
    Bazoum". A person with an office or an agent with a sector, still without a country after
    the dictionaries and the dominant-country rule, takes the dateline's country when

    * the story names that country again outside the dateline (a dateline alone may be a
      neutral venue: GENEVA talks, THE HAGUE court), and names no other country more often;
    * the mention's own sentence names no other country (then the role may well be theirs).

    Confidence 0.6, like the dominant-country rule."""
    dateline_ends = _datelines.dateline_ends
    leading_text = _base.leading_text

    ends = dateline_ends(leading_text(doc, 80, 200))
    if not ends:
        return
    end = ends[0]
    # (only the dateline's own line: a headline above it names the story's parties, not its place)
    line = leading_text(doc, 80, 200).rfind("\n", 0, end) + 1
    in_dateline = [m for m in mentions if line <= m.start_char and m.end_char <= end and m.kind == "country" and m.code
                   and m.code not in _NON_COUNTRY]
    if not in_dateline:
        return
    code = in_dateline[0].code
    counts: dict[str, int] = {}
    acting: dict[str, int] = {}  # "Niger said Benin was harbouring French troops ... the border with Benin"
    for m in mentions:
        if m.start_char >= end and m.code and m.code not in _NON_COUNTRY and m.kind != "pronoun":
            counts[m.code] = counts.get(m.code, 0) + 1
            if _acting(doc[m.root]):
                acting[m.code] = acting.get(m.code, 0) + 1
    # A story that names no one with a code after its dateline ("ABUJA - Former vice-president Atiku
    # Abubakar accused the government of rigging the vote") is about the dateline's country: a
    # neutral venue (GENEVA talks, THE HAGUE court) comes with the parties or the court named.
    lone = not any(m.code for m in mentions if m.start_char >= end and m.kind != "pronoun")
    # another country named more often decides against the dateline, counting only where a country
    # acts: a target named twice ("harbouring troops ... the border with Benin") is no rival
    # (nor when the dateline's country is the lead's doer: "TOKYO - Japan protested ... Beijing ... China")
    if not lone and not home_lead(doc, mentions, code, end) and (not counts.get(code) or any(n > acting.get(code, 0) for c, n in acting.items() if c != code)
                     and any(n > counts[code] for c, n in counts.items() if c != code)):
        return
    foreign = [m for m in mentions if m.code and m.code != code and m.code not in _NON_COUNTRY and m.start_char >= end]
    foreign_sents = {m.sent_index for m in foreign}
    # In a sentence naming another country only as an object or a place, the dateline country's
    # institution is still the doer: "In December 2023, the authorities detained four French
    # officers" (OUAGADOUGOU). Not when the foreigner acts too ("Ukrainian drones hit Belgorod,
    # the authorities said" is no Ukrainian authority, but a dateline's may be either side).
    acting_foreign = {m.sent_index for m in foreign if doc[m.root].dep_ in ("nsubj", "nsubjpass")}
    named: set[str] = set()
    for m in mentions:
        if m.code is not None or m.start_char < end:
            continue
        if m.sent_index in foreign_sents and not titled_home_doer(doc, m, foreign) and (m.sent_index in acting_foreign or m.kind != "agent"
                                              or m.sector not in _INSTITUTIONS or not _doer(doc[m.root])):
            continue
        if m.kind == "person" and (m.office or m.sector in _DOMESTIC_SECTORS) \
                or m.kind == "agent" and m.sector in _DOMESTIC_SECTORS and m.text.split()[-1].lower() not in CAPTIVES \
                and not backed_role(doc, m) and not victim(doc, m) and not of_group(doc[m.root]) \
                and not foreign_role(doc, m) and not owned_role(doc, m, True):
            m.code = code
            m.confidence = min(m.confidence, 0.6)
            if m.kind == "person" and m.identifier_text:
                named.add(m.identifier_text.lower())
    for m in mentions:  # the same person later by surname ("Bazoum"), wherever it stands
        if m.code is None and m.kind == "person" and (m.identifier_text or "").lower() in named:
            m.code = code
            m.confidence = min(m.confidence, 0.6)


_INSTITUTIONS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


_GROUP_WORDS = frozenset({"countries", "sides", "governments", "nations", "neighbours", "neighbors", "armies", "states"})


def of_group(tok) -> bool:
    """"commanders from both countries", "officials of the two governments": a role of a group phrase
    (``roles_of_groups`` gives it every party), not of the dateline's country alone."""
    return any(p.dep_ == "prep" and p.lower_ in ("of", "from") and any(
        c.dep_ == "pobj" and c.lower_ in _GROUP_WORDS for c in p.children) for p in tok.children)


# -- mentions: crowds take the country of the place they are in --------------------------------

_PLACE_PREPS = frozenset({"in", "through", "across", "outside", "near", "at", "into", "around", "towards",
                          "toward", "throughout", "inside"})


_QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})


def bare_crowds(doc, mentions: list[Mention], sent_of) -> list[Mention]:
    """"Thousands marched in Tbilisi", "Hundreds rallied outside parliament", "Tens of thousands
    protested in Belgrade": a bare quantity that is the active subject of a verb is a crowd (CVL, no
    country yet: ``place_crowds`` gives it the scene's). Not with a complement of its own ("thousands
    of drones"), not as a passive subject ("hundreds were killed": victims)."""
    _Mention = _base.Mention
    tokens_with_lower = _base.tokens_with_lower

    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in tokens_with_lower(doc, _QUANTITIES):
        if tok.dep_ != "nsubj" or tok.i in taken or tok.head.pos_ != "VERB":
            continue
        end = tok.i + 1
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of:  # "tens of thousands" is still bare; "thousands of drones" is not
            objs = [g for g in of[0].children if g.dep_ == "pobj"]
            if not objs or objs[0].lower_ not in _QUANTITIES or any(c.dep_ == "prep" for c in objs[0].children):
                continue
            end = objs[0].i + 1
        span = doc[tok.i:end]
        out.append(_Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                            text=span.text, code=None, sector="CVL", kind="agent", sent_index=sent_of(tok.i),
                            root=tok.i, confidence=0.7))
    return out


def place_crowds(doc, mentions: list[Mention]) -> None:
    """"Thousands of protesters marched through Belgrade", "Farmers rallied in Paris": a crowd
    (protesters, students, workers, farmers, opposition supporters) with no country takes the
    country of the place its sentence puts the scene in, when that sentence names no other
    country. Confidence 0.7."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent_index, []).append(m)
    for ms in by_sent.values():
        # Victims too ("police fired tear gas at demonstrators outside parliament in Tbilisi",
        # "the fighters killed hundreds of civilians in El Fasher"), when the sentence names only
        # that one country: with an attacker's country named too, the events stage decides.
        crowds = [m for m in ms if m.kind == "agent" and m.code is None and m.sector in CROWD_SECTORS
                  and (_subject(doc[m.root]) or m.text.split()[-1].lower() not in CAPTIVES)]
        # police act at home: "Police fired tear gas at protesters in Dhaka" are Bangladeshi police
        # (only police: troops in a place may be foreign ones)
        crowds += [m for m in ms if m.kind == "agent" and m.code is None and m.sector == "COP" and _subject(doc[m.root])]
        if not crowds:
            continue
        # a border's other side is no rival scene ("near the Kyrgyz border in Andijan region")
        codes = {m.code for m in ms if m.code and m.code not in _NON_COUNTRY and not _border_side(doc, m)}
        if len(codes) != 1:
            continue
        places = [m for m in ms if m.code in codes and (m.kind == "country" and _in_place(doc[m.root])
                  or m.kind != "country" and _in_place(doc[m.root])
                  and any(_in_place(t) for t in doc[m.root + 1:m.end]))]
        # police act at home: "Serbian police detained a dozen students" are Serbian students
        police = [m for m in ms if m.sector == "COP" and m.code in codes and _subject(doc[m.root])]
        # "Police detained 20 of them, an activist in Andijan said": police only, at the scene of a role
        placed = [m for m in ms if m.code in codes and _placed_role(doc, m)]
        for m in crowds:
            if places or police and doc[m.root].head.i == doc[police[0].root].head.i or placed and m.sector == "COP":
                m.code = (places or police or placed)[0].code
                m.confidence = min(m.confidence, 0.7)


_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


def _border_side(doc, m: Mention) -> bool:
    """A country word that only names a border's other side: "near the Kyrgyz border"."""
    t = doc[m.root]
    return m.kind == "country" and t.dep_ in ("amod", "compound") and t.head.lower_ in _BORDER_WORDS


def _placed_role(doc, m: Mention) -> bool:
    """A role whose country is the place the text puts it in ("a human rights activist in Andijan"):
    that place is the sentence's scene too."""
    return m.kind == "agent" and any(t.lower_ == "in" and t.dep_ == "prep" for t in doc[m.root + 1:m.end])


def _in_place(tok) -> bool:
    """The object of a place preposition, also as a name in its noun: "in Tbilisi", "in the
    Darfur city of El Fasher", "outside parliament in Tbilisi"."""
    for _ in range(3):
        if tok.dep_ == "compound" or tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head if tok.dep_ == "compound" else tok.head.head
            continue
        break
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS


def _subject(tok) -> bool:
    """The crowd acts ("protesters marched", "thousands of protesters marched"); victims and
    objects ("abducted pupils") get their country from the events stage's rules, if at all."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")


# -- mentions: the two Congos ---------------------------------------------------------------

# "Congo" alone is ambiguous: the story's other words decide (Kinshasa, Goma, M23, Tshisekedi -> the
# Democratic Republic; Brazzaville, Sassou Nguesso -> the Republic). With both or neither, the
# dictionaries' default stands.
_CONGO_WORDS = {"COD": frozenset({"kinshasa", "goma", "m23", "tshisekedi", "drc", "kivu", "bukavu", "kabila",
                                  "lubumbashi", "ituri"}),
                "COG": frozenset({"brazzaville", "sassou", "nguesso", "pointe-noire"})}


def foreign_congress(mentions: list[Mention]) -> None:
    """"Protesters poured into the streets of Lima, and officers fired tear gas at them near Congress":
    a bare "Congress" in a story that names no American party is the congress of the country its
    sentence (else the story) names, not the U.S. one (Peru, Colombia, Guatemala, the Philippines ...)."""
    bare = [m for m in mentions if m.kind == "org" and m.code == "USA" and m.text == "Congress"]
    if not bare or any(m.code == "USA" and m not in bare for m in mentions):
        return
    for m in bare:
        here = [o.code for o in mentions if o.sent_index == m.sent_index and o.code and o is not m
                and o.code not in _NON_COUNTRY and o.kind in ("country", "agent", "person")]
        codes = set(here) or {o.code for o in mentions if o.code and o is not m and o.code not in _NON_COUNTRY
                              and o.kind in ("country", "agent", "person")}
        if len(codes) == 1:
            m.code = codes.pop()
            m.sector = "LEG"
            m.identifier_text, m.identifier_id = None, None


def namesake_countries(doc, mentions: list[Mention]) -> None:
    congos = [m for m in mentions if m.code in ("COD", "COG") and "congo" in m.text.lower()
              and not any(w in m.text.lower() for w in ("democratic", "republic", "drc", "brazzaville", "kinshasa"))]
    if not congos:
        return
    words = {t.lower_ for t in doc}
    found = [code for code, cues in _CONGO_WORDS.items() if cues & words]
    if len(found) != 1:
        return
    for m in congos:
        m.code = found[0]


# -- pronouns: an object pronoun is not its clause's subject ----------------------------------

SPEECH_ACT_VERBS = word_list("reaction_verbs.json", "speech_act_verbs")


def clause_subjects(tok) -> set[int]:
    """Token indices of the subjects of the clause around ``tok`` (and of the verbs it is
    coordinated with or controlled by): "Blinken spoke with Bazoum and pledged support for him"
    -> {Blinken}. A non-reflexive object pronoun never stands for them."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SAY_VERBS \
            and verb.lemma_.lower() in SPEECH_ACT_VERBS and verb.head.lemma_.lower() not in SPEECH_ACT_VERBS:
        # "Lithuania said Belarus had sent balloons and warned it": the speaker's act joined to the reported
        # clause (as arguments reads it); "it" is the reported party (round 23)
        verb = verb.head.head
    out: set[int] = set()
    for _ in range(4):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                # "Malian troops and Russian Africa Corps fighters pursued them": every conjunct
                out.update([c.i, *(w.i for w in c.conjuncts)])
        # a parenthetical "..., an activist said" the parser hung the pronoun under is no clause of its own
        if verb.dep_ not in ("conj", "xcomp", "advcl") and not (
                verb.dep_ == "parataxis" and verb.lemma_ in ("say", "tell", "add", "report")) or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


# "regional leaders gathered", "world leaders", "Western diplomats": people of many countries, whom the
# story's main country does not take
_MANY_NATIONS = frozenset({"regional", "world", "global", "international", "western", "african", "asian", "arab",
                           "latin", "muslim", "islamic", "donor", "allied"})


def many_nations(doc, m: Mention) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _MANY_NATIONS for c in doc[m.root].children) \
        or m.start > 0 and doc[m.start - 1].lower_ in _MANY_NATIONS


# -- descriptions of a country: "the kingdom", "the island nation", "the Balkan country" --------

_ISLANDS = frozenset({"TWN", "JPN", "GBR", "PHL", "IDN", "LKA", "CUB", "CYP", "MLT", "ISL", "IRL", "NZL", "SGP",
                      "MDV", "MDG", "BHR", "HTI", "DOM", "JAM", "TTO", "FJI", "PNG", "TLS", "MUS", "SYC",
                      "CPV", "COM", "BHS", "BRB", "VUT", "SLB", "WSM", "TON", "KIR", "NRU", "TUV", "PLW"})
_KINGDOMS = frozenset({"SAU", "JOR", "MAR", "GBR", "THA", "BHR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "BTN",
                       "KHM", "SWZ", "LSO", "TON", "OMN", "BRN", "MYS"})
# the head noun -> the countries it can describe (None: any)
COUNTRY_DESCRIPTIONS: dict[str, frozenset[str] | None] = {
    "country": None, "nation": None, "republic": None,
    "kingdom": _KINGDOMS, "monarchy": _KINGDOMS,
    "island": _ISLANDS, "archipelago": frozenset({"PHL", "IDN", "JPN", "MDV"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "enclave": frozenset({"PSE"}), "strip": frozenset({"PSE"}),
    # "the territory": the places wire copy calls so (not "Ukrainian territory", which has its owner)
    "territory": frozenset({"PSE", "TWN", "HKG", "ESH", "KOS"}),
    # "the Gulf state", "the Baltic state", "the oil-rich state": only with a modifier (bare "the
    # state" is the government, a US state or "the state news agency")
    "state": None,
}
_COUNTRY_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "HYPH", "VBN", "NN", "NNP"})
# a region word in the description narrows whom it can describe ("accusing the Gulf state of
# aggression" is the UAE named before, not Sudan, the clause's own country)
_REGION_MODIFIERS: dict[str, frozenset[str]] = {
    "gulf": frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    "baltic": frozenset({"EST", "LVA", "LTU"}),
    "balkan": frozenset({"SRB", "BIH", "MNE", "MKD", "ALB", "KOS", "HRV", "SVN", "BGR", "ROU", "GRC"}),
    "nordic": frozenset({"DNK", "NOR", "SWE", "FIN", "ISL"}),
    "caucasus": frozenset({"GEO", "ARM", "AZE"}), "caucasian": frozenset({"GEO", "ARM", "AZE"}),
    "sahel": frozenset({"MLI", "BFA", "NER", "TCD", "MRT"}), "sahelian": frozenset({"MLI", "BFA", "NER", "TCD", "MRT"}),
    "himalayan": frozenset({"NPL", "BTN"}),
    "andean": frozenset({"PER", "BOL", "ECU", "COL", "CHL"}),
}


def region_narrowed(doc, the: int, tok, allowed: frozenset[str] | None) -> frozenset[str] | None:
    """``allowed`` narrowed by a region word between "the" and the head ("the Gulf state")."""
    for i in range(the + 1, tok.i):
        region = _REGION_MODIFIERS.get(doc[i].lower_)
        if region is not None:
            return region if allowed is None else allowed & region
    return allowed


def country_description_start(doc, tok, covered) -> int | None:
    """Index of "the" opening a singular description of a country ("the country", "the Gulf
    kingdom", "the island nation", "the oil-rich emirate"), or None. Not "the island of Hainan",
    not "the country's two leaders"-style plurals, not capitalised names ("the Kingdom of ...")."""
    if tok.tag_ != "NN" or not tok.text.islower():
        return None
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].pos_ not in ("NOUN", "ADJ", "VERB"):
        return None  # "the island of Hainan", "the country of 40 million"; not "accused the kingdom of aggression"
    start = the_start(doc, tok, covered, _COUNTRY_MODIFIER_TAGS, stop=("two", "both", "member", "nation"))
    if start is None and tok.dep_ == "poss" and tok.lower_ in HEADLINE_DESCRIPTIONS and headline(tok.sent) \
            and (tok.i == tok.sent.start or doc[tok.i - 1].pos_ not in ("DET", "PRON", "ADJ", "NUM")):
        return tok.i  # a headline drops the article: "China holds drills after island's president visits U.S."
    if tok.lower_ == "state" and (start is None or start == tok.i - 1 or tok.dep_ == "compound"):
        return None
    return start


def the_start(doc, tok, covered, modifier_tags, stop=()) -> int | None:
    """Index of the "the" that opens ``tok``'s description across up to three uncovered
    modifiers of ``modifier_tags`` (none of them a ``stop`` word), or None."""
    i = tok.i - 1
    for _ in range(4):
        if i < 0 or covered[i] is not None:
            return None
        if doc[i].lower_ == "the":
            return i
        # a lowercase word the tagger called a proper noun ("the regional bloc's force") is a modifier
        proper_slip = doc[i].tag_ == "NNP" and doc[i].text.islower() and "JJ" in modifier_tags
        # "the self-governing island", "the oil-producing nation": a hyphenated -ing word is a modifier
        proper_slip = proper_slip or doc[i].tag_ == "VBG" and i > 0 and doc[i - 1].text in ("-", "–") and "JJ" in modifier_tags
        # "the Iran-backed group", "the Saudi-led coalition": a backer's name before "-backed" is a modifier
        proper_slip = proper_slip or i + 2 < tok.i and doc[i + 1].text in ("-", "–") \
            and doc[i + 2].lower_ in _BACKED and "JJ" in modifier_tags
        if doc[i].tag_ not in modifier_tags and not proper_slip or doc[i].lower_ in stop:
            return None
        i -= 1
    return None


# -- "commanders from both countries": a role of a group phrase --------------------------------

def roles_of_groups(doc, mentions: list[Mention]) -> list[Mention]:
    """"Regional commanders from both countries", "officials of the two governments": a role
    with no country whose of/from phrase is a resolved group phrase stands for every party of
    the group, with its own sector (one pronoun mention per party on the role's span)."""
    _Mention = _base.Mention

    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.kind == "pronoun" and m.antecedent is not None:
            spans.setdefault((m.start, m.end), []).append(m)
    groups = {t: ms for (s, e), ms in spans.items() if len({m.code for m in ms}) >= 2 for t in range(s, e)}
    if not groups:
        return mentions
    out: list[Mention] = []
    added: list[Mention] = []
    for m in mentions:
        group = None
        if m.kind == "agent" and m.code is None:
            for prep in doc[m.root].children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                    group = next((groups[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in groups), None)
                    break
        if group is None:
            out.append(m)
            continue
        for p in group:
            added.append(_Mention(start=m.start, end=m.end, start_char=m.start_char, end_char=m.end_char, text=m.text,
                                  code=p.code, sector=m.sector, kind="pronoun", sent_index=m.sent_index, root=m.root,
                                  identifier_id=p.identifier_id, identifier_text=p.identifier_text,
                                  office=m.office, antecedent=p.antecedent or p, confidence=min(0.8, p.confidence)))
    return out + added if added else mentions


# -- "military juntas in neighbouring Mali and Burkina Faso" ------------------------------------

def roles_in_places(doc, mentions: list[Mention]) -> list[Mention]:
    """A role with no country whose own of/in/from phrase (by the parse, whatever stands between:
    "officials in northern Syria", "juntas in neighbouring Mali and Burkina Faso") names one or more
    countries takes them: one country sets its code, several make one mention per country on the
    role's span (like "the two leaders"). Captives are left alone (they are where they are held)."""
    _Mention = _base.Mention

    countries = {m.root: m for m in mentions if m.kind == "country" and m.code and m.code not in _NON_COUNTRY}
    if not countries:
        return mentions
    out: list[Mention] = []
    added: list[Mention] = []
    for m in mentions:
        found: list[Mention] = []
        if m.kind == "agent" and m.code is None and m.sector and m.text.split()[-1].lower() not in CAPTIVES:
            for prep in doc[m.root].children:
                # "in" only for the doer: victims "in Nigeria" are left to the events stage's rules; a government
                # without a title anywhere ("called on the authorities in Caracas"; envoys in a capital are foreign)
                if prep.dep_ == "prep" and (prep.lower_ in ("of", "from") or prep.lower_ == "in" and (
                        _subject(doc[m.root]) or m.sector == "GOV" and not m.office)):
                    heads = [c for c in prep.children if c.dep_ == "pobj"]
                    heads += [c for h in heads for c in h.conjuncts]
                    found = [countries[h.i] for h in heads if h.i in countries]
                    break
        codes = {c.code for c in found}
        if len(codes) == 1:
            m.code = found[0].code
            m.confidence = min(m.confidence, 0.8)
        elif len(codes) > 1:
            for c in {c.code: c for c in found}.values():
                added.append(_Mention(start=m.start, end=m.end, start_char=m.start_char, end_char=m.end_char,
                                      text=m.text, code=c.code, sector=m.sector, kind="pronoun",
                                      sent_index=m.sent_index, root=m.root, office=m.office, antecedent=c,
                                      confidence=0.8))
            continue
        out.append(m)
    return out + added if added else mentions


def dateline_offset(doc) -> int:
    """Character offset where the story text after its dateline begins (0 without a dateline)."""
    dateline_ends = _datelines.dateline_ends
    leading_text = _base.leading_text

    ends = dateline_ends(leading_text(doc, 80, 200))
    return ends[0] if ends else 0


def titled_names(doc, mentions: list[Mention]) -> None:
    """"Colonel-Major Amadou Abdramane", "Lt. Gen. X": a name the title matcher could not join to
    its (hyphenated or abbreviated) title takes the title's country, sector and office, so that a
    later "he" finds him."""
    titles = {m.end: m for m in mentions if m.kind == "agent" and m.office and m.code}
    for m in mentions:
        if m.kind != "person" or m.code is not None:
            continue
        for gap in range(0, 3):
            t = titles.get(m.start - gap)
            if t is None:
                continue
            between = doc[t.end:m.start]
            if all(w.text in ("-", "–", ".") or w.text[:1].isupper() for w in between) and t.sent_index == m.sent_index:
                m.code, m.sector = t.code, m.sector or t.sector
                m.office = m.office or t.office
                m.confidence = min(m.confidence, t.confidence)
            break


_LOCAL_OFFICES = ("mayor", "governor")


def local_officials(doc, mentions: list[Mention]) -> None:
    """"Russian forces struck Kharkiv ..., the mayor said": a mayor or governor with no country
    belongs to the place its sentence names (the only country-kind mention there, a city or a
    region), never to the story's dominant country, which in war reports is often the attacker's."""
    by_sent: dict[int, set[str]] = {}
    for m in mentions:
        if (m.kind == "country" or _placed_role(doc, m)) and m.code and m.code not in _NON_COUNTRY:
            by_sent.setdefault(m.sent_index, set()).add(m.code)
    for m in mentions:
        if m.kind != "agent" or m.code is not None or not m.office \
                or not any(w in m.office.lower() for w in _LOCAL_OFFICES):
            continue
        places = by_sent.get(m.sent_index) or by_sent.get(m.sent_index - 1) or set()
        if len(places) == 1:
            m.code = next(iter(places))
            m.confidence = min(m.confidence, 0.7)
        elif (scene := _latest_scene(doc, m, mentions)) is not None:
            # "Ukraine's military said its drones struck a depot in Russia's Bryansk region, and the regional
            # governor accused Kyiv ...": with several countries, the place the act was set in just before
            m.code = scene.code
            m.confidence = min(m.confidence, 0.6)


def _latest_scene(doc, official: Mention, mentions: list[Mention]) -> Mention | None:
    """The last place named as a scene ("in Bryansk", "in Russia's Bryansk region") before a local
    official, in its sentence or the one before."""
    def scene(o: Mention) -> bool:
        tok = doc[o.root]
        if o.kind != "country" or not o.code or o.code in _NON_COUNTRY or tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
            return False
        if tok.dep_ in ("compound", "poss", "nmod"):
            tok = tok.head  # "in Russia's Bryansk region": the region noun is the preposition's object
        return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS
    for sent_index in (official.sent_index, official.sent_index - 1):
        found = [o for o in mentions if o.sent_index == sent_index and o.end <= official.start and scene(o)]
        if found:
            return max(found, key=lambda o: o.start)
    return None


_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "attache", "attaches",
                     "attaché", "attachés", "consul", "consuls"})


def foreign_scene(doc, m: Mention, mentions: list[Mention], top: str) -> bool:
    """A crowd or police in a sentence set in another country's place ("protesters gathered outside
    the U.S. embassy in Jakarta"): the scene, not the story's dominant country, says whose they are."""
    if foreign_role(doc, m):
        return True
    if m.sector not in CROWD_SECTORS | {"COP", "UAF"}:  # gunmen too: "attacked a Chinese-owned mine in the CAR"
        return False
    return any(o.sent_index == m.sent_index and o.kind == "country" and o.code and o.code != top
               and o.code not in _NON_COUNTRY and doc[o.root].dep_ == "pobj"
               and doc[o.root].head.lower_ in _PLACE_PREPS for o in mentions)


_FOREIGN_WORDS = frozenset({"foreign", "overseas", "external"})


def foreign_role(doc, m: Mention) -> bool:
    """"Vucic accused foreign intelligence services of financing the protests": a role the text calls
    foreign is by definition not of the story's (or the dateline's) country ("foreign ministry" is
    an office, not such a role)."""
    if m.kind != "agent" or "minist" in m.text.lower() or "secretary" in m.text.lower():
        return False
    return any(t.lower_ in _FOREIGN_WORDS for t in doc[max(0, m.start - 1):m.root])


def victim(doc, m: Mention) -> bool:
    """A civilian role that is not the subject of its clause ("killing three people", "targeting
    civilians"), or an envoy that is acted upon ("summoned the Baltic ambassadors", "expelled two
    diplomats": envoys summoned or expelled are foreign): its country is the events stage's
    business, not the story's dominant country."""
    tok = doc[m.root]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if _subject(doc[m.root]) or tok.dep_ == "pobj" and tok.head.lower_ == "between":
        return False  # "clashes between demonstrators and security forces": a party, not a victim
    return m.sector == "CVL" or m.text.split()[-1].lower() in _ENVOYS
