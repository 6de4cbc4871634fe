"""The command line: headless subcommands over the same services as the window.

    relationdesk [--data-dir DIR]                 open the window
    relationdesk --demo                           the window over throwaway demo data
    relationdesk --selftest                       start everything, wait for the list, exit
    relationdesk --minimized                      start in the tray (at login)
    relationdesk demo --customers N [--seed S]    add demo data
    relationdesk search QUERY [--limit N] [--json]
    relationdesk stats [--json]
    relationdesk check [--repair]
    relationdesk export FILE [--format csv|xlsx|vcf] [--encoding utf-8|cp932] [--search QUERY]
                             [--language ja|en] [--replace-unencodable]
    relationdesk backup [DEST]                    back up now (to DEST when given)
    relationdesk backups [--json]                 list the backups
    relationdesk restore BACKUP                   replace the data with a backup's
    relationdesk empty-trash                      purge the trash for good (backed up first)
    relationdesk history CUSTOMER_ID [--format csv|json] [--output FILE] [--language ja|en]
    relationdesk history --all [--format csv|json] [--output FILE] [--language ja|en]
                                                  the whole change log (customers' and tasks')
    relationdesk privacy-export CUSTOMER_ID FOLDER [--language ja|en]
    relationdesk erase CUSTOMER_ID [--yes]        erase a customer completely
    relationdesk import FILE [--dry-run] [--on-duplicate merge|skip|create] [--sheet NAME]
                             [--encoding utf-8|cp932] [--json]
    relationdesk imports [--limit N] [--json]        the import history (and manual merges)
    relationdesk undo-import BATCH [--keep-changed]
    relationdesk duplicates [--limit N] [--all] [--json]

Errors about the data folder or the database file print one line and exit with 2,
having changed nothing. Every command holds the data folder's lock while it runs, so it
refuses to run beside an open window; a command that changed data takes the quit backup
before it exits.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from relationdesk import __version__

if TYPE_CHECKING:
    from relationdesk.services.backups import BackupInfo
    from relationdesk.services.privacy import ErasurePlan
    from relationdesk.storage.location import LocationWarning

DEMO_CUSTOMERS = 2_000
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


def message(key: str, **values: object) -> str:
    """``relationdesk.messages.message`` (its ~560 lines are loaded when a message is
    first needed: a window start that goes well prints none)."""
    from relationdesk.messages import message as text

    return text(key, **values)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one translated line and exit code 2."""

    def error(self, text: str) -> NoReturn:
        """Print one clear line and exit 2 (ArgumentParser override)."""
        sys.stderr.write(f"relationdesk: {message('unknown_command', detail=text)}\n")
        sys.exit(EXIT_USAGE)


def _positive(name: str) -> object:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(message("positive_number", name=name))
        return value

    return parse


# The options of a window start; a command line of these alone names no subcommand.
_WINDOW_FLAGS = frozenset({"--demo", "--selftest", "--minimized", "--tray", "--version"})


