"""The History tab (変更履歴) of the customer panel: who changed which field, when, how.

A change of the profile shows its field ("Note"); one of a timeline entry or a reminder
says which record too ("Activity: Subject"); values read as in the rest of the window
(local times, yes/no, the names of stages, kinds and channels)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.services.change_fields import IN_TRASH, TIME_FIELDS
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.history import HistoryEntry, HistoryFormat
from relationdesk.services.unit_of_work import DatabaseClosed
from relationdesk.ui.customers.list_pane import stage_labels
from relationdesk.ui.customers.profile_editor import channel_labels, kind_labels
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.entry_dialog import direction_labels, recurrence_labels
from relationdesk.ui.timeline.kinds import kind_name
from relationdesk.ui.timeline.model import money_text


def field_names() -> dict[str, str]:
    """The change log's field names as the user reads them."""
    return {
        "kind": QCoreApplication.translate("HistoryTab", "Kind"),
        "family_name": QCoreApplication.translate("HistoryTab", "Family name"),
        "given_name": QCoreApplication.translate("HistoryTab", "Given name"),
        "display_name": QCoreApplication.translate("HistoryTab", "Display name"),
        "reading": QCoreApplication.translate("HistoryTab", "Reading"),
        "honorific": QCoreApplication.translate("HistoryTab", "Honorific"),
        "company": QCoreApplication.translate("HistoryTab", "Company"),
        "title": QCoreApplication.translate("HistoryTab", "Job title"),
        "birthday": QCoreApplication.translate("HistoryTab", "Birthday"),
        "stage": QCoreApplication.translate("HistoryTab", "Stage"),
        "source": QCoreApplication.translate("HistoryTab", "Source"),
        "preferred_channel": QCoreApplication.translate("HistoryTab", "Preferred contact"),
        "consent_dm": QCoreApplication.translate("HistoryTab", "Direct mail consent"),
        "consent_email": QCoreApplication.translate("HistoryTab", "E-mail consent"),
        "consent_line": QCoreApplication.translate("HistoryTab", "LINE consent"),
        "line_id": QCoreApplication.translate("HistoryTab", "LINE ID"),
        "note": QCoreApplication.translate("HistoryTab", "Note"),
        "tags": QCoreApplication.translate("HistoryTab", "Tags"),
        "phones": QCoreApplication.translate("HistoryTab", "Phone numbers"),
        "emails": QCoreApplication.translate("HistoryTab", "E-mail addresses"),
        "addresses": QCoreApplication.translate("HistoryTab", "Addresses"),
        IN_TRASH: QCoreApplication.translate("HistoryTab", "In the trash"),
    }


def record_names() -> dict[str, str]:
    """The records a customer's history holds besides the profile."""
    return {
        "interaction": QCoreApplication.translate("HistoryTab", "Activity"),
        "purchase": QCoreApplication.translate("HistoryTab", "Purchase"),
        "reminder": QCoreApplication.translate("HistoryTab", "Reminder"),
    }


def entry_field_names() -> dict[tuple[str, str], str]:
    """The fields of timeline entries and reminders as the user reads them."""
    return {
        ("interaction", "kind"): QCoreApplication.translate("HistoryTab", "Kind"),
        ("interaction", "direction"): QCoreApplication.translate("HistoryTab", "Who started it"),
        ("interaction", "occurred_at"): QCoreApplication.translate("HistoryTab", "When"),
        ("interaction", "subject"): QCoreApplication.translate("HistoryTab", "Subject"),
        ("interaction", "body"): QCoreApplication.translate("HistoryTab", "Details"),
        ("interaction", "outcome"): QCoreApplication.translate("HistoryTab", "Outcome"),
        ("purchase", "purchased_at"): QCoreApplication.translate("HistoryTab", "When"),
        ("purchase", "lines"): QCoreApplication.translate("HistoryTab", "Lines"),
        ("purchase", "total"): QCoreApplication.translate("HistoryTab", "Total"),
        ("purchase", "note"): QCoreApplication.translate("HistoryTab", "Note"),
        ("reminder", "title"): QCoreApplication.translate("HistoryTab", "What to do"),
        ("reminder", "due_at"): QCoreApplication.translate("HistoryTab", "Due"),
        ("reminder", "recurrence"): QCoreApplication.translate("HistoryTab", "Repeats"),
        ("reminder", "note"): QCoreApplication.translate("HistoryTab", "Note"),
        ("reminder", "snoozed_until"): QCoreApplication.translate("HistoryTab", "Snoozed until"),
        ("reminder", "done_at"): QCoreApplication.translate("HistoryTab", "Done"),
    }


