#!/usr/bin/env bash
# Set up LabClient for development on Debian or Ubuntu: the system libraries Qt needs, then a
# virtual environment in .venv with LabClient and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb and offscreen platforms, Qt Multimedia (PulseAudio client), fonts.
debs=(libpulse0 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libopengl0 libxcb-cursor0 libxcb-icccm4
      libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
      libxcb-xkb1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
      # installer/build-linux: objdump (binutils), cc for the Qt Quick stub, xz and dpkg-deb
      binutils gcc libc6-dev xz-utils dpkg)
python=${PYTHON:-python3}
# Debian's own Python needs python3-venv for 'python3 -m venv'.
"$python" -c "import ensurepip" 2>/dev/null || debs+=(python3-venv)
if command -v dpkg-query >/dev/null; then
    missing=()
    for deb in "${debs[@]}"; do
        dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing+=("$deb")
    done
    if ((${#missing[@]})); then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installing system libraries for Qt: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
bash scripts/build_translations.sh
