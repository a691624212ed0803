"""Definite descriptions that point back to a country's institution or weapons (actors stage).

Wire copy names an institution once with its country and then drops the country:

* "China's foreign ministry spokesman Guo Jiakun said ... The ministry also accused Hanoi": *the
  ministry* is the country whose ministry, minister or spokesperson the story named last (not the
  story's most-named country, which the dominant-country rule would give);
* "Pakistan's military said ... , the military said"; "China's coast guard ... the coast guard had
  acted": the same institution named last; with none, the one the speaker runs ("Pakistan's
  information minister denied that the army had sent drones");
* "Pakistan's military said it had shot down 25 Indian drones ... The drones struck a military
  installation": *the drones* (rockets, missiles) are whoever's drones the story named last, the
  other side's, not the speaker's.

Called from ``people.resolve_people`` before the dominant-country and dateline rules, which would
otherwise give these mentions the story's main country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import base as _base
from .base import (
    NON_COUNTRY_CODES,
    STATE_SECTORS,
    tokens_with_lemma,
    tokens_with_lower,
    verb_above,
    word_reference,
)
from .coref_coalitions import bare_coalitions
from .coref_continuity import announcing_subject, previous_subject_it, relative_host_party
from .coref_mentions import clause_subjects
from .event_business import COMPANY_HEADS

if TYPE_CHECKING:
    from .base import Mention

_NON_COUNTRY = NON_COUNTRY_CODES
_ARMED = ("REB", "PRM", "CRM", "UAF")
_LOOKBACK_SENTS = 4
# words of an office or a mention that tie a person or body to a ministry
_MINISTRY_CUES = ("ministry", "ministries", "minister", "spokes", "secretary", "department")
# "the defence ministry" prefers an antecedent of the same ministry; spellings that count as one
_QUALIFIER_FORMS = {"defense": ("defence", "defense"), "defence": ("defence", "defense"),
                    "foreign": ("foreign", "external affairs", "secretary of state", "state department")}
_SKIP_QUALIFIERS = frozenset({"the", "ministry", "'s", "its"})
# institutions referred back to by the same head word ("the coast guard" <- "China's coast guard")
_FORCE_HEADS = frozenset({"military", "army", "navy", "guard", "force", "forces", "police"})
# bodies referred back to by the same head word ("the mission" <- "the UN mission")
_BODY_HEADS = frozenset({"mission", "delegation", "commission"})
# a firm referred back to by what it is: event_business's company heads, singular ("the traders" are people)
_FIRM_HEADS = frozenset(w for w in COMPANY_HEADS if not w.endswith("s")) | {
    "marketplace", "shipbuilder", "drugmaker", "utility"}
# a military government referred back to by what wire copy calls it, however far back (a story has one)
_RULER_HEADS = frozenset({"junta", "regime"})
_RULER_WORDS = ("junta", "military government", "military rulers", "military authorities", "military council",
                "military leader", "regime")
# weapons, vessels and aircraft referred back to as a definite plural subject ("The ships also fired water cannon")
WEAPONS = frozenset({"drones", "rockets", "missiles", "shells", "warplanes", "jets", "uavs", "ships", "vessels",
                     "warships", "boats", "aircraft", "planes", "bombers", "helicopters", "tanks"})
_LOYAL = frozenset({"loyal", "allied", "aligned", "linked", "affiliated", "answerable", "close", "faithful"})
_SAY_OR_DENY = frozenset({"say", "tell", "add", "state", "deny", "claim", "insist", "announce", "write"})


def definite_institutions(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """Resolve "the ministry", "the military", "the drones"; returns the new weapon mentions."""
    _compound_bodies(doc, mentions, covered)
    seated_bodies(doc, mentions, sent_of)
    ordered = sorted((m for m in mentions if m.code and m.code not in _NON_COUNTRY and m.kind != "pronoun"),
                     key=lambda m: m.start)
    bodies = [m for m in mentions if m.code and m.kind == "agent" and doc[m.root].lower_ in _BODY_HEADS]
    # named firms, whose code may be MNC: "the company" is the firm the story named last
    firms = sorted((m for m in mentions if m.code and m.sector == "BUS" and m.kind == "org"), key=lambda m: m.start)
    if not ordered and not bodies and not firms:
        return []
    for m in mentions:
        if m.kind == "agent" and m.code is None and (patron := _patron(doc[m.root], covered)) is not None:
            m.code, m.confidence = patron.code, min(m.confidence, 0.7)  # "authorities loyal to Haftar"
            continue
        if m.kind != "agent" or m.code is not None or m.start == 0 or doc[m.start - 1].lower_ != "the":
            continue
        head = doc[m.root].lower_
        if head == "ministry" or head == "office" and doc[m.root - 1].lower_ == "foreign":  # (the British usage)
            ante = _ministry_antecedent(doc, m, ordered, sent_of) or _joined_subject(doc[m.root], covered) or \
                announcing_subject(doc[m.root], covered, STATE_SECTORS, _NON_COUNTRY)
        elif head in _FORCE_HEADS:
            ante = _same_head(doc, m, head, ordered, sent_of) or _speaker(doc[m.root], covered)
        elif head in _BODY_HEADS:  # "the head of the UN mission ... The mission had accused": the UN's
            ante = _same_head(doc, m, head, sorted(bodies, key=lambda b: b.start), sent_of)
        elif head in _RULER_HEADS:  # "Niger's military government said ... The junta has accused Paris"
            ante = next((a for a in reversed(ordered) if a.end <= m.start and a.sector in ("GOV", "MIL")
                         and any(w in a.text.lower() for w in _RULER_WORDS)), None)
        elif m.sector == "BUS" and head in _FIRM_HEADS:  # "licence of French miner Orano ... the company"
            # (named in an earlier sentence: the story's firm, not a firm beside it in the clause)
            ante = next((a for a in _recent(m, firms, sent_of) if a.kind == "org" and a.sent_index < sent_of(m.start)),
                        None)
        else:
            continue
        if ante is not None:
            m.code = ante.code
            m.identifier_text, m.identifier_id = ante.identifier_text, ante.identifier_id
            m.confidence = min(m.confidence, 0.8)
    return _weapons(doc, covered, sent_of) + bare_coalitions(doc, mentions, covered, sent_of)


# bodies an international organisation is referred back to as, by its seat ("the Hague-based tribunal")
_SEATED_HEADS = frozenset({"tribunal", "court", "body", "organisation", "organization", "agency", "watchdog",
                           "institution", "bloc", "alliance"})


def seated_bodies(doc, mentions: list[Mention], sent_of) -> None:
    """"quit the International Criminal Court, accusing the Hague-based tribunal of ...": a definite body
    described by its seat is the international organisation of the same sector the story named just before
    (its seat is not its country); a firm or court with no such antecedent keeps the seat's country."""
    orgs = [m for m in mentions if m.kind == "org" and m.code in _NON_COUNTRY]
    for m in mentions:
        if m.kind != "agent" or not orgs or doc[m.root].lower_ not in _SEATED_HEADS or m.start < 3 \
                or doc[m.start - 1].lower_ != "based" or doc[m.start - 2].text != "-":
            continue
        det = next((t for t in doc[max(0, m.start - 7):m.start - 2] if t.dep_ == "det"), None)
        if det is None or det.lower_ != "the":
            continue
        ante = next((a for a in reversed(orgs) if a.end <= m.start and sent_of(m.start) - a.sent_index <= 1
                     and (a.sector == m.sector or m.sector is None or a.sector is None)), None)
        if ante is not None:
            m.code, m.identifier_text, m.identifier_id = ante.code, ante.identifier_text, ante.identifier_id
            m.confidence = min(m.confidence, 0.8)


