"""Editing one timeline entry: an interaction, a purchase with its lines, or a reminder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.models import Direction, InteractionKind, Recurrence
from relationdesk.services.errors import ValidationError
from relationdesk.services.timeline import PurchaseLineInput, TimelineEntry
from relationdesk.ui.field_errors import error_text
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.kinds import kind_icon, kind_name
from relationdesk.ui.timeline.quick_add import from_qdatetime, to_qdatetime


def recurrence_labels() -> list[tuple[str, str]]:
    """How often a reminder repeats, in the user's language."""
    return [
        (Recurrence.NONE.value, QCoreApplication.translate("EntryDialog", "Once")),
        (Recurrence.DAILY.value, QCoreApplication.translate("EntryDialog", "Every day")),
        (Recurrence.WEEKLY.value, QCoreApplication.translate("EntryDialog", "Every week")),
        (Recurrence.MONTHLY.value, QCoreApplication.translate("EntryDialog", "Every month")),
        (Recurrence.YEARLY.value, QCoreApplication.translate("EntryDialog", "Every year")),
    ]


def direction_labels() -> list[tuple[str, str]]:
    """Who started a touchpoint, in the user's language."""
    return [
        (Direction.NONE.value, QCoreApplication.translate("EntryDialog", "—")),
        (Direction.INBOUND.value, QCoreApplication.translate("EntryDialog", "From the customer")),
        (Direction.OUTBOUND.value, QCoreApplication.translate("EntryDialog", "From us")),
    ]


class EntryDialog(QDialog):
    """Edits an entry; OK saves it off the GUI thread and closes when it is stored.

    ``lines`` are the purchase's lines (for a purchase), read by the caller beforehand.
    """

    def __init__(
        self,
        entry: TimelineEntry,
        services: Any,
        runner: TaskRunner,
        lines: tuple[PurchaseLineInput, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self._services = services
        self._runner = runner
        self.setWindowTitle(self.tr("Edit %1").replace("%1", kind_name(entry.kind)))
        self.when = QDateTimeEdit(to_qdatetime(entry.at), self)
        self.when.setCalendarPopup(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.direction = QComboBox(self)
        self.subject = QLineEdit(entry.subject, self)
        self.body = QPlainTextEdit(entry.body, self)
        self.body.setTabChangesFocus(True)
        self.outcome = QLineEdit(entry.outcome, self)
        self.recurrence = QComboBox(self)
        self.lines = QTableWidget(0, 3, self)
        if entry.kind == "purchase":
            form.addRow(self.tr("When"), self.when)
            self.lines.setHorizontalHeaderLabels(
                [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price")]
            )
            self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for line in lines:
                self._add_line(line)
            add = QPushButton(self.tr("Add line"), self)
            add.clicked.connect(lambda: self._add_line(PurchaseLineInput("", 0)))
            remove = QPushButton(self.tr("Remove line"), self)
            remove.clicked.connect(lambda: self.lines.removeRow(self.lines.currentRow()))
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            box = QVBoxLayout()
            box.addWidget(self.lines)
            box.addLayout(buttons)
            form.addRow(self.tr("Lines"), box)
            form.addRow(self.tr("Note"), self.body)
        elif entry.kind == "reminder":
            form.addRow(self.tr("Due"), self.when)
            form.addRow(self.tr("What to do"), self.subject)
            for value, label in recurrence_labels():
                self.recurrence.addItem(label, value)
            form.addRow(self.tr("Repeats"), self.recurrence)
            form.addRow(self.tr("Note"), self.body)
        else:
            for kind in InteractionKind:
                self.kind.addItem(kind_icon(kind, 18), kind_name(kind), str(kind))
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
            for direction, label in direction_labels():
                self.direction.addItem(label, direction)
            self.direction.setCurrentIndex(max(0, self.direction.findData(entry.direction)))
            form.addRow(self.tr("Kind"), self.kind)
            form.addRow(self.tr("When"), self.when)
            form.addRow(self.tr("Who started it"), self.direction)
            form.addRow(self.tr("Subject"), self.subject)
            form.addRow(self.tr("Details"), self.body)
            form.addRow(self.tr("Outcome"), self.outcome)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420 if entry.kind == "purchase" else 360)

    def set_recurrence(self, recurrence: str) -> None:
        """Show the reminder's recurrence (the feed does not carry it)."""
        self.recurrence.setCurrentIndex(max(0, self.recurrence.findData(recurrence)))

    def _add_line(self, line: PurchaseLineInput) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        self.lines.setItem(row, 0, QTableWidgetItem(line.product))
        self.lines.setItem(row, 1, QTableWidgetItem(str(line.quantity)))
        self.lines.setItem(row, 2, QTableWidgetItem(str(line.unit_price_minor)))

    def purchase_lines(self) -> list[PurchaseLineInput] | None:
        """The lines as typed, or None (with a message shown) when a number is not one."""
        found = []
        for row in range(self.lines.rowCount()):
            cells = [self.lines.item(row, c) for c in range(3)]
            product, quantity, price = (cell.text().strip() if cell else "" for cell in cells)
            if not product and not price:
                continue
            try:
                found.append(
                    PurchaseLineInput(product, int(price.replace(",", "")), int(quantity or "1"))
                )
            except ValueError:
                self._show_error(
                    self.tr("Line %1: quantity and price must be whole numbers.").replace(
                        "%1", str(row + 1)
                    )
                )
                return None
        return found

    def save(self) -> None:
        """Store the edit off the GUI thread; close when stored, or show what is wrong."""
        entry, services, now = self.entry, self._services, utcnow()
        at = from_qdatetime(self.when.dateTime())
        subject, body, outcome = self.subject.text(), self.body.toPlainText(), self.outcome.text()
        if entry.kind == "purchase":
            lines = self.purchase_lines()
            if lines is None:
                return

            def call() -> Any:
                return services.timeline.update_purchase(
                    entry.id, at, lines, now, entry.currency or "JPY", body
                )
        elif entry.kind == "reminder":
            recurrence = self.recurrence.currentData()

            def call() -> Any:
                return services.reminders.update(entry.id, subject, at, now, body, recurrence)
        else:
            kind, direction = self.kind.currentData(), self.direction.currentData()

            def call() -> Any:
                return services.timeline.update_interaction(
                    entry.id, kind, at, now, subject, body, outcome, direction
                )

        self.buttons.setEnabled(False)
        self._runner.submit(call, lambda _: self.accept(), self._failed, context=self)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_error("  ".join(error_text(e) for e in error.errors))
        else:
            self._show_error(self.tr("Could not save: %1").replace("%1", str(error)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
