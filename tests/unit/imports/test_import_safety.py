"""All or nothing: a cancelled, failing or killed import leaves the database as it was."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from relationdesk.services import import_engine, import_pipeline
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.errors import ImportCancelled
from tests.unit.imports.helpers import content_digest, count, write_csv


def many_rows(n: int, prefix: str = "顧客") -> list[tuple[str, ...]]:
    """*n* distinct rows for the standard headers."""
    return [
        (
            f"{prefix} {i}",
            "コキャク",
            f"090-{1000 + i % 9000}-{i % 10000:04d}",
            f"c{i}@example.jp",
            "100-0001",
            "東京都千代田区千代田1-1",
            "1980/1/2",
            "メモ",
            "タグA",
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("helpers", [False, True], ids=["in-process", "helper-processes"])
def test_cancel_mid_way_leaves_the_content_byte_identical(app, now, tmp_path, monkeypatch, helpers):
    """Cancelling after some chunks were written: ImportCancelled, and every table (the
    search index's included) holds exactly what it held before; no mapping is kept."""
    app.customers.create(CustomerInput(family_name="既存", given_name="顧客"), now)
    monkeypatch.setattr(import_pipeline, "CHUNK", 10)
    if helpers:
        monkeypatch.setattr(import_pipeline, "PARALLEL_FROM", 20)
        monkeypatch.setattr(import_pipeline, "MAX_WORKERS", 2)
        monkeypatch.setattr(import_pipeline.os, "cpu_count", lambda: 2)
    path = write_csv(tmp_path / "big.csv", many_rows(100))
    before = content_digest(app.paths.database)
    written = []

    def progress(done: int, total: int) -> None:
        written.append(done)

    with pytest.raises(ImportCancelled):
        app.imports.run(path, None, now, progress=progress, cancelled=lambda: len(written) > 4)
    assert written[-1] >= 30  # chunks had been written inside the transaction
    assert content_digest(app.paths.database) == before
    assert not app.imports.inspect(path).remembered
    assert multiprocessing.active_children() == []


def test_cancel_a_preview_and_an_undo(app, now, tmp_path, monkeypatch):
    """A preview and an undo can be cancelled too; the undo then changes nothing."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 10)
    path = write_csv(tmp_path / "big.csv", many_rows(50))
    with pytest.raises(ImportCancelled):
        app.imports.preview(path, None, now, cancelled=lambda: True)
    result = app.imports.run(path, None, now)
    before = content_digest(app.paths.database)
    calls = []
    with pytest.raises(ImportCancelled):
        app.imports.undo(
            result.batch_id,
            now,
            progress=lambda d, t: calls.append(d),
            cancelled=lambda: bool(calls),
        )
    assert content_digest(app.paths.database) == before


def test_an_error_half_way_rolls_everything_back(app, now, tmp_path, monkeypatch):
    """A failure while writing the third chunk leaves nothing of the first two."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 10)
    path = write_csv(tmp_path / "big.csv", many_rows(50))
    before = content_digest(app.paths.database)
    original = import_engine.ImportEngine._write
    calls = []

    def failing(self, drafts):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        original(self, drafts)

    monkeypatch.setattr(import_engine.ImportEngine, "_write", failing)
    with pytest.raises(OSError):
        app.imports.run(path, None, now)
    assert content_digest(app.paths.database) == before
    assert count(app, "import_batches") == 0


_KILLED_IMPORT = """
import json, multiprocessing, os, sys, time
from datetime import UTC, datetime
from pathlib import Path
from relationdesk.app import open_app
from relationdesk.services import import_pipeline

def main():
    import_pipeline.CHUNK = 200
    app = open_app(Path(sys.argv[1]), datetime.now(UTC))
    signal_file = Path(sys.argv[3])

    def progress(done, total):
        if done >= 1000 and not signal_file.exists():
            helpers = [p.pid for p in multiprocessing.active_children()]
            signal_file.write_text(json.dumps(helpers))
        if done >= 1000:
            time.sleep(0.2)  # keep the transaction open until the parent kills us

    app.imports.run(Path(sys.argv[2]), None, datetime.now(UTC), progress=progress)
    print("finished")

if __name__ == "__main__":
    main()
"""


def _gone(pid: int) -> bool:
    """Whether process *pid* has ended (a zombie waiting for its reaper counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and /proc")
def test_a_killed_import_leaves_nothing_half_written(data_dir, tmp_path, now):
    """SIGKILL of a process in the middle of an import (chunks written, helpers running):
    the file passes integrity_check and holds nothing of the import; the helper processes
    end by themselves."""
    from relationdesk.app import open_app

    app = open_app(data_dir, now)
    app.customers.create(CustomerInput(family_name="既存", given_name="顧客"), now)
    app.close()
    path = write_csv(tmp_path / "big.csv", many_rows(6000))
    script = tmp_path / "killed_import.py"
    script.write_text(textwrap.dedent(_KILLED_IMPORT), encoding="utf-8")
    signal_file = tmp_path / "started.json"
    child = subprocess.Popen(
        [sys.executable, str(script), str(data_dir), str(path), str(signal_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    deadline = time.monotonic() + 120
    while not signal_file.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert signal_file.exists(), child.communicate()[1].decode()[-2000:]
    helpers = __import__("json").loads(signal_file.read_text() or "[]")
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    database = data_dir / "relationdesk.sqlite3"
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM contact_points").fetchone()[0] == 0
    app = open_app(data_dir, now)
    try:
        assert app.maintenance.check().healthy
        assert [h.name for h in app.search.search("顧客")] == ["既存 顧客"]
        assert app.imports.run(path, None, now).counts.new == 6000  # and it can be run again
    finally:
        app.close()
    deadline = time.monotonic() + 20
    while not all(_gone(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(pid) for pid in helpers)
