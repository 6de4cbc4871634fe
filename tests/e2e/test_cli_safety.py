"""The safety commands of the real CLI: backup, backups, restore, empty-trash, history,
privacy-export, erase, check --repair, and recovering a damaged file as a user would."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.services.customer_data import CustomerInput
from tests.e2e.test_cli import run


@pytest.fixture
def shop(tmp_path) -> tuple[Path, str]:
    """A data folder with three customers; the id of one."""
    folder = tmp_path / "data"
    app = open_app(folder, utcnow())
    try:
        made = [
            app.customers.create(CustomerInput(family_name=name, reading="テスト"), utcnow())
            for name in ("山田", "田中", "鈴木")
        ]
        app.customers.update(
            made[0].id, CustomerInput(family_name="山田", reading="ヤマダ", note="メモ"), utcnow()
        )
    finally:
        app.close()
    return folder, str(made[0].id)


def live_count(folder: Path) -> int:
    """Live customers in the folder's database."""
    with sqlite3.connect(folder / "relationdesk.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]


def test_backup_list_and_restore(shop, tmp_path):
    """backup, then backups lists it with its customers, restore brings it back."""
    folder, _ = shop
    made = run("backup", data_dir=folder)
    assert made.returncode == 0, made.stderr
    assert "Backed up 3 customers" in made.stdout
    listed = json.loads(run("backups", "--json", data_dir=folder).stdout)
    assert len(listed) == 1 and listed[0]["customers"] == 3 and listed[0]["reason"] == "manual"
    added = open_app(folder, utcnow())
    added.customers.create(CustomerInput(family_name="後から"), utcnow())
    added.close()
    assert live_count(folder) == 4
    name = Path(listed[0]["path"]).name
    restored = run("restore", name, data_dir=folder)  # a bare name from 'backups' works
    assert restored.returncode == 0, restored.stderr
    assert "Restored 3 customers" in restored.stdout
    assert "backed up to" in restored.stdout
    assert live_count(folder) == 3
    plain = run("backups", data_dir=folder)
    assert plain.returncode == 0 and "before-restore" in plain.stdout and "\t3\t" in plain.stdout


def test_backup_to_a_destination_and_errors(shop, tmp_path):
    """backup DEST writes there; a missing folder is one line, exit 2; Japanese too."""
    folder, _ = shop
    usb = tmp_path / "usb"
    usb.mkdir()
    result = run("backup", str(usb), data_dir=folder)
    assert result.returncode == 0 and len(list(usb.iterdir())) == 1
    missing = run(
        "backup",
        str(tmp_path / "nowhere" / "x.sqlite3"),
        data_dir=folder,
        env={"RELATIONDESK_LANG": "ja"},
    )
    assert missing.returncode == 2 and "がありません" in missing.stderr


def test_restore_refuses_a_bad_backup(shop, tmp_path):
    """A file that is no backup: one line, exit 2, nothing changed."""
    folder, _ = shop
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nothing" * 100)
    result = run("restore", str(bad), data_dir=folder)
    assert result.returncode == 2 and "Cannot restore" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert live_count(folder) == 3


def test_a_damaged_database_is_recovered_as_a_user_would(shop):
    """stats on a damaged file says so and offers the backup; restore as told; all back."""
    folder, _ = shop
    assert run("backup", data_dir=folder).returncode == 0
    database = folder / "relationdesk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(database, "r+b") as raw:
        raw.seek(4096 * 2)
        raw.write(b"\xee" * 4096)
    damaged = run("stats", data_dir=folder)
    assert damaged.returncode == 2 and "Traceback" not in damaged.stderr
    assert "is damaged" in damaged.stderr and "relationdesk restore" in damaged.stderr
    command = damaged.stderr.split("Restore it with: ", 1)[1].split(" (the damaged", 1)[0]
    assert command.startswith("relationdesk restore ")
    backup = command.removeprefix("relationdesk restore ").strip('"')
    restored = run("restore", backup, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    assert "damaged file was kept as" in restored.stdout
    assert list(folder.glob("relationdesk.sqlite3.*.damaged"))
    assert run("check", data_dir=folder).returncode == 0
    assert json.loads(run("stats", "--json", data_dir=folder).stdout)["customers"] == 3


def test_check_repairs_a_search_index_out_of_step(shop):
    """A customer missing from the index: check says so (exit 1), --repair rebuilds it."""
    folder, _ = shop
    with sqlite3.connect(folder / "relationdesk.sqlite3") as conn:
        doc_id, text = conn.execute(
            "SELECT doc_id, search_text FROM customers WHERE family_name = '田中'"
        ).fetchone()
        conn.execute(
            "INSERT INTO customer_fts (customer_fts, rowid, text) VALUES ('delete', ?, ?)",
            (doc_id, text),
        )
    found = run("check", data_dir=folder)
    assert found.returncode == 1 and "customers missing" in found.stderr
    assert "--repair" in found.stderr
    repaired = run("check", "--repair", data_dir=folder)
    assert repaired.returncode == 0 and "Rebuilt the search index (3 customers)" in repaired.stdout
    assert run("search", "田中", data_dir=folder).stdout.startswith("田中")


def test_empty_trash(shop):
    """empty-trash backs up first, then purges; the counts are printed."""
    folder, customer = shop
    app = open_app(folder, utcnow())
    import uuid

    app.customers.delete(uuid.UUID(customer), utcnow())
    app.close()
    result = run("empty-trash", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "1 customers" in result.stdout and "A backup was saved first" in result.stdout
    with sqlite3.connect(folder / "relationdesk.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2


def test_history_to_screen_and_file(shop, tmp_path):
    """history prints CSV or JSON, or writes a file; a bad id is one line, exit 2."""
    folder, customer = shop
    shown = run("history", customer, "--format", "json", data_dir=folder)
    assert shown.returncode == 0, shown.stderr
    changes = json.loads(shown.stdout)
    assert changes[0]["field"] == "note" and changes[0]["new_value"] == "メモ"
    target = tmp_path / "h.csv"
    written = run("history", customer, "--output", str(target), data_dir=folder)
    assert written.returncode == 0 and target.read_bytes().startswith(b"\xef\xbb\xbf")
    bad = run("history", "not-an-id", data_dir=folder)
    assert bad.returncode == 2 and "is not a customer id" in bad.stderr
    unknown = run("history", "00000000-0000-7000-8000-000000000000", data_dir=folder)
    assert unknown.returncode == 1 and "no customer" in unknown.stderr


def test_history_all_exports_every_customers_and_the_tasks_changes(shop, tmp_path):
    """history --all: the whole log (customers' and a task's) as CSV or JSON, to the screen
    or a file; a customer id with --all, or neither, is one line and exit 2."""
    folder, customer = shop
    app = open_app(folder, utcnow())
    try:
        task = app.reminders.create("=棚卸し", utcnow(), utcnow())
    finally:
        app.close()
    shown = run("history", "--all", "--format", "json", data_dir=folder)
    assert shown.returncode == 0, shown.stderr
    changes = json.loads(shown.stdout)
    assert {c["customer_name"] for c in changes} == {"山田", "田中", "鈴木", ""}
    of_task = [c for c in changes if c["customer_id"] is None]
    assert of_task and {c["record_id"] for c in of_task} == {str(task.id)}
    assert [c["new_value"] for c in of_task if c["field"] == "title"] == ["=棚卸し"]
    screen = run("history", "--all", "--language", "ja", data_dir=folder)
    rows = list(csv.reader(screen.stdout.splitlines()))
    assert rows[0][-2:] == ["顧客ID", "顧客名"] and len(rows) == len(changes) + 1
    assert ["やること", "", "'=棚卸し"] in [r[2:5] for r in rows]
    assert {r[7] for r in rows[1:] if r[8] == "山田"} == {customer}
    target = tmp_path / "all.csv"
    written = run("history", "--all", "--output", str(target), data_dir=folder)
    assert written.returncode == 0, written.stderr
    assert f"Wrote {len(changes)} changes" in written.stdout
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    as_json = tmp_path / "all.json"
    run("history", "--all", "--format", "json", "--output", str(as_json), data_dir=folder)
    assert json.loads(as_json.read_text("utf-8"))["changes"] == changes
    for wrong in (("history",), ("history", customer, "--all")):
        refused = run(*wrong, data_dir=folder)
        assert refused.returncode == 2 and "--all" in refused.stderr, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    missing = run("history", "--all", "--output", str(tmp_path / "no" / "x.csv"), data_dir=folder)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_privacy_export_and_erase(shop, tmp_path):
    """privacy-export writes JSON and HTML; erase tells first, erases with --yes."""
    folder, customer = shop
    out = tmp_path / "request"
    out.mkdir()
    exported = run("privacy-export", customer, str(out), "--language", "ja", data_dir=folder)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".json"]
    assert run("backup", data_dir=folder).returncode == 0
    asked = run("erase", customer, data_dir=folder)
    assert asked.returncode == 1 and "Run the command again with --yes" in asked.stderr
    assert "1 backups still hold this customer" in asked.stdout
    assert live_count(folder) == 3
    erased = run("erase", customer, "--yes", data_dir=folder)
    assert erased.returncode == 0, erased.stderr
    assert "Erased 山田" in erased.stdout
    assert live_count(folder) == 2
    assert "山田".encode() not in (folder / "relationdesk.sqlite3").read_bytes()
    ja = run("erase", customer, data_dir=folder, env={"RELATIONDESK_LANG": "ja"})
    assert ja.returncode == 1 and "顧客はいません" in ja.stderr


def test_a_writing_command_takes_the_quit_backup(shop):
    """A command that changed data leaves a quit backup; a reading one does not."""
    folder, _ = shop
    run("stats", data_dir=folder)
    assert not (folder / "backups").exists() or not list((folder / "backups").iterdir())
    assert run("demo", "--customers", "5", data_dir=folder).returncode == 0
    reasons = [b["reason"] for b in json.loads(run("backups", "--json", data_dir=folder).stdout)]
    assert reasons == ["quit"]
