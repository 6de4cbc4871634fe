"""Owner-only files and folders on POSIX, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from relationdesk.app import open_app
from relationdesk.services.customer_data import CustomerInput

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A permissive umask (group and others may read), as many desktops have."""
    old = os.umask(0o002)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    """The permission bits."""
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_backups_and_folders_are_owner_only(tmp_path, now, loose_umask):
    """Created 0600 / 0700 at creation, not tightened later."""
    data = tmp_path / "data"
    app = open_app(data, now)
    try:
        app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
        database = app.paths.database
        wal = database.with_name(database.name + "-wal")
        shm = database.with_name(database.name + "-shm")
        assert wal.exists() and shm.exists()
        for path in (database, wal, shm, data / "relationdesk.lock"):
            assert mode(path) == 0o600, path.name
        assert mode(data) == 0o700
        backup = app.backups.backup_now("manual", now).backup.path
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        marker_free = app.backups.changed_since_backup()
        assert not marker_free
        app.customers.create(CustomerInput(family_name="田中", reading="タナカ"), now)
        assert mode(data / ".changed-since-backup") == 0o600
        exported = app.privacy.export_customer(app.customers.list_page().rows[0].id, tmp_path, now)
        assert mode(exported.json_path) == 0o600 and mode(exported.report_path) == 0o600
    finally:
        app.close()


def test_an_older_loose_database_is_tightened(tmp_path, now, loose_umask):
    """A database file a previous version left 0644 becomes 0600 at the next start."""
    data = tmp_path / "data"
    open_app(data, now).close()
    database = data / "relationdesk.sqlite3"
    os.chmod(database, 0o644)
    app = open_app(data, now)
    try:
        assert mode(database) == 0o600
    finally:
        app.close()


def test_a_restored_database_is_owner_only(tmp_path, now, loose_umask):
    """After a restore (in place or swapped in) the file is still 0600."""
    from relationdesk.app import recover

    data = tmp_path / "data"
    app = open_app(data, now)
    app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    backup = app.backups.backup_now("manual", now).backup.path
    app.restore(backup, now)
    assert mode(app.paths.database) == 0o600
    app.close()
    fresh = tmp_path / "fresh"
    recover(fresh, backup, now)
    assert mode(fresh / "relationdesk.sqlite3") == 0o600 and mode(fresh) == 0o700
