#!/usr/bin/env bash
# Set up (scripts/setup.sh), then run every check CI runs: ruff, mypy and the whole test suite
# (offscreen: no display needed), then the hub's suite again with every hub on PostgreSQL.
# A private PostgreSQL server (scripts/postgres.sh, from Debian's packages) runs for the length
# of the run. Extra arguments go to pytest (both passes); LABHUB_PG_PASS=0 skips the second.
# The tests run on every core (pytest-xdist), a test file to a worker; LABCLIENT_TEST_WORKERS=0
# runs them in this process, one after another.
# A pass that runs past LABCLIENT_TEST_PASS_LIMIT (default 20m; 60m in one process) is stopped, and
# the script fails.
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
# A pass that outlives this limit is stopped as Ctrl+C would stop it, so pytest still prints what
# failed: after a worker crashes, xdist can wait for ever with no test running, which neither
# faulthandler_timeout nor pytest-timeout sees. A whole pass takes about 7 minutes on two cores
# (LABCLIENT_TEST_PASS_LIMIT changes the limit).
pass_limit=${LABCLIENT_TEST_PASS_LIMIT:-20m}
if [ "${LABCLIENT_TEST_WORKERS:-auto}" = 0 ]; then pass_limit=${LABCLIENT_TEST_PASS_LIMIT:-60m}; fi  # one process
within_limit() {
    local rc=0
    timeout --signal=INT --kill-after=60 "$pass_limit" "$@" || rc=$?
    if [ "$rc" = 124 ]; then
        echo "== stopped: this pass ran past $pass_limit (a hang, or a crashed worker whose tests were never sent again)"
    fi
    return "$rc"
}
within_limit .venv/bin/python -m pytest "${workers[@]}" --postgres "$postgres" "$@"
if [ "${LABHUB_PG_PASS:-1}" != 0 ]; then
    echo "== the hub's suite again, every hub on PostgreSQL"
    within_limit .venv/bin/python -m pytest "${workers[@]}" --postgres "$postgres" --hub-engine postgresql \
        tests/hub tests/sync tests/quality "$@"
fi
