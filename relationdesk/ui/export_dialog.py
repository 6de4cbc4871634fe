"""File → Export Customers: what to export, in which format, to which file; progress and cancel."""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.exporting.cp932 import CharacterPolicy, UnencodableText
from relationdesk.exporting.formats import ExportFormat
from relationdesk.exporting.options import CsvEncoding, ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.services.errors import ExportCancelled
from relationdesk.services.exports import AllCustomers, ExportScope, SearchResults, Selection
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner

# (format, encoding) per choice of the format box.
_CHOICES = (
    ("csv-utf8", ExportFormat.CSV, CsvEncoding.UTF8, ".csv"),
    ("csv-cp932", ExportFormat.CSV, CsvEncoding.CP932, ".csv"),
    ("xlsx", ExportFormat.XLSX, CsvEncoding.UTF8, ".xlsx"),
    ("vcf", ExportFormat.VCF, CsvEncoding.UTF8, ".vcf"),
)


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (queued by Qt)."""

    moved = Signal(int, int)


def default_folder() -> Path:
    """Where exports go by default: Documents, else the home folder."""
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


class ExportDialog(QDialog):
    """Exports all customers, the current search's customers or the selected one.

    Signals: ``exported(str, int)`` with the file and the number of customers written.
    """

    exported = Signal(str, int)

    def __init__(
        self,
        exports: Any,
        runner: TaskRunner,
        search_text: str = "",
        selected: tuple[uuid.UUID, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Customers"))
        self._exports = exports
        self._runner = runner
        self._search = search_text.strip()
        self._selected = selected
        self._cancel = threading.Event()
        self._running = False
        self.all_button = QRadioButton(self.tr("All customers"), self)
        self.search_button = QRadioButton(
            self.tr("The customers found by “%1”").replace("%1", self._search), self
        )
        self.selected_button = QRadioButton(
            self.tr("Only %1").replace("%1", selected[1] if selected else ""), self
        )
        group = QButtonGroup(self)
        for button in (self.all_button, self.search_button, self.selected_button):
            group.addButton(button)
        self.search_button.setVisible(bool(self._search))
        self.selected_button.setVisible(selected is not None)
        self.all_button.setChecked(True)
        self.format = QComboBox(self)
        labels = {
            "csv-utf8": self.tr("CSV for Excel (UTF-8)"),
            "csv-cp932": self.tr("CSV in Shift_JIS (older Excel, other programs)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "vcf": self.tr("vCard for phones and mail programs (.vcf)"),
        }
        for key, *_ in _CHOICES:
            self.format.addItem(labels[key], key)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Japanese headers (姓, 名, フリガナ …)"), "ja")
        self.language.addItem(self.tr("English headers"), "en")
        ui_japanese = QLocale().language() == QLocale.Language.Japanese
        self.language.setCurrentIndex(0 if ui_japanese else 1)
        self.path = QLineEdit(self)
        self.path.setText(str(default_folder() / f"customers-{date.today():%Y%m%d}.csv"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        scope = QVBoxLayout()
        for button in (self.all_button, self.search_button, self.selected_button):
            scope.addWidget(button)
        form.addRow(self.tr("Export"), scope)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Columns"), self.language)
        form.addRow(self.tr("File"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)
        self.resize(620, 300)

    def scope(self) -> ExportScope:
        """The customers chosen."""
        if self.search_button.isChecked() and self._search:
            return SearchResults(self._search)
        if self.selected_button.isChecked() and self._selected is not None:
            return Selection((self._selected[0],))
        return AllCustomers()

    def _choice(self) -> tuple[str, ExportFormat, CsvEncoding, str]:
        key = self.format.currentData()
        return next(choice for choice in _CHOICES if choice[0] == key)

    def _format_changed(self) -> None:
        suffix = self._choice()[3]
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(suffix)))
        self.language.setEnabled(self._choice()[1] != ExportFormat.VCF)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*{self._choice()[3]}"
        )
        if chosen:
            self.path.setText(chosen)

    def start(self, policy: CharacterPolicy = CharacterPolicy.STRICT) -> None:
        """Write the file off the GUI thread, with progress; Cancel stops it."""
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a file to write."))
            return
        destination = Path(text).expanduser()
        _key, fmt, encoding, _suffix = self._choice()
        options = ExportOptions(
            language=self.language.currentData(),
            encoding=encoding,
            policy=policy,
            tz=datetime.now().astimezone().tzinfo or ExportOptions().tz,
        )
        exports, scope, cancel, relay = self._exports, self.scope(), self._cancel, self._relay
        cancel.clear()
        self._running = True
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Exporting…"))
        self._runner.submit(
            lambda: exports.export(
                destination,
                fmt,
                scope,
                options,
                progress=lambda done, total: relay.moved.emit(done, total),
                cancelled=cancel.is_set,
            ),
            lambda report: self._done(destination, report),
            self._failed,
            context=self,
        )

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.message.setText(
            self.tr("Exporting… %1 of %2")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )

    def cancel(self) -> None:
        """Stop a running export (nothing is left behind), or close the dialog."""
        if self._running:
            self._cancel.set()
            self.message.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _done(self, destination: Path, report: ExportReport) -> None:
        self._running = False
        text = self.tr("Exported %1 customer(s) to %2.").replace(
            "%1", QLocale().toString(report.customers)
        )
        text = text.replace("%2", str(destination))
        if report.unencodable_total:
            text += " " + self.tr(
                "%1 field(s) held characters Shift_JIS cannot: they were written as 〓."
            ).replace("%1", QLocale().toString(report.unencodable_total))
        self.exported.emit(text, report.customers)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.export_button.setEnabled(True)
        self.progress.hide()
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, UnencodableText):
            self._ask_replace(error.report)
        elif isinstance(error, OSError):
            self.message.setText(
                self.tr("Could not write the file: %1").replace("%1", error.strerror or str(error))
            )
        else:
            self.message.setText(self.tr("Could not export: %1").replace("%1", str(error)))

    def _ask_replace(self, report: ExportReport) -> None:
        first_given = given_name_first()
        examples = "、".join(
            f"{shown_name(item.customer_name, item.customer_given_first, first_given)}"
            f"（{item.header}: {item.characters}）"
            for item in report.unencodable[:3]
        )
        answer = QMessageBox.question(
            self,
            self.tr("Characters Shift_JIS cannot hold"),
            self.tr(
                "%1 field(s) hold characters that Shift_JIS cannot hold, for example %2. "
                "Write them as 〓? Choose No to keep the file unwritten (UTF-8 holds every "
                "character)."
            )
            .replace("%1", QLocale().toString(report.unencodable_total))
            .replace("%2", examples),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start(CharacterPolicy.REPLACE)
        else:
            self.message.setText(self.tr("Nothing was written."))
