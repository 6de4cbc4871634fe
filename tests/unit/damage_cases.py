"""What one damaged-file case does, run in a child process (see test_damaged_files.py).

Kept apart from the test module so a forkserver can import it once and fork each case
cheaply. A case opens the data folder as the app does, and:

* when the start-up check finds the damage (DatabaseDamaged): the file must be unchanged
  and a good backup offered; restoring it as a user would (``recover``) must give back
  the backup's customers and a healthy file;
* when the file is refused as foreign or newer: it must be unchanged;
* when the damage slips past the start-up check (a byte in a text value, a free page):
  the reads of the first screens and the full check must finish, with a result or a
  database error the CLI and the GUI turn into a message, never anything else; when the
  full check finds damage, restoring the backup must fix it.

The child's exit code says what happened; any other exception is a traceback and exit 1.
"""

from __future__ import annotations

import hashlib
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

DETECTED, REFUSED, OPENED_HEALTHY, OPENED_DAMAGED, READ_ERROR = 10, 11, 12, 13, 14


def digest(path: Path) -> str:
    """SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_case(data_dir: str, expected_customers: int) -> None:
    """Exercise one damaged data folder; exit with an outcome code (see the constants)."""
    try:
        code = _case(Path(data_dir), expected_customers)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        sys.exit(1)
    sys.exit(code)


def _case(data_dir: Path, expected: int) -> int:
    from sqlalchemy.exc import DatabaseError as SQLError

    from relationdesk.app import DatabaseDamaged, open_app, recover
    from relationdesk.migrations import DatabaseTooNew, NotARelationDeskDatabase

    now = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    database = data_dir / "relationdesk.sqlite3"
    before = digest(database)
    try:
        app = open_app(data_dir, now)
    except DatabaseDamaged as exc:
        assert digest(database) == before, "a damaged file was written to"
        assert exc.backup is not None, "no good backup offered"
        report = recover(data_dir, exc.backup.path, now)
        assert report.damaged_copy is not None and digest(report.damaged_copy) == before
        _verify_recovered(data_dir, expected, now)
        return DETECTED
    except (DatabaseTooNew, NotARelationDeskDatabase):
        assert digest(database) == before, "a refused file was written to"
        return REFUSED
    try:
        read_error = False
        try:
            app.maintenance.stats()
            page = app.customers.list_page(limit=50)
            for row in page.rows[:5]:
                app.customers.get(row.id)
                app.timeline.feed(row.id)
            app.search.search("山田")
            app.search.search("や")
        except SQLError:
            read_error = True
        report = app.maintenance.check()
    finally:
        app.close()
    if report.healthy and not read_error:
        return OPENED_HEALTHY
    backup = sorted((data_dir / "backups").iterdir())[0]
    recover(data_dir, backup, now)
    _verify_recovered(data_dir, expected, now)
    return READ_ERROR if read_error else OPENED_DAMAGED


def _verify_recovered(data_dir: Path, expected: int, now: datetime) -> None:
    from relationdesk.app import open_app

    app = open_app(data_dir, now)
    try:
        assert app.customers.count() == expected, "the restored data is not the backup's"
        assert app.maintenance.check().healthy, "the restored file is not healthy"
        assert app.search.search("山田"), "search does not work after the restore"
    finally:
        app.close()
