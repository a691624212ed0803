"""Reports told after the event: the sentence-final speaker the parser hides.

A mixin of ``tidings.pipeline.attribution.Attributor`` (split out of attribution.py to keep
modules small): "..., a senior official told Reuters" hung inside the clause before it,
"..., Russia's RIA Novosti news agency reported" read as a noun with a participle, "Iran arrested
two Britons, state media reported" parsed as an adverbial clause or a conjunct, and who reports a
clause marked "reportedly". The summing-up tails the story-level pass reads (", a claim Kyiv
dismissed", ", an account the Chinese embassy in Manila rejected") live here too. docs/claims.md lists
every rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_denials import RELATIVE_PRONOUNS as _RELATIVE
from .attribution_denials import Attribution, _lemma
from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention, StoryContext

_SUBJ = ("nsubj", "csubj")
# the words of a speaker's noun phrase ("the country's state broadcaster ORTM")
_NP_TAGS = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH", "CD"})


class TailReports:
    """Sentence-final reports, shared by ``Attributor`` (expects its cue attributes, ``speaker``,
    ``np_mentions``, ``is_source`` and ``_embedding``)."""

    def _final_report(self, ctx: StoryContext, trigger: Token, visited: set[int]) -> Attribution | None:
        """'..., a senior Japanese government official told Reuters on Tuesday.' closing the
        sentence, when the parser hung it deep inside the clause before it (as a relative clause
        of "budget" in "... if the Diet approves a supplementary budget, a senior official told
        Reuters"): a speech verb with its own subject, set off by a comma, ending the sentence,
        with no clause of its own, reports what comes before it."""
        # (the cached sentence spans: token.sent builds the story's sentences on every call)
        sent = next((s for s in ctx.sents if s.start <= trigger.i < s.end), None) or trigger.sent
        p = parse(trigger.doc)  # every word of the sentence is looked at: a Token only for a speech verb
        last = max((i for i in range(sent.start, sent.end) if not p.punct[i]), default=trigger.i)
        last = self._before_summary(trigger.doc, trigger.i, last)
        speech = self.assert_verbs | self.allege_verbs
        for i in range(sent.start, sent.end):
            if (i <= trigger.i or i in visited or p.lemma[i] not in speech or p.pos[i] not in ("VERB", "AUX")
                    or p.dep[i] not in ("relcl", "acl", "advcl", "conj", "ccomp", "appos")):
                continue
            v = trigger.doc[i]
            if v.right_edge.i < last or trigger.i >= v.left_edge.i:
                continue
            start = v.left_edge.i
            while start < v.i and v.doc[start].is_punct:
                start += 1  # (the comma before a report coordinated with the act is the report's own child)
            if v.dep_ == "relcl" and v.head.i == start - 1 and v.head.pos_ in ("NOUN", "PROPN"):
                start = v.head.left_edge.i  # "Russian state news agency TASS reported": a name after its description
            if start <= trigger.i + 1 or v.doc[start - 1].text != ",":
                continue
            if any(c.dep_ in ("ccomp", "xcomp", "mark", "cc") or c.lower_ in _RELATIVE or c.tag_ in ("WDT", "WP")
                   for c in v.children) or not any(c.dep_ in _SUBJ for c in v.children):
                continue  # (", which Caracas claims as its own" describes a noun: no report)
            return self._embedding(ctx, trigger, v, "parataxis")
        return self._final_reduced_report(ctx, trigger, visited, last, sent)

    def _before_summary(self, doc, after: int, last: int) -> int:
        """The last word before a closing ', a report Kyiv denied' / ', a claim the army disputed'
        (which sums up the report, not a part of it), else ``last``."""
        for i in range(last, max(after, last - 8), -1):
            if doc[i].text != ",":
                continue
            j = i + 1 + (doc[i + 1].tag_ == "DT")
            if j <= last and doc[j].tag_ in ("NN", "NNS") and _lemma(doc[j]) in self.allegation_nouns:
                return i - 1
            break
        return last

    def _final_reduced_report(self, ctx: StoryContext, trigger: Token, visited: set[int], last: int,
                              sent) -> Attribution | None:
        """'..., Russia's RIA Novosti news agency reported on Monday, citing a letter from Kyiv.'
        read as a noun with a participle hung deep inside the clause before it (an apposition of
        "site"): a comma, a noun, a bare speech participle, then nothing but the end of the
        sentence or a participle clause ("citing ...", "quoting ...")."""
        speech = self.assert_verbs | self.allege_verbs
        doc = trigger.doc
        p = parse(doc)  # (a lower-cased "," is ",")
        for i in range(trigger.i + 1, sent.end):
            if i in visited or p.pos[i] not in ("NOUN", "PROPN"):
                continue
            left = p.left[i]
            if left <= trigger.i + 1 or p.lower[left - 1] != ",":
                continue
            n = doc[i]
            verb = next((v for v in n.children if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD")
                         and _lemma(v) in speech and not any(g.dep_ in ("dobj", "ccomp", "agent") for g in v.children)), None)
            if verb is None or verb.right_edge.i < n.i:
                continue
            rest = [t for t in doc[verb.right_edge.i + 1 : last + 1] if not t.is_punct]
            if rest and not (rest[0].tag_ == "VBG" and doc[rest[0].i - 1].text == "," and rest[0].right_edge.i >= last):
                continue
            return self._noun_report(self.np_mentions(ctx, [n]), verb, self.is_source(n))
        return self._final_segment_report(ctx, trigger, visited, last)

    def _noun_report(self, by: list[Mention], verb: Token, source: bool) -> Attribution:
        """A report by a noun phrase read around its speech verb: a source or media noun, or an
        allegation verb, distances it."""
        if source or _lemma(verb) in self.allege_verbs:
            return Attribution("alleged", by=by, cues=[f"alleged:{verb.text}"], gov=verb.i)
        return Attribution("asserted", by=by, cues=[f"asserted:{verb.text}"], gov=verb.i)

    def _final_segment_report(self, ctx: StoryContext, trigger: Token, visited: set[int],
                              last: int) -> Attribution | None:
        """', the country's state broadcaster ORTM reported on Tuesday.' when the parser left the speech
        verb without a subject (the name read as an apposition of the object before it): the words
        between the last comma and the verb are only a noun phrase, and nothing but a time or place
        phrase follows the verb."""
        doc = trigger.doc
        comma = next((i for i in range(last, trigger.i + 1, -1) if doc[i].text == ","), None)
        if comma is None:
            return None
        speech = self.assert_verbs | self.allege_verbs
        verb = next((t for t in doc[comma + 1 : last + 1] if t.tag_ in ("VBD", "VBZ", "VBP", "VBN")), None)
        if (verb is None or verb.i in visited or _lemma(verb) not in speech or verb.i - comma < 2
                or any(c.dep_ in (*_SUBJ, "ccomp", "dobj", "xcomp") for c in verb.children)):
            return None
        np = doc[comma + 1 : verb.i]
        if not all(t.tag_ in _NP_TAGS for t in np) or np[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : last + 1]):
            return None
        noun = np[-1]
        by = self.np_mentions(ctx, [noun])
        source = self.is_source(noun) or self.news_outlet(noun)
        if not by and not source:
            return None  # (", the measures announced on Tuesday" names no speaker)
        return self._noun_report(by, verb, source)

    def _reduced_report(self, ctx: StoryContext, tok: Token, c: Token) -> Attribution | None:
        """'..., Turkish broadcasters reported on Sunday.' read as a noun with a participle
        ("broadcasters [that were] reported"): the noun is the speaker of the report."""
        if c.dep_ not in ("npadvmod", "appos", "dobj") or c.i < tok.i or c.pos_ not in ("NOUN", "PROPN"):
            return None
        left = c.left_edge
        before = left.i if left.text == "," else left.i - 1
        if before <= tok.i or c.doc[before].text != ",":
            return None
        verb = next((v for v in c.children if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD")
                     and _lemma(v) in self.assert_verbs | self.allege_verbs
                     and not any(g.dep_ in ("dobj", "ccomp", "agent") for g in v.children)), None)
        if verb is None:
            return None
        return self._noun_report(self.np_mentions(ctx, [c]), verb, self.is_source(c))

    def _reporter(self, ctx: StoryContext, tok: Token) -> list[Mention]:
        """Who reports a clause marked 'reportedly': 'X has reportedly pulled out, Iraqi sources said'."""
        speech = self.assert_verbs | self.allege_verbs
        if tok.dep_ in ("ccomp", "parataxis") and _lemma(tok.head) in speech:
            return self.speaker(ctx, tok.head)
        for c in tok.children:
            if _lemma(c) in speech and (c.dep_ == "parataxis" or self._tail_report(tok, c)):
                return self.speaker(ctx, c)
        return []

    @staticmethod
    def _tail_report(tok: Token, c: Token) -> bool:
        """'Iran arrested two Britons, state media reported': a speech clause after a comma that
        the parser made an adverbial clause, a complement or a conjunct of the event verb (with its own
        subject, no conjunction or subordinator: "and said", "after Kyiv said" stay apart)."""
        if c.dep_ not in ("advcl", "conj", "ccomp") or c.i < tok.i or tok.pos_ not in ("VERB", "AUX"):
            return False
        if not any(g.dep_ in _SUBJ for g in c.children) or any(g.dep_ in ("mark", "cc") for g in c.children):
            return False
        left = c.left_edge
        before = left.i if left.text == "," else left.i - 1
        return before > tok.i and c.doc[before].text == "," and not any(
            g.dep_ == "cc" and tok.i < g.i < c.i for g in tok.children)


# -- summing-up tails read by the story-level pass (claim_links) ----------------------------
def tail_head(tail: list[Token]) -> Token:
    """The denier's head word in a summing-up tail: 'an account the Chinese embassy in Manila rejected'
    is the embassy's denial, not Manila's (the phrase's last word)."""
    inside = {t.i for t in tail}
    roots = [t for t in tail if t.head.i not in inside or t.head.i == t.i]
    return roots[-1] if roots else tail[-1]


def summary_denial(verb: Token, gov: int, nouns: frozenset[str]) -> bool:
    """'Israel said it struck the centre, a claim Hamas rejected': a denial in a noun that sums up the report."""
    if summary_subject(verb, nouns) and any(c.i == gov for c in verb.children if c.dep_ == "ccomp"):
        return True
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.dep_ not in ("dep", "appos", "npadvmod", "attr", "dobj"):
        return False
    if _lemma(noun) not in nouns:
        return False
    if noun.head.i == gov:
        return True
    # "... had killed 40 fighters in southern Lebanon, a toll the group disputed": the parser hangs
    # the summing-up noun on the reported clause's last phrase; it still ends the report
    doc = noun.doc
    root = noun
    while root.head.i != root.i:
        root = root.head
    last = root.right_edge.i  # (the sentence's end, without building the sentence span)
    while last > noun.i and doc[last].is_punct:
        last -= 1
    return (noun.dep_ == "appos" and noun.right_edge.i >= last and doc[noun.left_edge.i - 1].text == ","
            and doc[gov].left_edge.i <= noun.i <= doc[gov].right_edge.i)


def summary_subject(verb: Token, nouns: frozenset[str]) -> bool:
    """'X accused Y of Z, a charge Abu Dhabi has rejected' parsed with the report as the denial's
    complement and 'a charge' inside the denial's subject."""
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and any(
        _lemma(t) in nouns and t.i < s.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)
