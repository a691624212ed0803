"""RSS/Atom feed files as stories: one story per entry (feedparser; nothing is fetched).

Story id: the entry's guid, else its link, else a hash of its text. Date: the entry's
published (else updated) date. Text: the entry's content, else its summary, else its
title (headline-only feeds). HTML becomes plain text: trafilatura for whole pages, tag
stripping for the short fragments most feeds carry (trafilatura judges those too short
to be an article).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Story

# Feed summaries are fragments; trafilatura (built for whole pages) is used on longer markup.
FRAGMENT_CHARS = 1500
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def is_feed(path: str | Path) -> bool:
    """A file that starts (within its first 2 KB) like an RSS or Atom document."""
    p = Path(path)
    if not p.is_file():
        return False
    try:
        with p.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    if p.suffix.lower() not in FEED_SUFFIXES and not head.lstrip().startswith(b"<"):
        return False
    return bool(_SNIFF.search(head))


def _looks_html(text: str) -> bool:
    return "<" in text and bool(_TAG.search(text))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML page (trafilatura) or of a feed's HTML fragment (tag stripping)."""
    low = markup[:4096].lower()
    if "<html" in low or "<body" in low or len(markup) > FRAGMENT_CHARS:
        try:
            import trafilatura

            extracted = trafilatura.extract(markup, include_comments=False, include_tables=False)
        except Exception:  # trafilatura rejects some inputs outright; strip tags instead
            extracted = None
        if extracted and len(extracted) >= 0.5 * len(_TAG.sub("", markup).strip()):
            return extracted.strip()
    text = _BLOCK.sub("\n\n", markup)
    text = html.unescape(_TAG.sub("", text))
    text = _SPACE.sub(" ", text)
    return "\n\n".join(p.strip() for p in _LINES.split(text) if p.strip())


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _entry_text(entry) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    body = max(parts, key=len) if parts else entry.get("summary", "") or ""
    return html_to_text(body) if _looks_html(body) else body.strip()


def iter_feed(path: str | Path) -> Iterator[Story]:
    """The entries of one feed file as ``Story`` objects, in file order."""
    import feedparser

    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read feed: {exc.strerror}", path=str(p)) from None
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"not a readable RSS/Atom feed: {reason}", path=str(p))
    source = (parsed.feed.get("title") or "").strip() or None
    for entry in parsed.entries:
        text = _entry_text(entry)
        title = (entry.get("title") or "").strip() or None
        if title and _looks_html(title):
            title = html_to_text(title)
        if not text and title:  # headline-only feeds: the headline is the story
            text = title
        link = entry.get("link") or None
        sid = entry.get("id") or link
        if not sid:
            sid = "feed-" + hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:12]
        yield Story(id=str(sid), text=text, date=_entry_date(entry), title=title, url=link, source=source)
