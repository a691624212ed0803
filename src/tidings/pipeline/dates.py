"""Stage 'dates': the date of each event, from a time expression in the event's own clause.

Precedence (docs/dates-places-materiel.md): the time expression nearest to the
trigger inside its own clause; then one in a clause sharing its occasion
(coordinated verb, "when ..." clause); else none, and the coder uses the story date
with precision "story". Expressions are resolved relative to the publication date:
our own rules for weekdays, weeks, weekends, months and "N days ago"; dateparser
(imported lazily, results cached) for explicit calendar dates. Precision conventions:
week -> the Monday of that ISO week, month -> the 1st, year -> January 1st.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .base import FUTURE_AUX, Candidate, StoryContext, parse
from .scope import antecedents, event_heads, event_scope, parse_number, phrase_head, secondary_scope

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# the same words for membership tests: other stages import these instead of spelling the calendar again
WEEKDAY_SET = frozenset(WEEKDAYS)
MONTH_SET = frozenset(MONTHS)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
# Words that are a time expression even when NER does not label them DATE.
TIME_WORDS = frozenset(
    set(WEEKDAYS) | {"yesterday", "today", "tonight", "overnight", "tomorrow", "weekend"}
)
# Modifiers NER leaves outside the DATE span ("earlier | this week").
_EDGE_MODIFIERS = frozenset({"earlier", "later", "early", "late", "mid", "last", "next", "this",
                             "past", "coming", "the", "over", "within"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Prepositions that make a DATE entity a duration or a bound, not the event's time.
_NON_POINT_PREPS = frozenset({"for", "until", "till", "by"})
_TIME_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|noon|midday|midnight)\b")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ONLY_YEAR_RE = re.compile(r"^(?:in |since |during |of )?(?:the year )?(1[89]\d\d|20\d\d)$")
_DECADE_RE = re.compile(r"\b\d{2,4}'?s\b")
_AGO_RE = re.compile(r"^(.+?)\s+(day|week|month|year|decade)s?\s+ago$")
_SPACES = re.compile(r"\s+")
_LEAD_PREP = re.compile(r"^(on|in|at|over|during|since|from|of|around|as of)\s+")
_LAST_NIGHT = re.compile(r"\blast night\b")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/]\d{1,2}[-/]\d{1,4}")
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-\u2013]\s*\d{1,2}\b")
_FILLERS = re.compile(r"\b(early|late|mid|the|of|on|in|end|start|beginning|middle|first half|second half)\b|-")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?")
# Words that, alone or together, mean the story date itself ("this morning", "earlier today").
_SAME_DAY = frozenset({"this", "early", "earlier", "late", "later", "today", "tonight", "overnight", "the"})
_FUTURE_MODES = frozenset({"future", "hypothetical"})
_SCHEDULE_LEMMAS = frozenset({"plan", "schedule", "due", "expect", "set", "go", "intend", "be", "prepare", "hope"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + (d.month - 1) + months, 12)
    return dt.date(y, m + 1, 1)


def _weekday_date(base: dt.date, wd: int, future: bool, qualifier: str | None) -> dt.date:
    if qualifier == "last":
        return base - dt.timedelta(days=(base.weekday() - wd - 1) % 7 + 1)
    if qualifier == "next":
        return base + dt.timedelta(days=(wd - base.weekday() - 1) % 7 + 1)
    if future:
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)


def _weekend(base: dt.date, future: bool, qualifier: str | None) -> dt.date:
    # The Saturday of the weekend meant; the caller reports its ISO week.
    if base.weekday() >= 5:
        this_sat = base - dt.timedelta(days=base.weekday() - 5)
        if qualifier == "next":
            return this_sat + dt.timedelta(days=7)
        if qualifier == "last":
            return this_sat - dt.timedelta(days=7)
        return this_sat
    if future or qualifier == "next":
        return base + dt.timedelta(days=5 - base.weekday())
    return base - dt.timedelta(days=base.weekday() + 2)


def _month_date(base: dt.date, month: int, future: bool, qualifier: str | None) -> dt.date:
    if qualifier == "next" or (future and qualifier != "last"):
        year = base.year if month >= base.month else base.year + 1
        if qualifier == "next" and month == base.month:
            year += 1
    else:
        year = base.year if month <= base.month else base.year - 1
        if qualifier == "last" and month == base.month:
            year -= 1
    return dt.date(year, month, 1)


def _qualifier(words: list[str]) -> str | None:
    for w in words:
        if w in ("last", "past", "previous"):
            return "last"
        if w in ("next", "coming", "following"):
            return "next"
        if w == "this":
            return "this"
    return None


def _normalise(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace(",", " ")
    t = _SPACES.sub(" ", t).strip().strip(".")
    t = _LEAD_PREP.sub("", t)
    return t


def resolve_relative(text: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    """Our own rules for relative expressions; None when they do not apply."""
    t = _normalise(text)
    if _LAST_NIGHT.search(t):
        return base - dt.timedelta(days=1), "day"
    t = _TIME_OF_DAY.sub("", t).strip()
    words = t.split()
    qual = _qualifier(words)
    core = set(words)
    if not core - _SAME_DAY:
        return base, "day"
    if t in ("yesterday", "the day before", "the previous day", "a day earlier", "a day before"):
        return base - dt.timedelta(days=1), "day"
    if t in ("the day before yesterday",):
        return base - dt.timedelta(days=2), "day"
    if t in ("tomorrow", "the day after tomorrow"):
        return base + dt.timedelta(days=1 if t == "tomorrow" else 2), "day"
    m = _AGO_RE.match(t)
    if m:
        n = parse_number(m.group(1))
        if n is None:
            return None
        n = int(n)
        unit = m.group(2)
        if unit == "day":
            return base - dt.timedelta(days=n), "day"
        if unit == "week":
            return _monday(base - dt.timedelta(weeks=n)), "week"
        if unit == "month":
            return _add_months(base, -n), "month"
        years = n * (10 if unit == "decade" else 1)
        return dt.date(base.year - years, 1, 1), "year"
    for i, wd in enumerate(WEEKDAYS):
        if wd in core:
            return _weekday_date(base, i, future, qual if qual != "this" else None), "day"
    if "weekend" in core:
        return _monday(_weekend(base, future, qual if qual != "this" else None)), "week"
    if "days" in core and core & {"coming", "within", "next", "few"}:
        return _monday(base + dt.timedelta(days=3)), "week"
    if "weeks" in core and core & {"coming", "within", "next", "few"}:
        return _add_months(base + dt.timedelta(days=14), 0), "month"
    if "week" in core and qual:
        shift = {"last": -7, "next": 7}.get(qual, 0)
        return _monday(base + dt.timedelta(days=shift)), "week"
    if "month" in core and qual:
        return _add_months(base, {"last": -1, "next": 1}.get(qual, 0)), "month"
    if "year" in core and qual:
        return dt.date(base.year + {"last": -1, "next": 1}.get(qual, 0), 1, 1), "year"
    return None


def _month_only(t: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    # "March", "in late February", "last March", "early next month" is handled above.
    words = [w.strip(".") for w in _WORD_SPLIT.split(t) if w]
    months = [w for w in words if w in MONTHS or w in _MONTH_ABBR]
    if len(months) != 1 or any(w.isdigit() for w in words):
        return None
    rest = set(words) - {months[0], "early", "late", "mid", "the", "of", "end", "start", "beginning",
                         "middle", "last", "next", "this", "past", "coming"}
    if rest:
        return None
    month = MONTHS.index(months[0]) + 1 if months[0] in MONTHS else _MONTH_ABBR[months[0]]
    qual = _qualifier(words)
    return _month_date(base, month, future, qual if qual != "this" else None), "month"


def _month_of_year(t: str, base: dt.date) -> tuple[dt.date, str] | None:
    """"April last year", "in March this year", "early next year in June": a month of a year
    named relative to the story, month precision (not the year's January 1st)."""
    words = [w.strip(".") for w in _WORD_SPLIT.split(t) if w]
    if "year" not in words:
        return None
    months = [w for w in words if w in MONTHS or w in _MONTH_ABBR]
    qual = _qualifier(words)
    if len(months) != 1 or qual is None:
        return None
    month = MONTHS.index(months[0]) + 1 if months[0] in MONTHS else _MONTH_ABBR[months[0]]
    return dt.date(base.year + {"last": -1, "next": 1}.get(qual, 0), month, 1), "month"


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    from dateparser.date import DateDataParser  # slow import: only for explicit dates

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings; treat as unparseable
        return None
    value = data.date_obj
    if value is None:
        return None
    # A time-of-day in the result means dateparser read a relative phrase its own way.
    if (value.hour, value.minute, value.second) != (0, 0, 0):
        return None
    d = value.date()
    period = data.period or "day"
    if period == "year":
        return dt.date(d.year, 1, 1), "year"
    if period == "month":
        return dt.date(d.year, d.month, 1), "month"
    if period == "week":
        return _monday(d), "week"
    return d, "day"


def resolve_date(text: str, pub_date: dt.date | None, future: bool = False) -> tuple[str, str] | None:
    """A date expression -> (ISO date, precision), or None when it cannot be read.

    ``future`` picks the coming occurrence of a weekday or month ("will visit on
    Friday"); otherwise the most recent one on or before the story date.
    """
    try:
        return _resolve(text, pub_date, future)
    except (ValueError, OverflowError):  # "99999 years ago": outside the calendar
        return None


def _resolve(text: str, pub_date: dt.date | None, future: bool) -> tuple[str, str] | None:
    t = _normalise(text)
    if not t or _DECADE_RE.search(t):
        return None
    m = _ONLY_YEAR_RE.match(t)
    if m:
        return f"{m.group(1)}-01-01", "year"
    has_year = _YEAR_RE.search(t) is not None
    has_month = _MONTH_RE.search(t) is not None
    has_digit = any(ch.isdigit() for ch in t)
    if pub_date is None:
        # Without a story date only absolute dates can be placed.
        if not has_year:
            return None
        base = dt.date(int(_YEAR_RE.search(t).group(1)), 12, 31)
    else:
        base = pub_date
    result: tuple[dt.date, str] | None = None
    if not has_digit:
        result = _month_of_year(t, base) if pub_date and has_month else None
        if result is None and pub_date:
            result = resolve_relative(t, base, future)
        if result is None and has_month:
            result = _month_only(t, base, future)
            if result is None and "year" in t.split() and pub_date:
                result = resolve_relative(_MONTH_RE.sub("", t), base, future)
                result = (dt.date(result[0].year, 1, 1), "year") if result else None
    elif _AGO_RE.match(t) and pub_date:
        result = resolve_relative(t, base, future)
    if result is None and (has_month or has_year or _NUMERIC_DATE.search(t)):
        # dateparser wants the bare date: "the end of 2023" -> "2023", "March 3-5" -> "March 3"
        cleaned = _DAY_RANGE.sub(r"\1", t) if has_month else t
        cleaned = _FILLERS.sub(" ", cleaned)
        cleaned = _TIME_OF_DAY.sub(" ", cleaned)
        cleaned = _WEEKDAY_RE.sub(" ", cleaned)
        result = _dateparser(_SPACES.sub(" ", cleaned).strip(), base, future)
    if result is None:
        return None
    return result[0].isoformat(), result[1]


# -- finding the expression -----------------------------------------------------------


def _is_future(doc, cand: Candidate) -> bool:
    """Whether the event is reported as still to come (picks the coming weekday/month)."""
    if cand.aux_mode in _FUTURE_MODES or cand.planned_event:
        return True
    if cand.aux_mode == "historical":
        return False
    p = parse(doc)  # by index: no Token object per child looked at
    trig = cand.trigger
    verbs = [trig, p.head[trig]] if p.dep[trig] in ("xcomp", "dobj", "nsubj", "nsubjpass") else [trig]
    for v in verbs:
        auxes = [p.lower[c] for c in p.kids[v] if p.dep[c] in ("aux", "auxpass")]
        for low in auxes:
            if low in FUTURE_AUX:
                return True
            # "is set to visit", "plans to meet", "is to travel"
            if low == "to" and doc[p.head[v]].lemma_ in _SCHEDULE_LEMMAS:
                return True
        # The present progressive with a time is the scheduled future: "is visiting
        # Kyiv on Wednesday". The simple present stays past (headline style).
        if p.tag[v] == "VBG" and any(a in _PRESENT_BE for a in auxes) and "been" not in auxes:
            return True
    return False


def _expression(doc, i: int) -> tuple[int, int] | None:
    """Token span of the time expression containing token i (DATE/TIME entity or time word)."""
    p = parse(doc)  # most words are no time word: no Token object for them
    ents, lowers = p.ent, p.lower
    if ents[i] not in _TIME_ENTS and lowers[i] not in TIME_WORDS:
        return None
    first, last = p.sent_start[i], p.sent_end[i]  # doc[i].sent's bounds
    start, end = i, i + 1
    # Adjacent DATE and TIME entities are one expression ("Monday | morning").
    while start > first and (ents[start - 1] in _TIME_ENTS or lowers[start - 1] in _EDGE_MODIFIERS):
        start -= 1
    while end < last and (ents[end] in _TIME_ENTS or _TIME_OF_DAY.fullmatch(lowers[end])):
        end += 1
    return start, end


def _is_point(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    if root.dep_ == "pobj" and root.head.lower_ in _NON_POINT_PREPS:
        return False
    words = set(parse(doc).lower[start:end])  # (0 <= start: a list slice is a Doc slice's words)
    # Durations ("three years", "a week") are not dates unless they say "ago" or
    # name a point ("last week", "this year").
    if words & {"days", "weeks", "months", "years", "hours", "decades"} and not words & {
            "ago", "coming", "within", "next", "few", "past", "recent"}:
        return False
    return True


class Dates:
    name = "dates"

    def __init__(self, nlp, config) -> None:
        self.config = config

    def __call__(self, ctx: StoryContext) -> None:
        doc = ctx.doc
        for cand in ctx.candidates:
            try:
                if (not self._date(ctx, doc, cand) and not self._purpose_date(ctx, doc, cand)
                        and not self._trip_date(ctx, doc, cand) and not self._report_date(ctx, doc, cand)):
                    # "The visit ..." with no date of its own: the date of the visit
                    # mentioned before ("a visit to Kyiv on Wednesday").
                    for earlier in antecedents(doc, cand):
                        if self._date(ctx, doc, earlier):
                            if earlier.date:
                                cand.date, cand.date_precision = earlier.date, earlier.date_precision
                                cand.date_text = earlier.date_text
                            break
            except (ValueError, OverflowError) as exc:  # an impossible calendar date: keep the story date
                cand.extra["date_error"] = str(exc)

    def _purpose_date(self, ctx: StoryContext, doc, cand: Candidate) -> bool:
        """'will travel to Warsaw to meet Tusk on Thursday': a purpose clause folded into
        the event (an infinitive without its own subject) dates the event it serves."""
        p = parse(doc)  # asked of every candidate: by index, a Token object only for an adverbial clause
        for c in p.kids[cand.trigger]:
            if p.dep[c] == "advcl" and _bare_infinitive(doc[c]) and self._date_at(ctx, doc, cand, c):
                return True
        return False

    def _trip_date(self, ctx: StoryContext, doc, cand: Candidate) -> bool:
        """'will fly to Kyiv next week to sign a pact': a purpose clause (an infinitive
        without its own subject) takes the date of the trip it is the purpose of."""
        trig = doc[cand.trigger]
        if trig.dep_ not in ("advcl", "xcomp") or trig.head.i == trig.i or not _bare_infinitive(trig):
            return False
        if trig.dep_ == "xcomp" and not any(
                c.trigger == trig.head.i and "visit" in (c.mode, c.planned_mode) for c in ctx.candidates):
            return False  # "agreed on Monday to impose": the decision's date is not the act's
        return self._date_at(ctx, doc, cand, trig.head.i)

    def _report_date(self, ctx: StoryContext, doc, cand: Candidate) -> bool:
        """"Armenia and Azerbaijan have agreed on the text of a treaty, the two countries said on
        Thursday": a past act with no time of its own, reported in a clause of a saying verb, is
        dated by the report (the best date the story gives). Not acts still to come ("said on
        Monday it would strike") nor background with a year of its own (dated above)."""
        if cand.aux_mode in _FUTURE_MODES or cand.planned_event or _is_future(doc, cand):
            return False
        tok = doc[cand.trigger]
        for _ in range(3):  # up through a noun trigger or a coordinated verb to its clause
            if tok.dep_ == "ccomp" or tok.head.i == tok.i:
                break
            tok = tok.head
        say = tok.head
        if tok.dep_ != "ccomp" or say.lemma_.lower() not in _REPORT_VERBS:
            return False
        # "Officials said on Monday that Iran had shipped missiles": a pluperfect act lies before
        # the report; a present perfect ("have agreed") or a plain past told first and attributed
        # after ("Iran seized a tanker, state media said on Tuesday") is the report's news
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        progressive = tok.tag_ == "VBG" and bool(auxes & {"was", "were", "is", "are"})  # "was suspending talks"
        if "had" in auxes or not (auxes & {"has", "have"} or progressive or tok.tag_ == "VBD" and tok.i < say.i):
            return False
        return self._date_at(ctx, doc, cand, say.i)

    def _date_at(self, ctx: StoryContext, doc, cand: Candidate, token_i: int) -> bool:
        """Date ``cand`` with the time expression that belongs to the verb at ``token_i``."""
        proxy = Candidate(cand.sent_index, token_i, token_i, token_i + 1, cand.event,
                          aux_mode=cand.aux_mode, planned_event=cand.planned_event)
        if self._date(ctx, doc, proxy) and proxy.date:
            cand.date, cand.date_precision, cand.date_text = proxy.date, proxy.date_precision, proxy.date_text
            return True
        return False

    def _date(self, ctx: StoryContext, doc, cand: Candidate) -> bool:
        """Date ``cand``; False when no time expression belongs to it."""
        future = _is_future(doc, cand)
        # A planned act's governing verb ("agreed on Monday to impose ...") is dated by
        # its own expression; the act still to come is not.
        own_heads = event_heads(doc, cand, climb_xcomp=not future)
        own_scope = event_scope(doc, cand)
        for scope, heads in ((own_scope, own_heads), secondary_scope(doc, cand)):
            spans: dict[tuple[int, int], int] = {}
            for i, dist in scope.items():
                span = _expression(doc, i)
                if span is None or span in spans or not _is_point(doc, *span):
                    continue
                root = doc[span[0] : span[1]].root
                # The expression must modify the event itself, not a noun inside one
                # of its phrases ("a meeting at the White House on Friday").
                if _names_a_thing(doc, span, cand):
                    continue  # "ask the court to annul the May 25 vote": the vote's date, not the asking's
                if (root.i in heads or phrase_head(root) in heads) and not (future and _speech_time(doc, span)) \
                        and not (scope is not own_scope and _in_other_subject(doc, root, cand.trigger)):
                    spans[span] = dist
            if not spans:
                continue
            for span in sorted(spans, key=lambda s: (spans[s], s)):
                text = doc[span[0] : span[1]].text
                # A planned act is still to come, but a time on the past verb that announced it
                # is past: "offered on Tuesday to host talks", "agreed on Monday to visit".
                fut = future and not _past_verb(_attachment(doc, doc[span[0] : span[1]].root))
                resolved = resolve_date(text, ctx.pub_date, fut)
                if resolved is not None:
                    cand.date, cand.date_precision = resolved
                    cand.date_text = text
                    return True
                cand.extra.setdefault("date_unparsed", text)
            return True
        return False


_PAST_AUX = frozenset({"has", "have", "had", "was", "were"})
_REPORT_VERBS = frozenset({"say", "tell", "announce", "report", "confirm", "state", "add", "disclose"})


def _names_a_thing(doc, span: tuple[int, int], cand: Candidate) -> bool:
    """A date used as a noun's modifier ("the May 25 vote", "the 2022 invasion") names that thing;
    it dates the event only when the noun is the trigger itself."""
    words = [t for t in doc[span[0]:span[1]] if t.dep_ != "det" and t.lower_ not in _EDGE_MODIFIERS]
    heads = [t for t in words if not span[0] <= t.head.i < span[1]]
    if len(heads) != 1:
        return False
    root = heads[0]
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not cand.trigger_start <= root.head.i < cand.trigger_end


def _in_other_subject(doc, root, trigger: int) -> bool:
    """"X clashed repeatedly over the border, and a skirmish in May killed a soldier": a time inside
    the indefinite subject of another, coordinated verb dates that subject's act, not this event
    ("attacked Kharkiv, and the strikes on Monday killed five" retells the same act: shared)."""
    tok = root
    for _ in range(6):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != trigger:
            return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
                           for c in tok.children)
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _attachment(doc, root):
    """The word a time expression modifies, through nouns it sits in ("in a phone call on
    Tuesday, X offered ..." -> offered)."""
    att = doc[phrase_head(root)]
    for _ in range(2):
        if att.pos_ not in ("NOUN", "PROPN") or att.dep_ != "pobj":
            break
        att = doc[phrase_head(att)]
    return att


def _speech_time(doc, span) -> bool:
    """"Putin said on Monday he would visit Delhi in December": a time between a verb and the
    subject of its complement clause is the saying's (the parser often hangs it on the clause).
    Used for acts still to come only: for a past act the saying's day is the best date we have."""
    att = doc[phrase_head(doc[span[0] : span[1]].root)]
    if att.dep_ != "ccomp" or att.head.i >= span[0]:
        return False
    subj = next((c for c in att.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and span[1] <= subj.i < att.i


def _past_verb(tok) -> bool:
    """A verb in the past ("offered", "has agreed", "was announced") with no future marker."""
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUX:
        return False
    return tok.tag_ == "VBD" or tok.tag_ == "VBN" and bool(auxes & _PAST_AUX)


def _bare_infinitive(tok) -> bool:
    """'to sign' with no subject of its own: a purpose clause, not a new event."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
