"""A customer's history: log interactions, record purchases, read the merged feed newest first."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from relationdesk.ids import uuid7
from relationdesk.models import (
    Customer,
    Direction,
    Interaction,
    InteractionKind,
    Purchase,
    PurchaseLine,
)
from relationdesk.services import change_log
from relationdesk.services.change_log import default_actor
from relationdesk.services.errors import (
    CustomerNotFound,
    EntryNotFound,
    FieldError,
    ValidationError,
)
from relationdesk.services.rows import StoredRow, as_instant, as_uuid, micros, stored_rows
from relationdesk.services.unit_of_work import Database

_CUSTOMERS = cast(Table, Customer.__table__)

# Kinds that count as being in touch with the customer ("last contact").
CONTACT_KINDS = frozenset(
    {
        InteractionKind.CALL,
        InteractionKind.VISIT,
        InteractionKind.MEETING,
        InteractionKind.EMAIL,
        InteractionKind.LINE,
        InteractionKind.LETTER,
    }
)


@dataclass(frozen=True, slots=True)
class PurchaseLineInput:
    """One line of a purchase: quantity times unit price in minor units (yen have none)."""

    product: str
    unit_price_minor: int
    quantity: int = 1


class _StoredEntry(NamedTuple):
    id_bytes: bytes
    kind: str
    at_us: int
    subject: str
    body: str
    outcome: str
    direction: str
    amount_minor: int | None
    currency: str


class TimelineEntry(StoredRow, _StoredEntry):
    """One entry of the merged feed.

    ``kind`` is an interaction kind, ``"purchase"``, ``"reminder"`` or ``"stage"``. For
    purchases ``subject`` lists the products and ``amount_minor``/``currency`` hold the
    total; for reminders ``subject`` is the title, ``at`` the due time and ``outcome``
    ``"done"`` once done; for stage changes ``subject`` is the new stage and ``body`` the
    old one. Attributes: ``id``, ``kind``, ``at``, ``subject``, ``body``, ``outcome``,
    ``direction``, ``amount_minor``, ``currency``; the id and time are held as stored and
    converted on access (``rows.StoredRow``).
    """

    __slots__ = ()
    PUBLIC = (
        "id",
        "kind",
        "at",
        "subject",
        "body",
        "outcome",
        "direction",
        "amount_minor",
        "currency",
    )

    def __new__(
        cls,
        id: uuid.UUID,
        kind: str,
        at: datetime,
        subject: str,
        body: str,
        outcome: str,
        direction: str,
        amount_minor: int | None,
        currency: str,
    ) -> TimelineEntry:
        """Make an entry from public values."""
        return tuple.__new__(
            cls,
            (id.bytes, kind, micros(at), subject, body, outcome, direction, amount_minor, currency),
        )

    @property
    def id(self) -> uuid.UUID:
        """The interaction's, purchase's, reminder's or change's id."""
        return as_uuid(self.id_bytes)

    @property
    def at(self) -> datetime:
        """When it happened (a reminder: when it is due)."""
        return as_instant(self.at_us)


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Where a feed page ended (time and id of its last entry)."""

    at: datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """A page of the feed and the cursor of the next (older) page, None at the end."""

    entries: tuple[TimelineEntry, ...]
    next: TimelineCursor | None


_FEED_SQL = """
SELECT * FROM (
  SELECT i.id, i.kind, i.occurred_at AS at, i.subject, i.body, i.outcome, i.direction,
         NULL AS amount, '' AS currency
  FROM interactions i
  WHERE i.customer_id = ? AND i.deleted_at IS NULL {interaction_after}
  ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
  SELECT p.id, 'purchase', p.purchased_at, coalesce(
           (SELECT group_concat(product, '、') FROM
              (SELECT l.product FROM purchase_lines l WHERE l.purchase_id = p.id
               ORDER BY l.position)), ''),
         p.note, '', 'none', p.total_minor, p.currency
  FROM purchases p
  WHERE p.customer_id = ? AND p.deleted_at IS NULL {purchase_after}
  ORDER BY p.purchased_at DESC, p.id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
  SELECT r.id, 'reminder', r.due_at, r.title, r.note,
         CASE WHEN r.done_at IS NULL THEN '' ELSE 'done' END, 'none', NULL, ''
  FROM reminders r
  WHERE r.customer_id = ? AND r.deleted_at IS NULL {reminder_after}
  ORDER BY r.due_at DESC, r.id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
  SELECT ch.id, 'stage', ch.changed_at, ch.new_value, ch.old_value, '', 'none', NULL, ''
  FROM changes ch
  WHERE ch.customer_id = ? AND ch.field = 'stage' AND ch.old_value <> '' {stage_after}
  ORDER BY ch.changed_at DESC, ch.id DESC LIMIT ?
)
ORDER BY 3 DESC, 1 DESC LIMIT ?
"""

