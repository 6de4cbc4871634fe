"""change log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The ``changes`` table: one row per changed field (who, when, which record, from what to
what). The timeline shows a customer's stage changes from it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import relationdesk.models.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the change log."""
    op.create_table(
        "changes",
        sa.Column("id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("changed_at", relationdesk.models.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("customer_id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", relationdesk.models.types.UUIDType(length=16), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_changes_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_changes_customer", ["customer_id", "field", "changed_at", "id"], unique=False
        )


def downgrade() -> None:
    """Drop the change log."""
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index("ix_changes_customer")
    op.drop_table("changes")
