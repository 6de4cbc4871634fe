"""The full data check (background and on demand): its verdict, held writes, its schedule."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from relationdesk.app import open_app
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.data_check import CheckSchedule
from relationdesk.storage.check import CheckCancelled, WritesRefused, run_check
from tests.unit.test_startup_verification import written


def damage_past_quick_check(path, text: str = "佐藤") -> None:
    """Flip *text* to another name inside the customers table's page only (not in its
    indexes): quick_check passes, integrity_check finds rows missing from the indexes."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'customers'"
        ).fetchone()[0]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    page = bytes(data[start : start + page_size])
    needle, other = text.encode(), "加藤".encode()
    assert needle in page and len(needle) == len(other)
    data[start : start + page_size] = page.replace(needle, other)
    path.write_bytes(bytes(data))


def unindex_one_customer(app) -> None:
    """Take one live customer out of the search index (a problem only in the index)."""
    from relationdesk.services import search_index

    with app.db.write() as uow:
        row = uow.connection.exec_driver_sql(
            "SELECT doc_id, search_text FROM customers WHERE deleted_at IS NULL LIMIT 1"
        ).one()
        search_index.remove_documents(uow.connection, [(row[0], row[1])])
        uow.commit()


@pytest.fixture
def shop(data_dir, now):
    """A data folder with three customers and a good backup of them, closed."""
    app = open_app(data_dir, now)
    for family in ("山田", "佐藤", "青木"):
        app.customers.create(CustomerInput(family_name=family), now)
    app.backups.backup_now("manual", now)
    app.close()
    return data_dir


def test_a_healthy_file_passes_and_the_time_is_recorded(shop, now):
    app = open_app(shop, now)
    try:
        assert app.data_check.due(now)
        result = app.data_check.run(now)
        assert result.healthy and not result.damaged and result.backup is None
        assert result.seconds >= 0 and result.started_at == now
        assert not app.data_check.due(now + timedelta(hours=23))
        assert app.data_check.due(now + timedelta(days=1))
        app.customers.create(CustomerInput(family_name="新井"), now)  # writes go on
    finally:
        app.close()


def test_damage_past_quick_check_refuses_writes_and_offers_the_backup(shop, now):
    damage_past_quick_check(shop / "relationdesk.sqlite3")
    assert run_check(shop / "relationdesk.sqlite3", "quick_check") == []
    app = open_app(shop, now)  # quick_check passes: it opens
    try:
        before = written(shop)
        result = app.data_check.run(now)
        assert result.damaged and any("missing from index" in p for p in result.problems)
        assert result.backup is not None and result.backup.customers == 3
        with pytest.raises(WritesRefused):
            app.customers.create(CustomerInput(family_name="新井"), now)
        assert written(shop) == before
        assert app.shutdown(now) is None  # no quit backup of a damaged file
        assert [b.reason for b in app.backups.list_all(with_counts=False)] == ["manual"]
    finally:
        app.close()


def test_index_only_problems_do_not_hold_writes(shop, now):
    app = open_app(shop, now)
    try:
        unindex_one_customer(app)
        result = app.data_check.run(now)
        assert result.index_only and not result.damaged and result.backup is None
        app.maintenance.rebuild_search_index()
        assert app.data_check.run(now).healthy
        app.customers.create(CustomerInput(family_name="新井"), now)
    finally:
        app.close()


def test_a_cancelled_check_records_nothing(shop, now):
    app = open_app(shop, now)
    try:
        with pytest.raises(CheckCancelled):
            app.data_check.run(now, cancel=lambda: True)
        assert app.data_check.due(now)
    finally:
        app.close()


def test_a_restore_during_the_check_keeps_the_new_files_verdict(shop, now):
    app = open_app(shop, now)
    try:
        verification = app.db.verification
        started = verification.generation
        verification.passed()  # a restore replaced the file meanwhile
        assert not verification.refuse(("old file: damaged",), started)
        assert verification.problems == ()
        assert verification.refuse(("damaged",))
        assert verification.problems == ("damaged",)
    finally:
        app.close()


def test_the_schedule_survives_a_bad_file_and_a_clock_set_back(tmp_path, now):
    schedule = CheckSchedule(tmp_path / "check-state.json")
    assert schedule.last() is None and schedule.due(now)
    schedule.record(now)
    assert schedule.last() == now and not schedule.due(now + timedelta(hours=1))
    assert not schedule.due(now - timedelta(hours=1))  # set back a little: still recent
    assert schedule.due(now - timedelta(days=3))  # a last check far in the future
    (tmp_path / "check-state.json").write_text("{not json", "utf-8")
    assert schedule.last() is None and schedule.due(now)


def test_the_command_line_check_counts_as_the_days_check(data_dir, now):
    """`relationdesk check` ran the full check: the window's background check is not due."""
    import relationdesk.cli as cli
    from relationdesk.services.data_check import STATE_NAME

    open_app(data_dir, now).close()
    schedule = CheckSchedule(data_dir / STATE_NAME)
    assert schedule.last() is None
    assert cli.main(["--data-dir", str(data_dir), "check"]) == cli.EXIT_OK
    last = schedule.last()
    assert last is not None and not schedule.due(last + timedelta(hours=1))
