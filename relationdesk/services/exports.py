"""Exporting customers to a file: every customer, a search result, or a chosen few.

Customers are read in pages (keyset paging, never OFFSET) and streamed to the writer, so
a million of them never sit in memory at once. The whole export reads inside one read
transaction: the file is a consistent picture of one moment even while the user keeps
editing (SQLite's WAL lets writers go on meanwhile). The file is written under a
temporary name in the destination folder and renamed over the destination only when
complete, so a cancelled or failed export leaves no half-written file, and an older file
of the same name stays as it was until the new one replaces it in one step. Like the data
folder, the file is readable by its owner only (it holds personal data).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection

from relationdesk.exporting.columns import Layout
from relationdesk.exporting.formats import ExportFormat, write
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.normalize.phones import DEFAULT_REGION, PhoneDisplay
from relationdesk.services.customer_data import CustomerDetail
from relationdesk.services.customer_details import load_details
from relationdesk.services.errors import ExportCancelled
from relationdesk.services.search import match_page, prepare_query
from relationdesk.services.unit_of_work import Database

PAGE_SIZE = 500

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class AllCustomers:
    """Every customer not in the trash, in 五十音 order of reading."""


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The customers a search for ``query`` finds (all of them), in 五十音 order."""

    query: str


@dataclass(frozen=True, slots=True)
class Selection:
    """Chosen customers, in the order given; ids in the trash or unknown are left out."""

    ids: tuple[uuid.UUID, ...]


ExportScope = AllCustomers | SearchResults | Selection

_LAYOUT = """
SELECT kind, max(n) FROM (
  SELECT customer_id, kind, count(*) AS n FROM contact_points GROUP BY customer_id, kind
) GROUP BY kind
"""


class ExportService:
    """Writes customers to CSV, Excel or vCard files (see the module documentation)."""

    def __init__(
        self, db: Database, region: str = DEFAULT_REGION, page_size: int = PAGE_SIZE
    ) -> None:
        self._db = db
        self._phones = PhoneDisplay(region)
        self.page_size = page_size

    def export(
        self,
        destination: Path,
        fmt: ExportFormat,
        scope: ExportScope | None = None,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportReport:
        """Write the customers of *scope* (default: all) to *destination* in *fmt*.

        ``options.layout`` is replaced by one with room for every customer's phones,
        e-mails and addresses. *progress* is called with (customers written, total) after
        each page, *cancelled* asked before each page and before the file is put in place;
        when it says yes, ExportCancelled is raised. On any error, and on cancelling,
        nothing is left at *destination* (an older file there stays untouched).
        Raises OSError when the folder cannot be written, and the writer's errors
        (UnencodableText under the strict CP932 policy).
        """
        scope = scope if scope is not None else AllCustomers()
        destination = Path(destination)
        with self._db.read() as uow:
            conn = uow.connection
            options = replace(options or ExportOptions(), layout=_layout(conn))
            total = self._count(conn, scope)
            customers = self._customers(conn, scope, total, progress, cancelled)
            return _write_in_place(
                destination, lambda out: write(fmt, customers, out, options), cancelled
            )

    # -- reading -----------------------------------------------------------------------

    def _customers(
        self,
        conn: Connection,
        scope: ExportScope,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> Iterator[CustomerDetail]:
        done = 0
        if progress is not None:
            progress(done, total)
        for ids in self._id_pages(conn, scope):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            details = load_details(conn, ids, self._phones)
            yield from details
            done += len(details)
            if progress is not None:
                progress(done, total)

    def _id_pages(self, conn: Connection, scope: ExportScope) -> Iterator[list[uuid.UUID]]:
        if isinstance(scope, Selection):
            ids = list(dict.fromkeys(scope.ids))
            for start in range(0, len(ids), self.page_size):
                yield ids[start : start + self.page_size]
        elif isinstance(scope, SearchResults):
            query = prepare_query(scope.query)
            after: int | None = -1
            while query is not None and after is not None:
                found, after = match_page(conn, query, after, self.page_size)
                if found:
                    yield found
        else:
            yield from self._reading_order(conn)

    def _reading_order(self, conn: Connection) -> Iterator[list[uuid.UUID]]:
        """Pages of live customers' ids in 五十音 order (keyset on the sort index)."""
        sql = "SELECT id, sort_key FROM customers WHERE deleted_at IS NULL {after} "
        sql += "ORDER BY sort_key, id LIMIT ?"
        rows = conn.exec_driver_sql(sql.format(after=""), (self.page_size,)).all()
        while rows:
            yield [uuid.UUID(bytes=bytes(r[0])) for r in rows]
            if len(rows) < self.page_size:
                return
            last = rows[-1]
            rows = conn.exec_driver_sql(
                sql.format(after="AND (sort_key, id) > (?, ?)"),
                (last[1], last[0], self.page_size),
            ).all()

    def _count(self, conn: Connection, scope: ExportScope) -> int:
        if isinstance(scope, Selection):
            return _count_live(conn, list(dict.fromkeys(scope.ids)), self.page_size)
        if isinstance(scope, SearchResults):
            return sum(len(page) for page in self._id_pages(conn, scope))
        count = conn.exec_driver_sql(
            "SELECT count(*) FROM customers WHERE deleted_at IS NULL"
        ).scalar()
        return int(count or 0)


def _layout(conn: Connection) -> Layout:
    """Room for the most phones, e-mails and addresses any one customer has."""
    most: dict[str, int] = {kind: int(n) for kind, n in conn.exec_driver_sql(_LAYOUT)}
    return Layout(
        phones=max(1, most.get("phone", 1)),
        emails=max(1, most.get("email", 1)),
        addresses=max(1, most.get("address", 1)),
    )


def _count_live(conn: Connection, ids: Sequence[uuid.UUID], batch: int) -> int:
    total = 0
    for start in range(0, len(ids), batch):
        chunk = [i.bytes for i in ids[start : start + batch]]
        marks = ",".join("?" * len(chunk))
        total += int(
            conn.exec_driver_sql(
                f"SELECT count(*) FROM customers WHERE id IN ({marks}) AND deleted_at IS NULL",
                tuple(chunk),
            ).scalar()
            or 0
        )
    return total


def _write_in_place(
    destination: Path,
    write_to: Callable[[BinaryIO], ExportReport],
    cancelled: Cancelled | None,
) -> ExportReport:
    """Write through *write_to* into a temporary file beside *destination*, then rename it."""
    handle, name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
    )
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            report = write_to(out)
            out.flush()
            os.fsync(out.fileno())
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return report
