"""Events embedded in speech and clauses (events round 7): who does an agentless act a speaker
reports, whose subject the parser swallowed into the clause before, and clauses that only look like
acts (a person flown somewhere, a refugee's long wait for asylum, what an unissued draft would say).

Everything here runs on one candidate or one trigger at a time (never a pass over the sentence),
so the stage's cost does not grow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import STATE_SECTORS
from .dates import WEEKDAY_SET
from .event_fronted import CLAUSE_OPENERS, fronted_subject
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention

SPEECH_CUES = frozenset({"say", "announce", "confirm", "claim", "according to"})
# uncoded doers a state speaker owns: "Sandu said police had detained dozens"
STATE_AGENT_WORDS = frozenset({"police", "authority", "security", "officer", "agent", "prosecutor", "court",
                               "judge", "investigator", "guard", "policeman", "gendarme", "gendarmerie"})
# crowds whose protest against an act is a street protest, not a state's diplomatic disapproval
CROWD_WORDS = frozenset({"protester", "demonstrator", "student", "worker", "people", "crowd", "supporter",
                         "resident", "farmer", "activist", "marcher", "villager", "citizen", "opposition"})
# "blaming Hamas", "accused the Taliban of", "blamed the attack on Islamabad"
BLAME_VERBS = frozenset({"blame", "accuse"})


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def official_act(tok: Token, etype: str, cue: str | None, direct: bool, speaker: list[Mention],
                 by_tok: dict[int, Mention] | None = None) -> list[Mention]:
    """'Georgia's interior ministry said 43 people had been detained', 'Iran's judiciary said 21,000 people had
    been arrested': an agentless arrest, seizure or deportation a state body reports was done by its state
    (decisions: an agentless arrest is the state where it happens). Never violence ('two soldiers were
    killed, the military said': the killer is the other side). So is a grant of refuge ('the Kremlin said Assad
    had been granted asylum': only the state that speaks grants it)."""
    refuge = etype == "AID" and any(c.dep_ == "dobj" and c.lemma_.lower() in REFUGE_OBJECTS for c in tok.children)
    if (etype != "COERCE" and not refuge) or cue not in SPEECH_CUES or not direct or not _passive(tok):
        return []
    if any(c.dep_ == "agent" for c in tok.children):
        return []  # an uncoded 'by' agent ("detained by gunmen") is someone else
    patients = [by_tok[c.i] for c in tok.children if c.dep_ == "nsubjpass" and by_tok and c.i in by_tok]
    if any(m.kind == "country" or m.sector == "GOV" for m in patients):
        return []  # "The Philippines will not be intimidated, Marcos said": the state is the one acted on
    return [m for m in speaker if m.code and (m.sector in STATE_SECTORS or (m.kind == "country" and m.sector is None))]


def speaker_forces(actor: list[Mention], etype: str, cue: str | None, direct: bool, speaker: list[Mention],
                   doc) -> list[Mention]:
    """'Moldova's President Maia Sandu said police had detained dozens of people': the police, courts and
    prosecutors a state's official speaks of are that state's, when nothing else names their country."""
    if cue not in SPEECH_CUES | {"accuse"} or not (direct or cue == "accuse") or not actor \
            or any(m.code for m in actor):
        return []  # (the accused is the accusation's object, never a reported clause's subject)
    words = {doc[m.root].lemma_.lower() for m in actor}
    # (and the crowds a state's official accuses: "Georgia's prime minister accused protesters of attacking police")
    if not ((etype in ("COERCE", "SANCTION") and words <= STATE_AGENT_WORDS)
            or (etype in ("ASSAULT", "PROTEST") and words <= CROWD_WORDS)):
        return []
    states = [m for m in speaker if m.code and (m.sector in STATE_SECTORS or m.kind == "country")]
    if len({m.code for m in states}) != 1:
        return []
    from dataclasses import replace
    return [replace(m, code=states[0].code, confidence=min(m.confidence, 0.6)) for m in actor]


def blamed_doers(tok: Token, etype: str, by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """'Two Israeli soldiers were killed when a device went off, the military said, blaming Hamas
    fighters': an agentless attack the same sentence blames on a party was done by that party
    (the blame, coded as ACCUSE, names the doer the passive leaves out)."""
    if etype != "ASSAULT" or any(c.dep_ == "agent" for c in tok.children):
        return []
    if _passive(tok):
        root = tok
        while root.head.i != root.i:
            root = root.head
        blames = [t for t in root.subtree if t.lemma_.lower() in BLAME_VERBS and t.pos_ == "VERB" and t.i != tok.i]
    else:
        # "Gunmen killed 26 men near Pahalgam in an attack New Delhi blamed on Pakistan-based militants": unnamed
        # attackers, and the blame in a relative clause on the attack noun that restates the act
        blames = [r for c in tok.children if c.dep_ == "prep" for n in c.children if n.dep_ == "pobj"
                  for r in n.children if r.dep_ == "relcl" and r.lemma_.lower() in BLAME_VERBS]
    for t in blames:
        # "blamed the attack on Islamabad": the 'on' object; "blaming Hamas", "accused X of": the object
        on = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        objs = on or [c for c in t.children if c.dep_ == "dobj"]
        found = [m for m in mentions(objs, by_tok) if m.code]
        if not found:  # "Pakistan-based militants": where the blamed group is based
            from .event_targets import based_in

            own = {m.code for m in mentions([c for c in t.children if c.dep_ == "nsubj"], by_tok)}
            found = based_in(objs, own, by_tok)
        if found:
            return found
    return []


PERSON_OBJECTS = frozenset({"them", "him", "her", "prisoner", "detainee", "migrant", "deportee", "refugee",
                            "citizen", "national", "child", "evacuee", "family", "people", "hostage", "captive"})


# verbs whose person object is the guest of a visit, not someone carried
HOSTING_VERBS = frozenset({"host", "receive", "welcome"})


def carried_not_visit(c: Candidate, doc) -> bool:
    """'stripped 222 prisoners of their citizenship and flew them to Washington': a travel verb with
    people as its object carries them; its actor visits no one."""
    if c.event != "CONSULT" or c.mode != "visit":
        return False
    tok = doc[c.trigger]
    if tok.pos_ != "VERB" or (tok.lemma_.lower() in HOSTING_VERBS and not any(o.lower_ == "them" for o in tok.children)):
        # ("..., hosting him for a lunch at the White House": the one hosted is the guest; "the emir hosted them for
        # a surprise meeting" hosts a meeting of the others, told by its own verb)
        return False
    return any(o.dep_ == "dobj" and (o.lemma_.lower() in PERSON_OBJECTS or o.lower_ in PERSON_OBJECTS)
               for o in tok.children)


# a state, not an act: "remain holed up in the embassy seeking asylum"
WAITING_HEADS = frozenset({"hole", "hide", "remain", "stay", "live", "shelter", "camp", "wait", "languish",
                           "strand", "trap", "hunker"})
REFUGE_OBJECTS = frozenset({"asylum", "refuge", "shelter", "sanctuary", "protection"})


def waiting_for_refuge(c: Candidate, doc) -> bool:
    """'Thousands of Afghans remain holed up in guesthouses seeking asylum in Germany', 'the ex-minister,
    who was holed up in the embassy seeking asylum': a participle of seeking refuge on a verb of staying
    describes a condition, not a request made at a time."""
    if c.event != "REQUEST":
        return False
    tok = doc[c.trigger]
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    if not any(o.dep_ == "dobj" and o.lemma_.lower() in REFUGE_OBJECTS for o in tok.children):
        return False
    head = tok.head
    return head.lemma_.lower() in WAITING_HEADS or any(
        c.lemma_.lower() in WAITING_HEADS for c in head.children if c.dep_ in ("acomp", "xcomp", "advcl"))


TEXT_NOUNS = frozenset({"resolution", "statement", "draft", "text", "motion", "communique", "declaration",
                        "bill", "amendment", "letter"})
# what keeps a text from being issued, or shows it is still only a text
UNISSUED_VERBS = frozenset({"block", "veto", "circulate", "draft", "propose", "table", "oppose", "reject",
                            "withdraw", "shelve", "scuttle", "water"})


def unissued_content(tok: Token) -> bool:
    """'a draft resolution circulated by Algeria, which would demand a halt to the fighting', 'vetoed a text
    that would demand a ceasefire': what a draft or a blocked text would say is no act of anyone."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.dep_ == "acl":
        noun = noun.head.head.head  # "a draft circulated by Algeria, which would demand": hung on the agent
    if noun.lemma_.lower() not in TEXT_NOUNS:
        return False
    if noun.lemma_.lower() == "draft" or any(c.lemma_.lower() == "draft" for c in noun.children):
        return True
    holder = noun.head
    return any(v.lemma_.lower() in UNISSUED_VERBS for v in (holder, *[c for c in noun.children if c.dep_ == "acl"]))


# prepositions that frame a clause's act with a meeting the clause's subject took part in
SETTING_PREPS = frozenset({"during", "after", "before", "following", "in", "at", "ahead"})
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "visit", "call", "conversation", "summit", "trip", "negotiation",
                           "negotiations"})


def partnered_meeting(tok: Token, entries, by_tok: dict[int, Mention]) -> bool:
    """'At a meeting with Polish Foreign Minister Sikorski in Warsaw, Budrys praised ...': a meeting noun framing the
    clause with its own coded partner after 'with' is the clause subject's meeting with that partner, as 'during
    talks with Modi' is (meeting_host); a bare 'at the summit' or 'at a meeting with reporters' stays a setting."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.lemma_.lower() not in MEETING_NOUNS \
            or not any(x.type == "CONSULT" for x in entries):
        return False
    return any(g.i in by_tok and by_tok[g.i].code for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
               for g in p.subtree if g.dep_ in ("pobj", "compound", "amod", "conj", "poss"))


def meeting_host(noun: Token | None, etype: str, recipient: list[Mention], by_tok, mentions) -> list[Mention]:
    """'praised India's commitment during talks with Prime Minister Modi in New Delhi', 'said Israel had accepted
    the proposal after talks with Netanyahu': a meeting noun with its own partner, framing a clause, was held by
    the clause's subject (a bare setting, 'at the summit', names no partner and stays no event)."""
    if etype != "CONSULT" or noun is None or noun.lemma_.lower() not in MEETING_NOUNS:
        return []
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS:
        return []
    if not any(m.code for m in recipient):
        # "Pakistan and Afghanistan agreed to a ceasefire in talks mediated by Qatar": two parties acting jointly
        # in negotiations held them (a bare "at the summit" of one actor stays a setting)
        return joint_negotiators(noun, prep, by_tok, mentions)
    verb = prep.head
    for _ in range(4):  # "praised India's commitment to a trade agreement during talks": hung on a noun
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    from .arguments import subject_tokens
    subj = subject_tokens(verb)[0] or fronted_subject(verb)  # ("Following talks with X, Iran's minister said")
    own = {m.code for m in recipient if m.code}
    found = [m for m in mentions(subj, by_tok) if m.code and m.code not in own]
    if not found and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "thanked China for donating air defence systems during a meeting with a Chinese envoy": the reason
        # gerund is the partner's own act; the meeting is the thanking clause's
        found = [m for m in mentions(subject_tokens(verb.head.head)[0], by_tok) if m.code and m.code not in own]
    return found


MEETING_VERBS = frozenset({"discuss", "meet", "talk", "negotiate", "confer", "hold", "consult", "speak"})
NEGOTIATION_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting"})
# go-betweens of the parties' own act: "talks mediated by Qatar", "a deal brokered by Washington"
GO_BETWEEN_VERBS = frozenset({"mediate", "broker", "facilitate"})


def joint_negotiators(noun: Token, prep: Token, by_tok, mentions) -> list[Mention]:
    """'Ethiopia and Somalia agreed to end their dispute in talks in Ankara': the joint subject of the verb the
    negotiations frame (at least two coded parties) held them."""
    if noun.lemma_.lower() not in NEGOTIATION_NOUNS or prep.lower_ not in ("in", "during") \
            or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return []
    verb = prep.head
    for _ in range(6):  # "agreed to a ceasefire in talks": hung on the agreed noun (or deeper)
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in MEETING_VERBS:
        return []  # ("discussed grain exports during a meeting in Sochi": the meeting is the discussion)
    from .arguments import subject_tokens
    found = [m for m in mentions(subject_tokens(verb)[0], by_tok) if m.code]
    return found if len({m.code for m in found}) >= 2 else []


FRAMED_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# verbs whose subject undergoes what the "in an attack" phrase names: "lost two soldiers in an attack"
UNDERGOING_VERBS = word_list("act_verbs.json", "undergoing_verbs")


def framed_attack(noun: Token | None, etype: str, by_tok, mentions, verb_hits) -> tuple[list[Mention], list[Token]] | None:
    """'Houthi rebels sank a Liberian-flagged cargo ship in an attack in the Red Sea', 'the army destroyed homes in a
    raid on Jenin': an attack noun in an "in" phrase of a clause whose verb names no event of its own is that
    clause's act: its doer is the clause's subject, its target (when the noun names none) the clause's object.
    (When the verb is an event, "killed 50 soldiers in an attack on a base", the two are merged earlier.)"""
    if etype not in FRAMED_ACT_TYPES or noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head  # (not a verb that is an event itself: "detained 20 people in overnight raids")
    if verb.pos_ != "VERB" or verb.i in verb_hits or verb.lemma_.lower() in UNDERGOING_VERBS or any(
            c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) or any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None  # ("a ship was sunk in an attack", "lost two soldiers in an attack by militants": not the subject's)
    from .arguments import objects, subject_tokens
    doer = [m for m in mentions(subject_tokens(verb)[0], by_tok) if m.code]
    return (doer, objects(verb)) if doer else None


def habitual_relative(tok: Token, by_tok) -> bool:
    """'to rein in militants who stage attacks across the border', 'vowed to crush bandits who kidnap villagers':
    a present-tense relative clause on an uncoded plural group says what such people do, not an act that
    happened (a past or progressive one does: 'gunmen who attacked a church', 'rebels who are attacking')."""
    if tok.dep_ != "relcl":
        return False
    doc = tok.doc
    if (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in tok.children)
            and _described_party(tok)):
        return True  # "Paris, which does not recognise the coup leaders, ..."
    if tok.tag_ not in ("VBP", "VBZ"):
        return False
    if _described_party(tok):
        return True
    if tok.head.tag_ != "NNS":
        return False
    if (m := by_tok.get(tok.head.i)) is not None and m.code and (m.kind != "agent" or any(
            doc[i].pos_ == "PROPN" or doc[i].text[:1].isupper() for i in range(m.start, m.end))):
        return False  # ("Ukrainian forces who attack ..."): a named party's acts are reported (not a default code)
    kids = list(tok.children)
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in kids) and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in kids)


