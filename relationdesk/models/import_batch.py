"""Import batches and their journal, and the column mappings remembered per file shape.

Every import, and every merge of two duplicates, is one batch. The batch row keeps what
was done (counts, the file, the duplicate policy); its journal has one entry per customer
the batch created or changed, with the customer's version right after the batch and, for a
changed customer, its whole stored state before (the before-image), so the batch can be
undone exactly, and refused when a record has been edited since.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from relationdesk.models.base import Base, Entity
from relationdesk.models.types import UTCDateTime, UUIDType


class BatchKind(enum.StrEnum):
    """What made a batch."""

    IMPORT = "import"
    MERGE = "merge"  # two duplicates merged by hand (the duplicate finder)


class ItemAction(enum.StrEnum):
    """What a batch did to one customer."""

    CREATED = "created"  # a new customer (or a company named by an imported person)
    MERGED = "merged"  # an existing customer an import filled in
    KEPT = "kept"  # the customer a manual merge kept (and filled in)
    ABSORBED = "absorbed"  # the customer a manual merge moved into the kept one and trashed


class ImportBatch(Entity):
    """One import (or one manual merge): who, when, what file, and what it did.

    ``undone_at`` is set when the batch was undone; ``extra`` holds JSON the undo needs
    beyond the journal (the tags the batch created).
    """

    __tablename__ = "import_batches"

    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    file_name: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    file_format: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    policy: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    read_count: Mapped[int] = mapped_column(nullable=False, default=0)
    created_count: Mapped[int] = mapped_column(nullable=False, default=0)
    merged_count: Mapped[int] = mapped_column(nullable=False, default=0)
    skipped_count: Mapped[int] = mapped_column(nullable=False, default=0)
    duplicate_count: Mapped[int] = mapped_column(nullable=False, default=0)
    rejected_count: Mapped[int] = mapped_column(nullable=False, default=0)
    company_count: Mapped[int] = mapped_column(nullable=False, default=0)
    problem_count: Mapped[int] = mapped_column(nullable=False, default=0)
    extra: Mapped[str] = mapped_column(Text(), nullable=False, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        CheckConstraint("kind IN ('import', 'merge')", name="kind"),
        Index("ix_import_batches_created", "created_at", "id"),
    )


class ImportBatchItem(Base):
    """One customer a batch created or changed (the undo journal).

    ``after_version`` is the customer's version when the batch committed: a different
    version at undo time means someone edited the record since. ``before`` is the JSON
    before-image of a changed customer (its row, contact points and tags), empty for one
    the batch created. ``details`` says what was done (fields filled, values added, the
    history moved by a manual merge). No foreign key to customers: the journal outlives
    the records an undo removes.
    """

    __tablename__ = "import_batch_items"

    batch_id: Mapped[uuid.UUID] = mapped_column(
        UUIDType(), ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(UUIDType(), primary_key=True)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    line: Mapped[int | None] = mapped_column(nullable=True)
    after_version: Mapped[int] = mapped_column(nullable=False, default=1)
    before: Mapped[str] = mapped_column(Text(), nullable=False, default="")
    details: Mapped[str] = mapped_column(Text(), nullable=False, default="")

    __table_args__ = (
        CheckConstraint("action IN ('created', 'merged', 'kept', 'absorbed')", name="action"),
        Index("ix_import_batch_items_customer", "customer_id", "batch_id"),
        {"sqlite_with_rowid": False},
    )


class ImportMapping(Entity):
    """The column mapping last used for files of one shape (``importing.mapping.shape_key``).

    Kept in the database rather than in settings.json: it is the shop's data (the columns
    of its own spreadsheets), travels with backups and a shared server, and is written in
    the same transaction as the import that used it.
    """

    __tablename__ = "import_mappings"

    shape: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    mapping: Mapped[str] = mapped_column(Text(), nullable=False)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
