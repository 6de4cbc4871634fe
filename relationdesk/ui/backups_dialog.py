"""File → Backups…: the list of backups, Back Up Now, and Restore…"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.services.backups import BackupInfo, BackupResult, RestoreReport
from relationdesk.ui.tasks import TaskRunner


def reason_names() -> dict[str, str]:
    """Why a backup was taken, as the user reads it."""
    return {
        "manual": QCoreApplication.translate("BackupsDialog", "Backed up by hand"),
        "startup": QCoreApplication.translate("BackupsDialog", "At start-up"),
        "quit": QCoreApplication.translate("BackupsDialog", "On quit"),
        "before-import": QCoreApplication.translate("BackupsDialog", "Before an import"),
        "before-merge": QCoreApplication.translate("BackupsDialog", "Before a merge"),
        "before-undo": QCoreApplication.translate("BackupsDialog", "Before an undo"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
        "before-migration": QCoreApplication.translate("BackupsDialog", "Before an update"),
        "before-empty-trash": QCoreApplication.translate(
            "BackupsDialog", "Before emptying the trash"
        ),
    }


class _Progress(QObject):
    """Carries a backup's progress from the worker to the GUI thread (a queued signal)."""

    moved = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; never touches a widget."""
        self.moved.emit(done, total)


class BackupsDialog(QDialog):
    """Lists ``backups.list_all()`` (date, reason, size, customers); backs up and restores.

    Signals: ``listed(int)`` after the list was read; ``backed_up(object)`` with the
    BackupResult; ``restoring()`` just before the file is swapped (stop timed service
    calls); ``restored(object)`` with the RestoreReport (the window must reload).
    """

    listed = Signal(int)
    restoring = Signal()
    backed_up = Signal(object)
    restored = Signal(object)

    def __init__(
        self,
        app: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
        leave: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """*leave(then)* deals with unsaved edits (save or discard) before a restore."""
        super().__init__(parent)
        self._leave = leave
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 400)
        self._app = app
        self._runner = runner
        self.backups: list[BackupInfo] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Customers")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self.tr("Reading the backups…"), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.back_up_button = QPushButton(self.tr("&Back Up Now"), self)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._busy = False
        self.reload()

    # -- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list of backups again, off the GUI thread."""
        backups = self._app.backups
        self._runner.submit(backups.list_all, self._listed, self._failed, context=self)

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        locale = QLocale()
        names = reason_names()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            customers = (
                locale.toString(info.customers)
                if info.customers is not None
                else self.tr("Unreadable")
            )
            cells = (
                when,
                names.get(info.reason, info.reason),
                locale.formattedDataSize(info.size),
                customers,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if not self._busy:
            self.status.setText(
                self.tr("No backups yet.") if not backups else self.tr("Newest first.")
            )
        self._selection_changed()
        self.listed.emit(len(backups))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list (None: none)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    # -- backing up ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Write a backup now ("manual"), with a progress bar."""
        self._set_busy(True, self.tr("Backing up…"))
        backups, report = self._app.backups, self._progress.report
        self._runner.submit(
            lambda: backups.backup_now("manual", utcnow(), progress=report),
            self._backed_up,
            self._failed,
            context=self,
        )

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _backed_up(self, result: BackupResult) -> None:
        self._set_busy(False, self.tr("Backed up to %1").replace("%1", str(result.backup.path)))
        if result.fallback:
            self.status.setText(
                self.tr(
                    "The backup folder chosen in Preferences is not available; "
                    "the backup went to %1"
                ).replace("%1", str(result.backup.path))
            )
        self.backed_up.emit(result)
        self.reload()

    # -- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Ask, then put the chosen backup in place of the current data (off the GUI thread).

        Unsaved edits are dealt with first (through *leave*), since the data is replaced.
        """
        chosen = self.selected()
        if chosen is None:
            return
        if self._leave is not None:
            self._leave(lambda: self._ask_restore(chosen))
        else:
            self._ask_restore(chosen)

    def _ask_restore(self, chosen: BackupInfo) -> None:
        when = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore"),
            self.tr(
                "Replace all the current data with the backup of %1?\n\n"
                "The current data is backed up first, so this can be undone by "
                "restoring that backup."
            ).replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True, self.tr("Restoring…"))
        self.restoring.emit()
        self._runner.wait()  # no other service call may run during the swap
        app, path = self._app, chosen.path
        self._runner.submit(
            lambda: app.restore(path, utcnow()), self._restored, self._failed, context=self
        )

    def _restored(self, report: RestoreReport) -> None:
        self._set_busy(
            False,
            self.tr("Restored the backup of %1 (%2 customers).")
            .replace("%1", report.backup_taken_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%2", QLocale().toString(report.customers)),
        )
        self.restored.emit(report)
        self.reload()

    # -- helpers ---------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.status.setText(text)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.back_up_button.setEnabled(not busy)
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, self.tr("That did not work: %1").replace("%1", str(error)))
        QMessageBox.warning(self, self.tr("Backups"), self.status.text())
