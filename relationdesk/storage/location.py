"""Is the data folder somewhere SQLite is not safe? A network share or a cloud-sync folder.

SQLite's locking relies on the operating system's file locks, which network file systems
(NFS, SMB/CIFS, sshfs ...) implement partially or not at all, and a cloud-sync client
(Dropbox, OneDrive, Google Drive, iCloud) copies the database file and its WAL separately,
whenever it likes, and may put back an older copy or a "conflicted copy". Either can
corrupt the file or lose edits. We do not refuse such a place (the user may know what
they are doing), we return a warning the window shows and the CLI prints.

Detection:

* Linux: ``statfs(2)``'s ``f_type`` magic number of the folder's file system (NFS, SMB,
  CIFS, SMB2, AFS, Coda, NCP, 9P, Ceph ...); for FUSE file systems (``fuse.sshfs``,
  ``fuse.rclone`` ... and local ones like ``fuse.ntfs-3g``) the type in ``/proc/mounts``
  of the longest mount point containing the folder decides.
* Windows: a UNC path (``\\\\server\\share``) or ``GetDriveTypeW`` = DRIVE_REMOTE.
* Everywhere: a cloud-sync folder by its path (a component named ``Dropbox``,
  ``OneDrive`` / ``OneDrive - Company``, ``Google Drive`` / ``My Drive`` / ``マイドライブ``,
  ``iCloud Drive``, macOS's ``Library/Mobile Documents`` and ``Library/CloudStorage``),
  by the sync clients' marker files in a containing folder (``.dropbox``,
  ``.dropbox.cache``, ``.tmp.drivedownload``) and by Windows' OneDrive environment
  variables. macOS network volumes are not detected yet.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath


class LocationRisk(enum.StrEnum):
    """Why a data folder's place is risky."""

    NETWORK = "network"
    CLOUD_SYNC = "cloud_sync"


@dataclass(frozen=True, slots=True)
class LocationWarning:
    """A risky data folder: what kind of place, and what it is (a file system or a service)."""

    risk: LocationRisk
    detail: str  # "nfs", "cifs", "fuse.sshfs" ... or "Dropbox", "OneDrive" ...
    path: Path


# statfs f_type magic numbers of network file systems (linux/magic.h and the file systems').
NETWORK_MAGIC = {
    0x6969: "nfs",
    0x517B: "smb",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x5346414F: "afs",
    0x73757245: "coda",
    0x564C: "ncp",
    0x01021997: "9p",
    0x00C36400: "ceph",
    0x47504653: "gpfs",
    0x0BD00BD0: "lustre",
    0x6B414653: "afs",
}
NETWORK_FSTYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "coda",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "davfs",
    "sshfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.s3fs",
    "fuse.gcsfuse",
    "fuse.glusterfs",
    "fuse.davfs",
    "fuse.gvfsd-fuse",
    "fuse.smbnetfs",
    "fuse.curlftpfs",
    "fuse.cephfs",
    "fuse.juicefs",
    "fuse.onedriver",
    "fuse.google-drive-ocamlfuse",
}
CLOUD_FOLDER_NAMES = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "マイドライブ": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "box sync": "Box",
}
CLOUD_MARKERS = {
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".tmp.drivedownload": "Google Drive",
    ".tmp.driveupload": "Google Drive",
}
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


def check_location(
    folder: Path,
    *,
    mounts: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> LocationWarning | None:
    """Return a warning when *folder* is on a network share or in a cloud-sync folder.

    *mounts* (the text of /proc/mounts) and *environ* are for tests.
    """
    folder = folder.absolute()
    cloud = cloud_service(folder, environ if environ is not None else os.environ)
    if cloud is not None:
        return LocationWarning(LocationRisk.CLOUD_SYNC, cloud, folder)
    network = network_filesystem(folder, mounts)
    if network is not None:
        return LocationWarning(LocationRisk.NETWORK, network, folder)
    return None


def cloud_service(folder: PurePath, environ: Mapping[str, str]) -> str | None:
    """The cloud-sync service whose folder contains *folder*, if any."""
    for name in ONEDRIVE_VARIABLES:
        root = environ.get(name)
        if root and _inside(folder, PurePath(root)):
            return "OneDrive"
    parts = folder.parts
    for index, part in enumerate(parts):
        lowered = part.casefold()
        if lowered in CLOUD_FOLDER_NAMES:
            return CLOUD_FOLDER_NAMES[lowered]
        if lowered.startswith(("onedrive - ", "onedrive-")):
            return "OneDrive"
        if lowered.startswith(("dropbox (", "dropbox-")):
            return "Dropbox"
        if lowered.startswith("googledrive-"):
            return "Google Drive"
        if lowered == "cloudstorage" and index > 0 and parts[index - 1].casefold() == "library":
            following = parts[index + 1].casefold() if index + 1 < len(parts) else ""
            for prefix, service in (
                ("dropbox", "Dropbox"),
                ("onedrive", "OneDrive"),
                ("googledrive", "Google Drive"),
                ("box", "Box"),
            ):
                if following.startswith(prefix):
                    return service
            return "cloud storage"
    if isinstance(folder, Path):
        for parent in (folder, *folder.parents):
            for marker, service in CLOUD_MARKERS.items():
                try:
                    if (parent / marker).exists():
                        return service
                except OSError:
                    continue
    return None


def network_filesystem(folder: Path, mounts: str | None = None) -> str | None:
    """The network file system *folder* is on (its type name), or None for a local one."""
    if sys.platform == "win32":
        return _windows_remote(folder)
    if not sys.platform.startswith("linux"):
        return None
    probe = _existing(folder)
    magic = statfs_type(probe)
    if magic is not None and magic in NETWORK_MAGIC:
        return NETWORK_MAGIC[magic]
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    # FUSE (magic 0x65735546) carries both sshfs and local ntfs-3g: the mount table's
    # type name tells them apart; an unnamed "fuse"/"fuseblk" is not reported.
    fstype = mount_type(probe, mounts)
    if fstype is not None and fstype in NETWORK_FSTYPES:
        return fstype
    return None


def mount_type(folder: Path, mounts: str) -> str | None:
    """The file-system type of the longest mount point in *mounts* that contains *folder*."""
    best: tuple[int, str] | None = None
    try:
        resolved = folder.resolve()
    except OSError:
        resolved = folder
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape(fields[1]))
        if _inside(resolved, point):
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return None if best is None else best[1]


def statfs_type(folder: Path) -> int | None:
    """Linux statfs(2) f_type of the file system holding *folder* (None if unavailable)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own C library
        statfs = libc.statfs
    except (OSError, AttributeError):
        return None
    buffer = ctypes.create_string_buffer(256)  # struct statfs is 120 bytes on 64-bit Linux
    if statfs(os.fsencode(str(folder)), buffer) != 0:
        return None
    # f_type is the first field: a long (8 bytes on 64-bit, 4 on 32-bit).
    size = ctypes.sizeof(ctypes.c_long)
    value = int.from_bytes(buffer.raw[:size], sys.byteorder, signed=True)
    return value & 0xFFFFFFFF


def _windows_remote(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "unc"
    drive = folder.drive
    if not drive:
        return None
    import ctypes

    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        drive_remote = 4
        if kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
            return "remote drive"
    except (AttributeError, OSError):
        return None
    return None


def _existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def _inside(path: PurePath, root: PurePath) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")).replace(
        "\\134", "\\"
    )
