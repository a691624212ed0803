"""Stage 'patterns': a user's PETRARCH verb dictionary codes the verbs it knows.

Runs right after the events stage, and only when ``CoderConfig.dictionaries`` holds a
PETRARCH verb file (``tidings.petrarch_verbs``), discard list or actor entry coded
``[A/B]``; otherwise it does nothing. Discard lists drop the events of a sentence (or
story, ``+PHRASE``) holding a listed phrase; an ``[A/B]`` actor takes part in its events
as both A and B. For every verb of a sentence that a verb dictionary knows (by its
written form first, then by lemma):

1. the verb's patterns are matched around it — the words before ``*`` leftwards from
   the verb over the sentence, the words after it rightwards over the verb's own
   phrase (its dependency subtree without coordinated verbs and adverbial clauses);
   the longest matching pattern wins, else the form's or the block's default code;
2. the CAMEO code becomes a PLOVER type and mode (``tidings.cameo.to_plover``); ``---``,
   CAMEO 01/02 and codes the table does not know give no event;
3. source: the actors a ``$`` marked, else the subject (a passive's ``by`` agent);
   target: the actors a ``+`` marked, else the first actor of the verb's phrase with
   the actors coordinated with it, else of its adverbial clauses; a subject that is no
   actor lends the actors of its prepositional phrases ("ties between X and Y");
   ``%`` (compound) makes the coordinated subject the event's co-actors; a code
   ``A:B`` adds the reverse event (target -> source) with B. As in PETRARCH, an event
   needs a source and a target, but for coordinated sources of a cooperative code;
4. the events stage's candidates for the verb are replaced: the user's dictionary wins
   over the bundled lexicon, also when it says "no event" (``---``). Those of the verb's
   direct objects go too when the dictionary coded the verb or matched a pattern
   ("condemned an attack" is one event); under a bare ``---`` default an object noun
   that is a trigger of its own keeps its event (a reading of the verb with its object,
   "held talks", is the verb's and goes).

Supported and unsupported parts of the format: docs/dictionaries.md, section 4.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..cameo import to_plover
from ..petrarch_dict import phrase_key
from ..petrarch_verbs import inflection as _inflection
from .arguments import OBJ_DEPS, mentions_of, subject_tokens, unique
from .base import Candidate, Mention, StoryContext
from .pattern_match import PatternFound, PatternMatcher, VerbMatch, coordinated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..petrarch_dict import DiscardList
    from ..petrarch_verbs import VerbDictionary, VerbForm

CONFIDENCE = 0.8
# Children of the verb whose words are not part of its phrase for the words after '*'.
_OUTSIDE_DEPS = frozenset({"conj", "cc", "advcl", "parataxis", "punct"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
# CAMEO roots of the events coordinated actors hold with one another ("A and B met")
_MUTUAL = frozenset({"03", "04", "05", "06"})


class Patterns:
    name = "patterns"

    def __init__(self, nlp, config) -> None:
        from ..petrarch_dict import is_discard_list, load_discards, several_actor_phrases
        from ..petrarch_verbs import is_verb_dictionary, load_verb_dictionary, retokenize

        files = list(getattr(config, "dictionaries", None) or [])
        paths = [p for p in files if is_verb_dictionary(p)]
        # later files win: look them up first
        self.dictionaries: list[VerbDictionary] = [load_verb_dictionary(p) for p in reversed(paths)]
        self.discards: list[DiscardList] = [load_discards(p) for p in files if is_discard_list(p)]
        self.also = several_actor_phrases(files)
        tokenizer = getattr(nlp, "tokenizer", None)
        if tokenizer is not None:  # dictionary words split as the text is ("cease-fire")
            def split(word: str) -> list[str]:
                return [t.text for t in tokenizer(word)]

            for d in self.dictionaries:
                retokenize(d, split)
            self.discards = [d.split(split) for d in self.discards]
        self.synsets: dict[str, tuple[tuple[str, ...], ...]] = {}
        for d in reversed(self.dictionaries):  # in file order: later files win
            self.synsets.update(d.synsets)

    @property
    def active(self) -> bool:
        return bool(self.dictionaries or self.discards or self.also)

    # -- story ----------------------------------------------------------------------------
    def __call__(self, ctx: StoryContext) -> None:
        if self.dictionaries:
            self._code_verbs(ctx)
        if self.discards:
            self._discard(ctx)
        if self.also:
            self._several(ctx)

    def _several(self, ctx: StoryContext) -> None:
        """A PETRARCH phrase coded ``[ELR/GAL]`` names both actors: every event it takes part
        in takes each of them (PETRARCH writes one event per code)."""
        copies: dict[int, list[Mention]] = {}

        def expand(found: list[Mention]) -> list[Mention]:
            out: list[Mention] = []
            for m in found:
                if id(m) not in copies:
                    codes = self._also_codes(m)
                    copies[id(m)] = [m] + [replace(m, code=c, group=[]) for c in codes]
                out.extend(x for x in copies[id(m)] if x not in out)
            return out

        for c in ctx.candidates:
            c.actor, c.recipient = expand(c.actor), expand(c.recipient)

    def _also_codes(self, m: Mention) -> tuple[str, ...]:
        """The further codes of an ``[A/B]`` phrase the mention is or holds ("Baltic states
        officials")."""
        if not m.code:
            return ()
        found = self.also.get((phrase_key(m.text), m.code))
        if found is not None:
            return found
        text = f" {' '.join(m.text.lower().split())} "
        return next((codes for (phrase, code), codes in self.also.items()
                     if code == m.code and f" {phrase} " in text), ())

    def _discard(self, ctx: StoryContext) -> None:
        """PETRARCH's discard lists: a sentence holding a listed phrase ("baseball") codes no
        event; a story holding a '+' phrase ("+typhoon") codes none at all."""
        dropped: set[int] = set()
        for si, sent in enumerate(ctx.sents):
            words = [t.lower_ for t in sent]
            for d in self.discards:
                hit = d.find(words)
                if hit is None:
                    continue
                if hit[0] == "story":
                    ctx.candidates = []
                    return
                dropped.add(si)
        if dropped:
            ctx.candidates = [c for c in ctx.candidates if c.sent_index not in dropped]

    def _code_verbs(self, ctx: StoryContext) -> None:
        by_sent: dict[int, dict[int, Mention]] = {}
        for m in ctx.mentions:
            toks = by_sent.setdefault(m.sent_index, {})
            for i in range(m.start, m.end):
                toks.setdefault(i, m)
        words: list[str] = []  # the story's lower-cased words, made when a verb is found
        for si, sent in enumerate(ctx.sents):
            by_tok = by_sent.get(si, {})
            mentions = sorted({id(m): m for m in by_tok.values()}.values(), key=lambda m: m.start)
            replaced: set[int] = set()
            coded: list[tuple[Token, list[int], list[Candidate]]] = []
            for tok in sent:
                match = self._verb(tok)
                if match is None:
                    continue
                window = _post_window(tok, match.end)
                if not words:
                    words = [t.lower_ for t in ctx.doc]
                matcher = PatternMatcher(self.synsets, words, tok.doc, sent, match, window, mentions, by_tok)
                found, decided = self._candidates(si, tok, match, matcher, by_tok, mentions)
                replaced.update(range(match.start, match.end))
                if decided:  # a code or a pattern: the verb's object noun is no event of its own,
                    # nor are the pattern's words ("- + HOSTING * TABASKI": "hosting" is this event)
                    replaced.update(c.i for c in tok.children if c.dep_ in OBJ_DEPS)
                    replaced.update(matcher.used)
                coded.append((tok, window, [c for c in found if c.actor or c.recipient]))
            if replaced:
                new = _unabsorbed(coded)
                ctx.candidates = [c for c in ctx.candidates
                                  if c.sent_index != si or c.trigger not in replaced] + new

    # -- the verb ---------------------------------------------------------------------------
    def _verb(self, tok: Token) -> VerbMatch | None:
        if tok.dep_ in _AUX_DEPS or not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
                                         or tok.dep_ == "ROOT"):
            return None
        best: VerbMatch | None = None
        for d in self.dictionaries:
            for key, surface in ((tok.lower_, True), (tok.lemma_.lower(), False)):
                for block, form in d.lookup(key):
                    if surface and key not in form.surfaces:
                        continue
                    if not surface and not _inflection(tok.lower_, form.words[form.head]):
                        continue
                    span = _form_span(tok, form)
                    if span is None:
                        continue
                    cand = VerbMatch(block, form, span[0], span[1], surface)
                    if best is None or _rank(cand) > _rank(best):
                        best = cand
            if best is not None:
                return best
        return best

    # -- patterns ---------------------------------------------------------------------------
    def _candidates(self, si: int, tok: Token, match: VerbMatch, matcher: PatternMatcher, by_tok: dict[int, Mention],
                    mentions: list[Mention]) -> tuple[list[Candidate], bool]:
        """The verb's events, and whether the dictionary decided on it (a code, or a pattern)."""
        found = PatternFound(match.block.default_for(match.form), None)
        for pattern in match.block.patterns:
            if found.pattern is not None and pattern.size <= found.pattern.size:
                continue
            got = matcher.match(pattern)
            if got is not None:
                found = got
        decided = found.code is not None or found.pattern is not None
        matcher.used = found.used
        if found.code is None:
            return [], decided
        codes = found.code.split(":")
        forward = to_plover(codes[0]) if codes[0] else None  # "[:173]": the reverse event only
        if forward is not None and forward.dropped:
            return [], decided
        if forward is None and not (codes[0] == "" and len(codes) > 1):
            return [], decided
        source, target = self._arguments(tok, found, by_tok, mentions, matcher.post)
        if found.compound == "pre" and len(source) > 1 and found.target is None:
            target = []  # "% HAVE * ...": the coordinated parties act on one another
        target = [m for m in target if m not in source]
        if source and not target and not (len(source) > 1 and codes[0][:2] in _MUTUAL):
            # PETRARCH's verb phrase holds its adverbial clauses too ("postponed the meeting
            # after X was reported"): their first actor is the target of last resort
            clause = set(_clause(tok))
            later = [x for m in mentions if m.start >= match.end and m.start in clause
                     and m not in source and not _self(m, source) for x in _owned([m], tok.doc, by_tok)]
            # a coded actor other than the source ("crowds", "its embassy" are not)
            later = [m for m in later if m.code is not None and m.code not in {x.code for x in source}]
            if later:
                target = [later[0]]
        # PETRARCH codes an event only with both a source and a target ("require_dyad"); a
        # coordinated source with no target cooperates within itself (CAMEO 03-06)
        if not source or not (target or (len(source) > 1 and codes[0][:2] in _MUTUAL)):
            return [], decided
        out = [self._candidate(si, tok, match, forward, source, target, found)] if forward is not None else []
        if len(codes) > 1 and codes[1] and source and target:
            reverse = to_plover(codes[1])
            if reverse is not None and not reverse.dropped:
                out.append(self._candidate(si, tok, match, reverse, target, source, found))
        return out, decided

    def _arguments(self, tok: Token, found: PatternFound, by_tok: dict[int, Mention], mentions: list[Mention],
                   post_window: list[int]) -> tuple[list[Mention], list[Mention]]:
        subj, agent, _ = subject_tokens(tok)
        passive = [c for c in tok.children if c.dep_ in ("nsubjpass", "csubjpass")]
        source = mentions_of(subj, by_tok) or _inner(subj, tok.doc, by_tok)
        if not source and not agent:  # "Old foes Gondor and Osgiliath": two subjects in the parse
            source = mentions_of([c for c in tok.children if c.dep_ == "nsubj"], by_tok)
        target: list[Mention] = []
        if agent:
            target = mentions_of(passive, by_tok) or _inner(passive, tok.doc, by_tok)
        elif not subj and passive:
            source = mentions_of(passive, by_tok)  # an agentless passive: PETRARCH keeps the subject
        elif not subj:
            climbed = _climbed_subject(tok) or [  # "Ethiopia act on ...": a subject misread as a modifier
                c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "npadvmod", "nmod") and c.i in by_tok]
            if climbed:  # "Arnor is about to restore": the subject of "is"
                source = mentions_of(climbed, by_tok)
            elif not _in_noun_phrase(tok):  # PETRARCH: the sentence's first actor
                before = [m for m in mentions if m.end <= tok.i]
                source = coordinated(before[0], tok.doc, by_tok) if before else []
        if found.source is not None:
            source = found.source
        if found.target is not None:
            target = found.target
            source = [m for m in source if m not in target]
            if not source and tok.dep_ == "ccomp":  # "X noted that + regretted ...": the one who noted
                source = mentions_of(subject_tokens(tok.head)[0], by_tok)
        elif not target:
            window = set(post_window)
            inside = [m for m in mentions if m.start in window and m not in source and not _self(m, source)]
            # a role with no country of its own ("rushed troops to the border with X") gives
            # way to a coded actor later in the phrase
            coded = [m for m in inside if _owned([m], tok.doc, by_tok)[0].code is not None]
            if coded and inside[0] not in coded:
                inside = coded
            if inside:
                target = [m for m in coordinated(inside[0], tok.doc, by_tok) if m.start in window]
        doc = tok.doc
        return _owned(_listed(unique(source), doc, by_tok), doc, by_tok), \
            _owned(_listed(unique(target), doc, by_tok), doc, by_tok)

    @staticmethod
    def _candidate(si: int, tok: Token, match: VerbMatch, mapping, actor: list[Mention], recipient: list[Mention],
                   found: PatternFound) -> Candidate:
        return Candidate(
            sent_index=si, trigger=tok.i, trigger_start=match.start, trigger_end=match.end,
            event=mapping.event, mode=mapping.mode, actor=list(actor), recipient=list(recipient),
            confidence=CONFIDENCE, context=list(mapping.contexts),
            extra={"petrarch": {"code": found.code, "verb": match.block.name,
                                "line": found.pattern.line if found.pattern else match.form.line}},
        )


