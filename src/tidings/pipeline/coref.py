"""Story-level references between events: reactions whose target was named earlier.

Wire stories name an act once and then react to it by a definite description: "U.S. and
British warplanes struck targets in Yemen. Iran condemned the strikes", "The EU imposed
new sanctions on Russia. The Kremlin called the sanctions illegal", "The ICC issued
warrants ... Hamas welcomed the warrants". The reaction's recipient is whoever did the
act; the sentence itself names no one. Likewise a vow to retaliate is aimed at whoever
last acted against the speaker ("The EU sanctioned Iranian officials. Tehran vowed to
respond").

``implicit_recipients(earlier, found, si, sent)`` is called by the events stage once per
sentence (like ``carry_recipients``), after the sentence's candidates ``found`` are built and
before they join ``earlier`` (``ctx.candidates``). It
only fills a recipient that is missing (no coded recipient), and only from an antecedent
event of a type the description can name, by another party, at most three sentences
back. It never overrides what the sentence says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .base import Candidate, Mention

_HOSTILE = ("ASSAULT", "SANCTION", "COERCE", "THREATEN", "ACCUSE", "MOBILIZE", "REJECT")
# A definite noun naming an earlier act -> the event types it can refer back to.
_REFERENCE_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("strike", "airstrike", "attack", "bombing", "shelling", "assault", "offensive",
                     "invasion", "incursion", "killing", "bombardment", "barrage", "aggression"),
                    ("ASSAULT",)),
    **dict.fromkeys(("raid", "operation"), ("ASSAULT", "COERCE")),
    **dict.fromkeys(("sanction", "penalty", "embargo", "tariff", "expulsion", "blacklisting", "ban",
                     "restriction", "package"), ("SANCTION",)),
    "measure": ("SANCTION",),
    **dict.fromkeys(("drill", "exercise", "manoeuvre", "maneuver", "deployment", "buildup", "build-up"),
                    ("MOBILIZE",)),
    **dict.fromkeys(("arrest", "detention", "crackdown", "seizure", "deportation", "closure"), ("COERCE",)),
    "warrant": ("THREATEN", "ACCUSE", "COERCE"),
    "indictment": ("ACCUSE",),
    "charge": ("ACCUSE",),
    "accusation": ("ACCUSE",),
    "threat": ("THREATEN",),
    "ultimatum": ("THREATEN",),
    "veto": ("REJECT",),
    "rejection": ("REJECT",),
    "refusal": ("REJECT",),
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "truce", "ceasefire", "memorandum"),
                    ("AGREE", "SUPPORT", "CONCEDE", "COOPERATE")),
    **dict.fromkeys(_GENERIC := ("decision", "move", "step", "ruling", "verdict", "action"),
                    ("SANCTION", "COERCE", "THREATEN", "ACCUSE", "REJECT", "ASSAULT", "CONCEDE", "AGREE",
                     "SUPPORT", "MOBILIZE", "RETREAT")),
}
# Agreements name every party of the deal; other acts name their doer.
_ALL_PARTIES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"})
# Reactions that take a reference as their recipient.
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
# Determiners that make a noun refer back ("the strikes", "these measures").
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
# Prepositions on a reaction verb whose object is what it reacts to ("protested against the decision").
_ABOUT = frozenset({"about", "over", "against", "of", "to", "at"})
# Verbs (and their nouns) of retaliation: the target is whoever last acted against the speaker.
_RETALIATE = frozenset({"respond", "retaliate", "reply", "react", "avenge", "response", "retaliation",
                        "reprisal", "countermeasure", "counter-measure"})
# How far back an antecedent may be: the same word ("imposed sanctions" ... "the sanctions")
# carries further than another word of the type ("struck" ... "the attack"); a generic word
# ("the decision", "the move") names only the latest act.
_LOOKBACK_SAME_WORD = 6
_LOOKBACK = 3
_LOOKBACK_GENERIC = 2


def implicit_recipients(earlier: list[Candidate], found: list[Candidate], si: int, sent: Span) -> None:
    """Fill the missing recipient of a reaction to an earlier act named by a definite
    description, or of a vow to retaliate (see the module docstring)."""
    doc = sent.doc
    for c in found:
        if any(m.code for m in c.recipient) or not any(m.code for m in c.actor):
            continue
        own = {m.code for m in c.actor if m.code}
        trig = doc[c.trigger]
        ante: Candidate | None = None
        if c.event in _REACTIONS:
            for noun in _reference_objects(trig):
                ante = _antecedent(doc, earlier, found, c, si, noun, own)
                if ante is not None:
                    break
        if ante is None and c.event in ("THREATEN", "SANCTION", "ASSAULT", "ACCUSE", "COERCE"):
            ante = _retaliation_target(doc, earlier, found, c, si, trig, own)
        if ante is None and c.event in _REPEATED:
            ante = _same_act_earlier(earlier, c, si)
        if ante is None and c.event == "ACCUSE" and _bare_disapproval(doc, c, sent):
            ante = _latest_hostile(earlier, found, c, si, own)
        if ante is None and c.event in _REACTIONS | {"REQUEST"}:
            parallel = _parallel_reaction(earlier, found, c, si, sent, own)
            if parallel:
                c.recipient = parallel
                c.confidence = round(max(0.05, c.confidence - 0.1), 3)
                c.extra["coref.recipient_from"] = parallel[0].sent_index
            continue
        if ante is None:
            continue
        if ante.event == c.event and c.event in _REPEATED:
            parties = list(ante.recipient)  # the same act told again: same target
        else:
            parties = list(ante.actor) + (list(ante.recipient) if ante.event in _ALL_PARTIES else [])
        recipient = _distinct([m for m in parties if m.code and m.code not in own])
        if not recipient:
            continue
        c.recipient = recipient
        c.confidence = round(max(0.05, c.confidence - 0.1), 3)
        c.extra["coref.recipient_from"] = ante.sent_index


# "Japan and Australia also expressed concern": the same reaction as the previous one, by others.
_PARALLEL = frozenset({"also", "too", "likewise", "similarly", "joined"})


def _parallel_reaction(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, sent: Span,
                       own: set[str | None]) -> list[Mention]:
    """A reaction with no recipient in a sentence that draws a parallel ("also", "too",
    "likewise") takes the recipient of the latest reaction of the same type by another party,
    one sentence back at most (or earlier in the same sentence)."""
    if not any(t.lower_ in _PARALLEL for t in sent):
        return []
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if p.sent_index >= si - 1] + same):
        if p.event != c.event:
            continue
        actors = {m.code for m in p.actor if m.code}
        recipients = [m for m in p.recipient if m.code and m.code not in own]
        if actors and not actors & own and recipients:
            return _distinct(recipients)
        return []
    return []


# One-sided acts a story tells twice ("Russia launched a missile attack on Ukraine ... Moscow said it
# had struck military targets"): the retelling without a target has the first telling's target.
_REPEATED = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _same_act_earlier(earlier: list[Candidate], c: Candidate, si: int) -> Candidate | None:
    """The latest earlier event of the same type by the same single party (three sentences back
    at most) that has a coded target other than that party."""
    own = {m.code for m in c.actor if m.code}
    if len(own) != 1:
        return None  # two-sided fighting has no target to carry
    for p in reversed([p for p in earlier if si - _LOOKBACK <= p.sent_index < si]):
        if p.event == c.event and {m.code for m in p.actor if m.code} == own:
            targets = {m.code for m in p.recipient if m.code}
            return p if targets and not targets & own else None
    return None


_CONCERN = frozenset({"concern", "alarm", "dismay", "outrage", "regret", "condemnation", "disapproval"})


def _bare_disapproval(doc: Doc, c: Candidate, sent: Span) -> bool:
    """"Japan also expressed concern", "voiced alarm": disapproval that names no object."""
    if any(t.lower_ in _PARALLEL for t in sent):
        return True
    words = doc[c.trigger_start:c.trigger_end]
    trig = doc[c.trigger]
    objs = [t for t in trig.children if t.dep_ in ("dobj", "obj")]
    nouns = [t for t in list(words) + objs if t.lemma_.lower() in _CONCERN]
    # "expressed concern about the raid" is handled by the reference; "concern about Iran" has its own
    return bool(nouns) and not any(ch.dep_ == "prep" for n in nouns for ch in n.children) \
        and not any(ch.dep_ == "prep" and ch.lower_ in _ABOUT for ch in trig.children)


def _latest_hostile(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int,
                    own: set[str | None]) -> Candidate | None:
    """The latest hostile act by another party, in this sentence or the previous one."""
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if p.sent_index >= si - 1] + same):
        if p.event in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"):
            actors = {m.code for m in p.actor if m.code}
            if actors and not actors & own:
                return p
    return None


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: set[str | None] = set()
    out = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


def _reference_objects(trig: Token) -> list[Token]:
    """Definite event nouns the reaction is about: its object ("condemned the strikes"), the
    subject of its small clause ("called the warrants outrageous"), or the object of an
    about-preposition ("protested against the decision")."""
    out = []
    for ch in trig.children:
        if ch.dep_ in ("dobj", "obj"):
            out.append(ch)
        elif ch.dep_ in ("ccomp", "xcomp", "oprd"):
            out.extend(g for g in ch.children if g.dep_ in ("nsubj",))
        elif ch.dep_ == "prep" and ch.lower_ in _ABOUT:
            out.extend(g for g in ch.children if g.dep_ == "pobj")
    return [t for t in out if _is_reference(t)]


def _is_reference(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _REFERENCE_NOUNS:
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    possessed = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
    if possessed:
        return False
    if dets:
        return dets[0].lower_ in _DEFINITE
    # "Tuesday's strikes", "last week's raid": a dated possessive is definite too
    return any(c.dep_ == "poss" for c in noun.children)


def _antecedent(doc: Doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, noun: Token,
                own: set[str | None]) -> Candidate | None:
    types = _REFERENCE_NOUNS[noun.lemma_.lower()]
    lemma = noun.lemma_.lower()
    same_sentence = [p for p in found if p is not c and p.trigger < noun.i]
    pool = list(reversed([p for p in earlier if p.sent_index < si] + same_sentence))
    generic = lemma in _GENERIC
    # the same word first ("the sanctions" after "imposed sanctions"), then any act of the type
    for strict in (False,) if generic else (True, False):
        reach = _LOOKBACK_GENERIC if generic else _LOOKBACK_SAME_WORD if strict else _LOOKBACK
        for p in pool:
            if p.sent_index < si - reach:
                break
            if p.event not in types or p.trigger == noun.i or _background(doc, p.trigger, noun):
                continue
            if p.event in _REACTIONS and _reference_objects(doc[p.trigger]):
                continue  # another reaction to the same act ("Biden called the warrants outrageous")
            if strict and doc[p.trigger].lemma_.lower() != lemma \
                    and not _trigger_words(doc, p, lemma):
                continue
            codes = {m.code for m in p.actor if m.code}
            if p.event in _ALL_PARTIES:
                codes |= {m.code for m in p.recipient if m.code}
            # a party reacting to its own act or deal ("Badenoch criticised the agreement" her
            # government signed) is no reaction to someone else: leave it
            if not codes or codes & own:
                continue
            return p
    return None


def _background(doc: Doc, trigger: int, noun: Token) -> bool:
    """An act dated by a year ("has restricted imports since 2014", "in 2012") is background;
    a reaction that names no year reacts to the story's news, not to it."""
    def years(sent) -> bool:
        return any(e.label_ == "DATE" and any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
                                               for t in e) for e in sent.ents)
    return years(doc[trigger].sent) and not years(noun.sent)


