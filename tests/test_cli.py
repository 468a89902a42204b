"""The ``labclient`` command line, run as a real process the way a lab admin runs it.

Each test starts ``python -m labclient.cli`` with ``--data-dir`` in a temporary folder and checks
the exit code and what is printed. HOME and the XDG folders point into the temporary folder too,
so a command that ignored ``--data-dir`` could not touch a real data folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.factory import make_bundle
from tests.helpers.cli import labclient


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A private home folder for the process."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def status(home: Path, data_dir: Path) -> dict[str, object]:
    """``labclient status --json`` for ``data_dir``, parsed."""
    proc = labclient(home, "--data-dir", data_dir, "status", "--json")
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert isinstance(info, dict)
    return info


def test_import_batch_prints_what_it_imported(home: Path, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 3)
    data_dir = tmp_path / "data"

    proc = labclient(home, "import-batch", bundle, "--data-dir", data_dir)

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Imported batch test-tagging (Test tagging): 3 tasks, 3 new media files."
    assert proc.stderr == ""
    assert not (home / "share").exists(), "the default data folder must not be touched"


def test_importing_again_says_nothing_changed(home: Path, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "data_entry", 3)
    data_dir = tmp_path / "data"
    assert labclient(home, "--data-dir", data_dir, "import-batch", bundle).returncode == 0

    proc = labclient(home, "--data-dir", data_dir, "import-batch", bundle)

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Batch test-data_entry is already in the task cache; nothing changed."


def test_bad_bundle_exits_1_with_the_problem_and_no_traceback(home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    good = make_bundle(tmp_path / "bundles", "tagging", 3)
    assert labclient(home, "--data-dir", data_dir, "import-batch", good).returncode == 0
    bad = tmp_path / "holiday-photos.zip"
    bad.write_bytes(b"this is not a zip file at all\n")

    proc = labclient(home, "--data-dir", data_dir, "import-batch", bad)

    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith("labclient: The batch was refused: holiday-photos.zip is not a batch bundle")
    assert "Nothing in the task cache changed." in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert status(home, data_dir)["tasks"] == {"new": 3, "done": 0, "skipped": 0, "flagged": 0}


def test_missing_bundle_exits_1_naming_the_file(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-batch.zip"

    proc = labclient(home, "--data-dir", tmp_path / "data", "import-batch", missing)

    assert proc.returncode == 1
    assert f"there is no file {missing}" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_status_json_reports_task_counts_and_batches(home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    for kind, n in (("tagging", 3), ("data_entry", 2)):
        proc = labclient(home, "--data-dir", data_dir, "import-batch", make_bundle(tmp_path / "bundles", kind, n))
        assert proc.returncode == 0, proc.stderr

    info = status(home, data_dir)

    assert info["data_dir"] == str(data_dir)
    assert info["tasks"] == {"new": 5, "done": 0, "skipped": 0, "flagged": 0}
    assert info["outbox"] == 0
    batches = info["batches"]
    assert isinstance(batches, list)
    assert sorted((b["batch_id"], b["task_count"], b["remaining"]) for b in batches) == [
        ("test-data_entry", 2, 2), ("test-tagging", 3, 3)]


def test_status_text_is_readable(home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    labclient(home, "--data-dir", data_dir, "import-batch", make_bundle(tmp_path / "bundles", "tagging", 3))

    proc = labclient(home, "status", "--data-dir", data_dir)

    assert proc.returncode == 0, proc.stderr
    assert f"Data folder: {data_dir}" in proc.stdout
    assert "Tasks: 3 new, 0 done, 0 skipped, 0 flagged" in proc.stdout
    assert "test-tagging: Test tagging (3 of 3 left)" in proc.stdout


@pytest.mark.parametrize("command", ["status", "check"])
def test_a_mistyped_data_folder_is_said_and_nothing_is_made(home: Path, tmp_path: Path, command: str) -> None:
    wrong = tmp_path / "no-such-folder"
    proc = labclient(home, command, "--data-dir", wrong)
    assert proc.returncode == 1
    assert f"there is no LabClient data in {wrong}" in proc.stderr and "Traceback" not in proc.stderr
    assert not wrong.exists(), "no empty database in a folder nobody meant"


def test_check_says_the_database_is_sound(home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    labclient(home, "--data-dir", data_dir, "import-batch", make_bundle(tmp_path / "bundles", "tagging", 3))

    proc = labclient(home, "--data-dir", data_dir, "check")

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "The local database is sound."


def test_check_refuses_a_file_that_is_not_a_database(home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "labclient.sqlite3"
    db.write_bytes(b"\x00garbage" * 1000)

    proc = labclient(home, "--data-dir", data_dir, "check")

    assert proc.returncode == 1
    assert f"The local database {db} is damaged (file is not a database)" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert db.read_bytes() == b"\x00garbage" * 1000


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_works_before_and_after_the_command(home: Path, tmp_path: Path, where: str) -> None:
    data_dir = tmp_path / f"data-{where}"
    bundle = make_bundle(tmp_path / "bundles", "tagging", 3)
    flag = ["--data-dir", str(data_dir)]
    command = ["import-batch", str(bundle)]

    proc = labclient(home, *(flag + command if where == "before" else command + flag))

    assert proc.returncode == 0, proc.stderr
    assert (data_dir / "labclient.sqlite3").is_file()
    assert not (home / "share").exists(), "the default data folder must not be touched"
    assert status(home, data_dir)["tasks"] == {"new": 3, "done": 0, "skipped": 0, "flagged": 0}
