"""The right-hand side of the customer page: who it is, their timeline and their profile."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from relationdesk.services.customer_data import CustomerDetail
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.list_rows import given_first
from relationdesk.ui.customers.history_tab import HistoryTab
from relationdesk.ui.customers.list_pane import stage_labels
from relationdesk.ui.customers.profile_editor import ProfileEditor
from relationdesk.ui.names import shown_name
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.pane import TimelinePane


class CustomerPanel(QWidget):
    """One customer: a header (name, reading, stage), the Timeline, Profile and History tabs.

    Signals: ``opened(CustomerDetail)`` once a customer is shown; ``saved(CustomerDetail)``
    after the profile was saved; ``timeline_changed()`` after an entry changed.
    """

    opened = Signal(object)
    saved = Signal(object)
    timeline_changed = Signal()

    def __init__(self, services: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = services.customers
        self._runner = runner
        self._generation = 0
        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel(self)
        self.timeline = TimelinePane(services, runner, self)
        self.editor = ProfileEditor(services.customers, runner, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.editor, self.tr("&Profile"))
        self.history = HistoryTab(services.history, runner, self)
        self.tabs.addTab(self.history, self.tr("&History"))
        self.placeholder = QLabel(
            self.tr("Choose a customer on the left, or add one with Ctrl+N."), self
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.name)
        column.addWidget(self.subtitle)
        column.addWidget(self.tabs, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.pages)
        self.editor.saved.connect(self._saved)
        self.timeline.changed.connect(self.timeline_changed)

    @property
    def customer_id(self) -> uuid.UUID | None:
        """The customer shown (None for none, or for a new one not saved yet)."""
        detail = self.editor.customer
        return detail.id if detail is not None else None

    def open(self, customer_id: uuid.UUID, trashed: bool = False) -> None:
        """Show a customer, read off the GUI thread (a trashed one is shown read-only)."""
        self._generation += 1
        generation, customers = self._generation, self._customers
        self._runner.submit(
            lambda: customers.get(customer_id, include_trashed=trashed),
            lambda detail: self._arrived(generation, detail),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def clear(self) -> None:
        """Show nothing (the placeholder)."""
        self._generation += 1
        self.editor.show_customer(None)
        self.timeline.show_customer(None)
        self.history.show_customer(None)
        self.pages.setCurrentWidget(self.placeholder)

    def new_customer(self) -> None:
        """Start a new customer in the Profile tab."""
        self._generation += 1
        self.pages.setCurrentIndex(1)
        self.name.setText(self.tr("New customer"))
        self.subtitle.setText(self.tr("Fill in at least a name, then Save (Ctrl+S)."))
        self.timeline.show_customer(None)
        self.history.show_customer(None)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.new_customer()

    def _arrived(self, generation: int, detail: CustomerDetail) -> None:
        if generation != self._generation:
            return
        self._show(detail)
        trashed = detail.deleted_at is not None
        self.editor.setEnabled(not trashed)
        self.timeline.show_customer(None if trashed else detail.id)
        self.history.show_customer(detail.id)
        if trashed:
            self.subtitle.setText(self.tr("In the trash: restore it to edit."))
        self.opened.emit(detail)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, CustomerNotFound):
            self.clear()
            return
        raise error

    def _show(self, detail: CustomerDetail) -> None:
        self.pages.setCurrentIndex(1)
        self.editor.show_customer(detail)
        self._show_header(detail)

    def _show_header(self, detail: CustomerDetail) -> None:
        honorific = detail.honorific if detail.kind == "person" else ""
        name = shown_name(
            detail.display_name,
            given_first(detail.kind, detail.display_name, detail.family_name, detail.given_name),
        )
        self.name.setText(f"{name} {honorific}".strip())
        stage = dict(stage_labels()).get(detail.stage, detail.stage)
        parts = [detail.reading, detail.company_name, stage]
        self.subtitle.setText("  ·  ".join(part for part in parts if part))

    def _saved(self, detail: CustomerDetail) -> None:
        self._show_header(detail)  # the editor holds the saved profile already
        if self.timeline.model.customer_id != detail.id:
            self.timeline.show_customer(detail.id)
        else:
            self.timeline.model.reload()  # a stage change shows in the timeline
        if self.history.customer_id != detail.id:
            self.history.show_customer(detail.id)
        else:
            self.history.reload()
        self.saved.emit(detail)
