"""Alembic environment: runs on the connection the app hands over, in batch mode for SQLite."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine, create_engine, event

from relationdesk.models import Base
from relationdesk.storage.engine import configure_connection

FTS_TABLES = ("customer_fts", "customer_grams")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the full-text virtual tables and their shadow tables out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run the migrations on the given connection, or on a new engine for the configured URL."""
    config = context.config
    connection = config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run(connection)
        return
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine
        engine = connection
    else:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        event.listen(engine, "connect", lambda dbapi, _record: configure_connection(dbapi))
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


run_migrations()
