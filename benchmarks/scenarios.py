"""The in-process scenarios: the app's service call against its raw baseline, same run.

Each scenario calls what the window calls (the list through ``rows_at`` with the position
checkpoints, as the windowed list model does once the count is in, search with the first
100 ranked, a customer's first timeline page,
due reminders), checks once that the baseline returns the same ids in the same order,
then alternates the two for the median of *reps* timings after two warm-up calls each.
"""

from __future__ import annotations

import gc
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from benchmarks import raw
from benchmarks.dataset import DataSet
from relationdesk.app import App, open_app
from relationdesk.models.types import to_micros
from relationdesk.services.customer_data import Cursor, SortOrder

PAGE = 200  # the windowed list model's page (relationdesk/ui/customers/list_model.py)
SEARCH_LIMIT = 100  # "first 100 ranked results" (issue 7)
WARM_UPS = 2
MIN_SECONDS = 1.0  # per scenario, both sides together
MAX_REPS = 201

# Issue 7's search cases, with the query typed for each.
SEARCHES = (
    ("search_1char", "山"),
    ("search_2char", "山田"),
    ("search_3char", "長谷川"),  # kanji
    ("search_kana", "やまだ"),  # hiragana against katakana readings
    ("search_email", "taro.yama"),  # a fragment of an address
    ("search_phone", "0312"),  # digits
)


@dataclass(frozen=True, slots=True)
class Timing:
    """One scenario's medians and the answer's size."""

    name: str
    app_ms: float
    raw_ms: float
    rows: int
    reps: int
    target_ratio: float | None
    limit_ms: float | None  # an absolute target at 1M customers, if the issue sets one
    note: str = ""


@dataclass(frozen=True, slots=True)
class Scenario:
    """An app call and its baseline; ``ids`` turn either answer into comparable ids."""

    name: str
    app: Callable[[], Sequence[Any]]
    raw: Callable[[], Sequence[Any]]
    app_ids: Callable[[Sequence[Any]], list[bytes]]
    target_ratio: float | None = 1.5
    limit_ms: float | None = None
    note: str = ""


class AnswerMismatch(AssertionError):
    """The baseline does not return the app's answer: the comparison would be dishonest."""


def _row_ids(rows: Sequence[Any]) -> list[bytes]:
    return [r.id.bytes for r in rows]


def _raw_ids(rows: Sequence[Any]) -> list[bytes]:
    return [bytes(r[0]) for r in rows]


