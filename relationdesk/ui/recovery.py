"""The question a window start asks when the data file is damaged: restore the newest good
backup? (The CLI prints the same offer; a shop owner who double-clicked needs a window.)
Also why a window start cannot open the data at all (``show_start_error``).

Asked before the window opens when the header (or, for the command line's checks, the
quick_check) finds the damage, or over the window when the start-up quick_check, run off
the GUI thread after the first paint, does (``MainWindow.offer_recovery``).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from relationdesk.ui.application import install_translators


def _qt_app() -> QApplication:
    """The running QApplication, or a new one with the translations (before any window)."""
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    if existing is None:
        install_translators(qt_app, QLocale())
    return qt_app


def show_start_error(text: str) -> None:
    """Say in a box why the window cannot open (*text*: the command line's message, in the
    user's language already; see relationdesk.messages)."""
    _qt_app()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Recovery", "RelationDesk cannot start"),
        text,
    )


def ask_to_recover(problems: tuple[str, ...], backup: Any, parent: QWidget | None = None) -> bool:
    """Show the damage and offer *backup* (a BackupInfo, or None when there is none), over
    *parent* (the window) when there is one.

    Returns True when the user chose to restore it.
    """
    _qt_app()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "The customer data is damaged"))
    details = "\n".join(problems[:5])
    if backup is None:
        box.setText(
            QCoreApplication.translate(
                "Recovery",
                "The customer data file is damaged and there is no good backup to restore. "
                "Nothing was changed: the file is left as it is for a repair.",
            )
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    moment = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp()))
    when = QLocale().toString(moment, QLocale.FormatType.LongFormat)
    customers = "?" if backup.customers is None else QLocale().toString(backup.customers)
    box.setText(
        QCoreApplication.translate(
            "Recovery",
            "The customer data file is damaged. Restore the newest good backup, from %1 "
            "(%2 customers)? The damaged file is kept beside it as “.damaged”; nothing is "
            "deleted. Changes made after that backup are not in it.",
        )
        .replace("%1", when)
        .replace("%2", customers)
    )
    box.setDetailedText(details)
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "Restore the Backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
