"""Who did what to whom: argument extraction over spaCy's dependency parse for the events stage.

Everything here works on one sentence's tokens plus ``by_tok`` (token index -> actor
``Mention``), so each function is a few child/head hops: no search over the story.
What a noun phrase stands for (coordination, owners, "including" lists, "forces loyal to")
lives in ``owners``; this module re-exports it. Wire-copy parse slips handled here: a
clause-initial phrase that swallowed the subject ("In a call with X, Y urged ..."), a finite
verb joined to a gerund, relative pronouns as objects and passive subjects."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .argument_preps import prep_objects as prep_objects
from .argument_subjects import SAY_VERBS as SAY_VERBS
from .argument_subjects import SUBJ_DEPS as SUBJ_DEPS
from .argument_subjects import (
    _back_from_side_clause,
    _opening_phrase_subject,
    _parenthetical_speech,
    _split_coordinate,
    list_lead_subject,
    side_clause_of_conjunct,
    stray_passive_agent,
    toll_clause,
)
from .argument_subjects import listed_antecedent as listed_antecedent
from .argument_words import BORDER_WORDS as BORDER_WORDS
from .argument_words import EVIDENCE_WORDS_DEPS as EVIDENCE_WORDS_DEPS
from .argument_words import LOCATIVE_PREPS as LOCATIVE_PREPS
from .argument_words import NOT_PERSON_ENTS as NOT_PERSON_ENTS
from .argument_words import guest_words as guest_words
from .argument_words import is_question as is_question
from .argument_words import self_owned as self_owned
from .argument_words import shifted_object
from .argument_words import words as words
from .base import FINITE_TAGS, Parse, parse
from .dates import WEEKDAY_SET as WEEKDAYS
from .owners import RELATIONAL_NOUNS as RELATIONAL_NOUNS
from .owners import _stray_clause_subject
from .owners import codes as codes
from .owners import conjuncts as conjuncts
from .owners import mentions_for as mentions_for
from .owners import mentions_of as mentions_of
from .owners import sent_start as sent_start
from .owners import stray_clause_subject as stray_clause_subject
from .owners import unique as unique
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

PASSIVE_SUBJ_DEPS = ("nsubjpass", "csubjpass")
OBJ_DEPS = ("dobj", "obj")
DATIVE_DEPS = ("dative", "iobj")
# Modifiers through which an argument noun names its owner: "Russia's forces",
# "Russian troops", "the U.S. military", "the army of Sudan".
OWNER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# How far a verb without its own subject borrows one: "X plans to visit Y" (xcomp), "X attacked Y and killed Z" (conj), "..., killing five" (advcl), relative clauses.
INHERIT_DEPS = ("xcomp", "conj", "advcl", "relcl", "acl", "ccomp", "pcomp")
MAX_HOPS = 4
# Verbs whose object does what the infinitive says ("urged Iran to release").
OBJECT_CONTROL = frozenset({
    "ask", "urge", "allow", "force", "persuade", "order", "tell", "encourage", "permit", "invite", "help",
    "enable", "authorize", "authorise", "call", "press", "pressure", "compel", "require", "lead", "get",
    "want", "expect", "push", "convince", "instruct", "direct", "empower", "oblige", "prompt", "trigger",
})
# A speaker's verbs, and the acts of speech a speaker goes on to perform after reporting something
# ("said B's troops fired first and accused B of ..."): those belong to the speaker, not the report.
SPEECH_ACT_VERBS = word_list("reaction_verbs.json", "speech_act_verbs")
# "... said forces had executed civilians, and called on the African Union to ...": the speaker's appeal
ADDRESS_PREPS = frozenset({"on", "upon", "for"})
# Nouns that sum up a clause from an appositive after it: "..., a move welcomed by Ankara".
SUMMARY_APPOSITIVES = frozenset({"move", "step", "decision", "action", "measure", "development"})
# nouns that sum up a clause before a reaction to it: ", a demand Kabul rejected", ", a move Seoul condemned"
SUMMED_PROPOSALS = SUMMARY_APPOSITIVES | {"demand", "proposal", "offer", "call", "request", "plan", "claim",
                                          "accusation", "charge", "allegation", "ultimatum", "appeal"}
# A reproach's reason ("for / over arming Armenia") is the act of whoever the reproach is aimed at
# ("lashed out at X", "hit out at X", "rounded on X", "railed against X"); not "apologised to X for".
REASON_PREPS = frozenset({"for", "over"})
REPROACH_PREPS = ("at", "on", "upon", "against")
# "Washington's decision to send missiles": the owner acts. Not "Ukraine's right to strike".
# participles of a pact made "with" someone: "the deal signed / reached / agreed with X"
PACT_PARTICIPLES = frozenset({"sign", "agree", "reach", "conclude", "strike", "negotiate", "ink", "seal", "broker"})
DECISION_NOUNS = frozenset({"decision", "move", "choice", "order", "attempt", "bid", "effort", "refusal"})


@cache
def frame_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(governors, object governors, holder verbs): the words the claims stage reads as the frame
    of an event ("is likely to", "stopped short of", "is considering sanctions"; claim_cues.json),
    and the light verbs that hold a frame noun ("has no plans to", "made an attempt to")."""
    from .modality import load_cues  # lazy: both are loaded once per process
    from .verblex import _bundled

    cues = load_cues()
    modes = (cues.negation, cues.future, cues.hypothetical)
    governors = frozenset().union(*(m.governors for m in modes), cues.negation.adverb_governors)
    return governors, frozenset().union(*(m.object_governors for m in modes)), frozenset(_bundled()["light_verbs"])


