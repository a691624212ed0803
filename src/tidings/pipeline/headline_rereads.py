"""Headline-grammar re-reads that look past a headline's first clause (moved out of headlines.py in round 10 to
keep it under 600 lines): a name read as the root verb ("Trump/VB hiked tariffs"), a past verb read as the next
noun's adjective ("Washington relaxed/amod sanctions"), and an -s verb read as a plural noun that heads an object
anywhere in a sentence ("Tehran reserves/NNS the right to respond"). Each returns (sentence, new parse, overrides)
for headlines.repair_headlines, or None."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .base import parse, tokens_with_lower
from .headline_case import _names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _name_read_as_verb(sent: Span, nlp):
    """'Trump hiked tariffs on ...' parsed with 'Trump' as the root verb and 'hiked' as its complement: the
    sentence's first word, capitalised and tagged a verb, heads a finite verb right after it. Parsed again
    with 'He' for the name; kept when the second word becomes the root with the first as its subject."""
    SUBJECT_DEPS, _reparse = _headlines.SUBJECT_DEPS, _headlines._reparse

    first = sent[0]
    if first.dep_ != "ROOT" or first.pos_ != "VERB" or first.tag_ in ("VBD", "VBZ") or len(sent) < 3 \
            or not first.text[:1].isupper() or first.text.isupper():
        return None
    nxt = sent[1]
    if nxt.pos_ != "VERB" or nxt.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    words = ["He"] + [t.text for t in sent[1:]]
    new = _reparse(nlp, words, [bool(t.whitespace_) for t in sent])
    if len(new) != len(sent) or new[1].dep_ != "ROOT" or new[0].head.i != 1 or new[0].dep_ not in SUBJECT_DEPS:
        return None
    return sent, new, {first.i: ("PROPN", "NNP")}


def _verb_lemma(word: str, verbs) -> str | None:
    """'relaxed' -> relax, 'banned' -> ban, 'seized' -> seize: the trigger verb an -ed word can be."""
    w = word.lower()
    if not w.endswith("ed"):
        return None
    for cand in (w[:-2], w[:-1], w[:-3], w[:-3] + "y" if w.endswith("ied") else ""):
        if cand and cand in verbs:
            return cand
    return None


def _verb_read_as_adjective(sent: Span, nlp, verbs):
    """'Washington relaxed/amod sanctions on Venezuela ..., a day after ... signed a deal': a past verb right
    after the sentence's opening name is read as an adjective of the next noun, and a later verb becomes the
    root. Parsed again with 'took' in its place; kept when that word becomes the root with the name as subject."""
    SUBJECT_DEPS, _reparse = _headlines.SUBJECT_DEPS, _headlines._reparse

    p = parse(sent.doc)  # the opening name and its verb come first; the rest only for a re-parse
    s0 = sent.start
    for k in range(1, min(len(sent) - 1, 6)):
        i = s0 + k
        if p.pos[i] == "VERB" and p.dep[i] == "ROOT":
            return None
        if p.dep[i] != "amod" or p.tag[i] not in ("JJ", "VBN", "VBD") or p.pos[i - 1] != "PROPN" \
                or p.head[i] != i + 1:
            continue
        t = sent.doc[i]
        if not t.text.islower():
            continue
        lemma = _verb_lemma(t.text, verbs)
        if lemma is None:
            return None
        toks = list(sent)
        words = [x.text for x in toks]
        words[k] = "took"
        new = _reparse(nlp, words, [bool(x.whitespace_) for x in toks])
        nv = new[k] if len(new) == len(toks) else None
        if nv is None or nv.dep_ != "ROOT" or not any(c.dep_ in SUBJECT_DEPS and c.i < k for c in nv.children):
            return None
        return sent, new, {t.i: ("VERB", "VBD", lemma)}
    return None


# third-person forms the small model also reads as plural nouns even inside long sentences: "Tehran reserves/NNS
# the right to respond", "Beijing vows/NNS to ...": the noun then has an object or an infinitive of its own
OBJECT_DEPS = frozenset({"dobj", "xcomp"})


@cache
def _third_person_forms(verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(f for v in verbs | ANNOUNCING_VERBS for f in (v + "s", v + "es"))


ANNOUNCING_VERBS = frozenset({"reserve", "vow", "pledge", "plan", "threaten", "warn", "seek", "eye", "mull"})


def _nouns_with_objects(doc: Doc, verbs) -> dict[int, Token]:
    """Per sentence start, the first plural 'noun' (or stray -s verb) of a verb's -s form that heads an object or a to-infinitive,
    with a name or noun hung before it as its compound: 'Tehran/compound reserves/NNS the right/dobj'. A noun
    takes no object, so the word is the clause's verb. Found through the doc's word index (no pass over the
    other words)."""
    STRAY_DEPS = _headlines.STRAY_DEPS

    found: dict[int, Token] = {}
    forms = _third_person_forms(frozenset(verbs))
    for t in tokens_with_lower(doc, forms):
        if not (t.tag_ == "NNS" or (t.tag_ == "VBZ" and t.dep_ in STRAY_DEPS)) or not t.text.islower() or t.i == 0:
            continue  # ("Beijing/compound reserves/VBZ/npadvmod the right": a verb with its subject as compound)
        prev = t.doc[t.i - 1]
        if prev.dep_ != "compound" or prev.head.i != t.i or prev.pos_ not in ("PROPN", "NOUN"):
            continue
        if not any(c.dep_ in OBJECT_DEPS and c.i > t.i for c in t.children) and not any(
                c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            continue
        found.setdefault(t.sent.start, t)
    return found


def _noun_read_as_verb(sent: Span, word: Token, nlp):
    """Parse the sentence again with 'takes' for the misread word; kept when it becomes a verb with the name
    before it as its subject (its own lemma restored: 'reserves' -> reserve)."""
    SUBJECT_DEPS, _bundled_verbs, reparse_as_takes = _headlines.SUBJECT_DEPS, _headlines._bundled_verbs, _headlines.reparse_as_takes

    new, nv = reparse_as_takes(sent, word, nlp)
    k = word.i - sent.start
    if nv is None or nv.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS and c.i == k - 1 for c in nv.children):
        return None
    low = word.lower_
    stem = next((x for x in (low[:-1], low[:-2]) if x in _bundled_verbs() or x in ANNOUNCING_VERBS), low[:-1])
    return sent, new, {word.i: ("VERB", "VBZ", stem)}


# the small model's readings of a plural subject noun right before a bare verb: "Haiti gangs/VBZ/ROOT torch/NN",
# "Gaza militants/VBZ/aux fire/VBP rockets"
PLURAL_AS_VERB_DEPS = frozenset({"ROOT", "aux", "nsubj", "compound", "amod"})
VERB_AS_NOUN_TAGS = frozenset({"NN", "VB", "VBP", "JJ"})


def _plural_read_as_verb(sent: Span, nlp, verbs):
    """'Haiti gangs torch police station', 'Mexico cartels kill 12 officers': a plural subject noun after a
    name, read as the verb ('gangs/VBZ'), with the real verb, a bare trigger verb, made its object's noun or
    the root with no subject. Parsed again with 'take' for the bare verb; kept when it becomes the root with
    the plural noun as its subject. A real -s verb of the lexicon ('Israel orders strike on ...') is left alone."""
    MAX_TOKENS, SUBJECT_DEPS, _reparse = _headlines.MAX_TOKENS, _headlines.SUBJECT_DEPS, _headlines._reparse

    if len(sent) > MAX_TOKENS:
        return None
    p = parse(sent.doc)  # the first words only, by index
    s0 = sent.start
    for k in range(1, min(len(sent) - 2, 5)):
        i = s0 + k
        if p.tag[i] != "VBZ":
            continue
        low = p.lower[i]
        if p.dep[i] not in PLURAL_AS_VERB_DEPS or not low.endswith("s") or low.endswith("ss") \
                or p.text[i] != low or p.pos[i - 1] not in ("PROPN", "NOUN", "ADJ"):
            return None
        # (its own stem a trigger or announcing verb: a real verb, "orders", "plans", "claims")
        if low[:-1] in verbs or low[:-2] in verbs or low[:-1] in ANNOUNCING_VERBS or low[:-3] + "y" in verbs:
            return None
        j = i + 1
        nxt = p.lower[j]
        if p.tag[j] not in VERB_AS_NOUN_TAGS or p.text[j] != nxt or not nxt.isalpha() or nxt not in verbs:
            return None
        toks = list(sent)
        words = [t.text for t in toks]
        words[k + 1] = "take"
        new = _reparse(nlp, words, [bool(t.whitespace_) for t in toks])
        if len(new) != len(toks):
            return None
        nv, nw = new[k + 1], new[k]
        if nv.dep_ != "ROOT" or nv.pos_ != "VERB" or nw.head.i != nv.i or nw.dep_ not in SUBJECT_DEPS \
                or nw.tag_ != "NNS":
            return None
        return sent, new, {sent.doc[j].i: ("VERB", "VBP", nxt), sent.doc[i].i: ("NOUN", "NNS", low[:-1])}
    return None


LEAD_DASHES = frozenset({"-", "\u2013", "\u2014"})
MAX_LEAD_WORDS = 3


def _dash_lead(sent: Span) -> list[tuple[int, int, str]]:
    """'Ukraine - Russian missiles hit Kyiv power plant', 'Gaza - Israeli strikes kill 30': a headline's lead, a
    place name and a spaced dash, that the small model hangs on the subject (a co-actor) or makes the subject.
    The lead is re-attached to the root as a loose 'dep', as the model does itself after a colon ('Lebanon:
    Israeli jets bomb ...'). Returns (token, new head, new label) edits, none when the shape is not there."""
    doc = sent.doc
    s0 = sent.start
    dash = next((i for i in range(s0 + 1, min(s0 + MAX_LEAD_WORDS + 1, sent.end - 2)) if doc[i].text in LEAD_DASHES),
                None)
    if dash is None or not doc[dash - 1].whitespace_ or not doc[dash].whitespace_ \
            or not doc[dash + 1].text[:1].isupper():
        return []
    lead = doc[s0:dash]
    if not all(t.pos_ == "PROPN" for t in lead) or not (any(t.ent_type_ in ("GPE", "LOC") for t in lead)
                                                        or tuple(t.lower_ for t in lead) in _names()[0]):
        return []
    root = sent.root
    if root.i <= dash or (doc[dash - 1].dep_ == "dep" and doc[dash - 1].head.i == root.i):
        return []
    last = dash - 1
    edits = [(t.i, last, "compound") for t in lead[:-1]]
    edits += [(last, root.i, "dep"), (dash, root.i, "punct")]
    return edits


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl", "ROOT"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})


def _verb_read_as_plural_with_subject(sent: Span, nlp, verbs):
    """'Israel strikes Beirut as Hezbollah fires/NNS rockets', '... as Russia fires/compound missiles at Lviv': an
    -s verb tagged a plural noun (or hung as a noun's modifier) although the parser gives it a subject of its own (the clause is there, only the tag is wrong, and its object went to
    the main verb). Parsed again with 'takes' in its place; kept when it becomes a verb with that subject."""
    SUBJECT_DEPS, reparse_as_takes = _headlines.SUBJECT_DEPS, _headlines.reparse_as_takes

    p = parse(sent.doc)  # by index: no Token object for every word of every sentence
    found = next((i for i in range(sent.start, sent.end) if (
        p.tag[i] == "NNS" and p.dep[i] in CLAUSE_DEPS or p.tag[i] == "VBZ" and p.dep[i] in ("compound", "nmod", "amod"))
                  and p.text[i].islower() and (p.lower[i][:-1] in verbs or p.lower[i][:-2] in verbs)
                  and any(p.dep[c] == "nsubj" and c < i for c in p.kids[i])), None)
    word = None if found is None else sent.doc[found]
    if word is None or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in word.children):
        return None  # ("... if Russia attacks": a condition is no act)
    new, nv = reparse_as_takes(sent, word, nlp)
    k = word.i - sent.start
    if nv is None or nv.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS and c.i < k for c in nv.children):
        return None
    low = word.lower_
    stem = low[:-1] if low[:-1] in verbs else low[:-2]
    return sent, new, {word.i: ("VERB", "VBZ", stem)}


