"""The measurements behind README.md's findings, to run again after a fix.

    python -m benchmarks.breakdown overhead [--scale N]   # unit of work and row building
    python -m benchmarks.breakdown offsets  [--scale N]   # OFFSET against position checkpoints
    python -m benchmarks.breakdown buckets  [--scale N]   # rows a search reads per 五十音 bucket
    python -m benchmarks.breakdown writer   [--customers 40000] [--onto-scale N]
                                                          # demo writer CPU per table

Each prints a small table. They read the cached data set (``make bench`` builds it);
``writer`` generates into an empty temporary folder, or with --onto-scale into a
temporary copy of that cached data set (1M: a 3.9 GB copy).
"""

from __future__ import annotations

import argparse
import collections
import resource
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks import dataset, raw
from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.models.types import to_micros
from relationdesk.services import demo, reminders, search_index
from relationdesk.services.customer_data import CustomerRow
from relationdesk.services.rows import stored_rows
from relationdesk.services.unit_of_work import UnitOfWork


def _median_us(call: Callable[[], object], runs: int = 500) -> float:
    for _ in range(min(20, runs)):
        call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter_ns()
        call()
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples) / 1000


def overhead(data: dataset.DataSet) -> None:
    """What a read costs before and after its query: the unit of work, and building rows."""
    app = open_app(data.folder, data.now, region="JP")
    conn = raw.connect(data.database)
    db = app.db
    try:

        def unit_of_work() -> None:
            with db.read() as uow:
                uow.connection.exec_driver_sql("SELECT 1").all()

        def core() -> None:
            with db.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1").all()

        def pooled() -> None:
            connection = db.engine.raw_connection()
            try:
                connection.cursor().execute("SELECT 1").fetchall()
            finally:
                connection.close()

        def plain() -> None:
            conn.execute("BEGIN")
            conn.execute("SELECT 1").fetchall()
            conn.execute("ROLLBACK")

        def query() -> None:
            with db.query() as connection:
                connection.execute("SELECT 1").fetchall()

        def snapshot() -> None:
            with db.query(snapshot=True) as connection:
                connection.execute("SELECT 1").fetchall()

        print("| SELECT 1 through | µs |\n| --- | ---: |")
        for label, call in (
            ("db.read() (Session, begin hook, rollback, close)", unit_of_work),
            ("engine.connect() (Core, begin hook)", core),
            ("a pooled DBAPI connection, no BEGIN", pooled),
            ("db.query() (the read pool), no BEGIN", query),
            ("db.query(snapshot=True): BEGIN ... ROLLBACK", snapshot),
            ("raw sqlite3 BEGIN ... ROLLBACK", plain),
        ):
            print(f"| {label} | {_median_us(call, 2000):.1f} |")
        service = app.customers
        with db.query() as connection:
            rows = connection.execute(
                service._columns
                + service._from
                + " WHERE c.deleted_at IS NULL ORDER BY c.sort_key, c.id LIMIT 200"
            ).fetchall()
            due = connection.execute(
                reminders._SELECT + " WHERE r.next_due_at <= ? ORDER BY r.next_due_at LIMIT 200",
                (to_micros(data.now),),
            ).fetchall()
        ids = [bytes(r[0]) for r in rows]
        print(f"\n| {len(rows)} rows | µs |\n| --- | ---: |")
        conversions: list[tuple[str, Callable[[], object]]] = [
            (
                "stored_rows(CustomerRow) + phones from abroad",
                lambda: service._finish(stored_rows(CustomerRow, rows)),
            ),
            ("stored_rows(ReminderItem)", lambda: stored_rows(reminders.ReminderItem, due)),
            ("uuid.UUID(bytes=...)", lambda: [uuid.UUID(bytes=i) for i in ids]),
            ("tuple(row) (the floor)", lambda: [tuple(r) for r in rows]),
        ]
        for label, convert in conversions:
            print(f"| {label} | {_median_us(convert, 300):.0f} |")
    finally:
        conn.close()
        app.close()


def _fetch(conn: Any, sql: str, params: tuple[Any, ...]) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


