"""Reminders: create, list what is due, overdue or coming, snooze, complete (with recurrence)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import NamedTuple

from dateutil import tz as dateutil_tz
from dateutil.relativedelta import relativedelta

from relationdesk.ids import uuid7
from relationdesk.models import Customer, Recurrence, Reminder
from relationdesk.services import change_log
from relationdesk.services.change_log import default_actor
from relationdesk.services.errors import (
    CustomerNotFound,
    FieldError,
    ReminderNotFound,
    ValidationError,
)
from relationdesk.services.list_rows import given_first_sql
from relationdesk.services.rows import (
    StoredRow,
    as_instant,
    as_time,
    as_uuid,
    id_bytes,
    micros,
    micros_or_none,
    stored_rows,
)
from relationdesk.services.unit_of_work import Database, UnitOfWork

_STEP = {
    Recurrence.DAILY: relativedelta(days=1),
    Recurrence.WEEKLY: relativedelta(weeks=1),
    Recurrence.MONTHLY: relativedelta(months=1),
    Recurrence.YEARLY: relativedelta(years=1),
}


class _StoredReminder(NamedTuple):
    id_bytes: bytes
    title: str
    note: str
    due_us: int
    next_due_us: int
    recurrence: str
    customer_id_bytes: bytes | None
    customer_name: str
    done_us: int | None
    snoozed_us: int | None
    customer_given_first: str


class ReminderItem(StoredRow, _StoredReminder):
    """A reminder as the lists show it; ``next_due_at`` accounts for snoozing.

    Attributes: ``id``, ``title``, ``note``, ``due_at``, ``next_due_at``, ``recurrence``,
    ``customer_id`` (None when about no customer), ``customer_name``, ``done_at``,
    ``snoozed_until``, ``customer_given_first`` (the customer's name given name first, or
    '': ``list_rows.given_first``). Held as stored (bytes, microseconds), converted on access
    (``rows.StoredRow``).
    """

    __slots__ = ()
    PUBLIC = (
        "id",
        "title",
        "note",
        "due_at",
        "next_due_at",
        "recurrence",
        "customer_id",
        "customer_name",
        "done_at",
        "snoozed_until",
        "customer_given_first",
    )

    def __new__(
        cls,
        id: uuid.UUID,
        title: str,
        note: str,
        due_at: datetime,
        next_due_at: datetime,
        recurrence: str,
        customer_id: uuid.UUID | None,
        customer_name: str,
        done_at: datetime | None,
        snoozed_until: datetime | None,
        customer_given_first: str = "",
    ) -> ReminderItem:
        """Make an item from public values."""
        return tuple.__new__(
            cls,
            (
                id.bytes,
                title,
                note,
                micros(due_at),
                micros(next_due_at),
                recurrence,
                id_bytes(customer_id),
                customer_name,
                micros_or_none(done_at),
                micros_or_none(snoozed_until),
                customer_given_first,
            ),
        )

    @property
    def id(self) -> uuid.UUID:
        """The reminder's id."""
        return as_uuid(self.id_bytes)

    @property
    def due_at(self) -> datetime:
        """When it is due (the series' occurrence, before any snooze)."""
        return as_instant(self.due_us)

    @property
    def next_due_at(self) -> datetime:
        """When it is due next: the due time, or the end of a snooze."""
        return as_instant(self.next_due_us)

    @property
    def customer_id(self) -> uuid.UUID | None:
        """The customer it is about, if any."""
        value = self.customer_id_bytes
        return None if value is None else as_uuid(value)

    @property
    def done_at(self) -> datetime | None:
        """When it was marked done (None while open)."""
        return as_time(self.done_us)

    @property
    def snoozed_until(self) -> datetime | None:
        """Until when it was put off, if it was."""
        return as_time(self.snoozed_us)


@dataclass(frozen=True, slots=True)
class Completion:
    """What completing a reminder did: the completed one, and the next one of a recurrence."""

    completed: ReminderItem
    next: ReminderItem | None


