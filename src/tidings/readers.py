"""Reading stories from files, folders and stdin.

``iter_stories`` streams ``Story`` objects from ``.jsonl``, ``.txt`` and ``.html``
files, folders (recursive, sorted) and ``-`` (stdin). A bad input never stops the
stream: it becomes an ``InputFailure`` naming the file and line, unless
``on_error="fail"``, which raises the ``InputError`` instead.

JSONL fields: ``id`` (optional; default ``<file stem>-<line>``), ``text`` (required),
``date`` (publication date, ISO), ``title``, ``url``, ``source``. Other keys (a gold
file's ``events``) are ignored.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from .coder import make_story, parse_date
from .errors import InputError, LanguageError
from .records import Story

OnError = Literal["skip", "fail"]
STDIN = "-"
STORY_SUFFIXES: tuple[str, ...] = (".jsonl", ".txt", ".html", ".htm")
_OPTIONAL_STR_FIELDS: tuple[str, ...] = ("title", "url", "source")
# Shorter texts give the language identifier too little to go on: they are coded as English.
MIN_LETTERS_FOR_LANGUAGE = 40
# Enough text to judge the language; classifying a whole 1 MB story would cost more than coding it.
LANGUAGE_SAMPLE_CHARS = 2000


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be turned into a story, or a story that is skipped.

    ``error`` is an ``InputError`` (``LanguageError`` for a non-English story, which
    is a warning rather than a failure). ``story_id`` is set when it was known.
    """

    error: InputError
    story_id: str | None = None

    @property
    def is_warning(self) -> bool:
        return isinstance(self.error, LanguageError)

    def __str__(self) -> str:
        return str(self.error)


def iter_stories(
    paths: Iterable[str | Path],
    *,
    on_error: OnError = "skip",
    default_date: str | None = None,
    check_language: bool = True,
    stdin: IO[bytes] | None = None,
) -> Iterator[Story | InputFailure]:
    """Yield each story of each path in order; a bad input yields an ``InputFailure``.

    ``default_date`` is the publication date of stories that carry none. With
    ``on_error="fail"`` the first failure (not a language warning) raises its ``InputError``.
    """
    if on_error not in ("skip", "fail"):
        raise InputError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
    fallback = parse_date(default_date, what="--date")
    fallback_iso = fallback.isoformat() if fallback else None
    for item in _expand(paths):
        if isinstance(item, InputFailure):
            produced: Iterable[Story | InputFailure] = [item]
        elif item == STDIN:
            produced = _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            produced = _read_file(Path(item))
        for got in produced:
            if isinstance(got, Story):
                if got.date is None and fallback_iso is not None:
                    got = _with_date(got, fallback_iso)
                if check_language:
                    problem = language_problem(got)
                    if problem is not None:
                        got = InputFailure(problem, story_id=got.id)
            if isinstance(got, InputFailure) and on_error == "fail" and not got.is_warning:
                raise got.error
            yield got


def read_stories(paths: Iterable[str | Path], **kw) -> list[Story]:
    """All stories of ``paths``; raises the first ``InputError`` (language skips are dropped)."""
    kw.setdefault("on_error", "fail")
    return [s for s in iter_stories(paths, **kw) if isinstance(s, Story)]


# -- language ---------------------------------------------------------------------------
def language_problem(story: Story) -> LanguageError | None:
    """A ``LanguageError`` if the story is long enough to judge and not English, else None."""
    sample = story.text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS_FOR_LANGUAGE:
        return None
    lang = detect_language(sample)
    if lang == "en":
        return None
    return LanguageError(f"story {story.id!r} looks like {lang!r}, not English; skipped")


