"""The command line: headless subcommands over the same services as the window.

    relationdesk [--data-dir DIR]                 open the window
    relationdesk --demo                           the window over throwaway demo data
    relationdesk --selftest                       start everything, wait for the list, exit
    relationdesk demo --customers N [--seed S]    add demo data
    relationdesk search QUERY [--limit N] [--json]
    relationdesk stats [--json]
    relationdesk check
    relationdesk export FILE [--format csv|xlsx|vcf] [--encoding utf-8|cp932] [--search QUERY]
                             [--language ja|en] [--replace-unencodable]

Errors about the data folder or the database file print one line and exit with 2,
having changed nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from relationdesk import __version__
from relationdesk.messages import message

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

    commands.add_parser("check", help="check the database's integrity")

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
    if getattr(sys, "frozen", False):  # a PyInstaller build: worker processes start here
        import multiprocessing

        multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command == "export":
        problem = _export_problem(args)
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
    from relationdesk.app import open_app
    from relationdesk.clock import utcnow
    from relationdesk.migrations import DatabaseTooNew, NotARelationDeskDatabase
    from relationdesk.paths import DataDirError

    try:
        app = open_app(data_dir, utcnow())
    except DataDirError as exc:
        return _fail(message("data_dir_unusable", path=exc.path, reason=exc.reason))
    except DatabaseTooNew as exc:
        return _fail(message("database_too_new", path=data_dir, revision=exc.revision))
    except NotARelationDeskDatabase:
        return _fail(message("not_our_database", path=data_dir))
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
            return run_gui(app, [sys.argv[0]])
        handler = {
            "demo": _demo,
            "search": _search,
            "stats": _stats,
            "check": _check,
            "export": _export,
        }
        return handler[args.command](app, args)
    except Exception as exc:
        detail = _damage(exc)
        if detail is None:
            raise  # a bug of ours, not a damaged file
        print(message("database_damaged", path=app.paths.database, detail=detail), file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        app.close()


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
    report = app.maintenance.check()  # type: ignore[attr-defined]
    if report.healthy:
        print(message("check_ok"))
        return EXIT_OK
    print(message("check_failed", details="; ".join(report.problems)), file=sys.stderr)
    return EXIT_PROBLEM


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