def child_lemmas(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in tok.children}


def direct_subjects(tok: Token) -> tuple[list[Token], bool]:
    """(subject tokens, True when they come from a passive's ``by`` agent)."""
    doc = tok.doc
    p = parse(doc)
    # (a function of the tree, asked ~30 times per story, mostly again for a verb already asked about: kept as
    # positions with the doc's ``Parse``; each answer is a list of new Token objects, as a fresh walk makes them)
    found = p.memo.get(key := (direct_subjects, tok.i))
    if found is None:
        subjects, agent = _direct_subjects(tok, doc, p)
        found = p.memo[key] = (tuple(t.i for t in subjects), agent)
    return [doc[i] for i in found[0]], found[1]


def _direct_subjects(tok: Token, doc, p: Parse) -> tuple[list[Token], bool]:
    deps, kids = p.dep, p.kids
    aside = _parenthetical_speech(p, tok.i)
    if aside is not None:
        return [doc[aside]], False
    for c in kids[tok.i]:
        if deps[c] in SUBJ_DEPS:
            second = [x for x in kids[tok.i] if deps[x] == "nsubj" and c < x < tok.i]
            if second and ((p.lemma[c] in SUMMED_PROPOSALS and p.left[c] > 0 and p.lower[p.left[c] - 1] == ",") or (
                    "," in (p.lower[p.right[c]], p.lower[p.right[c] + 1]) and doc[p.left[c]].is_sent_start)):
                # "..., a demand Kabul rejected", "Snubbing Brussels, Georgia's party suspended": a first subject misread
                return [doc[second[0]]], False
            if p.tag[c] == "VBG" and not any(deps[x] in OBJ_DEPS for x in kids[c]):
                # "BRICS leaders meeting in Rio condemned ...": the -ing word's own subject
                inner = [x for x in kids[c] if deps[x] == "nsubj"]
                if inner:
                    return [doc[inner[0]]], False
                if deps[c] == "csubj" and c == p.left[c] and any(deps[x] == "nsubj" for x in kids[tok.i]):
                    continue  # "Visiting Turkish President Erdogan held talks": the -ing word describes the name
            subj = doc[c]
            named = [x for x in kids[tok.i] if deps[x] == "nsubj" and x == p.right[c] + 1 and p.pos[x] == "PROPN"]
            if named and p.lemma[c] in RELATIONAL_NOUNS:
                # "Iran's ally Hezbollah fired rockets": a second subject the relation noun only describes
                return [doc[named[0]]], False
            split = _split_coordinate(tok, subj)
            if split and tok.doc[split[0].left_edge.i - 1].lower_ not in ("and", "as", "nor"):
                # ("Japan as well as South Korea protested": both)
                return split, False  # "Talks opened in Geneva, but the army refused to send ...": the second
            return [_opening_phrase_subject(tok, subj) or subj, *split, *_companions(tok, subj)], False
    for c in kids[tok.i]:
        if deps[c] == "agent":
            return [doc[g] for g in kids[c] if deps[g] == "pobj"], True
    if (stray := stray_passive_agent(p, tok.i)) is not None:  # "declared persona non grata by Moscow"
        return [doc[stray]], True
    found = _opening_phrase_subject(tok, None)
    if found is not None:
        return [found], False
    if tok.i > 0 and _stray_clause_subject(p, tok.i - 1):
        return [doc[tok.i - 1]], False  # "... and Armenia freed two soldiers"
    for c in kids[tok.i]:
        # the small model sometimes reads a sentence-initial name as an adverbial
        if deps[c] == "npadvmod" and p.pos[c] == "PROPN" and c < tok.i and doc[c].is_sent_start:
            return [doc[c]], False
    return [], False


