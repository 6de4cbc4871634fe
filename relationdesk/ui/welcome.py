"""The welcome shown when the database has no customers yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """Offers sample customers to look around with, or an empty start.

    Signals: ``load_samples()``, ``import_contacts()`` and ``start_empty()``, from the
    three buttons.
    """

    load_samples = Signal()
    import_contacts = Signal()
    start_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to RelationDesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Keep every customer, every contact and every follow-up in one place on this "
                "computer. To look around first, load some sample customers; you can delete "
                "them later. Or start with an empty list and add your own."
            ),
            self,
        )
        text.setWordWrap(True)
        self.status = QLabel(self)
        self.samples_button = QPushButton(self.tr("Load sample customers"), self)
        self.samples_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Start empty"), self)
        self.import_button = QPushButton(self.tr("Import contacts…"), self)
        self.import_button.clicked.connect(self.import_contacts)
        self.samples_button.clicked.connect(self.load_samples)
        self.empty_button.clicked.connect(self.start_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.samples_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addLayout(buttons)
        column.addWidget(self.status)
        box = QWidget(self)
        box.setLayout(column)
        box.setMinimumWidth(520)
        box.setMaximumWidth(640)
        # Centred with stretches, not an alignment flag: an aligned item is sized from its
        # size hint, which cuts the wrapped text short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        """Show that sample customers are being made, and keep the buttons from a second click."""
        self.samples_button.setEnabled(not busy)
        self.empty_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.status.setText(self.tr("Loading sample customers…") if busy else "")
