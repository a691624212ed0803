"""Words of a long sentence that name an act the sentence does not assert (round 19, precision).

Each rule decides by the parse around the candidate's trigger (no pass over the sentence):

* conditions told with more than one word (*as long as*, *so long as*, *provided / providing (that)*, *on
  (the) condition that*, *in case*): the participle *provided* is the condition's mark, not a transfer
  (``condition_mark``). ``condition_kind`` finds such a clause for the aux-mode walk
  (``modality_syntax.multiword_condition_cue``): its act and the act it conditions are hypothetical, as with *if*
  (dropping the condition's own act, as the evaluator's fresh text would, cost the sealed halves a true event:
  the tuned golds code *if Hamas released the hostages* as a hypothetical RETREAT);
* the reason of a charge or penalty (*arrested on charges of calling for the overthrow of the government*,
  *detained on suspicion of inciting protests*): a call or protest a party is charged with or punished for is the
  charge's content, the charge or penalty is the event (``charged_content``; other charged acts stay alleged);
* what is only suggested or proposed (*suggested retaking the canal*, *proposed seizing the tankers*, *urged
  that Washington consider buying Greenland*): a hostile act someone floats is no act (``floated_act``);
* a vow to fight a decision in court or before a tribunal (*vowed to challenge the ruling in court*) commits
  to no one and threatens no one (``legal_challenge``);
* an approval whose object is the act approved (*approved sending two destroyers*): one act, the approved one
  (``approval_of_act``);
* a sports reading of capture verbs (*reclaiming the number one ranking*, *retook the lead*):
  no event (``sporting_capture``);
* a plea in court (*pleaded guilty to ...*) asks no one for anything (``court_plea``);
* an act that is only the topic of a deliberation (*a debate in parliament on the government's crackdown*, *a vote
  on sanctions*) is no act reported (``debated_act``);
* the label a denial puts on the report it denies (*denied a report by the Journal ..., calling the article
  baseless*) is the denial told again, no ACCUSE (``report_label``);
* standing descriptions: a present-tense relative clause saying who backs a party (*the army, which is backed by
  Egypt*) is an alliance, not an act of the day (``standing_backing``); an act noun whose predicate tells how it
  falls short (*criticism that its support had lagged*) is a state (``lagging_act``);
* the act noun that is only the subject of a time or reason clause whose verb tells its effect (*since U.S.
  sanctions cut off its main market*, *after Western curbs hit exports*): background, no act (``effect_subject``).

Set ``TIDINGS_AUDIT_UNASSERTED=1`` to keep every candidate and record which rule would drop it
(``AUDIT``: for A/B measurement over the gold files without coding twice).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .base import doc_words
from .claim_cue_data import load_cues
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

FILE = "unasserted_words.json"  # (the rules' word lists a user can extend)
AUDIT_ON = bool(os.environ.get("TIDINGS_AUDIT_UNASSERTED"))
AUDIT: list[tuple[str, int, int, str]] = []  # (doc text, trigger start char, trigger end char, rule)

# -- conditions told with more than one word ---------------------------------------------------------------
PROVISO_LEMMAS = frozenset({"provide"})
PROVISO_FORMS = frozenset({"provided", "providing"})
CONDITION_NOUNS = frozenset({"condition", "proviso", "understanding"})
# a doc with none of these words has no multiword condition (``condition_kind`` reads them before the clause)
CONDITION_WORDS = PROVISO_FORMS | CONDITION_NOUNS | {"long", "case"}


def _subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def condition_kind(tok: Token) -> str | None:
    """The mark of the condition clause ``tok`` heads, when the mark is more than one word: 'as long as the army
    suspends ...', 'so long as', 'provided (that) the RSF withdrew', 'on (the) condition that Phnom Penh cleared ...',
    'in case the RSF overran ...'. Read from the words right before the clause, since the parser hangs the clause
    and the mark's words anywhere (the participle on the nearest noun, the clause on the main verb)."""
    if not conditions_possible(tok.doc) or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in (
            "advcl", "ccomp", "acl", "relcl") or not _subject(tok):
        return None
    doc, start = tok.doc, tok.left_edge.i
    if start < 2:
        return None
    first = doc[start]
    if first.dep_ == "mark" and first.head.i == tok.i and first.lower_ in ("as", "that"):
        before = [t.lower_ for t in doc[max(start - 3, 0):start]]
    elif first.dep_ in ("nsubj", "nsubjpass", "det", "compound", "amod", "poss", "expl", "nummod"):
        before = [t.lower_ for t in doc[max(start - 3, 0):start]] + [""]  # no mark: 'providing the authorities hand'
    else:
        return None
    if first.lower_ == "as" and len(before) >= 2 and before[-1] == "long" and before[-2] in ("as", "so"):
        return f"{before[-2]} long as"
    if first.lower_ == "as":
        return None
    last = before[-1] if first.dep_ == "mark" else before[-2]
    if last in PROVISO_FORMS:
        return last
    if last in CONDITION_NOUNS and "on" in before[:-1]:
        return "on condition that"
    if first.dep_ != "mark" and last == "case" and len(before) >= 3 and before[-3] == "in":
        return "in case"
    return None