_AFTER = "AND ({0}, {1}.id) < (?, ?)"
_FEED_PARTS = (
    ("interaction_after", "i.occurred_at", "i"),
    ("purchase_after", "p.purchased_at", "p"),
    ("reminder_after", "r.due_at", "r"),
    ("stage_after", "ch.changed_at", "ch"),
)


class TimelineService:
    """Interactions and purchases of a customer, and the feed that merges them.

    Creating, editing, deleting and restoring an entry is logged in the change log, in
    the same transaction, as *actor* (default: the OS user).
    """

    def __init__(self, db: Database, actor: str | None = None) -> None:
        self._db = db
        self.actor = default_actor() if actor is None else actor

    def _log(
        self,
        session: Session,
        record_type: str,
        entry: Interaction | Purchase,
        before: dict[str, str] | None,
        after: dict[str, str],
        now: datetime,
    ) -> None:
        session.flush()
        change_log.write(
            session.connection(),
            change_log.change_rows(
                entry.customer_id.bytes,
                before,
                after,
                micros(now),
                self.actor,
                record_type,
                entry.id.bytes,
            ),
        )

    def log_interaction(
        self,
        customer_id: uuid.UUID,
        kind: str,
        occurred_at: datetime,
        now: datetime,
        subject: str = "",
        body: str = "",
        outcome: str = "",
        direction: str = Direction.NONE,
    ) -> TimelineEntry:
        """Record a touchpoint; a contact kind also moves the customer's last contact."""
        _check_interaction(kind, direction, subject, outcome)
        with self._db.write() as uow:
            customer = _live_customer(uow.session, customer_id)
            entry = Interaction(
                id=uuid7(),
                customer_id=customer.id,
                kind=kind,
                direction=direction,
                occurred_at=occurred_at,
                subject=subject.strip(),
                body=body,
                outcome=outcome.strip(),
                created_at=now,
                updated_at=now,
            )
            uow.session.add(entry)
            if kind in CONTACT_KINDS:
                _touch(uow.session, customer, occurred_at)
            snapshot = change_log.interaction_snapshot(entry)
            self._log(uow.session, "interaction", entry, None, snapshot, now)
            uow.commit()
            return _interaction_entry(entry)

    def record_purchase(
        self,
        customer_id: uuid.UUID,
        purchased_at: datetime,
        lines: Sequence[PurchaseLineInput],
        now: datetime,
        currency: str = "JPY",
        note: str = "",
    ) -> TimelineEntry:
        """Record a purchase with its lines; the total is computed, in integer minor units."""
        currency = _check_purchase(lines, currency)
        with self._db.write() as uow:
            customer = _live_customer(uow.session, customer_id)
            purchase = Purchase(
                id=uuid7(),
                customer_id=customer.id,
                purchased_at=purchased_at,
                currency=currency,
                note=note,
                created_at=now,
                updated_at=now,
                total_minor=0,
            )
            _set_lines(purchase, lines, now)
            uow.session.add(purchase)
            _touch(uow.session, customer, purchased_at)
            snapshot = change_log.purchase_snapshot(purchase)
            self._log(uow.session, "purchase", purchase, None, snapshot, now)
            uow.commit()
            return _purchase_entry(purchase)

    def update_interaction(
        self,
        entry_id: uuid.UUID,
        kind: str,
        occurred_at: datetime,
        now: datetime,
        subject: str = "",
        body: str = "",
        outcome: str = "",
        direction: str = Direction.NONE,
    ) -> TimelineEntry:
        """Change a logged interaction; the customer's contact figures follow."""
        _check_interaction(kind, direction, subject, outcome)
        with self._db.write() as uow:
            entry = uow.session.get(Interaction, entry_id)
            if entry is None or entry.deleted_at is not None:
                raise EntryNotFound(entry_id)
            before = change_log.interaction_snapshot(entry)
            entry.kind = kind
            entry.direction = direction
            entry.occurred_at = occurred_at
            entry.subject = subject.strip()
            entry.body = body
            entry.outcome = outcome.strip()
            entry.updated_at = now
            _recompute_last_contact(uow.session, entry.customer_id)
            after = change_log.interaction_snapshot(entry)
            self._log(uow.session, "interaction", entry, before, after, now)
            uow.commit()
            return _interaction_entry(entry)

    def update_purchase(
        self,
        entry_id: uuid.UUID,
        purchased_at: datetime,
        lines: Sequence[PurchaseLineInput],
        now: datetime,
        currency: str = "JPY",
        note: str = "",
    ) -> TimelineEntry:
        """Change a recorded purchase: its time, lines (the total follows) and note."""
        currency = _check_purchase(lines, currency)
        with self._db.write() as uow:
            purchase = uow.session.get(Purchase, entry_id)
            if purchase is None or purchase.deleted_at is not None:
                raise EntryNotFound(entry_id)
            before = change_log.purchase_snapshot(purchase)
            purchase.purchased_at = purchased_at
            purchase.currency = currency
            purchase.note = note
            purchase.updated_at = now
            _set_lines(purchase, lines, now)
            _recompute_last_contact(uow.session, purchase.customer_id)
            after = change_log.purchase_snapshot(purchase)
            self._log(uow.session, "purchase", purchase, before, after, now)
            uow.commit()
            return _purchase_entry(purchase)

    def purchase_lines(self, entry_id: uuid.UUID) -> tuple[PurchaseLineInput, ...]:
        """Return the lines of a purchase, in order (for editing it)."""
        with self._db.read() as uow:
            purchase = uow.session.get(Purchase, entry_id)
            if purchase is None:
                raise EntryNotFound(entry_id)
            return tuple(
                PurchaseLineInput(line.product, line.unit_price_minor, line.quantity)
                for line in sorted(purchase.lines, key=lambda line: line.position)
            )

    def delete_entry(self, entry_id: uuid.UUID, now: datetime) -> None:
        """Move an interaction or a purchase to the trash."""
        self._set_deleted(entry_id, now, now)

    def restore_entry(self, entry_id: uuid.UUID, now: datetime) -> None:
        """Bring a trashed interaction or purchase back."""
        self._set_deleted(entry_id, None, now)

    def feed(
        self, customer_id: uuid.UUID, before: TimelineCursor | None = None, limit: int = 50
    ) -> TimelinePage:
        """Return a page of the customer's history, newest first, older than *before*.

        Interactions, purchases, reminders (at their due time, so coming ones lead) and
        stage changes (not the stage a customer was added with), merged; each part reads
        at most *limit* rows through its index.
        """
        clauses: dict[str, str] = {}
        params: list[object] = []
        for name, column, alias in _FEED_PARTS:
            params.append(customer_id.bytes)
            if before is not None:
                clauses[name] = _AFTER.format(column, alias)
                params += [micros(before.at), before.id.bytes]
            else:
                clauses[name] = ""
            params.append(limit)
        sql = _FEED_SQL.format(**clauses)
        with self._db.query() as conn:
            entries = tuple(stored_rows(TimelineEntry, conn.execute(sql, (*params, limit))))
        cursor = None
        if len(entries) == limit:
            cursor = TimelineCursor(entries[-1].at, entries[-1].id)
        return TimelinePage(entries, cursor)

    def _set_deleted(self, entry_id: uuid.UUID, value: datetime | None, now: datetime) -> None:
        with self._db.write() as uow:
            session = uow.session
            entry: Interaction | Purchase | None = session.get(Interaction, entry_id)
            if entry is None:
                entry = session.get(Purchase, entry_id)
            if entry is None:
                raise EntryNotFound(entry_id)
            was_trashed = entry.deleted_at is not None
            entry.deleted_at = value
            entry.updated_at = now
            _recompute_last_contact(session, entry.customer_id)
            session.flush()
            if was_trashed != (value is not None):
                change_log.write(
                    session.connection(),
                    change_log.trash_rows(
                        entry.customer_id.bytes,
                        value is not None,
                        micros(now),
                        self.actor,
                        "interaction" if isinstance(entry, Interaction) else "purchase",
                        entry.id.bytes,
                    ),
                )
            uow.commit()