def passive_subjects(tok: Token) -> list[Token]:
    """Patients of a passive: its subject, or the noun a passive participle modifies ("90 prisoners released by Israel")."""
    doc = tok.doc
    p = parse(doc)
    i = tok.i
    out = [c for c in p.kids[i] if p.dep[c] in PASSIVE_SUBJ_DEPS]
    if out and p.lower[out[0]] in RELATIVE_PRONOUNS and p.dep[i] == "relcl":
        return [tok.head]  # "Ukraine, which was invaded by Russia"
    if not out and p.dep[i] == "acl" and p.tag[i] == "VBN" and p.pos[p.head[i]] in ("NOUN", "PROPN") and not any(
            p.dep[c] in ("nsubj", "mark", "aux") for c in p.kids[i]):
        # (not a clause hung on a noun: "a report by Caracol that its navy had seized two boats")
        return [tok.head]
    if not out and p.dep[i] == "advcl" and p.tag[i] == "VBN" and i < p.head[i] and any(
            p.dep[c] == "agent" for c in p.kids[i]):
        # "Backed by Rwanda, the M23 rebels captured Goma": a fronted participle is about the clause's subject
        return direct_subjects(tok.head)[0]
    return [doc[c] for c in out]


def summary_appositive(c: Token) -> bool:
    """', a move condemned by Israel', ', a decision hailed by Moscow': a noun after a comma that sums
    up the clause; the parser often makes it a second object of the verb."""
    return _summary_appositive(parse(c.doc), c.i, c.doc)


def _summary_appositive(p: Parse, c: int, doc) -> bool:
    left = p.left[c]
    return p.lemma[c] in SUMMARY_APPOSITIVES and left > 0 and p.lower[left - 1] == "," and p.head[c] < left


def objects(tok: Token) -> list[Token]:
    """The verb's objects (with their coordinated members), as new Token objects; kept as positions with the doc's
    ``Parse`` (a function of the tree, asked again for the same verb by many rules)."""
    doc = tok.doc
    p = parse(doc)
    found = p.memo.get(key := (objects, tok.i))
    if found is None:
        found = p.memo[key] = tuple(t.i for t in _objects(tok, doc, p))
    return [doc[i] for i in found]


