"""What happens to the user's file at start-up: create, back up and upgrade, or refuse."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

import relationdesk.migrations as migrations
from relationdesk.app import open_app
from relationdesk.migrations import (
    HEAD_REVISION,
    DatabaseTooNew,
    NotARelationDeskDatabase,
    current_revision,
    open_database,
)
from relationdesk.services.customer_data import CustomerInput


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_scripts():
    """HEAD_REVISION (used to skip Alembic at start-up) is the scripts' real head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())  # type: ignore[arg-type]
    assert script.get_current_head() == HEAD_REVISION
    assert set(migrations.KNOWN_REVISIONS) == {r.revision for r in script.walk_revisions()}


def test_new_file_is_created_and_stamped(tmp_path, now):
    """A missing file is created at the newest schema, with WAL on."""
    path = tmp_path / "new.sqlite3"
    result = open_database(path, tmp_path / "backups", now)
    assert result.created and result.backup is None
    assert current_revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again = open_database(path, tmp_path / "backups", now)
    assert not again.created and again.upgraded_from is None


def test_file_from_newer_version_is_refused_untouched(tmp_path, now):
    """A schema revision we do not know means a newer RelationDesk: refuse, change nothing."""
    path = tmp_path / "db.sqlite3"
    open_database(path, tmp_path / "backups", now)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path, tmp_path / "backups", now)
    assert caught.value.revision == "9999"
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b""],
    ids=["text", "empty"],
)
def test_foreign_or_empty_file(tmp_path, now, content):
    """Random bytes are refused untouched; an empty file is treated as new."""
    path = tmp_path / "db.sqlite3"
    path.write_bytes(content)
    if content:
        with pytest.raises(NotARelationDeskDatabase):
            open_database(path, tmp_path / "backups", now)
        assert path.read_bytes() == content
    else:
        assert open_database(path, tmp_path / "backups", now).created


def test_other_programs_database_is_refused(tmp_path, now):
    """A SQLite file of another program (no alembic_version) is refused untouched."""
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    before = digest(path)
    with pytest.raises(NotARelationDeskDatabase):
        open_database(path, tmp_path / "backups", now)
    assert digest(path) == before


def test_older_file_is_backed_up_then_upgraded(tmp_path, now, monkeypatch):
    """With a newer revision available, an older file is backed up (restorable) and upgraded."""
    data = tmp_path / "data"
    app = open_app(data, now)
    created = app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    app.close()

    scripts = tmp_path / "scripts"
    shutil.copytree(Path(migrations.__file__).parent, scripts)
    head = migrations.HEAD_REVISION
    (scripts / "versions" / "9000_test.py").write_text(
        textwrap.dedent(
            f'''
            """A test-only revision that adds a column."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9000"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade():
                with op.batch_alter_table("customers") as batch:
                    batch.add_column(sa.Column("loyalty", sa.Integer(), nullable=True))


            def downgrade():
                with op.batch_alter_table("customers") as batch:
                    batch.drop_column("loyalty")
            '''
        )
    )
    original = migrations.alembic_config

    def patched(connection=None, url=None):
        config = original(connection, url)
        config.set_main_option("script_location", str(scripts))  # type: ignore[attr-defined]
        return config

    monkeypatch.setattr(migrations, "alembic_config", patched)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "9000")
    monkeypatch.setattr(migrations, "KNOWN_REVISIONS", (*migrations.KNOWN_REVISIONS, "9000"))

    result = migrations.open_database(data / "relationdesk.sqlite3", data / "backups", now)
    assert result.upgraded_from == head
    assert result.backup is not None and result.backup.exists()
    assert current_revision(data / "relationdesk.sqlite3") == "9000"
    with sqlite3.connect(data / "relationdesk.sqlite3") as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(customers)")}
        assert "loyalty" in columns
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert conn.execute("SELECT id FROM customers").fetchone()[0] == created.id.bytes
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_at_0001_is_upgraded_with_its_data(tmp_path, now, monkeypatch):
    """The real upgrade path of the first release's schema keeps every customer."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "data" / "relationdesk.sqlite3"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0001")  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == "0001"
    from relationdesk.services import change_log
    from relationdesk.services.customers import CustomerService
    from relationdesk.services.unit_of_work import Database

    with monkeypatch.context() as first_release:  # 0001 had no change log to write to
        first_release.setattr(change_log, "record", lambda *args, **kwargs: 0)
        old = Database(path)
        before = CustomerService(old).create(
            CustomerInput(family_name="佐藤", reading="サトウ"), now
        )
        old.close()

    result = migrations.open_database(path, path.parent / "backups", now)
    assert result.upgraded_from == "0001" and result.backup is not None
    assert current_revision(path) == migrations.HEAD_REVISION
    app = open_app(path.parent, now)
    try:
        created = app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
        assert app.customers.get(created.id).family_name == "山田"
        assert app.customers.get(before.id).reading == "サトウ"
        assert app.search.search("さとう")[0].id == before.id
    finally:
        app.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "changes" in tables
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_at_0002_is_upgraded_to_the_import_journal(tmp_path, now):
    """0002 -> 0003: customers and their change log stay; the import tables appear empty and
    an import and its undo work on the upgraded file."""
    from alembic import command
    from sqlalchemy import create_engine

    from relationdesk.services.customers import CustomerService
    from relationdesk.services.unit_of_work import Database
    from tests.unit.importing.helpers import DATA

    path = tmp_path / "data" / "relationdesk.sqlite3"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0002")  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == "0002"
    old = Database(path)
    before = CustomerService(old).create(
        CustomerInput(family_name="髙橋", given_name="一郎", reading="タカハシ イチロウ"), now
    )
    old.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "import_batches" not in tables
        logged = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        assert logged > 0

    result = migrations.open_database(path, path.parent / "backups", now)
    assert result.upgraded_from == "0002" and result.backup is not None
    assert current_revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        for table in ("import_batches", "import_batch_items", "import_mappings"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM changes").fetchone()[0] == logged
    app = open_app(path.parent, now)
    try:
        assert app.customers.get(before.id).reading == "タカハシ イチロウ"
        imported = app.imports.run(DATA / "excel_cp932.csv", None, now)
        assert imported.counts.merged == 1 and imported.counts.new == 4  # 髙橋 一郎 again
        app.imports.undo(imported.batch_id, now)
        assert [h.id for h in app.search.search("髙橋")] == [before.id]
        assert app.maintenance.check().healthy
    finally:
        app.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_at_0003_gets_the_trash_indexes(tmp_path, now):
    """0003 -> 0004: the partial deleted_at indexes appear and the trash queries use them."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "data" / "relationdesk.sqlite3"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0003")  # type: ignore[arg-type]
    engine.dispose()
    result = migrations.open_database(path, path.parent / "backups", now)
    assert result.upgraded_from == "0003"
    assert current_revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        for table in ("interactions", "purchases", "reminders"):
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE deleted_at IS NOT NULL "
                    "ORDER BY deleted_at DESC, id DESC LIMIT 10"
                )
            )
            assert f"ix_{table}_trash" in plan, plan


