"""Who does a verb's act when the parse gives it no subject of its own (events round 8): the
subject a coordinated, participle, relative or time-clause verb borrows, beyond the general
inheritance in ``arguments.subject_tokens``.

* a second verb of a pair under a causative ("prompting X to expel ... and Y to recall ...");
* a verb whose subject the parser swallowed into the clause before; a verb in an "after / before"
  clause; a gerund after a time preposition ("After meeting Xi, Lula signed ...");
* relative clauses ("Beijing, which summoned X and halted Y"), and the acts an event noun cannot
  do: a speech act or a decision joined to a relative clause on an act ("condemned the operation
  that seized Maduro and demanded his release": the condemner demands, not the operation);
* a second verb the tagger read as a bare infinitive after a gerund ("accused the UAE of arming
  the RSF and cut ties with Abu Dhabi": "cut" is the accuser's past tense, not the accused's act);
* speech participles of a speaker ("X said Y had demolished homes, accusing them of ...") and the
  author of a document ("adopted a resolution demanding ...").

Runs once per verb trigger (never a pass over the sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import event_embedded as embedded
from . import event_fronted as fronted_subjects
from .arguments import (
    LAUNCH_VERBS,
    direct_subjects,
    launch_ground,
    misparsed_gerund,
    subject_tokens,
)
from .base import FINITE_TAGS, ORDER_VERBS, PARTY_PRONOUNS
from .event_clauses import paired_subject, time_clause_subject
from .event_context import document_author, relative_antecedent
from .event_reduced_clauses import charged_act, launch_sibling

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .verblex import Trigger

# prepositions of time whose gerund shares the main clause's subject ("after meeting Xi, Lula ...")
TIME_PREPS = frozenset({"after", "before", "following", "since", "upon", "on", "while", "when"})
# relative pronouns that can stand for a subject ("whom" is an object: "Deif, whom Israel says it killed")
SUBJECT_RELATIVES = frozenset({"which", "who", "that"})
# types a thing cannot do, only a party that speaks: vow, urge, accuse, refuse, praise
SPEECH_TYPES = frozenset({"THREATEN", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"})
# what an act (an operation, a strike, a raid) can itself do: kill, seize, deliver, deploy, free
ACT_DOABLE = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT"})
SUSPECT_WORDS = frozenset({"suspect", "accuse", "allege"})
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise"})
# verbs whose past tense is their base form: the tagger reads them as infinitives after a gerund
INVARIANT_PASTS = frozenset({"cut", "put", "set", "shut", "hit", "quit", "spread", "cast", "let", "bid", "thrust",
                             "upset", "broadcast", "forecast", "beat", "burst", "split", "shed", "rid", "hurt"})


def clause_subject(tok: Token, entries: list[Trigger], by_tok, mentions, lex) -> tuple[list[Token], str | None]:
    """(subject tokens, route) of a verb trigger; ``mentions(tokens, by_tok)`` codes tokens; ``lex`` is the
    trigger lexicon (an antecedent among its event nouns is an act, among its instruments a thing: no party)."""
    if tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return [], None  # "to come to each other's aid if attacked": a reduced passive, whoever attacks
    if tok.dep_ == "pcomp" and tok.head.head.dep_ == "acl" and tok.head.head.lemma_.lower() in SUSPECT_WORDS \
            and tok.head.head.tag_ != "VBG" and not charged_act(tok, entries, by_tok):
        # (not "a report accusing soldiers of executing villagers")
        return [], None  # "civilians suspected of collaborating": a description of the victims, no one's act
    if tok.dep_ == "compound" and tok.lower_.endswith("ing") and (accused := _accused_of_compound(tok)):
        return accused, "of-complement"  # "accused Belarus of massing tanks" (the gerund read as a noun modifier)
    if (accused := _accused_noun(tok)) is not None:
        return accused, "of-complement"  # "accused the army and the volunteer fighters of killing civilians"
    if (named := rooted_name(tok)) is not None:
        return [named], "acl-main"  # "Andrzej Duda, who has long criticised Germany, called on Washington to ..."
    if misread_main_verb(tok):
        return [tok.head], "acl-main"  # "Islamist militants killed at least 50 soldiers ..., sources said"
    if all(e.type == "COOPERATE" for e in entries) and _penalty_reason(tok):
        return [], None  # "sanctioned two refineries for buying Iranian oil": the grounds of a penalty, no trade coded
    if penalised := _penalised_for(tok):
        return penalised, "of-complement"  # "imposed sanctions on Iranian entities for supplying drones to Russia"
    subj_toks, _agent, route = subject_tokens(tok)
    if not subj_toks and (judge := _summed_judge(tok, by_tok)) is not None:
        subj_toks, route = [judge], "direct"  # "..., an incident Beijing's coast guard blamed on ..."
    # the pair's subject also acts in its "by" gerund and its coordinated verbs ("... and Somalia to
    # recall its ambassador and call the accord an act of aggression")
    owner = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "by" else (
        tok.head if tok.dep_ == "conj" else None)
    if (pair := paired_subject(tok) or (paired_subject(owner) if owner is not None else None)):
        subj_toks, route = [pair], "paired"
    elif swallowed := fronted_subjects.swallowed_subject(tok):
        subj_toks, route = swallowed, "swallowed"  # "... into Israel and Israeli jets pounded ..."
    elif fronted := fronted_subjects.fronted_subject(tok):
        subj_toks, route = fronted, "swallowed"  # "Under a deal mediated by the UAE, Russia and Ukraine exchanged"
    elif (reported := _after_inverted_attribution(tok, entries)):
        subj_toks, route = reported, "conj"  # "Israeli forces killed 30 Palestinians, officials said, and ordered ..."
    elif not subj_toks and (orderer := _ordered_small_clause(tok)):
        subj_toks, route = orderer, "ordered"  # "ordered the borders closed and expelled the envoy": the orderer
    elif not subj_toks and (raised := _raised_subject(tok)):
        subj_toks, route = raised, "control"  # "Burkina Faso is set to expel three French diplomats"
    elif tc_subj := time_clause_subject(tok):
        subj_toks, route = tc_subj, "time-clause"  # "a day after the Philippines and the U.S. held drills"
    elif route == "of-complement" and (means := _means_of(tok)) is not None:
        # "Russia violated the ceasefire by shelling Kherson", "accused Hamas of breaching the truce by firing
        # rockets": a means gerund is done by whoever does the verb it hangs on, not by that verb's object
        subj_toks = subject_tokens(means)[0]
        subj_toks = (clause_subject(means, [], by_tok, mentions, lex)[0] or subj_toks) \
            if means.dep_ == "pcomp" else subj_toks
    elif (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in TIME_PREPS
          and not direct_subjects(tok)[0]):
        # "After meeting Xi in Beijing, Lula signed ...", "struck Gaza after accusing Hamas of ...": the main
        # clause's subject (not its object, as for "accused X of supplying"); through a measure of time ("lifted a
        # ban, a month after imposing it")
        main = tok.head.head.head if tok.head.head.dep_ == "npadvmod" else tok.head.head
        subj_toks, route = subject_tokens(main)[0], "time-gerund"
    elif (first := _parallel_gerund(tok)) is not None:
        subj_toks, route = subject_tokens(first)[0], "conj"  # "accused Eritrea of preparing for war and of arming"
    elif (finite := _past_after_gerund(tok)) is not None:
        subj_toks, route = direct_subjects(finite)[0], "conj"  # "accused X of arming Y and cut ties with X"
    elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and finite_after_infinitive(tok.head):
        # "ordered stations to stop relaying X and expelled the attache, accusing Paris of ...": the orderer's
        subj_toks, route = direct_subjects(tok.head.head.head)[0], "conj"
    elif route != "relative" and subj_toks and subj_toks[0].lower_ in SUBJECT_RELATIVES:
        # "Beijing, which summoned X and halted Y", "Rwanda, which the UN accuses of sending troops"
        subj_toks, route = relative_antecedent(subj_toks[0]), "relative"
        if subj_toks and not all(e.type in ACT_DOABLE for e in entries) and (
                (not mentions(subj_toks, by_tok) and all(e.type in SPEECH_TYPES for e in entries))
                or _act_noun(subj_toks[0], lex.nouns)):
            # "claimed a strike that set a tanker ablaze and vowed to keep ...": a strike vows nothing;
            # "condemned the U.S. operation that seized Maduro and demanded his release": an operation
            # demands nothing. The act is the main clause's (the parser joined it to the relative clause)
            holder = next((a for a in subj_toks[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
            subj_toks = subject_tokens(holder)[0] if holder is not None else []
    elif route == "conj" and subj_toks and all(e.type in SPEECH_TYPES for e in entries) and (
            _act_noun(subj_toks[0], lex.nouns) or subj_toks[0].lemma_.lower() in lex.instruments):
        # "Pakistan said Indian missiles had hit six sites and vowed to retaliate": missiles vow nothing; the
        # parser joined the speaker's vow to the reported clause
        holder = next((a for a in subj_toks[0].head.ancestors if a.pos_ in ("VERB", "AUX")
                       and direct_subjects(a)[0] and direct_subjects(a)[0][0].i != subj_toks[0].i), None)
        subj_toks = direct_subjects(holder)[0] if holder is not None else []
    if route == "direct" and (own_side := _with_absolute_side(tok, subj_toks, by_tok)):
        subj_toks = own_side  # "Germany expelled two Russian diplomats, with the foreign ministry calling Moscow's ..."
    if route == "direct" and (launcher := _launched_by(subj_toks, by_tok)):
        subj_toks = launcher  # "Drones launched by the Rapid Support Forces struck a shelter": the RSF struck
    elif (ground := _launch_verb_ground(tok, by_tok, lex)) and (
            tok.dep_ == "ccomp" or not any(m.code for m in mentions(subj_toks, by_tok))):
        # (the launch shape first: it is rare, and coding the subject's parties is the dear test)
        subj_toks = ground  # "Drones launched from Russian-occupied Crimea struck Odesa" (launched read as the verb)
    if route in ("relative", "direct") and (person := embedded.person_antecedent(tok, subj_toks, by_tok)):
        subj_toks = person  # "fired tear gas at demonstrators ... who were protesting": not the gas
    if (all(e.type in SPEECH_TYPES for e in entries) or tok.lemma_.lower() == "call") \
            and (spk := embedded.speaker_participle(tok) or _after_time_clause(tok, by_tok, mentions)
                 or _unnamed_official(tok, by_tok)):
        subj_toks, route = spk, "speaker"  # "X said Y had demolished homes, accusing them of ...": X accuses
    elif route == "direct" and (main := _cataphoric_subject(tok, subj_toks, by_tok)):
        subj_toks = main  # "Two days after it bombed the port, Israel's military said ...": the pronoun is Israel's
    if (author := document_author(tok)) is not None and not mentions(subj_toks, by_tok):
        subj_toks, route = author, "document"  # "adopted a resolution demanding that ...": the adopter
    return subj_toks, route


# subordinators of a time clause ("a day after X struck ...", "as X entered ...")
TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "as", "when", "while", "once"})


def _time_clause_verb(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _after_time_clause(tok: Token, by_tok, mentions) -> list[Token]:
    """"Mali expelled Algeria's ambassador a week after its army shot down a drone, accusing Algiers of backing
    rebels": the parser hangs a speech participle that follows a time clause on the time clause's verb; it is the
    main clause's comment (or, in a report, its speaker's: "Pakistan's army said India had fired ... two days after
    militants attacked a bus, accusing New Delhi of ..."). When the participle names the main clause's own party as
    its object, it is the time clause's doer who speaks ("Israel struck Yemen after the Houthis fired a missile,
    accusing Israel of ...")."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    clause = tok.head
    if clause.i > tok.i or not _time_clause_verb(clause) or clause.head.i == clause.i:
        # hung on the main verb past a time clause: only a self-accusation says it is the time clause's doer's
        # ("Israel struck Yemen after the Houthis fired a missile, accusing Israel of ...")
        between = [c for c in clause.children if c.dep_ == "advcl" and c.i < tok.i and _time_clause_verb(c)]
        if not between or clause.i > tok.i:
            return []
        own = {m.code for m in mentions(direct_subjects(clause)[0], by_tok) if m.code}
        named = {m.code for m in mentions([c for c in tok.children if c.dep_ == "dobj"], by_tok) if m.code}
        return direct_subjects(between[-1])[0] if own and named & own else []
    anchor = clause.head
    while anchor.dep_ in ("conj", "xcomp") and anchor.head.i != anchor.i:
        anchor = anchor.head  # ("ordered the Red Cross to leave ... after ..., accusing": the orderer)
    if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in embedded.REPORT_LEMMAS and anchor.head.i < anchor.i:
        main = [c for c in anchor.head.children if c.dep_ == "nsubj"]
    else:
        main = subject_tokens(anchor)[0]
    own = {m.code for m in mentions(main, by_tok) if m.code}
    if not own:
        return []
    named = {m.code for m in mentions([c for c in tok.children if c.dep_ in ("dobj", "dative")], by_tok) if m.code}
    return direct_subjects(clause)[0] if named & own else main


