"""File → Check Data, and the same full check once a day in the background.

The check (``App.data_check``: SQLite's integrity_check and foreign_key_check, then the
search index's checks) runs on a thread of its own, read-only, and is cancelled when the
window closes. Damage outside the search index holds every write from then on (the
service refuses them) and is reported through ``damaged``: the window offers the newest
good backup, as for damage found at start-up. Problems only in the search index are
offered a rebuild instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from relationdesk.clock import utcnow
from relationdesk.services.unit_of_work import DatabaseClosed
from relationdesk.storage.check import CheckCancelled
from relationdesk.ui.tasks import TaskRunner

# The background check waits this long after start-up (and after the start-up quick_check
# passed), and tries again this much later while the user is busy with a dialog.
BACKGROUND_DELAY_MS = 60_000
BACKGROUND_RETRY_MS = 5 * 60_000


class _Run:
    """One check: whether the user asked for it, and whether it has been cancelled."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        self.cancelled = False


class DataCheck(QObject):
    """Runs the full data check off the GUI thread, in the background or on demand.

    Signals: ``damaged(object)`` with a DataCheckResult whose file is damaged (writes are
    held already; offer its ``backup``); ``finished(object)`` with every result, after
    it has been reported; ``message(str)`` with a line for the status bar.
    """

    damaged = Signal(object)
    finished = Signal(object)
    message = Signal(str)

    def __init__(self, app: Any, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        self._runner = runner
        self._window = window
        self._current: _Run | None = None
        self._progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._background)

    @property
    def running(self) -> bool:
        """True while a check runs."""
        return self._current is not None

    def schedule(self, delay_ms: int = BACKGROUND_DELAY_MS) -> None:
        """Run the background check after *delay_ms*, if it is due (not within a day)."""
        self._timer.start(delay_ms)

    def cancel(self) -> None:
        """Stop the running check and the scheduled one (the window is closing)."""
        self._timer.stop()
        if self._current is not None:
            self._current.cancelled = True
            self._current = None
        self._close_progress()

    def check_now(self) -> None:
        """File → Check Data: run the check with a progress dialog that can cancel it, then
        report what it found."""
        if self._current is not None:
            if self._current.interactive:
                return
            self._current.cancelled = True  # the background one gives way
        run = self._start(interactive=True)
        progress = QProgressDialog(
            self.tr("Checking the customer data…"), self.tr("Cancel"), 0, 0, self._window
        )
        progress.setWindowTitle(self.tr("Check Data"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(lambda: self._cancelled_by_user(run))
        self._progress = progress
        progress.open()

    # -- running -------------------------------------------------------------------------

    def _background(self) -> None:
        verification = self._app.db.verification
        if self._current is not None or verification.problems:
            return  # running already, or writes are refused: nothing more to find
        if not verification.decided or QApplication.activeModalWidget() is not None:
            self._timer.start(BACKGROUND_RETRY_MS)  # the start-up check, or the user, first
            return
        if self._app.data_check.due(utcnow()):
            self._start(interactive=False)

    def _start(self, interactive: bool) -> _Run:
        run = _Run(interactive)
        self._current = run
        service = self._app.data_check
        db = self._app.db
        self._runner.submit(
            lambda: service.run(utcnow(), lambda: run.cancelled or db.closed),
            lambda result: self._done(run, result),
            lambda error: self._failed(run, error),
            context=self,
            own_thread=True,  # seconds at a million customers: not on the shared pool
        )
        return run

    def _cancelled_by_user(self, run: _Run) -> None:
        run.cancelled = True
        if self._current is run:
            self._current = None
            self._close_progress()
            self.message.emit(self.tr("The data check was cancelled."))

    def _close_progress(self) -> None:
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.canceled.disconnect()
            progress.close()
            progress.deleteLater()

    def _done(self, run: _Run, result: Any) -> None:
        if self._current is not run:
            return  # cancelled, or replaced by a check the user asked for
        self._current = None
        self._close_progress()
        if result.damaged:
            self.damaged.emit(result)
        elif result.index_only:
            self._offer_rebuild(result)
        elif run.interactive:
            self._report_healthy(result)
        else:
            self.message.emit(self.tr("Data check: no problems found."))
        self.finished.emit(result)

    def _failed(self, run: _Run, error: BaseException) -> None:
        if self._current is not run:
            return
        self._current = None
        self._close_progress()
        if isinstance(error, (CheckCancelled, DatabaseClosed)):
            return  # closing, or a restore replaced the file
        text = self.tr("The data check could not run: %1").replace("%1", str(error))
        if run.interactive:
            QMessageBox.warning(self._window, self.tr("Check Data"), text)
        else:
            self.message.emit(text)

    # -- reporting -----------------------------------------------------------------------

    def _report_healthy(self, result: Any) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Check Data"))
        box.setText(self.tr("No problems found."))
        box.setInformativeText(
            self.tr(
                "Checked the whole data file (SQLite's integrity check), the links between "
                "records and the search index in %1 seconds."
            ).replace(
                "%1", QLocale().toString(result.seconds, "f", 1 if result.seconds >= 1 else 2)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def _offer_rebuild(self, result: Any) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check Data"))
        box.setText(
            self.tr(
                "The check found problems only in the search index: some customers may not "
                "be found by searching. The customer data itself is fine. Rebuild the search "
                "index now? (About a minute for a million customers.)"
            )
        )
        box.setDetailedText("\n".join(result.problems))
        rebuild = box.addButton(self.tr("Rebuild the Index"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(rebuild)
        box.exec()
        if box.clickedButton() is rebuild:
            self.rebuild_index()

    def rebuild_index(self) -> None:
        """Build the search index again off the GUI thread (one transaction), with a busy
        dialog; the result goes to the status bar."""
        progress = QProgressDialog(self.tr("Rebuilding the search index…"), "", 0, 0, self._window)
        progress.setWindowTitle(self.tr("Check Data"))
        progress.setCancelButton(None)  # one transaction: it finishes or changes nothing
        progress.setMinimumDuration(0)
        progress.open()
        maintenance = self._app.maintenance

        def finish() -> None:
            progress.close()
            progress.deleteLater()

        def rebuilt(count: int) -> None:
            finish()
            self.message.emit(
                self.tr("Rebuilt the search index (%1 customers).").replace(
                    "%1", QLocale().toString(count)
                )
            )

        def failed(error: BaseException) -> None:
            finish()
            if not isinstance(error, DatabaseClosed):
                self.message.emit(
                    self.tr("The search index could not be rebuilt: %1").replace("%1", str(error))
                )

        # On the pool: a write, which the window's closing waits for.
        self._runner.submit(maintenance.rebuild_search_index, rebuilt, failed, context=self)
