"""Alembic environment: runs on the connection the app hands over, in batch mode for SQLite."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from relationdesk.models import Base
from relationdesk.storage.engine import configure_connection

FTS_TABLES = ("customer_fts", "customer_grams")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the full-text virtual tables and their shadow tables out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


def run_migrations() -> None:
    """Run the migrations on the given connection, or on a new engine for the configured URL."""
    config = context.config
    connection = config.attributes.get("connection")
    options = dict(
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    if connection is not None:
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        configure_connection(conn.connection.dbapi_connection)  # type: ignore[arg-type]
        context.configure(connection=conn, **options)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