def late_ministries(doc, mentions: list[Mention], sent_of) -> None:
    """"China sent warplanes around Taiwan, the island's defence ministry said. The ministry accused
    Beijing ...": a ministry whose country came from a description's possessive ("the island's", "the
    kingdom's") is known only after the pronoun pass; "the ministry" after it, still uncoded, is that one."""
    ordered = sorted((m for m in mentions if m.code and m.code not in _NON_COUNTRY and m.kind == "agent"),
                     key=lambda m: m.start)
    for m in mentions:
        if m.kind == "agent" and m.code is None and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                and doc[m.root].lower_ == "ministry" \
                and (ante := _ministry_antecedent(doc, m, ordered, sent_of)) is not None:
            m.code = ante.code
            m.identifier_text, m.identifier_id = ante.identifier_text, ante.identifier_id
            m.confidence = min(m.confidence, 0.8)


def _compound_bodies(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"the head of the UN mission": a body noun the matcher left apart from the organisation named in
    its compound is that organisation's (not the story's main country's)."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None or doc[m.root].lower_ not in _BODY_HEADS:
            continue
        for c in doc[m.root].children:
            owner = covered[c.i] if c.dep_ == "compound" and c.i < m.start else None
            if owner is not None and owner is not m and owner.code and owner.kind != "pronoun":
                m.code, m.confidence = owner.code, min(m.confidence, 0.8)
                m.identifier_text, m.identifier_id = owner.identifier_text, owner.identifier_id
                break


def _patron(tok, covered) -> Mention | None:
    """"authorities loyal to eastern commander Khalifa Haftar", "militias allied with the army of
    Sudan": a role described by whom it serves is of that party's country (not the story's main one).
    (Not where it is based: "a Shenzhen-based firm" may be anyone's, docs/plover-decisions.md, round 6.)"""
    for a in tok.children:
        if a.dep_ == "poss" and (m := covered[a.i]) is not None and m.kind == "agent" and m.code \
                and m.code not in _NON_COUNTRY and a.i < tok.i:
            return m  # "Belgian farmers' unions", "Kenyan doctors' union": the members' country
        if a.dep_ == "amod" and a.lower_ in _LOYAL:
            for prep in a.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    for pobj in prep.children:
                        m = covered[pobj.i] if pobj.dep_ == "pobj" else None
                        if m is not None and m.kind == "pronoun" and m.antecedent is not None:
                            m = m.antecedent
                        if m is not None and m.code and m.code not in _NON_COUNTRY:
                            return m
    return None


def _recent(m: Mention, ordered: list[Mention], sent_of):
    here = sent_of(m.start)
    for a in reversed(ordered):
        if a.end > m.start:
            continue
        if here - a.sent_index > _LOOKBACK_SENTS:
            return
        yield a


def _ministry_antecedent(doc, m: Mention, ordered: list[Mention], sent_of) -> Mention | None:
    """The latest ministry, minister or spokesperson; one of the same ministry if the description
    says which ("the defence ministry"); never the country the ministry acts on in this clause
    ("The ministry accused Beijing" is not China's)."""
    quals = [t.lower_ for t in doc[m.start:m.end] if t.lower_ not in _SKIP_QUALIFIERS and t.is_alpha]
    forms = tuple(f for q in quals for f in _QUALIFIER_FORMS.get(q, (q,)))
    tok = doc[m.root]
    targets = set()
    if tok.dep_ in ("nsubj", "nsubjpass"):
        for c in tok.head.children:
            if c.dep_ in ("dobj", "dative"):
                targets.update(a.code for a in ordered if a.start <= c.i < a.end)
    first = None
    for a in _recent(m, ordered, sent_of):
        words = f"{a.text} {a.office or ''}".lower()
        if not any(cue in words for cue in _MINISTRY_CUES) or a.code in targets:
            continue
        if not forms or any(f in words for f in forms):
            return a
        first = first or a
    return first


# the state's own bodies (STATE_SECTORS): "Moldovan police detained ..., and the foreign ministry expelled ..." is Moldova's


def _joined_subject(tok, covered) -> Mention | None:
    """"Pakistan blamed the bombing on militants based in Afghanistan, and the foreign ministry said
    ...": with no ministry named before, the ministry of a clause joined to a state's clause is that
    state's (not the country the story names most)."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    # ("Pakistan's army said its troops had killed 30 militants, and the foreign office urged Kabul ...": the
    # parser joins the clause to the reported verb; the state is the reporting subject's)
    said = first.head if first.dep_ == "ccomp" and first.head.lemma_.lower() in _SAY_OR_DENY else None
    for verb in (first, said) if said is not None else (first,):
        for c in verb.children:
            m = covered[c.i] if c.dep_ == "nsubj" else None
            if m is not None and m.code and m.code not in _NON_COUNTRY and (
                    m.kind == "country" or m.kind in ("agent", "person") and m.sector in STATE_SECTORS):
                return m
    return None


def _same_head(doc, m: Mention, head: str, ordered: list[Mention], sent_of) -> Mention | None:
    for a in _recent(m, ordered, sent_of):
        if a.kind in ("agent", "org") and doc[a.root].lower_ == head:
            return a
    return None


def _speaker(tok, covered) -> Mention | None:
    """"X's information minister denied that the army had sent drones": the speaker's army."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAY_OR_DENY:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    sp = None if subj is None else covered[subj.i]
    if sp is not None and sp.kind == "pronoun" and sp.antecedent is not None:
        sp = sp.antecedent
    if sp is None or not sp.code or sp.code in _NON_COUNTRY or sp.sector not in ("GOV", "MIL"):
        return None
    return sp


def _weapons(doc, covered: list[Mention | None], sent_of) -> list[Mention]:
    _Mention = _base.Mention

    added: list[Mention] = []
    for tok in tokens_with_lower(doc, WEAPONS):
        if tok.dep_ not in ("nsubj", "nsubjpass") or covered[tok.i] is not None \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            continue
        owner = _weapon_owner(doc, tok, covered, sent_of)
        if owner is None:
            continue
        start = min(c.i for c in tok.children if c.dep_ == "det")
        span = doc[start:tok.i + 1]
        m = _Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                     text=span.text, code=owner.code, sector="MIL", kind="pronoun", sent_index=sent_of(span.start),
                     root=tok.i, identifier_id=owner.identifier_id, identifier_text=owner.identifier_text,
                     antecedent=owner, confidence=min(0.7, owner.confidence))
        added.append(m)
        for t in range(span.start, span.end):
            covered[t] = m
    return added