def _objects(tok: Token, doc, p: Parse) -> list[Token]:
    deps, lowers, kids = p.dep, p.lower, p.kids
    i = tok.i
    out: list[Token] = []
    for c in kids[i]:
        if deps[c] in OBJ_DEPS and _summary_appositive(p, c, doc):
            continue
        # a noun read as a clause is an object: "endorsed Ukraine's membership bid"; a name read as a
        # complement with the verdict as its object is too: "branded ECOWAS a tool of France"
        if deps[c] in OBJ_DEPS or (deps[c] == "ccomp" and p.pos[c] == "NOUN") or (
                deps[c] == "xcomp" and any(deps[g] in OBJ_DEPS for g in kids[c])
                and (p.pos[c] == "PROPN" or doc[c].text[:1].isupper())):
            if lowers[c] in RELATIVE_PRONOUNS and deps[i] == "relcl":
                doer = _judged_act_doer(tok, c)
                out.extend(doer or [tok.head])  # "the UAE, which Sudan accuses of ...": the relative's noun
            else:
                out.extend(conjuncts(doc[c]))
    if not out and p.pos[i] == "VERB" and not any(deps[c] in ("ccomp", "xcomp", "prep") for c in kids[i]):
        # "attacked and sank a cargo ship": the second verb's object is the first's too
        for c in kids[i]:
            if deps[c] == "conj" and p.pos[c] == "VERB" and c == i + 2 and lowers[i + 1] in ("and", "or") \
                    and not any(deps[x] in SUBJ_DEPS for x in kids[c]):
                out.extend(x for o in kids[c] if deps[o] in OBJ_DEPS for x in conjuncts(doc[o]))
    if not out and p.pos[i] == "VERB" and not any(deps[c] in ("ccomp", "xcomp") for c in kids[i]):
        out += _dated_object(p, i, doc) or shifted_object(p, i, doc)  # "condemned on Wednesday Israel's decision"
    if not out and p.pos[i] == "VERB" and i + 1 < len(doc):
        # "Russian troops shelled Kherson, Ukraine said": the parser makes the place and the speaker one
        # subject list of the speech verb; the name right after the verb is its object
        out += _object_read_as_speaker(p, i, doc)
    if not out and deps[i] == "relcl" and p.pos[p.head[i]] in ("NOUN", "PROPN") and any(
            deps[c] == "nsubj" and lowers[c] not in RELATIVE_PRONOUNS for c in kids[i]) and not any(
            deps[c] in ("dobj", "obj", "ccomp", "xcomp") or lowers[c] in RELATIVE_PRONOUNS for c in kids[i]):
        out.append(tok.head)  # "an allegation New Delhi rejected", "the drones Iran sent": a bare relative
    return out


DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "noon", "midnight", "day"})


def _dated_object(p: Parse, i: int, doc) -> list[Token]:
    """'condemned on Wednesday Israel's decision', 'pledged on Tuesday humanitarian aid worth ...': the parser reads the
    weekday and the object right after the verb's "on" as one phrase (the weekday a modifier of the object or of
    its owner); the object is the verb's (not "on Monday night", "on Monday 12 May")."""
    for c in p.kids[i]:
        if p.dep[c] != "prep" or p.lower[c] != "on" or c != i + 1:
            continue
        day = c + 1
        for g in p.kids[c]:
            if p.dep[g] != "pobj" or g == day or p.lower[g] in DAY_PARTS or p.pos[g] not in ("NOUN", "PROPN") \
                    or p.ent[g] == "DATE" or p.lower[day] not in WEEKDAYS:
                continue
            if p.left[g] == day + 1 and p.head[day] == c:
                return conjuncts(doc[g])  # ("on Thursday | Israel's decision": two objects of one "on")
            if p.left[g] == day and (p.head[day] == g or p.dep[p.head[day]] in ("poss", "amod", "compound")
                                     and p.head[p.head[day]] == g):
                return conjuncts(doc[g])
    return []


def _object_read_as_speaker(p: Parse, i: int, doc) -> list[Token]:
    if any(p.dep[c] in OBJ_DEPS for c in p.kids[i]):
        return []
    # "Azerbaijan rebuffed a demand from Yerevan to ..., a spokesman for the ministry said": the parser makes the
    # object the subject of the trailing speech verb, with the speaker an apposition running up to it
    for h in p.kids[i]:
        if p.dep[h] == "ccomp" and h > i and p.lemma[h] in SAY_VERBS:
            for k in p.kids[h]:
                if p.dep[k] == "nsubj" and p.left[k] == i + 1 and p.pos[k] in ("NOUN", "PROPN") and any(
                        p.dep[a] == "appos" and p.right[a] >= h - 1 and p.lower[p.left[a] - 1] == ","
                        for a in range(p.left[k], p.right[k] + 1)):
                    return [doc[k]]
    h = p.head[i]
    if h <= i or p.lemma[h] not in SAY_VERBS or p.dep[i] != "ccomp":
        return []
    for k in p.kids[h]:
        if (p.dep[k] == "nsubj" and p.pos[k] == "PROPN" and p.left[k] == i + 1
                and any(p.dep[c] == "conj" and p.lower[c - 1] == "," for c in p.kids[k] if c > k)):
            return [doc[k]]
    return []


