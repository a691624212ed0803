"""Sentence-level claim status: who puts one event forward, and how.

``Attributor.attribute`` walks up the dependency tree from an event trigger to the
first word that embeds it: a speech verb ("said", "confirmed": asserted), an
accusation or belief ("accused ... of", "believe", "is suspected of": alleged), a
denial ("denied", "rejected claims that": denied), an allegation noun ("reports
of"), or a distancing word on the way ("reportedly", "according to intelligence",
"citing unnamed officials"). The story-level pass that links denials across
sentences is in ``tidings.pipeline.claims``. docs/claims.md lists every rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_denials import (
    _SOURCE_PHRASES,
    Attribution,
    Denials,
    _lemma,
    _source_phrase,
    codes,
    dedupe,
    one_per_entity,
)
from .attribution_denials import RELATIVE_PRONOUNS as _RELATIVE
from .attribution_tails import TailReports
from .base import TEMPORAL_PREPS, Candidate, Mention, StoryContext, parse, verb_above
from .modality import Cues, is_negated, is_passive
from .modality_syntax import finite_past_conjunct, gerund_governor

__all__ = ["Attribution", "Attributor", "codes", "dedupe", "one_per_entity"]

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ = ("nsubj", "csubj")
_NP_PARTS = ("compound", "amod", "poss", "nmod", "appos")
_MAX_STEPS = 10
# Claim verbs that embed an event only through a clause ("maintained that ..."), never a phrase.
_CLAUSE_ONLY_CLAIMS = frozenset({"maintain", "insist", "argue", "contend", "assert"})
# (The words that make a named body a news outlet are claim_cues.json "news_words".) "press" names
# an outlet only in these ("the Press Trust of India", "Saudi Press Agency"), not in "press
# secretary", "the Kremlin press service"
_PRESS_HEADS = frozenset({"agency", "association", "trust", "tv"})
# Marks of a clause that only places the reported act in time ("after Moscow rejected his offer").
_TEMPORAL_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "once", "until"})
# bodies a bare "the <noun>" points back to ("a report the organisation published")
# "held India responsible for", "was behind": who is said to have done an act (see _blamed_part)
_BLAME_ADJECTIVES = frozenset({"responsible", "accountable", "culpable"})
_TOLD_PARTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"})
_BODY_NOUNS = frozenset({"organisation", "organization", "agency", "group", "charity", "body", "mission", "office",
                         "committee", "programme", "program", "fund", "movement", "society"})


# "Israeli jets reportedly struck a convoy, prompting Lebanon to lodge a complaint": what the act led to is told
_CONSEQUENCE_VERBS = frozenset({"prompt", "force", "cause", "lead", "spark", "trigger", "compel", "drive"})
# what a denier does next in the same breath: "... and urged the IAEA to visit the site"
_NAMELESS = frozenset({"unnamed", "anonymous", "unidentified"})
_APPEAL_VERBS = frozenset({"urge", "call", "ask", "demand", "invite", "propose", "warn", "appeal", "press"})


def _perfect(verb: Token) -> bool:
    """'had shelled': a participle with its perfect auxiliary."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)