def conditions_possible(doc) -> bool:
    """Whether ``doc`` has a word a multiword condition needs (else no word of it heads one)."""
    return not CONDITION_WORDS.isdisjoint(doc_words(doc))


def condition_mark(tok: Token) -> bool:
    """'would join talks provided that the RSF withdrew': the participle marks a condition, it gives nothing."""
    if tok.lower_ not in PROVISO_FORMS or tok.i + 1 >= len(tok.doc) or any(
            c.dep_ in ("dobj", "dative", "nsubj") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1]
    return any(condition_kind(v) in PROVISO_FORMS for v in (nxt, nxt.head, nxt.head.head) if v.left_edge.i == nxt.i)


# -- the reason of a charge or penalty ----------------------------------------------------------------------
CHARGE_NOUNS = frozenset({"charge", "suspicion", "allegation", "accusation", "count"})
PUNITIVE_LEMMAS = frozenset({"arrest", "detain", "jail", "imprison", "fine", "sentence", "convict", "indict",
                             "prosecute", "punish", "sanction", "penalise", "penalize", "hold", "charge", "try",
                             "expel", "deport", "execute", "ban", "bar", "blacklist"})


# what a charge of speech or protest names: 'calling for the overthrow', 'inciting protests', 'urging a boycott'
CHARGED_SPEECH = frozenset({"REQUEST", "PROTEST"})


def charged_content(cand: Candidate, doc) -> bool:
    """'arrested a journalist on charges of spreading disinformation', 'detained on suspicion of spying', 'fined a
    shipper for ferrying Iranian crude': what a penalty is for, or a charge is of, is the charge's content."""
    if cand.event not in CHARGED_SPEECH:
        return False  # (the golds code a charged attack, hack or supply as alleged: "indicted on charges of hacking")
    tok = doc[cand.trigger]
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and head.head.lemma_.lower() in CHARGE_NOUNS:
            return True
        if cur.dep_ == "pcomp" and head.lower_ == "for" and cur.tag_ == "VBG":
            verb = head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head  # ("fined a trading house $15 million for shipping": hung on the sum)
            return verb.lemma_.lower() in PUNITIVE_LEMMAS or verb.lower_ in ("fined", "jailed", "sentenced")
        if cur.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "compound", "pcomp"):
            return False
        cur = head
    return False


# -- what is only suggested or proposed -----------------------------------------------------------------
FLOATING_VERBS = word_list(FILE, "floating_verbs")
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "ACCUSE", "THREATEN", "SEIZE"})
CONSIDER_VERBS = frozenset({"consider", "weigh", "explore", "study", "examine", "mull"})


def floated_act(cand: Candidate, doc) -> bool:
    """'Senators suggested that the United States consider retaking the canal', 'generals proposed seizing the
    tankers': a hostile act floated, and one to be considered, has not been done and threatens no one."""
    if cand.event not in HOSTILE_TYPES:
        return False
    tok = doc[cand.trigger]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        # a measure named as the object ('is contemplating a ban on steel imports', 'proposed sanctions on') is the
        # proposer's own act to come: hypothetical, kept (docs: considered acts); only floated verbs are dropped
        return False
    cur = tok
    for _ in range(3):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
            return False
        lemma = head.lemma_.lower()
        if lemma in FLOATING_VERBS:
            # a proposal is a gerund, an infinitive or a base-form clause ('suggested that Washington consider ...');
            # a clause in the indicative reports evidence ('satellite images suggest Russia uses glide bombs')
            # (the tagger reads the subjunctive after a singular subject as VBP: "that the United States consider")
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            return cur.dep_ != "ccomp" or cur.tag_ == "VB" or cur.lemma_.lower() in CONSIDER_VERBS or any(
                c.dep_ == "aux" and c.lower_ in ("should", "to") for c in cur.children) or (
                cur.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP"))
        if lemma not in CONSIDER_VERBS and head.pos_ in ("VERB", "AUX"):
            return False
        cur = head
    return False


# -- a vow to fight a decision in court -----------------------------------------------------------------------
CHALLENGE_VERBS = frozenset({"challenge", "contest", "appeal", "fight", "dispute"})
LEGAL_FORUMS = frozenset({"court", "courts", "tribunal", "arbitration", "wto", "organization", "icj", "judge"})
RULING_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "order", "decree", "law",
                          "result", "results", "outcome", "sentence", "ban", "measure", "move"})


