#!/usr/bin/env bash
# Refresh the translation template resources/i18n/labclient.ts from every tr() in labclient/ui.
# Translators copy it to labclient_<lang>.ts (e.g. labclient_fr.ts), translate it in Qt
# Linguist, and `pyside6-lrelease` turns it into the .qm file the app loads at start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyside6-lupdate ] || bash scripts/setup.sh
.venv/bin/pyside6-lupdate -locations none $(git ls-files 'labclient/ui/*.py') -ts resources/i18n/labclient.ts