def offsets(data: dataset.DataSet) -> None:
    """A page in the middle by OFFSET, by keyset, and from position checkpoints."""
    conn = raw.connect(data.database)
    try:
        live = "FROM customers c WHERE c.deleted_at IS NULL"
        order = "ORDER BY c.sort_key, c.id"
        total = conn.execute(f"SELECT count(*) {live}").fetchone()[0]
        middle = total // 2
        walk = f"SELECT c.rowid {live} {order} LIMIT 200 OFFSET ?"
        cursor = conn.execute(
            f"SELECT c.sort_key, c.id {live} {order} LIMIT 1 OFFSET ?", (middle - 1,)
        ).fetchone()
        count_sql = f"SELECT count(*) {live}"
        print(f"| at {total:,} customers | ms |\n| --- | ---: |")
        figures = (
            ("count(*)", _median_us(lambda: conn.execute(count_sql).fetchall(), 5)),
            (
                f"OFFSET {middle:,} (ids only)",
                _median_us(lambda: conn.execute(walk, (middle,)).fetchall(), 5),
            ),
            (
                f"keyset page after row {middle:,}",
                _median_us(lambda: raw.list_after(conn, cursor, 200), 50),
            ),
        )
        for label, micros in figures:
            print(f"| {label} | {micros / 1000:.2f} |")
        step = (
            f"SELECT c.sort_key, c.id {live} AND (c.sort_key, c.id) > (?, ?) {order} "
            "LIMIT 1 OFFSET ?"
        )
        page = f"SELECT c.rowid {live} AND (c.sort_key, c.id) > (?, ?) {order} LIMIT 200 OFFSET ?"
        for every in (10_000, 1_000):
            started = time.perf_counter()
            points: list[Any] = []
            point = conn.execute(
                f"SELECT c.sort_key, c.id {live} {order} LIMIT 1 OFFSET ?", (every - 1,)
            ).fetchone()
            while point is not None:
                points.append(point)
                point = conn.execute(step, (*point, every - 1)).fetchone()
            elapsed = (time.perf_counter() - started) * 1000
            print(f"| {len(points):,} checkpoints (every {every:,}th key) | {elapsed:.0f} |")
            if points:
                anchor = (*points[len(points) // 2], every - 1)
                micros = _median_us(partial(_fetch, conn, page, anchor), 50)
                label = f"a page {every - 1:,} rows past a checkpoint (ids)"
                print(f"| {label} | {micros / 1000:.2f} |")
    finally:
        conn.close()


def buckets(data: dataset.DataSet) -> None:
    """How many rows the ranked search must read to give its first 100 prefix hits."""
    conn = raw.connect(data.database)
    try:
        print("| prefix token | matches | rows to the end of the 100th hit's bucket |")
        print("| --- | ---: | ---: |")
        for token in ("山", "山田", "長谷川", "ヤマダ"):
            match = f'"^{token}"'
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT rowid FROM customer_grams WHERE customer_grams MATCH ? "
                    "ORDER BY rowid LIMIT 20000",
                    (match,),
                )
            ]
            total = conn.execute(
                "SELECT count(*) FROM customer_grams WHERE customer_grams MATCH ?", (match,)
            ).fetchone()[0]
            if len(ids) < 100:
                print(f"| ^{token} | {total:,} | (fewer than 100) |")
                continue
            last = search_index.bucket_of_doc(ids[99])
            needed = sum(1 for i in ids if search_index.bucket_of_doc(i) <= last)
            print(f"| ^{token} | {total:,} | {needed:,} |")
    finally:
        conn.close()


def writer(customers: int, onto: dataset.DataSet | None) -> None:
    """Writer CPU per customer and table while the demo generator adds *customers*."""
    cpu: collections.defaultdict[str, float] = collections.defaultdict(float)
    insert, add, commit = demo._insert, search_index.add_documents_with_grams, UnitOfWork.commit

    def timed(label: str, call: Callable[..., None]) -> Callable[..., None]:
        def wrapper(*args: Any) -> None:
            started = time.process_time()
            call(*args)
            cpu[label if label else args[1]] += time.process_time() - started

        return wrapper

    demo._insert = timed("", insert)
    search_index.add_documents_with_grams = timed("search index", add)
    UnitOfWork.commit = timed("commit", commit)  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "data"
            if onto is not None:
                target.mkdir()
                shutil.copy2(onto.database, target / onto.database.name)
            app = open_app(target, utcnow())
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started, cpu_started = time.perf_counter(), time.process_time()
            result = demo.DemoGenerator(app.db, seed=9).generate(customers, utcnow())
            wall, writer_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            app.close()
    finally:
        demo._insert, search_index.add_documents_with_grams = insert, add
        UnitOfWork.commit = commit  # type: ignore[method-assign]
    builder = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    n = result.customers
    where = f"onto {onto.scale:,}" if onto is not None else "into an empty file"
    print(f"{n:,} customers {where}: {wall:.1f} s wall ({n / wall:,.0f}/s)")
    print(f"writer CPU {writer_cpu:.1f} s, row builder CPU {builder:.1f} s")
    print("| writer step | µs CPU per customer |\n| --- | ---: |")
    for label, seconds in sorted(cpu.items(), key=lambda item: -item[1]):
        print(f"| {label} | {seconds / n * 1e6:.1f} |")
    print(f"| total writer | {writer_cpu / n * 1e6:.1f} |")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one breakdown."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.breakdown")
    parser.add_argument("what", choices=("overhead", "offsets", "buckets", "writer"))
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=40_000, help="for writer")
    parser.add_argument("--onto-scale", type=int, help="writer: add to a copy of this data set")
    parser.add_argument("--cache-dir", default=str(dataset.default_cache_root()))
    args = parser.parse_args(argv)
    cache = Path(args.cache_dir)
    if args.what == "writer":
        onto = dataset.ensure(args.onto_scale, cache) if args.onto_scale else None
        writer(args.customers, onto)
        return 0
    data = dataset.ensure(args.scale, cache)
    {"overhead": overhead, "offsets": offsets, "buckets": buckets}[args.what](data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
