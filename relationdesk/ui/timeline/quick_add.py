"""The quick-add bar: log a note, call, visit, e-mail, LINE, purchase or reminder in one line.

Keyboard: Alt+1…Alt+7 pick the kind, the text field takes what happened, Enter adds.
A purchase takes an amount; a reminder takes when it is due, typed the way people say it
(15:30, 明日 10時, 30分後, 11/25 9:00; tomorrow 10:00 when left empty).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.normalize.when import InvalidWhen, parse_when
from relationdesk.services.errors import ValidationError
from relationdesk.services.timeline import PurchaseLineInput
from relationdesk.ui.field_errors import error_text
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.kinds import kind_icon, kind_name

QUICK_KINDS = ("note", "call", "visit", "email", "line", "purchase", "reminder")


def to_qdatetime(moment: datetime) -> QDateTime:
    """A Python instant as a local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(moment: QDateTime) -> datetime:
    """A QDateTime as an aware UTC instant."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), tz=UTC)


def tomorrow_ten(now: datetime) -> datetime:
    """10:00 tomorrow, local time: the default due time of a reminder."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(10), local.tzinfo)


class QuickAddBar(QWidget):
    """Adds an entry to the shown customer's timeline.

    Signals: ``added(str)`` with the kind after an entry was stored.
    """

    added = Signal(str)

    def __init__(
        self, timeline: Any, reminders: Any, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._reminders = reminders
        self._runner = runner
        self.customer_id: uuid.UUID | None = None
        self.kind = QComboBox(self)
        for number, kind in enumerate(QUICK_KINDS, start=1):
            self.kind.addItem(kind_icon(kind, 18), kind_name(kind), kind)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.choose(k))
        self.kind.setToolTip(self.tr("Kind of entry (Alt+1 … Alt+7)"))
        self.text = QLineEdit(self)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 100_000_000)
        self.amount.setSingleStep(100)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("¥ ")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(self.tr("When? e.g. 15:30, 明日 10時, 30分後"))
        self.due.setAccessibleName(self.tr("Due"))
        self.due.setMinimumWidth(260)
        self.due_hint = QLabel(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind)
        line.addWidget(self.text, 1)
        line.addWidget(self.amount)
        line.addWidget(self.add_button)
        # A reminder's due time goes under the text, so that neither field's example is
        # cut short in a narrow pane; what it was read as stands beside it.
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.due)
        when.addWidget(self.due_hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(line)
        column.addLayout(when)
        column.addWidget(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.text.returnPressed.connect(self.add)
        self.due.returnPressed.connect(self.add)
        self.due.textChanged.connect(self._show_due)
        self.amount.editingFinished.connect(self._amount_done)
        self.add_button.clicked.connect(lambda: self.add())
        self._kind_changed()

    def choose(self, kind: str) -> None:
        """Pick the kind of the next entry and put the cursor in the text."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text.setFocus()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.amount.setVisible(kind == "purchase")
        self.due.setVisible(kind == "reminder")
        self._show_due()
        placeholders = {
            "note": self.tr("Write a note…"),
            "call": self.tr("What was the call about?"),
            "visit": self.tr("What happened at the visit?"),
            "email": self.tr("Subject of the e-mail"),
            "line": self.tr("What was said on LINE?"),
            "purchase": self.tr("What did they buy?"),
            "reminder": self.tr("What to do, e.g. call back about the estimate"),
        }
        self.text.setPlaceholderText(placeholders[kind] + "  " + self.tr("(Enter adds)"))
        self.error.hide()

    def _amount_done(self) -> None:
        if self.amount.hasFocus():
            self.add(amount_given=True)

    def add(self, amount_given: bool = False) -> None:
        """Store the entry off the GUI thread; the fields clear once it is stored.

        A purchase of ¥0 is stored only when Enter is pressed in the amount field itself
        (a free sample, say); from the text field or the Add button, no amount yet means
        it was not typed: the cursor goes to the amount with a word under the bar.
        """
        customer_id = self.customer_id
        text = self.text.text().strip()
        kind = self.kind.currentData()
        if customer_id is None:
            return
        if not text:
            self._show_error(self.tr("Write what happened first."))
            self.text.setFocus()
            return
        now = utcnow()
        timeline, reminders = self._timeline, self._reminders
        if kind == "purchase":
            amount = self.amount.value()
            if amount == 0 and not amount_given:
                self._show_error(self.tr("How much was it? Type the amount, then Enter."))
                self.amount.setFocus()
                self.amount.selectAll()
                return

            def call() -> Any:
                return timeline.record_purchase(
                    customer_id, now, [PurchaseLineInput(text, amount)], now
                )
        elif kind == "reminder":
            due = self.due_time()
            if due is None:
                self._show_error(self.tr("When is it due? Try 15:30, 明日 10時 or 30分後."))
                self.due.setFocus()
                return

            def call() -> Any:
                return reminders.create(text, due, now, customer_id)
        else:
            subject, body = (text, "") if len(text) <= 120 else (text[:60] + "…", text)

            def call() -> Any:
                return timeline.log_interaction(customer_id, kind, now, now, subject, body)

        self.add_button.setEnabled(False)
        self._runner.submit(call, lambda _: self._stored(kind), self._failed, context=self)

    def due_time(self) -> datetime | None:
        """The reminder's due time as typed (None if unreadable); empty means tomorrow 10:00."""
        text = self.due.text().strip()
        now = utcnow().astimezone()
        if not text:
            return tomorrow_ten(now).astimezone(UTC)
        try:
            return parse_when(text, now).astimezone(UTC)
        except InvalidWhen:
            return None

    def _show_due(self) -> None:
        visible = self.kind.currentData() == "reminder"
        due = self.due_time() if visible else None
        if due is None:
            text = self.tr("Not a time yet") if visible else ""
        else:
            moment = QDateTime.fromSecsSinceEpoch(int(due.timestamp()))
            shown = QLocale().toString(moment, "ddd ") + QLocale().toString(
                moment, QLocale.FormatType.ShortFormat
            )
            text = self.tr("Due %1").replace("%1", shown)
        self.due_hint.setText(text)
        self.due_hint.setVisible(visible)

    def _stored(self, kind: str) -> None:
        self.add_button.setEnabled(True)
        self.due.clear()
        self.text.clear()
        self.amount.setValue(0)
        self.error.hide()
        self.text.setFocus()
        self.added.emit(kind)

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_error("  ".join(error_text(e) for e in error.errors))
        else:
            self._show_error(self.tr("Could not add: %1").replace("%1", str(error)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
