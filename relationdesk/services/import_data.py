"""Plain values that go in and out of the import service (options, preview, result, history)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.importing.problems import Problem
from relationdesk.services.duplicate_rules import Confidence, MatchRule
from relationdesk.services.errors import ChangedSince

if TYPE_CHECKING:  # not loaded at start-up: the readers come with the first import
    from relationdesk.importing.mapping import ColumnMapping
    from relationdesk.importing.readers import FileFormat


class DuplicatePolicy(enum.StrEnum):
    """What an import does with a record that matches an existing customer (or an earlier
    record of the same file)."""

    MERGE = "merge"  # fill the existing customer's empty fields, add new phones, e-mails ...
    SKIP = "skip"  # leave the existing customer alone, import nothing for the record
    CREATE = "create"  # import the record as a new customer anyway


class RowAction(enum.StrEnum):
    """What the import did (or, in a preview, will do) with one record of the file."""

    NEW = "new"  # a new customer
    MERGED = "merged"  # merged into a duplicate
    SKIPPED = "skipped"  # a duplicate, skipped
    CREATED_ANYWAY = "created_anyway"  # a duplicate, created as a new customer (policy create)
    REJECTED = "rejected"  # unusable (an error problem says why); nothing stored


@dataclass(frozen=True)
class ImportOptions:
    """How to read the file and what to do with duplicates.

    ``sheet`` picks a workbook's sheet (default: the first); ``encoding`` and ``delimiter``
    override a CSV's detection; ``mapping`` is the column mapping to use (default: the one
    remembered for files of this shape, else the guess); ``region`` is the default phone
    region (default: the service's, from Preferences).
    """

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: ColumnMapping | None = None
    on_duplicate: DuplicatePolicy = DuplicatePolicy.MERGE
    region: str | None = None


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What became of the file's records: ``read`` = new + merged + skipped +
    created_anyway + rejected. ``companies`` counts companies made for the company column of
    imported people (not records of the file)."""

    read: int = 0
    new: int = 0
    merged: int = 0
    skipped: int = 0
    created_anyway: int = 0
    rejected: int = 0
    companies: int = 0

    @property
    def imported(self) -> int:
        """Customers created from records of the file (new plus created anyway)."""
        return self.new + self.created_anyway


@dataclass(frozen=True, slots=True)
class FileInfo:
    """What the file is and how it is read: for the wizard's first page.

    ``mapping`` is None for vCard files (their properties are already fields);
    ``remembered`` says the mapping is the one stored for files of this shape;
    ``source`` is how the file was read (encoding, delimiter, sheet); ``sheets`` lists a
    workbook's sheets; ``sample`` is the first rows' cells as text, for showing the
    columns next to their mapping.
    """

    path: Path
    format: FileFormat
    headers: tuple[str, ...]
    mapping: ColumnMapping | None
    remembered: bool
    source: tuple[tuple[str, str], ...]
    sheets: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class StoredValues:
    """A customer as it is (or will be) stored, for a preview row: phones in their display
    form, e-mails normalised, addresses as one line each (〒100-0001 東京都千代田区...);
    ``given_first`` is a person's name given name first, or '' (``list_rows.given_first``)."""

    kind: str
    display_name: str
    reading: str
    company_name: str
    title: str
    birthday: date | None
    stage: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    addresses: tuple[str, ...]
    tags: tuple[str, ...]
    line_id: str
    note: str
    given_first: str = ""


@dataclass(frozen=True, slots=True)
class MatchInfo:
    """The customer a record matched: which one, by what rules, how sure.

    ``line`` is the line of the file that created it, when the match is an earlier record
    of the same file; None for a customer that was already stored. ``given_first`` is the
    name given name first, or '' (see ``list_rows.given_first``).
    """

    customer_id: uuid.UUID
    name: str
    rules: tuple[MatchRule, ...]
    confidence: Confidence
    line: int | None
    given_first: str = ""


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One record of the file: what happens to it and what is stored.

    ``values`` is the new customer, or for a merge the customer as it will be after the
    merge (None when rejected or skipped: for a skip ``match`` says which customer stays);
    ``filled`` names the fields a merge fills in and the kinds of values it adds.
    """

    line: int
    action: RowAction
    values: StoredValues | None
    match: MatchInfo | None
    filled: tuple[str, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ImportPreview:
    """Everything the wizard shows before importing; nothing has been written."""

    file: FileInfo
    rows: tuple[PreviewRow, ...]
    problems: tuple[Problem, ...]
    counts: ImportCounts


@dataclass(frozen=True)
class ImportResult:
    """A committed import: its batch (to undo it), the counts and every problem."""

    batch_id: uuid.UUID
    file: FileInfo
    counts: ImportCounts
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """One entry of the import history (an import, or a manual merge of duplicates)."""

    id: uuid.UUID
    kind: str  # models.BatchKind: "import" or "merge"
    created_at: datetime
    actor: str
    file_name: str  # for a merge: the kept customer's name
    file_format: str
    policy: str
    counts: ImportCounts
    problem_count: int
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo did: customers removed and restored, and those left as they are
    (only with ``keep_changed``; each says why, see ``errors.ChangedSince``)."""

    batch_id: uuid.UUID
    removed: int
    restored: int
    kept: tuple[ChangedSince, ...]


__all__ = [
    "BatchSummary",
    "DuplicatePolicy",
    "FileInfo",
    "ImportCounts",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "MatchInfo",
    "PreviewRow",
    "RowAction",
    "StoredValues",
    "UndoResult",
]
