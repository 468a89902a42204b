"""The hub's store: one interface over two engines, SQLite and PostgreSQL.

**SQLite** (the default: the demo, a pilot, tests that need nothing else) keeps
``labhub.sqlite3`` in the data folder, in WAL mode with ``synchronous=FULL`` and foreign keys
on: a transaction that returned is on disk. One connection serves the process's threads in
turn (a lock), and a write is ``BEGIN IMMEDIATE … COMMIT``, so writes never interleave. Other
processes (the ``labhub`` commands) wait for each other through SQLite's busy timeout.

**PostgreSQL** (an organisation: several hub processes on one database) is chosen with a
``postgresql://`` URL, given to :meth:`HubStore.open` or in the ``LABHUB_DATABASE`` environment
variable. Each process keeps a pool of connections (:mod:`labhub.pg`). A write transaction
runs at READ COMMITTED and first takes an advisory lock: its lab's (``transaction(lab=…)``,
what pushes and pulls do) or the hub-wide one (everything else: adding batches, enrolling,
changing users). So a lab's writes follow one another exactly as on SQLite, whichever process
receives them, while different labs write side by side; uniqueness that crosses labs (media,
lab names, enrolment codes, tokens) is kept by unique keys with ``ON CONFLICT``. A read
(:meth:`HubStore.snapshot`, :meth:`HubStore.query`) is one REPEATABLE READ, READ ONLY
transaction: one consistent state. Nothing that matters is kept in a process's memory.

On both engines a lock not had in time, a lost connection or an exhausted pool becomes
:class:`labhub.errors.Busy` (``503``, try again). The media stay files in the data folder
(``media/``), shared by the processes.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from labclient.store import apply_migrations
from labhub import schema
from labhub.errors import Busy, HubError
from labhub.schema import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "labhub.sqlite3"
DATABASE_ENV = "LABHUB_DATABASE"
#: Tests only: a PostgreSQL server on which a hub whose database is not given gets one of its
#: own, named after its data folder (:func:`labhub.pg.test_database_for`).
TEST_SERVER_ENV = "LABHUB_TEST_PG_SERVER"
BUSY_TIMEOUT_S = 10.0
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class Cursor(Protocol):
    """What the hub reads from an executed statement (a :mod:`sqlite3` or wrapped psycopg cursor)."""

    @property
    def rowcount(self) -> int: ...
    @property
    def description(self) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...
    def close(self) -> None: ...


class Conn(Protocol):
    """The connection a transaction hands out: ``execute`` with ``?`` placeholders, and
    ``executemany``. Both engines take the same SQL (see :mod:`labhub.pg`)."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...
    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Cursor: ...


class SchemaTooNew(HubError):
    """The database was written by a newer LabHub; it is left untouched."""


class SchemaBroken(HubError):
    """Upgrading the database would break its references; it is left as it was."""


class SchemaBehind(HubError):
    """A PostgreSQL database not yet migrated to this LabHub's schema (``labhub migrate`` does it)."""


class DatabaseUnreachable(HubError):
    """The PostgreSQL server could not be reached or refused the connection."""


def database_from_env(given: str | None = None) -> str | None:
    """The database a command works on: ``given`` (``--database``), else ``LABHUB_DATABASE``,
    else None (SQLite in the data folder)."""
    return given or os.environ.get(DATABASE_ENV) or None


@contextmanager
def _busy_is_503() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _BUSY:
            raise Busy("The hub's database is busy; try again shortly.") from exc
        raise


@contextmanager
def _pg_busy_is_503() -> Iterator[None]:
    from labhub.pg import is_busy

    try:
        yield
    except Exception as exc:
        if is_busy(exc):
            raise Busy("The hub's database is busy or out of reach; try again shortly.") from exc
        raise