def _check_interaction(kind: str, direction: str, subject: str, outcome: str) -> None:
    errors = []
    if kind not in InteractionKind.__members__.values():
        errors.append(FieldError("kind", "invalid_choice", kind))
    if direction not in Direction.__members__.values():
        errors.append(FieldError("direction", "invalid_choice", direction))
    for name, value in (("subject", subject), ("outcome", outcome)):
        if len(value) > 300:
            errors.append(FieldError(name, "too_long", value[:40], (("max", "300"),)))
    if errors:
        raise ValidationError(errors)


def _check_purchase(lines: Sequence[PurchaseLineInput], currency: str) -> str:
    """Validate a purchase's lines; return the currency code, normalised."""
    errors = []
    if not lines:
        errors.append(FieldError("lines", "required"))
    for index, line in enumerate(lines):
        if not line.product.strip():
            errors.append(FieldError(f"lines[{index}].product", "required"))
        if line.quantity <= 0:
            errors.append(
                FieldError(f"lines[{index}].quantity", "must_be_positive", str(line.quantity))
            )
        if line.unit_price_minor < 0:
            errors.append(
                FieldError(
                    f"lines[{index}].unit_price_minor",
                    "must_not_be_negative",
                    str(line.unit_price_minor),
                )
            )
    currency = unicodedata.normalize("NFKC", currency).strip().upper()
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        errors.append(FieldError("currency", "invalid_choice", currency))
    if errors:
        raise ValidationError(errors)
    return currency