# speakers who speak for the state whose act they report
OFFICIAL_SPEAKERS = frozenset({"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "official",
                               "government", "president", "presidency", "office", "prosecutor", "attorney"})


def _unnamed_official(tok: Token, by_tok) -> list[Token]:
    """A speech participle after a trailing attribution is the attribution's speaker's: "Israeli troops killed three
    Palestinians in Jenin, the Palestinian health ministry said, accusing Israel of executing them" (the parser
    hangs "accusing" on "killed"); a speaker that is an official of no named country speaks for the state whose act
    the report tells ("Venezuelan security forces arrested an American, the interior minister said, accusing him
    of ...")."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    verb = tok.head
    if verb.lemma_.lower() in embedded.REPORT_LEMMAS and verb.i < tok.i:
        attribution, told = verb, next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    else:
        attribution = next((c for c in verb.children if c.dep_ == "parataxis" and verb.i < c.i < tok.i
                            and c.lemma_.lower() in embedded.REPORT_LEMMAS), None)
        told = verb
    if attribution is None or told is None:
        return []
    speaker = [c for c in attribution.children if c.dep_ == "nsubj"]
    if len(speaker) != 1:
        return []
    if (m := by_tok.get(speaker[0].i)) is not None and m.code:
        return speaker if attribution.i != verb.i else []  # (on the attribution itself: inherited already)
    if speaker[0].lemma_.lower() not in OFFICIAL_SPEAKERS:
        return []
    doers = direct_subjects(told)[0]
    return doers if doers and all((m := by_tok.get(d.i)) is not None and m.code for d in doers) else []


def _cataphoric_subject(tok: Token, subj: list[Token], by_tok) -> list[Token]:
    """"Two days after it bombed the port of Hodeidah, Israel's military said ...", "A week after they seized
    Bukavu, M23 rebels appointed ...": the pronoun of a fronted time clause points forward to the main clause's
    subject (kept: a pronoun the story has already resolved to a party of an earlier sentence)."""
    if len(subj) != 1 or subj[0].lower_ not in PARTY_PRONOUNS or not _time_clause_verb(tok) or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return []  # (not a precondition: "Before it can disburse the loan, the IMF wants ...")
    main_verb = tok.head
    if main_verb.dep_ == "npadvmod" and main_verb.pos_ == "NOUN":
        main_verb = main_verb.head  # "Days after he met Xi, Lula said": the clause hangs on "Days"
    main = main_subject(main_verb)
    if not main or main[0].i < tok.i or main[0].pos_ == "PRON":
        return []
    if subj[0].lower_ == "it" and main[0].tag_ == "NNS":
        return []  # "it" is no plural common noun ("After it was hit, the ships ...")
    known = by_tok.get(subj[0].i)
    if known is not None and known.code and known.sent_index > 0:
        return []
    return main


def main_subject(verb: Token) -> list[Token]:
    """The subject of a main verb, also when the parser joined it to the object of a fronted clause as an apposition
    ("A week after they seized the city of Bukavu, M23 rebels on Sunday appointed ...": "rebels" hangs on "city")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj or verb.tag_ not in FINITE_TAGS:
        return subj
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    if not fronted:
        return []
    j = verb.i - 1
    while j > fronted[0].i and _hangs_on(verb.doc[j], verb, fronted[0]):
        j -= 1  # past the main verb's own words before it ("on Sunday")
    noun = verb.doc[j]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "conj"):
        return []
    left = noun.left_edge.i
    if left == 0 or verb.doc[left - 1].lower_ != ",":
        return []
    return [noun]


