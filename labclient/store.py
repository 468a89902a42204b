"""The local SQLite store: opening, checking, migrating and writing safely.

One :class:`Store` wraps one connection to ``labclient.sqlite3`` in the data folder, in WAL mode
with ``synchronous=FULL``: a transaction that returned has reached the disk. A store is used from
the thread that opened it; a background job opens its own.

SQLite errors split in two. The ones a person can act on (disk full, read-only folder, file in
use, damaged file, newer schema) become :class:`labclient.errors.StoreError` subclasses with a
clear message; everything else is a bug and propagates as is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import Any

from labclient.errors import (
    DiskFullError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreBusyError,
    StoreCorruptError,
)
from labclient.schema import ADDITIVE, MIGRATIONS, SCHEMA_VERSION

DB_NAME = "labclient.sqlite3"

_FULL = {sqlite3.SQLITE_FULL}
_READONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _primary(code: int) -> int:
    return code & 0xFF


@contextmanager
def user_errors(folder: Path, path: Path) -> Iterator[None]:
    """Turn the SQLite errors a person can act on into :class:`StoreError` subclasses."""
    try:
        yield
    except sqlite3.Error as exc:
        code = _primary(getattr(exc, "sqlite_errorcode", 0) or 0)
        if code in _FULL:
            raise DiskFullError(folder=str(folder)) from exc
        if code in _READONLY:
            raise ReadOnlyError(folder=str(folder)) from exc
        if code in _BUSY:
            raise StoreBusyError(folder=str(folder)) from exc
        if code in _CORRUPT:
            raise StoreCorruptError(path=str(path), detail=str(exc)) from exc
        raise


class Store:
    """An open local database. Create with :meth:`Store.open`; close with :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.folder = path.parent
        self.conn = conn

    @cached_property
    def db(self) -> Any:
        """A ``sqlite_utils.Database`` over the same connection, for scripts, tools and tests.

        Imported on first use: sqlite-utils costs ~120 ms of start-up, which the app does not pay.
        Do not write through it inside :meth:`transaction` (it commits on its own).
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts keyed by column name."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @classmethod
    def open(cls, path: Path, *, check: bool = True) -> Store:
        """Open (creating if need be) the database at ``path`` and bring its schema up to date.

        Runs ``PRAGMA quick_check`` first when ``check`` is true. Raises
        :class:`StoreCorruptError` when the check fails, :class:`SchemaTooNewError` for a
        database from a newer program, and other :class:`StoreError` subclasses for a folder
        that cannot be written, a full disk, or a database held by another process. A database
        it refuses is left exactly as it was.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        with user_errors(path.parent, path):
            conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
            try:
                store = cls(path, conn)
                store._check_and_migrate(check)
            except BaseException:
                conn.close()
                raise
        return store

    def _check_and_migrate(self, check: bool) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self._refuse_unless_usable(version)
        if check:
            rows = _check_lines(c.execute("PRAGMA quick_check").fetchall())
            if rows != ["ok"]:
                more = f" and {len(rows) - 3} more problems" if len(rows) > 3 else ""
                raise StoreCorruptError(path=str(self.path), detail="; ".join(rows[:3]) + more)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA foreign_keys=ON")
        if version < SCHEMA_VERSION:
            with self.transaction():
                apply_migrations(c, MIGRATIONS, ADDITIVE, self._refuse_unless_usable)

    def _refuse_unless_usable(self, version: int) -> None:
        """:class:`SchemaTooNewError` unless the database, which a newer LabClient took to
        ``version``, says this one may use it."""
        if not _usable_by_this_program(self.conn):
            raise SchemaTooNewError(path=str(self.path), found=version, known=SCHEMA_VERSION)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); committed, and so on disk, on exit.

        Rolls back on any exception; errors a person can act on surface as StoreError.
        """
        with user_errors(self.folder, self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:  # SQLite may already have rolled back (disk full)
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def read(self) -> sqlite3.Connection:
        """The connection, for reads. Errors a person can act on are not mapped here."""
        return self.conn

    def integrity_check(self) -> list[str]:
        """Run the full ``PRAGMA integrity_check``; ``["ok"]`` means the file is sound."""
        return _check_lines(self.conn.execute("PRAGMA integrity_check").fetchall())

    def close(self) -> None:
        """Checkpoint the WAL and close. Safe to call twice."""
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.conn.close()

    def __enter__(self) -> Store:
        """``with Store.open(path) as store:`` closes it however the block ends."""
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _usable_by_this_program(c: sqlite3.Connection) -> bool:
    """Whether a database a newer program migrated says this one may use it (its changes since
    this program's schema only add: :mod:`labclient.schema`)."""
    try:
        row = c.execute("SELECT value FROM schema_info WHERE key = 'compatible_from'").fetchone()
    except sqlite3.DatabaseError:  # no such table: written before the rule, or damaged
        return False
    return row is not None and isinstance(row[0], int) and row[0] <= SCHEMA_VERSION


def _check_lines(rows: list[tuple[str]]) -> list[str]:
    """The problems an integrity or quick check reports, one per item (SQLite may put several
    in one row, separated by newlines)."""
    return [line for row in rows for line in str(row[0]).splitlines() if line]


def oldest_compatible(version: int, additive: frozenset[int]) -> int:
    """The oldest schema a program may know and still use a database at ``version``, when the
    migrations numbered in ``additive`` only add (a table, a column an older INSERT may leave
    out): every migration after it is one of them. The workstation's and the hub's rule alike."""
    while version > 0 and version in additive:
        version -= 1
    return version


def apply_migrations(c: Any, migrations: list[str], additive: frozenset[int],
                     newer: Callable[[int], None]) -> bool:
    """Inside the caller's write transaction on SQLite, the one way the workstation and the hub
    upgrade a database: apply the ``migrations`` past its ``user_version``, set it to
    ``len(migrations)`` and record in ``schema_info`` the oldest schema that may still use it
    (:func:`oldest_compatible` with ``additive``; not before the migration that makes the table).

    The version is read again here: another process may have migrated while this one waited for
    the lock. When a newer program took it past ``migrations``, nothing is changed (its version
    is never taken back) and ``newer(version)`` decides, raising when this program may not use
    it. True when this call migrated."""
    version = c.execute("PRAGMA user_version").fetchone()[0]
    if version > len(migrations):
        newer(version)
        return False
    for number in range(version, len(migrations)):
        for statement in split_statements(migrations[number]):
            c.execute(statement)
    c.execute(f"PRAGMA user_version={len(migrations)}")
    if c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_info'").fetchone():
        c.execute("INSERT INTO schema_info (key, value) VALUES ('compatible_from', ?) ON CONFLICT (key)"
                  " DO UPDATE SET value = excluded.value", (oldest_compatible(len(migrations), additive),))
    return True


def split_statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers stay whole).

    ``--`` comments are dropped first (migrations have no ``--`` inside string literals).
    ValueError for a script that ends in the middle of a statement.
    """
    out: list[str] = []
    pending = ""
    for line in script.splitlines():
        pending += line.split("--", 1)[0] + "\n"
        if sqlite3.complete_statement(pending):
            out.append(pending.strip().rstrip(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete statement in a migration: {pending.strip()[:60]!r}")
    return out
