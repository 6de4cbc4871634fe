"""Smoke test of the built app (CI runs it after `make dist`): every check goes through the
executable, on fresh data folders, as a user would run it.

    .venv/bin/python tools/smoke_dist.py [--exe PATH] [--deb dist/relationdesk_*.deb]

Without --exe, dist/RelationDesk/RelationDesk. With --deb (as root, on Debian/Ubuntu, where
the package is not installed yet) the package is installed, its desktop entry validated,
`relationdesk` from PATH put through the same checks, and the package removed again; the
data folder written meanwhile must still be there afterwards.

Every subcommand of the source tree's `relationdesk.cli.build_parser()` must be listed by
the executable's `--help` (no more, no fewer) and have a check here (COVERED) that looks
at its effect, not only its exit code: the backup file opens and holds the customers,
a restore gives back the count, undo-import removes what the import added, erase removes
the customer, and so on. A new subcommand without a check fails the smoke test.
Ends with "smoke: N passed, M failed".
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "RelationDesk" / ("RelationDesk.exe" if os.name == "nt" else "RelationDesk")
# Which checks below exercise each subcommand (every_subcommand_is_there compares the keys
# with the source tree's parser, so a command added to relationdesk/cli.py needs one here).
COVERED = {
    "demo": ("demo_in_a_helper_process", "safety_folder"),
    "search": ("search", "import_then_search"),
    "stats": ("stats",),
    "check": ("check", "check_repairs_the_search_index"),
    "export": ("export_every_format",),
    "import": (
        "import_then_search",
        "import_imports_duplicates_and_undo",
        "import_runs_the_compiled_modules",
    ),
    "backup": ("backup_to_the_backups_folder", "backup_to_a_destination"),
    "backups": ("backups_lists_them",),
    "restore": ("restore_gives_back_the_count",),
    "empty-trash": ("empty_trash_purges",),
    "history": ("history_in_every_format",),
    "privacy-export": ("privacy_export_writes_both_files",),
    "erase": ("erase_asks_then_erases",),
    "imports": ("import_imports_duplicates_and_undo",),
    "undo-import": ("import_imports_duplicates_and_undo", "undo_the_merge_and_the_import"),
    "duplicates": ("import_imports_duplicates_and_undo",),
}


class Smoke:
    def __init__(self, exe: list[str], scratch: Path) -> None:
        self.exe = exe
        self.scratch = scratch
        self.passed: list[str] = []
        self.failed: list[str] = []

    def folder(self, name: str) -> Path:
        return self.scratch / name

    def run(
        self,
        *args: str,
        lang: str = "en",
        expect: int = 0,
        timeout: int = 300,
        extra_env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(extra_env or {}))
        env.pop("RELATIONDESK_DATA_DIR", None)
        if lang == "ja":
            env.pop("RELATIONDESK_LANG", None)
            env.update(LANG="ja_JP.UTF-8", LC_ALL="ja_JP.UTF-8", LANGUAGE="ja")
        else:
            env.update(RELATIONDESK_LANG="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        result = subprocess.run(
            [*self.exe, *args], env=env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != expect:
            raise AssertionError(
                f"{' '.join(args)}: exit {result.returncode}, expected {expect}\n"
                f"stdout: {result.stdout}\nstderr: {result.stderr}"
            )
        return result

    def check(self, name: str, test: Callable[[], None]) -> None:
        try:
            test()
        except Exception:
            self.failed.append(name)
            print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
        else:
            self.passed.append(name)
            print(f"ok   {name}", flush=True)


def checks(smoke: Smoke) -> None:
    """The checks, in order (later ones use the data the earlier ones made)."""
    data = str(smoke.folder("data"))

    def version() -> None:
        out = smoke.run("--version").stdout
        assert out.startswith("RelationDesk "), out

    def every_subcommand_is_there() -> None:
        out = smoke.run("--help").stdout
        listed = re.search(r"\{([a-z0-9,-]+)\}", out)
        assert listed is not None, f"no subcommands in\n{out}"
        built = sorted(listed.group(1).split(","))
        source = sorted(source_subcommands())
        assert built == source, f"the build lists {built}, the source tree has {source}"
        unchecked = sorted(set(source) - set(COVERED))
        assert not unchecked, f"no smoke check for {unchecked}: add one (COVERED)"

    def selftest_fresh_folder() -> None:
        out = smoke.run("--data-dir", str(smoke.folder("fresh-en")), "--selftest").stdout
        assert "Self-test passed" in out, out

    def selftest_in_japanese() -> None:
        # Japanese chosen in Preferences (the system's language differs between runners): the
        # self-test then also needs our relationdesk_ja.qm and Qt's qtbase_ja.qm.
        folder = smoke.folder("fresh-ja")
        folder.mkdir()
        (folder / "settings.json").write_text('{"language": "ja"}', "utf-8")
        result = smoke.run("--data-dir", str(folder), "--selftest", lang="ja")
        assert "セルフテスト成功" in result.stdout, result.stdout + result.stderr

    def demo_in_a_helper_process() -> None:
        # 10,001 customers are three chunks: the 2nd and 3rd are built in a spawned helper,
        # which a frozen app must start as itself (multiprocessing.freeze_support).
        out = smoke.run("--data-dir", data, "demo", "--customers", "10001", "--seed", "5").stdout
        assert "10001" in out, out

    def stats() -> None:
        counts = json.loads(smoke.run("--data-dir", data, "stats", "--json").stdout)
        assert counts["customers"] == 10001 and counts["interactions"] > 0, counts

    def check() -> None:
        assert "healthy" in smoke.run("--data-dir", data, "check").stdout

    def search() -> None:
        hits = json.loads(smoke.run("--data-dir", data, "search", "やまだ", "--json").stdout)
        assert hits and all("山田" in h["name"] or "ヤマダ" in h["reading"] for h in hits), hits
        short = json.loads(smoke.run("--data-dir", data, "search", "山", "--json").stdout)
        assert short, "a one-character search found nothing"

    def export_every_format() -> None:
        for name, extra in (
            ("all.csv", ["--language", "ja"]),
            ("sjis.csv", ["--encoding", "cp932", "--replace-unencodable"]),
            ("all.xlsx", []),
            ("all.vcf", []),
        ):
            target = smoke.folder(name)
            smoke.run("--data-dir", data, "export", str(target), *extra)
            assert target.stat().st_size > 10_000, f"{name} is nearly empty"
        with smoke.folder("all.csv").open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert "フリガナ" in rows[0] and len(rows) == 10002, rows[0]
        smoke.folder("sjis.csv").read_bytes().decode("cp932")

    def import_then_search() -> None:
        target = str(smoke.folder("imported"))
        done = smoke.run(
            "--data-dir", target, "import", str(smoke.folder("all.csv")), "--json", timeout=900
        )
        report = json.loads(done.stdout)
        assert report["read"] == 10001 and report["failed"] == 0, report["read"]
        # demo data repeats names: some rows merge into a customer made a few rows before
        assert report["new"] + report["merged"] == report["read"], {**report, "problems": ""}
        counts = json.loads(smoke.run("--data-dir", target, "stats", "--json").stdout)
        assert counts["customers"] == report["new"] + report["companies"], counts
        hits = json.loads(smoke.run("--data-dir", target, "search", "やまだ", "--json").stdout)
        assert hits, "nothing found after importing"
        searched = smoke.folder("searched.csv")
        smoke.run("--data-dir", target, "export", str(searched), "--search", "やまだ")
        assert searched.stat().st_size > 0

    def import_runs_the_compiled_modules() -> None:
        """The built app runs the mypyc-compiled modules when the source tree has a current
        build (relationdesk/accel.py), pure Python when none was built."""
        manifest = ROOT / "relationdesk" / "accel-manifest.json"
        expected = json.loads(manifest.read_text("utf-8"))["modules"] if manifest.exists() else []
        done = smoke.run(
            "--data-dir",
            str(smoke.folder("compiled")),
            "import",
            str(ROOT / "tests" / "data" / "import" / "outlook.csv"),
            "--json",
            extra_env={"RELATIONDESK_ACCEL_REPORT": "1"},
        )
        assert json.loads(done.stdout)["failed"] == 0, done.stdout
        report = re.search(r"relationdesk\.accel: .*loaded compiled: (.*)", done.stderr)
        assert report is not None, done.stderr
        loaded = set(report.group(1).split(", ")) - {"none"}
        assert set(expected) <= loaded, f"expected compiled {expected}, loaded {loaded}"
        if expected:
            assert "relationdesk.compiled__mypyc" in loaded, loaded

    def upgrade_an_old_file() -> None:
        old = smoke.folder("old")
        _make_schema_0001(old / "relationdesk.sqlite3")
        result = smoke.run("--data-dir", str(old), "stats", "--json")
        assert "0001" in result.stderr, result.stderr  # "Upgraded ... from schema 0001"
        assert list((old / "backups").iterdir()), "no backup before the upgrade"

    def unusable_folder_is_one_line() -> None:
        blocker = smoke.folder("a-file")
        blocker.write_text("", "utf-8")
        result = smoke.run("--data-dir", str(blocker / "data"), "stats", expect=2)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr

    for test in (
        version,
        every_subcommand_is_there,
        selftest_fresh_folder,
        selftest_in_japanese,
        demo_in_a_helper_process,
        stats,
        check,
        search,
        export_every_format,
        import_then_search,
        import_runs_the_compiled_modules,
        upgrade_an_old_file,
        unusable_folder_is_one_line,
    ):
        smoke.check(test.__name__, test)


def safety_checks(smoke: Smoke) -> None:
    """backup, backups, restore, empty-trash, history, privacy-export, erase, check --repair,
    import, imports, duplicates and undo-import on a small folder of their own, each judged
    by what it did to the data (read with sqlite3 or through the executable itself)."""
    folder = smoke.folder("safety")
    data = str(folder)
    database = folder / "relationdesk.sqlite3"
    backups = folder / "backups"
    seen: dict[str, str] = {}  # what later checks need from earlier ones

    def run(*args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return smoke.run("--data-dir", data, *args, expect=expect)

    def customers() -> int:
        return int(json.loads(run("stats", "--json").stdout)["customers"])

    def find(query: str) -> list[dict[str, str]]:
        hits: list[dict[str, str]] = json.loads(run("search", query, "--json").stdout)
        return hits

    def safety_folder() -> None:
        run("demo", "--customers", "50", "--seed", "7")
        assert customers() == 50

    def backup_to_the_backups_folder() -> None:
        before = set(backups.iterdir())
        out = run("backup").stdout
        made = sorted(set(backups.iterdir()) - before)
        assert len(made) == 1, made
        assert "Backed up 50 customers" in out and made[0].name in out, out
        assert _live_customers(made[0]) == 50
        seen["backup"] = made[0].name

    def backup_to_a_destination() -> None:
        usb = smoke.folder("usb")
        usb.mkdir()
        run("backup", str(usb))
        (made,) = list(usb.iterdir())
        assert _live_customers(made) == 50
        named = usb / "named-copy.sqlite3"
        run("backup", str(named))
        assert _live_customers(named) == 50
        missing = run("backup", str(usb / "nowhere" / "x.sqlite3"), expect=2)
        assert len(missing.stderr.strip().splitlines()) == 1, missing.stderr

    def backups_lists_them() -> None:
        listed = json.loads(run("backups", "--json").stdout)
        manual = [b for b in listed if b["reason"] == "manual"]
        assert [Path(b["path"]).name for b in manual] == [seen["backup"]], listed
        assert manual[0]["customers"] == 50, manual
        plain = run("backups").stdout
        assert seen["backup"] in plain and "\t50\t" in plain, plain

    def restore_gives_back_the_count() -> None:
        run("demo", "--customers", "5", "--seed", "8")
        assert customers() == 55
        out = run("restore", seen["backup"]).stdout  # a bare name from `backups`
        assert "Restored 50 customers" in out, out
        assert customers() == 50 and _live_customers(database) == 50
        listed = json.loads(run("backups", "--json").stdout)
        safety = [b for b in listed if b["reason"] == "before-restore"]
        assert safety and safety[0]["customers"] == 55, listed
        bad = smoke.folder("not-a-backup.sqlite3")
        bad.write_bytes(b"nothing" * 100)
        refused = run("restore", str(bad), expect=2)
        assert len(refused.stderr.strip().splitlines()) == 1 and customers() == 50

    def import_imports_duplicates_and_undo() -> None:
        first = _write_people(
            smoke.folder("people.csv"),
            [
                ("燕 一郎", "ツバメ イチロウ", "090-1111-2222", "ichiro@example.jp", ""),
                ("燕 二郎", "ツバメ ジロウ", "", "jiro@example.jp", ""),
                ("鶫 花子", "ツグミ ハナコ", "06-6123-4567", "", ""),
            ],
        )
        report = json.loads(run("import", str(first), "--json").stdout)
        assert (report["read"], report["new"], report["failed"]) == (3, 3, 0), report
        assert customers() == 53 and len(find("ツバメ")) == 2
        # The same person again, made anyway: a likely duplicate pair.
        again = _write_people(
            smoke.folder("again.csv"), [("燕 一郎", "ツバメ イチロウ", "", "", "")]
        )
        created = json.loads(run("import", str(again), "--on-duplicate", "create", "--json").stdout)
        assert created["created_anyway"] == 1 and customers() == 54, created
        pairs = json.loads(run("duplicates", "--json", "--limit", "500").stdout)
        ichiro = {h["id"] for h in find("燕 一郎")}
        assert len(ichiro) == 2, ichiro
        assert any({p["first"]["id"], p["second"]["id"]} == ichiro for p in pairs), pairs
        # A merge: 鶫 花子 gets a note and an e-mail (history for the checks below).
        merge = _write_people(
            smoke.folder("merge.csv"),
            [("鶫 花子", "ツグミ ハナコ", "06-6123-4567", "hanako@example.jp", "常連")],
        )
        merged = json.loads(run("import", str(merge), "--json").stdout)
        assert merged["merged"] == 1 and customers() == 54, merged
        (hanako,) = find("ツグミ")
        seen["hanako"] = hanako["id"]
        listed = json.loads(run("imports", "--json").stdout)
        assert [b["batch"] for b in listed] == [
            merged["batch"],
            created["batch"],
            report["batch"],
        ], listed
        assert listed[2]["file"] == "people.csv" and listed[2]["new"] == 3, listed
        plain = run("imports").stdout
        assert plain.startswith(merged["batch"].replace("-", "")[-8:]), plain
        # Undo the copy (by its short id), then the first import: their customers go.
        short = created["batch"].replace("-", "")[-8:]
        assert "1 customers removed" in run("undo-import", short).stdout
        assert customers() == 53 and len(find("燕 一郎")) == 1
        seen["merge_batch"] = merged["batch"]
        seen["first_batch"] = report["batch"]

    def history_in_every_format() -> None:
        customer = seen["hanako"]
        changes = json.loads(run("history", customer, "--format", "json").stdout)
        notes = [c for c in changes if c["field"] == "note"]
        assert notes and notes[0]["new_value"] == "常連", changes
        rows = list(csv.reader(run("history", customer).stdout.splitlines()))  # CSV, default
        assert rows[0][0] == "Changed at" and any("常連" in row for row in rows[1:]), rows
        ja = list(csv.reader(run("history", customer, "--language", "ja").stdout.splitlines()))
        assert ja[0][0] == "日時" and any("メモ" in row for row in ja[1:]), ja
        as_csv = smoke.folder("history.csv")
        run("history", customer, "--output", str(as_csv))
        with as_csv.open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
        assert as_csv.read_bytes().startswith(b"\xef\xbb\xbf") and len(written) == len(rows)
        as_json = smoke.folder("history.json")
        run("history", customer, "--format", "json", "--output", str(as_json))
        document = json.loads(as_json.read_text("utf-8"))
        assert document["customer_id"] == customer and document["changes"] == changes, document
        # --all: the whole log (every customer's and the tasks'), with the customer's id/name.
        everything = json.loads(run("history", "--all", "--format", "json").stdout)
        hers = [c for c in everything if c["customer_id"] == customer]
        assert len(hers) == len(changes) and hers[0]["customer_name"], hers[:1]
        all_csv = smoke.folder("history-all.csv")
        run("history", "--all", "--output", str(all_csv))
        with all_csv.open(encoding="utf-8-sig", newline="") as handle:
            all_rows = list(csv.reader(handle))
        assert all_rows[0][-2:] == ["Customer ID", "Customer"], all_rows[0]
        assert len(all_rows) == len(everything) + 1, (len(all_rows), len(everything))
        assert "--all" in run("history", expect=2).stderr  # neither an id nor --all
        run("history", "not-an-id", expect=2)

    def privacy_export_writes_both_files() -> None:
        request = smoke.folder("request")
        request.mkdir()
        out = run("privacy-export", seen["hanako"], str(request), "--language", "ja").stdout
        files = sorted(request.iterdir())
        assert [f.suffix for f in files] == [".html", ".json"], files
        assert all(str(f) in out for f in files), out
        assert "鶫" in files[1].read_text("utf-8") and "常連" in files[1].read_text("utf-8")
        assert "鶫" in files[0].read_text("utf-8")

    def undo_the_merge_and_the_import() -> None:
        assert "1 restored" in run("undo-import", seen["merge_batch"]).stdout
        (hanako,) = find("ツグミ")
        assert hanako["id"] == seen["hanako"] and hanako["emails"] == [], hanako
        notes = [c for c in _history_json(run, seen["hanako"]) if c["field"] == "note"]
        assert (notes[0]["old_value"], notes[0]["new_value"]) == ("常連", ""), notes
        assert "3 customers removed" in run("undo-import", seen["first_batch"]).stdout
        assert customers() == 50 and not find("ツバメ") and not find("ツグミ")
        listed = json.loads(run("imports", "--json").stdout)
        assert all(b["undone_at"] for b in listed), listed
        run("undo-import", seen["first_batch"], expect=2)  # twice: already undone

    def erase_asks_then_erases() -> None:
        (target,) = json.loads(run("search", "山", "--json", "--limit", "1").stdout)
        asked = run("erase", target["id"], expect=1)
        assert "--yes" in asked.stderr and target["name"] in asked.stdout, asked
        assert customers() == 50
        erased = run("erase", target["id"], "--yes").stdout
        assert f"Erased {target['name']}" in erased, erased
        assert customers() == 49 and _live_customers(database) == 49
        assert all(h["id"] != target["id"] for h in find(target["name"]))
        gone = run("history", target["id"], expect=1)
        assert "no customer" in gone.stderr, gone.stderr

    def empty_trash_purges() -> None:
        (target,) = json.loads(run("search", "田", "--json", "--limit", "1").stdout)
        _trash(folder, target["id"])
        assert customers() == 48 and _all_customers(database) == 49
        run("history", target["id"])  # in the trash: still there
        out = run("empty-trash").stdout
        assert "1 customers" in out and "A backup was saved first" in out, out
        assert _all_customers(database) == 48
        assert "no customer" in run("history", target["id"], expect=1).stderr
        reasons = [b["reason"] for b in json.loads(run("backups", "--json").stdout)]
        assert "before-empty-trash" in reasons, reasons

    def check_repairs_the_search_index() -> None:
        # An e-mail address is found through the full-text index (names also through their
        # own columns), so it shows whether the customer is in the index.
        hits = json.loads(run("search", "山", "--json", "--limit", "50").stdout)
        target = next(h for h in hits if h["emails"])
        address = target["emails"][0].split("@")[0]
        assert [h["id"] for h in find(address)] == [target["id"]]
        _unindex(database, target["id"])
        assert not find(address), "the customer is still in the search index"
        broken = run("check", expect=1)
        assert "--repair" in broken.stderr, broken.stderr
        repaired = run("check", "--repair").stdout
        assert "Rebuilt the search index (48 customers)" in repaired, repaired
        assert "healthy" in run("check").stdout
        assert [h["id"] for h in find(address)] == [target["id"]]

    for test in (
        safety_folder,
        backup_to_the_backups_folder,
        backup_to_a_destination,
        backups_lists_them,
        restore_gives_back_the_count,
        import_imports_duplicates_and_undo,
        history_in_every_format,
        privacy_export_writes_both_files,
        undo_the_merge_and_the_import,
        erase_asks_then_erases,
        empty_trash_purges,
        check_repairs_the_search_index,
    ):
        smoke.check(test.__name__, test)


def source_subcommands() -> list[str]:
    """The subcommands of the source tree's parser (relationdesk.cli.build_parser)."""
    sys.path.insert(0, str(ROOT))
    from relationdesk.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    raise AssertionError("relationdesk.cli.build_parser() has no subcommands")