def _weapon_owner(doc, tok, covered: list[Mention | None], sent_of) -> Mention | None:
    """The latest earlier mention of the same weapons with an owner: "Indian drones" (the mention
    itself), "Pakistan had launched drones" (the launcher), "drones launched by India"."""
    floor = sent_of(tok.i) - _LOOKBACK_SENTS
    lower = tok.lower_
    for prev in reversed(tokens_with_lower(doc, {lower})):
        if prev.i >= tok.i:
            continue
        if sent_of(prev.i) < floor:
            return None
        m = covered[prev.i]
        if m is not None:
            if m.kind == "pronoun" and m.antecedent is not None:
                m = m.antecedent
            return m if m.code and m.code not in _NON_COUNTRY else None
        # ("Chinese coast guard ships": the owner the matcher kept apart from the vessel word)
        owner = next((covered[c.i] for c in prev.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                      and covered[c.i] is not None), None)
        if owner is None and prev.dep_ == "dobj":
            subj = next((c for c in prev.head.children if c.dep_ == "nsubj"), None)
            owner = None if subj is None else covered[subj.i]
        elif owner is None:
            for acl in prev.children:
                if acl.dep_ == "acl":
                    agent = next((c for c in acl.children if c.dep_ == "agent"), None)
                    pobj = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
                    owner = None if pobj is None else covered[pobj.i]
        if owner is not None and owner.kind == "pronoun" and owner.antecedent is not None:
            owner = owner.antecedent
        if owner is not None and owner.code and owner.code not in _NON_COUNTRY:
            return owner
        if prev.dep_ == "dobj" or owner is not None:
            return None  # the latest mention names no one we can code: no guess
    return None


