#!/usr/bin/env bash
# Install tidings with its test extras into .venv/ and run the test suite.
# Browser tests need Debian's chromium; as root on Debian/Ubuntu this installs it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
.venv/bin/ruff check src tests benchmarks
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
