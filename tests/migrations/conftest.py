"""pytest-alembic fixtures: the package's migrations on a temporary SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from relationdesk.migrations import alembic_config as make_config
from relationdesk.storage.engine import make_engine


@pytest.fixture
def alembic_config() -> object:
    """The Alembic configuration shipped in the package."""
    return make_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine over an empty SQLite file, with the app's connection settings."""
    engine = make_engine(tmp_path / "alembic.sqlite3", pool_size=1)
    yield engine
    engine.dispose()