def next_occurrence(
    anchor: datetime, recurrence: str, after: datetime, tz: tzinfo | None = None
) -> datetime | None:
    """Return the first occurrence of a series later than *after*, None if it does not recur.

    Occurrences are counted from *anchor* on the calendar of *tz* (the anchor's own zone
    when not given): a monthly series anchored on the 31st falls on the last day of
    shorter months and returns to the 31st; 08:00 in Tokyo stays 08:00 in Tokyo.
    """
    step = _STEP.get(Recurrence(recurrence))
    if step is None:
        return None
    local = anchor.astimezone(tz) if tz is not None else anchor
    count = 1
    if recurrence in (Recurrence.DAILY, Recurrence.WEEKLY):
        days = 1 if recurrence == Recurrence.DAILY else 7
        count = max(1, (after - anchor).days // days)
    candidate = local + step * count
    while candidate <= after:
        count += 1
        candidate = local + step * count
    while count > 1 and local + step * (count - 1) > after:
        count -= 1
        candidate = local + step * count
    return candidate.astimezone(anchor.tzinfo)


# Selects exactly ReminderItem's stored fields, in order.
_SELECT = f"""
SELECT r.id, r.title, r.note, r.due_at, r.next_due_at, r.recurrence, r.customer_id,
       coalesce(c.display_name, ''), r.done_at, r.snoozed_until,
       coalesce({given_first_sql("c")}, '')
FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id
"""
_OPEN = "r.done_at IS NULL AND r.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL)"


class ReminderService:
    """Follow-ups and tasks, optionally tied to a customer.

    *tz* is the user's time zone: recurrences step on its calendar (default: the system's).
    Every change to a reminder (created, edited, snoozed, done, reopened, deleted,
    restored) is logged in the change log, in the same transaction, as *actor* (default:
    the OS user): in its customer's history, or with no customer for a task.
    """

    def __init__(self, db: Database, tz: tzinfo | None = None, actor: str | None = None) -> None:
        self._db = db
        self.tz = tz if tz is not None else dateutil_tz.tzlocal()
        self.actor = default_actor() if actor is None else actor

    def _log(
        self,
        uow: UnitOfWork,
        reminder: Reminder,
        before: dict[str, str] | None,
        now: datetime,
    ) -> None:
        """Log the reminder's fields that differ from *before* (None: it is new); a task
        (about no customer) with no customer."""
        uow.session.flush()
        change_log.write(
            uow.connection,
            change_log.change_rows(
                _customer_key(reminder),
                before,
                change_log.reminder_snapshot(reminder),
                micros(now),
                self.actor,
                "reminder",
                reminder.id.bytes,
            ),
        )

    def _log_trash(self, uow: UnitOfWork, reminder: Reminder, trashed: bool, now: datetime) -> None:
        """Log the reminder moved to the trash (*trashed*) or restored from it."""
        uow.session.flush()
        change_log.write(
            uow.connection,
            change_log.trash_rows(
                _customer_key(reminder),
                trashed,
                micros(now),
                self.actor,
                "reminder",
                reminder.id.bytes,
            ),
        )

    def create(
        self,
        title: str,
        due_at: datetime,
        now: datetime,
        customer_id: uuid.UUID | None = None,
        note: str = "",
        recurrence: str = Recurrence.NONE,
    ) -> ReminderItem:
        """Create a reminder."""
        _check(title, recurrence)
        with self._db.write() as uow:
            if customer_id is not None:
                customer = uow.session.get(Customer, customer_id)
                if customer is None or customer.deleted_at is not None:
                    raise CustomerNotFound(customer_id)
            reminder = Reminder(
                id=uuid7(),
                customer_id=customer_id,
                title=title.strip(),
                note=note,
                due_at=due_at,
                next_due_at=due_at,
                anchor_at=due_at,
                recurrence=recurrence,
                created_at=now,
                updated_at=now,
            )
            uow.session.add(reminder)
            self._log(uow, reminder, None, now)
            uow.commit()
            return self._get(uow, reminder.id)

    def get(self, reminder_id: uuid.UUID) -> ReminderItem:
        """Return one reminder; raise ReminderNotFound."""
        with self._db.read() as uow:
            return self._get(uow, reminder_id)

    def due(self, now: datetime, limit: int = 200) -> list[ReminderItem]:
        """Open reminders whose time has come (overdue included), oldest first."""
        return self._list(f"{_OPEN} AND r.next_due_at <= ?", [micros(now)], limit)

    def overdue(self, before: datetime, limit: int = 200) -> list[ReminderItem]:
        """Open reminders that were due before *before* (say, the start of today)."""
        return self._list(f"{_OPEN} AND r.next_due_at < ?", [micros(before)], limit)

    def upcoming(self, now: datetime, until: datetime, limit: int = 200) -> list[ReminderItem]:
        """Open reminders falling due after *now* and up to *until*, soonest first."""
        return self._list(
            f"{_OPEN} AND r.next_due_at > ? AND r.next_due_at <= ?",
            [micros(now), micros(until)],
            limit,
        )

    def for_customer(self, customer_id: uuid.UUID, limit: int = 200) -> list[ReminderItem]:
        """Open reminders about one customer, soonest first."""
        return self._list(f"{_OPEN} AND r.customer_id = ?", [customer_id.bytes], limit)

    def next_due_time(self, now: datetime) -> datetime | None:
        """When the next reminder falls due after *now* (to set a single timer), or None."""
        with self._db.query() as conn:
            (value,) = conn.execute(
                "SELECT min(r.next_due_at) FROM reminders r "
                "LEFT JOIN customers c ON c.id = r.customer_id "
                f"WHERE {_OPEN} AND r.next_due_at > ?",
                (micros(now),),
            ).fetchone()
        return as_time(value)

    def snooze(self, reminder_id: uuid.UUID, until: datetime, now: datetime) -> ReminderItem:
        """Put a reminder off until *until*."""
        with self._db.write() as uow:
            reminder = self._open(uow.session.get(Reminder, reminder_id), reminder_id)
            before = change_log.reminder_snapshot(reminder)
            reminder.snoozed_until = until
            reminder.next_due_at = until
            reminder.updated_at = now
            self._log(uow, reminder, before, now)
            uow.commit()
            return self._get(uow, reminder_id)

    def complete(self, reminder_id: uuid.UUID, now: datetime) -> Completion:
        """Mark a reminder done; a recurring one gets its next occurrence created."""
        with self._db.write() as uow:
            reminder = self._open(uow.session.get(Reminder, reminder_id), reminder_id)
            before = change_log.reminder_snapshot(reminder)
            reminder.done_at = now
            reminder.updated_at = now
            self._log(uow, reminder, before, now)
            following = next_occurrence(
                reminder.anchor_at, reminder.recurrence, max(now, reminder.due_at), self.tz
            )
            next_id = None
            if following is not None:
                nxt = Reminder(
                    id=uuid7(),
                    customer_id=reminder.customer_id,
                    title=reminder.title,
                    note=reminder.note,
                    due_at=following,
                    next_due_at=following,
                    anchor_at=reminder.anchor_at,
                    recurrence=reminder.recurrence,
                    created_at=now,
                    updated_at=now,
                )
                uow.session.add(nxt)
                next_id = nxt.id
                self._log(uow, nxt, None, now)
            uow.session.flush()
            uow.commit()
            return Completion(
                self._get(uow, reminder_id), self._get(uow, next_id) if next_id else None
            )

    def reopen(self, reminder_id: uuid.UUID, now: datetime) -> ReminderItem:
        """Undo a completion (the next occurrence, if one was made, is left as it is)."""
        with self._db.write() as uow:
            reminder = self._live(uow.session.get(Reminder, reminder_id), reminder_id)
            before = change_log.reminder_snapshot(reminder)
            reminder.done_at = None
            reminder.updated_at = now
            self._log(uow, reminder, before, now)
            uow.commit()
            return self._get(uow, reminder_id)

    def update(
        self,
        reminder_id: uuid.UUID,
        title: str,
        due_at: datetime,
        now: datetime,
        note: str = "",
        recurrence: str = Recurrence.NONE,
    ) -> ReminderItem:
        """Change a reminder's title, due time, note or recurrence (a new due time restarts
        the series there and ends any snooze)."""
        _check(title, recurrence)
        with self._db.write() as uow:
            reminder = self._live(uow.session.get(Reminder, reminder_id), reminder_id)
            before = change_log.reminder_snapshot(reminder)
            if due_at != reminder.due_at or recurrence != reminder.recurrence:
                reminder.due_at = due_at
                reminder.anchor_at = due_at
                reminder.snoozed_until = None
                reminder.next_due_at = due_at
            reminder.title = title.strip()
            reminder.note = note
            reminder.recurrence = recurrence
            reminder.updated_at = now
            self._log(uow, reminder, before, now)
            uow.commit()
            return self._get(uow, reminder_id)

    def delete(self, reminder_id: uuid.UUID, now: datetime) -> None:
        """Move a reminder to the trash."""
        with self._db.write() as uow:
            reminder = self._live(uow.session.get(Reminder, reminder_id), reminder_id)
            reminder.deleted_at = now
            reminder.updated_at = now
            self._log_trash(uow, reminder, True, now)
            uow.commit()

    def restore(self, reminder_id: uuid.UUID, now: datetime) -> ReminderItem:
        """Bring a reminder back from the trash (Undo of a delete)."""
        with self._db.write() as uow:
            reminder = uow.session.get(Reminder, reminder_id)
            if reminder is None or reminder.deleted_at is None:
                raise ReminderNotFound(reminder_id)
            reminder.deleted_at = None
            reminder.updated_at = now
            self._log_trash(uow, reminder, False, now)
            uow.commit()
            return self._get(uow, reminder_id)

    @staticmethod
    def _live(reminder: Reminder | None, reminder_id: uuid.UUID) -> Reminder:
        """The reminder if it exists and is not in the trash; else ReminderNotFound."""
        if reminder is None or reminder.deleted_at is not None:
            raise ReminderNotFound(reminder_id)
        return reminder

    @classmethod
    def _open(cls, reminder: Reminder | None, reminder_id: uuid.UUID) -> Reminder:
        """The reminder if it is live and not done yet; else ReminderNotFound."""
        live = cls._live(reminder, reminder_id)
        if live.done_at is not None:
            raise ReminderNotFound(reminder_id)
        return live

    def _list(self, where: str, params: list[object], limit: int) -> list[ReminderItem]:
        sql = f"{_SELECT} WHERE {where} ORDER BY r.next_due_at, r.id LIMIT ?"
        with self._db.query() as conn:
            return stored_rows(ReminderItem, conn.execute(sql, (*params, limit)).fetchall())

    @staticmethod
    def _get(uow: UnitOfWork, reminder_id: uuid.UUID) -> ReminderItem:
        connection = uow.connection
        row = connection.exec_driver_sql(f"{_SELECT} WHERE r.id = ?", (reminder_id.bytes,)).first()
        if row is None:
            raise ReminderNotFound(reminder_id)
        return stored_rows(ReminderItem, [tuple(row)])[0]


def _customer_key(reminder: Reminder) -> bytes | None:
    """The id the reminder's changes are logged under: its customer's, None for a task."""
    return None if reminder.customer_id is None else reminder.customer_id.bytes


def _check(title: str, recurrence: str) -> None:
    errors = []
    if not title.strip():
        errors.append(FieldError("title", "required"))
    elif len(title) > 300:
        errors.append(FieldError("title", "too_long", title[:40], (("max", "300"),)))
    if recurrence not in Recurrence.__members__.values():
        errors.append(FieldError("recurrence", "invalid_choice", recurrence))
    if errors:
        raise ValidationError(errors)
