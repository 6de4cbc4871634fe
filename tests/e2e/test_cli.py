"""The real `relationdesk` command in a subprocess, against a temporary data folder."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from relationdesk import __version__


def run(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None):
    """Run the CLI; return the completed process."""
    full_env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    full_env.update({"RELATIONDESK_LANG": "en", **(env or {})})
    command = [sys.executable, "-m", "relationdesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=full_env, timeout=300
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """A data folder with 2,000 demo customers, made through the CLI."""
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("demo", "--customers", "2000", "--seed", "5", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "2000" in result.stdout
    return folder


def test_version():
    """--version prints the version and exits 0."""
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"RelationDesk {__version__}"


def test_search_json_has_the_documented_keys(demo_dir):
    """search --json prints an array of objects with id, name, reading, company, phones, emails."""
    result = run("search", "やまだ", "--limit", "5", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert 0 < len(hits) <= 5
    for hit in hits:
        assert {"id", "name", "reading", "company", "phones", "emails"} <= set(hit)
        assert isinstance(hit["phones"], list) and isinstance(hit["emails"], list)
        assert hit["reading"].startswith("ヤマダ")


def test_search_plain_output_and_no_results(demo_dir):
    """Plain search prints one line per customer, or a clear 'nothing found'."""
    found = run("search", "山田", "--limit", "3", data_dir=demo_dir)
    assert found.returncode == 0 and len(found.stdout.strip().splitlines()) == 3
    none = run("search", "存在しない名前", data_dir=demo_dir)
    assert none.returncode == 0 and "No customers found" in none.stdout


def test_stats_json_counts_without_trash(demo_dir):
    """stats --json gives the four counts; they agree with the database."""
    result = run("stats", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert set(stats) == {"customers", "interactions", "purchases", "reminders"}
    assert stats["customers"] == 2000 and stats["interactions"] > 0
    with sqlite3.connect(demo_dir / "relationdesk.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM purchases").fetchone()[0] == stats["purchases"]


def test_check_healthy_then_damaged(tmp_path, demo_dir):
    """check exits 0 on a healthy file and 1 with a message on a damaged copy."""
    assert run("check", data_dir=demo_dir).returncode == 0
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    source = sqlite3.connect(demo_dir / "relationdesk.sqlite3")
    target = sqlite3.connect(damaged / "relationdesk.sqlite3")
    source.backup(target)
    source.close()
    target.execute("PRAGMA journal_mode=DELETE")
    root = target.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_customers_name'"
    ).fetchone()[0]
    page_size = target.execute("PRAGMA page_size").fetchone()[0]
    target.close()
    with open(damaged / "relationdesk.sqlite3", "r+b") as raw:
        raw.seek((root - 1) * page_size + 12)
        raw.write(b"\xff" * (page_size - 12))
    result = run("check", data_dir=damaged)
    assert result.returncode == 1
    assert "problems" in result.stderr and "Traceback" not in result.stderr
    search = run("search", "山田", data_dir=damaged)
    assert "Traceback" not in search.stderr


def test_unknown_subcommand_is_one_line_exit_2(tmp_path):
    """An unknown subcommand prints one clear line and exits 2, creating nothing."""
    folder = tmp_path / "data"
    result = run("frobnicate", data_dir=folder)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "frobnicate" in result.stderr
    assert not folder.exists()


def test_unwritable_data_folder_is_one_line_exit_2(tmp_path):
    """A data folder that cannot be created gives one line, exit 2 (in Japanese too)."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("stats", data_dir=blocker / "data")
    assert result.returncode == 2
    assert (
        len(result.stderr.strip().splitlines()) == 1
        and "Cannot use the data folder" in result.stderr
    )
    ja = run("stats", data_dir=blocker / "data", env={"RELATIONDESK_LANG": "ja"})
    assert ja.returncode == 2 and "データフォルダー" in ja.stderr


def test_newer_version_file_is_refused_untouched(tmp_path):
    """A database from a newer RelationDesk: one line, exit 2, file bytes unchanged."""
    folder = tmp_path / "data"
    assert run("stats", data_dir=folder).returncode == 0
    database = folder / "relationdesk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = run("search", "x", data_dir=folder)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "newer version" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_data_dir_from_environment(tmp_path):
    """RELATIONDESK_DATA_DIR chooses the data folder when --data-dir is not given."""
    folder = tmp_path / "from-env"
    result = run("stats", "--json", env={"RELATIONDESK_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "relationdesk.sqlite3").exists()


def test_bad_numbers_are_refused(tmp_path):
    """--customers 0 or text is a usage error with exit 2."""
    for value in ("0", "many"):
        result = run("demo", "--customers", value, data_dir=tmp_path / "d")
        assert result.returncode == 2 and "positive whole number" in result.stderr


def test_window_without_a_display_is_one_line_exit_2(tmp_path):
    """With no display on Linux, `relationdesk` explains in one line instead of aborting."""
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run(data_dir=tmp_path / "data", env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "display" in result.stderr


def test_window_opens_offscreen(tmp_path):
    """`relationdesk` starts the window (offscreen) and is still running after 3 seconds."""
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    process = subprocess.Popen(
        [sys.executable, "-m", "relationdesk", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=3)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "Traceback" not in stderr


def test_selftest_on_a_fresh_folder(tmp_path):
    """--selftest starts everything on a new data folder, prints one line, exits 0."""
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run("--selftest", data_dir=tmp_path / "data", env=env)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "Self-test passed: the window showed its customer list (0 customers)."
    )
    assert result.stderr.strip() == ""
    assert (tmp_path / "data" / "relationdesk.sqlite3").exists()


def test_demo_opens_a_throwaway_folder_and_removes_it(tmp_path):
    """--demo fills a temporary folder with demo data and removes it afterwards."""
    env = {"TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = run("--demo", "--selftest", env=env)
    assert result.returncode == 0, result.stderr
    assert "(2000 customers)" in result.stdout
    assert list(tmp_path.iterdir()) == []
