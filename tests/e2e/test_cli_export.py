"""`relationdesk export` end to end: a real data folder, real files, read back."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook

from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.services.customer_data import CustomerInput
from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """200 demo customers made through the CLI, plus two with characters CP932 lacks."""
    folder = tmp_path_factory.mktemp("export") / "data"
    result = run("demo", "--customers", "200", data_dir=folder)
    assert result.returncode == 0, result.stderr
    app = open_app(folder, utcnow())
    try:
        app.customers.create(
            CustomerInput(family_name="寿司", given_name="好子", note="好物は🍣"), utcnow()
        )
        app.customers.create(CustomerInput(family_name="𠮷田", given_name="太郎"), utcnow())
    finally:
        app.close()
    return folder


def csv_rows(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    """The rows of a CSV file by header."""
    return list(csv.DictReader(io.StringIO(path.read_text(encoding=encoding), newline="")))


def test_csv_export_reads_back(data_dir, tmp_path):
    """Default CSV: UTF-8 with BOM, headers in the user's language, every customer."""
    target = tmp_path / "customers.csv"
    result = run("export", str(target), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Exported 202 customers to ")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(target)
    assert len(rows) == 202
    assert {"Family name", "Reading", "Phone", "Email", "Postal code"} <= set(rows[0])
    assert "好物は🍣" in {r["Note"] for r in rows}
    japanese = tmp_path / "ja.csv"
    assert run("export", str(japanese), "--language", "ja", data_dir=data_dir).returncode == 0
    assert "フリガナ" in csv_rows(japanese)[0]


def test_xlsx_export_reads_back(data_dir, tmp_path):
    """Excel: one header row and a row per customer; phones are text with their zeros."""
    target = tmp_path / "customers.xlsx"
    result = run("export", str(target), data_dir=data_dir, env={"RELATIONDESK_LANG": "ja"})
    assert result.returncode == 0, result.stderr
    assert "顧客 202 件" in result.stdout
    workbook = load_workbook(target)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 203 and rows[0][1] == "姓"
    phones = [r[rows[0].index("電話番号")] for r in rows[1:]]
    assert any(p and p.startswith("0") for p in phones)


def test_vcard_export_reads_back(data_dir, tmp_path):
    """vCard: one card per customer, parsed by vobject."""
    target = tmp_path / "customers.vcf"
    assert run("export", str(target), data_dir=data_dir).returncode == 0
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(cards) == 202
    assert "𠮷田 太郎" in {c.fn.value for c in cards}


def test_cp932_refuses_and_lists_then_replaces(data_dir, tmp_path):
    """CP932 lists each customer and field it cannot hold and writes nothing; then with 〓."""
    target = tmp_path / "sjis.csv"
    refused = run("export", str(target), "--encoding", "cp932", data_dir=data_dir)
    assert refused.returncode == 1
    assert "3 fields hold characters CP932" in refused.stderr
    assert "寿司 好子" in refused.stderr and "Note: 🍣 U+1F363" in refused.stderr
    assert "Family name: 𠮷 U+20BB7" in refused.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []
    replaced = run(
        "export", str(target), "--encoding", "cp932", "--replace-unencodable", data_dir=data_dir
    )
    assert replaced.returncode == 0, replaced.stderr
    assert "written as 〓" in replaced.stderr
    notes = {r["Note"] for r in csv_rows(target, "cp932")}
    assert "好物は〓" in notes
    assert "〓田" in {r["Family name"] for r in csv_rows(target, "cp932")}


def test_search_exports_what_search_finds(data_dir, tmp_path):
    """--search QUERY exports exactly the customers `search` finds."""
    target = tmp_path / "yamada.csv"
    result = run("export", str(target), "--search", "田", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    found = run("search", "田", "--limit", "100000", "--json", data_dir=data_dir)
    expected = {hit["id"] for hit in json.loads(found.stdout)}
    exported = {r["Customer ID"] for r in csv_rows(target)}
    assert exported == expected and len(expected) > 1


def test_format_option_overrides_the_extension(data_dir, tmp_path):
    """--format names the format when the file name does not."""
    target = tmp_path / "customers.txt"
    assert run("export", str(target), "--format", "csv", data_dir=data_dir).returncode == 0
    assert len(csv_rows(target)) == 202


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["out.txt"], "Cannot tell the format"),
        (["out.xlsx", "--encoding", "cp932"], "--encoding applies to CSV files only"),
        (["missing/out.csv"], "does not exist"),
        (["out.csv", "--format", "pdf"], "Unknown command or option"),
        (["out.csv", "--encoding", "latin-1"], "Unknown command or option"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_touches_nothing(tmp_path, arguments, expected):
    """Bad arguments: one clear line, exit 2, no data folder and no file created."""
    folder = tmp_path / "data"
    arguments = [str(tmp_path / arguments[0]), *arguments[1:]]
    result = run("export", *arguments, data_dir=folder)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and expected in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_bad_input_in_japanese(tmp_path):
    """The same errors in Japanese when the user's language is Japanese."""
    japanese = {"RELATIONDESK_LANG": "ja"}
    result = run("export", str(tmp_path / "out.txt"), data_dir=tmp_path / "d", env=japanese)
    assert result.returncode == 2 and "拡張子から形式が分かりません" in result.stderr


def test_an_unwritable_folder_is_one_line_exit_2(data_dir, tmp_path):
    """A folder that cannot be written to: one line, exit 2, nothing left behind."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere; /proc refuses even root
            locked = Path("/proc")
        result = run("export", str(locked / "out.csv"), data_dir=data_dir)
        assert result.returncode == 2
        assert "Cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert not (locked / "out.csv").exists()
    finally:
        (tmp_path / "locked").chmod(0o700)
