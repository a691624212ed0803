"""Wire-story datelines ("MANILA (AP) —", "WASHINGTON, Sept 10 (Reuters) -") as their own sentence.

Left inside the lead sentence, a dateline becomes the subject the parser hangs the
whole sentence on ("MANILA ... accused"), and the agency reads as a company. A small
component before spaCy's parser marks the first word after the dateline as a sentence
start; the parser keeps preset boundaries, so the lead sentence parses as written and
all offsets stay those of the story.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tidings_dateline"

_AGENCY = r"\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|Bloomberg|TASS|IRNA|Yonhap|Kyodo|ANSA|EFE|PA|CNN|BBC|[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15}){0,2})\)"
_CITY = r"[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}"  # MANILA, GAZA CITY, UNITED NATIONS
_PLACE = rf"{_CITY}(?:/{_CITY}){{0,2}}"  # ... and joint datelines: ISLAMABAD/KABUL, WASHINGTON/MOSCOW/KYIV
_REGION = r"(?:,\s*[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){0,3})?"  # , Ukraine / , Palestinian Territories
_DAY = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"  # , Sept 10
_DASH = r"\s*(?:—|–|--|-|:)\s+"
DATELINE = re.compile(
    rf"(?:(?<=\n)|^)[ \t]*(?:{_PLACE}{_REGION}{_DAY}\s*(?:{_AGENCY})?|{_AGENCY}){_DASH}"
)


def dateline_ends(text: str) -> list[int]:
    """Character offsets where the text after a dateline begins (story start or line starts)."""
    return [m.end() for m in DATELINE.finditer(text) if _plausible(m.group(0))]


def _plausible(found: str) -> bool:
    # "UN — " or a shouted word at a line start is not a dateline unless an agency or a
    # dash-led place follows the wire conventions: all-caps place of 2+ letters.
    head = found.strip().split(",")[0].split("(")[0].strip(" —–-:")
    return "(" in found or (len(head) >= 3 and head.isupper())


@Language.component(COMPONENT)
def mark_datelines(doc: Doc) -> Doc:
    text = doc.text
    # Only the first few hundred characters of a paragraph can hold a dateline.
    if not text or not DATELINE.search(text[:300]) and "\n" not in text:
        return doc
    for found in DATELINE.finditer(text):
        if not _plausible(found.group(0)):
            continue
        # the dateline's own line starts a sentence too: a headline above it has no full stop
        # ("China holds drills around Taiwan\n\nTAIPEI, June 11 (Reuters) - ...")
        start = found.start() + len(found.group(0)) - len(found.group(0).lstrip())
        for char in (start, found.end()):
            tok = _token_at(doc, char, len(text))
            if tok is not None and tok.i > 0:
                tok.is_sent_start = True
    _mark_paragraphs(doc, text)
    return doc


QUOTE_OPENERS = frozenset({'"', "“", "'", "‘"})


def _mark_paragraphs(doc: Doc, text: str) -> None:
    """A paragraph that ends on a word holding its own full stop ('he wrote on X.', 'said the U.S.') ends its
    sentence: the parser read the stop as an initial's and ran the sentence into the next paragraph, whose
    subject then became the quotation's. Such a paragraph's next word starts a sentence, and so does the
    capitalised word after a paragraph that ends on a bare word or number (a headline above the body); other
    paragraph ends are left to the parser. ``text`` is ``doc.text``, joined once by the caller (spaCy joins it
    from every word on each call)."""
    at = text.find("\n\n")
    while at != -1:
        end = at + 2
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text) and (tok := _token_at(doc, end, len(text))) is not None and tok.i > 1 and not tok.is_space:
            last = doc[tok.i - 1] if not doc[tok.i - 1].is_space else doc[tok.i - 2]
            if len(last.text) > 1 and last.text.endswith("."):
                tok.is_sent_start = True
            elif (last.is_alpha or last.like_num) and (tok.text[:1].isupper() or tok.text[:1] in QUOTE_OPENERS):
                # a headline or label line above the body ("Key events on Tuesday\n\nRussian drones struck ..."):
                # no stop ends it, and the parser ran it into the lead, whose act it then swallowed
                tok.is_sent_start = True
        at = text.find("\n\n", end)


def _token_at(doc: Doc, char: int, length: int):
    # (``length``: the doc's text length, passed in: ``doc.text`` is joined from every word on each call)
    span = doc.char_span(char, min(length, char + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def ensure_component(nlp: Language) -> None:
    """Add the dateline component before the parser (once per pipeline)."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
