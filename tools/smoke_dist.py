"""Smoke test of the built app (CI runs it after `make dist`): every check goes through the
executable, on fresh data folders, as a user would run it.

    .venv/bin/python tools/smoke_dist.py [--exe PATH] [--deb dist/relationdesk_*.deb]

Without --exe, dist/RelationDesk/RelationDesk. With --deb (as root, on Debian/Ubuntu, where
the package is not installed yet) the package is installed, its desktop entry validated,
`relationdesk` from PATH put through the same checks, and the package removed again; the
data folder written meanwhile must still be there afterwards.

The import check uses `relationdesk import FILE` when the build has that subcommand;
otherwise the data comes from `demo`, and goes out and back through `export` and `search`.
Ends with "smoke: N passed, M failed".
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "RelationDesk" / ("RelationDesk.exe" if os.name == "nt" else "RelationDesk")
SUBCOMMANDS = ("demo", "search", "stats", "check", "export")


class Smoke:
    def __init__(self, exe: list[str], scratch: Path) -> None:
        self.exe = exe
        self.scratch = scratch
        self.passed: list[str] = []
        self.failed: list[str] = []

    def folder(self, name: str) -> Path:
        return self.scratch / name

    def run(
        self, *args: str, lang: str = "en", expect: int = 0, timeout: int = 300
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
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
        missing = [name for name in SUBCOMMANDS if name not in out]
        assert not missing, f"missing subcommands {missing} in\n{out}"

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
        help_text = smoke.run("--help").stdout
        target = str(smoke.folder("imported"))
        if "import" in help_text.split("{", 1)[-1].split("}", 1)[0]:
            smoke.run("--data-dir", target, "import", str(smoke.folder("all.csv")), timeout=900)
        else:  # no import subcommand in this build: the same customers through demo
            smoke.run("--data-dir", target, "demo", "--customers", "300", "--seed", "5")
        hits = json.loads(smoke.run("--data-dir", target, "search", "やまだ", "--json").stdout)
        assert hits, "nothing found after importing"
        searched = smoke.folder("searched.csv")
        smoke.run("--data-dir", target, "export", str(searched), "--search", "やまだ")
        assert searched.stat().st_size > 0

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
        upgrade_an_old_file,
        unusable_folder_is_one_line,
    ):
        smoke.check(test.__name__, test)


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
        if args.deb is not None:
            deb_checks(smoke, args.deb)
    print(f"smoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
