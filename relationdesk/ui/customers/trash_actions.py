"""Moving customers to the trash, Undo, the trash view and restoring from it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from relationdesk.clock import utcnow
from relationdesk.ui.customers.list_pane import CustomerListPane
from relationdesk.ui.tasks import TaskRunner

UNDO_SECONDS = 20


class TrashActions(QObject):
    """The actions Move to Trash (Del), Undo (Ctrl+Z), Restore (Ctrl+R) and View > Trash.

    Service calls run off the GUI thread; the list pane reloads in place afterwards. The
    window puts the actions in its menus and the status label and Undo button in its
    status bar. ``restore_other``, when it returns True, has taken Restore on itself (the
    trash view's timeline entries tab).
    """

    def __init__(
        self, customers: Any, pane: CustomerListPane, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._pane = pane
        self.runner = runner
        self.restore_other: Callable[[], bool] = lambda: False
        self._undo: tuple[uuid.UUID, str] | None = None
        self._build_status(parent)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)
        self._build_actions()

    def _build_actions(self) -> None:
        self.trash_action = QAction(self.tr("Move to &Trash"), self)
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.triggered.connect(self.move_to_trash)
        self.undo_action = QAction(self.tr("&Undo Move to Trash"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.restore_action = QAction(self.tr("&Restore from Trash"), self)
        self.restore_action.setShortcut(QKeySequence("Ctrl+R"))
        self.restore_action.triggered.connect(self.restore_selected)
        self.show_trash_action = QAction(self.tr("&Trash"), self)
        self.show_trash_action.setCheckable(True)
        self.show_trash_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.show_trash_action.toggled.connect(self._trash_toggled)
        self._trash_toggled(False)

    def _build_status(self, parent: QWidget) -> None:
        self.status_label = QLabel(parent)
        self.undo_button = QPushButton(self.tr("Undo"), parent)
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo)

    @property
    def pane(self) -> CustomerListPane:
        """The customer list pane the actions work on."""
        return self._pane

    def move_to_trash(self) -> None:
        """Move the selected customer to the trash; Undo brings it back."""
        chosen = self._pane.selected()
        if chosen is None or self._pane.trash_mode:
            return
        customer_id, name = chosen[0], self._pane.shown_name() or chosen[1]
        customers = self._customers
        self.runner.submit(
            lambda: customers.delete(customer_id, utcnow()),
            lambda _none: self._trashed(customer_id, name),
            self._failed,
            context=self,
        )

    def _trashed(self, customer_id: uuid.UUID, name: str) -> None:
        self._undo = (customer_id, name)
        self.status_label.setText(self.tr("Moved %1 to the trash.").replace("%1", name))
        self.undo_button.setVisible(True)
        self.undo_action.setEnabled(True)
        self._undo_timer.start()
        self._pane.refresh()

    def undo(self) -> None:
        """Bring back the customer last moved to the trash."""
        if self._undo is None:
            return
        customer_id, name = self._undo
        self._forget_undo()
        self._restore(customer_id, name)

    def restore_selected(self) -> None:
        """In the trash, bring the selected customer (or timeline entry) back."""
        if self.restore_other():
            return
        chosen = self._pane.selected()
        if chosen is not None and self._pane.trash_mode:
            self._restore(chosen[0], self._pane.shown_name() or chosen[1])

    def _restore(self, customer_id: uuid.UUID, name: str) -> None:
        customers = self._customers
        self.runner.submit(
            lambda: customers.restore(customer_id, utcnow()),
            lambda _detail: self._restored(name),
            self._failed,
            context=self,
        )

    def _restored(self, name: str) -> None:
        self.status_label.setText(self.tr("Restored %1.").replace("%1", name))
        self._pane.refresh()

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_button.setVisible(False)
        self.undo_action.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("That customer was changed elsewhere; the list has been reloaded.")
        )
        self._pane.refresh()

    def _trash_toggled(self, on: bool) -> None:
        self._pane.show_trash(on)
        self.trash_action.setEnabled(not on)
        self.restore_action.setEnabled(on)
