"""The coder: runs spaCy and the tidings stages over stories and emits PLOVER records.

``Coder`` is the one object every adapter (CLI, REST API, store, spaCy component)
goes through. It loads the model and the knowledge files once.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import plover
from .datelines import ensure_component
from .errors import InputError
from .pipeline.aside_participles import repair_aside_participles
from .pipeline.base import Candidate, Mention, SentenceSpans, StoryContext, doc_text, text_bounds
from .pipeline.headlines import repair_headlines
from .pipeline.speaker_tails import repair_speaker_tails
from .records import Claim, Event, Story, TextInfo, date_or_text
from .ruler import FastLemmatizer, FastRuler, parse_texts

CODER_NAME = "tidings"
# Longer stories are coded in chunks split at paragraph breaks. 25k characters (~4,000
# words) keeps a whole news story in one chunk, so cross-sentence claims still link, and
# keeps a 1 MB story at ~330 MB peak RSS (100k chunks measured ~600 MB).
MAX_CHUNK_CHARS = 25_000
# At most this many characters go through spaCy at once: its memory grows with them.
BATCH_CHARS = 25_000
# the garbage collector's first-generation threshold while a coder is loaded (``Coder.__init__``)
GC_YOUNG_THRESHOLD = 10_000


@functools.cache
def _version() -> str:
    from . import __version__

    return __version__


@dataclass
class CoderConfig:
    """User-facing settings. ``dictionaries``: extra actor/agent/verb files (JSON, TSV or PETRARCH)."""

    dictionaries: list[Path] = field(default_factory=list)
    max_events_per_sentence: int = 6
    min_confidence: float = 0.0
    # the learned stages (``tidings.learn``) act; False: the rules alone (what the models train on)
    learned: bool = True


@dataclass
class StoryResult:
    story: Story
    events: list[Event]
    error: Exception | None = None


def parse_date(value: str | dt.date | None, *, what: str = "date") -> dt.date | None:
    text = date_or_text(value)
    if text is None or isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{what} {text!r} is not an ISO date (YYYY-MM-DD)") from None


class Coder:
    """Codes stories into PLOVER events. Construct once; reuse for many stories."""

    def __init__(self, config: CoderConfig | None = None, nlp=None) -> None:
        from .nlp import load_model
        from .pipeline import build_stages

        self.config = config or CoderConfig()
        self.nlp = nlp if nlp is not None else load_model()
        ensure_component(self.nlp)
        # the model's attribute ruler, done faster with the same result (``ruler``); None: spaCy's own runs
        self._fast_ruler = FastRuler.compile(self.nlp)
        self._fast_lemmatizer = FastLemmatizer.compile(self.nlp)
        self.stages = build_stages(self.nlp, self.config)
        # the headline repair looks for the same trigger verbs the events stage codes (user ones included)
        events = next((st for st in self.stages if st.name == "events"), None)
        self._headline_verbs = frozenset(events.lex.verbs) if events is not None else None
        # The model and the knowledge tables (~120k objects) live as long as the process: frozen, the garbage
        # collector stops walking them on every full collection (~0.1 s each, about one per 240 stories coded)
        gc.freeze()
        # Coding makes and drops many small containers (token lists, mentions, dicts), few of them in cycles: at
        # Python's default first threshold (700) the collector walked the young ones ~90 times per 240 stories
        # (~0.04 s); at 10,000 it runs a few times and finds the same garbage
        first, *older = gc.get_threshold()
        gc.set_threshold(max(first, GC_YOUNG_THRESHOLD), *older)

    # -- single story -----------------------------------------------------------------
    def code(
        self,
        text: str,
        *,
        story_id: str | None = None,
        date: str | dt.date | None = None,
        title: str | None = None,
    ) -> list[Event]:
        story = make_story(text, story_id=story_id, date=date, title=title)
        result = next(self.code_stories([story]))
        if result.error is not None:
            raise result.error
        return result.events

    # -- many stories -----------------------------------------------------------------
    def code_stories(self, stories: Iterable[Story], *, batch_size: int = 16) -> Iterator[StoryResult]:
        """Yield one ``StoryResult`` per story, in order. A story that fails yields its error.

        Streams: stories are pulled from ``stories`` as spaCy needs them. Stories longer
        than ``MAX_CHUNK_CHARS`` are coded in chunks (offsets stay story-relative).
        """
        from .chunks import split_text

        # (story, chunk start, last chunk?, chunk text, error found before parsing)
        pending: deque[tuple[Story, int, bool, str, Exception | None]] = deque()

        def texts() -> Iterator[str]:
            for story in stories:
                if not isinstance(story.text, str):
                    err = InputError(f"story {story.id!r}: text must be str, not {type(story.text).__name__}")
                    pending.append((story, 0, True, "", err))
                    yield ""
                    continue
                pieces = split_text(_prepare_text(story.text), MAX_CHUNK_CHARS)
                for k, (start, piece) in enumerate(pieces):
                    pending.append((story, start, k == len(pieces) - 1, piece, None))
                    yield piece

        collect = _Collector(self)
        for batch in _batches(texts(), batch_size, BATCH_CHARS):
            try:
                docs = list(parse_texts(self.nlp, batch, len(batch), self._fast_ruler, self._fast_lemmatizer))
            except Exception:
                # spaCy failed on some text of the batch: parse them one at a time so only
                # the story that breaks it fails.
                docs = [_parse_or_error(self.nlp, text) for text in batch]
            for doc in docs:
                result = collect(pending.popleft(), doc)
                if result is not None:
                    yield result

    def code_doc(self, doc, story: Story) -> list[Event]:
        ctx = self.story_context(doc, story)
        return [] if ctx is None else finalize(ctx, self.config)

    def story_context(self, doc, story: Story, *, stop_after: str | None = None) -> StoryContext | None:
        """The story's context after the stages up to the one named ``stop_after`` (None: all of them);
        None for a story with no text. The learned components train on it (``tidings.learn.harness``)."""
        ctx = StoryContext(story=story, doc=doc, pub_date=parse_date(story.date))
        if not doc_text(doc).strip():
            return None
        hooks = doc.user_token_hooks
        hooked = "sent" not in hooks  # (a user's own hook stays)
        if hooked:
            hooks["sent"] = SentenceSpans()  # every rule's ``tok.sent``, without spaCy's scan of the doc per call
        try:
            # before the stages, so every stage reads the repaired tree of a headline-grammar lead
            repair_headlines(doc, self.nlp, self._headline_verbs)
            repair_speaker_tails(doc)
            repair_aside_participles(doc)
            for stage in self.stages:
                stage(ctx)
                if stage.name == stop_after:
                    break
        finally:
            if hooked:
                hooks.pop("sent", None)
        return ctx

    def parse(self, texts: list[str]) -> list:
        """spaCy docs of ``texts`` parsed as ``code_stories`` parses them (one batch, no chunking)."""
        texts = [_prepare_text(t) for t in texts]
        return list(parse_texts(self.nlp, texts, len(texts), self._fast_ruler, self._fast_lemmatizer))


def _batches(texts: Iterator[str], size: int, max_chars: int) -> Iterator[list[str]]:
    # spaCy's memory grows with the characters in flight, not the number of docs: cap both.
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) >= size or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch


def _parse_or_error(nlp, text: str):
    try:
        return nlp(text)
    except Exception as exc:
        return exc


class _Collector:
    """Gathers the chunks of one story into its ``StoryResult`` (chunks arrive in order)."""

    def __init__(self, coder: Coder) -> None:
        self.coder = coder
        self.events: list[Event] = []
        self.error: Exception | None = None
        self.sentences = 0

    def __call__(self, item: tuple[Story, int, bool, str, Exception | None], doc) -> StoryResult | None:
        from .chunks import shift_events

        story, start, last, _, error = item
        self.error = self.error or error
        if isinstance(doc, Exception):
            self.error = self.error or doc
        if self.error is None:
            try:
                events = self.coder.code_doc(doc, story)
                if start or not last:
                    shift_events(events, start, self.sentences)
                    self.sentences += sum(1 for _ in doc.sents)
                self.events.extend(events)
            except Exception as exc:  # one bad story never stops a batch
                self.error = exc
        if not last:
            return None
        result = StoryResult(story, [] if self.error else self.events, error=self.error)
        self.events, self.error, self.sentences = [], None, 0
        return result


def make_story(
    text: str,
    *,
    story_id: str | None = None,
    date: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Story:
    if not isinstance(text, str):
        raise InputError(f"story text must be str, not {type(text).__name__}")
    if story_id is None:
        story_id = "story-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    parsed = parse_date(date)
    return Story(
        id=str(story_id),
        text=text,
        date=parsed.isoformat() if parsed else None,
        title=title,
        url=url,
        source=source,
    )


def _prepare_text(text: str) -> str:
    # Lone surrogates (from bad decoding upstream) crash spaCy's tokenizer; keep offsets
    # stable by replacing each with one character.
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def event_id(story_id: str, cand: Candidate, start_char: int) -> str:
    key = f"{story_id}|{cand.sent_index}|{start_char}|{cand.event}|" + ",".join(
        sorted(f"{m.code}{m.sector}" for m in cand.actor)
    ) + "|" + ",".join(sorted(f"{m.code}{m.sector}" for m in cand.recipient))
    return "tid-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _entities(mentions: list[Mention]):
    seen: set[tuple] = set()
    out = []
    for m in mentions:
        # a resolved "the two sides" is one span holding several parties: keep each party
        k = (m.start_char, m.end_char, m.code, m.sector)
        if k in seen:
            continue
        seen.add(k)
        out.append(m.to_entity())
    return out


def _span_chars(doc, start: int, end: int) -> tuple[int, str, int]:
    """``doc[start:end]``'s start_char, text and end_char, from the doc's text bounds (a slice makes a Span
    and its text a Token per word: ~15 us an event)."""
    if not 0 <= start < end <= len(doc):
        span = doc[start:end]  # (an empty or out-of-range span: spaCy's own answer)
        return span.start_char, span.text, span.end_char
    text, starts, ends = text_bounds(doc)
    return starts[start], text[starts[start]:ends[end - 1]], ends[end - 1]


def finalize(ctx: StoryContext, config: CoderConfig) -> list[Event]:
    doc = ctx.doc
    sents = ctx.sents
    story = ctx.story
    coder = {"name": CODER_NAME, "version": _version()}
    cite = {k: v for k, v in (("title", story.title), ("url", story.url), ("publication", story.source)) if v}
    events: list[Event] = []
    seen_ids: set[str] = set()
    for cand in ctx.candidates:
        if cand.confidence < config.min_confidence or cand.event not in plover.event_types():
            continue
        sent = sents[cand.sent_index]
        trig_start, trig_text, trig_end = _span_chars(doc, cand.trigger_start, cand.trigger_end)
        eid = event_id(story.id, cand, trig_start)
        if eid in seen_ids:
            continue
        seen_ids.add(eid)
        mode = cand.mode if cand.mode in plover.modes(cand.event) else None
        date = cand.date or (ctx.pub_date.isoformat() if ctx.pub_date else None)
        precision = cand.date_precision if cand.date else ("story" if ctx.pub_date else "unknown")
        events.append(
            Event(
                id=eid,
                story_id=story.id,
                date=date,
                event=cand.event,
                actor=_entities(cand.actor),
                recipient=_entities(cand.recipient),
                event_text=trig_text,
                event_text_start=trig_start,
                event_text_end=trig_end,
                text=doc_text(doc)[sent.start_char:sent.end_char],  # (sent.text makes a Token per word)
                text_info=TextInfo(sequence=cand.sent_index, start=sent.start_char, end=sent.end_char),
                mode=mode,
                context=sorted(set(cand.context)),
                quad_code=plover.quad_code(cand.event),
                event_scale=plover.event_scale(cand.event, mode),
                date_precision=precision,
                date_text=cand.date_text,
                aux_mode=cand.aux_mode,
                planned_event=cand.planned_event,
                planned_mode=cand.planned_mode,
                claim=Claim(
                    status=cand.claim_status,
                    by=_entities(cand.claim_by),
                    denied_by=_entities(cand.denied_by),
                    cues=list(dict.fromkeys(cand.claim_cues)),
                ),
                event_loc=cand.place,
                materiel=list(cand.materiel),
                size=cand.size,
                confidence=round(max(0.0, min(1.0, cand.confidence)), 3),
                coder=coder,
                cite_info=cite or None,
            )
        )
    return events
