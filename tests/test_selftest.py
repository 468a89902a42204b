"""``labclient --self-test`` from source: it checks real things, and a broken part fails it loudly.

Each test runs ``python -m labclient.cli --self-test`` as a real process, headless, with a
private temporary folder and home. The frozen program's self-test is in tests/test_installer.py.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from labclient.selftest import KIND_LABELS
from tests.factory import wav_bytes

ROOT = Path(__file__).resolve().parent.parent


def self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``labclient --self-test`` with ``env`` added (offscreen, private TMPDIR and HOME)."""
    home = tmp_path / "home"
    (tmp_path / "tmp").mkdir(exist_ok=True)
    home.mkdir(exist_ok=True)
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"), HOME=str(home),
                XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"), **env)
    return subprocess.run([sys.executable, "-m", "labclient.cli", "--self-test"], capture_output=True, text=True,
                          env=full, cwd=ROOT, timeout=180, check=False)


def lines(proc: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The report's check lines, by check name: ``{"audio": "ok       audio: ..."}``."""
    found = {}
    for line in proc.stdout.splitlines():
        status, _, rest = line.strip().partition(" ")
        if status in {"ok", "warning", "FAILED"} and ":" in rest:
            found[rest.strip().split(":", 1)[0]] = line.strip()
    return found


def test_the_self_test_passes_from_source_and_names_what_it_checked(tmp_path: Path) -> None:
    proc = self_test(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = lines(proc)
    expected = {"store", "demo bundles", "Qt", "platform plugin", "image formats", "Qt translations", "audio",
                "video", "scoring", "field patterns", "relay search", "keyring",
                *(f"render {label}" for label in KIND_LABELS.values())}
    assert set(found) == expected
    assert all(found[name].startswith("ok") for name in expected - {"keyring"}), proc.stdout
    assert "decoded through Qt Multimedia: 4.1 s of sound" in found["audio"]
    assert "with its image" in found["render document transcription"]
    assert "played through Qt Multimedia: 6 pictures of 426x240" in found["video"]
    assert found["scoring"] == "ok       scoring: a transcript with one wrong word of six: WER 0.17"
    assert found["field patterns"].startswith("ok       field patterns: a backtracking pattern answered in ")
    assert found["relay search"] == "ok       relay search: a relay announced on this computer was found"
    assert "from source" in proc.stdout
    assert proc.stdout.rstrip().endswith("Self-test passed: 20 checks (1 warning).")
    assert not list((tmp_path / "tmp").glob("labclient-selftest-*")), "the throw-away data folder was left behind"


def test_no_usable_keyring_is_a_warning_that_names_the_file_store(tmp_path: Path) -> None:
    proc = self_test(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    keyring_line = lines(proc)["keyring"]
    assert keyring_line.startswith("warning")
    assert "no usable keyring" in keyring_line and "fail.Keyring" in keyring_line
    assert "--credential-store file" in keyring_line
    assert "SecretService" in keyring_line, "the backends the keyring package knows are listed"


def test_a_usable_keyring_is_reported_by_name(tmp_path: Path) -> None:
    proc = self_test(tmp_path, PYTHON_KEYRING_BACKEND="tests.keyring_backend.FileKeyring",
                     LABCLIENT_TEST_KEYRING=str(tmp_path / "keyring.json"), PYTHONPATH=str(ROOT))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert lines(proc)["keyring"].startswith("ok       keyring: tests.keyring_backend.FileKeyring is usable")
    assert proc.stdout.rstrip().endswith("Self-test passed: 20 checks.")


@pytest.mark.slow
@pytest.mark.parametrize("content", [b"", random.Random(3).randbytes(6000)], ids=["empty", "random-bytes"])
def test_a_clip_that_does_not_decode_fails_the_self_test(tmp_path: Path, content: bytes) -> None:
    clip = tmp_path / "broken.ogg"
    clip.write_bytes(content)
    proc = self_test(tmp_path, LABCLIENT_SELFTEST_AUDIO=str(clip))
    assert proc.returncode == 1
    audio = lines(proc)["audio"]
    assert audio.startswith("FAILED   audio: broken.ogg cannot be decoded"), proc.stdout
    assert "Self-test FAILED: 1 of 20 checks failed." in proc.stdout
    assert "labclient: self-test failed: audio" in proc.stderr


@pytest.mark.parametrize("content", [b"", random.Random(3).randbytes(6000), wav_bytes(1.0)],
                         ids=["empty", "random-bytes", "sound-only"])
@pytest.mark.slow
def test_a_video_that_does_not_play_fails_the_self_test(tmp_path: Path, content: bytes) -> None:
    clip = tmp_path / "broken.mp4"
    clip.write_bytes(content)
    proc = self_test(tmp_path, LABCLIENT_SELFTEST_VIDEO=str(clip))
    assert proc.returncode == 1
    video = lines(proc)["video"]
    said = ("FAILED   video: broken.mp4 cannot be played", "FAILED   video: broken.mp4 showed 0 pictures")
    assert video.startswith(said), proc.stdout
    assert "Self-test FAILED: 1 of 20 checks failed." in proc.stdout
    assert "labclient: self-test failed: video" in proc.stderr


def test_a_missing_clip_fails_the_self_test(tmp_path: Path) -> None:
    proc = self_test(tmp_path, LABCLIENT_SELFTEST_AUDIO=str(tmp_path / "nowhere.ogg"))
    assert proc.returncode == 1
    assert lines(proc)["audio"] == f"FAILED   audio: the clip {tmp_path / 'nowhere.ogg'} is missing"


def test_missing_demo_bundles_fail_the_import_and_every_check_that_needs_them(tmp_path: Path) -> None:
    empty = tmp_path / "no-bundles"
    empty.mkdir()
    proc = self_test(tmp_path, LABCLIENT_SELFTEST_DEMO_DIR=str(empty))
    assert proc.returncode == 1
    found = lines(proc)
    assert found["demo bundles"] == f"FAILED   demo bundles: no demo bundles (*.zip) in {empty}"
    failed = {name for name, line in found.items() if line.startswith("FAILED")}
    assert failed == {"demo bundles", "audio", "video", *(f"render {label}" for label in KIND_LABELS.values())}
    assert found["Qt"].startswith("ok"), "the checks that do not need the demo still run"
    assert "labclient: self-test failed: demo bundles" in proc.stderr


def test_a_corrupt_demo_bundle_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "bundles"
    folder.mkdir()
    (folder / "demo-broken.zip").write_bytes(b"PK\x03\x04 this is not a zip archive")
    proc = self_test(tmp_path, LABCLIENT_SELFTEST_DEMO_DIR=str(folder))
    assert proc.returncode == 1
    assert lines(proc)["demo bundles"].startswith("FAILED   demo bundles: demo-broken.zip does not import: ")
