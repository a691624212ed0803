"""Background readings of the events stage: words that name an event only as the reason,
grievance or setting of the sentence's own event, and readings whose parties cannot act so.

Each rule is structural and removes a false event seen in long wire sentences:

* reasons: an event noun in a reason phrase (*in retaliation for*, *in response to*,
  *tensions over*, *a row over*) names an earlier, already reported event, not a new one:
  "fired rockets in retaliation for the killing of a commander in an Israeli strike",
  "as tensions rose over American naval deployments" (dev_stories: "in retaliation for earlier
  Western sanctions" is not coded). A noun *amid* or *despite* the reported act is read the same way
  (kept when it names both sides: "amid a Russian missile attack on Ukraine", not "amid tensions").
  Accusations keep the accused act ("condemned Israel over
  the strike", docs/plover-decisions.md): their *over* is not a reason phrase here;
* grievances: the content of a decision or plan that a protest or complaint is *against* or
  *over*, or that frames the scene (*amid*, *despite*): "protested against the government's
  decision to suspend talks" is one PROTEST;
* stretches of earlier events ("after days of Israeli strikes") and deadlines ("giving him 48
  hours to leave") set the scene; a relative toll ("a bombing ... that killed 12") and a pledge
  participle on an agreement ("agreed ..., pledging to open routes"), what is discussed at a meeting
  already coded ("for a meeting with Trump, where the two were expected to discuss tariffs") and a
  refuser's "saying it would not accept ..." retell their event;
* what an attempt would force another party to do ("sought to force the government to drop the
  reform") has not happened;
* the content of an indirect question ("dictate which countries X could partner with") did not happen;
* a background "as" clause misparsed around an -ing noun ("as fighting along the border spread")
  borrows no actor;
* blame without a party: "the corruption they blame for the collapse" accuses no one;
* courts give no aid: "a judge approved a $725 million settlement" is a ruling, not AID;
  civilians do not RETREAT: "tourists in Rome have been retreating to their hotel rooms";
* a participle that retells the protest ("farmers blocked roads ..., protesting against a trade
  deal") is the same protest, and what a crowd's participle demands ("..., demanding the resignation of the
  government") is its content;
* what a plot aims at ("suspected of plotting to assassinate", "foiled a plot to kill") has not been done;
* a noun marked *such* ("the first such visit by an EU leader") points back at the sentence's act of its type;
* states (round 18, ``standing_state``): a long stretch or a run of acts as the scene ("after months of Russian
  attacks on the grid", "amid a campaign of strikes"), an act noun whose own predicate lasts ("a blockade that has
  lasted a decade", "the ceasefire has largely held since May"), holding or ruling in a time clause ("while Israel
  occupied the area").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import TALK_WORDS
from .event_generic import drop_generic
from .event_unasserted import drop_unasserted
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# preposition -> the words it follows when its object is the reason for what is reported
REASON_HEADS = {
    "for": frozenset({"retaliation", "revenge", "reprisal", "retribution", "vengeance", "payback", "punishment",
                      "retaliate"}),
    "to": frozenset({"response", "reaction", "reply", "retaliation"}),
    "over": frozenset({"tension", "tensions", "anger", "outrage", "row", "dispute", "spat", "feud", "standoff",
                       "friction", "uproar", "furore", "furor", "fury", "concern", "fear", "worry", "alarm",
                       "unease", "acrimony", "resentment", "rift"}),
    "at": frozenset(word_list("act_nouns.json", "grievance_at_heads")),  # "in protest at X's bombardment of Y"
}
# the scene of the reported act: an event noun here is background, an event only when it names
# both sides itself, like a reason ("amid a Russian missile attack on Ukraine", not "amid tensions")
SCENE_PREPS = frozenset({"amid", "despite"})
SCENE_OF_HEADS = frozenset({"ahead", "eve"})
MEETING_NOUNS = frozenset({"summit", "meeting", "talks", "visit", "trip", "conference", "session", "gathering",
                           "forum", "negotiation", "negotiations"})
# words a noun climbs through to the reason phrase: "the killing of a commander in an Israeli strike"
NOUN_PATH_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "dobj", "poss"})
# a decision or plan whose content is a grievance or setting, not an event of its own
PLAN_NOUNS = word_list("act_nouns.json", "grievance_plans")
GRIEVANCE_PREPS = frozenset({"against", "over", "amid", "despite"})
DURATION_NOUNS = frozenset({"hour", "night", "day", "week", "weekend", "month", "year", "decade"})
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "window"})
SCENE_SETTING_PREPS = frozenset({"after", "following", "amid", "despite", "since"})
ENDING_VERBS = frozenset({"end", "cap", "conclude", "follow", "halt", "close"})
TOLL_VERBS = frozenset({"kill", "wound", "injure", "leave", "claim"})
PLEDGE_VERBS = frozenset({"pledge", "vow", "promise", "commit", "undertake"})
BLAME_LEMMAS = frozenset({"blame"})
CAUSATIVE_VERBS = frozenset({"force", "compel", "pressure", "push", "persuade", "coerce", "oblige"})
ATTEMPT_VERBS = frozenset({"seek", "try", "attempt", "aim", "strive", "hope", "want", "plan"})
STREET_WORDS = frozenset({"mass", "street", "nationwide", "anti-government", "student", "public", "large", "huge",
                          "violent", "peaceful"})
FILING_VERBS = frozenset({"lodge", "register", "file", "deliver", "convey", "submit"})
STAGING_VERBS = frozenset({"stage", "hold", "organise", "organize", "lead", "join", "mount"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
TIME_MARKS = frozenset({"as", "while", "when", "whilst"})
# reactors that are crowds, not governments: "drew protests from his supporters", "by thousands of students"
CROWD_WORDS = word_list("people_nouns.json", "crowd_reactors")
COURT_WORDS = frozenset({"judge", "court", "jury", "tribunal", "magistrate", "justice", "arbitrator"})


# two-word reason prepositions, by their second word: "because of", "due to", "owing to" (round 22)
CAUSE_HEADS = {"of": frozenset({"because"}), "to": frozenset({"due", "owing"})}
CAUSE_WORDS = frozenset({"because", "due", "owing"})  # (the parser may hang the noun on the first word)


def _reason_prep(prep: Token) -> bool:
    if prep.head.lower_ in CAUSE_HEADS.get(prep.lower_, ()) or prep.lower_ in CAUSE_WORDS and any(
            c.lower_ in CAUSE_HEADS for c in prep.children):
        return True  # "postponed the vote because of Macron's trip to India": the cause of the reported act
    if prep.lower_ in SCENE_PREPS:
        return True  # "amid Thai air strikes on Cambodian positions": kept only with both sides named
    heads = REASON_HEADS.get(prep.lower_)
    if not heads:
        return False
    gov = prep.head
    if gov.lemma_.lower() in heads or gov.lower_ in heads:
        return True
    # "as tensions rose over X": the phrase hangs on the verb whose subject is the tension noun
    return prep.lower_ == "over" and gov.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in heads for c in gov.children)


def reason_phrase(tok: Token) -> bool:
    """True for an event noun inside a reason phrase ("in retaliation for the killing ...") or a meeting
    the reported act comes before ("ahead of an Arab League summit", kept with both sides named: "ahead
    of a visit by Modi to Moscow"; not "ahead of Russian military exercises", an act of its own)."""
    if tok.lemma_.lower() in MEETING_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in SCENE_OF_HEADS:
        return True
    cur = tok
    for _ in range(8):
        if cur.dep_ not in NOUN_PATH_DEPS or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and _reason_prep(cur.head):
            return True
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own: "in response to attacks, Israel struck ..."
    return False


def duration_summary(tok: Token) -> bool:
    """'after days of Israeli strikes', 'amid months of fighting': a stretch of earlier events that
    sets the scene, not a particular event."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    span = tok.head.head
    return (span.lemma_.lower() in DURATION_NOUNS and span.dep_ == "pobj"
            and span.head.lower_ in SCENE_SETTING_PREPS)


def stretch_of_acts(tok: Token) -> bool:
    """A stretch of earlier acts: after a scene preposition ("after days of Israeli strikes") or as what the
    reported act ends ("ending a week of border fighting", "capping months of protests"); the events stage
    codes it when its doers are known (docs/plover-decisions.md, round 8)."""
    if duration_summary(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DURATION_NOUNS and (
            tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in ("during", "over", "through", "throughout")):
        return True  # "had shown restraint during two days of protests by young people"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    span = tok.head.head
    return (span.lemma_.lower() in DURATION_NOUNS and span.dep_ == "dobj"
            and span.head.lemma_.lower() in ENDING_VERBS)


def deadline(tok: Token) -> bool:
    """'giving him 48 hours to leave the country': the deadline of an expulsion or ultimatum is
    part of it, not a departure of its own."""
    if tok.dep_ not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # (an infinitive only: "the fourth night of protests since the government suspended talks")
    head = tok.head
    if head.lemma_.lower() in DURATION_NOUNS | DEADLINE_NOUNS:
        return True
    return head.lemma_.lower() in ("give", "grant", "set", "allow") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DURATION_NOUNS | DEADLINE_NOUNS for c in head.children)


def grievance(tok: Token) -> bool:
    """A verb trigger that is the content of a plan or decision a protest is against, or that
    frames the scene: "against the government's decision to suspend talks", "amid pressure on
    Tehran to restore cooperation"."""
    if tok.dep_ != "acl" or tok.head.lemma_.lower() not in PLAN_NOUNS:
        return False
    noun = tok.head
    for _ in range(3):
        if noun.dep_ == "pobj":
            return noun.head.lower_ in GRIEVANCE_PREPS
        if noun.dep_ not in ("conj", "appos") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def time_clause_gerund(tok: Token) -> bool:
    """'..., as fighting along the disputed border spread': a subjectless -ing word after 'as' is the
    clause's subject noun misread as a verb; it borrows no actor from the main clause."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return False
    if tok.dep_ == "pcomp":  # (or parsed as the object of a preposition "as")
        return tok.head.lower_ == "as"
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


# what talks (base.TALK_WORDS) are held about: "held talks with Xi on ending the war", "discussions about releasing"
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def talk_topic(tok: Token) -> bool:
    """'held talks with Xi Jinping on ending the war in Ukraine': a gerund that says what talks are about names
    an act hoped for, not one done."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in TOPIC_PREPS:
        return False
    held = prep.head  # (or on the verb that holds them: "held talks ... on ending")
    return held.lemma_.lower() in TALK_WORDS or held.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TALK_WORDS for c in held.children)


