"""Reading stories: formats, folders, stdin, and every kind of bad input named by file and line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tidings.errors import InputError, LanguageError
from tidings.readers import InputFailure, iter_stories, read_stories
from tidings.records import Story

DATA = Path(__file__).parent / "data"


def _split(items):
    stories = [i for i in items if isinstance(i, Story)]
    failures = [i for i in items if isinstance(i, InputFailure)]
    return stories, failures


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields_are_read_and_missing_id_uses_stem_and_line():
    stories = read_stories([DATA / "stories_small.jsonl"])
    assert [s.id for s in stories] == ["fx-1", "fx-2", "fx-3", "fx-4", "fx-5"]
    first = stories[0]
    assert (first.date, first.title, first.source) == ("2024-04-02", "Hanoi talks", "fixture")
    assert stories[2].date is None


def test_missing_id_becomes_file_stem_and_line(tmp_path):
    path = _write_jsonl(tmp_path / "wire.jsonl", [{"id": "a", "text": "One."}, "", {"text": "Two."}])
    assert [s.id for s in read_stories([path])] == ["a", "wire-3"]


def test_default_date_applies_only_to_stories_without_one():
    stories = read_stories([DATA / "stories_small.jsonl"], default_date="2024-01-01")
    assert stories[0].date == "2024-04-02"
    assert stories[2].date == "2024-01-01"


def test_txt_file_is_one_story_named_by_its_stem():
    (story,) = read_stories([DATA / "plain_story.txt"])
    assert story.id == "plain_story"
    assert story.text.startswith("Brazil accused Venezuela")


def test_html_article_text_and_title_are_extracted():
    (story,) = read_stories([DATA / "article.html"])
    assert story.id == "article"
    assert story.title and "Ministers meet in Nairobi" in story.title
    assert "Ethiopian counterpart" in story.text
    assert "All rights reserved" not in story.text
    assert "Sport" not in story.text


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "C story."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    assert [s.id for s in read_stories([tmp_path])] == ["a", "z", "c1"]


def test_stdin_jsonl_is_detected_by_its_first_brace():
    data = b'\n  {"id": "s1", "text": "First."}\n{"id": "s2", "text": "Second."}\n'
    stories = read_stories(["-"], stdin=io.BytesIO(data))
    assert [s.id for s in stories] == ["s1", "s2"]


def test_stdin_plain_text_is_one_story():
    (story,) = read_stories(["-"], stdin=io.BytesIO(b"Chile recalled its ambassador.\n"))
    assert story.id == "stdin"
    assert story.text == "Chile recalled its ambassador.\n"


def test_undecodable_bytes_name_file_line_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"First line.\nSecond \xff line.\n")
    stories, (failure,) = _split(list(iter_stories([path])))
    assert stories == []
    assert failure.error.path == str(path) and failure.error.line == 2
    assert "byte offset 19" in str(failure.error)


def test_bad_jsonl_lines_are_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "Fine."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "notext"}\n'
        b'{"id": "num", "text": 42}\n'
        b'{"id": "baddate", "text": "x", "date": "2024-31-02"}\n'
        b'{"id": "wrongtype", "text": "x", "title": ["a"]}\n'
        b'["a", "list"]\n'
        b'{"id": "bytes", "text": "caf\xe9"}\n'
        b'{"id": "ok2", "text": "Also fine."}\n'
    )
    stories, failures = _split(list(iter_stories([path])))
    assert [s.id for s in stories] == ["ok1", "ok2"]
    assert [f.error.line for f in failures] == [2, 3, 4, 5, 6, 7, 8]
    assert all(f.error.path == str(path) and isinstance(f.error, InputError) for f in failures)
    messages = [f.error.message for f in failures]
    assert "malformed JSON" in messages[0]
    assert "missing 'text'" in messages[1]
    assert "'text' must be a string" in messages[2]
    assert "not an ISO date" in messages[3]
    assert "'title' must be a string" in messages[4]
    assert "JSON object" in messages[5]
    assert "not UTF-8" in messages[6]


def test_on_error_fail_raises_the_first_input_error(tmp_path):
    path = _write_jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": "Fine."}, "{nope"])
    with pytest.raises(InputError) as info:
        list(iter_stories([path], on_error="fail"))
    assert info.value.line == 2


def test_missing_file_is_an_input_failure_naming_it(tmp_path):
    missing = tmp_path / "nope.jsonl"
    (failure,) = list(iter_stories([missing]))
    assert isinstance(failure, InputFailure)
    assert failure.error.path == str(missing)
    assert "no such file" in failure.error.message


def test_bad_default_date_is_an_input_error():
    with pytest.raises(InputError, match="--date"):
        list(iter_stories([DATA / "plain_story.txt"], default_date="yesterday"))


def test_non_english_story_is_skipped_with_a_language_warning(tmp_path):
    path = _write_jsonl(tmp_path / "langs.jsonl", [
        {"id": "es", "text": "El gobierno de España anunció el lunes nuevas medidas contra la inflación."},
        {"id": "en", "text": "The Spanish government announced new measures against inflation on Monday."},
        {"id": "short", "text": "Hola amigos."},
    ])
    items = list(iter_stories([path], on_error="fail"))
    stories, (warning,) = _split(items)
    assert [s.id for s in stories] == ["en", "short"]
    assert isinstance(warning.error, LanguageError) and warning.is_warning
    assert warning.story_id == "es" and "'es'" in str(warning)


@pytest.mark.parametrize("text", [
    # short English sentences full of names that py3langid's top guess reads as Catalan, Breton or Pidgin
    "Zambia's junta did not expel Malawi's ambassador.",
    "To Lam met Lao leader Thongloun Sisoulith in Vientiane.",
    "Nigerian police plan to detain the Ghanaian diplomat in Abuja.",
])
def test_short_english_sentence_with_names_is_not_skipped_as_foreign(tmp_path, text):
    path = _write_jsonl(tmp_path / "one.jsonl", [{"id": "en", "text": text}])
    assert [s.id for s in read_stories([path])] == ["en"]


@pytest.mark.parametrize("text", [
    "De politie heeft de Nigeriaanse diplomaat in Abuja gearresteerd.",
    "La police a arrêté le diplomate nigérian à Abuja mardi.",
    "Policja zatrzymała nigeryjskiego dyplomatę w Abudży we wtorek.",
])
def test_short_foreign_sentence_with_names_is_still_skipped(tmp_path, text):
    path = _write_jsonl(tmp_path / "one.jsonl", [{"id": "xx", "text": text}])
    stories, warnings = _split(list(iter_stories([path], on_error="fail")))
    assert stories == [] and len(warnings) == 1


def test_empty_and_whitespace_stories_are_read_without_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    assert sorted(s.id for s in read_stories([tmp_path])) == ["blank", "empty"]


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "b", "text": "With a BOM."}\n')
    assert [s.id for s in read_stories([path])] == ["b"]


def test_html_fragments_and_empty_pages_keep_their_plain_text(tmp_path):
    (tmp_path / "fragment.html").write_text("<p>Peru <b>recalled</b> its ambassador from Chile.</p>", encoding="utf-8")
    (tmp_path / "empty.htm").write_text("", encoding="utf-8")
    stories = {s.id: s for s in read_stories([tmp_path])}
    assert stories["fragment"].text == "Peru recalled its ambassador from Chile."
    assert stories["empty"].text == ""
