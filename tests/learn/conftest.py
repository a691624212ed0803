"""Shared helpers of the training tests (the rules-only coder is the session fixture in tests/conftest.py)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from tidings.learn.harness import ROOT

TINY_GOLD = Path(__file__).parent / "data" / "tiny_gold.jsonl"


def trained_twice(tmp_path: Path, gold: Path, component: str) -> list[bytes]:
    """The model file ``scripts/train_models.py`` writes for one component, trained twice on one tiny gold file."""
    spec = importlib.util.spec_from_file_location("train_models", ROOT / "scripts" / "train_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(gold, data / "tiny.jsonl")
    outs = []
    for k in range(2):
        out = tmp_path / f"out{k}"
        assert module.main([component, "--data", str(data), "--out", str(out)]) == 0
        outs.append((out / f"{component}.json").read_bytes())
    return outs