def open_question(tok: Token) -> bool:
    """'trying to dictate which countries Niamey could partner with': the content of an indirect
    question is no event. (Not 'whether': "is weighing whether to recognise" is a hypothetical
    event for the claims stage.)"""
    if tok.lemma_.lower() in ("ask", "question", "quiz") and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children) for c in tok.children):
        return True  # "Peskov, asked by reporters whether Moscow would respond, ...": a question put to him
    if tok.dep_ not in ("ccomp", "xcomp", "pcomp") or tok.head.dep_ == "relcl":
        return False  # ("the RSF, which it said had received weapons": a relative pronoun)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and any(
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # ("struck a refinery, in what Moscow called a terrorist attack": a free relative, a label)
    for t in tok.subtree:  # (not in word order when the parse crosses itself)
        if t.i >= tok.i:
            continue
        if t.tag_ in WH_TAGS and not _relative_wh(t):
            cur = t
            while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
                cur = cur.head
            if cur.i == tok.i:
                return True
    return False


def _relative_wh(t: Token) -> bool:
    """'Israel, whose foreign minister recalled ...' (parsed as a clause of the verb before it): a wh-word
    right after a name or a comma opens a relative clause, not an indirect question ('dictate which
    countries ...')."""
    if t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return prev.text == "," or prev.pos_ in ("PROPN", "NOUN")


