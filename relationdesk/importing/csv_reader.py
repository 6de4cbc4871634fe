"""CSV files as Excel and other programs write them, in UTF-8, UTF-8 with BOM or CP932.

The delimiter (comma, semicolon, tab) is found by trying each on the first lines; quoted
cells may span lines, and every row knows the physical line it starts on. The whole file is
decoded at once (100,000 rows are ~10 MB) but rows are parsed lazily as they are iterated.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.problems import Problem, RowCode, Severity
from relationdesk.importing.table import HEADER_SEARCH, Row, Table, find_header, make_row
from relationdesk.importing.text_files import decode, read_bytes

DELIMITERS = (",", "\t", ";")
_SAMPLE_ROWS = 50
# A physical line as io.StringIO(text, newline="") hands it out: ended by \r\n, \r or \n.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Read a CSV file: its header (see ``find_header``) and its rows, lazily.

    *encoding* and *delimiter* override detection. Raise ImportFileError when the file
    cannot be read, is empty or cannot be decoded.
    """
    text, found = decode(read_bytes(path), path, encoding)
    table = parse_csv_text(text, encoding=found, delimiter=delimiter)
    if not any(table.headers):
        raise ImportFileError(FileCode.EMPTY, path=str(path))
    return table


def parse_csv_text(text: str, *, encoding: str = "", delimiter: str | None = None) -> Table:
    """Build a Table from decoded CSV text (see read_csv); *encoding* is only recorded."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        text = text.replace("\x00", "")  # csv refuses NUL; no spreadsheet writes one
    chosen = delimiter or detect_delimiter(text)
    header_line, headers = _header(text, chosen)

    def rows() -> Iterator[Row]:
        return _rows(text, chosen, header_line, len(headers))

    return Table(
        headers=headers,
        read_rows=rows,
        header_line=header_line,
        source=(("encoding", encoding), ("delimiter", chosen)),
    )


def detect_delimiter(text: str) -> str:
    """Return the delimiter that splits the first rows into the most, most consistent columns.

    Each candidate parses the same sample; a candidate wins with more rows as wide as the
    header (a delimiter inside quoted cells does not count), then with a wider header.
    Comma when nothing splits the header.
    """
    sample = _sample(text)
    best, best_score = ",", (0, 0, 0)
    for candidate in DELIMITERS:
        rows = [r for r in _parse(sample, candidate) if any(c.strip() for c in r)]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for r in rows[1:] if len(r) == width)
        score = (1, consistent, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _sample(text: str) -> str:
    return "".join(itertools.islice(_lines(text), _SAMPLE_ROWS * 2))


def _lines(text: str) -> Iterator[str]:
    """The physical lines of *text*, lazily and without copying it (io.StringIO copies the
    whole text, ~35 ms for 100,000 rows, where the delimiter and header need a few lines)."""
    return (match.group() for match in _LINE.finditer(text))


def _parse(text: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return []


def _header(text: str, delimiter: str) -> tuple[int, tuple[str, ...]]:
    reader = csv.reader(_lines(text), delimiter=delimiter)
    first: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for cells in reader:
            start, previous = previous + 1, reader.line_num
            if any(c.strip() for c in cells):
                first.append((start, cells))
                if len(first) == HEADER_SEARCH:
                    break
    except csv.Error:
        pass
    if not first:
        return 1, ()
    line, cells = first[find_header([c for _, c in first])]
    return line, tuple(_unwrap(c).strip() for c in cells)


class _Lines:
    """The physical lines of the text for csv.reader, counted, and able to start over."""

    def __init__(self, text: str) -> None:
        self.buffer = io.StringIO(text, newline="")
        self.number = 0  # physical lines handed out so far

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.buffer.readline()
        if not line:
            raise StopIteration
        self.number += 1
        return line

    def restart_after(self, offset: int, line: int) -> None:
        """Go on from the line after physical *line*, which starts at *offset*."""
        self.buffer.seek(offset)
        self.buffer.readline()
        self.number = line


def _rows(text: str, delimiter: str, header_line: int, width: int) -> Iterator[Row]:
    """Yield the rows after the header; blank rows (also ",,,") are skipped.

    A quote opened and never closed makes csv swallow the rest of the file into one cell
    (or give up when the cell passes its size limit). That row is reported as an error and
    reading goes on from the line after it, so the rows behind it are not lost. The last
    row is held back one step, as only the end of the file tells that its quote never closed.
    """
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter)
    pending: tuple[Row, int, int] | None = None  # a row, its offset and its last line
    while True:
        offset, start = lines.buffer.tell(), lines.number + 1
        try:
            cells = next(reader, None)
        except csv.Error:
            if start > header_line:
                if pending is not None:
                    yield pending[0]
                    pending = None
                yield _broken(start, RowCode.MALFORMED)
            lines.restart_after(offset, start)
            reader = csv.reader(lines, delimiter=delimiter)
            continue
        if cells is None:
            if pending is None:
                return
            last, last_offset, last_end = pending
            pending = None
            if last_end > last.line and text.count('"', last_offset) % 2 == 1:
                yield _broken(last.line, RowCode.UNCLOSED_QUOTE)
                lines.restart_after(last_offset, last.line)
                reader = csv.reader(lines, delimiter=delimiter)
                continue
            yield last
            return
        if start <= header_line or not any(cells):
            continue
        row = _row(start, cells, width)
        if row is None:
            continue
        if pending is not None:
            yield pending[0]
        pending = (row, offset, lines.number)


def _broken(line: int, code: str) -> Row:
    return Row(line, (), (Problem(line, "", code, "", Severity.ERROR),))


def _row(line: int, cells: list[str], width: int) -> Row | None:
    # Per cell in C (map, one join): a helper reads every row of the file, and a Python
    # call per cell was most of the reading's cost.
    if not any(map(str.strip, cells)):
        return None
    if '="' in "".join(cells):  # maybe an Excel text formula cell (never, if not there)
        return make_row(line, tuple(_unwrap(c) for c in cells), width)
    return make_row(line, tuple(cells), width)


def _unwrap(cell: str) -> str:
    """Return the text of an Excel text formula cell (="0901234" keeps leading zeros)."""
    if cell.startswith('="') and cell.endswith('"') and len(cell) >= 3:
        return cell[2:-1].replace('""', '"')
    return cell
