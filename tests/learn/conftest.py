"""A coder with the learned stages off, loaded once: the rules' output the models train on."""

from __future__ import annotations

from pathlib import Path

import pytest

TINY_GOLD = Path(__file__).parent / "data" / "tiny_gold.jsonl"


@pytest.fixture(scope="session")
def rules_coder():
    from tidings.learn.harness import learning_coder

    return learning_coder()
