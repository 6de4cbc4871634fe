"""The backup rotation in Preferences: how many backups are kept, and when one is taken at
start-up (``Settings.backup_*``, within ``LIMITS``; see services/backups.py for the rule)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from relationdesk.settings import LIMITS, Settings

# The settings this widget edits, in the order shown.
FIELDS = (
    "backup_keep_last",
    "backup_daily",
    "backup_weekly",
    "backup_monthly",
    "backup_interval_hours",
)


class BackupRotation(QWidget):
    """Spin boxes for the rotation; ``values()`` returns them by setting name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "backup_keep_last": (self.tr("The newest:"), self.tr(" backups")),
            "backup_daily": (self.tr("One a day for:"), self.tr(" days")),
            "backup_weekly": (self.tr("One a week for:"), self.tr(" weeks")),
            "backup_monthly": (self.tr("One a month for:"), self.tr(" months")),
            "backup_interval_hours": (
                self.tr("Back up at start-up when the newest backup is older than:"),
                self.tr(" hours"),
            ),
        }
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            label, suffix = labels[name]
            box = QSpinBox(self)
            box.setRange(*LIMITS[name])
            box.setValue(getattr(settings, name))
            box.setSuffix(suffix)
            self.boxes[name] = box
            form.addRow(label, box)
        self.boxes["backup_interval_hours"].setSpecialValueText(self.tr("Always"))
        note = QLabel(
            self.tr(
                "Older backups are deleted after each new one; those kept by any of these "
                "rules stay."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)

    def values(self) -> dict[str, int]:
        """The chosen numbers, by setting name."""
        return {name: box.value() for name, box in self.boxes.items()}