# -- "it" in a relative clause (called from people._it_antecedent) --------------------------------

# a reply to a request: the replier is the party asked, not the one asking ("a request it rejected")
_REPLY_VERBS = frozenset({"reject", "refuse", "grant", "accept", "deny", "dismiss", "approve", "decline", "turn",
                          "ignore", "heed", "spurn", "rebuff"})
_REQUEST_NOUNS = frozenset({"request", "demand", "appeal", "call", "bid", "application", "proposal", "offer", "plea",
                            "petition", "motion"})


NOBODY = object()  # "a request it rejected" whose addressee is not coded: no antecedent at all


def relative_it(tok, covered) -> Mention | None:
    """"it" as the subject of a relative clause: "filed the case, alleging that the UAE had armed the
    RSF, which it blames for ..." -> the main clause's subject (not the nearest embedded one); "asked
    the court to order measures, a request it rejected" -> the party asked (the main verb's object). A
    sentence-opening subject "it" is the previous sentence's main subject (``coref_continuity``)."""
    rel = tok.head
    if rel.dep_ != "relcl":
        return previous_subject_it(tok, covered)
    main = rel.head
    while main.dep_ not in ("ROOT",) and main.head.i != main.i and main.pos_ not in ("VERB", "AUX"):
        main = main.head
    reply = rel.lemma_.lower() in _REPLY_VERBS and rel.head.lemma_.lower() in _REQUEST_NOUNS
    deps = ("dobj", "dative") if reply else ("nsubj", "nsubjpass")
    while True:
        # (a time clause or conjunct whose subject names a party is the relative's host: "suspended flights after
        # Bogota's government expelled two diplomats it accused of spying" is Bogota's; else the main clause's)
        own = main.dep_ in ("advcl", "conj") and not reply and relative_host_party(main, deps, covered)
        if own or main.dep_ not in ("ccomp", "advcl", "xcomp", "conj") or main.head.i == main.i:
            break
        main = main.head
    m = own or relative_host_party(main, deps, covered)
    return m if m is not None else NOBODY if reply else None  # the one who asked never rejects its own request


