"""Headline grammar: re-parse short wire leads whose verb the small model read as a noun.

Headlines and short leads drop articles and use the bare present ("Pakistan blacks out mobile
internet", "Jihadists ambush army convoy", "Georgians rally outside parliament", "Belarus KGB nabs
Polish journalist"). en_core_web_sm often tags such a verb NOUN and hangs the subject on it as a
compound or adjective, or keeps the verb but makes the subject a compound and the object an
apposition; the events stage then finds no verb, or a verb with no subject.

The repair is a parse-shape rule, not a phrase list: in a short sentence whose root is not a verb
(or is a present-tense verb with no subject but nouns hanging before it, or whose next noun is not its
object), the first lowercase word
after a noun phrase whose lemma is a trigger verb of the lexicon is swapped for a plain verb of the
same form ("takes" / "take"), a comma between two names before it for "and" ("India, France hold"),
and the sentence is parsed again. The new tree is kept only when the swapped word is now a verb with
a subject to its left; the original word keeps its text and lemma and becomes a verb.

Three more shapes of the same family (round 7): listed nationality words before the subject noun
("Chinese, Japanese ministers meet": the comma read as "and"); the verb after a headline's comma read
as a noun ("..., expels envoy", "..., kidnap 20": swapped for a plain verb, kept when it becomes the
root's conjunct); and a first clause parsed as the complement of the second verb ("Iran seizes tanker,
detains crew": the comma read as "and"). The comma repairs need a present-tense root with a subject, so
prose ("were accused of looting, charges they reject") is left alone. A crowd number is a subject
("Tens of thousands rally"), and "take" gives way to "meet" when it would swallow a preposition as its
particle ("Thousands take in/prt Tbilisi").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .base import forget, parse
from .headline_case import _names, recase_headlines
from .headline_rereads import (
    _clause_verbs_around_subordinator,
    _dash_lead,
    _infinitive_read_as_relative,
    _name_read_as_verb,
    _noun_read_as_verb,
    _nouns_with_objects,
    _plural_read_as_verb,
    _verb_read_as_adjective,
    _verb_read_as_plural_with_subject,
    _wire_slug,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_TOKENS = 30  # leads and headlines; a long sentence has a real finite verb somewhere
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# what the subject or object turns into when the verb is misread: "Belarus/compound KGB/compound nabs"
STRAY_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "poss"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
NOUNISH_TAGS = frozenset({"NN", "NNS", "NNPS", "VBZ", "VBP", "VB", "NNP", "VBD", "VBN"})  # "Turkey relaxed/amod curbs"
# words that look like a verb but start a noun phrase or a clause of their own
NEVER_VERBS = frozenset({"s", "vs", "via", "amid", "after", "over", "as", "its", "his", "her", "their"})
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "ch", "i")
# a weapon is a headline subject too: "Israeli missile slams into Sanaa airport terminal"
PROJECTILES = frozenset({"missile", "drone", "rocket", "shell", "strike", "airstrike", "bomb", "projectile", "mortar"})
CROWD_NUMBERS = frozenset({"thousand", "hundred", "dozen", "dozens", "thousands", "hundreds", "million", "millions"})
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler")


def _subjectless(root: Token) -> bool:
    """A present-tense root verb with no subject but nouns hung before it: 'Belarus KGB nabs ...'."""
    return (root.pos_ == "VERB" and root.tag_ in PRESENT_TAGS
            and not any(c.dep_ in SUBJECT_DEPS for c in root.children)
            and any(c.dep_ in STRAY_DEPS and c.i < root.i for c in root.children))


def _lost_object(root: Token) -> bool:
    """A present-tense root verb whose next word, a noun, is not its object: 'Iran hangs man/npadvmod over ...'."""
    nxt = root.nbor(1) if root.i + 1 < len(root.doc) else None
    return (root.pos_ == "VERB" and root.tag_ in PRESENT_TAGS and nxt is not None and nxt.pos_ == "NOUN"
            and nxt.dep_ in ("npadvmod", "appos", "nmod") and nxt.head.i == root.i
            and not any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in root.children))


def _listed_subject(sent: Span, verb: Token) -> int | None:
    """'India, France hold joint drills', 'Niger, Mali, Burkina Faso walk away from ICC', 'Indonesia, Australia to
    step up patrols': the comma before the last of the names listed right before the verb (or its "to")."""
    k = verb.i - sent.start
    if k < 3:
        return None
    p = parse(sent.doc)  # only the words up to the verb matter (a lower-cased "," is ",")
    s0 = sent.start
    j = s0 + k - 1
    if p.lower[j] == "to" and j - 1 > s0:
        j -= 1  # the headline infinitive: "X, Y to sign"
    last = j
    while j > s0 and p.pos[j] == "PROPN":
        j -= 1  # the last name, one word or more ("Burkina Faso")
    if j == last or p.lower[j] != "," or j - 1 < s0 or not _listed_name(p, j - 1):
        return None
    # any earlier comma must list names too ("Niger, Mali, ..."); prose commas are left alone
    if any(p.lower[i] == "," and not (i - 1 >= s0 and p.pos[i - 1] == "PROPN" and p.pos[i + 1] == "PROPN")
           for i in range(s0, j)):
        return None
    return j