class HubStore:
    """An open hub database. Create with :meth:`open`; :meth:`close` when done.

    ``engine`` is ``"sqlite"`` or ``"postgresql"``; ``data_dir`` the folder of the media (and,
    on SQLite, of the database file ``path``).
    """

    def __init__(self, data_dir: Path, conn: sqlite3.Connection | None = None, pool: Any = None,
                 url: str | None = None) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.url = url
        self.engine = "sqlite" if pool is None else "postgresql"
        self._conn = conn
        self._pool = pool
        self._lock = threading.RLock()

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection (SQLite only: tools and tests that look at the file itself)."""
        if self._conn is None:
            raise TypeError("this hub store runs on PostgreSQL; use transaction(), snapshot() or query()")
        return self._conn

    @property
    def where(self) -> str:
        """Where the data is, for messages: the file, or the database URL without its password."""
        if self.url is None:
            return str(self.path)
        from labhub.pg import redact

        return redact(self.url)

    @classmethod
    def open(cls, data_dir: Path, database: str | None = None, *, migrate: bool | None = None) -> HubStore:
        """Open the hub whose media are in ``data_dir``.

        ``database`` (else ``LABHUB_DATABASE``) is a ``postgresql://`` URL, or None for
        ``data_dir/labhub.sqlite3`` (created if need be). ``migrate``: bring the schema up to
        date first; by default SQLite does (a pilot upgrades by installing the new LabHub) and
        PostgreSQL does not: several processes share it, so an upgrade is a step of its own
        (``labhub migrate``) and an older schema raises :class:`SchemaBehind`. ``False``: neither
        upgrade nor refuse (``labhub migrate`` and ``check`` look first). Raises :class:`SchemaTooNew` for a
        database from a newer LabHub (left as it was), :class:`labhub.errors.Busy` when another
        process holds it past the timeout, :class:`DatabaseUnreachable` for a PostgreSQL server
        that cannot be reached, and ``OSError``/``sqlite3.Error`` when the folder cannot be used.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        url = database_from_env(database)
        test_server = os.environ.get(TEST_SERVER_ENV)
        if url is None and test_server:
            from labhub.pg import test_database_for

            url = test_database_for(test_server, data_dir)
        if url is not None:
            return cls._open_postgres(data_dir, url, migrate=migrate)
        path = data_dir / DB_NAME
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            store = cls(data_dir, conn)
            with _busy_is_503():
                store._migrate_sqlite(apply=migrate is not False)
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _open_postgres(cls, data_dir: Path, url: str, *, migrate: bool | None) -> HubStore:
        from labhub.pg import connect_pool, is_postgres_url, redact

        if not is_postgres_url(url):
            raise DatabaseUnreachable(f"{redact(url)!r} is not a database this hub can use: give a "
                                      "postgresql://user@host:port/name URL, or none for SQLite in the data folder.")
        try:
            pool = connect_pool(url)
        except Exception as exc:
            said = str(exc).strip().splitlines()
            raise DatabaseUnreachable(f"The hub cannot reach its database {redact(url)}: "
                                      f"{said[0] if said else type(exc).__name__}. Check that PostgreSQL is "
                                      "running and that the URL, user and password are right.") from exc
        store = cls(data_dir, pool=pool, url=url)
        try:
            store._migrate_postgres(apply=migrate)
        except BaseException:
            pool.close()
            raise
        return store

    def schema_version(self) -> int:
        """The number of migrations the database holds."""
        if self.engine == "sqlite":
            with self._lock:
                return int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        with self._pg() as c:
            return _pg_version(c)

    def migrate(self) -> list[int]:
        """Bring the schema up to :data:`SCHEMA_VERSION`; the versions reached, one per step."""
        before = self.schema_version()
        if self.engine == "sqlite":
            self._migrate_sqlite(apply=True)
            return list(range(before + 1, self.schema_version() + 1))
        with self.transaction() as c:
            return pg_migrate(c)

    def _migrate_sqlite(self, *, apply: bool) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            _refuse_unless_usable(self.where, version, _compatible_from(c, self.engine))
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        if version < SCHEMA_VERSION and apply:
            # A migration may rebuild a table others refer to, which SQLite allows only with foreign
            # keys off (and that can be switched only outside a transaction): every reference is
            # checked once the migrations ran instead, before the commit.
            c.execute("PRAGMA foreign_keys=OFF")
            with self.transaction() as tx:
                if apply_migrations(tx, MIGRATIONS, schema.ADDITIVE,
                                    lambda newer: _refuse_unless_usable(self.where, newer,
                                                                        _compatible_from(tx, self.engine))):
                    broken = tx.execute("PRAGMA foreign_key_check").fetchone()
                    if broken is not None:
                        raise SchemaBroken(f"Upgrading the hub database {self.path} would leave rows of "
                                           f"{broken[0]!r} that refer to missing rows of {broken[2]!r}; nothing was "
                                           "changed. Restore the database from a backup, or keep the LabHub it "
                                           "works with.")
        c.execute("PRAGMA foreign_keys=ON")

    def _migrate_postgres(self, *, apply: bool | None) -> None:
        with self._pg() as c:
            version = _pg_version(c)
            floor = _compatible_from(c, self.engine) if version > SCHEMA_VERSION else None
        if version > SCHEMA_VERSION:
            _refuse_unless_usable(self.where, version, floor)
        if version < SCHEMA_VERSION and apply:
            with self.transaction() as c:
                pg_migrate(c)
        elif version < SCHEMA_VERSION and apply is None:
            raise SchemaBehind(f"The hub database {self.where} is at schema {version}; this LabHub needs "
                               f"{SCHEMA_VERSION}. Run 'labhub migrate' once (see 'labhub migrate --dry-run' "
                               "and docs/deploy.md), then start the hub processes.")

    @contextmanager
    def _pg(self) -> Iterator[Any]:
        from labhub.pg import PgConnection

        with _pg_busy_is_503(), self._pool.connection() as raw:
            yield PgConnection(raw)

    @contextmanager
    def transaction(self, lab: int | None = None) -> Iterator[Conn]:
        """One write transaction, committed (and so on disk) on exit; rolled back on any exception.

        ``lab``: the id of the one lab whose rows it changes (pushes, pulls); None for a hub-wide
        write. On SQLite every write runs alone anyway; on PostgreSQL a lab's writes run one at a
        time and hub-wide writes alone (advisory locks, see the module's text).
        """
        if self.engine == "sqlite":
            with self._lock, _busy_is_503():
                conn = self.conn
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            return
        from labhub.pg import begin_write

        with self._pg() as pg:
            try:
                begin_write(pg, lab)
                yield pg
            except BaseException:
                if pg.in_transaction:
                    with suppress(Exception):
                        pg.execute("ROLLBACK")
                raise
            pg.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[Conn]:
        """A read transaction: every query inside sees one consistent state of the database,
        and writers are not held up meanwhile. Never write inside it."""
        if self.engine == "sqlite":
            with self._lock, _busy_is_503():
                conn = self.conn
                conn.execute("BEGIN")
                try:
                    yield conn
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
            return
        with self._pg() as pg:
            pg.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield pg
            finally:
                if pg.in_transaction:
                    with suppress(Exception):
                        pg.execute("ROLLBACK")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of one read query as dicts keyed by column name (one statement sees one
        consistent state: on PostgreSQL it runs on its own, without a transaction around it)."""
        with self.snapshot() if self.engine == "sqlite" else self._pg() as c:
            cursor = c.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row of a read query, or None."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        """Checkpoint the WAL (SQLite) or close the pool (PostgreSQL). Safe to call twice."""
        if self._pool is not None:
            self._pool.close()
            return
        with self._lock:
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self.conn.close()

    def __enter__(self) -> HubStore:
        """``with HubStore.open(folder) as store:`` closes it however the block ends."""
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: Parameters per statement in :func:`insert_rows` (SQLite takes 32,766 since 3.32, PostgreSQL 65,535).
MAX_PARAMS = 30_000


def insert_rows(c: Conn, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
    """``head`` (``INSERT INTO t (a, b) VALUES``) with one ``(?, ?)`` per row, then ``tail``
    (e.g. ``ON CONFLICT DO NOTHING``): as few statements as the parameter limit allows. On
    PostgreSQL one multi-row statement is far cheaper than one statement per row."""
    if not rows:
        return
    width = len(rows[0])
    per = max(1, MAX_PARAMS // width)
    mark = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), per):
        part = rows[start:start + per]
        c.execute(f"{head} {', '.join([mark] * len(part))} {tail}".rstrip(), [v for row in part for v in row])


def _pg_version(c: Any) -> int:
    row = c.execute("SELECT to_regclass('labhub_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    return int(c.execute("SELECT version FROM labhub_schema").fetchone()[0])


def _pg_where(c: Any) -> str:
    """The database a PostgreSQL connection is on, for messages (no password)."""
    info = c.raw.info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


def _compatible_from(c: Any, engine: str) -> int | None:
    """The oldest schema the database says may still use it, or None when it does not say (a
    database from before the rule)."""
    known = ("SELECT to_regclass('schema_info') IS NOT NULL" if engine == "postgresql" else
             "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_info')")
    if not c.execute(known).fetchone()[0]:
        return None
    row = c.execute("SELECT value FROM schema_info WHERE key = 'compatible_from'").fetchone()
    return row[0] if row is not None and isinstance(row[0], int) else None


def _record_compatible_from(c: Any) -> None:
    """Inside a migration's transaction: write the oldest schema that may use this one."""
    from labhub.schema import SCHEMA_INFO_FROM, compatible_from

    if SCHEMA_VERSION < SCHEMA_INFO_FROM:  # a hub from before the record (the upgrade tests make one)
        return

    c.execute("INSERT INTO schema_info (key, value) VALUES ('compatible_from', ?) ON CONFLICT (key)"
              " DO UPDATE SET value = excluded.value", (compatible_from(SCHEMA_VERSION),))


