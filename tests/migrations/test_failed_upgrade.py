"""Fault injection: an upgrade that fails half-way leaves the data at the old version."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

import relationdesk.migrations as migrations
from relationdesk import cli
from relationdesk.app import open_app
from relationdesk.migrations import MigrationFailed, current_revision
from relationdesk.services.customer_data import CustomerInput
from relationdesk.storage.lock import DataFolderLock

# A revision that does part of its work, makes it durable (as a migration that must commit
# between steps would), then fails: the transaction's rollback alone cannot undo it.
FAILING = '''
"""A test-only revision that fails half-way."""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("loyalty", sa.Integer(), nullable=True))
    bind = op.get_bind()
    bind.exec_driver_sql("UPDATE customers SET note = 'half-migrated', loyalty = 1")
    bind.connection.dbapi_connection.execute("COMMIT")  # durable: no rollback undoes it
    raise RuntimeError("disk full half-way")


def downgrade():
    pass
'''


def filled(data: Path, now) -> list[tuple]:
    """A data folder with two customers; their rows."""
    app = open_app(data, now)
    for name in ("山田", "田中"):
        app.customers.create(CustomerInput(family_name=name, note="元のメモ"), now)
    app.close()
    with sqlite3.connect(data / "relationdesk.sqlite3") as conn:
        return conn.execute("SELECT id, note FROM customers ORDER BY id").fetchall()


def test_a_failed_upgrade_is_put_back_from_its_backup(tmp_path, now, monkeypatch):
    """MigrationFailed, restored: old revision, old columns, old values; the backup is kept."""
    data = tmp_path / "data"
    rows = filled(data, now)
    old_head = migrations.HEAD_REVISION
    database = data / "relationdesk.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "HEAD_REVISION", "9000")
        failing_revision_for(tmp_path, patch, old_head)
        with pytest.raises(MigrationFailed) as caught:
            migrations.open_database(database, data / "backups", now)
    failure = caught.value
    assert failure.restored and failure.revision == old_head
    assert "disk full half-way" in failure.detail
    assert failure.backup is not None and failure.backup.exists()
    assert current_revision(database) == old_head
    with sqlite3.connect(database) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(customers)")}
        assert "loyalty" not in columns
        assert conn.execute("SELECT id, note FROM customers ORDER BY id").fetchall() == rows
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    app = open_app(data, now)  # the current version opens it as if nothing happened
    try:
        assert app.customers.count() == 2 and app.maintenance.check().healthy
    finally:
        app.close()


def failing_revision_for(tmp_path, patch, head):
    """Point the migrations at a copy with the failing revision 9000 on top of *head*."""
    scripts = tmp_path / "scripts"
    if not scripts.exists():
        shutil.copytree(Path(migrations.__file__).parent, scripts)
        (scripts / "versions" / "9000_fails.py").write_text(
            textwrap.dedent(FAILING).replace("{head}", head)
        )
    original = migrations.alembic_config

    def patched(connection=None, url=None):
        config = original(connection, url)
        config.set_main_option("script_location", str(scripts))  # type: ignore[attr-defined]
        return config

    patch.setattr(migrations, "alembic_config", patched)
    patch.setattr(migrations, "KNOWN_REVISIONS", (*migrations.KNOWN_REVISIONS, "9000"))


def test_open_app_reports_it_and_releases_the_lock(tmp_path, now, monkeypatch):
    """At start-up the failure is a typed error; the folder is not left locked."""
    data = tmp_path / "data"
    filled(data, now)
    old_head = migrations.HEAD_REVISION
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "HEAD_REVISION", "9000")
        failing_revision_for(tmp_path, patch, old_head)
        with pytest.raises(MigrationFailed):
            open_app(data, now)
    with DataFolderLock.acquire(data, now):
        pass


def test_the_cli_says_it_in_one_line(tmp_path, now, monkeypatch, capsys):
    """relationdesk: one clear line, exit 2, the data as it was."""
    data = tmp_path / "data"
    rows = filled(data, now)
    old_head = migrations.HEAD_REVISION
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "HEAD_REVISION", "9000")
        failing_revision_for(tmp_path, patch, old_head)
        code = cli.main(["--data-dir", str(data), "stats"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert f"Could not upgrade the database from schema {old_head}" in err
    assert "nothing was lost" in err
    with sqlite3.connect(data / "relationdesk.sqlite3") as conn:
        assert conn.execute("SELECT id, note FROM customers ORDER BY id").fetchall() == rows


def test_a_new_file_whose_creation_fails_leaves_nothing(tmp_path, now, monkeypatch):
    """Creating a new database that fails leaves no half-made file for the next start."""
    import relationdesk.migrations as module

    def broken(path):
        path.write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(module, "_upgrade", broken)
    database = tmp_path / "relationdesk.sqlite3"
    with pytest.raises(MigrationFailed) as caught:
        module.open_database(database, tmp_path / "backups", now)
    assert caught.value.revision is None and caught.value.restored
    assert not database.exists()
