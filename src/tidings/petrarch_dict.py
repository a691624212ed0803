"""PETRARCH / TABARI actor and agent dictionaries, read into tidings ``Entry``s.

What is read (docs/dictionaries.md has examples):

* ``PHRASE [CODE]`` — words joined by ``_`` or spaces; a trailing ``_`` (exact-word
  marker) is dropped; ``+SYNONYM`` lines add phrases to the entry above; code blocks
  may sit on following indented lines.
* codes: the first three characters are the actor code (``---``/``+++``/``###`` mean
  unknown: code None); the next three are the sector; any further groups become
  ``other_sectors`` (so ``[PSEREBHMS]`` -> PSE, REB, [HMS]). Codes of fictional
  countries (ARN, GON...) pass through unchanged. ``[A/B]``: the phrase names both actors;
  A is the entry's code, B goes to ``Entry.also``.
* date restrictions ``[CODE <YYYYMMDD]``, ``[CODE >YYYYMMDD]``, ``[CODE d1-d2]``
  (six-digit YYMMDD dates too); an undated block is the default.
* agents: ``[~GOV]`` -> sector GOV, ``[NGO~]`` -> code NGO; ``{}`` after the phrase
  turns off plurals, ``{PLURAL_FORM}`` gives them; ``!MACRO! = A, B`` definitions
  expand ``!MACRO!`` inside phrases.
* comments: ``#`` or KEDS/TABARI's ``;`` to end of line, ``<!-- ... -->`` blocks.

Discard lists (``parse_petrarch_discards``): one phrase a line, ``+PHRASE`` for a story
discard; used by the patterns stage.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dictionaries import Dictionary, Entry, Term, blank_comment_blocks, pluralize
from .errors import DictionaryError

_BLOCK = re.compile(r"\[([^\]]*)\]")
_MACRO_DEF = re.compile(r"^\s*(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_MACRO_USE = re.compile(r"![A-Za-z0-9_]+!")
_DATED = re.compile(r"^(?P<code>\S+)?\s*(?:(?P<op>[<>])\s*(?P<d>\d{6}|\d{8})|(?P<d1>\d{6}|\d{8})\s*-\s*(?P<d2>\d{6}|\d{8}))?$")
_CODE_CHARS = re.compile(r"^[A-Z0-9\-+#~]+$")


# a verb block header, also a "no event" one: "--- RENEW [---] ---"
_VERB_HEADER = re.compile(r"^---\s+\S.*\[[0-9A-Za-z:?+#\-]*\]\s*---", re.M)


def other_petrarch_kind(text: str) -> str | None:
    """'verbs' or 'discards' for PETRARCH files that are not actor/agent dictionaries."""
    if _VERB_HEADER.search(text) or re.search(r"^&[A-Z]", text, re.M):
        return "verbs"
    body = [ln for ln in _strip_comments(text) if ln.strip()]
    # no [CODE] blocks and no tabs (a .txt TSV actor file is not a discard list)
    if body and not any("[" in ln or "\t" in ln for ln in body):
        return "discards"
    return None


def looks_like_petrarch(text: str) -> bool:
    return bool(re.search(r"^\s*\S.*\[[~A-Za-z\-+ ]{3,}", text, re.M))


def _strip_comments(text: str) -> list[str]:
    text = blank_comment_blocks(text)
    # '#' and KEDS/TABARI's ';' start a comment
    return [re.split(r"[#;]", line, maxsplit=1)[0].rstrip() for line in text.splitlines()]


def _phrase(raw: str) -> str:
    text = " ".join(raw.replace("_", " ").split())
    return text.title() if text.isupper() else text


def _date(s: str, where: str, n: int) -> dt.date:
    if len(s) == 6:  # TABARI's YYMMDD
        yy = int(s[:2])
        s = f"{2000 + yy if yy < 30 else 1900 + yy}{s[2:]}"
    try:
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        raise DictionaryError(f"bad date {s!r} in a code block", path=where, line=n) from None


def _also(code: str) -> tuple[str, ...]:
    """The actor codes after the first of ``[ELR/GAL]``: the phrase stands for each of them."""
    parts = [p.strip().upper()[:3] for p in code.split("/")[1:]]
    return tuple(p for p in dict.fromkeys(parts) if len(p) == 3 and p not in ("---", "+++", "###"))


def _split_code(code: str, where: str, n: int) -> tuple[str | None, str | None, tuple[str, ...]]:
    code = code.split("/")[0].strip().upper()
    if not code or not _CODE_CHARS.match(code) or len(code) < 3 or code[:3].isdigit():
        raise DictionaryError(f"code block [{code}] has no actor code", path=where, line=n)
    head, rest = code[:3], code[3:]
    actor = None if head in ("---", "+++", "###") else head
    groups = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    return actor, (groups[0] if groups else None), tuple(groups[1:])


def _agent_code(code: str, where: str, n: int) -> tuple[str | None, str | None, tuple[str, ...]]:
    code = code.replace(" ", "").upper()
    if code.startswith("~"):
        rest = code[1:]
        if not rest:
            raise DictionaryError("agent code [~] has no sector", path=where, line=n)
        groups = [rest[i : i + 3] for i in range(0, len(rest), 3)]
        return None, groups[0], tuple(groups[1:])
    if code.endswith("~"):  # "[NGO~]": the agent's own actor code
        return _split_code(code[:-1], where, n)
    raise DictionaryError(f"agent code [{code}] needs a '~' (like [~GOV] or [NGO~])", path=where, line=n)


def _parse_block(inner: str, where: str, n: int, agents: bool):
    inner = inner.strip()
    m = _DATED.match(inner)
    if not m or (not m.group("code")):
        raise DictionaryError(f"code block [{inner}] has no actor code", path=where, line=n)
    code, sector, other = (_agent_code if agents else _split_code)(m.group("code"), where, n)
    start = end = None
    if m.group("op") == "<":
        end = _date(m.group("d"), where, n)
    elif m.group("op") == ">":
        start = _date(m.group("d"), where, n)
    elif m.group("d1"):
        start, end = _date(m.group("d1"), where, n), _date(m.group("d2"), where, n) + dt.timedelta(days=1)
    dated = start is not None or end is not None
    also = () if agents else _also(m.group("code"))
    return Term(code, sector, start, end, other_sectors=other, also=also), dated


def parse_petrarch(text: str, where: str, *, agents: bool | None = None) -> Dictionary:
    """Parse one PETRARCH dictionary. ``agents`` None: guess from the codes (``[~...]``)."""
    lines = _strip_comments(text)
    if agents is None:
        blocks = _BLOCK.findall("\n".join(lines))
        agents = bool(blocks) and sum("~" in b for b in blocks) * 2 > len(blocks)
    macros: dict[str, list[str]] = {}
    groups: list[tuple[int, list[str], list[tuple[Term, bool]], list[str] | None]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        md = _MACRO_DEF.match(line)
        if md:
            macros[md.group(1).upper()] = [w.strip() for w in md.group(2).split(",") if w.strip()]
            continue
        body = line.strip()
        blocks = [_parse_block(b, where, n, agents) for b in _BLOCK.findall(body)]
        head = _BLOCK.sub("", body).strip()
        plurals: list[str] | None = None
        pm = re.search(r"\{([^}]*)\}", head)
        if pm:
            plurals = [p for p in re.split(r"[,\s]+", pm.group(1)) if p]
            head = (head[: pm.start()] + head[pm.end() :]).strip()
        if head.startswith("+"):
            if not groups:
                raise DictionaryError(f"synonym {head!r} before any entry", path=where, line=n)
            groups[-1][1].append(head[1:].strip())
            groups[-1][2].extend(blocks)
        elif head:
            groups.append((n, [head], list(blocks), plurals))
        elif blocks:
            if not groups:
                raise DictionaryError("code block before any entry", path=where, line=n)
            groups[-1][2].extend(blocks)
    entries: list[Entry] = []
    for n, phrases, blocks, plurals in groups:
        if not blocks:
            raise DictionaryError(f"entry {phrases[0]!r} has no [CODE] block", path=where, line=n)
        default = next((t for t, dated in blocks if not dated), blocks[0][0])
        terms = tuple(t for t, dated in blocks if dated)
        for raw in phrases:
            for phrase in _expand(raw, macros, where, n):
                forms = [phrase]
                if agents:
                    forms += [_phrase(p) for p in plurals] if plurals is not None else [pluralize(phrase)]
                for form in dict.fromkeys(forms):
                    entries.append(_entry(form, default, terms, agents, f"{where}:{n}"))
    return Dictionary(entries, where)


def _expand(raw: str, macros: dict[str, list[str]], where: str, n: int) -> list[str]:
    m = _MACRO_USE.search(raw)
    if not m:
        return [_phrase(raw)]
    name = m.group(0).upper()
    if name not in macros:
        raise DictionaryError(f"undefined macro {m.group(0)}", path=where, line=n)
    out: list[str] = []
    for alt in macros[name]:
        out.extend(_expand(raw[: m.start()] + alt + raw[m.end() :], macros, where, n))
    return out


def _entry(phrase: str, default: Term, terms: tuple[Term, ...], agent: bool, source: str) -> Entry:
    display = phrase
    if agent:
        kind = "agent"
    else:
        kind = "country" if default.sector is None else "org"
        if display.lower().startswith("the ") and len(display.split()) > 1:
            display = display[4:]  # as in tidings JSON: mentions never include the article ("the Shire")
    return Entry(display, kind, default.code, default.sector, default.other_sectors,
                 identifier_text=None if agent else display, terms=terms, source=source, also=default.also)


def phrase_key(text: str) -> str:
    """A mention's text as an actor phrase: lower case, no leading article."""
    words = text.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def several_actor_phrases(files: list) -> dict[tuple[str, str], tuple[str, ...]]:
    """(phrase, first code) -> the further codes, for the PETRARCH actor entries written
    ``[A/B]`` among the user's files."""
    from pathlib import Path

    from .dictionaries import belongs_to_other_stage, load_dictionary

    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for f in files:
        p = Path(f)
        if p.suffix.lower() in (".json", ".tsv") or not p.is_file() or belongs_to_other_stage(p):
            continue
        try:
            if not re.search(r"\[[^\]\n]*/", p.read_text(encoding="utf-8-sig")):
                continue
        except (OSError, UnicodeDecodeError):
            continue
        for e in load_dictionary(p):
            if e.also and e.code:
                out[(phrase_key(e.phrase), e.code)] = e.also
    return out