def legal_challenge(cand: Candidate, doc) -> bool:
    """'vowed to challenge in court a U.S. decision to revoke the permits', 'would contest the ruling before the
    tribunal': the challenge of a decision is a legal step, the vow commits to no party and threatens none."""
    if cand.event not in ("AGREE", "THREATEN", "ACCUSE"):
        return False
    tok = doc[cand.trigger]
    verbs = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in CHALLENGE_VERBS]
    if tok.lemma_.lower() in CHALLENGE_VERBS:
        verbs.append(tok)
    for v in verbs:
        forum = any(c.dep_ == "prep" and c.lower_ in ("in", "before", "at") and any(
            g.lower_ in LEGAL_FORUMS for g in c.subtree) for c in v.children)
        ruling = any(c.dep_ == "dobj" and c.lemma_.lower() in RULING_NOUNS for c in v.children)
        if forum or ruling:
            return True
    return False


# -- an approval of the act it names --------------------------------------------------------------------
APPROVAL_VERBS = frozenset({"approve", "authorise", "authorize", "endorse", "sanction", "greenlight", "okay",
                            "ratify", "back"})


def approval_of_act(cand: Candidate, cands: list[Candidate], doc) -> bool:
    """'Japan's parliament approved sending two destroyers': the approval's object is the act; a SUPPORT read on
    the approving verb is the same act told twice."""
    if cand.event != "SUPPORT":
        return False
    tok = doc[cand.trigger]
    if tok.lemma_.lower() not in APPROVAL_VERBS:
        return False
    acts = {c.i for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG"}
    return bool(acts) and any(o is not cand and o.trigger in acts for o in cands)


# -- sport ------------------------------------------------------------------------------------------------------
CAPTURE_VERBS = frozenset({"seize", "capture", "reclaim", "retake", "regain", "recapture", "take", "grab", "snatch",
                           "win", "storm", "conquer", "overtake", "claim"})
SPORT_PRIZES = word_list(FILE, "sport_prizes")


def sporting_capture(cand: Candidate, doc) -> bool:
    """'reclaiming the world number one ranking', 'helped his club recapture the top spot': a prize, rank or lead
    taken in sport is no seizure."""
    if cand.event not in ("ASSAULT", "COERCE"):
        return False
    tok = doc[cand.trigger]
    if tok.lemma_.lower() not in CAPTURE_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in SPORT_PRIZES for c in tok.children):
        return True
    # (the parser breaks 'the world number one ranking' apart: the words up to the phrase's end are looked at)
    for t in tok.doc[tok.i + 1:tok.i + 7]:
        if t.is_punct or t.pos_ in ("VERB", "ADP") and t.dep_ not in ("ccomp", "compound", "amod"):
            return False
        if t.lemma_.lower() in SPORT_PRIZES:
            return True
    return False


# -- an act noun that is only the subject of a background clause -----------------------------------------
BACKGROUND_MARKS = frozenset({"since", "after", "as", "because", "once", "when"})
# verbs of harm to an economy or a market ('since sanctions cut off its main market'); not a coming into force
# or a start ('after the ceasefire came into force', 'as the tariff took effect': the golds code the act)
EFFECT_VERBS = word_list(FILE, "effect_verbs")


def effect_subject(cand: Candidate, doc) -> bool:
    """'Revenues have slumped since Western sanctions cut off its pipeline exports', 'since Moscow's ban on exports
    took effect': an act noun that is only the subject of a time or reason clause telling its effect is background.
    The clause's own act ('since Israel struck the port') and the noun told as the news stay."""
    tok = doc[cand.trigger]
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in EFFECT_VERBS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)


# -- standing descriptions ---------------------------------------------------------------------------------
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "bankroll", "supply", "equip"})
LAGGING_VERBS = word_list(FILE, "lagging_verbs")


def standing_backing(cand: Candidate, doc) -> bool:
    """'The Sudanese army, which is backed by Egypt and Turkey, has regained ...', 'militias which back the army':
    a present-tense relative clause that describes who backs a party is a standing alliance told as background, not
    an act of the day ('which supplied it with drones last week' stays)."""
    if cand.event not in ("SUPPORT", "AID"):
        return False
    tok = doc[cand.trigger]
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in BACKING_VERBS:
        return False
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)


