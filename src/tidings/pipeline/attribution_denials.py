"""Denials and allegation nouns: the part of sentence-level claim status that reads a denial.

A mixin of ``tidings.pipeline.attribution.Attributor`` (split out of attribution.py to keep
modules small): "Iran denied sending drones" (denied), "did not deny" (asserted), "neither
confirmed nor denied" (alleged), "denied ... but later admitted" (asserted), a concessive
counter-claim ("..., though U.S. officials say ...": contested), who made what is denied
("calling the Sudanese army's accusations baseless"), allegation nouns ("claims that ...",
"reports of ...") and general denials of allegations made elsewhere ("Iran denied the
allegations"). It also holds what both modules share: the ``Attribution`` record and the
mention-list helpers (re-exported by attribution.py). docs/claims.md lists every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .base import Mention
from .modality import is_negated, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import StoryContext

_SUBJ = ("nsubj", "csubj")
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Marks of a clause that concedes a counter-claim to a denial ("denied it, although experts say ...").
CONCESSIVE = frozenset({"though", "although", "while", "whereas"})
# A denial that follows a counter-claim ("denied detaining him, after his party said officers took
# him") answers it in the same breath, like a concessive clause.
_ANSWERING = CONCESSIVE | {"after"}


@dataclass
class Attribution:
    """What the words around one trigger say about who puts the event forward."""

    status: str = "asserted"
    by: list[Mention] = field(default_factory=list)
    denied_by: list[Mention] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    gov: int | None = None  # token index of the embedding word, when there is one
    admitted: bool = False
    # distanced only by the kind of source: "document" (a named body's published report,
    # "according to a report by OCHA") or "anonymous" ("U.N. officials said"); what such a
    # source says of its own body's acts is not distanced (see Claims.__call__)
    source_kind: str = ""


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order, each span once."""
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def one_per_entity(mentions: list[Mention]) -> list[Mention]:
    """One mention per entity when lists from several sentences merge ("Iran" ... "Tehran")."""
    seen: set[tuple] = set()
    out: list[Mention] = []
    # "Iran" (no sector) adds nothing next to "Tehran" (IRN GOV)
    sectored = {m.code for m in mentions if m.code and m.sector}
    for m in dedupe(mentions):
        key = (m.code, m.sector) if m.code else (None, m.text.lower())
        if m.code in sectored and not m.sector:
            continue
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


# "according to X", "based on X": the phrase word and the preposition that introduces X
_SOURCE_PHRASES = {"according": "to", "based": "on"}


def _source_phrase(tok: Token) -> list[Token]:
    """The source nouns of 'according to X' / 'based on X' headed by ``tok``, else []."""
    prep = _SOURCE_PHRASES.get(tok.lower_)
    if prep is None or tok.dep_ not in ("prep", "acl", "advcl", "advmod"):
        return []
    return [p for t in tok.children if t.lower_ == prep for p in t.children if p.dep_ == "pobj"]


def codes(mentions: list[Mention]) -> set[str]:
    return {m.code for m in mentions if m.code}


