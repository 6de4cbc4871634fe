"""Database-wide reports: record counts, the integrity checks, and rebuilding the search index.

``check`` is the full, on-demand check (``relationdesk check``, or the GUI in the
background): SQLite's integrity_check and foreign_key_check, the full-text indexes' own
integrity checks, and whether the search index holds exactly the live customers (a
customer missing from it cannot be found). It is idempotent and changes nothing.
``quick_check`` is the check start-up skips for large files, read-only, for the
background. Problems found only in the search index are repaired by
``rebuild_search_index``; anything else means restoring a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from relationdesk.services import search_index
from relationdesk.services.unit_of_work import Database
from relationdesk.storage.check import MAX_PROBLEMS, CheckCancelled, run_check

FTS_TABLES = ("customer_fts", "customer_grams")
_REBUILD_CHUNK = 20_000


@dataclass(frozen=True, slots=True)
class Stats:
    """How many live records there are (trashed ones, and those of trashed customers, not)."""

    customers: int
    interactions: int
    purchases: int
    reminders: int


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of the integrity checks; ``problems`` is empty when all is well."""

    problems: tuple[str, ...]
    index_only: bool = False  # every problem is in the search index: rebuild_search_index

    @property
    def healthy(self) -> bool:
        """True when every check passed."""
        return not self.problems


_COUNT_LIVE = """
SELECT (SELECT count(*) FROM {table} WHERE deleted_at IS NULL)
     - (SELECT count(*) FROM {table} x JOIN customers c ON c.id = x.customer_id
        WHERE x.deleted_at IS NULL AND c.deleted_at IS NOT NULL)
"""


class MaintenanceService:
    """Counts and checks over the whole database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def stats(self) -> Stats:
        """Count live customers, interactions, purchases and open or done reminders."""
        with self._db.read() as uow:
            conn = uow.connection
            customers = conn.exec_driver_sql(
                "SELECT count(*) FROM customers WHERE deleted_at IS NULL"
            ).scalar()
            counts = [
                conn.exec_driver_sql(_COUNT_LIVE.format(table=table)).scalar()
                for table in ("interactions", "purchases", "reminders")
            ]
        return Stats(int(customers or 0), *(int(c or 0) for c in counts))

    def check(self, cancel: Callable[[], bool] | None = None) -> CheckReport:
        """Run every check (see the module docstring); *cancel* polled by the long ones.

        Raises CheckCancelled when *cancel* returned True.
        """
        problems = run_check(self._db.path, "integrity_check", cancel)
        if problems:
            return CheckReport(tuple(f"integrity: {p}" for p in problems))
        index = self.search_index_problems()
        return CheckReport(tuple(index), index_only=bool(index))

    def quick_check(self, cancel: Callable[[], bool] | None = None) -> CheckReport:
        """SQLite's quick_check, read-only (for the background after a light start-up check)."""
        return CheckReport(tuple(run_check(self._db.path, "quick_check", cancel)))

    def search_index_problems(self) -> list[str]:
        """The search index's own checks, and whether it holds exactly the live customers."""
        problems: list[str] = []
        for table in FTS_TABLES:
            try:
                with self._db.write() as uow:  # FTS5 runs its check as a command
                    uow.connection.exec_driver_sql(
                        f"INSERT INTO {table} ({table}) VALUES ('integrity-check')"
                    )
            except DBAPIError as exc:
                problems.append(f"search index {table}: {exc.orig}")
        if problems:
            return problems
        try:
            with self._db.read() as uow:
                conn = uow.connection
                for table in FTS_TABLES:
                    missing = conn.exec_driver_sql(
                        "SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND NOT "
                        f"EXISTS (SELECT 1 FROM {table}_docsize d WHERE d.id = c.doc_id)"
                    ).scalar()
                    extra = conn.exec_driver_sql(
                        f"SELECT count(*) FROM {table}_docsize d WHERE NOT EXISTS (SELECT 1 "
                        "FROM customers c WHERE c.doc_id = d.id AND c.deleted_at IS NULL)"
                    ).scalar()
                    if missing:
                        problems.append(f"search index {table}: {missing} customers missing")
                    if extra:
                        problems.append(f"search index {table}: {extra} entries without a customer")
        except DBAPIError as exc:
            problems.append(f"search index: {exc.orig}")
        return problems[:MAX_PROBLEMS]

    def rebuild_search_index(self) -> int:
        """Build both search indexes again from the customers' documents; return how many.

        One transaction (a failure leaves the old index); ~1 minute at a million customers.
        """
        with self._db.write() as uow:
            conn = uow.connection
            for table in FTS_TABLES:
                conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            count = 0
            last = -1
            while True:
                rows = conn.exec_driver_sql(
                    "SELECT doc_id, search_text FROM customers WHERE deleted_at IS NULL "
                    "AND doc_id > ? ORDER BY doc_id LIMIT ?",
                    (last, _REBUILD_CHUNK),
                ).all()
                if not rows:
                    break
                search_index.add_documents(conn, [(r[0], r[1]) for r in rows])
                count += len(rows)
                last = rows[-1][0]
            uow.commit()
        return count


__all__ = ["CheckCancelled", "CheckReport", "MaintenanceService", "Stats"]
