"""Stage 'events': trigger words + dependency arguments -> PLOVER event candidates.

For each sentence the stage walks the tokens once, looks verb and noun lemmas up in
the trigger lexicon (knowledge/verbs.json, see ``verblex``), picks the first trigger
entry whose conditions (particle, object class, subject class) hold, and reads actor
and recipient off the parse (``arguments``). Then, per sentence:

* complements of AGREE / REQUEST / REJECT / THREATEN verbs are folded into them
  ("urged Iran to release the sailors" is one REQUEST 'yield', not REQUEST + RETREAT);
* events inside speech or accusation ("X said Y attacked Z", "X accused Y of
  supplying Z") get ``speaker`` / ``embedding`` / ``embedding_cue`` for the claims stage;
* a verb and the noun it governs that name the same event are merged, identical
  dyads deduplicated, and at most ``config.max_events_per_sentence`` kept.

Decisions (what counts, recipient rules, ambiguous verbs) are in docs/plover-decisions.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import event_embedded as embedded
from .argument_recipients import CARRY_PARTICIPLES as CARGO_VERBS
from .arguments import (
    OBJ_DEPS,
    datives,
    direct_subjects,
    guest_words,
    is_question,
    misparsed_gerund,
    objects,
    passive_subjects,
    place_mention,
    place_recipient,
    prep_objects,
    recipient_mentions,
    self_owned,
    subject_tokens,
    unique,
    words,
)
from .base import Candidate, Mention, SentTokens, StoryContext, doc_words, parse
from .coref import implicit_recipients
from .event_advisories import output_policy, travel_advisory
from .event_agentless import place_doers
from .event_anaphor_doers import anaphor_doers
from .event_background import drop_background
from .event_business import business_only, company_act
from .event_candidate import CandidateMixin
from .event_clause_walk import paired_counterparts, walk_doers
from .event_clauses import (
    anticipated,
    broken_commitment,
    caused_by_act,
    compound_gerund,
    denial_label,
    drop_protest_demands,
    elaborations,
    jailbreak,
    kept_apart,
    means_only,
    no_counterpart,
    posted_forces,
    sole_authority,
    stance_description,
    summing_act_noun,
    thing_threatens,
    threat_partners,
    time_restatement,
    unheld_nouns,
)
from .event_context import (  # noqa: F401 (the claims stage reads them here)
    CRIME_VERBS,
    MAYBE_MODALS,
    THREAT_MODALS,
    ContextMixin,
    own_agent,
    retyped,
    withheld_accusation,
)
from .event_deterrence import announced_response
from .event_fold import ABSORBING, FoldMixin, Hit
from .event_grievance_doers import grievance_actors, grievance_doers
from .event_guards import (
    arrest_warrant,
    collapse_symmetric,
    condition_content,
    dated,
    drop_threat_conditions,
    economic_conflict,
    failed_reason,
    hostile_wish,
    hypothetical_any,
    incursion,
    natural_cause,
    no_comment,
    poll_share,
    purpose_content,
    requested_content,
    score_report,
)
from .event_labels import attack_strike, first_of_two_predicates, hidden_verdicts
from .event_nominal import BLAME_ADJECTIVES, QUANTITY_HEADS, NominalMixin
from .event_object_relatives import object_relative
from .event_occurrence import occurrence_hit
from .event_orders import own_force_orders
from .event_own_subjects import own_subject_acts
from .event_parties import (
    reaction_recipients,
)
from .event_passive_doers import passive_doers
from .event_penalty_reasons import penalty_reasons
from .event_quotes import drop_quoted_restatements
from .event_reactions import charged_actors, court_places, reaction_hits, reaction_targets
from .event_relations import free_relative_targets, labelled_act_doers
from .event_releases import held_releases
from .event_reproaches import REPROACH_WORDS
from .event_retype import armed_backing
from .event_rules import (
    TRANSFER_TYPES,
    bound,
    carry_recipients,
    dedupe,
    fold_participles,
    imprisoned,
    relative_subjects,
    story_country,
)
from .event_side_clauses import side_clause_filter, side_doers, summed_reaction_targets
from .event_stances import PAYING_VERBS, protest_purposes, relative_tolls
from .event_subjects import clause_subject
from .event_time_targets import across_border_targets
from .event_unnamed_attacks import drop_unnamed_twins
from .event_verdicts import verdict_offence
from .owners import capitals
from .verblex import Lexicon, Trigger, load_lexicon
from .word_lists import word_list

# verbs that carry a message to its addressee, whom a demand participle on them addresses
MESSAGE_VERBS = frozenset({"send", "write", "deliver", "hand", "submit", "address", "dispatch"})
# prepositions that aim an act at its target (never an agent's own description: "rebels from Syria")
AIM_PREPS = frozenset({"at", "against", "on", "toward", "towards", "into"})

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_PREPS = frozenset({"in", "at"})
PARTICLES = frozenset({"over", "out", "up", "down", "off", "back", "in", "away"})
PARTICLE_ADVS = frozenset({"away", "out", "back", "off", "down", "up"})
PORTION_WORDS = frozenset({"some", "most", "all", "part", "many", "several", "half", "much", "rest", "bulk", "majority",
                           "remainder", "none", "each", "one", "two", "three", "dozens", "hundreds", "thousands"})
# Types whose object noun carries the recipient: "sanctions on X", "ties with X", "aid to X".
OBJ_PREP_TYPES = frozenset({"SANCTION", "CONCEDE", "AID", "COOPERATE", "RETREAT", "MOBILIZE"})
NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr"})
LADEN_PARTICIPLES = frozenset({"load", "laden", "pack", "fill", "stack", "stock"})


# warnings whose content is another party's act, not the warner's own threat
WARNING_LEMMAS = word_list("reaction_verbs.json", "warning_verbs")


class Events(CandidateMixin, NominalMixin, ContextMixin, FoldMixin):
    name = "events"

    def __init__(self, nlp, config) -> None:
        self.config = config
        self.lex: Lexicon = load_lexicon(list(getattr(config, "dictionaries", []) or []))
        self.max_per_sentence = int(getattr(config, "max_events_per_sentence", 6))
        self._story_country: Mention | None = None
        self._told: list[Candidate] = []  # the story's events so far (the captives a reproach may name again)
        self._sent_toks: SentTokens | list[Token] = []  # the sentence being coded (its Token objects made once)
        self._verb_triggers: dict[int, Hit] = {}  # the sentence's verb hits by trigger position
        # a verb's entries (by list identity) -> (the list, each entry's needed words; None: one needs none)
        self._needs: dict[int, tuple[list[Trigger], tuple[frozenset[str], ...] | None]] = {}

    # -- story ------------------------------------------------------------------------
    def __call__(self, ctx: StoryContext) -> None:
        self._story_country = story_country(ctx.mentions)
        self._told = ctx.candidates
        by_sent: dict[int, list[Mention]] = {}
        for m in ctx.mentions:
            by_sent.setdefault(m.sent_index, []).append(m)
        for si, sent in enumerate(ctx.sents):
            by_tok: dict[int, Mention] = {}
            for m in by_sent.get(si, ()):
                first = by_tok.get(m.start)
                if first is not None and first is not m and (first.start, first.end) == (m.start, m.end):
                    # several parties on one span ("the two sides"): they travel together
                    if not any(g is m for g in first.group):
                        first.group.append(m)
                    continue
                for i in range(m.start, m.end):
                    by_tok.setdefault(i, m)
            found = self.sentence_candidates(si, sent, by_tok)
            if found:
                penalty_reasons(found, sent, by_tok)
                carry_recipients(ctx.candidates, found, si, sent)
                implicit_recipients(ctx.candidates, found, si, sent, ctx.mentions)
            ctx.candidates.extend(found)
        ctx.candidates[:] = drop_quoted_restatements(ctx.candidates, ctx.sents)

    # -- sentence ---------------------------------------------------------------------
    def sentence_candidates(self, si: int, sent, by_tok: dict[int, Mention]) -> list[Candidate]:
        lex = self.lex
        # a Token object per word only when a rule asks for that word (the same object every time)
        self._sent_toks = toks = SentTokens(sent.doc, sent.start, sent.end)
        poses = (p := parse(sent.doc)).pos[sent.start:sent.end]  # labels, children as lists: no Token per look
        # questions and verbless headlines report nothing
        if "VERB" not in poses and "AUX" not in poses or is_question(toks):
            return []
        lemmas, deps, tags, kids = p.lemma[sent.start:sent.end], p.dep, p.tag, p.kids
        if lex.sports_cues.intersection(lemmas) or len(lex.sports_weak_cues.intersection(lemmas)) >= 2 \
                or score_report(toks, lemmas):
            return []  # sports reports: "beat", "attack", "strike" are not political events
        verb_hits: list[Hit] = []
        nouns: list[tuple[Token, list[Trigger]]] = []
        according_tok = None
        for k, (lem, pos) in enumerate(zip(lemmas, poses, strict=True)):
            if lem == "accord" and according_tok is None:
                according_tok = toks[k]
            # ("Shelling of Kramatorsk by Russian troops killed four": a gerund subject named as the noun "shelling")
            noun_lem = p.lower[i] if pos == "VERB" and tags[i := sent.start + k] == "VBG" and deps[i] in ("nsubj", "csubj") \
                and lem not in lex.nouns and p.lower[i] in lex.nouns else lem
            if pos == "VERB" and (deps[i := sent.start + k] in NOMINAL_DEPS or noun_lem != lem) and tags[i] != "VBD" \
                    and noun_lem in lex.nouns \
                    and not any(deps[c] in ("nsubj", "nsubjpass") for c in kids[i]) \
                    and not (tags[i] == "VB" and deps[i] == "conj" and p.pos[p.head[i]] == "VERB") \
                    and not (tags[i] == "VBN" and p.lower[i] != lem and p.lower[i].endswith("ed")) \
                    and not (tags[i] in ("VBZ", "VBP") and deps[i] == "conj" and p.pos[p.head[i]] == "VERB"
                             and any(deps[c] in ("dobj", "xcomp") for c in kids[i])):
                # (a base form joined to a verb is a verb: "to recall its ambassador and call the accord ...";
                # a past participle is no noun: "met her counterpart and protested against ...";
                # so is a finite one with its own object: "Kenya rejects IMF plan, demands new talks")
                pos, lem = "NOUN", noun_lem  # a plural noun tagged as a verb: "conducted drills" (not "and police arrested")
            elif pos == "ADJ" and deps[sent.start + k] in ("dobj", "pobj", "nsubj") and lem in lex.nouns:
                pos = "NOUN"  # an object can be no adjective: "launched a counteroffensive" (tagged JJ)
            if pos == "VERB":
                entries = lex.verbs.get(lex.lemma_fixes.get(lem, lem))
                hit = self._blame_hit(toks[k], by_tok) if lem == "blame" else None  # ("said Moscow was to blame")
                hit = hit or (self._verb_hit(toks[k], entries, by_tok) if entries else None)
                if hit is None and lem == "face":  # "... to release the detainees or face further sanctions"
                    hit = self._ultimatum_hit(toks[k], by_tok)
                elif hit is None and lem in CRIME_VERBS:  # "said Myanmar's army had committed war crimes"
                    hit = self._blame_hit(toks[k], by_tok)
                if hit is not None:
                    verb_hits.append(hit)
            elif pos in ("NOUN", "PROPN"):
                entries = lex.nouns.get(lem)
                if (verb := compound_gerund(p, sent.start + k, lex.verbs)) is not None:
                    # "accused Belarus of massing tanks near the border": the gerund read as its object's modifier
                    hit = self._verb_hit(toks[k], lex.verbs[verb], by_tok)
                    if hit is not None:
                        verb_hits.append(hit)
                elif entries:
                    nouns.append((toks[k], entries))
            elif (pos == "ADJ" and lem in BLAME_ADJECTIVES) or (pos == "ADP" and lem == "behind"):
                hit = self._blame_hit(toks[k], by_tok)
                if hit is not None:
                    verb_hits.append(hit)
            if lem in REPROACH_WORDS and (hit := self._reproach_hit(toks[k], by_tok)) is not None:
                verb_hits.append(hit)  # "said the two men were spies": an accusation without an accusing verb
        charged_actors(verb_hits, by_tok, self._mentions)
        court_places(verb_hits, by_tok)
        hits = [h for h in verb_hits if not incursion(h)]
        covered = {h.tok.i: h for h in verb_hits}
        self._verb_triggers = covered  # (an attack noun framing a verb that is no event is that clause's act)
        consumed: dict[int, Hit] = {}
        for h in verb_hits:
            for i in h.material:
                consumed[i] = h
            for c in kids[h.tok.i]:
                if deps[c] in OBJ_DEPS or deps[c] in ("nsubjpass",):
                    consumed.setdefault(c, h)
                    if p.lemma[c] in PORTION_WORDS | QUANTITY_HEADS:  # "lifted some of its sanctions"
                        for g in prep_objects(sent.doc[c], ("of",)):
                            consumed.setdefault(g.i, h)
        held: list[tuple[Token, list[Trigger], Hit]] = []  # nouns a verb took as its argument
        for tok, entries in nouns:
            owner = consumed.get(tok.i)
            approved = owner is not None and owner.etype == "SUPPORT" and own_agent(tok)
            if owner is not None and owner.etype not in ("ACCUSE",) and owner.etype not in ABSORBING and not approved:
                held.append((tok, entries, owner))
                continue
            hit = self._noun_hit(tok, entries, by_tok)
            if hit is None or not any(m.code for m in hit.actor):  # "clashes erupted between ...": the verb's phrases
                hit = occurrence_hit(tok, entries, by_tok, self._mentions) or hit
            if hit is not None:
                hits.append(hit)
                if approved and any(m.code for m in hit.actor):
                    # "Israel's call-up of reservists was approved by Katz": the noun names the act; approving
                    # or defending one's own act supports no one
                    own = {m.code for m in owner.actor if m.code}
                    if not any(m.code and m.code not in own for m in owner.recipient):
                        hits = [h for h in hits if h is not owner]
        hits = reaction_hits(toks, by_tok, self._mentions, hits)
        # a meeting framing the clause ("during a visit to Kyiv, X said ...") is no complement
        # nor is a second "Y to V" pair under a causative ("prompting X to expel ... and Y to retaliate")
        # nor is a main clause the parser hung under a time clause ("signed ..., weeks after China offered ...")
        self._absorb([h for h in hits if h.route not in ("setting", "paired", "answered", "ultimatum")
                      and not kept_apart(h, covered, self._official)], covered)
        absorbed = [h for h in hits if h.absorbed_into is not None]
        hits = [h for h in hits if h.absorbed_into is None]
        hits = self._merge_linked(hits)
        according = self._according_to(according_tok, by_tok) if according_tok is not None else None
        out: list[Candidate] = []
        failed: set[int] = set()
        for h in hits:
            cand = self._candidate(si, h, by_tok, according)
            if cand is None:
                failed.add(id(h))
            if cand is not None:
                out.append(cand := armed_backing(cand, h.tok))
                if cand.event == "SANCTION" and cand.mode == "convict" and (imprisoned(h.tok) or (
                        h.tok.dep_ == "amod" and imprisoned(h.tok.head))):  # "sentenced" read as the name's modifier
                    # manual, SANCTION: a sentence to prison also has COERCE 'arrest', as a second category of the
                    # same record (manual: one record, several categories, when the dyad is the same); a record
                    # has one type here, so the conviction is the event and the arrest rides along
                    cand.extra["events.also"] = "COERCE:arrest"
        for h in absorbed:
            # "Russia might strike Odesa again, regional governor Oleh Kiper warned": a warning that codes no
            # event of its own (no party behind it) leaves the act it warns of standing, as when no warning is coded
            if id(h.absorbed_into) in failed and h.absorbed_into.tok.lemma_.lower() in WARNING_LEMMAS:
                h.absorbed_into = None
                if (cand := self._candidate(si, h, by_tok, according)) is not None:
                    out.append(cand)
        out.extend(unheld_nouns(self, si, held, failed, by_tok, according))
        lost = [h for h in hits if id(h) in failed]  # (the side-doer passes below all read the same failed hits)
        for side_pass in (side_doers, passive_doers, held_releases, walk_doers, grievance_doers, anaphor_doers):
            out.extend(side_pass(self, si, lost, out, by_tok, according))
        out.extend(place_doers(self, si, [h for h in lost if not any(m.code for m in h.actor)], by_tok, according))
        if not out:
            return out  # (six in ten sentences: every pass below keeps an empty list empty)
        doc = sent.doc
        out = fold_participles([c for c in drop_background(out, doc, self.lex.nouns) if not (
            business_only(c, doc) or company_act(c, doc) or travel_advisory(c, doc) or output_policy(c, doc) or verdict_offence(c, doc) or natural_cause(c, doc) or economic_conflict(c, doc) or arrest_warrant(c, doc)
            or hypothetical_any(c, doc) or hostile_wish(c, doc) or jailbreak(c, doc) or anticipated(c, doc) or no_counterpart(c, doc)
            or thing_threatens(c, doc, self.lex.nouns) or embedded.misread_act(c, doc) or time_restatement(c, doc)
            or broken_commitment(c, doc) or stance_description(c, doc) or summing_act_noun(c, doc)
            or sole_authority(c, doc))], doc)
        out = drop_protest_demands(drop_threat_conditions(collapse_symmetric(means_only(out, doc), doc), doc), doc)
        out = elaborations(posted_forces(out, doc), doc)
        # clauses that name acts without asserting them: purposes, requested content, conditions
        out = own_force_orders(out, doc)  # "ordered the military to strike ...": the strike is the orderer's
        out = failed_reason(condition_content(requested_content(purpose_content(out, doc), doc), doc), doc)
        embedded.unswallow(out, doc)
        labelled_act_doers(out, doc, self.lex.nouns)
        free_relative_targets(out, doc, by_tok)
        reaction_recipients(out, sent.doc)
        summed_reaction_targets(out, sent.doc)  # ("..., a demand Kabul rejected": the demander)
        reaction_targets(out, sent.doc, by_tok)
        paired_counterparts(out, sent.doc)  # ("with Beijing lifting ... and Canberra dropping ...")
        threat_partners(out, doc)  # (after the reactions: "prompting a warning from London" is theirs)
        grievance_actors(out, doc)  # ("expelled a Belarusian diplomat after soldiers fired at a Lithuanian patrol")
        own_subject_acts(out, doc)  # ("forces shelled ..., and the militia hit back by ambushing ...": two acts)
        out = dedupe(relative_tolls(protest_purposes(side_clause_filter(drop_unnamed_twins(out), doc), doc), doc), doc)
        across_border_targets(out, doc, by_tok)  # "raised its alert after militiamen fired rockets across the border"
        return bound(out, self.max_per_sentence)

    # -- verbs ------------------------------------------------------------------------
    def _verb_hit(self, tok: Token, entries: list[Trigger], by_tok: dict[int, Mention]) -> Hit | None:
        present = doc_words(tok.doc)
        needed = self._needs.get(id(entries))
        if needed is None or needed[0] is not entries:  # (each verb's entries: their needed words as sets, once)
            needed = self._needs[id(entries)] = (
                entries, None if any(not e.needs for e in entries) else tuple(frozenset(e.needs) for e in entries))
        if needed[1] is not None and not any(need <= present for need in needed[1]):
            # every entry needs a particle or preposition the doc does not have (its kid words are words of the
            # doc): none can fire, so no argument is worked out (a fifth of the verb triggers of a corpus)
            return None
        subj_toks, route = clause_subject(tok, entries, by_tok, self._mentions, self.lex)
        if (relative_object := object_relative(tok)) is not None:
            subj_toks, route = [tok.head], "acl-main"  # "the tanker, which Iranian commandos seized": they seized it
        deps, lowers, kids = (p := parse(doc := tok.doc)).dep, p.lower, p.kids
        patients = passive_subjects(tok) if route != "acl-main" else []  # (its head noun is the doer)
        # "called Putin on Tuesday": a name parsed as an object predicate is the object
        objs = patients + objects(tok) + [doc[c] for c in kids[tok.i] if deps[c] == "oprd" and p.pos[c] == "PROPN"]
        objs += first_of_two_predicates(p, tok.i, doc)  # "called the U.S. strikes on boats murder"
        if relative_object is not None:
            objs.append(relative_object)
        if route == "ordered" and tok.dep_ == "acl":
            objs.append(tok.head)  # "ordered the borders with Senegal closed": the borders are closed
        gerund_object = misparsed_gerund(tok) or (tok.head if tok.dep_ == "compound" and tok.lower_.endswith("ing") else None)
        if gerund_object is not None:
            objs.append(gerund_object)
        frame = self._gerund_frame(tok)
        if frame is not None:  # "denied shipping drones to Iran": the gerund parsed as its object's modifier
            objs.append(tok.head)
            subj_toks, _agent, route = subject_tokens(frame)
        # prepositions may hang on the object: "warned Armenia of", "called the UN on"
        prep_holders = [tok] + objs + ([frame] if frame is not None else [])  # "denied firing water cannon at"
        # a particle the parser made an adverb or preposition keeps the verb's prepositions ("walk away from the
        # ICC", "pulled out of talks", "hits back at Hungary")
        particles = [doc[c] for c in kids[tok.i] if deps[c] in ("advmod", "prt", "prep") and lowers[c] in PARTICLE_ADVS]
        prep_holders += particles
        # a date is no particle: "called Putin on Tuesday" is not "called on"
        # (dated: a time prep; an infinitive's own "to" is no "to" phrase: "to head off duties")
        kid_words = {p.lemma[c] for c in kids[tok.i] if (deps[c] != "prep" or not dated(doc[c])) and deps[c] != "aux"}
        # coordinated adverbs: "would respond immediately and firmly"
        kid_words |= {p.lemma[g] for c in kids[tok.i] if deps[c] == "advmod" for g in kids[c] if deps[g] == "conj"}
        kid_words |= {lowers[c] for o in prep_holders[1:] for c in kids[o.i] if deps[c] == "prep"}
        # a needed preposition long sentences hang one level down: on the object's participle or "of" noun ("regard
        # any vessel escorting Israeli cargo as a target", "answer any expulsion of its diplomats with measures"),
        # or on the noun of the verb's own "with / at" ("defend it with all means at its disposal against ...")
        deep = [doc[c] for o in objs for c in kids[o.i] if deps[c] in ("acl", "relcl")] + [
            doc[g] for h in [tok, *objs] for c in kids[h.i] if deps[c] == "prep"
            and (lowers[c] in ("with", "at") if h.i == tok.i else lowers[c] == "of") for g in kids[c] if deps[g] == "pobj"]
        deep += [doc[g] for d in deep if p.tag[d.i] in ("NN", "NNS") for c in kids[d.i]
                 if deps[c] == "prep" and lowers[c] == "at" for g in kids[c] if deps[g] == "pobj"]
        kid_words |= {lowers[c] for d in deep for c in kids[d.i] if deps[c] == "prep"}
        # "called for Algeria to return the wreckage": "for" marks the clause, whose subject is the one asked
        for_clauses = [doc[c] for c in kids[tok.i] if deps[c] in ("advcl", "ccomp")
                       and any(deps[g] == "mark" and lowers[g] == "for" for g in kids[c])]
        kid_words |= {"for"} if for_clauses else set()
        # a condition's mark is a word an entry may ask for ("would respond if ...": the reprisal reading)
        kid_words |= {lowers[g] for c in kids[tok.i] if deps[c] == "advcl" for g in kids[c]
                      if deps[g] == "mark" and lowers[g] in ("if", "unless")}
        if tok.i + 1 < len(doc) and lowers[tok.i + 1] in PARTICLES:
            kid_words.add(lowers[tok.i + 1])  # "handed over 32 prisoners": misparsed as a quantifier
        with_objs = prep_objects(tok, ("with",))
        subj_words: set[str] = set()
        for s in subj_toks:
            subj_words |= words(s)
        if poll_share(subj_toks) or embedded.go_between_participle(tok) or embedded.habitual_relative(tok, by_tok) \
                or caused_by_act(tok, subj_toks, self.lex.nouns):
            return None  # "42% of Americans approve of ...": a poll, not an actor; "talks mediated by Qatar"
        # a to-infinitive for the addressee ("told Kyiv to withdraw"), not a report ("told reporters he would ...")
        infinitive = any(deps[c] in ("xcomp", "ccomp") and any(deps[g] == "aux" and lowers[g] == "to" for g in kids[c])
                         for c in kids[tok.i])
        # a label the parser hung on the object as an apposition ("called Spain's prime minister a liar")
        appos_labels = [c for o in objs for c in kids[o.i] if deps[c] == "appos"
                        and any(deps[d] == "det" and lowers[d] in ("a", "an") for d in kids[c])]
        # a carrier's cargo ("ships carrying food", "a convoy of trucks carrying flour and medical supplies"; "trucks
        # loaded with flour": a laden carrier's "with" load)
        carriers = [c for o in objs + [g for o in objs for g in prep_objects(o, ("of",))] for c in kids[o.i]
                    if deps[c] == "acl" and p.lemma[c] in CARGO_VERBS | LADEN_PARTICIPLES]
        cargo = [doc[g] for c in carriers for g in kids[c] if deps[g] == "dobj"] + [
            g for c in carriers if p.lemma[c] in LADEN_PARTICIPLES for g in prep_objects(doc[c], ("with",))]
        cargo += [doc[k] for g in cargo for k in kids[g.i] if deps[k] == "conj"]
        for e in entries:
            if e.need_infinitive and not infinitive:
                continue
            if any(n not in kid_words for n in e.needs) or (e.type == "REQUEST" and e.needs and not for_clauses and not any(
                    lowers[c] in e.needs for h in [tok] + [o for o in objs if p.lemma[o.i] not in self.lex.nouns
                                                           and not any(deps[v] == "oprd" for v in kids[tok.i])]
                    for c in kids[h.i] if deps[c] != "prep" or not dated(doc[c]))):  # (not an act's own "on": "calling U.S. strikes on boats murder"; nor a
                # judged thing's: "calling Takaichi's remarks on Taiwan provocative")
                continue
            if {"if", "unless"} & set(e.needs) and not announced_response(tok, by_tok):
                continue  # "If Israel strikes Beirut, Hezbollah will respond": a forecast, the strike stays
            if e.type == "CONSULT" and e.sym and (any(deps[c] == "oprd" for c in kids[tok.i]) or appos_labels) or (
                    e.type == "ACCUSE" and denial_label(tok)):
                continue  # "calling the ruling brazen": a verdict, no phone call; "calling the claim false": a denial
            if e.type == "ASSAULT" and tok.lemma_.lower() in self.lex.instrument_verbs and any(
                self._noun_type(w) not in (None, "ASSAULT", "MOBILIZE", "AID") for w in with_objs
            ):  # (weapons are what it was done with: "targeted two vessels with drones and missiles")
                return None  # "hit X with sanctions / a cyberattack": the noun names the event
            cand_objs = objs + with_objs + [
                doc[g] for n in e.needs for h in prep_holders + deep for c in kids[h.i] if lowers[c] == n
                for g in kids[c] if deps[g] == "pobj"
            ]
            if e.type in TRANSFER_TYPES:  # "sent two ships carrying food and medicine": the cargo is what is given
                cand_objs += cargo
            if e.obj is not None:  # "allowed aid trucks to enter": the clause's subject
                cand_objs += [s for c in kids[tok.i] if deps[c] in ("ccomp", "xcomp")
                              for s in direct_subjects(doc[c])[0]]
                # the verdict on the object: "called the vote outrageous", "rejected it as fraudulent"
                verdicts = [c for c in kids[tok.i] if deps[c] == "oprd"] + appos_labels + hidden_verdicts(p, tok.i, objs)
                # (a verdict the parser hung on the object: "calling the October election rigged")
                verdicts += [c for o in objs for c in kids[o.i] if deps[c] == "acl" and c == o.i + 1 and p.tag[c] == "VBN"]
                verdicts += [c for v in verdicts for c in kids[v] if deps[c] == "conj"]  # "brazen and cynical"
                # (and what the verdict noun says it is for or to: "called the move a reward for terrorism")
                cand_objs += [doc[v] for v in verdicts] + [doc[g] for v in verdicts for q in kids[v] if deps[q] == "prep"
                                                           for g in kids[q] if deps[g] == "pobj"] + [
                    doc[g] for h in prep_holders for c in kids[h.i] if deps[c] == "prep" and lowers[c] == "as"
                    and "as" in e.needs for g in kids[c] if deps[g] in ("pobj", "amod", "acomp")]
            material: list[Token] = []
            if e.obj is not None:
                # a host's guest is the object itself, not whatever it is "of"
                material = [o for o in cand_objs if ((guest_words(o) if e.swap else words(o)) & e.obj)]
                if e.type == "AID" and any(o in with_objs for o in material):  # "provided Somalia's army with drones"
                    material = [o for o in material if o in with_objs or o not in objs]  # (the object receives)
                if not material:
                    continue
            # exclusions look at the object word itself: "strike oil" but not "strike an oil refinery"
            # (not a "with" instrument: "targeted two vessels with drones and missiles")
            # (a patient struck by a weapon is no word the entry can exclude: "a market was hit by a glide bomb")
            struck = bool(subj_words & self.lex.instruments.keys()) and any(deps[c] == "agent" for c in kids[tok.i])
            if e.notobj and {p.lemma[o.i] for o in cand_objs if (o not in with_objs or e.type != "ASSAULT")
                             and not (struck and o in patients)} & e.notobj:
                continue
            if e.type == "PROTEST" and e.notobj and attack_strike(p, objs, e.notobj):
                continue  # "called the U.S. strikes on boats murder": an armed strike, no walkout called
            if e.subj is not None and not (subj_words & e.subj):
                continue
            if e.notsubj and (subj_words | {w for c in kids[tok.i] if deps[c] in ("nsubj", "nsubjpass")
                                            and not (struck and deps[c] == "nsubjpass")
                                            for w in words(doc[c])}) & e.notsubj:
                continue  # (the grammatical subject too: "the package, adopted by ministers, targets ...")
            if e.type == "REJECT" and no_comment(tok, objs):
                return None  # "declined to comment": silence, not a refusal
            actor = self._mentions(subj_toks, by_tok)
            if not actor and e.type == "ASSAULT" and patients and subj_toks == []:
                # "a mortar bomb was fired at Israel from the Gaza Strip": where the fire came from
                si = next((m.sent_index for m in by_tok.values()), 0)
                actor = [m for g in prep_objects(tok, ("from",)) if (m := place_mention(g, by_tok, si)) is not None][:1]
            if not actor and patients and subj_toks == [] and (e.type == "MOBILIZE" or (
                    e.type == "AID" and any(deps[c] == "nsubjpass" for c in kids[tok.i])
                    and not any(deps[c] == "dobj" for c in kids[tok.i]))):
                # (AID only in a finite passive: "troops had been sent to Russia", not "personnel armed with knives";
                # not with an object left: "Assad had been granted asylum" names the receiver)
                # "Serbia's forces were put on high alert": the owner of what is mobilized acts
                actor = self._mentions(patients, by_tok)
            if not actor and patients and subj_toks == [] and e.type == "COOPERATE" and any(
                    deps[c] == "nsubjpass" for c in kids[tok.i]):
                # "a Honduran police chief was extradited to the United States (from Madrid)": the 'from' country
                # hands the person over, else the person's own state does (legal cooperation, manual COOPERATE)
                si = next((m.sent_index for m in by_tok.values()), 0)
                actor = [m for g in prep_objects(tok, ("from",)) if (m := place_mention(g, by_tok, si)) is not None][
                    :1] or self._mentions(patients, by_tok)
            # what is mobilized is never the recipient ("massed troops")
            norecip = e.norecip or e.type == "MOBILIZE"
            recip_toks = [o for o in objs if o not in material and not self_owned(o)] if not norecip else []
            recip_toks += datives(tok) + [t for h in [tok, *particles] for t in prep_objects(h, e.rprep)
                                          if not self_owned(t)]
            # a target phrase the parser hung on the "by" agent: "missiles fired by the Houthis at Abu Dhabi"
            recip_toks += [g for a in kids[tok.i] if deps[a] == "agent" for b in kids[a] if deps[b] == "pobj"
                           for g in prep_objects(doc[b], tuple(r for r in e.rprep if r in AIM_PREPS))]
            if e.sym:  # "no agreement was reached between Armenia and Azerbaijan"
                recip_toks += prep_objects(tok, ("between",))
            if frame is not None:
                recip_toks += [t for t in prep_objects(frame, e.rprep) if not self_owned(t)]
            portions = [g for o in objs if p.lemma[o.i] in PORTION_WORDS for g in prep_objects(o, ("of",))]
            for o in objs + with_objs + portions:  # "lifted some of its sanctions on Syria"
                # (a meeting's partner the parser hangs on the topic: "discussed trade with China")
                if e.obj is not None or e.type in OBJ_PREP_TYPES or e.type in ABSORBING or (e.sym and e.type == "CONSULT"):
                    recip_toks += prep_objects(o, e.rprep + self._noun_rprep(o))
            if e.type in TRANSFER_TYPES:  # "sent two ships carrying food to Gaza": the cargo's destination
                recip_toks += [g for c in carriers for g in prep_objects(doc[c], e.rprep)]
            if e.type == "REQUEST" and deps[tok.i] == "advcl" and p.tag[tok.i] == "VBG" \
                    and p.lemma[tok.head.i] in MESSAGE_VERBS:  # "sent a note to the United States demanding ..."
                recip_toks += prep_objects(tok.head, ("to",))
            if "for" in e.needs and e.type == "REQUEST":
                recip_toks += [t for c in for_clauses for t in direct_subjects(c)[0]]
            if e.type in ("AID", "SUPPORT", "COOPERATE"):  # "help Mali restore security": Mali is helped
                recip_toks += [t for c in kids[tok.i] if deps[c] in ("ccomp", "xcomp") and not any(
                    lowers[a] == "to" for a in kids[c]) for t in direct_subjects(doc[c])[0]]
            if e.needs and e.rprep:
                # (an "in" / "at" phrase of the object is its place or topic: "discussed the conflict in Ukraine")
                recip_toks += [g for h in prep_holders[1:] for g in prep_objects(h, tuple(
                    n for n in e.needs if n not in PLACE_PREPS))]
                # the partner on the noun of a needed "in": "discussed ... in a phone call with Putin"
                recip_toks += [g for i in {o.i for o in material} if lowers[p.head[i]] in PLACE_PREPS
                               for g in prep_objects(doc[i], e.rprep)]
            for g in prep_objects(tok, e.needs) if e.type in ABSORBING else ():
                recip_toks += prep_objects(g, e.rprep)  # "warned of a crushing response against Israel"
            if e.clause:
                clauses = [doc[c] for c in kids[tok.i] if deps[c] == "ccomp"][:1]
                if not clauses:
                    continue
                # (a passive clause's subject: "warned that any American incursion would be met with force")
                recip_toks += direct_subjects(clauses[0])[0] or passive_subjects(clauses[0])
                if e.type == "THREATEN" and clauses[0].lemma_.lower() not in PAYING_VERBS \
                        and self._others_act(clauses[0], actor, by_tok):
                    return None  # "Zelenskiy warned that Russia could launch another strike": Russia's act
                    # (not what the other would pay or regret: "warned that Washington would regret any attack")
            if e.need_content and self._content_words_mode(e.type, tok) is None:
                continue
            recipient = recipient_mentions(recip_toks, by_tok, places=e.mode == "investigate", trigger=tok.i)
            if (e.poss_recipient or e.swap) and material:
                # "expelled Russia's ambassador" -> RUS; "received the British foreign
                # secretary": the guest (swapped to actor below)
                recipient = self._mentions(material, by_tok) + recipient
            if e.material_actor and material and not any(m.code for m in recipient):
                # swapped below: "Russia received Iranian missiles" -> IRN gives to RUS
                recipient = self._mentions(material, by_tok)
            if not any(m.code for m in recipient) and e.type in TRANSFER_TYPES:
                # "sales of technology that Russia uses": the user is the recipient
                recipient += self._mentions(relative_subjects(objs + with_objs), by_tok)
            if not recipient and material and e.type in ("SANCTION", "COERCE", "RETREAT"):
                # "froze Russian assets", "handed over Armenian prisoners": the owner (not a
                # name compound: "the Paris agreement" belongs to no one)
                recipient = self._mentions([o for o in material if not self_owned(o)], by_tok)
                recipient = [m for m in recipient if not any(
                    c.dep_ == "compound" and m.covers(c.i) and m.text.lower() in capitals()
                    for o in material for c in o.children)]
            recipient = unique(recipient, actor)
            if e.need_recipient and not any(m.code for m in recipient):
                # "launched a drone at a military base near Haifa": the target's place
                recipient = place_recipient(tok, actor, by_tok, targets=True) if e.type == "ASSAULT" else []
                if not recipient:
                    continue
            hit = Hit(tok=tok, entry=e, start=tok.i, end=tok.i + 1, actor=actor, recipient=recipient,
                      route=route, material=[o.i for o in material], by_tok=by_tok)
            for c in kids[tok.i]:  # the particle belongs to the trigger phrase: "pulled out"
                if deps[c] == "prt" and c == hit.end:
                    hit.end = c + 1
            if e.type == "SUPPORT" and any(
                deps[c] in ("acl", "relcl") and p.lemma[c] in self.lex.joint_project_verbs
                for o in material for c in kids[o.i]
            ):
                hit.etype = "COOPERATE"  # "signed a deal to build a plant together"
            return hit
        return None