# verbs that judge an act: ", which X condemned / dismissed / welcomed"
JUDGING_VERBS = word_list("reaction_verbs.json", "act_judging_verbs")


def _judged_act_doer(verb: Token, rel: int) -> list[Token]:
    """'Houthi rebels ... detained dozens of UN staff, which the Gulf kingdom condemned': a comma and
    "which" after an act's object judge the act, whose doer is the target (not the people it was done
    to). The act is the verb above the relative's noun (through "of" phrases)."""
    doc = verb.doc
    if doc[rel].lower_ != "which" or verb.lemma_.lower() not in JUDGING_VERBS or any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return []  # (not "dismissed the truce, which it called a stunt": the actor's own words)
    noun = verb.head
    if noun.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return []
    act = noun
    for _ in range(4):
        if act.dep_ not in ("dobj", "pobj", "prep") or act.head.i == act.i:
            break
        act = act.head
    if act.pos_ != "VERB" or act.i == noun.i:
        return []
    subj, agent, _how = subject_tokens(act)  # (also a coordinated act's: "seized ... and detained ...")
    return [] if agent else subj


def datives(tok: Token) -> list[Token]:
    """Indirect objects: "gave Ukraine weapons" (a bare noun; "to X" is handled as a preposition).
    The parser often reads a state name right after the verb as a modifier of the goods ("gifted
    Ukraine 14 Challenger tanks", "handed Kyiv Mirage jets"): that name is the indirect object."""
    doc = tok.doc
    p = parse(doc)
    i = tok.i
    out = [c for c in p.kids[i] if p.dep[c] in DATIVE_DEPS and p.pos[c] in ("PROPN", "NOUN", "PRON")]
    if out or i + 2 >= len(doc):
        return [doc[c] for c in out]
    nxt = i + 1
    goods = p.head[nxt]
    if (p.pos[nxt] == "PROPN" and p.ent[nxt] == "GPE" and p.dep[nxt] in ("compound", "nmod") and p.dep[goods] in OBJ_DEPS
            and p.head[goods] == i and goods > nxt + 1 and p.ent[nxt + 1] != "GPE"):
        return [doc[nxt]]
    return []


def _phone_call(verb: Token) -> bool:
    """'called Putin to offer condolences': without 'on' the call is a phone call and the caller does what follows."""
    return verb.lemma_.lower() == "call" and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)


def _object_else_subject(verb: Token, obj_route: str, subj_route: str) -> tuple[list[Token], str | None]:
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if verb.dep_ == "relcl" and (objs[:1] and objs[0].lower_ in RELATIVE_PRONOUNS or not objs and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)):
        # "45 firms it accuses of helping Moscow", "the man whom they urged to leave": the noun it hangs on
        return [verb.head], obj_route
    if objs:
        return objs[:1], obj_route
    subj, _ = direct_subjects(verb)
    return (subj, subj_route) if subj else ([], None)