# -- an object "it" of ask / urge (called from people._pronouns) ------------------------------------

# verbs whose object "it" is the party asked: "Britain asked it [the Security Council] to meet"
ASK_VERBS = frozenset({"ask", "urge", "call", "press", "invite", "request", "tell", "petition", "implore", "encourage",
                        "lobby", "pressure", "pressurise", "pressurize"})


def asked_it(doc, tok, sent_of, covered) -> Mention | None:
    """"Britain ... has asked it to consider new measures", "urging it to convene": the object "it"
    is the latest organisation or country before it (this sentence or the one before) that is not
    the asker. Read from ``covered``: descriptions resolved in this pass ("the council") count."""
    asker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    # a verb with its own subject excludes only that one ("The council is due to meet, and France has asked it")
    own = {asker.i} if asker is not None else clause_subjects(tok)
    asker_m = None if asker is None else covered[asker.i]
    floor = sent_of(tok.i) - 1
    for j in range(tok.i - 1, -1, -1):
        if sent_of(j) < floor:
            break
        m = covered[j]
        if m is None or m.code is None or m.root in own or m is asker_m or doc[m.root].ent_type_ == "NORP" \
                or asker_m is not None and m.code == asker_m.code:
            continue
        if m.kind in ("org", "country") or m.kind == "agent" and m.code in _NON_COUNTRY \
                or m.kind == "pronoun" and m.antecedent is not None and m.antecedent.kind == "org":
            return m
    return None


def appositive_subject(tok, covered) -> Mention | None:
    """"Wang Yi held talks with his Indian counterpart ..., his first visit to India": "his" in an
    appositive set off at the end of the clause describes the clause's subject, not the person named last."""
    noun = tok.head
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her") or noun.dep_ not in ("appos", "npadvmod") \
            or tok.i == 0 or tok.doc[noun.left_edge.i - 1].text != ",":
        return None
    verb = verb_above(noun.head, 4)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    m = None if subj is None else covered[subj.i]
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.kind == "person" and m.code else None


# -- "criticised the vote": the election is the country that held it ------------------------------

_ELECTION_NOUNS = frozenset({"vote", "election", "elections", "poll", "polls", "ballot", "referendum", "runoff",
                             "run-off"})