def names_no_command(argv: Sequence[str]) -> bool:
    """True when *argv* holds nothing but the top-level options, spelt out in full (a window
    start: ``--data-dir DIR``, ``--minimized`` ...): it parses the same without the
    subcommands, whose 16 parsers cost a start ~5-10 ms. Anything else (a command, help,
    an abbreviation, a mistake) gets the whole parser and its messages."""
    value_next = False
    for token in argv:
        if value_next:
            value_next = False
        elif token == "--data-dir":
            value_next = True
        elif not (token in _WINDOW_FLAGS or token.startswith("--data-dir=")):
            return False
    return not value_next


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """Return the parser of the whole command line (without the subcommands: of a window
    start, see ``names_no_command``)."""
    parser = _Parser(prog="relationdesk", description="RelationDesk: a desktop CRM.")
    parser.add_argument("--version", action="version", version=f"RelationDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder to use")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway data folder filled with demo data"
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="start the whole app, wait for the customer list, exit 0 (smoke test of installs)",
    )
    parser.add_argument(
        "--minimized",
        "--tray",
        action="store_true",
        help="start in the tray (minimised where there is no tray), as at login",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = commands.add_parser("demo", help="add realistic demo customers")
    demo.add_argument("--customers", type=_positive("--customers"), default=1000)  # type: ignore[arg-type]
    demo.add_argument("--seed", type=int, default=1)

    search = commands.add_parser("search", help="find customers")
    search.add_argument("query")
    search.add_argument("--limit", type=_positive("--limit"), default=20)  # type: ignore[arg-type]
    search.add_argument("--json", action="store_true", help="print a JSON array")

    stats = commands.add_parser("stats", help="count records")
    stats.add_argument("--json", action="store_true", help="print a JSON object")

    check = commands.add_parser("check", help="check the database's integrity")
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index when only it is broken"
    )

    backup = commands.add_parser("backup", help="back up the database now")
    backup.add_argument("dest", nargs="?", help="a folder or a new file (default: backups/)")

    backups = commands.add_parser("backups", help="list the backups")
    backups.add_argument("--json", action="store_true", help="print a JSON array")

    restore = commands.add_parser("restore", help="replace the data with a backup's")
    restore.add_argument("backup", help="the backup file (a path, or a name from 'backups')")

    commands.add_parser("empty-trash", help="purge everything in the trash for good")

    history = commands.add_parser(
        "history", help="a customer's change history, or the whole change log (--all)"
    )
    history.add_argument("customer", nargs="?", help="the customer's id (not with --all)")
    history.add_argument(
        "--all",
        action="store_true",
        help="every change: all customers' and the tasks' (with the customer's id and name)",
    )
    history.add_argument("--format", choices=("csv", "json"), default="csv")
    history.add_argument("--output", metavar="FILE", help="write to FILE instead of the screen")
    history.add_argument("--language", choices=("ja", "en"), help="CSV headers")

    privacy = commands.add_parser(
        "privacy-export", help="write everything about a customer (JSON and a readable report)"
    )
    privacy.add_argument("customer", help="the customer's id")
    privacy.add_argument("folder", help="the folder to write the two files to")
    privacy.add_argument("--language", choices=("ja", "en"), help="the report's language")

    erase = commands.add_parser("erase", help="erase a customer completely (privacy request)")
    erase.add_argument("customer", help="the customer's id")
    erase.add_argument("--yes", action="store_true", help="erase (without it: only tell what)")

    export = commands.add_parser("export", help="write customers to a CSV, Excel or vCard file")
    export.add_argument("file", help="the file to write (.csv, .xlsx or .vcf)")
    export.add_argument(
        "--format", choices=("csv", "xlsx", "vcf"), help="default: from the file's extension"
    )
    export.add_argument(
        "--encoding", choices=("utf-8", "cp932"), help="CSV only; default utf-8 (with a BOM)"
    )
    export.add_argument("--search", metavar="QUERY", help="only the customers a search finds")
    export.add_argument(
        "--language", choices=("ja", "en"), help="column headers; default: the user's language"
    )
    export.add_argument(
        "--replace-unencodable",
        action="store_true",
        help="write characters CP932 cannot hold as 〓 instead of refusing (listed on stderr)",
    )

    imp = commands.add_parser("import", help="import customers from a CSV, Excel or vCard file")
    imp.add_argument("file", help="the file to import (.csv, .txt, .xlsx or .vcf)")
    imp.add_argument(
        "--dry-run", action="store_true", help="check the whole file and report; write nothing"
    )
    imp.add_argument(
        "--on-duplicate",
        choices=("merge", "skip", "create"),
        default="merge",
        help="what to do with a record that matches a customer (default: merge)",
    )
    imp.add_argument("--sheet", metavar="NAME", help="Excel only: the sheet (default: the first)")
    imp.add_argument("--encoding", choices=("utf-8", "cp932"), help="CSV only; default: detected")
    imp.add_argument("--json", action="store_true", help="print the result as a JSON object")

    history = commands.add_parser(
        "imports", help="list the imports (and merges) that can be undone"
    )
    history.add_argument("--limit", type=_positive("--limit"), default=20)  # type: ignore[arg-type]
    history.add_argument("--json", action="store_true", help="print a JSON array")

    undo = commands.add_parser("undo-import", help="undo an import (or a merge) as a whole")
    undo.add_argument("batch", help="the batch id, or its first 8 characters")
    undo.add_argument(
        "--keep-changed",
        action="store_true",
        help="leave records changed since the import as they are and undo the rest",
    )

    dupes = commands.add_parser("duplicates", help="list customers who are likely the same")
    dupes.add_argument("--limit", type=_positive("--limit"), default=50)  # type: ignore[arg-type]
    dupes.add_argument(
        "--all", action="store_true", help="also list unlikely pairs (low confidence)"
    )
    dupes.add_argument("--json", action="store_true", help="print a JSON array")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    if getattr(sys, "frozen", False):  # a PyInstaller build: worker processes start here
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(commands=not names_no_command(arguments)).parse_args(arguments)
    if args.command == "export":
        problem = _export_problem(args)
        if problem is not None:
            return _fail(problem)
    if args.command in ("history", "privacy-export", "erase"):
        problem = _customer_problem(args)
        if problem is not None:
            return _fail(problem)
    if args.command == "import":
        problem = _import_problem(args)
        if problem is not None:
            return _fail(problem)

    from relationdesk.paths import resolve_data_dir

    throwaway: Path | None = None
    if args.demo:
        import tempfile

        throwaway = Path(tempfile.mkdtemp(prefix="relationdesk-demo-"))
        data_dir = throwaway / "data"
    else:
        data_dir = resolve_data_dir(args.data_dir)
    try:
        return _run(args, data_dir)
    finally:
        if throwaway is not None:
            import shutil

            shutil.rmtree(throwaway, ignore_errors=True)


