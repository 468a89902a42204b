"""Shared fixtures: real workspaces on real SQLite files in a temporary folder."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test writes to the developer's own keyring (PIN peppers, hub credentials): tests that need one
# select tests.keyring_backend.FileKeyring, in this process and for the processes they start.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from labclient.clock import SystemClock
from labclient.people.roles import Session
from labclient.workspace import Workspace
from labhub.clock import HubClock
from labhub.pg import drop_test_databases, redact
from labhub.process import fork_from_preloaded
from labhub.store import TEST_SERVER_ENV
from tests import clockguard
from tests.factory import make_bundle
from tests.logins import sign_in

# The helpers the test modules share (tests/helpers/) assert too: pytest rewrites their asserts as it
# does a test module's or a conftest's, so that a failing one shows the values it compared. This must
# come before any of them is imported (none is above).
pytest.register_assert_rewrite("tests.helpers")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--postgres", metavar="URL", default=os.environ.get("LABHUB_TEST_POSTGRES"),
                     help="a PostgreSQL server for the tests that need one, as the URL of its 'postgres' "
                          "database (default: $LABHUB_TEST_POSTGRES; scripts/test.sh starts one)")
    parser.addoption("--hub-engine", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the engine every hub the tests start runs on; postgresql gives each hub a fresh "
                          "database of its own on the --postgres server")


def postgres_server(config: pytest.Config) -> str | None:
    """The --postgres server's URL, or None."""
    server: str | None = config.getoption("--postgres")
    return server or None


def pytest_configure(config: pytest.Config) -> None:
    # The suite starts hundreds of hubs: each is forked from a server that imported the hub's code
    # once (labhub.process), a tenth of the time of a new interpreter. Still a process of its own.
    fork_from_preloaded()
    if config.getoption("--hub-engine") == "postgresql":
        server = postgres_server(config)
        if server is None:
            raise pytest.UsageError("--hub-engine postgresql needs a server: --postgres URL")
        os.environ[TEST_SERVER_ENV] = server  # read by every hub, in this process and in those it starts


#: The test files that take longest (measured), in that order. They start first, so that with
#: ``-n auto --dist loadfile`` no worker is left alone with one of them at the end of a pass.
LONGEST_FILES = ("tests/test_installer.py", "tests/test_crash.py", "tests/sync/test_usb_lab.py",
                 "tests/ui/test_every_screen.py", "tests/sync/test_relay.py", "tests/sync/test_faults.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    first = {name: rank for rank, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: first.get(item.nodeid.split("::")[0], len(first)))  # stable: in-file order kept
    if config.getoption("--hub-engine") == "postgresql":
        skip = pytest.mark.skip(reason="picks its hubs' engines itself: run in the SQLite pass")
        for item in items:
            if "engine_fixed" in item.keywords:
                item.add_marker(skip)


def pytest_report_header(config: pytest.Config) -> str:
    server = postgres_server(config)
    engine = config.getoption("--hub-engine")
    return f"hub engine: {engine}; PostgreSQL server: {redact(server) if server else 'none'}"


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> str:
    """The URL of the --postgres server's 'postgres' database (skips the test without one)."""
    server = postgres_server(request.config)
    if server is None:
        pytest.skip("needs a PostgreSQL server: --postgres URL (scripts/test.sh starts one)")
    return server


@pytest.fixture
def pg_database(pg_server: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    import uuid

    import psycopg

    name = f"e_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(autouse=True, scope="module")
def hub_databases_dropped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """On PostgreSQL: after each test module, drop the databases its hubs made (this test
    process's only: with pytest -n, the other workers' hubs are running)."""
    yield
    server = os.environ.get(TEST_SERVER_ENV)
    if server:
        drop_test_databases(server, tmp_path_factory.getbasetemp())


@pytest.fixture(autouse=True)
def english(request: pytest.FixtureRequest) -> None:
    """A test with a Qt window sees it speak English as the app sets it up (its plural forms:
    "1 record", "2 records"), whichever test changed the language before."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QLocale

    from labclient.ui.app_language import install_translations

    app = request.getfixturevalue("qapp")
    if QLocale().name() != "en_US" or not getattr(app, "_labclient_translators", None):
        install_translations(app, QLocale("en"))


@pytest.fixture(autouse=True)
def no_real_clock_in_a_fake_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While a test's fake clock exists, the real people clock and a hub clock that follows no
    offset file refuse to be read (see tests/clockguard.py)."""
    wall, mono, hub_now = SystemClock.wall, SystemClock.mono_ns, HubClock.now

    def guarded_wall(self: SystemClock) -> str:
        clockguard.refuse_real_clock("The people core's SystemClock")
        return wall(self)

    def guarded_mono(self: SystemClock) -> int:
        clockguard.refuse_real_clock("The people core's SystemClock")
        return mono(self)

    def guarded_hub_now(self: HubClock) -> dt.datetime:
        if self.offset_file is None:
            clockguard.refuse_real_clock("An in-process HubClock() that follows no offset file")
        return hub_now(self)

    monkeypatch.setattr(SystemClock, "wall", guarded_wall)
    monkeypatch.setattr(SystemClock, "mono_ns", guarded_mono)
    monkeypatch.setattr(HubClock, "now", guarded_hub_now)
    yield
    clockguard.leave_fake_world()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    return tmp_path / "data"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    """An open, empty workspace."""
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def worker(ws: Workspace) -> Session:
    """A worker in ``ws``."""
    return sign_in(ws, "Amina Njeri")


@pytest.fixture
def bundles(tmp_path: Path) -> dict[str, Path]:
    """One small valid bundle of each kind (audio and document transcription)."""
    folder = tmp_path / "bundles"
    return {
        "audio": make_bundle(folder, "transcription", 3, batch_id="t-audio"),
        "document": make_bundle(folder, "transcription", 3, batch_id="t-doc", source="image"),
        "tagging": make_bundle(folder, "tagging", 3),
        "data_entry": make_bundle(folder, "data_entry", 3),
        "translation": make_bundle(folder, "translation", 3),
        "boxes": make_bundle(folder, "tagging", 3, batch_id="t-boxes", mode="boxes"),
        "captioning": make_bundle(folder, "captioning", 3),
        "video": make_bundle(folder, "transcription", 3, batch_id="t-video", source="video"),
        "video_webm": make_bundle(folder, "transcription", 3, batch_id="t-webm", source="video", container="webm"),
        "captioning_video": make_bundle(folder, "captioning", 3, batch_id="t-cap-video", source="video"),
    }
