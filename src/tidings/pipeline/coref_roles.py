"""Story-level references of role nouns and act nouns (the actors stage, via ``people.resolve_people``).

Split out of ``coref_mentions.py`` (which keeps the country-level rules: dateline, crowds in a
place, descriptions of a country, group roles). Here the rules that resolve a role or an act noun
by what the story said earlier: "the militants" -> the armed group named last, "the package" ->
whoever adopted it, "the strikes" -> the earlier strikers, staff -> their employer, "our forces" ->
the speaker, and the crowd a police action in a time clause was aimed at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import (
    CROWD_SECTORS,
    NON_COUNTRY_CODES,
    STATE_SECTORS,
    tokens_with_lemma,
    tokens_with_lower,
)
from .word_lists import word_list

if TYPE_CHECKING:
    from .base import Mention


# -- descriptions of an organisation (people._pronouns): "the group", "the bloc", "the council" -----

# "the alliance", "the bloc", "the group": definite descriptions of an earlier organisation.
ORG_NPS = {
    "alliance": lambda m: m.code == "IGO" and m.sector == "MIL",
    "bloc": lambda m: m.code in ("EUR", "IGO"),
    "group": lambda m: m.code is not None and m.sector in ("REB", "PRM", "CRM") and m.kind in ("org", "agent"),
    "militants": lambda m: m.code is not None and m.sector in ("REB", "PRM") and m.kind in ("org", "agent"),
    # "banned the Awami League ... The party called the ban illegal"; a party the dictionaries do not know is
    # read as its country's opposition ("Kenya's opposition Orange Democratic Movement ... The party urged")
    "party": lambda m: m.code is not None and m.sector in ("PTY", "OPP") and m.kind in ("org", "agent"),
    # "a complaint with the U.N. Security Council ... The council is due to meet"
    # "... Haiti's transitional presidential council welcomed the vote ... accused the council": a
    # country's council too; the latest council named, however far back (LATEST_ANYWHERE)
    "council": lambda m: m.code is not None and (m.code in ("UNO", "IGO", "EUR") and m.kind == "org"
                                                 or m.kind == "agent" and m.sector in ("GOV", "LEG"))
    and "council" in m.text.lower(),
    # "China's Taiwan Affairs Office said ... The office warned", "the IAEA ... the agency": the body of that
    # name the story named last (never a building: only a named office or agency counts)
    "office": lambda m: m.code is not None and m.kind in ("org", "agent") and "office" in m.text.lower()
    and m.text[:1].isupper(),
    "agency": lambda m: m.code is not None and m.kind == "org" and (
        "agency" in m.text.lower() or "agency" in (m.identifier_text or "").lower()),
    # "The World Health Organization said ... The organisation urged Israeli authorities", "the U.N. nuclear
    # watchdog ... the watchdog": an international body the story named, not the country it is in
    **dict.fromkeys(("organisation", "organization", "watchdog"),
                    lambda m: m.kind == "org" and m.code in ("UNO", "IGO", "NGO", "EUR")),
    # "Yemen's Houthis seized a ship ... The militia said": the armed group named last
    "militia": lambda m: m.code is not None and m.sector in ("REB", "PRM") and m.kind in ("org", "agent"),
    # an armed movement, or a political one ("Bangladesh's opposition ... the movement's leaders")
    "movement": lambda m: m.code is not None and m.sector in ("REB", "PRM", "PTY", "OPP") and m.kind in ("org", "agent"),
}
# descriptions that prefer an organisation the story named (or a role tied to it: "fighters from
# JNIM") to an unnamed role noun of the same sector ("criminals", "gunmen")
NAMED_FIRST = {"group": lambda m: m.kind == "org" or m.identifier_text is not None}
# descriptions whose latest candidate is their referent at any distance (a story names few councils)
LATEST_ANYWHERE = frozenset({"council"})


# -- armed roles: "the militants", "the rebels" -------------------------------------------------


def _scene_armed_roles(doc, mentions: list[Mention]) -> None:
    """"Gang members stormed the town of Mirebalais": unnamed armed men (gang, rebels, gunmen) with no
    country of their own, in a sentence whose countries are all one (the scene), are of that country
    (PLOVER's domestic convention), whatever country the rest of the story names most."""
    codes: dict[int, set[str]] = {}  # every party the sentence names ("Thai troops ... the Laotian border": no scene)
    scenes: dict[int, set[str]] = {}  # named places ("Mirebalais"), not demonyms ("a convoy carrying Chinese workers")
    for m in mentions:
        if m.code and m.code not in NON_COUNTRY_CODES:
            codes.setdefault(m.sent_index, set()).add(m.code)
            if m.kind == "country" and doc[m.root].pos_ == "PROPN" and doc[m.root].dep_ not in ("amod", "compound"):
                scenes.setdefault(m.sent_index, set()).add(m.code)
    for m in mentions:
        if m.kind == "agent" and m.code is None and m.sector in ("CRM", "UAF") and len(codes.get(m.sent_index, ())) == 1 \
                and scenes.get(m.sent_index) == codes[m.sent_index] \
                and not (m.start > 0 and doc[m.start - 1].lower_ == "the"):  # "the attackers" refer back
            m.code = next(iter(codes[m.sent_index]))
            m.confidence = min(m.confidence, 0.6)


def _based_armed_roles(doc, mentions: list[Mention]) -> None:
    """"an attack New Delhi blamed on Pakistan-based militants", "militants based in Pakistan": armed men
    are the country they operate from (a "Dubai-based company" is a firm of no state: not an armed role).
    The actors stage keeps "Pakistan-based" aside as a backer (doc.user_data["backers"])."""
    backers = doc.user_data.get("backers") or {}
    places = {m.root: m for m in mentions if m.kind == "country" and m.code}
    for m in mentions:
        if m.kind != "agent" or m.code is not None or doc[m.root].lower_ not in _ARMED_ROLES:
            continue
        code = None
        if m.start >= 3 and doc[m.start - 1].lower_ == "based" and doc[m.start - 2].text == "-":
            code = next((c for s, (c, suffix) in backers.items() if suffix == "based" and m.start - 6 <= s < m.start - 2),
                        None)
        for acl in doc[m.root].children:
            if acl.dep_ == "acl" and acl.lower_ == "based":
                code = next((places[g.i].code for p in acl.children if p.dep_ == "prep" and p.lower_ == "in"
                             for g in p.children if g.i in places), code)
        if code is not None:
            m.code = code
            m.confidence = min(m.confidence, 0.8)


# "the militants", "the rebels": a definite armed role with no country of its own is the armed
# group the story named last (role nouns are dictionary mentions, so _ORG_NPS never sees them).
_ARMED_ROLES = word_list("people_nouns.json", "armed_roles")
_ARMED_LOOKBACK_SENTS = 3
_ARMED_SECTORS = ("REB", "PRM", "CRM")


def armed_roles(doc, mentions: list[Mention], sent_of) -> None:
    """"The Houthis fired ... Hours later, the militants fired a missile": a definite armed role
    with no country takes the latest armed group (an organisation with a REB/PRM/CRM sector, or a
    role tied to one: "fighters from JNIM") named in the same or the three previous sentences; further
    back, the story's only armed group ("JNIM blockaded Djibo ... [four paragraphs] ... Traore vowed to
    retake the country from the militants"). Runs before the story's main country is given out."""
    _based_armed_roles(doc, mentions)
    # (an armed role with its own country counts too: "Serb gunmen stormed a village ... police killed
    # three of the attackers"; at this point only a modifier or a group can have given it one)
    groups = sorted((m for m in mentions if m.code is not None and (
        m.sector in _ARMED_SECTORS and m.kind in ("org", "agent")
        or m.sector == "UAF" and m.kind == "agent")), key=lambda m: m.start)
    for m in mentions if groups else ():
        if m.kind != "agent" or m.code is not None or m.start == 0 or doc[m.start - 1].lower_ != "the" \
                or not _armed_description(doc, m):
            continue
        before = [g for g in groups if g.end <= m.start]
        if not before:
            continue
        ante = before[-1]
        if sent_of(m.start) - ante.sent_index > _ARMED_LOOKBACK_SENTS and len({g.code for g in before}) > 1:
            continue
        _refer(m, ante)
    _scene_armed_roles(doc, mentions)  # the armed men no reference resolved: their scene's


# "the militant group", "the armed movement": a group noun described only as armed is an armed role too
# (not "the volunteer fighters" or "the pro-government militia", which are another side's)
_GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "organisation", "organization"})
_ARMED_WORDS = frozenset({"militant", "armed", "rebel", "jihadist", "islamist", "insurgent", "extremist", "terrorist",
                          "paramilitary", "separatist"})


