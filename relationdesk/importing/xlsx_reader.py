"""Excel workbooks (.xlsx) read with openpyxl in read-only mode, one sheet at a time.

Cells come back as text, or as dates where Excel stores a date. Numbers become their text
without a trailing ".0" (a phone typed as a number is 9012345678, not 9012345678.0), padded
with zeros when the cell's format asks for them ("0000000" keeps a postal code's leading 0).
Each row's line is its row number in the sheet.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.table import HEADER_SEARCH, Cell, Row, Table, find_header, make_row

_CONDITION = re.compile(r"\[[^\]]*\]")
_DIGIT_MASK = re.compile(r"[0#\-() ]+")
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls container


def xlsx_sheet_names(path: Path) -> list[str]:
    """Return the names of the workbook's worksheets, in the workbook's order."""
    with _opened(path) as workbook:
        return [str(sheet.title) for sheet in workbook.worksheets]


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """Read a worksheet (the first, or the one named *sheet*): header and rows, lazily.

    The header is found as ``find_header`` says (a title row above it is skipped). Raise
    ImportFileError when the file is not a readable workbook, the sheet does not exist or
    the sheet is empty.
    """
    with _opened(path) as workbook:
        title = _sheet_title(workbook, path, sheet)
        first = list(itertools.islice(_non_blank(_sheet_rows(workbook[title])), HEADER_SEARCH))
    if not first:
        raise ImportFileError(FileCode.EMPTY, path=str(path))
    header_line, header_cells = first[find_header([cells for _, cells in first])]
    headers = tuple(_header_text(c) for c in header_cells)

    def rows() -> Iterator[Row]:
        with _opened(path) as book:
            for line, cells in _non_blank(_sheet_rows(book[title])):
                if line > header_line:
                    yield make_row(line, cells, len(headers))

    return Table(
        headers=headers, read_rows=rows, header_line=header_line, source=(("sheet", title),)
    )


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """Open a workbook read-only from a file handle (openpyxl checks names, not content)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFileError(
            FileCode.UNREADABLE, path=str(path), reason=type(exc).__name__
        ) from exc
    with handle:
        if handle.read(4) == _OLE:
            raise ImportFileError(FileCode.UNSUPPORTED, path=str(path), format="xls")
        handle.seek(0)
        # Loaded here, not with the module: a CSV import's helper processes import this
        # module and would spend ~80 ms each loading openpyxl for nothing.
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
            raise ImportFileError(FileCode.DAMAGED, path=str(path)) from exc
        try:
            yield workbook
        finally:
            workbook.close()


def _non_blank(
    rows: Iterator[tuple[int, tuple[Cell, ...]]],
) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    for line, cells in rows:
        if any(isinstance(c, date) or c.strip() for c in cells):
            yield line, cells


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