def _listed_name(p, i: int) -> bool:
    """A name before a headline's comma: a proper noun, or a name the dictionaries know that the tagger read
    as an adjective or noun ("Saudi, Iran to restore ties")."""
    return p.pos[i] == "PROPN" or (p.text[i][:1].isupper() and (p.lower[i],) in _names()[0])


def _listed_modifiers(sent: Span, verb: Token) -> int | None:
    """'Chinese, Japanese foreign ministers meet ...', 'US, Chinese negotiators meet ...': the headline's comma
    between two names or nationality words that modify the subject noun (the parser hangs the first one
    on the verb, or keeps only the second as the noun's)."""
    p = parse(sent.doc)  # the words before the verb, by index: asked of every short sentence
    s0, k = sent.start, verb.i - sent.start
    commas = [j for j in range(k) if p.text[s0 + j] == ","]
    if len(commas) != 1 or not 0 < commas[0] < k - 2:
        return None
    if any(p.pos[s0 + j] in ("VERB", "AUX") for j in range(commas[0])):
        return None  # the list opens the headline: "... to Russia, U.S. officials said" is a report's tail (lead)
    a, b = s0 + commas[0] - 1, s0 + commas[0] + 1
    if not (p.text[a][:1].isupper() and p.text[b][:1].isupper()) or not (p.pos[a] in ("ADJ", "PROPN") or _listed_name(p, a)) \
            or p.pos[b] not in ("ADJ", "PROPN") or p.dep[b] not in ("amod", "compound"):
        return None
    return a + 1 if any(p.pos[t] == "NOUN" and p.dep[t] in SUBJECT_DEPS for t in range(b + 1, s0 + k)) else None


def _candidate(sent: Span, verbs) -> Token | None:
    """The first lowercase trigger-verb form after a noun-phrase word and before the sentence's end."""
    toks = list(sent)
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if not t.is_alpha or not t.text[0].islower() or t.lower_ in NEVER_VERBS or (
                t.tag_ not in NOUNISH_TAGS and not (t.tag_ == "JJ" and t.dep_ == "ROOT")):  # ("Petro urge/JJ")
            continue
        prev = toks[k - 1]
        if prev.lower_ == "to" and k >= 2:
            prev = toks[k - 2]  # the headline infinitive: "Japan, Philippines to sign troop pact"
        # (a capitalised name the tagger read as an interjection or a foreign word: "Houthis/UH vow to strike")
        if prev.pos_ not in ("PROPN", "NOUN") and not (prev.pos_ in ("ADJ", "VERB", "INTJ", "X")
                                                        and prev.text[0].isupper()):
            continue
        if prev.pos_ == "ADJ" and prev.text not in _person_names() and (prev.ent_type_ == "NORP" or (
                prev.ent_type_ not in ("GPE", "ORG", "PERSON") and prev.lower_.endswith(DEMONYM_ENDINGS))):
            continue  # "Freedonian ships", "Chinese jets": a nationality adjective heads a noun phrase ("Boric" is a name)
        if t.lemma_.lower() in verbs or t.lower_ in verbs or _headline_verb(t, verbs):
            return t  # ("axes/axis tax hikes": the present form's own stem)
    return None


