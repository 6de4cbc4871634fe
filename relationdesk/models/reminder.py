"""Reminders and tasks: follow-ups with a due time, recurrence and snooze."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Entity, SoftDeletable, trash_index
from relationdesk.models.types import UTCDateTime, UUIDType


class Recurrence(enum.StrEnum):
    """How often a reminder comes back after it is completed."""

    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


class Reminder(Entity, SoftDeletable):
    """A follow-up to do, optionally about one customer.

    ``next_due_at`` is when it next needs attention: ``snoozed_until`` when snoozed, else
    ``due_at``; it is what the due list is indexed and sorted by. ``anchor_at`` is the due
    time of the first reminder of a recurring series: every occurrence is counted from it,
    so a monthly reminder on the 31st comes back to the 31st after a short month.
    """

    __tablename__ = "reminders"

    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="CASCADE"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    note: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    recurrence: Mapped[str] = mapped_column(String(10), nullable=False, default=Recurrence.NONE)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    anchor_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)

    __table_args__ = (
        CheckConstraint(
            "recurrence IN ('none', 'daily', 'weekly', 'monthly', 'yearly')", name="recurrence"
        ),
        Index("ix_reminders_open", "done_at", "deleted_at", "next_due_at"),
        Index("ix_reminders_customer", "customer_id", "due_at"),
        trash_index("reminders"),
    )
