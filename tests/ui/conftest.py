"""Fixtures of the pytest-qt tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal question nobody answers would hang the run: fail instead.

    A test that expects a dialog replaces these with its own answers.
    """

    def unexpected(box_or_parent, *args, **kwargs):
        text = box_or_parent.text() if isinstance(box_or_parent, QMessageBox) else args[1]
        raise AssertionError(f"unexpected dialog: {text}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(autouse=True)
def english_locale():
    """Dates, numbers and yen as an English (US) user sees them; restored afterwards."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)
