"""Preferences → start RelationDesk in the tray at login (XDG autostart here), and the
--minimized start that the login entry uses."""

from __future__ import annotations

import configparser
import contextlib
import sys

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relationdesk import autostart
from relationdesk.settings import load_settings
from relationdesk.ui.preferences import PreferencesDialog


def exec_line(path):
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]["Exec"]


@contextlib.contextmanager
def hang_guard(msecs: int = 20_000):
    """Ends the event loop after *msecs* if the test's own quit never comes (a failed
    callback would otherwise hang the test run); the test's checks then fail."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)
    guard.start(msecs)
    try:
        yield
    finally:
        guard.stop()


def running_window():
    """The main window that ``run`` shows (earlier tests' windows are closed, not gone)."""
    from relationdesk.ui.main_window import MainWindow

    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )


def test_switching_start_at_login_on_and_off(qtbot, app):
    """On: an autostart entry in $XDG_CONFIG_HOME runs this RelationDesk on this data folder
    in the tray; the setting is kept. Off: the entry is removed."""
    entry = autostart.entry_path()
    assert not entry.exists()
    dialog = PreferencesDialog(app.settings, app.paths.root)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen().start_at_login
    assert entry.is_file()
    assert exec_line(entry) == (
        f"{sys.executable} -m relationdesk --minimized --data-dir {app.paths.root}"
    )
    app.save_settings(dialog.chosen())
    assert load_settings(app.paths.root).start_at_login

    again = PreferencesDialog(app.settings, app.paths.root)
    qtbot.addWidget(again)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.accept()
    assert not entry.exists()
    assert not again.chosen().start_at_login


def test_the_checkbox_shows_what_will_happen_at_login(qtbot, app):
    """Switched off in the desktop's own settings (Hidden=true), the option shows off."""
    path = autostart.enable(autostart.launch_command(app.paths.root))
    path.write_text(path.read_text("utf-8") + "Hidden=true\n", "utf-8")
    dialog = PreferencesDialog(app.settings.updated(start_at_login=True), app.paths.root)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()


def test_a_failure_is_shown_and_the_dialog_stays(qtbot, app, tmp_path, monkeypatch):
    """If the entry cannot be written, the user is told why and nothing is claimed."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = PreferencesDialog(app.settings, app.paths.root)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert len(shown) == 1 and "Could not change starting at login" in shown[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.reject()


def test_minimized_start_shows_no_window(qtbot, app):
    """--minimized: in the tray where there is one; offscreen has none, so minimised."""
    from relationdesk.ui.application import run

    seen = {}

    def look_and_quit():
        window = running_window()
        seen["minimized"] = window.isMinimized()
        seen["tray"] = window.tray
        window.quit()

    QTimer.singleShot(1500, look_and_quit)
    with hang_guard():
        assert run(app, [sys.argv[0]], minimized=True) == 0
    assert seen == {"minimized": True, "tray": None}


@pytest.mark.parametrize("in_tray", [False, True])
def test_quit_ends_the_event_loop_once(qtbot, app, in_tray):
    """Quit ends the app's event loop and leaves no second quit pending, so that event
    loops run afterwards (a progress dialog at shutdown, the next test) are not refused.
    A dialog closed while the window is hidden (in the tray) does not end the app."""
    from relationdesk.ui.application import run

    seen = []

    def quit_from(window):
        seen.append("still running")
        window.quit()

    def act():
        window = running_window()
        if not in_tray:
            quit_from(window)
            return
        window.hide()
        dialog = QDialog()
        dialog.show()
        QTimer.singleShot(100, dialog.close)
        QTimer.singleShot(600, lambda: quit_from(window))

    QTimer.singleShot(1500, act)
    with hang_guard():
        assert run(app, [sys.argv[0]], minimized=True) == 0
    assert seen == ["still running"]
    QApplication.processEvents()  # what the next test's set-up and teardown do
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    assert loop.exec() == 0  # -1: refused, a quit was still pending