def attempted_goal(tok: Token) -> bool:
    """'as unions sought to force the government to drop its pension reform': what an attempt would
    make another party do has not happened."""
    cur, caused = tok, False
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "advcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in CAUSATIVE_VERBS:
            caused = True
        elif lemma in ATTEMPT_VERBS:
            return caused
    return False


def street_protest(word: Token) -> bool:
    """'protests', 'mass street protests', 'staged a protest': crowds in the street, never the
    diplomatic protest of a government (ACCUSE)."""
    if word.dep_ == "dobj" and word.head.lemma_.lower() in FILING_VERBS:
        return False  # "Japan lodged protests with Russia and China": diplomatic, whatever the number
    if word.pos_ == "NOUN" and word.tag_ in ("NNS", "NNPS"):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in STREET_WORDS for c in word.children):
        return True
    agents = [g for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
              for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in CROWD_WORDS or g.lower_ in CROWD_WORDS for g in agents):
        return True  # "a protest by thousands of supporters of the junta"
    return word.dep_ == "dobj" and word.head.lemma_.lower() in STAGING_VERBS


def _blames_no_party(cand: Candidate, doc, nouns) -> bool:
    """'the corruption they blame for the collapse': an ACCUSE whose blamed thing is no party."""
    if cand.event != "ACCUSE" or any(m.code for m in cand.recipient):
        return False
    verb = doc[cand.trigger]
    if verb.lemma_.lower() not in BLAME_LEMMAS:
        return False
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    if not blamed and verb.dep_ == "relcl":
        blamed = [verb.head]  # the relative clause's antecedent is what is blamed
    return bool(blamed) and all(b.pos_ == "NOUN" and b.lemma_.lower() not in nouns for b in blamed)