def _infinitive_read_as_relative(sent: Span) -> list[tuple[int, int, str]]:
    """'Turkey to buy 40 Eurofighter jets', 'Kenya to send police to Haiti': the headline's plan ("X is to V")
    parsed as a noun root with the infinitive its relative clause. The infinitive is made the root and the
    noun its subject (a tree edit, no re-parse). Returns (token, new head, new label) edits."""
    root = sent.root
    if root.pos_ not in ("PROPN", "NOUN") or root.i + 2 >= sent.end:
        return []
    if any(c.dep_ == "poss" for c in root.children) or any(t.tag_ == "VBD" for t in sent):
        return []  # prose: "Venezuela's refusal to let observers monitor the vote angered Brasilia" (lead)
    verb = next((c for c in root.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"
                 and any(a.lower_ == "to" and a.dep_ == "aux" and a.i == c.i - 1 for a in c.children)), None)
    if verb is None or verb.i - 1 != root.i + 1 and not all(
            t.dep_ in ("cc", "conj", "punct", "compound", "appos") for t in sent.doc[root.i + 1: verb.i - 1]):
        return []
    return [(root.i, verb.i, "nsubj"), (verb.i, verb.i, "ROOT")]


# words that open a headline's second clause: "X bombs Y as rebels seize Z", "... after gangs storm TV station"
SUBORDINATORS = frozenset({"as", "after", "while", "before", "since", "when", "until", "despite"})
BARE_VERB_TAGS = frozenset({"NN", "NNS", "VB", "VBP", "VBZ", "JJ"})
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound"})  # a "verb" hung on a noun is none


