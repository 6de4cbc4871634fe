"""`relationdesk import`, `imports`, `undo-import` and `duplicates` end to end."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import run
from tests.unit.importing.helpers import DATA
from tests.unit.imports.helpers import content_digest, write_csv


def customers(data_dir: Path) -> int:
    """Live customers in the data folder's database."""
    with sqlite3.connect(data_dir / "relationdesk.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]


def test_import_prints_counts_and_every_problem_with_its_line_and_column(tmp_path):
    """The Excel file: counts, then each problem at its physical line and column; exit 0
    although a row could not be used."""
    data = tmp_path / "data"
    result = run("import", str(DATA / "excel_cp932.csv"), data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Imported excel_cp932.csv: 6 records read: 5 new, 0 merged")
    assert "1 not imported" in lines[0] and "undo-import" in lines[0]
    assert '  line 5, 電話番号: "123" is not a phone number (left out)' in lines
    assert "  line 7: no name and no company; the row was not imported (not imported)" in lines
    assert customers(data) == 6  # five from the file and the company named in it

    again = run(
        "import", str(DATA / "excel_cp932.csv"), data_dir=data, env={"RELATIONDESK_LANG": "ja"}
    )
    assert again.returncode == 0, again.stderr
    assert "統合 4 件" in again.stdout
    assert (
        "  5 行目「電話番号」: 「123」は電話番号として正しくありません (この項目は除外)"
        in again.stdout
    )
    assert "佐藤 次郎 と同じ顧客かもしれません（氏名一致）" in again.stdout


def test_import_json_has_the_documented_keys(tmp_path):
    """--json: batch, read, imported, merged, skipped, failed and problems with line,
    column, severity and a message."""
    result = run("import", str(DATA / "excel_cp932.csv"), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"batch", "read", "imported", "merged", "skipped", "failed", "problems"} <= set(report)
    assert (report["read"], report["imported"], report["failed"]) == (6, 5, 1)
    assert len(report["batch"]) == 36 and report["dry_run"] is False
    first = report["problems"][0]
    assert {"line", "column", "severity", "message"} <= set(first)
    assert {p["severity"] for p in report["problems"]} == {"error", "warning"}
    assert all(p["message"] and p["line"] > 1 for p in report["problems"])


def test_dry_run_writes_nothing(tmp_path):
    """--dry-run reports what an import would do and leaves the database as it was."""
    data = tmp_path / "data"
    assert run("stats", data_dir=data).returncode == 0
    before = content_digest(data / "relationdesk.sqlite3")
    result = run("import", str(DATA / "google_contacts.csv"), "--dry-run", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dry run of google_contacts.csv (nothing was written)")
    assert content_digest(data / "relationdesk.sqlite3") == before
    assert run("imports", data_dir=data).stdout.strip() == "No imports yet."


@pytest.mark.parametrize(
    ("name", "content", "args", "expected"),
    [
        ("missing.csv", None, (), "Cannot read"),
        ("empty.csv", b"", (), "is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 200, (), "old .xls workbook"),
        ("bad.csv", "\ufeff氏名\n".encode() + b"\xff\xfe\n", (), "neither UTF-8 nor Shift_JIS"),
        ("a.csv", "氏名\n山田\n".encode(), ("--sheet", "x"), "--sheet applies to Excel"),
        ("a.vcf", b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", ("--encoding", "cp932"), "--encoding"),
    ],
)
def test_unreadable_files_and_bad_options_are_one_line_and_exit_2(
    tmp_path, name, content, args, expected
):
    """A file that cannot be imported at all: one line on stderr, exit 2, nothing written."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    data = tmp_path / "data"
    result = run("import", str(path), *args, data_dir=data)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    assert not (data / "relationdesk.sqlite3").exists() or customers(data) == 0


def test_history_and_undo(tmp_path):
    """imports lists the batch; undo-import by its short id takes it back; twice is an
    error; an unknown id is an error."""
    data = tmp_path / "data"
    imported = json.loads(
        run("import", str(DATA / "excel_cp932.csv"), "--json", data_dir=data).stdout
    )
    batch = imported["batch"]
    short = batch.replace("-", "")[-8:]
    listing = run("imports", data_dir=data)
    assert listing.returncode == 0
    assert listing.stdout.startswith(short) and "excel_cp932.csv" in listing.stdout
    history = json.loads(run("imports", "--json", data_dir=data).stdout)
    assert history[0]["batch"] == batch and history[0]["undone_at"] is None

    undone = run("undo-import", short, data_dir=data)
    assert undone.returncode == 0, undone.stderr
    assert "6 customers removed, 0 restored" in undone.stdout
    assert customers(data) == 0
    assert "(undone" in run("imports", data_dir=data).stdout
    twice = run("undo-import", batch, data_dir=data)
    assert twice.returncode == 2 and "already undone" in twice.stderr
    unknown = run("undo-import", "deadbeef", data_dir=data)
    assert unknown.returncode == 2 and "No import batch deadbeef" in unknown.stderr


def test_undo_refused_then_keep_changed(tmp_path):
    """A record edited after the import makes undo-import refuse (exit 1, the record
    listed); --keep-changed undoes the rest."""
    data = tmp_path / "data"
    first = tmp_path / "first.csv"
    write_csv(first, [("山田 太郎", "ヤマダ タロウ", "", "t@example.jp", "", "", "", "", "")])
    assert run("import", str(first), data_dir=data).returncode == 0
    second = tmp_path / "second.csv"
    write_csv(
        second,
        [
            ("山田 太郎", "", "090-1234-5678", "t@example.jp", "", "", "", "", ""),
            ("佐藤 花子", "", "", "", "", "", "", "", ""),
        ],
    )
    report = json.loads(run("import", str(second), "--json", data_dir=data).stdout)
    assert report["merged"] == 1
    # a later import changes 山田 again: the earlier one can no longer be simply undone
    third = tmp_path / "third.csv"
    write_csv(third, [("山田 太郎", "", "", "t@example.jp", "", "", "1980/1/1", "", "")])
    assert run("import", str(third), data_dir=data).returncode == 0
    refused = run("undo-import", report["batch"], data_dir=data)
    assert refused.returncode == 1
    assert "Nothing was undone: 1 records were changed" in refused.stderr
    assert "山田 太郎" in refused.stderr and "edited since" in refused.stderr
    kept = run("undo-import", report["batch"], "--keep-changed", data_dir=data)
    assert kept.returncode == 0, kept.stderr
    assert "1 customers removed" in kept.stdout and "left as they are" in kept.stdout


def test_duplicates_lists_likely_pairs(tmp_path):
    """duplicates prints each likely pair with its confidence and rule; --all adds unlikely
    ones; --json gives both sides."""
    data = tmp_path / "data"
    people = tmp_path / "people.csv"
    write_csv(
        people,
        [
            ("山田 太郎", "ヤマダ タロウ", "", "", "", "", "", "", ""),
            ("山本 花子", "", "06-6123-4567", "", "", "", "", "", ""),
            ("山本 次郎", "", "06-6123-4567", "", "", "", "", "", ""),
        ],
    )
    more = tmp_path / "more.csv"
    write_csv(more, [("山田 太郎", "ヤマダ タロウ", "", "", "", "", "", "", "")])
    assert run("import", str(people), data_dir=data).returncode == 0
    assert run("import", str(more), "--on-duplicate", "create", data_dir=data).returncode == 0
    listed = run("duplicates", data_dir=data)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0].startswith("medium  same name and reading  山田 太郎 (")
    assert len(listed.stdout.splitlines()) == 1
    everything = run("duplicates", "--all", "--json", data_dir=data)
    pairs = json.loads(everything.stdout)
    assert [p["confidence"] for p in pairs] == ["low", "medium"]
    assert pairs[0]["first"]["phone"] == "06-6123-4567"
    empty = tmp_path / "empty"
    assert run("duplicates", data_dir=empty).stdout.strip() == "No likely duplicates found."


def test_import_of_a_workbook_sheet(tmp_path):
    """--sheet picks a workbook's sheet."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "表紙"
    book.active.append(["顧客名簿"])
    sheet = book.create_sheet("顧客")
    sheet.append(["氏名", "電話番号"])
    sheet.append(["山田 太郎", "090-1234-5678"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    data = tmp_path / "data"
    result = run("import", str(path), "--sheet", "顧客", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    missing = run("import", str(path), "--sheet", "なし", data_dir=data)
    assert missing.returncode == 2 and "no sheet named なし" in missing.stderr


def test_import_keeps_the_file_untouched(tmp_path):
    """Importing reads the file only."""
    path = tmp_path / "excel.csv"
    shutil.copy(DATA / "excel_cp932.csv", path)
    before = path.read_bytes()
    assert run("import", str(path), data_dir=tmp_path / "data").returncode == 0
    assert path.read_bytes() == before
