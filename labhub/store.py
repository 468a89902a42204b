"""The hub's SQLite store: opening, migrating and writing safely.

One :class:`HubStore` wraps one connection to ``labhub.sqlite3`` in the data folder, in WAL mode
with ``synchronous=FULL`` and foreign keys on: a transaction that returned is on disk. The
connection may be used from several threads (the web server's worker threads); a lock lets one
thread at a time use it, and :meth:`HubStore.transaction` is ``BEGIN IMMEDIATE … COMMIT``, so a
write never interleaves with another. Other processes (the ``labhub`` commands) open their own
store; SQLite's busy timeout makes them wait for each other, and a lock still held after the
timeout becomes :class:`labhub.errors.Busy` (``503``, try again).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from labclient.store import apply_migrations
from labhub.errors import Busy, HubError
from labhub.schema import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "labhub.sqlite3"
BUSY_TIMEOUT_S = 10.0
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class SchemaTooNew(HubError):
    """The database was written by a newer LabHub; it is left untouched."""


class SchemaBroken(HubError):
    """Upgrading the database would break its references; it is left as it was."""


@contextmanager
def _busy_is_503() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _BUSY:
            raise Busy("The hub's database is busy; try again shortly.") from exc
        raise


class HubStore:
    """An open hub database. Create with :meth:`HubStore.open`; :meth:`close` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.data_dir = path.parent
        self.conn = conn
        self._lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: Path) -> HubStore:
        """Open (creating if need be) ``data_dir/labhub.sqlite3`` and bring its schema up to date.

        Raises :class:`SchemaTooNew` for a database from a newer LabHub (left as it was),
        :class:`labhub.errors.Busy` when another process holds it past the busy timeout, and
        ``OSError``/``sqlite3.Error`` when the folder cannot be used.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DB_NAME
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            store = cls(path, conn)
            with _busy_is_503():
                store._migrate()
        except BaseException:
            conn.close()
            raise
        return store

    def _migrate(self) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(f"The hub database {self.path} was written by a newer LabHub (schema {version}; "
                               f"this program knows up to {SCHEMA_VERSION}). Install the newer LabHub.")
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        if version < SCHEMA_VERSION:
            # A migration may rebuild a table others refer to, which SQLite allows only with foreign
            # keys off (and that can be switched only outside a transaction): every reference is
            # checked once the migrations ran instead, before the commit.
            c.execute("PRAGMA foreign_keys=OFF")
            with self.transaction():
                apply_migrations(c, MIGRATIONS)  # re-reads the version: another process may have migrated
                broken = c.execute("PRAGMA foreign_key_check").fetchone()
                if broken is not None:
                    raise SchemaBroken(f"Upgrading the hub database {self.path} would leave rows of {broken[0]!r} "
                                       f"that refer to missing rows of {broken[2]!r}; nothing was changed. Restore "
                                       "the database from a backup, or keep the LabHub it works with.")
        c.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``), committed, and so on disk, on exit.

        Rolls back on any exception. Only the calling thread uses the connection meanwhile.
        """
        with self._lock, _busy_is_503():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees one consistent state of the database,
        and (WAL) writers are not held up meanwhile. Never write inside it."""
        with self._lock, _busy_is_503():
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts keyed by column name (one consistent snapshot)."""
        with self._lock, _busy_is_503():
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row of a read query, or None."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        """Checkpoint the WAL and close. Safe to call twice."""
        with self._lock:
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self.conn.close()