# words that make a present-tense clause news of the day ("which now arms", "which this week hosts")
# (and repeated acts: "Hezbollah, which fires rockets at Israel almost daily" reports ongoing attacks)
NOW_WORDS = WEEKDAY_SET | {"now", "today", "tonight", "currently", "week", "month", "weekend", "daily", "nightly",
                           "weekly", "regularly", "routinely", "repeatedly", "frequently", "often", "constantly",
                           "still"}


# speech acts reported in the present ("which accuses him of", "which demands his release")
STANDING_CHARGE_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "demand", "urge", "call", "allege", "warn",
                                   "threaten", "deny", "reject", "oppose", "criticise", "criticize", "want", "seek"})


def _described_party(tok: Token) -> bool:
    """'Iran, which funds the group, ...', 'Washington, which arms Kyiv, ...': a present-tense relative clause set
    off by commas describes its antecedent (what it habitually does), not an act the sentence reports."""
    head = tok.head
    doc = tok.doc
    if tok.lemma_.lower() in STANDING_CHARGE_VERBS:
        return False  # "the court, which accuses him of war crimes": a charge that stands is reported
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "," or head.pos_ not in ("PROPN", "NOUN"):
        return False
    kids = list(tok.children)
    # (do-support keeps the present: "Paris, which does not recognise the coup leaders, ...")
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in kids) or not any(
            c.dep_ in ("nsubj", "dobj") and c.lower_ in ("who", "which", "whom") for c in kids):
        return False
    return not any(t.lower_ in NOW_WORDS or t.lemma_.lower() in NOW_WORDS for t in tok.subtree)


