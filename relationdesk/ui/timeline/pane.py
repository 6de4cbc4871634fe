"""The timeline pane: the quick-add bar over the customer's history, with edit and delete."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.services.timeline import TimelineEntry
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.entry_dialog import EntryDialog
from relationdesk.ui.timeline.model import TimelineModel
from relationdesk.ui.timeline.quick_add import QuickAddBar

# Stage changes are history (the change log); every other kind can be edited and deleted.
EDITABLE = frozenset(
    {"call", "visit", "meeting", "email", "line", "letter", "note", "feedback"}
    | {"purchase", "reminder"}
)


class TimelinePane(QWidget):
    """One customer's history, newest first, and the bar that adds to it.

    Enter (or double-click) edits the current entry, Del moves it to the trash with Undo.
    Signals: ``changed()`` after an entry was added, edited, deleted or restored (the
    customer's last contact and reminders may have moved).
    """

    changed = Signal()

    def __init__(self, services: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._deleted: TimelineEntry | None = None
        self.quick_add = QuickAddBar(services.timeline, services.reminders, runner, self)
        self.model = TimelineModel(services.timeline, runner, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setIconSize(QSize(28, 28))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(lambda index: self.edit_entry(index.row()))
        self.view.installEventFilter(self)
        self.empty = QLabel(self.tr("Nothing here yet. Add the first note or call above."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_entry(self.view.currentIndex().row()))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(
            lambda: self.delete_entry(self.view.currentIndex().row())
        )
        self.undo_label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_label.hide()
        self.undo_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_label, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quick_add)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.quick_add.added.connect(self._entry_added)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.show_customer(None)

    def _delete_current(self) -> None:
        self.delete_entry(self.view.currentIndex().row())

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Show this customer's history (None: nothing)."""
        self.quick_add.customer_id = customer_id
        self.quick_add.setEnabled(customer_id is not None)
        if customer_id != self.model.customer_id:
            self._forget_undo()
        self.model.show_customer(customer_id)
        self.empty.hide()
        self.view.show()

    def focus_quick_add(self) -> None:
        """Put the cursor in the quick-add bar's text (Log Activity, Ctrl+J)."""
        self.quick_add.text.setFocus()

    def _loaded(self) -> None:
        nothing = self.model.rowCount() == 0
        self.empty.setVisible(nothing)
        self.view.setVisible(not nothing)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.model.entry(self.view.currentIndex().row())
        can = entry is not None and entry.kind in EDITABLE
        self.edit_button.setEnabled(can)
        self.delete_button.setEnabled(can)

    def _entry_added(self, _kind: str) -> None:
        self.model.reload()
        self.changed.emit()

    def edit_entry(self, row: int) -> EntryDialog | None:
        """Open the editor of the entry on *row* (after reading what the feed leaves out)."""
        entry = self.model.entry(row)
        if entry is None or entry.kind not in EDITABLE:
            return None
        services = self._services
        if entry.kind == "purchase":
            self._runner.submit(
                lambda: services.timeline.purchase_lines(entry.id),
                lambda lines: self._open_editor(entry, lines, ""),
                context=self,
            )
        elif entry.kind == "reminder":
            self._runner.submit(
                lambda: services.reminders.get(entry.id),
                lambda item: self._open_editor(entry, (), item.recurrence),
                context=self,
            )
        else:
            return self._open_editor(entry, (), "")
        return None

    def _open_editor(self, entry: TimelineEntry, lines: Any, recurrence: str) -> EntryDialog:
        dialog = EntryDialog(entry, self._services, self._runner, tuple(lines), self)
        if recurrence:
            dialog.set_recurrence(recurrence)
        dialog.accepted.connect(self._entry_edited)
        dialog.open()
        self.editor = dialog
        return dialog

    def _entry_edited(self) -> None:
        self.model.reload()
        self.changed.emit()

    def delete_entry(self, row: int) -> None:
        """Move the entry on *row* to the trash; Undo brings it back."""
        entry = self.model.entry(row)
        if entry is None or entry.kind not in EDITABLE:
            return
        services, now = self._services, utcnow()
        if entry.kind == "reminder":

            def call() -> None:
                services.reminders.delete(entry.id, now)
        else:

            def call() -> None:
                services.timeline.delete_entry(entry.id, now)

        self._runner.submit(call, lambda _: self._entry_deleted(entry), context=self)

    def _entry_deleted(self, entry: TimelineEntry) -> None:
        self._deleted = entry
        self.undo_label.setText(self.tr("Entry deleted."))
        self.undo_label.show()
        self.undo_button.show()
        self.model.reload()
        self.changed.emit()

    def undo_delete(self) -> None:
        """Bring back the entry deleted last."""
        entry = self._deleted
        if entry is None:
            return
        services, now = self._services, utcnow()
        if entry.kind == "reminder":

            def call() -> None:
                services.reminders.restore(entry.id, now)
        else:

            def call() -> None:
                services.timeline.restore_entry(entry.id, now)

        self._runner.submit(call, lambda _: self._restored(), context=self)

    def _restored(self) -> None:
        self._forget_undo()
        self.model.reload()
        self.changed.emit()

    def _forget_undo(self) -> None:
        self._deleted = None
        self.undo_label.hide()
        self.undo_button.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del and Enter on the list act on the current entry (override)."""
        if watched is self.view and isinstance(event, QKeyEvent):
            is_delete = event.matches(QKeySequence.StandardKey.Delete)
            if event.type() == QEvent.Type.ShortcutOverride and is_delete:
                event.accept()  # the list's Del, not the window's Move to Trash
                return True
            if event.type() == QEvent.Type.KeyPress and is_delete:
                self.delete_entry(self.view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)
