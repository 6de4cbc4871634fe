"""Helpers of the import tests: where the committed files are, and a CSV writer."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def csv_bytes(
    rows: Sequence[Sequence[str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    newline: str = "\r\n",
    quoting: int = csv.QUOTE_MINIMAL,
) -> bytes:
    """Serialise *rows* as a CSV program would, in *encoding*."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)