def _court_aid(cand: Candidate, doc) -> bool:
    """'a federal judge approved a $725 million settlement': courts rule; they do not give aid,
    and approving with no party on the other side supports no one."""
    if cand.event not in ("AID", "SUPPORT") or (cand.event == "SUPPORT" and any(m.code for m in cand.recipient)):
        return False
    return bool(cand.actor) and all(doc[m.root].lemma_.lower() in COURT_WORDS for m in cand.actor)


def _civilian_retreat(cand: Candidate) -> bool:
    """'tourists in Rome have been retreating to their hotel rooms': only armed forces, officials
    and captors retreat in PLOVER's sense (withdrawals, releases, resignations)."""
    return cand.event == "RETREAT" and cand.mode == "withdraw" and bool(cand.actor) and all(
        m.sector == "CVL" for m in cand.actor)


def _protest_retold(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'farmers blocked roads ..., protesting against a trade deal': a participle that retells the
    sentence's protest is not a second protest (nor, with a misattached subject, a diplomatic one)."""
    tok = doc[cand.trigger]
    if cand.event not in ("PROTEST", "ACCUSE") or tok.lemma_.lower() != "protest" or tok.tag_ != "VBG" \
            or tok.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    if any(o.event == "PROTEST" and o.trigger != cand.trigger for o in cands):
        return True
    # hung on a time clause ("as EU ministers met, protesting ..."): the subject it borrows
    # is the time clause's, not the protesters'
    head = tok.head
    return head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children)


