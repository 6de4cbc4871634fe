"""The command palette (Ctrl+K): run any action, or go to a customer, by typing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from relationdesk.normalize.kana import fold
from relationdesk.ui.names import shown_name
from relationdesk.ui.tasks import TaskRunner

CUSTOMER_LIMIT = 8
DELAY_MS = 150


class CommandPalette(QDialog):
    """A search line over the window's actions and the customers.

    Signals: ``customer_chosen(object, str)`` with a customer's id and name;
    ``results_shown()`` after the list was filled for the current text.
    """

    customer_chosen = Signal(object, str)
    results_shown = Signal()

    def __init__(
        self,
        actions: Iterable[QAction],
        search: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command Palette"))
        self._actions = [a for a in actions if a.isEnabled() and a.text()]
        self._search = search
        self._runner = runner
        self._generation = 0
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Type an action or a customer…"))
        self.results = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.results)
        self.resize(520, 360)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._refresh)
        self.line.textChanged.connect(self._timer.start)
        self.line.returnPressed.connect(self.run_current)
        self.results.itemActivated.connect(lambda _item: self.run_current())
        self.line.installEventFilter(self)
        self._refresh()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Up and Down in the line move through the results (QObject override)."""
        arrow = (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        )
        if arrow:
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def run_current(self) -> None:
        """Run the chosen action, or go to the chosen customer, and close."""
        item = self.results.currentItem()
        if item is None:
            return
        target = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(target, QAction):
            target.trigger()
        else:
            customer_id, name = target
            self.customer_chosen.emit(customer_id, name)

    def _refresh(self) -> None:
        text = self.line.text().strip()
        key = fold(text)
        matching = [a for a in self._actions if key in fold(a.text().replace("&", ""))]
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, matching, [])
            return
        search = self._search
        self._runner.submit(
            lambda: search.search(text, limit=CUSTOMER_LIMIT),
            lambda hits: self._show(generation, matching, hits),
            context=self,
        )

    def _show(self, generation: int, actions: list[QAction], hits: list[Any]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for action in actions:
            label = action.text().replace("&", "")
            shortcut = action.shortcut().toString()
            item = QListWidgetItem(f"{label}    {shortcut}" if shortcut else label)
            item.setData(Qt.ItemDataRole.UserRole, action)
            self.results.addItem(item)
        for hit in hits:
            detail = " · ".join(part for part in (hit.reading, hit.company) if part)
            item = QListWidgetItem(f"{shown_name(hit.name, hit.given_first)}    {detail}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.name))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results_shown.emit()
