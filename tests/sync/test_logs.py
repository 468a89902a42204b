"""The workstation's log and crash record (labclient.logs): what happened is kept in the data
folder, uncaught errors and native crashes included, and no credential, PIN or code ever is."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient import logs
from labclient.errors import LabClientError, WrongSecretError
from labclient.people import login
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.sync_hub import ROOT, Hub
from tests.logins import give_pins

WRONG_PIN = "58139"


@pytest.fixture
def logging_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The data folder whose log this process writes; hooks and handlers undone afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = tmp_path / "station"
    yield data_dir
    logs.stop_logging()


def log_text(data_dir: Path) -> str:
    """Everything in the data folder's logs, old rotations included."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted((data_dir / "logs").glob("labclient.log*")))


def labclient(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


def test_enrolment_sync_and_refused_logins_are_logged_without_any_secret(
        hub: Hub, logging_to: Path, test_keyring: Path, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "bundles", "tagging", 5)), "--lab", "Gulu")
    code = hub.admin("enroll-code", "--lab", "Gulu").strip()
    assert labclient(logging_to, "enroll", "--hub", hub.url, stdin=code + "\n").returncode == 0
    assert labclient(logging_to, "sync").returncode == 0
    refused = labclient(logging_to, "enroll", "--hub", hub.url, stdin=code + "\n")  # a code works once
    logs.start_logging(logging_to)
    with Workspace.open(logging_to) as ws:
        give_pins(ws, {"Amina Njeri": "worker"})
        with pytest.raises(WrongSecretError):
            login.login(ws.store, "Amina Njeri", WRONG_PIN)
        hashes = [h for (h,) in ws.store.read().execute("SELECT secret_hash FROM workers")]

    text = log_text(logging_to)
    assert refused.returncode == 1
    assert "labclient enroll" in text and "sync ok: 0 item(s) acknowledged" in text
    assert "labclient enroll refused: " in text and "wrong secret for user" in text
    tokens = list(json.loads(test_keyring.read_text(encoding="utf-8")).values())
    assert tokens and hashes
    for secret in (*tokens, *hashes, code, code.replace("-", ""), WRONG_PIN):
        assert secret not in text


def test_a_secret_in_an_error_message_is_scrubbed_before_it_reaches_the_disk(logging_to: Path) -> None:
    logs.start_logging(logging_to)
    token = "Zq3_" + "x" * 39
    try:
        raise RuntimeError(f"hub said no to Authorization: Bearer {token} with code K7QF-2MXD-9TZA")
    except RuntimeError:
        logs.log.exception("sending failed, token=%s", token)

    text = log_text(logging_to)
    assert "sending failed" in text and "RuntimeError" in text
    assert token not in text and "K7QF-2MXD-9TZA" not in text


def test_uncaught_errors_on_any_thread_are_logged_and_handed_to_the_dialog(logging_to: Path) -> None:
    logs.start_logging(logging_to)
    shown: list[str] = []
    logs.install_excepthooks(shown.append)

    def fails() -> None:
        raise ValueError("the media index is not what it was")

    worker = threading.Thread(target=fails, name="sync-worker")
    worker.start()
    worker.join()
    try:
        raise KeyError("task-42")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # what Python calls for an uncaught error

    assert len(shown) == 2
    assert shown[0].startswith("Error in thread sync-worker:") and "the media index is not what it" in shown[0]
    assert "KeyError: 'task-42'" in shown[1] and "Traceback" in shown[1]
    text = log_text(logging_to)
    assert text.count("uncaught error") == 2 and "fails" in text


def test_a_native_crash_is_in_the_log_at_the_next_start(logging_to: Path) -> None:
    crash = ("from pathlib import Path; import faulthandler; from labclient import logs; "
             f"logs.start_logging(Path({str(logging_to)!r})); faulthandler._sigsegv()")
    died = subprocess.run([sys.executable, "-c", crash], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=False)
    assert died.returncode != 0

    logs.start_logging(logging_to)

    text = log_text(logging_to)
    assert "the previous run stopped in native code" in text and "Segmentation fault" in text
    assert (logging_to / "logs" / logs.NATIVE_CRASH_FILE).read_text(encoding="utf-8") == "", "carried over once"


def test_the_log_stays_bounded(logging_to: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 20_000)
    logs.start_logging(logging_to)
    for n in range(2_000):
        logs.log.info("sync step %d of a long day on a bad line", n)

    files = list((logging_to / "logs").glob("labclient.log*"))
    assert len(files) == logs.BACKUPS + 1
    assert all(f.stat().st_size <= 20_000 for f in files)


def test_a_folder_that_cannot_be_written_runs_without_a_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    blocked = tmp_path / "station"
    blocked.mkdir()
    (blocked / "logs").write_text("not a folder", encoding="utf-8")

    assert logs.start_logging(blocked) is None
    assert "no log is kept" in capsys.readouterr().err
    assert not any(getattr(h, "_labclient", False) for h in logs.log.handlers)


def test_imports_are_logged_whoever_asked_for_them(logging_to: Path, tmp_path: Path) -> None:
    """The work screen imports through the same core call as the command line: both land in the log,
    the refusals with their reason."""
    logs.start_logging(logging_to)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip at all")
    with Workspace.open(logging_to) as ws:
        ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 3, batch_id="gulu-tags"))
        with pytest.raises(LabClientError):
            ws.import_bundle(broken)
    text = log_text(logging_to)
    assert "import of gulu-tags.zip: batch gulu-tags, 3 task(s) added" in text
    assert "import of broken.zip refused: " in text
