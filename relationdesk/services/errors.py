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