def _hangs_on(word: Token, verb: Token, clause: Token) -> bool:
    """The word belongs to the verb's own phrases, not to the fronted clause."""
    cur = word
    for _ in range(6):
        if cur.i == clause.i:
            return False
        if cur.head.i == verb.i:
            return cur.dep_ not in ("advcl",)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# raising frames whose to-infinitive the parser may hang as an adverbial clause ("is set to expel")
RAISING_FRAMES = frozenset({"set", "poise", "due", "slate", "schedule", "expect", "likely", "about", "ready", "prepare"})


def _after_inverted_attribution(tok: Token, entries) -> list[Token]:
    """"Israeli forces killed at least 30 Palestinians overnight, health officials said on Sunday, and ordered
    residents of Khan Younis to leave": a material act joined to an attribution that follows the reported clause
    continues the report's doer, not the speaker (a speech act stays the speaker's: "..., the ministry said, and
    accused Israel of ...")."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not entries or all(e.type in SPEECH_TYPES for e in entries):
        return []
    report = tok.head
    if report.lemma_.lower() not in embedded.REPORT_LEMMAS or report.i > tok.i:
        return []
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in ("response", "retaliation", "reply") for g in c.children)
           for c in tok.children):
        return []  # "..., the Israeli military said, and struck targets in response": the speaker answers
    told = next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)
    return direct_subjects(told)[0] if told is not None else []


def _ordered_small_clause(tok: Token) -> list[Token]:
    """"N'Tam ordered the borders with Senegal closed and expelled the bloc's envoy", "Ruto ordered the crossings
    reopened and recalled the envoy": the participle of an ordered small clause (and a verb joined to it) is done
    by whoever ordered it."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.tag_ in ("VBN", "VBD") else tok
    if verb.tag_ not in ("VBN", "VBD"):
        return []
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        order = verb.head.head
    elif verb.dep_ == "ccomp" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        order = verb.head
    else:
        return []
    if order.lemma_.lower() not in ORDER_VERBS or order.i > verb.i:
        return []
    return direct_subjects(order)[0]