def _armed_description(doc, m: Mention) -> bool:
    """"the militants", "the militant group", "the armed group": an armed role, or a group noun whose
    only modifiers say it is armed."""
    head = doc[m.root].lower_
    if m.end - m.start == 1:
        return head in _ARMED_ROLES
    return head in _GROUP_NOUNS and m.root == m.end - 1 \
        and all(t.lower_ in _ARMED_WORDS for t in doc[m.start:m.root])


def _refer(m: Mention, ante: Mention) -> None:
    """``m`` ("the rebels", "the court") stands for ``ante``: its identity, at most 0.8 sure."""
    m.code, m.sector = ante.code, ante.sector
    m.identifier_text, m.identifier_id = ante.identifier_text, ante.identifier_id
    m.antecedent = ante
    m.confidence = min(m.confidence, 0.8)


def acted_on_crowd(tok, covered) -> Mention | None:
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children):
        return None
    main = verb.head
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in main.children if c.dep_ in ("dobj", "obj")), None)
    if subj is None or obj is None:
        return None
    if obj.dep_ == "dobj" and covered[obj.i] is None:  # "a dozen students": the noun under the number
        obj = next((c for c in obj.subtree if covered[c.i] is not None), obj)
    actor, target = covered[subj.i], covered[obj.i]
    if actor is None or target is None or actor.sector not in ("COP", "MIL") or target.code is None \
            or target.sector not in CROWD_SECTORS:
        return None
    return target


