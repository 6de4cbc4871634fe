"""Interactions: every touchpoint with a customer, from a call to a LINE message."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Entity, SoftDeletable, trash_index
from relationdesk.models.types import UTCDateTime, UUIDType


class InteractionKind(enum.StrEnum):
    """The kind of a touchpoint."""

    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    EMAIL = "email"
    LINE = "line"
    LETTER = "letter"
    NOTE = "note"
    FEEDBACK = "feedback"


class Direction(enum.StrEnum):
    """Who started the touchpoint."""

    NONE = "none"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Interaction(Entity, SoftDeletable):
    """One entry of a customer's history: when, what kind, subject, body and outcome."""

    __tablename__ = "interactions"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    direction: Mapped[str] = mapped_column(String(10), nullable=False, default=Direction.NONE)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    outcome: Mapped[str] = mapped_column(String(300), nullable=False, default="")

    __table_args__ = (
        CheckConstraint(
            "kind IN ('call', 'visit', 'meeting', 'email', 'line', 'letter', 'note', 'feedback')",
            name="kind",
        ),
        CheckConstraint("direction IN ('none', 'inbound', 'outbound')", name="direction"),
        Index("ix_interactions_timeline", "customer_id", "occurred_at", "id"),
        trash_index("interactions"),
        {"sqlite_with_rowid": False},
    )