def go_between_participle(tok: Token) -> bool:
    """'talks mediated by Qatar and Turkey', 'a truce brokered by Egypt': a go-between's participle on the
    parties' act describes that act; the mediators are neither its parties nor a meeting of their own."""
    return tok.lemma_.lower() in GO_BETWEEN_VERBS and tok.dep_ == "acl" and tok.tag_ == "VBN" \
        and tok.head.pos_ in ("NOUN", "PROPN")


PLACE_PREPS = frozenset({"in", "at", "on", "near", "across", "outside", "inside", "around", "into"})


def person_antecedent(verb: Token, subj: list[Token], by_tok: dict[int, Mention]) -> list[Token]:
    """'fired tear gas at thousands of demonstrators in Istanbul on Friday night who were protesting the arrest':
    the parser hangs a 'who' clause on a thing ('gas'); 'who' stands for the nearest party named before it."""
    if verb.dep_ not in ("relcl", "ccomp", "advcl") or (subj and subj[0].i in by_tok):
        return []  # (the parser may also make the 'who' clause a complement of the main verb)
    pron = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
    if pron is None:
        return []
    doc = verb.doc
    for i in range(pron.i - 1, max(-1, pron.i - 12), -1):
        m = by_tok.get(i)
        if m is None or doc[m.root].pos_ not in ("NOUN", "PROPN"):
            continue
        r = doc[m.root]
        if r.dep_ == "pobj" and r.head.lower_ in PLACE_PREPS:
            continue  # "demonstrators in Istanbul who ...": the place is no one
        return [r]
    return []


