"""Shared fixtures: a real SQLite file in a temp folder, the services over it, a fixed clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RELATIONDESK_LANG"] = "en"

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from relationdesk.app import App, open_app

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture(autouse=True)
def login_entries_in_tmp(tmp_path_factory, monkeypatch):
    """Start-at-login entries go to a temporary XDG config folder, never the real ~/.config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def now() -> datetime:
    """A fixed 'now' (services take the time as an argument)."""
    return NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    return tmp_path / "data"


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    """An open data folder with a freshly migrated database and its services (Tokyo time)."""
    opened = open_app(data_dir, NOW, tz=TOKYO)
    yield opened
    opened.close()
