"""Restore: exactly what was backed up comes back; damaged files are kept, never written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from relationdesk.app import DatabaseDamaged, open_app, recover
from relationdesk.services.backups import BackupUnavailable
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.unit_of_work import DatabaseClosed
from relationdesk.storage.restore import finish_interrupted_restore, restoring_path, swap_in


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the full-text shadow tables included), sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def digest(path: Path) -> str:
    """SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(app, now, names=("山田", "田中", "佐藤")):
    """Customers with some history."""
    made = []
    for name in names:
        customer = app.customers.create(CustomerInput(family_name=name, reading="ヤマダ"), now)
        app.timeline.log_interaction(customer.id, "call", now, now, subject="電話")
        made.append(customer)
    return made


def test_restore_gives_back_exactly_what_was_backed_up(app, now):
    """Backup, change everything, restore: every table equals the backup, row for row."""
    made = fill(app, now)
    backup = app.backups.backup_now("manual", now).backup
    expected = dump(backup.path)
    app.customers.delete(made[0].id, now)
    fill(app, now, ("鈴木", "高橋"))
    app.customers.update(made[1].id, CustomerInput(family_name="変更", reading="ヘンコウ"), now)
    report = app.restore(backup.path, now + timedelta(minutes=5))
    assert dump(app.db.path) == expected
    assert report.customers == 3 and report.restored_from == backup.path
    assert report.damaged_copy is None and report.upgraded_from is None
    # The data it replaced was backed up first, and holds the later changes.
    assert report.safety_backup is not None
    assert dump(report.safety_backup)["customers"] != expected["customers"]
    # The services work on the restored data: reads, search, writes.
    assert app.customers.count() == 3
    assert {h.id for h in app.search.search("山田")} == {made[0].id}
    assert app.search.search("鈴木") == []
    fill(app, now, ("伊藤",))
    assert app.maintenance.check().healthy
    if os.name == "posix":
        assert app.db.path.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_bad_backups_and_changes_nothing(app, now, tmp_path):
    """A missing, damaged, foreign or newer backup is refused before anything is touched."""
    fill(app, now)
    before = dump(app.db.path)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE things (x)")
    newer = app.backups.backup_now("manual", now).backup.path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    cases = {
        tmp_path / "missing.sqlite3": "missing",
        garbage: "damaged",
        foreign: "not a RelationDesk database",
        newer: "newer",
    }
    for path, reason in cases.items():
        with pytest.raises(BackupUnavailable, match=reason):
            app.restore(path, now)
    assert dump(app.db.path) == before
    assert app.customers.count() == 3  # the services were reopened after each refusal


def test_services_refuse_work_while_the_database_is_closed(app, now):
    """Between close and reopen (a restore in progress) a service call fails clearly."""
    app.db.close()
    with pytest.raises(DatabaseClosed):
        app.customers.count()
    app.db.reopen()
    assert app.customers.count() == 0


def test_read_pool_closes_its_connections_and_never_pools_old_ones(app):
    """close() closes the pooled plain-sqlite3 readers; one in use then is closed when it
    is given back, not pooled again (after a restore it would see the replaced file)."""
    with app.db.query() as idle:
        pass
    with app.db.query() as busy:
        assert busy is idle  # pooled
        app.db.close()
    for conn in (idle, busy):
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(DatabaseClosed), app.db.query():
        pass
    app.db.reopen()
    with app.db.query() as fresh:
        assert fresh is not idle
        assert fresh.execute("SELECT count(*) FROM customers").fetchone() == (0,)