def inherited_subject(tok: Token) -> tuple[list[Token], str | None]:
    """Subject of a verb with none of its own, borrowed from the clause it hangs on. Returns (tokens, how): ``how``
    names the route ("control", "conj", "relative", "participle", "object-control", "of-complement", "list", ...)."""
    cur = tok
    for _ in range(MAX_HOPS):
        dep = cur.dep_
        head = cur.head
        if lead := list_lead_subject(cur):
            return lead, "list"  # "X fired a missile, threatened Y and expelled ...": the list's
        if head.i == cur.i:
            return [], None
        if dep == "relcl" or (dep == "acl" and cur.tag_ == "VBG"):
            return [head], "relative"
        if (dep == "acl" and cur.tag_ == "VBN" and cur.lemma_.lower() in PACT_PARTICIPLES
                and head.dep_ in ("dobj", "pobj", "nsubjpass") and prep_objects(cur, ("with",))):
            # "Bangkok would suspend the peace declaration signed with Cambodia", "scrapped the accord signed
            # with the United States": the other side is the "with" party, the one who signed it the clause's
            # subject (the events stage adds the "with" side to a symmetric act)
            gov = head.head.head if head.dep_ == "pobj" else head.head
            found, agent = direct_subjects(gov)
            if found and not agent:
                return _unrelative(found, gov), "pact-participle"
        if dep == "acl" and head.lemma_.lower() in DECISION_NOUNS:
            # "Washington's decision to send missiles", "the U.S. decision / the American move to suspend
            # aid": the noun's owner; "a decision by the Trump administration to halt ...": its "by" agent
            if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (
                    c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))) for c in head.children):
                return [head], "noun-owner"
            agents = prep_objects(head, ("by",))
            if agents:
                return agents, "noun-owner"
        if dep in ("acl", "pcomp") and _frame_holder(head if dep == "acl" else head.head) is not None:
            # "has no plans to attack", "has no intention of attacking": the holder's subject
            found, _ = direct_subjects(_frame_holder(head if dep == "acl" else head.head))
            return (found, "control") if found else ([], None)
        if dep == "xcomp":
            if passive_subjects(head):  # "X is expected / said / urged to ...": the raised subject
                found, how = _unrelative(passive_subjects(head), head), "raising"
            elif head.lemma_.lower() in OBJECT_CONTROL and not _phone_call(head):  # "urged Iran to ..."
                found, how = _object_else_subject(head, "object-control", "control")
            else:  # "summoned the envoy to protest": the summoner protests
                found, _ = direct_subjects(head)
                how = "control"
            if found:
                return found, how
        elif dep == "acomp" and cur.lemma_.lower() in frame_words()[0]:
            subj, _ = direct_subjects(head)  # "X is ready / likely / unable to ..."
            if subj:
                return _unrelative(subj, head), "control"
        elif dep == "conj" and cur.tag_ in FINITE_TAGS and head.tag_ == "VBG":
            # "accused Kyiv of shelling the plant and called on the IAEA": a finite verb joined to a
            # gerund belongs with the clause above it
            for anc in head.ancestors:
                if anc.pos_ in ("VERB", "AUX") and anc.tag_ in FINITE_TAGS:
                    subj, _ = direct_subjects(anc)
                    return (subj, "conj") if subj else ([], None)
            return [], None
        elif (dep == "advcl" and cur.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.lemma_.lower() in OBJECT_CONTROL
              and not direct_subjects(head)[0] and cur.i > head.i):
            # "ordered the United States to withdraw its troops, accusing Washington of ...": the
            # participle belongs to the one who ordered, not to the one ordered
            subj, _ = direct_subjects(head.head)
            return (subj, "participle") if subj else ([], None)
        elif (dep == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in SAY_VERBS
              and cur.lemma_.lower() in SPEECH_ACT_VERBS and side_clause_of_conjunct(cur, head).i == head.i and head.lemma_.lower() not in SPEECH_ACT_VERBS
              and any(c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS)
                      for c in cur.children)):
            # "the ministry said Cambodian soldiers fired first, and accused Phnom Penh of ...": the
            # parser joins the speaker's second act to the reported clause; the speaker accuses (an act
            # with an object or a clause: not "said the storm would bring rain and warned of flooding")
            subj, _ = direct_subjects(head.head)
            return (subj, "conj") if subj else ([], None)
        elif (dep == "advcl" and cur.tag_ == "VBG" and head.dep_ in ("ccomp", "xcomp") and cur.i > head.i
              and (head.pos_ in ("NOUN", "PROPN", "ADJ", "X") or head.lower_ in ("persona", "personae"))
              and head.head.pos_ in ("VERB", "AUX")):  # (the tagger reads "persona" as a verb at times)
            # "declared Brazil's President Lula persona non grata, summoning Brazil's ambassador": the
            # parser makes the verdict a small clause with its own subject; the participle after it
            # belongs to the one who declared, not to the one declared unwelcome
            subj, _ = direct_subjects(head.head)
            if subj:
                return subj, "participle"
            cur = head
            continue
        elif dep == "conj" and _back_from_side_clause(cur, head):
            # "suspended Gabon, a day after army officers seized power, and called on the rulers to ...": the
            # parser joins the main clause's second verb to the time clause; ", and" returns to the main subject
            subj, _ = direct_subjects(head.head)
            return (subj, "conj") if subj else ([], None)
        elif dep in ("conj", "advcl"):
            subj, _ = direct_subjects(side_clause_of_conjunct(cur, head) if dep == "conj" else toll_clause(cur, head))
            if subj:
                return subj, "conj" if dep == "conj" else "participle"
        elif dep == "pcomp" and head.dep_ == "prep":
            # "accused X of supplying", "blamed X for attacking": the object acts; "X is accused
            # of supplying", "X stopped short of shelling": the frame's subject
            owner = head.head
            if owner.dep_ in ("advmod", "acomp") and owner.lemma_.lower() in frame_words()[0]:
                owner = owner.head
            if passive_subjects(owner):
                return _unrelative(passive_subjects(owner), owner), "of-complement"
            if head.lower_ in REASON_PREPS and not objects(owner):
                # "lashed out at France for arming Armenia", "rounded on Japan over sending
                # warships": the one the reproach is aimed at did it, not the accuser
                aimed = prep_objects(owner, REPROACH_PREPS)
                if aimed:
                    return aimed[:1], "of-complement"
            if head.lower_ == "by":  # "angered Mexico by storming": the subject's means; "of facilitating ... by
                if (subj := direct_subjects(owner)[0]):  # supplying": whoever facilitates
                    return subj, "means"
                cur = owner
                continue
            if owner.lemma_.lower() == "join" and head.lower_ == "in":
                # "Britain joined the United States in imposing sanctions": both do it
                subj, _ = direct_subjects(owner)
                return (subj + objects(owner), "joined") if subj else ([], None)
            found, how = _object_else_subject(owner, "of-complement", "of-complement")
            return (found, how) if found else ([], None)
        else:
            return [], None
        cur = head
    return [], None