def _damage(exc: BaseException) -> object | None:
    """The driver's error when *exc* says the database file is damaged, else None.

    Raised by plain sqlite3 (the light read paths) or through SQLAlchemy (the units of
    work). Integrity and programming errors are bugs of ours, not damage. SQLAlchemy is
    looked at only if it was loaded: importing it costs start-up ~0.15 s.
    """
    if isinstance(exc, sqlite3.DatabaseError):
        return None if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError) else exc
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(exc, sa_exc.DatabaseError):
        if isinstance(exc, sa_exc.IntegrityError | sa_exc.ProgrammingError):
            return None
        return exc.orig
    return None


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    from relationdesk.app import DatabaseDamaged, open_app
    from relationdesk.clock import utcnow
    from relationdesk.migrations import DatabaseTooNew, MigrationFailed, NotARelationDeskDatabase
    from relationdesk.paths import DataDirError
    from relationdesk.storage.lock import DataFolderInUse

    if args.command == "backups":
        return _list_backups(args, data_dir)
    instance = None
    window = args.command is None and not args.selftest
    if window:  # one per data folder
        from relationdesk.app import AlreadyRunning, claim_window

        try:
            instance = claim_window(data_dir, show=not args.minimized)
        except AlreadyRunning as exc:
            if not exc.answered:  # in a box too: a double-click has nobody reading stderr
                _fail_start(window, message("instance_not_answering", path=data_dir))
                return EXIT_PROBLEM
            print(message("instance_shown", path=data_dir))
            return EXIT_OK
    try:
        if args.command == "restore":
            return _restore(args, data_dir)
        # A window checks the file's header now and runs quick_check off the GUI thread
        # after its first paint; writes wait for it (App.verify, Database.write).
        app = (
            _open_window_app(data_dir, instance=instance)
            if window
            else open_app(data_dir, utcnow())
        )
    except DataDirError as exc:
        return _fail_start(window, message("data_dir_unusable", path=exc.path, reason=exc.reason))
    except DataFolderInUse as exc:
        return _fail_start(
            window, message("data_folder_in_use", path=exc.folder, holder=_holder(exc))
        )
    except DatabaseTooNew as exc:
        return _fail_start(
            window, message("database_too_new", path=data_dir, revision=exc.revision)
        )
    except DatabaseDamaged as exc:
        if window and _window_possible():
            recovered = _recover_in_window(data_dir, exc)
            if recovered is None:
                return EXIT_PROBLEM
            app = recovered
        else:
            return _damaged(args, exc)
    except NotARelationDeskDatabase:
        return _fail_start(window, message("not_our_database", path=data_dir))
    except MigrationFailed as exc:
        key = "migration_failed" if exc.restored else "migration_failed_unrestored"
        return _fail_start(
            window, message(key, revision=exc.revision, detail=exc.detail, backup=exc.backup)
        )
    if not window and app.location is not None:  # the window shows it in its status bar
        _warn_location(app.location)
    if app.opened.upgraded_from is not None:
        print(
            message("upgraded", old=app.opened.upgraded_from, backup=app.opened.backup),
            file=sys.stderr,
        )
    try:
        if args.demo:
            from relationdesk.services.demo import DemoGenerator

            DemoGenerator(app.db).generate(DEMO_CUSTOMERS, utcnow())
        if args.selftest:
            from relationdesk.app import run_selftest

            problem = run_selftest(app, [sys.argv[0]])
            if problem is not None:
                print(message("selftest_failed", reason=problem), file=sys.stderr)
                return EXIT_PROBLEM
            print(message("selftest_ok", customers=app.customers.count()))
            return EXIT_OK
        if args.command is None:
            from relationdesk.app import display_problem, run_gui

            problem = display_problem()
            if problem is not None:
                return _fail(message("gui_unavailable", reason=problem))
            return run_gui(app, [sys.argv[0]], instance=instance, minimized=args.minimized)
        handler = {
            "demo": _demo,
            "search": _search,
            "stats": _stats,
            "check": _check,
            "export": _export,
            "backup": _backup,
            "empty-trash": _empty_trash,
            "history": _history,
            "privacy-export": _privacy_export,
            "erase": _erase,
            "import": _import,
            "imports": _imports,
            "undo-import": _undo_import,
            "duplicates": _duplicates,
        }
        return handler[args.command](app, args)
    except Exception as exc:
        detail = _damage(exc)
        if detail is None:
            raise  # a bug of ours, not a damaged file
        print(message("database_damaged", path=app.paths.database, detail=detail), file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        _finish(app, quit_backup=not args.demo)


def _finish(app: object, quit_backup: bool) -> None:
    """Close the app; after a session that changed data, take the quit backup first."""
    from relationdesk.clock import utcnow
    from relationdesk.storage.backup import BackupFailed

    if not quit_backup or app.db.commits == 0:  # type: ignore[attr-defined]
        app.close()  # type: ignore[attr-defined]
        return
    try:
        app.shutdown(utcnow())  # type: ignore[attr-defined]
    except BackupFailed as exc:
        print(message("backup_failed", reason=exc), file=sys.stderr)


def _holder(exc: object) -> str:
    holder = exc.holder  # type: ignore[attr-defined]
    if holder is None:
        return message("lock_holder_unknown")
    return message("lock_holder", pid=holder.pid, host=holder.host, since=holder.since)


def _warn_location(warning: LocationWarning) -> None:
    from relationdesk.storage.location import LocationRisk

    key = "location_network" if warning.risk == LocationRisk.NETWORK else "location_cloud"
    print(message(key, path=warning.path, detail=warning.detail), file=sys.stderr)


def _damaged(args: argparse.Namespace, exc: Any) -> int:
    details = "; ".join(exc.problems[:3])
    if args.command == "check":
        print(message("check_failed", details=details), file=sys.stderr)
    else:
        print(message("database_damaged_open", path=exc.path, detail=details), file=sys.stderr)
    _offer(exc.backup)
    return EXIT_PROBLEM if args.command == "check" else EXIT_USAGE


def _window_possible() -> bool:
    from relationdesk.app import display_problem

    return display_problem() is None


def _recover_in_window(data_dir: Path, exc: Any) -> Any:
    """Ask in a window whether to restore the newest good backup; the reopened App or None."""
    from relationdesk.app import recover
    from relationdesk.clock import utcnow
    from relationdesk.ui.recovery import ask_to_recover

    if not ask_to_recover(exc.problems, exc.backup) or exc.backup is None:
        return None
    recover(data_dir, exc.backup.path, utcnow())
    return _open_window_app(data_dir, check_later=False)


def _open_window_app(data_dir: Path, check_later: bool = True, instance: Any = None) -> Any:
    """``open_app`` for a window start: while a file written by an older version is backed
    up and upgraded (seconds on a big file, before the main window can exist), a small
    window says so (``ui/upgrade_progress.py``), and *instance* (the single-instance
    guard) already answers later starts. Raises what ``open_app`` raises."""
    from relationdesk.app import open_app, upgrade_pending
    from relationdesk.clock import utcnow

    if upgrade_pending(data_dir) and _window_possible():
        from relationdesk.settings import load_settings
        from relationdesk.ui.upgrade_progress import open_with_progress

        language = load_settings(data_dir).language
        return open_with_progress(
            lambda: open_app(data_dir, utcnow(), check_later=check_later), language, instance
        )
    return open_app(data_dir, utcnow(), check_later=check_later)


def _offer(backup: BackupInfo | None) -> None:
    """Print the newest good backup and how to restore it (or that there is none)."""
    if backup is None:
        print(message("no_good_backup"), file=sys.stderr)
        return
    print(
        message(
            "offer_backup",
            date=_local_time(backup.taken_at),
            customers=backup.customers,
            backup=backup.path,
        ),
        file=sys.stderr,
    )


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def _fail(text: str) -> int:
    sys.stderr.write(f"relationdesk: {text}\n")
    return EXIT_USAGE


def _fail_start(window: bool, text: str) -> int:
    """``_fail``; for a window start (double-clicked: nobody sees stderr) also in a box."""
    if window and _window_possible():
        from relationdesk.ui.recovery import show_start_error

        show_start_error(text)
    return _fail(text)


def _demo(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.services.demo import DemoGenerator

    started = time.perf_counter()
    result = DemoGenerator(app.db, args.seed).generate(args.customers, utcnow())  # type: ignore[attr-defined]
    print(
        message(
            "demo_done",
            customers=result.customers,
            interactions=result.interactions,
            purchases=result.purchases,
            reminders=result.reminders,
            seconds=time.perf_counter() - started,
        )
    )
    return EXIT_OK


def _search(app: object, args: argparse.Namespace) -> int:
    import json

    hits = app.search.search(args.query, limit=args.limit)  # type: ignore[attr-defined]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": str(h.id),
                        "name": h.name,
                        "reading": h.reading,
                        "company": h.company,
                        "stage": h.stage,
                        "phones": list(h.phones),
                        "emails": list(h.emails),
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not hits:
        print(message("no_results"))
    for h in hits:
        columns = [h.name, h.reading, h.company, ", ".join(h.phones), ", ".join(h.emails)]
        print("\t".join(columns))
    return EXIT_OK


def _stats(app: object, args: argparse.Namespace) -> int:
    stats = app.maintenance.stats()  # type: ignore[attr-defined]
    values = {
        "customers": stats.customers,
        "interactions": stats.interactions,
        "purchases": stats.purchases,
        "reminders": stats.reminders,
    }
    if args.json:
        import json

        print(json.dumps(values))
    else:
        for key, value in values.items():
            print(f"{key}\t{value}")
    return EXIT_OK


def _check(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow

    report = app.maintenance.check()  # type: ignore[attr-defined]
    # The window's daily background check need not run the same check again today.
    app.data_check.schedule.record(utcnow())  # type: ignore[attr-defined]
    if report.healthy:
        print(message("check_ok"))
        return EXIT_OK
    print(message("check_failed", details="; ".join(report.problems)), file=sys.stderr)
    if report.index_only:
        if args.repair:
            count = app.maintenance.rebuild_search_index()  # type: ignore[attr-defined]
            print(message("index_rebuilt", count=count))
            return EXIT_OK if app.maintenance.check().healthy else EXIT_PROBLEM  # type: ignore[attr-defined]
        print(message("check_index_only"), file=sys.stderr)
    else:
        _offer(app.backups.newest_good())  # type: ignore[attr-defined]
    return EXIT_PROBLEM


def _backup(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.storage.backup import BackupFailed

    dest = Path(args.dest).expanduser() if args.dest else None
    if dest is not None and not dest.is_dir() and not dest.resolve().parent.is_dir():
        return _fail(message("backup_dest_missing", folder=dest.resolve().parent))
    try:
        result = app.backups.backup_now("manual", utcnow(), dest=dest)  # type: ignore[attr-defined]
    except BackupFailed as exc:
        print(message("backup_failed", reason=exc), file=sys.stderr)
        return EXIT_PROBLEM
    if result.fallback:
        print(
            message(
                "backup_fallback",
                folder=app.backups.chosen_folder,  # type: ignore[attr-defined]
                used=result.backup.path.parent,
            ),
            file=sys.stderr,
        )
    print(
        message(
            "backup_done",
            customers=result.backup.customers,
            path=result.backup.path,
            size=_size(result.backup.size),
        )
    )
    if result.pruned:
        policy = app.backups.policy  # type: ignore[attr-defined]
        kept = message(
            "backup_policy",
            last=policy.keep_last,
            daily=policy.daily,
            weekly=policy.weekly,
            monthly=policy.monthly,
        )
        print(message("backup_pruned", count=len(result.pruned), policy=kept))
    return EXIT_OK


def _list_backups(args: argparse.Namespace, data_dir: Path) -> int:
    """List the backups without opening (or locking) the database: works beside a damaged
    file and beside a running window."""
    from relationdesk.app import backup_folders
    from relationdesk.paths import DataPaths
    from relationdesk.services.backups import list_backups
    from relationdesk.settings import load_settings

    paths = DataPaths(data_dir)
    found = list_backups(backup_folders(paths, load_settings(paths.root)))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "path": str(b.path),
                        "taken_at": b.taken_at.isoformat(),
                        "reason": b.reason,
                        "size": b.size,
                        "customers": b.customers,
                        "revision": b.revision,
                    }
                    for b in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not found:
        print(message("backups_none"))
        return EXIT_OK
    print(message("backups_header"))
    for b in found:
        customers = str(b.customers) if b.readable else message("backups_unreadable")
        print(f"{_local_time(b.taken_at)}\t{_size(b.size)}\t{customers}\t{b.reason}\t{b.path}")
    return EXIT_OK


def _restore(args: argparse.Namespace, data_dir: Path) -> int:
    from relationdesk.app import backup_folders, recover
    from relationdesk.clock import utcnow
    from relationdesk.paths import DataPaths
    from relationdesk.services.backups import BackupUnavailable
    from relationdesk.settings import load_settings
    from relationdesk.storage.backup import BackupFailed
    from relationdesk.storage.restore import RestoreFailed

    backup = Path(args.backup).expanduser()
    if not backup.exists() and backup.name == args.backup:
        paths = DataPaths(data_dir)
        for folder in backup_folders(paths, load_settings(paths.root)):
            if (folder / backup.name).is_file():
                backup = folder / backup.name
                break
    try:
        report = recover(data_dir, backup, utcnow())
    except BackupUnavailable as exc:
        return _fail(message("restore_unavailable", path=exc.path, reason=exc.reason))
    except (BackupFailed, RestoreFailed) as exc:
        print(message("restore_failed", reason=exc), file=sys.stderr)
        return EXIT_PROBLEM
    print(
        message(
            "restore_done",
            customers=report.customers,
            date=_local_time(report.backup_taken_at),
        )
    )
    if report.safety_backup is not None:
        print(message("restore_safety", path=report.safety_backup))
    if report.damaged_copy is not None:
        print(message("restore_damaged_kept", path=report.damaged_copy))
    if report.upgraded_from is not None:
        print(message("restore_upgraded", revision=report.upgraded_from))
    return EXIT_OK


def _empty_trash(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.storage.backup import BackupFailed

    try:
        safety = app.backups.backup_now("before-empty-trash", utcnow())  # type: ignore[attr-defined]
    except BackupFailed as exc:
        print(message("backup_failed", reason=exc), file=sys.stderr)
        return EXIT_PROBLEM
    result = app.trash.empty(utcnow())  # type: ignore[attr-defined]
    print(
        message(
            "trash_emptied",
            customers=result.customers,
            entries=result.customer_entries,
            interactions=result.interactions,
            purchases=result.purchases,
            reminders=result.reminders,
        )
    )
    print(message("backup_first", path=safety.backup.path))
    return EXIT_OK


def _customer_problem(args: argparse.Namespace) -> str | None:
    """Turn the customer argument into a UUID (args.customer_id), or say what is wrong
    (for history: a customer id or --all, one of them)."""
    import uuid

    if args.command == "history" and (args.all or args.customer is None):
        if args.all == (args.customer is not None):  # both, or neither
            return message("history_all_or_customer")
        args.customer_id = None
        return _history_output_problem(args)
    try:
        args.customer_id = uuid.UUID(args.customer.strip())
    except ValueError:
        return message("bad_customer_id", value=args.customer)
    if args.command == "history":
        return _history_output_problem(args)
    if args.command == "privacy-export" and not Path(args.folder).expanduser().is_dir():
        return message("export_folder_missing", folder=Path(args.folder).expanduser())
    return None


def _history_output_problem(args: argparse.Namespace) -> str | None:
    """Say so when history's --output names a file in a folder that does not exist."""
    if args.output:
        folder = Path(args.output).expanduser().resolve().parent
        if not folder.is_dir():
            return message("export_folder_missing", folder=folder)
    return None


def _history(app: object, args: argparse.Namespace) -> int:
    from dateutil import tz

    from relationdesk.clock import utcnow
    from relationdesk.messages import language
    from relationdesk.services.errors import CustomerNotFound
    from relationdesk.services.history import HistoryFormat, entry_json, history_csv

    lang = args.language or language()
    if args.all:
        return _history_all(app, args, lang)
    try:
        if args.output:
            target = Path(args.output).expanduser()
            count = app.history.export(  # type: ignore[attr-defined]
                args.customer_id,
                target,
                HistoryFormat(args.format),
                utcnow(),
                language=lang,
                tz=tz.tzlocal(),
            )
            print(message("history_written", count=count, path=target))
            return EXIT_OK
        entries = app.history.history(args.customer_id)  # type: ignore[attr-defined]
    except CustomerNotFound:
        print(message("customer_not_found", id=args.customer_id), file=sys.stderr)
        return EXIT_PROBLEM
    if args.format == "json":
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(history_csv(entries, lang, tz.tzlocal()))
    return EXIT_OK


def _history_all(app: object, args: argparse.Namespace, lang: str) -> int:
    """history --all: the whole change log, streamed to a file (atomically) or the screen."""
    from dateutil import tz

    from relationdesk.clock import utcnow
    from relationdesk.services.history import HistoryFormat

    fmt = HistoryFormat(args.format)
    if not args.output:
        try:
            app.history.write_all(sys.stdout, fmt, utcnow(), language=lang, tz=tz.tzlocal())  # type: ignore[attr-defined]
            sys.stdout.flush()
        except BrokenPipeError:  # piped into a reader that stopped (head): not an error of ours
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    target = Path(args.output).expanduser()
    try:
        count = app.history.export_all(  # type: ignore[attr-defined]
            target, fmt, utcnow(), language=lang, tz=tz.tzlocal()
        )
    except KeyboardInterrupt:
        print(message("export_cancelled"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        return _fail(message("export_write_failed", path=target, reason=exc.strerror or exc))
    print(message("history_written", count=count, path=target))
    return EXIT_OK


def _privacy_export(app: object, args: argparse.Namespace) -> int:
    from dateutil import tz

    from relationdesk.clock import utcnow
    from relationdesk.messages import language
    from relationdesk.services.errors import CustomerNotFound

    try:
        written = app.privacy.export_customer(  # type: ignore[attr-defined]
            args.customer_id,
            Path(args.folder).expanduser(),
            utcnow(),
            language=args.language or language(),
            tz=tz.tzlocal(),
        )
        name = app.customers.get(args.customer_id, include_trashed=True).display_name  # type: ignore[attr-defined]
    except CustomerNotFound:
        print(message("customer_not_found", id=args.customer_id), file=sys.stderr)
        return EXIT_PROBLEM
    print(
        message("privacy_exported", name=name, json=written.json_path, report=written.report_path)
    )
    return EXIT_OK


def _erase(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.services.errors import CustomerNotFound

    now = utcnow()
    try:
        plan = app.privacy.erase_preview(args.customer_id, now)  # type: ignore[attr-defined]
    except CustomerNotFound:
        print(message("customer_not_found", id=args.customer_id), file=sys.stderr)
        return EXIT_PROBLEM
    for line in erase_confirmation(plan):
        print(line)
    if not args.yes:
        print(message("erase_confirm"), file=sys.stderr)
        return EXIT_PROBLEM
    report = app.privacy.erase(args.customer_id, now)  # type: ignore[attr-defined]
    key = "erase_done" if report.wal_cleared else "erase_done_wal_busy"
    print(message(key, name=plan.name, seconds=report.seconds))
    return EXIT_OK


def erase_confirmation(plan: ErasurePlan) -> list[str]:
    """What the confirmation of an erasure says, line by line, in the user's language."""
    lines = [
        message(
            "erase_plan",
            name=plan.name,
            contact_points=plan.contact_points,
            interactions=plan.interactions,
            purchases=plan.purchases,
            reminders=plan.reminders,
            changes=plan.changes,
        )
    ]
    if plan.members:
        lines.append(message("erase_members", members=plan.members, mentions=plan.history_mentions))
    separator = message("list_separator")
    if plan.duplicates:
        names = separator.join(r.name for r in plan.duplicates)
        lines.append(message("erase_duplicates", names=names))
    if plan.journal_entries:
        lines.append(message("erase_journal", count=plan.journal_entries))
    if plan.restored_duplicates:
        names = separator.join(r.name for r in plan.restored_duplicates)
        lines.append(message("erase_restored_duplicates", names=names))
    if plan.merged_into:
        names = separator.join(r.name for r in plan.merged_into)
        lines.append(message("erase_merged_into", names=names))
    copies = len(plan.backup_copies)
    if not copies:
        lines.append(message("erase_no_backups"))
    elif plan.copies_expire_on is None:
        lines.append(message("erase_backups_forever", copies=copies))
    else:
        lines.append(
            message("erase_backups", copies=copies, date=plan.copies_expire_on.isoformat())
        )
    if plan.other_copies:
        paths = ", ".join(str(x) for x in plan.other_copies)
        lines.append(message("erase_other_copies", paths=paths))
    return lines


def _export_problem(args: argparse.Namespace) -> str | None:
    """Say what is wrong with the export arguments (before anything is opened), or None."""
    from relationdesk.exporting.formats import ExportFormat, format_for_path

    target = Path(args.file)
    fmt = args.format or format_for_path(target)
    if fmt is None:
        return message("export_format_unknown", path=target)
    if args.encoding is not None and fmt != ExportFormat.CSV:
        return message("export_encoding_csv_only")
    if target.is_dir():
        return message("export_target_is_folder", path=target)
    if not target.resolve().parent.is_dir():
        return message("export_folder_missing", folder=target.resolve().parent)
    args.format = ExportFormat(fmt)
    return None


def _export(app: object, args: argparse.Namespace) -> int:
    from dateutil import tz

    from relationdesk.exporting.cp932 import CharacterPolicy, UnencodableText
    from relationdesk.exporting.options import CsvEncoding, ExportOptions
    from relationdesk.messages import language
    from relationdesk.services.errors import ExportCancelled
    from relationdesk.services.exports import AllCustomers, ExportScope, SearchResults

    options = ExportOptions(
        language=args.language or language(),
        encoding=CsvEncoding(args.encoding or CsvEncoding.UTF8),
        policy=CharacterPolicy.REPLACE if args.replace_unencodable else CharacterPolicy.STRICT,
        tz=tz.tzlocal(),
    )
    scope: ExportScope = AllCustomers() if args.search is None else SearchResults(args.search)
    target = Path(args.file)
    started = time.perf_counter()
    try:
        report = app.exports.export(  # type: ignore[attr-defined]
            target, args.format, scope, options, progress=_progress_printer()
        )
    except UnencodableText as exc:
        _clear_progress()
        print(message("export_unencodable", count=exc.report.unencodable_total), file=sys.stderr)
        _list_unencodable(exc.report)
        return EXIT_PROBLEM
    except (ExportCancelled, KeyboardInterrupt):
        _clear_progress()
        print(message("export_cancelled"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        _clear_progress()
        return _fail(message("export_write_failed", path=target, reason=exc.strerror or exc))
    _clear_progress()
    if report.unencodable_total:
        print(message("export_replaced", count=report.unencodable_total), file=sys.stderr)
        _list_unencodable(report)
    print(
        message(
            "export_done",
            customers=report.customers,
            path=target,
            seconds=time.perf_counter() - started,
        )
    )
    return EXIT_OK


def _list_unencodable(report: object, shown: int = 20) -> None:
    """Print the first *shown* fields with characters CP932 cannot hold, then how many more."""
    entries = report.unencodable  # type: ignore[attr-defined]
    for entry in entries[:shown]:
        characters = " ".join(
            f"{ch} U+{ord(ch):04X}" if ch.isprintable() else f"U+{ord(ch):04X}"
            for ch in entry.characters
        )
        line = message(
            "export_unencodable_item",
            name=entry.customer_name,
            id=entry.customer_id,
            field=entry.header,
            characters=characters,
        )
        print(f"  {line}", file=sys.stderr)
    more = report.unencodable_total - min(shown, len(entries))  # type: ignore[attr-defined]
    if more > 0:
        print(f"  {message('export_more', count=more)}", file=sys.stderr)


def _progress_printer() -> Callable[[int, int], None] | None:
    """Return a progress callback that redraws one line on a terminal (None otherwise)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done:,} / {total:,}")
        sys.stderr.flush()

    return show


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


# -- import ------------------------------------------------------------------------------


def _import_problem(args: argparse.Namespace) -> str | None:
    """Say what is wrong with the import arguments or the file (before anything is opened)."""
    from relationdesk.importing.errors import ImportFileError
    from relationdesk.importing.readers import FileFormat, detect_format

    path = Path(args.file)
    try:
        fmt = detect_format(path)
    except ImportFileError as exc:
        return _file_error(exc)
    if args.sheet is not None and fmt is not FileFormat.XLSX:
        return message("import_option_sheet", path=path)
    if args.encoding is not None and fmt is not FileFormat.CSV:
        return message("import_option_encoding", path=path)
    return None


def _file_error(exc: object) -> str:
    """One line for an ImportFileError, in the user's language."""
    code = exc.code  # type: ignore[attr-defined]
    params = {"path": "", "reason": "", "line": "", "format": "", "sheet": "", "encoding": ""}
    params.update(dict(exc.params))  # type: ignore[attr-defined]
    return message(code, **params)


def _import(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.importing.errors import ImportFileError
    from relationdesk.services.errors import ImportCancelled
    from relationdesk.services.import_data import DuplicatePolicy, ImportOptions

    options = ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        on_duplicate=DuplicatePolicy(args.on_duplicate),
    )
    service = app.imports  # type: ignore[attr-defined]
    path = Path(args.file)
    started = time.perf_counter()
    progress = None if args.json else _progress_printer()
    try:
        if args.dry_run:
            outcome = service.preview(path, options, utcnow(), progress=progress, rows=0)
            batch = None
        else:
            service.inspect(path, options)  # an unreadable file is reported before backing up
            app.backups.backup_now("before-import", utcnow())  # type: ignore[attr-defined]
            outcome = service.run(path, options, utcnow(), progress=progress)
            batch = outcome.batch_id
    except ImportFileError as exc:
        _clear_progress()
        return _fail(_file_error(exc))
    except (ImportCancelled, KeyboardInterrupt):
        _clear_progress()
        print(message("import_cancelled"), file=sys.stderr)
        return EXIT_INTERRUPTED
    _clear_progress()
    counts = outcome.counts
    if args.json:
        print(
            json.dumps(
                {
                    "batch": None if batch is None else str(batch),
                    "dry_run": bool(args.dry_run),
                    "read": counts.read,
                    "imported": counts.imported,
                    "new": counts.new,
                    "merged": counts.merged,
                    "skipped": counts.skipped,
                    "created_anyway": counts.created_anyway,
                    "failed": counts.rejected,
                    "companies": counts.companies,
                    "problems": [
                        {
                            "line": p.line,
                            "column": p.column,
                            "severity": p.severity.value,
                            "code": p.code,
                            "value": p.value,
                            "message": _problem_message(p),
                        }
                        for p in outcome.problems
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    values = {
        "file": path.name,
        "read": counts.read,
        "new": counts.new,
        "merged": counts.merged,
        "skipped": counts.skipped,
        "created_anyway": counts.created_anyway,
        "rejected": counts.rejected,
        "companies": counts.companies,
    }
    if batch is None:
        print(message("import_dry_run", **values))
    else:
        print(
            message(
                "import_done",
                **values,
                seconds=time.perf_counter() - started,
                batch=batch,
                short=batch.hex[-8:],
            )
        )
    if outcome.problems:
        print(message("import_problems", count=len(outcome.problems)))
        for problem in outcome.problems:
            print(f"  {_problem_line(problem)}")
    return EXIT_OK


def _problem_message(problem: object) -> str:
    from relationdesk.messages import problem_text

    return problem_text(problem.code, problem.value, problem.params)  # type: ignore[attr-defined]


def _problem_line(problem: object) -> str:
    """'line 5, 電話番号: "123" is not a phone number (left out)'."""
    line, column = problem.line, problem.column  # type: ignore[attr-defined]
    where = (
        message("import_problem_column", line=line, column=column)
        if column
        else message("import_problem_line", line=line)
    )
    text = f"{where}: {_problem_message(problem)}"
    if problem.code == "possible_duplicate":  # type: ignore[attr-defined]
        return text  # a new customer was made: nothing was left out
    severity = message(f"severity_{problem.severity.value}")  # type: ignore[attr-defined]
    return f"{text} ({severity})"


def _local(instant: object) -> str:
    from dateutil import tz

    return instant.astimezone(tz.tzlocal()).strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]


def _imports(app: object, args: argparse.Namespace) -> int:
    batches = app.imports.batches(limit=args.limit)  # type: ignore[attr-defined]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "batch": str(b.id),
                        "kind": b.kind,
                        "created_at": b.created_at.isoformat(),
                        "actor": b.actor,
                        "file": b.file_name,
                        "format": b.file_format,
                        "on_duplicate": b.policy,
                        "read": b.counts.read,
                        "new": b.counts.new,
                        "merged": b.counts.merged,
                        "skipped": b.counts.skipped,
                        "created_anyway": b.counts.created_anyway,
                        "failed": b.counts.rejected,
                        "companies": b.counts.companies,
                        "problems": b.problem_count,
                        "undone_at": None if b.undone_at is None else b.undone_at.isoformat(),
                    }
                    for b in batches
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not batches:
        print(message("imports_none"))
    for b in batches:
        undone = "" if b.undone_at is None else message("imports_undone", when=_local(b.undone_at))
        key = "imports_line" if b.kind == "import" else "imports_merge_line"
        print(
            message(
                key,
                short=b.id.hex[-8:],
                when=_local(b.created_at),
                file=b.file_name,
                read=b.counts.read,
                new=b.counts.new,
                merged=b.counts.merged,
                skipped=b.counts.skipped,
                rejected=b.counts.rejected,
                undone=undone,
            )
        )
    return EXIT_OK


def _undo_import(app: object, args: argparse.Namespace) -> int:
    from relationdesk.clock import utcnow
    from relationdesk.services.errors import (
        BatchAlreadyUndone,
        BatchNotFound,
        ImportCancelled,
        UndoRefused,
    )

    service = app.imports  # type: ignore[attr-defined]
    batch = service.find_batch(args.batch)
    if batch is None:
        return _fail(message("undo_unknown_batch", batch=args.batch))
    try:
        app.backups.backup_now("before-undo", utcnow())  # type: ignore[attr-defined]
        result = service.undo(batch, utcnow(), keep_changed=args.keep_changed)
    except BatchNotFound:
        return _fail(message("undo_unknown_batch", batch=args.batch))
    except BatchAlreadyUndone:
        return _fail(message("undo_already", batch=batch))
    except UndoRefused as exc:
        print(message("undo_refused", count=len(exc.conflicts)), file=sys.stderr)
        _list_conflicts(exc.conflicts)
        return EXIT_PROBLEM
    except (ImportCancelled, KeyboardInterrupt):
        print(message("import_cancelled"), file=sys.stderr)
        return EXIT_INTERRUPTED
    print(message("undo_done", batch=batch, removed=result.removed, restored=result.restored))
    if result.kept:
        print(message("undo_kept", count=len(result.kept)))
        _list_conflicts(result.kept, sys.stdout)
    return EXIT_OK


def _list_conflicts(conflicts: Sequence[object], out: TextIO | None = None) -> None:
    stream = out or sys.stderr
    for c in conflicts:
        line = message(
            "undo_conflict_line",
            name=c.name,  # type: ignore[attr-defined]
            id=c.customer_id,  # type: ignore[attr-defined]
            reason=message(f"reason_{c.reason}"),  # type: ignore[attr-defined]
        )
        print(f"  {line}", file=stream)


def _duplicates(app: object, args: argparse.Namespace) -> int:
    from relationdesk.services.duplicate_rules import Confidence

    floor = Confidence.LOW if args.all else Confidence.MEDIUM
    service = app.duplicates  # type: ignore[attr-defined]
    pairs: list[object] = []
    cursor = None
    while len(pairs) < args.limit:
        page = service.find(cursor, limit=args.limit - len(pairs), min_confidence=floor)
        pairs += page.pairs
        cursor = page.next
        if cursor is None:
            break
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "confidence": p.confidence.value,  # type: ignore[attr-defined]
                        "rules": [r.value for r in p.rules],  # type: ignore[attr-defined]
                        "first": _side(p.first),  # type: ignore[attr-defined]
                        "second": _side(p.second),  # type: ignore[attr-defined]
                    }
                    for p in pairs
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not pairs:
        print(message("duplicates_none"))
    for p in pairs:
        print(
            message(
                "duplicates_line",
                confidence=message(f"confidence_{p.confidence.value}"),  # type: ignore[attr-defined]
                rule=message(f"rule_{p.rules[0].value}"),  # type: ignore[attr-defined]
                first=p.first.display_name,  # type: ignore[attr-defined]
                first_id=p.first.id,  # type: ignore[attr-defined]
                second=p.second.display_name,  # type: ignore[attr-defined]
                second_id=p.second.id,  # type: ignore[attr-defined]
            )
        )
    if cursor is not None and pairs:
        print(message("duplicates_more"))
    return EXIT_OK


def _side(side: object) -> dict[str, object]:
    return {
        "id": str(side.id),  # type: ignore[attr-defined]
        "name": side.display_name,  # type: ignore[attr-defined]
        "reading": side.reading,  # type: ignore[attr-defined]
        "phone": side.phone,  # type: ignore[attr-defined]
        "email": side.email,  # type: ignore[attr-defined]
    }
