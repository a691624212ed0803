"""Shared fixtures. The real spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():
    import tidings

    return tidings.default_coder()


@pytest.fixture(scope="session")
def rules_coder():
    """A coder with the learned stages off: the rules' output the learned models train on and act after."""
    from tidings.learn.harness import learning_coder

    return learning_coder()


def rule_context(coder, text: str, date: str = "2025-03-03"):
    """One sentence's context as the rules leave it where the learned stages run (after ``patterns``)."""
    from tidings.coder import make_story

    doc = coder.parse([text])[0]
    return coder.story_context(doc, make_story(text, date=date), stop_after="patterns")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def code(coder, text: str, date: str = "2024-09-10", **kw):
    return coder.code(text, date=date, **kw)


def entity_codes(entities) -> tuple[str, ...]:
    """The sorted, distinct codes of an actor or recipient list (uncoded entities left out)."""
    return tuple(sorted({e.code for e in entities if e.code}))


def find_event(events, etype: str):
    """The first event of a type; fails with what was found instead."""
    found = [e for e in events if e.event == etype]
    assert found, f"no {etype} in {[(e.event, e.event_text) for e in events]}"
    return found[0]


def assert_coded(coder, text: str, etype: str, mode=None, actor=None, recipient=None, date: str = "2024-09-10"):
    """Code one sentence and check its event of a type; None leaves that field unchecked."""
    ev = find_event(code(coder, text, date=date), etype)
    if mode is not None:
        assert ev.mode == mode
    if actor is not None:
        assert entity_codes(ev.actor) == actor
    if recipient is not None:
        assert entity_codes(ev.recipient) == recipient
    return ev