_ELECTORAL = frozenset({"election", "elections", "electoral", "poll", "polls", "polling", "ballot", "referendum",
                        "runoff", "run-off", "voters"})


def election_objects(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """"The African Union's observers criticised the vote", "Washington called the election deeply
    flawed": an election as the object of a verb stands for the country that held it (the decisions
    doc codes a verdict on a state's election as aimed at that state). Its country is the one named
    with an election earlier ("last week's Tanzanian election", "Tanzania's presidential vote"), else
    the country the story names most (any mention), when it names it at least twice as often as any other.
    Only "the" elections with no country of their own, in object position."""

    cues = tokens_with_lower(doc, _ELECTION_NOUNS)
    if not cues:
        return []
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind != "pronoun" and m.code and m.code not in _NON_COUNTRY:
            counts[m.code] = counts.get(m.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    main = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) \
        else None
    out: list[Mention] = []
    owner: Mention | None = None  # the latest country named with an election
    # "the council voted to ...", "passed with 12 votes": a later "the vote" is that vote
    # (coref.implicit_recipients); "the vote" is an election only after the story said so
    voted = min((t.i for t in tokens_with_lemma(doc, ("vote",)) if t.pos_ == "VERB" or t.tag_ == "NNS"),
                default=len(doc))
    electoral = min((t.i for t in tokens_with_lower(doc, _ELECTORAL)), default=len(doc))
    for tok in cues:
        if tok.i > voted:
            break
        if tok.lower_ == "vote" and electoral > tok.i:
            continue
        own = next((covered[c.i] for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                    and covered[c.i] is not None and covered[c.i].code), None)
        if own is not None:
            owner = own if own.kind == "country" else owner
            continue
        if covered[tok.i] is not None or tok.dep_ not in ("dobj", "obj") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        ante = owner
        if ante is None and main is not None:
            ante = max((m for m in mentions if m.code == main and m.kind != "pronoun" and m.end <= tok.i),
                       key=lambda m: m.start, default=None)
        if ante is None:
            continue
        m = word_reference(tok, ante, sent_of(tok.i), 0.6)
        covered[tok.i] = m
        out.append(m)
    return out


# -- "The UN's top human rights official": a role's named owner across modifiers --------------------

def named_owner_roles(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"The UN's top human rights official Volker Turk called for an inquiry into killings in Kenya": a
    role the composition left without its named owner (words between them) takes the owner's code,
    not the story's main country."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None:
            continue
        for child in doc[m.root].children:
            if child.dep_ == "poss" and child.i < m.start:
                owner = covered[child.i]
                if owner is not None and owner.code is not None and owner.kind in ("country", "org"):
                    m.code = owner.code
                    m.confidence = min(m.confidence, 0.8)
                break
            if child.dep_ == "prep" and child.lower_ in ("from", "of") and m.sector in _ARMED:
                # "Jihadists from the al Qaeda-linked JNIM", "militants of the outlawed BLA": the group's
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                owner = covered[obj.i] if obj is not None else None
                if owner is not None and owner.kind == "org" and owner.code is not None and owner.sector in _ARMED:
                    m.code, m.sector = owner.code, owner.sector
                    m.identifier_text, m.identifier_id = owner.identifier_text, owner.identifier_id
                    m.confidence = min(m.confidence, 0.8)
                break


# -- "a call with Trump, during which he asked ...": the subject of the clause the frame hangs on ----

_FRAME_WORDS = frozenset({"which", "where", "when"})


def frame_relative_subject(tok, covered) -> Mention | None:
    """"Petro said he had held a call with Trump, during which he asked Washington to stop ...": a
    person pronoun subject of a relative clause opened by "during / in / at which", "where" or
    "when" is the subject of the clause the relative hangs on (its verb's subject), never the noun
    the parser hung it on (the partner of the call)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    framed = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
                 or c.dep_ == "advmod" and c.lower_ in _FRAME_WORDS for c in verb.children)
    if not framed:
        return None
    host = verb.head
    above = verb_above(host, 4)
    if above.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = covered[subj.i] if subj is not None else None
    if m is None or m.code is None or m.kind not in ("person", "pronoun") or covered[host.i] is m:
        return None
    return m


# -- "China will not lift its ban ..., a foreign ministry spokesperson said": the reported state's ----

_SPEAKER_VERBS = frozenset({"say", "tell", "add", "state", "announce", "write", "confirm", "insist", "warn"})
_SPEAKER_WORDS = ("ministry", "spokes", "official", "minister", "government", "office", "embassy", "presidency")


def reported_subject_speakers(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"China will not lift its ban on Japanese seafood until Tokyo allows sampling, a foreign ministry
    spokesperson said": an unowned indefinite official speaker of a reported clause whose subject is a state
    speaks for that state (not for the country the sentence names most: Japan). Only when the
    reported clause's subject is a coded country or institution with a country."""
    for m in mentions:
        if m.kind != "agent" or m.code is not None or m.sector not in ("GOV", "MIL", None) \
                or not any(w in m.text.lower() for w in _SPEAKER_WORDS):
            continue
        root = doc[m.root]
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in _SPEAKER_VERBS \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
            continue  # "a spokesperson": "the ministry" and bare "officials" are left to the other rules
        reported = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if reported is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
            reported = verb.head  # "..., a spokesperson said" hung on the reported clause
        if reported is None or reported.i > root.i:
            continue  # only a clause told before its speaker
        subj = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        owner = covered[subj.i] if subj is not None else None
        if owner is not None and owner.code is not None and owner.code not in _NON_COUNTRY \
                and owner.kind in ("country", "agent", "person") and owner is not m:
            m.code = owner.code
            m.confidence = min(m.confidence, 0.7)


# -- towns the dictionaries do not know: "the central Haitian town of Lascahobas" -----------------------

_TOWN_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "commune", "municipality",
                         "port", "settlement", "suburb", "county", "hamlet", "locality", "outpost", "camp"})


