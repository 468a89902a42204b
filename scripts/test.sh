#!/usr/bin/env bash
# Set up (scripts/setup.sh), then run every check CI runs: ruff, mypy and the whole test suite
# (offscreen: no display needed). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# No .venv/bin on PATH, as on a fresh machine: tests find the venv's tools themselves (tests/tools.py).
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
