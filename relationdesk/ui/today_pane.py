"""The Today view: overdue and today's reminders, this week's birthdays, lapsed customers."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from relationdesk.clock import utcnow
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner

BIRTHDAY_DAYS = 7
LAPSED_LIMIT = 100


def local_day_bounds(now: datetime) -> tuple[datetime, datetime, date]:
    """Start and end of the local day containing *now* (as UTC instants), and that day."""
    local = now.astimezone()
    start = datetime.combine(local.date(), time(0), local.tzinfo)
    return (
        start.astimezone(now.tzinfo),
        (start + timedelta(days=1)).astimezone(now.tzinfo),
        (local.date()),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TodayPane(QWidget):
    """What needs attention today; double-click a line to go to its customer.

    Signals: ``loaded()`` when the lists are in place; ``customer_chosen(object, str)``.
    """

    loaded = Signal()
    customer_chosen = Signal(object, str)

    def __init__(
        self, customers: Any, reminders: Any, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._reminders = reminders
        self._runner = runner
        self.title = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Customer")])
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 200)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)

    def load(self) -> None:
        """Gather today's lists off the GUI thread."""
        customers, reminders = self._customers, self._reminders

        def gather() -> tuple[Any, ...]:
            now = utcnow()
            start, end, today = local_day_bounds(now)
            overdue = reminders.overdue(start)
            due_today = [r for r in reminders.due(now) if r.next_due_at >= start]
            due_today += reminders.upcoming(now, end)
            birthdays = customers.birthdays(today, BIRTHDAY_DAYS)
            return today, overdue, due_today, birthdays, customers.lapsed(now, LAPSED_LIMIT)

        self._runner.submit(gather, lambda result: self._show(*result), context=self)

    def _show(
        self,
        today: date,
        overdue: list[Any],
        due: list[Any],
        birthdays: list[Any],
        lapsed: list[Any],
    ) -> None:
        locale = QLocale()
        first_given = given_name_first()
        self.title.setText(locale.toString(_qdate(today), QLocale.FormatType.LongFormat))
        self.tree.clear()
        sections = (
            (self.tr("Overdue reminders (%1)"), overdue),
            (self.tr("Due today (%1)"), due),
        )
        for heading, items in sections:
            top = QTreeWidgetItem([heading.replace("%1", str(len(items)))])
            for item in items:
                due_at = QDateTime(item.next_due_at.astimezone())
                when = locale.toString(due_at, QLocale.FormatType.ShortFormat)
                name = shown_name(item.customer_name, item.customer_given_first, first_given)
                child = QTreeWidgetItem([item.title, when, name])
                if item.customer_id is not None:
                    child.setData(
                        0, Qt.ItemDataRole.UserRole, (item.customer_id, item.customer_name)
                    )
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        top = QTreeWidgetItem(
            [self.tr("Birthdays this week (%1)").replace("%1", str(len(birthdays)))]
        )
        for birthday in birthdays:
            when = locale.toString(_qdate(birthday.next_date), QLocale.FormatType.ShortFormat)
            label = self.tr("Turns %1").replace("%1", str(birthday.turning))
            name = shown_name(birthday.name, birthday.given_first, first_given)
            child = QTreeWidgetItem([label, when, name])
            child.setData(0, Qt.ItemDataRole.UserRole, (birthday.id, birthday.name))
            top.addChild(child)
        self.tree.addTopLevelItem(top)
        top = QTreeWidgetItem(
            [self.tr("Not contacted for longer than usual (%1)").replace("%1", str(len(lapsed)))]
        )
        for customer in lapsed:
            last = QDateTime(customer.last_contact_at.astimezone())
            when = self.tr("Last contact %1").replace(
                "%1", locale.toString(last.date(), QLocale.FormatType.ShortFormat)
            )
            name = shown_name(customer.name, customer.given_first, first_given)
            child = QTreeWidgetItem([name, when, name])
            child.setData(0, Qt.ItemDataRole.UserRole, (customer.id, customer.name))
            top.addChild(child)
        self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.loaded.emit()

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.customer_chosen.emit(*target)