def crowd_protest(word: Token, etype: str, actor: list[Mention], doc) -> bool:
    """'demonstrators who were protesting the arrest of the mayor': the lexicon reads 'protest + an act' as
    ACCUSE (a government's disapproval); a crowd protesting it is in the street (manual, PROTEST)."""
    if etype != "ACCUSE" or word.lemma_.lower() != "protest" or not actor:
        return False
    return all(m.kind == "agent" and doc[m.root].lemma_.lower() in CROWD_WORDS for m in actor)


SAY_LEMMAS = frozenset({"say", "tell", "disclose", "reveal", "confirm", "specify", "indicate", "announce",
                        "comment", "answer", "clarify", "explain"})


def unsaid_whether(tok: Token) -> bool:
    """'has yet to say whether he will visit China', 'did not disclose whether Israel had struck': what a
    speaker has not said (an indirect yes-no question under a speech verb) is no event ('is weighing
    whether to recognise' stays: a decision being weighed is hypothetical)."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SAY_LEMMAS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)


# people who wait for events others would make: their bracing asserts no one's act
BYSTANDERS = word_list("people_nouns.json", "bystanders")


def awaited_by_bystanders(c: Candidate, doc) -> bool:
    """'Residents of Kyiv braced for another wave of Russian missile strikes': an attack only awaited by
    civilians is not reported as happening ('Lebanon braced for an Israeli attack', a party's own
    expectation, stays hypothetical)."""
    ANTICIPATING_VERBS = _event_clauses.ANTICIPATING_VERBS  # noqa: N806
    tok = doc[c.trigger]
    if tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ not in ("pobj", "dobj"):
        return False  # (a plural noun tagged as a verb: "braced for missile launches")
    head = tok.head
    for _ in range(3):  # "braced for another wave of strikes": up through 'of' and 'for'
        if head.pos_ == "VERB" or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in ANTICIPATING_VERBS:
        return False
    subj = [s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and all(s.lemma_.lower() in BYSTANDERS for s in subj)


def reported_noun(tok: Token, noun: Token | None) -> bool:
    """'Ukrainian officials reported a build-up of troops near the city', 'Kyiv cited a build-up of forces':
    an event noun a speaker reports or cites as its object is someone else's act (the speaker names no doer
    for it); only a clause with an open or pronoun subject is the speaker's own ('Iran denied that it had
    sent drones')."""
    if noun is None or tok.i != noun.i:
        return False
    cur = noun
    for _ in range(3):  # "reported a build-up of troops": the object, or inside it through 'of'
        if cur.dep_ in ("dobj", "nsubjpass"):
            return cur.head.pos_ in ("VERB", "AUX")
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            cur = cur.head.head
            continue
        return False
    return False