# -- discard lists --------------------------------------------------------------------------
@dataclass(frozen=True)
class DiscardList:
    """A PETRARCH discard file: a sentence holding one of ``sentence`` is not coded; a story
    holding one of ``story`` (written with a leading ``+``) is not coded at all."""

    sentence: tuple[tuple[str, ...], ...] = ()
    story: tuple[tuple[str, ...], ...] = ()

    def __len__(self) -> int:
        return len(self.sentence) + len(self.story)

    def split(self, split) -> DiscardList:
        """The phrases split into tokens as the parser splits text (``split(word)`` -> tokens)."""
        def each(phrases: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
            return tuple(tuple(t.lower() for w in p for t in split(w) if t.strip()) or p for p in phrases)

        return DiscardList(each(self.sentence), each(self.story))

    def find(self, words: list[str]) -> tuple[str, tuple[str, ...]] | None:
        """("story" | "sentence", phrase) for the first discard phrase among ``words`` (lower
        case, one per token), story phrases first; None when there is none."""
        for level, phrases in (("story", self.story), ("sentence", self.sentence)):
            for phrase in phrases:
                n = len(phrase)
                if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
                    return level, phrase
        return None


def parse_petrarch_discards(text: str, where: str) -> DiscardList:
    """One phrase a line, words joined by spaces or ``_``; ``+`` before it: a story discard.
    Comments: ``#`` and TABARI's ``;`` to the end of the line, ``<!-- -->`` blocks."""
    sentence: list[tuple[str, ...]] = []
    story: list[tuple[str, ...]] = []
    for n, line in enumerate(_strip_comments(text), 1):
        line = line.strip()
        if not line:
            continue
        if "[" in line:
            raise DictionaryError("a discard line is a phrase without a [CODE]", path=where, line=n)
        whole = line.startswith("+")
        words = tuple(w.lower() for w in re.split(r"[_\s]+", line.lstrip("+").strip()) if w)
        if not words:
            raise DictionaryError("'+' without a phrase", path=where, line=n)
        (story if whole else sentence).append(words)
    return DiscardList(tuple(dict.fromkeys(sentence)), tuple(dict.fromkeys(story)))


def load_discards(path) -> DiscardList:
    from .dictionaries import read_text

    p, text = read_text(path, "discard list")
    return parse_petrarch_discards(text, str(p))


def is_discard_list(path) -> bool:
    """A PETRARCH discard file among ``CoderConfig.dictionaries`` (the test the actors stage uses)."""
    from pathlib import Path

    p = Path(path)
    if p.suffix.lower() in (".json", ".tsv") or not p.is_file():
        return False
    try:
        return other_petrarch_kind(p.read_text(encoding="utf-8-sig")) == "discards"
    except (OSError, UnicodeDecodeError):
        return False
