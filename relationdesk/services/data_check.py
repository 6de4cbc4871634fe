"""The full data check as the app runs it: in the background once a day, and on demand.

``DataCheckService.run`` runs ``MaintenanceService.check`` (SQLite's integrity_check and
foreign_key_check, then the search index's own checks), times it, and remembers when it
last ran (``check-state.json`` in the data folder: not the database, which a check must
never write to, nor settings.json, which holds only what the user chose). When it finds
damage outside the search index, writes are refused from then on (the start-up
verification's ``refuse``) and the newest good backup is looked up to offer. Problems
only in the search index are left to ``MaintenanceService.rebuild_search_index``.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.services.maintenance import CheckReport, MaintenanceService
from relationdesk.storage.check import CheckCancelled, StartupVerification

if TYPE_CHECKING:
    from relationdesk.services.backups import BackupInfo

STATE_NAME = "check-state.json"
CHECK_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DataCheckResult:
    """One full check: what it found, when it started and how long it took (seconds).

    ``backup`` is the newest good backup to offer when the file is damaged (None when it
    is not, or when there is no good backup).
    """

    report: CheckReport
    started_at: datetime
    seconds: float
    backup: BackupInfo | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """What the checks found (empty: healthy)."""
        return self.report.problems

    @property
    def healthy(self) -> bool:
        """True when every check passed."""
        return self.report.healthy

    @property
    def index_only(self) -> bool:
        """True when every problem is in the search index (rebuild it; no restore needed)."""
        return self.report.index_only

    @property
    def damaged(self) -> bool:
        """True when the file itself is damaged: writes are refused, a restore is offered."""
        return bool(self.report.problems) and not self.report.index_only


class CheckSchedule:
    """When the full check last ran, kept in a small JSON file (written atomically)."""

    def __init__(self, path: Path, every: timedelta = CHECK_EVERY) -> None:
        self.path = path
        self.every = every

    def last(self) -> datetime | None:
        """When the last full check finished (None: never, or the file is unreadable)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            when = datetime.fromisoformat(raw["last_full_check"])
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)

    def due(self, now: datetime) -> bool:
        """True when the full check has not run within ``every`` of *now*.

        A last time in the future (the clock was set back) counts as not due: it runs
        again once ``every`` has passed since then, or right away if that is absurd.
        """
        last = self.last()
        if last is None or last > now + self.every:
            return True
        return now - last >= self.every

    def record(self, when: datetime) -> None:
        """Remember *when* the full check ran (never raises: the check is just repeated)."""
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            partial.write_text(
                json.dumps({"last_full_check": when.astimezone(UTC).isoformat()}), "utf-8"
            )
            os.replace(partial, self.path)
        except OSError:
            pass


class DataCheckService:
    """Runs the full check for the app (the GUI's background and on-demand checks)."""

    def __init__(
        self,
        maintenance: MaintenanceService,
        verification: Callable[[], StartupVerification],
        backup_folders: Callable[[], Sequence[Path]],
        schedule: CheckSchedule,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self._maintenance = maintenance
        self._verification = verification
        self._backup_folders = backup_folders
        self.schedule = schedule
        self._timer = timer

    def due(self, now: datetime) -> bool:
        """True when the background check should run (not within a day of the last one)."""
        return self.schedule.due(now)

    def run(self, now: datetime, cancel: Callable[[], bool] | None = None) -> DataCheckResult:
        """Run every check (read-only; off the GUI thread: seconds for a large file).

        On damage outside the search index, writes are refused from now on and the newest
        good backup is found to offer. Raises CheckCancelled when *cancel* returned True
        (nothing is recorded then).
        """
        verification = self._verification()
        generation = verification.generation
        started = self._timer()
        report = self._maintenance.check(cancel)
        seconds = self._timer() - started
        if cancel is not None and cancel():  # the last stage polls nothing: say so anyway
            raise CheckCancelled()
        backup = None
        if report.problems and not report.index_only:
            verification.refuse(report.problems, generation)
            from relationdesk.services.backups import newest_good_backup

            backup = newest_good_backup(self._backup_folders())
        self.schedule.record(now)
        return DataCheckResult(report, now, seconds, backup)


__all__ = ["CHECK_EVERY", "CheckSchedule", "DataCheckResult", "DataCheckService"]
