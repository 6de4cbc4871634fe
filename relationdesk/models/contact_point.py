"""Contact points: a customer's phones, e-mail addresses and postal addresses."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Entity
from relationdesk.models.types import UUIDType


class ContactPoint(Entity):
    """One phone, e-mail or address of a customer, with a label and a primary flag.

    Phones keep the raw text as typed, the E.164 form, and the national format of the
    number's own country (what lists show at home, without parsing again); addresses are
    split the Japanese way (postal code, prefecture, city, street, building).
    """

    __tablename__ = "contact_points"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    label: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    is_primary: Mapped[bool] = mapped_column(Boolean(), nullable=False, default=False)
    position: Mapped[int] = mapped_column(nullable=False, default=0)
    phone_raw: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    phone_e164: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone_national: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(320), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    prefecture: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    building: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="JP")

    __table_args__ = (
        CheckConstraint("kind IN ('phone', 'email', 'address')", name="kind"),
        Index("ix_contact_points_customer", "customer_id", "kind", "position"),
        Index("ix_contact_points_phone", "phone_e164"),
        Index("ix_contact_points_email", "email"),
        {"sqlite_with_rowid": False},
    )
