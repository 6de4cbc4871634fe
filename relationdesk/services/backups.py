"""Automatic and manual backups, their rotation, the list, and restoring one.

When backups are taken (the callers decide; each is one call here):

* at start-up, when the data changed since the newest backup and that backup is older than
  the interval in Preferences (``backup_if_due``, off the GUI thread);
* on quit, when the data changed since the newest backup (``backup_on_quit``);
* before every migration (``migrations.open_database``), import, merge, undo and restore
  (``backup_now("before-import")`` ...).

"The data changed" is known from a marker file in the data folder, created on the first
commit after a backup and removed by a backup that no commit overlapped, so it survives a
crash: a session that wrote and never reached its quit backup is backed up at the next start.

Backups go to the folder chosen in Preferences (a USB drive, say) when it is there, else
to the data folder's ``backups/``; each is written under a temporary name, checked, flushed
and renamed (``storage/backup.py``). Only after a new backup is in place are old ones pruned.

The rotation (``retained``), exact:

    Given the backups in one folder, by the time each was taken (in the user's time zone),
    a backup is kept when at least one of these holds:
      * last    -- it is one of the ``keep_last`` newest backups;
      * daily   -- it is the newest backup of its calendar day, and that day is one of the
                   ``daily`` most recent days that have a backup;
      * weekly  -- the same for ISO weeks (Monday to Sunday), ``weekly`` of them;
      * monthly -- the same for calendar months, ``monthly`` of them.
    Every other backup in the folder is deleted. Only files named as backups are touched.

"Days that have a backup" rather than "the last 7 days": a shop closed for a month comes
back to the same backups it left (time alone never deletes one; only newer backups do).
The ``keep_last`` rule keeps the several backups one busy day can take (before an import,
before its undo, on quit) restorable until the next days' backups push them out. The same
rule (restic's ``forget --keep-*``) gives when a copy of erased data leaves the rotation
(``expiry``): privacy erasure reports it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from relationdesk.paths import DataPaths
from relationdesk.services.unit_of_work import Database
from relationdesk.settings import Settings
from relationdesk.storage.backup import (
    BackupFailed,
    Progress,
    backup_database,
    backup_name,
    parse_backup_name,
    remove_partials,
    write_backup,
)
from relationdesk.storage.check import DatabaseFacts, quick_check, read_facts
from relationdesk.storage.files import (
    connect_read_only,
    create_private_file,
    make_private,
    make_private_dir,
    side_files,
)
from relationdesk.storage.restore import RestoreFailed, copy_into, is_healthy, swap_in, verify

CHANGED_MARKER = ".changed-since-backup"
EXPIRY_HORIZON_DAYS = 3 * 366  # expiry() gives up (None) beyond this


# -- the rotation ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many backups the rotation keeps (see the module docstring for the exact rule)."""

    keep_last: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        """The policy chosen in Preferences."""
        return cls(
            settings.backup_keep_last,
            settings.backup_daily,
            settings.backup_weekly,
            settings.backup_monthly,
        )


