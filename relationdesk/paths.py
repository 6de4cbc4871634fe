"""Where the user's data lives: --data-dir, else RELATIONDESK_DATA_DIR, else the per-user folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from relationdesk import APP_NAME

ENV_DATA_DIR = "RELATIONDESK_DATA_DIR"
DATABASE_NAME = "relationdesk.sqlite3"


class DataDirError(OSError):
    """The data folder cannot be created or written."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        """The folder automatic backups go to."""
        return self.root / "backups"


def default_data_dir() -> Path:
    """Return the platform's per-user data folder for RelationDesk (appdirs)."""
    from appdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder chosen by argument, environment or platform default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def prepare_data_dir(root: Path) -> DataPaths:
    """Create the data folder owner-only (0700) if needed and check that it is writable."""
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not root.is_dir():
            raise DataDirError(root, "not a folder")
        probe = root / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except DataDirError:
        raise
    except OSError as exc:
        raise DataDirError(root, exc.strerror or str(exc)) from exc
    return DataPaths(root)
