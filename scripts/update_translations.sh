#!/usr/bin/env bash
# Refresh the translation template resources/i18n/labclient.ts from every tr() in labclient/ui, and
# bring each translation (labclient_<lang>.ts) up to date with it (new texts unfinished, gone ones
# obsolete); then compile them (scripts/build_translations.sh).
# Translators copy it to labclient_<lang>.ts (e.g. labclient_fr.ts), translate it in Qt
# Linguist, and `pyside6-lrelease` turns it into the .qm file the app loads at start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyside6-lupdate ] || bash scripts/setup.sh
.venv/bin/pyside6-lupdate -locations none $(git ls-files 'labclient/ui/*.py') -ts resources/i18n/labclient.ts
shopt -s nullglob
for ts in resources/i18n/labclient_*.ts; do
    .venv/bin/pyside6-lupdate -locations none $(git ls-files 'labclient/ui/*.py') -ts "$ts"
done
bash scripts/build_translations.sh