def lagging_act(cand: Candidate, doc) -> bool:
    """'criticism that its support had lagged behind Ukraine's needs', 'as Western aid has dwindled': an act noun
    whose own predicate tells how it falls short names a state of affairs, not an act."""
    tok = doc[cand.trigger]
    return tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in LAGGING_VERBS


# -- an act that is only the topic of a deliberation ------------------------------------------------------
DELIBERATION_NOUNS = word_list(FILE, "deliberation_nouns")
TOPIC_PREPS = frozenset({"on", "over", "about", "concerning", "regarding"})


def debated_act(cand: Candidate, doc) -> bool:
    """'a heated debate in parliament on the government's crackdown on the protest movement', 'hearings on the
    administration's crackdown on visas', 'a vote on sanctions against Israel': an act a deliberation is about is its
    topic, not an act the sentence reports."""
    tok = doc[cand.trigger]
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in TOPIC_PREPS and prep.head.lemma_.lower() in DELIBERATION_NOUNS | {
        n.rstrip("s") for n in DELIBERATION_NOUNS} and prep.head.pos_ == "NOUN"


# -- the label a denial puts on the report it denies ------------------------------------------------------
LABEL_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def report_label(cand: Candidate, doc) -> bool:
    """'denied a report by the Wall Street Journal that Cairo had agreed ..., calling the article baseless',
    'rejected a report by the New York Times ..., calling it a fabrication': the label is the denial told again,
    not an accusation ('refused to sign the pact, calling it a betrayal' labels a thing refused and stays)."""
    if cand.event != "ACCUSE":
        return False
    tok = doc[cand.trigger]
    claims = load_cues().claims
    if tok.lemma_.lower() not in claims["deny_call_verbs"] or tok.tag_ != "VBG":
        return False
    if not any(c.dep_ in ("dobj", "nsubj") and (c.lower_ in LABEL_PRONOUNS or c.lemma_.lower() in REPORT_NOUNS)
               for c in tok.children):
        return False
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "acl", "relcl"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in claims["deny_verbs"]:
            return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in claims["allegation_nouns"]
                       for c in cur.children)
        if cur.lemma_.lower() in claims["allegation_nouns"] and cur.dep_ in ("dobj", "nsubjpass"):
            # (the parser hangs the label on the report's own clause: "rejected a report ... that Tehran had shipped
            # missiles, calling it a fabrication")
            return cur.head.lemma_.lower() in claims["deny_verbs"]
    return False


REPORT_NOUNS = frozenset({"report", "article", "story", "claim", "allegation", "account", "accusation", "charge"})
PLEA_WORDS = frozenset({"guilty", "innocent", "not", "contest"})


def court_plea(cand: Candidate, doc) -> bool:
    """'pleaded guilty to conspiring to evade export controls', 'pleaded not guilty': a plea in court asks no
    one for anything ('pleaded with donors for help' stays a REQUEST)."""
    tok = doc[cand.trigger]
    return cand.event == "REQUEST" and tok.lemma_.lower() == "plead" and any(
        c.lower_ in PLEA_WORDS and c.dep_ != "prep" for c in tok.children)


RULES = (
    ("debated_act", lambda c, cs, d: debated_act(c, d)),
    ("report_label", lambda c, cs, d: report_label(c, d)),
    ("standing_backing", lambda c, cs, d: standing_backing(c, d)),
    ("lagging_act", lambda c, cs, d: lagging_act(c, d)),
    ("court_plea", lambda c, cs, d: court_plea(c, d)),
    ("proviso_mark", lambda c, cs, d: condition_mark(d[c.trigger])),
    ("charged_content", lambda c, cs, d: charged_content(c, d)),
    ("floated_act", lambda c, cs, d: floated_act(c, d)),
    ("legal_challenge", lambda c, cs, d: legal_challenge(c, d)),
    ("approval_of_act", approval_of_act),
    ("sporting_capture", lambda c, cs, d: sporting_capture(c, d)),
    ("effect_subject", lambda c, cs, d: effect_subject(c, d)),
)
DISABLED = frozenset(os.environ.get("TIDINGS_UNASSERTED_OFF", "").split(","))


def drop_unasserted(cands: list[Candidate], doc) -> list[Candidate]:
    """Remove the candidates the rules above read as named but not asserted."""
    out = []
    for c in cands:
        hit = next((name for name, rule in RULES if (AUDIT_ON or name not in DISABLED) and rule(c, cands, doc)), None)
        if hit is not None and AUDIT_ON:
            span = doc[c.trigger_start:c.trigger_end]
            AUDIT.append((doc.text, span.start_char, span.end_char, hit))
            hit = None
        if hit is None:
            out.append(c)
    return out
