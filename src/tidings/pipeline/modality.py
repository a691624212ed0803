"""Auxiliary modes (PLOVER: negation, future, hypothetical, historical) for one event trigger.

A cue counts only inside the trigger's *scope*: the trigger's own dependents (auxiliaries, ``neg``, ``mark``,
time modifiers) and the words that govern it up the dependency tree through control and complement relations
(``refrained from supplying``, ``is set to visit``, ``prepare for a visit``). Climbing stops at a word that is
not a known governor, at a conjunct with its own subject, at a contrastive conjunction ("but") and at reported
speech (``ccomp``), so a "not" in another clause never leaks onto the event. The cue lists live in
``knowledge/claim_cues.json``; docs/claims.md gives the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import TEMPORAL_PREPS, parse, span_text, verb_above
from .claim_cue_data import Cues, ModeCues, load_cues
from .modality_syntax import (
    _YEAR,
    _alternation,
    _dated,
    _dating_text,
    _for_to,
    _has_aux,
    _inverted_condition,
    _lemma,
    _matches,
    _misparsed_gerund,
    _purpose,
    finite_past_conjunct,
    fronted_condition,
    is_negated,
    is_passive,
    months_back,
    multiword_condition_cue,
    refused_others_act,
    simple_present,
)

__all__ = ["MODE_ORDER", "Cues", "ModeCues", "Modality", "is_negated", "is_passive", "load_cues"]

if TYPE_CHECKING:
    from spacy.tokens import Token

# Precedence: "will not attend" is a negation, "could meet next week" / "would have attacked in 2014" hypothetical.
MODE_ORDER: tuple[str, ...] = ("negation", "hypothetical", "future", "historical")
_CONTRAST = frozenset({"but", "yet", "whereas", "while", "instead", "although", "though"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_READINESS_NEGATIVES = frozenset({"hesitate", "hesitant"})  # negated, they announce readiness: "would not hesitate"
_TEMPORAL_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "once"})  # a clause timed by its head
_MAX_STEPS = 8  # steps up the tree are bounded: scope never spans more than a clause chain
_MAX_TIME_TOKENS = 7  # subtrees longer than this are not read as time expressions (cheap and safe)


class Modality:
    """Finds the auxiliary mode of an event trigger. Build once; call ``detect`` per candidate."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        # one alternation per list: a single scan per phrase, longest texts first
        self._time_re = _alternation(cues.time_texts)
        self._era_re = _alternation(cues.era_texts)
        # the story's month, set per story by the claims stage: "in December 2023" in a story of
        # January 2025 is 13 months back, not two years
        self.ref_month: int | None = None

    def detect(self, trigger: Token, ref_year: int | None, *, inherit: bool = True) -> tuple[str | None, list[str]]:
        """Return ``(aux_mode, cue texts)``; ``aux_mode`` is None for a plain event.

        ``inherit``: a plain event may still take an old date from the act it belongs to
        (``_inherited_past``); off for the nested look-up itself.
        """
        found: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
        # each negating word counts once, however many paths reach it
        negations: set[int] = set()
        if trigger.pos_ in ("NOUN", "PROPN") and self._negative_np(trigger):
            # "no talks were held": the event noun's own determiner
            negations.add(trigger.i)
            found["negation"].append(f"no {trigger.text}")
        cur, prev, p = trigger, None, parse(trigger.doc)
        hist_cut: int | None = None  # historical cues from above a conjunct dated on its own don't count
        for _ in range(_MAX_STEPS):
            negations |= self._node(cur, found, ref_year, negations)
            if hist_cut is None and cur.dep_ == "conj" and _dated(cur):
                hist_cut = len(found["historical"])
            if any(p.dep[c] == "mark" and p.lower[c] == "whether" for c in p.kids[cur.i]):
                break  # an open question is its own scope: "has not decided whether to attend"
            # a gerund the tagger read as its object's modifier ("refrained from directly
            # supplying weaponry"): the object noun stands for the gerund's clause
            gerund = prev is not None and prev.head.i == cur.i and _misparsed_gerund(prev)
            nxt, gov_negs = self._climb(cur, found, gerund=gerund)
            negations.update(gov_negs)
            if nxt is None:
                break
            cur, prev = nxt, cur
        if hist_cut is not None:
            # "first met in Bali in November 2022 and met again in Woodside last year"
            del found["historical"][hist_cut:]
        # an even number of negations cancels out: "did not fail to", "never refrained from"
        if len(negations) % 2 == 1:
            return "negation", found["negation"]
        if negations and any(_lemma(trigger.doc[i]) in _READINESS_NEGATIVES and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.doc[i].children) for i in negations):
            # ("has not hesitated to strike" reports that it did)
            found["future"].append("not hesitate")  # "will not hesitate to visit": an announced intent
        for mode in MODE_ORDER[1:]:
            if found[mode]:
                return mode, found[mode]
        if inherit and ref_year is not None:
            old = self._inherited_past(trigger, cur, ref_year)
            if old:
                return "historical", old
        if inherit and cur.dep_ == "pcomp" and cur.head.lower_ in ("before", "after") and cur.tag_ == "VBG":
            # a subjectless gerund in a time phrase happens around its act: "will stay in Lebanon
            # until February before withdrawing" plans the withdrawal too (a negation does not
            # carry: "did not leave before signing" says nothing of the signing)
            mode, cues = self.detect(cur.head.head, ref_year, inherit=False)
            if mode == "future":
                return mode, cues
        return None, []

    def _inherited_past(self, trigger: Token, last: Token, ref_year: int, nested: bool = False) -> list[str]:
        """Historical cues of the act a plain event belongs to, when the walk stopped short of it.

        * a participle adjunct shares its clause's time: "backed Pakistan during its 1965
          war, supplying aid" and "signed a truce in 2020, ending six weeks of fighting"
          (the walk stops at the participle, which has no cue of its own);
        * an old date on a past act's complement dates the act, which came first: "asked
          the U.N. in 1978 to deploy" and "asked the U.N. to deploy peacekeepers in 1978".
        Only ``historical`` is inherited: a participle does not share a negation or a modal
        ("did not attack, killing ..." is not said).
        """
        if last.dep_ == "relcl" and last.head.dep_ == "pobj" and last.head.head.dep_ == "prep" and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in last.children):
            # "In 2018, when Ankara launched an offensive, ...": the clause tells what the dated time saw
            prep = last.head.head
            own_time: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
            self._time_and_era(prep.head, prep, own_time, ref_year)
            if own_time["historical"]:
                return own_time["historical"]
        if (last.dep_ in ("pobj", "pcomp") and last.head.dep_ == "prep" and last.head.lower_ in TEMPORAL_PREPS
                and not nested):
            # an event noun or gerund in a time phrase: "asked the U.N. to deploy peacekeepers in
            # 1978, after an Israeli incursion", "seized Goma in 2012 before withdrawing"
            head = last.head.head
            own: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
            self._node(head, own, ref_year, set())  # the dated act itself, whatever governs it
            mode, cues = ("historical", own["historical"]) if own["historical"] else self.detect(
                head, ref_year, inherit=False)
            if mode is None:
                cues = self._inherited_past(head, head, ref_year, nested=True)
                mode = "historical" if cues else None
            if mode == "historical":
                return cues
        part = last if last.dep_ == "advcl" else last.head if last.dep_ == "dobj" else None
        if part is not None and part.dep_ == "advcl" and part.head.i != part.i and (
                (part.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in part.children))
                or any((c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when")) and c.lower_ in _TEMPORAL_MARKS
                       for c in part.children)):  # ("when" is often parsed as an adverb)
            # ... and so does a temporal clause: "held talks in March 2022, weeks after Russia invaded"
            mode, cues = self.detect(part.head, ref_year, inherit=False)
            if mode == "historical":
                return cues
        # what a report made long ago says happened, happened by then: "In 2004, the United
        # States accused Sudan's government of committing genocide"
        gov = last.head if last.dep_ == "ccomp" else last.head.head if (
            last.dep_ in ("pcomp", "pobj") and last.head.dep_ == "prep") else None
        claims = self.cues.claims
        if (gov is not None and gov.tag_ in ("VBD", "VBN") and last.tag_ not in ("VB", "VBZ", "VBP")
                and _lemma(gov) in claims["assert_verbs"] | claims["allege_verbs"] | claims["deny_verbs"]):
            mode, cues = self.detect(gov, ref_year, inherit=False)
            if mode == "historical":
                return cues
        if trigger.tag_ == "VBD":
            # a time phrase the parser hung on the object: "supplied North Korea with tanks
            # during the Korean War" (not on "for"/"over" objects: "convicted him for a 2015 killing")
            # ... and on the occasion a meeting was for: "met Xi for an informal summit in 2019"
            p, doc = parse(trigger.doc), trigger.doc  # by index: Token objects only for the objects
            kids, dep, low = p.kids, p.dep, p.lower
            objs = [doc[c] for c in kids[trigger.i] if dep[c] == "dobj"] + [
                doc[g] for c in kids[trigger.i] if dep[c] == "prep" and low[c] in ("with", "for") for g in kids[c]
                if dep[g] == "pobj" and (low[c] == "with" or p.lemma[g] in self.cues.purpose_nouns)]
            for obj in objs:
                found_obj: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
                for c in (*obj.children, *(g for cj in obj.conjuncts for g in cj.children)):
                    if c.dep_ == "prep" and c.lower_ in ("during", "throughout", "in"):
                        self._time_and_era(obj, c, found_obj, ref_year)
                # ... and on the act the object noun asks for: "rejected Pakistan's demand to hand
                # over the militants in 2023" (a year yet to come would date only the demanded act)
                for inf in obj.children:
                    if inf.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
                        for c in inf.children:
                            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                                self._time_and_era(inf, c, found_obj, ref_year)
                if found_obj["historical"]:
                    return found_obj["historical"]
            for comp in trigger.children:
                if comp.dep_ in ("xcomp", "ccomp") and comp.pos_ in ("VERB", "AUX"):
                    found: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
                    for c in comp.children:
                        if c.dep_ in ("prep", "npadvmod", "tmod"):
                            self._time_and_era(comp, c, found, ref_year)
                    if found["historical"]:
                        return found["historical"]
        return []

    # -- the word itself ---------------------------------------------------------------
    def _node(self, tok: Token, found: dict[str, list[str]], ref_year: int | None, seen: set[int]) -> set[int]:
        cues = self.cues
        negs: set[int] = set()
        is_noun = tok.pos_ in ("NOUN", "PROPN")
        if tok.dep_ == "ROOT" and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
        ) and any(c.dep_ in _SUBJECTS for c in tok.children):
            found["future"].append("to")  # headline style: "Russia to withdraw troops"
        if tok.dep_ == "advcl":
            inverted = _inverted_condition(tok)
            if inverted:
                found["hypothetical"].append(inverted)  # "Had Russia attacked", "Were Russia to attack"
        cond = self._fronted_condition(tok)
        if cond is not None:
            found["hypothetical"].append(f"if {cond.text}")
        if (proviso := multiword_condition_cue(tok)) is not None:
            found["hypothetical"].append(proviso)  # "will free them as long as ...", "provided that ..."
        if simple_present(tok):  # (not "retook on Monday", a prefixed past the tagger read as present)
            day = self._scheduled_day(tok)
            if day:
                found["future"].append(day)  # "arrives in Washington on Thursday": a timetable
        # the children by index (labels from ``parse``): a Token object only for one a rule hands on
        p = parse(doc := tok.doc)
        pdep, plower, kids = p.dep, p.lower, p.kids
        for ci in kids[tok.i]:
            dep, low = pdep[ci], plower[ci]
            if dep == "neg" or (dep == "advmod" and low == "never"):
                if p.lemma[ci] in cues.negation.neg_children and not negs:
                    negs.add(ci)
                    found["negation"].append(low)
            elif dep == "advmod" and low == "longer" and not negs and any(
                    plower[g] == "no" for g in kids[ci]):
                negs.add(ci)  # "Germany no longer supplies weapons to Israel"
                found["negation"].append("no longer")
            elif dep in ("aux", "auxpass") and p.tag[ci] == "MD":
                self._modal(tok, doc[ci], found)
            elif dep == "mark" and p.lemma[ci] in cues.hypothetical.marks:
                found["hypothetical"].append(low)
            elif dep == "mark" and low in ("until", "till") and self._withheld_until(tok):
                found["hypothetical"].append(low)  # "refused to free them until Israel allowed aid in"
            elif dep == "advcl" and any(
                pdep[m] == "mark" and plower[m] in ("if", "unless") for m in kids[ci]
            ):
                # the consequent of a condition: "will strike if provoked"
                found["hypothetical"].append(f"if {p.text[ci]}")
            elif dep == "mark" and low == "since" and self._anniversary_head(tok.head):
                found["historical"].append("since")
            elif dep in ("nsubj", "nsubjpass", "dobj") and not negs and ci not in seen and self._negative_np(doc[ci]):
                negs.add(ci)
                found["negation"].append(p.text[ci] if low in cues.negation.pronouns else f"no {p.text[ci]}")
            elif dep in ("npadvmod", "advmod", "prep", "tmod", "poss", "obl") or (is_noun and dep == "amod"):
                self._time_and_era(tok, doc[ci], found, ref_year)
            if is_noun and dep in ("nummod", "compound", "amod", "poss") and ref_year is not None:
                year = _YEAR.fullmatch(p.text[ci].rstrip("'s"))
                if year and ref_year - int(year.group(1)) >= cues.min_years_before:
                    found["historical"].append(p.text[ci])  # "the 1985 summit"
            if is_noun and dep in ("amod", "compound", "nmod", "det"):
                if low in cues.hypothetical.noun_modifiers:
                    found["hypothetical"].append(low)
                elif low in cues.future.noun_modifiers:
                    found["future"].append(low)
        return negs

    def _withheld_until(self, clause: Token) -> bool:
        """An 'until' clause under a negated or refused act is a condition, not a report.

        "Hamas refused to free hostages until Israel allowed more aid in", "will not withdraw
        until the hostages are freed": the allowing and the freeing have not happened.
        """
        if clause.dep_ != "advcl":
            return False
        neg = self.cues.negation
        head = clause.head
        heads = [head, head.head] if head.dep_ == "xcomp" else [head]
        # ... and under a planned or possible act: "would keep raising the cost until the Kremlin agreed"
        return any(is_negated(h, self.cues) or _matches(_lemma(h), h, neg.governors, neg.governor_particles)
                   or any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children) for h in heads)

    def _scheduled_day(self, tok: Token) -> str | None:
        """A day name on a simple-present verb ("meets Biden on Thursday") is scheduled, i.e. future."""
        days = self.cues.schedule_days
        for c in tok.children:
            if c.dep_ in ("npadvmod", "tmod") and c.lower_ in days:
                return c.text
            if c.dep_ == "prep" and c.lower_ == "on":
                for g in c.children:
                    if g.dep_ == "pobj" and g.lower_ in days:
                        return f"on {g.text}"
        return None

    def _negative_np(self, np: Token) -> bool:
        neg = self.cues.negation
        p = parse(np.doc)  # by index: no Token object per child
        if p.lower[np.i] in neg.pronouns:
            return True
        return any(
            (p.dep[c] in ("det", "preconj") and p.lower[c] in neg.determiners)
            or (p.dep[c] == "neg" and p.lower[c] in neg.neg_children)  # "not a single missile"
            for c in p.kids[np.i]
        )

    def _modal(self, tok: Token, aux: Token, found: dict[str, list[str]]) -> None:
        cues = self.cues
        word = aux.lower_
        lemma = _lemma(aux)
        if word in cues.future.modals or lemma in ("will", "shall"):
            found["future"].append(word)
        elif word == "would" and self._reported_past(tok) and not any(
                c.dep_ == "aux" and _lemma(c) == "have" and c.i > aux.i for c in tok.children):
            # "said it would withdraw": future seen from a past report ("would have attacked"
            # is a counterfactual, never a plan, even after "said")
            found["future"].append(word)
        elif word in cues.hypothetical.modals:
            found["hypothetical"].append(word)

    def _reported_past(self, tok: Token) -> bool:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "promised visiting U.S. officials that Hanoi would buy ...": a that-clause with its
            # own subject the parser hung on the report's object is the report's complement
            gov = verb_above(tok.head, 3)
            gov = gov.head if gov.dep_ == "xcomp" and gov.head.i != gov.i else gov
            return _lemma(gov) in self.cues.would_report_verbs and gov.tag_ in ("VBD", "VBN")
        if tok.dep_ != "ccomp":
            return False
        if any(c.dep_ == "mark" and _lemma(c) in self.cues.hypothetical.marks for c in tok.children):
            return False
        head = tok.head
        if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in tok.children):
            return False
        if self._fronted_condition(tok):
            return False
        if head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and head.head.i != head.i:
            # "stopped short of lifting the ban, saying only that it would resume talks": a
            # speech participle set off from a past clause reports in the past too
            return _lemma(head) in self.cues.would_report_verbs and head.head.tag_ in ("VBD", "VBN")
        return _lemma(head) in self.cues.would_report_verbs and head.tag_ in ("VBD", "VBN")

    _fronted_condition = staticmethod(fronted_condition)

    def _anniversary_head(self, head: Token) -> bool:
        cues = self.cues
        if _lemma(head) in cues.anniversary_nouns or _lemma(head) in cues.anniversary_verbs:
            return True
        return any(c.dep_ in ("npadvmod", "nummod") and _lemma(c) in cues.ago_units for c in head.children)

    def _time_and_era(self, tok: Token, c: Token, found: dict[str, list[str]], ref_year: int | None) -> None:
        cues = self.cues
        p = parse(doc := tok.doc)  # edges and labels by index; span texts from the doc's text
        left, right = p.left[c.i], p.right[c.i]
        if right - left >= _MAX_TIME_TOKENS and c.dep_ != "prep":
            return
        if c.dep_ == "advmod" and c.lower_ == "ago":
            units = {_lemma(t) for t in c.subtree}
            if units & cues.ago_units:
                found["historical"].append(doc[left : right + 1].text)
            return
        if c.dep_ == "prep":
            prep = _lemma(c)
            if prep in cues.negation.prepositions:
                return
            objs = [g for g in c.children if g.dep_ == "pobj"]
            objs += [p for g in objs for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
                     for p in o.children if p.dep_ == "pobj"]  # "under the terms of a 2015 accord"
            if prep in cues.framework_preps and any(_lemma(g) in cues.framework_nouns for g in objs):
                # "under a 2023 defence pact": the year is the pact's, not the act's
                return
            span = doc[left : min(right + 1, left + 12)]
            anniversary = any(g.dep_ == "pobj" and _lemma(g) in cues.anniversary_nouns for g in c.children)
            if prep in cues.era_preps and prep != "since" and not anniversary:
                # ("on the anniversary of the 2006 war" happens now, not in 2006)
                dating = _dating_text(c, span)
                if self._era_re is not None and self._era_re.search(dating):
                    # (an era reached through another preposition dates something else: "in the
                    # largest prisoner swap since the Cold War" is a swap now)
                    found["historical"].append(span_text(doc, span.start, span.end))
                    return
                if ref_year is not None:
                    for m in _YEAR.finditer(dating):
                        back = months_back(dating, m, ref_year, self.ref_month)
                        if ref_year - int(m.group(1)) >= cues.min_years_before and (
                                back is None or back >= cues.min_months_before):
                            found["historical"].append(span_text(doc, span.start, span.end))
                            return
                        if (int(m.group(1)) > ref_year and prep in ("in", "by") and not m.group(0).endswith("s")
                                and not (tok.tag_ == "VBD" and not _has_aux(tok))):
                            found["future"].append(span_text(doc, span.start, span.end))  # "sends a destroyer in 2027"
                            return
            if prep == "of" and _lemma(tok) in cues.anniversary_nouns:
                return
        text = span_text(doc, left, right + 1).lower()
        # a simple past act is not in the future: "cancelled a planned visit next week" dates
        # the visit (the parser hangs the time phrase on the verb)
        if right - left < _MAX_TIME_TOKENS and not (tok.tag_ == "VBD" and not _has_aux(tok)):
            if self._time_re is not None and self._time_re.search(text):
                found["future"].append(span_text(doc, left, right + 1))

    # -- one step up ---------------------------------------------------------------------
    def _climb(self, cur: Token, found: dict[str, list[str]], *, gerund: bool = False) -> tuple[Token | None, list[int]]:
        """Return the next word whose cues also scope over the event, and negations met.

        ``gerund``: ``cur`` is a noun reached from a gerund misparsed as its modifier, so
        its governor is classified as governing a verb ("refrained from supplying").
        """
        cues = self.cues
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            return None, []
        if dep == "conj":
            # a conjunct with its own subject or auxiliaries is its own clause
            own_subject = any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "neg") for c in cur.children)
            contrast = any(
                c.dep_ in ("cc", "mark", "advmod") and c.lower_ in _CONTRAST
                for c in list(head.children) + list(cur.children)
                if head.i < c.i <= cur.i
            )
            if own_subject or contrast or finite_past_conjunct(cur):
                return None, []
            if self._own_speech_act(cur, head):
                # "said its troops had not fired a single shot and accused Baku of ...": the
                # speaker's own act, hung on the reported clause, shares the speech verb's scope
                return head.head, []
            return head, []
        if _misparsed_gerund(cur):
            return head, []  # a gerund misparsed as its object's modifier: "denied shipping drones"
        if dep == "compound" and cur.pos_ == "NOUN" and _lemma(head) in cues.content_heads:
            # "will block the EU's next sanctions package", "blocked an aid convoy": the package
            # or convoy stands for the event noun that names its content
            return head, []
        if dep == "xcomp" and _lemma(head) in cues.habitual_heads and head.tag_ == "VBD" and not any(
                c.dep_ == "dobj" for c in head.children):
            found["historical"].append(f"{head.text} to")  # "Iran used to supply weapons"
            return None, []
        if dep == "xcomp" and self._be_to(cur, head):
            found["future"].append(f"{head.text} to")  # "Hamas is to free 30 hostages"
            return head, []
        if dep == "xcomp" or (dep == "advcl" and _purpose(cur)):
            nxt, negs = self._governor(head, cues, found, verbal=True)
            if nxt is None and (dep == "advcl" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)):
                # the purpose of a trip shares the trip's modality: "will fly to Kyiv to sign a pact"
                return head, negs
            return nxt, negs
        if dep == "advcl" and cur.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in cur.children):
            # a gerund complement the parser attached as a clause: "ruled out attacking";
            # only a known governor counts (not "attacked Kyiv, killing three"), and a
            # participle set off by a comma is an adjunct, not a complement ("announced its
            # own measures, blacklisting 100 tankers": the blacklisting is no plan)
            if any(t.dep_ == "punct" and t.lower_ == "," and head.i < t.i < cur.i for t in head.children) or (
                    cur.i > head.i + 1 and cur.doc[cur.i - 1].lower_ == ","):  # (wherever the comma hangs: "refused
                return None, []  # to extend the mission's mandate, calling it a relic" is no refused label)
            nxt, negs = self._governor(head, cues, found, verbal=True, strict=True)
            return nxt, negs
        if dep in ("acl", "relcl") and head.pos_ == "NOUN" and (
                (dep == "acl" and _purpose(cur)) or _for_to(cur)):
            # "has no plans to shell", "the decision to withdraw", "a threat to strike"
            nxt, negs = self._governor(head, cues, found, verbal=True)
            if self._negative_np(head):
                found["negation"].append(f"no {head.text}")
                negs = [*negs, head.i]
            return nxt, negs
        if dep in ("pcomp", "pobj") and head.dep_ in ("prep", "agent"):
            prep, gov = head, head.head
            if _lemma(prep) in TEMPORAL_PREPS or prep.lower_ in TEMPORAL_PREPS:  # ("Following", lemma "follow")
                # "suspended sharing after Washington's strikes": a time phrase's event is no object (_inherited_past)
                return None, []
            if prep.lower_ == "for" and cur.pos_ == "NOUN" and {"date", "timetable", "timeline"} & {
                    _lemma(t) for t in (gov, *(c for c in gov.children if c.dep_ == "dobj"))}:
                # "has yet to set a date for Putin's visit": the visit is planned, only its date is
                # open (the negation of the setting is not the visit's)
                found["future"].append(f"{gov.text} for")
                return None, []
            if prep.lower_ == "at" and (_lemma(cur) in cues.prior_causes or prep.i < gov.i):
                # "will meet on Friday at Cambodia's request", "At a meeting with Lam, Xi agreed to ...": made, a setting
                return None, []
            if _lemma(prep) in cues.negation.prepositions or prep.lower_ in cues.negation.prepositions:
                found["negation"].append(prep.lower_)
                return None, [prep.i]
            if gov.i == prep.i:
                return None, []
            if _lemma(gov) in cues.anniversary_nouns:
                found["historical"].append(gov.text)
                return None, []
            if prep.lower_ in ("to", "for") and gov.pos_ == "ADJ" and _lemma(gov) in cues.open_heads:
                # "Caracas remained open to talks with Washington": a readiness, as "ready for talks"
                found["hypothetical"].append(gov.text)
                return None, []
            if _lemma(gov) in cues.conditional_nouns and any(c.lower_ == "in" for c in [gov.head]):
                found["hypothetical"].append(f"in {gov.text} of")
                return None, []
            return self._governor(gov, cues, found, verbal=dep == "pcomp" or gerund)
        if dep == "nsubj" and cur.pos_ in ("NOUN", "PROPN") and head.pos_ in ("VERB", "AUX") and _lemma(head) in (
                cues.future.object_governors | cues.hypothetical.object_governors | cues.negation.object_governors) and (
                _lemma(head) not in cues.transparent and not any(c.dep_ == "auxpass" for c in head.children)):
            # the doer of an active verb is not what it plans, seeks or blocks: "a drone attack set fire to a refinery",
            # "Pakistan's crackdown has pushed 800,000 people across the border", "the blockade prevented aid ..."
            return None, []
        if dep == "dobj" and any(c.dep_ == "oprd" for c in head.children):
            # "calling the attack a violation of Afghan sovereignty": a labelled object is judged, not planned or
            # sought (the verb is no "call for")
            return None, []
        if dep == "dobj" and refused_others_act(cur, head):  # "rejected calls from Brussels for a rerun": made
            return None, []
        if dep in ("nsubj", "nsubjpass", "dobj", "attr") and cur.pos_ in ("NOUN", "PROPN"):
            return self._governor(head, cues, found, verbal=gerund and dep == "dobj")
        if dep == "ccomp":
            if _lemma(head) in cues.recall_verbs:
                found["historical"].append(head.text)
            elif (
                _lemma(head) in cues.mandative_verbs
                and cur.tag_ not in ("VBD", "VBN", "VBG")
                and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ") for c in cur.children)
                and not (_lemma(head) in cues.assertive_mandatives
                         and (cur.tag_ == "VBZ" or (cur.tag_ == "VBP" and head.tag_ != "VBD")))
            ):
                found["hypothetical"].append(head.text)  # "demanded that Russia withdraw"
            elif any(c.dep_ == "acomp" and _lemma(c) in cues.hypothetical.governors for c in head.children):
                found["hypothetical"].append(next(c.text for c in head.children if c.dep_ == "acomp"))
            return None, []
        return None, []

    def _own_speech_act(self, conj: Token, head: Token) -> bool:
        """A past speech act or demand conjoined to a reported perfect clause ("had not fired ...
        and accused Baku", "had withdrawn and called on Thailand to ..."): coordinated with the
        speech verb above, not with the reported act."""
        claims = self.cues.claims
        acts = claims["assert_verbs"] | claims["allege_verbs"] | claims["deny_verbs"] | self.cues.mandative_verbs
        return (conj.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" and head.head.i != head.i
                and _lemma(conj) in acts and _lemma(head.head) in claims["assert_verbs"] | claims["allege_verbs"]
                and any(c.dep_ == "aux" for c in head.children))

    def _be_to(self, inf: Token, be: Token) -> bool:
        """'X is to release / are to be freed / was to visit': be + to-infinitive of schedule or obligation.

        Not an idiom ("is to blame"), not a perfect infinitive ("was to have visited": past and unrealised, left plain), not
        "is yet to" (a negation), and not with a subject that names a purpose ("the aim is to").
        """
        if _lemma(be) != "be" or be.pos_ not in ("AUX", "VERB") or _lemma(inf) in self.cues.be_to_idioms:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            return False
        if any(c.dep_ == "aux" and _lemma(c) == "have" for c in inf.children):
            return False
        if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in be.children):
            return False
        subjects = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return False
        return not any(_lemma(c) in self.cues.be_to_purpose_subjects or c.lower_ in self.cues.be_to_purpose_subjects
                       or c.tag_ in ("WP", "WDT") for c in subjects)

    def _governor(
        self, gov: Token, cues: Cues, found: dict[str, list[str]], *, verbal: bool, strict: bool = False
    ) -> tuple[Token | None, list[int]]:
        """Classify a governing word; return (word to continue from, negations)."""
        lemma = cues.lemma_fixes.get(gov.lower_) or _lemma(gov)
        if lemma == "set" and any(c.dep_ == "prt" for c in gov.children):
            return None, []  # "set up a task force", "set off": not "set to / set for"
        if lemma == "close" and gov.pos_ == "VERB":
            return None, []  # "close its airspace ... and Jordan to recall": shutting, not "close to"
        neg, fut, hyp = cues.negation, cues.future, cues.hypothetical
        if lemma in neg.adverb_governors and _lemma(gov.head) in neg.adverb_governors[lemma]:
            found["negation"].append(f"{gov.head.text} {gov.text}")
            return gov.head, [gov.i]
        if verbal:
            if _matches(lemma, gov, neg.governors, neg.governor_particles):
                found["negation"].append(gov.text)
                return gov, [gov.i]
            if lemma in cues.yet_heads and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
                found["negation"].append(f"{gov.text} yet")
                return gov, [gov.i]
            if lemma in cues.obligation_heads and gov.tag_ in ("VBZ", "VBP", "VB"):
                found["hypothetical"].append(f"{gov.text} to")
                return gov, []
            if lemma in hyp.governors:
                found["hypothetical"].append(gov.text)
                return gov, []
            if lemma in fut.governors and (lemma != "go" or gov.tag_ == "VBG"):
                found["future"].append(gov.text)
                return gov, []
        else:
            if _matches(lemma, gov, neg.object_governors, neg.object_governor_particles):
                found["negation"].append(gov.text)
                return gov, [gov.i]
            if lemma in hyp.object_governors:
                found["hypothetical"].append(gov.text)
                return gov, []
            if lemma in fut.object_governors:
                found["future"].append(gov.text)
                return gov, []
        if lemma in cues.transparent and not strict:
            return gov, []
        return None, []
