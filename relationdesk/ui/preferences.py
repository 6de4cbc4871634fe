"""Preferences: language, default phone region, default snooze, close to tray, start at login,
staff name, backup folder and rotation, trash days, data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk import autostart
from relationdesk.settings import LIMITS, Settings, region_names
from relationdesk.ui.backup_rotation import BackupRotation

FIRST_REGIONS = ("JP", "US", "GB", "KR", "CN", "TW")


class PreferencesDialog(QDialog):
    """Edits a Settings value; ``chosen()`` returns what the user set."""

    def __init__(self, settings: Settings, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._folder = data_folder
        self.language = QComboBox(self)
        for code, label in (("", self.tr("As the system")), ("ja", "日本語"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.region = QComboBox(self)
        for code in [*FIRST_REGIONS, *(r for r in region_names() if r not in FIRST_REGIONS)]:
            self.region.addItem(code, code)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.phone_region)))
        self.snooze = QComboBox(self)
        for code, label in (
            ("10m", self.tr("10 minutes")),
            ("1h", self.tr("1 hour")),
            ("tomorrow", self.tr("Until tomorrow morning")),
        ):
            self.snooze.addItem(label, code)
        self.snooze.setCurrentIndex(max(0, self.snooze.findData(settings.default_snooze)))
        self.close_to_tray = QCheckBox(
            self.tr("Closing the window keeps RelationDesk running in the tray"), self
        )
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.start_at_login = QCheckBox(
            self.tr("Start RelationDesk in the tray when I log in to this computer"), self
        )
        # What will really happen at login: the entry may have been removed, or switched
        # off in the desktop's own start-up settings, since the preference was saved.
        self.start_at_login.setChecked(autostart.is_enabled(autostart.entry_path()))
        self.folder = QLineEdit(str(data_folder), self)
        self.folder.setReadOnly(True)
        self.open_folder = QPushButton(self.tr("Open"), self)
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        self.staff_name = QLineEdit(settings.staff_name, self)
        self.staff_name.setPlaceholderText(self.tr("The computer's user name"))
        self.backup_folder = QLineEdit(settings.backup_folder, self)
        self.backup_folder.setPlaceholderText(self.tr("The data folder's backups folder"))
        self.browse_backup = QPushButton(self.tr("Browse…"), self)
        self.browse_backup.clicked.connect(self._browse_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(self.browse_backup)
        self.rotation = BackupRotation(settings, self)
        self.trash_days = QSpinBox(self)
        self.trash_days.setRange(*LIMITS["trash_days"])
        self.trash_days.setValue(settings.trash_days)
        self.trash_days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Phone numbers without a country code are from:"), self.region)
        form.addRow(self.tr("Snooze reminders by default for:"), self.snooze)
        form.addRow("", self.close_to_tray)
        form.addRow("", self.start_at_login)
        form.addRow(self.tr("Log my changes as:"), self.staff_name)
        form.addRow(self.tr("Back up to:"), backup_row)
        form.addRow(self.tr("Keep backups:"), self.rotation)
        form.addRow(self.tr("Empty the trash of items older than:"), self.trash_days)
        form.addRow(self.tr("Data folder:"), folder_row)
        note = QLabel(
            self.tr("Language and phone region take effect when RelationDesk starts again."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them."""
        return self._settings.updated(
            language=self.language.currentData(),
            phone_region=self.region.currentData(),
            default_snooze=self.snooze.currentData(),
            close_to_tray=self.close_to_tray.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            staff_name=self.staff_name.text(),
            backup_folder=self.backup_folder.text(),
            trash_days=self.trash_days.value(),
            **self.rotation.values(),
        )

    def accept(self) -> None:
        """Write or remove the login entry, then close; stay open if that fails (override)."""
        wanted = self.start_at_login.isChecked()
        path = autostart.entry_path()
        try:
            if wanted:
                autostart.enable(autostart.launch_command(self._folder), path)
            else:
                autostart.disable(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Preferences"),
                self.tr("Could not change starting at login (%1): %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        super().accept()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _browse_backup(self) -> None:
        start = self.backup_folder.text() or str(self._folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Back up to"), start)
        if chosen:
            self.backup_folder.setText(chosen)
