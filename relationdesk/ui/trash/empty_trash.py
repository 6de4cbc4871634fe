"""Empty Trash…: say what goes for good, back up, then purge the whole trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from relationdesk.clock import utcnow
from relationdesk.ui.tasks import TaskRunner

BACKUP_REASON = "before-empty-trash"


class EmptyTrash(QObject):
    """The action Empty Trash…: counts the trash (off the GUI thread), asks, then backs the
    data up and purges everything in the trash (off the GUI thread).

    Signals: ``emptied(PurgeResult)`` after the purge; ``message(str)`` with what to say in
    the status bar (also when there was nothing to do, or it failed).
    """

    emptied = Signal(object)
    message = Signal(str)

    def __init__(self, app: Any, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._app = app
        self._runner = runner
        self._parent = parent
        self.action = QAction(self.tr("&Empty Trash…"), self)
        # As the Mac Finder's Cmd+Shift+Delete; Ctrl+Shift+Del is already Erase. It asks first.
        self.action.setShortcut(QKeySequence("Ctrl+Shift+Backspace"))
        self.action.triggered.connect(self.start)

    def start(self) -> None:
        """Count what is in the trash, then ask."""
        self.action.setEnabled(False)
        trash = self._app.trash
        self._runner.submit(trash.counts, self._counted, self._failed, context=self)

    def question(self, counts: Any) -> str:
        """The confirmation's text for these trash counts."""
        entries = counts.interactions + counts.purchases + counts.reminders
        return (
            self.tr(
                "%1 and %2 in the trash will be deleted for good. "
                "A backup of all data is taken first (File → Backups)."
            )
            .replace("%1", self.tr("%Ln customer(s)", "", counts.customers))
            .replace("%2", self.tr("%Ln timeline entry(ies)", "", entries))
        )

    def _counted(self, counts: Any) -> None:
        if counts.total == 0:
            self.action.setEnabled(True)
            self.message.emit(self.tr("The trash is empty."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty the trash?"),
            self.question(counts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Empty Trash"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes.value:
            self.action.setEnabled(True)
            return
        self.message.emit(self.tr("Backing up, then emptying the trash…"))
        app = self._app

        def call() -> Any:
            now = utcnow()
            app.backups.backup_now(BACKUP_REASON, now)
            return app.trash.empty(now)

        self._runner.submit(call, self._done, self._failed, context=self)

    def _done(self, result: Any) -> None:
        self.action.setEnabled(True)
        entries = result.interactions + result.purchases + result.reminders
        self.message.emit(
            self.tr("Emptied the trash: %1 and %2 deleted for good (backed up first).")
            .replace("%1", self.tr("%Ln customer(s)", "", result.customers))
            .replace("%2", self.tr("%Ln timeline entry(ies)", "", entries))
        )
        self.emptied.emit(result)

    def _failed(self, error: BaseException) -> None:
        from relationdesk.storage.backup import BackupFailed

        self.action.setEnabled(True)
        if isinstance(error, BackupFailed):
            text = self.tr("The trash was not emptied: the backup failed (%1).")
        else:
            text = self.tr("The trash was not emptied: %1")
        self.message.emit(text.replace("%1", str(error)))
