"""Database-wide reports: record counts and the integrity check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from relationdesk.services.unit_of_work import Database


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

    def check(self) -> CheckReport:
        """Run SQLite's integrity and foreign-key checks and the search indexes' own check."""
        problems: list[str] = []
        try:
            with self._db.read() as uow:
                conn = uow.connection
                for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                    if line != "ok":
                        problems.append(f"integrity: {line}")
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                    problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")
        except DBAPIError as exc:  # damage bad enough that the check itself cannot finish
            problems.append(f"integrity: {exc.orig}")
        if problems:
            return CheckReport(tuple(problems))
        for table in ("customer_fts", "customer_grams"):
            try:
                with self._db.write() as uow:
                    uow.connection.exec_driver_sql(
                        f"INSERT INTO {table} ({table}) VALUES ('integrity-check')"
                    )
            except DBAPIError as exc:
                problems.append(f"search index {table}: {exc.orig}")
        return CheckReport(tuple(problems))
