"""Learned components on top of the rules: small sparse linear models trained on the project's own gold.

``linear`` is the model (training with numpy, inference in plain Python from JSON weights shipped in
``knowledge/models/``); ``harness`` hands the training code each gold story's context as the rules leave it.
Each component has its features in ``<name>_features.py`` (the same function at training and inference) and
its training in ``train_<name>.py``, which exposes ``train(files, coder) -> LinearModel``;
``scripts/train_models.py`` calls them and writes ``knowledge/models/<name>.json`` (docs/learned.md).
"""

from __future__ import annotations

# component name -> the module whose ``train(files, coder)`` fits its model (saved as models/<name>.json)
COMPONENTS: dict[str, str] = {
    "events": "tidings.learn.train_events",
    "recipients": "tidings.learn.train_recipients",
}