def _trigger_words(doc: Doc, p: Candidate, lemma: str) -> bool:
    """The act's trigger phrase or the object of its verb says the word ("imposed sanctions")."""
    words = list(doc[p.trigger_start:p.trigger_end])
    words += [c for c in doc[p.trigger].children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(t.lemma_.lower() == lemma for t in words)


def _retaliation_target(doc: Doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, trig: Token,
                        own: set[str | None]) -> Candidate | None:
    """"Tehran vowed to respond", "Moscow retaliated", "in response to the sanctions": the latest
    hostile act whose recipient is the speaker, by someone else, at most three sentences back."""
    words = [trig] + [t for t in trig.subtree if t.dep_ in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "prep")]
    if not any(t.lemma_.lower() in _RETALIATE for t in words):
        return None
    for ch in trig.subtree:  # "in response to the sanctions": the named act decides
        if ch.dep_ == "pobj" and _is_reference(ch):
            ante = _antecedent(doc, earlier, found, c, si, ch, own)
            if ante is not None:
                return ante
    same_sentence = [p for p in found if p is not c and p.trigger < c.trigger]
    prior = [p for p in earlier if si - _LOOKBACK <= p.sent_index < si]
    for p in reversed(prior + same_sentence):
        if p.event not in _HOSTILE:
            continue
        if own & {m.code for m in p.recipient if m.code} and not own & {m.code for m in p.actor if m.code}:
            return p
    return None