class Denials:
    """Denial reading shared by ``Attributor`` (expects its cue attributes and ``speaker``/``np_mentions``)."""

    def _none(self, noun: Token) -> bool:
        """'no strikes', 'none': a negative noun phrase."""
        neg = self.cues.negation
        return noun.lower_ in neg.pronouns or any(
            c.dep_ in ("det", "preconj") and c.lower_ in neg.determiners for c in noun.children)

    def _denial(self, ctx: StoryContext, verb: Token) -> Attribution:
        word = verb.text
        if is_negated(verb, self.cues):
            if any(_lemma(c) in self.assert_verbs and is_negated(c, self.cues) for c in verb.conjuncts):
                # "neither confirmed nor denied": put forward, vouched for by no one
                return Attribution("alleged", cues=[f"alleged:not {word}"], gov=verb.i)
            # "did not deny" is not a denial; the event keeps its plain reading
            return Attribution("asserted", cues=[f"asserted:not {word}"], gov=verb.i)
        # the parser may hang "but later admitted" on the denied clause instead ("denied it had
        # supplied drones but later admitted ..."): a subjectless admit verb there counts too
        late = [cj for c in verb.children if c.dep_ in ("ccomp", "xcomp") for cj in c.conjuncts
                if not any(g.dep_ in ("nsubj", "nsubjpass") for g in cj.children)]
        for conj in [*verb.conjuncts, *late]:
            if _lemma(conj) in self.admit_verbs and conj.i > verb.i and not is_negated(conj, self.cues):
                # "denied ... but later admitted": the later admission wins
                return Attribution(
                    "asserted", by=self.speaker(ctx, conj), cues=[f"denied:{word}", f"asserted:{conj.text}"],
                    gov=conj.i, admitted=True,
                )
        counter = self._counter_claim(verb)
        if counter is not None:
            # "Tehran has denied arming the Houthis, though U.S. officials say ...": the story
            # reports the denial and, in the same breath, those who say otherwise
            return Attribution("contested", by=self.speaker(ctx, counter), denied_by=self.speaker(ctx, verb),
                               cues=[f"denied:{word}", f"alleged:{counter.text}"], gov=verb.i)
        accusers = self._accusers(ctx, verb)
        # "denied ..., calling the accounts in Japanese newspapers a distortion": the story names
        # both who put it forward and who denies it
        return Attribution("contested" if codes(accusers) else "denied", by=accusers,
                           denied_by=self.speaker(ctx, verb), cues=[f"denied:{word}"], gov=verb.i)

    def _counter_claim(self, verb: Token) -> Token | None:
        """The speech verb of a concessive clause on a denial: 'denied ..., although U.N. experts
        said ...', '..., though officials say ...', '..., but Western governments say ...', or of
        the claim it answers: '..., after his party said ...'."""
        speech = self.assert_verbs | self.allege_verbs | self.belief_verbs
        # (the parser may hang the answered claim on the denied clause: "denied that police had
        # detained him, after his party said ...")
        answered = [c for d in verb.children if d.dep_ == "ccomp" for c in d.children if c.dep_ == "advcl"]
        for c in [*verb.children, *answered]:
            if _lemma(c) not in speech or not any(g.dep_ in _SUBJ for g in c.children) or c.i < verb.i:
                continue
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _ANSWERING for g in c.children):
                return c
            if c.dep_ == "conj" and any(g.dep_ == "cc" and g.lower_ in ("but", "yet") and verb.i < g.i < c.i
                                        for g in verb.children):
                return c
        return None

    def _accusers(self, ctx: StoryContext, verb: Token) -> list[Mention]:
        """Who put forward what a denier rejects, when the denial names them: "denied sending
        weapons, calling the accusations by the Sudanese army baseless", "... calling the
        Taiwanese defence ministry's report groundless"."""
        found: list[Mention] = []
        # (the parser often hangs the participle on the denied clause instead of the denial)
        clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
        for c in (c for h in clauses for c in h.children):
            if c.dep_ not in ("advcl", "xcomp", "conj") or not self.is_denial_verb(c) or c.i < verb.i:
                continue
            for obj in c.subtree:
                if obj.i == c.i or _lemma(obj) not in self.allegation_nouns:
                    continue
                # (the parser may make the noun a compound of the adjective: "the ministry's report groundless")
                nps = [obj, obj.head] if obj.dep_ == "compound" else [obj]
                found += self.np_mentions(ctx, [g for n in nps for g in n.children
                                                if g.dep_ in ("poss", "compound", "amod") and g.i != obj.i])
                # ("the accounts in Japanese newspapers": who printed them put them forward; the
                # parser may hang the phrase on the calling verb)
                found += self.np_mentions(ctx, [p for g in [*obj.children, *c.children] if g.dep_ == "prep" and (
                    g.lower_ in ("by", "from", "in")) and (g.head.i == obj.i or g.lower_ == "in")
                    for p in g.children if p.dep_ == "pobj"])
        return dedupe(found)

    def _allegation_noun(self, ctx: StoryContext, noun: Token) -> Attribution:
        """'claims that Iran sent drones', 'reports of transfers', then who rejects or makes them."""
        by = self.np_mentions(ctx, [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")])
        # ("reports in Cambodian media / in the Greek press": the outlets that carried them put them forward)
        src = [p for c in noun.children if c.dep_ == "prep" and (c.lower_ in ("by", "from") or c.lower_ == "in" and any(
            _lemma(g) in self.news_words or g.lower_ in self.news_words for g in c.children)) for p in c.children]
        by = dedupe(by + self.np_mentions(ctx, src))
        cues = [f"alleged:{noun.text}"]
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if verb.i != noun.i and verb.pos_ in ("VERB", "AUX"):
            lemma = _lemma(verb)
            # "Reports of ... emerged, based on U.S. intelligence sources"
            by = dedupe(by + [m for c in verb.children for m in self.np_mentions(ctx, _source_phrase(c))])
            if self.is_denial_verb(verb) and is_negated(verb, self.cues):
                return Attribution("asserted", by=by, cues=[*cues, f"asserted:not {verb.text}"], gov=verb.i)
            if self.is_denial_verb(verb):
                deniers = self.speaker(ctx, verb)
                # "dismissed Moscow's claim that ...": the story names who claims it and who denies it; so does
                # "denied a report by the broadcaster Kan that Israel had agreed ...", whatever the outlet's country
                return Attribution(
                    "contested" if codes(by) - codes(deniers) or self._other_owner(by, deniers) else "denied",
                    by=by, denied_by=deniers,
                    cues=[*cues, f"denied:{verb.text}"], gov=verb.i,
                )
            if lemma in self.allege_verbs or lemma in self.assert_verbs or lemma in self.belief_verbs:
                by = dedupe(by + self.speaker(ctx, verb))
        return Attribution("alleged", by=by, cues=cues, gov=noun.i)

    @staticmethod
    def _other_owner(by: list[Mention], deniers: list[Mention]) -> bool:
        """A named owner of the denied report who is not the denier itself: an outlet, a body or a person
        ('denied a report by the broadcaster Kan': a newsroom, not the government that denies); a pronoun is none."""
        sides = {(d.code, d.sector) for d in deniers}
        return any(m.kind != "pronoun" and m.code and (m.code, m.sector) not in sides
                   and not any(d.start <= m.start < d.end for d in deniers) for m in by)

    @staticmethod
    def timed_gerund(cur: Token, gov: Token) -> bool:
        """'The army denied on Monday shelling the camp', 'denied last week firing live rounds': a time phrase between
        the denial and its gerund makes the parser hang the gerund as an adverbial clause, but it is what is denied.
        Only a bare gerund (no subject, no mark, no comma before it) with nothing but the denial's own time and
        adverb phrases between them; a condition or reason clause ('could reject it if ...') stays no content."""
        if cur.tag_ != "VBG" or cur.head.i != gov.i or cur.i < gov.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children):
            return False
        between = gov.doc[gov.i + 1:cur.i]
        return len(between) > 0 and all(
            t.text != "," and (t.head.i == gov.i and t.dep_ in ("prep", "npadvmod", "advmod")
                               or any(a.head.i == gov.i and a.dep_ in ("prep", "npadvmod", "advmod") for a in t.ancestors
                                      if a.i < cur.i))
            for t in between)

    def is_denial_verb(self, verb: Token) -> bool:
        lemma = _lemma(verb)
        if lemma in self.deny_verbs:
            return True
        if lemma in self.deny_call_verbs:
            # "called the reports baseless"
            return any(
                _lemma(t) in self.deny_adjectives or t.lower_ in self.deny_adjectives  # ("fabricated": lemma fabricate)
                for c in verb.children
                if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl", "dobj", "attr")
                for t in c.subtree
            )
        return False

    def _says_false(self, verb: Token) -> bool:
        """'Tehran said the accusations were baseless'."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or is_negated(clause, self.cues):
                continue
            subj = [c for c in clause.children if c.dep_ in (*_SUBJ, "nsubjpass")]
            pred = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
            # "the accusations were baseless", and the passive "the report was fabricated"
            false = any(_lemma(t) in self.deny_adjectives or t.lower_ in self.deny_adjectives
                        for p in pred for t in p.subtree) or (
                clause.lower_ in self.deny_adjectives and is_passive(clause))
            if false and any(_lemma(s) in self.allegation_nouns or _lemma(s) in self.denial_objects for s in subj):
                return True
        return False

    def _answers_report(self, verb: Token) -> bool:
        """', which Pyongyang rejected' closing an accusation or a report: the relative stands for the
        whole claim, although the parser hangs it on the claim's last noun ("a proposal, which Moscow
        rejected" is a refusal of the proposal)."""
        if verb.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
            return False
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head  # ("Moscow's account of the incident, which Kyiv rejected, said ...")
        if noun.tag_ == "NN" and _lemma(noun) in self.allegation_nouns:
            return True  # the relative answers the claim noun it hangs on
        # an accusation is what such a relative answers; a plain report only when the verb can only
        # deny ("Israel said Hamas fired the rocket, which the group denied")
        reports = self.allege_verbs | (self.assert_verbs if _lemma(verb) in ("deny", "refute") else frozenset())
        return any(a.pos_ in ("VERB", "AUX") and _lemma(a) in reports for a in verb.ancestors)

    def summary_tail(self, verb: Token) -> list[Token]:
        """', a charge Abu Dhabi has repeatedly rejected' closing a sentence, however it is parsed:
        the tokens of the denier's noun phrase, else []. The text shape decides, since the parser
        hangs such tails anywhere (the noun as a compound of the denier, the verb as a clause)."""
        doc, i = verb.doc, verb.i - 1
        while i > 0 and (doc[i].tag_ in ("MD", "RB") or _lemma(doc[i]) in ("have", "be", "do")):
            i -= 1  # "has repeatedly", "have long"
        end = i
        while i > 0 and doc[i].text != "," and end - i < 7:
            i -= 1
        if doc[i].text != "," or end <= i + 1:
            return []
        span = doc[i + 1 : end + 1]
        first = 1 if span[0].tag_ == "DT" else 0
        if len(span) <= first + 1 or _lemma(span[first]) not in self.allegation_nouns or span[first].tag_ not in ("NN", "NNS"):
            return []
        np = list(span[first + 1 :])
        return np if np[-1].pos_ in ("PROPN", "NOUN", "PRON") else []

    def general_denial(self, verb: Token) -> bool:
        """A denial of allegations made elsewhere: 'Iran has denied these allegations', 'Tehran denies it'."""
        if verb.pos_ not in ("VERB", "AUX") or is_negated(verb, self.cues):
            return False
        if _lemma(verb) in self.assert_verbs:
            return self._says_false(verb)
        if not self.is_denial_verb(verb):
            return False
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs and self.summary_tail(verb):
            return True
        if not objs:
            if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and any(
                    _lemma(t) in self.allegation_nouns and t.i < s.i
                    for s in verb.children if s.dep_ in _SUBJ for t in s.subtree):
                return True  # "accused X of Z, a charge Abu Dhabi has rejected" (the report parsed as complement)
            return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        if verb.dep_ == "relcl" and all(o.lower_ == "which" for o in objs):
            return self._answers_report(verb)
        if _lemma(verb) == "reject" and all(o.lower_ in self.pronoun_objects for o in objs):
            return False  # "Russia rejected it": as often a proposal as a claim
        if all(any(c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" for g in c.children) for c in o.children)
               for o in objs):
            return False  # "denied reports that its officers had abandoned a post": that act only
        if any(_lemma(o) in self.denial_objects or o.lower_ in self.denial_objects for o in objs):
            return True
        # "called the accusations disinformation": the parser made the accusations a compound
        return _lemma(verb) in self.deny_call_verbs and any(
            _lemma(t) in self.allegation_nouns for o in objs for t in o.subtree)


def own_clause(clause: Token) -> list[Token]:
    """The words of a reported clause without a second clause coordinated to it ("said no gunmen had crossed and
    that Islamabad was hiding its failures": the reproach in the second clause is no event of the first)."""
    seconds = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return [t for t in clause.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in seconds)]