def damage(path: Path) -> None:
    """Overwrite the second page with 0xff (a broken b-tree page)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as raw:
        raw.seek(page * 3)
        raw.write(b"\xff" * page)


def test_a_damaged_file_is_detected_kept_and_recovered_as_a_user_would(data_dir, now):
    """Damage found at start-up: the newest good backup is offered, the damaged file is
    kept byte for byte as .damaged, and the backup's data is back."""
    app = open_app(data_dir, now)
    fill(app, now)
    backup = app.backups.backup_now("manual", now).backup
    expected = dump(backup.path)
    fill(app, now, ("後で",))
    app.close()
    database = data_dir / "relationdesk.sqlite3"
    damage(database)
    damaged_bytes = digest(database)

    with pytest.raises(DatabaseDamaged) as caught:
        open_app(data_dir, now)
    assert caught.value.backup is not None and caught.value.backup.path == backup.path
    assert caught.value.backup.customers == 3 and caught.value.problems
    assert digest(database) == damaged_bytes  # the failed start wrote nothing

    report = recover(data_dir, caught.value.backup.path, now + timedelta(minutes=1))
    assert report.damaged_copy is not None and report.safety_backup is None
    assert report.damaged_copy.name.endswith(".damaged")
    assert digest(report.damaged_copy) == damaged_bytes
    assert dump(database) == expected
    again = open_app(data_dir, now)
    try:
        assert again.customers.count() == 3 and again.maintenance.check().healthy
    finally:
        again.close()


def test_recover_into_an_empty_folder(tmp_path, data_dir, now):
    """On a new computer: restoring a backup into a folder with no database yet."""
    app = open_app(data_dir, now)
    fill(app, now)
    backup = app.backups.backup_now("manual", now, dest=tmp_path).backup.path
    app.close()
    fresh = tmp_path / "new-pc"
    report = recover(fresh, backup, now)
    assert report.damaged_copy is None and report.customers == 3
    assert dump(fresh / "relationdesk.sqlite3") == dump(backup)


def test_an_interrupted_swap_is_finished_at_the_next_start(data_dir, now, tmp_path):
    """A crash between moving the damaged file aside and renaming the copy in: the checked
    copy is put in place at the next start, instead of a new empty database."""
    app = open_app(data_dir, now)
    fill(app, now)
    backup = app.backups.backup_now("manual", now, dest=tmp_path).backup.path
    app.close()
    database = data_dir / "relationdesk.sqlite3"
    swap_in(backup, database, now)  # a complete swap, then undo its last rename:
    os.replace(database, restoring_path(database))
    assert finish_interrupted_restore(database, now)
    assert dump(database) == dump(backup)
    # A stale copy beside a database is simply removed.
    restoring_path(database).write_bytes(b"half")
    assert not finish_interrupted_restore(database, now)
    assert not restoring_path(database).exists()
    reopened = open_app(data_dir, now)
    assert reopened.customers.count() == 3
    reopened.close()


def test_restore_of_an_older_schema_upgrades_it(data_dir, now, tmp_path, monkeypatch):
    """A backup from the first release (schema 0001) is restored and upgraded."""
    from alembic import command
    from sqlalchemy import create_engine

    import relationdesk.migrations as migrations
    from relationdesk.services import change_log
    from relationdesk.services.customers import CustomerService
    from relationdesk.services.unit_of_work import Database

    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0001")  # type: ignore[arg-type]
    engine.dispose()
    with monkeypatch.context() as first_release:
        first_release.setattr(change_log, "record", lambda *args, **kwargs: 0)
        db = Database(old)
        CustomerService(db).create(CustomerInput(family_name="古川", reading="フルカワ"), now)
        db.close()
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    app = open_app(data_dir, now)
    fill(app, now)
    report = app.restore(old, now)
    assert report.upgraded_from == "0001" and report.customers == 1
    assert [h.name for h in app.search.search("ふるかわ")] == ["古川"]
    app.close()


def test_a_wal_without_its_database_is_set_aside(data_dir, now):
    """A leftover -wal with no database beside it is never replayed into a new file."""
    app = open_app(data_dir, now)
    fill(app, now)
    app.close()
    database = data_dir / "relationdesk.sqlite3"
    (data_dir / "relationdesk.sqlite3-wal").write_bytes(b"stale" * 100)
    database.unlink()
    fresh = open_app(data_dir, now)
    try:
        assert fresh.opened.created and fresh.customers.count() == 0
        assert list(data_dir.glob("relationdesk.sqlite3-wal.*.orphan"))
    finally:
        fresh.close()
