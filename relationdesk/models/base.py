"""The declarative base and the columns every table has."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from relationdesk.ids import uuid7
from relationdesk.models.types import UTCDateTime, UUIDType

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base for every RelationDesk entity."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity(Base):
    """Columns of every table: a UUID v7 key, UTC creation/update times, a version counter.

    High-volume narrow tables (history, purchases, contact points) are ``WITHOUT ROWID``
    on SQLite: the row lives in the primary-key B-tree itself, one B-tree less per insert.

    The version column is SQLAlchemy's ``version_id_col``: an update of a row that someone
    else changed in the meantime fails with StaleDataError instead of silently winning.
    """

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(UUIDType(), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    version: Mapped[int] = mapped_column(nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        """Turn on optimistic concurrency on the version column."""
        return {"version_id_col": cls.__table__.c.version}


class SoftDeletable:
    """Mix-in for records the user can delete: they go to the trash and can be restored."""

    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


def trash_index(table: str) -> Index:
    """A partial index on ``deleted_at`` holding only the rows in the trash (migration 0004):
    the trash view lists them newest first, the counts and purges find them, with no scan."""
    trashed = text("deleted_at IS NOT NULL")
    return Index(
        f"ix_{table}_trash", "deleted_at", "id", sqlite_where=trashed, postgresql_where=trashed
    )