def _raised_subject(tok: Token) -> list[Token]:
    """"Burkina Faso is set to expel three French diplomats": the to-infinitive hung as an adverbial clause of a
    raising frame takes the frame's (passive) subject, as its xcomp would."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    frame = tok.head
    if frame.lemma_.lower() not in RAISING_FRAMES and frame.lower_ not in RAISING_FRAMES:
        return []
    return [c for c in frame.children if c.dep_ in ("nsubjpass", "nsubj")]


def _means_of(tok: Token) -> Token | None:
    """The verb a "by V-ing" means gerund hangs on (also when the parser reads the gerund as its object's
    adjective: "punished Chisinau by halting gas deliveries"), else None."""
    if direct_subjects(tok)[0]:
        return None
    prep = tok.head if tok.dep_ == "pcomp" else None
    if prep is None and (noun := misparsed_gerund(tok)) is not None:
        prep = noun.head
    if prep is None or prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _with_absolute_side(tok: Token, subj: list[Token], by_tok) -> list[Token]:
    """"Germany expelled two Russian diplomats, with the foreign ministry calling Moscow's interference
    intolerable": the role noun of a with-clause on a state's act is that state's (the actors stage gives a bare
    role noun the nearest country, here the one it judges); only when that reading would judge its own side."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "with" or len(subj) != 1:
        return []
    m = by_tok.get(subj[0].i)
    if m is None or m.kind != "agent" or not m.code or any(
            w.text[:1].isupper() for w in tok.doc[m.start:m.end] if w.i != m.start or w.lower_ != "the"):
        return []  # (a role noun with its own country word keeps it: "the Ukrainian foreign ministry")
    judged = [k for k in tok.children if k.dep_ in ("dobj", "ccomp")]
    judged += [g for k in judged for g in k.children if g.dep_ == "poss"]
    if not any((j := by_tok.get(k.i)) is not None and j.code == m.code and j is not m for k in judged):
        return []
    main = tok.head.head
    doers = direct_subjects(main)[0] if main.pos_ in ("VERB", "AUX") else []
    return doers if doers and all((d := by_tok.get(x.i)) is not None and d.code and d.code != m.code
                                  for x in doers) else []