# a that-clause has a subject of its own: "X said Y ..." is not climbed
_CLIMB_DEPS = frozenset({"xcomp", "acomp", "advcl", "conj", "pcomp", "prep"})


def _climbed_subject(tok: Token) -> list[Token] | None:
    """The subject of the clause a subject-less verb hangs in ("Arnor is about to restore"),
    climbing through complements; None when there is none."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _CLIMB_DEPS or cur.head.i == cur.i or cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj
    return None


def _in_noun_phrase(tok: Token) -> bool:
    """A verb inside a noun phrase ("the drive to meet demand", "troops sent to X")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("acl", "relcl", "amod"):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _self(m: Mention, source: list[Mention]) -> bool:
    """A pronoun standing for the source ("criticized over its dispute") is not the target."""
    if m.kind != "pronoun":
        return False
    return m.antecedent in source or any(m.code is not None and m.code == s.code for s in source)


_OWNER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
_OWNER_PREPS = frozenset({"in", "of", "from"})


def _owned(found: list[Mention], doc, by_tok: dict[int, Mention]) -> list[Mention]:
    """A mention without a code stands for the coded mention that owns it: "Fornost President
    Umbardacil" -> Fornost President, "Ithilen's awful and evil minister" -> Ithilen; failing
    that, as PETRARCH reads a noun phrase, for the actors of its prepositional phrase, which
    coordinated roles share ("lawmakers and officials in X and Y" -> X, Y)."""
    out: list[Mention] = []
    for m in found:
        owners: list[Mention] = []
        if m.code is None:
            root = doc[m.root] if 0 <= m.root < len(doc) else doc[m.start]
            kids = sorted((c for c in root.children if c.dep_ in _OWNER_DEPS), key=lambda c: _OWNER_DEPS.index(c.dep_))
            owners = next(([x] for c in kids if (x := by_tok.get(c.i)) is not None and x is not m
                           and x.code is not None), [])
            heads = [root] + ([root.head] if root.dep_ == "conj" else [])
            objects = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
                       for g in c.children if g.dep_ == "pobj"]
            if not owners:
                x = next((x for g in objects if (x := by_tok.get(g.i)) is not None and x.code is not None), None)
                owners = [y for y in coordinated(x, doc, by_tok) if y.code is not None] if x is not None else []
        for x in owners or [m]:
            if x not in out:
                out.append(x)
    return out


