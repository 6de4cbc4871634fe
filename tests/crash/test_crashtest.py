"""A few trials of the crash harness (``make crashtest`` runs 100), and proof it can fail."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "crashtest.py"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def load_tool():
    """Import tools/crashtest.py as a module."""
    spec = importlib.util.spec_from_file_location("crashtest", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crashtest"] = module
    spec.loader.exec_module(module)
    return module


def test_killed_writers_lose_nothing_committed(tmp_path):
    """Three writers killed at random moments: every acknowledged write is there, whole."""
    lines: list[str] = []
    failures = load_tool().run_trials(3, 7, tmp_path, 0.6, log=lines.append)
    assert failures == [], "\n".join(lines)
    assert lines[-1].startswith("3/3 trials passed")


def test_the_harness_catches_a_half_written_create(tmp_path, monkeypatch):
    """With creation split in two transactions on purpose, a kill between them is caught."""
    tool = load_tool()
    monkeypatch.setenv(tool.SABOTAGE, "1")
    lines: list[str] = []
    failures = tool.run_trials(15, 3, tmp_path, 0.5, log=lines.append)
    assert failures, "\n".join(lines)
    assert "search index" in failures[0] or "customers appeared" in failures[0]
