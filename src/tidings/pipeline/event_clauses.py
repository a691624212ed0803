"""Clause shapes of long sentences (events round 6): who acts in a second or third clause, and side
clauses that name no event of their own.

* "prompting Ottawa to expel an Indian diplomat and New Delhi to retaliate": the parser hangs the second
  "Y to V" pair inside the first; Y is V's subject (``paired_subject``);
* "New Delhi retaliated by expelling a Canadian diplomat": the act in the "by" gerund is the event
  (``means_only``);
* a jailbreak by outlaws is no release (``jailbreak``); an awaited or imagined event noun in a side
  clause is no event (``anticipated``); an act or measure that endangers something threatens no one
  (``thing_threatens``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import FINITE_TAGS, STATE_SECTORS, Parse, parse
from .claim_cue_data import load_cues
from .event_fronted import objectless_opener_subject
from .event_pairs import CAUSATIVES, paired_subject, paired_subject_index, paired_subjects  # noqa: F401 (re-exported)
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate


# non-state armed or criminal actors: they break people out of jail; they do not release them from it
OUTLAW_SECTORS = frozenset({"CRM", "REB", "UAF"})
# (and a partially recognised state's: the Transnistrian authorities hold prisoners too)
JAILER_SECTORS = STATE_SECTORS | {"PRE"}
INMATE_WORDS = frozenset({"inmate", "convict", "prisoner", "detainee"})
PRISON_WORDS = frozenset({"prison", "jail", "penitentiary", "gaol", "lockup"})


def jailbreak(cand: Candidate, doc) -> bool:
    """'Armed gangs attacked two prisons and freed about 4,000 inmates': a jailbreak by outlaws is part of
    their attack, not a release (RETREAT is the holder letting captives go; the gangs' own hostages stay)."""
    if cand.event != "RETREAT" or cand.mode != "release":
        return False
    sectors = {m.sector for m in cand.actor}
    if not sectors & OUTLAW_SECTORS or sectors & JAILER_SECTORS:
        return False
    tok = doc[cand.trigger]
    released = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    released += [g for c in released for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "hundreds of inmates"
    lemmas = {c.lemma_.lower() for c in released}
    if lemmas & {"inmate", "convict"}:
        return True
    sent = tok.sent
    return bool(lemmas & INMATE_WORDS) and any(t.lemma_.lower() in PRISON_WORDS for t in sent)


# verbs whose subject waits for, fears or suffers what their object names, rather than doing it
ANTICIPATING_VERBS = frozenset({"brace", "gird", "steel", "await", "fear", "dread", "anticipate", "expect"})
# modifiers of an event noun that say it has not happened (yet)
PROSPECT_MODIFIERS = frozenset({"possible", "potential", "imminent", "expected", "feared", "looming", "anticipated",
                                "prospective", "likely", "eventual", "hypothetical", "future", "impending"})
# nouns whose "of" / "for" object is only expected (what a fear noun foresees is handled with the types' rules)
EXPECTATION_NOUNS = frozenset({"anticipation", "expectation", "preparation", "readiness", "prospect", "fear",
                               "possibility", "risk", "danger", "threat",
                               # hoped for or rumoured: "shares rallied on hopes of a ceasefire" (round 22)
                               "hope", "optimism", "speculation", "rumour", "rumor", "worry"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "would", "may"})
CONTINUING_VERBS = frozenset({"continue", "resume", "proceed", "persist", "go", "carry", "restart", "intensify"})
# cooperative acts and retreats named by a noun that a "would leave / begin / take place" schedules
SCHEDULE_VERBS = word_list("act_verbs.json", "schedule_verbs")
PLANNABLE_TYPES = frozenset({"AID", "CONSULT", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE", "AGREE"})


# participles of a stance that describe a noun ("a plan backed by Washington", "a candidate supported by Riyadh")
STANCE_PARTICIPLES = frozenset({"back", "support", "endorse", "favour", "favor", "champion", "sponsor", "prefer"})


# armed parties whose backers are news ("fighters backed by Chad", "militias supported by Iran")
BACKED_ARMED_NOUNS = frozenset({"fighter", "rebel", "militia", "militiaman", "militant", "insurgent", "paramilitary",
                            "gunman", "separatist", "proxy", "faction", "force", "group", "army", "troop"})


def stance_description(cand: Candidate, doc) -> bool:
    """SUPPORT read off a participle that describes a noun ('approved a plan backed by Washington', 'the
    resolution, backed by France, demands ...'): who stands behind the thing is its description, no act the
    sentence reports (the main clause's event may take the backer through its by phrase). A backed armed party
    ('fighters backed by Chad') is a backing told, which its backer may deny (lead)."""
    tok = doc[cand.trigger]
    return cand.event == "SUPPORT" and tok.tag_ == "VBN" and tok.dep_ == "acl" \
        and tok.lemma_.lower() in STANCE_PARTICIPLES and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.lemma_.lower() not in BACKED_ARMED_NOUNS


def anticipated(cand: Candidate, doc) -> bool:
    """An event noun only awaited or imagined in a side clause: '..., as traders braced for a possible
    Israeli attack', '..., as residents braced for more strikes', 'told parliament that a Chinese attack on
    Taiwan could threaten Japan's survival' (the subject of a hypothetical clause). When the expectation is
    the sentence's own statement ('Lebanon braced for an Israeli attack') the event stays, and the claims
    stage marks it hypothetical. Verb events (and light verbs) are never dropped here."""
    tok = doc[cand.trigger]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in EXPECTATION_NOUNS:
        return True  # "in anticipation of renewed Russian attacks", "in preparation for" (below)
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in EXPECTATION_NOUNS:
        return True
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ == "ROOT":
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in PROSPECT_MODIFIERS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    if tok.dep_ in ("pobj", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in ANTICIPATING_VERBS:
        return True
    # ("said deportations of Haitian migrants would continue": an ongoing or resumed act is no imagined one; "its
    # aid shipment would leave on Friday", "the exchange would take place on Friday": a plan announced)
    return tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in CONTINUING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in head.children) and not (
        cand.event in PLANNABLE_TYPES and head.lemma_.lower() in SCHEDULE_VERBS)


def thing_threatens(cand: Candidate, doc, nouns) -> bool:
    """'a Chinese attack could threaten Japan's survival', 'the tariffs threaten jobs': an event or
    measure that endangers something is no one's threat (THREATEN needs an agent as its subject)."""
    if cand.event != "THREATEN":
        return False
    tok = doc[cand.trigger]
    if tok.pos_ != "VERB":
        return False
    # ("After its air strike on Hodeidah, Israel warned ...": the opener's object misread as the subject)
    subj = (tok.dep_ == "ROOT" and objectless_opener_subject(tok)) or [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and subj[0].tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = [tok.head]  # "a move that threatened the transition"
    elif not subj and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
        # "steps the African Union said threatened the transition" (the tagger may read "steps" as a verb)
        return tok.head.head.lemma_.lower() in SUMMING_NOUNS or tok.head.head.lower_ in ("steps", "moves", "measures")
    return bool(subj) and subj[0].pos_ == "NOUN" and (subj[0].lemma_.lower() in nouns
                                                      or subj[0].lemma_.lower() in SUMMING_NOUNS)


def means_only(cands: list[Candidate], doc) -> list[Candidate]:
    """'New Delhi retaliated by expelling a Canadian diplomat', 'punished Moscow by closing its consulates':
    the act named in the 'by' gerund is the event; the intransitive verb it explains ('retaliated',
    'responded', 'hit back') adds none. A head of the same type is the same act told twice ('killed the
    commander by striking his flat'): the head, with its own parties, stays and the gerund goes."""
    by_trigger = {c.trigger: c for c in cands}
    dropped: set[int] = set()
    for c in cands:
        t = doc[c.trigger]
        host = by_trigger.get(t.head.head.i) if t.dep_ == "pcomp" and t.head.lower_ == "by" else None
        if host is None or host is c:
            continue
        if host.event == c.event:
            dropped.add(id(c))
        elif not any(k.dep_ in ("dobj", "nsubjpass") for k in doc[host.trigger].children):
            dropped.add(id(host))
    return [c for c in cands if id(c) not in dropped]


HOME_WORDS = frozenset({"home", "homeland", "hometown", "motherland", "fatherland"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "oneself"})
# participles that say where forces are, not that they moved: "Filipino troops stationed there"
POSTED_VERBS = frozenset({"station", "base", "garrison", "post", "position", "quarter"})


def no_counterpart(cand: Candidate, doc) -> bool:
    """Readings that leave no second party: a visit to one's own country ('the envoy, who was visiting his
    home country') and support for oneself ('Tehran was entitled to defend itself')."""
    p = parse(doc)  # asked of every candidate: by index
    kids, deps, lemmas = p.kids, p.dep, p.lemma
    objs = [c for c in kids[cand.trigger] if deps[c] in ("dobj", "pobj")] + [
        g for c in kids[cand.trigger] if deps[c] == "prep" for g in kids[c] if deps[g] == "pobj"]
    if cand.event == "CONSULT" and any(lemmas[o] in HOME_WORDS or any(
            deps[k] in ("compound", "amod") and lemmas[k] in HOME_WORDS | {"native"} for k in kids[o])
            for o in objs):
        return True
    return cand.event == "SUPPORT" and any(p.lower[o] in REFLEXIVES for o in objs)


def posted_forces(cands: list[Candidate], doc) -> list[Candidate]:
    """'blocked a supply boat from reaching Filipino troops stationed there': forces described by where they
    are posted, inside another act of the sentence, are a state, not a deployment (alone, 'its first combat
    unit stationed abroad' may be the only word for the move, and stays)."""
    others = [doc[c.trigger] for c in cands]
    out = []
    for c in cands:
        tok = doc[c.trigger]
        if (c.event == "MOBILIZE" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in POSTED_VERBS
                and any(o.i != tok.i and any(a.i == o.i for a in tok.ancestors) for o in others)):
            continue
        out.append(c)
    return out


TIME_MARKS = frozenset({"after", "before", "since", "until", "till"})


def time_clause_subject(verb: Token) -> list[Token]:
    """'..., a day after the Philippines and the United States held joint drills': the parser reads 'after'
    as a preposition, so the clause's subject hangs on it as its object and the verb looks subjectless
    (it would borrow the main clause's subject). The object of that 'after', left of the verb, is the
    subject (with its conjuncts)."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    holders = [verb] + [c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i]
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in TIME_MARKS and p.i < verb.i:
                subj = [g for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")]
                if subj and subj[0].i < verb.i:
                    return [subj[0], *subj[0].conjuncts]
    return []


# clause links under which a verb states a purpose or the content of another act
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl"})


def drop_protest_demands(cands: list[Candidate], doc) -> list[Candidate]:
    """A REQUEST in the purpose clause of a protest ("held a rally to demand ...", "marched to
    demand ...") is the protest's demand (manual, PROTEST), not a second event; so is the crowd's
    accusation in a participle on it, and the demand in a participle on an ultimatum or threat."""
    protest_words = {i for c in cands if c.event == "PROTEST" for i in range(c.trigger_start, c.trigger_end)}
    protest_words |= {c.trigger for c in cands if c.event == "PROTEST"}
    if not protest_words and not any(c.event == "THREATEN" for c in cands):
        return cands

    def under_protest(tok: Token) -> bool:
        for _ in range(3):
            if tok.dep_ not in PURPOSE_DEPS or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.i in protest_words or any(k.i in protest_words for k in tok.children if k.dep_ == "dobj"):
                return True
        return False

    def grievance_of(c: Candidate, kinds: set[int]) -> bool:
        """A participle right on the act, by the same actor: "stoned the embassy, accusing New Delhi of ...",
        "issued an ultimatum to the ambassador, demanding his departure" (the ultimatum is the demand)."""
        t = doc[c.trigger]
        return t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.i in kinds and any(
            {m.code for m in c.actor if m.code} & {m.code for m in o.actor if m.code} for o in cands if o.trigger == t.head.i)

    threats = {c.trigger for c in cands if c.event == "THREATEN"}
    # a crowd's slogans restate its protest; a party or lawmakers boycotting a vote and calling it rigged accuse
    crowd_protests = {c2.trigger for c2 in cands if c2.event == "PROTEST" and not _organised(c2, doc)}
    # (a vow too: "began a hunger strike, vowing to continue until ...")
    return [c for c in cands if not (
        (c.event in ("REQUEST", "AGREE") and under_protest(doc[c.trigger]))
        or (c.event == "ACCUSE" and grievance_of(c, crowd_protests))
        or (c.event == "REQUEST" and grievance_of(c, threats)))]


# actors of a protest that are no crowd: a boycott or walkout by a party, the opposition, lawmakers, a government
ORGANISED_WORDS = frozenset({"opposition", "party", "lawmaker", "legislator", "mp", "deputy", "senator", "government",
                             "minister", "delegation", "bloc", "coalition", "alliance", "faction", "leader"})


def _organised(c: Candidate, doc) -> bool:
    """A protest by an organisation ("Georgia's opposition boycotted the session", "Chadema boycotted the vote"):
    its participle verdict ("calling the election rigged") is an accusation of its own, not a crowd's slogan."""
    return any(doc[m.root].lemma_.lower() in ORGANISED_WORDS or m.sector in ("GOV", "OPP", "LEG", "PTY")
               for m in c.actor)  # (not "students boycotted classes, calling the fee rise unfair": a crowd)


# subordinators that make a clause a setting, never a verb taking the clause before it as its content
SETTING_MARKS = frozenset({"after", "before", "since", "while", "as", "because", "although", "though", "when",
                           "until", "once", "whereas"})


def misrooted_main(tok: Token) -> bool:
    """'Australia signed a defence treaty with PNG on Monday, ..., weeks after China offered Port Moresby a
    policing deal': the parser made the time clause the root and the main clause its complement. A clause
    before a verb that is itself subordinate ("after China offered") is no content of that verb."""
    head = tok.head
    return tok.dep_ == "ccomp" and tok.i < head.i and any(
        c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in head.children)


def unheld_nouns(stage, si: int, held, failed: set[int], by_tok, according) -> list[Candidate]:
    """'Nigeria's appeal for troops was discussed at the summit', 'Spain's arms embargo on Israel was approved by
    parliament': the verb that took the event noun as its argument came to nothing (an agentless passive, an
    uncoded agent), so the noun's own act is the sentence's event. Not when the verb ends the act ('Russia's
    blockade of the ports was lifted': the act is over, not reported). ``stage`` is the events stage."""
    out: list[Candidate] = []
    for tok, entries, owner in held:
        if id(owner) not in failed or owner.etype in ("CONCEDE", "RETREAT"):
            continue
        hit = stage._noun_hit(tok, entries, by_tok)
        cand = stage._candidate(si, hit, by_tok, according) if hit is not None else None
        if cand is not None:
            out.append(cand)
    return out


ORDINAL_TIMES = frozenset({"first", "second", "third", "last", "only", "latest", "fourth", "fifth"})


def time_restatement(cand: Candidate, doc) -> bool:
    """'Poland shot down Russian drones, the first time a NATO member had fired on Russian assets': a clause on
    'the first / only time' sums up the main act in general words; it is no second event."""
    t = doc[cand.trigger]
    head = t.head
    return t.dep_ == "relcl" and head.lemma_.lower() == "time" and head.dep_ in ("npadvmod", "appos") \
        and any(c.lower_ in ORDINAL_TIMES for c in head.children if c.dep_ in ("amod", "det"))


def summing_act_noun(cand: Candidate, doc) -> bool:
    """'... and detained three Kenyan police officers, an incursion it described as a violation': a bare act noun
    after a comma that the parser hangs on the clause's object as an apposition restates that clause; it is no
    second event (and its object is no doer)."""
    t = doc[cand.trigger]
    if t.pos_ != "NOUN" or t.dep_ != "appos" or t.left_edge.i == 0 or doc[t.left_edge.i - 1].lower_ != ",":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "on", "against")) for c in t.children):
        return False
    head = t.head
    return head.dep_ in ("dobj", "pobj") and any(a.pos_ == "VERB" for a in head.ancestors)


def sole_authority(cand: Candidate, doc) -> bool:
    """'saying only the ousted president could expel its envoy', 'only Congress can lift the sanctions': who alone
    may do an act is a statement about authority, not the act (nor a threat)."""
    t = doc[cand.trigger]
    if not any(c.dep_ == "aux" and c.lower_ in ("could", "can", "may", "might") for c in t.children):
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "only" and g.i < s.i for g in s.subtree)
               for s in t.children)


def kept_apart(h, covered: dict, official) -> bool:
    """A hit that no other hit takes as its content: a main clause misrooted under a time clause, and a state's
    demand joined to its diplomatic protest ("Japan protested to Beijing over the post and demanded its removal":
    a crowd's demand is its protest's, a government's is a REQUEST of its own). ``official(actor, doc)``."""
    if misrooted_main(h.tok) or summed_main(h.tok) or parallel_infinitive(h.tok, covered):
        return True
    outer = covered.get(h.tok.head.i) if h.etype == "REQUEST" and h.tok.dep_ == "conj" else None
    return outer is not None and outer.etype == "PROTEST" and outer.tok.lemma_.lower() == "protest" \
        and official(outer.actor, h.tok.doc)


# a noun after a comma that sums up the clause before it: ", a demand Kabul rejected", ", a move Beijing condemned"
SUMMING_NOUNS = frozenset({"demand", "move", "decision", "proposal", "claim", "charge", "accusation", "request", "offer",
                           "call", "plan", "step", "measure", "allegation", "ultimatum", "statement", "announcement"})


def parallel_infinitive(tok: Token, covered: dict) -> bool:
    """"prompting Warsaw to ask its NATO allies for more air defences and to close two border crossings with
    Belarus": a second "to"-infinitive joined to a first that is itself the asking is a second act of the same
    party, not what it asks for (the parser joins it to the first infinitive)."""
    if tok.dep_ != "conj" or not _has_to(tok):
        return False
    first = tok.head
    return first.i in covered and _has_to(first) and first.dep_ in ("xcomp", "advcl", "ccomp")


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def summed_main(tok: Token) -> bool:
    """"Pakistan demanded that Kabul stop militants ..., a demand Kabul rejected hours later": the parser makes the
    reaction the root and the main clause its complement; the main clause is no content of the reaction."""
    return tok.dep_ == "ccomp" and tok.i < tok.head.i and summing_subject(tok.head)


def summing_subject(verb: Token) -> bool:
    """The verb's subject is a summing noun after a comma (or opens with one the parser made a compound of the
    subject: ", a proposal community leaders turned down")."""
    doc = verb.doc
    for k in verb.children:
        if k.dep_ != "nsubj" or k.left_edge.i == 0 or doc[k.left_edge.i - 1].lower_ != ",":
            continue
        first = doc[k.left_edge.i + 1] if k.left_edge.tag_ == "DT" and k.left_edge.i < k.i else k.left_edge
        if k.lemma_.lower() in SUMMING_NOUNS or (
                first.i < k.i and first.dep_ == "compound" and first.tag_ == "NN" and first.lemma_.lower() in SUMMING_NOUNS):
            return True
    return False


def denial_label(verb: Token) -> bool:
    """'Belarus rejected the accusation, calling it a fabrication', 'Iran called the report a fabrication':
    labelling an allegation false is the denial the claims stage already reads (docs/claims.md), not
    a new accusation of whoever is named in it."""
    if verb.lemma_.lower() != "call":
        return False
    # (the claims stage's own lists: what a denial answers and the verbs that deny it)
    cues = load_cues().claims
    allegations = cues["allegation_nouns"]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in allegations:
        return True
    head = verb.head
    return (obj.pos_ == "PRON" and verb.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in cues["deny_verbs"]
            and any(c.dep_ == "dobj" and c.lemma_.lower() in allegations for c in head.children))


RELATIVE_WORDS = frozenset({"that", "which", "whom"})
# reactions to a deal: "a deal that Eritrea denounced", "a pact Moscow welcomed" judge it, they are not its content
# (reactions to a deal: not arguments.JUDGING_VERBS, the verbs that judge an act and label it: "called", "branded")
JUDGING_VERBS = word_list("reaction_verbs.json", "deal_judging_verbs")
# phrasal judgements: "a proposal Kurti turned down"
JUDGING_PHRASALS = frozenset({("turn", "down"), ("shoot", "down")})


def judged_deal(clause: Token) -> bool:
    """'a deal that neighbouring Eritrea quickly denounced as a threat': the deal is the object of the relative
    clause (its gap, or a relative pronoun as object), and a party judges it; not what the deal provides for."""
    kids = list(clause.children)
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in kids):
        return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in kids)
    judging = clause.lemma_.lower() in JUDGING_VERBS or any(
        c.dep_ == "prt" and (clause.lemma_.lower(), c.lower_) in JUDGING_PHRASALS for c in kids)
    return judging and not any(c.dep_ == "dobj" for c in kids) \
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in kids)