def build(app: App, conn: Any, data: DataSet) -> list[Scenario]:
    """The scenarios over an open app and a raw connection to the same file."""
    customers, total = app.customers, app.customers.count()
    reading = SortOrder.READING
    middle = (total // 2) // PAGE * PAGE
    last = max(0, total - PAGE)  # the last full page: what a jump to the end shows
    # What the window does after its first jump (list_model.py): take the checkpoints,
    # then pass them to every page fetch.
    started = time.perf_counter()
    marks = customers.checkpoints(reading)
    marks_ms = (time.perf_counter() - started) * 1000
    before_middle = customers.rows_at(middle - 1, 1, reading, None, total)[0] if middle else None
    cursor = (
        conn.execute(
            "SELECT sort_key, id FROM customers WHERE id = ?", (before_middle.id.bytes,)
        ).fetchone()
        if before_middle
        else None
    )
    skip = middle - max((m[0] for m in marks.marks if m[0] <= middle), default=0)
    scenarios = [
        Scenario(
            "list_first_page",
            lambda: customers.rows_at(0, PAGE, reading, None, total, marks),
            lambda: raw.list_first(conn, PAGE),
            _row_ids,
        ),
        Scenario(
            "list_middle_page",
            lambda: customers.rows_at(middle, PAGE, reading, None, total, marks),
            lambda: raw.list_after(conn, cursor, PAGE) if cursor else raw.list_first(conn, PAGE),
            _row_ids,
            note=(
                f"window path: rows_at from the checkpoint {skip} rows before (every "
                f"{marks.step}th row; taking them took {marks_ms:.0f} ms once, off the GUI "
                "thread, after the first jump)"
            ),
        ),
        Scenario(
            "list_end",
            lambda: customers.rows_at(last, PAGE, reading, None, total, marks),
            lambda: raw.list_last(conn, total - last),
            _row_ids,
        ),
    ]
    if cursor is not None:
        keyset = Cursor(value=cursor[0], id=before_middle.id)  # type: ignore[union-attr]
        scenarios += [
            Scenario(
                "list_middle_page_offset",
                lambda: customers.rows_at(middle, PAGE, reading, None, total),
                lambda: raw.list_after(conn, cursor, PAGE),
                _row_ids,
                target_ratio=None,
                note="extra: the same jump before the checkpoints are in (OFFSET)",
            ),
            Scenario(
                "list_middle_page_keyset",
                lambda: customers.list_page(SortOrder.READING, keyset, PAGE).rows,
                lambda: raw.list_after(conn, cursor, PAGE),
                _row_ids,
                target_ratio=None,
                note="extra: the service's keyset list_page (exports, not the window)",
            ),
        ]
    for name, query in SEARCHES:
        plan = raw.plan_search(query)
        scenarios.append(
            Scenario(
                name,
                partial(app.search.search, query, limit=SEARCH_LIMIT),
                partial(raw.search, conn, plan, SEARCH_LIMIT),
                _row_ids,
                limit_ms=20.0,
                note=f"query {query}",
            )
        )
    for name, customer in (
        ("timeline_first_page", data.typical_customer),
        ("timeline_big_first_page", data.big_customer),
    ):
        scenarios.append(
            Scenario(
                name,
                partial(_feed_entries, app, customer),
                partial(raw.feed, conn, customer.bytes, 50),
                _row_ids,
            )
        )
    now = data.now
    scenarios.append(
        Scenario(
            "due_reminders",
            lambda: app.reminders.due(now),
            lambda: raw.due(conn, to_micros(now), 200),
            _row_ids,
            limit_ms=2.0,
            note="at the data set's generation time",
        )
    )
    return scenarios


def _feed_entries(app: App, customer: uuid.UUID) -> Sequence[Any]:
    return app.timeline.feed(customer).entries


def _ms(call: Callable[[], object]) -> float:
    started = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - started) / 1e6


def run_one(scenario: Scenario, reps: int, min_seconds: float = MIN_SECONDS) -> Timing:
    """Check the answers match, then time both sides alternately."""
    for _ in range(WARM_UPS):
        app_answer = scenario.app()
        raw_answer = scenario.raw()
    app_ids, raw_ids = scenario.app_ids(app_answer), _raw_ids(raw_answer)
    if app_ids != raw_ids:
        raise AnswerMismatch(
            f"{scenario.name}: the baseline returned a different answer "
            f"({len(raw_ids)} rows against the app's {len(app_ids)}; "
            f"first difference at {_first_difference(app_ids, raw_ids)})"
        )
    gc.collect()
    app_times: list[float] = []
    raw_times: list[float] = []
    started = time.perf_counter()
    # At least *reps* pairs; fast scenarios go on for MIN_SECONDS (the machine is shared,
    # and more samples steady the median), never past MAX_REPS.
    while len(app_times) < reps or (
        time.perf_counter() - started < min_seconds and len(app_times) < MAX_REPS
    ):
        app_times.append(_ms(scenario.app))
        raw_times.append(_ms(scenario.raw))
    return Timing(
        scenario.name,
        statistics.median(app_times),
        statistics.median(raw_times),
        len(app_ids),
        len(app_times),
        scenario.target_ratio,
        scenario.limit_ms,
        scenario.note,
    )


def _first_difference(a: list[bytes], b: list[bytes]) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def run_all(
    data: DataSet,
    reps: int,
    only: set[str] | None = None,
    min_seconds: float = MIN_SECONDS,
    log: Callable[[str], None] = print,
) -> list[Timing]:
    """Open the data set through the app and raw sqlite3; run every (chosen) scenario."""
    app = open_app(data.folder, data.now, region="JP")
    conn = raw.connect(data.database)
    try:
        results = []
        for scenario in build(app, conn, data):
            if only and scenario.name not in only:
                continue
            timing = run_one(scenario, reps, min_seconds)
            log(
                f"  {timing.name:26s} app {timing.app_ms:8.3f} ms  raw {timing.raw_ms:8.3f} ms"
                f"  rows {timing.rows:4d}  reps {timing.reps}"
            )
            results.append(timing)
        return results
    finally:
        conn.close()
        app.close()