def _set_lines(purchase: Purchase, lines: Sequence[PurchaseLineInput], now: datetime) -> None:
    purchase.lines = [
        PurchaseLine(
            id=uuid7(),
            position=i,
            product=line.product.strip(),
            quantity=line.quantity,
            unit_price_minor=line.unit_price_minor,
            created_at=now,
            updated_at=now,
        )
        for i, line in enumerate(lines)
    ]
    purchase.total_minor = sum(line.quantity * line.unit_price_minor for line in lines)


def _interaction_entry(entry: Interaction) -> TimelineEntry:
    return TimelineEntry(
        entry.id,
        entry.kind,
        entry.occurred_at,
        entry.subject,
        entry.body,
        entry.outcome,
        entry.direction,
        None,
        "",
    )


def _purchase_entry(purchase: Purchase) -> TimelineEntry:
    return TimelineEntry(
        purchase.id,
        "purchase",
        purchase.purchased_at,
        "、".join(line.product for line in purchase.lines),
        purchase.note,
        "",
        Direction.NONE,
        purchase.total_minor,
        purchase.currency,
    )


def _live_customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise CustomerNotFound(customer_id)
    return customer


MIN_INTERVAL = timedelta(days=1)


def follow_up_at(first: datetime | None, last: datetime | None, count: int) -> datetime | None:
    """When a customer is overdue: the last contact plus their average gap (at least a day).

    None until there are two contacts to take a gap from.
    """
    if first is None or last is None or count < 2:
        return None
    return last + max((last - first) / (count - 1), MIN_INTERVAL)


def _touch(session: Session, customer: Customer, at: datetime) -> None:
    """Count one more contact at *at*: last/first contact, count and follow-up date.

    These are derived data: written with a plain UPDATE so that they do not bump the
    profile's version (an editor open on the profile must not see a conflict because
    someone logged a call).
    """
    table = _CUSTOMERS
    first, last, count = session.execute(
        select(table.c.first_contact_at, table.c.last_contact_at, table.c.contact_count).where(
            table.c.id == customer.id
        )
    ).one()
    first = at if first is None or at < first else first
    last = at if last is None or at > last else last
    _store_contacts(session, customer.id, first, last, count + 1)


def _store_contacts(
    session: Session,
    customer_id: uuid.UUID,
    first: datetime | None,
    last: datetime | None,
    count: int,
) -> None:
    session.execute(
        update(_CUSTOMERS)
        .where(_CUSTOMERS.c.id == customer_id)
        .values(
            first_contact_at=first,
            last_contact_at=last,
            contact_count=count,
            follow_up_at=follow_up_at(first, last, count),
        )
    )


def _recompute_last_contact(session: Session, customer_id: uuid.UUID) -> None:
    """Derive the contact figures again from the remaining history (after delete/restore)."""
    session.flush()
    kinds = [str(k) for k in CONTACT_KINDS]
    calls = session.execute(
        select(
            func.min(Interaction.occurred_at),
            func.max(Interaction.occurred_at),
            func.count(),
        ).where(
            Interaction.customer_id == customer_id,
            Interaction.deleted_at.is_(None),
            Interaction.kind.in_(kinds),
        )
    ).one()
    buys = session.execute(
        select(
            func.min(Purchase.purchased_at), func.max(Purchase.purchased_at), func.count()
        ).where(Purchase.customer_id == customer_id, Purchase.deleted_at.is_(None))
    ).one()
    firsts = [t for t in (calls[0], buys[0]) if t is not None]
    lasts = [t for t in (calls[1], buys[1]) if t is not None]
    _store_contacts(
        session,
        customer_id,
        min(firsts) if firsts else None,
        max(lasts) if lasts else None,
        int(calls[2]) + int(buys[2]),
    )


def recompute_contacts(session: Session, customer_id: uuid.UUID) -> None:
    """Derive a customer's contact figures again from their history (after history moved)."""
    _recompute_last_contact(session, customer_id)
