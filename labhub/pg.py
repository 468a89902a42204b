"""PostgreSQL for the hub: what differs from SQLite, kept here (the store picks the engine).

The hub's SQL is written once, in the subset both engines read alike. Three things are
bridged here rather than in every query:

- **Placeholders.** Queries use ``?``; :func:`translate` turns them into psycopg's ``%s`` (and
  a literal ``%`` into ``%%``), once per distinct query text.
- **JSON.** Queries read JSON text columns with SQLite's ``json_extract(doc, '$.a.b')``. The
  PostgreSQL schema defines a function of that name returning text, with ``true``/``false``
  as ``1``/``0`` as SQLite gives them; a query that compares a number writes
  ``CAST(json_extract(...) AS INTEGER)``, which both engines read the same.
- **Types.** A Python ``bool`` is written as ``0``/``1`` (the schema keeps flags as integers,
  as SQLite does) and a ``numeric`` (what ``sum`` of integers gives) is read back as an
  ``int`` when whole, else a ``float``.

Writes are serialised per lab with advisory locks (see :class:`labhub.store.HubStore`); reads
run in a repeatable-read, read-only transaction: one consistent snapshot.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.adapt import Dumper, Loader
from psycopg_pool import ConnectionPool

#: The advisory lock every hub-wide write takes alone, and every lab's write takes shared.
HUB_LOCK = 0x4C616248  # "LabH"
#: The class (first of two keys) of the per-lab advisory locks; the second key is the lab's id.
LAB_LOCK_CLASS = 1
#: How long a write waits for its lab's lock (or a row lock) before the request answers 503.
LOCK_TIMEOUT = "10s"
#: Connections each hub process keeps to the database at most.
POOL_MAX = 16
#: How long a request waits for a free connection (or for the database to take a new one)
#: before it answers 503: a load balancer's health check must not hang on a lost database.
POOL_WAIT_S = 5.0

_URL_RE = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)


def is_postgres_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (``postgresql://`` or ``postgres://``)."""
    return bool(_URL_RE.match(url))


def redact(url: str) -> str:
    """``url`` with any password replaced by ``***`` (for messages and logs)."""
    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", url)


@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """The psycopg text of a hub query: ``?`` outside string literals becomes ``%s`` and every
    ``%`` becomes ``%%``."""
    out: list[str] = []
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
            out.append(ch)
        elif ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


