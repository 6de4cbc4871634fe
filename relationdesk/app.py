"""The one place that wires things: data folder -> database -> migrations -> services -> window.

Nothing here imports Qt at module level: the CLI uses ``open_app`` too, and the window is
imported only when it is asked for.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from relationdesk.migrations import NotARelationDeskDatabase, OpenResult, open_database
from relationdesk.paths import DataPaths, prepare_data_dir
from relationdesk.services.backups import (
    BackupInfo,
    BackupResult,
    BackupService,
    RestoreReport,
    newest_good_backup,
    restore_database,
)
from relationdesk.services.change_log import default_actor
from relationdesk.services.customers import CustomerService
from relationdesk.services.demo import DemoGenerator
from relationdesk.services.duplicates import DuplicateService
from relationdesk.services.exports import ExportService
from relationdesk.services.history import HistoryService
from relationdesk.services.imports import ImportService
from relationdesk.services.maintenance import CheckReport, MaintenanceService
from relationdesk.services.privacy import PrivacyService
from relationdesk.services.reminders import ReminderService
from relationdesk.services.search import SearchService
from relationdesk.services.timeline import TimelineService
from relationdesk.services.trash import PurgeResult, TrashService
from relationdesk.services.unit_of_work import Database
from relationdesk.settings import Settings, load_settings, save_settings
from relationdesk.storage.backup import BackupFailed
from relationdesk.storage.check import StartupCheck, startup_check
from relationdesk.storage.files import make_private, side_files
from relationdesk.storage.location import LocationWarning, check_location
from relationdesk.storage.lock import DataFolderLock
from relationdesk.storage.restore import finish_interrupted_restore, set_aside_orphans


class DatabaseDamaged(NotARelationDeskDatabase):
    """The database file is damaged (or not a database at all); nothing was written to it.

    ``problems`` are SQLite's findings; ``backup`` is the newest backup that passes its
    check (None when there is none), to offer: ``recover(data_dir, backup.path, now)``
    keeps the damaged file as ``.damaged`` and puts the backup in its place.
    """

    def __init__(self, path: Path, problems: tuple[str, ...], backup: BackupInfo | None) -> None:
        super().__init__(f"{path}: {'; '.join(problems)}")
        self.path = path
        self.problems = problems
        self.backup = backup


@dataclass(frozen=True, slots=True)
class Housekeeping:
    """What ``App.housekeeping`` did: the start-up backup (None: not due) or why it failed,
    what the trash purge removed, and the background quick_check (None: start-up ran it)."""

    backup: BackupResult | None
    backup_error: str | None
    purged: PurgeResult
    check: CheckReport | None


@dataclass
class App:
    """An open data folder and the services over it.

    ``location`` warns when the data folder is on a network share or in a cloud-sync
    folder; ``startup_check.complete`` is False when the file was too large for the
    start-up quick_check (run ``maintenance.quick_check()`` in the background then).
    The data folder stays locked against other running copies until ``close()``.
    """

    paths: DataPaths
    db: Database
    opened: OpenResult
    customers: CustomerService
    timeline: TimelineService
    reminders: ReminderService
    search: SearchService
    maintenance: MaintenanceService
    exports: ExportService
    imports: ImportService
    duplicates: DuplicateService
    samples: DemoGenerator
    settings: Settings
    backups: BackupService
    trash: TrashService
    history: HistoryService
    privacy: PrivacyService
    lock: DataFolderLock
    location: LocationWarning | None
    startup_check: StartupCheck

    def save_settings(self, settings: Settings) -> None:
        """Keep new preferences (the staff name, backups and trash take effect at once;
        the language and phone region at the next start)."""
        save_settings(self.paths.root, settings)
        self.settings = settings
        self.apply_settings()

    def apply_settings(self) -> None:
        """Hand the current preferences to the services that follow them."""
        self.customers.actor = actor_name(self.settings) or default_actor()
        self.backups.configure(self.settings)
        self.trash.days = self.settings.trash_days

    def restore(self, backup: Path, now: datetime) -> RestoreReport:
        """Replace the data with a backup's (the current data is backed up first).

        Stop every service call first (the GUI waits for its workers); off the GUI thread.
        The services work on the restored data afterwards; views must reload. Raises
        BackupUnavailable, BackupFailed or RestoreFailed (see BackupService.restore).
        """
        return self.backups.restore(backup, now)

    def housekeeping(self, now: datetime) -> Housekeeping:
        """Start-up work for after the first paint, off the GUI thread: the start-up backup
        when due, purging what has been in the trash too long, and the quick_check that
        start-up skipped for a large file. Never raises for a failed backup (it is reported)."""
        backup: BackupResult | None = None
        problem: str | None = None
        try:
            backup = self.backups.backup_if_due(now)
        except BackupFailed as exc:
            problem = str(exc)
        purged = self.trash.purge_expired(now)
        check = None if self.startup_check.complete else self.maintenance.quick_check()
        return Housekeeping(backup, problem, purged, check)

    def shutdown(self, now: datetime) -> BackupResult | None:
        """Quit: take the quit backup if the data changed, then close (also if it failed).

        Returns the backup taken (None: nothing changed); raises BackupFailed after
        closing when the backup could not be written.
        """
        try:
            return self.backups.backup_on_quit(now)
        finally:
            self.close()

    def close(self) -> None:
        """Close the database and release the data folder (idempotent)."""
        self.db.close()
        self.lock.release()


def actor_name(settings: Settings) -> str | None:
    """Who changes are logged as: the staff name from Preferences, else None (the OS user)."""
    return settings.staff_name or None


def open_app(
    data_dir: Path, now: datetime, region: str | None = None, tz: tzinfo | None = None
) -> App:
    """Prepare and lock the data folder, check the database, bring it to the current schema,
    build the services.

    *region* is the default phone region (default: the one in Preferences), *tz* the user's
    time zone (default: the system's).
    Raises DataDirError, DataFolderInUse, DatabaseDamaged (offer ``error.backup``),
    DatabaseTooNew, NotARelationDeskDatabase or MigrationFailed (the file was put back as
    it was); in each case nothing in the folder has been changed and the lock is released.
    """
    paths = prepare_data_dir(data_dir)
    lock = DataFolderLock.acquire(paths.root, now)
    try:
        return _open_locked(paths, lock, now, region, tz)
    except BaseException:
        lock.release()
        raise


def _open_locked(
    paths: DataPaths,
    lock: DataFolderLock,
    now: datetime,
    region: str | None,
    tz: tzinfo | None,
) -> App:
    settings = load_settings(paths.root)
    location = check_location(paths.root)
    finish_interrupted_restore(paths.database, now)
    set_aside_orphans(paths.database, now)
    checked = startup_check(paths.database)
    if not checked.healthy:
        raise DatabaseDamaged(
            paths.database, checked.problems, newest_good_backup(backup_folders(paths, settings))
        )
    opened = open_database(paths.database, backup_target(paths, settings), now)
    make_private(paths.database, *side_files(paths.database))
    region = region or settings.phone_region
    db = Database(paths.database)
    history = HistoryService(db)
    backups = BackupService(db, paths, settings, tz)
    return App(
        paths=paths,
        db=db,
        opened=opened,
        customers=CustomerService(db, region, actor=actor_name(settings)),
        timeline=TimelineService(db),
        reminders=ReminderService(db, tz),
        search=SearchService(db, region),
        maintenance=MaintenanceService(db),
        exports=ExportService(db, region),
        imports=ImportService(db, region),
        duplicates=DuplicateService(db, region),
        samples=DemoGenerator(db),
        settings=settings,
        backups=backups,
        trash=TrashService(db, settings.trash_days),
        history=history,
        privacy=PrivacyService(db, backups, history),
        lock=lock,
        location=location,
        startup_check=checked,
    )


def backup_folders(paths: DataPaths, settings: Settings) -> list[Path]:
    """The folders backups are found in: the one chosen in Preferences, and backups/."""
    folders = [paths.backups]
    if settings.backup_folder:
        folders.insert(0, Path(settings.backup_folder).expanduser())
    return folders


def backup_target(paths: DataPaths, settings: Settings) -> Path:
    """Where a backup goes now: the chosen folder when it is there, else backups/."""
    chosen = Path(settings.backup_folder).expanduser() if settings.backup_folder else None
    return chosen if chosen is not None and chosen.is_dir() else paths.backups


def recover(data_dir: Path, backup: Path, now: datetime) -> RestoreReport:
    """Restore *backup* into a data folder that could not be opened (a damaged database).

    The damaged file is never written to: it is kept as ``relationdesk.sqlite3.<time>.damaged``
    and a checked copy of the backup takes its place (a healthy file is backed up first,
    then overwritten). Then ``open_app`` again. Raises DataDirError, DataFolderInUse,
    BackupUnavailable, BackupFailed or RestoreFailed.
    """
    paths = prepare_data_dir(data_dir)
    with DataFolderLock.acquire(paths.root, now):
        settings = load_settings(paths.root)
        finish_interrupted_restore(paths.database, now)
        return restore_database(paths.database, backup_target(paths, settings), backup, now)


def display_problem() -> str | None:
    """Say why no window can be shown here (Linux without a display), or None if one can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display (DISPLAY and WAYLAND_DISPLAY are not set)"


def run_selftest(app: App, argv: list[str]) -> str | None:
    """Start the whole window offscreen if there is no display; None when it came up."""
    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from relationdesk.ui.application import selftest

    return selftest(app, argv)


class AlreadyRunning(Exception):
    """Another RelationDesk shows this data folder; *answered*: it was asked to come forward."""

    def __init__(self, answered: bool) -> None:
        super().__init__(answered)
        self.answered = answered


def claim_window(data_dir: Path, show: bool = True) -> Any:
    """Become the one window on *data_dir*, before the database is opened.

    Returns the single-instance guard to hand to run_gui. Raises AlreadyRunning when another
    instance has the folder: it has been asked to bring its window to the front (unless
    *show* is False, a start in the tray), and this one must not open the database.
    """
    from relationdesk.ui.single_instance import SingleInstance, notify_running

    guard = SingleInstance(data_dir)
    if guard.claim():
        return guard
    raise AlreadyRunning(notify_running(data_dir, show=show))


def run_gui(app: App, argv: list[str], instance: Any = None, minimized: bool = False) -> int:
    """Show the main window over an open app and run the Qt event loop.

    *instance* (from claim_window) answers later starts; *minimized* starts in the tray.
    """
    from relationdesk.ui.application import run

    return run(app, argv, instance=instance, minimized=minimized)
