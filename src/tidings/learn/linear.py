"""Sparse multinomial logistic regression: the one model kind of the learned stages.

An example is a bag of string features and a label. Training (numpy, full batch, deterministic: features
and classes in sorted order, a fixed seed, a fixed number of steps) fits one weight per (feature, class)
plus a bias per class. Inference is plain Python: the weights of the features present are summed in
sorted feature order and put through a softmax, so the same input scores the same on any machine.

Weights are stored as JSON (keys sorted, 6 significant digits). A feature's weights can be shifted by one
constant across all classes without changing any probability (softmax is blind to it): each feature is
shifted by its median weight before saving, which leaves most of its classes at zero, and zeros and tiny
weights are left out of the file.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# weights smaller than this (after the median shift) are dropped from a saved model: they move no decision
MIN_WEIGHT = 1e-3
FORMAT = "tidings-linear-1"


def _round(x: float) -> float:
    return float(f"{x:.6g}")


@dataclass
class LinearModel:
    """``weights[feature][class]`` plus ``bias[class]``; a class a feature has no weight for scores 0 on it."""

    classes: list[str]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    meta: dict[str, Any] = field(default_factory=dict)

    # each feature's weights as (class index, weight) pairs, built on first use (a list beats a dict to add into)
    _rows: dict[str, tuple[tuple[int, float], ...]] | None = field(default=None, init=False, repr=False,
                                                                    compare=False)

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """Each class's raw score (bias plus the weights of the features present; unknown ones count 0),
        added in a fixed order: the bias, then the features in sorted order, each in class order."""
        rows = self._rows
        if rows is None:
            at = {c: i for i, c in enumerate(self.classes)}
            rows = self._rows = {f: tuple((at[c], w) for c, w in sorted(row.items()))
                                 for f, row in self.weights.items()}
        acc = [self.bias[c] for c in self.classes]
        for f in sorted(set(features)):
            row = rows.get(f)
            if row:
                for i, w in row:
                    acc[i] += w
        return dict(zip(self.classes, acc, strict=True))

    def proba(self, features: Iterable[str]) -> dict[str, float]:
        """Each class's probability (softmax of ``scores``)."""
        s = self.scores(features)
        top = max(s.values())
        ex = {c: math.exp(v - top) for c, v in s.items()}
        total = sum(ex[c] for c in self.classes)
        return {c: ex[c] / total for c in self.classes}

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability (ties: the first class in sorted order)."""
        p = self.proba(features)
        label = max(self.classes, key=lambda c: (p[c], -self.classes.index(c)))
        return label, p[label]

    def explain(self, features: Iterable[str], label: str, top: int = 8) -> list[tuple[str, float]]:
        """The features that pushed ``label`` most (either way): a readable reason for a decision."""
        found = [(f, self.weights[f].get(label, 0.0)) for f in sorted(set(features)) if f in self.weights]
        found = [(f, w) for f, w in found if w]
        return sorted(found, key=lambda fw: -abs(fw[1]))[:top]

    def to_json(self) -> str:
        obj = {"format": FORMAT, "classes": self.classes, "bias": self.bias, "weights": self.weights,
               "meta": self.meta}
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"

    def save(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(self.to_json(), encoding="utf-8")


def from_json(text: str) -> LinearModel:
    obj = json.loads(text)
    if obj.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} model")
    return LinearModel(classes=list(obj["classes"]), bias=dict(obj["bias"]),
                       weights={f: dict(row) for f, row in obj["weights"].items()}, meta=dict(obj.get("meta", {})))


@functools.cache
def _load(path: str) -> LinearModel:
    return from_json(Path(path).read_text(encoding="utf-8"))


def load(path: str | Path) -> LinearModel:
    """The model saved at ``path`` (read once per process; treat it as read-only)."""
    return _load(str(Path(path).resolve()))


def train(
    examples: Sequence[tuple[Sequence[str], str]],
    *,
    epochs: int = 300,
    l2: float = 1e-4,
    lr: float = 0.1,
    seed: int = 0,
    min_count: int = 1,
    sample_weights: Sequence[float] | None = None,
    class_weights: Mapping[str, float] | None = None,
    meta: Mapping[str, Any] | None = None,
    min_weight: float = MIN_WEIGHT,
) -> LinearModel:
    """Fit a model on ``(features, label)`` examples: full-batch Adam on the weighted mean log loss plus
    ``l2`` times the squared weights (the bias unpenalised). Features seen in fewer than ``min_count``
    examples are left out. ``sample_weights`` / ``class_weights`` weight examples (multiplied). Weights below
    ``min_weight`` (after the median shift) are dropped: a smaller file and fewer additions per prediction.
    Deterministic: the same examples in the same order give the same model, byte for byte."""
    import numpy as np

    if not examples:
        raise ValueError("no training examples")
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted({label for _, label in examples})
    cindex = {c: i for i, c in enumerate(classes)}
    n, nf, k = len(examples), len(vocab), len(classes)
    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, _) in enumerate(examples):
        for f in sorted(set(feats)):
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    row_a = np.asarray(rows, dtype=np.int64)
    col_a = np.asarray(cols, dtype=np.int64)
    by_col = np.argsort(col_a, kind="stable")
    col_sorted, row_by_col = col_a[by_col], row_a[by_col]
    y = np.zeros((n, k))
    y[np.arange(n), [cindex[label] for _, label in examples]] = 1.0
    sw = np.ones(n) if sample_weights is None else np.asarray(sample_weights, dtype=np.float64)
    if class_weights:
        sw = sw * np.asarray([class_weights.get(label, 1.0) for _, label in examples])
    sw = sw / sw.sum()

    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 1e-3, size=(nf, k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    row_starts = np.flatnonzero(np.r_[True, row_a[1:] != row_a[:-1]]) if len(row_a) else np.zeros(0, np.int64)
    rows_present = row_a[row_starts] if len(row_a) else row_a
    col_starts = np.flatnonzero(np.r_[True, col_sorted[1:] != col_sorted[:-1]]) if len(col_a) else row_starts
    cols_present = col_sorted[col_starts] if len(col_a) else col_a
    for t in range(1, epochs + 1):
        z = np.tile(b, (n, 1))
        if len(row_a):
            z[rows_present] += np.add.reduceat(w[col_a], row_starts, axis=0)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - y) * sw[:, None]
        gw = 2.0 * l2 * w
        if len(col_a):
            gw[cols_present] += np.add.reduceat(d[row_by_col], col_starts, axis=0)
        gb = d.sum(axis=0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    w -= np.median(w, axis=1, keepdims=True)  # softmax-neutral: most of a feature's classes go to 0
    b -= np.median(b)
    weights: dict[str, dict[str, float]] = {}
    for j, f in enumerate(vocab):
        row = {classes[c]: _round(float(w[j, c])) for c in range(k) if abs(w[j, c]) >= min_weight}
        if row:
            weights[f] = row
    bias = {classes[c]: _round(float(b[c])) for c in range(k)}
    info = {"examples": n, "features": len(weights), "epochs": epochs, "l2": l2, "lr": lr, "seed": seed,
            "min_count": min_count, "min_weight": min_weight}
    info.update(meta or {})
    return LinearModel(classes=classes, bias=bias, weights=weights, meta=info)