# a participle that lets something follow from a deal or an easing: "agreed a deal ..., allowing shipments to resume"
ALLOWING_VERBS = frozenset({"allow", "permit", "enable", "let", "pave", "clear"})
# a participle that spells out what a sanction does: "imposed sanctions on X, barring American firms from ..."
RESTRICTING_VERBS = frozenset({"bar", "ban", "prohibit", "forbid", "block", "freeze", "restrict", "cut"})
EASING_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT"})
# what the participle on an easing would be: the access, aid or cooperation it opens
EASED_TYPES = frozenset({"RETREAT", "CONCEDE", "AID", "COOPERATE"})
REMOVAL_MODES = frozenset({"expel", "deport"})


def elaborations(cands: list[Candidate], doc) -> list[Candidate]:
    """A participle that spells out the event it hangs on is no second event (events round 10): the deadline of
    an expulsion ("expelled the consul, giving him 48 hours to leave"), what a deal or an easing lets happen
    ("agreed a deal ..., allowing shipments to resume"), what a sanction bars ("imposed sanctions on X, barring
    American firms from ..."). Kept: a participle with a subject of its own, or on another party's act, and a
    different act ("expelled the envoy, accusing Paris of ...")."""
    p = parse(doc)
    by_trigger = {c.trigger: c for c in cands}
    drop: set[int] = set()
    releases = [c for c in cands if c.event == "RETREAT" and c.mode == "release"]
    for c in cands:
        t = c.trigger
        if c.event == "ACCUSE" and p.lemma[t] == "blame" and _blamed_on_thing(p, t, c):
            drop.add(id(c))
            continue
        if c in releases and p.tag[t] == "VBN" and (p.dep[t] == "acl" or (p.dep[t] == "pcomp" and p.lower[p.head[t]]
                                                                          == "with")) and any(
                r is not c and not (any(p.dep[k] == "agent" for k in p.kids[t]) and _other_releaser(r, c))
                for r in releases):
            drop.add(id(c))  # "released 390 prisoners ..., with some of the Ukrainians freed from jails in Donetsk"
            continue
        if p.dep[t] in ("xcomp", "ccomp") and p.lemma[(a := p.head[t])] in ALLOWING_VERBS and p.tag[a] == "VBG" \
                and p.dep[a] == "advcl" and (host := by_trigger.get(p.head[a])) is not None and host is not c \
                and _same_doers(host, c):
            drop.add(id(c))  # "declared a state of emergency, allowing the armed forces to support police": permitted
            continue
        if c.event == "SANCTION" and c.mode == "convict" and p.tag[t] == "VBG" and p.dep[t] == "pcomp" \
                and p.lower[(w := p.head[t])] in ("after", "before") and (host := by_trigger.get(p.head[w])) \
                is not None and host is not c and host.mode == "convict" and _same_doers(host, c):
            drop.add(id(c))  # "sentenced Lai to 20 years after convicting him of collusion": one verdict (round 22)
            continue
        part = t  # ("freezing his assets and barring Americans from ...": the second participle of a pair)
        while p.dep[part] == "conj" and p.tag[p.head[part]] == "VBG" and p.head[part] != part:
            part = p.head[part]
        if p.tag[t] != "VBG" or p.dep[part] != "advcl" or any(p.dep[k] in ("nsubj", "nsubjpass") for k in p.kids[t]):
            continue
        head = p.head[part]
        host = by_trigger.get(head) or next((by_trigger[k] for k in p.kids[head] if k in by_trigger
                                             and p.dep[k] in ("dobj", "nsubjpass")), None)
        if host is None or host is c or not _same_doers(host, c):
            continue
        lemma = p.lemma[t]
        if (c.event == "THREATEN" and lemma == "give" and (host.mode in REMOVAL_MODES or host.event == "SANCTION")) \
                or (lemma in ALLOWING_VERBS and host.event in EASING_TYPES and c.event in EASED_TYPES) \
                or (lemma in RESTRICTING_VERBS and host.event == "SANCTION" and c.event in ("SANCTION", "COERCE")):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop] if drop else cands