def _verb_form(word: str, verbs) -> tuple[str, str, str] | None:
    """(placeholder, tag, lemma) for a bare or -s trigger verb form: 'storm' -> take/VBP, 'bombs' -> takes/VBZ."""
    if word in verbs:
        return "take", "VBP", word
    stem = next((x for x in (word[:-1], word[:-2]) if word.endswith("s") and x in verbs), None)
    return ("takes", "VBZ", stem) if stem is not None else None


def _clause_verbs_around_subordinator(sent: Span, nlp, verbs):
    """A headline with two clauses joined by 'as' / 'after' / 'while' where the small model reads one clause's
    verb as a noun: the first ('Myanmar junta bombs/NNS Sagaing as rebels seize Lashio': the root went to the
    second verb) or the second ('Ecuador declares emergency after gangs storm/NN TV station'). The misread word
    (a trigger verb form after a noun, not a verb in the parse) is parsed again as 'take(s)'; kept when it
    becomes a verb with a subject before it on its side of the subordinator."""
    MAX_TOKENS, SUBJECT_DEPS, _reparse = _headlines.MAX_TOKENS, _headlines.SUBJECT_DEPS, _headlines._reparse

    if len(sent) > MAX_TOKENS:
        return None
    p = parse(sent.doc)
    s0 = sent.start
    sub = next((i for i in range(s0 + 2, sent.end - 2) if p.lower[i] in SUBORDINATORS), None)
    if sub is None:
        return None
    def has_verb(lo: int, hi: int) -> bool:  # (a capitalised "verb" is a name: "Sagaing/VBG")
        return any(p.pos[i] in ("VERB", "AUX") and p.dep[i] not in NOUN_MODIFIER_DEPS and p.text[i].islower()
                   for i in range(lo, hi))

    if not has_verb(s0, sub):
        span = range(s0 + 1, sub)  # the first clause's verb read as a noun
    elif not has_verb(sub + 1, sent.end):
        span = range(sub + 2, sent.end - 1)  # the second clause's
    else:
        return None
    doc = sent.doc
    for i in span:
        low = p.lower[i]
        if p.tag[i] not in BARE_VERB_TAGS or (p.pos[i] == "VERB" and p.dep[i] not in NOUN_MODIFIER_DEPS) \
                or p.text[i] != low or not low.isalpha() \
                or p.pos[i - 1] not in ("NOUN", "PROPN"):
            continue
        form = _verb_form(low, verbs)
        if form is None:
            continue
        prev = p.lower[i - 1]
        if form[1] == "VBP" and (not prev.endswith("s") or _verb_form(prev, verbs) is not None):
            continue  # a bare verb needs a plural subject that is no verb itself ("withdraws finance bill")
        toks = list(sent)
        words = [t.text for t in toks]
        k = i - s0
        words[k] = form[0]
        new = _reparse(nlp, words, [bool(t.whitespace_) for t in toks])
        if len(new) != len(toks):
            return None
        nv = new[k]
        lo, hi = (0, sub - s0) if i < sub else (sub - s0, len(toks))
        if nv.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS and lo <= c.i < k for c in nv.children) \
                or sum(1 for t in new if t.dep_ == "ROOT") != 1:
            return None
        return sent, new, {doc[i].i: ("VERB", form[1], form[2])}
    return None