def _file_at(tmp_path: Path, revision: str) -> Path:
    """A data folder's database created at *revision* by the real scripts."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "data" / "relationdesk.sqlite3"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), revision)  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == revision
    return path


def _changes_schema(path: Path) -> tuple[str, list[str], dict[str, int]]:
    """The table's CREATE statement, its indexes' names, and customer_id's NOT NULL flag."""
    with sqlite3.connect(path) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'changes'").fetchone()[0]
        indexes = sorted(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'changes' "
                "AND sql IS NOT NULL"
            )
        )
        notnull = {r[1]: r[3] for r in conn.execute("PRAGMA table_info(changes)")}
    return sql, indexes, notnull


def test_a_file_at_0004_is_upgraded_and_keeps_its_change_log(tmp_path, now):
    """0004 -> 0005: every change row stays as it was; customer_id turns nullable with its
    foreign key, its index and WITHOUT ROWID kept; tasks are logged on the upgraded file,
    and an erasure still takes the customer's rows (and only those)."""
    from relationdesk.services.customers import CustomerService
    from relationdesk.services.unit_of_work import Database

    path = _file_at(tmp_path, "0004")
    sql, indexes, notnull = _changes_schema(path)
    assert notnull["customer_id"] == 1 and "WITHOUT ROWID" in sql
    old = Database(path)
    before = CustomerService(old, actor="店長").create(
        CustomerInput(family_name="髙橋", given_name="一郎", reading="タカハシ イチロウ"), now
    )
    old.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT * FROM changes ORDER BY id").fetchall()
    assert rows

    result = migrations.open_database(path, path.parent / "backups", now)
    assert result.upgraded_from == "0004" and result.backup is not None
    assert current_revision(path) == migrations.HEAD_REVISION
    new_sql, new_indexes, new_notnull = _changes_schema(path)
    assert new_notnull["customer_id"] == 0
    assert new_indexes == indexes == ["ix_changes_customer"]
    assert "WITHOUT ROWID" in new_sql
    assert "fk_changes_customer_id_customers" in new_sql and "ON DELETE CASCADE" in new_sql
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM changes ORDER BY id").fetchall() == rows
        assert conn.execute("PRAGMA foreign_key_check(changes)").fetchall() == []
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("SELECT * FROM changes ORDER BY id").fetchall() == rows

    app = open_app(path.parent, now)
    try:
        task = app.reminders.create("棚卸し", now, now)
        app.reminders.complete(task.id, now)
        app.privacy.erase(before.id, now, vacuum=False)
        assert app.maintenance.check().healthy
    finally:
        app.close()
    with sqlite3.connect(path) as conn:
        left = conn.execute("SELECT customer_id, record_id, field FROM changes").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert left and {r[0] for r in left} == {None}
    assert {r[1] for r in left} == {task.id.bytes}


def test_the_downgrade_to_0004_drops_only_the_tasks_rows(tmp_path, now):
    """0005 -> 0004 (a developer's downgrade): customers' rows stay, tasks' rows go (0004
    cannot hold them) and customer_id is NOT NULL again."""
    from alembic import command
    from sqlalchemy import create_engine

    data = tmp_path / "data"
    app = open_app(data, now)
    try:
        made = app.customers.create(CustomerInput(family_name="山田"), now)
        app.reminders.create("棚卸し", now, now)
    finally:
        app.close()
    path = data / "relationdesk.sqlite3"
    with sqlite3.connect(path) as conn:
        kept = conn.execute(
            "SELECT * FROM changes WHERE customer_id IS NOT NULL ORDER BY id"
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM changes WHERE customer_id IS NULL").fetchone()[0]
    assert kept and {r[3] for r in kept} == {made.id.bytes}
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0004")  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == "0004"
    sql, indexes, notnull = _changes_schema(path)
    assert notnull["customer_id"] == 1 and indexes == ["ix_changes_customer"]
    assert "WITHOUT ROWID" in sql
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM changes ORDER BY id").fetchall() == kept