class _BoolAsInt(Dumper):
    oid = psycopg.postgres.types["int4"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class _NumericAsNumber(Loader):
    def load(self, data: Any) -> int | float:
        text = bytes(data).decode("ascii")
        return int(text) if text.lstrip("-").isdigit() else float(text)


class PgCursor:
    """The part of a DB-API cursor the hub's code uses, over a psycopg cursor."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        """Rows the last statement changed."""
        return self._cursor.rowcount

    @property
    def description(self) -> list[tuple[str]] | None:
        """Column names, as ``description[i][0]``."""
        d = self._cursor.description
        return None if d is None else [(col.name,) for col in d]

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row, or None."""
        if self._cursor.description is None:
            return None
        row: tuple[Any, ...] | None = self._cursor.fetchone()
        return row

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The remaining rows."""
        if self._cursor.description is None:
            return []
        return list(self._cursor.fetchall())

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        if self._cursor.description is None:
            return iter(())
        return iter(self._cursor)

    def close(self) -> None:
        """Let the rows go."""
        self._cursor.close()


class PgConnection:
    """A psycopg connection (autocommit: transactions are begun explicitly) that takes the
    hub's SQL as :mod:`sqlite3` does: ``execute(sql, params)`` and ``executemany``."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        """Run one statement (several, with no parameters: a migration script)."""
        cursor = self.raw.cursor()
        if parameters:
            cursor.execute(translate(sql), tuple(parameters))
        else:
            cursor.execute(sql)
        return PgCursor(cursor)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any]], /) -> PgCursor:
        """Run one statement for each parameter row (pipelined: one round trip for many rows)."""
        cursor = self.raw.cursor()
        rows = [tuple(p) for p in seq_of_parameters]
        if rows:
            cursor.executemany(translate(sql), rows)
        return PgCursor(cursor)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on the connection."""
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInt)
    conn.adapters.register_loader("numeric", _NumericAsNumber)
    conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    conn.execute("SET TIME ZONE 'UTC'")


def connect_pool(url: str, max_size: int = POOL_MAX, timeout: float = POOL_WAIT_S) -> ConnectionPool[Any]:
    """A pool of connections to ``url``, the first one opened now (so a wrong URL, a refused
    password or a server that is down fails here, with psycopg's :class:`psycopg.OperationalError`)."""
    pool: ConnectionPool[Any] = ConnectionPool(url, min_size=1, max_size=max_size, timeout=timeout, open=False,
                                               kwargs={"autocommit": True, "connect_timeout": 10},
                                               configure=_configure, name="labhub")
    try:
        pool.open(wait=True, timeout=timeout)
    except Exception:
        pool.close()
        raise
    return pool


def connect_one(url: str) -> PgConnection:
    """One connection to ``url``, configured as the pool's are (for tools: migrate, check, copy)."""
    raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
    _configure(raw)
    return PgConnection(raw)


def lock_for_write(conn: PgConnection, lab: int | None) -> None:
    """Inside a just-begun transaction: take the hub-wide lock (``lab`` None) or this lab's.

    A lab's write takes the hub-wide lock shared, so lab writes run side by side, one per lab,
    while a hub-wide write (adding a batch, enrolling, changing users) runs alone.
    """
    conn.execute(_lock_sql(lab))


def begin_write(conn: PgConnection, lab: int | None) -> None:
    """Begin a write transaction and take its lock (:func:`lock_for_write`), in one round trip."""
    conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED; " + _lock_sql(lab))


def _lock_sql(lab: int | None) -> str:
    if lab is None:
        return f"SELECT pg_advisory_xact_lock({HUB_LOCK})"
    return f"SELECT pg_advisory_xact_lock_shared({HUB_LOCK}), pg_advisory_xact_lock({LAB_LOCK_CLASS}, {int(lab)})"


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says "try again" (a lock not had in time, a serialization failure, a
    deadlock, the server going away or the pool empty) rather than a bug or bad data."""
    from psycopg_pool import PoolTimeout

    if isinstance(exc, PoolTimeout | psycopg.errors.LockNotAvailable | psycopg.errors.SerializationFailure
                  | psycopg.errors.DeadlockDetected | psycopg.errors.QueryCanceled):
        return True
    return isinstance(exc, psycopg.OperationalError)


TEMPLATE_DB = "labhub_template"  # and the schema version: a kept test server never serves an older one


def test_database_for(server: str, data_dir: Path) -> str:
    """The URL of the database of ``data_dir`` on the test ``server``, made if missing from a
    migrated template (``labhub.store.TEST_SERVER_ENV``): every hub a test starts, in this
    process or another, is a fresh one."""
    import hashlib
    from urllib.parse import urlsplit, urlunsplit

    from labhub.schema import SCHEMA_VERSION

    name = "t_" + hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    template_db = f"{TEMPLATE_DB}_{SCHEMA_VERSION}"
    parts = urlsplit(server)
    url = urlunsplit(parts._replace(path="/" + name))
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute("SELECT pg_advisory_lock(%s)", (HUB_LOCK,))
        try:
            made = {r[0] for r in admin.execute("SELECT datname FROM pg_database WHERE datname IN (%s, %s)",
                                                (name, template_db))}
            if template_db not in made:
                admin.execute(f"CREATE DATABASE {template_db}")
                from labhub.store import pg_migrate

                template = connect_one(urlunsplit(parts._replace(path="/" + template_db)))
                try:
                    template.execute("BEGIN")
                    pg_migrate(template)
                    template.execute("COMMIT")
                finally:
                    template.raw.close()
            if name not in made:
                admin.execute(f"CREATE DATABASE {name} TEMPLATE {template_db}")
                # whose it is, for drop_test_databases (test runs side by side share the server)
                admin.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(name),
                                                                             sql.Literal(str(data_dir.resolve()))))
        finally:
            admin.execute("SELECT pg_advisory_unlock(%s)", (HUB_LOCK,))
    return url


def drop_test_databases(server: str, under: Path | None = None) -> int:
    """Drop every database :func:`test_database_for` made on ``server`` (for data folders inside
    ``under`` only, when given: another test process's hubs keep theirs); their connections are
    ended. Returns how many."""
    with psycopg.connect(server, autocommit=True) as admin:
        rows = admin.execute("SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database"
                             " WHERE datname LIKE 't\\_%'").fetchall()
        inside = None if under is None else str(under.resolve())
        names = [name for name, folder in rows
                 if inside is None or (folder is not None and Path(folder).is_relative_to(inside))]
        for name in names:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return len(names)