LEAD_VERBS = frozenset({"lead", "head", "command", "chair"})


SUMMING_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act", "incident", "episode",
                           "attack", "strike", "raid", "operation", "provocation"})


def _summed_judge(tok: Token, by_tok) -> Token | None:
    """'..., an incident Beijing's coast guard blamed on the Philippine crew', '..., a move Tokyo condemned': the
    parser reads the judge after the summing noun as that noun's apposition and the verb as the judge's passive
    participle; with no "by" agent the judge is the verb's subject."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.i != head.i + 1 or head.dep_ != "appos" \
            or any(c.dep_ == "agent" for c in tok.children):
        return None
    m = by_tok.get(head.i)
    if m is None or not m.code:
        return None
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    return head if before is not None and before.lemma_.lower() in SUMMING_NOUNS and before.dep_ == "appos" else None


def _launch_verb_ground(tok: Token, by_tok, lex) -> list[Token]:
    """'Drones launched from Russian-occupied Crimea struck Odesa', 'Missiles fired from Yemen struck a tanker':
    the parser reads the launch participle as the sentence's verb and hangs the strike on it (a conjunct, an
    adverbial or a bare dependent); the weapon it has as subject came from the ground the launch verb names."""
    gov = tok.head
    if tok.dep_ == "ccomp" and (sib := launch_sibling(tok)) is not None:
        gov = sib  # "officials said drones launched from Iran had struck a camp": two reported clauses
    elif gov.i == tok.i or tok.dep_ not in ("conj", "advcl", "dep") or gov.lemma_.lower() not in LAUNCH_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    weapons = [c for c in gov.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex.instruments]
    if len(weapons) != 1 or ((m := by_tok.get(weapons[0].i)) is not None and m.code and gov.i == tok.head.i):
        return []  # (a reported clause's weapons may carry the speaker's code: the named ground is surer)
    return launch_ground(gov, by_tok)


def _launched_by(subj: list[Token], by_tok) -> list[Token]:
    """The agent of a participle on an uncoded subject: "Drones launched by the RSF struck ...", "missiles fired by
    the Houthis hit ..." (a weapon or a unit does what its launcher does)."""
    if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return []
    own = by_tok.get(subj[0].i)
    # a role noun whose country the actors stage only guessed from the sentence ("a delegation headed by Qatar's
    # prime minister arrived in Kabul": not Kabul's) is led by its leader
    guessed = own is not None and own.kind == "agent" and own.confidence < 1.0
    if own is not None and own.code and not guessed:
        return []
    for c in subj[0].children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if own is not None and c.lemma_.lower() not in LEAD_VERBS:
                continue  # (a role noun's backer is no doer: "fighters backed by Rwanda")
            if agents and all(g.i in by_tok or any(t.i in by_tok for t in g.subtree if t.dep_ == "poss")
                              for g in agents):
                return agents  # ("headed by Qatar's prime minister": the office's owner names it)
            if not agents and c.lemma_.lower() in LAUNCH_VERBS:
                # "a drone launched from Houthi-held territory struck ...", "was hit by missiles fired from Yemen":
                # whoever holds the ground it came from
                ground = launch_ground(c, by_tok)
                if ground:
                    return ground
    return []


