"""The History tab (変更履歴) of the customer panel: who changed which field, when, how."""

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
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.history import HistoryEntry, HistoryFormat
from relationdesk.ui.tasks import TaskRunner


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
    }


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
        raise error

    def _fill(self, entries: list[HistoryEntry]) -> None:
        names = field_names()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            field = names.get(entry.field, entry.field)
            for column, text in enumerate(
                (when, entry.actor, field, entry.old_value, entry.new_value)
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