def _history_json(
    run: Callable[..., subprocess.CompletedProcess[str]], customer: str
) -> list[dict[str, str]]:
    changes: list[dict[str, str]] = json.loads(run("history", customer, "--format", "json").stdout)
    return changes


def _write_people(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    """A UTF-8 CSV (with a BOM, as Excel writes it) of name, reading, phone, e-mail, note."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("氏名", "フリガナ", "電話番号", "メール", "備考"))
        writer.writerows(rows)
    return path


def _live_customers(database: Path) -> int:
    """Customers not in the trash, read from *database* (a backup or the data); the file
    must also pass SQLite's integrity check."""
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", database
        return int(
            conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]
        )


def _all_customers(database: Path) -> int:
    """Customers in *database*, the trash included."""
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])


def _trash(folder: Path, customer: str) -> None:
    """Move a customer to the trash (the command line has no delete: the source tree's
    service does what the window's Delete does)."""
    sys.path.insert(0, str(ROOT))
    from relationdesk.app import open_app
    from relationdesk.clock import utcnow

    app = open_app(folder, utcnow())
    try:
        app.customers.delete(uuid.UUID(customer), utcnow())
    finally:
        app.close()


def _unindex(database: Path, customer: str) -> None:
    """Take a customer out of the search index (as a crash of an old version could)."""
    with closing(sqlite3.connect(database)) as conn, conn:
        doc_id, text = conn.execute(
            "SELECT doc_id, search_text FROM customers WHERE id = ?", (uuid.UUID(customer).bytes,)
        ).fetchone()
        conn.execute(
            "INSERT INTO customer_fts (customer_fts, rowid, text) VALUES ('delete', ?, ?)",
            (doc_id, text),
        )


