"""Customers to a CSV file that Excel opens as it is: UTF-8 with a BOM, or CP932.

Rows end in CRLF; cells holding a comma, a quote or a line break are quoted, so a
multi-line note stays one cell. Dates are written 1980-07-15, times 2026-11-23 12:00:00
(the user's zone), consent flags TRUE/FALSE, as Excel itself writes them. A CSV cell has
no type: Excel keeps 090-1234-5678 and 100-0001 as text because of their hyphens.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime
from typing import BinaryIO

from relationdesk.exporting.columns import Value, columns, row
from relationdesk.exporting.cp932 import Cp932Guard
from relationdesk.exporting.injection import neutralise
from relationdesk.exporting.options import CsvEncoding, ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.services.customer_data import CustomerDetail

_CODECS = {CsvEncoding.UTF8: "utf-8-sig", CsvEncoding.CP932: "cp932"}


def as_text(value: Value) -> str:
    """Return how a value is written in a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_csv(
    customers: Iterable[CustomerDetail], out: BinaryIO, options: ExportOptions
) -> ExportReport:
    """Write *customers* to *out* as CSV, a header row first; return what was written.

    In CP932, characters it cannot hold are reported; under the strict policy the
    whole input is still read (so the report is complete), then UnencodableText is raised
    and what was written to *out* must be thrown away.
    """
    cols = columns(options.layout, options.language)
    text = io.TextIOWrapper(out, encoding=_CODECS[options.encoding], newline="")
    guard = Cp932Guard(options.policy) if options.encoding == CsvEncoding.CP932 else None
    try:
        writer = csv.writer(text)
        writer.writerow([c.header for c in cols])
        count = 0
        for customer in customers:
            values = row(customer, options.layout, options.language, options.tz)
            cells = [neutralise(v if type(v) is str else as_text(v)) for v in values]
            if guard is not None:
                cells = guard.clean(customer, cols, cells)
            writer.writerow(cells)
            count += 1
        text.flush()
    finally:
        text.detach()
    return guard.finish(count) if guard is not None else ExportReport(count)