def rooted_name(tok: Token) -> Token | None:
    """"Polish President Andrzej Duda, who has long pressed NATO allies to ..., called on Washington to ...": the
    parser roots the name and hangs the finite past tense after its relative clause on the name or on a noun
    inside that clause; the past tense is the sentence's own verb and the rooted name its subject."""
    root = tok.sent.root
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or root.pos_ not in ("PROPN", "NOUN") or root.i >= tok.i:
        return None
    # (or the relative clause of the name's apposition: "Jordan, a close U.S. ally that hosts American troops,
    # condemned ...", where the tagger may read the verb as a participle)
    rel = [c for c in root.children if c.i < tok.i and (c.dep_ == "relcl" or (
        c.dep_ == "appos" and any(g.dep_ == "relcl" for g in c.children)))]
    if tok.head.i == root.i and rel or any(c.left_edge.i <= tok.head.i <= c.right_edge.i for c in rel):
        return root
    return None


def misread_main_verb(tok: Token) -> bool:
    """"Islamist militants killed at least 50 soldiers in Burkina Faso, security sources said": the parser reads
    the clause before a trailing attribution as a reduced relative on its subject ("militants killed ..." as
    "militants who were killed"). A participle with a direct object of its own is no passive: the noun it
    hangs on, the subject of the attribution verb, is its doer."""
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ == "npadvmod" and tok.head.pos_ == "PROPN" \
            and tok.head.i < tok.i < tok.head.head.i and any(c.dep_ == "relcl" for c in tok.head.children) \
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return True  # "Malaysia, which chairs ASEAN, offered to host talks ..., Anwar said" (the name read as an adverb)
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ == "nsubj" and tok.head.i < tok.i \
        and any(c.dep_ == "dobj" for c in tok.children) \
        and not any(c.dep_ in ("auxpass", "agent", "nsubj", "nsubjpass", "dative") for c in tok.children) \
        and tok.head.head.i > tok.i