def _other_releaser(other: Candidate, c: Candidate) -> bool:
    """'freed three hostages in exchange for 90 prisoners released by Israel': the other side's release (a by-agent
    whose coded doers share no code with the other release's), a swap's second act, not the first one restated."""
    mine, theirs = {m.code for m in c.actor if m.code}, {m.code for m in other.actor if m.code}
    return bool(mine) and bool(theirs) and not mine & theirs


def _blamed_on_thing(p: Parse, verb: int, cand: Candidate) -> bool:
    """'blaming a fire on a fault in a storage unit', 'blamed the outage on a technical failure': what is blamed
    on a thing accuses no one (docs: blaming a thing accuses no one)."""
    if any(m.code for m in cand.recipient):
        return False
    holders = [verb] + [k for k in p.kids[verb] if p.dep[k] == "dobj"]
    on = [g for h in holders for k in p.kids[h] if p.dep[k] == "prep" and p.lower[k] == "on"
          for g in p.kids[k] if p.dep[g] == "pobj"]
    return bool(on) and all(p.pos[g] == "NOUN" for g in on)


def _same_doers(host: Candidate, cand: Candidate) -> bool:
    own = {m.code for m in host.actor if m.code}
    return bool(own) and {m.code for m in cand.actor if m.code} <= own


