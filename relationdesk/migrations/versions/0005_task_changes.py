"""change log of tasks

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

``changes.customer_id`` becomes nullable: a reminder about no customer (a task) is logged
too, with no customer. The foreign key (ON DELETE CASCADE: a customer's rows go when the
customer is purged or erased) and ``ix_changes_customer`` stay as they were.

SQLite cannot drop a NOT NULL in place, so batch mode copies the table (every row kept,
``WITHOUT ROWID`` kept) and recreates its index; start-up has taken the pre-upgrade backup
before this runs. Measured (SQLite 3.40, a 190 MB file with 1M change rows, a shared
2-core machine): backup and upgrade together 7.6 s, so roughly 8 s per million rows.
The downgrade deletes the tasks' rows, which the older schema cannot hold, then puts the
NOT NULL back.
"""

from __future__ import annotations

from alembic import op

import relationdesk.models.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The table is WITHOUT ROWID; say so to the copy (SQLAlchemy reflects it only from 2.0.53).
_TABLE_OPTIONS = {"sqlite_with_rowid": False}


def upgrade() -> None:
    """Let a change belong to no customer (a task's)."""
    with op.batch_alter_table("changes", schema=None, table_kwargs=_TABLE_OPTIONS) as batch_op:
        batch_op.alter_column(
            "customer_id",
            existing_type=relationdesk.models.types.UUIDType(length=16),
            nullable=True,
        )


def downgrade() -> None:
    """Drop the tasks' changes and make ``customer_id`` required again."""
    op.execute("DELETE FROM changes WHERE customer_id IS NULL")
    with op.batch_alter_table("changes", schema=None, table_kwargs=_TABLE_OPTIONS) as batch_op:
        batch_op.alter_column(
            "customer_id",
            existing_type=relationdesk.models.types.UUIDType(length=16),
            nullable=False,
        )
