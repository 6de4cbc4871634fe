"""Starting Qt: the application object, translations, and the main window."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from relationdesk import APP_NAME
from relationdesk.resources import icon_files, resources_dir, translation_file


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_ja.qm ...) may be: Qt's folder, then ours."""
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resources_dir() / "translations"),
    ]


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load RelationDesk's and Qt's own translations for *locale*; return them (keep alive)."""
    translators = []
    qt_base = QTranslator(app)
    if any(qt_base.load(locale, "qtbase", "_", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    language = locale.name().split("_")[0]
    ours = QTranslator(app)
    path = translation_file(language)
    if path.exists() and ours.load(str(path)):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


# The offscreen platform plugin's notes on window-manager requests it cannot carry out.
_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise()",
)


def _message_handler(mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Print Qt's messages to stderr, except known platform noise."""
    if not text.startswith(_NOISE):
        sys.stderr.write(f"{text}\n")


def app_icon() -> QIcon:
    """RelationDesk's icon in every size that was built (tools/icons.py); empty if none."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def _start(app: Any, argv: list[str], staged: bool = False) -> tuple[QApplication, Any]:
    from relationdesk.ui.main_window import MainWindow

    qt_app, _translators = qt_application(argv, app.settings.language)
    window = MainWindow(app, staged=staged)
    return qt_app, window


def qt_application(argv: list[str], language: str | None) -> tuple[QApplication, list[QTranslator]]:
    """The QApplication (made if there is none) set up as RelationDesk's: its name, icon
    and font, the *language* chosen in Preferences (else the system's) as the default
    locale, and that language's translations, installed and returned."""
    qInstallMessageHandler(_message_handler)
    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setDesktopFileName("relationdesk")  # Wayland/X11 match the window to its entry
    # Only the main window's closing quits (MainWindow.closeEvent): by default a dialog
    # closed while the window is hidden in the tray would be "the last window" and end the
    # app, and the window's own close would quit a second time after the event loop ended.
    qt_app.setQuitOnLastWindowClosed(False)
    icon = app_icon()
    if not icon.isNull():
        qt_app.setWindowIcon(icon)
    from relationdesk.ui.fonts import use_one_font

    use_one_font(qt_app)  # a desktop font without Japanese: one face for both (ui/fonts.py)
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # numbers and dates follow the chosen language too
    return qt_app, install_translators(qt_app, locale)


# Set to 1, the app prints "first-paint <time.monotonic()>" once the customer list has
# painted its first page, and quits: benchmarks/ times start-up with it.
FIRST_PAINT_ENV = "RELATIONDESK_EXIT_AFTER_FIRST_PAINT"


class FirstPaintWatch(QObject):
    """Calls *done* once the customer list has painted its first page of rows.

    That is the first paint of the list after the first page arrived in the model (the
    row count may still be coming: the list shows the first page without it); *done* runs
    when that paint has finished.

    It watches the table itself, not its viewport: the table is repainted as a whole (its
    frame, then the viewport inside it, in the same paint) once the page is in. Asking for
    the viewport (``viewport()`` returns a QWidget*) makes PySide6 look through every
    QWidget subclass for the object's type, building ~70 enums of classes the frame does
    not use: ~8 ms before the first paint.
    """

    def __init__(self, window: Any, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._done = done
        self._ready = False
        self._table = window.customers.table
        self._table.installEventFilter(self)
        self._model = window.customers.model
        self._model.page_loaded.connect(self._page_loaded)

    def _page_loaded(self, page: int) -> None:
        if page == 0:
            self._model.page_loaded.disconnect(self._page_loaded)
            self._ready = True
            self._table.update()  # the whole table: its viewport is repainted with it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice the first paint with rows (QObject override); never filters it out."""
        if self._ready and watched is self._table and event.type() == QEvent.Type.Paint:
            self._ready = False
            self._table.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint, the viewport's included
        return False


def _report_first_paint(window: Any) -> None:
    print(f"first-paint {time.monotonic():.6f}", flush=True)
    window.quit()


# If the first page takes longer than this to paint, the window is finished anyway.
FINISH_AT_THE_LATEST_MS = 1_000


def run(app: Any, argv: list[str], instance: Any = None, minimized: bool = False) -> int:
    """Show the main window for an open app and run the event loop until it closes.

    The window's frame and its list come first; the rest of the window is built right
    after the list has painted its first page (``MainWindow.finish``).

    *instance* (a SingleInstance holding the data folder) brings the window forward when
    RelationDesk is started again: it starts listening once the first page is painted (a
    later start keeps calling for a while); *minimized* starts in the tray (minimised
    without one).
    """
    qt_app, window = _start(app, argv, staged=True)
    _refresh_login_entry(app)
    if os.environ.get(FIRST_PAINT_ENV) == "1":
        FirstPaintWatch(window, lambda: _report_first_paint(window))
    else:
        after_first_paint = _AfterFirstPaint(window, instance)
        FirstPaintWatch(window, after_first_paint)
        QTimer.singleShot(FINISH_AT_THE_LATEST_MS, after_first_paint)
    window.load(housekeeping=os.environ.get(FIRST_PAINT_ENV) != "1")
    if not minimized:
        window.show()
    elif getattr(window, "tray", None) is None:
        window.showMinimized()  # no tray to wait in
    try:
        return int(qt_app.exec())
    finally:
        if instance is not None:
            instance.release()


class _AfterFirstPaint:
    """What start-up does once the list has painted its first page (or after
    FINISH_AT_THE_LATEST_MS): finish the window, then answer later starts. Once."""

    def __init__(self, window: Any, instance: Any) -> None:
        self._window = window
        self._instance = instance
        self._done = False

    def __call__(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.finish()
        instance = self._instance
        if instance is None:
            return
        from relationdesk.ui.single_instance import bring_to_front

        instance.answer_later_starts()
        window = self._window
        instance.activated.connect(lambda show: bring_to_front(window) if show else None)


def _refresh_login_entry(app: Any) -> None:
    """Point the start-at-login entry at this executable if it has moved (reinstalled)."""
    if not app.settings.start_at_login:
        return
    from relationdesk import autostart

    try:
        autostart.refresh(autostart.launch_command(app.paths.root))
    except OSError as exc:
        sys.stderr.write(f"relationdesk: could not update the login entry: {exc}\n")


def missing_resources(locale: QLocale) -> list[str]:
    """Files a working install must have that cannot be found (for --selftest)."""
    problems = []
    language = locale.name().split("_")[0]
    if language == "ja":
        if not translation_file("ja").is_file():
            problems.append(f"missing {translation_file('ja')}")
        if not any(QTranslator().load(locale, "qtbase", "_", d) for d in qt_translation_dirs()):
            problems.append("missing Qt's qtbase_ja.qm")
    if not icon_files():
        problems.append(f"no icons in {resources_dir() / 'icons'}")
    return problems


def selftest(app: Any, argv: list[str], timeout_ms: int = 60_000) -> str | None:
    """Start the whole window, wait until the customer list shows its first page.

    Returns None on success, else what went wrong. Used to smoke-test installs.
    """
    qt_app, window = _start(app, argv)
    missing = missing_resources(QLocale())
    if missing:
        window.close()
        return "; ".join(missing)
    loop = QEventLoop()
    outcome: list[str | None] = []

    def shown() -> None:
        outcome.append(None)
        loop.quit()

    def timed_out() -> None:
        outcome.append(f"the customer list did not appear within {timeout_ms // 1000} s")
        loop.quit()

    window.customers.shown.connect(shown)
    QTimer.singleShot(timeout_ms, timed_out)
    window.load()
    window.show()
    loop.exec()
    window.close()
    qt_app.processEvents()
    return outcome[0]
