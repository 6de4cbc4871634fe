"""CSV and Excel files: written for real, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from relationdesk.exporting.columns import Layout, LayoutTooSmall, columns, row
from relationdesk.exporting.csv_writer import write_csv
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.xlsx_writer import write_xlsx
from tests.unit.exporting.conftest import address, customer, email, phone

TOKYO = ZoneInfo("Asia/Tokyo")
LAYOUT = Layout(phones=2, emails=2, addresses=1)
IMPORTER_HEADERS = {
    "ja": ["姓", "名", "フリガナ", "電話番号", "メール", "郵便番号", "都道府県", "誕生日", "メモ"],
    "en": [
        "Family name",
        "Given name",
        "Reading",
        "Phone",
        "Email",
        "Postal code",
        "Prefecture",
        "Birthday",
        "Note",
    ],
}


def csv_rows(data: bytes) -> list[dict[str, str]]:
    """Rows of a UTF-8 (BOM) CSV file by header."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_headers_are_the_ones_an_importer_guesses_and_unique(language):
    """The importer's headers are there, and no two columns share a header."""
    headers = [c.header for c in columns(Layout(3, 2, 2), language)]
    assert set(IMPORTER_HEADERS[language]) <= set(headers)
    assert len(headers) == len(set(headers))
    assert ("電話番号3" if language == "ja" else "Phone 3") in headers


def test_row_matches_columns_and_puts_the_primary_phone_first(taro):
    """A row has one value per column; the primary phone comes first, then the others."""
    cols = columns(LAYOUT, "ja")
    values = dict(zip([c.header for c in cols], row(taro, LAYOUT, "ja", TOKYO), strict=True))
    assert values["電話番号"] == "090-1234-5678"
    assert values["電話番号2"] == "03-1234-5678"
    assert values["メール"] == "taro@example.com"
    assert values["郵便番号"] == "060-0000"
    assert values["登録日時"] == datetime(2026, 4, 1, 9, 30)
    assert values["ステージ"] == "顧客"
    assert values["種別"] == "個人"


def test_a_layout_too_small_is_an_error_not_a_loss(taro):
    """A customer with more phones than columns is refused rather than cut short."""
    with pytest.raises(LayoutTooSmall):
        row(taro, Layout(phones=1, emails=2), "ja")
    assert Layout.covering([taro, customer()]) == Layout(phones=2, emails=2, addresses=1)


def test_csv_reads_back(taro):
    """UTF-8 with BOM, CRLF rows, multi-line note in one cell, typed values as text."""
    out = io.BytesIO()
    report = write_csv(
        [taro, customer(kind="company", family_name="", given_name="", display_name="㈱テスト")],
        out,
        ExportOptions(layout=LAYOUT, tz=TOKYO),
    )
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = csv_rows(data)
    assert report.customers == 2 and len(rows) == 2
    first = rows[0]
    assert (first["姓"], first["名"], first["フリガナ"]) == ("山田", "太郎", "ヤマダ タロウ")
    assert first["メモ"] == "一行目\n二行目, 「引用」"
    assert first["誕生日"] == "1980-07-15"
    assert first["登録日時"] == "2026-04-01 09:30:00"
    assert (first["DM送付可否"], first["メール配信可否"]) == ("TRUE", "FALSE")
    assert first["タグ"] == "常連, VIP"
    assert first["建物名"] == "テストビル 3F"
    assert first["顧客ID"] == str(taro.id)
    assert (rows[1]["種別"], rows[1]["表示名"], rows[1]["姓"]) == ("法人", "㈱テスト", "")


def test_csv_in_english(taro):
    """English headers and value names."""
    out = io.BytesIO()
    write_csv([taro], out, ExportOptions(language="en", layout=LAYOUT))
    first = csv_rows(out.getvalue())[0]
    assert (first["Type"], first["Stage"], first["Phone"]) == (
        "Person",
        "Customer",
        "090-1234-5678",
    )


def test_xlsx_reads_back_with_types(tmp_path, taro):
    """Phones and postal codes are text (leading zeros kept), dates are dates, flags booleans."""
    path = tmp_path / "customers.xlsx"
    other = customer(
        birthday=None,
        phones=(phone("0120-123-456", primary=True),),
        emails=(email("a@example.jp"),),
        addresses=(address(postal_code="0010010"),),
        note="bad\x0bchar",
    )
    with path.open("wb") as out:
        report = write_xlsx([taro, other], out, ExportOptions(layout=LAYOUT, tz=TOKYO))
    assert report.customers == 2
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "顧客" and sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    first = dict(zip(headers, sheet[2], strict=True))
    second = dict(zip(headers, sheet[3], strict=True))
    assert first["電話番号"].value == "090-1234-5678"
    assert first["電話番号"].data_type == "s" and first["電話番号"].number_format == "@"
    assert second["電話番号"].value == "0120-123-456"
    assert second["郵便番号"].value == "001-0010" and second["郵便番号"].number_format == "@"
    assert first["誕生日"].is_date and first["誕生日"].value.date() == date(1980, 7, 15)
    assert first["登録日時"].is_date and first["登録日時"].value == datetime(2026, 4, 1, 9, 30)
    assert first["DM送付可否"].value is True and first["メール配信可否"].value is False
    assert first["メモ"].value == "一行目\n二行目, 「引用」"
    assert second["誕生日"].value is None
    assert second["メモ"].value == "bad\ufffdchar"
    assert sheet.max_row == 3


def test_xlsx_from_a_generator(tmp_path):
    """Customers may come from a generator: 3,000 rows plus the header."""
    customers = (customer(given_name=f"{n}") for n in range(3_000))
    path = tmp_path / "many.xlsx"
    with path.open("wb") as out:
        assert write_xlsx(customers, out, ExportOptions()).customers == 3_000
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert len(rows) == 3_001 and rows[-1][2] == "2999"
