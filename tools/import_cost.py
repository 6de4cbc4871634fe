"""Where an import's CPU goes, one side at a time (not a test; prints figures).

    .venv/bin/python tools/import_cost.py helper [ROWS]     # a helper's work per row
    .venv/bin/python tools/import_cost.py helper-run [ROWS] # the same once, for callgrind
    .venv/bin/python tools/import_cost.py importer [ROWS]   # the importing process alone
    .venv/bin/python tools/import_cost.py importer [ROWS] --profile   # ... under cProfile

``helper`` times, in this process and without helper processes, what each helper does
per row: reading and mapping, converting and preparing (checks, stored row, keys, search
document and grams) record by record as the helpers do, and staging (``import_stage``) and
pickling, as CPU µs per row (best of three); converting and preparing are also timed
apart. ``helper-run`` does the same work once, untimed, for counting instructions::

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p .venv/bin/python \
        tools/import_cost.py helper-run 2000     # and again with 4000; subtract

``importer`` prepares every chunk first, then times only what the importing process does
with them: unpickling, deciding duplicates, the writes, the search index and the commit,
into a fresh data folder. The file is the import_100k benchmark's.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import pstats
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package

from benchmarks.import_scenario import write_file
from relationdesk.app import open_app
from relationdesk.ids import uuid7
from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import read_table
from relationdesk.importing.values import convert_record
from relationdesk.models import BatchKind
from relationdesk.normalize import phones
from relationdesk.services.import_data import DuplicatePolicy
from relationdesk.services.import_engine import ImportEngine
from relationdesk.services.import_pipeline import ReadSpec, _record_chunks, prepared_chunks
from relationdesk.services.import_prepare import Preparer
from relationdesk.services.import_stage import stage as stage_chunk
from relationdesk.services.imports import _start_batch


def _spec(folder: Path, rows: int) -> ReadSpec:
    path = folder / "customers.csv"
    write_file(path, rows)
    mapping = guess_mapping(read_table(path).headers)
    now_us = int(time.time() * 1e6)
    return ReadSpec(str(path), None, None, None, mapping.to_json(), "JP", "import", now_us)


def helper(rows: int) -> None:
    """Print a helper's CPU µs per row, stage by stage.

    "convert+prepare" is timed as ``import_pipeline._work`` does the work: each record
    converted and then prepared before the next (the phone a record was checked with is
    still in ``parse_phone``'s cache). Reading the process clock between the two stages
    is a system call that itself slows the code after it by tens of µs a row, so the
    split is timed in a second pass over the file, a chunk converted and then prepared;
    its figures are given beside the total.
    """
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec(Path(folder), rows)
        gc.disable()
        best: dict[str, float] = {}
        for _ in range(3):
            spent = dict.fromkeys(
                ("read+map", "convert+prepare", "stage+pickle", "convert", "prepare"), 0.0
            )
            phones._parse_phone.cache_clear()
            preparer = Preparer("JP", spec.now_us)
            mark = time.process_time()
            for _, records in _record_chunks(spec, lambda _: True):
                now = time.process_time()
                spent["read+map"] += now - mark
                prepared = [preparer.prepare(convert_record(r, "JP", "import")) for r in records]
                mark, now = now, time.process_time()
                spent["convert+prepare"] += now - mark
                pickle.dumps(stage_chunk(prepared), protocol=pickle.HIGHEST_PROTOCOL)
                mark = time.process_time()
                spent["stage+pickle"] += mark - now
            phones._parse_phone.cache_clear()
            preparer = Preparer("JP", spec.now_us)
            for _, records in _record_chunks(spec, lambda _: True):
                mark = time.process_time()
                converted = [convert_record(r, "JP", "import") for r in records]
                now = time.process_time()
                spent["convert"] += now - mark
                [preparer.prepare(c) for c in converted]
                spent["prepare"] += time.process_time() - now
            for stage, seconds in spent.items():
                best[stage] = min(best.get(stage, 1e9), seconds / rows * 1e6)
        gc.enable()
    total = best["read+map"] + best["convert+prepare"] + best["stage+pickle"]
    print(
        f"read+map {best['read+map']:5.1f}  convert+prepare {best['convert+prepare']:5.1f} "
        f"(convert {best['convert']:5.1f}, prepare {best['prepare']:5.1f})  "
        f"stage+pickle {best['stage+pickle']:5.1f}  total {total:5.1f}"
    )
    print("(CPU µs per row, best of 3)")


def helper_run(rows: int) -> None:
    """Do a helper's whole work on *rows* rows once, untimed: for instruction counts.

    Under ``valgrind --tool=callgrind``, the difference between two row counts divided by
    the difference of rows is the instructions a row costs (start-up and the file's
    writing cancel out).
    """
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec(Path(folder), rows)
        gc.disable()
        preparer = Preparer("JP", spec.now_us)
        for _, records in _record_chunks(spec, lambda _: True):
            chunk = [preparer.prepare(convert_record(r, "JP", "import")) for r in records]
            pickle.dumps(stage_chunk(chunk), protocol=pickle.HIGHEST_PROTOCOL)


def importer(rows: int, profile: bool) -> None:
    """Print the importing process's CPU and wall seconds for prepared chunks."""
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec(Path(folder), rows)
        chunks = [pickle.dumps(c) for c in prepared_chunks(spec, 1)]
        now = datetime.now(UTC)
        app = open_app(Path(folder) / "data", now, region="JP")

        def run() -> None:
            with app.db.bulk_write() as uow:
                conn = uow.connection
                batch = uuid7()
                _start_batch(
                    conn,
                    batch,
                    BatchKind.IMPORT,
                    now,
                    "bench",
                    file_name="customers.csv",
                    file_format="csv",
                    policy=DuplicatePolicy.MERGE.value,
                )
                engine = ImportEngine(
                    conn,
                    batch.bytes,
                    policy=DuplicatePolicy.MERGE,
                    region="JP",
                    now=now,
                    actor="bench",
                )
                for chunk in chunks:
                    engine.add_chunk(pickle.loads(chunk))
                engine.finish()
                uow.commit()

        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(run)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        else:
            run()
        print(
            f"importer: {time.process_time() - cpu:.2f} s CPU, "
            f"{time.perf_counter() - wall:.2f} s wall for {rows:,} rows"
        )
        app.close()


def main() -> None:
    """Parse the command line and run one side."""
    parser = argparse.ArgumentParser()
    parser.add_argument("side", choices=("helper", "helper-run", "importer"))
    parser.add_argument("rows", nargs="?", type=int, default=None)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.side == "helper":
        helper(args.rows or 20_000)
    elif args.side == "helper-run":
        helper_run(args.rows or 2_000)
    else:
        importer(args.rows or 100_000, args.profile)


if __name__ == "__main__":
    main()
