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
from .arguments import (
    OBJ_DEPS,
    is_question,
    prep_objects,
)
from .base import Candidate, Mention, SentTokens, StoryContext, parse
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
    compound_gerund,
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
from .event_fold import ABSORBING, FoldMixin, Hit
from .event_grievance_doers import grievance_actors, grievance_doers
from .event_guards import (
    arrest_warrant,
    collapse_symmetric,
    condition_content,
    drop_threat_conditions,
    economic_conflict,
    failed_reason,
    hostile_wish,
    hypothetical_any,
    incursion,
    natural_cause,
    purpose_content,
    requested_content,
    score_report,
)
from .event_markets import market_report
from .event_nominal import BLAME_ADJECTIVES, QUANTITY_HEADS, NominalMixin
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
    bound,
    carry_recipients,
    dedupe,
    fold_participles,
    imprisoned,
    story_country,
)
from .event_side_clauses import side_clause_filter, side_doers, summed_reaction_targets
from .event_stances import protest_purposes, relative_tolls
from .event_time_targets import across_border_targets
from .event_unnamed_attacks import drop_unnamed_twins
from .event_verb_hits import PORTION_WORDS, VerbHitMixin
from .event_verdicts import verdict_offence
from .verblex import Lexicon, Trigger, load_lexicon
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr"})


# warnings whose content is another party's act, not the warner's own threat
WARNING_LEMMAS = word_list("reaction_verbs.json", "warning_verbs")


class Events(CandidateMixin, NominalMixin, ContextMixin, FoldMixin, VerbHitMixin):
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
            business_only(c, doc) or company_act(c, doc) or travel_advisory(c, doc) or output_policy(c, doc) or verdict_offence(c, doc) or natural_cause(c, doc) or economic_conflict(c, doc) or arrest_warrant(c, doc) or market_report(c, doc)
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