# -- "the package", "the resolution" as a subject: whoever adopted it -----------------------------

_ACT_NOUNS = frozenset({"package", "resolution", "sanction", "measure", "decree", "law", "embargo", "order",
                        "directive", "regulation", "bill"})
# attack nouns as subjects ("73 air strikes had killed five fighters"): the earlier attackers, by the same word
_ATTACK_NOUNS = frozenset({"strike", "airstrike", "raid", "bombardment", "shelling"})
_ATTACK_LOOKBACK_SENTS = 6
_HUMAN_VERBS = frozenset({"vow", "say", "pledge", "promise", "warn", "threaten", "add", "call", "urge", "accuse",
                          "deny", "claim", "announce", "demand"})
_ACT_NOUN_LOOKBACK_SENTS = 3
# verbs that make their subject the act's author (not "Fico held up the package")
_ADOPT = frozenset({"approve", "adopt", "impose", "announce", "unveil", "pass", "agree", "introduce", "issue",
                    "sign", "enact", "launch", "slap", "roll", "expand", "extend", "renew", "publish"})


def act_noun_subjects(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> None:
    """"The EU approved a new package of sanctions ... The package also blacklists 105 tankers",
    "The Security Council adopted a resolution ... The resolution demands": a definite act noun as a
    subject does what its adopter does. The adopter is the coded subject of an adopting verb
    ("approved", "imposed", "adopted") whose object (or its "of" phrase) had the same noun, in this
    or the three previous sentences."""
    _Mention = _base.Mention

    for tok in tokens_with_lemma(doc, _ATTACK_NOUNS | _ACT_NOUNS):  # a few words: skip the rest cheaply
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _ATTACK_NOUNS and tok.tag_ == "NNS" \
                and not any(covered[t.i] is not None for t in tok.subtree) \
                and not any(c.dep_ == "relcl" for c in tok.children) \
                and not any(c.dep_ == "conj" and c.lemma_.lower() in _HUMAN_VERBS for c in tok.head.children):
            # not "the strikes, which hit ..." (a retelling), nor a misparse "the strikes had killed five
            # fighters and vowed ..." (strikes do not vow)
            _attackers(doc, tok, mentions, covered, sent_of, _Mention)
            continue
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in _ACT_NOUNS or covered[tok.i] is not None \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
            continue
        lemma, floor = tok.lemma_.lower(), sent_of(tok.i) - _ACT_NOUN_LOOKBACK_SENTS
        adopter = None
        for j in range(tok.i - 1, -1, -1):
            if sent_of(j) < floor:
                break
            t = doc[j]
            if t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() not in _ADOPT:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            # "European Union governments approved": the mention may sit on the subject's modifier
            owners = [] if subj is None else [subj] + [c for c in subj.children if c.dep_ in ("compound", "poss", "amod")]
            found = next((covered[o.i] for o in owners if covered[o.i] is not None and covered[o.i].code), None)
            if found is not None:
                adopter = found
                break
        if adopter is None:
            continue
        start = tok.left_edge.i if doc[tok.left_edge.i].lower_ in ("the", "this", "these") else tok.i
        span = doc[start:tok.i + 1]
        m = _Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                     text=span.text, code=adopter.code, sector=adopter.sector, kind="pronoun",
                     sent_index=sent_of(span.start), root=tok.i, identifier_id=adopter.identifier_id,
                     identifier_text=adopter.identifier_text, other_sectors=list(adopter.other_sectors),
                     office=adopter.office, antecedent=adopter, confidence=min(0.7, adopter.confidence))
        mentions.append(m)
        for t in range(span.start, span.end):
            covered[t] = m