def _unabsorbed(coded: list[tuple[Token, list[int], list[Candidate]]]) -> list[Candidate]:
    """A coded verb inside the phrase of another coded verb is part of that event (PETRARCH
    folds "urged X to help", "allowed that Y is a pleasant place to visit" into the outer verb)."""
    out: list[Candidate] = []
    for tok, _, cands in coded:
        # a that-clause of its own is reported, not folded: "X believed Y was extradited"
        if not (tok.dep_ == "ccomp" and any(other.i == tok.head.i for other, _, _ in coded)) and any(
                cands2 and other.i != tok.i and tok.i in set(window) for other, window, cands2 in coded):
            continue
        out.extend(cands)
    return out


def _rank(m: VerbMatch) -> tuple[bool, int]:
    return (m.surface, len(m.form.words))


def _form_span(tok: Token, form: VerbForm) -> tuple[int, int] | None:
    """The tokens of a (multi-word) verb form around ``tok``, or None when they are not there."""
    doc = tok.doc
    start = tok.i - form.head
    end = start + len(form.words)
    if start < 0 or end > len(doc):
        return None
    for k, word in enumerate(form.words):
        if k != form.head and doc[start + k].lower_ != word:
            return None
    return start, end


def _post_window(tok: Token, after: int) -> list[int]:
    """Token indices of the verb's own phrase after the verb: its subtree, without coordinated
    verbs and adverbial clauses (their words belong to another event); a purpose infinitive
    stays ("signed an accord to supply Gondor")."""
    out: list[int] = []
    stack = [c for c in tok.children if c.dep_ not in _OUTSIDE_DEPS or (c.dep_ == "conj" and c.pos_ != "VERB")
             or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack.extend(t.children)
    return sorted(i for i in out if i >= after)


def _clause(tok: Token) -> list[int]:
    """Token indices of the verb's whole phrase, adverbial clauses included, without the
    verbs coordinated with it."""
    out: list[int] = []
    stack = [c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
             and c.dep_ != "parataxis"]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack.extend(t.children)
    return out


def _inner(heads: list[Token], doc, by_tok: dict[int, Mention]) -> list[Mention]:
    """PETRARCH's reading of a noun phrase that is no actor itself: the actors of its
    modifiers and prepositional phrases ("the resumption of ties between X and Y" -> X, Y).
    Relative and participial clauses are not searched (their actors are theirs)."""
    for head in heads:
        found: list[int] = []
        stack = [c for c in head.children if c.dep_ not in ("relcl", "acl", "appos", "conj", "cc", "punct")]
        while stack:
            t = stack.pop()
            if t.dep_ in ("relcl", "acl"):
                continue
            found.append(t.i)
            stack.extend(t.children)
        mentioned = sorted(i for i in found if i in by_tok)
        if mentioned:
            return coordinated(by_tok[mentioned[0]], doc, by_tok)
    return []


def _listed(found: list[Mention], doc, by_tok: dict[int, Mention]) -> list[Mention]:
    """A list read as apposition: in "Evil Mordor, the awful Fornost, and good Gondor" the parse
    hangs Fornost on Mordor as an appositive; with a coordination there, it is a member."""
    out = list(found)
    for m in found:
        root = doc[m.root] if 0 <= m.root < len(doc) else doc[m.start]
        listed = any(c.dep_ == "conj" for c in root.children)
        for c in root.children:
            x = by_tok.get(c.i) if c.dep_ == "appos" else None
            # "Mordor, the Shire, Fornost and Bree": the list goes on from the appositive
            if x is None or not x.code or x.kind not in ("country", "org") or not (
                    listed or any(g.dep_ == "conj" for g in c.children)):
                continue
            out.extend(y for y in coordinated(x, doc, by_tok) if y not in out and y.code and y.kind in ("country", "org"))
    return out


__all__ = ["Patterns"]
