"""Measure a whole import: 100,000 CSV rows into a database (not a test; prints figures).

    .venv/bin/python tools/import_benchmark.py [ROWS] [--existing N] [--workers W] [--preview]

The file is the import_100k benchmark's Excel-style CP932 CSV (name, reading, two
phones, e-mail, postal code, address, 和暦 birthday, note; benchmarks/import_scenario.py).
The import runs through ``ImportService.run`` as the wizard and ``relationdesk import``
run it: conversion and checks, duplicate look-ups against the database, the writes, the
journal and the search index, in one transaction. ``--existing N`` first adds N demo
customers (duplicate look-ups then have something to find), ``--data-dir`` imports into
an existing data folder (a million demo customers, say; the import is undone at the
end); ``--preview`` also times a preview of the file.

Wall-clock seconds are what the user waits; CPU seconds of this process and of its
helper processes are printed too, as the machine may be shared.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Generate the file and a database, then time the import."""
    # Imported here, not at the top: a helper process ("spawn") runs this script's top
    # level again, and the app's own entry points (relationdesk.cli) import little there;
    # the app's modules at the top cost each helper ~0.4 s of start-up the app does not pay.
    from benchmarks.import_scenario import write_file
    from relationdesk.app import open_app
    from relationdesk.services import import_pipeline

    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=0)
    parser.add_argument("--workers", type=int, help="helper processes (default: by cores)")
    parser.add_argument("--preview", action="store_true")
    parser.add_argument(
        "--data-dir", type=Path, help="import into this data folder (undone afterwards)"
    )
    args = parser.parse_args()
    if args.workers is not None:
        import_pipeline.MAX_WORKERS = args.workers
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.csv"
        write_file(path, args.rows)
        app = open_app(args.data_dir or Path(folder) / "data", datetime.now(UTC))
        if args.existing:
            app.samples.generate(args.existing, datetime.now(UTC))
        workers = import_pipeline.workers_for(args.rows)
        print(
            f"{args.rows} rows ({path.stat().st_size / 1e6:.1f} MB CP932) into a database of "
            f"{app.customers.count()} customers; helper processes: {workers if workers > 1 else 0}"
        )
        if args.preview:
            wall, cpu, helpers = time.perf_counter(), time.process_time(), _children_cpu()
            preview = app.imports.preview(path, None, datetime.now(UTC))
            print(
                f"preview: {time.perf_counter() - wall:6.2f} s wall, "
                f"{time.process_time() - cpu:6.2f} s CPU here + "
                f"{_children_cpu() - helpers:6.2f} s in helpers  {preview.counts}"
            )
        wall, cpu, helpers = time.perf_counter(), time.process_time(), _children_cpu()
        result = app.imports.run(path, None, datetime.now(UTC))
        elapsed = time.perf_counter() - wall
        print(
            f"import:  {elapsed:6.2f} s wall, {time.process_time() - cpu:6.2f} s CPU here + "
            f"{_children_cpu() - helpers:6.2f} s in helpers  {result.counts}"
        )
        print(f"         {args.rows / elapsed:,.0f} rows/s")
        wall = time.perf_counter()
        app.imports.undo(result.batch_id, datetime.now(UTC))
        print(f"undo:    {time.perf_counter() - wall:6.2f} s wall")
        app.close()


if __name__ == "__main__":
    main()
