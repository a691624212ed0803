"""Word lists the stages read from knowledge files (nouns of hazards, of parties and relations, of summed-up acts,
of people and of places; verbs of reactions and of acts): knowledge a user can extend by editing the file, not
code. Each file maps a list name to its words; its ``_about`` key says which stage reads each list and why."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of ``knowledge/<name>`` (every key but ``_about``), read once per process."""
    with resources.files("tidings.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: frozenset(v) for k, v in data.items() if k != "_about"}


def word_list(name: str, key: str) -> frozenset[str]:
    """One list of ``knowledge/<name>`` (a KeyError names a list the file lacks)."""
    return word_lists(name)[key]


@cache
def word_table(name: str, key: str) -> dict:
    """One table (a mapping, not a word list) of ``knowledge/<name>``, read once per process: e.g. the two sides
    of each named frontier line."""
    with resources.files("tidings.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        return dict(json.load(fh)[key])
