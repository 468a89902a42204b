#!/usr/bin/env bash
# Set up (scripts/setup.sh), then open LabClient on a throw-away data folder loaded with the demo
# project. Extra arguments go to 'labclient demo' (e.g. --keep, --right-to-left).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/labclient demo "$@"