def misread_act(c: Candidate, doc) -> bool:
    """The candidate guards of this module: people carried, refuge awaited, strikes civilians brace for."""
    return carried_not_visit(c, doc) or waiting_for_refuge(c, doc) or awaited_by_bystanders(c, doc) \
        or told_story(c, doc)


def told_story(c: Candidate, doc) -> bool:
    """"a film about armed men who attacked a village", "a book on the militants who killed 50 soldiers": an act
    in a relative clause on the people a work is about is its story, not an event (the nouns stage keeps
    the same rule for event nouns: "a documentary about Iraq's invasion of Kuwait")."""
    tok = doc[c.trigger]
    if tok.dep_ not in ("relcl", "acl") or c.extra.get("events.route") not in ("relative", "direct", None):
        return False
    from .event_nominal_parts import noun_settings  # (the work nouns: "film", "book", "exhibition")

    features = noun_settings()["feature_nouns"]
    cur = tok.head
    for _ in range(3):
        if cur.dep_ == "dobj":  # "a documentary that includes footage of troops shelling villages"
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in features for c in cur.head.children)
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ not in ("about", "on", "of"):
            return False
        cur = cur.head.head
        if cur.lemma_.lower() in features:
            return True
    return False


def unasserted_clause(tok: Token) -> bool:
    """The trigger guards of this module: what a draft would say, what a speaker would not say."""
    return unissued_content(tok) or unsaid_whether(tok)


