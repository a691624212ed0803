"""What pipeline stages hand one another.

A story flows through the stages as one ``StoryContext``: the spaCy ``Doc``, the
actor ``Mention``s found in it, and the ``Candidate`` events being built. Each
stage (one module each: actors, events, patterns, claims, dates, places, materiel, context)
is a callable ``stage(ctx) -> None`` that adds to the context. ``tidings.coder``
turns finished candidates into ``records.Event``.

Offsets: ``start``/``end`` are token indices into ``ctx.doc`` (end exclusive);
``start_char``/``end_char`` are character offsets into the story text.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..records import Entity, Location, Materiel, Size, Story

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# PLOVER's codes for parties that are no country (international and non-state bodies, firms): a
# mention with one of these codes names no state, for recipients, story anaphors and scenes alike
NON_COUNTRY_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# Prepositions that put an act in another act's time ("after the strike", "during talks"): claim status
# and modes of the framed act are the framing act's, not its own
# Sectors of parties that are not the state of their country code (an army and the RSF are both
# SDN, yet two sides).
NON_STATE_SECTORS = frozenset({"REB", "PRM", "ISM", "IMG", "OPP", "CRM", "UAF"})
# Sectors of the state's own bodies (government, army, police, courts, parliament, intelligence): they speak and
# act for their country
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Actors whose violence is usually domestic: police and courts.
DOMESTIC_FORCE_SECTORS = frozenset({"COP", "JUD"})
# Sectors of crowds (civilians, students, workers, farmers, the opposition).
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})
# the counts of a group named by its number ("the two leaders", "the three" as a clause's subject)
GROUP_COUNTS = {"two": 2, "three": 3, "four": 4}
# Pronouns that stand for a party ("it" also for a plural-named state, "the Philippines").
PARTY_PRONOUNS = frozenset({"it", "they", "he", "she"})
# entity labels of words that can name a party (a state, people, an organisation, a person)
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Subordinators of a condition ("would retaliate if ...") and of what a reaction answers ("after ...").
CONDITION_MARKS = frozenset({"if", "unless", "should", "until"})
PROVOKING_MARKS = frozenset({"after", "following"})
TEMPORAL_PREPS = frozenset({"after", "before", "during", "following", "amid", "since"})
# Small word sets several stages read the same way
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb: a clause of its own
FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
# any modal auxiliary, by lemma or form: an act told under one is not (yet) done ("could be arrested")
MODALS = FUTURE_AUX | frozenset({"could", "might", "may", "must", "should", "can"})
# verbs that report speech (lemmas): "..., Ukraine said", "Speaking after talks in Riyadh, the minister said"
SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "add", "state", "confirm", "declare", "insist", "stress",
                           "report", "claim"})
# talks and meetings: what talks are held about ("talks on ending the war"), what a party breaks off
TALK_WORDS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "dialogue",
                        "consultation", "consultations", "process", "meeting", "conversation", "call", "summit",
                        "discuss", "negotiate", "confer", "speak"})
# go-betweens are no side: "after Egyptian mediators proposed a timetable" names no step of either party
GO_BETWEEN_NOUNS = frozenset({"mediator", "intermediary", "broker", "facilitator", "negotiator", "envoy",
                              "go-between"})
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})  # a promise of an act ("vowed to resist")
BLAME_VERBS = frozenset({"blame", "pin", "attribute"})  # "an attack India blamed on ..."
ORDER_VERBS = frozenset({"order", "instruct", "direct", "tell", "command"})
# who judges: a court's jailing is a conviction, its order to pay a penalty (event_measures, event_orders)
COURT_WORDS = frozenset({"court", "judge", "tribunal", "judiciary", "jury", "bench", "panel", "magistrate",
                         "arbitrator", "arbitration", "icj", "icsid"})


@dataclass
class Mention:
    """One actor mention, already resolved to a PLOVER entity (code + sector) where possible.

    ``kind``: ``country`` (name, demonym, capital metonym), ``org`` (IGO, NGO, armed
    group, company), ``person`` (named person, resolved through title / knowledge base /
    earlier mention), ``agent`` (a role noun: "troops", "protesters", "the foreign
    ministry", optionally with a country from a modifier), ``pronoun`` (resolved to an
    earlier mention: its code/sector are copied, ``antecedent`` points to it).
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    code: str | None
    sector: str | None
    kind: str
    sent_index: int
    root: int
    identifier_id: str | None = None
    identifier_text: str | None = None
    other_sectors: list[str] = field(default_factory=list)
    office: str | None = None
    antecedent: Mention | None = None
    confidence: float = 1.0
    # Other parties on the same token span (a resolved "the two sides"): whoever takes
    # this mention as an argument takes them too.
    group: list[Mention] = field(default_factory=list, repr=False, compare=False)

    def to_entity(self) -> Entity:
        return Entity(
            code=self.code,
            sector=self.sector,
            entity_text=self.text,
            start=self.start_char,
            end=self.end_char,
            identifier_id=self.identifier_id,
            identifier_text=self.identifier_text,
            other_sectors=list(self.other_sectors),
            office=self.office,
        )

    def covers(self, token_i: int) -> bool:
        return self.start <= token_i < self.end