# plain verbs put in the misread word's place: "take" first; "meet" when "take" swallows the next
# preposition as its particle ("Thousands take in/prt Tbilisi" for "Thousands rally in Tbilisi")
PLACEHOLDERS = (("takes", "take", "took"), ("meets", "meet", "met"))
PLACEHOLDER_TAGS = ("VBZ", "VBP", "VBD")


def _placeholder(t: Token, family: int = 0) -> str:
    low = t.lower_
    third, base, past = PLACEHOLDERS[family]
    if t.tag_ in ("VBD", "VBN"):
        return past
    return third if low.endswith("s") and not low.endswith("ss") else base


def _placeholder_tag(form: str) -> str:
    return next(PLACEHOLDER_TAGS[k] for fam in PLACEHOLDERS for k, w in enumerate(fam) if w == form)


def _stole_preposition(sent: Span, new: Doc, k: int) -> bool:
    """The placeholder took the next word, a preposition in the first parse, as its particle."""
    return k + 1 < len(new) and new[k + 1].dep_ == "prt" and sent[k + 1].tag_ == "IN"


def _offset(k: int) -> int:
    """A relative head as spaCy's unsigned arrays store it (two's complement)."""
    return k % (1 << 64)


def _reparse(nlp, words: list[str], spaces: list[bool]) -> Doc:
    from spacy.tokens import Doc

    # a comma read as "and" gets the space before it that "and" has: the model's features see trailing spaces,
    # and "Morocco and Spain to hold" without one parses as "Morocco/ROOT ... to hold/relcl"
    spaces = [sp or (j + 1 < len(words) and words[j + 1] == "and") for j, sp in enumerate(spaces)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for name in PARSE_PIPES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


@cache
def _actor_nouns() -> frozenset[str]:
    """Single words that name an actor on their own (agents, orgs, countries): a headline's subject is one."""
    from ..dictionaries import bundled

    return frozenset(e.phrase.lower() for d in bundled() for e in d.entries
                     if " " not in e.phrase.strip() and e.kind in ("agent", "org", "country", "person"))


@cache
def _person_names() -> frozenset[str]:
    """One-word names of people the dictionaries know ('Ruto', 'Lula', 'Milei'): a headline's subject."""
    from ..dictionaries import bundled

    return frozenset(e.phrase.strip() for d in bundled() for e in d.entries if " " not in e.phrase.strip()
                     and e.kind == "person")


def _actorless_subject(verb: Token) -> bool:
    """'The Pentagon's budget request for 2026 totals ...': the would-be subject 'budget' is a common noun
    that names no actor, so 'request' is a noun after all. Names, demonyms, numbers ('Thousands') and
    agent nouns ('army', 'gunmen', 'police') are subjects a headline has."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    # the re-parse runs no lemmatizer: the plural's own forms stand in ("Thousands rally", "Farmers block")
    low = subj.lower_
    forms = {subj.lemma_.lower(), low, low[:-1] if low.endswith("s") else low,
             low[:-3] + "man" if low.endswith("men") else low}
    return not (forms & _actor_nouns()) and not (forms & CROWD_NUMBERS) and not (forms & PROJECTILES)


@cache
@cache
def _light_verbs() -> frozenset[str]:
    from .verblex import load_lexicon

    return load_lexicon().light_verbs


def _verb_read_as_subject(sent: Span, root: Token, nlp):
    """'China stages/nsubj drills/ROOT encircling Taiwan': a light verb in the third person read as the subject
    of its own object noun, which the small model takes for the verb. Parsed again with 'takes' in its place;
    kept when that word becomes the root with the name before it as subject, the light verb's lemma restored."""
    if root.tag_ not in PRESENT_TAGS:
        return None
    word = next((c for c in root.children if c.dep_ == "nsubj" and c.i == root.i - 1), None)
    if word is None or not word.lower_.endswith("s") or not word.text.islower() or word.i - 1 < sent.start:
        return None
    low = word.lower_
    lemma = next((x for x in (low[:-1], low[:-2]) if x in _light_verbs()), None)
    if lemma is None or sent.doc[word.i - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    new, nv = reparse_as_takes(sent, word, nlp)
    k = word.i - sent.start
    if nv is None or nv.dep_ != "ROOT" or not any(c.dep_ in SUBJECT_DEPS and c.i < k for c in nv.children) \
            or not any(c.dep_ == "dobj" for c in nv.children):
        return None
    return sent, new, {word.i: ("VERB", "VBZ", lemma)}


def reparse_as_takes(sent: Span, word: Token, nlp):
    """The sentence parsed again with 'takes' for a misread ``word``: (the new doc, the word's token in
    it, or None when the tokenisation changed)."""
    toks = list(sent)
    k = word.i - sent.start
    words = [t.text for t in toks]
    words[k] = "takes"
    new = _reparse(nlp, words, [bool(t.whitespace_) for t in toks])
    return new, (new[k] if len(new) == len(toks) else None)


# participles a headline puts before its object noun: "nixes planned arms sale", "axes proposed levy"
PRENOMINAL_PARTICIPLES = frozenset({
    "planned", "proposed", "disputed", "contested", "delayed", "stalled", "revised", "amended", "expanded",
    "rumoured", "rumored", "promised", "pending", "shelved", "controversial", "long-awaited", "mooted",
})


def _verb_read_as_plural_subject(sent: Span, root: Token, verbs) -> Token | None:
    """'Trump nixes/nsubj planned/ROOT arms sale to Colombia', 'Ruto nixes/nsubj deal/ROOT with Adani': the
    headline verb after a leading name read as a plural noun, the subject of the next word (a participle
    before its noun, or a noun taken for a verb). The word to re-parse as the verb, or None."""
    if root.pos_ != "VERB" or root.i - 2 < sent.start:
        return None
    word = sent.doc[root.i - 1]
    name = sent.doc[root.i - 2]
    if word.dep_ not in SUBJECT_DEPS or word.head.i != root.i or word.tag_ != "NNS" or not _headline_verb(word, verbs) \
            or name.head.i != word.i or name.dep_ != "compound" or not name.text[:1].isupper():
        return None
    # ("Kenya's Ruto scraps ...": the person may carry a possessive country before it)
    person = name.ent_type_ == "PERSON" or name.text in _person_names()
    if name.i != sent.start and not (person and all(
            t.dep_ in ("poss", "case", "compound") for t in sent.doc[sent.start:name.i])):
        return None
    if root.tag_ in ("VBD", "VBN"):
        return word if root.lower_ in PRENOMINAL_PARTICIPLES else None
    # a present-tense "verb" that is no trigger is the object noun: "nixes deal", not "Gaza strikes kill 20"; a
    # person's name before the -s word makes it the verb even when the next word could be one ("Ruto scraps
    # finance bill": people do not head plural noun compounds, places do: "Gaza strikes")
    return word if root.tag_ in ("VBP", "VB") and (root.lemma_.lower() not in verbs or person) \
        else None


def _bundled_verbs() -> frozenset[str]:
    from .verblex import load_lexicon

    return frozenset(load_lexicon().verbs)


def repair_headlines(doc: Doc, nlp, verbs=None, recase: bool = True) -> int:
    """Re-parse the headline-grammar sentences of ``doc`` in place (heads, labels, tags); returns how many.
    ``verbs`` is the set of trigger-verb lemmas (default: the bundled events lexicon); ``recase`` first reads
    Title Case and all-caps sentences in sentence case (headline_case; off for its own re-parse)."""
    from spacy.attrs import DEP, HEAD, POS, TAG

    if verbs is None:
        verbs = _bundled_verbs()
    recased = recase_headlines(doc, nlp, verbs) if recase else frozenset()  # (their repairs are done)

    fixes: list[tuple[Span, Doc, dict[int, tuple[str, ...] | None]]] = []
    objected = _nouns_with_objects(doc, verbs)
    for sent in doc.sents:
        if len(sent) < 3 or not sent[0].text[:1].isupper() or sent.start in recased:
            continue
        named = _name_read_as_verb(sent, nlp) or _verb_read_as_adjective(sent, nlp, verbs) or (
            _noun_read_as_verb(sent, objected[sent.start], nlp) if sent.start in objected else None) or (
            _verb_read_as_plural_with_subject(sent, nlp, verbs) if len(sent) <= MAX_TOKENS else None)
        if named is not None:
            fixes.append(named)
            continue
        if len(sent) > MAX_TOKENS:
            continue
        plural = _plural_read_as_verb(sent, nlp, verbs)
        if plural is not None:
            fixes.append(plural)
            continue
        root = sent.root
        # a capitalised root "verb" inside the sentence is a name: "Putin hosts/nsubj Modi/ROOT for talks"
        named_root = root.pos_ == "VERB" and root.i > sent.start and root.text[:1].isupper() and not root.is_upper
        lost = root.pos_ == "VERB" and not named_root and _lost_object(root)
        light = _verb_read_as_subject(sent, root, nlp) if root.pos_ == "VERB" and not named_root else None
        if light is not None:
            fixes.append(light)
            continue
        misread = _verb_read_as_plural_subject(sent, root, verbs) if not named_root else None
        fix = _root_reparse(sent, misread, nlp, False) if misread is not None else None
        if fix is not None:
            low = misread.lower_  # the verb's own stem, not the noun's ("shelves" is no "shelf" here)
            stem = next((x for x in (low[:-1], low[:-2]) if x in verbs), misread.lemma_.lower())
            fix[2][misread.i] = ("VERB", "VBZ", stem)
            fixes.append(fix)
            continue
        if root.pos_ in ("VERB", "AUX") and not named_root and not _subjectless(root) \
                and _listed_subject(sent, root) is None and _listed_modifiers(sent, root) is None and not lost:
            fix = (_comma_verb_reparse(sent, root, nlp, verbs) or _first_clause_reparse(sent, root, nlp, verbs)) \
                if root.pos_ == "VERB" else None
            if fix is not None:
                fixes.append(fix)
            continue
        verb = root if root.pos_ == "VERB" and not named_root else _candidate(sent, verbs)
        if verb is None:
            continue
        fix = _root_reparse(sent, verb, nlp, lost)
        if fix is not None:
            fixes.append(_and_comma_verb(fix, nlp, verbs))
    # last, for sentences nothing above mended: a clause's verb read as a noun beside "as" / "after"
    mended = {f[0].start for f in fixes} | recased
    fixes += [f for sent in doc.sents if sent.start not in mended and len(sent) >= 3
              and (f := _clause_verbs_around_subordinator(sent, nlp, verbs)) is not None]
    if not fixes:
        return len(recased) + _tree_edits(doc)
    arr = doc.to_array([HEAD, DEP, POS, TAG])
    strings = doc.vocab.strings
    for sent, new, overrides in fixes:
        for j, t in enumerate(new):
            i = sent.start + j
            pos, tag = t.pos, t.tag
            if i in overrides:
                kept = overrides[i]
                pos, tag = (doc[i].pos, doc[i].tag) if kept is None else (strings[kept[0]], strings[kept[1]])
            arr[i] = [_offset(t.head.i - j), t.dep, pos, tag]
    doc.from_array([HEAD, DEP, POS, TAG], arr)
    for _sent, _new, overrides in fixes:
        for i, kept in overrides.items():
            if kept is not None and len(kept) == 3:
                doc[i].lemma_ = kept[2]  # the verb's own lemma, not the adjective's
            elif kept is not None and kept[0] == "VERB" and doc[i].lemma_.lower() not in verbs:
                # (a word tagged a proper plural keeps its text as lemma: "Ruto withdraws/NNPS finance bill")
                low = doc[i].lower_
                stem = next((x for x in (low[:-1], low[:-2], low[:-3] + "y") if x in verbs), None)
                if stem is not None:
                    doc[i].lemma_ = stem
    forget(doc)  # a word index or Parse of the old tree must not outlive it
    return len(recased) + len(fixes) + _tree_edits(doc)


def _tree_edits(doc: Doc) -> int:
    """Headline shapes mended by moving words in the tree, with no new parse (headline_rereads): a place lead
    before a spaced dash hung on the root, not on the subject; a plan's infinitive read as a relative clause."""
    from spacy.attrs import DEP, HEAD

    edits = [e for sent in doc.sents if len(sent) <= MAX_TOKENS
             for e in (_dash_lead(sent) if sent[0].pos_ == "PROPN" else []) or _wire_slug(sent)
             or _infinitive_read_as_relative(sent)]
    if not edits:
        return 0
    arr = doc.to_array([HEAD, DEP])
    for i, head, dep in edits:
        arr[i] = [_offset(head - i), doc.vocab.strings.add(dep)]
    doc.from_array([HEAD, DEP], arr)
    forget(doc)
    return 1


def _and_comma_verb(fix, nlp, verbs):
    """'Moldova expels/ccomp Russian diplomat, summons/compound ambassador/ROOT ...': once the first verb is
    the root again, the verb after the headline's comma may still be read as a noun; the comma repair is run on
    the repaired parse and both sets of overrides kept."""
    sent, new, overrides = fix
    root = next((t for t in new if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return fix
    second = _comma_verb_reparse(new[:], root, nlp, verbs)
    if second is None:
        return fix
    _span, newer, more = second
    merged = dict(overrides)
    merged.update({sent.start + i: v for i, v in more.items()})
    for i, v in overrides.items():  # (the first repair's own verb keeps its tag where the second left it alone)
        if v is not None and i - sent.start not in more:
            merged[i] = v
    return sent, newer, merged


def _root_reparse(sent: Span, verb: Token, nlp, lost: bool):
    """Parse the sentence again with a plain verb for ``verb``; the fix when it comes out as the root
    with a subject to its left (and, for a lost object, with an object)."""
    k = verb.i - sent.start
    comma = _listed_subject(sent, verb)
    if comma is None and verb.pos_ == "VERB":
        comma = _listed_modifiers(sent, verb)
    for family in range(len(PLACEHOLDERS)):
        words = [t.text for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        words[k] = _placeholder(verb, family) if verb.pos_ != "VERB" or verb.dep_ != "ROOT" else verb.text
        if comma is not None:
            words[comma - sent.start] = "and"
        if verb.pos_ == "VERB" and comma is None:  # a subject or object read as the verb's modifier
            words[k] = PLACEHOLDERS[family][0 if verb.tag_ == "VBZ" else 1]
        new = _reparse(nlp, words, spaces)
        if len(new) != len(sent):
            return None
        nv = new[k]
        if nv.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS and c.i < nv.i for c in nv.children) \
                or nv.dep_ != "ROOT" or sum(1 for t in new if t.dep_ == "ROOT") != 1:
            continue
        if lost and not any(c.dep_ == "dobj" for c in nv.children):
            continue
        if _actorless_subject(nv):
            return None
        if _stole_preposition(sent, new, k) and family + 1 < len(PLACEHOLDERS):
            continue
        kept_verb = verb.pos_ == "VERB" and verb.dep_ == "ROOT" and comma is not None and words[k] == verb.text
        overrides: dict[int, tuple[str, ...] | None] = {  # (a verb already read right keeps its own tag: "to step")
            verb.i: None if kept_verb else ("VERB", "VB" if k and words[k - 1].lower() == "to"
                                            else _placeholder_tag(_placeholder(verb, family)))}
        if comma is not None:
            overrides[comma] = None  # the comma read as "and": its attachment, its own punctuation tags
        return sent, new, overrides
    return None


HEADLINE_TAGS = frozenset({"VBZ", "VBP", "VB"})


def _agrees(root: Token, word: Token) -> bool:
    """The second verb of a headline has the first one's form: 'expels ..., suspends', 'seize ..., kidnap'."""
    third = word.lower_.endswith("s") and not word.lower_.endswith("ss")
    return third == (root.tag_ == "VBZ")


# what a headline's second verb has after it: its object, a place, a count ("kidnap 20")
AFTER_VERB_DEPS = frozenset({"dobj", "dative", "prep", "prt", "npadvmod", "ccomp", "xcomp", "attr", "oprd", "advmod"})


def _comma_verb_reparse(sent: Span, root: Token, nlp, verbs):
    """'Moldova accuses Moscow of ..., expels diplomat', 'Gunmen seize bus in Zamfara, kidnap 20': the verb after
    the headline's comma shares the first verb's subject; the small model reads it as a noun (a compound of
    its object, or a clause of its own). Parsed again with a plain verb in its place; kept when that word
    becomes a verb joined to the root, with words of its own after it, and the root keeps its subject."""
    r = root.i - sent.start
    # headline grammar only: a present-tense root ("Both armies have been accused of ..., charges they deny"
    # is prose, and its "charges" a noun)
    if root.tag_ not in HEADLINE_TAGS or not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return None
    toks = list(sent)  # (after the cheap test: most sentences stop there)
    verb = next((t for j, t in enumerate(toks) if j > r + 1 and j + 1 < len(toks) and toks[j - 1].text == ","
                 and (t.pos_ != "VERB" or t.dep_ in STRAY_DEPS) and t.is_alpha and t.text[0].islower()
                 and t.lower_ not in NEVER_VERBS and t.tag_ in NOUNISH_TAGS and _agrees(root, t)
                 and toks[j + 1].tag_ != "PRP" and not any(c.dep_ in ("relcl", "acl") for c in t.children)
                 and (t.lemma_.lower() in verbs or _headline_verb(t, verbs))), None)
    if verb is None:
        return None
    k = verb.i - sent.start
    for family in range(len(PLACEHOLDERS)):
        words = [t.text for t in toks]
        words[k] = _placeholder(verb, family)
        new = _reparse(nlp, words, [bool(t.whitespace_) for t in toks])
        if len(new) != len(toks):
            return None
        nv, nr = new[k], new[r]
        if nv.pos_ != "VERB" or nv.dep_ != "conj" or nv.head.i != r or nr.dep_ != "ROOT" \
                or not any(c.dep_ in SUBJECT_DEPS for c in nr.children) \
                or not any(c.dep_ in AFTER_VERB_DEPS and c.i > k for c in nv.children):
            continue
        if _stole_preposition(sent, new, k) and family + 1 < len(PLACEHOLDERS):
            continue
        return sent, new, {verb.i: ("VERB", _placeholder_tag(_placeholder(verb, family)))}
    return None


# verbs that only report what the clause before them says
_SAYING = frozenset({"say", "tell", "warn", "claim", "insist", "argue", "add", "write", "declare", "announce", "stress",
                     "predict", "believe", "think", "assure", "admit", "report", "suggest"})


def _first_clause_reparse(sent: Span, root: Token, nlp, verbs):
    """'Iran seizes tanker in Gulf, detains crew' parsed as '[Iran seizes tanker], detains crew': the first
    clause a complement of the second verb, which is left with no subject (or with its object read as a
    subject after it: 'Israel strikes suburb, kills Hezbollah commander/nsubj'); or the first verb read as a
    noun inside the second verb's subject ('North Korea fires/compound missiles/nsubj, warns of ...').
    Parsed again with 'and' for the comma (and a plain verb for the hidden first verb); kept when the first
    verb becomes the root with a subject before it and the second verb its conjunct."""
    if root.tag_ not in HEADLINE_TAGS or root.i - 1 <= sent.start:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i), None)
    # two clauses, each with its subject ("Russia pounds grid, Zelenskiy urges allies to ..."): the first read as
    # what the second says; not a speaker's tail ("Russia pounds grid, Zelenskiy says"), whose verb has nothing after it
    own_clause = subject is not None and subject.left_edge.i - 1 > sent.start \
        and sent.doc[subject.left_edge.i - 1].text == "," \
        and any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") and c.i > root.i for c in root.children) \
        and root.lemma_.lower() not in _SAYING  # ("Russia is losing, Zelenskiy tells allies": a quotation)
    if root.nbor(-1).text != "," and not own_clause:
        return None
    comma = subject.left_edge.i - 1 if own_clause else root.i - 1
    toks = list(sent)
    words = [t.text for t in toks]
    words[comma - sent.start] = "and"
    overrides: dict[int, tuple[str, ...] | None] = {comma: None}
    left_subject = subject is not None
    if own_clause:
        # ("and" would join the two subjects, "grid and Zelenskiy urges"; the parser reads "but" as two clauses,
        # and only the parse is kept: the text stays a comma)
        words[comma - sent.start] = "but"
    if not left_subject or own_clause:
        first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ == "VERB"
                      and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    else:
        # the first verb hidden in the subject phrase before the comma
        first = _candidate(sent[: comma - sent.start + 1], verbs)
        if first is None or first.pos_ == "VERB" and first.dep_ not in STRAY_DEPS:
            return None
        words[first.i - sent.start] = _placeholder(first)
        overrides[first.i] = ("VERB", _placeholder_tag(_placeholder(first)))
    if first is None:
        return None
    # a third verb between them ("shuts French media, expels reporters, bans flights"): its comma is an "and" too
    for j in range(first.i + 1, comma):
        if toks[j - sent.start].text == "," and _headline_verb(sent.doc[j + 1], verbs):
            words[j - sent.start] = "and"
            overrides[j] = None
    new = _reparse(nlp, words, [bool(t.whitespace_) for t in toks])
    if len(new) != len(toks):
        return None
    nf, nr = new[first.i - sent.start], new[root.i - sent.start]
    if nf.dep_ != "ROOT" or nr.dep_ != "conj" or not _conj_of(nr, nf) or nr.pos_ != "VERB" \
            or not any(c.dep_ in SUBJECT_DEPS and c.i < nf.i for c in nf.children):
        return None
    return sent, new, overrides


def _headline_verb(t: Token, verbs) -> bool:
    """A lowercase word that is a trigger verb's present form ('summons', 'expels', 'bans')."""
    low = t.lower_
    return t.is_alpha and low == t.text and (t.lemma_.lower() in verbs or low in verbs or (
        low.endswith("s") and (low[:-1] in verbs or low[:-2] in verbs)))


def _conj_of(t: Token, head: Token) -> bool:
    """``t`` is a conjunct of ``head``, directly or down a chain of conjuncts."""
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        if t.head.i == head.i:
            return True
        t = t.head
    return False
