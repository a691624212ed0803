"""CAMEO <-> PLOVER event codes, from knowledge/cameo_plover.tsv (the official 2021 table).

``to_plover("042")`` -> ``CameoMapping(event="CONSULT", mode="visit", ...)``; CAMEO 01/02
(statements, appeals) have no PLOVER event: ``to_plover("023").dropped`` is True.
``from_plover("CONSULT", "visit")`` -> ``"042"``: the most general CAMEO code for a type
and mode, for exports to CAMEO-based tools.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import plover

DROPPED = "dropped"


@dataclass(frozen=True)
class CameoMapping:
    cameo: str  # the table row that matched (the code itself or a prefix of it)
    event: str  # PLOVER type, or "dropped"
    mode: str | None
    contexts: tuple[str, ...]

    @property
    def dropped(self) -> bool:
        return self.event == DROPPED


@cache
def _table() -> tuple[dict[str, CameoMapping], dict[tuple[str, str | None], str]]:
    forward: dict[str, CameoMapping] = {}
    reverse: dict[tuple[str, str | None], str] = {}
    valid_contexts = set(plover.contexts())
    text = resources.files("tidings.knowledge").joinpath("cameo_plover.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    for cameo, event, mode, _table_mode, contexts, direction in rows[1:]:
        ctx = tuple(c for c in contexts.split(";") if c in valid_contexts)
        mapping = CameoMapping(cameo, event, mode or None, ctx)
        if direction == "both":
            forward[cameo] = mapping
        if event != DROPPED:
            key = (event, mode or None)
            # the most general code wins: shortest, then lowest
            if key not in reverse or (len(cameo), cameo) < (len(reverse[key]), reverse[key]):
                reverse[key] = cameo
    return forward, reverse


def to_plover(code: str) -> CameoMapping | None:
    """The PLOVER mapping of a CAMEO event code, trying its prefixes; None if unknown.

    Letters some coders append ("174K") are ignored.
    """
    forward, _ = _table()
    digits = "".join(ch for ch in str(code).strip() if ch.isdigit())
    for n in range(len(digits), 1, -1):
        found = forward.get(digits[:n])
        if found is not None:
            return found
    return None


def from_plover(event: str, mode: str | None = None) -> str | None:
    """The most general CAMEO code for a PLOVER type (and mode); falls back to the type alone."""
    _, reverse = _table()
    return reverse.get((event, mode or None)) or reverse.get((event, None))
