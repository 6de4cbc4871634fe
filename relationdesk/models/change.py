"""The change log: which field of which record changed, when, by whom, from what to what."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Base
from relationdesk.models.types import UTCDateTime, UUIDType


class Change(Base):
    """One changed field, written in the same transaction as the change itself.

    ``customer_id`` ties the change to the customer whose history it belongs to (for the
    timeline's stage changes and the History tab); it goes when the customer is erased.
    It is None for a reminder about no customer (a task): such rows belong to no one's
    history and are read only by the whole log's export.
    Values are stored as text; "" stands for empty.
    """

    __tablename__ = "changes"

    id: Mapped[uuid.UUID] = mapped_column(UUIDType(), primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="CASCADE"), nullable=True
    )
    record_type: Mapped[str] = mapped_column(String(30), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(UUIDType(), nullable=False)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    old_value: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    new_value: Mapped[str] = mapped_column(Text(), nullable=False, default="")

    __table_args__ = (
        Index("ix_changes_customer", "customer_id", "field", "changed_at", "id"),
        {"sqlite_with_rowid": False},
    )