def token_mention(tok: Token, code: str, sent_index: int, confidence: float = 0.5) -> Mention:
    """A one-word country mention a rule names that the actors stage did not keep as an actor (the
    backer in "a U.S.-backed plan", the council of a vetoed draft)."""
    return Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
                   code=code, sector=None, kind="country", sent_index=sent_index, root=tok.i, confidence=confidence)


def word_reference(tok: Token, ante: Mention, sent_index: int, cap: float) -> Mention:
    """A one-word reference ("it", "the organisation", "its neighbour") to the party ``ante``, as sure as
    ``ante`` up to ``cap``."""
    return Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
                   code=ante.code, sector=None, kind="pronoun", sent_index=sent_index, root=tok.i,
                   identifier_id=ante.identifier_id, identifier_text=ante.identifier_text, antecedent=ante,
                   confidence=min(cap, ante.confidence))


@dataclass
class Candidate:
    """An event being built. The events stage creates it; later stages fill their fields."""

    sent_index: int
    trigger: int  # token index of the trigger's head word
    trigger_start: int  # token span of the whole trigger phrase ("carried out ... strikes")
    trigger_end: int
    event: str
    mode: str | None = None
    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    confidence: float = 0.5
    # Set by the events stage when the event is the content of a speech act or an
    # accusation ("X accused Y of supplying ..."): who speaks, and the embedding word.
    speaker: list[Mention] = field(default_factory=list)
    embedding: int | None = None
    embedding_cue: str | None = None
    # claims stage
    aux_mode: str | None = None
    planned_event: str | None = None  # set when a future cooperative event becomes AGREE
    planned_mode: str | None = None
    claim_status: str = "asserted"
    claim_by: list[Mention] = field(default_factory=list)
    denied_by: list[Mention] = field(default_factory=list)
    claim_cues: list[str] = field(default_factory=list)
    # dates stage
    date: str | None = None
    date_precision: str = "story"
    date_text: str | None = None
    # places stage
    place: Location | None = None
    # materiel stage
    materiel: list[Materiel] = field(default_factory=list)
    size: Size | None = None
    # context stage
    context: list[str] = field(default_factory=list)
    # free scratch space for a stage; never serialised
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StoryContext:
    story: Story
    doc: Doc
    pub_date: dt.date | None = None
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    # the actors stage keeps its per-story person registry here ("Lammy" -> GBR GOV ...)
    people: dict[str, Any] = field(default_factory=dict)

    @property
    def sents(self) -> list[Span]:
        cached = self.__dict__.get("_sents")
        if cached is None:
            cached = list(self.doc.sents)
            self.__dict__["_sents"] = cached
        return cached

    def mentions_in(self, sent_index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sent_index == sent_index]

    def mention_at(self, token_i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m
        return None


class Stage(Protocol):
    name: str

    def __call__(self, ctx: StoryContext) -> None: ...


def _word_index(doc: Any, attr: str) -> dict[str, list[int]]:
    """Positions of each LOWER / LEMMA string in ``doc``, built once per doc from its ``Parse`` and kept
    with its ``Parse`` (so ``forget`` drops it too)."""
    p = parse(doc)
    per_doc = p.memo
    index = per_doc.get(attr)
    if index is None:
        index = {}
        _STRINGS.store = doc.vocab.strings
        # (the words of the doc's ``Parse``: its lower-case forms, its lemmas as spaCy has them)
        for i, w in enumerate(p.lower if attr == "lower" else map(_NAMES.__getitem__, p.lemma_hash)):
            index.setdefault(w, []).append(i)
        per_doc[attr] = index
    return index


class Parse:
    """The parse of one doc as plain Python lists, built once per doc (one ``to_array`` call).

    Every ``doc[i]``, ``token.children``, ``token.head`` or ``token.dep_`` makes a new spaCy object
    or string; hot helpers that only walk the tree or test labels read these lists instead and
    make a Token object only for what they return (a fresh one, as spaCy would: some rules compare
    tokens with ``is``). ``lemma`` is lower-cased, ``ent`` the entity type, ``text`` the word, ``punct`` ``is_punct``; ``sent_start[i]`` / ``sent_end[i]`` the bounds of ``doc[i].sent``; ``kids[i]`` are ``i``'s children in text order;
    ``left[i]`` / ``right[i]`` its subtree's edges; ``head[i] == i`` for a sentence root."""

    __slots__ = ("head", "dep", "pos", "tag", "lower", "lemma", "ent", "text", "punct", "kids", "left", "right",
                 "sent_start", "sent_end", "lemma_hash", "memo", "__weakref__")

    def __init__(self, doc: Any) -> None:
        import numpy
        from spacy import attrs as at

        arr = doc.to_array([at.HEAD, at.DEP, at.POS, at.TAG, at.LOWER, at.LEMMA, at.ENT_TYPE, at.IS_PUNCT, at.SENT_START, at.ORTH])
        n = len(arr)
        # HEAD comes as a relative offset stored unsigned (two's complement): wrap, then add the index
        heads = (arr[:, 0].astype("int64") + numpy.arange(n)).tolist() if n else []
        cols = arr[:, [1, 2, 3, 4, 5, 6, 9]].T.tolist() if n else [[]] * 7
        self.punct = list(map(bool, arr[:, 7].tolist()))
        # ``Token.sent``'s bounds as spaCy finds them: back to a sentence-start flag (or the first word),
        # on to the next flag (or the end)
        starts = (numpy.flatnonzero(arr[1:, 8] == 1) + 1).tolist() if n else []
        self.sent_start, self.sent_end = [0] * n, [n] * n
        for a, b in zip([0, *starts], [*starts, n], strict=True):
            self.sent_start[a:b] = [a] * (b - a)
            self.sent_end[a:b] = [b] * (b - a)
        _STRINGS.store = doc.vocab.strings  # (what _NAMES looks a hash up in when it has not seen it)
        self.head = heads
        name = _NAMES.__getitem__
        self.dep, self.pos, self.tag, self.lower = (list(map(name, col)) for col in cols[:4])
        self.lemma = list(map(_LOWERED.__getitem__, cols[4]))
        self.lemma_hash = cols[4]  # (spaCy's own lemmas, not lower-cased: the lemma word index reads them)
        self.ent = list(map(name, cols[5]))
        self.text = list(map(name, cols[6]))
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(heads):
            if h != i:
                kids[h].append(i)
        left, right = list(range(n)), list(range(n))
        size = [1] * n
        for i in _bottom_up(heads, kids):
            h = heads[i]
            if h != i:
                if left[i] < left[h]:
                    left[h] = left[i]
                if right[i] > right[h]:
                    right[h] = right[i]
                size[h] += size[i]
        if any(r - lft + 1 != k for lft, r, k in zip(left, right, size, strict=True)):
            # a non-projective tree: spaCy's edges (and so its children) are approximations; read its own
            toks = list(doc)
            kids = [[c.i for c in t.children] for t in toks]
            left = [t.left_edge.i for t in toks]
            right = [t.right_edge.i for t in toks]
        # (tuples of ints: the garbage collector stops tracking them, lists it would walk on every pass)
        self.kids = [tuple(k) if k else () for k in kids]
        self.left, self.right = left, right
        self.memo: dict[Any, Any] = {}  # the word indexes and other per-tree answers (``owners.conjuncts``)


class _Names(dict):
    """hash -> string for every label and word seen (a hash names the same string in every vocab). A hash not
    seen before is looked up in the StringStore of the doc being read (``_STRINGS.store``, set per thread by
    whoever maps a doc's hashes): no pass over a doc's hashes to find the new ones first."""

    def __missing__(self, h: int) -> str:
        found = self[h] = _STRINGS.store[h]
        return found


class _Lowered(dict):
    """lemma hash -> the lemma in lower case (worked out on first sight, like ``_Names``)."""

    def __missing__(self, h: int) -> str:
        found = self[h] = _lowered(_NAMES[h])
        return found


_STRINGS = threading.local()
_NAMES: dict[int, str] = _Names()
_LOWERED: dict[int, str] = _Lowered()


@functools.cache
def _lowered(lemma: str) -> str:
    return lemma.lower()


def _bottom_up(head: list[int], kids: list[list[int]]) -> list[int]:
    """Token indices, every one after all of its descendants."""
    order = [i for i, h in enumerate(head) if h == i]
    k = 0
    while k < len(order):  # breadth-first from the roots, then reversed
        order.extend(kids[order[k]])
        k += 1
    return order[::-1]


_PARSES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_BOUNDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text``, joined once per doc (spaCy joins it from a new Token object per word on every call).
    A span's text is ``doc_text(doc)[span.start_char:span.end_char]``."""
    found = _TEXTS.get(doc)
    if found is None:
        found = text_bounds(doc)[0]
    return found


def text_bounds(doc: Any) -> tuple[str, list[int], list[int]]:
    """``doc.text`` and each word's start and end offset in it (``Token.idx``, ``idx + len(text)``),
    built once per doc from one ``to_array`` call: each word and whether a space follows it
    (``Token.whitespace_`` is " " or ""), joined as ``Doc.text`` joins them."""
    found = _BOUNDS.get(doc)
    if found is None:
        from spacy.attrs import ORTH, SPACY

        _STRINGS.store = doc.vocab.strings
        cols = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else [[], []]
        # (whole columns through C-level maps: no Python step per word)
        words = list(map(_NAMES.__getitem__, cols[0]))
        parts = list(map(operator.add, words, map(("", " ").__getitem__, cols[1])))
        starts = list(itertools.accumulate(map(len, parts), initial=0))
        ends = list(map(operator.add, starts, map(len, words)))
        found = _BOUNDS[doc] = ("".join(parts), starts[:-1] if starts else starts, ends)
        _TEXTS[doc] = found[0]
    return found


def doc_words(doc: Any) -> frozenset[str]:
    """Every lemma (lower-cased) and lower-case form in ``doc``, kept with its ``Parse``: a word not in it is
    no child, particle or preposition anywhere in the doc (a rule that needs one cannot fire)."""
    p = parse(doc)
    found = p.memo.get("doc_words")
    if found is None:
        found = p.memo["doc_words"] = frozenset(p.lemma).union(p.lower)
    return found


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text`` (for 0 <= start) from ``doc_text``, without a Token object."""
    end = min(end, len(doc))
    if start >= end:
        return ""
    text, starts, ends = text_bounds(doc)
    return text[starts[start]:ends[end - 1]]


def leading_text(doc: Any, tokens: int, chars: int) -> str:
    """``doc[:tokens].text[:chars]`` from ``doc_text``: the story's opening words."""
    n = min(tokens, len(doc))
    if n == 0:
        return ""
    text, _, ends = text_bounds(doc)
    return text[:min(chars, ends[n - 1])]


def parse(doc: Any) -> Parse:
    """The ``Parse`` of ``doc`` (cached per doc; ``forget`` drops it when the tree changes)."""
    global _LAST_DOC, _LAST_PARSE
    if doc is _LAST_DOC:  # asked ~800 times per story, nearly always for the doc of the last call
        return _LAST_PARSE
    found = _PARSES.get(doc)
    if found is None:
        found = _PARSES[doc] = Parse(doc)
    # (a plain reference: the last doc outlives its story only until the next doc is asked about)
    _LAST_DOC, _LAST_PARSE = doc, found
    return found


class SentenceSpans:
    """``tok.sent`` for the words of a doc: the span of its sentence as spaCy finds it (back to a sentence-start
    flag or the first word, on to the next flag or the end), read off the doc's ``Parse`` and made once per
    sentence. spaCy's own scans the doc's annotations and slices a new span on every call (~15 us);
    ``Coder.story_context`` installs one as the doc's ``sent`` token hook while the stages run. The spans are kept
    here, not with the ``Parse``: a span holds its doc, and the weakly keyed parse cache must not keep docs alive;
    a new ``Parse`` (``forget``: a changed tree) starts them afresh."""

    __slots__ = ("_parse", "_spans")

    def __init__(self) -> None:
        self._parse: Parse | None = None
        self._spans: dict[int, Any] = {}

    def __call__(self, tok: Any) -> Any:
        doc = tok.doc
        p = parse(doc)
        if p is not self._parse:
            self._parse, self._spans = p, {}
        i = tok.i
        start = p.sent_start[i]
        found = self._spans.get(start)
        if found is None:
            found = self._spans[start] = doc[start:p.sent_end[i]]
        return found


def forget(doc: Any) -> None:
    """Drop what is cached for ``doc`` (its word index and ``Parse``): its tree or lemmas were changed."""
    global _LAST_DOC, _LAST_PARSE
    _PARSES.pop(doc, None)
    if _LAST_DOC is doc:
        _LAST_DOC = _LAST_PARSE = None


_LAST_DOC: Any = None  # the doc parse() last answered for, and its Parse
_LAST_PARSE: Any = None


def _tokens_with(doc: Any, forms: Any, attr: str) -> list[Any]:
    index = _word_index(doc, attr)
    if not isinstance(forms, (set, frozenset)):
        forms = set(forms)
    # (each position is under one word of the index, each word asked once: no position comes twice)
    if len(forms) <= len(index):
        hits = [i for w in forms if w in index for i in index[w]]
    else:  # a long word list (every known surname): look the story's own words up in it instead
        hits = [i for w, at in index.items() if w in forms for i in at]
    hits.sort()
    return [doc[i] for i in hits]


def tokens_with_lower(doc: Any, words: Any) -> list[Any]:
    """The tokens of ``doc`` whose lower-case text is in ``words``, in order. A pass that only
    looks at a few words skips building a Token object for every other one; the doc's words are
    indexed once and shared by every such pass, which matters on the hot path of every story."""
    return _tokens_with(doc, words, "lower")


def tokens_with_lemma(doc: Any, lemmas: Any) -> list[Any]:
    """The tokens of ``doc`` whose lemma, in lower case or capitalised (a sentence's first word), is in
    ``lemmas``, in order; like ``tokens_with_lower``, without a Token object for every other word."""
    return _tokens_with(doc, _lemma_forms(lemmas) if isinstance(lemmas, frozenset) else _capitalised(lemmas), "lemma")


def _capitalised(lemmas: Any) -> set[str]:
    return {f for w in lemmas for f in (w, w.capitalize())}


@functools.lru_cache(maxsize=256)
def _lemma_forms(lemmas: frozenset) -> set[str]:
    # (the callers' word sets are module constants: their capitalised forms are worked out once)
    return _capitalised(lemmas)


class SentTokens:
    """The tokens of ``doc[start:end]`` as a sequence that makes each Token object on first use and
    then hands out that same object (as ``list(sent)`` would), so a pass that looks at a few words of
    every sentence, by index through ``parse``, does not make a Token for every other one."""

    __slots__ = ("doc", "start", "_toks")

    def __init__(self, doc: Any, start: int, end: int) -> None:
        self.doc, self.start = doc, start
        self._toks: list[Any] = [None] * (end - start)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, k: int) -> Any:
        tok = self._toks[k]
        if tok is None:
            tok = self._toks[k] = self.doc[self.start + (k if k >= 0 else len(self._toks) + k)]
        return tok

    def __iter__(self) -> Any:
        return (self[k] for k in range(len(self._toks)))


def verb_above(tok: Any, steps: int) -> Any:
    """The nearest verb at or above ``tok``, climbing at most ``steps`` heads (a noun or a
    preposition hands over to the verb it hangs on); the root when no verb comes first."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


# subordinators of a clause that dates its act against another ("a day after X struck", "as Y shelled ...")
TIME_CLAUSE_MARKS = frozenset({"after", "before", "since", "as", "while", "when", "once"})


def set_off_time_clause(verb: Any) -> bool:
    """'... unless Kyiv halted its drone attacks, a day after Ukrainian drones set fire to a plant': a time clause
    with its own subject, set off by a comma, tells an act of its own; the parser may hang it on the nearest verb (a
    condition's, a purpose's), whose content it is not. Without the comma ('if Iran strikes after Israel withdraws')
    it stays inside."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children):
        return False
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def condition_span(cond: Any) -> tuple[int, int]:
    """First and last token of a condition clause, without a comma-set time clause at its end
    (``set_off_time_clause``)."""
    end = cond.right_edge.i
    for k in cond.children:
        if k.i > cond.i and set_off_time_clause(k) and k.right_edge.i == end:
            end = k.left_edge.i - 2
    return cond.left_edge.i, end