def newer_but_usable(version: int) -> str:
    """What ``labhub migrate`` and ``labhub check`` say of a database at ``version``, newer than
    this LabHub, that the store opened: so every change since only added (:func:`_refuse_unless_usable`)."""
    return (f"at schema {version}, newer than this LabHub's {SCHEMA_VERSION}; its changes since only add "
            "(tables, columns, indexes), so this LabHub may use it as it is")


def _refuse_unless_usable(where: str, version: int, floor: int | None) -> None:
    """:class:`SchemaTooNew` unless a database at ``version`` (from a newer LabHub) says this
    program may use it: every change it does not know only added."""
    if floor is not None and floor <= SCHEMA_VERSION:
        return
    why = (f"it needs a LabHub of schema {floor} or newer" if floor is not None
           else "it does not say whether an older LabHub may use it")
    raise SchemaTooNew(f"The hub database {where} was written by a newer LabHub (schema {version}; this program "
                       f"knows up to {SCHEMA_VERSION}, and {why}). Install the newer LabHub.")


def pg_migrate(c: Any) -> list[int]:
    """Inside a hub-wide write transaction on PostgreSQL: bring the schema to
    :data:`SCHEMA_VERSION` (the baseline on an empty database, then each later migration);
    returns the versions reached, one per step (empty when already up to date)."""
    from labhub import schema_pg

    version = _pg_version(c)  # read under the lock: another process may have migrated meanwhile
    if version > SCHEMA_VERSION:  # a newer LabHub did: nothing to do here, if this one may use it
        _refuse_unless_usable(_pg_where(c), version, _compatible_from(c, "postgresql"))
    steps: list[int] = []
    if version == 0:
        c.execute(schema_pg.BASELINE)
        c.execute("CREATE TABLE labhub_schema (version INTEGER NOT NULL)")
        c.execute("INSERT INTO labhub_schema (version) VALUES (?)", (schema_pg.BASELINE_VERSION,))
        version = schema_pg.BASELINE_VERSION
        steps.append(version)
    for script in schema_pg.MIGRATIONS[version - schema_pg.BASELINE_VERSION:]:
        c.execute(script)
        version += 1
        c.execute("UPDATE labhub_schema SET version = ?", (version,))
        steps.append(version)
    if steps:
        _record_compatible_from(c)
    return steps
