"""The start-up quick_check off the window's path: a window start checks the header, paints,
and runs quick_check afterwards; nothing is written to the file before it has passed."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import timedelta

import pytest

from relationdesk.app import DatabaseDamaged, open_app
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.unit_of_work import DatabaseClosed, WritesRefused
from relationdesk.storage import check
from relationdesk.storage.check import StartupVerification


def damage_an_index(path) -> None:
    """Break the b-tree page of one of the customers' indexes; the schema, the header and
    alembic_version stay readable, so only quick_check finds it."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers'"
            " ORDER BY name LIMIT 1"
        ).fetchone()[0]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.fixture
def shop(data_dir, now):
    """A data folder with three customers, a backup of them, closed (the file in WAL mode)."""
    app = open_app(data_dir, now)
    for family in ("山田", "佐藤", "青木"):
        app.customers.create(CustomerInput(family_name=family), now)
    app.backups.backup_now("manual", now)
    app.close()
    return data_dir


def written(folder) -> tuple[bytes, bytes]:
    """The database file's bytes and its WAL's (where a write would go first); the read-only
    check may leave an empty WAL and a shared-memory index beside the file."""
    wal = folder / "relationdesk.sqlite3-wal"
    return (folder / "relationdesk.sqlite3").read_bytes(), wal.read_bytes() if wal.exists() else b""


def test_a_window_start_defers_quick_check_and_reads_at_once(shop, now, monkeypatch):
    """check_later: only the header is checked when the file is opened (no quick_check, no
    light check); the list reads at once; verify() then runs quick_check, once."""
    calls = []
    real = check.run_check
    monkeypatch.setattr(check, "run_check", lambda *a, **k: calls.append(a) or real(*a, **k))
    monkeypatch.setattr(check, "light_check", lambda path: pytest.fail("light check at open"))
    app = open_app(shop, now, check_later=True)
    try:
        assert not app.db.verification.decided and calls == []
        assert app.customer_list.count() == 3
        app.verify()
        assert app.db.verification.decided and len(calls) == 1
        app.verify()
        assert len(calls) == 1
    finally:
        app.close()


def test_a_write_before_the_check_runs_it_first(shop, now):
    """The first write runs the check (or waits for it), then goes ahead; the backup service
    exists by then, so the data counts as changed since the last backup."""
    app = open_app(shop, now, check_later=True)
    try:
        assert not app.db.verification.decided
        app.customers.create(CustomerInput(family_name="新井"), now)
        assert app.db.verification.decided and app.db.verification.problems == ()
        assert app.backups.changed_since_backup()
        assert app.db.commits == 1
    finally:
        app.close()


def test_a_damaged_file_found_after_opening_is_never_written(shop, now):
    """Damage the header does not show: the window opens and reads; then the check finds
    it, writes are refused, housekeeping takes no backup and purges nothing, and the file's
    bytes are as they were."""
    damage_an_index(shop / "relationdesk.sqlite3")
    before = written(shop)
    app = open_app(shop, now, check_later=True)
    try:
        with pytest.raises(DatabaseDamaged) as raised:
            app.housekeeping(now + timedelta(days=1))
        assert raised.value.problems and "Page" in " ".join(raised.value.problems)
        assert raised.value.backup is not None and raised.value.backup.customers == 3
        with pytest.raises(WritesRefused):
            app.customers.create(CustomerInput(family_name="新井"), now)
        with pytest.raises(DatabaseDamaged):
            app.verify()
        assert app.db.commits == 0
        assert [b.reason for b in app.backups.list_all(with_counts=False)] == ["manual"]
    finally:
        app.close()
    assert written(shop) == before
    with pytest.raises(DatabaseDamaged):  # the command line's start checks before opening
        open_app(shop, now)


def test_restoring_opens_writes_again(shop, now):
    """After the offered backup is restored (the damaged file kept aside), writes go ahead
    without checking the old file again."""
    damage_an_index(shop / "relationdesk.sqlite3")
    app = open_app(shop, now, check_later=True)
    try:
        with pytest.raises(DatabaseDamaged) as raised:
            app.verify()
        assert raised.value.backup is not None
        report = app.restore(raised.value.backup.path, now)
        assert report.damaged_copy is not None and report.damaged_copy.exists()
        app.verify()
        app.customers.create(CustomerInput(family_name="新井"), now)
        assert app.customer_list.count() == 4
    finally:
        app.close()


