"""Training data for the learned stages: the project's own gold, coded by the rules alone.

``contexts`` runs the real coder (learned stages off) over gold stories and hands each story's
``StoryContext`` as it stands after a named stage, with the story's gold events: the features a learned
stage reads at inference come from that same point of the pipeline. Only the non-sealed gold files are
training data; the sealed halves and the holdouts measure the models and are refused here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..evaluate import GoldStory, read_gold

if TYPE_CHECKING:
    from ..coder import Coder
    from ..pipeline.base import StoryContext

ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = ROOT / "benchmarks" / "data"
MODELS_DIR = Path(__file__).resolve().parents[1] / "knowledge" / "models"
# parts of a gold file's name that mark it as held out: never trained on
HELD_OUT_MARKS = ("_sealed", "holdout")


def is_held_out(path: str | Path) -> bool:
    return any(mark in Path(path).name for mark in HELD_OUT_MARKS)


def training_files(data_dir: str | Path | None = None) -> list[Path]:
    """The gold files the models may learn from, sorted by name: every ``*.jsonl`` but the held-out ones."""
    folder = Path(data_dir) if data_dir is not None else DATA_DIR
    return sorted(p for p in folder.glob("*.jsonl") if not is_held_out(p))


def refuse_held_out(files: Iterable[str | Path]) -> list[Path]:
    paths = [Path(f) for f in files]
    bad = [p.name for p in paths if is_held_out(p)]
    if bad:
        raise ValueError(f"held-out gold files are never training data: {', '.join(bad)}")
    return paths


def learning_coder() -> Coder:
    """A coder with the learned stages off: the rules' own output, which the models learn to correct."""
    from ..coder import Coder, CoderConfig

    return Coder(CoderConfig(learned=False))


def contexts(
    files: Iterable[str | Path],
    coder: Coder | None = None,
    *,
    stop_after: str = "patterns",
    batch_size: int = 16,
) -> Iterator[tuple[GoldStory, StoryContext]]:
    """Each gold story of ``files`` (in file order, then line order) with its context after the stage
    ``stop_after``. The story's id is prefixed with its file's stem (ids repeat across files). Stories with
    no text are skipped. Raises on a held-out file, and on a coder whose learned stages are on."""
    from ..coder import make_story

    paths = refuse_held_out(files)
    coder = coder if coder is not None else learning_coder()
    if getattr(coder.config, "learned", False):
        raise ValueError("train on the rules' output: pass a coder with CoderConfig(learned=False)")
    for path in paths:
        stories = read_gold(path)
        for k in range(0, len(stories), batch_size):
            batch = stories[k : k + batch_size]
            docs = coder.parse([s.text for s in batch])
            for gold, doc in zip(batch, docs, strict=True):
                gold = GoldStory(id=f"{path.stem}/{gold.id}", text=gold.text, date=gold.date, events=gold.events)
                story = make_story(gold.text, story_id=gold.id, date=gold.date)
                ctx = coder.story_context(doc, story, stop_after=stop_after)
                if ctx is not None:
                    yield gold, ctx


__all__ = ["DATA_DIR", "MODELS_DIR", "contexts", "is_held_out", "learning_coder", "refuse_held_out", "training_files"]
