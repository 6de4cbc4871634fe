"""The file formats customers can be exported to, and the writer of each."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from relationdesk.exporting.csv_writer import write_csv
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.exporting.vcard import write_vcard
from relationdesk.exporting.xlsx_writer import write_xlsx
from relationdesk.services.customer_data import CustomerDetail

Writer = Callable[[Iterable[CustomerDetail], BinaryIO, ExportOptions], ExportReport]


class ExportFormat(enum.StrEnum):
    """A file format, named by its usual extension."""

    CSV = "csv"
    XLSX = "xlsx"
    VCF = "vcf"


_BY_SUFFIX = {".csv": ExportFormat.CSV, ".xlsx": ExportFormat.XLSX, ".vcf": ExportFormat.VCF}
_BY_SUFFIX[".vcard"] = ExportFormat.VCF
WRITERS: dict[ExportFormat, Writer] = {
    ExportFormat.CSV: write_csv,
    ExportFormat.XLSX: write_xlsx,
    ExportFormat.VCF: write_vcard,
}


def format_for_path(path: Path) -> ExportFormat | None:
    """Return the format a file name's extension names (any case), or None."""
    return _BY_SUFFIX.get(path.suffix.lower())


def write(
    fmt: ExportFormat,
    customers: Iterable[CustomerDetail],
    out: BinaryIO,
    options: ExportOptions,
) -> ExportReport:
    """Write *customers* to *out* in format *fmt*; return what was written."""
    return WRITERS[ExportFormat(fmt)](customers, out, options)
