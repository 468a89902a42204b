"""``labhub migrate-to``: move a pilot's SQLite hub into PostgreSQL, every row as it was.

The copy is one PostgreSQL transaction: it creates the schema in an empty database, copies each
table (parents first) with ``COPY``, keeping every id, row order (``rowid``) and text byte for
byte, sets the identity counters past the copied ids, then reads both sides again and compares
each table's row count and an order-free digest of its rows. Any difference, or any error,
rolls the whole copy back: the target is left empty and the SQLite hub is never changed. The
media folder stays where it is: the PostgreSQL hub is served with the same ``--data-dir``.

Each side keeps its own ``schema_info`` (written by its migrations, not copied). A SQLite hub of
a newer LabHub's schema is refused, even one this LabHub may serve: the copy would leave out what
the newer LabHub added; that LabHub's ``migrate-to`` copies it whole. So is a target a newer
LabHub already migrated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from labhub.errors import Refused
from labhub.store import HubStore, pg_migrate

#: Rows sent to PostgreSQL per COPY buffer flush; also how many rows are held in memory at once.
BATCH_ROWS = 5000


@dataclass(frozen=True)
class TableCopied:
    """One table moved: its rows, and the digest both sides agreed on."""

    table: str
    rows: int
    digest: str


def _normal(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _digest(rows: Iterable[tuple[Any, ...]]) -> tuple[int, str]:
    """(count, an order-free digest): the sum of each row's SHA-256 prefix, modulo 2**64."""
    count, total = 0, 0
    for row in rows:
        count += 1
        text = repr(tuple(_normal(v) for v in row)).encode("utf-8")
        total = (total + int.from_bytes(hashlib.sha256(text).digest()[:8], "big")) % (1 << 64)
    return count, f"{total:016x}"


def copy_to_postgres(source: HubStore, url: str, progress: Callable[[TableCopied], None] | None = None
                     ) -> list[TableCopied]:
    """Copy the SQLite hub ``source`` into the empty PostgreSQL database at ``url``; returns each
    table's count and digest (see the module's text).

    Raises :class:`labhub.errors.Refused` when ``source`` is not SQLite, when it or the target is
    at a newer LabHub's schema, or the target already holds hub records, and when the copy does not
    read back the same (nothing is kept then).
    """
    from labhub import schema_pg
    from labhub.pg import connect_one, lock_for_write, redact
    from labhub.schema import SCHEMA_VERSION

    if source.engine != "sqlite":
        raise Refused("migrate-to copies a SQLite hub; this hub already runs on PostgreSQL.")
    version = source.schema_version()
    if version > SCHEMA_VERSION:
        raise Refused(f"The hub database {source.where} is at schema {version}, newer than this LabHub's "
                      f"{SCHEMA_VERSION}: this LabHub's copy would leave out what the newer one added. Run the "
                      "newer LabHub's 'labhub migrate-to'. Nothing was changed.")
    target = connect_one(url)
    done: list[TableCopied] = []
    try:
        target.execute("BEGIN")
        lock_for_write(target, None)
        pg_migrate(target)
        [(target_version,)] = target.execute("SELECT version FROM labhub_schema").fetchall()
        if target_version > SCHEMA_VERSION:
            raise Refused(f"The database {redact(url)} is at schema {target_version}, made by a newer LabHub than "
                          f"this one ({SCHEMA_VERSION}): copy into it with that LabHub's 'labhub migrate-to'. Nothing "
                          "was changed.")
        held = [t for t in schema_pg.TABLES if target.execute(f"SELECT count(*) FROM (SELECT 1 FROM {t} LIMIT 1) AS s"
                                                              ).fetchall() != [(0,)]]
        if held:
            raise Refused(f"The database {redact(url)} already holds hub records ({', '.join(held[:3])}…); "
                          "migrate-to copies into an empty database only. Nothing was changed.")
        with source.snapshot() as src:
            for table in schema_pg.TABLES:
                columns = [r[0] for r in target.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    " AND table_name = ? ORDER BY ordinal_position", (table,)).fetchall()]
                names = ", ".join(columns)
                with target.raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in src.execute(f"SELECT {names} FROM {table}"):
                        copy.write_row(row)
                if table == "users":  # its trigger wrote history rows for the copied users: the real ones follow
                    target.execute("DELETE FROM user_history")
                count, digest = _digest(src.execute(f"SELECT {names} FROM {table}"))
                there = _digest(target.execute(f"SELECT {names} FROM {table}"))
                if there != (count, digest):
                    raise Refused(f"Table {table} did not read back the same in PostgreSQL ({there[0]} of {count} "
                                  "rows, or other values); nothing was kept. Report this, with the hub's log.")
                done.append(TableCopied(table, count, digest))
                if progress is not None:
                    progress(done[-1])
        for table, column in target.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND is_identity = 'YES'").fetchall():
            target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                           f" (SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)")
        target.execute("COMMIT")
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise
    finally:
        target.raw.close()
    return done
