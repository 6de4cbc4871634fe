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
    relationdesk privacy-export CUSTOMER_ID FOLDER [--language ja|en]
    relationdesk erase CUSTOMER_ID [--yes]        erase a customer completely

Errors about the data folder or the database file print one line and exit with 2,
having changed nothing. Every command holds the data folder's lock while it runs, so it
refuses to run beside an open window; a command that changed data takes the quit backup
before it exits.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from relationdesk import __version__
from relationdesk.messages import message

if TYPE_CHECKING:
    from relationdesk.services.backups import BackupInfo
    from relationdesk.services.privacy import ErasurePlan
    from relationdesk.storage.location import LocationWarning

DEMO_CUSTOMERS = 2_000
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


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


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line."""
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

    history = commands.add_parser("history", help="a customer's change history")
    history.add_argument("customer", help="the customer's id")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command == "export":
        problem = _export_problem(args)
        if problem is not None:
            return _fail(problem)
    if args.command in ("history", "privacy-export", "erase"):
        problem = _customer_problem(args)
        if problem is not None:
            return _fail(problem)

    from relationdesk.paths import resolve_data_dir

    throwaway: Path | None = None
    if args.demo:
        throwaway = Path(tempfile.mkdtemp(prefix="relationdesk-demo-"))
        data_dir = throwaway / "data"
    else:
        data_dir = resolve_data_dir(args.data_dir)
    try:
        return _run(args, data_dir)
    finally:
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    from sqlalchemy.exc import DatabaseError, IntegrityError, ProgrammingError

    from relationdesk.app import DatabaseDamaged, open_app
    from relationdesk.clock import utcnow
    from relationdesk.migrations import DatabaseTooNew, MigrationFailed, NotARelationDeskDatabase
    from relationdesk.paths import DataDirError
    from relationdesk.storage.lock import DataFolderInUse

    if args.command == "backups":
        return _list_backups(args, data_dir)
    instance = None
    if args.command is None and not args.selftest:  # a window: one per data folder
        from relationdesk.app import AlreadyRunning, claim_window

        try:
            instance = claim_window(data_dir, show=not args.minimized)
        except AlreadyRunning as exc:
            if not exc.answered:
                print(message("instance_not_answering", path=data_dir), file=sys.stderr)
                return EXIT_PROBLEM
            print(message("instance_shown", path=data_dir))
            return EXIT_OK
    try:
        if args.command == "restore":
            return _restore(args, data_dir)
        app = open_app(data_dir, utcnow())
    except DataDirError as exc:
        return _fail(message("data_dir_unusable", path=exc.path, reason=exc.reason))
    except DataFolderInUse as exc:
        return _fail(message("data_folder_in_use", path=exc.folder, holder=_holder(exc)))
    except DatabaseTooNew as exc:
        return _fail(message("database_too_new", path=data_dir, revision=exc.revision))
    except DatabaseDamaged as exc:
        details = "; ".join(exc.problems[:3])
        if args.command == "check":
            print(message("check_failed", details=details), file=sys.stderr)
        else:
            print(message("database_damaged_open", path=exc.path, detail=details), file=sys.stderr)
        _offer(exc.backup)
        return EXIT_PROBLEM if args.command == "check" else EXIT_USAGE
    except NotARelationDeskDatabase:
        return _fail(message("not_our_database", path=data_dir))
    except MigrationFailed as exc:
        key = "migration_failed" if exc.restored else "migration_failed_unrestored"
        return _fail(message(key, revision=exc.revision, detail=exc.detail, backup=exc.backup))
    if app.location is not None:
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
        }
        return handler[args.command](app, args)
    except DatabaseError as exc:
        if isinstance(exc, IntegrityError | ProgrammingError):
            raise  # a bug of ours, not a damaged file
        detail = exc.orig
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
        print(json.dumps(values))
    else:
        for key, value in values.items():
            print(f"{key}\t{value}")
    return EXIT_OK


def _check(app: object, args: argparse.Namespace) -> int:
    report = app.maintenance.check()  # type: ignore[attr-defined]
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
    """Turn the customer argument into a UUID (args.customer_id), or say what is wrong."""
    import uuid

    try:
        args.customer_id = uuid.UUID(args.customer.strip())
    except ValueError:
        return message("bad_customer_id", value=args.customer)
    if args.command == "history" and args.output:
        folder = Path(args.output).expanduser().resolve().parent
        if not folder.is_dir():
            return message("export_folder_missing", folder=folder)
    if args.command == "privacy-export" and not Path(args.folder).expanduser().is_dir():
        return message("export_folder_missing", folder=Path(args.folder).expanduser())
    return None


def _history(app: object, args: argparse.Namespace) -> int:
    from dateutil import tz

    from relationdesk.clock import utcnow
    from relationdesk.messages import language
    from relationdesk.services.errors import CustomerNotFound
    from relationdesk.services.history import HistoryFormat, entry_json, history_csv

    lang = args.language or language()
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
