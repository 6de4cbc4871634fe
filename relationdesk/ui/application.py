"""Starting Qt: the application object, translations, and the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from relationdesk import APP_NAME
from relationdesk.resources import translation_file


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load RelationDesk's and Qt's own translations for *locale*; return them (keep alive)."""
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    language = locale.name().split("_")[0]
    ours = QTranslator(app)
    path = translation_file(language)
    if path.exists() and ours.load(str(path)):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def run(app: Any, argv: list[str]) -> int:
    """Show the main window for an open app and run the event loop until it closes."""
    from relationdesk.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    install_translators(qt_app, QLocale.system())
    window = MainWindow(app)
    window.load()
    window.show()
    return int(qt_app.exec())
