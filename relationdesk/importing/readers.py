"""Which reader a file needs, told from its first bytes rather than trusting its extension."""

from __future__ import annotations

import enum
from pathlib import Path

from relationdesk.importing.csv_reader import read_csv
from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.table import Table
from relationdesk.importing.xlsx_reader import read_xlsx

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container


class FileFormat(enum.StrEnum):
    """The kinds of file the importer reads."""

    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


def detect_format(path: Path) -> FileFormat:
    """Tell a workbook, a vCard file and a CSV (or TSV) file apart by their content.

    Raise ImportFileError for an unreadable file and for the old .xls format, which
    must be saved as .xlsx or CSV first.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ImportFileError(
            FileCode.UNREADABLE, path=str(path), reason=type(exc).__name__
        ) from exc
    if head.startswith(_ZIP):
        return FileFormat.XLSX
    if head.startswith(_OLE):
        raise ImportFileError(FileCode.UNSUPPORTED, path=str(path), format="xls")
    if b"BEGIN:VCARD" in head.upper().replace(b"\x00", b""):
        return FileFormat.VCARD
    return FileFormat.CSV


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Table:
    """Read a CSV file or a workbook's sheet as a Table (vCards: ``vcard.read_vcards``).

    *sheet* applies to workbooks; *encoding* and *delimiter* override a CSV's detection.
    """
    if detect_format(path) is FileFormat.XLSX:
        return read_xlsx(path, sheet)
    return read_csv(path, encoding=encoding, delimiter=delimiter)
