"""Damaged database files never crash or hang the app or the CLI: fuzzing over many seeds.

Copies of a real database (demo customers with their history) get random bytes flipped,
are cut short, get a garbage header or zeroed pages. Each case runs in its own process
(forked from a forkserver that has imported the app once) with a time limit: a crash
(a signal or a traceback) or a hang fails the test. What must happen is in
``damage_cases``. RELATIONDESK_FUZZ_CASES=n runs n flip cases instead of the default.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from relationdesk.app import open_app
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.demo import DemoGenerator
from tests.unit import damage_cases

pytestmark = pytest.mark.skipif(os.name != "posix", reason="forkserver")

CASE_TIMEOUT = 60  # seconds; a case takes well under one
FLIP_CASES = int(os.environ.get("RELATIONDESK_FUZZ_CASES", "32"))
NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> tuple[Path, int]:
    """A data folder with 300 demo customers and a good backup; its file is self-contained."""
    folder = tmp_path_factory.mktemp("damage") / "data"
    app = open_app(folder, NOW)
    DemoGenerator(app.db, 11).generate(300, NOW)
    app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), NOW)
    app.backups.backup_now("manual", NOW)
    count = app.customers.count()
    app.close()
    with sqlite3.connect(folder / "relationdesk.sqlite3") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in ("-wal", "-shm"):
        (folder / f"relationdesk.sqlite3{side}").unlink(missing_ok=True)
    return folder, count


@pytest.fixture(scope="module")
def context():
    """A forkserver that imported the app and the case once."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["relationdesk.app", "tests.unit.damage_cases"])
    return ctx


def damaged_copy(original: Path, target: Path, damage) -> Path:
    """Copy the data folder and damage the copy's database file."""
    shutil.copytree(original, target)
    database = target / "relationdesk.sqlite3"
    data = bytearray(database.read_bytes())
    database.write_bytes(bytes(damage(data)))
    return target


def flip(seed: int):
    """Flip 1-40 random bytes (a third of the cases aim at page headers)."""

    def apply(data: bytearray) -> bytearray:
        rng = random.Random(seed)
        page = 4096
        for _ in range(rng.randint(1, 40)):
            if rng.random() < 0.33:
                position = rng.randrange(0, len(data), page) + rng.randrange(0, 12)
            else:
                position = rng.randrange(len(data))
            data[position % len(data)] ^= rng.randrange(1, 256)
        return data

    return apply


def truncate(seed: int):
    """Cut the file short at a random length (sometimes inside the header)."""

    def apply(data: bytearray) -> bytearray:
        rng = random.Random(seed)
        return data[: rng.choice((rng.randrange(1, 100), rng.randrange(100, len(data))))]

    return apply


def garbage_header(seed: int):
    """Overwrite the first 100 bytes."""

    def apply(data: bytearray) -> bytearray:
        rng = random.Random(seed)
        data[:100] = bytes(rng.randrange(256) for _ in range(100))
        return data

    return apply


def zero_pages(seed: int):
    """Zero a few whole pages."""

    def apply(data: bytearray) -> bytearray:
        rng = random.Random(seed)
        for _ in range(rng.randint(1, 4)):
            start = rng.randrange(0, len(data), 4096)
            data[start : start + 4096] = bytes(min(4096, len(data) - start))
        return data

    return apply


CASES = (
    [(f"flip-{s}", flip(s)) for s in range(FLIP_CASES)]
    + [(f"truncate-{s}", truncate(s)) for s in range(8)]
    + [(f"header-{s}", garbage_header(s)) for s in range(4)]
    + [(f"zero-{s}", zero_pages(s)) for s in range(6)]
    + [("text", lambda data: bytearray(b"this is not a database at all " * 200))]
)


OUTCOMES = {
    damage_cases.DETECTED: "detected at start-up, recovered",
    damage_cases.REFUSED: "refused untouched",
    damage_cases.OPENED_HEALTHY: "harmless (free space or unused bytes)",
    damage_cases.OPENED_DAMAGED: "found by the full check, recovered",
    damage_cases.READ_ERROR: "a read failed cleanly, recovered",
}
PARALLEL = 4  # cases at once (they mostly wait for fsync)


def test_damaged_files_never_crash_or_hang(original, context, tmp_path):
    """Every case ends in time with a known outcome; detected damage is recovered."""
    folder, customers = original
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    pending = list(CASES)
    running: list[tuple[str, Any, float]] = []
    while pending or running:
        while pending and len(running) < PARALLEL:
            name, damage = pending.pop(0)
            case_dir = damaged_copy(folder, tmp_path / name, damage)
            process = context.Process(
                target=damage_cases.run_case, args=(str(case_dir), customers), name=name
            )
            process.start()
            running.append((name, process, time.monotonic() + CASE_TIMEOUT))
        name, process, deadline = running.pop(0)
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()
            failures.append(f"{name}: hung for {CASE_TIMEOUT} s")
        elif process.exitcode not in OUTCOMES:
            failures.append(f"{name}: exit code {process.exitcode} (a crash or a failed check)")
        else:
            outcomes[OUTCOMES[process.exitcode]] += 1
            shutil.rmtree(tmp_path / name, ignore_errors=True)
    assert not failures, "\n".join(failures)
    assert sum(outcomes.values()) == len(CASES)
    assert outcomes[OUTCOMES[damage_cases.DETECTED]] >= len(CASES) // 3, outcomes


@pytest.mark.parametrize(
    ("name", "command"), [("truncate-1", ["check"]), ("zero-2", ["search", "山田"])]
)
def test_the_cli_on_damaged_files(original, tmp_path, name, command):
    """The real CLI: exit 0, 1 or 2 within the time limit, a message, never a traceback."""
    from tests.e2e.test_cli import run

    folder, _customers = original
    damage = dict(CASES)[name]
    case_dir = damaged_copy(folder, tmp_path / name, damage)
    result = run(*command, data_dir=case_dir)
    assert result.returncode in (0, 1, 2), (command, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode:
        assert result.stderr.strip()