# A short English news sentence full of names ("Mali's junta did not expel Algeria's ambassador")
# can score a hair above English for a language close to it or unlike any (Catalan, Breton,
# Nigerian Pidgin). Real foreign text puts English far down the ranking and far behind per
# character, so English counts when it ranks in the top three and trails the winner by less than
# this many log-probability units per character (English misreadings measured 0.01-0.45; Spanish,
# French, German and Portuguese sentences 1.1-1.6).
ENGLISH_GAP_PER_CHAR = 0.8


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid; its model loads on first use); "en" also
    when English is a close runner-up (see ``ENGLISH_GAP_PER_CHAR``)."""
    import py3langid

    ranked = py3langid.rank(text)
    top, top_score = str(ranked[0][0]), float(ranked[0][1])
    for lang, score in ranked[:3]:
        if lang == "en" and (top_score - float(score)) / max(1, len(text)) < ENGLISH_GAP_PER_CHAR:
            return "en"
    return top


# -- paths --------------------------------------------------------------------------------
def _expand(paths: Iterable[str | Path]) -> Iterator[str | InputFailure]:
    for raw in paths:
        name = str(raw)
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in STORY_SUFFIXES
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            yield from (str(p) for p in found)
        elif path.is_file():
            yield str(path)
        elif path.exists():
            yield InputFailure(InputError("not a regular file", path=name))
        else:
            yield InputFailure(InputError("no such file or folder", path=name))


def _read_file(path: Path) -> Iterator[Story | InputFailure]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, str(path), path.stem)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(InputError(f"cannot read: {exc.strerror or exc}", path=str(path)))
        return
    try:
        text = _decode(data, str(path))
    except InputError as exc:
        yield InputFailure(exc, story_id=path.stem)
        return
    if suffix in (".html", ".htm"):
        try:
            yield _html_story(text, str(path), path.stem)
        except InputError as exc:
            yield InputFailure(exc, story_id=path.stem)
    else:
        yield make_story(text, story_id=path.stem)


def _read_stdin(fh: IO[bytes]) -> Iterator[Story | InputFailure]:
    head: list[bytes] = []
    for raw in fh:
        head.append(raw)
        if raw.strip():
            break
    first = b"".join(head).lstrip().lstrip(b"\xef\xbb\xbf")[:1]
    if first == b"{":
        yield from _read_jsonl(_chain(head, fh), "<stdin>", "stdin")
        return
    data = b"".join(head) + fh.read()
    try:
        yield make_story(_decode(data, "<stdin>"), story_id="stdin")
    except InputError as exc:
        yield InputFailure(exc, story_id="stdin")


def _chain(head: list[bytes], rest: IO[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


# -- formats ------------------------------------------------------------------------------
def _decode(data: bytes, where: str, line: int | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = line if line is not None else data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"bytes are not UTF-8 (byte {data[exc.start]:#04x} at byte offset {exc.start}"
            f"{' of the line' if line is not None else ''})",
            path=where,
            line=bad_line,
        ) from None


def _read_jsonl(lines: Iterable[bytes], where: str, stem: str) -> Iterator[Story | InputFailure]:
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield _jsonl_story(raw, where, stem, lineno)
        except InputError as exc:
            yield InputFailure(exc, story_id=None)


def _jsonl_story(raw: bytes, where: str, stem: str, lineno: int) -> Story:
    text = _decode(raw, where, lineno)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=where, line=lineno) from None
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=where, line=lineno)
    story_id = obj.get("id")
    if story_id is None:
        story_id = f"{stem}-{lineno}"
    elif isinstance(story_id, bool) or not isinstance(story_id, str | int):
        raise InputError(f"'id' must be a string, not {type(story_id).__name__}", path=where, line=lineno)
    if "text" not in obj:
        raise InputError("missing 'text'", path=where, line=lineno)
    if not isinstance(obj["text"], str):
        raise InputError(f"'text' must be a string, not {type(obj['text']).__name__}", path=where, line=lineno)
    for key in ("date", *_OPTIONAL_STR_FIELDS):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{key!r} must be a string or null, not {type(obj[key]).__name__}",
                             path=where, line=lineno)
    try:
        return make_story(obj["text"], story_id=str(story_id), date=obj.get("date"),
                          title=obj.get("title"), url=obj.get("url"), source=obj.get("source"))
    except InputError as exc:
        raise InputError(exc.message, path=where, line=lineno) from None


def _html_story(html: str, where: str, stem: str) -> Story:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"cannot extract the article: {type(exc).__name__}: {exc}", path=where) from None
    if doc is None:
        # trafilatura finds no article in fragments and tag-less files: keep their plain text
        return make_story(_html_text(html, where), story_id=stem)
    title = getattr(doc, "title", None)
    text = getattr(doc, "text", None) or ""
    # trafilatura repeats the headline as the first line of the text; the title field keeps it
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    date = getattr(doc, "date", None)
    try:
        parsed = parse_date(date) if date else None
    except InputError:
        parsed = None  # a page's own date metadata is a hint; a bad one is not an input error
    return make_story(text, story_id=stem, title=title, date=parsed,
                      url=getattr(doc, "url", None), source=getattr(doc, "sitename", None))


def _html_text(html: str, where: str) -> str:
    if not html.strip():
        return ""
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content().strip()
    except Exception as exc:  # lxml raises several types for hopeless markup
        raise InputError(f"cannot parse the HTML: {exc}", path=where) from None


def _with_date(story: Story, date: str) -> Story:
    return Story(id=story.id, text=story.text, date=date, title=story.title, url=story.url,
                 source=story.source)