# -- mentions: the dateline's country for officials the story does not tag ---------------------

_NON_COUNTRY = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# Captives are where they are held, not from there: "hostages in Gaza" are not Palestinian, and a
# story's main country is often their captor's.
CAPTIVES = frozenset({"hostage", "detainee", "prisoner", "captive", "abductee", "inmate", "hostages", "detainees",
                      "prisoners", "captives",
                      # likewise people who came from elsewhere (not the displaced, who are at home)
                      "refugee", "refugees", "migrant", "migrants", "asylum-seekers", "seekers"})
# Sectors of a country's own institutions and people: in a story datelined NIAMEY, "President
# Mohamed Bazoum", "the interior ministry", "police" and "the presidential guard" are Niger's.
_DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "ELI", "SPY", "JRN", "EDU",
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
    from ..datelines import dateline_ends

    ends = dateline_ends(doc.text[:200])
    if not ends:
        return
    end = ends[0]
    in_dateline = [m for m in mentions if m.end_char <= end and m.kind == "country" and m.code
                   and m.code not in _NON_COUNTRY]
    if not in_dateline:
        return
    code = in_dateline[0].code
    counts: dict[str, int] = {}
    for m in mentions:
        if m.start_char >= end and m.code and m.code not in _NON_COUNTRY and m.kind != "pronoun":
            counts[m.code] = counts.get(m.code, 0) + 1
    if not counts.get(code) or any(n > counts[code] for c, n in counts.items() if c != code):
        return
    foreign_sents = {m.sent_index for m in mentions
                     if m.code and m.code != code and m.code not in _NON_COUNTRY and m.start_char >= end}
    named: set[str] = set()
    for m in mentions:
        if m.code is not None or m.start_char < end or m.sent_index in foreign_sents:
            continue
        if m.kind == "person" and (m.office or m.sector in _DOMESTIC_SECTORS) \
                or m.kind == "agent" and m.sector in _DOMESTIC_SECTORS and m.text.split()[-1].lower() not in CAPTIVES \
                and not backed_role(doc, m):
            m.code = code
            m.confidence = min(m.confidence, 0.6)
            if m.kind == "person" and m.identifier_text:
                named.add(m.identifier_text.lower())
    for m in mentions:  # the same person later by surname ("Bazoum"), wherever it stands
        if m.code is None and m.kind == "person" and (m.identifier_text or "").lower() in named:
            m.code = code
            m.confidence = min(m.confidence, 0.6)


