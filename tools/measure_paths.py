"""Time the app's own read paths against an existing data folder (median of 7 after a warm-up).

    .venv/bin/relationdesk --data-dir /tmp/big demo --customers 1000000
    .venv/bin/python tools/measure_paths.py /tmp/big

A quick check for development; the benchmarks with raw baselines and targets are their
own issue (benchmarks/, `make bench`).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sized
from pathlib import Path

from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.services.customer_data import SortOrder

QUERIES = [
    "山",
    "田",
    "子",
    "山田",
    "田中",
    "花子",
    "やまだ",
    "山田太郎",
    "ヤマダ ハナコ",
    "090",
    "0312",
    "taro",
    "example.jp",
    "常連",
    "スミス",
    "株式会社",
    "ショウジ",
    "x",
    "zz",
]


def timed(label: str, call: Callable[[], Sized], runs: int = 7) -> None:
    """Print the median time of *call* and the size of what it returned."""
    result = call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - started) * 1000)
    print(f"{label:28s} {statistics.median(samples):8.2f} ms   rows={len(result)}")


def main(folder: str) -> None:
    """Measure search, list, timeline and reminder paths on *folder*."""
    app = open_app(Path(folder), utcnow())
    for query in QUERIES:
        timed(f"search {query}", lambda q=query: app.search.search(q, limit=100))
    first = app.customers.list_page(limit=100)
    timed("list first page", lambda: app.customers.list_page(limit=100).rows)
    timed("list next page", lambda: app.customers.list_page(after=first.next, limit=100).rows)
    timed(
        "list by last contact",
        lambda: app.customers.list_page(sort=SortOrder.LAST_CONTACT, limit=100).rows,
    )
    timed("count all", lambda: [app.customers.count()], runs=3)
    someone = app.search.search("やまだ")[0]
    timed("timeline first page", lambda: app.timeline.feed(someone.id).entries)
    now = utcnow()
    timed("due reminders", lambda: app.reminders.due(now, limit=100))
    app.close()


if __name__ == "__main__":
    main(sys.argv[1])
