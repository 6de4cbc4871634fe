"""The one place that wires things: data folder -> database -> migrations -> services -> window.

Nothing here imports Qt at module level: the CLI uses ``open_app`` too, and the window is
imported only when it is asked for.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.migrations import OpenResult, open_database
from relationdesk.paths import DataPaths, prepare_data_dir
from relationdesk.services.unit_of_work import Database
from relationdesk.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from relationdesk.services.customer_list import CustomerList
    from relationdesk.services.customers import CustomerService
    from relationdesk.services.demo import DemoGenerator
    from relationdesk.services.exports import ExportService
    from relationdesk.services.maintenance import MaintenanceService
    from relationdesk.services.reminders import ReminderService
    from relationdesk.services.search import SearchService
    from relationdesk.services.timeline import TimelineService


class App:
    """An open data folder and the services over it.

    Each service is made, and its module imported, the first time it is asked for: the
    writers load SQLAlchemy's ORM (~0.3 s with the models), which the window needs only
    after it has painted its first page from ``customer_list`` (plain SQL).
    """

    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        opened: OpenResult,
        settings: Settings,
        region: str,
        tz: tzinfo | None = None,
    ) -> None:
        self.paths = paths
        self.db = db
        self.opened = opened
        self.settings = settings
        self.region = region
        self.tz = tz

    @cached_property
    def customer_list(self) -> CustomerList:
        """The customer list's reads alone (no ORM): what the window's first page needs."""
        from relationdesk.services.customer_list import CustomerList

        return CustomerList(self.db, self.region)

    @cached_property
    def customers(self) -> CustomerService:
        """Customers: profiles, trash, and the list's reads."""
        from relationdesk.services.customers import CustomerService

        return CustomerService(self.db, self.region)

    @cached_property
    def timeline(self) -> TimelineService:
        """A customer's history."""
        from relationdesk.services.timeline import TimelineService

        return TimelineService(self.db)

    @cached_property
    def reminders(self) -> ReminderService:
        """Reminders and what is due."""
        from relationdesk.services.reminders import ReminderService

        return ReminderService(self.db, self.tz)

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
    def exports(self) -> ExportService:
        """Writing customers to CSV, Excel and vCard files."""
        from relationdesk.services.exports import ExportService

        return ExportService(self.db, self.region)

    @cached_property
    def samples(self) -> DemoGenerator:
        """Sample customers for a first start."""
        from relationdesk.services.demo import DemoGenerator

        return DemoGenerator(self.db)

    def save_settings(self, settings: Settings) -> None:
        """Keep new preferences (some take effect at the next start)."""
        save_settings(self.paths.root, settings)
        self.settings = settings

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def open_app(
    data_dir: Path, now: datetime, region: str | None = None, tz: tzinfo | None = None
) -> App:
    """Prepare the data folder, bring the database to the current schema, build the services.

    *region* is the default phone region (default: the one in Preferences), *tz* the user's
    time zone (default: the system's).
    Raises DataDirError, DatabaseTooNew or NotARelationDeskDatabase; in each case nothing
    in the folder has been changed.
    """
    paths = prepare_data_dir(data_dir)
    opened = open_database(paths.database, paths.backups, now)
    settings = load_settings(paths.root)
    return App(
        paths=paths,
        db=Database(paths.database),
        opened=opened,
        settings=settings,
        region=region or settings.phone_region,
        tz=tz,
    )


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


def run_gui(app: App, argv: list[str]) -> int:
    """Show the main window over an open app and run the Qt event loop.

    The list's first page and count are read (in threads) while Qt and the window's
    modules are imported, so the window paints them without waiting.
    """
    app.customer_list.read_ahead()
    from relationdesk.ui.application import run

    return run(app, argv)
