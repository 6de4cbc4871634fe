"""The read-only look before a window start: will opening the file upgrade it?"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

import relationdesk.migrations as migrations
from relationdesk.app import open_app, upgrade_pending
from relationdesk.migrations import current_revision


def file_at(folder: Path, revision: str) -> Path:
    """A data folder's database made at *revision* by the real scripts."""
    from alembic import command
    from sqlalchemy import create_engine

    path = folder / "relationdesk.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path))  # "?" in a name
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), revision)  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == revision
    return path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in *folder* with the SHA-256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("revision", ["0001", "0004"])
def test_an_older_revision_is_pending_and_nothing_is_written(tmp_path, revision):
    folder = tmp_path / "data"
    file_at(folder, revision)
    before = snapshot(folder)
    assert upgrade_pending(folder) is True
    assert snapshot(folder) == before


def test_a_current_file_in_wal_mode_is_not_pending_and_stays_as_it_was(data_dir, now):
    open_app(data_dir, now).close()
    before = (data_dir / "relationdesk.sqlite3").read_bytes()
    assert migrations.upgrade_pending(data_dir / "relationdesk.sqlite3") is False
    assert (data_dir / "relationdesk.sqlite3").read_bytes() == before


def test_a_missing_folder_or_file_is_not_pending_and_nothing_is_made(tmp_path):
    assert upgrade_pending(tmp_path / "nowhere") is False
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "empty").mkdir()
    assert upgrade_pending(tmp_path / "empty") is False
    assert list((tmp_path / "empty").iterdir()) == []


def test_an_empty_file_is_not_pending(data_dir):
    data_dir.mkdir()
    (data_dir / "relationdesk.sqlite3").write_bytes(b"")
    assert upgrade_pending(data_dir) is False


def test_a_newer_version_s_file_is_not_pending(tmp_path):
    path = file_at(tmp_path / "data", "0004")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert upgrade_pending(tmp_path / "data") is False


@pytest.mark.parametrize(
    "make",
    [
        lambda path: path.write_bytes(b"this is not a database at all" * 100),
        lambda path: sqlite3.connect(path).execute("CREATE TABLE things (x)").connection.close(),
        lambda path: sqlite3.connect(path).execute("CREATE TABLE alembic_version (v)"),
        lambda path: path.mkdir(),
    ],
    ids=["garbage", "another-program", "no-revision", "a-folder"],
)
def test_what_cannot_be_told_is_unknown(data_dir, make):
    data_dir.mkdir()
    path = data_dir / "relationdesk.sqlite3"
    make(path)
    assert upgrade_pending(data_dir) is None


@pytest.mark.parametrize("name", ["shop #1", "what?", "100% 顧客"])
def test_a_folder_name_that_means_something_in_a_uri_is_still_a_path(tmp_path, name):
    file_at(tmp_path / name, "0004")
    assert upgrade_pending(tmp_path / name) is True


def test_a_file_locked_by_a_writer_is_unknown_at_once(tmp_path):
    """A rollback-journal file under another connection's exclusive lock: no waiting."""
    import time

    path = file_at(tmp_path / "data", "0004")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        assert upgrade_pending(tmp_path / "data") is None
        assert time.monotonic() - started < 1.0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("name", ["shop #1", "100% 顧客", "what? shop"])
def test_open_app_reads_the_revision_of_the_file_in_such_a_folder(tmp_path, now, name):
    """current_revision once read "file:/…/shop #1/…" as the file "/…/shop " (made it,
    empty): every start took the file for a new one, and an upgrade ran with no backup."""
    folder = tmp_path / name / "data"
    open_app(folder, now).close()
    assert current_revision(folder / "relationdesk.sqlite3") == migrations.HEAD_REVISION
    again = open_app(folder, now)
    again.close()
    assert not again.opened.created
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