def test_a_file_needing_an_upgrade_or_wal_is_checked_before_it_is_opened(shop, now):
    """Opening writes to a file not in WAL mode (the switch) or at an older schema (the
    upgrade), so a window start checks those before opening them, as the command line does."""
    database = shop / "relationdesk.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    assert not check.in_wal_mode(database)
    app = open_app(shop, now, check_later=True)
    try:
        assert app.db.verification.decided
        assert app.customer_list.count() == 3  # the first connection switches it to WAL
    finally:
        app.close()
    assert check.in_wal_mode(database)
    damage_an_index(database)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    with pytest.raises(DatabaseDamaged):
        open_app(shop, now, check_later=True)


def test_a_new_data_folder_needs_no_check(data_dir, now):
    """A file the app creates itself has nothing to check: writes go ahead at once."""
    app = open_app(data_dir, now, check_later=True)
    try:
        assert app.db.verification.decided
        app.customers.create(CustomerInput(family_name="新井"), now)
    finally:
        app.close()


def test_the_check_runs_once_for_every_waiting_writer(tmp_path, monkeypatch):
    """Threads that need the verdict while one thread checks wait for that check."""
    started = threading.Event()
    release = threading.Event()
    calls = []

    def slow_check(path, pragma="quick_check", cancel=None):
        calls.append(path)
        started.set()
        release.wait(10)
        return []

    monkeypatch.setattr(check, "run_check", slow_check)
    verification = StartupVerification(tmp_path / "x.sqlite3", None)
    errors = []

    def ensure():
        try:
            verification.ensure()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=ensure) for _ in range(4)]
    for thread in threads:
        thread.start()
    assert started.wait(10)
    time.sleep(0.1)
    assert not verification.decided
    release.set()
    for thread in threads:
        thread.join(10)
    assert calls == [tmp_path / "x.sqlite3"] and errors == [] and verification.decided


def test_a_restore_during_the_check_keeps_its_verdict(tmp_path, monkeypatch):
    """The old file's check finishing after a restore does not refuse the restored file."""
    release = threading.Event()
    monkeypatch.setattr(check, "run_check", lambda *a, **k: release.wait(10) and ["broken"])
    verification = StartupVerification(tmp_path / "x.sqlite3", None)
    failures = []
    worker = threading.Thread(target=lambda: _collect(verification.ensure, failures))
    worker.start()
    time.sleep(0.05)
    verification.passed()
    release.set()
    worker.join(10)
    assert verification.problems == ()
    verification.ensure()


def _collect(call, failures) -> None:
    try:
        call()
    except Exception as exc:
        failures.append(exc)


def test_closing_stops_a_writer_waiting_for_the_check(shop, now, monkeypatch):
    """A write waiting for a long check gives up with DatabaseClosed when the app closes,
    instead of holding its thread (and the app's exit) until the check ends."""
    started = threading.Event()

    def endless(path, pragma="quick_check", cancel=None):
        started.set()
        while not (cancel and cancel()):
            time.sleep(0.01)
        raise check.CheckCancelled()

    monkeypatch.setattr(check, "run_check", endless)
    app = open_app(shop, now, check_later=True)
    failures: list[BaseException] = []
    checker = threading.Thread(target=lambda: _collect(app.verify, failures))
    writer = threading.Thread(
        target=lambda: _collect(
            lambda: app.customers.create(CustomerInput(family_name="新井"), now), failures
        )
    )
    checker.start()
    assert started.wait(10)
    writer.start()
    time.sleep(0.1)
    app.close()
    checker.join(10)
    writer.join(10)
    assert not checker.is_alive() and not writer.is_alive()
    assert len(failures) == 2 and all(isinstance(f, DatabaseClosed) for f in failures)
    assert not app.db.verification.decided
