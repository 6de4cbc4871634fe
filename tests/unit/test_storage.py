"""Connection settings, units of work and backups on a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from relationdesk.services.customer_data import CustomerInput
from relationdesk.storage.backup import backup_database


def test_connections_use_wal_full_sync_foreign_keys_and_busy_timeout(app):
    """Every pooled connection runs with WAL, synchronous=FULL, foreign keys and a timeout."""
    with app.db.read() as uow:
        conn = uow.connection
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_bulk_unit_relaxes_checks_only_for_itself(app):
    """A bulk unit turns foreign keys off for its transaction; the next unit has them on."""
    with app.db.bulk_write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    with app.db.write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_disposable_bulk_unit_skips_fsync_only_for_itself(app):
    """Demo data's bulk unit commits with synchronous=NORMAL; the next unit is FULL again,
    and read connections are FULL and query-only."""
    with app.db.bulk_write(durable=False) as uow:
        assert uow.connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1
        assert uow.connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    with app.db.bulk_write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with app.db.write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert uow.connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with app.db.query() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM tags")


def _fill_scratch(uow, pages: int) -> None:
    """Write about *pages* pages of 4 KB into a scratch table, in *uow*'s transaction."""
    conn = uow.connection
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS scratch (data BLOB)")
    for _ in range(pages):
        conn.exec_driver_sql("INSERT INTO scratch VALUES (randomblob(4000))")


def _file_pages(app) -> int:
    """Pages in the database file itself: a checkpoint copies the WAL's pages there."""
    return app.db.path.stat().st_size // 4096


def test_durable_bulk_commit_leaves_its_checkpoint_to_a_background_thread(app, monkeypatch):
    """An import's bulk unit commits without copying its pages into the database file (no
    automatic checkpoint on its connection); the checkpointer copies them afterwards, and
    the next unit checkpoints automatically again."""
    asked: list[bool] = []
    real_request = app.db.checkpointer.request
    monkeypatch.setattr(app.db.checkpointer, "request", lambda: asked.append(True))
    before = _file_pages(app)
    with app.db.bulk_write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        _fill_scratch(uow, 1500)
        uow.commit()
    assert asked == [True]
    assert _file_pages(app) == before  # committed into the WAL, not copied yet
    with app.db.query() as conn:
        assert conn.execute("SELECT count(*) FROM scratch").fetchone()[0] == 1500
    real_request()
    app.db.checkpointer.wait()
    assert app.db.checkpointer.runs == 1
    assert _file_pages(app) > before + 1500
    with app.db.write() as uow:
        assert uow.connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000


def test_disposable_bulk_commit_checkpoints_as_it_commits(app):
    """Demo data commits many times: each commit checkpoints as SQLite does by default
    (a background checkpoint racing a stream of commits could let the WAL grow)."""
    before = _file_pages(app)
    with app.db.bulk_write(durable=False) as uow:
        _fill_scratch(uow, 1500)
        uow.commit()
    assert _file_pages(app) > before + 1500
    assert app.db.checkpointer.runs == 0


def test_closing_waits_for_a_background_checkpoint(app):
    """A checkpoint asked for just before closing has ended when close returns."""
    before = _file_pages(app)
    with app.db.bulk_write() as uow:
        _fill_scratch(uow, 1500)
        uow.commit()
    app.db.close()
    assert app.db.checkpointer.runs == 1
    app.db.reopen()
    assert _file_pages(app) >= before + 1500


def test_read_blocks_see_one_snapshot_and_leave_no_transaction(app, now):
    """query(snapshot=True) holds one read transaction for its block; a block that raises
    gives its connection back with no transaction open."""
    with app.db.query(snapshot=True) as conn:
        before = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == before
    with pytest.raises(ZeroDivisionError), app.db.query(snapshot=True) as conn:
        conn.execute("SELECT 1").fetchall()
        raise ZeroDivisionError
    with app.db.query() as conn:
        assert not conn.in_transaction
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == before + 1


def test_unit_of_work_rolls_back_unless_committed(app, now):
    """Leaving the block without commit, or by an exception, keeps nothing."""
    with app.db.write() as uow:
        uow.connection.exec_driver_sql(
            "INSERT INTO tags (id, name, name_key, color, created_at, updated_at, version) "
            "VALUES (x'00', 'a', 'a', '', 0, 0, 1)"
        )
    with pytest.raises(RuntimeError), app.db.write() as uow:
        uow.connection.exec_driver_sql(
            "INSERT INTO tags (id, name, name_key, color, created_at, updated_at, version) "
            "VALUES (x'01', 'b', 'b', '', 0, 0, 1)"
        )
        raise RuntimeError("boom")
    with app.db.read() as uow:
        assert uow.connection.exec_driver_sql("SELECT count(*) FROM tags").scalar() == 0


def test_failed_create_leaves_no_trace_in_table_or_index(app, now, monkeypatch):
    """If indexing fails inside create, the customer row is rolled back with it."""
    import relationdesk.services.search_index as search_index

    def broken(connection, documents):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(search_index, "add_documents", broken)
    with pytest.raises(sqlite3.OperationalError):
        app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    monkeypatch.undo()
    assert app.customers.count() == 0
    assert app.maintenance.check().healthy


def test_backup_is_complete_checked_and_owner_only(app, now, tmp_path):
    """A backup taken while the app is open holds every committed row and passes its check."""
    app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    path = backup_database(app.paths.database, tmp_path / "backups", "manual", now)
    assert path.exists() and not list(path.parent.glob("*.partial"))
    assert path.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_data_folder_is_owner_only(app):
    """The data folder is created readable by its owner only."""
    assert app.paths.root.stat().st_mode & 0o777 == 0o700


def test_check_reports_a_broken_index(app, now):
    """The integrity check notices when the search index no longer matches its documents."""
    app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    assert app.maintenance.check().healthy
    with app.db.write() as uow:
        uow.connection.exec_driver_sql(
            "UPDATE customer_fts_data SET block = zeroblob(length(block)) WHERE id > 10"
        )
        uow.commit()
    report = app.maintenance.check()
    assert not report.healthy and any("customer_fts" in p for p in report.problems)


def test_start_up_check_light_for_large_files(app, now):
    """Above the size limit start-up only reads the schema and each table's and index's
    first page; the full quick_check then runs in the background (maintenance)."""
    from relationdesk.services.demo import DemoGenerator
    from relationdesk.storage.check import startup_check

    DemoGenerator(app.db, 3).generate(200, now)
    quick = startup_check(app.paths.database)
    assert quick.complete and quick.healthy
    light = startup_check(app.paths.database, limit=0)
    assert not light.complete and light.healthy
    assert app.maintenance.quick_check().healthy


def test_header_problems(tmp_path):
    """A foreign header, an impossible page size and a truncated file are named at once."""
    from relationdesk.storage.check import header_problem

    path = tmp_path / "x.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 100)
    assert header_problem(path) is None
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data[: len(data) // 2]))
    assert "truncated" in (header_problem(path) or "")
    # With a WAL beside it, a short main file is a checkpoint a crash cut off: not damage.
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    assert header_problem(path) is None
    wal.unlink()
    bad = bytearray(data)
    bad[16:18] = b"\x03\x00"
    path.write_bytes(bytes(bad))
    assert "page size" in (header_problem(path) or "")
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    assert "SQLite header" in (header_problem(path) or "")
    path.write_bytes(b"")
    assert header_problem(path) is None
