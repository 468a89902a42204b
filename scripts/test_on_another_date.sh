#!/usr/bin/env bash
# Run the test suite as if today were DAYS days from now (default 400; negative goes back), to
# prove that no test depends on the date it was written on. Every Python process of the run,
# the hub processes included, sees the moved wall clock (tests/timeshift/sitecustomize.py);
# monotonic time is untouched. Extra arguments go to pytest. Needs the set-up .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
days=${1:-400}
shift || true
export PATH="$PWD/.venv/bin:$PATH" QT_QPA_PLATFORM=offscreen
export LABCLIENT_TEST_SHIFT_DAYS="$days" PYTHONPATH="$PWD/tests/timeshift${PYTHONPATH:+:$PYTHONPATH}"
.venv/bin/python -c 'import datetime as dt; print("tests run on", dt.date.today().isoformat())'
exec .venv/bin/python -m pytest -W ignore::pytest.PytestAssertRewriteWarning "$@"