def unswallow(cands: list[Candidate], doc) -> None:
    """'fired rockets at Israel and Israeli jets pounded Lebanon': the noun the parser joined to the first
    clause's object is the second clause's subject, so it is no recipient of the first. A subject read as
    the object of a clause opener ('shelled posts after Kabul, citing ..., expelled') is never the first
    clause's party, even when nothing else is left."""
    for c in cands:
        if c.extra.get("events.route") != "swallowed":
            continue
        spans = {(m.start, m.end) for m in c.actor}
        opened = any(doc[m.start].dep_ == "pobj" and doc[m.start].head.lower_ in CLAUSE_OPENERS for m in c.actor)
        for d in cands:
            if d is not c and d.sent_index == c.sent_index:
                kept = [m for m in d.recipient if (m.start, m.end) not in spans]
                if kept or opened or not any(m.code for m in d.recipient):
                    d.recipient = kept


REPORT_LEMMAS = SAY_LEMMAS | {"report", "claim", "allege", "announce", "state", "add", "write", "post"}


def speaker_participle(tok: Token) -> list[Token]:
    """'Lebanon's army said Israeli forces had demolished homes, accusing them of violating the ceasefire': a
    speech-act participle after a reported clause is the speaker's comment on it, not the reported doer's
    act (the parser hangs it on the reported verb)."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    head = tok.head
    if (between := _inverted_speaker(tok)):
        return between
    if head.dep_ in ("ccomp", "xcomp") and head.tag_ in ("VB", "VBP") and head.head.i < head.i \
            and _event_comments.comment_participle(tok):
        # "demanded that Kenya hand back ..., accusing Nairobi of ...": the asker's comment on what it asks (a
        # base-form content; not a ruling's "that the board had approved ..., rejecting ...")
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORT_LEMMAS or tok.i < head.i \
            or head.head.i > head.i:
        return []  # (a report after the clause: "X attacked Y, accusing Z of ..., and W said ...")
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []
    return [c for c in head.head.children if c.dep_ == "nsubj"]


def _inverted_speaker(tok: Token) -> list[Token]:
    """'Israeli jets struck depots near Homs, Syria's state news agency reported on Monday, calling the raid ...':
    a report set off by commas between the clause and the participle is the participle's subject, also where
    the parser read the speaker as an apposition and its verb as a reduced relative ('agency reported')."""
    doc = tok.doc
    lo = tok.head.i if tok.head.dep_ == "acl" else tok.head.i + 1  # ("... agency reported on Monday, calling")
    for r in doc[lo:tok.i]:
        if r.lemma_.lower() not in REPORT_LEMMAS or r.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
            continue
        if r.dep_ == "acl" and r.head.pos_ in ("NOUN", "PROPN") and r.head.i < r.i:
            speaker = [r.head]
        else:
            speaker = [c for c in r.children if c.dep_ == "nsubj" and c.i < r.i]
        if not speaker:
            continue
        left = speaker[0].left_edge.i
        if left > 0 and doc[left - 1].lower_ == "," and doc[tok.i - 1].lower_ == ",":
            return speaker
    return []


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import event_clauses as _event_clauses  # noqa: E402
from . import event_comments as _event_comments  # noqa: E402
