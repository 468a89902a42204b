#!/usr/bin/env bash
# Compile each translation (resources/i18n/labclient_<lang>.ts, and qt_<lang>.ts: Qt's own button
# texts where Qt ships no translation) into the .qm file the app loads (beside it, not in git). scripts/setup.sh runs it; run it again
# after editing a translation. Unfinished texts are compiled too: a translation that still
# awaits review is better than English for a worker who reads only her own language.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
for ts in resources/i18n/labclient_*.ts resources/i18n/qt_*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
