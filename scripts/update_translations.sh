#!/usr/bin/env bash
# Refresh the translation template resources/i18n/labclient.ts from every tr() in labclient/ui, and
# bring each translation (labclient_<lang>.ts) up to date with it (new texts unfinished, gone ones
# obsolete); then compile them (scripts/build_translations.sh).
# A new language starts as a copy of the template (labclient_<lang>.ts); see docs/translating.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyside6-lupdate ] || bash scripts/setup.sh
.venv/bin/pyside6-lupdate -locations none $(git ls-files 'labclient/ui/*.py') -ts resources/i18n/labclient.ts
.venv/bin/python scripts/merge_translations.py  # lupdate refuses Haitian Creole and drops the files' notes
bash scripts/build_translations.sh
