"""Mention-level story references (tidings.pipeline.coref_mentions): a government role without a title,
"in" a capital, is that capital's country wherever it stands (a doer or not)."""

from __future__ import annotations

import pytest

from .test_actors import run


@pytest.mark.parametrize(("text", "role", "code"), [
    ("Islamabad urged the authorities in Kabul to hand over the commanders behind the raids.", "authorities", "AFG"),
    ("The State Department said it had raised the matter with officials in Beijing.", "officials", "CHN"),
])
def test_government_role_in_a_capital_is_its_country(coder, text, role, code):
    ms = run(coder.stages[0], coder.nlp, text, "2025-03-02")
    assert [m.code for m in ms if m.text.split()[0] == role or m.text.startswith(role)] == [code]