# how far a vow hangs below the act it answers: "condemned ..., promising to respond", "fired ..., vowing to continue"
VOW_PATH_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp"})


def threat_partners(cands: list[Candidate], doc) -> list[Candidate]:
    """A threat with no one named is aimed at the party of the act it hangs on (events round 10): "condemned the
    drills by the United States and South Korea, promising to respond with overwhelming force" (the condemned),
    "fired missiles at an Israeli army post, vowing to continue its attacks" (the attacked); when that act is
    another party's, at its doer: "said Ukrainian drones had struck an oil depot, promising a harsh response"."""
    threats = [c for c in cands if c.event == "THREATEN" and not any(m.code for m in c.recipient)]
    if not threats or len(cands) < 2:
        return cands
    p = parse(doc)
    by_trigger = {c.trigger: c for c in cands}
    for c in threats:
        own = {m.code for m in c.actor if m.code}
        host, cur = None, c.trigger
        if p.pos[cur] != "VERB":
            continue  # (a warning noun is the reactions' to aim)
        for _ in range(3):
            if p.dep[cur] not in VOW_PATH_DEPS or p.head[cur] == cur:
                break
            cur = p.head[cur]
            host = by_trigger.get(cur) or next((by_trigger[k] for k in p.kids[cur] if k in by_trigger
                                                and p.dep[k] in ("dobj", "nsubjpass") and k != c.trigger), None)
            if host is not None and host is not c:
                break
            host = None
        if host is None or not own:
            continue
        doers = [m for m in host.actor if m.code]
        if doers and not own & {m.code for m in doers}:
            c.recipient = doers  # the other party's act it answers
        else:
            c.recipient = [m for m in host.recipient if m.code and m.code not in own] or c.recipient
    return cands


