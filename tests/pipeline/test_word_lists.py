"""The knowledge word lists the stages read (pipeline/word_lists.py): each file documents every list in its
``_about``, each list the code names exists and holds unique lower-case words, and a file is read once."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

import tidings.pipeline as pipeline_pkg
from tidings.pipeline.word_lists import word_list, word_lists

# every word_list("file", "key") call in the stages' source
CALL = re.compile(r'word_list\("([\w.]+)", "(\w+)"\)')
USED = sorted({m for path in Path(pipeline_pkg.__file__).parent.glob("*.py") for m in CALL.findall(path.read_text())})
FILES = sorted({name for name, _ in USED})


def raw(name: str) -> dict:
    with resources.files("tidings.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def test_the_stages_read_word_lists_from_knowledge_files():
    assert len(FILES) >= 5 and len(USED) >= 30


@pytest.mark.parametrize("name", FILES)
def test_each_file_documents_every_list_it_holds(name):
    data = raw(name)
    about = data.pop("_about")
    assert all(f"{key}:" in about for key in data), [key for key in data if f"{key}:" not in about]


@pytest.mark.parametrize("name", FILES)
def test_each_list_holds_unique_lower_case_words(name):
    for key, words in raw(name).items():
        if key != "_about":
            assert words and len(set(words)) == len(words), key
            assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), key


@pytest.mark.parametrize(("name", "key"), USED)
def test_every_list_the_code_names_is_in_its_file(name, key):
    assert word_list(name, key) == frozenset(raw(name)[key])


def test_a_file_is_read_once():
    name = FILES[0]
    assert word_lists(name) is word_lists(name)


def test_a_list_the_file_lacks_is_a_key_error():
    with pytest.raises(KeyError):
        word_list(FILES[0], "no_such_list")


def test_the_stage_constants_are_the_files_lists():
    from tidings.pipeline import event_hazards, owner_relations

    assert "typhoon" in event_hazards.HAZARDS and event_hazards.HAZARDS == word_list("impersonal_causes.json",
                                                                                      "alert_hazards")
    assert "counterpart" in owner_relations.RELATIONAL_NOUNS
