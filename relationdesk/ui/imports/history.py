"""File → Import History: every import and manual merge, newest first, each undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from relationdesk.services.errors import BatchAlreadyUndone, UndoRefused
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner

BatchRole = Qt.ItemDataRole.UserRole + 1


class ImportHistoryDialog(QDialog):
    """Lists the batches; Undo takes the chosen one back whole.

    Signals: ``undone()`` after a batch was undone (the customer list should reload).
    """

    undone = Signal()

    def __init__(
        self,
        imports: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
        backups: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import History"))
        self._imports = imports
        self._backups = backups
        self._runner = runner
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("New"), self.tr("Merged"), self.tr("State")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.undo_current)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.load()

    def load(self) -> None:
        """Read the history off the GUI thread."""
        imports = self._imports
        self._runner.submit(imports.batches, self._show, context=self)

    def _show(self, batches: list[Any]) -> None:
        locale = QLocale()
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            moment = QDateTime.fromSecsSinceEpoch(int(batch.created_at.timestamp()))
            what = (
                self.tr("Import of %1").replace("%1", batch.file_name)
                if batch.kind == "import"
                else self.tr("Merge into %1").replace("%1", batch.file_name)
            )
            state = self.tr("Undone") if batch.undone_at is not None else ""
            cells = (
                locale.toString(moment, QLocale.FormatType.ShortFormat),
                what,
                locale.toString(batch.counts.new + batch.counts.created_anyway),
                locale.toString(batch.counts.merged),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(BatchRole, batch)
                self.table.setItem(row, column, item)
        if batches:
            self.table.selectRow(0)
        self.message.setText("" if batches else self.tr("Nothing has been imported yet."))

    def undo_current(self, keep_changed: bool = False) -> None:
        """Undo the chosen batch; when records changed since, ask before keeping them."""
        item = self.table.item(self.table.currentRow(), 0)
        batch = item.data(BatchRole) if item is not None else None
        if batch is None or batch.undone_at is not None:
            return
        imports, now, backups = self._imports, utcnow(), self._backups

        def undo() -> Any:
            if backups is not None:
                backups.backup_now("before-undo", now)
            return imports.undo(batch.id, now, keep_changed=keep_changed)

        self.undo_button.setEnabled(False)
        self._runner.submit(
            undo,
            lambda _result: self._undone(),
            self._failed,
            context=self,
        )

    def _undone(self) -> None:
        self.undo_button.setEnabled(True)
        self.message.setText(self.tr("Undone."))
        self.undone.emit()
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.undo_button.setEnabled(True)
        if isinstance(error, UndoRefused):
            first_given = given_name_first()
            names = "、".join(
                shown_name(c.name, c.given_first, first_given) for c in error.conflicts[:5]
            )
            answer = QMessageBox.question(
                self,
                self.tr("Changed since the import"),
                self.tr(
                    "%1 customer(s) were changed after this import (%2). Undo the rest and "
                    "leave those as they are now?"
                )
                .replace("%1", QLocale().toString(len(error.conflicts)))
                .replace("%2", names),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.undo_current(keep_changed=True)
        elif isinstance(error, BatchAlreadyUndone):
            self.message.setText(self.tr("It was undone already."))
            self.load()
        else:
            self.message.setText(self.tr("Could not undo: %1").replace("%1", str(error)))