# verbs that make someone act; with an act or a decision as subject they name a cause, no one's request
CAUSATIVE_VERBS = frozenset({"push", "force", "drive", "prompt", "lead", "spur", "compel", "cause", "trigger", "move"})


def caused_by_act(tok: Token, subj: list[Token], nouns) -> bool:
    """"Washington's decision to double tariffs pushed India to seek closer ties with the EU", "Russia's invasion
    pushed Finland and Sweden to seek NATO membership": an act or decision that makes a party act asks nothing of it
    (the act itself and the complement, whose subject is the party made to act, are the events)."""
    if tok.lemma_.lower() not in CAUSATIVE_VERBS or len(subj) != 1:
        return False
    head = subj[0]
    return head.pos_ == "NOUN" and (head.lemma_.lower() in nouns or head.lemma_.lower() in SUMMING_NOUNS) \
        and any(c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                for c in tok.children)


# verbs that break or ignore an earlier commitment: the commitment they take is no new event
BREACH_VERBS = word_list("act_verbs.json", "breach_verbs")


# what is broken or kept: an earlier promise or deal ("kept up its bombardment" is the bombardment going on)
COMMITMENT_NOUNS = word_list("act_nouns.json", "commitments")


def broken_commitment(cand: Candidate, doc) -> bool:
    """"accused the Kremlin of ignoring its own pledge", "breaking its promise to halt attacks", "reneged on the
    agreement": a commitment named as what is broken, kept or ignored was made before; it is no event of this
    sentence (the breach is what is told)."""
    p = parse(doc)
    t = cand.trigger
    if p.pos[t] != "NOUN":
        return False
    head = p.head[t]
    if p.dep[t] == "pobj" and p.lower[head] in ("on", "from"):
        head = p.head[head]  # "reneged on the agreement", "backtracked from its pledge"
    elif p.dep[t] not in ("dobj", "nsubjpass"):
        return False
    return p.lemma[head] in BREACH_VERBS and p.pos[head] == "VERB" and p.lemma[t] in COMMITMENT_NOUNS


# complements whose gerund the tagger may read as a noun modifier: "accused X of massing tanks", "blamed X for ..."
GERUND_PREPS = frozenset({"of", "for"})


def compound_gerund(p: Parse, i: int, verbs) -> str | None:
    """The verb lemma of an "-ing" word the tagger read as a noun compound of the object of an "of / for"
    complement ("accused Belarus of massing tanks and artillery near the border"), when that verb is a trigger."""
    low = p.lower[i]
    if p.dep[i] != "compound" or not low.endswith("ing") or len(low) < 6 or p.tag[i] != "NN":
        return None
    noun = p.head[i]
    if noun <= i or p.dep[noun] != "pobj" or p.lower[p.head[noun]] not in GERUND_PREPS:
        return None
    stem = low[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if cand and cand in verbs:
            return cand
    return None