def _unrelative(subj: list[Token], verb: Token) -> list[Token]:
    """'Iran, which is believed to have sent drones': the relative pronoun's noun."""
    if subj and subj[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    return subj


def frame_verb(noun: Token) -> Token | None:
    """The verb whose subject would carry out the event a noun names: "X is considering
    sanctions", "prepared for a visit", "stopped short of airstrikes", "X was behind the attack"."""
    head = noun.head
    if noun.dep_ == "dobj":
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "from", "of", "behind"):
        verb = head.head
        if verb.dep_ == "advmod" and verb.lemma_.lower() in frame_words()[0]:
            verb = verb.head  # "stopped short of"
        if head.lower_ == "behind":
            return verb if verb.lemma_.lower() == "be" else None
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _frame_verbs() else None


@cache
def _frame_verbs() -> frozenset[str]:
    from .verblex import _bundled

    return frozenset(_bundled().get("frame_verbs", ()))


def _frame_holder(noun: Token) -> Token | None:
    """The light verb holding a frame noun ("has no plans", "made an attempt"), else None."""
    governors, _objects, holders = frame_words()
    lem = noun.lemma_.lower()
    if (noun.dep_ == "dobj" and (lem in governors or lem in DECISION_NOUNS)
            and noun.head.lemma_.lower() in holders and not any(c.dep_ == "poss" for c in noun.children)):
        return noun.head
    return None


