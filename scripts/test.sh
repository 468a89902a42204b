#!/usr/bin/env bash
# Set up (scripts/setup.sh), then run every check CI runs: ruff, mypy and the whole test suite
# (offscreen: no display needed), then the hub's suite again with every hub on PostgreSQL.
# A private PostgreSQL server (scripts/postgres.sh, from Debian's packages) runs for the length
# of the run. Extra arguments go to pytest (both passes); LABHUB_PG_PASS=0 skips the second.
# The tests run on every core (pytest-xdist), a test file to a worker; LABCLIENT_TEST_WORKERS=0
# runs them in this process, one after another.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# No .venv/bin on PATH, as on a fresh machine: tests find the venv's tools themselves (tests/tools.py).
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy

pgdir=$(mktemp -d /tmp/labhub-pg.XXXXXX)
chmod 755 "$pgdir"
stop_pg() {
    bash scripts/postgres.sh stop "$pgdir" || true
    rm -rf "$pgdir"
}
trap stop_pg EXIT
port=$(.venv/bin/python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
postgres=$(bash scripts/postgres.sh start "$pgdir" "$port")

workers=(-n "${LABCLIENT_TEST_WORKERS:-auto}" --dist loadfile)
.venv/bin/python -m pytest "${workers[@]}" --postgres "$postgres" "$@"
if [ "${LABHUB_PG_PASS:-1}" != 0 ]; then
    echo "== the hub's suite again, every hub on PostgreSQL"
    .venv/bin/python -m pytest "${workers[@]}" --postgres "$postgres" --hub-engine postgresql tests/hub tests/sync \
        tests/quality "$@"
fi
