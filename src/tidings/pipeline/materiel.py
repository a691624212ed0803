"""Stage 'materiel': what is supplied, used or withheld (``cand.materiel``), and PLOVER's
``size`` (dead, injured, arrested) from numbers in the event's sentence.

Materiel terms come from knowledge/materiel.json and are found with one PhraseMatcher
pass per story. A match belongs to an event when it lies in the event's own clause
(scope.py) and is not one of the event's actors or recipients ("troops" as the one
acting are an actor, "sent 2,000 troops" are materiel). Quantities come from a
number attached to the term ("300 drones", "a million rounds of ammunition",
"$1.5 billion"); vague amounts ("dozens of", "hundreds of") stay null.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..records import Materiel, Size
from .base import Candidate, StoryContext
from .scope import VAGUE, event_scope, parse_number, plural, secondary_scope

_CURRENCY_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "pound", "sterling",
                             "rubles", "roubles", "yuan", "yen", "rupees", "francs", "shekels",
                             "usd", "eur", "gbp", "us"})
_NUMERIC_DEPS = frozenset({"compound", "quantmod", "nummod"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "quantmod", "nummod", "punct"})
_CURRENCY_MARKS = "$€£¥₽"
_NOT_MATERIEL = "_not_materiel"  # matcher label of phrases that hide a term inside them
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


@cache
def materiel_knowledge() -> dict[str, Any]:
    with resources.files("tidings.knowledge").joinpath("materiel.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def count_of(tok) -> float | None:
    """The number a token stands for or carries: '12', 'four', 'a million', '300 drones'."""
    if tok.lower_ in VAGUE:
        return None
    if tok.like_num or tok.pos_ == "NUM":
        parts = [tok] + [c for c in tok.children if c.dep_ in _NUMERIC_DEPS and (c.like_num or c.pos_ in ("NUM", "DET"))]
        parts.sort(key=lambda t: t.i)
        return parse_number(" ".join(t.text for t in parts))
    for child in tok.children:
        if child.dep_ == "nummod":
            return count_of(child)
    return None


def _only(size: Size | None, fields: frozenset[str]) -> Size | None:
    if size is None:
        return None
    kept = Size(**{f: (getattr(size, f) if f in fields else None) for f in ("dead", "injured", "arrested")})
    return kept if (kept.dead, kept.injured, kept.arrested) != (None, None, None) else None


def _names_item(tok, start: int, end: int) -> bool:
    """Whether ``tok``, right before a materiel term, is part of its name: a noun or a
    proper or national adjective ("Shahed drones", "Russian oil"), not a plain
    adjective ("joint bomber patrols", "more systems")."""
    if tok.head.i not in range(start, end) or tok.dep_ not in _NAME_DEPS or tok.ent_type_ in _TIME_ENTS:
        return False
    if tok.pos_ in ("PROPN", "NOUN"):
        return True
    return tok.pos_ == "ADJ" and (tok.ent_type_ in ("NORP", "GPE") or tok.is_title)


class MaterielStage:
    name = "materiel"

    def __init__(self, nlp, config, knowledge: dict[str, Any] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        from .phrases import patterns  # words split without a Doc per term

        self.config = config
        kb = knowledge or materiel_knowledge()
        self.event_types = frozenset(kb["event_types"])
        self.generic = frozenset(kb.get("generic_categories", ()))
        self.carriers = frozenset(kb.get("carrier_nouns", ()))
        self.personnel = frozenset(kb.get("personnel_categories", ()))
        self.count_units = frozenset(kb.get("count_units", ()))
        self.categories: dict[str, dict[str, Any]] = kb["categories"]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for category, spec in sorted(self.categories.items()):
            terms = sorted({t.lower() for term in spec["terms"] for t in (term, plural(term))})
            self.matcher.add(category, patterns(nlp, terms))
        blockers = sorted({t.lower() for term in kb.get("not_materiel", ()) for t in (term, plural(term))})
        if blockers:
            self.matcher.add(_NOT_MATERIEL, patterns(nlp, blockers))
        size = kb["size"]
        # event type -> the size fields it reports: an ASSAULT carries no arrest count
        # from a sentence that also reports arrests.
        self.size_events: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in size["event_types"].items()}
        self.size_verbs = {lemma: field for field in ("dead", "injured", "arrested") for lemma in size[field]["verbs"]}
        self.size_nouns = {lemma: field for field in ("dead", "injured", "arrested") for lemma in size[field]["nouns"]}
        self.toll_nouns = frozenset(size.get("toll_nouns", ()))

    def __call__(self, ctx: StoryContext) -> None:
        if not ctx.candidates:
            return
        doc = ctx.doc
        matches = self._matches(doc)
        sizes: dict[int, Size | None] = {}  # one reading per sentence
        for cand in ctx.candidates:
            if cand.event in self.event_types:
                cand.materiel = self._for_candidate(doc, cand, matches)
            fields = self.size_events.get(cand.event)
            if fields:
                if cand.sent_index not in sizes:
                    sizes[cand.sent_index] = self.sentence_size(ctx.sents[cand.sent_index])
                cand.size = _only(sizes[cand.sent_index], fields)

    # -- materiel ----------------------------------------------------------------------
    def _matches(self, doc) -> dict[int, tuple[int, int, str]]:
        """Root token index -> (start, end, category), longest non-overlapping matches."""
        from spacy.util import filter_spans

        vocab = doc.vocab
        spans = []
        for match_id, start, end in self.matcher(doc):
            # "ship" the verb, "mine" the pronoun: only nouns and names are materiel (a span made only for them)
            last = doc[end - 1]
            if last.pos_ in ("NOUN", "PROPN", "NUM") or last.ent_type_ == "PRODUCT":
                span = doc[start:end]
                span.label_ = vocab.strings[match_id]
                spans.append(span)
        out: dict[int, tuple[int, int, str]] = {}
        for span in filter_spans(spans):
            if span.label_ != _NOT_MATERIEL:
                out[span.root.i] = (span.start, span.end, span.label_)
        for ent in doc.ents:
            # NER calls "200 Fath-360" MONEY now and then: require a currency.
            if ent.label_ == "MONEY" and (any(ch in ent.text for ch in _CURRENCY_MARKS)
                                          or any(t.lower_ in _CURRENCY_WORDS for t in ent)):
                out.setdefault(ent.root.i, (ent.start, ent.end, "funds"))
        return out

    def _for_candidate(self, doc, cand: Candidate, matches) -> list[Materiel]:
        taken = [(m.start, m.end) for m in cand.actor + cand.recipient]
        mine: dict[int, tuple[int, int, str]] = {}
        # The event's own clause first; a clause sharing its occasion only when that
        # has nothing ("missiles hit Odesa, killing three": the killing used missiles).
        for scope in (event_scope(doc, cand), secondary_scope(doc, cand)[0]):
            mine = {r: m for r, m in matches.items()
                    if r in scope and (m[2] not in self.personnel or not any(s <= r < e for s, e in taken))}
            if mine:
                break
        # A term modifying another term is one item: "Fath-360 | ballistic missiles",
        # "$2 billion | loan", "Patriot | air defence systems". The specific name gives
        # the category when the head noun is generic ("Iskander missiles").
        merged: dict[int, tuple[int, int, str]] = {}
        for root in sorted(mine):
            start, end, category = mine[root]
            head = doc[root].head
            if doc[root].dep_ in _MODIFIER_DEPS and head.i in mine and head.i > root:
                h_start, h_end, h_cat = mine[head.i]
                # An amount ("$250 million | weapons package") sizes the item it modifies.
                keep_head = h_cat not in self.generic or doc[root].ent_type_ == "MONEY"
                mine[head.i] = (min(start, h_start), h_end, h_cat if keep_head else category)
                continue
            # A term naming some other thing is not what changes hands: "weapons
            # depots", "oil tanker"; but "drone strikes", "oil exports" are.
            if (doc[root].dep_ in ("compound", "amod", "nmod") and head.i > root
                    and head.lemma_.lower() not in self.carriers and head.ent_type_ != "MONEY"):
                continue
            merged[root] = (start, end, category)
        found: list[tuple[int, Materiel]] = []
        for root, (start, end, category) in merged.items():
            start, end, category = mine[root]
            tok = doc[root]
            left = start
            # Name modifiers right before the term belong to it ("Shahed drones", "Russian oil").
            while left > 0 and _names_item(doc[left - 1], left, end):
                left -= 1
            if tok.ent_type_ == "MONEY" and start == left:
                quantity = self._money(doc[start:end])
            else:
                quantity = self._quantity(tok)
                # "40 tonnes of food", "a million rounds of ammunition": keep the measure in the text.
                of_head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
                if of_head is not None and of_head.i < left and (of_head.like_num or any(
                        c.dep_ == "nummod" for c in of_head.children) or of_head.lower_ in VAGUE):
                    edge = of_head.left_edge
                    left = edge.i if edge.pos_ != "DET" or edge.dep_ == "quantmod" else edge.i + 1
            span = doc[left:end]
            found.append((span.start, Materiel(text=span.text, category=category, quantity=quantity,
                                               start=span.start_char, end=span.end_char)))
        found.sort(key=lambda f: f[0])
        return [m for _, m in found]

    @staticmethod
    def _money(span) -> float | None:
        words = [t.text for t in span if t.lower_ not in _CURRENCY_WORDS]
        return parse_number(" ".join(words))

    def _quantity(self, tok) -> float | None:
        # "22 of the 35 drones" counts 22; "a million rounds of ammunition" a million;
        # "dozens of drones" nothing. A measure ("40 tonnes of food") is not a count.
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
            of_head = tok.head.head
            if of_head.like_num or of_head.pos_ == "NUM" or of_head.lower_ in VAGUE:
                return count_of(of_head)
            if of_head.lemma_.lower() in self.count_units:
                return count_of(of_head)
            if any(c.dep_ == "nummod" for c in of_head.children):
                return None
        n = count_of(tok)
        if n is not None:
            return n
        for child in tok.children:
            # "a $2 billion loan"
            if child.ent_type_ == "MONEY":
                ent = next(e for e in tok.doc.ents if e.start <= child.i < e.end)
                return self._money(ent)
        return None

    # -- size --------------------------------------------------------------------------
    def sentence_size(self, sent) -> Size | None:
        """Dead, injured and arrested counts stated in one sentence (the largest of each)."""
        found: dict[str, float] = {}

        def put(field: str, value: float | None) -> None:
            if value is not None and value >= 0:
                found[field] = max(found.get(field, 0), value)

        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or (tok.tag_ == "VBN"):
                field = self.size_verbs.get(lemma)
                if field:
                    for child in tok.children:
                        if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "nsubj" and (
                                lemma in ("die", "perish") or child.like_num)):
                            put(field, count_of(child))
                    continue
            field = self.size_nouns.get(lemma) or self.size_nouns.get(tok.lower_)
            if field and tok.pos_ in ("NOUN", "ADJ", "VERB"):
                for child in tok.children:
                    if child.dep_ == "nummod":
                        put(field, count_of(child))
            if lemma in self.toll_nouns and any(c.lower_ in ("death", "casualty") for c in tok.children) or (
                    lemma == "toll" and tok.dep_ in ("nsubj", "nsubjpass")):
                for prep in tok.head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "at"):
                        for num in prep.children:
                            if num.dep_ == "pobj":
                                put("dead", count_of(num))
        if not found:
            return None
        return Size(**{k: int(v) for k, v in sorted(found.items())})
