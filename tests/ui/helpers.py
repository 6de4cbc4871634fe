"""Helpers shared by the pytest-qt tests: data, waiting, typing, opening the window."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from relationdesk.services.customer_data import CustomerInput, PhoneInput
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.tasks import TaskRunner


def fill(app, now):
    """Three customers, one with a phone."""
    for family, given, reading in (
        ("山田", "太郎", "ヤマダ タロウ"),
        ("青木", "誠", "アオキ マコト"),
        ("Smith", "John", "スミス ジョン"),
    ):
        phones = (PhoneInput("090-1234-5678"),) if family == "山田" else ()
        app.customers.create(
            CustomerInput(family_name=family, given_name=given, reading=reading, phones=phones), now
        )


def settle(qtbot, runner: TaskRunner) -> None:
    """Wait until every submitted call has delivered its result on the GUI thread."""
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def type_text(widget, text: str) -> None:
    """Type (Japanese) text the way an input method commits it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_window(qtbot, app):
    """A loaded main window over *app*."""
    main = MainWindow(app)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.load()
        main.show()
    return main


def select_row(main, row: int) -> None:
    """Make *row* the current row of the customer table and give the table focus."""
    table = main.customers.table
    table.setFocus()
    table.setCurrentIndex(main.customers.model.index(row, 0))


def trigger(menu, *path: str) -> None:
    """Trigger the menu action found by following *path* through submenu titles."""
    for title in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text().startswith(title))
    next(a for a in menu.actions() if a.text() == path[-1]).trigger()


def open_for_reminders(qtbot, app):
    """A loaded main window, after its first look at the due reminders."""
    main = MainWindow(app)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        main.load()
        main.show()
    return main


class FakeClock:
    """A clock a test moves on by hand (``relationdesk.clock.use_clock``)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        """Move the clock on by *delta*."""
        self.now += delta


class TrayRecorder:
    """What the (patched) system tray was asked to do: shown icons and notifications."""

    def __init__(self) -> None:
        self.shown = 0
        self.messages: list[tuple[str, str]] = []


def answer_questions(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every ``QMessageBox.question`` with *button*; the list fills with their texts."""
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked
