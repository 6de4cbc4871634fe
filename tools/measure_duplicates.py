"""Time the duplicate finder, a manual merge and its undo on a big database (prints figures).

    .venv/bin/python tools/measure_duplicates.py DATA_DIR [--pages N]

Use a data folder filled with ``relationdesk --data-dir DATA_DIR demo --customers 1000000``.
Demo data has few distinct names (50 family x 30 given), so name groups hold hundreds of
customers each: a harder case for the finder than a real shop's list.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.app import open_app
from relationdesk.services.duplicate_rules import Confidence, MatchRule
from relationdesk.services.duplicates import DuplicateCursor


def main() -> None:
    """Open the folder and time pages of pairs, then a merge and its undo."""
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    app = open_app(args.data_dir, datetime.now(UTC))
    try:
        print(f"{app.customers.count():,} customers")
        for floor, start in (
            (Confidence.MEDIUM, None),
            (Confidence.LOW, None),
            (Confidence.MEDIUM, DuplicateCursor(MatchRule.PHONE, "", 0)),
            (Confidence.MEDIUM, DuplicateCursor(MatchRule.NAME, "", 0)),
        ):
            times, cursor, pairs = [], start, 0
            rules: dict[str, int] = {}
            for _ in range(args.pages):
                started = time.perf_counter()
                page = app.duplicates.find(cursor, limit=50, min_confidence=floor)
                times.append((time.perf_counter() - started) * 1000)
                pairs += len(page.pairs)
                for pair in page.pairs:
                    rules[pair.rules[0].value] = rules.get(pair.rules[0].value, 0) + 1
                cursor = page.next
                if cursor is None:
                    break
            print(
                f"find (>= {floor.value}, from {start.rule.value if start else 'the start'}), "
                f"pages of 50: first {times[0]:.0f} ms, median "
                f"{statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)} "
                f"pages; {pairs} pairs {rules}; last cursor {cursor}"
            )
        page = app.duplicates.find(limit=1)
        if page.pairs:
            pair = page.pairs[0]
            started = time.perf_counter()
            merged = app.duplicates.merge(pair.first.id, pair.second.id, datetime.now(UTC))
            middle = time.perf_counter()
            app.duplicates.undo(merged.batch_id, datetime.now(UTC))
            done = time.perf_counter()
            print(
                f"merge of {pair.first.display_name}: {(middle - started) * 1000:.0f} ms, "
                f"undo {(done - middle) * 1000:.0f} ms"
            )
    finally:
        app.close()


if __name__ == "__main__":
    main()
