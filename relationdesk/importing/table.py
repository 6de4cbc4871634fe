"""The common shape every table reader returns: headers, then rows that know their line."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from relationdesk.importing.problems import Problem, RowCode, Severity

# A cell is text, or a date when the file stores a real date (Excel); never a float.
Cell = str | date


@dataclass(frozen=True, slots=True)
class Row:
    """One record of a table: its cells, the physical line it starts on (1-based), problems.

    A quoted cell spanning lines makes the next row start on a later line, so ``line`` is
    what the user finds in a text editor, not the row's index.
    """

    line: int
    cells: tuple[Cell, ...]
    problems: tuple[Problem, ...] = ()

    def cell(self, index: int) -> Cell:
        """Return the cell at *index*, or "" when the row is shorter than the header."""
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    """A read table: the header cells and a way to iterate the rows after the header.

    Iterating reads the rows lazily (a large file is never held as a list of rows) and can
    be done more than once, e.g. a preview of the first rows, then the whole import.
    ``source`` says how the file was read: the encoding and delimiter of a CSV, the sheet of
    a workbook.
    """

    headers: tuple[str, ...]
    read_rows: Callable[[], Iterator[Row]] = field(repr=False)
    header_line: int = 1
    source: tuple[tuple[str, str], ...] = ()

    def __iter__(self) -> Iterator[Row]:
        """Iterate the rows after the header, in file order."""
        return self.read_rows()

    def info(self, name: str) -> str:
        """Return one entry of ``source`` ("" when absent): encoding, delimiter, sheet."""
        return dict(self.source).get(name, "")


HEADER_SEARCH = 20  # non-blank rows looked at to find the header


def find_header(rows: Sequence[Sequence[Cell]]) -> int:
    """Return the index of the header among a file's first non-blank rows.

    Rows with a single filled cell above the table (a title such as 「顧客名簿」 in A1) are
    passed over: the header is the first row with two or more cells filled, or the first
    row of a one-column file.
    """
    counts = [sum(1 for c in row if isinstance(c, date) or c.strip()) for row in rows]
    return next((i for i, count in enumerate(counts) if count > 1), 0)


def make_row(line: int, cells: tuple[Cell, ...], width: int) -> Row:
    """Return a row of at most *width* cells; non-empty cells past it make a warning."""
    if len(cells) <= width:
        return Row(line, cells)
    if not any(isinstance(c, date) or c.strip() for c in cells[width:]):
        return Row(line, cells[:width])
    extra = Problem(
        line,
        "",
        RowCode.EXTRA_CELLS,
        "",
        Severity.WARNING,
        (("cells", str(len(cells))), ("columns", str(width))),
    )
    return Row(line, cells[:width], (extra,))
