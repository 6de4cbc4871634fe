"""import batches

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Issue 4's import journal and remembered mappings:
- ``import_batches``: one row per import or manual merge of duplicates (who, when, which
  file, the duplicate policy, the counts, when it was undone);
- ``import_batch_items``: per batch, each customer it created or changed, the customer's
  version right after the batch, and for a changed customer its JSON before-image, so
  undo restores it exactly or refuses when the record was edited since;
- ``import_mappings``: the column mapping last used per file shape.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import relationdesk.models.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the import journal and the remembered mappings."""
    op.create_table(
        "import_batches",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("policy", sa.String(length=10), nullable=False),
        sa.Column("read_count", sa.Integer(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("merged_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("duplicate_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("company_count", sa.Integer(), nullable=False),
        sa.Column("problem_count", sa.Integer(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.Column("undone_at", relationdesk.models.types.UTCDateTime(), nullable=True),
        sa.Column("id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("created_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('import', 'merge')", name=op.f("ck_import_batches_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index("ix_import_batches_created", ["created_at", "id"], unique=False)

    op.create_table(
        "import_mappings",
        sa.Column("shape", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("used_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("created_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("shape", name=op.f("uq_import_mappings_shape")),
    )
    op.create_table(
        "import_batch_items",
        sa.Column("batch_id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("customer_id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("after_version", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('created', 'merged', 'kept', 'absorbed')",
            name=op.f("ck_import_batch_items_action"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_batch_items_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("batch_id", "customer_id", name=op.f("pk_import_batch_items")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("import_batch_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_import_batch_items_customer", ["customer_id", "batch_id"], unique=False
        )


def downgrade() -> None:
    """Drop the import journal and the remembered mappings."""
    with op.batch_alter_table("import_batch_items", schema=None) as batch_op:
        batch_op.drop_index("ix_import_batch_items_customer")

    op.drop_table("import_batch_items")
    op.drop_table("import_mappings")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_import_batches_created")

    op.drop_table("import_batches")
