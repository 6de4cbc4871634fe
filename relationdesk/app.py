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

from relationdesk.migrations import OpenResult, open_database
from relationdesk.paths import DataPaths, prepare_data_dir
from relationdesk.services.customers import CustomerService
from relationdesk.services.demo import DemoGenerator
from relationdesk.services.duplicates import DuplicateService
from relationdesk.services.exports import ExportService
from relationdesk.services.imports import ImportService
from relationdesk.services.maintenance import MaintenanceService
from relationdesk.services.reminders import ReminderService
from relationdesk.services.search import SearchService
from relationdesk.services.timeline import TimelineService
from relationdesk.services.unit_of_work import Database
from relationdesk.settings import Settings, load_settings, save_settings


@dataclass
class App:
    """An open data folder and the services over it."""

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
    region = region or settings.phone_region
    db = Database(paths.database)
    return App(
        paths=paths,
        db=db,
        opened=opened,
        customers=CustomerService(db, region),
        timeline=TimelineService(db),
        reminders=ReminderService(db, tz),
        search=SearchService(db, region),
        maintenance=MaintenanceService(db),
        exports=ExportService(db, region),
        imports=ImportService(db, region),
        duplicates=DuplicateService(db, region),
        samples=DemoGenerator(db),
        settings=settings,
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
    """Show the main window over an open app and run the Qt event loop."""
    from relationdesk.ui.application import run

    return run(app, argv)