def named_towns(doc, mentions: list[Mention], blocked: set[int], sent_of) -> list[Mention]:
    """"the central Haitian town of Lascahobas", "the village of Nyabibwe in eastern Congo": a name the
    story introduces as a place of a country (a demonym or country on the place noun, or an "in X" after
    it) is that place everywhere in the story (the small model often reads such names as people, which
    would make an uncoded person of them). Returns place mentions (kind country, confidence 0.4, like
    "fighting in Ukraine") and blocks their tokens for the person rules."""
    _Mention = _base.Mention

    covered = {t for m in mentions for t in range(m.start, m.end)}
    by_root = {m.root: m for m in mentions if m.code and m.code not in NON_COUNTRY_CODES and m.kind == "country"}
    named: dict[str, str] = {}
    out: list[Mention] = []

    def add(start: int, end: int, code: str) -> None:
        span = doc[start:end]
        out.append(_Mention(start=start, end=end, start_char=span.start_char, end_char=span.end_char, text=span.text,
                            code=code, sector=None, kind="country", sent_index=sent_of(start), root=span.root.i,
                            confidence=0.4))
        covered.update(range(start, end))
        blocked.update(range(start, end))

    for tok in tokens_with_lemma(doc, _TOWN_NOUNS):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        name = None if of is None else next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is None or name.i in covered or not name.text[:1].isupper():
            continue
        start = name.left_edge.i if all(doc[j].pos_ == "PROPN" for j in range(name.left_edge.i, name.i + 1)) \
            else name.i
        # whose place: a country or demonym on the place noun, else an "in X" on the noun or the name
        owner = next((by_root[c.i] for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                      and c.i in by_root), None)
        if owner is None:
            owner = next((by_root[g.i] for w in (tok, name) for p in w.children
                          if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.i in by_root), None)
        if owner is None:
            continue
        named[doc[start:name.i + 1].text] = owner.code
        add(start, name.i + 1, owner.code)
    if named:
        for tok in tokens_with_lower(doc, {n.split()[0].lower() for n in named}):
            for text, code in named.items():
                n = len(text.split())
                if tok.i not in covered and doc[tok.i:tok.i + n].text == text and tok.text[:1].isupper():
                    add(tok.i, tok.i + n, code)
    return out
