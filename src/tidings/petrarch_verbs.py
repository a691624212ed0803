"""PETRARCH / TABARI verb dictionaries (``--- VERB [code] ---`` blocks), read into a ``VerbDictionary``.

What is read (docs/dictionaries.md, section 4, has examples):

* synsets: ``&NAME`` followed by ``+MEMBER`` lines (members may be phrases, ``_`` or
  spaces joining words, or other ``&SYNSETS``); as in PETRARCH, each member also matches
  its regular plural (+S, Y -> IES, SS -> SSES) unless it or the set's label ends with ``_``;
* verb blocks: ``--- NAME [code] ---`` starts a block whose default code is ``code``
  (``---`` = no event); the lines that follow are verb forms (``VERB``,
  ``+BREAK_DOWN``, ``WIRE_+TAP`` — ``+`` marks the verb word of a multi-word verb —
  optionally with ``{IRREGULAR FORMS}`` and a ``[code]`` of their own) and patterns;
* patterns: ``- PRE * POST [code]``: ``*`` is the verb, ``_`` joins words that must be
  adjacent (a space allows words in between), ``+`` / ``$`` mark where the target /
  source is, ``%`` a compound (coordinated) actor, ``^`` skips a phrase, ``&NAME`` is
  any member of a synset; a trailing ``_`` (exact word) is dropped;
* PETRARCH 2 groups: ``{ARMS SHIPMENT}`` (a noun phrase: its words in a row) and
  ``(TO BORDER)`` (a prepositional phrase: the preposition, then its object's words);
* codes are kept as written (``064``, ``032:033`` — the second code is the reverse
  direction, ``:173`` the reverse event only, ``174K``); ``---`` means no event; a pattern coded ``+++`` or ``###``
  (not event codes) is skipped, a block default ``+++`` / ``###`` gives no event;
* comments: ``#`` or KEDS/TABARI's ``;`` to the end of a line (outside ``[...]``),
  ``<!-- ... -->`` blocks.

Malformed lines raise ``DictionaryError`` naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .dictionaries import blank_comment_blocks
from .errors import DictionaryError

NO_EVENT = "---"
# Not event codes: a pattern with one is skipped; a block default with one gives no event.
IGNORED_CODES = frozenset({"+++", "###"})
MARKERS = {"+": "target", "$": "source", "%": "compound", "^": "skip"}
_HEADER = re.compile(r"^---\s+(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\](?:\s*\[[^\]]*\])*\s*(?:---)?\s*$")
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]\s*$")
_CODE_OK = re.compile(r"^[A-Za-z0-9:?+#\-]+$")
_BRACES = re.compile(r"\{([^}]*)\}")
_NOUN_PHRASE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Element:
    """One position of a pattern: a word, a synset, or a marker (target/source/compound/skip).

    ``joined``: written with ``_`` to its neighbour on the verb side, so the two must be
    adjacent in the sentence.
    """

    kind: str  # word | synset | target | source | compound | skip
    value: str = ""  # the word (lower case) or the synset name (upper case, no '&')
    joined: bool = False


@dataclass(frozen=True)
class Pattern:
    pre: tuple[Element, ...]  # the words before the verb, in sentence order
    post: tuple[Element, ...]  # the words after the verb, in sentence order
    code: str | None  # None: no event
    line: int

    @property
    def size(self) -> int:
        """How specific the pattern is: the longest matching pattern wins."""
        return len(self.pre) + len(self.post)


@dataclass(frozen=True)
class VerbForm:
    """A verb of a block: ``words`` with the verb at ``head`` ("wire tap": head 1)."""

    words: tuple[str, ...]
    head: int
    surfaces: frozenset[str]  # the head word's forms written in the dictionary (lower case)
    code: str | None | bool  # its own code; False: the block's default
    line: int


@dataclass
class VerbBlock:
    name: str
    code: str | None
    line: int
    forms: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)

    def default_for(self, form: VerbForm) -> str | None:
        return self.code if form.code is False else form.code  # type: ignore[return-value]


@dataclass
class VerbDictionary:
    path: str
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    # head word (lower case) -> (block, form), for surface and lemma lookup
    index: dict[str, list[tuple[VerbBlock, VerbForm]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.blocks)

    def lookup(self, word: str) -> list[tuple[VerbBlock, VerbForm]]:
        return self.index.get(word.lower(), [])


def _code(raw: str, where: str, n: int) -> str | None:
    code = raw.strip()
    if not code or not _CODE_OK.match(code):
        raise DictionaryError(f"bad event code [{raw}]", path=where, line=n)
    return None if code == NO_EVENT or code in IGNORED_CODES else code


def _strip(line: str) -> str:
    """Drop a '#' comment (a '#' inside [...] is part of a code such as [###]) or a
    KEDS/TABARI ';' comment."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.split(r"[_\s]+", phrase.strip()) if w)


def parse_petrarch_verbs(text: str, where: str) -> VerbDictionary:
    text = blank_comment_blocks(text)
    out = VerbDictionary(where)
    raw_synsets: dict[str, list[tuple[str, int]]] = {}
    singular_sets: set[str] = set()  # labels written with a trailing '_': no plurals
    synset: str | None = None
    block: VerbBlock | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = _strip(raw).strip()
        if not line:
            continue
        if line.startswith("---"):
            m = _HEADER.match(line)
            if not m or not m.group("name").strip():
                raise DictionaryError("verb block header must look like '--- VERB [code] ---'", path=where, line=n)
            block = VerbBlock(m.group("name").strip(), _code(m.group("code"), where, n), n)
            out.blocks.append(block)
            synset = None
            continue
        if line.startswith("&"):
            name = line[1:].strip().rstrip("_").upper()
            if not re.fullmatch(r"[A-Z0-9_]+", name):
                raise DictionaryError(f"bad synset name {line!r}", path=where, line=n)
            if name in raw_synsets:
                raise DictionaryError(f"synset &{name} defined twice", path=where, line=n)
            raw_synsets[name] = []
            if line[1:].strip().endswith("_"):
                singular_sets.add(name)
            synset, block = name, None
            continue
        if synset is not None and line.startswith("+"):
            member = line[1:].strip()
            if not member:
                raise DictionaryError(f"empty member of synset &{synset}", path=where, line=n)
            raw_synsets[synset].append((member, n))
            continue
        if block is None:
            raise DictionaryError(f"{line.split()[0]!r} outside a verb block or synset", path=where, line=n)
        synset = None
        if line.startswith("-"):
            pattern = _pattern(line[1:], where, n)
            if _CODE_BLOCK.search(line).group(1).strip() not in IGNORED_CODES:
                block.patterns.append(pattern)
        else:
            block.forms.append(_form(line, where, n))
    out.synsets = _resolve_synsets(raw_synsets, where, singular_sets)
    for block in out.blocks:
        for p in block.patterns:
            for e in p.pre + p.post:
                if e.kind == "synset" and e.value not in out.synsets:
                    raise DictionaryError(f"undefined synset &{e.value}", path=where, line=p.line)
        if not block.forms:  # the header names the verb
            block.forms.append(_form(block.name, where, block.line))
        for form in block.forms:
            keys = {form.words[form.head]} | set(form.surfaces)
            for key in keys:
                out.index.setdefault(key, []).append((block, form))
    return out


def _form(line: str, where: str, n: int) -> VerbForm:
    code: str | None | bool = False
    m = _CODE_BLOCK.search(line)
    if m:
        code = _code(m.group(1), where, n)
        line = line[: m.start()].strip()
    if "[" in line or "]" in line:
        raise DictionaryError(f"unbalanced or misplaced [code] in verb form {line!r}", path=where, line=n)
    surfaces: list[str] = []
    bm = _BRACES.search(line)
    if bm:
        for alt in bm.group(1).split():
            words = alt.split("_")
            heads = [w for w in words if w.startswith("+")] or words[:1]
            surfaces.append(heads[0].lstrip("+").lower())
        line = (line[: bm.start()] + line[bm.end() :]).strip()
    if "{" in line or "}" in line:
        raise DictionaryError(f"unbalanced {{...}} in verb form {line!r}", path=where, line=n)
    if not line:
        raise DictionaryError("verb form without a verb", path=where, line=n)
    parts = [p for p in re.split(r"[_\s]+", line) if p]
    if parts and parts[0] == "+" and len(parts) > 1:  # "+ WORD"
        parts = ["+" + parts[1], *parts[2:]]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(marked) > 1:
        raise DictionaryError(f"verb form {line!r} marks more than one verb word with '+'", path=where, line=n)
    head = marked[0] if marked else 0
    words = tuple(p.lstrip("+").lower() for p in parts)
    if not all(words):
        raise DictionaryError(f"verb form {line!r} has an empty word", path=where, line=n)
    return VerbForm(words, head, frozenset(surfaces) | {words[head]}, code, n)


def _pattern(body: str, where: str, n: int) -> Pattern:
    m = _CODE_BLOCK.search(body)
    if not m:
        raise DictionaryError("pattern has no [code]", path=where, line=n)
    code = _code(m.group(1), where, n)
    body = body[: m.start()].strip()
    if "[" in body or "]" in body:
        raise DictionaryError("a pattern has one [code], at its end", path=where, line=n)
    # PETRARCH 2: {A B} is a noun phrase (its words in a row), (P X) a prepositional phrase
    # (the preposition, then its object's words): read as A_B and P X
    body = _NOUN_PHRASE.sub(lambda m: "_".join(m.group(1).split()), body)
    if "{" in body or "}" in body:
        raise DictionaryError("unbalanced {...} in a pattern", path=where, line=n)
    if body.count("(") != body.count(")"):
        raise DictionaryError("unbalanced (...) in a pattern", path=where, line=n)
    body = body.replace("(", " ").replace(")", " ")
    seq: list[tuple[str, bool]] = []  # (piece, joined to the piece before it)
    for chunk in body.split():
        pieces = chunk.split("_")
        first = True
        for piece in pieces:
            if piece:
                seq.append((piece, not first))
                first = False
            # an empty piece is a trailing '_' (exact word) or a doubled one: no join
    stars = [i for i, (p, _) in enumerate(seq) if p == "*"]
    if len(stars) != 1:
        raise DictionaryError(f"pattern needs exactly one '*' for the verb, found {len(stars)}", path=where, line=n)
    s = stars[0]
    pre = tuple(_element(p, seq[i + 1][1], where, n) for i, (p, _) in enumerate(seq[:s]))
    post = tuple(_element(p, j, where, n) for p, j in seq[s + 1 :])
    return Pattern(pre, post, code, n)


def _element(piece: str, joined: bool, where: str, n: int) -> Element:
    if piece in MARKERS:
        return Element(MARKERS[piece], "", joined)
    if piece.startswith("&"):
        name = piece[1:].rstrip("_").upper()
        if not name:
            raise DictionaryError("'&' without a synset name", path=where, line=n)
        return Element("synset", name, joined)
    if piece.startswith("+") or piece.startswith("$"):  # "+TO" written together: marker then word
        raise DictionaryError(f"write the marker apart from the word: {piece!r}", path=where, line=n)
    return Element("word", piece.lower(), joined)


def plural(word: str) -> str:
    """PETRARCH's regular plural of a synset word: +S, Y -> IES, SS -> SSES."""
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "s"


def _resolve_synsets(raw: dict[str, list[tuple[str, int]]], where: str,
                     singular: set[str] = frozenset()) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}

    def expand(name: str, seen: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        if name in out:
            return out[name]
        members: list[tuple[str, ...]] = []
        for member, n in raw[name]:
            if member.startswith("&"):
                inner = member[1:].rstrip("_").upper()
                if inner not in raw:
                    raise DictionaryError(f"undefined synset {member}", path=where, line=n)
                if inner in seen:
                    raise DictionaryError(f"synset &{name} contains itself through {member}", path=where, line=n)
                members.extend(expand(inner, (*seen, inner)))
            else:
                words = _words(member)
                members.append(words)
                # PETRARCH adds a member's regular plural unless the member or its set label
                # ends with '_' ("+KRONER_", "&AUXVERB_")
                last = words[-1]
                if name not in singular and not member.rstrip().endswith("_") and last.isalpha() \
                        and (not last.endswith("s") or last.endswith("ss")):  # "dollars" is one already
                    members.append((*words[:-1], plural(words[-1])))
        # longest first: "austrian gold florin" before "austrian florin"
        out[name] = tuple(sorted(dict.fromkeys(members), key=len, reverse=True))
        return out[name]

    for name in raw:
        expand(name, (name,))
    return out


def inflection(surface: str, base: str) -> bool:
    """``surface`` may be ``base`` by its lemma: a regular inflection, or an irregular form that
    does not start like the base ("broke", "sold"). Misspellings ("departes") are not."""
    if not surface.startswith(base[: max(3, len(base) - 1)]):
        return True
    stems = {base, base[:-1]} if base.endswith("e") else {base}
    if base.endswith("y"):
        stems.add(base[:-1] + "i")
    if len(base) > 2 and base[-1] not in "aeiouwxy":
        stems.add(base + base[-1])
    endings = ("", "s", "ed", "d", "ing") + (("es",) if base.endswith(("s", "sh", "ch", "x", "z", "o")) else ())
    return any(surface == stem + end for stem in stems for end in endings)


def retokenize(d: VerbDictionary, split) -> None:
    """Split the pattern and synset words the way the parser splits the text (``split(word)``
    -> its tokens): "cease-fire" is three tokens, "cease", "-", "fire". A pattern word that
    becomes several tokens is matched as a one-member synset (named ``~WORD``)."""
    cache: dict[str, tuple[str, ...]] = {}

    def toks(word: str) -> tuple[str, ...]:
        if word not in cache:
            cache[word] = tuple(t.lower() for t in split(word) if t.strip()) or (word,)
        return cache[word]

    d.synsets = {name: tuple(sorted(dict.fromkeys(tuple(t for w in m for t in toks(w)) for m in members),
                                    key=len, reverse=True))
                 for name, members in d.synsets.items()}

    def element(e: Element) -> Element:
        if e.kind != "word" or toks(e.value) == (e.value,):
            return e
        d.synsets.setdefault(f"~{e.value}", (toks(e.value),))
        return Element("synset", f"~{e.value}", e.joined)

    for block in d.blocks:
        block.patterns = [Pattern(tuple(map(element, p.pre)), tuple(map(element, p.post)), p.code, p.line)
                          for p in block.patterns]


def load_verb_dictionary(path: str | Path) -> VerbDictionary:
    from .dictionaries import read_text

    p, text = read_text(path, "verb dictionary")
    return parse_petrarch_verbs(text, str(p))


def is_verb_dictionary(path: str | Path) -> bool:
    """A PETRARCH verb file among ``CoderConfig.dictionaries`` (the same test the actors stage uses)."""
    p = Path(path)
    if p.suffix.lower() in (".json", ".tsv") or not p.is_file():
        return False
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    from .petrarch_dict import other_petrarch_kind

    return other_petrarch_kind(text) == "verbs"
