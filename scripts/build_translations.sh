#!/usr/bin/env bash
# Compile each translation (resources/i18n/labclient_<lang>.ts) into the .qm file the app loads
# (resources/i18n/labclient_<lang>.qm, not kept in git). scripts/setup.sh runs it; run it again
# after editing a translation. Unfinished texts are compiled too: a translation that still
# awaits review is better than English for a worker who reads only her own language.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
for ts in resources/i18n/labclient_*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