def retained(times: Sequence[datetime], policy: RetentionPolicy, tz: tzinfo) -> set[int]:
    """Return the indexes into *times* (aware instants) of the backups the rotation keeps."""
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = set(order[: max(policy.keep_last, 0)])
    buckets: list[tuple[int, Callable[[datetime], object]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for count, bucket_of in buckets:
        seen: set[object] = set()
        for index in order:  # newest first: the first of each bucket is its newest
            if len(seen) >= count:
                break
            bucket = bucket_of(times[index].astimezone(tz))
            if bucket not in seen:
                seen.add(bucket)
                keep.add(index)
    return keep


def expiry(
    existing: Sequence[datetime],
    tracked: Iterable[int],
    policy: RetentionPolicy,
    tz: tzinfo,
    now: datetime,
    every: timedelta = timedelta(days=1),
) -> datetime | None:
    """When the last of the *tracked* backups leaves the rotation, if a backup is taken
    every *every* from *now* on (none of them holding what the tracked ones hold).

    Returns *now* when no tracked backup exists, None when one would outlive the horizon.
    """
    times = list(existing)
    alive = set(tracked)
    moment = now
    horizon = now + timedelta(days=EXPIRY_HORIZON_DAYS)
    while alive:
        moment += every
        if moment > horizon:
            return None
        times.append(moment)
        kept = retained(times, policy, tz)
        alive &= kept
        remap = {old: new for new, old in enumerate(sorted(kept))}
        times = [times[i] for i in sorted(kept)]
        alive = {remap[i] for i in alive}
    return moment


# -- values ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file. ``customers`` and ``revision`` are read from the file itself
    (read-only); None when not asked for, or when the file cannot be read."""

    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int  # bytes
    customers: int | None = None
    revision: str | None = None

    @property
    def readable(self) -> bool:
        """True when the file could be opened and its customers counted."""
        return self.customers is not None


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup just written, and what the rotation pruned after it.

    ``fallback`` is True when the folder chosen in Preferences was not available (a USB
    drive unplugged) and the backup went to the data folder's backups/ instead.
    """

    backup: BackupInfo
    pruned: tuple[Path, ...]
    fallback: bool


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What a restore did: the backup put in place, the safety backup of the file it
    replaced (None when that file was missing or damaged), where a damaged file was kept,
    the schema upgrade the restored data needed, and the verified customer count."""

    restored_from: Path
    backup_taken_at: datetime
    safety_backup: Path | None
    damaged_copy: Path | None
    upgraded_from: str | None
    customers: int


class BackupUnavailable(Exception):
    """A backup cannot be restored: missing, unreadable, damaged or from a newer version."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# -- the service -------------------------------------------------------------------------


class BackupService:
    """Backups of one data folder. Thread-safe: one backup at a time; call off the GUI thread."""

    def __init__(
        self,
        db: Database,
        paths: DataPaths,
        settings: Settings,
        tz: tzinfo | None = None,
    ) -> None:
        self._db = db
        self._paths = paths
        self._tz = tz or datetime.now().astimezone().tzinfo or UTC
        self._lock = threading.RLock()
        self._marked = self.changed_since_backup()
        self.configure(settings)
        db.on_commit(self._mark_changed)

    def configure(self, settings: Settings) -> None:
        """Take new Preferences (folder, rotation, interval)."""
        self.policy = RetentionPolicy.from_settings(settings)
        self.interval = timedelta(hours=settings.backup_interval_hours)
        self.chosen_folder = (
            Path(settings.backup_folder).expanduser() if settings.backup_folder else None
        )

    # -- where -------------------------------------------------------------------------

    @property
    def local_folder(self) -> Path:
        """The data folder's own backups/ folder."""
        return self._paths.backups

    def target_folder(self) -> tuple[Path, bool]:
        """The folder the next automatic backup goes to, and whether that is a fallback."""
        chosen = self.chosen_folder
        if chosen is None:
            return self.local_folder, False
        if chosen.is_dir():
            return chosen, False
        return self.local_folder, True

    def folders(self) -> list[Path]:
        """Every folder backups are listed from: the chosen one (if any) and backups/."""
        found = [self.local_folder]
        if self.chosen_folder is not None and self.chosen_folder != self.local_folder:
            found.insert(0, self.chosen_folder)
        return found

    # -- taking backups ----------------------------------------------------------------

    def changed_since_backup(self) -> bool:
        """True when data was committed after the newest backup (or possibly was: a crash)."""
        return (self._paths.root / CHANGED_MARKER).exists()

    def backup_now(
        self,
        reason: str,
        now: datetime,
        dest: Path | None = None,
        progress: Progress | None = None,
        *,
        prune: bool = True,
        protect: Iterable[Path] = (),
    ) -> BackupResult:
        """Back up the database now, whatever the rules say; raise BackupFailed.

        *reason* names it (``manual``, ``before-import``, ``before-merge``, ``before-undo``
        ...: lower-case letters, digits and dashes). With *dest* the backup goes there (a
        folder, or the name of a new file) and nothing is pruned; else it goes to the
        backup folder, whose old backups the rotation then prunes (except *protect*).
        """
        with self._lock:
            commits = self._db.commits
            fallback = False
            if dest is None:
                folder, fallback = self.target_folder()
                try:
                    make_private_dir(folder)
                except OSError as exc:
                    raise BackupFailed(f"{folder}: {exc.strerror or exc}") from exc
                target = folder / backup_name(now, reason)
            elif dest.is_dir():
                target = dest / backup_name(now, reason)
            else:
                target = dest
            remove_partials(target.parent)
            if target.exists():
                raise BackupFailed(f"{target} already exists")
            facts = write_backup(self._db.path, target, progress)
            info = BackupInfo(
                target,
                now.astimezone(UTC),
                reason,
                facts.size,
                facts.customers,
                facts.revision,
            )
            if self._db.commits == commits:
                self._clear_changed()
            pruned: tuple[Path, ...] = ()
            if dest is None and prune:
                pruned = tuple(self.prune(target.parent, protect={*protect, target}))
            return BackupResult(info, pruned, fallback)

    def backup_if_due(self, now: datetime, progress: Progress | None = None) -> BackupResult | None:
        """The start-up backup: taken when the data changed since the newest backup and that
        one is older than the interval (or when there is data and no backup at all)."""
        with self._lock:
            newest = self.newest()
            if newest is None:
                if not self._has_data():
                    return None
            elif not self.changed_since_backup() or now - newest.taken_at < self.interval:
                return None
            return self.backup_now("startup", now, progress=progress)

    def backup_on_quit(
        self, now: datetime, progress: Progress | None = None
    ) -> BackupResult | None:
        """The quit backup: taken when the data changed since the newest backup."""
        with self._lock:
            if not self.changed_since_backup():
                return None
            return self.backup_now("quit", now, progress=progress)

    def prune(self, folder: Path, protect: Iterable[Path] = ()) -> list[Path]:
        """Delete the backups in *folder* the rotation does not keep; return them."""
        with self._lock:
            found = self._scan(folder)
            kept = retained([b.taken_at for b in found], self.policy, self._tz)
            keep_paths = {Path(p) for p in protect}
            removed = []
            for index, info in enumerate(found):
                if index in kept or info.path in keep_paths:
                    continue
                try:
                    info.path.unlink()
                except OSError:
                    continue
                removed.append(info.path)
            return removed

    # -- listing -----------------------------------------------------------------------

    def list_all(self, with_counts: bool = True) -> list[BackupInfo]:
        """Every backup in the backup folders, newest first.

        With *with_counts* each file is opened read-only for its customer count and schema
        revision (a few ms each; off the GUI thread).
        """
        return list_backups(self.folders(), with_counts)

    def newest(self) -> BackupInfo | None:
        """The newest backup, by the time in its name (not opened)."""
        backups = self.list_all(with_counts=False)
        return backups[0] if backups else None

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes quick_check and can be read (None: there is none)."""
        return newest_good_backup(self.folders())

    # -- privacy -------------------------------------------------------------------------

    def copies_of(self, customer_id: uuid.UUID) -> list[BackupInfo]:
        """The backups that hold a customer (read-only look-ups; unreadable ones count)."""
        holding = []
        for info in self.list_all(with_counts=False):
            try:
                connection = connect_read_only(info.path)
                try:
                    row = connection.execute(
                        "SELECT 1 FROM customers WHERE id = ?", (customer_id.bytes,)
                    ).fetchone()
                finally:
                    connection.close()
            except (sqlite3.Error, UnicodeDecodeError):
                row = (1,)  # cannot tell: assume it holds the customer
            if row is not None:
                holding.append(info)
        return holding

    def copies_expire_on(self, copies: Sequence[BackupInfo], now: datetime) -> date | None:
        """The day the last of *copies* leaves the rotation, with one backup a day from now.

        Backups in a folder outside the rotation (a ``backup DEST`` copy) are not counted.
        None when the rotation would keep one for more than three years.
        """
        last = now
        wanted = {c.path for c in copies}
        for folder in self.folders():
            found = self._scan(folder)
            tracked = [i for i, b in enumerate(found) if b.path in wanted]
            if not tracked:
                continue
            # The simulated daily backups are taken at the time of day of *now*.
            moment = expiry([b.taken_at for b in found], tracked, self.policy, self._tz, now)
            if moment is None:
                return None
            last = max(last, moment)
        return last.astimezone(self._tz).date()

    # -- restoring -----------------------------------------------------------------------

    def restore(self, backup: Path, now: datetime, *, damaged: bool = False) -> RestoreReport:
        """Replace the database with a backup's content; the current data is backed up first.

        The services keep working afterwards: the database's engine is closed for the
        swap and opened again (also when the restore fails). Call it with no other service
        call running (the GUI waits for its workers first); off the GUI thread. Raises
        BackupUnavailable (nothing changed), BackupFailed (the safety backup could not be
        written: nothing changed) or RestoreFailed. *damaged*: a check found the current
        file damaged (see ``restore_database``).
        """
        with self._lock:
            folder, _fallback = self.target_folder()
            self._db.close()
            try:
                return restore_database(self._db.path, folder, backup, now, damaged=damaged)
            finally:
                self._db.reopen()

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _scan(folder: Path) -> list[BackupInfo]:
        return scan_folder(folder)

    def _has_data(self) -> bool:
        try:
            return read_facts(self._db.path).customers > 0
        except (sqlite3.Error, OSError):
            return False

    def _mark_changed(self) -> None:
        if self._marked:
            return
        with contextlib.suppress(OSError):
            create_private_file(self._paths.root / CHANGED_MARKER)
        self._marked = True

    def _clear_changed(self) -> None:
        with contextlib.suppress(OSError):
            (self._paths.root / CHANGED_MARKER).unlink(missing_ok=True)
        self._marked = False


def check_backup(backup: Path) -> DatabaseFacts:
    """Make sure *backup* can be restored (healthy, ours, not newer); raise BackupUnavailable."""
    from relationdesk.migrations import KNOWN_REVISIONS

    if not backup.is_file():
        raise BackupUnavailable(backup, "missing")
    problems = quick_check(backup)
    if problems:
        raise BackupUnavailable(backup, "damaged: " + "; ".join(problems[:3]))
    try:
        facts = read_facts(backup)
    except sqlite3.Error as exc:
        raise BackupUnavailable(backup, f"unreadable: {exc}") from exc
    if facts.revision is None:
        raise BackupUnavailable(backup, "not a RelationDesk database")
    if facts.revision not in KNOWN_REVISIONS:
        raise BackupUnavailable(backup, f"made by a newer RelationDesk (schema {facts.revision})")
    return facts


def restore_database(
    database: Path, safety_folder: Path, backup: Path, now: datetime, *, damaged: bool = False
) -> RestoreReport:
    """Put *backup*'s content in place of the database file at *database* (closed by the
    caller), and bring it to the current schema.

    A healthy current file is backed up into *safety_folder* first (``before-restore``)
    and overwritten through SQLite's backup API; a damaged or unreadable one is never
    written to: it is kept under a ``.damaged`` name and a checked copy takes its place.
    *damaged*: the caller's fuller check (integrity_check) found damage quick_check does
    not see; the file is treated as damaged (never copied into the backups).
    The result is checked (quick_check, and the customer count the backup holds).
    """
    from relationdesk.migrations import open_database

    facts = check_backup(backup)
    taken = describe(backup).taken_at
    safety: Path | None = None
    kept: Path | None = None
    if not damaged and is_healthy(database):
        safety = backup_database(database, safety_folder, "before-restore", now)
        copy_into(backup, database)
    else:
        kept = swap_in(backup, database, now)
    opened = open_database(database, safety_folder, now)
    after = verify(database)
    if after.customers != facts.customers:
        raise RestoreFailed(
            f"the restored file holds {after.customers} customers, the backup {facts.customers}"
        )
    make_private(database, *side_files(database))
    return RestoreReport(backup, taken, safety, kept, opened.upgraded_from, after.customers)


def describe(path: Path, info: BackupInfo | None = None) -> BackupInfo:
    """A backup's details with its customer count and revision read from the file."""
    if info is None:
        parsed = parse_backup_name(path.name)
        stat = path.stat()
        taken = parsed[0] if parsed else datetime.fromtimestamp(stat.st_mtime, UTC)
        info = BackupInfo(path, taken, parsed[1] if parsed else "", stat.st_size)
    try:
        facts = read_facts(path)
    except (sqlite3.Error, OSError):
        return info
    return BackupInfo(
        info.path, info.taken_at, info.reason, info.size, facts.customers, facts.revision
    )


def scan_folder(folder: Path) -> list[BackupInfo]:
    """The backups in *folder* by their names (not opened), newest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_backup_name(path.name)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def list_backups(folders: Sequence[Path], with_counts: bool = True) -> list[BackupInfo]:
    """The backups in *folders*, newest first; with counts read from each file (read-only)."""
    found: list[BackupInfo] = []
    for folder in dict.fromkeys(folders):
        found += scan_folder(folder)
    found.sort(key=lambda b: b.taken_at, reverse=True)
    if with_counts:
        found = [describe(b.path, b) for b in found]
    return found


def newest_good_backup(folders: Sequence[Path]) -> BackupInfo | None:
    """The newest backup in *folders* that passes quick_check and can be read."""
    for info in list_backups(folders, with_counts=False):
        if quick_check(info.path):
            continue
        described = describe(info.path, info)
        if described.readable:
            return described
    return None