# -- "an employee of Japanese drugmaker Astellas", "'Our forces struck ...,' the General Staff said" ---

_STAFF = frozenset({"employee", "employees", "staff", "staffer", "staffers", "worker", "workers", "crew", "crews",
                    "executive", "executives", "manager", "managers", "engineer", "engineers", "contractor",
                    "contractors"})
# "A spokesman for the Kenyan contingent", "the commander of the Rwandan force": a role of a body that
# the actors stage does not know speaks for the body's country, not for the story's main country
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "head", "chief", "representative",
                           "leader"})
_SAY = frozenset({"say", "tell", "add", "state", "announce", "write", "post"})


def owners_of_staff(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """A company's or agency's staff belong to it, not to the story's main country: "Chinese
    authorities detained an employee of Japanese drugmaker Astellas" -> the employee is JPN."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None or doc[m.root].lower_ not in _STAFF | _SPOKESPEOPLE:
            continue
        for prep in doc[m.root].children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                # "Workers at a Chinese-owned copper mine in Zambia": a hyphen owner of the site is not
                # their employer's state; the site's own place is where they are (or nothing)
                owner = None if obj is None else next(
                    (covered[t.i] for t in obj.subtree if covered[t.i] is not None and covered[t.i].code
                     and not _hyphen_owner(doc, covered[t.i])), None)
                if owner is not None and owner.sector != "CVL":
                    m.code = owner.code
                    m.confidence = min(m.confidence, 0.8)
                break


_SITE_OWNER_SUFFIXES = frozenset({"owned", "run", "operated", "controlled", "built", "made", "funded", "backed",
                                  "financed", "managed"})


def _hyphen_owner(doc, m: Mention) -> bool:
    """"Chinese-owned", "French-operated": the mention only says who owns the thing after it."""
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in _SITE_OWNER_SUFFIXES


def first_person_roles(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"'Our forces struck a Russian depot,' Ukraine's General Staff said": a role owned by "our"
    in a quotation is the speaker's, the subject of the saying verb, not the story's main country."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None \
                or not any(c.dep_ == "poss" and c.lower_ == "our" for c in doc[m.root].children):
            continue
        sent = doc[m.root].sent
        say = sent.root if sent.root.lemma_.lower() in _SAY else None
        subj = None if say is None else next((c for c in say.children if c.dep_ == "nsubj"), None)
        speaker = None if subj is None else covered[subj.i]
        if speaker is not None and speaker.code is not None:
            m.code, m.sector = speaker.code, m.sector or speaker.sector
            m.confidence = min(m.confidence, 0.8)


def _attackers(doc, tok, mentions: list[Mention], covered: list[Mention | None], sent_of, make) -> None:
    """"U.S. and British warplanes struck targets in Yemen ... Saree said 73 air strikes had killed five
    of its fighters": plural strikes with no doer named are the earlier strikers' (same word, six
    sentences back at most): one mention per party on the noun, like a group reference."""
    lemma, floor = tok.lemma_.lower(), sent_of(tok.i) - _ATTACK_LOOKBACK_SENTS
    parties: list[Mention] = []
    for j in range(tok.i - 1, -1, -1):
        if sent_of(j) < floor:
            return
        verb = doc[j]
        if verb.pos_ != "VERB" or verb.lemma_.lower() != lemma:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        for t in subj.subtree:
            m = covered[t.i]
            if m is not None and m.code and m.code not in {p.code for p in parties}:
                parties.append(m)
        break
    if not parties:
        return
    start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i)
    span = doc[start:tok.i + 1]
    group = [make(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                  text=span.text, code=p.code, sector=p.sector, kind="pronoun", sent_index=sent_of(span.start),
                  root=tok.i, identifier_id=p.identifier_id, identifier_text=p.identifier_text,
                  other_sectors=list(p.other_sectors), office=p.office, antecedent=p,
                  confidence=min(0.7, p.confidence)) for p in parties]
    mentions.extend(group)
    for t in range(span.start, span.end):
        covered[t] = group[0]


# -- "Thailand's army said F-16 jets had struck Cambodian targets": the reporter's own forces ------

# Forces and weapons a military reports acting with; wire copy leaves their country to the speaker.
_FORCE_WORDS = word_list("party_nouns.json", "reported_forces")
_REPORTERS = frozenset({"MIL", "GOV"})
_STATE_WORDS = frozenset({"government", "authorities", "administration", "cabinet"})


def reported_own_forces(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> None:
    """"Thailand's army said F-16 jets had struck Cambodian military targets", "Guyana's foreign
    minister said the government would ask the court": forces or a government with no country
    of their own, the active subject of what a military or government body says, are the speaker's,
    unless the clause names the speaker's country too ("Ukraine's air force said drones had struck
    Kyiv" are not Ukrainian drones). One pronoun mention (antecedent: the speaker) on the noun and
    its modifiers; an uncoded role mention there just takes the speaker's country."""
    _Mention = _base.Mention
    tokens_with_lower = _base.tokens_with_lower

    for tok in tokens_with_lower(doc, _FORCE_WORDS):
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
            continue
        old = covered[tok.i]
        if old is not None and old.code is not None:
            continue
        if any(covered[c.i] is not None and covered[c.i] is not old for c in tok.children):
            continue  # "Russian jets", "its troops": the noun has an owner of its own
        verb, say = tok.head, tok.head.head
        if say.lemma_.lower() not in _SAY:
            continue
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        speaker = None if subj is None else covered[subj.i]
        if speaker is not None and speaker.kind == "pronoun" and speaker.antecedent is not None:
            speaker = speaker.antecedent
        if speaker is None or speaker.code is None or speaker.sector not in _REPORTERS:
            continue
        # the clause's own phrases, not a clause inside it ("after rocket fire killed 11 Thai civilians")
        skip = {d.i for c in verb.children if c.dep_ in ("advcl", "ccomp", "conj", "relcl") or c.i == tok.i
                for d in c.subtree}
        if any(covered[t.i] is not None and covered[t.i] is not old and covered[t.i].code == speaker.code
               for t in verb.subtree if t.i not in skip):
            continue
        if old is not None:
            old.code = speaker.code
            old.confidence = min(old.confidence, 0.7)
            continue
        start = min(t.i for t in tok.subtree)
        span = doc[start:tok.i + 1]
        m = _Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                     text=span.text, code=speaker.code, sector="GOV" if tok.lower_ in _STATE_WORDS else "MIL",
                     kind="pronoun", sent_index=sent_of(span.start),
                     root=tok.i, identifier_id=speaker.identifier_id, identifier_text=speaker.identifier_text,
                     antecedent=speaker, confidence=min(0.7, speaker.confidence))
        mentions.append(m)
        for t in range(span.start, span.end):
            covered[t] = m