# -- mentions: crowds take the country of the place they are in --------------------------------

_CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})
_PLACE_PREPS = frozenset({"in", "through", "across", "outside", "near", "at", "into", "around", "towards",
                          "toward", "throughout", "inside"})


def place_crowds(doc, mentions: list[Mention]) -> None:
    """"Thousands of protesters marched through Belgrade", "Farmers rallied in Paris": a crowd
    (protesters, students, workers, farmers, opposition supporters) with no country takes the
    country of the place its sentence puts the scene in, when that sentence names no other
    country. Confidence 0.7."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent_index, []).append(m)
    for ms in by_sent.values():
        crowds = [m for m in ms if m.kind == "agent" and m.code is None and m.sector in _CROWD_SECTORS
                  and _subject(doc[m.root])]
        if not crowds:
            continue
        codes = {m.code for m in ms if m.code and m.code not in _NON_COUNTRY}
        if len(codes) != 1:
            continue
        places = [m for m in ms if m.kind == "country" and m.code in codes and doc[m.root].dep_ == "pobj"
                  and doc[m.root].head.lower_ in _PLACE_PREPS]
        if not places:
            continue
        for m in crowds:
            m.code = places[0].code
            m.confidence = min(m.confidence, 0.7)


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

def clause_subjects(tok) -> set[int]:
    """Token indices of the subjects of the clause around ``tok`` (and of the verbs it is
    coordinated with or controlled by): "Blinken spoke with Bazoum and pledged support for him"
    -> {Blinken}. A non-reflexive object pronoun never stands for them."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    out: set[int] = set()
    for _ in range(4):
        out.update(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            break
        verb = verb.head
    return out


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
}
_COUNTRY_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "HYPH", "VBN", "NN", "NNP"})