def _relative_toll(cand: Candidate, doc, nouns) -> bool:
    """'a suicide bombing outside a court in Islamabad that killed 12 people': the toll of an attack
    named by a noun (wherever the parser hangs the relative clause) is that attack."""
    tok = doc[cand.trigger]
    if cand.event != "ASSAULT" or tok.dep_ != "relcl" or tok.lemma_.lower() not in TOLL_VERBS:
        return False
    cur = tok.head
    for _ in range(4):
        entries = nouns.get(cur.lemma_.lower())
        if cur.pos_ == "NOUN" and entries and entries[0].type == "ASSAULT":
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _pledge_retold(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'agreed to end decades of conflict, pledging to open transit routes': a pledge participle on
    an agreement is part of that agreement."""
    tok = doc[cand.trigger]
    if cand.event not in ("AGREE", "CONCEDE") or tok.tag_ != "VBG" or tok.dep_ != "advcl" \
            or tok.lemma_.lower() not in PLEDGE_VERBS:
        return False
    agreed = {c.trigger for c in cands if c.event in ("AGREE", "CONCEDE") and c is not cand}
    cur = tok.head
    for _ in range(2):
        if cur.i in agreed:
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return cur.i in agreed


def _meeting_retold(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'travelled to Washington for his first meeting with Trump, where the two leaders were expected
    to discuss tariffs': what is discussed at a meeting already coded is that meeting."""
    tok = doc[cand.trigger]
    if cand.event != "CONSULT" or tok.dep_ not in ("xcomp", "ccomp", "advcl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # (an infinitive only: "made a trip to Moscow, where he met Putin" is two events)
    mine = {m.code for m in cand.actor + cand.recipient if m.code}
    for o in cands:
        if o is cand or o.event != "CONSULT":
            continue
        theirs = {m.code for m in o.actor + o.recipient if m.code}
        host = doc[o.trigger]
        if mine and mine <= theirs and host.left_edge.i <= cand.trigger <= host.right_edge.i:
            return True
    return False


ATTEND_VERBS = frozenset({"attend", "join"})


def _summit_attended(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'Xi will travel to South Korea for the APEC summit', 'will fly to Kazan to attend a BRICS summit': the
    gathering a coded trip is for is where the traveller goes, not a meeting of the body that names it (round 22,
    precision: the golds code the trip only)."""
    tok = doc[cand.trigger]
    if cand.event not in ("CONSULT", "AGREE") or tok.lemma_.lower() not in MEETING_NOUNS \
            or any(m.code for m in cand.recipient):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        trip = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in ATTEND_VERBS and tok.head.dep_ in ("advcl", "xcomp"):
        trip = tok.head.head
    else:
        return False
    mine = {m.code for m in cand.actor if m.code}
    return any(o is not cand and o.trigger == trip.i and o.event in ("CONSULT", "AGREE")
               and not mine & {m.code for m in o.actor if m.code} for o in cands)


def _refusal_retold(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'Hamas rejected the proposal, ... saying the group would not accept any deal ...': the negated
    acceptance a refuser gives as its reason restates the REJECT."""
    tok = doc[cand.trigger]
    if cand.event != "AGREE" or not any(c.dep_ == "neg" for c in tok.children):
        return False
    own = {m.code for m in cand.actor if m.code}
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.tag_ == "VBG" and cur.lemma_.lower() == "say":
            return any(o.event == "REJECT" and own <= {m.code for m in o.actor if m.code} for o in cands)
    return False


def drop_background(cands: list[Candidate], doc, nouns) -> list[Candidate]:
    """Remove readings with no party to act and retold events (``nouns``: the lexicon's event nouns), then the acts
    a sentence names without asserting them (``event_unasserted``) and those a generic statement names
    (``event_generic``)."""
    return drop_generic(drop_unasserted([c for c in cands if not _blames_no_party(c, doc, nouns) and not _court_aid(c, doc)
            and not _civilian_retreat(c) and not _protest_retold(c, cands, doc)
            and not _relative_toll(c, doc, nouns) and not _pledge_retold(c, cands, doc)
            and not _meeting_retold(c, cands, doc) and not _summit_attended(c, cands, doc)
            and not _refusal_retold(c, cands, doc)
            and not _crowd_demand_content(c, cands, doc) and not _plotted(c, doc) and not _such_restated(c, cands, doc)
            and not standing_state(c, doc)], doc), doc)


DEMAND_VERBS = frozenset({"demand"})


def _crowd_demand_content(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'students marched ..., protesting against corruption and demanding the resignation of the government': what
    a crowd's participle demands is the protest's content (the demand itself is no REQUEST of its own), not an act."""
    tok = doc[cand.trigger]
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or head.lemma_.lower() not in DEMAND_VERBS or head.tag_ != "VBG" \
            or head.dep_ not in ("advcl", "conj"):
        return False
    if any(o.trigger == head.i for o in cands):
        return False  # a demand coded as a REQUEST of its own folds its content itself
    return any(o.event == "PROTEST" and o is not cand for o in cands)


PLOT_WORDS = frozenset({"plot", "conspire", "conspiracy", "scheme", "connive"})


def _plotted(cand: Candidate, doc) -> bool:
    """'arrested three Colombians suspected of plotting to assassinate Maduro', 'foiled a plot to kill the
    president', 'conspired to kill a dissident': what a plot aims at has not been done (the tuned golds code the
    arrest or the accusation only)."""
    tok = doc[cand.trigger]
    if _past_plan(tok):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ in ("xcomp", "acl") and tok.head.lemma_.lower() in PLOT_WORDS:
        return True
    # ("foiled a plot to assassinate ...": the parser hangs the infinitive on the verb, after the plot noun)
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return tok.dep_ == "advcl" and before is not None and before.lemma_.lower() in PLOT_WORDS \
        and before.dep_ == "dobj" and before.head.i == tok.head.i


PLAN_VERBS = frozenset({"plan", "prepare", "plot"})
PLOTTERS = frozenset({"suspect", "plotter", "cell", "gunman", "militant", "attacker", "assailant", "conspirator"})


def _past_plan(tok) -> bool:
    """'the militants had been planning attacks on checkposts', 'had planned to bomb the embassy': a plan told in
    the past perfect is a plot whose act did not happen (round 22, precision); 'plans to deploy troops' keeps its
    future act."""
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        verb = tok.head
    else:
        return False
    if verb.lemma_.lower() not in PLAN_VERBS or verb.pos_ != "VERB":
        return False
    # (past perfect, not "said it was preparing to launch a counteroffensive", a present plan told in
    # reported speech; a past progressive plan of suspects is a plot too: "the suspects were planning to attack")
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "had" in auxes and (verb.tag_ == "VBN" or verb.tag_ == "VBG" and "been" in auxes):
        return True
    return verb.tag_ == "VBG" and any(a in ("was", "were") for a in auxes) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PLOTTERS for c in verb.children)


def _such_restated(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'travelled to Moscow for talks with Putin, the first such visit by an EU leader in months': a noun marked
    *such* points back at the sentence's act of its type (its parties told differently), it is no new one."""
    tok = doc[cand.trigger]
    if tok.pos_ != "NOUN" or not any(c.lower_ == "such" and c.dep_ in ("amod", "det", "predet") for c in tok.children):
        return False
    return any(o is not cand and o.event == cand.event and o.sent_index == cand.sent_index for o in cands)


# round 18: states and long stretches told as background are no discrete act (docs/plover-decisions.md)
LONG_DURATIONS = frozenset({"month", "year", "decade", "century"})
# a run of acts named as one background span: "amid a campaign of Russian glide-bomb attacks on the city"
RUN_NOUNS = frozenset({"wave", "campaign", "series", "string", "spate", "succession", "cycle", "streak"})
BACKGROUND_PREPS = frozenset({"after", "following", "amid", "despite", "since", "during", "through", "throughout",
                              "into", "over"})
# predicates of lasting: "a blockade that has lasted a decade", "the truce has largely held since July"
LASTING_VERBS = frozenset({"last", "persist", "continue", "endure", "drag", "hold", "remain", "survive"})
# acts whose past or perfect tells a condition, not a deed, in a time clause: "while Israel occupied the area"
HOLDING_VERBS = frozenset({"occupy", "control", "rule", "govern", "administer", "besiege", "blockade"})
STATE_MARKS = frozenset({"while", "whilst", "when", "since", "as"})


def _background_run(tok: Token) -> bool:
    """'after months of Russian attacks on the grid', 'amid a campaign of glide-bomb attacks', 'nearly two years
    into a blockade': a long stretch or a run of acts named as the scene of the reported one, not an act."""
    if tok.dep_ != "pobj":
        return False
    span = tok.head.head if tok.head.lower_ == "of" else None
    if span is not None and _long_span(span) and (
            span.dep_ == "pobj" and span.head.lower_ in BACKGROUND_PREPS
            # (or the subject of a time clause: "since a campaign of Houthi attacks began", "after months of
            # Israeli raids that left the camp's streets bulldozed", read as a clause)
            or span.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_PREPS for c in span.head.children)):
        return True
    # "two years into a blockade": the act is the span's end point
    return tok.head.lower_ == "into" and tok.head.head.lemma_.lower() in LONG_DURATIONS | DURATION_NOUNS


def _long_span(span: Token) -> bool:
    """'months of', 'years of', 'decades of', 'a wave / campaign of' (not 'a month of border fighting')."""
    lemma = span.lemma_.lower()
    return lemma in RUN_NOUNS or lemma in LONG_DURATIONS and (span.tag_ == "NNS" or lemma in ("decade", "century"))


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _lasting(tok: Token) -> bool:
    """An act named by a noun whose own predicate says it lasts: 'a blockade that has lasted a decade', 'the
    ceasefire has broadly held since October', 'a truce ... has been holding for three weeks'."""
    if tok.pos_ != "NOUN":
        return False
    for verb in (c for c in tok.children if c.dep_ in ("relcl", "acl")):
        if verb.lemma_.lower() in LASTING_VERBS and (_perfect(verb) or verb.tag_ == "VBZ"):
            return True  # (a relative clause: the background description of the noun)
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in LASTING_VERBS and (
        _perfect(verb) or verb.lemma_.lower() in ("hold", "endure", "survive")
        and any(c.dep_ == "advmod" and c.lower_ in ("largely", "broadly", "mostly", "so far", "firmly") for c in verb.children)
        or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children))


def _held_condition(verb: Token) -> bool:
    """'while Israel occupied the area', 'since Israel has occupied the Golan Heights for six decades': holding
    or ruling told as a condition in a time clause, not a seizure; so is any act kept up since a time or for a
    span in such a clause ('as U.S. warships have patrolled waters off the country since August')."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in STATE_MARKS for c in verb.children):
        return False  # (not a perfect in the main clause: "JNIM fighters have blockaded Djibo for two months")
    if verb.lemma_.lower() in HOLDING_VERBS:
        return True
    # any act kept up over a span in such a clause: "as U.S. warships have patrolled waters off the country since
    # August", "while Russia has shelled the city for months"
    return _perfect(verb) and any(c.dep_ == "prep" and (c.lower_ == "since" or c.lower_ == "for" and any(
        g.lemma_.lower() in LONG_DURATIONS | DURATION_NOUNS for g in c.children)) for c in verb.children)


def standing_state(cand: Candidate, doc) -> bool:
    """A state or a long run of acts told as background (round 18): 'after months of Russian attacks on
    power stations', 'a blockade that has lasted a decade', 'the truce has largely held since July', 'while
    Israel occupied the area'. The acts that set up the state ('Israel imposed a blockade', 'troops occupied
    two villages on Tuesday') and a run reported as the news ('launched a wave of drones') stay events."""
    tok = doc[cand.trigger]
    if tok.pos_ == "NOUN":
        return _background_run(tok) or _lasting(tok)
    return _held_condition(tok)