# -- "..., state news agencies reported": whose state --------------------------------------------

_STATE_MODIFIERS = frozenset({"state", "state-run", "state-owned", "official", "government", "government-run"})
_TIME_MARKS = frozenset({"after", "when", "as", "before", "while", "once"})


def state_outlets_and_police(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"Iran expelled a German diplomat after police detained two German nationals, state news
    agencies reported": state media with no country word report for the state whose act they
    report (the subject of the reported clause), and police in a time clause under a state's act
    are that state's, not the country of the foreigners the story names most (the dominant-country
    rule would make both German)."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None:
            continue
        tok = doc[m.root]
        if m.sector == "JRN" and any(t.lower_ in _STATE_MODIFIERS for t in doc[m.start:m.end]) \
                and tok.dep_ == "nsubj":
            say = tok.head
            clause = next((c for c in say.children if c.dep_ == "ccomp"), None)
            if clause is None and say.dep_ in ("parataxis", "ccomp") and say.head.i != say.i:
                clause = say.head  # "..., state media said" hung under the reported verb
            state = _state_subject(clause, covered)
        elif m.sector in ("COP", "JUD") and tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.head.children):
            state = _state_subject(tok.head.head, covered)
        else:
            continue
        if state is not None:
            m.code = state.code
            m.confidence = min(m.confidence, 0.7)