def _make_schema_0001(path: Path) -> None:
    """A database as the first release wrote it (made with the source tree's migrations)."""
    sys.path.insert(0, str(ROOT))
    import sqlalchemy as sa
    from alembic import command

    from relationdesk import migrations

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0001")  # type: ignore[arg-type]
    engine.dispose()


def deb_checks(smoke: Smoke, deb: Path) -> None:
    """Install the .deb, check it from PATH, remove it; the user's data must stay."""
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        print("skip the .deb checks: they need root and dpkg", flush=True)
        return
    installed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "relationdesk"], capture_output=True, text=True
    )
    if "install ok installed" in installed.stdout:
        print("skip the .deb checks: relationdesk is installed on this machine", flush=True)
        return
    data = smoke.folder("deb-data")

    def install() -> None:
        subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
        assert shutil.which("relationdesk") == "/usr/bin/relationdesk"
        entry = "/usr/share/applications/relationdesk.desktop"
        if shutil.which("desktop-file-validate"):
            result = subprocess.run(
                ["desktop-file-validate", entry], capture_output=True, text=True
            )
            assert result.returncode == 0 and not result.stdout.strip(), result.stdout
        assert Path("/usr/share/icons/hicolor/256x256/apps/relationdesk.png").is_file()

    def from_path() -> None:
        on_path = Smoke(["relationdesk"], smoke.scratch)
        assert "Self-test passed" in on_path.run("--data-dir", str(data), "--selftest").stdout
        on_path.run("--data-dir", str(data), "demo", "--customers", "50")
        assert (
            json.loads(on_path.run("--data-dir", str(data), "stats", "--json").stdout)["customers"]
            == 50
        )

    def remove_keeps_data() -> None:
        subprocess.run(["dpkg", "--purge", "relationdesk"], check=True, capture_output=True)
        assert not Path("/opt/relationdesk").exists() and not shutil.which("relationdesk")
        assert (data / "relationdesk.sqlite3").is_file(), "removing the package took the data"

    try:
        for test in (install, from_path):
            smoke.check(f"deb_{test.__name__}", test)
    finally:
        smoke.check("deb_remove_keeps_data", remove_keeps_data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=BUILT, help="the built executable")
    parser.add_argument("--deb", type=Path, help="also install, check and remove this .deb")
    args = parser.parse_args()
    if not args.exe.exists():
        raise SystemExit(f"{args.exe} does not exist: run `make dist` first")
    with tempfile.TemporaryDirectory(prefix="relationdesk-smoke-") as folder:
        smoke = Smoke([str(args.exe)], Path(folder))
        checks(smoke)
        safety_checks(smoke)
        if args.deb is not None:
            deb_checks(smoke, args.deb)
    ran = set(smoke.passed + smoke.failed)
    missing = sorted({name for names in COVERED.values() for name in names} - ran)
    if missing:  # COVERED names a check that does not exist (any more)
        smoke.failed.append("covered_checks_ran")
        print(f"FAIL covered_checks_ran: COVERED names checks that did not run: {missing}")
    print(f"smoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
