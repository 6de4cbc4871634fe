"""Customer: a person or a company, with its profile and derived sort and search keys."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from relationdesk.codes import Channel, CustomerKind, Honorific, Stage
from relationdesk.models.base import Entity, SoftDeletable
from relationdesk.models.contact_point import ContactPoint
from relationdesk.models.tag import Tag, customer_tags
from relationdesk.models.types import UTCDateTime, UUIDType


def _in(column: str, values: type[enum.StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Customer(Entity, SoftDeletable):
    """A customer record.

    ``reading`` is kept as typed; ``reading_key`` (folded katakana), ``sort_key`` (五十音),
    ``name_key`` and ``search_text`` are derived by the services and never typed by users.
    ``doc_id`` is a stable integer handle used as the rowid in the full-text indexes.
    ``last_contact_at`` is the newest contact's time (a call, visit, message or purchase),
    ``first_contact_at`` and ``contact_count`` say how often they come, and ``follow_up_at``
    is when they are overdue: the last contact plus their usual interval (the average gap,
    at least a day). All four are derived by the timeline service, for the Today view.
    """

    __tablename__ = "customers"

    doc_id: Mapped[int] = mapped_column(nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default=CustomerKind.PERSON)
    family_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    given_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    display_name: Mapped[str] = mapped_column(String(400), nullable=False)
    reading: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    reading_key: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    sort_key: Mapped[str] = mapped_column(String(900), nullable=False)
    name_key: Mapped[str] = mapped_column(String(400), nullable=False)
    honorific: Mapped[str] = mapped_column(String(4), nullable=False, default=Honorific.SAMA)
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        UUIDType(), ForeignKey("customers.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    birthday: Mapped[date | None] = mapped_column(Date(), nullable=True)
    # "MM-DD" of the birthday, derived, so "birthdays this week" is an index look-up.
    birthday_md: Mapped[str | None] = mapped_column(String(5), nullable=True)
    stage: Mapped[str] = mapped_column(String(10), nullable=False, default=Stage.LEAD)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    preferred_channel: Mapped[str] = mapped_column(String(10), nullable=False, default=Channel.NONE)
    consent_dm: Mapped[bool] = mapped_column(Boolean(), nullable=False, default=False)
    consent_email: Mapped[bool] = mapped_column(Boolean(), nullable=False, default=False)
    consent_line: Mapped[bool] = mapped_column(Boolean(), nullable=False, default=False)
    line_id: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON(), nullable=False, default=dict)
    search_text: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    contact_count: Mapped[int] = mapped_column(nullable=False, default=0)
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    contact_points: Mapped[list[ContactPoint]] = relationship(
        order_by="ContactPoint.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by="Tag.name_key")
    company: Mapped[Customer | None] = relationship(remote_side="Customer.id")

    __table_args__ = (
        CheckConstraint(_in("kind", CustomerKind), name="kind"),
        CheckConstraint(_in("stage", Stage), name="stage"),
        CheckConstraint(_in("honorific", Honorific), name="honorific"),
        CheckConstraint(_in("preferred_channel", Channel), name="preferred_channel"),
        Index("ix_customers_sort", "deleted_at", "sort_key", "id"),
        Index("ix_customers_name", "deleted_at", "name_key", "id"),
        Index("ix_customers_created", "deleted_at", "created_at", "id"),
        Index("ix_customers_last_contact", "deleted_at", "last_contact_at", "id"),
        Index("ix_customers_follow_up", "deleted_at", "follow_up_at"),
        Index("ix_customers_birthday", "birthday_md", "deleted_at"),
        Index("ix_customers_stage_sort", "stage", "deleted_at", "sort_key", "id"),
        Index("ix_customers_company_id", "company_id"),
    )