def _state_subject(verb, covered: list[Mention | None]) -> Mention | None:
    """The verb's subject, when it is a country or one of a country's state bodies."""
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    m = None if subj is None else covered[subj.i]
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    if m is None or not m.code or m.code in ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"):
        return None
    return m if m.kind == "country" or m.sector in STATE_SECTORS else None


# -- "the court": the international court the story named --------------------------------------

_COURT_WORDS = frozenset({"court", "tribunal"})


def court_references(doc, mentions: list[Mention]) -> None:
    """"The International Court of Justice ordered Venezuela ... Guyana said it would ask the court
    to annul the vote": a bare "the court" with no country is the court organisation (ICJ, ICC) the
    story named earlier, however far back, not a court of the story's main country."""
    courts = sorted((m for m in mentions if m.kind == "org" and m.code and m.sector == "JUD"), key=lambda m: m.start)
    if not courts:
        return
    for m in mentions:
        if m.kind != "agent" or m.code is not None or m.end - m.start != 1 or m.start == 0 \
                or doc[m.start].lower_ not in _COURT_WORDS or doc[m.start - 1].lower_ != "the":
            continue
        ante = next((c for c in reversed(courts) if c.end <= m.start), None)
        if ante is not None:
            _refer(m, ante)


# -- third parties: mediators and hosts of other parties' talks ---------------------------------

# Verbs whose doer stands between two other parties: "mediated by Qatar and Turkey", "Egypt brokered
# the truce", "Oman has facilitated indirect talks". Hosting and convening count only when what is
# hosted is other parties' talks ("hosted talks between ..."): "China hosted Putin" makes China a party.
_BROKER_VERBS = frozenset({"mediate", "broker", "facilitate", "arbitrate", "moderate"})
_HOST_VERBS = frozenset({"host", "convene", "sponsor", "chair"})
# (a hosted summit or meeting makes the host a party unless it is "between" others)
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "round"})
# Nouns that name a third party's role: "Qatari mediators", "mediators Egypt and Qatar", "Egypt's
# mediation", "with Qatar and Turkey acting as mediators".
BROKER_NOUNS = frozenset({"mediator", "mediators", "broker", "brokers", "facilitator", "facilitators", "intermediary",
                          "intermediaries", "go-between", "guarantor", "guarantors", "mediation"})