# wire-service slugs before a headline: "UPDATE 2-China sanctions ...", "EXCLUSIVE: ...", "URGENT - ..."
WIRE_SLUGS = frozenset({"update", "urgent", "breaking", "exclusive", "factbox", "analysis", "refile", "corrected",
                        "wrapup", "insight", "explainer", "flash", "live", "timeline"})
SLUG_MARKS = LEAD_DASHES | {":", "|"}


def _wire_slug(sent: Span) -> list[tuple[int, int, str]]:
    """'UPDATE 2-China sanctions US defence firms': a wire slug in capitals (with its version number) and its
    dash or colon, which the model makes a second subject of the verb. Hung on the root as a loose 'dep'."""
    doc = sent.doc
    s0 = sent.start
    first = doc[s0]
    if not first.is_upper or first.lower_ not in WIRE_SLUGS or sent.end - s0 < 4:
        return []
    mark = s0 + 1 if doc[s0 + 1].text in SLUG_MARKS else s0 + 2 if (
        doc[s0 + 1].like_num and doc[s0 + 2].text in SLUG_MARKS) else None
    root = sent.root
    if mark is None or root.i <= mark or (first.head.i == root.i and first.dep_ == "dep"):
        return []
    edits = [(first.i, root.i, "dep"), (mark, root.i, "punct")]
    if mark == s0 + 2:
        edits.append((s0 + 1, first.i, "nummod"))
    return edits


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import headlines as _headlines  # noqa: E402
