"""Typed errors of the services. The UI and the CLI turn them into text in the user's language.

A ValidationError carries every field problem at once, each as a code plus parameters, never
as English prose, so each front end can say it in its own words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""


class NotFound(ServiceError):
    """The record does not exist (or is in the trash where a live one was asked for)."""

    def __init__(self, kind: str, record_id: uuid.UUID) -> None:
        super().__init__(f"{kind} {record_id} not found")
        self.kind = kind
        self.record_id = record_id


class CustomerNotFound(NotFound):
    """No such customer."""

    def __init__(self, record_id: uuid.UUID) -> None:
        super().__init__("customer", record_id)


class ReminderNotFound(NotFound):
    """No such reminder."""

    def __init__(self, record_id: uuid.UUID) -> None:
        super().__init__("reminder", record_id)


class EntryNotFound(NotFound):
    """No such timeline entry."""

    def __init__(self, record_id: uuid.UUID) -> None:
        super().__init__("entry", record_id)


class ConcurrencyConflict(ServiceError):
    """Someone changed the record since it was loaded; reload and apply the edit again."""

    def __init__(self, record_id: uuid.UUID) -> None:
        super().__init__(f"record {record_id} was changed elsewhere")
        self.record_id = record_id


class ExportCancelled(ServiceError):
    """The user cancelled an export; no file was left behind."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: ``field`` is a path such as ``phones[1].number``."""

    field: str
    code: str
    value: str = ""
    params: tuple[tuple[str, str], ...] = ()


@dataclass
class ValidationError(ServiceError):
    """The input has problems; ``errors`` lists all of them, not only the first."""

    errors: list[FieldError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in self.errors))

    def codes(self) -> dict[str, str]:
        """Return {field: code}, for tests and simple displays."""
        return {e.field: e.code for e in self.errors}


class ImportCancelled(ServiceError):
    """The user cancelled an import (or its preview, or an undo); nothing was written."""

    def __init__(self) -> None:
        super().__init__("import cancelled")


class BatchNotFound(NotFound):
    """No import batch (or manual merge) with this id."""

    def __init__(self, record_id: uuid.UUID) -> None:
        super().__init__("batch", record_id)


class BatchAlreadyUndone(ServiceError):
    """The batch was undone before; it cannot be undone twice."""

    def __init__(self, batch_id: uuid.UUID) -> None:
        super().__init__(f"batch {batch_id} was already undone")
        self.batch_id = batch_id


class ChangeReason:
    """Why undo cannot simply put a record back (codes, for the UI and the CLI)."""

    EDITED = "edited"  # the profile was saved (or trashed, restored, merged) since
    HAS_HISTORY = "has_history"  # a created customer got interactions, purchases or reminders
    IN_USE = "in_use"  # a created company is now the company of other customers
    MISSING = "missing"  # a changed customer no longer exists


@dataclass(frozen=True, slots=True)
class ChangedSince:
    """A record undo would not put back as it was: which one, its name, and why;
    ``given_first`` is the name given name first, or '' (``list_rows.given_first``)."""

    customer_id: uuid.UUID
    name: str
    reason: str
    given_first: str = ""


class UndoRefused(ServiceError):
    """Undo would lose work done since the batch: ``conflicts`` lists every such record.

    Nothing was changed. Undo again with ``keep_changed=True`` to undo the rest and leave
    these records as they are now.
    """

    def __init__(self, batch_id: uuid.UUID, conflicts: tuple[ChangedSince, ...]) -> None:
        super().__init__(f"batch {batch_id}: {len(conflicts)} records changed since")
        self.batch_id = batch_id
        self.conflicts = conflicts