_BROKER_FORMS = frozenset(
    [v + end for v in ("mediat", "facilitat", "arbitrat", "moderat") for end in ("e", "es", "ed", "ing")]
    + [v + end for v in ("broker", "host", "sponsor", "chair") for end in ("", "s", "ed", "ing")]
    + ["convene", "convenes", "convened", "convening", "-mediated", "-brokered", "-hosted"] + list(BROKER_NOUNS))


def third_parties(doc, mentions: list[Mention]) -> list[Mention]:
    """The story's coded mentions that stand between other parties (first mention per code, in
    story order): the mediators and the hosts of other parties' talks. A group reference ("the two
    sides", "the neighbours") never stands for them, and "the mediators" stands for them."""
    marked: set[int] = set()
    for tok in tokens_with_lower(doc, _BROKER_FORMS):  # a few words: no Token object for every other one
        lem = tok.lemma_.lower()
        low = tok.lower_
        if lem in _BROKER_VERBS or lem in _HOST_VERBS and _hosts_talks(tok):
            for ch in tok.children:
                if ch.dep_ == "agent":  # "talks mediated by Qatar and Turkey"
                    marked.update(_with_conjuncts(g) for g in ch.children if g.dep_ == "pobj")
            marked.update(_with_conjuncts(s) for s in _doers(tok))  # "Qatar mediated between ..."
            if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):  # "a Qatari-brokered truce"
                marked.add(_with_conjuncts(doc[tok.i - 2]))
        elif low in BROKER_NOUNS:
            marked.add(_with_conjuncts(tok))  # "Qatari mediators": the mention is on the noun
            for ch in tok.children:
                if ch.dep_ in ("appos", "compound", "poss", "amod", "nmod"):  # "mediators Egypt and Qatar"
                    marked.add(_with_conjuncts(ch))
                elif ch.dep_ == "prep" and ch.lower_ in ("by", "of", "from"):  # "mediation by Qatar"
                    marked.update(_with_conjuncts(g) for g in ch.children if g.dep_ == "pobj")
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
                marked.update(_with_conjuncts(s) for s in _doers(head.head))  # "Qatar acted as mediator"
            elif tok.dep_ == "appos":  # "Qatar and Egypt, the mediators, said"
                marked.add(_with_conjuncts(head))
            elif tok.dep_ in ("attr",):  # "Qatar has been the main mediator"
                marked.update(_with_conjuncts(s) for s in _doers(head))
    flat = {i for group in marked for i in group}
    out: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.code and m.code not in out and m.kind != "pronoun" and any(m.start <= i < m.end for i in flat):
            out[m.code] = m
    return list(out.values())


def _with_conjuncts(tok) -> frozenset[int]:
    """The token, its conjuncts and their modifiers' heads ("Qatar and Turkey", "Egyptian and Qatari")."""
    return frozenset([tok.i, *(c.i for c in tok.conjuncts)])


def _doers(verb) -> list:
    """The subjects of a verb, through control ("Qatar offered to mediate") and relative clauses
    ("Egypt, which brokered the truce")."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj",)]
        if subj:
            return [v.head if s.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else s for s in subj]
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
    return []


def _hosts_talks(verb) -> bool:
    """"hosted talks between", "Saudi Arabia hosted the first meeting between the two countries",
    "talks hosted by Qatar": what is hosted is a meeting of others."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        objs.append(verb.head)
    for o in objs:
        if o.lemma_.lower() in _TALK_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in o.children):
            return True
        if any(t.lower_ == "between" for t in o.subtree):
            return True
    return False


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import base as _base  # noqa: E402
