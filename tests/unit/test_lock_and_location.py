"""Never two running copies on one data folder; warnings for network and cloud-sync folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath

import pytest

from relationdesk.app import open_app
from relationdesk.storage.location import (
    LocationRisk,
    check_location,
    cloud_service,
    mount_type,
    network_filesystem,
    statfs_type,
)
from relationdesk.storage.lock import LOCK_NAME, DataFolderInUse, DataFolderLock, read_holder

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX locks and signals")

HOLD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from relationdesk.app import open_app
    app = open_app(Path(sys.argv[1]), datetime.now(UTC))
    print("open", flush=True)
    time.sleep(60)
    """
)


def hold_in_child(folder: Path) -> subprocess.Popen:
    """Start a process that opens the data folder and keeps it open."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    return child


@posix_only
def test_a_second_process_is_refused_until_the_first_goes(data_dir, now):
    """Another process holding the folder: DataFolderInUse naming it; after SIGKILL, free."""
    child = hold_in_child(data_dir)
    try:
        with pytest.raises(DataFolderInUse) as caught:
            open_app(data_dir, now)
        holder = caught.value.holder
        assert holder is not None and holder.pid == child.pid
        assert caught.value.folder == data_dir
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout:
            child.stdout.close()
    app = open_app(data_dir, now)  # the kernel released the lock with the process
    app.close()


@posix_only
def test_the_cli_refuses_beside_a_running_copy(data_dir):
    """A CLI command beside an open app: one line, exit 2, nothing done."""
    from tests.e2e.test_cli import run

    child = hold_in_child(data_dir)
    try:
        result = run("stats", data_dir=data_dir)
        assert result.returncode == 2
        assert "in use by another running RelationDesk" in result.stderr
        assert f"process {child.pid}" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        child.kill()
        child.wait()
        if child.stdout:
            child.stdout.close()


def test_within_one_process_the_lock_is_shared_and_counted(data_dir, now):
    """Two App objects in one process share the lock; it goes with the last one."""
    first = open_app(data_dir, now)
    second = open_app(data_dir, now)
    second.close()
    first.close()
    first.close()  # idempotent
    with DataFolderLock.acquire(data_dir, now) as lock:
        assert lock.path == data_dir / LOCK_NAME
        holder = read_holder(lock.path)
        assert holder is not None and holder.pid == os.getpid()


def test_the_lock_file_is_kept_and_private(data_dir, now):
    """The lock file is never deleted (that would race) and is owner-only."""
    app = open_app(data_dir, now)
    app.close()
    path = data_dir / LOCK_NAME
    assert path.exists()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_failed_open_releases_the_lock(data_dir, now):
    """When opening fails (a newer file), the lock does not stay behind."""
    import sqlite3

    app = open_app(data_dir, now)
    app.close()
    with sqlite3.connect(data_dir / "relationdesk.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    from relationdesk.migrations import DatabaseTooNew

    with pytest.raises(DatabaseTooNew):
        open_app(data_dir, now)
    with DataFolderLock.acquire(data_dir, now):
        pass


# -- dangerous places -----------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw,relatime 0 0
//nas/share /mnt/nas cifs rw 0 0
user@host:/home /mnt/ssh fuse.sshfs rw 0 0
/dev/sdb1 /media/usb fuseblk rw 0 0
/dev/sdc1 /mnt/nas/local ext4 rw 0 0
//nas/my\\040share /mnt/with\\040space cifs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/shop/data", "ext4"),
        ("/mnt/nfs/shop", "nfs4"),
        ("/mnt/nas/shop/RelationDesk", "cifs"),
        ("/mnt/nas/local/RelationDesk", "ext4"),
        ("/mnt/ssh/x", "fuse.sshfs"),
        ("/media/usb/RelationDesk", "fuseblk"),
        ("/mnt/with space/x", "cifs"),
    ],
)
def test_mount_type_takes_the_longest_mount_point(path, expected):
    """The file system of a folder is that of the longest mount point containing it."""
    assert mount_type(Path(path), MOUNTS) == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mounts")
def test_network_filesystems_from_the_mount_table(monkeypatch):
    """NFS, CIFS and sshfs are network file systems; ext4 and a USB disk (fuseblk) are not."""
    import relationdesk.storage.location as location

    monkeypatch.setattr(location, "statfs_type", lambda folder: 0xEF53)
    monkeypatch.setattr(location, "_existing", lambda folder: folder)
    monkeypatch.setattr(Path, "resolve", lambda self, strict=False: self)
    assert network_filesystem(Path("/mnt/nfs/shop"), MOUNTS) == "nfs4"
    assert network_filesystem(Path("/mnt/nas/shop"), MOUNTS) == "cifs"
    assert network_filesystem(Path("/mnt/ssh/shop"), MOUNTS) == "fuse.sshfs"
    assert network_filesystem(Path("/home/shop"), MOUNTS) is None
    assert network_filesystem(Path("/media/usb/shop"), MOUNTS) is None
    monkeypatch.setattr(location, "statfs_type", lambda folder: 0xFF534D42)
    assert network_filesystem(Path("/anything"), "") == "cifs"
    warning = check_location(Path("/srv/shop"), mounts=MOUNTS, environ={})
    assert warning is not None and (warning.risk, warning.detail) == (LocationRisk.NETWORK, "cifs")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="statfs")
def test_statfs_of_a_local_folder(tmp_path):
    """statfs works here and a temporary folder is not a network share."""
    assert statfs_type(tmp_path) is not None
    assert check_location(tmp_path, environ={}) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/hanako/Dropbox/RelationDesk", "Dropbox"),
        ("/home/hanako/Dropbox (Personal)/crm", "Dropbox"),
        ("/Users/hanako/Library/CloudStorage/Dropbox/crm", "Dropbox"),
        ("/Users/hanako/Library/CloudStorage/OneDrive-Personal/crm", "OneDrive"),
        (
            "/Users/hanako/Library/CloudStorage/GoogleDrive-hanako@example.com/My Drive/crm",
            "Google Drive",
        ),
        ("/Users/hanako/Library/Mobile Documents/com~apple~CloudDocs/crm", "iCloud"),
        ("/mnt/c/Users/hanako/OneDrive - 株式会社山田/データ", "OneDrive"),
        ("/mnt/c/Users/hanako/OneDrive/データ", "OneDrive"),
        ("/home/hanako/Google Drive/crm", "Google Drive"),
        ("/Volumes/GoogleDrive/マイドライブ/crm", "Google Drive"),
        ("/home/hanako/iCloud Drive/crm", "iCloud"),
        ("/home/hanako/.local/share/RelationDesk", None),
        ("/home/dropboxer/data", None),
    ],
)
def test_cloud_sync_folders_by_path(path, service):
    """Cloud-sync folders are recognised by their names, wherever they are."""
    assert cloud_service(PurePosixPath(path), {}) == service


def test_cloud_sync_by_marker_file_and_environment(tmp_path):
    """A .dropbox marker in a parent folder, or OneDrive's variable, flags the folder."""
    synced = tmp_path / "Sync"
    (synced / "shop" / "data").mkdir(parents=True)
    (synced / ".dropbox").write_text("{}")
    warning = check_location(synced / "shop" / "data", environ={})
    assert warning is not None and warning.risk == LocationRisk.CLOUD_SYNC
    assert warning.detail == "Dropbox"
    other = tmp_path / "Work"
    other.mkdir()
    assert cloud_service(other / "x", {"OneDriveCommercial": str(other)}) == "OneDrive"
    assert cloud_service(other / "x", {"OneDrive": str(tmp_path / "elsewhere")}) is None


def test_the_app_reports_its_location(tmp_path, now):
    """open_app carries the warning for the window and the CLI; none for a plain folder."""
    plain = open_app(tmp_path / "data", now)
    assert plain.location is None
    plain.close()
    synced = open_app(tmp_path / "Dropbox" / "data", now)
    try:
        assert synced.location is not None and synced.location.detail == "Dropbox"
    finally:
        synced.close()


def test_the_cli_warns_about_a_cloud_folder(tmp_path):
    """The CLI prints the warning to stderr and goes on."""
    from tests.e2e.test_cli import run

    result = run("stats", data_dir=tmp_path / "OneDrive" / "crm")
    assert result.returncode == 0
    assert "inside a OneDrive folder" in result.stderr