# penalties whose "for V-ing" names what the penalised party did
PENALTY_NOUNS = frozenset({"sanction", "sanctions", "penalty", "fine", "tariff", "tariffs", "ban", "embargo",
                           "restriction", "restrictions", "curb", "curbs", "measure", "measures"})
PENALTY_VERBS = frozenset({"sanction", "fine", "ban", "blacklist", "penalise", "penalize", "punish", "designate"})


def _penalty_reason(tok: Token) -> bool:
    """'sanctioned / fined / blacklisted X for V-ing', 'sanctions on X for V-ing': a gerund the penalty is for."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ != "for":
        return False
    holder = tok.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ in ("on", "against"):
        holder = holder.head.head
    return holder.lemma_.lower() in PENALTY_NOUNS | PENALTY_VERBS or holder.lower_ in PENALTY_NOUNS


def _penalised_for(tok: Token) -> list[Token]:
    """'imposed sanctions on Iranian entities for supplying drones to Russia', 'new U.S. tariffs on India for
    buying Russian oil': the reason of a penalty is the act of the one penalised (the 'on / against' object of
    the penalty noun), as the reason of a reproach is ('lashed out at France for arming Armenia')."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ != "for" or direct_subjects(tok)[0]:
        return []
    holder = tok.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ in ("on", "against") and (
            holder.head.head.lemma_.lower() in PENALTY_NOUNS or holder.head.head.lower_ in PENALTY_NOUNS):
        return [holder]  # "for" hung on the penalised: "sanctions on Iranian entities for supplying ..."
    # (a penalising verb's own object did it: "sanctioned three Chinese companies on Thursday for supplying ...")
    nouns = [holder] if holder.pos_ not in ("VERB", "AUX") and (holder.lemma_.lower() in PENALTY_NOUNS or holder.lower_ in PENALTY_NOUNS) else [
        c for c in holder.children if c.dep_ == "dobj" and (c.lemma_.lower() in PENALTY_NOUNS or c.lower_ in PENALTY_NOUNS)
    ] if holder.pos_ in ("VERB", "AUX") else []
    return [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children if g.dep_ == "pobj"]


