"""One customer's history as a list model, newest first, fetched in pages as the view scrolls."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from relationdesk.services.timeline import TimelineCursor, TimelineEntry
from relationdesk.ui.customers.list_pane import stage_labels
from relationdesk.ui.paged_rows import PagedRows
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.kinds import kind_icon, kind_name

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 50
EntryRole = Qt.ItemDataRole.UserRole + 1


def money_text(amount_minor: int, currency: str) -> str:
    """An amount in the user's locale: ¥7,700 / ￥7,700; two decimals for other currencies."""
    locale = QLocale()
    if currency == "JPY":
        symbol = "￥" if locale.language() == QLocale.Language.Japanese else "¥"
        return locale.toCurrencyString(float(amount_minor), symbol, 0)
    return locale.toCurrencyString(amount_minor / 100, currency, 2)


def when_text(entry: TimelineEntry) -> str:
    """The entry's local date and time in the user's locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _stage(value: str) -> str:
    return dict(stage_labels()).get(value, value)


def entry_lines(entry: TimelineEntry) -> tuple[str, str]:
    """The entry's headline (when, kind, what) and its detail line."""
    kind = kind_name(entry.kind)
    if entry.kind == "purchase" and entry.amount_minor is not None:
        what = f"{entry.subject}  {money_text(entry.amount_minor, entry.currency)}"
        detail = entry.body
    elif entry.kind == "stage":
        what = (
            QCoreApplication.translate("TimelineModel", "%1 → %2")
            .replace("%1", _stage(entry.body))
            .replace("%2", _stage(entry.subject))
        )
        detail = ""
    elif entry.kind == "reminder":
        done = entry.outcome == "done"
        what = (
            QCoreApplication.translate("TimelineModel", "%1 (done)").replace("%1", entry.subject)
            if done
            else entry.subject
        )
        detail = entry.body
    else:
        what = entry.subject
        detail = " — ".join(part for part in (entry.body, entry.outcome) if part)
    headline = f"{when_text(entry)}   {kind}   {what}".rstrip()
    return headline, " ".join(detail.split())[:200]


class TimelineModel(PagedRows[TimelineEntry], QAbstractListModel):
    """The merged feed of one customer; the view's scrolling fetches older pages off-thread.

    Signals: ``loaded()`` when a customer's first page is in place.
    """

    loaded = Signal()

    def __init__(self, timeline: Any, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._runner = runner
        self._customer: uuid.UUID | None = None
        self._start_pages()

    @property
    def customer_id(self) -> uuid.UUID | None:
        """The customer whose history is shown."""
        return self._customer

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Show this customer's history from the newest entry (None: show nothing)."""
        self.beginResetModel()
        self._customer = customer_id
        self._start_pages()
        self.endResetModel()
        if customer_id is not None:
            self._request(None)

    def reload(self) -> None:
        """Read the shown customer's history again (after an entry was added or changed)."""
        self.show_customer(self._customer)

    def _request(self, before: TimelineCursor | None) -> None:
        if self._customer is None:
            return
        self._fetching = True
        generation, customer, timeline = self._generation, self._customer, self._timeline
        self._runner.submit(
            lambda: timeline.feed(customer, before=before, limit=PAGE_SIZE),
            lambda page: self._arrived(generation, page),
            context=self,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Two lines of text, the kind's badge, the whole text as tooltip (override)."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headline, detail = entry_lines(entry)
            return f"{headline}\n{detail}" if detail else headline
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.body or None
        if role == EntryRole:
            return entry
        return None
