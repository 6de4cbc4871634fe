"""Measure the trash's reads (the trashed-entries page, the counts) with and without the
partial ``deleted_at`` indexes of migration 0004.

    python tools/measure_trash.py --customers 100000 [--folder DIR]

Fills a data folder with the demo generator (about ten history entries per customer),
moves 0.1% of the interactions, purchases and reminders to the trash, then times
``TrashedEntries.page()`` and ``TrashService.counts()`` with the indexes and after
dropping them (best of five, warm cache).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.app import open_app

INDEXES = ("ix_interactions_trash", "ix_purchases_trash", "ix_reminders_trash")
TABLES = ("interactions", "purchases", "reminders")


def best_ms(call: Callable[[], object], times: int = 5) -> float:
    """The fastest of *times* calls, in milliseconds."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    """Build, trash, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=None, help="a new data folder")
    args = parser.parse_args()
    now = datetime(2026, 11, 23, tzinfo=UTC)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="measure-trash-"))
    app = open_app(folder, now)
    try:
        start = time.perf_counter()
        app.samples.generate(args.customers, now)
        print(f"generated in {time.perf_counter() - start:.0f} s")
        with app.db.write() as uow:
            for table in TABLES:
                uow.connection.exec_driver_sql(
                    f"UPDATE {table} SET deleted_at = ? WHERE deleted_at IS NULL "
                    "AND abs(random()) % 1000 = 0",
                    (int(now.timestamp() * 1e6),),
                )
            uow.commit()
        with app.db.read() as uow:
            for table in TABLES:
                total = uow.connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                trashed = uow.connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
                ).scalar()
                print(f"{table}: {total} rows, {trashed} in the trash")
        for label in ("with the partial indexes", "without them"):
            page = best_ms(lambda: app.trashed_entries.page(limit=100))
            counts = best_ms(app.trash.counts)
            print(f"{label}: first page {page:.2f} ms, counts {counts:.2f} ms")
            with app.db.write() as uow:
                for index in INDEXES:
                    uow.connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
                uow.commit()
    finally:
        app.close()
    print(f"data folder: {folder}")


if __name__ == "__main__":
    main()
