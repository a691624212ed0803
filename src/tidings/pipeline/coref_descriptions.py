"""Repeated descriptions of one country (the actors stage, via ``people._pronouns``).

"China sent warplanes around Taiwan, the island's defence ministry said ... Japan said Tokyo was watching
... Lai called on Beijing to respect the island's democracy": a description that fits one country in a
story ("the island", "the kingdom", "the enclave") keeps the referent it had at its first use, though a
country it could also fit (Japan is an island too) was named in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Mention


# descriptions that name one country the whole story long: "the island" is Taiwan again even after
# Japan is named (not "the country", which wire copy uses for each country in turn)
_STORY_DESCRIPTIONS = frozenset({"island", "kingdom", "monarchy", "emirate", "archipelago", "enclave", "strip",
                                 "territory"})


def same_description(found: list[Mention], before: int, word: str) -> Mention | None:
    """The referent of the story's earlier use of the same description ("the island ... the island")."""
    if word not in _STORY_DESCRIPTIONS:
        return None
    earlier = [m for m in found if m.kind == "pronoun" and m.end <= before and m.code
               and m.text.lower().split()[-1].rstrip("'s’") == word]
    return max(earlier, key=lambda m: m.start).antecedent or None if earlier else None


# descriptions a headline uses without its article ("island's president")
HEADLINE_DESCRIPTIONS = frozenset({"island", "kingdom", "emirate", "enclave"})


def headline(sent) -> bool:
    """A short sentence with no full stop: a headline."""
    words = [t for t in sent if not t.is_space]
    return 3 <= len(words) <= 20 and words[-1].text not in (".", "!", "?", '"', "”", ":")
