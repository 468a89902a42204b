"""The Linux installer, really built: PyInstaller's one-folder program, its tar.xz and its .deb.

The session builds once (installer/build.py, as ``installer/build-linux`` does) into
``build/installer-test`` (kept: PyInstaller reuses its analysis on the next run), then these
tests run the frozen program headless and look into the packages with dpkg-deb and tar.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer.build import Result, build
from labclient.demo_hub import DEMO_LAB, DemoHub
from labclient.selftest import KIND_LABELS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "installer-test"
MAX_DOWNLOAD_BYTES = 45_000_000
#: The archive is packed as released (its size is checked); the .deb, whose contents alone are
#: checked, at xz preset 3: a third of the release's time (preset 9), and about 10% larger.
DEB_PRESET = 3

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installer")]


@pytest.fixture(scope="session")
def built() -> Iterator[Result]:
    """The Linux build: frozen folder (self-tested by the build), tar.xz and .deb (at DEB_PRESET)."""
    yield build(OUT, archive=True, deb=True, bare=False, test=True, deb_preset=DEB_PRESET)


def run_frozen(program: Path, tmp_path: Path, *args: str, stdin: str = "",
               **env: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen program headless with a private TMPDIR and home, ``stdin`` piped in; waits for it to exit."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (tmp_path / "tmp").mkdir(exist_ok=True)
    full = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHON_KEYRING_BACKEND"}}
    full.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"), HOME=str(home),
                XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"), **env)
    return subprocess.run([str(program), *args], input=stdin, capture_output=True, text=True, env=full,
                          cwd=tmp_path, timeout=180, check=False)


def test_the_frozen_program_passes_its_self_test(built: Result, tmp_path: Path) -> None:
    proc = run_frozen(built.app.program, tmp_path, "--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(frozen installation," in proc.stdout
    for label in KIND_LABELS.values():
        assert re.search(rf"^  ok +render {label}: ", proc.stdout, re.M), proc.stdout
    assert re.search(r"^  ok +audio: the clip of task t-\d+ decoded through Qt Multimedia", proc.stdout, re.M)
    assert re.search(r"^  ok +platform plugin: libqxcb.so loads", proc.stdout, re.M)
    assert re.search(r"^  ok +scoring: ", proc.stdout, re.M), "jiwer and rapidfuzz's distances are in the build"
    assert re.search(r"^  ok +field patterns: ", proc.stdout, re.M), "RE2 is in the build"
    assert re.search(r"^  ok +relay search: ", proc.stdout, re.M), "zeroconf's compiled modules are in the build"
    # The keyring's backends are found through its metadata, which the build must carry; CI has no
    # Secret Service, so the one it would use is "fail" there: a warning, not a failure.
    keyring_line = next(line for line in proc.stdout.splitlines() if "keyring:" in line)
    assert "SecretService" in keyring_line and "libsecret" in keyring_line
    assert re.match(r"^  (ok|warning) +keyring: ", keyring_line)
    assert "Self-test passed: 20 checks" in proc.stdout


def test_the_frozen_self_test_fails_on_a_clip_it_cannot_decode(built: Result, tmp_path: Path) -> None:
    clip = tmp_path / "broken.ogg"
    clip.write_bytes(random.Random(5).randbytes(5000))
    proc = run_frozen(built.app.program, tmp_path, "--self-test", LABCLIENT_SELFTEST_AUDIO=str(clip))
    assert proc.returncode == 1
    assert "  FAILED   audio: broken.ogg cannot be decoded" in proc.stdout
    assert "labclient: self-test failed: audio" in proc.stderr


def test_the_frozen_demo_opens_from_its_bundled_batches_without_a_hub(built: Result, tmp_path: Path) -> None:
    proc = run_frozen(built.app.program, tmp_path, "demo", LABCLIENT_EXIT_WHEN_SHOWN="1")
    assert proc.returncode == 0, proc.stderr
    imported = re.findall(r"^demo: (.+): (\d+) tasks$", proc.stderr, re.M)
    assert len(imported) == 9 and all(int(n) >= 30 for _, n in imported), proc.stderr
    assert "hub running" not in proc.stderr, "the installer carries no hub"
    assert not list((tmp_path / "tmp").glob("labclient-demo-*")), "the throw-away demo folder was not removed"


def test_the_frozen_program_enrols_and_syncs_with_a_hub(built: Result, tmp_path: Path) -> None:
    with DemoHub(tmp_path / "hub") as hub:
        code = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.folder), "enroll-code",
                               "--lab", DEMO_LAB], capture_output=True, text=True, check=True, timeout=60).stdout
        code = code.strip()
        station = tmp_path / "station"
        enrol = run_frozen(built.app.program, tmp_path, "--data-dir", str(station), "enroll", "--hub", hub.url,
                           "--credential-store", "file", stdin=code + "\n")
        assert enrol.returncode == 0, enrol.stderr
        sync = run_frozen(built.app.program, tmp_path, "--data-dir", str(station), "sync", "--json")
        assert sync.returncode == 0, sync.stderr
    assert '"complete": true' in sync.stdout
    status = run_frozen(built.app.program, tmp_path, "--data-dir", str(station), "status")
    assert re.search(r"^Tasks: [12]\d\d new, 0 done", status.stdout, re.M), status.stdout


def test_the_bundle_carries_no_hub_test_tools_or_unused_qt(built: Result) -> None:
    listing = subprocess.run([sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "-r", "-b",
                              str(built.app.program)], capture_output=True, text=True, check=True).stdout
    modules = {line.strip().strip("'") for line in listing.splitlines()}
    assert {"labclient.cli", "labclient.selftest", "labclient.ui.app", "keyring.backends.SecretService"} <= modules
    unwanted = re.compile(r"^(labhub|fastapi|starlette|uvicorn|pydantic|pytest|_pytest|hypothesis|tests|bench|"
                          r"sqlite_utils|PyQt5|PyQt6|PySide2|tkinter|PySide6\.Qt(Quick|Qml|WebEngine|Pdf))(\.|$)")
    assert sorted(m for m in modules if unwanted.match(m)) == []
    files = [p.relative_to(built.app.folder).as_posix() for p in built.app.folder.rglob("*")]
    assert not [f for f in files if re.search(r"Qt6(WebEngine|Pdf|Quick3D|QuickControls|VirtualKeyboard|Wayland)", f)]
    assert not [f for f in files if "/qml/" in f or f.endswith(".qml")]
    assert sorted(f.rsplit("/", 1)[-1] for f in files if "/plugins/platforms/" in f) == [
        "libqminimal.so", "libqoffscreen.so", "libqxcb.so"]
    translations = sorted(f.rsplit("/", 1)[-1] for f in files if f.endswith(".qm") and "/translations/" in f)
    assert translations == ["qtbase_ar.qm", "qtbase_es.qm", "qtbase_fa.qm", "qtbase_fr.qm", "qtbase_pt_BR.qm"]
    quick = built.app.folder / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6"
    assert quick.stat().st_size < 100_000, "Qt Quick is the stub, not the 8 MB library"
    assert (built.app.folder / "_internal" / "resources" / "demo" / "demo-transcription-audio.zip").is_file()


def test_the_archive_is_small_and_holds_the_program_and_the_demo(built: Result) -> None:
    assert built.archive is not None and built.archive.name == "labclient-0.1.0-linux-x86_64.tar.xz"
    assert built.archive.stat().st_size <= MAX_DOWNLOAD_BYTES
    names = subprocess.run(["tar", "-tJf", str(built.archive)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert "labclient/labclient" in names
    assert "labclient/BUILD-INFO.json" in names
    assert sum(n.startswith("labclient/_internal/resources/demo/") and n.endswith(".zip") for n in names) == 9
    listing = subprocess.run(["tar", "-tvJf", str(built.archive)], capture_output=True, text=True,
                             check=True).stdout
    assert all(" root/root " in line or " 0/0 " in line for line in listing.splitlines())


def test_the_checksums_match_the_packages(built: Result) -> None:
    assert built.archive is not None and built.deb is not None
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=built.archive.parent, capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert sorted(check.stdout.splitlines()) == sorted([f"{built.archive.name}: OK", f"{built.deb.name}: OK"])


def test_the_deb_installs_under_opt_with_a_command_a_desktop_entry_and_an_icon(built: Result) -> None:
    assert built.deb is not None and built.deb.name == "labclient_0.1.0_amd64.deb"
    info = subprocess.run(["dpkg-deb", "--info", str(built.deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^ ([A-Z][\w-]+): (.*)$", info, re.M))
    assert fields["Package"] == "labclient"
    assert fields["Version"] == "0.1.0"
    assert fields["Architecture"] == "amd64"
    depends = fields["Depends"].split(", ")
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", next(d for d in depends if d.startswith("libc6")))
    assert {"libxcb-cursor0", "libpulse0", "libssl3 | libssl3t64", "libfontconfig1"} <= set(depends)
    contents = subprocess.run(["dpkg-deb", "--contents", str(built.deb)], capture_output=True, text=True,
                              check=True).stdout
    entries = {line.split()[5]: line for line in contents.splitlines()}
    assert entries["./opt/labclient/labclient"].startswith("-rwxr-xr-x root/root")
    assert "./opt/labclient/_internal/resources/demo/demo-tagging.zip" in entries
    assert entries["./usr/bin/labclient"].rstrip().endswith("./usr/bin/labclient -> /opt/labclient/labclient")
    assert "./usr/share/applications/labclient.desktop" in entries
    assert "./usr/share/icons/hicolor/256x256/apps/labclient.png" in entries
    tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(built.deb)], stdout=subprocess.PIPE)
    desktop = subprocess.run(["tar", "-xO", "./usr/share/applications/labclient.desktop"], stdin=tar.stdout,
                             capture_output=True, text=True, check=True).stdout
    assert tar.stdout is not None
    tar.stdout.close()
    assert tar.wait() == 0
    assert "Exec=labclient\n" in desktop and "Icon=labclient" in desktop