def country_description_start(doc, tok, covered) -> int | None:
    """Index of "the" opening a singular description of a country ("the country", "the Gulf
    kingdom", "the island nation", "the oil-rich emirate"), or None. Not "the island of Hainan",
    not "the country's two leaders"-style plurals, not capitalised names ("the Kingdom of ...")."""
    if tok.tag_ != "NN" or not tok.text.islower():
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
        return None
    i = tok.i - 1
    for _ in range(4):
        if i < 0 or covered[i] is not None:
            return None
        if doc[i].lower_ == "the":
            return i
        if doc[i].tag_ not in _COUNTRY_MODIFIER_TAGS or doc[i].lower_ in ("two", "both"):
            return None
        i -= 1
    return None


# -- "commanders from both countries": a role of a group phrase --------------------------------

def roles_of_groups(doc, mentions: list[Mention]) -> list[Mention]:
    """"Regional commanders from both countries", "officials of the two governments": a role
    with no country whose of/from phrase is a resolved group phrase stands for every party of
    the group, with its own sector (one pronoun mention per party on the role's span)."""
    from .base import Mention as _Mention

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
    from .base import Mention as _Mention

    countries = {m.root: m for m in mentions if m.kind == "country" and m.code and m.code not in _NON_COUNTRY}
    if not countries:
        return mentions
    out: list[Mention] = []
    added: list[Mention] = []
    for m in mentions:
        found: list[Mention] = []
        if m.kind == "agent" and m.code is None and m.sector and m.text.split()[-1].lower() not in CAPTIVES:
            for prep in doc[m.root].children:
                # "in" only for the doer: victims "in Nigeria" are left to the events stage's rules
                if prep.dep_ == "prep" and (prep.lower_ in ("of", "from") or prep.lower_ == "in"
                                            and _subject(doc[m.root])):
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
    from ..datelines import dateline_ends

    ends = dateline_ends(doc.text[:200])
    return ends[0] if ends else 0


_FORCE_SECTORS = frozenset({"MIL", "PRM", "REB", "GOV", "OPP", "UAF"})


def civil_war_sides(sent_mentions: list[Mention], before: int) -> list[Mention]:
    """"Sudan's army and the paramilitary Rapid Support Forces ... Both sides": a sentence naming
    exactly two armed or governing forces of one country (different sectors) gives "both sides"
    its two parties, though they share a country code."""
    forces: dict[tuple[str | None, str | None], Mention] = {}
    for m in sent_mentions:
        if m.end <= before and m.code and m.kind in ("agent", "org") and m.sector in _FORCE_SECTORS:
            forces.setdefault((m.code, m.sector), m)
    found = list(forces.values())
    return found if len(found) == 2 and len({m.code for m in found}) == 1 else []


def principal_parties(mentions: list[Mention], count: int, after: int = 0) -> list[Mention]:
    """The story's ``count`` most named countries, when they stand out: each named at least twice
    and more often than the next one ("Russia ... Ukraine ... The two countries last held direct
    talks in 2022"). One mention per country (its first); [] when the story has no clear pair."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.code and m.code not in _NON_COUNTRY and m.kind in ("country", "agent", "person", "org") \
                and m.start_char >= after:
            counts[m.code] = counts.get(m.code, 0) + 1
            first.setdefault(m.code, m)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < count or ranked[count - 1][1] < 2:
        return []
    if len(ranked) > count and ranked[count][1] >= ranked[count - 1][1]:
        return []
    return [first[code] for code, _ in ranked[:count]]


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
