"""Customers to an Excel workbook (.xlsx), streamed with openpyxl's write-only mode.

Rows go to the file as they come, so memory stays flat at any number of customers.
Phone numbers and postal codes are text cells formatted as text (``@``), so Excel keeps
their leading zeros even when a cell is edited; the birthday is a real date and
created/updated real date-times (the user's zone); consent flags are TRUE/FALSE. Text
cells are neutralised against formula injection like CSV cells. XML cannot hold most
control characters (a stray U+000B pasted into a note): each is written as U+FFFD.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from relationdesk.exporting.columns import CellKind, Column, columns, row
from relationdesk.exporting.injection import neutralise
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.services.customer_data import CustomerDetail

SHEET_TITLES = {"ja": "顧客", "en": "Customers"}
_FORMATS = {
    CellKind.CODE: "@",
    CellKind.DATE: "yyyy/mm/dd",
    CellKind.TIMESTAMP: "yyyy/mm/dd hh:mm:ss",
}
_WIDTHS = {CellKind.CODE: 16, CellKind.DATE: 12, CellKind.TIMESTAMP: 20, CellKind.FLAG: 10}
_WIDE = {"display_name": 20, "email": 28, "note": 40, "id": 38}


def clean_text(text: str) -> str:
    """Return *text* as an Excel cell can hold it: formula-safe, control characters as U+FFFD."""
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))


def write_xlsx(
    customers: Iterable[CustomerDetail], out: BinaryIO, options: ExportOptions
) -> ExportReport:
    """Write *customers* to *out* as a one-sheet workbook with a header row; return the count."""
    cols = columns(options.layout, options.language)
    workbook = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = workbook.create_sheet(SHEET_TITLES[options.language])
    sheet.freeze_panes = "A2"
    for number, column in enumerate(cols, start=1):
        width = _WIDE.get(column.key.rstrip("0123456789"), _WIDTHS.get(column.kind, 14))
        sheet.column_dimensions[get_column_letter(number)].width = width
    bold = Font(bold=True)
    header = []
    for column in cols:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    count = 0
    for customer in customers:
        values = row(customer, options.layout, options.language, options.tz)
        sheet.append([_cell(sheet, c, v, wrap) for c, v in zip(cols, values, strict=True)])
        count += 1
    workbook.save(out)
    return ExportReport(count)


def _cell(sheet: WriteOnlyWorksheet, column: Column, value: Any, wrap: Alignment) -> Any:
    if isinstance(value, str):
        if not value:
            return None
        value = clean_text(value)
        if column.kind == CellKind.CODE:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = "@"
            return cell
        if "\n" in value:
            cell = WriteOnlyCell(sheet, value=value)
            cell.alignment = wrap
            return cell
        return value
    number_format = _FORMATS.get(column.kind)
    if value is not None and number_format is not None:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell
    return value
