"""Tags: free labels a shop puts on customers (常連, VIP, 紹介 ...)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Base, Entity, SoftDeletable
from relationdesk.models.types import UUIDType

customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column(
        "customer_id",
        UUIDType(),
        ForeignKey("customers.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("tag_id", UUIDType(), ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_customer_tags_tag", "tag_id", "customer_id"),
    sqlite_with_rowid=False,
)


class Tag(Entity, SoftDeletable):
    """A tag; ``name_key`` is its folded name, unique, so 常連 and ｼﾞｮｳﾚﾝ stay distinct but
    ＶＩＰ and vip are the same tag."""

    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_key: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    color: Mapped[str] = mapped_column(String(9), nullable=False, default="")