def _act_noun(tok: Token, nouns) -> bool:
    """An antecedent that names an act ("the operation", "the strikes"), not a party."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns


def _past_after_gerund(tok: Token) -> Token | None:
    """The finite verb above a gerund that a past tense identical to its base form is joined to: "accused
    the UAE of arming the RSF and cut ties", "charged X with smuggling arms and put him on trial". A base
    form joined to a gerund with no "to" of its own cannot be an infinitive of the gerund's clause."""
    if finite_after_infinitive(tok):
        # "ordered the French ambassador to leave and accused Paris of ...": a finite verb joined to an
        # infinitive is the orderer's next act, not the ambassador's
        host = tok.head.head
        while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
            host = host.head  # (the verb over a decision noun: "condemned Washington's decision to ...")
        return host if direct_subjects(host)[0] else None
    if tok.dep_ != "conj" or tok.tag_ != "VB" or tok.lower_ not in INVARIANT_PASTS or tok.head.tag_ != "VBG":
        return None
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children):
        return None
    for anc in tok.head.ancestors:
        if anc.pos_ in ("VERB", "AUX") and anc.tag_ == "VBD":
            return anc if direct_subjects(anc)[0] else None
        if anc.tag_ in FINITE_TAGS:
            return None  # a present-tense clause: "cut" may well be the gerund's own second verb
    return None


def _parallel_gerund(tok: Token) -> Token | None:
    """The first of parallel 'of V-ing' complements, when the parser joined the second preposition to a word of
    the first ("accused Eritrea of preparing for war and of arming rebels": "of arming" hangs on "for"): both
    gerunds share one doer."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.dep_ != "conj":
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    anchor = first.head
    if first.dep_ == "prep" and anchor.tag_ == "VBG" and anchor.dep_ == "pcomp":
        return anchor  # the second "of" joined to the first gerund's own preposition
    gerunds = [c for c in first.children if c.dep_ == "pcomp" and c.tag_ == "VBG"] if first.dep_ == "prep" else []
    if gerunds:
        return gerunds[0]
    if tok.head.lower_ in ("of", "for") and first.dep_ == "prep":
        # deeper: "accused Eritrea of arming a rebel faction in the Tigray region and of massing troops" (the
        # second "of" hangs on the first gerund's object's "in")
        for anc, _ in zip(first.ancestors, range(5), strict=False):
            if anc.tag_ == "VBG" and anc.dep_ == "pcomp" and anc.head.lower_ == tok.head.lower_:
                return anc
    return None


def finite_after_infinitive(tok: Token) -> bool:
    """A finite verb the parser joined to an infinitive complement ("told Manila to withdraw its vessels and imposed
    sanctions"): the main clause's next act, neither the complement's doer nor its content."""
    # (also an infinitive of purpose or of a decision noun: "flew to Manila to meet Marcos and signed a pact",
    # "condemned Washington's decision to sell arms and imposed sanctions")
    head = tok.head
    return tok.dep_ == "conj" and head.tag_ == "VB" and (head.dep_ == "xcomp" or head.dep_ in ("advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children)) and (
        tok.tag_ in ("VBD", "VBZ") or (tok.tag_ == "VBN" and any(
            c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in tok.children))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ == "to") for c in tok.children)


def _accused_of_compound(tok: Token) -> list[Token]:
    """The accused of an "of" complement whose gerund the tagger read as its object's compound."""
    prep = tok.head.head
    if tok.head.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.lemma_.lower() not in ACCUSING_VERBS:
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


def _accused_noun(tok: Token) -> list[Token] | None:
    """"accused the army and the volunteer fighters of killing civilians": the parser hangs "of killing" on the
    last accused noun, not on the verb; the accused (all conjuncts) did it."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "for") or tok.head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = tok.head.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return [noun] + [c for c in noun.conjuncts]
