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


@pytest.fixture
def clock():
    """The app's clock held still at the current time; ``clock.advance()`` moves it on."""
    from relationdesk.clock import use_clock, utcnow
    from tests.ui.helpers import FakeClock

    fake = FakeClock(utcnow().replace(microsecond=0))
    with use_clock(fake):
        yield fake


@pytest.fixture
def tray(monkeypatch):
    """A system tray, as on a desktop (offscreen has none): the real ReminderTray is
    built; what it shows and the notifications it raises are recorded, not shown."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from tests.ui.helpers import TrayRecorder

    recorder = TrayRecorder()

    def show(icon):
        recorder.shown += 1

    def show_message(icon, title, text, *args, **kwargs):
        recorder.messages.append((title, text))

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", show)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", show_message)
    return recorder


@pytest.fixture
def quits(monkeypatch):
    """Calls of QApplication.quit (recorded instead of ending the test's event loop)."""
    from PySide6.QtWidgets import QApplication

    calls: list[int] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: calls.append(1)))
    return calls
