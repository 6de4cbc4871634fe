"""Purchases and their lines; money is integer minor units with a currency code."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from relationdesk.models.base import Entity, SoftDeletable, trash_index
from relationdesk.models.types import UTCDateTime, UUIDType


class Purchase(Entity, SoftDeletable):
    """A purchase by a customer; ``total_minor`` is the sum of its lines, kept for listing."""

    __tablename__ = "purchases"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    purchased_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="JPY")
    total_minor: Mapped[int] = mapped_column(nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text(), nullable=False, default="")

    lines: Mapped[list[PurchaseLine]] = relationship(
        order_by="PurchaseLine.position", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_purchases_timeline", "customer_id", "purchased_at", "id"),
        trash_index("purchases"),
        {"sqlite_with_rowid": False},
    )


class PurchaseLine(Entity):
    """One line of a purchase: product, quantity and unit price in minor units."""

    __tablename__ = "purchase_lines"

    purchase_id: Mapped[uuid.UUID] = mapped_column(
        UUIDType(), ForeignKey("purchases.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(nullable=False, default=0)
    product: Mapped[str] = mapped_column(String(300), nullable=False)
    quantity: Mapped[int] = mapped_column(nullable=False, default=1)
    unit_price_minor: Mapped[int] = mapped_column(nullable=False)

    __table_args__ = (
        Index("ix_purchase_lines_purchase", "purchase_id", "position"),
        {"sqlite_with_rowid": False},
    )
