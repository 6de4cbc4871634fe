"""The small window a window start shows while the data file is upgraded to this version.

A file written by an older RelationDesk is backed up, then migrated, before the main
window can exist: seconds on a big file (a checked backup ~1.5 s per 100,000 customers,
copying the change log ~8 s per million rows). Without a window the user sees nothing,
starts the app again (and finds the folder taken by this start) or thinks it crashed.

``open_with_progress`` runs the opening (``open_app``) on a worker thread while the GUI
thread keeps this window painted, then hands back the opened App, or raises on the GUI
thread what the opening raised (MigrationFailed ...: the caller shows it as before). The
upgrade itself is unchanged: all or nothing, put back from its backup when it fails.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from relationdesk import APP_NAME
from relationdesk.ui.application import qt_application
from relationdesk.ui.single_instance import bring_to_front

if TYPE_CHECKING:
    from relationdesk.ui.single_instance import SingleInstance

T = TypeVar("T")

# An upgrade that is over sooner than this shows no window (no flash of one).
SHOW_AFTER_MS = 250


class UpgradeWindow(QWidget):
    """A small window under the app's title: the data is being updated, with a busy bar.

    The user cannot close it: the upgrade runs on to its end either way (stopping it
    half-way is not offered), so closing shows "please wait" instead. ``finish()``
    closes it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(APP_NAME)
        self._finished = False
        self.message = QLabel(
            self.tr(
                "Updating your data for this version of RelationDesk… A backup is taken first."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: how long the migrations take is not known
        self.bar.setTextVisible(False)
        self.wait_note = QLabel(
            self.tr("Please wait: RelationDesk opens by itself when the update is done."),
            self,
        )
        self.wait_note.setWordWrap(True)
        self.wait_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.wait_note)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.show)

    def show_after(self, milliseconds: int) -> None:
        """Show the window in *milliseconds*, unless ``finish()`` comes first."""
        self._show_timer.start(milliseconds)

    @Slot(bool)
    def come_forward(self, show: bool) -> None:
        """Another start asked for the window (*show*: not a start in the tray): show
        this one now, in front."""
        if not show or self._finished:
            return
        self._show_timer.stop()
        bring_to_front(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse a close by the user, saying why (QWidget override); accept finish()'s."""
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        if self.wait_note.isHidden():
            self.wait_note.show()
            self.adjustSize()

    def finish(self) -> None:
        """Close the window for good (the upgrade is over)."""
        self._finished = True
        self._show_timer.stop()
        self.close()
        self.deleteLater()


class _Done(QObject):
    """Tells the GUI thread that the worker has finished (a signal across threads)."""

    finished = Signal()


def open_with_progress(
    opening: Callable[[], T], language: str | None, instance: SingleInstance | None = None
) -> T:
    """Run *opening* on a worker thread, showing an UpgradeWindow meanwhile; return its
    result, or raise its exception here, on the GUI thread.

    The QApplication is made (with the translations of *language*, the one chosen in
    Preferences, else the system's) if there is none yet. When *opening* raised, the
    translations stay installed for the message box that says why; when it succeeded,
    they are taken out again: the main window's start installs its own.

    *instance* (the window start's single-instance guard) answers later starts from now
    on: an upgrade can outlast their patience, and a second double-click then brings
    this window forward instead of being told that RelationDesk does not answer.
    """
    qt_app, translators = qt_application([sys.argv[0]], language)
    window = UpgradeWindow()
    if instance is not None:
        instance.answer_later_starts()
        instance.activated.connect(window.come_forward)
    loop = QEventLoop()
    done = _Done()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    results: list[T] = []
    failures: list[BaseException] = []

    def work() -> None:
        try:
            results.append(opening())
        except BaseException as exc:  # handed to the GUI thread, raised there
            failures.append(exc)
        finally:
            done.finished.emit()

    window.show_after(SHOW_AFTER_MS)
    worker = threading.Thread(target=work, name="relationdesk-upgrade")
    worker.start()
    loop.exec()
    worker.join()
    if instance is not None:
        instance.activated.disconnect(window.come_forward)
    window.finish()
    if failures:
        raise failures[0]
    for translator in translators:
        qt_app.removeTranslator(translator)
    return results[0]


def upgrade_windows() -> list[UpgradeWindow]:
    """The upgrade windows now visible (for tests and screenshots)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, UpgradeWindow) and widget.isVisible()
    ]
