"""The one place that wires things: data folder -> database -> migrations -> services -> window.

Nothing here imports Qt at module level: the CLI uses ``open_app`` too, and the window is
imported only when it is asked for.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relationdesk.migrations import (
    HEAD_REVISION,
    NotARelationDeskDatabase,
    OpenResult,
    current_revision,
    open_database,
)
from relationdesk.migrations import upgrade_pending as _file_upgrade_pending
from relationdesk.paths import DataPaths, prepare_data_dir
from relationdesk.services.unit_of_work import Database
from relationdesk.settings import Settings, load_settings, save_settings
from relationdesk.storage.check import (
    StartupVerification,
    WritesRefused,
    in_wal_mode,
    startup_check,
)
from relationdesk.storage.files import make_private, restoring_path, side_files
from relationdesk.storage.lock import DataFolderLock

if TYPE_CHECKING:
    from relationdesk.services.backups import (
        BackupInfo,
        BackupResult,
        BackupService,
        RestoreReport,
    )
    from relationdesk.services.customer_list import CustomerList
    from relationdesk.services.customers import CustomerService
    from relationdesk.services.data_check import DataCheckService
    from relationdesk.services.demo import DemoGenerator
    from relationdesk.services.duplicates import DuplicateService
    from relationdesk.services.exports import ExportService
    from relationdesk.services.history import HistoryService
    from relationdesk.services.imports import ImportService
    from relationdesk.services.maintenance import MaintenanceService
    from relationdesk.services.privacy import PrivacyService
    from relationdesk.services.reminders import ReminderService
    from relationdesk.services.search import SearchService
    from relationdesk.services.timeline import TimelineService
    from relationdesk.services.trash import PurgeResult, TrashService
    from relationdesk.services.trash_entries import TrashedEntries
    from relationdesk.storage.location import LocationWarning


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
    """What ``App.housekeeping`` did (after the start-up quick_check passed): the start-up
    backup (None: not due) or why it failed, and what the trash purge removed."""

    backup: BackupResult | None
    backup_error: str | None
    purged: PurgeResult


_UNCHECKED: Any = object()  # App.location before the folder's place has been looked at


class App:
    """An open data folder and the services over it.

    Each service is made, and its module imported, the first time it is asked for: the
    writers load SQLAlchemy's ORM (~0.3 s with the models), which the window needs only
    after it has painted its first page from ``customer_list`` (plain SQL). The backup
    service is made before the first write can happen (it counts the commits from the
    start): at once when the start-up check has passed, else when it passes.

    ``location`` warns when the data folder is on a network share or in a cloud-sync
    folder (looked at when first asked for). ``db.verification`` says whether the file
    has passed its start-up quick_check; writes wait for it (``verify()`` runs it off the
    GUI thread). The data folder stays locked against other running copies until
    ``close()``.
    """

    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        opened: OpenResult,
        settings: Settings,
        region: str,
        tz: tzinfo | None = None,
        *,
        lock: DataFolderLock,
        location: LocationWarning | None = _UNCHECKED,
    ) -> None:
        self.paths = paths
        self.db = db
        self.opened = opened
        self.settings = settings
        self.region = region
        self.lock = lock
        self.tz = tz
        self._location = location
        self._backups: BackupService | None = None
        self._backups_lock = threading.Lock()

    @property
    def backups(self) -> BackupService:
        """Backups: automatic, manual, the list, restore (made on first use; thread-safe)."""
        backups = self._backups
        if backups is None:
            with self._backups_lock:
                if self._backups is None:
                    from relationdesk.services.backups import BackupService

                    self._backups = BackupService(self.db, self.paths, self.settings, self.tz)
                backups = self._backups
        return backups

    @property
    def location(self) -> LocationWarning | None:
        """A warning when the data folder is on a network share or in a cloud-sync folder
        (looked at on first use: a few ms, after the window's first paint)."""
        if self._location is _UNCHECKED:
            from relationdesk.storage.location import check_location

            self._location = check_location(self.paths.root)
        return self._location

    @location.setter
    def location(self, warning: LocationWarning | None) -> None:
        self._location = warning

    @cached_property
    def customer_list(self) -> CustomerList:
        """The customer list's reads alone (no ORM): what the window's first page needs."""
        from relationdesk.services.customer_list import CustomerList

        return CustomerList(self.db, self.region)

    @cached_property
    def customers(self) -> CustomerService:
        """Customers: profiles, trash, and the list's reads."""
        from relationdesk.services.customers import CustomerService

        return CustomerService(self.db, self.region, actor=actor_name(self.settings))

    @cached_property
    def timeline(self) -> TimelineService:
        """A customer's history."""
        from relationdesk.services.timeline import TimelineService

        return TimelineService(self.db, actor=actor_name(self.settings))

    @cached_property
    def reminders(self) -> ReminderService:
        """Reminders and what is due."""
        from relationdesk.services.reminders import ReminderService

        return ReminderService(self.db, self.tz, actor=actor_name(self.settings))

    @cached_property
    def search(self) -> SearchService:
        """Finding customers."""
        from relationdesk.services.search import SearchService

        return SearchService(self.db, self.region)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        """Record counts and the integrity check."""
        from relationdesk.services.maintenance import MaintenanceService

        return MaintenanceService(self.db)

    @cached_property
    def data_check(self) -> DataCheckService:
        """The full check as the window runs it: daily in the background, and on demand."""
        from relationdesk.services.data_check import STATE_NAME, CheckSchedule, DataCheckService

        return DataCheckService(
            self.maintenance,
            lambda: self.db.verification,
            lambda: backup_folders(self.paths, self.settings),
            CheckSchedule(self.paths.root / STATE_NAME),
        )

    @cached_property
    def exports(self) -> ExportService:
        """Writing customers to CSV, Excel and vCard files."""
        from relationdesk.services.exports import ExportService

        return ExportService(self.db, self.region)

    @cached_property
    def imports(self) -> ImportService:
        """Importing customers from files, and undoing an import."""
        from relationdesk.services.imports import ImportService

        return ImportService(self.db, self.region, actor=actor_name(self.settings))

    @cached_property
    def duplicates(self) -> DuplicateService:
        """Likely duplicate customers and merging them."""
        from relationdesk.services.duplicates import DuplicateService

        return DuplicateService(self.db, self.region, actor=actor_name(self.settings))

    @cached_property
    def samples(self) -> DemoGenerator:
        """Sample customers for a first start."""
        from relationdesk.services.demo import DemoGenerator

        return DemoGenerator(self.db)

    @cached_property
    def trash(self) -> TrashService:
        """Deleted customers, kept for ``trash_days``."""
        from relationdesk.services.trash import TrashService

        return TrashService(self.db, self.settings.trash_days, actor=actor_name(self.settings))

    @cached_property
    def trashed_entries(self) -> TrashedEntries:
        """Timeline entries in the trash: listing and restoring them."""
        from relationdesk.services.trash_entries import TrashedEntries

        return TrashedEntries(self.db, self.timeline, self.reminders)

    @cached_property
    def history(self) -> HistoryService:
        """The change log."""
        from relationdesk.services.history import HistoryService

        return HistoryService(self.db)

    @cached_property
    def privacy(self) -> PrivacyService:
        """A customer's data export and erasure."""
        from relationdesk.services.privacy import PrivacyService

        return PrivacyService(self.db, self.backups, self.history, actor=actor_name(self.settings))

    def save_settings(self, settings: Settings) -> None:
        """Keep new preferences (the staff name, backups and trash take effect at once;
        the language and phone region at the next start)."""
        save_settings(self.paths.root, settings)
        self.settings = settings
        self.apply_settings()

    def apply_settings(self) -> None:
        """Hand the current preferences to the services that follow them."""
        # Services not made yet take the settings when they are.
        made = [self.__dict__[name] for name in ACTOR_SERVICES if name in self.__dict__]
        if made:
            from relationdesk.services.change_log import default_actor

            actor = actor_name(self.settings) or default_actor()
            for service in made:
                service.actor = actor
        self.backups.configure(self.settings)
        if "trash" in self.__dict__:
            self.trash.days = self.settings.trash_days

    def restore(self, backup: Path, now: datetime) -> RestoreReport:
        """Replace the data with a backup's (the current data is backed up first; a damaged
        file is kept aside, never written to).

        Stop every service call first (the GUI waits for its workers); off the GUI thread.
        The services work on the restored data afterwards; views must reload. Raises
        BackupUnavailable, BackupFailed or RestoreFailed (see BackupService.restore).
        """
        # A file a check refused is kept as ".damaged", never written to nor backed up.
        damaged = bool(self.db.verification.problems)
        report = self.backups.restore(backup, now, damaged=damaged)
        self.db.verification.passed()  # the restored file was checked (restore_database)
        return report

    def verify(self) -> None:
        """Run the start-up quick_check if it has not run yet (seconds for a large file: off
        the GUI thread); writes wait for it. Raises DatabaseDamaged (with the newest good
        backup to offer) when it finds damage: nothing has been written to the file."""
        try:
            self.db.verify()
        except WritesRefused as exc:
            from relationdesk.services.backups import newest_good_backup

            folders = backup_folders(self.paths, self.settings)
            backup = newest_good_backup(folders)
            raise DatabaseDamaged(self.paths.database, exc.problems, backup) from exc

    def housekeeping(self, now: datetime) -> Housekeeping:
        """Start-up work for after the first paint, off the GUI thread: the start-up
        quick_check when it has not run (``verify``: raises DatabaseDamaged), then the
        start-up backup when due and purging what has been in the trash too long. Never
        raises for a failed backup (it is reported)."""
        from relationdesk.storage.backup import BackupFailed

        self.verify()
        backup: BackupResult | None = None
        problem: str | None = None
        try:
            backup = self.backups.backup_if_due(now)
        except BackupFailed as exc:
            problem = str(exc)
        purged = self.trash.purge_expired(now)
        return Housekeeping(backup, problem, purged)

    def shutdown(self, now: datetime) -> BackupResult | None:
        """Quit: take the quit backup if the data changed, then close (also if it failed).

        Returns the backup taken (None: nothing changed, or writes are refused: a damaged
        file is not copied into the rotation, where it could push out good backups);
        raises BackupFailed after closing when the backup could not be written.
        """
        try:
            if self.db.verification.problems:
                return None
            return self.backups.backup_on_quit(now)
        finally:
            self.close()

    def close(self) -> None:
        """Close the database and release the data folder (idempotent)."""
        self.db.close()
        self.lock.release()


# The services that write change-log rows or batch journals, each with an ``actor`` (who
# the change is logged as): made with the staff name from Preferences, and given the new
# one when Preferences change (``App.apply_settings``).
ACTOR_SERVICES = (
    "customers",
    "timeline",
    "reminders",
    "imports",
    "duplicates",
    "trash",
    "privacy",
)


def actor_name(settings: Settings) -> str | None:
    """Who changes are logged as: the staff name from Preferences, else None (the OS user)."""
    return settings.staff_name or None


def upgrade_pending(data_dir: Path) -> bool | None:
    """Whether ``open_app(data_dir, ...)`` will upgrade the folder's database to this
    version's schema (seconds on a big file); None when it cannot be told. Read-only:
    nothing in the folder is created or changed."""
    return _file_upgrade_pending(DataPaths(data_dir).database)


def open_app(
    data_dir: Path,
    now: datetime,
    region: str | None = None,
    tz: tzinfo | None = None,
    *,
    check_later: bool = False,
) -> App:
    """Prepare and lock the data folder, check the database, bring it to the current schema,
    build the services.

    *region* is the default phone region (default: the one in Preferences), *tz* the user's
    time zone (default: the system's).

    The file is checked before anything is written to it: its header always; SQLite's
    quick_check before it is opened for a file up to 256 MB, else a light check now and
    quick_check before the first write (``StartupVerification``). With *check_later* (a
    window start) only the header is checked now, and quick_check runs after the first
    paint (``App.verify``, off the GUI thread) or before the first write; an upgrade of
    an older schema (or of a file not in WAL mode) waits for quick_check first.

    Raises DataDirError, DataFolderInUse, DatabaseDamaged (offer ``error.backup``),
    DatabaseTooNew, NotARelationDeskDatabase or MigrationFailed (the file was put back as
    it was); in each case nothing in the folder has been changed and the lock is released.
    """
    paths = prepare_data_dir(data_dir)
    lock = DataFolderLock.acquire(paths.root, now)
    try:
        return _open_locked(paths, lock, now, region, tz, check_later)
    except BaseException:
        lock.release()
        raise


def _open_locked(
    paths: DataPaths,
    lock: DataFolderLock,
    now: datetime,
    region: str | None,
    tz: tzinfo | None,
    check_later: bool,
) -> App:
    settings = load_settings(paths.root)
    database = paths.database
    if restoring_path(database).exists() or not database.exists():
        # A restore cut off by a crash, or a missing file's leftover WAL (the module is
        # loaded only then: it is not needed before a normal start's first paint).
        from relationdesk.storage.restore import finish_interrupted_restore, set_aside_orphans

        finish_interrupted_restore(database, now)
        set_aside_orphans(database, now)
    checked = startup_check(database, header_only=check_later)
    if not checked.healthy:
        raise _damaged(paths, settings, checked.problems)
    verification = StartupVerification(database, checked.problems if checked.complete else None)
    try:
        revision = current_revision(database)
    except NotARelationDeskDatabase:
        _verified(verification, paths, settings)  # damage reads as a foreign file
        raise
    if revision != HEAD_REVISION or not in_wal_mode(database):
        # Opening writes to it (the schema, an upgrade, the switch to WAL): check it first.
        # (A new or empty file has nothing to check: its verification has passed.)
        _verified(verification, paths, settings)
    opened = open_database(database, backup_target(paths, settings), now, revision=revision)
    if opened.created:
        verification = StartupVerification.done(database)
    make_private(database, *side_files(database))
    app = App(
        paths=paths,
        db=Database(database, verification=verification),
        opened=opened,
        settings=settings,
        region=region or settings.phone_region,
        tz=tz,
        lock=lock,
    )
    # The backup service counts commits from the first one: it is made before any write
    # can happen (at once, or when the start-up check passes).
    verification.when_passed(lambda: app.backups)
    return app


def _verified(verification: StartupVerification, paths: DataPaths, settings: Settings) -> None:
    """Run the start-up quick_check now if it has not run; DatabaseDamaged if it fails."""
    try:
        verification.ensure()
    except WritesRefused as exc:
        raise _damaged(paths, settings, exc.problems) from exc


def _damaged(paths: DataPaths, settings: Settings, problems: tuple[str, ...]) -> DatabaseDamaged:
    from relationdesk.services.backups import newest_good_backup

    backup = newest_good_backup(backup_folders(paths, settings))
    return DatabaseDamaged(paths.database, problems, backup)


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
    from relationdesk.services.backups import restore_database
    from relationdesk.storage.restore import finish_interrupted_restore

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
    The list's first page and count are read (in threads) while Qt and the window's
    modules are imported, so the window paints them without waiting.
    """
    app.customer_list.read_ahead()
    from relationdesk.ui.application import run

    return run(app, argv, instance=instance, minimized=minimized)