class Attributor(Denials, TailReports):
    """Sentence-level claim status of one candidate (no story context beyond mentions)."""

    def __init__(self, cues: Cues) -> None:
        c = cues.claims
        self.assert_verbs = c["assert_verbs"]
        # speech acts of the speaker's own: never part of the clause they are conjoined to
        self._speech_acts = c["assert_verbs"] | c["allege_verbs"] | c["deny_verbs"] | c["admit_verbs"]
        self.admit_verbs = c["admit_verbs"]
        self.allege_verbs = c["allege_verbs"]
        self.belief_verbs = c["belief_verbs"]
        self.passive_allege = c["passive_allege"]
        self.deny_verbs = c["deny_verbs"]
        self.deny_event_verbs = c["deny_event_verbs"]
        self.pronoun_objects = c["pronoun_objects"]
        self.deny_adjectives = c["deny_adjectives"]
        self.deny_call_verbs = c["deny_call_verbs"]
        self.allege_adverbs = c["allege_adverbs"]
        self.allege_modifiers = c["allege_modifiers"]
        self.unverified_verbs = c["unverified_verbs"]
        self.hedge_verbs = c["hedge_verbs"]
        self.evidence_nouns = c["evidence_nouns"]
        self.cite_verbs = c["cite_verbs"]
        self.unverified_objects = c["unverified_objects"]
        self.allegation_nouns = c["allegation_nouns"]
        self.denial_objects = c["denial_objects"]
        self.source_nouns = c["source_nouns"]
        self.plural_source_nouns = c["plural_source_nouns"]
        # (optional keys: older cue files lack them)
        self.news_outlets = c.get("news_outlets", frozenset())
        self.news_words = c.get("news_words", frozenset({"news", "press", "media", "television", "tv", "radio"}))
        self.speaker_roles = c.get("speaker_roles", frozenset())
        self.reproach_verbs = c.get("reproach_verbs", frozenset())
        self.document_nouns = c.get("document_nouns", frozenset())
        self.summary_nouns = c.get("summary_nouns", frozenset())
        self.cues = cues
        # nouns of intent whose infinitive is the event: plans, threat, decision, refusal ...
        self.intent_nouns = frozenset(
            w for m in (cues.future, cues.hypothetical, cues.negation) for w in m.governors
        )

    # -- who is speaking -----------------------------------------------------------------
    def np_mentions(self, ctx: StoryContext, heads: list[Token]) -> list[Mention]:
        """Mentions inside the noun phrases headed by ``heads`` (with their conjuncts)."""
        toks: list[Token] = []
        for h in heads:
            for t in (h, *h.conjuncts):
                toks.append(t)
                parts = [c for c in t.children if c.dep_ in _NP_PARTS]
                # "Lebanese broadcaster Al-Manar": a modifier of a compound names the body too
                parts += [g for c in parts if c.dep_ == "compound" for g in c.children if g.dep_ in _NP_PARTS]
                if _lemma(t) in self.speaker_roles:
                    # "a spokesman for the Afghan government", "an official of the ministry"
                    parts += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                              for p in c.children if p.dep_ == "pobj"]
                    parts += [g for p in parts if p.dep_ == "pobj" for g in p.children if g.dep_ in _NP_PARTS]
                toks.extend(parts)
        found = []
        for t in toks:
            m = ctx.mention_at(t.i)
            if m is not None:
                found.append(m)
        return dedupe(found)

    def speaker(self, ctx: StoryContext, verb: Token) -> list[Mention]:
        """The subject of a speech verb, or its ``by`` agent when passive."""
        if is_passive(verb):
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return self.np_mentions(ctx, agents)
        subj = [c for c in verb.children if c.dep_ in _SUBJ]
        act = _lemma(verb) in self._speech_acts
        while not subj and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head  # "denied X but later admitted Y": the shared subject
            if (act and verb.dep_ == "ccomp" and _lemma(verb.head) in self._speech_acts
                    and not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.children)):
                # "the committee said one of the men had died of heart failure and rejected the
                # allegations": a speech act the parser hung on the reported clause is the speaker's
                verb = verb.head
            subj = [c for c in verb.children if c.dep_ in _SUBJ]
        if subj and subj[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            subj = [verb.head]  # "Iran, which denied ..."
        tail = [c for s in subj[:1] for c in s.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1]
        if not subj and verb.i > 0:
            # no subject: the noun phrase just before the verb, hung elsewhere as an apposition
            np = verb.doc[verb.i - 1]
            while np.dep_ in _NP_PARTS[:3] and np.head.i < verb.i and np.head.i != np.i:
                np = np.head
            tail = [np] if np.dep_ == "appos" and np.right_edge.i == verb.i - 1 else []
        if tail:
            # "Poland has not summoned Russia's charge d'affaires, a Polish foreign ministry
            # spokesman said": the parser made the event's object the subject, the speaker its apposition
            found = self.np_mentions(ctx, tail)
            if codes(found):
                return found
        return self.np_mentions(ctx, subj)

    @staticmethod
    def _subjects(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in _SUBJ]

    def _unsupported(self, verb: Token) -> str | None:
        """'said, without providing evidence, ...', 'reported, citing unnamed officials'."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "without":
                if any(_lemma(t) in self.evidence_nouns for t in c.subtree):
                    return "without evidence"
        return self._citing(verb)

    def _citing(self, tok: Token) -> str | None:
        p = parse(tok.doc)  # asked of every claim word: by index, a Token only for a citing word
        for ci in p.kids[tok.i]:
            if p.dep[ci] in ("advcl", "xcomp", "prep") and p.lemma[ci] in self.cite_verbs:
                c = tok.doc[ci]
                src = [g for g in c.children if g.dep_ == "dobj" and self.is_source(g)]
                if src:
                    return f"{c.text} {src[0].text}"
        return None

    def _anonymous(self, verb: Token) -> bool:
        """'officials said', 'sources say', 'intelligence shows': a distanced source."""
        for c in verb.children:
            if c.dep_ in _SUBJ:
                if self._split_outlet(c):
                    return True
                if c.ent_type_ in ("PERSON", "ORG") and not self.news_outlet(c):
                    return False
                return self.is_source(c)
        return False

    def _split_outlet(self, name: Token) -> bool:
        """'the state news agency INA reported': the parser made the descriptor the verb's object
        and the name its subject; the descriptor still makes the name a news outlet."""
        if name.tag_ != "NNP" or name.left_edge.i == 0:
            return False
        prev = name.doc[name.left_edge.i - 1]
        # (or the report hung as a relative clause on the descriptor: ", the state news agency INA reported")
        hung = name.head.dep_ == "relcl" and name.head.head.i == prev.i
        return (prev.pos_ == "NOUN" and (hung or (prev.head.i == name.head.i and prev.dep_ in ("dobj", "npadvmod", "nsubj")))
                and self.is_source(prev))

    def news_outlet(self, noun: Token) -> bool:
        """A named news outlet: 'state news agency KCNA', 'Xinhua', 'the Korean Central News Agency'."""
        if noun.ent_type_ == "PERSON":
            # "White House press secretary Karoline Leavitt" is a person; a name right after a news noun is the
            # outlet the tagger took for a person ("the opposition television channel Formula")
            return any(c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and c.lower_ in self.news_words
                       and c.lower_ != "press" for c in noun.children)
        if any(t.lower_ in self.news_words and not (t.lower_ == "press" and t.i != noun.i and _lemma(t.head) not in _PRESS_HEADS)
               for t in noun.subtree):
            return True
        words = [t for t in noun.subtree if t.dep_ in ("compound", "flat") or t.i == noun.i]
        name = " ".join(t.lower_ for t in words if t.tag_ == "NNP" or t.i == noun.i)
        return noun.tag_ == "NNP" and (noun.lower_ in self.news_outlets or name in self.news_outlets)

    def is_source(self, noun: Token) -> bool:
        """An anonymous or indirect source noun: 'officials', 'sources', 'rights groups'."""
        lemma = _lemma(noun)
        if any(c.dep_ == "amod" and c.lower_ in _NAMELESS for c in noun.children):
            return True  # "citing unnamed frontline commanders", "anonymous diplomats said": whoever they are
        if noun.tag_ == "NNP" or noun.ent_type_ == "ORG":
            # (an acronym the tagger left a common noun: "the country's state broadcaster ORTM")
            # a named body ("the Japan International Cooperation Agency") vouches for what it
            # says; a named news outlet reports, like any media ("state news agency KCNA said")
            return self.news_outlet(noun)
        if lemma == "agency" and any(c.dep_ in ("poss", "compound", "amod") for c in noun.children) and not any(
                t.lower_ in self.news_words or _lemma(t) in ("intelligence", "spy", "security") for t in noun.subtree):
            return False  # "Gaza's civil defence agency", "the migration agency": a public body, not a news source
        if lemma == "agency" and noun.tag_ == "NN" and all(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False  # "the agency said": a named body mentioned before ("the World Food Programme ... the agency")
        return lemma in self.source_nouns or (lemma in self.plural_source_nouns and noun.tag_ == "NNS")

    # -- the embedding word --------------------------------------------------------------
    def attribute(self, ctx: StoryContext, cand: Candidate, *, skip: frozenset[str] = frozenset()) -> Attribution:
        """``skip``: distancing adverbs to pass over ("likely" on a forecast, which hedges nothing)."""
        found = self._climb(ctx, cand, skip)
        if found.gov is not None and found.gov == cand.embedding and cand.speaker:
            # the events stage resolved the speaker ("it" -> Iran); prefer its list when ours is empty
            if found.status in ("denied", "contested"):
                # (the events stage's speaker of a denial is the denier, never the alleger)
                found.denied_by = found.denied_by or list(cand.speaker)
            elif not found.by:
                found.by = list(cand.speaker)
        return found

    def _climb(self, ctx: StoryContext, cand: Candidate, skip: frozenset[str] = frozenset()) -> Attribution:
        doc = ctx.doc
        cur = doc[cand.trigger]
        visited: set[int] = set()
        temporal = False  # passed a time clause: "accused Putin of cowardice after he rejected ..."
        hedged = skip  # past "prompting X to": the story's own link, not under the act's "reportedly"
        for _ in range(_MAX_STEPS):
            found = self._distancing(ctx, cur, hedged)
            if found is not None:
                return found
            visited.add(cur.i)
            dep, head = cur.dep_, cur.head
            if head.i == cur.i:
                break
            if dep == "advcl" and cur.tag_ == "VBG" and _lemma(cur) in _CONSEQUENCE_VERBS:
                hedged = skip | self.allege_adverbs
            if ((dep == "conj" or (dep == "advcl" and cur.tag_ == "VBG")) and head.dep_ in ("ccomp", "xcomp")
                    and _lemma(cur) in self._speech_acts and _lemma(head.head) in self._speech_acts
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children)):
                # "Iran denied it had sent drones and accused Washington of lying", "Thailand denied
                # its troops had shelled the village, accusing Cambodian forces of ...": a speech act
                # the parser hung on the reported clause is the speaker's own, told by the story
                return Attribution()
            if (dep == "conj" and cur.tag_ == "VBD" and head.dep_ in ("ccomp", "acl") and _perfect(head)
                    and (_lemma(cur) in self._speech_acts or _lemma(cur) in _APPEAL_VERBS) and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cur.children)):
                # "rejected claims that it had shelled the plant and urged the IAEA to visit": a simple past
                # cannot share the reported clause's "had"; it goes with the denial, the speaker's own act
                return Attribution()
            if (dep == "conj" and cur.tag_ == "VBD" and head.dep_ == "ccomp" and _perfect(head)
                    and head.head.i != head.i and _lemma(head.head) in self._speech_acts
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
                    and not any(c.dep_ in ("aux", "auxpass", "mark") for c in cur.children)
                    and any(c.dep_ == "punct" and c.i < cur.i for c in head.children if c.i > head.i)):
                # "Afghan officials said Pakistani jets had bombed a camp, and Islamabad recalled its ambassador":
                # a clause with its own subject that does not share the report's "had" is the story's own,
                # coordinated with the speech verb (the parser hangs it on the reported verb)
                cur = head.head
                visited.update((head.i, cur.i))
                continue
            if finite_past_conjunct(cur) and head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i and any(
                    c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
                # "Lithuania said it would take Belarus to court and recalled its ambassador":
                # the past conjunct is coordinated with the speech verb, not part of what is said
                # (after "did not" it may be: "said Russia did not attack Kyiv and withdrew")
                cur = head.head
                visited.update((head.i, cur.i))
                continue
            gerund_gov = gerund_governor(head) if finite_past_conjunct(cur) else None
            if gerund_gov is not None:
                # "Mali accused Algeria of shooting down a drone and recalled its ambassador": the
                # recall is coordinated with the accusation (a past verb cannot continue a gerund),
                # the accuser's own act with the accusation's scope, not what is alleged
                cur = gerund_gov
                visited.update((head.i, cur.i))
                continue
            if dep == "conj" or (dep in ("compound", "amod") and cur.tag_ == "VBG"):
                # conjuncts share their first conjunct's embedding; a gerund the parser
                # hung on its object ("denied shipping drones") stands where the object is
                cur = head
                continue
            if dep in ("pcomp", "pobj") and head.dep_ in ("prep", "agent"):
                gov = head.head
                if gov.i == head.i:
                    break
                if head.lower_ in TEMPORAL_PREPS:
                    temporal = True  # "accused Denmark of neglecting Greenland during a visit to ..."
                reproach = self._reproach(ctx, cur, head) or self._blamed_part(ctx, cur, head, cand.event)
                if reproach is not None:
                    return reproach if not temporal else self._circumstance(ctx, reproach)
            elif dep in ("ccomp", "xcomp", "advcl", "dobj", "nsubjpass", "nsubj", "acl", "relcl", "parataxis", "attr"):
                gov = head
            else:
                break
            visited.add(gov.i)
            if dep == "ccomp" and cur.i < gov.i and self._closing_charge(cur, gov):
                # "Pakistan accuses Kabul of sheltering militants, a charge Kabul denies, and ... , Afghan officials
                # said": the tail closes the story's own clause; the report after it does not reach back
                return Attribution()
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in cur.children):
                temporal = True
            found = self._embedding(ctx, cur, gov, dep)
            if found is not None:
                return self._circumstance(ctx, found) if temporal else found
            if dep == "acl" and _lemma(gov) in self.intent_nouns:
                cur = gov  # "denied any plans to attack": the plan noun stands for the event
                continue
            if dep == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in cur.children):
                # "accused Serbia of backing gunmen who killed a police officer": a relative clause
                # describes the noun as the story knows it; the accusation is of the backing
                return Attribution()
            if dep in ("acl", "relcl", "parataxis") or (dep == "nsubj" and cur.pos_ not in ("NOUN", "PROPN")):
                break
            cur = gov
        final = self._final_report(ctx, doc[cand.trigger], visited)
        if final is not None:
            return final
        return self._events_stage_embedding(ctx, cand, visited)

    def _document_author(self, ctx: StoryContext, doc_noun: Token) -> list[Mention]:
        """The named author of a published document ("a report released by OCHA", "a UNICEF
        report", "the WFP's report", "a report the organisation published"), not a news outlet
        and not a leaked or seen one; [] otherwise."""
        if _lemma(doc_noun) not in self.document_nouns:
            return []
        words = {_lemma(t) for t in doc_noun.subtree}
        if words & {"leak", "leaked", "see", "obtain"}:
            return []  # "a memo seen by Reuters", "a leaked report", "a report obtained by AP"
        heads = [c for c in doc_noun.children if c.dep_ in ("poss", "compound", "nmod") or
                 (c.dep_ == "amod" and c.tag_ == "NNP")]
        for c in doc_noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                heads += [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ in ("acl", "relcl"):
                heads += [p for g in c.children if g.dep_ in ("agent", "prep") and g.lower_ == "by"
                          for p in g.children if p.dep_ == "pobj"]
                heads += [g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in _RELATIVE]
        if any(self.news_outlet(h) or _lemma(h) in self.source_nouns for h in heads):
            return []
        return self.np_mentions(ctx, heads)

    @staticmethod
    def _self_authored(doc_noun: Token) -> bool:
        """'according to its latest report', 'a report the organisation published': a document of
        a body named before (a possessive pronoun or a bare definite body noun as its author)."""
        heads = [c for c in doc_noun.children if c.dep_ == "poss"]
        heads += [g for c in doc_noun.children if c.dep_ in ("acl", "relcl") for g in c.children if g.dep_ == "nsubj"]
        return any(h.lower_ in ("its", "their") or (
            _lemma(h) in _BODY_NOUNS and all(c.dep_ == "det" and c.lower_ == "the" for c in h.children)) for h in heads)

    def _reproach(self, ctx: StoryContext, gerund: Token, prep: Token) -> Attribution | None:
        """'condemned Algeria for shooting down a drone', 'lashed out at France for arming
        Armenia', 'criticised Kigali for backing M23': what a verb of blame holds against its
        object (a for-gerund) is alleged by the speaker (the for-phrase may hang on the object)."""
        if prep.lower_ != "for" or gerund.dep_ not in ("pcomp", "pobj"):
            return None
        if gerund.tag_ != "VBG" and not any(
                c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and c.i < gerund.i for c in gerund.children):
            return None  # (a gerund the parser hung on its object stands where the object is: "for striking boats")
        verb = verb_above(prep.head, 3)  # "for" on the object: "lashed out at France | for arming"
        if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in self.reproach_verbs:
            return None
        return Attribution("alleged", by=self.speaker(ctx, verb), cues=[f"alleged:{verb.text} for"], gov=verb.i)

    def _blamed_part(self, ctx: StoryContext, noun: Token, prep: Token, event: str) -> Attribution | None:
        """'Poland said Russia was behind the sabotage', 'Moscow said Kyiv was responsible for the
        attack', 'Pakistan held India responsible for the blast': the act someone is said to be
        behind is alleged by whoever says so (a cooperative act one is responsible for is told)."""
        word = prep.head
        if event in _TOLD_PARTS or not ((prep.lower_ == "for" and word.lower_ in _BLAME_ADJECTIVES)
                                        or (prep.lower_ == "behind" and _lemma(word) == "be")):
            return None
        verb = word if word.pos_ in ("VERB", "AUX") else verb_above(word, 2)
        if verb.dep_ == "relcl":
            return None  # "the general, who was responsible for the offensive": a description
        if _lemma(verb) == "be" and verb.dep_ in ("ccomp", "parataxis"):
            verb = verb.head  # the speech verb: "Poland said Russia was behind ..."
        elif _lemma(verb) == "be":
            return None  # the story's own statement
        return Attribution("alleged", by=self.speaker(ctx, verb), cues=[f"alleged:{word.text} {prep.text}"],
                           gov=verb.i)

    def _circumstance(self, ctx: StoryContext, found: Attribution) -> Attribution:
        """A time clause inside a denial or accusation is told, not denied or alleged.

        "Moscow denied that its forces shelled the town after Ukrainian troops withdrew":
        Moscow denies the shelling, not the withdrawal; "Zelenskiy accused Putin of being
        afraid after the Russian leader rejected his challenge": the rejection is a fact the
        accuser tells. Other distance (anonymous sources, beliefs, "reportedly") still holds.
        """
        gov = ctx.doc[found.gov] if found.gov is not None else None
        if found.status == "denied":
            return Attribution("asserted", by=list(found.denied_by), gov=found.gov)
        if found.status == "alleged" and gov is not None and _lemma(gov) in self.allege_verbs:
            return Attribution("asserted", by=list(found.by), gov=found.gov)
        return found

    def _events_stage_embedding(self, ctx: StoryContext, cand: Candidate, visited: set[int]) -> Attribution:
        """Fall back on the embedding the events stage found where our climb did not reach.

        Its word is classified with our own lists: the events stage also marks opinion
        verbs ("is considering", "expects") that are modality here, not claims.
        """
        emb = cand.embedding
        if emb is None:
            return self._from_events_stage(cand) if cand.embedding_cue else Attribution()
        if emb in visited or not 0 <= emb < len(ctx.doc):
            return Attribution()
        tok = ctx.doc[emb]
        trig = cand.trigger
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= trig <= c.right_edge.i for c in tok.children):
            # "Zelenskiy, who travelled to Ankara for talks, accused Putin ...": an event in
            # the speaker's own description is not what the speaker says
            return Attribution()
        if tok.lower_ in _SOURCE_PHRASES:
            return self._distancing(ctx, tok.head) or Attribution()
        found = self._embedding(ctx, tok, tok, "ccomp")
        return found if found is not None else Attribution()

    def _from_events_stage(self, cand: Candidate) -> Attribution:
        cue = cand.embedding_cue.lower()
        if cue in self.deny_verbs:
            return Attribution("denied", denied_by=list(cand.speaker), cues=[f"denied:{cue}"], gov=cand.embedding)
        if cue in self.allege_verbs or cue in self.belief_verbs or cue == "according to":
            return Attribution("alleged", by=list(cand.speaker), cues=[f"alleged:{cue}"], gov=cand.embedding)
        return Attribution("asserted", by=list(cand.speaker), cues=[f"asserted:{cue}"], gov=cand.embedding)

    def _relative_claim(self, ctx: StoryContext, tok: Token) -> Attribution | None:
        """'the attack (on Kyiv), which Russia denied, ...', 'the strike, which Kyiv blamed on Moscow'."""
        holders = [tok] + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for holder in holders:
            for c in holder.children:
                if c.dep_ != "relcl" or not any(g.dep_ == "dobj" and g.lower_ in _RELATIVE for g in c.children):
                    continue
                if self.is_denial_verb(c) and not is_negated(c, self.cues):
                    return Attribution("denied", denied_by=self.np_mentions(ctx, self._subjects(c)),
                                       cues=[f"denied:{c.text}"], gov=c.i)
                if _lemma(c) in self.allege_verbs:
                    return Attribution("alleged", by=self.np_mentions(ctx, self._subjects(c)),
                                       cues=[f"alleged:{c.text}"], gov=c.i)
        return None

    def _distancing(self, ctx: StoryContext, tok: Token, skip: frozenset[str] = frozenset()) -> Attribution | None:
        if tok.pos_ in ("NOUN", "PROPN"):
            found = self._relative_claim(ctx, tok)
            if found is not None:
                return found
        citing = self._citing(tok)
        if citing:
            # "..., citing unnamed officials, that Ukraine attacked": the parser often
            # hangs the participle on the reported clause
            by = self.speaker(ctx, tok.head) if tok.dep_ == "ccomp" else []
            return Attribution("alleged", by=by, cues=[f"alleged:{citing}"])
        for c in tok.children:
            if c.dep_ == "advmod" and _lemma(c) in self.allege_adverbs and _lemma(c) not in skip:
                return Attribution("alleged", by=self._reporter(ctx, tok), cues=[f"alleged:{c.lower_}"])
            if c.dep_ in ("amod", "compound") and c.lower_ in self.allege_modifiers:
                return Attribution("alleged", cues=[f"alleged:{c.lower_}"])  # "Russia's alleged attack"
            src = _source_phrase(c)
            if src:
                text = ctx.doc[c.i : src[0].right_edge.i + 1].text
                by = self.np_mentions(ctx, src)
                if self.is_source(src[0]):
                    author = self._document_author(ctx, src[0])
                    kind = "document" if author else "own document" if (
                        _lemma(src[0]) in self.document_nouns and self._self_authored(src[0])) else ""
                    return Attribution("alleged", by=author or by, cues=[f"alleged:{text}"], gov=c.i, source_kind=kind)
                if any(t.tag_ == "NNP" and self.news_outlet(t) for t in src[0].subtree):
                    # "according to a statement carried by the Korean Central News Agency": a media report
                    return Attribution("alleged", by=by, cues=[f"alleged:{text}"], gov=c.i)
                return Attribution("asserted", by=by, cues=[f"asserted:{text}"], gov=c.i)
            if (c.dep_ == "parataxis" or self._tail_report(tok, c)) and _lemma(c) in self.assert_verbs | self.allege_verbs:
                # "Iran, officials said, sent drones"; "..., Iranian state media reported on
                # Tuesday" when the parser hangs the report on the event as advcl / conj
                found = self._embedding(ctx, tok, c, "parataxis")
                if found is not None:
                    return found
            found = self._reduced_report(ctx, tok, c)
            if found is not None:
                return found
        return None

    def _closing_charge(self, clause: Token, verb: Token) -> bool:
        """The denial ``verb`` is a tail (', a charge Kabul denies') whose claim noun, after a comma, sums up
        ``clause``, the clause the parser made its complement."""
        if not self.is_denial_verb(verb):
            return False
        doc = verb.doc
        return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _lemma(c) in self.allegation_nouns
                   and c.left_edge.i > clause.right_edge.i and doc[c.left_edge.i - 1].text == ","
                   for c in verb.children)

    def _judges_claim(self, clause: Token) -> bool:
        """A relative clause that denies the claim noun it hangs on ('a claim Kyiv dismissed', 'which Kyiv
        rejected'): the noun is its object, not its content, so what the clause does is no part of the claim."""
        if not (_lemma(clause) in self.deny_verbs or self.is_denial_verb(clause)):
            return False
        return not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in clause.children)

    def _embedding(self, ctx: StoryContext, cur: Token, gov: Token, dep: str) -> Attribution | None:
        lemma = _lemma(gov)
        if gov.pos_ in ("NOUN", "PROPN"):
            if lemma in self.allegation_nouns and dep in ("acl", "ccomp", "pobj", "pcomp", "appos", "relcl"):
                if dep == "relcl" and self._judges_claim(cur):
                    return None  # "an accusation Islamabad rejected while blaming X": the relative judges the claim
                return self._allegation_noun(ctx, gov)
            if (lemma in self.document_nouns and dep in ("acl", "ccomp") and gov.dep_ == "dobj"
                    and self.is_denial_verb(gov.head)):
                return self._allegation_noun(ctx, gov)  # "rejected as false Moscow's statement that ..."
            return None
        if gov.pos_ not in ("VERB", "AUX") or dep == "nsubj":
            return None
        word = gov.text
        if dep in ("ccomp", "parataxis") and cur.i < gov.i and any(
                t.text == ";" for t in cur.doc[cur.right_edge.i + 1:gov.i]):
            # "Kyiv blamed Moscow for it; Russia denied ...": the semicolon ends the clause the parser hung here
            return None
        if dep == "ccomp" and cur.i < gov.i and any(
                (c.dep_ == "dobj" and (c.lower_ in self.pronoun_objects or _lemma(c) in self.allegation_nouns)
                 # ("said ..., a claim the army disputed": the noun sums up what was said)
                 and (gov.doc[c.left_edge.i - 1].text != "," or lemma in self.deny_verbs))
                or (c.dep_ in _SUBJ and lemma in self.deny_verbs and (any(
                    _lemma(t) in self.allegation_nouns for t in c.subtree) or (
                    # ", a demand Kabul rejected": the noun after the clause sums it up, whatever it is
                    c.left_edge.i > cur.right_edge.i and gov.doc[c.left_edge.i - 1].text == ",")))
                for c in gov.children):
            # "Moscow denies this", "..., a charge Kigali denies": a verb whose object (or denying subject) stands
            # for a report does not report the clause before it ("..., two sources told Reuters" keeps its clause)
            return None
        if lemma in self.deny_verbs and (dep != "advcl" or self.timed_gerund(cur, gov)) and (
                dep not in ("dobj", "nsubjpass") or lemma in self.deny_event_verbs):
            # (a condition or reason clause of a denial or refusal is not what is denied: "could
            # reject the proposal if Israel does not commit to ending the war")
            return self._denial(ctx, gov)
        if lemma in self.passive_allege and is_passive(gov) and dep == "nsubjpass" and self._none(cur):
            return None  # "No strikes were reported in Beirut": an absence, told by the story or its speaker
        if lemma in _CLAUSE_ONLY_CLAIMS and dep not in ("ccomp", "xcomp", "parataxis"):
            return None  # "praised Russia's role in maintaining stability during his talks": no claim
        if lemma in self.allege_verbs or (lemma in self.passive_allege and is_passive(gov)):
            by = self.speaker(ctx, gov)
            return Attribution("alleged", by=by, cues=[f"alleged:{word}"], gov=gov.i)
        if lemma in self.hedge_verbs and dep == "xcomp":
            return Attribution("alleged", cues=[f"alleged:{word}"], gov=gov.i)
        if lemma in self.belief_verbs and dep in ("ccomp", "xcomp", "dobj", "parataxis"):
            return Attribution("alleged", by=self.speaker(ctx, gov), cues=[f"alleged:{word}"], gov=gov.i)
        if lemma in self.assert_verbs and dep in ("ccomp", "dobj", "nsubjpass", "parataxis", "xcomp"):
            by = self.speaker(ctx, gov)
            if is_negated(gov, self.cues):
                # "Moscow did not confirm that..." puts the event forward without vouching for it
                return Attribution("alleged", by=[], cues=[f"alleged:not {word}"], gov=gov.i)
            if self._anonymous(gov):
                author = [m for s in self._subjects(gov) for m in self._document_author(ctx, s)]
                return Attribution("alleged", by=author or by, cues=[f"alleged:{word}"], gov=gov.i,
                                   source_kind="document" if author else "anonymous")
            if gov.dep_ == "xcomp" and _lemma(gov.head) in self.hedge_verbs:
                # "footage appeared to show ...": a hedged assertion vouches for nothing
                return Attribution("alleged", by=by, cues=[f"alleged:{gov.head.text} to {word}"], gov=gov.i)
            hedge = self._unsupported(gov)
            if hedge:
                return Attribution("alleged", by=by, cues=[f"alleged:{word} {hedge}"], gov=gov.i)
            return Attribution(
                "asserted", by=by, cues=[f"asserted:{word}"], gov=gov.i, admitted=lemma in self.admit_verbs
            )
        return None
