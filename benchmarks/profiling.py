"""Profile the app's side of one scenario with pyinstrument.

    python -m benchmarks.profiling --scale 100000 timeline_first_page [--seconds 3]

Runs the scenario's app call over and over on the cached data set (build it first with
``make bench``) for a few seconds under pyinstrument, then prints the call tree, with
the time per call beside it. For start-up, profile the process instead:

    QT_QPA_PLATFORM=offscreen RELATIONDESK_EXIT_AFTER_FIRST_PAINT=1 \\
        .venv/bin/pyinstrument -m relationdesk --data-dir DATA_DIR
    QT_QPA_PLATFORM=offscreen RELATIONDESK_EXIT_AFTER_FIRST_PAINT=1 \\
        .venv/bin/python -X importtime -m relationdesk --data-dir DATA_DIR
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from pyinstrument import Profiler

from benchmarks import dataset, raw, scenarios
from relationdesk.app import open_app


def main(argv: Sequence[str] | None = None) -> int:
    """Profile one scenario's app path; print the report."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling")
    parser.add_argument("scenario")
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--cache-dir", default=str(dataset.default_cache_root()))
    parser.add_argument("--interval", type=float, default=0.0001, help="sampling interval, s")
    parser.add_argument("--raw", action="store_true", help="profile the baseline instead")
    args = parser.parse_args(argv)
    data = dataset.ensure(args.scale, Path(args.cache_dir))
    app = open_app(data.folder, data.now, region="JP")
    conn = raw.connect(data.database)
    try:
        chosen = {s.name: s for s in scenarios.build(app, conn, data)}.get(args.scenario)
        if chosen is None:
            parser.error(f"no scenario {args.scenario!r}")
        call = chosen.raw if args.raw else chosen.app
        for _ in range(scenarios.WARM_UPS):
            call()
        profiler = Profiler(interval=args.interval)
        calls = 0
        started = time.perf_counter()
        with profiler:
            while time.perf_counter() - started < args.seconds:
                call()
                calls += 1
        elapsed = time.perf_counter() - started
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        print(f"{calls} calls, {elapsed / calls * 1000:.3f} ms per call (profiled)")
    finally:
        conn.close()
        app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
