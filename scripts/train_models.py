"""Train the learned components and write their weights to src/tidings/knowledge/models/<name>.json.

    .venv/bin/python scripts/train_models.py [recipients ...] [--data DIR] [--out DIR]

With no names, every component is trained. The gold comes from the non-sealed files of benchmarks/data
(``tidings.learn.harness.training_files``); re-running reproduces the shipped files byte for byte.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from tidings.learn import COMPONENTS
from tidings.learn.harness import MODELS_DIR, learning_coder, training_files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help=f"components: {', '.join(sorted(COMPONENTS))} (default all)")
    ap.add_argument("--data", type=Path, default=None, help="folder of gold files (default benchmarks/data)")
    ap.add_argument("--out", type=Path, default=MODELS_DIR, help="folder the model files go to")
    args = ap.parse_args(argv)
    names = args.names or sorted(COMPONENTS)
    unknown = [n for n in names if n not in COMPONENTS]
    if unknown:
        ap.error(f"unknown component(s): {', '.join(unknown)}")
    files = training_files(args.data)
    coder = learning_coder()
    for name in names:
        start = time.perf_counter()
        module = importlib.import_module(COMPONENTS[name])
        model = module.train(files, coder)
        path = args.out / f"{name}.json"
        model.save(path)
        print(f"{name}: {len(model.weights)} features, {path.stat().st_size} bytes -> {path}"
              f" ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