def field_label(record_type: str, field: str) -> str:
    """A change's field as the user reads it: "Note" for the profile's, "Activity: Subject"
    for a timeline entry's or a reminder's."""
    if record_type == "customer":
        return field_names().get(field, field)
    name = entry_field_names().get((record_type, field)) or field_names().get(field, field)
    record = record_names().get(record_type, record_type)
    return (
        QCoreApplication.translate("HistoryTab", "%1: %2").replace("%1", record).replace("%2", name)
    )


def value_text(record_type: str, field: str, value: str) -> str:
    """A logged value as the user reads it: instants in local time, flags as yes or no,
    codes (stage, kind, channel, recurrence ...) by their names; text as it is."""
    if not value:
        return ""
    if field in TIME_FIELDS:
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    if field in _FLAGS:
        yes = QCoreApplication.translate("HistoryTab", "Yes")
        no = QCoreApplication.translate("HistoryTab", "No")
        return {"1": yes, "0": no}.get(value, value)
    if field == "total":
        amount, _, currency = value.partition(" ")
        return money_text(int(amount), currency) if amount.lstrip("-").isdigit() else value
    if record_type == "interaction" and field == "kind":
        return kind_name(value)
    labels: dict[str, str] = {}
    if record_type == "customer" and field == "kind":
        labels = dict(kind_labels())
    elif field == "stage":
        labels = dict(stage_labels())
    elif field == "preferred_channel":
        labels = dict(channel_labels())
    elif field == "direction":
        labels = dict(direction_labels())
    elif field == "recurrence":
        labels = dict(recurrence_labels())
    return labels.get(value, value)


_FLAGS = frozenset({IN_TRASH, "consent_dm", "consent_email", "consent_line"})


class HistoryTab(QWidget):
    """Lists ``history.history(customer_id)``, newest first, read off the GUI thread.

    Signals: ``loaded(int)`` with the number of changes shown; ``exported(int)`` with the
    number of changes written by Export….
    """

    loaded = Signal(int)
    exported = Signal(int)

    def __init__(self, history: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._runner = runner
        self._generation = 0
        self.customer_id: uuid.UUID | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Field"),
                self.tr("From"),
                self.tr("To"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addStretch(0)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Show a customer's changes (None: nothing)."""
        self._generation += 1
        self.customer_id = customer_id
        if customer_id is None:
            self._fill([])
            return
        self.reload()

    def reload(self) -> None:
        """Read the shown customer's changes again."""
        if self.customer_id is None:
            return
        self._generation += 1
        generation, history, customer_id = self._generation, self._history, self.customer_id
        self._runner.submit(
            lambda: history.history(customer_id),
            lambda entries: self._arrived(generation, entries),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _arrived(self, generation: int, entries: list[HistoryEntry]) -> None:
        if generation == self._generation:
            self._fill(entries)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, CustomerNotFound):
            self._fill([])
            return
        if isinstance(error, DatabaseClosed):
            return  # closing, or a restore: the views are reloaded after it (as tasks.py)
        raise error

    def _fill(self, entries: list[HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = entry.record_type
            for column, text in enumerate(
                (
                    when,
                    entry.actor,
                    field_label(kind, entry.field),
                    value_text(kind, entry.field, entry.old_value),
                    value_text(kind, entry.field, entry.new_value),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not entries)
        self.export_button.setEnabled(bool(entries))
        self.loaded.emit(len(entries))

    def export(self) -> None:
        """Write the shown customer's history to a CSV or JSON file the user names."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        csv_filter, json_filter = self.tr("CSV (*.csv)"), self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Change History"),
            str(Path.home() / f"history-{str(customer_id)[:8]}.csv"),
            f"{csv_filter};;{json_filter}",
        )
        if not name:
            return
        target = Path(name)
        fmt = (
            HistoryFormat.JSON
            if chosen == json_filter or target.suffix.lower() == ".json"
            else HistoryFormat.CSV
        )
        if target.suffix.lower() != f".{fmt.value}":
            target = target.with_name(f"{target.name}.{fmt.value}")
        language = "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
        tz = datetime.now().astimezone().tzinfo
        history = self._history
        self._runner.submit(
            lambda: history.export(customer_id, target, fmt, utcnow(), language, tz),
            self.exported.emit,
            self._export_failed,
            context=self,
        )

    def _export_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Export Change History"),
            self.tr("Could not export: %1").replace("%1", str(error)),
        )
