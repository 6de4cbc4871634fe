"""Excel workbooks (.xlsx) read with openpyxl in read-only mode, one sheet at a time.

Cells come back as text, or as dates where Excel stores a date. Numbers become their text
without a trailing ".0" (a phone typed as a number is 9012345678, not 9012345678.0), padded
with zeros when the cell's format asks for them ("0000000" keeps a postal code's leading 0).
Each row's line is its row number in the sheet.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.table import Cell, Row, Table, make_row

_CONDITION = re.compile(r"\[[^\]]*\]")
_DIGIT_MASK = re.compile(r"[0#\-() ]+")


def xlsx_sheet_names(path: Path) -> list[str]:
    """Return the names of the workbook's worksheets, in the workbook's order."""
    workbook = _open(path)
    try:
        return [sheet.title for sheet in workbook.worksheets]
    finally:
        workbook.close()


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """Read a worksheet (the first, or the one named *sheet*): header and rows, lazily.

    The header is the first row with any value in it. Raise ImportFileError when the file
    is not a readable workbook, the sheet does not exist or the sheet is empty.
    """
    workbook = _open(path)
    try:
        title = _sheet_title(workbook, path, sheet)
        header_line = 0
        headers: tuple[str, ...] = ()
        for line, cells in _sheet_rows(workbook[title]):
            if any(isinstance(c, date) or c.strip() for c in cells):
                header_line = line
                headers = tuple(_header_text(c) for c in cells)
                break
    finally:
        workbook.close()
    if not header_line:
        raise ImportFileError(FileCode.EMPTY, path=str(path))

    def rows() -> Iterator[Row]:
        book = _open(path)
        try:
            for line, cells in _sheet_rows(book[title]):
                if line <= header_line:
                    continue
                if any(isinstance(c, date) or c.strip() for c in cells):
                    yield make_row(line, cells, len(headers))
        finally:
            book.close()

    return Table(
        headers=headers, read_rows=rows, header_line=header_line, source=(("sheet", title),)
    )


def _open(path: Path) -> Any:
    if path.suffix.lower() == ".xls":
        raise ImportFileError(FileCode.UNSUPPORTED, path=str(path), format="xls")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ImportFileError(
            FileCode.UNREADABLE, path=str(path), reason=type(exc).__name__
        ) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ImportFileError(FileCode.DAMAGED, path=str(path)) from exc


def _sheet_title(workbook: Any, path: Path, sheet: str | None) -> str:
    titles = [ws.title for ws in workbook.worksheets]
    if sheet is None:
        if not titles:
            raise ImportFileError(FileCode.EMPTY, path=str(path))
        return str(titles[0])
    if sheet not in titles:
        raise ImportFileError(FileCode.NO_SHEET, path=str(path), sheet=sheet)
    return sheet


def _sheet_rows(worksheet: Any) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """Yield (row number, cells); read-only sheets also yield the empty rows in between."""
    line = 0
    for cells in worksheet.iter_rows():
        line = next((c.row for c in cells if getattr(c, "row", None)), line + 1)
        yield line, tuple(_cell(c.value, getattr(c, "number_format", "General")) for c in cells)


def _cell(value: object, number_format: str) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(value, number_format or "General")
    return str(value)


def _number_text(value: float, number_format: str) -> str:
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    digits = str(int(value))
    mask = _CONDITION.sub("", number_format.split(";")[-1]).replace('"', "").replace("\\", "")
    if value < 0 or not _DIGIT_MASK.fullmatch(mask) or "0" not in mask:
        return digits
    slots = sum(ch in "0#" for ch in mask)
    digits = digits.zfill(mask.count("0"))
    if len(digits) != slots:
        return digits
    out, index = [], 0
    for ch in mask:
        if ch in "0#":
            out.append(digits[index])
            index += 1
        else:
            out.append(ch)
    return "".join(out).strip()


def _header_text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, date) else cell.strip()