def misparsed_gerund(tok: Token) -> Token | None:
    """'refrained from directly supplying weaponry' parsed with the gerund as an adjective of
    its object: returns that object noun (the verb's real object), else None."""
    if tok.dep_ != "amod" or tok.tag_ != "VBG":
        return None
    noun = tok.head
    # (through a compound chain: "refrained from shelling rebel positions near Goma" may read shelling > positions)
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and (noun.i == tok.head.i or tok.head.pos_ == "NOUN"):
        return noun
    return None


def subject_tokens(tok: Token) -> tuple[list[Token], bool, str | None]:
    """(actor head tokens, from-passive-agent, route). Relative pronouns resolve to their noun. Kept as positions
    with the doc's ``Parse`` like ``direct_subjects``; the tokens are new objects on every call."""
    doc = tok.doc
    p = parse(doc)
    found = p.memo.get(key := (subject_tokens, tok.i))
    if found is None:
        toks, agent, how = _subject_tokens(tok)
        found = p.memo[key] = (tuple(t.i for t in toks), agent, how)
    return [doc[i] for i in found[0]], found[1], found[2]


def _subject_tokens(tok: Token) -> tuple[list[Token], bool, str | None]:
    subj, agent = direct_subjects(tok)
    if subj:
        if subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return listed_antecedent(tok) or [tok.head], False, "relative"
        if tok.dep_ == "relcl" and any(c.tag_ == "WP$" for c in subj[0].children):
            # "Ecuador, whose president met Kristi Noem": the antecedent's own office holder
            return [tok.head], False, "relative"
        if subj[0].lower_ in ("which", "who", "that") and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
            # "the RSF, which it said had received the weapons": the pronoun fronted past a speech verb
            return [tok.head.head], False, "relative"
        blamed = _blamed_attackers(tok, subj)
        if blamed:
            return blamed, False, "blamed"
        return subj, agent, "direct"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return [], False, None  # an agentless passive borrows no one's subject
    noun = misparsed_gerund(tok)
    if noun is not None and noun.head.dep_ == "prep":
        gov = noun.head.head
        # "stopped short of expelling", "came close to recognising": the adverb's verb holds the subject
        while gov.pos_ in ("ADV", "ADJ") and gov.dep_ in ("advmod", "acomp", "amod") and gov.head.i != gov.i:
            gov = gov.head
        found, how = _object_else_subject(gov, "of-complement", "gerund")
        return found, False, how
    toks, how = inherited_subject(tok)
    return toks, False, how


# the place and border finders live in argument_places, and recipient_mentions (the recipient
# words' parties) in argument_recipients; both read the helpers above
from .argument_partners import blamed_attackers as _blamed_attackers  # noqa: E402
from .argument_partners import companions as _companions  # noqa: E402
from .argument_places import LAUNCH_VERBS as LAUNCH_VERBS  # noqa: E402
from .argument_places import NOT_PLACE_ENTS as NOT_PLACE_ENTS  # noqa: E402
from .argument_places import PLACE_NOUNS as PLACE_NOUNS  # noqa: E402
from .argument_places import TOWARD_BORDER_PREPS as TOWARD_BORDER_PREPS  # noqa: E402
from .argument_places import border_recipient as border_recipient  # noqa: E402
from .argument_places import launch_ground as launch_ground  # noqa: E402
from .argument_places import place_mention as place_mention  # noqa: E402
from .argument_places import place_recipient as place_recipient  # noqa: E402
from .argument_recipients import AUTHOR_VERBS as AUTHOR_VERBS  # noqa: E402
from .argument_recipients import AUTHORED_NOUNS as AUTHORED_NOUNS  # noqa: E402
from .argument_recipients import BROKER_VERBS as BROKER_VERBS  # noqa: E402
from .argument_recipients import CARRY_PARTICIPLES as CARRY_PARTICIPLES  # noqa: E402
from .argument_recipients import NESTED_OWNER_PREPS as NESTED_OWNER_PREPS  # noqa: E402
from .argument_recipients import ORIGIN_PARTICIPLES as ORIGIN_PARTICIPLES  # noqa: E402
from .argument_recipients import recipient_mentions as recipient_mentions  # noqa: E402
