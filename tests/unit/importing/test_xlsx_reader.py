"""Excel workbooks written with openpyxl and read back (relationdesk.importing.xlsx_reader)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import FileFormat, detect_format, read_table
from relationdesk.importing.values import convert_record
from relationdesk.importing.xlsx_reader import read_xlsx, xlsx_sheet_names
from relationdesk.services.customer_validation import check_customer


def _workbook(path: Path) -> Path:
    """A workbook as a shop keeps it: a title row, a blank row, the header on row 3."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "顧客一覧"
    sheet["A1"] = "お客様リスト"
    sheet.append([])
    sheet.append(["氏名", "フリガナ", "携帯", "郵便番号", "郵便番号2", "誕生日", "来店", "備考"])
    sheet.append(["髙橋 一郎", "ﾀｶﾊｼ ｲﾁﾛｳ", 9012345678, 600001, 1000001, date(1980, 7, 15)])
    sheet["E4"].number_format = "000-0000"
    sheet["D4"].number_format = "0000000"
    sheet["G4"] = datetime(2024, 1, 5, 14, 30)
    sheet["H4"] = 1.5
    sheet.append([])  # row 5 left empty
    sheet.append(["山﨑 花子", "", 9012345678.0, "060-0001", None, datetime(1990, 2, 3)])
    sheet["G6"] = True
    sheet["I6"] = "列の外"
    other = book.create_sheet("メモ")
    other.append(["名前"])
    other.append(["佐藤"])
    book.create_sheet("空")
    book.save(path)
    return path


def test_cells_come_back_as_text_or_dates(tmp_path: Path) -> None:
    """Numbers lose no zeros and gain no ".0"; dates are dates; rows keep their sheet row."""
    table = read_xlsx(_workbook(tmp_path / "book.xlsx"))
    assert table.info("sheet") == "顧客一覧"
    assert table.header_line == 3
    assert table.headers[:3] == ("氏名", "フリガナ", "携帯")
    first, second = list(table)
    assert first.line == 4
    assert first.cells[:6] == (
        "髙橋 一郎",
        "ﾀｶﾊｼ ｲﾁﾛｳ",
        "9012345678",
        "0600001",
        "100-0001",
        date(1980, 7, 15),
    )
    assert first.cells[6] == datetime(2024, 1, 5, 14, 30)
    assert first.cells[7] == "1.5"
    assert second.line == 6
    assert second.cells[2] == "9012345678"
    assert second.cells[3] == "060-0001"
    assert second.cells[5] == date(1990, 2, 3)
    assert type(second.cells[5]) is date  # midnight datetimes become plain dates
    assert second.cells[6] == "TRUE"
    # a column with data but no header is kept, for the user to map
    assert (table.headers[8], second.cells[8]) == ("", "列の外")


def test_sheets_are_listed_and_chosen(tmp_path: Path) -> None:
    """The sheet names come in workbook order; any sheet can be read."""
    path = _workbook(tmp_path / "book.xlsx")
    assert xlsx_sheet_names(path) == ["顧客一覧", "メモ", "空"]
    table = read_xlsx(path, "メモ")
    assert table.headers == ("名前",)
    assert [(r.line, r.cells) for r in table] == [(2, ("佐藤",))]


def test_missing_and_empty_sheets(tmp_path: Path) -> None:
    """A sheet that does not exist or holds nothing raises a coded error."""
    path = _workbook(tmp_path / "book.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_xlsx(path, "ない")
    assert (caught.value.code, caught.value.param("sheet")) == (FileCode.NO_SHEET, "ない")
    with pytest.raises(ImportFileError) as caught:
        read_xlsx(path, "空")
    assert caught.value.code == FileCode.EMPTY


def test_damaged_and_old_workbooks(tmp_path: Path) -> None:
    """A zip that is no workbook is damaged; an old .xls is refused as unsupported."""
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError) as caught:
        read_table(broken)
    assert caught.value.code == FileCode.DAMAGED
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError) as caught:
        read_table(old)
    assert (caught.value.code, caught.value.param("format")) == (FileCode.UNSUPPORTED, "xls")


def test_format_is_told_by_content(tmp_path: Path) -> None:
    """A workbook saved as .csv is still read as a workbook."""
    path = _workbook(tmp_path / "actually-a-workbook.csv")
    assert detect_format(path) is FileFormat.XLSX
    assert read_table(path).info("sheet") == "顧客一覧"


def test_workbook_rows_become_valid_customers(tmp_path: Path) -> None:
    """A phone typed as a number, a date cell and half-width kana all end up usable."""
    table = read_table(_workbook(tmp_path / "book.xlsx"))
    mapping = guess_mapping(table.headers)
    conversions = [convert_record(r) for r in mapping.map_rows(table)]
    first = conversions[0].customer
    assert first is not None
    assert (first.family_name, first.given_name, first.reading) == (
        "髙橋",
        "一郎",
        "タカハシ イチロウ",
    )
    assert first.birthday == date(1980, 7, 15)
    assert [p.number for p in first.phones] == ["9012345678"]
    assert first.addresses[0].postal_code == "0600001"
    checked = check_customer(first, "JP")
    assert checked.phones[0].phone.e164 == "+819012345678"
    assert checked.addresses[0].postal_code == "0600001"
    assert conversions[1].customer is not None
    assert conversions[1].customer.birthday == date(1990, 2, 3)
