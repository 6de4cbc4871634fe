"""File → Import Contacts: choose a file, check its columns, preview, import, undo.

Every step that reads the file or the database runs off the GUI thread; the preview and
the import show progress and can be cancelled (nothing is written then).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.importing.errors import ImportFileError
from relationdesk.importing.fields import Field
from relationdesk.importing.mapping import ColumnTarget
from relationdesk.importing.readers import FileFormat
from relationdesk.services.errors import ImportCancelled
from relationdesk.services.import_data import (
    DuplicatePolicy,
    FileInfo,
    ImportOptions,
    ImportPreview,
    ImportResult,
)
from relationdesk.ui.imports.labels import (
    action_label,
    field_labels,
    file_error_text,
    problem_text,
)
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner

FILE, COLUMNS, PREVIEW, DONE = range(4)
FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard"


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    moved = Signal(int, int)


class ImportWizard(QDialog):
    """The import, step by step. Signals: ``imported(ImportResult)`` after a committed
    import; ``undone()`` after the user undid it from the last page."""

    imported = Signal(object)
    undone = Signal()

    def __init__(
        self,
        imports: Any,
        runner: TaskRunner,
        path: str = "",
        parent: QWidget | None = None,
        backups: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts"))
        self._imports = imports
        self._backups = backups
        self._runner = runner
        self._info: FileInfo | None = None
        self._mapping: Any = None
        self._preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self._cancel = threading.Event()
        self._busy = False
        self._generation = 0
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page(path))
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(860, 600)
        self._show_page(FILE)

    # -- pages -------------------------------------------------------------------------

    def _file_page(self, path: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Import customers from a CSV file (Excel, Google Contacts, Outlook; UTF-8 or "
                "Shift_JIS), an Excel workbook or vCards from a phone. Nothing is stored "
                "until you have seen the preview, and an import can be undone."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(path, page)
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.encoding = QComboBox(page)
        self.encoding.addItem(self.tr("Detect"), None)
        self.encoding.addItem("UTF-8", "utf-8")
        self.encoding.addItem(self.tr("Shift_JIS (Windows, Excel)"), "cp932")
        self.sheet = QComboBox(page)
        self.sheet.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Characters (CSV)"), self.encoding)
        form.addRow(self.tr("Sheet (Excel)"), self.sheet)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.columns_note = QLabel(page)
        self.columns_note.setWordWrap(True)
        self.columns = QTableWidget(0, 3, page)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Import as")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        column = QVBoxLayout(page)
        column.addWidget(self.columns_note)
        column.addWidget(self.columns, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.merge_button = QRadioButton(
            self.tr("Merge: fill in what the existing customer lacks (recommended)"), page
        )
        self.skip_button = QRadioButton(self.tr("Skip: leave the existing customer alone"), page)
        self.create_button = QRadioButton(self.tr("Create: add a new customer anyway"), page)
        self.merge_button.setChecked(True)
        self._policies = QButtonGroup(page)
        for button, policy in (
            (self.merge_button, DuplicatePolicy.MERGE),
            (self.skip_button, DuplicatePolicy.SKIP),
            (self.create_button, DuplicatePolicy.CREATE),
        ):
            self._policies.addButton(button)
            button.toggled.connect(lambda on, p=policy: self._policy_changed(on, p))
        self.counts = QLabel(page)
        self.counts.setWordWrap(True)
        self.rows = QTableWidget(0, 6, page)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("What happens"),
                self.tr("Name"),
                self.tr("Reading"),
                self.tr("Phone / e-mail"),
                self.tr("Same customer as"),
            ]
        )
        self.rows.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.problems = QTableWidget(0, 4, page)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem"), self.tr("Value")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("When a row is a customer you already have:"), page))
        for button in (self.merge_button, self.skip_button, self.create_button):
            column.addWidget(button)
        column.addWidget(self.counts)
        column.addWidget(self.rows, 3)
        column.addWidget(QLabel(self.tr("Problems (they never stop the import):"), page))
        column.addWidget(self.problems, 2)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo This Import"), page)
        self.undo_button.clicked.connect(self.undo)
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        line = QHBoxLayout()
        line.addWidget(self.undo_button)
        line.addStretch(1)
        column.addLayout(line)
        column.addStretch(1)
        return page

    # -- navigation --------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index in (COLUMNS, PREVIEW) and not self._busy)
        self.next_button.setVisible(index != DONE)
        self.next_button.setText(self.tr("Import") if index == PREVIEW else self.tr("Next >"))
        self.next_button.setEnabled(not self._busy and (index != PREVIEW or self._preview_ok()))
        self.cancel_button.setText(self.tr("Close") if index == DONE else self.tr("Cancel"))

    def _preview_ok(self) -> bool:
        return self._preview is not None and self._preview.counts.read > 0

    def back(self) -> None:
        """One step back (from the preview to the columns, or the file)."""
        index = self.pages.currentIndex()
        if index == PREVIEW and self._mapping is None:
            self._show_page(FILE)
        elif index > FILE:
            self._show_page(index - 1)
        self.message.clear()

    def next(self) -> None:
        """The next step: read the file, then preview, then import."""
        index = self.pages.currentIndex()
        if index == FILE:
            self._inspect()
        elif index == COLUMNS:
            self._show_page(PREVIEW)
            self.check()
        elif index == PREVIEW:
            self._run()

    def cancel(self) -> None:
        """Stop the running step (nothing is written), or close."""
        if self._busy:
            self._cancel.set()
            self.message.setText(self.tr("Cancelling…"))
        elif self.pages.currentIndex() == DONE:
            self.accept()
        else:
            self.reject()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            self.path.text(),
            self.tr("Contacts (%1)").replace("%1", FILTER),
        )
        if chosen:
            self.path.setText(chosen)

    def options(self) -> ImportOptions:
        """The reading options, mapping and duplicate policy chosen so far."""
        policy = DuplicatePolicy.MERGE
        if self.skip_button.isChecked():
            policy = DuplicatePolicy.SKIP
        elif self.create_button.isChecked():
            policy = DuplicatePolicy.CREATE
        return ImportOptions(
            sheet=self.sheet.currentText() or None if self.sheet.isEnabled() else None,
            encoding=self.encoding.currentData(),
            mapping=self._mapping,
            on_duplicate=policy,
        )

    # -- the steps ---------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self._busy = True
        self._cancel.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(text)
        self._show_page(self.pages.currentIndex())

    def _stop(self) -> None:
        self._busy = False
        self.progress.hide()
        self._show_page(self.pages.currentIndex())

    def _moved(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _inspect(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a file first."))
            return
        path = Path(text).expanduser()
        imports = self._imports
        options = ImportOptions(
            sheet=self.sheet.currentText() or None if self.sheet.isEnabled() else None,
            encoding=self.encoding.currentData(),
        )
        self._start(self.tr("Reading the file…"))
        self._runner.submit(
            lambda: imports.inspect(path, options), self._inspected, self._failed, context=self
        )

    def _inspected(self, info: FileInfo) -> None:
        self._stop()
        self._info = info
        self._mapping = info.mapping
        self._preview = None
        self.message.clear()
        if info.sheets:
            current = self.sheet.currentText()
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems(list(info.sheets))
            self.sheet.setCurrentText(current or info.sheets[0])
            self.sheet.setEnabled(len(info.sheets) > 1)
            self.sheet.blockSignals(False)
        if info.format == FileFormat.VCARD or info.mapping is None:
            self._show_page(PREVIEW)
            self.check()
            return
        self._fill_columns(info)
        self._show_page(COLUMNS)

    def _fill_columns(self, info: FileInfo) -> None:
        mapping = info.mapping
        assert mapping is not None
        self.columns_note.setText(
            self.tr("The columns as you set them last time for files like this one.")
            if info.remembered
            else self.tr("Check where each column goes; the guesses come from the headers.")
        )
        self.columns.setRowCount(len(info.headers))
        labels = field_labels()
        for row, header in enumerate(info.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            values = [sample[row] for sample in info.sample if row < len(sample) and sample[row]]
            self.columns.setItem(row, 1, QTableWidgetItem("、".join(values[:3])))
            box = QComboBox(self.columns)
            for field, label in labels:
                box.addItem(label, field)
            box.setCurrentIndex(max(0, box.findData(mapping.targets[row].field)))
            box.currentIndexChanged.connect(lambda _i, r=row, b=box: self._target_changed(r, b))
            self.columns.setCellWidget(row, 2, box)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 230)

    def _target_changed(self, row: int, box: QComboBox) -> None:
        current = self._mapping.targets[row]
        self._mapping = self._mapping.with_target(
            row, ColumnTarget(Field(box.currentData()), current.group)
        )
        self._preview = None

    def _policy_changed(self, on: bool, _policy: DuplicatePolicy) -> None:
        if on and self.pages.currentIndex() == PREVIEW and self._info is not None:
            self.check()

    def check(self) -> None:
        """Preview the whole import against the database (nothing is written)."""
        if self._info is None or self._busy:
            return
        imports, path, options = self._imports, self._info.path, self.options()
        relay, cancel, now = self._relay, self._cancel, utcnow()
        self._generation += 1
        generation = self._generation
        self._preview = None
        self._start(self.tr("Checking every row…"))
        self._runner.submit(
            lambda: imports.preview(
                path,
                options,
                now,
                progress=lambda done, total: relay.moved.emit(done, total),
                cancelled=cancel.is_set,
            ),
            lambda preview: self._previewed(generation, preview),
            self._failed,
            context=self,
        )

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return
        self._stop()
        self._preview = preview
        counts = preview.counts
        locale = QLocale()
        self.counts.setText(
            self.tr(
                "%1 rows read: %2 new, %3 merged, %4 skipped, %5 new despite a duplicate, "
                "%6 not imported."
            )
            .replace("%1", locale.toString(counts.read))
            .replace("%2", locale.toString(counts.new))
            .replace("%3", locale.toString(counts.merged))
            .replace("%4", locale.toString(counts.skipped))
            .replace("%5", locale.toString(counts.created_anyway))
            .replace("%6", locale.toString(counts.rejected))
        )
        self.rows.setRowCount(len(preview.rows))
        first_given = given_name_first()
        for row, item in enumerate(preview.rows):
            values = item.values
            contact = "、".join((values.phones + values.emails)[:3]) if values else ""
            match = item.match
            cells = (
                str(item.line),
                action_label(item.action),
                shown_name(values.display_name, values.given_first, first_given) if values else "",
                values.reading if values else "",
                contact,
                shown_name(match.name, match.given_first, first_given) if match else "",
            )
            for column, text in enumerate(cells):
                self.rows.setItem(row, column, QTableWidgetItem(text))
        self.problems.setRowCount(len(preview.problems))
        for row, problem in enumerate(preview.problems):
            problem_cells = (
                str(problem.line),
                problem.column,
                problem_text(problem),
                problem.value,
            )
            for column, text in enumerate(problem_cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.message.setText(
            self.tr("Nothing has been stored yet. Press Import to store it.")
            if counts.read
            else self.tr("The file has no rows to import.")
        )
        self._show_page(PREVIEW)

    def _run(self) -> None:
        if self._info is None or self._busy:
            return
        imports, path, options = self._imports, self._info.path, self.options()
        relay, cancel, now, backups = self._relay, self._cancel, utcnow(), self._backups

        def run() -> ImportResult:
            if backups is not None:
                backups.backup_now("before-import", now)
            return imports.run(
                path,
                options,
                now,
                progress=lambda done, total: relay.moved.emit(done, total),
                cancelled=cancel.is_set,
            )

        self._start(self.tr("Backing up, then importing…"))
        self._runner.submit(
            run,
            self._done,
            self._failed,
            context=self,
        )

    def _done(self, result: ImportResult) -> None:
        self._stop()
        self.outcome = result
        counts = result.counts
        locale = QLocale()
        self.summary.setText(
            self.tr(
                "Imported: %1 new customers, %2 merged into customers you had, %3 skipped, "
                "%4 rows not imported, %5 problems noted. You can undo this import here or "
                "later from File → Import History."
            )
            .replace("%1", locale.toString(counts.new + counts.created_anyway))
            .replace("%2", locale.toString(counts.merged))
            .replace("%3", locale.toString(counts.skipped))
            .replace("%4", locale.toString(counts.rejected))
            .replace("%5", locale.toString(len(result.problems)))
        )
        self.message.clear()
        self._show_page(DONE)
        self.imported.emit(result)

    def undo(self) -> None:
        """Undo the import just made (the customers it created go, merged ones go back)."""
        if self.outcome is None or self._busy:
            return
        imports, batch, now, backups = self._imports, self.outcome.batch_id, utcnow(), self._backups

        def undo() -> Any:
            if backups is not None:
                backups.backup_now("before-undo", now)
            return imports.undo(batch, now)

        self._start(self.tr("Undoing…"))
        self._runner.submit(undo, self._undone, self._failed, context=self)

    def _undone(self, _result: Any) -> None:
        self._stop()
        self.undo_button.setEnabled(False)
        self.summary.setText(self.tr("The import was undone: nothing of it is left."))
        self.undone.emit()

    def _failed(self, error: BaseException) -> None:
        self._stop()
        if isinstance(error, ImportCancelled):
            self.message.setText(self.tr("Cancelled: nothing was stored."))
        elif isinstance(error, ImportFileError):
            self.message.setText(file_error_text(error))
            self._show_page(FILE)
        elif isinstance(error, OSError):
            self.message.setText(
                self.tr("The file cannot be read: %1").replace("%1", error.strerror or str(error))
            )
        else:
            self.message.setText(self.tr("Something went wrong: %1").replace("%1", str(error)))
